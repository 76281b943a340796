//! `score --jsonl` run as a user runs it: JSON Lines in, one report per line out.
//!
//! The lines are made from the example couple (`examples/alex.json`, `examples/sam.json`), so
//! every batch report can be checked against the report `score` gives for the same answers
//! one file at a time.

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::process::{Command as StdCommand, Stdio};

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{self, powerbalance};

/// An example file as one line of JSON.
fn example(name: &str) -> String {
    let text = std::fs::read_to_string(format!("examples/{name}.json")).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    serde_json::to_string(&value).unwrap()
}

/// Alex alone, Sam alone, then the couple as an array of two: three lines.
fn three_lines() -> String {
    let (alex, sam) = (example("alex"), example("sam"));
    format!("{alex}\n{sam}\n[{alex},{sam}]\n")
}

/// The report `score` gives for the example files, one at a time.
fn one_file_report(files: &[&str], extra: &[&str]) -> Value {
    let out = powerbalance()
        .arg("score")
        .args(files)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success());
    let report = serde_json::from_slice(&out.stdout).unwrap();
    util::assert_fits_schema("report", &report);
    report
}

/// A batch report without the `source` and `line` that name its input (SPEC §10), which a
/// report of a whole file does not carry, after checking they are `source` and `line`.
fn without_source(mut report: Value, source: &str, line: u64) -> Value {
    let object = report.as_object_mut().unwrap();
    assert_eq!(object.remove("source"), Some(Value::from(source)));
    assert_eq!(object.remove("line"), Some(Value::from(line)));
    report
}

fn lines_of(stdout: &[u8]) -> Vec<Value> {
    util::json_lines_fitting("report", stdout)
}

/// A named pipe `name` made in `dir` (`mkfifo`).
fn named_pipe(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let fifo = dir.join(name);
    let made = StdCommand::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo {}", fifo.display());
    fifo
}

fn temp_file(content: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .unwrap();
    f.write_all(content.as_bytes()).unwrap();
    f
}

#[test]
fn each_line_gives_the_report_score_gives_for_that_file() {
    let out = powerbalance()
        .args(["score", "--jsonl"])
        .write_stdin(three_lines())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let reports: Vec<Value> = (1..)
        .zip(lines_of(&out.stdout))
        .map(|(n, r)| without_source(r, "-", n))
        .collect();
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0], one_file_report(&["examples/alex.json"], &[]));
    assert_eq!(reports[1], one_file_report(&["examples/sam.json"], &[]));
    assert_eq!(
        reports[2],
        one_file_report(&["examples/alex.json", "examples/sam.json"], &[])
    );
    // Each respondent's `completed` time, in `respondents` order.
    assert_eq!(
        reports[2]["completed"],
        serde_json::json!(["2026-11-20T19:17:40Z", "2026-11-20T19:38:29Z"])
    );
    assert_eq!(
        reports[2]["respondents"],
        serde_json::json!(["Alex", "Sam"])
    );
}

#[test]
fn show_private_applies_to_every_line() {
    let out = powerbalance()
        .args(["score", "--jsonl", "--show-private"])
        .write_stdin(three_lines())
        .output()
        .unwrap();
    assert!(out.status.success());
    let reports = lines_of(&out.stdout);
    assert_eq!(
        without_source(reports[2].clone(), "-", 3),
        one_file_report(
            &["examples/alex.json", "examples/sam.json"],
            &["--show-private"]
        )
    );
    assert!(reports[2]["people"][0]["scores"].get("risk").is_some());
}

