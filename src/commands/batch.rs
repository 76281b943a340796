//! `powerbalance score --jsonl`: JSON Lines in, one report per line out, streaming.
//!
//! The library's [`crate::jsonl::batch`] does the work; this file opens the inputs and the output,
//! draws the progress bar, prints skipped lines, and picks the exit code. `stats` reads its
//! lines the same way ([`Inputs`]).

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::score::fail_on;
use super::{STDIN, load_questionnaire};
use crate::answers::LineParser;
use crate::error::{EXIT_OK, Error};
use crate::jsonl::batch::{self, Observer, Scorer, Stop, Summary};
use crate::jsonl::source::{GiveUp, SaysWhenWaiting};
use crate::output::{Sink, print_warning, write_failed};
use crate::settings::{Batch, Colors, Score};

pub(super) fn score_jsonl(args: &Score, batch: &Batch, colors: Colors) -> Result<u8, Error> {
    let inputs = Inputs::new(&args.files)?;
    let mut scorer = Scorer::new(
        parser_for(args.questionnaire.as_deref())?,
        args.options,
        batch.format,
    );
    if args.no_header {
        scorer = scorer.without_header();
    }
    if batch.lean {
        scorer = scorer.lean();
    }
    let mut sink = Sink::open(args.to.path.as_deref(), args.to.force)?;
    let jobs = batch.jobs;
    if matches!(sink, Sink::Stdout(_))
        && let Some(size) = crate::output::grow_stdout_pipe()
    {
        // A quarter of the pipe, so a write finds room for all of it (at least 64 KiB).
        scorer = scorer.write_pieces(size / 4);
    } else if jobs > 1 && (matches!(sink, Sink::File(..)) || stdout_takes_any_write()) {
        // Nothing to fill: each chunk's reports go out in one write.
        scorer = scorer.write_pieces(WHOLE_CHUNKS);
    }
    let mut summary = Summary::default();
    let mut observer = Reporter::new(batch.skip_invalid, colors.stderr);
    for path in inputs.paths() {
        let (name, reader, small) = inputs.open(path, &mut observer)?;
        scorer.set_source(&path.to_string_lossy());
        let (scorer, output) = (&mut scorer, &mut sink);
        let run = if jobs > 1 && !small {
            batch::run_parallel(
                scorer,
                jobs,
                &name,
                reader,
                output,
                &mut observer,
                &mut summary,
            )
        } else {
            batch::run(scorer, &name, reader, output, &mut observer, &mut summary)
        };
        // The reports of this input go before the next one is opened (a named pipe waits
        // for its writer).
        let run = run.and_then(|()| output.flush().map_err(Stop::Write));
        observer.done();
        if let Err(stop) = run {
            let ended = stopped(stop, &name, sink.name());
            // The reports before the stop stay on standard output; no file is put in place.
            sink.abandon();
            return ended.map(|()| EXIT_OK);
        }
    }
    sink.finish()?;
    observer.summarize(&summary);
    Ok(fail_on(scorer.worst(), args.fail_on))
}

/// Pieces larger than the reports of any chunk a batch on several threads hands a thread
/// (about 300 KB), for an output that is not a pipe.
const WHOLE_CHUNKS: usize = 16 << 20;

/// Whether standard output is a file or a device (`/dev/null`, a terminal), which a chunk's
/// reports can go to in one write. A pipe or a socket is written a piece at a time: a write
/// past its buffer waits for its reader, and the reader for the whole write.
fn stdout_takes_any_write() -> bool {
    #[cfg(unix)]
    {
        use rustix::fs::FileType;
        crate::output::stdout_kind()
            .is_some_and(|kind| matches!(kind, FileType::RegularFile | FileType::CharacterDevice))
    }
    #[cfg(not(unix))]
    false
}

/// The error a stopped run ends with; none for a closed standard output, a normal end.
/// `output` is the file written, `None` for standard output.
pub(super) fn stopped(stop: Stop, input: &str, output: Option<&str>) -> Result<(), Error> {
    match stop {
        Stop::Line(e) => Err(e),
        Stop::Read(e) => Err(anyhow::Error::new(e)
            .context(crate::ui!("error-context-reading-answers", file = input))
            .into()),
        Stop::Write(e) => {
            let doing = match output {
                Some(file) => crate::ui!("error-context-writing-file", file = file),
                None => crate::ui!("error-context-writing-stdout-sink"),
            };
            Ok(write_failed(e, &doing)?)
        }
    }
}

/// The parser for `-q` (every line read with it), or for the questionnaire each line names.
pub(super) fn parser_for(questionnaire: Option<&str>) -> Result<LineParser, Error> {
    Ok(match questionnaire {
        Some(spec) => LineParser::with(load_questionnaire(spec)?),
        None => LineParser::by_name(),
    })
}

/// The buffer an input is read through: a read into a batch's chunk, at least this large,
/// goes straight past it.
const INPUT_BUFFER: usize = 64 * 1024;

/// The JSON Lines inputs of a command: files, or standard input (`-`, or none given).
pub(super) struct Inputs {
    paths: Vec<PathBuf>,
}

