//! Scoring tests. Every expected number is worked out by hand in the comment above it.

use super::*;
use crate::answers::{AnswerSet, Pair};
use crate::questionnaire::{Questionnaire, Severity, parse};
use crate::report::Warning;

/// Two scales (1–5 and 0–3), a weighted power base, groups, a reverse-keyed item, markers,
/// and a private risk dimension, with one rule of every kind.
const Q: &str = r#"
[questionnaire]
id = "t"
title = "Test"
version = "1"

[scales.five]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]

[scales.four]
min = 0
max = 3
labels = ["0", "1", "2", "3"]

[defaults]
scale = "five"

[[dimensions]]
id = "coercive"
kind = "power"
name = "Coercive"
group = "harsh"
weight = 2.0
  [[dimensions.items]]
  id = "c-self-1"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "c-self-2"
  about = "self"
  text = "."
  reverse = true
  [[dimensions.items]]
  id = "c-partner-1"
  about = "partner"
  text = "."
  scale = "four"
  [[dimensions.items]]
  id = "c-partner-2"
  about = "partner"
  text = "."

[[dimensions]]
id = "expert"
kind = "power"
name = "Expert"
group = "soft"
  [[dimensions.items]]
  id = "e-self-1"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "e-self-2"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "e-self-3"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "e-partner-1"
  about = "partner"
  text = "."

[[dimensions]]
id = "listening"
kind = "marker"
name = "Listening"
  [[dimensions.items]]
  id = "l-self-1"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "l-partner-1"
  about = "partner"
  text = "."

[[dimensions]]
id = "respect"
kind = "marker"
name = "Respect"
  [[dimensions.items]]
  id = "r-self-1"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "r-partner-1"
  about = "partner"
  text = "."

[[dimensions]]
id = "risk"
kind = "risk"
name = "Risk"
private = true
  [[dimensions.items]]
  id = "k-partner-1"
  about = "partner"
  text = "."
  scale = "four"

[[rules]]
id = "power-imbalance"
kind = "imbalance"
dimension = "power_index"
at_least = 10
severity = "warning"
message = "{stronger} over {weaker} by {difference}"

[[rules]]
id = "coercive-high"
kind = "high"
dimension = "coercive"
at_least = 60
severity = "warning"
message = "{person} high at {score}"

[[rules]]
id = "balance-low"
kind = "low"
dimension = "balance_index"
at_most = 50
severity = "info"
message = "{person} low at {score}"

[[rules]]
id = "coercive-gap"
kind = "gap"
dimension = "coercive"
at_least = 20
severity = "info"
message = "{person}: {self_view} vs {partner_view} ({difference})"

[[rules]]
id = "risk-item"
kind = "item"
items = ["k-partner-1"]
at_least = 2
severity = "alert"
message = "{respondent} answered a safety item"

[[rules]]
id = "risk-high"
kind = "high"
dimension = "risk"
at_least = 50
severity = "warning"
message = "{person} risk {score}"

[[rules]]
id = "harsh-even"
kind = "imbalance"
dimension = "harsh"
at_least = 0
severity = "info"
message = "{stronger} {weaker} {difference}"

[resources]
text = "Help is available."
"#;

pub(super) fn questionnaire() -> Questionnaire {
    parse("t.toml", Q.as_bytes()).expect("the test questionnaire is valid")
}

fn responses(q: &Questionnaire, json: &str) -> crate::answers::Responses {
    let set: AnswerSet = serde_json::from_str(json).unwrap();
    set.check(q, "test.json").unwrap()
}

/// Alex about Sam.
const ALEX: &str = r#"{"respondent": "Alex", "partner": "Sam", "answers": {
    "c-self-1": 4, "c-self-2": 2, "c-partner-1": 3, "c-partner-2": 3,
    "e-self-1": 5, "e-self-2": null, "e-partner-1": 2,
    "l-self-1": 5, "l-partner-1": 1, "r-self-1": 3, "r-partner-1": 4,
    "k-partner-1": 2 }}"#;

/// Sam about Alex.
const SAM: &str = r#"{"respondent": "Sam", "partner": "Alex", "answers": {
    "c-self-1": 1, "c-self-2": 5, "c-partner-1": 1, "c-partner-2": 5,
    "e-self-1": 4, "e-self-2": 4, "e-self-3": 1, "e-partner-1": 5,
    "l-self-1": 3, "l-partner-1": 2, "r-self-1": 4, "r-partner-1": 2,
    "k-partner-1": 0 }}"#;

