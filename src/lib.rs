//! powerbalance: assess the balance of power between two people from a questionnaire.
//!
//! The data flows through one room per step (README, "How the code is laid out"):
//! command line (`cli`) → settings (`settings`) → questionnaire (`questionnaire`) → answers
//! (`answers`, and `jsonl` for JSON Lines) → scoring (`scoring`, pure) → the report value
//! (`model`) → renderers (`report`) → output (`output`). The binary only calls [`main`].
//!
//! Every module is private; what tests, benchmarks and other programs may use is the list
//! below, and nothing else is API.

// The library never prints with `print!`/`eprintln!` (which panic when the stream is
// closed): what it writes goes through `output` (`emit`, `say`, `print_error`) or a writer
// it is given.
#![warn(clippy::print_stdout, clippy::print_stderr)]

mod answers;
mod cli;
mod commands;
mod data_dir;
mod error;
mod exit_codes;
mod fhir;
mod history;
mod i18n;
mod interactive;
mod jsonl;
mod limits;
mod model;
mod output;
mod printable;
mod questionnaire;
mod report;
mod schema;
mod scoring;
mod settings;
mod simulate;
mod stats;
mod suggest;

/// The command line: its parsed form, the whole run, and the run of a parsed command line.
pub use cli::Cli;
pub use commands::{main, run};
/// What went wrong, with its exit code (SPEC §2).
pub use error::Error;

/// The questionnaire model and the bundled questionnaires and translations (SPEC §3, §11).
pub use questionnaire::{
    ALL_VERSIONS, About, BUNDLED, Bundled, BundledTranslation, Dimension, DimensionKind, OLDER,
    Problem, Questionnaire, QuestionnaireError, RuleKind, Severity, TRANSLATIONS, Translated,
    Translation, parse as parse_questionnaire, skeleton,
};

/// Answers (SPEC §4): one file's, checked, and a couple's.
pub use answers::{
    AnswerSet, AnswersError, Pair, Responses, named_questionnaire, pair_of,
    parse_file as parse_answers,
};

/// The pure scoring engine (SPEC §5, §6).
pub use scoring::{Options, PRIVATE_NOTE, Prepared, Scratch, score};

/// The report value and its renderers (SPEC §7).
pub use report::{Format, Report, Style, csv_header, csv_rows, render};

/// JSON Lines, in and out, and the batch run (`score --jsonl`).
pub use jsonl::batch::{
    BatchFormat, Lines, Scorer, Strict, Summary, run as run_batch,
    run_parallel as run_batch_parallel,
};
pub use jsonl::{JsonLines, LineParser};

/// Simulated answers (`simulate`).
pub use simulate::Simulation;

/// Languages (SPEC §11).
pub use i18n::{Lang, Messages};
