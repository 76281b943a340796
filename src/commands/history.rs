//! `powerbalance history`: saved answers from several sittings in, change over time out.
//!
//! The edge: finds and reads the files, checks that they are one questionnaire and the same
//! people, resolves each file's questionnaire version, groups the files into sittings
//! ([`sittings::group`]), scores each sitting with the scoring engine, and pushes the scored
//! sittings in time order into the pure [`history::Builder`].
//!
//! Memory: a file's answers are not held between reading it and scoring its sitting. Each
//! file is read once for what the grouping and the checks need (its time, names, ids and
//! version, kept as numbers, its path in one shared text, and a hash of its bytes), and
//! read again when its sitting is scored, in time order; it must be the same bytes, or it is
//! refused by name. Only a pipe (or standard input), which cannot be read twice, is held as
//! read. Each sitting is scored, pushed, and dropped: the history keeps a number a person,
//! measure and sitting. JSON and CSV are written to standard output as they are made. Errors
//! are still told in the order they were before: a file's questionnaire and its answers'
//! faults wait until the checks before them have passed for every file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde_json::Value;

use super::score::in_report_lang;
use super::{STDIN, load_questionnaire, read_answers, read_input};
use crate::answers::{self, AnswerSet, AnswersError, Pair};
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

/// One answers file as held between reading it and scoring its sitting: numbers only. Its
/// answers are not held: the file is read again when its sitting is scored, in time order,
/// and must be the bytes it was ([`Found::hash`]). Its names, versions and folder are
/// numbers into [`Words`]; its path is one of [`Paths`].
struct Found {
    /// Which of the files found.
    path: u32,
    /// How many answer sets (one or two), and each one's questionnaire id and trimmed names.
    count: u8,
    sets: [SetIds; 2],
    /// The version the file names (`None` as a word of its own).
    version: u32,
    at: i64,
    /// [`hash_of`] the file and its bytes, as first read (0 for a pipe's, which are held).
    hash: u64,
    /// How many bytes it had, as first read (in what was padding: a `Found` is 56 bytes, as
    /// it was without).
    len: u32,
}

/// An answer set's questionnaire id (`None` as a word of its own) and names, trimmed, as
/// numbers into [`Words`].
#[derive(Clone, Copy, Default)]
struct SetIds {
    questionnaire: u32,
    respondent: u32,
    partner: u32,
}

impl Found {
    fn sets(&self) -> &[SetIds] {
        &self.sets[..usize::from(self.count)]
    }
}

/// The few distinct texts of many files (ids, versions, names, folders), each held once and
/// named by a number. `None` is a word of its own.
#[derive(Default)]
struct Words {
    ids: std::collections::HashMap<String, u32>,
    none: Option<u32>,
    words: Vec<Option<String>>,
}

impl Words {
    fn id(&mut self, word: Option<&str>) -> u32 {
        let known = match word {
            Some(w) => self.ids.get(w).copied(),
            None => self.none,
        };
        if let Some(id) = known {
            return id;
        }
        let id = sittings::index(self.words.len());
        match word {
            Some(w) => {
                self.ids.insert(w.to_owned(), id);
            }
            None => self.none = Some(id),
        }
        self.words.push(word.map(str::to_owned));
        id
    }

    fn get(&self, id: u32) -> Option<&str> {
        self.words[id as usize].as_deref()
    }

    /// A word that is never `None` (a name, a folder).
    fn text(&self, id: u32) -> &str {
        self.get(id).unwrap_or_default()
    }
}

/// The files found, in the order found: their paths in one text, and whether each was named
/// and can be read again. A path that is not UTF-8 is kept as it is, beside the text.
#[derive(Default)]
struct Paths {
    text: String,
    ends: Vec<usize>,
    /// Bit 0: named on the command line; bit 1: a regular file, to be read again.
    flags: Vec<u8>,
    /// Paths that are not UTF-8, by their index.
    other: Vec<(usize, PathBuf)>,
}

const NAMED: u8 = 1;
const REGULAR: u8 = 2;

