//! A report as one JSON line (`score --jsonl`, SPEC §10), numbers at full precision.
//!
//! The indented form (`--format json`) is `serde_json`'s rendering of [`Report`]
//! ([`crate::report::render_json`]). The one-line form for JSON Lines is written by hand,
//! because a batch writes a million of them. What a questionnaire's reports share is made
//! once: the texts in their JSON form ([`Text`]), the fixed pieces between a person's and the
//! imbalance's numbers ([`Layout`]), and a fired rule's fixed fields ([`RuleText`]). A
//! number's text comes from a table of the numbers written lately ([`Numbers`]), and a name
//! or message is copied as it is unless it holds what JSON escapes. Tests hold the
//! hand-written line to be byte for byte `serde_json::to_string` of the same report.

use std::marker::PhantomData;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::{Keyed, Keys, Text};
use crate::model::{Decision, Imbalance, Person, Report, Views, Warning};
use crate::questionnaire::{Instrument, Severity};

/// Writes reports as JSON lines, remembering how it wrote recent numbers.
///
/// Formatting a float to its shortest exact form is the costliest step of a line, and the
/// reports of one questionnaire repeat the same few hundred values (a view of three items
/// on a five-point scale takes one of 13), so each number's text, as `serde_json` wrote it,
/// is kept in a small table keyed by its bits.
#[derive(Debug, Clone, Default)]
pub struct JsonLines {
    numbers: Numbers,
    /// The last instrument written, and the line's start up to its respondents:
    /// `{"questionnaire":…,"respondents":`.
    instrument: Option<(Arc<Instrument>, String)>,
    /// The layouts of the figures of people, and of the imbalance, for the keys of recent
    /// reports ([`Layout`]): apart, so each is found at the first look.
    layouts: [Vec<Layout>; 2],
    /// The fixed text of recently fired rules, by where their id is ([`RuleText`]).
    rules: Vec<Option<RuleText>>,
    /// The start of each decision of the last report, by its place ([`DecisionHead`]).
    decisions: Vec<DecisionHead>,
    /// The last input named (`source`), and its field as a line has it (`,"source":…`): a
    /// batch names the same input on every line.
    source: Option<(Arc<str>, Vec<u8>)>,
    /// Where the figures of a person or the imbalance are written, then copied from.
    scratch: Scratch,
    /// Leave out the text every report of a questionnaire shares (see [`JsonLines::lean`]).
    lean: bool,
}

/// The text of recently written numbers, keyed by their bits: a report's numbers take few
/// values, so most are copied from here rather than formatted again. The JSON lines and the
/// CSV rows each keep one, each with its own way of writing a number.
///
/// Two ways to a set: a number new to its set takes the first way and moves the one there
/// to the second, so two values that hash alike both stay (5,000 reports of `relationship`
/// write 2,842 distinct values; one way to each of 1,024 slots missed one number in ten,
/// two ways to each of 2,048 sets one in seventy, of 4,096 sets one in 170, nearly all of
/// them the first time a value is written). Only the sets the values fall in are touched.
#[derive(Debug, Clone)]
pub(crate) struct Numbers<F: Format = JsonNumber> {
    sets: Box<[[Number; 2]; SETS]>,
    /// Where [`NumbersInPlace::write_at`] formats a number new to the table.
    scratch: Vec<u8>,
    format: PhantomData<F>,
}

/// How a [`Numbers`] table writes a number new to it.
pub(crate) trait Format {
    /// Appends `x` to `out`.
    fn write(x: f64, out: &mut Vec<u8>);
}

/// Numbers as `serde_json` writes them (`null` for one that is not finite).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct JsonNumber;

impl Format for JsonNumber {
    fn write(x: f64, out: &mut Vec<u8>) {
        serde_json::to_writer(out, &x).expect("a number always serializes");
    }
}

/// Bytes a number may take written in place: the longest `serde_json` writes
/// (`-2.2250738585072014e-308`), which is also a way's whole text.
pub(crate) const NUMBER_ROOM: usize = TEXT + 1;

/// A number's bits and its text, the text's length in its last byte, so a way is 32 bytes
/// and a set one cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(32))]
struct Number {
    bits: u64,
    text: [u8; TEXT + 1],
}

/// The longest text a way holds: every finite number but a few with three-digit exponents
/// (`-2.2250738585072014e-308` is 24 bytes), which are written afresh each time.
const TEXT: usize = 23;

/// Sets in the table of numbers (a power of two).
const SETS: usize = 4096;

impl<F: Format> Default for Numbers<F> {
    /// A table whose every way holds zero, so no way is ever free and a look-up checks
    /// only the bits.
    fn default() -> Self {
        let mut zero = Vec::new();
        F::write(0.0, &mut zero);
        let mut n = Number::default();
        n.text[..zero.len()].copy_from_slice(&zero);
        n.text[TEXT] = zero.len() as u8;
        Numbers {
            sets: vec![[n; 2]; SETS]
                .into_boxed_slice()
                .try_into()
                .expect("the table has its size"),
            scratch: Vec::new(),
            format: PhantomData,
        }
    }
}

impl<F: Format> Numbers<F> {
    /// Appends `x` to `out` as `F` writes it, from the table when it was written lately.
    #[inline]
    pub(crate) fn write(&mut self, x: f64, out: &mut Vec<u8>) {
        let (set, found) = self.find(x);
        if let Some(n) = found {
            // A copy of fixed size, cut back, is cheaper than one of the exact length.
            let end = out.len() + usize::from(n.text[TEXT]);
            out.extend_from_slice(&n.text);
            out.truncate(end);
            return;
        }
        self.miss(set, x, out);
    }

    /// The table's parts apart, for a run of [`NumbersInPlace::write_at`]: the compiler
    /// then keeps where the table is in a register, not reading it again after each write.
    #[inline(always)]
    pub(crate) fn in_place(&mut self) -> NumbersInPlace<'_, F> {
        NumbersInPlace {
            sets: &mut self.sets,
            scratch: &mut self.scratch,
            format: PhantomData,
        }
    }

    /// The set of `x`, and the way in it that holds `x`'s text, if any does.
    #[inline(always)]
    fn find(&self, x: f64) -> (usize, Option<&Number>) {
        find(&self.sets, x)
    }

    /// [`Numbers::write`] of a number not in its set: formats it, and keeps it in the first
    /// way, the number there moving to the second.
    #[cold]
    #[inline(never)]
    fn miss(&mut self, set: usize, x: f64, out: &mut Vec<u8>) {
        miss::<F>(&mut self.sets, set, x, out);
    }
}

/// A table of numbers' sets: [`SETS`] sets of two ways.
type Sets = [[Number; 2]; SETS];

/// The set of `x` among `sets`, and the way in it that holds `x`'s text, if any does.
#[inline(always)]
fn find(sets: &Sets, x: f64) -> (usize, Option<&Number>) {
    let bits = x.to_bits();
    // Fibonacci hashing: the top bits of the product spread nearby values apart.
    let set = (bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SETS.trailing_zeros())) as usize;
    // The way chosen by the first way's bits, then checked: no branch on which way holds
    // it, which would be taken at random (a value new to its set takes the first way).
    let ways = &sets[set];
    let n = &ways[usize::from(ways[0].bits != bits)];
    (set, (n.bits == bits).then_some(n))
}

