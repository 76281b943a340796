//! `history` from outside (SPEC §9): three sittings of a couple in every format, versions,
//! one person, privacy, the data-directory layout, and the bad inputs; and `stats --norms`.
//!
//! The fixtures are `tests/fixtures/history/` (see `src/history/tests.rs` for the figures
//! worked out by hand): `couple/` holds three session folders of Alex and Sam on `tiny`
//! 1.0.0, `versions/` the same with the third sitting on 2.0.0, and `alex/` Alex's three
//! takes alone.

use std::borrow::BorrowMut;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use crate::util::{self, powerbalance, powerbalance_in};

const DIR: &str = "tests/fixtures/history";

fn fixture(path: &str) -> String {
    format!("{DIR}/{path}")
}

/// `history` of the couple's three sittings, with the 1.0.0 questionnaire, and these args.
fn couple(args: &[&str]) -> Command {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = powerbalance_in(data.path());
    cmd.args(["history", &fixture("couple"), "-q", &fixture("tiny-1.toml")])
        .args(args);
    cmd
}

fn stdout_of(mut cmd: impl BorrowMut<Command>) -> String {
    let out = cmd
        .borrow_mut()
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// A JSON history, checked against `docs/schema/history.json`.
fn json_of(cmd: impl BorrowMut<Command>) -> Value {
    let history: Value = serde_json::from_str(&stdout_of(cmd)).unwrap();
    util::assert_fits_schema("history", &history);
    history
}

/// The measure `id` of a JSON history.
fn measure<'a>(h: &'a Value, id: &str) -> &'a Value {
    h["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no measure {id}"))
}

fn scores(h: &Value, id: &str, person: usize) -> Vec<Value> {
    measure(h, id)["people"][person]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["score"].clone())
        .collect()
}

