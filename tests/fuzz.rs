//! Arbitrary bytes into the questionnaire loader and the answers reader (issue #6).

use powerbalance::answers;
use powerbalance::questionnaire::{self, Bundled};

// ------------------------------------------------------------------------------------------
// Inputs the fuzzer found, cut down by hand: each panicked before its fix.

/// An `item` rule over an item whose scale is unknown, in a file with no scales at all: the
/// rule's threshold was checked against scale 0, which did not exist (index out of bounds).
#[test]
fn an_item_rule_over_an_item_without_a_scale_is_an_error() {
    let text = r#"
[questionnaire]
id = "t"
title = "T"
version = "1"

[[dimensions]]
id = "d"
kind = "risk"
name = "D"
  [[dimensions.items]]
  id = "i"
  about = "self"
  text = "."

[[rules]]
id = "r"
kind = "item"
items = ["i"]
at_least = 1
severity = "alert"
message = "{respondent}"
"#;
    let e = questionnaire::parse("t.toml", text.as_bytes()).unwrap_err();
    let lines: Vec<String> = e.lines().collect();
    assert_eq!(
        lines,
        [
            "t.toml:11:3: item `i` has no scale; give it `scale = \"…\"` or set `scale` under [defaults]"
        ]
    );
}

/// Ids and values are quoted in messages; a newline or a terminal escape in one was printed
/// as it was, breaking the `file:line:column: message` line or driving the terminal.
#[test]
fn control_characters_in_quoted_ids_are_escaped() {
    let json = br#"{"respondent": "A", "partner": "B", "answers": {"x\u001b[2J\ny": 1}}"#;
    let sets = answers::parse_file("a.json", json).unwrap();
    let q = Bundled::find("relationship-short").unwrap().load().unwrap();
    let e = sets[0].check(&q, "a.json").unwrap_err();
    assert!(
        e.to_string()
            .starts_with(r"a.json: unknown item `x\u{1b}[2J\ny` in A's answers"),
        "{e}"
    );

    let toml = "[questionnaire]\nid = \"bad\\u0007id\"\ntitle = \"T\"\nversion = \"1\"\n";
    let e = questionnaire::parse("q.toml", toml.as_bytes()).unwrap_err();
    let lines: Vec<String> = e.lines().collect();
    assert!(
        lines[0].starts_with(r"q.toml:2:6: questionnaire id `bad\u{7}id` is not allowed"),
        "{lines:?}"
    );
}
