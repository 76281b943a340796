//! A report as one JSON line (`score --jsonl`, SPEC §10), numbers at full precision.
//!
//! The indented form (`--format json`) is `serde_json`'s rendering of [`Report`]
//! ([`crate::report::render_json`]). The one-line form for JSON Lines is written by hand,
//! because a batch writes a million of them: the ids and texts a questionnaire shares are
//! copied in the JSON form made once ([`Text`], [`Keyed`]), and every other value (names, messages, numbers) still goes through `serde_json`. A test holds the
//! hand-written line to be byte for byte `serde_json::to_string` of the same report.

use std::sync::Arc;

use serde::Serialize;

use super::{Keyed, Text};
use crate::model::{Person, Report, Warning};
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
    /// The last instrument written, and its JSON.
    instrument: Option<(Arc<Instrument>, String)>,
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
/// two ways to each of 2,048 sets miss one in fifty).
#[derive(Debug, Clone)]
pub(crate) struct Numbers {
    sets: Box<[[Number; 2]; SETS]>,
    /// Where [`Numbers::write_at`] formats a number new to the table.
    scratch: Vec<u8>,
}

/// Bytes a number may take written in place: the longest `serde_json` writes
/// (`-2.2250738585072014e-308`), which is also a way's whole text.
const NUMBER_ROOM: usize = TEXT + 1;

/// A number's bits and its text, the text's length in its last byte (0 for a free way), so
/// a way is 32 bytes and a set one cache line.
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
const SETS: usize = 2048;

impl Default for Numbers {
    fn default() -> Self {
        Numbers {
            sets: Box::new([[Number::default(); 2]; SETS]),
            scratch: Vec::new(),
        }
    }
}

impl Numbers {
    /// Appends `x` to `out` as `format` writes it, from the table when it was written lately.
    #[inline]
    pub(crate) fn write(
        &mut self,
        x: f64,
        out: &mut Vec<u8>,
        format: impl FnOnce(f64, &mut Vec<u8>),
    ) {
        let (set, found) = self.find(x);
        if let Some(n) = found {
            // A copy of fixed size, cut back, is cheaper than one of the exact length.
            let end = out.len() + usize::from(n.text[TEXT]);
            out.extend_from_slice(&n.text);
            out.truncate(end);
            return;
        }
        self.miss(set, x, out, format);
    }

    /// Writes `x` into `buf` at `at`, which has [`NUMBER_ROOM`] bytes from there, as
    /// [`Numbers::write`] appends it, and returns where it ends.
    #[inline(always)]
    fn write_at(
        &mut self,
        x: f64,
        buf: &mut [u8],
        at: usize,
        format: impl FnOnce(f64, &mut Vec<u8>),
    ) -> usize {
        let (set, found) = self.find(x);
        if let Some(n) = found {
            buf[at..at + NUMBER_ROOM].copy_from_slice(&n.text);
            return at + usize::from(n.text[TEXT]);
        }
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        self.miss(set, x, &mut text, format);
        let end = at + text.len();
        buf[at..end].copy_from_slice(&text);
        self.scratch = text;
        end
    }

    /// A number, or `null`, as [`Line::number`] writes it, written in place as
    /// [`Numbers::write_at`] writes it.
    #[inline(always)]
    fn write_json_at(&mut self, x: Option<f64>, buf: &mut [u8], at: usize) -> usize {
        let Some(x) = x else {
            buf[at..at + 4].copy_from_slice(b"null");
            return at + 4;
        };
        self.write_at(x, buf, at, |x, out| {
            serde_json::to_writer(out, &x).expect("a number always serializes");
        })
    }

