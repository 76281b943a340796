//! The real binary in a pseudo-terminal: the prompts, back and skip, Ctrl-C and resume, and a
//! two-person session (SPEC §8, issue 3).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{ControlCode, Eof, Expect, Regex, Session};
use serde_json::Value;

use crate::util;

type Pty = Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream>;

/// Starts powerbalance in a pseudo-terminal, with its data directory in `data`.
fn spawn(args: &[&str], data: &Path) -> Pty {
    let mut cmd = util::process_in(data);
    cmd.args(args).env("NO_COLOR", "1").env("TERM", "xterm");
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.get_process_mut().set_window_size(100, 40).unwrap();
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p
}

/// Waits for the screen of item `n` of `total` (drawn right after the screen is cleared).
fn at_item(p: &mut Pty, n: usize, total: usize) {
    p.expect(Regex(format!(r"\x1b\[H{n}/{total}  ")))
        .unwrap_or_else(|e| panic!("item {n}: {e}"));
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn exit_code(p: &Pty) -> i32 {
    match p.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not a normal exit: {other:?}"),
    }
}

fn answers_of(path: &Path) -> Value {
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    util::assert_fits_schema("answers", &saved);
    saved["answers"].clone()
}

/// Ana answers the short form about Ben.
const TAKE_ANA: &[&str] = &[
    "take",
    "-q",
    "relationship-short@1.0.0",
    "--respondent",
    "Ana",
    "--partner",
    "Ben",
];

/// relationship-short 1.0.0 (the flow, not the content, is under test) has 25 items; every
/// one takes 3 (valid on 1..5 and 0..4).
const TOTAL: usize = 25;

/// Its items that are not private (the three `risk` items are).
const SHARED: usize = 22;

/// The keys of a whole run: item 1 "4", item 2 skip, back from item 3 to item 2, answer it
/// "2", then "3" to the end. `from` lets a resumed run start part-way.
fn answer_rest(p: &mut Pty, from: usize) {
    for n in from..=TOTAL {
        at_item(p, n, TOTAL);
        p.send("3").unwrap();
    }
}

fn answer_start(p: &mut Pty) {
    p.expect("Press Enter to continue.").unwrap();
    p.send("\r").unwrap();
    at_item(p, 1, TOTAL);
    p.send("4").unwrap();
    at_item(p, 2, TOTAL);
    p.send("s").unwrap();
    at_item(p, 3, TOTAL);
    p.send("b").unwrap();
    at_item(p, 2, TOTAL);
    p.expect("(skipped before)").unwrap();
    p.send("2").unwrap();
}

fn finish_review(p: &mut Pty) {
    p.expect("Review your answers").unwrap();
    p.send("\r").unwrap();
}

#[test]
fn a_full_take_with_back_and_skip() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("ana.json");
    let saved_arg = saved.to_str().unwrap();
    let mut p = spawn(&[TAKE_ANA, &["--save", saved_arg]].concat(), dir.path());
    answer_start(&mut p);
    answer_rest(&mut p, 3);
    finish_review(&mut p);
    p.expect("Answered by Ana").unwrap();
    p.expect("Ben did not answer.").unwrap();
    p.expect("Your answers are saved in").unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);

    let answers = answers_of(&saved);
    assert_eq!(answers.as_object().unwrap().len(), TOTAL);
    assert_eq!(answers["coercive-self-1"], 4);
    assert_eq!(
        answers["coercive-partner-1"], 2,
        "the skip was replaced after going back"
    );
    assert!(
        answers
            .as_object()
            .unwrap()
            .values()
            .skip(2)
            .all(|v| v == 3)
    );
    let meta = std::fs::metadata(&saved).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&saved).unwrap()).unwrap();
    assert!(file["completed"].is_string() && file["started"].is_string());

    // The saved file is valid input for `score`.
    let out = util::process()
        .args(["score", saved_arg, "-f", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ctrl_c_then_resume_ends_as_an_uninterrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.json");
    let parts = dir.path().join("parts.json");
    let args = |file: &Path| -> Vec<String> {
        TAKE_ANA
            .iter()
            .chain(&["--save", file.to_str().unwrap()])
            .map(|s| (*s).to_owned())
            .collect()
    };
    let whole_args = args(&whole);
    let parts_args = args(&parts);

    let mut p = spawn(&strs(&whole_args), dir.path());
    answer_start(&mut p);
    answer_rest(&mut p, 3);
    finish_review(&mut p);
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);

    // The same answers, with Ctrl-C at item 11.
    let mut p = spawn(&strs(&parts_args), dir.path());
    answer_start(&mut p);
    for n in 3..=10 {
        at_item(&mut p, n, TOTAL);
        p.send("3").unwrap();
    }
    at_item(&mut p, 11, TOTAL);
    p.send(ControlCode::EndOfText).unwrap();
    let said = p.expect(Eof).unwrap();
    let said = String::from_utf8_lossy(said.as_bytes()).into_owned();
    assert_eq!(exit_code(&p), 130);
    assert!(
        said.contains("\x1b[?25h"),
        "the cursor is shown again: {said:?}"
    );
    assert!(
        said.contains("Stopped. Your answers so far are saved in"),
        "{said}"
    );
    let resume = format!("powerbalance take --resume {}", parts.display());
    assert!(said.contains(&resume), "names the exact command: {said}");
    assert_eq!(
        answers_of(&parts).as_object().unwrap().len(),
        10,
        "every answer given was saved"
    );

    let mut p = spawn(&["take", "--resume", parts.to_str().unwrap()], dir.path());
    p.expect("Press Enter to continue.").unwrap();
    p.send("\r").unwrap();
    answer_rest(&mut p, 11);
    finish_review(&mut p);
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);
    assert_eq!(answers_of(&parts), answers_of(&whole));
}

