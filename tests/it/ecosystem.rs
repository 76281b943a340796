//! What fits powerbalance into a shell and other tools, run as a user runs it: completions,
//! the man page, `--help` and `--version`, the JSON Schemas, and FHIR.

use std::io::Write;
use std::process::{Command as Process, Stdio};

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{self, powerbalance};
use util::{assert_fits_schema, json_lines_fitting, schema_errors};

fn stdout_of(args: &[&str]) -> String {
    let out = powerbalance().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `tool` is on PATH; prints why a test skips when it is not.
fn have(tool: &str) -> bool {
    let found = Process::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: `{tool}` is not installed (.ci/run installs it)");
    }
    found
}

/// Runs `program args` with `input` on stdin; returns its exit status and stderr.
fn run_with_input(program: &str, args: &[&str], input: &str) -> (bool, String) {
    let mut child = Process::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bash_completions_parse_and_complete_every_command() {
    let script = stdout_of(&["completions", "bash"]);
    for command in [
        "score",
        "fhir",
        "schema",
        "completions",
        "manpage",
        "--jsonl",
        "--no-header",
    ] {
        assert!(script.contains(command), "bash completions lack {command}");
    }
    if have("bash") {
        let (ok, stderr) = run_with_input("bash", &["-n"], &script);
        assert!(ok, "bash -n: {stderr}");
    }
}

#[test]
fn completions_for_every_shell_name_the_binary() {
    for (shell, mark) in [
        ("zsh", "#compdef powerbalance"),
        ("fish", "complete -c powerbalance"),
        ("elvish", "edit:completion:arg-completer[powerbalance]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        assert!(stdout_of(&["completions", shell]).contains(mark), "{shell}");
    }
    powerbalance()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: bash"));
}

#[test]
fn the_man_page_renders_clean_with_every_section() {
    let page = stdout_of(&["manpage"]);
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH COMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH VERSION",
    ] {
        assert!(page.contains(section), "the man page lacks {section}");
    }
    if !have("groff") {
        return;
    }
    // -ww: every warning; -z: no output, only the diagnostics.
    let (ok, stderr) = run_with_input("groff", &["-man", "-Tutf8", "-ww", "-z"], &page);
    assert!(ok && stderr.is_empty(), "groff: {stderr}");
    // -P-cbu: plain text, no overstriking for bold or underline.
    let out = Process::new("groff")
        .args(["-man", "-Tutf8", "-P-cbu"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(page.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("powerbalance score"), "{text}");
    assert!(text.contains("130"), "the exit codes are rendered: {text}");
}

#[test]
fn long_help_has_exit_codes_and_environment_short_help_does_not() {
    let long = stdout_of(&["--help"]);
    assert!(long.contains("Exit codes:\n  0    success"), "{long}");
    assert!(long.contains("\n  65   invalid answers"), "{long}");
    assert!(long.contains("\n  78   invalid questionnaire"), "{long}");
    assert!(long.contains("Environment:\n  NO_COLOR"), "{long}");
    assert!(long.contains("XDG_DATA_HOME"), "{long}");
    // The locale variables choose the language without --lang (SPEC §11).
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        assert!(long.contains(&format!("\n  {name} ")), "{name}: {long}");
    }
    let short = stdout_of(&["-h"]);
    assert!(short.contains("Examples:"), "{short}");
    assert!(!short.contains("Exit codes:"), "{short}");
}

#[test]
fn version_lists_each_bundled_questionnaire_with_its_sha256() {
    let text = stdout_of(&["--version"]);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(concat!("powerbalance ", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(lines.next(), Some("bundled questionnaires:"));
    let listed: Vec<Vec<&str>> = lines.map(|l| l.split_whitespace().collect()).collect();
    for (id, file) in [
        ("relationship", "questionnaires/relationship.toml"),
        (
            "relationship-short",
            "questionnaires/relationship-short.toml",
        ),
        ("workplace", "questionnaires/workplace.toml"),
    ] {
        let row = listed
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("{id} is not listed: {text}"));
        let toml: toml::Table = std::fs::read_to_string(file).unwrap().parse().unwrap();
        assert_eq!(row[1], toml["questionnaire"]["version"].as_str().unwrap());
        // The same hash a report of it carries.
        // The fixtures were answered on 1.0.0; a template is the current version's.
        let template = stdout_of(&["template", "-q", id, "--respondent", "A", "--partner", "B"]);
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), template).unwrap();
        let report = stdout_of(&[
            "score",
            "-q",
            id,
            "--format",
            "json",
            file.path().to_str().unwrap(),
        ]);
        let report: serde_json::Value = serde_json::from_str(&report).unwrap();
        let sha = report["questionnaire"]["sha256"].as_str().unwrap();
        assert_eq!(row[2], format!("sha256:{sha}"), "{id}");
    }
    // The older bundled versions are listed too, with the hash their reports carried: the
    // 1.0.0 couple's saved report names relationship 1.0.0's.
    let saved: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/reports/couple-1.0.0.json").unwrap(),
    )
    .unwrap();
    let sha = saved["questionnaire"]["sha256"].as_str().unwrap();
    assert!(
        listed
            .iter()
            .any(|r| r[..] == ["relationship", "1.0.0", &format!("sha256:{sha}")][..]),
        "{text}"
    );
}

