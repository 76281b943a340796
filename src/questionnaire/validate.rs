//! From the raw TOML structs to a [`Questionnaire`], checking everything SPEC §3 lists.
//!
//! Every problem found is collected, each with its line and column, so that one run of
//! `validate` shows the author all that is wrong, not only the first thing.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::error::{LineIndex, Problem};
use super::raw::{RawDimension, RawNorms, RawQuestionnaire, RawRule};
use super::rule_checks::{RuleContext, check_rule, reads_private};
use super::{Dimension, DimensionKind, Item, Norms, Questionnaire, Rule, Scale};
use crate::limits::{MAX_ID_CHARS, MAX_TEXT_CHARS, shorten};
use crate::suggest::did_you_mean;

/// The `min_answered` used when a questionnaire names none.
const DEFAULT_MIN_ANSWERED: f64 = 0.5;

pub(super) struct Checker<'a> {
    index: &'a LineIndex<'a>,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    /// A checker with no problems yet, locating them in `index`'s text.
    pub(super) fn new(index: &'a LineIndex<'a>) -> Self {
        Checker {
            index,
            problems: Vec::new(),
        }
    }

    pub(super) fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(self.index.problem(span, message));
    }

    pub(super) fn line_of(&self, span: &Range<usize>) -> usize {
        self.index.position(span.start).0
    }

    pub(super) fn check_id(&mut self, what: &str, id: &Spanned<String>) {
        let chars = id.get_ref().chars().count();
        if chars > MAX_ID_CHARS {
            self.at(
                id.span(),
                crate::ui!(
                    "problem-id-too-long",
                    kind = what,
                    id = shorten(id.get_ref(), MAX_ID_CHARS).into_owned(),
                    chars = chars,
                    max = MAX_ID_CHARS
                ),
            );
            return;
        }
        let ok = !id.get_ref().is_empty()
            && id
                .get_ref()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.at(
                id.span(),
                crate::ui!(
                    "problem-id-not-allowed",
                    kind = what,
                    id = id.get_ref().as_str()
                ),
            );
        }
    }

    /// Refuses a text longer than [`MAX_TEXT_CHARS`], or, unless `may_be_empty`, one that is
    /// empty or only white space. `what` names it ("the text of item `x`").
    pub(super) fn check_text(
        &mut self,
        what: &str,
        text: &str,
        span: Range<usize>,
        may_be_empty: bool,
    ) {
        self.check_text_with(|| what.to_owned(), text, span, may_be_empty);
    }

    /// [`check_text`](Self::check_text) with `what` put into words only when the text is
    /// refused: most texts are fine.
    pub(super) fn check_text_with(
        &mut self,
        what: impl FnOnce() -> String,
        text: &str,
        span: Range<usize>,
        may_be_empty: bool,
    ) {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.at(
                span,
                crate::ui!(
                    "problem-text-too-long",
                    what = what(),
                    chars = chars,
                    max = MAX_TEXT_CHARS
                ),
            );
        } else if !may_be_empty && text.trim().is_empty() {
            self.at(span, crate::ui!("problem-text-empty", what = what()));
        }
    }

    /// Records `id` in `seen`, or reports it as a duplicate of the earlier one.
    pub(super) fn unique(
        &mut self,
        what: &str,
        id: &Spanned<String>,
        seen: &mut HashMap<String, Range<usize>>,
    ) {
        if let Some(first) = seen.get(id.get_ref()) {
            let line = self.line_of(first);
            self.at(
                id.span(),
                crate::ui!(
                    "problem-id-duplicate",
                    kind = what,
                    id = id.get_ref().as_str(),
                    line = line
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
    let mut c = Checker::new(index);
    let meta_span = raw.questionnaire.span();
    let min_answered = check_meta(&mut c, &raw, meta_span);

    let scales = check_scales(&mut c, &raw.scales);
    let names = ScaleNames {
        ids: scales.iter().map(|s| s.id.as_str()).collect(),
    };
    let default_named = raw.defaults.as_ref().is_some_and(|d| d.scale.is_some());
    let default_scale = raw
        .defaults
        .as_ref()
        .and_then(|d| d.scale.as_ref())
        .and_then(|s| names.resolve(&mut c, s));
    let item_scale = ItemScale {
        names: &names,
        default: default_scale,
        default_named,
    };
    let Built {
        groups,
        dimensions,
        mut items,
        item_scales,
    } = check_dimensions(&mut c, &raw.dimensions, &item_scale);
    let item_index: HashMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id.clone(), i))
        .collect();
    let raw_items: Vec<&Spanned<super::raw::RawItem>> = raw
        .dimensions
        .iter()
        .flat_map(|d| &d.get_ref().items)
        .collect();
    super::gates::check_gates(
        &mut c,
        &raw_items,
        &item_index,
        &item_scales,
        &scales,
        &dimensions,
        &mut items,
    );
    let context = RuleContext {
        dimensions: &dimensions,
        groups: &groups,
        item_scales: &item_scales,
        item_index: &item_index,
        scales: &scales,
    };
    let rules = check_rules(&mut c, &raw.rules, &context, &items);

    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| p.position);
        return Err(c.problems);
    }
    let meta = raw.questionnaire.into_inner();
    let after_by_id = Questionnaire::after_by_id(&items);
    Ok(Questionnaire {
        id: meta.id.into_inner(),
        title: meta.title,
        version: meta.version,
        description: meta.description,
        min_answered,
        min_answered_exact: super::Fraction::of(min_answered),
        scales,
        dimensions,
        items,
        groups,
        rules,
        resources: raw.resources.map(|r| r.into_inner().text),
        sha256,
        item_index,
        after_by_id,
    })
}

