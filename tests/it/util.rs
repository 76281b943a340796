//! What every test module shares: the one way to run the binary, and the JSON Schemas that
//! machine output must fit.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

/// The binary as every test runs it, from the crate folder (so `examples/…` and
/// `tests/fixtures/…` resolve) and with the runner's own `NO_COLOR`, `TERM` and
/// `RUST_BACKTRACE` removed, so that nothing in the environment of whoever runs the tests
/// changes what it prints. A test that needs one of them sets it after this.
pub fn powerbalance() -> assert_cmd::Command {
    assert_cmd::Command::from_std(process())
}

/// Ana answers about Ben: the names of a take, as the take tests give them.
pub const ANA_ABOUT_BEN: [&str; 4] = ["--respondent", "Ana", "--partner", "Ben"];

/// [`powerbalance`] with its data folder in `data`: `XDG_DATA_HOME` and `HOME` both point
/// there, so a saved file, a lock or a fallback to `~/.local/share` never reaches the
/// runner's own.
pub fn powerbalance_in(data: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(process_in(data))
}

/// [`powerbalance`] as a `std::process::Command`, for a child the test drives itself: a pipe
/// closed early, a signal, a pseudo-terminal.
pub fn process() -> std::process::Command {
    run_as_tests_do(bin())
}

/// `program` run from the crate's folder, with none of the runner's colour, terminal or
/// backtrace settings.
fn run_as_tests_do(program: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("TERM")
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// [`process`] with its data folder in `data`, as [`powerbalance_in`] sets it.
pub fn process_in(data: &Path) -> std::process::Command {
    with_data(process(), data)
}

/// `cmd` with `XDG_DATA_HOME` and `HOME` in `data`.
fn with_data(mut cmd: std::process::Command, data: &Path) -> std::process::Command {
    cmd.env("XDG_DATA_HOME", data).env("HOME", data);
    cmd
}

/// [`process_in`] under a limit of `blocks` 512-byte blocks on the size of any file it
/// writes (`ulimit -f`), with `SIGXFSZ` ignored: a write past the limit then fails with
/// `EFBIG`, as a write to a full disk fails with `ENOSPC`, part way through the file. The
/// arguments go after it, as to [`process_in`]'s, passed on by the shell unchanged.
pub fn process_in_file_size_limit(data: &Path, blocks: u32) -> std::process::Command {
    let mut cmd = run_as_tests_do("sh");
    cmd.arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\""
        ))
        .arg(bin());
    with_data(cmd, data)
}

/// The binary's path, for a shell line that runs it.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_powerbalance")
}

/// Fails unless `instance` validates against the committed `docs/schema/NAME.json` (draft
/// 2020-12), naming each place that does not. `tests/it/ecosystem.rs` holds the committed
/// schemas to the ones `powerbalance schema NAME` generates.
pub fn assert_fits_schema(name: &str, instance: &Value) {
    let errors = schema_errors(name, instance);
    assert!(
        errors.is_empty(),
        "output does not fit docs/schema/{name}.json:\n{}\n---\n{instance:#}",
        errors.join("\n")
    );
}

/// Where `instance` does not fit `docs/schema/NAME.json`; empty when it fits.
pub fn schema_errors(name: &str, instance: &Value) -> Vec<String> {
    static VALIDATORS: OnceLock<Mutex<HashMap<String, jsonschema::Validator>>> = OnceLock::new();
    let mut validators = VALIDATORS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let validator = validators.entry(name.to_owned()).or_insert_with(|| {
        let path = format!("{}/docs/schema/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let schema: Value = serde_json::from_str(&text).unwrap();
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{path}: {e}"))
    });
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Every line of JSON Lines `text`, each checked against schema `name`.
pub fn json_lines_fitting(name: &str, text: &[u8]) -> Vec<Value> {
    String::from_utf8(text.to_vec())
        .unwrap()
        .lines()
        .map(|l| {
            let value: Value = serde_json::from_str(l).expect("each line is one JSON value");
            assert_fits_schema(name, &value);
            value
        })
        .collect()
}
