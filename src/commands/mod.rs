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

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::answers::AnswersError;
use crate::cli::{self, Cli, ColorChoice, Command};
use crate::error::Error;
use crate::limits::{MAX_ANSWERS_BYTES, MAX_QUESTIONNAIRE_BYTES, read_at_most, size_words};
use crate::output::{emit, print_error, use_color};
use crate::questionnaire::{self, BUNDLED, Bundled, Problem, Questionnaire, QuestionnaireError};
use crate::report::{Format, Report, Style, WIDTH, render};

/// Renders a report and writes it to stdout or `-o`. The format is `--format` when given,
/// else the one `-o`'s extension names, else a table. A file never gets escape codes; a
/// terminal narrower than the report gets its own width. `force` replaces an existing `-o`.
pub(crate) fn emit_report(
    report: &Report,
    to: &cli::ReportOutput,
    force: bool,
    color: ColorChoice,
) -> Result<(), Error> {
    let (format, style) = format_and_style(to, color)?;
    emit(to.output.as_deref(), &render(report, format, style), force)?;
    Ok(())
}

/// The format and look of a report going to `to`: `--format` when given, else the one
/// `-o`'s extension names, else a table; colour and width only for a terminal.
pub(crate) fn format_and_style(
    to: &cli::ReportOutput,
    color: ColorChoice,
) -> Result<(Format, Style), Error> {
    let output = to.output.as_deref();
    let format = report_format(to)?;
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: output.is_none() && use_color(color, to_terminal),
        width: to_terminal
            .then(|| terminal_size::terminal_size_of(std::io::stdout()))
            .flatten()
            .map(|(terminal_size::Width(w), _)| w.clamp(20, WIDTH)),
    };
    Ok((format, style))
}

/// `--no-header` is for CSV only; anything else is a usage error.
pub(crate) fn check_no_header(no_header: bool, format: Format) -> Result<(), Error> {
    if no_header && format != Format::Csv {
        return Err(Error::Usage(
            "`--no-header` leaves out the header row of `--format csv`; other formats have none"
                .to_owned(),
        ));
    }
    Ok(())
}

/// The format of a report: `--format` when given, else the one `-o`'s extension names, else
/// a table. An extension that names no format of ours (`-o report.pdf`) is refused, rather
/// than text written into a file that claims to be something else.
pub(crate) fn report_format(to: &cli::ReportOutput) -> Result<Format, Error> {
    match (to.format, to.output.as_deref()) {
        (Some(f), _) => Ok(f.into()),
        (None, Some(path)) => Format::for_path(path).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell the report format from the name `{}`; powerbalance writes text \
                 (.txt), JSON (.json), Markdown (.md), HTML (.html) or CSV (.csv): name the file \
                 so, or give --format",
                path.display()
            ))
        }),
        (None, None) => Ok(Format::Table),
    }
}

/// The name standard input goes by in messages.
const STDIN: &str = "<stdin>";

/// Parses the command line, runs it, and turns any error into a message and an exit code.
pub fn main() -> ExitCode {
    let cli = manual::parse();
    let color = cli.color;
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            print_error(&e.lines(), color);
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs a parsed command line; `Ok` carries the exit code (0, or 3 for `--fail-on`).
pub fn run(cli: Cli) -> Result<u8, Error> {
    match cli.command {
        Command::Take(args) => take::take(&args, cli.color),
        Command::Session(args) => session::session(&args, cli.color),
        Command::Score(args) => score::score(&args, cli.color),
        Command::Validate(args) => validate::validate(&args, cli.color),
        Command::List(args) => list::list(&args),
        Command::Template(args) => template::template(&args),
        Command::Simulate(args) => simulate::simulate(&args),
        Command::Stats(args) => stats::stats(&args, cli.color),
        Command::History(args) => history::history(&args, cli.color),
        Command::Completions(args) => manual::completions(&args),
        Command::Manpage => manual::manpage(),
        Command::Schema(args) => manual::schema(&args),
        Command::Fhir(args) => fhir::fhir(&args),
    }
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
        return Err(Error::Usage(format!(
            "unknown questionnaire `{spec}`{}; bundled: {} (`ID@VERSION` for an older version, see `powerbalance list --all`); or give a path to a .toml file",
            crate::suggest::did_you_mean(spec, ids.iter().copied()),
            ids.join(", ")
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
    let file =
        std::fs::File::open(path).with_context(|| format!("reading questionnaire `{name}`"))?;
    let bytes = read_at_most(file, MAX_QUESTIONNAIRE_BYTES)
        .with_context(|| format!("reading questionnaire `{name}`"))?
        .ok_or_else(|| QuestionnaireError {
            file: name.to_owned(),
            problems: vec![Problem {
                position: None,
                message: format!(
                    "the file is larger than {}, the most a questionnaire may be",
                    size_words(MAX_QUESTIONNAIRE_BYTES)
                ),
            }],
        })?;
    Ok(bytes)
}

/// Reads an answers file, or standard input for `-`, refusing more than
/// [`MAX_ANSWERS_BYTES`]; returns its name for messages and its bytes.
pub(crate) fn read_input(path: &Path) -> Result<(String, Vec<u8>), Error> {
    let (name, read) = if path == Path::new("-") {
        (
            STDIN.to_owned(),
            read_at_most(std::io::stdin().lock(), MAX_ANSWERS_BYTES),
        )
    } else {
        let name = path.display().to_string();
        let file =
            std::fs::File::open(path).with_context(|| format!("reading answers `{name}`"))?;
        (name, read_at_most(file, MAX_ANSWERS_BYTES))
    };
    let bytes = read
        .with_context(|| format!("reading answers `{name}`"))?
        .ok_or_else(|| {
            AnswersError::new(
                &name,
                format!(
                    "the input is larger than {}, the most an answers file may be; to score many \
                     answer sets, put one per line and use `score --jsonl`",
                    size_words(MAX_ANSWERS_BYTES)
                ),
            )
        })?;
    Ok((name, bytes))
}
