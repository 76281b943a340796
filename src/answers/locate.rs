//! Where each answer stands in a file, so that an error about an answer's value can name its
//! line and column as a JSON syntax error does. `serde_json` keeps no positions, so the file
//! is walked once more, which is only done on the one-file path.

use crate::jsonl::scan::Scanner;

/// The 1-based line and column of each key of the `answers` object of the `object`-th answer
/// object in `bytes` (the file's one object is the 0th), in file order. Empty where the
/// JSON is not what the parse accepted (it always is, as this runs after it).
/// A byte-order mark is not counted: an editor does not show one.
pub(super) fn answer_positions(bytes: &[u8], object: usize) -> Vec<(u64, u64)> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut w = Walker {
        s: Scanner::new(bytes),
        text: String::new(),
    };
    let mut offsets = Vec::new();
    let _ = w.find(object, &mut offsets);
    to_positions(bytes, &offsets)
}

/// Byte offsets (increasing) to 1-based lines and columns, columns counted in characters.
fn to_positions(bytes: &[u8], offsets: &[usize]) -> Vec<(u64, u64)> {
    let (mut line, mut line_start, mut at) = (1u64, 0usize, 0usize);
    offsets
        .iter()
        .map(|&offset| {
            for (i, &b) in bytes[at..offset].iter().enumerate() {
                if b == b'\n' {
                    line += 1;
                    line_start = at + i + 1;
                }
            }
            at = offset;
            let before = &bytes[line_start..offset];
            // Characters: every byte that does not continue a UTF-8 sequence.
            let column = before.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u64 + 1;
            (line, column)
        })
        .collect()
}

/// Walks answers JSON (already parsed once, so well-formed) with the batch scanner.
struct Walker<'a> {
    s: Scanner<'a>,
    /// A string's text, reused.
    text: String,
}

impl Walker<'_> {
    fn peek(&mut self) -> Option<u8> {
        self.s.peek()
    }

    /// The `object`-th answer object (of an array, or the only one), its answers' key
    /// offsets into `out`.
    fn find(&mut self, object: usize, out: &mut Vec<usize>) -> Option<()> {
        if self.peek()? == b'[' {
            self.s.i += 1;
            for _ in 0..object {
                self.value()?;
                self.s.expect(b',')?;
            }
        } else if object > 0 {
            return None;
        }
        self.s.expect(b'{')?;
        while self.peek()? == b'"' {
            self.s.string_into(&mut self.text)?;
            let is_answers = self.text == "answers";
            self.s.expect(b':')?;
            if is_answers && self.peek()? == b'{' {
                self.s.i += 1;
                while self.peek()? == b'"' {
                    out.push(self.s.i);
                    self.s.string_into(&mut self.text)?;
                    self.s.expect(b':')?;
                    self.value()?;
                    if self.peek()? == b',' {
                        self.s.i += 1;
                    }
                }
                return Some(());
            }
            self.value()?;
            if self.peek()? == b',' {
                self.s.i += 1;
            }
        }
        Some(())
    }

    /// Skips one value of any kind, nesting included.
    fn value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => self.s.string_into(&mut self.text)?,
                b'{' | b'[' => {
                    depth += 1;
                    self.s.i += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.s.i += 1;
                }
                b',' | b':' if depth > 0 => self.s.i += 1,
                _ => {
                    while let Some(c) = self.s.b.get(self.s.i) {
                        if b" \t\r\n,:]}".contains(c) {
                            break;
                        }
                        self.s.i += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::answer_positions;

    #[test]
    fn finds_each_answer_of_each_object() {
        let one = "{\"respondent\": \"A\", \"x\": {\"answers\": {\"no\": 1}},\n \"answers\": {\n  \"a\": 1, \"é\": [1, {\"b\": 2}],\n  \"c\": null}}";
        assert_eq!(
            answer_positions(one.as_bytes(), 0),
            [(3, 3), (3, 11), (4, 3)]
        );
        let two = "[{\"answers\": {\"a\": 1}}, {\"partner\": \"}\", \"answers\": {\"b\": 2}}]";
        assert_eq!(answer_positions(two.as_bytes(), 1), [(1, 54)]);
        assert_eq!(
            answer_positions(b"\xef\xbb\xbf{\"answers\":{\"a\":1}}", 0),
            [(1, 13)]
        );
    }
}
