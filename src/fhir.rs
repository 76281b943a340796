//! HL7 FHIR R4 (4.0.1): a questionnaire as a `Questionnaire` resource, one person's answers as
//! a `QuestionnaireResponse`, and such a response read back as answers (SPEC §10).
//!
//! The mapping:
//! - `Questionnaire.url` is `urn:powerbalance:questionnaire:ID` ([`canonical`]), `version`,
//!   `title` and `description` are the questionnaire's; `status` is `draft`, because no bundled
//!   questionnaire has been validated on real people.
//! - One `group` item per dimension (`linkId` `dimension:ID`, which no item id can be, as item
//!   ids have no colon), holding one `choice` item per question (`linkId` = the item id), in
//!   file order; `answerOption` has one `valueCoding` per point of the item's scale, the code
//!   the whole number, the display its label, in the scale's code system ([`scale_system`]).
//! - A response's `questionnaire` is the canonical with `|VERSION`; `status` is `completed`
//!   when the answers have a `completed` time, which is then `authored`, else `in-progress`;
//!   `author.display` is the respondent and `subject.display` the partner; each answered item
//!   has one `valueCoding` answer, inside its dimension's group. A skipped item has no answer.
//!
//! Nothing here reads files or prints.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::answers::{AnswerSet, AnswerValue, AnswersError, Invalid, Responses};
use crate::questionnaire::{Dimension, Item, Questionnaire};

/// The canonical URL of a questionnaire: a URN, since the questionnaires have no web home.
pub fn canonical(id: &str) -> String {
    format!("urn:powerbalance:questionnaire:{id}")
}

/// The code system of a questionnaire's scale: its answers' codes are the whole numbers.
pub fn scale_system(q: &Questionnaire, item: &Item) -> String {
    format!("urn:powerbalance:scale:{}:{}", q.id, q.scale_of(item).id)
}

/// The `linkId` of a dimension's group.
fn group_link(dimension: &str) -> String {
    format!("dimension:{dimension}")
}

/// A FHIR-safe `name`: the id in CamelCase (`relationship-short` → `RelationshipShort`).
fn computable_name(id: &str) -> String {
    let mut name = String::from("Q");
    for part in id.split('-') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    // Ids start with a letter or a digit; a leading digit keeps the `Q` so the name starts
    // with a capital letter, as FHIR's constraint que-0 asks.
    if name[1..].starts_with(|c: char| c.is_ascii_uppercase()) {
        name.remove(0);
    }
    name
}

/// A resource or element as FHIR JSON writes it, fields in the order the specification
/// lists them (`resourceType` first); absent optional fields are left out.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Resource<'a, I> {
    resource_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    questionnaire: Option<String>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<Reference<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authored: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Reference<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<I>,
}

/// A `Reference` that only names someone.
#[derive(Serialize)]
struct Reference<'a> {
    display: &'a str,
}

/// A `Questionnaire.item`: a dimension's group, or a question.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionItem<'a> {
    link_id: String,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    enable_when: Vec<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_behavior: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer_option: Vec<Choice<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<QuestionItem<'a>>,
}

/// An `answerOption`, or an `answer`: one coding.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Choice<'a> {
    value_coding: Coding<'a>,
}

/// A `Coding` of a scale point.
#[derive(Serialize)]
struct Coding<'a> {
    system: String,
    code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
}

/// A `QuestionnaireResponse.item`: a dimension's group, or an answered question.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerItem<'a> {
    link_id: String,
    text: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer: Vec<Choice<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<AnswerItem<'a>>,
}

/// The coding of point `value` on `item`'s scale.
fn coding<'q>(q: &'q Questionnaire, item: &Item, value: i64) -> Coding<'q> {
    let scale = q.scale_of(item);
    Coding {
        system: scale_system(q, item),
        code: value.to_string(),
        display: scale.label_of(value),
    }
}

