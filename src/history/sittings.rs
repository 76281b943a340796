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

use std::collections::HashMap;
use std::time::UNIX_EPOCH;

/// How far apart two people's answers may be finished and still count as one sitting, when
/// they are not in one folder of their own: a day.
pub const WINDOW: i64 = 24 * 60 * 60;

/// One answers file as the grouping sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The folder it was in, as written (session folders pair their two files).
    pub folder: String,
    /// Who answered, each with whom they describe: one set, or two for a couple's file.
    pub people: Vec<(String, String)>,
    /// When it was completed: seconds since 1970 (UTC).
    pub at: i64,
}

/// The entries, grouped into sittings (each a list of indices into `entries`), in time order.
pub fn group(entries: &[Entry]) -> Vec<Vec<usize>> {
    let mut sittings: Vec<Vec<usize>> = Vec::new();
    let mut placed = vec![false; entries.len()];
    // Session folders: a folder whose only two files are one sitting's two halves.
    let mut folders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        folders.entry(e.folder.as_str()).or_default().push(i);
    }
    let mut folder_list: Vec<&Vec<usize>> = folders.values().collect();
    folder_list.sort();
    for members in folder_list {
        if let [a, b] = members[..]
            && halves(&entries[a], &entries[b])
        {
            sittings.push(vec![a, b]);
            placed[a] = true;
            placed[b] = true;
        }
    }
    // The rest in time order; each may complete the sitting just before it.
    let mut rest: Vec<usize> = (0..entries.len()).filter(|&i| !placed[i]).collect();
    rest.sort_by_key(|&i| (entries[i].at, i));
    let mut open: Option<usize> = None;
    for i in rest {
        let joins = open.is_some_and(|s: usize| {
            let [first] = sittings[s][..] else {
                return false;
            };
            halves(&entries[first], &entries[i]) && (entries[i].at - entries[first].at) <= WINDOW
        });
        match (joins, open) {
            (true, Some(s)) => {
                sittings[s].push(i);
                open = None;
            }
            _ => {
                sittings.push(vec![i]);
                open = (entries[i].people.len() == 1).then_some(sittings.len() - 1);
            }
        }
    }
    let when = |s: &Vec<usize>| s.iter().map(|&i| entries[i].at).max().unwrap_or(0);
    sittings.sort_by_key(|s| (when(s), s.first().copied()));
    sittings
}

/// Whether two single answers are the two people's answers about each other.
fn halves(a: &Entry, b: &Entry) -> bool {
    match (&a.people[..], &b.people[..]) {
        ([(ar, ap)], [(br, bp)]) => ar == bp && ap == br,
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

    fn one(folder: &str, who: &str, other: &str, at: i64) -> Entry {
        Entry {
            folder: folder.to_owned(),
            people: vec![(who.to_owned(), other.to_owned())],
            at,
        }
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
            one("s1", "Alex", "Sam", 0),
            one("s1", "Sam", "Alex", 3 * day),
            one("loose", "Alex", "Sam", 10 * day),
            one("loose", "Sam", "Alex", 10 * day + 3600),
            one("loose", "Alex", "Sam", 17 * day),
        ];
        assert_eq!(group(&entries), vec![vec![0, 1], vec![2, 3], vec![4]]);
    }

    #[test]
    fn answers_a_day_apart_or_of_one_person_stay_apart() {
        let entries = [
            one("f", "Alex", "Sam", 0),
            one("f", "Alex", "Sam", 60),
            one("f", "Sam", "Alex", 60 + WINDOW + 1),
        ];
        assert_eq!(group(&entries), vec![vec![0], vec![1], vec![2]]);
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
        let names = ["A", "B"];
        for _ in 0..2_000 {
            let entries: Vec<Entry> = (0..rng.usize(1..12))
                .map(|_| {
                    let who = rng.usize(0..2);
                    let folder = format!("f{}", rng.usize(0..4));
                    if rng.u8(0..10) == 0 {
                        Entry {
                            folder,
                            people: vec![("A".into(), "B".into()), ("B".into(), "A".into())],
                            at: rng.i64(0..10 * 86_400),
                        }
                    } else {
                        one(&folder, names[who], names[1 - who], rng.i64(0..10 * 86_400))
                    }
                })
                .collect();
            let sittings = group(&entries);
            let mut seen: Vec<usize> = sittings.iter().flatten().copied().collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..entries.len()).collect::<Vec<_>>());
            for s in &sittings {
                let people: usize = s.iter().map(|&i| entries[i].people.len()).sum();
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
