//! `--format markdown`: the table report's content as Markdown, for session notes.
//!
//! Every text from the report (names, messages, notes) is escaped, so that a name such as
//! `*Sam*` or `<b>` shows as written and cannot turn into formatting or HTML.

use std::fmt::Write as _;

use super::Report;
use super::display::{Block, blocks, score};
use crate::i18n::{Lang, Messages};

/// Renders the report as CommonMark with GitHub-style tables, in `lang`.
pub fn render_markdown(report: &Report, lang: Lang) -> String {
    let m = Messages::new(lang);
    let mut out = String::new();
    for block in blocks(report, &m) {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = match block {
            Block::Header(h) => {
                let _ = write!(
                    out,
                    "# {}\n\n{}  \n{}",
                    escape(&h.title),
                    escape(&h.subtitle),
                    escape(&h.answered)
                );
                if let Some(languages) = &h.languages {
                    let _ = write!(out, "  \n{}", escape(languages));
                }
                writeln!(out)
            }
            Block::Reading(text) => writeln!(out, "*{}*", escape(&text)),
            Block::NoConcerns(text) => writeln!(out, "{}", escape(&text)),
            Block::Scores(s) => {
                let _ = writeln!(out, "## {}\n\n{}\n", escape(&s.heading), escape(&s.intro));
                let [label, first, second, difference] = s.columns.each_ref().map(|c| escape(c));
                // The safety tables have no difference column.
                let with_difference = !difference.is_empty();
                if with_difference {
                    let _ = writeln!(
                        out,
                        "| {label} | {first} | {second} | {difference} |\n| --- | ---: | ---: | --- |"
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "| {label} | {first} | {second} |\n| --- | ---: | ---: |"
                    );
                }
                for r in &s.rows {
                    let _ = write!(
                        out,
                        "| {} | {} | {} |",
                        escape(&r.label),
                        score(r.values[0]),
                        score(r.values[1]),
                    );
                    if with_difference {
                        let _ = write!(out, " {} |", escape(&r.difference));
                    }
                    out.push('\n');
                }
                Ok(())
            }
            Block::Compare(c) => {
                let _ = writeln!(out, "## {}\n\n{}\n", escape(&c.heading), escape(&c.intro));
                let [a, b, x, y] = c.columns.each_ref().map(|h| escape(h));
                let _ = writeln!(out, "| {a} | {b} | {x} | {y} |\n| --- | --- | --- | --- |");
                for r in &c.rows {
                    let [a, b, x, y] = r.each_ref().map(|h| escape(h));
                    let _ = writeln!(out, "| {a} | {b} | {x} | {y} |");
                }
                Ok(())
            }
            Block::Concerns(c) => {
                let _ = writeln!(out, "## {}\n", c.heading);
                for w in &c.warnings {
                    let _ = writeln!(out, "- {}", escape(&w.message));
                    if let Some(p) = &w.prompt {
                        let _ = writeln!(out, "  - *{}* {}", c.prompt_label, escape(p));
                    }
                }
                Ok(())
            }
            Block::Notes { heading, notes } => {
                let _ = writeln!(out, "## {heading}\n");
                for n in notes {
                    let _ = writeln!(out, "- {}", escape(&n));
                }
                Ok(())
            }
            Block::Support { heading, text } => {
                let paragraphs: Vec<String> = text.split("\n\n").map(escape).collect();
                writeln!(out, "## {heading}\n\n{}", paragraphs.join("\n\n"))
            }
        };
    }
    out
}

/// Escapes what Markdown would read as formatting, a table cell's end, HTML, or (at the
/// start) a list item or heading. Line breaks inside a text become spaces, so a text stays
/// in its paragraph, list item or cell.
pub(crate) fn escape(text: &str) -> String {
    let text = crate::output::terminal_safe(text);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!'
        );
        let opens_block = (i == 0 && matches!(c, '-' | '+' | '='))
            || (i == digits && digits > 0 && matches!(c, '.' | ')'));
        if markup || opens_block {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_markup_literal() {
        assert_eq!(escape("*Sam* <b>"), r"\*Sam\* \<b\>");
        assert_eq!(escape("a | b"), r"a \| b");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("Alex +29"), "Alex +29");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("12. not a list"), r"12\. not a list");
        assert_eq!(escape("= not a heading"), r"\= not a heading");
    }
}
