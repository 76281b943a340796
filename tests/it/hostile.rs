//! Hostile input, concurrent use and crashes (issue 12), tested from outside: the binary run
//! as an attacker or an unlucky user would run it. Each test names the point it holds.

use std::path::{Path, PathBuf};

use crate::util::{self, powerbalance};

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

/// Runs the binary with `args` and `stdin`, as [`powerbalance`] sets it up.
fn run(args: &[&str], stdin: impl Into<Vec<u8>>) -> std::process::Output {
    powerbalance()
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap()
}

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
    let out = run(
        &["score", "-q", q.to_str().unwrap(), "--format", "csv", "-"],
        pair.clone(),
    );
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
    let out = run(
        &[
            "score",
            "--jsonl",
            "-q",
            q.to_str().unwrap(),
            "--format",
            "csv",
        ],
        line,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let batch = cells(&stdout_of(&out));
    for cell in batch.iter().flatten() {
        assert!(!is_formula(cell), "a spreadsheet would run {cell:?}");
    }
    assert_eq!(batch[2][3], format!("'{b_name}"));
    for name in ["+cmd|' /C calc'!A0", "-1+1"] {
        let out = run(
            &["score", "-q", q.to_str().unwrap(), "--format", "csv", "-"],
            answers(name, "Sam", ALL),
        );
        let rows = cells(&stdout_of(&out));
        assert_eq!(rows[1][3], format!("'{name}"));
    }
}

// Point 2: terminal escapes.

const HOSTILE_NAME: &str = "Al\u{1b}]0;OWNED\u{7}\u{1b}[2J\u{9b}31m\u{202e}x";

/// No byte that starts a terminal command: ESC, BEL, C1 CSI, or a bidi override.
fn assert_inert(text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(
            !text.contains(bad),
            "{bad:?} reached the terminal: {text:?}"
        );
    }
}

