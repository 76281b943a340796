//! The flow driven by a scripted prompter: navigation, skip, back, review, resume, pre-fill.

use std::collections::VecDeque;

use super::*;
use crate::questionnaire::{Bundled, Questionnaire};

/// Plays back a script of choices and records what it was shown.
struct Scripted {
    items: VecDeque<Choice>,
    reviews: VecDeque<ReviewChoice>,
    /// 1-based positions of the items shown, in order.
    shown: Vec<usize>,
    /// What each shown item had pre-selected.
    current: Vec<Slot>,
    /// When set, the prompter stops with Ctrl-C after this many items.
    interrupt_after: Option<usize>,
    messages: Messages,
}

impl Default for Scripted {
    fn default() -> Self {
        Scripted {
            items: VecDeque::new(),
            reviews: VecDeque::new(),
            shown: Vec::new(),
            current: Vec::new(),
            interrupt_after: None,
            messages: Messages::new(Lang::En),
        }
    }
}

impl Prompter for Scripted {
    fn messages(&self) -> &Messages {
        &self.messages
    }
    fn speak(&mut self, lang: Lang) {
        self.messages = Messages::new(lang);
    }
    fn show(&mut self, _: &str) -> Result<(), Leave> {
        Ok(())
    }
    fn name(&mut self, _: &str) -> Result<String, Leave> {
        Ok("X".to_owned())
    }
    fn item(&mut self, screen: &ItemScreen<'_>) -> Result<Choice, Leave> {
        if self.interrupt_after == Some(self.shown.len()) {
            return Err(Leave::Interrupted);
        }
        self.shown.push(screen.position);
        self.current.push(screen.current);
        self.items.pop_front().ok_or(Leave::EndOfInput)
    }
    fn review(&mut self, rows: &[ReviewRow], _: Option<&str>) -> Result<ReviewChoice, Leave> {
        assert_eq!(rows.len(), rows.last().map_or(0, |r| r.position));
        self.reviews.pop_front().ok_or(Leave::EndOfInput)
    }
    fn clear(&mut self) -> Result<(), Leave> {
        Ok(())
    }
    fn choose(&mut self, _: &str, options: &[(char, &str)]) -> Result<char, Leave> {
        Ok(options[0].0)
    }
}

fn short() -> Questionnaire {
    Bundled::find("relationship-short").unwrap().load().unwrap()
}

fn run(q: &Questionnaire, slots: &mut [Slot], p: &mut Scripted) -> (Result<(), Leave>, usize) {
    let order: Vec<usize> = (0..q.items.len()).collect();
    let mut saves = 0;
    let result = answer_items(q, &order, slots, p, None, &mut |_| {
        saves += 1;
        Ok(())
    });
    (result, saves)
}

#[test]
fn answers_in_order_with_back_and_skip() {
    let q = short();
    let n = q.items.len();
    let mut slots = vec![None; n];
    let mut p = Scripted::default();
    // Item 1: 2; item 2: skip; back to item 2 (shown with "skipped"); answer it 3;
    // then every other item 1.
    p.items.extend([
        Choice::Answer(2),
        Choice::Skip,
        Choice::Back,
        Choice::Answer(3),
    ]);
    p.items
        .extend(std::iter::repeat_n(Choice::Answer(1), n - 2));
    p.reviews.push_back(ReviewChoice::Finish);
    let (result, saves) = run(&q, &mut slots, &mut p);
    assert!(result.is_ok());
    // Shown: 1, 2, 3 (Back pressed there), 2 again, then 3..=n.
    let mut expected = vec![1, 2, 3, 2];
    expected.extend(3..=n);
    assert_eq!(p.shown, expected);
    // Going back shows the earlier skip as the current state.
    assert_eq!(p.current[3], Some(None));
    assert_eq!(slots[0], Some(Some(2)));
    assert_eq!(slots[1], Some(Some(3)));
    assert!(slots[2..].iter().all(|s| *s == Some(Some(1))));
    // One save per answer or skip: 2 + skip + re-answer + (n - 2).
    assert_eq!(saves, n + 1);
}

#[test]
fn back_on_the_first_item_and_off_scale_answers_are_asked_again() {
    let q = short();
    let n = q.items.len();
    let mut slots = vec![None; n];
    let mut p = Scripted::default();
    // Back at item 1 is ignored; 9 is off every bundled scale; then 2 everywhere.
    p.items.extend([Choice::Back, Choice::Answer(9)]);
    p.items.extend(std::iter::repeat_n(Choice::Answer(2), n));
    p.reviews.push_back(ReviewChoice::Finish);
    let (result, _) = run(&q, &mut slots, &mut p);
    assert!(result.is_ok());
    assert_eq!(&p.shown[..3], [1, 1, 1]);
    assert!(slots.iter().all(|s| *s == Some(Some(2))));
}

