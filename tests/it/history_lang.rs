//! `history` in the report language (SPEC §9, §11): its table, Markdown and HTML in
//! `--lang`'s language, its JSON and CSV the same bytes whatever the language, and what stops
//! it said in the interface language. The fixtures are `tests/fixtures/history/` (see
//! `tests/it/history.rs`).

use std::process::Output;

use crate::util::powerbalance_in;

const DIR: &str = "tests/fixtures/history";

/// `powerbalance [--lang LANG] history ARGS` with no locale variables, in a fresh data
/// folder: only `--lang` decides the language.
fn history(lang: Option<&str>, args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = powerbalance_in(data.path());
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    cmd.arg("history").args(args).output().unwrap()
}

/// The couple's three sittings on `tiny` 1.0.0, with these args; standard output.
fn couple(lang: Option<&str>, args: &[&str]) -> String {
    let couple = format!("{DIR}/couple");
    let q = format!("{DIR}/tiny-1.toml");
    let mut all = vec![couple.as_str(), "-q", q.as_str()];
    all.extend(args);
    let out = history(lang, &all);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The versions fixture (third sitting on 2.0.0): its notes name versions and left-out
/// dimensions.
fn versions(lang: Option<&str>, args: &[&str]) -> String {
    let versions = format!("{DIR}/versions");
    let (q1, q2) = (format!("{DIR}/tiny-1.toml"), format!("{DIR}/tiny-2.toml"));
    let mut all = vec![versions.as_str(), "-q", q1.as_str(), "-q", q2.as_str()];
    all.extend(args);
    let out = history(lang, &all);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_spanish_history_table() {
    let text = couple(Some("es"), &[]);
    // The tool's words in Spanish, the reliable mark its Spanish letter, decimals with a
    // comma; the test questionnaire's own texts (no bundled translation) as written.
    assert!(text.contains("cambios a lo largo del tiempo"), "{text}");
    assert!(text.contains("· 3 sesiones"), "{text}");
    assert!(text.contains("12,4 puntos"), "{text}");
    assert!(!text.contains("Since first"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn json_and_csv_are_the_same_bytes_in_any_language() {
    for format in ["json", "csv"] {
        let english = couple(None, &["-f", format]);
        assert_eq!(couple(Some("es"), &["-f", format]), english, "{format}");
        assert_eq!(couple(Some("de"), &["-f", format]), english, "{format}");
        let english = versions(None, &["-f", format]);
        assert_eq!(versions(Some("es"), &["-f", format]), english, "{format}");
    }
    // JSON's notes stay English however the human formats say them.
    let json = versions(Some("es"), &["-f", "json"]);
    assert!(
        json.contains("Left out: Expert power (1.0.0 only); Listening (2.0.0 only)."),
        "{json}"
    );
    assert!(json.contains("\"reliable_change\": 12.39"), "{json}");
}

#[test]
fn notes_and_headings_follow_the_language_in_markdown_and_html() {
    let md = versions(Some("es"), &["-f", "markdown"]);
    assert!(md.contains("## Cambio fiable"), "{md}");
    assert!(md.contains("## Notas"), "{md}");
    assert!(
        md.contains("Se dejan fuera: Expert power (solo 1.0.0); Listening (solo 2.0.0)."),
        "{md}"
    );
    assert!(md.contains("Índice de poder"), "{md}");
    let html = couple(Some("de"), &["-f", "html"]);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains("<h2>Reliable Veränderung</h2>"), "{html}");
    assert!(html.contains("12,4 Punkte"), "{html}");
    assert!(!html.contains("at sitting"), "{html}");
    // English stays English: the page says it is.
    assert!(couple(None, &["-f", "html"]).contains("<html lang=\"en\">"));
}

#[test]
fn what_stops_it_is_said_in_the_interface_language() {
    let one = format!("{DIR}/couple/20260110T100000Z");
    let q = format!("{DIR}/tiny-1.toml");
    let out = history(Some("es"), &[&one, "-q", &q]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "history compara dos sesiones o más, pero estas respuestas son de una sola sesión"
        ),
        "{err}"
    );
}

#[test]
fn a_bundled_questionnaire_speaks_its_translation_with_the_same_scores() {
    let dir = tempfile::tempdir().unwrap();
    // Ana's coercive view twice on the 1–5 agreement scale: 2 → 25, then 4 → 75.
    for (i, value) in [(1, 2), (2, 4)] {
        std::fs::write(
            dir.path().join(format!("{i}.json")),
            format!(
                r#"{{"questionnaire": "relationship-short", "version": "2.0.0", "respondent": "Ana",
                    "partner": "Ben", "completed": "2026-0{i}-01T09:00:00Z",
                    "answers": {{"coercive-self-1": {value}}}}}"#
            ),
        )
        .unwrap();
    }
    let folder = dir.path().to_str().unwrap();
    let run = |lang: Option<&str>, format: &str| {
        let out = history(lang, &[folder, "-f", format]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let table = run(Some("es"), "table");
    // The questionnaire's title and dimension names from its bundled Spanish translation.
    assert!(
        table.contains("Equilibrio de poder en la relación (versión breve): cambios"),
        "{table}"
    );
    let coercive = table
        .lines()
        .find(|l| l.contains("Poder coercitivo"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(
        coercive.contains("25") && coercive.contains("75 (+50)"),
        "{table}"
    );
    assert!(!table.contains("Coercive power"), "{table}");
    // JSON keeps the English names, byte for byte.
    let json = run(None, "json");
    assert!(json.contains("\"name\": \"Coercive power\""), "{json}");
    assert_eq!(run(Some("es"), "json"), json);
}
