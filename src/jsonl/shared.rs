//! Strings and keys that every report of one questionnaire shares.
//!
//! A batch makes a million reports of one questionnaire. Cloning each dimension id, rule id
//! and prompt into every one of them, and escaping them again for JSON each time, cost more
//! than the scoring itself. These types hold such text once together with its JSON form,
//! made once with `serde_json`, so a report only copies a reference, and the JSON Lines
//! writer copies bytes. They serialize exactly as the plain strings and maps they replace.
//!
//! A [`Text`] is held once for the whole process ([`intern`]): not behind an `Arc`, whose
//! count each of the five or so warnings of a report took and gave back, an atomic step
//! each, a tenth of a batch's time. Texts are made only when a questionnaire is prepared
//! for scoring, so what is kept is the text of the questionnaires a run uses, once each.

use std::collections::HashSet;
use std::fmt;
use std::hash::Hash;
use std::ops::{Deref, Index};
use std::sync::{Arc, Mutex, PoisonError};

use serde::ser::{Serialize, SerializeMap, Serializer};

/// Text shared by many reports (an id, a prompt), with its JSON string form made once. Equal
/// texts are the very same one ([`intern`]), so comparing them compares addresses.
#[derive(Clone, Copy)]
pub struct Text(&'static TextInner);

#[derive(PartialEq, Eq, Hash)]
struct TextInner {
    text: String,
    json: Json,
}

impl Text {
    /// Shares `text`.
    pub fn new(text: &str) -> Self {
        static TEXTS: Interned<TextInner> = Mutex::new(None);
        Text(intern(
            &TEXTS,
            TextInner {
                text: text.to_owned(),
                json: Json::new(serde_json::to_string(text).expect("a string always serializes")),
            },
        ))
    }

    /// The text as a JSON string, quotes and escapes included.
    pub fn json(&self) -> &str {
        self.0.json.as_str()
    }

    /// The text as JSON writes it inside a string: [`Text::json`] without its quotes.
    #[inline]
    pub(crate) fn json_inside(&self) -> &[u8] {
        let json = self.json().as_bytes();
        json.get(1..json.len() - 1).unwrap_or_default()
    }

    /// Appends [`Text::json`] to `out`.
    #[inline]
    pub(crate) fn write_json(&self, out: &mut Vec<u8>) {
        self.0.json.write_to(out);
    }

    /// Whether `self` and `other` are the very same shared text (not only equal).
    #[inline]
    pub(crate) fn same(&self, other: &Text) -> bool {
        std::ptr::eq(self.0, other.0)
    }

    /// Where the shared text is, to spread texts over a table by.
    #[inline]
    pub(crate) fn address(&self) -> usize {
        std::ptr::from_ref(self.0).addr()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.same(other)
    }
}

impl Eq for Text {}

impl Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.address().hash(state);
    }
}

/// The values [`intern`] keeps, made when first asked for.
pub(crate) type Interned<T> = Mutex<Option<HashSet<&'static T>>>;

/// `value` held for the rest of the process, once: the one held already when an equal value
/// was interned before (so equal values are at one address), else `value`, kept in `table`.
/// For what a questionnaire's preparing makes (texts, message templates), never for what a
/// line holds: what is kept grows with the questionnaires used, not with the lines read.
pub(crate) fn intern<T: Eq + Hash + Send + Sync>(
    table: &'static Interned<T>,
    value: T,
) -> &'static T {
    let mut table = table.lock().unwrap_or_else(PoisonError::into_inner);
    let held = table.get_or_insert_with(HashSet::new);
    if let Some(&kept) = held.get(&value) {
        return kept;
    }
    let kept: &'static T = Box::leak(Box::new(value));
    held.insert(kept);
    kept
}

/// A piece of JSON made once, with a copy padded to [`BLOCK`] bytes when it fits one:
/// copying the whole block and cutting it back is cheaper than a copy of the exact length,
/// which calls `memcpy`, and most ids and keys are short.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Json {
    text: String,
    /// The text and zeros after it, when it fits.
    block: [u8; BLOCK],
}

/// Bytes of a [`Json`]'s padded copy.
const BLOCK: usize = 32;

impl Json {
    fn new(text: String) -> Self {
        let mut block = [0; BLOCK];
        if let Some(head) = block.get_mut(..text.len()) {
            head.copy_from_slice(text.as_bytes());
        }
        Json { text, block }
    }

