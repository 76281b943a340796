//! What every report of one questionnaire shares, made once: ids with their JSON forms, the
//! rules' fixed text, the layout. A batch scores a million answer sets against one
//! [`Prepared`]; a single report makes one and drops it.

use std::sync::Arc;

use super::rules::{self, Check, Messages, Template, Triggers};
use crate::jsonl::{Keys, Text};
use crate::model::Layout;
use crate::questionnaire::{
    About, Dimension, DimensionKind, Instrument, Questionnaire, Severity, Target,
};

/// A questionnaire's shared report parts, for [`Prepared::score`](Prepared::score).
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub(super) instrument: Arc<Instrument>,
    /// What a report shows (SPEC §6), and its CSV columns: `[one person's own report (every
    /// dimension; public columns), a joint report (public dimensions and columns), with
    /// --show-private (every dimension and column)]`. A CSV has private columns only with
    /// `--show-private`, so its columns depend on the flags alone, never on the data.
    pub(super) shown: [Shown; 3],
    pub(super) groups: Arc<Keys>,
    pub(super) rules: Vec<RuleText>,
    /// Which rules may fire on an answer set.
    pub(super) triggers: Triggers,
    pub(super) resources: Option<Text>,
    /// The `about = "both"` items, with their ids, for the decisions side by side.
    pub(super) both_items: Vec<(usize, Text)>,
    /// The arithmetic, laid out once.
    pub(super) plan: Plan,
    /// How a report's words are made: fired rules' messages filled in, held for the JSON
    /// line writer ([`Prepared::for_lines`]), or, with the notes, not at all
    /// ([`Prepared::for_rows`]).
    pub(super) messages: Messages,
}

/// What scoring reads for every answer set, laid out once so that scoring one is arithmetic
/// on small arrays: each view's items and the points of each of their answers, whether any
/// item is gated, and which dimensions each index and group averages, with their weights.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Plan {
    pub(super) items: Vec<ItemPlan>,
    /// Each view a respondent gives, laid flat as `[dimension][self 0 / partner 1]`, with
    /// its items.
    pub(super) views: Vec<ViewPlan>,
    /// The points of every answer of each scale, plain and reversed, and as the partner view
    /// of an `about = "both"` item counts them (`100 - p`), as [`super::points`] computes
    /// them (see [`Counted::first`]).
    points: Vec<f64>,
    /// How many dimensions the questionnaire has.
    pub(super) dimensions: usize,
    /// For each number of items a view can have, the fewest answers that meet
    /// `min_answered` ([`super::enough`]); `usize::MAX` where none do (a view of no items).
    pub(super) needed: Vec<usize>,
    /// The items that have an `asked_if`, in questionnaire order: the only ones that may not
    /// apply (none: every item applies).
    pub(super) gated: Vec<usize>,
    /// Whether any dimension is private.
    pub(super) private: bool,
    /// The public power dimensions and their weights, in questionnaire order: the power
    /// index averages them.
    pub(super) power: Weighted,
    /// The same for each group.
    pub(super) groups: Vec<Weighted>,
    /// The public balance markers: the balance index averages them.
    pub(super) markers: Vec<usize>,
}

/// Dimensions averaged by weight: an index or a group.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Weighted {
    /// The dimensions and their weights.
    pub(super) dimensions: Vec<(usize, f64)>,
    /// Whether every weight is the same: then each, divided by the largest present, is 1,
    /// and the weighted mean is the plain mean to the last bit.
    pub(super) equal: bool,
}

/// One item, as scoring reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ItemPlan {
    pub(super) dimension: usize,
    pub(super) about: About,
    /// Its place among a respondent's views laid flat, `[dimension][self 0 / partner 1]`:
    /// its partner view's when `about = "partner"`, else its self view's (an item
    /// `about = "both"` counts in the partner view after it too).
    pub(super) view: usize,
    pub(super) min: i64,
    pub(super) max: i64,
    pub(super) reverse: bool,
}

/// One view, as scoring reads it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ViewPlan {
    /// Its items, in questionnaire order.
    pub(super) counted: Vec<Counted>,
    /// Whether any of its items has an `asked_if`: only then is it asked which apply.
    pub(super) gated: bool,
    /// The fewest answers that meet `min_answered` when all its items apply
    /// ([`Plan::needed`] of their number).
    pub(super) needed: usize,
    /// The first of its items when they are consecutive (most views): their answers are
    /// then one run of a respondent's values, read without a bounds check each.
    pub(super) run: Option<usize>,
}

