//! `powerbalance session`: two people on one terminal, in a therapist's room (SPEC §8).
//!
//! Part 1, together: each person in turn answers the items that are not private. Part 2,
//! alone: each person in turn answers the private items once the other has left the room,
//! then sees their own private results and the resources, which are wiped before the other
//! comes back. Between any two screens of different people the screen and the scrollback
//! are cleared. At the end the joint report and the clinician report are written to the
//! session folder, and one gate screen, the same whatever the answers, lets the therapist
//! show the joint report or finish without it. With `--plain`, which cannot clear a screen,
//! the hand-offs say so and the private items are left for each person to answer alone.
//!
//! Each person's answers go to their own file in the session folder; running the same
//! command again goes on where an interruption stopped it.

use std::path::{Path, PathBuf};

use super::answering::{
    Part, answer_and_save, can_prompt, check_output, prompter, save, saving, stop_message, stopped,
    two_names,
};
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{Pair, Responses, Slot};
use crate::cli::SessionArgs;
use crate::error::{EXIT_OK, Error};
use crate::interactive::interrupt::{self, shell_quote};
use crate::interactive::save::{
    Saved, check_owned, couple_dir, create_private_dir, latest_unfinished, new_session_dir, now,
    slug,
};
use crate::interactive::{Prompter, minutes_for};
use crate::output::{Claim, check_target, emit, terminal_safe};
use crate::questionnaire::Questionnaire;
use crate::report::{Format, Report, Style, render};
use crate::scoring::{self, Options};
use crate::settings::{Colors, ReportTo, Writes};

/// The start of the report files' names in a session folder. A name's slug has no `.`, so
/// no person's answers file (`<slug>.json`) can take one of these names, whatever the names.
const JOINT: &str = "joint.report.";
const CLINICIAN: &str = "clinician.report.";

/// The default questionnaire of a session.
const DEFAULT_QUESTIONNAIRE: &str = "relationship";

