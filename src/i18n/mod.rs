//! The languages the tool speaks (SPEC §11): which one to use, its messages, its numbers.
//!
//! - [`Lang`] is a language of the interface: `--lang` parsed as a [`Lang`] (an unknown one is
//!   an error), else [`from_locale`] of the locale variables, else English. Both are pure;
//!   `settings::Languages` reads the variables from the process and decides once.
//! - [`Messages`] looks a message up in that language's catalogue (`locales/LANG/main.ftl`,
//!   Project Fluent), with English as the fallback, message by message.
//! - [`Lang::number`] writes a number for a person (`54.5`, `54,5`); JSON and CSV never call it.
//!
//! A questionnaire's own texts come from its translation files instead
//! ([`crate::questionnaire::Translation`]).

mod messages;

use std::fmt;

pub use messages::{FluentArgs, Messages};

use std::sync::OnceLock;

/// The language of this process's interface (errors, warnings, the small commands' lines),
/// set once by the command line's settings; English until then.
static UI: OnceLock<Lang> = OnceLock::new();

thread_local! {
    /// Each thread's messages in [`ui_lang`], made on first use.
    static UI_MESSAGES: Messages = Messages::new(ui_lang());
}

/// Sets the interface language, once, before any message is looked up; a later call (or a
/// call after a thread's first message) changes nothing.
pub fn set_ui_lang(lang: Lang) {
    let _ = UI.set(lang);
}

/// The interface language: what [`set_ui_lang`] set, else English.
pub fn ui_lang() -> Lang {
    UI.get().copied().unwrap_or(Lang::En)
}

/// Runs `f` with the interface's messages (see [`ui!`](crate::ui)).
pub fn with_ui<R>(f: impl FnOnce(&Messages) -> R) -> R {
    UI_MESSAGES.with(f)
}

/// A message in the interface language: `ui!("id")` or `ui!("id", name = value, ...)`, as
/// [`tr!`](crate::tr) without a handle. For what the process says to whoever runs it
/// (errors, warnings); what a report or a person's screens say takes its own [`Messages`].
#[macro_export]
macro_rules! ui {
    ($id:literal) => {
        $crate::i18n::with_ui(|m| $crate::tr!(m, $id))
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::with_ui(|m| $crate::tr!(m, $id, $($name = $value),+))
    };
}

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// German.
    De,
    /// Brazilian Portuguese; also what `pt` and every other `pt-*` get.
    PtBr,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::PtBr];

    /// Its BCP 47 tag as written in files and reports: `en`, `es`, `fr`, `de`, `pt-BR`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::PtBr => "pt-BR",
        }
    }

    /// The language's name in itself.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::PtBr => "Português (Brasil)",
        }
    }

    /// The language a tag or locale name means, or `None` when the interface does not speak
    /// it. Case does not matter, `_` counts as `-`, and a POSIX locale's `.codeset` and
    /// `@modifier` are ignored: `es`, `ES`, `es-MX`, `es_ES.UTF-8` are all Spanish. Only the
    /// language counts, not the region (`fr-CA` is French), except that every Portuguese
    /// (`pt`, `pt-PT`, `pt_BR`) is Brazilian Portuguese, the one Portuguese there is.
    /// `C` and `POSIX` are English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        if tag == "C" || tag == "POSIX" {
            return Some(Lang::En);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Some(match primary.to_ascii_lowercase().as_str() {
            "en" => Lang::En,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "pt" => Lang::PtBr,
            _ => return None,
        })
    }

    /// `value` rounded to `places` decimals, written as a person reads it in this language:
    /// `54.5` in English, `54,5` in Spanish, French, German and Portuguese. Only human formats
    /// (table, Markdown, HTML, the terminal) call this; JSON and CSV keep `54.5`.
    ///
    /// A value that rounds to zero has no minus sign (`-0.04` is `0.0`). Never for figures a
    /// program reads (SVG coordinates, JSON, CSV).
    pub fn number(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        let text = match text.strip_prefix('-') {
            Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
            _ => text,
        };
        self.localize_decimal(&text)
    }

    /// A number already written with a decimal point (`"54.5"`), with this language's
    /// decimal separator instead.
    pub fn localize_decimal(self, number: &str) -> String {
        match self.decimal_separator() {
            '.' => number.to_owned(),
            sep => number.replace('.', sep.encode_utf8(&mut [0; 4])),
        }
    }

    /// The decimal separator: `.` in English, `,` in the others.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Es | Lang::Fr | Lang::De | Lang::PtBr => ',',
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    /// A `--lang` value: [`Lang::from_tag`], or the error that names what is allowed (an
    /// empty one too, so a typo is never silently English).
    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(tag)
            .filter(|_| !tag.trim().is_empty())
            .ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