/// An item as one view counts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Counted {
    /// The item, in [`Plan::items`] and a respondent's values.
    pub(super) item: usize,
    /// Its scale's lowest answer.
    min: i64,
    /// The points of its answers from `min`, in the item itself when the scale has at most
    /// [`NEAR`] answers (`near_count` of them, else 0): read without a bounds check or
    /// another table's address, for every answer of every line.
    near: [f64; NEAR],
    near_count: u64,
    /// Where the points of its answers start in [`Plan::points`] (`min` first), and how
    /// many there are: 0 for a scale too long to table, whose points are computed each time.
    first: u32,
    count: u32,
    /// Whether it counts `100 - p`: an `about = "both"` item in the partner view.
    complement: bool,
}

/// The longest scale whose points an item holds itself (a power of two, for the mask).
const NEAR: usize = 8;

/// [`Plan::needed`] for every view size up to `largest`: `enough` only grows with the
/// answers, so the fewest is found by halving.
fn needed(q: &Questionnaire, largest: usize) -> Vec<usize> {
    (0..=largest)
        .map(|total| super::fewest_enough(total, q.min_answered_exact).unwrap_or(usize::MAX))
        .collect()
}

/// The longest scale whose points are tabled.
const TABLED_POINTS: i64 = 64;

impl Plan {
    pub(super) fn new(q: &Questionnaire) -> Self {
        let items: Vec<ItemPlan> = q
            .items
            .iter()
            .map(|item| {
                let scale = q.scale_of(item);
                ItemPlan {
                    dimension: item.dimension,
                    about: item.about,
                    view: 2 * item.dimension + super::about_index(item.about),
                    min: scale.min,
                    max: scale.max,
                    reverse: item.reverse,
                }
            })
            .collect();
        let mut points = Vec::new();
        // Where each scale's points start, plain, reversed and each of them as `100 - p`,
        // once tabled.
        let mut tabled: Vec<[Option<u32>; 4]> = vec![[None; 4]; q.scales.len()];
        let mut views: Vec<ViewPlan> = Vec::with_capacity(2 * q.dimensions.len());
        for view in 0..2 * q.dimensions.len() {
            let mut counted = Vec::new();
            let mut gated = false;
            for (n, (item, planned)) in q.items.iter().zip(&items).enumerate() {
                let complement = planned.about == About::Both && planned.view + 1 == view;
                if planned.view != view && !complement {
                    continue;
                }
                gated |= item.asked_if.is_some();
                let (min, max, reverse) = (planned.min, planned.max, planned.reverse);
                let count = max
                    .checked_sub(min)
                    .filter(|&span| span < TABLED_POINTS)
                    .map_or(0, |span| span as u32 + 1);
                let which = usize::from(reverse) + 2 * usize::from(complement);
                let first = *tabled[item.scale][which].get_or_insert_with(|| {
                    let first = points.len() as u32;
                    points.extend((0..i64::from(count)).map(|k| {
                        let p = super::points(min + k, min, max, reverse);
                        if complement { 100.0 - p } else { p }
                    }));
                    first
                });
                let near_count = if count as usize <= NEAR { count } else { 0 };
                let mut near = [0.0; NEAR];
                for (k, p) in near.iter_mut().enumerate().take(near_count as usize) {
                    *p = points[first as usize + k];
                }
                counted.push(Counted {
                    item: n,
                    min,
                    near,
                    near_count: u64::from(near_count),
                    first,
                    count,
                    complement,
                });
            }
            let first = counted.first().map(|c| c.item);
            let consecutive = counted.iter().zip(first.into_iter().flat_map(|f| f..));
            let run = first.filter(|_| consecutive.clone().all(|(c, i)| c.item == i));
            views.push(ViewPlan {
                needed: 0,
                counted,
                gated,
                run,
            });
        }
        let largest = views.iter().map(|v| v.counted.len()).max().unwrap_or(0);
        let needed = needed(q, largest);
        for view in &mut views {
            view.needed = needed[view.counted.len()];
        }
        let public = |d: &Dimension, kind: DimensionKind| d.kind == kind && !d.private;
        let power = |group: Option<usize>| {
            let dimensions: Vec<(usize, f64)> = q
                .dimensions
                .iter()
                .enumerate()
                .filter(|(_, d)| public(d, DimensionKind::Power))
                .filter(|(_, d)| group.is_none() || d.group == group)
                .map(|(n, d)| (n, d.weight))
                .collect();
            Weighted {
                equal: dimensions.windows(2).all(|w| w[0].1 == w[1].1),
                dimensions,
            }
        };
        Plan {
            points,
            dimensions: q.dimensions.len(),
            needed,
            items,
            views,
            gated: (0..q.items.len())
                .filter(|&i| q.items[i].asked_if.is_some())
                .collect(),
            private: q.has_private(),
            power: power(None),
            groups: (0..q.groups.len()).map(|g| power(Some(g))).collect(),
            markers: (0..q.dimensions.len())
                .filter(|&d| public(&q.dimensions[d], DimensionKind::Marker))
                .collect(),
        }
    }

