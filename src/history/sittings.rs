//! Which saved answers belong to one sitting, and when a sitting was (SPEC §9).
//!
//! A sitting is one time the questionnaire was answered: both people's answers of a
//! `session`, or one person's `take`. Answers are put together into one sitting when
//! - they are the two answers of one file (an array of two), or
//! - they are the only two answers files of a folder and the two people's answers about
//!   each other (a `session` folder, however far apart the two finished), or
//! - else, taken in time order, they are the two people's answers about each other and were
//!   completed within [`WINDOW`] of each other.
//!
//! Everything else is a sitting of its own. Sittings are ordered by their `completed` time,
//! the latest of their answers': the sitting ended when its last answers were finished.

use std::io;
use std::time::UNIX_EPOCH;

use super::tape::{Bits, Fields, Record, Sizes, Tape};

/// How far apart two people's answers may be finished and still count as one sitting, when
/// they are not in one folder of their own: a day.
pub const WINDOW: i64 = 24 * 60 * 60;

/// One answers file as the grouping sees it: a few numbers, so that a history of many files
/// holds little for it (names are numbered by the caller, equal text the same; a folder is
/// its device and inode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The folder it was in, as a number (session folders pair their two files).
    pub folder: u128,
    /// Who answered.
    pub people: People,
    /// When it was completed: seconds since 1970 (UTC).
    pub at: i64,
}

/// Who answered a file, their names as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum People {
    /// One answer set: who answered, about whom.
    One(u32, u32),
    /// A couple's file: both answer sets.
    Both,
}

/// One sitting: one entry or two, as indices into the entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Group {
    files: [u32; 2],
    len: u8,
}

impl Group {
    fn one(i: usize) -> Self {
        Group {
            files: [index(i), 0],
            len: 1,
        }
    }

    fn two(a: usize, b: usize) -> Self {
        Group {
            files: [index(a), index(b)],
            len: 2,
        }
    }

    /// Its entries, in the order they joined it.
    pub fn files(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.files[..usize::from(self.len)]
            .iter()
            .map(|&i| i as usize)
    }

    /// Its first entry.
    #[cfg(test)]
    fn first(&self) -> usize {
        self.files[0] as usize
    }
}

/// An index as a history holds it, in a `u32`: an entry's in a group, a file's or a word's
/// (`commands/history.rs`): a history reads far fewer files than a `u32` counts (its
/// `MAX_FILES`).
pub fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// A folder's entries (each with its index) as one sitting, with its end: when they are its
/// only two and the two halves of one.
fn session_folder(run: &[(usize, Entry)]) -> Option<(i64, Group)> {
    match run {
        [(a, x), (b, y)] if halves(x, y) => Some((x.at.max(y.at), Group::two(*a, *b))),
        _ => None,
    }
}

/// The entries not in a session folder, taken in time order: each may complete the sitting
/// of one answer just before it, when it is the other half, within [`WINDOW`].
#[derive(Default)]
struct Pairing {
    /// The last sitting, while it is one answer that the next may complete.
    open: Option<(usize, Entry)>,
}

impl Pairing {
    /// Takes entry `i`; gives each sitting that is complete, with its end (the latest of its
    /// entries' times).
    fn next(&mut self, i: usize, entry: &Entry, mut give: impl FnMut((i64, Group))) {
        if let Some((first, e)) = self.open.take() {
            if halves(&e, entry) && entry.at - e.at <= WINDOW {
                give((e.at.max(entry.at), Group::two(first, i)));
                return;
            }
            give((e.at, Group::one(first)));
        }
        match entry.people {
            People::One(..) => self.open = Some((i, *entry)),
            People::Both => give((entry.at, Group::one(i))),
        }
    }

    /// Gives the last sitting, if it is still open.
    fn finish(&mut self, mut give: impl FnMut((i64, Group))) {
        if let Some((first, e)) = self.open.take() {
            give((e.at, Group::one(first)));
        }
    }
}

/// One entry's place in its sitting, as [`group_spilled`] gives it: the sitting's end (the
/// latest of its entries' times) and first entry, by which sittings are ordered, and which of
/// its entries this is (0 or 1, in the order they joined it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub entry: u32,
    pub when: i64,
    pub first: u32,
    pub slot: u8,
}

impl Member {
    /// The sitting's order: by its end, then its first entry; its entries in turn.
    pub fn order(&self) -> (i64, u32, u8) {
        (self.when, self.first, self.slot)
    }
}

impl Record for Member {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.entry.to_le_bytes());
        out.extend_from_slice(&self.when.to_le_bytes());
        out.extend_from_slice(&self.first.to_le_bytes());
        out.push(self.slot);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let m = Member {
            entry: f.u32()?,
            when: f.i64()?,
            first: f.u32()?,
            slot: f.u8()?,
        };
        f.done().then_some(m)
    }
}

