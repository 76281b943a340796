//! Answers JSON (SPEC §4): parsing, checking against a questionnaire, pairing two people.
//!
//! Parsing goes straight into [`AnswerSet`] (no intermediate `serde_json::Value`), and an
//! answer value that is not a whole number is kept as a description so the error can name the
//! item and the allowed range instead of a bare serde message.

use std::fmt;

use indexmap::IndexMap;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

mod line;
mod scan;

pub use line::LineParser;

use crate::error::printable;
use crate::questionnaire::{BUNDLED, Bundled, Questionnaire};
use crate::suggest::did_you_mean;

/// Invalid answers (exit code 65): the file, where it is known the line and column, and what
/// is wrong and allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct AnswersError {
    /// The file as the user named it (`<stdin>` for standard input).
    pub file: String,
    /// 1-based line, where it is known (syntax errors, and every error of a JSON Lines line).
    pub line: Option<u64>,
    /// 1-based column on that line, where it is known.
    pub column: Option<u64>,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl fmt::Display for AnswersError {
    /// `file:line:column: message` on one line, control characters escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&printable(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", printable(&self.message))
    }
}

impl AnswersError {
    /// An error about a whole file, with no line.
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        AnswersError {
            file: file.to_owned(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A `serde_json` error, with its line and column moved to the front.
    pub fn from_json(file: &str, e: &serde_json::Error) -> Self {
        let text = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
        AnswersError {
            file: file.to_owned(),
            line: (e.line() > 0).then_some(e.line() as u64),
            column: (e.line() > 0).then_some(e.column().max(1) as u64),
            message: format!("invalid answers JSON: {message}"),
        }
    }
}

/// One answer as written: a whole number, `null`, or something else (kept to be reported).
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerValue {
    /// A whole number (`4`, or `4.0`).
    Int(i64),
    /// `null`: skipped, "prefer not to answer".
    Null,
    /// A whole number too large for any scale, as parsed.
    Huge(String),
    /// Anything else, described for the error message.
    Invalid(String),
}

impl Serialize for AnswerValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AnswerValue::Int(v) => s.serialize_i64(*v),
            AnswerValue::Null | AnswerValue::Huge(_) | AnswerValue::Invalid(_) => {
                s.serialize_none()
            }
        }
    }
}

impl schemars::JsonSchema for AnswerValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnswerValue".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A whole number on the item's scale, or null to skip (prefer not to answer).",
            "type": ["integer", "null"]
        })
    }
}

impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AnswerValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number or null")
            }
            fn visit_i64<E>(self, v: i64) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<AnswerValue, E> {
                Ok(i64::try_from(v)
                    .map_or_else(|_| AnswerValue::Invalid(v.to_string()), AnswerValue::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<AnswerValue, E> {
                Ok(if v.fract() != 0.0 || !v.is_finite() {
                    AnswerValue::Invalid(v.to_string())
                } else if v.abs() < 1e15 {
                    AnswerValue::Int(v as i64)
                } else {
                    AnswerValue::Huge(format!("{v:e}"))
                })
            }
            fn visit_str<E>(self, v: &str) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Invalid(format!("the text {v:?}")))
            }
            fn visit_bool<E>(self, v: bool) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Invalid(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Null)
            }
            fn visit_none<E>(self) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnswerValue, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(AnswerValue::Invalid("a list".to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnswerValue, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(AnswerValue::Invalid("an object".to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

/// One respondent's answers as written in JSON. Unknown top-level keys (`version`, `started`,
/// `completed`, `seed`, …) are accepted and ignored, so a saved file scores as it is.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(expecting = "an answers object with `respondent`, `partner` and `answers`")]
pub struct AnswerSet {
    /// The questionnaire id the answers are for.
    #[serde(default)]
    pub questionnaire: Option<String>,
    /// The questionnaire's version the answers were given on, as `take` saves it: a bundled
    /// older version scores them with that version (SPEC §3). A non-string counts as absent,
    /// as before the field was read.
    #[serde(
        default,
        deserialize_with = "string_or_nothing",
        skip_serializing_if = "Option::is_none"
    )]
    pub version: Option<String>,
    /// Who answered.
    pub respondent: String,
    /// Whom the `partner` items describe.
    pub partner: String,
    /// Item id to value; a missing item is skipped.
    pub answers: IndexMap<String, AnswerValue>,
    /// When the answers were finished (RFC 3339), as `take` saves it; the report's header
    /// shows it. `null` (unfinished) or any other non-string counts as absent: the key was
    /// always accepted, so no value of it may be rejected now.
    #[serde(
        default,
        deserialize_with = "string_or_nothing",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<String>")]
    pub completed: Option<String>,
}

/// A string, or `None` for any other JSON value.
fn string_or_nothing<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Loose {
        Text(String),
        Other(IgnoredAny),
    }
    Ok(match Loose::deserialize(d)? {
        Loose::Text(s) => Some(s),
        Loose::Other(_) => None,
    })
}

/// One or two answer sets read from one file: an object, or an array of one or two.
pub fn parse_file(file: &str, bytes: &[u8]) -> Result<Vec<AnswerSet>, AnswersError> {
    if bytes.trim_ascii().is_empty() {
        return Err(AnswersError::new(
            file,
            "the input is empty; give a JSON answers object (`powerbalance template` prints one)",
        ));
    }
    let is_array = bytes.trim_ascii_start().starts_with(b"[");
    let sets = if is_array {
        serde_json::from_slice::<Vec<AnswerSet>>(bytes)
    } else {
        serde_json::from_slice::<AnswerSet>(bytes).map(|s| vec![s])
    }
    .map_err(|e| AnswersError::from_json(file, &e))?;
    if sets.is_empty() || sets.len() > 2 {
        return Err(AnswersError::new(
            file,
            format!(
                "the array holds {} answer objects; allowed: one object, or an array of two (one per person)",
                sets.len()
            ),
        ));
    }
    Ok(sets)
}

/// The bundled questionnaire that an answers object names (when `-q` is not given).
pub fn named_questionnaire(set: &AnswerSet, file: &str) -> Result<&'static Bundled, AnswersError> {
    let Some(id) = &set.questionnaire else {
        return Err(AnswersError::new(
            file,
            "the answers have no `questionnaire` field; add one (e.g. \"relationship\") or pass `-q NAME|PATH`",
        ));
    };
    let Some(current) = Bundled::find(id) else {
        let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
        return Err(AnswersError::new(
            file,
            format!(
                "the answers name questionnaire `{id}`, which is not bundled{} (bundled: {}); pass `-q PATH` for your own",
                did_you_mean(id, ids.iter().copied()),
                ids.join(", ")
            ),
        ));
    };
    match &set.version {
        None => Ok(current),
        Some(version) => Bundled::find_version(id, version)
            .ok_or_else(|| AnswersError::new(file, unknown_version(id, version))),
    }
}

/// "these answers are for version 9 of `relationship`, which is not bundled (bundled: …)".
fn unknown_version(id: &str, version: &str) -> String {
    let versions: Vec<&str> = Bundled::versions(id).map(|b| b.version).collect();
    format!(
        "these answers are for version {version} of `{id}`, which is not bundled (bundled versions: {}); fix or remove the `version` field (without it the current version, {}, is used), or pass `-q PATH` for your own file",
        versions.join(", "),
        Bundled::find(id).map_or("none", |b| b.version)
    )
}

/// One or two answer sets, each with the file it came from, checked against `q` and paired.
pub fn pair_of(q: &Questionnaire, sets: &[(String, AnswerSet)]) -> Result<Pair, AnswersError> {
    let (first_file, first) = &sets[0];
    let first = first.check(q, first_file)?;
    match sets.get(1) {
        None => Ok(Pair::single(first)),
        Some((file, second)) => Pair::couple(first, second.check(q, file)?, file),
    }
}

/// One respondent's answers checked against a questionnaire: a value or `None` per item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Responses {
    /// Who answered.
    pub respondent: String,
    /// Whom the `partner` items describe.
    pub partner: String,
    /// Indexed like [`Questionnaire::items`]; `None` is skipped.
    pub values: Vec<Option<i64>>,
    /// When they finished, as written (meant to be RFC 3339; the report shows it only if so).
    pub completed: Option<String>,
}

impl AnswerSet {
    /// Checks names, item ids and values against `q`. `file` names the source in errors.
    pub fn check(&self, q: &Questionnaire, file: &str) -> Result<Responses, AnswersError> {
        let slots = self.check_slots(q, file)?;
        Ok(Responses {
            respondent: self.respondent.trim().to_owned(),
            partner: self.partner.trim().to_owned(),
            values: slots.into_iter().map(Option::flatten).collect(),
            completed: self.completed.as_deref().map(|t| t.trim().to_owned()),
        })
    }

