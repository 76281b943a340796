//! Translations of a questionnaire (SPEC §11): `ID.LANG.toml` files holding, keyed by the
//! questionnaire's own ids, its texts in another language and nothing that changes scoring.
//!
//! [`Translation::parse`] reads a file (every key checked, nothing unknown allowed);
//! [`Translation::apply`] checks it against the questionnaire it translates, collecting every
//! problem with its line and column, and gives the questionnaire with its texts replaced. Ids,
//! numbers, scales' ranges and rules' logic are the original's, and so is `sha256` (SPEC §7):
//! a score does not depend on the language it was answered in.

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use super::error::{LineIndex, Problem, QuestionnaireError};
use super::load::{toml_message, utf8_text};
use super::rule_checks::braced_names;
use super::validate::Checker;
use super::{Questionnaire, Rule};
use crate::limits::{MAX_ID_CHARS, shorten};
use crate::suggest::did_you_mean;

/// The file as written. Every table denies unknown keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    translation: Spanned<RawHeader>,
    questionnaire: Spanned<RawMeta>,
    scales: Option<Spanned<IndexMap<Spanned<String>, Spanned<RawScale>>>>,
    dimensions: Option<Spanned<IndexMap<Spanned<String>, Spanned<RawDimension>>>>,
    items: Option<Spanned<IndexMap<Spanned<String>, Spanned<String>>>>,
    rules: Option<Spanned<IndexMap<Spanned<String>, Spanned<RawRule>>>>,
    resources: Option<Spanned<RawResources>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    questionnaire: Spanned<String>,
    version: Spanned<String>,
    lang: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    validated: bool,
    basis: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: Spanned<String>,
    description: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    labels: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    name: Spanned<String>,
    description: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    message: Spanned<String>,
    prompt: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResources {
    text: Spanned<String>,
}

/// What a translation says about itself: its language and how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationInfo {
    /// Its BCP 47 language tag, as the file writes it (`es`, `pt-BR`).
    pub lang: String,
    /// The language's own name (`Español`), for `list`.
    pub name: String,
    /// Whether a study validated it on people; false unless the file says so.
    pub validated: bool,
    /// How it was made, and by whom.
    pub basis: String,
}

/// A questionnaire with its texts in another language, and which language that is.
#[derive(Debug, Clone, PartialEq)]
pub struct Translated {
    /// The questionnaire, texts replaced; ids, numbers and `sha256` are the original's.
    pub questionnaire: Questionnaire,
    /// The translation's language and basis.
    pub info: TranslationInfo,
}

/// A translation file that has been read but not yet checked against its questionnaire.
#[derive(Debug)]
pub struct Translation {
    file: String,
    text: String,
    raw: RawTranslation,
}

impl Translation {
    /// Reads a translation file: UTF-8, TOML, every key a known one. `file` names it in every
    /// message; its last part must be `ID.LANG.toml` (checked by [`apply`](Self::apply)).
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Translation, QuestionnaireError> {
        let text = utf8_text(file, bytes)?;
        let raw = toml::from_str::<RawTranslation>(text).map_err(|e| {
            let problem = match e.span() {
                Some(span) => LineIndex::new(text).problem(span, toml_message(&e, text)),
                None => Problem {
                    position: None,
                    message: toml_message(&e, text),
                },
            };
            QuestionnaireError {
                file: file.to_owned(),
                problems: vec![problem],
            }
        })?;
        Ok(Translation {
            file: file.to_owned(),
            text: text.to_owned(),
            raw,
        })
    }

    /// The id of the questionnaire it translates.
    pub fn questionnaire_id(&self) -> &str {
        self.raw.translation.get_ref().questionnaire.get_ref()
    }

    /// The version of the questionnaire it translates.
    pub fn version(&self) -> &str {
        self.raw.translation.get_ref().version.get_ref()
    }

    /// Its language, name, and basis, as the file says.
    pub fn info(&self) -> TranslationInfo {
        let h = self.raw.translation.get_ref();
        TranslationInfo {
            lang: h.lang.get_ref().clone(),
            name: h.name.get_ref().clone(),
            validated: h.validated,
            basis: h.basis.get_ref().clone(),
        }
    }