impl Paths {
    fn push(&mut self, path: &Path, flags: u8) {
        match path.to_str() {
            Some(s) => self.text.push_str(s),
            None => self.other.push((self.ends.len(), path.to_owned())),
        }
        self.ends.push(self.text.len());
        self.flags.push(flags);
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn path(&self, i: usize) -> std::borrow::Cow<'_, Path> {
        match self.other.binary_search_by_key(&i, |(k, _)| *k) {
            Ok(k) => std::borrow::Cow::Owned(self.other[k].1.clone()),
            Err(_) => {
                let start = if i == 0 { 0 } else { self.ends[i - 1] };
                std::borrow::Cow::Borrowed(Path::new(&self.text[start..self.ends[i]]))
            }
        }
    }

    /// The file's name as messages write it ([`shown`]).
    fn name(&self, i: usize) -> String {
        shown(&self.path(i))
    }

    fn named(&self, i: usize) -> bool {
        self.flags[i] & NAMED != 0
    }

    fn regular(&self, i: usize) -> bool {
        self.flags[i] & REGULAR != 0
    }
}

/// A hash of which file a file is (its device and inode, from the file opened) and of its
/// bytes and their length: a file read again must give the same, so one written to, or
/// replaced by another (a copy, even of the same bytes), is told. Folded into one number, a
/// [`Found`] holds no more for it. (The standard library's hasher, its keys fixed, so the
/// same within one run; a change between the two reads is an accident to catch, not an
/// attack, and SHA-256 would cost as much as reading the file.)
fn hash_of(file: &std::fs::Metadata, bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    use std::os::unix::fs::MetadataExt;
    let mut hasher = std::hash::DefaultHasher::new();
    (file.dev(), file.ino()).hash(&mut hasher);
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// Reads a file that was a regular file when it was found, without ever waiting: a FIFO (or
/// a device) put in its place would make a plain `open` wait for a writer that may never
/// come. It is looked at before it is opened, opened without waiting (`O_NONBLOCK`, which
/// reads of a regular file ignore), and what was opened is looked at again: it must be a
/// regular file, of `len` bytes when given (as first read), or it is refused as changed.
/// Gives its name, its bytes and their [`hash_of`]. (The crate is for Unix systems only:
/// `output.rs` and `data_dir.rs` use their file modes, locks and owners too.)
fn read_regular(path: &Path, len: Option<u32>) -> Result<(String, Vec<u8>, u64), Error> {
    use std::os::unix::fs::OpenOptionsExt;
    let name = path.display().to_string();
    let reading = || ui!("error-context-reading-answers", file = name.clone());
    let fits = |meta: &std::fs::Metadata| {
        meta.is_file() && len.is_none_or(|len| meta.len() == u64::from(len))
    };
    if !fits(&std::fs::metadata(path).with_context(reading)?) {
        return Err(changed(&name));
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .with_context(reading)?;
    let meta = file.metadata().with_context(reading)?;
    if !fits(&meta) {
        return Err(changed(&name));
    }
    let bytes = read_answers(&name, file)?;
    let hash = hash_of(&meta, &bytes);
    Ok((name, bytes, hash))
}

/// The error of scores that could not be read back from the temporary file they were kept
/// in (see `history::Spill`): what was being read, then the system's words.
fn unreadable_scores(e: std::io::Error) -> Error {
    anyhow::Error::new(e)
        .context(ui!("history-error-reading-scores"))
        .into()
}

/// The refusal of a file that is not what it was when first read (or found).
fn changed(name: &str) -> Error {
    AnswersError::new(name, ui!("history-error-changed")).into()
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
    let mut paths = Paths::default();
    for (path, named) in &candidates {
        collect(path, *named, 0, MAX_FILES, &mut paths)?;
    }
    // A file given twice (by name and inside a folder given too, or as two hard links, which
    // one folder can hold) counts once: told by its device and inode, standard input by a
    // pair no file has.
    let mut seen = std::collections::HashSet::<(u64, u64)>::with_capacity(paths.len());

    let mut words = Words::default();
    let mut found: Vec<Found> = Vec::with_capacity(paths.len());
    // The bytes of files that cannot be read twice (a pipe), as read.
    let mut held: Vec<(u32, Vec<u8>)> = Vec::new();
    let mut unfinished: Vec<String> = Vec::new();
    let mut other_questionnaires: Vec<String> = Vec::new();
    // Whether answers were passed over for being other people's than `--people`'s.
    let mut other_people = false;
    for i in 0..paths.len() {
        let path = paths.path(i);
        let which = if path == Path::new("-") {
            Some((u64::MAX, u64::MAX))
        } else {
            use std::os::unix::fs::MetadataExt;
            // One that cannot be looked at is read (and its error said) as it is.
            std::fs::metadata(&path).ok().map(|m| (m.dev(), m.ino()))
        };
        if which.is_some_and(|which| !seen.insert(which)) {
            continue;
        }
        let named = paths.named(i);
        let (name, bytes, hash) = if paths.regular(i) {
            read_regular(&path, None)?
        } else {
            let (name, bytes) = read_input(&path)?;
            (name, bytes, 0)
        };
        let Some((sets, at)) = read_found(&name, &bytes, named, &mut unfinished)? else {
            continue;
        };
        // With --people and paths, only those people's answers.
        if let Some(names) = args.people.as_ref().filter(|_| !args.paths.is_empty())
            && !sets.iter().all(|s| of_people(s, names))
        {
            other_people = true;
            continue;
        }
        // With -q, answers of other questionnaires found in a folder (a person's takes of
        // two questionnaires) are passed over; named files must all be of one.
        if !given.is_empty() {
            let id = sets[0].questionnaire.as_deref();
            if !(named || id.is_none() || given.iter().any(|q| Some(q.id.as_str()) == id)) {
                other_questionnaires.push(name);
                continue;
            }
        }
        let mut ids = [SetIds::default(); 2];
        for (k, set) in sets.iter().enumerate() {
            ids[k] = SetIds {
                questionnaire: words.id(set.questionnaire.as_deref()),
                respondent: words.id(Some(set.respondent.trim())),
                partner: words.id(Some(set.partner.trim())),
            };
        }
        let path = sittings::index(i);
        found.push(Found {
            path,
            count: if sets.len() == 2 { 2 } else { 1 },
            sets: ids,
            version: words.id(sets[0].version.as_deref()),
            at,
            hash,
            // At most `MAX_ANSWERS_BYTES`, 16 MiB.
            len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
        });
        if !paths.regular(i) {
            held.push((path, bytes));
        }
    }
    drop(seen);
    if found.is_empty() {
        let place = searched.map_or_else(
            || {
                args.paths
                    .iter()
                    .map(|p| shown(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            |dir| dir.display().to_string(),
        );
        let why = if !other_questionnaires.is_empty() {
            ui!("history-why-other-questionnaires")
        } else if let Some(names) = args.people.as_ref().filter(|_| other_people) {
            match names.as_slice() {
                [one] => ui!("history-why-other-person", name = one.as_str()),
                _ => ui!(
                    "history-why-other-couple",
                    names = crate::i18n::with_ui(|m| crate::report::and_list(names, m))
                ),
            }
        } else if !unfinished.is_empty() {
            ui!("history-why-unfinished")
        } else {
            ui!("history-why-no-files")
        };
        return Err(
            AnswersError::new(&place, ui!("history-error-nothing-found", why = why)).into(),
        );
    }
    let name = |f: &Found| paths.name(f.path as usize);
    found.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| name(a).cmp(&name(b))));
    check_same(&found, &words, &paths)?;
    if let Some(id) = words.get(found[0].sets[0].questionnaire)
        && !given.is_empty()
        && !given.iter().any(|q| q.id == id)
    {
        let ids: Vec<&str> = given.iter().map(|q| q.id.as_str()).collect();
        return Err(Error::Usage(ui!(
            "history-error-q-mismatch",
            given = ids.join("`, `"),
            id = id.to_owned()
        )));
    }

    // Each file's questionnaire, in time order: a file without a version takes the first
    // loaded of its id.
    let mut raw: Vec<Questionnaire> = Vec::new();
    let mut versions: Vec<usize> = Vec::with_capacity(found.len());
    for f in &found {
        let file = File {
            questionnaire: words.get(f.sets[0].questionnaire),
            version: words.get(f.version),
            name: &name(f),
        };
        versions.push(resolve(&file, &given, &mut raw)?);
    }
    // For a human format in another language, each version's bundled translation (the same
    // ids, numbers and sha256, so the same scores), so its title and names are in it too.
    // The answers were checked against, and are scored with, the questionnaire as loaded.
    let loaded: Vec<Questionnaire> = raw
        .iter()
        .map(|q| in_report_lang(q.clone(), &to))
        .collect::<Result<_, _>>()?;
    let prepared: Vec<Prepared> = raw.iter().map(Prepared::new).collect();

    let groups = {
        // Folders as numbers: equal as written, equal numbers.
        let mut folders = Words::default();
        let entries: Vec<sittings::Entry> = found
            .iter()
            .map(|f| {
                // A pipe or standard input is in no folder: a folder of its own, so that it
                // is never taken for one half of a session folder.
                let i = f.path as usize;
                let folder = if paths.regular(i) {
                    paths
                        .path(i)
                        .parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                } else {
                    format!("\0{i}")
                };
                let people = match f.sets() {
                    [one] => sittings::People::One(one.respondent, one.partner),
                    _ => sittings::People::Both,
                };
                sittings::Entry {
                    folder: folders.id(Some(&folder)),
                    people,
                    at: f.at,
                }
            })
            .collect();
        sittings::group(&entries)
    };
    if groups.len() < 2 {
        let names: Vec<String> = found.iter().map(name).collect();
        return Err(Error::Usage(ui!(
            "history-error-one-sitting",
            files = names.join(", ")
        )));
    }
    let first_person = found[0].sets[0].respondent;
    // Each sitting is scored and pushed in turn, and only what the history shows of it is
    // kept; the questionnaire a sitting is scored on is its first file's.
    let mut builder = history::Builder::new(
        groups
            .iter()
            .map(|g| &loaded[versions[g.first()]])
            .collect(),
        args.show_private,
    );
    for group in &groups {
        let v = versions[group.first()];
        let q = &loaded[v];
        if let Some(other) = group.files().find(|&i| versions[i] != v) {
            return Err(AnswersError::new(
                &name(&found[other]),
                ui!(
                    "history-error-mixed-versions",
                    version = loaded[versions[other]].version.clone(),
                    id = q.id.clone(),
                    other = name(&found[group.first()]),
                    other_version = q.version.clone()
                ),
            )
            .into());
        }
        let (pair, completed) = pair_of(&found, group, first_person, &raw[v], &paths, &mut held)?;
        let report = prepared[v].score(&raw[v], &pair, Options { show_private: true });
        builder.push(&Sitting {
            scores: report.into(),
            completed,
            // As the user gave them (`-` for standard input, as batch reports' `source`).
            sources: group
                .files()
                .map(|i| paths.path(found[i].path as usize).display().to_string())
                .collect(),
        });
    }
    drop(found);
    let mut h = builder
        .finish()
        .map_err(|e| anyhow::Error::new(e).context(ui!("history-error-writing-scores")))?;
    if !other_questionnaires.is_empty() {
        h.note(HistoryNote::OtherQuestionnaire(other_questionnaires));
    }
    if !unfinished.is_empty() {
        h.note(HistoryNote::Unfinished(unfinished));
    }
    let style = to.style(colors);
    // Written as it is made, to standard output or into the file, never held whole.
    let mut sink = Sink::open(to.path.as_deref(), to.force)?;
    let written = write_history(&h, to.format, style, &mut sink);
    // Scores that could not be read back are not a failure to write: said as what they
    // are, with nothing put in place (what went to standard output stops before the first
    // of them).
    if let Some(e) = h.read_error() {
        sink.abandon();
        return Err(unreadable_scores(e));
    }
    sink.write_with(|_| written)?;
    Ok(EXIT_OK)
}

/// The answers of one sitting (`group`, indices into `found`) as the pair to score, the
/// same person (`first_person`) first wherever they answered, made by [`answers::pair_of`]
/// (the first fault of the first set, then of the second, then names that do not pair).
/// Each file is read again, must be the file and bytes it was, and is checked against `q`,
/// its questionnaire; a pipe's bytes are taken out of `held` (each file is in one sitting).
/// Also the sitting's time, as its last file gives it.
fn pair_of(
    found: &[Found],
    group: &sittings::Group,
    first_person: u32,
    q: &Questionnaire,
    paths: &Paths,
    held: &mut [(u32, Vec<u8>)],
) -> Result<(Pair, String), Error> {
    // Each set with its file, and whether it is of the other person (who comes second).
    let mut sets: Vec<(bool, (String, AnswerSet))> = Vec::with_capacity(2);
    let mut last: Option<(i64, String)> = None;
    for i in group.files() {
        let f = &found[i];
        let (name, bytes) = match held.binary_search_by_key(&f.path, |(k, _)| *k) {
            // As read: a pipe's bytes cannot have changed.
            Ok(k) => (paths.name(f.path as usize), std::mem::take(&mut held[k].1)),
            Err(_) => {
                let (name, bytes, hash) = read_regular(&paths.path(f.path as usize), Some(f.len))?;
                if hash != f.hash {
                    return Err(changed(&name));
                }
                (name, bytes)
            }
        };
        let read = answers::parse_file(&name, &bytes)?;
        // The latest file's, the later of two as late.
        if let Some(time) = finished(&read)
            && last.as_ref().is_none_or(|(at, _)| time.0 >= *at)
        {
            last = Some(time);
        }
        for (set, ids) in read.into_iter().zip(f.sets()) {
            sets.push((ids.respondent != first_person, (name.clone(), set)));
        }
    }
    // Stable: two files of the same person (refused by the pairing) stay in file order.
    sets.sort_by_key(|(later, _)| *later);
    let sets: Vec<(String, AnswerSet)> = sets.into_iter().map(|(_, set)| set).collect();
    let pair = answers::pair_of(q, &sets)?;
    Ok((pair, last.map(|(_, c)| c).unwrap_or_default()))
}

/// A file or folder as messages write it: standard input as [`read_input`] names it.
fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        return STDIN.to_owned();
    }
    path.display().to_string()
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
    files: &mut Paths,
) -> Result<(), Error> {
    let shown = path.display();
    // Standard input, as every command takes `-`: read once and held, as a pipe is.
    if path == Path::new("-") {
        files.push(path, if named { NAMED } else { 0 });
        return Ok(());
    }
    let meta = std::fs::metadata(path)
        .with_context(|| ui!("history-error-reading", path = shown.to_string()))?;
    if !meta.is_dir() {
        // A pipe or a device is read once and held; a file is read again.
        files.push(
            path,
            if named { NAMED } else { 0 } | if meta.is_file() { REGULAR } else { 0 },
        );
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
            files.push(&p, REGULAR);
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

/// Reads one file's answer sets (`bytes`, of the file `name`), with when it was finished. A
/// file found in a folder that is not an answers file (a saved report) is passed over, and
/// so is an unfinished one (noted in `unfinished`); a file given by name must be finished
/// answers.
fn read_found(
    name: &str,
    bytes: &[u8],
    named: bool,
    unfinished: &mut Vec<String>,
) -> Result<Option<(Vec<AnswerSet>, i64)>, Error> {
    // Its answers are checked when it is read again to be scored, where an error says
    // where in the file an answer is.
    let sets = match answers::parse_file_unplaced(name, bytes) {
        Ok(sets) => sets,
        Err(_) if !named && !looks_like_answers(bytes) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let version = sets.first().and_then(|s| s.version.clone());
    if let Some(other) = sets.iter().find(|s| s.version != version) {
        return Err(AnswersError::new(
            name,
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
    let Some((at, _)) = finished(&sets) else {
        if named {
            return Err(AnswersError::new(name, ui!("history-error-not-finished")).into());
        }
        unfinished.push(name.to_owned());
        return Ok(None);
    };
    Ok(Some((sets, at)))
}

/// When a file's answers were finished, the latest of its sets' `completed` (as seconds
/// and as written, trimmed); `None` when one is not.
fn finished(sets: &[AnswerSet]) -> Option<(i64, String)> {
    let mut times = Vec::with_capacity(sets.len());
    for s in sets {
        let c = s.completed.as_deref()?;
        times.push((sittings::instant(c)?, c.trim().to_owned()));
    }
    times.into_iter().max()
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
fn check_same(found: &[Found], words: &Words, paths: &Paths) -> Result<(), Error> {
    let first = &found[0];
    let first_set = first.sets[0];
    let pair = |s: &SetIds| {
        let mut p = [words.text(s.respondent), words.text(s.partner)];
        p.sort_unstable();
        p
    };
    let people = pair(&first_set);
    for f in found {
        for s in f.sets() {
            if s.questionnaire != first_set.questionnaire {
                return Err(AnswersError::new(
                    &paths.name(f.path as usize),
                    ui!(
                        "history-error-other-questionnaire",
                        id = named_or_none(words.get(s.questionnaire)),
                        file = paths.name(first.path as usize),
                        other = named_or_none(words.get(first_set.questionnaire))
                    ),
                )
                .into());
            }
            if pair(s) != people {
                return Err(AnswersError::new(
                    &paths.name(f.path as usize),
                    ui!(
                        "history-error-other-people",
                        respondent = words.text(s.respondent).to_owned(),
                        partner = words.text(s.partner).to_owned(),
                        file = paths.name(first.path as usize),
                        other_respondent = words.text(first_set.respondent).to_owned(),
                        other_partner = words.text(first_set.partner).to_owned()
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

/// What [`resolve`] reads of a file: its first set's questionnaire id, the version it
/// names, and its name.
struct File<'a> {
    questionnaire: Option<&'a str>,
    version: Option<&'a str>,
    name: &'a str,
}

/// The questionnaire a file's answers are on, as an index into `loaded` (each version loaded
/// once): one given with `-q` of that id and version, else the bundled one.
fn resolve(
    f: &File<'_>,
    given: &[Questionnaire],
    loaded: &mut Vec<Questionnaire>,
) -> Result<usize, Error> {
    let id = match f.questionnaire {
        Some(id) => id.to_owned(),
        None => match given {
            [one] => one.id.clone(),
            _ => {
                return Err(
                    AnswersError::new(f.name, ui!("history-error-no-questionnaire")).into(),
                );
            }
        },
    };
    let fits = |q: &Questionnaire| q.id == id && f.version.is_none_or(|v| v == q.version);
    if let Some(i) = loaded.iter().position(fits) {
        return Ok(i);
    }
    let q = if let Some(q) = given.iter().find(|q| fits(q)) {
        q.clone()
    } else {
        let bundled = match f.version {
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
            let message = match f.version {
                Some(v) => ui!(
                    "history-error-not-bundled-version",
                    id = id.clone(),
                    version = v.to_owned(),
                    hint = hint
                ),
                None => ui!("history-error-not-bundled", id = id.clone(), hint = hint),
            };
            return Err(AnswersError::new(f.name, message).into());
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
    fn a_folder_of_more_files_than_the_limit_is_refused_and_one_of_as_many_is_not() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..4 {
            std::fs::write(dir.path().join(format!("{i}.json")), "{}").unwrap();
        }
        // Other files do not count.
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let mut files = Paths::default();
        collect(dir.path(), false, 0, 4, &mut files).unwrap();
        assert_eq!(files.len(), 4);
        assert!((0..4).all(|i| files.regular(i) && !files.named(i)));
        let mut files = Paths::default();
        match collect(dir.path(), false, 0, 3, &mut files) {
            // "more than 3 answers files under …", in the interface language.
            Err(Error::Usage(message)) => assert!(message.contains(" 3 "), "{message}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn scores_that_cannot_be_read_back_say_so_with_the_systems_words() {
        let e = unreadable_scores(std::io::Error::from_raw_os_error(5));
        assert_eq!(e.exit_code(), crate::error::EXIT_FAILURE);
        // In the interface language, then what the system's error means.
        assert_eq!(
            e.to_string(),
            format!(
                "{}: {}",
                ui!("history-error-reading-scores"),
                ui!("error-io-device")
            )
        );
        // The temporary file cut short (as the lib tests cut it).
        let e = unreadable_scores(std::io::ErrorKind::UnexpectedEof.into());
        assert_eq!(
            e.to_string(),
            "reading the history's scores back from the temporary file they were kept in: \
             the file ended sooner than expected"
        );
    }

    #[test]
    fn paths_and_words_come_back_as_pushed() {
        let mut paths = Paths::default();
        paths.push(Path::new("a/b.json"), NAMED | REGULAR);
        paths.push(Path::new(""), 0);
        paths.push(Path::new("c.json"), REGULAR);
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let odd = Path::new(std::ffi::OsStr::from_bytes(b"x\xff.json"));
            paths.push(odd, REGULAR);
            assert_eq!(paths.path(3), odd);
            assert_eq!(paths.name(3), odd.display().to_string());
        }
        assert_eq!(paths.path(0), Path::new("a/b.json"));
        assert_eq!(paths.path(1), Path::new(""));
        assert_eq!(paths.name(2), "c.json");
        assert!(paths.named(0) && paths.regular(0));
        assert!(!paths.named(1) && !paths.regular(1));
        let mut words = Words::default();
        let (a, none, b) = (
            words.id(Some("Alex")),
            words.id(None),
            words.id(Some("Sam")),
        );
        assert_eq!(words.id(Some("Alex")), a);
        assert_eq!(
            (words.get(a), words.get(none), words.text(b)),
            (Some("Alex"), None, "Sam")
        );
    }

    /// A file of answers as `take` saves them, finished at `completed`.
    fn answers(respondent: &str, partner: &str, completed: &str) -> String {
        serde_json::json!({
            "questionnaire": "tiny",
            "respondent": respondent,
            "partner": partner,
            "completed": completed,
            "answers": {"coercive-self-1": 2, "coercive-partner-1": 4, "expert-self-1": 3},
        })
        .to_string()
    }

    #[test]
    fn a_file_is_read_again_to_be_scored_and_refused_if_it_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let bytes = answers("Alex", "Sam", "2026-01-10T10:00:00Z");
        std::fs::write(&path, &bytes).unwrap();
        let mut paths = Paths::default();
        paths.push(&path, REGULAR);
        let mut words = Words::default();
        let (alex, sam) = (words.id(Some("Alex")), words.id(Some("Sam")));
        let ids = SetIds {
            questionnaire: words.id(Some("tiny")),
            respondent: alex,
            partner: sam,
        };
        let found = [Found {
            path: 0,
            count: 1,
            sets: [ids, SetIds::default()],
            version: words.id(None),
            at: 0,
            hash: hash_of(&std::fs::metadata(&path).unwrap(), bytes.as_bytes()),
            len: u32::try_from(bytes.len()).unwrap(),
        }];
        let q = load_questionnaire("tests/fixtures/history/tiny-1.toml").unwrap();
        let group = sittings::group(&[sittings::Entry {
            folder: 0,
            people: sittings::People::One(alex, sam),
            at: 0,
        }])[0];
        // As first read: scored, its time as written.
        let (pair, completed) = pair_of(&found, &group, alex, &q, &paths, &mut []).unwrap();
        assert_eq!(completed, "2026-01-10T10:00:00Z");
        let set = &answers::parse_file("a", bytes.as_bytes()).unwrap()[0];
        assert_eq!(pair, Pair::single(set.check(&q, "a").unwrap()));
        // Changed since: refused, by name, as bad answers are.
        std::fs::write(&path, answers("Alex", "Sam", "2026-01-10T10:00:01Z")).unwrap();
        match pair_of(&found, &group, alex, &q, &paths, &mut []) {
            Err(Error::Answers(e)) => {
                let shown = e.to_string();
                assert!(
                    shown.contains("a.json") && shown.contains("changed"),
                    "{shown}"
                );
            }
            other => panic!("{other:?}"),
        }
        // A pipe's bytes are held as read and not read again (the file is gone).
        std::fs::remove_file(&path).unwrap();
        let mut held = [(0, bytes.clone().into_bytes())];
        assert!(pair_of(&found, &group, alex, &q, &paths, &mut held).is_ok());
        // Taken out as used, not copied.
        assert!(held[0].1.is_empty());
    }

    #[test]
    fn the_first_read_gives_the_sets_and_errors_of_the_full_one_but_positions() {
        let bom_pair = format!(
            "\u{feff}[{}, {}]",
            answers("Alex", "Sam", "2026-01-10T10:00:00Z"),
            answers("Sam", "Alex", "2026-01-10T11:00:00Z")
        );
        for text in [
            answers("Alex", "Sam", "2026-01-10T10:00:00Z"),
            bom_pair,
            String::new(),
            "[]".to_owned(),
            "{\"respondent\": 1}".to_owned(),
        ] {
            let full = answers::parse_file("f", text.as_bytes());
            let first = answers::parse_file_unplaced("f", text.as_bytes());
            match (full, first) {
                (Ok(mut full), Ok(first)) => {
                    assert!(full.iter().all(|s| !s.positions.is_empty()));
                    for s in &mut full {
                        s.positions.clear();
                    }
                    assert_eq!(full, first);
                }
                (Err(a), Err(b)) => assert_eq!(a, b),
                other => panic!("{other:?}"),
            }
        }
    }
}
