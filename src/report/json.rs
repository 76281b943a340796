//! `--format json`: the report as one indented JSON object (SPEC §7), numbers at full
//! precision: `serde_json`'s rendering of [`Report`]. The one-line form for JSON Lines is
//! [`crate::jsonl::JsonLines`].

use super::Report;

/// The report as indented JSON, ending in a newline.
pub fn render_json(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).expect("a report always serializes");
    out.push('\n');
    out
}
