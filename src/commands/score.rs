//! `powerbalance score`: JSON answers in, a report out.

use std::path::PathBuf;

use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{self, AnswerSet, AnswersError, Pair};
use crate::cli::{ColorChoice, FailOn, ScoreArgs};
use crate::error::{EXIT_OK, EXIT_RULE_FIRED, Error};
use crate::questionnaire::{BUNDLED, Bundled, Questionnaire, Severity};
use crate::report::Report;
use crate::scoring::{self, Options};

pub(super) fn score(args: &ScoreArgs, color: ColorChoice) -> Result<u8, Error> {
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
    emit_report(
        &report,
        args.format,
        args.output.as_deref(),
        args.force,
        color,
    )?;
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
