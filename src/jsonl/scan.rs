//! The fast path of [`LineParser`](super::LineParser): one JSON Lines line read straight into
//! reused [`Responses`], without building anything per item.
//!
//! It reads the JSON that answers files are made of: objects and arrays, strings (escapes
//! included), whole numbers, `true`, `false` and `null`, with any JSON whitespace. Answers
//! come in one of two orders ([`Order`]): the questionnaire's, or that of the ids (as
//! `serde_json`'s maps, `jq -S` and `sort_keys` write them). Each item id is compared with
//! the next item in the order the line follows first, then with the next in the other order
//! (which the line then follows), then looked up in the id index; each value is checked
//! against its item's scale as it is read. The items written as compact JSON writes them
//! (`"id":4,`) are read by a loop of their own, [`Scanner::compact_items`], the hot path of a
//! batch, in either order alike.
//!
//! It only ever says yes to a line that `serde_json` reads the same way and that the one-file
//! path accepts as it is. For anything else (an unknown item, a value off its scale, `4.0`,
//! a nested value under an unknown key, a duplicate field, bad JSON) it returns `None`, and the
//! line is read again by the one-file path, which accepts it or gives the message `score`
//! gives. A test in `line.rs` holds it to that on thousands of mutated lines.

use crate::answers::Responses;
use crate::questionnaire::Questionnaire;

/// What a `questionnaire` field said, compared with the questionnaire the line was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Named {
    /// No `questionnaire` field, or `null`.
    #[default]
    Absent,
    /// The same id.
    Same,
    /// Another id.
    Other,
}

/// A line the fast path read: how many answer objects (1 or 2), and what each named.
#[derive(Debug, Default)]
pub(crate) struct Fast {
    pub(crate) count: usize,
    pub(crate) named: [Named; 2],
    /// What each object's `version` said, against the questionnaire's version (`Absent` also
    /// for a non-string, which the one-file path ignores too).
    pub(crate) version: [Named; 2],
}

