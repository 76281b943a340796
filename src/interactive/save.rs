//! SavedRecord answers (SPEC §4 plus `version`, `started`, `completed`, `seed`), written after
//! every answer, atomically and readable by the owner only.

use std::path::Path;
use std::time::SystemTime;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::answers::{AnswerSet, AnswerValue, AnswersError, Responses, Slot};
use crate::questionnaire::Questionnaire;

/// One respondent's answers as `take` and `session` write them after every answer and read
/// them back to go on: a valid answers file for `score` as it is.
///
/// The file format is the one of [`AnswerSet`]; the two structs are its two sides. An
/// `AnswerSet` is what any answers file is read as, to check and score: lenient (unknown
/// keys ignored, `completed` of any type), with each answer's position for located errors. A
/// `SavedRecord` is what the tool itself writes and resumes: strict, and with the fields only
/// a run of the tool knows (`started`, the shuffle's `seed`). It is checked and scored
/// through its `AnswerSet` ([`SavedRecord::responses`]), so there is one set of rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedRecord {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// The questionnaire's version.
    #[serde(default)]
    pub version: Option<String>,
    /// Who answered.
    pub respondent: String,
    /// Whom the partner items describe.
    pub partner: String,
    /// When answering began (RFC 3339).
    #[serde(default)]
    pub started: Option<String>,
    /// When the review was finished (RFC 3339), or null while unfinished.
    #[serde(default)]
    pub completed: Option<String>,
    /// The language the questions were asked in (SPEC §11), when the tool knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The `--shuffle` seed that ordered the items, when they were shuffled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// Every item given so far, in questionnaire order; `null` is skipped. An item given
    /// twice is refused, as in any answers file.
    #[serde(deserialize_with = "crate::answers::no_duplicates")]
    pub answers: IndexMap<String, AnswerValue>,
}

impl SavedRecord {
    /// The questionnaire these answers were given on, as `-q` takes it: `ID@VERSION` when
    /// that version is bundled, else `ID` (SPEC §3: a saved answer is scored with its own
    /// version); `None` when the file names none.
    pub fn questionnaire_spec(&self) -> Option<String> {
        if self.questionnaire.is_empty() {
            return None;
        }
        Some(match &self.version {
            Some(v)
                if crate::questionnaire::Bundled::find_version(&self.questionnaire, v)
                    .is_some() =>
            {
                format!("{}@{v}", self.questionnaire)
            }
            _ => self.questionnaire.clone(),
        })
    }

    /// A new, empty record.
    pub fn new(q: &Questionnaire, respondent: &str, partner: &str, seed: Option<u64>) -> Self {
        SavedRecord {
            questionnaire: q.id.clone(),
            version: Some(q.version.clone()),
            lang: None,
            respondent: respondent.to_owned(),
            partner: partner.to_owned(),
            started: Some(now()),
            completed: None,
            seed,
            answers: IndexMap::new(),
        }
    }

    /// Replaces the answers with the given slots.
    pub fn set_slots(&mut self, q: &Questionnaire, slots: &[Slot]) {
        self.answers = q
            .items
            .iter()
            .zip(slots)
            .filter_map(|(item, slot)| {
                slot.map(|v| {
                    (
                        item.id.clone(),
                        v.map_or(AnswerValue::Null, AnswerValue::Int),
                    )
                })
            })
            .collect();
    }

    /// The record as answers to check and score: the one answers format, whose extra
    /// fields (`started`, `seed`) only a saved file carries.
    fn to_answer_set(&self) -> AnswerSet {
        AnswerSet {
            questionnaire: Some(self.questionnaire.clone()),
            version: self.version.clone(),
            lang: self.lang.clone(),
            respondent: self.respondent.clone(),
            partner: self.partner.clone(),
            answers: self.answers.clone(),
            completed: self.completed.clone().into(),
            positions: Vec::new(),
        }
    }

    /// The answers checked against `q`, as slots.
    pub fn slots(&self, q: &Questionnaire, file: &str) -> Result<Vec<Slot>, AnswersError> {
        self.to_answer_set().check_slots(q, file)
    }

    /// The answers checked against `q`, ready to score.
    pub fn responses(&self, q: &Questionnaire, file: &str) -> Result<Responses, AnswersError> {
        self.to_answer_set().check(q, file)
    }

    /// Parses a saved file's bytes (for `--resume`); `file` names it in errors.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<SavedRecord, AnswersError> {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        serde_json::from_slice(bytes).map_err(|e| AnswersError::from_json(file, &e))
    }

    /// Writes the record to `path` atomically, mode 0600.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text = self.to_json()?;
        super::interrupt::while_saving(|| crate::output::write_atomic(path, text.as_bytes()))
    }

    /// [`write`](Self::write) of a new file: one that exists by now (another process made
    /// it) is not replaced, and the write fails with `AlreadyExists`.
    pub fn write_new(&self, path: &Path) -> std::io::Result<()> {
        let text = self.to_json()?;
        super::interrupt::while_saving(|| crate::output::write_atomic_new(path, text.as_bytes()))
    }

    /// The record as the file holds it.
    fn to_json(&self) -> std::io::Result<String> {
        let mut text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        text.push('\n');
        Ok(text)
    }
}

/// Answers read from any answers file (`take --answers`) as a record to go on from: no
/// time started, none completed (they are answered now), no seed.
impl From<AnswerSet> for SavedRecord {
    fn from(set: AnswerSet) -> SavedRecord {
        SavedRecord {
            questionnaire: set.questionnaire.unwrap_or_default(),
            version: set.version,
            lang: set.lang,
            respondent: set.respondent,
            partner: set.partner,
            started: None,
            completed: None,
            seed: None,
            answers: set.answers,
        }
    }
}

/// The current time as RFC 3339, to the second, in UTC.
pub fn now() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}