#[test]
fn names_and_questionnaire_text_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[
            (
                "title = \"Tiny test questionnaire\"",
                "title = \"T\\u001b]0;OWNED\\u0007\"",
            ),
            ("version = \"1.0.0\"", "version = \"1\\u009b2J\""),
            ("name = \"Coercive power\"", "name = \"C\\u001b[2J\\u202e\""),
            ("text = \"Help is available.\"", "text = \"Help\\u001b[5m\""),
            ("({difference} points).", "\\u001b[2J({difference} points)."),
        ],
    );
    let q = q.to_str().unwrap();
    let pair = format!(
        "[{},{}]",
        answers(
            HOSTILE_NAME,
            "Sam",
            r#"{"coercive-self-1": 5, "coercive-partner-1": 1}"#
        ),
        answers(
            "Sam",
            HOSTILE_NAME,
            r#"{"coercive-self-1": 1, "coercive-partner-1": 5}"#
        )
    );
    for format in ["table", "markdown", "html"] {
        let out = run(&["score", "-q", q, "--format", format, "-"], pair.clone());
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let text = stdout_of(&out);
        assert_inert(&text);
        assert!(
            text.contains("u{1b}") && text.contains("OWNED"),
            "{format}: {text}"
        );
    }
    // `stats` quotes the questionnaire's version and dimension names.
    let lines = format!("{}\n{}\n", answers("A", "B", ALL), answers("C", "D", ALL));
    let out = run(&["stats", "-q", q, "-"], lines);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_inert(&stdout_of(&out));
    // `take`'s opening screen (the item screens are the interactive module's).
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["take", "--plain", "--no-save", "-q", q])
        .args(["--respondent", HOSTILE_NAME, "--partner", "Sam"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
    assert_inert(&stderr_of(&out));
    assert!(stderr_of(&out).contains("OWNED"), "{}", stderr_of(&out));
    // `validate` prints the version; an error quotes the file name.
    let out = run(&["validate", q], "");
    assert_eq!(out.status.code(), Some(0));
    assert_inert(&stdout_of(&out));
    assert!(stdout_of(&out).contains("1\\u{9b}2J"));
    let evil_file = dir.path().join("a\u{1b}[2Jb.json");
    let out = run(&["score", evil_file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert_inert(&stderr_of(&out));
    assert!(
        stderr_of(&out).contains("a\\u{1b}[2Jb.json"),
        "{}",
        stderr_of(&out)
    );
    // An answers error quotes the name.
    let out = run(
        &["score", "-q", q, "-"],
        answers(HOSTILE_NAME, HOSTILE_NAME, "{}"),
    );
    assert_eq!(out.status.code(), Some(65));
    assert_inert(&stderr_of(&out));
}

// Point 3: ids and texts have limits, and suggestions a bounded cost.

#[test]
fn an_id_over_64_characters_or_a_text_over_2000_is_refused_where_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let long_id = "c".repeat(65);
    let q = questionnaire_with(
        dir.path(),
        &[
            ("id = \"coercive-self-1\"", &format!("id = \"{long_id}\"")),
            (
                "text = \"My partner can make things unpleasant for me.\"",
                &format!("text = \"{}\"", "x".repeat(2001)),
            ),
        ],
    );
    let out = run(&["validate", q.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr_of(&out);
    assert!(
        err.contains(":31:8: item id `")
            && err.contains("is 65 characters long; allowed: at most 64"),
        "{err}"
    );
    assert!(
        err.contains(
            "the text of item `coercive-partner-1` is 2001 characters long; allowed: at most 2000"
        ),
        "{err}"
    );
    // The message quotes at most 64 characters of the id.
    assert!(!err.contains(&long_id), "{err}");
}

/// A questionnaire of `items` items with 64-character ids, and an `item` rule naming
/// `near_misses` ids that differ from real ones in one character.
fn big_questionnaire(items: usize, near_misses: usize) -> (String, Vec<String>) {
    let ids: Vec<String> = (0..items).map(|i| format!("{i:0>64}")).collect();
    let mut text = String::from(
        "[questionnaire]\nid = \"big\"\ntitle = \"Big\"\nversion = \"1\"\n\
         [scales.s]\nmin = 1\nmax = 2\nlabels = [\"a\", \"b\"]\n[defaults]\nscale = \"s\"\n\
         [[dimensions]]\nid = \"d\"\nkind = \"power\"\nname = \"D\"\n",
    );
    for id in &ids {
        text.push_str(&format!(
            "[[dimensions.items]]\nid = \"{id}\"\nabout = \"self\"\ntext = \"t\"\n"
        ));
    }
    if near_misses > 0 {
        let refs: Vec<String> = (0..near_misses)
            .map(|i| format!("\"{}x\"", &ids[i % items][..63]))
            .collect();
        text.push_str(&format!(
            "[[rules]]\nid = \"r\"\nkind = \"item\"\nitems = [{}]\nat_least = 1\nseverity = \"info\"\nmessage = \"m\"\n",
            refs.join(", ")
        ));
    }
    (text, ids)
}

#[test]
fn suggestions_stay_cheap_on_inputs_made_to_be_slow() {
    let dir = tempfile::tempdir().unwrap();
    // About 400 KB: 3,000 items of 64-character ids and 3,000 near-miss references.
    let (text, _) = big_questionnaire(3000, 3000);
    let path = dir.path().join("big.toml");
    std::fs::write(&path, &text).unwrap();
    let out = run(&["validate", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr_of(&out);
    // Every problem is reported, each on its own line.
    assert_eq!(
        err.matches("unknown item").count(),
        3000,
        "{}",
        &err[..err.len().min(2000)]
    );

    // About 900 KB of questionnaire and 100 KB of answers, every key a near miss.
    let (text, ids) = big_questionnaire(7000, 0);
    std::fs::write(&path, &text).unwrap();
    let answers: serde_json::Map<String, serde_json::Value> = ids
        .iter()
        .take(1500)
        .map(|id| (format!("{}y", &id[..63]), serde_json::Value::from(1)))
        .collect();
    let json = serde_json::json!({"respondent": "A", "partner": "B", "answers": answers});
    let out = run(
        &["score", "-q", path.to_str().unwrap(), "-"],
        json.to_string(),
    );
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr_of(&out).contains("unknown item `"),
        "{}",
        stderr_of(&out)
    );

    // JSON Lines with 1000-character near-miss keys, skipped line after line.
    let key = format!("coercive-self-1{}", "x".repeat(985));
    let line = format!(
        "{{\"questionnaire\":\"relationship\",\"respondent\":\"A\",\"partner\":\"B\",\"answers\":{{\"{key}\":1}}}}\n"
    );
    let out = run(&["score", "--jsonl", "--skip-invalid"], line.repeat(2000));
    assert_eq!(out.status.code(), Some(0), "{}", &stderr_of(&out)[..500]);
    let err = stderr_of(&out);
    assert_eq!(
        err.matches("unknown item `coercive-self-1xxx").count(),
        2000
    );
    // Point 12: the key is cut in the message: 64 characters and an ellipsis.
    assert!(
        err.contains(&format!("`{}…`", &key[..64])),
        "{}",
        &err[..500]
    );
    assert!(!err.contains(&key));
}

// Point 7: an item given twice.

#[test]
fn an_item_given_twice_is_refused_with_its_place() {
    let json = "{\"questionnaire\": \"tiny\", \"respondent\": \"A\", \"partner\": \"B\",\n\"answers\": {\"coercive-self-1\": 99,\n  \"coercive-self-1\": null}}";
    let out = run(&["score", "-q", "tests/fixtures/bad/good.toml", "-"], json);
    assert_eq!(out.status.code(), Some(65));
    let err = stderr_of(&out);
    assert!(
        err.contains("<stdin>:3:")
            && err.contains(
                "item `coercive-self-1` is given twice in `answers`; give each item once"
            ),
        "{err}"
    );
    // The same on a JSON Lines line (3, on the scale, so that the fast reader of JSON Lines
    // meets the second one), and in a file to resume.
    let line = json.replace('\n', "").replace("99", "3") + "\n";
    let out = run(
        &["score", "--jsonl", "-q", "tests/fixtures/bad/good.toml"],
        line,
    );
    assert_eq!(out.status.code(), Some(65), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("<stdin>:1:"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("is given twice"),
        "{}",
        stderr_of(&out)
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let saved = json.replacen('{', "{\"version\": \"1.0.0\", \"completed\": null, ", 1);
    std::fs::write(&file, saved).unwrap();
    let resume = [
        "take",
        "--plain",
        "-q",
        "tests/fixtures/bad/good.toml",
        "--resume",
    ];
    let out = powerbalance().args(resume).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(65), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("is given twice"),
        "{}",
        stderr_of(&out)
    );
}

// Point 9: whole numbers are read from their digits.

#[test]
fn numbers_on_large_scales_are_exact_and_near_integers_are_not_whole() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[(
            "[scales.agreement]\nmin = 1\nmax = 5\nlabels = [\"Strongly disagree\", \"Disagree\", \"Neither\", \"Agree\", \"Strongly agree\"]",
            "[scales.agreement]\nmin = 1000000000000000\nmax = 1000000000000004\nlabels = [\"a\", \"b\", \"c\", \"d\", \"e\"]",
        )],
    );
    let q = q.to_str().unwrap();
    let score = |value: &str| {
        let json = format!(
            "{{\"respondent\": \"A\", \"partner\": \"B\", \"answers\": {{\"coercive-self-1\": {value}}}}}"
        );
        run(&["score", "-q", q, "--format", "json", "-"], json)
    };
    // 1e15 is the scale's lowest point and 1e15+4 its highest: 0 and 100 points.
    for (value, points) in [
        ("1e15", 0.0),
        ("1000000000000004", 100.0),
        ("1.000000000000004e15", 100.0),
    ] {
        let out = score(value);
        assert_eq!(out.status.code(), Some(0), "{value}: {}", stderr_of(&out));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            report["people"][0]["views"]["coercive"]["self"], points,
            "{value}"
        );
    }
    // Off by one past the top, written exactly: off the scale and quoted as written.
    let out = score("1000000000000005");
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr_of(&out).contains("1000000000000005 is off the scale"),
        "{}",
        stderr_of(&out)
    );
    for value in ["1e-400", "3.9999999999999999"] {
        let out = run(
            &["score", "-q", "tests/fixtures/bad/good.toml", "-"],
            format!(
                "{{\"respondent\": \"A\", \"partner\": \"B\", \"answers\": {{\"coercive-self-1\": {value}}}}}"
            ),
        );
        assert_eq!(out.status.code(), Some(65), "{value}");
        assert!(
            stderr_of(&out).contains(&format!("{value} is not a whole number")),
            "{value}: {}",
            stderr_of(&out)
        );
    }
}

// Point 10: a byte-order mark.

#[test]
fn an_answers_file_may_begin_with_a_byte_order_mark() {
    let out = run(
        &[
            "score",
            "-q",
            "tests/fixtures/bad/good.toml",
            "--format",
            "json",
            "-",
        ],
        format!("\u{feff}{}", answers("A", "B", ALL)),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["respondents"][0], "A");
}

// Point 11: `template` writes only names that `score` accepts.

#[test]
fn template_refuses_names_that_score_would_reject() {
    for names in [["x", "x"], ["", "B"], ["A", "  "], [" Sam", "Sam "]] {
        let out = powerbalance()
            .args(["template", "--respondent", names[0], "--partner", names[1]])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{names:?}");
        assert!(stdout_of(&out).is_empty());
        let err = stderr_of(&out);
        assert!(err.contains("--respondent and --partner"), "{err}");
    }
}

// Point 16: unfinished answers.

#[test]
fn unfinished_answers_are_scored_with_a_note_that_they_are_unfinished() {
    let json = r#"{"questionnaire": "tiny", "respondent": "A", "partner": "B", "completed": null,
        "answers": {"coercive-self-1": 4, "coercive-partner-1": 2, "expert-self-1": 3}}"#;
    let note = "A's answers are not finished";
    for jsonl in [false, true] {
        let mut cmd = powerbalance();
        cmd.args([
            "score",
            "-q",
            "tests/fixtures/bad/good.toml",
            "--format",
            "json",
        ]);
        if jsonl {
            cmd.arg("--jsonl");
        }
        let input = if jsonl {
            json.replace('\n', "") + "\n"
        } else {
            json.to_owned()
        };
        let out = cmd.write_stdin(input).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert!(stdout_of(&out).contains(note), "{}", stdout_of(&out));
    }
    // A finished file has no such note.
    let out = run(
        &["score", "-q", "tests/fixtures/bad/good.toml", "-"],
        json.replace("null", "\"2026-11-20T19:17:40Z\""),
    );
    assert!(!stdout_of(&out).contains(note));
}

// Point 17: an answer's value error names its line and column.

#[test]
fn a_bad_value_is_located_at_its_line_and_column() {
    let json = "[{\"questionnaire\": \"tiny\", \"respondent\": \"A\", \"partner\": \"B\", \"answers\": {}},\n {\"respondent\": \"B\", \"partner\": \"A\",\n  \"answers\": {\"coercive-self-1\": 4,\n    \"expert-self-1\": 9}}]";
    let out = run(&["score", "-q", "tests/fixtures/bad/good.toml", "-"], json);
    assert_eq!(out.status.code(), Some(65));
    let err = stderr_of(&out);
    assert!(
        err.contains("error: <stdin>:4:5: item `expert-self-1` in B's answers: 9 is off the scale"),
        "{err}"
    );
    let out = run(
        &["score", "-q", "tests/fixtures/bad/good.toml", "-"],
        "{\"respondent\": \"A\", \"partner\": \"B\",\n\"answers\": {\"nope\": 1}}",
    );
    assert!(
        stderr_of(&out).contains("<stdin>:2:13: unknown item `nope`"),
        "{}",
        stderr_of(&out)
    );
}

// Point 12: an endless line ends the run.

#[test]
fn an_endless_line_ends_with_a_clear_error() {
    let out = powerbalance()
        .args(["score", "--jsonl", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("/dev/zero:1: the line is longer than 1 MiB"),
        "{}",
        stderr_of(&out)
    );
}

// Point 13: what `validate` refuses, dates that are no dates, and "1 minute".

#[test]
fn validate_refuses_no_dimensions_and_empty_texts() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[
            (
                "text = \"I can make things unpleasant for my partner.\"",
                "text = \" \"",
            ),
            ("labels = [\"No\", \"Yes\"]", "labels = [\"No\", \"\"]"),
        ],
    );
    let out = run(&["validate", q.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr_of(&out);
    assert!(
        err.contains("the text of item `coercive-self-1` is empty"),
        "{err}"
    );
    assert!(
        err.contains(":17:10: label 2 of scale `yesno` is empty"),
        "{err}"
    );

    let none = "[questionnaire]\nid = \"none\"\ntitle = \"None\"\nversion = \"1\"\n";
    std::fs::write(&q, none).unwrap();
    let out = run(&["validate", q.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(78));
    assert!(
        stderr_of(&out).contains(":1:1: the questionnaire has no dimensions"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn an_impossible_date_is_not_shown_as_a_date() {
    for (completed, shown) in [
        ("2026-02-30T00:00:00Z", None),
        ("2025-02-29T00:00:00Z", None),
        ("2026-04-31T00:00:00Z", None),
        ("2028-02-29T10:00:00Z", Some("finished 29 Feb 2028")),
    ] {
        let json =
            answers("A", "B", ALL).replacen('{', &format!("{{\"completed\": \"{completed}\", "), 1);
        let out = run(&["score", "-q", "tests/fixtures/bad/good.toml", "-"], json);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout_of(&out);
        match shown {
            Some(s) => assert!(text.contains(s), "{completed}: {text}"),
            None => assert!(!text.contains("finished"), "{completed}: {text}"),
        }
    }
}

#[test]
fn one_minute_is_said_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    // Two items: about one minute.
    let text = "[questionnaire]\nid = \"two\"\ntitle = \"Two\"\nversion = \"1\"\n\
        [scales.s]\nmin = 1\nmax = 2\nlabels = [\"a\", \"b\"]\n[defaults]\nscale = \"s\"\n\
        [[dimensions]]\nid = \"d\"\nkind = \"power\"\nname = \"D\"\n\
        [[dimensions.items]]\nid = \"i\"\nabout = \"self\"\ntext = \"t\"\n";
    let q = dir.path().join("one.toml");
    std::fs::write(&q, text).unwrap();
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["take", "--plain", "--no-save", "-q", q.to_str().unwrap()])
        .args(["--respondent", "A", "--partner", "B"])
        .write_stdin("")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(
        err.contains("there is 1 question") || err.contains("1 question about"),
        "{err}"
    );
    assert!(
        err.contains("about 1 minute.") && !err.contains("1 minutes"),
        "{err}"
    );
}

// Point 14: pre-filled answers with gaps and no terminal.

#[test]
fn a_template_with_no_answers_and_no_input_exits_65_naming_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let template = run(&["template", "-q", "tests/fixtures/bad/good.toml"], "");
    let saved = dir.path().join("a.json");
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args([
            "take",
            "-q",
            "tests/fixtures/bad/good.toml",
            "--answers",
            "-",
            "--no-input",
        ])
        .args(["--save", saved.to_str().unwrap()])
        .write_stdin(template.stdout)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr_of(&out).contains("7 of the 7 questions have no answer"),
        "{}",
        stderr_of(&out)
    );
    assert!(stdout_of(&out).is_empty());
    assert!(!saved.exists(), "no answers file is saved");
}

// Point 15: the save file is checked before any name is asked; a name twice is asked again.

#[test]
fn take_refuses_a_bad_save_file_before_asking_names() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("existing.json");
    std::fs::write(&existing, "{}").unwrap();
    let missing = dir.path().join("missing/dir/a.json");
    for (path, words) in [(&existing, "already exists"), (&missing, "does not exist")] {
        let out = powerbalance()
            .env("XDG_DATA_HOME", dir.path())
            .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
            .args(["--save", path.to_str().unwrap()])
            .write_stdin("Alex\nSam\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = stderr_of(&out);
        assert!(err.contains(words), "{err}");
        assert!(!err.contains("Your name"), "asked a name first: {err}");
    }
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "{}");
}

#[test]
fn the_same_name_twice_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("a.json");
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
        .args(["--save", saved.to_str().unwrap()])
        .write_stdin("Alex\nAlex\nSam\n")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(err.contains("That is your own name"), "{err}");
    // The input ends after the names: saved and stopped as Ctrl-C does.
    assert_eq!(out.status.code(), Some(130), "{err}");
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&saved).unwrap()).unwrap();
    assert_eq!(file["respondent"], "Alex");
    assert_eq!(file["partner"], "Sam");
}