#[test]
fn files_and_stdin_read_alike_and_line_numbers_restart_per_file() {
    let file = temp_file(&three_lines());
    let path = file.path().to_str().unwrap();
    let from_file = powerbalance()
        .args(["score", "--jsonl", path])
        .output()
        .unwrap();
    let from_dash = powerbalance()
        .args(["score", "--jsonl", "-"])
        .write_stdin(three_lines())
        .output()
        .unwrap();
    assert!(from_file.status.success() && from_dash.status.success());
    // The same reports, but for the input each names.
    let (file_reports, dash_reports) = (lines_of(&from_file.stdout), lines_of(&from_dash.stdout));
    assert_eq!(file_reports.len(), 3);
    for (n, (f, d)) in (1..).zip(file_reports.into_iter().zip(dash_reports)) {
        assert_eq!(without_source(f, path, n), without_source(d, "-", n));
    }

    // Two files, in order: six reports. In CSV, one header, and rows numbered by the line
    // of their own file.
    let out = powerbalance()
        .args(["score", "--jsonl", path, path, "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 1 + 6 * 2, "one header, two rows per report");
    assert!(rows[0].starts_with("report,questionnaire,"));
    let numbers: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r.split(',').next().unwrap())
        .collect();
    assert_eq!(
        numbers,
        ["1", "1", "2", "2", "3", "3", "1", "1", "2", "2", "3", "3"]
    );
    // `source` and `line` make (source, line, person) a key across files.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (source, line, person) = (at("source"), at("line"), at("person"));
    let keys: std::collections::BTreeSet<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[source].to_owned(),
                r[line].to_owned(),
                r[person].to_owned(),
            )
        })
        .collect();
    assert_eq!(
        keys.len(),
        6,
        "two inputs, three lines each, one person per row: {keys:?}"
    );
    assert!(keys.contains(&(path.to_owned(), "3".to_owned(), "Sam".to_owned())));

    // --no-header leaves out the header, and only it.
    let bare = powerbalance()
        .args([
            "score",
            "--jsonl",
            path,
            path,
            "--format",
            "csv",
            "--no-header",
        ])
        .output()
        .unwrap();
    assert!(bare.status.success());
    assert_eq!(
        String::from_utf8(bare.stdout).unwrap(),
        text.split_once('\n').unwrap().1
    );
}

#[test]
fn csv_rows_are_the_one_file_csv_rows() {
    let out = powerbalance()
        .args(["score", "--jsonl", "--format", "csv"])
        .write_stdin(format!("\n{}\r\n", example("alex")))
        .output()
        .unwrap();
    assert!(out.status.success());
    let single = powerbalance()
        .args(["score", "examples/alex.json", "--format", "csv"])
        .output()
        .unwrap();
    // A blank line is skipped; the report is numbered by its line (2), not by its order,
    // and names its input (`-`, written `'-` as every text cell that begins with `-`) and
    // line, where a report of a whole file leaves them empty.
    let batch = String::from_utf8(out.stdout).unwrap();
    let expected = String::from_utf8(single.stdout)
        .unwrap()
        .replace("\n1,", "\n2,")
        .replace(",,,2026-11-20T19:17:40Z\n", ",'-,2,2026-11-20T19:17:40Z\n")
        .replace(",,,\n", ",'-,2,\n");
    assert_eq!(batch, expected);
}

#[test]
fn a_bad_line_stops_the_run_naming_file_line_and_column() {
    let alex = example("alex");
    let file = temp_file(&format!(
        "{alex}\n{alex}\n{{\"respondent\": oops}}\n{alex}\n"
    ));
    let path = file.path().to_str().unwrap();
    let out = powerbalance()
        .args(["score", "--jsonl", path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "error: {path}:3:16: invalid answers JSON: expected value"
        )),
        "{stderr}"
    );
    // The lines before it were scored and written.
    assert_eq!(lines_of(&out.stdout).len(), 2);
}

#[test]
fn a_line_with_a_wrong_answer_names_its_line_and_the_item() {
    let sam = example("sam");
    let bad = sam.replace("\"value-self-1\":", "\"valeu-self-1\":");
    let off = sam.replacen("\"value-self-1\":3", "\"value-self-1\":7", 1);
    assert_ne!(off, sam, "the example has value-self-1 = 3");
    // The column is the answer's key on its line (1-based).
    let column = sam.find("\"value-self-1\":").unwrap() + 1;
    for (line, expected) in [
        (
            &bad,
            format!(
                "<stdin>:2:{column}: unknown item `valeu-self-1` in Sam's answers (did you mean `value-self-1`?)"
            ),
        ),
        (
            &off,
            format!(
                "<stdin>:2:{column}: item `value-self-1` in Sam's answers: 7 is off the scale; allowed: a whole number from 1 to 5"
            ),
        ),
    ] {
        powerbalance()
            .args(["score", "--jsonl"])
            .write_stdin(format!("{sam}\n{line}\n"))
            .assert()
            .code(65)
            .stderr(predicate::str::contains(expected));
    }
}

