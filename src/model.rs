//! The report value (SPEC §7): what [`crate::scoring`] makes and every renderer in
//! [`crate::report`] and [`crate::jsonl`] reads. The JSON renderer serializes [`Report`] as it
//! is, so its field names are the stable interface; `layout` carries display names for the
//! human formats and is never serialized.
//!
//! Its own room so that scoring builds a report without depending on the renderers.

use std::sync::Arc;

use serde::Serialize;

use crate::jsonl::{Keyed, Text};
use crate::questionnaire::{About, DimensionKind, Instrument, Questionnaire, Severity};

/// A scored report of one or two respondents.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// The instrument, so a score can be reproduced.
    pub questionnaire: Arc<Instrument>,
    /// Who answered, in order.
    pub respondents: Vec<String>,
    /// The two people: the first respondent, then their partner.
    pub people: [Person; 2],
    /// First person minus second, for everything scored.
    pub imbalance: Imbalance,
    /// Fired rules, in rule order, then person order.
    pub warnings: Vec<Warning>,
    /// What could not be scored and why; the neutral private-items line of a joint report.
    #[schemars(with = "Vec<String>")]
    pub notes: Vec<Note>,
    /// The questionnaire's resources, when SPEC §6 says to show them.
    pub resources: Option<Text>,
    /// Who has the say, side by side, for each `about = "both"` item both answered (SPEC §5).
    /// Left out of the JSON when there are none, so reports of questionnaires without such
    /// items are as they always were.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Display names for the human formats.
    #[serde(skip)]
    pub layout: Arc<Layout>,
    /// When each respondent finished, in `respondents` order: their answers' `completed`
    /// where it is an RFC 3339 time, else null (SPEC §10).
    pub completed: Vec<Option<String>>,
    /// Whom the report is for, which decides how private results are headed.
    #[serde(skip)]
    pub audience: Audience,
    /// Whether private results were left out (a joint report of a questionnaire with
    /// private items), so that no sentence may say that no rule fired.
    #[serde(skip)]
    pub private_left_out: bool,
    /// `"clinician"` in a clinician report (SPEC §6), as the JSON field `report`; absent
    /// from every other report, whose fields stay those of SPEC §7.
    #[serde(rename = "report", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The clinician report's next step (SPEC §6); `None`, and absent from the JSON, in
    /// every other report.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub next_step: Option<Note>,
    /// In a batch (`score --jsonl`), the input the answers came from: its name as given, `-`
    /// for standard input (SPEC §10). Absent from a report of whole files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Arc<str>>,
    /// In a batch, the line of `source` the answers were on, from 1. Absent from a report of
    /// whole files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

/// Whom a report is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Audience {
    /// One respondent's own answers.
    #[default]
    Own,
    /// Two respondents, private results left out.
    Joint,
    /// Two respondents with `--show-private`.
    Both,
    /// The therapist's report of a session: both people's private results (SPEC §6).
    Clinician,
}

/// One person's scores, each 0–100 or null.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Person {
    /// Their name.
    pub name: String,
    /// The language they answered in (a BCP 47 tag), when their answers said; absent
    /// otherwise, and for a partner who did not answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Weighted mean of their power scores.
    pub power_index: Option<f64>,
    /// Mean of their balance-marker scores.
    pub balance_index: Option<f64>,
    /// Weighted mean of the power scores in each group.
    pub groups: Keyed<Option<f64>>,
    /// Their score on each dimension the report shows.
    pub scores: Keyed<Option<f64>>,
    /// How they see themselves, and how the other sees them, on each dimension shown.
    pub views: Keyed<Views>,
}

/// A sentence the scoring engine writes into a report (a note, the clinician's next step):
/// its English text, which JSON and CSV write as it is, and what it says, so that the human
/// formats can say it in the report language.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    text: String,
    kind: NoteKind,
}

