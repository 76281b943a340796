//! `powerbalance history`: saved answers from several sittings in, change over time out.
//!
//! The edge: finds and reads the files, checks that they are one questionnaire and the same
//! people, resolves each file's questionnaire version, groups the files into sittings
//! ([`sittings::group`]), scores each sitting with the scoring engine, and pushes the scored
//! sittings in time order into the pure [`history::Builder`].
//!
//! Memory: a file that names its questionnaire's version is checked against that version as
//! it is read, and only its checked answers (a value an item) and the few names and times
//! the grouping needs are kept; each sitting is scored once grouped, pushed, and dropped,
//! with its files' answers and names: the history keeps a number a person, measure and
//! sitting. JSON and CSV are written to standard output as they are made. Which
//! questionnaire a file without a version is on depends on the files before it in time, so
//! its answers are kept as read until the files are in time order. Errors are still told in
//! the order they were before: a file's questionnaire and its answers' faults wait until the
//! checks before them have passed for every file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde_json::Value;

use super::score::in_report_lang;
use super::{load_questionnaire, read_input};
use crate::answers::{self, AnswerSet, AnswersError, Pair, Responses};
use crate::cli::HistoryArgs;
use crate::data_dir::{data_dir, slug};
use crate::error::{EXIT_OK, Error};
use crate::history::{self, HistoryNote, Sitting, sittings, write_history};
use crate::output::Sink;
use crate::questionnaire::{Bundled, Questionnaire};
use crate::scoring::{Options, Prepared};
use crate::settings::{Colors, Languages, ReportTo, Writes};
use crate::ui;

/// How many folder levels below a given folder are searched: enough for a folder of
/// couples' folders of session folders, not a whole disk.
const MAX_DEPTH: usize = 4;

/// The most answers files one history reads.
const MAX_FILES: usize = 100_000;

/// One answers file, read: where it came from and its one or two answer sets.
struct Found {
    name: String,
    /// Named on the command line, not found in a folder.
    named: bool,
    folder: String,
    sets: Vec<SetMeta>,
    version: Option<String>,
    completed: String,
    at: i64,
    /// Its answer sets, until the sitting is scored (then `None`).
    answers: Option<Held>,
}

/// A file's answer sets, as read or checked against the file's questionnaire (each set's
/// faults kept, to be told where they were before), in file order.
enum Held {
    Read(Vec<AnswerSet>),
    Checked(Vec<Result<Kept, AnswersError>>),
}

/// Checked answers as held until their sitting is scored: the same [`Responses`], without
/// the names (their set's [`SetMeta`] has them) and with the values one byte each where every
/// one fits in a byte (those of every bundled questionnaire do), a sixteenth of their room.
struct Kept {
    values: Values,
    completed: Option<String>,
    unfinished: bool,
    lang: Option<String>,
}

/// The values of [`Responses`], indexed like the questionnaire's items.
enum Values {
    /// Each value in a byte, [`SKIPPED`] for an item skipped.
    Bytes(Box<[i8]>),
    /// As checked, where some value does not fit in a byte.
    Wide(Box<[Option<i64>]>),
}

/// The byte of an item skipped in [`Values::Bytes`]; a value of -128 is held wide.
const SKIPPED: i8 = i8::MIN;

impl From<Responses> for Kept {
    fn from(r: Responses) -> Self {
        let Responses {
            values,
            completed,
            unfinished,
            lang,
            ..
        } = r;
        let byte = |v: &Option<i64>| match *v {
            None => Some(SKIPPED),
            Some(x) => i8::try_from(x).ok().filter(|&b| b != SKIPPED),
        };
        let values = match values.iter().map(byte).collect::<Option<Box<[i8]>>>() {
            Some(bytes) => Values::Bytes(bytes),
            None => Values::Wide(values.into_boxed_slice()),
        };
        Kept {
            values,
            completed,
            unfinished,
            lang,
        }
    }
}

