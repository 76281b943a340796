//! The human reports (table, Markdown, HTML) and the `-o` format inference, tested from
//! outside: the binary's output, snapshotted, and checked against the JSON report of the
//! same answers.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use powerbalance::{
    Format, Options, PRIVATE_NOTE, Report, Style, named_questionnaire, pair_of, parse_answers,
    render,
};

use crate::util::{self, powerbalance};

const COUPLE: [&str; 2] = ["examples/alex.json", "examples/sam.json"];

/// The `score` command's standard output for these arguments; it must succeed.
fn score(args: &[&str]) -> String {
    let out = powerbalance().arg("score").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn couple(format: &str) -> String {
    score(&[COUPLE[0], COUPLE[1], "--format", format])
}

fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let report = serde_json::from_str(&score(&args)).unwrap();
    util::assert_fits_schema("report", &report);
    report
}

/// A report made through the library, to render at widths a pipe cannot ask for, with the
/// questionnaire version the files name: the files read, checked and paired by
/// `answers::pair_of`, as `score` does.
fn report_of(files: &[&str]) -> Report {
    let sets: Vec<_> = files
        .iter()
        .flat_map(|f| {
            let bytes = std::fs::read(f).unwrap();
            let sets = parse_answers(f, &bytes).unwrap();
            sets.into_iter().map(|set| (f.to_string(), set))
        })
        .collect();
    let q = named_questionnaire(&sets[0].1, &sets[0].0)
        .unwrap()
        .load()
        .unwrap();
    let pair = pair_of(&q, &sets).unwrap();
    powerbalance::score(&q, &pair, Options::default())
}

/// Whole points, halves away from zero, as the human formats show them.
fn whole(v: &Value) -> String {
    v.as_f64()
        .map_or_else(|| "–".to_owned(), |x| (x.round() as i64).to_string())
}

/// The words of a text, one space apart: the table's wrapping and Markdown's and HTML's
/// escapes undone, so sentences from the JSON report can be found in any format.
fn words(format: &str, text: &str) -> String {
    let plain = match format {
        "html" => Html::parse_document(text)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" "),
        "markdown" => text.replace('\\', ""),
        _ => text.to_owned(),
    };
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn text_of(e: ElementRef) -> String {
    e.text().collect::<String>().trim().to_owned()
}