/// What a [`Note`] says, with the names and figures it says it with.
#[derive(Debug, Clone, PartialEq)]
pub enum NoteKind {
    /// Only `name` answered.
    OneAnswered {
        /// Who answered.
        name: String,
        /// The partner.
        other: String,
    },
    /// `name`'s answers have `"completed": null`.
    Unfinished {
        /// Whose answers.
        name: String,
    },
    /// Items `name` answered that do not apply.
    NotApplying {
        /// Who answered them.
        name: String,
        /// Their ids, joined with ", ".
        items: String,
    },
    /// Dimensions not scored from `name`'s answers.
    Unscored {
        /// Who answered.
        name: String,
        /// Whom the answers were about; `None`: about themselves.
        other: Option<String>,
        /// The dimensions.
        dimensions: Vec<Unscored>,
    },
    /// The neutral private-items line of a joint report.
    Private,
    /// The clinician's next step.
    NextStep {
        /// Whether a private or alert rule fired.
        fired: bool,
        /// Who answered none of the private questions.
        silent: Vec<String>,
    },
}

/// One dimension of a [`NoteKind::Unscored`]: its name and counts of its items.
#[derive(Debug, Clone, PartialEq)]
pub struct Unscored {
    /// Its name.
    pub dimension: String,
    /// How many of its items were answered.
    pub answered: usize,
    /// How many items it has.
    pub total: usize,
    /// How many it needs.
    pub needed: usize,
}

impl Note {
    /// A note that says `kind`, in English `text`.
    pub fn new(text: String, kind: NoteKind) -> Note {
        Note { text, kind }
    }

    /// Its English text, as JSON writes it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What it says.
    pub fn kind(&self) -> &NoteKind {
        &self.kind
    }

    /// Its text and what it says, taken apart (for their strings, to be used again).
    pub(crate) fn into_parts(self) -> (String, NoteKind) {
        (self.text, self.kind)
    }

    /// Its text and what it says, to be written anew in the memory they have.
    pub(crate) fn parts_mut(&mut self) -> (&mut String, &mut NoteKind) {
        (&mut self.text, &mut self.kind)
    }
}

impl std::ops::Deref for Note {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Note {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for Note {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// The two views of one person on one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Views {
    /// The person's own view of themselves.
    #[serde(rename = "self")]
    pub own: Option<f64>,
    /// The other respondent's view of them.
    pub partner: Option<f64>,
}

/// Signed differences, first person minus second; null where either side is null.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Imbalance {
    /// Of the power indices.
    pub power_index: Option<f64>,
    /// Of the balance indices.
    pub balance_index: Option<f64>,
    /// Of each group.
    pub groups: Keyed<Option<f64>>,
    /// Of each dimension shown.
    pub scores: Keyed<Option<f64>>,
}

/// A rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Warning {
    /// The rule's id.
    pub rule: Text,
    /// How serious.
    pub severity: Severity,
    /// Whom it is about (null for a pair-wide imbalance).
    pub person: Option<String>,
    /// The dimension, group or index it read.
    pub dimension: Option<Text>,
    /// The figure the rule compared.
    pub value: f64,
    /// The message, filled in.
    pub message: String,
    /// A question to talk about.
    pub prompt: Option<Text>,
    /// Where the threshold comes from.
    pub basis: Option<Text>,
    /// Whether it is a private result (shown only in one's own report or with `--show-private`).
    pub private: bool,
    /// In a report scored for JSON lines only ([`crate::scoring::Prepared::for_lines`]):
    /// the message's template and fills, `message` being left empty, for the line writer
    /// to write the message straight into the line. `None` in every other report.
    #[serde(skip)]
    pub(crate) unfilled: Option<crate::scoring::Unfilled>,
}

/// One `about = "both"` item as both people answered it, in one frame.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Decision {
    /// The item's id.
    pub item: Text,
    /// The first person's share of the say, 0–100 (100: all the first person, 50: both
    /// equally, 0: all the second person), as the first respondent answered, then the second.
    pub share: [f64; 2],
    /// Whether the two answers lean the same way: both toward the same person, or both even.
    pub agree: bool,
}

