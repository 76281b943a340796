//! Batch scoring of JSON Lines (`score --jsonl`, SPEC §4): one report per line, streaming.
//!
//! Memory stays the same whatever the number of lines: one line buffer, one output buffer,
//! the responses [`LineParser`] reuses, and each questionnaire loaded once. Nothing here
//! prints or opens files; the command hands in a reader and a writer, so the benchmark can
//! run exactly this without a process.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use super::source::would_wait;
use super::{JsonLines, LineParser};
use crate::answers::{AnswersError, Pair};
use crate::error::Error;
use crate::model::Report;
use crate::questionnaire::{Instrument, Questionnaire, Severity};
use crate::report::{CsvRows, csv_header};
use crate::scoring::{Options, Prepared, Scratch};

/// The most one write may hold unless told otherwise ([`Scorer::write_pieces`]): the 64 KiB
/// a pipe buffers on Linux (and macOS). A larger write into a pipe fills it, sleeps until
/// the reader has emptied it, and wakes for the rest, which about halves the throughput of
/// `score --jsonl | …`.
pub const PIPE_PIECE: usize = 64 * 1024;
/// The least room [`run`]'s output buffer is made with: past the 128 KiB from which glibc's
/// malloc maps an allocation on its own, apart from the small ones of each report (among
/// them, in the heap, it made their malloc and free costlier: 1.2 M instructions more over
/// 5,000 reports). Pages never written are never touched.
const OUT_AT_LEAST: usize = 256 * 1024;
/// Progress is reported every this many lines.
const PROGRESS_EVERY: u64 = 1024;

/// Lines of a reader, numbered from 1, without their line ending (`\n` or `\r\n`) or a
/// byte-order mark at the start. A line is lent straight from the reader's buffer where it
/// lies whole in it, and copied into one reused buffer only where it runs past its end. A
/// line longer than `MAX_LINE_BYTES` is read past without being kept and comes back as
/// `None`, so memory stays bounded whatever the input.
#[derive(Debug)]
pub struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    /// Bytes of the reader's buffer that the last line took, consumed before the next.
    taken: usize,
    number: u64,
    bytes: u64,
    too_long: bool,
    /// The last line was too long and the rest of it is still unread: it is read past only
    /// when the next line is asked for, so a run that stops at it never reads on (an endless
    /// input such as `/dev/zero` would never end).
    unread_rest: bool,
    /// `buf` holds the start of a line whose rest a read that would wait has not brought:
    /// the next call reads on from there.
    partial: bool,
}

/// A line's number, and the line (`None` when it was longer than [`MAX_LINE_BYTES`]).
pub type NumberedLine<'a> = (u64, Option<&'a [u8]>);

pub use crate::limits::MAX_LINE_BYTES;

impl<R: BufRead> Lines<R> {
    /// Lines of `reader`.
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            buf: Vec::new(),
            taken: 0,
            number: 0,
            bytes: 0,
            too_long: false,
            unread_rest: false,
            partial: false,
        }
    }

    /// Reads the rest of a line that runs past the reader's buffer into `buf` (after the
    /// start of it that `buf` holds, where `partial`), or, past [`MAX_LINE_BYTES`], reads on
    /// to its end keeping nothing; the bytes read are counted. A read that would wait fails
    /// it with what it read kept, for the next call.
    fn read_long_line(&mut self) -> io::Result<()> {
        if !std::mem::take(&mut self.partial) {
            self.buf.clear();
        }
        loop {
            let available = match self.reader.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.partial = would_wait(&e);
                    return Err(e);
                }
            };
            if available.is_empty() {
                return Ok(());
            }
            let (len, done) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            if self.buf.len() + len <= MAX_LINE_BYTES {
                self.buf.extend_from_slice(&available[..len]);
            } else {
                self.too_long = true;
                self.buf.clear();
            }
            self.reader.consume(len);
            self.bytes += len as u64;
            if done {
                return Ok(());
            }
            if self.too_long {
                self.unread_rest = true;
                return Ok(());
            }
        }
    }

    /// Reads past the rest of a line that was too long, up to and with its line feed.
    /// A read that would wait fails it, to go on from there at the next call.
    fn skip_rest(&mut self) -> io::Result<()> {
        if self.unread_rest {
            read_past_line(&mut self.reader, &mut self.bytes)?;
            self.unread_rest = false;
        }
        Ok(())
    }

    /// The next line and its number (the line `None` when it was too long to keep); `None` at
    /// the end of the input. Fails with [`would_wait`] where the input has no more yet, at a
    /// line's start or within it (the next call goes on, and waits for it).
    pub fn next_line(&mut self) -> io::Result<Option<NumberedLine<'_>>> {
        self.reader.consume(std::mem::take(&mut self.taken));
        self.skip_rest()?;
        self.too_long = false;
        let whole = loop {
            if self.partial {
                break None;
            }
            match self.reader.fill_buf() {
                Ok([]) => return Ok(None),
                Ok(available) => break memchr::memchr(b'\n', available).map(|at| at + 1),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        let line = match whole {
            Some(len) => {
                self.taken = len;
                &self.reader.fill_buf()?[..len]
            }
            None => {
                self.read_long_line()?;
                self.number += 1;
                if self.too_long {
                    return Ok(Some((self.number, None)));
                }
                return Ok(Some((self.number, Some(trim_line(&self.buf, self.number)))));
            }
        };
        self.bytes += line.len() as u64;
        self.number += 1;
        Ok(Some((self.number, Some(trim_line(line, self.number)))))
    }

    /// How many bytes have been read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }
}

/// Reads past the rest of a line, up to and with its line feed, adding the bytes read to
/// `bytes` as it goes (so that after a failed read it can go on): whether the input ended
/// first.
fn read_past_line<R: BufRead>(reader: &mut R, bytes: &mut u64) -> io::Result<bool> {
    loop {
        let available = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (len, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), available.is_empty()),
        };
        reader.consume(len);
        *bytes += len as u64;
        if done {
            return Ok(len == 0);
        }
    }
}

/// A line without its ending (`\n` or `\r\n`), and the first line without a byte-order mark.
fn trim_line(line: &[u8], number: u64) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if number == 1 {
        line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
    } else {
        line
    }
}

/// What a batch writes per report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchFormat {
    /// One JSON report per line (SPEC §7).
    Json,
    /// One header, then two rows per report, numbered by the input line.
    Csv,
}

/// Scores lines into reports, keeping what a stream needs between them.
#[derive(Debug)]
pub struct Scorer {
    parser: LineParser,
    /// One per questionnaire met, the last used first.
    prepared: Vec<Prepared>,
    json: JsonLines,
    csv: CsvRows,
    options: Options,
    format: BatchFormat,
    /// The questionnaire of the first CSV row (its header written unless `no_header`).
    csv_for: Option<Instrument>,
    /// Leave out the CSV header (`--no-header`), for shards that are joined later.
    no_header: bool,
    /// The input being read, as reports name it (`-` for standard input).
    source: Option<Arc<str>>,
    worst: Option<Severity>,
    /// The most one write of the output holds ([`PIPE_PIECE`] unless told otherwise).
    piece: usize,
    /// The last line's report and what scoring works in, refilled by the next line (boxed,
    /// so that handing it on moves a pointer, not the report).
    last: Option<Box<Report>>,
    scratch: Scratch,
    /// What [`run_parallel`] leaves for the next input: its scorers for the other threads
    /// (each with the questionnaires it has loaded and prepared) and its chunks (their
    /// buffers grown). A batch of a thousand small files would otherwise load and prepare
    /// its questionnaire, and fault in fresh buffers, on every thread for every file.
    parallel: (Vec<Scorer>, Vec<Chunk>),
}

impl Scorer {
    /// A scorer reading with `parser`.
    pub fn new(parser: LineParser, options: Options, format: BatchFormat) -> Self {
        Scorer {
            parser,
            prepared: Vec::new(),
            json: JsonLines::default(),
            csv: CsvRows::default(),
            options,
            format,
            csv_for: None,
            no_header: false,
            source: None,
            worst: None,
            piece: PIPE_PIECE,
            last: None,
            scratch: Scratch::default(),
            parallel: (Vec::new(), Vec::new()),
        }
    }