    /// How many figures a person has: a score per dimension, a figure per group, the power
    /// index and the balance index ([`super::Scores`]).
    pub(super) fn figures(&self) -> usize {
        self.dimensions + self.groups.len() + 2
    }

    /// Where `target` is among a person's figures.
    pub(super) fn figure(&self, target: Target) -> usize {
        match target {
            Target::Dimension(d) => d,
            Target::Group(g) => self.dimensions + g,
            Target::PowerIndex => self.dimensions + self.groups.len(),
            Target::BalanceIndex => self.dimensions + self.groups.len() + 1,
        }
    }

    /// Whether `answered` of a view's `total` items meet `min_answered`.
    #[cfg(test)]
    pub(super) fn enough(&self, answered: usize, total: usize) -> bool {
        answered >= self.needed[total]
    }

    /// The points answer `x` counts as in a view's item `c`.
    #[inline(always)]
    pub(super) fn points(&self, c: &Counted, x: i64) -> f64 {
        // Below `min` wraps round to a large number, so one comparison checks both ends.
        let k = x.wrapping_sub(c.min) as u64;
        if k < c.near_count {
            // `near_count` is at most `NEAR`, so the mask leaves `k` as it is.
            c.near[k as usize & (NEAR - 1)]
        } else {
            self.farther(c, x)
        }
    }

    /// [`Plan::points`] of an answer the item does not hold: from the table, or computed
    /// for a scale too long to table (or an answer off the scale). Cold, so that the
    /// common answer runs straight through.
    #[cold]
    #[inline(never)]
    fn farther(&self, c: &Counted, x: i64) -> f64 {
        let k = x.wrapping_sub(c.min) as u64;
        if k < u64::from(c.count) {
            return self.points[c.first as usize + k as usize];
        }
        let item = &self.items[c.item];
        let p = super::points(x, item.min, item.max, item.reverse);
        if c.complement { 100.0 - p } else { p }
    }
}

/// The dimensions a report shows, their keys and the layout that goes with them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub(super) dimensions: Vec<usize>,
    /// The same dimensions as runs of consecutive ones, to copy a person's figures a run at
    /// a time.
    pub(super) runs: Runs,
    /// The same dimensions as bits, to tell from [`super::views_of`]'s bits whether any of
    /// them is left unscored.
    pub(super) bits: u64,
    pub(super) keys: Arc<Keys>,
    pub(super) layout: Arc<Layout>,
}

/// Indices in increasing order, laid out as runs of consecutive ones, `(first, length)`: what
/// a list of them picks from a slice, picked a run at a time, with one bounds check a run
/// rather than one an index.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Runs(Vec<(usize, usize)>);

impl Runs {
    pub(super) fn of(indices: &[usize]) -> Self {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for &i in indices {
            match runs.last_mut() {
                Some((first, len)) if *first + *len == i => *len += 1,
                _ => runs.push((i, 1)),
            }
        }
        Runs(runs)
    }

    /// `to[k] = from[indices[k]]` for every `k`: `to` has one place per index.
    #[inline]
    pub(super) fn pick<T: Copy>(&self, from: &[T], to: &mut [T]) {
        let mut at = 0;
        for &(first, len) in &self.0 {
            to[at..at + len].copy_from_slice(&from[first..first + len]);
            at += len;
        }
    }