    /// Like [`check`](Self::check), but keeps apart an item that was skipped (`Some(None)`)
    /// from one that was never reached (`None`), as resuming needs.
    pub fn check_slots(&self, q: &Questionnaire, file: &str) -> Result<Vec<Slot>, AnswersError> {
        let fail = |message: String| AnswersError::new(file, message);
        if let Some(id) = &self.questionnaire
            && id != &q.id
        {
            return Err(fail(format!(
                "these answers are for questionnaire `{id}`, but `{}` was loaded; pass `-q {id}` or fix the `questionnaire` field",
                q.id
            )));
        }
        if let Some(version) = &self.version
            && version != &q.version
            && Bundled::find_version(&q.id, version).is_some()
        {
            return Err(fail(format!(
                "these answers are for version {version} of `{}`, but version {} was loaded; leave out `-q` to score them with the version they name, or pass `-q {}@{version}`",
                q.id, q.version, q.id
            )));
        }
        for (field, name) in [("respondent", &self.respondent), ("partner", &self.partner)] {
            if name.trim().is_empty() {
                return Err(fail(format!(
                    "`{field}` is empty; give the person's name or a label such as \"A\""
                )));
            }
        }
        if self.respondent.trim() == self.partner.trim() {
            return Err(fail(format!(
                "`respondent` and `partner` are both \"{}\"; they must name two different people",
                self.respondent
            )));
        }
        let mut slots = vec![None; q.items.len()];
        for (id, value) in &self.answers {
            let Some(i) = q.item_index(id) else {
                return Err(fail(format!(
                    "unknown item `{id}` in {}'s answers{}; `powerbalance template -q {}` lists every item id",
                    self.respondent,
                    did_you_mean(id, q.items.iter().map(|it| it.id.as_str())),
                    q.id
                )));
            };
            let scale = q.scale_of(&q.items[i]);
            // Worded only when something is wrong: most answers are fine.
            let problem = |what: &str, why: &str| {
                fail(format!(
                    "item `{id}` in {}'s answers: {what} {why}; allowed: a whole number from {} \
                     to {}, or null to skip",
                    self.respondent, scale.min, scale.max
                ))
            };
            slots[i] = Some(match value {
                AnswerValue::Null => None,
                AnswerValue::Int(v) if (scale.min..=scale.max).contains(v) => Some(*v),
                AnswerValue::Int(v) => return Err(problem(&v.to_string(), "is off the scale")),
                AnswerValue::Huge(v) => return Err(problem(v, "is off the scale")),
                AnswerValue::Invalid(what) => return Err(problem(what, "is not a whole number")),
            });
        }
        Ok(slots)
    }
}

/// One item's state: `None` not reached, `Some(None)` skipped, `Some(Some(v))` answered.
pub type Slot = Option<Option<i64>>;

/// The answers behind one report: one respondent, or two who name each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    first: Responses,
    second: Option<Responses>,
}

impl Pair {
    /// One respondent.
    pub fn single(first: Responses) -> Self {
        Pair {
            first,
            second: None,
        }
    }

    /// Two respondents: the second's respondent and partner must be the first's partner and
    /// respondent. `file` names the second's source in the error.
    pub fn couple(first: Responses, second: Responses, file: &str) -> Result<Self, AnswersError> {
        if second.respondent != first.partner || second.partner != first.respondent {
            return Err(AnswersError::new(
                file,
                format!(
                    "the names do not pair up: the first answers are {} about {}, the second {} about {}; \
                     the second must be {} about {}",
                    first.respondent,
                    first.partner,
                    second.respondent,
                    second.partner,
                    first.partner,
                    first.respondent
                ),
            ));
        }
        Ok(Pair {
            first,
            second: Some(second),
        })
    }

    /// The first respondent's answers.
    pub fn first(&self) -> &Responses {
        &self.first
    }

    /// The second respondent's answers, when both answered.
    pub fn second(&self) -> Option<&Responses> {
        self.second.as_ref()
    }

    /// The two people: the first respondent, then their partner.
    pub fn names(&self) -> [&str; 2] {
        [&self.first.respondent, &self.first.partner]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completed(json: &str) -> Option<String> {
        let text = format!(
            r#"{{"respondent": "A", "partner": "B", "answers": {{}}, "completed": {json}}}"#
        );
        serde_json::from_str::<AnswerSet>(&text).unwrap().completed
    }

    #[test]
    fn completed_is_kept_when_a_string_and_never_rejected() {
        assert_eq!(
            completed(r#""2026-11-20T19:17:40Z""#).as_deref(),
            Some("2026-11-20T19:17:40Z")
        );
        // Unfinished answers, and values older tools may have written, still score.
        assert_eq!(completed("null"), None);
        assert_eq!(completed("1763666260"), None);
        assert_eq!(completed(r#"{"at": 1}"#), None);
        let without: AnswerSet =
            serde_json::from_str(r#"{"respondent": "A", "partner": "B", "answers": {}}"#).unwrap();
        assert_eq!(without.completed, None);
    }
}
