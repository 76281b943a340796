//! The scoring engine (SPEC §5): questionnaire + answers in, a [`Report`] out. Pure: no I/O,
//! no clock, no printing.
//!
//! For one respondent, one person described and one dimension:
//! 1. a reverse-keyed item's value `x` counts as `x' = min + max - x`;
//! 2. its points are `(x' - min) / (max - min) * 100` (POMP, "percent of maximum possible",
//!    Cohen, Cohen, Aiken & West 1999), so items on different scales can be averaged;
//! 3. the view is the mean of the points of the answered items, or null when fewer than
//!    `min_answered × n` of its `n` items were answered.
//!
//! `score(P, d)` is the mean of P's non-null views (P's self view and the other respondent's
//! partner view of P); the power index is the weighted mean of P's power scores, a group the
//! weighted mean of its power scores, the balance index the plain mean of the markers.
//! Private dimensions are left out of the indices and groups, so those figures are the same
//! in every report and reveal nothing about private answers.

mod prepared;
mod rules;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::Arc;

pub use prepared::Prepared;
use prepared::{Plan, Weighted};
use rules::Messages;
pub(crate) use rules::Unfilled;

use crate::answers::{Pair, Responses};
use crate::jsonl::Keyed;
use crate::model::{
    Audience, Decision, Imbalance, Note, NoteKind, Person, Report, Unscored, Views,
};
#[cfg(test)]
use crate::questionnaire::Target;
use crate::questionnaire::{About, Fraction, Questionnaire, Severity};

/// Choices that change what a report shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Show private results even in a report of two respondents.
    pub show_private: bool,
}

/// The neutral line a joint report prints whenever the questionnaire has private items,
/// fired or not, so that its presence reveals nothing (SPEC §6).
pub const PRIVATE_NOTE: &str = "Some questions are private to each person and are not part of a \
joint report. Each person can see their own results by scoring their own answers alone.";

/// One view: the mean points and how many of its items were answered.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct View {
    value: Option<f64>,
    answered: usize,
    total: usize,
}

impl View {
    /// Whether it has items but too few were answered to score it (a note says so).
    fn unscored(&self) -> bool {
        self.total > 0 && self.value.is_none()
    }
}

/// Every view one respondent gives, into `views`: `[dimension][self 0 / partner 1]`. Only the
/// items that apply count (`applies`, as [`applicable`] says: `None` when every item does,
/// and only an item with an `asked_if` may not). An item `about = "both"`
/// counts in both views: its points `p` in the self view, `100 - p` in the partner view
/// (SPEC §5).
///
/// View by view, each its items' points added in questionnaire order, as
/// [`views_of_by_item`] adds them item by item: the same additions in the same order, so the
/// same bits. Only a view with a gated item asks which apply.
///
/// `r` has one value per item ([`fitted`]), and `applies` one per item where given.
///
/// Returns the dimensions with a view left [`View::unscored`], as bits ([`unscored_bit`]),
/// so that notes look for none where there are none.
fn views_of(
    plan: &Plan,
    r: &Responses,
    applies: Option<&[bool]>,
    views: &mut Vec<[View; 2]>,
) -> u64 {
    debug_assert_eq!(r.values.len(), plan.items.len(), "answers not fitted");
    if views.len() != plan.dimensions {
        views.clear();
        views.resize(plan.dimensions, [View::default(); 2]);
    }
    let values = &r.values[..];
    let mut unscored = 0;
    for (n, (view, laid)) in views
        .as_flattened_mut()
        .iter_mut()
        .zip(&plan.views)
        .enumerate()
    {
        // Counted as `u32`, which converts to `f64` in one step (exactly, as `usize` does).
        let (mut sum, mut answered) = (0.0, 0_u32);
        let (total, needed) = match applies.filter(|_| laid.gated) {
            None => {
                let counted = &laid.counted[..];
                let mut count = |c, value: Option<i64>| {
                    if let Some(x) = value {
                        sum += plan.points(c, x);
                        answered += 1;
                    }
                };
                match laid.run {
                    Some(first) => {
                        let run = &values[first..first + counted.len()];
                        for (c, &value) in counted.iter().zip(run) {
                            count(c, value);
                        }
                    }
                    None => {
                        for c in counted {
                            count(c, values[c.item]);
                        }
                    }
                }
                (counted.len(), laid.needed)
            }
            Some(applies) => {
                let mut total = 0;
                for c in laid.counted.iter().filter(|c| applies[c.item]) {
                    total += 1;
                    if let Some(x) = values[c.item] {
                        sum += plan.points(c, x);
                        answered += 1;
                    }
                }
                (total, plan.needed[total])
            }
        };
        let answered_of = answered as usize;
        let scored = answered_of >= needed;
        if !scored && total > 0 {
            unscored |= unscored_bit(n / 2);
        }
        *view = View {
            value: scored.then(|| sum / f64::from(answered)),
            answered: answered_of,
            total,
        };
    }
    unscored
}

/// The bit of dimension `d` among the dimensions left unscored ([`views_of`]): every bit
/// past the 64th, so that such a dimension is always looked at.
fn unscored_bit(d: usize) -> u64 {
    1_u64.checked_shl(d as u32).unwrap_or(u64::MAX)
}

