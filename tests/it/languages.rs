//! Languages from outside (SPEC §11): `validate` of translation files and `list`'s languages.

use std::path::{Path, PathBuf};

use powerbalance::{Bundled, skeleton};
use serde_json::Value;

use crate::util::powerbalance;

/// `text` written to `dir/name`; its path.
fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A complete translation of the bundled `relationship` into a made-up language `xx`: the
/// skeleton, with the title and one item's text translated.
fn relationship_xx() -> String {
    let q = Bundled::find("relationship").unwrap().load().unwrap();
    let first = &q.items[0];
    let text = skeleton(&q, "xx", "Ixix")
        .replacen(
            &format!("title = {}", toml_string(&q.title)),
            "title = \"Tïtel\"",
            1,
        )
        .replacen(
            &format!("{} = {}", first.id, toml_string(&first.text)),
            &format!("{} = \"Ik ...\"", first.id),
            1,
        );
    assert!(text.contains("Tïtel") && text.contains("Ik ..."));
    text
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = powerbalance().args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn validate_accepts_a_complete_translation_of_a_bundled_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "relationship.xx.toml", &relationship_xx());
    let name = path.display().to_string();
    let (code, stdout, stderr) = run(&["validate", &name, "questionnaires/workplace.toml"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(
        stdout,
        format!(
            "{name}: ok (translation of relationship 2.0.0 into xx, Ixix: 102 items, not validated on people)\n\
             questionnaires/workplace.toml: ok (workplace 2.0.0: 13 dimensions, 81 items, 19 rules)\n"
        )
    );
}

#[test]
fn validate_refuses_a_broken_translation_with_every_problem_located() {
    let q = Bundled::find("relationship").unwrap().load().unwrap();
    let rule = q
        .rules
        .iter()
        .find(|r| r.message.contains("{stronger}"))
        .unwrap();
    let broken = relationship_xx()
        .replacen("lang = \"xx\"", "lang = \"yy\"", 1)
        .replacen(
            &format!("{} = ", q.items[1].id),
            &format!("{}-typo = ", q.items[1].id),
            1,
        )
        .replacen(
            &toml_string(&rule.message),
            &toml_string(&rule.message.replace("{stronger}", "{strong}")),
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "relationship.xx.toml", &broken);
    let name = path.display().to_string();
    let (code, stdout, stderr) = run(&["validate", &name]);
    assert_eq!(
        code, 78,
        "invalid translation is exit 78, as an invalid questionnaire"
    );
    assert_eq!(stdout, "");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    let located = |line: &str| {
        let rest = line
            .strip_prefix(&format!("error: {name}:"))
            .or(line.strip_prefix(&format!("{name}:")));
        let rest = rest.unwrap_or_else(|| panic!("{line} does not name the file"));
        let mut parts = rest.splitn(3, ':');
        let (l, c) = (parts.next().unwrap(), parts.next().unwrap());
        assert!(
            l.parse::<u32>().is_ok() && c.parse::<u32>().is_ok(),
            "{line}: no line:column"
        );
        parts.next().unwrap().trim().to_owned()
    };
    let messages: Vec<String> = lines.iter().map(|l| located(l)).collect();
    assert!(
        messages[0].starts_with(
            "a translation of `relationship` into `yy` must be named `relationship.yy.toml`"
        ),
        "{messages:#?}"
    );
    let text = messages.join("\n");
    assert!(
        text.contains(&format!("no item `{}-typo`", q.items[1].id)),
        "{text}"
    );
    assert!(
        text.contains(&format!("item `{}` has no text in [items]", q.items[1].id)),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "the message of rule `{}` has the placeholders",
            rule.id
        )),
        "{text}"
    );
    assert!(text.contains("{strong}"), "{text}");
}

/// `text` as a TOML basic string, as the skeleton writes it.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

