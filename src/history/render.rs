//! `history` as a table, Markdown, CSV or JSON. The HTML page is in `html.rs`.
//!
//! The human formats show, per person, one row per measure and one column per sitting: the
//! score, with the change from the sitting before in brackets, and a last column with the
//! change since the first. A change is shown as the difference of the two whole-point scores
//! beside it, so the table adds up; whether it is reliable is judged on the exact figures.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{CellAlignment, ColumnConstraint, Width};
use unicode_width::UnicodeWidthStr;

use super::{
    History, Measure, MeasureKind, NO_NORMS, NO_NORMS_OF_THEIR_OWN, NORMS_DIFFER, Points,
    aggregate_name,
};
use crate::i18n::{Lang, Messages};
use crate::printable::printable;
use crate::report::csv::{record, spreadsheet_safe};
use crate::report::markdown::escape as md;
use crate::report::table::{plain_table, wrap};
use crate::report::{DASH, Format, Style, WIDTH, score, when, whole};
use crate::tr;

thread_local! {
    /// The English messages, made once: what JSON writes is English.
    static ENGLISH: Messages = Messages::new(Lang::En);
}

/// Runs `f` with the English messages.
pub(super) fn english<R>(f: impl FnOnce(&Messages) -> R) -> R {
    ENGLISH.with(f)
}

/// Writes a history in a format into `out`: the human formats in `style.lang`. JSON and CSV
/// go out as they are made, so their text is never held whole (a history of many sittings
/// writes tens of megabytes); the other formats are made whole first. Scores that could
/// not be read back from the temporary file they went to ([`History::read_error`]) give
/// the error that stopped the reading (the system's), not zeros: JSON and CSV stop at the
/// first, and a format made whole is not written at all.
pub fn write_history(
    history: &History,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let m = Messages::new(style.lang);
    let whole = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, history)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .map(|()| None),
        Format::Csv => write_history_csv(history, out).map(|()| None),
        Format::Table => Ok(Some(render_history_table(history, style, &m))),
        Format::Markdown => Ok(Some(render_history_markdown(history, &m))),
        Format::Html => Ok(Some(super::render_history_html(history, &m))),
    };
    // JSON and CSV stopped at the first score that could not be read (so what they wrote
    // is cut short, never a zero in a score's place): the system's error that stopped the
    // reading, whatever stopped the writing, for the caller to word.
    if let Some(e) = history.read_error() {
        return Err(e);
    }
    whole?.map_or(Ok(()), |text| out.write_all(text.as_bytes()))
}

/// The title line: "Tiny test questionnaire: change over time".
pub(super) fn title(h: &History, m: &Messages) -> String {
    tr!(m, "history-title", title = h.questionnaire.title.clone())
}

/// "Questionnaire tiny 1.0.0 · Alex and Sam · 3 sittings".
pub(super) fn subtitle(h: &History, m: &Messages) -> String {
    tr!(
        m,
        "history-subtitle",
        id = h.questionnaire.id.clone(),
        versions = h.questionnaire.versions.join(", "),
        first = h.people[0].clone(),
        second = h.people[1].clone(),
        count = h.sittings.len()
    )
}

/// "10 Jan 2026", or the time as written when it is not RFC 3339.
pub(super) fn date(rfc3339: &str, m: &Messages) -> String {
    when(rfc3339, m).map_or_else(
        || rfc3339.to_owned(),
        |w| w.split(',').next().unwrap_or_default().to_owned(),
    )
}

/// "10 Jan 2026, 10:45 UTC: Alex and Sam answered (tiny 1.0.0)", one per sitting (to follow
/// "1. ", "2. ", …).
pub(super) fn sitting_lines(h: &History, m: &Messages) -> Vec<String> {
    h.sittings
        .iter()
        .map(|s| {
            let when = when(&s.completed, m).unwrap_or_else(|| s.completed.clone());
            let (id, version) = (s.questionnaire.id.clone(), s.questionnaire.version.clone());
            let respondents: Vec<&str> = s.respondents().collect();
            match respondents.as_slice() {
                [first, second, ..] => tr!(
                    m,
                    "history-sitting-two",
                    when = when,
                    first = (*first).to_owned(),
                    second = (*second).to_owned(),
                    id = id,
                    version = version
                ),
                one => tr!(
                    m,
                    "history-sitting-one",
                    when = when,
                    name = one.first().map(|n| (*n).to_owned()).unwrap_or_default(),
                    id = id,
                    version = version
                ),
            }
        })
        .collect()
}

