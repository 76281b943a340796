//! Throughput and memory of batch scoring, on the bundled `relationship` questionnaire.
//!
//! Run: `cargo bench --bench throughput` (about 60 s once built; `POWERBALANCE_BENCH_QUICK=1`
//! for seconds, without the large inputs). Every figure of the README's Speed table comes from one
//! such run. It prints:
//! 1. answer sets per second from JSON Lines to JSON reports, on one thread, in process
//!    (the library's `run_batch`, reports written to `io::sink()`);
//! 2. the floor: the same lines, read the same way, merely parsed into `serde_json::Value`;
//! 3. their ratio (above 1.0: scoring and writing reports beats parsing into `Value`);
//! 4. the same to CSV rows, on one thread; and to JSON on every core (`run_batch_parallel`),
//!    with its ratio to the floor. Each of these keeps its scorer from round to round, as
//!    `score --jsonl` keeps its own and its threads' from one input to the next; a last run
//!    on every core with a fresh scorer each time shows what loading the questionnaire,
//!    starting the threads and growing their buffers cost on these lines;
//! 5. the bytes a line of a full and of a lean (`--lean`) JSON report;
//! 6. end to end in fresh processes (through the same entry point as the binary) on a file of
//!    200 000 lines (50 000 quick): `score --jsonl FILE` into /dev/null, into `| cat >
//!    /dev/null`, and `cat` of the same output bytes through the same kind of pipe, medians
//!    of alternating runs, and how much longer the pipe took than the slower of the other two;
//! 7. the peak resident memory (`VmHWM`) and wall time of fresh processes that run
//!    `powerbalance score --jsonl FILE --format json` and `powerbalance stats FILE` (stdout to
//!    /dev/null) on 10 000, 100 000 and 1 000 000 lines made by `simulate`, and
//!    `powerbalance history DIR` (`-f json` and `-f csv`) over folders of 1 000, 10 000 and
//!    100 000 sittings of one person, one answers file each (1 000 quick);
//! 8. when `target/duckdb-venv` exists (`scripts/duckdb_views.py` says how to make it), that
//!    script's timing of DuckDB beside `score --jsonl --format csv` on 50 000 lines.
//!
//! A plain binary rather than criterion: the targets are a ratio and a peak memory, which
//! criterion does not measure, and criterion would add dozens of crates to every CI build
//! (`cargo clippy --all-targets` compiles this file, which is the check that it builds).

use std::hint::black_box;
use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;
use powerbalance::{
    BatchFormat, Bundled, Cli, JsonLines, LineParser, Lines, Options, Prepared, Questionnaire,
    Scorer, Scratch, Simulation, Strict, Summary, run_batch, run_batch_parallel,
};

/// Set in a child process that only runs the command line it is given (one argument a line).
const RUN_CHILD: &str = "POWERBALANCE_BENCH_RUN";
/// Set in such a child when it is to print its peak memory (`VmHWM`) on stderr at the end.
const PEAK_CHILD: &str = "POWERBALANCE_BENCH_PEAK";