pub(super) fn session(args: &SessionArgs, colors: Colors) -> Result<u8, Error> {
    // The report files' format (Markdown unless -f or -o says), and the screen's (a table
    // unless -f says).
    let files_to = ReportTo::new(
        &args.report,
        args.force,
        Writes::Report {
            default: Format::Markdown,
        },
    )?;
    let screen = ReportTo::on_screen(crate::settings::pick_format(
        args.report.format.map(Format::from),
        None,
        Writes::Report {
            default: Format::Table,
        },
    )?);
    if !args.plain && !can_prompt(args.no_input) {
        return Err(Error::Usage(
            "`session` asks its questions at a terminal, and stdin and stderr are not both \
             terminals (or --no-input was given). Without one: each person fills in \
             `powerbalance template`, then `powerbalance score A.json B.json` gives the joint \
             report; or answer line by line with `session --plain`."
                .to_owned(),
        ));
    }
    check_output(&files_to)?;
    // A questionnaire named on the command line is checked before anyone types a name.
    let given = args
        .questionnaire
        .as_deref()
        .map(load_questionnaire)
        .transpose()?;
    if let Some(q) = &given {
        refuse_no_save(q, args.no_save)?;
    }
    let mut p = prompter(args.plain, colors);
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
        (None, false) => {
            let parent = couple_dir(&a, &b)?;
            Some(match latest_unfinished(&parent, finished) {
                Some(dir) => dir,
                None => new_session_dir(&parent)?,
            })
        }
    };
    let files = dir.as_deref().map(|d| files_for(d, &a, &b));
    let saved_spec = match given {
        Some(_) => None,
        None => files
            .as_ref()
            .and_then(|f| f.iter().find_map(|path| saved_questionnaire(path))),
    };
    let q = match given {
        Some(q) => q,
        None => {
            let spec = saved_spec.as_deref().unwrap_or(DEFAULT_QUESTIONNAIRE);
            let q = load_questionnaire(spec)?;
            refuse_no_save(&q, args.no_save)?;
            q
        }
    };
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
        // As given (a path stays a path), else the one the saved answers named.
        args.questionnaire
            .as_deref()
            .or(saved_spec.as_deref())
            .or(Some(q.id.as_str()))
            .filter(|spec| *spec != DEFAULT_QUESTIONNAIRE),
        args.plain,
    ));

    let names = [a.as_str(), b.as_str()];
    let mut people = Vec::with_capacity(2);
    for (i, (me, other)) in [(&a, &b), (&b, &a)].into_iter().enumerate() {
        let path = files.as_ref().map(|f| f[i].clone());
        let seed = args.shuffle.then(|| {
            args.seed
                .map_or_else(|| fastrand::u64(..), |s| s.wrapping_add(i as u64))
        });
        people.push(Person::open(&q, me, other, path, seed)?);
    }
    let private_asked = q.has_private() && !args.plain;
    p.show(&intro(&q, names, shown_dir.as_deref(), args.plain))
        .map_err(stopped)?;

    // Part 1, together.
    for i in 0..2 {
        let person = &mut people[i];
        let order = person.order(&q, false);
        if !person.missing(&q, &order) {
            continue;
        }
        let (me, other) = (names[i], names[1 - i]);
        p.clear().map_err(stopped)?;
        p.show(&together_hand_off(me, other, i, args.plain))
            .map_err(stopped)?;
        let turn = format!("{me}'s turn, together ({other}, please look away)");
        person.answer(&q, &order, p.as_mut(), &turn, false)?;
        p.clear().map_err(stopped)?;
    }

    // Part 2, alone.
    if private_asked {
        for i in 0..2 {
            let order = people[i].order(&q, true);
            if !people[i].missing(&q, &order) {
                continue;
            }
            let (me, other) = (names[i], names[1 - i]);
            p.clear().map_err(stopped)?;
            p.show(&alone_hand_off(me, other)).map_err(stopped)?;
            p.clear().map_err(stopped)?;
            p.show(&alone_intro(me, other, people[i].to_ask(&q, &order)))
                .map_err(stopped)?;
            let turn = format!("{me}'s turn, alone: private");
            people[i].answer(&q, &order, p.as_mut(), &turn, true)?;
            p.clear().map_err(stopped)?;
            let own = people[i].responses(&q)?;
            p.show(&own_private_results(&q, own, me, other))
                .map_err(stopped)?;
            p.clear().map_err(stopped)?;
            p.show(&after_alone(me, other, i)).map_err(stopped)?;
            p.clear().map_err(stopped)?;
        }
    }
    for person in &mut people {
        person.complete_if_done(&q, private_asked)?;
    }

    // The reports, then the gate.
    let [first, second]: [Responses; 2] = [people[0].responses(&q)?, people[1].responses(&q)?];
    let pair = Pair::couple(first, second, &format!("{b}'s answers"))?;
    let joint = scoring::score(&q, &pair, Options::default());
    let clinician = scoring::clinician(&q, &pair);
    let format = files_to.format;
    if let Some(dir) = &dir {
        for (name, report) in [(JOINT, &joint), (CLINICIAN, &clinician)] {
            write_report(
                &dir.join(format!("{name}{}", extension(format))),
                report,
                format,
            )?;
        }
    }
    if let Some(path) = &args.report.output {
        emit(
            Some(path),
            &render(&joint, format, Style::default()),
            args.force,
        )?;
    }
    let files_shown: Option<Vec<String>> = files.as_ref().map(|f| {
        f.iter()
            .map(|p| shell_quote(&p.display().to_string()))
            .collect()
    });
    p.clear().map_err(stopped)?;
    let show = p
        .choose(
            &gate(
                shown_dir.as_deref(),
                files_shown.as_deref(),
                names,
                &q,
                args.plain,
            ),
            &[
                ('j', "Show the joint report on this screen"),
                ('f', "Finish without showing it"),
            ],
        )
        .map_err(stopped)?
        == 'j';
    p.clear().map_err(stopped)?;
    p.leave().map_err(stopped)?;
    if show {
        emit_report(&joint, &screen, colors)?;
    }
    match &shown_dir {
        Some(dir) => eprintln!(
            "\nFinished. The answers and the reports are saved in {}.",
            terminal_safe(dir)
        ),
        None => eprintln!("\nFinished. The answers were not saved (--no-save)."),
    }
    Ok(EXIT_OK)
}

