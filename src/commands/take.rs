//! `powerbalance take`: one person answers at the terminal, then sees their report.

use std::path::PathBuf;

use super::answering::{
    Part, Whose, answer_and_save, can_prompt, check_output, for_people, in_language, intro,
    left_early, prompter, save, save_as, stop_message, two_names,
};
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{self, AnswersError, Pair, Slot};
use crate::cli::TakeArgs;
use crate::data_dir::new_person_file;
use crate::error::{EXIT_OK, Error, Refusal};
use crate::i18n::{Lang, Messages};
use crate::interactive::Prompter;
use crate::interactive::interrupt;
use crate::interactive::save::SavedRecord;
use crate::output::{Claim, check_target, shell_quote};
use crate::questionnaire::{Bundled, Questionnaire};
use crate::scoring::{self, Options};
use crate::settings::{Colors, Languages, ReportTo, Writes, resumed_in};
use crate::{tr, ui};

pub(super) fn take(args: &TakeArgs, colors: Colors, langs: &Languages) -> Result<u8, Error> {
    let plan = Plan::new(args, args.plain || can_prompt(args.no_input))?;
    // `--lang` (or the locale); on a resume without `--lang`, the language the answers
    // were given in.
    let lang = resumed_in(plan.saved_lang, langs.people[0], langs.given);
    run(plan, colors, lang)
}

/// Whose name, and how it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Name {
    /// Given on the command line (trimmed) or named by the file read before.
    Known(String),
    /// To be asked at the first prompt.
    Ask,
}

/// Where the answers are saved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SaveTo {
    /// Nowhere (`--no-save`).
    Nowhere,
    /// `--resume FILE` or `--save FILE`, checked; `replace`: the first save may replace it.
    File { path: PathBuf, replace: bool },
    /// A new file in the data directory, named after the respondent once their name is
    /// known.
    NewFile,
}

/// Everything `take` decides before the first prompt, with no terminal: the questionnaire,
/// the answers read before (`--resume` or `--answers`) as slots, where the names come from,
/// the seed, where the answers are saved and where the report goes. The files it names are
/// checked, and claimed, so that nothing is found wrong after someone has started answering.
#[derive(Debug)]
struct Plan {
    q: Questionnaire,
    /// `-q` as given, else the one the file read before names, else `relationship`.
    spec: String,
    /// The record to go on with (`--resume`), kept whole.
    resumed: Option<SavedRecord>,
    /// Every item's answer so far.
    slots: Vec<Slot>,
    /// Whether the questions are asked (else every answer was given).
    interactive: bool,
    plain: bool,
    respondent: Name,
    partner: Name,
    save: SaveTo,
    /// The shuffle's seed: the resumed record's, else `--seed` (or a random one) with
    /// `--shuffle`.
    seed: Option<u64>,
    to: ReportTo,
    /// The claim on the answers file, held for the whole run.
    claim: Option<Claim>,
    /// The language the file read before was answered in, when it says.
    saved_lang: Option<Lang>,
}

