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
use std::sync::Arc;

use super::Report;
use crate::jsonl::Keys;
use crate::jsonl::write::{
    Format, NUMBER_ROOM, Numbers, NumbersInPlace, ONES, ROOM, SLACK, Scratch, any_byte, below,
};
use crate::model::{Layout, Person};
use crate::questionnaire::{Instrument, Severity};

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
    numbers: Numbers<DisplayNumber>,
    /// Where a row's numbers are written before they are copied into it at once.
    scratch: Scratch,
    /// Where the last reports kept each column's score and views.
    columns: Option<Columns>,
    /// The last questionnaire written, and its two cells as a row has them (`,id,version`).
    instrument: Option<(Arc<Instrument>, Vec<u8>)>,
    /// The last input named (`source`), and its cell as a row has it (`,source`): a batch
    /// names the same input on every line.
    source: Option<(Arc<str>, Vec<u8>)>,
    /// The cells of the report's two names (`,name`), each made once for the two rows.
    names: [Vec<u8>; 2],
}

/// Where each CSV column's dimension is in a person's `scores` and `views`, for reports of
/// one layout and the keys of those maps: every report of a questionnaire shares them, so
/// the places are found once, not by name in every row.
#[derive(Debug, Clone)]
struct Columns {
    layout: Arc<Layout>,
    scores: Arc<Keys>,
    views: Arc<Keys>,
    /// Per column, its places in `scores` and in `views` (`None`: the report leaves it out).
    at: Vec<Option<(usize, usize)>>,
    /// Whether the columns are the first scores and views, in their order (as they mostly
    /// are: a dimension left out is a private one, and those come last), so a row takes them
    /// in turn with no places looked at.
    in_order: bool,
}

impl Columns {
    /// The places of `layout`'s columns in `p`'s maps.
    fn of(layout: &Arc<Layout>, p: &Person) -> Self {
        // The columns are in the order of the scores, so each is found at the first look.
        let (mut at_score, mut at_view) = (0, 0);
        let at = layout
            .columns
            .iter()
            .map(|d| {
                let (i, _) = p.scores.get_from(at_score, d)?;
                let (j, _) = p.views.get_from(at_view, d)?;
                (at_score, at_view) = (i + 1, j + 1);
                Some((i, j))
            })
            .collect::<Vec<_>>();
        let in_order = at.iter().enumerate().all(|(k, &at)| at == Some((k, k)));
        Columns {
            layout: layout.clone(),
            scores: p.scores.shared_keys().clone(),
            views: p.views.shared_keys().clone(),
            at,
            in_order,
        }
    }

    /// Whether these are the places for `p` in a report of `layout`.
    fn fit(&self, layout: &Arc<Layout>, p: &Person) -> bool {
        Arc::ptr_eq(&self.layout, layout)
            && p.scores.has_keys(&self.scores)
            && p.views.has_keys(&self.views)
    }
}

