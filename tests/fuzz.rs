//! Arbitrary bytes into the questionnaire loader and the answers reader (issue #6).
//!
//! A deterministic mutator starts from the real files (the bundled questionnaires, the small
//! questionnaires of `tests/fixtures/bad/`, the example answers and the bad answer fixtures)
//! and flips bits, deletes and duplicates ranges and lines, inserts tokens that matter to
//! TOML and JSON (`[[`, `"`, `=`, `null`, `1e309`, long digit runs, deep nesting, broken
//! UTF-8), swaps quoted strings and numbers for others, truncates, and splices files
//! together. Starting from real files is what gets the mutants past the syntax into the
//! semantic checks, the scoring and the renderers.
//!
//! Each input must give `Ok`, or an error with a message that starts with the file's name;
//! a panic fails the test (the input is saved under `target/fuzz-failures/`), an input
//! slower than [`SLOW`] fails it, and one that runs for [`HANG`] aborts the run so that a
//! hang cannot stall CI. Accepted questionnaires are scored and rendered; accepted answers
//! are checked, scored and rendered.
//!
//! The mix is fixed and seeded, so every run tries the same inputs: 1,000,000 in all by
//! default. A longer run, with other inputs:
//!
//! ```sh
//! POWERBALANCE_FUZZ_ITERATIONS=20000000 POWERBALANCE_FUZZ_SEED=7 \
//!     cargo test --release --test fuzz -- --nocapture
//! ```
//!
//! `--nocapture` shows each target's counts: inputs, accepted, rejected, the commonest
//! errors, and the slowest input.

use std::collections::HashMap;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use powerbalance::{
    ALL_VERSIONS, BUNDLED, Bundled, Format, Options, Pair, Questionnaire, Responses, Style,
    parse_answers, parse_questionnaire, render, score,
};

/// Inputs across the whole suite unless `POWERBALANCE_FUZZ_ITERATIONS` says otherwise.
const DEFAULT_TOTAL: u64 = 1_000_000;
/// The seed unless `POWERBALANCE_FUZZ_SEED` says otherwise.
const DEFAULT_SEED: u64 = 2026;
/// No single input may take longer than this (debug build, a loaded machine).
const SLOW: Duration = Duration::from_secs(2);
/// An input still running after this is a hang: the run is aborted.
const HANG: Duration = Duration::from_secs(30);

// ------------------------------------------------------------------------------------------
// A small deterministic random number generator (SplitMix64 to seed, xorshift64* to draw).

struct Rng(u64);