impl Plan {
    /// The plan for `args`; `interactive` says whether questions can be asked (`--plain`,
    /// or a terminal without `--no-input`), decided by the caller.
    fn new(args: &TakeArgs, interactive: bool) -> Result<Plan, Error> {
        let to = ReportTo::new(&args.report, args.force, Writes::TABLE)?;
        // A file to go on with is claimed before it is read, so that a second `take
        // --resume` of it is refused instead of one of the two losing its answers; like every
        // file written, it may not be a link (it would be replaced by a file).
        let mut claim = None;
        if let Some(path) = args.resume.as_ref().filter(|_| !args.no_save) {
            check_target(path, true)?;
            claim = Some(Claim::take(path)?);
        }
        let before = read_before(args)?;
        let spec = args
            .questionnaire
            .clone()
            .or_else(|| before.as_ref().and_then(|(b, _)| b.questionnaire_spec()))
            .unwrap_or_else(|| "relationship".to_owned());
        let q = load_questionnaire(&spec)?;
        let mut slots = match &before {
            Some((b, file)) => b.slots(&q, file)?,
            None => vec![None; q.items.len()],
        };
        if args.resume.is_none() {
            // Pre-filled answers (`--answers`, often a filled template): a `null` is an item
            // not yet answered, to be asked, not one skipped on purpose.
            for slot in &mut slots {
                if *slot == Some(None) {
                    *slot = None;
                }
            }
        }
        let missing = slots.iter().filter(|s| s.is_none()).count();
        if !interactive && missing > 0 {
            return Err(cannot_ask(args, &before, &q, missing));
        }
        check_output(&to)?;
        // A file named by --save or --resume is checked (and claimed) before anyone types a
        // name.
        let given_path = given_save_path(args)?;
        if let (Some(Some(path)), None, Some(_)) = (&given_path, &claim, &args.save) {
            claim = Some(Claim::take(path)?);
            // Created by another process between the check and the claim.
            if path.exists() && !args.force {
                given_save_path(args)?;
            }
        }
        let save = match given_path {
            Some(None) => SaveTo::Nowhere,
            // A new file is created, never put over one that appeared since it was checked.
            Some(Some(path)) => SaveTo::File {
                path,
                replace: args.resume.is_some() || args.force,
            },
            None => SaveTo::NewFile,
        };
        let name = |given: Option<&String>, from_file: Option<&str>| match (given, from_file) {
            (Some(name), _) => Ok(Name::Known(name.trim().to_owned())),
            (None, Some(name)) => Ok(Name::Known(name.to_owned())),
            (None, None) if interactive => Ok(Name::Ask),
            (None, None) => Err(Error::Usage(ui!("take-error-names-needed"))),
        };
        let saved_lang = before
            .as_ref()
            .and_then(|(b, _)| b.lang.as_deref())
            .and_then(Lang::from_tag);
        let respondent = name(
            args.respondent.as_ref(),
            before.as_ref().map(|(b, _)| b.respondent.as_str()),
        )?;
        let partner = name(
            args.partner.as_ref(),
            before.as_ref().map(|(b, _)| b.partner.as_str()),
        )?;
        let (seed, resumed) = match (&args.resume, before) {
            (Some(_), Some((b, _))) => (b.seed, Some(b)),
            (None, _) if args.shuffle => {
                (Some(args.seed.unwrap_or_else(|| fastrand::u64(..))), None)
            }
            _ => (None, None),
        };
        Ok(Plan {
            q,
            spec,
            resumed,
            slots,
            interactive,
            plain: args.plain,
            respondent,
            partner,
            save,
            seed,
            to,
            claim,
            saved_lang,
        })
    }
}

/// What was given before: a file to resume, or answers to pre-fill, with its name.
fn read_before(args: &TakeArgs) -> Result<Option<(SavedRecord, String)>, Error> {
    Ok(match (&args.resume, &args.answers) {
        (Some(path), _) => {
            let (name, bytes) = read_input(path)?;
            Some((SavedRecord::parse(&name, &bytes)?, name))
        }
        (None, Some(path)) => {
            let (name, bytes) = read_input(path)?;
            let mut sets = answers::parse_file(&name, &bytes)?;
            if sets.len() != 1 {
                return Err(AnswersError::new(&name, ui!("take-error-answers-array")).into());
            }
            Some((SavedRecord::from(sets.remove(0)), name))
        }
        (None, None) => None,
    })
}

/// Why `take` cannot go on without asking, when `missing` answers are missing.
fn cannot_ask(
    args: &TakeArgs,
    before: &Option<(SavedRecord, String)>,
    q: &Questionnaire,
    missing: usize,
) -> Error {
    if let (Some((_, file)), Some(_)) = (before, &args.answers) {
        return AnswersError::new(
            file,
            ui!(
                "take-error-missing-answers",
                missing = missing,
                total = q.items.len()
            ),
        )
        .into();
    }
    Error::Usage(ui!("take-error-no-terminal"))
}

