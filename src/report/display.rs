//! What the human formats (table, Markdown, HTML) show, in what order, and in which words.
//!
//! [`blocks`] turns a report into a list of blocks, already worded and in reading order; each
//! renderer only lays the blocks out. So a heading, an explanation, the difference phrase
//! ("Alex +29") or the rounding of a score is written once, here, and the formats cannot drift
//! apart.

use super::{Audience, NOT_A_DIAGNOSIS, Report, Warning, whole};
use crate::model::Time;
use crate::questionnaire::{DimensionKind, Severity};

/// What a renderer shows where a number could not be computed.
pub(crate) const DASH: &str = "–";

/// The label before a warning's discussion prompt.
pub(super) const PROMPT: &str = "To talk about";

/// The label before a private warning's prompt in one person's own report: it speaks to
/// that person about their own safety, never to the two of them.
const PRIVATE_PROMPT: &str = "For you to think about, on your own";

/// The same in a report of two people that shows private results.
const PRIVATE_PROMPT_OF_ONE: &str = "For that person to think about, on their own";

/// What a joint report says when none of its rules fired and private questions were left
/// out: true whatever the private answers were.
const JOINT_NONE: &str = "None of the rules of this joint report fired. The private questions \
are not part of it, so it says nothing about them.";

/// What the clinician report says first.
const FOR_THE_CLINICIAN: &str = "Clinician report: for the therapist only. It holds both \
people's private answers about safety; neither partner has seen the other's. Keep it off the \
shared screen and out of joint sessions.";

/// One part of the report, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Block<'a> {
    /// Title, questionnaire, people, who answered and when.
    Header(Header),
    /// What the numbers are, and are not.
    Reading(&'static str),
    /// A table of the two people's numbers.
    Scores(Section),
    /// A table of words: the decision areas side by side.
    Compare(Compare),
    /// The rules of one severity that fired.
    Concerns(Concerns<'a>),
    /// No rule fired.
    NoConcerns(&'static str),
    /// What could not be scored, and the neutral private-items line.
    Notes {
        /// The heading.
        heading: &'static str,
        /// The report's notes.
        notes: &'a [String],
    },
    /// The questionnaire's resources (SPEC §6).
    Support {
        /// The heading.
        heading: &'static str,
        /// The questionnaire's text, trimmed.
        text: &'a str,
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
    pub heading: &'static str,
    /// The rules, in report order.
    pub warnings: Vec<&'a Warning>,
    /// The label before each prompt.
    pub prompt_label: &'static str,
}

/// The report as blocks, in reading order.
pub(super) fn blocks(report: &Report) -> Vec<Block<'_>> {
    let mut out = vec![Block::Header(header(report))];
    if report.audience == Audience::Clinician {
        out.push(Block::Reading(FOR_THE_CLINICIAN));
    }
    out.push(Block::Reading(NOT_A_DIAGNOSIS));
    if let Some(step) = &report.next_step {
        out.push(Block::Support {
            heading: "Next step",
            text: step.trim(),
        });
    }
    out.extend(score_sections(report).into_iter().map(Block::Scores));
    out.extend(decisions_side_by_side(report).map(Block::Compare));
    out.extend(safety_sections(report).into_iter().map(Block::Scores));
    out.extend(view_sections(report).into_iter().map(Block::Scores));
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
                    heading: severity_heading(severity),
                    warnings,
                    prompt_label: PROMPT,
                })
            })
        })
        .collect();
    // Private warnings under their own heading, never among the couple's.
    // The most serious first, as the couple's headings are ordered.
    let mut private: Vec<&Warning> = report.warnings.iter().filter(|w| w.private).collect();
    private.sort_by_key(|w| std::cmp::Reverse(w.severity));
    if let Some(severity) = private.iter().map(|w| w.severity).max() {
        let (heading, prompt_label) = match report.audience {
            Audience::Own => ("Private: about your safety", PRIVATE_PROMPT),
            Audience::Clinician => ("Private: about each person's safety", PRIVATE_PROMPT_OF_ONE),
            Audience::Joint | Audience::Both => ("Private results", PRIVATE_PROMPT_OF_ONE),
        };
        concerns.insert(
            0,
            Block::Concerns(Concerns {
                severity,
                heading,
                warnings: private,
                prompt_label,
            }),
        );
    }
    if concerns.is_empty() {
        out.push(Block::NoConcerns(if report.private_left_out {
            JOINT_NONE
        } else {
            "None of this questionnaire's rules fired."
        }));
    }
    out.extend(concerns);
    if !report.notes.is_empty() {
        out.push(Block::Notes {
            heading: "Notes",
            notes: &report.notes,
        });
    }
    if let Some(text) = &report.resources {
        out.push(Block::Support {
            heading: "If you need support",
            text: text.trim(),
        });
    }
    out
}

