//! What a person at the terminal can see during a `session` and a `take`, checked on a model
//! of the terminal (vt100, with a scrollback) fed the real binary's byte stream: at each
//! hand-off and at the gate, neither the screen nor the scrollback holds an earlier
//! person's answers or a private question (SPEC §8, issue 10).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Regex, Session};
use serde_json::Value;

use crate::util;

pub(crate) type Pty =
    Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream>;

/// relationship-short 1.0.0 (the flow tests pin it): 22 shared items, then 3 private ones (the `risk` dimension).
const SHARED: usize = 22;
const PRIVATE: usize = 3;

/// The private items' texts (any one on a shared screen is a leak).
const PRIVATE_TEXTS: &[&str] = &[
    "threatens to hurt me",
    "keeps me from seeing friends",
    "I feel afraid of my partner",
];

/// Text that shows an answer given: the review's and the item screen's markers, and the
/// labels of both scales as the review writes them, "Agree (4)".
const ANSWER_MARKS: &[&str] = &[
    "(your answer)",
    "Review your answers",
    "disagree (",
    "Agree (",
    "Never (",
    "Often (",
    "Very often (",
    "Sometimes (",
    "Rarely (",
];

/// A run of the binary in a pseudo-terminal of `rows` × `cols`, keeping every byte it wrote.
pub(crate) struct Run {
    pub(crate) p: Pty,
    pub(crate) seen: Vec<u8>,
    pub(crate) rows: u16,
    pub(crate) cols: u16,
}

impl Run {
    pub(crate) fn spawn(args: &[&str], data: &Path, rows: u16, cols: u16) -> Run {
        let mut cmd = util::process_in(data);
        cmd.args(args).env("NO_COLOR", "1").env("TERM", "xterm");
        let mut p = Session::spawn(cmd).expect("spawn in a pty");
        p.get_process_mut().set_window_size(cols, rows).unwrap();
        p.set_expect_timeout(Some(Duration::from_secs(20)));
        Run {
            p,
            seen: Vec::new(),
            rows,
            cols,
        }
    }

    /// Waits for `text`, keeping what came before it.
    pub(crate) fn wait(&mut self, text: &str) {
        let got = self.p.expect(text).unwrap_or_else(|e| {
            let screen = screen_now(&self.seen, self.rows, self.cols);
            panic!("waiting for {text:?}: {e}; the screen:\n{screen}")
        });
        self.seen.extend_from_slice(got.as_bytes());
    }

    /// Waits for item `n` of `total` of `me`'s turn.
    fn item(&mut self, me: &str, n: usize, total: usize) {
        let got = self
            .p
            .expect(Regex(format!(
                r"{me}'s turn[^\n]*(\n|· ){n}/{total}( |\x1b)"
            )))
            .unwrap_or_else(|e| panic!("{me}: item {n}/{total}: {e}"));
        self.seen.extend_from_slice(got.as_bytes());
    }

    /// Goes through a text screen's pages ("Press Enter for more.") to its end.
    fn pages(&mut self) {
        loop {
            let got = self
                .p
                .expect(Regex("Press Enter (for more|to continue)"))
                .unwrap();
            self.seen.extend_from_slice(got.as_bytes());
            let last = got.as_bytes().ends_with(b"to continue");
            self.send("\r");
            if last {
                return;
            }
        }
    }

    /// Past the opening, the heading of the first turn ("Part 2, alone: Ana's turn.").
    fn first_turn(&mut self) -> String {
        self.pages();
        let got = self
            .p
            .expect(Regex(r"Part \d, [a-z]+: [A-Za-z]+'s turn\."))
            .unwrap();
        String::from_utf8_lossy(got.get(0).unwrap()).into_owned()
    }

    /// Presses Enter through text screens until `text` is drawn.
    fn pages_until(&mut self, text: &str) {
        self.pages_until_re(&regex_escape(text));
    }

    /// Presses Enter through text screens until the regex `target` matches.
    fn pages_until_re(&mut self, target: &str) {
        let enter = "Press Enter (for more|to continue)";
        loop {
            let got = self
                .p
                .expect(Regex(format!("{enter}|{target}")))
                .unwrap_or_else(|e| panic!("waiting for {target:?}: {e}"));
            self.seen.extend_from_slice(got.as_bytes());
            let text = String::from_utf8_lossy(got.as_bytes()).into_owned();
            let is_enter = text.ends_with("for more") || text.ends_with("to continue");
            if !is_enter {
                return;
            }
            self.send("\r");
        }
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.p.send(keys).unwrap();
    }

    /// Everything a person could see now: the screen and the whole scrollback, of the
    /// alternate screen and of the terminal's own screen beneath it.
    pub(crate) fn visible(&self) -> String {
        visible(&self.seen, self.rows, self.cols)
    }

    /// The rest of the output, the exit code, and what could be seen at the end.
    pub(crate) fn end(mut self) -> (i32, Vec<u8>, String) {
        let got = self.p.expect(Eof).unwrap();
        self.seen.extend_from_slice(got.as_bytes());
        let code = match self.p.get_process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("not a normal exit: {other:?}"),
        };
        let seen = self.visible();
        (code, self.seen, seen)
    }
}

/// The first lines of item `n` of `total` of `me`'s turn, as a regex.
fn item_re(me: &str, n: usize, total: usize) -> String {
    format!(r"{me}'s turn[^\n]*(\n|· ){n}/{total}( |\x1b)")
}

/// `text` with the regex metacharacters escaped.
pub(crate) fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// The screen and the scrollback of both screens after `bytes`.
fn visible(bytes: &[u8], rows: u16, cols: u16) -> String {
    let mut out = String::new();
    for leave_alternate in [false, true] {
        let mut parser =
            vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 10_000);
        parser.process(bytes);
        if leave_alternate {
            parser.process(b"\x1b[?1049l");
        }
        let screen = parser.screen_mut();
        screen.set_scrollback(usize::MAX);
        let mut offset = screen.scrollback();
        loop {
            out.push_str(&screen.contents());
            out.push('\n');
            if offset == 0 {
                break;
            }
            offset = offset.saturating_sub(usize::from(rows));
            screen.set_scrollback(offset);
        }
    }
    out
}

/// Only the screen (no scrollback) now.
pub(crate) fn screen_now(bytes: &[u8], rows: u16, cols: u16) -> String {
    let mut parser = vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 0);
    parser.process(bytes);
    parser.screen().contents()
}