fn ids(h: &Value) -> Vec<String> {
    h["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn json_has_every_sitting_score_and_change() {
    let h = json_of(couple(&["-f", "json"]));
    assert_eq!(h["people"], serde_json::json!(["Alex", "Sam"]));
    let completed: Vec<&str> = h["sittings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["completed"].as_str().unwrap())
        .collect();
    // Each sitting ended when Sam finished, 25 minutes after Alex.
    assert_eq!(
        completed,
        [
            "2026-01-10T10:45:00Z",
            "2026-02-07T10:45:00Z",
            "2026-03-07T10:45:00Z"
        ]
    );
    // Hand-computed in src/history/tests.rs: Alex 25, 50, 62.5 on coercive.
    assert_eq!(scores(&h, "coercive", 0), [25.0, 50.0, 62.5]);
    let last = &measure(&h, "coercive")["people"][0]["points"][2];
    assert_eq!(last["change_from_first"], 37.5);
    assert_eq!(last["change_from_previous"], 12.5);
    assert_eq!(last["reliable_from_previous"], true);
    // Respect: Alex 50, 62.5, 75; 12.5 is below 20.79, 25 is not.
    let respect = &measure(&h, "respect")["people"][0]["points"];
    assert_eq!(respect[2]["reliable_from_previous"], false);
    assert_eq!(respect[2]["reliable_from_first"], true);
    assert_eq!(measure(&h, "expert")["reliable_change"], Value::Null);
    assert!(
        measure(&h, "expert")["note"]
            .as_str()
            .unwrap()
            .contains("cannot be judged")
    );
    assert_eq!(
        ids(&h),
        [
            "coercive",
            "expert",
            "respect",
            "harsh",
            "soft",
            "power_index",
            "balance_index"
        ]
    );
}

#[test]
fn the_table_shows_scores_changes_and_reliable_marks() {
    let out = stdout_of(&mut couple(&[]));
    assert!(
        out.contains("Tiny test questionnaire: change over time"),
        "{out}"
    );
    // Alex's coercive row: 25, 50 (+25 R), 63 (+13 R), +38 R since the first.
    let row = out.lines().find(|l| l.contains("Coercive power")).unwrap();
    for cell in ["25", "50 (+25 R)", "63 (+13 R)", "+38 R"] {
        assert!(row.contains(cell), "{row}");
    }
    assert!(out.contains("Coercive power: a change of 12.4 points or more is reliable"));
    assert!(out.contains("Expert power: the questionnaire gives no norms for this dimension"));
    assert!(out.contains("Groups and indices have no norms of their own"));
    assert!(!out.contains('\x1b'));
}

#[test]
fn markdown_has_a_table_per_person() {
    let out = stdout_of(&mut couple(&["-f", "markdown"]));
    assert!(out.starts_with("# Tiny test questionnaire: change over time\n"));
    assert!(out.contains("## Alex\n") && out.contains("## Sam\n"));
    assert!(
        out.contains("| Coercive power | 75 | 75 (0) | 63 (−12 R) | −12 R |"),
        "{out}"
    );
    assert!(out.contains("| Respect | 50 | 63 (+13) | 75 (+12) | \\+25 R |"));
}

#[test]
fn csv_has_a_row_per_person_measure_and_sitting() {
    let out = stdout_of(&mut couple(&["-f", "csv"]));
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header[..4],
        ["questionnaire", "version", "person", "measure"]
    );
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    // 7 measures × 2 people × 3 sittings.
    assert_eq!(records.len(), 42);
    let sam_coercive_3 = records
        .iter()
        .find(|r| &r[2] == "Sam" && &r[3] == "coercive" && &r[5] == "3")
        .unwrap();
    assert_eq!(&sam_coercive_3[7], "62.5");
    assert_eq!(&sam_coercive_3[9], "-12.5");
    assert_eq!(&sam_coercive_3[11], "true");
}

#[test]
fn the_html_chart_draws_the_json_points() {
    let h = json_of(couple(&["-f", "json"]));
    let page = stdout_of(&mut couple(&["-f", "html"]));
    let doc = scraper::Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    let section = scraper::Selector::parse("section.measure").unwrap();
    let point = scraper::Selector::parse("g.pt").unwrap();
    let dot = scraper::Selector::parse("circle, rect").unwrap();
    let mut checked = 0;
    for s in doc.select(&section) {
        let id = s.value().attr("data-measure").unwrap();
        for g in s.select(&point) {
            let person = g.value().attr("data-person").unwrap();
            let p = usize::from(person == "Sam");
            let sitting: usize = g.value().attr("data-sitting").unwrap().parse().unwrap();
            let drawn: f64 = g.value().attr("data-score").unwrap().parse().unwrap();
            let json = &measure(&h, id)["people"][p]["points"][sitting - 1];
            assert_eq!(
                json["score"].as_f64(),
                Some(drawn),
                "{id} {person} {sitting}"
            );
            // The marker's centre is where the score is on the axis: 190 at 0, 18 at 100.
            let m = g.select(&dot).next().unwrap().value();
            let cy: f64 = match m.attr("cy") {
                Some(cy) => cy.parse().unwrap(),
                None => m.attr("y").unwrap().parse::<f64>().unwrap() + 3.5,
            };
            let expected = 190.0 - 172.0 * drawn / 100.0;
            assert!(
                (cy - expected).abs() < 0.06,
                "{id} {person} {sitting}: {cy}"
            );
            // And an R beside it exactly where the change from the previous is reliable.
            let has_r = g.inner_html().contains("class=\"rc\"");
            assert_eq!(
                has_r,
                json["reliable_from_previous"] == true,
                "{id} {person} {sitting}"
            );
            checked += 1;
        }
    }
    // Every point of the JSON is drawn: 7 measures × 2 people × 3 sittings.
    assert_eq!(checked, 42);
    // Self-contained: nothing to load.
    for forbidden in ["<script", "src=", "href=", "url("] {
        assert!(!page.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn private_results_stay_out_of_a_two_person_history() {
    let h = json_of(couple(&["-f", "json"]));
    assert!(!ids(&h).contains(&"risk".to_owned()));
    assert_eq!(h["private_shown"], false);
    for format in ["table", "markdown", "html", "csv"] {
        let out = stdout_of(&mut couple(&["-f", format]));
        assert!(!out.contains("Safety") && !out.contains("risk"), "{format}");
        // CSV rows carry no notes, as the report's CSV does not.
        if format != "csv" {
            assert!(
                out.contains("Some questions are private to each person"),
                "{format}"
            );
        }
    }
    // With --show-private they are in: Sam's risk from Alex's yes, yes, no.
    let h = json_of(couple(&["-f", "json", "--show-private"]));
    assert_eq!(scores(&h, "risk", 1), [100.0, 100.0, 0.0]);
}

#[test]
fn one_persons_own_takes_show_their_private_results() {
    let data = tempfile::tempdir().unwrap();
    let h = json_of(powerbalance_in(data.path()).args([
        "history",
        &fixture("alex"),
        "-q",
        &fixture("tiny-1.toml"),
        "-f",
        "json",
    ]));
    assert_eq!(h["respondents"], serde_json::json!(["Alex"]));
    assert_eq!(h["sittings"].as_array().unwrap().len(), 3);
    // Alex alone: coercive is Alex's self item only, 25, 50, 50.
    assert_eq!(scores(&h, "coercive", 0), [25.0, 50.0, 50.0]);
    assert!(ids(&h).contains(&"risk".to_owned()));
}

#[test]
fn versions_compare_on_what_they_share_with_a_note() {
    let data = tempfile::tempdir().unwrap();
    let h = json_of(powerbalance_in(data.path()).args([
        "history",
        &fixture("versions"),
        "-q",
        &fixture("tiny-1.toml"),
        "-q",
        &fixture("tiny-2.toml"),
        "-f",
        "json",
    ]));
    assert_eq!(
        h["questionnaire"]["versions"],
        serde_json::json!(["1.0.0", "2.0.0"])
    );
    assert_eq!(ids(&h), ["coercive", "respect", "harsh"]);
    let notes = h["notes"].to_string();
    assert!(notes.contains("compared only on the dimensions every version has"));
    assert!(notes.contains("Expert power (1.0.0 only); Listening (2.0.0 only)"));
    // Only one of the versions given: the other's files say what to add.
    powerbalance_in(data.path())
        .args([
            "history",
            &fixture("versions"),
            "-q",
            &fixture("tiny-1.toml"),
        ])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers are on `tiny` 2.0.0, which is not bundled; -q gave `tiny` at 1.0.0 only",
        ));
}

/// Copies a fixture folder's session folders (or takes) into the data directory layout.
fn install(from: &str, to: &Path) {
    for entry in walk(Path::new(env!("CARGO_MANIFEST_DIR")).join(from)) {
        let rel = entry
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join(from))
            .unwrap();
        let target = to.join(rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, target).unwrap();
    }
}

fn walk(dir: PathBuf) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn people_finds_the_sittings_in_the_data_directory() {
    let data = tempfile::tempdir().unwrap();
    let root = data.path().join("powerbalance");
    install(&fixture("couple"), &root.join("couples/alex+sam"));
    install(&fixture("alex"), &root.join("people/alex"));
    // A joint report saved beside the answers is passed over.
    std::fs::write(
        root.join("couples/alex+sam/20260110T100000Z/report.json"),
        r#"{"questionnaire": {"id": "tiny"}, "people": []}"#,
    )
    .unwrap();
    // Either order of the names finds the couple's folder.
    for people in [["Sam", "Alex"], ["Alex", "Sam"]] {
        let h = json_of(
            powerbalance_in(data.path())
                .args(["history", "--people", people[0], people[1]])
                .args(["-q", &fixture("tiny-1.toml"), "-f", "json"]),
        );
        assert_eq!(h["sittings"].as_array().unwrap().len(), 3);
        assert_eq!(h["respondents"], serde_json::json!(["Alex", "Sam"]));
    }
    let h = json_of(
        powerbalance_in(data.path())
            .args(["history", "--people", "Alex"])
            .args(["-q", &fixture("tiny-1.toml"), "-f", "json"]),
    );
    assert_eq!(h["respondents"], serde_json::json!(["Alex"]));
    // Nobody saved for Jo.
    powerbalance_in(data.path())
        .args(["history", "--people", "Alex", "Jo"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("couples/alex+jo"))
        .stderr(predicate::str::contains("no saved sittings of Alex and Jo"));
}

#[test]
fn output_file_is_written_in_the_format_its_name_says() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("history.html");
    couple(&["-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// JSON and CSV go into a file as they are made (never held whole): the file holds what
/// standard output is given, and a write that fails names the file and leaves none.
#[test]
fn json_and_csv_written_to_a_file_are_what_standard_output_gets() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "csv"] {
        let out = dir.path().join(format!("history.{format}"));
        couple(&["-f", format, "-o", out.to_str().unwrap()])
            .assert()
            .success()
            .stdout("");
        let shown = stdout_of(couple(&["-f", format]));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), shown, "{format}");
    }
    couple(&["-f", "json", "-o", "/dev/full", "--force"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/dev/full"))
        .stderr(predicate::str::contains("the disk is full"));
}

/// Alex's take of `stamp` copied to `dir/name` with `from` replaced by `to`.
fn edited(dir: &Path, stamp: &str, name: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture(&format!("alex/{stamp}.json"))).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text.replace(from, to)).unwrap();
    path
}

