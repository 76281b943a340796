//! Bad inputs, tested from outside: the binary run as a user runs it.
//!
//! Every case checks the exit code of SPEC §2 (78 a broken questionnaire, 65 broken answers,
//! 2 a usage error, 1 any other failure) and the words of the message on stderr: the file, the
//! line:column where the tool gives one, the id at fault, and what is allowed. Where nothing
//! should be printed, stdout must be empty.
//!
//! The fixtures live in `tests/fixtures/bad/`. `good.toml`, `good-alex.json` and
//! `good-sam.json` are valid; every other file breaks one thing and is named after it (each
//! `.toml` says what it breaks in its first line). The answers use `relationship-short`, where
//! the `agreement` scale is 1 to 5 and the `frequency` scale 0 to 4.

use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;

/// A path under `tests/fixtures/bad/`, as a literal (so it can sit in a `const` table).
macro_rules! bad {
    ($file:literal) => {
        concat!("tests/fixtures/bad/", $file)
    };
}

/// One `#[test]` per case, named after it, so `cargo test --test bad_inputs dup_item` runs one.
macro_rules! cases {
    ($($name:ident => $case:expr;)+) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name), &$case);
            }
        )+
    };
}

/// One run of the binary and what must come out of it.
struct Case {
    args: &'static [&'static str],
    stdin: &'static str,
    code: i32,
    /// Each must appear in stderr.
    stderr_contains: &'static [&'static str],
    /// None may appear in stderr.
    stderr_lacks: &'static [&'static str],
    /// Each must appear in stdout; when empty, stdout must be empty.
    stdout_contains: &'static [&'static str],
}

/// The defaults a case overrides with `..CASE`.
const CASE: Case = Case {
    args: &[],
    stdin: "",
    code: 0,
    stderr_contains: &[],
    stderr_lacks: &[],
    stdout_contains: &[],
};

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

