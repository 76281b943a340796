//! What the human formats (table, Markdown, HTML) show, in what order, and in which words.
//!
//! [`blocks`] turns a report into a list of blocks, already worded and in reading order; each
//! renderer only lays the blocks out. So a heading, an explanation, the difference phrase
//! ("Alex +29") or the rounding of a score is written once, here, and the formats cannot drift
//! apart.

use super::{Audience, Report, Warning, whole};
use crate::i18n::{Lang, Messages};
use crate::model::{Note, NoteKind, Time};
use crate::questionnaire::{DimensionKind, Severity};
use crate::tr;

/// What a renderer shows where a number could not be computed.
pub(crate) const DASH: &str = "–";

/// One part of the report, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Block<'a> {
    /// Title, questionnaire, people, who answered and when.
    Header(Header),
    /// What the numbers are, and are not.
    Reading(String),
    /// A table of the two people's numbers.
    Scores(Section),
    /// A table of words: the decision areas side by side.
    Compare(Compare),
    /// The rules of one severity that fired.
    Concerns(Concerns<'a>),
    /// No rule fired.
    NoConcerns(String),
    /// What could not be scored, and the neutral private-items line.
    Notes {
        /// The heading.
        heading: String,
        /// The report's notes, in the report language.
        notes: Vec<String>,
    },
    /// The questionnaire's resources (SPEC §6).
    Support {
        /// The heading.
        heading: String,
        /// The text, trimmed.
        text: String,
    },
}

/// The report's header.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Header {
    /// The questionnaire's title.
    pub title: String,
    /// "Questionnaire relationship 1.0.0 · Alex and Sam".
    pub subtitle: String,
    /// Who answered, and when they finished.
    pub answered: String,
    /// The language each respondent answered in, when their answers said.
    pub languages: Option<String>,
}

/// What a table of scores is about; a renderer may add a chart for some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Topic {
    /// The power bases.
    Bases,
    /// The groups (harsh, soft) and the power index.
    Overall,
    /// The balance markers and the balance index.
    Markers,
    /// Who decides: the decision dimensions.
    Decisions,
    /// Risk dimensions (only in a report that may show private results).
    Safety,
    /// One person seen by themselves and by the other.
    Views,
}

/// A table: a label and two numbers per row, and who is higher.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Section {
    /// What it is about.
    pub topic: Topic,
    /// Its heading.
    pub heading: String,
    /// What the numbers mean, in a sentence or two.
    pub intro: String,
    /// The column heads: the labels, the first number, the second, the difference.
    pub columns: [String; 4],
    /// Whose each number column is (0 or 1, in `people` order), so it takes their colour.
    pub by: [usize; 2],
    /// The rows.
    pub rows: Vec<Row>,
}

/// A table of words: four columns, a row per item.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Compare {
    /// Its heading.
    pub heading: String,
    /// What the table shows, in a sentence or two.
    pub intro: String,
    /// The column heads.
    pub columns: [String; 4],
    /// The rows, one cell per column.
    pub rows: Vec<[String; 4]>,
}

/// One row: a label, two numbers on 0–100, and the difference said in words.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row {
    /// The id it comes from: a dimension, a group, `power_index` or `balance_index`.
    pub key: String,
    /// What the numbers are of.
    pub label: String,
    /// The two numbers, full precision (round with [`score`] to show them).
    pub values: [Option<f64>; 2],
    /// Who is higher and by how much ([`difference`]).
    pub difference: String,
}

/// The fired rules of one severity.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Concerns<'a> {
    /// Their severity.
    pub severity: Severity,
    /// The heading for that severity.
    pub heading: String,
    /// The rules, in report order.
    pub warnings: Vec<&'a Warning>,
    /// The label before each prompt, with its colon.
    pub prompt_label: String,
}