    /// Writes lean JSON reports ([`JsonLines::lean`]); CSV rows hold no such text anyway.
    pub fn lean(mut self) -> Self {
        self.json.set_lean(true);
        self
    }

    /// Writes the output in pieces of at most `bytes` (at least 64 KiB, `PIPE_PIECE`): a
    /// quarter of a pipe grown larger than 64 KiB, which then takes each whole with fewer
    /// writes and fewer wake-ups of its reader; or, for a file or a device, more than any
    /// chunk's reports, so that each goes out in one write.
    pub fn write_pieces(mut self, bytes: usize) -> Self {
        self.piece = bytes.max(PIPE_PIECE);
        self
    }

    /// Writes CSV rows with no header.
    pub fn without_header(mut self) -> Self {
        self.no_header = true;
        self
    }

    /// Names the input the next lines come from in their reports (`source`, SPEC §10): the
    /// path as given, `-` for standard input.
    pub fn set_source(&mut self, source: &str) {
        if self.source.as_deref() != Some(source) {
            self.source = Some(source.into());
        }
    }

    /// The most severe rule any report so far has shown.
    pub fn worst(&self) -> Option<Severity> {
        self.worst
    }

    /// Scores one non-blank line and appends its report to `out`; on an error nothing is
    /// appended.
    pub fn score_line(
        &mut self,
        file: &str,
        line_no: u64,
        line: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), Error> {
        let report = self.read_report(file, line_no, line)?;
        self.worst = self
            .worst
            .max(report.warnings.iter().map(|w| w.severity).max());
        if self.format == BatchFormat::Csv && self.csv_for.is_none() {
            if !self.no_header {
                out.extend_from_slice(csv_header(&report).as_bytes());
            }
            self.csv_for = Some((*report.questionnaire).clone());
        }
        self.write(&report, line_no, out);
        self.last = Some(report);
        Ok(())
    }

    /// A scorer for another thread, reading and writing as this one does, with nothing
    /// remembered of the lines so far.
    fn worker(&self) -> Scorer {
        let mut worker = Scorer {
            no_header: self.no_header,
            source: self.source.clone(),
            piece: self.piece,
            ..Scorer::new(self.parser.fresh(), self.options, self.format)
        };
        worker.json.set_lean(self.json.is_lean());
        worker
    }

    /// [`Scorer::score_line`] on a thread of its own: appends the report (the CSV rows
    /// without a header) and returns what the lines before must judge, in order: its
    /// questionnaire (a CSV holds one) and its most severe rule. `header` gets the CSV
    /// header for this report when it is `Some("")`.
    fn score_alone(
        &mut self,
        file: &str,
        line_no: u64,
        line: &[u8],
        out: &mut Vec<u8>,
        header: &mut Option<String>,
    ) -> Result<Scored, Error> {
        let report = self.read_report(file, line_no, line)?;
        if self.format == BatchFormat::Csv
            && let Some(h) = header
            && h.is_empty()
        {
            *h = csv_header(&report);
        }
        self.write(&report, line_no, out);
        let scored = Scored {
            instrument: (self.format == BatchFormat::Csv).then(|| report.questionnaire.clone()),
            worst: report.warnings.iter().map(|w| w.severity).max(),
        };
        self.last = Some(report);
        Ok(scored)
    }

    /// The report of one line, after checking that a CSV's lines are of one questionnaire
    /// (on another thread, where `csv_for` stays unset, the thread taking its reports checks),
    /// written over the last line's report (given back to `last` once written).
    fn read_report(&mut self, file: &str, line_no: u64, line: &[u8]) -> Result<Box<Report>, Error> {
        let read = self.parser.read(file, line_no, line)?;
        if self.format == BatchFormat::Csv
            && let Some(first) = &self.csv_for
        {
            same_questionnaire(first, read.0, file, line_no, "csv")?;
        }
        Ok(report_of(
            (&mut self.prepared, self.format == BatchFormat::Json),
            self.options,
            &self.source,
            read,
            line_no,
            (self.last.take(), &mut self.scratch),
        ))
    }

    /// Appends `report` in the batch's format (CSV: its two rows).
    fn write(&mut self, report: &Report, line_no: u64, out: &mut Vec<u8>) {
        match self.format {
            BatchFormat::Json => self.json.write(report, out),
            BatchFormat::Csv => self.csv.write(report, line_no, out),
        }
    }
}

/// The report of one line, scored with the questionnaire's [`Prepared`] (made once, kept in
/// `prepared`, the last used first), naming the batch's `source` and the line: written over
/// `last`, an earlier line's report, where there is one. Its words (warnings' messages,
/// notes) are made only where `words` (JSON reports, for [`JsonLines`] alone: the
/// messages held for it to write, [`Prepared::for_lines`]); CSV rows do not write them.
fn report_of(
    (prepared, words): (&mut Vec<Prepared>, bool),
    options: Options,
    source: &Option<Arc<str>>,
    (q, pair): (&Questionnaire, &Pair),
    line_no: u64,
    (last, scratch): (Option<Box<Report>>, &mut Scratch),
) -> Box<Report> {
    let at = match prepared.iter().position(|p| p.is_for(q)) {
        Some(i) => i,
        None => {
            let made = Prepared::new(q);
            prepared.push(if words {
                made.for_lines()
            } else {
                made.for_rows()
            });
            prepared.len() - 1
        }
    };
    prepared.swap(0, at);
    let mut report = last.unwrap_or_else(|| Box::new(prepared[0].blank()));
    // The last report's name of the input is kept where it is the batch's (scoring clears
    // it): no count of the shared name taken and given back a line.
    let named = report.source.take();
    prepared[0].score_into(q, pair, options, &mut report, scratch);
    report.source = match named {
        Some(kept) if source.as_ref().is_some_and(|s| Arc::ptr_eq(s, &kept)) => Some(kept),
        _ => source.clone(),
    };
    report.line = Some(line_no);
    report
}

/// What a line scored on its own thread leaves for the lines before it to judge.
#[derive(Debug)]
struct Scored {
    /// For CSV rows, which hold one questionnaire, the line's; for JSON reports, none (not
    /// a count of the shared questionnaire taken on one thread and given back on another,
    /// a line).
    instrument: Option<Arc<Instrument>>,
    worst: Option<Severity>,
}

/// Counts of a batch run, added up over its inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Non-blank lines read.
    pub lines: u64,
    /// Bad lines skipped (with `--skip-invalid`).
    pub skipped: u64,
}

/// Why a batch stopped early.
#[derive(Debug)]
pub enum Stop {
    /// A bad line, and bad lines are not skipped.
    Line(Error),
    /// The input could not be read.
    Read(io::Error),
    /// The output could not be written (a closed pipe included).
    Write(io::Error),
}

/// Hooks a batch run calls: what to do with a bad line, and how far it has read.
pub trait Observer {
    /// A bad line: `true` skips it and goes on, `false` stops the run with it.
    fn invalid(&mut self, error: &Error) -> bool;
    /// Bytes of the current input read so far (called every few thousand lines).
    fn progress(&mut self, bytes_read: u64);
    /// The run stops (a bad line, a failed write) while another thread may be waiting for
    /// more input: an input that can be told to wait no more
    /// ([`GiveUp`](super::source::GiveUp)) is told here.
    fn stopping(&mut self) {}
}

/// Stops at the first bad line and reports no progress.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strict;

impl Observer for Strict {
    fn invalid(&mut self, _: &Error) -> bool {
        false
    }
    fn progress(&mut self, _: u64) {}
}

/// Calls `each` with every non-blank line of `input` and its number. A line for which it
/// returns [`Stop::Line`] is skipped when the observer says so; any other stop ends the run.
/// `summary` is added to, so one summary can span several inputs.
pub fn each_line<R: BufRead>(
    input: R,
    file: &str,
    observer: &mut dyn Observer,
    summary: &mut Summary,
    mut each: impl FnMut(u64, &[u8]) -> Result<(), Stop>,
) -> Result<(), Stop> {
    let each = |(): &mut (), line_no: u64, line: &[u8]| each(line_no, line);
    each_line_or_wait(input, file, observer, summary, &mut (), each, |()| Ok(()))
}

