//! One JSON Lines line parsed straight into checked [`Responses`], for batch work.
//!
//! The one-file path ([`super::parse_file`], then [`AnswerSet::check`](super::AnswerSet::check))
//! builds an `AnswerSet` with an owned string per item id before checking anything. A batch of
//! a million lines cannot afford that, so this parser is seeded with the questionnaire: each
//! item id is looked up as it is read, without allocating (first a guess that items come in
//! questionnaire order, then the id index), and each value is checked against its item's scale
//! and written into responses that are reused from line to line.
//!
//! It is only a fast path. At the first thing it does not like, it gives up and
//! [`LineParser`] reads the line again the one-file way, so every message a line can earn is
//! exactly the message `score` gives for the same object in a file.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{AnswerSet, AnswerValue, AnswersError, Pair, Responses};
use crate::error::Error;
use crate::questionnaire::Questionnaire;

/// What a `questionnaire` field said, compared with the questionnaire the line was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Named {
    /// No `questionnaire` field.
    #[default]
    Absent,
    /// The same id.
    Same,
    /// Another id.
    Other,
}

/// The outcome of a fast read of one line (an object, or an array of one or two).
#[derive(Debug, Default)]
pub(super) struct Fast {
    /// How many answer objects the line held (1 or 2 when it succeeded).
    pub(super) count: usize,
    /// What each object's `questionnaire` field said.
    pub(super) named: [Named; 2],
}

/// Reads `line` with `q`, filling `out[0]` and `out[1]`. `None` means "read it the slow way":
/// bad JSON, a value off its scale, an unknown item, a missing field, too many objects.
pub(super) fn read_fast(q: &Questionnaire, line: &[u8], out: &mut [Responses; 2]) -> Option<Fast> {
    let mut fast = Fast::default();
    let mut de = serde_json::Deserializer::from_slice(line);
    LineSeed {
        q,
        out,
        fast: &mut fast,
    }
    .deserialize(&mut de)
    .ok()?;
    de.end().ok()?;
    Some(fast)
}

/// Gives up the fast read. The message is never shown: the slow path finds the real one.
fn give_up<E: de::Error>() -> E {
    E::custom("not on the fast path")
}

struct LineSeed<'a> {
    q: &'a Questionnaire,
    out: &'a mut [Responses; 2],
    fast: &'a mut Fast,
}

impl<'de> DeserializeSeed<'de> for LineSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LineSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answers object, or an array of two")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.fast.count = 1;
        self.fast.named[0] = ObjectSeed {
            q: self.q,
            out: &mut self.out[0],
        }
        .visit_map(map)?;
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for i in 0..2 {
            let seed = ObjectSeed {
                q: self.q,
                out: &mut self.out[i],
            };
            match seq.next_element_seed(seed)? {
                Some(named) => {
                    self.fast.named[i] = named;
                    self.fast.count = i + 1;
                }
                None => break,
            }
        }
        if self.fast.count == 0 || seq.next_element::<IgnoredAny>()?.is_some() {
            return Err(give_up());
        }
        Ok(())
    }
}

/// One answers object into one [`Responses`]; its value says what `questionnaire` named.
struct ObjectSeed<'a> {
    q: &'a Questionnaire,
    out: &'a mut Responses,
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = Named;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Named, D::Error> {
        d.deserialize_map(self)
    }
}

/// The top-level keys of an answers object.
enum Key {
    Questionnaire,
    Respondent,
    Partner,
    Answers,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "questionnaire" => Key::Questionnaire,
                    "respondent" => Key::Respondent,
                    "partner" => Key::Partner,
                    "answers" => Key::Answers,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = Named;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answers object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Named, A::Error> {
        self.out.values.clear();
        self.out.values.resize(self.q.items.len(), None);
        let mut named = Named::Absent;
        let (mut respondent, mut partner, mut answers) = (false, false, false);
        let mut seen_questionnaire = false;
        while let Some(key) = map.next_key::<Key>()? {
            // A repeated key is an error in the one-file path: let it say so.
            let seen = match key {
                Key::Questionnaire => &mut seen_questionnaire,
                Key::Respondent => &mut respondent,
                Key::Partner => &mut partner,
                Key::Answers => &mut answers,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            if std::mem::replace(seen, true) {
                return Err(give_up());
            }
            match key {
                Key::Questionnaire => {
                    named = map.next_value_seed(IdSeed(&self.q.id))?;
                }
                Key::Respondent => map.next_value_seed(NameSeed(&mut self.out.respondent))?,
                Key::Partner => map.next_value_seed(NameSeed(&mut self.out.partner))?,
                Key::Answers => map.next_value_seed(AnswersSeed {
                    q: self.q,
                    values: &mut self.out.values,
                })?,
                Key::Other => unreachable!("handled above"),
            }
        }
        if respondent && partner && answers {
            Ok(named)
        } else {
            Err(give_up())
        }
    }
}

/// A `questionnaire` value compared with the loaded id, without allocating. `null` counts as
/// absent, as it does in the one-file path.
struct IdSeed<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for IdSeed<'_> {
    type Value = Named;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Named, D::Error> {
        d.deserialize_any(self)
    }
}

impl Visitor<'_> for IdSeed<'_> {
    type Value = Named;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a questionnaire id")
    }
    fn visit_str<E>(self, v: &str) -> Result<Named, E> {
        Ok(if v == self.0 {
            Named::Same
        } else {
            Named::Other
        })
    }
    fn visit_unit<E>(self) -> Result<Named, E> {
        Ok(Named::Absent)
    }
}

