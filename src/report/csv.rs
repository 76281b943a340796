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
            report.questionnaire.id.clone(),
            report.questionnaire.version.clone(),
            p.name.clone(),
            other.clone(),
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
            report.source.as_deref().unwrap_or_default().to_owned(),
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

/// One CSV record, quoted where needed (names may hold commas or quotes).
pub(crate) fn record(cells: &[String]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail, and the record has a fixed number of fields.
    let _ = w.write_record(cells);
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
