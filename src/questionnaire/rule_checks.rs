//! The checks on `[[rules]]`: thresholds that fit the kind, references that resolve,
//! placeholders the kind fills, and whether a rule is private.

use std::collections::HashMap;

use toml::Spanned;

use super::raw::{RawRule, RawRuleKind};
use super::validate::Checker;
use super::{Dimension, Item, RuleKind, Scale, Target, fills_of};
use crate::suggest::did_you_mean;

pub(super) struct RuleContext<'a> {
    pub(super) dimensions: &'a [Dimension],
    pub(super) groups: &'a [String],
    /// Each item's scale, `None` where it did not resolve.
    pub(super) item_scales: &'a [Option<usize>],
    pub(super) item_index: &'a HashMap<String, usize>,
    pub(super) scales: &'a [Scale],
}

impl RuleContext<'_> {
    fn target(&self, name: &str) -> Option<Target> {
        match name {
            "power_index" => Some(Target::PowerIndex),
            "balance_index" => Some(Target::BalanceIndex),
            _ => self
                .dimensions
                .iter()
                .position(|d| d.id == name)
                .map(Target::Dimension)
                .or_else(|| {
                    self.groups
                        .iter()
                        .position(|g| g == name)
                        .map(Target::Group)
                }),
        }
    }

    fn target_names(&self) -> Vec<&str> {
        self.dimensions
            .iter()
            .map(|d| d.id.as_str())
            .chain(self.groups.iter().map(String::as_str))
            .chain(["power_index", "balance_index"])
            .collect()
    }
}

fn kind_name(kind: RawRuleKind) -> &'static str {
    match kind {
        RawRuleKind::Imbalance => "imbalance",
        RawRuleKind::High => "high",
        RawRuleKind::Low => "low",
        RawRuleKind::Gap => "gap",
        RawRuleKind::Item => "item",
    }
}

pub(super) fn check_rule(
    c: &mut Checker<'_>,
    spanned: &Spanned<RawRule>,
    cx: &RuleContext<'_>,
) -> Option<RuleKind> {
    let r = spanned.get_ref();
    let before = c.problems.len();
    check_placeholders(c, r);
    let threshold = check_threshold(c, spanned)?;
    if r.kind == RawRuleKind::Item {
        return check_item_rule(c, spanned, cx, threshold).filter(|_| c.problems.len() == before);
    }
    let value = check_score_rule(c, r, threshold);
    let (dimension, target) = check_target(c, spanned, cx)?;
    let kind = score_rule_kind(c, r, value, dimension, target)?;
    (c.problems.len() == before).then_some(kind)
}

/// The threshold the kind takes (`at_most` for `low`, else `at_least`), refusing the other.
fn check_threshold<'r>(
    c: &mut Checker<'_>,
    spanned: &'r Spanned<RawRule>,
) -> Option<&'r Spanned<f64>> {
    let r = spanned.get_ref();
    let id = r.id.get_ref();
    let kind = kind_name(r.kind);
    // Which threshold each kind takes, and which it must not have.
    let (wanted, unwanted) = if r.kind == RawRuleKind::Low {
        (&r.at_most, (&r.at_least, "at_least"))
    } else {
        (&r.at_least, (&r.at_most, "at_most"))
    };
    let wanted_name = wanted_name(r.kind);
    if let (Some(extra), name) = unwanted {
        c.at(
            extra.span(),
            crate::ui!(
                "problem-rule-wrong-threshold",
                rule = id.as_str(),
                kind = kind,
                wanted = wanted_name,
                given = name
            ),
        );
    }
    let Some(threshold) = wanted else {
        c.at(
            spanned.span(),
            crate::ui!(
                "problem-rule-needs-threshold",
                rule = id.as_str(),
                kind = kind,
                wanted = wanted_name
            ),
        );
        return None;
    };
    Some(threshold)
}

/// The name of the threshold a kind takes.
fn wanted_name(kind: RawRuleKind) -> &'static str {
    if kind == RawRuleKind::Low {
        "at_most"
    } else {
        "at_least"
    }
}

