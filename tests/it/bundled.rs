//! The bundled questionnaires meet the content SPEC §1 and issues 2 and 11 ask of them.

use powerbalance::{
    ALL_VERSIONS, About, BUNDLED, Bundled, DimensionKind, OLDER, Questionnaire, RuleKind, Severity,
};

const POWER: [&str; 7] = [
    "coercive",
    "reward",
    "legitimate",
    "connection",
    "referent",
    "informational",
    "expert",
];
const MARKERS: [&str; 4] = ["value", "listening", "respect", "communication"];

/// Version 1.0.0, the forms issue 2 described (its tests below are kept as they were).
fn load(id: &str) -> Questionnaire {
    Bundled::find_version(id, "1.0.0").unwrap().load().unwrap()
}

/// The current version.
fn current(id: &str) -> Questionnaire {
    Bundled::find(id).unwrap().load().unwrap()
}

/// (self items, partner items) of a dimension.
fn counts(q: &Questionnaire, dim: &str) -> (usize, usize) {
    let d = q
        .dimensions
        .iter()
        .position(|d| d.id == dim)
        .unwrap_or_else(|| panic!("{}: no `{dim}`", q.id));
    let of = |about| {
        q.items
            .iter()
            .filter(|i| i.dimension == d && i.about == about)
            .count()
    };
    (of(About::Me), of(About::Partner))
}

#[test]
fn every_bundled_questionnaire_loads() {
    for b in ALL_VERSIONS {
        let q = b.load().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.id, b.id);
        assert_eq!(q.version, b.version, "{}", b.file);
    }
    // Every id has its current version in BUNDLED and only older ones in OLDER.
    for b in OLDER {
        let now = Bundled::find(b.id).unwrap();
        assert_ne!(now.version, b.version);
        assert_eq!(Bundled::find_version(b.id, b.version).unwrap().file, b.file);
    }
    assert_eq!(BUNDLED.len() + OLDER.len(), ALL_VERSIONS.len());
}

#[test]
fn the_1_0_0_files_are_the_released_bytes() {
    // The sha256 of each file as version 1.0.0 was released (and as saved reports name it).
    for (id, sha) in [
        (
            "relationship",
            "56258fd34f2c15eeed8fcc61828f8fba16ed61e7de967abea8363c866cbb9b1d",
        ),
        (
            "relationship-short",
            "d679b8ae5157afce02f88ea54ef76f267632dbf6a5e362b88230271953690bc6",
        ),
        (
            "workplace",
            "0c073e54d3824ffc58acbadbc6e6b057bca2bbc99fa7a826ae5d0bade24e552a",
        ),
    ] {
        assert_eq!(load(id).sha256, sha, "{id}");
    }
}

#[test]
fn relationship_has_the_full_instrument() {
    let q = load("relationship");
    let ids: Vec<(&str, DimensionKind)> = q
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.kind))
        .collect();
    for id in POWER {
        assert!(ids.contains(&(id, DimensionKind::Power)), "power base {id}");
        let (me, partner) = counts(&q, id);
        assert!(
            me >= 3 && partner >= 3,
            "{id}: {me} self, {partner} partner items"
        );
    }
    for id in MARKERS {
        assert!(ids.contains(&(id, DimensionKind::Marker)), "marker {id}");
        let (me, partner) = counts(&q, id);
        assert!(
            me >= 2 && partner >= 2,
            "{id}: {me} self, {partner} partner items"
        );
    }
    assert_eq!(
        ids.iter()
            .filter(|(_, k)| *k == DimensionKind::Power)
            .count(),
        7
    );
    assert_eq!(
        ids.iter()
            .filter(|(_, k)| *k == DimensionKind::Marker)
            .count(),
        4
    );
    let risk = q
        .dimensions
        .iter()
        .find(|d| d.kind == DimensionKind::Risk)
        .expect("a risk dimension");
    assert!(risk.private, "the risk dimension is private");
    assert!(
        q.items.iter().any(|i| i.reverse),
        "some items are reverse-keyed"
    );
    assert_eq!(q.groups, ["harsh", "soft"]);
    assert!(q.resources.is_some());
    // Rules of every kind, each with a prompt and a basis; an item alert over private items.
    for kind in ["imbalance", "high", "low", "gap", "item"] {
        assert!(
            q.rules.iter().any(|r| kind_name(&r.kind) == kind),
            "a rule of kind {kind}"
        );
    }
    assert!(
        q.rules
            .iter()
            .all(|r| r.prompt.is_some() && r.basis.is_some())
    );
    assert!(
        q.rules
            .iter()
            .any(|r| matches!(r.kind, RuleKind::Item { .. })
                && r.private
                && r.severity == powerbalance::Severity::Alert)
    );
    // About 15 minutes at roughly 12 seconds an item.
    assert!(
        (55..=80).contains(&q.items.len()),
        "{} items",
        q.items.len()
    );
}