    /// The error to give when no questionnaire with its id and version can be found:
    /// `versions` are those of the questionnaires with its id that can (none: no such id).
    pub fn not_found(&self, versions: &[&str]) -> QuestionnaireError {
        let h = self.raw.translation.get_ref();
        let index = LineIndex::new(&self.text);
        let problem = if versions.is_empty() {
            index.problem(
                h.questionnaire.span(),
                crate::ui!(
                    "translation-no-questionnaire",
                    id = shorten(h.questionnaire.get_ref(), MAX_ID_CHARS)
                ),
            )
        } else {
            index.problem(
                h.version.span(),
                crate::ui!(
                    "translation-version-not-at-hand",
                    version = shorten(h.version.get_ref(), MAX_ID_CHARS),
                    id = h.questionnaire.get_ref().as_str(),
                    versions = versions.join(", ")
                ),
            )
        };
        QuestionnaireError {
            file: self.file.clone(),
            problems: vec![problem],
        }
    }

    /// Checks the translation against `q`, the questionnaire it translates, and gives `q`
    /// with its texts replaced. Every problem is collected, each at its line and column.
    pub fn apply(&self, q: &Questionnaire) -> Result<Translated, QuestionnaireError> {
        let index = LineIndex::new(&self.text);
        let mut c = Checker::new(&index);
        self.check_header(&mut c, q);
        let mut out = q.clone();
        self.texts(&mut c, q, &mut out);
        if !c.problems.is_empty() {
            let mut problems = std::mem::take(&mut c.problems);
            problems.sort_by_key(|p| p.position);
            return Err(QuestionnaireError {
                file: self.file.clone(),
                problems,
            });
        }
        Ok(Translated {
            questionnaire: out,
            info: self.info(),
        })
    }

    fn check_header(&self, c: &mut Checker<'_>, q: &Questionnaire) {
        let h = self.raw.translation.get_ref();
        if h.questionnaire.get_ref() != &q.id {
            c.at(
                h.questionnaire.span(),
                crate::ui!(
                    "translation-other-questionnaire",
                    id = shorten(h.questionnaire.get_ref(), MAX_ID_CHARS),
                    questionnaire = q.id.as_str()
                ),
            );
        }
        if h.version.get_ref() != &q.version {
            c.at(
                h.version.span(),
                crate::ui!(
                    "translation-other-version",
                    version = shorten(h.version.get_ref(), MAX_ID_CHARS),
                    questionnaire = q.id.as_str(),
                    loaded = q.version.as_str()
                ),
            );
        }
        let lang = h.lang.get_ref();
        if !is_language_tag(lang) {
            c.at(
                h.lang.span(),
                crate::ui!(
                    "translation-lang-not-a-tag",
                    lang = shorten(lang, MAX_ID_CHARS)
                ),
            );
        } else {
            let expected = format!("{}.{lang}.toml", h.questionnaire.get_ref());
            let base = self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file);
            if !base.eq_ignore_ascii_case(&expected) {
                c.at(
                    h.lang.span(),
                    crate::ui!(
                        "translation-file-name",
                        id = shorten(h.questionnaire.get_ref(), MAX_ID_CHARS),
                        lang = lang.as_str(),
                        expected = expected.as_str(),
                        file = shorten(base, MAX_ID_CHARS)
                    ),
                );
            }
        }
        let name = || crate::ui!("translation-what-name");
        c.check_text_with(name, h.name.get_ref(), h.name.span(), false);
        let basis = || crate::ui!("translation-what-basis");
        c.check_text_with(basis, h.basis.get_ref(), h.basis.span(), false);
    }

    /// Checks every text and writes it into `out`.
    fn texts(&self, c: &mut Checker<'_>, q: &Questionnaire, out: &mut Questionnaire) {
        let r = &self.raw;
        let header = r.translation.span();
        let meta = r.questionnaire.get_ref();
        text(
            c,
            &crate::ui!("problem-what-title"),
            &meta.title,
            &mut out.title,
        );
        optional(
            c,
            &crate::ui!("translation-what-description"),
            "[questionnaire]",
            r.questionnaire.span(),
            q.description.is_some(),
            meta.description.as_ref(),
            &mut out.description,
        );
        optional(
            c,
            &crate::ui!("problem-what-resources"),
            "[resources]",
            r.resources
                .as_ref()
                .map_or(header.clone(), |res| res.get_ref().text.span()),
            q.resources.is_some(),
            r.resources.as_ref().map(|res| &res.get_ref().text),
            &mut out.resources,
        );

        let section = Section::new(c, "scale", "scales", &r.scales, header.clone(), q);
        for scale in &mut out.scales {
            let Some(t) = section.get(c, &scale.id) else {
                continue;
            };
            let labels = t.get_ref().labels.get_ref();
            let shown = shorten(&scale.id, MAX_ID_CHARS);
            if labels.len() != scale.labels.len() {
                c.at(
                    t.get_ref().labels.span(),
                    crate::ui!(
                        "translation-label-count",
                        scale = shown.as_ref(),
                        labels = labels.len(),
                        original = scale.labels.len()
                    ),
                );
                continue;
            }
            for (i, (label, target)) in labels.iter().zip(&mut scale.labels).enumerate() {
                text(
                    c,
                    &crate::ui!("problem-what-label", number = i + 1, scale = shown.as_ref()),
                    label,
                    target,
                );
            }
        }

        let section = Section::new(
            c,
            "dimension",
            "dimensions",
            &r.dimensions,
            header.clone(),
            q,
        );
        for d in &mut out.dimensions {
            let Some(t) = section.get(c, &d.id) else {
                continue;
            };
            let shown = shorten(&d.id, MAX_ID_CHARS);
            let t_ref = t.get_ref();
            text(
                c,
                &crate::ui!("problem-what-dimension-name", dimension = shown.as_ref()),
                &t_ref.name,
                &mut d.name,
            );
            let had = d.description.is_some();
            optional(
                c,
                &crate::ui!(
                    "problem-what-dimension-description",
                    dimension = shown.as_ref()
                ),
                &format!("[dimensions.{shown}]"),
                t.span(),
                had,
                t_ref.description.as_ref(),
                &mut d.description,
            );
        }

        let section = Section::new(c, "item", "items", &r.items, header.clone(), q);
        for item in &mut out.items {
            if let Some(t) = section.get(c, &item.id) {
                let what = crate::ui!(
                    "problem-what-item-text",
                    item = shorten(&item.id, MAX_ID_CHARS)
                );
                text(c, &what, t, &mut item.text);
            }
        }

        let section = Section::new(c, "rule", "rules", &r.rules, header, q);
        for (rule, original) in out.rules.iter_mut().zip(&q.rules) {
            let Some(t) = section.get(c, &rule.id) else {
                continue;
            };
            let shown = shorten(&rule.id, MAX_ID_CHARS);
            let t_ref = t.get_ref();
            text(
                c,
                &crate::ui!("problem-what-rule-message", rule = shown.as_ref()),
                &t_ref.message,
                &mut rule.message,
            );
            same_placeholders(c, original, &t_ref.message);
            let had = rule.prompt.is_some();
            optional(
                c,
                &crate::ui!("problem-what-rule-prompt", rule = shown.as_ref()),
                &format!("[rules.{shown}]"),
                t.span(),
                had,
                t_ref.prompt.as_ref(),
                &mut rule.prompt,
            );
        }
    }
}