/// Appends `x` to `out` as `F` writes it, and keeps its text in the first way of its set
/// `set` among `sets`, the number there moving to the second.
#[cold]
#[inline(never)]
fn miss<F: Format>(sets: &mut Sets, set: usize, x: f64, out: &mut Vec<u8>) {
    let start = out.len();
    F::write(x, out);
    let text = &out[start..];
    if text.len() <= TEXT {
        let ways = &mut sets[set];
        ways[1] = ways[0];
        let mut n = Number {
            bits: x.to_bits(),
            ..Number::default()
        };
        n.text[..text.len()].copy_from_slice(text);
        n.text[TEXT] = text.len() as u8;
        ways[0] = n;
    }
}

/// A [`Numbers`] table's parts, borrowed apart ([`Numbers::in_place`]).
pub(crate) struct NumbersInPlace<'a, F: Format = JsonNumber> {
    sets: &'a mut Sets,
    scratch: &'a mut Vec<u8>,
    format: PhantomData<F>,
}

impl<F: Format> NumbersInPlace<'_, F> {
    /// Writes `x` into `buf` at `at`, which has [`NUMBER_ROOM`] bytes from there, as
    /// [`Numbers::write`] appends it, and returns where it ends; or, for a text longer
    /// than that (which `serde_json` never writes, but `Display` may: `1e300` has 301
    /// digits), writes nothing and returns `None`, the text left for
    /// [`NumbersInPlace::too_long`].
    #[inline(always)]
    pub(crate) fn write_at(&mut self, x: f64, buf: &mut [u8], at: usize) -> Option<usize> {
        let (set, found) = find(self.sets, x);
        if let Some(n) = found {
            buf[at..at + NUMBER_ROOM].copy_from_slice(&n.text);
            return Some(at + usize::from(n.text[TEXT]));
        }
        self.scratch.clear();
        miss::<F>(self.sets, set, x, self.scratch);
        let text = &self.scratch[..];
        if text.len() > NUMBER_ROOM {
            return None;
        }
        buf[at..at + text.len()].copy_from_slice(text);
        Some(at + text.len())
    }
}

impl<F: Format> NumbersInPlace<'_, F> {
    /// The text of the last number [`NumbersInPlace::write_at`] found too long to write.
    pub(crate) fn too_long(&self) -> &[u8] {
        self.scratch
    }
}

impl NumbersInPlace<'_> {
    /// A number, or `null`, as [`Line::number`] writes it, written in place as
    /// [`NumbersInPlace::write_at`] writes it.
    #[inline(always)]
    fn write_json_at(&mut self, x: Option<f64>, buf: &mut [u8], at: usize) -> usize {
        let Some(x) = x else {
            buf[at..at + 4].copy_from_slice(b"null");
            return at + 4;
        };
        self.write_at(x, buf, at)
            .expect("serde_json writes a number in at most 24 bytes")
    }
}

impl JsonLines {
    /// A writer of lean reports (`score --jsonl --lean`): without the text that is the same
    /// on every line of a questionnaire, the rules' `prompt` and `basis` and the report's
    /// `resources` (fields the report schema does not require), so a line is smaller by
    /// about a fifth; each warning keeps its `rule` id (and its message), by which the text
    /// can be joined back from the questionnaire's `[[rules]]` (and `resources`).
    pub fn lean() -> Self {
        JsonLines {
            lean: true,
            ..Self::default()
        }
    }

    /// Makes this write lean reports, or full ones, from the next report on.
    pub(crate) fn set_lean(&mut self, lean: bool) {
        self.lean = lean;
    }

    /// Whether this writes lean reports.
    pub fn is_lean(&self) -> bool {
        self.lean
    }

    /// Appends `report` as one line of JSON, ending in a newline, to `out`.
    pub fn write(&mut self, report: &Report, out: &mut Vec<u8>) {
        let start = match &self.instrument {
            Some((last, start)) if Arc::ptr_eq(last, &report.questionnaire) => start,
            _ => {
                let json = serde_json::to_string(&*report.questionnaire)
                    .expect("a report always serializes");
                let start = format!("{{\"questionnaire\":{json},\"respondents\":");
                &self
                    .instrument
                    .insert((report.questionnaire.clone(), start))
                    .1
            }
        };
        let mut w = Line {
            out,
            numbers: &mut self.numbers,
            scratch: &mut self.scratch,
        };
        w.raw(start);
        // Where the line holds each name a held message fills in (`Fill::Name`), written
        // and escaped once: the two people's, and the second respondent's.
        let mut names = [0..0, 0..0, 0..0];
        w.raw("[");
        for (n, r) in report.respondents.iter().enumerate() {
            if n > 0 {
                w.raw(",");
            }
            let name = w.string(r);
            if n == 1 {
                names[2] = name;
            }
        }
        w.raw("],\"people\":[");
        let [people, imbalance] = &mut self.layouts;
        names[0] = w.person(&report.people[0], people);
        w.raw(",");
        names[1] = w.person(&report.people[1], people);
        w.raw("],\"imbalance\":{");
        w.imbalance(&report.imbalance, imbalance);
        for (n, warning) in report.warnings.iter().enumerate() {
            if n > 0 {
                w.raw(",");
            }
            let fixed = RuleText::find(&mut self.rules, warning, self.lean);
            w.warning(warning, fixed, &names);
        }
        w.raw("],\"notes\":");
        w.strings(&report.notes);
        if !self.lean {
            w.raw(",\"resources\":");
            w.text(report.resources.as_ref());
        }
        if !report.decisions.is_empty() {
            w.raw(",\"decisions\":[");
            w.decisions(&report.decisions, &mut self.decisions);
            w.raw("]");
        }
        w.raw(",\"completed\":[");
        for (n, time) in report.completed.iter().enumerate() {
            if n > 0 {
                w.raw(",");
            }
            match time {
                Some(t) => w.string_only(t),
                None => w.raw("null"),
            }
        }
        w.raw("]");
        // Fields added for the clinician report only (SPEC §6); other reports keep §7's.
        if let Some(kind) = report.kind {
            w.raw(",\"report\":");
            w.value(kind);
        }
        if let Some(step) = &report.next_step {
            w.raw(",\"next_step\":");
            w.value(step);
        }
        if let Some(source) = &report.source {
            let field = match &self.source {
                Some((last, field)) if Arc::ptr_eq(last, source) => field,
                _ => {
                    let mut field = b",\"source\":".to_vec();
                    let mut line = Line {
                        out: &mut field,
                        numbers: w.numbers,
                        scratch: w.scratch,
                    };
                    line.string_only(source);
                    &self.source.insert((source.clone(), field)).1
                }
            };
            w.out.extend_from_slice(field);
        }
        if let Some(line) = report.line {
            w.raw(",\"line\":");
            w.raw(itoa::Buffer::new().format(line));
        }
        w.raw("}\n");
    }
}

/// Bytes of a [`Scratch`] that a [`Layout`]'s writes may fill: a power of two, so an index
/// cut to it (`& (ROOM - 1)`) is known to be in bounds and its copies need no check. A
/// layout whose writes could pass it is written straight into the line instead.
pub(crate) const ROOM: usize = 4096;

