//! `powerbalance simulate`: synthetic answer sets as JSON Lines.

use std::io;

use super::load_questionnaire;
use crate::cli::SimulateArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::Sink;
use crate::simulate::Simulation;

pub(super) fn simulate(args: &SimulateArgs) -> Result<u8, Error> {
    let q = load_questionnaire(&args.questionnaire)?;
    let mut sim =
        Simulation::new(&q, args.seed, args.pairs, args.skip_rate).with_uniform_draw(args.uniform);
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    for _ in 0..args.count {
        match sim.write_next(&mut sink) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(EXIT_OK),
            Err(e) => {
                return Err(anyhow::Error::new(e)
                    .context(format!("writing {}", sink.name()))
                    .into());
            }
        }
    }
    sink.finish()?;
    Ok(EXIT_OK)
}