fn main() {
    if let Ok(args) = std::env::var(RUN_CHILD) {
        let cli = Cli::parse_from(std::iter::once("powerbalance").chain(args.lines()));
        let code = powerbalance::run(cli).unwrap_or_else(|e| panic!("{e}"));
        if std::env::var_os(PEAK_CHILD).is_some() {
            let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
            let hwm = status.lines().find(|l| l.starts_with("VmHWM:"));
            eprintln!("{}", hwm.expect("VmHWM in /proc/self/status"));
        }
        std::process::exit(i32::from(code));
    }
    let quick = std::env::var_os("POWERBALANCE_BENCH_QUICK").is_some();
    let q = Bundled::find("relationship")
        .expect("bundled")
        .load()
        .expect("valid");
    let (lines, rounds) = if quick { (2_000, 3) } else { (20_000, 15) };

    println!(
        "powerbalance batch benchmark: questionnaire `relationship` ({} items)",
        q.items.len()
    );
    println!(
        "one thread; best of {rounds} rounds over {lines} lines held in memory, the runs in turn each round\n"
    );
    let jobs = std::thread::available_parallelism().map_or(1, usize::from);
    for pairs in [false, true] {
        let input = simulated(&q, lines, pairs);
        let sets = lines as f64 * if pairs { 2.0 } else { 1.0 };
        // Each kind of run keeps its scorer from round to round, as `score --jsonl` keeps its
        // own, and its threads', from one input to the next: the rates are of scoring, not of
        // loading the questionnaire and growing the buffers again (the last kind, a fresh
        // scorer each run on every core, shows what that costs on these 20 000 lines). The
        // kept CSV scorer writes its header in the warm-up run only: one row in 20 000.
        let [mut one_json, mut one_csv, mut every_core] =
            [BatchFormat::Json, BatchFormat::Csv, BatchFormat::Json]
                .map(|format| Scorer::new(LineParser::by_name(), Options::default(), format));
        let sink = &mut io::sink();
        let [score, floor, csv, all, fresh] = best_of_each(rounds, |run| match run {
            0 => write_with(&mut one_json, &input, 1, sink),
            1 => parse_values(&input),
            2 => write_with(&mut one_csv, &input, 1, sink),
            3 if jobs > 1 => write_with(&mut every_core, &input, jobs, sink),
            4 if jobs > 1 => write_all(&input, BatchFormat::Json, jobs, false, sink),
            _ => {}
        });
        let (score_rate, floor_rate) = (sets / score.as_secs_f64(), sets / floor.as_secs_f64());
        println!(
            "{} ({:.0} bytes a line):",
            if pairs {
                "couples, an array of two per line"
            } else {
                "one answer set per line"
            },
            input.len() as f64 / lines as f64
        );
        println!("  JSON Lines -> JSON reports       {score_rate:>12.0} answer sets/s");
        println!("  JSON Lines -> serde_json::Value  {floor_rate:>12.0} answer sets/s  (floor)");
        println!(
            "  ratio (reports / Value)          {:>12.2}",
            score_rate / floor_rate
        );
        println!(
            "  JSON Lines -> CSV rows           {:>12.0} answer sets/s",
            sets / csv.as_secs_f64()
        );
        if jobs > 1 {
            let all_rate = sets / all.as_secs_f64();
            println!("  JSON, {jobs} threads (--jobs {jobs})    {all_rate:>12.0} answer sets/s");
            println!(
                "  ratio ({jobs} threads / Value)        {:>12.2}",
                all_rate / floor_rate
            );
            println!(
                "  the same, a fresh scorer each run {:>11.0} answer sets/s",
                sets / fresh.as_secs_f64()
            );
        }
        let [full, lean] = [false, true].map(|lean| {
            let mut out = Vec::new();
            write_all(&input, BatchFormat::Json, 1, lean, &mut out);
            out.len() as f64 / lines as f64
        });
        println!("  bytes a JSON line: {full:.0} full, {lean:.0} lean (--lean)");
        if !pairs {
            let [read, parse, score, write] = phases(&q, &input, rounds);
            println!(
                "  per line: read {read:.2} µs, parse {parse:.2} µs, score {score:.2} µs, write JSON {write:.2} µs"
            );
        }
    }

    pipe_figures(
        &q,
        if quick { 50_000 } else { 200_000 },
        if quick { 3 } else { 7 },
    );

    large_inputs(&q, quick);
    duckdb(&q, quick);
}

