//! `--format html`: one self-contained page, to open in a browser or print.
//!
//! The answers are private, so the page fetches nothing: the CSS is inline, the charts are
//! inline SVG, there is no script, no font, no link and no image to load, and a Content
//! Security Policy forbids loading any. Every text from the report is escaped.

use std::fmt::Write as _;

use super::Report;
use super::display::{Block, Section, Topic, blocks, score};
use super::svg;
use crate::i18n::{Lang, Messages};
use crate::questionnaire::Severity;
use crate::tr;

/// The page's style, inlined: screen, then print.
pub(crate) const CSS: &str = include_str!("html.css");

/// Renders the report as one HTML document, in `lang`.
pub fn render_html(report: &Report, lang: Lang) -> String {
    let m = Messages::new(lang);
    let [a, b] = &report.people;
    let names = [a.name.as_str(), b.name.as_str()];
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n",
        lang.tag(),
        escape(&tr!(
            m,
            "report-html-title",
            title = report.layout.title.clone(),
            first = a.name.clone(),
            second = b.name.clone()
        )),
    );
    for block in blocks(report, &m) {
        out += &match block {
            Block::Header(h) => format!(
                "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<p>{}</p>\n{}<p class=\"legend\">\
                 {}{} {}{}</p>\n</header>\n",
                escape(&h.title),
                escape(&h.subtitle),
                escape(&h.answered),
                h.languages
                    .as_ref()
                    .map(|l| format!("<p class=\"languages\">{}</p>\n", escape(l)))
                    .unwrap_or_default(),
                svg::key(0),
                escape(names[0]),
                svg::key(1),
                escape(names[1])
            ),
            Block::Reading(text) => format!("<p class=\"reading\">{}</p>\n", escape(&text)),
            Block::NoConcerns(text) => {
                section_of("no-concerns", None, &format!("<p>{}</p>\n", escape(&text)))
            }
            Block::Scores(s) => scores(&s, names, &m),
            Block::Compare(c) => {
                let head: String = c
                    .columns
                    .iter()
                    .map(|h| format!("<th scope=\"col\">{}</th>", escape(h)))
                    .collect();
                let rows: String = c
                    .rows
                    .iter()
                    .map(|[area, first, second, together]| {
                        format!(
                            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                            escape(area),
                            escape(first),
                            escape(second),
                            escape(together)
                        )
                    })
                    .collect();
                let body = format!(
                    "<p class=\"intro\">{}</p>\n<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n",
                    escape(&c.intro)
                );
                section_of("compare topic-decisions", Some(&c.heading), &body)
            }
            Block::Concerns(c) => {
                let items: String = c
                    .warnings
                    .iter()
                    .map(|w| {
                        let prompt = w.prompt.as_ref().map_or_else(String::new, |p| {
                            format!(
                                "<p class=\"prompt\"><strong>{}</strong> {}</p>",
                                escape(&c.prompt_label),
                                escape(p)
                            )
                        });
                        format!("<li><p>{}</p>{prompt}</li>\n", escape(&w.message))
                    })
                    .collect();
                let class = format!("concerns {}", severity_class(c.severity));
                section_of(&class, Some(&c.heading), &format!("<ul>\n{items}</ul>\n"))
            }
            Block::Notes { heading, notes } => {
                let items: String = notes
                    .iter()
                    .map(|n| format!("<li>{}</li>\n", escape(n)))
                    .collect();
                section_of("notes", Some(&heading), &format!("<ul>\n{items}</ul>\n"))
            }
            Block::Support { heading, text } => {
                let paragraphs: String = text
                    .split("\n\n")
                    .map(|p| format!("<p>{}</p>\n", escape(p.trim())))
                    .collect();
                section_of("support", Some(&heading), &paragraphs)
            }
        };
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A section of scores: heading, explanation, the radar for the bases, and a table whose
/// scores each carry a bar.
fn scores(section: &Section, names: [&str; 2], m: &Messages) -> String {
    let topic = match section.topic {
        Topic::Bases => "bases",
        Topic::Overall => "overall",
        Topic::Markers => "markers",
        Topic::Decisions => "decisions",
        Topic::Safety => "safety",
        Topic::Views => "views",
    };
    let mut body = format!("<p class=\"intro\">{}</p>\n", escape(&section.intro));
    if section.topic == Topic::Bases {
        let label = tr!(
            m,
            "report-radar-label",
            first = names[0].to_owned(),
            second = names[1].to_owned()
        );
        body += &svg::radar(&section.rows, names, &label);
    }
    let [label, first, second, difference] = section.columns.each_ref().map(|c| escape(c));
    let [p, q] = section.by;
    // The safety tables have no difference column.
    let with_difference = !difference.is_empty();
    let difference_head = if with_difference {
        format!("<th scope=\"col\">{difference}</th>")
    } else {
        String::new()
    };
    let _ = writeln!(
        body,
        "<table>\n<thead><tr><th scope=\"col\">{label}</th><th scope=\"col\" class=\"p{p}\">\
         {first}</th><th scope=\"col\" class=\"p{q}\">{second}</th>{difference_head}</tr></thead>\n<tbody>"
    );
    for row in &section.rows {
        let cells: String = row
            .values
            .iter()
            .zip(section.by)
            .map(|(value, by)| {
                format!(
                    "<td class=\"score\"><span class=\"n\">{}</span>{}</td>",
                    score(*value),
                    svg::bar(*value, by)
                )
            })
            .collect();
        let difference_cell = if with_difference {
            format!("<td class=\"diff\">{}</td>", escape(&row.difference))
        } else {
            String::new()
        };
        let _ = writeln!(
            body,
            "<tr data-key=\"{}\"><th scope=\"row\">{}</th>{cells}{difference_cell}</tr>",
            escape(&row.key),
            escape(&row.label),
        );
    }
    body.push_str("</tbody>\n</table>\n");
    section_of(
        &format!("scores topic-{topic}"),
        Some(&section.heading),
        &body,
    )
}

/// A `<section>` of a class, with its heading if it has one, around `body`.
fn section_of(class: &str, heading: Option<&str>, body: &str) -> String {
    let heading = heading.map_or_else(String::new, |h| format!("<h2>{}</h2>\n", escape(h)));
    format!("<section class=\"{class}\">\n{heading}{body}</section>\n")
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Alert => "alert",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Escapes text for HTML content and for attribute values, which this page always writes
/// in double quotes (so `'` is safe as it is).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A control character or a bidi override is shown as an escape, not obeyed, even by a
    // terminal that the file is printed to.
    for c in crate::output::terminal_safe(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_markup_and_attribute_ends_literal() {
        assert_eq!(
            escape(r#"<b a="x">Sam & 'Jo'</b>"#),
            "&lt;b a=&quot;x&quot;&gt;Sam &amp; 'Jo'&lt;/b&gt;"
        );
    }
}
