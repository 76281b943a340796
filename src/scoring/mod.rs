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

pub use prepared::Prepared;
use prepared::{Plan, Weighted};

use crate::answers::{Pair, Responses};
use crate::jsonl::Keyed;
use crate::model::{
    Audience, Decision, Imbalance, Note, NoteKind, Person, Report, Unscored, Views,
};
use crate::questionnaire::{About, Fraction, Questionnaire, Severity, Target};

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
    /// The points of the answered items, added up.
    sum: f64,
}

/// Every view one respondent gives: `[dimension][self 0 / partner 1]`. Only the items that
/// apply count (`applies`, `None` when every item does). An item `about = "both"` counts in
/// both views: its points `p` in the self view, `100 - p` in the partner view (SPEC §5).
fn views_of(plan: &Plan, r: &Responses, applies: Option<&[bool]>) -> Vec<[View; 2]> {
    let mut views = vec![[View::default(); 2]; plan.dimensions];
    for (i, (item, value)) in plan.items.iter().zip(&r.values).enumerate() {
        if applies.is_some_and(|a| !a[i]) {
            continue;
        }
        let p = value.map(|x| plan.points(item, x));
        let mut add = |slot: usize, p: Option<f64>| {
            let view = &mut views[item.dimension][slot];
            view.total += 1;
            if let Some(p) = p {
                view.sum += p;
                view.answered += 1;
            }
        };
        match item.about {
            About::Me => add(0, p),
            About::Partner => add(1, p),
            About::Both => {
                add(0, p);
                add(1, p.map(|p| 100.0 - p));
            }
        }
    }
    for view in views.iter_mut().flatten() {
        view.value = plan
            .enough(view.answered, view.total)
            .then(|| view.sum / view.answered as f64);
    }
    views
}

/// Which of a respondent's items apply, or `None` when the questionnaire has no gates (every
/// item applies): `plan.gates`.
fn applicable(plan: &Plan, q: &Questionnaire, r: &Responses) -> Option<Vec<bool>> {
    plan.gates.then(|| {
        let mut out = Vec::with_capacity(q.items.len());
        q.applicable(&r.values, &mut out);
        out
    })
}

/// The views respondents of one questionnaire give, as reports score them, with the
/// questionnaire's arithmetic laid out once (for `stats`, over many lines).
#[derive(Debug, Clone)]
pub struct ViewScorer(Plan);

impl ViewScorer {
    /// The scorer of `q`'s views.
    pub fn new(q: &Questionnaire) -> Self {
        ViewScorer(Plan::new(q))
    }