/// `enableWhen` of an item from its `asked_if` gate (SPEC §3, §10), and `enableBehavior`.
///
/// R4 compares a `Coding` only with `=` and `!=`, so a range on the gate item's scale
/// becomes one `=` condition per answer in the range, any of which enables the item
/// (`enableBehavior` `any`, given whenever there are several). An item with no gate has none.
fn enable_when(q: &Questionnaire, item: &Item) -> (Vec<Value>, Option<&'static str>) {
    let Some(gate) = item.asked_if else {
        return (Vec::new(), None);
    };
    let gate_item = &q.items[gate.item];
    let scale = q.scale_of(gate_item);
    let low = gate.at_least.unwrap_or(scale.min).max(scale.min);
    let high = gate.at_most.unwrap_or(scale.max).min(scale.max);
    let conditions: Vec<Value> = (low..=high)
        .map(|v| {
            serde_json::json!({
                "question": gate_item.id,
                "operator": "=",
                "answerCoding": coding(q, gate_item, v),
            })
        })
        .collect();
    let behavior = (conditions.len() > 1).then_some("any");
    (conditions, behavior)
}

/// Each dimension that has items, with what `each` makes of its items (indices into
/// [`Questionnaire::items`]) that it keeps, leaving out a dimension where it keeps none.
fn by_dimension<'q, T>(
    q: &'q Questionnaire,
    mut each: impl FnMut(usize, &'q Item) -> Option<T>,
) -> Vec<(&'q Dimension, Vec<T>)> {
    q.dimensions
        .iter()
        .enumerate()
        .filter_map(|(d, dimension)| {
            let items: Vec<T> = (q.items.iter().enumerate())
                .filter(|(_, item)| item.dimension == d)
                .filter_map(|(i, item)| each(i, item))
                .collect();
            (!items.is_empty()).then_some((dimension, items))
        })
        .collect()
}

/// `q` as an R4 `Questionnaire` resource, indented JSON ending in a newline.
pub fn questionnaire(q: &Questionnaire) -> String {
    let groups = by_dimension(q, |_, item| Some(question(q, item)))
        .into_iter()
        .map(|(dimension, items)| QuestionItem {
            link_id: group_link(&dimension.id),
            text: &dimension.name,
            kind: "group",
            enable_when: Vec::new(),
            enable_behavior: None,
            answer_option: Vec::new(),
            item: items,
        })
        .collect();
    to_json(Resource {
        resource_type: "Questionnaire",
        id: Some(&q.id),
        url: Some(canonical(&q.id)),
        version: Some(&q.version),
        name: Some(computable_name(&q.id)),
        title: Some(&q.title),
        questionnaire: None,
        status: "draft",
        subject: None,
        authored: None,
        author: None,
        description: q.description.as_deref(),
        item: groups,
    })
}

/// One question as a `choice` item.
fn question<'q>(q: &'q Questionnaire, item: &'q Item) -> QuestionItem<'q> {
    let scale = q.scale_of(item);
    let (enable_when, enable_behavior) = enable_when(q, item);
    QuestionItem {
        link_id: item.id.clone(),
        text: &item.text,
        kind: "choice",
        enable_when,
        enable_behavior,
        answer_option: (scale.min..=scale.max)
            .map(|v| Choice {
                value_coding: coding(q, item, v),
            })
            .collect(),
        item: Vec::new(),
    }
}

/// One person's checked answers as an R4 `QuestionnaireResponse` of `q`, indented JSON
/// ending in a newline.
pub fn response(q: &Questionnaire, answers: &Responses) -> String {
    let groups = by_dimension(q, |i, item| {
        let value = answers.values.get(i).copied().flatten()?;
        Some(AnswerItem {
            link_id: item.id.clone(),
            text: &item.text,
            answer: vec![Choice {
                value_coding: coding(q, item, value),
            }],
            item: Vec::new(),
        })
    })
    .into_iter()
    .map(|(dimension, items)| AnswerItem {
        link_id: group_link(&dimension.id),
        text: &dimension.name,
        answer: Vec::new(),
        item: items,
    })
    .collect();
    let authored = answers.completed.as_deref().and_then(fhir_date_time);
    to_json(Resource {
        resource_type: "QuestionnaireResponse",
        id: None,
        url: None,
        version: None,
        name: None,
        title: None,
        questionnaire: Some(format!("{}|{}", canonical(&q.id), q.version)),
        status: if authored.is_some() {
            "completed"
        } else {
            "in-progress"
        },
        subject: Some(Reference {
            display: &answers.partner,
        }),
        authored,
        author: Some(Reference {
            display: &answers.respondent,
        }),
        description: None,
        item: groups,
    })
}

