//! [`LineParser`]: JSON Lines answers, one line at a time, into a reused [`Pair`].
//!
//! The one-file path ([`parse_file`], then [`AnswerSet::check`])
//! builds an `AnswerSet` with an owned string per item id before checking anything. A batch of
//! a million lines cannot afford that, so each line is first read by the scanner of
//! [`super::scan`], straight into responses reused from line to line. At the first thing the
//! scanner does not like, the line is read again the one-file way, so every message a line
//! can earn is exactly the message `score` gives for the same object in a file.

use super::scan::{Fast, ItemKeys, Named, read_fast};
use crate::answers::{
    AnswerSet, AnswersError, Pair, Responses, named_questionnaire, names_pair_up, pair_of,
    parse_file,
};
use crate::error::Error;
use crate::questionnaire::Questionnaire;

/// Reads JSON Lines answers one line at a time into a [`Pair`] that is reused from line to
/// line, with each questionnaire loaded once.
#[derive(Debug)]
pub struct LineParser {
    /// `-q` was given: every line is read with `loaded[0]`.
    fixed: bool,
    /// The questionnaires loaded so far: the `-q` one, or the bundled ones lines named, each
    /// with what the scanner needs of it and whether it is what a line without `version`
    /// means (the `-q` one, or a current bundled version).
    loaded: Vec<(Questionnaire, ItemKeys, bool)>,
    /// The one the last line used, tried first for the next.
    current: usize,
    read: [Responses; 2],
    pair: Pair,
}

