//! Located problems in a questionnaire file.

use std::fmt;
use std::ops::Range;

use crate::error::printable;

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
pub(crate) struct LineIndex<'a> {
    text: &'a str,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LineIndex { text }
    }

    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
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