/// Peak memory and time of `score --jsonl` and `stats` in fresh processes, on 10 000 (or
/// 100 000) and 1 000 000 lines, and of `history` over folders of sittings.
fn large_inputs(q: &Questionnaire, quick: bool) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let sizes: &[u64] = if quick {
        &[10_000]
    } else {
        &[10_000, 100_000, 1_000_000]
    };
    let largest = *sizes.last().expect("a size");
    let big = dir.path().join("answers.jsonl");
    write_simulated(q, largest, &big);
    println!("\nfresh processes, stdout to /dev/null (peak memory is VmHWM):");
    for &n in sizes {
        let path = if n == largest {
            big.clone()
        } else {
            dir.path().join(format!("answers-{n}.jsonl"))
        };
        let bytes = if n == largest {
            std::fs::metadata(&big).map_or(0, |m| m.len())
        } else {
            first_lines(&big, n, &path)
        };
        let file = path.to_string_lossy();
        for (what, args) in [
            (
                "score --jsonl FILE",
                vec!["score", "--jsonl", &file, "--format", "json"],
            ),
            ("stats FILE", vec!["stats", &file]),
        ] {
            let (hwm_kib, took) = peak_memory(&args);
            println!(
                "  {what:<18} {n:>9} lines ({:>6.0} MB in): VmHWM {:>7.1} MiB, {:>6.2} s, {:>8.0} answer sets/s",
                bytes as f64 / 1e6,
                hwm_kib as f64 / 1024.0,
                took.as_secs_f64(),
                n as f64 / took.as_secs_f64()
            );
        }
        if n != largest {
            std::fs::remove_file(&path).expect("removing the input");
        }
    }
    let sittings: &[usize] = if quick {
        &[1_000]
    } else {
        &[1_000, 10_000, 100_000]
    };
    for &n in sittings {
        let folder = dir.path().join(format!("sittings-{n}"));
        write_sittings(q, n, &folder);
        let path = folder.to_string_lossy();
        for format in ["json", "csv"] {
            let (hwm_kib, took) = peak_memory(&["history", &path, "--format", format]);
            println!(
                "  history DIR -f {format:<4}  {n:>9} sittings (one file each): VmHWM {:>7.1} MiB, {:>6.2} s",
                hwm_kib as f64 / 1024.0,
                took.as_secs_f64(),
            );
        }
        std::fs::remove_dir_all(&folder).expect("removing the sittings");
    }
}

/// The first `n` lines of `from` copied to `to`; returns their bytes.
fn first_lines(from: &std::path::Path, n: u64, to: &std::path::Path) -> u64 {
    use std::io::BufRead;
    let input = io::BufReader::new(std::fs::File::open(from).expect("the answers file"));
    let mut out = io::BufWriter::new(std::fs::File::create(to).expect("a copy"));
    let mut bytes = 0;
    for line in input.split(b'\n').take(n as usize) {
        let line = line.expect("reading the answers file");
        out.write_all(&line)
            .and_then(|()| out.write_all(b"\n"))
            .expect("writing the copy");
        bytes += line.len() as u64 + 1;
    }
    out.flush().expect("writing the copy");
    bytes
}

/// `n` sittings of one person (`Alex`, about `Sam`), one answers file each, an hour apart,
/// from simulated answer sets (seed 1).
fn write_sittings(q: &Questionnaire, n: usize, folder: &std::path::Path) {
    std::fs::create_dir_all(folder).expect("the sittings folder");
    let mut sim = Simulation::new(q, 1, false, 0.0);
    let start = 1_767_225_600; // 2026-01-01T00:00:00Z
    for i in 0..n {
        let mut line = Vec::new();
        sim.write_next(&mut line).expect("writing to memory");
        let mut answers: serde_json::Value = serde_json::from_slice(&line).expect("simulated JSON");
        let at = humantime::format_rfc3339_seconds(
            std::time::UNIX_EPOCH + Duration::from_secs(start + 3600 * i as u64),
        );
        answers["respondent"] = "Alex".into();
        answers["partner"] = "Sam".into();
        answers["completed"] = at.to_string().into();
        let path = folder.join(format!("sitting-{i:06}.json"));
        std::fs::write(path, serde_json::to_vec(&answers).expect("JSON")).expect("a sitting");
    }
}