/// A translation file of `q` into `lang` that holds the original's texts: what a translator
/// starts from (every key there, in the questionnaire's order), and valid as it is once named
/// `ID.LANG.toml`.
pub fn skeleton(q: &Questionnaire, lang: &str, name: &str) -> String {
    use std::fmt::Write as _;
    let quote = |text: &str| toml::Value::String(text.to_owned()).to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# A translation of `{}` {} into {lang}: replace each text, keep every key.\n",
        q.id, q.version
    );
    let _ = writeln!(
        out,
        "[translation]\nquestionnaire = {}\nversion = {}\nlang = {}\nname = {}\nvalidated = false\nbasis = {}\n",
        quote(&q.id),
        quote(&q.version),
        quote(lang),
        quote(name),
        quote("Not yet translated: the original's texts.")
    );
    let _ = writeln!(out, "[questionnaire]\ntitle = {}", quote(&q.title));
    if let Some(d) = &q.description {
        let _ = writeln!(out, "description = {}", quote(d));
    }
    for scale in &q.scales {
        let labels: Vec<String> = scale.labels.iter().map(|l| quote(l)).collect();
        let _ = writeln!(
            out,
            "\n[scales.{}]\nlabels = [{}]",
            scale.id,
            labels.join(", ")
        );
    }
    for d in &q.dimensions {
        let _ = writeln!(out, "\n[dimensions.{}]\nname = {}", d.id, quote(&d.name));
        if let Some(text) = &d.description {
            let _ = writeln!(out, "description = {}", quote(text));
        }
    }
    out.push_str("\n[items]\n");
    for item in &q.items {
        let _ = writeln!(out, "{} = {}", item.id, quote(&item.text));
    }
    for rule in &q.rules {
        let _ = writeln!(
            out,
            "\n[rules.{}]\nmessage = {}",
            rule.id,
            quote(&rule.message)
        );
        if let Some(prompt) = &rule.prompt {
            let _ = writeln!(out, "prompt = {}", quote(prompt));
        }
    }
    if let Some(text) = &q.resources {
        let _ = writeln!(out, "\n[resources]\ntext = {}", quote(text));
    }
    out
}

