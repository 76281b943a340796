//! The questionnaire model: scales, dimensions, items and rules, validated and indexed.
//!
//! A [`Questionnaire`] only exists once it has passed every check of SPEC §3, so the scoring
//! engine can index into it without re-checking references.

mod bundled;
mod error;
mod gates;
mod load;
mod raw;
mod rule_checks;
mod translation;
mod validate;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use bundled::{ALL_VERSIONS, BUNDLED, Bundled, BundledTranslation, OLDER, TRANSLATIONS};
pub use error::{Problem, QuestionnaireError};
pub use load::parse;
use raw::RawRuleKind;
pub use translation::{Translated, Translation, is_translation, skeleton};

/// What a dimension measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DimensionKind {
    /// A base of power (French and Raven); counts toward the power index.
    Power,
    /// A marker of a balanced relationship; counts toward the balance index.
    Marker,
    /// Who has the say in an area of life; scored like any dimension, in neither index.
    Decision,
    /// A safety concern (threats, isolation, fear); usually private.
    Risk,
    /// Facts that decide which items apply (`asked_if` gates, such as "Do you have
    /// children?"): asked, never scored or shown.
    Context,
}

/// Who an item describes, from the respondent's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum About {
    /// The respondent describes themselves.
    #[serde(rename = "self")]
    Me,
    /// The respondent describes the other person.
    Partner,
    /// How something is shared between the two: the scale's lowest answer means "all the
    /// other person", its highest "all me" (SPEC §3). Counts in both views (SPEC §5).
    Both,
}

/// How serious a fired rule is. Ordered: `Info < Warning < Alert`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth talking about.
    Warning,
    /// A safety concern: resources are shown.
    Alert,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Alert => "alert",
        })
    }
}

/// A named response scale of whole numbers `min..=max`, one label per point.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// The scale's name, the key under `[scales]`.
    pub id: String,
    /// The lowest answer.
    pub min: i64,
    /// The highest answer.
    pub max: i64,
    /// One label per point, lowest first.
    pub labels: Vec<String>,
}

impl Scale {
    /// Whether `value` is an answer on this scale: a whole number from `min` to `max`. The
    /// one definition every path calls (the one-file and fast JSON Lines readers, the
    /// validator, the prompts).
    pub fn holds(&self, value: i64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The answer at `point` (0 is the lowest), whose label is `labels[point]`.
    pub fn value_at(&self, point: usize) -> i64 {
        self.min + point as i64
    }

    /// Where `value` stands on the scale (0 is the lowest), `None` when it is off the scale.
    pub fn point_of(&self, value: i64) -> Option<usize> {
        if !self.holds(value) {
            return None;
        }
        usize::try_from(value.checked_sub(self.min)?).ok()
    }

    /// The label of `value`, `None` when it is off the scale.
    pub fn label_of(&self, value: i64) -> Option<&str> {
        self.labels.get(self.point_of(value)?).map(String::as_str)
    }
}

/// One dimension: a power base, a balance marker or a risk.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    /// Its id, the key in reports.
    pub id: String,
    /// What it measures.
    pub kind: DimensionKind,
    /// Its display name.
    pub name: String,
    /// What it means, in a sentence.
    pub description: Option<String>,
    /// Its weight in the power index and its group (power dimensions; 1.0 by default).
    pub weight: f64,
    /// Index into [`Questionnaire::groups`] (power dimensions only).
    pub group: Option<usize>,
    /// Whether its results are left out of joint reports (SPEC §6).
    pub private: bool,
    /// The score's spread and reliability in a reference sample, for reliable change.
    pub norms: Option<Norms>,
}

/// `[dimensions.norms]`: how a dimension's score varies in a reference sample and how
/// reliable it is there, which is what reliable change (SPEC §9) needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Norms {
    /// The standard deviation of the dimension score (0–100 points), above 0.
    pub sd: f64,
    /// The score's reliability, between 0 and 1 (exclusive).
    pub reliability: f64,
    /// How many people the figures rest on.
    pub n: Option<u64>,
    /// Where the figures come from (a sample, a citation).
    pub basis: Option<String>,
}

impl Norms {
    /// Norms of `sd` and `reliability`, with no `n` or `basis`.
    pub fn new(sd: f64, reliability: f64) -> Self {
        Norms {
            sd,
            reliability,
            n: None,
            basis: None,
        }
    }

    /// The smallest change that is reliable at the 95% level (Jacobson & Truax, 1991):
    /// `1.96 · √2 · sd · √(1 − reliability)`, that is 1.96 times the standard error of the
    /// difference of two scores, each with standard error of measurement `sd · √(1 − r)`.
    pub fn reliable_change(&self) -> f64 {
        1.96 * std::f64::consts::SQRT_2 * self.sd * (1.0 - self.reliability).sqrt()
    }