/// DuckDB computing the views of the first 50 000 lines (`scripts/duckdb_views.py`), beside
/// `score --jsonl --format csv`, when the venv its docstring names is there.
fn duckdb(q: &Questionnaire, quick: bool) {
    let python = std::path::Path::new("target/duckdb-venv/bin/python");
    if !python.exists() {
        println!("\nDuckDB: skipped (no target/duckdb-venv; scripts/duckdb_views.py says how)");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("answers.jsonl");
    write_simulated(q, if quick { 10_000 } else { 50_000 }, &path);
    println!();
    let status = Command::new(python)
        .arg("scripts/duckdb_views.py")
        .arg(&path)
        .args(["--rounds", if quick { "3" } else { "7" }])
        .args(["--powerbalance", env!("CARGO_BIN_EXE_powerbalance")])
        .status()
        .expect("running scripts/duckdb_views.py");
    assert!(status.success(), "scripts/duckdb_views.py failed");
}

/// `n` simulated lines (seed 1), in memory.
fn simulated(q: &Questionnaire, n: u64, pairs: bool) -> Vec<u8> {
    let mut sim = Simulation::new(q, 1, pairs, 0.0);
    let mut out = Vec::new();
    for _ in 0..n {
        sim.write_next(&mut out).expect("writing to memory");
    }
    out
}

/// The best time of each of `N` runs (`run(0)` to `run(N - 1)`) over `rounds` rounds (after
/// a first run of each to warm up), the runs taken in turn each round: on a machine whose
/// speed drifts from second to second, runs in turn meet the same drift, so the ratios between
/// them hold better than those of runs taken one block after another: over four bench runs of
/// one binary, the ratio of reports to the floor spread over 4.04–4.61 taken in blocks and
/// 4.88–5.20 in turn.
fn best_of_each<const N: usize>(rounds: usize, mut run: impl FnMut(usize)) -> [Duration; N] {
    (0..N).for_each(&mut run); // warm up
    let mut best = [Duration::MAX; N];
    for _ in 0..rounds {
        for (n, best) in best.iter_mut().enumerate() {
            let start = Instant::now();
            run(n);
            *best = (*best).min(start.elapsed());
        }
    }
    best
}

/// Every line scored in `format` on `jobs` threads, written to `out`.
fn write_all(
    input: &[u8],
    format: BatchFormat,
    jobs: usize,
    lean: bool,
    out: &mut (impl Write + Send),
) {
    let mut scorer = Scorer::new(LineParser::by_name(), Options::default(), format);
    if lean {
        scorer = scorer.lean();
    }
    write_with(&mut scorer, input, jobs, out);
}

/// Every line scored by `scorer` on `jobs` threads, written to `out`.
fn write_with(scorer: &mut Scorer, input: &[u8], jobs: usize, out: &mut (impl Write + Send)) {
    let mut summary = Summary::default();
    let (observer, summary_) = (&mut Strict, &mut summary);
    let run = if jobs > 1 {
        run_batch_parallel(scorer, jobs, "bench", input, out, observer, summary_)
    } else {
        run_batch(scorer, "bench", input, out, observer, summary_)
    };
    run.unwrap_or_else(|_| panic!("simulated lines score"));
    assert_eq!(summary.skipped, 0);
}

/// `n` simulated lines to a file, then, in fresh processes, medians of `rounds` alternating
/// runs of `score --jsonl FILE` into /dev/null and into `| cat > /dev/null`, and of `cat` of
/// the output through a pipe to `cat > /dev/null`.
fn pipe_figures(q: &Questionnaire, n: u64, rounds: usize) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let input = dir.path().join("answers.jsonl");
    let output = dir.path().join("reports.jsonl");
    write_simulated(q, n, &input);
    let file = input.to_string_lossy().into_owned();
    let score = |stdout: Stdio| {
        Command::new(std::env::current_exe().expect("this binary"))
            .env(RUN_CHILD, format!("score\n--jsonl\n{file}"))
            .stdin(Stdio::null())
            .stdout(stdout)
            .spawn()
            .expect("running the child")
    };
    let into_cat = |mut first: std::process::Child| {
        let pipe = first.stdout.take().expect("a pipe");
        let status = Command::new("cat")
            .stdin(pipe)
            .stdout(Stdio::null())
            .status()
            .expect("cat");
        assert!(status.success() && first.wait().expect("the child").success());
    };
    let out = std::fs::File::create(&output).expect("the output file");
    assert!(score(out.into()).wait().expect("the child").success());
    let runs: [&dyn Fn(); 3] = [
        &|| assert!(score(Stdio::null()).wait().expect("the child").success()),
        &|| into_cat(score(Stdio::piped())),
        &|| {
            let cat = Command::new("cat")
                .arg(&output)
                .stdout(Stdio::piped())
                .spawn()
                .expect("cat");
            into_cat(cat)
        },
    ];
    let mut took = [const { Vec::new() }; 3];
    for _ in 0..rounds {
        for (run, took) in runs.iter().zip(&mut took) {
            let start = Instant::now();
            run();
            took.push(start.elapsed().as_secs_f64());
        }
    }
    let [null, pipe, cat] = took.map(|mut t| {
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    });
    println!(
        "\n`score --jsonl FILE` on {n} lines in fresh processes (every core), medians of {rounds} alternating runs:"
    );
    println!(
        "  > /dev/null                      {null:>8.3} s, {:>9.0} answer sets/s",
        n as f64 / null
    );
    println!("  | cat > /dev/null                {pipe:>8.3} s");
    println!("  cat of the same output | cat     {cat:>8.3} s");
    println!(
        "  the pipe over the slower of the two: {:+.0}%",
        (pipe / null.max(cat) - 1.0) * 100.0
    );
}