/// The name of a measure in the language of `m`: a dimension's as the questionnaire gives
/// it, a group's or an index's from the catalogue.
pub(super) fn measure_name(measure: &Measure, m: &Messages) -> String {
    match measure.kind {
        MeasureKind::Dimension => measure.name.clone(),
        kind => aggregate_name(&measure.id, kind, m),
    }
}

/// A measure's note (why its change cannot be judged) in the language of `m`.
pub(super) fn measure_note(note: &str, m: &Messages) -> String {
    match note {
        NO_NORMS => tr!(m, "history-no-norms"),
        NO_NORMS_OF_THEIR_OWN => tr!(m, "history-no-norms-of-their-own"),
        NORMS_DIFFER => tr!(m, "history-norms-differ"),
        other => other.to_owned(),
    }
}

/// [`shown_change`] in English.
#[cfg(test)]
pub(super) fn change(now: Option<f64>, then: Option<f64>, reliable: Option<bool>) -> String {
    english(|m| shown_change(now, then, reliable, m))
}

/// A change as shown: the difference of the two shown scores, signed, with the reliable
/// mark; a dash where either score is missing.
pub(super) fn shown_change(
    now: Option<f64>,
    then: Option<f64>,
    reliable: Option<bool>,
    m: &Messages,
) -> String {
    match (now, then) {
        (Some(a), Some(b)) => {
            let d = whole(a) - whole(b);
            let sign = if d > 0 {
                "+"
            } else if d < 0 {
                "−"
            } else {
                ""
            };
            let mark = if reliable == Some(true) {
                format!(" {}", tr!(m, "history-reliable-mark"))
            } else {
                String::new()
            };
            format!("{sign}{}{mark}", d.abs())
        }
        _ => DASH.to_owned(),
    }
}

/// One cell of a person's row: the score, and from the second sitting on the change.
pub(super) fn cell(points: &Points, i: usize, m: &Messages) -> String {
    let p = points.get(i);
    if i == 0 {
        return score(p.score);
    }
    match p.score {
        None => DASH.to_owned(),
        Some(_) => format!(
            "{} ({})",
            score(p.score),
            shown_change(p.score, points.score(i - 1), p.reliable_from_previous, m)
        ),
    }
}

/// The last cell: the change since the first sitting.
pub(super) fn since_first(points: &Points, m: &Messages) -> String {
    let last = points.get(points.len() - 1);
    shown_change(last.score, points.score(0), last.reliable_from_first, m)
}

/// The column heads: "Measure", one per sitting ("1 · 10 Jan 2026"), "Since first".
pub(super) fn columns(h: &History, m: &Messages) -> Vec<String> {
    let mut out = vec![tr!(m, "history-column-measure")];
    out.extend(
        h.sittings
            .iter()
            .map(|s| format!("{} · {}", s.sitting, date(&s.completed, m))),
    );
    out.push(tr!(m, "history-column-since-first"));
    out
}

/// Person `p`'s row for a measure.
pub(super) fn row(measure: &Measure, p: usize, m: &Messages) -> Vec<String> {
    let points = &measure.people[p].points;
    let mut cells = vec![measure_name(measure, m)];
    cells.extend((0..points.len()).map(|i| cell(points, i, m)));
    cells.push(since_first(points, m));
    cells
}

/// "11.0" as the language of `m` writes a decimal people read ("11,0" in German).
fn decimal(value: f64, places: usize, m: &Messages) -> String {
    m.lang().number(value, places)
}