/// What the scanner needs of a questionnaire, made once: the items in the two orders lines
/// write them in ([`Order`]), and the fixed head of a line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ItemKeys {
    /// The questionnaire's own order, then the order of the ids (as `serde_json`'s maps,
    /// `jq -S` and `sort_keys` write answers).
    orders: [Order; 2],
    /// `"questionnaire":"<id>","version":"<version>",`, the fields a line of a batch starts
    /// with; empty where the id or the version would need escapes in JSON (then never used).
    head: Vec<u8>,
    /// The keys of the fields after the head, in the order batch lines write them, each with
    /// its field's number in [`Scanner::object`].
    fields: Vec<(ItemKey, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
struct ItemKey {
    key: Vec<u8>,
    /// The key's first 32 bytes as four words, zeros past its end, and which bytes of each
    /// word are the key's: what [`ItemKey::starts`] compares.
    words: [u64; 4],
    masks: [u64; 4],
    /// Bit `d` is set when the digit `d` is on the item's scale (as `Scale::holds` says).
    digits: u16,
}

/// Keys of no questionnaire, for a scanner that only walks JSON.
static NO_KEYS: ItemKeys = ItemKeys {
    orders: [Order::NONE, Order::NONE],
    head: Vec::new(),
    fields: Vec::new(),
};

/// The items of a questionnaire in one order that lines write them in: per place the key as
/// compact JSON writes it (`"id":`) and which single digits are on the item's scale, the
/// whole `answers` run as compact JSON writes it in this order ([`Skeleton`]), and which
/// item is at each place.
#[derive(Debug, Clone, PartialEq)]
struct Order {
    keys: Vec<ItemKey>,
    skeleton: Skeleton,
    /// Per place, the item there (its index in the questionnaire).
    item: Vec<usize>,
    /// Per item, its place.
    place: Vec<usize>,
    /// Whether this is the questionnaire's own order (each item at its own place), where a
    /// run of places is a run of items, taken as one.
    own: bool,
}

impl Order {
    const NONE: Order = Order {
        keys: Vec::new(),
        skeleton: Skeleton {
            low: Vec::new(),
            span: Vec::new(),
            starts: Vec::new(),
            item_of: Vec::new(),
            holes: Vec::new(),
        },
        item: Vec::new(),
        place: Vec::new(),
        own: true,
    };

    /// The items of `keys` (one per item of the questionnaire) in the order of `item`.
    fn new(keys: &[ItemKey], item: Vec<usize>) -> Self {
        let keys: Vec<ItemKey> = item.iter().map(|&i| keys[i].clone()).collect();
        let mut place = vec![usize::MAX; item.len()];
        for (at, &i) in item.iter().enumerate() {
            place[i] = at;
        }
        Order {
            skeleton: Skeleton::new(&keys),
            own: item.iter().enumerate().all(|(at, &i)| at == i),
            keys,
            item,
            place,
        }
    }

    /// The item after item `item` in this order (the first for `None`).
    fn item_after(&self, item: Option<usize>) -> Option<usize> {
        let at = item.map_or(Some(0), |i| self.place.get(i)?.checked_add(1))?;
        self.item.get(at).copied()
    }

    /// The item at place `n`: `n` itself in the questionnaire's own order (`OWN`, which
    /// [`Self::own`] says), with no look at the table.
    #[inline]
    fn item_at<const OWN: bool>(&self, n: usize) -> Option<usize> {
        if OWN {
            Some(n)
        } else {
            self.item.get(n).copied()
        }
    }

    /// The digits of the places `n..m`, which `run` holds where the skeleton has them, into
    /// their items' `values`, each marked given: whether none was given before. `OWN` as
    /// for [`Self::item_at`].
    #[inline]
    fn take_run<const OWN: bool>(
        &self,
        run: &[u8],
        (n, m): (usize, usize),
        values: &mut [Option<i64>],
        given: &mut Given,
    ) -> Option<bool> {
        if OWN {
            self.skeleton.take_digits(run, (n, m), values)?;
            return Some(given.first_times(n, m));
        }
        let from = *self.skeleton.starts.get(n)?;
        let (holes, items) = (self.skeleton.holes.get(n..m)?, self.item.get(n..m)?);
        let mut fresh = true;
        for (&hole, &i) in holes.iter().zip(items) {
            let digit = *run.get(hole.wrapping_sub(from))?;
            *values.get_mut(i)? = Some(i64::from(digit) - i64::from(b'0'));
            fresh &= given.first_time(i);
        }
        Some(fresh)
    }
}

impl ItemKeys {
    pub(crate) fn new(q: &Questionnaire) -> Self {
        let items: Vec<ItemKey> = q
            .items
            .iter()
            .map(|item| {
                let scale = q.scale_of(item);
                let digits = (0..10u8)
                    .filter(|&d| scale.holds(i64::from(d)))
                    .fold(0, |bits, d| bits | 1 << d);
                // Ids are `[a-z0-9-]+` (the validator sees to it): nothing to escape.
                ItemKey::new(format!("\"{}\":", item.id).into_bytes(), digits)
            })
            .collect();
        let plain = |s: &str| plain_len(s.as_bytes()) == s.len();
        let head = if plain(&q.id) && plain(&q.version) {
            format!(
                "\"questionnaire\":\"{}\",\"version\":\"{}\",",
                q.id, q.version
            )
            .into_bytes()
        } else {
            Vec::new()
        };
        let fields = [("respondent", 1), ("partner", 2), ("answers", 3)]
            .map(|(key, field)| (ItemKey::new(format!("\"{key}\":").into_bytes(), 0), field));
        let asked = (0..items.len()).collect();
        let by_id =
            std::iter::successors(q.item_after_by_id(None), |&i| q.item_after_by_id(Some(i)))
                .take(items.len())
                .collect();
        ItemKeys {
            orders: [Order::new(&items, asked), Order::new(&items, by_id)],
            head,
            fields: fields.into(),
        }
    }
}

/// The `answers` of a questionnaire as compact JSON writes them when every item is given,
/// in order, one digit: `"a":0,"b":0,…,"z":0}`, laid out once as the range of bytes each
/// place may hold (one byte where the run has a fixed byte, the digits on the item's scale
/// where it has a digit). Most lines of a batch hold long stretches of it, which
/// [`Skeleton::matched`] finds 64 bytes at a time, digits checked on their scales too, with
/// no branch per item.
#[derive(Debug, Clone, PartialEq)]
struct Skeleton {
    /// Per byte of the run, the lowest byte a line may hold there; then [`BLOCK`] bytes of
    /// padding so that a block from any byte of the run is in bounds (what the padding holds
    /// never counts: a match is cut at the run's end).
    low: Vec<u8>,
    /// Per byte, how far above `low` the line's byte may be: 0 but at the digits.
    span: Vec<u8>,
    /// Where each item's key starts in the run, then where the run ends.
    starts: Vec<usize>,
    /// For each byte of the run, the item it belongs to (the item's key, its digit and the
    /// `,` or `}` after it); for the run's end, the number of items.
    item_of: Vec<u16>,
    /// Per item, where its digit is in the run.
    holes: Vec<usize>,
}

/// How many bytes [`Skeleton::common`] compares at once.
const BLOCK: usize = 64;

impl Skeleton {
    /// The skeleton of these items; an empty one, which matches nothing, for more items than
    /// [`Given`] holds or an item whose scale holds no single digit.
    fn new(items: &[ItemKey]) -> Self {
        let mut s = Skeleton {
            low: Vec::new(),
            span: Vec::new(),
            starts: Vec::new(),
            item_of: Vec::new(),
            holes: Vec::new(),
        };
        // The digits of each scale as a range (they are one: a scale is `min..=max`).
        let ranges: Option<Vec<(u8, u8)>> = items
            .iter()
            .map(|item| {
                let d = u32::from(item.digits);
                if d == 0 || d >= 1 << 10 {
                    return None;
                }
                // At most 9 and at least 0: the casts cannot cut.
                let (low, high) = (d.trailing_zeros(), 31 - d.leading_zeros());
                let range = (1u32 << (high + 1)) - (1 << low);
                (d == range).then_some((low as u8, (high - low) as u8))
            })
            .collect();
        let Some(ranges) = ranges.filter(|_| !items.is_empty() && items.len() <= Given::MOST)
        else {
            return s;
        };
        for (i, (item, (low, span))) in items.iter().zip(ranges).enumerate() {
            s.starts.push(s.low.len());
            s.holes.push(s.low.len() + item.key.len());
            let close = if i + 1 == items.len() { b'}' } else { b',' };
            s.low.extend(item.key.iter().chain([&(b'0' + low), &close]));
            s.span.extend(item.key.iter().map(|_| 0).chain([span, 0]));
            let within = u16::try_from(i).unwrap_or(u16::MAX);
            s.item_of.resize(s.low.len(), within);
        }
        s.starts.push(s.low.len());
        s.item_of
            .push(u16::try_from(items.len()).unwrap_or(u16::MAX));
        s.low.resize(s.low.len() + BLOCK, 0);
        s.span.resize(s.span.len() + BLOCK, 0);
        s
    }

    /// The items from item `n` on that `line` starts with as the run has them, each with a
    /// digit on its scale: the item after the last of them, and the bytes they take.
    ///
    /// With them, whether the line holds the next item's key where the run has it (and
    /// differs only from its digit on): most often a `null`.
    ///
    /// Always inlined: called from the loop of each order, where it runs several times a line.
    #[inline(always)]
    fn matched(&self, line: &[u8], n: usize) -> (usize, usize, bool) {
        let (Some(&from), Some(&end)) = (self.starts.get(n), self.starts.last()) else {
            return (n, 0, false);
        };
        let same = from + self.common(line, from, end);
        let Some(m) = self.item_of.get(same).map(|&m| usize::from(m)) else {
            return (n, 0, false);
        };
        let keyed = self.holes.get(m).is_some_and(|&hole| same >= hole);
        let used = self.starts.get(m).map_or(0, |&at| at - from);
        (m, used, keyed)
    }

    /// How many bytes of `line` are as the run has them from byte `from` (below `end`, the
    /// run's end): whole blocks of 64 bytes checked at once, and the first byte that is not
    /// looked for only in the block that holds it.
    fn common(&self, line: &[u8], from: usize, end: usize) -> usize {
        let have = line.len().min(end.saturating_sub(from));
        let (Some(low), Some(span)) = (self.low.get(from..), self.span.get(from..)) else {
            return 0;
        };
        let mut blocks = line[..have].chunks_exact(BLOCK);
        let runs = low.chunks_exact(BLOCK).zip(span.chunks_exact(BLOCK));
        for (k, (got, (low, span))) in blocks.by_ref().zip(runs).enumerate() {
            if let Some(at) = first_outside(got, low, span) {
                return BLOCK * k + at;
            }
        }
        // The last bytes, fewer than a block, with zeros after them (which never count: a
        // match is cut at the line's end); the padding keeps the run's block in bounds.
        let left = blocks.remainder();
        let at = have - left.len();
        let mut tail = [0; BLOCK];
        tail[..left.len()].copy_from_slice(left);
        match (low.get(at..), span.get(at..)) {
            (Some(low), Some(span)) => {
                first_outside(&tail, low, span).map_or(have, |d| (at + d).min(have))
            }
            _ => at,
        }
    }

    /// The digits of items `n..m`, which `run` (the bytes from item `n`'s key) holds where
    /// the skeleton has them (and [`Self::matched`] found on their scales), into `values`.
    fn take_digits(
        &self,
        run: &[u8],
        (n, m): (usize, usize),
        values: &mut [Option<i64>],
    ) -> Option<()> {
        let from = *self.starts.get(n)?;
        let (holes, values) = (self.holes.get(n..m)?, values.get_mut(n..m)?);
        // Each digit is within `run` (where `matched` found it); were one not, `0` would
        // stand in, with no branch out of the loop, which is then unrolled.
        for (&hole, slot) in holes.iter().zip(values) {
            let digit = run.get(hole.wrapping_sub(from)).copied();
            *slot = Some(i64::from(digit.unwrap_or(b'0')) - i64::from(b'0'));
        }
        Some(())
    }
}

/// Where a byte of `got` is first outside its range (from `low` up to `span` more), if one
/// is; all three are at least [`BLOCK`] long (only that much is looked at). A byte in its
/// range less its low, less its span with saturation, is zero: one pass over the block with
/// no branch, and a look for the byte only where there is one.
#[inline]
fn first_outside(got: &[u8], low: &[u8], span: &[u8]) -> Option<usize> {
    let (Some(got), Some(low), Some(span)) = (
        got.first_chunk::<BLOCK>(),
        low.first_chunk::<BLOCK>(),
        span.first_chunk::<BLOCK>(),
    ) else {
        return Some(0);
    };
    let outside = |((g, l), s): ((&u8, &u8), &u8)| g.wrapping_sub(*l).saturating_sub(*s);
    let places = || got.iter().zip(low).zip(span);
    if places().fold(0, |any, p| any | outside(p)) == 0 {
        return None;
    }
    let mut by = [0; BLOCK];
    for (b, p) in by.iter_mut().zip(places()) {
        *b = outside(p);
    }
    (0..BLOCK / 8)
        .map(|k| (k, word(&by, 8 * k)))
        .find(|&(_, w)| w != 0)
        .map(|(k, w)| 8 * k + w.trailing_zeros() as usize / 8)
}

/// How many bytes of a line [`ItemKey::starts`] compares at once.
const WIDE: usize = 32;

impl ItemKey {
    fn new(key: Vec<u8>, digits: u16) -> Self {
        let mut padded = [0; WIDE];
        let mut mask = [0; WIDE];
        for (at, &b) in key.iter().enumerate().take(WIDE) {
            (padded[at], mask[at]) = (b, 0xff);
        }
        ItemKey {
            key,
            words: [0, 8, 16, 24].map(|at| word(&padded, at)),
            masks: [0, 8, 16, 24].map(|at| word(&mask, at)),
            digits,
        }
    }

    /// Whether `line` starts with this key. Where the key is at most 32 bytes long (every
    /// bundled one is) and the line has 32 bytes more, four words compared under masks:
    /// fewer steps than a call to `memcmp` for a key this short, with no bounds to check.
    #[inline]
    fn starts(&self, line: &[u8]) -> bool {
        match line.first_chunk::<WIDE>() {
            Some(wide) if self.key.len() <= WIDE => {
                let mut diff = 0;
                for (k, (w, m)) in self.words.iter().zip(&self.masks).enumerate() {
                    diff |= (word(wide, 8 * k) ^ w) & m;
                }
                diff == 0
            }
            _ => line.starts_with(&self.key),
        }
    }
}

/// How many bytes `b` starts with that need no care inside a JSON string: up to a quote, a
/// backslash or a control character. Eight bytes at a time: in a word, the bytes that are
/// such are found by subtractions whose borrows can only mark bytes above the first such
/// byte, so the lowest mark is exact; the last few bytes one by one.
fn plain_len(b: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut words = b.chunks_exact(8);
    for (k, w) in words.by_ref().enumerate() {
        let w = word(w, 0);
        let marks = zero_byte(w ^ (ONES * u64::from(b'"')))
            | zero_byte(w ^ (ONES * u64::from(b'\\')))
            | (w.wrapping_sub(ONES * 0x20) & !w & HIGH);
        if marks != 0 {
            return 8 * k + marks.trailing_zeros() as usize / 8;
        }
    }
    let left = words.remainder();
    let at = b.len() - left.len();
    at + left
        .iter()
        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
        .unwrap_or(left.len())
}

/// The eight bytes of `b` from `at` as one word, the first byte lowest (the caller keeps
/// `at + 8` within `b`).
#[inline]
fn word(b: &[u8], at: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

/// Reads `line` with `q` (and its `keys`) into `out[0]` (and `out[1]` for an array of two);
/// `None` sends the line to the one-file path.
pub(crate) fn read_fast(
    q: &Questionnaire,
    keys: &ItemKeys,
    line: &[u8],
    out: &mut [Responses; 2],
) -> Option<Fast> {
    let mut s = Scanner {
        b: line,
        i: 0,
        keys,
    };
    let mut fast = Fast::default();
    match s.peek()? {
        b'{' => {
            (fast.named[0], fast.version[0]) = s.object(q, &mut out[0])?;
            fast.count = 1;
        }
        b'[' => {
            s.i += 1;
            for (i, slot) in out.iter_mut().enumerate() {
                (fast.named[i], fast.version[i]) = s.object(q, slot)?;
                fast.count = i + 1;
                if s.peek()? == b']' {
                    break;
                }
                s.expect(b',')?;
            }
            s.expect(b']')?;
        }
        _ => return None,
    }
    s.skip_whitespace();
    (s.i == line.len()).then_some(fast)
}

/// A position in a line of JSON, read forward. [`crate::answers`] uses it too, to locate an error, with no keys.
pub(crate) struct Scanner<'a> {
    pub(crate) b: &'a [u8],
    pub(crate) i: usize,
    keys: &'a ItemKeys,
}

impl<'a> Scanner<'a> {
    /// A scanner of `b` from its start, knowing no questionnaire's keys.
    pub(crate) fn new(b: &'a [u8]) -> Self {
        Scanner {
            b,
            i: 0,
            keys: &NO_KEYS,
        }
    }

    /// JSON's whitespace: space, tab, line feed, carriage return.
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    /// The next byte after whitespace, not consumed.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.b.get(self.i).copied()
    }

    pub(crate) fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// `true`, `false` or `null` spelled out.
    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.skip_whitespace();
        let end = self.i + word.len();
        (self.b.get(self.i..end)? == word).then(|| self.i = end)
    }

    /// A string with no escapes, as its bytes between the quotes (checked to be UTF-8 by the
    /// caller where it matters). `None` for escapes and for control characters, which JSON
    /// does not allow raw.
    fn plain_string(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.i;
        self.i += self.plain_run();
        if self.b.get(self.i)? != &b'"' {
            return None;
        }
        let s = &self.b[start..self.i];
        self.i += 1;
        Some(s)
    }

    /// How many bytes from here need no care inside a string: up to a quote, a backslash, a
    /// control character or the end of the line ([`plain_len`]).
    fn plain_run(&self) -> usize {
        plain_len(self.b.get(self.i..).unwrap_or_default())
    }

    /// Whether the next string is exactly `id` (which needs no escapes); consumed if so.
    fn key_is(&mut self, id: &[u8]) -> bool {
        self.skip_whitespace();
        let start = self.i + 1;
        let end = start + id.len();
        let found = self.b.get(self.i) == Some(&b'"')
            && self.b.get(start..end) == Some(id)
            && self.b.get(end) == Some(&b'"');
        if found {
            self.i = end + 1;
        }
        found
    }

    /// A string, escapes decoded, into `out` (cleared first).
    pub(crate) fn string_into(&mut self, out: &mut String) -> Option<()> {
        out.clear();
        self.expect(b'"')?;
        let mut start = self.i;
        loop {
            self.i += self.plain_run();
            match *self.b.get(self.i)? {
                b'"' => break,
                b'\\' => {
                    out.push_str(std::str::from_utf8(&self.b[start..self.i]).ok()?);
                    self.i += 1;
                    out.push(self.escape()?);
                    start = self.i;
                }
                _ => return None, // a control character, which JSON does not allow raw
            }
        }
        out.push_str(std::str::from_utf8(&self.b[start..self.i]).ok()?);
        self.i += 1;
        Some(())
    }

    /// The character of an escape, after its backslash. A lone surrogate is not a character:
    /// `None`, as `serde_json` rejects it.
    fn escape(&mut self) -> Option<char> {
        let c = *self.b.get(self.i)?;
        self.i += 1;
        Some(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if (0xDC00..0xE000).contains(&high) {
                    return None;
                }
                if (0xD800..0xDC00).contains(&high) {
                    if self.b.get(self.i..self.i + 2)? != b"\\u" {
                        return None;
                    }
                    self.i += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    char::from_u32(high)?
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.b.get(self.i..self.i + 4)?).ok()?;
        if !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    /// A whole number of at most 18 digits (so it fits an `i64`), in JSON's form: no leading
    /// zeros, no `+`. A fraction or an exponent is left to the one-file path.
    fn integer(&mut self) -> Option<i64> {
        self.skip_whitespace();
        let negative = self.b.get(self.i) == Some(&b'-');
        if negative {
            self.i += 1;
        }
        let start = self.i;
        let rest = self.b.get(start..).unwrap_or_default();
        let digits = rest.iter().take_while(|d| d.is_ascii_digit()).count();
        if digits == 0 || digits > 18 || (digits > 1 && rest[0] == b'0') {
            return None;
        }
        // At most 18 digits: no overflow.
        let value = rest[..digits]
            .iter()
            .fold(0i64, |v, &d| v * 10 + i64::from(d - b'0'));
        self.i += digits;
        if let Some(b'.' | b'e' | b'E') = self.b.get(self.i) {
            return None;
        }
        Some(if negative { -value } else { value })
    }

    /// A value under a key the answers format does not use: a plain string, a whole number,
    /// `true`, `false` or `null`. Anything else goes to the one-file path.
    fn skip_scalar(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => std::str::from_utf8(self.plain_string()?).ok().map(drop),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            _ => self.integer().map(drop),
        }
    }

    /// One answers object into `out`: what its `questionnaire` and its `version` named.
    fn object(&mut self, q: &Questionnaire, out: &mut Responses) -> Option<(Named, Named)> {
        self.expect(b'{')?;
        // Sized once; [`Self::answers`] sets every slot (`None` for each item not given).
        if out.values.len() != q.items.len() {
            out.values.clear();
            out.values.resize(q.items.len(), None);
        }
        // The strings of the last line's `completed` and `lang`, to be read into again.
        let mut spare_time = out.completed.take();
        let mut spare_lang = out.lang.take();
        out.unfinished = false;
        let mut named = Named::Absent;
        let mut version = Named::Absent;
        let mut seen = [false; 7];
        // The head most lines of a batch start with, `questionnaire` and `version` as this
        // questionnaire's, taken at once.
        let head = &self.keys.head;
        if !head.is_empty() && self.b.get(self.i..).is_some_and(|b| b.starts_with(head)) {
            self.i += head.len();
            (named, version) = (Named::Same, Named::Same);
            (seen[0], seen[4]) = (true, true);
        }
        // The fields after the head, in the order batch lines write them: each compared
        // with the next bytes as a whole, key and colon, before a key is read the general way.
        let mut order = self.keys.fields.iter().peekable();
        loop {
            let rest = self.b.get(self.i..).unwrap_or_default();
            let field = match order.next_if(|(key, _)| key.starts(rest)) {
                Some((key, field)) => {
                    self.i += key.key.len();
                    *field
                }
                None => {
                    let key = self.plain_string()?;
                    self.expect(b':')?;
                    match key {
                        b"questionnaire" => 0,
                        b"respondent" => 1,
                        b"partner" => 2,
                        b"answers" => 3,
                        b"version" => 4,
                        b"completed" => 5,
                        b"lang" => 6,
                        _ => {
                            std::str::from_utf8(key).ok()?;
                            self.skip_scalar()?;
                            7
                        }
                    }
                }
            };
            if field < 7 && std::mem::replace(&mut seen[field], true) {
                return None; // a duplicate field, which the one-file path rejects
            }
            match field {
                0 if self.peek()? == b'n' => self.literal(b"null")?,
                0 => {
                    named = if self.plain_string()? == q.id.as_bytes() {
                        Named::Same
                    } else {
                        Named::Other
                    }
                }
                1 => self.name(&mut out.respondent)?,
                2 => self.name(&mut out.partner)?,
                3 => self.answers(q, &mut out.values)?,
                4 if self.peek()? == b'"' => {
                    version = if self.plain_string()? == q.version.as_bytes() {
                        Named::Same
                    } else {
                        Named::Other
                    }
                }
                // A time is kept, trimmed as the one-file path trims it; `null` marks
                // unfinished answers, which the report mentions; any other value is no
                // time, as there.
                5 if self.peek()? == b'"' => {
                    let mut time = spare_time.take().unwrap_or_default();
                    self.string_into(&mut time)?;
                    trim_in_place(&mut time);
                    out.completed = Some(time);
                }
                5 if self.peek()? == b'n' => {
                    self.literal(b"null")?;
                    out.unfinished = true;
                }
                // The language, as written; any other value is none, as there.
                6 if self.peek()? == b'"' => {
                    let mut lang = spare_lang.take().unwrap_or_default();
                    self.string_into(&mut lang)?;
                    out.lang = Some(lang);
                }
                4..=6 => self.skip_scalar()?,
                _ => {}
            }
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => break,
                _ => return None,
            }
        }
        self.i += 1;
        (seen[1] && seen[2] && seen[3]).then_some((named, version))
    }

    /// A name, trimmed as the one-file path trims it.
    fn name(&mut self, out: &mut String) -> Option<()> {
        self.string_into(out)?;
        trim_in_place(out);
        Some(())
    }

    /// The `answers` object: each item's value checked against its scale, and every item
    /// not given set to `None`.
    fn answers(&mut self, q: &Questionnaire, values: &mut [Option<i64>]) -> Option<()> {
        let mut given = Given::new(q.items.len())?;
        self.given_items(q, values, &mut given)?;
        given.leave_out_the_rest(values);
        Some(())
    }

    /// The items of the `answers` object into `values`, each marked in `given`.
    fn given_items(
        &mut self,
        q: &Questionnaire,
        values: &mut [Option<i64>],
        given: &mut Given,
    ) -> Option<()> {
        self.expect(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        let orders = &self.keys.orders;
        // The order the items come in (the questionnaire's, or their ids'), the place in it
        // of the item looked for next, and the item read last.
        let (mut by, mut next, mut last) = (0, 0, None);
        loop {
            let order = &orders[by];
            let from = next;
            // Every item the compact loop reads starts with its key's quote (after any
            // whitespace, which the general way skips too): other lines do not call it.
            let closed = match (self.peek(), order.own) {
                (Some(b'"'), true) => self.compact_items::<true>(values, given, &mut next, order),
                (Some(b'"'), false) => self.compact_items::<false>(values, given, &mut next, order),
                _ => Some(false),
            };
            if closed? {
                return Some(());
            }
            if next != from {
                last = order.item.get(next - 1).copied();
            }
            // Any other form: whitespace, a number of more than one digit, an item out of
            // order. Ids are `[a-z0-9-]+`, so the id and a closing quote are the whole key.
            // The item next in this order is looked for first, then the one after the last
            // in the other order, which the items go on in from then on.
            let key_is = |scanner: &mut Self, i: usize| scanner.key_is(q.items[i].id.as_bytes());
            let i = if let Some(i) = order.item.get(next).copied().filter(|&i| key_is(self, i)) {
                i
            } else if let Some(i) = orders[1 - by].item_after(last).filter(|&i| key_is(self, i)) {
                by = 1 - by;
                i
            } else {
                q.item_index(std::str::from_utf8(self.plain_string()?).ok()?)?
            };
            last = Some(i);
            self.expect(b':')?;
            if !given.first_time(i) {
                return None;
            }
            values[i] = if self.peek()? == b'n' {
                self.literal(b"null")?;
                None
            } else {
                let scale = q.scale_of(&q.items[i]);
                let v = self.integer()?;
                if !scale.holds(v) {
                    return None; // the one-file path says what is allowed
                }
                Some(v)
            };
            next = orders[by].place.get(i)?.checked_add(1)?;
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => break,
                _ => return None,
            }
        }
        self.i += 1;
        Some(())
    }

    /// The run of items from here written as compact JSON writes them, `"id":4,` or
    /// `"id":null,` (`}` for the last), or spaced as `json.dumps` writes them (`"id": 4, `),
    /// each the item at place `next` of `order` or one of the two after it (items that do
    /// not apply are left out of a line). The stretches that are as the order's
    /// [`Skeleton`] has them are taken at once; each item where the line differs from it
    /// costs a comparison of its key in words and a look at a few bytes. Returns at the
    /// first item in another form, with `true` when the run closed the object; `None` for
    /// a value off its scale or an item given twice, which the one-file path words.
    ///
    /// Not inlined: on its own it keeps its few variables in registers, which inside
    /// [`Self::object`] it cannot. `OWN` for the questionnaire's own order
    /// ([`Order::item_at`]), where a place is its item.
    #[inline(never)]
    fn compact_items<const OWN: bool>(
        &mut self,
        values: &mut [Option<i64>],
        given: &mut Given,
        next: &mut usize,
        order: &Order,
    ) -> Option<bool> {
        // Keys and values cut to one length, no more than the bits hold.
        let len = order.keys.len().min(values.len()).min(Given::MOST);
        let (keys, values) = (&order.keys[..len], &mut values[..len]);
        let skeleton = &order.skeleton;
        let mut rest = self.b.get(self.i..).unwrap_or_default();
        let mut n = *next;
        let closed = loop {
            // The skeleton is tried only where a key follows at once: lines broken over
            // several, or spaced, are not compared with it at all. One space before a key,
            // as spaced writers (Python's `json.dumps`) put after each comma, is skipped.
            if let Some(b' ') = rest.first() {
                rest = &rest[1..];
            } else if rest.first() == Some(&b'"') {
                let (m, used, keyed) = skeleton.matched(rest, n);
                if m > n {
                    if !order.take_run::<OWN>(rest, (n, m), values, given)? {
                        return None;
                    }
                    (n, rest) = (m, rest.get(used..)?);
                    if n == len {
                        break true; // the skeleton ends with the object's `}`
                    }
                }
                // The item's key where the skeleton has it, then `null,`: taken at once, and the
                // skeleton goes on after it.
                let key = keys.get(n).map_or(0, |item| item.key.len());
                if let (true, Some([b'n', b'u', b'l', b'l', b','])) =
                    (keyed, rest.get(key..key + 5))
                {
                    let i = order.item_at::<OWN>(n)?;
                    if !given.first_time(i) {
                        return None;
                    }
                    *values.get_mut(i)? = None;
                    (n, rest) = (n + 1, rest.get(key + 5..)?);
                    continue;
                }
            }
            let item = match keys.get(n) {
                Some(item) if item.starts(rest) => item,
                _ => match (1..3)
                    .find(|&skip| keys.get(n + skip).is_some_and(|item| item.starts(rest)))
                {
                    Some(skip) => {
                        n += skip;
                        &keys[n]
                    }
                    None => break false,
                },
            };
            // The value, after one space where spaced writers put it.
            let after = &rest[item.key.len()..];
            let (value, used, close) = match *after {
                [d @ b'0'..=b'9', c @ (b',' | b'}'), ..] => (Some(d - b'0'), 2, c),
                [b'n', b'u', b'l', b'l', c @ (b',' | b'}'), ..] => (None, 5, c),
                [b' ', d @ b'0'..=b'9', c @ (b',' | b'}'), ..] => (Some(d - b'0'), 3, c),
                [b' ', b'n', b'u', b'l', b'l', c @ (b',' | b'}'), ..] => (None, 6, c),
                _ => break false, // read the general way
            };
            let i = order.item_at::<OWN>(n)?;
            if value.is_some_and(|d| item.digits >> d & 1 == 0) || !given.first_time(i) {
                return None;
            }
            *values.get_mut(i)? = value.map(i64::from);
            n += 1;
            rest = &after[used..];
            if close == b'}' {
                break true;
            }
        };
        self.i = self.b.len() - rest.len();
        *next = n;
        Some(closed)
    }
}

