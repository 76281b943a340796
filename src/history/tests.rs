//! The arithmetic of change and reliable change, with the figures worked out by hand.
//!
//! The fixtures are `tests/fixtures/history/`: the `tiny` questionnaire (agreement 1–5, so an
//! answer x is worth (x − 1) / 4 · 100 points: 1→0, 2→25, 3→50, 4→75, 5→100; yes/no 0–1, so
//! yes is 100), with norms coercive sd 10 r 0.8 and respect sd 15 r 0.75, and risk (private)
//! sd 20 r 0.9; `expert` has none.

use super::*;
use crate::answers::{pair_of, parse_file};
use crate::questionnaire::parse;
use crate::scoring::{self, Options};

const V1: &[u8] = include_bytes!("../../tests/fixtures/history/tiny-1.toml");
const V2: &[u8] = include_bytes!("../../tests/fixtures/history/tiny-2.toml");

macro_rules! fixture {
    ($path:literal) => {
        include_str!(concat!("../../tests/fixtures/history/", $path))
    };
}

const COUPLE: [(&str, &str); 3] = [
    (
        fixture!("couple/20260110T100000Z/alex.json"),
        fixture!("couple/20260110T100000Z/sam.json"),
    ),
    (
        fixture!("couple/20260207T100000Z/alex.json"),
        fixture!("couple/20260207T100000Z/sam.json"),
    ),
    (
        fixture!("couple/20260307T100000Z/alex.json"),
        fixture!("couple/20260307T100000Z/sam.json"),
    ),
];

const VERSIONS_3: (&str, &str) = (
    fixture!("versions/20260307T100000Z/alex.json"),
    fixture!("versions/20260307T100000Z/sam.json"),
);

fn norms(sd: f64, reliability: f64) -> Norms {
    Norms::new(sd, reliability)
}

/// One sitting of `q`: Alex's answers, and Sam's when given.
fn sitting<'a>(
    q: &'a Questionnaire,
    alex: &str,
    sam: Option<&str>,
) -> (&'a Questionnaire, Sitting) {
    let mut sets = vec![(
        "alex.json".to_owned(),
        parse_file("alex.json", alex.as_bytes()).unwrap().remove(0),
    )];
    if let Some(sam) = sam {
        sets.push((
            "sam.json".to_owned(),
            parse_file("sam.json", sam.as_bytes()).unwrap().remove(0),
        ));
    }
    let completed = sets[0].1.completed.as_deref().unwrap().to_owned();
    let pair = pair_of(q, &sets).unwrap();
    let sitting = Sitting {
        scores: scoring::score(q, &pair, Options { show_private: true }).into(),
        completed,
        sources: sets.into_iter().map(|(name, _)| name).collect(),
    };
    (q, sitting)
}

/// The history of these sittings (each with its questionnaire), pushed in order.
fn build(sittings: &[(&Questionnaire, Sitting)], show_private: bool) -> History {
    let mut builder = Builder::new(sittings.iter().map(|(q, _)| *q).collect(), show_private);
    for (_, s) in sittings {
        builder.push(s);
    }
    builder.finish().unwrap()
}

fn couple(q: &Questionnaire) -> Vec<(&Questionnaire, Sitting)> {
    COUPLE
        .iter()
        .map(|(alex, sam)| sitting(q, alex, Some(sam)))
        .collect()
}

fn measure<'h>(h: &'h History, id: &str) -> &'h Measure {
    h.measures
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no measure {id}"))
}

/// Person `p`'s scores on a measure.
fn scores(h: &History, id: &str, p: usize) -> Vec<Option<f64>> {
    measure(h, id).people[p]
        .points
        .iter()
        .map(|x| x.score)
        .collect()
}

