//! A report refilled in place ([`Prepared::score_into`], as a batch scores line after line) is
//! the report [`Prepared::score`] makes afresh, whatever report it was before: answer sets
//! of every shape, of two questionnaires, scored one after another into one report.

use super::*;
use crate::answers::{AnswerSet, Pair};
use crate::questionnaire::RuleKind;

/// One person's answers to a test questionnaire, the JSON of an answers file.
fn set(q: &Questionnaire, json: &str) -> Responses {
    let set: AnswerSet = serde_json::from_str(json).unwrap();
    set.check(q, "test.json").unwrap()
}

/// Answer sets of every shape: couples, joint and with private results shown; singles with
/// and without warnings, notes, a language and a finishing time; unfinished answers;
/// nothing answered; gated items answered though they do not apply; decisions.
pub(crate) fn cases() -> Vec<(Questionnaire, Pair, Options)> {
    let (one, two) = (
        super::tests::questionnaire(),
        super::tests_v2::questionnaire(),
    );
    let alex = r#"{"respondent": "Alex", "partner": "Sam", "lang": "en",
        "completed": "2024-05-01T10:00:00Z", "answers": {
        "c-self-1": 4, "c-self-2": 2, "c-partner-1": 3, "c-partner-2": 3,
        "e-self-1": 5, "e-self-2": null, "e-partner-1": 2,
        "l-self-1": 5, "l-partner-1": 1, "r-self-1": 3, "r-partner-1": 4,
        "k-partner-1": 2 }}"#;
    let sam = r#"{"respondent": "Sam", "partner": "Alex", "completed": null, "answers": {
        "c-self-1": 1, "c-self-2": 5, "c-partner-1": 1, "c-partner-2": 5,
        "e-self-1": 4, "e-self-2": 4, "e-self-3": 1, "e-partner-1": 5,
        "l-self-1": 3, "l-partner-1": 2, "r-self-1": 4, "r-partner-1": 2,
        "k-partner-1": 0 }}"#;
    let quiet = r#"{"respondent": "Robin", "partner": "Kim", "answers": {
        "c-self-1": 3, "c-self-2": 3, "c-partner-1": 1, "c-partner-2": 3,
        "e-self-1": 3, "e-self-2": 3, "e-self-3": 3, "e-partner-1": 3,
        "l-self-1": 5, "l-partner-1": 5, "r-self-1": 5, "r-partner-1": 5 }}"#;
    let nothing = r#"{"respondent": "Jo", "partner": "Lee", "completed": "not a time",
        "answers": {}}"#;
    let gated = |who: &str, other: &str, answers: &str| {
        format!(r#"{{"respondent": "{who}", "partner": "{other}", "answers": {answers}}}"#)
    };
    let gated_alex = gated(
        "Alex",
        "Sam",
        r#"{"have-children": 0, "say-money": 5, "say-time": 2, "say-children": 4, "hurt": 2}"#,
    );
    let gated_sam = gated(
        "Sam",
        "Alex",
        r#"{"have-children": 1, "say-money": 2, "say-time": 2, "say-children": 3}"#,
    );
    let couple =
        |q: &Questionnaire, a: &str, b: &str| Pair::couple(set(q, a), set(q, b), "b.json").unwrap();
    let single = |q: &Questionnaire, a: &str| Pair::single(set(q, a));
    let (joint, shown) = (Options::default(), Options { show_private: true });
    vec![
        (one.clone(), couple(&one, alex, sam), joint),
        (one.clone(), single(&one, nothing), joint),
        (one.clone(), couple(&one, alex, sam), shown),
        (one.clone(), single(&one, alex), joint),
        (one.clone(), single(&one, quiet), joint),
        (one.clone(), couple(&one, sam, alex), joint),
        (two.clone(), couple(&two, &gated_alex, &gated_sam), joint),
        (one.clone(), single(&one, sam), shown),
        (two.clone(), single(&two, &gated_alex), joint),
        (two.clone(), couple(&two, &gated_sam, &gated_alex), shown),
        (one.clone(), single(&one, nothing), shown),
    ]
}

/// The report `score_into` writes over `report`, beside the one `score` makes: equal, and
/// the same JSON.
fn same_as_fresh(
    (q, pair, options): &(Questionnaire, Pair, Options),
    prepared: &Prepared,
    report: &mut Report,
    scratch: &mut Scratch,
    after: &str,
) {
    prepared.score_into(q, pair, *options, report, scratch);
    let fresh = prepared.score(q, pair, *options);
    assert_eq!(*report, fresh, "after {after}");
    assert_eq!(
        serde_json::to_string(report).unwrap(),
        serde_json::to_string(&fresh).unwrap(),
        "after {after}"
    );
}

