//! `history --format html`: one self-contained page with a line chart per measure.
//!
//! Like the report's page it loads nothing (inline CSS and SVG, no script, a Content Security
//! Policy that forbids loading anything) and escapes every text. Each chart has a line per
//! person across the sittings, told apart by line style and marker shape as well as colour,
//! with the score written by every point and `R` over a reliable change.

use std::fmt::Write as _;

use super::render::{
    cell, columns, measure_name, measure_note, notes, reliability_lines, since_first,
    sitting_lines, subtitle, title,
};
use super::{History, Measure};
use crate::i18n::Messages;
use crate::report::html::{CSS, escape};
use crate::report::score;
use crate::report::svg::{key, marker};
use crate::tr;

/// The chart's plot area, in its own units (the view box is 560 × 230).
const LEFT: f64 = 44.0;
const RIGHT: f64 = 500.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 190.0;

/// The extra style of the history page.
const HISTORY_CSS: &str = "svg.history { display: block; width: 100%; max-width: 560px; \
margin: 4px auto 8px; }\n.rc { font-size: 12px; font-weight: 700; fill: var(--ink); }\n\
.val { font-size: 12px; font-variant-numeric: tabular-nums; } .val.p0 { fill: var(--p0); } \
.val.p1 { fill: var(--p1); }\npath.person.p0, path.person.p1 { fill: none; stroke-width: 2.5; }\n\
.sittings { margin: 6px 0 0; padding-left: 20px; color: var(--muted); }\n\
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }\n\
section.measure thead th:first-child { width: 16%; }\n\
section.measure thead th:not(:first-child) { text-align: right; }\n";

/// Where sitting `i` of `n` is along the x axis.
pub fn x_of(i: usize, n: usize) -> f64 {
    if n < 2 {
        return (LEFT + RIGHT) / 2.0;
    }
    LEFT + (RIGHT - LEFT) * i as f64 / (n - 1) as f64
}

/// Where a score (0–100) is up the y axis.
pub fn y_of(score: f64) -> f64 {
    BOTTOM - (BOTTOM - TOP) * score.clamp(0.0, 100.0) / 100.0
}

/// Renders the history as one HTML document.
pub fn render_history_html(h: &History, m: &Messages) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}{HISTORY_CSS}</style>\n</head>\n<body>\n<main>\n",
        m.lang().tag(),
        escape(&title(h, m))
    );
    let sittings: String = sitting_lines(h, m)
        .iter()
        .map(|l| format!("<li>{}</li>", escape(l)))
        .collect();
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<ol class=\"sittings\">{sittings}</ol>\n\
         <p class=\"legend\">{}{} {}{}</p>\n</header>\n<p class=\"reading\">{}</p>\n",
        escape(&title(h, m)),
        escape(&subtitle(h, m)),
        key(0),
        escape(&h.people[0]),
        key(1),
        escape(&h.people[1]),
        escape(&tr!(m, "report-not-a-diagnosis"))
    );
    for measure_ in &h.measures {
        out += &measure(h, measure_, m);
    }
    let lines: String = reliability_lines(h, m)
        .iter()
        .map(|l| format!("<li>{}</li>\n", escape(l)))
        .collect();
    let _ = write!(
        out,
        "<section class=\"notes reliability\">\n<h2>{}</h2>\n<ul>\n{lines}</ul>\n</section>\n",
        escape(&tr!(m, "history-heading-reliable"))
    );
    if !h.notes.is_empty() {
        let notes: String = notes(h, m)
            .iter()
            .map(|n| format!("<li>{}</li>\n", escape(n)))
            .collect();
        let _ = write!(
            out,
            "<section class=\"notes\">\n<h2>{}</h2>\n<ul>\n{notes}</ul>\n</section>\n",
            escape(&tr!(m, "report-heading-notes"))
        );
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// One measure: its heading, the chart, and a table of both people's scores.
fn measure(h: &History, measure: &Measure, m: &Messages) -> String {
    let mut body = chart(h, measure, m);
    let person = tr!(m, "history-column-person");
    let head: String = columns(h, m)
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let text = if i == 0 { person.as_str() } else { c.as_str() };
            format!("<th scope=\"col\">{}</th>", escape(text))
        })
        .collect();
    let _ = writeln!(body, "<table>\n<thead><tr>{head}</tr></thead>\n<tbody>");
    for (p, series) in measure.people.iter().enumerate() {
        let cells: String = (0..series.points.len())
            .map(|i| {
                format!(
                    "<td class=\"n\">{}</td>",
                    escape(&cell(&series.points, i, m))
                )
            })
            .collect();
        let _ = writeln!(
            body,
            "<tr><th scope=\"row\" class=\"p{p}\">{}</th>{cells}<td class=\"n\">{}</td></tr>",
            escape(&series.name),
            escape(&since_first(&series.points, m))
        );
    }
    body.push_str("</tbody>\n</table>\n");
    let said = match (measure.reliable_change, &measure.note) {
        (Some(rc), _) => tr!(
            m,
            "history-reliable-change",
            change = m.lang().number(rc, 1)
        ),
        (None, Some(note)) => measure_note(note, m),
        (None, None) => String::new(),
    };
    if !said.is_empty() {
        let _ = writeln!(body, "<p class=\"intro\">{}</p>", escape(&said));
    }
    format!(
        "<section class=\"measure\" data-measure=\"{}\">\n<h2>{}</h2>\n{body}</section>\n",
        escape(&measure.id),
        escape(&measure_name(measure, m))
    )
}