/// Which items of an `answers` object were given so far, to leave an item given twice to the
/// one-file path, which refuses it.
pub(crate) struct Given([u64; 16]);

impl Given {
    /// The most items the bits hold.
    const MOST: usize = 16 * 64;

    /// `None` for a questionnaire too large for the bits, which goes to the one-file path.
    fn new(items: usize) -> Option<Self> {
        (items <= Self::MOST).then_some(Given([0; 16]))
    }

    /// Marks items `from..to` given: whether none of them was before.
    fn first_times(&mut self, from: usize, to: usize) -> bool {
        let mut fresh = true;
        let mut i = from;
        while i < to {
            let (w, low) = (i / 64, i % 64);
            let high = (to - 64 * w).min(64);
            let bits = (u64::MAX >> (64 - (high - low))) << low;
            let Some(word) = self.0.get_mut(w) else {
                return false;
            };
            fresh &= *word & bits == 0;
            *word |= bits;
            i = 64 * w + high;
        }
        fresh
    }

    /// Sets the slot of every item not marked given to `None`: a look at each word of
    /// bits, and a step only per item left out.
    fn leave_out_the_rest(&self, values: &mut [Option<i64>]) {
        for (w, &word) in self.0.iter().enumerate() {
            let base = 64 * w;
            let Some(left) = values.len().checked_sub(base).filter(|&left| left > 0) else {
                break;
            };
            let mut missing = if left < 64 {
                !word & ((1 << left) - 1)
            } else {
                !word
            };
            while missing != 0 {
                if let Some(slot) = values.get_mut(base + missing.trailing_zeros() as usize) {
                    *slot = None;
                }
                missing &= missing - 1;
            }
        }
    }

