//! Properties of scoring over generated questionnaires and answers (issue #6).
//!
//! A questionnaire is generated as a small [`Spec`], written out as TOML and loaded through
//! `questionnaire::parse`, so every case runs the real loader and is valid by construction:
//! a spec the loader rejects is a bug in this generator, and fails the test with the TOML.
//! Answers are written as JSON and read through `answers::parse_file` and `check`, the path
//! `score` takes. The people are always "A" (first respondent) and "B".
//!
//! 256 cases per property by default; `PROPTEST_CASES=10000 cargo test --test properties`
//! runs more.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use powerbalance::{
    DimensionKind, Format, LineParser, Options, Pair, Questionnaire, Report, Responses, RuleKind,
    Style, pair_of, parse_answers, parse_questionnaire, render, score,
};
use proptest::prelude::*;
use proptest::sample::Index;

/// The word every private name, item text, message and prompt carries, and nothing else
/// does: if it shows in a joint report, something private leaked.
const SECRET: &str = "Whisper";

const KINDS: [DimensionKind; 3] = [
    DimensionKind::Power,
    DimensionKind::Marker,
    DimensionKind::Risk,
];
const GROUPS: [&str; 3] = ["harsh", "soft", "other"];
const SEVERITIES: [&str; 3] = ["info", "warning", "alert"];
const FORMATS: [Format; 5] = [
    Format::Json,
    Format::Csv,
    Format::Table,
    Format::Markdown,
    Format::Html,
];
/// The most items a spec can have: 6 dimensions of up to 4 items.
const MAX_ITEMS: usize = 24;

#[derive(Debug, Clone)]
struct Spec {
    min_answered: Option<f64>,
    /// (min, max) of each scale `s0`, `s1`, …
    scales: Vec<(i64, i64)>,
    /// Whether `[defaults] scale = "s0"` is written; items without a scale use `s0` either way.
    default_scale: bool,
    dimensions: Vec<DimensionSpec>,
    rules: Vec<RuleSpec>,
    resources: bool,
}

#[derive(Debug, Clone)]
struct DimensionSpec {
    kind: DimensionKind,
    private: bool,
    weight: Option<f64>,
    group: Option<usize>,
    items: Vec<ItemSpec>,
}

#[derive(Debug, Clone)]
struct ItemSpec {
    about_self: bool,
    reverse: bool,
    scale: Option<Index>,
}

#[derive(Debug, Clone)]
struct RuleSpec {
    kind: RuleKindSpec,
    severity: usize,
    private: bool,
    prompt: bool,
}

#[derive(Debug, Clone)]
enum RuleKindSpec {
    Imbalance(TargetSpec, f64),
    High(TargetSpec, f64),
    Low(TargetSpec, f64),
    Gap(Index, f64),
    Item {
        items: Vec<Index>,
        at: Index,
        dimension: Option<Index>,
    },
}

#[derive(Debug, Clone)]
enum TargetSpec {
    Dimension(Index),
    Group(Index),
    PowerIndex,
    BalanceIndex,
}

/// One answer as generated: left out, `null`, or a point on the item's scale. The ends of
/// the scale are drawn more often than the rest, because scores of exactly 0 and 100 are
/// where rounding leaves the range and where rules fire on a tie.
#[derive(Debug, Clone)]
enum Answer {
    Missing,
    Null,
    Min,
    Max,
    Value(Index),
}

/// One item's answer resolved: `None` missing, `Some(None)` null, `Some(Some(v))` a value.
type Slot = Option<Option<i64>>;

/// An item as resolved from a spec: its dimension, its scale and its id.
struct Flat {
    dimension: usize,
    scale: usize,
    id: String,
}

impl Spec {
    fn items(&self) -> Vec<Flat> {
        let mut out = Vec::new();
        for (d, dim) in self.dimensions.iter().enumerate() {
            for (i, item) in dim.items.iter().enumerate() {
                out.push(Flat {
                    dimension: d,
                    scale: item.scale.map_or(0, |s| s.index(self.scales.len())),
                    id: format!("d{d}-i{i}"),
                });
            }
        }
        out
    }

