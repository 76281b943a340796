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
    let mut out = Vec::new();
    write_json_line(report, &mut out);
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Appends the report as one line of JSON, ending in a newline, to a reused buffer.
pub fn write_json_line(report: &Report, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, report).expect("a report always serializes");
    out.push(b'\n');
}
