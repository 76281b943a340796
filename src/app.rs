//! The commands: read inputs, call the pure core, write results.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use indexmap::IndexMap;
use serde::Serialize;

use crate::answers::{self, AnswerSet, AnswersError, Pair};
use crate::cli::{
    Cli, Command, FailOn, Format, ListArgs, ListFormat, ScoreArgs, TemplateArgs, ValidateArgs,
};
use crate::error::{EXIT_OK, EXIT_RULE_FIRED, Error};
use crate::output::{emit, print_error};
use crate::questionnaire::{self, BUNDLED, Bundled, Questionnaire, Severity};
use crate::report::{Report, render_json, render_table};
use crate::scoring::{self, Options};

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
        Command::Score(args) => score(&args),
        Command::Validate(args) => validate(&args),
        Command::List(args) => list(&args),
        Command::Template(args) => template(&args),
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
fn read_input(path: &Path) -> Result<(String, Vec<u8>), Error> {
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

fn score(args: &ScoreArgs) -> Result<u8, Error> {
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    if files.len() > 2 {
        return Err(Error::Usage(format!(
            "`score` takes one or two answer files, one per person, but {} were given",
            files.len()
        )));
    }
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(Error::Usage(
            "standard input (`-`) can be read only once; put both answer objects in one JSON array, or use files".to_owned(),
        ));
    }
    let mut sets: Vec<(String, AnswerSet)> = Vec::new();
    for path in &files {
        let (name, bytes) = read_input(path)?;
        for set in answers::parse_file(&name, &bytes)? {
            sets.push((name.clone(), set));
        }
    }
    if sets.len() > 2 {
        return Err(AnswersError {
            file: files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(", "),
            position: None,
            message: format!(
                "{} answer objects were given; a report takes one person's answers, or two people's",
                sets.len()
            ),
        }
        .into());
    }
    let q = match &args.questionnaire {
        Some(spec) => load_questionnaire(spec)?,
        None => questionnaire_of(&sets)?,
    };
    let (first_file, first) = &sets[0];
    let first = first.check(&q, first_file)?;
    let pair = match sets.get(1) {
        None => Pair::single(first),
        Some((file, second)) => Pair::couple(first, second.check(&q, file)?, file)?,
    };
    let report = scoring::score(
        &q,
        &pair,
        Options {
            show_private: args.show_private,
        },
    );
    let text = match args.format {
        Format::Table => render_table(&report, None),
        Format::Json => render_json(&report),
    };
    emit(args.output.as_deref(), &text)?;
    Ok(fail_on(&report, args.fail_on))
}

/// The bundled questionnaire the answers name (when `-q` is not given).
fn questionnaire_of(sets: &[(String, AnswerSet)]) -> Result<Questionnaire, Error> {
    let (file, first) = &sets[0];
    let fail = |message: String| AnswersError {
        file: file.clone(),
        position: None,
        message,
    };
    let Some(id) = &first.questionnaire else {
        return Err(fail(
            "the answers have no `questionnaire` field; add one (e.g. \"relationship\") or pass `-q NAME|PATH`".to_owned(),
        )
        .into());
    };
    match Bundled::find(id) {
        Some(b) => Ok(b.load()?),
        None => {
            let ids: Vec<&str> = BUNDLED.iter().map(|b| b.id).collect();
            Err(fail(format!(
                "the answers name questionnaire `{id}`, which is not bundled{} (bundled: {}); pass `-q PATH` for your own",
                crate::suggest::did_you_mean(id, ids.iter().copied()),
                ids.join(", ")
            ))
            .into())
        }
    }
}

/// Exit code 3 when `--fail-on` is given and the report holds a rule of that severity or more.
/// Only what the report shows counts, so a hidden private alert cannot show in the exit code.
fn fail_on(report: &Report, level: Option<FailOn>) -> u8 {
    let Some(level) = level else { return EXIT_OK };
    let threshold = match level {
        FailOn::Warning => Severity::Warning,
        FailOn::Alert => Severity::Alert,
    };
    if report.warnings.iter().any(|w| w.severity >= threshold) {
        EXIT_RULE_FIRED
    } else {
        EXIT_OK
    }
}

fn validate(args: &ValidateArgs) -> Result<u8, Error> {
    let mut worst = EXIT_OK;
    let mut ok_lines = String::new();
    for path in &args.files {
        let name = path.display().to_string();
        let result = std::fs::read(path)
            .with_context(|| format!("reading questionnaire `{name}`"))
            .map_err(Error::from)
            .and_then(|bytes| Ok(questionnaire::parse(&name, &bytes)?));
        match result {
            Ok(q) => {
                ok_lines.push_str(&format!(
                    "{name}: ok ({} {}: {} dimensions, {} items, {} rules)\n",
                    q.id,
                    q.version,
                    q.dimensions.len(),
                    q.items.len(),
                    q.rules.len()
                ));
            }
            Err(e) => {
                print_error(&e.lines(), crate::cli::ColorChoice::Auto);
                worst = worst.max(e.exit_code());
            }
        }
    }
    emit(None, &ok_lines)?;
    // An invalid questionnaire (78) outranks an unreadable file (1).
    Ok(worst)
}

#[derive(Serialize)]
struct Listed {
    id: &'static str,
    title: String,
    version: String,
    items: usize,
    description: Option<String>,
}

fn list(args: &ListArgs) -> Result<u8, Error> {
    let mut rows = Vec::new();
    for b in BUNDLED {
        let q = b.load()?;
        rows.push(Listed {
            id: b.id,
            title: q.title,
            version: q.version,
            items: q.items.len(),
            description: q.description,
        });
    }
    let text = match args.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&rows).context("serializing the list")?;
            s.push('\n');
            s
        }
        ListFormat::Table => {
            let mut table = comfy_table::Table::new();
            table
                .load_style(comfy_table::presets::NOTHING)
                .set_header(vec!["ID", "TITLE", "VERSION", "ITEMS"]);
            for r in &rows {
                table.add_row(vec![
                    r.id.to_owned(),
                    r.title.clone(),
                    r.version.clone(),
                    r.items.to_string(),
                ]);
            }
            format!("{table}\n")
        }
    };
    emit(None, &text)?;
    Ok(EXIT_OK)
}

#[derive(Serialize)]
struct Template<'a> {
    questionnaire: &'a str,
    version: &'a str,
    respondent: &'a str,
    partner: &'a str,
    answers: IndexMap<&'a str, Option<i64>>,
}

fn template(args: &TemplateArgs) -> Result<u8, Error> {
    let q = load_questionnaire(&args.questionnaire)?;
    let skeleton = Template {
        questionnaire: &q.id,
        version: &q.version,
        respondent: &args.respondent,
        partner: &args.partner,
        answers: q.items.iter().map(|i| (i.id.as_str(), None)).collect(),
    };
    let mut text = serde_json::to_string_pretty(&skeleton).context("serializing the template")?;
    text.push('\n');
    emit(args.output.as_deref(), &text)?;
    Ok(EXIT_OK)
}
