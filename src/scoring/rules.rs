//! Rules (SPEC §5): which fire, and their messages filled in.
//!
//! Each rule is laid out once per questionnaire as a [`RuleText`]: its kind, whether its
//! items may not apply, and the text of what it fires (id, dimension, prompt, basis, the
//! message split into text and placeholders). A fired rule is written over a warning of the last report where there
//! is one: its shared texts are kept where they are the same, and its strings refilled in the
//! memory they have.

use super::prepared::{Plan, RuleText};
use super::{Scores, Strings, set};
use crate::answers::Pair;
use crate::jsonl::Text;
use crate::model::{Warning, whole};
use crate::questionnaire::{Questionnaire, Rule, RuleKind, Target};

/// Whether `rule` is an `item` rule with an item that has an `asked_if` (when none has,
/// which items apply is not asked).
pub(super) fn gated(q: &Questionnaire, rule: &Rule) -> bool {
    match &rule.kind {
        RuleKind::Item { items, .. } => items.iter().any(|&i| q.items[i].asked_if.is_some()),
        _ => false,
    }
}

/// The dimension, group or index a warning of `rule` names.
pub(super) fn named_target(q: &Questionnaire, rule: &Rule) -> Target {
    match &rule.kind {
        RuleKind::Imbalance { target, .. }
        | RuleKind::High { target, .. }
        | RuleKind::Low { target, .. } => *target,
        RuleKind::Gap { dimension, .. } => Target::Dimension(*dimension),
        RuleKind::Item {
            items, dimension, ..
        } => Target::Dimension(dimension.unwrap_or(q.items[items[0]].dimension)),
    }
}

/// Which rules may fire on an answer set, found before any is checked: every rule but the
/// `item` rules, and an `item` rule only where one of its items is answered with at least
/// its threshold (whether or not the item applies: the rule's own check then says). Most
/// answer sets answer no item of an `item` rule so high, and are checked against none.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Triggers {
    /// The rules to check always, as bits by rule order; `None` when there are more rules
    /// than bits (then every rule is checked).
    always: Option<u64>,
    /// Each item of an `item` rule: `(item, the lowest threshold of its rules, its rules
    /// as bits)`; then the same for the rules that are not private, which alone are
    /// checked in a joint report.
    items: Vec<(usize, i64, u64)>,
    public: Vec<(usize, i64, u64)>,
}

impl Triggers {
    pub(super) fn new(rules: &[RuleText]) -> Self {
        let mut always = 0_u64;
        let (mut items, mut public) = (Vec::new(), Vec::new());
        for (n, rule) in rules.iter().enumerate() {
            let bit = 1_u64.checked_shl(n as u32).unwrap_or(0);
            match &rule.kind {
                RuleKind::Item {
                    items: of,
                    at_least,
                    ..
                } => {
                    for &i in of {
                        add_trigger(&mut items, i, *at_least, bit);
                        if !rule.private {
                            add_trigger(&mut public, i, *at_least, bit);
                        }
                    }
                }
                _ => always |= bit,
            }
        }
        Triggers {
            always: (rules.len() <= 64).then_some(always),
            items,
            public,
        }
    }

    /// Triggers that check every rule, for tests to hold the triggers to.
    #[cfg(test)]
    pub(super) fn every() -> Self {
        Triggers {
            always: None,
            items: Vec::new(),
            public: Vec::new(),
        }
    }

    /// The rules that may fire on `pair`'s answers, as bits (`None`, every rule, where
    /// there are more than 64), in a `joint` report or not.
    fn of(&self, pair: &Pair, joint: bool) -> Option<u64> {
        let mut rules = self.always?;
        let items = if joint { &self.public } else { &self.items };
        for r in std::iter::once(pair.first()).chain(pair.second()) {
            let values = &r.values[..];
            for &(i, at_least, bits) in items {
                if let Some(&Some(v)) = values.get(i)
                    && v >= at_least
                {
                    rules |= bits;
                }
            }
        }
        Some(rules)
    }
}

/// Adds rule `bit` to the trigger of `item` in `to`, at `at_least` if that is lower.
fn add_trigger(to: &mut Vec<(usize, i64, u64)>, item: usize, at_least: i64, bit: u64) {
    match to.iter_mut().find(|(i, ..)| *i == item) {
        Some((_, least, bits)) => {
            *least = (*least).min(at_least);
            *bits |= bit;
        }
        None => to.push((item, at_least, bit)),
    }
}