/// Runs a plan in `lang`: asks the names still unknown, creates the answers file, asks the
/// questions (saving after each answer), then shows the report.
fn run(plan: Plan, colors: Colors, lang: Lang) -> Result<u8, Error> {
    let Plan {
        q,
        spec,
        resumed,
        mut slots,
        interactive,
        plain,
        respondent,
        partner,
        save: save_to,
        seed,
        to,
        mut claim,
        saved_lang: _,
    } = plan;
    let m = Messages::new(lang);
    // The questionnaire as the person reads it (its notice, if untranslated, comes before
    // any screen); its ids, numbers and sha256 are the original's, so the answers and the
    // scores are the same.
    let asked = if interactive {
        let (asked, notice) = in_language(&q, lang)?;
        if let Some(notice) = notice {
            crate::output::say(&notice);
        }
        asked
    } else {
        q.clone()
    };
    let mut prompter = interactive.then(|| prompter(plain, colors, lang));
    if interactive {
        interrupt::install();
    }
    let (respondent, partner) = ask_names(respondent, partner, prompter.as_deref_mut(), &m)?;
    let (path, replace) = match save_to {
        SaveTo::Nowhere => (None, false),
        SaveTo::File { path, replace } => (Some(path), replace),
        // Created empty and exclusively for this run (the default layout), so it is ours.
        SaveTo::NewFile => (Some(new_person_file(&respondent)?), true),
    };
    if let (Some(path), None) = (&path, &claim) {
        claim = Some(Claim::take(path)?);
    }
    let mut saved = resumed.unwrap_or_else(|| SavedRecord::new(&q, &respondent, &partner, seed));
    saved.respondent.clone_from(&respondent);
    saved.partner.clone_from(&partner);
    if interactive {
        saved.lang = Some(lang.tag().to_owned());
    }
    saved.set_slots(&q, &slots);
    save_as(&saved, path.as_deref(), replace).map_err(left_early)?;
    let shown = path.as_ref().map(|p| shell_quote(&p.display().to_string()));
    interrupt::set_message(stop_message(
        Whose::Yours,
        shown.as_deref(),
        &format!("take --resume {}", shown.as_deref().unwrap_or_default()),
        Bundled::find_spec(&spec).is_none().then_some(spec.as_str()),
        plain,
        &m,
    ));

    let answered = Answering {
        q: &asked,
        path: path.as_deref(),
        shown: shown.as_deref(),
        names: [&respondent, &partner],
    };
    match prompter.as_mut() {
        Some(p) => answered.ask(p.as_mut(), &mut slots, &mut saved)?,
        None => {
            saved.completed = Some(crate::interactive::save::now());
            save(&saved, path.as_deref()).map_err(left_early)?;
        }
    }

    let file = shown.clone().unwrap_or_else(|| tr!(m, "take-file-unsaved"));
    let responses = saved.responses(&q, &file)?;
    // A human report takes the questionnaire's texts in the person's language; JSON and CSV
    // stay language-neutral (the original's texts).
    let texts = if for_people(to.format) { &asked } else { &q };
    let report = scoring::score(texts, &Pair::single(responses), Options::default());
    emit_report(&report, &to.clone().with_lang(lang), colors)?;
    match shown {
        Some(shown) => crate::output::say(&format!(
            "\n{}",
            tr!(
                m,
                "take-end-saved",
                place = crate::output::terminal_safe(&shown).into_owned()
            )
        )),
        None => crate::output::say(&format!("\n{}", tr!(m, "take-end-not-saved"))),
    }
    drop(claim);
    Ok(EXIT_OK)
}

/// One person answering: the questionnaire, where the answers are saved (and that place as
/// messages show it), and the two names.
struct Answering<'a> {
    q: &'a Questionnaire,
    path: Option<&'a std::path::Path>,
    shown: Option<&'a str>,
    names: [&'a str; 2],
}

impl Answering<'_> {
    /// The intro, every question still unanswered (in the record's shuffled order, if it
    /// has one) with a save after each, the review, then leaving the prompting screen.
    fn ask(
        &self,
        p: &mut dyn Prompter,
        slots: &mut [Slot],
        saved: &mut SavedRecord,
    ) -> Result<(), Error> {
        let q = self.q;
        let [respondent, partner] = self.names;
        let m = p.messages();
        let n = q.items.len();
        let mut who = tr!(
            m,
            "take-intro-who",
            respondent = respondent,
            partner = partner,
            questions = n,
            minutes = crate::interactive::minutes_for(n)
        );
        if q.has_private() {
            who.push(' ');
            who.push_str(&tr!(m, "take-intro-private"));
        }
        let text = intro(q, &who, self.shown, m);
        p.show(&text).map_err(left_early)?;
        let mut order: Vec<usize> = (0..q.items.len()).collect();
        if let Some(seed) = saved.seed {
            fastrand::Rng::with_seed(seed).shuffle(&mut order);
        }
        answer_and_save(
            q,
            &order,
            slots,
            saved,
            self.path,
            p,
            Part {
                turn: None,
                complete: true,
            },
        )?;
        p.leave().map_err(left_early)
    }
}

