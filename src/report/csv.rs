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
use crate::jsonl::write::Numbers;
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
    let mut out = Vec::new();
    CsvRows::default().write(report, number, &mut out);
    String::from_utf8(out).expect("the rows of a report are UTF-8")
}

/// Writes the rows of many reports, remembering how it wrote recent numbers (as
/// [`super::JsonLines`] does): no string per cell, no writer per report. Quoting is the
/// `csv` crate's (a field with a comma, a quote or a line break goes in quotes, its quotes
/// doubled); a test holds the two to the same bytes.
#[derive(Debug, Clone, Default)]
pub struct CsvRows {
    numbers: Numbers,
}

impl CsvRows {
    /// Appends the two rows of `report` (numbered `number`) to `out`.
    pub fn write(&mut self, report: &Report, number: u64, out: &mut Vec<u8>) {
        let mut row = Row {
            out,
            numbers: &mut self.numbers,
            first: true,
        };
        for (i, p) in report.people.iter().enumerate() {
            let other = &report.people[1 - i].name;
            row.first = true;
            row.integer(number);
            row.text(&report.questionnaire.id);
            row.text(&report.questionnaire.version);
            row.text(&p.name);
            row.text(other);
            row.field(if report.respondents.contains(&p.name) {
                "true"
            } else {
                "false"
            });
            row.number(p.power_index);
            row.number(p.balance_index);
            for g in p.groups.values() {
                row.number(*g);
            }
            // Every column is a dimension the report shows (the private ones only when it
            // shows them), in the order of the scores, so each is found at the first look.
            let (mut at_score, mut at_view) = (0, 0);
            for d in &report.layout.columns {
                match (p.scores.get_from(at_score, d), p.views.get_from(at_view, d)) {
                    (Some((i, score)), Some((j, views))) => {
                        (at_score, at_view) = (i + 1, j + 1);
                        row.number(*score);
                        row.number(views.own);
                        row.number(views.partner);
                    }
                    _ => (0..3).for_each(|_| row.field("")),
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
                .and_then(|i| report.completed.get(i))
                .and_then(Option::as_deref);
            row.integer(warnings);
            row.integer(alerts);
            row.text(report.source.as_deref().unwrap_or_default());
            match report.line {
                Some(n) => row.integer(n),
                None => row.field(""),
            }
            row.field(completed.unwrap_or_default());
            if let Some(step) = &report.next_step {
                row.field(step);
            }
            row.out.push(b'\n');
        }
    }
}

/// A CSV row being written.
struct Row<'a> {
    out: &'a mut Vec<u8>,
    numbers: &'a mut Numbers,
    first: bool,
}

impl Row<'_> {
    /// A field as it is, quoted where needed.
    fn field(&mut self, cell: &str) {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
        let bytes = cell.as_bytes();
        if !bytes
            .iter()
            .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        {
            return self.out.extend_from_slice(bytes);
        }
        self.out.push(b'"');
        for part in bytes.split_inclusive(|&b| b == b'"') {
            self.out.extend_from_slice(part);
            if part.ends_with(b"\"") {
                self.out.push(b'"');
            }
        }
        self.out.push(b'"');
    }

    /// A text cell from a file or a name ([`spreadsheet_safe`]).
    fn text(&mut self, cell: &str) {
        self.field(&spreadsheet_safe(cell));
    }

    fn integer(&mut self, n: impl itoa::Integer) {
        self.field(itoa::Buffer::new().format(n));
    }

    /// A number as Rust's `Display` writes it (shortest exact form, never an exponent), or
    /// an empty cell.
    fn number(&mut self, x: Option<f64>) {
        match x {
            None => self.field(""),
            Some(x) => {
                if !std::mem::take(&mut self.first) {
                    self.out.push(b',');
                }
                self.numbers.write(x, self.out, |x, out| {
                    use std::io::Write;
                    let _ = write!(out, "{x}");
                });
            }
        }
    }
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
    use super::*;

    /// The hand-written fields are quoted as the `csv` crate quotes them.
    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let cells = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\r",
            ",",
            "Zoë",
            " x ",
            "'=1",
            "a\"b,c\nd\"",
        ];
        for cell in cells {
            let cells = [cell.to_owned(), "1".to_owned(), cell.to_owned()];
            let mut out = Vec::new();
            let mut numbers = Numbers::default();
            let mut row = Row {
                out: &mut out,
                numbers: &mut numbers,
                first: true,
            };
            row.field(cell);
            row.number(Some(1.0));
            row.field(cell);
            out.push(b'\n');
            assert_eq!(String::from_utf8(out).unwrap(), record(&cells), "{cell:?}");
        }
    }

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