    /// Group ids in order of first use by a power dimension, as the loader numbers them.
    fn groups(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for d in &self.dimensions {
            if let (DimensionKind::Power, Some(g)) = (d.kind, d.group)
                && !out.contains(&GROUPS[g])
            {
                out.push(GROUPS[g]);
            }
        }
        out
    }

    fn target(&self, t: &TargetSpec) -> String {
        let groups = self.groups();
        match t {
            TargetSpec::Dimension(i) => format!("d{}", i.index(self.dimensions.len())),
            TargetSpec::Group(i) if !groups.is_empty() => groups[i.index(groups.len())].into(),
            TargetSpec::Group(_) | TargetSpec::PowerIndex => "power_index".into(),
            TargetSpec::BalanceIndex => "balance_index".into(),
        }
    }

    /// An item rule's items: the first one picked, and those others on the same scale.
    fn rule_items(&self, picks: &[Index]) -> Vec<usize> {
        let items = self.items();
        let first = picks[0].index(items.len());
        let mut out = vec![first];
        for p in &picks[1..] {
            let i = p.index(items.len());
            if items[i].scale == items[first].scale && !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }

    /// Whether a rule is private: marked so, or reading a private dimension or one of its
    /// items (SPEC §6). Decides where [`SECRET`] goes.
    fn rule_is_private(&self, r: &RuleSpec) -> bool {
        let private_dim = |i: usize| self.dimensions[i].private;
        let n = self.dimensions.len();
        r.private
            || match &r.kind {
                RuleKindSpec::Imbalance(t, _)
                | RuleKindSpec::High(t, _)
                | RuleKindSpec::Low(t, _) => {
                    matches!(t, TargetSpec::Dimension(i) if private_dim(i.index(n)))
                }
                RuleKindSpec::Gap(i, _) => private_dim(i.index(n)),
                RuleKindSpec::Item {
                    items, dimension, ..
                } => {
                    let flat = self.items();
                    dimension.is_some_and(|d| private_dim(d.index(n)))
                        || self
                            .rule_items(items)
                            .iter()
                            .any(|&i| private_dim(flat[i].dimension))
                }
            }
    }

    /// Every item that an `item` rule reads.
    fn items_read_raw(&self) -> BTreeSet<usize> {
        self.rules
            .iter()
            .filter_map(|r| match &r.kind {
                RuleKindSpec::Item { items, .. } => Some(self.rule_items(items)),
                _ => None,
            })
            .flatten()
            .collect()
    }

    fn toml(&self) -> String {
        let mut t = String::new();
        let w = &mut t;
        let _ = writeln!(
            w,
            "[questionnaire]\nid = \"gen\"\ntitle = \"Generated\"\nversion = \"1\""
        );
        if let Some(m) = self.min_answered {
            let _ = writeln!(w, "min_answered = {m:?}");
        }
        for (s, (min, max)) in self.scales.iter().enumerate() {
            let labels: Vec<String> = (*min..=*max).map(|p| format!("\"point {p}\"")).collect();
            let _ = writeln!(
                w,
                "[scales.s{s}]\nmin = {min}\nmax = {max}\nlabels = [{}]",
                labels.join(", ")
            );
        }
        if self.default_scale {
            let _ = writeln!(w, "[defaults]\nscale = \"s0\"");
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            let secret = if dim.private { SECRET } else { "" };
            let kind = format!("{:?}", dim.kind).to_lowercase();
            let _ = writeln!(
                w,
                "[[dimensions]]\nid = \"d{d}\"\nkind = \"{kind}\"\nname = \"Dimension {d}{secret}\"\n\
                 description = \"About d{d}{secret}.\"\nprivate = {}",
                dim.private
            );
            if dim.kind == DimensionKind::Power {
                if let Some(weight) = dim.weight {
                    let _ = writeln!(w, "weight = {weight:?}");
                }
                if let Some(g) = dim.group {
                    let _ = writeln!(w, "group = \"{}\"", GROUPS[g]);
                }
            }
            for (i, item) in dim.items.iter().enumerate() {
                let about = if item.about_self { "self" } else { "partner" };
                let _ = writeln!(
                    w,
                    "[[dimensions.items]]\nid = \"d{d}-i{i}\"\nabout = \"{about}\"\n\
                     text = \"Item {i} of d{d}{secret}\"\nreverse = {}",
                    item.reverse
                );
                match item.scale {
                    Some(s) => {
                        let _ = writeln!(w, "scale = \"s{}\"", s.index(self.scales.len()));
                    }
                    None if !self.default_scale => {
                        let _ = writeln!(w, "scale = \"s0\"");
                    }
                    None => {}
                }
            }
        }
        for (r, rule) in self.rules.iter().enumerate() {
            let secret = if self.rule_is_private(rule) {
                SECRET
            } else {
                ""
            };
            let _ = writeln!(
                w,
                "[[rules]]\nid = \"r{r}\"\nseverity = \"{}\"\nprivate = {}",
                SEVERITIES[rule.severity], rule.private
            );
            let (kind, fills) = match &rule.kind {
                RuleKindSpec::Imbalance(t, at) => {
                    let _ = writeln!(w, "dimension = \"{}\"\nat_least = {at:?}", self.target(t));
                    ("imbalance", "{stronger} over {weaker} by {difference}")
                }
                RuleKindSpec::High(t, at) => {
                    let _ = writeln!(w, "dimension = \"{}\"\nat_least = {at:?}", self.target(t));
                    ("high", "{person} has {score}")
                }
                RuleKindSpec::Low(t, at) => {
                    let _ = writeln!(w, "dimension = \"{}\"\nat_most = {at:?}", self.target(t));
                    ("low", "{person} has {score}")
                }
                RuleKindSpec::Gap(d, at) => {
                    let d = d.index(self.dimensions.len());
                    let _ = writeln!(w, "dimension = \"d{d}\"\nat_least = {at:?}");
                    (
                        "gap",
                        "{person}: {self_view} vs {partner_view}, {difference}",
                    )
                }
                RuleKindSpec::Item {
                    items,
                    at,
                    dimension,
                } => {
                    let flat = self.items();
                    let listed = self.rule_items(items);
                    let (min, max) = self.scales[flat[listed[0]].scale];
                    let ids: Vec<String> = listed
                        .iter()
                        .map(|&i| format!("\"{}\"", flat[i].id))
                        .collect();
                    let at_least = min + at.index((max - min + 1) as usize) as i64;
                    let _ = writeln!(w, "items = [{}]\nat_least = {at_least}", ids.join(", "));
                    if let Some(d) = dimension {
                        let _ = writeln!(w, "dimension = \"d{}\"", d.index(self.dimensions.len()));
                    }
                    ("item", "{respondent} answered high")
                }
            };
            let _ = writeln!(
                w,
                "kind = \"{kind}\"\nmessage = \"Rule r{r}{secret}: {fills}.\""
            );
            if rule.prompt {
                let _ = writeln!(w, "prompt = \"Talk about r{r}{secret}.\"\nbasis = \"test\"");
            }
        }
        if self.resources {
            let _ = writeln!(w, "[resources]\ntext = \"Help is at hand.\"");
        }
        t
    }

    fn load(&self) -> Questionnaire {
        let text = self.toml();
        parse_questionnaire("gen.toml", text.as_bytes()).unwrap_or_else(|e| {
            panic!("the generator wrote an invalid questionnaire:\n{e}\n---\n{text}")
        })
    }

    /// The generated answers resolved against the items' scales.
    fn slots(&self, answers: &[Answer]) -> Vec<Slot> {
        self.items()
            .iter()
            .zip(answers)
            .map(|(item, a)| match a {
                Answer::Missing => None,
                Answer::Null => Some(None),
                Answer::Min => Some(Some(self.scales[item.scale].0)),
                Answer::Max => Some(Some(self.scales[item.scale].1)),
                Answer::Value(i) => {
                    let (min, max) = self.scales[item.scale];
                    Some(Some(min + i.index((max - min + 1) as usize) as i64))
                }
            })
            .collect()
    }

    /// The index of item `i`'s scale bounds, for mirroring.
    fn scale_of(&self, i: usize) -> (i64, i64) {
        self.scales[self.items()[i].scale]
    }
}

/// The `answers` object of the given slots: a value or null per item given.
fn answers_json(spec: &Spec, slots: &[Slot]) -> serde_json::Map<String, serde_json::Value> {
    spec.items()
        .iter()
        .zip(slots)
        .filter_map(|(item, slot)| slot.map(|v| (item.id.clone(), v.into())))
        .collect()
}

/// One respondent's answers written as JSON, then read and checked as `score` does.
fn respond(q: &Questionnaire, spec: &Spec, slots: &[Slot], who: &str, other: &str) -> Responses {
    let answers = answers_json(spec, slots);
    let json = serde_json::json!({
        "questionnaire": "gen", "respondent": who, "partner": other, "answers": answers,
    });
    let file = format!("{who}.json");
    let mut sets = parse_answers(&file, json.to_string().as_bytes())
        .unwrap_or_else(|e| panic!("generated answers rejected: {e}"));
    assert_eq!(sets.len(), 1);
    sets.remove(0)
        .check(q, &file)
        .unwrap_or_else(|e| panic!("generated answers rejected: {e}"))
}

/// A's and B's answers as a couple, A first.
fn couple(q: &Questionnaire, spec: &Spec, a: &[Slot], b: &[Slot]) -> Pair {
    let (first, second) = (respond(q, spec, a, "A", "B"), respond(q, spec, b, "B", "A"));
    Pair::couple(first, second, "B.json").expect("A and B pair up")
}

/// The same two people with B first.
fn couple_b_first(q: &Questionnaire, spec: &Spec, a: &[Slot], b: &[Slot]) -> Pair {
    let (first, second) = (respond(q, spec, b, "B", "A"), respond(q, spec, a, "A", "B"));
    Pair::couple(first, second, "A.json").expect("B and A pair up")
}

fn options(show_private: bool) -> Options {
    Options { show_private }
}

// ------------------------------------------------------------------------------------------
// Strategies

fn threshold() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(100.0),
        (0..=10u32).prop_map(|k| f64::from(k) * 10.0),
        0.0..=100.0f64,
    ]
}