#[test]
fn a_session_keeps_private_answers_out_of_the_joint_report() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("session");
    let report = dir.path().join("joint.json");
    let mut p = spawn(
        &[
            "session",
            "-q",
            "relationship-short@1.0.0",
            "--people",
            "Ana",
            "Ben",
            "--save-dir",
            sessions.to_str().unwrap(),
            "-f",
            "json",
            "-o",
            report.to_str().unwrap(),
        ],
        dir.path(),
    );
    p.expect("Press Enter to continue.").unwrap();
    p.send("\r").unwrap();
    // Part 1, together: the 22 shared items each; part 2, alone: the 3 private ones, then
    // the person's own results; then the gate.
    for (part, total) in [("together", SHARED), ("alone", TOTAL - SHARED)] {
        for (me, value) in [("Ana", "3"), ("Ben", "1")] {
            p.expect(format!("{me}'s turn.")).unwrap();
            p.send("\r").unwrap();
            if part == "alone" {
                p.expect("your own safety").unwrap();
                p.send("\r").unwrap();
            }
            for n in 1..=total {
                p.expect(Regex(format!(
                    r"{me}'s turn, {part}[^\n]*\r\n{n}/{total}  "
                )))
                .unwrap_or_else(|e| panic!("{me} {part} item {n}: {e}"));
                p.send(value).unwrap();
            }
            finish_review(&mut p);
            if part == "alone" {
                p.expect(format!("{me}, your private results")).unwrap();
                p.send("\r").unwrap();
                p.expect(format!("Thank you, {me}.")).unwrap();
                p.send("\r").unwrap();
            }
        }
    }
    p.expect("Finish without showing it").unwrap();
    p.send("f").unwrap();
    p.expect("The answers and the reports are saved in")
        .unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);

    // Each saved file has its private (risk) answers: Ana 3, Ben 1, both above the
    // risk-threats alert's threshold of 1.
    for (file, value) in [("ana.json", 3), ("ben.json", 1)] {
        let path = sessions.join(file);
        assert_eq!(answers_of(&path)["risk-partner-1"], value, "{file}");
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(
        !text.contains("risk"),
        "no private dimension or rule in the joint report: {text}"
    );
    let joint: Value = serde_json::from_str(&text).unwrap();
    util::assert_fits_schema("report", &joint);
    assert_eq!(joint["respondents"], serde_json::json!(["Ana", "Ben"]));
    assert!(joint["notes"].as_array().unwrap().iter().any(|n| {
        n.as_str()
            .unwrap()
            .starts_with("Some questions are private")
    }));

    // Each person's own report still shows their alert.
    let own = util::process()
        .args([
            "score",
            sessions.join("ben.json").to_str().unwrap(),
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&own.stdout).contains("\"risk-threats\""));
}

/// The report on a terminal, with `env` set (NO_COLOR is not set unless `env` sets it).
fn report_on_a_terminal(env: &[(&str, &str)]) -> String {
    let mut cmd = util::process();
    cmd.args(["score", "examples/alex.json", "examples/sam.json"])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.get_process_mut().set_window_size(100, 40).unwrap();
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    let out = p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);
    String::from_utf8_lossy(out.as_bytes()).into_owned()
}

#[test]
fn colour_on_a_terminal_unless_no_color_or_a_dumb_terminal() {
    // On a terminal the bars and headings are coloured (an SGR colour sequence, ESC [ 3x)...
    let coloured = report_on_a_terminal(&[]);
    assert!(coloured.contains("\x1b[3"), "coloured on a terminal");
    assert!(coloured.contains("Power bases"));
    // ...and NO_COLOR or TERM=dumb turn it off, while the report is the same text.
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let plain = report_on_a_terminal(&env);
        assert!(plain.contains("Power bases"), "{env:?}");
        assert!(!plain.contains('\x1b'), "{env:?}: no escape codes at all");
    }
}

/// `score --jsonl` at a terminal answers each line as it is typed or pasted: the report of
/// the first line is on the screen before a second is given, on one thread and on two, and
/// Ctrl-D then ends the run with exit 0.
#[test]
fn score_jsonl_at_a_terminal_answers_each_line_as_it_comes() {
    let text = std::fs::read_to_string("examples/alex.json").unwrap();
    let line = serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
    for jobs in ["1", "2"] {
        let data = tempfile::tempdir().unwrap();
        let mut p = spawn(&["score", "--jsonl", "--lean", "--jobs", jobs], data.path());
        p.send_line(&line).unwrap();
        // The report's first field; the line typed (echoed) names its questionnaire as a
        // string, not as this object.
        p.expect(r#"{"questionnaire":{"id":"relationship""#)
            .unwrap_or_else(|e| panic!("--jobs {jobs}: no report while the terminal waits: {e}"));
        p.send(ControlCode::EndOfTransmission).unwrap();
        p.expect(Eof).unwrap();
        assert_eq!(exit_code(&p), 0, "--jobs {jobs}");
    }
}