/// `--no-save` would lose the clinician report, the only place private results reach the
/// therapist: refused for a questionnaire with private items.
fn refuse_no_save(q: &Questionnaire, no_save: bool) -> Result<(), Error> {
    if no_save && q.has_private() {
        return Err(Error::Usage(format!(
            "`session --no-save` would lose the clinician report, the only place where the \
             private answers of `{}` reach the therapist; give --save-dir DIR (and remove the \
             folder when it is no longer needed), or a questionnaire without private items",
            q.id
        )));
    }
    Ok(())
}

/// Whether a session folder is finished: its clinician report was written.
fn finished(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with(CLINICIAN))
    })
}

/// The questionnaire (and version) a saved answers file names, if it can be read.
fn saved_questionnaire(path: &Path) -> Option<String> {
    let (name, bytes) = read_input(path).ok()?;
    Saved::parse(&name, &bytes).ok()?.questionnaire_spec()
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

fn extension(format: Format) -> &'static str {
    match format {
        Format::Table => "txt",
        Format::Json => "json",
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Csv => "csv",
    }
}

/// Writes a report file (0600), replacing one from an earlier run of the same session.
fn write_report(path: &Path, report: &Report, format: Format) -> Result<(), Error> {
    emit(Some(path), &render(report, format, Style::default()), true)?;
    Ok(())
}

/// One person of the session: their answers as saved, and where.
struct Person {
    saved: Saved,
    slots: Vec<Slot>,
    path: Option<PathBuf>,
    /// The file's name in messages.
    file: String,
}

impl Person {
    /// The person's file from an earlier run, or a new record (saved at once).
    fn open(
        q: &Questionnaire,
        me: &str,
        other: &str,
        path: Option<PathBuf>,
        seed: Option<u64>,
    ) -> Result<Self, Error> {
        let file = path
            .as_ref()
            .map_or_else(|| format!("{me}'s answers"), |p| p.display().to_string());
        let saved = match path.as_deref().filter(|p| p.exists() || p.is_symlink()) {
            Some(existing) => {
                // Read to be written again: never through a link (one rule for every path).
                check_target(existing, true)?;
                let (name, bytes) = read_input(existing)?;
                let saved = Saved::parse(&name, &bytes)?;
                if saved.respondent != me || saved.partner != other {
                    return Err(Error::Usage(format!(
                        "`{file}` holds {}'s answers about {}, not {me}'s about {other}; use \
                         another --save-dir",
                        saved.respondent, saved.partner
                    )));
                }
                saved
            }
            None => {
                let saved = Saved::new(q, me, other, seed);
                save(&saved, path.as_deref()).map_err(stopped)?;
                saved
            }
        };
        let slots = saved.slots(q, &file)?;
        Ok(Person {
            saved,
            slots,
            path,
            file,
        })
    }

    /// This person's order of the private items, or of the others: the questionnaire's,
    /// or their own shuffle (each person's seed is their own).
    fn order(&self, q: &Questionnaire, private: bool) -> Vec<usize> {
        let mut all: Vec<usize> = (0..q.items.len()).collect();
        if let Some(seed) = self.saved.seed {
            fastrand::Rng::with_seed(seed).shuffle(&mut all);
        }
        all.retain(|&i| q.dimensions[q.items[i].dimension].private == private);
        all
    }

