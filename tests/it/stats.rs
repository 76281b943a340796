//! `stats` run as a user runs it, checked against numbers computed elsewhere.
//!
//! Two data sets are committed in `tests/fixtures/stats/`:
//! - `hand.jsonl` (with `hand.toml`): five answer sets on three items, small enough to work
//!   out by hand; the arithmetic is in the comments below.
//! - `couples.jsonl`: 40 couples of the bundled `relationship` questionnaire 1.0.0, made once with
//!   `powerbalance simulate --count 40 --seed 2024 --pairs --skip-rate 0.08`. Its expected
//!   values were computed independently by `scripts/stats_crosscheck.py`, which reads the
//!   TOML and the answers itself and uses pingouin's `cronbach_alpha` (listwise) for alpha
//!   and pandas for the correlations:
//!   `python scripts/stats_crosscheck.py tests/fixtures/stats/couples.jsonl questionnaires/1.0.0/relationship.toml`
//!   (The lines were made with version 1.0.0 and later given its `"version": "1.0.0"` field.)
//!   Its output is pasted below as it came out (versions in its first line).

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{self, powerbalance};

fn stats_json(args: &[&str]) -> Value {
    let out = powerbalance()
        .arg("stats")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats = serde_json::from_slice(&out.stdout).unwrap();
    util::assert_fits_schema("stats", &stats);
    stats
}

fn close(got: &Value, expected: f64, what: &str) {
    let got = got.as_f64().unwrap_or_else(|| panic!("{what}: no number"));
    assert!((got - expected).abs() < 1e-9, "{what}: {got} != {expected}");
}

/// The statistics of one view.
fn view<'a>(stats: &'a Value, dimension: &str, view: &str) -> &'a Value {
    let d = stats["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == dimension)
        .unwrap_or_else(|| panic!("no dimension {dimension}"));
    &d["views"][view]
}

#[test]
fn statistics_of_a_view_by_hand() {
    let s = stats_json(&[
        "-q",
        "tests/fixtures/stats/hand.toml",
        "tests/fixtures/stats/hand.jsonl",
    ]);
    assert_eq!(s["answer_sets"], 5);
    assert_eq!(s["couples"], 0);
    let v = view(&s, "d", "self");
    // Points are (x − 1) · 25. View scores (mean of the answered items):
    // P1 (1,2,1) → 25/3; P2 (2,2,3) → 100/3; P3 (3,4,3) → 175/3; P4 (4,4,5) → 250/3;
    // P5 (5,5,–) → 100 (two of three answered is enough). n = 5.
    assert_eq!(v["n"], 5);
    // Mean (25 + 100 + 175 + 250 + 300) / 3 / 5 = 850 / 15 = 170/3.
    close(&v["mean"], 170.0 / 3.0, "mean");
    // Deviations in thirds: −145, −70, 5, 80, 130; squares 21025 + 4900 + 25 + 6400 + 16900
    // = 49250, / 9 / (5 − 1) → SD = √(49250 / 36).
    close(&v["sd"], (49250.0_f64 / 36.0).sqrt(), "sd");
    // Alpha over P1–P4 (P5 skipped x3). Multiplying every item by 25 changes no
    // correlation, so on the raw answers: variances 5/3, 4/3, 8/3 (sum 17/3); totals
    // 4 7 10 13 have variance 15; α = 3/2 · (1 − (17/3)/15) = 14/15.
    assert_eq!(v["alpha_n"], 4);
    close(&v["alpha"], 14.0 / 15.0, "alpha");
    // x2 (2 2 4 4) against x1 + x3 (2 5 6 9): cross products 3.5+0.5+0.5+3.5 = 8; sums of
    // squares 4 and 25; r = 8 / √100 = 0.8. x1 against x2 + x3 = 3 5 7 9: a line, r = 1.
    let items = v["items"].as_array().unwrap();
    close(&items[0]["corrected_item_total"], 1.0, "x1");
    close(&items[1]["corrected_item_total"], 0.8, "x2");
    // x3 was answered 1, 3, 3, 5 and skipped once.
    assert_eq!(
        items[2]["frequencies"],
        serde_json::json!({"1": 1, "2": 0, "3": 2, "4": 0, "5": 1})
    );
    assert_eq!(items[2]["missing"], 1);
    // No partner items: no partner view, no self-partner correlation.
    assert!(view(&s, "d", "partner").is_null());
    assert!(s["dimensions"][0]["self_partner"].is_null());
}