/// One keyed table of a translation (`[items]`, `[scales.ID]` …), checked against the ids
/// the questionnaire has of that kind.
struct Section<'t, V> {
    kind: &'static str,
    table: &'static str,
    entries: Option<&'t Spanned<IndexMap<Spanned<String>, Spanned<V>>>>,
}

impl<'t, V> Section<'t, V> {
    /// Reports every key the questionnaire has no id for, and the table missing altogether
    /// (at `fallback`) when the questionnaire has ids of this kind.
    fn new(
        c: &mut Checker<'_>,
        kind: &'static str,
        table: &'static str,
        entries: &'t Option<Spanned<IndexMap<Spanned<String>, Spanned<V>>>>,
        fallback: Range<usize>,
        q: &Questionnaire,
    ) -> Self {
        let ids: Vec<&str> = match kind {
            "scale" => q.scales.iter().map(|s| s.id.as_str()).collect(),
            "dimension" => q.dimensions.iter().map(|d| d.id.as_str()).collect(),
            "item" => q.items.iter().map(|i| i.id.as_str()).collect(),
            _ => q.rules.iter().map(|r| r.id.as_str()).collect(),
        };
        let known: HashSet<&str> = ids.iter().copied().collect();
        match entries {
            Some(entries) => {
                for key in entries.get_ref().keys() {
                    if !known.contains(key.get_ref().as_str()) {
                        c.at(
                            key.span(),
                            crate::ui!(
                                "translation-unknown-id",
                                questionnaire = q.id.as_str(),
                                version = q.version.as_str(),
                                kind = kind,
                                id = shorten(key.get_ref(), MAX_ID_CHARS),
                                suggestion = did_you_mean(key.get_ref(), ids.iter().copied())
                            ),
                        );
                    }
                }
            }
            None if !ids.is_empty() => c.at(
                fallback,
                crate::ui!(
                    "translation-table-missing",
                    table = table,
                    count = ids.len(),
                    kind = kind
                ),
            ),
            None => {}
        }
        Section {
            kind,
            table,
            entries: entries.as_ref(),
        }
    }

    /// The entry for `id`, or a problem saying it is missing (unless the whole table is,
    /// which [`new`](Self::new) reported once).
    fn get(&self, c: &mut Checker<'_>, id: &str) -> Option<&'t Spanned<V>> {
        let entries = self.entries?;
        let found = entries.get_ref().get(id);
        if found.is_none() {
            c.at(
                entries.span(),
                crate::ui!(
                    "translation-text-missing",
                    kind = self.kind,
                    id = shorten(id, MAX_ID_CHARS),
                    table = self.table
                ),
            );
        }
        found
    }
}

/// Checks a required text and writes it to `target`.
fn text(c: &mut Checker<'_>, what: &str, given: &Spanned<String>, target: &mut String) {
    c.check_text(what, given.get_ref(), given.span(), false);
    target.clone_from(given.get_ref());
}

/// Checks a text the translation must give exactly when the original has one (`had`), and
/// writes it to `target`.
fn optional(
    c: &mut Checker<'_>,
    what: &str,
    table: &str,
    at: Range<usize>,
    had: bool,
    given: Option<&Spanned<String>>,
    target: &mut Option<String>,
) {
    match (had, given) {
        (true, Some(given)) => {
            c.check_text(what, given.get_ref(), given.span(), true);
            *target = Some(given.get_ref().clone());
        }
        (true, None) => c.at(
            at,
            crate::ui!("translation-text-required", what = what, table = table),
        ),
        (false, Some(given)) => c.at(
            given.span(),
            crate::ui!("translation-text-extra", what = what),
        ),
        (false, None) => {}
    }
}

/// A rule's translated message must use the same `{placeholders}` as the original, as a set:
/// the order may change with the language's word order.
fn same_placeholders(c: &mut Checker<'_>, original: &Rule, message: &Spanned<String>) {
    let want: BTreeSet<&str> = braced_names(&original.message).collect();
    let have: BTreeSet<&str> = braced_names(message.get_ref()).collect();
    if want != have {
        let show = |set: &BTreeSet<&str>| {
            if set.is_empty() {
                crate::ui!("translation-placeholders-none")
            } else {
                set.iter()
                    .map(|p| format!("{{{}}}", shorten(p, MAX_ID_CHARS)))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        };
        c.at(
            message.span(),
            crate::ui!(
                "translation-placeholders",
                rule = shorten(&original.id, MAX_ID_CHARS),
                have = show(&have),
                want = show(&want)
            ),
        );
    }
}

/// Whether `validate` should read a file as a translation: it has a `[translation]` table,
/// or, when it is not readable TOML, its name is `NAME.LANG.toml` with LANG a language tag
/// (so a broken `relationship.es.toml` is reported as the translation it is meant to be).
pub fn is_translation(file: &str, bytes: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        translation: Option<serde::de::IgnoredAny>,
    }
    let parsed = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| toml::from_str::<Probe>(text).ok());
    match parsed {
        Some(probe) => probe.translation.is_some(),
        None => {
            let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
            base.strip_suffix(".toml")
                .and_then(|stem| stem.rsplit_once('.'))
                .is_some_and(|(_, lang)| is_language_tag(lang))
        }
    }
}

