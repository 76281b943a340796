//! `powerbalance history`: saved answers from several sittings in, change over time out.
//!
//! The edge: finds and reads the files, checks that they are one questionnaire and the same
//! people, resolves each file's questionnaire version, groups the files into sittings
//! ([`sittings::group_spilled`]), scores each sitting with the scoring engine, and pushes the scored
//! sittings in time order into the pure [`history::Builder`].
//!
//! Memory: flat, however many files. A file's answers are not held between reading it and
//! scoring its sitting. Each file is read once for what the grouping and the checks need
//! (its path, time, names, ids and version, kept as numbers, and a hash of its bytes), and
//! read again when its sitting is scored, in time order; it must be the same bytes, or it is
//! refused by name. Only a pipe (or standard input), which cannot be read twice, is held as
//! read. What is kept of the files goes on [`Tape`]s (in memory while it is little, past
//! that in unnamed temporary files), which are put in order by merging sorted runs: a
//! folder's names, the files by time, the sittings; a file listed twice is told by sorting
//! the files by which file they are. Each sitting is scored, pushed, and dropped: the
//! history keeps a number a person, measure and sitting, in a temporary file past a few
//! thousand sittings. JSON and CSV are written to standard output as they are made. Errors
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
use crate::history::tape::{self, Bits, Fields, Record, Tape};
use crate::history::{self, HistoryNote, Sitting, sittings, write_history};
use crate::output::Sink;
use crate::questionnaire::{Bundled, Questionnaire};
use crate::scoring::{Options, Prepared};
use crate::settings::{Colors, Languages, ReportTo, Writes};
use crate::ui;

/// How many folder levels below a given folder are searched: enough for a folder of
/// couples' folders of session folders, not a whole disk.
const MAX_DEPTH: usize = 4;

/// The most answers files one history reads: a couple's million sittings.
const MAX_FILES: usize = 2_000_000;

/// One answers file as held between reading it and scoring its sitting: its path and a few
/// numbers, on a [`Tape`] (in memory while they are few, past that in a temporary file). Its
/// answers are not held: the file is read again when its sitting is scored, in time order,
/// and must be the bytes it was ([`Found::hash`]). Its names and versions are numbers into
/// [`Words`].
struct Found {
    /// Which of the files listed (its place in [`Listing::paths`]).
    index: u32,
    /// The file as listed: its path, how it was given, its folder.
    listed: Listed,
    /// How many answer sets (one or two), and each one's questionnaire id and trimmed names.
    count: u8,
    sets: [SetIds; 2],
    /// The version the file names (`None` as a word of its own).
    version: u32,
    at: i64,
    /// [`hash_of`] the file and its bytes, as first read (0 for a pipe's, which are held).
    hash: u64,
    /// How many bytes it had, as first read.
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

    /// The file's name as messages write it ([`shown`]).
    fn name(&self) -> String {
        shown(&self.listed.path())
    }
}

impl Record for Found {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.index.to_le_bytes());
        out.push(self.count);
        for s in &self.sets {
            for n in [s.questionnaire, s.respondent, s.partner] {
                out.extend_from_slice(&n.to_le_bytes());
            }
        }
        out.extend_from_slice(&self.version.to_le_bytes());
        out.extend_from_slice(&self.at.to_le_bytes());
        out.extend_from_slice(&self.hash.to_le_bytes());
        out.extend_from_slice(&self.len.to_le_bytes());
        self.listed.put(out);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let index = f.u32()?;
        let count = f.u8()?;
        let mut sets = [SetIds::default(); 2];
        for s in &mut sets {
            *s = SetIds {
                questionnaire: f.u32()?,
                respondent: f.u32()?,
                partner: f.u32()?,
            };
        }
        let (version, at, hash, len) = (f.u32()?, f.i64()?, f.u64()?, f.u32()?);
        Some(Found {
            index,
            listed: Listed::take(f.0)?,
            count,
            sets,
            version,
            at,
            hash,
            len,
        })
    }
}

/// The few distinct texts of many files (ids, versions, names), each held once and
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

    /// A word that is never `None` (a name).
    fn text(&self, id: u32) -> &str {
        self.get(id).unwrap_or_default()
    }
}

