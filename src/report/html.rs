//! `--format html`: one self-contained page, to open in a browser or print.
//!
//! The answers are private, so the page fetches nothing: the CSS is inline, the charts are
//! inline SVG, there is no script, no font, no link and no image to load, and a Content
//! Security Policy forbids loading any. Every text from the report is escaped.

use std::fmt::Write as _;

use super::Report;
use super::display::{Block, PROMPT, Section, Topic, blocks, score};
use super::svg;
use crate::questionnaire::Severity;

/// Renders the report as one HTML document.
pub fn render_html(report: &Report) -> String {
    let [a, b] = &report.people;
    let names = [a.name.as_str(), b.name.as_str()];
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · {} and {}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n",
        escape(&report.layout.title),
        escape(names[0]),
        escape(names[1])
    );
    for block in blocks(report) {
        let _ = match block {
            Block::Header(h) => writeln!(
                out,
                "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<p>{}</p>\n<p class=\"legend\">\
                 {}{} {}{}</p>\n</header>",
                escape(&h.title),
                escape(&h.subtitle),
                escape(&h.answered),
                svg::key(0),
                escape(names[0]),
                svg::key(1),
                escape(names[1])
            ),
            Block::Reading(text) => writeln!(out, "<p class=\"reading\">{}</p>", escape(text)),
            Block::NoConcerns(text) => {
                writeln!(out, "<section>\n<p>{}</p>\n</section>", escape(text))
            }
            Block::Scores(section) => {
                out += &scores(&section, names);
                Ok(())
            }
            Block::Concerns(c) => {
                let _ = writeln!(
                    out,
                    "<section class=\"concerns {}\">\n<h2>{}</h2>\n<ul>",
                    severity_class(c.severity),
                    escape(c.heading)
                );
                for w in &c.warnings {
                    let _ = write!(out, "<li><p>{}</p>", escape(&w.message));
                    if let Some(p) = &w.prompt {
                        let _ = write!(
                            out,
                            "<p class=\"prompt\"><strong>{PROMPT}:</strong> {}</p>",
                            escape(p)
                        );
                    }
                    out.push_str("</li>\n");
                }
                writeln!(out, "</ul>\n</section>")
            }
            Block::Notes { heading, notes } => {
                let _ = writeln!(
                    out,
                    "<section class=\"notes\">\n<h2>{}</h2>\n<ul>",
                    escape(heading)
                );
                for n in notes {
                    let _ = writeln!(out, "<li>{}</li>", escape(n));
                }
                writeln!(out, "</ul>\n</section>")
            }
            Block::Support { heading, text } => {
                let _ = writeln!(
                    out,
                    "<section class=\"support\">\n<h2>{}</h2>",
                    escape(heading)
                );
                for paragraph in text.split("\n\n") {
                    let _ = writeln!(out, "<p>{}</p>", escape(paragraph.trim()));
                }
                writeln!(out, "</section>")
            }
        };
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A section of scores: heading, explanation, the radar for the bases, and a table whose
/// scores each carry a bar.
fn scores(section: &Section, names: [&str; 2]) -> String {
    let topic = match section.topic {
        Topic::Bases => "bases",
        Topic::Overall => "overall",
        Topic::Markers => "markers",
        Topic::Safety => "safety",
        Topic::Views => "views",
    };
    let mut out = format!(
        "<section class=\"scores topic-{topic}\">\n<h2>{}</h2>\n<p class=\"intro\">{}</p>\n",
        escape(&section.heading),
        escape(&section.intro)
    );
    if section.topic == Topic::Bases {
        out += &svg::radar(&section.rows, names);
    }
    let [label, first, second, difference] = section.columns.each_ref().map(|c| escape(c));
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{label}</th><th scope=\"col\" class=\"p0\">{first}\
         </th><th scope=\"col\" class=\"p1\">{second}</th><th scope=\"col\">{difference}</th>\
         </tr></thead>\n<tbody>"
    );
    for row in &section.rows {
        let _ = write!(
            out,
            "<tr data-key=\"{}\"><th scope=\"row\">{}</th>",
            escape(&row.key),
            escape(&row.label)
        );
        for (person, value) in row.values.iter().enumerate() {
            let _ = write!(
                out,
                "<td class=\"score\"><span class=\"n\">{}</span>{}</td>",
                score(*value),
                svg::bar(*value, person)
            );
        }
        let _ = writeln!(
            out,
            "<td class=\"diff\">{}</td></tr>",
            escape(&row.difference)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Alert => "alert",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Escapes text for HTML content and for quoted attribute values.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's style: screen, then print. The first person is blue with solid lines and round
/// markers, the second orange with dashed lines and square markers.
const CSS: &str = "\
:root { --p0: #1f5fa6; --p1: #c4510f; --ink: #1d2430; --muted: #5b6472; --line: #d9dde3;
  --alert: #b42318; --warning: #a15c07; --info: #1f5fa6; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f5f1; color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 880px; margin: 0 auto; padding: 28px 20px 40px; }
header h1 { margin: 0 0 4px; font-size: 28px; }
header p { margin: 2px 0; }
.sub, .intro, .legend { color: var(--muted); }
.legend { display: flex; gap: 8px; align-items: center; margin-top: 8px; }
.legend .key:not(:first-child) { margin-left: 12px; }
.reading { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px;
  font-style: italic; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px;
  margin: 16px 0; }
h2 { margin: 0 0 4px; font-size: 20px; }
.intro { margin: 0 0 10px; font-size: 15px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { font-size: 14px; color: var(--muted); font-weight: 600; }
thead th.p0 { color: var(--p0); } thead th.p1 { color: var(--p1); }
tbody th { font-weight: normal; }
tr[data-key$='_index'] th, tr[data-key$='_index'] td { font-weight: 600; }
td.score { white-space: nowrap; width: 24%; }
td.score .n { display: inline-block; width: 2.2em; text-align: right; margin-right: 8px;
  font-variant-numeric: tabular-nums; }
td.diff { white-space: nowrap; color: var(--muted); }
svg.bar { width: 100px; height: 10px; vertical-align: middle; }
.track { fill: #eceef1; }
.fill.p0 { fill: var(--p0); } .fill.p1 { fill: var(--p1); }
svg.radar { display: block; width: 100%; max-width: 600px; margin: 0 auto 8px; }
.grid { fill: none; stroke: var(--line); }
.axis { stroke: var(--line); }
.tick { font-size: 11px; fill: var(--muted); }
.label { font-size: 14px; fill: var(--ink); }
.v { font-weight: 600; } .v.p0 { fill: var(--p0); } .v.p1 { fill: var(--p1); }
polygon.person, line.person { stroke-width: 2.5; }
.person.p0 { fill: rgba(31, 95, 166, 0.14); stroke: var(--p0); }
.person.p1 { fill: rgba(196, 81, 15, 0.12); stroke: var(--p1); stroke-dasharray: 7 4; }
.dot.p0 { fill: var(--p0); } .dot.p1 { fill: var(--p1); }
.concerns { border-left: 6px solid var(--warning); }
.concerns.alert { border-left-color: var(--alert); } .concerns.info { border-left-color: var(--info); }
.concerns.alert h2 { color: var(--alert); } .concerns.warning h2 { color: var(--warning); }
.concerns.info h2 { color: var(--info); }
.concerns ul, .notes ul { margin: 8px 0 0; padding-left: 20px; }
.concerns li { margin-bottom: 12px; }
.concerns li p { margin: 0; }
.prompt { color: var(--muted); margin-top: 4px !important; }
.support { border-left: 6px solid var(--muted); }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 16mm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section, .reading { border: 1px solid #bbb; border-radius: 0; break-inside: avoid; margin: 10px 0; }
  h2 { break-after: avoid; }
  svg.radar { max-width: 480px; }
}
";
