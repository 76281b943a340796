//! `--format table`: the report for a terminal, with a bar beside every score.
//!
//! Laid out for [`WIDTH`](super::WIDTH) columns, or the width the edge decides (a narrower
//! terminal). Text wraps; bars get shorter, then go, when a table would not fit, and a
//! table that would have to break words becomes a list.
//! Escape codes appear only when [`Style::color`] is on.

use std::fmt::Write as _;

use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::display::{Block, Compare, Section, blocks, score};
use super::{Report, Style, WIDTH};
use crate::i18n::Messages;
use crate::output::terminal_safe;
use crate::questionnaire::Severity;
use crate::tr;

/// Bar length in columns (each ten points, drawn in eighths) when the width allows.
const BAR: usize = 10;

/// The eighths of a column, from none to seven.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// The two people's colours, for their bars.
const PEOPLE: [Color; 2] = [Color::Cyan, Color::Magenta];

/// Renders the report for a terminal.
pub fn render_table(report: &Report, style: Style) -> String {
    let width = usize::from(style.width.unwrap_or(WIDTH));
    let m = Messages::new(style.lang);
    let blocks = blocks(report, &m);
    // Full bars if every table fits with them, else half-length bars, else numbers only;
    // where even those would not fit without breaking words, lists instead of tables.
    let bars = [BAR, BAR / 2, 0].into_iter().find(|&bar| {
        blocks.iter().all(|b| match b {
            Block::Scores(s) => widest(s, bar) <= width,
            _ => true,
        })
    });
    let paint = |text: &str, sgr: &str| {
        let text = terminal_safe(text);
        if style.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.into_owned()
        }
    };
    let heading = |out: &mut String, text: &str, sgr: &str| {
        let rule = "─".repeat(terminal_safe(text).width());
        let _ = writeln!(out, "{}\n{rule}", paint(text, sgr));
    };
    let mut out = String::new();
    for block in &blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Header(h) => {
                let _ = writeln!(out, "{}", paint(&h.title, "1"));
                out += &wrap(&h.subtitle, width, "", "");
                out += &wrap(&h.answered, width, "", "");
                if let Some(languages) = &h.languages {
                    out += &wrap(languages, width, "", "");
                }
            }
            Block::Reading(text) | Block::NoConcerns(text) => out += &wrap(text, width, "", ""),
            Block::Scores(section) => {
                heading(&mut out, &section.heading, "1");
                out += &wrap(&section.intro, width, "", "");
                match bars {
                    Some(bars) => {
                        let _ = writeln!(out, "{}", table(section, width, bars, style.color));
                    }
                    None => out += &list(section, width),
                }
            }
            Block::Compare(c) => {
                heading(&mut out, &c.heading, "1");
                out += &wrap(&c.intro, width, "", "");
                out += &compare(c, width, style.color, &m);
            }
            Block::Concerns(c) => {
                heading(&mut out, &c.heading, severity_sgr(c.severity));
                for (i, w) in c.warnings.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out += &wrap(&w.message, width, "• ", "  ");
                    if let Some(p) = &w.prompt {
                        out += &wrap(&format!("{} {p}", c.prompt_label), width, "  ", "  ");
                    }
                }
            }
            Block::Notes { heading: h, notes } => {
                heading(&mut out, h, "1");
                for n in notes {
                    out += &wrap(n, width, "• ", "  ");
                }
            }
            Block::Support { heading: h, text } => {
                heading(&mut out, h, "1");
                out += &wrap(text, width, "", "");
            }
        }
    }
    out
}

/// Bold, plus red for alerts, yellow for warnings, blue for information.
fn severity_sgr(severity: Severity) -> &'static str {
    match severity {
        Severity::Alert => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;34",
    }
}

/// One section as a table: label, each person's score (with a bar `bars` columns long,
/// if any), and the difference.
fn table(section: &Section, width: usize, bars: usize, color: bool) -> Table {
    let mut table = new_table(shown_columns(section), width, color);
    for row in &section.rows {
        let mut cells = vec![Cell::new(terminal_safe(&row.label))];
        for (value, by) in row.values.iter().zip(section.by) {
            let text = if bars > 0 {
                format!("{:>3} {}", score(*value), bar(value.unwrap_or(0.0), bars))
            } else {
                score(*value)
            };
            let cell = Cell::new(text);
            cells.push(if color { cell.fg(PEOPLE[by]) } else { cell });
        }
        if has_difference(section) {
            cells.push(Cell::new(terminal_safe(&row.difference)));
        }
        table.add_row(cells);
    }
    if bars == 0 {
        for c in 1..=2 {
            if let Some(col) = table.column_mut(c) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    table
}

/// An empty table in the house style, `width` columns wide at most. The renderer never asks
/// the terminal: width and colour were decided at the edge.
pub(crate) fn plain_table(width: usize) -> Table {
    let mut table = Table::new();
    table
        .force_no_tty()
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX));
    table
}

