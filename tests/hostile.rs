//! Hostile input, concurrent use and crashes (issue 12), tested from outside: the binary run
//! as an attacker or an unlucky user would run it. Each test names the point it holds.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The binary, in the crate folder, without colour.
fn pb() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_powerbalance"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// The small valid questionnaire of the bad-input fixtures.
fn good_toml() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/good.toml"),
    )
    .unwrap()
}

/// `good.toml` with `from` replaced by `to` (which must be there), written into `dir`.
fn questionnaire_with(dir: &Path, edits: &[(&str, &str)]) -> PathBuf {
    let mut text = good_toml();
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    let path = dir.join("q.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// One person's answers for `good.toml` as JSON.
fn answers(respondent: &str, partner: &str, answers: &str) -> String {
    serde_json::json!({
        "questionnaire": "tiny",
        "respondent": respondent,
        "partner": partner,
        "answers": serde_json::from_str::<serde_json::Value>(answers).unwrap(),
    })
    .to_string()
}

const ALL: &str = r#"{"coercive-self-1": 4, "coercive-partner-1": 2, "expert-self-1": 3,
    "expert-partner-1": 3, "respect-self-1": 5, "respect-partner-1": 4, "risk-partner-1": 0}"#;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every cell a spreadsheet would see, row by row.
fn cells(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// What a spreadsheet runs as a formula: a cell that begins with one of these.
fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

// Point 1: CSV formula injection.

#[test]
fn csv_cells_that_would_be_formulas_start_with_a_quote() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[
            ("version = \"1.0.0\"", "version = \"=1+1\""),
            ("id = \"expert\"", "id = \"-expert\""),
        ],
    );
    let a_name = "=HYPERLINK(\"http://x\",\"Open\")";
    let b_name = "@SUM(1+1)";
    let pair = format!(
        "[{},{}]",
        answers(a_name, b_name, ALL),
        answers(b_name, a_name, ALL)
    );
    let out = pb()
        .args(["score", "-q", q.to_str().unwrap(), "--format", "csv", "-"])
        .write_stdin(pair.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let rows = cells(&stdout_of(&out));
    assert_eq!(rows.len(), 3);
    for cell in rows.iter().flatten() {
        assert!(!is_formula(cell), "a spreadsheet would run {cell:?}");
    }
    // The header and the text cells say what was written, behind the quote.
    assert!(rows[0].contains(&"'-expert".to_owned()), "{:?}", rows[0]);
    assert_eq!(rows[1][2], "'=1+1");
    assert_eq!(rows[1][3], format!("'{a_name}"));
    assert_eq!(rows[1][4], format!("'{b_name}"));

    // The batch writes the same cells.
    let line = format!("{}\n", pair);
    let out = pb()
        .args(["score", "--jsonl", "-q", q.to_str().unwrap(), "--format", "csv"])
        .write_stdin(line)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let batch = cells(&stdout_of(&out));
    for cell in batch.iter().flatten() {
        assert!(!is_formula(cell), "a spreadsheet would run {cell:?}");
    }
    assert_eq!(batch[2][3], format!("'{b_name}"));
    for name in ["+cmd|' /C calc'!A0", "-1+1"] {
        let out = pb()
            .args(["score", "-q", q.to_str().unwrap(), "--format", "csv", "-"])
            .write_stdin(answers(name, "Sam", ALL))
            .output()
            .unwrap();
        let rows = cells(&stdout_of(&out));
        assert_eq!(rows[1][3], format!("'{name}"));
    }
}

// Point 2: terminal escapes.

const HOSTILE_NAME: &str = "Al\u{1b}]0;OWNED\u{7}\u{1b}[2J\u{9b}31m\u{202e}x";

/// No byte that starts a terminal command: ESC, BEL, C1 CSI, or a bidi override.
fn assert_inert(text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal: {text:?}");
    }
}

#[test]
fn names_and_questionnaire_text_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[
            ("title = \"Tiny test questionnaire\"", "title = \"T\\u001b]0;OWNED\\u0007\""),
            ("version = \"1.0.0\"", "version = \"1\\u009b2J\""),
            ("name = \"Coercive power\"", "name = \"C\\u001b[2J\\u202e\""),
            ("text = \"Help is available.\"", "text = \"Help\\u001b[5m\""),
            ("({difference} points).", "\\u001b[2J({difference} points)."),
        ],
    );
    let q = q.to_str().unwrap();
    let pair = format!(
        "[{},{}]",
        answers(HOSTILE_NAME, "Sam", r#"{"coercive-self-1": 5, "coercive-partner-1": 1}"#),
        answers("Sam", HOSTILE_NAME, r#"{"coercive-self-1": 1, "coercive-partner-1": 5}"#)
    );
    for format in ["table", "markdown", "html"] {
        let out = pb()
            .args(["score", "-q", q, "--format", format, "-"])
            .write_stdin(pair.clone())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let text = stdout_of(&out);
        assert_inert(&text);
        assert!(text.contains("u{1b}") && text.contains("OWNED"), "{format}: {text}");
    }
    // `validate` prints the version; an error quotes the file name.
    let out = pb().args(["validate", q]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_inert(&stdout_of(&out));
    assert!(stdout_of(&out).contains("1\\u{9b}2J"));
    let evil_file = dir.path().join("a\u{1b}[2Jb.json");
    let out = pb()
        .args(["score", evil_file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_inert(&stderr_of(&out));
    assert!(stderr_of(&out).contains("a\\u{1b}[2Jb.json"), "{}", stderr_of(&out));
    // An answers error quotes the name.
    let out = pb()
        .args(["score", "-q", q, "-"])
        .write_stdin(answers(HOSTILE_NAME, HOSTILE_NAME, "{}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert_inert(&stderr_of(&out));
}