fn assert_clean(seen: &str, when: &str) {
    Form::v1().assert_clean(seen, when);
}

/// What a shared screen must never show for one questionnaire: its private items' texts,
/// and answers in words as the review and the item screens write them.
pub(crate) struct Form {
    private_texts: Vec<String>,
    marks: Vec<String>,
}

impl Form {
    /// relationship-short 1.0.0, as the flow tests pin it.
    fn v1() -> Form {
        Form {
            private_texts: PRIVATE_TEXTS.iter().map(|t| (*t).to_owned()).collect(),
            marks: ANSWER_MARKS.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    /// A questionnaire file's: each private item's text (from after its time frame, so
    /// that the words that tell items apart are looked for), and every label of every
    /// scale as the review writes an answer ("Once (1)").
    pub(crate) fn of(path: &str) -> Form {
        let q: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let private_texts = q["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d.get("private").and_then(toml::Value::as_bool) == Some(true))
            .flat_map(|d| d["items"].as_array().unwrap().iter())
            .map(|i| {
                let text = i["text"].as_str().unwrap();
                let text = text.split_once("12 months, ").map_or(text, |(_, t)| t);
                text.chars().take(30).collect()
            })
            .collect();
        let marks = ANSWER_MARKS.iter().map(|t| (*t).to_owned()).collect();
        Form::with(private_texts, marks, &q)
    }

    /// `private_texts`, and `marks` with every label of `file`'s scales (a questionnaire's
    /// or a translation's) as the review writes an answer.
    pub(crate) fn with(
        private_texts: Vec<String>,
        mut marks: Vec<String>,
        file: &toml::Value,
    ) -> Form {
        for scale in file["scales"].as_table().unwrap().values() {
            for label in scale["labels"].as_array().unwrap() {
                marks.push(format!("{} (", label.as_str().unwrap()));
            }
        }
        Form {
            private_texts,
            marks,
        }
    }

    pub(crate) fn assert_clean(&self, seen: &str, when: &str) {
        for text in self.private_texts.iter().chain(&self.marks) {
            assert!(
                !seen.contains(text.as_str()),
                "{when}: {text:?} can be seen on the screen or in the scrollback:\n{seen}"
            );
        }
    }
}

fn session_args(dir: &Path, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "session",
        "-q",
        "relationship-short@1.0.0",
        "--people",
        "Ana",
        "Ben",
        "--save-dir",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    args.push(dir.display().to_string());
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// What each person answers: every shared item `shared`, every private one `private`.
struct Answers {
    shared: &'static str,
    private: &'static str,
}

/// The bytes written while both people were in the room (the opening, part 1, the gate and
/// after), and those written during part 2, alone.
struct Transcript {
    shared: Vec<u8>,
    code: i32,
}

/// What can be seen at a hand-off (or the gate): no answer, no private item, and no earlier
/// item screen ("Ana's turn, together").
fn at_hand_off(run: &Run, form: &Form, when: &str) -> String {
    let seen = run.visible();
    form.assert_clean(&seen, when);
    assert!(
        !seen.contains("'s turn, "),
        "{when}: an earlier item screen: {seen}"
    );
    seen
}

/// Drives a whole session, checking at every hand-off and at the gate that nothing of an
/// earlier person's answers and no private item can be seen. In Ana's part 1 she goes back,
/// changes an answer on the review screen and moves with ↓, as the issue describes.
fn whole_session(dir: &Path, data: &Path, answers: [&Answers; 2], show: bool) -> Transcript {
    let args = session_args(dir, &["-f", "json"]);
    let mut run = Run::spawn(&strs(&args), data, 30, 100);
    let form = Form::v1();
    run.pages();
    let names = ["Ana", "Ben"];
    for (i, me) in names.into_iter().enumerate() {
        run.wait(&format!("Part 1, together: {me}'s turn."));
        run.wait("Press Enter to continue.");
        at_hand_off(&run, &form, &format!("hand-off to {me}, together"));
        run.send("\r");
        for n in 1..=SHARED {
            run.item(me, n, SHARED);
            run.send(answers[i].shared);
            if i == 0 && n == 3 {
                // Back to item 3 from item 4, and the same answer again.
                run.item(me, 4, SHARED);
                run.send("b");
                run.item(me, 3, SHARED);
                run.send(answers[i].shared);
            }
        }
        run.wait("Review your answers");
        if i == 0 {
            // Change item 2 on the review: ↓ ↓ Enter, then ↓ and the answer.
            run.send("\x1b[B\x1b[B\r");
            run.item(me, 2, SHARED);
            run.send("\x1b[B");
            run.wait("❯");
            run.send(answers[i].shared);
            run.wait("Review your answers");
        }
        run.send("\r");
    }
    let part2_start = run.seen.len();
    for (i, me) in names.into_iter().enumerate() {
        let other = names[1 - i];
        alone_part(
            &mut run,
            &form,
            me,
            other,
            (PRIVATE, PRIVATE),
            answers[i].private,
        );
    }
    let part2_end = run.seen.len();
    run.wait("Finish without showing it");
    let seen = at_hand_off(&run, &form, "the gate");
    assert!(!seen.contains("private results"), "{seen}");
    run.send(if show { "j" } else { "f" });
    let (code, seen, at_end) = run.end();
    assert_clean(&at_end, "the end");
    let mut shared = seen[..part2_start].to_vec();
    shared.extend_from_slice(&seen[part2_end..]);
    Transcript { shared, code }
}

/// Answers `me`'s item screens of `total` with `key` until the review screen, and returns
/// how many were asked (fewer than `total` where an `asked_if` gate is closed).
fn answer_until_review(run: &mut Run, me: &str, total: usize, key: &str) -> usize {
    answer_until_review_first(run, me, total, key, key)
}

/// [`answer_until_review`], answering the first item `first` (a gate, in the 2.0.0 forms).
fn answer_until_review_first(
    run: &mut Run,
    me: &str,
    total: usize,
    first: &str,
    key: &str,
) -> usize {
    let review = "Review your answers";
    let mut asked = 0;
    loop {
        let got = run
            .p
            .expect(Regex(format!("{}|{review}", item_re_any(me, total))))
            .unwrap_or_else(|e| panic!("{me}: after {asked} items of {total}: {e}"));
        run.seen.extend_from_slice(got.as_bytes());
        if got.get(0).is_some_and(|m| m == review.as_bytes()) {
            return asked;
        }
        run.send(if asked == 0 { first } else { key });
        asked += 1;
        assert!(asked <= total, "{me}: more than {total} items");
    }
}

/// Any item screen of `total` of `me`'s turn, as a regex.
fn item_re_any(me: &str, total: usize) -> String {
    format!(r"{me}'s turn[^\n]*(\n|· )\d+/{total}( |\x1b)")
}

/// One person's part 2, alone: the hand-off (nothing of anyone's answers, no private item),
/// the private items answered `key` each, masked on the review, the person's own results,
/// and the screen after them, which shows nothing of those results. `asked` items are
/// asked (and announced) of `total`, the others' gates being closed.
fn alone_part(
    run: &mut Run,
    form: &Form,
    me: &str,
    other: &str,
    (asked, total): (usize, usize),
    key: &str,
) {
    run.wait(&format!("Part 2, alone: {me}'s turn."));
    run.wait("Press Enter to continue.");
    let seen = at_hand_off(run, form, &format!("hand-off to {me}, alone"));
    assert!(seen.contains(&format!("press Enter only once {other} has left the room")));
    run.send("\r");
    // The number announced is the number asked.
    run.wait(&format!(
        "{me}, the next {asked} questions are about your own safety."
    ));
    // What is promised is what the tool does: it does not show them, not that no one can.
    run.wait(&format!("This tool does not show your answers to {other}:"));
    run.wait("Press Enter to continue.");
    run.send("\r");
    assert_eq!(
        answer_until_review(run, me, total, key),
        asked,
        "{me}'s private items asked"
    );
    run.wait("q quick exit");
    // Masked until asked: "answered" once an item, no label.
    let review = screen_now(&run.seen, run.rows, run.cols);
    assert_eq!(review.matches("answered").count(), total, "{review}");
    // (The person alone sees the questions, but not the answers.)
    for mark in &form.marks[2..] {
        assert!(
            !review.contains(mark.as_str()),
            "the masked review shows {mark:?}: {review}"
        );
    }
    // The person asks to see them (v), then finishes: what was shown is wiped with the rest.
    run.send("v");
    run.wait("hide private answers");
    let shown = screen_now(&run.seen, run.rows, run.cols);
    assert!(
        form.marks[2..].iter().any(|m| shown.contains(m.as_str())),
        "v shows the answers: {shown}"
    );
    run.send("\r");
    run.wait(&format!("{me}, your private results"));
    run.pages();
    run.wait(&format!("Thank you, {me}."));
    run.wait("Press Enter to continue.");
    form.assert_clean(&run.visible(), &format!("after {me}'s own results"));
    assert!(!run.visible().contains("your private results"));
    run.send("\r");
}

/// Finishing times differ between two runs: masked out, with everything else kept.
fn without_times(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("(finished ") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(')').map_or(rest.len(), |e| at + e + 1);
        out.push_str("(finished …)");
        rest = &rest[end..];
    }
    out.push_str(rest);
    // And every RFC 3339 time (`2026-11-20T19:17:40Z`), as the JSON report's `completed`.
    let shape = "dddd-dd-ddTdd:dd:ddZ".as_bytes();
    let fits = |w: &[u8]| {
        w.iter().zip(shape).all(|(b, s)| {
            if *s == b'd' {
                b.is_ascii_digit()
            } else {
                b == s
            }
        })
    };
    let bytes = out.as_bytes();
    let mut masked = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.len() - i >= shape.len() && fits(&bytes[i..i + shape.len()]) {
            masked.push_str("TIME");
            i += shape.len();
        } else {
            let c = out[i..].chars().next().unwrap();
            masked.push(c);
            i += c.len_utf8();
        }
    }
    masked
}

/// relationship-short's shared items' texts, in order.
fn shared_texts() -> Vec<String> {
    let text = std::fs::read_to_string("questionnaires/1.0.0/relationship-short.toml").unwrap();
    let q: toml::Value = toml::from_str(&text).unwrap();
    q["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d.get("private").and_then(toml::Value::as_bool) != Some(true))
        .flat_map(|d| d["items"].as_array().unwrap().iter())
        .map(|i| i["text"].as_str().unwrap().to_owned())
        .collect()
}

pub(crate) fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The binary run once to its end with `args`, as the harness sets it up.
pub(crate) fn output_of(args: &[&str]) -> std::process::Output {
    util::powerbalance().args(args).output().unwrap()
}

#[test]
fn a_whole_session_leaves_nothing_to_see_and_private_answers_change_nothing_shared() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("session");
    let data = root.path().join("data");
    let dir_str = dir.to_str().unwrap().to_owned();
    // Every private rule fires (4, "Very often", on every risk item) or none does (0).
    let fire = Answers {
        shared: "3",
        private: "4",
    };
    let calm = Answers {
        shared: "3",
        private: "0",
    };
    let mut outcomes = Vec::new();
    for (answers, name) in [([&fire, &fire], "fire"), ([&calm, &calm], "calm")] {
        let _ = std::fs::remove_dir_all(&dir);
        let t = whole_session(&dir, &data, answers, true);
        let keep = root.path().join(name);
        std::fs::rename(&dir, &keep).unwrap();
        outcomes.push((t, keep));
    }
    let [(fire_t, fire_dir), (calm_t, calm_dir)] = <[_; 2]>::try_from(outcomes).ok().unwrap();
    assert_eq!(fire_t.code, 0);
    assert_eq!(calm_t.code, 0);
    assert_eq!(fire_t.code, calm_t.code, "the same exit code");
    let (fire_text, calm_text) = (
        without_times(&String::from_utf8_lossy(&fire_t.shared)),
        without_times(&String::from_utf8_lossy(&calm_t.shared)),
    );
    assert!(
        fire_text.contains("\"respondents\": ["),
        "the joint report was shown"
    );
    assert_eq!(
        fire_text, calm_text,
        "the shared screen is byte for byte the same"
    );

    // The joint report the session wrote, and the joint report in every format.
    // (Byte for byte but for the finishing times, which two runs cannot share.)
    let joint_file =
        |d: &Path| without_times(&std::fs::read_to_string(d.join("joint.report.json")).unwrap());
    assert_eq!(joint_file(&fire_dir), joint_file(&calm_dir));
    for format in ["table", "json", "markdown", "html", "csv"] {
        let [fire_out, calm_out] = [&fire_dir, &calm_dir].map(|d| {
            let (a, b) = (d.join("ana.json"), d.join("ben.json"));
            output_of(&[
                "score",
                a.to_str().unwrap(),
                b.to_str().unwrap(),
                "-f",
                format,
                "--fail-on",
                "warning",
            ])
        });
        assert_eq!(fire_out.status.code(), calm_out.status.code(), "{format}");
        assert_eq!(
            without_times(&String::from_utf8_lossy(&fire_out.stdout)),
            without_times(&String::from_utf8_lossy(&calm_out.stdout)),
            "{format}"
        );
        if format != "csv" {
            // (CSV's columns are the questionnaire's, private ones empty in a joint report.)
            assert!(
                !String::from_utf8_lossy(&fire_out.stdout).contains("risk"),
                "{format}"
            );
        }
    }
    let joint = String::from_utf8_lossy(
        &output_of(&[
            "score",
            fire_dir.join("ana.json").to_str().unwrap(),
            fire_dir.join("ben.json").to_str().unwrap(),
        ])
        .stdout,
    )
    .into_owned();
    assert!(
        !joint.contains("None of this questionnaire's rules fired"),
        "{joint}"
    );

    // The clinician reports differ as they should: every private rule of both people, and
    // the next step, against none.
    let fire_c = read_json(&fire_dir.join("clinician.report.json"));
    let calm_c = read_json(&calm_dir.join("clinician.report.json"));
    let rules = |c: &Value| -> Vec<String> {
        c["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["private"] == true)
            .map(|w| {
                format!(
                    "{} {}",
                    w["rule"].as_str().unwrap(),
                    w["person"].as_str().unwrap()
                )
            })
            .collect()
    };
    // relationship-short's private rules: risk-threats, risk-fear, risk-control (item rules,
    // one per respondent), risk-pattern (a high rule, about the person described).
    let fired = rules(&fire_c);
    for rule in ["risk-threats", "risk-fear", "risk-control"] {
        for who in ["Ana", "Ben"] {
            assert!(
                fired.contains(&format!("{rule} {who}")),
                "{rule} {who}: {fired:?}"
            );
        }
    }
    assert_eq!(rules(&calm_c), Vec::<String>::new());
    assert_eq!(fire_c["report"], "clinician");
    assert!(
        fire_c["next_step"]
            .as_str()
            .unwrap()
            .contains("each person on their own before any joint work on power or control")
    );
    assert!(
        calm_c["next_step"]
            .as_str()
            .unwrap()
            .starts_with("No private or alert rule fired")
    );
    for d in [&fire_dir, &calm_dir] {
        for f in [
            "ana.json",
            "ben.json",
            "joint.report.json",
            "clinician.report.json",
        ] {
            let mode = std::fs::metadata(d.join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{f}");
        }
    }

    // `score --clinician` makes the same report again from the two files, in any format.
    let again = output_of(&[
        "score",
        "--clinician",
        fire_dir.join("ana.json").to_str().unwrap(),
        fire_dir.join("ben.json").to_str().unwrap(),
        "-f",
        "json",
    ]);
    assert!(again.status.success());
    assert_eq!(
        serde_json::from_slice::<Value>(&again.stdout).unwrap(),
        fire_c
    );
    for (format, heading) in [
        ("table", "Next step"),
        ("markdown", "## Next step"),
        ("html", "<h2>Next step</h2>"),
        ("csv", "next_step"),
    ] {
        let out = output_of(&[
            "score",
            "--clinician",
            fire_dir.join("ana.json").to_str().unwrap(),
            fire_dir.join("ben.json").to_str().unwrap(),
            "-f",
            format,
        ]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(heading), "{format}: {text}");
        if format == "csv" {
            // Ana's row counts her private alerts (threats, fear, control).
            let mut lines = text.lines();
            let header: Vec<&str> = lines.next().unwrap().split(',').collect();
            let ana: Vec<&str> = lines.next().unwrap().split(',').collect();
            let alerts = header.iter().position(|c| *c == "alerts").unwrap();
            assert_ne!(ana[alerts], "0", "{text}");
        } else {
            assert!(text.contains("Safety"), "{format}: private results shown");
        }
    }
    let _ = dir_str;
}

#[test]
fn the_gate_is_the_same_whether_or_not_the_report_is_shown_next() {
    // Finishing without the joint report: nothing of it on screen, and nothing left in
    // the scrollback at the end.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("s");
    let t = whole_session(
        &dir,
        &root.path().join("data"),
        [
            &Answers {
                shared: "2",
                private: "3",
            },
            &Answers {
                shared: "4",
                private: "1",
            },
        ],
        false,
    );
    assert_eq!(t.code, 0);
    let tail = String::from_utf8_lossy(&t.shared);
    assert!(
        !tail.contains("\"respondents\""),
        "the joint report was not shown"
    );
    assert!(tail.contains("Finished. The answers and the reports are saved in"));
}

#[test]
fn quick_exit_saves_wipes_and_says_nothing() {
    let root = tempfile::tempdir().unwrap();
    let saved = root.path().join("ana.json");
    let mut run = Run::spawn(
        &[
            "take",
            "-q",
            "relationship-short@1.0.0",
            "--respondent",
            "Ana",
            "--partner",
            "Ben",
            "--save",
            saved.to_str().unwrap(),
        ],
        root.path(),
        30,
        100,
    );
    run.wait("Press Enter to continue.");
    run.send("\r");
    run.p.expect(Regex(r"\x1b\[H1/25  ")).unwrap();
    run.send("4");
    run.p.expect(Regex(r"\x1b\[H2/25  ")).unwrap();
    run.send("2");
    let got = run.p.expect(Regex(r"\x1b\[H3/25  ")).unwrap();
    run.seen.extend_from_slice(got.as_bytes());
    run.wait("and Enter.");
    assert!(
        run.visible().contains("q  Quick exit"),
        "shown on the item screen"
    );
    let before = run.seen.len();
    run.send("q");
    let (code, seen, at_end) = run.end();
    assert_eq!(code, 130);
    // Nothing printed after the key but terminal controls: no letter at all.
    let after = String::from_utf8_lossy(&seen[before..]).into_owned();
    let printed: String = strip_controls(&after);
    assert!(
        printed.trim().is_empty(),
        "printed after the quick exit: {printed:?}"
    );
    assert!(after.contains("\x1b[3J"), "the scrollback is cleared");
    assert!(at_end.trim().is_empty(), "nothing can be seen: {at_end}");
    let answers = read_json(&saved)["answers"].clone();
    assert_eq!(answers["coercive-self-1"], 4);
    assert_eq!(answers["coercive-partner-1"], 2);
    assert_eq!(answers.as_object().unwrap().len(), 2);
    // The run's claim on the file (and any temporary file) goes with it.
    let left: Vec<String> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".powerbalance-"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// `text` less its escape sequences (CSI and OSC) and control characters.
fn strip_controls(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    for c in chars.by_ref() {
                        if c == '\x07' {
                            break;
                        }
                    }
                }
                _ => {}
            }
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_ten_row_terminal_keeps_the_question_in_view() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("s");
    let args = session_args(&dir, &[]);
    let (rows, cols) = (10, 60);
    let mut run = Run::spawn(&strs(&args), &root.path().join("data"), rows, cols);
    // The opening text is longer than 10 rows: it comes a page at a time.
    run.wait("Press Enter for more.");
    run.send("\r");
    run.pages();
    run.pages();
    let texts = shared_texts();
    for (n, text) in texts.iter().enumerate().take(4).map(|(i, t)| (i + 1, t)) {
        run.item("Ana", n, SHARED);
        // Move the cursor up and down before answering: each is a redraw in place.
        run.send("\x1b[B");
        run.wait("❯");
        run.send("\x1b[B");
        run.wait("❯");
        let screen = screen_now(&run.seen, rows, cols);
        assert!(screen.contains("Ana's turn"), "{screen}");
        let start: String = text.chars().take(20).collect();
        assert!(
            screen.contains(&start),
            "item {n}'s question in view: {screen}"
        );
        assert!(screen.contains("q quick exit"), "{screen}");
        assert!(screen.lines().count() <= usize::from(rows));
        run.send("3");
    }
    // Nothing went to the scrollback of the terminal's own screen.
    let mut parser = vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 10_000);
    parser.process(&run.seen);
    parser.process(b"\x1b[?1049l");
    parser.screen_mut().set_scrollback(usize::MAX);
    assert_eq!(
        parser.screen().scrollback(),
        0,
        "no copies in the scrollback"
    );
    // On to the end: the rest of Ana's items, Ben's, both private parts, then the gate,
    // every screen within 10 rows and its keys in view.
    for n in 5..=SHARED {
        run.item("Ana", n, SHARED);
        run.send("3");
    }
    let review = |run: &mut Run| {
        run.wait("Finish: these are my answers");
        run.wait("q quick exit");
        let screen = screen_now(&run.seen, rows, cols);
        assert!(screen.lines().count() <= usize::from(rows), "{screen}");
        run.send("\r");
    };
    review(&mut run);
    for (me, part, total) in [
        ("Ben", "together", SHARED),
        ("Ana", "alone", PRIVATE),
        ("Ben", "alone", PRIVATE),
    ] {
        // Through the hand-off (and, in part 2, the person's own results before it).
        run.pages_until_re(&item_re(me, 1, total));
        let turn = format!("{me}'s turn, {part}");
        assert!(screen_now(&run.seen, rows, cols).contains(&turn), "{turn}");
        for n in 1..=total {
            if n > 1 {
                run.item(me, n, total);
            }
            let screen = screen_now(&run.seen, rows, cols);
            assert!(screen.lines().count() <= usize::from(rows));
            run.send("2");
        }
        review(&mut run);
    }
    run.pages_until("Finish without showing it");
    let gate = screen_now(&run.seen, rows, cols);
    assert!(
        gate.contains("j  Show the joint report on this screen"),
        "{gate}"
    );
    assert!(gate.contains("f  Finish without showing it"), "{gate}");
    run.send("f");
    let (code, _, at_end) = run.end();
    assert_eq!(code, 0);
    assert!(at_end.contains("Finished."), "{at_end}");
    assert_clean(&at_end, "the end, at 10 rows");
}

#[test]
fn resume_without_save_dir_finds_the_latest_unfinished_session_and_its_questionnaire() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let couples = data.join("powerbalance/couples/ana+ben");
    // Ana answers her shared items, then quick-exits at Ben's first item.
    let args = [
        "session",
        "-q",
        "relationship-short@1.0.0",
        "--people",
        "Ana",
        "Ben",
    ];
    let mut run = Run::spawn(&args, &data, 30, 100);
    run.pages();
    run.pages();
    for n in 1..=SHARED {
        run.item("Ana", n, SHARED);
        run.send("2");
    }
    run.wait("Review your answers");
    run.send("\r");
    run.wait("Press Enter to continue.");
    run.send("\r");
    run.item("Ben", 1, SHARED);
    run.send("q");
    let (code, _, at_end) = run.end();
    assert_eq!(code, 130);
    assert!(
        at_end.trim().is_empty(),
        "the quick exit wiped everything: {at_end}"
    );
    let folders_in = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    };
    let folders = folders_in(&couples);
    assert_eq!(folders.len(), 1, "{folders:?}");

