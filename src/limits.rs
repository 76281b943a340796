//! How much input powerbalance reads at the most, so that a huge or endless input is refused
//! with a clear message in bounded memory instead of exhausting it.

use std::io::{self, Read};

/// A questionnaire file: the bundled ones are under 40 KiB.
pub const MAX_QUESTIONNAIRE_BYTES: u64 = 1 << 20;

/// An answers file (one or two answer objects): one is a few KiB.
pub const MAX_ANSWERS_BYTES: u64 = 16 << 20;

/// One line of JSON Lines: one answer set is a few KiB, a couple's twice that.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// An id (questionnaire, scale, dimension, item, rule, group), in characters (SPEC §3).
pub const MAX_ID_CHARS: usize = 64;

/// A text of a questionnaire (a title, an item, a label, a message), in characters (SPEC §3).
pub const MAX_TEXT_CHARS: usize = 2000;

/// `text` cut to `max` characters, with `…` where it was cut: a message quotes a key from a
/// file this way, so a 15 MiB key does not make a 15 MiB line.
pub fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..at])),
    }
}

/// Reads all of `reader`, or `None` when it holds more than `limit` bytes; never reads more
/// than `limit + 1`.
pub fn read_at_most(reader: impl Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// "1 MiB", "16 MiB": a limit as people read it.
pub fn size_words(bytes: u64) -> String {
    crate::ui!("error-size-mib", mib = bytes >> 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_no_further() {
        assert_eq!(read_at_most(&b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_at_most(&b"abcd"[..], 3).unwrap(), None);
        // An endless reader stops at limit + 1 bytes.
        assert_eq!(read_at_most(io::repeat(b'x'), 1000).unwrap(), None);
        assert_eq!(size_words(16 << 20), "16 MiB");
        assert_eq!(shorten("abcdé", 4), "abcd…");
        assert_eq!(shorten("abcdé", 5), "abcdé");
    }
}
