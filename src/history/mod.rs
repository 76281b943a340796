//! Change over time (SPEC §9): the same people's scores at several sittings, side by side.
//!
//! Pure, like the scoring engine: each sitting's questionnaire and what its scored [`Report`]
//! says of each person ([`Scores`]) in, a [`History`] out. Scores are the reports' own; this
//! module only takes differences. A [`Builder`] takes the sittings one at a time and keeps a
//! number a person, measure and sitting; the changes are worked out as they are written.
//!
//! A change is **reliable** when it is larger than measurement error alone would make it
//! 95 times in 100 (Jacobson & Truax, 1991): `|change| ≥ 1.96 · √2 · sd · √(1 − r)`, where
//! `sd` and `r` are the dimension score's standard deviation and reliability in a reference
//! sample (`[dimensions.norms]`). `sd · √(1 − r)` is the standard error of measurement of one
//! score, and `√2` times it that of the difference of two. Groups and indices have no norms
//! of their own, so their changes are shown but never judged.
//!
//! Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical approach to
//! defining meaningful change in psychotherapy research. *Journal of Consulting and Clinical
//! Psychology*, 59(1), 12–19.

mod html;
mod render;
pub mod sittings;
pub mod tape;

use std::cell::{OnceCell, RefCell};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::rc::Rc;
use std::sync::Arc;

use serde::Serialize;

pub use html::render_history_html;
pub use render::write_history;

use crate::i18n::Messages;
use crate::jsonl::Keyed;
use crate::model::Person;
use crate::questionnaire::{DimensionKind, Instrument, Norms, Questionnaire};
use crate::report::{Report, and_list};
use crate::tr;
use tape::Tape;

/// One sitting, scored: the scores of its answers, when and where they are from. (Its
/// questionnaire is given to [`Builder::of_uses`] beforehand.)
#[derive(Debug, Clone)]
pub struct Sitting {
    /// What the history reads of the sitting's report, scored with private results in (this
    /// module leaves them out where SPEC §6 says to).
    pub scores: Scores,
    /// When it ended (RFC 3339): the latest of its answers' `completed`.
    pub completed: String,
    /// The files its answers came from.
    pub sources: Vec<String>,
}

/// What a history reads of one sitting's [`Report`]: who answered, the questionnaire exactly,
/// and each person's scores. Rules, views, notes and texts are left behind at once; a
/// [`Builder`] keeps less still of it, and it is dropped once pushed.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// The questionnaire exactly: id, version, sha256.
    pub questionnaire: Arc<Instrument>,
    /// Who answered, in order.
    pub respondents: Vec<String>,
    /// The two people, in the report's order.
    pub people: [PersonScores; 2],
}

/// One person's scores at one sitting, as the report gave them.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonScores {
    /// Their name.
    pub name: String,
    /// The power index.
    pub power_index: Option<f64>,
    /// The balance index.
    pub balance_index: Option<f64>,
    /// Each group's score.
    pub groups: Keyed<Option<f64>>,
    /// Each dimension's score.
    pub scores: Keyed<Option<f64>>,
}

impl From<Report> for Scores {
    /// Keeps what a history reads and drops the rest of the report at once.
    fn from(report: Report) -> Self {
        let Report {
            questionnaire,
            respondents,
            people,
            ..
        } = report;
        let person = |p: Person| PersonScores {
            name: p.name,
            power_index: p.power_index,
            balance_index: p.balance_index,
            groups: p.groups,
            scores: p.scores,
        };
        let [first, second] = people;
        Scores {
            questionnaire,
            respondents,
            people: [person(first), person(second)],
        }
    }
}

/// Sittings of the same people side by side (the JSON of `history`).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct History {
    /// The questionnaire: its id, title and every version the sittings used.
    pub questionnaire: HistoryInstrument,
    /// The two people, in the order of the first sitting.
    pub people: [String; 2],
    /// Who answered at one sitting or more.
    pub respondents: Vec<String>,
    /// Whether private results are in (a one-person history, or `--show-private`).
    pub private_shown: bool,
    /// The sittings, oldest first.
    #[schemars(with = "Vec<SittingInfo>")]
    pub sittings: Sittings,
    /// Each dimension both people's scores compare on, then the groups and the indices.
    pub measures: Vec<Measure>,
    /// What could not be compared and why; the private-items line of a two-person history.
    pub notes: Vec<String>,
    // `notes` are English, as JSON (and its schema) has them; `said` is what each says, in
    // order, for the human formats to say in the report language.
    /// What each of `notes` says, in order, for the human formats.
    #[serde(skip)]
    pub said: Vec<HistoryNote>,
}

impl History {
    /// The first failure to read scores back from the temporary file they went to, once
    /// they have been read (a score that could not be read reads as 0), as the system gave
    /// it ([`write_history`] returns it too, for its caller to word).
    pub fn read_error(&self) -> Option<io::Error> {
        if let Some(e) = self.sittings.failed() {
            return Some(again(e));
        }
        self.measures
            .iter()
            .flat_map(|m| &m.people)
            .find_map(|s| s.points.scores.read_error())
    }

    /// Adds a note: its English text to `notes`, what it says to `said`.
    pub fn note(&mut self, note: HistoryNote) {
        self.notes.push(render::english(|m| note.text(m)));
        self.said.push(note);
    }
}

