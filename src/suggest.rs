//! "Did you mean …?" for ids typed by hand.

/// The candidate closest to `typed` by edit distance, if it is close enough to be a typo
/// (at most a third of the longer name's length, and at least one edit allowed).
///
/// The distance is at least the difference in length, so a candidate whose length is too far
/// off is passed over without computing it: the work is then linear in `typed`, however long
/// a pasted or corrupted id is, instead of its length times every candidate's.
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_chars = typed.chars().count();
    candidates
        .into_iter()
        .filter_map(|c| {
            let allowed = (typed.len().max(c.len()) / 3).max(1);
            (typed_chars.abs_diff(c.chars().count()) <= allowed)
                .then(|| (strsim::levenshtein(typed, c), c, allowed))
        })
        .filter(|(distance, _, allowed)| distance <= allowed)
        .min_by_key(|(distance, _, _)| *distance)
        .map(|(_, c, _)| c)
}

/// ` (did you mean `x`?)` when there is a near candidate, else nothing.
pub fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(typed, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
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
    fn a_very_long_id_is_passed_over_quickly() {
        // Ten million characters against 60 ids of about 15, as many as a questionnaire has
        // items: the edit distances alone would be 10,000,000 × 15 × 60 = 9 billion steps,
        // many seconds even in a release build. Every length differs by far more than a
        // third, so none is computed.
        let ids: Vec<String> = (1..=60).map(|i| format!("coercive-self-{i}")).collect();
        let typed = "a".repeat(10_000_000);
        let started = std::time::Instant::now();
        assert_eq!(nearest(&typed, ids.iter().map(String::as_str)), None);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        // A near length still gets its suggestion.
        let ids = ["coercive-self-1", "coercive-partner-1"];
        assert_eq!(nearest("coercive-self-12", ids), Some("coercive-self-1"));
    }
}