    /// Every view `r` gives (`r` read with `q`, the questionnaire this scorer was made for):
    /// `[dimension][self 0 / partner 1]`, `None` where too few items were answered.
    pub fn scores(&self, q: &Questionnaire, r: &Responses) -> Vec<[Option<f64>; 2]> {
        views_of(&self.0, r, applicable(&self.0, q, r).as_deref())
            .iter()
            .map(|pair| pair.map(|v| v.value))
            .collect()
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

/// The fewest answers that meet `min_answered` for `total` items, for notes.
fn needed(total: usize, min_answered: Fraction) -> usize {
    (1..=total)
        .find(|&k| enough(k, total, min_answered))
        .unwrap_or(total)
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

    fn add(&mut self, v: f64) {
        self.low = self.low.min(v);
        self.high = self.high.max(v);
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
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scores {
    /// The person's own view and the other's view of them, per dimension.
    views: Vec<Views>,
    scores: Vec<Option<f64>>,
    groups: Vec<Option<f64>>,
    power_index: Option<f64>,
    balance_index: Option<f64>,
}

impl Scores {
    /// From the views in the person's own answers (their self views) and in the other's
    /// answers (their partner views, of this person), for whoever answered.
    fn new(plan: &Plan, own: Option<&[[View; 2]]>, other: Option<&[[View; 2]]>) -> Self {
        let view = |views: Option<&[[View; 2]]>, d: usize, about: About| {
            views.and_then(|v| v[d][about_index(about)].value)
        };
        let views: Vec<Views> = (0..plan.dimensions)
            .map(|d| Views {
                own: view(own, d, About::Me),
                partner: view(other, d, About::Partner),
            })
            .collect();
        let scores: Vec<Option<f64>> = views.iter().map(|v| mean([v.own, v.partner])).collect();
        let weighted = |by: &Weighted| {
            if by.equal {
                mean(by.dimensions.iter().map(|&(d, _)| scores[d]))
            } else {
                weighted_mean(by.dimensions.iter().map(|&(d, w)| (scores[d], w)))
            }
        };
        let groups = plan.groups.iter().map(&weighted).collect();
        let power_index = weighted(&plan.power);
        let balance_index = mean(plan.markers.iter().map(|&d| scores[d]));
        Scores {
            views,
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
    Prepared::new(q).score(q, pair, options)
}

impl Prepared {
    /// Scores a pair of answer sets (or one) into a report; `q` is the questionnaire this was
    /// prepared from.
    pub fn score(&self, q: &Questionnaire, pair: &Pair, options: Options) -> Report {
        debug_assert!(self.is_for(q), "prepared from another questionnaire");
        let plan = &self.plan;
        let applies = [
            applicable(plan, q, pair.first()),
            pair.second().and_then(|r| applicable(plan, q, r)),
        ];
        let first = views_of(plan, pair.first(), applies[0].as_deref());
        let second = pair
            .second()
            .map(|r| views_of(plan, r, applies[1].as_deref()));
        // Person 0 is the first respondent: their self view is their own, their partner view
        // comes from the second respondent. Person 1 the other way round; when only the first
        // answered, person 1 has only the first's view of them.
        let people = [
            Scores::new(plan, Some(&first), second.as_deref()),
            Scores::new(plan, second.as_deref(), Some(&first)),
        ];
        let names = pair.names();
        let joint = pair.second().is_some() && !options.show_private;
        let shown = &self.shown[match (joint, options.show_private) {
            (_, true) => 2,
            (true, false) => 1,
            (false, false) => 0,
        }];

        let warnings = rules::evaluate(q, self, pair, &people, &applies, joint);
        let views = [&first, second.as_ref().unwrap_or(&first)];
        let notes = notes_of(q, pair, views, &applies, joint, &shown.dimensions);
        let fired_sensitive = warnings
            .iter()
            .any(|w| w.private || w.severity == Severity::Alert);
        let resources = self
            .resources
            .clone()
            .filter(|_| fired_sensitive || (joint && plan.private));

        let imbalance = self.imbalance(q, &people, shown);
        let person = |p: Scores, name: &str, r: Option<&Responses>| Person {
            name: name.to_owned(),
            lang: r.and_then(|r| r.lang.clone()),
            power_index: p.power_index,
            balance_index: p.balance_index,
            views: shown.keyed(p.views),
            groups: Keyed::new(self.groups.clone(), p.groups),
            scores: shown.keyed(p.scores),
        };
        let [first_person, second_person] = people;
        Report {
            questionnaire: self.instrument.clone(),
            respondents: std::iter::once(pair.first().respondent.clone())
                .chain(pair.second().map(|r| r.respondent.clone()))
                .collect(),
            imbalance,
            people: [
                person(first_person, names[0], Some(pair.first())),
                person(second_person, names[1], pair.second()),
            ],
            warnings,
            notes,
            resources,
            layout: shown.layout.clone(),
            decisions: self.decisions(q, pair, &applies, joint),
            completed: std::iter::once(pair.first())
                .chain(pair.second())
                .map(|r| r.completed.clone().filter(|t| crate::model::is_time(t)))
                .collect(),
            audience: match (pair.second().is_some(), joint) {
                (false, _) => Audience::Own,
                (true, true) => Audience::Joint,
                (true, false) => Audience::Both,
            },
            private_left_out: joint && plan.private,
            kind: None,
            next_step: None,
            source: None,
            line: None,
        }
    }
}

impl Prepared {
    /// The `about = "both"` items both respondents answered (where they apply to each, and
    /// are not private in a joint report), in one frame: the first person's share of the say
    /// as each of them answered.
    fn decisions(
        &self,
        q: &Questionnaire,
        pair: &Pair,
        applies: &[Option<Vec<bool>>; 2],
        joint: bool,
    ) -> Vec<Decision> {
        let Some(second) = pair.second() else {
            return Vec::new();
        };
        let applies_to = |who: usize, i: usize| applies[who].as_ref().is_none_or(|a| a[i]);
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
                    item: id.clone(),
                    share: [a, b],
                    agree: side(a) == side(b),
                })
            })
            .collect()
    }
}

/// Which way a share of the say leans: toward the first person, even, or toward the second.
fn side(share: f64) -> std::cmp::Ordering {
    share.total_cmp(&50.0)
}

/// The report's notes: one respondent only, answers not finished, items that did not apply
/// or left a dimension unscored, private results left out. `views` are each respondent's,
/// in pair order (the second is only read when there is a second respondent).
fn notes_of(
    q: &Questionnaire,
    pair: &Pair,
    views: [&Vec<[View; 2]>; 2],
    applies: &[Option<Vec<bool>>; 2],
    joint: bool,
    shown: &[usize],
) -> Vec<Note> {
    let names = pair.names();
    let mut notes = Vec::with_capacity(4);
    if pair.second().is_none() {
        notes.push(Note::new(
            format!(
                "Only {} answered, so {}'s scores come from {}'s answers alone, and how each \
                 sees themselves beside how the other sees them needs both to answer.",
                names[0], names[1], names[0]
            ),
            NoteKind::OneAnswered {
                name: names[0].to_owned(),
                other: names[1].to_owned(),
            },
        ));
    }
    for r in std::iter::once(pair.first()).chain(pair.second()) {
        if r.unfinished {
            notes.push(Note::new(
                format!(
                    "{}'s answers are not finished (their file has `\"completed\": null`), so \
                     this report covers only the questions answered so far.",
                    r.respondent
                ),
                NoteKind::Unfinished {
                    name: r.respondent.clone(),
                },
            ));
        }
    }
    let respondents = std::iter::once(pair.first()).chain(pair.second());
    for ((r, views), applies) in respondents.zip(views).zip(applies) {
        if let Some(note) = not_applying_note(q, r, applies.as_deref(), joint) {
            notes.push(note);
        }
        for about in [About::Me, About::Partner] {
            if let Some(note) = unscored_note(q, r, views, about, shown) {
                notes.push(note);
            }
        }
    }
    if joint && q.has_private() {
        notes.push(Note::new(PRIVATE_NOTE.to_owned(), NoteKind::Private));
    }
    notes
}

impl Prepared {
    /// First person minus second, for everything scored.
    fn imbalance(
        &self,
        q: &Questionnaire,
        people: &[Scores; 2],
        shown: &prepared::Shown,
    ) -> Imbalance {
        let diff = |f: fn(&Scores, usize) -> Option<f64>, n: usize| -> Vec<Option<f64>> {
            (0..n)
                .map(|i| difference(f(&people[0], i), f(&people[1], i)))
                .collect()
        };
        Imbalance {
            power_index: difference(people[0].power_index, people[1].power_index),
            balance_index: difference(people[0].balance_index, people[1].balance_index),
            groups: Keyed::new(
                self.groups.clone(),
                diff(|p, g| p.groups[g], q.groups.len()),
            ),
            scores: shown.keyed(diff(|p, d| p.scores[d], q.dimensions.len())),
        }
    }
}

/// "Left out of Alex's answers, as they do not apply given Alex's other answers: …": the items
/// answered though their `asked_if` is not met (SPEC §5). In a joint report, private items
/// are not named.
fn not_applying_note(
    q: &Questionnaire,
    r: &Responses,
    applies: Option<&[bool]>,
    joint: bool,
) -> Option<Note> {
    let applies = applies?;
    let ignored: Vec<&str> = q
        .items
        .iter()
        .zip(&r.values)
        .zip(applies)
        .filter(|((item, value), applies)| {
            value.is_some() && !**applies && !(joint && q.dimensions[item.dimension].private)
        })
        .map(|((item, _), _)| item.id.as_str())
        .collect();
    (!ignored.is_empty()).then(|| {
        let items = ignored.join(", ");
        Note::new(
            format!(
                "Left out of {}'s answers, as they do not apply given {}'s other answers: \
                 {items}.",
                r.respondent, r.respondent,
            ),
            NoteKind::NotApplying {
                name: r.respondent.clone(),
                items,
            },
        )
    })
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
    report.resources = Prepared::new(q).resources.clone().or(report.resources);
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
    r: &Responses,
    views: &[[View; 2]],
    about: About,
    shown: &[usize],
) -> Option<Note> {
    let missing: Vec<Unscored> = shown
        .iter()
        .map(|&d| (d, views[d][about_index(about)]))
        .filter(|(_, v)| v.total > 0 && v.value.is_none())
        .map(|(d, v)| Unscored {
            dimension: q.dimensions[d].name.clone(),
            answered: v.answered,
            total: v.total,
            needed: needed(v.total, q.min_answered_exact),
        })
        .collect();
    if missing.is_empty() {
        return None;
    }
    let other = match about {
        About::Partner => Some(r.partner.clone()),
        About::Me | About::Both => None,
    };
    let whom = other.as_deref().unwrap_or("themselves");
    let text = missing
        .iter()
        .map(|u| {
            format!(
                "{} ({} of {} answered, {} needed)",
                u.dimension, u.answered, u.total, u.needed
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    Some(Note::new(
        format!(
            "Not scored from {}'s answers about {whom}: {text}.",
            r.respondent
        ),
        NoteKind::Unscored {
            name: r.respondent.clone(),
            other,
            dimensions: missing,
        },
    ))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_v2;
