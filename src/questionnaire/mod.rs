//! The questionnaire model: scales, dimensions, items and rules, validated and indexed.
//!
//! A [`Questionnaire`] only exists once it has passed every check of SPEC §3, so the scoring
//! engine can index into it without re-checking references.

mod bundled;
mod error;
mod load;
mod raw;
mod rule_checks;
mod validate;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use bundled::{BUNDLED, Bundled};
pub use error::{Problem, QuestionnaireError};
pub use load::parse;

/// What a dimension measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DimensionKind {
    /// A base of power (French and Raven); counts toward the power index.
    Power,
    /// A marker of a balanced relationship; counts toward the balance index.
    Marker,
    /// A safety concern (threats, isolation, fear); usually private.
    Risk,
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
pub const SCORE_FILLS: &[&str] = &["person", "score"];
/// The placeholders a `gap` rule fills.
pub const GAP_FILLS: &[&str] = &["person", "self_view", "partner_view", "difference"];
/// The placeholders an `item` rule fills.
pub const ITEM_FILLS: &[&str] = &["respondent"];

impl RuleKind {
    /// The placeholders this kind fills in its message (SPEC §5), in the order the scoring
    /// gives their values.
    pub fn placeholders(&self) -> &'static [&'static str] {
        match self {
            RuleKind::Imbalance { .. } => IMBALANCE_FILLS,
            RuleKind::High { .. } | RuleKind::Low { .. } => SCORE_FILLS,
            RuleKind::Gap { .. } => GAP_FILLS,
            RuleKind::Item { .. } => ITEM_FILLS,
        }
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
}

impl Questionnaire {
    /// The index of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.item_index.get(id).copied()
    }

    /// The scale of an item.
    pub fn scale_of(&self, item: &Item) -> &Scale {
        &self.scales[item.scale]
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