impl Rng {
    /// The generator for input `index` of a target: each input can be made again alone.
    fn for_input(seed: u64, target: &str, index: u64) -> Rng {
        let mut x = seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for b in target.bytes() {
            x = (x ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        // SplitMix64 finalizer: nearby indices give unrelated states; never zero.
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((x ^ (x >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A length in `1..=max`, short ones far more often than long ones.
    fn length(&mut self, max: usize) -> usize {
        let cap = [4, 16, 64, max][self.below(4)].min(max).max(1);
        1 + self.below(cap)
    }
}

// ------------------------------------------------------------------------------------------
// The mutator

/// Tokens that mean something to TOML, JSON, the loader or the scorer.
const TOKENS: &[&[u8]] = &[
    b"[[",
    b"]]",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"'",
    b"\"\"\"",
    b"=",
    b",",
    b":",
    b".",
    b"#",
    b"\n",
    b"\r\n",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xe2\x80\xae",
    b"null",
    b"true",
    b"false",
    b"-1",
    b"0",
    b"-0",
    b"1.5",
    b"1e309",
    b"-1e309",
    b"1e308",
    b"5e-324",
    b"nan",
    b"inf",
    b"-inf",
    b"0x7f",
    b"1_000",
    b"9223372036854775807",
    b"9223372036854775808",
    b"-9223372036854775808",
    b"18446744073709551616",
    b"1979-05-27T07:32:00Z",
    b"[[dimensions]]",
    b"[[dimensions.items]]",
    b"[[rules]]",
    b"[scales.s]",
    b"[defaults]",
    b"[resources]",
    b"private = true",
    b"reverse = true",
    b"weight = 1e308",
    b"group = \"power_index\"",
    b"kind = \"item\"",
    b"kind = \"gap\"",
    b"dimension = \"balance_index\"",
    b"items = []",
    b"at_least = 5",
    b"at_most = 0",
    b"scale = \"agreement\"",
    b"min_answered = 1e-300",
    b"{stronger}",
    b"{person}",
    b"{",
    b"\"answers\": {}",
    b"\"respondent\": \"\"",
    b"\"partner\": \"Alex\"",
    b"\"questionnaire\": \"workplace\"",
    b"\"completed\": \"2026-13-40T25:61:00+99:99\"",
    b"[{}, {}]",
    // Issue 12: what hostile files try, and the checks against them.
    b"\xef\xbb\xbf",
    b"\"completed\": null",
    b"\"completed\": \"2026-02-30T00:00:00Z\"",
    b"\"coercive-self-1\": 99, \"coercive-self-1\": null",
    b"1e-400",
    b"3.9999999999999999",
    b"1e15",
    b"1.000000000000004e15",
    b"9007199254740993",
    b"kind = \"powr\"",
    b"about = \"slef\"",
    b"severity = \"notice\"",
    b"weight = \"heavy\"",
    b"min = {a = 1}",
    b"text = \"\"",
    b"labels = [\"\", \"\"]",
    b"\\u001b]0;OWNED\\u0007\\u001b[2J",
    b"\\u009b2J\\u202e",
    b"\x1b]0;OWNED\x07",
    b"\xc2\x9b",
    b"=HYPERLINK(\"http://x\",\"Open\")",
    b"@SUM(1+1)",
    b"id = \"-x\"",
    b"id = \"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\"",
];

/// Numbers to put where a number was.
const NUMBERS: &[&[u8]] = &[
    b"0",
    b"1",
    b"-1",
    b"5",
    b"100",
    b"101",
    b"0.5",
    b"1e-300",
    b"1e308",
    b"1e309",
    b"-0.0",
    b"nan",
    b"9223372036854775806",
    b"9223372036854775807",
    b"-9223372036854775808",
    b"99999999999999999999999",
    b"1e-400",
    b"3.9999999999999999",
    b"4.0",
    b"1e15",
    b"40e-1",
];

/// Strings to put where a quoted string was.
const STRINGS: &[&[u8]] = &[
    b"\"\"",
    b"\"power_index\"",
    b"\"balance_index\"",
    b"\"harsh\"",
    b"\"self\"",
    b"\"partner\"",
    b"\"marker\"",
    b"\"risk\"",
    b"\"alert\"",
    b"\"Alex\"",
    b"\"Sam\"",
    b"\"a b\"",
    b"\"\\u0000\"",
    b"\"{weaker} {difference} {score} {self_view}\"",
    b"\"=1+1\"",
    b"\"-1+1\"",
    b"\"+cmd|' /C calc'!A0\"",
    b"\"Al\\u001b]0;OWNED\\u0007\\u001b[2J\\u009b31m\\u202ex\"",
    b"\"powr\"",
];

/// One mutant of `seed`: one to four edits, fewer far more often. `others` are the files a
/// splice may take a part of.
fn mutate(rng: &mut Rng, seed: &[u8], others: &[&[u8]]) -> Vec<u8> {
    let mut data = seed.to_vec();
    let edits = 1 + rng.below(4).min(rng.below(4));
    for _ in 0..edits {
        edit(rng, &mut data, others);
    }
    data
}

fn edit(rng: &mut Rng, data: &mut Vec<u8>, others: &[&[u8]]) {
    let at = |rng: &mut Rng, data: &Vec<u8>| rng.below(data.len() + 1);
    match rng.below(14) {
        0 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] ^= 1 << rng.below(8);
        }
        1 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] = *rng.pick(b"\0\xff\x80\xc3\n\r\t \"'[]{}=,.:#\\-+0123456789aez");
        }
        2 if !data.is_empty() => {
            let start = rng.below(data.len());
            let end = (start + rng.length(256)).min(data.len());
            data.drain(start..end);
        }
        3 | 4 => {
            let i = at(rng, data);
            let token = rng.pick(TOKENS);
            data.splice(i..i, token.iter().copied());
        }
        5 => {
            // A long run: digits, nesting, quotes or a long key.
            let i = at(rng, data);
            let n = rng.length(20_000);
            let run: Vec<u8> = match rng.below(6) {
                0 => std::iter::repeat_n(b'9', n).collect(),
                1 => std::iter::repeat_n(b'[', n).collect(),
                2 => b"{\"a\":".repeat(n.min(5_000)),
                3 => b"[[a."
                    .iter()
                    .copied()
                    .chain(b"b.".repeat(n.min(5_000)))
                    .chain(*b"c]]\n")
                    .collect(),
                4 => std::iter::repeat_n(b'"', n.min(64)).collect(),
                _ => std::iter::repeat_n(b'a', n).collect(),
            };
            data.splice(i..i, run);
        }
        6 if !data.is_empty() => {
            // Copy a range elsewhere.
            let start = rng.below(data.len());
            let end = (start + rng.length(512)).min(data.len());
            let part = data[start..end].to_vec();
            let i = at(rng, data);
            data.splice(i..i, part);
        }
        7 => data.truncate(at(rng, data)),
        8 => {
            // Splice: this file up to a point, then another from a point.
            let other = rng.pick(others);
            let (i, j) = (at(rng, data), rng.below(other.len() + 1));
            data.truncate(i);
            data.extend_from_slice(&other[j..]);
        }
        9 | 10 => line_edit(rng, data),
        11 => replace_number(rng, data),
        12 => replace_quoted(rng, data),
        _ => {
            let i = at(rng, data);
            data.insert(i, rng.next() as u8);
        }
    }
}

/// Deletes, duplicates or swaps whole lines: tables and keys move as the author's would.
fn line_edit(rng: &mut Rng, data: &mut Vec<u8>) {
    let mut lines: Vec<Vec<u8>> = data
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect();
    if lines.is_empty() {
        return;
    }
    let i = rng.below(lines.len());
    match rng.below(3) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(rng.below(lines.len() + 1), line);
        }
        _ => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
        }
    }
    *data = lines.concat();
}

