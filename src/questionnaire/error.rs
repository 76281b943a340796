//! Located problems in a questionnaire file.

use std::fmt;
use std::ops::Range;

use crate::printable::printable;

/// One thing wrong with a questionnaire, at a line and column where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what is allowed.
    pub message: String,
}

/// Everything wrong with one questionnaire file (exit code 78).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct QuestionnaireError {
    /// The file as the user named it (or the bundled file's name).
    pub file: String,
    /// At least one problem, in file order.
    pub problems: Vec<Problem>,
}

impl QuestionnaireError {
    /// Each problem as one `file:line:column: message` line, control characters escaped.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.problems.iter().map(|p| {
            let line = match p.position {
                Some((line, col)) => format!("{}:{line}:{col}: {}", self.file, p.message),
                None => format!("{}: {}", self.file, p.message),
            };
            printable(&line).into_owned()
        })
    }
}

impl fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.lines().collect();
        f.write_str(&lines.join("\n"))
    }
}

/// Turns byte spans into 1-based line and column (counted in characters).
///
/// Positions are asked for mostly in file order, so the last one is remembered and the next
/// counted on from it: a file with thousands of problems costs one pass, not one per problem.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    /// The last offset asked for, and its line and column.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            last: std::cell::Cell::new((0, 1, 1)),
        }
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let (from, mut line, mut column) = match self.last.get() {
            last if last.0 <= offset => last,
            _ => (0, 1, 1),
        };
        let before = &self.text[from..offset];
        match before.rfind('\n') {
            Some(last_break) => {
                line += memchr::memchr_iter(b'\n', before.as_bytes()).count();
                column = before[last_break + 1..].chars().count() + 1;
            }
            None => column += before.chars().count(),
        }
        self.last.set((offset, line, column));
        (line, column)
    }

    pub(crate) fn problem(&self, span: Range<usize>, message: impl Into<String>) -> Problem {
        Problem {
            position: Some(self.position(span.start)),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let index = LineIndex::new("ab\ncé d\n");
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(3), (2, 1));
        // Line 2 starts at byte 3; "cé " is 4 bytes (é is two), so byte 7 is 'd', the 4th
        // character of line 2, and byte 6 the space, the 3rd.
        assert_eq!(index.position(7), (2, 4));
        assert_eq!(index.position(6), (2, 3));
        // An offset inside a multi-byte character moves back to its start.
        assert_eq!(index.position(5), (2, 2));
        // Past the end clamps to the end.
        assert_eq!(index.position(99), (3, 1));
    }
}