    /// Whether a change of `change` points is reliable: at least [`reliable_change`](Self::reliable_change) either way.
    pub fn is_reliable(&self, change: f64) -> bool {
        change.abs() >= self.reliable_change()
    }
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Its id, the key in answers.
    pub id: String,
    /// Index into [`Questionnaire::dimensions`].
    pub dimension: usize,
    /// Whom it describes.
    pub about: About,
    /// The question as shown.
    pub text: String,
    /// Reverse-keyed: agreeing means less of the dimension.
    pub reverse: bool,
    /// Index into [`Questionnaire::scales`].
    pub scale: usize,
    /// The item applies only when an earlier item was answered in a range (`asked_if`).
    pub asked_if: Option<Gate>,
}

/// An `asked_if` condition: the item applies when item `item` applies and was answered with
/// a value in `at_least..=at_most` (either bound may be absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gate {
    /// Index into [`Questionnaire::items`]; always an earlier item.
    pub item: usize,
    /// The lowest value that opens the gate.
    pub at_least: Option<i64>,
    /// The highest value that opens the gate.
    pub at_most: Option<i64>,
}

impl Gate {
    /// Whether a value opens the gate.
    pub fn opens(&self, value: i64) -> bool {
        self.at_least.is_none_or(|lo| value >= lo) && self.at_most.is_none_or(|hi| value <= hi)
    }
}

/// `min_answered` as the exact decimal fraction written, `numerator / denominator`, so that
/// "7 of 100 meets 0.07" holds although `0.07 * 100` is `7.000000000000001` in floating point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    numerator: u128,
    denominator: u128,
}

impl Fraction {
    /// The decimal a finite `value` in (0, 1] reads as (its shortest round-trip form, which is
    /// the decimal an author wrote, `0.07` for `0.07`). A value with more than 30 decimal
    /// places is rounded up at the 30th, which no questionnaire can tell apart.
    pub fn of(value: f64) -> Self {
        const MOST_PLACES: u32 = 30;
        let text = format!("{value}");
        let (whole, places) = text.split_once('.').unwrap_or((&text, ""));
        let kept = &places[..places.len().min(MOST_PLACES as usize)];
        let digits = format!("{whole}{kept}");
        let mut numerator: u128 = digits.parse().unwrap_or(1);
        if kept.len() < places.len() && places[kept.len()..].bytes().any(|b| b != b'0') {
            numerator += 1;
        }
        Fraction {
            numerator,
            denominator: 10u128.pow(kept.len() as u32),
        }
    }

    /// Whether `answered` of `total` is at least this fraction: `answered / total >= n / d`,
    /// tested as `answered * d >= n * total` in whole numbers.
    pub fn met(&self, answered: usize, total: usize) -> bool {
        let (answered, total) = (answered as u128, total as u128);
        answered.saturating_mul(self.denominator) >= self.numerator.saturating_mul(total)
    }
}

/// What a rule compares: a dimension, a group, or one of the two indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into [`Questionnaire::dimensions`].
    Dimension(usize),
    /// Index into [`Questionnaire::groups`].
    Group(usize),
    /// The weighted mean of the power dimensions.
    PowerIndex,
    /// The mean of the balance markers.
    BalanceIndex,
}

/// A rule's kind with its thresholds (SPEC §5).
#[derive(Debug, Clone, PartialEq)]
pub enum RuleKind {
    /// `|score(A) - score(B)| >= at_least`, once per pair.
    Imbalance {
        /// What is compared.
        target: Target,
        /// Threshold in points.
        at_least: f64,
    },
    /// `score(P) >= at_least`, once per person.
    High {
        /// What is compared.
        target: Target,
        /// Threshold in points.
        at_least: f64,
    },
    /// `score(P) <= at_most`, once per person.
    Low {
        /// What is compared.
        target: Target,
        /// Threshold in points.
        at_most: f64,
    },
    /// `|self view(P) - partner view(P)| >= at_least`, once per person, both answered.
    Gap {
        /// Index into [`Questionnaire::dimensions`].
        dimension: usize,
        /// Threshold in points.
        at_least: f64,
    },
    /// Any listed item answered with a raw value `>= at_least`, once per respondent.
    Item {
        /// Indices into [`Questionnaire::items`].
        items: Vec<usize>,
        /// Threshold on the raw answer, before reverse keying.
        at_least: i64,
        /// The dimension named in the rule, if any.
        dimension: Option<usize>,
    },
}

