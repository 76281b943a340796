//! Instrument statistics (`stats`): how well a questionnaire's scales hold together over
//! many answer sets. Pure: answer sets in, a [`Stats`] value out; memory does not grow with
//! the number of answer sets (see [`moments`]).
//!
//! A **view** is one dimension's items about one person: the `self` items, or the `partner`
//! items (SPEC §5). Every answer set gives one observation of each view. An item's value is
//! taken in the points the scoring uses: reverse-keyed, then POMP, `(x' − min) / (max − min) ·
//! 100`, so the statistics describe the scale as it is scored.
//!
//! Per view:
//! - `n`, `mean`, `sd`: over the answer sets whose view is scored (at least `min_answered` of
//!   its items answered, exactly as in a report); the view score is the mean of its answered
//!   items' points; `sd` is the sample standard deviation (divisor `n − 1`).
//! - `alpha`: Cronbach's alpha (Cronbach 1951), `α = k/(k−1) · (1 − Σᵢ s²ᵢ / s²_T)`, where
//!   `s²ᵢ` is item i's sample variance and `s²_T` that of the sum of the view's `k` items.
//!   Missing answers are handled **listwise**: only answer sets that answered all `k` items
//!   count, and their number is `alpha_n`. Alpha needs `k ≥ 2`, `alpha_n ≥ 2` and a sum that
//!   varies; otherwise it is null.
//! - `corrected_item_total`, per item: Pearson's r between the item and the sum of the view's
//!   other items (the item left out of the total, so it is not correlated with itself; see
//!   Nunnally & Bernstein 1994), over the same complete answer sets as alpha.
//! - `frequencies`, per item: how many answer sets gave each raw answer (before reverse
//!   keying), from the scale's `min` to its `max`, and `missing`: null or absent.
//!
//! Per dimension, over couples (a line with two answer sets): `self_partner` is Pearson's r
//! between a person's self view and the other person's partner view of them. Each couple
//! gives up to two observations, one per person, each used when both views are scored
//! (pairwise deletion). The two observations of a couple are not independent, so treat `r`
//! as a description, not a test.
//!
//! References:
//! - Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests.
//!   *Psychometrika*, 16(3), 297–334.
//! - Nunnally, J. C., & Bernstein, I. H. (1994). *Psychometric theory* (3rd ed.). McGraw-Hill.
//! - Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
//!   products. *Technometrics*, 4(3), 419–420.

pub mod moments;
mod norms;
mod table;

use indexmap::IndexMap;
use serde::Serialize;

use crate::answers::{Pair, Responses};
use crate::questionnaire::{About, DimensionKind, Instrument, Questionnaire};
use crate::scoring::{ViewScorer, points};
use moments::Comoments;

pub use norms::NormsAccumulator;
pub use table::render_stats_table;

/// The statistics of one questionnaire over many answer sets.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Stats {
    /// The instrument.
    pub questionnaire: Instrument,
    /// Answer sets read (a couple counts two).
    pub answer_sets: u64,
    /// Lines that held a couple.
    pub couples: u64,
    /// Per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionStats>,
}

/// One dimension's statistics.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct DimensionStats {
    /// Its id.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// What it measures.
    pub kind: DimensionKind,
    /// Whether it is private (its results stay out of joint reports).
    pub private: bool,
    /// The self and the partner view; null where the dimension has no such items.
    pub views: ViewPair,
    /// Self view against the other's partner view (null without couples, or without both
    /// kinds of items).
    pub self_partner: Option<Correlation>,
}

/// The two views of a dimension.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ViewPair {
    /// Items about the respondent.
    #[serde(rename = "self")]
    pub own: Option<ViewStats>,
    /// Items about the other person.
    pub partner: Option<ViewStats>,
}

/// One view's statistics.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ViewStats {
    /// Answer sets whose view is scored.
    pub n: u64,
    /// The mean view score (0–100).
    pub mean: Option<f64>,
    /// The sample standard deviation of the view score.
    pub sd: Option<f64>,
    /// Cronbach's alpha over the complete answer sets.
    pub alpha: Option<f64>,
    /// Answer sets that answered every item of the view.
    pub alpha_n: u64,
    /// Per item, in questionnaire order.
    pub items: Vec<ItemStats>,
}

/// One item's statistics.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ItemStats {
    /// Its id.
    pub id: String,
    /// Whether it is reverse-keyed.
    pub reverse: bool,
    /// Pearson's r with the sum of the view's other items.
    pub corrected_item_total: Option<f64>,
    /// Answer sets per raw answer, `min` to `max`.
    pub frequencies: IndexMap<String, u64>,
    /// Answer sets that skipped it.
    pub missing: u64,
}

/// A correlation and how many observations it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Correlation {
    /// Observations with both values.
    pub n: u64,
    /// Pearson's r (null when either side does not vary).
    pub r: Option<f64>,
}

/// Running sums for one view.
#[derive(Debug, Clone)]
struct ViewAcc {
    items: Vec<usize>,
    scores: Comoments,
    complete: Comoments,
    /// `frequencies[item][x − min]`.
    frequencies: Vec<Vec<u64>>,
    missing: Vec<u64>,
    row: Vec<f64>,
}

