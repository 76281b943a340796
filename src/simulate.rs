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
}

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
        }
    }

    /// Writes the next line (with its newline). Couples are named `P000001-A` and `P000001-B`.
    pub fn write_next(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.number += 1;
        for person in 0..2 {
            let mut levels = std::mem::take(&mut self.latent[person]);
            levels.clear();
            for d in &self.q.dimensions {
                let mu = match d.kind {
                    DimensionKind::Power | DimensionKind::Decision | DimensionKind::Context => {
                        0.0
                    }
                    DimensionKind::Marker => 0.5,
                    DimensionKind::Risk => -1.5,
                };
                levels.push(mu + self.normal());
            }
            self.latent[person] = levels;
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
            r#"{{"questionnaire":"{}","respondent":"P{:06}-{}","partner":"P{:06}-{}","answers":{{"#,
            q.id, self.number, names[person], self.number, names[other]
        )?;
        let perceived: Vec<f64> = (0..q.dimensions.len())
            .map(|d| self.latent[other][d] + PERCEPTION_SD * self.normal())
            .collect();
        for (i, item) in q.items.iter().enumerate() {
            let level = match item.about {
                About::Me | About::Both => self.latent[person][item.dimension],
                About::Partner => perceived[item.dimension],
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
            let value = scale.min + ((p * points) as i64).min(scale.max - scale.min);
            let comma = if i == 0 { "" } else { "," };
            if skip {
                write!(out, r#"{comma}"{}":null"#, item.id)?;
            } else {
                write!(out, r#"{comma}"{}":{value}"#, item.id)?;
            }
        }
        out.write_all(b"}}")
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
