//! The binary run as a user runs it: the paths that succeed.

use std::os::unix::fs::PermissionsExt;

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{self, powerbalance};

fn json_of(output: &[u8]) -> Value {
    let value = serde_json::from_slice(output).expect("stdout is JSON");
    // Every JSON this file reads from stdout is a report, a template or the list.
    let fits = ["report", "answers", "list"]
        .iter()
        .any(|name| util::schema_errors(name, &value).is_empty());
    assert!(fits, "stdout fits no schema: {value:#}");
    value
}

/// The template for `q` with every item answered by `fill(item id)`.
fn filled_template(
    q: &str,
    respondent: &str,
    partner: &str,
    fill: impl Fn(&str) -> Value,
) -> Value {
    let out = powerbalance()
        .args([
            "template",
            "-q",
            q,
            "--respondent",
            respondent,
            "--partner",
            partner,
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut t = json_of(&out.stdout);
    let answers = t["answers"].as_object_mut().unwrap();
    assert!(
        answers.values().all(Value::is_null),
        "a template has null values"
    );
    for (id, v) in answers.iter_mut() {
        *v = fill(id);
    }
    t
}

#[test]
fn every_bundled_questionnaire_validates() {
    powerbalance()
        .args([
            "validate",
            "questionnaires/relationship.toml",
            "questionnaires/relationship-short.toml",
            "questionnaires/workplace.toml",
            "questionnaires/1.0.0/relationship.toml",
            "questionnaires/1.0.0/relationship-short.toml",
            "questionnaires/1.0.0/workplace.toml",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "questionnaires/1.0.0/relationship.toml: ok (relationship 1.0.0",
        ))
        .stdout(predicate::str::contains(
            "questionnaires/relationship.toml: ok (relationship 2.0.0",
        ))
        .stdout(predicate::str::contains("relationship-short.toml: ok"))
        .stdout(predicate::str::contains("workplace.toml: ok"))
        .stderr("");
}

#[test]
fn list_shows_each_bundled_questionnaire_with_its_item_count() {
    for all in [false, true] {
        let out = powerbalance()
            .args(["list", "--format", "json"])
            .args(all.then_some("--all"))
            .output()
            .unwrap();
        assert!(out.status.success());
        let listed = json_of(&out.stdout);
        let ids: Vec<String> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                format!(
                    "{}@{}",
                    q["id"].as_str().unwrap(),
                    q["version"].as_str().unwrap()
                )
            })
            .collect();
        let mut expected = vec![
            "relationship@2.0.0",
            "relationship-short@2.0.0",
            "workplace@2.0.0",
        ];
        if all {
            expected.extend([
                "relationship@1.0.0",
                "relationship-short@1.0.0",
                "workplace@1.0.0",
            ]);
        }
        assert_eq!(ids, expected);
        // `-q ID@VERSION` reaches each one, and list and template agree on the item count.
        for (q, spec) in listed.as_array().unwrap().iter().zip(&ids) {
            let template = filled_template(spec, "A", "B", |_| Value::Null);
            assert_eq!(template["version"], q["version"], "{spec}");
            assert_eq!(
                q["items"].as_u64().unwrap() as usize,
                template["answers"].as_object().unwrap().len(),
                "{spec}: list and template agree on the item count"
            );
        }
    }
    powerbalance().arg("list").assert().success().stdout(
        predicate::str::is_match(
            r"relationship-short\s+Relationship power balance \(short form\)\s+2\.0\.0\s+36",
        )
        .unwrap(),
    );
    powerbalance()
        .args(["list", "--all"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r"relationship-short\s+Relationship power balance \(short form\)\s+1\.0\.0\s+25",
            )
            .unwrap(),
        );
}