#[test]
fn review_changes_an_answer_and_can_answer_a_skipped_item() {
    let q = short();
    let n = q.items.len();
    let mut slots = vec![None; n];
    let mut p = Scripted::default();
    // Skipping the first item, a gate (`situation-money`), means the one item it gates is not
    // asked: n - 1 items are shown.
    let asked = n - q.items.iter().filter(|i| i.asked_if.is_some()).count();
    assert_eq!(asked, n - 1);
    p.items.extend(std::iter::repeat_n(Choice::Skip, asked));
    // From the review: change item 5 to 4, then item 7 (Back leaves it skipped), finish.
    p.items.extend([Choice::Answer(4), Choice::Back]);
    p.reviews.extend([
        ReviewChoice::Change(5),
        ReviewChoice::Change(7),
        ReviewChoice::Finish,
    ]);
    let (result, saves) = run(&q, &mut slots, &mut p);
    assert!(result.is_ok());
    assert_eq!(slots[4], Some(Some(4)));
    assert_eq!(slots[6], Some(None));
    // n - 1 skips, one change; Back from the review saves nothing.
    assert_eq!(saves, asked + 1);
}

#[test]
fn an_item_whose_gate_is_not_met_is_not_asked() {
    let q = short();
    let n = q.items.len();
    let gate = q.item_index("situation-money").unwrap();
    let gated = q.item_index("decide-money").unwrap();
    assert_eq!(q.items[gated].asked_if.map(|g| g.item), Some(gate));
    for (answer, asked) in [(1, false), (2, true), (3, true)] {
        let mut slots = vec![None; n];
        let mut p = Scripted::default();
        // The gate first ("We keep our money separate" is 1), then 2 (on every scale) to the rest.
        p.items.push_back(Choice::Answer(answer));
        p.items.extend(std::iter::repeat_n(Choice::Answer(2), n));
        p.reviews.push_back(ReviewChoice::Finish);
        let (result, _) = run(&q, &mut slots, &mut p);
        assert!(result.is_ok());
        assert_eq!(
            p.shown.contains(&(gated + 1)),
            asked,
            "gate answered {answer}"
        );
        assert_eq!(slots[gated].is_some(), asked, "gate answered {answer}");
    }
}

#[test]
fn resume_and_prefill_ask_only_what_is_missing() {
    let q = short();
    let n = q.items.len();
    // Given before: items 1..=3 answered, item 4 skipped, item 6 answered.
    let mut slots = vec![None; n];
    for i in [0, 1, 2, 5] {
        slots[i] = Some(Some(3));
    }
    slots[3] = Some(None);
    let mut p = Scripted::default();
    p.items.extend(std::iter::repeat_n(Choice::Answer(1), n));
    p.reviews.push_back(ReviewChoice::Finish);
    let (result, saves) = run(&q, &mut slots, &mut p);
    assert!(result.is_ok());
    // Asked: item 5, then 7..=n.
    let mut expected = vec![5];
    expected.extend(7..=n);
    assert_eq!(p.shown, expected);
    assert_eq!(saves, n - 5);
    assert_eq!(slots[3], Some(None), "a skip given before stays a skip");
    assert_eq!(slots[0], Some(Some(3)), "an answer given before is kept");
}

#[test]
fn interrupt_stops_after_saving_what_was_given() {
    let q = short();
    let mut slots = vec![None; q.items.len()];
    let mut p = Scripted {
        interrupt_after: Some(3),
        ..Scripted::default()
    };
    p.items
        .extend([Choice::Answer(2), Choice::Answer(3), Choice::Skip]);
    let (result, saves) = run(&q, &mut slots, &mut p);
    assert!(matches!(result, Err(Leave::Interrupted)));
    assert_eq!(saves, 3);
    assert_eq!(
        &slots[..4],
        [Some(Some(2)), Some(Some(3)), Some(None), None]
    );
}

#[test]
fn words_for_answers_and_time() {
    let scale = crate::questionnaire::Scale {
        id: "f".to_owned(),
        min: 0,
        max: 2,
        labels: vec![
            "Never".to_owned(),
            "Sometimes".to_owned(),
            "Often".to_owned(),
        ],
    };
    let en = Messages::new(Lang::En);
    assert_eq!(answer_words(&scale, Some(Some(1)), &en), "Sometimes (1)");
    assert_eq!(answer_words(&scale, Some(None), &en), "skipped");
    assert_eq!(answer_words(&scale, None, &en), "not answered");
    // 25 items × 12 s = 300 s = 5 min; 67 × 12 = 804 s, rounded up to 14 min.
    assert_eq!(minutes_for(25), 5);
    assert_eq!(minutes_for(67), 14);
    assert_eq!(minutes_for(1), 1);
}

#[test]
fn the_mask_tests_the_answer_not_its_words_in_every_language() {
    let q = short();
    let private: Vec<usize> = (0..q.items.len())
        .filter(|&i| q.dimensions[q.items[i].dimension].private)
        .take(2)
        .collect();
    let mut slots = vec![None; q.items.len()];
    slots[private[0]] = Some(Some(1));
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        let masked = tr!(m, "review-answer-masked");
        let rows = review_rows(&q, &private, &slots, &m);
        // Given: masked until revealed; never given: its own words, masked or not.
        assert_eq!(rows[0].shown_answer(false, &masked), masked, "{lang}");
        assert_ne!(rows[0].shown_answer(true, &masked), masked, "{lang}");
        assert_eq!(
            rows[1].shown_answer(false, &masked),
            tr!(m, "review-answer-not-answered"),
            "{lang}"
        );
    }
}