/// A file found: its path (as the system has it, so one that is not UTF-8 is kept as it is),
/// how it was given, and its folder.
struct Listed {
    path: Vec<u8>,
    /// [`NAMED`] on the command line; [`REGULAR`], a regular file, to be read again.
    flags: u8,
    /// Its folder as a number: the folder's device and inode (two files of one folder, the
    /// same number however the folder was written); one of its own for a pipe or standard
    /// input, which are in no folder.
    folder: u128,
}

const NAMED: u8 = 1;
const REGULAR: u8 = 2;

impl Listed {
    fn path(&self) -> PathBuf {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(&self.path))
    }

    fn named(&self) -> bool {
        self.flags & NAMED != 0
    }

    fn regular(&self) -> bool {
        self.flags & REGULAR != 0
    }
}

impl Record for Listed {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(self.flags);
        out.extend_from_slice(&self.folder.to_le_bytes());
        tape::put_bytes(out, &self.path);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let flags = f.u8()?;
        let folder = u128::from_le_bytes(f.bytes(16)?.try_into().ok()?);
        let path = f.sized()?;
        f.done().then_some(Listed {
            path,
            flags,
            folder,
        })
    }
}

/// Which file a listed one is (its device and inode; standard input a pair no file has),
/// and its place in the listing: a file listed twice is read once.
struct Which(u64, u64, u32);

impl Record for Which {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
        out.extend_from_slice(&self.1.to_le_bytes());
        out.extend_from_slice(&self.2.to_le_bytes());
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let which = Which(f.u64()?, f.u64()?, f.u32()?);
        f.done().then_some(which)
    }
}

/// The files found, in the order found, and which file each is.
struct Listing {
    paths: Tape,
    which: Tape,
    sizes: tape::Sizes,
}

impl Listing {
    fn new(sizes: tape::Sizes) -> Self {
        Listing {
            paths: sizes.tape(),
            which: sizes.tape(),
            sizes,
        }
    }

    fn push(
        &mut self,
        path: &Path,
        flags: u8,
        which: Option<(u64, u64)>,
        folder: u128,
    ) -> Result<(), Error> {
        use std::os::unix::ffi::OsStrExt;
        let i = sittings::index(self.paths.len());
        if let Some((dev, ino)) = which {
            self.which.push(&Which(dev, ino, i)).map_err(kept)?;
        }
        let listed = Listed {
            path: path.as_os_str().as_bytes().to_vec(),
            flags,
            folder,
        };
        self.paths.push(&listed).map_err(kept)
    }

    fn len(&self) -> usize {
        self.paths.len()
    }

    /// The files listed after another listing of the same file (by its name and in a
    /// folder, or as two hard links, which one folder can hold): they count once, as the
    /// first.
    fn seal(&mut self) -> Result<Bits, Error> {
        self.paths.seal().map_err(kept)?;
        self.which.seal().map_err(kept)?;
        let by_file = self
            .sizes
            .sort(&self.which, |a: &Which, b: &Which| {
                (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2))
            })
            .map_err(kept)?;
        self.which = self.sizes.tape();
        let mut again = Bits::new(self.paths.len());
        let mut reader = by_file.reader();
        let mut last = None;
        while let Some(Which(dev, ino, i)) = reader.next::<Which>().map_err(kept)? {
            if last == Some((dev, ino)) {
                again.set(i as usize);
            }
            last = Some((dev, ino));
        }
        Ok(again)
    }
}

/// A name in a folder, as a tape holds it to sort a folder's names.
struct Name(Vec<u8>);

impl Record for Name {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        Some(Name(bytes.to_vec()))
    }
}

/// A folder as a number for [`Listed::folder`].
fn folder_of(meta: &std::fs::Metadata) -> u128 {
    use std::os::unix::fs::MetadataExt;
    (u128::from(meta.dev()) << 64) | u128::from(meta.ino())
}

/// A folder of its own, for the `i`th file listed (a pipe): no folder's device is all ones.
fn no_folder(i: usize) -> u128 {
    (u128::from(u64::MAX) << 64) | i as u128
}

/// The error of what is kept of the files found, in memory or (for many) in a temporary
/// file, when it cannot be written or read back.
fn kept(e: std::io::Error) -> Error {
    anyhow::Error::new(e)
        .context(ui!("history-error-keeping-files"))
        .into()
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
    history_holding(args, colors, langs, tape::Sizes::default())
}