#[test]
fn skip_invalid_reports_each_bad_line_and_a_count_and_exits_0() {
    let alex = example("alex");
    let no_questionnaire = alex.replace("\"questionnaire\":\"relationship\",", "");
    let input = format!("{alex}\nnot json\n{alex}\n{no_questionnaire}\n[{alex}]\n");
    let out = powerbalance()
        .args(["score", "--jsonl", "--skip-invalid"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines_of(&out.stdout).len(), 3, "lines 1, 3 and 5 score");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].starts_with("warning: skipped <stdin>:2:2: invalid answers JSON"));
    assert!(
        lines[1]
            .starts_with("warning: skipped <stdin>:4: the answers have no `questionnaire` field")
    );
    assert_eq!(lines[2], "warning: skipped 2 invalid lines of 5 read");
}

#[test]
fn a_couple_per_line_must_pair_up() {
    let (alex, sam) = (example("alex"), example("sam"));
    let jo = sam.replace("\"partner\":\"Alex\"", "\"partner\":\"Jo\"");
    powerbalance()
        .args(["score", "--jsonl"])
        .write_stdin(format!("[{alex},{sam}]\n[{alex},{jo}]\n"))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>:2: the names do not pair up",
        ));
    powerbalance()
        .args(["score", "--jsonl"])
        .write_stdin(format!("[{alex},{sam},{sam}]\n"))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>:1: the array holds 3 answer objects",
        ));
}

#[test]
fn questionnaire_per_line_or_from_q() {
    let short = powerbalance()
        .args(["simulate", "-q", "relationship-short", "--count", "2"])
        .output()
        .unwrap();
    let short = String::from_utf8(short.stdout).unwrap();
    let mixed = format!("{}{short}", three_lines());
    // JSON Lines may mix questionnaires; each line names its own.
    let out = powerbalance()
        .args(["score", "--jsonl"])
        .write_stdin(mixed.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    let ids: Vec<String> = lines_of(&out.stdout)
        .iter()
        .map(|r| r["questionnaire"]["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ids,
        [
            "relationship",
            "relationship",
            "relationship",
            "relationship-short",
            "relationship-short"
        ]
    );
    // A CSV has one set of columns, so a second questionnaire is an error.
    powerbalance()
        .args(["score", "--jsonl", "--format", "csv"])
        .write_stdin(mixed)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>:4: these answers are for questionnaire `relationship-short`, but the lines before were for `relationship`",
        ));
    // With -q, lines need no `questionnaire` field.
    let bare = short.replace("\"questionnaire\":\"relationship-short\",", "");
    powerbalance()
        .args(["score", "--jsonl", "-q", "relationship-short"])
        .write_stdin(bare)
        .assert()
        .success()
        .stdout(predicate::function(|s: &str| s.lines().count() == 2));
}

#[test]
fn tables_are_not_a_batch_format_and_skip_invalid_needs_jsonl() {
    powerbalance()
        .args(["score", "--jsonl", "--format", "table"])
        .write_stdin(three_lines())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`--jsonl` writes `--format json`"));
    powerbalance()
        .args(["score", "--skip-invalid", "examples/alex.json"])
        .assert()
        .code(2);
}

#[test]
fn fail_on_reads_every_report() {
    // Sam's own answers fire an alert (a private rule about Sam's safety).
    let sam_alert = one_file_report(&["examples/sam.json"], &[])["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["severity"] == "alert");
    assert!(
        sam_alert,
        "the example relies on Sam's own report holding an alert"
    );
    powerbalance()
        .args(["score", "--jsonl", "--fail-on", "alert"])
        .write_stdin(three_lines())
        .assert()
        .code(3);
    powerbalance()
        .args(["score", "--jsonl", "--fail-on", "alert"])
        .write_stdin(format!("{}\n", example("alex")))
        .assert()
        .code(0);
}

#[test]
fn output_file_is_written_whole_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.jsonl");
    powerbalance()
        .args(["score", "--jsonl", "-o"])
        .arg(&path)
        .write_stdin(three_lines())
        .assert()
        .success()
        .stdout("");
    let written = std::fs::read(&path).unwrap();
    assert_eq!(lines_of(&written).len(), 3);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // A bad line leaves no file behind.
    let broken = dir.path().join("broken.jsonl");
    powerbalance()
        .args(["score", "--jsonl", "-o"])
        .arg(&broken)
        .write_stdin(format!("{}{{\n", three_lines()))
        .assert()
        .code(65);
    assert!(!broken.exists());
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let file = temp_file(&three_lines().repeat(2000));
    powerbalance()
        .args(["score", "--jsonl"])
        .arg(file.path())
        .assert()
        .success()
        .stderr("");
}