    /// Marks item `i` given: whether it was not before.
    fn first_time(&mut self, i: usize) -> bool {
        let (Some(word), bit) = (self.0.get_mut(i / 64), 1u64 << (i % 64)) else {
            return false;
        };
        let first = *word & bit == 0;
        *word |= bit;
        first
    }
}

/// `s` trimmed as `str::trim` trims it, in place. A string that starts and ends with a
/// visible ASCII character (as names and times do) is left as it is without a look inside.
fn trim_in_place(s: &mut String) {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        return;
    }
    let end = s.trim_end().len();
    s.truncate(end);
    let start = s.len() - s.trim_start().len();
    s.drain(..start);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key of every length, on lines that hold it or differ from it in any one byte, long
    /// and short: the masked words say what `starts_with` says.
    #[test]
    fn a_key_is_found_as_starts_with_finds_it() {
        for len in 1..=40 {
            let id: String = (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect();
            let key = format!("\"{id}\":").into_bytes();
            let item = ItemKey::new(key.clone(), 0);
            for tail in [&b""[..], b"1", b"1,", &[b'x'; 40]] {
                let line = [&key[..], tail].concat();
                assert!(item.starts(&line), "{len} {tail:?}");
                for at in 0..line.len() {
                    let mut other = line.clone();
                    other[at] ^= 0x20;
                    assert_eq!(item.starts(&other), other.starts_with(&key), "{len} {at}");
                }
                for cut in 0..line.len() {
                    let short = &line[..cut];
                    assert_eq!(item.starts(short), short.starts_with(&key), "{len} {cut}");
                }
            }
        }
    }

    /// Items whose keys are of many lengths (some longer than a block, so that an item spans
    /// blocks), with scales of one digit, a few, all ten and a range off zero.
    fn odd_items() -> Vec<ItemKey> {
        let scales = [0b11_1111, 0b1, 0b11_1111_1111, 0b1110, 0b10_0000_0000];
        [1, 7, 2, 64, 3, 70, 5, 130, 1, 9, 4]
            .iter()
            .enumerate()
            .map(|(i, &len)| {
                let id: String = (0..len)
                    .map(|j| (b'a' + ((i + j) % 26) as u8) as char)
                    .collect();
                ItemKey::new(format!("\"{id}\":").into_bytes(), scales[i % scales.len()])
            })
            .collect()
    }

    /// What [`Skeleton::matched`] must find, the slow way: item by item from `n`, each key,
    /// a digit on its scale and the `,` (or the last `}`) compared byte by byte.
    fn matched_by_hand(items: &[ItemKey], line: &[u8], n: usize) -> (usize, usize) {
        let (mut k, mut at) = (n, 0);
        while let Some(item) = items.get(k) {
            let close = if k + 1 == items.len() { b'}' } else { b',' };
            let digit = line.get(at + item.key.len()).copied().unwrap_or(0);
            let whole = line.get(at..).is_some_and(|l| l.starts_with(&item.key))
                && digit.is_ascii_digit()
                && item.digits >> (digit - b'0') & 1 == 1
                && line.get(at + item.key.len() + 1) == Some(&close);
            if !whole {
                break;
            }
            (k, at) = (k + 1, at + item.key.len() + 2);
        }
        (k, at)
    }

    /// Runs with random digits, each changed at one byte, or cut short, or both, matched from
    /// every item on: the blocks find the items the byte-by-byte walk finds, and the digits
    /// taken are the ones written.
    #[test]
    fn the_skeleton_matches_as_a_walk_item_by_item_does() {
        use rand_chacha::ChaCha8Rng;
        use rand_core::{Rng, SeedableRng};
        let items = odd_items();
        let skeleton = Skeleton::new(&items);
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        let mut pick = |n: usize| (rng.next_u64() % n as u64) as usize;
        let mut whole = 0;
        for round in 0..3000 {
            let mut line = Vec::new();
            let mut starts = Vec::new();
            for (k, item) in items.iter().enumerate() {
                starts.push(line.len());
                let on: Vec<u8> = (0..10).filter(|d| item.digits >> d & 1 == 1).collect();
                line.extend(&item.key);
                line.push(b'0' + on[pick(on.len())]);
                line.push(if k + 1 == items.len() { b'}' } else { b',' });
            }
            starts.push(line.len());
            line.extend(b"}\n");
            if round % 3 != 0 {
                let at = pick(line.len());
                line[at] = b"0123456789,}\":x \0\xff"[pick(17)];
            }
            if round % 4 == 0 {
                line.truncate(pick(line.len() + 1));
            }
            for n in 0..=items.len() {
                let from = starts[n].min(line.len());
                let (m, used, keyed) = skeleton.matched(&line[from..], n);
                assert_eq!(
                    (m, used),
                    matched_by_hand(&items, &line[from..], n),
                    "{round} {n}"
                );
                let key_there = items
                    .get(m)
                    .is_some_and(|item| line[from + used..].starts_with(&item.key));
                assert_eq!(keyed, key_there, "{round} {n}");
                let mut values = vec![None; items.len()];
                skeleton
                    .take_digits(&line[from..], (n, m), &mut values)
                    .unwrap();
                for k in n..m {
                    let digit = line[starts[k] + items[k].key.len()];
                    assert_eq!(values[k], Some(i64::from(digit - b'0')), "{round} {k}");
                }
                whole += usize::from(n == 0 && m == items.len());
            }
        }
        assert!(whole > 500, "{whole} whole runs");
    }

    /// Each bundled questionnaire's two orders: the ids' is the one `item_after_by_id` walks,
    /// each place is where its item is; the run of every item in either order, compact, is
    /// matched whole by that order's skeleton, each digit taken into its own item's value, and
    /// taken again it is items given twice.
    #[test]
    fn a_run_in_either_order_is_matched_whole() {
        for b in crate::questionnaire::BUNDLED {
            let q = b.load().unwrap();
            let keys = ItemKeys::new(&q);
            let walked: Vec<usize> =
                std::iter::successors(q.item_after_by_id(None), |&i| q.item_after_by_id(Some(i)))
                    .collect();
            assert_eq!(keys.orders[1].item, walked);
            assert!(keys.orders[0].own && !keys.orders[1].own);
            for order in &keys.orders {
                let len = q.items.len();
                assert_eq!(order.item.len(), len);
                let mut run = Vec::new();
                let mut digits = vec![0; len];
                for (at, (key, &i)) in order.keys.iter().zip(&order.item).enumerate() {
                    assert_eq!(order.place[i], at);
                    assert_eq!(order.item_after(Some(i)), order.item.get(at + 1).copied());
                    assert_eq!(key.key, format!("\"{}\":", q.items[i].id).into_bytes());
                    let on: Vec<u8> = (0..10).filter(|d| key.digits >> d & 1 == 1).collect();
                    digits[i] = on[(at * 7) % on.len()];
                    run.extend(&key.key);
                    run.push(b'0' + digits[i]);
                    run.push(if at + 1 == len { b'}' } else { b',' });
                }
                assert_eq!(order.item_after(None), order.item.first().copied());
                let (m, used, _) = order.skeleton.matched(&run, 0);
                assert_eq!((m, used), (len, run.len()), "{}", q.id);
                let mut values = vec![None; len];
                let mut given = Given::new(len).unwrap();
                let mut take = |values: &mut [Option<i64>]| match order.own {
                    true => order.take_run::<true>(&run, (0, m), values, &mut given),
                    false => order.take_run::<false>(&run, (0, m), values, &mut given),
                };
                assert_eq!(take(&mut values), Some(true));
                for (i, v) in values.iter().enumerate() {
                    assert_eq!(*v, Some(i64::from(digits[i])), "{} {i}", q.id);
                }
                assert_eq!(take(&mut values), Some(false));
                // From a place on, the rest of the run.
                let from = order.skeleton.starts[len / 2];
                let (m, used, _) = order.skeleton.matched(&run[from..], len / 2);
                assert_eq!((m, used), (len, run.len() - from));
            }
        }
    }

    /// No skeleton where a scale holds no single digit, nor for no items: every line is then
    /// read item by item.
    #[test]
    fn no_skeleton_for_a_scale_without_a_digit() {
        let mut items = odd_items();
        items[3].digits = 0;
        let skeleton = Skeleton::new(&items);
        assert!(skeleton.starts.is_empty());
        assert_eq!(skeleton.matched(b"\"a\":1,", 0), (0, 0, false));
        assert_eq!(Skeleton::new(&[]).matched(b"}", 0), (0, 0, false));
    }

    /// Marking a range of items given: whether one was given before, as one at a time says.
    #[test]
    fn first_times_marks_a_range_as_first_time_does() {
        for (before, from, to) in [
            (5, 0, 5),
            (5, 6, 200),
            (63, 0, 64),
            (64, 0, 64),
            (127, 60, 130),
            (1023, 0, 1024),
            (3, 3, 4),
        ] {
            let (mut a, mut b) = (Given::new(1024).unwrap(), Given::new(1024).unwrap());
            a.first_time(before);
            b.first_time(before);
            let one_by_one = (from..to).fold(true, |fresh, i| b.first_time(i) & fresh);
            assert_eq!(a.first_times(from, to), one_by_one, "{before} {from}..{to}");
            assert_eq!(a.0, b.0, "{before} {from}..{to}");
        }
    }

    /// The items not given, and only they, are set to `None`, for any number of items.
    #[test]
    fn the_items_not_given_are_left_out() {
        for len in [0, 1, 5, 63, 64, 65, 102, 128, 1000, 1024] {
            let mut given = Given::new(len).unwrap();
            let marked: Vec<usize> = (0..len).filter(|i| i % 3 != 1 && i % 61 != 0).collect();
            for &i in &marked {
                given.first_time(i);
            }
            let mut values = vec![Some(7); len];
            given.leave_out_the_rest(&mut values);
            for (i, v) in values.iter().enumerate() {
                assert_eq!(v.is_some(), marked.contains(&i), "{len} {i}");
            }
        }
    }

    /// The words find what a look at each byte finds, for every byte at every place of
    /// strings of every length up to three words and a bit.
    #[test]
    fn plain_len_stops_where_a_byte_by_byte_look_stops() {
        let by_bytes = |b: &[u8]| {
            b.iter()
                .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                .unwrap_or(b.len())
        };
        for len in 0..28 {
            let base: Vec<u8> = (0..len).map(|i| b"aZ9 ~\x7f\xc3\xa9-_"[i % 10]).collect();
            assert_eq!(plain_len(&base), by_bytes(&base), "{base:?}");
            for at in 0..len {
                for c in 0..=255u8 {
                    let mut b = base.clone();
                    b[at] = c;
                    assert_eq!(plain_len(&b), by_bytes(&b), "{b:?}");
                    // A second such byte later, and one before it, which borrows reach.
                    if at + 3 < len {
                        b[at + 3] = b'"';
                        assert_eq!(plain_len(&b), by_bytes(&b), "{b:?}");
                    }
                }
            }
        }
    }

    /// Trimmed in place as `str::trim` trims.
    #[test]
    fn trim_in_place_trims_as_trim_does() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a\u{2003}",
            "é",
            " é ",
            "Zoë",
            "\u{85}x",
            "a\u{7f}",
            "\t\r\n a b \n",
        ] {
            let mut t = s.to_owned();
            trim_in_place(&mut t);
            assert_eq!(t, s.trim(), "{s:?}");
        }
    }
}
