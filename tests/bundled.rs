//! The bundled questionnaires meet the content SPEC §1 and issue 2 ask of them.

use powerbalance::questionnaire::{
    About, BUNDLED, Bundled, DimensionKind, Questionnaire, RuleKind,
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

fn load(id: &str) -> Questionnaire {
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
    for b in BUNDLED {
        let q = b.load().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(q.id, b.id);
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
                && r.severity == powerbalance::questionnaire::Severity::Alert)
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
