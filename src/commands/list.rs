//! `powerbalance list`: the bundled questionnaires.

use crate::cli::{ListArgs, ListFormat};
use crate::error::{EXIT_OK, Error};
use crate::output::{emit, terminal_safe};
use crate::questionnaire::{BUNDLED, OLDER};
use crate::schema::Listed;
use anyhow::Context;

pub(super) fn list(args: &ListArgs) -> Result<u8, Error> {
    let mut rows = Vec::new();
    let older: &[_] = if args.all { OLDER } else { &[] };
    for b in BUNDLED.iter().chain(older) {
        let q = b.load()?;
        rows.push(Listed {
            id: b.id.to_owned(),
            title: q.title,
            version: q.version,
            items: q.items.len(),
            description: q.description,
        });
    }
    let text = match args.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&rows).context("serializing the list")?;
            s.push('\n');
            s
        }
        ListFormat::Table => {
            let mut table = comfy_table::Table::new();
            table
                .load_style(comfy_table::presets::NOTHING)
                .set_header(vec!["ID", "TITLE", "VERSION", "ITEMS"]);
            for r in &rows {
                table.add_row(vec![
                    r.id.clone(),
                    terminal_safe(&r.title).into_owned(),
                    terminal_safe(&r.version).into_owned(),
                    r.items.to_string(),
                ]);
            }
            format!("{table}\n")
        }
    };
    emit(None, &text, false)?;
    Ok(EXIT_OK)
}
