//! `powerbalance schema NAME`: JSON Schemas (draft 2020-12) of the machine interfaces,
//! generated from the Rust types that read or write them (SPEC §10).
//!
//! The JSON Lines report is written by hand ([`crate::jsonl::JsonLines`]), but a test holds
//! it byte for byte to `serde_json`'s rendering of [`Report`], whose schema this is; the test
//! suite also validates every JSON output it makes against these schemas.

use schemars::{JsonSchema, Schema, generate::SchemaSettings};
use serde::Serialize;

use crate::answers::AnswerSet;
use crate::report::Report;
use crate::stats::Stats;

/// An answers file: one person's answers, or an array of one or two (SPEC §4). A line of
/// JSON Lines is the same.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code, clippy::large_enum_variant)] // describes the input, never built: the reader is `answers::parse_file`
enum AnswersFile {
    /// One person's answers.
    One(AnswerSet),
    /// A couple's answers, or one person's in an array.
    Several(#[schemars(length(min = 1, max = 2))] Vec<AnswerSet>),
}

/// One bundled questionnaire, as `list --format json` prints it (an array of these).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Listed {
    /// Its id, as `-q` takes it.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its version.
    pub version: String,
    /// How many items it has.
    pub items: usize,
    /// What it is for, where it says.
    pub description: Option<String>,
    /// The languages it can be answered in: the one it is written in first, then each
    /// bundled translation (SPEC §11).
    pub languages: Vec<ListedLanguage>,
}

/// One language a listed questionnaire can be answered in.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ListedLanguage {
    /// Its BCP 47 tag (`en`, `es`, `pt-BR`).
    pub lang: String,
    /// The language's own name.
    pub name: String,
    /// Whether this is a translation; false for the language the questionnaire is written in.
    pub translation: bool,
    /// For a translation, whether a study validated it on people (false unless its file
    /// says so); null for the language the questionnaire is written in.
    pub validated: Option<bool>,
    /// For a translation, how it was made and by whom; null otherwise.
    pub basis: Option<String>,
}

/// The schema named `name` (one of `cli::SchemaName`'s), or `None`.
pub fn schema(name: &str) -> Option<Schema> {
    let generator = SchemaSettings::draft2020_12().into_generator();
    Some(match name {
        "answers" => generator.into_root_schema_for::<AnswersFile>(),
        "report" => generator.into_root_schema_for::<Report>(),
        "stats" => generator.into_root_schema_for::<Stats>(),
        "list" => generator.into_root_schema_for::<Vec<Listed>>(),
        "history" => generator.into_root_schema_for::<crate::history::History>(),
        _ => return None,
    })
}