#[test]
fn a_filled_template_scores_from_stdin() {
    // Every answer at its scale's midpoint: 3 on 1..5 and 2 on 0..4 are both (mid - min) /
    // (max - min) * 100 = 50 points, reverse-keyed or not (1 + 5 - 3 = 3, 0 + 4 - 2 = 2).
    // So every score, both indices and every group are 50, and every imbalance is 0.
    for q in ["relationship", "relationship-short", "workplace"] {
        // Version 1.0.0, which has only these two scales; 2.0.0 is in the next test.
        let t = filled_template(&format!("{q}@1.0.0"), "Ana", "Ben", |id| {
            // The bundled frequency items use 0..4; the agreement items 1..5.
            Value::from(if frequency_items(q).contains(&id.to_owned()) {
                2
            } else {
                3
            })
        });
        let r = score_stdin(q, &t);
        assert_eq!(r["questionnaire"]["id"], q);
        assert_eq!(r["questionnaire"]["version"], "1.0.0");
        assert_eq!(r["respondents"], serde_json::json!(["Ana"]));
        assert_eq!(r["people"][0]["name"], "Ana");
        assert_eq!(r["people"][1]["name"], "Ben");
        for p in r["people"].as_array().unwrap() {
            assert_eq!(p["power_index"], 50.0, "{q}");
            assert_eq!(p["balance_index"], 50.0, "{q}");
            for g in p["groups"].as_object().unwrap().values() {
                assert_eq!(g, 50.0, "{q}");
            }
        }
        // Ana's own report: her self view and her view of Ben are both all 50.
        for (dim, s) in r["people"][0]["scores"].as_object().unwrap() {
            if dim != "risk" {
                assert_eq!(s, 50.0, "{q} {dim}");
            }
        }
        assert_eq!(r["imbalance"]["power_index"], 0.0);
        assert_eq!(r["questionnaire"]["sha256"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn a_filled_template_of_version_2_scores_from_stdin() {
    // Every item answered at its scale's middle point where it has one ((mid - min) / (max -
    // min) * 100 = 50 points, reversed or not), and skipped where the scale has an even number
    // of points (the yes/no gate and the four-point safety scale). The skipped gate leaves the
    // children items out. Every power and marker score, both indices and every group are 50,
    // and so is Ana's "who decides" score: an `about = "both"` middle answer is 50 in her self
    // view and 100 - 50 = 50 in her view of Ben.
    for q in ["relationship", "relationship-short", "workplace"] {
        let middles = middle_points(q);
        let t = filled_template(q, "Ana", "Ben", |id| {
            middles[id].map_or(Value::Null, Value::from)
        });
        let r = score_stdin(q, &t);
        assert_eq!(r["questionnaire"]["version"], "2.0.0");
        for p in r["people"].as_array().unwrap() {
            assert_eq!(p["power_index"], 50.0, "{q}");
            assert_eq!(p["balance_index"], 50.0, "{q}");
        }
        for (dim, s) in r["people"][0]["scores"].as_object().unwrap() {
            if dim != "risk" {
                assert_eq!(s, 50.0, "{q} {dim}");
            }
        }
        // The context items are never scored or shown.
        assert!(r["people"][0]["scores"].get("situation").is_none());
    }
}

/// The JSON report `score -` gives for `answers` on standard input; `q` names the case.
fn score_stdin(q: &str, answers: &Value) -> Value {
    let out = powerbalance()
        .args(["score", "-", "--format", "json"])
        .write_stdin(answers.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{q}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_of(&out.stdout)
}

/// Each item's middle answer, or `None` when its scale has an even number of points, read
/// from the bundled file.
fn middle_points(q: &str) -> std::collections::HashMap<String, Option<i64>> {
    let text = std::fs::read_to_string(format!("questionnaires/{q}.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let scales = doc["scales"].as_table().unwrap();
    let default = doc["defaults"]["scale"].as_str().unwrap();
    doc["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .map(|i| {
            let scale = &scales[i.get("scale").and_then(|s| s.as_str()).unwrap_or(default)];
            let (min, max) = (
                scale["min"].as_integer().unwrap(),
                scale["max"].as_integer().unwrap(),
            );
            let middle = ((max - min) % 2 == 0).then_some((min + max) / 2);
            (i["id"].as_str().unwrap().to_owned(), middle)
        })
        .collect()
}

/// Item ids on the 0..4 frequency scale, read from the bundled 1.0.0 file.
fn frequency_items(q: &str) -> Vec<String> {
    let text = std::fs::read_to_string(format!("questionnaires/1.0.0/{q}.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    doc["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["items"].as_array().unwrap())
        .filter(|i| i.get("scale").and_then(|s| s.as_str()) == Some("frequency"))
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The example couple's joint report as JSON bytes.
fn couple_json() -> Vec<u8> {
    let out = powerbalance()
        .args([
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

#[test]
fn joint_report_hides_private_results_that_one_persons_report_shows() {
    let text = String::from_utf8(couple_json()).unwrap();
    assert!(
        !text.contains("risk"),
        "no private dimension or rule in a joint report"
    );
    let r: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(r["respondents"], serde_json::json!(["Alex", "Sam"]));
    assert!(r["notes"].as_array().unwrap().iter().any(|n| {
        n.as_str()
            .unwrap()
            .starts_with("Some questions are private")
    }));

    // Sam's own answers: the private alert is Sam's to see.
    let own = powerbalance()
        .args(["score", "examples/sam.json", "--format", "json"])
        .output()
        .unwrap();
    let r = json_of(&own.stdout);
    let alert = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["rule"] == "risk-control")
        .expect("risk-control fires for Sam");
    assert_eq!(alert["severity"], "alert");
    assert_eq!(alert["person"], "Sam");
    assert_eq!(alert["private"], true);
    assert!(r["resources"].is_string());

    // --show-private opens the joint report too.
    powerbalance()
        .args([
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "--format",
            "json",
            "--show-private",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"risk-control\""));
}

#[test]
fn a_file_with_an_array_of_two_is_a_couple() {
    let alex: Value =
        serde_json::from_str(&std::fs::read_to_string("examples/alex.json").unwrap()).unwrap();
    let sam: Value =
        serde_json::from_str(&std::fs::read_to_string("examples/sam.json").unwrap()).unwrap();
    let from_array = powerbalance()
        .args(["score", "--format", "json"])
        .write_stdin(serde_json::json!([alex, sam]).to_string())
        .output()
        .unwrap();
    assert!(from_array.status.success());
    assert_eq!(from_array.stdout, couple_json());
}

#[test]
fn fail_on_exits_3_only_for_what_the_report_shows() {
    // The joint example report has warnings but its alert is private, so hidden.
    powerbalance()
        .args([
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "--fail-on",
            "warning",
        ])
        .assert()
        .code(3);
    powerbalance()
        .args([
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "--fail-on",
            "alert",
        ])
        .assert()
        .code(0);
    powerbalance()
        .args(["score", "examples/sam.json", "--fail-on", "alert"])
        .assert()
        .code(3);
}

#[test]
fn output_file_is_private_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    powerbalance()
        .args(["score", "examples/alex.json", "-f", "json", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let r: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(r["respondents"], serde_json::json!(["Alex"]));
}

#[test]
fn help_has_examples_and_version_prints() {
    powerbalance().arg("--help").assert().success().stdout(
        predicate::str::contains("Examples:").and(predicate::str::contains("powerbalance score")),
    );
    powerbalance()
        .args(["score", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--fail-on"));
    powerbalance()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("powerbalance "));
}

#[test]
fn closed_stdout_pipe_is_not_an_error() {
    use std::fmt::Write as _;
    use std::process::Stdio;
    // A questionnaire with 4000 items makes a template of over 100 KiB, more than a pipe
    // holds, so the write must meet the closed pipe whatever the timing.
    let mut toml = String::from(
        "[questionnaire]\nid = \"big\"\ntitle = \"Big\"\nversion = \"1\"\n\
         [scales.s]\nmin = 1\nmax = 2\nlabels = [\"a\", \"b\"]\n[defaults]\nscale = \"s\"\n\
         [[dimensions]]\nid = \"d\"\nkind = \"power\"\nname = \"D\"\n",
    );
    for i in 0..4000 {
        let _ = write!(
            toml,
            "[[dimensions.items]]\nid = \"item-number-{i}\"\nabout = \"self\"\ntext = \".\"\n"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    std::fs::write(&path, toml).unwrap();
    // And a report, as `powerbalance score ... | head -c 10` meets it (this was a second test
    // of the same name in bad_inputs.rs).
    let template = ["template", "-q", path.to_str().unwrap()];
    let report = [
        "score",
        "--format",
        "json",
        "tests/fixtures/bad/good-alex.json",
        "tests/fixtures/bad/good-sam.json",
    ];
    for args in [&template[..], &report[..]] {
        let mut child = util::process()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end at once, as `head` does when it is done.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn csv_has_one_row_per_person_and_fixed_columns() {
    let couple_csv = |extra: &[&str]| {
        let out = powerbalance()
            .args([
                "score",
                "examples/alex.json",
                "examples/sam.json",
                "-f",
                "csv",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let text = couple_csv(&[]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "a header and one row per person");
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(
        &header[..6],
        [
            "report",
            "questionnaire",
            "version",
            "person",
            "other",
            "answered"
        ]
    );
    assert!(header.contains(&"coercive_self") && header.contains(&"group_harsh"));
    // A private dimension has no columns without --show-private (a joint report could only
    // leave them empty, and an always-empty column has no type); with it, they are filled.
    assert!(!header.iter().any(|c| c.starts_with("risk")), "{header:?}");
    for row in &lines[1..] {
        assert_eq!(row.split(',').count(), header.len());
    }
    let shown = couple_csv(&["--show-private"]);
    let shown: Vec<Vec<&str>> = shown.lines().map(|l| l.split(',').collect()).collect();
    let risk = shown[0].iter().position(|c| *c == "risk").unwrap();
    assert_eq!(
        shown[0][risk..risk + 3],
        ["risk", "risk_self", "risk_partner"]
    );
    for row in &shown[1..] {
        assert!(row[risk].parse::<f64>().is_ok(), "{row:?}");
    }
    assert!(lines[1].starts_with("1,relationship,1.0.0,Alex,Sam,true,"));

    // A name with a comma is quoted, and the one who did not answer says so.
    let alex = std::fs::read_to_string("examples/alex.json")
        .unwrap()
        .replace("\"Sam\"", "\"Sam, Jr.\"");
    let out = powerbalance()
        .args(["score", "-", "-f", "csv"])
        .write_stdin(alex)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\n1,relationship,1.0.0,\"Sam, Jr.\",Alex,false,"),
        "{text}"
    );
}

#[test]
fn the_error_prefix_follows_color() {
    let bad = "tests/fixtures/bad/dup-item-id.toml";
    powerbalance()
        .args(["validate", "--color", "always", bad])
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with("\x1b[1;31merror\x1b[0m: "));
    powerbalance()
        .args(["validate", "--color", "never", bad])
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with("error: "))
        .stderr(predicate::str::contains('\x1b').not());
}