/// A resource as indented JSON, its fields in order, ending in a newline.
fn to_json<I: Serialize>(resource: Resource<'_, I>) -> String {
    let mut text = serde_json::to_string_pretty(&resource).expect("a resource always serializes");
    text.push('\n');
    text
}

/// An RFC 3339 time as FHIR's `dateTime` writes one (`YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)`):
/// a `T`, seconds (`:00` added when missing) and an upper-case `Z`. `None` for anything that
/// is not a time ([`crate::report::is_time`]).
pub fn fhir_date_time(text: &str) -> Option<String> {
    if !crate::report::is_time(text) {
        return None;
    }
    // `is_time` has checked the layout: a date, a separator, hh:mm, then optional seconds
    // and a fraction, then the zone.
    let mut out = format!("{}T{}", &text[..10], &text[11..16]);
    let mut rest = &text[16..];
    match rest.strip_prefix(':') {
        Some(r) => {
            let end = r.find(|c: char| !c.is_ascii_digit() && c != '.')?;
            out.push(':');
            out.push_str(&r[..end]);
            rest = &r[end..];
        }
        None => out.push_str(":00"),
    }
    out.push_str(if rest.eq_ignore_ascii_case("z") {
        "Z"
    } else {
        rest
    });
    Some(out)
}

/// Whether `bytes` hold a FHIR resource (a JSON object with `resourceType`) rather than
/// answers, which never have that key. Only a file that holds the word is parsed to see.
pub fn is_resource(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"\"resourceType\"").is_some()
        && serde_json::from_slice::<Value>(bytes).is_ok_and(|v| v.get("resourceType").is_some())
}