/// [`each_line`], calling `waiting` before it waits for more of an input that says so
/// ([`SaysWhenWaiting`](super::source::SaysWhenWaiting)); both are given `state`.
fn each_line_or_wait<R: BufRead, S>(
    input: R,
    file: &str,
    observer: &mut dyn Observer,
    summary: &mut Summary,
    state: &mut S,
    mut each: impl FnMut(&mut S, u64, &[u8]) -> Result<(), Stop>,
    mut waiting: impl FnMut(&mut S) -> Result<(), Stop>,
) -> Result<(), Stop> {
    let mut lines = Lines::new(input);
    loop {
        let (line_no, line) = match lines.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) if would_wait(&e) => {
                waiting(state)?;
                continue;
            }
            Err(e) => return Err(Stop::Read(e)),
        };
        let result = match line {
            None => Err(Stop::Line(too_long(file, line_no))),
            Some(line) if line.trim_ascii().is_empty() => continue,
            Some(line) => each(state, line_no, line),
        };
        summary.lines += 1;
        match result {
            Ok(()) => {}
            Err(Stop::Line(e)) if observer.invalid(&e) => summary.skipped += 1,
            Err(stop) => return Err(stop),
        }
        if line_no % PROGRESS_EVERY == 0 {
            observer.progress(lines.bytes_read());
        }
    }
    observer.progress(lines.bytes_read());
    Ok(())
}

/// The error for a line over [`MAX_LINE_BYTES`].
fn too_long(file: &str, line_no: u64) -> Error {
    AnswersError {
        file: file.to_owned(),
        line: Some(line_no),
        column: None,
        message: crate::ui!(
            "answers-jsonl-line-too-long",
            limit = crate::limits::size_words(MAX_LINE_BYTES as u64)
        ),
    }
    .into()
}

/// Scores every line of `input` (named `file` in messages) into `output`. The reports of the
/// lines before a bad line are written before the run stops with it.
pub fn run<R: BufRead, W: Write>(
    scorer: &mut Scorer,
    file: &str,
    input: R,
    output: &mut W,
    observer: &mut dyn Observer,
    summary: &mut Summary,
) -> Result<(), Stop> {
    let piece = scorer.piece;
    let out = Vec::with_capacity((piece + 16 * 1024).max(OUT_AT_LEAST));
    // The reports not yet handed on, and the largest lately: the output is handed on before
    // one more of that size would take it past a piece, so it goes out in whole pieces
    // straight from `out`, uncopied; and all of it before the run waits for more input.
    let mut held = (out, PipeWriter::new(output, piece), 0);
    let result = each_line_or_wait(
        input,
        file,
        observer,
        summary,
        &mut held,
        |(out, pipe, largest), line_no, line| {
            let before = out.len();
            scorer
                .score_line(file, line_no, line, out)
                .map_err(Stop::Line)?;
            // Forgets a large report slowly, so one does not make every write small.
            *largest = (out.len() - before).max(*largest - *largest / 64);
            if out.len() + *largest > piece {
                pipe.write(out).map_err(Stop::Write)?;
                out.clear();
            }
            Ok(())
        },
        |(out, pipe, _)| {
            pipe.write(out)
                .and_then(|()| pipe.flush())
                .map_err(Stop::Write)?;
            out.clear();
            Ok(())
        },
    );
    let (out, mut pipe, _) = held;
    pipe.write(&out).map_err(Stop::Write)?;
    result
}

/// Input bytes a batch hands to one thread at a time (a little more where a read falls
/// short of it: up to the end of the read that passes it, cut at a line's end): large
/// enough that handing over costs nothing next to scoring, small enough that the chunks in
/// flight hold a few MiB.
const CHUNK_BYTES: usize = 128 * 1024;
/// The most lines a chunk holds, blank ones too: each is a place in the chunk's list of line
/// ends, and a bad one an error held until it is judged, so a chunk of very short lines is
/// cut here, not at [`CHUNK_BYTES`].
const CHUNK_LINES: usize = 1024;
/// The least room one read into a chunk is given: at least the buffer of a `BufReader` made
/// by the command, so that it reads straight into the chunk rather than copying from its
/// own buffer.
const READ_BYTES: usize = 64 * 1024;

/// Whole lines of the input, read straight into a chunk's buffer for a thread to number and
/// score: reading counts the line feeds but copies no line, only the part of a line at a
/// chunk's end, which starts the next. A line longer than [`MAX_LINE_BYTES`] whose end is not
/// yet read is not kept: the chunk ends before it, marked, and the rest of it is read past
/// only when the next chunk is asked for (one whose end came in the same read stays in the
/// chunk, and scoring finds it too long).
#[derive(Debug)]
struct RawLines<R> {
    reader: R,
    /// What the last chunk's read took past the chunk's end, from `carry_at` on, for the
    /// next chunk: the start of a line, or whole lines where the chunk was cut at
    /// [`CHUNK_LINES`].
    carry: Vec<u8>,
    carry_at: usize,
    bytes: u64,
    ended: bool,
    /// The last chunk ended at a line too long to keep, whose rest is still unread.
    unread_rest: bool,
    /// The last chunk ended where a read would wait: once it is written, all before is
    /// handed on, so a wait with no whole line since needs no chunk of its own.
    handed_on: bool,
}

impl<R: BufRead> RawLines<R> {
    fn new(reader: R) -> Self {
        RawLines {
            reader,
            carry: Vec::new(),
            carry_at: 0,
            bytes: 0,
            ended: false,
            unread_rest: false,
            handed_on: false,
        }
    }

    /// Fills `chunk` (cleared) with whole lines: at least [`CHUNK_BYTES`] of them unless the
    /// input ends first, [`CHUNK_LINES`] come sooner, or a read would wait (perhaps none,
    /// then, only that the output before is handed on). On a read error the chunk holds the
    /// whole lines before it.
    fn fill(&mut self, chunk: &mut Chunk) -> io::Result<()> {
        let filled = self.fill_lines(chunk);
        self.handed_on = chunk.waits;
        filled
    }

    /// [`RawLines::fill`], but for noting whether the chunk hands on what is before it.
    fn fill_lines(&mut self, chunk: &mut Chunk) -> io::Result<()> {
        loop {
            match self.skip_rest() {
                // The chunk before is handed on while the rest of the long line waits; once
                // it is, the read tried again waits.
                Err(e) if would_wait(&e) && !self.handed_on => {
                    chunk.waits = true;
                    return Ok(());
                }
                Err(e) if would_wait(&e) => {}
                skipped => break skipped?,
            }
        }
        let text = &mut chunk.text;
        let carried = &self.carry[self.carry_at..];
        // Lines carried from a chunk cut at its count of lines may fill this one too: it
        // takes its share and leaves the rest where it is, so no byte is copied twice.
        let (lines, cut) = count_lines(carried, CHUNK_LINES);
        let take = cut.unwrap_or(carried.len());
        let room = (take + READ_BYTES).max(CHUNK_BYTES);
        if text.is_empty() {
            // Zeroed pages from the system, not zeros written.
            *text = vec![0; room];
        } else if text.len() < room {
            text.resize(room, 0);
        }
        text[..take].copy_from_slice(&carried[..take]);
        if cut.is_some() {
            self.carry_at += take;
            chunk.end = take;
            return Ok(());
        }
        self.carry.clear();
        self.carry_at = 0;
        let mut filled = take;
        // Where the line that runs on past `filled` starts, whether a line has ended, and
        // how many have.
        let (mut open, mut whole, mut lines) = (0, false, lines);
        if let Some(at) = memchr::memrchr(b'\n', &text[..filled]) {
            (open, whole) = (at + 1, true);
        }
        loop {
            if filled - open > MAX_LINE_BYTES {
                chunk.too_long = true;
                self.unread_rest = true;
                chunk.end = open;
                return Ok(());
            }
            if self.ended || (whole && filled >= CHUNK_BYTES) {
                break;
            }
            if text.len() < filled + READ_BYTES {
                text.resize(filled + READ_BYTES, 0);
            }
            let read = match self.reader.read(&mut text[filled..]) {
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if would_wait(&e) && (whole || !self.handed_on) => {
                    // The lines so far go now, and their reports are handed on once
                    // written: none of them is held while the next read waits.
                    chunk.waits = true;
                    break;
                }
                // Only the start of a line since all before was handed on: the read tried
                // again waits, and what came stays where it is (a line trickling in is
                // not copied from chunk to chunk at every wait).
                Err(e) if would_wait(&e) => continue,
                Err(e) => {
                    self.ended = true;
                    chunk.end = open;
                    return Err(e);
                }
            };
            if read == 0 {
                self.ended = true;
                break;
            }
            let (more, cut) = count_lines(&text[filled..filled + read], CHUNK_LINES - lines);
            lines += more;
            if let Some(at) = cut {
                // The chunk has its lines: what the read took past them waits for the next.
                self.bytes += read as u64;
                chunk.end = filled + at;
                self.carry
                    .extend_from_slice(&text[filled + at..filled + read]);
                return Ok(());
            }
            if let Some(at) = memchr::memrchr(b'\n', &text[filled..filled + read]) {
                (open, whole) = (filled + at + 1, true);
            }
            filled += read;
            self.bytes += read as u64;
        }
        if self.ended {
            chunk.end = filled;
        } else {
            chunk.end = open;
            self.carry.extend_from_slice(&text[open..filled]);
        }
        Ok(())
    }