/// The placeholders an `imbalance` rule fills in its message, in order.
pub const IMBALANCE_FILLS: &[&str] = &["stronger", "weaker", "difference"];
/// The placeholders a `high` or `low` rule fills.
/// `{other}` (an addition to SPEC §5) is the other person's name, so a message can name both.
pub const SCORE_FILLS: &[&str] = &["person", "score", "other"];
/// The placeholders a `gap` rule fills; `{other}` as for `high` and `low`.
pub const GAP_FILLS: &[&str] = &["person", "self_view", "partner_view", "difference", "other"];
/// The placeholders an `item` rule fills: `{answer}` is the label of the highest answer that
/// fired it.
pub const ITEM_FILLS: &[&str] = &["respondent", "answer"];

/// The placeholders each rule kind fills in its message (SPEC §5), in the order the scoring
/// gives their values: the one table the validator and the scoring both read.
fn fills_of(kind: RawRuleKind) -> &'static [&'static str] {
    match kind {
        RawRuleKind::Imbalance => IMBALANCE_FILLS,
        RawRuleKind::High | RawRuleKind::Low => SCORE_FILLS,
        RawRuleKind::Gap => GAP_FILLS,
        RawRuleKind::Item => ITEM_FILLS,
    }
}

impl RuleKind {
    /// The placeholders this kind fills in its message (SPEC §5), in the order the scoring
    /// gives their values.
    pub fn placeholders(&self) -> &'static [&'static str] {
        fills_of(match self {
            RuleKind::Imbalance { .. } => RawRuleKind::Imbalance,
            RuleKind::High { .. } => RawRuleKind::High,
            RuleKind::Low { .. } => RawRuleKind::Low,
            RuleKind::Gap { .. } => RawRuleKind::Gap,
            RuleKind::Item { .. } => RawRuleKind::Item,
        })
    }
}

/// A warning rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Its id.
    pub id: String,
    /// What it checks.
    pub kind: RuleKind,
    /// How serious it is.
    pub severity: Severity,
    /// The message, with `{placeholders}`.
    pub message: String,
    /// A question to talk about.
    pub prompt: Option<String>,
    /// Where the threshold comes from.
    pub basis: Option<String>,
    /// Private: written so, or reading a private dimension or one of its items.
    pub private: bool,
}

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    /// Its id (`[a-z0-9-]+`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its version, saved with answers.
    pub version: String,
    /// What it measures.
    pub description: Option<String>,
    /// Fraction of a view's items needed to score it.
    pub min_answered: f64,
    /// The same fraction, exact, as the scoring tests it.
    pub min_answered_exact: Fraction,
    /// The response scales.
    pub scales: Vec<Scale>,
    /// The dimensions, in file order.
    pub dimensions: Vec<Dimension>,
    /// Every item, in file order.
    pub items: Vec<Item>,
    /// Group ids, in order of first use.
    pub groups: Vec<String>,
    /// The rules, in file order.
    pub rules: Vec<Rule>,
    /// Text shown when a private or alert rule fires.
    pub resources: Option<String>,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    item_index: HashMap<String, usize>,
    /// Each item's successor in the order of the ids (as bytes), then the first item in that
    /// order: where answers come with their keys sorted, as many JSON writers sort them.
    after_by_id: Vec<Option<usize>>,
}

impl Questionnaire {
    /// The index of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.item_index.get(id).copied()
    }

    /// The item whose id comes next after item `i`'s in the order of the ids, or the first
    /// in that order for `None`: the key a reader of answers sorted by key meets next.
    pub fn item_after_by_id(&self, i: Option<usize>) -> Option<usize> {
        *self.after_by_id.get(i.unwrap_or(self.items.len()))?
    }

    /// [`Questionnaire::item_after_by_id`] for every item, then for none.
    pub(super) fn after_by_id(items: &[Item]) -> Vec<Option<usize>> {
        let mut by_id: Vec<usize> = (0..items.len()).collect();
        by_id.sort_by(|&a, &b| items[a].id.as_bytes().cmp(items[b].id.as_bytes()));
        let mut after = vec![None; items.len() + 1];
        for pair in by_id.windows(2) {
            after[pair[0]] = Some(pair[1]);
        }
        after[items.len()] = by_id.first().copied();
        after
    }

    /// The scale of an item.
    pub fn scale_of(&self, item: &Item) -> &Scale {
        &self.scales[item.scale]
    }

    /// Whether any item is gated by `asked_if`.
    pub fn has_gates(&self) -> bool {
        self.items.iter().any(|i| i.asked_if.is_some())
    }

    /// Which items apply to a respondent with these answers (SPEC §3 `asked_if`): an item
    /// applies when it has no gate, or its gate item applies and was answered with a value
    /// that opens the gate. Gates always come before the items they gate, so one pass in file
    /// order decides every item.
    pub fn applicable(&self, values: &[Option<i64>], out: &mut Vec<bool>) {
        let gated = (0..self.items.len()).filter(|&i| self.items[i].asked_if.is_some());
        self.applicable_among(gated, values, out);
    }

    /// [`Questionnaire::applicable`], given the items that have a gate (`gated`, in file
    /// order; scoring keeps the list): every other item applies, and only these are decided.
    pub(crate) fn applicable_among(
        &self,
        gated: impl IntoIterator<Item = usize>,
        values: &[Option<i64>],
        out: &mut Vec<bool>,
    ) {
        out.clear();
        out.resize(self.items.len(), true);
        for i in gated {
            if let Some(g) = self.items[i].asked_if {
                out[i] = out[g.item] && values[g.item].is_some_and(|v| g.opens(v));
            }
        }
    }

    /// Whether any dimension is private.
    pub fn has_private(&self) -> bool {
        self.dimensions.iter().any(|d| d.private)
    }

    /// The id a target is reported under.
    pub fn target_id(&self, target: Target) -> &str {
        match target {
            Target::Dimension(d) => &self.dimensions[d].id,
            Target::Group(g) => &self.groups[g],
            Target::PowerIndex => "power_index",
            Target::BalanceIndex => "balance_index",
        }
    }
}