/// Bytes past [`ROOM`] in a [`Scratch`], so a copy of a whole [`Piece`] or of
/// [`NUMBER_ROOM`] bytes from any place below `ROOM` stays inside.
pub(crate) const SLACK: usize = 64;

/// Where the figures of a person, or of the imbalance, are written by place before they
/// are copied into the line at once (and a CSV row's numbers).
#[derive(Debug, Clone)]
pub(crate) struct Scratch(pub(crate) Box<[u8; ROOM + SLACK]>);

impl Default for Scratch {
    fn default() -> Self {
        let bytes = vec![0; ROOM + SLACK].into_boxed_slice();
        Scratch(bytes.try_into().expect("the scratch has its size"))
    }
}

/// The text of the figures of a person (from `,"power_index":` to the end of the person)
/// or of the imbalance (from `"power_index":` to `"warnings":[`), laid out once for the
/// keys of their maps: a fixed piece of text before each number (keys, brackets, the names
/// of the fields) and one after the last, so a report's figures are written as a piece and
/// a number by turns, with nothing looked up but the numbers.
#[derive(Debug, Clone)]
struct Layout {
    groups: Arc<Keys>,
    scores: Arc<Keys>,
    /// A person's; the imbalance has none.
    views: Option<Arc<Keys>>,
    /// The piece before each number: the indices, the groups, the scores, and two for
    /// each view (`self` and `partner`).
    pieces: Vec<Piece>,
    /// The piece after the last number.
    end: Piece,
    /// The text of the pieces too long to hold their own ([`Piece::LONG`]).
    long: Vec<u8>,
    /// Whether every write fits in a [`Scratch`].
    fits: bool,
}

/// A piece of a [`Layout`]: its text in place, zeros after it, and its length in the last
/// byte, so it is copied whole and the line cut back to its length. A longer one
/// ([`Piece::LONG`]) holds where its text is in [`Layout::long`] instead: its start and its
/// length, four bytes each.
#[derive(Debug, Clone, Copy)]
struct Piece([u8; PIECE]);

/// Bytes of a [`Piece`].
const PIECE: usize = 32;

impl Piece {
    /// The last byte of a piece whose text is in [`Layout::long`].
    const LONG: u8 = u8::MAX;

    /// The piece of `text`, kept in `long` if it does not fit in place.
    fn new(text: &str, long: &mut Vec<u8>) -> Self {
        let mut piece = [0; PIECE];
        if text.len() < PIECE {
            piece[..text.len()].copy_from_slice(text.as_bytes());
            piece[PIECE - 1] = text.len() as u8;
        } else {
            piece[..4].copy_from_slice(&(long.len() as u32).to_le_bytes());
            piece[4..8].copy_from_slice(&(text.len() as u32).to_le_bytes());
            piece[PIECE - 1] = Piece::LONG;
            long.extend_from_slice(text.as_bytes());
        }
        Piece(piece)
    }

    /// Where a long piece's text is in [`Layout::long`].
    fn long(&self) -> std::ops::Range<usize> {
        let word = |at: usize| {
            let bytes = self.0[at..at + 4].try_into().expect("four bytes");
            u32::from_le_bytes(bytes) as usize
        };
        word(0)..word(0) + word(4)
    }

    /// The piece's text.
    fn text<'a>(&'a self, long: &'a [u8]) -> &'a [u8] {
        match self.0[PIECE - 1] {
            Piece::LONG => &long[self.long()],
            len => &self.0[..usize::from(len)],
        }
    }
}

impl Layout {
    /// Lays out the figures of maps with these keys (views for a person, none for the
    /// imbalance).
    fn new(
        groups: &Keyed<Option<f64>>,
        scores: &Keyed<Option<f64>>,
        views: Option<&Keyed<Views>>,
    ) -> Self {
        let mut texts = Vec::new();
        let mut pending = String::from(if views.is_some() { "," } else { "" });
        let hole = |texts: &mut Vec<String>, pending: &mut String| {
            texts.push(std::mem::take(pending));
        };
        // Each key of a map (after `between`, but the first) and a hole after each of
        // `fields`: the text before each number of its value.
        let entries = |texts: &mut Vec<String>,
                       pending: &mut String,
                       keys: &mut dyn Iterator<Item = &String>,
                       between: &str,
                       fields: &[&str]| {
            for (n, k) in keys.enumerate() {
                if n > 0 {
                    pending.push_str(between);
                }
                pending.push_str(&serde_json::to_string(k).expect("a string always serializes"));
                pending.push(':');
                for field in fields {
                    pending.push_str(field);
                    hole(texts, pending);
                }
            }
        };
        for name in ["power_index", "balance_index"] {
            pending.push_str(&format!("\"{name}\":"));
            hole(&mut texts, &mut pending);
            pending.push(',');
        }
        for (name, map) in [("groups", groups), ("scores", scores)] {
            pending.push_str(&format!("\"{name}\":{{"));
            entries(&mut texts, &mut pending, &mut map.keys(), ",", &[""]);
            pending.push_str("},");
        }
        match views {
            Some(views) => {
                pending.push_str("\"views\":{");
                let fields = ["{\"self\":", ",\"partner\":"];
                entries(&mut texts, &mut pending, &mut views.keys(), "},", &fields);
                pending.push_str(if views.is_empty() { "}}" } else { "}}}" });
            }
            None => {
                pending.pop();
                pending.push_str("},\"warnings\":[");
            }
        }
        hole(&mut texts, &mut pending);
        // The most the writes may reach: a whole piece, or a long one's text, and a number.
        let reach: usize = texts.iter().map(|t| t.len().max(PIECE)).sum::<usize>()
            + (texts.len() - 1) * NUMBER_ROOM;
        let mut long = Vec::new();
        let mut pieces: Vec<Piece> = texts.iter().map(|t| Piece::new(t, &mut long)).collect();
        let end = pieces.pop().expect("an end");
        Layout {
            groups: groups.shared_keys().clone(),
            scores: scores.shared_keys().clone(),
            views: views.map(|v| v.shared_keys().clone()),
            pieces,
            end,
            long,
            fits: reach <= ROOM,
        }
    }