/// [`views_of`] item by item, each item's points computed: what the views are, for tests to
/// hold `views_of` to.
#[cfg(test)]
fn views_of_by_item(
    plan: &Plan,
    r: &Responses,
    applies: Option<&[bool]>,
    views: &mut Vec<[View; 2]>,
) {
    views.clear();
    views.resize(plan.dimensions, [View::default(); 2]);
    let flat = views.as_flattened_mut();
    let mut sums = vec![0.0; flat.len()];
    let applies = |i: usize| applies.is_none_or(|a| a.get(i).copied().unwrap_or(false));
    let mut count = |view: usize, p: Option<f64>| {
        flat[view].total += 1;
        if let Some(p) = p {
            sums[view] += p;
            flat[view].answered += 1;
        }
    };
    for (i, (item, &value)) in plan.items.iter().zip(&r.values).enumerate() {
        if applies(i) {
            let p = value.map(|x| points(x, item.min, item.max, item.reverse));
            count(item.view, p);
            if item.about == About::Both {
                count(item.view + 1, p.map(|p| 100.0 - p));
            }
        }
    }
    for (view, sum) in flat.iter_mut().zip(sums) {
        view.value = plan
            .enough(view.answered, view.total)
            .then(|| sum / view.answered as f64);
    }
}

/// `r` with one value per item of a questionnaire of `n` items, as every reader of answers
/// makes it: as it is where it has them, else a copy with the missing ones skipped and any past
/// the last item left out (a library caller may build [`Responses`] of any length).
fn fitted(r: &Responses, n: usize) -> Cow<'_, Responses> {
    if r.values.len() == n {
        return Cow::Borrowed(r);
    }
    let mut r = r.clone();
    r.values.resize(n, None);
    Cow::Owned(r)
}

/// Which of a respondent's items apply, in `out`, or `None` when the questionnaire has no
/// gates (every item applies): `plan.gated` is empty.
fn applicable<'a>(
    plan: &Plan,
    q: &Questionnaire,
    r: &Responses,
    out: &'a mut Vec<bool>,
) -> Option<&'a [bool]> {
    if plan.gated.is_empty() {
        return None;
    }
    q.applicable_among(plan.gated.iter().copied(), &r.values, out);
    Some(out)
}

/// The views respondents of one questionnaire give, as reports score them, with the
/// questionnaire's arithmetic laid out once (for `stats`, over many lines).
/// It keeps what it works in from one answer set to the next, so scoring one allocates
/// nothing.
#[derive(Debug, Clone)]
pub struct ViewScorer {
    plan: Plan,
    applies: Vec<bool>,
    views: Vec<[View; 2]>,
}

impl ViewScorer {
    /// The scorer of `q`'s views.
    pub fn new(q: &Questionnaire) -> Self {
        ViewScorer {
            plan: Plan::new(q),
            applies: Vec::new(),
            views: Vec::new(),
        }
    }

    /// Every view `r` gives (`r` read with `q`, the questionnaire this scorer was made for),
    /// into `out`: `[dimension][self 0 / partner 1]`, `None` where too few items were
    /// answered.
    pub fn scores_into(
        &mut self,
        q: &Questionnaire,
        r: &Responses,
        out: &mut Vec<[Option<f64>; 2]>,
    ) {
        let r = fitted(r, q.items.len());
        let applies = applicable(&self.plan, q, &r, &mut self.applies);
        views_of(&self.plan, &r, applies, &mut self.views);
        out.clear();
        out.extend(self.views.iter().map(|pair| pair.map(|v| v.value)));
    }
}

/// The view slot of the items about the respondent (0) and about the other person (1).
fn about_index(about: About) -> usize {
    usize::from(about == About::Partner)
}

/// An answer's points on 0–100 (steps 1 and 2). `x' - min` is `max - x` when reversed, written
/// so, because `min + max` overflows on a scale near the ends of `i64` (the loader accepts
/// any `min < max` with one label per point). `x` is on the scale and the scale has as many
/// points as labels, so neither difference can overflow.
pub fn points(x: i64, min: i64, max: i64, reverse: bool) -> f64 {
    let above_min = if reverse { max - x } else { x - min };
    above_min as f64 / (max - min) as f64 * 100.0
}

/// Whether `answered` of `total` items meet `min_answered` (step 3), tested exactly. A view
/// with no items is never scored.
fn enough(answered: usize, total: usize, min_answered: Fraction) -> bool {
    total > 0 && answered > 0 && min_answered.met(answered, total)
}

/// The fewest answers that meet `min_answered` for `total` items, as notes say it (`total`
/// where none do; notes read it from [`Plan::needed`]).
#[cfg(test)]
fn needed(total: usize, min_answered: Fraction) -> usize {
    fewest_enough(total, min_answered).unwrap_or(total)
}