// Point 16: a report file whose name promises another format.

#[test]
fn a_report_named_pdf_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let out = run(
        &[
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "-o",
            pdf.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("cannot tell the report format"),
        "{}",
        stderr_of(&out)
    );
    assert!(!pdf.exists());
    // With the format given, the name is the user's choice.
    let out = run(
        &[
            "score",
            "examples/alex.json",
            "-f",
            "html",
            "-o",
            pdf.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        std::fs::read_to_string(&pdf)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

// Point 17: messages.

#[test]
fn messages_say_what_is_wrong_in_plain_words() {
    // No raw `(os error 2)`.
    let out = run(&["score", "no-such.json"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("reading answers `no-such.json`: there is no such file or folder"),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");

    // Every unknown word at once, with the other problems of the file.
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with(
        dir.path(),
        &[
            ("kind = \"power\"", "kind = \"powr\""),
            ("about = \"partner\"", "about = \"partnr\""),
            ("severity = \"info\"", "severity = \"inf\""),
            ("dimension = \"respect\"", "dimension = \"respekt\""),
        ],
    );
    let out = run(&["validate", q.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(78));
    let err = stderr_of(&out);
    assert!(err.contains(":24:8: `powr` is not allowed here (did you mean `power`?); allowed: power, marker, decision, risk, context"), "{err}");
    assert!(
        err.contains(":37:11: `partnr` is not allowed here (did you mean `partner`?)"),
        "{err}"
    );
    assert!(
        err.contains("`inf` is not allowed here (did you mean `info`?)"),
        "{err}"
    );
    assert!(err.contains("unknown dimension `respekt`"), "{err}");
    assert_eq!(err.lines().count(), 4, "{err}");
    // A TOML type error in words, at its place.
    let q = questionnaire_with(
        dir.path(),
        &[
            ("kind = \"power\"", "kind = \"powr\""),
            ("weight = 1.0", "weight = \"heavy\""),
        ],
    );
    let out = run(&["validate", q.to_str().unwrap()], "");
    let err = stderr_of(&out);
    assert!(
        err.contains(":27:10: this value must be a number, not the text \"heavy\""),
        "{err}"
    );
    assert!(
        !err.contains("f64") && !err.contains("invalid type"),
        "{err}"
    );

    // A pretty-printed file given as JSON Lines.
    let out = run(&["stats", "examples/alex.json"], "");
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr_of(&out).contains("one whole answers object per line")
            && stderr_of(&out).contains("jq -c")
    );
}

#[test]
fn the_readme_validate_example_is_what_validate_prints() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let example = readme
        .lines()
        .find(|l| l.starts_with("error: my.toml:"))
        .expect("the README shows a validate error")
        .to_owned();
    let dir = tempfile::tempdir().unwrap();
    let bundled = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/1.0.0/relationship-short.toml"),
    )
    .unwrap();
    // The README's file: relationship-short 1.0.0 with one scale name mistyped on line 66.
    let mut lines: Vec<String> = bundled.lines().map(str::to_owned).collect();
    assert_eq!(lines[65], "  scale = \"frequency\"");
    lines[65] = "  scale = \"agremeent\"".to_owned();
    std::fs::write(dir.path().join("my.toml"), lines.join("\n") + "\n").unwrap();
    let out = powerbalance()
        .current_dir(dir.path())
        .args(["validate", "my.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    assert_eq!(stderr_of(&out).trim_end(), example);
}

// Points 4 and 5: one process per answers file; temporary files that say whose they are and
// go away on every end the process sees.

use std::io::{BufRead, BufReader, Write as _};
use std::process::{Child, Stdio};

/// `take --plain` on `good.toml`, its stdin and stderr piped, with `args` added.
fn spawn_take(dir: &Path, args: &[&str]) -> Child {
    util::process()
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", dir)
        .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
        .args(["--respondent", "Alex", "--partner", "Sam"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads `child`'s stderr until a line holds `wanted` (panics at its end).
fn wait_for(stderr: &mut BufReader<std::process::ChildStderr>, wanted: &str) -> String {
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "no {wanted:?} in:\n{seen}"
        );
        seen.push_str(&line);
        if line.contains(wanted) {
            return seen;
        }
    }
}

/// The names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn signal(child: &Child, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_second_take_of_the_same_answers_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.json");
    let file_arg = file.to_str().unwrap();
    let mut first = spawn_take(dir.path(), &["--save", file_arg]);
    let mut stderr = BufReader::new(first.stderr.take().unwrap());
    wait_for(&mut stderr, "Press Enter");
    // While the first runs: a second --resume, and a second --save --force, are refused.
    for args in [
        vec!["--resume", file_arg],
        vec!["--save", file_arg, "--force"],
    ] {
        let out = powerbalance()
            .env("XDG_DATA_HOME", dir.path())
            .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
            .args(&args)
            .write_stdin("\n4\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("is in use by another powerbalance"),
            "{}",
            stderr_of(&out)
        );
    }
    // The first goes on: it answers one item, then its input ends (saved, exit 130).
    let mut stdin = first.stdin.take().unwrap();
    stdin.write_all(b"\n4\n").unwrap();
    drop(stdin);
    assert_eq!(first.wait().unwrap().code(), Some(130));
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["answers"].as_object().unwrap().len(), 1, "{saved}");
    // Its claim is gone with it: the folder holds the answers and nothing else.
    assert_eq!(names_in(dir.path()), ["c.json"]);
    // And now a resume may go on with it.
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args([
            "take",
            "--plain",
            "-q",
            "tests/fixtures/bad/good.toml",
            "--resume",
            file_arg,
        ])
        .write_stdin("\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
}

#[test]
fn two_takes_saving_to_one_new_name_at_once_never_both_win() {
    for round in 0..8 {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("n.json");
        let mut children: Vec<Child> = (0..2)
            .map(|_| spawn_take(dir.path(), &["--save", file.to_str().unwrap()]))
            .collect();
        let mut outcomes = Vec::new();
        for child in &mut children {
            drop(child.stdin.take()); // end of input: the winner saves and stops (130)
        }
        for child in children {
            let out = child.wait_with_output().unwrap();
            outcomes.push((out.status.code(), stderr_of(&out)));
        }
        let won = outcomes
            .iter()
            .filter(|(code, _)| *code == Some(130))
            .count();
        assert_eq!(won, 1, "round {round}: {outcomes:?}");
        let lost = outcomes
            .iter()
            .find(|(code, _)| *code == Some(1))
            .expect("one refused");
        assert!(
            lost.1.contains("in use by another powerbalance") || lost.1.contains("already exists"),
            "{}",
            lost.1
        );
        assert_eq!(names_in(dir.path()), ["n.json"], "round {round}");
    }
}

#[test]
fn ctrl_c_or_a_closed_terminal_leaves_no_temporary_file() {
    for sig in ["INT", "TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let out_file = dir.path().join("out.jsonl");
        let mut child = util::process()
            .args(["score", "--jsonl", "-o", out_file.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let line = std::fs::read_to_string("examples/alex.json")
            .unwrap()
            .replace('\n', "");
        let mut stdin = child.stdin.take().unwrap();
        // Enough lines to flush to the temporary file; the input stays open.
        for _ in 0..200 {
            writeln!(stdin, "{line}").unwrap();
        }
        stdin.flush().unwrap();
        let started = std::time::Instant::now();
        let temporary = loop {
            let names = names_in(dir.path());
            if let Some(t) = names
                .iter()
                .find(|n| n.starts_with(".out.jsonl.powerbalance-"))
            {
                break t.clone();
            }
            assert!(
                started.elapsed().as_secs() < 20,
                "no temporary file: {names:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        };
        // Named so that the tool and the user can tell it is powerbalance's.
        assert!(
            temporary.ends_with(".tmp")
                && temporary.len() == ".out.jsonl.powerbalance-XXXXXX.tmp".len(),
            "{temporary}"
        );
        signal(&child, sig);
        // A signal the runner blocks or ignores reaches the child blocked or ignored too:
        // fail with that said, rather than wait for ever on an input that stays open.
        let waited = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if waited.elapsed().as_secs() >= 20 {
                let _ = child.kill();
                panic!("SIG{sig} did not stop the child in 20 s: is it blocked or ignored here?");
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(130),
            "SIG{sig}: {}",
            stderr_of(&out)
        );
        assert_eq!(names_in(dir.path()), Vec::<String>::new(), "SIG{sig}");
        drop(stdin);
    }
}

#[test]
fn kill_9_loses_no_answer_given_and_leaves_only_recognisable_files() {
    let mut leftovers = 0;
    for round in 0..12u64 {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.json");
        let mut child = spawn_take(dir.path(), &["--save", file.to_str().unwrap()]);
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut stdin = child.stdin.take().unwrap();
        wait_for(&mut stderr, "Press Enter");
        stdin.write_all(b"\n").unwrap();
        wait_for(&mut stderr, "1/7.");
        // Answer `given` items, each acknowledged by the next item's screen.
        let given = 1 + round % 6;
        for i in 1..=given {
            stdin.write_all(b"1\n").unwrap();
            stdin.flush().unwrap();
            wait_for(&mut stderr, &format!("{}/7.", i + 1));
        }
        // One more answer on its way, and kill -9 at a moment that varies.
        stdin.write_all(b"1\n").unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(round * 300));
        signal(&child, "KILL");
        child.wait().unwrap();
        let saved: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let kept = saved["answers"].as_object().unwrap().len() as u64;
        assert!(kept >= given, "round {round}: {kept} kept of {given} given");
        // What kill -9 may leave: the claim file and a temporary file, both named as ours.
        for name in names_in(dir.path()) {
            let ours = name == "a.json"
                || name == ".a.json.powerbalance-lock"
                || (name.starts_with(".a.json.powerbalance-") && name.ends_with(".tmp"));
            assert!(ours, "round {round}: {name}");
            leftovers += usize::from(name != "a.json");
        }
        // Another file's leftover is not a.json's to clear; one of a.json's is (planted, so
        // that every round has one, whatever the moment of the kill).
        let other = dir.path().join(".b.json.powerbalance-abcdef.tmp");
        std::fs::write(&other, "").unwrap();
        std::fs::write(dir.path().join(".a.json.powerbalance-zzzzzz.tmp"), "{").unwrap();
        // The claim of a killed process does not block the next run, which clears the
        // leftovers of a.json.
        let out = powerbalance()
            .env("XDG_DATA_HOME", dir.path())
            .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
            .args(["--resume", file.to_str().unwrap()])
            .write_stdin("\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
        assert_eq!(
            names_in(dir.path()),
            [".b.json.powerbalance-abcdef.tmp", "a.json"],
            "round {round}"
        );
    }
    eprintln!("kill -9: {leftovers} leftover files (claims, temporaries) in 12 runs");
}

// Point 6: links.

#[test]
fn links_follow_one_rule_and_standard_output_has_two_names() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    let saved = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
        .args([
            "--respondent",
            "Alex",
            "--partner",
            "Sam",
            "--save",
            real.to_str().unwrap(),
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(saved.status.code(), Some(130), "{}", stderr_of(&saved));
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["take", "--plain", "-q", "tests/fixtures/bad/good.toml"])
        .args(["--resume", link.to_str().unwrap()])
        .write_stdin("\n1\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("is a symbolic link"),
        "{}",
        stderr_of(&out)
    );
    assert!(link.is_symlink(), "the link is still a link");

    // A session's folder through a link is refused, like the data folder.
    let real_dir = dir.path().join("real-dir");
    std::fs::create_dir(&real_dir).unwrap();
    let link_dir = dir.path().join("link-dir");
    std::os::unix::fs::symlink(&real_dir, &link_dir).unwrap();
    let out = powerbalance()
        .env("XDG_DATA_HOME", dir.path())
        .args(["session", "--plain", "-q", "tests/fixtures/bad/good.toml"])
        .args([
            "--people",
            "Alex",
            "Sam",
            "--save-dir",
            link_dir.to_str().unwrap(),
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("is not a plain folder"),
        "{}",
        stderr_of(&out)
    );
    assert!(names_in(&real_dir).is_empty());

    // `-o -` and `-o /dev/stdout` are standard output.
    for target in ["-", "/dev/stdout"] {
        let out = run(
            &["score", "examples/alex.json", "-f", "json", "-o", target],
            "",
        );
        assert_eq!(out.status.code(), Some(0), "{target}: {}", stderr_of(&out));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["respondents"][0], "Alex");
        let out = run(
            &["score", "--jsonl", "-o", target, "examples/alex.json"],
            "",
        );
        // A pretty-printed file is no JSON Lines, but the output was accepted.
        assert_eq!(out.status.code(), Some(65), "{target}: {}", stderr_of(&out));
    }
}

// Point 17: a write that fails (a full disk; here a file-size limit, which fails the same
// way half way through) names the file the user gave, never the temporary one.
#[test]
fn a_failed_write_names_the_users_file_not_the_temporary_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let script = format!(
        "trap '' XFSZ; ulimit -f 4; exec {} score examples/alex.json examples/sam.json -o {}",
        env!("CARGO_BIN_EXE_powerbalance"),
        out.display()
    );
    let run = std::process::Command::new("sh")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = stderr_of(&run);
    assert!(
        err.starts_with(&format!("error: writing `{}`: ", out.display())),
        "{err}"
    );
    assert!(
        !err.contains("at path") && !err.contains(".powerbalance-") && !err.contains("os error"),
        "{err}"
    );
    assert!(names_in(dir.path()).is_empty(), "nothing is left behind");
}

// Point 5: the folder is synced after the rename, so the new name survives a power cut.
// Seen with `strace` where the machine has it (a power cut cannot be made in a test).
#[test]
fn the_folder_is_synced_after_the_rename() {
    if std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_err()
    {
        eprintln!("strace is not installed: the folder sync is not checked here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let run = std::process::Command::new("strace")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // The main thread only (no `-f`): the write is on it, and another thread's calls
        // would split its lines ("<unfinished ...>").
        .args(["-e", "trace=openat,fsync,rename,renameat,renameat2"])
        .arg(env!("CARGO_BIN_EXE_powerbalance"))
        .args(["score", "examples/alex.json", "-f", "json", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr_of(&run));
    let trace = stderr_of(&run);
    let calls: Vec<&str> = trace.lines().collect();
    let folder = format!("\"{}\"", dir.path().display());
    let renamed = calls
        .iter()
        .position(|l| l.contains("rename") && l.contains(".powerbalance-") && l.contains("r.json"))
        .unwrap_or_else(|| panic!("no rename of a temporary file:\n{trace}"));
    let opened = calls[renamed..]
        .iter()
        .find(|l| l.contains("openat(") && l.contains(&folder))
        .unwrap_or_else(|| panic!("the folder is not opened after the rename:\n{trace}"));
    let fd = opened.rsplit("= ").next().unwrap().trim();
    assert!(
        calls[renamed..]
            .iter()
            .any(|l| l.contains(&format!("fsync({fd})"))),
        "the folder is not synced:\n{trace}"
    );
}