/// The heading of a severity's warnings.
pub(super) fn severity_heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Alert => "Needs attention",
        Severity::Warning => "Worth talking about",
        Severity::Info => "Good to know",
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

/// What a score of 50 means, said once for every section of scores.
const MIDDLE: &str = "A score of 0 means the lowest answer to every question, 100 the \
highest, and 50 answers in the middle on average (such as \"neither agree nor disagree\" \
or \"sometimes\").";

/// A signed difference (first minus second) said as who is higher: "Alex +29", "even", or a
/// dash when either side is missing.
pub(super) fn difference(names: [&str; 2], diff: Option<f64>) -> String {
    match diff.map(whole) {
        None => DASH.to_owned(),
        Some(0) => "even".to_owned(),
        Some(d) if d > 0 => format!("{} +{d}", names[0]),
        Some(d) => format!("{} +{}", names[1], -d),
    }
}

/// "Alex, Sam and Jo".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn header(report: &Report) -> Header {
    let [a, b] = &report.people;
    let finished = |i: usize| {
        report
            .completed
            .get(i)
            .and_then(|c| c.as_deref())
            .and_then(when)
            .map(|t| format!(" (finished {t})"))
            .unwrap_or_default()
    };
    let answered = match report.respondents.as_slice() {
        [one] => format!(
            "Answered by {one}{} only; {} did not answer.",
            finished(0),
            if *one == a.name { &b.name } else { &a.name }
        ),
        _ => format!(
            "Answered by {}{} and {}{}.",
            report.respondents[0],
            finished(0),
            report.respondents[1],
            finished(1)
        ),
    };
    Header {
        title: if report.audience == Audience::Clinician {
            format!("Clinician report · {}", report.layout.title)
        } else {
            report.layout.title.clone()
        },
        subtitle: format!(
            "Questionnaire {} {} · {} and {}",
            report.questionnaire.id, report.questionnaire.version, a.name, b.name
        ),
        answered,
    }
}

/// An RFC 3339 time as people read it: "20 Nov 2026, 19:17 UTC". `None` for anything else.
pub(crate) fn when(rfc3339: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let t = Time::parse(rfc3339)?;
    Some(format!(
        "{} {} {}, {:02}:{:02} UTC{}",
        t.day,
        MONTHS[t.month as usize - 1],
        t.year,
        t.hour,
        t.minute,
        t.offset.unwrap_or("")
    ))
}

/// The power bases, the overall power figures, the markers, and any risk dimension.
fn score_sections(report: &Report) -> Vec<Section> {
    let t = Tables::new(report);
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
}

impl<'r> Tables<'r> {
    fn new(report: &'r Report) -> Self {
        let [a, b] = &report.people;
        Tables {
            report,
            names: [a.name.as_str(), b.name.as_str()],
        }
    }

    /// A row; the difference shown is of the rounded scores (the JSON keeps the exact
    /// imbalance).
    fn row(&self, key: &str, label: &str, values: [Option<f64>; 2]) -> Row {
        Row {
            key: key.to_owned(),
            label: label.to_owned(),
            values,
            difference: difference(self.names, shown_difference(values)),
        }
    }

    fn columns(&self, label: &str) -> [String; 4] {
        [
            label.to_owned(),
            self.names[0].to_owned(),
            self.names[1].to_owned(),
            "Difference".to_owned(),
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
    Section {
        topic: Topic::Bases,
        heading: "Power bases".to_owned(),
        intro: format!(
            "How much of each kind of influence each of you has, from 0 to 100, {}. \
             {MIDDLE} Some difference is normal; what matters is that influence runs \
             both ways.",
            match t.report.respondents.as_slice() {
                [one] => format!("as {one} sees it"),
                _ => "combining how you see yourselves and how you see each other".to_owned(),
            }
        ),
        columns: t.columns("Base"),
        by: [0, 1],
        rows,
    }
}

/// The groups and the power index, with what each group is made of.
fn overall_section(t: &Tables<'_>) -> Section {
    let report = t.report;
    let [a, b] = &report.people;
    let mut rows: Vec<Row> = report
        .imbalance
        .groups
        .iter()
        .map(|(g, _)| t.row(g, &group_name(g), [a.groups[g], b.groups[g]]))
        .collect();
    rows.push(t.row("power_index", "Power index", [a.power_index, b.power_index]));
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
            format!("{}: {}.", group_name(g), and_list(&members))
        })
        .collect();
    Section {
        topic: Topic::Overall,
        heading: "Power overall".to_owned(),
        intro: format!(
            "{}The power index is the weighted mean of all the bases.",
            groups.iter().map(|g| format!("{g} ")).collect::<String>()
        ),
        columns: t.columns("Index"),
        by: [0, 1],
        rows,
    }
}