    /// Reads past the rest of a line that was too long, up to and with its line feed.
    /// A read that would wait fails it, to go on from there at the next call.
    fn skip_rest(&mut self) -> io::Result<()> {
        if self.unread_rest {
            match read_past_line(&mut self.reader, &mut self.bytes) {
                Ok(ended) => self.ended |= ended,
                Err(e) if would_wait(&e) => return Err(e),
                Err(e) => {
                    self.ended = true;
                    self.unread_rest = false;
                    return Err(e);
                }
            }
            self.unread_rest = false;
        }
        Ok(())
    }

    /// Bytes of the input up to the end of the last chunk's lines.
    fn bytes_read(&self) -> u64 {
        self.bytes - (self.carry.len() - self.carry_at) as u64
    }
}

/// How many line feeds `bytes` holds, up to `most`; and where `most` of them do, the end of
/// the last of them (just past it).
fn count_lines(bytes: &[u8], most: usize) -> (usize, Option<usize>) {
    let mut count = 0;
    for at in memchr::memchr_iter(b'\n', bytes) {
        count += 1;
        if count == most {
            return (count, Some(at + 1));
        }
    }
    (count, None)
}

/// Lines read for one thread to number and score, and then what it made of them.
#[derive(Debug, Default)]
struct Chunk {
    /// The lines, one after another, in the first `end` bytes (the rest is room to read
    /// into): each with its line feed, but the input's last where it has none.
    text: Vec<u8>,
    end: usize,
    /// After the lines of `text`, a line too long to keep.
    too_long: bool,
    /// The input had no more when the chunk was read: the output is handed on once its
    /// reports are written.
    waits: bool,
    /// Each line's end in `text`, found by the thread.
    ends: Vec<usize>,
    /// Bytes of the input read up to the end of the last line.
    bytes_read: u64,
    /// The reports, one after another.
    out: Vec<u8>,
    /// Each non-blank line's number, its end in `out`, and how it went.
    done: Vec<(u64, usize, Result<Scored, Error>)>,
    /// The CSV header of the first line that scored.
    header: Option<String>,
}

impl Chunk {
    fn clear(&mut self) {
        self.end = 0;
        self.too_long = false;
        self.waits = false;
        self.ends.clear();
        self.out.clear();
        self.done.clear();
        self.header = None;
        // A buffer grown for a long line is given back.
        if self.text.len() > CHUNK_BYTES + 2 * READ_BYTES {
            self.text = Vec::new();
        }
    }

    /// Finds each line's end: how many lines the chunk holds, a line too long included.
    fn split(&mut self) -> u64 {
        let text = &self.text[..self.end];
        self.ends
            .extend(memchr::memchr_iter(b'\n', text).map(|at| at + 1));
        if self.ends.last().copied().unwrap_or(0) < text.len() {
            self.ends.push(text.len());
        }
        (self.ends.len() + usize::from(self.too_long)) as u64
    }

    /// Scores every line with `scorer`, the first numbered `before + 1` ([`Chunk::split`]
    /// first).
    fn score(&mut self, scorer: &mut Scorer, file: &str, before: u64) {
        let mut start = 0;
        let mut line_no = before;
        for &end in &self.ends {
            line_no += 1;
            let line = &self.text[start..end];
            start = end;
            let result = if line.len() > MAX_LINE_BYTES {
                Err(too_long(file, line_no))
            } else {
                let line = trim_line(line, line_no);
                if line.trim_ascii().is_empty() {
                    continue;
                }
                if self.header.is_none() {
                    self.header = Some(String::new());
                }
                let result =
                    scorer.score_alone(file, line_no, line, &mut self.out, &mut self.header);
                if result.is_err() && self.header.as_deref() == Some("") {
                    self.header = None;
                }
                result
            };
            self.done.push((line_no, self.out.len(), result));
        }
        if self.too_long {
            line_no += 1;
            self.done
                .push((line_no, self.out.len(), Err(too_long(file, line_no))));
        }
    }
}

