//! The one place that turns a failure into a message and an exit code (SPEC §2).

use crate::answers::AnswersError;
use crate::questionnaire::QuestionnaireError;

pub use crate::exit_codes::*;

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
    /// The tool will not do what was asked to a file, to keep it or the answers safe
    /// (replace a file without `--force`, write through a link, keep answers in a folder of
    /// another user's): why, and what to do instead.
    #[error("{0}")]
    Refused(Refusal),
    /// Reading or writing failed: what was being done, then why in plain words.
    #[error("{}", io_message(.0))]
    Io(anyhow::Error),
    /// Answering ended early: Ctrl-C read as a key, the end of input, or the quick exit. The
    /// screen is restored and what to say said already (`interactive::interrupt`);
    /// nothing more is printed.
    #[error("interrupted")]
    Interrupted,
}

/// A refusal (see [`Error::Refused`]), as a standard error so that it can travel through
/// the `anyhow` results of the output functions and still be told from an I/O failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refusal(pub String);

impl From<anyhow::Error> for Error {
    /// A bare `Refusal` is [`Error::Refused`]; anything else, an I/O failure with its
    /// context.
    fn from(e: anyhow::Error) -> Error {
        if e.chain().count() == 1 {
            match e.downcast::<Refusal>() {
                Ok(refusal) => Error::Refused(refusal),
                Err(e) => Error::Io(e),
            }
        } else {
            Error::Io(e)
        }
    }
}

impl Error {
    /// The exit code SPEC §2 gives this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Questionnaire(_) => EXIT_QUESTIONNAIRE,
            Error::Answers(_) => EXIT_ANSWERS,
            Error::Usage(_) => EXIT_USAGE,
            Error::Refused(_) | Error::Io(_) => EXIT_FAILURE,
            Error::Interrupted => EXIT_INTERRUPTED,
        }
    }

    /// The message, one line per problem (a questionnaire may have several); none for an
    /// interruption, which has said what it has to say.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Error::Questionnaire(e) => e.lines().collect(),
            Error::Interrupted => Vec::new(),
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
    match e.kind() {
        K::NotFound => crate::ui!("error-io-not-found"),
        K::PermissionDenied => crate::ui!("error-io-permission-denied"),
        K::AlreadyExists => crate::ui!("error-io-already-exists"),
        K::StorageFull => crate::ui!("error-io-storage-full"),
        K::QuotaExceeded => crate::ui!("error-io-quota-exceeded"),
        K::IsADirectory => crate::ui!("error-io-is-a-directory"),
        K::NotADirectory => crate::ui!("error-io-not-a-directory"),
        K::ReadOnlyFilesystem => crate::ui!("error-io-read-only"),
        K::InvalidData => crate::ui!("error-io-invalid-data"),
        K::Interrupted => crate::ui!("error-io-interrupted"),
        K::BrokenPipe => crate::ui!("error-io-broken-pipe"),
        K::FileTooLarge => crate::ui!("error-io-file-too-large"),
        K::UnexpectedEof => crate::ui!("error-io-ended-early"),
        K::InvalidFilename => crate::ui!("error-io-name-too-long"),
        // `EIO`, which has no kind of its own: the device failed.
        _ if e.raw_os_error() == Some(rustix::io::Errno::IO.raw_os_error()) => {
            crate::ui!("error-io-device")
        }
        _ => {
            let text = e.to_string();
            // The system's words without `(os error N)` and without a path appended to them.
            let text = text.split(" (os error").next().unwrap_or(&text);
            let text = text.split(" at path ").next().unwrap_or(text);
            text.to_owned()
        }
    }
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
        // The system's `EFBIG`, `ENAMETOOLONG` and `EIO`.
        use rustix::io::Errno;
        for (errno, words) in [
            (
                Errno::FBIG,
                "the file would be larger than this system allows",
            ),
            (Errno::NAMETOOLONG, "the path, or a name in it, is too long"),
            (Errno::IO, "the disk or device could not be read or written"),
        ] {
            let e = std::io::Error::from_raw_os_error(errno.raw_os_error());
            assert_eq!(super::io_words(&e), words);
        }
        // What was being done is a context over the system's error, kept beside its words.
        let saving = anyhow::Error::new(std::io::Error::from_raw_os_error(
            Errno::FBIG.raw_os_error(),
        ))
        .context("saving answers to `a.json`");
        assert_eq!(
            super::io_message(&saving),
            "saving answers to `a.json`: the file would be larger than this system allows"
        );
        let other = std::io::Error::other("Odd thing (os error 99) at path \"/x/.tmp1\"");
        assert_eq!(super::io_words(&other), "Odd thing");
    }

    #[test]
    fn a_refusal_is_not_an_io_failure_but_keeps_its_message_and_code() {
        let refused = super::Error::from(anyhow::Error::new(super::Refusal(
            "`a` already exists; add --force to replace it, or choose another file".into(),
        )));
        assert!(matches!(refused, super::Error::Refused(_)));
        assert_eq!(
            refused.to_string(),
            "`a` already exists; add --force to replace it, or choose another file"
        );
        assert_eq!(refused.exit_code(), 1);
        // Under a context it is part of a failure's story, told whole.
        let within = super::Error::from(
            anyhow::Error::new(super::Refusal("no".into())).context("saving `a`"),
        );
        assert!(matches!(within, super::Error::Io(_)));
        assert_eq!(within.to_string(), "saving `a`: no");
        let io = super::Error::from(anyhow::Error::new(std::io::Error::from_raw_os_error(2)));
        assert!(matches!(io, super::Error::Io(_)));
        assert_eq!(super::Error::Interrupted.exit_code(), 130);
        assert!(super::Error::Interrupted.lines().is_empty());
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