/// What a note of a [`History`] says, with the names and figures it says it with.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryNote {
    /// The sittings used these versions of `id`; `left_out` names each dimension not in
    /// every version, with the versions that have it.
    Versions {
        /// The versions, in order of first use.
        versions: Vec<String>,
        /// The questionnaire.
        id: String,
        /// A dimension's name and the versions that have it.
        left_out: Vec<(String, Vec<String>)>,
    },
    /// Groups and indices (id and kind) the versions make of different dimensions.
    NotCompared(Vec<(String, MeasureKind)>),
    /// A score could not be computed somewhere.
    NotScored,
    /// Only `name` answered; `other` is the partner.
    OneAnswered {
        /// Who answered.
        name: String,
        /// Who did not.
        other: String,
    },
    /// The neutral line of a two-person history with private items.
    Private,
    /// Files left out as answers to another questionnaire.
    OtherQuestionnaire(Vec<String>),
    /// Files left out as unfinished.
    Unfinished(Vec<String>),
}

impl HistoryNote {
    /// The note in the language of `m`.
    pub fn text(&self, m: &Messages) -> String {
        match self {
            HistoryNote::Versions {
                versions,
                id,
                left_out,
            } => {
                let mut note = tr!(
                    m,
                    "history-note-versions",
                    versions = versions.join(", "),
                    id = id.clone()
                );
                if !left_out.is_empty() {
                    let dimensions: Vec<String> = left_out
                        .iter()
                        .map(|(name, have)| {
                            tr!(
                                m,
                                "history-dimension-only-in",
                                name = name.clone(),
                                versions = and_list(have, m)
                            )
                        })
                        .collect();
                    note.push(' ');
                    note += &tr!(
                        m,
                        "history-note-versions-left-out",
                        dimensions = dimensions.join("; ")
                    );
                }
                note
            }
            HistoryNote::NotCompared(measures) => {
                let names: Vec<String> = measures
                    .iter()
                    .map(|(id, kind)| aggregate_name(id, *kind, m))
                    .collect();
                tr!(m, "history-note-not-compared", measures = names.join(", "))
            }
            HistoryNote::NotScored => tr!(m, "history-not-scored"),
            HistoryNote::OneAnswered { name, other } => tr!(
                m,
                "history-note-one-answered",
                name = name.clone(),
                other = other.clone()
            ),
            HistoryNote::Private => tr!(m, "history-note-private"),
            HistoryNote::OtherQuestionnaire(files) => tr!(
                m,
                "history-note-other-questionnaire",
                files = files.join(", ")
            ),
            HistoryNote::Unfinished(files) => {
                tr!(m, "history-note-unfinished", files = files.join(", "))
            }
        }
    }
}

/// A group's or an index's name in the language of `m`: "Harsh bases", "Power index".
pub(crate) fn aggregate_name(id: &str, kind: MeasureKind, m: &Messages) -> String {
    match (kind, id) {
        (MeasureKind::Index, "power_index") => tr!(m, "report-power-index"),
        (MeasureKind::Index, _) => tr!(m, "report-balance-index"),
        _ => crate::report::group_name(id, m),
    }
}

/// The questionnaire of a history.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HistoryInstrument {
    /// Its id.
    pub id: String,
    /// Its title (the newest sitting's).
    pub title: String,
    /// The versions, in order of first use.
    pub versions: Vec<String>,
}

/// One sitting as the history lists it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SittingInfo {
    /// 1, 2, … in time order.
    pub sitting: usize,
    /// When it ended (RFC 3339).
    pub completed: String,
    /// The questionnaire exactly: id, version, sha256.
    pub questionnaire: Instrument,
    /// Who answered at it.
    pub respondents: Vec<String>,
    /// The answers files.
    pub sources: Vec<String>,
}

/// What a measure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MeasureKind {
    /// A dimension.
    Dimension,
    /// A group of power dimensions (a sub-index).
    Group,
    /// The power index or the balance index.
    Index,
}

/// One dimension, group or index across the sittings, for both people.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Measure {
    /// Its id: a dimension id, a group id, `power_index` or `balance_index`.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// Dimension, group or index.
    pub kind: MeasureKind,
    /// For a dimension, what it measures.
    pub dimension_kind: Option<DimensionKind>,
    /// The norms used to judge change (the same in every sitting's questionnaire), if any.
    pub norms: Option<NormsUsed>,
    /// The smallest reliable change in points, from the norms.
    pub reliable_change: Option<f64>,
    /// Why reliability of change cannot be judged, where it cannot.
    pub note: Option<String>,
    /// Each person's points, in `people` order.
    pub people: Vec<Series>,
}

/// The norms behind a reliable-change figure.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NormsUsed {
    /// Standard deviation of the score in the reference sample.
    pub sd: f64,
    /// Reliability of the score there.
    pub reliability: f64,
    /// How many people the figures rest on.
    pub n: Option<u64>,
    /// Where they come from.
    pub basis: Option<String>,
}

/// One person's scores on one measure across the sittings.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Series {
    /// The person.
    pub name: String,
    /// One point per sitting, in order.
    #[schemars(with = "Vec<Point>")]
    pub points: Points,
}

/// One person's score on one measure at one sitting, and how it changed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Point {
    /// The sitting's number.
    pub sitting: usize,
    /// The score, 0–100 (null where too little was answered).
    pub score: Option<f64>,
    /// This score minus the first sitting's (null at the first sitting, or where either is null).
    pub change_from_first: Option<f64>,
    /// This score minus the previous sitting's.
    pub change_from_previous: Option<f64>,
    /// Whether `change_from_first` is reliable (null without norms or without a change).
    pub reliable_from_first: Option<bool>,
    /// Whether `change_from_previous` is reliable.
    pub reliable_from_previous: Option<bool>,
}

/// The sentence for a dimension without norms.
pub const NO_NORMS: &str = "The questionnaire gives no norms for this dimension, so whether a \
change is reliable cannot be judged.";

/// The sentence for groups and indices.
pub const NO_NORMS_OF_THEIR_OWN: &str = "Groups and indices have no norms of their own, so \
whether their change is reliable cannot be judged.";

