//! Bytes to a validated [`Questionnaire`]: UTF-8, TOML, then the semantic checks.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::error::{LineIndex, Problem, QuestionnaireError};
use super::{Questionnaire, raw::RawQuestionnaire, validate};

/// Parses and validates a questionnaire. `file` names it in every message.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Questionnaire, QuestionnaireError> {
    let fail = |problems| QuestionnaireError {
        file: file.to_owned(),
        problems,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) =
            LineIndex::new(std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default())
                .position(e.valid_up_to());
        fail(vec![Problem {
            position: Some((line, column)),
            message: "the file is not valid UTF-8 text".to_owned(),
        }])
    })?;
    let index = LineIndex::new(text);
    let raw: RawQuestionnaire = toml::from_str(text).map_err(|e| {
        let mut message = e.message().trim_end().replace('\n', " ");
        if message == "duplicate key"
            && let Some(key) = e.span().and_then(|span| text.get(span))
        {
            message = format!(
                "duplicate key `{}`; a key or table may be defined only once",
                key.trim()
            );
        }
        fail(vec![match e.span() {
            Some(span) => index.problem(span, message),
            None => Problem {
                position: None,
                message,
            },
        }])
    })?;
    validate::build(raw, &index, sha256_hex(bytes)).map_err(fail)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_input() {
        // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