impl Inputs {
    pub(super) fn new(files: &[PathBuf]) -> Result<Self, Error> {
        let paths = if files.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            files.to_vec()
        };
        if paths.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
            return Err(Error::Usage(crate::ui!("cmd-batch-stdin-once")));
        }
        Ok(Inputs { paths })
    }

    pub(super) fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// The inputs as messages name them.
    pub(super) fn names(&self) -> Vec<String> {
        self.paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    STDIN.to_owned()
                } else {
                    p.display().to_string()
                }
            })
            .collect()
    }

    /// Opens one input: its name for messages, a buffered reader that the threads of a
    /// parallel batch can take turns at (standard input unlocked, for a lock stays on its
    /// thread), and whether it is a regular file of under [`SMALL_INPUT`] bytes. A regular
    /// file's size starts the observer's progress bar (drawn only when stderr is a
    /// terminal).
    pub(super) fn open(
        &self,
        path: &Path,
        observer: &mut Reporter,
    ) -> Result<(String, Box<dyn BufRead + Send>, bool), Error> {
        if path == Path::new("-") {
            let stdin = io::stdin();
            let regular = crate::output::kind_of(&stdin).is_some_and(|kind| kind.is_file());
            let reader = reader(regular, stdin, observer);
            return Ok((STDIN.to_owned(), reader, false));
        }
        let name = path.display().to_string();
        let file = File::open(path)
            .with_context(|| crate::ui!("error-context-reading-answers", file = name.clone()))?;
        let regular = file.metadata().ok().filter(std::fs::Metadata::is_file);
        if let Some(meta) = &regular {
            observer.start(&name, meta.len());
        }
        let small = regular
            .as_ref()
            .is_some_and(|meta| meta.len() < SMALL_INPUT);
        Ok((name, reader(regular.is_some(), file, observer), small))
    }
}

/// A file smaller than this (about 450 lines of the bundled `relationship` questionnaire,
/// a millisecond's scoring) is scored on one thread whatever `--jobs` says: its few chunks
/// of lines leave another thread little to do, and starting threads costs more than they
/// save (a thousand files of 20 lines each: 0.17-0.25 s on two threads, 0.08-0.12 s so,
/// 0.05-0.07 s with `--jobs 1` on one day; 0.04-0.06 s so and with `--jobs 1` on another,
/// ten runs of each). The output is the same either way. Standard input is not looked at:
/// it may be a pipe, whose size is not known.
const SMALL_INPUT: u64 = 1 << 20;

/// The buffered reader of `source`: where it is not a regular file, through
/// [`SaysWhenWaiting`], so that a run hands on what it holds before it waits (and waits on a
/// descriptor left non-blocking rather than failing), and gives up waiting once `observer`
/// is told the run stops.
fn reader<R: Read + AsFd + Send + 'static>(
    file: bool,
    source: R,
    observer: &Reporter,
) -> Box<dyn BufRead + Send> {
    if file {
        Box::new(BufReader::with_capacity(INPUT_BUFFER, source))
    } else {
        let source = SaysWhenWaiting::new(source, observer.give_up.clone());
        Box::new(BufReader::with_capacity(INPUT_BUFFER, source))
    }
}

/// Prints skipped lines and draws progress, on standard error only.
pub(super) struct Reporter {
    skip_invalid: bool,
    /// Colour for `warning:`, decided once.
    color: bool,
    bar: Option<ProgressBar>,
    /// Told when a run stops, for the inputs it opens that may wait.
    give_up: GiveUp,
}

impl Reporter {
    pub(super) fn new(skip_invalid: bool, color: bool) -> Self {
        Reporter {
            skip_invalid,
            color,
            bar: None,
            give_up: GiveUp::default(),
        }
    }

    /// Starts a progress bar over `len` bytes, when standard error is a terminal.
    fn start(&mut self, name: &str, len: u64) {
        if !io::stderr().is_terminal() {
            return;
        }
        let template = crate::ui!(
            "cmd-batch-progress",
            prefix = "{prefix}",
            bar = "{bar:30}",
            done = "{bytes}",
            total = "{total_bytes}",
            rate = "{bytes_per_sec}",
            eta = "{eta}"
        );
        let style = ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr())
            .with_style(style)
            .with_prefix(name.to_owned());
        self.bar = Some(bar);
    }

    /// Clears the progress bar of the input just read.
    pub(super) fn done(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    /// The closing line when lines were skipped.
    pub(super) fn summarize(&self, summary: &Summary) {
        let Summary { lines, skipped } = *summary;
        if skipped > 0 {
            print_warning(
                &[crate::ui!(
                    "cmd-batch-skipped-summary",
                    skipped = skipped,
                    lines = lines
                )],
                self.color,
            );
        }
    }
}

impl Observer for Reporter {
    fn invalid(&mut self, error: &Error) -> bool {
        if !self.skip_invalid || !matches!(error, Error::Answers(_)) {
            return false;
        }
        let print = || {
            let line = crate::ui!("cmd-batch-skipped-line", error = error.to_string());
            print_warning(&[line], self.color)
        };
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
        true
    }

    fn progress(&mut self, bytes_read: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes_read);
        }
    }

    fn stopping(&mut self) {
        self.give_up.now();
    }
}