impl CsvRows {
    /// Appends the two rows of `report` (numbered `number`) to `out`.
    pub fn write(&mut self, report: &Report, number: u64, out: &mut Vec<u8>) {
        let instrument = match &self.instrument {
            Some((last, cells)) if Arc::ptr_eq(last, &report.questionnaire) => cells,
            _ => {
                let mut cells = Vec::new();
                let mut row = Row {
                    out: &mut cells,
                    first: false,
                };
                row.text(&report.questionnaire.id);
                row.text(&report.questionnaire.version);
                &self
                    .instrument
                    .insert((report.questionnaire.clone(), cells))
                    .1
            }
        };
        let source = match (&self.source, &report.source) {
            (Some((last, cell)), Some(source)) if Arc::ptr_eq(last, source) => cell,
            (_, Some(source)) => {
                let mut cell = Vec::new();
                Row {
                    out: &mut cell,
                    first: false,
                }
                .text(source);
                &self.source.insert((source.clone(), cell)).1
            }
            (_, None) => &b","[..],
        };
        for (cell, p) in self.names.iter_mut().zip(&report.people) {
            cell.clear();
            Row {
                out: cell,
                first: false,
            }
            .text(&p.name);
        }
        // Both rows start with the number, and end with the line, most often the same:
        // each written in digits once.
        let mut number_digits = itoa::Buffer::new();
        let number_text = number_digits.format(number);
        let mut line_digits = itoa::Buffer::new();
        let line_text = report.line.map(|n| {
            if n == number {
                number_text
            } else {
                line_digits.format(n)
            }
        });
        let mut row = Row { out, first: true };
        for (i, p) in report.people.iter().enumerate() {
            row.first = true;
            row.digits(number_text);
            row.out.extend_from_slice(instrument);
            row.out.extend_from_slice(&self.names[i]);
            row.out.extend_from_slice(&self.names[1 - i]);
            // Whether this person answered, and where their time is: one look for both.
            let answered = report.respondents.iter().position(|r| *r == p.name);
            row.out.extend_from_slice(if answered.is_some() {
                b",true"
            } else {
                b",false"
            });
            let mut cells = Cells {
                out: &mut *row.out,
                numbers: self.numbers.in_place(),
                buf: &mut self.scratch.0,
                at: 0,
            };
            cells.cell(p.power_index);
            cells.cell(p.balance_index);
            for g in p.groups.values() {
                cells.cell(*g);
            }
            // Every column is a dimension the report shows (the private ones only when it
            // shows them).
            let columns = match &mut self.columns {
                Some(c) if c.fit(&report.layout, p) => c,
                slot => slot.insert(Columns::of(&report.layout, p)),
            };
            if columns.in_order {
                let places = p.scores.values().zip(p.views.values());
                for (&score, views) in places.take(columns.at.len()) {
                    cells.cell(score);
                    cells.cell(views.own);
                    cells.cell(views.partner);
                }
            } else {
                for at in &columns.at {
                    let place = at.and_then(|(i, j)| Some((p.scores.at(i)?, p.views.at(j)?)));
                    match place {
                        Some((score, views)) => {
                            cells.cell(*score);
                            cells.cell(views.own);
                            cells.cell(views.partner);
                        }
                        None => (0..3).for_each(|_| cells.cell(None)),
                    }
                }
            }
            cells.flush();
            let concerning = report
                .warnings
                .iter()
                .filter(|w| w.person.as_ref().is_none_or(|n| n == &p.name));
            let (warnings, alerts) = concerning.fold((0, 0), |(w, a), x| match x.severity {
                Severity::Alert => (w, a + 1),
                Severity::Warning => (w + 1, a),
                Severity::Info => (w, a),
            });
            let completed = answered
                .and_then(|i| report.completed.get(i))
                .and_then(Option::as_deref);
            row.small(warnings);
            row.small(alerts);
            row.out.extend_from_slice(source);
            match line_text {
                Some(digits) => row.digits(digits),
                None => row.out.push(b','),
            }
            match completed {
                Some(time) => row.field(time),
                None => row.out.push(b','),
            }
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
    first: bool,
}

impl Row<'_> {
    /// A field as it is, quoted where needed.
    fn field(&mut self, cell: &str) {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
        let bytes = cell.as_bytes();
        if !needs_quotes(bytes) {
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

    /// A count after the first cell, which is mostly one digit: written as its byte then.
    fn small(&mut self, n: u32) {
        match u8::try_from(n) {
            Ok(digit @ 0..=9) if !self.first => self.out.extend_from_slice(&[b',', b'0' + digit]),
            _ => self.integer(n),
        }
    }

    /// An integer, which never needs quotes.
    fn integer(&mut self, n: impl itoa::Integer) {
        self.digits(itoa::Buffer::new().format(n));
    }

    /// An integer's digits, which never need quotes.
    fn digits(&mut self, digits: &str) {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
        self.out.extend_from_slice(digits.as_bytes());
    }
}

/// A run of number cells after the first of a row, each a comma and the number as Rust's
/// `Display` writes it (shortest exact form, never an exponent) or nothing: written by
/// place into a [`Scratch`], every index cut to [`ROOM`] so no copy is checked, and copied
/// into the row whenever the scratch is nearly full, and at the end ([`Cells::flush`]).
struct Cells<'a> {
    out: &'a mut Vec<u8>,
    numbers: NumbersInPlace<'a, DisplayNumber>,
    buf: &'a mut [u8; ROOM + SLACK],
    at: usize,
}

/// Bytes a cell may take: its comma and a number.
const CELL: usize = 1 + NUMBER_ROOM;

impl Cells<'_> {
    #[inline(always)]
    fn cell(&mut self, x: Option<f64>) {
        if self.at > ROOM - CELL {
            self.flush();
        }
        let at = self.at & (ROOM - 1);
        self.buf[at] = b',';
        self.at = match x {
            Some(x) => match self.numbers.write_at(x, self.buf, (at + 1) & (ROOM - 1)) {
                Some(end) => end,
                // Too long to write in place: the cells so far, then it, go into the row.
                None => {
                    self.out.extend_from_slice(&self.buf[..at + 1]);
                    self.out.extend_from_slice(self.numbers.too_long());
                    0
                }
            },
            None => at + 1,
        };
    }

    /// Copies the cells written into the row.
    fn flush(&mut self) {
        self.out.extend_from_slice(&self.buf[..self.at]);
        self.at = 0;
    }
}

/// Numbers as Rust's `Display` writes them, in a CSV cell.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DisplayNumber;

impl Format for DisplayNumber {
    fn write(x: f64, out: &mut Vec<u8>) {
        use std::io::Write;
        let _ = write!(out, "{x}");
    }
}

/// Whether a cell goes in quotes: it holds a comma, a quote or a line break.
fn needs_quotes(bytes: &[u8]) -> bool {
    let is = |w: u64, c: u8| below(w ^ (ONES * u64::from(c)), 1);
    any_byte(
        bytes,
        |b| matches!(b, b',' | b'"' | b'\r' | b'\n'),
        |w| is(w, b',') | is(w, b'"') | is(w, b'\r') | is(w, b'\n') != 0,
    )
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
            // Past a word, and past a block, with what is quoted first, last or not at all.
            "eight by",
            "nine, byte",
            "sixteen bytes ok",
            "seventeen bytes,x",
            "seventeen bytes\"x",
            "\rthe rest of a long cell, past one block and into the next",
            "a long cell with nothing to quote past one block\n",
            "Zoë Ünïcödé 名前 and no comma anywhere",
        ];
        for cell in cells {
            let cells = [cell.to_owned(), "1".to_owned(), cell.to_owned()];
            let mut out = Vec::new();
            let mut numbers = Numbers::default();
            let mut scratch = Scratch::default();
            let mut row = Row {
                out: &mut out,
                first: true,
            };
            row.field(cell);
            let mut run = Cells {
                out: &mut *row.out,
                numbers: numbers.in_place(),
                buf: &mut scratch.0,
                at: 0,
            };
            run.cell(Some(1.0));
            run.flush();
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

    /// Every byte value, at every place of cells of every length up to three blocks, is
    /// judged as a byte-by-byte look judges it.
    #[test]
    fn needs_quotes_is_a_look_at_every_byte() {
        let amid = [b'a', b'+', b'-', 0x0b, 0x0c, 0x21, 0x80, 0xff];
        crate::jsonl::write::judged_as_every_byte(needs_quotes, |b| b",\"\r\n".contains(&b), &amid);
    }

    /// A run of number cells is what `Display` writes, a comma before each: awkward
    /// values, empty cells, numbers new to the table and not, and runs long enough to fill
    /// the scratch many times over (so it is copied out part way).
    #[test]
    fn number_cells_are_what_display_writes() {
        let awkward = [
            Some(0.0),
            Some(-0.0),
            None,
            Some(1e-7),
            Some(1e300),
            Some(-5e-324),
            Some(33.333333333333336),
            Some(1e21),
            Some(f64::MAX),
            Some(-2.2250738585072014e-308),
            Some(5e-324),
            Some(f64::NAN),
            Some(f64::INFINITY),
            None,
        ];
        let mut numbers = Numbers::default();
        let mut scratch = Scratch::default();
        for len in [
            0,
            1,
            11,
            12,
            13,
            ROOM / CELL,
            ROOM / CELL + 1,
            3 * ROOM / 10,
        ] {
            // Every value at every place of the scratch, the long ones too.
            for round in 0..awkward.len() {
                let values: Vec<Option<f64>> = (0..len)
                    .map(|n| awkward[(n * 7 + round) % awkward.len()])
                    .collect();
                let mut out = b"x".to_vec();
                let mut cells = Cells {
                    out: &mut out,
                    numbers: numbers.in_place(),
                    buf: &mut scratch.0,
                    at: 0,
                };
                values.iter().for_each(|&x| cells.cell(x));
                cells.flush();
                let expected: String = values
                    .iter()
                    .map(|x| x.map_or(",".to_owned(), |x| format!(",{x}")))
                    .collect();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    format!("x{expected}"),
                    "{len}"
                );
            }
        }
    }