/// The balance markers and their mean, the balance index.
fn markers_section(t: &Tables<'_>, mut rows: Vec<Row>) -> Section {
    let [a, b] = &t.report.people;
    rows.push(t.row(
        "balance_index",
        "Balance index",
        [a.balance_index, b.balance_index],
    ));
    Section {
        topic: Topic::Markers,
        heading: "Balance markers".to_owned(),
        intro: format!(
            "How much each of you shows the signs of a balanced relationship, from 0 to \
             100; higher is more. {MIDDLE} The balance index is their mean."
        ),
        columns: t.columns("Marker"),
        by: [0, 1],
        rows,
    }
}

fn decisions_section(t: &Tables<'_>, rows: Vec<Row>) -> Section {
    Section {
        topic: Topic::Decisions,
        heading: "Who decides".to_owned(),
        intro: format!(
            "How much of the say each of you has across the areas of life asked about, \
             from 0 to 100: 50 is an equal say, above 50 more than half of it{}.",
            if t.report.respondents.len() == 2 {
                "; when both of you answered every area, the two numbers add up to 100"
            } else {
                ""
            }
        ),
        columns: t.columns("Area"),
        by: [0, 1],
        rows,
    }
}

/// The safety results of each respondent's own answers (only in a report that may show
/// private results): one table per respondent, their answers about the other person and
/// about themselves, so that no number sits under the name of someone it does not describe
/// as answered.
fn safety_sections(report: &Report) -> Vec<Section> {
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
                    format!("Safety: {}'s answers", me.name)
                } else {
                    "Safety".to_owned()
                },
                intro: format!(
                    "Private: from {}'s own answers to the safety questions, about {} and \
                     about themselves. Here higher means more concern: 0 means every answer \
                     was the lowest (\"never\"), and even one answer above it can matter, so \
                     the messages below say what was answered.",
                    me.name, other.name
                ),
                columns: [
                    "Area".to_owned(),
                    format!("About {}", other.name),
                    format!("About {}", me.name),
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
fn decisions_side_by_side(report: &Report) -> Option<Compare> {
    if report.decisions.is_empty() {
        return None;
    }
    let [a, b] = &report.people;
    let say = |share: f64| -> String {
        match whole(share) {
            100 => a.name.clone(),
            0 => b.name.clone(),
            50 => "both equally".to_owned(),
            s if s > 50 => format!("mostly {}", a.name),
            _ => format!("mostly {}", b.name),
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
        heading: "Who has more say, area by area".to_owned(),
        intro: format!(
            "Each of your answers put in one frame: who has more of the say, {} or {}, or both \
             equally. You see {agree} of {} areas alike and {differ} differently; where you see \
             it differently is a good place to start talking.",
            a.name,
            b.name,
            agree + differ
        ),
        columns: [
            "Area".to_owned(),
            format!("{} says", a.name),
            format!("{} says", b.name),
            "Together".to_owned(),
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
                        "agree"
                    } else {
                        "see it differently"
                    }
                    .to_owned(),
                ]
            })
            .collect(),
    })
}

/// Where both answered: each person as they see themselves and as the other sees them.
fn view_sections(report: &Report) -> Vec<Section> {
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
                heading: format!("How {} is seen", p.name),
                intro: format!(
                    "{} about themselves, beside {} about {}. Where the two numbers differ, \
                     the two of you experience the same thing differently, which is often \
                     the most useful thing to talk about.",
                    p.name, other.name, p.name
                ),
                columns: [
                    "Dimension".to_owned(),
                    format!("By {}", p.name),
                    format!("By {}", other.name),
                    "Difference".to_owned(),
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
                            difference: difference(names, shown_difference(values)),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// "Harsh bases" for the group `harsh`.
pub(crate) fn group_name(id: &str) -> String {
    let mut chars = id.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} bases", chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

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
