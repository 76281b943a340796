//! "Did you mean …?" for ids typed by hand.
//!
//! A suggestion costs an edit distance per candidate, which an input made to be slow could
//! ask for without end (thousands of near-miss references to thousands of long ids). So the
//! cost is bounded three ways: an id is at most [`MAX_ID_CHARS`] characters, so nothing much
//! longer can be near one; one search compares at most [`PER_SEARCH`] characters' worth of
//! pairs; and a whole run at most [`PER_RUN`], after which messages simply carry no
//! suggestion. On real files neither bound is ever reached.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::limits::MAX_ID_CHARS;

/// Edit-distance cells (characters of one name times characters of the other) one search
/// may compute: 60 ids of 64 characters is 245,760.
const PER_SEARCH: u64 = 1 << 20;

/// Edit-distance cells a whole run may compute, a small fraction of a second.
const PER_RUN: u64 = 64 << 20;

/// What is left of [`PER_RUN`].
static LEFT: AtomicU64 = AtomicU64::new(PER_RUN);

/// Takes `cells` from the run's budget; `false` when it is spent.
fn spend(cells: u64) -> bool {
    LEFT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
        left.checked_sub(cells)
    })
    .is_ok()
}

/// The candidate closest to `typed` by edit distance, if it is close enough to be a typo
/// (at most a third of the longer name's length, and at least one edit allowed). Of two
/// equally close, the one first in alphabetical order: the answer never depends on the
/// order the candidates come in (some come from a `HashMap`, whose order changes from run
/// to run).
///
/// The distance is at least the difference in length, so a candidate whose length is too far
/// off is passed over without computing it: the work is then linear in `typed`, however long
/// a pasted or corrupted id is, instead of its length times every candidate's.
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_chars = typed.chars().count();
    // Past this, even an id of the longest length is more than a third away.
    if typed_chars > MAX_ID_CHARS * 3 / 2 {
        return None;
    }
    let mut search_left = PER_SEARCH;
    candidates
        .into_iter()
        .map_while(|c| {
            let c_chars = c.chars().count();
            let allowed = (typed.len().max(c.len()) / 3).max(1);
            if typed_chars.abs_diff(c_chars) > allowed {
                return Some(None);
            }
            let cells = (typed_chars.max(1) * c_chars.max(1)) as u64;
            search_left = search_left.checked_sub(cells)?;
            spend(cells).then(|| Some((strsim::levenshtein(typed, c), c, allowed)))
        })
        .flatten()
        .filter(|(distance, _, allowed)| distance <= allowed)
        .min_by_key(|(distance, c, _)| (*distance, *c))
        .map(|(_, c, _)| c)
}

/// ` (did you mean `x`?)` when there is a near candidate, else nothing.
pub fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(typed, candidates)
        .map(|c| crate::ui!("error-did-you-mean", candidate = c))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_near_names() {
        let ids = ["coercive-self-1", "coercive-partner-1", "reward-self-1"];
        // One letter dropped: distance 1.
        assert_eq!(nearest("coercive-slf-1", ids), Some("coercive-self-1"));
        // Unrelated: distance far above 15 / 3 = 5.
        assert_eq!(nearest("banana", ids), None);
        assert_eq!(
            did_you_mean("rewrd-self-1", ids),
            " (did you mean `reward-self-1`?)"
        );
        assert_eq!(did_you_mean("zzz", ids), "");
    }

    #[test]
    fn a_tie_gives_the_same_suggestion_whatever_the_order() {
        // `bat` and `hat` are both one edit from `cat`: the first alphabetically wins, in
        // either order (before, the first one met won, and a `HashMap` meets them in an
        // order that changes from run to run).
        assert_eq!(nearest("cat", ["hat", "bat"]), Some("bat"));
        assert_eq!(nearest("cat", ["bat", "hat"]), Some("bat"));
        // A closer candidate still wins over an earlier letter.
        assert_eq!(nearest("cat", ["bat", "cat"]), Some("cat"));
        // Over a real `HashMap`, many times: always the same answer.
        let ids: std::collections::HashMap<String, usize> = ["item-b", "item-a", "item-c"]
            .iter()
            .enumerate()
            .map(|(i, s)| ((*s).to_owned(), i))
            .collect();
        for _ in 0..20 {
            let fresh: std::collections::HashMap<&str, usize> =
                ids.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            assert_eq!(nearest("item-x", fresh.keys().copied()), Some("item-a"));
        }
    }

    #[test]
    fn a_very_long_id_is_passed_over_quickly() {
        // Ten million characters against 60 ids of about 15, as many as a questionnaire has
        // items: the edit distances alone would be 10,000,000 × 15 × 60 = 9 billion steps,
        // many seconds even in a release build. Every length differs by far more than a
        // third, so none is computed.
        let ids: Vec<String> = (1..=60).map(|i| format!("coercive-self-{i}")).collect();
        let typed = "a".repeat(10_000_000);
        let ids_long: Vec<String> = (0..20_000).map(|i| format!("{i:0>64}")).collect();
        // 20,000 ids of 64 characters, a near-miss of 64: one search stops at its budget.
        let typed_64 = format!("{:0>63}x", 1);
        let started_long = std::time::Instant::now();
        let _ = nearest(&typed_64, ids_long.iter().map(String::as_str));
        assert!(started_long.elapsed() < std::time::Duration::from_secs(1));
        let started = std::time::Instant::now();
        assert_eq!(nearest(&typed, ids.iter().map(String::as_str)), None);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        // A near length still gets its suggestion.
        let ids = ["coercive-self-1", "coercive-partner-1"];
        assert_eq!(nearest("coercive-self-12", ids), Some("coercive-self-1"));
    }
}