/// Every rule that fires, in rule order then person order, written into `out` (over the
/// warnings of the last report, which go to `strings` when fewer fire). In a joint report,
/// private rules are not evaluated at all, so nothing of them can reach the output.
#[allow(clippy::too_many_arguments)]
pub(super) fn evaluate(
    q: &Questionnaire,
    (rules, triggers): (&[RuleText], &Triggers),
    pair: &Pair,
    people: &[Scores; 2],
    applies: &[Option<&[bool]>; 2],
    joint: bool,
    (out, messages): (&mut Vec<Warning>, bool),
    strings: &mut Strings,
) {
    let names = pair.names();
    let mut fired = Fired {
        out,
        used: 0,
        strings,
        messages,
    };
    // Only the rules that may fire, one bit at a time, in rule order (every rule past 64).
    let (mut may_fire, mut next) = (triggers.of(pair, joint), 0);
    let chosen = std::iter::from_fn(|| match &mut may_fire {
        Some(bits) => {
            if *bits == 0 {
                return None;
            }
            let n = bits.trailing_zeros() as usize;
            *bits &= *bits - 1;
            rules.get(n)
        }
        None => {
            next += 1;
            rules.get(next - 1)
        }
    });
    for text in chosen {
        if joint && text.private {
            continue;
        }
        match text.check {
            Check::Imbalance { figure, at_least } => {
                imbalance(&mut fired, text, people, names, figure, at_least);
            }
            Check::High { figure, at_least } => {
                score(&mut fired, text, people, names, figure, |s| s >= at_least);
            }
            Check::Low { figure, at_most } => {
                score(&mut fired, text, people, names, figure, |s| s <= at_most);
            }
            Check::Gap {
                dimension,
                at_least,
            } => {
                if pair.second().is_some() {
                    gap(&mut fired, text, people, names, dimension, at_least);
                }
            }
            Check::Item => {
                if let RuleKind::Item {
                    items, at_least, ..
                } = &text.kind
                {
                    let applies = if text.gated { *applies } else { [None, None] };
                    item(&mut fired, q, text, pair, &applies, items, *at_least);
                }
            }
        }
    }
    fired.finish();
}

/// What a rule checks, found once from its kind: where its figure is among a person's
/// figures ([`Plan::figure`]), and the threshold, so that a rule's condition is a comparison
/// of a figure read straight from a flat array.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Check {
    /// `imbalance`: the two people's figures differ by at least `at_least`.
    Imbalance { figure: usize, at_least: f64 },
    /// `high`: a person's figure is at least `at_least`.
    High { figure: usize, at_least: f64 },
    /// `low`: a person's figure is at most `at_most`.
    Low { figure: usize, at_most: f64 },
    /// `gap`: a person's own view and the other's view of them differ by `at_least`.
    Gap { dimension: usize, at_least: f64 },
    /// `item`: read from the answers (the rule's kind says which).
    Item,
}

impl Check {
    pub(super) fn new(kind: &RuleKind, plan: &Plan) -> Self {
        match *kind {
            RuleKind::Imbalance { target, at_least } => Check::Imbalance {
                figure: plan.figure(target),
                at_least,
            },
            RuleKind::High { target, at_least } => Check::High {
                figure: plan.figure(target),
                at_least,
            },
            RuleKind::Low { target, at_most } => Check::Low {
                figure: plan.figure(target),
                at_most,
            },
            RuleKind::Gap {
                dimension,
                at_least,
            } => Check::Gap {
                dimension,
                at_least,
            },
            RuleKind::Item { .. } => Check::Item,
        }
    }
}

/// Where the warnings that fire go: over the last report's, `used` of them so far.
struct Fired<'a> {
    out: &'a mut Vec<Warning>,
    used: usize,
    strings: &'a mut Strings,
    /// Whether messages are filled in (else left empty: [`super::Prepared::for_rows`]).
    messages: bool,
}

impl Fired<'_> {
    /// The rule of `text` fires: `fills` are in the order of the kind's placeholders
    /// (`RuleKind::placeholders`).
    fn push(&mut self, text: &RuleText, person: Option<&str>, value: f64, fills: &[Fill<'_>]) {
        if let Some(w) = self.out.get_mut(self.used) {
            let Warning {
                rule,
                severity,
                person: person_to,
                dimension,
                value: value_to,
                message,
                prompt,
                basis,
                private,
            } = w;
            share(rule, &text.id);
            *severity = text.severity;
            match (person_to.as_mut(), person) {
                (Some(to), Some(person)) => set(to, person),
                (None, Some(person)) => *person_to = Some(self.strings.of(&[person])),
                (Some(_), None) => self.strings.keep_all(person_to.take()),
                (None, None) => {}
            }
            match dimension {
                Some(d) => share(d, &text.dimension),
                None => *dimension = Some(text.dimension.clone()),
            }
            *value_to = value;
            if self.messages {
                text.message.fill_into(fills, message);
            } else {
                message.clear();
            }
            share_option(prompt, text.prompt.as_ref());
            share_option(basis, text.basis.as_ref());
            *private = text.private;
        } else {
            let mut message = self.strings.of(&[]);
            if self.messages {
                text.message.fill_into(fills, &mut message);
            }
            self.out.push(Warning {
                rule: text.id.clone(),
                severity: text.severity,
                person: person.map(|p| self.strings.of(&[p])),
                dimension: Some(text.dimension.clone()),
                value,
                message,
                prompt: text.prompt.clone(),
                basis: text.basis.clone(),
                private: text.private,
            });
        }
        self.used += 1;
    }

    /// The last report's warnings that were not written over go, their strings kept.
    fn finish(self) {
        for w in self.out.drain(self.used..) {
            self.strings.keep_all(w.person);
            self.strings.keep(w.message);
        }
    }
}