/// The sentence for a dimension whose norms differ between the versions used.
pub const NORMS_DIFFER: &str = "The questionnaire's versions give this dimension different \
norms, so whether a change is reliable cannot be judged.";

/// The note of a history with a score missing somewhere, in English (`history-not-scored`).
#[cfg(test)]
pub const NOT_SCORED: &str = "A dash is a score that could not be computed at that sitting: too \
few of its items were answered (or, for a group or index, none of its dimensions could be \
scored), so there is no change to or from it either.";

/// The neutral line of a two-person history of a questionnaire with private items, shown
/// whatever the private answers were (SPEC §6), in English (`history-note-private`).
#[cfg(test)]
pub const PRIVATE_NOTE: &str = "Some questions are private to each person and are not part of a \
history of two people. Each person can see their own by giving `history` their own answers \
alone.";

/// A [`History`] made a sitting at a time, so that each sitting's scores can be dropped once
/// pushed. What it keeps of a sitting is a number per person and measure, and the sitting's
/// time, respondents and files as text, past a few thousand sittings in temporary files, so
/// that what it holds does not grow with the sittings; changes and their reliability are
/// worked out as they are written ([`Points`]).
pub struct Builder<'q> {
    /// The sittings' questionnaires, each once, in order of first use.
    questionnaires: Vec<&'q Questionnaire>,
    /// The newest sitting's.
    newest: &'q Questionnaire,
    show_private: bool,
    /// Every measure that may be shown, private dimensions among them where they may be
    /// (left out at the end where the history is not to show them), each with its two
    /// people's scores so far.
    candidates: Vec<Candidate>,
    /// Groups and indices the versions make of different dimensions.
    unlike: Vec<(String, MeasureKind)>,
    /// The first sitting's two people.
    people: Option<[String; 2]>,
    respondents: Vec<String>,
    sittings: Sittings,
    /// Where the scores go instead of memory, for a history of many sittings.
    spill: Option<Spill>,
    /// Whether private results were gathered: only they can be shown.
    private_kept: bool,
}

/// A measure being gathered: all of it but its series, and the two people's scores.
struct Candidate {
    /// Its `people` are filled in at the end.
    measure: Measure,
    /// Whether some version makes it private (only dimensions are).
    private: bool,
    /// A dimension's score, or a group's or index's.
    dimension: bool,
    /// The norms reliable change is judged on.
    norms: Option<Norms>,
    /// Each person's scores, in `people` order.
    scores: [Column; 2],
}

impl Candidate {
    /// What `person`'s report says of this measure.
    fn score_of(&self, person: &PersonScores) -> Option<f64> {
        let id = self.measure.id.as_str();
        if self.dimension {
            return person.scores.get(id).copied().flatten();
        }
        match id {
            "power_index" => person.power_index,
            "balance_index" => person.balance_index,
            group => person.groups.get(group).copied().flatten(),
        }
    }

    /// The measure, with the two people's series.
    fn into_measure(self, people: &[String; 2]) -> Measure {
        let Candidate {
            mut measure,
            norms,
            scores,
            ..
        } = self;
        measure.people = people
            .iter()
            .zip(scores)
            .map(|(name, scores)| Series {
                name: name.clone(),
                points: Points {
                    scores,
                    norms: norms.clone(),
                },
            })
            .collect();
        measure
    }
}

/// Which questionnaire each sitting of a history is on, as [`Builder`] needs to know it
/// before the first is pushed, without a number a sitting: how many sittings, the distinct
/// questionnaires (as indices into those loaded) in order of first use and by when each was
/// last used, newest first, and the newest sitting's.
#[derive(Debug, Default, Clone)]
pub struct Uses {
    n: usize,
    /// Each distinct questionnaire, in order of first use, with the last sitting on it.
    distinct: Vec<(usize, usize)>,
    newest: usize,
}

impl Uses {
    /// The next sitting is on questionnaire `q`.
    pub fn push(&mut self, q: usize) {
        match self.distinct.iter_mut().find(|(d, _)| *d == q) {
            Some((_, last)) => *last = self.n,
            None => self.distinct.push((q, self.n)),
        }
        self.newest = q;
        self.n += 1;
    }

    /// The questionnaires themselves, of those `loaded`.
    pub fn of<'q>(&self, loaded: &'q [Questionnaire]) -> Used<'q> {
        let mut by_last = self.distinct.clone();
        by_last.sort_by_key(|&(_, last)| std::cmp::Reverse(last));
        Used {
            n: self.n,
            first_used: self.distinct.iter().map(|&(q, _)| &loaded[q]).collect(),
            last_used_first: by_last.iter().map(|&(q, _)| &loaded[q]).collect(),
            newest: &loaded[self.newest],
        }
    }
}

/// [`Uses`] with the questionnaires.
pub struct Used<'q> {
    n: usize,
    first_used: Vec<&'q Questionnaire>,
    last_used_first: Vec<&'q Questionnaire>,
    newest: &'q Questionnaire,
}

#[cfg(test)]
impl<'q> Used<'q> {
    /// Each sitting's questionnaire, in time order (at least one).
    fn of_sittings(questionnaires: &[&'q Questionnaire]) -> Self {
        // Each once, by identity.
        let once = |order: &mut dyn Iterator<Item = &'q Questionnaire>| {
            let mut distinct: Vec<&'q Questionnaire> = Vec::new();
            for q in order {
                if !distinct.iter().any(|d| std::ptr::eq(*d, q)) {
                    distinct.push(q);
                }
            }
            distinct
        };
        Used {
            n: questionnaires.len(),
            first_used: once(&mut questionnaires.iter().copied()),
            last_used_first: once(&mut questionnaires.iter().rev().copied()),
            newest: questionnaires[questionnaires.len() - 1],
        }
    }
}

