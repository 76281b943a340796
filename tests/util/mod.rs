//! Shared by the test binaries that check machine output: its JSON Schema.
#![allow(dead_code)] // each test binary uses what it needs

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

/// Fails unless `instance` validates against the committed `docs/schema/NAME.json` (draft
/// 2020-12), naming each place that does not. `tests/ecosystem.rs` holds the committed
/// schemas to the ones `powerbalance schema NAME` generates.
pub fn assert_fits_schema(name: &str, instance: &Value) {
    let errors = schema_errors(name, instance);
    assert!(
        errors.is_empty(),
        "output does not fit docs/schema/{name}.json:\n{}\n---\n{instance:#}",
        errors.join("\n")
    );
}

/// Where `instance` does not fit `docs/schema/NAME.json`; empty when it fits.
pub fn schema_errors(name: &str, instance: &Value) -> Vec<String> {
    static VALIDATORS: OnceLock<Mutex<HashMap<String, jsonschema::Validator>>> = OnceLock::new();
    let mut validators = VALIDATORS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let validator = validators.entry(name.to_owned()).or_insert_with(|| {
        let path = format!("{}/docs/schema/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let schema: Value = serde_json::from_str(&text).unwrap();
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{path}: {e}"))
    });
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Every line of JSON Lines `text`, each checked against schema `name`.
pub fn json_lines_fitting(name: &str, text: &[u8]) -> Vec<Value> {
    String::from_utf8(text.to_vec())
        .unwrap()
        .lines()
        .map(|l| {
            let value: Value = serde_json::from_str(l).expect("each line is one JSON value");
            assert_fits_schema(name, &value);
            value
        })
        .collect()
}