/// A BCP 47 tag as translations name their language: a primary language of 2 or 3 letters,
/// then subtags of 1 to 8 letters or digits, joined by `-` (`es`, `pt-BR`, `sr-Latn`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small questionnaire with one of everything a translation touches.
    pub(crate) const TINY: &str = r#"[questionnaire]
id = "tiny"
title = "Tiny"
version = "1.0.0"
description = "A small test."

[scales.agree]
min = 1
max = 3
labels = ["No", "Maybe", "Yes"]

[defaults]
scale = "agree"

[[dimensions]]
id = "coercive"
kind = "power"
name = "Coercive"
description = "Pressure."

[[dimensions.items]]
id = "c-self"
about = "self"
text = "I press."

[[dimensions.items]]
id = "c-partner"
about = "partner"
text = "They press."

[[dimensions]]
id = "value"
kind = "marker"
name = "Value"

[[dimensions.items]]
id = "v-self"
about = "self"
text = "I know my worth."

[[rules]]
id = "gap"
kind = "imbalance"
dimension = "coercive"
at_least = 20
severity = "warning"
message = "{stronger} presses {weaker} by {difference}."
prompt = "Talk?"
basis = "heuristic"

[resources]
text = "Help is there."
"#;

    /// A complete, correct translation of [`TINY`] into a made-up language, `xx`.
    pub(crate) const TINY_XX: &str = r#"# A test translation.
[translation]
questionnaire = "tiny"
version = "1.0.0"
lang = "xx"
name = "Ixix"
basis = "Written for the tests."

[questionnaire]
title = "Tini"
description = "Un testi."

[scales.agree]
labels = ["Na", "Mebi", "Ja"]

[dimensions.coercive]
name = "Koersiv"
description = "Presi."

[dimensions.value]
name = "Valu"

[items]
c-self = "Ik presi."
c-partner = "Zi presi."
v-self = "Ik kenni."

[rules.gap]
message = "{weaker} wird von {stronger} um {difference} gepresst."
prompt = "Sprechi?"