/// A rule on a score takes no `items`, and its threshold is on the 0–100 score range.
fn check_score_rule(c: &mut Checker<'_>, r: &RawRule, threshold: &Spanned<f64>) -> f64 {
    let id = r.id.get_ref();
    let kind = kind_name(r.kind);
    let value = *threshold.get_ref();
    if let Some(items) = &r.items {
        c.at(
            items.span(),
            crate::ui!("problem-rule-no-items", rule = id.as_str(), kind = kind),
        );
    }
    if !(0.0..=100.0).contains(&value) {
        c.at(
            threshold.span(),
            crate::ui!(
                "problem-rule-threshold-range",
                rule = id.as_str(),
                field = wanted_name(r.kind),
                value = value.to_string()
            ),
        );
    }
    value
}

/// The dimension, group or index a rule on a score reads: one that exists and is scored.
fn check_target<'r>(
    c: &mut Checker<'_>,
    spanned: &'r Spanned<RawRule>,
    cx: &RuleContext<'_>,
) -> Option<(&'r Spanned<String>, Target)> {
    let r = spanned.get_ref();
    let id = r.id.get_ref();
    let kind = kind_name(r.kind);
    let Some(dimension) = &r.dimension else {
        c.at(
            spanned.span(),
            crate::ui!(
                "problem-rule-needs-dimension",
                rule = id.as_str(),
                kind = kind
            ),
        );
        return None;
    };
    let Some(target) = cx.target(dimension.get_ref()) else {
        let names = cx.target_names();
        c.at(
            dimension.span(),
            crate::ui!(
                "problem-rule-unknown-dimension",
                rule = id.as_str(),
                dimension = dimension.get_ref().as_str(),
                suggestion = did_you_mean(dimension.get_ref(), names.iter().copied()),
                allowed = names.join(", ")
            ),
        );
        return None;
    };
    if let Target::Dimension(d) = target
        && cx.dimensions[d].kind == super::DimensionKind::Context
    {
        c.at(
            dimension.span(),
            crate::ui!(
                "problem-rule-context-dimension",
                rule = id.as_str(),
                dimension = dimension.get_ref().as_str()
            ),
        );
        return None;
    }
    Some((dimension, target))
}

/// The checked kind of a rule on a score; a `gap` needs a dimension with two views.
fn score_rule_kind(
    c: &mut Checker<'_>,
    r: &RawRule,
    value: f64,
    dimension: &Spanned<String>,
    target: Target,
) -> Option<RuleKind> {
    Some(match (r.kind, target) {
        (RawRuleKind::Imbalance, _) => RuleKind::Imbalance {
            target,
            at_least: value,
        },
        (RawRuleKind::High, _) => RuleKind::High {
            target,
            at_least: value,
        },
        (RawRuleKind::Low, _) => RuleKind::Low {
            target,
            at_most: value,
        },
        (RawRuleKind::Gap, Target::Dimension(dimension)) => RuleKind::Gap {
            dimension,
            at_least: value,
        },
        (RawRuleKind::Gap, _) => {
            c.at(
                dimension.span(),
                crate::ui!(
                    "problem-rule-gap-target",
                    rule = r.id.get_ref().as_str(),
                    target = dimension.get_ref().as_str()
                ),
            );
            return None;
        }
        (RawRuleKind::Item, _) => unreachable!("item rules are checked apart"),
    })
}