/// The line chart of one measure: a line per person through the sittings where they have a
/// score (broken where they have none), a marker with the score at each, `R` over a reliable
/// change from the sitting before.
fn chart(h: &History, measure: &Measure, m: &Messages) -> String {
    let n = h.sittings.len();
    let label = tr!(
        m,
        "history-chart-label",
        measure = measure_name(measure, m),
        first = h.people[0].clone(),
        second = h.people[1].clone()
    );
    let mut out = format!(
        "<svg class=\"history\" viewBox=\"0 0 560 230\" role=\"img\" aria-label=\"{}\">\n",
        escape(&label)
    );
    for level in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let y = y_of(level);
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{LEFT:.1}\" y1=\"{y:.1}\" x2=\"{RIGHT:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{level}</text>",
            LEFT - 6.0,
            y + 4.0
        );
    }
    for s in h.sittings.iter() {
        let x = x_of(s.sitting - 1, n);
        let _ = writeln!(
            out,
            "<text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{} · {}</text>",
            BOTTOM + 20.0,
            s.sitting,
            escape(&super::render::date(&s.completed, m))
        );
    }
    let mark = tr!(m, "history-reliable-mark");
    for (p, series) in measure.people.iter().enumerate() {
        let mut path = String::new();
        let mut pen_down = false;
        for (i, point) in series.points.iter().enumerate() {
            match point.score {
                Some(v) => {
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x_of(i, n),
                        y_of(v)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !path.is_empty() {
            let _ = writeln!(
                out,
                "<path class=\"person p{p}\" d=\"{}\"><title>{}</title></path>",
                path.trim_end(),
                escape(&series.name)
            );
        }
        for (i, point) in series.points.iter().enumerate() {
            let Some(v) = point.score else { continue };
            let (x, y) = (x_of(i, n), y_of(v));
            // The first person's numbers sit above their points, the second's below.
            let dy = if p == 0 { -9.0 } else { 18.0 };
            let rc = if point.reliable_from_previous == Some(true) {
                format!(
                    "<text class=\"rc\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    x + 8.0,
                    y + dy,
                    escape(&mark)
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<g class=\"pt p{p}\" data-person=\"{}\" data-sitting=\"{}\" data-score=\"{v}\">{}\
                 <text class=\"val p{p}\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
                 {rc}<title>{}</title></g>",
                escape(&series.name),
                point.sitting,
                marker(p, x, y),
                y + dy,
                score(Some(v)),
                escape(&tr!(
                    m,
                    "history-chart-point",
                    name = series.name.clone(),
                    score = score(Some(v)),
                    sitting = point.sitting
                ))
            );
        }
    }
    out.push_str("</svg>\n");
    out
}