/// `history` of Alex's first take and a copy of the second with `from` replaced by `to`:
/// refused with exit 65, stderr holding each of `expected`.
fn refused_beside_the_first(from: &str, to: &str, expected: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let second = edited(dir.path(), "20260207T100000Z", "second.json", from, to);
    let mut assert = powerbalance_in(dir.path())
        .args(["history", &fixture("alex/20260110T100000Z.json")])
        .arg(&second)
        .args(["-q", &fixture("tiny-1.toml")])
        .assert()
        .code(65)
        .stdout("");
    for e in expected {
        assert = assert.stderr(predicate::str::contains(*e));
    }
}

#[test]
fn different_people_are_refused() {
    refused_beside_the_first(
        "\"Sam\"",
        "\"Jo\"",
        &[
            "second.json: these are Alex's answers about Jo",
            "takes the sittings of the same two people",
        ],
    );
}

#[test]
fn different_questionnaires_are_refused() {
    refused_beside_the_first(
        "\"tiny\"",
        "\"relationship\"",
        &[
            "these answers are for questionnaire `relationship`",
            "is for `tiny`",
        ],
    );
}

#[test]
fn a_single_sitting_is_not_a_history() {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = powerbalance_in(data.path());
    cmd.args([
        "history",
        &fixture("couple/20260110T100000Z"),
        "-q",
        &fixture("tiny-1.toml"),
    ]);
    refused_as_one_sitting(
        cmd,
        "history compares two sittings or more, but these answers are one sitting",
    );
}

/// `cmd` refused with 2, nothing on standard output, and `said` on standard error.
fn refused_as_one_sitting(mut cmd: impl BorrowMut<Command>, said: &str) {
    cmd.borrow_mut()
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(said));
}

#[test]
fn a_folder_without_answers_or_that_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not answers").unwrap();
    std::fs::write(dir.path().join("report.json"), "{\"people\": []}").unwrap();
    powerbalance_in(dir.path())
        .args(["history"])
        .arg(dir.path())
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "no answers files were found there",
        ));
    powerbalance_in(dir.path())
        .args(["history", "no/such/folder"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("reading `no/such/folder`"));
}

#[test]
fn an_unreadable_folder_is_an_io_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_ok() {
        // Running as root, which may read any folder: nothing to test here.
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
        eprintln!("skipped: this user can read a folder with mode 000");
        return;
    }
    let out = powerbalance_in(dir.path())
        .args(["history"])
        .arg(&locked)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("reading folder"))
        .stderr(predicate::str::contains("ermission denied"));
    drop(out);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn unfinished_answers_named_are_refused_and_found_are_left_out() {
    let dir = tempfile::tempdir().unwrap();
    edited(
        dir.path(),
        "20260307T100000Z",
        "unfinished.json",
        "\"2026-03-07T10:20:00Z\"",
        "null",
    );
    powerbalance_in(dir.path())
        .args(["history", &fixture("alex/20260110T100000Z.json")])
        .arg(dir.path().join("unfinished.json"))
        .args(["-q", &fixture("tiny-1.toml")])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers have no `completed` time",
        ));
    // In a folder with two finished takes, it is passed over and noted.
    for f in ["20260110T100000Z.json", "20260207T100000Z.json"] {
        std::fs::copy(fixture(&format!("alex/{f}")), dir.path().join(f)).unwrap();
    }
    let h = json_of(
        powerbalance_in(dir.path())
            .args(["history"])
            .arg(dir.path())
            .args(["-q", &fixture("tiny-1.toml"), "-f", "json"]),
    );
    assert_eq!(h["sittings"].as_array().unwrap().len(), 2);
    assert!(h["notes"].to_string().contains("unfinished.json"));
}

#[test]
fn an_unbundled_questionnaire_needs_q() {
    let data = tempfile::tempdir().unwrap();
    powerbalance_in(data.path())
        .args(["history", &fixture("couple")])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers are on `tiny` 1.0.0, which is not bundled; pass `-q PATH`",
        ));
}

/// `history` (with `extra` arguments) of Alex's two takes with the name `"Alex"` replaced by
/// the JSON string `name`.
fn history_of_alex_named(name: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    for f in ["20260110T100000Z.json", "20260207T100000Z.json"] {
        let text = std::fs::read_to_string(fixture(&format!("alex/{f}"))).unwrap();
        std::fs::write(dir.path().join(f), text.replace("\"Alex\"", name)).unwrap();
    }
    stdout_of(
        powerbalance_in(dir.path())
            .arg("history")
            .args(extra)
            .arg(dir.path())
            .args(["-q", &fixture("tiny-1.toml")]),
    )
}

#[test]
fn names_cannot_drive_the_terminal() {
    let out = history_of_alex_named("\"Al\\u001b[2Jex\"", &[]);
    assert!(!out.contains('\x1b'), "{out}");
    assert!(out.contains("Al\\u{1b}[2Jex"), "{out}");
}

#[test]
fn names_cannot_run_as_formulas_in_the_csv() {
    let out = history_of_alex_named(
        "\"=HYPERLINK(\\\"http://x\\\",\\\"Open\\\")\"",
        &["-f", "csv"],
    );
    // As a spreadsheet reads the file: no cell may begin with = + - @.
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let mut names = 0;
    for row in reader.records() {
        for cell in row.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "{cell:?} in\n{out}"
            );
            names += usize::from(cell == "'=HYPERLINK(\"http://x\",\"Open\")");
        }
    }
    assert!(names > 0, "the name is there, behind a quote:\n{out}");
}

// `stats --norms`: the blocks' figures by hand, and that they paste into the questionnaire
// and validate.

fn norms() -> String {
    let data = tempfile::tempdir().unwrap();
    stdout_of(
        powerbalance_in(data.path())
            .args(["stats", &fixture("care-sample.jsonl")])
            .args(["-q", &fixture("care.toml"), "--norms"]),
    )
}

