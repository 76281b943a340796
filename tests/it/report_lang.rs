//! Reports in the report language (SPEC §11): the human formats in `--lang`'s language (or
//! the locale's), JSON and CSV as they are whatever the language, and the language each
//! person answered in named.

use serde_json::Value;

use crate::util::powerbalance;

/// `powerbalance ARGS` with no locale variables, so only `--lang` (or what a test sets)
/// decides; its standard output.
fn run(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = powerbalance();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

const COUPLE: [&str; 2] = ["examples/alex.json", "examples/sam.json"];
const COUPLE_2: [&str; 2] = ["examples/alex-2.json", "examples/sam-2.json"];

fn score(lang: Option<&str>, format: &str, files: [&str; 2]) -> String {
    let mut args = Vec::new();
    if let Some(lang) = lang {
        args.extend(["--lang", lang]);
    }
    args.extend(["score", "-f", format, files[0], files[1]]);
    run(&args, &[])
}

#[test]
fn a_spanish_table_report() {
    let text = score(Some("es"), "table", COUPLE);
    // The tool's words in Spanish; the questionnaire (1.0.0 has no translation) as written.
    assert!(text.contains("Bases de poder"), "{text}");
    assert!(text.contains("Coercive power"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_german_markdown_report_of_a_translated_questionnaire() {
    let text = score(Some("de"), "markdown", COUPLE_2);
    // 2.0.0 has a German translation: its dimension names, not the English ones.
    assert!(
        text.contains("| Macht durch Druck | 25 | 13 | Alex +12 |"),
        "{text}"
    );
    assert!(!text.contains("Coercive power"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn an_html_report_says_its_language() {
    let text = score(Some("fr"), "html", COUPLE_2);
    assert!(text.contains("<html lang=\"fr\">"), "{text}");
    assert!(text.contains("aria-label=\"Graphique en radar"), "{text}");
    assert!(score(None, "html", COUPLE_2).contains("<html lang=\"en\">"));
}

#[test]
fn the_scores_are_the_same_in_every_language() {
    // A translated questionnaire has the same ids and numbers: the table's rows of numbers
    // (every cell after the first) are those of the English report.
    let numbers = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with('│'))
            .map(|l| {
                l.split('┆')
                    .skip(1)
                    .take(2)
                    .map(|c| c.split_whitespace().next().unwrap_or("").to_owned())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|cells| cells.starts_with(|c: char| c.is_ascii_digit()))
            .collect()
    };
    let english = numbers(&score(None, "table", COUPLE_2));
    assert!(english.len() > 10, "{english:?}");
    for lang in ["es", "fr", "de", "pt-BR"] {
        assert_eq!(
            numbers(&score(Some(lang), "table", COUPLE_2)),
            english,
            "{lang}"
        );
    }
}

#[test]
fn json_and_csv_are_the_same_whatever_the_language() {
    for files in [COUPLE, COUPLE_2] {
        for format in ["json", "csv"] {
            let english = score(None, format, files);
            for lang in ["es", "de"] {
                assert_eq!(score(Some(lang), format, files), english, "{lang} {format}");
            }
        }
    }
    let json: Value = serde_json::from_str(&score(Some("es"), "json", COUPLE_2)).unwrap();
    assert!(json["people"][0].get("lang").is_none(), "{json}");
}

#[test]
fn the_locale_picks_the_report_language() {
    let text = run(&["score", COUPLE[0], COUPLE[1]], &[("LANG", "es_ES.UTF-8")]);
    assert!(text.contains("Bases de poder"), "{text}");
    let text = run(&["score", COUPLE[0], COUPLE[1]], &[("LANG", "C")]);
    assert!(text.contains("Power bases"), "{text}");
}

/// Alex's answers saying they were given in Spanish, Sam's naming no language.
fn answers_with_lang(dir: &std::path::Path) -> [String; 2] {
    let alex = std::fs::read_to_string(COUPLE_2[0]).unwrap();
    let alex = alex.replacen('{', "{\n  \"lang\": \"es\",", 1);
    let path = dir.join("alex.json");
    std::fs::write(&path, alex).unwrap();
    [path.display().to_string(), COUPLE_2[1].to_owned()]
}

#[test]
fn a_report_names_the_language_each_person_answered_in() {
    let dir = tempfile::tempdir().unwrap();
    let files = answers_with_lang(dir.path());
    let files = [files[0].as_str(), files[1].as_str()];
    // Only the person whose answers named a language.
    let text = score(None, "table", files);
    assert!(
        text.contains("Answered in: Alex Spanish (Español)\n"),
        "{text}"
    );
    let text = score(Some("es"), "markdown", files);
    assert!(
        text.contains("Idioma de las respuestas: Alex: español\n"),
        "{text}"
    );
    // JSON gains a "lang" on that person only.
    let json: Value = serde_json::from_str(&score(None, "json", files)).unwrap();
    assert_eq!(json["people"][0]["lang"], "es");
    assert!(json["people"][1].get("lang").is_none(), "{json}");
    // A report of answers naming no language has no such line.
    assert!(!score(None, "table", COUPLE_2).contains("Answered in"));
}

#[test]
fn a_batch_carries_the_language_as_a_report_of_files_does() {
    let dir = tempfile::tempdir().unwrap();
    let files = answers_with_lang(dir.path());
    let compact = |path: &str| {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        v.to_string()
    };
    let line = format!("[{},{}]\n", compact(&files[0]), compact(&files[1]));
    let jsonl = dir.path().join("couples.jsonl");
    std::fs::write(&jsonl, line).unwrap();
    let out = run(&["score", "--jsonl", jsonl.to_str().unwrap()], &[]);
    let batch: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let file: Value = serde_json::from_str(&score(None, "json", [&files[0], &files[1]])).unwrap();
    assert_eq!(batch["people"], file["people"]);
    assert_eq!(batch["people"][0]["lang"], "es");
}

#[test]
fn german_statistics_write_decimals_with_a_comma() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("couples.jsonl");
    std::fs::write(
        &jsonl,
        run(
            &["simulate", "--count", "20", "--seed", "7", "--pairs"],
            &[],
        ),
    )
    .unwrap();
    let jsonl = jsonl.to_str().unwrap();
    let german = run(&["--lang", "de", "stats", jsonl], &[]);
    // The mean and SD of coercive (self) as English writes them, then as German does.
    let english = run(&["stats", jsonl], &[]);
    assert!(english.contains("┆ 49.6 ┆ 26.8 ┆ 0.650 ┆"), "{english}");
    assert!(german.contains("┆       49,6 ┆ 26,8 ┆ 0,650 ┆"), "{german}");
    assert!(german.starts_with("relationship 2.0.0: 40 Antwortsätze, davon 40 in Paaren."));
    // JSON is the same whatever the language.
    assert_eq!(
        run(&["--lang", "de", "stats", "-f", "json", jsonl], &[]),
        run(&["stats", "-f", "json", jsonl], &[])
    );
    insta::assert_snapshot!(german);
}
