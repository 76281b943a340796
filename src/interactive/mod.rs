//! Answering a questionnaire one item at a time (SPEC §8), independent of any terminal.
//!
//! The flow asks the items not yet given, in order; lets the person go back and skip;
//! saves after every answer through a callback; and ends on a review where any answer can be
//! changed. What the person sees and types sits behind [`Prompter`]: a terminal
//! ([`terminal::TerminalPrompter`]), plain lines for screen readers ([`plain::PlainPrompter`]),
//! or a script in tests.

pub mod interrupt;
pub mod plain;
pub mod save;
pub mod terminal;

use std::io;

use crate::answers::Slot;
use crate::i18n::{Lang, Messages};
use crate::questionnaire::{Questionnaire, Scale};
use crate::tr;

/// Why a person left the questions before the end (not to be confused with
/// `batch::Stop`, why a batch run stopped at a line).
#[derive(Debug)]
pub enum Leave {
    /// Ctrl-C.
    Interrupted,
    /// The input ended (plain mode at end of file, or a closed terminal).
    EndOfInput,
    /// The quick exit key: leave at once, wiping the screen, saying nothing.
    QuickExit,
    /// Reading, writing or saving failed: the system's error, with what was being done
    /// (the file being saved) as its context.
    Io(anyhow::Error),
}

impl From<io::Error> for Leave {
    fn from(e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::Interrupted => Leave::Interrupted,
            io::ErrorKind::UnexpectedEof => Leave::EndOfInput,
            _ => Leave::Io(e.into()),
        }
    }
}

/// What the person did at one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Chose this value on the item's scale.
    Answer(i64),
    /// Prefer not to answer.
    Skip,
    /// Go back to the previous item.
    Back,
}

/// One item as it is shown.
#[derive(Debug, Clone, Copy)]
pub struct ItemScreen<'a> {
    /// 1-based position in the order asked.
    pub position: usize,
    /// How many items there are.
    pub total: usize,
    /// The dimension's name, as the section heading.
    pub section: &'a str,
    /// The question.
    pub text: &'a str,
    /// Its scale and labels.
    pub scale: &'a Scale,
    /// What was given before (to pre-select), if anything.
    pub current: Slot,
    /// Whether there is a previous item to go back to.
    pub can_go_back: bool,
    /// Whose turn it is, in a session ("Ana's turn, together"); `None` in `take`.
    pub turn: Option<&'a str>,
}

/// One line of the review screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// 1-based position in the order asked.
    pub position: usize,
    /// The dimension's name.
    pub section: String,
    /// The question.
    pub text: String,
    /// The answer in words: its label, "skipped", or "not answered".
    pub answer: String,
    /// Whether an answer (or a skip) was given: only a given answer is masked.
    pub given: bool,
    /// Whether the item is private: its answer is shown as `masked` (the words
    /// `review-answer-masked`) unless the person asks to see it.
    pub private: bool,
}

impl ReviewRow {
    /// The answer as the review shows it: `masked` when private, given, and not `revealed`.
    /// It tests the answer, never the words, so it holds in every language.
    pub fn shown_answer<'a>(&'a self, revealed: bool, masked: &'a str) -> &'a str {
        if self.private && !revealed && self.given {
            masked
        } else {
            &self.answer
        }
    }
}

/// The quick exit key, shown on every item screen.
pub const QUICK_EXIT_KEY: char = 'q';

/// What the person chose on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewChoice {
    /// Done: save and show the report.
    Finish,
    /// Change the answer at this 1-based position.
    Change(usize),
}

/// What the person sees and types. Implementations draw on stderr; stdout is the report's.
pub trait Prompter {
    /// The messages it speaks in now: the tool's words on its screens.
    fn messages(&self) -> &Messages;
    /// Speaks `lang` from now on (in a session, each person's screens are in their own).
    fn speak(&mut self, lang: Lang);
    /// Shows a screen of text and waits until the person is ready.
    fn show(&mut self, text: &str) -> Result<(), Leave>;
    /// Asks for a name; never returns an empty one.
    fn name(&mut self, question: &str) -> Result<String, Leave>;
    /// Asks one item.
    fn item(&mut self, screen: &ItemScreen<'_>) -> Result<Choice, Leave>;
    /// Shows every answer (private ones masked until asked) and asks whether to finish or
    /// change one. `turn` is as on [`ItemScreen`].
    fn review(&mut self, rows: &[ReviewRow], turn: Option<&str>) -> Result<ReviewChoice, Leave>;
    /// Clears the screen and the scrollback between two people, so neither sees the
    /// other's answers.
    fn clear(&mut self) -> Result<(), Leave>;
    /// Shows `text` and waits for one of `options` (a key and what it does); returns the key.
    fn choose(&mut self, text: &str, options: &[(char, &str)]) -> Result<char, Leave>;
    /// Leaves the prompting screen (the terminal's alternate screen), wiping it and the
    /// scrollback, so that the report prints on the terminal's own screen.
    fn leave(&mut self) -> Result<(), Leave> {
        Ok(())
    }
}

/// Asks `order`'s items that are not yet given, then the review, saving after each change.
///
/// `slots` is indexed like [`Questionnaire::items`]; `save` is called with it after every
/// answer, skip and change.
pub fn answer_items(
    q: &Questionnaire,
    order: &[usize],
    slots: &mut [Slot],
    prompter: &mut dyn Prompter,
    turn: Option<&str>,
    save: &mut dyn FnMut(&[Slot]) -> Result<(), Leave>,
) -> Result<(), Leave> {
    let mut asker = Asker {
        q,
        order,
        prompter,
        turn,
        save,
    };
    asker.missing(slots, 0)?;
    loop {
        let rows = review_rows(q, order, slots, asker.prompter.messages());
        match asker.prompter.review(&rows, turn)? {
            ReviewChoice::Finish => return Ok(()),
            ReviewChoice::Change(position) => {
                let Some(pos) = position.checked_sub(1).filter(|p| *p < order.len()) else {
                    continue;
                };
                if asker.ask_and_keep(slots, pos)? != Choice::Back {
                    // A changed gate may open questions: they are asked before the review
                    // comes back, so finishing never leaves one unasked (in a session, an
                    // unasked private question would leave the answers unfinished, and a
                    // resumed session would show it).
                    asker.missing(slots, pos + 1)?;
                }
            }
        }
    }
}

/// What asking one person's items takes, besides their answers so far.
struct Asker<'a> {
    q: &'a Questionnaire,
    order: &'a [usize],
    prompter: &'a mut dyn Prompter,
    turn: Option<&'a str>,
    save: &'a mut dyn FnMut(&[Slot]) -> Result<(), Leave>,
}