impl<'q> Builder<'q> {
    /// A history of as many sittings as `questionnaires` (each sitting's, in time order,
    /// at least one), to be pushed in that order.
    #[cfg(test)]
    pub fn new(questionnaires: Vec<&'q Questionnaire>, show_private: bool) -> Self {
        let used = Used::of_sittings(&questionnaires);
        Builder::of_uses(used, show_private, true, tape::Sizes::default())
    }

    /// A history of the sittings `used` says, to be pushed in time order, holding what
    /// `sizes` says: the scores go to a temporary file past `sizes.scores_past` sittings (where
    /// one can be made; else they stay in memory). Private results are gathered only where
    /// `private_kept` (they may be shown: `show_private`, or one person's history); else they
    /// are never held.
    pub fn of_uses(
        used: Used<'q>,
        show_private: bool,
        private_kept: bool,
        sizes: tape::Sizes,
    ) -> Self {
        let Used {
            n,
            first_used: questionnaires,
            last_used_first,
            newest,
        } = used;
        let file = (n > sizes.scores_past)
            .then(|| tempfile::tempfile().ok())
            .flatten();
        // Room for every score in memory, or for the first alone.
        let held = if file.is_some() { 1 } else { n };
        let (candidates, unlike) = {
            // Private dimensions are gathered too, where they may be shown: whether they are
            // is known only once every sitting's respondents are.
            let across = Across {
                questionnaires: &questionnaires,
                newest,
            };
            let mut candidates = dimension_candidates(&across, held);
            let unlike = aggregate_candidates(&across, &last_used_first, held, &mut candidates);
            candidates.retain(|c| private_kept || !c.private);
            (candidates, unlike)
        };
        let spill = file.map(|file| Spill::new(file, 2 * candidates.len()));
        Builder {
            questionnaires,
            newest,
            show_private,
            candidates,
            unlike,
            people: None,
            respondents: Vec::new(),
            sittings: Sittings::kept_on(sizes.tape()),
            spill,
            private_kept,
        }
    }

    /// Adds the next sitting; what the history needs of it is copied, so it may be dropped.
    pub fn push(&mut self, sitting: &Sitting) {
        let scores = &sitting.scores;
        let people = self
            .people
            .get_or_insert_with(|| scores.people.each_ref().map(|p| p.name.clone()));
        for r in &scores.respondents {
            if !self.respondents.contains(r) {
                self.respondents.push(r.clone());
            }
        }
        self.sittings.push(
            &scores.questionnaire,
            &sitting.completed,
            &scores.respondents,
            &sitting.sources,
        );
        // Where each of the history's two people is in this sitting's report.
        let at = people
            .each_ref()
            .map(|name| scores.people.iter().position(|p| &p.name == name));
        for (i, c) in self.candidates.iter_mut().enumerate() {
            for (k, p) in at.iter().enumerate() {
                let score = p.and_then(|p| c.score_of(&scores.people[p]));
                match &mut self.spill {
                    Some(spill) => {
                        c.scores[k].mark(score);
                        spill.put(2 * i + k, score);
                    }
                    None => c.scores[k].push(score),
                }
            }
        }
        if let Some(spill) = &mut self.spill {
            spill.next();
        }
    }

    /// The history of the sittings pushed; fails only where the scores went to a temporary
    /// file and it could not be written.
    pub fn finish(self) -> io::Result<History> {
        let Builder {
            questionnaires,
            newest,
            show_private,
            mut candidates,
            unlike,
            people,
            respondents,
            mut sittings,
            spill,
            private_kept,
        } = self;
        sittings.seal()?;
        if let Some(spill) = spill {
            let file = Rc::new(spill.finish()?);
            for (i, c) in candidates.iter_mut().enumerate() {
                for (k, column) in c.scores.iter_mut().enumerate() {
                    column.spilled = Some(Spilled {
                        file: Rc::clone(&file),
                        column: 2 * i + k,
                        window: RefCell::default(),
                    });
                }
            }
        }
        let people = people.unwrap_or_default();
        // One person's own history shows their private results, as their own report does.
        // (Private results are kept wherever they may be shown; were it ever otherwise, the
        // history says they are left out rather than showing them missing.)
        let private_shown = (show_private || respondents.len() < 2) && private_kept;
        let across = Across {
            questionnaires: &questionnaires,
            newest,
        };
        let mut versions: Vec<String> = Vec::new();
        for q in &questionnaires {
            if !versions.contains(&q.version) {
                versions.push(q.version.clone());
            }
        }
        let mut notes = Vec::new();
        if versions.len() > 1 {
            notes.push(versions_note(&across, &versions, private_shown));
        }
        let measures: Vec<Measure> = candidates
            .into_iter()
            .filter(|c| private_shown || !c.private)
            .map(|c| c.into_measure(&people))
            .collect();
        if !unlike.is_empty() {
            notes.push(HistoryNote::NotCompared(unlike));
        }
        closing_notes(
            &across,
            private_shown,
            &people,
            &measures,
            &respondents,
            &mut notes,
        );

        let mut history = History {
            questionnaire: HistoryInstrument {
                id: newest.id.clone(),
                title: newest.title.clone(),
                versions,
            },
            people,
            respondents,
            private_shown,
            sittings,
            measures,
            notes: Vec::new(),
            said: Vec::new(),
        };
        for note in notes {
            history.note(note);
        }
        Ok(history)
    }
}

/// What every step of [`Builder`] reads: the sittings' questionnaires (each once, in order
/// of first use) and the newest sitting's. Whether private results are shown is known only
/// at [`Builder::finish`], which hands it to the steps that ask.
struct Across<'a> {
    questionnaires: &'a [&'a Questionnaire],
    newest: &'a Questionnaire,
}