fn target() -> impl Strategy<Value = TargetSpec> {
    prop_oneof![
        3 => any::<Index>().prop_map(TargetSpec::Dimension),
        1 => any::<Index>().prop_map(TargetSpec::Group),
        1 => Just(TargetSpec::PowerIndex),
        1 => Just(TargetSpec::BalanceIndex),
    ]
}

fn rule() -> impl Strategy<Value = RuleSpec> {
    let kind = prop_oneof![
        (target(), threshold()).prop_map(|(t, x)| RuleKindSpec::Imbalance(t, x)),
        (target(), threshold()).prop_map(|(t, x)| RuleKindSpec::High(t, x)),
        (target(), threshold()).prop_map(|(t, x)| RuleKindSpec::Low(t, x)),
        (any::<Index>(), threshold()).prop_map(|(d, x)| RuleKindSpec::Gap(d, x)),
        (
            prop::collection::vec(any::<Index>(), 1..=3),
            any::<Index>(),
            prop::option::of(any::<Index>()),
        )
            .prop_map(|(items, at, dimension)| RuleKindSpec::Item {
                items,
                at,
                dimension
            }),
    ];
    (kind, 0..3usize, prop::bool::weighted(0.2), any::<bool>()).prop_map(
        |(kind, severity, private, prompt)| RuleSpec {
            kind,
            severity,
            private,
            prompt,
        },
    )
}

