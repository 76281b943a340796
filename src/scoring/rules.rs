//! Rules (SPEC §5): which fire, and their messages filled in.
//!
//! Each rule is laid out once per questionnaire as a [`RuleText`]: its kind, whether its
//! items may not apply, and the text of what it fires (id, dimension, prompt, basis, the
//! message split into text and placeholders), its texts and template held once for the
//! process, so a warning copies references to them and counts nothing. A fired rule is
//! written over a warning of the last report where there is one, its strings refilled in the
//! memory they have.

use std::ops::Range;
use std::sync::Mutex;

use super::prepared::{Plan, RuleText};
use super::{Scores, Strings, set};
use crate::answers::Pair;
use crate::jsonl::{Interned, Text, intern};
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
    /// The items of `item` rules ([`Runs`]); then the same for the rules that are not
    /// private, which alone are checked in a joint report.
    items: Runs,
    public: Runs,
}

/// The items of `item` rules in runs of items close together, each run `(its first item,
/// per item from there: (the lowest threshold of its rules, its rules as bits))`, so that
/// a run's answers are read as one slice of a respondent's values, without a bounds check
/// each. An item inside a run that no rule reads has no rules (its threshold never counts).
type Runs = Vec<(usize, Vec<(i64, u64)>)>;

/// The most items no rule reads that a run of [`Runs`] takes in to go on, rather than
/// start again: each costs a look at its answer, as a new run costs a bounds check.
const RUN_GAP: usize = 3;

/// `items` (`(item, threshold, rules)`, each item once) as [`Runs`].
fn runs_of(mut items: Vec<(usize, i64, u64)>) -> Runs {
    items.sort_unstable_by_key(|&(i, ..)| i);
    let mut runs: Runs = Vec::new();
    for (i, at_least, bits) in items {
        match runs.last_mut() {
            Some((first, run)) if i - *first - run.len() <= RUN_GAP => {
                run.resize(i - *first, (i64::MAX, 0));
                run.push((at_least, bits));
            }
            _ => runs.push((i, vec![(at_least, bits)])),
        }
    }
    runs
}