impl Across<'_> {
    /// Whether every version has dimension `id`.
    fn in_all(&self, id: &str) -> bool {
        self.questionnaires
            .iter()
            .all(|q| q.dimensions.iter().any(|d| d.id == id))
    }

    /// Whether some version makes dimension `id` private.
    fn private(&self, id: &str) -> bool {
        self.questionnaires
            .iter()
            .any(|q| q.dimensions.iter().any(|d| d.id == id && d.private))
    }
}

/// The note of a history across versions: compared only on what every version has, and
/// what is left out.
fn versions_note(across: &Across<'_>, versions: &[String], private_shown: bool) -> HistoryNote {
    let questionnaires = across.questionnaires;
    let mut left_out: Vec<(String, Vec<String>)> = Vec::new();
    for q in questionnaires {
        for d in &q.dimensions {
            if !across.in_all(&d.id) && (private_shown || !across.private(&d.id)) {
                let named = (d.name.clone(), only_in(questionnaires, &d.id));
                if !left_out.contains(&named) {
                    left_out.push(named);
                }
            }
        }
    }
    HistoryNote::Versions {
        versions: versions.to_vec(),
        id: across.newest.id.clone(),
        left_out,
    }
}

/// The dimensions every version has, in the newest version's order, each with room for `n`
/// sittings' scores; those some version makes private are marked so.
fn dimension_candidates(across: &Across<'_>, n: usize) -> Vec<Candidate> {
    let questionnaires = across.questionnaires;
    let mut candidates = Vec::new();
    for d in &across.newest.dimensions {
        // A context dimension describes the situation and is never scored (SPEC §5): as a
        // measure it would be a row of dashes, and a note about scores that could not be made.
        if d.kind == DimensionKind::Context {
            continue;
        }
        if !across.in_all(&d.id) {
            continue;
        }
        let all_norms: Vec<Option<&Norms>> = questionnaires
            .iter()
            .map(|q| q.dimensions.iter().find(|x| x.id == d.id)?.norms.as_ref())
            .collect();
        let norms = all_norms[0].filter(|n| all_norms.iter().all(|m| *m == Some(*n)));
        let note = match (norms, all_norms.iter().any(Option::is_some)) {
            (Some(_), _) => None,
            (None, true) => Some(NORMS_DIFFER.to_owned()),
            (None, false) => Some(NO_NORMS.to_owned()),
        };
        candidates.push(Candidate {
            measure: Measure {
                id: d.id.clone(),
                name: d.name.clone(),
                kind: MeasureKind::Dimension,
                dimension_kind: Some(d.kind),
                norms: norms.map(|n| NormsUsed {
                    sd: n.sd,
                    reliability: n.reliability,
                    n: n.n,
                    basis: n.basis.clone(),
                }),
                reliable_change: norms.map(Norms::reliable_change),
                note,
                people: Vec::new(),
            },
            private: across.private(&d.id),
            dimension: true,
            norms: norms.cloned(),
            scores: [Column::with_capacity(n), Column::with_capacity(n)],
        });
    }
    candidates
}

/// Groups and indices, where every version makes them of the same dimensions, onto
/// `candidates` (each with room for `n` sittings); returns the names of those not compared.
/// `last_used_first` is the questionnaires again, by when each was last used, newest first.
fn aggregate_candidates(
    across: &Across<'_>,
    last_used_first: &[&Questionnaire],
    n: usize,
    candidates: &mut Vec<Candidate>,
) -> Vec<(String, MeasureKind)> {
    let questionnaires = across.questionnaires;
    let mut unlike: Vec<(String, MeasureKind)> = Vec::new();
    let mut aggregate =
        |id: &str,
         name: String,
         kind: MeasureKind,
         members: &dyn Fn(&Questionnaire) -> Vec<(String, u64)>| {
            let made_of: Vec<Vec<(String, u64)>> =
                questionnaires.iter().map(|q| members(q)).collect();
            if made_of.iter().all(Vec::is_empty) {
                return;
            }
            if made_of.iter().any(|m| *m != made_of[0]) {
                unlike.push((id.to_owned(), kind));
                return;
            }
            candidates.push(Candidate {
                measure: Measure {
                    id: id.to_owned(),
                    name,
                    kind,
                    dimension_kind: None,
                    norms: None,
                    reliable_change: None,
                    note: Some(NO_NORMS_OF_THEIR_OWN.to_owned()),
                    people: Vec::new(),
                },
                private: false,
                dimension: false,
                norms: None,
                scores: [Column::with_capacity(n), Column::with_capacity(n)],
            });
        };
    // Which public dimensions, with which weights (bit patterns, to compare exactly), make
    // up a group or index in one version.
    let made_of = |q: &Questionnaire, kind: DimensionKind, group: Option<&str>| {
        q.dimensions
            .iter()
            .filter(|d| d.kind == kind && !d.private)
            .filter(|d| group.is_none_or(|g| d.group.is_some_and(|i| q.groups[i] == g)))
            .map(|d| (d.id.clone(), d.weight.to_bits()))
            .collect::<Vec<_>>()
    };
    // Every group of any version, the newest version's first: one that some version lacks
    // is made of different dimensions there (none), so it is listed as not compared.
    let mut group_ids: Vec<&String> = Vec::new();
    for q in last_used_first {
        for g in &q.groups {
            if !group_ids.contains(&g) {
                group_ids.push(g);
            }
        }
    }
    for g in group_ids {
        aggregate(
            g,
            english_name(g, MeasureKind::Group),
            MeasureKind::Group,
            &|q| made_of(q, DimensionKind::Power, Some(g)),
        );
    }
    aggregate(
        "power_index",
        english_name("power_index", MeasureKind::Index),
        MeasureKind::Index,
        &|q| made_of(q, DimensionKind::Power, None),
    );
    aggregate(
        "balance_index",
        english_name("balance_index", MeasureKind::Index),
        MeasureKind::Index,
        &|q| made_of(q, DimensionKind::Marker, None),
    );
    unlike
}