// pingouin 0.7.0, pandas 3.1.1, numpy 2.4.6, Python 3.11.7
// (dimension, view, alpha, complete answer sets)
const ALPHA: &[(&str, &str, f64, u64)] = &[
    ("coercive", "self", 0.4244444444444446, 60),
    ("coercive", "partner", 0.6460505606925045, 65),
    ("reward", "self", 0.5738045738045738, 61),
    ("reward", "partner", 0.663360384730989, 59),
    ("legitimate", "self", 0.655450201396012, 60),
    ("legitimate", "partner", 0.7694112217821021, 61),
    ("connection", "self", 0.6944825079001092, 56),
    ("connection", "partner", 0.6295641931684335, 61),
    ("referent", "self", 0.6491559953434225, 70),
    ("referent", "partner", 0.7479741058122207, 60),
    ("informational", "self", 0.6750428793117531, 60),
    ("informational", "partner", 0.7622126941730514, 58),
    ("expert", "self", 0.7592303801736491, 64),
    ("expert", "partner", 0.7902999673948483, 68),
    ("value", "self", 0.4989006156552329, 61),
    ("value", "partner", 0.6815607300188797, 65),
    ("listening", "self", 0.7210949203322892, 66),
    ("listening", "partner", 0.8544714412924566, 65),
    ("respect", "self", 0.738422047131805, 66),
    ("respect", "partner", 0.6055081458494957, 66),
    ("communication", "self", 0.6118190625232878, 69),
    ("communication", "partner", 0.49155621341586486, 75),
    ("risk", "partner", 0.8793187312068864, 36),
];
// (item, corrected item-total r)
const ITEM_TOTAL: &[(&str, f64)] = &[
    ("coercive-self-1", 0.24343020335930324),
    ("coercive-self-2", 0.3140033454092457),
    ("coercive-self-3", 0.21246402322570085),
    ("coercive-partner-1", 0.4178622668602962),
    ("coercive-partner-2", 0.4187515892005967),
    ("coercive-partner-3", 0.5365134702464276),
    ("reward-self-1", 0.41061831954551936),
    ("reward-self-2", 0.4699400788521812),
    ("reward-self-3", 0.27805533867135046),
    ("reward-partner-1", 0.4159455949275166),
    ("reward-partner-2", 0.4655164352338165),
    ("reward-partner-3", 0.5463287639784948),
    ("legitimate-self-1", 0.4969849556041982),
    ("legitimate-self-2", 0.4014985252677405),
    ("legitimate-self-3", 0.5051679726041493),
    ("legitimate-partner-1", 0.6159205836584675),
    ("legitimate-partner-2", 0.6385826498716628),
    ("legitimate-partner-3", 0.5561140790592304),
    ("connection-self-1", 0.41986268650426745),
    ("connection-self-2", 0.49354881134667333),
    ("connection-self-3", 0.6295606101046256),
    ("connection-partner-1", 0.39922999675857046),
    ("connection-partner-2", 0.433291226537083),
    ("connection-partner-3", 0.4868100662898539),
    ("referent-self-1", 0.5051044100630857),
    ("referent-self-2", 0.4308670927593763),
    ("referent-self-3", 0.44346217292483364),
    ("referent-partner-1", 0.49226911362023185),
    ("referent-partner-2", 0.5569524287695008),
    ("referent-partner-3", 0.6849152343278933),
    ("informational-self-1", 0.5530363476068546),
    ("informational-self-2", 0.42511495578554737),
    ("informational-self-3", 0.4886457632969408),
    ("informational-partner-1", 0.6473954715510791),
    ("informational-partner-2", 0.6226877062721126),
    ("informational-partner-3", 0.5143970390855012),
    ("expert-self-1", 0.551987458987396),
    ("expert-self-2", 0.6224890089702342),
    ("expert-self-3", 0.598326006912606),
    ("expert-partner-1", 0.6810491865815501),
    ("expert-partner-2", 0.5948497715915418),
    ("expert-partner-3", 0.6225273103844161),
    ("value-self-1", 0.3323737949400318),
    ("value-self-2", 0.33237379494003183),
    ("value-partner-1", 0.5170724907841179),
    ("value-partner-2", 0.5170724907841179),
    ("listening-self-1", 0.5640572786947406),
    ("listening-self-2", 0.5640572786947408),
    ("listening-partner-1", 0.7459259295989807),
    ("listening-partner-2", 0.7459259295989807),
    ("respect-self-1", 0.5853163398773115),
    ("respect-self-2", 0.5853163398773115),
    ("respect-partner-1", 0.434639498916438),
    ("respect-partner-2", 0.43463949891643794),
    ("communication-self-1", 0.4407417858768824),
    ("communication-self-2", 0.44074178587688234),
    ("communication-partner-1", 0.3258817091790676),
    ("communication-partner-2", 0.32588170917906756),
    ("risk-partner-1", 0.5361494044597584),
    ("risk-partner-2", 0.5789861311580516),
    ("risk-partner-3", 0.5939290470364799),
    ("risk-partner-4", 0.6858245922236731),
    ("risk-partner-5", 0.8003683933410866),
    ("risk-partner-6", 0.6460692835850642),
    ("risk-partner-7", 0.4901343999993642),
    ("risk-partner-8", 0.6207370026927672),
    ("risk-partner-9", 0.7039196594666005),
];
// (dimension, couples' persons with both views, r of self view and partner's view)
const SELF_PARTNER: &[(&str, u64, f64)] = &[
    ("coercive", 77, 0.3798985633542312),
    ("reward", 78, 0.5772080990398261),
    ("legitimate", 79, 0.682163583182545),
    ("connection", 77, 0.6028857381109256),
    ("referent", 76, 0.6940859556003249),
    ("informational", 76, 0.6188629081954021),
    ("expert", 76, 0.750100018580858),
    ("value", 79, 0.5157618048478122),
    ("listening", 78, 0.552351728880127),
    ("respect", 77, 0.46405999525303226),
    ("communication", 80, 0.43757508585566246),
];

