//! Synthetic answer sets (`simulate`): valid, plausible, and the same for the same seed.
//!
//! The model, per simulated couple and dimension `d` (a small item-response model):
//! - each person X has a latent level `θ(X,d) = μ(kind) + N(0, 1)`, with `μ` = 0 for power
//!   bases, +0.5 for balance markers and −1.5 for risk (most people report little of it);
//! - X's perception of the other person Y is `θ(Y,d) + N(0, 0.6²)`;
//! - an item about the person with level `η` gets `z = η + N(0, 1)`, negated when the item is
//!   reverse-keyed, and the answer is category `⌊Φ(z/√2)·k⌋` of its scale's `k` points, where
//!   `Φ` is approximated by the logistic `1 / (1 + e^(−1.702·x))`.
//!
//! Items of one view share `η`, so their correlation is about 0.5 and a three-item view has a
//! Cronbach's alpha near 0.75; a person's self view and the other's view of them correlate too.
//! Each answer is `null` with probability `skip_rate`. Every random number is drawn whatever
//! the skip rate, so two runs that differ only in skip rate differ only in their nulls.
//!
//! An `about = "both"` item (who has the say) uses the difference of the two people's levels,
//! `(θ(X,d) − θ(Y,d)) / √2`, so the two answers of a couple mirror each other.
//!
//! Safety items and `asked_if` gates follow believable base rates rather than the latent model
//! (docs/questionnaires.md gives the rates and their basis). Each couple is drawn as one of:
//! - no abuse (86%): each safety item endorsed with probability 0.3%, a slip of the hand;
//! - situational conflict (10%): both report some items (6% each, mostly "once");
//! - one person controls the other (4%): the other reports 35% of the items about their
//!   partner, at any frequency; the controlling person admits 30% of the items about
//!   themselves.
//!
//! Each rate is scaled by the acting person's propensity, `3u²` for `u` uniform (mean 1), so
//! one person's behaviours cluster and the items of a view correlate, as they do in life. So
//! about five in six simulated people endorse no safety item at all. Context items (the
//! gates) are facts of the couple that both report alike, each category `i` of `k` with weight
//! `i + 1` (so sharing money or a home is the most common answer), and an item whose gate is
//! not met is left out, as `take` would not ask it.
//!
//! [`Simulation::with_uniform_draw`] turns all of this off and draws every item, safety items included,
//! from the latent model (risk `μ` = −1.5), as version 0.1 of the tool did.
//!
//! The generator is ChaCha8 (`rand_chacha`), seeded with `seed_from_u64`; the transforms above
//! are our own code, so the output depends only on the seed and the powerbalance version.

use std::io::{self, Write};

use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};

use crate::questionnaire::{About, DimensionKind, Questionnaire};

/// The standard deviation of one person's perception error about the other.
const PERCEPTION_SD: f64 = 0.6;

/// A stream of simulated answer lines for one questionnaire.
#[derive(Debug)]
pub struct Simulation<'q> {
    q: &'q Questionnaire,
    rng: ChaCha8Rng,
    pairs: bool,
    skip_rate: f64,
    number: u64,
    /// `latent[person][dimension]`, reused per couple.
    latent: [Vec<f64>; 2],
    /// Every item drawn from the latent model, as before base rates (`--uniform`).
    uniform: bool,
    /// The couple's kind of safety story (realistic draw only).
    story: Story,
    /// The couple's answer to each context item (by item index), both report it alike.
    facts: Vec<Option<i64>>,
    /// How strongly each person's behaviour shows in the safety items, mean 1: behaviours of
    /// one person cluster, as they do in life, so the items of a view correlate.
    propensity: [f64; 2],
}

/// What, if anything, a simulated couple's safety answers show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Story {
    /// No abuse: safety items only by a slip.
    Calm,
    /// Situational conflict: both report some items, mostly once.
    Conflict,
    /// Person `0` or `1` controls the other.
    Control(usize),
}

/// Per-item endorsement probabilities of the realistic draw (see the module comment).
const SLIP: f64 = 0.003;
const CONFLICT: f64 = 0.06;
const CONTROLLED: f64 = 0.35;
const ADMITTED: f64 = 0.30;
/// Shares of the couples that are in conflict and in which one controls the other.
const CONFLICT_SHARE: f64 = 0.10;
const CONTROL_SHARE: f64 = 0.04;