/// The notes after the measures: scores that could not be made, one person's view alone,
/// private results left out.
fn closing_notes(
    across: &Across<'_>,
    private_shown: bool,
    people: &[String; 2],
    measures: &[Measure],
    respondents: &[String],
    notes: &mut Vec<HistoryNote>,
) {
    let gaps = measures
        .iter()
        .flat_map(|m| &m.people)
        .any(|s| !s.points.scores.all_present());
    if gaps {
        notes.push(HistoryNote::NotScored);
    }
    if respondents.len() < 2 {
        let other = people.iter().find(|p| !respondents.contains(p));
        if let (Some(one), Some(other)) = (respondents.first(), other) {
            notes.push(HistoryNote::OneAnswered {
                name: one.clone(),
                other: other.clone(),
            });
        }
    }
    if !private_shown && across.questionnaires.iter().any(|q| q.has_private()) {
        notes.push(HistoryNote::Private);
    }
}

/// The versions that have dimension `id` ("1.0.0", "2.0.0"), in order.
fn only_in(questionnaires: &[&Questionnaire], id: &str) -> Vec<String> {
    let have: BTreeSet<&str> = questionnaires
        .iter()
        .filter(|q| q.dimensions.iter().any(|d| d.id == id))
        .map(|q| q.version.as_str())
        .collect();
    have.into_iter().map(str::to_owned).collect()
}

/// Past how many sittings a history's scores go to a temporary file instead of memory.
pub(crate) const SPILL_PAST: usize = 2048;

/// How many sittings of one series a block of the temporary file holds.
const BLOCK: usize = 1024;

/// One series' scores, held compactly: a number a sitting, NaN where there is none (a score
/// is never NaN: JSON cannot write one). For a history of many sittings the numbers are in a
/// temporary file ([`Spill`]) but the first, and are read back a block at a time as they are
/// written out.
#[derive(Debug, Clone, Default)]
struct Column {
    /// Each sitting's score; only the first when spilled.
    values: Vec<f64>,
    len: usize,
    /// How many sittings have no score.
    missing: usize,
    /// Where the scores are, when not in `values`.
    spilled: Option<Spilled>,
}

/// A missing score, as a [`Column`] holds it.
fn held(score: Option<f64>) -> f64 {
    score.unwrap_or(f64::NAN)
}

impl Column {
    fn with_capacity(n: usize) -> Self {
        Column {
            values: Vec::with_capacity(n),
            ..Column::default()
        }
    }

    /// Adds a score, held in memory.
    fn push(&mut self, score: Option<f64>) {
        self.values.push(held(score));
        self.mark(score);
    }

    /// Counts a score; its number goes to the spill (the first is held too).
    fn mark(&mut self, score: Option<f64>) {
        if self.len == 0 && self.values.is_empty() {
            self.values.push(held(score));
        }
        self.missing += usize::from(held(score).is_nan());
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn get(&self, i: usize) -> Option<f64> {
        assert!(i < self.len, "sitting {i} of {}", self.len);
        let v = match &self.spilled {
            Some(spilled) if i > 0 => spilled.get(i),
            _ => self.values[i],
        };
        (!v.is_nan()).then_some(v)
    }

    fn all_present(&self) -> bool {
        self.missing == 0
    }

    fn unreadable(&self) -> bool {
        self.spilled
            .as_ref()
            .is_some_and(|s| s.file.failed.get().is_some())
    }

    fn read_error(&self) -> Option<io::Error> {
        Some(again(self.spilled.as_ref()?.file.failed.get()?))
    }
}

/// The same error again (an `io::Error` is not `Clone`): its number, or its words.
fn again(failed: &io::Error) -> io::Error {
    failed.raw_os_error().map_or_else(
        || io::Error::new(failed.kind(), failed.to_string()),
        io::Error::from_raw_os_error,
    )
}

impl PartialEq for Column {
    /// The same scores, wherever they are held.
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && (0..self.len).all(|i| self.get(i) == other.get(i))
    }
}

/// The scores of every series of a history, written to an unnamed temporary file as the
/// sittings are pushed: [`BLOCK`] sittings of the first series, of the second, …, then the
/// next [`BLOCK`] sittings, so that each series is read back in blocks. The file has no
/// name (`tempfile::tempfile`: `O_TMPFILE`, or else a random name unlinked at once), so
/// nothing can open it by name, and is gone when the run ends, however it ends. It holds
/// scores only (no answers, names or files), and private dimensions' only in a history that
/// may show them ([`Builder::of_uses`]): elsewhere they are never kept.
struct Spill {
    file: File,
    series: usize,
    /// The block being filled: series `s`, sitting `j` of it at `s * BLOCK + j`.
    block: Vec<f64>,
    /// How many sittings of the block are filled.
    filled: usize,
    bytes: Vec<u8>,
    error: Option<io::Error>,
}

impl Spill {
    fn new(file: File, series: usize) -> Self {
        Spill {
            file,
            series,
            block: vec![0.0; series * BLOCK],
            filled: 0,
            bytes: Vec::new(),
            error: None,
        }
    }

    /// The current sitting's score of series `s` (NaN where none).
    fn put(&mut self, s: usize, score: Option<f64>) {
        self.block[s * BLOCK + self.filled] = held(score);
    }