#[test]
fn a_closed_stdout_pipe_ends_a_batch_quietly() {
    let file = temp_file(&three_lines().repeat(3000));
    let mut child = util::process()
        .args(["score", "--jsonl"])
        .arg(file.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one chunk, then go away, as `head -1` does.
    let mut first = [0u8; 100];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!((status.code(), stderr.as_str()), (Some(0), ""));
}

#[test]
fn output_to_a_pipe_is_written_to_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = named_pipe(dir.path(), "reports.pipe");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    powerbalance()
        .args(["score", "--jsonl", "-o"])
        .arg(&fifo)
        .write_stdin(three_lines())
        .assert()
        .success();
    // Checked first: were the pipe replaced, the reader would wait for ever.
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind),
        "the pipe is still a pipe"
    );
    assert_eq!(lines_of(&reader.join().unwrap()).len(), 3);
}

/// Lines of both versions, mixed, and of the 2.0.0 features (`about = "both"`, gates, a value
/// for an item that does not apply): each line's report is the one `score` gives for the
/// same answers one file at a time, so the fast path reads them as the one-file path does.
#[test]
fn each_version_scores_with_its_own_questionnaire_line_by_line() {
    let (alex, sam) = (example("alex-2"), example("sam-2"));
    // Sam answers a children item though saying there are no children: it does not apply,
    // is left out, and the report says so.
    let no_children = sam
        .replace("\"situation-children\":1", "\"situation-children\":0")
        .replace("\"risk-children-taken\":0", "\"risk-children-taken\":2");
    let sam_file = temp_file(&no_children);
    let old = three_lines();
    let input = format!("[{alex},{sam}]\n{old}{alex}\n[{alex},{no_children}]\n");
    let out = powerbalance()
        .args(["score", "--jsonl", "--show-private"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Each batch report names its input (SPEC §10); the one-file reports do not.
    let mut reports = lines_of(&out.stdout);
    for (n, r) in reports.iter_mut().enumerate() {
        let r = r.as_object_mut().unwrap();
        assert_eq!(r.remove("source").unwrap(), "-");
        assert_eq!(r.remove("line").unwrap(), n + 1);
    }
    let versions: Vec<&str> = reports
        .iter()
        .map(|r| r["questionnaire"]["version"].as_str().unwrap())
        .collect();
    assert_eq!(
        versions,
        ["2.0.0", "1.0.0", "1.0.0", "1.0.0", "2.0.0", "2.0.0"]
    );
    let private = ["--show-private"];
    assert_eq!(
        reports[0],
        one_file_report(&["examples/alex-2.json", "examples/sam-2.json"], &private)
    );
    assert_eq!(
        reports[3],
        one_file_report(&["examples/alex.json", "examples/sam.json"], &private)
    );
    assert_eq!(
        reports[4],
        one_file_report(&["examples/alex-2.json"], &private)
    );
    let path = sam_file.path().to_str().unwrap();
    assert_eq!(
        reports[5],
        one_file_report(&["examples/alex-2.json", path], &private)
    );
    assert!(
        reports[5]["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().starts_with("Left out of Sam's answers")),
        "{}",
        reports[5]["notes"]
    );
    // With -q naming the other version, a line that names its version is refused, saying how.
    powerbalance()
        .args(["score", "--jsonl", "-q", "relationship"])
        .write_stdin(format!("{}\n", example("alex")))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers are for version 1.0.0 of `relationship`, but version 2.0.0 was loaded",
        ))
        .stderr(predicate::str::contains("-q relationship@1.0.0"));
}

/// `--jobs N` scores on N threads; the output, the messages and the exit code are those of
/// `--jobs 1` byte for byte, in every format, over enough lines to fill many of the chunks
/// the threads are handed, and with bad lines in the middle: a syntax error, a blank line,
/// and lines of another questionnaire (which a CSV cannot hold).
#[test]
fn jobs_write_what_one_thread_writes() {
    let simulate = |args: &[&str]| {
        let out = powerbalance().arg("simulate").args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let singles = simulate(&["--count", "1200", "--seed", "5"]);
    let couples = simulate(&["--count", "300", "--seed", "6", "--pairs"]);
    let workplace = simulate(&["-q", "workplace", "--count", "3", "--seed", "7"]);
    let half: Vec<&str> = singles.lines().collect();
    let mut awkward = half[..700].join("\n");
    awkward.push_str("\n{\"respondent\": \"X\"\n\n");
    awkward.push_str(&workplace);
    awkward.push_str(&half[700..].join("\r\n"));
    let files = [
        temp_file(&singles),
        temp_file(&couples),
        temp_file(&awkward),
    ];
    let run = |file: &std::path::Path, args: &[&str], jobs: &str| {
        powerbalance()
            .args(["score", "--jsonl"])
            .arg(file)
            .args(args)
            .args(["--jobs", jobs])
            .output()
            .unwrap()
    };
    let mut compared = 0;
    for file in &files {
        for format in ["json", "csv"] {
            for extra in [
                &[][..],
                &["--skip-invalid"],
                &["--show-private"],
                &["--skip-invalid", "--no-header"],
            ] {
                if format == "json" && extra.contains(&"--no-header") {
                    continue;
                }
                let args: Vec<&str> = ["--format", format].iter().chain(extra).copied().collect();
                let one = run(file.path(), &args, "1");
                for jobs in ["2", "3"] {
                    let many = run(file.path(), &args, jobs);
                    let what = format!("{args:?} --jobs {jobs}");
                    assert_eq!(one.status.code(), many.status.code(), "{what}");
                    assert!(one.stdout == many.stdout, "stdout differs: {what}");
                    assert_eq!(
                        String::from_utf8_lossy(&one.stderr),
                        String::from_utf8_lossy(&many.stderr),
                        "{what}"
                    );
                    compared += 1;
                }
            }
        }
    }
    assert_eq!(compared, 3 * 7 * 2);

    // Several inputs in one run, the threads kept from one to the next: each report names
    // its own input, a CSV has one header; and a file small enough to score on one thread
    // among them (its one line), the same bytes whatever the threads.
    let small = temp_file(workplace.lines().next().unwrap());
    let several = |args: &[&str], jobs: &str| {
        let cmd = powerbalance()
            .args(["score", "--jsonl", "--skip-invalid", "--jobs", jobs])
            .args([
                files[0].path(),
                files[2].path(),
                small.path(),
                files[0].path(),
            ])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(cmd.status.code(), Some(0), "{args:?} --jobs {jobs}");
        cmd
    };
    for format in ["json", "csv"] {
        let args = &["--format", format];
        let one = several(args, "1");
        let names = |file: &tempfile::NamedTempFile| {
            let name = serde_json::to_string(&file.path().display().to_string()).unwrap();
            String::from_utf8_lossy(&one.stdout).matches(&name).count()
        };
        if format == "json" {
            // Each line's report names its input: the first file's twice over.
            assert_eq!(
                (names(&files[0]), names(&files[2])),
                (2 * 1200, 700 + 3 + 500)
            );
            assert_eq!(names(&small), 1);
        }
        for jobs in ["2", "3"] {
            let many = several(args, jobs);
            assert!(
                one.stdout == many.stdout,
                "stdout differs: {args:?} --jobs {jobs}"
            );
            assert_eq!(one.stderr, many.stderr, "{args:?} --jobs {jobs}");
        }
    }

    // From standard input (`-`), which a pipe fills a piece at a time, the same bytes too.
    let awkward_text = std::fs::read(files[2].path()).unwrap();
    let from_stdin = |jobs: &str| {
        powerbalance()
            .args(["score", "--jsonl", "-", "--skip-invalid", "--jobs", jobs])
            .write_stdin(awkward_text.clone())
            .output()
            .unwrap()
    };
    let (one, many) = (from_stdin("1"), from_stdin("2"));
    assert_eq!(one.status.code(), many.status.code());
    assert!(
        !one.stdout.is_empty() && one.stdout == many.stdout,
        "stdin, --jobs 2"
    );
    assert_eq!(one.stderr, many.stderr);

    // The bad line stops the run there, with the reports of the 700 lines before it written
    // and nothing after them, whatever the number of threads.
    let stopped = run(files[2].path(), &[], "2");
    assert_eq!(stopped.status.code(), Some(65));
    assert_eq!(lines_of(&stopped.stdout).len(), 700);
    let stderr = String::from_utf8_lossy(&stopped.stderr);
    assert!(stderr.contains(":701:"), "{stderr}");
    // With --skip-invalid, a CSV skips the workplace lines, and JSON keeps them.
    let csv = run(files[2].path(), &["--format", "csv", "--skip-invalid"], "2");
    let rows = String::from_utf8(csv.stdout).unwrap().lines().count();
    assert_eq!(
        rows,
        1 + 2 * 1200,
        "a header and two rows per relationship line"
    );
    let stderr = String::from_utf8_lossy(&csv.stderr);
    assert!(
        stderr.contains("skipped 4 invalid lines of 1204 read"),
        "{stderr}"
    );
    let json = run(files[2].path(), &["--skip-invalid"], "2");
    assert_eq!(lines_of(&json.stdout).len(), 1203);
}

/// An input that cannot be read (a folder given where a file of lines goes) stops the run
/// with a read error naming it, after the reports of the inputs before it, on one thread and
/// on several alike.
#[test]
fn an_unreadable_input_stops_the_run_after_the_reports_before_it_on_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("lines.jsonl");
    let out = powerbalance()
        .args(["simulate", "--count", "3", "--seed", "2"])
        .output()
        .unwrap();
    std::fs::write(&lines, &out.stdout).unwrap();
    let run = |jobs: &str| {
        powerbalance()
            .args(["score", "--jsonl", "--jobs", jobs])
            .arg(&lines)
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let one = run("1");
    let stderr = String::from_utf8_lossy(&one.stderr);
    assert_eq!(one.status.code(), Some(1), "{stderr}");
    assert_eq!(lines_of(&one.stdout).len(), 3, "the first input's reports");
    assert_eq!(
        stderr,
        format!(
            "error: reading answers `{}`: it is a folder, not a file\n",
            dir.path().display()
        )
    );
    for jobs in ["2", "3"] {
        let many = run(jobs);
        assert_eq!(many.status.code(), one.status.code(), "--jobs {jobs}");
        assert!(many.stdout == one.stdout, "--jobs {jobs}: other reports");
        assert_eq!(many.stderr, one.stderr, "--jobs {jobs}");
    }
}

/// A child's standard output as it comes, read on a thread of its own.
struct Arriving {
    came: std::sync::mpsc::Receiver<Vec<u8>>,
    reader: std::thread::JoinHandle<()>,
    out: Vec<u8>,
}

impl Arriving {
    fn from(child: &mut std::process::Child) -> Self {
        let mut stdout = child.stdout.take().unwrap();
        let (send, came) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut buf) {
                send.send(buf[..n].to_vec()).unwrap();
            }
        });
        Arriving {
            came,
            reader,
            out: Vec::new(),
        }
    }

    /// Waits for `want` lines in all, failing with `what` if they do not come (a guard of
    /// 60 s against waiting for ever: they come at once): how many have come.
    fn lines(&mut self, want: usize, what: &str) -> usize {
        let count = |out: &[u8]| out.iter().filter(|&&b| b == b'\n').count();
        while count(&self.out) < want {
            let piece = self.came.recv_timeout(std::time::Duration::from_secs(60));
            self.out
                .extend(piece.unwrap_or_else(|_| panic!("{what} did not come")));
        }
        count(&self.out)
    }

    /// All of it, once the child has closed its standard output.
    fn all(mut self) -> Vec<u8> {
        self.reader.join().unwrap();
        self.out.extend(self.came.try_iter().flatten());
        self.out
    }
}