impl<'q> Simulation<'q> {
    /// A simulation of `q` from `seed`: one answers object per line, or with `pairs` an array
    /// of the two people of a couple; each answer `null` with probability `skip_rate` (0–1).
    pub fn new(q: &'q Questionnaire, seed: u64, pairs: bool, skip_rate: f64) -> Self {
        Simulation {
            q,
            rng: ChaCha8Rng::seed_from_u64(seed),
            pairs,
            skip_rate: skip_rate.clamp(0.0, 1.0),
            number: 0,
            latent: [Vec::new(), Vec::new()],
            uniform: false,
            story: Story::Calm,
            facts: vec![None; q.items.len()],
            propensity: [1.0; 2],
        }
    }

    /// With `true`, every item is drawn from the latent model alone, as the first versions of
    /// the tool did: no base rates, no gates (`simulate --uniform`).
    pub fn with_uniform_draw(mut self, uniform: bool) -> Self {
        self.uniform = uniform;
        self
    }

    /// Draws the couple's safety story and context facts (realistic draw only).
    fn draw_couple(&mut self) {
        let u = self.uniform();
        self.story = if u < CONTROL_SHARE {
            Story::Control(usize::from(self.uniform() < 0.5))
        } else if u < CONTROL_SHARE + CONFLICT_SHARE {
            Story::Conflict
        } else {
            Story::Calm
        };
        // Squared uniform times 3: mean 1, most people low, a few high.
        for who in 0..2 {
            let u = self.uniform();
            self.propensity[who] = 3.0 * u * u;
        }
        let q = self.q;
        for (i, item) in q.items.iter().enumerate() {
            self.facts[i] = None;
            if q.dimensions[item.dimension].kind == DimensionKind::Context {
                let scale = q.scale_of(item);
                let k = (scale.max - scale.min + 1) as f64;
                // Weights 1, 2, …, k: category c with probability (c + 1) / (k (k + 1) / 2).
                let mut pick = self.uniform() * k * (k + 1.0) / 2.0;
                let mut c = 0;
                while pick >= (c + 1) as f64 && scale.min + c < scale.max {
                    pick -= (c + 1) as f64;
                    c += 1;
                }
                self.facts[i] = Some(scale.min + c);
            }
        }
    }

    /// A safety answer by the realistic draw: respondent `person` about themselves or the
    /// other, on `min..=max`.
    fn safety_answer(&mut self, person: usize, about: About, min: i64, max: i64) -> i64 {
        let about_other = about == About::Partner;
        let actor = if about_other { 1 - person } else { person };
        let p = self.propensity[actor]
            * match self.story {
                Story::Calm => SLIP,
                Story::Conflict => CONFLICT,
                Story::Control(who) if about_other && who != person => CONTROLLED,
                Story::Control(who) if !about_other && who == person => ADMITTED,
                Story::Control(_) => SLIP,
            };
        let endorse = self.uniform() < p;
        let how = self.uniform();
        if !endorse {
            return min;
        }
        let steps = (max - min) as f64;
        let above = match self.story {
            // Mostly the lowest step above none.
            Story::Conflict | Story::Calm => 1 + i64::from(how < 0.3 && steps > 1.0),
            Story::Control(_) => 1 + ((how * steps) as i64).min(max - min - 1),
        };
        min + above.min(max - min)
    }

    /// Writes the next line (with its newline). Couples are named `P000001-A` and `P000001-B`.
    pub fn write_next(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.number += 1;
        for person in 0..2 {
            let mut levels = std::mem::take(&mut self.latent[person]);
            levels.clear();
            for d in &self.q.dimensions {
                let mu = match d.kind {
                    DimensionKind::Power | DimensionKind::Decision | DimensionKind::Context => 0.0,
                    DimensionKind::Marker => 0.5,
                    DimensionKind::Risk => -1.5,
                };
                levels.push(mu + self.normal());
            }
            self.latent[person] = levels;
        }
        if !self.uniform {
            self.draw_couple();
        }
        if self.pairs {
            out.write_all(b"[")?;
            self.write_person(out, 0)?;
            out.write_all(b",")?;
            self.write_person(out, 1)?;
            out.write_all(b"]\n")
        } else {
            self.write_person(out, 0)?;
            out.write_all(b"\n")
        }
    }