#[test]
fn short_form_is_short_and_workplace_covers_the_bases() {
    let short = load("relationship-short");
    assert!(short.items.len() <= 30);
    for q in [&short, &load("workplace")] {
        for id in POWER.iter().chain(&MARKERS) {
            let (me, partner) = counts(q, id);
            assert!(me >= 1 && partner >= 1, "{}: {id}", q.id);
        }
        assert!(q.dimensions.iter().any(|d| d.private));
        assert!(q.resources.is_some());
    }
}

fn kind_name(kind: &RuleKind) -> &'static str {
    match kind {
        RuleKind::Imbalance { .. } => "imbalance",
        RuleKind::High { .. } => "high",
        RuleKind::Low { .. } => "low",
        RuleKind::Gap { .. } => "gap",
        RuleKind::Item { .. } => "item",
    }
}

// ---------------------------------------------------------------------------------------------
// Version 2.0.0: what issue 11 asks of each form.
// ---------------------------------------------------------------------------------------------

fn dimension<'q>(q: &'q Questionnaire, id: &str) -> (usize, &'q powerbalance::Dimension) {
    q.dimensions
        .iter()
        .enumerate()
        .find(|(_, d)| d.id == id)
        .unwrap_or_else(|| panic!("{}: no dimension `{id}`", q.id))
}

fn item_ids_of(q: &Questionnaire, d: usize) -> Vec<&str> {
    q.items
        .iter()
        .filter(|i| i.dimension == d)
        .map(|i| i.id.as_str())
        .collect()
}

/// The item rules over an item, as (threshold, severity, message).
fn item_rules<'q>(q: &'q Questionnaire, item: &str) -> Vec<(i64, Severity, &'q str)> {
    let i = q
        .item_index(item)
        .unwrap_or_else(|| panic!("{}: no item `{item}`", q.id));
    q.rules
        .iter()
        .filter_map(|r| match &r.kind {
            RuleKind::Item {
                items, at_least, ..
            } if items.contains(&i) => Some((*at_least, r.severity, r.message.as_str())),
            _ => None,
        })
        .collect()
}

/// Each gated item with the id of its gate.
fn gates(q: &Questionnaire) -> Vec<(&str, &str)> {
    q.items
        .iter()
        .filter_map(|i| {
            i.asked_if
                .map(|g| (i.id.as_str(), q.items[g.item].id.as_str()))
        })
        .collect()
}

#[test]
fn relationship_2_has_the_decision_areas_with_gates() {
    let q = current("relationship");
    assert_eq!(q.version, "2.0.0");
    let (d, decisions) = dimension(&q, "decisions");
    assert_eq!(decisions.kind, DimensionKind::Decision);
    assert!(!decisions.private);
    let ids = item_ids_of(&q, d);
    // SPEC §1's areas: money, time, friends and family, intimacy, the home, work and where to
    // live, children.
    for area in [
        "decide-money",
        "decide-time",
        "decide-friends",
        "decide-family",
        "decide-intimacy",
        "decide-home",
        "decide-work",
        "decide-where-to-live",
        "decide-children",
    ] {
        assert!(ids.contains(&area), "decision area {area}");
    }
    assert!(
        q.items
            .iter()
            .filter(|i| i.dimension == d)
            .all(|i| i.about == About::Both && !i.reverse)
    );
    // Lowest answer "all the other person", highest "all me", middle "both equally".
    let say = q.scale_of(&q.items[q.item_index("decide-money").unwrap()]);
    assert_eq!(say.labels.first().unwrap(), "My partner");
    assert_eq!(say.labels.last().unwrap(), "Me");
    assert_eq!(say.labels[say.labels.len() / 2], "Both of us equally");
    // Gates for children, shared money and living together, asked as honest questions
    // (context items whose answers never offer "does not apply").
    let g = gates(&q);
    for pair in [
        ("decide-children", "situation-children"),
        ("decide-money", "situation-money"),
        ("decide-home", "situation-home"),
    ] {
        assert!(g.contains(&pair), "gate {pair:?} in {g:?}");
    }
    for (_, gate) in &g {
        let item = &q.items[q.item_index(gate).unwrap()];
        assert_eq!(q.dimensions[item.dimension].kind, DimensionKind::Context);
        assert!(
            q.scale_of(item)
                .labels
                .iter()
                .all(|l| !l.to_lowercase().contains("apply")),
            "{gate}"
        );
    }
}

