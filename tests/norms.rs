//! `stats --norms` from outside: the blocks' figures by hand, and that they paste into the
//! questionnaire and validate.

use assert_cmd::Command;

const DIR: &str = "tests/fixtures/history";

fn norms() -> String {
    let out = Command::cargo_bin("powerbalance")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["stats", &format!("{DIR}/care-sample.jsonl")])
        .args(["-q", &format!("{DIR}/care.toml"), "--norms"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
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
    Command::cargo_bin("powerbalance")
        .unwrap()
        .arg("validate")
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn norms_is_its_own_format() {
    Command::cargo_bin("powerbalance")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
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
