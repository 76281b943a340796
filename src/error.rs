//! The one place that turns a failure into a message and an exit code (SPEC §2).

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
    /// Reading or writing failed: what was being done, then why in plain words.
    #[error("{}", io_message(.0))]
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

/// An I/O error's chain of context as one line, each system error in plain words: no
/// `(os error 2)`, and no temporary file's path, which the user never named.
fn io_message(e: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    for cause in e.chain() {
        match cause.downcast_ref::<std::io::Error>() {
            // What lies below a system error only says it again, in its own terms.
            Some(io) => {
                parts.push(io_words(io));
                break;
            }
            None => parts.push(cause.to_string()),
        }
    }
    parts.join(": ")
}

/// What an I/O error means, in words.
pub(crate) fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let words = match e.kind() {
        K::NotFound => "there is no such file or folder",
        K::PermissionDenied => "permission denied",
        K::AlreadyExists => "it already exists",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "the disk quota is used up",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "a part of the path is not a folder",
        K::ReadOnlyFilesystem => "the file system is read-only",
        K::InvalidData => "the file is not valid text",
        K::Interrupted => "interrupted",
        K::BrokenPipe => "the other end of the pipe closed",
        _ => {
            let text = e.to_string();
            // The system's words without `(os error N)` and without a path appended to them.
            let text = text.split(" (os error").next().unwrap_or(&text);
            let text = text.split(" at path ").next().unwrap_or(text);
            return text.to_owned();
        }
    };
    words.to_owned()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use crate::printable::printable;

    #[test]
    fn io_errors_are_said_in_words() {
        let e = anyhow::Error::new(std::io::Error::from_raw_os_error(2)).context("reading `a`");
        assert_eq!(
            super::io_message(&e),
            "reading `a`: there is no such file or folder"
        );
        let full = std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "No space left on device (os error 28) at path \"/x/.tmpjVusPD\"",
        );
        assert_eq!(super::io_words(&full), "the disk is full");
        let other = std::io::Error::other("Odd thing (os error 99) at path \"/x/.tmp1\"");
        assert_eq!(super::io_words(&other), "Odd thing");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            printable("unknown item `a\nb\u{1b}[2J\0` in é"),
            "unknown item `a\\nb\\u{1b}[2J\\0` in é"
        );
        assert!(matches!(printable("plain"), Cow::Borrowed("plain")));
    }
}
