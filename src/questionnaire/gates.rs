//! The checks on `asked_if` gates (SPEC §3): the gate item exists, comes earlier, the
//! thresholds are on its scale and leave some answer that opens the gate, and no gate leads
//! back to the item it gates.

use std::collections::HashMap;

use toml::Spanned;

use super::raw::{RawGate, RawItem};
use super::validate::Checker;
use super::{Dimension, Gate, Item, Scale};
use crate::suggest::did_you_mean;

/// Checks every item's `asked_if` and stores the gates that are sound in `items`.
pub(super) fn check_gates(
    c: &mut Checker<'_>,
    raw_items: &[&Spanned<RawItem>],
    item_index: &HashMap<String, usize>,
    item_scales: &[Option<usize>],
    scales: &[Scale],
    dimensions: &[Dimension],
    items: &mut [Item],
) {
    // The gate each item names, where it names a known item: for following chains.
    let named: Vec<Option<usize>> = raw_items
        .iter()
        .map(|r| {
            r.get_ref()
                .asked_if
                .as_ref()
                .and_then(|g| item_index.get(g.get_ref().item.get_ref()).copied())
        })
        .collect();
    for (i, spanned) in raw_items.iter().enumerate() {
        let item = spanned.get_ref();
        let Some(gate) = &item.asked_if else { continue };
        let id = item.id.get_ref();
        let g = gate.get_ref();
        let before = c.problems.len();
        let Some(&target) = item_index.get(g.item.get_ref()) else {
            c.at(
                g.item.span(),
                crate::ui!(
                    "problem-gate-unknown-item",
                    item = id.as_str(),
                    gate = g.item.get_ref().as_str(),
                    suggestion =
                        did_you_mean(g.item.get_ref(), item_index.keys().map(String::as_str))
                ),
            );
            continue;
        };
        if target >= i {
            check_order(
                c,
                id,
                g.item.get_ref(),
                g.item.span(),
                cycle(&named, i),
                items,
            );
        }
        check_bounds(c, id, gate, item_scales[target].map(|s| &scales[s]));
        let (own, gating) = (items[i].dimension, items[target].dimension);
        if dimensions[gating].private && !dimensions[own].private {
            c.at(
                g.item.span(),
                crate::ui!(
                    "problem-gate-private",
                    item = id.as_str(),
                    gate = g.item.get_ref().as_str()
                ),
            );
        }
        if c.problems.len() == before {
            items[i].asked_if = Some(Gate {
                item: target,
                at_least: g.at_least.as_ref().map(|v| *v.get_ref()),
                at_most: g.at_most.as_ref().map(|v| *v.get_ref()),
            });
        }
    }
}

/// A gate on an item that comes later: a cycle when the gates lead back (`path`), else only
/// out of order.
fn check_order(
    c: &mut Checker<'_>,
    id: &str,
    gate_item: &str,
    span: std::ops::Range<usize>,
    path: Option<Vec<usize>>,
    items: &[Item],
) {
    match path {
        Some(path) => c.at(
            span,
            crate::ui!(
                "problem-gate-cycle",
                item = id,
                cycle = path
                    .iter()
                    .map(|&k| items[k].id.as_str())
                    .collect::<Vec<_>>()
                    .join(" → ")
            ),
        ),
        None => c.at(
            span,
            crate::ui!("problem-gate-after", item = id, gate = gate_item),
        ),
    }
}