impl Record for Entry {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.folder.to_le_bytes());
        let (kind, a, b) = match self.people {
            People::One(a, b) => (1, a, b),
            People::Both => (2, 0, 0),
        };
        out.push(kind);
        out.extend_from_slice(&a.to_le_bytes());
        out.extend_from_slice(&b.to_le_bytes());
        out.extend_from_slice(&self.at.to_le_bytes());
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let mut f = Fields(bytes);
        let folder = u128::from_le_bytes(f.bytes(16)?.try_into().ok()?);
        let (kind, a, b) = (f.u8()?, f.u32()?, f.u32()?);
        let people = match kind {
            1 => People::One(a, b),
            2 => People::Both,
            _ => return None,
        };
        let e = Entry {
            folder,
            people,
            at: f.i64()?,
        };
        f.done().then_some(e)
    }
}

/// An entry and its index, as a tape holds them to be sorted by folder.
struct Indexed(u32, Entry);

impl Record for Indexed {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
        self.1.put(out);
    }

    fn take(bytes: &[u8]) -> Option<Self> {
        let (i, rest) = bytes.split_at_checked(4)?;
        Some(Indexed(
            u32::from_le_bytes(i.try_into().ok()?),
            Entry::take(rest)?,
        ))
    }
}

/// The entries, grouped into sittings (as the module says), however many: read from
/// `entries` (a tape of [`Entry`] in time order: an entry's index is its place in it),
/// holding what `sizes` says. Every entry's
/// [`Member`] goes to `members`, in no order; gives how many sittings. It holds a bit an
/// entry, and a run.
pub fn group_spilled(entries: &Tape, members: &mut Tape, sizes: Sizes) -> io::Result<usize> {
    let mut indexed = sizes.tape();
    let mut reader = entries.reader();
    let mut n = 0;
    while let Some(e) = reader.next::<Entry>()? {
        indexed.push(&Indexed(index(n), e))?;
        n += 1;
    }
    indexed.seal()?;
    let by_folder = sizes.sort(&indexed, |a: &Indexed, b: &Indexed| {
        (a.1.folder, a.0).cmp(&(b.1.folder, b.0))
    })?;
    drop(indexed);
    let mut sittings = 0;
    let mut placed = Bits::new(n);
    let mut give = |(when, g): (i64, Group), placed: &mut Bits| -> io::Result<()> {
        sittings += 1;
        for (slot, entry) in g.files().enumerate() {
            placed.set(entry);
            members.push(&Member {
                entry: index(entry),
                when,
                first: g.files[0],
                slot: slot as u8,
            })?;
        }
        Ok(())
    };
    // Each folder's entries: up to three, as many as tell a run of two from a longer one.
    let mut reader = by_folder.reader();
    let mut run: Vec<(usize, Entry)> = Vec::with_capacity(3);
    let mut folder = None;
    loop {
        let next = reader.next::<Indexed>()?;
        if next.as_ref().map(|Indexed(_, e)| e.folder) != folder {
            if let Some(s) = session_folder(&run) {
                give(s, &mut placed)?;
            }
            run.clear();
        }
        let Some(Indexed(i, e)) = next else { break };
        folder = Some(e.folder);
        if run.len() < 3 {
            run.push((i as usize, e));
        }
    }
    drop(by_folder);
    // The rest in time order, as they are on the tape.
    let mut reader = entries.reader();
    let mut pairing = Pairing::default();
    let mut given: Vec<(i64, Group)> = Vec::with_capacity(2);
    let mut i = 0;
    while let Some(e) = reader.next::<Entry>()? {
        if !placed.get(i) {
            pairing.next(i, &e, |s| given.push(s));
        }
        for s in given.drain(..) {
            give(s, &mut placed)?;
        }
        i += 1;
    }
    pairing.finish(|s| given.push(s));
    for s in given.drain(..) {
        give(s, &mut placed)?;
    }
    members.seal()?;
    Ok(sittings)
}

/// Whether two single answers are the two people's answers about each other.
fn halves(a: &Entry, b: &Entry) -> bool {
    match (a.people, b.people) {
        (People::One(ar, ap), People::One(br, bp)) => ar == bp && ap == br,
        _ => false,
    }
}

