//! Rules (SPEC §5): which fire, and their messages filled in.

use super::prepared::RuleText;
use super::{Prepared, Scores, Strings};
use crate::answers::Pair;
use crate::jsonl::Text;
use crate::model::{Warning, whole};
use crate::questionnaire::{Questionnaire, Rule, RuleKind, Target};

/// Every rule that fires, in rule order then person order, added to `out`, their strings
/// made in `strings`. In a joint report, private rules are not evaluated at all, so nothing
/// of them can reach the output.
#[allow(clippy::too_many_arguments)]
pub(super) fn evaluate(
    q: &Questionnaire,
    prepared: &Prepared,
    pair: &Pair,
    people: &[Scores; 2],
    applies: &[Option<&[bool]>; 2],
    joint: bool,
    out: &mut Vec<Warning>,
    strings: &mut Strings,
) {
    let names = pair.names();
    for (rule, text) in q.rules.iter().zip(&prepared.rules) {
        if joint && rule.private {
            continue;
        }
        let mut fired = Fired {
            rule,
            text,
            out,
            strings,
        };
        match &rule.kind {
            RuleKind::Imbalance { target, at_least } => {
                imbalance(&mut fired, prepared, people, names, *target, *at_least);
            }
            RuleKind::High { target, at_least } => {
                let high = |s: f64| s >= *at_least;
                score(&mut fired, prepared, people, names, *target, high);
            }
            RuleKind::Low { target, at_most } => {
                let low = |s: f64| s <= *at_most;
                score(&mut fired, prepared, people, names, *target, low);
            }
            RuleKind::Gap {
                dimension,
                at_least,
            } => {
                if pair.second().is_some() {
                    gap(&mut fired, prepared, people, names, *dimension, *at_least);
                }
            }
            RuleKind::Item {
                items,
                at_least,
                dimension,
            } => {
                let kind = ItemRule {
                    items,
                    at_least: *at_least,
                    dimension: *dimension,
                };
                item(&mut fired, q, prepared, pair, applies, &kind);
            }
        }
    }
}

/// One rule being evaluated, and where the warnings it fires go.
struct Fired<'a> {
    rule: &'a Rule,
    text: &'a RuleText,
    out: &'a mut Vec<Warning>,
    strings: &'a mut Strings,
}

impl Fired<'_> {
    /// The rule fires: `fills` are in the order of the kind's placeholders
    /// (`RuleKind::placeholders`).
    fn push(&mut self, person: Option<&str>, dimension: &Text, value: f64, fills: &[Fill<'_>]) {
        self.out.push(Warning {
            rule: self.text.id.clone(),
            severity: self.rule.severity,
            person: person.map(|p| self.strings.of(&[p])),
            dimension: Some(dimension.clone()),
            value,
            message: self.text.message.fill(fills, self.strings.of(&[])),
            prompt: self.text.prompt.clone(),
            basis: self.text.basis.clone(),
            private: self.rule.private,
        });
    }
}

/// `imbalance`: the two people's scores differ by at least `at_least`.
fn imbalance(
    fired: &mut Fired<'_>,
    prepared: &Prepared,
    people: &[Scores; 2],
    names: [&str; 2],
    target: Target,
    at_least: f64,
) {
    let (Some(a), Some(b)) = (people[0].target(target), people[1].target(target)) else {
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
            None,
            prepared.target(target),
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
    prepared: &Prepared,
    people: &[Scores; 2],
    names: [&str; 2],
    target: Target,
    fires: impl Fn(f64) -> bool,
) {
    for (i, (p, name)) in people.iter().zip(names).enumerate() {
        if let Some(s) = p.target(target).filter(|&s| fires(s)) {
            let fills = [Fill::Name(name), Fill::Whole(s), Fill::Name(names[1 - i])];
            fired.push(Some(name), prepared.target(target), s, &fills);
        }
    }
}

/// `gap`: each person whose own view and the other's view of them differ by `at_least`.
fn gap(
    fired: &mut Fired<'_>,
    prepared: &Prepared,
    people: &[Scores; 2],
    names: [&str; 2],
    dimension: usize,
    at_least: f64,
) {
    for (i, (p, name)) in people.iter().zip(names).enumerate() {
        let (Some(own), Some(other)) = (p.views[dimension].own, p.views[dimension].partner) else {
            continue;
        };
        let difference = (own - other).abs();
        if difference >= at_least {
            fired.push(
                Some(name),
                &prepared.dimension_ids[dimension],
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

/// What an `item` rule reads.
struct ItemRule<'a> {
    items: &'a [usize],
    at_least: i64,
    dimension: Option<usize>,
}

/// `item`: each respondent whose highest answer among the items that apply is `at_least`.
fn item(
    fired: &mut Fired<'_>,
    q: &Questionnaire,
    prepared: &Prepared,
    pair: &Pair,
    applies: &[Option<&[bool]>; 2],
    rule: &ItemRule<'_>,
) {
    let respondents = std::iter::once(pair.first()).chain(pair.second());
    for (r, applies) in respondents.zip(applies) {
        // The highest answer among the items that apply, and the first item given it: its
        // label is the `{answer}`.
        let highest = rule
            .items
            .iter()
            .filter(|&&i| applies.is_none_or(|a| a[i]))
            .filter_map(|&i| r.values[i].map(|v| (v, i)))
            .fold(None, |best: Option<(i64, usize)>, (v, i)| match best {
                Some((b, _)) if b >= v => best,
                _ => Some((v, i)),
            });
        if let Some((value, item)) = highest.filter(|&(v, _)| v >= rule.at_least) {
            let d = rule.dimension.unwrap_or(q.items[rule.items[0]].dimension);
            let scale = q.scale_of(&q.items[item]);
            // On the scale (the answers were checked), so the label exists.
            let label = scale.label_of(value).unwrap_or("");
            fired.push(
                Some(&r.respondent),
                &prepared.dimension_ids[d],
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

/// A rule's message, split once into text and placeholders.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Template {
    parts: Vec<Part>,
    /// The length of the text parts, to size a message at once.
    text_len: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    /// Index into the kind's placeholders.
    Fill(usize),
}

impl Template {
    /// Splits `message` at each `{name}` whose name is one of `names`. Other text, braces
    /// included, is kept as written; a name is looked for from each `{` in turn, so in
    /// `{a{person}}` only `{person}` is a placeholder.
    pub(super) fn new(message: &str, names: &[&str]) -> Self {
        let mut parts = Vec::new();
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
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Fill(i));
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
            parts.push(Part::Text(text));
        }
        let text_len = parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.len(),
                Part::Fill(_) => 0,
            })
            .sum();
        Template { parts, text_len }
    }

    /// The message with each placeholder replaced by its value from `fills` (in the order of
    /// the names the template was made with), written in `out`'s memory. A value is inserted
    /// as it is, never filled again.
    pub(super) fn fill(&self, fills: &[Fill<'_>], mut out: String) -> String {
        // `out` is most often the last report's message, long enough already: the fills
        // are not measured first.
        out.clear();
        out.reserve(self.text_len);
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Fill(i) => match fills[*i] {
                    Fill::Name(name) => out.push_str(name),
                    Fill::Whole(x) => out.push_str(itoa::Buffer::new().format(whole(x))),
                },
            }
        }
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

    #[test]
    fn a_name_is_looked_for_from_each_brace() {
        let t = Template::new("{a{person}} {}{person", &["person"]);
        assert_eq!(
            t.fill(&[Fill::Name("Sam")], "left over".to_owned()),
            "{aSam} {}{person"
        );
    }
}