/// [`history`], holding what `sizes` says of its files and sittings in memory.
fn history_holding(
    args: &HistoryArgs,
    colors: Colors,
    langs: &Languages,
    sizes: tape::Sizes,
) -> Result<u8, Error> {
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
    let mut listing = Listing::new(sizes);
    for (path, named) in &candidates {
        collect(path, *named, 0, MAX_FILES, &mut listing)?;
    }
    let again = listing.seal()?;

    let mut words = Words::default();
    let mut found = sizes.tape();
    // The bytes of files that cannot be read twice (a pipe), as read, by their place in the
    // listing.
    let mut held: Vec<(u32, Vec<u8>)> = Vec::new();
    let mut unfinished: Vec<String> = Vec::new();
    let mut other_questionnaires: Vec<String> = Vec::new();
    // Whether answers were passed over for being other people's than `--people`'s.
    let mut other_people = false;
    let mut listed = listing.paths.reader();
    let mut next = 0;
    while let Some(file) = listed.next::<Listed>().map_err(kept)? {
        let i = next;
        next += 1;
        if again.get(i) {
            continue;
        }
        let path = file.path();
        let named = file.named();
        let (name, bytes, hash) = if file.regular() {
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
        let index = sittings::index(i);
        let regular = file.regular();
        found
            .push(&Found {
                index,
                listed: file,
                count: if sets.len() == 2 { 2 } else { 1 },
                sets: ids,
                version: words.id(sets[0].version.as_deref()),
                at,
                hash,
                // At most `MAX_ANSWERS_BYTES`, 16 MiB.
                len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
            })
            .map_err(kept)?;
        if !regular {
            held.push((index, bytes));
        }
    }
    drop(listed);
    drop(listing);
    found.seal().map_err(kept)?;
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
    // In time order, files finished at the same time in the order of their names.
    let found = {
        let sorted = sizes.sort(&found, |a: &Found, b: &Found| {
            a.at.cmp(&b.at).then_with(|| a.name().cmp(&b.name()))
        });
        drop(found);
        sorted.map_err(kept)?
    };
    let (first, one_person) = check_same(&found, &words)?;
    if let Some(id) = words.get(first.sets[0].questionnaire)
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
    // loaded of its id. Files of the same id and version have the same one, looked up once.
    let mut raw: Vec<Questionnaire> = Vec::new();
    let mut version_of: std::collections::HashMap<(u32, u32), usize> = Default::default();
    let key = |f: &Found| (f.sets[0].questionnaire, f.version);
    {
        let mut reader = found.reader();
        while let Some(f) = reader.next::<Found>().map_err(kept)? {
            if let std::collections::hash_map::Entry::Vacant(slot) = version_of.entry(key(&f)) {
                let file = File {
                    questionnaire: words.get(f.sets[0].questionnaire),
                    version: words.get(f.version),
                    name: &f.name(),
                };
                slot.insert(resolve(&file, &given, &mut raw)?);
            }
        }
    }
    let version = |f: &Found| version_of[&key(f)];
    // For a human format in another language, each version's bundled translation (the same
    // ids, numbers and sha256, so the same scores), so its title and names are in it too.
    // The answers were checked against, and are scored with, the questionnaire as loaded.
    let loaded: Vec<Questionnaire> = raw
        .iter()
        .map(|q| in_report_lang(q.clone(), &to))
        .collect::<Result<_, _>>()?;
    let prepared: Vec<Prepared> = raw.iter().map(Prepared::new).collect();

    let sittings = in_sittings(found, sizes).map_err(kept)?;
    if sittings.count < 2 {
        // One sitting: its one or two files.
        let names: Vec<String> = match sittings.reader().next().map_err(kept)? {
            Some(files) => files.iter().map(Found::name).collect(),
            None => Vec::new(),
        };
        return Err(Error::Usage(ui!(
            "history-error-one-sitting",
            files = names.join(", ")
        )));
    }
    let first_person = first.sets[0].respondent;
    // The questionnaire a sitting is scored on is its first file's: each sitting's, in time
    // order, for the history to know which it compares.
    let mut uses = history::Uses::default();
    let mut read = sittings.reader();
    while let Some(files) = read.next().map_err(kept)? {
        uses.push(version(&files[0]));
    }
    // Each sitting is scored and pushed in turn, and only what the history shows of it is
    // kept (private results only where the history may show them).
    let mut builder = history::Builder::of_uses(
        uses.of(&loaded),
        args.show_private,
        args.show_private || one_person,
        sizes,
    );
    let mut read = sittings.reader();
    while let Some(files) = read.next().map_err(kept)? {
        let v = version(&files[0]);
        let q = &loaded[v];
        if let Some(other) = files.iter().find(|f| version(f) != v) {
            return Err(AnswersError::new(
                &other.name(),
                ui!(
                    "history-error-mixed-versions",
                    version = loaded[version(other)].version.clone(),
                    id = q.id.clone(),
                    other = files[0].name(),
                    other_version = q.version.clone()
                ),
            )
            .into());
        }
        let (pair, completed) = pair_of(&files, first_person, &raw[v], &mut held)?;
        let report = prepared[v].score(&raw[v], &pair, Options { show_private: true });
        builder.push(&Sitting {
            scores: report.into(),
            completed,
            // As the user gave them (`-` for standard input, as batch reports' `source`).
            sources: files
                .iter()
                .map(|f| f.listed.path().display().to_string())
                .collect(),
        });
    }
    drop(read);
    drop(sittings);
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

/// The answers of one sitting (`files`, in the order they joined it) as the pair to score,
/// the same person (`first_person`) first wherever they answered, made by
/// [`answers::pair_of`] (the first fault of the first set, then of the second, then names
/// that do not pair). Each file is read again, must be the file and bytes it was, and is
/// checked against `q`, its questionnaire; a pipe's bytes are taken out of `held` (each file
/// is in one sitting). Also the sitting's time, as its last file gives it.
fn pair_of(
    files: &[Found],
    first_person: u32,
    q: &Questionnaire,
    held: &mut [(u32, Vec<u8>)],
) -> Result<(Pair, String), Error> {
    // Each set with its file, and whether it is of the other person (who comes second).
    let mut sets: Vec<(bool, (String, AnswerSet))> = Vec::with_capacity(2);
    let mut last: Option<(i64, String)> = None;
    for f in files {
        let (name, bytes) = match held.binary_search_by_key(&f.index, |(k, _)| *k) {
            // As read: a pipe's bytes cannot have changed.
            Ok(k) => (f.name(), std::mem::take(&mut held[k].1)),
            Err(_) => {
                let (name, bytes, hash) = read_regular(&f.listed.path(), Some(f.len))?;
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

/// A file as [`in_sittings`] keeps it: its place in its sitting, and it.
struct Placed(sittings::Member, Found);

impl Record for Placed {
    fn put(&self, out: &mut Vec<u8>) {
        let mut member = Vec::new();
        self.0.put(&mut member);
        tape::put_bytes(out, &member);
        self.1.put(out);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let member = sittings::Member::take(&f.sized()?)?;
        Some(Placed(member, Found::take(f.0)?))
    }
}

/// The files grouped into sittings ([`sittings::group_spilled`]), each with its files, in
/// time order.
struct InSittings {
    /// Every file, by its sitting's order and then its place in it.
    files: Tape,
    count: usize,
}

/// The files of `found` (in time order) in sittings.
fn in_sittings(found: Tape, sizes: tape::Sizes) -> std::io::Result<InSittings> {
    let mut entries = sizes.tape();
    let mut reader = found.reader();
    while let Some(f) = reader.next::<Found>()? {
        let people = match f.sets() {
            [one] => sittings::People::One(one.respondent, one.partner),
            _ => sittings::People::Both,
        };
        entries.push(&sittings::Entry {
            folder: f.listed.folder,
            people,
            at: f.at,
        })?;
    }
    entries.seal()?;
    let mut members = sizes.tape();
    let count = sittings::group_spilled(&entries, &mut members, sizes)?;
    drop(entries);
    // Each file beside its place: the places in the files' order, which is the tape's.
    let by_file = sizes.sort(&members, |a: &sittings::Member, b: &sittings::Member| {
        a.entry.cmp(&b.entry)
    })?;
    drop(members);
    let mut placed = sizes.tape();
    let (mut files, mut places) = (found.reader(), by_file.reader());
    loop {
        match (files.next::<Found>()?, places.next::<sittings::Member>()?) {
            (Some(f), Some(m)) => placed.push(&Placed(m, f))?,
            (None, None) => break,
            // Every file is in one sitting: anything else is a tape not read back as written.
            _ => return Err(std::io::ErrorKind::InvalidData.into()),
        }
    }
    placed.seal()?;
    drop((files, places));
    drop((by_file, found));
    let files = sizes.sort(&placed, |a: &Placed, b: &Placed| {
        a.0.order().cmp(&b.0.order())
    });
    drop(placed);
    Ok(InSittings {
        files: files?,
        count,
    })
}

impl InSittings {
    fn reader(&self) -> SittingReader<'_> {
        SittingReader {
            reader: self.files.reader(),
            next: None,
        }
    }
}

/// Reads [`InSittings`] a sitting at a time.
struct SittingReader<'a> {
    reader: tape::Reader<'a>,
    /// The first file of the next sitting, once read.
    next: Option<Placed>,
}

impl SittingReader<'_> {
    /// The next sitting's files, in the order they joined it.
    fn next(&mut self) -> std::io::Result<Option<Vec<Found>>> {
        let Some(first) = self
            .next
            .take()
            .map_or_else(|| self.reader.next::<Placed>(), |p| Ok(Some(p)))?
        else {
            return Ok(None);
        };
        let sitting = (first.0.when, first.0.first);
        let mut files = vec![first.1];
        while let Some(p) = self.reader.next::<Placed>()? {
            if (p.0.when, p.0.first) != sitting {
                self.next = Some(p);
                break;
            }
            files.push(p.1);
        }
        Ok(Some(files))
    }
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
    files: &mut Listing,
) -> Result<(), Error> {
    use std::os::unix::fs::MetadataExt;
    let shown = path.display();
    let named_flag = if named { NAMED } else { 0 };
    // Standard input, as every command takes `-`: read once and held, as a pipe is.
    if path == Path::new("-") {
        let folder = no_folder(files.len());
        return files.push(path, named_flag, Some((u64::MAX, u64::MAX)), folder);
    }
    let meta = std::fs::metadata(path)
        .with_context(|| ui!("history-error-reading", path = shown.to_string()))?;
    if !meta.is_dir() {
        // A pipe or a device is read once and held; a file is read again.
        let folder = match path.parent() {
            _ if !meta.is_file() => None,
            Some(p) if p != Path::new("") => std::fs::metadata(p).ok(),
            _ => std::fs::metadata(".").ok(),
        };
        let folder = folder.map_or_else(|| no_folder(files.len()), |m| folder_of(&m));
        return files.push(
            path,
            named_flag | if meta.is_file() { REGULAR } else { 0 },
            Some((meta.dev(), meta.ino())),
            folder,
        );
    }
    let folder = folder_of(&meta);
    // The folder's names in order (on a tape: a folder may hold a great many).
    let reading = || ui!("history-error-reading-folder", path = shown.to_string());
    let mut names = files.sizes.tape();
    for entry in std::fs::read_dir(path).with_context(reading)? {
        use std::os::unix::ffi::OsStrExt;
        let name = entry.with_context(reading)?.file_name();
        names.push(&Name(name.as_bytes().to_vec())).map_err(kept)?;
    }
    names.seal().map_err(kept)?;
    let sorted = files.sizes.sort(&names, |a: &Name, b: &Name| a.0.cmp(&b.0));
    drop(names);
    let names = sorted.map_err(kept)?;
    let mut reader = names.reader();
    while let Some(Name(name)) = reader.next::<Name>().map_err(kept)? {
        use std::os::unix::ffi::OsStrExt;
        let p = path.join(std::ffi::OsStr::from_bytes(&name));
        let meta = std::fs::symlink_metadata(&p)
            .with_context(|| ui!("history-error-reading", path = p.display().to_string()))?;
        let kind = meta.file_type();
        let is_json = p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if kind.is_file() && is_json {
            files.push(&p, REGULAR, Some((meta.dev(), meta.ino())), folder)?;
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

/// Every file (of `found`, in time order) must be of one questionnaire id and the same two
/// people. Gives the first file, and whether they are one person's answers alone.
fn check_same(found: &Tape, words: &Words) -> Result<(Found, bool), Error> {
    let mut reader = found.reader();
    let first = reader
        .next::<Found>()
        .map_err(kept)?
        .ok_or_else(|| kept(std::io::ErrorKind::UnexpectedEof.into()))?;
    let first_set = first.sets[0];
    let pair = |s: &SetIds| {
        let mut p = [words.text(s.respondent), words.text(s.partner)];
        p.sort_unstable();
        p
    };
    let people = pair(&first_set);
    let mut one_person = true;
    let mut check = |f: &Found| -> Result<(), Error> {
        for s in f.sets() {
            one_person &= s.respondent == first_set.respondent;
            if s.questionnaire != first_set.questionnaire {
                return Err(AnswersError::new(
                    &f.name(),
                    ui!(
                        "history-error-other-questionnaire",
                        id = named_or_none(words.get(s.questionnaire)),
                        file = first.name(),
                        other = named_or_none(words.get(first_set.questionnaire))
                    ),
                )
                .into());
            }
            if pair(s) != people {
                return Err(AnswersError::new(
                    &f.name(),
                    ui!(
                        "history-error-other-people",
                        respondent = words.text(s.respondent).to_owned(),
                        partner = words.text(s.partner).to_owned(),
                        file = first.name(),
                        other_respondent = words.text(first_set.respondent).to_owned(),
                        other_partner = words.text(first_set.partner).to_owned()
                    ),
                )
                .into());
            }
        }
        Ok(())
    };
    check(&first)?;
    while let Some(f) = reader.next::<Found>().map_err(kept)? {
        check(&f)?;
    }
    Ok((first, one_person))
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

    /// Sizes that put everything in temporary files, and sort three records at a time.
    const SMALL: tape::Sizes = tape::Sizes {
        run: 3,
        hold: 0,
        scores_past: 0,
    };

    /// Sizes that hold everything in memory.
    const LARGE: tape::Sizes = tape::Sizes {
        run: usize::MAX,
        hold: usize::MAX,
        scores_past: usize::MAX,
    };

    #[test]
    fn a_history_held_in_temporary_files_is_the_history_held_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let mut rng = fastrand::Rng::with_seed(5);
        let day = 86_400;
        let time = |t: i64| {
            humantime::format_rfc3339_seconds(
                std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_767_000_000 + t as u64),
            )
            .to_string()
        };
        let mut named = Vec::new();
        for k in 0..90 {
            let at = rng.i64(0..40) * day / 2 + rng.i64(0..3) * 3600;
            let (who, other) = if rng.bool() {
                ("Alex", "Sam")
            } else {
                ("Sam", "Alex")
            };
            let (folder, text) = match k % 9 {
                // Session folders of two (the second half days later), and folders of three.
                0 => (format!("s{k}"), answers(who, other, &time(at))),
                1 => (
                    format!("s{}", k - 1),
                    answers(other, who, &time(at + 3 * day)),
                ),
                2..=4 => (format!("t{}", k / 9), answers(who, other, &time(at))),
                // A couple's file: both answers in one.
                5 => (
                    String::new(),
                    format!(
                        "[{}, {}]",
                        answers("Alex", "Sam", &time(at)),
                        answers("Sam", "Alex", &time(at + 60))
                    ),
                ),
                // Files finished at the same moment, told apart by name.
                6 => (String::new(), answers(who, other, &time(0))),
                _ => (String::new(), answers(who, other, &time(at))),
            };
            let folder = root.join("all").join(folder);
            std::fs::create_dir_all(&folder).unwrap();
            let path = folder.join(format!("{:03}.json", 997 * k % 1000));
            std::fs::write(&path, text).unwrap();
            if k % 17 == 0 {
                named.push(path.display().to_string());
            }
        }
        // A file twice over: a hard link to one of them, and files named besides their folder.
        std::fs::hard_link(&named[0], root.join("all").join("linked.json")).unwrap();
        let colors = Colors {
            stdout: false,
            stderr: false,
            prompts: false,
        };
        let langs = Languages::decide(None, false).unwrap();
        for format in ["json", "csv", "markdown"] {
            let out = |sizes: tape::Sizes, name: &str| {
                let path = root.join(format!("{name}.{format}"));
                let mut words: Vec<String> = named.clone();
                words.push(root.join("all").display().to_string());
                for w in [
                    "-q",
                    "tests/fixtures/history/tiny-1.toml",
                    "-f",
                    format,
                    "-o",
                ] {
                    words.push(w.to_owned());
                }
                words.push(path.display().to_string());
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                let super::super::Command::History(args) = super::super::parsed("history", &words)
                else {
                    unreachable!()
                };
                history_holding(&args, colors, &langs, sizes).unwrap();
                std::fs::read_to_string(path).unwrap()
            };
            let (small, large) = (out(SMALL, "small"), out(LARGE, "large"));
            assert_eq!(small, large, "{format}");
            // Many sittings, not one: the files were found and grouped.
            assert!(large.matches("tiny").count() > 40, "{format}: {large}");
        }
    }

    #[test]
    fn a_folder_of_more_files_than_the_limit_is_refused_and_one_of_as_many_is_not() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..4 {
            std::fs::write(dir.path().join(format!("{i}.json")), "{}").unwrap();
        }
        // Other files do not count.
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let mut files = Listing::new(SMALL);
        collect(dir.path(), false, 0, 4, &mut files).unwrap();
        assert_eq!(files.len(), 4);
        let again = files.seal().unwrap();
        let listed = listed(&files);
        assert!(listed.iter().all(|f| f.regular() && !f.named()));
        // One folder, and no file listed twice.
        assert!(listed.iter().all(|f| f.folder == listed[0].folder));
        assert!((0..4).all(|i| !again.get(i)));
        let mut files = Listing::new(SMALL);
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
            "reading the history's scores and sittings back from the temporary files they \
             were kept in: the file ended sooner than expected"
        );
    }

    /// Every file of a listing, in order.
    fn listed(files: &Listing) -> Vec<Listed> {
        files.paths.records().unwrap()
    }

    #[test]
    fn paths_and_words_come_back_as_pushed() {
        use std::os::unix::ffi::OsStrExt;
        let odd = Path::new(std::ffi::OsStr::from_bytes(b"x\xff.json"));
        let mut files = Listing::new(SMALL);
        files
            .push(Path::new("a/b.json"), NAMED | REGULAR, Some((1, 2)), 7)
            .unwrap();
        files.push(Path::new(""), 0, None, no_folder(1)).unwrap();
        files
            .push(Path::new("c.json"), REGULAR, Some((1, 3)), 7)
            .unwrap();
        files.push(odd, REGULAR, Some((1, 2)), 8).unwrap();
        let again = files.seal().unwrap();
        let listed = listed(&files);
        assert_eq!(listed[0].path(), Path::new("a/b.json"));
        assert_eq!(listed[1].path(), Path::new(""));
        assert_eq!(listed[2].path(), Path::new("c.json"));
        assert_eq!(listed[3].path(), odd);
        assert!(listed[0].named() && listed[0].regular());
        assert!(!listed[1].named() && !listed[1].regular());
        assert_eq!(
            listed.iter().map(|f| f.folder).collect::<Vec<_>>(),
            [7, no_folder(1), 7, 8]
        );
        // The fourth is the first file again (its device and inode): it counts once.
        assert_eq!((0..4).filter(|&i| again.get(i)).collect::<Vec<_>>(), [3]);
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
        let mut words = Words::default();
        let (alex, sam) = (words.id(Some("Alex")), words.id(Some("Sam")));
        let ids = SetIds {
            questionnaire: words.id(Some("tiny")),
            respondent: alex,
            partner: sam,
        };
        use std::os::unix::ffi::OsStrExt;
        let found = [Found {
            index: 0,
            listed: Listed {
                path: path.as_os_str().as_bytes().to_vec(),
                flags: REGULAR,
                folder: 0,
            },
            count: 1,
            sets: [ids, SetIds::default()],
            version: words.id(None),
            at: 0,
            hash: hash_of(&std::fs::metadata(&path).unwrap(), bytes.as_bytes()),
            len: u32::try_from(bytes.len()).unwrap(),
        }];
        // As a tape keeps it, and reads it back.
        let mut kept = Vec::new();
        found[0].put(&mut kept);
        let again = Found::take(&kept).unwrap();
        assert_eq!(
            (again.listed.path(), again.hash, again.len),
            (path.clone(), found[0].hash, found[0].len)
        );
        let q = load_questionnaire("tests/fixtures/history/tiny-1.toml").unwrap();
        // As first read: scored, its time as written.
        let (pair, completed) = pair_of(&found, alex, &q, &mut []).unwrap();
        assert_eq!(completed, "2026-01-10T10:00:00Z");
        let set = &answers::parse_file("a", bytes.as_bytes()).unwrap()[0];
        assert_eq!(pair, Pair::single(set.check(&q, "a").unwrap()));
        // Changed since: refused, by name, as bad answers are.
        std::fs::write(&path, answers("Alex", "Sam", "2026-01-10T10:00:01Z")).unwrap();
        match pair_of(&found, alex, &q, &mut []) {
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
        assert!(pair_of(&found, alex, &q, &mut held).is_ok());
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
