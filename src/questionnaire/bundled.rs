//! The questionnaires shipped inside the binary, so the tool works from any directory.
//!
//! Every version ever released stays bundled (SPEC §3), so a saved answers file is always
//! scored with the questionnaire it was answered on: the current versions live in
//! `questionnaires/ID.toml`, the older ones, byte for byte as released, in
//! `questionnaires/VERSION/ID.toml`.

use super::{Questionnaire, QuestionnaireError, Translated, Translation, parse};

/// One bundled questionnaire file.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// Its id, as `-q` takes it.
    pub id: &'static str,
    /// Its version, as its `[questionnaire]` table says (a test holds the two together).
    pub version: &'static str,
    /// Its path in the repository, used in messages.
    pub file: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

impl Bundled {
    /// Parses it. The tests prove every bundled file is valid.
    pub fn load(&self) -> Result<Questionnaire, QuestionnaireError> {
        parse(self.file, self.bytes)
    }

    /// The current version of the bundled questionnaire with this id.
    pub fn find(id: &str) -> Option<&'static Bundled> {
        BUNDLED.iter().find(|b| b.id == id)
    }

    /// The bundled questionnaire with this id and version, current or older.
    pub fn find_version(id: &str, version: &str) -> Option<&'static Bundled> {
        BUNDLED
            .iter()
            .chain(OLDER)
            .find(|b| b.id == id && b.version == version)
    }

    /// Every bundled version of the questionnaire with this id, oldest first.
    pub fn versions(id: &str) -> impl Iterator<Item = &'static Bundled> {
        OLDER.iter().chain(BUNDLED).filter(move |b| b.id == id)
    }

    /// `ID@VERSION` (as `-q` takes it) or `ID` for the current version.
    pub fn find_spec(spec: &str) -> Option<&'static Bundled> {
        match spec.split_once('@') {
            Some((id, version)) => Self::find_version(id, version),
            None => Self::find(spec),
        }
    }
}

macro_rules! bundled {
    ($dir:literal: $($id:literal $version:literal),* $(,)?) => {
        &[$(Bundled {
            id: $id,
            version: $version,
            file: concat!("questionnaires/", $dir, $id, ".toml"),
            bytes: include_bytes!(concat!("../../questionnaires/", $dir, $id, ".toml")),
        }),*]
    };
}

/// The current version of every bundled questionnaire, the default (`relationship`) first.
pub const BUNDLED: &[Bundled] = bundled!("":
    "relationship" "2.0.0",
    "relationship-short" "2.0.0",
    "workplace" "2.0.0",
);

/// The older versions, as they were released.
pub const OLDER: &[Bundled] = bundled!("1.0.0/":
    "relationship" "1.0.0",
    "relationship-short" "1.0.0",
    "workplace" "1.0.0",
);

/// Every bundled questionnaire of every version: the current ones, then the older.
pub const ALL_VERSIONS: &[Bundled] = &[
    BUNDLED[0], BUNDLED[1], BUNDLED[2], OLDER[0], OLDER[1], OLDER[2],
];

/// One bundled translation of a current questionnaire (SPEC §11):
/// `questionnaires/ID.LANG.toml`.
#[derive(Debug, Clone, Copy)]
pub struct BundledTranslation {
    /// The id of the questionnaire it translates.
    pub questionnaire: &'static str,
    /// Its language tag, as in the file name and its `lang`.
    pub lang: &'static str,
    /// Its path in the repository, used in messages.
    pub file: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

impl BundledTranslation {
    /// Reads it and applies it to the bundled questionnaire of the id and version it names.
    /// The tests prove every bundled translation is valid.
    pub fn load(&self) -> Result<Translated, QuestionnaireError> {
        let translation = Translation::parse(self.file, self.bytes)?;
        match Bundled::find_version(translation.questionnaire_id(), translation.version()) {
            Some(b) => translation.apply(&b.load()?),
            None => {
                let versions: Vec<&str> = Bundled::versions(translation.questionnaire_id())
                    .map(|b| b.version)
                    .collect();
                Err(translation.not_found(&versions))
            }
        }
    }

    /// The bundled translation of questionnaire `id` into `lang` (compared without regard
    /// to case, as BCP 47 tags are).
    pub fn find(id: &str, lang: &str) -> Option<&'static BundledTranslation> {
        TRANSLATIONS
            .iter()
            .find(|t| t.questionnaire == id && t.lang.eq_ignore_ascii_case(lang))
    }

