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

mod rules;

use indexmap::IndexMap;

use crate::answers::{Pair, Responses};
use crate::questionnaire::{About, DimensionKind, Questionnaire, Target};
use crate::report::{DimensionInfo, Imbalance, Instrument, Layout, Person, Report, Views};

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
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    value: Option<f64>,
    answered: usize,
    total: usize,
}

/// Every view one respondent gives: `[dimension][About::Me as 0 / About::Partner as 1]`.
fn views_of(q: &Questionnaire, r: &Responses) -> Vec<[View; 2]> {
    let mut sums = vec![[(0.0_f64, 0_usize, 0_usize); 2]; q.dimensions.len()];
    for (item, value) in q.items.iter().zip(&r.values) {
        let slot = &mut sums[item.dimension][about_index(item.about)];
        slot.2 += 1;
        if let Some(x) = *value {
            let scale = q.scale_of(item);
            slot.0 += points(x, scale.min, scale.max, item.reverse);
            slot.1 += 1;
        }
    }
    sums.iter()
        .map(|pair| {
            pair.map(|(sum, answered, total)| View {
                value: enough(answered, total, q.min_answered).then(|| sum / answered as f64),
                answered,
                total,
            })
        })
        .collect()
}

fn about_index(about: About) -> usize {
    match about {
        About::Me => 0,
        About::Partner => 1,
    }
}

/// An answer's points on 0–100 (steps 1 and 2). `x' - min` is `max - x` when reversed, written
/// so, because `min + max` overflows on a scale near the ends of `i64` (the loader accepts
/// any `min < max` with one label per point). `x` is on the scale and the scale has as many
/// points as labels, so neither difference can overflow.
pub fn points(x: i64, min: i64, max: i64, reverse: bool) -> f64 {
    let above_min = if reverse { max - x } else { x - min };
    above_min as f64 / (max - min) as f64 * 100.0
}

/// Whether `answered` of `total` items meet `min_answered` (step 3). A view with no items
/// is never scored.
fn enough(answered: usize, total: usize, min_answered: f64) -> bool {
    total > 0 && answered > 0 && answered as f64 >= min_answered * total as f64
}

/// The fewest answers that meet `min_answered` for `total` items, for notes.
fn needed(total: usize, min_answered: f64) -> usize {
    (1..=total)
        .find(|&k| enough(k, total, min_answered))
        .unwrap_or(total)
}

fn mean(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    weighted_mean(values.into_iter().map(|v| (v, 1.0)))
}

/// The weighted mean of the present values. A questionnaire may give any finite weight above
/// 0, so the weights are first divided by the largest: `v * w` then cannot overflow (1e308 ×
/// 100 would be infinite, and infinite / infinite is NaN), and a tiny weight keeps its
/// precision. The result is held within the values' own range, which rounding could
/// otherwise leave by a last digit (100.00000000000001).
fn weighted_mean(values: impl IntoIterator<Item = (Option<f64>, f64)>) -> Option<f64> {
    let present: Vec<(f64, f64)> = values
        .into_iter()
        .filter_map(|(v, w)| v.map(|v| (v, w)))
        .collect();
    let top = present.iter().fold(0.0_f64, |top, &(_, w)| top.max(w));
    if top <= 0.0 {
        return None;
    }
    let (mut sum, mut weight) = (0.0, 0.0);
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for &(v, w) in &present {
        let w = w / top;
        sum += v * w;
        weight += w;
        low = low.min(v);
        high = high.max(v);
    }
    Some((sum / weight).clamp(low, high))
}

fn difference(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? - b?)
}

/// One person's numbers, indexed like the questionnaire (private dimensions included).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scores {
    own: Vec<Option<f64>>,
    partner: Vec<Option<f64>>,
    scores: Vec<Option<f64>>,
    groups: Vec<Option<f64>>,
    power_index: Option<f64>,
    balance_index: Option<f64>,
}

impl Scores {
    fn new(q: &Questionnaire, own: Vec<Option<f64>>, partner: Vec<Option<f64>>) -> Self {
        let scores: Vec<Option<f64>> = own
            .iter()
            .zip(&partner)
            .map(|(a, b)| mean([*a, *b]))
            .collect();
        let public_power =
            |d: &&crate::questionnaire::Dimension| d.kind == DimensionKind::Power && !d.private;
        let weighted = |group: Option<usize>| {
            weighted_mean(
                q.dimensions
                    .iter()
                    .zip(&scores)
                    .filter(|(d, _)| public_power(d) && (group.is_none() || d.group == group))
                    .map(|(d, s)| (*s, d.weight)),
            )
        };
        let groups = (0..q.groups.len()).map(|g| weighted(Some(g))).collect();
        let power_index = weighted(None);
        let balance_index = mean(
            q.dimensions
                .iter()
                .zip(&scores)
                .filter(|(d, _)| d.kind == DimensionKind::Marker && !d.private)
                .map(|(_, s)| *s),
        );
        Scores {
            own,
            partner,
            scores,
            groups,
            power_index,
            balance_index,
        }
    }

    pub(crate) fn target(&self, target: Target) -> Option<f64> {
        match target {
            Target::Dimension(d) => self.scores[d],
            Target::Group(g) => self.groups[g],
            Target::PowerIndex => self.power_index,
            Target::BalanceIndex => self.balance_index,
        }
    }
}

