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
//! command again goes on where an interruption left_early it.

use std::path::{Path, PathBuf};

use super::answering::{
    Part, Whose, answer_and_save, can_prompt, check_output, for_people, heading, in_language,
    left_early, prompter, save, saving, stop_message, two_names,
};
use super::{emit_report, load_questionnaire, read_input};
use crate::answers::{Pair, Responses, Slot};
use crate::cli::SessionArgs;
use crate::data_dir::{
    check_owned, couple_dir, create_private_dir, latest_unfinished, new_session_dir, slug,
};
use crate::error::{EXIT_OK, Error};
use crate::i18n::{Lang, Messages};
use crate::interactive::interrupt;
use crate::interactive::save::{SavedRecord, now};
use crate::interactive::{Prompter, minutes_for};
use crate::output::{Claim, check_target, emit, shell_quote, terminal_safe};
use crate::questionnaire::Questionnaire;
use crate::report::{Format, Report, Style, render};
use crate::scoring::{self, Options};
use crate::settings::{Colors, Languages, ReportTo, Writes, pick_format};
use crate::{tr, ui};

/// The start of the report files' names in a session folder. A name's slug has no `.`, so
/// no person's answers file (`<slug>.json`) can take one of these names, whatever the names.
const JOINT: &str = "joint.report.";
const CLINICIAN: &str = "clinician.report.";

/// The default questionnaire of a session.
const DEFAULT_QUESTIONNAIRE: &str = "relationship";

pub(super) fn session(args: &SessionArgs, colors: Colors, langs: &Languages) -> Result<u8, Error> {
    let plan = Plan::new(args, can_prompt(args.no_input))?;
    let report_lang = args
        .report_lang
        .as_deref()
        .map(str::parse::<Lang>)
        .transpose()
        .map_err(|e| Error::Usage(e.message(langs.ui)))?;
    let [la, lb] = langs.people;
    let mut p = prompter(plan.plain, colors, la);
    interrupt::install();
    let [a, b] = match &plan.people {
        Some([a, b]) => [a.clone(), b.clone()],
        None => {
            // Each name prompt in the language of the person it names.
            let a = p.name(&tr!(p.messages(), "session-name-first"));
            let a = a.map_err(left_early)?;
            p.speak(lb);
            let b = p.name(&tr!(p.messages(), "session-name-second"));
            p.speak(la);
            [a, b.map_err(left_early)?]
        }
    };
    let seated = plan.seat(a, b)?;
    let tongues = Tongues {
        asked: langs.people,
        given: langs.given,
        report: report_lang,
    };
    run(&plan, seated, p.as_mut(), colors, tongues)
}

/// The languages of a session: each person's as asked (`--lang A,B` or the locale), whether
/// `--lang` gave them (else a resumed person's saved language wins), and `--report-lang`.
#[derive(Debug, Clone, Copy)]
struct Tongues {
    asked: [Lang; 2],
    given: bool,
    report: Option<Lang>,
}

/// Everything `session` decides before anyone types, with no terminal: the report files'
/// format and the screen's, the questionnaire when `-q` names it, the names when `--people`
/// gives them, each person's seed, and where the answers go.
#[derive(Debug)]
struct Plan {
    /// The report files (in the session folder, and `-o`): Markdown unless `-f` or `-o` says.
    files_to: ReportTo,
    /// The joint report on the screen, when the therapist shows it: a table unless `-f` says.
    screen: ReportTo,
    /// `-q`, as given, and loaded.
    spec: Option<String>,
    given: Option<Questionnaire>,
    /// `--people`, trimmed.
    people: Option<[String; 2]>,
    /// Each person's shuffle seed (the second's is the first's + 1 when `--seed` is given).
    seeds: [Option<u64>; 2],
    /// `--save-dir`.
    save_dir: Option<PathBuf>,
    no_save: bool,
    plain: bool,
}

/// Where the session is, once both names are known: its folder (`None` with `--no-save`),
/// each person's answers file in it, the questionnaire, and the claims on both files.
#[derive(Debug)]
struct Seated {
    names: [String; 2],
    dir: Option<PathBuf>,
    files: Option<[PathBuf; 2]>,
    /// The questionnaire the saved answers name, when `-q` does not.
    saved_spec: Option<String>,
    q: Questionnaire,
    /// Held for the whole session, so a second one on the same folder is refused rather
    /// than both writing the same files.
    _claims: Vec<Claim>,
}