/// Which questionnaire, exactly.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Instrument {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// SHA-256 of its file's bytes.
    pub sha256: String,
}

impl Instrument {
    /// Which questionnaire `q` is, exactly.
    pub fn of(q: &Questionnaire) -> Self {
        Instrument {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.sha256.clone(),
        }
    }

    /// Whether `q` is this questionnaire: the same id and the same file.
    pub fn is_of(&self, q: &Questionnaire) -> bool {
        self.sha256 == q.sha256 && self.id == q.id
    }

    /// Whether `other` is this questionnaire, as [`Instrument::is_of`] judges.
    pub fn is(&self, other: &Instrument) -> bool {
        self.sha256 == other.sha256 && self.id == other.id
    }
}

#[cfg(test)]
mod tests {
    use super::{Norms, Scale};

    #[test]
    fn a_value_is_on_the_scale_from_min_to_max() {
        let scale = Scale {
            id: "s".to_owned(),
            min: -1,
            max: 2,
            labels: ["a", "b", "c", "d"].map(str::to_owned).to_vec(),
        };
        let on: Vec<i64> = (-3..=4).filter(|&v| scale.holds(v)).collect();
        assert_eq!(on, [-1, 0, 1, 2]);
        // Point 2 is min + 2 = -1 + 2 = 1, labelled "c"; and back.
        assert_eq!(scale.value_at(2), 1);
        assert_eq!(scale.point_of(1), Some(2));
        assert_eq!(scale.label_of(1), Some("c"));
        assert_eq!(scale.label_of(-1), Some("a"));
        assert_eq!(scale.label_of(2), Some("d"));
        for off in [-2, 3, i64::MIN, i64::MAX] {
            assert!(!scale.holds(off));
            assert_eq!(scale.point_of(off), None);
            assert_eq!(scale.label_of(off), None);
        }
    }

    fn norms(sd: f64, reliability: f64) -> Norms {
        Norms::new(sd, reliability)
    }

    #[test]
    fn reliable_change_is_jacobson_and_truax() {
        // sd 10, r 0.8: SEm = 10 · √0.2 = 4.4721; S_diff = √2 · 4.4721 = 6.3246;
        // 1.96 · 6.3246 = 12.396.
        let n = norms(10.0, 0.8);
        assert!((n.reliable_change() - 12.396_128).abs() < 1e-6);
        assert!(n.is_reliable(12.5) && n.is_reliable(-12.5));
        assert!(!n.is_reliable(12.3) && !n.is_reliable(-12.3));
        // sd 15, r 0.75: 15 · √0.25 = 7.5; √2 · 7.5 = 10.6066; 1.96 · 10.6066 = 20.789.
        assert!((norms(15.0, 0.75).reliable_change() - 20.788_939).abs() < 1e-6);
    }

    /// Following `item_after_by_id` from the start visits every item once, in the order of
    /// the ids, and ends.
    #[test]
    fn items_after_by_id_go_through_the_ids_in_order() {
        for b in crate::questionnaire::BUNDLED {
            let q = b.load().unwrap();
            let mut seen = Vec::new();
            let mut at = q.item_after_by_id(None);
            while let Some(i) = at {
                assert!(seen.len() < q.items.len(), "{}: a loop", q.id);
                seen.push(q.items[i].id.as_str());
                at = q.item_after_by_id(Some(i));
            }
            let mut ids: Vec<&str> = q.items.iter().map(|i| i.id.as_str()).collect();
            ids.sort_unstable();
            assert_eq!(seen, ids, "{}", q.id);
        }
    }
}
