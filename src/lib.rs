//! powerbalance: assess the balance of power between two people from a questionnaire.
//!
//! The library holds everything: the questionnaire model ([`questionnaire`]), answers
//! ([`answers`]), the pure scoring engine ([`scoring`]), the renderers ([`report`]), and the
//! command line ([`cli`], [`commands`]). The binary only calls [`commands::main`].

pub mod answers;
pub mod cli;
pub mod commands;
mod data_dir;
pub mod error;
mod exit_codes;
pub mod fhir;
pub mod history;
pub mod i18n;
pub mod interactive;
pub mod jsonl;
pub mod limits;
pub mod model;
mod output;
mod printable;
pub mod questionnaire;
pub mod report;
pub mod schema;
pub mod scoring;
mod settings;
pub mod simulate;
pub mod stats;
mod suggest;

/// The batch run of JSON Lines, at the path it has always had.
pub use jsonl::batch;