const SCHEMAS: [&str; 5] = ["answers", "report", "stats", "list", "history"];

#[test]
fn committed_schemas_are_the_generated_ones() {
    for name in SCHEMAS {
        let generated = stdout_of(&["schema", name]);
        let path = format!("docs/schema/{name}.json");
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{path} is not what `powerbalance schema {name}` prints; regenerate with\n  \
             for n in answers report stats list; do cargo run -q -- schema $n > docs/schema/$n.json; done"
        );
        let schema: Value = serde_json::from_str(&generated).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        // The schema is itself valid draft 2020-12.
        jsonschema::draft202012::new(&schema).unwrap();
    }
    powerbalance()
        .args(["schema", "history2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: answers"));
}

/// Every machine output, of every command that has one, fits its schema; and a schema can
/// fail: a report with a wrong type, or without a field, does not fit.
#[test]
fn every_machine_output_fits_its_schema() {
    let fixtures = [
        "tests/fixtures/ecosystem/relationship.json",
        "tests/fixtures/ecosystem/relationship-short.json",
        "tests/fixtures/ecosystem/workplace.json",
        "examples/alex.json",
        "examples/sam.json",
    ];
    for file in fixtures {
        let text = std::fs::read_to_string(file).unwrap();
        assert_fits_schema("answers", &serde_json::from_str(&text).unwrap());
        let report = stdout_of(&["score", file, "-f", "json"]);
        assert_fits_schema("report", &serde_json::from_str(&report).unwrap());
    }
    for show_private in [&[][..], &["--show-private"][..]] {
        let mut args = vec![
            "score",
            "examples/alex.json",
            "examples/sam.json",
            "-f",
            "json",
        ];
        args.extend(show_private);
        assert_fits_schema("report", &serde_json::from_str(&stdout_of(&args)).unwrap());
    }
    for q in ["relationship", "relationship-short", "workplace"] {
        let template = stdout_of(&["template", "-q", q]);
        assert_fits_schema("answers", &serde_json::from_str(&template).unwrap());
        for pairs in [&[][..], &["--pairs"][..]] {
            let mut args = vec!["simulate", "-q", q, "--count", "20", "--skip-rate", "0.3"];
            args.extend(pairs);
            let lines = stdout_of(&args);
            json_lines_fitting("answers", lines.as_bytes());
            let out = powerbalance()
                .args(["score", "--jsonl"])
                .write_stdin(lines.clone())
                .output()
                .unwrap();
            assert!(out.status.success());
            assert_eq!(json_lines_fitting("report", &out.stdout).len(), 20);
            let out = powerbalance()
                .args(["stats", "-f", "json"])
                .write_stdin(lines)
                .output()
                .unwrap();
            assert!(out.status.success());
            assert_fits_schema("stats", &serde_json::from_slice(&out.stdout).unwrap());
        }
    }
    assert_fits_schema(
        "list",
        &serde_json::from_str(&stdout_of(&["list", "-f", "json"])).unwrap(),
    );

    // The schemas can fail.
    let report = stdout_of(&["score", "examples/alex.json", "-f", "json"]);
    let mut wrong: Value = serde_json::from_str(&report).unwrap();
    wrong["people"][0]["power_index"] = "high".into();
    assert_eq!(
        schema_errors("report", &wrong),
        ["\"high\" is not of types \"null\", \"number\" at /people/0/power_index"]
    );
    let mut missing: Value = serde_json::from_str(&report).unwrap();
    missing.as_object_mut().unwrap().remove("completed");
    assert_eq!(schema_errors("report", &missing).len(), 1);
    let bad_answer = serde_json::json!({"respondent": "A", "partner": "B", "answers": {"x": "4"}});
    assert!(!schema_errors("answers", &bad_answer).is_empty());
}