/// The fewest answers of `total` items that are [`enough`], `None` where none are (a view
/// of no items): `enough` only grows with the answers, so it is found by halving.
fn fewest_enough(total: usize, min_answered: Fraction) -> Option<usize> {
    // The fewest is in `low..=high`, `total + 1` standing for none.
    let (mut low, mut high) = (1, total + 1);
    while low < high {
        let mid = low + (high - low) / 2;
        if enough(mid, total, min_answered) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    (low <= total).then_some(low)
}

/// The mean of the present values: [`weighted_mean`] with every weight 1, to the last bit
/// (the largest weight is 1, `w / 1` and `v * 1` change nothing, and adding 1 n times is n
/// exactly), in one pass, as it runs some 30 times an answer set.
fn mean(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let mut range = Range::new();
    let (mut sum, mut n) = (0.0, 0_u32);
    for v in values.into_iter().flatten() {
        sum += v;
        n += 1;
        range.add(v);
    }
    (n > 0).then(|| range.hold(sum / f64::from(n)))
}

/// [`mean`] of at most two values, without the iterator: a person's score, the mean of their
/// two views, for every dimension of every line. The same additions in the same order and
/// the same [`Range`], so the same bits.
fn mean_of_two(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    let mut range = Range::new();
    let (sum, n) = match (a, b) {
        (Some(a), Some(b)) => {
            range.add(a);
            range.add(b);
            (0.0 + a + b, 2.0)
        }
        // One value is its own range, and `/ 1` changes nothing: the mean is `0 + x` (which
        // turns -0 into 0, as the sum from 0 does).
        (Some(x), None) | (None, Some(x)) => return Some(0.0 + x),
        (None, None) => return None,
    };
    Some(range.hold(sum / n))
}

/// The lowest and highest of some values, to hold a mean of them within, which rounding
/// could otherwise leave by a last digit (100.00000000000001).
#[derive(Clone, Copy)]
struct Range {
    low: f64,
    high: f64,
}

impl Range {
    fn new() -> Self {
        Range {
            low: f64::INFINITY,
            high: f64::NEG_INFINITY,
        }
    }

    /// Widens the range to `v`. A NaN is passed over, as `f64::min` and `max` pass it over;
    /// written as comparisons, which are all a value that is not NaN needs.
    fn add(&mut self, v: f64) {
        if v < self.low {
            self.low = v;
        }
        if v > self.high {
            self.high = v;
        }
    }

    fn hold(self, mean: f64) -> f64 {
        mean.clamp(self.low, self.high)
    }
}

/// The weighted mean of the present values. A questionnaire may give any finite weight above
/// 0, so the weights are first divided by the largest: `v * w` then cannot overflow (1e308 ×
/// 100 would be infinite, and infinite / infinite is NaN), and a tiny weight keeps its
/// precision. The result is held within the values' own [`Range`]. Two passes over the
/// values (the largest weight, then the sums) rather than a list of them.
fn weighted_mean(
    values: impl IntoIterator<Item = (Option<f64>, f64), IntoIter: Clone>,
) -> Option<f64> {
    let present = values.into_iter().filter_map(|(v, w)| v.map(|v| (v, w)));
    let top = present.clone().fold(0.0_f64, |top, (_, w)| top.max(w));
    if top <= 0.0 {
        return None;
    }
    let (mut sum, mut weight) = (0.0, 0.0);
    let mut range = Range::new();
    for (v, w) in present {
        let w = w / top;
        sum += v * w;
        weight += w;
        range.add(v);
    }
    Some(range.hold(sum / weight))
}

fn difference(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? - b?)
}

/// One person's numbers, indexed like the questionnaire (private dimensions included).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Scores {
    /// The person's own view and the other's view of them, per dimension.
    views: Vec<Views>,
    /// Every figure a rule reads, flat: each dimension's score, then each group's, then the
    /// power index and the balance index ([`Plan::figure`] says where each target is).
    figures: Vec<Option<f64>>,
}

impl Scores {
    /// From the views in the person's own answers (their self views) and in the other's
    /// answers (their partner views, of this person), for whoever answered; in the memory
    /// these scores have.
    fn fill(&mut self, plan: &Plan, own: Option<&[[View; 2]]>, other: Option<&[[View; 2]]>) {
        let (n, g) = (plan.dimensions, plan.groups.len());
        if self.views.len() != n || self.figures.len() != plan.figures() {
            let nobody = Views {
                own: None,
                partner: None,
            };
            self.views.clear();
            self.views.resize(n, nobody);
            self.figures.clear();
            self.figures.resize(plan.figures(), None);
        }
        // The views and the scores beside them in one pass, for whoever answered.
        let (scores, rest) = self.figures.split_at_mut(n);
        let views = &mut self.views[..];
        let own_of = |v: &[View; 2]| v[about_index(About::Me)].value;
        let other_of = |v: &[View; 2]| v[about_index(About::Partner)].value;
        let nobody = || std::iter::repeat(None);
        match (own, other) {
            (Some(own), Some(other)) => fill_views(
                views,
                scores,
                own.iter().map(own_of),
                other.iter().map(other_of),
            ),
            (Some(own), None) => fill_views(views, scores, own.iter().map(own_of), nobody()),
            (None, Some(other)) => {
                fill_views(views, scores, nobody(), other.iter().map(other_of));
            }
            (None, None) => fill_views(views, scores, nobody(), nobody()),
        }
        let scores: &[Option<f64>] = scores;
        let (groups, indices) = rest.split_at_mut(g);
        for (to, by) in groups.iter_mut().zip(&plan.groups) {
            *to = weighted(by, scores);
        }
        if let [power_index, balance_index] = indices {
            *power_index = weighted(&plan.power, scores);
            *balance_index = mean(plan.markers.iter().map(|&d| scores[d]));
        }
    }

