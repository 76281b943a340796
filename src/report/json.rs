//! `--format json`: the report as one JSON object (SPEC §7), numbers at full precision.

use super::Report;

/// The report as indented JSON, ending in a newline.
pub fn render_json(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).expect("a report always serializes");
    out.push('\n');
    out
}

/// The report as one line of JSON (for JSON Lines), ending in a newline.
pub fn render_json_line(report: &Report) -> String {
    let mut out = serde_json::to_string(report).expect("a report always serializes");
    out.push('\n');
    out
}
