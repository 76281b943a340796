//! Bytes to a validated [`Questionnaire`]: UTF-8, TOML, then the semantic checks.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::error::{LineIndex, Problem, QuestionnaireError};
use super::{Questionnaire, raw::RawQuestionnaire, validate};
use crate::suggest::did_you_mean;

/// Parses and validates a questionnaire. `file` names it in every message.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Questionnaire, QuestionnaireError> {
    let fail = |problems| QuestionnaireError {
        file: file.to_owned(),
        problems,
    };
    let text = utf8_text(file, bytes)?;
    // A value that is not one of a key's allowed words (`kind = "powr"`) stops the TOML
    // reader. To report every problem at once, it is noted, replaced by an allowed word in a
    // copy of the text, and the copy read again. Positions are counted in the copy: a
    // replacement adds no line, so only a column after it on its own line can differ.
    const MAX_WORD_PROBLEMS: usize = 50;
    let mut copy = std::borrow::Cow::Borrowed(text);
    let mut word_problems = Vec::new();
    let raw = loop {
        match toml::from_str::<RawQuestionnaire>(&copy) {
            Ok(raw) => break raw,
            Err(e) => {
                if word_problems.len() < MAX_WORD_PROBLEMS
                    && let Some((span, word, allowed)) = unknown_word(&e, &copy)
                {
                    word_problems.push(LineIndex::new(&copy).problem(
                        span.clone(),
                        crate::ui!(
                            "problem-word-not-allowed",
                            word = word.clone(),
                            suggestion = did_you_mean(&word, allowed.iter().map(String::as_str)),
                            allowed = allowed.join(", ")
                        ),
                    ));
                    let mut patched = copy.into_owned();
                    patched.replace_range(span, &format!("\"{}\"", allowed[0]));
                    copy = std::borrow::Cow::Owned(patched);
                    continue;
                }
                let problem = match e.span() {
                    Some(span) => LineIndex::new(&copy).problem(span, toml_message(&e, &copy)),
                    None => Problem {
                        position: None,
                        message: toml_message(&e, &copy),
                    },
                };
                word_problems.push(problem);
                word_problems.sort_by_key(|p| p.position);
                return Err(fail(word_problems));
            }
        }
    };
    let index = LineIndex::new(&copy);
    let mut problems = match validate::build(raw, &index, sha256_hex(bytes)) {
        Ok(q) if word_problems.is_empty() => return Ok(q),
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    problems.append(&mut word_problems);
    problems.sort_by_key(|p| p.position);
    Err(fail(problems))
}

/// The file's bytes as text, or the located problem of the first byte that is not UTF-8.
pub(super) fn utf8_text<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, QuestionnaireError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) =
            LineIndex::new(std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default())
                .position(e.valid_up_to());
        QuestionnaireError {
            file: file.to_owned(),
            problems: vec![Problem {
                position: Some((line, column)),
                message: crate::ui!("problem-not-utf8"),
            }],
        }
    })
}

/// A TOML reader's message in plain words: "this value must be a number, not the text "x""
/// rather than "invalid type: string "x", expected f64".
pub(super) fn toml_message(e: &toml::de::Error, text: &str) -> String {
    let message = e.message().trim_end().replace('\n', " ");
    if message == "duplicate key"
        && let Some(key) = e.span().and_then(|span| text.get(span))
    {
        return crate::ui!("problem-duplicate-key", key = key.trim());
    }
    let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    else {
        return message;
    };
    let found = match found {
        "map" => crate::ui!("problem-found-table"),
        "sequence" => crate::ui!("problem-found-list"),
        f => match f.split_once(' ') {
            Some(("string", s)) => crate::ui!("problem-found-text", text = s),
            Some(("integer", n)) => {
                crate::ui!("problem-found-whole-number", number = n.trim_matches('`'))
            }
            Some(("floating", n)) => crate::ui!(
                "problem-found-number",
                number = n.trim_start_matches("point ").trim_matches('`')
            ),
            Some(("boolean", b)) => b.trim_matches('`').to_owned(),
            _ => f.to_owned(),
        },
    };
    let expected = match expected {
        "f64" | "f32" => crate::ui!("problem-expected-number"),
        "i64" | "i32" | "u64" | "u32" | "usize" | "i128" | "u128" => {
            crate::ui!("problem-expected-whole-number")
        }
        "a string" => crate::ui!("problem-expected-text"),
        "a boolean" => crate::ui!("problem-expected-boolean"),
        "a sequence" => crate::ui!("problem-expected-list"),
        "a map" => crate::ui!("problem-expected-table"),
        other => other.to_owned(),
    };
    crate::ui!("problem-wrong-type", expected = expected, found = found)
}

/// An "unknown variant" error: the span of the quoted word, the word, and the words allowed.
fn unknown_word(
    e: &toml::de::Error,
    text: &str,
) -> Option<(std::ops::Range<usize>, String, Vec<String>)> {
    let message = e.message();
    let rest = message.strip_prefix("unknown variant `")?;
    let (word, rest) = rest.split_once('`')?;
    let list = rest.strip_prefix(", expected ")?;
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let allowed: Vec<String> = list
        .split([',', ' '])
        .filter(|w| w.starts_with('`'))
        .map(|w| w.trim_matches('`').to_owned())
        .collect();
    let span = e.span()?;
    // Only a quoted word is replaced: the span must hold exactly `"word"`.
    let quoted = text.get(span.clone())?;
    (!allowed.is_empty() && quoted.starts_with('"') && quoted.ends_with('"'))
        .then(|| (span, word.to_owned(), allowed))
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