    /// The current sitting is done.
    fn next(&mut self) {
        self.filled += 1;
        if self.filled == BLOCK {
            self.write_block();
        }
    }

    fn write_block(&mut self) {
        self.bytes.clear();
        self.bytes
            .extend(self.block.iter().flat_map(|v| v.to_le_bytes()));
        if self.error.is_none()
            && let Err(e) = self.file.write_all(&self.bytes)
        {
            self.error = Some(e);
        }
        self.block.fill(0.0);
        self.filled = 0;
    }

    /// The file, every block written (the last one whole, its rest zeros).
    fn finish(mut self) -> io::Result<SpillFile> {
        if self.filled > 0 {
            self.write_block();
        }
        if let Some(e) = self.error {
            return Err(e);
        }
        Ok(SpillFile {
            file: self.file,
            series: self.series,
            failed: OnceCell::new(),
        })
    }
}

/// A [`Spill`] written, to be read back.
#[derive(Debug)]
struct SpillFile {
    file: File,
    series: usize,
    /// The first failure to read it back, as the system gave it.
    failed: OnceCell<io::Error>,
}

/// Where one series' scores are in a [`SpillFile`], with the block last read of it.
#[derive(Debug, Clone)]
struct Spilled {
    file: Rc<SpillFile>,
    column: usize,
    /// The block read last and its number.
    window: RefCell<(usize, Vec<f64>)>,
}

impl Spilled {
    /// Sitting `i`'s number (0 where it could not be read: `failed` says so).
    fn get(&self, i: usize) -> f64 {
        let (block, j) = (i / BLOCK, i % BLOCK);
        let mut window = self.window.borrow_mut();
        if window.1.is_empty() || window.0 != block {
            let mut bytes = vec![0u8; BLOCK * 8];
            let at = ((block * self.file.series + self.column) * BLOCK * 8) as u64;
            let mut file = &self.file.file;
            if let Err(e) = file
                .seek(SeekFrom::Start(at))
                .and_then(|_| file.read_exact(&mut bytes))
            {
                // The first is kept; the later ones only follow from it.
                let _ = self.file.failed.set(e);
                bytes.fill(0);
            }
            window.1.clear();
            window.1.extend(
                bytes
                    .chunks_exact(8)
                    .map(|c| f64::from_le_bytes(c.try_into().unwrap_or_default())),
            );
            window.0 = block;
        }
        window.1[j]
    }
}

/// One person's points on one measure, in sitting order. They are held as the scores alone;
/// each [`Point`] (its changes, and whether they are reliable under the measure's norms) is
/// worked out as it is read, by [`point`], so a history of many sittings does not hold them.
#[derive(Debug, Clone, PartialEq)]
pub struct Points {
    scores: Column,
    norms: Option<Norms>,
}

impl Points {
    /// The points of these scores, their changes judged under `norms`.
    #[cfg(test)]
    pub fn new(scores: &[Option<f64>], norms: Option<&Norms>) -> Self {
        let mut column = Column::with_capacity(scores.len());
        for &s in scores {
            column.push(s);
        }
        Points {
            scores: column,
            norms: norms.cloned(),
        }
    }

    /// How many sittings.
    pub fn len(&self) -> usize {
        self.scores.len()
    }

    /// The score at sitting `i` (from 0).
    pub fn score(&self, i: usize) -> Option<f64> {
        self.scores.get(i)
    }

    /// The point of sitting `i` (from 0). Panics past the end, as indexing does.
    pub fn get(&self, i: usize) -> Point {
        let (first, previous) = if i == 0 {
            (None, None)
        } else {
            (self.score(0), self.score(i - 1))
        };
        point(i, self.score(i), first, previous, self.norms.as_ref())
    }

    /// Every point, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Point> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Whether a score of these (or of any series kept in the same temporary file) could
    /// not be read back: the points read since are not the sittings' own.
    pub fn unreadable(&self) -> bool {
        self.scores.unreadable()
    }
}

impl Serialize for Points {
    /// As the list of points it stands for, up to the first score that could not be read
    /// back from the temporary file it went to: the writing stops there, with an error, so
    /// no score that is not the sitting's own is ever written.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq as _};
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for point in self.iter() {
            if self.unreadable() {
                return Err(S::Error::custom(UNREADABLE));
            }
            seq.serialize_element(&point)?;
        }
        seq.end()
    }
}

/// What a JSON or CSV history cut short by an unreadable score says, for the command to put
/// in its own words ([`History::read_error`] has the system's).
pub(crate) const UNREADABLE: &str =
    "a score or sitting could not be read back from its temporary file";

/// The point of sitting `i` (from 0) with `score`: its change from the `first` sitting's
/// score and from the `previous` one's (none at the first sitting, or where either score is
/// missing), and whether each change is reliable under `norms`.
fn point(
    i: usize,
    score: Option<f64>,
    first: Option<f64>,
    previous: Option<f64>,
    norms: Option<&Norms>,
) -> Point {
    let change = |then: Option<f64>| Some(score? - then?);
    let reliable = |c: Option<f64>| Some(norms?.is_reliable(c?));
    let (from_first, from_previous) = (change(first), change(previous));
    Point {
        sitting: i + 1,
        score,
        change_from_first: from_first,
        change_from_previous: from_previous,
        reliable_from_first: reliable(from_first),
        reliable_from_previous: reliable(from_previous),
    }
}

/// The sittings of a history, in time order, held compactly: each sitting's time,
/// respondents and files on a [`Tape`] (in memory while they are few, past that in a
/// temporary file), and its questionnaire as one of the few distinct ones. [`SittingInfo`] is
/// what each stands for (and what JSON writes).
#[derive(Debug, Clone, Default)]
pub struct Sittings {
    kept: Rc<Kept>,
    /// The distinct questionnaires, in order of first use.
    instruments: Vec<Arc<Instrument>>,
}

