//! Inputs too large or too deep are refused with a clear message, in bounded memory
//! (issue 6). The files are made on the fly; nothing large is committed.

use std::process::Command as Std;

use predicates::prelude::*;

use crate::util::{bin, powerbalance};

#[test]
fn an_answers_file_over_16_mib_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.json");
    // Valid JSON padded with 17 MiB of spaces: only its size is wrong.
    let text = format!(
        "{{\"respondent\": \"A\", \"partner\": \"B\", \"answers\": {{}}{}}}",
        " ".repeat(17 << 20)
    );
    std::fs::write(&big, text).unwrap();
    powerbalance()
        .arg("score")
        .arg(&big)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(format!(
            "{}: the input is larger than 16 MiB, the most an answers file may be",
            big.display()
        )));
}

#[test]
fn an_endless_stdin_is_cut_off() {
    // 64 MiB of zero bytes through a pipe: refused after reading 16 MiB + 1.
    let script = format!("head -c 67108864 /dev/zero | {} score -", bin());
    let run = Std::new("sh").args(["-c", &script]).output().unwrap();
    assert_eq!(run.status.code(), Some(65));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("<stdin>: the input is larger than 16 MiB")
    );
}

#[test]
fn a_questionnaire_over_1_mib_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    let mut text = std::fs::read_to_string("questionnaires/relationship.toml").unwrap();
    while text.len() <= 1 << 20 {
        text.push_str("# padding to make the file larger than the limit\n");
    }
    std::fs::write(&big, text).unwrap();
    for args in [vec!["validate"], vec!["template", "-q"]] {
        powerbalance()
            .args(&args)
            .arg(&big)
            .assert()
            .code(78)
            .stderr(predicate::str::contains(
                "the file is larger than 1 MiB, the most a questionnaire may be",
            ));
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("deep.json");
    std::fs::write(&json, "[".repeat(100_000)).unwrap();
    powerbalance()
        .arg("score")
        .arg(&json)
        .assert()
        .code(65)
        .stderr(predicate::str::starts_with(format!(
            "error: {}:1:",
            json.display()
        )));
    // A bomb inside an answer value is skipped without recursion (serde_json's IgnoredAny
    // keeps no stack), so it ends in a located syntax error, or, closed, in a value error.
    let open = format!(
        "{{\"respondent\": \"A\", \"partner\": \"B\", \"answers\": {{\"coercive-self-1\": {}",
        "[".repeat(100_000)
    );
    std::fs::write(&json, &open).unwrap();
    powerbalance()
        .args(["score", "-q", "relationship"])
        .arg(&json)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("deep.json:1:100"))
        .stderr(predicate::str::contains("EOF while parsing"));
    std::fs::write(&json, format!("{open}{}}}}}", "]".repeat(100_000))).unwrap();
    powerbalance()
        .args(["score", "-q", "relationship"])
        .arg(&json)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "item `coercive-self-1` in A's answers: a list is not a whole number",
        ));

    let toml = dir.path().join("deep.toml");
    std::fs::write(&toml, format!("x = {}", "[".repeat(100_000))).unwrap();
    powerbalance()
        .arg("validate")
        .arg(&toml)
        .assert()
        .code(78)
        .stderr(predicate::str::starts_with(format!(
            "error: {}:1:",
            toml.display()
        )))
        .stderr(predicate::str::contains("panicked").not());
    let inline = dir.path().join("inline.toml");
    std::fs::write(&inline, format!("x = {}", "{ a = ".repeat(50_000))).unwrap();
    let out = powerbalance()
        .arg("validate")
        .arg(&inline)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    // One located message, not a crash or a wall of text.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("error: {}:1:", inline.display()))
            && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[test]
fn a_jsonl_line_over_1_mib_is_a_bad_line_read_in_bounded_memory() {
    // A good line, a 64 MiB line, a good line.
    let input = |extra: &str| {
        format!(
            "{{ tr -d '\\n' < examples/alex.json; echo; head -c 67108864 /dev/zero | tr '\\0' x; \
             echo; tr -d '\\n' < examples/sam.json; echo; }} | {} score --jsonl {extra}",
            bin()
        )
    };
    let run = Std::new("sh").args(["-c", &input("")]).output().unwrap();
    assert_eq!(run.status.code(), Some(65));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("<stdin>:2: the line is longer than 1 MiB, the most one line may be"),
        "{stderr}"
    );
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).lines().count(),
        1,
        "the line before was scored"
    );

    let run = Std::new("sh")
        .args(["-c", &input("--skip-invalid")])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&run.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&run.stderr).contains("longer than 1 MiB"));
}
