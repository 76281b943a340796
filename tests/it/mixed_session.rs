//! A session in two languages (SPEC §11, issue 16): Ana answers in Spanish, Ben in English,
//! on one terminal. Each person's screens speak their language, nothing private reaches the
//! shared screens in either language, and the saved answers score exactly as the same
//! answers given in English. And `take --lang es --plain`.

use std::path::Path;

use expectrl::{Expect, Regex};
use serde_json::Value;

use crate::session::{Form, Run, output_of, read_json, regex_escape, screen_now};
use crate::util;

/// relationship-short 2.0.0: 28 shared items (one, decide-money, gated on the first), 8
/// private ones.
const SPEC: &str = "relationship-short@2.0.0";
const SHARED: usize = 28;
const PRIVATE: usize = 8;

/// The words a test waits for, in one language.
struct Words {
    together: &'static str,
    alone: &'static str,
    turn: &'static str,
    review: &'static str,
    results: &'static str,
    thanks: &'static str,
    /// A line of every item screen, in this language only.
    skip: &'static str,
}

const ES: Words = Words {
    together: "Parte 1, en conjunto: turno de {me}.",
    alone: "Parte 2, a solas: turno de {me}.",
    turn: "Turno de {me}",
    review: "Revisa tus respuestas",
    results: "{me}, tus resultados privados",
    thanks: "Gracias, {me}.",
    skip: "Prefiero no responder",
};

const EN: Words = Words {
    together: "Part 1, together: {me}'s turn.",
    alone: "Part 2, alone: {me}'s turn.",
    turn: "{me}'s turn",
    review: "Review your answers",
    results: "{me}, your private results",
    thanks: "Thank you, {me}.",
    skip: "Prefer not to answer",
};

fn with(text: &str, me: &str) -> String {
    text.replace("{me}", me)
}

/// The key line of a text screen in any language, a page at a time or the last.
const ENTER: &str = "(Press Enter|Pulsa Enter) (for more|to continue|para ver más|para continuar)";

/// Presses Enter through text screens until `target` (a plain text) is drawn, and then
/// waits for that screen's key line.
fn pages_until(run: &mut Run, target: &str) {
    let escaped = regex_escape(target);
    loop {
        let got = run
            .p
            .expect(Regex(format!("{ENTER}|{escaped}")))
            .unwrap_or_else(|e| panic!("waiting for {target:?}: {e}"));
        run.seen.extend_from_slice(got.as_bytes());
        if got.get(0).is_some_and(|m| m == target.as_bytes()) {
            // expectrl reads up to the last match: the key line may be read already.
            let after = got.matches().count() > 1;
            if !after {
                run.p.expect(Regex(ENTER)).map_or_else(
                    |e| panic!("{target}: no key line: {e}"),
                    |k| run.seen.extend_from_slice(k.as_bytes()),
                );
            }
            return;
        }
        run.send("\r");
    }
}

/// Answers `me`'s item screens with `key` until the review, checking each item screen is in
/// `words`' language and not in `not`'s; returns how many were asked.
fn answer_all(run: &mut Run, me: &str, (words, not): (&Words, &Words), key: &str) -> usize {
    let item = format!(
        r"{}[^\n]*(\n|· )\d+/\d+( |\x1b)",
        regex_escape(&with(words.turn, me))
    );
    let mut asked = 0;
    loop {
        let got = run
            .p
            .expect(Regex(format!("{item}|{}", regex_escape(words.review))))
            .unwrap_or_else(|e| {
                let screen = screen_now(&run.seen, run.rows, run.cols);
                panic!("{me}: after {asked} items: {e}; the screen:\n{screen}")
            });
        run.seen.extend_from_slice(got.as_bytes());
        if got.get(0).is_some_and(|m| m == words.review.as_bytes()) {
            return asked;
        }
        if asked == 1 {
            // The whole of the second item screen, drawn by now once the key line is.
            run.wait(words.skip);
            let screen = screen_now(&run.seen, run.rows, run.cols);
            assert!(!screen.contains(not.skip), "{me}: {screen}");
        }
        run.send(key);
        asked += 1;
        assert!(asked <= SHARED + PRIVATE, "{me}: too many items");
    }
}

/// Both forms' private texts and answer marks: neither may be seen on a shared screen.
fn clean(forms: &[Form], run: &Run, when: &str) {
    let seen = run.visible();
    for f in forms {
        f.assert_clean(&seen, when);
    }
}

/// The Spanish relationship-short's private item texts (their first words after the time
/// frame) and its labels as the review writes an answer.
fn spanish_form() -> Form {
    let text = std::fs::read_to_string("questionnaires/relationship-short.es.toml").unwrap();
    let t: toml::Value = toml::from_str(&text).unwrap();
    let private_texts = t["items"]
        .as_table()
        .unwrap()
        .iter()
        .filter(|(id, _)| id.starts_with("risk-"))
        .map(|(_, v)| {
            let v = v.as_str().unwrap();
            let v = v.split_once("12 meses, ").map_or(v, |(_, t)| t);
            v.chars().take(30).collect()
        })
        .collect();
    let marks = vec![
        "(tu respuesta)".to_owned(),
        "Revisa tus respuestas".to_owned(),
    ];
    Form::with(private_texts, marks, &t)
}

