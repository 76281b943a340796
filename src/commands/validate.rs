//! `powerbalance validate`: check questionnaire files, every problem with its location.

use std::path::Path;

use super::{read_questionnaire, read_questionnaire_bytes};
use crate::cli::ValidateArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::{emit, one_line_safe, print_error};
use crate::questionnaire::{self, Bundled, Questionnaire, Translated, Translation};
use crate::settings::Colors;

pub(super) fn validate(args: &ValidateArgs, colors: Colors) -> Result<u8, Error> {
    let mut worst = EXIT_OK;
    let mut ok_lines = String::new();
    for path in &args.files {
        let name = path.display().to_string();
        let result = read_questionnaire_bytes(path, &name).and_then(|bytes| {
            if questionnaire::is_translation(&name, &bytes) {
                check_translation(path, &name, &bytes).map(Checked::Translation)
            } else {
                Ok(Checked::Questionnaire(questionnaire::parse(&name, &bytes)?))
            }
        });
        match result {
            Ok(Checked::Questionnaire(q)) => {
                ok_lines.push_str(&crate::ui!(
                    "cmd-validate-ok",
                    file = one_line_safe(&name).into_owned(),
                    id = q.id.clone(),
                    version = one_line_safe(&q.version).into_owned(),
                    dimensions = q.dimensions.len(),
                    items = q.items.len(),
                    rules = q.rules.len()
                ));
                ok_lines.push('\n');
            }
            Ok(Checked::Translation(t)) => {
                let q = &t.questionnaire;
                ok_lines.push_str(&crate::ui!(
                    "validate-translation-ok",
                    file = one_line_safe(&name).into_owned(),
                    id = q.id.clone(),
                    version = one_line_safe(&q.version).into_owned(),
                    lang = one_line_safe(&t.info.lang).into_owned(),
                    name = one_line_safe(&t.info.name).into_owned(),
                    items = q.items.len(),
                    validated = if t.info.validated { "yes" } else { "no" }
                ));
                ok_lines.push('\n');
            }
            Err(e) => {
                print_error(&e.lines(), colors.stderr);
                worst = worst.max(e.exit_code());
            }
        }
    }
    emit(None, &ok_lines, false)?;
    // An invalid questionnaire (78) outranks an unreadable file (1).
    Ok(worst)
}

enum Checked {
    Questionnaire(Questionnaire),
    Translation(Translated),
}

/// Checks a translation against the questionnaire it names: `ID.toml` beside it when that
/// is the id and version it names (a questionnaire of one's own), else the bundled one.
fn check_translation(path: &Path, name: &str, bytes: &[u8]) -> Result<Translated, Error> {
    let translation = Translation::parse(name, bytes)?;
    let (id, version) = (translation.questionnaire_id(), translation.version());
    let mut versions: Vec<String> = Vec::new();
    // Only an id that can be one (no `/`, no `..`) names a file beside this one.
    let plain_id = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let beside = path.with_file_name(format!("{id}.toml"));
    if plain_id && beside.is_file() {
        let q = read_questionnaire(&beside, &beside.display().to_string())?;
        if q.id == id && q.version == version {
            return Ok(translation.apply(&q)?);
        }
        versions.push(q.version);
    }
    if let Some(b) = Bundled::find_version(id, version) {
        return Ok(translation.apply(&b.load()?)?);
    }
    versions.extend(Bundled::versions(id).map(|b| b.version.to_owned()));
    versions.sort();
    versions.dedup();
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    Err(translation.not_found(&versions).into())
}
