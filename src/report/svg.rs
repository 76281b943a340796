//! Inline SVG for the HTML report: a radar chart of the power bases and score bars.
//!
//! Both draw numbers as well as shapes, and tell the two people apart by line style and
//! marker shape as well as by colour, so a chart still reads in black and white. Every
//! drawn value is on 0–100; coordinates are written to one decimal.

use std::f64::consts::PI;
use std::fmt::Write as _;

use super::display::{Row, score};
use super::html::escape;

/// The radar's centre and radius, in its own units.
const CX: f64 = 320.0;
const CY: f64 = 235.0;
const R: f64 = 165.0;

/// The point `value` points along axis `i` of `n` (100 is the outer ring); axis 0 points up
/// and the axes go clockwise.
fn at(i: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
    let r = R * value / 100.0;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

/// A radar chart of the rows (one axis each, at least three): a polygon per person where
/// every value is known, a marker at every known value, and the numbers by each label.
pub(super) fn radar(rows: &[Row], names: [&str; 2], label: &str) -> String {
    let n = rows.len();
    if n < 3 {
        return String::new();
    }
    let mut out = format!(
        "<svg class=\"radar\" viewBox=\"0 0 640 480\" role=\"img\" aria-label=\"{}\">\n",
        escape(label)
    );
    let ring = |value: f64| -> String {
        (0..n)
            .map(|i| {
                let (x, y) = at(i, n, value);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for level in [25.0, 50.0, 75.0, 100.0] {
        let _ = writeln!(out, "<polygon class=\"grid\" points=\"{}\"/>", ring(level));
        let (x, y) = at(0, n, level);
        let _ = writeln!(
            out,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{level}</text>",
            x + 4.0,
            y + 11.0
        );
    }
    for (i, row) in rows.iter().enumerate() {
        let (x, y) = at(i, n, 100.0);
        let _ = writeln!(
            out,
            "<line class=\"axis\" x1=\"{CX:.1}\" y1=\"{CY:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\"/>"
        );
        // The label sits beyond the axis end, anchored away from the centre.
        let (lx, ly) = at(i, n, 112.0);
        let dx = lx - CX;
        let anchor = if dx > 20.0 {
            "start"
        } else if dx < -20.0 {
            "end"
        } else {
            "middle"
        };
        let top = if ly < CY - R * 0.9 { -16.0 } else { 0.0 };
        let _ = writeln!(
            out,
            "<text class=\"label\" x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}\
             <tspan x=\"{lx:.1}\" dy=\"16\"><tspan class=\"v p0\">{}</tspan> · \
             <tspan class=\"v p1\">{}</tspan></tspan></text>",
            ly + top,
            escape(&row.label),
            score(row.values[0]),
            score(row.values[1])
        );
    }
    for (person, name) in names.iter().enumerate() {
        let points: Vec<Option<(f64, f64)>> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| r.values[person].map(|v| at(i, n, v.clamp(0.0, 100.0))))
            .collect();
        if points.iter().all(Option::is_some) {
            let list: Vec<String> = points
                .iter()
                .flatten()
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect();
            let _ = writeln!(
                out,
                "<polygon class=\"person p{person}\" points=\"{}\"><title>{}</title></polygon>",
                list.join(" "),
                escape(name)
            );
        }
        for (x, y) in points.into_iter().flatten() {
            let _ = writeln!(out, "{}", marker(person, x, y));
        }
    }
    out.push_str("</svg>\n");
    out
}

/// A person's marker: a circle for the first, a square for the second.
pub(crate) fn marker(person: usize, x: f64, y: f64) -> String {
    if person == 0 {
        format!("<circle class=\"dot p0\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\"/>")
    } else {
        format!(
            "<rect class=\"dot p1\" x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\"/>",
            x - 3.5,
            y - 3.5
        )
    }
}

/// A legend swatch: the person's line style with their marker.
pub(crate) fn key(person: usize) -> String {
    format!(
        "<svg class=\"key\" viewBox=\"0 0 30 12\" width=\"30\" height=\"12\" aria-hidden=\"true\">\
         <line class=\"person p{person}\" x1=\"1\" y1=\"6\" x2=\"29\" y2=\"6\"/>{}</svg>",
        marker(person, 15.0, 6.0)
    )
}

/// A horizontal bar of `value` on 0–100 over a light track, in the person's colour.
pub(super) fn bar(value: Option<f64>, person: usize) -> String {
    let width = value.unwrap_or(0.0).clamp(0.0, 100.0);
    format!(
        "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" \
         aria-hidden=\"true\"><rect class=\"track\" width=\"100\" height=\"10\"/>\
         <rect class=\"fill p{person}\" width=\"{width:.1}\" height=\"10\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_start_at_the_top_and_go_clockwise() {
        // Axis 0 of 4 points up: 50 points is half the radius above the centre.
        let (x, y) = at(0, 4, 50.0);
        assert!((x - CX).abs() < 1e-9 && (y - (CY - R / 2.0)).abs() < 1e-9);
        // Axis 1 of 4 points right (SVG's y grows downwards).
        let (x, y) = at(1, 4, 100.0);
        assert!((x - (CX + R)).abs() < 1e-9 && (y - CY).abs() < 1e-9);
        // Beyond the outer ring, where the labels go.
        let (x, y) = at(2, 4, 110.0);
        assert!((x - CX).abs() < 1e-9 && (y - (CY + 1.1 * R)).abs() < 1e-9);
    }

    #[test]
    fn a_bar_is_as_long_as_its_value() {
        assert!(bar(Some(54.16), 0).contains("class=\"fill p0\" width=\"54.2\""));
        assert!(bar(None, 1).contains("class=\"fill p1\" width=\"0.0\""));
    }
}