/// The report as blocks, in reading order.
pub(super) fn blocks<'a>(report: &'a Report, m: &Messages) -> Vec<Block<'a>> {
    let mut out = vec![Block::Header(header(report, m))];
    if report.audience == Audience::Clinician {
        out.push(Block::Reading(tr!(m, "report-clinician-intro")));
    }
    out.push(Block::Reading(tr!(m, "report-not-a-diagnosis")));
    if let Some(step) = &report.next_step {
        out.push(Block::Support {
            heading: tr!(m, "report-heading-next-step"),
            text: note(step, m).trim().to_owned(),
        });
    }
    let label = |label: String| tr!(m, "report-label-colon", label = label);
    out.extend(score_sections(report, m).into_iter().map(Block::Scores));
    out.extend(decisions_side_by_side(report, m).map(Block::Compare));
    out.extend(safety_sections(report, m).into_iter().map(Block::Scores));
    out.extend(view_sections(report, m).into_iter().map(Block::Scores));
    let mut concerns: Vec<Block> = [Severity::Alert, Severity::Warning, Severity::Info]
        .into_iter()
        .filter_map(|severity| {
            let warnings: Vec<&Warning> = report
                .warnings
                .iter()
                .filter(|w| w.severity == severity && !w.private)
                .collect();
            (!warnings.is_empty()).then(|| {
                Block::Concerns(Concerns {
                    severity,
                    heading: severity_heading(severity, m),
                    warnings,
                    prompt_label: label(tr!(m, "report-prompt-label")),
                })
            })
        })
        .collect();
    // Private warnings under their own heading, never among the couple's.
    // The most serious first, as the couple's headings are ordered.
    let mut private: Vec<&Warning> = report.warnings.iter().filter(|w| w.private).collect();
    private.sort_by_key(|w| std::cmp::Reverse(w.severity));
    if let Some(severity) = private.iter().map(|w| w.severity).max() {
        let other = || tr!(m, "report-prompt-label-private-other");
        let (heading, prompt_label) = match report.audience {
            Audience::Own => (
                tr!(m, "report-heading-private-own"),
                tr!(m, "report-prompt-label-private-own"),
            ),
            Audience::Clinician => (tr!(m, "report-heading-private-clinician"), other()),
            Audience::Joint | Audience::Both => (tr!(m, "report-heading-private-both"), other()),
        };
        concerns.insert(
            0,
            Block::Concerns(Concerns {
                severity,
                heading,
                warnings: private,
                prompt_label: label(prompt_label),
            }),
        );
    }
    if concerns.is_empty() {
        out.push(Block::NoConcerns(if report.private_left_out {
            tr!(m, "report-no-concerns-joint")
        } else {
            tr!(m, "report-no-concerns")
        }));
    }
    out.extend(concerns);
    if !report.notes.is_empty() {
        out.push(Block::Notes {
            heading: tr!(m, "report-heading-notes"),
            notes: report.notes.iter().map(|n| note(n, m)).collect(),
        });
    }
    if let Some(text) = &report.resources {
        out.push(Block::Support {
            heading: tr!(m, "report-heading-support"),
            text: text.trim().to_owned(),
        });
    }
    out
}