    /// Each dimension's score (the first figures: one a dimension, as its views).
    fn scores(&self) -> &[Option<f64>] {
        &self.figures[..self.views.len()]
    }

    /// Each group's figure, then the power index and the balance index, split at once.
    fn groups_and_indices(&self) -> (&[Option<f64>], [Option<f64>; 2]) {
        match self.figures[self.views.len()..].split_last_chunk::<2>() {
            Some((groups, &indices)) => (groups, indices),
            None => (&[], [None, None]),
        }
    }

    /// Each group's figure.
    #[cfg(test)]
    fn groups(&self) -> &[Option<f64>] {
        self.groups_and_indices().0
    }

    /// The power index and the balance index.
    #[cfg(test)]
    fn indices(&self) -> [Option<f64>; 2] {
        self.groups_and_indices().1
    }

    /// The figure at `at` ([`Plan::figure`] of a target).
    pub(crate) fn figure(&self, at: usize) -> Option<f64> {
        self.figures[at]
    }

    /// The figure of `target`, found by its kind: what [`Scores::figure`] is held to.
    #[cfg(test)]
    pub(crate) fn target(&self, target: Target) -> Option<f64> {
        match target {
            Target::Dimension(d) => self.scores()[d],
            Target::Group(g) => self.groups()[g],
            Target::PowerIndex => self.indices()[0],
            Target::BalanceIndex => self.indices()[1],
        }
    }

    /// The person's own view and the other's view of them, of dimension `d`.
    pub(crate) fn views(&self, d: usize) -> Views {
        self.views[d]
    }
}

/// Each dimension's views, `own` and `partner` in turn, and its score, their mean, into
/// `views` and `scores`.
#[inline(always)]
fn fill_views(
    views: &mut [Views],
    scores: &mut [Option<f64>],
    own: impl Iterator<Item = Option<f64>>,
    partner: impl Iterator<Item = Option<f64>>,
) {
    for (((views, score), own), partner) in views.iter_mut().zip(scores).zip(own).zip(partner) {
        *views = Views { own, partner };
        *score = mean_of_two(own, partner);
    }
}

/// An index or a group of `scores`: the plain mean when every weight is the same.
#[inline(always)]
fn weighted(by: &Weighted, scores: &[Option<f64>]) -> Option<f64> {
    if by.equal {
        mean(by.dimensions.iter().map(|&(d, _)| scores[d]))
    } else {
        weighted_mean(by.dimensions.iter().map(|&(d, w)| (scores[d], w)))
    }
}

/// What scoring an answer set works in, kept by a batch from line to line with the report
/// it refills ([`Prepared::score_into`]), so that a line allocates next to nothing: which
/// items apply and the views, per respondent; both people's numbers; and the strings of
/// the last report, to write the next one's in.
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    applies: [Vec<bool>; 2],
    views: [Vec<[View; 2]>; 2],
    people: [Scores; 2],
    strings: Strings,
}

/// Strings kept for their memory: a report's names, messages and notes go here before the
/// next report of a batch is written into the same memory.
#[derive(Debug, Clone, Default)]
pub(super) struct Strings(Vec<String>);

impl Strings {
    /// A string made of `parts`, in kept memory where there is some.
    pub(super) fn of(&mut self, parts: &[&str]) -> String {
        let mut s = self.0.pop().unwrap_or_default();
        s.clear();
        for part in parts {
            s.push_str(part);
        }
        s
    }

    /// Keeps `s` for its memory.
    pub(super) fn keep(&mut self, s: String) {
        self.0.push(s);
    }

    /// Keeps every string of `strings`.
    pub(super) fn keep_all(&mut self, strings: impl IntoIterator<Item = String>) {
        self.0.extend(strings);
    }

    /// Keeps the strings of `note`.
    fn keep_note(&mut self, note: Note) {
        let (text, kind) = note.into_parts();
        self.keep(text);
        self.keep_kind(kind);
    }

    /// Keeps the strings of what a note says.
    fn keep_kind(&mut self, kind: NoteKind) {
        match kind {
            NoteKind::OneAnswered { name, other } => self.keep_all([name, other]),
            NoteKind::Unfinished { name } => self.keep(name),
            NoteKind::NotApplying { name, items } => self.keep_all([name, items]),
            NoteKind::Unscored {
                name,
                other,
                dimensions,
            } => {
                self.keep(name);
                self.keep_all(other);
                self.keep_all(dimensions.into_iter().map(|u| u.dimension));
            }
            NoteKind::Private => {}
            NoteKind::NextStep { silent, .. } => self.keep_all(silent),
        }
    }
}

/// Where a report's notes go: over the last report's, `used` of them so far.
struct Notes<'a> {
    out: &'a mut Vec<Note>,
    used: usize,
    strings: &'a mut Strings,
}