/// The Python of the virtual environment `.ci/run` makes with `fhir.resources` 6.4.0 (FHIR R4
/// 4.0.1), or `None`, saying why the FHIR validation skips.
fn fhir_python() -> Option<std::path::PathBuf> {
    let python =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fhir-venv/bin/python");
    if python.exists() {
        Some(python)
    } else {
        eprintln!(
            "skipped: no {} (.ci/run makes it: python3 -m venv target/fhir-venv && \
             target/fhir-venv/bin/pip install 'fhir.resources==6.4.0' 'pydantic<2')",
            python.display()
        );
        None
    }
}

/// Runs scripts/fhir_validate.py on `files`: whether all are valid R4, and what it printed.
fn validate_fhir(python: &std::path::Path, files: &[std::path::PathBuf]) -> (bool, String) {
    let out = Process::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/fhir_validate.py"
        ))
        .args(files)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

const ANSWER_FILES: [&str; 5] = [
    "examples/alex.json",
    "examples/sam.json",
    "tests/fixtures/ecosystem/relationship.json",
    "tests/fixtures/ecosystem/relationship-short.json",
    "tests/fixtures/ecosystem/workplace.json",
];

#[test]
fn fhir_questionnaire_has_a_group_per_dimension_and_a_choice_per_item() {
    let text = stdout_of(&["fhir", "questionnaire", "-q", "relationship-short"]);
    let resource: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(resource["resourceType"], "Questionnaire");
    assert_eq!(
        resource["url"],
        "urn:powerbalance:questionnaire:relationship-short"
    );
    let toml: toml::Table = std::fs::read_to_string("questionnaires/relationship-short.toml")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        resource["version"].as_str(),
        toml["questionnaire"]["version"].as_str()
    );
    assert_eq!(resource["status"], "draft");
    assert_eq!(resource["title"], "Relationship power balance (short form)");
    let groups = resource["item"].as_array().unwrap();
    let dimensions = toml["dimensions"].as_array().unwrap();
    assert_eq!(groups.len(), dimensions.len(), "every dimension has items");
    for (group, dimension) in groups.iter().zip(dimensions) {
        assert_eq!(group["type"], "group");
        assert_eq!(
            group["linkId"],
            format!("dimension:{}", dimension["id"].as_str().unwrap())
        );
        let items = group["item"].as_array().unwrap();
        let expected = dimension["items"].as_array().unwrap();
        assert_eq!(items.len(), expected.len());
        for (item, expected) in items.iter().zip(expected) {
            assert_eq!(item["type"], "choice");
            assert_eq!(item["linkId"], expected["id"].as_str().unwrap());
            assert_eq!(item["text"], expected["text"].as_str().unwrap());
        }
    }
    // An item's options are its scale: codes min..max, labels as displays.
    let first = &groups[0]["item"][0];
    let scale = dimensions[0]["items"][0]
        .get("scale")
        .or_else(|| toml["defaults"].get("scale"))
        .and_then(|s| s.as_str())
        .unwrap();
    let scale = &toml["scales"][scale];
    let labels = scale["labels"].as_array().unwrap();
    let options = first["answerOption"].as_array().unwrap();
    assert_eq!(options.len(), labels.len());
    let (min, max) = (
        scale["min"].as_integer().unwrap(),
        scale["max"].as_integer().unwrap(),
    );
    for (option, (code, label)) in options.iter().zip((min..=max).zip(labels)) {
        assert_eq!(option["valueCoding"]["code"], code.to_string());
        assert_eq!(option["valueCoding"]["display"], label.as_str().unwrap());
    }
}