/// A note of the scoring engine in the report language.
fn note(note: &Note, m: &Messages) -> String {
    match note.kind() {
        NoteKind::OneAnswered { name, other } => tr!(
            m,
            "report-note-one-answered",
            name = name.clone(),
            other = other.clone()
        ),
        NoteKind::Unfinished { name } => tr!(m, "report-note-unfinished", name = name.clone()),
        NoteKind::NotApplying { name, items } => tr!(
            m,
            "report-note-not-applying",
            name = name.clone(),
            items = items.clone()
        ),
        NoteKind::Unscored {
            name,
            other,
            dimensions,
        } => {
            let dimensions = dimensions
                .iter()
                .map(|u| {
                    tr!(
                        m,
                        "report-note-unscored-dimension",
                        dimension = u.dimension.clone(),
                        answered = u.answered,
                        total = u.total,
                        needed = u.needed
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            match other {
                Some(other) => tr!(
                    m,
                    "report-note-unscored-partner",
                    name = name.clone(),
                    other = other.clone(),
                    dimensions = dimensions
                ),
                None => tr!(
                    m,
                    "report-note-unscored-self",
                    name = name.clone(),
                    dimensions = dimensions
                ),
            }
        }
        NoteKind::Private => tr!(m, "report-note-private"),
        NoteKind::NextStep { fired, silent } => {
            let step = if *fired {
                tr!(m, "report-next-step-safety")
            } else {
                tr!(m, "report-next-step-no-rule")
            };
            let silent = match &silent[..] {
                [one] => tr!(m, "report-next-step-silent-one", name = one.clone()),
                [a, b] => tr!(
                    m,
                    "report-next-step-silent-two",
                    first = a.clone(),
                    second = b.clone()
                ),
                _ => return step,
            };
            format!("{step} {silent}")
        }
    }
}

/// The heading of a severity's warnings.
pub(super) fn severity_heading(severity: Severity, m: &Messages) -> String {
    match severity {
        Severity::Alert => tr!(m, "report-heading-alert"),
        Severity::Warning => tr!(m, "report-heading-warning"),
        Severity::Info => tr!(m, "report-heading-info"),
    }
}

/// A score as shown: whole points, or a dash.
pub(crate) fn score(x: Option<f64>) -> String {
    x.map_or_else(|| DASH.to_owned(), |v| whole(v).to_string())
}

/// The difference of two scores as shown: of the rounded scores, so that "65" and "58" are
/// always "+7" (not the "+6" of 64.6 − 58.4). `None` when either is missing.
pub(super) fn shown_difference(values: [Option<f64>; 2]) -> Option<f64> {
    let [a, b] = values;
    Some((whole(a?) - whole(b?)) as f64)
}

/// A signed difference (first minus second) said as who is higher: "Alex +29", "even", or a
/// dash when either side is missing.
pub(super) fn difference(names: [&str; 2], diff: Option<f64>, m: &Messages) -> String {
    let higher = |name: &str, points: i64| {
        tr!(
            m,
            "report-difference",
            name = name.to_owned(),
            points = points
        )
    };
    match diff.map(whole) {
        None => DASH.to_owned(),
        Some(0) => tr!(m, "report-difference-even"),
        Some(d) if d > 0 => higher(names[0], d),
        Some(d) => higher(names[1], -d),
    }
}

/// "Alex, Sam and Jo".
pub(crate) fn and_list(items: &[String], m: &Messages) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr!(
            m,
            "report-and-list",
            init = init.join(", "),
            last = last.clone()
        ),
    }
}

fn header(report: &Report, m: &Messages) -> Header {
    let [a, b] = &report.people;
    let finished = |i: usize| {
        report
            .completed
            .get(i)
            .and_then(|c| c.as_deref())
            .and_then(|c| when(c, m))
            .map(|t| tr!(m, "report-header-finished", when = t))
            .unwrap_or_default()
    };
    let answered = match report.respondents.as_slice() {
        [one] => tr!(
            m,
            "report-header-answered-one",
            name = one.clone(),
            finished = finished(0),
            other = if *one == a.name { &b.name } else { &a.name }.clone()
        ),
        _ => tr!(
            m,
            "report-header-answered-two",
            first = report.respondents[0].clone(),
            first_finished = finished(0),
            second = report.respondents[1].clone(),
            second_finished = finished(1)
        ),
    };
    Header {
        title: if report.audience == Audience::Clinician {
            tr!(
                m,
                "report-title-clinician",
                title = report.layout.title.clone()
            )
        } else {
            report.layout.title.clone()
        },
        subtitle: tr!(
            m,
            "report-subtitle",
            id = report.questionnaire.id.to_string(),
            version = report.questionnaire.version.to_string(),
            first = a.name.clone(),
            second = b.name.clone()
        ),
        answered,
        languages: answered_in(report, m),
    }
}

/// "Answered in: Ana Spanish (español), Ben English": the language of each respondent whose
/// answers named one; `None` when none did, so such reports read as they always have.
fn answered_in(report: &Report, m: &Messages) -> Option<String> {
    let langs: Vec<(&str, Lang)> = report
        .people
        .iter()
        .take(report.respondents.len())
        .filter_map(|p| Some((p.name.as_str(), p.lang.as_deref().and_then(Lang::from_tag)?)))
        .collect();
    if langs.is_empty() {
        return None;
    }
    let each: Vec<String> = langs
        .into_iter()
        .map(|(name, lang)| {
            let (name, language) = (name.to_owned(), language_name(lang, m));
            if lang == m.lang() {
                tr!(
                    m,
                    "report-answered-in-person",
                    name = name,
                    language = language
                )
            } else {
                tr!(
                    m,
                    "report-answered-in-person-own",
                    name = name,
                    language = language,
                    own = lang.own_name()
                )
            }
        })
        .collect();
    Some(tr!(m, "report-answered-in", people = each.join(", ")))
}

/// A language's name in the report language.
fn language_name(lang: Lang, m: &Messages) -> String {
    let id = match lang {
        Lang::En => "en",
        Lang::Es => "es",
        Lang::Fr => "fr",
        Lang::De => "de",
        Lang::PtBr => "pt-BR",
    };
    tr!(m, "report-language-name", lang = id)
}

/// An RFC 3339 time as people read it: "20 Nov 2026, 19:17 UTC". `None` for anything else.
pub(crate) fn when(rfc3339: &str, m: &Messages) -> Option<String> {
    let t = Time::parse(rfc3339)?;
    Some(tr!(
        m,
        "report-date-time",
        date = date(t.year, t.month, t.day, m),
        time = format!("{:02}:{:02}", t.hour, t.minute),
        zone = format!("UTC{}", t.offset.unwrap_or(""))
    ))
}

/// "20 Nov 2026".
pub(crate) fn date(year: impl ToString, month: u32, day: impl ToString, m: &Messages) -> String {
    tr!(
        m,
        "report-date",
        day = day.to_string(),
        month = tr!(m, "report-month", month = month),
        year = year.to_string()
    )
}

/// The power bases, the overall power figures, the markers, and any risk dimension.
fn score_sections(report: &Report, m: &Messages) -> Vec<Section> {
    let t = Tables::new(report, m);
    let mut out = Vec::new();
    let bases = t.of_kind(DimensionKind::Power);
    if !bases.is_empty() {
        out.push(bases_section(&t, bases));
        out.push(overall_section(&t));
    }
    let markers = t.of_kind(DimensionKind::Marker);
    if !markers.is_empty() {
        out.push(markers_section(&t, markers));
    }
    let decisions = t.of_kind(DimensionKind::Decision);
    if !decisions.is_empty() {
        out.push(decisions_section(&t, decisions));
    }
    out
}

/// What the score tables of one report share: its people, and how a row and the column
/// heads are made.
struct Tables<'r> {
    report: &'r Report,
    names: [&'r str; 2],
    m: &'r Messages,
}

impl<'r> Tables<'r> {
    fn new(report: &'r Report, m: &'r Messages) -> Self {
        let [a, b] = &report.people;
        Tables {
            report,
            names: [a.name.as_str(), b.name.as_str()],
            m,
        }
    }

    /// A row; the difference shown is of the rounded scores (the JSON keeps the exact
    /// imbalance).
    fn row(&self, key: &str, label: &str, values: [Option<f64>; 2]) -> Row {
        Row {
            key: key.to_owned(),
            label: label.to_owned(),
            values,
            difference: difference(self.names, shown_difference(values), self.m),
        }
    }

    fn columns(&self, label: String) -> [String; 4] {
        [
            label,
            self.names[0].to_owned(),
            self.names[1].to_owned(),
            tr!(self.m, "report-column-difference"),
        ]
    }

    /// A row for each dimension of `kind` the report shows.
    fn of_kind(&self, kind: DimensionKind) -> Vec<Row> {
        let [a, b] = &self.report.people;
        self.report
            .layout
            .dimensions
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| self.row(&d.id, &d.name, [a.scores[&d.id], b.scores[&d.id]]))
            .collect()
    }
}