/// [`run`] on `jobs` threads (at least 2), with no thread of its own between them: each
/// thread in turn reads a chunk of whole lines (numbered from the count of lines the chunks
/// before held), scores it, and leaves it to be written; whichever thread leaves the chunk
/// next in input order writes it, and any after it already left. So the output, the
/// messages and where a bad line stops the run are exactly those of [`run`]; a thread waits
/// only while another reads or writes, or for a chunk to read into, so a wake-up across
/// processors (dear on a virtual machine) is rare; and it scores lines still in its
/// processor's cache. At most `2 × jobs + 1` chunks exist, so memory stays flat and the input
/// is read no further than that ahead of the output; nor past a line too long to keep (its
/// rest unread) until the lines before it are judged.
pub fn run_parallel<R: BufRead + Send, W: Write + Send>(
    scorer: &mut Scorer,
    jobs: usize,
    file: &str,
    input: R,
    output: &mut W,
    observer: &mut (dyn Observer + Send),
    summary: &mut Summary,
) -> Result<(), Stop> {
    let jobs = jobs.max(2);
    let (mut workers, mut spare) = std::mem::take(&mut scorer.parallel);
    workers.truncate(jobs);
    for worker in &mut workers {
        worker.source.clone_from(&scorer.source);
    }
    while workers.len() < jobs {
        workers.push(scorer.worker());
    }
    spare.resize_with(2 * jobs + 1, Chunk::default);
    let reading = Mutex::new(Reading {
        lines: RawLines::new(input),
        spare,
        chunks: 0,
        before: 0,
        held: false,
        stopped: false,
        error: None,
    });
    // Signalled when chunks are given back, a held line is judged, or the run stops.
    let changed = Condvar::new();
    let piece = scorer.piece;
    let writing = Mutex::new(Writing {
        scorer,
        pipe: PipeWriter::new(output, piece),
        observer,
        summary,
        early: BTreeMap::new(),
        next: 0,
        stop: None,
    });
    let workers = std::thread::scope(|scope| {
        let threads: Vec<_> = workers
            .into_iter()
            .map(|mut worker| {
                let (reading, changed, writing) = (&reading, &changed, &writing);
                scope.spawn(move || {
                    let _stop = StopOnPanic(reading, changed, writing);
                    let mut written = Vec::new();
                    while let Some((mut chunk, at, before)) = Reading::next(lock(reading), changed)
                    {
                        chunk.score(&mut worker, file, before);
                        // A thread that panicked while writing left a chunk half written:
                        // nothing after it may be.
                        let Ok(mut w) = writing.lock() else {
                            stop_all(reading, changed, writing);
                            break;
                        };
                        let stopped = w.leave(at, chunk, file, &mut written);
                        drop(w);
                        if !written.is_empty() || stopped {
                            lock(reading).give_back(&mut written, stopped);
                            changed.notify_all();
                        }
                    }
                    worker
                })
            })
            .collect();
        // A thread's panic goes on as the panic of the run, as it would at the scope's end.
        threads
            .into_iter()
            .map(|t| {
                t.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let read = reading.into_inner().unwrap_or_else(PoisonError::into_inner);
    debug_assert_eq!(read.spare.len(), 2 * jobs + 1, "every chunk is given back");
    let written = writing.into_inner().unwrap_or_else(PoisonError::into_inner);
    written.scorer.parallel = (workers, read.spare);
    match (written.stop, read.error) {
        (Some(stop), _) => Err(stop),
        (None, Some(e)) => Err(Stop::Read(e)),
        (None, None) => Ok(()),
    }
}

/// The reading side of [`run_parallel`], held by one thread at a time to read its next chunk.
struct Reading<R> {
    lines: RawLines<R>,
    /// Chunks free to read into (all of them made at the start, their buffers grown as they
    /// are first filled).
    spare: Vec<Chunk>,
    /// Chunks read so far: the next one's place in the output.
    chunks: u64,
    /// Lines in those chunks: the next chunk's lines are numbered from here.
    before: u64,
    /// The last chunk read ended at a line too long to keep: read on once it is judged.
    held: bool,
    /// The run stopped: a bad line, a failed write, or a thread that panicked.
    stopped: bool,
    error: Option<io::Error>,
}

impl<R: BufRead> Reading<R> {
    /// Reads the next chunk into a spare one, waiting on `changed` while none is spare or a
    /// held line is not yet judged: the chunk, its place in the output and the count of lines
    /// before it; `None` once the input has ended or the run has stopped.
    fn next(mut r: MutexGuard<'_, Self>, changed: &Condvar) -> Option<(Chunk, u64, u64)> {
        loop {
            if r.stopped || r.lines.ended {
                return None;
            }
            let spare = if r.held { None } else { r.spare.pop() };
            let Some(mut chunk) = spare else {
                r = changed.wait(r).unwrap_or_else(PoisonError::into_inner);
                continue;
            };
            chunk.clear();
            if let Err(e) = r.lines.fill(&mut chunk) {
                r.error = Some(e);
            }
            if chunk.end == 0 && !chunk.too_long && !chunk.waits {
                r.spare.push(chunk);
                continue;
            }
            r.held = chunk.too_long;
            chunk.bytes_read = r.lines.bytes_read();
            let (at, before) = (r.chunks, r.before);
            r.chunks += 1;
            r.before += chunk.split();
            return Some((chunk, at, before));
        }
    }
}

impl<R> Reading<R> {
    /// Takes back the chunks `written` (a held line among them now judged), and stops the
    /// run where `stop`; the caller wakes the threads waiting.
    fn give_back(&mut self, written: &mut Vec<Chunk>, stop: bool) {
        for chunk in written.drain(..) {
            self.held &= !chunk.too_long;
            self.spare.push(chunk);
        }
        self.stopped |= stop;
    }
}

/// The writing side of [`run_parallel`], held by one thread at a time to write the chunks
/// that are next.
struct Writing<'a, W: Write> {
    scorer: &'a mut Scorer,
    pipe: PipeWriter<'a, W>,
    observer: &'a mut (dyn Observer + Send),
    summary: &'a mut Summary,
    /// Chunks scored before the one to write next, by their place.
    early: BTreeMap<u64, Chunk>,
    next: u64,
    stop: Option<Stop>,
}

impl<W: Write> Writing<'_, W> {
    /// Leaves `chunk` (its place `at`) and writes every chunk that is next in order (none
    /// once the run has stopped), handing them on to `written`. Whether the run has stopped.
    fn leave(&mut self, at: u64, chunk: Chunk, file: &str, written: &mut Vec<Chunk>) -> bool {
        self.early.insert(at, chunk);
        while let Some(mut chunk) = self.early.remove(&self.next) {
            self.next += 1;
            if self.stop.is_none() {
                let took = self.scorer.take_chunk(
                    &mut chunk,
                    file,
                    &mut self.pipe,
                    self.observer,
                    self.summary,
                );
                let handed = took.and_then(|()| {
                    if chunk.waits {
                        self.pipe.flush().map_err(Stop::Write)
                    } else {
                        Ok(())
                    }
                });
                match handed {
                    Ok(()) => self.observer.progress(chunk.bytes_read),
                    Err(stop) => {
                        self.observer.stopping();
                        self.stop = Some(stop);
                    }
                }
            }
            written.push(chunk);
        }
        self.stop.is_some()
    }
}

/// `mutex` locked, whether or not a thread panicked holding it.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Stops a parallel run: tells the observer (so that a thread waiting for more input gives
/// up, [`Observer::stopping`]) and wakes every thread waiting to read.
fn stop_all<R, W: Write>(
    reading: &Mutex<Reading<R>>,
    changed: &Condvar,
    writing: &Mutex<Writing<'_, W>>,
) {
    lock(writing).observer.stopping();
    lock(reading).stopped = true;
    changed.notify_all();
}

/// Stops the run if its thread panics, so that no other thread waits for it for ever.
struct StopOnPanic<'a, 'w, R, W: Write>(
    &'a Mutex<Reading<R>>,
    &'a Condvar,
    &'a Mutex<Writing<'w, W>>,
);

impl<R, W: Write> Drop for StopOnPanic<'_, '_, R, W> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            stop_all(self.0, self.1, self.2);
        }
    }
}

impl Scorer {
    /// Takes a chunk scored on another thread, in input order: judges each line as
    /// [`Scorer::score_line`] would have (a CSV holds one questionnaire; the first row brings
    /// the header), and writes the reports of the lines that pass.
    fn take_chunk<W: Write>(
        &mut self,
        chunk: &mut Chunk,
        file: &str,
        pipe: &mut PipeWriter<'_, W>,
        observer: &mut dyn Observer,
        summary: &mut Summary,
    ) -> Result<(), Stop> {
        let mut begin = 0;
        // The reports before `begin` are written, or left out (a skipped line).
        let mut written = 0;
        for (line_no, end, result) in chunk.done.drain(..) {
            summary.lines += 1;
            let judged = match result {
                Err(error) => Err(error),
                Ok(Scored {
                    instrument: None,
                    worst,
                }) => Ok(worst),
                Ok(Scored {
                    instrument: Some(instrument),
                    worst,
                }) => match &self.csv_for {
                    Some(first) if !first.is(&instrument) => Err(other_questionnaire(
                        &instrument.id,
                        &first.id,
                        file,
                        line_no,
                        "csv",
                    )),
                    Some(_) => Ok(worst),
                    None => {
                        pipe.write(&chunk.out[written..begin])
                            .map_err(Stop::Write)?;
                        written = begin;
                        if !self.no_header {
                            let header = chunk.header.take().unwrap_or_default();
                            pipe.write(header.as_bytes()).map_err(Stop::Write)?;
                        }
                        self.csv_for = Some((*instrument).clone());
                        Ok(worst)
                    }
                },
            };
            match judged {
                Ok(worst) => self.worst = self.worst.max(worst),
                Err(error) => {
                    pipe.write(&chunk.out[written..begin])
                        .map_err(Stop::Write)?;
                    written = end;
                    if observer.invalid(&error) {
                        summary.skipped += 1;
                    } else {
                        return Err(Stop::Line(error));
                    }
                }
            }
            begin = end;
        }
        pipe.write(&chunk.out[written..]).map_err(Stop::Write)
    }
}

/// Writes whole lines straight from the caller's buffer, in pieces of at most a set size,
/// each ending at a line's end where one fits (a line longer than a piece is cut), so a pipe
/// takes every write whole and a line-buffered standard output passes each one straight on.
#[derive(Debug)]
pub struct PipeWriter<'w, W: Write> {
    output: &'w mut W,
    piece: usize,
}

impl<'w, W: Write> PipeWriter<'w, W> {
    /// A writer into `output` of pieces of at most `piece` bytes.
    pub fn new(output: &'w mut W, piece: usize) -> Self {
        PipeWriter {
            output,
            piece: piece.max(1),
        }
    }

    /// Writes `data` (whole lines).
    pub fn write(&mut self, mut data: &[u8]) -> io::Result<()> {
        while data.len() > self.piece {
            let take = memchr::memrchr(b'\n', &data[..self.piece]).map_or(self.piece, |at| at + 1);
            let (piece, rest) = data.split_at(take);
            self.output.write_all(piece)?;
            data = rest;
        }
        if data.is_empty() {
            return Ok(());
        }
        self.output.write_all(data)
    }

