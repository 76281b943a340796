//! The report: what scoring produces and every renderer reads (SPEC §7).
//!
//! The JSON renderer serializes this type as it is, so its field names are the stable
//! interface; `layout` carries display names for the human formats and is never serialized.

pub(crate) mod csv;
mod display;
pub(crate) mod html;
mod json;
pub(crate) mod markdown;
pub(crate) mod svg;
pub(crate) mod table;

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

pub use crate::jsonl::{JsonLines, Keyed, Keys, Text};
pub use csv::{CsvRows, csv_header, csv_rows, render_csv, spreadsheet_safe};
pub use html::render_html;
pub use json::render_json;
pub use markdown::render_markdown;
pub use table::render_table;

/// Which questionnaire a report is of; at home in [`crate::questionnaire`], named here too.
pub use crate::questionnaire::Instrument;

pub(crate) use display::{DASH, group_name, score, when};

/// The formats a report renders to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text tables with bars, for a terminal.
    Table,
    /// One JSON object (SPEC §7).
    Json,
    /// Markdown, for session notes.
    Markdown,
    /// One self-contained HTML page with charts.
    Html,
    /// One row per person.
    Csv,
}

impl Format {
    /// The format a file name asks for: `.json`, `.md`/`.markdown`, `.html`/`.htm`, `.csv`
    /// (any case); a table for `.txt` or no extension. `None` for any other extension
    /// (`report.pdf`), which would promise a format that is not written.
    pub fn for_path(path: &Path) -> Option<Format> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        Some(match ext.as_deref() {
            Some("json") => Format::Json,
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            Some("csv") => Format::Csv,
            None | Some("txt" | "text") => Format::Table,
            Some(_) => return None,
        })
    }
}

/// The width the text report is laid out for; a narrower terminal gets its own width.
pub const WIDTH: u16 = 80;

/// How the human formats look: decided once at the edge, never by a renderer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// Colour on (already decided from `--color`, `NO_COLOR`, `TERM` and the terminal).
    pub color: bool,
    /// The width in columns of the text report; `None` is [`WIDTH`].
    pub width: Option<u16>,
}

/// Renders a report in a format.
pub fn render(report: &Report, format: Format, style: Style) -> String {
    match format {
        Format::Table => render_table(report, style),
        Format::Json => render_json(report),
        Format::Markdown => render_markdown(report),
        Format::Html => render_html(report),
        Format::Csv => render_csv(report),
    }
}

use crate::questionnaire::{DimensionKind, Severity};

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
    pub notes: Vec<String>,
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
    pub next_step: Option<String>,
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

/// Whether `text` is an RFC 3339 time, as the report keeps a `completed` time.
pub fn is_time(text: &str) -> bool {
    display::when(text).is_some()
}

/// One person's scores, each 0–100 or null.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Person {
    /// Their name.
    pub name: String,
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

/// The line every report carries: what the numbers are, and are not.
pub const NOT_A_DIAGNOSIS: &str = "These scores describe how the answers were given. \
They are a starting point for a conversation, not a diagnosis or a judgement of anyone.";

/// Rounds a score for display and for messages: whole points, halves away from zero.
pub fn whole(x: f64) -> i64 {
    x.round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_picks_the_format() {
        for (name, format) in [
            ("r.json", Format::Json),
            ("r.md", Format::Markdown),
            ("notes/r.Markdown", Format::Markdown),
            ("r.HTML", Format::Html),
            ("r.htm", Format::Html),
            ("r.csv", Format::Csv),
            ("r.txt", Format::Table),
            ("report", Format::Table),
            (".md", Format::Table),
        ] {
            assert_eq!(Format::for_path(Path::new(name)), Some(format), "{name}");
        }
        assert_eq!(Format::for_path(Path::new("report.pdf")), None);
    }
}
