//! Bad inputs, tested from outside: the binary run as a user runs it.
//!
//! Each case is a file `tests/cmd/NAME.toml` (a [trycmd] case, named after the test it was):
//! the arguments, the standard input where it matters, and the exact exit code (SPEC §2: 78 a
//! broken questionnaire, 65 broken answers, 2 a usage error, 1 any other failure), standard
//! output and standard error. `cli_cases` runs them all; `cargo test --test it cli_cases --
//! trycmd=dup_item` runs those whose file name has `dup_item`. After a change that means to
//! change a message, `TRYCMD=overwrite cargo test --test it cli_cases` rewrites the
//! expectations; review each one.
//!
//! The fixtures live in `tests/fixtures/bad/`. `good.toml`, `good-alex.json` and
//! `good-sam.json` are valid; every other file breaks one thing and is named after it (each
//! `.toml` says what it breaks in its first line). The answers use `relationship-short`, where
//! the `agreement` scale is 1 to 5 and the `frequency` scale 0 to 4.
//!
//! The cases in `tests/cmd/lang/` are some of the same errors in other languages, from
//! `--lang` or from the locale (`env.add.LANG` in the case): the same exit codes, the
//! messages from the catalogues. `cli_cases_in_other_languages` runs them.
//!
//! [trycmd]: https://docs.rs/trycmd

use std::path::PathBuf;

use predicates::prelude::*;

use crate::util::{self, powerbalance};

/// What must never reach a user on any input (SPEC §2): a panic, a backtrace, Rust `Debug`
/// output or a Rust type name.
const NEVER_ON_STDERR: &[&str] = &[
    "panicked",
    "backtrace",
    "RUST_BACKTRACE",
    "Some(",
    "Error {",
    "struct ",
];

/// The cases of `glob` from the crate folder (cargo runs tests there, and the glob and the
/// cases' paths are relative to it), with no colour and no backtrace; an empty `LC_ALL` and
/// `LC_MESSAGES` decide nothing, so `LANG` picks the language: `english` makes it `C`,
/// else it is each case's own (`env.add.LANG`) or `--lang`.
fn run_cases(glob: &str, english: bool) {
    let cases = trycmd::TestCases::new();
    cases
        .default_bin_path(util::bin())
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "");
    if english {
        cases.env("LANG", "C");
    }
    cases.case(glob);
}

/// The English cases, in English whatever the machine's locale (the messages follow it).
#[test]
fn cli_cases() {
    run_cases("tests/cmd/*.toml", true);
}

/// The cases in other languages: every one gives `--lang` or `env.add.LANG`.
#[test]
fn cli_cases_in_other_languages() {
    run_cases("tests/cmd/lang/*.toml", false);
}

/// Every case file of `tests/cmd` and `tests/cmd/lang`, sorted.
fn case_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["tests/cmd", "tests/cmd/lang"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        files.extend(
            std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml")),
        );
    }
    files.sort();
    files
}

/// What an error line starts with in each language the interface speaks
/// (`locales/*/errors.ftl`, `error-prefix-error`).
const ERROR_PREFIXES: &[&str] = &["error: ", "Fehler: ", "erreur: ", "erro: "];

/// The guard over every case: each expects an exact exit code, stdout and stderr (no
/// wildcard, no other file, no environment of its own), an error starts with `error: `, and
/// nothing of [`NEVER_ON_STDERR`] is expected on stderr. As `cli_cases` holds the binary to
/// each expectation, this holds the binary to the guard on every case.
#[test]
fn every_case_is_exact_and_expects_nothing_that_must_never_reach_stderr() {
    let files = case_files();
    assert!(files.len() >= 90, "the cases are in tests/cmd: {files:?}");
    for file in files {
        let name = file.display();
        let text = std::fs::read_to_string(&file).unwrap();
        let case: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for key in case.keys() {
            assert!(
                ["args", "stdin", "status", "stdout", "stderr", "env"].contains(&key.as_str()),
                "{name}: `{key}` is not one of args, stdin, status, stdout, stderr, env"
            );
        }
        // An environment of its own only to pick a language, only in `tests/cmd/lang`.
        if let Some(env) = case.get("env") {
            assert!(
                file.parent().is_some_and(|d| d.ends_with("lang")),
                "{name}: only a case in tests/cmd/lang sets `env`"
            );
            let env = env.as_table().unwrap_or_else(|| panic!("{name}: `env`"));
            assert_eq!(
                env.keys().collect::<Vec<_>>(),
                ["add"],
                "{name}: `env` only adds"
            );
            for var in env["add"].as_table().unwrap().keys() {
                assert!(
                    ["LANG", "LC_ALL", "LC_MESSAGES"].contains(&var.as_str()),
                    "{name}: `env.add.{var}` is not a locale variable"
                );
            }
        }
        let code = case
            .get("status")
            .and_then(|s| s.get("code"))
            .and_then(toml::Value::as_integer)
            .unwrap_or_else(|| panic!("{name}: no `status.code`"));
        let stream = |key: &str| {
            let text = case
                .get(key)
                .and_then(toml::Value::as_str)
                .unwrap_or_else(|| panic!("{name}: no `{key}` string: every case says it exactly"));
            for wildcard in ["[..]", "[CWD]", "[ROOT]", "[EXE]"] {
                assert!(!text.contains(wildcard), "{name}: {key} has {wildcard}");
            }
            assert!(!text.lines().any(|l| l == "..."), "{name}: {key} has `...`");
            text.to_owned()
        };
        stream("stdout");
        let stderr = stream("stderr");
        if code != 0 {
            assert!(
                ERROR_PREFIXES.iter().any(|p| stderr.starts_with(p)),
                "{name}: stderr does not start with `error: ` or its translation"
            );
        }
        for unwanted in NEVER_ON_STDERR {
            assert!(
                !stderr.contains(unwanted),
                "{name}: stderr has {unwanted:?}"
            );
        }
    }
}

// Not an error message: an older version named with `-q` is scored on that version.
#[test]
fn an_older_version_named_with_q() {
    let out = powerbalance()
        .args(["score", "-q", "relationship-short@1.0.0"])
        .args(["tests/fixtures/bad/good-alex.json", "--format", "json"])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        predicate::str::contains("\"version\": \"1.0.0\"").eval(&stdout),
        "{stdout}"
    );
    for unwanted in NEVER_ON_STDERR {
        assert!(
            !stderr.contains(unwanted),
            "stderr has {unwanted:?}: {stderr}"
        );
    }
}
