//! The exit codes (SPEC §2), in one place: what each means, for `--help` and the man page
//! too. Only `commands::main` turns an outcome into one; only a signal handler exits by
//! itself ([`crate::interactive::interrupt`], [`crate::output`]), with [`EXIT_INTERRUPTED`].

/// Exit code: success (warnings in a report are not failures).
pub const EXIT_OK: u8 = 0;
/// Exit code: any other failure (I/O, a file that cannot be written).
pub const EXIT_FAILURE: u8 = 1;
/// Exit code: usage error.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: `--fail-on` was given and a rule of at least that severity fired.
pub const EXIT_RULE_FIRED: u8 = 3;
/// Exit code: invalid answers.
pub const EXIT_ANSWERS: u8 = 65;
/// Exit code: invalid questionnaire.
pub const EXIT_QUESTIONNAIRE: u8 = 78;
/// Exit code: interrupted (Ctrl-C, the end of input, the quick exit) while answering.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Every exit code with what it means, for `--help` and the man page.
pub const MEANINGS: &[(u8, &str)] = &[
    (EXIT_OK, "success; warnings in a report are not failures"),
    (
        EXIT_FAILURE,
        "any other failure: a file that cannot be read or written",
    ),
    (
        EXIT_USAGE,
        "usage error: an unknown flag or questionnaire id, stdin read twice",
    ),
    (
        EXIT_RULE_FIRED,
        "--fail-on was given and a rule of at least that severity is in the report",
    ),
    (
        EXIT_ANSWERS,
        "invalid answers: bad JSON, unknown item, value off the scale, names that do not pair",
    ),
    (
        EXIT_QUESTIONNAIRE,
        "invalid questionnaire: bad TOML, unknown key, broken reference",
    ),
    (
        EXIT_INTERRUPTED,
        "interrupted (Ctrl-C); the answers given so far are saved",
    ),
];