/// The `[questionnaire]` table, the `[resources]` text and that there are dimensions at all;
/// returns `min_answered` as given or by default.
fn check_meta(c: &mut Checker<'_>, raw: &RawQuestionnaire, meta_span: Range<usize>) -> f64 {
    let meta = raw.questionnaire.get_ref();
    c.check_id("questionnaire", &meta.id);
    let title = || crate::ui!("problem-what-title");
    c.check_text_with(title, &meta.title, meta_span.clone(), false);
    let version = || crate::ui!("problem-what-version");
    c.check_text_with(version, &meta.version, meta_span.clone(), false);
    if let Some(d) = &meta.description {
        let description = || crate::ui!("problem-what-description");
        c.check_text_with(description, d, meta_span.clone(), true);
    }
    if raw.dimensions.is_empty() {
        c.at(meta_span, crate::ui!("problem-no-dimensions"));
    }
    if let Some(r) = &raw.resources {
        let resources = || crate::ui!("problem-what-resources");
        c.check_text_with(resources, &r.get_ref().text, r.span(), false);
    }
    match &meta.min_answered {
        None => DEFAULT_MIN_ANSWERED,
        Some(m) => {
            let v = *m.get_ref();
            if !(v > 0.0 && v <= 1.0) {
                c.at(
                    m.span(),
                    crate::ui!("problem-min-answered", value = v.to_string()),
                );
            }
            v
        }
    }
}

/// The ids of the scales defined, to resolve a scale an item or `[defaults]` names.
struct ScaleNames<'a> {
    ids: Vec<&'a str>,
}

impl ScaleNames<'_> {
    /// The index of the scale `name` names, or a problem saying which scales there are.
    fn resolve(&self, c: &mut Checker<'_>, name: &Spanned<String>) -> Option<usize> {
        let found = self.ids.iter().position(|s| s == name.get_ref());
        if found.is_none() {
            c.at(
                name.span(),
                crate::ui!(
                    "problem-unknown-scale",
                    scale = name.get_ref().as_str(),
                    suggestion = did_you_mean(name.get_ref(), self.ids.iter().copied()),
                    defined = list_or_none(&self.ids)
                ),
            );
        }
        found
    }
}

/// How an item's scale is found: its own `scale`, else the one `[defaults]` names.
struct ItemScale<'a> {
    names: &'a ScaleNames<'a>,
    default: Option<usize>,
    /// `[defaults]` names a scale, known or not (an unknown one is reported once).
    default_named: bool,
}