impl Asker<'_> {
    /// Asks the items of `order` not yet given that apply, from position `from` on (then
    /// from the start), saving after each; Back goes to the item before.
    fn missing(&mut self, slots: &mut [Slot], from: usize) -> Result<(), Leave> {
        let (q, order) = (self.q, self.order);
        let mut at = next_missing(q, order, slots, from);
        while let Some(pos) = at {
            at = match self.ask_and_keep(slots, pos)? {
                Choice::Back => Some(pos.saturating_sub(1)),
                _ => next_missing(q, order, slots, pos + 1),
            };
        }
        Ok(())
    }

    /// Asks the item at `pos` and keeps what the person did: an answer or a skip is recorded
    /// in `slots` and saved at once; Back keeps nothing.
    fn ask_and_keep(&mut self, slots: &mut [Slot], pos: usize) -> Result<Choice, Leave> {
        let choice = self.ask(slots, pos)?;
        if choice != Choice::Back {
            record(slots, self.order[pos], choice);
            (self.save)(slots)?;
        }
        Ok(choice)
    }

    /// Asks the item at `pos` until the answer fits its scale.
    fn ask(&mut self, slots: &[Slot], pos: usize) -> Result<Choice, Leave> {
        let (q, order) = (self.q, self.order);
        let item = &q.items[order[pos]];
        let scale = q.scale_of(item);
        let screen = ItemScreen {
            position: pos + 1,
            total: order.len(),
            section: &q.dimensions[item.dimension].name,
            text: &item.text,
            scale,
            current: slots[order[pos]],
            can_go_back: pos > 0,
            turn: self.turn,
        };
        loop {
            match self.prompter.item(&screen)? {
                Choice::Answer(v) if !scale.holds(v) => continue,
                Choice::Back if pos == 0 => continue,
                choice => return Ok(choice),
            }
        }
    }
}

fn record(slots: &mut [Slot], item: usize, choice: Choice) {
    slots[item] = match choice {
        Choice::Answer(v) => Some(Some(v)),
        Choice::Skip => Some(None),
        Choice::Back => return,
    };
}

/// The first position at or after `from` whose item was never given and applies (SPEC §3
/// `asked_if`: an item whose gate is not met is not asked). An item that came to apply through
/// a later answer (shuffled, its gate after it) is looked for from the start.
fn next_missing(q: &Questionnaire, order: &[usize], slots: &[Slot], from: usize) -> Option<usize> {
    let mut applies = Vec::new();
    if q.has_gates() {
        let values: Vec<Option<i64>> = slots.iter().map(|s| s.flatten()).collect();
        q.applicable(&values, &mut applies);
    }
    let wanted =
        |pos: &usize| slots[order[*pos]].is_none() && applies.get(order[*pos]).is_none_or(|a| *a);
    (from..order.len()).find(wanted).or_else(|| {
        q.has_gates()
            .then(|| (0..from.min(order.len())).find(wanted))
            .flatten()
    })
}

/// Every item in the order asked, with its answer in words (`m`'s).
pub fn review_rows(
    q: &Questionnaire,
    order: &[usize],
    slots: &[Slot],
    m: &Messages,
) -> Vec<ReviewRow> {
    order
        .iter()
        .enumerate()
        .map(|(pos, &i)| {
            let item = &q.items[i];
            ReviewRow {
                position: pos + 1,
                section: q.dimensions[item.dimension].name.clone(),
                text: item.text.clone(),
                answer: answer_words(q.scale_of(item), slots[i], m),
                given: slots[i].is_some(),
                private: q.dimensions[item.dimension].private,
            }
        })
        .collect()
}

/// "Agree (4)", "skipped" or "not answered", in `m`'s words.
pub fn answer_words(scale: &Scale, slot: Slot, m: &Messages) -> String {
    match slot {
        None => tr!(m, "review-answer-not-answered"),
        Some(None) => tr!(m, "review-answer-skipped"),
        Some(Some(v)) => match scale.label_of(v) {
            Some(l) => tr!(m, "review-answer-label", label = l, value = v.to_string()),
            None => v.to_string(),
        },
    }
}

/// About how long answering `items` items takes, in whole minutes (at least one): about
/// twelve seconds an item, a pace for reading a short sentence and choosing on a scale.
pub fn minutes_for(items: usize) -> usize {
    (items * 12).div_ceil(60).max(1)
}

#[cfg(test)]
mod tests;