#[test]
fn fhir_response_holds_each_answered_item_once_and_the_completed_time() {
    let response: Value =
        serde_json::from_str(&stdout_of(&["fhir", "response", "examples/alex.json"])).unwrap();
    assert_eq!(response["resourceType"], "QuestionnaireResponse");
    assert_eq!(
        response["questionnaire"],
        "urn:powerbalance:questionnaire:relationship|1.0.0"
    );
    assert_eq!(response["status"], "completed");
    assert_eq!(response["authored"], "2026-11-20T19:17:40Z");
    assert_eq!(response["author"]["display"], "Alex");
    assert_eq!(response["subject"]["display"], "Sam");
    let alex: Value =
        serde_json::from_str(&std::fs::read_to_string("examples/alex.json").unwrap()).unwrap();
    let answered: Vec<(&str, String)> = alex["answers"]
        .as_object()
        .unwrap()
        .iter()
        .filter_map(|(id, v)| v.as_i64().map(|v| (id.as_str(), v.to_string())))
        .collect();
    let mut given = Vec::new();
    for group in response["item"].as_array().unwrap() {
        for item in group["item"].as_array().unwrap() {
            let answers = item["answer"].as_array().unwrap();
            assert_eq!(answers.len(), 1);
            let code = answers[0]["valueCoding"]["code"]
                .as_str()
                .unwrap()
                .to_owned();
            given.push((item["linkId"].as_str().unwrap(), code));
        }
    }
    given.sort();
    let mut answered = answered;
    answered.sort();
    assert_eq!(
        given, answered,
        "each answered item once, skipped ones left out"
    );

    // Unfinished answers are in progress, with no authored time.
    let mut unfinished = alex.clone();
    unfinished["completed"] = Value::Null;
    let out = powerbalance()
        .args(["fhir", "response", "-"])
        .write_stdin(unfinished.to_string())
        .output()
        .unwrap();
    let response: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(response["status"], "in-progress");
    assert!(response.get("authored").is_none());

    // A couple's file is two people's answers: one response each.
    powerbalance()
        .args(["fhir", "response", "-"])
        .write_stdin(format!(
            "[{alex}, {}]",
            std::fs::read_to_string("examples/sam.json").unwrap()
        ))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "<stdin>: the file holds two people's answers",
        ));
}

#[test]
fn fhir_resources_validate_against_the_r4_structure_definitions() {
    let Some(python) = fhir_python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for q in ["relationship", "relationship-short", "workplace"] {
        let path = dir.path().join(format!("{q}-questionnaire.json"));
        std::fs::write(&path, stdout_of(&["fhir", "questionnaire", "-q", q])).unwrap();
        files.push(path);
    }
    for (i, answers) in ANSWER_FILES.iter().enumerate() {
        let path = dir.path().join(format!("response-{i}.json"));
        std::fs::write(&path, stdout_of(&["fhir", "response", answers])).unwrap();
        files.push(path);
    }
    let (ok, text) = validate_fhir(&python, &files);
    assert!(ok, "{text}");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ok ")).count(),
        files.len(),
        "{text}"
    );

    // The validator can fail: a status outside its value set, a loose dateTime, a field R4
    // does not have.
    let response: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[3]).unwrap()).unwrap();
    for (field, value) in [
        ("status", Value::from("done")),
        ("authored", Value::from("2026-11-20 19:17Z")),
        ("respondent", Value::from("Alex")),
    ] {
        let mut broken = response.clone();
        broken[field] = value;
        let path = dir.path().join("broken.json");
        std::fs::write(&path, broken.to_string()).unwrap();
        let (ok, text) = validate_fhir(&python, &[path]);
        assert!(
            !ok && text.contains("invalid QuestionnaireResponse"),
            "{field}: {text}"
        );
    }
}

/// The report of `files` as JSON.
fn report_of(files: &[&str], extra: &[&str]) -> Value {
    let mut args = vec!["score", "-f", "json"];
    args.extend(files);
    args.extend(extra);
    let report = serde_json::from_str(&stdout_of(&args)).unwrap();
    assert_fits_schema("report", &report);
    report
}