#[test]
fn sd_and_reliability_by_hand() {
    let out = norms();
    // Each line is one respondent, whose care score is their self view: items (x − 1) / 4 ·
    // 100, so P1 (1, 2) → (0 + 25) / 2 = 12.5, P2 (3, 3) → 50, P3 (5, 4) → (100 + 75) / 2 =
    // 87.5. Mean 50; squared deviations 1406.25 + 0 + 1406.25 = 2812.5; / (3 − 1) = 1406.25;
    // sd = √1406.25 = 37.5.
    assert!(out.contains("  sd = 37.50\n"), "{out}");
    // Self view alpha: item 1 (0, 50, 100) variance 2500, item 2 (25, 50, 75) 625, total
    // (25, 100, 175) 5625: 2 · (1 − 3125 / 5625) = 0.8889. Partner view: items (25, 75, 100)
    // and (25, 50, 100), variances 1458.33 each, total (50, 125, 200) 5625:
    // 2 · (1 − 2916.67 / 5625) = 0.9630. The lower: 0.889.
    assert!(out.contains("  reliability = 0.889\n"), "{out}");
    assert!(out.contains("  n = 3\n"));
    assert!(out.contains(
        "basis = \"powerbalance stats --norms, tests/fixtures/history/care-sample.jsonl, 20"
    ));
    assert!(out.contains("# Only 3 people"));
    // The private dimension gets no block.
    assert!(!out.contains("# worry"));
    assert!(out.contains("Private dimensions are left out"));
}

#[test]
fn the_block_pastes_into_the_questionnaire() {
    let out = norms();
    let block: String = out
        .lines()
        .filter(|l| l.starts_with("  "))
        .map(|l| format!("{l}\n"))
        .collect();
    let q =
        std::fs::read_to_string(format!("{}/{DIR}/care.toml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    // After care's last item, before the next dimension.
    let at = q.find("[[dimensions]]\nid = \"worry\"").unwrap();
    let pasted = format!("{}{block}\n{}", &q[..at], &q[at..]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("care-normed.toml");
    std::fs::write(&path, pasted).unwrap();
    powerbalance().arg("validate").arg(&path).assert().success();
}

#[test]
fn norms_is_its_own_format() {
    powerbalance()
        .args([
            "stats",
            &format!("{DIR}/care-sample.jsonl"),
            "--norms",
            "-f",
            "json",
        ])
        .assert()
        .code(2);
}

#[test]
fn q_picks_one_questionnaire_from_a_folder_of_several() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["20260110T100000Z.json", "20260207T100000Z.json"] {
        std::fs::copy(fixture(&format!("alex/{f}")), dir.path().join(f)).unwrap();
    }
    // Alex also took a bundled questionnaire: its file sits in the same folder.
    let other = dir.path().join("20260301T100000Z.json");
    std::fs::write(
        &other,
        r#"{"questionnaire": "relationship-short", "version": "1.0.0", "respondent": "Alex",
            "partner": "Sam", "completed": "2026-03-01T10:00:00Z", "answers": {}}"#,
    )
    .unwrap();
    // Without -q the folder mixes two questionnaires.
    powerbalance_in(dir.path())
        .args(["history"])
        .arg(dir.path())
        .assert()
        .code(65)
        .stderr(predicate::str::contains("in a folder, `-q` picks one"));
    let h = json_of(
        powerbalance_in(dir.path())
            .args(["history"])
            .arg(dir.path())
            .args(["-q", &fixture("tiny-1.toml"), "-f", "json"]),
    );
    assert_eq!(h["sittings"].as_array().unwrap().len(), 2);
    assert!(
        h["notes"]
            .to_string()
            .contains("answers to another questionnaire")
    );
    // For files named, a -q of another questionnaire is a mistake, not a filter; a folder
    // with nothing of -q's questionnaire says so.
    powerbalance_in(dir.path())
        .args(["history", &fixture("alex/20260110T100000Z.json")])
        .args([&fixture("alex/20260207T100000Z.json"), "-q", "relationship"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "-q gave `relationship`, but the answers are for `tiny`",
        ));
    powerbalance_in(dir.path())
        .args(["history", &fixture("couple"), "-q", "relationship"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "only answers to other questionnaires than -q's were found there",
        ));
}

#[test]
fn bundled_answers_resolve_by_their_version() {
    let dir = tempfile::tempdir().unwrap();
    let take = |stamp: &str, version: &str, value: u8| {
        format!(
            r#"{{"questionnaire": "relationship-short", "version": "{version}", "respondent": "Ana",
                "partner": "Ben", "completed": "{stamp}", "answers": {{"coercive-self-1": {value}}}}}"#
        )
    };
    std::fs::write(
        dir.path().join("1.json"),
        take("2026-01-01T09:00:00Z", "1.0.0", 2),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("2.json"),
        take("2026-02-01T09:00:00Z", "1.0.0", 4),
    )
    .unwrap();
    let h = json_of(
        powerbalance_in(dir.path())
            .args(["history"])
            .arg(dir.path())
            .args(["-f", "json"]),
    );
    assert_eq!(h["questionnaire"]["versions"], serde_json::json!(["1.0.0"]));
    // Ana's own coercive view, 2 → 25 then 4 → 75 on the 1–5 agreement scale.
    assert_eq!(scores(&h, "coercive", 0), [25.0, 75.0]);
    // No bundled questionnaire has norms: every change is left unjudged, and said so.
    for m in h["measures"].as_array().unwrap() {
        assert_eq!(m["reliable_change"], Value::Null, "{}", m["id"]);
        assert!(m["note"].as_str().unwrap().contains("cannot be judged"));
    }
    // A version that is not bundled needs its file.
    std::fs::write(
        dir.path().join("2.json"),
        take("2026-02-01T09:00:00Z", "0.9.0", 4),
    )
    .unwrap();
    powerbalance_in(dir.path())
        .args(["history"])
        .arg(dir.path())
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers are on `relationship-short` 0.9.0, which is not bundled",
        ));
}

// The rendered history, held in snapshots (review every change with `cargo insta review`).

#[test]
fn table_of_the_couples_history() {
    insta::assert_snapshot!(stdout_of(couple(&[])));
}

#[test]
fn markdown_of_the_couples_history() {
    insta::assert_snapshot!(stdout_of(couple(&["-f", "markdown"])));
}

#[test]
fn json_of_the_couples_history() {
    insta::assert_snapshot!(stdout_of(couple(&["-f", "json"])));
}

#[test]
fn many_sittings_continue_in_more_tables_within_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let alex = std::fs::read_to_string(fixture("alex/20260110T100000Z.json")).unwrap();
    for month in 1..=9 {
        let text = alex.replace(
            "2026-01-10T10:20:00Z",
            &format!("2026-{month:02}-10T10:20:00Z"),
        );
        std::fs::write(dir.path().join(format!("{month}.json")), text).unwrap();
    }
    let out = stdout_of(
        powerbalance_in(dir.path())
            .args(["history"])
            .arg(dir.path())
            .args(["-q", &fixture("tiny-1.toml")]),
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    // Each of the two people's tables continues: the sitting heads appear once per person.
    assert_eq!(out.matches("9 · 10 Sep").count(), 2, "{out}");
    assert_eq!(out.matches("Since first").count(), 2);
    assert!(out.matches("│ Measure").count() > 2);
    // No measure name is broken over two lines.
    assert!(out.contains("│ Coercive power "));
}