#[test]
fn relationship_2_risk_covers_what_screening_needs() {
    let q = current("relationship");
    let (d, risk) = dimension(&q, "risk");
    assert!(risk.private);
    let ids = item_ids_of(&q, d);
    for needed in [
        "risk-hurt",
        "risk-sexual-pressure",
        "risk-strangulation",
        "risk-threat-to-kill",
        "risk-weapon",
        "risk-getting-worse",
        "risk-tracking",
        "risk-following",
        "risk-children-taken",
        "risk-children-harmed",
        "risk-outing",
        "risk-self-harm-threat",
        "risk-fear",
        "risk-isolation",
        "risk-money",
        "risk-phone",
    ] {
        assert!(ids.contains(&needed), "risk item {needed}");
    }
    // Every item names the time frame; both directions are asked for harm, control and fear.
    for i in q.items.iter().filter(|i| i.dimension == d) {
        assert!(i.text.contains("past 12 months"), "{}: {}", i.id, i.text);
    }
    for (mine, theirs) in [
        ("risk-hurt-by-me", "risk-hurt"),
        ("risk-isolation-by-me", "risk-isolation"),
        ("risk-fear-of-me", "risk-fear"),
    ] {
        let of = |id: &str| q.items[q.item_index(id).unwrap()].about;
        assert_eq!((of(mine), of(theirs)), (About::Me, About::Partner));
    }
    // The threats about children apply only where there are children.
    assert!(gates(&q).contains(&("risk-children-taken", "situation-children")));
    risk_rules_are_graded_with_a_red_flag_tier(&q);
}

/// Graded alerts (the same item at two thresholds, saying the answer given) and a red-flag tier
/// that says to contact a specialist domestic-abuse service soon.
fn risk_rules_are_graded_with_a_red_flag_tier(q: &Questionnaire) {
    for red in [
        "risk-strangulation",
        "risk-threat-to-kill",
        "risk-weapon",
        "risk-getting-worse",
    ] {
        let rules = item_rules(q, red);
        assert!(
            rules.iter().any(|(_, s, m)| *s == Severity::Alert
                && m.contains("contact a specialist domestic-abuse service soon")),
            "{}: red flag {red}: {rules:?}",
            q.id
        );
    }
    for graded in ["risk-hurt", "risk-fear", "risk-isolation"] {
        let rules = item_rules(q, graded);
        let mut thresholds: Vec<i64> = rules.iter().map(|(t, ..)| *t).collect();
        thresholds.dedup();
        assert!(
            thresholds.len() >= 2,
            "{}: {graded} graded: {rules:?}",
            q.id
        );
        assert!(
            rules.iter().all(|(.., m)| m.contains("{answer}")),
            "{graded}"
        );
    }
    // Private prompts speak to the one person, never to the two together.
    for r in q.rules.iter().filter(|r| r.private) {
        let p = r.prompt.as_deref().unwrap_or_default().to_lowercase();
        for together in ["each of you", "both of you", "the two of you", "together"] {
            assert!(!p.contains(together), "{}: {}", r.id, p);
        }
    }
}