fn couple(show_private: bool) -> Report {
    let q = questionnaire();
    let pair = Pair::couple(responses(&q, ALEX), responses(&q, SAM), "sam.json").unwrap();
    score(&q, &pair, Options { show_private })
}

/// Asserts `actual` is `expected`, to within float rounding (shared with `tests_v2`).
pub(super) fn close(actual: Option<f64>, expected: f64) {
    let a = actual.unwrap_or_else(|| panic!("expected {expected}, got null"));
    assert!((a - expected).abs() < 1e-9, "expected {expected}, got {a}");
}

#[test]
fn points_reverse_keys_and_mixes_scales() {
    // (4 - 1) / (5 - 1) * 100 = 75
    assert_eq!(points(4, 1, 5, false), 75.0);
    // reverse: 1 + 5 - 2 = 4, so again 75
    assert_eq!(points(2, 1, 5, true), 75.0);
    // 0..3 scale: (2 - 0) / 3 * 100 = 66.67
    assert!((points(2, 0, 3, false) - 200.0 / 3.0).abs() < 1e-12);
    // the ends of any scale are 0 and 100
    assert_eq!(points(0, 0, 3, false), 0.0);
    assert_eq!(points(0, 0, 3, true), 100.0);
    // A scale at the end of the whole numbers: min + max would overflow, so reverse keying
    // goes by max - x (= (min + max - x) - min). Reversed, the top answer is 0 points.
    assert_eq!(points(i64::MAX, i64::MAX - 1, i64::MAX, true), 0.0);
    assert_eq!(points(i64::MIN, i64::MIN, i64::MIN + 2, true), 100.0);
}

#[test]
fn min_answered_rule() {
    // 0.5 × 3 = 1.5: one answer is too few, two are enough.
    assert!(!enough(1, 3, Fraction::of(0.5)));
    assert!(enough(2, 3, Fraction::of(0.5)));
    assert_eq!(needed(3, Fraction::of(0.5)), 2);
    // 0.5 × 2 = 1: one of two is enough (the boundary counts).
    assert!(enough(1, 2, Fraction::of(0.5)));
    // 1.0 means every item; no items is never enough.
    assert!(!enough(3, 4, Fraction::of(1.0)));
    assert!(enough(4, 4, Fraction::of(1.0)));
    assert!(!enough(0, 0, Fraction::of(0.5)));
}

#[test]
fn min_answered_is_exact_for_decimal_fractions() {
    // 0.07 × 100 = 7 exactly, though 0.07_f64 * 100.0 is 7.000000000000001: 7 of 100 is
    // enough, 6 is not. Tested as 7 × 100 >= 7 × 100 (numerator 7, denominator 100).
    let float_product = std::hint::black_box(0.07_f64) * 100.0;
    assert!(
        float_product > 7.0,
        "the floating-point product this test is about"
    );
    assert!(enough(7, 100, Fraction::of(0.07)));
    assert!(!enough(6, 100, Fraction::of(0.07)));
    assert_eq!(needed(100, Fraction::of(0.07)), 7);
    // 0.14 × 50 = 7: 7 × 100 >= 14 × 50 (700 >= 700).
    assert!(enough(7, 50, Fraction::of(0.14)));
    assert!(!enough(6, 50, Fraction::of(0.14)));
    // 0.28 × 25 = 7: 7 × 100 >= 28 × 25 (700 >= 700); 0.56 × 25 = 14: 1400 >= 1400.
    assert!(enough(7, 25, Fraction::of(0.28)));
    assert!(!enough(6, 25, Fraction::of(0.28)));
    assert!(enough(14, 25, Fraction::of(0.56)));
    assert!(!enough(13, 25, Fraction::of(0.56)));
    // 1/3 written as 0.3333333333333333 (16 places): 1 of 3 is 1 × 10^16 >= 3333333333333333
    // × 3 = 9999999999999999, enough.
    assert!(enough(1, 3, Fraction::of(1.0 / 3.0)));
}