/// `history DIR -q tiny-1.toml -f json` with no file it writes allowed past 4 KiB, its
/// temporary files in a folder of their own: it fails (1), writes nothing to standard output,
/// leaves nothing behind, and gives its standard error.
fn history_under_a_file_size_limit(dir: &std::path::Path) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = util::process_in_file_size_limit(data.path(), 8)
        .arg("history")
        .arg(dir)
        .args(["-q", &fixture("tiny-1.toml"), "-f", "json"])
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    stderr
}

/// A history of more than 2 048 sittings keeps its scores in a temporary file; one that
/// cannot be written (here: a file size limit, its signal ignored) is an error that says
/// what was being kept and where another folder can be named, with nothing on standard
/// output.
#[test]
fn scores_that_cannot_be_kept_in_their_temporary_file_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let alex = std::fs::read_to_string(fixture("alex/20260110T100000Z.json")).unwrap();
    for i in 0..2_100 {
        // A minute apart from 10:20 on 10 January on.
        let at = 10 * 60 + 20 + i;
        let (day, hour, minute) = (10 + at / 1440, at % 1440 / 60, at % 60);
        let text = alex.replace(
            "2026-01-10T10:20:00Z",
            &format!("2026-01-{day:02}T{hour:02}:{minute:02}:00Z"),
        );
        std::fs::write(dir.path().join(format!("{i}.json")), text).unwrap();
    }
    let stderr = history_under_a_file_size_limit(dir.path());
    assert_eq!(
        stderr,
        "error: keeping the history's scores and sittings in temporary files (their folder \
         may be full: TMPDIR names another): the file would be larger than this system allows\n"
    );
}

/// What a history keeps of many files goes to temporary files past a bound (here, past
/// 256 KiB of long names): one that cannot be written is an error that says so, as for the
/// scores, with nothing on standard output.
#[test]
fn files_that_cannot_be_kept_in_a_temporary_file_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let alex = std::fs::read_to_string(fixture("alex/20260110T100000Z.json")).unwrap();
    for i in 0..1_500 {
        let name = format!("{i:04}-{}.json", "a".repeat(200));
        std::fs::write(dir.path().join(name), &alex).unwrap();
    }
    let stderr = history_under_a_file_size_limit(dir.path());
    assert_eq!(
        stderr,
        "error: keeping the list of answers files found in a temporary file, or reading it \
         back (its folder may be full: TMPDIR names another): the file would be larger than \
         this system allows\n"
    );
}

#[test]
fn people_with_a_folder_takes_only_their_answers() {
    // A flat folder of several people's takes, as older versions saved them.
    let dir = tempfile::tempdir().unwrap();
    for f in ["20260110T100000Z.json", "20260207T100000Z.json"] {
        std::fs::copy(
            fixture(&format!("alex/{f}")),
            dir.path().join(format!("alex-{f}")),
        )
        .unwrap();
        let text = std::fs::read_to_string(fixture(&format!("alex/{f}"))).unwrap();
        let jo = text
            .replace("\"Alex\"", "\"Jo\"")
            .replace("\"Sam\"", "\"Kim\"");
        std::fs::write(dir.path().join(format!("jo-{f}")), jo).unwrap();
    }
    powerbalance_in(dir.path())
        .args(["history"])
        .arg(dir.path())
        .args(["-q", &fixture("tiny-1.toml")])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("the same two people"));
    // The folder first: `--people` takes one or two names.
    let h = json_of(
        powerbalance_in(dir.path())
            .args(["history"])
            .arg(dir.path())
            .args([
                "--people",
                "alex",
                "-q",
                &fixture("tiny-1.toml"),
                "-f",
                "json",
            ]),
    );
    assert_eq!(h["respondents"], serde_json::json!(["Alex"]));
    assert_eq!(h["sittings"].as_array().unwrap().len(), 2);
    // Files there, none of them of the names given: the message says so, not that there
    // were no answers files, for a folder and for files named one by one (in German too).
    let jo = dir.path().join("jo-20260110T100000Z.json");
    for (paths, lang, says) in [
        (
            vec![dir.path().to_path_buf()],
            "en",
            "none of the answers found there are Robin and Lee's about each other",
        ),
        (
            vec![jo.clone(), dir.path().join("alex-20260207T100000Z.json")],
            "de",
            "keine der dort gefundenen Antworten stammt von Robin und Lee über die jeweils andere Person",
        ),
    ] {
        powerbalance_in(dir.path())
            .args(["history", "--lang", lang])
            .args(&paths)
            .args(["--people", "Robin", "Lee", "-q", &fixture("tiny-1.toml")])
            .assert()
            .code(65)
            .stderr(predicate::str::contains(says))
            .stderr(predicate::str::contains("no answers files").not());
    }
    // Standard input, by the name its other messages give it.
    powerbalance_in(dir.path())
        .args([
            "history",
            "-",
            "--people",
            "Robin",
            "-q",
            &fixture("tiny-1.toml"),
        ])
        .write_stdin(std::fs::read(&jo).unwrap())
        .assert()
        .code(65)
        .stderr(predicate::str::starts_with(
            "error: <stdin>: none of the answers found there were given by Robin on their own",
        ));
}

