//! From the raw TOML structs to a [`Questionnaire`], checking everything SPEC §3 lists.
//!
//! Every problem found is collected, each with its line and column, so that one run of
//! `validate` shows the author all that is wrong, not only the first thing.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::error::{LineIndex, Problem};
use super::raw::{RawDimension, RawQuestionnaire, RawRule, RawRuleKind};
use super::{Dimension, DimensionKind, Item, Questionnaire, Rule, RuleKind, Scale, Target};
use crate::suggest::did_you_mean;

/// The `min_answered` used when a questionnaire names none.
const DEFAULT_MIN_ANSWERED: f64 = 0.5;

/// The placeholders each rule kind fills in its message (SPEC §5).
fn placeholders(kind: RawRuleKind) -> &'static [&'static str] {
    match kind {
        RawRuleKind::Imbalance => &["stronger", "weaker", "difference"],
        RawRuleKind::High | RawRuleKind::Low => &["person", "score"],
        RawRuleKind::Gap => &["person", "self_view", "partner_view", "difference"],
        RawRuleKind::Item => &["respondent"],
    }
}

struct Checker<'a> {
    index: &'a LineIndex<'a>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(self.index.problem(span, message));
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        self.index.position(span.start).0
    }

    fn check_id(&mut self, what: &str, id: &Spanned<String>) {
        let ok = !id.get_ref().is_empty()
            && id
                .get_ref()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.at(
                id.span(),
                format!(
                    "{what} id `{}` is not allowed; use lower-case letters, digits and `-` only",
                    id.get_ref()
                ),
            );
        }
    }

    /// Records `id` in `seen`, or reports it as a duplicate of the earlier one.
    fn unique(
        &mut self,
        what: &str,
        id: &Spanned<String>,
        seen: &mut HashMap<String, Range<usize>>,
    ) {
        if let Some(first) = seen.get(id.get_ref()) {
            let line = self.line_of(first);
            self.at(
                id.span(),
                format!(
                    "duplicate {what} id `{}` (first defined on line {line}); ids must be unique",
                    id.get_ref()
                ),
            );
        } else {
            seen.insert(id.get_ref().clone(), id.span());
        }
    }
}

pub(super) fn build(
    raw: RawQuestionnaire,
    index: &LineIndex<'_>,
    sha256: String,
) -> Result<Questionnaire, Vec<Problem>> {
    let mut c = Checker {
        index,
        problems: Vec::new(),
    };
    let meta = raw.questionnaire.into_inner();
    c.check_id("questionnaire", &meta.id);
    let min_answered = match &meta.min_answered {
        None => DEFAULT_MIN_ANSWERED,
        Some(m) => {
            let v = *m.get_ref();
            if !(v > 0.0 && v <= 1.0) {
                c.at(
                    m.span(),
                    format!("min_answered is {v}; allowed: a fraction above 0 and at most 1"),
                );
            }
            v
        }
    };

    let scales = check_scales(&mut c, &raw.scales);
    let scale_ids: Vec<&str> = scales.iter().map(|s| s.id.as_str()).collect();
    let resolve_scale = |c: &mut Checker, name: &Spanned<String>| -> Option<usize> {
        let found = scale_ids.iter().position(|s| s == name.get_ref());
        if found.is_none() {
            c.at(
                name.span(),
                format!(
                    "unknown scale `{}`{}; defined scales: {}",
                    name.get_ref(),
                    did_you_mean(name.get_ref(), scale_ids.iter().copied()),
                    list_or_none(&scale_ids)
                ),
            );
        }
        found
    };
    let default_named = raw.defaults.as_ref().is_some_and(|d| d.scale.is_some());
    let default_scale = raw
        .defaults
        .as_ref()
        .and_then(|d| d.scale.as_ref())
        .and_then(|s| resolve_scale(&mut c, s));

    // Dimensions first, so that groups can be checked against every dimension id.
    let mut dimension_seen = HashMap::new();
    for d in &raw.dimensions {
        c.check_id("dimension", &d.get_ref().id);
        c.unique("dimension", &d.get_ref().id, &mut dimension_seen);
    }
    let mut groups: Vec<String> = Vec::new();
    let mut dimensions = Vec::new();
    let mut items = Vec::new();
    let mut item_seen = HashMap::new();
    for (d_index, spanned) in raw.dimensions.iter().enumerate() {
        let d = spanned.get_ref();
        let group = check_power_only(&mut c, d, &dimension_seen, &mut groups);
        if d.items.is_empty() {
            c.at(
                spanned.span(),
                format!(
                    "dimension `{}` has no items; add at least one [[dimensions.items]]",
                    d.id.get_ref()
                ),
            );
        }
        for spanned_item in &d.items {
            let item = spanned_item.get_ref();
            c.check_id("item", &item.id);
            c.unique("item", &item.id, &mut item_seen);
            let scale = match &item.scale {
                Some(name) => resolve_scale(&mut c, name),
                // A default that names an unknown scale is reported once, above.
                None if default_scale.is_some() || default_named => default_scale,
                None => {
                    c.at(
                        spanned_item.span(),
                        format!(
                            "item `{}` has no scale; give it `scale = \"…\"` or set `scale` under [defaults]",
                            item.id.get_ref()
                        ),
                    );
                    None
                }
            };
            items.push(Item {
                id: item.id.get_ref().clone(),
                dimension: d_index,
                about: item.about,
                text: item.text.clone(),
                reverse: item.reverse,
                scale: scale.unwrap_or(0),
            });
        }
        dimensions.push(Dimension {
            id: d.id.get_ref().clone(),
            kind: d.kind,
            name: d.name.clone(),
            description: d.description.clone(),
            weight: d.weight.as_ref().map_or(1.0, |w| *w.get_ref()),
            group,
            private: d.private,
        });
    }
    let item_index: HashMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id.clone(), i))
        .collect();

    let mut rule_seen = HashMap::new();
    let mut rules = Vec::new();
    for spanned in &raw.rules {
        let r = spanned.get_ref();
        c.check_id("rule", &r.id);
        c.unique("rule", &r.id, &mut rule_seen);
        let context = RuleContext {
            dimensions: &dimensions,
            groups: &groups,
            items: &items,
            item_index: &item_index,
            scales: &scales,
        };
        if let Some(kind) = check_rule(&mut c, spanned, &context) {
            let private = r.private || reads_private(&kind, &dimensions, &items);
            rules.push(Rule {
                id: r.id.get_ref().clone(),
                kind,
                severity: r.severity,
                message: r.message.get_ref().clone(),
                prompt: r.prompt.clone(),
                basis: r.basis.clone(),
                private,
            });
        }
    }

    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.position);
        return Err(c.problems);
    }
    Ok(Questionnaire {
        id: meta.id.into_inner(),
        title: meta.title,
        version: meta.version,
        description: meta.description,
        min_answered,
        scales,
        dimensions,
        items,
        groups,
        rules,
        resources: raw.resources.map(|r| r.text),
        sha256,
        item_index,
    })
}