fn dimension() -> impl Strategy<Value = DimensionSpec> {
    // Weights cover the whole range the loader accepts (any finite number above 0),
    // including ones whose products overflow or lose precision.
    let weight = prop::option::of(prop::sample::select(vec![
        0.1, 0.25, 0.3, 0.6, 0.7, 1.0, 1.5, 2.2, 5e-324, 1e-300, 1e307, 1e308, 1.7e308,
    ]));
    let item = (
        any::<bool>(),
        prop::bool::weighted(0.3),
        prop::option::of(any::<Index>()),
    )
        .prop_map(|(about_self, reverse, scale)| ItemSpec {
            about_self,
            reverse,
            scale,
        });
    (
        prop::sample::select(KINDS.to_vec()),
        prop::bool::weighted(0.3),
        weight,
        prop::option::of(0..GROUPS.len()),
        prop::collection::vec(item, 1..=4),
    )
        .prop_map(|(kind, private, weight, group, items)| DimensionSpec {
            kind,
            private,
            weight,
            group,
            items,
        })
}

fn spec() -> impl Strategy<Value = Spec> {
    let scale = (-3..=3i64, 1..=6i64).prop_map(|(min, span)| (min, min + span));
    (
        prop::option::of(prop::sample::select(vec![0.01, 0.34, 0.5, 0.75, 1.0])),
        prop::collection::vec(scale, 1..=3),
        any::<bool>(),
        prop::collection::vec(dimension(), 1..=6),
        prop::collection::vec(rule(), 0..=6),
        any::<bool>(),
    )
        .prop_map(
            |(min_answered, scales, default_scale, dimensions, rules, resources)| Spec {
                min_answered,
                scales,
                default_scale,
                dimensions,
                rules,
                resources,
            },
        )
}