/// The two names: those known, and those asked (the partner's again when it is the
/// respondent's own, rather than ending the program).
fn ask_names(
    respondent: Name,
    partner: Name,
    mut prompter: Option<&mut (dyn Prompter + '_)>,
    m: &Messages,
) -> Result<(String, String), Error> {
    let mut ask = |name: Name, question: &str| match (name, prompter.as_deref_mut()) {
        (Name::Known(name), _) => Ok((name, false)),
        (Name::Ask, Some(p)) => p.name(question).map(|n| (n, true)).map_err(left_early),
        // The plan asks only with a prompter.
        (Name::Ask, None) => Err(Error::Usage(ui!("take-error-names-needed"))),
    };
    let (respondent, _) = ask(respondent, &tr!(m, "take-name-yours"))?;
    let mut question = tr!(m, "take-name-partner");
    loop {
        let (given, asked) = ask(partner.clone(), &question)?;
        match two_names(&respondent, &given) {
            // The same name typed twice: ask again rather than end the program.
            Err(_) if asked => {
                question = tr!(
                    m,
                    "take-name-partner-again",
                    respondent = crate::output::terminal_safe(&respondent).into_owned()
                );
            }
            result => return result.map(|()| (respondent, given)),
        }
    }
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
            return Err(Error::Refused(Refusal(ui!(
                "take-error-save-exists",
                path = path.display().to_string()
            ))));
        }
        check_target(path, args.force)?;
        return Ok(Some(Some(path.clone())));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Command;
    use crate::report::Format;

    fn args(words: &[&str]) -> TakeArgs {
        match crate::commands::parsed("take", words) {
            Command::Take(args) => args,
            other => panic!("{other:?}"),
        }
    }

    /// The first two items of the relationship questionnaire.
    const FIRST_TWO: &[&str] = &["coercive-self-1", "coercive-self-2"];

    /// Alex's example answers, with the items `nulls` turned to `null`, in a file.
    fn answers_file(
        dir: &std::path::Path,
        nulls: &[&str],
        extra: &[(&str, serde_json::Value)],
    ) -> PathBuf {
        let text = std::fs::read_to_string("examples/alex.json").unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let answers = value["answers"].as_object_mut().unwrap();
        for id in nulls {
            answers.insert((*id).to_owned(), serde_json::Value::Null);
        }
        for (k, v) in extra {
            value[*k] = v.clone();
        }
        let path = dir.join("alex.json");
        std::fs::write(&path, value.to_string()).unwrap();
        path
    }

    #[test]
    fn by_default_the_names_are_asked_and_a_new_file_is_made() {
        let plan = Plan::new(&args(&[]), true).unwrap();
        assert_eq!(plan.spec, "relationship");
        assert_eq!(plan.q.id, "relationship");
        assert!(plan.slots.iter().all(Option::is_none));
        assert_eq!((plan.respondent, plan.partner), (Name::Ask, Name::Ask));
        assert_eq!(plan.save, SaveTo::NewFile);
        assert_eq!(plan.seed, None);
        assert_eq!(plan.to.format, Format::Table);
        assert!(plan.resumed.is_none() && plan.claim.is_none());
    }

    #[test]
    fn given_names_are_trimmed_and_a_given_seed_is_kept() {
        let plan = Plan::new(
            &args(&[
                "-q",
                "workplace",
                "--respondent",
                " Ana ",
                "--partner",
                "Ben",
                "--no-save",
                "--shuffle",
                "--seed",
                "7",
                "-f",
                "json",
            ]),
            true,
        )
        .unwrap();
        assert_eq!(plan.q.id, "workplace");
        assert_eq!(plan.respondent, Name::Known("Ana".to_owned()));
        assert_eq!(plan.partner, Name::Known("Ben".to_owned()));
        assert_eq!(plan.save, SaveTo::Nowhere);
        assert_eq!(plan.seed, Some(7));
        assert_eq!(plan.to.format, Format::Json);
        // --shuffle without --seed draws one.
        let drawn = Plan::new(&args(&["--no-save", "--shuffle"]), true).unwrap();
        assert!(drawn.seed.is_some());
    }

    #[test]
    fn a_resumed_file_is_claimed_and_gives_its_names_seed_and_skips() {
        let dir = tempfile::tempdir().unwrap();
        // Two answers skipped on purpose (null), and the record's own seed.
        let path = answers_file(dir.path(), FIRST_TWO, &[("seed", 42.into())]);
        let plan = Plan::new(&args(&["--resume", path.to_str().unwrap()]), true).unwrap();
        assert!(plan.claim.is_some(), "claimed before it is read");
        assert_eq!(plan.spec, "relationship@1.0.0");
        assert_eq!(plan.respondent, Name::Known("Alex".to_owned()));
        assert_eq!(plan.partner, Name::Known("Sam".to_owned()));
        assert_eq!(plan.seed, Some(42));
        assert_eq!(
            plan.save,
            SaveTo::File {
                path: path.clone(),
                replace: true
            }
        );
        // A skip stays a skip when resuming.
        assert_eq!(&plan.slots[..3], &[Some(None), Some(None), Some(Some(3))]);
        assert_eq!(plan.resumed.as_ref().map(|s| s.seed), Some(Some(42)));
        // A second run on the same file is refused while the first holds it.
        assert!(Plan::new(&args(&["--resume", path.to_str().unwrap()]), true).is_err());
    }

    #[test]
    fn prefilled_answers_ask_their_nulls_again_and_save_to_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = answers_file(dir.path(), FIRST_TWO, &[]);
        let plan = Plan::new(&args(&["--answers", path.to_str().unwrap()]), true).unwrap();
        assert_eq!(&plan.slots[..3], &[None, None, Some(Some(3))]);
        assert_eq!(plan.save, SaveTo::NewFile);
        assert!(plan.resumed.is_none() && plan.claim.is_none());
        assert_eq!(plan.respondent, Name::Known("Alex".to_owned()));
    }

    #[test]
    fn without_a_terminal_every_answer_must_be_given() {
        let dir = tempfile::tempdir().unwrap();
        let err = Plan::new(&args(&["--no-input"]), false).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(
            err.to_string().contains("asks its questions at a terminal"),
            "{err}"
        );
        let partial = answers_file(dir.path(), &FIRST_TWO[..1], &[]);
        let err = Plan::new(&args(&["--answers", partial.to_str().unwrap()]), false).unwrap_err();
        assert_eq!(err.exit_code(), 65);
        // 1 of 67 (the relationship questionnaire's items) has no answer.
        assert!(
            err.to_string()
                .contains("1 of the 67 questions has no answer"),
            "{err}"
        );
        let whole = answers_file(dir.path(), &[], &[]);
        let plan = Plan::new(&args(&["--answers", whole.to_str().unwrap()]), false).unwrap();
        assert!(!plan.interactive);
        assert!(plan.slots.iter().all(Option::is_some));
    }

    #[test]
    fn an_existing_save_file_is_refused_before_anyone_types() {
        let dir = tempfile::tempdir().unwrap();
        let path = answers_file(dir.path(), &[], &[]);
        let err = Plan::new(&args(&["--save", path.to_str().unwrap()]), true).unwrap_err();
        assert_eq!(err.exit_code(), 1);
        assert!(
            err.to_string()
                .contains("already exists; to go on with it use `--resume"),
            "{err}"
        );
        let plan = Plan::new(&args(&["--save", path.to_str().unwrap(), "--force"]), true).unwrap();
        assert_eq!(
            plan.save,
            SaveTo::File {
                path,
                replace: true
            }
        );
        assert!(plan.claim.is_some());
        // The report's file is checked too.
        let taken = dir.path().join("report.txt");
        std::fs::write(&taken, "").unwrap();
        let err =
            Plan::new(&args(&["--no-save", "-o", taken.to_str().unwrap()]), true).unwrap_err();
        assert!(
            err.to_string().contains("already exists; add --force"),
            "{err}"
        );
    }
}