fn list_or_none(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

fn check_scales(
    c: &mut Checker<'_>,
    raw: &indexmap::IndexMap<String, Spanned<super::raw::RawScale>>,
) -> Vec<Scale> {
    let mut scales = Vec::new();
    for (id, spanned) in raw {
        let s = spanned.get_ref();
        c.check_id("scale", &Spanned::new(spanned.span(), id.clone()));
        if s.min >= s.max {
            c.at(
                spanned.span(),
                format!(
                    "scale `{id}` has min {} and max {}; min must be less than max",
                    s.min, s.max
                ),
            );
        } else {
            let points = i128::from(s.max) - i128::from(s.min) + 1;
            if s.labels.get_ref().len() as i128 != points {
                c.at(
                    s.labels.span(),
                    format!(
                        "scale `{id}` has {} labels but {points} points ({} to {}); give exactly one label per point",
                        s.labels.get_ref().len(),
                        s.min,
                        s.max
                    ),
                );
            }
        }
        scales.push(Scale {
            id: id.clone(),
            min: s.min,
            max: s.max,
            labels: s.labels.get_ref().clone(),
        });
    }
    scales
}

/// Checks `weight` and `group`, which only power dimensions may have; returns the group index.
fn check_power_only(
    c: &mut Checker<'_>,
    d: &RawDimension,
    dimension_ids: &HashMap<String, Range<usize>>,
    groups: &mut Vec<String>,
) -> Option<usize> {
    let is_power = d.kind == DimensionKind::Power;
    if let Some(w) = &d.weight {
        let v = *w.get_ref();
        if !is_power {
            c.at(
                w.span(),
                format!(
                    "`weight` is only for power dimensions; `{}` is not one",
                    d.id.get_ref()
                ),
            );
        } else if !(v.is_finite() && v > 0.0) {
            c.at(
                w.span(),
                format!("weight is {v}; allowed: a number above 0"),
            );
        }
    }
    let g = d.group.as_ref()?;
    if !is_power {
        c.at(
            g.span(),
            format!(
                "`group` is only for power dimensions; `{}` is not one",
                d.id.get_ref()
            ),
        );
        return None;
    }
    c.check_id("group", g);
    let name = g.get_ref();
    if dimension_ids.contains_key(name) || name == "power_index" || name == "balance_index" {
        c.at(
            g.span(),
            format!("group id `{name}` clashes with a dimension or index of the same name; rename the group"),
        );
    }
    Some(match groups.iter().position(|x| x == name) {
        Some(i) => i,
        None => {
            groups.push(name.clone());
            groups.len() - 1
        }
    })
}

struct RuleContext<'a> {
    dimensions: &'a [Dimension],
    groups: &'a [String],
    items: &'a [Item],
    item_index: &'a HashMap<String, usize>,
    scales: &'a [Scale],
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

fn check_rule(
    c: &mut Checker<'_>,
    spanned: &Spanned<RawRule>,
    cx: &RuleContext<'_>,
) -> Option<RuleKind> {
    let r = spanned.get_ref();
    let id = r.id.get_ref();
    let kind = kind_name(r.kind);
    let before = c.problems.len();
    check_placeholders(c, r);

    // Which threshold each kind takes, and which it must not have.
    let (wanted, unwanted) = if r.kind == RawRuleKind::Low {
        (&r.at_most, (&r.at_least, "at_least"))
    } else {
        (&r.at_least, (&r.at_most, "at_most"))
    };
    let wanted_name = if r.kind == RawRuleKind::Low {
        "at_most"
    } else {
        "at_least"
    };
    if let (Some(extra), name) = unwanted {
        c.at(
            extra.span(),
            format!("rule `{id}` of kind `{kind}` takes `{wanted_name}`, not `{name}`"),
        );
    }
    let Some(threshold) = wanted else {
        c.at(
            spanned.span(),
            format!("rule `{id}` of kind `{kind}` needs `{wanted_name}`"),
        );
        return None;
    };
    let value = *threshold.get_ref();

    if r.kind == RawRuleKind::Item {
        return check_item_rule(c, spanned, cx, threshold).filter(|_| c.problems.len() == before);
    }
    if let Some(items) = &r.items {
        c.at(
            items.span(),
            format!("rule `{id}` of kind `{kind}` does not take `items`; only `item` rules do"),
        );
    }
    if !(0.0..=100.0).contains(&value) {
        c.at(
            threshold.span(),
            format!(
                "rule `{id}`: {wanted_name} = {value} is off the 0–100 score range; allowed: 0 to 100"
            ),
        );
    }
    let Some(dimension) = &r.dimension else {
        c.at(
            spanned.span(),
            format!("rule `{id}` of kind `{kind}` needs `dimension` (a dimension, a group, `power_index` or `balance_index`)"),
        );
        return None;
    };
    let Some(target) = cx.target(dimension.get_ref()) else {
        let names = cx.target_names();
        c.at(
            dimension.span(),
            format!(
                "rule `{id}` names unknown dimension `{}`{}; allowed: {}",
                dimension.get_ref(),
                did_you_mean(dimension.get_ref(), names.iter().copied()),
                names.join(", ")
            ),
        );
        return None;
    };
    let kind = match (r.kind, target) {
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
                format!(
                    "rule `{id}` of kind `gap` needs a dimension, not `{}`: groups and indices have no self and partner views",
                    dimension.get_ref()
                ),
            );
            return None;
        }
        (RawRuleKind::Item, _) => unreachable!("item rules are checked above"),
    };
    (c.problems.len() == before).then_some(kind)
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
            format!(
                "rule `{id}` of kind `item` needs `items = [\"item-id\", …]` with at least one item"
            ),
        );
        return None;
    };
    let value = *threshold.get_ref();
    let at_least = if value.fract() == 0.0 && value.abs() < 1e15 {
        Some(value as i64)
    } else {
        c.at(
            threshold.span(),
            format!("rule `{id}`: at_least = {value} must be a whole number, a raw answer on the items' scale"),
        );
        None
    };
    let mut items = Vec::new();
    for name in listed.get_ref() {
        let Some(&i) = cx.item_index.get(name.get_ref()) else {
            c.at(
                name.span(),
                format!(
                    "rule `{id}` names unknown item `{}`{}",
                    name.get_ref(),
                    did_you_mean(name.get_ref(), cx.item_index.keys().map(String::as_str))
                ),
            );
            continue;
        };
        let scale = &cx.scales[cx.items[i].scale];
        if let Some(at_least) = at_least
            && !(scale.min..=scale.max).contains(&at_least)
        {
            c.at(
                threshold.span(),
                format!(
                    "rule `{id}`: at_least = {at_least} is off the scale of item `{}`; allowed: {} to {}",
                    name.get_ref(),
                    scale.min,
                    scale.max
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
                    format!(
                        "rule `{id}` names unknown dimension `{}`{}; an `item` rule's dimension must be a dimension id",
                        d.get_ref(),
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
    let allowed = placeholders(r.kind);
    let message = r.message.get_ref();
    if message.trim().is_empty() {
        c.at(
            r.message.span(),
            format!("rule `{}` has an empty message", r.id.get_ref()),
        );
    }
    let mut rest = message.as_str();
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !allowed.contains(&name) {
            let allowed_list: Vec<String> = allowed.iter().map(|p| format!("{{{p}}}")).collect();
            c.at(
                r.message.span(),
                format!(
                    "rule `{}` uses `{{{name}}}`, which a `{}` rule does not fill; allowed: {}",
                    r.id.get_ref(),
                    kind_name(r.kind),
                    allowed_list.join(" ")
                ),
            );
        }
        rest = &after[close + 1..];
    }
}

/// A rule is private when it reads a private dimension or any item of one (SPEC §6).
fn reads_private(kind: &RuleKind, dimensions: &[Dimension], items: &[Item]) -> bool {
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
