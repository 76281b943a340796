//! Text from the user's files made fit to quote in a message: one line, nothing that drives
//! a terminal. Its own small module so that the errors of each room (questionnaire, answers,
//! history) and the one place that prints them ([`crate::error`]) all call it without
//! importing one another.

use std::borrow::Cow;

/// `text` with every control or bidi character written as an escape (`\u{1b}`, `\n`, `\0`…).
/// Messages quote ids and values from the user's files, and one holding a newline or a
/// terminal escape must not break the `file:line:column: message` line or reach the
/// terminal as a command.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    crate::output::one_line_safe(text)
}
