//! `powerbalance template`: a JSON answers skeleton, every item id with a null value.

use anyhow::Context;
use indexmap::IndexMap;
use serde::Serialize;

use super::load_questionnaire;
use crate::cli::TemplateArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::emit;

#[derive(Serialize)]
struct Template<'a> {
    questionnaire: &'a str,
    version: &'a str,
    respondent: &'a str,
    partner: &'a str,
    answers: IndexMap<&'a str, Option<i64>>,
}

pub(super) fn template(args: &TemplateArgs) -> Result<u8, Error> {
    // Names that `score` would refuse make a template that can never be scored.
    crate::answers::check_names(&args.respondent, &args.partner)
        .map_err(|e| Error::Usage(crate::ui!("cmd-template-names", problem = e.to_string())))?;
    let q = load_questionnaire(&args.questionnaire)?;
    let skeleton = Template {
        questionnaire: &q.id,
        version: &q.version,
        respondent: &args.respondent,
        partner: &args.partner,
        answers: q.items.iter().map(|i| (i.id.as_str(), None)).collect(),
    };
    let mut text = serde_json::to_string_pretty(&skeleton)
        .with_context(|| crate::ui!("error-context-serializing-template"))?;
    text.push('\n');
    emit(args.output.as_deref(), &text, args.force)?;
    Ok(EXIT_OK)
}