/// What the marks and the figures mean, and each dimension's reliable-change figure.
pub(super) fn reliability_lines(h: &History, m: &Messages) -> Vec<String> {
    let mut out = vec![tr!(
        m,
        "history-reliable-intro",
        mark = tr!(m, "history-reliable-mark")
    )];
    let mut aggregates = false;
    for measure in &h.measures {
        match (measure.kind, measure.reliable_change, &measure.norms) {
            (MeasureKind::Dimension, Some(rc), Some(n)) => {
                let (sd, reliability) = (
                    m.lang().localize_decimal(&n.sd.to_string()),
                    m.lang().localize_decimal(&n.reliability.to_string()),
                );
                let mut norms = match n.n {
                    Some(count) => tr!(
                        m,
                        "history-norms-with-n",
                        sd = sd,
                        reliability = reliability,
                        n = count.to_string()
                    ),
                    None => tr!(m, "history-norms", sd = sd, reliability = reliability),
                };
                if let Some(basis) = &n.basis {
                    let _ = write!(norms, "; {basis}");
                }
                out.push(tr!(
                    m,
                    "history-reliable-dimension",
                    name = measure_name(measure, m),
                    change = decimal(rc, 1, m),
                    norms = norms
                ));
            }
            (MeasureKind::Dimension, _, _) => {
                if let Some(note) = &measure.note {
                    let note = measure_note(note, m);
                    let mut chars = note.chars();
                    let first: String = chars
                        .next()
                        .into_iter()
                        .flat_map(char::to_lowercase)
                        .collect();
                    out.push(tr!(
                        m,
                        "history-reliable-note",
                        name = measure_name(measure, m),
                        note = format!("{first}{}", chars.as_str())
                    ));
                }
            }
            _ => aggregates = true,
        }
    }
    if aggregates {
        out.push(tr!(m, "history-no-norms-of-their-own"));
    }
    out
}

/// The notes of a history in the language of `m`.
pub(super) fn notes(h: &History, m: &Messages) -> Vec<String> {
    h.said.iter().map(|n| n.text(m)).collect()
}

