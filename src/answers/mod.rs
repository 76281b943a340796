//! Answers JSON (SPEC §4): parsing, checking against a questionnaire, pairing two people.
//!
//! Parsing goes straight into [`AnswerSet`] (no intermediate `serde_json::Value`), and an
//! answer value that is not a whole number is kept as a description so the error can name the
//! item and the allowed range instead of a bare serde message.

use std::fmt;

use indexmap::IndexMap;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

mod locate;

pub use crate::jsonl::LineParser;

use crate::limits::{MAX_ID_CHARS, shorten};
use crate::printable::printable;
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
            message: crate::ui!("answers-invalid-json", detail = message),
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
    Invalid(Invalid),
}

/// What an answer that is not a whole number is, put into words (the interface's) only when
/// the error message is made.
#[derive(Debug, Clone, PartialEq)]
pub enum Invalid {
    /// A number or a word, as written (`4.5`, `true`).
    Written(String),
    /// A text, cut to 40 characters.
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
    /// A FHIR answer's code that is not a number.
    FhirCode(String),
    /// A FHIR answer with no value.
    FhirNone,
    /// A FHIR answer of other kinds, its keys joined by ", ".
    FhirKinds(String),
}

impl From<&str> for Invalid {
    fn from(written: &str) -> Invalid {
        Invalid::Written(written.to_owned())
    }
}

impl Invalid {
    /// The value in words, as the error message shows it.
    pub fn words(&self) -> String {
        match self {
            Invalid::Written(text) => text.clone(),
            Invalid::Text(text) => crate::ui!("answers-value-text", text = format!("{text:?}")),
            Invalid::List => crate::ui!("answers-value-list"),
            Invalid::Object => crate::ui!("answers-value-object"),
            Invalid::FhirCode(code) => {
                crate::ui!("answers-fhir-value-code", code = format!("{code:?}"))
            }
            Invalid::FhirNone => crate::ui!("answers-fhir-value-none"),
            Invalid::FhirKinds(kinds) => {
                crate::ui!("answers-fhir-value-kinds", kinds = kinds.clone())
            }
        }
    }
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
    /// Read from the value as written, so that a number is judged by its digits, not by the
    /// nearest float: `1e15` is the whole number it says, `3.9999999999999999` is not 4 and
    /// `1e-400` is not 0.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        Ok(AnswerValue::from_json(raw.get()))
    }
}

impl AnswerValue {
    /// The value of one JSON value, as written.
    fn from_json(text: &str) -> AnswerValue {
        let quoted = || shorten(text, 40).into_owned();
        match text.as_bytes().first() {
            Some(b'n') => AnswerValue::Null,
            Some(b't' | b'f') => AnswerValue::Invalid(text.into()),
            Some(b'"') => {
                let s: String = serde_json::from_str(text).unwrap_or_default();
                AnswerValue::Invalid(Invalid::Text(shorten(&s, 40).into_owned()))
            }
            Some(b'[') => AnswerValue::Invalid(Invalid::List),
            Some(b'{') => AnswerValue::Invalid(Invalid::Object),
            _ => match whole_number(text) {
                Some(Ok(v)) => AnswerValue::Int(v),
                Some(Err(())) => AnswerValue::Huge(quoted()),
                None => AnswerValue::Invalid(Invalid::Written(quoted())),
            },
        }
    }
}

