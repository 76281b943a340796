//! `stats --format table`: the scales, then the items, then self against partner views.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use super::{Stats, ViewStats};

/// Renders the statistics as text tables; `width` fixes the width (for tests).
pub fn render_stats_table(stats: &Stats, width: Option<u16>) -> String {
    let mut out = String::new();
    let q = &stats.questionnaire;
    let _ = writeln!(
        out,
        "{} {}: {} answer sets, {} of them in couples.",
        q.id,
        q.version,
        stats.answer_sets,
        stats.couples * 2
    );
    let views = || {
        stats.dimensions.iter().flat_map(|d| {
            [("self", &d.views.own), ("partner", &d.views.partner)]
                .into_iter()
                .filter_map(move |(name, v)| v.as_ref().map(|v| (d, name, v)))
        })
    };

    let mut scales = new_table(
        &[
            "Dimension",
            "View",
            "Items",
            "n",
            "Mean",
            "SD",
            "Alpha",
            "Alpha n",
        ],
        width,
    );
    for (d, view, v) in views() {
        scales.add_row(vec![
            d.id.clone(),
            view.to_owned(),
            v.items.len().to_string(),
            v.n.to_string(),
            fixed(v.mean, 1),
            fixed(v.sd, 1),
            fixed(v.alpha, 3),
            v.alpha_n.to_string(),
        ]);
    }
    right_align(&mut scales, 2..8);
    let _ = writeln!(
        out,
        "\nScales (view scores 0–100; alpha over complete answer sets)\n{scales}"
    );

    let mut items = new_table(
        &["Item", "r (item-rest)", "Missing", "Answers (value: count)"],
        width,
    );
    for (_, _, v) in views() {
        add_item_rows(&mut items, v);
    }
    right_align(&mut items, 1..3);
    let _ = writeln!(
        out,
        "\nItems (r: corrected item-total correlation; (r) marks a reverse-keyed item)\n{items}"
    );

    let pairs: Vec<_> = stats
        .dimensions
        .iter()
        .filter_map(|d| d.self_partner.map(|c| (d, c)))
        .collect();
    if !pairs.is_empty() {
        let mut table = new_table(&["Dimension", "n", "r (self, partner's view)"], width);
        for (d, c) in pairs {
            table.add_row(vec![d.id.clone(), c.n.to_string(), fixed(c.r, 3)]);
        }
        right_align(&mut table, 1..3);
        let _ = writeln!(
            out,
            "\nSelf view against the partner's view of the same person\n{table}"
        );
    }
    let _ = writeln!(
        out,
        "\nFormulas and the handling of missing answers: docs/stats.md."
    );
    // Ids, versions and dimension names come from a file: nothing of them may drive the terminal.
    crate::output::terminal_safe(&out).into_owned()
}

fn add_item_rows(table: &mut Table, v: &ViewStats) {
    for item in &v.items {
        let answers: Vec<String> = item
            .frequencies
            .iter()
            .map(|(x, count)| format!("{x}: {count}"))
            .collect();
        let name = if item.reverse {
            format!("{} (r)", item.id)
        } else {
            item.id.clone()
        };
        table.add_row(vec![
            name,
            fixed(item.corrected_item_total, 3),
            item.missing.to_string(),
            answers.join("  "),
        ]);
    }
}

fn new_table(header: &[&str], width: Option<u16>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    if let Some(w) = width {
        table.set_width(w);
    }
    table
}

fn right_align(table: &mut Table, columns: std::ops::Range<usize>) {
    for c in columns {
        if let Some(col) = table.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

fn fixed(x: Option<f64>, decimals: usize) -> String {
    x.map_or_else(|| "–".to_owned(), |v| format!("{v:.decimals$}"))
}
