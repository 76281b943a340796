//! The questionnaires shipped inside the binary, so the tool works from any directory.
//!
//! Every version ever released stays bundled (SPEC §3), so a saved answers file is always
//! scored with the questionnaire it was answered on: the current versions live in
//! `questionnaires/ID.toml`, the older ones, byte for byte as released, in
//! `questionnaires/VERSION/ID.toml`.

use super::{Questionnaire, QuestionnaireError, parse};

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