[resources]
text = "Helpi."
"#;

    fn tiny() -> Questionnaire {
        super::super::parse("tiny.toml", TINY.as_bytes()).unwrap()
    }

    fn apply(file: &str, text: &str) -> Result<Translated, QuestionnaireError> {
        Translation::parse(file, text.as_bytes())?.apply(&tiny())
    }

    /// The problems of a translation made from [`TINY_XX`] by replacing `from` with `to`.
    fn problems(from: &str, to: &str) -> Vec<String> {
        assert!(TINY_XX.contains(from), "{from:?} is not in the fixture");
        match apply("tiny.xx.toml", &TINY_XX.replacen(from, to, 1)) {
            Ok(_) => panic!("{from:?} -> {to:?} was accepted"),
            Err(e) => e.lines().collect(),
        }
    }

    fn one_problem(from: &str, to: &str, wanted: &str) {
        let lines = problems(from, to);
        assert_eq!(lines.len(), 1, "{lines:#?}");
        assert!(lines[0].contains(wanted), "{lines:#?} lacks {wanted:?}");
    }

    #[test]
    fn apply_replaces_the_texts_and_nothing_else() {
        let q = tiny();
        let t = apply("questionnaires/tiny.xx.toml", TINY_XX).unwrap();
        let out = &t.questionnaire;
        assert_eq!(out.title, "Tini");
        assert_eq!(out.description.as_deref(), Some("Un testi."));
        assert_eq!(out.scales[0].labels, ["Na", "Mebi", "Ja"]);
        assert_eq!((out.scales[0].min, out.scales[0].max), (1, 3));
        assert_eq!(out.dimensions[0].name, "Koersiv");
        assert_eq!(out.dimensions[0].description.as_deref(), Some("Presi."));
        assert_eq!(out.dimensions[1].name, "Valu");
        assert_eq!(out.dimensions[1].description, None);
        let texts: Vec<&str> = out.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["Ik presi.", "Zi presi.", "Ik kenni."]);
        assert_eq!(
            out.rules[0].message,
            "{weaker} wird von {stronger} um {difference} gepresst."
        );
        assert_eq!(out.rules[0].prompt.as_deref(), Some("Sprechi?"));
        assert_eq!(out.rules[0].basis.as_deref(), Some("heuristic"));
        assert_eq!(out.resources.as_deref(), Some("Helpi."));
        // Everything that scores is the original's, and so is the hash of the file.
        assert_eq!(out.sha256, q.sha256);
        assert_eq!(out.rules[0].kind, q.rules[0].kind);
        assert_eq!(out.rules[0].severity, q.rules[0].severity);
        for (a, b) in out.items.iter().zip(&q.items) {
            assert_eq!(
                (&a.id, a.dimension, a.about, a.reverse, a.scale),
                (&b.id, b.dimension, b.about, b.reverse, b.scale)
            );
        }
        assert_eq!(out.item_index("v-self"), Some(2));
        // Put the original texts back and it is the original.
        let mut back = out.clone();
        back.title.clone_from(&q.title);
        back.description.clone_from(&q.description);
        back.scales.clone_from(&q.scales);
        back.dimensions.clone_from(&q.dimensions);
        for (a, b) in back.items.iter_mut().zip(&q.items) {
            a.text.clone_from(&b.text);
        }
        back.rules.clone_from(&q.rules);
        back.resources.clone_from(&q.resources);
        assert_eq!(back, q);
        assert_eq!(
            t.info,
            TranslationInfo {
                lang: "xx".into(),
                name: "Ixix".into(),
                validated: false,
                basis: "Written for the tests.".into()
            }
        );
    }

    #[test]
    fn refuses_an_unknown_id_with_its_place() {
        let lines = problems("v-self = ", "v-slef = ");
        // The unknown key on line 26, and v-self missing, reported at the [items] table.
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(
            lines.iter().any(|l| l.starts_with("tiny.xx.toml:26:1: ")
                && l.contains("has no item `v-slef` (did you mean `v-self`?)")),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("item `v-self` has no text in [items]")),
            "{lines:#?}"
        );
        one_problem(
            "[rules.gap]",
            "[rules.nope]\nmessage = \"x\"\n[rules.gap]",
            "has no rule `nope`",
        );
        one_problem(
            "[dimensions.value]",
            "[dimensions.valeu]\nname = \"v\"\n[dimensions.value]",
            "tiny.xx.toml:20:13: `tiny` 1.0.0 has no dimension `valeu`",
        );
    }

    #[test]
    fn refuses_a_missing_text() {
        one_problem(
            "c-partner = \"Zi presi.\"\n",
            "",
            "item `c-partner` has no text",
        );
        one_problem(
            "[dimensions.value]\nname = \"Valu\"\n",
            "",
            "dimension `value` has no text in [dimensions]",
        );
        one_problem(
            "description = \"Un testi.\"\n",
            "",
            "the questionnaire's description is missing",
        );
        one_problem(
            "prompt = \"Sprechi?\"\n",
            "",
            "the prompt of rule `gap` is missing",
        );
        one_problem(
            "\n[resources]\ntext = \"Helpi.\"\n",
            "",
            "the [resources] text is missing",
        );
        // A whole table missing is one problem, not one per id.
        let without_items = TINY_XX.replace(
            "[items]\nc-self = \"Ik presi.\"\nc-partner = \"Zi presi.\"\nv-self = \"Ik kenni.\"\n",
            "",
        );
        let lines: Vec<String> = apply("tiny.xx.toml", &without_items)
            .unwrap_err()
            .lines()
            .collect();
        assert_eq!(
            lines,
            [
                "tiny.xx.toml:2:1: the [items] table is missing; give the text of each of the questionnaire's 3 items"
            ]
        );
        // A required key missing inside a table is the TOML reader's located error.
        one_problem("name = \"Valu\"\n", "", "missing field `name`");
    }

    #[test]
    fn refuses_an_extra_text() {
        one_problem(
            "[dimensions.value]\nname = \"Valu\"\n",
            "[dimensions.value]\nname = \"Valu\"\ndescription = \"Extra.\"\n",
            "the description of dimension `value` is given but the questionnaire has none",
        );
        let mut q = tiny();
        q.resources = None;
        let e = Translation::parse("tiny.xx.toml", TINY_XX.as_bytes())
            .unwrap()
            .apply(&q)
            .unwrap_err();
        assert!(
            e.to_string()
                .contains("the [resources] text is given but the questionnaire has none"),
            "{e}"
        );
    }

    #[test]
    fn refuses_a_label_count_that_differs() {
        let lines = problems(
            "labels = [\"Na\", \"Mebi\", \"Ja\"]",
            "labels = [\"Na\", \"Ja\"]",
        );
        assert_eq!(
            lines,
            [
                "tiny.xx.toml:14:10: scale `agree` has 2 labels here but 3 in the questionnaire; give one label per point, in the same order"
            ]
        );
    }

    #[test]
    fn refuses_a_placeholder_set_that_differs() {
        one_problem(
            "um {difference} gepresst",
            "gepresst",
            "has the placeholders {stronger} {weaker} but the original has {difference} {stronger} {weaker}",
        );
        one_problem(
            "um {difference} gepresst",
            "um {differenz} gepresst",
            "{differenz}",
        );
        // The same set in another order, or a placeholder twice, is fine.
        let reordered = TINY_XX.replace(
            "{weaker} wird von {stronger} um {difference} gepresst.",
            "{difference}: {stronger}, {weaker}, {weaker}.",
        );
        assert!(apply("tiny.xx.toml", &reordered).is_ok());
    }

    #[test]
    fn refuses_a_lang_that_is_not_the_file_names() {
        let lines = problems("lang = \"xx\"", "lang = \"yy\"");
        assert_eq!(
            lines,
            [
                "tiny.xx.toml:5:8: a translation of `tiny` into `yy` must be named `tiny.yy.toml` (the file name's language and `lang` must agree), not `tiny.xx.toml`"
            ]
        );
        one_problem("lang = \"xx\"", "lang = \"x_x!\"", "is not a language tag");
        // The name is compared without regard to case, and only its last part counts.
        assert!(apply("some/dir/TINY.XX.toml", TINY_XX).is_ok());
        assert!(apply("some/dir/tiny.toml", TINY_XX).is_err());
    }

    #[test]
    fn refuses_a_version_or_questionnaire_that_differs() {
        one_problem(
            "version = \"1.0.0\"",
            "version = \"2.0.0\"",
            "this translation is of version 2.0.0 but `tiny` is version 1.0.0",
        );
        let lines = problems("questionnaire = \"tiny\"", "questionnaire = \"other\"");
        assert!(
            lines[0]
                .starts_with("tiny.xx.toml:3:17: this translation is of `other`, not of `tiny`"),
            "{lines:#?}"
        );
        let t = Translation::parse("tiny.xx.toml", TINY_XX.as_bytes()).unwrap();
        assert_eq!(t.questionnaire_id(), "tiny");
        assert_eq!(t.version(), "1.0.0");
        assert!(
            t.not_found(&["0.9.0"])
                .to_string()
                .starts_with("tiny.xx.toml:4:11: this translation is of version 1.0.0 of `tiny`, which is not at hand; versions at hand: 0.9.0")
        );
        assert!(
            t.not_found(&[])
                .to_string()
                .contains("there is no questionnaire `tiny`")
        );
    }

    #[test]
    fn refuses_an_unknown_key() {
        let lines = problems("name = \"Ixix\"", "name = \"Ixix\"\nnmae = \"x\"");
        assert_eq!(lines.len(), 1);
        assert!(
            lines[0].starts_with("tiny.xx.toml:7:1: ") && lines[0].contains("unknown field `nmae`"),
            "{lines:#?}"
        );
        one_problem(
            "[rules.gap]\n",
            "[rules.gap]\nseverity = \"alert\"\n",
            "unknown field `severity`",
        );
        one_problem("[items]", "[norms]\n[items]", "unknown field `norms`");
    }

    #[test]
    fn refuses_a_text_too_long_or_empty() {
        let long = "a".repeat(2001);
        one_problem(
            "\"Ik kenni.\"",
            &format!("\"{long}\""),
            "the text of item `v-self` is 2001 characters long; allowed: at most 2000",
        );
        one_problem("\"Mebi\"", "\" \"", "label 2 of scale `agree` is empty");
        one_problem(
            "basis = \"Written for the tests.\"",
            "basis = \"\"",
            "the translation's `basis` is empty",
        );
        // 2,000 characters are allowed.
        let most = TINY_XX.replace("\"Ik kenni.\"", &format!("\"{}\"", "é".repeat(2000)));
        assert!(apply("tiny.xx.toml", &most).is_ok());
    }

    #[test]
    fn collects_every_problem_in_file_order() {
        let broken = TINY_XX
            .replace("version = \"1.0.0\"", "version = \"9\"")
            .replace("\"Na\", ", "")
            .replace("v-self", "w-self");
        let lines: Vec<String> = apply("tiny.xx.toml", &broken)
            .unwrap_err()
            .lines()
            .collect();
        assert_eq!(lines.len(), 4, "{lines:#?}");
        let positions: Vec<&str> = lines
            .iter()
            .map(|l| l.split(": ").next().unwrap())
            .collect();
        assert_eq!(
            positions,
            [
                "tiny.xx.toml:4:11",
                "tiny.xx.toml:14:10",
                "tiny.xx.toml:23:1",
                "tiny.xx.toml:26:1"
            ]
        );
    }

    #[test]
    fn refuses_bad_bytes_and_bad_toml_with_a_place() {
        let e = Translation::parse("t.xx.toml", b"[translation]\nname = \"\xff\"").unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.xx.toml:2:9: the file is not valid UTF-8 text"
        );
        let e =
            Translation::parse("t.xx.toml", b"[translation]\nvalidated = \"yes\"\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.xx.toml:2:13: this value must be true or false"),
            "{e}"
        );
    }

    #[test]
    fn a_skeleton_of_every_bundled_questionnaire_is_a_valid_translation() {
        for b in crate::questionnaire::ALL_VERSIONS {
            let q = b.load().unwrap();
            let text = skeleton(&q, "xx", "Test");
            let file = format!("{}.xx.toml", q.id);
            let t = Translation::parse(&file, text.as_bytes())
                .and_then(|t| t.apply(&q))
                .unwrap_or_else(|e| panic!("{e}"));
            // The skeleton holds the original's texts, so applying it changes nothing.
            assert_eq!(t.questionnaire, q, "{}", b.file);
        }
        // The tiny one too, and its quoting survives a text with quotes and a new line.
        let mut q = tiny();
        q.items[0].text = "Say \"no\"\nthen \\ stop".into();
        let t = Translation::parse("tiny.xx.toml", skeleton(&q, "xx", "X").as_bytes())
            .unwrap()
            .apply(&q)
            .unwrap();
        assert_eq!(t.questionnaire.items[0].text, q.items[0].text);
    }

    #[test]
    fn translations_are_told_from_questionnaires() {
        assert!(is_translation("x.toml", TINY_XX.as_bytes()));
        assert!(!is_translation("tiny.xx.toml", TINY.as_bytes()));
        // Unreadable TOML: the name decides.
        assert!(is_translation("dir/tiny.es.toml", b"[translation"));
        assert!(is_translation("tiny.pt-BR.toml", b"\xff"));
        assert!(!is_translation("tiny.toml", b"[translation"));
        assert!(!is_translation("my.questionnaire.toml", b"[oops"));
    }

    #[test]
    fn no_cut_or_changed_byte_makes_it_panic() {
        // Every prefix of the fixture, and the fixture with each byte replaced by a few that
        // matter to TOML and to placeholders: each is accepted or refused with problems, and
        // a refusal always has at least one.
        let q = tiny();
        let bytes = TINY_XX.as_bytes();
        let check = |candidate: &[u8]| {
            if let Err(e) = Translation::parse("tiny.xx.toml", candidate).and_then(|t| t.apply(&q))
            {
                assert!(!e.problems.is_empty());
            }
        };
        for end in 0..bytes.len() {
            check(&bytes[..end]);
        }
        for at in 0..bytes.len() {
            for b in [b'"', b'{', b'}', b'\n', b'=', b'[', 0xff] {
                let mut changed = bytes.to_vec();
                changed[at] = b;
                check(&changed);
            }
        }
    }

    #[test]
    fn language_tags() {
        for ok in ["es", "pt-BR", "sr-Latn-RS", "xx", "ast"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "espanol", "pt_BR", "pt-", "es-toolongsubtag", "é"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