/// Many sittings from outside: a folder of a couple's files, one sitting a day, made from
/// `simulate --pairs` as `scripts/history_sittings.py` makes them. Every point of the JSON
/// history is the score `score` gives the same answers (all through `score --jsonl`, and
/// three files one by one), every change the difference of two of them, in time order.
#[test]
fn many_sittings_are_each_files_own_scores_side_by_side() {
    const N: usize = 250;
    let simulated = powerbalance()
        .args([
            "simulate",
            "--pairs",
            "--count",
            &N.to_string(),
            "--seed",
            "5",
        ])
        .output()
        .unwrap();
    assert!(simulated.status.success());
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    let mut files = Vec::new();
    // Written out of order, so the history must order them by time, not by name.
    for (i, line) in String::from_utf8(simulated.stdout)
        .unwrap()
        .lines()
        .enumerate()
    {
        let mut pair: Value = serde_json::from_str(line).unwrap();
        // 2000-01-01T09:00:00Z, then a day later each sitting.
        let day = std::time::UNIX_EPOCH
            + std::time::Duration::from_secs(946_717_200 + 86_400 * u64::try_from(i).unwrap());
        for (k, (who, other)) in [("Alex", "Sam"), ("Sam", "Alex")].into_iter().enumerate() {
            pair[k]["respondent"] = who.into();
            pair[k]["partner"] = other.into();
            let done = day + std::time::Duration::from_secs(1200 + 60 * k as u64);
            pair[k]["completed"] = humantime::format_rfc3339_seconds(done).to_string().into();
        }
        let path = dir.path().join(format!("{:03}.json", (i * 7) % N));
        assert!(!path.exists());
        std::fs::write(&path, serde_json::to_string_pretty(&pair).unwrap()).unwrap();
        lines += &format!("{pair}\n");
        files.push(path);
    }
    let scored = powerbalance()
        .args(["score", "--jsonl", "-", "-f", "json"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(scored.status.success());
    let reports: Vec<Value> = String::from_utf8(scored.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), N);
    // A few files scored one by one give the same scores as their lines.
    for i in [0, N / 2, N - 1] {
        let one: Value = serde_json::from_str(&stdout_of(
            powerbalance()
                .arg("score")
                .arg(&files[i])
                .args(["-f", "json"]),
        ))
        .unwrap();
        assert_eq!(one["people"], reports[i]["people"], "sitting {}", i + 1);
    }

    let h = json_of(
        powerbalance()
            .arg("history")
            .arg(dir.path())
            .args(["-f", "json"]),
    );
    let sittings = h["sittings"].as_array().unwrap();
    assert_eq!(sittings.len(), N);
    for (i, s) in sittings.iter().enumerate() {
        assert_eq!(s["sitting"], i + 1);
        assert_eq!(
            s["sources"],
            serde_json::json!([files[i].display().to_string()])
        );
        assert_eq!(
            s["completed"], reports[i]["completed"][1],
            "the later of the two"
        );
    }
    let measures = h["measures"].as_array().unwrap();
    assert!(measures.len() > 10, "{}", measures.len());
    let (mut compared, mut scores) = (0, 0);
    for m in measures {
        let id = m["id"].as_str().unwrap();
        for series in m["people"].as_array().unwrap() {
            let name = &series["name"];
            let points = series["points"].as_array().unwrap();
            assert_eq!(points.len(), N);
            for (i, p) in points.iter().enumerate() {
                let person = reports[i]["people"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| &x["name"] == name)
                    .unwrap();
                let expected = match m["kind"].as_str().unwrap() {
                    "dimension" => person["scores"].get(id),
                    "group" => person["groups"].get(id),
                    _ => person.get(id),
                };
                // Every measure is one the report scores: not `situation`, a context
                // dimension, which would be a row of dashes.
                let expected = expected
                    .cloned()
                    .unwrap_or_else(|| panic!("{id}: a measure the reports do not have"));
                assert_eq!(p["score"], expected, "{id} of {name} at sitting {}", i + 1);
                scores += usize::from(!expected.is_null());
                let change = |then: &Value| match (p["score"].as_f64(), then.as_f64()) {
                    (Some(now), Some(then)) => Value::from(now - then),
                    _ => Value::Null,
                };
                if i > 0 {
                    assert_eq!(p["change_from_first"], change(&points[0]["score"]));
                    assert_eq!(p["change_from_previous"], change(&points[i - 1]["score"]));
                }
                compared += 1;
            }
        }
    }
    assert_eq!(compared, measures.len() * 2 * N);
    assert!(scores > compared / 2, "{scores} of {compared}");
}

/// A file without a version is on the first version of its questionnaire that the files
/// before it in time were on, whatever order the files are read in: here the earliest
/// sitting (`c.json`) is on 2.0.0 and the latest (`a.json`, read first) on 1.0.0, so the
/// middle one, without a version, is scored with 2.0.0.
#[test]
fn a_file_without_a_version_takes_the_version_of_the_files_before_it_in_time() {
    let read = |path: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(fixture(path)).unwrap()).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "c.json",
            "versions/20260307T100000Z/alex.json",
            "2026-01-01",
            true,
        ),
        (
            "b.json",
            "versions/20260307T100000Z/alex.json",
            "2026-02-01",
            false,
        ),
        (
            "a.json",
            "versions/20260110T100000Z/alex.json",
            "2026-03-01",
            true,
        ),
    ];
    for (name, from, day, versioned) in files {
        let mut answers = read(from);
        answers["started"] = format!("{day}T10:00:00Z").into();
        answers["completed"] = format!("{day}T10:20:00Z").into();
        if !versioned {
            answers.as_object_mut().unwrap().remove("version");
        }
        std::fs::write(dir.path().join(name), answers.to_string()).unwrap();
    }
    let h = json_of(
        powerbalance()
            .arg("history")
            .arg(dir.path())
            .args(["-q", &fixture("tiny-1.toml"), "-q", &fixture("tiny-2.toml")])
            .args(["-f", "json"]),
    );
    let versions: Vec<&Value> = h["sittings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["questionnaire"]["version"])
        .collect();
    assert_eq!(versions, ["2.0.0", "2.0.0", "1.0.0"]);
}

