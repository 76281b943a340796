//! The questionnaires shipped inside the binary, so the tool works from any directory.

use super::{Questionnaire, QuestionnaireError, parse};

/// One bundled questionnaire file.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// Its id, as `-q` takes it.
    pub id: &'static str,
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

    /// The bundled questionnaire with this id.
    pub fn find(id: &str) -> Option<&'static Bundled> {
        BUNDLED.iter().find(|b| b.id == id)
    }

    /// The bundled questionnaire with this id at this version.
    ///
    /// A stand-in until old versions are bundled (issue-11 writes the real one with this
    /// signature): only the current version of each id is found.
    pub fn find_version(id: &str, version: &str) -> Option<&'static Bundled> {
        Bundled::find(id).filter(|b| b.load().is_ok_and(|q| q.version == version))
    }
}

macro_rules! bundled {
    ($($id:literal),* $(,)?) => {
        &[$(Bundled {
            id: $id,
            file: concat!("questionnaires/", $id, ".toml"),
            bytes: include_bytes!(concat!("../../questionnaires/", $id, ".toml")),
        }),*]
    };
}

/// Every bundled questionnaire, the default (`relationship`) first.
pub const BUNDLED: &[Bundled] = bundled!("relationship", "relationship-short", "workplace");
