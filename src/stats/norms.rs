//! `stats --norms`: `[dimensions.norms]` blocks from a sample, ready to paste into a
//! questionnaire (SPEC §3, used by `history` for reliable change, SPEC §9).
//!
//! - `sd`: the sample standard deviation (divisor n − 1) of the dimension **score** (SPEC §5,
//!   as the scoring engine gives it) of every person who answered, since that is the figure
//!   `history` compares. In a couple's line a score combines the person's self view and the
//!   other's view of them; in a one-person line it is the self view alone.
//! - `reliability`: Cronbach's alpha of the dimension's items, as `stats` computes it per
//!   view (listwise); where the dimension has both self and partner items, the **lower** of
//!   the two alphas, so that a change must be larger to count as reliable, never smaller.
//! - `n`: the people behind `sd`.
//!
//! A dimension gets no block where either figure cannot be computed (fewer than two scores,
//! no spread, or an alpha that is null or not above 0).

use std::fmt::Write as _;

use super::Stats;
use super::moments::Comoments;
use crate::answers::Pair;
use crate::model::Report;
use crate::questionnaire::Questionnaire;
use crate::scoring::{Options, Prepared, Scratch};

/// Below this many people, a block carries a warning: sd and alpha from a small sample are
/// unstable (an alpha of 0.80 from 30 people and three items has a 95% interval of roughly
/// 0.64 to 0.90; Feldt, Woodruff & Salih 1987).
const SMALL: u64 = 100;

/// Collects the dimension scores of every respondent, in constant memory.
#[derive(Debug, Clone)]
pub struct NormsAccumulator {
    prepared: Prepared,
    /// Per dimension, the scores of the people who answered.
    scores: Vec<Comoments>,
    /// The last line's report and what scoring works in, refilled by the next line.
    last: Option<Box<Report>>,
    scratch: Scratch,
}

impl NormsAccumulator {
    /// An empty accumulator for `q`.
    pub fn new(q: &Questionnaire) -> Self {
        NormsAccumulator {
            prepared: Prepared::new(q),
            scores: vec![Comoments::new(1); q.dimensions.len()],
            last: None,
            scratch: Scratch::default(),
        }
    }

    /// Adds one line's answer sets, read with `q` (the questionnaire this was made for).
    pub fn add(&mut self, q: &Questionnaire, pair: &Pair) {
        let report = self
            .last
            .get_or_insert_with(|| Box::new(self.prepared.blank()));
        let options = Options { show_private: true };
        self.prepared
            .score_into(q, pair, options, report, &mut self.scratch);
        for person in &report.people {
            if !report.respondents.contains(&person.name) {
                continue;
            }
            for (d, acc) in q.dimensions.iter().zip(&mut self.scores) {
                if let Some(Some(score)) = person.scores.get(&d.id) {
                    acc.add(&[*score]);
                }
            }
        }
    }

    /// The blocks, as TOML text with comments. `sample` names the input and `date` is the
    /// day (`2026-12-01`) they were computed; private dimensions only when `show_private`.
    pub fn finish(
        &self,
        q: &Questionnaire,
        stats: &Stats,
        sample: &str,
        date: &str,
        show_private: bool,
    ) -> String {
        let clean = |s: &str| s.replace(|c: char| c.is_control(), " ");
        let mut out = format!(
            "# [dimensions.norms] for `{}` {}, from {} on {date}: {} answer sets ({} couples).\n\
             # sd: the standard deviation of the dimension score of every person who answered.\n\
             # reliability: Cronbach's alpha of the dimension's items (the lower of the self and\n\
             # partner views'). Read docs/stats.md before using them: alpha is internal\n\
             # consistency, not test-retest reliability, and a small or unusual sample misleads.\n\
             # Paste each block after its dimension's last [[dimensions.items]].\n",
            clean(&q.id),
            clean(&q.version),
            clean(sample),
            stats.answer_sets,
            stats.couples
        );
        let mut private_left_out = false;
        for ((d, acc), ds) in q.dimensions.iter().zip(&self.scores).zip(&stats.dimensions) {
            if d.private && !show_private {
                private_left_out = true;
                continue;
            }
            let alphas: Vec<f64> = [&ds.views.own, &ds.views.partner]
                .into_iter()
                .flatten()
                .filter_map(|v| v.alpha)
                .collect();
            let views = [&ds.views.own, &ds.views.partner]
                .into_iter()
                .flatten()
                .count();
            let reliability = if alphas.len() == views && views > 0 {
                alphas.iter().copied().reduce(f64::min)
            } else {
                None
            };
            let sd = acc.sd(0).filter(|s| s.is_finite() && *s > 0.0);
            let _ = writeln!(out, "\n# {}: {}", clean(&d.id), clean(&d.name));
            match (sd, reliability.filter(|r| *r > 0.0 && *r < 1.0)) {
                (Some(sd), Some(r)) => {
                    if acc.n() < SMALL {
                        let _ = writeln!(
                            out,
                            "# Only {} people: below about {SMALL}, sd and alpha can be far from \
                             those of the clients they stand for.",
                            acc.n()
                        );
                    }
                    let basis = format!(
                        "powerbalance stats --norms, {}, {date}: sd of {} people's scores, \
                         reliability the lowest Cronbach's alpha of its views",
                        clean(sample),
                        acc.n()
                    );
                    let _ = writeln!(
                        out,
                        "  [dimensions.norms]\n  sd = {sd:.2}\n  reliability = {r:.3}\n  n = {}\n  basis = {}",
                        acc.n(),
                        toml::Value::String(basis)
                    );
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "# No block: {}.",
                        if sd.is_none() {
                            "fewer than two people have a score, or the scores do not vary"
                        } else {
                            "Cronbach's alpha cannot be computed for every view (each needs two \
                             items or more, two complete answer sets, and a total that varies), \
                             or it is not above 0"
                        }
                    );
                }
            }
        }
        if private_left_out {
            out.push_str("\n# Private dimensions are left out (SPEC §6).\n");
        }
        out
    }
}