/// A whole session of Ana ("1" to everything) and Ben ("3" shared, "1" private) with
/// `langs` (`None`: English), the privacy checks at every hand-off and at the gate.
fn session(dir: &Path, data: &Path, langs: Option<&str>, words: [&Words; 2]) -> String {
    let mut args = vec![
        "session".to_owned(),
        "-q".to_owned(),
        SPEC.to_owned(),
        "--people".to_owned(),
        "Ana".to_owned(),
        "Ben".to_owned(),
        "--save-dir".to_owned(),
        dir.display().to_string(),
        "-f".to_owned(),
        "json".to_owned(),
    ];
    if let Some(langs) = langs {
        args.extend(["--lang".to_owned(), langs.to_owned()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let forms = [
        Form::of("questionnaires/relationship-short.toml"),
        spanish_form(),
    ];
    let mut run = Run::spawn(&args, data, 30, 100);
    let names = ["Ana", "Ben"];
    let other_words = |i: usize| {
        if std::ptr::eq(words[i], &ES) {
            &EN
        } else {
            &ES
        }
    };
    let keys = [("1", "1"), ("3", "1")];
    let mut opening = String::new();
    for (i, me) in names.into_iter().enumerate() {
        pages_until(&mut run, &with(words[i].together, me));
        if i == 0 {
            // Drawn in place a page at a time: the bytes hold every page.
            opening = String::from_utf8_lossy(&run.seen).into_owned();
        }
        clean(&forms, &run, &format!("hand-off to {me}, together"));
        run.send("\r");
        answer_all(&mut run, me, (words[i], other_words(i)), keys[i].0);
        run.send("\r");
    }
    for (i, me) in names.into_iter().enumerate() {
        pages_until(&mut run, &with(words[i].alone, me));
        clean(&forms, &run, &format!("hand-off to {me}, alone"));
        run.send("\r");
        // What the person alone reads first: who sees these answers.
        let got = run.p.expect(Regex(ENTER)).unwrap();
        run.seen.extend_from_slice(got.as_bytes());
        run.send("\r");
        let asked = answer_all(&mut run, me, (words[i], other_words(i)), keys[i].1);
        assert_eq!(asked, PRIVATE, "{me}'s private items");
        run.send("\r");
        pages_until(&mut run, &with(words[i].results, me));
        run.send("\r");
        pages_until(&mut run, &with(words[i].thanks, me));
        clean(&forms, &run, &format!("after {me}'s own results"));
        run.send("\r");
    }
    // The gate, in the report language: the first person's.
    let finish = if std::ptr::eq(words[0], &ES) {
        "Terminar sin mostrarlo"
    } else {
        "Finish without showing it"
    };
    run.wait(finish);
    clean(&forms, &run, "the gate");
    run.send("f");
    let (code, _, at_end) = run.end();
    assert_eq!(code, 0);
    for f in &forms {
        f.assert_clean(&at_end, "the end");
    }
    opening
}

/// What `score -f json` says of a session folder's two answers files: the people, the
/// imbalance, and the warnings' rule ids.
fn scored(dir: &Path) -> (Value, Value, Vec<String>) {
    let (a, b) = (dir.join("ana.json"), dir.join("ben.json"));
    let out = output_of(&[
        "score",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "-f",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["rule"].as_str().unwrap().to_owned())
        .collect();
    (scores_of(&report), report["imbalance"].clone(), rules)
}

/// A report's people without the language each answered in (which a report names, and
/// which differs between the two sessions by design): their names and numbers.
fn scores_of(report: &Value) -> Value {
    let mut people = report["people"].clone();
    for person in people.as_array_mut().unwrap() {
        person.as_object_mut().unwrap().remove("lang");
    }
    people
}

#[test]
fn a_spanish_and_english_session_speaks_each_language_and_scores_as_english() {
    let root = tempfile::tempdir().unwrap();
    let (mixed, english) = (root.path().join("mixed"), root.path().join("english"));
    let opening = session(&mixed, &root.path().join("d1"), Some("es,en"), [&ES, &EN]);
    // The opening is in both languages: each reads who sees which answers.
    assert!(opening.contains("diagnóstico"), "{opening}");
    assert!(opening.contains("diagnosis"), "{opening}");
    session(&english, &root.path().join("d2"), None, [&EN, &EN]);

    // Each file names the language its answers were given in.
    assert_eq!(read_json(&mixed.join("ana.json"))["lang"], "es");
    assert_eq!(read_json(&mixed.join("ben.json"))["lang"], "en");
    assert_eq!(read_json(&english.join("ana.json"))["lang"], "en");
    // The same answers, whatever the language.
    for who in ["ana.json", "ben.json"] {
        assert_eq!(
            read_json(&mixed.join(who))["answers"],
            read_json(&english.join(who))["answers"],
            "{who}"
        );
    }
    let (people, imbalance, rules) = scored(&mixed);
    assert_eq!((people, imbalance, rules.clone()), scored(&english));
    assert!(
        !rules.is_empty(),
        "some rule fired: the comparison compares something"
    );
    // The joint report written in the session is the same numbers too (JSON: English texts).
    let joint = |d: &Path| read_json(&d.join("joint.report.json"));
    assert_eq!(scores_of(&joint(&mixed)), scores_of(&joint(&english)));
}

#[test]
fn take_in_spanish_in_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("ana.json");
    // The opening's Enter, "1" to each of the 35 items asked (decide-money's gate is
    // closed by "1"), then f on the review.
    let mut input = String::from("\n");
    input.push_str(&"1\n".repeat(SHARED - 1 + PRIVATE));
    input.push_str("f\n");
    let out = util::powerbalance()
        .args(["take", "--plain", "--lang", "es", "-q", SPEC])
        .args(util::ANA_ABOUT_BEN)
        .args(["-f", "json", "--save"])
        .arg(&save)
        .write_stdin(input)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    for words in [
        "no un diagnóstico",
        "Pulsa Enter para continuar.",
        "s: prefiero no responder",
        "Respuesta:",
        "Tus respuestas:",
        "Tus respuestas están guardadas en",
    ] {
        assert!(err.contains(words), "{words:?} in:\n{err}");
    }
    // The questionnaire's own texts in Spanish: the labels of the agreement scale.
    assert!(err.contains("1: Muy en desacuerdo"), "{err}");
    for english in [
        "Press Enter",
        "Prefer not to answer",
        "Answer:",
        "Strongly disagree",
    ] {
        assert!(!err.contains(english), "{english:?} in:\n{err}");
    }
    let saved = read_json(&save);
    assert_eq!(saved["lang"], "es");
    // JSON stays language-neutral: the report on stdout has the English texts.
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report.to_string().contains("Across the areas of life"),
        "{report}"
    );
}

#[test]
fn the_opening_and_the_first_hand_off_in_spanish_then_english() {
    // Plain mode: the opening in Spanish, Enter, in English for Ben, Enter, the first
    // hand-off (Ana's, in Spanish), then the end of input, which stops as Ctrl-C does.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("s");
    let out = util::powerbalance()
        .args(["session", "--plain", "--lang", "es,en", "-q", SPEC])
        .args(["--people", "Ana", "Ben", "--save-dir"])
        .arg(&folder)
        .write_stdin("\n\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130));
    let err = String::from_utf8_lossy(&out.stderr).replace(&folder.display().to_string(), "DIR");
    // Up to the hand-off's own key line: what follows says where the answers are.
    let end = err
        .find("Ana, las preguntas son sobre ti y sobre Ben.")
        .unwrap();
    let end = end + err[end..].find("\n\n").unwrap();
    insta::assert_snapshot!(&err[..end]);
}

#[test]
fn a_language_without_a_translation_asks_the_original_and_says_so_once() {
    // relationship-short 1.0.0 has no bundled translation: German words around English
    // questions, and one notice before the first screen.
    let dir = tempfile::tempdir().unwrap();
    let out = util::powerbalance()
        .args([
            "take",
            "--plain",
            "--lang",
            "de",
            "-q",
            "relationship-short@1.0.0",
        ])
        .args(["--respondent", "Ana", "--partner", "Ben", "--save"])
        .arg(dir.path().join("ana.json"))
        .write_stdin("\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130));
    let err = String::from_utf8_lossy(&out.stderr);
    let notice = "Der Fragebogen relationship-short hat keine Übersetzung (Deutsch)";
    assert_eq!(err.matches(notice).count(), 1, "{err}");
    assert!(err.starts_with(notice), "before anything else: {err}");
    assert!(err.contains("Relationship power balance"), "{err}");
    assert_eq!(read_json(&dir.path().join("ana.json"))["lang"], "de");

    // A resume without --lang goes on in the saved language, whatever the locale says;
    // with --lang, in that one.
    let resume = |lang: Option<&str>| {
        let mut cmd = util::powerbalance();
        cmd.env("LC_ALL", "fr_FR.UTF-8").args(["take", "--plain"]);
        if let Some(lang) = lang {
            cmd.args(["--lang", lang]);
        }
        let out = cmd
            .arg("--resume")
            .arg(dir.path().join("ana.json"))
            .write_stdin("\n")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(resume(None).starts_with(notice), "{}", resume(None));
    let es = resume(Some("es"));
    assert!(
        es.starts_with("El cuestionario relationship-short no tiene traducción"),
        "{es}"
    );
    assert_eq!(read_json(&dir.path().join("ana.json"))["lang"], "es");
}

#[test]
fn an_unknown_report_language_is_refused_before_anyone_types() {
    let out = util::powerbalance()
        .args([
            "session",
            "--plain",
            "--report-lang",
            "xx",
            "--people",
            "Ana",
            "Ben",
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`xx`"), "{err}");
    assert!(!err.contains("Part 1"), "nothing was asked: {err}");
}