/// Replaces one number (a digit and the sign, digits, point and exponent around it) with
/// another: scales, weights, thresholds and answers then reach their edges.
fn replace_number(rng: &mut Rng, data: &mut Vec<u8>) {
    if data.is_empty() {
        return;
    }
    let from = rng.below(data.len());
    let Some(digit) = data[from..].iter().position(u8::is_ascii_digit) else {
        return;
    };
    let part = |b: &u8| b.is_ascii_digit() || b"-+.eE_".contains(b);
    let start = from + digit
        - data[..from + digit]
            .iter()
            .rev()
            .take_while(|b| part(b))
            .count();
    let end = data[start..]
        .iter()
        .position(|b| !part(b))
        .map_or(data.len(), |p| start + p);
    let new = rng.pick(NUMBERS);
    data.splice(start..end, new.iter().copied());
}

/// Replaces one quoted string with another from the same file or a chosen one: ids then
/// clash, references break, placeholders move.
fn replace_quoted(rng: &mut Rng, data: &mut Vec<u8>) {
    let quotes: Vec<usize> = data
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'"')
        .map(|(i, _)| i)
        .collect();
    if quotes.len() < 2 {
        return;
    }
    let k = rng.below(quotes.len() - 1);
    let (start, end) = (quotes[k], quotes[k + 1] + 1);
    let new: Vec<u8> = if rng.chance(50) {
        let m = rng.below(quotes.len() - 1);
        data[quotes[m]..=quotes[m + 1]].to_vec()
    } else {
        rng.pick(STRINGS).to_vec()
    };
    data.splice(start..end, new);
}

// ------------------------------------------------------------------------------------------
// Seeds and settings

fn read_dir(dir: &str, ext: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    let seeds: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|p| (p.display().to_string(), fs::read(&p).unwrap()))
        .collect();
    assert!(!seeds.is_empty(), "no .{ext} seeds in {dir}");
    seeds
}

fn env_u64(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value} is not a whole number")),
    )
}

fn seed() -> u64 {
    env_u64("POWERBALANCE_FUZZ_SEED").unwrap_or(DEFAULT_SEED)
}

/// This target's share of the suite's inputs, in thousandths.
fn inputs(share: u64) -> u64 {
    env_u64("POWERBALANCE_FUZZ_ITERATIONS").unwrap_or(DEFAULT_TOTAL) * share / 1000
}