fn bases_section(t: &Tables<'_>, rows: Vec<Row>) -> Section {
    let m = t.m;
    Section {
        topic: Topic::Bases,
        heading: tr!(m, "report-bases-heading"),
        intro: match t.report.respondents.as_slice() {
            [one] => tr!(m, "report-bases-intro-one", name = one.clone()),
            _ => tr!(m, "report-bases-intro-two"),
        },
        columns: t.columns(tr!(m, "report-bases-column")),
        by: [0, 1],
        rows,
    }
}

/// The groups and the power index, with what each group is made of.
fn overall_section(t: &Tables<'_>) -> Section {
    let (report, m) = (t.report, t.m);
    let [a, b] = &report.people;
    let mut rows: Vec<Row> = report
        .imbalance
        .groups
        .iter()
        .map(|(g, _)| t.row(g, &group_name(g, m), [a.groups[g], b.groups[g]]))
        .collect();
    rows.push(t.row(
        "power_index",
        &tr!(m, "report-power-index"),
        [a.power_index, b.power_index],
    ));
    let groups: Vec<String> = report
        .imbalance
        .groups
        .keys()
        .map(|g| {
            let members: Vec<String> = report
                .layout
                .dimensions
                .iter()
                .filter(|d| d.group.as_deref() == Some(g))
                .map(|d| d.name.clone())
                .collect();
            tr!(
                m,
                "report-overall-group",
                group = group_name(g, m),
                members = and_list(&members, m)
            )
        })
        .collect();
    Section {
        topic: Topic::Overall,
        heading: tr!(m, "report-overall-heading"),
        intro: format!(
            "{}{}",
            groups.iter().map(|g| format!("{g} ")).collect::<String>(),
            tr!(m, "report-overall-intro")
        ),
        columns: t.columns(tr!(m, "report-overall-column")),
        by: [0, 1],
        rows,
    }
}

