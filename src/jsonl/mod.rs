//! JSON Lines, in and out (`score --jsonl`, `stats`; SPEC §4 and §10): everything that reads
//! or writes one answer set, or one report, per line.
//!
//! - `line.rs`: [`LineParser`], one line of answers into a reused
//!   [`Pair`](crate::answers::Pair), by the fast scanner (`scan.rs`) where it can and by the
//!   one-file path of [`crate::answers`] where it cannot, so every message is the one `score`
//!   gives for the same object in a file.
//! - `shared.rs`: the texts every report of one questionnaire shares ([`Text`], [`Keys`],
//!   [`Keyed`]), each with its JSON form made once.
//! - `write.rs`: [`JsonLines`], a report as one line, byte for byte what `serde_json` writes.
//! - [`batch`]: the streaming run: numbered [`Lines`](batch::Lines), the
//!   [`Scorer`](batch::Scorer) of one line, the sequential and parallel runs, and the
//!   [`PipeWriter`](batch::PipeWriter).
//! - [`source`]: an input that says when a read would wait, so a batch hands on its reports
//!   first.
//!
//! Tests in `line.rs` and `write.rs` hold the fast paths to the slow ones, byte for byte.

pub mod batch;
mod line;
pub(crate) mod scan;
mod shared;
pub mod source;
pub(crate) mod write;

pub use line::LineParser;
pub(crate) use shared::{Interned, intern};
pub use shared::{Keyed, Keys, Text};
pub use write::JsonLines;