/// Every questionnaire an answers file may name: the bundled ones and the fixtures' `tiny`.
fn questionnaires() -> &'static HashMap<String, Questionnaire> {
    static ALL: OnceLock<HashMap<String, Questionnaire>> = OnceLock::new();
    ALL.get_or_init(|| {
        let tiny =
            fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/good.toml"))
                .unwrap();
        // Keyed `id` (the current version) and `id@version` (every version), as `score`
        // picks the version an answers file names.
        let tiny = parse_questionnaire("good.toml", &tiny).unwrap();
        BUNDLED
            .iter()
            .map(|b| (b.id.to_owned(), b.load().unwrap()))
            .chain(
                ALL_VERSIONS
                    .iter()
                    .map(|b| (format!("{}@{}", b.id, b.version), b.load().unwrap())),
            )
            .chain([
                (tiny.id.clone(), tiny.clone()),
                (format!("{}@{}", tiny.id, tiny.version), tiny),
            ])
            .collect()
    })
}

// ------------------------------------------------------------------------------------------
// The run

/// What one input gave.
enum Outcome {
    Accepted,
    /// The error's text, already checked to name the file.
    Rejected(String),
}

/// Counts for one target, printed at the end.
#[derive(Default)]
struct Tally {
    inputs: u64,
    accepted: u64,
    rejected: u64,
    /// Error kinds (the message's first words, ids left out) and how often each came.
    errors: HashMap<String, u64>,
    slowest: Duration,
    slowest_index: u64,
    largest_input: usize,
}

/// An error message as a kind: quoted ids become `…` and numbers `N`, cut at 70 characters.
fn error_kind(message: &str) -> String {
    let mut kind = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '`' => {
                quoted = !quoted;
                if quoted {
                    kind.push_str("`…`");
                }
            }
            _ if quoted => {}
            '0'..='9' if kind.ends_with('N') => {}
            '0'..='9' => kind.push('N'),
            _ => kind.push(c),
        }
        if kind.chars().count() >= 70 {
            break;
        }
    }
    kind
}

/// Input `index` of a target, and the generator that goes on to drive what is done with it.
fn mutant(
    seed: u64,
    target: &str,
    index: u64,
    seeds: &[(String, Vec<u8>)],
    others: &[&[u8]],
) -> (Rng, Vec<u8>) {
    let mut rng = Rng::for_input(seed, target, index);
    let (_, bytes) = &seeds[rng.below(seeds.len())];
    let input = mutate(&mut rng, bytes, others);
    (rng, input)
}