/// Mixed answers, or now and then a respondent who gives the top answer (or none) to every
/// item, as people who "straight-line" a questionnaire do: every score is then 100.
fn answers() -> impl Strategy<Value = Vec<Answer>> {
    let mixed = prop_oneof![
        2 => Just(Answer::Missing),
        2 => Just(Answer::Null),
        1 => Just(Answer::Min),
        3 => Just(Answer::Max),
        4 => any::<Index>().prop_map(Answer::Value),
    ];
    let top = prop_oneof![1 => Just(Answer::Missing), 4 => Just(Answer::Max)];
    prop_oneof![
        4 => prop::collection::vec(mixed, MAX_ITEMS),
        1 => prop::collection::vec(top, MAX_ITEMS),
    ]
}

/// A `completed` value as files hold it: an RFC 3339 time (kept), one with spaces around it
/// (kept, trimmed), text that is no time, `null` and a number (all three: no time).
fn completed() -> impl Strategy<Value = serde_json::Value> {
    prop::sample::select(vec![
        serde_json::json!("2026-11-20T19:17:40Z"),
        serde_json::json!(" 2026-01-02T03:04:05.25+01:00 "),
        serde_json::json!("yesterday"),
        serde_json::Value::Null,
        serde_json::json!(1_763_666_260),
    ])
}

fn style() -> impl Strategy<Value = Style> {
    (
        any::<bool>(),
        prop::sample::select(vec![None, Some(12), Some(40), Some(60), Some(120)]),
        prop::sample::select(powerbalance::Lang::ALL.to_vec()),
    )
        .prop_map(|(color, width, lang)| Style { color, width, lang })
}

// ------------------------------------------------------------------------------------------
// Checks

fn in_range(what: &str, x: Option<f64>, lo: f64, hi: f64) {
    if let Some(x) = x {
        assert!(
            x.is_finite() && (lo..=hi).contains(&x),
            "{what} = {x}, outside {lo}..={hi}"
        );
    }
}

/// Every number in the report is finite and on its range, or null.
fn check_ranges(q: &Questionnaire, report: &Report) {
    for p in &report.people {
        let who = &p.name;
        in_range(&format!("{who} power_index"), p.power_index, 0.0, 100.0);
        in_range(&format!("{who} balance_index"), p.balance_index, 0.0, 100.0);
        for (g, x) in &p.groups {
            in_range(&format!("{who} group {g}"), *x, 0.0, 100.0);
        }
        for (d, x) in &p.scores {
            in_range(&format!("{who} score {d}"), *x, 0.0, 100.0);
        }
        for (d, v) in &p.views {
            in_range(&format!("{who} self view {d}"), v.own, 0.0, 100.0);
            in_range(&format!("{who} partner view {d}"), v.partner, 0.0, 100.0);
        }
    }
    let i = &report.imbalance;
    in_range("imbalance power_index", i.power_index, -100.0, 100.0);
    in_range("imbalance balance_index", i.balance_index, -100.0, 100.0);
    for (k, x) in i.groups.iter().chain(&i.scores) {
        in_range(&format!("imbalance {k}"), *x, -100.0, 100.0);
    }
    for w in &report.warnings {
        let rule = q
            .rules
            .iter()
            .find(|r| r.id == *w.rule)
            .expect("a known rule");
        match &rule.kind {
            // An item rule's value is a raw answer: on the scale of one of its items.
            RuleKind::Item { items, .. } => assert!(
                items.iter().any(|&i| {
                    let s = q.scale_of(&q.items[i]);
                    (s.min as f64..=s.max as f64).contains(&w.value)
                }),
                "rule {} value {} is on none of its items' scales",
                w.rule,
                w.value
            ),
            _ => in_range(&format!("rule {} value", w.rule), Some(w.value), 0.0, 100.0),
        }
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
        _ => false,
    }
}