impl Kept {
    /// The answers as checked, with the names of their set (`meta`), trimmed as checked.
    fn responses(self, meta: &SetMeta) -> Responses {
        let k = self;
        let values = match k.values {
            Values::Bytes(bytes) => bytes
                .iter()
                .map(|&b| (b != SKIPPED).then_some(i64::from(b)))
                .collect(),
            Values::Wide(wide) => wide.into_vec(),
        };
        Responses {
            respondent: meta.respondent.trim().to_owned(),
            partner: meta.partner.trim().to_owned(),
            values,
            completed: k.completed,
            unfinished: k.unfinished,
            lang: k.lang,
        }
    }
}

/// What is kept of an answer set besides its checked answers: its questionnaire id and
/// names, as written.
struct SetMeta {
    questionnaire: Option<String>,
    respondent: String,
    partner: String,
}

impl SetMeta {
    fn of(set: &AnswerSet) -> Self {
        SetMeta {
            questionnaire: set.questionnaire.clone(),
            respondent: set.respondent.clone(),
            partner: set.partner.clone(),
        }
    }
}

pub(super) fn history(args: &HistoryArgs, colors: Colors, langs: &Languages) -> Result<u8, Error> {
    let to = ReportTo::new(&args.report, args.force, Writes::TABLE)?.with_lang(langs.ui);
    let given: Vec<Questionnaire> = args
        .questionnaire
        .iter()
        .map(|spec| load_questionnaire(spec))
        .collect::<Result<_, _>>()?;
    // --people alone: the data directory's folder of those people. With files or folders
    // too: only those people's answers in them.
    let (candidates, searched) = match &args.people {
        Some(names) if args.paths.is_empty() => {
            let dir = people_folder(names)?;
            (vec![(dir.clone(), false)], Some(dir))
        }
        _ => (args.paths.iter().map(|p| (p.clone(), true)).collect(), None),
    };
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for (path, named) in candidates {
        collect(&path, named, 0, MAX_FILES, &mut files)?;
    }
    // A file given twice (by name and inside a folder given too) counts once.
    {
        let mut seen = std::collections::HashSet::new();
        files.retain(|(p, _)| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    }

    let mut found: Vec<Found> = Vec::with_capacity(files.len());
    let mut unfinished: Vec<String> = Vec::new();
    let mut other_questionnaires: Vec<String> = Vec::new();
    // The questionnaire of each version named in a file, to check its answers as read. The
    // same (id and version) as `resolve` finds again below, in time order.
    let mut named_versions: Vec<Questionnaire> = Vec::new();
    for (path, named) in &files {
        let Some((mut f, sets)) = read_found(path, *named, &mut unfinished)? else {
            continue;
        };
        // With --people and paths, only those people's answers.
        if let Some(names) = args.people.as_ref().filter(|_| !args.paths.is_empty())
            && !sets.iter().all(|s| of_people(s, names))
        {
            continue;
        }
        // With -q, answers of other questionnaires found in a folder (a person's takes of
        // two questionnaires) are passed over; named files must all be of one.
        if !given.is_empty() {
            let id = sets[0].questionnaire.as_deref();
            if !(f.named || id.is_none() || given.iter().any(|q| Some(q.id.as_str()) == id)) {
                other_questionnaires.push(f.name.clone());
                continue;
            }
        }
        let q = match f.version {
            Some(_) => resolve(&f, &given, &mut named_versions).ok(),
            None => None,
        };
        f.answers = Some(match q {
            Some(v) => Held::Checked(check(&sets, &named_versions[v], &f.name)),
            None => Held::Read(sets),
        });
        found.push(f);
    }
    drop(files);
    if found.is_empty() {
        let place = searched.map_or_else(
            || {
                args.paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            |dir| dir.display().to_string(),
        );
        let why = if !other_questionnaires.is_empty() {
            ui!("history-why-other-questionnaires")
        } else if !unfinished.is_empty() {
            ui!("history-why-unfinished")
        } else {
            ui!("history-why-no-files")
        };
        return Err(
            AnswersError::new(&place, ui!("history-error-nothing-found", why = why)).into(),
        );
    }
    found.sort_by(|a, b| (a.at, &a.name).cmp(&(b.at, &b.name)));
    check_same(&found)?;
    if let Some(id) = &found[0].sets[0].questionnaire
        && !given.is_empty()
        && !given.iter().any(|q| &q.id == id)
    {
        let ids: Vec<&str> = given.iter().map(|q| q.id.as_str()).collect();
        return Err(Error::Usage(ui!(
            "history-error-q-mismatch",
            given = ids.join("`, `"),
            id = id.clone()
        )));
    }

    drop(named_versions);
    // Each file's questionnaire, in time order: a file without a version takes the first
    // loaded of its id.
    let mut raw: Vec<Questionnaire> = Vec::new();
    let mut versions: Vec<usize> = Vec::new();
    for f in &mut found {
        let v = resolve(f, &given, &mut raw)?;
        versions.push(v);
        if let Some(Held::Read(sets)) = &f.answers {
            f.answers = Some(Held::Checked(check(sets, &raw[v], &f.name)));
        }
    }
    // For a human format in another language, each version's bundled translation (the same
    // ids, numbers and sha256, so the same scores), so its title and names are in it too.
    // The answers were checked against, and are scored with, the questionnaire as loaded.
    let loaded: Vec<Questionnaire> = raw
        .iter()
        .map(|q| in_report_lang(q.clone(), &to))
        .collect::<Result<_, _>>()?;
    let prepared: Vec<Prepared> = raw.iter().map(Prepared::new).collect();

    let entries: Vec<sittings::Entry> = found
        .iter_mut()
        .map(|f| sittings::Entry {
            folder: std::mem::take(&mut f.folder),
            people: f
                .sets
                .iter()
                .map(|s| (s.respondent.trim().to_owned(), s.partner.trim().to_owned()))
                .collect(),
            at: f.at,
        })
        .collect();
    let groups = sittings::group(&entries);
    drop(entries);
    if groups.len() < 2 {
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        return Err(Error::Usage(ui!(
            "history-error-one-sitting",
            files = names.join(", ")
        )));
    }
    let first_person = found[0].sets[0].respondent.trim().to_owned();
    // Each sitting is scored and pushed in turn, and only what the history shows of it is
    // kept; the questionnaire a sitting is scored on is its first file's.
    let mut builder = history::Builder::new(
        groups.iter().map(|g| &loaded[versions[g[0]]]).collect(),
        args.show_private,
    );
    for group in &groups {
        let v = versions[group[0]];
        let q = &loaded[v];
        if let Some(&other) = group.iter().find(|&&i| versions[i] != versions[group[0]]) {
            return Err(AnswersError::new(
                &found[other].name,
                ui!(
                    "history-error-mixed-versions",
                    version = loaded[versions[other]].version.clone(),
                    id = q.id.clone(),
                    other = found[group[0]].name.clone(),
                    other_version = q.version.clone()
                ),
            )
            .into());
        }
        let pair = pair_of(&mut found, group, &first_person)?;
        let last = group
            .iter()
            .copied()
            .max_by_key(|&i| found[i].at)
            .unwrap_or(group[0]);
        let report = prepared[v].score(&raw[v], &pair, Options { show_private: true });
        builder.push(&Sitting {
            scores: report.into(),
            completed: std::mem::take(&mut found[last].completed),
            sources: group
                .iter()
                .map(|&i| std::mem::take(&mut found[i].name))
                .collect(),
        });
        // Nothing more is read of this sitting's files.
        for &i in group {
            found[i].sets = Vec::new();
        }
    }
    drop(found);
    let mut h = builder.finish();
    if !other_questionnaires.is_empty() {
        h.note(HistoryNote::OtherQuestionnaire(other_questionnaires));
    }
    if !unfinished.is_empty() {
        h.note(HistoryNote::Unfinished(unfinished));
    }
    let style = to.style(colors);
    // Written as it is made, to standard output or into the file, never held whole.
    Sink::open(to.path.as_deref(), to.force)?
        .write_with(|out| write_history(&h, to.format, style, out))?;
    Ok(EXIT_OK)
}

/// The answers of one sitting (`group`, indices into `found`) as the pair to score, the
/// same person (`first_person`) first wherever they answered, as [`answers::pair_of`] makes
/// it of unchecked sets: the first fault of the first set, then of the second, then names
/// that do not pair. Takes the checked answers out of `found`.
fn pair_of(found: &mut [Found], group: &[usize], first_person: &str) -> Result<Pair, Error> {
    let mut sets: Vec<(String, bool, Result<Responses, AnswersError>)> = Vec::new();
    for &i in group {
        let f = &mut found[i];
        let Some(Held::Checked(checked)) = f.answers.take() else {
            unreachable!("every file of a sitting is checked, once");
        };
        for (meta, c) in f.sets.iter().zip(checked) {
            let c = c.map(|k| k.responses(meta));
            sets.push((f.name.clone(), meta.respondent.trim() != first_person, c));
        }
    }
    sets.sort_by_key(|(_, later, _)| *later);
    let mut sets = sets.into_iter();
    let Some((_, _, first)) = sets.next() else {
        unreachable!("a sitting has answers");
    };
    let first = first?;
    Ok(match sets.next() {
        None => Pair::single(first),
        Some((file, _, second)) => Pair::couple(first, second?, &file)?,
    })
}

/// The data-directory folder of one person's takes, or of two people's sessions (their
/// slugs sorted, so the order of the names does not matter).
fn people_folder(names: &[String]) -> Result<PathBuf, Error> {
    let data = data_dir()?;
    let dir = match names {
        [one] => data.join("people").join(slug(one)),
        _ => {
            let mut slugs: Vec<String> = names.iter().map(|n| slug(n)).collect();
            slugs.sort();
            data.join("couples").join(slugs.join("+"))
        }
    };
    if !dir.is_dir() {
        return Err(AnswersError::new(
            &dir.display().to_string(),
            ui!(
                "history-error-no-folder",
                names = crate::i18n::with_ui(|m| crate::report::and_list(names, m))
            ),
        )
        .into());
    }
    Ok(dir)
}

/// Whether an answer set is of these people: for one name, answered by them; for two, the
/// two of them about each other. Names compare as the save folders name them (`slug`), so
/// `alex` finds `Alex`.
fn of_people(set: &AnswerSet, names: &[String]) -> bool {
    let (r, p) = (slug(&set.respondent), slug(&set.partner));
    match names {
        [one] => r == slug(one),
        [a, b] => {
            let (a, b) = (slug(a), slug(b));
            (r == a && p == b) || (r == b && p == a)
        }
        _ => false,
    }
}

/// Adds `path` (a file given by name when `named`), or the `.json` files under a folder, to
/// `files`; refuses a search that finds more than `max` files. Links inside folders are not
/// followed, so a loop cannot trap the search.
fn collect(
    path: &Path,
    named: bool,
    depth: usize,
    max: usize,
    files: &mut Vec<(PathBuf, bool)>,
) -> Result<(), Error> {
    let shown = path.display();
    let meta = std::fs::metadata(path)
        .with_context(|| ui!("history-error-reading", path = shown.to_string()))?;
    if !meta.is_dir() {
        files.push((path.to_owned(), named));
        return Ok(());
    }
    let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
        .and_then(|entries| entries.map(|e| e.map(|e| e.path())).collect())
        .with_context(|| ui!("history-error-reading-folder", path = shown.to_string()))?;
    inside.sort();
    for p in inside {
        let kind = std::fs::symlink_metadata(&p)
            .with_context(|| ui!("history-error-reading", path = p.display().to_string()))?
            .file_type();
        let is_json = p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if kind.is_file() && is_json {
            files.push((p, false));
        } else if kind.is_dir() && depth < MAX_DEPTH {
            collect(&p, false, depth + 1, max, files)?;
        }
        if files.len() > max {
            return Err(Error::Usage(ui!(
                "history-error-too-many-files",
                max = max.to_string(),
                path = shown.to_string()
            )));
        }
    }
    Ok(())
}

/// Reads one file, with its answer sets. A file found in a folder that is not an answers
/// file (a saved report) is passed over, and so is an unfinished one (noted in
/// `unfinished`); a file given by name must be finished answers.
fn read_found(
    path: &Path,
    named: bool,
    unfinished: &mut Vec<String>,
) -> Result<Option<(Found, Vec<AnswerSet>)>, Error> {
    let (name, bytes) = read_input(path)?;
    let sets = match answers::parse_file(&name, &bytes) {
        Ok(sets) => sets,
        Err(_) if !named && !looks_like_answers(&bytes) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let version = sets.first().and_then(|s| s.version.clone());
    if let Some(other) = sets.iter().find(|s| s.version != version) {
        return Err(AnswersError::new(
            &name,
            ui!(
                "history-error-versions-differ",
                first = version
                    .clone()
                    .unwrap_or_else(|| ui!("history-version-none")),
                second = other
                    .version
                    .clone()
                    .unwrap_or_else(|| ui!("history-version-none"))
            ),
        )
        .into());
    }
    let times: Vec<Option<(i64, String)>> = sets
        .iter()
        .map(|s| {
            let c = s.completed.as_deref()?;
            Some((sittings::instant(c)?, c.trim().to_owned()))
        })
        .collect();
    let Some(times) = times.into_iter().collect::<Option<Vec<_>>>() else {
        if named {
            return Err(AnswersError::new(&name, ui!("history-error-not-finished")).into());
        }
        unfinished.push(name);
        return Ok(None);
    };
    let (at, completed) = times.into_iter().max().unwrap_or_default();
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let found = Found {
        name,
        named,
        folder,
        sets: sets.iter().map(SetMeta::of).collect(),
        version,
        completed,
        at,
        answers: None,
    };
    Ok(Some((found, sets)))
}

/// Each answer set of a file checked against its questionnaire, to be held.
fn check(sets: &[AnswerSet], q: &Questionnaire, file: &str) -> Vec<Result<Kept, AnswersError>> {
    sets.iter()
        .map(|s| s.check(q, file).map(Kept::from))
        .collect()
}

/// Whether a file found in a folder that does not read as answers was meant as answers: a
/// JSON object with `answers` and `respondent`, or an array of such. Anything else (a saved
/// report, other JSON) is passed over; a broken file that looks like answers is still an
/// error. Only files that fail to read as answers come here, so an answers file is read once.
fn looks_like_answers(bytes: &[u8]) -> bool {
    let is_answers = |v: &Value| v.get("answers").is_some() && v.get("respondent").is_some();
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Array(items)) => !items.is_empty() && items.iter().all(is_answers),
        Ok(v) => is_answers(&v),
        // Not JSON at all: a broken answers file is worth an error only when it was named.
        Err(_) => false,
    }
}

/// Every file must be of one questionnaire id and the same two people.
fn check_same(found: &[Found]) -> Result<(), Error> {
    let first = &found[0];
    let pair = |s: &SetMeta| {
        let mut p = [s.respondent.trim().to_owned(), s.partner.trim().to_owned()];
        p.sort();
        p
    };
    let people = pair(&first.sets[0]);
    for f in found {
        for s in &f.sets {
            if s.questionnaire != first.sets[0].questionnaire {
                return Err(AnswersError::new(
                    &f.name,
                    ui!(
                        "history-error-other-questionnaire",
                        id = named_or_none(s.questionnaire.as_deref()),
                        file = first.name.clone(),
                        other = named_or_none(first.sets[0].questionnaire.as_deref())
                    ),
                )
                .into());
            }
            if pair(s) != people {
                return Err(AnswersError::new(
                    &f.name,
                    ui!(
                        "history-error-other-people",
                        respondent = s.respondent.trim().to_owned(),
                        partner = s.partner.trim().to_owned(),
                        file = first.name.clone(),
                        other_respondent = first.sets[0].respondent.trim().to_owned(),
                        other_partner = first.sets[0].partner.trim().to_owned()
                    ),
                )
                .into());
            }
        }
    }
    Ok(())
}

/// A questionnaire id as an error names it, or `history-questionnaire-none`.
fn named_or_none(id: Option<&str>) -> String {
    id.map_or_else(|| ui!("history-questionnaire-none"), str::to_owned)
}

/// The questionnaire a file's answers are on, as an index into `loaded` (each version loaded
/// once): one given with `-q` of that id and version, else the bundled one.
fn resolve(
    f: &Found,
    given: &[Questionnaire],
    loaded: &mut Vec<Questionnaire>,
) -> Result<usize, Error> {
    let id = match &f.sets[0].questionnaire {
        Some(id) => id.clone(),
        None => match given {
            [one] => one.id.clone(),
            _ => {
                return Err(
                    AnswersError::new(&f.name, ui!("history-error-no-questionnaire")).into(),
                );
            }
        },
    };
    let fits = |q: &Questionnaire| q.id == id && f.version.as_ref().is_none_or(|v| *v == q.version);
    if let Some(i) = loaded.iter().position(fits) {
        return Ok(i);
    }
    let q = if let Some(q) = given.iter().find(|q| fits(q)) {
        q.clone()
    } else {
        let bundled = match &f.version {
            Some(v) => Bundled::find_version(&id, v),
            None => Bundled::find(&id),
        };
        let Some(b) = bundled.filter(|_| !given.iter().any(|q| q.id == id)) else {
            let given_list: Vec<String> = given
                .iter()
                .filter(|q| q.id == id)
                .map(|q| q.version.clone())
                .collect();
            let hint = if given_list.is_empty() {
                ui!("history-hint-pass-q")
            } else {
                ui!(
                    "history-hint-add-q",
                    id = id.clone(),
                    versions = given_list.join(", ")
                )
            };
            let message = match &f.version {
                Some(v) => ui!(
                    "history-error-not-bundled-version",
                    id = id.clone(),
                    version = v.clone(),
                    hint = hint
                ),
                None => ui!("history-error-not-bundled", id = id.clone(), hint = hint),
            };
            return Err(AnswersError::new(&f.name, message).into());
        };
        b.load()?
    };
    loaded.push(q);
    Ok(loaded.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_held_between_reading_and_scoring_come_back_as_checked() {
        let meta = SetMeta {
            questionnaire: Some("q".to_owned()),
            respondent: " Alex ".to_owned(),
            partner: "Sam".to_owned(),
        };
        let checked = |values: Vec<Option<i64>>| Responses {
            respondent: "Alex".to_owned(),
            partner: "Sam".to_owned(),
            values,
            completed: Some("2026-01-10T10:00:00Z".to_owned()),
            unfinished: false,
            lang: Some("en".to_owned()),
        };
        // Small values go one byte each; -128 is the byte of a skipped item, so a set with it
        // (or with a value past a byte) is held as checked. Each comes back the same.
        let small = checked(vec![Some(0), None, Some(-127), Some(127), Some(5)]);
        let kept = Kept::from(small.clone());
        assert!(matches!(&kept.values, Values::Bytes(b) if b.len() == 5));
        assert_eq!(kept.responses(&meta), small);
        for wide in [
            checked(vec![Some(1), Some(-128), None]),
            checked(vec![Some(128), None]),
            checked(vec![Some(i64::MIN), Some(i64::MAX)]),
        ] {
            let kept = Kept::from(wide.clone());
            assert!(matches!(&kept.values, Values::Wide(_)));
            assert_eq!(kept.responses(&meta), wide);
        }
        let empty = checked(Vec::new());
        assert_eq!(Kept::from(empty.clone()).responses(&meta), empty);
    }

    #[test]
    fn a_folder_of_more_files_than_the_limit_is_refused_and_one_of_as_many_is_not() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..4 {
            std::fs::write(dir.path().join(format!("{i}.json")), "{}").unwrap();
        }
        // Other files do not count.
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let mut files = Vec::new();
        collect(dir.path(), false, 0, 4, &mut files).unwrap();
        assert_eq!(files.len(), 4);
        let mut files = Vec::new();
        match collect(dir.path(), false, 0, 3, &mut files) {
            // "more than 3 answers files under …", in the interface language.
            Err(Error::Usage(message)) => assert!(message.contains(" 3 "), "{message}"),
            other => panic!("{other:?}"),
        }
    }
}