/// An R4 `QuestionnaireResponse` read as answers: the questionnaire id and version from its
/// canonical, the names from `author.display` and `subject.display` unless `names` gives
/// them, the `completed` time from `authored` when the status is `completed`, and each
/// item's `valueCoding` code (or `valueInteger`) as its answer. `file` names it in errors.
pub fn answers_of_response(
    file: &str,
    bytes: &[u8],
    names: (Option<&str>, Option<&str>),
) -> Result<(AnswerSet, String), AnswersError> {
    let fail = |message: String| AnswersError::new(file, message);
    let resource: Value =
        serde_json::from_slice(bytes).map_err(|e| AnswersError::from_json(file, &e))?;
    let kind = resource.get("resourceType").and_then(Value::as_str);
    if kind != Some("QuestionnaireResponse") {
        return Err(fail(crate::ui!(
            "answers-fhir-wrong-type",
            kind = kind.map_or_else(
                || crate::ui!("answers-fhir-type-none"),
                |k| format!("`{k}`")
            )
        )));
    }
    let canonical_url = resource
        .get("questionnaire")
        .and_then(Value::as_str)
        .ok_or_else(|| fail(crate::ui!("answers-fhir-no-questionnaire")))?;
    let (url, version) = canonical_url.split_once('|').unwrap_or((canonical_url, ""));
    let id = url
        .rsplit([':', '/'])
        .next()
        .filter(|id| !id.is_empty())
        .ok_or_else(|| {
            fail(crate::ui!(
                "answers-fhir-no-id",
                canonical = format!("{canonical_url:?}")
            ))
        })?;
    let display = |field: &str| {
        resource
            .get(field)
            .and_then(|r| r.get("display"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let name = |given: Option<&str>, field: &str, flag: &str| {
        given
            .map(str::to_owned)
            .or_else(|| display(field))
            .ok_or_else(|| {
                fail(crate::ui!(
                    "answers-fhir-no-display",
                    field = field,
                    flag = flag
                ))
            })
    };
    let respondent = name(names.0, "author", "--respondent")?;
    let partner = name(names.1, "subject", "--partner")?;
    let completed = (resource.get("status").and_then(Value::as_str) == Some("completed"))
        .then(|| resource.get("authored").and_then(Value::as_str))
        .flatten()
        .map(str::to_owned);
    let mut answers = indexmap::IndexMap::new();
    collect_answers(file, resource.get("item"), &mut answers)?;
    Ok((
        AnswerSet {
            questionnaire: Some(id.to_owned()),
            respondent,
            partner,
            answers,
            completed: completed.into(),
            version: Some(version.to_owned()),
            lang: None,
            positions: Vec::new(),
        },
        version.to_owned(),
    ))
}

/// Every answered item under `items`, groups included, into `out`.
fn collect_answers(
    file: &str,
    items: Option<&Value>,
    out: &mut indexmap::IndexMap<String, AnswerValue>,
) -> Result<(), AnswersError> {
    let Some(items) = items.and_then(Value::as_array) else {
        return Ok(());
    };
    for item in items {
        let link = item.get("linkId").and_then(Value::as_str).unwrap_or("");
        let answers = item.get("answer").and_then(Value::as_array);
        if let Some(answers) = answers {
            if answers.len() > 1 {
                return Err(AnswersError::new(
                    file,
                    crate::ui!(
                        "answers-fhir-many-answers",
                        item = link,
                        count = answers.len()
                    ),
                ));
            }
            if let Some(answer) = answers.first() {
                out.insert(link.to_owned(), value_of(answer));
            }
        }
        collect_answers(file, item.get("item"), out)?;
    }
    Ok(())
}

/// An answer's value: a `valueCoding` code or a `valueInteger`; anything else is kept as a
/// description so the check can say what is wrong.
fn value_of(answer: &Value) -> AnswerValue {
    let as_map = |v: &Value| v.as_object().cloned().unwrap_or_else(Map::new);
    if let Some(code) = answer
        .get("valueCoding")
        .and_then(|c| c.get("code"))
        .and_then(Value::as_str)
    {
        return code.parse::<i64>().map_or_else(
            |_| AnswerValue::Invalid(Invalid::FhirCode(code.to_owned())),
            AnswerValue::Int,
        );
    }
    if let Some(v) = answer.get("valueInteger").and_then(Value::as_i64) {
        return AnswerValue::Int(v);
    }
    let kinds: Vec<String> = as_map(answer).keys().cloned().collect();
    AnswerValue::Invalid(if kinds.is_empty() {
        Invalid::FhirNone
    } else {
        Invalid::FhirKinds(kinds.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fhir_date_times_have_seconds_a_t_and_an_upper_case_z() {
        for (given, expected) in [
            ("2026-11-20T19:17:40Z", Some("2026-11-20T19:17:40Z")),
            ("2026-11-20t19:17z", Some("2026-11-20T19:17:00Z")),
            (
                "2026-11-20 19:17:40.25+01:00",
                Some("2026-11-20T19:17:40.25+01:00"),
            ),
            ("yesterday", None),
            ("2026-11-20", None),
        ] {
            assert_eq!(fhir_date_time(given).as_deref(), expected, "{given}");
        }
    }

    #[test]
    fn a_resource_is_told_from_answers_by_its_top_level_key() {
        assert!(is_resource(br#"{"resourceType": "QuestionnaireResponse"}"#));
        // A name that happens to be the word is still answers.
        let answers = br#"{"respondent": "resourceType", "partner": "B", "answers": {}}"#;
        assert!(!is_resource(answers));
        assert!(!is_resource(
            br#"{"respondent": "A", "partner": "B", "answers": {}}"#
        ));
    }

    #[test]
    fn names_are_computable() {
        assert_eq!(computable_name("relationship-short"), "RelationshipShort");
        assert_eq!(computable_name("workplace"), "Workplace");
        assert_eq!(computable_name("2-people"), "Q2People");
    }
}