/// A name, trimmed, into a reused string.
struct NameSeed<'a>(&'a mut String);

impl<'de> DeserializeSeed<'de> for NameSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for NameSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name")
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.clear();
        self.0.push_str(v.trim());
        Ok(())
    }
}

/// The `answers` object: each item id looked up, each value checked against its scale.
struct AnswersSeed<'a> {
    q: &'a Questionnaire,
    values: &'a mut Vec<Option<i64>>,
}

impl<'de> DeserializeSeed<'de> for AnswersSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for AnswersSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of item ids and answers")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let items = &self.q.items;
        // Answers usually come in questionnaire order (templates, simulate, saved files), so
        // the item after the last one is tried before the index.
        let mut next = 0;
        while let Some(i) = map.next_key_seed(ItemSeed { q: self.q, next })? {
            let scale = self.q.scale_of(&items[i]);
            self.values[i] = match map.next_value::<AnswerValue>()? {
                AnswerValue::Null => None,
                AnswerValue::Int(v) if (scale.min..=scale.max).contains(&v) => Some(v),
                _ => return Err(give_up()),
            };
            next = i + 1;
        }
        Ok(())
    }
}

/// An item id to its index, borrowing the key from the input where it can.
struct ItemSeed<'a> {
    q: &'a Questionnaire,
    next: usize,
}

impl<'de> DeserializeSeed<'de> for ItemSeed<'_> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for ItemSeed<'_> {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an item id")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        match self.q.items.get(self.next) {
            Some(item) if item.id == v => Ok(self.next),
            _ => self.q.item_index(v).ok_or_else(give_up),
        }
    }
}

/// Reads JSON Lines answers one line at a time into a [`Pair`] that is reused from line to
/// line, with each questionnaire loaded once.
#[derive(Debug)]
pub struct LineParser {
    /// `-q` was given: every line is read with `loaded[0]`.
    fixed: bool,
    /// The questionnaires loaded so far: the `-q` one, or the bundled ones lines named.
    loaded: Vec<Questionnaire>,
    /// The one the last line used, tried first for the next.
    current: usize,
    read: [Responses; 2],
    pair: Pair,
}

impl LineParser {
    /// Reads every line with `q` (the `-q` of `score` and `stats`).
    pub fn with(q: Questionnaire) -> Self {
        LineParser {
            fixed: true,
            loaded: vec![q],
            ..Self::by_name()
        }
    }

    /// Reads each line with the bundled questionnaire its first answer object names.
    pub fn by_name() -> Self {
        LineParser {
            fixed: false,
            loaded: Vec::new(),
            current: 0,
            read: Default::default(),
            pair: Pair::single(Responses::default()),
        }
    }

    /// Reads one line (an answers object, or an array of two) of `file`, numbered `line_no`.
    /// An error names the file and line, and the column of a JSON syntax error.
    pub fn read(
        &mut self,
        file: &str,
        line_no: u64,
        line: &[u8],
    ) -> Result<(&Questionnaire, &Pair), Error> {
        let fast = match self.loaded.get(self.current) {
            Some(q) => read_fast(q, line, &mut self.read).filter(|f| self.fits(f)),
            None => None,
        };
        match fast {
            Some(f) => self.take_read(f.count),
            None => self.read_slow(file, line, line_no)?,
        }
        Ok((&self.loaded[self.current], &self.pair))
    }

    /// Whether a fast read is one the slow path would accept as it is: the questionnaire it
    /// names, and names that pair up.
    fn fits(&self, fast: &Fast) -> bool {
        let names_ok = |r: &Responses| {
            !r.respondent.is_empty() && !r.partner.is_empty() && r.respondent != r.partner
        };
        let [a, b] = &self.read;
        let first_named =
            fast.named[0] == Named::Same || (self.fixed && fast.named[0] == Named::Absent);
        first_named
            && names_ok(a)
            && (fast.count == 1
                || (fast.named[1] != Named::Other
                    && names_ok(b)
                    && b.respondent == a.partner
                    && b.partner == a.respondent))
    }

    /// Moves the fast read into the pair, keeping every buffer for the next line.
    fn take_read(&mut self, count: usize) {
        std::mem::swap(&mut self.pair.first, &mut self.read[0]);
        if count == 2 {
            let mut second = self.pair.second.take().unwrap_or_default();
            std::mem::swap(&mut second, &mut self.read[1]);
            self.pair.second = Some(second);
        } else if let Some(spare) = self.pair.second.take() {
            self.read[1] = spare;
        }
    }

    /// The one-file path: slower, and the source of every error message.
    fn read_slow(&mut self, file: &str, line: &[u8], line_no: u64) -> Result<(), Error> {
        let located = |mut e: AnswersError| {
            e.line = Some(line_no);
            e
        };
        let sets: Vec<(String, AnswerSet)> = super::parse_file(file, line)
            .map_err(located)?
            .into_iter()
            .map(|s| (file.to_owned(), s))
            .collect();
        if !self.fixed {
            let bundled = super::named_questionnaire(&sets[0].1, file).map_err(located)?;
            self.current = match self.loaded.iter().position(|q| q.id == bundled.id) {
                Some(i) => i,
                None => {
                    self.loaded.push(bundled.load()?);
                    self.loaded.len() - 1
                }
            };
        }
        self.pair = super::pair_of(&self.loaded[self.current], &sets).map_err(located)?;
        Ok(())
    }
}