    /// `q` in `lang` from the bundled translations: `None` when there is no bundled
    /// translation of this very questionnaire (same id, version and file bytes, by its
    /// `sha256`) into `lang`. The result keeps `q`'s `sha256`, ids and numbers.
    pub fn translate(
        q: &Questionnaire,
        lang: &str,
    ) -> Option<Result<Translated, QuestionnaireError>> {
        let found = Self::find(&q.id, lang)?;
        match found.load() {
            Ok(t) if t.questionnaire.sha256 == q.sha256 => Some(Ok(t)),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        }
    }

    /// Every bundled translation of questionnaire `id`, in the order of [`TRANSLATIONS`].
    pub fn of(id: &str) -> impl Iterator<Item = &'static BundledTranslation> {
        TRANSLATIONS.iter().filter(move |t| t.questionnaire == id)
    }
}

macro_rules! translations {
    ($($id:literal $lang:literal),* $(,)?) => {
        &[$(BundledTranslation {
            questionnaire: $id,
            lang: $lang,
            file: concat!("questionnaires/", $id, ".", $lang, ".toml"),
            bytes: include_bytes!(concat!("../../questionnaires/", $id, ".", $lang, ".toml")),
        }),*]
    };
}

/// The bundled translations, one line `"ID" "LANG",` per file
/// (`questionnaires/ID.LANG.toml`); a test fails when a file there is not listed.
pub const TRANSLATIONS: &[BundledTranslation] = translations![
    "relationship" "es", "relationship" "fr", "relationship" "de", "relationship" "pt-BR",
    "relationship-short" "es", "relationship-short" "fr", "relationship-short" "de", "relationship-short" "pt-BR",
    "workplace" "es", "workplace" "fr", "workplace" "de", "workplace" "pt-BR",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `ID.LANG.toml` in `questionnaires/` (a name with two dots).
    fn translation_files() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml") && n.matches('.').count() == 2)
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_translation_file_is_listed_and_valid() {
        let listed: Vec<String> = TRANSLATIONS
            .iter()
            .map(|t| t.file.trim_start_matches("questionnaires/").to_owned())
            .collect();
        for name in translation_files() {
            let (id, lang) = name.trim_end_matches(".toml").split_once('.').unwrap();
            assert!(
                listed.contains(&name),
                "questionnaires/{name} is not bundled: add `\"{id}\" \"{lang}\",` to TRANSLATIONS in src/questionnaire/bundled.rs"
            );
        }
        for t in TRANSLATIONS {
            let translated = t.load().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(translated.questionnaire.id, t.questionnaire);
            assert_eq!(translated.info.lang, t.lang, "{}", t.file);
            // A translation is of the current version, and keeps its hash.
            let current = Bundled::find(t.questionnaire).unwrap();
            assert_eq!(
                translated.questionnaire.version, current.version,
                "{}",
                t.file
            );
            assert_eq!(
                translated.questionnaire.sha256,
                current.load().unwrap().sha256
            );
            assert!(
                BundledTranslation::find(t.questionnaire, &t.lang.to_ascii_uppercase()).is_some()
            );
        }
    }

    #[test]
    fn a_listed_translation_loads_through_the_bundled_questionnaire() {
        // A translation of the bundled `relationship` that names a version not bundled is
        // refused at its `version`, with the versions there are.
        let bytes = b"[translation]\nquestionnaire = \"relationship\"\nversion = \"9.9.9\"\nlang = \"xx\"\nname = \"X\"\nbasis = \"test\"\n[questionnaire]\ntitle = \"T\"\n";
        let t = BundledTranslation {
            questionnaire: "relationship",
            lang: "xx",
            file: "questionnaires/relationship.xx.toml",
            bytes,
        };
        assert_eq!(
            t.load().unwrap_err().to_string(),
            "questionnaires/relationship.xx.toml:3:11: this translation is of version 9.9.9 of `relationship`, which is not at hand; versions at hand: 1.0.0, 2.0.0"
        );
        assert!(BundledTranslation::find("relationship", "zz").is_none());
        let q = Bundled::find("relationship").unwrap().load().unwrap();
        assert!(BundledTranslation::translate(&q, "zz").is_none());
        // Each bundled translation translates its own questionnaire, and no other version.
        for t in TRANSLATIONS {
            let current = Bundled::find(t.questionnaire).unwrap().load().unwrap();
            let translated = BundledTranslation::translate(&current, t.lang)
                .unwrap()
                .unwrap();
            assert_eq!(translated.info.lang, t.lang);
            for older in Bundled::versions(t.questionnaire).filter(|b| b.version != current.version)
            {
                assert!(BundledTranslation::translate(&older.load().unwrap(), t.lang).is_none());
            }
        }
    }
}