#[test]
fn views_of_each_respondent() {
    let r = couple(false);
    let [alex, sam] = &r.people;
    // Alex's self view of coercive: c-self-1 4 → 75; c-self-2 2 reversed → 4 → 75; mean 75.
    close(alex.views["coercive"].own, 75.0);
    // Sam's partner view of Alex: c-partner-1 1 on 0..3 → 33.33; c-partner-2 5 → 100;
    // mean (33.33 + 100) / 2 = 66.67.
    close(alex.views["coercive"].partner, 200.0 / 3.0);
    // Sam's self view: 1 → 0; 5 reversed → 1 → 0; mean 0.
    close(sam.views["coercive"].own, 0.0);
    // Alex's partner view of Sam: 3 on 0..3 → 100; 3 on 1..5 → 50; mean 75.
    close(sam.views["coercive"].partner, 75.0);
    // Alex's self view of expert: 1 of 3 answered (e-self-2 null, e-self-3 missing) and
    // 1 < 0.5 × 3, so null.
    assert_eq!(alex.views["expert"].own, None);
    // Sam's self view of expert: 4 → 75, 4 → 75, 1 → 0; mean 50.
    close(sam.views["expert"].own, 50.0);
}

#[test]
fn scores_indices_and_groups() {
    let r = couple(false);
    let [alex, sam] = &r.people;
    // coercive(Alex) = mean(75, 66.67) = 70.83
    close(alex.scores["coercive"], (75.0 + 200.0 / 3.0) / 2.0);
    // expert(Alex): self null, Sam's view e-partner-1 5 → 100, so 100.
    close(alex.scores["expert"], 100.0);
    // coercive(Sam) = mean(0, 75) = 37.5; expert(Sam) = mean(50, Alex's view 2 → 25) = 37.5
    close(sam.scores["coercive"], 37.5);
    close(sam.scores["expert"], 37.5);
    // power index, coercive weighted 2: (2 × 70.83 + 1 × 100) / 3 = 80.56
    close(
        alex.power_index,
        (2.0 * (75.0 + 200.0 / 3.0) / 2.0 + 100.0) / 3.0,
    );
    // Sam: (2 × 37.5 + 37.5) / 3 = 37.5
    close(sam.power_index, 37.5);
    // groups: harsh holds coercive only, soft holds expert only.
    close(alex.groups["harsh"], (75.0 + 200.0 / 3.0) / 2.0);
    close(alex.groups["soft"], 100.0);
    // listening(Alex) = mean(self 5 → 100, Sam's l-partner-1 2 → 25) = 62.5
    // respect(Alex) = mean(self 3 → 50, Sam's r-partner-1 2 → 25) = 37.5
    // balance index = (62.5 + 37.5) / 2 = 50
    close(alex.balance_index, 50.0);
    // listening(Sam) = mean(3 → 50, Alex's 1 → 0) = 25; respect(Sam) = mean(4 → 75, 4 → 75) = 75
    // balance index = (25 + 75) / 2 = 50
    close(sam.balance_index, 50.0);
}

#[test]
fn weighted_mean_survives_any_weight_the_loader_accepts() {
    // Weights 1.7e308 and 1.7e308: 100 × 1.7e308 overflows to infinity, and so does the sum
    // of the weights, so the plain formula gave inf / inf = NaN. Scaled by the largest
    // weight both become 1: (100 + 50) / 2 = 75.
    assert_eq!(
        weighted_mean([(Some(100.0), 1.7e308), (Some(50.0), 1.7e308)]),
        Some(75.0)
    );
    // The smallest weight there is, 5e-324: 37.5 × 5e-324 rounds to a whole multiple of
    // it, which gave 38, not 37.5. Scaled it is 1: 37.5.
    assert_eq!(weighted_mean([(Some(37.5), 5e-324)]), Some(37.5));
    // Weights 1e300 and 1e-300: the second is nothing beside the first, so about 100.
    close(
        weighted_mean([(Some(100.0), 1e300), (Some(0.0), 1e-300)]),
        100.0,
    );
    // Both values 100, weights 0.1 and 0.7: (100 × 0.1 + 100 × 0.7) / 0.8 rounds to
    // 100.00000000000001, past the top of the range; it is held at 100.
    assert_eq!(
        weighted_mean([(Some(100.0), 0.1), (Some(100.0), 0.7)]),
        Some(100.0)
    );
    // Nulls are left out; nothing present is null.
    assert_eq!(weighted_mean([(None, 2.0), (Some(40.0), 1.0)]), Some(40.0));
    assert_eq!(weighted_mean([(None, 2.0)]), None);
}