/// A gate's thresholds: at least one, each on the gate item's `scale` (where it resolved),
/// and leaving some answer that opens the gate.
fn check_bounds(c: &mut Checker<'_>, id: &str, gate: &Spanned<RawGate>, scale: Option<&Scale>) {
    let g = gate.get_ref();
    if g.at_least.is_none() && g.at_most.is_none() {
        c.at(
            gate.span(),
            crate::ui!(
                "problem-gate-no-bound",
                item = id,
                gate = g.item.get_ref().as_str()
            ),
        );
    }
    if let Some(scale) = scale {
        for (name, bound) in [("at_least", &g.at_least), ("at_most", &g.at_most)] {
            let Some(bound) = bound else { continue };
            let v = *bound.get_ref();
            if !scale.holds(v) {
                c.at(
                    bound.span(),
                    crate::ui!(
                        "problem-gate-off-scale",
                        item = id,
                        bound = name,
                        value = v.to_string(),
                        gate = g.item.get_ref().as_str(),
                        min = scale.min.to_string(),
                        max = scale.max.to_string()
                    ),
                );
            }
        }
    }
    if let (Some(lo), Some(hi)) = (&g.at_least, &g.at_most)
        && lo.get_ref() > hi.get_ref()
    {
        c.at(
            gate.span(),
            crate::ui!(
                "problem-gate-empty-range",
                item = id,
                at_least = lo.get_ref().to_string(),
                at_most = hi.get_ref().to_string()
            ),
        );
    }
}

/// The items from `start` round to `start` again by following gates, if they lead back.
fn cycle(named: &[Option<usize>], start: usize) -> Option<Vec<usize>> {
    let mut path = vec![start];
    let mut at = named[start]?;
    while path.len() <= named.len() {
        path.push(at);
        if at == start {
            return Some(path);
        }
        at = named[at]?;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::questionnaire::{Fraction, parse};

    /// A questionnaire whose second item carries `gate` (TOML inline table text).
    fn with_gate(gate: &str) -> String {
        format!(
            r#"
[questionnaire]
id = "g"
title = "G"
version = "1"
[scales.yn]
min = 0
max = 1
labels = ["No", "Yes"]
[defaults]
scale = "yn"
[[dimensions]]
id = "d"
kind = "decision"
name = "D"
  [[dimensions.items]]
  id = "a"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "b"
  about = "both"
  text = "."
  asked_if = {gate}
"#
        )
    }

    fn error_of(gate: &str) -> String {
        parse("g.toml", with_gate(gate).as_bytes())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_gate_needs_a_bound_and_some_answer_that_opens_it() {
        let e = error_of(r#"{ item = "a" }"#);
        assert!(e.contains("g.toml:24:14: "), "{e}");
        assert!(
            e.contains("asked_if needs `at_least`, `at_most` or both"),
            "{e}"
        );
        let e = error_of(r#"{ item = "a", at_least = 1, at_most = 0 }"#);
        assert!(
            e.contains("at_least = 1 is above at_most = 0, so no answer makes it apply"),
            "{e}"
        );
        let e = error_of(r#"{ item = "a", at_most = -1 }"#);
        assert!(
            e.contains("asked_if at_most = -1 is off the scale of item `a`; allowed: 0 to 1"),
            "{e}"
        );
        let e = error_of(r#"{ item = "a", at_least = 1, when = 2 }"#);
        assert!(e.contains("unknown field `when`"), "{e}");
        assert!(
            parse(
                "g.toml",
                with_gate(r#"{ item = "a", at_least = 1 }"#).as_bytes()
            )
            .is_ok()
        );
    }

    #[test]
    fn an_item_that_gates_itself_is_a_cycle() {
        let e = error_of(r#"{ item = "b", at_least = 1 }"#);
        assert!(e.contains("makes a cycle (b → b)"), "{e}");
    }

    #[test]
    fn min_answered_reads_as_the_decimal_written() {
        // 0.07 is 7/100: 7 of 100 meets it (700 >= 700), 6 does not.
        assert!(Fraction::of(0.07).met(7, 100));
        assert!(!Fraction::of(0.07).met(6, 100));
        // 1 is 1/1: every item; 0.5 is 5/10.
        assert!(Fraction::of(1.0).met(4, 4) && !Fraction::of(1.0).met(3, 4));
        assert!(Fraction::of(0.5).met(1, 2) && !Fraction::of(0.5).met(1, 3));
        // 1e-40 has more than 30 places: rounded up to 1/10^30, still met by 1 of any count
        // a questionnaire can have.
        assert!(Fraction::of(1e-40).met(1, 1_000_000));
        assert!(!Fraction::of(1e-40).met(0, 1));
    }
}