/// `--format table`.
pub fn render_history_table(h: &History, style: Style, m: &Messages) -> String {
    let width = usize::from(style.width.unwrap_or(WIDTH));
    let bold = |text: &str| {
        if style.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    };
    let heading = |out: &mut String, text: &str| {
        let rule = "─".repeat(text.width());
        let _ = writeln!(out, "\n{}\n{rule}", bold(text));
    };
    // Names and texts come from files: nothing in them may drive the terminal.
    let safe = |s: &str| printable(s).into_owned();
    let mut out = format!("{}\n", bold(&safe(&title(h, m))));
    out += &wrap(&safe(&subtitle(h, m)), width, "", "");
    for (i, line) in sitting_lines(h, m).iter().enumerate() {
        out += &wrap(&safe(&format!("{}. {line}", i + 1)), width, "", "   ");
    }
    out.push('\n');
    out += &wrap(&tr!(m, "report-not-a-diagnosis"), width, "", "");
    let head: Vec<String> = columns(h, m).iter().map(|c| safe(c)).collect();
    for (p, name) in h.people.iter().enumerate() {
        heading(&mut out, &safe(name));
        let rows: Vec<Vec<String>> = h
            .measures
            .iter()
            .map(|measure| row(measure, p, m).iter().map(|c| safe(c)).collect())
            .collect();
        // The widest cell of each column. The measures' names stay on one line; a sitting's
        // head may take two.
        let widths: Vec<usize> = (0..head.len())
            .map(|c| {
                let word = head[c].split(' ').map(UnicodeWidthStr::width).max();
                let head_width = if c == 0 {
                    head[c].width()
                } else {
                    head[c].width().div_ceil(2).max(word.unwrap_or(0))
                };
                rows.iter()
                    .map(|r| r[c].width())
                    .chain([head_width])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // As many sittings side by side as fit; more sittings continue in another table.
        for columns in column_chunks(&widths, width) {
            let mut table = plain_table(width);
            table.set_header(columns.iter().map(|&c| head[c].clone()));
            for r in &rows {
                table.add_row(columns.iter().map(|&c| r[c].clone()));
            }
            for c in 1..columns.len() {
                if let Some(col) = table.column_mut(c) {
                    col.set_cell_alignment(CellAlignment::Right);
                }
            }
            // The measures' names keep their width; the sittings share the rest.
            if let Some(col) = table.column_mut(0) {
                let w = u16::try_from(widths[0] + 2).unwrap_or(u16::MAX);
                col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
            }
            let _ = writeln!(out, "{table}");
        }
    }
    heading(&mut out, &tr!(m, "history-heading-reliable"));
    for line in reliability_lines(h, m) {
        out += &wrap(&safe(&line), width, "• ", "  ");
    }
    if !h.notes.is_empty() {
        heading(&mut out, &tr!(m, "report-heading-notes"));
        for n in notes(h, m) {
            out += &wrap(&safe(&n), width, "• ", "  ");
        }
    }
    out
}

/// The columns of each table when a person's rows (column widths `widths`: the measure, one
/// per sitting, since the first) are split to fit `width`: every table starts with the
/// measure, takes as many sittings as fit, and the last ends with "since first". A cell takes
/// its width plus three (two spaces and a border), and the table one more border.
pub(super) fn column_chunks(widths: &[usize], width: usize) -> Vec<Vec<usize>> {
    let last = widths.len() - 1;
    let fixed = 1 + (widths[0] + 3) + (widths[last] + 3);
    let mut chunks: Vec<Vec<usize>> = Vec::new();
    let mut current = vec![0];
    let mut used = fixed;
    for (c, w) in widths.iter().enumerate().take(last).skip(1) {
        if current.len() > 1 && used + w + 3 > width {
            chunks.push(std::mem::replace(&mut current, vec![0]));
            used = fixed;
        }
        current.push(c);
        used += w + 3;
    }
    current.push(last);
    chunks.push(current);
    chunks
}

/// `--format markdown`.
pub fn render_history_markdown(h: &History, m: &Messages) -> String {
    let mut out = format!("# {}\n\n{}  \n", md(&title(h, m)), md(&subtitle(h, m)));
    for (i, line) in sitting_lines(h, m).iter().enumerate() {
        let _ = writeln!(out, "- {}", md(&format!("{}. {line}", i + 1)));
    }
    let _ = writeln!(out, "\n*{}*", md(&tr!(m, "report-not-a-diagnosis")));
    let cols = columns(h, m);
    for (p, name) in h.people.iter().enumerate() {
        let _ = writeln!(out, "\n## {}\n", md(name));
        let head: Vec<String> = cols.iter().map(|c| md(c)).collect();
        let _ = writeln!(out, "| {} |", head.join(" | "));
        let align: Vec<&str> = (0..cols.len())
            .map(|i| if i == 0 { "---" } else { "---:" })
            .collect();
        let _ = writeln!(out, "| {} |", align.join(" | "));
        for measure in &h.measures {
            let cells: Vec<String> = row(measure, p, m).iter().map(|c| md(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    let _ = writeln!(out, "\n## {}\n", md(&tr!(m, "history-heading-reliable")));
    for line in reliability_lines(h, m) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    if !h.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", md(&tr!(m, "report-heading-notes")));
        for n in notes(h, m) {
            let _ = writeln!(out, "- {}", md(&n));
        }
    }
    out
}

/// The CSV columns, in order: one row per person, measure and sitting.
pub const CSV_COLUMNS: &[&str] = &[
    "questionnaire",
    "version",
    "person",
    "measure",
    "kind",
    "sitting",
    "completed",
    "score",
    "change_from_first",
    "change_from_previous",
    "reliable_from_first",
    "reliable_from_previous",
    "reliable_change",
];

/// `--format csv`: long form, one row per person, measure and sitting, full precision.
/// Every row goes through the report's CSV writer, so cells are quoted (and neutralised) as
/// in the report's CSV. Written into `out` a row at a time.
fn write_history_csv(h: &History, out: &mut dyn Write) -> io::Result<()> {
    let cols: Vec<String> = CSV_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    out.write_all(record(&cols).as_bytes())?;
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let flag = |x: Option<bool>| x.map(|v| v.to_string()).unwrap_or_default();
    for m in &h.measures {
        let kind = match m.kind {
            MeasureKind::Dimension => "dimension",
            MeasureKind::Group => "group",
            MeasureKind::Index => "index",
        };
        for series in &m.people {
            for (point, sitting) in series.points.iter().zip(h.sittings.iter()) {
                // Cut short at a score that could not be read back, as JSON is.
                if series.points.unreadable() {
                    return Err(io::Error::other(super::UNREADABLE));
                }
                // Text from files goes in formula-safe (`report::csv::spreadsheet_safe`).
                let text = |s: &str| spreadsheet_safe(s).into_owned();
                let row = record(&[
                    text(&h.questionnaire.id),
                    text(&sitting.questionnaire.version),
                    text(&series.name),
                    text(&m.id),
                    kind.to_owned(),
                    point.sitting.to_string(),
                    text(&sitting.completed),
                    num(point.score),
                    num(point.change_from_first),
                    num(point.change_from_previous),
                    flag(point.reliable_from_first),
                    flag(point.reliable_from_previous),
                    num(m.reliable_change),
                ]);
                out.write_all(row.as_bytes())?;
            }
            // Cut short where a sitting could not be read back.
            if h.sittings.failed().is_some() {
                return Err(io::Error::other(super::UNREADABLE));
            }
        }
    }
    Ok(())
}