/// `session --lang A,B`: one language per person, comma-separated (`es,en`); blanks around
/// a comma are allowed, an empty or unknown one is an error.
pub fn parse_list(list: &str) -> Result<Vec<Lang>, UnknownLang> {
    list.split(',').map(|tag| tag.trim().parse()).collect()
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// `--lang` named a language the interface does not speak (a usage error, exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The message in `lang`: what was given and what is allowed.
    pub fn message(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        args.set("lang", crate::printable::printable(&self.0).into_owned());
        args.set("supported", supported_list());
        crate::tr!(Messages::new(lang), "lang-unknown", args)
    }
}

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UnknownLang {}

/// `en, es, fr, de, pt-BR`.
fn supported_list() -> String {
    Lang::ALL.map(Lang::tag).join(", ")
}

/// The interface language from the locale variables, the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set and not empty deciding, as POSIX orders them: a language the
/// interface does not speak, or `C`/`POSIX`, is English. None set: English.
pub fn from_locale(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.trim().is_empty())
        .and_then(Lang::from_tag)
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locale_names() {
        for (tag, lang) in [
            ("en", Lang::En),
            ("EN-gb", Lang::En),
            ("es", Lang::Es),
            ("es_ES.UTF-8", Lang::Es),
            ("es-MX", Lang::Es),
            ("fr_CA.utf8@euro", Lang::Fr),
            ("de_DE@euro", Lang::De),
            ("de-AT", Lang::De),
            ("pt-BR", Lang::PtBr),
            ("pt_BR", Lang::PtBr),
            ("PT-br", Lang::PtBr),
            ("pt", Lang::PtBr),
            ("pt_PT.UTF-8", Lang::PtBr),
            ("C", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
        ] {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
        }
        for tag in ["ja_JP.UTF-8", "it", "", "e", "english", "c"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
        // Every tag reads back as its language.
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn the_locale_variables_in_posix_order() {
        assert_eq!(from_locale(None, None, None), Lang::En);
        assert_eq!(from_locale(None, None, Some("de_DE.UTF-8")), Lang::De);
        assert_eq!(from_locale(None, Some("fr_FR"), Some("de_DE")), Lang::Fr);
        assert_eq!(
            from_locale(Some("es_ES"), Some("fr_FR"), Some("de_DE")),
            Lang::Es
        );
        // An empty variable counts as unset.
        assert_eq!(from_locale(Some(""), None, Some("pt_BR")), Lang::PtBr);
        // The first one set decides, even when it is C or a language not spoken here.
        assert_eq!(from_locale(Some("C"), None, Some("de_DE")), Lang::En);
        assert_eq!(from_locale(None, Some("ja_JP.UTF-8"), Some("es")), Lang::En);
    }

    #[test]
    fn a_typo_is_an_error() {
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        let e = "sp".parse::<Lang>().unwrap_err();
        assert_eq!(e, UnknownLang("sp".into()));
        assert_eq!(
            e.to_string(),
            "unknown language `sp`; supported: en, es, fr, de, pt-BR"
        );
        assert!("".parse::<Lang>().is_err());
        assert!(" ".parse::<Lang>().is_err());
        // What the message quotes is escaped.
        assert!(
            !UnknownLang("\u{1b}[2J".into())
                .to_string()
                .contains('\u{1b}')
        );
    }

    #[test]
    fn one_language_per_person() {
        assert_eq!(parse_list("es,en"), Ok(vec![Lang::Es, Lang::En]));
        assert_eq!(parse_list(" pt_BR , DE "), Ok(vec![Lang::PtBr, Lang::De]));
        assert_eq!(parse_list("es"), Ok(vec![Lang::Es]));
        assert_eq!(parse_list("es,,en"), Err(UnknownLang(String::new())));
        assert_eq!(parse_list("es,xx"), Err(UnknownLang("xx".into())));
        assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(Lang::En.number(54.5, 1), "54.5");
        assert_eq!(Lang::De.number(54.5, 1), "54,5");
        assert_eq!(Lang::Es.number(54.46, 1), "54,5");
        assert_eq!(Lang::Fr.number(-3.0, 2), "-3,00");
        assert_eq!(Lang::PtBr.number(12.0, 0), "12");
        assert_eq!(Lang::De.number(-0.04, 1), "0,0");
        assert_eq!(Lang::En.number(-0.4, 0), "0");
        assert_eq!(Lang::En.number(-0.6, 0), "-1");
        assert_eq!(Lang::De.localize_decimal("71.0"), "71,0");
        assert_eq!(Lang::En.localize_decimal("71.0"), "71.0");
    }
}
