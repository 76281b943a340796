//! `history` as a table, Markdown, CSV or JSON. The HTML page is in `html.rs`.
//!
//! The human formats show, per person, one row per measure and one column per sitting: the
//! score, with the change from the sitting before in brackets, and a last column with the
//! change since the first. A change is shown as the difference of the two whole-point scores
//! beside it, so the table adds up; whether it is reliable is judged on the exact figures.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ColumnConstraint, Width};
use unicode_width::UnicodeWidthStr;

use super::{History, Measure, MeasureKind, NO_NORMS_OF_THEIR_OWN, Point};
use crate::i18n::{Lang, Messages};
use crate::printable::printable;
use crate::report::csv::{record, spreadsheet_safe};
use crate::report::markdown::escape as md;
use crate::report::table::{plain_table, wrap};
use crate::report::{DASH, Format, NOT_A_DIAGNOSIS, Style, WIDTH, score, when, whole};

/// The mark after a reliable change.
pub(super) const RELIABLE: &str = "R";

thread_local! {
    /// The English messages, made once: `history` speaks English this round.
    static ENGLISH: Messages = Messages::new(Lang::En);
}

/// [`when`] in English.
fn english_when(rfc3339: &str) -> Option<String> {
    ENGLISH.with(|m| when(rfc3339, m))
}

/// "Harsh bases" for the group `harsh`, in English.
pub(super) fn english_group_name(id: &str) -> String {
    ENGLISH.with(|m| crate::report::group_name(id, m))
}

/// Renders a history in a format.
pub fn render_history(history: &History, format: Format, style: Style) -> String {
    match format {
        Format::Table => render_history_table(history, style),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(history).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Markdown => render_history_markdown(history),
        Format::Html => super::render_history_html(history),
        Format::Csv => render_history_csv(history),
    }
}

/// The title line: "Tiny test questionnaire: change over time".
pub(super) fn title(h: &History) -> String {
    format!("{}: change over time", h.questionnaire.title)
}

/// "Questionnaire tiny 1.0.0 · Alex and Sam · 3 sittings".
pub(super) fn subtitle(h: &History) -> String {
    format!(
        "Questionnaire {} {} · {} and {} · {} sittings",
        h.questionnaire.id,
        h.questionnaire.versions.join(", "),
        h.people[0],
        h.people[1],
        h.sittings.len()
    )
}

/// "10 Jan 2026", or the time as written when it is not RFC 3339.
pub(super) fn date(rfc3339: &str) -> String {
    english_when(rfc3339).map_or_else(
        || rfc3339.to_owned(),
        |w| w.split(',').next().unwrap_or_default().to_owned(),
    )
}

/// "1. 10 Jan 2026, 10:45 UTC: Alex and Sam answered (1.0.0)".
pub(super) fn sitting_lines(h: &History) -> Vec<String> {
    h.sittings
        .iter()
        .map(|s| {
            format!(
                "{}. {}: {} answered ({} {})",
                s.sitting,
                english_when(&s.completed).unwrap_or_else(|| s.completed.clone()),
                s.respondents.join(" and "),
                s.questionnaire.id,
                s.questionnaire.version
            )
        })
        .collect()
}

/// A change as shown: the difference of the two shown scores, signed, with the reliable
/// mark; a dash where either score is missing.
pub(super) fn change(now: Option<f64>, then: Option<f64>, reliable: Option<bool>) -> String {
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
                format!(" {RELIABLE}")
            } else {
                String::new()
            };
            format!("{sign}{}{mark}", d.abs())
        }
        _ => DASH.to_owned(),
    }
}

/// One cell of a person's row: the score, and from the second sitting on the change.
pub(super) fn cell(points: &[Point], i: usize) -> String {
    let p = &points[i];
    if i == 0 {
        return score(p.score);
    }
    match p.score {
        None => DASH.to_owned(),
        Some(_) => format!(
            "{} ({})",
            score(p.score),
            change(p.score, points[i - 1].score, p.reliable_from_previous)
        ),
    }
}

/// The last cell: the change since the first sitting.
pub(super) fn since_first(points: &[Point]) -> String {
    let last = points[points.len() - 1];
    change(last.score, points[0].score, last.reliable_from_first)
}

/// The column heads: "Measure", one per sitting ("1 · 10 Jan 2026"), "Since first".
pub(super) fn columns(h: &History) -> Vec<String> {
    let mut out = vec!["Measure".to_owned()];
    out.extend(
        h.sittings
            .iter()
            .map(|s| format!("{} · {}", s.sitting, date(&s.completed))),
    );
    out.push("Since first".to_owned());
    out
}