impl Notes<'_> {
    /// Adds `note`, over the next of the last report's notes (whose strings are kept).
    fn push(&mut self, note: Note) {
        match self.out.get_mut(self.used) {
            Some(old) => self.strings.keep_note(std::mem::replace(old, note)),
            None => self.out.push(note),
        }
        self.used += 1;
    }

    /// Adds the note of `text_parts` that says `kind`, written over the next of the last
    /// report's notes in the memory it has: `refill` writes the kind's strings where the
    /// last note said the same kind, `kind` makes them where it did not.
    fn refill(
        &mut self,
        text_parts: &[&str],
        refill: impl FnOnce(&mut NoteKind) -> bool,
        kind: impl FnOnce(&mut Strings) -> NoteKind,
    ) {
        let Some(old) = self.out.get_mut(self.used) else {
            let note = Note::new(self.strings.of(text_parts), kind(self.strings));
            self.out.push(note);
            self.used += 1;
            return;
        };
        let (text, old_kind) = old.parts_mut();
        text.clear();
        for part in text_parts {
            text.push_str(part);
        }
        if !refill(old_kind) {
            let new = kind(self.strings);
            self.strings.keep_kind(std::mem::replace(old_kind, new));
        }
        self.used += 1;
    }

    /// The last report's notes that were not written over go, their strings kept.
    fn finish(self) {
        for note in self.out.drain(self.used..) {
            self.strings.keep_note(note);
        }
    }
}

/// `to` set to `text`, in the memory it has.
fn set(to: &mut String, text: &str) {
    to.clear();
    to.push_str(text);
}

/// `to` set to `text` or to `None`, keeping a string it has.
fn set_option(to: &mut Option<String>, text: Option<&str>) {
    match text {
        None => *to = None,
        Some(text) => match to {
            Some(s) => set(s, text),
            None => *to = Some(text.to_owned()),
        },
    }
}

/// `to` pointing at `from`, with no count taken when it already does.
fn share<T: ?Sized>(to: &mut Arc<T>, from: &Arc<T>) {
    if !Arc::ptr_eq(to, from) {
        *to = from.clone();
    }
}

/// Scores a pair of answer sets (or one) into a report.
pub fn score(q: &Questionnaire, pair: &Pair, options: Options) -> Report {
    Prepared::new(q).score(q, pair, options)
}

impl Prepared {
    /// Scores a pair of answer sets (or one) into a report; `q` is the questionnaire this was
    /// prepared from.
    pub fn score(&self, q: &Questionnaire, pair: &Pair, options: Options) -> Report {
        let mut report = self.blank();
        self.score_into(q, pair, options, &mut report, &mut Scratch::default());
        report
    }

    /// [`Prepared::score`] into `report`, a report of any earlier answer set (of any
    /// questionnaire), every part of which is written anew in the memory it has; `scratch`
    /// is what the scoring works in. A batch keeps both from line to line.
    pub fn score_into(
        &self,
        q: &Questionnaire,
        pair: &Pair,
        options: Options,
        report: &mut Report,
        scratch: &mut Scratch,
    ) {
        debug_assert!(self.is_for(q), "prepared from another questionnaire");
        let n = q.items.len();
        if pair.first.values.len() != n || pair.second.as_ref().is_some_and(|r| r.values.len() != n)
        {
            // Values for some items only (or past the last), as a library caller may give:
            // scored as the fitted answers every reader makes.
            let pair = Pair {
                first: fitted(&pair.first, n).into_owned(),
                second: pair.second.as_ref().map(|r| fitted(r, n).into_owned()),
            };
            return self.score_into(q, &pair, options, report, scratch);
        }
        let plan = &self.plan;
        let Scratch {
            applies: [applies_first, applies_second],
            views: [views_first, views_second],
            people,
            strings,
        } = scratch;
        let applies = [
            applicable(plan, q, pair.first(), applies_first),
            pair.second()
                .and_then(|r| applicable(plan, q, r, applies_second)),
        ];
        let mut unscored = [views_of(plan, pair.first(), applies[0], views_first), 0];
        let first: &[[View; 2]] = views_first;
        let second = pair.second().map(|r| {
            unscored[1] = views_of(plan, r, applies[1], views_second);
            &views_second[..]
        });
        // Person 0 is the first respondent: their self view is their own, their partner view
        // comes from the second respondent. Person 1 the other way round; when only the first
        // answered, person 1 has only the first's view of them.
        people[0].fill(plan, Some(first), second);
        people[1].fill(plan, second, Some(first));
        let people: &[Scores; 2] = people;
        let names = pair.names();
        let joint = pair.second().is_some() && !options.show_private;
        let shown = &self.shown[match (joint, options.show_private) {
            (_, true) => 2,
            (true, false) => 1,
            (false, false) => 0,
        }];

        // Every part of the report, so that none is left from the last answer set.
        let Report {
            questionnaire,
            respondents,
            people: report_people,
            imbalance,
            warnings,
            notes,
            resources,
            decisions,
            layout,
            completed,
            audience,
            private_left_out,
            kind,
            next_step,
            source,
            line,
        } = report;
        if let Some(note) = next_step.take() {
            strings.keep_note(note);
        }
        strings.keep_all(respondents.drain(..));
        strings.keep_all(completed.drain(..).flatten());

        rules::evaluate(
            q,
            (&self.rules, &self.triggers),
            pair,
            people,
            &applies,
            joint,
            (warnings, self.messages),
            strings,
        );
        let views = [first, second.unwrap_or(first)];
        if self.messages != Messages::None {
            notes_of(
                q,
                pair,
                (views, unscored),
                &applies,
                joint,
                shown,
                plan,
                notes,
                strings,
            );
        } else {
            Notes {
                out: notes,
                used: 0,
                strings,
            }
            .finish();
        }
        let fired_sensitive = warnings
            .iter()
            .any(|w| w.private || w.severity == Severity::Alert);
        let wanted = fired_sensitive || (joint && plan.private);
        *resources = self.resources.filter(|_| wanted);

        self.imbalance(people, shown, imbalance);
        let langs = [
            pair.first().lang.as_deref(),
            pair.second().and_then(|r| r.lang.as_deref()),
        ];
        for (i, to) in report_people.iter_mut().enumerate() {
            self.person(to, &people[i], names[i], langs[i], shown);
        }
        share(questionnaire, &self.instrument);
        let respondents_of = std::iter::once(pair.first()).chain(pair.second());
        respondents.extend(respondents_of.clone().map(|r| strings.of(&[&r.respondent])));
        share(layout, &shown.layout);
        decisions.clear();
        self.decisions(q, pair, &applies, joint, decisions);
        completed.extend(respondents_of.map(|r| {
            r.completed
                .as_deref()
                .filter(|t| crate::model::is_time(t))
                .map(|t| strings.of(&[t]))
        }));
        *audience = match (pair.second().is_some(), joint) {
            (false, _) => Audience::Own,
            (true, true) => Audience::Joint,
            (true, false) => Audience::Both,
        };
        *private_left_out = joint && plan.private;
        *kind = None;
        *source = None;
        *line = None;
    }