impl Plan {
    /// The plan for `args`; `can_prompt` says whether stdin and stderr are terminals (and no
    /// `--no-input`), decided by the caller.
    fn new(args: &SessionArgs, can_prompt: bool) -> Result<Plan, Error> {
        if !args.plain && !can_prompt {
            return Err(Error::Usage(ui!("session-error-no-terminal")));
        }
        let files_to = ReportTo::new(
            &args.report,
            args.force,
            Writes::Report {
                default: Format::Markdown,
            },
        )?;
        check_output(&files_to)?;
        let screen = ReportTo::on_screen(pick_format(
            args.report.format.map(Format::from),
            None,
            Writes::TABLE,
        )?);
        // A questionnaire named on the command line is checked before anyone types a name.
        let given = args
            .questionnaire
            .as_deref()
            .map(load_questionnaire)
            .transpose()?;
        if let Some(q) = &given {
            refuse_no_save(q, args.no_save)?;
        }
        let seed = |i: u64| {
            args.shuffle.then(|| {
                args.seed
                    .map_or_else(|| fastrand::u64(..), |s| s.wrapping_add(i))
            })
        };
        Ok(Plan {
            files_to,
            screen,
            spec: args.questionnaire.clone(),
            given,
            people: args
                .people
                .as_ref()
                .map(|p| [p[0].trim().to_owned(), p[1].trim().to_owned()]),
            seeds: [seed(0), seed(1)],
            save_dir: args.save_dir.clone(),
            no_save: args.no_save,
            plain: args.plain,
        })
    }

