//! `powerbalance stats`: instrument statistics over JSON Lines answer sets.

use anyhow::Context;

use super::batch::{Inputs, Reporter, parser_for, stopped};
use crate::answers::AnswersError;
use crate::cli::{StatsArgs, StatsFormat};
use crate::error::{EXIT_OK, Error};
use crate::jsonl::batch::{self, Stop, Summary, same_questionnaire};
use crate::output::{check_target, emit};
use crate::questionnaire::Questionnaire;
use crate::report::Instrument;
use crate::settings::Colors;
use crate::stats::{Accumulator, NormsAccumulator, render_stats_table};

pub(super) fn stats(args: &StatsArgs, colors: Colors) -> Result<u8, Error> {
    let inputs = Inputs::new(&args.files)?;
    // Known before reading a long input, not after.
    if let Some(path) = &args.output {
        check_target(path, args.force)?;
    }
    let mut parser = parser_for(args.questionnaire.as_deref())?;
    let mut observer = Reporter::new(args.skip_invalid, colors.stderr);
    let mut summary = Summary::default();
    // The questionnaire of the first good line (kept for the end, and as an instrument for
    // the check on every line), and the statistics so far.
    let mut acc: Option<(Questionnaire, Instrument, Accumulator)> = None;
    // With --norms, the dimension scores too.
    let mut norms: Option<NormsAccumulator> = None;
    for path in inputs.paths() {
        let (name, reader, _) = inputs.open(path, &mut observer)?;
        let run = batch::each_line(
            reader,
            &name,
            &mut observer,
            &mut summary,
            |line_no, line| {
                let (q, pair) = parser.read(&name, line_no, line).map_err(Stop::Line)?;
                let (_, first, acc) =
                    acc.get_or_insert_with(|| (q.clone(), Instrument::of(q), Accumulator::new(q)));
                same_questionnaire(first, q, &name, line_no, "statistics").map_err(Stop::Line)?;
                acc.add(q, pair);
                if args.norms {
                    norms
                        .get_or_insert_with(|| NormsAccumulator::new(q))
                        .add(q, pair);
                }
                Ok(())
            },
        );
        observer.done();
        if let Err(stop) = run {
            return stopped(stop, &name, None).map(|()| EXIT_OK);
        }
    }
    observer.summarize(&summary);
    let Some((q, _, acc)) = acc else {
        let names: Vec<String> = inputs.names();
        return Err(
            AnswersError::new(&names.join(", "), crate::ui!("cmd-stats-nothing-read")).into(),
        );
    };
    let mut stats = acc.finish(&q);
    let text = match (&norms, args.format) {
        // Norms pair each questionnaire dimension with its statistics, so they see them all
        // and leave the private ones out themselves unless asked.
        (Some(norms), _) => {
            let today = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
            norms.finish(
                &q,
                &stats,
                &inputs.names().join(", "),
                &today[..10],
                args.show_private,
            )
        }
        (None, format) => {
            if !args.show_private {
                // A private item belongs to a private dimension: leaving the dimension out
                // leaves out its items and their frequencies too.
                stats.dimensions.retain(|d| !d.private);
            }
            match format {
                StatsFormat::Table => render_stats_table(&stats, None),
                StatsFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&stats)
                        .with_context(|| crate::ui!("error-context-serializing-statistics"))?;
                    s.push('\n');
                    s
                }
            }
        }
    };
    emit(args.output.as_deref(), &text, args.force)?;
    Ok(EXIT_OK)
}
