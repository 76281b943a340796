//! `powerbalance score`: JSON answers in, a report out.

use super::batch::Inputs;
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{self, AnswerSet, AnswersError};
use crate::error::{EXIT_OK, EXIT_RULE_FIRED, Error};
use crate::fhir;
use crate::output::emit;
use crate::questionnaire::{Questionnaire, Severity};
use crate::scoring;
use crate::settings::{Colors, Languages, ReportTo, Score};

pub(super) fn score(args: &Score, colors: Colors, langs: &Languages) -> Result<u8, Error> {
    if let Some(batch) = &args.batch {
        return super::batch::score_jsonl(args, batch, colors);
    }
    let inputs = Inputs::new(&args.files)?;
    let files = inputs.paths();
    if files.len() > 2 {
        return Err(Error::Usage(crate::ui!(
            "cmd-score-too-many-files",
            count = files.len()
        )));
    }
    let mut sets: Vec<(String, AnswerSet)> = Vec::new();
    // The questionnaire version each FHIR response names, with its file.
    let mut versions: Vec<(String, String)> = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let (name, bytes) = read_input(path)?;
        if fhir::is_resource(&bytes) {
            // --respondent and --partner name the first file's people; the second's are the
            // same two the other way round.
            let (r, p) = (args.names.0.as_deref(), args.names.1.as_deref());
            let names = if i == 0 { (r, p) } else { (p, r) };
            let (set, version) = fhir::answers_of_response(&name, &bytes, names)?;
            versions.push((name.clone(), version));
            sets.push((name, set));
            continue;
        }
        for set in answers::parse_file(&name, &bytes)? {
            sets.push((name.clone(), set));
        }
    }
    if versions.is_empty() && (args.names.0.is_some() || args.names.1.is_some()) {
        return Err(Error::Usage(crate::ui!("cmd-score-names-not-fhir")));
    }
    if sets.len() > 2 {
        return Err(AnswersError::new(
            &files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            crate::ui!("cmd-score-too-many-sets", count = sets.len()),
        )
        .into());
    }
    let q = match &args.questionnaire {
        Some(spec) => load_questionnaire(spec)?,
        None => answers::named_questionnaire(&sets[0].1, &sets[0].0)?.load()?,
    };
    for (name, version) in &versions {
        if !version.is_empty() && *version != q.version {
            return Err(AnswersError::new(
                name,
                crate::ui!(
                    "cmd-score-fhir-version",
                    version = version.clone(),
                    questionnaire = q.id.clone(),
                    loaded = q.version.clone()
                ),
            )
            .into());
        }
    }
    let to = args.to.clone().with_lang(langs.ui);
    let q = if args.no_header {
        q
    } else {
        in_report_lang(q, &to)?
    };
    let pair = answers::pair_of(&q, &sets)?;
    if args.clinician {
        if pair.second().is_none() {
            return Err(Error::Usage(crate::ui!("cmd-score-clinician-needs-two")));
        }
        let report = scoring::clinician(&q, &pair);
        emit_report(&report, &to, colors)?;
        let worst = report.warnings.iter().map(|w| w.severity).max();
        return Ok(fail_on(worst, args.fail_on));
    }
    let report = scoring::score(&q, &pair, args.options);
    if args.no_header {
        let rows = crate::report::csv_rows(&report, 1);
        emit(args.to.path.as_deref(), &rows, args.to.force)?;
    } else {
        emit_report(&report, &to, colors)?;
    }
    let worst = report.warnings.iter().map(|w| w.severity).max();
    Ok(fail_on(worst, args.fail_on))
}

/// The questionnaire a report to `to` is scored with: for a human format in a language other
/// than English, its bundled translation into that language (the same ids, numbers and
/// `sha256`, so the same scores, with its texts in the report language); else `q` itself,
/// so JSON and CSV stay as they are whatever the language. `q` as it is when there is no
/// bundled translation of its very bytes.
pub(super) fn in_report_lang(q: Questionnaire, to: &ReportTo) -> Result<Questionnaire, Error> {
    if !super::answering::for_people(to.format) {
        return Ok(q);
    }
    Ok(super::answering::bundled_in(&q, to.lang)?.unwrap_or(q))
}

/// Exit code 3 when `--fail-on` is given and the reports hold a rule of that severity or more
/// (`worst` is the most severe rule they show). Only what a report shows counts, so a hidden
/// private alert cannot show in the exit code.
pub(super) fn fail_on(worst: Option<Severity>, threshold: Option<Severity>) -> u8 {
    let Some(threshold) = threshold else {
        return EXIT_OK;
    };
    if worst.is_some_and(|w| w >= threshold) {
        EXIT_RULE_FIRED
    } else {
        EXIT_OK
    }
}