impl LineParser {
    /// Reads every line with `q` (the `-q` of `score` and `stats`).
    pub fn with(q: Questionnaire) -> Self {
        let keys = ItemKeys::new(&q);
        LineParser {
            fixed: true,
            loaded: vec![(q, keys, true)],
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

    /// A new parser that reads as this one does (with the same `-q` questionnaire, or by
    /// name), for another thread.
    pub fn fresh(&self) -> Self {
        match (self.fixed, self.loaded.first()) {
            (true, Some((q, _, _))) => Self::with(q.clone()),
            _ => Self::by_name(),
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
        // The questionnaire of the last line first, then any other loaded (lines may mix).
        let (loaded, current) = (self.loaded.len(), self.current);
        let order = std::iter::once(current).chain((0..loaded).filter(|&i| i != current));
        let fast = order
            .filter(|&i| i < loaded)
            .find_map(|i| self.read_fast_with(i, line).map(|f| (i, f)));
        match fast {
            Some((i, f)) => {
                self.current = i;
                self.take_read(f.count);
            }
            None => self.read_slow(file, line, line_no)?,
        }
        Ok((&self.loaded[self.current].0, &self.pair))
    }

    /// A fast read of `line` with the `i`-th loaded questionnaire, when it is one the slow
    /// path would accept as it is.
    fn read_fast_with(&mut self, i: usize, line: &[u8]) -> Option<Fast> {
        let (q, keys, unversioned) = &self.loaded[i];
        read_fast(q, keys, line, &mut self.read)
            .filter(|f| fits(f, &self.read, self.fixed, *unversioned))
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
    #[cold]
    fn read_slow(&mut self, file: &str, line: &[u8], line_no: u64) -> Result<(), Error> {
        let located = |mut e: AnswersError| {
            e.line = Some(line_no);
            // A line that ends inside an object is most often a pretty-printed file.
            if e.message.contains("EOF while parsing") {
                e.message
                    .push_str(&crate::ui!("answers-jsonl-one-per-line"));
            }
            e
        };
        let sets: Vec<(String, AnswerSet)> = parse_file(file, line)
            .map_err(located)?
            .into_iter()
            .map(|s| (file.to_owned(), s))
            .collect();
        if !self.fixed {
            let bundled = named_questionnaire(&sets[0].1, file).map_err(located)?;
            let found = self
                .loaded
                .iter()
                .position(|(q, ..)| q.id == bundled.id && q.version == bundled.version);
            self.current = match found {
                Some(i) => i,
                None => {
                    let q = bundled.load()?;
                    let keys = ItemKeys::new(&q);
                    let current = crate::questionnaire::Bundled::find(bundled.id)
                        .is_some_and(|b| b.version == bundled.version);
                    self.loaded.push((q, keys, current));
                    self.loaded.len() - 1
                }
            };
        }
        self.pair = pair_of(&self.loaded[self.current].0, &sets).map_err(located)?;
        Ok(())
    }
}

/// Whether a fast read is one the one-file path accepts as it is: the questionnaire it names
/// (any, or none, with `-q`; else the first object must name it), the version each object
/// names (this one's, or none where none means this one), and names that pair up.
fn fits(fast: &Fast, read: &[Responses; 2], fixed: bool, unversioned: bool) -> bool {
    // The names are trimmed already, as the one-file path keeps them.
    let names_ok = |r: &Responses| names_pair_up(&r.respondent, &r.partner);
    let [a, b] = read;
    let first_named = fast.named[0] == Named::Same || (fixed && fast.named[0] == Named::Absent);
    let versioned = |v: Named| v == Named::Same || (unversioned && v == Named::Absent);
    let first_version = if fixed {
        fast.version[0] != Named::Other
    } else {
        versioned(fast.version[0])
    };
    first_named
        && first_version
        && (fast.count == 1 || fast.version[1] != Named::Other)
        && names_ok(a)
        && (fast.count == 1 || (fast.named[1] != Named::Other && names_ok(b) && a.pairs_with(b)))
}

#[cfg(test)]
mod tests {
    use rand_chacha::ChaCha8Rng;
    use rand_core::{Rng, SeedableRng};

    use super::*;
    use crate::questionnaire::BUNDLED;
    use crate::simulate::Simulation;

    /// The one-file path's reading of a line, as `score -q` would read it.
    fn slow(q: &Questionnaire, line: &[u8]) -> Option<Pair> {
        let sets = crate::answers::parse_file("-", line).ok()?;
        let sets: Vec<_> = sets.into_iter().map(|s| ("-".to_owned(), s)).collect();
        crate::answers::pair_of(q, &sets).ok()
    }

    /// The fast path's reading, when it takes the line.
    fn fast(q: &Questionnaire, line: &[u8]) -> Option<[Responses; 2]> {
        let mut read: [Responses; 2] = Default::default();
        let f = read_fast(q, &ItemKeys::new(q), line, &mut read)?;
        if !fits(&f, &read, true, true) {
            return None;
        }
        if f.count == 1 {
            read[1] = Responses::default();
        }
        Some(read)
    }

    /// When the fast path takes a line, the one-file path takes it too, with the same
    /// responses. Returns whether the fast path took it.
    fn agree(q: &Questionnaire, line: &[u8]) -> bool {
        let Some([a, b]) = fast(q, line) else {
            return false;
        };
        let text = String::from_utf8_lossy(line);
        let pair = slow(q, line).unwrap_or_else(|| panic!("fast took, slow refused: {text}"));
        assert_eq!(&a, pair.first(), "{text}");
        match pair.second() {
            Some(second) => assert_eq!(&b, second, "{text}"),
            None => assert_eq!(b, Responses::default(), "{text}"),
        }
        true
    }

    /// Variants of one simulated line that real files hold: the fast path must take them.
    fn variants(line: &str, version: &str) -> Vec<String> {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        let spaced = line.replace("\",\"", "\", \"").replace("\":", "\": ");
        let escaped = line.replace("-A\"", "-\\u00e9\\\"\\ud83d\\ude00 \"");
        // Simulated lines carry `version`; the keys the tool saves beside it, and unknown ones.
        let extra = line.replace(
            "{\"questionnaire\"",
            "{\"started\":\"2026-11-20T19:02:11Z\",\"completed\":null,\"seed\":-42,\"ok\":true,\"questionnaire\"",
        );
        let named = format!(",\"version\":\"{version}\"");
        assert!(line.contains(&named), "simulated lines name their version");
        // No version at all; and a version that is not a string, which is no version on
        // both paths.
        let unversioned = line.replace(&named, "");
        let odd_version = line.replace(&named, ",\"version\":2");
        // Items left out (as items that do not apply are): one, two, three and four in a row,
        // which the compact reading skips over or hands to the general one.
        let answers = value[0]["answers"]
            .as_object()
            .or(value["answers"].as_object())
            .unwrap();
        let ids: Vec<&String> = answers.keys().collect();
        let left_out = |from: usize, count: usize| {
            let mut out = line.to_owned();
            for id in &ids[from..from + count] {
                let item = format!("\"{id}\":{}", answers[*id]);
                out = out
                    .replace(&format!("{item},"), "")
                    .replace(&format!(",{item}}}"), "}");
            }
            out
        };
        let last = ids.len() - 1;
        vec![
            left_out(0, 1),
            left_out(1, 2),
            left_out(2, 3),
            left_out(1, 4),
            left_out(last, 1),
            left_out(last - 2, 3),
            // Names with room around them, trimmed by both paths (a no-break space too),
            // and names that end in a letter beyond ASCII.
            line.replace("\"P000001-A\"", "\" P000001-A\u{a0}\"")
                .replace("\"P000001-B\"", "\"P000001-B  \""),
            line.replace("P000001-A", "Zoë P000001-A")
                .replace("P000001-B", "P000001-B Zoë"),
            line.replace(
                "{\"questionnaire\"",
                "{\"lang\":\"de\",\"completed\":\"2026-11-20T19:17:40Z\",\"questionnaire\"",
            ),
            line.to_owned(),
            spaced,
            escaped,
            extra,
            unversioned,
            odd_version,
            line.replace(
                "{\"questionnaire\"",
                "{\"completed\":\" 2026-11-20T19:17:40+01:00\\u0020\",\"questionnaire\"",
            ),
            line.replace(
                "{\"questionnaire\"",
                "{\"completed\":1763666260,\"questionnaire\"",
            ),
            // Sorted keys (answers out of questionnaire order, in the order of their ids, as
            // `serde_json`'s own maps and `jq -S` write them), compact, with items left out
            // (the guess of the next id then misses), and with line breaks.
            serde_json::to_string(&value).unwrap(),
            {
                let mut gappy = value.clone();
                let answers = if gappy.is_array() {
                    &mut gappy[0]["answers"]
                } else {
                    &mut gappy["answers"]
                };
                let answers = answers.as_object_mut().unwrap();
                let keys: Vec<String> = answers.keys().cloned().collect();
                for k in keys.iter().step_by(7) {
                    answers.remove(k);
                }
                serde_json::to_string(&gappy).unwrap()
            },
            serde_json::to_string_pretty(&value).unwrap(),
            format!(" \t{line}\r "),
        ]
    }

    #[test]
    fn fast_path_takes_the_forms_real_files_use() {
        for b in BUNDLED {
            let q = b.load().unwrap();
            for pairs in [false, true] {
                let mut sim = Simulation::new(&q, 3, pairs, 0.2);
                let mut line = Vec::new();
                sim.write_next(&mut line).unwrap();
                let line = String::from_utf8(line).unwrap();
                for v in variants(line.trim_end(), &q.version) {
                    assert!(agree(&q, v.as_bytes()), "not taken: {v}");
                }
            }
        }
    }

    /// One parser over many lines, its buffers reused from line to line: each line reads as
    /// the one-file path reads it alone, with nothing left over from the line before (a
    /// time, a language, a second person, an item).
    #[test]
    fn a_reused_parser_reads_each_line_afresh() {
        let q = BUNDLED[0].load().unwrap();
        let mut lines = Vec::new();
        for (seed, pairs) in [(5, false), (6, true), (7, false)] {
            let mut sim = Simulation::new(&q, seed, pairs, 0.3);
            let mut line = Vec::new();
            sim.write_next(&mut line).unwrap();
            lines.extend(variants(
                String::from_utf8(line).unwrap().trim_end(),
                &q.version,
            ));
        }
        let reversed: Vec<String> = lines.iter().rev().cloned().collect();
        lines.extend(reversed);
        let mut parser = LineParser::with(q.clone());
        for (n, line) in lines.iter().enumerate() {
            // The fast path takes every one of them, so the reused parser reads them its way.
            assert!(agree(&q, line.as_bytes()), "line {n} not taken: {line}");
            let expected = slow(&q, line.as_bytes()).unwrap();
            let (_, pair) = parser.read("-", n as u64 + 1, line.as_bytes()).unwrap();
            assert_eq!(pair, &expected, "line {n}: {line}");
        }
    }

    /// Awkward forms of numbers, keys and bytes around a line: whatever the fast path takes,
    /// the one-file path takes the same way (some are its to read or refuse).
    #[test]
    fn awkward_lines_read_alike() {
        let q = BUNDLED[0].load().unwrap();
        let base = r#"{"questionnaire":"relationship","respondent":"A","partner":"B","answers":{"situation-children":1,"situation-money":2,"situation-home":0}}"#;
        let mut lines: Vec<String> = [
            (":0}", ":-0}"),
            (":0}", ":1e0}"),
            (":0}", ":0.0}"),
            (":0}", ":1.0}"),
            (":0}", ":-1}"),
            (":0}", ":99999999999999999999}"),
            (":0}", ":999999999999999999}"),
            (":0}", ":00}"),
            (":0}", ":0 }"),
            (":2,", ": 2 ,"),
            (":2,", ":null,"),
            (":2,", ":nul,"),
            (":2,", ":nulll,"),
            (":2,", ":2,,"),
            (":2,", ":2 , "),
            ("\"situation-money\"", "\"situation-mon\\u0065y\""),
            ("\"situation-money\"", "\"situation-home\""),
            ("\"situation-money\"", "\"situation-childre\""),
            ("\"situation-money\"", "\"situation-moneyy\""),
            ("\"situation-money\"", "\"situation-money"),
            ("\"respondent\"", "\"respond\\u0065nt\""),
            ("\"A\"", "\"\\u0041\""),
            ("\"A\"", "\" \""),
            ("\"A\"", "\"B \""),
            ("\"A\"", "\"\u{2003}A\""),
            ("{\"questionnaire", "\u{feff}{\"questionnaire"),
            ("{\"questionnaire", " \r\n\t{ \"questionnaire\" "),
            ("\"answers\":{", "\"answers\" : {\r\n"),
        ]
        .iter()
        .map(|(from, to)| base.replacen(from, to, 1))
        .collect();
        // Keys out of order, the last first, and a duplicate after a compact run.
        lines.push(base.replace(
            r#""situation-children":1,"situation-money":2,"situation-home":0"#,
            r#""situation-home":0,"situation-children":1,"situation-money":2"#,
        ));
        lines.push(base.replace(
            r#""situation-home":0"#,
            r#""situation-home":0,"situation-children":null"#,
        ));
        lines.push(format!("{base}\r"));
        lines.push(format!(
            "[{base},{}]",
            base.replace("\"A\",\"partner\":\"B\"", "\"B\",\"partner\":\"A\"")
        ));
        let taken = lines.iter().filter(|l| agree(&q, l.as_bytes())).count();
        assert!(
            taken > 5 && taken < lines.len(),
            "{taken} of {}",
            lines.len()
        );
    }

    /// Every item of `q` as compact JSON writes it (`"id":4`), each a digit on its scale, in
    /// order: the questionnaire's, or with `sorted` that of the ids.
    fn answers_in(q: &Questionnaire, seed: usize, sorted: bool) -> Vec<String> {
        let mut answers: Vec<(&str, String)> = q
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let scale = q.scale_of(item);
                let on: Vec<i64> = (0..10).filter(|&d| scale.holds(d)).collect();
                let answer = format!("\"{}\":{}", item.id, on[(i * 7 + seed) % on.len()]);
                (item.id.as_str(), answer)
            })
            .collect();
        if sorted {
            answers.sort();
        }
        answers.into_iter().map(|(_, a)| a).collect()
    }

    /// A line with every item of `q` in order (the questionnaire's, or with `sorted` that of
    /// the ids): the whole skeleton of that order.
    fn full_line(q: &Questionnaire, seed: usize, sorted: bool) -> String {
        line_of(q, &answers_in(q, seed, sorted))
    }

    /// A line of `q` with these answers.
    fn line_of(q: &Questionnaire, answers: &[String]) -> String {
        format!(
            "{{\"questionnaire\":\"{}\",\"version\":\"{}\",\"respondent\":\"A\",\"partner\":\"B\",\"answers\":{{{}}}}}",
            q.id,
            q.version,
            answers.join(",")
        )
    }

    /// Lines that follow the skeleton (of the questionnaire's order, or of the ids') but at
    /// one item (null, left out, two digits, off the scale, spaced, quoted, its key escaped,
    /// given twice, swapped with the next, the rest in the other order), at one byte, or cut
    /// short at any byte, alone and as the first of a pair: whatever the fast path takes,
    /// the one-file path takes the same way, also by a parser reused from line to line; and
    /// the forms real files use are taken.
    #[test]
    fn lines_near_the_skeleton_read_alike() {
        for (b, sorted) in BUNDLED.iter().flat_map(|b| [(b, false), (b, true)]) {
            let q = b.load().unwrap();
            let line = full_line(&q, 0, sorted);
            assert!(agree(&q, line.as_bytes()), "not taken: {line}");
            let mut lines = vec![
                line.clone(),
                full_line(&q, 3, sorted),
                format!("{line}\r"),
                // A long unknown field first.
                line.replacen("{", &format!("{{\"note\":\"{}\",", "n".repeat(70_000)), 1),
            ];
            // The items as the line has them, in its order.
            let mut items: Vec<(usize, usize)> = q
                .items
                .iter()
                .map(|item| {
                    let key = format!("\"{}\":", item.id);
                    let at = line.find(&key).unwrap();
                    (at, at + key.len())
                })
                .collect();
            items.sort();
            let (answers, others) = (answers_in(&q, 0, sorted), answers_in(&q, 0, !sorted));
            for (i, &(start, digit)) in items.iter().enumerate() {
                let end = items.get(i + 1).map_or(line.len() - 2, |&(next, _)| next);
                let edit = |at: std::ops::Range<usize>, to: &str| {
                    let mut l = line.clone();
                    l.replace_range(at, to);
                    l
                };
                for (to, taken) in [("null", true), ("10", false), ("-1", false)] {
                    let l = edit(digit..digit + 1, to);
                    assert!(!taken || agree(&q, l.as_bytes()), "not taken: {l}");
                    lines.push(l);
                }
                for to in [" 3", "3 ", "\"3\"", "3.0", "03", "9", "0"] {
                    lines.push(edit(digit..digit + 1, to));
                }
                // The key's first letter escaped (left to the one-file path).
                let letter = line.as_bytes()[start + 1];
                lines.push(edit(start + 1..start + 2, &format!("\\u{letter:04x}")));
                // The items before this one as the line has them, the rest in the other order.
                let mut mixed = answers[..i].to_vec();
                mixed.extend(others.iter().filter(|a| !answers[..i].contains(a)).cloned());
                let mixed = line_of(&q, &mixed);
                assert!(agree(&q, mixed.as_bytes()), "not taken: {mixed}");
                lines.push(mixed);
                // Left out (with the comma before it, for the last), given twice, swapped.
                let gone = if i + 1 == items.len() {
                    edit(start - 1..end, "")
                } else {
                    edit(start..end, "")
                };
                assert!(agree(&q, gone.as_bytes()), "not taken: {gone}");
                lines.push(gone);
                let item = line[start..end].trim_end_matches([',', '}']);
                lines.push(edit(line.len() - 2..line.len() - 2, &format!(",{item}")));
                if let Some(&(next, _)) = items.get(i + 1) {
                    let after = items.get(i + 2).map_or(line.len() - 2, |&(a, _)| a);
                    let second = line[next..after].trim_end_matches([',', '}']);
                    let comma = if i + 2 == items.len() { "" } else { "," };
                    let swapped = edit(start..after, &format!("{second},{item}{comma}"));
                    assert!(agree(&q, swapped.as_bytes()), "not taken: {swapped}");
                    lines.push(swapped);
                }
            }
            // Each of them spaced as Python's `json.dumps` writes (`"id": 4, "id": null}`),
            // and spaced twice, which the general way reads.
            let spaced = |l: &str| l.replace("\",\"", "\", \"").replace("\":", "\": ");
            assert!(
                agree(&q, spaced(&line).as_bytes()),
                "not taken spaced: {line}"
            );
            let twice = spaced(&spaced(&line));
            assert!(agree(&q, twice.as_bytes()), "not taken: {twice}");
            let more: Vec<String> = lines.iter().map(|l| spaced(l)).collect();
            lines.extend(more);
            lines.push(twice);
            lines.push(line.replace(",\"", ", \"").replace(":0,", ":0 ,"));
            for l in &lines {
                agree(&q, l.as_bytes());
                agree(
                    &q,
                    format!(
                        "[{l},{}]",
                        l.replace("\"A\",\"partner\":\"B\"", "\"B\",\"partner\":\"A\"")
                    )
                    .as_bytes(),
                );
            }
            for at in 0..line.len() {
                for to in [b'0', b'9', b'"', b',', b' ', b'}', b'x'] {
                    let mut l = line.clone().into_bytes();
                    l[at] = to;
                    agree(&q, &l);
                }
                assert!(!agree(&q, &line.as_bytes()[..at]), "a cut line taken");
            }
            let pair = format!(
                "[{line},{}]",
                line.replace("\"A\",\"partner\":\"B\"", "\"B\",\"partner\":\"A\"")
            );
            assert!(agree(&q, pair.as_bytes()), "not taken: {pair}");
            for at in 0..pair.len() {
                assert!(!agree(&q, &pair.as_bytes()[..at]), "a cut pair taken");
            }
            // One parser over all of them, its buffers reused: each line as alone.
            let mut parser = LineParser::with(q.clone());
            for (n, l) in lines.iter().chain(lines.iter().rev()).enumerate() {
                if let Some(expected) = slow(&q, l.as_bytes()) {
                    let (_, pair) = parser.read("-", n as u64 + 1, l.as_bytes()).unwrap();
                    assert_eq!(pair, &expected, "line {n}: {l}");
                }
            }
        }
    }

    #[test]
    fn fast_path_leaves_the_rest_to_the_one_file_path() {
        let q = BUNDLED[0].load().unwrap();
        let base = r#"{"questionnaire":"relationship","respondent":"A","partner":"B","answers":{"coercive-self-1":3}}"#;
        for (from, to) in [
            (":3}", ":3.0}"),                       // a whole number written as a float
            (":3}", ":9}"),                         // off the scale
            ("coercive-self-1", "coercive-self-9"), // an unknown item
            ("\"A\"", "{\"x\":1}"),                 // a name that is not a string
            ("{\"questionnaire", "{\"x\":[1],\"questionnaire"), // a nested unknown value
            ("\"partner\":\"B\"", "\"partner\":\"A\""), // the same name twice
            ("\"A\",", "\"A\",\"respondent\":\"C\","), // a duplicate field
            ("3}}", "3,}}"),                        // a trailing comma
            (":3}}", ":3,\"coercive-self-1\":null}}"), // an item given twice
            // an item given twice, the second time in order and compact
            (
                "{\"coercive-self-1\":3}",
                "{\"coercive-self-2\":1,\"coercive-self-1\":3,\"coercive-self-2\":1}",
            ),
            ("\"A\",", "\"A\",\"completed\":null,\"completed\":null,"), // a field twice
            (":3}", ":03}"),                                            // a leading zero
            // another bundled version, which only its own questionnaire may read
            ("{\"questionnaire", "{\"version\":\"1.0.0\",\"questionnaire"),
            // a duplicate version
            (
                "{\"questionnaire",
                "{\"version\":\"2.0.0\",\"version\":\"2.0.0\",\"questionnaire",
            ),
        ] {
            let line = base.replacen(from, to, 1);
            assert!(fast(&q, line.as_bytes()).is_none(), "taken: {line}");
        }
        assert!(agree(&q, base.as_bytes()));
    }

    /// Thousands of lines with random edits: whatever the fast path takes, the one-file path
    /// takes the same way.
    #[test]
    fn fast_path_never_takes_what_the_one_file_path_would_not() {
        let q = BUNDLED[1].load().unwrap();
        let mut bases = Vec::new();
        for pairs in [false, true] {
            let mut sim = Simulation::new(&q, 9, pairs, 0.3);
            let mut line = Vec::new();
            sim.write_next(&mut line).unwrap();
            bases.extend(variants(
                String::from_utf8(line).unwrap().trim_end(),
                &q.version,
            ));
        }
        let tokens: &[&str] = &[
            "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u00e9", "\\ud83d", "0", "1", "9", "-",
            ".", "e", "null", "true", "x", "é", "\t", " ", "\u{1}",
        ];
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut pick = |n: usize| (rng.next_u64() % n as u64) as usize;
        let (mut taken, mut tried) = (0, 0);
        for _ in 0..10000 {
            let mut line = bases[pick(bases.len())].clone().into_bytes();
            for _ in 0..=pick(3) {
                let at = pick(line.len() + 1).min(line.len());
                let token = tokens[pick(tokens.len())].as_bytes();
                match pick(3) {
                    0 if at < line.len() => {
                        line.remove(at);
                    }
                    1 if at < line.len() => {
                        line.splice(at..at + 1, token.iter().copied());
                    }
                    _ => {
                        line.splice(at..at, token.iter().copied());
                    }
                }
            }
            tried += 1;
            if agree(&q, &line) {
                taken += 1;
            }
        }
        // Some edits keep a line valid (a space, a digit in a name): the test saw both kinds.
        assert!(taken > 100 && taken < tried, "{taken} of {tried} taken");
    }
}