#[test]
fn signed_imbalance_is_first_minus_second() {
    let r = couple(false);
    // power: 80.56 - 37.5 = 43.06
    close(
        r.imbalance.power_index,
        (2.0 * (75.0 + 200.0 / 3.0) / 2.0 + 100.0) / 3.0 - 37.5,
    );
    // respect: 37.5 - 75 = -37.5 (negative: Sam scores higher)
    close(r.imbalance.scores["respect"], -37.5);
    close(r.imbalance.balance_index, 0.0);
    close(r.imbalance.groups["soft"], 100.0 - 37.5);
}

fn fired<'a>(r: &'a Report, rule: &str) -> Vec<&'a Warning> {
    r.warnings.iter().filter(|w| w.rule == rule).collect()
}

#[test]
fn every_rule_kind_fires_as_specified() {
    let r = couple(true);
    // imbalance: |80.56 - 37.5| = 43.06 >= 10, once per pair, Alex stronger.
    let w = fired(&r, "power-imbalance");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].person, None);
    assert_eq!(w[0].dimension.as_deref(), Some("power_index"));
    assert_eq!(w[0].message, "Alex over Sam by 43");
    // high: Alex 70.83 >= 60 fires (rounded 71); Sam 37.5 does not.
    let w = fired(&r, "coercive-high");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].message, "Alex high at 71");
    // low: both balance indices are exactly 50 and at_most is inclusive.
    assert_eq!(fired(&r, "balance-low").len(), 2);
    // gap: Alex |75 - 66.67| = 8.33 < 20; Sam |0 - 75| = 75 fires.
    let w = fired(&r, "coercive-gap");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].message, "Sam: 0 vs 75 (75)");
    assert_eq!(w[0].value, 75.0);
    // item: Alex answered k-partner-1 = 2 >= 2; Sam answered 0.
    let w = fired(&r, "risk-item");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].person.as_deref(), Some("Alex"));
    assert_eq!(w[0].value, 2.0);
    assert_eq!(w[0].severity, Severity::Alert);
    assert!(
        w[0].private,
        "an item rule over a private dimension is private"
    );
    // high on risk: Sam's risk score is Alex's view 2 on 0..3 = 66.67 >= 50.
    let w = fired(&r, "risk-high");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].message, "Sam risk 67");
    // harsh: |70.83 - 37.5| = 33.33 >= 0, Alex stronger, difference rounds to 33.
    assert_eq!(fired(&r, "harsh-even")[0].message, "Alex Sam 33");
    assert_eq!(r.resources.as_deref(), Some("Help is available."));
}

#[test]
fn joint_report_leaves_out_private_results() {
    let r = couple(false);
    assert!(fired(&r, "risk-item").is_empty());
    assert!(fired(&r, "risk-high").is_empty());
    for p in &r.people {
        assert!(!p.scores.contains_key("risk"));
        assert!(!p.views.contains_key("risk"));
    }
    assert!(!r.imbalance.scores.contains_key("risk"));
    assert!(r.notes.iter().any(|n| n == PRIVATE_NOTE));
    // Resources are shown in every joint report of a questionnaire with private items, so
    // their presence reveals nothing.
    assert_eq!(r.resources.as_deref(), Some("Help is available."));
    let json = crate::report::render_json(&r);
    assert!(
        !json.contains("risk"),
        "no trace of the private dimension: {json}"
    );
}

#[test]
fn single_respondent_report_shows_own_private_results() {
    let q = questionnaire();
    let r = score(&q, &Pair::single(responses(&q, ALEX)), Options::default());
    assert_eq!(r.respondents, ["Alex"]);
    // Alex alone: coercive(Alex) = self view only = 75; coercive(Sam) = Alex's view = 75.
    close(r.people[0].scores["coercive"], 75.0);
    close(r.people[1].scores["coercive"], 75.0);
    // No gap without both respondents.
    assert!(fired(&r, "coercive-gap").is_empty());
    // The private item rule is Alex's own answer, so it shows.
    assert_eq!(fired(&r, "risk-item").len(), 1);
    assert!(!r.notes.iter().any(|n| n == PRIVATE_NOTE));
    // The unscored view is explained: 1 of 3 expert items about themselves, 2 needed.
    assert!(
        r.notes
            .iter()
            .any(|n| n
                .contains("Alex's answers about themselves: Expert (1 of 3 answered, 2 needed)")),
        "{:?}",
        r.notes
    );
}

