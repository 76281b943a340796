//! `powerbalance take`: one person answers at the terminal, then sees their report.

use std::path::PathBuf;

use super::answering::{
    Part, answer_and_save, can_prompt, check_output, counted, intro, length, prompter, save,
    save_as, stop_message, stopped, two_names,
};
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{self, AnswersError, Pair};
use crate::cli::TakeArgs;
use crate::report::Format;
use crate::settings::{Colors, ReportTo, Writes};
use crate::error::{EXIT_OK, Error};
use crate::interactive::interrupt::{self, shell_quote};
use crate::interactive::save::{Saved, new_person_file};
use crate::output::{Claim, check_target};
use crate::questionnaire::Bundled;
use crate::scoring::{self, Options};

pub(super) fn take(args: &TakeArgs, colors: Colors) -> Result<u8, Error> {
    let to = ReportTo::new(
        &args.report,
        args.force,
        Writes::Report {
            default: Format::Table,
        },
    )?;
    // A file to go on with is claimed before it is read, so that a second `take --resume`
    // of it is refused instead of one of the two losing its answers; like every file written,
    // it may not be a link (it would be replaced by a file).
    let mut claim = None;
    if let Some(path) = args.resume.as_ref().filter(|_| !args.no_save) {
        check_target(path, true)?;
        claim = Some(Claim::take(path)?);
    }
    // What was given before: a file to resume, or answers to pre-fill.
    let (before, before_file) = match (&args.resume, &args.answers) {
        (Some(path), _) => {
            let (name, bytes) = read_input(path)?;
            (Some(Saved::parse(&name, &bytes)?), Some(name))
        }
        (None, Some(path)) => {
            let (name, bytes) = read_input(path)?;
            let mut sets = answers::parse_file(&name, &bytes)?;
            if sets.len() != 1 {
                return Err(AnswersError::new(
                    &name,
                    "`take --answers` takes one person's answers, not an array",
                )
                .into());
            }
            let set = sets.remove(0);
            let saved = Saved {
                questionnaire: set.questionnaire.clone().unwrap_or_default(),
                version: set.version.clone(),
                respondent: set.respondent.clone(),
                partner: set.partner.clone(),
                started: None,
                completed: None,
                seed: None,
                answers: set.answers,
            };
            (Some(saved), Some(name))
        }
        (None, None) => (None, None),
    };
    let spec = args
        .questionnaire
        .clone()
        .or_else(|| before.as_ref().and_then(Saved::questionnaire_spec))
        .unwrap_or_else(|| "relationship".to_owned());
    let q = load_questionnaire(&spec)?;
    let mut slots = match (&before, &before_file) {
        (Some(b), Some(file)) => b.slots(&q, file)?,
        _ => vec![None; q.items.len()],
    };
    if args.resume.is_none() {
        // Pre-filled answers (`--answers`, often a filled template): a `null` is an item not
        // yet answered, to be asked, not one skipped on purpose.
        for slot in &mut slots {
            if *slot == Some(None) {
                *slot = None;
            }
        }
    }
    let missing = slots.iter().filter(|s| s.is_none()).count();

    let interactive = args.plain || can_prompt(args.no_input);
    if !interactive && missing > 0 {
        if let (Some(file), Some(_)) = (&before_file, &args.answers) {
            return Err(AnswersError::new(
                file,
                format!(
                    "{missing} of the {} {} no answer (null or left out), and --no-input asks \
                     nothing; fill them in, answer them at the terminal with `take --answers \
                     FILE`, or score the answers as they are with `powerbalance score FILE`",
                    counted(q.items.len(), "question", "questions"),
                    if missing == 1 { "has" } else { "have" }
                ),
            )
            .into());
        }
        return Err(Error::Usage(
            "`take` asks its questions at a terminal, and stdin and stderr are not both terminals \
             (or --no-input was given). Without one: fill in `powerbalance template` and run \
             `powerbalance score FILE`, or give every answer with `take --answers FILE --no-input`, \
             or answer line by line with `take --plain`."
                .to_owned(),
        ));
    }

    check_output(&to)?;
    // A file named by --save or --resume is checked (and claimed) before anyone types a name.
    let given_path = given_save_path(args)?;
    if let (Some(Some(path)), None, Some(_)) = (&given_path, &claim, &args.save) {
        claim = Some(Claim::take(path)?);
        // Created by another process between the check and the claim.
        if path.exists() && !args.force {
            given_save_path(args)?;
        }
    }
    let mut prompter = interactive.then(|| prompter(args.plain, colors));
    if interactive {
        interrupt::install();
    }
    let mut ask_name = |given: Option<&String>, from_file: Option<&str>, question: &str| match (
        given,
        from_file,
        prompter.as_mut(),
    ) {
        (Some(name), _, _) => Ok((name.trim().to_owned(), false)),
        (None, Some(name), _) => Ok((name.to_owned(), false)),
        (None, None, Some(p)) => p.name(question).map(|n| (n, true)).map_err(stopped),
        (None, None, None) => Err(Error::Usage(
            "give --respondent and --partner, or an answers file that names them".to_owned(),
        )),
    };
    let (respondent, _) = ask_name(
        args.respondent.as_ref(),
        before.as_ref().map(|b| b.respondent.as_str()),
        "Your name (or a label such as A)",
    )?;
    let mut question = "The other person's name".to_owned();
    let partner = loop {
        let (partner, asked) = ask_name(
            args.partner.as_ref(),
            before.as_ref().map(|b| b.partner.as_str()),
            &question,
        )?;
        match two_names(&respondent, &partner) {
            // The same name typed twice: ask again rather than end the program.
            Err(_) if asked => {
                question = format!(
                    "That is your own name. The other person's name (not \"{}\")",
                    crate::output::terminal_safe(&respondent)
                );
            }
            result => break result.map(|()| partner)?,
        }
    };

    let (path, ours) = match given_path {
        Some(path) => (path, false),
        // Created empty and exclusively for this run (the default layout), so it is ours.
        None => (Some(new_person_file(&respondent)?), true),
    };
    if let (Some(path), None) = (&path, &claim) {
        claim = Some(Claim::take(path)?);
    }
    // A new file is created, never put over one that appeared since it was checked.
    let replace = ours || args.resume.is_some() || args.force;
    let seed = match &args.resume {
        Some(_) => before.as_ref().and_then(|b| b.seed),
        None if args.shuffle => Some(args.seed.unwrap_or_else(|| fastrand::u64(..))),
        None => None,
    };
    let mut saved = match (&args.resume, before) {
        (Some(_), Some(b)) => b,
        _ => Saved::new(&q, &respondent, &partner, seed),
    };
    saved.respondent.clone_from(&respondent);
    saved.partner.clone_from(&partner);
    saved.set_slots(&q, &slots);
    save_as(&saved, path.as_deref(), replace).map_err(stopped)?;
    let shown = path.as_ref().map(|p| shell_quote(&p.display().to_string()));
    interrupt::set_message(stop_message(
        "Your answers",
        shown.as_deref(),
        &format!("take --resume {}", shown.as_deref().unwrap_or_default()),
        Bundled::find_spec(&spec).is_none().then_some(spec.as_str()),
        args.plain,
    ));

    if let Some(p) = prompter.as_mut() {
        let (questions, minutes) = length(&q);
        let mut who = format!(
            "{respondent}, there are {questions} about you and about {partner}; \
             they take {minutes}. At the end your report is shown on this screen."
        );
        if q.has_private() {
            who.push_str(
                " Some questions are private, about your safety: they are in your own \
                 report, and never in a joint report of the two of you. If answering \
                 them is not safe where you are, skip them.",
            );
        }
        p.show(&intro(&q, &who, shown.as_deref()))
            .map_err(stopped)?;
        let mut order: Vec<usize> = (0..q.items.len()).collect();
        if let Some(seed) = saved.seed {
            fastrand::Rng::with_seed(seed).shuffle(&mut order);
        }
        answer_and_save(
            &q,
            &order,
            &mut slots,
            &mut saved,
            path.as_deref(),
            p.as_mut(),
            Part {
                turn: None,
                complete: true,
            },
        )?;
        p.leave().map_err(stopped)?;
    } else {
        saved.completed = Some(crate::interactive::save::now());
        save(&saved, path.as_deref()).map_err(stopped)?;
    }

    let file = shown.clone().unwrap_or_else(|| "your answers".to_owned());
    let responses = saved.responses(&q, &file)?;
    let report = scoring::score(&q, &Pair::single(responses), Options::default());
    emit_report(&report, &to, colors)?;
    match shown {
        Some(shown) => eprintln!(
            "\nYour answers are saved in {}.",
            crate::output::terminal_safe(&shown)
        ),
        None => eprintln!("\nYour answers were not saved (--no-save)."),
    }
    drop(claim);
    Ok(EXIT_OK)
}

/// Where the answers go when the command line says: nowhere with `--no-save`
/// (`Some(None)`), `--resume FILE`, or `--save FILE` (not over an existing file without
/// `--force`); `None` when it does not, and the data directory is used.
fn given_save_path(args: &TakeArgs) -> Result<Option<Option<PathBuf>>, Error> {
    if args.no_save {
        return Ok(Some(None));
    }
    if let Some(path) = &args.resume {
        return Ok(Some(Some(path.clone())));
    }
    if let Some(path) = &args.save {
        if path.is_file() && !path.is_symlink() && !args.force {
            return Err(Error::Io(anyhow::anyhow!(
                "`{}` already exists; to go on with it use `--resume {}`, or add --force to start \
                 over in it",
                path.display(),
                path.display()
            )));
        }
        check_target(path, args.force)?;
        return Ok(Some(Some(path.clone())));
    }
    Ok(None)
}
