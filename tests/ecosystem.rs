//! What fits powerbalance into a shell and other tools, run as a user runs it: completions,
//! the man page, `--help` and `--version`.

use std::io::Write;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;

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