impl Triggers {
    pub(super) fn new(rules: &[RuleText]) -> Self {
        let mut always = 0_u64;
        let (mut items, mut public) = (Vec::new(), Vec::new());
        for (n, rule) in rules.iter().enumerate() {
            let bit = 1_u64.checked_shl(n as u32).unwrap_or(0);
            match &rule.check {
                Check::Item {
                    items: of,
                    at_least,
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
            items: runs_of(items),
            public: runs_of(public),
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
            for (first, run) in items {
                // Items past the answers' end are not answered.
                let answers = r.values.get(*first..).unwrap_or_default();
                for (&v, &(at_least, bits)) in answers.iter().zip(run) {
                    if let Some(v) = v
                        && v >= at_least
                    {
                        rules |= bits;
                    }
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
    (out, messages): (&mut Vec<Warning>, Messages),
    strings: &mut Strings,
) {
    let names = pair.names();
    let second = pair.second().map_or("", |r| r.respondent.as_str());
    let mut fired = Fired {
        out,
        used: 0,
        strings,
        messages,
        names: [names[0], names[1], second],
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
                imbalance(&mut fired, text, people, figure, at_least);
            }
            Check::High { figure, at_least } => {
                score(&mut fired, text, people, figure, |s| s >= at_least);
            }
            Check::Low { figure, at_most } => {
                score(&mut fired, text, people, figure, |s| s <= at_most);
            }
            Check::Gap {
                dimension,
                at_least,
            } => {
                if pair.second().is_some() {
                    gap(&mut fired, text, people, dimension, at_least);
                }
            }
            Check::Item {
                ref items,
                at_least,
            } => {
                let applies = if text.gated { *applies } else { [None, None] };
                item(&mut fired, q, text, pair, &applies, items, at_least);
            }
        }
    }
    fired.finish();
}

/// How the warnings' messages are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Messages {
    /// Filled in, each a string (`Warning::message`): every report but a batch's.
    Filled,
    /// Not filled: the message is left empty and its template and fills are held in the
    /// warning ([`Unfilled`]), for the JSON line writer to write it straight into the line,
    /// escaped ([`Template::write_json`]). A batch of JSON lines scores so
    /// ([`super::Prepared::for_lines`]), and writes its reports with nothing else.
    Held,
    /// Not made at all: the message is left empty, and the report's notes are not made
    /// either ([`super::Prepared::for_rows`]).
    None,
}

/// A fired rule's message not yet written: its template and what fills it. The names it
/// holds are places among the report's names ([`Fill::Name`]), so it borrows nothing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unfilled {
    template: &'static Template,
    fills: [Fill; MOST_FILLS],
}

/// The most placeholders a rule kind fills (`gap`'s five).
const MOST_FILLS: usize = 5;

impl Unfilled {
    /// Writes the message into `out` as the inside of a JSON string (no quotes), as
    /// [`Template::write_json`] does.
    pub(crate) fn write_json(&self, names: &[Range<usize>; 3], out: &mut Vec<u8>) {
        self.template.write_json(&self.fills, names, out);
    }

    /// The message, filled in with the report's `names` (as [`Fill::Name`] counts them).
    #[cfg(test)]
    pub(crate) fn filled(&self, names: [&str; 3]) -> String {
        let mut out = String::new();
        self.template.fill_into(&self.fills, names, &mut out);
        out
    }
}

/// What a rule checks, found once from its kind: where its figure is among a person's
/// figures ([`Plan::figure`]), and the threshold, so that a rule's condition is a comparison
/// of a figure read straight from a flat array; or, for an `item` rule, the items whose
/// highest answer it compares.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Check {
    /// `imbalance`: the two people's figures differ by at least `at_least`.
    Imbalance { figure: usize, at_least: f64 },
    /// `high`: a person's figure is at least `at_least`.
    High { figure: usize, at_least: f64 },
    /// `low`: a person's figure is at most `at_most`.
    Low { figure: usize, at_most: f64 },
    /// `gap`: a person's own view and the other's view of them differ by `at_least`.
    Gap { dimension: usize, at_least: f64 },
    /// `item`: a person's highest answer among `items` (those that apply) is at least
    /// `at_least`.
    Item { items: Box<[usize]>, at_least: i64 },
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
            RuleKind::Item {
                ref items,
                at_least,
                ..
            } => Check::Item {
                items: items.as_slice().into(),
                at_least,
            },
        }
    }
}

/// Where the warnings that fire go: over the last report's, `used` of them so far.
struct Fired<'a> {
    out: &'a mut Vec<Warning>,
    used: usize,
    strings: &'a mut Strings,
    messages: Messages,
    /// The names a [`Fill::Name`] stands for.
    names: [&'a str; 3],
}

