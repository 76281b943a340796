//! The renderers: a [`Report`] (the value scoring makes, in [`crate::model`]) to text or
//! bytes, one file per format (SPEC §7). Pure: they never recompute a score. The one-line
//! JSON form for batches is in [`crate::jsonl`].

pub(crate) mod csv;
mod display;
pub(crate) mod html;
mod json;
pub(crate) mod markdown;
pub(crate) mod svg;
pub(crate) mod table;

use std::path::Path;

use crate::i18n::Lang;

pub use csv::{CsvRows, csv_header, csv_rows, render_csv};
pub use html::render_html;
pub use json::render_json;
pub use markdown::render_markdown;
pub use table::render_table;

/// The report value, at home in `crate::model`, named here too.
pub use crate::model::{Audience, DimensionInfo, Report, Warning, is_time, whole};

/// Which questionnaire a report is of; at home in [`crate::questionnaire`], named here too.
pub use crate::questionnaire::Instrument;

pub(crate) use display::{DASH, and_list, group_name, score, when};

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
    /// The width in columns of the text report; `None` is `WIDTH`.
    pub width: Option<u16>,
    /// The report language of the human formats: their words and how their decimals are
    /// written. JSON and CSV do not read it.
    pub lang: Lang,
}

/// Renders a report in a format.
pub fn render(report: &Report, format: Format, style: Style) -> String {
    // A report scored for JSON lines (`Prepared::for_lines`) holds its messages unfilled,
    // for `JsonLines` alone to write: rendered here, they would be empty.
    debug_assert!(
        report.warnings.iter().all(|w| w.unfilled.is_none()),
        "a report scored for JSON lines is written by JsonLines alone"
    );
    match format {
        Format::Table => render_table(report, style),
        Format::Json => render_json(report),
        Format::Markdown => render_markdown(report, style.lang),
        Format::Html => render_html(report, style.lang),
        Format::Csv => render_csv(report),
    }
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