/// A program that writes one line, reads its report, and only then writes the next (a
/// coprocess) gets each report while the input is still open: the output is handed on
/// whenever the input has no more yet, on one thread and on several, JSON and CSV, from
/// standard input and from a named pipe. All told, the output is byte for byte that of the
/// same lines read from a file.
#[test]
fn each_report_comes_while_the_input_waits_for_the_next_line() {
    let lines = three_lines().repeat(2);
    let file = temp_file(&lines);
    let dir = tempfile::tempdir().unwrap();
    let fifo = named_pipe(dir.path(), "lines.pipe");
    let mut compared = 0;
    for jobs in ["1", "2"] {
        for format in ["json", "csv"] {
            for named in [false, true] {
                let what = format!("--jobs {jobs} -f {format}, named pipe {named}");
                let mut cmd = util::process();
                cmd.args(["score", "--jsonl", "--jobs", jobs, "-f", format]);
                if named {
                    cmd.arg(&fifo).stdin(Stdio::null());
                } else {
                    cmd.stdin(Stdio::piped());
                }
                let mut child = cmd.stdout(Stdio::piped()).spawn().unwrap();
                let mut input: Box<dyn Write> = match child.stdin.take() {
                    Some(stdin) => Box::new(stdin),
                    None => Box::new(std::fs::OpenOptions::new().write(true).open(&fifo).unwrap()),
                };
                let mut out = Arriving::from(&mut child);
                for (i, line) in lines.lines().enumerate() {
                    input.write_all(line.as_bytes()).unwrap();
                    input.write_all(b"\n").unwrap();
                    input.flush().unwrap();
                    // JSON: a report a line; CSV: a header, then two rows a line.
                    let want = if format == "json" {
                        i + 1
                    } else {
                        1 + 2 * (i + 1)
                    };
                    let came = out.lines(want, &format!("{what}: the report of line {}", i + 1));
                    assert_eq!(came, want, "{what}: no more than the lines so far");
                }
                drop(input);
                let out = out.all();
                assert!(child.wait().unwrap().success(), "{what}");
                // The same lines from a file, named as the pipe was: `-`, or the file for
                // the named pipe.
                let mut whole = util::process();
                whole.args(["score", "--jsonl", "-f", format]);
                let mut out = String::from_utf8(out).unwrap();
                if named {
                    whole.arg(file.path());
                    let (pipe, file) = (fifo.to_str().unwrap(), file.path().to_str().unwrap());
                    out = out.replace(pipe, file);
                } else {
                    whole.stdin(std::fs::File::open(file.path()).unwrap());
                }
                let whole = whole.output().unwrap();
                assert!(whole.status.success());
                assert_eq!(out, String::from_utf8(whole.stdout).unwrap(), "{what}");
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 8);
}

/// A bad line stops the run while its input is still open, the reports before it written,
/// on several threads as on one: the thread waiting for more input is told to wait no more.
#[test]
fn a_bad_line_stops_the_run_while_the_input_stays_open() {
    use std::time::{Duration, Instant};
    let (alex, sam) = (example("alex"), example("sam"));
    for jobs in ["1", "2", "3"] {
        let mut child = util::process()
            .args(["score", "--jsonl", "--jobs", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        write!(stdin, "{alex}\n{sam}\n{{\"respondent\"\n").unwrap();
        stdin.flush().unwrap();
        // Only a guard against waiting for ever: the run stops at once.
        let since = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(
                since.elapsed() < Duration::from_secs(60),
                "--jobs {jobs}: still running with the input open"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(status.code(), Some(65), "--jobs {jobs}: {stderr}");
        assert_eq!(lines_of(&out.stdout).len(), 2, "--jobs {jobs}");
        assert!(
            stderr.starts_with("error: <stdin>:3:"),
            "--jobs {jobs}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "--jobs {jobs}: {stderr}");
    }
}

/// Standard input left non-blocking by whoever started the run (Node.js and some shells do)
/// is waited on, not taken for a failed read, by `score --jsonl` and by `stats`: `score`
/// used to stop at once with "Resource temporarily unavailable", exit 1. The wait is a
/// wait: on Linux, half a second of it is checked to cost next to no processor time (`stats`
/// used to spin on the empty pipe, a whole processor while it waited).
#[test]
fn a_non_blocking_standard_input_is_waited_on() {
    use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
    for args in [
        &["score", "--jsonl", "--jobs", "1"][..],
        &["score", "--jsonl", "--jobs", "2"],
        &["stats", "-f", "json"],
    ] {
        let (reader, writer) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).unwrap();
        fcntl_setfl(&reader, fcntl_getfl(&reader).unwrap() | OFlags::NONBLOCK).unwrap();
        let child = util::process()
            .args(args)
            .stdin(std::fs::File::from(reader))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Time for the run to find the pipe empty (were it not yet reading, it passes anyway).
        std::thread::sleep(std::time::Duration::from_millis(300));
        if cfg!(target_os = "linux") {
            let before = processor_ticks(child.id());
            std::thread::sleep(std::time::Duration::from_millis(500));
            let spent = processor_ticks(child.id()) - before;
            // A spinning wait takes about 50 ticks (half a second); 0 to 2 is the norm.
            assert!(
                spent <= 10,
                "{args:?}: {spent} ticks of processor time in half a second of waiting"
            );
        }
        let mut writer = std::fs::File::from(writer);
        writer.write_all(three_lines().as_bytes()).unwrap();
        drop(writer);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!((out.status.code(), &*stderr), (Some(0), ""), "{args:?}");
        if args[0] == "score" {
            assert_eq!(lines_of(&out.stdout).len(), 3, "{args:?}");
        } else {
            let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert!(stats.is_object(), "{args:?}");
        }
    }
}

/// The processor time (user and system) that process `pid` has used so far, in the clock
/// ticks of `/proc/PID/stat` (Linux's `USER_HZ`, a hundredth of a second): its 14th and 15th
/// fields, counted after the name in brackets. Linux only; other Unix systems have no such
/// file, and the check that reads it is left out there.
fn processor_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// With several inputs, the reports of one are written before the next is opened: a named
/// pipe next waits for its writer, and a program that writes it only once it has read the
/// reports before is not left waiting.
#[test]
fn the_reports_of_an_input_come_before_the_next_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = named_pipe(dir.path(), "more.pipe");
    let file = temp_file(&three_lines());
    for jobs in ["1", "2"] {
        let mut child = util::process()
            .args(["score", "--jsonl", "--jobs", jobs])
            .arg(file.path())
            .arg(&fifo)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = Arriving::from(&mut child);
        out.lines(3, "the first input's reports before the pipe is opened");
        let mut pipe = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
        pipe.write_all(example("alex").as_bytes()).unwrap();
        drop(pipe);
        let out = out.all();
        assert!(child.wait().unwrap().success(), "--jobs {jobs}");
        assert_eq!(lines_of(&out).len(), 4, "--jobs {jobs}");
    }
}

#[test]
fn jobs_must_be_at_least_one() {
    powerbalance()
        .args(["score", "--jsonl", "--jobs", "0"])
        .write_stdin(three_lines())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--jobs"));
}

/// `--lean` leaves out, and only leaves out, the text every line of a questionnaire shares:
/// each rule's `prompt` and `basis` and the report's `resources`; the rule ids stay. Lean
/// lines fit the report schema, on one thread and on several alike.
#[test]
fn lean_reports_are_the_reports_without_the_shared_text() {
    let input = format!("{}{}", three_lines(), three_lines());
    let run = |extra: &[&str]| {
        let out = powerbalance()
            .args(["score", "--jsonl", "--show-private"])
            .args(extra)
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let full = lines_of(&run(&["--jobs", "1"]));
    let lean_bytes = run(&["--lean", "--jobs", "1"]);
    assert_eq!(lean_bytes, run(&["--lean", "--jobs", "2"]));
    let lean = lines_of(&lean_bytes);
    assert_eq!(full.len(), 6);
    let mut left_out = 0;
    for (mut full, lean) in full.into_iter().zip(lean) {
        let report = full.as_object_mut().unwrap();
        left_out += usize::from(report.remove("resources").is_some());
        for warning in report["warnings"].as_array_mut().unwrap() {
            let warning = warning.as_object_mut().unwrap();
            left_out += usize::from(warning.remove("prompt").is_some());
            left_out += usize::from(warning.remove("basis").is_some());
            assert!(warning.contains_key("rule"));
        }
        assert_eq!(full, lean);
    }
    assert!(
        left_out > 6,
        "the example couple's reports have rules with prompts"
    );
}

/// `scripts/alternate_runs.py`, which the README's *Speed* uses to time two binaries in
/// turn: both are run the number of rounds asked, each median is printed, and a run that
/// fails stops it with that run's exit code.
#[test]
fn alternate_runs_times_both_binaries_and_stops_on_a_failure() {
    if StdCommand::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no python3 here");
        return;
    }
    let script = |args: &[&str]| {
        std::process::Command::new("python3")
            .arg("scripts/alternate_runs.py")
            .args([util::bin(), util::bin(), "--rounds", "3", "--"])
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let ok = script(&["simulate", "--count", "3"]);
    let text = String::from_utf8_lossy(&ok.stdout);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("first: median "), "{text}");
    assert!(
        lines[0].ends_with(&format!("(3 runs of {})", util::bin())),
        "{text}"
    );
    assert!(lines[1].starts_with("second: median "), "{text}");
    assert!(
        lines[2].starts_with("second over first, medians: "),
        "{text}"
    );
    // A usage error is 2, not the 1 of any failure.
    let failed = script(&["score", "--no-such-flag"]);
    assert_eq!(failed.status.code(), Some(2));
    assert!(failed.stdout.is_empty());
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(
        said.ends_with(" score --no-such-flag exited with 2\n"),
        "{said}"
    );
}
