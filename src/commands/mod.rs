//! The commands: read inputs, call the pure core, write results. One file per command.

mod batch;
mod list;
mod score;
mod simulate;
mod stats;
mod template;
mod validate;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::output::print_error;
use crate::questionnaire::{self, BUNDLED, Bundled, Questionnaire};

/// The name standard input goes by in messages.
const STDIN: &str = "<stdin>";

/// Parses the command line, runs it, and turns any error into a message and an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Command::Score(args) => score::score(&args, cli.color),
        Command::Validate(args) => validate::validate(&args),
        Command::List(args) => list::list(&args),
        Command::Template(args) => template::template(&args),
        Command::Simulate(args) => simulate::simulate(&args),
        Command::Stats(args) => stats::stats(&args, cli.color),
    }
}

/// Loads `-q NAME|PATH`: a bundled id first, else a file.
pub fn load_questionnaire(spec: &str) -> Result<Questionnaire, Error> {
    if let Some(b) = Bundled::find(spec) {
        return Ok(b.load()?);
    }
    let path = Path::new(spec);
    let looks_like_path = path.exists() || spec.contains(['/', '\\']) || spec.ends_with(".toml");
    if !looks_like_path {
        let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
        return Err(Error::Usage(format!(
            "unknown questionnaire `{spec}`{}; bundled: {}; or give a path to a .toml file",
            crate::suggest::did_you_mean(spec, ids.iter().copied()),
            ids.join(", ")
        )));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading questionnaire `{spec}`"))?;
    Ok(questionnaire::parse(spec, &bytes)?)
}

/// Reads a file, or standard input for `-`; returns its name for messages and its bytes.
pub(crate) fn read_input(path: &Path) -> Result<(String, Vec<u8>), Error> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading answers from standard input")?;
        return Ok((STDIN.to_owned(), bytes));
    }
    let name = path.display().to_string();
    let bytes = std::fs::read(path).with_context(|| format!("reading answers `{name}`"))?;
    Ok((name, bytes))
}