    /// The layout for maps of these keys among `layouts`, laid out if none is.
    #[inline]
    fn find<'a>(
        layouts: &'a mut Vec<Layout>,
        groups: &Keyed<Option<f64>>,
        scores: &Keyed<Option<f64>>,
        views: Option<&Keyed<Views>>,
    ) -> &'a Layout {
        let fit = |l: &Layout| {
            groups.has_keys(&l.groups)
                && scores.has_keys(&l.scores)
                && match (views, &l.views) {
                    (Some(views), Some(keys)) => views.has_keys(keys),
                    (None, None) => true,
                    _ => false,
                }
        };
        match layouts.iter().position(fit) {
            Some(i) => &layouts[i],
            None => Layout::add(layouts, groups, scores, views),
        }
    }

    /// [`Layout::find`] of keys laid out in none of `layouts`: lays them out among them.
    #[cold]
    #[inline(never)]
    fn add<'a>(
        layouts: &'a mut Vec<Layout>,
        groups: &Keyed<Option<f64>>,
        scores: &Keyed<Option<f64>>,
        views: Option<&Keyed<Views>>,
    ) -> &'a Layout {
        // Reports of one questionnaire need one in each list; a few questionnaires in turn,
        // a few more.
        if layouts.len() >= 16 {
            layouts.clear();
        }
        layouts.push(Layout::new(groups, scores, views));
        layouts.last().expect("just pushed")
    }

    /// Writes `figures` into `sink`: the numbers in the order of [`Layout::pieces`], each
    /// after its piece, then the end. The maps have this layout's keys.
    #[inline(always)]
    fn fill(&self, sink: &mut impl Sink, figures: &Figures) {
        let Figures {
            power_index,
            balance_index,
            groups,
            scores,
            views,
        } = *figures;
        let (indices, rest) = self.pieces.split_at(2);
        let (group_pieces, rest) = rest.split_at(groups.len());
        let (score_pieces, view_pieces) = rest.split_at(scores.len());
        for (p, x) in indices.iter().zip([power_index, balance_index]) {
            sink.piece(p, &self.long);
            sink.number(x);
        }
        for (p, &x) in group_pieces.iter().zip(groups.values()) {
            sink.piece(p, &self.long);
            sink.number(x);
        }
        for (p, &x) in score_pieces.iter().zip(scores.values()) {
            sink.piece(p, &self.long);
            sink.number(x);
        }
        if let Some(views) = views {
            for (p, v) in view_pieces.chunks_exact(2).zip(views.values()) {
                sink.piece(&p[0], &self.long);
                sink.number(v.own);
                sink.piece(&p[1], &self.long);
                sink.number(v.partner);
            }
        }
        sink.piece(&self.end, &self.long);
    }
}

/// The figures of a person, or of the imbalance (no views), as a [`Layout`] writes them.
#[derive(Clone, Copy)]
struct Figures<'a> {
    power_index: Option<f64>,
    balance_index: Option<f64>,
    groups: &'a Keyed<Option<f64>>,
    scores: &'a Keyed<Option<f64>>,
    views: Option<&'a Keyed<Views>>,
}

/// Where a [`Layout`]'s pieces and numbers are written.
trait Sink {
    fn piece(&mut self, p: &Piece, long: &[u8]);
    fn number(&mut self, x: Option<f64>);
}

/// A [`Sink`] writing by place into a [`Scratch`], for a layout that fits: every index is
/// cut to [`ROOM`], which the layout's writes never reach, so no copy is checked. `LONG`:
/// whether the layout has long pieces (most have none, and are written without asking).
struct InScratch<'a, const LONG: bool> {
    buf: &'a mut [u8; ROOM + SLACK],
    numbers: NumbersInPlace<'a>,
    at: usize,
}

impl<const LONG: bool> Sink for InScratch<'_, LONG> {
    #[inline(always)]
    fn piece(&mut self, p: &Piece, long: &[u8]) {
        let at = self.at & (ROOM - 1);
        self.buf[at..at + PIECE].copy_from_slice(&p.0);
        self.at = match p.0[PIECE - 1] {
            Piece::LONG if LONG => long_piece(self.buf, at, &long[p.long()]),
            // Under a piece's size, as every piece of a layout without long ones is: the
            // number after it is then known to stay inside the scratch, its place uncut.
            len => at + usize::from(len % PIECE as u8),
        };
    }

    #[inline(always)]
    fn number(&mut self, x: Option<f64>) {
        let at = if LONG { self.at & (ROOM - 1) } else { self.at };
        self.at = self.numbers.write_json_at(x, self.buf, at);
    }
}

impl<'a, const LONG: bool> InScratch<'a, LONG> {
    /// Writes `figures` as `layout` lays them out into `buf` from its start, and returns
    /// where they end.
    #[inline(always)]
    fn fill(
        buf: &'a mut [u8; ROOM + SLACK],
        numbers: &'a mut Numbers,
        layout: &Layout,
        figures: &Figures,
    ) -> usize {
        let mut sink = InScratch::<LONG> {
            buf,
            numbers: numbers.in_place(),
            at: 0,
        };
        layout.fill(&mut sink, figures);
        sink.at
    }
}

/// Writes the `text` of a long piece into `buf` at `at` and returns where it ends.
#[inline(never)]
fn long_piece(buf: &mut [u8], at: usize, text: &[u8]) -> usize {
    buf[at..at + text.len()].copy_from_slice(text);
    at + text.len()
}

/// A [`Sink`] appending to the line, for a layout too large for a [`Scratch`].
struct InLine<'l, 'a> {
    line: &'l mut Line<'a>,
}

impl Sink for InLine<'_, '_> {
    fn piece(&mut self, p: &Piece, long: &[u8]) {
        self.line.out.extend_from_slice(p.text(long));
    }

    fn number(&mut self, x: Option<f64>) {
        self.line.number(x);
    }
}

/// The text of a decision before its shares, `{"item":…,"share":[`, made once for its item:
/// in place, zeros after it, to be copied whole and cut back ([`Line::decisions`]).
#[derive(Debug, Clone)]
struct DecisionHead {
    item: Text,
    text: [u8; HEAD],
    /// The length of the text, or [`DecisionHead::LONG`] for one that does not fit.
    len: u8,
}

/// Bytes of a [`DecisionHead`]'s text in place.
const HEAD: usize = 64;

/// The end of a decision, by whether the two agree, zeros after it, and its length.
const AGREE: [([u8; 16], usize); 2] = [(*b"],\"agree\":false}", 16), (*b"],\"agree\":true}\0", 15)];

/// The most bytes one decision's writes may reach past where it starts: a comma, its head,
/// two numbers (each [`NUMBER_ROOM`] written in place) and the comma between them, its end.
const DECISION_REACH: usize = 1 + HEAD + 2 * NUMBER_ROOM + 1 + 16;

impl DecisionHead {
    /// A head too long to hold in place: the decision is written straight into the line.
    const LONG: u8 = u8::MAX;

    /// The head of a decision about `item` among `heads`, made if none is: looked for at
    /// `next` first, where the one after the last found is (a report's decisions come in
    /// the questionnaire's order, some left out), and `next` moved on past it.
    fn find<'a>(
        heads: &'a mut Vec<DecisionHead>,
        next: &mut usize,
        item: &Text,
    ) -> &'a DecisionHead {
        let at = match heads.get(*next) {
            Some(h) if h.item.same(item) => *next,
            _ => match heads.iter().position(|h| h.item.same(item)) {
                Some(at) => at,
                None => {
                    // Reports of one questionnaire need one for each of its items; of many
                    // in turn, more.
                    if heads.len() >= DECISION_HEADS {
                        heads.clear();
                    }
                    heads.push(DecisionHead::new(item));
                    heads.len() - 1
                }
            },
        };
        *next = at + 1;
        &heads[at]
    }

    /// Writes the head of a decision about `item` into `out`: `{"item":…,"share":[`.
    fn write(item: &Text, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"item\":");
        item.write_json(out);
        out.extend_from_slice(b",\"share\":[");
    }

    /// The head of a decision about `item`.
    fn new(item: &Text) -> Self {
        let mut head = Vec::new();
        DecisionHead::write(item, &mut head);
        let mut text = [0; HEAD];
        let len = match text.get_mut(..head.len()) {
            Some(place) => {
                place.copy_from_slice(&head);
                head.len() as u8
            }
            None => DecisionHead::LONG,
        };
        DecisionHead {
            item: *item,
            text,
            len,
        }
    }
}

