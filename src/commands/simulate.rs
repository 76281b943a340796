//! `powerbalance simulate`: synthetic answer sets as JSON Lines.

use super::load_questionnaire;
use crate::cli::SimulateArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::{Sink, write_failed};
use crate::simulate::Simulation;

pub(super) fn simulate(args: &SimulateArgs) -> Result<u8, Error> {
    let q = load_questionnaire(&args.questionnaire)?;
    let mut sim =
        Simulation::new(&q, args.seed, args.pairs, args.skip_rate).with_uniform_draw(args.uniform);
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    for _ in 0..args.count {
        if let Err(e) = sim.write_next(&mut sink) {
            let doing = match sink.name() {
                Some(file) => crate::ui!("error-context-writing-file", file = file),
                None => crate::ui!("error-context-writing-stdout-sink"),
            };
            write_failed(e, &doing)?;
            return Ok(EXIT_OK);
        }
    }
    sink.finish()?;
    Ok(EXIT_OK)
}
