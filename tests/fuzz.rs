//! Arbitrary bytes into the questionnaire loader and the answers reader (issue #6).

use powerbalance::questionnaire;

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