#[test]
fn nothing_answered_gives_nulls_and_no_warnings() {
    let q = questionnaire();
    let empty = r#"{"respondent": "A", "partner": "B", "answers": {}}"#;
    let r = score(&q, &Pair::single(responses(&q, empty)), Options::default());
    for p in &r.people {
        assert_eq!(p.power_index, None);
        assert_eq!(p.balance_index, None);
        assert!(p.scores.values().all(Option::is_none));
    }
    assert_eq!(r.imbalance.power_index, None);
    assert!(
        r.warnings.is_empty(),
        "a rule whose inputs are null does not fire"
    );
    assert_eq!(r.resources, None);
}

#[test]
fn private_dimensions_stay_out_of_indices() {
    // Make risk a private power dimension: the power index must not move with it.
    let text = Q.replace("kind = \"risk\"", "kind = \"power\"");
    let q = parse("t.toml", text.as_bytes()).unwrap();
    let pair = Pair::couple(responses(&q, ALEX), responses(&q, SAM), "s").unwrap();
    let r = score(&q, &pair, Options::default());
    // Same as without it: (2 × 70.83 + 100) / 3.
    close(
        r.people[0].power_index,
        (2.0 * (75.0 + 200.0 / 3.0) / 2.0 + 100.0) / 3.0,
    );
}

#[test]
fn min_answered_from_the_questionnaire() {
    // With min_answered = 1.0 a view needs every one of its items.
    let text = Q.replace("version = \"1\"", "version = \"1\"\nmin_answered = 1.0");
    let q = parse("t.toml", text.as_bytes()).unwrap();
    let partial = r#"{"respondent": "A", "partner": "B", "answers": {"c-self-1": 5}}"#;
    let r = score(
        &q,
        &Pair::single(responses(&q, partial)),
        Options::default(),
    );
    // 1 of 2 coercive self items: enough at the default 0.5, not at 1.0.
    assert_eq!(r.people[0].scores["coercive"], None);
    let q = questionnaire();
    let r = score(
        &q,
        &Pair::single(responses(&q, partial)),
        Options::default(),
    );
    close(r.people[0].scores["coercive"], 100.0);
}

/// The views laid out view by view are the views item by item to the bit (counts and
/// means), for every bundled questionnaire and the test ones (reverse keys, `about =
/// "both"` items, gates), with answers skipped, on and just off the scale, and any items
/// applying or not.
#[test]
fn views_view_by_view_are_the_views_item_by_item() {
    let mut seed = 11_u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seed >> 33
    };
    let mut questionnaires: Vec<Questionnaire> = crate::questionnaire::ALL_VERSIONS
        .iter()
        .map(|b| b.load().unwrap())
        .collect();
    questionnaires.extend([questionnaire(), super::tests_v2::questionnaire()]);
    let (mut fast, mut slow) = (Vec::new(), Vec::new());
    let mut unscored_seen = false;
    for q in &questionnaires {
        let plan = Plan::new(q);
        for round in 0..200 {
            let values: Vec<Option<i64>> = q
                .items
                .iter()
                .map(|item| {
                    let scale = q.scale_of(item);
                    let span = (scale.max - scale.min + 3) as u64;
                    (next() % 5 > 0).then(|| scale.min - 1 + (next() % span) as i64)
                })
                .collect();
            let r = Responses {
                respondent: "A".into(),
                partner: "B".into(),
                values,
                completed: None,
                unfinished: false,
                lang: None,
            };
            // Only an item with an `asked_if` may not apply; every third round, as the
            // answers say.
            let mut applies: Vec<bool> = q
                .items
                .iter()
                .map(|item| item.asked_if.is_none() || next() % 4 > 0)
                .collect();
            if round % 3 == 2 {
                q.applicable_among(plan.gated.iter().copied(), &r.values, &mut applies);
            }
            let applies = (round % 3 > 0 && !plan.gated.is_empty()).then_some(&applies[..]);
            let unscored = views_of(&plan, &r, applies, &mut fast);
            views_of_by_item(&plan, &r, applies, &mut slow);
            // The bits of the dimensions left unscored are those of the views that are.
            let expected = (0..slow.len())
                .filter(|&d| slow[d].iter().any(View::unscored))
                .fold(0, |bits, d| bits | unscored_bit(d));
            assert_eq!(unscored, expected, "{} round {round}", q.id);
            unscored_seen |= unscored != 0;
            let bits = |views: &[[View; 2]]| -> Vec<_> {
                views
                    .as_flattened()
                    .iter()
                    .map(|v| {
                        let value = v.value.map(f64::to_bits);
                        (value, v.answered, v.total)
                    })
                    .collect()
            };
            assert_eq!(bits(&fast), bits(&slow), "{} round {round}", q.id);
            assert!(fast.as_flattened().iter().any(|v| v.value.is_some()));
        }
    }
    assert!(unscored_seen, "some views left unscored");
}