/// `to` sharing `from`, left as it is when it is that text already (most often, from the
/// last report: no count is taken or given back).
fn share(to: &mut Text, from: &Text) {
    if !to.same(from) {
        to.clone_from(from);
    }
}

/// [`share`] for a text that may be absent.
fn share_option(to: &mut Option<Text>, from: Option<&Text>) {
    match (to.as_mut(), from) {
        (Some(to), Some(from)) => share(to, from),
        (_, from) => *to = from.cloned(),
    }
}

/// `imbalance`: the two people's scores differ by at least `at_least`.
fn imbalance(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    names: [&str; 2],
    figure: usize,
    at_least: f64,
) {
    let (Some(a), Some(b)) = (people[0].figure(figure), people[1].figure(figure)) else {
        return;
    };
    let difference = (a - b).abs();
    if difference >= at_least {
        let (stronger, weaker) = if a >= b {
            (names[0], names[1])
        } else {
            (names[1], names[0])
        };
        fired.push(
            text,
            None,
            difference,
            &[
                Fill::Name(stronger),
                Fill::Name(weaker),
                Fill::Whole(difference),
            ],
        );
    }
}

/// `high` and `low`: each person whose score `fires`.
fn score(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    names: [&str; 2],
    figure: usize,
    fires: impl Fn(f64) -> bool,
) {
    for (i, (p, name)) in people.iter().zip(names).enumerate() {
        if let Some(s) = p.figure(figure).filter(|&s| fires(s)) {
            let fills = [Fill::Name(name), Fill::Whole(s), Fill::Name(names[1 - i])];
            fired.push(text, Some(name), s, &fills);
        }
    }
}

/// `gap`: each person whose own view and the other's view of them differ by `at_least`.
fn gap(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    names: [&str; 2],
    dimension: usize,
    at_least: f64,
) {
    for (i, (p, name)) in people.iter().zip(names).enumerate() {
        let (Some(own), Some(other)) = (p.views(dimension).own, p.views(dimension).partner) else {
            continue;
        };
        let difference = (own - other).abs();
        if difference >= at_least {
            fired.push(
                text,
                Some(name),
                difference,
                &[
                    Fill::Name(name),
                    Fill::Whole(own),
                    Fill::Whole(other),
                    Fill::Whole(difference),
                    Fill::Name(names[1 - i]),
                ],
            );
        }
    }
}

/// `item`: each respondent whose highest answer among the items that apply is `at_least`
/// (`applies` is `None` for a respondent where every item of the rule applies).
fn item(
    fired: &mut Fired<'_>,
    q: &Questionnaire,
    text: &RuleText,
    pair: &Pair,
    applies: &[Option<&[bool]>; 2],
    items: &[usize],
    at_least: i64,
) {
    let respondents = std::iter::once(pair.first()).chain(pair.second());
    for (r, applies) in respondents.zip(applies) {
        // The highest answer among the items that apply, and the first item given it: its
        // label is the `{answer}`.
        let mut highest: Option<(i64, usize)> = None;
        for &i in items {
            if applies.is_some_and(|a| !a[i]) {
                continue;
            }
            if let Some(v) = r.values[i]
                && highest.is_none_or(|(b, _)| v > b)
            {
                highest = Some((v, i));
            }
        }
        if let Some((value, item)) = highest.filter(|&(v, _)| v >= at_least) {
            let scale = q.scale_of(&q.items[item]);
            // On the scale (the answers were checked), so the label exists.
            let label = scale.label_of(value).unwrap_or("");
            fired.push(
                text,
                Some(&r.respondent),
                value as f64,
                &[Fill::Name(&r.respondent), Fill::Name(label)],
            );
        }
    }
}

/// A value for a placeholder: a name as it is, or a score rounded to whole points.
#[derive(Debug, Clone, Copy)]
pub(super) enum Fill<'a> {
    Name(&'a str),
    Whole(f64),
}