#[test]
fn changes_and_their_reliability_by_hand() {
    // Coercive norms: the reliable change is 1.96 · √2 · 10 · √0.2 = 12.396.
    let coercive = norms(10.0, 0.8);
    let p = Points::new(&[Some(25.0), Some(50.0), Some(62.5)], Some(&coercive));
    // Sitting 1 has no change.
    assert_eq!(p.get(0).change_from_first, None);
    assert_eq!(p.get(0).reliable_from_previous, None);
    // Sitting 2: 50 − 25 = 25 from the first and from the previous; 25 ≥ 12.396.
    assert_eq!(p.get(1).change_from_first, Some(25.0));
    assert_eq!(p.get(1).change_from_previous, Some(25.0));
    assert_eq!(p.get(1).reliable_from_previous, Some(true));
    // Sitting 3: 62.5 − 25 = 37.5 from the first; 62.5 − 50 = 12.5 from the previous, just
    // above 12.396, so reliable too.
    assert_eq!(p.get(2).change_from_first, Some(37.5));
    assert_eq!(p.get(2).change_from_previous, Some(12.5));
    assert_eq!(p.get(2).reliable_from_first, Some(true));
    assert_eq!(p.get(2).reliable_from_previous, Some(true));

    // Respect norms: 1.96 · √2 · 15 · √0.25 = 20.789. 62.5 − 50 = 12.5 is not reliable;
    // 75 − 50 = 25 from the first is.
    let respect = norms(15.0, 0.75);
    let p = Points::new(&[Some(50.0), Some(62.5), Some(75.0)], Some(&respect));
    assert_eq!(p.get(1).reliable_from_previous, Some(false));
    assert_eq!(p.get(2).change_from_previous, Some(12.5));
    assert_eq!(p.get(2).reliable_from_previous, Some(false));
    assert_eq!(p.get(2).change_from_first, Some(25.0));
    assert_eq!(p.get(2).reliable_from_first, Some(true));

    // A sitting without a score has no change, and the next has none from it: 40 − 50 = −10
    // from the first only.
    let p = Points::new(&[Some(50.0), None, Some(40.0)], Some(&respect));
    assert_eq!(p.get(1).change_from_first, None);
    assert_eq!(p.get(1).reliable_from_first, None);
    assert_eq!(p.get(2).change_from_first, Some(-10.0));
    assert_eq!(p.get(2).change_from_previous, None);
    assert_eq!(p.get(2).reliable_from_first, Some(false));

    // Without norms a change is shown and never judged.
    let p = Points::new(&[Some(0.0), Some(100.0)], None);
    assert_eq!(p.get(1).change_from_first, Some(100.0));
    assert_eq!(p.get(1).reliable_from_first, None);
}

#[test]
fn three_sittings_of_a_couple() {
    let q = parse("tiny-1.toml", V1).unwrap();
    let h = build(&couple(&q), false);
    assert_eq!(h.people, ["Alex", "Sam"]);
    assert_eq!(h.sittings.len(), 3);
    assert!(!h.private_shown);
    // Alex's coercive score is the mean of Alex's self item and Sam's item about Alex:
    // sitting 1: (2→25 + 2→25) / 2 = 25; 2: (3→50 + 3→50) / 2 = 50; 3: (50 + 4→75) / 2 = 62.5.
    assert_eq!(
        scores(&h, "coercive", 0),
        [Some(25.0), Some(50.0), Some(62.5)]
    );
    // Sam: (4→75 + Alex's 4→75) / 2 = 75, then 75, then (3→50 + 75) / 2 = 62.5; the last
    // change, −12.5, is reliable (|−12.5| ≥ 12.396).
    assert_eq!(
        scores(&h, "coercive", 1),
        [Some(75.0), Some(75.0), Some(62.5)]
    );
    let sam = &measure(&h, "coercive").people[1].points.get(2);
    assert_eq!(sam.change_from_previous, Some(-12.5));
    assert_eq!(sam.reliable_from_previous, Some(true));
    let rc = measure(&h, "coercive").reliable_change.unwrap();
    assert!((rc - 12.396_128).abs() < 1e-6, "{rc}");
    // The power index is the mean of coercive and expert (weights 1): (25 + 50) / 2 = 37.5,
    // (50 + 50) / 2 = 50, (62.5 + (5→100 + Sam's reversed 3→50) / 2 = 75) / 2 = 68.75.
    assert_eq!(
        scores(&h, "power_index", 0),
        [Some(37.5), Some(50.0), Some(68.75)]
    );
    let index = measure(&h, "power_index");
    assert_eq!(index.kind, MeasureKind::Index);
    assert_eq!(index.note.as_deref(), Some(NO_NORMS_OF_THEIR_OWN));
    assert_eq!(index.people[0].points.get(2).reliable_from_first, None);
    // No norms for expert: said so.
    assert_eq!(measure(&h, "expert").note.as_deref(), Some(NO_NORMS));
    // The private dimension is not there at all, and the neutral line is.
    assert!(h.measures.iter().all(|m| m.id != "risk"));
    assert!(h.notes.iter().any(|n| n == PRIVATE_NOTE));
    // Every score was computed: no note about dashes.
    assert!(!h.notes.iter().any(|n| n == NOT_SCORED));
}

