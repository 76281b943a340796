//! The commands: read inputs, call the pure core, write results. One file per command.

mod answering;
mod batch;
mod fhir;
mod history;
mod list;
mod manual;
mod score;
mod session;
mod simulate;
mod stats;
mod take;
mod template;
mod validate;

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::answers::AnswersError;
use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::limits::{MAX_ANSWERS_BYTES, MAX_QUESTIONNAIRE_BYTES, read_at_most, size_words};
use crate::output::{emit, print_error};
use crate::questionnaire::{self, BUNDLED, Bundled, Problem, Questionnaire, QuestionnaireError};
use crate::report::{Report, render};
use crate::settings::{Colors, Languages, ReportTo, Score};

/// Renders a report and writes it where `to` says, in its format: a file never gets escape
/// codes; a terminal narrower than the report gets its own width.
pub(crate) fn emit_report(report: &Report, to: &ReportTo, colors: Colors) -> Result<(), Error> {
    emit(
        to.path.as_deref(),
        &render(report, to.format, to.style(colors)),
        to.force,
    )?;
    Ok(())
}

/// The name standard input goes by in messages.
const STDIN: &str = "<stdin>";

/// Parses the command line, runs it, and turns any error into a message and an exit code.
pub fn main() -> ExitCode {
    let cli = manual::parse();
    let colors = Colors::decide(cli.color);
    match languages(&cli).and_then(|langs| run_with(cli, colors, &langs)) {
        Ok(code) => ExitCode::from(code),
        // Said already, when it was stopped; what it leaves behind goes, as on Ctrl-C.
        Err(e @ Error::Interrupted) => {
            crate::output::remove_temporaries();
            ExitCode::from(e.exit_code())
        }
        Err(e) => {
            print_error(&e.lines(), colors.stderr);
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs a parsed command line; `Ok` carries the exit code (0, or 3 for `--fail-on`).
pub fn run(cli: Cli) -> Result<u8, Error> {
    let colors = Colors::decide(cli.color);
    let langs = languages(&cli)?;
    run_with(cli, colors, &langs)
}

/// The run's languages from `--lang` and the locale, the interface's set for the process.
fn languages(cli: &Cli) -> Result<Languages, Error> {
    let langs = Languages::decide(
        cli.lang.as_deref(),
        matches!(cli.command, Command::Session(_)),
    );
    // A refused `--lang` is said in the locale's language, as the error says it.
    crate::i18n::set_ui_lang(
        langs
            .as_ref()
            .map_or_else(|_| Languages::locale(), |l| l.ui),
    );
    langs
}

/// [`run`] with colour and languages already decided.
fn run_with(cli: Cli, colors: Colors, langs: &Languages) -> Result<u8, Error> {
    match cli.command {
        Command::Take(args) => take::take(&args, colors, langs),
        Command::Session(args) => session::session(&args, colors, langs),
        Command::Score(args) => score::score(&Score::new(&args)?, colors, langs),
        Command::Validate(args) => validate::validate(&args, colors),
        Command::List(args) => list::list(&args),
        Command::Template(args) => template::template(&args),
        Command::Simulate(args) => simulate::simulate(&args),
        Command::Stats(args) => stats::stats(&args, colors),
        Command::History(args) => history::history(&args, colors, langs),
        Command::Completions(args) => manual::completions(&args),
        Command::Manpage => manual::manpage(),
        Command::Schema(args) => manual::schema(&args),
        Command::Fhir(args) => fhir::fhir(&args),
    }
}

/// `powerbalance COMMAND WORDS…` parsed, for the plans' unit tests.
#[cfg(test)]
fn parsed(command: &str, words: &[&str]) -> Command {
    use clap::Parser;
    let all = ["powerbalance", command]
        .into_iter()
        .chain(words.iter().copied());
    Cli::try_parse_from(all).unwrap().command
}

/// Loads `-q NAME|NAME@VERSION|PATH`: a bundled id (its current version, or the one named)
/// first, else a file.
pub fn load_questionnaire(spec: &str) -> Result<Questionnaire, Error> {
    if let Some(b) = Bundled::find_spec(spec) {
        return Ok(b.load()?);
    }
    let path = Path::new(spec);
    let looks_like_path = path.exists() || spec.contains(['/', '\\']) || spec.ends_with(".toml");
    if !looks_like_path {
        let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
        return Err(Error::Usage(crate::ui!(
            "cmd-unknown-questionnaire",
            spec = spec,
            suggestion = crate::suggest::did_you_mean(spec, ids.iter().copied()),
            bundled = ids.join(", ")
        )));
    }
    read_questionnaire(path, spec)
}

/// Reads and validates a questionnaire file, refusing one over
/// [`MAX_QUESTIONNAIRE_BYTES`] without reading more of it.
pub(crate) fn read_questionnaire(path: &Path, name: &str) -> Result<Questionnaire, Error> {
    Ok(questionnaire::parse(
        name,
        &read_questionnaire_bytes(path, name)?,
    )?)
}

/// The bytes of a questionnaire (or translation) file, refusing more than
/// [`MAX_QUESTIONNAIRE_BYTES`].
pub(crate) fn read_questionnaire_bytes(path: &Path, name: &str) -> Result<Vec<u8>, Error> {
    let reading = || crate::ui!("error-context-reading-questionnaire", file = name);
    let file = std::fs::File::open(path).with_context(reading)?;
    let bytes = read_at_most(file, MAX_QUESTIONNAIRE_BYTES)
        .with_context(reading)?
        .ok_or_else(|| QuestionnaireError {
            file: name.to_owned(),
            problems: vec![Problem {
                position: None,
                message: crate::ui!(
                    "cmd-questionnaire-too-large",
                    limit = size_words(MAX_QUESTIONNAIRE_BYTES)
                ),
            }],
        })?;
    Ok(bytes)
}

/// Reads an answers file, or standard input for `-`, refusing more than
/// [`MAX_ANSWERS_BYTES`]; returns its name for messages and its bytes.
pub(crate) fn read_input(path: &Path) -> Result<(String, Vec<u8>), Error> {
    if path == Path::new("-") {
        let bytes = read_answers(STDIN, std::io::stdin().lock())?;
        return Ok((STDIN.to_owned(), bytes));
    }
    let name = path.display().to_string();
    let file = std::fs::File::open(path)
        .with_context(|| crate::ui!("error-context-reading-answers", file = name.clone()))?;
    let bytes = read_answers(&name, file)?;
    Ok((name, bytes))
}

/// The bytes of the answers `from` gives (`name` in messages), refusing more than
/// [`MAX_ANSWERS_BYTES`] without reading more of them.
pub(crate) fn read_answers(name: &str, from: impl std::io::Read) -> Result<Vec<u8>, Error> {
    Ok(read_at_most(from, MAX_ANSWERS_BYTES)
        .with_context(|| crate::ui!("error-context-reading-answers", file = name))?
        .ok_or_else(|| {
            AnswersError::new(
                name,
                crate::ui!(
                    "cmd-answers-too-large",
                    limit = size_words(MAX_ANSWERS_BYTES)
                ),
            )
        })?)
}