/// Runs `count` mutants of `seeds` through `feed`, watching for panics, slowness and hangs.
fn run(
    target: &'static str,
    count: u64,
    seeds: &[(String, Vec<u8>)],
    others: &[&[u8]],
    feed: fn(&mut Rng, &[u8]) -> Outcome,
) -> Tally {
    let seed = seed();
    let started = Instant::now();
    // The watchdog: `busy` holds the current input's index + 1 and `since` when it began.
    let busy = Arc::new(AtomicU64::new(0));
    let since = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let (busy, since, done) = (busy.clone(), since.clone(), done.clone());
        let inputs: Vec<(String, Vec<u8>)> = seeds.to_vec();
        let others: Vec<Vec<u8>> = others.iter().map(|o| o.to_vec()).collect();
        thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                thread::sleep(Duration::from_millis(200));
                let index = busy.load(Ordering::Relaxed);
                let began = Duration::from_nanos(since.load(Ordering::Relaxed));
                if index > 0 && started.elapsed().saturating_sub(began) > HANG {
                    let index = index - 1;
                    let others: Vec<&[u8]> = others.iter().map(Vec::as_slice).collect();
                    let (_, input) = mutant(seed, target, index, &inputs, &others);
                    let path = save(target, index, &input);
                    eprintln!(
                        "fuzz {target}: input #{index} (seed {seed}) has run for over {HANG:?}: a hang; saved as {}",
                        path.display()
                    );
                    std::process::abort();
                }
            }
        })
    };

    let mut tally = Tally::default();
    for index in 0..count {
        let (mut rng, input) = mutant(seed, target, index, seeds, others);
        since.store(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
        busy.store(index + 1, Ordering::Relaxed);
        let begun = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| feed(&mut rng, &input)));
        let took = begun.elapsed();
        busy.store(0, Ordering::Relaxed);
        let outcome = outcome.unwrap_or_else(|_| {
            let path = save(target, index, &input);
            panic!(
                "fuzz {target}: input #{index} (seed {seed}) panicked; saved as {}",
                path.display()
            )
        });
        tally.inputs += 1;
        tally.largest_input = tally.largest_input.max(input.len());
        if took > tally.slowest {
            tally.slowest = took;
            tally.slowest_index = index;
        }
        match outcome {
            Outcome::Accepted => tally.accepted += 1,
            Outcome::Rejected(message) => {
                tally.rejected += 1;
                *tally.errors.entry(error_kind(&message)).or_default() += 1;
            }
        }
    }
    done.store(true, Ordering::Relaxed);
    watchdog.join().unwrap();

    // The slowest input is kept for a look: it is where a hang would start.
    let (_, slowest) = mutant(seed, target, tally.slowest_index, seeds, others);
    let slowest = save_in("fuzz-slowest", target, tally.slowest_index, &slowest);
    let mut kinds: Vec<(&String, &u64)> = tally.errors.iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let counted: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} \"{k}\"")).collect();
    let all_kinds =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-errors-{target}.txt"));
    let _ = fs::write(&all_kinds, counted.join("\n") + "\n");
    let top = &counted[..counted.len().min(6)];
    eprintln!(
        "fuzz {target}: {} inputs (seed {seed}, largest {} bytes) in {:.1?}: {} accepted, {} rejected \
         ({} kinds of error, all in {}; commonest {}); slowest input #{} took {:.1?} ({})",
        tally.inputs,
        tally.largest_input,
        started.elapsed(),
        tally.accepted,
        tally.rejected,
        tally.errors.len(),
        all_kinds.display(),
        top.join(", "),
        tally.slowest_index,
        tally.slowest,
        slowest.display(),
    );
    assert_eq!(tally.inputs, count);
    assert!(
        tally.slowest < SLOW,
        "fuzz {target}: input #{} took {:?}, over {SLOW:?}",
        tally.slowest_index,
        tally.slowest
    );
    tally
}

/// Writes a failing input where it can be found again.
fn save(target: &str, index: u64, input: &[u8]) -> PathBuf {
    save_in("fuzz-failures", target, index, input)
}

fn save_in(folder: &str, target: &str, index: u64, input: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(folder);
    let _ = fs::create_dir_all(&dir);
    let path = dir.join(format!("{target}-{index}.bin"));
    let _ = fs::write(&path, input);
    path
}

// ------------------------------------------------------------------------------------------
// What each input goes through

const QUESTIONNAIRE_FILE: &str = "mutant.toml";
const ANSWERS_FILE: &str = "mutant.json";

/// The loader, then, when it accepts, scoring and every renderer.
fn feed_questionnaire(rng: &mut Rng, bytes: &[u8]) -> Outcome {
    match parse_questionnaire(QUESTIONNAIRE_FILE, bytes) {
        Ok(q) => {
            score_and_render(rng, &q, None);
            Outcome::Accepted
        }
        Err(e) => {
            assert!(!e.problems.is_empty(), "an error with no problem");
            for (line, problem) in e.lines().zip(&e.problems) {
                assert_clear(&line, QUESTIONNAIRE_FILE, &problem.message);
            }
            Outcome::Rejected(e.problems[0].message.clone())
        }
    }
}

/// An error line as the user sees it: it names the file, says something, and is one line
/// with no control character (an id holding a newline or a terminal escape is escaped).
fn assert_clear(line: &str, file: &str, message: &str) {
    assert!(
        line.starts_with(&format!("{file}:")),
        "the error does not name the file: {line}"
    );
    assert!(!message.trim().is_empty(), "the error says nothing: {line}");
    assert!(
        !line.contains(char::is_control),
        "the error holds a control character: {line:?}"
    );
}