    /// Hands on all that was written, through any buffer of the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.output.flush()
    }
}

/// The error for a line whose questionnaire is not the one of the first line, in an output
/// that can hold only one (`what`: "csv" or "statistics", a key the message turns into words).
pub fn same_questionnaire(
    first: &Instrument,
    this: &Questionnaire,
    file: &str,
    line_no: u64,
    what: &str,
) -> Result<(), Error> {
    if first.is_of(this) {
        return Ok(());
    }
    Err(other_questionnaire(
        &this.id, &first.id, file, line_no, what,
    ))
}

/// The error of [`same_questionnaire`]: a line of questionnaire `this` after lines of `first`.
fn other_questionnaire(this: &str, first: &str, file: &str, line_no: u64, what: &str) -> Error {
    AnswersError {
        file: file.to_owned(),
        line: Some(line_no),
        column: None,
        message: crate::ui!(
            "answers-jsonl-other-questionnaire",
            id = this,
            first = first,
            output = what
        ),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use std::io::{BufReader, Read};

    use super::*;

    #[test]
    fn lines_across_buffer_ends_and_all_line_endings() {
        let text = b"\xef\xbb\xbfone\r\ntwo\n\nthree is longer than the buffer\nfour";
        // A buffer of 8 bytes: some lines lie whole in it, others run past its end.
        let mut lines = Lines::new(BufReader::with_capacity(8, &text[..]));
        let mut got = Vec::new();
        while let Some((n, line)) = lines.next_line().unwrap() {
            got.push((n, String::from_utf8(line.unwrap().to_vec()).unwrap()));
        }
        let expected = ["one", "two", "", "three is longer than the buffer", "four"];
        let expected: Vec<(u64, String)> =
            (1..).zip(expected.iter().map(|s| s.to_string())).collect();
        assert_eq!(got, expected);
        assert_eq!(lines.bytes_read(), text.len() as u64);
    }

    #[test]
    fn a_line_over_the_limit_is_read_past_not_kept() {
        // A short line, a line eight times the limit, a short line; a small buffer so the
        // long line runs past it.
        let mut text = b"first\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', 8 * MAX_LINE_BYTES));
        text.extend_from_slice(b"\nthird\n");
        let mut lines = Lines::new(BufReader::with_capacity(4096, &text[..]));
        assert_eq!(lines.next_line().unwrap(), Some((1, Some(&b"first"[..]))));
        assert_eq!(lines.next_line().unwrap(), Some((2, None)));
        // The buffer grew to the limit (doubling, so at most twice it), then no further.
        assert!(
            lines.buf.capacity() <= 2 * MAX_LINE_BYTES,
            "the long line was not kept"
        );
        assert_eq!(lines.next_line().unwrap(), Some((3, Some(&b"third"[..]))));
        assert_eq!(lines.next_line().unwrap(), None);
        // Up to the limit is kept.
        let mut text = vec![b'y'; MAX_LINE_BYTES - 1];
        text.push(b'\n');
        let mut lines = Lines::new(BufReader::with_capacity(4096, &text[..]));
        assert_eq!(
            lines.next_line().unwrap().unwrap().1.map(<[u8]>::len),
            Some(MAX_LINE_BYTES - 1)
        );
    }

    /// Skips every bad line, keeping its message.
    #[derive(Default)]
    struct Skipping(Vec<String>, bool);
    impl Observer for Skipping {
        fn invalid(&mut self, error: &Error) -> bool {
            self.0.push(error.to_string());
            self.1
        }
        fn progress(&mut self, _: u64) {}
    }

    /// The input of [`parallel_runs_write_what_one_thread_writes`]: simulated lines of two
    /// questionnaires, couples among them, with a byte-order mark, `\r\n` endings, blank
    /// and spaced lines, a bad line, a line of exactly the most bytes kept (spaces after the
    /// object), lines over it (one ending the input, without a line feed, where `end` says).
    fn awkward_input(end_long: bool) -> Vec<u8> {
        use crate::questionnaire::BUNDLED;
        use crate::simulate::Simulation;
        let mut text = b"\xef\xbb\xbf".to_vec();
        for (k, b) in BUNDLED.iter().take(2).enumerate() {
            let q = b.load().unwrap();
            for pairs in [false, true] {
                let mut sim = Simulation::new(&q, 11 + k as u64, pairs, 0.2);
                for n in 0..90 {
                    sim.write_next(&mut text).unwrap();
                    match n % 23 {
                        3 => text.extend_from_slice(b"\n  \t\n"),
                        7 => {
                            text.pop();
                            text.extend_from_slice(b"\r\n");
                        }
                        11 if pairs => text.extend_from_slice(b"{\"answers\": [1,\n"),
                        _ => {}
                    }
                }
            }
            if k == 0 {
                let mut kept = Vec::new();
                sim_line(&q, &mut kept);
                kept.pop();
                kept.resize(MAX_LINE_BYTES - 1, b' ');
                kept.push(b'\n');
                text.extend_from_slice(&kept);
                kept.pop();
                kept.extend_from_slice(b" \n");
                text.extend_from_slice(&kept);
                text.extend(std::iter::repeat_n(b'x', 3 * MAX_LINE_BYTES));
                text.push(b'\n');
            }
        }
        if end_long {
            text.extend(std::iter::repeat_n(b'y', MAX_LINE_BYTES + 1));
        } else {
            text.pop();
        }
        text
    }

    fn sim_line(q: &Questionnaire, out: &mut Vec<u8>) {
        crate::simulate::Simulation::new(q, 1, false, 0.0)
            .write_next(out)
            .unwrap();
    }

    /// [`run`] of `input` (named `in`) when `threads` is 1, else [`run_parallel`] on that many.
    fn run_on(
        threads: usize,
        scorer: &mut Scorer,
        input: impl BufRead + Send,
        out: &mut (impl Write + Send),
        observer: &mut (dyn Observer + Send),
        summary: &mut Summary,
    ) -> Result<(), Stop> {
        if threads == 1 {
            run(scorer, "in", input, out, observer, summary)
        } else {
            run_parallel(scorer, threads, "in", input, out, observer, summary)
        }
    }

    /// `run_parallel` writes the bytes `run` writes, with the same messages, counts, worst
    /// rule and stop, in both formats, skipping bad lines or stopping at the first, however
    /// the input's reads fall (whole buffers, or a few bytes at a time, now and then saying
    /// they would wait) and on any number of threads.
    #[test]
    fn parallel_runs_write_what_one_thread_writes() {
        type Ran = (Vec<u8>, Vec<String>, Summary, Option<Severity>, String);
        let go = |format, skip, text: &[u8], threads: usize, capacity: usize| -> Ran {
            let mut scorer = Scorer::new(LineParser::by_name(), Options::default(), format);
            scorer.set_source("in.jsonl");
            let (mut out, mut seen, mut summary) =
                (Vec::new(), Skipping(Vec::new(), skip), Summary::default());
            // A buffer of 8 KiB reads from a trickle, as from a pipe; the others from memory.
            let input: Box<dyn BufRead + Send> = if capacity == 8 * 1024 {
                Box::new(BufReader::with_capacity(
                    capacity,
                    Trickle {
                        text,
                        seed: 7,
                        said: false,
                    },
                ))
            } else {
                Box::new(BufReader::with_capacity(capacity, text))
            };
            let ran = run_on(
                threads,
                &mut scorer,
                input,
                &mut out,
                &mut seen,
                &mut summary,
            );
            let ran = match ran {
                Ok(()) => "ok".to_owned(),
                Err(Stop::Line(e)) => e.to_string(),
                Err(other) => format!("{other:?}"),
            };
            (out, seen.0, summary, scorer.worst(), ran)
        };
        let mut skipped = 0;
        for end_long in [false, true] {
            let text = awkward_input(end_long);
            for format in [BatchFormat::Json, BatchFormat::Csv] {
                for skip in [true, false] {
                    let one = go(format, skip, &text, 1, 64 * 1024);
                    skipped += one.2.skipped;
                    for (threads, capacity) in [
                        (1, 8 * 1024),
                        (2, 64 * 1024),
                        (3, 8 * 1024),
                        (2, 3 * MAX_LINE_BYTES),
                    ] {
                        let many = go(format, skip, &text, threads, capacity);
                        let what = format!(
                            "{format:?} skip {skip} end {end_long} {threads} threads, {capacity}"
                        );
                        assert!(one.0 == many.0, "output differs: {what}");
                        assert_eq!(one.1, many.1, "{what}");
                        assert_eq!((one.2, one.3, &one.4), (many.2, many.3, &many.4), "{what}");
                    }
                }
            }
        }
        // Each bad line was met where bad lines are skipped: eight syntax errors and the two
        // long lines (three where one ends the input), and in a CSV too the 180 lines of the
        // other questionnaire.
        assert_eq!(skipped, 10 + 11 + 190 + 191);
    }

    /// For a test's reader: where `wait`, fails the read with `WouldBlock` unless the last
    /// one did (`said`), as a [`SaysWhenWaiting`](crate::jsonl::source::SaysWhenWaiting)
    /// says once that it would wait and waits when asked again.
    fn say_once(said: &mut bool, wait: bool) -> io::Result<()> {
        *said = wait && !*said;
        if *said {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        Ok(())
    }

    /// A reader that gives at most a few bytes a read, now and then `Interrupted` first, as
    /// a pipe or a terminal may, or says it would wait, once, as a
    /// [`SaysWhenWaiting`](crate::jsonl::source::SaysWhenWaiting) does (the lengths from a
    /// fixed seed).
    struct Trickle<'a> {
        text: &'a [u8],
        seed: u64,
        said: bool,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            let roll = (self.seed >> 33) as usize;
            if roll.is_multiple_of(11) {
                return Err(io::ErrorKind::Interrupted.into());
            }
            say_once(&mut self.said, roll % 7 == 3)?;
            let n = (1 + roll % 9000).min(buf.len()).min(self.text.len());
            buf[..n].copy_from_slice(&self.text[..n]);
            self.text = &self.text[n..];
            Ok(n)
        }
    }

    /// A read that fails partway stops a run on threads as it stops one on one thread:
    /// the same reports (those of the whole lines before the failure), the same count of
    /// lines, and the error, wherever in a chunk the failure falls.
    #[test]
    fn a_failed_read_stops_parallel_runs_where_it_stops_one_thread() {
        /// Gives `text` up to `fail_at` bytes, a few KiB a read, then fails.
        struct Failing<'a> {
            text: &'a [u8],
            fail_at: usize,
        }
        impl Read for Failing<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.fail_at == 0 {
                    return Err(io::Error::other("the disk went away"));
                }
                let n = buf.len().min(self.fail_at).min(5000);
                buf[..n].copy_from_slice(&self.text[..n]);
                (self.text, self.fail_at) = (&self.text[n..], self.fail_at - n);
                Ok(n)
            }
        }
        let q = crate::questionnaire::BUNDLED[0].load().unwrap();
        let mut text = Vec::new();
        for _ in 0..400 {
            sim_line(&q, &mut text);
        }
        let go = |threads: usize, fail_at: usize| {
            let mut scorer =
                Scorer::new(LineParser::by_name(), Options::default(), BatchFormat::Json);
            let (mut out, mut summary) = (Vec::new(), Summary::default());
            let input = BufReader::with_capacity(
                8 * 1024,
                Failing {
                    text: &text,
                    fail_at,
                },
            );
            let ran = run_on(
                threads,
                &mut scorer,
                input,
                &mut out,
                &mut Strict,
                &mut summary,
            );
            let ran = match ran {
                Err(Stop::Read(e)) => e.to_string(),
                other => format!("not a read error: {other:?}"),
            };
            (out, summary, ran)
        };
        // Mid-line in the first chunk, mid-line later, and just after a line's end.
        let after_line = memchr::memchr_iter(b'\n', &text).nth(150).unwrap() + 1;
        for fail_at in [1000, 3 * CHUNK_BYTES + 777, after_line] {
            let one = go(1, fail_at);
            assert_eq!(one.2, "the disk went away");
            assert!(
                one.1.lines > 0 || fail_at < 3000,
                "lines before the failure are scored"
            );
            for threads in [2, 3] {
                let many = go(threads, fail_at);
                assert!(
                    one.0 == many.0,
                    "output differs: {threads} threads, failing at {fail_at}"
                );
                assert_eq!(
                    (one.1, &one.2),
                    (many.1, &many.2),
                    "{threads} threads, {fail_at}"
                );
            }
        }
    }

    /// A line that trickles in a byte a read, each read after a wait, is read into one chunk:
    /// one empty chunk hands on what came before, and no more are made until a line ends
    /// (a chunk cut at every wait would copy the line so far into the next, each time).
    #[test]
    fn a_line_trickling_in_is_not_cut_at_every_wait() {
        struct Byte {
            text: Vec<u8>,
            at: usize,
            said: bool,
        }
        impl Read for Byte {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                say_once(&mut self.said, true)?;
                let Some(&byte) = self.text.get(self.at) else {
                    return Ok(0);
                };
                buf[0] = byte;
                self.at += 1;
                Ok(1)
            }
        }
        let mut text = vec![b'a'; 20_000];
        text.extend_from_slice(b"\nb\n");
        let reader = Byte {
            text: text.clone(),
            at: 0,
            said: false,
        };
        let mut lines = RawLines::new(BufReader::with_capacity(64 * 1024, reader));
        let (mut chunks, mut seen, mut chunk) = (Vec::new(), Vec::new(), Chunk::default());
        while !(lines.ended && lines.carry.len() == lines.carry_at) {
            chunk.clear();
            lines.fill(&mut chunk).unwrap();
            seen.extend_from_slice(&chunk.text[..chunk.end]);
            chunks.push((chunk.end, chunk.waits));
        }
        assert!(seen == text);
        assert!(chunks.len() <= 4, "{} chunks for three lines", chunks.len());
        // The first hands on (nothing, here); the long line, when its end has come and the
        // next read would wait; the last line; the end.
        assert_eq!(chunks, [(0, true), (20_001, true), (2, true), (0, false)]);
    }

    /// However short the reads, the chunks are the input's lines in order, whole, none left
    /// out or read twice, each holding at most `CHUNK_LINES` of them (blank ones too), and
    /// the count of bytes read stops at the end of the last chunk's lines.
    #[test]
    fn chunks_are_the_lines_in_order_and_never_too_many() {
        let mut text = Vec::new();
        for n in 0..20_000 {
            match n % 7 {
                0 => text.extend_from_slice(b"\n"),
                1 => text.extend_from_slice(b"x\n"),
                2 => text.extend_from_slice(b"\r\n"),
                _ => text.extend(std::iter::repeat_n(b'a', n % 300).chain([b'\n'])),
            }
        }
        text.extend_from_slice(b"the last line has no line feed");
        for (seed, capacity) in [(1, 64 * 1024), (2, 8 * 1024), (3, 3 * MAX_LINE_BYTES)] {
            let trickle = Trickle {
                text: &text,
                seed,
                said: false,
            };
            let reader = BufReader::with_capacity(capacity, trickle);
            let mut lines = RawLines::new(reader);
            let (mut seen, mut chunk) = (Vec::new(), Chunk::default());
            loop {
                chunk.clear();
                lines.fill(&mut chunk).unwrap();
                let got = &chunk.text[..chunk.end];
                let feeds = memchr::memchr_iter(b'\n', got).count();
                assert!(feeds <= CHUNK_LINES, "{feeds} lines in one chunk");
                assert!(!chunk.too_long);
                seen.extend_from_slice(got);
                assert_eq!(lines.bytes_read(), seen.len() as u64);
                if lines.ended && lines.carry.len() == lines.carry_at {
                    break;
                }
            }
            assert!(seen == text, "the chunks are not the input (seed {seed})");
        }
    }

    /// A program that writes its lines in pieces that end mid-line (as a program writing
    /// through a buffer of its own does), and waits for the reports of the lines it has ended
    /// before it writes the next piece, is never left waiting: before a read that would wait,
    /// the reports of the lines so far are written and flushed, on one thread and on
    /// several, also while the rest of a line too long to keep (skipped) is still to come.
    /// All told, the output is that of the same lines read at once.
    #[test]
    fn a_coprocess_gets_each_report_before_it_writes_the_next_piece() {
        use std::sync::Condvar;
        use std::time::Duration;
        /// What was written, and how much of it was flushed.
        type Seen = Arc<(Mutex<(Vec<u8>, usize)>, Condvar)>;
        struct Output(Seen);
        impl Write for Output {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                lock(&self.0.0).0.extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                let mut seen = lock(&self.0.0);
                seen.1 = seen.0.len();
                self.0.1.notify_all();
                Ok(())
            }
        }
        /// Gives its pieces one after another, each after saying it would wait, and goes on
        /// to the next only once the reports it waits for are flushed (a guard of 20 s
        /// against waiting for ever).
        struct Coprocess {
            /// Each piece, and the reports due once the lines it ends are read.
            pieces: Vec<(Vec<u8>, usize)>,
            next: usize,
            left: Vec<u8>,
            said: bool,
            out: Seen,
        }
        impl Read for Coprocess {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                say_once(&mut self.said, self.left.is_empty())?;
                if self.left.is_empty() {
                    let due = self.next.checked_sub(1).map_or(0, |p| self.pieces[p].1);
                    let (seen, flushed) = &*self.out;
                    let (seen, waited) = flushed
                        .wait_timeout_while(lock(seen), Duration::from_secs(20), |(out, at)| {
                            memchr::memchr_iter(b'\n', &out[..*at]).count() < due
                        })
                        .unwrap();
                    assert!(
                        !waited.timed_out(),
                        "report {due} not flushed before the wait"
                    );
                    drop(seen);
                    let Some((piece, _)) = self.pieces.get(self.next) else {
                        return Ok(0);
                    };
                    self.left = piece.clone();
                    self.next += 1;
                }
                let n = buf.len().min(self.left.len());
                buf[..n].copy_from_slice(&self.left[..n]);
                self.left.drain(..n);
                Ok(n)
            }
        }
        let q = crate::questionnaire::BUNDLED[0].load().unwrap();
        let mut lines: Vec<Vec<u8>> = (0..6)
            .map(|_| {
                let mut line = Vec::new();
                sim_line(&q, &mut line);
                line
            })
            .collect();
        let mut long = vec![b'x'; MAX_LINE_BYTES + 4096];
        long.push(b'\n');
        lines.insert(3, long);
        // Each piece the second half of a line and the first of the next (the long line cut
        // past the most kept, so that its rest is still to come when it is found too long);
        // the reports due after it are those of the good lines it ends.
        let mut pieces = Vec::new();
        let (mut from, mut due) = (0, 0);
        let text = lines.concat();
        let mut start = 0;
        for (n, line) in lines.iter().enumerate() {
            let middle = start
                + if n == 3 {
                    MAX_LINE_BYTES + 2048
                } else {
                    line.len() / 2
                };
            pieces.push((text[from..middle].to_vec(), due));
            from = middle;
            start += line.len();
            due += usize::from(n != 3);
        }
        pieces.push((text[from..].to_vec(), due));
        let score = |threads: usize, input: Box<dyn BufRead + Send>, out: &mut Output| {
            let mut scorer =
                Scorer::new(LineParser::by_name(), Options::default(), BatchFormat::Json);
            let (mut summary, mut seen) = (Summary::default(), Skipping(Vec::new(), true));
            run_on(threads, &mut scorer, input, out, &mut seen, &mut summary).unwrap();
            out.flush().unwrap();
            assert_eq!((summary.lines, summary.skipped), (7, 1));
        };
        let mut at_once = Output(Seen::default());
        score(1, Box::new(BufReader::new(&text[..])), &mut at_once);
        let at_once = lock(&at_once.0.0).0.clone();
        assert_eq!(memchr::memchr_iter(b'\n', &at_once).count(), 6);
        for threads in [1, 2, 3] {
            let seen = Seen::default();
            let input = Coprocess {
                pieces: pieces.clone(),
                next: 0,
                left: Vec::new(),
                said: false,
                out: seen.clone(),
            };
            score(
                threads,
                Box::new(BufReader::new(input)),
                &mut Output(seen.clone()),
            );
            assert!(lock(&seen.0).0 == at_once, "{threads} threads");
        }
    }

    /// A thread that panics while writing the reports (here the output itself panics) tells
    /// the observer that the run stops, so that the thread waiting for more of an input held
    /// open gives up ([`GiveUp`](crate::jsonl::source::GiveUp)) and the panic reaches the
    /// caller, instead of the run waiting for ever on input that may never come. The input
    /// is a real pipe read as a batch reads one; its write end is closed only after 20 s, so
    /// a run that did not give up would end only then.
    #[test]
    fn a_panic_while_writing_tells_a_reader_waiting_on_a_pipe_to_give_up() {
        use crate::jsonl::source::{GiveUp, SaysWhenWaiting};
        use std::time::{Duration, Instant};
        struct Panics;
        impl Write for Panics {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                panic!("the output broke (as this test means it to)");
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        /// Tells the input to give up once the run stops, as the command's observer does.
        struct Tells(GiveUp);
        impl Observer for Tells {
            fn invalid(&mut self, _: &Error) -> bool {
                false
            }
            fn progress(&mut self, _: u64) {}
            fn stopping(&mut self) {
                self.0.now();
            }
        }
        let q = crate::questionnaire::BUNDLED[0].load().unwrap();
        let mut lines = Vec::new();
        for _ in 0..3 {
            sim_line(&q, &mut lines);
        }
        let (reader, writer) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).unwrap();
        let (done, closed_after) = std::sync::mpsc::channel::<()>();
        let holder = std::thread::spawn(move || {
            let mut writer = std::fs::File::from(writer);
            writer.write_all(&lines).unwrap();
            // Held open until the run has ended, or 20 s.
            let _ = closed_after.recv_timeout(Duration::from_secs(20));
        });
        let give_up = GiveUp::default();
        let input = BufReader::new(SaysWhenWaiting::new(
            std::fs::File::from(reader),
            give_up.clone(),
        ));
        let start = Instant::now();
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut scorer =
                Scorer::new(LineParser::by_name(), Options::default(), BatchFormat::Json);
            run_parallel(
                &mut scorer,
                2,
                "in",
                input,
                &mut Panics,
                &mut Tells(give_up),
                &mut Summary::default(),
            )
        }));
        let took = start.elapsed();
        let _ = done.send(()); // the holder may have closed it already
        holder.join().unwrap();
        assert!(ran.is_err(), "the writer's panic reaches the caller");
        assert!(
            took < Duration::from_secs(10),
            "the run waited {took:?} for the input held open"
        );
    }

    /// Every write is a run of whole lines of at most a piece (a longer line cut), and
    /// together they are the bytes given, in order.
    #[test]
    fn pieces_are_whole_lines_that_fit() {
        /// Keeps each write apart.
        #[derive(Default)]
        struct Writes(Vec<Vec<u8>>);
        impl Write for Writes {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.push(buf.to_vec());
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut data = Vec::new();
        for n in 0..200 {
            data.extend(std::iter::repeat_n(b'a' + (n % 26) as u8, n * 7 % 90));
            data.push(b'\n');
        }
        // A line longer than a piece.
        data.extend(std::iter::repeat_n(b'z', 300));
        data.push(b'\n');
        for piece in [1, 50, 100, 128, 4096] {
            let mut writes = Writes::default();
            let mut pipe = PipeWriter::new(&mut writes, piece);
            // Handed over in parts of whole lines, as a batch does.
            for part in data
                .split_inclusive(|&b| b == b'\n')
                .collect::<Vec<_>>()
                .chunks(3)
            {
                pipe.write(&part.concat()).unwrap();
            }
            assert_eq!(writes.0.concat(), data, "piece {piece}");
            for w in &writes.0 {
                assert!(!w.is_empty() && w.len() <= piece, "piece {piece}");
                let cut = w.len() == piece && !w.contains(&b'\n');
                assert!(w.ends_with(b"\n") || cut, "piece {piece}: {w:?}");
            }
        }
    }
}