/// An RFC 3339 time (`2026-11-22T06:20:00Z`, a fraction and an offset such as `+02:00`
/// allowed) as seconds since 1970 (UTC); `None` for anything else.
pub fn instant(text: &str) -> Option<i64> {
    let text = text.trim();
    if !text.is_ascii() || text.len() < 20 {
        return None;
    }
    let (local, offset) = if let Some(t) = text.strip_suffix(['Z', 'z']) {
        (t, 0)
    } else {
        let (t, zone) = text.split_at(text.len() - 6);
        let z = zone.as_bytes();
        let sign = match z[0] {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        if z[3] != b':' {
            return None;
        }
        let hours: i64 = zone[1..3].parse().ok()?;
        let minutes: i64 = zone[4..6].parse().ok()?;
        if hours > 23 || minutes > 59 {
            return None;
        }
        (t, sign * (hours * 3600 + minutes * 60))
    };
    let time = humantime::parse_rfc3339_weak(local).ok()?;
    let seconds = match time.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok()?,
        Err(e) => -i64::try_from(e.duration().as_secs()).ok()?,
    };
    Some(seconds - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Alex is 0, Sam 1; folders are numbered.
    fn one(folder: u32, who: u32, other: u32, at: i64) -> Entry {
        Entry {
            folder: folder.into(),
            people: People::One(who, other),
            at,
        }
    }

    /// The entries, grouped into sittings, in time order, all in memory: the grouping as it was
    /// before [`group_spilled`] (round ten), kept as it was written to hold that one to.
    fn group(entries: &[Entry]) -> Vec<Group> {
        let mut sittings: Vec<Group> = Vec::new();
        let mut placed = vec![false; entries.len()];
        // Session folders: a folder whose only two files are one sitting's two halves. The
        // entries in folder order, so each folder's are side by side.
        let mut by_folder: Vec<usize> = (0..entries.len()).collect();
        by_folder.sort_by_key(|&i| (entries[i].folder, i));
        for run in by_folder.chunk_by(|&a, &b| entries[a].folder == entries[b].folder) {
            if let [a, b] = run[..]
                && halves(&entries[a], &entries[b])
            {
                sittings.push(Group::two(a, b));
                placed[a] = true;
                placed[b] = true;
            }
        }
        drop(by_folder);
        // The rest in time order; each may complete the sitting just before it.
        let mut rest: Vec<usize> = (0..entries.len()).filter(|&i| !placed[i]).collect();
        drop(placed);
        rest.sort_by_key(|&i| (entries[i].at, i));
        let mut open: Option<usize> = None;
        for i in rest {
            let joins = open.is_some_and(|s: usize| {
                let first = &entries[sittings[s].first()];
                sittings[s].len == 1
                    && halves(first, &entries[i])
                    && (entries[i].at - first.at) <= WINDOW
            });
            match (joins, open) {
                (true, Some(s)) => {
                    sittings[s] = Group::two(sittings[s].first(), i);
                    open = None;
                }
                _ => {
                    sittings.push(Group::one(i));
                    open =
                        matches!(entries[i].people, People::One(..)).then_some(sittings.len() - 1);
                }
            }
        }
        let when = |s: &Group| s.files().map(|i| entries[i].at).max().unwrap_or(0);
        sittings.sort_by_key(|s| (when(s), s.first()));
        sittings
    }

    /// The sittings as lists of entries.
    fn lists(sittings: &[Group]) -> Vec<Vec<usize>> {
        sittings.iter().map(|g| g.files().collect()).collect()
    }

    /// The sittings of entries in time order, as lists of entries: those grouped on tapes
    /// (small ones, in files) are those grouped in memory.
    fn grouped(entries: &[Entry]) -> Vec<Vec<usize>> {
        let want = lists(&group(entries));
        assert_eq!(spilled_lists(entries, 2, 0), want, "{entries:?}");
        want
    }

    #[test]
    fn times_read_with_their_offset() {
        // 2026-01-10T10:20:00Z: 20463 days after 1970-01-01 (56 years, 14 of them leap,
        // 56 · 365 + 14 = 20454, plus 9 days of January) · 86400 + 10:20 (37200 s).
        assert_eq!(
            instant("2026-01-10T10:20:00Z"),
            Some(20_463 * 86_400 + 37_200)
        );
        // The same moment written two hours ahead of UTC, with a fraction (dropped).
        assert_eq!(
            instant("2026-01-10T12:20:00.5+02:00"),
            instant("2026-01-10T10:20:00Z")
        );
        for bad in [
            "",
            "yesterday",
            "2026-01-10T10:20:00",
            "2026-01-10T10:20:00+2",
            "２０２６",
        ] {
            assert_eq!(instant(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_session_folder_is_one_sitting_however_long_it_took() {
        // Alex finished on day 0, Sam three days later, in one session folder; then two
        // loose takes an hour apart, and a third take of Alex's alone a week on.
        let day = 86_400;
        let entries = [
            one(0, 0, 1, 0),
            one(0, 1, 0, 3 * day),
            one(1, 0, 1, 10 * day),
            one(1, 1, 0, 10 * day + 3600),
            one(1, 0, 1, 17 * day),
        ];
        assert_eq!(grouped(&entries), vec![vec![0, 1], vec![2, 3], vec![4]]);
    }

    #[test]
    fn answers_a_day_apart_or_of_one_person_stay_apart() {
        let entries = [
            one(0, 0, 1, 0),
            one(0, 0, 1, 60),
            one(0, 1, 0, 60 + WINDOW + 1),
        ];
        assert_eq!(grouped(&entries), vec![vec![0], vec![1], vec![2]]);
    }

    #[test]
    fn any_text_is_read_or_refused_without_a_panic() {
        let mut rng = fastrand::Rng::with_seed(13);
        let alphabet: Vec<char> = "0123456789-:TZz+.é ".chars().collect();
        for _ in 0..20_000 {
            let len = rng.usize(0..32);
            let text: String = (0..len)
                .map(|_| alphabet[rng.usize(0..alphabet.len())])
                .collect();
            let _ = instant(&text);
        }
        // Near the ends of what humantime reads.
        assert!(instant("9999-12-31T23:59:59Z").is_some());
        // humantime reads no year before 1970; an offset may still take a time below 0.
        assert_eq!(instant("1969-12-31T23:59:59Z"), None);
        assert_eq!(instant("1970-01-01T00:30:00+01:00"), Some(-1800));
    }

    /// `n` entries of Alex and Sam in `folders` folders over `days` days, one in ten a
    /// couple's file, in time order as the history gives them.
    fn random_entries(rng: &mut fastrand::Rng, n: usize, folders: u32, days: i64) -> Vec<Entry> {
        let mut entries: Vec<Entry> = (0..n)
            .map(|_| {
                let who = u32::from(rng.bool());
                let folder = rng.u32(0..folders);
                let at = rng.i64(0..days * 86_400);
                if rng.u8(0..10) == 0 {
                    Entry {
                        folder: folder.into(),
                        people: People::Both,
                        at,
                    }
                } else {
                    one(folder, who, 1 - who, at)
                }
            })
            .collect();
        entries.sort_by_key(|e| e.at);
        entries
    }

    #[test]
    fn every_answer_is_in_exactly_one_sitting_of_at_most_two_in_time_order() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..2_000 {
            let n = rng.usize(1..12);
            let entries = random_entries(&mut rng, n, 4, 10);
            let sittings = grouped(&entries);
            let mut seen: Vec<usize> = sittings.iter().flatten().copied().collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..entries.len()).collect::<Vec<_>>());
            for s in &sittings {
                let people: usize = s
                    .iter()
                    .map(|&i| match entries[i].people {
                        People::One(..) => 1,
                        People::Both => 2,
                    })
                    .sum();
                assert!((1..=2).contains(&people), "{s:?}");
            }
            let ends: Vec<i64> = sittings
                .iter()
                .map(|s| s.iter().map(|&i| entries[i].at).max().unwrap())
                .collect();
            assert!(ends.windows(2).all(|w| w[0] <= w[1]), "{ends:?}");
        }
    }

    /// [`group_spilled`]'s sittings, in order, as lists of entries.
    fn spilled_lists(entries: &[Entry], run: usize, hold: usize) -> Vec<Vec<usize>> {
        let mut tape = Tape::holding(hold);
        for e in entries {
            tape.push(e).unwrap();
        }
        tape.seal().unwrap();
        let mut members = Tape::holding(hold);
        let sizes = Sizes {
            run,
            hold,
            scores_past: 0,
        };
        let count = group_spilled(&tape, &mut members, sizes).unwrap();
        let mut all: Vec<Member> = members.records().unwrap();
        all.sort_by_key(Member::order);
        let lists: Vec<Vec<usize>> = all
            .chunk_by(|a, b| (a.when, a.first) == (b.when, b.first))
            .map(|s| s.iter().map(|m| m.entry as usize).collect())
            .collect();
        assert_eq!(lists.len(), count);
        lists
    }

    #[test]
    fn sittings_grouped_on_tapes_are_the_sittings_grouped_in_memory() {
        let mut rng = fastrand::Rng::with_seed(11);
        for round in 0..600 {
            let n = rng.usize(1..40);
            let entries = random_entries(&mut rng, n, 6, 6);
            let want = grouped(&entries);
            let (run, hold) = [(1, 0), (3, 0), (7, 100), (1000, usize::MAX)][round % 4];
            assert_eq!(spilled_lists(&entries, run, hold), want, "{entries:?}");
        }
    }
}