/// A JSON number literal as a whole number: `Some(Ok(v))`, `Some(Err(()))` when it is whole
/// but beyond an `i64` (off every scale), `None` when it is not whole. Exact: the digits are
/// read as decimal, never through a float.
fn whole_number(text: &str) -> Option<Result<i64, ()>> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, "0"),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|d| d - b'0').collect();
    // The exponent, saturated: anything past ±10^6 is far beyond any digit count we accept.
    let exponent: i64 =
        exponent
            .trim_start_matches('+')
            .parse()
            .unwrap_or(if exponent.starts_with('-') {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            });
    let significant = digits.iter().position(|&d| d != 0);
    let Some(first) = significant else {
        return Some(Ok(0)); // zero, however written
    };
    let last = digits.iter().rposition(|&d| d != 0).unwrap_or(first);
    // value = digits[first..=last] × 10^scale
    let scale = exponent - frac.len() as i64 + (digits.len() - 1 - last) as i64;
    if scale < 0 {
        return None;
    }
    let length = (last - first + 1) as i64 + scale;
    if length > 19 {
        return Some(Err(()));
    }
    let mut value: i128 = 0;
    for &d in &digits[first..=last] {
        value = value * 10 + i128::from(d);
    }
    for _ in 0..scale {
        value *= 10;
    }
    let value = if negative { -value } else { value };
    Some(i64::try_from(value).map_err(|_| ()))
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
    /// The language the questions were asked in (a BCP 47 tag, SPEC §11), as `take` and
    /// `session` save it; reports name it. A non-string counts as absent.
    #[serde(
        default,
        deserialize_with = "string_or_nothing",
        skip_serializing_if = "Option::is_none"
    )]
    pub lang: Option<String>,
    /// Who answered.
    pub respondent: String,
    /// Whom the `partner` items describe.
    pub partner: String,
    /// Item id to value; a missing item is skipped. An item given twice is refused.
    #[serde(deserialize_with = "no_duplicates")]
    pub answers: IndexMap<String, AnswerValue>,
    /// When the answers were finished (RFC 3339), as `take` saves it; the report's header
    /// shows it. `null` means unfinished, and the report says so; any other non-string counts
    /// as absent: the key was always accepted, so no value of it may be rejected now.
    #[serde(default, skip_serializing_if = "Completed::is_absent")]
    #[schemars(with = "Option<String>")]
    pub completed: Completed,
    /// Where each answer stands in its file (line, column), in `answers` order, when known.
    #[serde(skip)]
    pub positions: Vec<(u64, u64)>,
}

/// The `completed` field of answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Completed {
    /// No `completed` field, or one that is neither a string nor null.
    #[default]
    Absent,
    /// `"completed": null`: the answers were saved before the end.
    Unfinished,
    /// The time given (meant to be RFC 3339).
    At(String),
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

impl Completed {
    fn is_absent(&self) -> bool {
        *self == Completed::Absent
    }

    /// The time, when one was given (named as `Option::as_deref`, which this field was).
    pub fn as_deref(&self) -> Option<&str> {
        match self {
            Completed::At(t) => Some(t),
            _ => None,
        }
    }
}

impl From<Option<String>> for Completed {
    /// A saved record's `completed`: a time, or null while unfinished.
    fn from(value: Option<String>) -> Self {
        value.map_or(Completed::Unfinished, Completed::At)
    }
}

impl Serialize for Completed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Completed::At(t) => s.serialize_str(t),
            _ => s.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for Completed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Loose {
            Text(String),
            Other(Option<IgnoredAny>),
        }
        Ok(match Loose::deserialize(d)? {
            Loose::Text(s) => Completed::At(s),
            Loose::Other(None) => Completed::Unfinished,
            Loose::Other(Some(_)) => Completed::Absent,
        })
    }
}

/// The `answers` object, refusing an item given twice (where the last would silently win:
/// an off-scale `99` could hide behind a later `null`).
pub(crate) fn no_duplicates<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<IndexMap<String, AnswerValue>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = IndexMap<String, AnswerValue>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of item ids and answers")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = IndexMap::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value::<AnswerValue>()?;
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(crate::ui!(
                        "answers-item-twice",
                        item = shorten(&key, MAX_ID_CHARS).into_owned()
                    )));
                }
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_map(V)
}

/// One or two answer sets read from one file: an object, or an array of one or two.
///
/// A UTF-8 byte-order mark at the start is skipped, as JSON Lines and TOML input allow one.
pub fn parse_file(file: &str, bytes: &[u8]) -> Result<Vec<AnswerSet>, AnswersError> {
    let mut sets = parse_file_unplaced(file, bytes)?;
    for (i, set) in sets.iter_mut().enumerate() {
        set.positions = locate::answer_positions(bytes, i);
    }
    Ok(sets)
}

/// [`parse_file`] without each answer's line and column (`positions` empty), for a reader
/// that does not check the answers (`history` reads each file once for its names and
/// times, and again to check and score it): the same sets and the same errors, for less.
pub fn parse_file_unplaced(file: &str, bytes: &[u8]) -> Result<Vec<AnswerSet>, AnswersError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.trim_ascii().is_empty() {
        return Err(AnswersError::new(file, crate::ui!("answers-empty")));
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
            crate::ui!("answers-array-count", count = sets.len()),
        ));
    }
    Ok(sets)
}

