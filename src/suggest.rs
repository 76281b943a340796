//! "Did you mean …?" for ids typed by hand.

/// The candidate closest to `typed` by edit distance, if it is close enough to be a typo
/// (at most a third of the longer name's length, and at least one edit allowed).
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(typed, c), c))
        .filter(|(distance, c)| *distance <= (typed.len().max(c.len()) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
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
}