    /// A report with nothing in it, for [`Prepared::score_into`] to fill.
    pub(crate) fn blank(&self) -> Report {
        let shown = &self.shown[0];
        let person = || Person {
            name: String::new(),
            lang: None,
            power_index: None,
            balance_index: None,
            groups: Keyed::new(self.groups.clone(), vec![None; self.groups.len()]),
            scores: Keyed::new(shown.keys.clone(), vec![None; shown.keys.len()]),
            views: Keyed::new(
                shown.keys.clone(),
                vec![
                    Views {
                        own: None,
                        partner: None
                    };
                    shown.keys.len()
                ],
            ),
        };
        Report {
            questionnaire: self.instrument.clone(),
            respondents: Vec::new(),
            people: [person(), person()],
            imbalance: Imbalance {
                power_index: None,
                balance_index: None,
                groups: Keyed::new(self.groups.clone(), vec![None; self.groups.len()]),
                scores: Keyed::new(shown.keys.clone(), vec![None; shown.keys.len()]),
            },
            warnings: Vec::new(),
            notes: Vec::new(),
            resources: None,
            decisions: Vec::new(),
            layout: shown.layout.clone(),
            completed: Vec::new(),
            audience: Audience::Own,
            private_left_out: false,
            kind: None,
            next_step: None,
            source: None,
            line: None,
        }
    }

    /// Writes one person's scores into `to`, as the report shows them.
    fn person(
        &self,
        to: &mut Person,
        p: &Scores,
        name_of: &str,
        lang_of: Option<&str>,
        shown: &prepared::Shown,
    ) {
        let Person {
            name,
            lang,
            power_index,
            balance_index,
            groups,
            scores,
            views,
        } = to;
        set(name, name_of);
        set_option(lang, lang_of);
        let (groups_of, indices) = p.groups_and_indices();
        [*power_index, *balance_index] = indices;
        for (to, &g) in groups
            .values_for(&self.groups, None)
            .iter_mut()
            .zip(groups_of)
        {
            *to = g;
        }
        let nobody = Views {
            own: None,
            partner: None,
        };
        shown
            .runs
            .pick(p.scores(), scores.values_for(&shown.keys, None));
        shown
            .runs
            .pick(&p.views, views.values_for(&shown.keys, nobody));
    }
}

impl Prepared {
    /// The `about = "both"` items both respondents answered (where they apply to each, and
    /// are not private in a joint report), in one frame: the first person's share of the say
    /// as each of them answered; added to `out`.
    fn decisions(
        &self,
        q: &Questionnaire,
        pair: &Pair,
        applies: &[Option<&[bool]>; 2],
        joint: bool,
        out: &mut Vec<Decision>,
    ) {
        let Some(second) = pair.second() else {
            return;
        };
        let applies_to = |who: usize, i: usize| applies[who].is_none_or(|a| a[i]);
        out.extend(
            self.both_items
                .iter()
                .filter(|(i, _)| !(joint && q.dimensions[q.items[*i].dimension].private))
                .filter(|(i, _)| applies_to(0, *i) && applies_to(1, *i))
                .filter_map(|(i, id)| {
                    let item = &q.items[*i];
                    let scale = q.scale_of(item);
                    let share =
                        |x: Option<i64>| x.map(|x| points(x, scale.min, scale.max, item.reverse));
                    let a = share(pair.first().values[*i])?;
                    let b = 100.0 - share(second.values[*i])?;
                    Some(Decision {
                        item: *id,
                        share: [a, b],
                        agree: side(a) == side(b),
                    })
                }),
        );
    }
}