/// The reader, checking against the questionnaire the answers name, pairing, scoring and
/// rendering: the path of `powerbalance score`.
fn feed_answers(rng: &mut Rng, bytes: &[u8]) -> Outcome {
    let result = parse_answers(ANSWERS_FILE, bytes).and_then(|sets| {
        let all = questionnaires();
        let named = sets[0]
            .questionnaire
            .as_deref()
            .unwrap_or("relationship-short");
        let named = match &sets[0].version {
            Some(v) => format!("{named}@{v}"),
            None => named.to_owned(),
        };
        let q = all.get(&named).unwrap_or(&all["relationship-short"]);
        let checked = sets
            .iter()
            .map(|s| s.check(q, ANSWERS_FILE))
            .collect::<Result<Vec<Responses>, _>>()?;
        let mut checked = checked.into_iter();
        let first = checked.next().expect("parse_file gives one or two sets");
        let pair = match checked.next() {
            Some(second) => Pair::couple(first, second, ANSWERS_FILE)?,
            None => Pair::single(first),
        };
        Ok((q, pair))
    });
    match result {
        Ok((q, pair)) => {
            score_and_render(rng, q, Some(pair));
            Outcome::Accepted
        }
        Err(e) => {
            assert_clear(&e.to_string(), ANSWERS_FILE, &e.message);
            Outcome::Rejected(e.message)
        }
    }
}

/// Scores `pair` (or, for a new questionnaire, random answers from both people) and
/// renders the report in a random format and width.
fn score_and_render(rng: &mut Rng, q: &Questionnaire, pair: Option<Pair>) {
    let pair = pair.unwrap_or_else(|| {
        let mut answers = |who: &str, other: &str| Responses {
            respondent: who.to_owned(),
            partner: other.to_owned(),
            values: q
                .items
                .iter()
                .map(|item| {
                    let s = q.scale_of(item);
                    match rng.below(4) {
                        0 => None,
                        1 => Some(s.min),
                        _ => Some(s.max),
                    }
                })
                .collect(),
            completed: None,
            unfinished: false,
            lang: None,
        };
        let (a, b) = (answers("A", "B"), answers("B", "A"));
        Pair::couple(a, b, "B").unwrap()
    });
    let report = score(
        q,
        &pair,
        Options {
            show_private: rng.chance(50),
        },
    );
    let format = *rng.pick(&[
        Format::Json,
        Format::Csv,
        Format::Table,
        Format::Markdown,
        Format::Html,
    ]);
    let style = Style {
        color: rng.chance(50),
        width: *rng.pick(&[None, Some(20), Some(60)]),
        lang: *rng.pick(&powerbalance::Lang::ALL),
    };
    let text = render(&report, format, style);
    assert!(!text.is_empty());
    assert_inert(&text, format, style.color);
}

/// Nothing from a file drives a terminal or a spreadsheet (issue 12): no control character
/// but line feed and tab (and the report's own colours, when on) and no bidi control in a
/// text format; no CSV cell that a spreadsheet would run as a formula.
fn assert_inert(text: &str, format: Format, color: bool) {
    match format {
        Format::Json => {}
        Format::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            for record in reader.records() {
                for cell in record.expect("the CSV reads back").iter() {
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "a spreadsheet would run {cell:?}"
                    );
                }
            }
        }
        _ => {
            // The report's own colours are `ESC [ digits ; m`: take them out, then look.
            let mut plain = String::with_capacity(text.len());
            let mut rest = text;
            while let Some(at) = rest.find('\u{1b}') {
                plain.push_str(&rest[..at]);
                let after = &rest[at + 1..];
                let sgr = after.strip_prefix('[').and_then(|a| {
                    let end = a.find(|c: char| !c.is_ascii_digit() && c != ';')?;
                    (a.as_bytes()[end] == b'm').then(|| &a[end + 1..])
                });
                match sgr {
                    Some(r) if color => rest = r,
                    _ => panic!(
                        "a raw escape reached the report: {:?}",
                        &rest[at..(at + 20).min(rest.len())]
                    ),
                }
            }
            plain.push_str(rest);
            let bad = plain.chars().find(|&c| {
                (c.is_control() && c != '\n' && c != '\t')
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
            });
            assert_eq!(
                bad, None,
                "{format:?} holds a character that drives a terminal"
            );
        }
    }
}

// ------------------------------------------------------------------------------------------
// The targets, with their shares of the suite's inputs in thousandths: the small files far
// more often, the large bundled questionnaires (15–25 KB, slow to parse) enough to reach
// deep into them.

