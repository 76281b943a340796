//! The integration tests: one binary, one module per subject, one harness (`util`).
//!
//! One binary links once instead of fifteen times, and its tests share one thread pool.
//! `tests/fuzz.rs` and `tests/properties.rs` stay their own binaries: they call the library
//! only, run for tens of seconds, and are run alone with more inputs
//! (`cargo test --release --test fuzz`, `PROPTEST_CASES=10000 cargo test --test properties`).
//!
//! A new test file goes here as `tests/it/NAME.rs` with a `mod NAME;` line below; it gets
//! the binary and its data folder from `util` (`util::powerbalance()`, `util::powerbalance_in`).

mod util;

mod bad_inputs;
mod batch;
mod bundled;
mod cli;
mod ecosystem;
mod files;
mod history;
mod history_lang;
mod hostile;
mod interactive;
mod languages;
mod limits;
mod mixed_session;
mod report_format;
mod report_lang;
mod reports;
mod session;
mod simulate;
mod stats;
mod take;
