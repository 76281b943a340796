//! `powerbalance session`: two people answer in turn on one terminal, then the joint report.
//!
//! Between the two, the screen is cleared and a hand-off screen waits for the next person.
//! Each person's answers go to their own file in the session folder; running the same
//! command again goes on where an interruption stopped it.

use std::path::{Path, PathBuf};

use super::answering::{
    answer_and_save, can_prompt, check_output, intro, length, prompter, save, stop_message,
    stopped, two_names,
};
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{Pair, Responses};
use crate::cli::{ColorChoice, SessionArgs};
use crate::error::{EXIT_OK, Error};
use crate::interactive::Prompter;
use crate::interactive::interrupt::{self, shell_quote};
use crate::interactive::save::{
    Saved, check_owned, create_private_dir, private_data_dir, slug, stamp,
};
use crate::output::{Claim, check_target, terminal_safe};
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Options};

pub(super) fn session(args: &SessionArgs, color: ColorChoice) -> Result<u8, Error> {
    if !args.plain && !can_prompt(args.no_input) {
        return Err(Error::Usage(
            "`session` asks its questions at a terminal, and stdin and stderr are not both \
             terminals (or --no-input was given). Without one: each person fills in \
             `powerbalance template`, then `powerbalance score A.json B.json` gives the joint \
             report; or answer line by line with `session --plain`."
                .to_owned(),
        ));
    }
    let q = load_questionnaire(&args.questionnaire)?;
    check_output(&args.report, args.force)?;
    let mut p = prompter(args.plain, color);
    interrupt::install();
    let [a, b] = match &args.people {
        Some(people) => [people[0].trim().to_owned(), people[1].trim().to_owned()],
        None => [
            p.name("The first person's name").map_err(stopped)?,
            p.name("The second person's name").map_err(stopped)?,
        ],
    };
    two_names(&a, &b)?;
    let dir = match (&args.save_dir, args.no_save) {
        (_, true) => None,
        (Some(dir), false) => {
            // As the data folder: a real folder of the user's (not a link), made private.
            create_private_dir(dir)?;
            check_owned(dir)?;
            Some(dir.clone())
        }
        (None, false) => Some(private_data_dir(&["sessions", &stamp()])?),
    };
    let files = dir.as_deref().map(|d| files_for(d, &a, &b));
    // Each person's file is claimed for the whole session, so a second session on the same
    // folder is refused rather than both writing the same files.
    let _claims = match &files {
        Some([fa, fb]) => vec![Claim::take(fa)?, Claim::take(fb)?],
        None => Vec::new(),
    };
    let shown_dir = dir.as_ref().map(|d| shell_quote(&d.display().to_string()));
    interrupt::set_message(stop_message(
        "The answers",
        shown_dir.as_deref(),
        &format!(
            "session --save-dir {} --people {} {}",
            shown_dir.as_deref().unwrap_or_default(),
            shell_quote(&a),
            shell_quote(&b)
        ),
        (args.questionnaire != "relationship").then_some(args.questionnaire.as_str()),
        args.plain,
    ));

    let (questions, minutes) = length(&q);
    let who =
        format!("{a} answers first, then {b}, each on your own: {questions} each, {minutes} each.");
    p.show(&intro(&q, &who, shown_dir.as_deref()))
        .map_err(stopped)?;
    let mut responses = Vec::new();
    for (i, (me, other)) in [(&a, &b), (&b, &a)].into_iter().enumerate() {
        let path = files.as_ref().map(|f| f[i].as_path());
        responses.push(one_person(&q, p.as_mut(), me, other, path)?);
    }
    p.clear().map_err(stopped)?;
    let [first, second]: [Responses; 2] = responses
        .try_into()
        .map_err(|_| Error::Usage("a session has two people".to_owned()))?;
    let pair = Pair::couple(first, second, &format!("{b}'s answers"))?;
    let report = scoring::score(&q, &pair, Options::default());
    emit_report(&report, &args.report, args.force, color)?;
    match files {
        Some([fa, fb]) => eprintln!(
            "\nThe answers are saved in {} and {}.",
            terminal_safe(&shell_quote(&fa.display().to_string())),
            terminal_safe(&shell_quote(&fb.display().to_string()))
        ),
        None => eprintln!("\nThe answers were not saved (--no-save)."),
    }
    Ok(EXIT_OK)
}

/// One answer file per person, named after them (told apart if the names look alike).
fn files_for(dir: &Path, a: &str, b: &str) -> [PathBuf; 2] {
    let (sa, sb) = (slug(a), slug(b));
    if sa == sb {
        [
            dir.join(format!("{sa}-1.json")),
            dir.join(format!("{sb}-2.json")),
        ]
    } else {
        [
            dir.join(format!("{sa}.json")),
            dir.join(format!("{sb}.json")),
        ]
    }
}

/// One person's turn: a cleared screen, the hand-off screen, their items. A finished file
/// from an earlier run is used as it is. `path` is `None` with `--no-save`.
fn one_person(
    q: &Questionnaire,
    p: &mut dyn Prompter,
    me: &str,
    other: &str,
    path: Option<&Path>,
) -> Result<Responses, Error> {
    let file = path.map_or_else(|| format!("{me}'s answers"), |p| p.display().to_string());
    let mut saved = if let Some(path) = path.filter(|p| p.exists() || p.is_symlink()) {
        check_target(path, true)?;
        let (name, bytes) = read_input(path)?;
        let saved = Saved::parse(&name, &bytes)?;
        if saved.respondent != me || saved.partner != other {
            return Err(Error::Usage(format!(
                "`{file}` holds {}'s answers about {}, not {me}'s about {other}; use another --save-dir",
                saved.respondent, saved.partner
            )));
        }
        saved
    } else {
        Saved::new(q, me, other, None)
    };
    let mut slots = saved.slots(q, &file)?;
    if saved.completed.is_none() {
        p.clear().map_err(stopped)?;
        p.show(&format!(
            "This part is for {me}.\n\n{other}, please look away from the screen until {me} has \
             finished; the screen is cleared before it is your turn.\n\n{me}, the questions ask \
             about you and about {other}."
        ))
        .map_err(stopped)?;
        save(&saved, path).map_err(stopped)?;
        let order: Vec<usize> = (0..q.items.len()).collect();
        answer_and_save(q, &order, &mut slots, &mut saved, path, p)?;
    }
    Ok(saved.responses(q, &file)?)
}
