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

use std::time::UNIX_EPOCH;

/// How far apart two people's answers may be finished and still count as one sitting, when
/// they are not in one folder of their own: a day.
pub const WINDOW: i64 = 24 * 60 * 60;

/// One answers file as the grouping sees it: a few numbers, so that a history of many files
/// holds little for it (names and folders are numbered by the caller, equal text the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The folder it was in, as a number (session folders pair their two files).
    pub folder: u32,
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
    pub fn first(&self) -> usize {
        self.files[0] as usize
    }
}

/// An index as a history holds it, in a `u32`: an entry's in a group, a file's or a word's
/// (`commands/history.rs`): a history reads far fewer files than a `u32` counts (its
/// `MAX_FILES`).
pub fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The entries, grouped into sittings, in time order.
pub fn group(entries: &[Entry]) -> Vec<Group> {
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
                open = matches!(entries[i].people, People::One(..)).then_some(sittings.len() - 1);
            }
        }
    }
    let when = |s: &Group| s.files().map(|i| entries[i].at).max().unwrap_or(0);
    sittings.sort_by_key(|s| (when(s), s.first()));
    sittings
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
            folder,
            people: People::One(who, other),
            at,
        }
    }

    /// The sittings as lists of entries.
    fn lists(sittings: &[Group]) -> Vec<Vec<usize>> {
        sittings.iter().map(|g| g.files().collect()).collect()
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
        assert_eq!(
            lists(&group(&entries)),
            vec![vec![0, 1], vec![2, 3], vec![4]]
        );
    }

    #[test]
    fn answers_a_day_apart_or_of_one_person_stay_apart() {
        let entries = [
            one(0, 0, 1, 0),
            one(0, 0, 1, 60),
            one(0, 1, 0, 60 + WINDOW + 1),
        ];
        assert_eq!(lists(&group(&entries)), vec![vec![0], vec![1], vec![2]]);
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

    #[test]
    fn every_answer_is_in_exactly_one_sitting_of_at_most_two_in_time_order() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..2_000 {
            let entries: Vec<Entry> = (0..rng.usize(1..12))
                .map(|_| {
                    let who = rng.usize(0..2);
                    let who = u32::from(who == 1);
                    let folder = rng.u32(0..4);
                    if rng.u8(0..10) == 0 {
                        Entry {
                            folder,
                            people: People::Both,
                            at: rng.i64(0..10 * 86_400),
                        }
                    } else {
                        one(folder, who, 1 - who, rng.i64(0..10 * 86_400))
                    }
                })
                .collect();
            let sittings = lists(&group(&entries));
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
}