/// The model's dimensions and items, with each item's scale where it resolved.
struct Built {
    groups: Vec<String>,
    dimensions: Vec<Dimension>,
    items: Vec<Item>,
    /// Each item's scale where it resolved: an item whose scale did not is already reported,
    /// and its `Item::scale` of 0 is only a placeholder (there may be no scale 0 at all).
    item_scales: Vec<Option<usize>>,
}

/// Every dimension and its items.
fn check_dimensions(
    c: &mut Checker<'_>,
    raw: &[Spanned<RawDimension>],
    item_scale: &ItemScale<'_>,
) -> Built {
    // Dimensions first, so that groups can be checked against every dimension id.
    let mut dimension_seen = HashMap::new();
    for d in raw {
        c.check_id("dimension", &d.get_ref().id);
        c.unique("dimension", &d.get_ref().id, &mut dimension_seen);
    }
    let mut built = Built {
        groups: Vec::new(),
        dimensions: Vec::new(),
        items: Vec::new(),
        item_scales: Vec::new(),
    };
    let mut item_seen = HashMap::new();
    for (d_index, spanned) in raw.iter().enumerate() {
        let d = spanned.get_ref();
        let group = check_power_only(c, d, &dimension_seen, &mut built.groups);
        let shown = shorten(d.id.get_ref(), MAX_ID_CHARS);
        let what = || crate::ui!("problem-what-dimension-name", dimension = shown.as_ref());
        c.check_text_with(what, &d.name, spanned.span(), false);
        if let Some(text) = &d.description {
            let what = || {
                crate::ui!(
                    "problem-what-dimension-description",
                    dimension = shown.as_ref()
                )
            };
            c.check_text_with(what, text, spanned.span(), true);
        }
        if d.items.is_empty() {
            c.at(
                spanned.span(),
                crate::ui!(
                    "problem-dimension-no-items",
                    dimension = d.id.get_ref().as_str()
                ),
            );
        }
        for spanned_item in &d.items {
            let scale = check_item(c, spanned_item, item_scale, &mut item_seen);
            let item = spanned_item.get_ref();
            built.item_scales.push(scale);
            built.items.push(Item {
                id: item.id.get_ref().clone(),
                dimension: d_index,
                about: item.about,
                text: item.text.clone(),
                reverse: item.reverse,
                scale: scale.unwrap_or(0),
                asked_if: None,
            });
        }
        built.dimensions.push(Dimension {
            id: d.id.get_ref().clone(),
            kind: d.kind,
            name: d.name.clone(),
            description: d.description.clone(),
            weight: d.weight.as_ref().map_or(1.0, |w| *w.get_ref()),
            group,
            private: d.private,
            norms: d.norms.as_ref().and_then(|n| check_norms(c, n)),
        });
    }
    built
}

/// One item's id and text; returns its scale where it resolves.
fn check_item(
    c: &mut Checker<'_>,
    spanned_item: &Spanned<super::raw::RawItem>,
    item_scale: &ItemScale<'_>,
    item_seen: &mut HashMap<String, Range<usize>>,
) -> Option<usize> {
    let item = spanned_item.get_ref();
    c.check_id("item", &item.id);
    c.unique("item", &item.id, item_seen);
    let what = || {
        let item = shorten(item.id.get_ref(), MAX_ID_CHARS);
        crate::ui!("problem-what-item-text", item = item)
    };
    c.check_text_with(what, &item.text, spanned_item.span(), false);
    match &item.scale {
        Some(name) => item_scale.names.resolve(c, name),
        // A default that names an unknown scale is reported once, above.
        None if item_scale.default.is_some() || item_scale.default_named => item_scale.default,
        None => {
            c.at(
                spanned_item.span(),
                crate::ui!("problem-item-no-scale", item = item.id.get_ref().as_str()),
            );
            None
        }
    }
}