/// `n` simulated lines (seed 1) written to `path`.
fn write_simulated(q: &Questionnaire, n: u64, path: &std::path::Path) {
    let file = std::fs::File::create(path).expect("creating the answers file");
    let mut w = io::BufWriter::with_capacity(1 << 20, file);
    let mut sim = Simulation::new(q, 1, false, 0.0);
    for _ in 0..n {
        sim.write_next(&mut w).expect("writing the answers file");
    }
    w.flush().expect("writing the answers file");
}

/// Microseconds per line spent reading lines, parsing them, scoring, and writing JSON
/// (each the best of `rounds`, measured as the difference between running up to one step
/// and up to the one before, the four runs in turn each round).
fn phases(q: &Questionnaire, input: &[u8], rounds: usize) -> [f64; 4] {
    let prepared = Prepared::new(q);
    let mut states = [0, 1, 2, 3].map(|step| UpTo {
        step,
        parser: LineParser::with(q.clone()),
        report: None,
        scratch: Scratch::default(),
        json: JsonLines::default(),
        out: Vec::with_capacity(64 * 1024),
        lines_seen: 0,
    });
    let took: [Duration; 4] = best_of_each(rounds, |step| states[step].run(&prepared, input));
    let upto: [f64; 4] =
        std::array::from_fn(|step| took[step].as_secs_f64() * 1e6 / states[step].lines_seen as f64);
    [
        upto[0],
        upto[1] - upto[0],
        upto[2] - upto[1],
        upto[3] - upto[2],
    ]
}

/// A run of [`phases`] that stops each line after `step` (0 reading, 1 parsing, 2 scoring,
/// 3 writing JSON), with what it keeps from line to line, as a batch does.
struct UpTo {
    step: usize,
    parser: LineParser,
    report: Option<powerbalance::Report>,
    scratch: Scratch,
    json: JsonLines,
    out: Vec<u8>,
    lines_seen: usize,
}

impl UpTo {
    fn run(&mut self, prepared: &Prepared, input: &[u8]) {
        let mut lines = Lines::new(input);
        self.lines_seen = 0;
        while let Some((no, line)) = lines.next_line().expect("reading memory") {
            let line = line.expect("simulated lines are short");
            self.lines_seen += 1;
            if self.step == 0 {
                black_box(line);
                continue;
            }
            let (q, pair) = self
                .parser
                .read("bench", no, line)
                .expect("simulated lines parse");
            if self.step == 1 {
                black_box(pair);
                continue;
            }
            // As a batch scores: each line into the last line's report.
            let report = match &mut self.report {
                Some(r) => {
                    prepared.score_into(q, pair, Options::default(), r, &mut self.scratch);
                    r
                }
                None => self
                    .report
                    .insert(prepared.score(q, pair, Options::default())),
            };
            if self.step == 2 {
                black_box(&*report);
                continue;
            }
            self.out.clear();
            self.json.write(report, &mut self.out);
            black_box(&self.out);
        }
    }
}

/// Every line, read the same way, parsed into a `serde_json::Value` and dropped.
fn parse_values(input: &[u8]) {
    let mut lines = Lines::new(input);
    while let Some((_, line)) = lines.next_line().expect("reading memory") {
        let line = line.expect("simulated lines are short");
        let value: serde_json::Value = serde_json::from_slice(line).expect("valid JSON");
        black_box(value);
    }
}

/// Runs `args` in a fresh process (this binary standing in for the CLI, stdout to
/// /dev/null) and returns its peak resident memory in KiB and its wall time.
fn peak_memory(args: &[&str]) -> (u64, Duration) {
    let start = Instant::now();
    let out = Command::new(std::env::current_exe().expect("this binary"))
        .env(RUN_CHILD, args.join("\n"))
        .env(PEAK_CHILD, "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("running the child");
    let took = start.elapsed();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the child failed: {text}");
    let hwm = text
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no VmHWM from the child: {text}"));
    (hwm, took)
}