/// Names and kinds for display, in questionnaire order; only what the report shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// The questionnaire's title.
    pub title: String,
    /// The dimensions shown.
    pub dimensions: Vec<DimensionInfo>,
    /// The dimensions with CSV columns: every public one, and the private ones only with
    /// `--show-private`, so the columns are fixed by the questionnaire and the flags.
    pub columns: Vec<String>,
    /// The id and text of every `about = "both"` item, for the decisions side by side.
    pub decision_items: Vec<(String, String)>,
}

impl Layout {
    /// The layout of a report of `q` that shows `dimensions` (indices into
    /// [`Questionnaire::dimensions`]), with the private CSV columns when `private_columns`.
    pub fn new(q: &Questionnaire, dimensions: &[usize], private_columns: bool) -> Self {
        Layout {
            title: q.title.clone(),
            dimensions: dimensions
                .iter()
                .map(|&d| DimensionInfo {
                    id: q.dimensions[d].id.clone(),
                    name: q.dimensions[d].name.clone(),
                    kind: q.dimensions[d].kind,
                    group: q.dimensions[d].group.map(|g| q.groups[g].clone()),
                })
                .collect(),
            columns: q
                .dimensions
                .iter()
                .filter(|d| d.kind != DimensionKind::Context)
                .filter(|d| private_columns || !d.private)
                .map(|d| d.id.clone())
                .collect(),
            decision_items: q
                .items
                .iter()
                .filter(|i| i.about == About::Both)
                .map(|i| (i.id.clone(), i.text.clone()))
                .collect(),
        }
    }
}

/// One dimension's display name and kind.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionInfo {
    /// Its id, the key in `scores`.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// What it measures.
    pub kind: DimensionKind,
    /// The group it counts toward (power dimensions), e.g. `harsh`.
    pub group: Option<String>,
}

/// Rounds a score for display and for messages: whole points, halves away from zero.
pub fn whole(x: f64) -> i64 {
    x.round() as i64
}

/// Whether `text` is an RFC 3339 time, as the report keeps a `completed` time.
pub fn is_time(text: &str) -> bool {
    Time::parse(text).is_some()
}

/// An RFC 3339 time to the minute, with its offset from UTC (`None` for UTC itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Time<'a> {
    pub(crate) year: u32,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) offset: Option<&'a str>,
}

impl<'a> Time<'a> {
    /// `rfc3339` read as a time, `None` for anything that is not one (a day the month does
    /// not have included).
    pub(crate) fn parse(rfc3339: &'a str) -> Option<Time<'a>> {
        let s = rfc3339.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            s.get(r.clone())
                .filter(|d| d.iter().all(u8::is_ascii_digit))
                .and_then(|_| rfc3339[r].parse::<u32>().ok())
        };
        let sep = |i: usize, c: &[u8]| s.get(i).is_some_and(|b| c.contains(b));
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let (hour, minute) = (digits(11..13)?, digits(14..16)?);
        if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":")) {
            return None;
        }
        // A day the month has (30 Feb is no date), by the Gregorian calendar.
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=12).contains(&month) || !(1..=days).contains(&day) || hour > 23 || minute > 59 {
            return None;
        }
        // Seconds and a fraction are optional to us; the zone is not.
        let mut rest = &rfc3339[16..];
        if let Some(r) = rest.strip_prefix(':') {
            let end = r.find(|c: char| !c.is_ascii_digit() && c != '.')?;
            rest = &r[end..];
        }
        let offset = match rest {
            "Z" | "z" | "+00:00" => None,
            offset if offset.len() == 6 && (offset.starts_with('+') || offset.starts_with('-')) => {
                Some(offset)
            }
            _ => return None,
        };
        Some(Time {
            year,
            month,
            day,
            hour,
            minute,
            offset,
        })
    }
}
