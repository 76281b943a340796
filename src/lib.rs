//! powerbalance: assess the balance of power between two people from a questionnaire.
//!
//! The library holds everything: the questionnaire model ([`questionnaire`]), answers
//! ([`answers`]), the pure scoring engine ([`scoring`]), the renderers ([`report`]), and the
//! command line ([`cli`], [`commands`]). The binary only calls [`commands::main`].

pub mod answers;
pub mod batch;
pub mod cli;
pub mod commands;
pub mod error;
pub mod fhir;
pub mod history;
pub mod i18n;
pub mod interactive;
pub mod limits;
mod output;
pub mod questionnaire;
pub mod report;
pub mod schema;
pub mod scoring;
pub mod simulate;
pub mod stats;
mod suggest;