#[test]
fn answers_to_fhir_response_to_score_give_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    let response_of = |answers: &str| {
        let path = dir
            .path()
            .join(format!("{}.fhir.json", answers.replace('/', "_")));
        std::fs::write(&path, stdout_of(&["fhir", "response", answers])).unwrap();
        path.to_str().unwrap().to_owned()
    };
    for answers in ANSWER_FILES {
        let response = response_of(answers);
        assert_eq!(
            report_of(&[&response], &[]),
            report_of(&[answers], &[]),
            "{answers}"
        );
    }
    // A couple, and one response beside one answers file.
    let (alex, sam) = (
        response_of("examples/alex.json"),
        response_of("examples/sam.json"),
    );
    let expected = report_of(&["examples/alex.json", "examples/sam.json"], &[]);
    assert_eq!(report_of(&[&alex, &sam], &[]), expected);
    assert_eq!(report_of(&[&alex, "examples/sam.json"], &[]), expected);

    // Without author and subject, --respondent and --partner name the people; without
    // either, the message says what to add.
    let mut anonymous: Value =
        serde_json::from_str(&std::fs::read_to_string(&alex).unwrap()).unwrap();
    let object = anonymous.as_object_mut().unwrap();
    object.remove("author");
    object.remove("subject");
    let path = dir.path().join("anonymous.json");
    std::fs::write(&path, anonymous.to_string()).unwrap();
    let path = path.to_str().unwrap();
    assert_eq!(
        report_of(
            &[path, "examples/sam.json"],
            &["--respondent", "Alex", "--partner", "Sam"]
        ),
        expected
    );
    powerbalance()
        .args(["score", path])
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "has no `author.display` to name the respondent; add it, or pass `--respondent NAME`",
        ));
    powerbalance()
        .args(["score", "examples/alex.json", "--respondent", "Ana"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name the people of a FHIR QuestionnaireResponse",
        ));

    // A Questionnaire holds no answers.
    powerbalance()
        .args(["score", "-"])
        .write_stdin(stdout_of(&["fhir", "questionnaire"]))
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "error: <stdin>: a FHIR resource of type `Questionnaire`, but only a \
             QuestionnaireResponse holds answers",
        ));

    // A response for a version that is not bundled is refused, not scored as another one.
    let other = std::fs::read_to_string(&alex)
        .unwrap()
        .replace("|1.0.0", "|9.9.9");
    powerbalance()
        .args(["score", "-"])
        .write_stdin(other)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "these answers are for version 9.9.9 of `relationship`, which is not bundled",
        ));
}

#[test]
fn no_header_leaves_out_only_the_csv_header_and_is_for_csv_only() {
    let full = stdout_of(&[
        "score",
        "examples/alex.json",
        "examples/sam.json",
        "-f",
        "csv",
    ]);
    let bare = stdout_of(&[
        "score",
        "examples/alex.json",
        "examples/sam.json",
        "-f",
        "csv",
        "--no-header",
    ]);
    assert_eq!(bare, full.split_once('\n').unwrap().1);
    assert_eq!(bare.lines().count(), 2);
    for args in [
        &["score", "examples/alex.json", "--no-header"][..],
        &["score", "examples/alex.json", "-f", "json", "--no-header"][..],
        &["score", "--jsonl", "examples/alex.json", "--no-header"][..],
    ] {
        powerbalance()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "`--no-header` leaves out the header row of `--format csv`",
            ));
    }
}

#[test]
fn a_response_answer_that_is_not_a_coding_names_the_item_and_what_is_allowed() {
    let response = serde_json::json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "urn:powerbalance:questionnaire:relationship|1.0.0",
        "status": "completed",
        "author": {"display": "A"},
        "subject": {"display": "B"},
        "item": [{"linkId": "dimension:coercive", "item": [
            {"linkId": "coercive-self-1", "answer": [{"valueString": "often"}]}
        ]}]
    });
    powerbalance()
        .args(["score", "-"])
        .write_stdin(response.to_string())
        .assert()
        .code(65)
        .stderr(
            "error: <stdin>: item `coercive-self-1` in A's answers: an answer of valueString (a \
             valueCoding or valueInteger is needed) is not a whole number; allowed: a whole \
             number from 1 to 5, or null to skip\n",
        );
}

#[test]
fn fhir_questionnaire_gates_become_enable_when() {
    // relationship 2.0.0: `decide-money` has `asked_if = { item = "situation-money",
    // at_least = 2 }` on a 1..=3 scale, so it is enabled by answer 2 or answer 3.
    let resource: Value =
        serde_json::from_str(&stdout_of(&["fhir", "questionnaire", "-q", "relationship"])).unwrap();
    let items: Vec<&Value> = resource["item"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["item"].as_array().unwrap())
        .collect();
    let find = |id: &str| *items.iter().find(|i| i["linkId"] == id).unwrap();
    let money = find("decide-money");
    let when = money["enableWhen"].as_array().unwrap();
    let codes: Vec<&str> = when
        .iter()
        .map(|w| {
            assert_eq!(w["question"], "situation-money");
            assert_eq!(w["operator"], "=");
            w["answerCoding"]["code"].as_str().unwrap()
        })
        .collect();
    assert_eq!(codes, ["2", "3"]);
    assert_eq!(money["enableBehavior"], "any");
    // The coding is the gate item's own answer option.
    let options = find("situation-money")["answerOption"].as_array().unwrap();
    assert_eq!(when[0]["answerCoding"], options[1]["valueCoding"]);
    // An item with no gate has no condition.
    assert!(find("decide-time").get("enableWhen").is_none());
}