#[test]
fn relationship_short_2_is_short_with_the_essentials() {
    let q = current("relationship-short");
    assert_eq!(q.version, "2.0.0");
    assert!(q.items.len() <= 36, "{} items", q.items.len());
    for id in POWER.iter().chain(&MARKERS) {
        let (me, partner) = counts(&q, id);
        assert!(me >= 1 && partner >= 1, "{id}");
    }
    let (d, decisions) = dimension(&q, "decisions");
    assert_eq!(decisions.kind, DimensionKind::Decision);
    assert!(item_ids_of(&q, d).len() >= 4);
    assert!(gates(&q).contains(&("decide-money", "situation-money")));
    let (_, risk) = dimension(&q, "risk");
    assert!(risk.private);
    risk_rules_are_graded_with_a_red_flag_tier(&q);
}

#[test]
fn workplace_2_has_a_fair_process_discrimination_and_quid_pro_quo() {
    let q = current("workplace");
    assert_eq!(q.version, "2.0.0");
    let (_, fair) = dimension(&q, "fair-process");
    assert_eq!(fair.kind, DimensionKind::Marker);
    assert!(counts(&q, "fair-process").0 >= 2 && counts(&q, "fair-process").1 >= 2);
    for id in [
        "risk-discrimination",
        "risk-quid-pro-quo",
        "risk-touching",
        "risk-sexual-comments",
    ] {
        assert!(
            item_rules(&q, id)
                .iter()
                .any(|(_, s, _)| *s == Severity::Alert),
            "an alert over {id}"
        );
    }
    let (d, _) = dimension(&q, "risk");
    for i in q.items.iter().filter(|i| i.dimension == d) {
        assert!(i.text.contains("past 12 months"), "{}", i.id);
    }
    assert!(
        q.resources
            .as_deref()
            .unwrap()
            .contains("acts for the employer")
    );
}

#[test]
fn no_2_0_0_score_rests_on_a_reverse_keyed_item_and_no_item_assumes_or_idles() {
    for id in ["relationship", "relationship-short", "workplace"] {
        let q = current(id);
        for (d, dim) in q.dimensions.iter().enumerate() {
            if !matches!(dim.kind, DimensionKind::Power | DimensionKind::Marker) {
                continue;
            }
            for about in [About::Me, About::Partner] {
                let view: Vec<_> = q
                    .items
                    .iter()
                    .filter(|i| i.dimension == d && i.about == about)
                    .collect();
                let reversed = view.iter().filter(|i| i.reverse).count();
                assert!(
                    view.len() - reversed > reversed,
                    "{id}: {} {about:?}: {reversed} of {} reverse-keyed",
                    dim.id,
                    view.len()
                );
            }
        }
        for item in &q.items {
            let t = item.text.to_lowercase();
            // No shared home or purse assumed, no idioms, no negation in a reverse-keyed item.
            for phrase in [
                "our household",
                "our money",
                "worth their while",
                "worth my while",
                "go cold",
                "goes cold",
                "paying for it",
            ] {
                assert!(!t.contains(phrase), "{id}: {}: {phrase}", item.id);
            }
            if item.reverse {
                for negation in [" not ", "n't", " no ", "nothing", "little", "never"] {
                    assert!(!t.contains(negation), "{id}: {}: {negation}", item.id);
                }
            }
        }
    }
}

#[test]
fn private_wording_of_the_2_0_0_forms_promises_and_claims_only_what_is_true() {
    for b in BUNDLED {
        let q = b.load().unwrap();
        for d in q.dimensions.iter().filter(|d| d.private) {
            let text = d.description.as_deref().unwrap_or_default();
            // The therapist sees these answers in the clinician report: "shown only to the
            // person who answered" would promise more than the tool keeps.
            assert!(!text.contains("shown only to"), "{}: {text}", q.id);
            assert!(text.contains("clinician report"), "{}: {text}", q.id);
        }
        for r in q.rules.iter().filter(|r| r.private) {
            // `{answer}` says how often; a message beside it (and beside the repeated tier,
            // which fires with it) must not say that how often is unknown.
            assert!(
                !r.message.contains("how often it happens"),
                "{} {}: {}",
                q.id,
                r.id,
                r.message
            );
        }
    }
    let q = current("relationship");
    let message = |id: &str| &q.rules.iter().find(|r| r.id == id).unwrap().message;
    // The item asks about threats to harm the children, not the person answering.
    assert!(message("risk-children").contains("or to harm the children"));
    // "Their safety", after "their partner" and "them" for the one answering, was unclear.
    assert!(message("risk-self-harm-threat").contains("Your partner's safety"));
}