#[test]
fn show_private_brings_the_private_dimension_back() {
    let q = parse("tiny-1.toml", V1).unwrap();
    let h = build(&couple(&q), true);
    assert!(h.private_shown);
    assert!(!h.notes.iter().any(|n| n == PRIVATE_NOTE));
    // Sam's risk comes from Alex's yes/no item about Sam: yes, yes, no = 100, 100, 0; the
    // drop of 100 is reliable (1.96 · √2 · 20 · √0.1 = 17.53).
    assert_eq!(scores(&h, "risk", 1), [Some(100.0), Some(100.0), Some(0.0)]);
    assert_eq!(
        measure(&h, "risk").people[1]
            .points
            .get(2)
            .reliable_from_first,
        Some(true)
    );
}

#[test]
fn one_persons_own_history_shows_their_private_results() {
    let q = parse("tiny-1.toml", V1).unwrap();
    let sittings: Vec<(&Questionnaire, Sitting)> =
        COUPLE.iter().map(|(a, _)| sitting(&q, a, None)).collect();
    let h = build(&sittings, false);
    assert_eq!(h.respondents, ["Alex"]);
    assert!(h.private_shown);
    // Alex's risk has no items Alex answers about themselves, so it is never scored.
    assert_eq!(scores(&h, "risk", 0), [None, None, None]);
    assert!(h.notes.iter().any(|n| n == NOT_SCORED));
    assert!(h.measures.iter().any(|m| m.id == "risk"));
    // Alex alone: Alex's coercive score is Alex's self item only: 2→25, 3→50, 3→50.
    assert_eq!(
        scores(&h, "coercive", 0),
        [Some(25.0), Some(50.0), Some(50.0)]
    );
    assert!(
        h.notes
            .iter()
            .any(|n| n == "Only Alex answered, so Sam's scores are Alex's view of Sam alone.")
    );
}

#[test]
fn versions_compare_on_the_dimensions_they_share() {
    let v1 = parse("tiny-1.toml", V1).unwrap();
    let v2 = parse("tiny-2.toml", V2).unwrap();
    let mut sittings: Vec<(&Questionnaire, Sitting)> = COUPLE[..2]
        .iter()
        .map(|(a, s)| sitting(&v1, a, Some(s)))
        .collect();
    sittings.push(sitting(&v2, VERSIONS_3.0, Some(VERSIONS_3.1)));
    let h = build(&sittings, false);
    assert_eq!(h.questionnaire.versions, ["1.0.0", "2.0.0"]);
    let ids: Vec<&str> = h.measures.iter().map(|m| m.id.as_str()).collect();
    // expert is in 1.0.0 only, listening in 2.0.0 only; the soft group and both indices are
    // made of different dimensions in the two versions; harsh (coercive alone) is not.
    assert_eq!(ids, ["coercive", "respect", "harsh"]);
    assert!(h.notes[0].contains("Left out: Expert power (1.0.0 only); Listening (2.0.0 only)."));
    assert!(h.notes[1].contains("Soft bases, Power index, Balance index"));
    // The norms are the same in both versions, so they are used.
    assert!(measure(&h, "coercive").reliable_change.is_some());

    // Norms that differ between the versions are not used.
    let mut v2b = v2.clone();
    v2b.dimensions[0].norms = Some(norms(12.0, 0.8));
    sittings[2] = sitting(&v2b, VERSIONS_3.0, Some(VERSIONS_3.1));
    let h = build(&sittings, false);
    let coercive = measure(&h, "coercive");
    assert_eq!(coercive.reliable_change, None);
    assert_eq!(coercive.note.as_deref(), Some(NORMS_DIFFER));
}