    /// Whether any item of `order` that applies to this person was never given. An item
    /// whose `asked_if` gate is closed is never asked, so it is not missing: otherwise a
    /// resumed session would hand the keyboard back to someone who had finished, and with a
    /// gate on a private answer that hand-off would show it to the other person.
    fn missing(&self, q: &Questionnaire, order: &[usize]) -> bool {
        order
            .iter()
            .any(|&i| self.slots[i].is_none() && gate_state(q, &self.slots, i) == Some(true))
    }

    /// How many items of `order` are still to be asked, and whether that many is only an
    /// upper bound (an item whose gate is not answered yet may or may not apply). An item
    /// whose gate is closed by an answer given is not counted.
    fn to_ask(&self, q: &Questionnaire, order: &[usize]) -> (usize, bool) {
        let state = |i: usize| gate_state(q, &self.slots, i);
        let left: Vec<Option<bool>> = order
            .iter()
            .filter(|&&i| self.slots[i].is_none())
            .map(|&i| state(i))
            .filter(|s| *s != Some(false))
            .collect();
        (left.len(), left.contains(&None))
    }

    fn answer(
        &mut self,
        q: &Questionnaire,
        order: &[usize],
        p: &mut dyn Prompter,
        turn: &str,
        complete: bool,
    ) -> Result<(), Error> {
        answer_and_save(
            q,
            order,
            &mut self.slots,
            &mut self.saved,
            self.path.as_deref(),
            p,
            Part {
                turn: Some(turn),
                complete,
            },
        )
    }

    /// Marks the answers complete once every item the session asks has been given (the
    /// private ones only when `private_asked`: `--plain` leaves them for later).
    fn complete_if_done(&mut self, q: &Questionnaire, private_asked: bool) -> Result<(), Error> {
        let asked: Vec<usize> = (0..q.items.len())
            .filter(|&i| private_asked || !q.dimensions[q.items[i].dimension].private)
            .collect();
        let done = !self.missing(q, &asked);
        if self.saved.completed.is_none() && done {
            self.saved.set_slots(q, &self.slots);
            self.saved.completed = Some(now());
            save(&self.saved, self.path.as_deref()).map_err(stopped)?;
        }
        Ok(())
    }

    fn responses(&self, q: &Questionnaire) -> Result<Responses, Error> {
        let mut saved = self.saved.clone();
        saved.set_slots(q, &self.slots);
        Ok(saved.responses(q, &self.file)?)
    }
}

/// Whether item `i` applies given the answers so far: `Some(true)`, `Some(false)` (a gate
/// closed by an answer given, or skipped), or `None` while a gate on its way is not answered.
fn gate_state(q: &Questionnaire, slots: &[Slot], i: usize) -> Option<bool> {
    let Some(g) = q.items[i].asked_if else {
        return Some(true);
    };
    // A gate is an earlier item, and gates make no cycle (the validator), so this ends.
    match gate_state(q, slots, g.item) {
        Some(true) => slots[g.item].map(|v| v.is_some_and(|v| g.opens(v))),
        other => other,
    }
}

