//! The one place that turns a failure into a message and an exit code (SPEC §2).

use std::borrow::Cow;

use crate::answers::AnswersError;
use crate::questionnaire::QuestionnaireError;

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

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A questionnaire failed to load or validate.
    #[error(transparent)]
    Questionnaire(#[from] QuestionnaireError),
    /// Answers failed to parse or check.
    #[error(transparent)]
    Answers(#[from] AnswersError),
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// Reading or writing failed.
    #[error("{0:#}")]
    Io(#[from] anyhow::Error),
}

impl Error {
    /// The exit code SPEC §2 gives this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Questionnaire(_) => EXIT_QUESTIONNAIRE,
            Error::Answers(_) => EXIT_ANSWERS,
            Error::Usage(_) => EXIT_USAGE,
            Error::Io(_) => EXIT_FAILURE,
        }
    }

    /// The message, one line per problem (a questionnaire may have several).
    pub fn lines(&self) -> Vec<String> {
        match self {
            Error::Questionnaire(e) => e.lines().collect(),
            other => vec![other.to_string()],
        }
    }
}

/// `text` with every control or bidi character written as an escape (`\u{1b}`, `\n`, `\0`…).
/// Messages quote ids and values from the user's files, and one holding a newline or a
/// terminal escape must not break the `file:line:column: message` line or reach the
/// terminal as a command.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    crate::output::one_line_safe(text)
}

#[cfg(test)]
mod tests {
    use super::{Cow, printable};

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            printable("unknown item `a\nb\u{1b}[2J\0` in é"),
            "unknown item `a\\nb\\u{1b}[2J\\0` in é"
        );
        assert!(matches!(printable("plain"), Cow::Borrowed("plain")));
    }
}
