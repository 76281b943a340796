//! The questionnaire TOML as written: serde structs with spans, before any semantic check.
//!
//! Every struct denies unknown keys, so a typo such as `revers = true` is an error with a
//! location rather than a silently ignored line. `validate.rs` turns these into the model.

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use super::{About, DimensionKind, Severity};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestionnaire {
    pub questionnaire: Spanned<RawMeta>,
    #[serde(default)]
    pub scales: IndexMap<String, Spanned<RawScale>>,
    pub defaults: Option<RawDefaults>,
    #[serde(default)]
    pub dimensions: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    pub rules: Vec<Spanned<RawRule>>,
    pub resources: Option<Spanned<RawResources>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMeta {
    pub id: Spanned<String>,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    pub min_answered: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScale {
    pub min: i64,
    pub max: i64,
    pub labels: Spanned<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDefaults {
    pub scale: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDimension {
    pub id: Spanned<String>,
    pub kind: DimensionKind,
    pub name: String,
    pub description: Option<String>,
    pub weight: Option<Spanned<f64>>,
    pub group: Option<Spanned<String>>,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub items: Vec<Spanned<RawItem>>,
    pub norms: Option<Spanned<RawNorms>>,
}

/// `[dimensions.norms]`: the dimension score's spread and reliability in a reference sample.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNorms {
    pub sd: Spanned<f64>,
    pub reliability: Spanned<f64>,
    /// Read as a number so that `12.5` gets a message about people, not about types.
    pub n: Option<Spanned<f64>>,
    pub basis: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub id: Spanned<String>,
    pub about: About,
    pub text: String,
    #[serde(default)]
    pub reverse: bool,
    pub scale: Option<Spanned<String>>,
    pub asked_if: Option<Spanned<RawGate>>,
}

/// `asked_if = { item = "ID", at_least = N, at_most = N }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGate {
    pub item: Spanned<String>,
    pub at_least: Option<Spanned<i64>>,
    pub at_most: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    pub id: Spanned<String>,
    pub kind: RawRuleKind,
    pub dimension: Option<Spanned<String>>,
    pub items: Option<Spanned<Vec<Spanned<String>>>>,
    pub at_least: Option<Spanned<f64>>,
    pub at_most: Option<Spanned<f64>>,
    pub severity: Severity,
    pub message: Spanned<String>,
    pub prompt: Option<String>,
    pub basis: Option<String>,
    #[serde(default)]
    pub private: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(super) enum RawRuleKind {
    Imbalance,
    High,
    Low,
    Gap,
    Item,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawResources {
    pub text: String,
}