/// A warning as a comparable key: the float as bits, the message unless `skip_message`.
fn warning_keys(report: &Report, skip_message: impl Fn(&str) -> bool) -> Vec<String> {
    let mut keys: Vec<String> = report
        .warnings
        .iter()
        .map(|w| {
            let message = if skip_message(&w.rule) {
                ""
            } else {
                &w.message
            };
            format!(
                "{} {:?} {:?} {:?} {} {} {message}",
                w.rule,
                w.severity,
                w.person,
                w.dimension,
                w.value.to_bits(),
                w.private
            )
        })
        .collect();
    keys.sort();
    keys
}

fn render_all(report: &Report, style: Style) -> Vec<(Format, String)> {
    FORMATS
        .iter()
        .map(|&f| (f, render(report, f, style)))
        .collect()
}

// ------------------------------------------------------------------------------------------
// Properties

proptest! {
    /// No panic anywhere from the loader to the renderers, and every figure on its range:
    /// scores, views, groups and indices in [0, 100], imbalances in [-100, 100], a non-item
    /// rule's value in [0, 100], an item rule's value on its items' scale. Fails if an
    /// average leaves the range of what it averages (a weight that overflows, rounding past
    /// 100), if a reverse-keyed point overflows, or if a renderer panics on some width.
    #[test]
    fn every_figure_is_on_its_range(
        spec in spec(),
        a in answers(),
        b in answers(),
        single in prop::bool::weighted(0.25),
        show_private in any::<bool>(),
        style in style(),
    ) {
        let q = spec.load();
        let pair = if single {
            Pair::single(respond(&q, &spec, &spec.slots(&a), "A", "B"))
        } else {
            couple(&q, &spec, &spec.slots(&a), &spec.slots(&b))
        };
        let report = score(&q, &pair, options(show_private));
        check_ranges(&q, &report);
        for (format, text) in render_all(&report, style) {
            prop_assert!(!text.is_empty(), "{format:?} rendered nothing");
        }
    }

    /// Swapping the respondents swaps the people and negates every imbalance; the same
    /// warnings fire. Fails if scoring treats the first respondent differently from the
    /// second (a view taken from the wrong side, a rule evaluated for one person only).
    /// An `imbalance` rule that fires on a tie (`at_least = 0`, difference 0) names the
    /// first person "stronger" in either order, so only that message is not compared.
    #[test]
    fn swapping_the_respondents_swaps_the_people(
        spec in spec(),
        a in answers(),
        b in answers(),
        show_private in any::<bool>(),
    ) {
        let q = spec.load();
        let (a, b) = (spec.slots(&a), spec.slots(&b));
        let ab = score(&q, &couple(&q, &spec, &a, &b), options(show_private));
        let ba = score(&q, &couple_b_first(&q, &spec, &a, &b), options(show_private));
        prop_assert_eq!(&ab.people[0], &ba.people[1]);
        prop_assert_eq!(&ab.people[1], &ba.people[0]);
        prop_assert_eq!(&ab.respondents, &["A", "B"]);
        prop_assert_eq!(&ba.respondents, &["B", "A"]);
        let negated = |x: Option<f64>| x.map(|x| -x);
        let (i, j) = (&ab.imbalance, &ba.imbalance);
        prop_assert!(close(i.power_index, negated(j.power_index)));
        prop_assert!(close(i.balance_index, negated(j.balance_index)));
        for (mine, theirs) in [(&i.groups, &j.groups), (&i.scores, &j.scores)] {
            prop_assert_eq!(mine.len(), theirs.len());
            for (k, x) in mine {
                prop_assert!(close(*x, negated(theirs[k])), "{k}: {x:?} vs {:?}", theirs[k]);
            }
        }
        let tie = |rule: &str| {
            ab.warnings.iter().any(|w| w.rule == rule && w.person.is_none() && w.value == 0.0)
        };
        prop_assert_eq!(warning_keys(&ab, tie), warning_keys(&ba, tie));
    }

    /// Reverse-keying items while mirroring their answers (x → min + max − x) changes no
    /// score, view, warning or note. Fails if reverse keying is applied twice, to the wrong
    /// item, or with the wrong scale. Items that an `item` rule reads are left alone: those
    /// rules compare the raw answer, before reverse keying (SPEC §5), so mirroring it
    /// changes what they see by design.
    #[test]
    fn reverse_keying_with_mirrored_answers_changes_nothing(
        spec in spec(),
        a in answers(),
        b in answers(),
        toggle in prop::collection::vec(any::<bool>(), MAX_ITEMS),
        show_private in any::<bool>(),
    ) {
        let q = spec.load();
        let (a, b) = (spec.slots(&a), spec.slots(&b));
        let before = score(&q, &couple(&q, &spec, &a, &b), options(show_private));

        let raw = spec.items_read_raw();
        let mut flipped = spec.clone();
        let (mut a2, mut b2) = (a.clone(), b.clone());
        let mut i = 0;
        for dim in &mut flipped.dimensions {
            for item in &mut dim.items {
                if toggle[i] && !raw.contains(&i) {
                    item.reverse = !item.reverse;
                    let (min, max) = spec.scale_of(i);
                    for slots in [&mut a2, &mut b2] {
                        if let Some(Some(x)) = &mut slots[i] {
                            *x = min + max - *x;
                        }
                    }
                }
                i += 1;
            }
        }
        let q2 = flipped.load();
        let mut after = score(&q2, &couple(&q2, &flipped, &a2, &b2), options(show_private));
        // Only the file's hash may differ.
        std::sync::Arc::make_mut(&mut after.questionnaire)
            .sha256
            .clone_from(&before.questionnaire.sha256);
        prop_assert_eq!(before, after);
    }

    /// Writing `"id": null` for an item that was left out of the answers changes nothing:
    /// both mean "skipped" (SPEC §4). Fails if a null counts toward a view's answered items
    /// or a rule. The item is not added to the questionnaire: a new item changes the
    /// `min_answered` denominators, which is by design, so that is not this property.
    #[test]
    fn an_explicit_null_is_the_same_as_a_missing_answer(
        spec in spec(),
        a in answers(),
        b in answers(),
        fill in prop::collection::vec(any::<bool>(), 2 * MAX_ITEMS),
        show_private in any::<bool>(),
    ) {
        let q = spec.load();
        let (a, b) = (spec.slots(&a), spec.slots(&b));
        let before = score(&q, &couple(&q, &spec, &a, &b), options(show_private));
        let (mut a2, mut b2) = (a.clone(), b.clone());
        let mut nulled = 0;
        for (slots, fill) in [(&mut a2, &fill[..MAX_ITEMS]), (&mut b2, &fill[MAX_ITEMS..])] {
            for (slot, &f) in slots.iter_mut().zip(fill) {
                if f && slot.is_none() {
                    *slot = Some(None);
                    nulled += 1;
                }
            }
        }
        let after = score(&q, &couple(&q, &spec, &a2, &b2), options(show_private));
        prop_assert_eq!(before, after, "{} answers nulled", nulled);
    }

    /// A joint report holds nothing private: no private dimension among the scores, views
    /// or imbalances, no private warning, and none of the private names, messages or
    /// prompts in any format. It is the `--show-private` report with the private parts taken
    /// out, nothing else changed; and that report does hold them (so this test can fail).
    #[test]
    fn a_joint_report_holds_nothing_private(
        spec in spec(),
        a in answers(),
        b in answers(),
        style in style(),
    ) {
        let q = spec.load();
        let pair = couple(&q, &spec, &spec.slots(&a), &spec.slots(&b));
        let joint = score(&q, &pair, options(false));
        let shown = score(&q, &pair, options(true));
        let private: Vec<&str> = q
            .dimensions
            .iter()
            .filter(|d| d.private)
            .map(|d| d.id.as_str())
            .collect();
        let private_rules: Vec<&str> =
            q.rules.iter().filter(|r| r.private).map(|r| r.id.as_str()).collect();

        for (p, full) in joint.people.iter().zip(&shown.people) {
            for d in &private {
                prop_assert!(!p.scores.contains_key(d) && !p.views.contains_key(d), "{d}");
                prop_assert!(full.scores.contains_key(d) && full.views.contains_key(d), "{d}");
            }
            // The joint person is the full one without the private keys, and nothing else.
            let public: Vec<&String> =
                full.scores.keys().filter(|d| !private.contains(&d.as_str())).collect();
            prop_assert_eq!(p.scores.keys().collect::<Vec<_>>(), public.clone());
            prop_assert_eq!(p.views.keys().collect::<Vec<_>>(), public.clone());
            for d in &public {
                prop_assert_eq!(p.scores.get(d.as_str()), full.scores.get(d.as_str()));
                prop_assert_eq!(p.views.get(d.as_str()), full.views.get(d.as_str()));
            }
            prop_assert_eq!(&p.name, &full.name);
            prop_assert_eq!(p.power_index, full.power_index);
            prop_assert_eq!(p.balance_index, full.balance_index);
            prop_assert_eq!(&p.groups, &full.groups);
        }
        for d in &private {
            prop_assert!(!joint.imbalance.scores.contains_key(d), "{d}");
        }
        prop_assert!(joint.warnings.iter().all(|w| !w.private && !private_rules.contains(&&*w.rule)));
        let public: Vec<_> = shown.warnings.iter().filter(|w| !w.private).cloned().collect();
        prop_assert_eq!(&joint.warnings, &public);

        for (format, text) in render_all(&joint, style) {
            prop_assert!(!text.contains(SECRET), "{format:?} holds a private text:\n{text}");
        }
        // The same answers with --show-private do show them.
        let json = render(&shown, Format::Json, style);
        let markdown = render(&shown, Format::Markdown, style);
        if shown.warnings.iter().any(|w| w.private) {
            prop_assert!(json.contains(SECRET) && markdown.contains(SECRET));
        }
        if !private.is_empty() {
            prop_assert!(markdown.contains(SECRET), "no private dimension name:\n{markdown}");
        }
    }

    /// A batch line gives, byte for byte, the report `score` makes of the same answers as a
    /// file, with the `source` and `line` that name where they were (SPEC §10): JSON through
    /// the hand-written line writer, CSV through the same rows, `completed` through the fast
    /// reader's own reading of it.
    #[test]
    fn a_batch_line_is_the_one_file_report_with_its_source_and_line(
        spec in spec(),
        a in answers(),
        b in answers(),
        couple_line in any::<bool>(),
        show_private in any::<bool>(),
        csv in any::<bool>(),
        times in (completed(), completed()),
        line_no in 1u64..10_000_000,
    ) {
        use powerbalance::{BatchFormat, Scorer};

        let q = spec.load();
        let object = |slots: &[Slot], who: &str, other: &str, time: &serde_json::Value| {
            serde_json::json!({
                "questionnaire": "gen", "respondent": who, "partner": other,
                "answers": answers_json(&spec, slots), "completed": time,
            })
        };
        let first = object(&spec.slots(&a), "A", "B", &times.0);
        let line = if couple_line {
            serde_json::json!([first, object(&spec.slots(&b), "B", "A", &times.1)])
        } else {
            first
        }
        .to_string();
        let source = "shard \"7\".jsonl";

        // The one-file path.
        let sets: Vec<_> = parse_answers(source, line.as_bytes())
            .unwrap()
            .into_iter()
            .map(|s| (source.to_owned(), s))
            .collect();
        let pair = pair_of(&q, &sets).unwrap();
        let mut report = score(&q, &pair, options(show_private));
        report.source = Some(source.into());
        report.line = Some(line_no);
        let expected = if csv {
            powerbalance::csv_header(&report)
                + &powerbalance::csv_rows(&report, line_no)
        } else {
            serde_json::to_string(&report).unwrap() + "\n"
        };

        // The batch path.
        let format = if csv { BatchFormat::Csv } else { BatchFormat::Json };
        let mut scorer = Scorer::new(
            LineParser::with(spec.load()),
            options(show_private),
            format,
        );
        scorer.set_source(source);
        let mut out = Vec::new();
        scorer.score_line(source, line_no, line.as_bytes(), &mut out).unwrap();
        prop_assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}