/// The bundled questionnaire that an answers object names (when `-q` is not given).
pub fn named_questionnaire(set: &AnswerSet, file: &str) -> Result<&'static Bundled, AnswersError> {
    let Some(id) = &set.questionnaire else {
        return Err(AnswersError::new(
            file,
            crate::ui!("answers-no-questionnaire"),
        ));
    };
    let Some(current) = Bundled::find(id) else {
        let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
        return Err(AnswersError::new(
            file,
            crate::ui!(
                "answers-questionnaire-not-bundled",
                id = id.clone(),
                suggestion = did_you_mean(id, ids.iter().copied()),
                bundled = ids.join(", ")
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
    crate::ui!(
        "answers-version-not-bundled",
        version = version,
        id = id,
        versions = versions.join(", "),
        current = Bundled::find(id)
            .map_or_else(|| crate::ui!("error-list-none"), |b| b.version.to_owned())
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
    /// The answers say they are not finished (`"completed": null`); the report says so.
    pub unfinished: bool,
    /// The language the questions were asked in, as the answers name it (`"lang"`); the
    /// report names it.
    pub lang: Option<String>,
}

/// Whether `name` names someone: not empty once trimmed. The one rule the answers files,
/// the fast JSON Lines path and the name prompts all follow.
pub fn is_a_name(name: &str) -> bool {
    !name.trim().is_empty()
}

/// What [`check_names`] asks of two names already trimmed (as the fast JSON Lines path
/// keeps them): each not empty, and not the same.
pub(crate) fn names_pair_up(respondent: &str, partner: &str) -> bool {
    !respondent.is_empty() && !partner.is_empty() && respondent != partner
}

/// Checks two people's names as every command needs them (answers, `template`, `take`, the
/// fast JSON Lines path): each [a name](is_a_name), and not the same once trimmed. The
/// error says what is wrong and allowed.
pub fn check_names(respondent: &str, partner: &str) -> Result<(), String> {
    if names_pair_up(respondent.trim(), partner.trim()) {
        return Ok(());
    }
    for (field, name) in [("respondent", respondent), ("partner", partner)] {
        if !is_a_name(name) {
            return Err(crate::ui!("answers-name-empty", field = field));
        }
    }
    if respondent.trim() == partner.trim() {
        return Err(crate::ui!(
            "answers-names-same",
            name = shorten(respondent.trim(), 200).into_owned()
        ));
    }
    Ok(())
}

impl Responses {
    /// Whether `second` describes the same two people from the other side: its respondent is
    /// this one's partner and its partner this one's respondent.
    pub fn pairs_with(&self, second: &Responses) -> bool {
        second.respondent == self.partner && second.partner == self.respondent
    }
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
            unfinished: self.completed == Completed::Unfinished,
            lang: self.lang.clone(),
        })
    }

    /// Like [`check`](Self::check), but keeps apart an item that was skipped (`Some(None)`)
    /// from one that was never reached (`None`), as resuming needs.
    pub fn check_slots(&self, q: &Questionnaire, file: &str) -> Result<Vec<Slot>, AnswersError> {
        let fail = |message: String| AnswersError::new(file, message);
        if let Some(id) = &self.questionnaire
            && id != &q.id
        {
            return Err(fail(crate::ui!(
                "answers-other-questionnaire",
                id = id.clone(),
                loaded = q.id.clone()
            )));
        }
        if let Some(version) = &self.version
            && version != &q.version
            && Bundled::find_version(&q.id, version).is_some()
        {
            return Err(fail(crate::ui!(
                "answers-other-version",
                version = version.clone(),
                id = q.id.clone(),
                loaded = q.version.clone()
            )));
        }
        check_names(&self.respondent, &self.partner).map_err(fail)?;
        let who = shorten(self.respondent.trim(), 200);
        let mut slots = vec![None; q.items.len()];
        for (n, (id, value)) in self.answers.iter().enumerate() {
            // At the answer's line and column, where the file's positions are known.
            let located = |message: String| AnswersError {
                line: self.positions.get(n).map(|p| p.0),
                column: self.positions.get(n).map(|p| p.1),
                ..fail(message)
            };
            let Some(i) = q.item_index(id) else {
                return Err(located(crate::ui!(
                    "answers-unknown-item",
                    item = shorten(id, MAX_ID_CHARS).into_owned(),
                    respondent = who.to_string(),
                    suggestion = did_you_mean(id, q.items.iter().map(|it| it.id.as_str())),
                    questionnaire = q.id.clone()
                )));
            };
            let scale = q.scale_of(&q.items[i]);
            // Worded only when something is wrong: most answers are fine.
            let (item, respondent) = (id.clone(), who.to_string());
            let (min, max) = (scale.min.to_string(), scale.max.to_string());
            let off_scale = |value: String| {
                located(crate::ui!(
                    "answers-value-off-scale",
                    item = item.clone(),
                    respondent = respondent.clone(),
                    value = value,
                    min = min.clone(),
                    max = max.clone()
                ))
            };
            slots[i] = Some(match value {
                AnswerValue::Null => None,
                AnswerValue::Int(v) if scale.holds(*v) => Some(*v),
                AnswerValue::Int(v) => return Err(off_scale(v.to_string())),
                AnswerValue::Huge(v) => return Err(off_scale(v.clone())),
                AnswerValue::Invalid(what) => {
                    return Err(located(crate::ui!(
                        "answers-value-not-whole",
                        item = item,
                        respondent = respondent,
                        value = what.words(),
                        min = min,
                        max = max
                    )));
                }
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
    // Crate-visible so the JSON Lines reader can swap its reused buffers in and out.
    pub(crate) first: Responses,
    pub(crate) second: Option<Responses>,
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
        if !first.pairs_with(&second) {
            return Err(AnswersError::new(
                file,
                crate::ui!(
                    "answers-names-do-not-pair",
                    first_respondent = first.respondent.clone(),
                    first_partner = first.partner.clone(),
                    second_respondent = second.respondent.clone(),
                    second_partner = second.partner.clone()
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

    #[test]
    fn two_names_are_each_a_name_and_differ_once_trimmed() {
        assert!(is_a_name(" A "));
        assert!(!is_a_name(" \t "));
        assert!(check_names("A", "B").is_ok());
        assert!(check_names(" A", "A ").is_err());
        assert!(check_names("A", " ").is_err());
        let people = |respondent: &str, partner: &str| Responses {
            respondent: respondent.to_owned(),
            partner: partner.to_owned(),
            ..Responses::default()
        };
        assert!(people("A", "B").pairs_with(&people("B", "A")));
        assert!(!people("A", "B").pairs_with(&people("A", "B")));
        assert!(!people("A", "B").pairs_with(&people("B", "C")));
    }

    fn completed(json: &str) -> Option<String> {
        let text = format!(
            r#"{{"respondent": "A", "partner": "B", "answers": {{}}, "completed": {json}}}"#
        );
        let set = serde_json::from_str::<AnswerSet>(&text).unwrap();
        assert_eq!(set.completed == Completed::Unfinished, json == "null");
        set.completed.as_deref().map(str::to_owned)
    }

    #[test]
    fn numbers_are_read_from_their_digits() {
        let v = |text: &str| AnswerValue::from_json(text);
        assert_eq!(v("4"), AnswerValue::Int(4));
        assert_eq!(v("4.0"), AnswerValue::Int(4));
        assert_eq!(v("-0.0e5"), AnswerValue::Int(0));
        assert_eq!(v("1e15"), AnswerValue::Int(1_000_000_000_000_000));
        assert_eq!(
            v("1.000000000000004e15"),
            AnswerValue::Int(1_000_000_000_000_004)
        );
        assert_eq!(
            v("9007199254740993"),
            AnswerValue::Int(9_007_199_254_740_993)
        );
        assert_eq!(
            v("9007199254740993.0"),
            AnswerValue::Int(9_007_199_254_740_993)
        );
        assert_eq!(v("150E-1"), AnswerValue::Int(15));
        assert_eq!(v("-9223372036854775808"), AnswerValue::Int(i64::MIN));
        assert_eq!(
            v("9223372036854775808"),
            AnswerValue::Huge("9223372036854775808".into())
        );
        assert_eq!(v("1e400"), AnswerValue::Huge("1e400".into()));
        assert_eq!(v("1e-400"), AnswerValue::Invalid("1e-400".into()));
        assert_eq!(
            v("3.9999999999999999"),
            AnswerValue::Invalid("3.9999999999999999".into())
        );
        assert_eq!(v("4.5"), AnswerValue::Invalid("4.5".into()));
        assert_eq!(
            v("1e99999999999999999999"),
            AnswerValue::Huge("1e99999999999999999999".into())
        );
        assert!(matches!(
            v("1e-99999999999999999999"),
            AnswerValue::Invalid(_)
        ));
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
        assert_eq!(without.completed, Completed::Absent);
    }
}