/// The balance markers and their mean, the balance index.
fn markers_section(t: &Tables<'_>, mut rows: Vec<Row>) -> Section {
    let [a, b] = &t.report.people;
    let m = t.m;
    rows.push(t.row(
        "balance_index",
        &tr!(m, "report-balance-index"),
        [a.balance_index, b.balance_index],
    ));
    Section {
        topic: Topic::Markers,
        heading: tr!(m, "report-markers-heading"),
        intro: tr!(m, "report-markers-intro"),
        columns: t.columns(tr!(m, "report-markers-column")),
        by: [0, 1],
        rows,
    }
}

fn decisions_section(t: &Tables<'_>, rows: Vec<Row>) -> Section {
    let m = t.m;
    Section {
        topic: Topic::Decisions,
        heading: tr!(m, "report-decisions-heading"),
        intro: if t.report.respondents.len() == 2 {
            tr!(m, "report-decisions-intro-two")
        } else {
            tr!(m, "report-decisions-intro-one")
        },
        columns: t.columns(tr!(m, "report-column-area")),
        by: [0, 1],
        rows,
    }
}

/// The safety results of each respondent's own answers (only in a report that may show
/// private results): one table per respondent, their answers about the other person and
/// about themselves, so that no number sits under the name of someone it does not describe
/// as answered.
fn safety_sections(report: &Report, m: &Messages) -> Vec<Section> {
    let [a, b] = &report.people;
    let risks: Vec<&super::DimensionInfo> = report
        .layout
        .dimensions
        .iter()
        .filter(|d| d.kind == DimensionKind::Risk)
        .collect();
    if risks.is_empty() {
        return Vec::new();
    }
    // Respondent 0 is person 0; a second respondent is person 1.
    let respondents = if report.respondents.len() == 2 { 2 } else { 1 };
    (0..respondents)
        .map(|r| {
            let (me, other) = if r == 0 { (a, b) } else { (b, a) };
            Section {
                topic: Topic::Safety,
                heading: if respondents == 2 {
                    tr!(m, "report-safety-heading-of", name = me.name.clone())
                } else {
                    tr!(m, "report-safety-heading")
                },
                intro: tr!(
                    m,
                    "report-safety-intro",
                    name = me.name.clone(),
                    other = other.name.clone()
                ),
                columns: [
                    tr!(m, "report-column-area"),
                    tr!(m, "report-safety-column-about", name = other.name.clone()),
                    tr!(m, "report-safety-column-about", name = me.name.clone()),
                    String::new(),
                ],
                by: [usize::from(r == 0), r],
                rows: risks
                    .iter()
                    .map(|d| Row {
                        key: d.id.clone(),
                        label: d.name.clone(),
                        // Their partner view (of the other), then their self view.
                        values: [other.views[&d.id].partner, me.views[&d.id].own],
                        difference: String::new(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Where both answered the `about = "both"` items: who has more say in each area, in one
/// frame, and whether the two agree.
fn decisions_side_by_side(report: &Report, m: &Messages) -> Option<Compare> {
    if report.decisions.is_empty() {
        return None;
    }
    let [a, b] = &report.people;
    let say = |share: f64| -> String {
        match whole(share) {
            100 => a.name.clone(),
            0 => b.name.clone(),
            50 => tr!(m, "report-compare-both-equally"),
            s if s > 50 => tr!(m, "report-compare-mostly", name = a.name.clone()),
            _ => tr!(m, "report-compare-mostly", name = b.name.clone()),
        }
    };
    let text_of = |id: &str| {
        report
            .layout
            .decision_items
            .iter()
            .find(|(item, _)| item == id)
            .map_or_else(|| id.to_owned(), |(_, text)| text.clone())
    };
    let (agree, differ) =
        report.decisions.iter().fold(
            (0, 0),
            |(y, n), d| {
                if d.agree { (y + 1, n) } else { (y, n + 1) }
            },
        );
    Some(Compare {
        heading: tr!(m, "report-compare-heading"),
        intro: tr!(
            m,
            "report-compare-intro",
            first = a.name.clone(),
            second = b.name.clone(),
            agree = agree,
            differ = differ,
            total = agree + differ
        ),
        columns: [
            tr!(m, "report-column-area"),
            tr!(m, "report-compare-column-says", name = a.name.clone()),
            tr!(m, "report-compare-column-says", name = b.name.clone()),
            tr!(m, "report-compare-column-together"),
        ],
        rows: report
            .decisions
            .iter()
            .map(|d| {
                [
                    text_of(&d.item),
                    say(d.share[0]),
                    say(d.share[1]),
                    if d.agree {
                        tr!(m, "report-compare-agree")
                    } else {
                        tr!(m, "report-compare-differ")
                    },
                ]
            })
            .collect(),
    })
}

/// Where both answered: each person as they see themselves and as the other sees them.
fn view_sections(report: &Report, m: &Messages) -> Vec<Section> {
    if report.respondents.len() < 2 {
        return Vec::new();
    }
    let [a, b] = &report.people;
    [(a, b, [0, 1]), (b, a, [1, 0])]
        .into_iter()
        .map(|(p, other, by)| {
            let names = [p.name.as_str(), other.name.as_str()];
            Section {
                topic: Topic::Views,
                heading: tr!(m, "report-views-heading", name = p.name.clone()),
                intro: tr!(
                    m,
                    "report-views-intro",
                    name = p.name.clone(),
                    other = other.name.clone()
                ),
                columns: [
                    tr!(m, "report-views-column-dimension"),
                    tr!(m, "report-views-column-by", name = p.name.clone()),
                    tr!(m, "report-views-column-by", name = other.name.clone()),
                    tr!(m, "report-column-difference"),
                ],
                by,
                // Safety has its own tables, by who answered.
                rows: report
                    .layout
                    .dimensions
                    .iter()
                    .filter(|d| d.kind != DimensionKind::Risk)
                    .map(|d| {
                        let v = p.views[&d.id];
                        let values = [v.own, v.partner];
                        Row {
                            key: d.id.clone(),
                            label: d.name.clone(),
                            values,
                            difference: difference(names, shown_difference(values), m),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// "Harsh bases" for the group `harsh`.
pub(crate) fn group_name(id: &str, m: &Messages) -> String {
    let mut chars = id.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    tr!(
        m,
        "report-group-name",
        group = id.to_owned(),
        name = format!("{first}{}", chars.as_str())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every note the scoring engine writes, as the English catalogue says it (what the human
    /// formats show), is the English text JSON and CSV write: the two are written apart
    /// (`format!` in scoring, `locales/en/report.ftl` here), so this holds them equal.
    #[test]
    fn english_notes_say_what_the_json_says() {
        let mut kinds = std::collections::BTreeSet::new();
        for (q, pair, options) in crate::scoring::tests_reuse::cases() {
            let mut reports = vec![crate::scoring::score(&q, &pair, options)];
            if pair.second().is_some() {
                reports.push(crate::scoring::clinician(&q, &pair));
            }
            for report in &reports {
                for n in report.notes.iter().chain(&report.next_step) {
                    assert_eq!(note(n, &en()), n.text(), "{:?}", n.kind());
                    let kind = format!("{:?}", n.kind());
                    kinds.insert(kind.split([' ', '{']).next().unwrap_or_default().to_owned());
                }
            }
        }
        let expected = [
            "NextStep",
            "NotApplying",
            "OneAnswered",
            "Private",
            "Unfinished",
            "Unscored",
        ];
        assert_eq!(kinds.into_iter().collect::<Vec<_>>(), expected);
    }

    fn en() -> Messages {
        Messages::new(Lang::En)
    }

    fn difference(names: [&str; 2], diff: Option<f64>) -> String {
        super::difference(names, diff, &en())
    }

    fn when(rfc3339: &str) -> Option<String> {
        super::when(rfc3339, &en())
    }

    fn and_list(items: &[String]) -> String {
        super::and_list(items, &en())
    }

    #[test]
    fn difference_names_who_is_higher() {
        let names = ["Alex", "Sam"];
        // 54.2 - 25.0 = 29.2, shown as 29; -37.5 rounds away from zero to -38.
        assert_eq!(difference(names, Some(29.2)), "Alex +29");
        assert_eq!(difference(names, Some(-37.5)), "Sam +38");
        assert_eq!(difference(names, Some(0.4)), "even");
        assert_eq!(difference(names, None), DASH);
    }

    #[test]
    fn the_difference_shown_is_of_the_scores_shown() {
        // 64.6 and 58.4 show as 65 and 58: the difference shown is 65 - 58 = 7, not the
        // 6.2 → 6 of the exact scores.
        assert_eq!(shown_difference([Some(64.6), Some(58.4)]), Some(7.0));
        assert_eq!(
            difference(["Alex", "Sam"], shown_difference([Some(64.6), Some(58.4)])),
            "Alex +7"
        );
        // 50.5 and 49.5 show as 51 and 50 (halves away from zero): +1.
        assert_eq!(shown_difference([Some(50.5), Some(49.5)]), Some(1.0));
        assert_eq!(shown_difference([None, Some(1.0)]), None);
    }

    #[test]
    fn scores_round_to_whole_points() {
        assert_eq!(score(Some(70.5)), "71");
        assert_eq!(score(Some(0.0)), "0");
        assert_eq!(score(None), DASH);
    }

    #[test]
    fn when_reads_rfc3339_and_nothing_else() {
        assert_eq!(
            when("2026-11-20T19:17:40Z").as_deref(),
            Some("20 Nov 2026, 19:17 UTC")
        );
        assert_eq!(
            when("2026-01-02T08:05:00.123+02:00").as_deref(),
            Some("2 Jan 2026, 08:05 UTC+02:00")
        );
        for bad in [
            "",
            "yesterday",
            "2026-11-20",
            "2026-11-20T19:17:40",
            "2026-13-20T19:17:40Z",
            "2026-11-20T19:17:40Zjunk",
            "2026-11-20T25:17:40Z",
            "2026-11-20T19:17:4xZ",
            "２０２６-11-20T19:17:40Z",
        ] {
            assert_eq!(when(bad), None, "{bad}");
        }
    }

    #[test]
    fn and_list_reads_as_a_sentence() {
        let l = |v: &[&str]| and_list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b"]), "a and b");
        assert_eq!(l(&["a", "b", "c"]), "a, b and c");
    }
}
