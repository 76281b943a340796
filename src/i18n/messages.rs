//! Message catalogues: Fluent files per language, `locales/LANG/AREA.ftl` (one per area of
//! the interface: `main`, and the others listed in [`catalogue`]), embedded in the binary,
//! with English the fallback for each message a catalogue lacks.

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs;

use super::Lang;

/// The files of every language's catalogue, `locales/LANG/AREA.ftl`: one line per area.
macro_rules! areas {
    ($lang:literal) => {
        &[
            (
                "main",
                include_str!(concat!("../../locales/", $lang, "/main.ftl")),
            ),
            (
                "report",
                include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            ),
            (
                "errors",
                include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            ),
            (
                "interactive",
                include_str!(concat!("../../locales/", $lang, "/interactive.ftl")),
            ),
            (
                "history",
                include_str!(concat!("../../locales/", $lang, "/history.ftl")),
            ),
        ]
    };
}

/// The catalogue of a language, as embedded: each area's name and text.
pub(super) fn catalogue(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => areas!("en"),
        Lang::Es => areas!("es"),
        Lang::Fr => areas!("fr"),
        Lang::De => areas!("de"),
        Lang::PtBr => areas!("pt-BR"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language: `get` a message by id, `get_args` with its arguments.
///
/// A lookup never fails: a message the language lacks (or cannot format) is the English one,
/// and one English lacks too is its id. Arguments are inserted without Unicode isolation
/// marks, so terminal output holds only the characters the message and its arguments have.
/// Use [`tr!`](crate::tr) with a literal id, so the catalogue test sees every id in use.
pub struct Messages {
    lang: Lang,
    bundle: Bundle,
    english: Option<Bundle>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    // A catalogue with a syntax error still gives its good messages; a test keeps every
    // catalogue free of errors.
    for (_, text) in catalogue(lang) {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Messages {
    /// The messages of `lang`.
    pub fn new(lang: Lang) -> Self {
        Messages {
            lang,
            bundle: bundle(lang),
            english: (lang != Lang::En).then(|| bundle(Lang::En)),
        }
    }

    /// The language asked for.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The message `id` with its arguments. Pass counts as numbers (`FluentValue::from(3)`)
    /// so plural selectors work; pass a decimal a person reads already written by
    /// [`Lang::number`], as text.
    pub fn get_args(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.lookup(id, Some(args))
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        std::iter::once(&self.bundle)
            .chain(&self.english)
            .find_map(|b| format(b, id, args))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The message `id` of `bundle`, or `None` when it lacks it or formatting it failed (an
/// argument missing, a selector without its default).
fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// A message from a [`Messages`]: `tr!(m, "id")`, `tr!(m, "id", args)` with a
/// [`FluentArgs`], or `tr!(m, "id", name = value, ...)`. The id must be a literal: a test
/// reads every `tr!` in `src/` and holds the catalogues to exactly those ids.
#[macro_export]
macro_rules! tr {
    ($messages:expr, $id:literal) => {
        $messages.get($id)
    };
    ($messages:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $messages.get_args($id, &args)
    }};
    ($messages:expr, $id:literal, $args:expr) => {
        $messages.get_args($id, &$args)
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast::Entry;

    use super::*;

    /// The ids of the messages in a catalogue; panics on a syntax error or on an id two of
    /// its files both define.
    fn ids(lang: Lang) -> BTreeSet<String> {
        let mut all = BTreeSet::new();
        for (area, text) in catalogue(lang) {
            let resource = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((_, errors)) => panic!("locales/{}/{area}.ftl: {errors:?}", lang.tag()),
            };
            for e in resource.entries() {
                if let Entry::Message(m) = e {
                    let id = m.id.name.to_owned();
                    assert!(
                        all.insert(id.clone()),
                        "locales/{}/{area}.ftl: `{id}` again",
                        lang.tag()
                    );
                }
            }
        }
        all
    }

    /// Every id passed to `tr!` or `ui!` in `src/`.
    fn used_ids() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let uses = text.match_indices("tr!(").chain(text.match_indices("ui!("));
                    for (at, _) in uses {
                        // Not `include_str!(`, nor the pattern in this very test.
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' || before == '"' {
                            continue;
                        }
                        // The id is the string literal right after `tr!(handle,` or
                        // `ui!(`; anything else (`$id` in the macros) is not a use.
                        let rest = &text[at + 4..];
                        let rest = if text[at..].starts_with("tr!(") {
                            match rest.find(',') {
                                Some(comma) => &rest[comma + 1..],
                                None => continue,
                            }
                        } else {
                            rest
                        };
                        let Some(id) = rest.trim_start().strip_prefix('"') else {
                            continue;
                        };
                        let id = &id[..id.find('"').unwrap()];
                        // `tr!(m, "id")` in this file's own docs and tests is not a use.
                        if id != "id" {
                            out.insert(id.to_owned());
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut out,
        );
        out
    }

    #[test]
    fn every_catalogue_has_exactly_the_messages_the_code_uses() {
        let english = ids(Lang::En);
        let used = used_ids();
        assert!(!used.is_empty());
        let unknown: Vec<_> = used.difference(&english).collect();
        assert!(
            unknown.is_empty(),
            "used but not in locales/en/*.ftl: {unknown:?}"
        );
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "in locales/en/*.ftl but never used: {unused:?}"
        );
        for lang in Lang::ALL {
            let theirs = ids(lang);
            let lacking: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(
                lacking.is_empty(),
                "locales/{}/*.ftl lacks {lacking:?}",
                lang.tag()
            );
            assert!(
                extra.is_empty(),
                "locales/{}/*.ftl has extra {extra:?}",
                lang.tag()
            );
        }
    }

    #[test]
    fn every_message_formats_without_errors_or_isolation_marks() {
        // With every argument the English messages use given, each language's message
        // formats cleanly: no error (which would fall back to English) and no U+2068/U+2069.
        let mut args = FluentArgs::new();
        // Every variable the English catalogue names, as text; the counts, as numbers.
        let mut names = BTreeSet::new();
        for (_, text) in catalogue(Lang::En) {
            for (at, _) in text.match_indices("{ $") {
                let rest = &text[at + 3..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                names.insert(&rest[..end]);
            }
        }
        assert!(names.len() > 40, "{names:?}");
        for name in names {
            args.set(name, "x");
        }
        for count in [
            "items",
            "count",
            "skipped",
            "lines",
            "labels",
            "dimensions",
            "rules",
        ] {
            args.set(count, 2);
        }
        args.set("validated", "no");
        for lang in Lang::ALL {
            let m = Messages::new(lang);
            for id in ids(Lang::En) {
                let pattern = m.bundle.get_message(&id).and_then(|msg| msg.value());
                let pattern = pattern.unwrap_or_else(|| panic!("{lang}: {id} has no value"));
                let mut errors = Vec::new();
                let text = m.bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{lang}: {id}: {text:?}"
                );
            }
        }
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let de = Messages::new(Lang::De);
        assert_eq!(de.lang(), Lang::De);
        assert_eq!(de.get("no-such-message"), "no-such-message");
        assert_eq!(
            Messages::new(Lang::En).get("no-such-message"),
            "no-such-message"
        );
        // An argument missing is a formatting error: the English message is tried, and then
        // the id, rather than a half-filled message.
        assert_eq!(de.get("lang-unknown"), "lang-unknown");
        // A message German lacks is English: a bundle made only from English shows it.
        let mut partial = Messages::new(Lang::De);
        partial.bundle = FluentBundle::new(vec!["de".parse().unwrap()]);
        assert_eq!(
            tr!(partial, "lang-unknown", lang = "xx", supported = "en"),
            "unknown language `xx`; supported: en"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let ok = |lang, items: i64| {
            tr!(
                Messages::new(lang),
                "validate-translation-ok",
                file = "f",
                id = "q",
                version = "1",
                lang = "xx",
                name = "X",
                items = items,
                validated = "no"
            )
        };
        // English: 1 is one, 0 is other; French: 0 and 1 are both one.
        assert!(ok(Lang::En, 1).contains("1 item,"), "{}", ok(Lang::En, 1));
        assert!(ok(Lang::En, 0).contains("0 items"), "{}", ok(Lang::En, 0));
        assert!(
            ok(Lang::Fr, 0).contains("0 question,"),
            "{}",
            ok(Lang::Fr, 0)
        );
        assert!(
            ok(Lang::Fr, 2).contains("2 questions"),
            "{}",
            ok(Lang::Fr, 2)
        );
        assert!(ok(Lang::De, 1).contains("1 Frage,"), "{}", ok(Lang::De, 1));
        assert!(ok(Lang::De, 3).contains("3 Fragen"), "{}", ok(Lang::De, 3));
        // No isolation marks around the arguments.
        assert!(!ok(Lang::Es, 2).contains('\u{2068}'));
    }
}