#[test]
fn validate_checks_a_translation_against_its_own_questionnaire_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let mine = std::fs::read_to_string("questionnaires/workplace.toml")
        .unwrap()
        .replacen("id = \"workplace\"", "id = \"mine\"", 1);
    write(dir.path(), "mine.toml", &mine);
    let q = powerbalance::parse_questionnaire("mine.toml", mine.as_bytes()).unwrap();
    let good = write(dir.path(), "mine.de.toml", &skeleton(&q, "de", "Deutsch"));
    let (code, stdout, stderr) = run(&["validate", good.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.contains("ok (translation of mine 2.0.0 into de, Deutsch: 81 items"),
        "{stdout}"
    );

    // A version that neither the file beside it nor the bundled ones have.
    let other =
        skeleton(&q, "fr", "Français").replacen("version = \"2.0.0\"", "version = \"3.0.0\"", 1);
    let path = write(dir.path(), "mine.fr.toml", &other);
    let (code, stdout, stderr) = run(&["validate", path.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (78, ""));
    assert!(
        stderr.contains(":5:11: this translation is of version 3.0.0 of `mine`, which is not at hand; versions at hand: 2.0.0"),
        "{stderr}"
    );

    // No questionnaire of that id anywhere.
    let orphan = skeleton(&q, "es", "Español").replacen(
        "questionnaire = \"mine\"",
        "questionnaire = \"nobody\"",
        1,
    );
    let path = write(dir.path(), "nobody.es.toml", &orphan);
    let (code, _, stderr) = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(code, 78);
    assert!(
        stderr.contains(":4:17: there is no questionnaire `nobody`"),
        "{stderr}"
    );

    // Broken TOML in a file named as a translation is reported at its place.
    let path = write(
        dir.path(),
        "mine.es.toml",
        "[translation]\nlang = \"es\"\nname = \n",
    );
    let (code, _, stderr) = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(code, 78);
    assert!(stderr.contains("mine.es.toml:3:"), "{stderr}");
}

#[test]
fn list_shows_each_questionnaires_languages() {
    let (code, stdout, stderr) = run(&["list", "--format", "json", "--all"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let listed: Value = serde_json::from_str(&stdout).unwrap();
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("docs/schema/list.json").unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&listed)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    for q in listed.as_array().unwrap() {
        let languages = q["languages"].as_array().unwrap();
        // The language it is written in first, then each translation.
        assert_eq!(
            languages[0],
            serde_json::json!({"lang": "en", "name": "English", "translation": false, "validated": null, "basis": null})
        );
        for t in &languages[1..] {
            assert_eq!(t["translation"], true);
            assert!(t["validated"].is_boolean() && t["basis"].is_string(), "{t}");
        }
    }
    // A wrong shape does not fit the schema: the test can fail.
    let mut wrong = listed.clone();
    wrong[0]["languages"][0]["translation"] = "no".into();
    assert!(!validator.is_valid(&wrong));

    let (code, stdout, _) = run(&["list"]);
    assert_eq!(code, 0);
    let header = stdout.lines().next().unwrap();
    assert!(header.trim_end().ends_with("ITEMS  LANGUAGES"), "{header}");
    assert!(
        stdout.lines().nth(1).unwrap().trim_end().ends_with(" en") || stdout.contains('*'),
        "{stdout}"
    );
}

/// A `--lang` that is refused is said, with its `error:` word, in the locale's language, and
/// is a usage error (2), as every other error is said.
#[test]
fn a_refused_lang_is_said_in_the_locales_language() {
    for (locale, args, expected) in [
        (
            "es_ES.UTF-8",
            "list --lang es,en",
            "error: aquí `--lang` admite un solo",
        ),
        ("de_DE.UTF-8", "session --lang es,en,fr", "nicht 3"),
        (
            "fr_FR.UTF-8",
            "list --lang zz",
            "erreur: langue inconnue `zz`",
        ),
        ("C", "list --lang zz", "error: unknown language `zz`"),
    ] {
        let out = powerbalance()
            .env("LC_ALL", locale)
            .args(args.split(' '))
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{locale} {args:?}: {stderr}");
        assert!(stderr.contains(expected), "{locale} {args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}
