//! `stats --format table`: the scales, then the items, then self against partner views.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use super::{Stats, ViewStats};
use crate::i18n::{Lang, Messages};
use crate::tr;

/// Renders the statistics as text tables in the interface language (`stats` has no report
/// language of its own); `width` fixes the width (for tests).
pub fn render_stats_table(stats: &Stats, width: Option<u16>) -> String {
    render_stats_table_in(stats, width, crate::i18n::ui_lang())
}

/// [`render_stats_table`] in `lang`: its words from the catalogue, its decimals as `lang`
/// writes them (`54,5`).
pub fn render_stats_table_in(stats: &Stats, width: Option<u16>, lang: Lang) -> String {
    let m = Messages::new(lang);
    let fixed = |x: Option<f64>, places: usize| {
        x.map_or_else(
            || crate::report::DASH.to_owned(),
            |v| lang.number(v, places),
        )
    };
    let mut out = String::new();
    let q = &stats.questionnaire;
    let _ = writeln!(
        out,
        "{}",
        tr!(
            m,
            "stats-summary",
            id = q.id.to_string(),
            version = q.version.to_string(),
            sets = stats.answer_sets,
            in_couples = stats.couples * 2
        )
    );
    let (own, partner) = (tr!(m, "stats-view-self"), tr!(m, "stats-view-partner"));
    let views = || {
        stats.dimensions.iter().flat_map(|d| {
            [
                (own.as_str(), &d.views.own),
                (partner.as_str(), &d.views.partner),
            ]
            .into_iter()
            .filter_map(move |(name, v)| v.as_ref().map(|v| (d, name, v)))
        })
    };

    let mut scales = new_table(
        &[
            tr!(m, "stats-column-dimension"),
            tr!(m, "stats-column-view"),
            tr!(m, "stats-column-items"),
            tr!(m, "stats-column-n"),
            tr!(m, "stats-column-mean"),
            tr!(m, "stats-column-sd"),
            tr!(m, "stats-column-alpha"),
            tr!(m, "stats-column-alpha-n"),
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
    let _ = writeln!(out, "\n{}\n{scales}", tr!(m, "stats-scales-heading"));

    let mut items = new_table(
        &[
            tr!(m, "stats-column-item"),
            tr!(m, "stats-column-item-rest"),
            tr!(m, "stats-column-missing"),
            tr!(m, "stats-column-answers"),
        ],
        width,
    );
    for (_, _, v) in views() {
        add_item_rows(&mut items, v, &fixed);
    }
    right_align(&mut items, 1..3);
    let _ = writeln!(out, "\n{}\n{items}", tr!(m, "stats-items-heading"));

    let pairs: Vec<_> = stats
        .dimensions
        .iter()
        .filter_map(|d| d.self_partner.map(|c| (d, c)))
        .collect();
    if !pairs.is_empty() {
        let mut table = new_table(
            &[
                tr!(m, "stats-column-dimension"),
                tr!(m, "stats-column-n"),
                tr!(m, "stats-column-self-partner"),
            ],
            width,
        );
        for (d, c) in pairs {
            table.add_row(vec![d.id.clone(), c.n.to_string(), fixed(c.r, 3)]);
        }
        right_align(&mut table, 1..3);
        let _ = writeln!(out, "\n{}\n{table}", tr!(m, "stats-pairs-heading"));
    }
    let _ = writeln!(out, "\n{}", tr!(m, "stats-formulas"));
    // Ids, versions and dimension names come from a file: nothing of them may drive the terminal.
    crate::output::terminal_safe(&out).into_owned()
}

fn add_item_rows(table: &mut Table, v: &ViewStats, fixed: &dyn Fn(Option<f64>, usize) -> String) {
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

fn new_table(header: &[String], width: Option<u16>) -> Table {
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
