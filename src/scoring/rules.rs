//! Rules (SPEC §5): which fire, and their messages filled in.

use super::{Prepared, Scores};
use crate::answers::Pair;
use crate::questionnaire::{Questionnaire, RuleKind};
use crate::report::{Text, Warning, whole};

/// Every rule that fires, in rule order then person order. In a joint report, private rules
/// are not evaluated at all, so nothing of them can reach the output.
pub(super) fn evaluate(
    q: &Questionnaire,
    prepared: &Prepared,
    pair: &Pair,
    people: &[Scores; 2],
    joint: bool,
) -> Vec<Warning> {
    let names = pair.names();
    let mut out = Vec::new();
    for (rule, text) in q.rules.iter().zip(&prepared.rules) {
        if joint && rule.private {
            continue;
        }
        let warn = |person: Option<&str>,
                    dimension: &Text,
                    value: f64,
                    fills: &[(&str, String)]| Warning {
            rule: text.id.clone(),
            severity: rule.severity,
            person: person.map(str::to_owned),
            dimension: Some(dimension.clone()),
            value,
            message: fill(&rule.message, fills),
            prompt: text.prompt.clone(),
            basis: text.basis.clone(),
            private: rule.private,
        };
        match &rule.kind {
            RuleKind::Imbalance { target, at_least } => {
                let (Some(a), Some(b)) = (people[0].target(*target), people[1].target(*target))
                else {
                    continue;
                };
                let difference = (a - b).abs();
                if difference >= *at_least {
                    let (stronger, weaker) = if a >= b {
                        (names[0], names[1])
                    } else {
                        (names[1], names[0])
                    };
                    out.push(warn(
                        None,
                        prepared.target(*target),
                        difference,
                        &[
                            ("stronger", stronger.to_owned()),
                            ("weaker", weaker.to_owned()),
                            ("difference", whole(difference).to_string()),
                        ],
                    ));
                }
            }
            RuleKind::High { target, at_least } => {
                for (p, name) in people.iter().zip(names) {
                    if let Some(s) = p.target(*target).filter(|s| s >= at_least) {
                        out.push(warn(
                            Some(name),
                            prepared.target(*target),
                            s,
                            &score_fills(name, s),
                        ));
                    }
                }
            }
            RuleKind::Low { target, at_most } => {
                for (p, name) in people.iter().zip(names) {
                    if let Some(s) = p.target(*target).filter(|s| s <= at_most) {
                        out.push(warn(
                            Some(name),
                            prepared.target(*target),
                            s,
                            &score_fills(name, s),
                        ));
                    }
                }
            }
            RuleKind::Gap {
                dimension,
                at_least,
            } => {
                if pair.second().is_none() {
                    continue;
                }
                for (p, name) in people.iter().zip(names) {
                    let (Some(own), Some(other)) = (p.own[*dimension], p.partner[*dimension])
                    else {
                        continue;
                    };
                    let difference = (own - other).abs();
                    if difference >= *at_least {
                        out.push(warn(
                            Some(name),
                            &prepared.dimension_ids[*dimension],
                            difference,
                            &[
                                ("person", name.to_owned()),
                                ("self_view", whole(own).to_string()),
                                ("partner_view", whole(other).to_string()),
                                ("difference", whole(difference).to_string()),
                            ],
                        ));
                    }
                }
            }
            RuleKind::Item {
                items,
                at_least,
                dimension,
            } => {
                let respondents = std::iter::once(pair.first()).chain(pair.second());
                for r in respondents {
                    let highest = items.iter().filter_map(|&i| r.values[i]).max();
                    if let Some(value) = highest.filter(|v| v >= at_least) {
                        let d = dimension.unwrap_or(q.items[items[0]].dimension);
                        out.push(warn(
                            Some(&r.respondent),
                            &prepared.dimension_ids[d],
                            value as f64,
                            &[("respondent", r.respondent.clone())],
                        ));
                    }
                }
            }
        }
    }
    out
}

fn score_fills(name: &str, score: f64) -> [(&'static str, String); 2] {
    [
        ("person", name.to_owned()),
        ("score", whole(score).to_string()),
    ]
}

/// Replaces each `{name}` with its value in one pass (a name that itself contains braces is
/// left alone); other text is kept as written.
fn fill(template: &str, fills: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            fills
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_each_placeholder_once() {
        let fills = [("person", "{score}".to_owned()), ("score", "42".to_owned())];
        // The name "{score}" is inserted as written, not filled again.
        assert_eq!(
            fill("{person}: {score} {other} {", &fills),
            "{score}: 42 {other} {"
        );
    }
}