/// Runs one case and panics with every way it differs from what was expected, naming the case.
fn check(name: &str, case: &Case) {
    let output = Command::new(env!("CARGO_BIN_EXE_powerbalance"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .args(case.args)
        .write_stdin(case.stdin)
        .output()
        .expect("the powerbalance binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);

    let mut problems = Vec::new();
    if output.status.code() != Some(case.code) {
        problems.push(format!(
            "exit code: expected {}, got {:?}",
            case.code,
            output.status.code()
        ));
    }
    if case.code != 0 && !predicate::str::starts_with("error: ").eval(&*stderr) {
        problems.push("stderr does not start with `error: `".to_owned());
    }
    for want in case.stderr_contains {
        if !predicate::str::contains(*want).eval(&*stderr) {
            problems.push(format!("stderr lacks {want:?}"));
        }
    }
    for unwanted in case.stderr_lacks.iter().chain(NEVER_ON_STDERR) {
        if predicate::str::contains(*unwanted).eval(&*stderr) {
            problems.push(format!("stderr has {unwanted:?}, which it should not"));
        }
    }
    if case.stdout_contains.is_empty() {
        if !predicate::str::is_empty().eval(&*stdout) {
            problems.push("stdout should be empty".to_owned());
        }
    } else {
        for want in case.stdout_contains {
            if !predicate::str::contains(*want).eval(&*stdout) {
                problems.push(format!("stdout lacks {want:?}"));
            }
        }
    }

    assert!(
        problems.is_empty(),
        "case `{name}` failed: powerbalance {args}\n  - {problems}\n\
         --- exit code: {code:?}\n--- stderr:\n{stderr}--- stdout:\n{stdout}",
        args = case.args.join(" "),
        problems = problems.join("\n  - "),
        code = output.status.code(),
    );
}

// Broken questionnaires, through `validate FILE`: exit 78, `file:line:column: ` first.
cases! {
    toml_syntax_error => Case {
        args: &["validate", bad!("toml-syntax.toml")],
        code: 78,
        stderr_contains: &[
            bad!("toml-syntax.toml:4:33: "),
            "invalid basic string",
            "expected `\"`",
        ],
        ..CASE
    };
    unknown_key_in_item => Case {
        args: &["validate", bad!("unknown-item-key.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-item-key.toml:39:3: "),
            "unknown field `revers`",
            "expected one of `id`, `about`, `text`, `reverse`, `scale`",
        ],
        ..CASE
    };
    unknown_top_level_table => Case {
        args: &["validate", bad!("unknown-table.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-table.toml:135:2: "),
            "unknown field `extras`",
            "`questionnaire`, `scales`, `defaults`, `dimensions`, `rules`, `resources`",
        ],
        ..CASE
    };
    missing_required_key => Case {
        args: &["validate", bad!("missing-title.toml")],
        code: 78,
        stderr_contains: &[bad!("missing-title.toml:2:1: "), "missing field `title`"],
        ..CASE
    };
    not_utf8 => Case {
        args: &["validate", bad!("not-utf8.toml")],
        code: 78,
        stderr_contains: &[bad!("not-utf8.toml:79:19: "), "not valid UTF-8"],
        ..CASE
    };
    unknown_dimension_kind => Case {
        args: &["validate", bad!("unknown-kind.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-kind.toml:61:8: "),
            "`markr`",
            "allowed: power, marker, decision, risk, context",
        ],
        ..CASE
    };
    unknown_about => Case {
        args: &["validate", bad!("unknown-about.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-about.toml:37:11: "),
            "`other`",
            "allowed: self, partner, both",
        ],
        ..CASE
    };
    unknown_severity => Case {
        args: &["validate", bad!("unknown-severity.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-severity.toml:111:12: "),
            "`notice`",
            "allowed: info, warning, alert",
        ],
        ..CASE
    };
}

// Duplicate ids: located at the second one, naming the id and where the first one is.
cases! {
    dup_dimension_id => Case {
        args: &["validate", bad!("dup-dimension-id.toml")],
        code: 78,
        stderr_contains: &[
            bad!("dup-dimension-id.toml:41:6: "),
            "duplicate dimension id `coercive`",
            "first defined on line 23",
        ],
        ..CASE
    };
    dup_item_id => Case {
        args: &["validate", bad!("dup-item-id.toml")],
        code: 78,
        stderr_contains: &[
            bad!("dup-item-id.toml:49:8: "),
            "duplicate item id `coercive-self-1`",
            "first defined on line 31",
        ],
        ..CASE
    };
    dup_rule_id => Case {
        args: &["validate", bad!("dup-rule-id.toml")],
        code: 78,
        stderr_contains: &[
            bad!("dup-rule-id.toml:115:6: "),
            "duplicate rule id `coercive-gap`",
            "first defined on line 107",
        ],
        ..CASE
    };
    // A second `[scales.yesno]` is a TOML duplicate key; the message should still name it.
    dup_scale_id => Case {
        args: &["validate", bad!("dup-scale-id.toml")],
        code: 78,
        stderr_contains: &[bad!("dup-scale-id.toml:19:9: "), "duplicate", "yesno"],
        ..CASE
    };
    bad_id_upper_case => Case {
        args: &["validate", bad!("bad-id-uppercase.toml")],
        code: 78,
        stderr_contains: &[
            bad!("bad-id-uppercase.toml:23:6: "),
            "dimension id `Coercive` is not allowed",
            "lower-case letters, digits and `-` only",
        ],
        ..CASE
    };
    bad_id_spaces => Case {
        args: &["validate", bad!("bad-id-space.toml")],
        code: 78,
        stderr_contains: &[
            bad!("bad-id-space.toml:66:8: "),
            "item id `respect self 1` is not allowed",
            "lower-case letters, digits and `-` only",
        ],
        ..CASE
    };
}

// Scales, dimensions and the questionnaire table.
cases! {
    unknown_item_scale => Case {
        args: &["validate", bad!("unknown-item-scale.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-item-scale.toml:52:11: "),
            "unknown scale `agreemnt`",
            "did you mean `agreement`?",
            "defined scales: agreement, yesno",
        ],
        ..CASE
    };
    // One mistake, one message: the items do not lack a scale, the default names a wrong one.
    unknown_default_scale => Case {
        args: &["validate", bad!("unknown-default-scale.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-default-scale.toml:20:9: "),
            "unknown scale `likert`",
            "defined scales: agreement, yesno",
        ],
        stderr_lacks: &["has no scale"],
        ..CASE
    };
    scale_min_not_below_max => Case {
        args: &["validate", bad!("scale-min-ge-max.toml")],
        code: 78,
        stderr_contains: &[
            bad!("scale-min-ge-max.toml:14:1: "),
            "scale `yesno` has min 1 and max 1",
            "min must be less than max",
        ],
        ..CASE
    };
    scale_label_count => Case {
        args: &["validate", bad!("scale-label-count.toml")],
        code: 78,
        stderr_contains: &[
            bad!("scale-label-count.toml:12:10: "),
            "scale `agreement` has 4 labels but 5 points (1 to 5)",
            "exactly one label per point",
        ],
        ..CASE
    };
    dimension_without_items => Case {
        args: &["validate", bad!("dimension-no-items.toml")],
        code: 78,
        stderr_contains: &[
            bad!("dimension-no-items.toml:88:1: "),
            "dimension `listening` has no items",
        ],
        ..CASE
    };
    min_answered_zero => Case {
        args: &["validate", bad!("min-answered-zero.toml")],
        code: 78,
        stderr_contains: &[
            bad!("min-answered-zero.toml:7:16: "),
            "min_answered is 0",
            "allowed: a fraction above 0 and at most 1",
        ],
        ..CASE
    };
    min_answered_over_one => Case {
        args: &["validate", bad!("min-answered-over-one.toml")],
        code: 78,
        stderr_contains: &[
            bad!("min-answered-over-one.toml:7:16: "),
            "min_answered is 1.5",
            "allowed: a fraction above 0 and at most 1",
        ],
        ..CASE
    };
    group_clashes_with_dimension => Case {
        args: &["validate", bad!("group-clashes-dimension.toml")],
        code: 78,
        stderr_contains: &[
            bad!("group-clashes-dimension.toml:46:9: "),
            "group id `respect` clashes with a dimension",
        ],
        ..CASE
    };
    norms_out_of_range => Case {
        args: &["validate", bad!("norms-out-of-range.toml")],
        code: 78,
        stderr_contains: &[
            bad!("norms-out-of-range.toml:41:8: "),
            "norms `sd` is 0; allowed: a number above 0",
            bad!("norms-out-of-range.toml:42:17: "),
            "norms `reliability` is 1; allowed: a number above 0 and below 1",
            bad!("norms-out-of-range.toml:43:7: "),
            "norms `n` is 1; allowed: a whole number of people, at least 2",
        ],
        ..CASE
    };
    norms_fractional_n => Case {
        args: &["validate", bad!("norms-fractional-n.toml")],
        code: 78,
        stderr_contains: &[
            bad!("norms-fractional-n.toml:43:7: "),
            "norms `n` is 12.5; allowed: a whole number of people",
        ],
        stderr_lacks: &["i64"],
        ..CASE
    };
    norms_unknown_key => Case {
        args: &["validate", bad!("norms-unknown-key.toml")],
        code: 78,
        stderr_contains: &[
            bad!("norms-unknown-key.toml:84:3: "),
            "unknown field `mean`, expected one of `sd`, `reliability`, `n`, `basis`",
        ],
        ..CASE
    };
    norms_without_sd => Case {
        args: &["validate", bad!("norms-no-sd.toml")],
        code: 78,
        stderr_contains: &[bad!("norms-no-sd.toml:81:3: "), "missing field `sd`"],
        ..CASE
    };
    weight_on_marker => Case {
        args: &["validate", bad!("marker-weight.toml")],
        code: 78,
        stderr_contains: &[
            bad!("marker-weight.toml:63:10: "),
            "`weight` is only for power dimensions; `respect` is not one",
        ],
        ..CASE
    };
    group_on_marker => Case {
        args: &["validate", bad!("marker-group.toml")],
        code: 78,
        stderr_contains: &[
            bad!("marker-group.toml:63:9: "),
            "`group` is only for power dimensions; `respect` is not one",
        ],
        ..CASE
    };
}

// Rules: references, thresholds that do not fit the kind, placeholders.
cases! {
    rule_unknown_dimension => Case {
        args: &["validate", bad!("rule-unknown-dimension.toml")],
        code: 78,
        stderr_contains: &[
            bad!("rule-unknown-dimension.toml:101:13: "),
            "rule `respect-low` names unknown dimension `respekt`",
            "did you mean `respect`?",
            "allowed: coercive, expert, respect, risk, harsh, soft, power_index, balance_index",
        ],
        ..CASE
    };
    gap_rule_on_group => Case {
        args: &["validate", bad!("gap-on-group.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gap-on-group.toml:109:13: "),
            "rule `coercive-gap` of kind `gap` needs a dimension, not `harsh`",
            "no self and partner views",
        ],
        ..CASE
    };
    gap_rule_on_power_index => Case {
        args: &["validate", bad!("gap-on-power-index.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gap-on-power-index.toml:109:13: "),
            "rule `coercive-gap` of kind `gap` needs a dimension, not `power_index`",
        ],
        ..CASE
    };
    low_rule_with_at_least => Case {
        args: &["validate", bad!("low-with-at-least.toml")],
        code: 78,
        stderr_contains: &[
            bad!("low-with-at-least.toml:102:12: "),
            "rule `respect-low` of kind `low` takes `at_most`, not `at_least`",
        ],
        ..CASE
    };
    imbalance_rule_with_at_most => Case {
        args: &["validate", bad!("imbalance-with-at-most.toml")],
        code: 78,
        stderr_contains: &[
            bad!("imbalance-with-at-most.toml:92:11: "),
            "rule `coercive-imbalance` of kind `imbalance` takes `at_least`, not `at_most`",
        ],
        ..CASE
    };
    threshold_over_100 => Case {
        args: &["validate", bad!("threshold-over-100.toml")],
        code: 78,
        stderr_contains: &[
            bad!("threshold-over-100.toml:118:12: "),
            "rule `coercive-high`: at_least = 150",
            "allowed: 0 to 100",
        ],
        ..CASE
    };
    threshold_negative => Case {
        args: &["validate", bad!("threshold-negative.toml")],
        code: 78,
        stderr_contains: &[
            bad!("threshold-negative.toml:102:11: "),
            "rule `respect-low`: at_most = -5",
            "allowed: 0 to 100",
        ],
        ..CASE
    };
    item_rule_without_items => Case {
        args: &["validate", bad!("item-rule-no-items.toml")],
        code: 78,
        stderr_contains: &[
            bad!("item-rule-no-items.toml:126:9: "),
            "rule `risk-threats` of kind `item` needs `items",
            "at least one item",
        ],
        ..CASE
    };
    item_rule_unknown_item => Case {
        args: &["validate", bad!("item-rule-unknown-item.toml")],
        code: 78,
        stderr_contains: &[
            bad!("item-rule-unknown-item.toml:126:10: "),
            "rule `risk-threats` names unknown item `risk-partner-9`",
            "did you mean `risk-partner-1`?",
        ],
        ..CASE
    };
    item_rule_threshold_off_scale => Case {
        args: &["validate", bad!("item-rule-off-scale.toml")],
        code: 78,
        stderr_contains: &[
            bad!("item-rule-off-scale.toml:127:12: "),
            "rule `risk-threats`: at_least = 3 is off the scale of item `risk-partner-1`",
            "allowed: 0 to 1",
        ],
        ..CASE
    };
    item_rule_fractional_threshold => Case {
        args: &["validate", bad!("item-rule-fractional.toml")],
        code: 78,
        stderr_contains: &[
            bad!("item-rule-fractional.toml:127:12: "),
            "rule `risk-threats`: at_least = 0.5 must be a whole number",
        ],
        ..CASE
    };
    unknown_placeholder => Case {
        args: &["validate", bad!("unknown-placeholder.toml")],
        code: 78,
        stderr_contains: &[
            bad!("unknown-placeholder.toml:120:11: "),
            "rule `coercive-high` uses `{foo}`",
            "allowed: {person} {score}",
        ],
        ..CASE
    };
}

// Several files, a broken questionnaire used by other commands, a file that is not there.
cases! {
    validate_reports_every_bad_file_and_ok_for_the_good_one => Case {
        args: &[
            "validate",
            bad!("good.toml"),
            bad!("dup-item-id.toml"),
            bad!("toml-syntax.toml"),
        ],
        code: 78,
        stderr_contains: &[
            bad!("dup-item-id.toml:49:8: duplicate item id `coercive-self-1`"),
            bad!("toml-syntax.toml:4:33: invalid basic string"),
        ],
        stderr_lacks: &["good.toml"],
        stdout_contains: &[bad!("good.toml: ok")],
        ..CASE
    };
    score_with_broken_questionnaire => Case {
        args: &["score", "-q", bad!("dup-item-id.toml"), bad!("good-alex.json")],
        code: 78,
        stderr_contains: &[bad!("dup-item-id.toml:49:8: "), "duplicate item id `coercive-self-1`"],
        ..CASE
    };
    template_with_broken_questionnaire => Case {
        args: &["template", "-q", bad!("toml-syntax.toml")],
        code: 78,
        stderr_contains: &[bad!("toml-syntax.toml:4:33: ")],
        ..CASE
    };
    validate_missing_file => Case {
        args: &["validate", bad!("no-such-file.toml")],
        code: 1,
        stderr_contains: &[bad!("no-such-file.toml"), "no such file or folder"],
        ..CASE
    };
    score_with_missing_questionnaire_file => Case {
        args: &["score", "-q", bad!("no-such-file.toml"), bad!("good-alex.json")],
        code: 1,
        stderr_contains: &[bad!("no-such-file.toml"), "no such file or folder"],
        ..CASE
    };
    score_missing_answers_file => Case {
        args: &["score", bad!("no-such-file.json")],
        code: 1,
        stderr_contains: &[bad!("no-such-file.json"), "no such file or folder"],
        ..CASE
    };
}

// Broken answers, through `score`: exit 65. Values first (the item, the value, the range).
cases! {
    json_syntax_error => Case {
        args: &["score", bad!("json-syntax.json")],
        code: 65,
        stderr_contains: &[
            bad!("json-syntax.json:10:5: "),
            "invalid answers JSON",
            "expected `,` or `}`",
        ],
        ..CASE
    };
    unknown_item_id => Case {
        args: &["score", bad!("unknown-item.json")],
        code: 65,
        stderr_contains: &[
            bad!("unknown-item.json:31:5: "),
            "unknown item `coercive-self-l`",
            "did you mean `coercive-self-1`?",
        ],
        ..CASE
    };
    value_above_scale => Case {
        args: &["score", bad!("value-off-scale.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-off-scale.json:7:5: "),
            "item `coercive-self-1`",
            "9 is off the scale",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
    value_below_scale => Case {
        args: &["score", bad!("value-below-scale.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-below-scale.json:9:5: "),
            "item `reward-self-1`",
            "-1 is off the scale",
            "allowed: a whole number from 0 to 4",
        ],
        ..CASE
    };
    // 99999999999999999999 is a whole number, too big for the scale: say so, and quote it as given.
    value_huge => Case {
        args: &["score", bad!("value-huge.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-huge.json:7:5: "),
            "item `coercive-self-1`",
            "99999999999999999999 is off the scale",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
    value_string => Case {
        args: &["score", bad!("value-string.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-string.json:7:5: "),
            "item `coercive-self-1`",
            "\"3\" is not a whole number",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
    value_fractional => Case {
        args: &["score", bad!("value-fractional.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-fractional.json:7:5: "),
            "item `coercive-self-1`",
            "2.5 is not a whole number",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
    value_true => Case {
        args: &["score", bad!("value-true.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-true.json:7:5: "),
            "item `coercive-self-1`",
            "true is not a whole number",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
    value_array => Case {
        args: &["score", bad!("value-array.json")],
        code: 65,
        stderr_contains: &[
            bad!("value-array.json:7:5: "),
            "item `coercive-self-1`",
            "a list is not a whole number",
            "allowed: a whole number from 1 to 5",
        ],
        ..CASE
    };
}

// Answers: the shape of the JSON and its required fields.
cases! {
    // `42` instead of an object: say an answers object was expected, not a Rust type name.
    top_level_not_an_object => Case {
        args: &["score", bad!("not-an-object.json")],
        code: 65,
        stderr_contains: &[bad!("not-an-object.json:1:"), "42", "object"],
        ..CASE
    };
    answers_field_not_an_object => Case {
        args: &["score", bad!("answers-not-object.json")],
        code: 65,
        stderr_contains: &[bad!("answers-not-object.json:6:13: "), "invalid answers JSON"],
        ..CASE
    };
    missing_respondent_field => Case {
        args: &["score", bad!("missing-respondent.json")],
        code: 65,
        stderr_contains: &[bad!("missing-respondent.json:"), "missing field `respondent`"],
        ..CASE
    };
    missing_questionnaire_field_without_q => Case {
        args: &["score", bad!("missing-questionnaire.json")],
        code: 65,
        stderr_contains: &[
            bad!("missing-questionnaire.json: "),
            "no `questionnaire` field",
            "-q NAME|PATH",
        ],
        ..CASE
    };
    questionnaire_does_not_match_q => Case {
        args: &["score", "-q", "workplace", bad!("good-alex.json")],
        code: 65,
        stderr_contains: &[
            bad!("good-alex.json: "),
            "questionnaire `relationship-short`, but `workplace` was loaded",
            "pass `-q relationship-short`",
        ],
        ..CASE
    };
    questionnaire_does_not_match_q_path => Case {
        args: &["score", "-q", bad!("good.toml"), bad!("good-alex.json")],
        code: 65,
        stderr_contains: &[
            bad!("good-alex.json: "),
            "questionnaire `relationship-short`, but `tiny` was loaded",
        ],
        ..CASE
    };
    unbundled_questionnaire_without_q => Case {
        args: &["score", bad!("unbundled-questionnaire.json")],
        code: 65,
        stderr_contains: &[
            bad!("unbundled-questionnaire.json: "),
            "questionnaire `tiny`, which is not bundled",
            "bundled: relationship, relationship-short, workplace",
            "-q PATH",
        ],
        ..CASE
    };
    // Nothing on stdin (an upstream command failed): say it was empty, not "EOF at 1:0".
    empty_stdin => Case {
        args: &["score"],
        stdin: "",
        code: 65,
        stderr_contains: &["<stdin>", "empty"],
        ..CASE
    };
    bad_json_on_stdin => Case {
        args: &["score", "-"],
        // A comma missing between "A" and "partner", on line 2.
        stdin: concat!(
            "{\"questionnaire\": \"relationship-short\",\n",
            " \"respondent\": \"A\" \"partner\": \"B\"}",
        ),
        code: 65,
        stderr_contains: &["<stdin>:2:20: ", "invalid answers JSON", "expected `,` or `}`"],
        ..CASE
    };
}

// Answers: names, and how many answer objects there are.
cases! {
    empty_respondent => Case {
        args: &["score", bad!("empty-respondent.json")],
        code: 65,
        stderr_contains: &[bad!("empty-respondent.json: "), "`respondent` is empty"],
        ..CASE
    };
    blank_partner => Case {
        args: &["score", bad!("blank-partner.json")],
        code: 65,
        stderr_contains: &[bad!("blank-partner.json: "), "`partner` is empty"],
        ..CASE
    };
    respondent_is_partner => Case {
        args: &["score", bad!("respondent-is-partner.json")],
        code: 65,
        stderr_contains: &[
            bad!("respondent-is-partner.json: "),
            "`respondent` and `partner` are both \"Alex\"",
            "two different people",
        ],
        ..CASE
    };
    names_do_not_pair => Case {
        args: &["score", bad!("good-alex.json"), bad!("sam-partner-jo.json")],
        code: 65,
        stderr_contains: &[
            bad!("sam-partner-jo.json: "),
            "names do not pair up",
            "Sam about Jo",
            "must be Sam about Alex",
        ],
        ..CASE
    };
    same_file_twice => Case {
        args: &["score", bad!("good-alex.json"), bad!("good-alex.json")],
        code: 65,
        stderr_contains: &[
            bad!("good-alex.json: "),
            "names do not pair up",
            "must be Sam about Alex",
        ],
        ..CASE
    };
    array_of_three => Case {
        args: &["score", bad!("three-objects.json")],
        code: 65,
        stderr_contains: &[
            bad!("three-objects.json: "),
            "3 answer objects",
            "allowed: one object, or an array of two",
        ],
        ..CASE
    };
    array_of_two_and_one_more_file => Case {
        args: &["score", bad!("pair-array.json"), bad!("good-alex.json")],
        code: 65,
        stderr_contains: &[
            bad!("pair-array.json"),
            "3 answer objects were given",
            "one person's answers, or two people's",
        ],
        ..CASE
    };
    two_arrays_of_two => Case {
        args: &["score", bad!("pair-array.json"), bad!("pair-array.json")],
        code: 65,
        stderr_contains: &[
            bad!("pair-array.json"),
            "4 answer objects were given",
            "one person's answers, or two people's",
        ],
        ..CASE
    };
}

// Usage errors: exit 2, clap's own or a message in the same style.
cases! {
    unknown_subcommand => Case {
        args: &["frobnicate"],
        code: 2,
        stderr_contains: &["unrecognized subcommand 'frobnicate'", "Usage: powerbalance"],
        ..CASE
    };
    validate_without_files => Case {
        args: &["validate"],
        code: 2,
        stderr_contains: &["required", "<FILE>"],
        ..CASE
    };
    score_three_files => Case {
        args: &["score", bad!("good-alex.json"), bad!("good-sam.json"), bad!("good-alex.json")],
        code: 2,
        stderr_contains: &["`score` takes one or two answer files, one per person, but 3 were given"],
        ..CASE
    };
    score_stdin_twice => Case {
        args: &["score", "-", "-"],
        code: 2,
        stderr_contains: &["standard input (`-`) can be read only once"],
        ..CASE
    };
    unknown_bundled_questionnaire => Case {
        args: &["score", "-q", "nosuch", bad!("good-alex.json")],
        code: 2,
        stderr_contains: &[
            "unknown questionnaire `nosuch`",
            "bundled: relationship, relationship-short, workplace",
            "path to a .toml file",
        ],
        ..CASE
    };
    misspelt_bundled_questionnaire => Case {
        args: &["score", "-q", "relationship-shrt", bad!("good-alex.json")],
        code: 2,
        stderr_contains: &[
            "unknown questionnaire `relationship-shrt`",
            "did you mean `relationship-short`?",
        ],
        ..CASE
    };
    unknown_format => Case {
        args: &["score", "--format", "xml", bad!("good-alex.json")],
        code: 2,
        stderr_contains: &[
            "invalid value 'xml' for '--format <FORMAT>'",
            "possible values: table, json",
        ],
        ..CASE
    };
    unknown_fail_on => Case {
        args: &["score", "--fail-on", "bogus", bad!("good-alex.json")],
        code: 2,
        stderr_contains: &[
            "invalid value 'bogus' for '--fail-on <SEVERITY>'",
            "possible values: warning, alert",
        ],
        ..CASE
    };
}

// Not an error: the reader of stdout goes away (`powerbalance score ... | head -c 10`).
#[test]
fn closed_stdout_pipe_is_not_an_error() {
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_powerbalance"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "score",
            "--format",
            "json",
            bad!("good-alex.json"),
            bad!("good-sam.json"),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the powerbalance binary starts");
    // Close the read end at once, before the report is written, as `head` does when it is done.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut stderr)
        .expect("stderr is readable");
    let status = child.wait().expect("powerbalance ends");
    assert!(
        status.code() == Some(0) && stderr.is_empty(),
        "case `closed_stdout_pipe_is_not_an_error` failed: expected exit 0 and no stderr, \
         got {:?} and stderr:\n{stderr}",
        status.code()
    );
}

// `asked_if` gates (SPEC §3): each refusal located at the gate and saying what is allowed.
cases! {
    gate_names_an_unknown_item => Case {
        args: &["validate", bad!("gate-unknown-item.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gate-unknown-item.toml:74:23: "),
            "item `respect-partner-1` is asked_if unknown item `respect-self-9`",
            "did you mean `respect-self-1`?",
        ],
        ..CASE
    };
    gate_threshold_off_the_gate_items_scale => Case {
        args: &["validate", bad!("gate-off-scale.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gate-off-scale.toml:74:52: "),
            "asked_if at_least = 7 is off the scale of item `respect-self-1`; allowed: 1 to 5",
        ],
        ..CASE
    };
    gate_after_the_item_it_gates => Case {
        args: &["validate", bad!("gate-after.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gate-after.toml:34:23: "),
            "item `coercive-self-1` is asked_if item `expert-self-1`, which comes after it",
        ],
        ..CASE
    };
    gates_in_a_cycle => Case {
        args: &["validate", bad!("gate-cycle.toml")],
        code: 78,
        stderr_contains: &[
            bad!("gate-cycle.toml:34:23: "),
            "makes a cycle (coercive-self-1 → expert-self-1 → coercive-self-1)",
        ],
        ..CASE
    };
}

// Versions (SPEC §3): answers name the version they were given on.
cases! {
    answers_name_a_version_that_is_not_bundled => Case {
        args: &["score", bad!("unknown-version.json")],
        code: 65,
        stderr_contains: &[
            bad!("unknown-version.json: "),
            "these answers are for version 9.9.9 of `relationship-short`, which is not bundled",
            "bundled versions: 1.0.0, 2.0.0",
        ],
        ..CASE
    };
    answers_of_an_older_version_with_q_naming_the_current => Case {
        args: &["score", "-q", "relationship-short", bad!("good-alex.json")],
        code: 65,
        stderr_contains: &[
            "these answers are for version 1.0.0 of `relationship-short`, but version 2.0.0 was loaded",
            "pass `-q relationship-short@1.0.0`",
        ],
        ..CASE
    };
    an_older_version_named_with_q => Case {
        args: &["score", "-q", "relationship-short@1.0.0", bad!("good-alex.json"), "--format", "json"],
        stdout_contains: &["\"version\": \"1.0.0\""],
        ..CASE
    };
    an_unknown_version_with_q => Case {
        args: &["score", "-q", "relationship@7", bad!("good-alex.json")],
        code: 2,
        stderr_contains: &["unknown questionnaire `relationship@7`", "`ID@VERSION` for an older version"],
        ..CASE
    };
}
