//! What `take` and `session` share: choosing a prompter, answering with a save after every
//! answer, and writing the report.

use std::io::{self, IsTerminal};
use std::path::Path;

use crate::answers::Slot;
use crate::error::Error;
use crate::i18n::{Lang, Messages};
use crate::interactive::plain::PlainPrompter;
use crate::interactive::save::{SavedRecord, now};
use crate::interactive::terminal::TerminalPrompter;
use crate::interactive::{Leave, Prompter, answer_items, interrupt};
use crate::output::check_target;
use crate::output::{shell_quote, terminal_safe};
use crate::questionnaire::Questionnaire;
use crate::settings::{Colors, ReportTo};
use crate::{tr, ui};

/// Whether prompts may be drawn at all, decided once, before any prompt (SPEC §8).
pub(super) fn can_prompt(no_input: bool) -> bool {
    !no_input && io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// The prompter: plain lines for `--plain`, else the terminal; speaking `lang` first.
pub(super) fn prompter(plain: bool, colors: Colors, lang: Lang) -> Box<dyn Prompter> {
    if plain {
        Box::new(PlainPrompter::speaking(
            io::stdin().lock(),
            io::stderr(),
            lang,
        ))
    } else {
        Box::new(TerminalPrompter::new(colors.prompts, lang))
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
        Leave::Io(e) => Error::Io(e.context(ui!("answering-error-context"))),
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
        Leave::Io(anyhow::Error::new(e).context(ui!(
            "answering-error-saving",
            path = path.display().to_string()
        )))
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

/// The intro shown before the first item (SPEC §8), in `m`'s words: what it measures (`q`,
/// in the person's language), how long it takes, that it is not a diagnosis, and where the
/// answers are saved (`saved_in`, or `None` for `--no-save`). `who` says who answers.
///
/// Everything in it that came from a file or a name is made [`terminal_safe`].
pub(super) fn intro(q: &Questionnaire, who: &str, saved_in: Option<&str>, m: &Messages) -> String {
    terminal_safe(&intro_text(q, who, saved_in, m)).into_owned()
}

fn intro_text(q: &Questionnaire, who: &str, saved_in: Option<&str>, m: &Messages) -> String {
    let mut text = heading(q);
    text.push_str(&format!(
        "\n{who}\n{}\n\n{}\n{}",
        tr!(m, "answering-intro-not-diagnosis"),
        tr!(m, "answering-intro-controls"),
        saving(saved_in, m)
    ));
    text
}

/// The title, and the description after a blank line, as an opening begins.
pub(super) fn heading(q: &Questionnaire) -> String {
    let mut text = format!("{}\n", q.title);
    if let Some(d) = &q.description {
        text.push_str(&format!("\n{}\n", d.trim()));
    }
    text
}

/// Where the answers go, in a sentence that promises no more than file permissions give.
pub(super) fn saving(saved_in: Option<&str>, m: &Messages) -> String {
    match saved_in {
        Some(place) => tr!(m, "answering-saving-in", place = place),
        None => tr!(m, "answering-saving-none"),
    }
}

/// Two people's names, as `take` and `session` need them: neither empty, and not the same.
pub(super) fn two_names(a: &str, b: &str) -> Result<(), Error> {
    crate::answers::check_names(a, b)
        .map_err(|e| Error::Usage(ui!("answering-error-two-names", reason = e.to_string())))
}

/// Checks `-o` before the first question, so that a file that exists (without `--force`) or
/// a missing folder is known before anyone spends a quarter of an hour answering.
pub(super) fn check_output(to: &ReportTo) -> Result<(), Error> {
    if let Some(path) = &to.path {
        check_target(path, to.force)?;
    }
    Ok(())
}

/// Whose answers Ctrl-C speaks of: one person's own (`take`), or a session's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Whose {
    Yours,
    Session,
}

/// What Ctrl-C says, in `m`'s words: where the answers are and the command that goes on,
/// with `-q` when it is needed and `--plain` when it was given. `None` for `--no-save`.
pub(super) fn stop_message(
    whose: Whose,
    saved_in: Option<&str>,
    command: &str,
    questionnaire: Option<&str>,
    plain: bool,
    m: &Messages,
) -> String {
    let Some(place) = saved_in else {
        return tr!(m, "interrupt-stopped-no-save");
    };
    let mut resume = format!("powerbalance {command}");
    if let Some(q) = questionnaire {
        resume.push_str(&format!(" -q {}", shell_quote(q)));
    }
    if plain {
        resume.push_str(" --plain");
    }
    let stopped = match whose {
        Whose::Yours => tr!(m, "interrupt-stopped-yours", place = place),
        Whose::Session => tr!(m, "interrupt-stopped-session", place = place),
    };
    terminal_safe(&format!("{stopped}\n  {resume}")).into_owned()
}

/// The questionnaire in `lang`: its bundled translation when there is one for these very
/// bytes, else the questionnaire as it is, with a plain notice in that language saying so
/// (it names only the questionnaire and the language, nothing anyone answered).
pub(super) fn in_language(
    q: &Questionnaire,
    lang: Lang,
) -> Result<(Questionnaire, Option<String>), Error> {
    if lang == Lang::En {
        return Ok((q.clone(), None));
    }
    match bundled_in(q, lang)? {
        Some(translated) => Ok((translated, None)),
        None => {
            let notice = tr!(
                Messages::new(lang),
                "answering-no-translation",
                questionnaire = terminal_safe(&q.id).into_owned(),
                lang = lang.own_name()
            );
            Ok((q.clone(), Some(notice)))
        }
    }
}

/// `q` in `lang` from its bundled translation (the same ids, numbers and `sha256`); `None`
/// in English, or when no translation of these very bytes is bundled.
pub(super) fn bundled_in(q: &Questionnaire, lang: Lang) -> Result<Option<Questionnaire>, Error> {
    if lang == Lang::En {
        return Ok(None);
    }
    match crate::questionnaire::BundledTranslation::translate(q, lang.tag()) {
        Some(translated) => Ok(Some(translated?.questionnaire)),
        None => Ok(None),
    }
}

/// Whether `format` is read by people (its texts follow the report language) rather than
/// by programs (JSON and CSV: the original texts, whatever the language).
pub(super) fn for_people(format: crate::report::Format) -> bool {
    !matches!(
        format,
        crate::report::Format::Json | crate::report::Format::Csv
    )
}