    /// The session of `a` and `b`: `--save-dir` (made private), else their latest unfinished
    /// session in the data directory, else a new one; the questionnaire `-q` gave, else the
    /// one their saved answers name, else the default; both files claimed.
    fn seat(&self, a: String, b: String) -> Result<Seated, Error> {
        two_names(&a, &b)?;
        let dir = match (&self.save_dir, self.no_save) {
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
        let saved_spec = match &self.given {
            Some(_) => None,
            None => files
                .as_ref()
                .and_then(|f| f.iter().find_map(|path| saved_questionnaire(path))),
        };
        let q = match &self.given {
            Some(q) => q.clone(),
            None => {
                let spec = saved_spec.as_deref().unwrap_or(DEFAULT_QUESTIONNAIRE);
                let q = load_questionnaire(spec)?;
                refuse_no_save(&q, self.no_save)?;
                q
            }
        };
        let claims = match &files {
            Some([fa, fb]) => vec![Claim::take(fa)?, Claim::take(fb)?],
            None => Vec::new(),
        };
        Ok(Seated {
            names: [a, b],
            dir,
            files,
            saved_spec,
            q,
            _claims: claims,
        })
    }
}

/// Runs a seated session: part 1 together, part 2 alone, the reports, then the gate.
fn run(
    plan: &Plan,
    seated: Seated,
    p: &mut dyn Prompter,
    colors: Colors,
    tongues: Tongues,
) -> Result<u8, Error> {
    let q = &seated.q;
    let [a, b] = &seated.names;
    let shown_dir = seated
        .dir
        .as_ref()
        .map(|d| shell_quote(&d.display().to_string()));

    let names = [a.as_str(), b.as_str()];
    let mut people = Vec::with_capacity(2);
    for (i, (me, other)) in [(a, b), (b, a)].into_iter().enumerate() {
        let path = seated.files.as_ref().map(|f| f[i].clone());
        let lang = (tongues.asked[i], tongues.given);
        people.push(Person::open(q, me, other, path, plan.seeds[i], lang)?);
    }
    // The joint and clinician reports, the gate and the last line speak the report language
    // (the therapist's): `--report-lang`, else the first person's.
    let report_lang = tongues.report.unwrap_or(people[0].lang);
    let therapist = Messages::new(report_lang);
    interrupt::set_message(stop_message(
        Whose::Session,
        shown_dir.as_deref(),
        &format!(
            "session --save-dir {} --people {} {}",
            shown_dir.as_deref().unwrap_or_default(),
            shell_quote(a),
            shell_quote(b)
        ),
        // As given (a path stays a path), else the one the saved answers named.
        plan.spec
            .as_deref()
            .or(seated.saved_spec.as_deref())
            .or(Some(q.id.as_str()))
            .filter(|spec| *spec != DEFAULT_QUESTIONNAIRE),
        plan.plain,
        &Messages::new(people[0].lang),
    ));

    // Each person's questionnaire in their language, and a notice when a language has no
    // translation of it (it names only the questionnaire and the language).
    let mut asked = Vec::with_capacity(2);
    let mut notices = Vec::with_capacity(2);
    for person in &people {
        let (texts, notice) = in_language(q, person.lang)?;
        asked.push(texts);
        notices.push(notice);
    }
    let private_asked = q.has_private() && !plan.plain;
    let opening = Opening {
        names,
        saved_in: shown_dir.as_deref(),
        plain: plan.plain,
    };
    // The opening once in each person's language, each on its own screen with its own key
    // line: both read who sees which answers before anyone answers.
    for (i, person) in people.iter().enumerate() {
        if i == 1 && person.lang == people[0].lang {
            break;
        }
        p.speak(person.lang);
        let mut text = notices[i].clone().map(|n| n + "\n\n").unwrap_or_default();
        text.push_str(&opening.text(&asked[i], p.messages()));
        p.show(&text).map_err(left_early)?;
    }
    together(&asked, &mut people, names, p, plan.plain)?;
    if private_asked {
        alone(&asked, &mut people, names, p)?;
    }
    let finished = now();
    for person in &mut people {
        person.complete_if_done(q, private_asked, &finished)?;
    }

    // The reports, then the gate. The scores come from the answers and the original's ids
    // and numbers, the same whatever the languages; a human format takes the
    // questionnaire's texts in the report language, JSON and CSV the original's.
    let (in_report, _) = in_language(q, report_lang)?;
    let texts = |format| if for_people(format) { &in_report } else { q };
    let [first, second]: [Responses; 2] = [people[0].responses(q)?, people[1].responses(q)?];
    let second_file = ui!("session-file-answers", person = b.as_str());
    let pair = Pair::couple(first, second, &second_file)?;
    let files_q = texts(plan.files_to.format);
    let joint = scoring::score(files_q, &pair, Options::default());
    write_reports(
        plan,
        seated.dir.as_deref(),
        &joint,
        &scoring::clinician(files_q, &pair),
        report_lang,
    )?;
    p.speak(report_lang);
    if at_the_gate(plan, &seated, shown_dir.as_deref(), p)? {
        let screen_q = texts(plan.screen.format);
        let joint = if std::ptr::eq(screen_q, files_q) {
            joint
        } else {
            scoring::score(screen_q, &pair, Options::default())
        };
        emit_report(&joint, &plan.screen.clone().with_lang(report_lang), colors)?;
    }
    match &shown_dir {
        Some(dir) => crate::output::say(&format!(
            "\n{}",
            tr!(
                therapist,
                "session-end-saved",
                dir = terminal_safe(dir).into_owned()
            )
        )),
        None => crate::output::say(&format!("\n{}", tr!(therapist, "session-end-not-saved"))),
    }
    Ok(EXIT_OK)
}

/// The gate, the same screen whatever the answers: whether the therapist shows the joint
/// report on this screen; the prompting screen is left either way.
fn at_the_gate(
    plan: &Plan,
    seated: &Seated,
    shown_dir: Option<&str>,
    p: &mut dyn Prompter,
) -> Result<bool, Error> {
    let [a, b] = &seated.names;
    let files_shown: Option<Vec<String>> = seated.files.as_ref().map(|f| {
        f.iter()
            .map(|p| shell_quote(&p.display().to_string()))
            .collect()
    });
    p.clear().map_err(left_early)?;
    let m = p.messages();
    let text = gate(
        shown_dir,
        files_shown.as_deref(),
        [a.as_str(), b.as_str()],
        &seated.q,
        (plan.plain, m),
    );
    let (show_it, finish) = (tr!(m, "session-gate-show"), tr!(m, "session-gate-finish"));
    let show = p
        .choose(&text, &[('j', show_it.as_str()), ('f', finish.as_str())])
        .map_err(left_early)?
        == 'j';
    p.clear().map_err(left_early)?;
    p.leave().map_err(left_early)?;
    Ok(show)
}

/// Part 1, together: each person in turn answers what is missing of the shared items, in
/// their own language (`qs[i]`, and the prompter's words from the hand-off on).
fn together(
    qs: &[Questionnaire],
    people: &mut [Person],
    names: [&str; 2],
    p: &mut dyn Prompter,
    plain: bool,
) -> Result<(), Error> {
    for (i, person) in people.iter_mut().enumerate() {
        let q = &qs[i];
        let order = person.order(q, false);
        if !person.missing(q, &order) {
            continue;
        }
        let (me, other) = (names[i], names[1 - i]);
        p.clear().map_err(left_early)?;
        p.speak(person.lang);
        let hand_off = together_hand_off(me, other, i, plain, p.messages());
        p.show(&hand_off).map_err(left_early)?;
        let turn = tr!(
            p.messages(),
            "session-turn-together",
            me = me,
            other = other
        );
        person.answer(q, &order, p, &turn, false)?;
        p.clear().map_err(left_early)?;
    }
    Ok(())
}

/// Part 2, alone: each person in turn, the other out of the room, answers the private items
/// and sees their own private results, wiped before the other comes back; every screen of
/// it, from the hand-off on, in that person's language.
fn alone(
    qs: &[Questionnaire],
    people: &mut [Person],
    names: [&str; 2],
    p: &mut dyn Prompter,
) -> Result<(), Error> {
    for (i, person) in people.iter_mut().enumerate() {
        let q = &qs[i];
        let order = person.order(q, true);
        // Everyone whose answers are not finished has their part alone, with questions left
        // or not. Whether any are left can hang on a private gate (a resumed session after
        // someone stopped just after one), and calling back only those with questions left
        // would show the other person, at this hand-off, whether the gate opened. The
        // answers are marked finished for both at one time, after both parts alone, so
        // `completed` tells nothing private.
        if person.saved.completed.is_some() || order.is_empty() {
            continue;
        }
        let (me, other) = (names[i], names[1 - i]);
        p.clear().map_err(left_early)?;
        p.speak(person.lang);
        let m = p.messages();
        let hand_off = tr!(m, "session-alone-handoff", me = me, other = other);
        let intro = alone_intro(me, other, person.to_ask(q, &order), m);
        let turn = tr!(m, "session-turn-alone", me = me);
        p.show(&hand_off).map_err(left_early)?;
        p.clear().map_err(left_early)?;
        p.show(&intro).map_err(left_early)?;
        // Not marked complete here: the time of the end of one person's part alone would tell
        // the other how long it took (so whether follow-ups opened). Both are marked complete
        // together, at one time, after the two parts.
        person.answer(q, &order, p, &turn, false)?;
        p.clear().map_err(left_early)?;
        let own = person.responses(q)?;
        let results = own_private_results(q, own, (me, other), p.messages());
        p.show(&results).map_err(left_early)?;
        p.clear().map_err(left_early)?;
        let after = after_alone(me, other, i, p.messages());
        p.show(&after).map_err(left_early)?;
        p.clear().map_err(left_early)?;
    }
    Ok(())
}

/// The joint and clinician reports into the session folder, and the joint one to `-o`.
fn write_reports(
    plan: &Plan,
    dir: Option<&Path>,
    joint: &Report,
    clinician: &Report,
    report_lang: Lang,
) -> Result<(), Error> {
    let style = Style {
        lang: report_lang,
        ..Style::default()
    };
    let format = plan.files_to.format;
    if let Some(dir) = dir {
        for (name, report) in [(JOINT, joint), (CLINICIAN, clinician)] {
            write_report(
                &dir.join(format!("{name}{}", extension(format))),
                report,
                format,
                style,
            )?;
        }
    }
    if let Some(path) = &plan.files_to.path {
        emit(
            Some(path),
            &render(joint, format, style),
            plan.files_to.force,
        )?;
    }
    Ok(())
}

/// `--no-save` would lose the clinician report, the only place private results reach the
/// therapist: refused for a questionnaire with private items.
fn refuse_no_save(q: &Questionnaire, no_save: bool) -> Result<(), Error> {
    if no_save && q.has_private() {
        return Err(Error::Usage(ui!(
            "session-error-no-save-private",
            questionnaire = q.id.as_str()
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
    SavedRecord::parse(&name, &bytes).ok()?.questionnaire_spec()
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
fn write_report(path: &Path, report: &Report, format: Format, style: Style) -> Result<(), Error> {
    emit(Some(path), &render(report, format, style), true)?;
    Ok(())
}

/// One person of the session: their answers as saved, and where, and their language.
struct Person {
    saved: SavedRecord,
    slots: Vec<Slot>,
    path: Option<PathBuf>,
    /// The file's name in messages.
    file: String,
    lang: Lang,
}

impl Person {
    /// The person's file from an earlier run, or a new record (saved at once). `(asked,
    /// given)`: the language asked for and whether `--lang` gave it; the person speaks it,
    /// unless it was not given and their saved answers name theirs.
    fn open(
        q: &Questionnaire,
        me: &str,
        other: &str,
        path: Option<PathBuf>,
        seed: Option<u64>,
        (asked, given): (Lang, bool),
    ) -> Result<Self, Error> {
        let file = path.as_ref().map_or_else(
            || ui!("session-file-answers", person = me),
            |p| p.display().to_string(),
        );
        let saved = match path.as_deref().filter(|p| p.exists() || p.is_symlink()) {
            Some(existing) => {
                // Read to be written again: never through a link (one rule for every path).
                check_target(existing, true)?;
                let (name, bytes) = read_input(existing)?;
                let saved = SavedRecord::parse(&name, &bytes)?;
                if saved.respondent != me || saved.partner != other {
                    return Err(Error::Usage(ui!(
                        "session-error-wrong-people",
                        file = file.as_str(),
                        respondent = saved.respondent.as_str(),
                        partner = saved.partner.as_str(),
                        me = me,
                        other = other
                    )));
                }
                saved
            }
            None => {
                let mut saved = SavedRecord::new(q, me, other, seed);
                saved.lang = Some(asked.tag().to_owned());
                save(&saved, path.as_deref()).map_err(left_early)?;
                saved
            }
        };
        let saved_lang = saved.lang.as_deref().and_then(Lang::from_tag);
        let lang = crate::settings::resumed_in(saved_lang, asked, given);
        let mut saved = saved;
        // Saved with the next answer: the language the answers go on in.
        saved.lang = Some(lang.tag().to_owned());
        let slots = saved.slots(q, &file)?;
        Ok(Person {
            saved,
            slots,
            path,
            file,
            lang,
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

    /// Marks the answers complete at `finished` (one time for both people) once every item
    /// the session asks has been given (the private ones only when `private_asked`: `--plain`
    /// leaves them for later).
    fn complete_if_done(
        &mut self,
        q: &Questionnaire,
        private_asked: bool,
        finished: &str,
    ) -> Result<(), Error> {
        let asked: Vec<usize> = (0..q.items.len())
            .filter(|&i| private_asked || !q.dimensions[q.items[i].dimension].private)
            .collect();
        let done = !self.missing(q, &asked);
        if self.saved.completed.is_none() && done {
            self.saved.set_slots(q, &self.slots);
            self.saved.completed = Some(finished.to_owned());
            save(&self.saved, self.path.as_deref()).map_err(left_early)?;
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

/// What the opening says, whatever the language: the two names, where the answers go, and
/// whether this is plain mode.
struct Opening<'a> {
    names: [&'a str; 2],
    saved_in: Option<&'a str>,
    plain: bool,
}

impl Opening<'_> {
    /// The opening screen in `m`'s words, `q` in the same language: what it measures, how
    /// long, not a diagnosis, where the answers go, and who sees which answers (SPEC §8).
    fn text(&self, q: &Questionnaire, m: &Messages) -> String {
        let [a, b] = self.names;
        let private = q
            .items
            .iter()
            .filter(|i| q.dimensions[i.dimension].private)
            .count();
        let shared = q.items.len() - private;
        let mut text = heading(q);
        text.push_str(&format!(
            "\n{}\n\n{}\n",
            tr!(m, "answering-intro-not-diagnosis"),
            tr!(
                m,
                "session-intro-part1",
                first = a,
                second = b,
                questions = shared,
                minutes = minutes_for(shared)
            )
        ));
        if private > 0 {
            let part2 = if self.plain {
                tr!(m, "session-intro-private-plain", count = private)
            } else {
                tr!(m, "session-intro-part2", count = private)
            };
            text.push_str(&format!("\n{part2}\n"));
        }
        text.push_str(&format!(
            "\n{}\n{}",
            tr!(m, "session-intro-controls"),
            saving(self.saved_in, m)
        ));
        text
    }
}

/// The hand-off before a person's part 1, in `m`'s words. `i` is 0 for the first person.
fn together_hand_off(me: &str, other: &str, i: usize, plain: bool, m: &Messages) -> String {
    let mut paragraphs = vec![tr!(m, "session-together-title", me = me)];
    match (plain, i) {
        (_, 0) => {}
        (true, _) => paragraphs.push(tr!(
            m,
            "session-together-plain-warning",
            me = me,
            other = other
        )),
        (false, _) => paragraphs.push(tr!(m, "session-together-cleared")),
    }
    paragraphs.push(if plain {
        tr!(m, "session-together-keyboard-plain", me = me, other = other)
    } else {
        tr!(m, "session-together-keyboard", me = me, other = other)
    });
    paragraphs.push(tr!(m, "session-together-about", me = me, other = other));
    paragraphs.join("\n\n")
}

/// What the person alone reads before the private items, in `m`'s words.
fn alone_intro(me: &str, other: &str, (n, at_most): (usize, bool), m: &Messages) -> String {
    if n == 0 {
        // A resumed part alone with every question answered (or closed by a gate).
        return [
            tr!(m, "session-alone-none", me = me),
            tr!(m, "session-alone-not-shown", other = other),
        ]
        .join("\n\n");
    }
    let next = if at_most {
        tr!(m, "session-alone-next-at-most", me = me, count = n)
    } else {
        tr!(m, "session-alone-next", me = me, count = n)
    };
    [
        next,
        tr!(m, "session-alone-not-shown", other = other),
        tr!(m, "session-alone-skip"),
    ]
    .join("\n\n")
}

/// What a person sees at the end of their part 2, in `m`'s words and `q`'s texts (their
/// language): their own private results and the resources, wiped when they go on.
fn own_private_results(
    q: &Questionnaire,
    own: Responses,
    (me, other): (&str, &str),
    m: &Messages,
) -> String {
    let report = scoring::score(q, &Pair::single(own), Options::default());
    let mut text = format!("{}\n\n", tr!(m, "session-private-heading", me = me));
    let private: Vec<_> = report.warnings.iter().filter(|w| w.private).collect();
    if private.is_empty() {
        text.push_str(&format!("{}\n", tr!(m, "session-private-none")));
    }
    for w in private {
        text.push_str(&format!("• {}\n", w.message));
        if let Some(prompt) = &w.prompt {
            text.push_str(&format!(
                "  {}\n",
                tr!(m, "session-private-prompt", prompt = &**prompt)
            ));
        }
    }
    if let Some(resources) = &q.resources {
        text.push_str(&format!(
            "\n{}\n{}\n",
            tr!(m, "session-private-resources"),
            resources.trim()
        ));
    }
    text.push_str(&format!(
        "\n{}",
        tr!(m, "session-private-wiped", other = other)
    ));
    text
}

/// After a person's part 2, in their words: who comes in next.
fn after_alone(me: &str, other: &str, i: usize, m: &Messages) -> String {
    if i == 0 {
        tr!(m, "session-after-alone-first", me = me, other = other)
    } else {
        tr!(m, "session-after-alone-second", me = me, other = other)
    }
}

/// The gate, in `m`'s words: the same screen whatever the answers were (SPEC §8).
fn gate(
    dir: Option<&str>,
    files: Option<&[String]>,
    [a, b]: [&str; 2],
    q: &Questionnaire,
    (plain, m): (bool, &Messages),
) -> String {
    let mut paragraphs = vec![tr!(m, "session-gate-finished")];
    if plain {
        paragraphs.push(tr!(m, "session-gate-plain-warning"));
    }
    paragraphs.push(match dir {
        Some(dir) => tr!(m, "session-gate-saved", dir = dir),
        None => tr!(m, "session-gate-not-saved"),
    });
    if plain
        && q.has_private()
        && let Some([fa, fb]) = files
    {
        paragraphs.push(tr!(
            m,
            "session-gate-plain-private",
            first = a,
            second = b,
            first_file = fa.as_str(),
            second_file = fb.as_str()
        ));
    }
    paragraphs.push(tr!(m, "session-gate-therapist"));
    paragraphs.join("\n\n")
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

#[cfg(test)]
mod plan_tests {
    use super::*;
    use crate::cli::Command;

    fn args(words: &[&str]) -> SessionArgs {
        match crate::commands::parsed("session", words) {
            Command::Session(args) => args,
            other => panic!("{other:?}"),
        }
    }

    fn plan(words: &[&str]) -> Result<Plan, Error> {
        Plan::new(&args(words), true)
    }

    #[test]
    fn without_a_terminal_only_plain_mode_runs() {
        let err = Plan::new(&args(&[]), false).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("`session --plain`"), "{err}");
        assert!(Plan::new(&args(&["--plain"]), false).is_ok());
    }

    #[test]
    fn report_files_are_markdown_and_the_screen_a_table_unless_told() {
        let p = plan(&[]).unwrap();
        assert_eq!(
            (p.files_to.format, p.screen.format),
            (Format::Markdown, Format::Table)
        );
        assert_eq!(p.screen.path, None);
        let p = plan(&["-f", "html"]).unwrap();
        assert_eq!(
            (p.files_to.format, p.screen.format),
            (Format::Html, Format::Html)
        );
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("notes");
        let p = plan(&["-o", notes.to_str().unwrap()]).unwrap();
        // A name without an extension is text, as for every report.
        assert_eq!(
            (p.files_to.format, p.screen.format),
            (Format::Table, Format::Table)
        );
        assert!(plan(&["-o", "notes.pdf"]).is_err());
    }

    #[test]
    fn names_are_trimmed_and_seeds_follow_on() {
        let p = plan(&["--people", " Ana ", "Ben", "--shuffle", "--seed", "7"]).unwrap();
        assert_eq!(p.people, Some(["Ana".to_owned(), "Ben".to_owned()]));
        assert_eq!(p.seeds, [Some(7), Some(8)]);
        let p = plan(&[]).unwrap();
        assert_eq!((p.people, p.seeds), (None, [None, None]));
    }

    #[test]
    fn no_save_is_refused_for_a_questionnaire_with_private_items() {
        let err = plan(&["--no-save", "-q", "relationship-short"]).unwrap_err();
        assert!(
            err.to_string().contains("`session --no-save` would lose"),
            "{err}"
        );
        // Without -q the questionnaire is known only once seated.
        let p = plan(&["--no-save"]).unwrap();
        let err = p.seat("Ana".into(), "Ben".into()).unwrap_err();
        assert!(err.to_string().contains("`relationship`"), "{err}");
    }

    #[test]
    fn a_session_folder_gets_a_file_per_person_and_is_claimed() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ana-ben");
        let p = plan(&["--save-dir", folder.to_str().unwrap()]).unwrap();
        assert!(
            p.seat("Ana".into(), "Ana".into()).is_err(),
            "two names needed"
        );
        let seated = p.seat("Ana".into(), "Ben".into()).unwrap();
        assert_eq!(seated.dir.as_deref(), Some(folder.as_path()));
        assert_eq!(
            seated.files,
            Some([folder.join("ana.json"), folder.join("ben.json")])
        );
        assert_eq!(seated.q.id, DEFAULT_QUESTIONNAIRE);
        assert_eq!(seated.saved_spec, None);
        // A second session on the same folder is refused while this one holds it.
        assert!(p.seat("Ana".into(), "Ben".into()).is_err());
        drop(seated);
        // Names that make the same file name are told apart.
        let seated = p.seat("Ana María".into(), "ana-maría".into()).unwrap();
        assert_eq!(
            seated.files,
            Some([
                folder.join("ana-maría-1.json"),
                folder.join("ana-maría-2.json")
            ])
        );
    }

    #[test]
    fn the_saved_answers_name_the_questionnaire_when_q_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let q = crate::commands::load_questionnaire("relationship-short").unwrap();
        SavedRecord::new(&q, "Ana", "Ben", None)
            .write(&dir.path().join("ana.json"))
            .unwrap();
        let p = plan(&["--save-dir", dir.path().to_str().unwrap()]).unwrap();
        let seated = p.seat("Ana".into(), "Ben".into()).unwrap();
        assert_eq!(seated.q.id, "relationship-short");
        assert_eq!(
            seated.saved_spec.as_deref(),
            Some("relationship-short@2.0.0")
        );
    }
}