/// The opening screen: what it measures, how long, not a diagnosis, where the answers go,
/// and who sees which answers (SPEC §8).
fn intro(q: &Questionnaire, [a, b]: [&str; 2], saved_in: Option<&str>, plain: bool) -> String {
    let private = q
        .items
        .iter()
        .filter(|i| q.dimensions[i.dimension].private)
        .count();
    let shared = q.items.len() - private;
    let mut text = format!("{}\n", q.title);
    if let Some(d) = &q.description {
        text.push_str(&format!("\n{}\n", d.trim()));
    }
    text.push_str(&format!(
        "\nThe answers describe how influence works between the two of you. They are a \
         starting point for a conversation, not a diagnosis.\n\n\
         Part 1, together: {a}, then {b}, each answers {shared} questions (about {} minutes \
         each) while the other looks away. The joint report, which the therapist may show \
         to both of you, comes from these answers.\n",
        minutes_for(shared)
    ));
    if private > 0 {
        if plain {
            text.push_str(&format!(
                "\nThere are also {private} private questions about safety. This plain mode \
                 cannot clear the screen, so they are not asked here: at the end you are \
                 told how each of you answers them later, alone.\n"
            ));
        } else {
            text.push_str(&format!(
                "\nPart 2, alone: each of you answers {private} private questions about \
                 safety, with the other person out of the room. They are not in the joint \
                 report, and this tool never shows one person's private answers to the \
                 other: each of you sees your own results at the end of your part, and the \
                 therapist sees both in a separate clinician report. If answering is not \
                 safe, skip the question.\n"
            ));
        }
    }
    text.push_str(&format!(
        "\nSkip any question you would rather not answer (s), go back (b), and review your \
         answers before you finish. The q key leaves at once: it saves what was given and \
         clears the screen.\n{}",
        saving(saved_in)
    ));
    text
}

/// The hand-off before a person's part 1. `i` is 0 for the first person.
fn together_hand_off(me: &str, other: &str, i: usize, plain: bool) -> String {
    let before = match (plain, i) {
        (true, 0) => String::new(),
        (true, _) => format!(
            "This plain mode cannot clear the screen: {other}'s answers are still on it, \
             above, and can be scrolled back to. If {me} should not see them, clear this \
             window's history or turn the screen away before going on.\n\n"
        ),
        (false, 0) => String::new(),
        (false, _) => "The screen and its scrollback have been cleared.\n\n".to_owned(),
    };
    let after = if plain {
        format!("{other}, please look away from the screen until {me} has finished.")
    } else {
        format!(
            "{other}, please look away from the screen until {me} has finished; the screen \
             and its scrollback are cleared before anyone else's turn."
        )
    };
    format!(
        "Part 1, together: {me}'s turn.\n\n{before}{me}, please take the keyboard. {after}\n\n\
         {me}, the questions ask about you and about {other}."
    )
}

/// The hand-off before a person's part 2: short, so that it fits a small terminal whole.
fn alone_hand_off(me: &str, other: &str) -> String {
    format!(
        "Part 2, alone: {me}'s turn.\n\n{other}, please leave the room now; you will be asked \
         back in.\n\n{me}: press Enter only once {other} has left the room."
    )
}

/// What the person alone reads before the private items.
fn alone_intro(me: &str, other: &str, (n, at_most): (usize, bool)) -> String {
    let up_to = if at_most { "up to " } else { "" };
    let questions = if n == 1 {
        "question is"
    } else {
        "questions are"
    };
    format!(
        "{me}, the next {up_to}{n} {questions} about your own safety.\n\nThis tool \
         does not show your answers to {other}: they are not in the joint report. You see your results at the end of this \
         part, and the therapist sees them in the clinician report.\n\nSkip any question you \
         would rather not answer, or that is not safe to answer now; q leaves at once."
    )
}

/// What a person sees at the end of their part 2: their own private results and the
/// resources, wiped when they go on.
fn own_private_results(q: &Questionnaire, own: Responses, me: &str, other: &str) -> String {
    let report = scoring::score(q, &Pair::single(own), Options::default());
    let mut text = format!("{me}, your private results\n\n");
    let private: Vec<_> = report.warnings.iter().filter(|w| w.private).collect();
    if private.is_empty() {
        text.push_str(
            "None of the private safety rules fired on your answers. If something still \
             worries you, the help below is there for you too.\n",
        );
    }
    for w in private {
        text.push_str(&format!("• {}\n", w.message));
        if let Some(prompt) = &w.prompt {
            text.push_str(&format!(
                "  For you to think about, on your own: {prompt}\n"
            ));
        }
    }
    if let Some(resources) = &q.resources {
        text.push_str(&format!("\nIf you need support\n{}\n", resources.trim()));
    }
    text.push_str(&format!(
        "\nThis screen is wiped when you press Enter. The therapist sees these answers in the \
         clinician report; this tool does not show them to {other}."
    ));
    text
}