    /// The set of `x`, and the way in it that holds `x`'s text, if any does.
    #[inline(always)]
    fn find(&self, x: f64) -> (usize, Option<&Number>) {
        let bits = x.to_bits();
        // Fibonacci hashing: the top bits of the product spread nearby values apart.
        let set =
            (bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SETS.trailing_zeros())) as usize;
        let found = self.sets[set]
            .iter()
            .find(|n| n.bits == bits && n.text[TEXT] > 0);
        (set, found)
    }

    /// [`Numbers::write`] of a number not in its set: formats it, and keeps it in the first
    /// way, the number there moving to the second.
    #[cold]
    #[inline(never)]
    fn miss(
        &mut self,
        set: usize,
        x: f64,
        out: &mut Vec<u8>,
        format: impl FnOnce(f64, &mut Vec<u8>),
    ) {
        let start = out.len();
        format(x, out);
        let text = &out[start..];
        if text.len() <= TEXT {
            let ways = &mut self.sets[set];
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

    /// Whether this writes lean reports.
    pub fn is_lean(&self) -> bool {
        self.lean
    }

    /// Appends `report` as one line of JSON, ending in a newline, to `out`.
    pub fn write(&mut self, report: &Report, out: &mut Vec<u8>) {
        let instrument = match &self.instrument {
            Some((last, json)) if Arc::ptr_eq(last, &report.questionnaire) => json,
            _ => {
                let json = serde_json::to_string(&*report.questionnaire)
                    .expect("a report always serializes");
                &self
                    .instrument
                    .insert((report.questionnaire.clone(), json))
                    .1
            }
        };
        let mut w = Line {
            out,
            numbers: &mut self.numbers,
        };
        w.raw("{\"questionnaire\":");
        w.raw(instrument);
        w.raw(",\"respondents\":");
        w.strings(&report.respondents);
        w.raw(",\"people\":[");
        w.person(&report.people[0]);
        w.raw(",");
        w.person(&report.people[1]);
        let i = &report.imbalance;
        w.raw("],\"imbalance\":{");
        w.indices(i.power_index, i.balance_index, &i.groups, &i.scores);
        w.raw("},\"warnings\":[");
        for (n, warning) in report.warnings.iter().enumerate() {
            if n > 0 {
                w.raw(",");
            }
            w.warning(warning, self.lean);
        }
        w.raw("],\"notes\":");
        w.strings(&report.notes);
        if !self.lean {
            w.raw(",\"resources\":");
            w.text(report.resources.as_ref());
        }
        if !report.decisions.is_empty() {
            w.raw(",\"decisions\":[");
            for (n, d) in report.decisions.iter().enumerate() {
                if n > 0 {
                    w.raw(",");
                }
                w.raw("{\"item\":");
                d.item.write_json(w.out);
                w.raw(",\"share\":[");
                w.number(Some(d.share[0]));
                w.raw(",");
                w.number(Some(d.share[1]));
                w.raw(if d.agree {
                    "],\"agree\":true}"
                } else {
                    "],\"agree\":false}"
                });
            }
            w.raw("]");
        }
        w.raw(",\"completed\":[");
        for (n, time) in report.completed.iter().enumerate() {
            if n > 0 {
                w.raw(",");
            }
            match time {
                Some(t) => w.string(t),
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
            w.raw(",\"source\":");
            w.string(source);
        }
        if let Some(line) = report.line {
            w.raw(",\"line\":");
            w.raw(itoa::Buffer::new().format(line));
        }
        w.raw("}\n");
    }
}

/// Whether JSON needs any of these bytes escaped: a control character, `"` or `\\`.
///
/// A byte with its bit of value 2 flipped is below `0x21` when it is a control character (they
/// stay among themselves) or `"` (`0x22` becomes `0x20`), and no other: one comparison for
/// two, 16 bytes (or a word) at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    any_byte(
        bytes,
        |b| (b ^ 2) < 0x21 || b == b'\\',
        |w| below(w ^ (ONES * 2), 0x21) | below(w ^ (ONES * u64::from(b'\\')), 1) != 0,
    )
}

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
    /// copied as it is; any other goes through `serde_json`.
    fn string(&mut self, s: &str) {
        if needs_escape(s.as_bytes()) {
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
            self.string(s.as_ref());
        }
        self.raw("]");
    }

    /// A number, or `null`, exactly as `serde_json` writes it.
    #[inline]
    fn number(&mut self, x: Option<f64>) {
        let Some(x) = x else {
            return self.raw("null");
        };
        self.numbers.write(x, self.out, |x, out| {
            serde_json::to_writer(out, &x).expect("a number always serializes");
        });
    }

    fn text(&mut self, t: Option<&Text>) {
        match t {
            Some(t) => t.write_json(self.out),
            None => self.raw("null"),
        }
    }

    /// A map of numbers, written in place: its room made at once, every key and number is
    /// copied into it by place, which is cheaper than growing the line by each, then the
    /// line is cut back to what was written.
    fn map(&mut self, m: &Keyed<Option<f64>>) {
        let start = self.out.len();
        let room = 2 + m.json_room() + m.len() * NUMBER_ROOM;
        self.out.resize(start + room, 0);
        let buf = self.out.as_mut_slice();
        buf[start] = b'{';
        let mut at = start + 1;
        for (key, v) in m.json_entries() {
            at = key.write_at(buf, at);
            at = self.numbers.write_json_at(*v, buf, at);
        }
        buf[at] = b'}';
        self.out.truncate(at + 1);
    }

    /// The four fields a person and the imbalance share, in the order both declare them.
    fn indices(
        &mut self,
        power_index: Option<f64>,
        balance_index: Option<f64>,
        groups: &Keyed<Option<f64>>,
        scores: &Keyed<Option<f64>>,
    ) {
        self.raw("\"power_index\":");
        self.number(power_index);
        self.raw(",\"balance_index\":");
        self.number(balance_index);
        self.raw(",\"groups\":");
        self.map(groups);
        self.raw(",\"scores\":");
        self.map(scores);
    }

    fn person(&mut self, p: &Person) {
        self.raw("{\"name\":");
        self.string(&p.name);
        if let Some(lang) = &p.lang {
            self.raw(",\"lang\":");
            self.string(lang);
        }
        self.raw(",");
        self.indices(p.power_index, p.balance_index, &p.groups, &p.scores);
        self.raw(",\"views\":{");
        // In place, as a map is ([`Line::map`]).
        const PARTNER: &[u8] = b",\"partner\":";
        let start = self.out.len();
        let room = 3 + p.views.json_view_room() + p.views.len() * (2 * NUMBER_ROOM + PARTNER.len());
        self.out.resize(start + room, 0);
        let buf = self.out.as_mut_slice();
        let mut at = start;
        for (key, v) in p.views.json_view_entries() {
            at = key.write_at(buf, at);
            at = self.numbers.write_json_at(v.own, buf, at);
            buf[at..at + PARTNER.len()].copy_from_slice(PARTNER);
            at = self
                .numbers
                .write_json_at(v.partner, buf, at + PARTNER.len());
        }
        let end: &[u8] = if p.views.is_empty() { b"}}" } else { b"}}}" };
        buf[at..at + end.len()].copy_from_slice(end);
        self.out.truncate(at + end.len());
    }

    fn warning(&mut self, w: &Warning, lean: bool) {
        self.raw("{\"rule\":");
        w.rule.write_json(self.out);
        self.raw(match w.severity {
            Severity::Info => ",\"severity\":\"info\"",
            Severity::Warning => ",\"severity\":\"warning\"",
            Severity::Alert => ",\"severity\":\"alert\"",
        });
        self.raw(",\"person\":");
        match &w.person {
            Some(name) => self.string(name),
            None => self.raw("null"),
        }
        self.raw(",\"dimension\":");
        self.text(w.dimension.as_ref());
        self.raw(",\"value\":");
        self.number(Some(w.value));
        self.raw(",\"message\":");
        self.string(&w.message);
        if !lean {
            self.raw(",\"prompt\":");
            self.text(w.prompt.as_ref());
            self.raw(",\"basis\":");
            self.text(w.basis.as_ref());
        }
        self.raw(",\"private\":");
        self.raw(if w.private { "true" } else { "false" });
        self.raw("}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{AnswerSet, Completed, pair_of};
    use crate::jsonl::Keys;
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
        ];
        let mut checked = 0;
        // One writer for all, so numbers come from its table as well as fresh.
        let mut lines = JsonLines::default();
        for b in ALL_VERSIONS {
            let q = b.load().unwrap();
            let prepared = Prepared::new(&q);
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
                        if n % 3 > 0 {
                            report.source = Some(names[n % names.len()].0.into());
                            report.line = Some(n as u64 * 1_000_003);
                        }
                        let expected = serde_json::to_string(&report).unwrap() + "\n";
                        let mut line = Vec::new();
                        lines.write(&report, &mut line);
                        assert_eq!(String::from_utf8(line).unwrap(), expected);
                        // A fresh writer, with nothing remembered, writes the same.
                        let mut fresh = Vec::new();
                        JsonLines::default().write(&report, &mut fresh);
                        assert_eq!(String::from_utf8(fresh).unwrap(), expected);
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, ALL_VERSIONS.len() * 4 * 20 * 2);
    }

    /// Every byte value, at every place of strings of every length up to three blocks, amid
    /// bytes on either side of the ones escaped, is judged as a byte-by-byte look judges it.
    #[test]
    fn needs_escape_is_a_look_at_every_byte() {
        let amid = [b'a', 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xff];
        judged_as_every_byte(needs_escape, |b| b < 0x20 || b == b'"' || b == b'\\', &amid);
    }

    /// A map written in place is what `serde_json` writes, with keys longer than a padded
    /// copy, `null`s, and numbers that take all the room there is, new to the table and not.
    #[test]
    fn a_map_in_place_is_what_serde_json_writes() {
        let long = "a key much longer than thirty-two bytes, with \"quotes\" and \\";
        let keys = Keys::new(["a", long, "b", "", "c", "d"]);
        let values = vec![
            Some(-2.2250738585072014e-308),
            None,
            Some(f64::NAN),
            Some(1.5),
            Some(-1.2345678901234567e-300),
            None,
        ];
        let map = Keyed::new(keys, values);
        let mut numbers = Numbers::default();
        for _ in 0..2 {
            let mut out = b"x".to_vec();
            let mut line = Line {
                out: &mut out,
                numbers: &mut numbers,
            };
            line.map(&map);
            let expected = format!("x{}", serde_json::to_string(&map).unwrap());
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
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
        let mut numbers = Numbers::default();
        for round in 0..3 {
            for &x in &awkward {
                let mut out = b"x".to_vec();
                numbers.write(x, &mut out, |x, out| {
                    serde_json::to_writer(out, &x).unwrap();
                });
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