#[test]
fn shown_changes_add_up_with_the_shown_scores() {
    // 62.5 shows as 63 and 75 as 75, so the change shows as +12, not the 12.5 that rounds
    // to +13; reliability is judged on 12.5.
    assert_eq!(render::change(Some(75.0), Some(62.5), Some(false)), "+12");
    assert_eq!(render::change(Some(62.5), Some(75.0), Some(true)), "−12 R");
    assert_eq!(render::change(Some(50.0), Some(50.0), None), "0");
    assert_eq!(render::change(None, Some(50.0), None), "–");
}

#[test]
fn sittings_that_do_not_fit_continue_in_another_table() {
    // Measure 14 wide, nine sittings 10 wide, "since first" 5: a table of k sittings needs
    // 1 + (14 + 3) + k · (10 + 3) + (5 + 3) = 26 + 13k columns, so 80 columns take 4 (78).
    let mut widths = vec![14];
    widths.extend([10; 9]);
    widths.push(5);
    assert_eq!(
        render::column_chunks(&widths, 80),
        vec![vec![0, 1, 2, 3, 4], vec![0, 5, 6, 7, 8], vec![0, 9, 10]]
    );
    // Wide enough for all: one table, in order.
    assert_eq!(
        render::column_chunks(&widths, 200),
        vec![(0..=10).collect::<Vec<_>>()]
    );
    // Too narrow for even one sitting: still one sitting per table, never none.
    assert_eq!(render::column_chunks(&[30, 10, 10, 5], 20).len(), 2);
}

/// How the tests write a history: no colour, 80 columns, English.
const STYLE: crate::report::Style = crate::report::Style {
    color: false,
    width: Some(80),
    lang: crate::i18n::Lang::En,
};

/// Every format a history is written in.
const FORMATS: [crate::report::Format; 5] = {
    use crate::report::Format;
    [
        Format::Json,
        Format::Csv,
        Format::Markdown,
        Format::Table,
        Format::Html,
    ]
};