/// Scores a pair of answer sets (or one) into a report.
pub fn score(q: &Questionnaire, pair: &Pair, options: Options) -> Report {
    let first = views_of(q, pair.first());
    let second = pair.second().map(|r| views_of(q, r));
    let pick = |views: Option<&Vec<[View; 2]>>, about: About| -> Vec<Option<f64>> {
        (0..q.dimensions.len())
            .map(|d| views.and_then(|v| v[d][about_index(about)].value))
            .collect()
    };
    // Person 0 is the first respondent: their self view is their own, their partner view
    // comes from the second respondent. Person 1 the other way round.
    let people = [
        Scores::new(
            q,
            pick(Some(&first), About::Me),
            pick(second.as_ref(), About::Partner),
        ),
        Scores::new(
            q,
            pick(second.as_ref(), About::Me),
            pick(Some(&first), About::Partner),
        ),
    ];
    let names = pair.names();
    let joint = pair.second().is_some() && !options.show_private;
    let shown: Vec<usize> = (0..q.dimensions.len())
        .filter(|&d| !(joint && q.dimensions[d].private))
        .collect();

    let warnings = rules::evaluate(q, pair, &people, joint);
    let mut notes = Vec::new();
    if pair.second().is_none() {
        notes.push(format!(
            "Only {} answered, so {}'s scores come from {}'s answers alone, and how each sees \
             themselves beside how the other sees them needs both to answer.",
            names[0], names[1], names[0]
        ));
    }
    let respondents: Vec<(&Responses, &Vec<[View; 2]>)> = std::iter::once((pair.first(), &first))
        .chain(pair.second().zip(second.as_ref()))
        .collect();
    for (r, views) in respondents {
        for about in [About::Me, About::Partner] {
            if let Some(note) = unscored_note(q, r, views, about, &shown) {
                notes.push(note);
            }
        }
    }
    if joint && q.has_private() {
        notes.push(PRIVATE_NOTE.to_owned());
    }
    let fired_sensitive = warnings
        .iter()
        .any(|w| w.private || w.severity == crate::questionnaire::Severity::Alert);
    let resources = q
        .resources
        .clone()
        .filter(|_| fired_sensitive || (joint && q.has_private()));

    let by_id = |values: &[Option<f64>]| -> IndexMap<String, Option<f64>> {
        shown
            .iter()
            .map(|&d| (q.dimensions[d].id.clone(), values[d]))
            .collect()
    };
    let groups = |values: &[Option<f64>]| -> IndexMap<String, Option<f64>> {
        q.groups
            .iter()
            .cloned()
            .zip(values.iter().copied())
            .collect()
    };
    let person = |p: &Scores, name: &str| Person {
        name: name.to_owned(),
        power_index: p.power_index,
        balance_index: p.balance_index,
        groups: groups(&p.groups),
        scores: by_id(&p.scores),
        views: shown
            .iter()
            .map(|&d| {
                let v = Views {
                    own: p.own[d],
                    partner: p.partner[d],
                };
                (q.dimensions[d].id.clone(), v)
            })
            .collect(),
    };
    let diff = |f: fn(&Scores, usize) -> Option<f64>, n: usize| -> Vec<Option<f64>> {
        (0..n)
            .map(|i| difference(f(&people[0], i), f(&people[1], i)))
            .collect()
    };
    Report {
        questionnaire: Instrument {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.sha256.clone(),
        },
        respondents: std::iter::once(pair.first().respondent.clone())
            .chain(pair.second().map(|r| r.respondent.clone()))
            .collect(),
        imbalance: Imbalance {
            power_index: difference(people[0].power_index, people[1].power_index),
            balance_index: difference(people[0].balance_index, people[1].balance_index),
            groups: groups(&diff(|p, g| p.groups[g], q.groups.len())),
            scores: by_id(&diff(|p, d| p.scores[d], q.dimensions.len())),
        },
        people: [person(&people[0], names[0]), person(&people[1], names[1])],
        warnings,
        notes,
        resources,
        layout: Layout {
            title: q.title.clone(),
            dimensions: shown
                .iter()
                .map(|&d| DimensionInfo {
                    id: q.dimensions[d].id.clone(),
                    name: q.dimensions[d].name.clone(),
                    kind: q.dimensions[d].kind,
                    group: q.dimensions[d].group.map(|g| q.groups[g].clone()),
                })
                .collect(),
            columns: q.dimensions.iter().map(|d| d.id.clone()).collect(),
            completed: std::iter::once(pair.first().completed.clone())
                .chain(pair.second().map(|r| r.completed.clone()))
                .collect(),
        },
    }
}

/// "Not scored from Alex's answers about Sam: expert (1 of 3 answered, 2 needed)."
fn unscored_note(
    q: &Questionnaire,
    r: &Responses,
    views: &[[View; 2]],
    about: About,
    shown: &[usize],
) -> Option<String> {
    let missing: Vec<String> = shown
        .iter()
        .map(|&d| (d, views[d][about_index(about)]))
        .filter(|(_, v)| v.total > 0 && v.value.is_none())
        .map(|(d, v)| {
            format!(
                "{} ({} of {} answered, {} needed)",
                q.dimensions[d].name,
                v.answered,
                v.total,
                needed(v.total, q.min_answered)
            )
        })
        .collect();
    if missing.is_empty() {
        return None;
    }
    let whom = match about {
        About::Me => "themselves".to_owned(),
        About::Partner => r.partner.clone(),
    };
    Some(format!(
        "Not scored from {}'s answers about {whom}: {}.",
        r.respondent,
        missing.join(", ")
    ))
}

#[cfg(test)]
mod tests;