/// Collects answer sets of one questionnaire into statistics, in constant memory.
#[derive(Debug, Clone)]
pub struct Accumulator {
    /// `views[dimension][About::Me as 0 / About::Partner as 1]`.
    views: Vec<[Option<ViewAcc>; 2]>,
    /// Per dimension: (self view, other's partner view) of each person of a couple.
    self_partner: Vec<Comoments>,
    answer_sets: u64,
    couples: u64,
    /// The views' arithmetic, laid out once.
    scorer: ViewScorer,
    /// The views of a line's first and second answer set, kept from line to line.
    line_views: [Vec<[Option<f64>; 2]>; 2],
}

impl Accumulator {
    /// An empty accumulator for `q`.
    pub fn new(q: &Questionnaire) -> Self {
        let view = |d: usize, about: About| {
            let items: Vec<usize> = (0..q.items.len())
                .filter(|&i| q.items[i].dimension == d && q.items[i].about == about)
                .collect();
            (!items.is_empty()).then(|| ViewAcc {
                scores: Comoments::new(1),
                complete: Comoments::new(items.len()),
                frequencies: items
                    .iter()
                    .map(|&i| {
                        let s = q.scale_of(&q.items[i]);
                        vec![0; (s.max - s.min + 1) as usize]
                    })
                    .collect(),
                missing: vec![0; items.len()],
                row: Vec::with_capacity(items.len()),
                items,
            })
        };
        Accumulator {
            views: (0..q.dimensions.len())
                .map(|d| [view(d, About::Me), view(d, About::Partner)])
                .collect(),
            self_partner: vec![Comoments::new(2); q.dimensions.len()],
            answer_sets: 0,
            couples: 0,
            scorer: ViewScorer::new(q),
            line_views: [Vec::new(), Vec::new()],
        }
    }

    /// Adds the one or two answer sets of a line, read with `q` (the questionnaire this
    /// accumulator was made for).
    pub fn add(&mut self, q: &Questionnaire, pair: &Pair) {
        let [mut first, mut second] = std::mem::take(&mut self.line_views);
        self.add_respondent(q, pair.first(), &mut first);
        if let Some(other) = pair.second() {
            self.add_respondent(q, other, &mut second);
            self.couples += 1;
            for (d, acc) in self.self_partner.iter_mut().enumerate() {
                // Person 1: their self view, and person 2's view of them; then the other way.
                for (own, seen) in [(first[d][0], second[d][1]), (second[d][0], first[d][1])] {
                    if let (Some(own), Some(seen)) = (own, seen) {
                        acc.add(&[own, seen]);
                    }
                }
            }
        }
        self.line_views = [first, second];
    }

    /// Adds one answer set; its views go to `scores`.
    fn add_respondent(
        &mut self,
        q: &Questionnaire,
        r: &Responses,
        scores: &mut Vec<[Option<f64>; 2]>,
    ) {
        self.answer_sets += 1;
        self.scorer.scores_into(q, r, scores);
        for (d, pair) in self.views.iter_mut().enumerate() {
            for (v, acc) in pair.iter_mut().enumerate() {
                let Some(acc) = acc else { continue };
                if let Some(score) = scores[d][v] {
                    acc.scores.add(&[score]);
                }
                acc.row.clear();
                for (slot, &i) in acc.items.iter().enumerate() {
                    let item = &q.items[i];
                    match r.values[i] {
                        Some(x) => {
                            let s = q.scale_of(item);
                            acc.frequencies[slot][(x - s.min) as usize] += 1;
                            acc.row.push(points(x, s.min, s.max, item.reverse));
                        }
                        None => acc.missing[slot] += 1,
                    }
                }
                if acc.row.len() == acc.items.len() {
                    acc.complete.add(&acc.row);
                }
            }
        }
    }

    /// The statistics so far.
    pub fn finish(&self, q: &Questionnaire) -> Stats {
        let view_stats = |acc: &ViewAcc| ViewStats {
            n: acc.scores.n(),
            mean: acc.scores.mean(0),
            sd: acc.scores.sd(0),
            alpha: acc.complete.alpha(),
            alpha_n: acc.complete.n(),
            items: acc
                .items
                .iter()
                .enumerate()
                .map(|(slot, &i)| {
                    let item = &q.items[i];
                    let min = q.scale_of(item).min;
                    ItemStats {
                        id: item.id.clone(),
                        reverse: item.reverse,
                        corrected_item_total: acc.complete.item_rest(slot),
                        frequencies: acc.frequencies[slot]
                            .iter()
                            .enumerate()
                            .map(|(x, &count)| ((min + x as i64).to_string(), count))
                            .collect(),
                        missing: acc.missing[slot],
                    }
                })
                .collect(),
        };
        Stats {
            questionnaire: Instrument::of(q),
            answer_sets: self.answer_sets,
            couples: self.couples,
            dimensions: q
                .dimensions
                .iter()
                .zip(&self.views)
                .zip(&self.self_partner)
                // Context items (gates) are facts, never scored: no statistics of them.
                .filter(|((d, _), _)| d.kind != crate::questionnaire::DimensionKind::Context)
                .map(|((d, [own, partner]), sp)| DimensionStats {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    kind: d.kind,
                    private: d.private,
                    views: ViewPair {
                        own: own.as_ref().map(view_stats),
                        partner: partner.as_ref().map(view_stats),
                    },
                    self_partner: (self.couples > 0 && own.is_some() && partner.is_some()).then(
                        || Correlation {
                            n: sp.n(),
                            r: sp.correlation(0, 1),
                        },
                    ),
                })
                .collect(),
        }
    }
}