/// Which way a share of the say leans: toward the first person, even, or toward the second.
fn side(share: f64) -> std::cmp::Ordering {
    share.total_cmp(&50.0)
}

/// The report's notes, added to `out`: one respondent only, answers not finished, items that
/// did not apply or left a dimension unscored, private results left out. `views` are each
/// respondent's, in pair order (the second is only read when there is a second respondent).
#[allow(clippy::too_many_arguments)]
fn notes_of(
    q: &Questionnaire,
    pair: &Pair,
    (views, unscored): ([&[[View; 2]]; 2], [u64; 2]),
    applies: &[Option<&[bool]>; 2],
    joint: bool,
    shown_of: &prepared::Shown,
    plan: &Plan,
    out: &mut Vec<Note>,
    strings: &mut Strings,
) {
    let shown = &shown_of.dimensions[..];
    let names = pair.names();
    let mut notes = Notes {
        out,
        used: 0,
        strings,
    };
    if pair.second().is_none() {
        notes.refill(
            &[
                "Only ",
                names[0],
                " answered, so ",
                names[1],
                "'s scores come from ",
                names[0],
                "'s answers alone, and how each sees themselves beside how the other sees \
                 them needs both to answer.",
            ],
            |kind| match kind {
                NoteKind::OneAnswered { name, other } => {
                    set(name, names[0]);
                    set(other, names[1]);
                    true
                }
                _ => false,
            },
            |strings| NoteKind::OneAnswered {
                name: strings.of(&[names[0]]),
                other: strings.of(&[names[1]]),
            },
        );
    }
    for r in std::iter::once(pair.first()).chain(pair.second()) {
        if r.unfinished {
            let note = Note::new(
                notes.strings.of(&[
                    &r.respondent,
                    "'s answers are not finished (their file has `\"completed\": null`), so \
                     this report covers only the questions answered so far.",
                ]),
                NoteKind::Unfinished {
                    name: notes.strings.of(&[&r.respondent]),
                },
            );
            notes.push(note);
        }
    }
    let respondents = std::iter::once(pair.first()).chain(pair.second());
    for (((r, views), applies), unscored) in respondents.zip(views).zip(applies).zip(unscored) {
        if let Some(note) = not_applying_note(q, &plan.gated, r, *applies, joint, notes.strings) {
            notes.push(note);
        }
        // Most answer sets leave no view shown unscored: the bits say so at once; else
        // looked for in one pass, both sides at once, before either note is looked for.
        if unscored & shown_of.bits == 0 {
            continue;
        }
        let none_unscored = |d: &usize| views.get(*d).is_none_or(|v| !v.iter().any(View::unscored));
        if shown.iter().all(none_unscored) {
            continue;
        }
        for about in [About::Me, About::Partner] {
            if let Some(note) = unscored_note(q, plan, r, views, about, shown, notes.strings) {
                notes.push(note);
            }
        }
    }
    if joint && plan.private {
        notes.refill(
            &[PRIVATE_NOTE],
            |kind| matches!(kind, NoteKind::Private),
            |_| NoteKind::Private,
        );
    }
    notes.finish();
}

impl Prepared {
    /// First person minus second, for everything scored, into `to`.
    fn imbalance(&self, people: &[Scores; 2], shown: &prepared::Shown, to: &mut Imbalance) {
        let Imbalance {
            power_index,
            balance_index,
            groups,
            scores,
        } = to;
        let [a, b] = people;
        let ((a_groups, [a_power, a_balance]), (b_groups, [b_power, b_balance])) =
            (a.groups_and_indices(), b.groups_and_indices());
        *power_index = difference(a_power, b_power);
        *balance_index = difference(a_balance, b_balance);
        let groups = groups.values_for(&self.groups, None);
        for ((to, &a), &b) in groups.iter_mut().zip(a_groups).zip(b_groups) {
            *to = difference(a, b);
        }
        shown.runs.pick_with(
            (a.scores(), b.scores()),
            scores.values_for(&shown.keys, None),
            difference,
        );
    }
}

/// "Left out of Alex's answers, as they do not apply given Alex's other answers: …": the items
/// answered though their `asked_if` is not met (SPEC §5), among the `gated` items (those
/// with an `asked_if`, in order; every other item applies). In a joint report, private
/// items are not named.
fn not_applying_note(
    q: &Questionnaire,
    gated: &[usize],
    r: &Responses,
    applies: Option<&[bool]>,
    joint: bool,
    strings: &mut Strings,
) -> Option<Note> {
    let applies = applies?;
    let mut ignored = gated
        .iter()
        .filter(|&&i| {
            r.values[i].is_some()
                && !applies[i]
                && !(joint && q.dimensions[q.items[i].dimension].private)
        })
        .map(|&i| q.items[i].id.as_str())
        .peekable();
    ignored.peek()?;
    let mut items = strings.of(&[]);
    for (n, id) in ignored.enumerate() {
        if n > 0 {
            items.push_str(", ");
        }
        items.push_str(id);
    }
    let who = r.respondent.as_str();
    Some(Note::new(
        strings.of(&[
            "Left out of ",
            who,
            "'s answers, as they do not apply given ",
            who,
            "'s other answers: ",
            &items,
            ".",
        ]),
        NoteKind::NotApplying {
            name: strings.of(&[who]),
            items,
        },
    ))
}