    /// The JSON.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// Appends the JSON to `out`.
    #[inline]
    pub(crate) fn write_to(&self, out: &mut Vec<u8>) {
        let len = self.text.len();
        if len <= BLOCK {
            let end = out.len() + len;
            out.extend_from_slice(&self.block);
            out.truncate(end);
        } else {
            out.extend_from_slice(self.text.as_bytes());
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0.text
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0.text, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0.text == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0.text == *other
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.text)
    }
}

/// The keys of a [`Keyed`] map, in order. The JSON Lines writer lays out the text of maps
/// of them once ([`JsonLines`](super::JsonLines)).
#[derive(Debug, PartialEq, Eq)]
pub struct Keys {
    ids: Vec<String>,
}

impl Keys {
    /// Keys in this order.
    pub fn new<'a>(ids: impl IntoIterator<Item = &'a str>) -> Arc<Self> {
        let ids = ids.into_iter().map(str::to_owned).collect();
        Arc::new(Keys { ids })
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// An ordered map from ids to values whose keys are shared by every report of a
/// questionnaire: it serializes as a JSON object, like the `IndexMap` it replaces.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyed<V> {
    keys: Arc<Keys>,
    values: Vec<V>,
}

impl<V> Keyed<V> {
    /// One value per key, in the keys' order.
    pub fn new(keys: Arc<Keys>, values: Vec<V>) -> Self {
        assert_eq!(keys.len(), values.len(), "one value per key");
        Keyed { keys, values }
    }

    /// The values, to be written over in place, of the map once its keys are `keys` (any
    /// value it has no longer is `blank`): a batch writes each line's values over the last
    /// line's, whose keys are the same.
    pub(crate) fn values_for(&mut self, keys: &Arc<Keys>, blank: V) -> &mut [V]
    where
        V: Clone,
    {
        if !Arc::ptr_eq(&self.keys, keys) {
            self.keys = keys.clone();
        }
        if self.values.len() != keys.len() {
            self.values.clear();
            self.values.resize(keys.len(), blank);
        }
        &mut self.values
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let i = self.keys.ids.iter().position(|k| k == key)?;
        Some(&self.values[i])
    }

    /// The value of `key` and its place, looked for from place `from` on (then from the
    /// start): walking keys in the map's order finds each at the first look.
    pub fn get_from(&self, from: usize, key: &str) -> Option<(usize, &V)> {
        let ids = &self.keys.ids;
        let from = from.min(ids.len());
        let i = (from..ids.len()).chain(0..from).find(|&i| ids[i] == key)?;
        Some((i, &self.values[i]))
    }

    /// Whether `key` is there.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.keys.ids.iter()
    }

    /// The values, in order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.values.iter()
    }

    /// Keys and values, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.keys.ids.iter().zip(&self.values)
    }

    /// Whether this map's keys are `keys` (the very same, shared), so a place found in one
    /// map of them holds in every other.
    pub(crate) fn has_keys(&self, keys: &Arc<Keys>) -> bool {
        Arc::ptr_eq(&self.keys, keys)
    }

    /// The value at place `i` (in the keys' order).
    pub(crate) fn at(&self, i: usize) -> Option<&V> {
        self.values.get(i)
    }

    /// The keys, shared.
    pub(crate) fn shared_keys(&self) -> &Arc<Keys> {
        &self.keys
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

impl<V> Index<&str> for Keyed<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.get(key)
            .unwrap_or_else(|| panic!("no key `{key}` in this report"))
    }
}

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Zip<std::slice::Iter<'a, String>, std::slice::Iter<'a, V>>;
    fn into_iter(self) -> Self::IntoIter {
        self.keys.ids.iter().zip(&self.values)
    }
}

impl<V: Serialize> Serialize for Keyed<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.values.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A JSON Schema describes [`Text`] as the string it serializes as.
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "String".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}

/// A JSON Schema describes [`Keyed`] as the object it serializes as: a value per dimension
/// or group id.
impl<V: schemars::JsonSchema> schemars::JsonSchema for Keyed<V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Keyed_{}", V::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "additionalProperties": generator.subschema_for::<V>(),
        })
    }

    fn inline_schema() -> bool {
        true
    }
}