/// Person `p`'s row for a measure.
pub(super) fn row(m: &Measure, p: usize) -> Vec<String> {
    let points = &m.people[p].points;
    let mut cells = vec![m.name.clone()];
    cells.extend((0..points.len()).map(|i| cell(points, i)));
    cells.push(since_first(points));
    cells
}

/// What the marks and the figures mean, and each dimension's reliable-change figure.
pub(super) fn reliability_lines(h: &History) -> Vec<String> {
    let mut out = vec![format!(
        "In brackets: the change from the sitting before. {RELIABLE} marks a reliable change: \
         one larger than measurement error alone would make it 95 times in 100 (Jacobson & \
         Truax, 1991), judged from the dimension's norms."
    )];
    let mut aggregates = false;
    for m in &h.measures {
        match (m.kind, m.reliable_change, &m.norms) {
            (MeasureKind::Dimension, Some(rc), Some(n)) => {
                let mut from = format!("sd {}, reliability {}", n.sd, n.reliability);
                if let Some(count) = n.n {
                    let _ = write!(from, ", n {count}");
                }
                if let Some(basis) = &n.basis {
                    let _ = write!(from, "; {basis}");
                }
                out.push(format!(
                    "{}: a change of {rc:.1} points or more is reliable ({from}).",
                    m.name
                ));
            }
            (MeasureKind::Dimension, _, _) => {
                if let Some(note) = &m.note {
                    let mut chars = note.chars();
                    let first: String = chars
                        .next()
                        .into_iter()
                        .flat_map(char::to_lowercase)
                        .collect();
                    out.push(format!("{}: {first}{}", m.name, chars.as_str()));
                }
            }
            _ => aggregates = true,
        }
    }
    if aggregates {
        out.push(NO_NORMS_OF_THEIR_OWN.to_owned());
    }
    out
}

/// `--format table`.
pub fn render_history_table(h: &History, style: Style) -> String {
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
    let mut out = format!("{}\n", bold(&safe(&title(h))));
    out += &wrap(&safe(&subtitle(h)), width, "", "");
    for line in sitting_lines(h) {
        out += &wrap(&safe(&line), width, "", "   ");
    }
    out.push('\n');
    out += &wrap(NOT_A_DIAGNOSIS, width, "", "");
    let head: Vec<String> = columns(h).iter().map(|c| safe(c)).collect();
    for (p, name) in h.people.iter().enumerate() {
        heading(&mut out, &safe(name));
        let rows: Vec<Vec<String>> = h
            .measures
            .iter()
            .map(|m| row(m, p).iter().map(|c| safe(c)).collect())
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
    heading(&mut out, "Reliable change");
    for line in reliability_lines(h) {
        out += &wrap(&safe(&line), width, "• ", "  ");
    }
    if !h.notes.is_empty() {
        heading(&mut out, "Notes");
        for n in &h.notes {
            out += &wrap(&safe(n), width, "• ", "  ");
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
pub fn render_history_markdown(h: &History) -> String {
    let mut out = format!("# {}\n\n{}  \n", md(&title(h)), md(&subtitle(h)));
    for line in sitting_lines(h) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    let _ = writeln!(out, "\n*{}*", md(NOT_A_DIAGNOSIS));
    let cols = columns(h);
    for (p, name) in h.people.iter().enumerate() {
        let _ = writeln!(out, "\n## {}\n", md(name));
        let head: Vec<String> = cols.iter().map(|c| md(c)).collect();
        let _ = writeln!(out, "| {} |", head.join(" | "));
        let align: Vec<&str> = (0..cols.len())
            .map(|i| if i == 0 { "---" } else { "---:" })
            .collect();
        let _ = writeln!(out, "| {} |", align.join(" | "));
        for m in &h.measures {
            let cells: Vec<String> = row(m, p).iter().map(|c| md(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    let _ = writeln!(out, "\n## Reliable change\n");
    for line in reliability_lines(h) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    if !h.notes.is_empty() {
        let _ = writeln!(out, "\n## Notes\n");
        for n in &h.notes {
            let _ = writeln!(out, "- {}", md(n));
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
/// in the report's CSV.
pub fn render_history_csv(h: &History) -> String {
    let cols: Vec<String> = CSV_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    let mut out = record(&cols);
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let flag = |x: Option<bool>| x.map(|v| v.to_string()).unwrap_or_default();
    for m in &h.measures {
        let kind = match m.kind {
            MeasureKind::Dimension => "dimension",
            MeasureKind::Group => "group",
            MeasureKind::Index => "index",
        };
        for series in &m.people {
            for (point, sitting) in series.points.iter().zip(&h.sittings) {
                // Text from files goes in formula-safe (`report::csv::spreadsheet_safe`).
                let text = |s: &str| spreadsheet_safe(s).into_owned();
                out += &record(&[
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
            }
        }
    }
    out
}