    /// `to[k] = f(a[indices[k]], b[indices[k]])` for every `k`, in order.
    #[inline]
    pub(super) fn pick_with<T: Copy, U>(
        &self,
        (a, b): (&[T], &[T]),
        to: &mut [U],
        f: impl Fn(T, T) -> U,
    ) {
        let mut at = 0;
        for &(first, len) in &self.0 {
            let (a, b) = (&a[first..first + len], &b[first..first + len]);
            for ((to, &a), &b) in to[at..at + len].iter_mut().zip(a).zip(b) {
                *to = f(a, b);
            }
            at += len;
        }
    }
}

/// A rule, laid out once: what it checks and the fixed text of what it fires.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RuleText {
    /// What it checks, its figure found.
    pub(super) check: Check,
    /// Whether an item of an `item` rule has an `asked_if`.
    pub(super) gated: bool,
    pub(super) id: Text,
    pub(super) severity: Severity,
    pub(super) private: bool,
    /// The dimension, group or index its warnings name.
    pub(super) dimension: Text,
    /// Held once for the process ([`crate::jsonl::intern`]), as texts are: a warning
    /// holding it takes no count.
    pub(super) message: &'static Template,
    pub(super) prompt: Option<Text>,
    pub(super) basis: Option<Text>,
}

impl Prepared {
    /// Prepares `q` for scoring.
    ///
    /// The texts it makes of `q` (ids, rule texts, message templates) are held for the rest
    /// of the process, once however often `q` is prepared: a program that prepares many
    /// different questionnaires keeps the texts of each.
    pub fn new(q: &Questionnaire) -> Self {
        let shown = |joint: bool, private_columns: bool| {
            let dimensions: Vec<usize> = (0..q.dimensions.len())
                .filter(|&d| q.dimensions[d].kind != DimensionKind::Context)
                .filter(|&d| !(joint && q.dimensions[d].private))
                .collect();
            Shown {
                keys: Keys::new(dimensions.iter().map(|&d| q.dimensions[d].id.as_str())),
                layout: Arc::new(Layout::new(q, &dimensions, private_columns)),
                runs: Runs::of(&dimensions),
                bits: dimensions
                    .iter()
                    .fold(0, |bits, &d| bits | super::unscored_bit(d)),
                dimensions,
            }
        };
        let text = |s: &Option<String>| s.as_deref().map(Text::new);
        let dimension_ids: Vec<Text> = q.dimensions.iter().map(|d| Text::new(&d.id)).collect();
        let group_ids: Vec<Text> = q.groups.iter().map(|g| Text::new(g)).collect();
        let power_index = Text::new(q.target_id(Target::PowerIndex));
        let balance_index = Text::new(q.target_id(Target::BalanceIndex));
        let target = |t: Target| match t {
            Target::Dimension(d) => dimension_ids[d],
            Target::Group(g) => group_ids[g],
            Target::PowerIndex => power_index,
            Target::BalanceIndex => balance_index,
        };
        let plan = Plan::new(q);
        let laid_out: Vec<RuleText> = q
            .rules
            .iter()
            .map(|r| RuleText {
                check: Check::new(&r.kind, &plan),
                gated: rules::gated(q, r),
                id: Text::new(&r.id),
                severity: r.severity,
                private: r.private,
                dimension: target(rules::named_target(q, r)),
                message: Template::interned(q, r),
                prompt: text(&r.prompt),
                basis: text(&r.basis),
            })
            .collect();
        Prepared {
            triggers: Triggers::new(&laid_out),
            instrument: Arc::new(Instrument::of(q)),
            shown: [shown(false, false), shown(true, false), shown(false, true)],
            groups: Keys::new(q.groups.iter().map(String::as_str)),
            rules: laid_out,
            resources: text(&q.resources),
            both_items: q
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.about == About::Both)
                .map(|(n, i)| (n, Text::new(&i.id)))
                .collect(),
            plan,
            messages: Messages::Filled,
        }
    }

    /// The same, for a writer of CSV rows, which reads a report's figures and, of each
    /// warning, its rule, severity and person (it counts them), but none of its words: the
    /// warnings' messages and the notes are left empty, not made.
    pub fn for_rows(mut self) -> Self {
        self.messages = Messages::None;
        self
    }

    /// The same, for a writer of JSON lines ([`crate::jsonl::JsonLines`]) and for nothing
    /// else: a fired rule's message is not filled in as a string but left empty, its
    /// template and fills held in the warning, and the writer writes it straight into the
    /// line, its text escaped once per questionnaire and its names once per line. A report
    /// scored so serializes (`serde`) and renders with empty messages.
    pub(crate) fn for_lines(mut self) -> Self {
        self.messages = Messages::Held;
        self
    }

    /// Whether this was prepared from `q` (the same id and file).
    pub fn is_for(&self, q: &Questionnaire) -> bool {
        self.instrument.is_of(q)
    }
}

