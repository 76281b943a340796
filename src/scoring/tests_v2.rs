//! Scoring tests for the format of SPEC §3 version 2: `about = "both"`, `asked_if` gates,
//! `min_answered` over the items that apply, a value for an item that does not apply, and
//! `{answer}`. Every expected number is worked out by hand in the comment above it.

use super::tests::close;
use super::*;
use crate::answers::{AnswerSet, Pair, Responses};
use crate::questionnaire::{Questionnaire, parse};

const Q: &str = r#"
[questionnaire]
id = "g"
title = "Gates"
version = "1"

[scales.say]
min = 1
max = 5
labels = ["My partner decides", "Mostly my partner", "Both equally", "Mostly me", "I decide"]

[scales.yesno]
min = 0
max = 1
labels = ["No", "Yes"]

[scales.often]
min = 0
max = 3
labels = ["Never", "Once", "A few times", "Often"]

[defaults]
scale = "say"

[[dimensions]]
id = "facts"
kind = "context"
name = "About you"
  [[dimensions.items]]
  id = "have-children"
  about = "self"
  text = "Do you have children?"
  scale = "yesno"

[[dimensions]]
id = "decisions"
kind = "decision"
name = "Decisions"
  [[dimensions.items]]
  id = "say-money"
  about = "both"
  text = "Who has more say about money?"
  [[dimensions.items]]
  id = "say-time"
  about = "both"
  text = "Who has more say about time?"
  [[dimensions.items]]
  id = "say-children"
  about = "both"
  text = "Who has more say about the children?"
  asked_if = { item = "have-children", at_least = 1 }

[[dimensions]]
id = "risk"
kind = "risk"
name = "Safety"
private = true
  [[dimensions.items]]
  id = "hurt"
  about = "partner"
  text = "."
  scale = "often"
  [[dimensions.items]]
  id = "threat"
  about = "partner"
  text = "."
  scale = "often"

[[rules]]
id = "hurt-any"
kind = "item"
items = ["hurt", "threat"]
at_least = 1
severity = "alert"
message = "{respondent}: {answer}."

[[rules]]
id = "say-gap"
kind = "gap"
dimension = "decisions"
at_least = 0
severity = "info"
message = "{person} {self_view} {partner_view}"
"#;

pub(super) fn questionnaire() -> Questionnaire {
    parse("g.toml", Q.as_bytes()).expect("the test questionnaire is valid")
}

fn responses(q: &Questionnaire, who: (&str, &str), answers: &str) -> Responses {
    let json = format!(
        r#"{{"respondent": "{}", "partner": "{}", "answers": {answers}}}"#,
        who.0, who.1
    );
    let set: AnswerSet = serde_json::from_str(&json).unwrap();
    set.check(q, "test.json").unwrap()
}

/// Alex says there are no children, yet answers the children item too; Sam says there are.
fn couple() -> Report {
    let q = questionnaire();
    let alex = responses(
        &q,
        ("Alex", "Sam"),
        r#"{"have-children": 0, "say-money": 5, "say-time": 2, "say-children": 4}"#,
    );
    let sam = responses(
        &q,
        ("Sam", "Alex"),
        r#"{"have-children": 1, "say-money": 2, "say-time": 2, "say-children": 3}"#,
    );
    score(
        &q,
        &Pair::couple(alex, sam, "sam.json").unwrap(),
        Options::default(),
    )
}

#[test]
fn both_items_count_in_both_views_and_gates_leave_the_count() {
    let r = couple();
    let [alex, sam] = &r.people;
    // Alex: say-money 5 → (5-1)/4×100 = 100; say-time 2 → 25; say-children does not apply
    // (have-children 0), so it is left out. Self view (100 + 25) / 2 = 62.5; partner view of
    // Sam (100-100 + 100-25) / 2 = (0 + 75) / 2 = 37.5.
    close(alex.views["decisions"].own, 62.5);
    close(sam.views["decisions"].partner, 37.5);
    // Sam: say-money 2 → 25, say-time 2 → 25, say-children 3 → 50 (have-children 1).
    // Self view (25 + 25 + 50) / 3 = 33.33; partner view of Alex (75 + 75 + 50) / 3 = 66.67.
    close(sam.views["decisions"].own, 100.0 / 3.0);
    close(alex.views["decisions"].partner, 200.0 / 3.0);
    // score(Alex) = (62.5 + 66.67) / 2 = 64.58; score(Sam) = (33.33 + 37.5) / 2 = 35.42;
    // imbalance 64.58 - 35.42 = 29.17.
    close(alex.scores["decisions"], (62.5 + 200.0 / 3.0) / 2.0);
    close(sam.scores["decisions"], (100.0 / 3.0 + 37.5) / 2.0);
    close(
        r.imbalance.scores["decisions"],
        (62.5 + 200.0 / 3.0) / 2.0 - (100.0 / 3.0 + 37.5) / 2.0,
    );
    // A decision dimension is in neither index, and a context dimension is not shown.
    assert_eq!(alex.power_index, None);
    assert_eq!(alex.balance_index, None);
    assert!(alex.scores.get("facts").is_none());
    // The gap rule reads the views: Alex |62.5 - 66.67| = 4.17, Sam |33.33 - 37.5| = 4.17.
    let gaps: Vec<f64> = r.warnings.iter().map(|w| w.value).collect();
    assert_eq!(gaps.len(), 2);
    assert!((gaps[0] - (200.0 / 3.0 - 62.5)).abs() < 1e-9);
}