impl Fired<'_> {
    /// The rule of `text` fires: `fills` are in the order of the kind's placeholders
    /// (`RuleKind::placeholders`).
    fn push(&mut self, text: &RuleText, person: Option<&str>, value: f64, fills: &[Fill]) {
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
                unfilled,
            } = w;
            *rule = text.id;
            *severity = text.severity;
            match (person_to.as_mut(), person) {
                (Some(to), Some(person)) => set(to, person),
                (None, Some(person)) => *person_to = Some(self.strings.of(&[person])),
                (Some(_), None) => self.strings.keep_all(person_to.take()),
                (None, None) => {}
            }
            *dimension = Some(text.dimension);
            *value_to = value;
            match self.messages {
                Messages::Filled => text.message.fill_into(fills, self.names, message),
                _ => message.clear(),
            }
            match (self.messages, unfilled.as_mut()) {
                (Messages::Held, Some(held)) => {
                    held.template = text.message;
                    held.fills[..fills.len()].copy_from_slice(fills);
                }
                (Messages::Held, None) => *unfilled = Some(hold(text, fills)),
                (_, _) => *unfilled = None,
            }
            *prompt = text.prompt;
            *basis = text.basis;
            *private = text.private;
        } else {
            let mut message = self.strings.of(&[]);
            if self.messages == Messages::Filled {
                text.message.fill_into(fills, self.names, &mut message);
            }
            self.out.push(Warning {
                rule: text.id,
                severity: text.severity,
                person: person.map(|p| self.strings.of(&[p])),
                dimension: Some(text.dimension),
                value,
                message,
                prompt: text.prompt,
                basis: text.basis,
                private: text.private,
                unfilled: (self.messages == Messages::Held).then(|| hold(text, fills)),
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

/// The message of `text` with `fills`, held unfilled.
fn hold(text: &RuleText, fills: &[Fill]) -> Unfilled {
    let mut held = [Fill::Whole(0); MOST_FILLS];
    held[..fills.len()].copy_from_slice(fills);
    Unfilled {
        template: text.message,
        fills: held,
    }
}

/// `imbalance`: the two people's scores differ by at least `at_least`.
fn imbalance(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    figure: usize,
    at_least: f64,
) {
    let (Some(a), Some(b)) = (people[0].figure(figure), people[1].figure(figure)) else {
        return;
    };
    let difference = (a - b).abs();
    if difference >= at_least {
        let (stronger, weaker) = if a >= b { (0, 1) } else { (1, 0) };
        fired.push(
            text,
            None,
            difference,
            &[
                Fill::Name(stronger),
                Fill::Name(weaker),
                Fill::Whole(whole(difference)),
            ],
        );
    }
}

/// `high` and `low`: each person whose score `fires`.
fn score(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    figure: usize,
    fires: impl Fn(f64) -> bool,
) {
    let names = fired.names;
    for (i, p) in (0..2).zip(people) {
        if let Some(s) = p.figure(figure).filter(|&s| fires(s)) {
            let fills = [Fill::Name(i), Fill::Whole(whole(s)), Fill::Name(1 - i)];
            fired.push(text, Some(names[usize::from(i)]), s, &fills);
        }
    }
}

/// `gap`: each person whose own view and the other's view of them differ by `at_least`.
fn gap(
    fired: &mut Fired<'_>,
    text: &RuleText,
    people: &[Scores; 2],
    dimension: usize,
    at_least: f64,
) {
    let names = fired.names;
    for (i, p) in (0..2).zip(people) {
        let (Some(own), Some(other)) = (p.views(dimension).own, p.views(dimension).partner) else {
            continue;
        };
        let difference = (own - other).abs();
        if difference >= at_least {
            fired.push(
                text,
                Some(names[usize::from(i)]),
                difference,
                &[
                    Fill::Name(i),
                    Fill::Whole(whole(own)),
                    Fill::Whole(whole(other)),
                    Fill::Whole(whole(difference)),
                    Fill::Name(1 - i),
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
    // The first respondent's name is the first person's; the second's, the report's
    // second respondent.
    for ((r, applies), name) in respondents.zip(applies).zip([0, 2]) {
        // The highest answer among the items that apply, and the first item given it (by
        // its place among `items`): its label is the `{answer}`.
        let mut highest: Option<(i64, usize)> = None;
        for (at, &i) in items.iter().enumerate() {
            if applies.is_some_and(|a| !a[i]) {
                continue;
            }
            if let Some(v) = r.values[i]
                && highest.is_none_or(|(b, _)| v > b)
            {
                highest = Some((v, at));
            }
        }
        if let Some((value, at)) = highest.filter(|&(v, _)| v >= at_least) {
            let scale = q.scale_of(&q.items[items[at]]);
            // On the scale (the answers were checked), so the label exists; a point past
            // the labels is written as no text.
            let point = scale.point_of(value).unwrap_or(usize::MAX);
            let label = Fill::Label(to_u32(at), to_u32(point));
            fired.push(
                text,
                Some(&r.respondent),
                value as f64,
                &[Fill::Name(name), label],
            );
        }
    }
}

/// `n`, or `u32::MAX` where it is larger (a place no table has).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A value for a placeholder: a name of the report, an answer's label, or a score rounded
/// to whole points. It borrows nothing, so a warning can hold it ([`Unfilled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    /// 0 and 1: the first and the second person's name (`Pair::names`, the report's
    /// `people[i].name`); 2: the second respondent's (the report's `respondents[1]`).
    Name(u8),
    /// The label at a point (0 the lowest) of the scale of an item (by its place among the
    /// rule's items): [`Template::labels`].
    Label(u32, u32),
    Whole(i64),
}

/// Writes `n` in decimal into `buf` and returns the digits: a score or a gap of under 100
/// points digit by digit, anything else as `itoa` writes it.
fn whole_digits(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    match u8::try_from(n) {
        Ok(n) if n < 100 => {
            buf[0] = b'0' + n / 10;
            buf[1] = b'0' + n % 10;
            &buf[usize::from(n < 10)..2]
        }
        _ => {
            let mut b = itoa::Buffer::new();
            let digits = b.format(n).as_bytes();
            buf[..digits.len()].copy_from_slice(digits);
            &buf[..digits.len()]
        }
    }
}

/// The room made in a message for what its placeholders are filled with.
const ROOM_FOR_FILLS: usize = 64;

/// A rule's message, split once into text and placeholders, each text also as JSON writes
/// it inside a string; and, for an `item` rule, the labels its `{answer}` may take.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Template {
    /// Each piece of text with the placeholder after it (none after the last).
    pieces: Vec<Piece>,
    /// The length of the text parts, to size a message at once.
    text_len: usize,
    /// For an `item` rule, the labels of each of its items' scales, by the item's place
    /// among the rule's items, then by point: each a text with its JSON form.
    labels: Vec<Vec<Text>>,
}

/// A piece of a [`Template`]: a text and the placeholder after it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Piece {
    text: String,
    /// The text as JSON writes it inside a string ([`Text::json_inside`]), held here so
    /// that writing it is one copy.
    json: Box<[u8]>,
    fill: Option<usize>,
}

/// Where a [`Template`] writes: its pieces and fills, each in the sink's form.
trait Sink {
    fn piece(&mut self, p: &Piece);
    fn name(&mut self, i: u8);
    fn label(&mut self, t: &Text);
    fn digits(&mut self, d: &[u8]);
}

/// A message as a string, the names as they are.
struct InString<'a> {
    out: &'a mut String,
    names: [&'a str; 3],
}

impl Sink for InString<'_> {
    fn piece(&mut self, p: &Piece) {
        if !p.text.is_empty() {
            self.out.push_str(&p.text);
        }
    }
    fn name(&mut self, i: u8) {
        self.out
            .push_str(self.names.get(usize::from(i)).copied().unwrap_or(""));
    }
    fn label(&mut self, t: &Text) {
        self.out.push_str(t);
    }
    fn digits(&mut self, d: &[u8]) {
        // Only ASCII digits and a sign.
        self.out.extend(d.iter().map(|&b| char::from(b)));
    }
}

/// Bytes of a name copied whole ([`InJson::name`]).
const NAME_BLOCK: usize = 16;

/// A message as the inside of a JSON string: each text escaped once, when the template was
/// made; each name copied from where the line has it written, escaped, already.
struct InJson<'a> {
    out: &'a mut Vec<u8>,
    names: &'a [Range<usize>; 3],
}

impl Sink for InJson<'_> {
    #[inline]
    fn piece(&mut self, p: &Piece) {
        self.out.extend_from_slice(&p.json);
    }
    /// A name of one block (as most are), copied whole from where the line has it and cut
    /// back, when the line goes on a block past its start (it does, to the people's
    /// figures): a copy of a known length, not a call to `memcpy`. Any other as it is.
    #[inline]
    fn name(&mut self, i: u8) {
        let Some(at) = self.names.get(usize::from(i)) else {
            return;
        };
        if at.len() <= NAME_BLOCK && at.start + NAME_BLOCK <= self.out.len() {
            let end = self.out.len() + at.len();
            self.out.extend_from_within(at.start..at.start + NAME_BLOCK);
            self.out.truncate(end);
        } else {
            self.out.extend_from_within(at.clone());
        }
    }
    fn label(&mut self, t: &Text) {
        self.out.extend_from_slice(t.json_inside());
    }
    #[inline]
    fn digits(&mut self, d: &[u8]) {
        // One digit or two, as most scores and gaps take: stored, not copied by a call.
        match *d {
            [a] => self.out.push(a),
            [a, b] => self.out.extend_from_slice(&[a, b]),
            _ => self.out.extend_from_slice(d),
        }
    }
}

impl Template {
    /// [`Template::of`], held once for the process ([`intern`]).
    pub(super) fn interned(q: &Questionnaire, rule: &Rule) -> &'static Self {
        static TEMPLATES: Interned<Template> = Mutex::new(None);
        intern(&TEMPLATES, Template::of(q, rule))
    }

    /// The template of `rule`'s message in `q`, with the labels its `{answer}` may take.
    pub(super) fn of(q: &Questionnaire, rule: &Rule) -> Self {
        let mut t = Template::new(&rule.message, rule.kind.placeholders());
        if let RuleKind::Item { items, .. } = &rule.kind {
            t.labels = items
                .iter()
                .map(|&i| {
                    let scale = q.scale_of(&q.items[i]);
                    scale.labels.iter().map(|l| Text::new(l)).collect()
                })
                .collect();
        }
        t
    }

    /// Splits `message` at each `{name}` whose name is one of `names`. Other text, braces
    /// included, is kept as written; a name is looked for from each `{` in turn, so in
    /// `{a{person}}` only `{person}` is a placeholder.
    pub(super) fn new(message: &str, names: &[&str]) -> Self {
        // Each text joined to the placeholder after it, so that a message is written in
        // half as many steps.
        let mut pieces = Vec::new();
        let piece = |text: String, fill: Option<usize>| Piece {
            json: Text::new(&text).json_inside().into(),
            text,
            fill,
        };
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
                    pieces.push(piece(std::mem::take(&mut text), Some(i)));
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
            pieces.push(piece(text, None));
        }
        let text_len = pieces.iter().map(|p| p.text.len()).sum();
        Template {
            pieces,
            text_len,
            labels: Vec::new(),
        }
    }

    /// Writes the message into `sink`: each piece, then its placeholder's value from
    /// `fills` (in the order of the names the template was made with). A value is written
    /// as it is, never filled again. The one definition of how a message is filled, as a
    /// string and as JSON.
    #[inline(always)]
    fn write(&self, fills: &[Fill], sink: &mut impl Sink) {
        for p in &self.pieces {
            sink.piece(p);
            match p.fill.map(|i| fills[i]) {
                None => {}
                Some(Fill::Name(i)) => sink.name(i),
                Some(Fill::Label(at, point)) => {
                    let label = self.labels.get(at as usize);
                    if let Some(t) = label.and_then(|l| l.get(point as usize)) {
                        sink.label(t);
                    }
                }
                Some(Fill::Whole(n)) => sink.digits(whole_digits(n, &mut [0; 20])),
            }
        }
    }

    /// The message with each placeholder replaced by its value from `fills`, the names
    /// being `names` ([`Fill::Name`]), written in `out`'s memory.
    pub(super) fn fill_into(&self, fills: &[Fill], names: [&str; 3], out: &mut String) {
        // `out` is most often the last report's message, long enough already: the fills
        // are not measured first, but room is made for some, so that a string grows once to
        // fit any message rather than once for each longer one.
        out.clear();
        out.reserve(self.text_len + ROOM_FOR_FILLS);
        self.write(fills, &mut InString { out, names });
    }

    /// The message as [`Template::fill_into`] fills it, appended to `out` as the inside of
    /// a JSON string, as `serde_json` writes it: `names` are where `out` already holds each
    /// name so (the line's own names, escaped once and copied from there).
    pub(crate) fn write_json(&self, fills: &[Fill], names: &[Range<usize>; 3], out: &mut Vec<u8>) {
        out.reserve(self.text_len + ROOM_FOR_FILLS);
        self.write(fills, &mut InJson { out, names });
    }

    /// [`Template::fill_into`] a new string.
    #[cfg(test)]
    fn fill(&self, fills: &[Fill], names: [&str; 3], mut out: String) -> String {
        self.fill_into(fills, names, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::{Fill, Template};
    use crate::questionnaire::{ALL_VERSIONS, Questionnaire, RuleKind, TRANSLATIONS};

    /// No names: a template of only numbers and text.
    const NO_NAMES: [&str; 3] = ["", "", ""];

    /// Trigger runs hold each item at its place with its threshold and rules, whatever
    /// order the items come in: items at most `RUN_GAP` apart in one run, those between
    /// them with no rules; an item farther on starts a run of its own.
    #[test]
    fn trigger_runs_hold_each_item_at_its_place() {
        let items = vec![
            (9, 2, 0b100),
            (3, 1, 0b1),
            (4, 3, 0b10),
            (7, 1, 0b1000),
            (20, 1, 1),
        ];
        let none = (i64::MAX, 0);
        // 4 to 7 leaves out 2 items and 7 to 9 one: one run; 9 to 20 leaves out 10.
        let expected = vec![
            (
                3,
                vec![
                    (1, 0b1),
                    (3, 0b10),
                    none,
                    none,
                    (1, 0b1000),
                    none,
                    (2, 0b100),
                ],
            ),
            (20, vec![(1, 1)]),
        ];
        assert_eq!(super::runs_of(items), expected);
        let apart = super::RUN_GAP + 1;
        let runs = super::runs_of(vec![(0, 1, 1), (apart + 1, 1, 2)]);
        assert_eq!(runs, vec![(0, vec![(1, 1)]), (apart + 1, vec![(1, 2)])]);
        assert!(super::runs_of(Vec::new()).is_empty());
    }

    #[test]
    fn fills_each_placeholder_once() {
        let t = Template::new("{person}: {score} {other} {", &["person", "score"]);
        // The name "{score}" is inserted as written, not filled again.
        let fills = [Fill::Name(0), Fill::Whole(42)];
        let names = ["{score}", "", ""];
        assert_eq!(
            t.fill(&fills, names, String::new()),
            "{score}: 42 {other} {"
        );
    }

    /// Every whole number is written as `itoa` (and `Display`) writes it.
    #[test]
    fn whole_numbers_are_written_as_itoa_writes_them() {
        let numbers = (-120..=1_200).chain([i64::MIN, -1_000_001, 1_000_001, i64::MAX]);
        for n in numbers {
            let digits = super::whole_digits(n, &mut [0; 20]).to_vec();
            assert_eq!(String::from_utf8(digits).unwrap(), n.to_string());
        }
        let t = Template::new("{a} and {b}.", &["a", "b"]);
        let fills = [Fill::Whole(crate::model::whole(9.5)), Fill::Whole(99)];
        assert_eq!(t.fill(&fills, NO_NAMES, "x".to_owned()), "10 and 99.");
    }

    /// Each placeholder takes the text before it, empty between two; text after the last
    /// is a piece of its own, and no text makes no piece.
    #[test]
    fn pieces_are_each_text_with_the_placeholder_after_it() {
        let t = Template::new("{b}{a} x {a}.", &["a", "b"]);
        let pieces: Vec<(&str, Option<usize>)> =
            t.pieces.iter().map(|p| (p.text.as_str(), p.fill)).collect();
        assert_eq!(
            pieces,
            [("", Some(1)), ("", Some(0)), (" x ", Some(0)), (".", None)]
        );
        assert_eq!(t.text_len, 4);
        assert!(Template::new("", &["a"]).pieces.is_empty());
        let t = Template::new("{a}", &["a"]);
        assert_eq!(t.pieces.len(), 1);
        assert_eq!((t.pieces[0].text.as_str(), t.pieces[0].fill), ("", Some(0)));
    }

    #[test]
    fn a_name_is_looked_for_from_each_brace() {
        let t = Template::new("{a{person}} {}{person", &["person"]);
        let names = ["Sam", "", ""];
        assert_eq!(
            t.fill(&[Fill::Name(0)], names, "left over".to_owned()),
            "{aSam} {}{person"
        );
    }

    /// `template` filled with `fills` and `names`, written as JSON (the names written
    /// into the line first, escaped, as the line writer writes them), is `serde_json`'s
    /// string of the message filled as a string.
    fn json_is_the_filled_message(template: &Template, fills: &[Fill], names: [&str; 3]) {
        let filled = template.fill(fills, names, "left over".to_owned());
        let mut line = b"{\"names\":[".to_vec();
        let mut at: [Range<usize>; 3] = [0..0, 0..0, 0..0];
        for (i, name) in names.iter().enumerate() {
            let start = line.len() + 1;
            serde_json::to_writer(&mut line, name).unwrap();
            at[i] = start..line.len() - 1;
            line.push(b',');
        }
        let start = line.len();
        line.push(b'"');
        template.write_json(fills, &at, &mut line);
        line.push(b'"');
        let json = String::from_utf8(line[start..].to_vec()).unwrap();
        assert_eq!(json, serde_json::to_string(&filled).unwrap(), "{filled:?}");
    }

    /// Every rule of every bundled questionnaire, of every version and in every bundled
    /// language: its message written as JSON is the message filled as a string, as
    /// `serde_json` writes it, with names that need escaping and that do not, numbers of
    /// one, two and more digits and negative, and every label its `{answer}` may take.
    #[test]
    fn a_message_written_as_json_is_the_filled_message_as_serde_json_writes_it() {
        let mut questionnaires: Vec<Questionnaire> =
            ALL_VERSIONS.iter().map(|b| b.load().unwrap()).collect();
        questionnaires.extend(TRANSLATIONS.iter().map(|t| t.load().unwrap().questionnaire));
        assert!(questionnaires.len() > ALL_VERSIONS.len());
        let names = [
            ["P", "Q", "Q"],
            ["Zoë \"Z\"", "Ann\\\n\u{1}\u{2028}", "Ann\\\n\u{1}\u{2028} "],
            [
                "=cmd|' /C calc'!A0 名前 \"",
                "Tab\tafter sixteen bytes, \u{7f}\u{1f}",
                "x",
            ],
            ["P000001-A", "P000001-B", "P000001-B"],
            // A name of one whole block, one byte over, and one over once escaped.
            ["0123456789abcdef", "0123456789abcdefg", "0123456789abcd\"f"],
        ];
        let wholes = [0, 7, 42, 100, -3, 1_000_001];
        let mut rules = 0;
        for q in &questionnaires {
            for rule in &q.rules {
                let t = Template::of(q, rule);
                let mut fill_sets: Vec<Vec<Fill>> = Vec::new();
                for (n, &w) in wholes.iter().enumerate() {
                    let other = wholes[(n + 1) % wholes.len()];
                    let (a, b) = (n as u8 % 2, 1 - n as u8 % 2);
                    fill_sets.push(match &rule.kind {
                        RuleKind::Imbalance { .. } => {
                            vec![Fill::Name(a), Fill::Name(b), Fill::Whole(w)]
                        }
                        RuleKind::High { .. } | RuleKind::Low { .. } => {
                            vec![Fill::Name(a), Fill::Whole(w), Fill::Name(b)]
                        }
                        RuleKind::Gap { .. } => vec![
                            Fill::Name(a),
                            Fill::Whole(w),
                            Fill::Whole(other),
                            Fill::Whole(w - other),
                            Fill::Name(b),
                        ],
                        RuleKind::Item { .. } => vec![Fill::Name(2 * a), Fill::Whole(0)],
                    });
                }
                if let RuleKind::Item { .. } = &rule.kind {
                    assert!(!t.labels.is_empty());
                    fill_sets.clear();
                    for (at, labels) in t.labels.iter().enumerate() {
                        // Every label, and a point past the last (no text).
                        for point in 0..=labels.len() {
                            for name in [0, 2] {
                                let label = Fill::Label(at as u32, point as u32);
                                fill_sets.push(vec![Fill::Name(name), label]);
                            }
                        }
                    }
                }
                assert_eq!(fill_sets[0].len(), rule.kind.placeholders().len());
                for fills in &fill_sets {
                    for names in names {
                        json_is_the_filled_message(&t, fills, names);
                    }
                }
                rules += 1;
            }
        }
        assert!(rules > 100, "{rules} rules");
        // Text that JSON escapes, in the template itself, and braces that are no
        // placeholder; an empty template.
        for message in [
            "\"{a}\" \\ {b}\n\t\u{1}\u{7f} é {c}{",
            "{a}{b}{c}",
            "",
            "\u{2028}{}",
        ] {
            let t = Template::new(message, &["a", "b", "c"]);
            let fills = [Fill::Name(1), Fill::Whole(-12), Fill::Name(0)];
            for names in names {
                json_is_the_filled_message(&t, &fills, names);
            }
        }
    }
}