#[cfg(test)]
mod tests {
    use super::{Plan, Prepared, Runs};
    use crate::jsonl::Text;
    use crate::questionnaire::{ALL_VERSIONS, About, Fraction};
    use crate::scoring::{enough, mean, mean_of_two, points, weighted_mean};

    /// Preparing a questionnaire again, as each thread of a batch does, makes no new text or
    /// message template: the second's are the very ones of the first (held once for the
    /// process); equal texts are one, unequal ones two.
    #[test]
    fn prepared_again_holds_the_same_texts_not_new_ones() {
        let same = |a: Option<Text>, b: Option<Text>| match (a, b) {
            (Some(a), Some(b)) => a.same(&b),
            (a, b) => a.is_none() && b.is_none(),
        };
        for b in ALL_VERSIONS {
            let q = b.load().unwrap();
            let (first, again) = (Prepared::new(&q), Prepared::new(&q));
            assert_eq!(first.rules.len(), again.rules.len());
            for (x, y) in first.rules.iter().zip(&again.rules) {
                let id = x.id;
                assert!(id.same(&y.id) && x.dimension.same(&y.dimension), "{id}");
                assert!(same(x.prompt, y.prompt) && same(x.basis, y.basis), "{id}");
                assert!(std::ptr::eq(x.message, y.message), "{id}");
            }
            assert!(same(first.resources, again.resources));
        }
        let text = Text::new("a text");
        assert!(text.same(&Text::new("a text")));
        assert!(!text.same(&Text::new("another text")));
        assert_eq!(Text::new("another text"), "another text");
    }

    /// The tabled points are `points` (or `100 - points` in the partner view of an
    /// `about = "both"` item) to the bit, for every item of every view of every bundled
    /// questionnaire and every value on its scale (and the ones just off it, computed); each
    /// view counts its items in questionnaire order, the items of its dimension and side.
    #[test]
    fn tabled_points_are_the_computed_ones() {
        let (mut complements, mut runs) = (0, 0);
        for b in ALL_VERSIONS {
            let q = b.load().unwrap();
            let plan = Plan::new(&q);
            assert_eq!(plan.views.len(), 2 * q.dimensions.len());
            let every = || plan.views.iter().flat_map(|v| &v.counted);
            complements += every().filter(|c| c.complement).count();
            assert!(every().any(|c| c.near_count > 0), "items hold their points");
            for (view, laid) in plan.views.iter().enumerate() {
                let counted = &laid.counted;
                assert_eq!(laid.needed, plan.needed[counted.len()]);
                let expected: Vec<usize> = (0..q.items.len())
                    .filter(|&i| {
                        let item = &q.items[i];
                        item.dimension == view / 2
                            && match item.about {
                                About::Me => view % 2 == 0,
                                About::Partner => view % 2 == 1,
                                About::Both => true,
                            }
                    })
                    .collect();
                let items: Vec<usize> = counted.iter().map(|c| c.item).collect();
                assert_eq!(items, expected);
                let consecutive = items.windows(2).all(|w| w[1] == w[0] + 1);
                assert_eq!(laid.run, items.first().copied().filter(|_| consecutive));
                runs += usize::from(laid.run.is_some());
                let gated = items.iter().any(|&i| q.items[i].asked_if.is_some());
                assert_eq!(laid.gated, gated);
                for c in counted {
                    let item = &q.items[c.item];
                    let scale = q.scale_of(item);
                    assert_eq!(c.complement, item.about == About::Both && view % 2 == 1);
                    for x in scale.min - 1..=scale.max + 1 {
                        let p = points(x, scale.min, scale.max, item.reverse);
                        let expected = if c.complement { 100.0 - p } else { p };
                        assert_eq!(plan.points(c, x).to_bits(), expected.to_bits());
                        assert_eq!(plan.farther(c, x).to_bits(), expected.to_bits());
                    }
                }
            }
        }
        assert!(complements > 0, "some items about both");
        assert!(runs > 0, "views of consecutive items");
    }

