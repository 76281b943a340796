//! `--format table`: the people side by side, the differences, warnings and notes.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use super::{NOT_A_DIAGNOSIS, Report, whole};
use crate::questionnaire::{DimensionKind, Severity};

/// Renders the report as text tables. `width` fixes the table width (for tests); `None`
/// lets the table fit the terminal.
pub fn render_table(report: &Report, width: Option<u16>) -> String {
    let [a, b] = &report.people;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {})",
        report.layout.title, report.questionnaire.id, report.questionnaire.version
    );
    let _ = match report.respondents.as_slice() {
        [one] => writeln!(
            out,
            "Answered by {one} only: {}'s scores are {one}'s view of {}.",
            other(report, one),
            other(report, one)
        ),
        _ => writeln!(out, "Answered by {} and {}.", a.name, b.name),
    };

    let section = |title: &str, kind: DimensionKind, out: &mut String| {
        let mut rows: Vec<[String; 4]> = report
            .layout
            .dimensions
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| {
                row(
                    report,
                    &d.name,
                    a.scores[&d.id],
                    b.scores[&d.id],
                    report.imbalance.scores[&d.id],
                )
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        match kind {
            DimensionKind::Power => {
                for (g, diff) in &report.imbalance.groups {
                    rows.push(row(report, &group_name(g), a.groups[g], b.groups[g], *diff));
                }
                rows.push(row(
                    report,
                    "Power index",
                    a.power_index,
                    b.power_index,
                    report.imbalance.power_index,
                ));
            }
            DimensionKind::Marker => rows.push(row(
                report,
                "Balance index",
                a.balance_index,
                b.balance_index,
                report.imbalance.balance_index,
            )),
            DimensionKind::Risk => {}
        }
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(vec![title, &a.name, &b.name, "Difference"]);
        if let Some(w) = width {
            table.set_width(w);
        }
        for r in rows {
            table.add_row(r);
        }
        for c in 1..=2 {
            if let Some(col) = table.column_mut(c) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        let _ = writeln!(out, "\n{table}");
    };
    section("Power base (0–100)", DimensionKind::Power, &mut out);
    section("Balance marker (0–100)", DimensionKind::Marker, &mut out);
    section("Safety (0–100)", DimensionKind::Risk, &mut out);

    if report.warnings.is_empty() {
        let _ = writeln!(out, "\nNo rule of this questionnaire fired.");
    }
    for severity in [Severity::Alert, Severity::Warning, Severity::Info] {
        let fired: Vec<_> = report
            .warnings
            .iter()
            .filter(|w| w.severity == severity)
            .collect();
        if fired.is_empty() {
            continue;
        }
        let heading = match severity {
            Severity::Alert => "Alerts",
            Severity::Warning => "Worth talking about",
            Severity::Info => "Good to know",
        };
        let _ = writeln!(out, "\n{heading}");
        for w in fired {
            let _ = writeln!(out, "  - {}", w.message);
            if let Some(p) = &w.prompt {
                let _ = writeln!(out, "    To talk about: {p}");
            }
        }
    }
    if !report.notes.is_empty() {
        let _ = writeln!(out, "\nNotes");
        for n in &report.notes {
            let _ = writeln!(out, "  - {n}");
        }
    }
    if let Some(r) = &report.resources {
        let _ = writeln!(out, "\nIf you need support\n  {}", r.trim());
    }
    let _ = writeln!(out, "\n{NOT_A_DIAGNOSIS}");
    out
}

fn other<'a>(report: &'a Report, name: &str) -> &'a str {
    let [a, b] = &report.people;
    if a.name == name { &b.name } else { &a.name }
}

fn group_name(id: &str) -> String {
    let mut chars = id.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} bases", chars.as_str())
}

fn cell(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| whole(v).to_string())
}

/// A row: name, both scores, and the difference said as who is higher and by how much.
fn row(
    report: &Report,
    name: &str,
    a: Option<f64>,
    b: Option<f64>,
    diff: Option<f64>,
) -> [String; 4] {
    let [pa, pb] = &report.people;
    let difference = match diff.map(whole) {
        None => "–".to_owned(),
        Some(0) => "even".to_owned(),
        Some(d) if d > 0 => format!("{} +{d}", pa.name),
        Some(d) => format!("{} +{}", pb.name, -d),
    };
    [name.to_owned(), cell(a), cell(b), difference]
}