/// The tape of [`Sittings`], and the first failure to write or read it.
#[derive(Debug, Default)]
struct Kept {
    tape: Tape,
    failed: OnceCell<io::Error>,
}

/// One sitting as [`Sittings`] keeps it.
struct Row {
    instrument: u32,
    completed: String,
    respondents: Vec<String>,
    sources: Vec<String>,
}

impl tape::Record for Row {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.instrument.to_le_bytes());
        tape::put_bytes(out, self.completed.as_bytes());
        for list in [&self.respondents, &self.sources] {
            out.extend_from_slice(&sittings::index(list.len()).to_le_bytes());
            for text in list {
                tape::put_bytes(out, text.as_bytes());
            }
        }
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = tape::Fields(bytes);
        let instrument = f.u32()?;
        let completed = f.text()?;
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = f.u32()?;
            for _ in 0..n {
                list.push(f.text()?);
            }
        }
        let [respondents, sources] = lists;
        f.done().then_some(Row {
            instrument,
            completed,
            respondents,
            sources,
        })
    }
}

impl Sittings {
    /// Sittings kept on `tape`.
    fn kept_on(tape: Tape) -> Self {
        Sittings {
            kept: Rc::new(Kept {
                tape,
                failed: OnceCell::new(),
            }),
            instruments: Vec::new(),
        }
    }

    /// Adds the next sitting (one that cannot be kept is told by [`Sittings::failed`]).
    pub fn push(
        &mut self,
        questionnaire: &Arc<Instrument>,
        completed: &str,
        respondents: &[String],
        sources: &[String],
    ) {
        let instrument = match self
            .instruments
            .iter()
            .position(|i| Arc::ptr_eq(i, questionnaire) || **i == **questionnaire)
        {
            Some(i) => i,
            None => {
                self.instruments.push(Arc::clone(questionnaire));
                self.instruments.len() - 1
            }
        };
        let row = Row {
            instrument: sittings::index(instrument),
            completed: completed.to_owned(),
            respondents: respondents.to_vec(),
            sources: sources.to_vec(),
        };
        // Pushed to only while the history is built, before anything shares it.
        let pushed = match Rc::get_mut(&mut self.kept) {
            Some(kept) if kept.failed.get().is_some() => return,
            Some(kept) => kept.tape.push(&row),
            None => Err(shared()),
        };
        if let Err(e) = pushed {
            let _ = self.kept.failed.set(e);
        }
    }

    /// Every sitting is pushed: they are written out, or the first failure to keep one is
    /// told.
    fn seal(&mut self) -> io::Result<()> {
        let Some(kept) = Rc::get_mut(&mut self.kept) else {
            return Err(shared());
        };
        if let Some(e) = kept.failed.take() {
            return Err(e);
        }
        kept.tape.seal()
    }

    /// The first failure to read the sittings back, as the system gave it.
    pub(crate) fn failed(&self) -> Option<&io::Error> {
        self.kept.failed.get()
    }

    /// How many sittings.
    pub fn len(&self) -> usize {
        self.kept.tape.len()
    }

    /// Every sitting, oldest first (up to one that cannot be read back: the history's
    /// [`History::read_error`] then says why).
    pub fn iter(&self) -> impl Iterator<Item = SittingRef<'_>> + '_ {
        let mut reader = self.kept.tape.reader();
        let mut sitting = 0;
        std::iter::from_fn(move || {
            let row = match reader.next::<Row>() {
                Ok(row) => row?,
                Err(e) => {
                    let _ = self.kept.failed.set(e);
                    return None;
                }
            };
            sitting += 1;
            Some(SittingRef {
                sitting,
                completed: row.completed,
                questionnaire: self.instruments.get(row.instrument as usize)?,
                respondents: row.respondents,
                sources: row.sources,
            })
        })
    }
}

/// The error of sittings pushed after the history was shared (which [`Builder`] never does).
fn shared() -> io::Error {
    io::Error::other("the sittings were shared before they were all kept")
}

impl PartialEq for Sittings {
    /// The same sittings, wherever they are kept.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .map(|s| s.info())
                .eq(other.iter().map(|s| s.info()))
    }
}

impl Serialize for Sittings {
    /// As the list of [`SittingInfo`] it stands for.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq as _};
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for s in self.iter() {
            seq.serialize_element(&s.info())?;
        }
        if self.failed().is_some() {
            return Err(S::Error::custom(UNREADABLE));
        }
        seq.end()
    }
}

/// One sitting of [`Sittings`], as read back.
#[derive(Debug, Clone)]
pub struct SittingRef<'a> {
    /// 1, 2, … in time order.
    pub sitting: usize,
    /// When it ended (RFC 3339).
    pub completed: String,
    /// The questionnaire exactly: id, version, sha256.
    pub questionnaire: &'a Instrument,
    respondents: Vec<String>,
    sources: Vec<String>,
}

impl SittingRef<'_> {
    /// Who answered at it, in order.
    pub fn respondents(&self) -> impl Iterator<Item = &str> + '_ {
        self.respondents.iter().map(String::as_str)
    }

    /// The sitting as JSON lists it.
    pub fn info(&self) -> SittingInfo {
        SittingInfo {
            sitting: self.sitting,
            completed: self.completed.clone(),
            questionnaire: self.questionnaire.clone(),
            respondents: self.respondents.clone(),
            sources: self.sources.clone(),
        }
    }
}

/// A group's or an index's name in English, as JSON writes it.
fn english_name(id: &str, kind: MeasureKind) -> String {
    render::english(|m| aggregate_name(id, kind, m))
}

#[cfg(test)]
mod tests;