/// The most [`DecisionHead`]s kept.
const DECISION_HEADS: usize = 256;

/// The text of a fired rule that is the same every time it fires (all but whom it is about,
/// its figure and its message), in the pieces a warning is written with.
#[derive(Debug, Clone)]
struct RuleText {
    rule: Text,
    severity: Severity,
    dimension: Option<Text>,
    prompt: Option<Text>,
    basis: Option<Text>,
    private: bool,
    /// `{"rule":…,"severity":…,"person":`.
    head: Vec<u8>,
    /// `,"dimension":…,"value":`.
    middle: Vec<u8>,
    /// `head`, `null` and `middle`, for a warning about no one person.
    about_both: Vec<u8>,
    /// `,"prompt":…,"basis":…,"private":…}` (lean: `,"private":…}`).
    tail: Vec<u8>,
}

/// Places in the table of [`RuleText`]s (a power of two).
const RULES: usize = 256;

impl RuleText {
    fn new(w: &Warning, lean: bool) -> Self {
        let text = |out: &mut Vec<u8>, t: &Option<Text>| match t {
            Some(t) => t.write_json(out),
            None => out.extend_from_slice(b"null"),
        };
        let mut head = b"{\"rule\":".to_vec();
        w.rule.write_json(&mut head);
        head.extend_from_slice(match w.severity {
            Severity::Info => b",\"severity\":\"info\"",
            Severity::Warning => b",\"severity\":\"warning\"",
            Severity::Alert => b",\"severity\":\"alert\"",
        });
        head.extend_from_slice(b",\"person\":");
        let mut middle = b",\"dimension\":".to_vec();
        text(&mut middle, &w.dimension);
        middle.extend_from_slice(b",\"value\":");
        let about_both = [&head[..], b"null", &middle].concat();
        let mut tail = Vec::new();
        if !lean {
            tail.extend_from_slice(b",\"prompt\":");
            text(&mut tail, &w.prompt);
            tail.extend_from_slice(b",\"basis\":");
            text(&mut tail, &w.basis);
        }
        tail.extend_from_slice(if w.private {
            b",\"private\":true}"
        } else {
            b",\"private\":false}"
        });
        RuleText {
            rule: w.rule,
            severity: w.severity,
            dimension: w.dimension,
            prompt: w.prompt,
            basis: w.basis,
            private: w.private,
            head,
            middle,
            about_both,
            tail,
        }
    }

    /// Whether this is the text of `w`: its very texts (shared, not only equal), severity
    /// and privacy.
    fn fits(&self, w: &Warning) -> bool {
        // The very same text or none in both: where each is, or 0 for none, alike.
        let same = |a: &Option<Text>, b: &Option<Text>| {
            a.as_ref().map_or(0, Text::address) == b.as_ref().map_or(0, Text::address)
        };
        self.rule.same(&w.rule)
            && self.severity == w.severity
            && self.private == w.private
            && same(&self.dimension, &w.dimension)
            && same(&self.prompt, &w.prompt)
            && same(&self.basis, &w.basis)
    }

    /// The text of `w` in `table` (of [`RULES`] places), made if it is not there: looked for
    /// from a place spread by where its id is, then at the places after it, up to a free
    /// one, where a new text goes (a table half full is emptied first, so a free place is
    /// always near).
    fn find<'a>(table: &'a mut Vec<Option<RuleText>>, w: &Warning, lean: bool) -> &'a RuleText {
        if table.is_empty() {
            table.resize(RULES, None);
        }
        let first = (w.rule.address() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            >> (64 - RULES.trailing_zeros());
        let mut place = first as usize;
        loop {
            match &table[place] {
                Some(fixed) if fixed.fits(w) => return table[place].as_ref().expect("there"),
                Some(_) => place = (place + 1) % RULES,
                None => break,
            }
        }
        if table.iter().filter(|t| t.is_some()).count() >= RULES / 2 {
            table.iter_mut().for_each(|t| *t = None);
            place = first as usize;
        }
        table[place].insert(RuleText::new(w, lean))
    }
}

/// Whether JSON needs any of these bytes escaped: a control character, `"` or `\\`.
///
/// A byte with its bit of value 2 flipped is below `0x21` when it is a control character (they
/// stay among themselves) or `"` (`0x22` becomes `0x20`), and no other: one comparison for
/// two, 16 bytes (or a word) at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    any_byte(bytes, |b| (b ^ 2) < 0x21 || b == b'\\', escaped_in_word)
}

/// Whether any of the eight bytes of `w` is one JSON escapes (as [`needs_escape`] finds).
#[inline]
fn escaped_in_word(w: u64) -> bool {
    below(w ^ (ONES * 2), 0x21) | below(w ^ (ONES * u64::from(b'\\')), 1) != 0
}

/// Bytes of the block a short string is written in, its quotes included.
const SHORT: usize = 16;

/// Whether any of `bytes` is one that `byte` finds; `word` finds one among eight at once
/// (little-endian), as [`below`] does.
///
/// Most text has none, so every byte is looked at without stopping early: chunks of 64
/// bytes, which the compiler compares 16 at a time and tells apart once per chunk, then
/// blocks of 16 bytes, the last block overlapping the one before; a string shorter than a
/// block is read as two words that may overlap, its first and its last eight (or four)
/// bytes.
#[inline]
pub(crate) fn any_byte(
    bytes: &[u8],
    byte: impl Fn(u8) -> bool,
    word: impl Fn(u64) -> bool,
) -> bool {
    if let Some(last) = bytes.last_chunk::<BLOCK>() {
        let (chunks, rest) = bytes.as_chunks::<CHUNK>();
        for chunk in chunks {
            if in_block(chunk, &byte) {
                return true;
            }
        }
        let (blocks, tail) = rest.as_chunks::<BLOCK>();
        for block in blocks {
            if in_block(block, &byte) {
                return true;
            }
        }
        return !tail.is_empty() && in_block(last, &byte);
    }
    if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        return word(u64::from_le_bytes(*first)) || word(u64::from_le_bytes(*last));
    }
    if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let (first, last) = (u32::from_le_bytes(*first), u32::from_le_bytes(*last));
        return word(u64::from(first) | u64::from(last) << 32);
    }
    bytes.iter().any(|&b| byte(b))
}

/// Checks that `fast`, an [`any_byte`], judges every byte value, at every place of strings
/// of every length up to three blocks and of lengths about one and two chunks, each amid
/// bytes `amid`, as a look at each byte with `slow` does.
#[cfg(test)]
pub(crate) fn judged_as_every_byte(
    fast: impl Fn(&[u8]) -> bool,
    slow: impl Fn(u8) -> bool,
    amid: &[u8],
) {
    for &amid in amid {
        let lengths = (0..=3 * BLOCK + 1)
            .chain(CHUNK - 1..=CHUNK + 2 * BLOCK + 1)
            .chain([
                2 * CHUNK - 1,
                2 * CHUNK,
                2 * CHUNK + 1,
                2 * CHUNK + BLOCK + 3,
            ]);
        for len in lengths {
            let plain = vec![amid; len];
            assert!(!fast(&plain), "{amid:#x} × {len}");
            for at in 0..len {
                for b in 0..=u8::MAX {
                    let mut bytes = plain.clone();
                    bytes[at] = b;
                    let expected = bytes.iter().any(|&b| slow(b));
                    assert_eq!(fast(&bytes), expected, "{b:#x} at {at} of {len}");
                }
            }
        }
    }
}