#[test]
fn a_report_refilled_after_any_other_is_the_fresh_report() {
    let cases = cases();
    // The cases cover what they say: warnings, notes of every kind, decisions.
    let fresh: Vec<Report> = cases
        .iter()
        .map(|(q, pair, options)| score(q, pair, *options))
        .collect();
    assert!(fresh.iter().any(|r| r.warnings.is_empty()));
    assert!(fresh.iter().any(|r| r.warnings.len() > 3));
    assert!(fresh.iter().any(|r| !r.decisions.is_empty()));
    let kinds = |r: &Report| -> Vec<std::mem::Discriminant<NoteKind>> {
        r.notes
            .iter()
            .map(|n| std::mem::discriminant(n.kind()))
            .collect()
    };
    let all: std::collections::HashSet<_> = fresh.iter().flat_map(kinds).collect();
    assert_eq!(
        all.len(),
        5,
        "every kind of note but the clinician's next step"
    );
    // Each case scored into the report of each other (and of itself), one scratch for all.
    let mut scratch = Scratch::default();
    for (n, before) in cases.iter().enumerate() {
        for (m, case) in cases.iter().enumerate() {
            let mut report = Prepared::new(&before.0).score(&before.0, &before.1, before.2);
            same_as_fresh(
                case,
                &Prepared::new(&case.0),
                &mut report,
                &mut scratch,
                &format!("case {n}, case {m}"),
            );
        }
    }
    // Every case after every case, into one report, forwards and back.
    let mut report = score(&cases[0].0, &cases[0].1, cases[0].2);
    for (n, case) in cases
        .iter()
        .enumerate()
        .chain(cases.iter().enumerate().rev())
    {
        same_as_fresh(
            case,
            &Prepared::new(&case.0),
            &mut report,
            &mut scratch,
            &format!("the run to case {n}"),
        );
    }
}

/// A clinician report's next step is left out of the next report written over it.
#[test]
fn a_clinician_report_refilled_is_the_fresh_report() {
    let cases = cases();
    let mut scratch = Scratch::default();
    for case in &cases {
        let mut report = clinician(&cases[0].0, &cases[0].1);
        assert!(report.next_step.is_some());
        same_as_fresh(
            case,
            &Prepared::new(&case.0),
            &mut report,
            &mut scratch,
            "a clinician report",
        );
    }
}

/// Checking only the rules the triggers say may fire gives the report that checking every
/// rule gives: every bundled questionnaire, singles and couples, joint and not, with
/// answers low and high (every `item` rule fires on some).
#[test]
fn the_rules_the_triggers_leave_out_do_not_fire() {
    use crate::questionnaire::ALL_VERSIONS;
    let mut seed = 5_u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        seed >> 33
    };
    let mut item_rules_fired = std::collections::HashSet::new();
    for b in ALL_VERSIONS {
        let q = b.load().unwrap();
        let fast = Prepared::new(&q);
        let mut every = fast.clone();
        every.triggers = rules::Triggers::every();
        for round in 0..200 {
            let mut respondent = |who: &str, other: &str| mostly_low(&q, who, other, &mut next);
            let a = respondent("Alex", "Sam");
            let pair = if round % 2 == 0 {
                Pair::single(a)
            } else {
                Pair::couple(a, respondent("Sam", "Alex"), "b.json").unwrap()
            };
            let options = Options {
                show_private: round % 4 == 1,
            };
            let report = fast.score(&q, &pair, options);
            assert_eq!(report, every.score(&q, &pair, options), "round {round}");
            for w in &report.warnings {
                if q.rules
                    .iter()
                    .any(|r| w.rule == r.id.as_str() && matches!(r.kind, RuleKind::Item { .. }))
                {
                    item_rules_fired.insert(w.rule.to_string());
                }
            }
        }
    }
    assert!(item_rules_fired.len() > 10, "{item_rules_fired:?}");
}

/// A respondent of `q` who answers mostly the lowest answers, some higher, a few skipped
/// (`next` draws the numbers).
pub(crate) fn mostly_low(
    q: &Questionnaire,
    who: &str,
    other: &str,
    next: &mut impl FnMut() -> u64,
) -> Responses {
    let values = q
        .items
        .iter()
        .map(|item| {
            let scale = q.scale_of(item);
            let span = (scale.max - scale.min) as u64 + 1;
            match next() % 10 {
                0 => None,
                1..=6 => Some(scale.min),
                _ => Some(scale.min + (next() % span) as i64),
            }
        })
        .collect();
    Responses {
        respondent: who.into(),
        partner: other.into(),
        values,
        completed: None,
        unfinished: false,
        lang: None,
    }
}