    // Again, with the names the other way round and no -q: the same folder, Ben's turn.
    let mut run = Run::spawn(&["session", "--people", "Ben", "Ana"], &data, 30, 100);
    run.wait("(short form)");
    run.pages();
    run.wait("Part 1, together: Ben's turn.");
    run.wait("Press Enter to continue.");
    run.send("\r");
    run.item("Ben", 1, SHARED);
    run.send("q");
    assert_eq!(run.end().0, 130);
    assert_eq!(folders_in(&couples), folders, "no second session folder");
    let ana = read_json(&folders[0].join("ana.json"));
    assert_eq!(ana["answers"].as_object().unwrap().len(), SHARED);
    assert_eq!(ana["questionnaire"], "relationship-short");
}

/// relationship-short answers of `me` about `other`: every shared item `shared`, every
/// private one `private`, written to `dir/<me>.json`.
fn filled(dir: &Path, me: &str, other: &str, shared: i64, private: i64) -> PathBuf {
    let out = output_of(&[
        "template",
        "-q",
        "relationship-short@1.0.0",
        "--respondent",
        me,
        "--partner",
        other,
    ]);
    let mut answers: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (id, v) in answers["answers"].as_object_mut().unwrap() {
        *v = (if id.starts_with("risk-") {
            private
        } else {
            shared
        })
        .into();
    }
    let path = dir.join(format!("{me}.json"));
    std::fs::write(&path, answers.to_string()).unwrap();
    path
}

