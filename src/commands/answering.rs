//! What `take` and `session` share: choosing a prompter, answering with a save after every
//! answer, and writing the report.

use std::io::{self, IsTerminal};
use std::path::Path;

use crate::answers::Slot;
use crate::error::Error;
use crate::interactive::plain::PlainPrompter;
use crate::interactive::save::{SavedRecord, now};
use crate::interactive::terminal::TerminalPrompter;
use crate::interactive::{Leave, Prompter, answer_items, interrupt};
use crate::output::check_target;
use crate::output::{shell_quote, terminal_safe};
use crate::questionnaire::Questionnaire;
use crate::settings::{Colors, ReportTo};

/// Whether prompts may be drawn at all, decided once, before any prompt (SPEC §8).
pub(super) fn can_prompt(no_input: bool) -> bool {
    !no_input && io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// The prompter: plain lines for `--plain`, else the terminal.
pub(super) fn prompter(plain: bool, colors: Colors) -> Box<dyn Prompter> {
    if plain {
        Box::new(PlainPrompter::new(io::stdin().lock(), io::stderr()))
    } else {
        Box::new(TerminalPrompter::new(colors.prompts))
    }
}

/// Turns leaving early into the end SPEC §8 gives it: Ctrl-C, the end of input and the
/// quick exit say what they say ([`interrupt::stop`], [`interrupt::quick_stop`]) and end
/// with 130 through `main`; a failed read or write is an error.
pub(super) fn left_early(leave: Leave) -> Error {
    match leave {
        Leave::Interrupted | Leave::EndOfInput => {
            interrupt::stop();
            Error::Interrupted
        }
        Leave::QuickExit => {
            interrupt::quick_stop();
            Error::Interrupted
        }
        Leave::Io(e) => Error::Io(anyhow::Error::new(e).context("answering the questionnaire")),
    }
}

/// Saves `saved` to `path` (nothing with `--no-save`), as an error the flow understands.
pub(super) fn save(saved: &SavedRecord, path: Option<&Path>) -> Result<(), Leave> {
    save_as(saved, path, true)
}

/// [`save`], or, with `replace` false, the first save of a new file, which fails rather than
/// replace a file that another process created in the meantime.
pub(super) fn save_as(
    saved: &SavedRecord,
    path: Option<&Path>,
    replace: bool,
) -> Result<(), Leave> {
    let Some(path) = path else { return Ok(()) };
    let written = if replace {
        saved.write(path)
    } else {
        saved.write_new(path)
    };
    written.map_err(|e| {
        Leave::Io(io::Error::new(
            e.kind(),
            format!(
                "saving answers to `{}`: {}",
                path.display(),
                crate::error::io_words(&e)
            ),
        ))
    })
}

/// How one run of questions goes: whose turn it is (`None` in `take`), and whether the
/// answers are complete at its end.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part<'a> {
    pub turn: Option<&'a str>,
    pub complete: bool,
}

/// Asks what is missing in `order`, saving to `path` after every answer; when the part
/// completes the answers, then marks them complete and saves once more.
pub(super) fn answer_and_save(
    q: &Questionnaire,
    order: &[usize],
    slots: &mut [Slot],
    saved: &mut SavedRecord,
    path: Option<&Path>,
    prompter: &mut dyn Prompter,
    part: Part<'_>,
) -> Result<(), Error> {
    let result = answer_items(q, order, slots, prompter, part.turn, &mut |slots| {
        saved.set_slots(q, slots);
        save(saved, path)
    });
    result.map_err(left_early)?;
    saved.set_slots(q, slots);
    if part.complete {
        saved.completed = Some(now());
    }
    save(saved, path).map_err(left_early)
}

/// The intro shown before the first item (SPEC §8): what it measures, how long it takes,
/// that it is not a diagnosis, and where the answers are saved (`saved_in`, or `None` for
/// `--no-save`). `who` says who answers.
///
/// Everything in it that came from a file or a name is made [`terminal_safe`].
pub(super) fn intro(q: &Questionnaire, who: &str, saved_in: Option<&str>) -> String {
    terminal_safe(&intro_text(q, who, saved_in)).into_owned()
}

fn intro_text(q: &Questionnaire, who: &str, saved_in: Option<&str>) -> String {
    let mut text = format!("{}\n", q.title);
    if let Some(d) = &q.description {
        text.push_str(&format!("\n{}\n", d.trim()));
    }
    text.push_str(&format!(
        "\n{who}\n\
         The answers describe how influence works between the two of you. They are a starting \
         point for a conversation, not a diagnosis.\n\n\
         You can skip any question you would rather not answer (s), go back (b), and review \
         every answer before you finish. The q key leaves at once: it saves what you have \
         given and clears the screen.\n{}",
        saving(saved_in)
    ));
    text
}

/// Where the answers go, in a sentence that promises no more than file permissions give.
pub(super) fn saving(saved_in: Option<&str>) -> String {
    match saved_in {
        Some(place) => format!(
            "Each answer is saved as soon as it is given, in {place}. Only this computer \
             account can open it, so anyone who can use this account, or who runs the \
             computer, could read it."
        ),
        None => "Nothing is written to disk (--no-save): if you stop before the end, the \
                 answers are gone."
            .to_owned(),
    }
}

/// Two people's names, as `take` and `session` need them: neither empty, and not the same.
pub(super) fn two_names(a: &str, b: &str) -> Result<(), Error> {
    crate::answers::check_names(a, b)
        .map_err(|e| Error::Usage(format!("two different, non-empty names are needed: {e}")))
}

/// Checks `-o` before the first question, so that a file that exists (without `--force`) or
/// a missing folder is known before anyone spends a quarter of an hour answering.
pub(super) fn check_output(to: &ReportTo) -> Result<(), Error> {
    if let Some(path) = &to.path {
        check_target(path, to.force)?;
    }
    Ok(())
}

/// What Ctrl-C says: where the answers are and the command that goes on, with `-q` when it
/// is needed and `--plain` when it was given. `None` for `--no-save`. `whose` begins the
/// sentence ("Your answers", "The answers").
pub(super) fn stop_message(
    whose: &str,
    saved_in: Option<&str>,
    command: &str,
    questionnaire: Option<&str>,
    plain: bool,
) -> String {
    let Some(place) = saved_in else {
        return NOTHING_SAVED.to_owned();
    };
    let mut resume = format!("powerbalance {command}");
    if let Some(q) = questionnaire {
        resume.push_str(&format!(" -q {}", shell_quote(q)));
    }
    if plain {
        resume.push_str(" --plain");
    }
    let message = format!(
        "Stopped. {whose} so far are saved in {place}.\nTo go on where you left off:\n  {resume}"
    );
    terminal_safe(&message).into_owned()
}

/// What Ctrl-C says when nothing is saved.
const NOTHING_SAVED: &str = "Stopped. Nothing was saved (--no-save).";

/// "25 questions" and "about 5 minutes" (or "1 question", "about 1 minute"), for sentences
/// such as "there are 25 questions about you and about Ben; they take about 5 minutes".
pub(super) fn length(q: &Questionnaire) -> (String, String) {
    let n = q.items.len();
    let minutes = crate::interactive::minutes_for(n);
    (
        counted(n, "question", "questions"),
        format!("about {}", counted(minutes, "minute", "minutes")),
    )
}

/// "1 minute", "5 minutes".
pub(super) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