    /// One writer for the reports of every questionnaire, shown with and without private
    /// results (so its places of the columns are found again), writes what a fresh one does.
    #[test]
    fn rows_from_one_writer_are_those_of_a_fresh_one() {
        use crate::answers::pair_of;
        use crate::questionnaire::ALL_VERSIONS;
        use crate::scoring::{Options, Prepared};
        use crate::simulate::Simulation;
        let mut rows = CsvRows::default();
        let mut in_order = false;
        let sources: [Option<Arc<str>>; 4] = [
            Some("in,put \"1\".jsonl".into()),
            Some("in,put \"1\".jsonl".into()),
            None,
            Some("@two".into()),
        ];
        for round in 0..2 {
            for b in ALL_VERSIONS {
                let q = b.load().unwrap();
                let prepared = Prepared::new(&q);
                for pairs in [false, true] {
                    let mut sim = Simulation::new(&q, 7, pairs, 0.3);
                    for n in 0..3 {
                        let mut line = Vec::new();
                        sim.write_next(&mut line).unwrap();
                        let sets: Vec<crate::answers::AnswerSet> = if pairs {
                            serde_json::from_slice(&line).unwrap()
                        } else {
                            vec![serde_json::from_slice(&line).unwrap()]
                        };
                        let sets: Vec<_> = sets.into_iter().map(|s| ("-".to_owned(), s)).collect();
                        let pair = pair_of(&q, &sets).unwrap();
                        let show_private = (n + round) % 2 == 1;
                        let mut report = prepared.score(&q, &pair, Options { show_private });
                        // Names and inputs that go in quotes or get a leading quote, an
                        // input named again by another text equal to it, and none.
                        let (a, b) = [("P", "Q"), ("=A, \"a\"", "B\nb"), ("-1", "Zoë,")][n % 3];
                        report.people[0].name = a.to_owned();
                        report.people[1].name = b.to_owned();
                        report.source = sources[(n + round) % sources.len()].clone();
                        // No line, the report's own number, and another.
                        report.line = [None, Some(n as u64), Some(1_000_003 + n as u64)][n];
                        let mut out = Vec::new();
                        rows.write(&report, n as u64, &mut out);
                        let mut fresh = Vec::new();
                        CsvRows::default().write(&report, n as u64, &mut fresh);
                        assert_eq!(
                            String::from_utf8(out.clone()).unwrap(),
                            String::from_utf8(fresh).unwrap()
                        );
                        // Each row names its person, the other and the input as the `csv`
                        // crate reads the cells back.
                        let header = csv_header(&report);
                        let text = header.clone() + std::str::from_utf8(&out).unwrap();
                        let mut reader = csv::Reader::from_reader(text.as_bytes());
                        let cols = reader.headers().unwrap().clone();
                        let at = |name: &str| cols.iter().position(|c| c == name).unwrap();
                        let records: Vec<_> = reader.records().map(Result::unwrap).collect();
                        assert_eq!(records.len(), 2);
                        let source = report.source.as_deref().unwrap_or_default();
                        for (i, r) in records.iter().enumerate() {
                            let safe = |s: &str| spreadsheet_safe(s).into_owned();
                            assert_eq!(r[at("person")], safe(&report.people[i].name));
                            assert_eq!(r[at("other")], safe(&report.people[1 - i].name));
                            assert_eq!(r[at("source")], safe(source));
                            assert_eq!(r[at("report")], n.to_string());
                            let line = report.line.map(|l| l.to_string());
                            assert_eq!(r[at("line")], line.unwrap_or_default());
                        }
                        // Columns in order are taken in turn; looked up by place, the same.
                        let columns = rows.columns.as_mut().unwrap();
                        let was = columns.in_order;
                        in_order |= was;
                        columns.in_order = false;
                        let mut by_place = Vec::new();
                        rows.write(&report, n as u64, &mut by_place);
                        assert_eq!(by_place, out);
                        rows.columns.as_mut().unwrap().in_order = was;
                    }
                }
            }
        }
        assert!(in_order, "some reports have their columns in order");
    }
}