/// After a person's part 2: who comes in next.
fn after_alone(me: &str, other: &str, i: usize) -> String {
    if i == 0 {
        format!(
            "Thank you, {me}. The screen has been cleared.\n\nPlease ask {other} to come in, \
             and leave the room yourself for {other}'s part."
        )
    } else {
        format!(
            "Thank you, {me}. The screen has been cleared.\n\nThe therapist can now ask {other} \
             to come back in."
        )
    }
}

/// The gate: the same screen whatever the answers were (SPEC §8).
fn gate(
    dir: Option<&str>,
    files: Option<&[String]>,
    [a, b]: [&str; 2],
    q: &Questionnaire,
    plain: bool,
) -> String {
    let mut text = String::from("Both of you have finished.\n\n");
    if plain {
        text.push_str(
            "This plain mode cannot clear the screen: the answers above are still on it and \
             can be scrolled back to.\n\n",
        );
    }
    match dir {
        Some(dir) => text.push_str(&format!(
            "The answers, the joint report and the clinician report are saved in {dir}.\n\n"
        )),
        None => text.push_str("Nothing was saved (--no-save).\n\n"),
    }
    if plain
        && q.has_private()
        && let Some([fa, fb]) = files
    {
        text.push_str(&format!(
            "The private questions about safety were not asked on this shared screen, which \
             cannot be cleared. Each of you answers them later, alone, on a screen no one else \
             can see, into your own answers file:\n  {a}: powerbalance take --resume {fa}\n  \
             {b}: powerbalance take --resume {fb}\n(add --plain for a screen reader). Then the \
             therapist makes the clinician report again with\n  powerbalance score \
             --clinician {fa} {fb}\n\n"
        ));
    }
    text.push_str(
        "For the therapist: show the joint report on this screen, where both of you can see \
         it, or finish without showing it. The clinician report is never shown here.",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::gate_state;
    use crate::questionnaire::parse;

    /// Items a, b (asked if a = 1) and c (asked if b = 1), on a yes/no scale.
    const CHAIN: &str = r#"
[questionnaire]
id = "g"
title = "G"
version = "1"
[scales.yn]
min = 0
max = 1
labels = ["No", "Yes"]
[defaults]
scale = "yn"
[[dimensions]]
id = "d"
kind = "risk"
name = "D"
private = true
  [[dimensions.items]]
  id = "a"
  about = "self"
  text = "."
  [[dimensions.items]]
  id = "b"
  about = "self"
  text = "."
  asked_if = { item = "a", at_least = 1 }
  [[dimensions.items]]
  id = "c"
  about = "self"
  text = "."
  asked_if = { item = "b", at_least = 1 }
"#;

    #[test]
    fn a_gate_is_open_closed_or_not_decided_yet_along_its_chain() {
        let q = parse("g.toml", CHAIN.as_bytes()).unwrap();
        let states = |slots: &[Option<Option<i64>>]| -> Vec<Option<bool>> {
            (0..3).map(|i| gate_state(&q, slots, i)).collect()
        };
        // Nothing answered: a applies; b and c wait on a.
        assert_eq!(states(&[None, None, None]), [Some(true), None, None]);
        // a = 1 opens b; c waits on b.
        assert_eq!(
            states(&[Some(Some(1)), None, None]),
            [Some(true), Some(true), None]
        );
        // a = 0 closes b, and so c, though b was never given.
        assert_eq!(
            states(&[Some(Some(0)), None, None]),
            [Some(true), Some(false), Some(false)]
        );
        // A skipped gate is closed.
        assert_eq!(
            states(&[Some(Some(1)), Some(None), None]),
            [Some(true), Some(true), Some(false)]
        );
    }
}