    /// Runs pick what their indices pick, one by one: gaps, single indices, runs at either
    /// end, none.
    #[test]
    fn runs_pick_what_their_indices_pick() {
        let from: Vec<i64> = (100..120).collect();
        let other: Vec<i64> = (0..20).map(|i| i * i).collect();
        let lists: [&[usize]; 6] = [
            &[],
            &[0],
            &[19],
            &[0, 1, 2, 3],
            &[0, 2, 3, 4, 7, 8, 19],
            &[1, 3, 5, 6, 7, 8, 9, 10, 18, 19],
        ];
        for indices in lists {
            let runs = Runs::of(indices);
            let mut to = vec![0; indices.len()];
            runs.pick(&from, &mut to);
            let expected: Vec<i64> = indices.iter().map(|&i| from[i]).collect();
            assert_eq!(to, expected, "{indices:?}");
            runs.pick_with((&from, &other), &mut to, |a, b| a - b);
            let expected: Vec<i64> = indices.iter().map(|&i| from[i] - other[i]).collect();
            assert_eq!(to, expected, "{indices:?}");
            let consecutive = 1 + indices.windows(2).filter(|w| w[1] != w[0] + 1).count();
            assert_eq!(runs.0.len(), consecutive.min(indices.len()), "{indices:?}");
        }
    }

    /// The table of fewest answers says what `enough` says, for every view size of the
    /// questionnaire and every count of answers, at fractions that round awkwardly.
    #[test]
    fn the_table_of_fewest_answers_is_enough() {
        let mut q = ALL_VERSIONS[0].load().unwrap();
        for f in [0.07, 0.1, 1.0 / 3.0, 0.5, 0.51, 2.0 / 3.0, 0.99, 1.0] {
            q.min_answered_exact = Fraction::of(f);
            let plan = Plan::new(&q);
            assert!(plan.needed.len() > 10, "views of more than ten items");
            for total in 0..plan.needed.len() {
                for answered in 0..=total {
                    let expected = enough(answered, total, q.min_answered_exact);
                    assert_eq!(
                        plan.enough(answered, total),
                        expected,
                        "{answered} of {total} at {f}"
                    );
                    let note = plan.needed[total].min(total);
                    assert_eq!(note, crate::scoring::needed(total, q.min_answered_exact));
                }
            }
        }
    }

    /// The mean of two is `mean` to the bit, for any two values present or not: signed
    /// zeros, values whose sum rounds, and a NaN beside a number.
    #[test]
    fn the_mean_of_two_is_the_mean() {
        let values = [
            None,
            Some(0.0),
            Some(-0.0),
            Some(100.0),
            Some(1.0 / 3.0),
            Some(2.0 / 3.0),
            Some(100.0 - 1e-13),
            Some(33.333_333_333_333_336),
            Some(f64::MIN_POSITIVE),
            Some(f64::MAX),
            Some(f64::NAN),
        ];
        for a in values {
            for b in values {
                let no_number = a.is_none_or(f64::is_nan) && b.is_none_or(f64::is_nan);
                if no_number && (a.is_some() || b.is_some()) {
                    continue; // No range to hold the mean within: `mean` panics.
                }
                assert_eq!(
                    mean_of_two(a, b).map(f64::to_bits),
                    mean([a, b]).map(f64::to_bits),
                    "{a:?} and {b:?}"
                );
            }
        }
    }

    /// With every weight the same, whatever it is, the weighted mean is the plain mean to
    /// the bit (which is why an index of equal weights takes the plain mean).
    #[test]
    fn equal_weights_are_the_plain_mean() {
        let mut seed = 7_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            seed >> 11
        };
        for w in [1.0, 2.0, 0.1, 3.7, 1.7e308, 5e-324] {
            for n in 0..12 {
                let values: Vec<Option<f64>> = (0..n)
                    .map(|_| {
                        let v = (next() % 10_001) as f64 / 100.0;
                        (next() % 4 > 0).then_some(v)
                    })
                    .collect();
                let weighted = weighted_mean(values.iter().map(|&v| (v, w)));
                assert_eq!(
                    mean(values.iter().copied()).map(f64::to_bits),
                    weighted.map(f64::to_bits)
                );
            }
        }
    }
}