#[test]
fn a_value_for_an_item_that_does_not_apply_is_ignored_with_a_note() {
    let r = couple();
    assert!(
        r.notes.iter().any(|n| n
            == "Left out of Alex's answers, as they do not apply given Alex's other answers: \
                say-children."),
        "{:?}",
        r.notes
    );
    // Sam's children answer applies to Sam, so no note names Sam.
    assert!(!r.notes.iter().any(|n| n.contains("Left out of Sam")));
}

#[test]
fn decisions_side_by_side_where_both_answered_and_both_apply() {
    let r = couple();
    // say-money: Alex 5 → Alex's share 100; Sam 2 → 25 for Sam, so Alex's share 100 - 25 = 75.
    // Both lean to Alex: they agree. say-time: Alex 2 → 25; Sam 2 → Alex's share 75: Alex sees
    // Sam with more say, Sam sees Alex with more: they do not. say-children does not apply
    // to Alex, so it is not shown.
    let shown: Vec<(&str, [f64; 2], bool)> = r
        .decisions
        .iter()
        .map(|d| (&*d.item, d.share, d.agree))
        .collect();
    assert_eq!(
        shown,
        [
            ("say-money", [100.0, 75.0], true),
            ("say-time", [25.0, 75.0], false)
        ]
    );
}

#[test]
fn min_answered_is_a_fraction_of_the_items_that_apply() {
    let q = questionnaire();
    // Alex: no children, so two decision items apply; one answered: 1 of 2 meets 0.5
    // (1 × 10 >= 5 × 2), view = say-money 3 → 50.
    let alex = responses(
        &q,
        ("Alex", "Sam"),
        r#"{"have-children": 0, "say-money": 3, "say-time": null}"#,
    );
    // Sam: children, so three apply; one answered: 1 of 3 is short of 0.5 × 3 = 1.5: null.
    let sam = responses(
        &q,
        ("Sam", "Alex"),
        r#"{"have-children": 1, "say-money": 3, "say-time": null}"#,
    );
    let r = score(
        &q,
        &Pair::couple(alex, sam, "sam.json").unwrap(),
        Options::default(),
    );
    close(r.people[0].views["decisions"].own, 50.0);
    assert_eq!(r.people[1].views["decisions"].own, None);
    assert!(
        r.notes
            .iter()
            .any(|n| n == "Not scored from Sam's answers about themselves: Decisions (1 of 3 answered, 2 needed)."),
        "{:?}",
        r.notes
    );
    // A skipped gate: the gated item does not apply, so 1 of 2 is enough again.
    let skipped = responses(&q, ("Sam", "Alex"), r#"{"say-money": 1}"#);
    let r = score(&q, &Pair::single(skipped), Options::default());
    // say-money 1 → 0.
    close(r.people[0].views["decisions"].own, 0.0);
}

#[test]
fn answer_is_the_label_of_the_highest_answer_that_fired() {
    let q = questionnaire();
    // hurt 2 ("A few times"), threat 3 ("Often"): the highest is 3, "Often".
    let alex = responses(&q, ("Alex", "Sam"), r#"{"hurt": 2, "threat": 3}"#);
    let r = score(&q, &Pair::single(alex), Options::default());
    let w = r.warnings.iter().find(|w| &*w.rule == "hurt-any").unwrap();
    assert_eq!(w.message, "Alex: Often.");
    assert_eq!(w.value, 3.0);
    // hurt 1, threat 1: both "Once".
    let sam = responses(&q, ("Sam", "Alex"), r#"{"hurt": 1, "threat": 0}"#);
    let r = score(&q, &Pair::single(sam), Options::default());
    let w = r.warnings.iter().find(|w| &*w.rule == "hurt-any").unwrap();
    assert_eq!(w.message, "Sam: Once.");
}

#[test]
fn a_private_gate_on_a_public_item_is_refused() {
    let text = Q.replace(
        "  asked_if = { item = \"have-children\", at_least = 1 }",
        "",
    ) + r#"
[[dimensions]]
id = "later"
kind = "decision"
name = "Later"
  [[dimensions.items]]
  id = "later-1"
  about = "both"
  text = "."
  asked_if = { item = "hurt", at_least = 1 }
"#;
    let e = parse("g.toml", text.as_bytes()).unwrap_err().to_string();
    assert!(
        e.contains("is not private but is asked_if private item `hurt`"),
        "{e}"
    );
}