    /// One person's answers object: person 0 is `-A`, person 1 is `-B`.
    fn write_person(&mut self, out: &mut impl Write, person: usize) -> io::Result<()> {
        let q = self.q;
        let other = 1 - person;
        let names = ['A', 'B'];
        // Ids are `[a-z0-9-]+` (the validator sees to it), so they need no JSON escaping.
        write!(
            out,
            r#"{{"questionnaire":"{}","version":"{}","respondent":"P{:06}-{}","partner":"P{:06}-{}","answers":{{"#,
            q.id, q.version, self.number, names[person], self.number, names[other]
        )?;
        let perceived: Vec<f64> = (0..q.dimensions.len())
            .map(|d| self.latent[other][d] + PERCEPTION_SD * self.normal())
            .collect();
        let mut values = vec![None; q.items.len()];
        let mut first = true;
        for (i, item) in q.items.iter().enumerate() {
            let kind = q.dimensions[item.dimension].kind;
            let level = match item.about {
                About::Me => self.latent[person][item.dimension],
                About::Partner => perceived[item.dimension],
                About::Both if self.uniform => self.latent[person][item.dimension],
                About::Both => {
                    (self.latent[person][item.dimension] - perceived[item.dimension])
                        / std::f64::consts::SQRT_2
                }
            };
            let noise = self.normal();
            let skip = self.uniform() < self.skip_rate;
            let z = if item.reverse {
                -(level + noise)
            } else {
                level + noise
            };
            let scale = q.scale_of(item);
            let points = (scale.max - scale.min + 1) as f64;
            let p = 1.0 / (1.0 + (-1.702 * z / std::f64::consts::SQRT_2).exp());
            let mut value = scale.min + ((p * points) as i64).min(scale.max - scale.min);
            if !self.uniform {
                if kind == DimensionKind::Risk {
                    value = self.safety_answer(person, item.about, scale.min, scale.max);
                } else if let Some(fact) = self.facts[i] {
                    value = fact;
                }
                values[i] = (!skip).then_some(value);
                // Gates come before the items they gate, so the values so far decide.
                if !self.gate_open(&values, i) {
                    values[i] = None;
                    continue;
                }
            }
            let comma = if first { "" } else { "," };
            first = false;
            if skip {
                write!(out, r#"{comma}"{}":null"#, item.id)?;
            } else {
                write!(out, r#"{comma}"{}":{value}"#, item.id)?;
            }
        }
        out.write_all(b"}}")
    }

    /// Whether item `i` applies given the values drawn so far (its own gate, and that gate's).
    fn gate_open(&self, values: &[Option<i64>], i: usize) -> bool {
        match self.q.items[i].asked_if {
            None => true,
            Some(g) => values[g.item].is_some_and(|v| g.opens(v)) && self.gate_open(values, g.item),
        }
    }

    /// Uniform on [0, 1), from the top 53 bits of one draw.
    fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by Box–Muller (one value per two draws).
    fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform(); // (0, 1], so the logarithm is finite
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::BUNDLED;

    #[test]
    fn same_seed_same_lines_and_every_answer_on_its_scale() {
        let q = BUNDLED[0].load().unwrap();
        let lines = |seed| {
            let mut sim = Simulation::new(&q, seed, true, 0.1);
            let mut out = Vec::new();
            for _ in 0..50 {
                sim.write_next(&mut out).unwrap();
            }
            out
        };
        assert_eq!(lines(7), lines(7));
        assert_ne!(lines(7), lines(8));
        let text = String::from_utf8(lines(7)).unwrap();
        for line in text.lines() {
            let sets: Vec<crate::answers::AnswerSet> = serde_json::from_str(line).unwrap();
            let pair = crate::answers::pair_of(
                &q,
                &sets
                    .into_iter()
                    .map(|s| ("-".to_owned(), s))
                    .collect::<Vec<_>>(),
            );
            assert!(pair.is_ok(), "{line}");
        }
    }

    #[test]
    fn uniform_and_normal_have_the_right_moments() {
        let q = BUNDLED[0].load().unwrap();
        let mut sim = Simulation::new(&q, 1, false, 0.0);
        let n = 20_000;
        let xs: Vec<f64> = (0..n).map(|_| sim.normal()).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        // Standard errors: 1/√20000 ≈ 0.007 for the mean, √(2/20000) ≈ 0.01 for the variance.
        assert!(mean.abs() < 0.03, "{mean}");
        assert!((var - 1.0).abs() < 0.05, "{var}");
    }
}