#[test]
fn table_of_the_couple_at_80_columns() {
    let text = couple("table");
    for line in text.lines() {
        assert!(line.width() <= 80, "wider than 80 columns: {line}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn table_of_one_person_with_a_private_alert() {
    // Sam's own report: the safety scores, the private alert first under its own heading
    // (never among the couple's), and where to find support.
    let text = score(&[COUPLE[1]]);
    let alert = text
        .find("Private: about your safety")
        .expect("the private alert's heading");
    assert!(!text.contains("Needs attention"), "no shared alert fired");
    assert!(alert < text.find("Worth talking about").unwrap());
    assert!(text.contains("If you need support"));
    insta::assert_snapshot!(text);
}

#[test]
fn table_wraps_to_narrow_widths() {
    let report = report_of(&COUPLE);
    for width in [60_u16, 40] {
        let style = Style {
            color: false,
            width: Some(width),
            ..Style::default()
        };
        let text = render(&report, Format::Table, style);
        for line in text.lines() {
            assert!(
                line.width() <= usize::from(width),
                "wider than {width}: {line}"
            );
        }
        insta::assert_snapshot!(format!("table_at_{width}_columns"), text);
    }
}

#[test]
fn markdown_of_the_couple() {
    insta::assert_snapshot!(couple("markdown"));
}

#[test]
fn html_of_the_couple() {
    insta::assert_snapshot!(couple("html"));
}

#[test]
fn csv_and_json_of_the_couple() {
    insta::assert_snapshot!("csv_of_the_couple", couple("csv"));
    insta::assert_snapshot!("json_of_the_couple", couple("json"));
}

#[test]
fn piped_no_color_dumb_and_file_output_carry_no_escape_codes() {
    let args = [COUPLE[0], COUPLE[1]];
    // The check can fail: asked for, colour does reach a pipe.
    let forced = score(&[args[0], args[1], "--color", "always"]);
    assert!(forced.contains("\x1b["), "--color always colours");
    for format in ["table", "markdown", "html"] {
        let piped = couple(format);
        assert!(!piped.contains('\x1b'), "{format} piped");
        for (key, value) in [("NO_COLOR", "1"), ("TERM", "dumb")] {
            let out = powerbalance()
                .args(["score", args[0], args[1], "--format", format])
                .env(key, value)
                .output()
                .unwrap();
            assert!(!out.stdout.contains(&0x1b), "{format} with {key}={value}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    powerbalance()
        .args(["score", args[0], args[1], "--color", "always", "-o"])
        .arg(&path)
        .assert()
        .success();
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!file.contains('\x1b'), "a file never gets colour");
    assert_eq!(file, couple("table"));
}

#[test]
fn colour_adds_escape_codes_to_bars_and_headings_and_nothing_else() {
    let plain = couple("table");
    let coloured = score(&[COUPLE[0], COUPLE[1], "--color", "always"]);
    assert_eq!(strip_escapes(&coloured), plain);
    let line = |needle: &str| {
        coloured
            .lines()
            .find(|l| l.contains(needle))
            .unwrap()
            .to_owned()
    };
    // Alex's bar in cyan, Sam's in magenta; the warnings' heading in bold yellow.
    let coercive = line("Coercive power");
    assert!(coercive.contains("\x1b[38;5;14m") && coercive.contains("\x1b[38;5;13m"));
    assert!(line("Worth talking about").starts_with("\x1b[1;33m"));
}

/// The text without its SGR escape codes (`ESC [ … m`).
fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn html_parses_and_loads_nothing() {
    let text = couple("html");
    let doc = Html::parse_document(&text);
    assert_eq!(
        doc.errors,
        Vec::<std::borrow::Cow<str>>::new(),
        "HTML5 parse errors"
    );
    assert_eq!(
        format!("{:?}", doc.quirks_mode),
        "NoQuirks",
        "a standards-mode page"
    );
    // Not "http" alone: the Content Security Policy's `http-equiv` is how the page forbids
    // loading anything.
    for banned in [
        "http:", "https:", "://", "data:", "src=", "<link", "@import", "url(", "<script", "<img",
        "<iframe", "<object", "<embed", "<form",
    ] {
        assert!(
            !text.contains(banned),
            "the page must not contain {banned:?}"
        );
    }
    let loading = doc
        .select(&sel("[src], [href], [action], [srcset]"))
        .count();
    assert_eq!(loading, 0, "no element points anywhere");
    let csp = doc
        .select(&sel("meta[http-equiv='Content-Security-Policy']"))
        .next()
        .expect("a Content Security Policy");
    assert!(
        csp.attr("content")
            .unwrap()
            .starts_with("default-src 'none'")
    );
    assert!(text.contains("@media print"), "a print stylesheet");
}

#[test]
fn html_draws_the_numbers_of_its_report() {
    let r = json(&COUPLE);
    let doc = Html::parse_document(&couple("html"));
    let people = r["people"].as_array().unwrap();
    // Each score table row against the JSON: scores, bar lengths, and who is higher.
    let mut rows = 0;
    for topic in ["bases", "overall", "markers"] {
        for tr in doc.select(&sel(&format!("section.topic-{topic} tbody tr"))) {
            let key = tr.attr("data-key").unwrap();
            let value = |p: &Value| match key {
                "power_index" | "balance_index" => p[key].clone(),
                k if p["groups"].get(k).is_some() => p["groups"][k].clone(),
                k => p["scores"][k].clone(),
            };
            let cells: Vec<ElementRef> = tr.select(&sel("td.score")).collect();
            assert_eq!(cells.len(), 2);
            for (cell, p) in cells.iter().zip(people) {
                let v = value(p);
                let n = cell.select(&sel(".n")).next().unwrap();
                assert_eq!(text_of(n), whole(&v), "{key} of {}", p["name"]);
                let fill = cell.select(&sel("rect.fill")).next().unwrap();
                let width: f64 = fill.attr("width").unwrap().parse().unwrap();
                assert!((width - v.as_f64().unwrap()).abs() <= 0.05, "{key} bar");
            }
            let diff = text_of(tr.select(&sel("td.diff")).next().unwrap());
            // The difference shown is of the two scores shown (issue 11), so "65" and "58"
            // read "+7" even where the exact imbalance, 6.2, rounds to 6.
            let shown = |p: &Value| value(p).as_f64().unwrap().round() as i64;
            let d = shown(&people[0]) - shown(&people[1]);
            let exact = match key {
                "power_index" | "balance_index" => r["imbalance"][key].as_f64(),
                k if r["imbalance"]["groups"].get(k).is_some() => {
                    r["imbalance"]["groups"][k].as_f64()
                }
                k => r["imbalance"]["scores"][k].as_f64(),
            }
            .unwrap();
            assert!((exact.round() as i64 - d).abs() <= 1, "{key}");
            let expected = match d {
                0 => "even".to_owned(),
                d if d > 0 => format!("Alex +{d}"),
                d => format!("Sam +{}", -d),
            };
            assert_eq!(diff, expected, "{key}");
            rows += 1;
        }
    }
    // Seven bases, two groups and the power index, four markers and the balance index.
    assert_eq!(rows, 7 + 3 + 5);

    // How each is seen: own view, then the other's view.
    for (i, p) in people.iter().enumerate() {
        let sections: Vec<ElementRef> = doc.select(&sel("section.topic-views")).collect();
        for tr in sections[i].select(&sel("tbody tr")) {
            let key = tr.attr("data-key").unwrap();
            let shown: Vec<String> = tr.select(&sel("td.score .n")).map(text_of).collect();
            let views = &p["views"][key];
            assert_eq!(shown, [whole(&views["self"]), whole(&views["partner"])]);
        }
    }
}

#[test]
fn html_radar_has_a_point_per_base_where_the_scores_put_it() {
    let r = json(&COUPLE);
    let doc = Html::parse_document(&couple("html"));
    let radar = doc.select(&sel("svg.radar")).next().expect("a radar chart");
    let bases: Vec<String> = doc
        .select(&sel("section.topic-bases tbody tr"))
        .map(|tr| tr.attr("data-key").unwrap().to_owned())
        .collect();
    assert_eq!(bases.len(), 7);
    let num = |e: &ElementRef, a: &str| -> f64 { e.attr(a).unwrap().parse().unwrap() };
    // Each axis runs from the centre to where 100 points would be.
    let axes: Vec<[f64; 4]> = radar
        .select(&sel("line.axis"))
        .map(|l| [num(&l, "x1"), num(&l, "y1"), num(&l, "x2"), num(&l, "y2")])
        .collect();
    assert_eq!(axes.len(), 7);
    for (i, person) in r["people"].as_array().unwrap().iter().enumerate() {
        let polygon = radar
            .select(&sel(&format!("polygon.person.p{i}")))
            .next()
            .unwrap();
        let points: Vec<(f64, f64)> = polygon
            .attr("points")
            .unwrap()
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        assert_eq!(points.len(), 7, "{}", person["name"]);
        for ((base, [cx, cy, ex, ey]), (x, y)) in bases.iter().zip(&axes).zip(&points) {
            let s = person["scores"][base].as_f64().unwrap() / 100.0;
            // Coordinates are written to 0.1, so each may be 0.05 off, and the axis end too.
            assert!(
                (cx + (ex - cx) * s - x).abs() <= 0.1 && (cy + (ey - cy) * s - y).abs() <= 0.1,
                "{base} of {}: ({x}, {y})",
                person["name"]
            );
        }
    }
    // The numbers are written by each axis, so the chart reads without colour.
    let labels: Vec<String> = radar.select(&sel("text.label")).map(text_of).collect();
    for (label, base) in labels.iter().zip(&bases) {
        let [a, b] = [0, 1].map(|i| whole(&r["people"][i]["scores"][base]));
        assert!(label.ends_with(&format!("{a} · {b}")), "{label}");
    }
}

#[test]
fn names_and_messages_cannot_inject_markup() {
    let name = "<script>alert('x')</script> & *Jo*";
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (file, field) in [(COUPLE[0], "respondent"), (COUPLE[1], "partner")] {
        let mut v: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        v[field] = Value::from(name);
        let path = dir.path().join(file.rsplit('/').next().unwrap());
        std::fs::write(&path, v.to_string()).unwrap();
        files.push(path.to_str().unwrap().to_owned());
    }
    let html = score(&[&files[0], &files[1], "-f", "html"]);
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert!(!html.contains("<script"));
    let h = doc.select(&sel("header .sub")).next().unwrap();
    assert!(text_of(h).contains(name), "the name shows as written");
    assert!(text_of(doc.select(&sel("title")).next().unwrap()).contains(name));

    let md = score(&[&files[0], &files[1], "-f", "markdown"]);
    assert!(!md.contains("<script>") && !md.contains("*Jo*"));
    assert!(md.contains(r"\<script\>alert('x')\</script\> \& \*Jo\*"));
}

#[test]
fn every_format_keeps_private_results_out_and_says_so_neutrally() {
    // What only Sam's own report may show: the private rules' messages.
    let own = json(&[COUPLE[1]]);
    let private: Vec<&str> = own["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["private"] == true)
        .map(|w| w["message"].as_str().unwrap())
        .collect();
    assert!(
        !private.is_empty(),
        "the example has a private result to hide"
    );
    let joint = json(&COUPLE);
    let resources = joint["resources"].as_str().unwrap();
    for format in ["table", "markdown", "html"] {
        let text = words(format, &couple(format));
        for message in &private {
            assert!(!text.contains(message), "{format} leaks: {message}");
        }
        assert!(
            !text.contains("Safety"),
            "{format} shows the private dimension"
        );
        assert!(text.contains(PRIVATE_NOTE), "{format}: the neutral line");
        assert!(
            text.contains(&words("", resources)),
            "{format}: the resources"
        );
        assert!(
            text.contains("not a diagnosis"),
            "{format}: not a diagnosis"
        );
        // Sam's own report shows them.
        let own = words(format, &score(&[COUPLE[1], "-f", format]));
        for message in &private {
            assert!(own.contains(message), "{format} own report: {message}");
        }
    }
}

#[test]
fn the_header_says_who_answered_and_when() {
    for format in ["table", "markdown", "html"] {
        let text = words(format, &couple(format));
        assert!(
            text.contains(
                "Answered by Alex (finished 20 Nov 2026, 19:17 UTC) and Sam (finished 20 Nov \
                 2026, 19:38 UTC)."
            ),
            "{format}"
        );
        assert!(text.contains("Questionnaire relationship 1.0.0 · Alex and Sam"));
    }
    let one = words("table", &score(&[COUPLE[0]]));
    assert!(
        one.contains(
            "Answered by Alex (finished 20 Nov 2026, 19:17 UTC) only; Sam did not answer."
        )
    );
}

#[test]
fn output_file_extension_picks_the_format_unless_format_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, extra: &[&str]| -> String {
        let path = dir.path().join(name);
        powerbalance()
            .args(["score", COUPLE[0], COUPLE[1], "-o"])
            .arg(&path)
            .args(extra)
            .assert()
            .success()
            .stdout("");
        std::fs::read_to_string(&path).unwrap()
    };
    assert_eq!(write("r.json", &[]), couple("json"));
    assert_eq!(write("r.md", &[]), couple("markdown"));
    assert_eq!(write("r.markdown", &[]), couple("markdown"));
    assert_eq!(write("r.html", &[]), couple("html"));
    assert_eq!(write("r.HTM", &[]), couple("html"));
    assert_eq!(write("r.csv", &[]), couple("csv"));
    assert_eq!(write("r.txt", &[]), couple("table"));
    assert_eq!(write("report", &[]), couple("table"));
    // An explicit --format wins over the extension.
    assert_eq!(write("r2.md", &["--format", "json"]), couple("json"));
    // And without -o the default is a table.
    assert_eq!(score(&[COUPLE[0], COUPLE[1]]), couple("table"));
}

/// The reports `main` gave for the 1.0.0 example answers before version 2.0.0 existed,
/// saved byte for byte: the answers name version 1.0.0, so they score exactly as they did.
/// The one difference allowed is the field SPEC §10 added since, `completed`, which must hold
/// the answers' own finishing times.
#[test]
fn answers_of_version_1_score_exactly_as_before() {
    let same_but_completed = |got: &str, saved: &str, completed: &[&str]| {
        let mut got: serde_json::Value = serde_json::from_str(got).unwrap();
        let added = got.as_object_mut().unwrap().remove("completed").unwrap();
        assert_eq!(added, serde_json::json!(completed), "{saved}");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("tests/fixtures/reports/{saved}")).unwrap(),
        )
        .unwrap();
        assert_eq!(got, expected, "{saved}");
    };
    let (alex, sam) = ("2026-11-20T19:17:40Z", "2026-11-20T19:38:29Z");
    for (args, saved, completed) in [
        (&COUPLE[..], "couple-1.0.0.json", &[alex, sam][..]),
        (&["examples/alex.json"][..], "alex-1.0.0.json", &[alex][..]),
        (&["examples/sam.json"][..], "sam-1.0.0.json", &[sam][..]),
    ] {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        same_but_completed(&score(&args), saved, completed);
    }
    let private = score(&[COUPLE[0], COUPLE[1], "--show-private", "--format", "json"]);
    same_but_completed(&private, "couple-1.0.0-private.json", &[alex, sam]);
}

const COUPLE_2: [&str; 2] = ["examples/alex-2.json", "examples/sam-2.json"];

#[test]
fn table_of_a_version_2_couple_with_the_decisions_side_by_side() {
    let text = score(&[COUPLE_2[0], COUPLE_2[1]]);
    for line in text.lines() {
        assert!(line.width() <= 80, "wider than 80 columns: {line}");
    }
    assert!(text.contains("Who has more say, area by area"));
    assert!(text.contains("You see 7 of 10 areas alike and 3 differently"));
    insta::assert_snapshot!(text);
}

#[test]
fn decisions_are_in_one_frame_in_the_json_and_every_format() {
    let r = json(&COUPLE_2);
    let decisions = r["decisions"].as_array().unwrap();
    assert_eq!(
        decisions.len(),
        10,
        "every area both answered, children included"
    );
    let of = |id: &str| decisions.iter().find(|d| d["item"] == id).unwrap();
    // decide-money: Alex 4 on 1..5 → (4 - 1) / 4 × 100 = 75, Alex's share; Sam 1 → 0 for
    // Sam, so Alex's share is 100 - 0 = 100. Both above 50: they agree Alex has more say.
    assert_eq!(
        of("decide-money")["share"],
        serde_json::json!([75.0, 100.0])
    );
    assert_eq!(of("decide-money")["agree"], true);
    // decide-friends: Alex 3 → 50 (both equally); Sam 2 → 25, Alex's share 75: not alike.
    assert_eq!(
        of("decide-friends")["share"],
        serde_json::json!([50.0, 75.0])
    );
    assert_eq!(of("decide-friends")["agree"], false);
    // Who decides: Alex (75 + 100 + …) and Sam add up to 100 when both answered every area.
    let a = r["people"][0]["scores"]["decisions"].as_f64().unwrap();
    let b = r["people"][1]["scores"]["decisions"].as_f64().unwrap();
    assert!((a + b - 100.0).abs() < 1e-9, "{a} + {b}");
    for format in ["markdown", "html"] {
        let text = words(
            format,
            &score(&[COUPLE_2[0], COUPLE_2[1], "--format", format]),
        );
        assert!(text.contains("Who has more say, area by area"), "{format}");
        assert!(text.contains("see it differently"), "{format}");
        assert!(text.contains("mostly Alex"), "{format}");
    }
    // A report of one person has no side by side, and the JSON no `decisions`.
    assert!(json(&[COUPLE_2[0]]).get("decisions").is_none());
}

#[test]
fn a_version_2_own_report_shows_safety_by_who_answered_and_what_higher_means() {
    let text = score(&[COUPLE_2[1]]);
    let safety = &text[text.find("\nSafety\n").expect("a safety section")..];
    assert!(safety.contains("higher means more concern"));
    // Sam's answers about Alex, then about Sam: neither number sits under the wrong name.
    assert!(safety.contains("About Alex") && safety.contains("About Sam"));
    // The graded alert says what was answered.
    assert!(text.contains("highest answer: A few times"));
    insta::assert_snapshot!(text);
}

#[test]
fn joint_report_names_both_people_and_never_excuses_a_gap() {
    for couple in [COUPLE, COUPLE_2] {
        let text = words("table", &couple_of(&couple));
        assert!(!text.contains("nobody's mistake"));
        assert!(text.contains("Alex and Sam"));
    }
    // Version 2.0.0's messages name both (`{other}`); 1.0.0's are kept as released.
    let text = words("table", &couple_of(&COUPLE_2));
    assert!(!text.contains("their partner"), "{text}");
    assert!(text.contains("Alex and Sam see Alex's respect during disagreements differently: 58 in Alex's own answers, 100 in Sam's"), "{text}");
}

fn couple_of(files: &[&str; 2]) -> String {
    score(&[files[0], files[1]])
}

#[test]
fn decisions_side_by_side_become_a_list_on_a_narrow_terminal() {
    let report = report_of(&COUPLE_2);
    let style = Style {
        color: false,
        width: Some(40),
        ..Style::default()
    };
    let text = render(&report, Format::Table, style);
    for line in text.lines() {
        assert!(line.width() <= 40, "wider than 40: {line}");
    }
    let words = words("table", &text);
    assert!(
        words.contains(
            "• Who has more say in how the money you share is spent? Alex says: mostly Alex · Sam says: Alex · agree"
        ),
        "{text}"
    );
}
