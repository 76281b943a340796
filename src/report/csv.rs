//! `--format csv`: one row per person, columns fixed by the questionnaire and the flags.
//!
//! The columns are the same for every report of one questionnaire, whether it covers one
//! respondent or two, so a batch writes one header and many rows. A private dimension has
//! columns only with `--show-private`: without it a joint report could only leave them empty,
//! and a column that is always empty has no type for DuckDB or pandas to infer. Column names,
//! in order:
//!
//! `report, questionnaire, version, person, other, answered, power_index, balance_index`,
//! then `group_<g>` per group, then per dimension `<d>`, `<d>_self`, `<d>_partner`,
//! then `warnings` and `alerts` (rules that fired about this person or the pair), then
//! `source` and `line` (a batch's input and line, SPEC §10) and `completed` (when this person
//! finished answering); a clinician report adds `next_step`.

use std::borrow::Cow;

use super::Report;
use crate::questionnaire::Severity;

/// The header row for reports of this report's questionnaire, ending in a newline.
pub fn csv_header(report: &Report) -> String {
    let mut cols: Vec<String> = [
        "report",
        "questionnaire",
        "version",
        "person",
        "other",
        "answered",
        "power_index",
        "balance_index",
    ]
    .map(str::to_owned)
    .to_vec();
    cols.extend(report.people[0].groups.keys().map(|g| format!("group_{g}")));
    for d in &report.layout.columns {
        cols.extend([d.clone(), format!("{d}_self"), format!("{d}_partner")]);
    }
    cols.extend(["warnings", "alerts", "source", "line", "completed"].map(str::to_owned));
    if report.next_step.is_some() {
        cols.push("next_step".to_owned());
    }
    let cols: Vec<String> = cols
        .iter()
        .map(|c| spreadsheet_safe(c).into_owned())
        .collect();
    record(&cols)
}

/// The two rows of one report (numbered `number` in a batch), each ending in a newline.
pub fn csv_rows(report: &Report, number: u64) -> String {
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let mut w = csv::Writer::from_writer(Vec::new());
    for (i, p) in report.people.iter().enumerate() {
        let other = &report.people[1 - i].name;
        let mut cells = vec![
            number.to_string(),
            spreadsheet_safe(&report.questionnaire.id).into_owned(),
            spreadsheet_safe(&report.questionnaire.version).into_owned(),
            spreadsheet_safe(&p.name).into_owned(),
            spreadsheet_safe(other).into_owned(),
            report.respondents.contains(&p.name).to_string(),
            num(p.power_index),
            num(p.balance_index),
        ];
        cells.extend(p.groups.values().map(|g| num(*g)));
        // Every column is a dimension the report shows (the private ones only when it shows
        // them).
        for d in &report.layout.columns {
            match (p.scores.get(d), p.views.get(d)) {
                (Some(score), Some(views)) => {
                    cells.extend([num(*score), num(views.own), num(views.partner)]);
                }
                _ => cells.extend([String::new(), String::new(), String::new()]),
            }
        }
        let concerning = report
            .warnings
            .iter()
            .filter(|w| w.person.as_ref().is_none_or(|n| n == &p.name));
        let (warnings, alerts) = concerning.fold((0, 0), |(w, a), x| match x.severity {
            Severity::Alert => (w, a + 1),
            Severity::Warning => (w + 1, a),
            Severity::Info => (w, a),
        });
        let completed = report
            .respondents
            .iter()
            .position(|r| *r == p.name)
            .and_then(|i| report.completed.get(i).cloned().flatten());
        cells.extend([
            warnings.to_string(),
            alerts.to_string(),
            spreadsheet_safe(report.source.as_deref().unwrap_or_default()).into_owned(),
            report.line.map(|n| n.to_string()).unwrap_or_default(),
            completed.unwrap_or_default(),
        ]);
        if let Some(step) = &report.next_step {
            cells.push(step.clone());
        }
        // Writing to a Vec cannot fail, and every row has the same number of fields.
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The whole report as CSV: header and two rows.
pub fn render_csv(report: &Report) -> String {
    csv_header(report) + &csv_rows(report, 1)
}

/// A text cell as a spreadsheet may be given it: one that begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return, which a spreadsheet would run as a formula, gets a leading
/// single quote (OWASP, "CSV Injection"), so `=HYPERLINK(…)` shows as the text it is. Every
/// text cell of every CSV output goes through it; numbers do not, and are never negative.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// One CSV record, quoted where needed (names may hold commas or quotes).
pub(crate) fn record(cells: &[String]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail, and the record has a fixed number of fields.
    let _ = w.write_record(cells);
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formula_cells_get_a_leading_quote() {
        for cell in [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-1+1",
            "@SUM(1+1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(spreadsheet_safe(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Alex", "1.0.0", "a=b", " =1", ""] {
            assert_eq!(spreadsheet_safe(cell), cell, "{cell:?}");
        }
    }
}
