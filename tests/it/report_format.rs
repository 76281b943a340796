//! The report's format is decided by one rule for `score` and `score --jsonl` alike: `-f`,
//! else `-o`'s extension, else the command's default; and a format a command does not write
//! is refused the same way whether `-f` or `-o` named it.

use crate::util::powerbalance;

/// Alex's answers as one line of JSON Lines.
fn alex_line() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/alex.json"))
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    format!("{value}\n")
}

const REFUSED: &str = "error: `--jsonl` writes `--format json` (one report per line) or \
                       `--format csv`, not reports for reading; score one couple at a time for \
                       those\n";

#[test]
fn jsonl_refuses_a_reading_format_named_by_the_file_as_by_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["html", "md", "txt"] {
        let path = dir.path().join(format!("r.{ext}"));
        // Before, `-o r.html` wrote JSON Lines into `r.html`.
        powerbalance()
            .args(["score", "--jsonl", "-o"])
            .arg(&path)
            .write_stdin(alex_line())
            .assert()
            .code(2)
            .stdout("")
            .stderr(REFUSED);
        assert!(!path.exists(), "{ext}: nothing is written");
    }
    powerbalance()
        .args(["score", "--jsonl", "-f", "html"])
        .write_stdin(alex_line())
        .assert()
        .code(2)
        .stdout("")
        .stderr(REFUSED);
}

#[test]
fn jsonl_still_writes_lines_to_jsonl_csv_and_unnamed_files() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("r.jsonl");
    powerbalance()
        .args(["score", "--jsonl", "-o"])
        .arg(&jsonl)
        .write_stdin(alex_line())
        .assert()
        .success();
    let text = std::fs::read_to_string(&jsonl).unwrap();
    assert!(text.starts_with('{') && text.lines().count() == 1, "{text}");
    let csv = dir.path().join("r.csv");
    powerbalance()
        .args(["score", "--jsonl", "-o"])
        .arg(&csv)
        .write_stdin(alex_line())
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).unwrap();
    // A header row, then the report's two rows: Alex about Sam, and Sam as Alex sees them.
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(!text.starts_with('{'), "{text}");
}

#[test]
fn a_single_report_still_refuses_a_name_it_cannot_tell() {
    powerbalance()
        .args(["score", "examples/alex.json", "-o", "r.pdf"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: cannot tell the report format from the name `r.pdf`; powerbalance writes \
             text (.txt), JSON (.json), Markdown (.md), HTML (.html) or CSV (.csv): name the \
             file so, or give --format\n",
        );
}