fn check_item_rule(
    c: &mut Checker<'_>,
    spanned: &Spanned<RawRule>,
    cx: &RuleContext<'_>,
    threshold: &Spanned<f64>,
) -> Option<RuleKind> {
    let r = spanned.get_ref();
    let id = r.id.get_ref();
    let Some(listed) = r.items.as_ref().filter(|l| !l.get_ref().is_empty()) else {
        let span = r.items.as_ref().map_or(spanned.span(), |l| l.span());
        c.at(
            span,
            crate::ui!("problem-rule-item-needs-items", rule = id.as_str()),
        );
        return None;
    };
    let value = *threshold.get_ref();
    let at_least = if value.fract() == 0.0 && value.abs() < 1e15 {
        Some(value as i64)
    } else {
        c.at(
            threshold.span(),
            crate::ui!(
                "problem-rule-item-not-whole",
                rule = id.as_str(),
                value = value.to_string()
            ),
        );
        None
    };
    let mut items = Vec::new();
    for name in listed.get_ref() {
        let Some(&i) = cx.item_index.get(name.get_ref()) else {
            c.at(
                name.span(),
                crate::ui!(
                    "problem-rule-unknown-item",
                    rule = id.as_str(),
                    item = name.get_ref().as_str(),
                    suggestion =
                        did_you_mean(name.get_ref(), cx.item_index.keys().map(String::as_str))
                ),
            );
            continue;
        };
        // An item without a scale is reported already; there is no range to check.
        if let (Some(at_least), Some(scale)) = (at_least, cx.item_scales[i].map(|s| &cx.scales[s]))
            && !scale.holds(at_least)
        {
            c.at(
                threshold.span(),
                crate::ui!(
                    "problem-rule-item-off-scale",
                    rule = id.as_str(),
                    value = at_least.to_string(),
                    item = name.get_ref().as_str(),
                    min = scale.min.to_string(),
                    max = scale.max.to_string()
                ),
            );
        }
        items.push(i);
    }
    let dimension = match &r.dimension {
        None => None,
        Some(d) => {
            let found = cx.dimensions.iter().position(|x| &x.id == d.get_ref());
            if found.is_none() {
                c.at(
                    d.span(),
                    crate::ui!(
                        "problem-rule-item-unknown-dimension",
                        rule = id.as_str(),
                        dimension = d.get_ref().as_str(),
                        suggestion =
                            did_you_mean(d.get_ref(), cx.dimensions.iter().map(|x| x.id.as_str()))
                    ),
                );
            }
            found
        }
    };
    Some(RuleKind::Item {
        items,
        at_least: at_least?,
        dimension,
    })
}

/// Every `{name}` in the message must be one its kind fills in.
fn check_placeholders(c: &mut Checker<'_>, r: &RawRule) {
    let allowed = fills_of(r.kind);
    let message = r.message.get_ref();
    if message.trim().is_empty() {
        c.at(
            r.message.span(),
            crate::ui!("problem-rule-empty-message", rule = r.id.get_ref().as_str()),
        );
    }
    for name in braced_names(message) {
        if !allowed.contains(&name) {
            let allowed_list: Vec<String> = allowed.iter().map(|p| format!("{{{p}}}")).collect();
            c.at(
                r.message.span(),
                crate::ui!(
                    "problem-rule-placeholder",
                    rule = r.id.get_ref().as_str(),
                    placeholder = format!("{{{name}}}"),
                    kind = kind_name(r.kind),
                    allowed = allowed_list.join(" ")
                ),
            );
        }
    }
}

/// Every `{name}` in a message, in order: the text between each `{` and the next `}`. A
/// translation's message must have the same set as its original's.
pub(super) fn braced_names(message: &str) -> impl Iterator<Item = &str> {
    let mut rest = message;
    std::iter::from_fn(move || {
        let open = rest.find('{')?;
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        rest = &after[close + 1..];
        Some(&after[..close])
    })
}

/// A rule is private when it reads a private dimension or any item of one (SPEC §6).
pub(super) fn reads_private(kind: &RuleKind, dimensions: &[Dimension], items: &[Item]) -> bool {
    let private_target = |t: &Target| matches!(t, Target::Dimension(d) if dimensions[*d].private);
    match kind {
        RuleKind::Imbalance { target, .. }
        | RuleKind::High { target, .. }
        | RuleKind::Low { target, .. } => private_target(target),
        RuleKind::Gap { dimension, .. } => dimensions[*dimension].private,
        RuleKind::Item {
            items: listed,
            dimension,
            ..
        } => {
            dimension.is_some_and(|d| dimensions[d].private)
                || listed
                    .iter()
                    .any(|&i| dimensions[items[i].dimension].private)
        }
    }
}
