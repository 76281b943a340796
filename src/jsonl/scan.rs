//! The fast path of [`LineParser`](super::LineParser): one JSON Lines line read straight into
//! reused [`Responses`], without building anything per item.
//!
//! It reads the JSON that answers files are made of: objects and arrays, strings (escapes
//! included), whole numbers, `true`, `false` and `null`, with any JSON whitespace. Each item
//! id is compared with the next item of the questionnaire first (answers are usually written
//! in questionnaire order), then looked up in the id index; each value is checked against
//! its item's scale as it is read.
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

/// What the scanner needs per item of a questionnaire, made once: the key as compact JSON
/// writes it (`"id":`) and the index of the item's scale.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ItemKeys {
    items: Vec<ItemKey>,
}

#[derive(Debug, Clone, PartialEq)]
struct ItemKey {
    key: Vec<u8>,
    scale: usize,
}

impl ItemKeys {
    pub(crate) fn new(q: &Questionnaire) -> Self {
        let items = q
            .items
            .iter()
            .map(|item| ItemKey {
                // Ids are `[a-z0-9-]+` (the validator sees to it): nothing to escape.
                key: format!("\"{}\":", item.id).into_bytes(),
                scale: item.scale,
            })
            .collect();
        ItemKeys { items }
    }
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
        keys: &keys.items,
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
    keys: &'a [ItemKey],
}

impl<'a> Scanner<'a> {
    /// A scanner of `b` from its start, knowing no questionnaire's keys.
    pub(crate) fn new(b: &'a [u8]) -> Self {
        Scanner { b, i: 0, keys: &[] }
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
        loop {
            match *self.b.get(self.i)? {
                b'"' => break,
                b'\\' => return None,
                c if c < 0x20 => return None,
                _ => self.i += 1,
            }
        }
        let s = &self.b[start..self.i];
        self.i += 1;
        Some(s)
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
            match *self.b.get(self.i)? {
                b'"' => break,
                b'\\' => {
                    out.push_str(std::str::from_utf8(&self.b[start..self.i]).ok()?);
                    self.i += 1;
                    out.push(self.escape()?);
                    start = self.i;
                }
                c if c < 0x20 => return None,
                _ => self.i += 1,
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
        let mut value: i64 = 0;
        while let Some(&d @ b'0'..=b'9') = self.b.get(self.i) {
            value = value * 10 + i64::from(d - b'0');
            self.i += 1;
        }
        let digits = self.i - start;
        if digits == 0 || digits > 18 || (digits > 1 && self.b[start] == b'0') {
            return None;
        }
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
        out.values.clear();
        out.values.resize(q.items.len(), None);
        out.completed = None;
        out.unfinished = false;
        out.lang = None;
        let mut named = Named::Absent;
        let mut version = Named::Absent;
        let mut seen = [false; 7];
        loop {
            let key = self.plain_string()?;
            self.expect(b':')?;
            let field = match key {
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
                    let mut time = String::new();
                    self.string_into(&mut time)?;
                    out.completed = Some(time.trim().to_owned());
                }
                5 if self.peek()? == b'n' => {
                    self.literal(b"null")?;
                    out.unfinished = true;
                }
                // The language, as written; any other value is none, as there.
                6 if self.peek()? == b'"' => {
                    let mut lang = String::new();
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
        let trimmed = out.trim();
        if trimmed.len() != out.len() {
            *out = trimmed.to_owned();
        }
        Some(())
    }

    /// The `answers` object: each item's value checked against its scale.
    fn answers(&mut self, q: &Questionnaire, values: &mut [Option<i64>]) -> Option<()> {
        // Which items were given, to leave an item given twice to the one-file path, which
        // refuses it; a questionnaire too large for the bits goes there whole.
        let mut given = [0u64; 16];
        if q.items.len() > given.len() * 64 {
            return None;
        }
        let mut first_time = |i: usize| {
            let (word, bit) = (i / 64, 1u64 << (i % 64));
            let first = given[word] & bit == 0;
            given[word] |= bit;
            first
        };
        self.expect(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        let mut next = 0;
        loop {
            // First the form compact JSON writes, with the next item's key: `"id":4,` or
            // `"id":null,`, checked in one comparison and a few bytes.
            if let Some(item) = self.keys.get(next)
                && let Some(after) = self.b[self.i..].strip_prefix(item.key.as_slice())
            {
                let compact = match *after {
                    [d @ b'0'..=b'9', b',' | b'}', ..] => Some((Some(i64::from(d - b'0')), 1)),
                    [b'n', b'u', b'l', b'l', b',' | b'}', ..] => Some((None, 4)),
                    _ => None, // anything else is read the general way below
                };
                if let Some((value, used)) = compact {
                    if value.is_some_and(|v| !q.scales[item.scale].holds(v)) || !first_time(next) {
                        return None; // the one-file path says what is allowed
                    }
                    values[next] = value;
                    self.i += item.key.len() + used + 1;
                    next += 1;
                    if after[used] == b'}' {
                        return Some(());
                    }
                    continue;
                }
            }
            let i = match q.items.get(next) {
                // Ids are `[a-z0-9-]+`, so the id and a closing quote are the whole key.
                Some(item) if self.key_is(item.id.as_bytes()) => next,
                _ => q.item_index(std::str::from_utf8(self.plain_string()?).ok()?)?,
            };
            self.expect(b':')?;
            if !first_time(i) {
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
            next = i + 1;
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => break,
                _ => return None,
            }
        }
        self.i += 1;
        Some(())
    }
}