/// Alex's three takes alone, in time order (their names are their times).
fn alex_takes() -> Vec<String> {
    let mut takes: Vec<String> = std::fs::read_dir(fixture("alex"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    takes.sort();
    takes
}

/// A file given as a pipe (here standard input) cannot be read twice: it is held as read and
/// scored as the same file given by its name is, where every other file is read again.
#[cfg(unix)]
#[test]
fn a_file_given_as_a_pipe_is_held_and_scored_as_the_file_is() {
    let files = alex_takes();
    let run = |first: &str| {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = powerbalance_in(data.path());
        cmd.args(["history", first])
            .args(&files[1..])
            .args(["-q", &fixture("tiny-1.toml"), "-f", "json"])
            .write_stdin(std::fs::read(&files[0]).unwrap());
        json_of(cmd)
    };
    let named = run(&files[0]);
    let mut piped = run("/dev/stdin");
    assert_eq!(piped["sittings"][0]["sources"][0], "/dev/stdin");
    piped["sittings"][0]["sources"][0] = named["sittings"][0]["sources"][0].clone();
    assert_eq!(piped, named);
}

/// `-` is standard input, as every command takes it: read once, held as a pipe is, named
/// `<stdin>` in messages as `score` names it and `-` among a sitting's sources as batch
/// reports' `source` does, and scored as the same file given by its name is. Given twice,
/// it is one file given twice, which counts once.
#[test]
fn a_dash_is_standard_input_read_once() {
    let takes = alex_takes();
    let run = |paths: &[&str]| {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = powerbalance_in(data.path());
        cmd.arg("history")
            .args(paths)
            .args(["-q", &fixture("tiny-1.toml"), "-f", "json"])
            .write_stdin(std::fs::read(&takes[1]).unwrap());
        cmd
    };
    let named = json_of(run(&[&takes[0], &takes[1], &takes[2]]));
    let mut piped = json_of(run(&[&takes[0], "-", &takes[2]]));
    assert_eq!(piped["sittings"][1]["sources"][0], "-");
    assert_eq!(json_of(run(&[&takes[0], "-", "-", &takes[2]])), piped);
    piped["sittings"][1]["sources"][0] = named["sittings"][1]["sources"][0].clone();
    assert_eq!(piped, named);
    // Alone, it is one sitting: read, and refused as one, by its name.
    refused_as_one_sitting(run(&["-"]), "these answers are one sitting (<stdin>)");
}

/// A session folder is the folder itself, however its path is written: its two halves named
/// as `w1/alex.json` and `./w1/../w1/sam.json`, finished three days apart, are one sitting
/// (taken for two folders, they would be loose answers three days apart: two sittings).
#[test]
fn a_folder_written_two_ways_is_one_session_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (folder, date) in [("w1", "20260110T100000Z"), ("w2", "20260207T100000Z")] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        for who in ["alex", "sam"] {
            let text =
                std::fs::read_to_string(root.join(fixture(&format!("couple/{date}/{who}.json"))))
                    .unwrap();
            // Sam finished three days after Alex, past the day that pairs loose answers.
            let text = text.replace("-10T10:45:00Z", "-13T10:45:00Z");
            std::fs::write(dir.path().join(folder).join(format!("{who}.json")), text).unwrap();
        }
    }
    let data = tempfile::tempdir().unwrap();
    let mut cmd = powerbalance_in(data.path());
    cmd.current_dir(dir.path())
        .args([
            "history",
            "w1/alex.json",
            "./w1/../w1/sam.json",
            "w2",
            "-f",
            "json",
            "-q",
        ])
        .arg(root.join(fixture("tiny-1.toml")));
    let h = json_of(cmd);
    let sources: Vec<&Value> = h["sittings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["sources"])
        .collect();
    assert_eq!(
        sources,
        [
            &serde_json::json!(["w1/alex.json", "./w1/../w1/sam.json"]),
            &serde_json::json!(["w2/alex.json", "w2/sam.json"]),
        ]
    );
    assert_eq!(h["sittings"][0]["completed"], "2026-01-13T10:45:00Z");
}

/// Standard input is in no folder: never taken for the other half of a session folder with
/// a file named bare (whose folder is also written as nothing). Alex's February take named
/// in the current folder and Sam's March take on standard input are two sittings a month
/// apart, as they are when Sam's is named in a folder of its own.
#[test]
fn standard_input_is_not_half_of_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let couple = |date: &str, who: &str| root.join(fixture(&format!("couple/{date}/{who}.json")));
    let tiny = root.join(fixture("tiny-1.toml"));
    for who in ["alex", "sam"] {
        let to = dir.path().join("w1");
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(
            couple("20260110T100000Z", who),
            to.join(format!("{who}.json")),
        )
        .unwrap();
    }
    std::fs::copy(
        couple("20260207T100000Z", "alex"),
        dir.path().join("alex-w2.json"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("other")).unwrap();
    let sam_w3 = dir.path().join("other/sam-w3.json");
    std::fs::copy(couple("20260307T100000Z", "sam"), &sam_w3).unwrap();
    let run = |last: &str| {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = powerbalance_in(data.path());
        cmd.current_dir(dir.path())
            .args(["history", "w1", "alex-w2.json", last, "-f", "json", "-q"])
            .arg(&tiny)
            .write_stdin(std::fs::read(&sam_w3).unwrap());
        json_of(cmd)
    };
    let sources = |h: &Value| -> Vec<Value> {
        let sittings = h["sittings"].as_array().unwrap();
        sittings.iter().map(|s| s["sources"].clone()).collect()
    };
    let named = run("other/sam-w3.json");
    let piped = run("-");
    assert_eq!(
        sources(&piped),
        [
            serde_json::json!(["w1/alex.json", "w1/sam.json"]),
            serde_json::json!(["alex-w2.json"]),
            serde_json::json!(["-"]),
        ]
    );
    assert_eq!(sources(&named)[2], serde_json::json!(["other/sam-w3.json"]));
    assert_eq!(piped["measures"], named["measures"]);
}

/// At a terminal, `-` is what is typed up to Ctrl-D, as `score -` reads it.
#[test]
fn a_dash_at_a_terminal_reads_what_is_typed() {
    use expectrl::{ControlCode, Expect};
    let takes = alex_takes();
    let data = tempfile::tempdir().unwrap();
    let mut cmd = util::process_in(data.path());
    cmd.args([
        "history",
        &takes[0],
        "-",
        "-q",
        &fixture("tiny-1.toml"),
        "-f",
        "csv",
    ]);
    let mut p = expectrl::Session::spawn(cmd).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    for line in std::fs::read_to_string(&takes[1]).unwrap().lines() {
        p.send_line(line).unwrap();
    }
    p.send(ControlCode::EndOfTransmission).unwrap();
    // The second sitting's row: Alex, coercive, on 7 February, as typed.
    p.expect("Alex,coercive,dimension,2,2026-02-07T10:20:00Z,50")
        .unwrap();
    p.expect(expectrl::Eof).unwrap();
    let status = p.get_process().wait().unwrap();
    assert!(
        matches!(status, expectrl::process::unix::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
}

/// A file given twice, in a folder given and by a name of its own (another spelling, or a
/// link to it), counts once: the history is the folder's.
#[test]
fn a_file_given_twice_counts_once() {
    let folder = json_of(couple(&["-f", "json"]));
    let one = "couple/20260207T100000Z/alex.json";
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture(one)),
        &link,
    )
    .unwrap();
    for again in [format!("./{}", fixture(one)), link.display().to_string()] {
        assert_eq!(json_of(couple(&[&again, "-f", "json"])), folder, "{again}");
    }
}

/// Two hard links to one file are one file given twice, told by its device and inode: the
/// history of a copy of the couple's folder is the same with a hard link to one of its files
/// given after it.
#[test]
fn a_hard_link_to_a_file_given_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture("couple"));
    for date in ["20260110T100000Z", "20260207T100000Z", "20260307T100000Z"] {
        std::fs::create_dir_all(dir.path().join("couple").join(date)).unwrap();
        for who in ["alex.json", "sam.json"] {
            let at = Path::new(date).join(who);
            std::fs::copy(root.join(&at), dir.path().join("couple").join(&at)).unwrap();
        }
    }
    let link = dir.path().join("again.json");
    std::fs::hard_link(dir.path().join("couple/20260207T100000Z/alex.json"), &link).unwrap();
    let run = |extra: &[&Path]| {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = powerbalance_in(data.path());
        cmd.arg("history")
            .arg(dir.path().join("couple"))
            .args(extra)
            .args(["-f", "json", "-q"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture("tiny-1.toml")));
        json_of(cmd)
    };
    assert_eq!(run(&[&link]), run(&[]));
    // And inside the one folder given: a second name of a file in it, found by the search.
    let within = dir.path().join("couple/20260307T100000Z/again.json");
    std::fs::rename(&link, &within).unwrap();
    let without = {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = powerbalance_in(data.path());
        cmd.arg("history")
            .args(["tests/fixtures/history/couple", "-f", "json", "-q"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture("tiny-1.toml")));
        json_of(cmd)
    };
    let with = run(&[]);
    assert_eq!(with["sittings"].as_array().unwrap().len(), 3);
    assert_eq!(with["measures"], without["measures"]);
}