/// `h` written in `format`, as text.
fn written(h: &History, format: crate::report::Format) -> String {
    let mut out = Vec::new();
    write_history(h, format, STYLE, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn changes_are_worked_out_right_as_they_are_written() {
    // The points are held as scores and each change is made as it is written, so this reads
    // them back from the JSON and CSV text, not from the History.
    let q = parse("tiny-1.toml", V1).unwrap();
    let h = build(&couple(&q), false);
    let json: serde_json::Value =
        serde_json::from_str(&written(&h, crate::report::Format::Json)).unwrap();
    let points = |id: &str, p: usize| {
        let m = json["measures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .unwrap();
        m["people"][p]["points"].as_array().unwrap().clone()
    };
    // Alex's coercive scores are 25, 50, 62.5: at sitting 3, 62.5 − 25 = 37.5 from the first
    // and 62.5 − 50 = 12.5 from the previous, both at least 12.396, so both reliable.
    let alex = points("coercive", 0);
    assert_eq!(alex[2]["sitting"], 3);
    assert_eq!(alex[2]["change_from_first"], 37.5);
    assert_eq!(alex[2]["change_from_previous"], 12.5);
    assert_eq!(alex[2]["reliable_from_first"], true);
    assert_eq!(alex[2]["reliable_from_previous"], true);
    // At sitting 2, 50 − 25 = 25 both ways; sitting 1 has no change at all.
    assert_eq!(alex[1]["change_from_first"], 25.0);
    assert_eq!(alex[1]["change_from_previous"], 25.0);
    assert_eq!(alex[0]["change_from_first"], serde_json::Value::Null);
    assert_eq!(alex[0]["reliable_from_first"], serde_json::Value::Null);
    // Sam's are 75, 75, 62.5: at sitting 2, 75 − 75 = 0, not reliable; at sitting 3,
    // 62.5 − 75 = −12.5 both ways, reliable (|−12.5| ≥ 12.396).
    let sam = points("coercive", 1);
    assert_eq!(sam[1]["change_from_previous"], 0.0);
    assert_eq!(sam[1]["reliable_from_previous"], false);
    assert_eq!(sam[2]["change_from_first"], -12.5);
    assert_eq!(sam[2]["change_from_previous"], -12.5);
    assert_eq!(sam[2]["reliable_from_previous"], true);
    // Alex's respect, norms sd 15 r 0.75 (20.789), is 50, 62.5, 75: at sitting 3
    // 75 − 62.5 = 12.5 is not reliable, 75 − 50 = 25 is.
    let respect = points("respect", 0);
    assert_eq!(respect[2]["change_from_previous"], 12.5);
    assert_eq!(respect[2]["reliable_from_previous"], false);
    assert_eq!(respect[2]["change_from_first"], 25.0);
    assert_eq!(respect[2]["reliable_from_first"], true);
    // Alex's power index, 37.5, 50, 68.75, has no norms: 68.75 − 37.5 = 31.25 and
    // 68.75 − 50 = 18.75, never judged.
    let index = points("power_index", 0);
    assert_eq!(index[2]["change_from_first"], 31.25);
    assert_eq!(index[2]["change_from_previous"], 18.75);
    assert_eq!(index[2]["reliable_from_first"], serde_json::Value::Null);

    // The CSV rows say the same: person, measure, kind, sitting, completed, score, the two
    // changes, the two judgements, the reliable change.
    let csv = written(&h, crate::report::Format::Csv);
    let row = |person: &str, measure: &str, sitting: &str| {
        csv.lines()
            .map(|l| l.split(',').collect::<Vec<_>>())
            .find(|c| c[2] == person && c[3] == measure && c[5] == sitting)
            .unwrap_or_else(|| panic!("no row {person} {measure} {sitting}"))
            .iter()
            .map(|c| (*c).to_owned())
            .collect::<Vec<_>>()
    };
    let alex = row("Alex", "coercive", "3");
    assert_eq!(alex[7..12], ["62.5", "37.5", "12.5", "true", "true"]);
    let sam = row("Sam", "coercive", "3");
    assert_eq!(sam[7..12], ["62.5", "-12.5", "-12.5", "true", "true"]);
    let index = row("Alex", "power_index", "3");
    assert_eq!(index[7..13], ["68.75", "31.25", "18.75", "", "", ""]);
    let first = row("Alex", "coercive", "1");
    assert_eq!(first[7..12], ["25", "", "", "", ""]);
}

/// Past 64 sittings, where the column of which sittings have a score goes on in a second
/// word, a missing score is still missing and the changes around it still right; and a
/// missing first score leaves no change from the first at all.
#[test]
fn changes_past_sixty_four_sittings_and_with_no_first_score() {
    // Scores 1.5 · i (exact in binary), none at sittings 64 and 65 (indices 63 and 64).
    let scores: Vec<Option<f64>> = (0..70)
        .map(|i| (i != 63 && i != 64).then_some(1.5 * i as f64))
        .collect();
    let p = Points::new(&scores, Some(&norms(10.0, 0.8)));
    assert_eq!(p.len(), 70);
    // Index 62: 93 − 0 = 93 from the first, 93 − 91.5 = 1.5 from the previous (not
    // reliable: 1.5 < 12.396).
    assert_eq!(p.get(62).change_from_first, Some(93.0));
    assert_eq!(p.get(62).change_from_previous, Some(1.5));
    assert_eq!(p.get(62).reliable_from_previous, Some(false));
    // Indices 63 and 64 have no score, so no change to or from them.
    for i in [63, 64] {
        assert_eq!(p.get(i).score, None, "index {i}");
        assert_eq!(p.get(i).change_from_first, None, "index {i}");
    }
    assert_eq!(p.get(65).change_from_previous, None);
    // Index 65: 97.5 − 0 = 97.5 from the first (reliable); index 66: 99 − 97.5 = 1.5.
    assert_eq!(p.get(65).score, Some(97.5));
    assert_eq!(p.get(65).change_from_first, Some(97.5));
    assert_eq!(p.get(65).reliable_from_first, Some(true));
    assert_eq!(p.get(66).change_from_previous, Some(1.5));
    assert_eq!(p.get(69).sitting, 70);

    // With no first score, no sitting has a change from the first; from the previous, 3 − 1.5.
    let mut late = scores.clone();
    late[0] = None;
    let p = Points::new(&late, None);
    assert!((0..70).all(|i| p.get(i).change_from_first.is_none()));
    assert_eq!(p.get(1).change_from_previous, None);
    assert_eq!(p.get(2).change_from_previous, Some(1.5));
    assert_eq!(
        p.get(2).reliable_from_previous,
        None,
        "no norms, no judgement"
    );
}

/// The history of `sittings` with its scores in a temporary file (`spilled`) or in memory.
fn build_held(sittings: &[(&Questionnaire, Sitting)], spilled: bool) -> History {
    let sizes = tape::Sizes {
        scores_past: if spilled { 0 } else { usize::MAX },
        ..tape::Sizes::default()
    };
    let mut builder = Builder::of_uses(
        Used::of_sittings(&sittings.iter().map(|(q, _)| *q).collect::<Vec<_>>()),
        true,
        true,
        sizes,
    );
    assert_eq!(builder.spill.is_some(), spilled);
    for (_, s) in sittings {
        builder.push(s);
    }
    builder.finish().unwrap()
}

#[test]
fn scores_in_a_temporary_file_are_written_as_those_in_memory() {
    use crate::report::Format;
    let q = parse("tiny-1.toml", V1).unwrap();
    let q2 = parse("tiny-2.toml", V2).unwrap();
    // Both people, Alex alone (Sam's scores missing) and a later version, in an order that
    // changes at every step, past two blocks and into a third.
    let mut kinds = couple(&q);
    kinds.push(sitting(&q, COUPLE[1].0, None));
    kinds.push(sitting(&q2, VERSIONS_3.0, Some(VERSIONS_3.1)));
    let many: Vec<(&Questionnaire, Sitting)> = (0..2 * BLOCK + 77)
        .map(|i| kinds[(i * 7 + i / 3) % kinds.len()].clone())
        .collect();
    let (held, spilled) = (build_held(&many, false), build_held(&many, true));
    assert_eq!(held, spilled);
    // Private results shown (as here) go to the file with the rest; where they are not to be
    // shown, they are never kept (below).
    let spilled_of = |id: &str| {
        measure(&spilled, id).people[0]
            .points
            .scores
            .spilled
            .is_some()
    };
    assert!(spilled_of("risk") && spilled_of("coercive"));
    for format in [Format::Json, Format::Csv, Format::Markdown] {
        assert_eq!(
            written(&held, format),
            written(&spilled, format),
            "{format:?}"
        );
    }
    // Every format, on a few sittings.
    let few = &many[..5];
    let (held, spilled) = (build_held(few, false), build_held(few, true));
    for format in FORMATS {
        assert_eq!(
            written(&held, format),
            written(&spilled, format),
            "{format:?}"
        );
    }
    assert!(spilled.read_error().is_none());
}

#[test]
fn private_results_a_history_will_not_show_are_never_kept_and_it_reads_the_same() {
    let q = parse("tiny-1.toml", V1).unwrap();
    let many: Vec<(&Questionnaire, Sitting)> = (0..BLOCK + 9).flat_map(|_| couple(&q)).collect();
    let build = |private_kept: bool| {
        let qs: Vec<&Questionnaire> = many.iter().map(|(q, _)| *q).collect();
        let sizes = tape::Sizes {
            scores_past: 0,
            ..tape::Sizes::default()
        };
        let mut builder = Builder::of_uses(Used::of_sittings(&qs), false, private_kept, sizes);
        assert!(builder.spill.is_some());
        let kept = builder.candidates.iter().any(|c| c.private);
        for (_, s) in &many {
            builder.push(s);
        }
        (kept, builder.finish().unwrap())
    };
    let ((kept, h), (kept_anyway, with_private_kept)) = (build(false), build(true));
    assert!(!kept && kept_anyway);
    // A couple's history without --show-private: the private results are left out either way.
    assert!(!h.private_shown && !with_private_kept.private_shown);
    assert!(h.measures.iter().all(|m| m.id != "risk"));
    for format in FORMATS {
        assert_eq!(
            written(&h, format),
            written(&with_private_kept, format),
            "{format:?}"
        );
    }
}

#[test]
fn sittings_kept_in_a_temporary_file_read_as_those_in_memory_and_fail_aloud() {
    let q = parse("tiny-1.toml", V1).unwrap();
    let many: Vec<(&Questionnaire, Sitting)> = (0..40).flat_map(|_| couple(&q)).collect();
    let build = |hold: usize| {
        let qs: Vec<&Questionnaire> = many.iter().map(|(q, _)| *q).collect();
        let sizes = tape::Sizes {
            run: 1,
            hold,
            scores_past: usize::MAX,
        };
        let mut builder = Builder::of_uses(Used::of_sittings(&qs), false, false, sizes);
        for (_, s) in &many {
            builder.push(s);
        }
        builder.finish().unwrap()
    };
    let (held, kept) = (build(usize::MAX), build(0));
    assert!(kept.sittings.kept.tape.file().is_some() && held.sittings.kept.tape.file().is_none());
    assert_eq!(held, kept);
    for format in FORMATS {
        assert_eq!(written(&held, format), written(&kept, format), "{format:?}");
    }
    // The file cut short: writing stops with the system's error, not a shorter history.
    kept.sittings
        .kept
        .tape
        .file()
        .unwrap()
        .set_len(100)
        .unwrap();
    for format in [crate::report::Format::Json, crate::report::Format::Csv] {
        let mut out = Vec::new();
        assert!(
            write_history(&kept, format, STYLE, &mut out).is_err(),
            "{format:?}"
        );
        assert!(kept.read_error().is_some(), "{format:?}");
        let text = String::from_utf8(out).unwrap();
        if format == crate::report::Format::Json {
            assert!(
                serde_json::from_str::<serde_json::Value>(&text).is_err(),
                "{text}"
            );
        } else {
            // Stopped at the first sitting not read back: one measure's rows, cut short.
            let rows = text.lines().count() - 1;
            assert!(rows < many.len(), "{rows} rows");
        }
    }
}

#[test]
fn scores_that_cannot_be_read_back_are_an_error_that_says_so_not_zeros() {
    use crate::report::Format;
    let q = parse("tiny-1.toml", V1).unwrap();
    let many: Vec<(&Questionnaire, Sitting)> = (0..3).flat_map(|_| couple(&q)).collect();
    for format in FORMATS {
        let spilled = build_held(&many, true);
        // The file cut to nothing: every block read back comes up short.
        let column = &measure(&spilled, "coercive").people[0].points.scores;
        column
            .spilled
            .as_ref()
            .unwrap()
            .file
            .file
            .set_len(0)
            .unwrap();
        let mut out = Vec::new();
        // The system's error, as it gave it, for the command to say in its own words.
        let e = write_history(&spilled, format, STYLE, &mut out).unwrap_err();
        let said = spilled.read_error().unwrap();
        for e in [e, said] {
            assert_eq!(
                (e.kind(), e.to_string().as_str()),
                (io::ErrorKind::UnexpectedEof, "failed to fill whole buffer"),
                "{format:?}"
            );
        }
        // A format made whole is not written at all; JSON and CSV are cut short at the
        // first score not read back: no zero in its place, and JSON that does not parse.
        let text = String::from_utf8(out).unwrap();
        match format {
            Format::Json => {
                assert!(!text.is_empty());
                assert!(
                    serde_json::from_str::<serde_json::Value>(&text).is_err(),
                    "{text}"
                );
            }
            Format::Csv => {
                assert!(text.starts_with("questionnaire,"), "{text}");
                // Its first score is held in memory, the rest in the file.
                assert!(!text.contains(",coercive,dimension,2,"), "{text}");
            }
            _ => assert!(text.is_empty(), "{format:?}"),
        }
    }
}