#[test]
fn private_warnings_have_their_own_heading_and_speak_to_the_one_person() {
    let dir = tempfile::tempdir().unwrap();
    let ana = filled(dir.path(), "Ana", "Ben", 3, 4);
    let out = output_of(&["score", ana.to_str().unwrap()]);
    let own = String::from_utf8_lossy(&out.stdout);
    // Ana's own report: her three private alerts under their own heading, each prompt put
    // to her alone; no couple's heading or prompt label among them.
    let private = own.find("Private: about your safety").expect(&own);
    let section = &own[private..];
    let section = &section[..section.find("\n\n\n").unwrap_or(section.len())];
    assert_eq!(
        section
            .matches("For you to think about, on your own:")
            .count(),
        3,
        "{own}"
    );
    assert!(!section.contains("To talk about"), "{section}");
    assert!(
        !own.contains("Needs attention"),
        "no alert under the couple's heading"
    );
    // Nothing fired in a calm own report: that sentence is true there.
    let calm = filled(dir.path(), "Cleo", "Dan", 3, 0);
    let out = output_of(&["score", calm.to_str().unwrap()]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("None of this questionnaire's rules fired.")
    );
}

#[test]
fn people_named_like_the_reports_keep_their_answers() {
    // A person called "Clinician" gets clinician.json; the reports are *.report.*, so neither
    // overwrites it, and the session is not taken for finished before it is.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("s");
    let input = format!(
        "\n\n{}f\n\n{}f\nf\n",
        "2\n".repeat(SHARED),
        "2\n".repeat(SHARED)
    );
    let out = util::process()
        .args([
            "session",
            "--plain",
            "-q",
            "relationship-short@1.0.0",
            "--people",
            "Clinician",
            "Joint",
            "-f",
            "json",
        ])
        .arg("--save-dir")
        .arg(&dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(input.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for who in ["clinician", "joint"] {
        let saved = read_json(&dir.join(format!("{who}.json")));
        assert_eq!(saved["answers"].as_object().unwrap().len(), SHARED, "{who}");
    }
    assert_eq!(
        read_json(&dir.join("clinician.report.json"))["report"],
        "clinician"
    );
    assert!(dir.join("joint.report.json").is_file());
}

/// A 2.0.0 form as a session asks it: its shared and private item counts.
struct V2 {
    spec: &'static str,
    file: &'static str,
    shared: usize,
    private: usize,
}

/// relationship-short 2.0.0: 28 shared items (`decide-money` asked only when
/// `situation-money`, the first, is 2 or more), then the 8 private items of `risk`.
const SHORT_V2: V2 = V2 {
    spec: "relationship-short@2.0.0",
    file: "questionnaires/relationship-short.toml",
    shared: 28,
    private: 8,
};

/// relationship 2.0.0, the default: 81 shared items, the first `situation-children`, which
/// gates `decide-children` and the private `risk-children-taken` and `risk-children-harmed`;
/// the second `situation-money`, which gates `decide-money`; then 21 private items.
const FULL_V2: V2 = V2 {
    spec: "relationship@2.0.0",
    file: "questionnaires/relationship.toml",
    shared: 81,
    private: 21,
};

/// How one person answers: `first` to the first item, `shared` to the other shared items,
/// `private` to the private ones; and how many shared and private items the gates leave.
#[derive(Clone, Copy)]
struct Keys {
    first: &'static str,
    shared: &'static str,
    private: &'static str,
    asked: (usize, usize),
}

/// A whole session on a 2.0.0 form, with the checks of [`at_hand_off`] at every hand-off
/// and at the gate, and the number of items each person is asked given their gates.
fn v2_session(form: &V2, dir: &Path, data: &Path, keys: [Keys; 2], show: bool) -> Transcript {
    let mut args: Vec<String> = ["session", "-q", form.spec]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    args.extend(session_args(dir, &["-f", "json"]).into_iter().skip(3));
    let clean = Form::of(form.file);
    let mut run = Run::spawn(&strs(&args), data, 30, 100);
    run.pages();
    let names = ["Ana", "Ben"];
    for (i, me) in names.into_iter().enumerate() {
        run.wait(&format!("Part 1, together: {me}'s turn."));
        run.wait("Press Enter to continue.");
        at_hand_off(&run, &clean, &format!("hand-off to {me}, together"));
        run.send("\r");
        let k = keys[i];
        let asked = answer_until_review_first(&mut run, me, form.shared, k.first, k.shared);
        assert_eq!(asked, k.asked.0, "{me}'s shared items asked");
        run.send("\r");
    }
    let part2_start = run.seen.len();
    for (i, me) in names.into_iter().enumerate() {
        let k = keys[i];
        alone_part(
            &mut run,
            &clean,
            me,
            names[1 - i],
            (k.asked.1, form.private),
            k.private,
        );
        if i == 0 {
            // A second between the two parts alone, so a finishing time taken at the end of
            // one person's part would differ from the other's (see the closed-gate test).
            std::thread::sleep(std::time::Duration::from_millis(1100));
        }
    }
    let part2_end = run.seen.len();
    run.wait("Finish without showing it");
    let seen = at_hand_off(&run, &clean, "the gate");
    assert!(!seen.contains("private results"), "{seen}");
    run.send(if show { "j" } else { "f" });
    let (code, seen, at_end) = run.end();
    clean.assert_clean(&at_end, "the end");
    let mut shared = seen[..part2_start].to_vec();
    shared.extend_from_slice(&seen[part2_end..]);
    Transcript { shared, code }
}

/// Two sessions on `form` that differ only in the private answers: "2" on every private
/// item ("A few times", and "Yes" to things getting worse, so the red flags and the
/// repeated tiers fire) against "0" (nothing fires). The shared screen, the joint reports
/// in every format with every --fail-on, their exit codes and messages are the same; the
/// clinician reports differ as they should. Returns the "fire" session's folder.
fn v2_sessions_differing_only_in_private_answers(
    form: &V2,
    root: &Path,
    people: [Keys; 2],
) -> PathBuf {
    let dir = root.join("session");
    let data = root.join("data");
    let mut outcomes = Vec::new();
    for (private, name) in [("2", "fire"), ("0", "calm")] {
        let keys = people.map(|k| Keys { private, ..k });
        let t = v2_session(form, &dir, &data, keys, true);
        let keep = root.join(name);
        std::fs::rename(&dir, &keep).unwrap();
        outcomes.push((t, keep));
    }
    let [(fire_t, fire_dir), (calm_t, calm_dir)] = <[_; 2]>::try_from(outcomes).ok().unwrap();
    assert_eq!(fire_t.code, 0);
    assert_eq!(fire_t.code, calm_t.code, "the same exit code");
    let (fire_text, calm_text) = (
        without_times(&String::from_utf8_lossy(&fire_t.shared)),
        without_times(&String::from_utf8_lossy(&calm_t.shared)),
    );
    assert!(
        fire_text.contains("\"respondents\": ["),
        "the joint report was shown"
    );
    assert!(fire_text.contains("\"decisions\""), "with its decisions");
    assert_eq!(
        fire_text, calm_text,
        "{}: the shared screen is byte for byte the same",
        form.spec
    );
    let joint_file =
        |d: &Path| without_times(&std::fs::read_to_string(d.join("joint.report.json")).unwrap());
    assert_eq!(joint_file(&fire_dir), joint_file(&calm_dir));
    for format in ["table", "json", "markdown", "html", "csv"] {
        for fail_on in ["info", "warning", "alert"] {
            let [fire_out, calm_out] = [&fire_dir, &calm_dir].map(|d| {
                let (a, b) = (d.join("ana.json"), d.join("ben.json"));
                output_of(&[
                    "score",
                    a.to_str().unwrap(),
                    b.to_str().unwrap(),
                    "-f",
                    format,
                    "--fail-on",
                    fail_on,
                ])
            });
            assert_eq!(
                fire_out.status.code(),
                calm_out.status.code(),
                "{format} --fail-on {fail_on}"
            );
            assert_eq!(
                without_times(&String::from_utf8_lossy(&fire_out.stdout)),
                without_times(&String::from_utf8_lossy(&calm_out.stdout)),
                "{format}"
            );
            assert_eq!(fire_out.stderr, calm_out.stderr, "{format}");
        }
    }
    let fire_c = clinician_rules(&fire_dir);
    for rule in [
        "risk-red-strangulation",
        "risk-red-escalation",
        "risk-fear-repeated",
    ] {
        for who in ["Ana", "Ben"] {
            assert!(
                fire_c.contains(&format!("{rule} {who}")),
                "{rule} {who}: {fire_c:?}"
            );
        }
    }
    assert_eq!(clinician_rules(&calm_dir), Vec::<String>::new());
    for d in [&fire_dir, &calm_dir] {
        for f in [
            "ana.json",
            "ben.json",
            "joint.report.json",
            "clinician.report.json",
        ] {
            let mode = std::fs::metadata(d.join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{f}");
        }
        let mode = std::fs::metadata(d).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "the session folder");
    }
    fire_dir
}

/// The private rules that fired in a session folder's clinician report, as "rule person".
fn clinician_rules(dir: &Path) -> Vec<String> {
    read_json(&dir.join("clinician.report.json"))["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["private"] == true)
        .map(|w| {
            format!(
                "{} {}",
                w["rule"].as_str().unwrap(),
                w["person"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_whole_short_v2_session_with_a_closed_gate_keeps_private_answers_out_of_everything_shared() {
    // Ana answers "1" to everything shared: "We keep our money separate", so decide-money
    // is not asked of her (27 of 28); Ben "3", so it is (28).
    let root = tempfile::tempdir().unwrap();
    let ana = Keys {
        first: "1",
        shared: "1",
        private: "",
        asked: (27, 8),
    };
    let ben = Keys {
        first: "3",
        shared: "3",
        private: "",
        asked: (28, 8),
    };
    let fire = v2_sessions_differing_only_in_private_answers(&SHORT_V2, root.path(), [ana, ben]);
    let ana = read_json(&fire.join("ana.json"));
    let ben = read_json(&fire.join("ben.json"));
    assert!(
        ana["answers"]
            .get("decide-money")
            .is_none_or(Value::is_null),
        "{ana}"
    );
    assert_eq!(ben["answers"]["decide-money"], 3);
    // Both are marked finished at one time, after both parts alone: the time of the end of
    // one person's private part would tell the other how long it took.
    assert!(ana["completed"].is_string(), "{ana}");
    assert_eq!(ana["completed"], ben["completed"]);
}

#[test]
fn a_whole_default_v2_session_with_gated_private_items_keeps_them_out_of_everything_shared() {
    // Ana is raising children ("1" first), so she is asked decide-children and the two
    // private items about children (21); with "1" to the money item, not decide-money
    // (80 of 81). Ben is not ("0" first): no decide-children and 19 private items; "2" to
    // the money item opens decide-money (80 of 81).
    let root = tempfile::tempdir().unwrap();
    let ana = Keys {
        first: "1",
        shared: "1",
        private: "",
        asked: (80, 21),
    };
    let ben = Keys {
        first: "0",
        shared: "2",
        private: "",
        asked: (80, 19),
    };
    let fire = v2_sessions_differing_only_in_private_answers(&FULL_V2, root.path(), [ana, ben]);
    // The gated private rule fires for the person it applies to, and only in the
    // clinician report.
    let fired = clinician_rules(&fire);
    assert!(fired.contains(&"risk-children Ana".to_owned()), "{fired:?}");
    assert!(
        !fired.contains(&"risk-children Ben".to_owned()),
        "{fired:?}"
    );
    let ben = read_json(&fire.join("ben.json"));
    assert!(
        ben["answers"]
            .get("risk-children-taken")
            .is_none_or(Value::is_null),
        "{ben}"
    );
}

/// relationship 2.0.0 answers of `me` about `other`, as a session saves them: every item
/// that applies given `children` (0 or 1) answered with its scale's lowest value but 1 on
/// the gate, the private ones only when `private`, `completed` when `done`.
fn v2_saved(dir: &Path, me: &str, other: &str, children: i64, private: bool, done: bool) {
    let text = std::fs::read_to_string("questionnaires/relationship.toml").unwrap();
    let q: toml::Value = toml::from_str(&text).unwrap();
    let mut answers = serde_json::Map::new();
    for d in q["dimensions"].as_array().unwrap() {
        let is_private = d.get("private").and_then(toml::Value::as_bool) == Some(true);
        if is_private && !private {
            continue;
        }
        for item in d["items"].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let gated_on_children = item
                .get("asked_if")
                .is_some_and(|g| g["item"].as_str() == Some("situation-children"));
            if gated_on_children && children == 0 {
                continue;
            }
            let scale = item
                .get("scale")
                .and_then(toml::Value::as_str)
                .unwrap_or("agreement");
            let min = q["scales"][scale]["min"].as_integer().unwrap();
            let value = if id == "situation-children" {
                children
            } else {
                min.max(1)
                    .min(q["scales"][scale]["max"].as_integer().unwrap())
            };
            answers.insert(id.to_owned(), value.into());
        }
    }
    let saved = serde_json::json!({
        "questionnaire": "relationship",
        "version": "2.0.0",
        "respondent": me,
        "partner": other,
        "started": "2026-11-30T10:00:00Z",
        "completed": if done { Value::from("2026-11-30T10:30:00Z") } else { Value::Null },
        "answers": answers,
    });
    let path = dir.join(format!("{}.json", me.to_lowercase()));
    std::fs::write(&path, saved.to_string()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn a_resumed_v2_session_does_not_hand_the_keyboard_back_to_someone_who_finished() {
    // Ana finished both parts; she has no children, so the items gated on children were
    // never asked of her. Ben finished part 1 and stopped. Going on must be Ben's part 2:
    // handing back to Ana ("Part 1, together: Ana's turn", then her review) would show her
    // answers again, and, where a private item gates another, would tell Ben whether her
    // private gate was open.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("s");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    v2_saved(&dir, "Ana", "Ben", 0, true, true);
    v2_saved(&dir, "Ben", "Ana", 1, false, false);
    let args = session_args(&dir, &[]);
    // (No -q: the session takes the questionnaire from the saved files.)
    let mut args: Vec<&str> = strs(&args);
    args.drain(1..3);
    let mut run = Run::spawn(&args, &root.path().join("data"), 30, 100);
    assert_eq!(run.first_turn(), "Part 2, alone: Ben's turn.");
    run.wait("Press Enter to continue.");
    run.send("q");
    assert_eq!(run.end().0, 130);
}

#[test]
fn the_clinician_report_does_not_read_unasked_safety_questions_as_a_clear_screen() {
    // A --plain session leaves the private items for later: until then, "no private or alert
    // rule fired" must not stand alone as if the screen were clear.
    let dir = tempfile::tempdir().unwrap();
    let ana = filled(dir.path(), "Ana", "Ben", 3, 0);
    let ben = filled(dir.path(), "Ben", "Ana", 3, 0);
    let mut saved = read_json(&ben);
    saved["answers"]
        .as_object_mut()
        .unwrap()
        .retain(|id, _| !id.starts_with("risk-"));
    std::fs::write(&ben, saved.to_string()).unwrap();
    let next_step = |a: &Path, b: &Path| {
        let out = output_of(&[
            "score",
            "--clinician",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "-f",
            "json",
        ]);
        assert!(out.status.success());
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["next_step"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let step = next_step(&ana, &ben);
    assert!(step.starts_with("No private or alert rule fired"), "{step}");
    assert!(
        step.contains("Ben answered none of the private questions about safety"),
        "{step}"
    );
    assert!(!step.contains("Ana answered none"), "{step}");
    // Both answered ("Never"): nothing added.
    let calm = next_step(&ana, &filled(dir.path(), "Ben", "Ana", 3, 0));
    assert!(!calm.contains("answered none"), "{calm}");
}

#[test]
fn a_resumed_part_alone_calls_the_person_back_whether_their_private_gate_opened_or_not() {
    // Ana stopped in her part alone just after a private gate ("My partner threatens me"),
    // before its follow-up. Whether the follow-up is left to ask hangs on her answer; the
    // resumed session must hand the keyboard to her either way, or Ben, in the room as it
    // starts again, would learn her answer from whose turn comes first.
    let text = std::fs::read_to_string("tests/fixtures/private-gate.toml").unwrap();
    for gate in [0, 1] {
        let root = tempfile::tempdir().unwrap();
        let q = root.path().join("gated.toml");
        std::fs::write(&q, &text).unwrap();
        let dir = root.path().join("s");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        for (me, other, private) in [("Ana", "Ben", Some(gate)), ("Ben", "Ana", None)] {
            let mut answers = serde_json::json!({
                "coercive-self-1": 3, "coercive-partner-1": 3, "expert-self-1": 3,
                "expert-partner-1": 3, "respect-self-1": 3, "respect-partner-1": 3,
            });
            if let Some(value) = private {
                answers["risk-partner-1"] = value.into();
            }
            let saved = serde_json::json!({
                "questionnaire": "tiny", "version": "1.0.0", "respondent": me, "partner": other,
                "started": "2026-11-30T10:00:00Z", "completed": null, "answers": answers,
            });
            let path = dir.join(format!("{}.json", me.to_lowercase()));
            std::fs::write(&path, saved.to_string()).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let (q, dir) = (q.display().to_string(), dir.display().to_string());
        let args = [
            "session",
            "-q",
            &q,
            "--people",
            "Ana",
            "Ben",
            "--save-dir",
            &dir,
        ];
        let mut run = Run::spawn(&args, &root.path().join("data"), 30, 100);
        assert_eq!(
            run.first_turn(),
            "Part 2, alone: Ana's turn.",
            "her gate answered {gate}"
        );
        // Ana's screens alone: the follow-up, or, with the gate closed, nothing left to ask.
        run.wait("Press Enter to continue");
        run.send("\r");
        run.wait(if gate == 0 {
            "no questions are left for you"
        } else {
            "the next 1 question is about your own safety"
        });
        if gate == 0 {
            // As that screen says: her review, then her own results.
            run.wait("Press Enter to continue");
            run.send("\r");
            run.wait("Review your answers");
        }
        run.send("q");
        assert_eq!(run.end().0, 130);
    }
}
