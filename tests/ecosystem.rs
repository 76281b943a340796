//! What fits powerbalance into a shell and other tools, run as a user runs it: completions,
//! the man page, `--help` and `--version`, the JSON Schemas, and FHIR.

use std::io::Write;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

mod util;
use util::{assert_fits_schema, json_lines_fitting, schema_errors};

fn powerbalance() -> Command {
    let mut cmd = Command::cargo_bin("powerbalance").unwrap();
    cmd.env_remove("NO_COLOR").env("TERM", "dumb");
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = powerbalance().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `tool` is on PATH; prints why a test skips when it is not.
fn have(tool: &str) -> bool {
    let found = Process::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: `{tool}` is not installed (.ci/run installs it)");
    }
    found
}

/// Runs `program args` with `input` on stdin; returns its exit status and stderr.
fn run_with_input(program: &str, args: &[&str], input: &str) -> (bool, String) {
    let mut child = Process::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bash_completions_parse_and_complete_every_command() {
    let script = stdout_of(&["completions", "bash"]);
    for command in ["score", "completions", "manpage", "--jsonl"] {
        assert!(script.contains(command), "bash completions lack {command}");
    }
    if have("bash") {
        let (ok, stderr) = run_with_input("bash", &["-n"], &script);
        assert!(ok, "bash -n: {stderr}");
    }
}

#[test]
fn completions_for_every_shell_name_the_binary() {
    for (shell, mark) in [
        ("zsh", "#compdef powerbalance"),
        ("fish", "complete -c powerbalance"),
        ("elvish", "edit:completion:arg-completer[powerbalance]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        assert!(stdout_of(&["completions", shell]).contains(mark), "{shell}");
    }
    powerbalance()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: bash"));
}

#[test]
fn the_man_page_renders_clean_with_every_section() {
    let page = stdout_of(&["manpage"]);
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH COMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH VERSION",
    ] {
        assert!(page.contains(section), "the man page lacks {section}");
    }
    if !have("groff") {
        return;
    }
    // -ww: every warning; -z: no output, only the diagnostics.
    let (ok, stderr) = run_with_input("groff", &["-man", "-Tutf8", "-ww", "-z"], &page);
    assert!(ok && stderr.is_empty(), "groff: {stderr}");
    // -P-cbu: plain text, no overstriking for bold or underline.
    let out = Process::new("groff")
        .args(["-man", "-Tutf8", "-P-cbu"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(page.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("powerbalance score"), "{text}");
    assert!(text.contains("130"), "the exit codes are rendered: {text}");
}

#[test]
fn long_help_has_exit_codes_and_environment_short_help_does_not() {
    let long = stdout_of(&["--help"]);
    assert!(long.contains("Exit codes:\n  0    success"), "{long}");
    assert!(long.contains("\n  65   invalid answers"), "{long}");
    assert!(long.contains("\n  78   invalid questionnaire"), "{long}");
    assert!(long.contains("Environment:\n  NO_COLOR"), "{long}");
    assert!(long.contains("XDG_DATA_HOME"), "{long}");
    // The tool reads no locale variable yet, so --help names none.
    assert!(!long.contains("LC_ALL") && !long.contains("LANG"), "{long}");
    let short = stdout_of(&["-h"]);
    assert!(short.contains("Examples:"), "{short}");
    assert!(!short.contains("Exit codes:"), "{short}");
}

#[test]
fn version_lists_each_bundled_questionnaire_with_its_sha256() {
    let text = stdout_of(&["--version"]);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(concat!("powerbalance ", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(lines.next(), Some("bundled questionnaires:"));
    let listed: Vec<Vec<&str>> = lines.map(|l| l.split_whitespace().collect()).collect();
    for (id, file) in [
        ("relationship", "questionnaires/relationship.toml"),
        (
            "relationship-short",
            "questionnaires/relationship-short.toml",
        ),
        ("workplace", "questionnaires/workplace.toml"),
    ] {
        let row = listed
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("{id} is not listed: {text}"));
        let toml: toml::Table = std::fs::read_to_string(file).unwrap().parse().unwrap();
        assert_eq!(row[1], toml["questionnaire"]["version"].as_str().unwrap());
        // The same hash a report of it carries.
        let report = stdout_of(&[
            "score",
            "-q",
            id,
            "--format",
            "json",
            &format!("tests/fixtures/ecosystem/{id}.json"),
        ]);
        let report: serde_json::Value = serde_json::from_str(&report).unwrap();
        let sha = report["questionnaire"]["sha256"].as_str().unwrap();
        assert_eq!(row[2], format!("sha256:{sha}"), "{id}");
    }
}

const SCHEMAS: [&str; 4] = ["answers", "report", "stats", "list"];

#[test]
fn committed_schemas_are_the_generated_ones() {
    for name in SCHEMAS {
        let generated = stdout_of(&["schema", name]);
        let path = format!("docs/schema/{name}.json");
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{path} is not what `powerbalance schema {name}` prints; regenerate with\n  \
             for n in answers report stats list; do cargo run -q -- schema $n > docs/schema/$n.json; done"
        );
        let schema: Value = serde_json::from_str(&generated).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        // The schema is itself valid draft 2020-12.
        jsonschema::draft202012::new(&schema).unwrap();
    }
    powerbalance()
        .args(["schema", "history2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: answers"));
}

/// Every machine output, of every command that has one, fits its schema; and a schema can
/// fail: a report with a wrong type, or without a field, does not fit.
#[test]
fn every_machine_output_fits_its_schema() {
    let fixtures = [
        "tests/fixtures/ecosystem/relationship.json",
        "tests/fixtures/ecosystem/relationship-short.json",
        "tests/fixtures/ecosystem/workplace.json",
        "examples/alex.json",
        "examples/sam.json",
    ];
    for file in fixtures {
        let text = std::fs::read_to_string(file).unwrap();
        assert_fits_schema("answers", &serde_json::from_str(&text).unwrap());
        let report = stdout_of(&["score", file, "-f", "json"]);
        assert_fits_schema("report", &serde_json::from_str(&report).unwrap());
    }
    for show_private in [&[][..], &["--show-private"][..]] {
        let mut args = vec![
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "-f",
            "json",
        ];
        args.extend(show_private);
        assert_fits_schema("report", &serde_json::from_str(&stdout_of(&args)).unwrap());
    }
    for q in ["relationship", "relationship-short", "workplace"] {
        let template = stdout_of(&["template", "-q", q]);
        assert_fits_schema("answers", &serde_json::from_str(&template).unwrap());
        for pairs in [&[][..], &["--pairs"][..]] {
            let mut args = vec!["simulate", "-q", q, "--count", "20", "--skip-rate", "0.3"];
            args.extend(pairs);
            let lines = stdout_of(&args);
            json_lines_fitting("answers", lines.as_bytes());
            let out = powerbalance()
                .args(["score", "--jsonl"])
                .write_stdin(lines.clone())
                .output()
                .unwrap();
            assert!(out.status.success());
            assert_eq!(json_lines_fitting("report", &out.stdout).len(), 20);
            let out = powerbalance()
                .args(["stats", "-f", "json"])
                .write_stdin(lines)
                .output()
                .unwrap();
            assert!(out.status.success());
            assert_fits_schema("stats", &serde_json::from_slice(&out.stdout).unwrap());
        }
    }
    assert_fits_schema(
        "list",
        &serde_json::from_str(&stdout_of(&["list", "-f", "json"])).unwrap(),
    );

    // The schemas can fail.
    let report = stdout_of(&["score", "examples/alex.json", "-f", "json"]);
    let mut wrong: Value = serde_json::from_str(&report).unwrap();
    wrong["people"][0]["power_index"] = "high".into();
    assert_eq!(
        schema_errors("report", &wrong),
        ["\"high\" is not of types \"null\", \"number\" at /people/0/power_index"]
    );
    let mut missing: Value = serde_json::from_str(&report).unwrap();
    missing.as_object_mut().unwrap().remove("completed");
    assert_eq!(schema_errors("report", &missing).len(), 1);
    let bad_answer = serde_json::json!({"respondent": "A", "partner": "B", "answers": {"x": "4"}});
    assert!(!schema_errors("answers", &bad_answer).is_empty());
}