/// An empty table in the house style with these column heads (bold with colour).
fn new_table(heads: &[String], width: usize, color: bool) -> Table {
    let mut table = plain_table(width);
    table.set_header(heads.iter().map(|h| {
        let cell = Cell::new(terminal_safe(h));
        if color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    if color {
        table.enforce_styling();
    }
    table
}

/// A table of words, as a table where its text fits without breaking words, else as a list:
/// the first cell, then "Alex says: mostly Alex · Sam says: both equally · agree" below it.
fn compare(c: &Compare, width: usize, color: bool, m: &Messages) -> String {
    let longest_word = |cell: &str| cell.split_whitespace().map(str::width).max().unwrap_or(0);
    let words: usize = (1..4)
        .map(|i| {
            c.rows
                .iter()
                .map(|r| r[i].width())
                .chain([c.columns[i].width()])
                .max()
                .unwrap_or(0)
        })
        .sum();
    let first = c
        .rows
        .iter()
        .map(|r| longest_word(&r[0]))
        .max()
        .unwrap_or(0)
        .max(20);
    if first + words + 5 + 8 <= width {
        let mut table = new_table(&c.columns, width, color);
        for row in &c.rows {
            table.add_row(row.iter().map(Cell::new));
        }
        return format!("{table}\n");
    }
    let mut out = String::new();
    for row in &c.rows {
        out += &wrap(&row[0], width, "• ", "  ");
        let said = tr!(
            m,
            "report-table-compare-line",
            first_label = c.columns[1].clone(),
            first = row[1].clone(),
            second_label = c.columns[2].clone(),
            second = row[2].clone(),
            together = row[3].clone()
        );
        out += &wrap(&said, width, "  ", "  ");
    }
    out
}

/// One section as a list, for a terminal too narrow for its table: the label, then
/// "Alex 54, Sam 25 (Alex +29)" below it. A name stays on one line with its number.
fn list(section: &Section, width: usize) -> String {
    const NBSP: char = '\u{a0}';
    let [_, first, second, _] = &section.columns;
    let mut out = String::new();
    for r in &section.rows {
        out += &wrap(&r.label, width, "• ", "  ");
        let mut numbers = format!(
            "{first}{NBSP}{}, {second}{NBSP}{}",
            score(r.values[0]),
            score(r.values[1]),
        );
        if has_difference(section) {
            numbers += &format!(" ({})", r.difference.replace(" +", &format!("{NBSP}+")));
        }
        out += &wrap(&numbers, width, "  ", "  ");
    }
    out
}

/// Whether a section has a difference column (the safety tables have none).
fn has_difference(section: &Section) -> bool {
    !section.columns[3].is_empty()
}

/// The column heads shown: the difference's only where there is one.
fn shown_columns(section: &Section) -> &[String] {
    &section.columns[..if has_difference(section) { 4 } else { 3 }]
}

/// The width a section's table needs, unwrapped, with bars of `bar` columns.
fn widest(section: &Section, bar: usize) -> usize {
    let column = |i: usize, cell: &dyn Fn(&super::display::Row) -> usize| {
        section
            .rows
            .iter()
            .map(cell)
            .chain([section.columns[i].width()])
            .max()
            .unwrap_or(0)
    };
    let label = column(0, &|r| r.label.width());
    let scores = column(1, &|_| 4 + bar).max(column(2, &|_| 4 + bar));
    let difference = column(3, &|r| r.difference.width());
    // Five borders and one space either side of each of the four cells.
    label + 2 * scores + difference + 5 + 8
}

/// A bar of `x` on 0–100, `columns` wide when full, padded to `columns`.
fn bar(x: f64, columns: usize) -> String {
    let eighths = (x.clamp(0.0, 100.0) / 100.0 * (columns * 8) as f64).round() as usize;
    let mut out = "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    let drawn = eighths / 8 + usize::from(!eighths.is_multiple_of(8));
    out.push_str(&" ".repeat(columns - drawn));
    out
}

/// Wraps paragraphs (separated by blank lines) to `width` columns; the first line of each
/// starts with `first`, the others with `rest`. Words break at ASCII white space only, so a
/// no-break space holds two together. A word longer than a line stands alone.
/// Whatever could drive the terminal is escaped first ([`terminal_safe`]).
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let text = terminal_safe(text);
    let mut out = String::new();
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line = first.to_owned();
        let mut empty = true;
        for word in paragraph
            .split(|c: char| c.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
        {
            if !empty && line.width() + 1 + word.width() > width {
                out += line.trim_end();
                out.push('\n');
                line = rest.to_owned();
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line += word;
            empty = false;
        }
        out += line.trim_end();
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_drawn_in_eighths_and_padded() {
        // 54.2 points of 10 columns: 5.42 columns = 43.4 eighths, rounded to 43 = 5 full
        // columns and 3 eighths.
        assert_eq!(bar(54.2, 10), "█████▍    ");
        assert_eq!(bar(100.0, 10), "██████████");
        assert_eq!(bar(0.0, 10), " ".repeat(10));
        // 0.5 points is 0.4 eighths: nothing drawn. 1.25 points is exactly one eighth.
        assert_eq!(bar(0.5, 10), " ".repeat(10));
        assert_eq!(bar(1.25, 10), format!("▏{}", " ".repeat(9)));
        for x in 0..=100 {
            assert_eq!(bar(f64::from(x), 10).chars().count(), 10, "{x}");
        }
    }

    #[test]
    fn wrap_keeps_within_the_width_with_hanging_indent() {
        let text = "one two three four five six seven";
        assert_eq!(
            wrap(text, 12, "• ", "  "),
            "• one two\n  three four\n  five six\n  seven\n"
        );
        for line in wrap(text, 12, "• ", "  ").lines() {
            assert!(line.width() <= 12, "{line}");
        }
        assert_eq!(wrap("a\n\nb", 80, "", ""), "a\n\nb\n");
        assert_eq!(wrap("unbreakable-word", 4, "", ""), "unbreakable-word\n");
        assert_eq!(wrap("a b\u{a0}c", 3, "", ""), "a\nb\u{a0}c\n");
    }
}