/// Past the 64th dimension every bit is set, so that the notes look at such a dimension
/// whenever any is unscored; below it, one bit each.
#[test]
fn a_dimension_past_the_64th_sets_every_bit() {
    assert_eq!(unscored_bit(0), 1);
    assert_eq!(unscored_bit(63), 1 << 63);
    assert_eq!(unscored_bit(64), u64::MAX);
    assert_eq!(unscored_bit(1000), u64::MAX);
}

/// A report prepared `for_rows` (CSV rows count warnings and never write their messages or
/// the notes) is the full report with every warning's message empty and no notes: the same
/// rules fire with the same figures, whether it is made afresh or written over a report whose
/// words were made.
#[test]
fn for_rows_leaves_only_the_words_out() {
    let q = questionnaire();
    let pair = Pair::couple(responses(&q, ALEX), responses(&q, SAM), "sam.json").unwrap();
    let options = Options { show_private: true };
    let full = Prepared::new(&q);
    let mut expected = full.score(&q, &pair, options);
    assert!(
        expected.warnings.iter().any(|w| !w.message.is_empty()),
        "the test couple fires rules with messages"
    );
    assert!(
        !expected.notes.is_empty(),
        "the test couple's report has notes"
    );
    for w in &mut expected.warnings {
        w.message.clear();
    }
    expected.notes.clear();
    let counting = Prepared::new(&q).for_rows();
    assert_eq!(counting.score(&q, &pair, options), expected, "made afresh");
    let mut reused = full.score(&q, &pair, options);
    counting.score_into(&q, &pair, options, &mut reused, &mut Scratch::default());
    assert_eq!(reused, expected, "written over a full report");
}

/// Answers with values for some items only, or for more items than the questionnaire has
/// (as a library caller may build them), are scored as the answers every reader makes: the
/// missing ones skipped, the extra ones left out; never a panic, on every bundled
/// questionnaire (gates, `about = "both"` items and item rules included).
#[test]
fn answers_of_another_length_are_scored_as_fitted_answers() {
    use crate::answers::Responses;
    for b in crate::questionnaire::BUNDLED {
        let q = b.load().unwrap();
        let n = q.items.len();
        let values: Vec<Option<i64>> = q
            .items
            .iter()
            .enumerate()
            .map(|(k, item)| {
                let scale = q.scale_of(item);
                (k % 5 != 4).then_some(scale.min + (k as i64 % (scale.max - scale.min + 1)))
            })
            .collect();
        let answers = |values: Vec<Option<i64>>, who: &str, other: &str| Responses {
            respondent: who.to_owned(),
            partner: other.to_owned(),
            values,
            ..Responses::default()
        };
        let short: Vec<Option<i64>> = values[..n / 3].to_vec();
        let mut padded = short.clone();
        padded.resize(n, None);
        let mut long = values.clone();
        long.extend([Some(1), None, Some(99)]);
        for (given, fitted) in [(short, padded), (long, values.clone())] {
            let as_given = Pair::couple(
                answers(given.clone(), "Ana", "Ben"),
                answers(values.clone(), "Ben", "Ana"),
                "ben.json",
            )
            .unwrap();
            let as_fitted = Pair::couple(
                answers(fitted.clone(), "Ana", "Ben"),
                answers(values.clone(), "Ben", "Ana"),
                "ben.json",
            )
            .unwrap();
            for show_private in [false, true] {
                let options = Options { show_private };
                assert_eq!(
                    score(&q, &as_given, options),
                    score(&q, &as_fitted, options),
                    "{} with {} values",
                    q.id,
                    given.len()
                );
            }
            let mut scorer = ViewScorer::new(&q);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            scorer.scores_into(&q, &answers(given.clone(), "Ana", "Ben"), &mut a);
            scorer.scores_into(&q, &answers(fitted, "Ana", "Ben"), &mut b);
            assert_eq!(a, b, "{} views with {} values", q.id, given.len());
        }
    }
}