/// The clinician report of a session (SPEC §6): both people's private results, the
/// questionnaire's resources, and the next step, which says to see each person on their
/// own first when a private or `alert` rule fired.
pub fn clinician(q: &Questionnaire, pair: &Pair) -> Report {
    let mut report = score(q, pair, Options { show_private: true });
    let fired = report
        .warnings
        .iter()
        .any(|w| w.private || w.severity == Severity::Alert);
    // The rules' own messages say whose answers and about whom; the next step does not
    // repeat names, since a rule about the person described is not about the one who answered.
    let mut next = if fired {
        SAFETY_NEXT_STEP.to_owned()
    } else {
        NO_SAFETY_RULE.to_owned()
    };
    // What the next step says, for the human formats in the report language.
    let mut step = NoteKind::NextStep {
        fired,
        silent: Vec::new(),
    };
    // No rule fires on questions never answered: say so, rather than let "no rule fired"
    // read as a clear screen (a `--plain` session leaves them for later).
    let silent: Vec<&str> = std::iter::once(pair.first())
        .chain(pair.second())
        .filter(|r| {
            q.has_private()
                && !q
                    .items
                    .iter()
                    .zip(&r.values)
                    .any(|(item, v)| q.dimensions[item.dimension].private && v.is_some())
        })
        .map(|r| r.respondent.as_str())
        .collect();
    if let NoteKind::NextStep { silent: s, .. } = &mut step {
        s.extend(silent.iter().map(|&n| n.to_owned()));
    }
    if let [one] = silent[..] {
        next.push_str(&format!(
            " {one} answered none of the private questions about safety (not asked, skipped \
             or not yet answered), so nothing here about safety comes from {one}'s answers."
        ));
    } else if let [a, b] = silent[..] {
        next.push_str(&format!(
            " {a} and {b} answered none of the private questions about safety (not asked, \
             skipped or not yet answered), so nothing here about safety comes from their answers."
        ));
    }
    report.next_step = Some(Note::new(next, step));
    report.audience = Audience::Clinician;
    report.kind = Some("clinician");
    report.resources = Prepared::new(q).resources.or(report.resources);
    report
}

/// The clinician's next step when a private or `alert` rule fired.
pub const SAFETY_NEXT_STEP: &str = "A safety rule fired (listed below). See each person on \
their own before any joint work on power or control. Ask about safety with each of them alone, \
away from the partner; go over the help below and a plan for staying safe. Joint sessions on power or control are not \
advisable while one partner is afraid of the other, or is threatened or controlled. None of \
this is in the joint report and the partner has not seen it: do not bring it into a joint \
session without the person's agreement.";

/// The clinician's next step when no private or `alert` rule fired.
pub const NO_SAFETY_RULE: &str = "No private or alert rule fired. That does not rule out a \
risk: people often do not say at a first screening what they fear. Keep asking each person \
about safety on their own as the work goes on.";

/// "Not scored from Alex's answers about Sam: expert (1 of 3 answered, 2 needed)."
fn unscored_note(
    q: &Questionnaire,
    plan: &Plan,
    r: &Responses,
    views: &[[View; 2]],
    about: About,
    shown: &[usize],
    strings: &mut Strings,
) -> Option<Note> {
    let unscored = |&d: &usize| {
        let v = views[d][about_index(about)];
        v.unscored().then_some((d, v))
    };
    // Most views are scored: look before making anything.
    shown.iter().find_map(unscored)?;
    let missing: Vec<Unscored> = shown
        .iter()
        .filter_map(unscored)
        .map(|(d, v)| Unscored {
            dimension: strings.of(&[&q.dimensions[d].name]),
            answered: v.answered,
            total: v.total,
            // The plan says `usize::MAX` where no count is enough; the note says all.
            needed: plan.needed[v.total].min(v.total),
        })
        .collect();
    let other = match about {
        About::Partner => Some(strings.of(&[&r.partner])),
        About::Me | About::Both => None,
    };
    let whom = other.as_deref().unwrap_or("themselves");
    let mut text = strings.of(&[
        "Not scored from ",
        &r.respondent,
        "'s answers about ",
        whom,
        ": ",
    ]);
    for (n, u) in missing.iter().enumerate() {
        if n > 0 {
            text.push_str(", ");
        }
        // Writing into a string cannot fail.
        let _ = write!(
            text,
            "{} ({} of {} answered, {} needed)",
            u.dimension, u.answered, u.total, u.needed
        );
    }
    text.push('.');
    Some(Note::new(
        text,
        NoteKind::Unscored {
            name: strings.of(&[&r.respondent]),
            other,
            dimensions: missing,
        },
    ))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod tests_reuse;
#[cfg(test)]
mod tests_v2;
