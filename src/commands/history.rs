//! `powerbalance history`: saved answers from several sittings in, change over time out.
//!
//! The edge: finds and reads the files, checks that they are one questionnaire and the same
//! people, resolves each file's questionnaire version, groups the files into sittings
//! ([`sittings::group`]), scores each sitting with the scoring engine, and hands the scored
//! sittings to the pure [`history::build`].

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde_json::Value;

use super::score::in_report_lang;
use super::{load_questionnaire, read_input};
use crate::answers::{self, AnswerSet, AnswersError};
use crate::cli::HistoryArgs;
use crate::data_dir::{data_dir, slug};
use crate::error::{EXIT_OK, Error};
use crate::history::{self, HistoryNote, Sitting, render_history, sittings};
use crate::output::emit;
use crate::questionnaire::{Bundled, Questionnaire};
use crate::scoring::{self, Options};
use crate::settings::{Colors, Languages, ReportTo, Writes};
use crate::ui;

/// How many folder levels below a given folder are searched: enough for a folder of
/// couples' folders of session folders, not a whole disk.
const MAX_DEPTH: usize = 4;

/// The most answers files one history reads.
const MAX_FILES: usize = 10_000;

/// One answers file, read: where it came from and its one or two answer sets.
struct Found {
    name: String,
    /// Named on the command line, not found in a folder.
    named: bool,
    folder: String,
    sets: Vec<AnswerSet>,
    version: Option<String>,
    completed: String,
    at: i64,
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
        collect(&path, named, 0, &mut files)?;
    }
    // A file given twice (by name and inside a folder given too) counts once.
    let mut seen = std::collections::HashSet::new();
    files.retain(|(p, _)| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));

    let mut found: Vec<Found> = Vec::new();
    let mut unfinished: Vec<String> = Vec::new();
    for (path, named) in &files {
        if let Some(f) = read_found(path, *named, &mut unfinished)? {
            found.push(f);
        }
    }
    // With -q, answers of other questionnaires found in a folder (a person's takes of two
    // questionnaires) are passed over; named files must all be of one.
    if let Some(names) = args.people.as_ref().filter(|_| !args.paths.is_empty()) {
        found.retain(|f| f.sets.iter().all(|s| of_people(s, names)));
    }
    let mut other_questionnaires: Vec<String> = Vec::new();
    if !given.is_empty() {
        found.retain(|f| {
            let id = f.sets[0].questionnaire.as_deref();
            let keep = f.named || id.is_none() || given.iter().any(|q| Some(q.id.as_str()) == id);
            if !keep {
                other_questionnaires.push(f.name.clone());
            }
            keep
        });
    }
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

    let mut loaded: Vec<Questionnaire> = Vec::new();
    let mut versions: Vec<usize> = Vec::new();
    for f in &found {
        versions.push(resolve(f, &given, &mut loaded)?);
    }
    // For a human format in another language, each version's bundled translation (the same
    // ids, numbers and sha256, so the same scores), so its title and names are in it too.
    let loaded: Vec<Questionnaire> = loaded
        .into_iter()
        .map(|q| in_report_lang(q, &to))
        .collect::<Result<_, _>>()?;

    let entries: Vec<sittings::Entry> = found
        .iter()
        .map(|f| sittings::Entry {
            folder: f.folder.clone(),
            people: f
                .sets
                .iter()
                .map(|s| (s.respondent.trim().to_owned(), s.partner.trim().to_owned()))
                .collect(),
            at: f.at,
        })
        .collect();
    let groups = sittings::group(&entries);
    if groups.len() < 2 {
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        return Err(Error::Usage(ui!(
            "history-error-one-sitting",
            files = names.join(", ")
        )));
    }
    let first_person = found[0].sets[0].respondent.trim().to_owned();
    let mut scored: Vec<Sitting> = Vec::new();
    for group in &groups {
        let q = &loaded[versions[group[0]]];
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
        let mut sets: Vec<(String, AnswerSet)> = group
            .iter()
            .flat_map(|&i| {
                let f = &found[i];
                f.sets.iter().map(|s| (f.name.clone(), s.clone()))
            })
            .collect();
        // The same person first at every sitting where they answered.
        sets.sort_by_key(|(_, s)| s.respondent.trim() != first_person);
        let pair = answers::pair_of(q, &sets)?;
        let last = group
            .iter()
            .copied()
            .max_by_key(|&i| found[i].at)
            .unwrap_or(group[0]);
        scored.push(Sitting {
            questionnaire: q,
            report: scoring::score(q, &pair, Options { show_private: true }),
            completed: found[last].completed.clone(),
            sources: group.iter().map(|&i| found[i].name.clone()).collect(),
        });
    }
    let mut h = history::build(&scored, args.show_private);
    if !other_questionnaires.is_empty() {
        h.note(HistoryNote::OtherQuestionnaire(other_questionnaires));
    }
    if !unfinished.is_empty() {
        h.note(HistoryNote::Unfinished(unfinished));
    }
    emit(
        to.path.as_deref(),
        &render_history(&h, to.format, to.style(colors)),
        to.force,
    )?;
    Ok(EXIT_OK)
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
/// `files`. Links inside folders are not followed, so a loop cannot trap the search.
fn collect(
    path: &Path,
    named: bool,
    depth: usize,
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
            collect(&p, false, depth + 1, files)?;
        }
        if files.len() > MAX_FILES {
            return Err(Error::Usage(ui!(
                "history-error-too-many-files",
                max = MAX_FILES.to_string(),
                path = shown.to_string()
            )));
        }
    }
    Ok(())
}

/// Reads one file. A file found in a folder that is not an answers file (a saved report) is
/// passed over, and so is an unfinished one (noted in `unfinished`); a file given by name
/// must be finished answers.
fn read_found(
    path: &Path,
    named: bool,
    unfinished: &mut Vec<String>,
) -> Result<Option<Found>, Error> {
    let (name, bytes) = read_input(path)?;
    if !named && !looks_like_answers(&bytes) {
        return Ok(None);
    }
    let sets = answers::parse_file(&name, &bytes)?;
    // The fields the answer sets do not keep: the version, and `completed` as written.
    let meta: Value =
        serde_json::from_slice(&bytes).map_err(|e| AnswersError::from_json(&name, &e))?;
    let objects: Vec<&Value> = match &meta {
        Value::Array(items) => items.iter().collect(),
        one => vec![one],
    };
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let version = text(objects[0], "version");
    if let Some(other) = objects.iter().find(|o| text(o, "version") != version) {
        return Err(AnswersError::new(
            &name,
            ui!(
                "history-error-versions-differ",
                first = version
                    .clone()
                    .unwrap_or_else(|| ui!("history-version-none")),
                second = text(other, "version").unwrap_or_else(|| ui!("history-version-none"))
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
    Ok(Some(Found {
        name,
        named,
        folder,
        sets,
        version,
        completed,
        at,
    }))
}

/// Whether a file found in a folder is meant as answers: a JSON object with `answers` and
/// `respondent`, or an array of such. Anything else (a saved report, other JSON) is passed
/// over; a broken file that looks like answers is still an error.
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
    let pair = |s: &AnswerSet| {
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