/// A person's figures are laid flat as the plan says: each target at its own place, scores
/// then groups then the two indices; what a rule reads there is what the report shows of
/// that target, and each rule's check reads its own target with its own threshold. For
/// every bundled questionnaire and the test ones, singles and couples.
#[test]
fn the_flat_figures_are_the_targets_the_rules_name() {
    use crate::questionnaire::{RuleKind, Target};
    let mut questionnaires: Vec<Questionnaire> = crate::questionnaire::ALL_VERSIONS
        .iter()
        .map(|b| b.load().unwrap())
        .collect();
    questionnaires.extend([questionnaire(), super::tests_v2::questionnaire()]);
    let mut seed = 3_u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        seed >> 33
    };
    for q in &questionnaires {
        let prepared = Prepared::new(q);
        let plan = &prepared.plan;
        let targets: Vec<Target> = (0..q.dimensions.len())
            .map(Target::Dimension)
            .chain((0..q.groups.len()).map(Target::Group))
            .chain([Target::PowerIndex, Target::BalanceIndex])
            .collect();
        let places: Vec<usize> = targets.iter().map(|&t| plan.figure(t)).collect();
        assert_eq!(places, (0..plan.figures()).collect::<Vec<_>>(), "{}", q.id);
        // Each rule checks the figure its kind names, found by its place among the targets
        // listed above (not by `plan.figure`), against the kind's own threshold.
        let place = |t: Target| targets.iter().position(|&u| u == t).unwrap();
        for (rule, text) in q.rules.iter().zip(&prepared.rules) {
            use rules::Check;
            let agrees = match (&rule.kind, &text.check) {
                (
                    RuleKind::Imbalance { target, at_least },
                    Check::Imbalance {
                        figure,
                        at_least: t,
                    },
                )
                | (
                    RuleKind::High { target, at_least },
                    Check::High {
                        figure,
                        at_least: t,
                    },
                )
                | (
                    RuleKind::Low {
                        target,
                        at_most: at_least,
                    },
                    Check::Low { figure, at_most: t },
                ) => *figure == place(*target) && t == at_least,
                (
                    RuleKind::Gap {
                        dimension,
                        at_least,
                    },
                    Check::Gap {
                        dimension: d,
                        at_least: t,
                    },
                ) => d == dimension && t == at_least,
                (
                    RuleKind::Item {
                        items, at_least, ..
                    },
                    Check::Item {
                        items: i,
                        at_least: t,
                    },
                ) => **i == **items && t == at_least,
                _ => false,
            };
            assert!(agrees, "{} {}: {:?}", q.id, rule.id, text.check);
        }
        for round in 0..20 {
            let mut respondent =
                |who: &str, other: &str| super::tests_reuse::mostly_low(q, who, other, &mut next);
            let a = respondent("Alex", "Sam");
            let pair = if round % 2 == 0 {
                Pair::single(a)
            } else {
                Pair::couple(a, respondent("Sam", "Alex"), "b.json").unwrap()
            };
            let options = Options { show_private: true };
            let mut scratch = Scratch::default();
            let mut report = prepared.blank();
            prepared.score_into(q, &pair, options, &mut report, &mut scratch);
            for (who, (person, scores)) in report.people.iter().zip(&scratch.people).enumerate() {
                for &t in &targets {
                    let shown = match t {
                        Target::Dimension(d) => {
                            if q.dimensions[d].kind == crate::questionnaire::DimensionKind::Context
                            {
                                continue;
                            }
                            person.scores[q.dimensions[d].id.as_str()]
                        }
                        Target::Group(g) => person.groups[q.groups[g].as_str()],
                        Target::PowerIndex => person.power_index,
                        Target::BalanceIndex => person.balance_index,
                    };
                    let flat = scores.figure(plan.figure(t));
                    assert_eq!(
                        flat.map(f64::to_bits),
                        shown.map(f64::to_bits),
                        "{who} {t:?}"
                    );
                    assert_eq!(flat.map(f64::to_bits), scores.target(t).map(f64::to_bits));
                }
            }
        }
    }
}