/// Bytes in a block of [`any_byte`].
const BLOCK: usize = 16;

/// Bytes in a chunk of [`any_byte`] (four blocks).
const CHUNK: usize = 4 * BLOCK;

/// Whether any byte of a block (or chunk) is one that `byte` finds, all looked at.
#[inline(always)]
fn in_block<const N: usize>(block: &[u8; N], byte: &impl Fn(u8) -> bool) -> bool {
    block.iter().fold(false, |any, &b| any | byte(b))
}

/// A one in every byte of a word.
pub(crate) const ONES: u64 = u64::MAX / 0xFF;

/// The top bit of every byte of `w` below `n` (at most 0x80), set: a borrow may set a higher
/// byte's bit too, but only after a lower byte set its own, so whether any is set is exact.
/// `below(w ^ (ONES * c), 1)` finds the bytes that are `c`.
#[inline]
pub(crate) fn below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & (ONES << 7)
}

/// A JSON line being written.
struct Line<'a> {
    out: &'a mut Vec<u8>,
    numbers: &'a mut Numbers,
    scratch: &'a mut Scratch,
}

impl Line<'_> {
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn value<T: Serialize + ?Sized>(&mut self, v: &T) {
        serde_json::to_writer(&mut *self.out, v).expect("a report always serializes");
    }

    /// A string, exactly as `serde_json` writes it: in quotes, with control characters,
    /// quotes and backslashes escaped and nothing else. A string with none of those is
    /// copied as it is; any other goes through `serde_json`. Returns where in the line its
    /// text is, escaped, between the quotes.
    #[inline]
    fn string(&mut self, s: &str) -> Range<usize> {
        let start = self.out.len() + 1;
        self.string_only(s);
        start..self.out.len() - 1
    }

    /// [`Line::string`], not saying where.
    #[inline(always)]
    fn string_only(&mut self, s: &str) {
        let bytes = s.as_bytes();
        // Eight to fourteen bytes (most names): the two words the look reads, quoted in a
        // block, copied whole and cut back.
        if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>())
            && bytes.len() <= SHORT - 2
        {
            let (a, b) = (u64::from_le_bytes(*first), u64::from_le_bytes(*last));
            if !escaped_in_word(a) && !escaped_in_word(b) {
                let len = bytes.len();
                let mut block = [b'"'; SHORT];
                block[1..9].copy_from_slice(first);
                block[len - 7..len + 1].copy_from_slice(last);
                let end = self.out.len() + len + 2;
                self.out.extend_from_slice(&block);
                self.out.truncate(end);
                return;
            }
        }
        if needs_escape(bytes) {
            self.value(s);
        } else {
            self.out.reserve(s.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
        }
    }

    fn strings<S: AsRef<str>>(&mut self, list: &[S]) {
        self.raw("[");
        for (n, s) in list.iter().enumerate() {
            if n > 0 {
                self.raw(",");
            }
            self.string_only(s.as_ref());
        }
        self.raw("]");
    }

    /// A number, or `null`, exactly as `serde_json` writes it.
    #[inline]
    fn number(&mut self, x: Option<f64>) {
        let Some(x) = x else {
            return self.raw("null");
        };
        self.numbers.write(x, self.out);
    }

    fn text(&mut self, t: Option<&Text>) {
        match t {
            Some(t) => t.write_json(self.out),
            None => self.raw("null"),
        }
    }

    /// A person, as their [`Layout`] among `layouts` lays out their figures; returns where
    /// the line holds their name, escaped ([`Line::string`]).
    fn person(&mut self, p: &Person, layouts: &mut Vec<Layout>) -> Range<usize> {
        let layout = Layout::find(layouts, &p.groups, &p.scores, Some(&p.views));
        self.raw("{\"name\":");
        let name = self.string(&p.name);
        if let Some(lang) = &p.lang {
            self.raw(",\"lang\":");
            self.string_only(lang);
        }
        let figures = Figures {
            power_index: p.power_index,
            balance_index: p.balance_index,
            groups: &p.groups,
            scores: &p.scores,
            views: Some(&p.views),
        };
        self.figures(layout, &figures);
        name
    }

    /// The imbalance's fields, as its [`Layout`] among `layouts` lays them out, and the
    /// opening of the warnings that follow them (`},"warnings":[`).
    fn imbalance(&mut self, i: &Imbalance, layouts: &mut Vec<Layout>) {
        let layout = Layout::find(layouts, &i.groups, &i.scores, None);
        let figures = Figures {
            power_index: i.power_index,
            balance_index: i.balance_index,
            groups: &i.groups,
            scores: &i.scores,
            views: None,
        };
        self.figures(layout, &figures);
    }

    /// The figures of a person or of the imbalance, as `layout` lays them out: in a
    /// [`Scratch`], copied into the line at once, when the layout fits one.
    fn figures(&mut self, layout: &Layout, figures: &Figures) {
        if layout.fits {
            let (buf, numbers) = (&mut self.scratch.0, &mut *self.numbers);
            let end = if layout.long.is_empty() {
                InScratch::<false>::fill(buf, numbers, layout, figures)
            } else {
                InScratch::<true>::fill(buf, numbers, layout, figures)
            };
            self.out.extend_from_slice(&self.scratch.0[..end]);
        } else {
            layout.fill(&mut InLine { line: self }, figures);
        }
    }

    /// Decisions, each as `serde_json` writes it, separated by commas: written by place into
    /// the [`Scratch`] (each index cut to [`ROOM`], so no copy is checked) from heads made
    /// once among `heads`, and copied into the line whenever the scratch may not hold one
    /// more, and at the end.
    fn decisions(&mut self, decisions: &[Decision], heads: &mut Vec<DecisionHead>) {
        let buf: &mut [u8; ROOM + SLACK] = &mut self.scratch.0;
        let numbers = &mut self.numbers.in_place();
        let (mut at, mut next) = (0, 0);
        for (n, d) in decisions.iter().enumerate() {
            if at > ROOM - DECISION_REACH {
                self.out.extend_from_slice(&buf[..at]);
                at = 0;
            }
            let head = DecisionHead::find(heads, &mut next, &d.item);
            let i = at & (ROOM - 1);
            buf[i] = b',';
            at = i + usize::from(n > 0);
            if head.len == DecisionHead::LONG {
                self.out.extend_from_slice(&buf[..at]);
                at = 0;
                DecisionHead::write(&d.item, self.out);
            } else {
                let i = at & (ROOM - 1);
                buf[i..i + HEAD].copy_from_slice(&head.text);
                at = i + usize::from(head.len);
            }
            at = numbers.write_json_at(Some(d.share[0]), buf, at & (ROOM - 1));
            let i = at & (ROOM - 1);
            buf[i] = b',';
            at = numbers.write_json_at(Some(d.share[1]), buf, (i + 1) & (ROOM - 1));
            let (end, len) = &AGREE[usize::from(d.agree)];
            let i = at & (ROOM - 1);
            buf[i..i + end.len()].copy_from_slice(end);
            at = i + len;
        }
        self.out.extend_from_slice(&buf[..at]);
    }

    /// A warning, its fixed text copied from `fixed`; a message held unfilled is written
    /// straight into the line, its names copied from where `names` says the line has them.
    fn warning(&mut self, w: &Warning, fixed: &RuleText, names: &[Range<usize>; 3]) {
        match &w.person {
            None => self.out.extend_from_slice(&fixed.about_both),
            Some(name) => {
                self.out.extend_from_slice(&fixed.head);
                self.string_only(name);
                self.out.extend_from_slice(&fixed.middle);
            }
        }
        self.number(Some(w.value));
        match &w.unfilled {
            Some(held) => {
                self.raw(",\"message\":\"");
                held.write_json(names, self.out);
                self.raw("\"");
            }
            None => {
                self.raw(",\"message\":");
                self.string_only(&w.message);
            }
        }
        self.out.extend_from_slice(&fixed.tail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{AnswerSet, Completed, pair_of};
    use crate::questionnaire::ALL_VERSIONS;
    use crate::scoring::{Options, Prepared};
    use crate::simulate::Simulation;

    /// Every bundled questionnaire; one person and two; nothing skipped, some, and nearly
    /// all (so views go null and notes appear); private results shown and not; and names
    /// that need escaping.
    #[test]
    fn the_line_is_what_serde_json_writes() {
        let names = [
            ("P", "Q"),
            ("Zoë \"Z\"", "Ann\\\n\u{1}\u{2028}"),
            // Longer than a block, with what is escaped last, or nowhere but past a block.
            (
                "=cmd|' /C calc'!A0 名前 \"",
                "Tab\tafter sixteen bytes, then \u{7f}\u{1f}",
            ),
            ("A name of seventeen", "-1+1 Ünïcödé only, twenty-four+"),
            // Short enough for a block, with nothing escaped and with a quote.
            ("P000001-A", "Zoë \"Z2\""),
        ];
        let sources: Vec<Arc<str>> = names.iter().map(|(a, _)| (*a).into()).collect();
        let mut checked = 0;
        // One writer for all, so numbers come from its table as well as fresh.
        let mut lines = JsonLines::default();
        let mut lean = JsonLines::lean();
        // Lines scored as a batch scores them, each fired rule's message held unfilled,
        // written straight into the line.
        let mut held_lines = JsonLines::default();
        let mut held_messages = 0;
        for b in ALL_VERSIONS {
            let q = b.load().unwrap();
            let prepared = Prepared::new(&q);
            let for_lines = Prepared::new(&q).for_lines();
            for (pairs, skip_rate) in [(false, 0.0), (true, 0.0), (false, 0.4), (true, 0.95)] {
                let mut sim = Simulation::new(&q, 5, pairs, skip_rate);
                for n in 0..20 {
                    let mut line = Vec::new();
                    sim.write_next(&mut line).unwrap();
                    let mut sets: Vec<AnswerSet> = if pairs {
                        serde_json::from_slice(&line).unwrap()
                    } else {
                        vec![serde_json::from_slice(&line).unwrap()]
                    };
                    let (a, b) = names[n % names.len()];
                    sets[0].completed = match n % 4 {
                        0 => Completed::Absent,
                        1 => Completed::At("2026-11-20T19:17:40Z".to_owned()),
                        2 => Completed::Unfinished,
                        _ => Completed::At("2026-11-20T19:17:40.5+01:00 \"x\"".to_owned()),
                    };
                    if let Some(second) = sets.get_mut(1) {
                        second.completed = Completed::At("2026-11-21T08:00:00+02:00".to_owned());
                    }
                    sets[0].respondent = a.to_owned();
                    sets[0].partner = b.to_owned();
                    if let Some(second) = sets.get_mut(1) {
                        second.respondent = b.to_owned();
                        second.partner = a.to_owned();
                    }
                    let sets: Vec<_> = sets.into_iter().map(|s| ("-".to_owned(), s)).collect();
                    let pair = pair_of(&q, &sets).unwrap();
                    for show_private in [false, true] {
                        let mut report = prepared.score(&q, &pair, Options { show_private });
                        // As a batch names its input, a name that needs escaping included.
                        // The same input again, another of the same text, and a new one.
                        if n % 3 > 0 {
                            report.source = Some(sources[n % sources.len()].clone());
                            report.line = Some(n as u64 * 1_000_003);
                        }
                        let expected = serde_json::to_string(&report).unwrap() + "\n";
                        let mut line = Vec::new();
                        lines.write(&report, &mut line);
                        assert_eq!(String::from_utf8(line).unwrap(), expected);
                        let mut held = for_lines.score(&q, &pair, Options { show_private });
                        held.source.clone_from(&report.source);
                        held.line = report.line;
                        let names = [
                            report.people[0].name.as_str(),
                            report.people[1].name.as_str(),
                            report.respondents.get(1).map_or("", String::as_str),
                        ];
                        for (h, w) in held.warnings.iter().zip(&report.warnings) {
                            let unfilled = h.unfilled.as_ref().expect("held");
                            assert!(h.message.is_empty());
                            assert_eq!(unfilled.filled(names), w.message);
                            held_messages += 1;
                        }
                        assert_eq!(held.warnings.len(), report.warnings.len());
                        let mut line = b"the line before\n".to_vec();
                        held_lines.write(&held, &mut line);
                        let line = String::from_utf8(line).unwrap();
                        assert_eq!(line.strip_prefix("the line before\n"), Some(&expected[..]));
                        // A fresh writer, with nothing remembered, writes the same.
                        let mut fresh = Vec::new();
                        JsonLines::default().write(&report, &mut fresh);
                        assert_eq!(String::from_utf8(fresh).unwrap(), expected);
                        // A lean line is the same report without the shared text.
                        let mut lean_line = Vec::new();
                        lean.write(&report, &mut lean_line);
                        let mut full: serde_json::Value = serde_json::from_str(&expected).unwrap();
                        full.as_object_mut().unwrap().remove("resources");
                        for w in full["warnings"].as_array_mut().unwrap() {
                            let w = w.as_object_mut().unwrap();
                            assert!(w.remove("prompt").is_some() && w.remove("basis").is_some());
                        }
                        let lean_value: serde_json::Value =
                            serde_json::from_slice(&lean_line).unwrap();
                        assert_eq!(lean_value, full);
                        assert!(
                            lean_line.ends_with(b"}\n")
                                && !lean_line[..lean_line.len() - 1].contains(&b'\n')
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, ALL_VERSIONS.len() * 4 * 20 * 2);
        assert!(held_messages > 1000, "{held_messages} messages held");
    }

    /// Every byte value, at every place of strings of every length up to three blocks, amid
    /// bytes on either side of the ones escaped, is judged as a byte-by-byte look judges it.
    #[test]
    fn needs_escape_is_a_look_at_every_byte() {
        let amid = [b'a', 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xff];
        judged_as_every_byte(needs_escape, |b| b < 0x20 || b == b'"' || b == b'\\', &amid);
    }

    /// A string of every length up to past a chunk, each byte JSON escapes (and some it
    /// does not) at every place of it, is what `serde_json` writes.
    #[test]
    fn strings_are_what_serde_json_writes() {
        let mut lines = JsonLines::default();
        for len in 0..=CHUNK + BLOCK + 1 {
            for at in 0..=len {
                for c in [
                    "\"", "\\", "\u{0}", "\u{1f}", "\n", "\u{7f}", "é", "a", " ", "!",
                ] {
                    let mut text = "x".repeat(len);
                    if at < len {
                        text.replace_range(at..at + 1, c);
                    }
                    let mut out = b"[".to_vec();
                    let JsonLines {
                        numbers, scratch, ..
                    } = &mut lines;
                    Line {
                        out: &mut out,
                        numbers,
                        scratch,
                    }
                    .string(&text);
                    let expected = format!("[{}", serde_json::to_string(&text).unwrap());
                    assert_eq!(String::from_utf8(out).unwrap(), expected, "{text:?}");
                }
            }
        }
    }

    /// People and the imbalance, laid out for their keys, are what `serde_json` writes:
    /// keys that need escaping, an empty key, keys whose pieces are too long to hold in
    /// place, empty maps, `null`s, numbers that take all the room there is, new to the
    /// table and not; and so many keys that the layout does not fit a scratch, so the line
    /// is written straight.
    #[test]
    fn figures_laid_out_are_what_serde_json_writes() {
        let long = "a key much longer than thirty-two bytes, with \"quotes\" and \\";
        let numbers = [
            Some(-2.2250738585072014e-308),
            None,
            Some(f64::NAN),
            Some(1.5),
            Some(-1.2345678901234567e-300),
            Some(33.333333333333336),
            None,
        ];
        let many: Vec<String> = (0..300).map(|n| format!("{long} {n}")).collect();
        let key_sets: Vec<Vec<&str>> = vec![
            vec!["a", long, "b", "", "c\u{1}", "Zoë 名前", "d"],
            vec![],
            vec!["x"],
            many.iter().map(String::as_str).collect(),
        ];
        let mut lines = JsonLines::default();
        for round in 0..2 {
            for (n, ids) in key_sets.iter().enumerate() {
                let keys = Keys::new(ids.iter().copied());
                let value = |i: usize| numbers[(i + n + round) % numbers.len()];
                let values = |shift: usize| (0..ids.len()).map(|i| value(i + shift)).collect();
                let views = (0..ids.len())
                    .map(|i| Views {
                        own: value(i + 1),
                        partner: value(2 * i + 3),
                    })
                    .collect();
                let groups = Keys::new(ids.iter().copied().take(n + 2));
                let group_values = (0..groups.len()).map(value).collect();
                let person = Person {
                    name: format!("P \"{n}\""),
                    lang: (n % 2 == 1).then(|| "de".to_owned()),
                    power_index: value(5),
                    balance_index: value(round),
                    groups: Keyed::new(groups.clone(), group_values),
                    scores: Keyed::new(keys.clone(), values(0)),
                    views: Keyed::new(keys.clone(), views),
                };
                let imbalance = Imbalance {
                    power_index: value(round),
                    balance_index: value(1),
                    groups: person.groups.clone(),
                    scores: Keyed::new(keys.clone(), values(4)),
                };
                let JsonLines {
                    numbers,
                    scratch,
                    layouts,
                    ..
                } = &mut lines;
                let mut out = Vec::new();
                let mut w = Line {
                    out: &mut out,
                    numbers,
                    scratch,
                };
                w.person(&person, &mut layouts[0]);
                w.raw(",{");
                w.imbalance(&imbalance, &mut layouts[1]);
                let expected = format!(
                    "{},{}",
                    serde_json::to_string(&person).unwrap(),
                    serde_json::to_string(&imbalance).unwrap(),
                );
                let expected = expected.strip_suffix('}').unwrap().to_owned() + "},\"warnings\":[";
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    expected,
                    "keys {n}, round {round}"
                );
            }
        }
        assert!(
            !lines.layouts.iter().flatten().all(|l| l.fits),
            "one layout is written straight"
        );
        assert!(
            lines
                .layouts
                .iter()
                .flatten()
                .any(|l| !l.long.is_empty() && l.fits)
        );
    }

    /// Decisions are what `serde_json` writes: items whose heads fit in place and do not
    /// (one needing escapes), the same items again, some left out or in another order, and
    /// so many that the scratch is copied into the line on the way.
    #[test]
    fn decisions_are_what_serde_json_writes() {
        let long = "an item id much longer than the head of a decision holds in place";
        let items: Vec<Text> = (0..70)
            .map(|n| match n % 7 {
                3 => Text::new(&format!("{long} {n}")),
                5 => Text::new(&format!("\"quoted\" \\ {n}")),
                _ => Text::new(&format!("decide-{n}")),
            })
            .collect();
        let shares = [0.0, 25.0, 100.0, 33.333333333333336, -0.0, f64::NAN, 1e-7];
        let mut lines = JsonLines::default();
        let orders: [Vec<usize>; 5] = [
            (0..70).collect(),
            (0..70).filter(|n| n % 3 != 1).collect(),
            (0..70).rev().collect(),
            vec![],
            vec![69, 0, 0, 5],
        ];
        for (round, order) in orders.iter().enumerate() {
            let decisions: Vec<Decision> = order
                .iter()
                .map(|&n| Decision {
                    item: items[n],
                    share: [
                        shares[(n + round) % shares.len()],
                        shares[(2 * n + 1) % shares.len()],
                    ],
                    agree: (n + round) % 2 == 0,
                })
                .collect();
            let JsonLines {
                numbers,
                scratch,
                decisions: heads,
                ..
            } = &mut lines;
            let mut out = b"[".to_vec();
            Line {
                out: &mut out,
                numbers,
                scratch,
            }
            .decisions(&decisions, heads);
            out.push(b']');
            let expected = serde_json::to_string(&decisions).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "round {round}");
        }
        assert!(lines.decisions.iter().any(|h| h.len == DecisionHead::LONG));
        assert!(lines.decisions.len() <= items.len());
    }

    /// The table of numbers gives back what `serde_json` writes, for awkward values, values
    /// that crowd one set (so ways are taken and given up), and text too long to keep.
    #[test]
    fn numbers_from_the_table_are_what_serde_json_writes() {
        let mut awkward = vec![
            0.0,
            -0.0,
            1e-7,
            100.0,
            33.333333333333336,
            83.33333333333333,
            -25.0,
            1e21,
            1e22,
            123456789012345680.0,
            f64::MIN_POSITIVE,
            -2.2250738585072014e-308,
            f64::MAX,
            f64::MIN,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        awkward.extend((0..5000).map(|n| f64::from(n) / 7.0));
        let mut numbers = Numbers::<JsonNumber>::default();
        for round in 0..3 {
            for &x in &awkward {
                let mut out = b"x".to_vec();
                numbers.write(x, &mut out);
                let expected = format!("x{}", serde_json::to_string(&x).unwrap());
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    expected,
                    "{x:?}, round {round}"
                );
            }
        }
    }
}