/// A file named as a regular file and replaced by a FIFO before it is first read is refused
/// the same way, never waited on.
#[test]
fn a_file_swapped_for_a_fifo_before_its_first_read_is_refused_without_waiting() {
    refused_as_changed(acted_on(
        |f| {
            std::fs::remove_file(f).unwrap();
            mkfifo(f);
        },
        true,
    ));
}

/// Makes a FIFO (a named pipe) at `path`.
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// `history` of Alex's three takes, the first copied to `first.json` in a temporary folder
/// and named first, the second given through a FIFO named next, and `between` run on
/// `first.json` between its two reads; with the path of `first.json`.
///
/// No hook in the binary and no sleep: the FIFO is where the two meet. Files are first read
/// in the order given, and every file is read once before any is read again, so once
/// `history` has opened the FIFO (which is when opening it to write returns here),
/// `first.json` has been read once and not yet again. `between` runs then, and only then
/// does the FIFO get the second take and close, letting `history` go on. A `history` that
/// waits for ever is killed after 30 seconds, and the test fails.
fn acted_on_between_reads(
    between: impl FnOnce(&Path) + Send + 'static,
) -> (assert_cmd::assert::Assert, String) {
    acted_on(between, false)
}

/// As [`acted_on_between_reads`], acting on `first.json`, or (`before_first_read`) on
/// `third.json`, the copy of the third take named after the FIFO: found as a regular file
/// (it is looked at when the command line is), not yet read.
fn acted_on(
    between: impl FnOnce(&Path) + Send + 'static,
    before_first_read: bool,
) -> (assert_cmd::assert::Assert, String) {
    use std::io::Write;
    use std::time::Duration;
    let takes = alex_takes();
    let dir = tempfile::tempdir().unwrap();
    let (first, fifo, third) = (
        dir.path().join("first.json"),
        dir.path().join("second.pipe"),
        dir.path().join("third.json"),
    );
    std::fs::copy(&takes[0], &first).unwrap();
    std::fs::copy(&takes[2], &third).unwrap();
    mkfifo(&fifo);
    let target = if before_first_read { &third } else { &first }.clone();
    let (done, finished) = std::sync::mpsc::channel();
    {
        let (target, fifo, second) = (target.clone(), fifo.clone(), takes[1].clone());
        std::thread::spawn(move || {
            let mut pipe = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            between(&target);
            pipe.write_all(&std::fs::read(second).unwrap()).unwrap();
            drop(pipe);
            done.send(()).unwrap();
        });
    }
    let assert = powerbalance_in(dir.path())
        .arg("history")
        .arg(&first)
        .arg(&fifo)
        .arg(&third)
        .args(["-q", &fixture("tiny-1.toml"), "-f", "json"])
        .timeout(Duration::from_secs(30))
        .assert();
    // Else `between` did not run between the reads, and the test proves nothing.
    assert!(
        finished.recv_timeout(Duration::from_secs(30)).is_ok(),
        "the FIFO was not read: {assert:?}"
    );
    (assert, target.display().to_string())
}

/// The rendezvous itself: with nothing done between the reads, the history is made, of the
/// second take read through the FIFO too.
#[test]
fn a_history_with_nothing_changed_between_its_reads_is_made() {
    let (assert, _) = acted_on_between_reads(|_| {});
    let out = String::from_utf8(assert.success().get_output().stdout.clone()).unwrap();
    let history: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(history["sittings"].as_array().unwrap().len(), 3);
    assert!(
        history["sittings"][1]["sources"][0]
            .as_str()
            .unwrap()
            .ends_with("second.pipe")
    );
}

/// A file written to between its two reads is refused by name, whether its length changed
/// or not, and so is one replaced by a copy of the same bytes (another file now).
#[test]
fn a_file_changed_between_its_reads_is_refused_by_name() {
    let edits: [fn(&Path); 3] = [
        // Same length: a digit of an answer.
        |f| {
            let text = std::fs::read_to_string(f).unwrap();
            let edited = text.replace("\"coercive-self-1\": 2", "\"coercive-self-1\": 3");
            assert_ne!(edited, text);
            std::fs::write(f, edited).unwrap();
        },
        // Longer.
        |f| {
            let mut text = std::fs::read_to_string(f).unwrap();
            text.push('\n');
            std::fs::write(f, text).unwrap();
        },
        // The same bytes, as another file put in its place.
        |f| {
            let copy = f.with_extension("copy");
            std::fs::copy(f, &copy).unwrap();
            std::fs::rename(&copy, f).unwrap();
        },
    ];
    for edit in edits {
        refused_as_changed(acted_on_between_reads(edit));
    }
}

/// What [`acted_on_between_reads`] gave, refused with 65 as a file that changed, by its name.
fn refused_as_changed((assert, first): (assert_cmd::assert::Assert, String)) {
    assert
        .code(65)
        .stdout("")
        .stderr(predicate::str::contains(first))
        .stderr(predicate::str::contains(
            "this file changed while the history",
        ));
}

/// A file deleted between its two reads is an I/O error that names it.
#[test]
fn a_file_deleted_between_its_reads_is_an_io_error_by_name() {
    let (assert, first) = acted_on_between_reads(|f| std::fs::remove_file(f).unwrap());
    assert.code(1).stdout("").stderr(format!(
        "error: reading answers `{first}`: there is no such file or folder\n"
    ));
}

/// A file replaced by a FIFO between its two reads is refused at once: opening a FIFO that
/// nothing writes to waits for ever, and `history` must not.
#[test]
fn a_file_swapped_for_a_fifo_between_its_reads_is_refused_without_waiting() {
    refused_as_changed(acted_on_between_reads(|f| {
        std::fs::remove_file(f).unwrap();
        mkfifo(f);
    }));
}