/// Every rule: its id and texts, then what its kind needs ([`check_rule`]).
fn check_rules(
    c: &mut Checker<'_>,
    raw: &[Spanned<RawRule>],
    context: &RuleContext<'_>,
    items: &[Item],
) -> Vec<Rule> {
    let mut rule_seen = HashMap::new();
    let mut rules = Vec::new();
    for spanned in raw {
        let r = spanned.get_ref();
        c.check_id("rule", &r.id);
        c.unique("rule", &r.id, &mut rule_seen);
        let shown = shorten(r.id.get_ref(), MAX_ID_CHARS);
        let message = &r.message;
        let what = || crate::ui!("problem-what-rule-message", rule = shown.as_ref());
        c.check_text_with(what, message.get_ref(), message.span(), false);
        if let Some(text) = &r.prompt {
            let what = || crate::ui!("problem-what-rule-prompt", rule = shown.as_ref());
            c.check_text_with(what, text, spanned.span(), true);
        }
        if let Some(text) = &r.basis {
            let what = || crate::ui!("problem-what-rule-basis", rule = shown.as_ref());
            c.check_text_with(what, text, spanned.span(), true);
        }
        if let Some(kind) = check_rule(c, spanned, context) {
            let private = r.private || reads_private(&kind, context.dimensions, items);
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
    rules
}

pub(super) fn list_or_none(names: &[&str]) -> String {
    if names.is_empty() {
        crate::ui!("error-list-none")
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
        for (i, label) in s.labels.get_ref().iter().enumerate() {
            let what = || {
                let scale = shorten(id, MAX_ID_CHARS);
                crate::ui!("problem-what-label", number = i + 1, scale = scale)
            };
            c.check_text_with(what, label, s.labels.span(), false);
        }
        if s.min >= s.max {
            c.at(
                spanned.span(),
                crate::ui!(
                    "problem-scale-min-max",
                    scale = id.as_str(),
                    min = s.min.to_string(),
                    max = s.max.to_string()
                ),
            );
        } else {
            let points = i128::from(s.max) - i128::from(s.min) + 1;
            if s.labels.get_ref().len() as i128 != points {
                c.at(
                    s.labels.span(),
                    crate::ui!(
                        "problem-scale-label-count",
                        scale = id.as_str(),
                        labels = s.labels.get_ref().len(),
                        points = points.to_string(),
                        min = s.min.to_string(),
                        max = s.max.to_string()
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

/// Checks `[dimensions.norms]`: `sd` above 0, `reliability` strictly between 0 and 1, `n` a
/// whole number of at least 2. The model gets norms only when all of them hold.
fn check_norms(c: &mut Checker<'_>, norms: &Spanned<RawNorms>) -> Option<Norms> {
    let raw = norms.get_ref();
    let before = c.problems.len();
    let sd = *raw.sd.get_ref();
    if !(sd.is_finite() && sd > 0.0) {
        c.at(
            raw.sd.span(),
            crate::ui!("problem-norms-sd", value = sd.to_string()),
        );
    }
    let reliability = *raw.reliability.get_ref();
    if !(reliability > 0.0 && reliability < 1.0) {
        c.at(
            raw.reliability.span(),
            crate::ui!("problem-norms-reliability", value = reliability.to_string()),
        );
    }
    let n = raw.n.as_ref().and_then(|n| {
        let v = *n.get_ref();
        // 2^53: every whole number up to it is exact in an f64.
        let whole = v.fract() == 0.0 && (2.0..=9_007_199_254_740_992.0).contains(&v);
        if !whole {
            c.at(
                n.span(),
                crate::ui!("problem-norms-n", value = v.to_string()),
            );
        }
        whole.then_some(v as u64)
    });
    (c.problems.len() == before).then(|| Norms {
        sd,
        reliability,
        n,
        basis: raw.basis.clone(),
    })
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
                crate::ui!(
                    "problem-weight-not-power",
                    dimension = d.id.get_ref().as_str()
                ),
            );
        } else if !(v.is_finite() && v > 0.0) {
            c.at(
                w.span(),
                crate::ui!("problem-weight-value", value = v.to_string()),
            );
        }
    }
    let g = d.group.as_ref()?;
    if !is_power {
        c.at(
            g.span(),
            crate::ui!(
                "problem-group-not-power",
                dimension = d.id.get_ref().as_str()
            ),
        );
        return None;
    }
    c.check_id("group", g);
    let name = g.get_ref();
    if dimension_ids.contains_key(name) || name == "power_index" || name == "balance_index" {
        c.at(
            g.span(),
            crate::ui!("problem-group-clash", group = name.as_str()),
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