/// Writes `n` in decimal: a score or a gap of under 100 points digit by digit, anything else
/// as `itoa` writes it.
fn push_whole(out: &mut String, n: i64) {
    match u8::try_from(n) {
        Ok(n) if n < 100 => {
            if n >= 10 {
                out.push(char::from(b'0' + n / 10));
            }
            out.push(char::from(b'0' + n % 10));
        }
        _ => out.push_str(itoa::Buffer::new().format(n)),
    }
}

/// The room made in a message for what its placeholders are filled with.
const ROOM_FOR_FILLS: usize = 64;

/// A rule's message, split once into text and placeholders.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Template {
    /// Each piece of text with the placeholder after it (none after the last).
    pieces: Vec<(String, Option<usize>)>,
    /// The length of the text parts, to size a message at once.
    text_len: usize,
}

impl Template {
    /// Splits `message` at each `{name}` whose name is one of `names`. Other text, braces
    /// included, is kept as written; a name is looked for from each `{` in turn, so in
    /// `{a{person}}` only `{person}` is a placeholder.
    pub(super) fn new(message: &str, names: &[&str]) -> Self {
        // Each text joined to the placeholder after it, so that a message is written in
        // half as many steps.
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut rest = message;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let found = after.find('}').and_then(|close| {
                let name = &after[..close];
                names.iter().position(|n| *n == name).map(|i| (i, close))
            });
            match found {
                Some((i, close)) => {
                    pieces.push((std::mem::take(&mut text), Some(i)));
                    rest = &after[close + 1..];
                }
                None => {
                    text.push('{');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        if !text.is_empty() {
            pieces.push((text, None));
        }
        let text_len = pieces.iter().map(|(t, _)| t.len()).sum();
        Template { pieces, text_len }
    }

    /// The message with each placeholder replaced by its value from `fills` (in the order of
    /// the names the template was made with), written in `out`'s memory. A value is inserted
    /// as it is, never filled again.
    pub(super) fn fill_into(&self, fills: &[Fill<'_>], out: &mut String) {
        // `out` is most often the last report's message, long enough already: the fills
        // are not measured first, but room is made for some, so that a string grows once to
        // fit any message rather than once for each longer one.
        out.clear();
        out.reserve(self.text_len + ROOM_FOR_FILLS);
        for (text, fill) in &self.pieces {
            if !text.is_empty() {
                out.push_str(text);
            }
            match fill.map(|i| fills[i]) {
                None => {}
                Some(Fill::Name(name)) => out.push_str(name),
                Some(Fill::Whole(x)) => push_whole(out, whole(x)),
            }
        }
    }

    /// [`Template::fill_into`] a new string.
    #[cfg(test)]
    fn fill(&self, fills: &[Fill<'_>], mut out: String) -> String {
        self.fill_into(fills, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Fill, Template};

    #[test]
    fn fills_each_placeholder_once() {
        let t = Template::new("{person}: {score} {other} {", &["person", "score"]);
        // The name "{score}" is inserted as written, not filled again.
        let fills = [Fill::Name("{score}"), Fill::Whole(41.5)];
        assert_eq!(t.fill(&fills, String::new()), "{score}: 42 {other} {");
    }

    /// Every whole number is written as `itoa` (and `Display`) writes it.
    #[test]
    fn whole_numbers_are_written_as_itoa_writes_them() {
        let numbers = (-120..=1_200).chain([i64::MIN, -1_000_001, 1_000_001, i64::MAX]);
        for n in numbers {
            let mut out = "x".to_owned();
            super::push_whole(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
        let t = Template::new("{a} and {b}.", &["a", "b"]);
        let fills = [Fill::Whole(9.5), Fill::Whole(99.49)];
        assert_eq!(t.fill(&fills, String::new()), "10 and 99.");
    }

    /// Each placeholder takes the text before it, empty between two; text after the last
    /// is a piece of its own, and no text makes no piece.
    #[test]
    fn pieces_are_each_text_with_the_placeholder_after_it() {
        let t = Template::new("{b}{a} x {a}.", &["a", "b"]);
        let pieces: Vec<(&str, Option<usize>)> =
            t.pieces.iter().map(|(s, f)| (s.as_str(), *f)).collect();
        assert_eq!(
            pieces,
            [("", Some(1)), ("", Some(0)), (" x ", Some(0)), (".", None)]
        );
        assert_eq!(t.text_len, 4);
        assert!(Template::new("", &["a"]).pieces.is_empty());
        let t = Template::new("{a}", &["a"]);
        assert_eq!(t.pieces, [(String::new(), Some(0))]);
    }

    #[test]
    fn a_name_is_looked_for_from_each_brace() {
        let t = Template::new("{a{person}} {}{person", &["person"]);
        assert_eq!(
            t.fill(&[Fill::Name("Sam")], "left over".to_owned()),
            "{aSam} {}{person"
        );
    }
}