#[test]
fn alpha_matches_pingouin() {
    // The private `risk` dimension is among the views checked, so it is asked for.
    let s = stats_json(&["--show-private", "tests/fixtures/stats/couples.jsonl"]);
    assert_eq!(s["answer_sets"], 80);
    assert_eq!(s["couples"], 40);
    for (dimension, which, alpha, n) in ALPHA {
        let v = view(&s, dimension, which);
        close(&v["alpha"], *alpha, &format!("{dimension} {which} alpha"));
        assert_eq!(v["alpha_n"], *n, "{dimension} {which} alpha n");
    }
    // Every view of two items or more was checked.
    let checked = s["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| [&d["views"]["self"], &d["views"]["partner"]])
        .filter(|v| v["alpha"].is_f64())
        .count();
    assert_eq!(checked, ALPHA.len());
}

#[test]
fn item_total_and_self_partner_correlations_match_pandas() {
    let s = stats_json(&["--show-private", "tests/fixtures/stats/couples.jsonl"]);
    let items: Vec<&Value> = s["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| [&d["views"]["self"], &d["views"]["partner"]])
        .filter_map(|v| v["items"].as_array())
        .flatten()
        .collect();
    for (id, r) in ITEM_TOTAL {
        let item = items.iter().find(|i| i["id"] == *id).unwrap();
        close(&item["corrected_item_total"], *r, id);
    }
    for (dimension, n, r) in SELF_PARTNER {
        let d = s["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == *dimension)
            .unwrap();
        assert_eq!(d["self_partner"]["n"], *n, "{dimension}");
        close(&d["self_partner"]["r"], *r, dimension);
    }
}

#[test]
fn private_dimensions_and_items_stay_out_unless_asked_for() {
    // Over a couple's two answer sets a private item's frequencies would let each person
    // subtract their own answer and read the other's: left out by default.
    let file = "tests/fixtures/stats/couples.jsonl";
    let hidden = stats_json(&[file]);
    let text = hidden.to_string();
    assert!(
        !text.contains("risk"),
        "no private dimension or item: {text}"
    );
    let shown = stats_json(&["--show-private", file]);
    let ids = |s: &Value| -> Vec<String> {
        s["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&shown).len(), ids(&hidden).len() + 1);
    assert!(ids(&shown).contains(&"risk".to_owned()));
    for (args, private) in [
        (vec!["stats", file], false),
        (vec!["stats", "--show-private", file], true),
    ] {
        let out = powerbalance().args(&args).output().unwrap();
        assert!(out.status.success());
        let table = String::from_utf8_lossy(&out.stdout);
        assert_eq!(table.contains("risk-partner-8"), private, "{args:?}");
    }
}

#[test]
fn the_table_shows_scales_items_and_couples() {
    powerbalance()
        .args(["stats", "tests/fixtures/stats/couples.jsonl"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "relationship 1.0.0: 80 answer sets, 80 of them in couples.",
        ))
        .stdout(predicate::str::contains(
            "│ coercive      ┆ self    ┆     3 ┆ 77 ┆ 48.7 ┆ 26.1 ┆ 0.424 ┆      60 │",
        ))
        .stdout(predicate::str::contains("coercive-self-3 (r)"))
        .stdout(predicate::str::contains(
            "Self view against the partner's view",
        ))
        .stdout(predicate::str::contains("docs/stats.md"));
}

#[test]
fn stdin_reads_like_a_file() {
    let file = stats_json(&["tests/fixtures/stats/couples.jsonl"]);
    let out = powerbalance()
        .args(["stats", "--format", "json", "-"])
        .write_stdin(std::fs::read("tests/fixtures/stats/couples.jsonl").unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), file);
}

#[test]
fn bad_lines_and_mixed_or_empty_input_are_invalid_answers() {
    let good = std::fs::read_to_string("tests/fixtures/stats/hand.jsonl").unwrap();
    let q = ["stats", "-q", "tests/fixtures/stats/hand.toml"];
    powerbalance()
        .args(q)
        .write_stdin(format!("{good}{{\"respondent\":\n"))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>:6:14: invalid answers JSON: EOF while parsing a value",
        ));
    // --skip-invalid goes on, and says so.
    powerbalance()
        .args(q)
        .arg("--skip-invalid")
        .write_stdin(format!("{good}not json\n"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: skipped 1 invalid line of 6 read",
        ));
    powerbalance()
        .args(q)
        .write_stdin("\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>: no answer sets were read",
        ));
    let short = powerbalance()
        .args(["simulate", "-q", "relationship-short", "--count", "1"])
        .output()
        .unwrap()
        .stdout;
    let long = powerbalance()
        .args(["simulate", "--count", "1"])
        .output()
        .unwrap()
        .stdout;
    powerbalance()
        .arg("stats")
        .write_stdin([long, short].concat())
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>:2: these answers are for questionnaire `relationship-short`",
        ));
}