/// Fuzzes one target. Most fixtures are broken on purpose, so the seeds that `feed` accepts
/// are repeated until they are about half of the draws: mutants of valid files are what
/// reach the semantic checks, scoring and rendering.
fn fuzz(
    target: &'static str,
    share: u64,
    files: Vec<(String, Vec<u8>)>,
    feed: fn(&mut Rng, &[u8]) -> Outcome,
) {
    let others: Vec<&[u8]> = files.iter().map(|(_, b)| b.as_slice()).collect();
    let (valid, broken): (Vec<_>, Vec<_>) = files
        .iter()
        .cloned()
        .partition(|(_, bytes)| matches!(feed(&mut Rng(1), bytes), Outcome::Accepted));
    assert!(!valid.is_empty(), "{target}: no seed is valid");
    let repeat = (broken.len() / valid.len()).max(1);
    let seeds: Vec<(String, Vec<u8>)> = std::iter::repeat_n(valid, repeat)
        .flatten()
        .chain(broken)
        .collect();
    let tally = run(target, inputs(share), &seeds, &others, feed);
    assert!(
        tally.accepted > 0 && tally.rejected > 0,
        "{target}: every mutant was {}: the mutator is not doing its job",
        if tally.accepted == 0 {
            "rejected"
        } else {
            "accepted"
        }
    );
}

#[test]
fn questionnaire_loader_on_small_files() {
    let files = read_dir("tests/fixtures/bad", "toml");
    fuzz("questionnaire-small", 380, files, feed_questionnaire);
}

#[test]
fn questionnaire_loader_on_bundled_files() {
    let files = read_dir("questionnaires", "toml");
    fuzz("questionnaire-bundled", 20, files, feed_questionnaire);
}

#[test]
fn answers_reader() {
    let mut files = read_dir("examples", "json");
    files.extend(read_dir("tests/fixtures/bad", "json"));
    fuzz("answers", 600, files, feed_answers);
}

// ------------------------------------------------------------------------------------------
// Inputs the fuzzer found, cut down by hand: each failed before its fix.

/// An `item` rule over an item whose scale is unknown, in a file with no scales at all: the
/// rule's threshold was checked against scale 0, which did not exist (index out of bounds).
#[test]
fn an_item_rule_over_an_item_without_a_scale_is_an_error() {
    let text = r#"
[questionnaire]
id = "t"
title = "T"
version = "1"

[[dimensions]]
id = "d"
kind = "risk"
name = "D"
  [[dimensions.items]]
  id = "i"
  about = "self"
  text = "."

[[rules]]
id = "r"
kind = "item"
items = ["i"]
at_least = 1
severity = "alert"
message = "{respondent}"
"#;
    let e = parse_questionnaire("t.toml", text.as_bytes()).unwrap_err();
    let lines: Vec<String> = e.lines().collect();
    assert_eq!(
        lines,
        [
            "t.toml:11:3: item `i` has no scale; give it `scale = \"…\"` or set `scale` under [defaults]"
        ]
    );
}

/// Ids and values are quoted in messages; a newline or a terminal escape in one was printed
/// as it was, breaking the `file:line:column: message` line or driving the terminal.
#[test]
fn control_characters_in_quoted_ids_are_escaped() {
    let json = br#"{"respondent": "A", "partner": "B", "answers": {"x\u001b[2J\ny": 1}}"#;
    let sets = parse_answers("a.json", json).unwrap();
    let q = Bundled::find("relationship-short").unwrap().load().unwrap();
    let e = sets[0].check(&q, "a.json").unwrap_err();
    assert!(
        e.to_string()
            .starts_with(r"a.json:1:49: unknown item `x\u{1b}[2J\ny` in A's answers"),
        "{e}"
    );

    let toml = "[questionnaire]\nid = \"bad\\u0007id\"\ntitle = \"T\"\nversion = \"1\"\n";
    let e = parse_questionnaire("q.toml", toml.as_bytes()).unwrap_err();
    let lines: Vec<String> = e.lines().collect();
    // (The file also has no dimensions, a problem of its own.)
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(r"q.toml:2:6: questionnaire id `bad\u{7}id` is not allowed")),
        "{lines:?}"
    );
}
