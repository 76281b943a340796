//! `powerbalance list`: the bundled questionnaires.

use crate::cli::{ListArgs, ListFormat};
use crate::error::{EXIT_OK, Error};
use crate::i18n::{Lang, Messages};
use crate::output::{emit, terminal_safe};
use crate::questionnaire::{BUNDLED, BundledTranslation, OLDER, Translation};
use crate::schema::Listed;
use crate::tr;
use anyhow::Context;

pub(super) fn list(args: &ListArgs) -> Result<u8, Error> {
    let mut rows = Vec::new();
    let older: &[_] = if args.all { OLDER } else { &[] };
    for b in BUNDLED.iter().chain(older) {
        let q = b.load()?;
        rows.push(Listed {
            id: b.id.to_owned(),
            title: q.title,
            languages: languages(b.id, &q.version)?,
            version: q.version,
            items: q.items.len(),
            description: q.description,
        });
    }
    let text = match args.format {
        ListFormat::Json => {
            let mut s = serde_json::to_string_pretty(&rows)
                .with_context(|| crate::ui!("error-context-serializing-list"))?;
            s.push('\n');
            s
        }
        ListFormat::Table => table(&rows, &Messages::new(Lang::En)),
    };
    emit(None, &text, false)?;
    Ok(EXIT_OK)
}

/// The languages of questionnaire `id` at `version`: English, in which the bundled ones are
/// written, then each bundled translation of that version.
fn languages(id: &str, version: &str) -> Result<Vec<crate::schema::ListedLanguage>, Error> {
    let mut out = vec![crate::schema::ListedLanguage {
        lang: Lang::En.tag().to_owned(),
        name: Lang::En.own_name().to_owned(),
        translation: false,
        validated: None,
        basis: None,
    }];
    for t in BundledTranslation::of(id) {
        // Read, not checked against its questionnaire: the tests prove every bundled
        // translation valid, and `list` need not pay for the check each time.
        let translation = Translation::parse(t.file, t.bytes)?;
        if translation.version() == version {
            let info = translation.info();
            out.push(crate::schema::ListedLanguage {
                lang: info.lang,
                name: info.name,
                translation: true,
                validated: Some(info.validated),
                basis: Some(info.basis),
            });
        }
    }
    Ok(out)
}

/// The table: one row per questionnaire, its languages as `en es* fr*`, `*` marking a
/// translation not validated on people (explained under the table).
fn table(rows: &[Listed], m: &Messages) -> String {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_header(vec![
            tr!(m, "list-column-id"),
            tr!(m, "list-column-title"),
            tr!(m, "list-column-version"),
            tr!(m, "list-column-items"),
            tr!(m, "list-column-languages"),
        ]);
    let mut unvalidated = false;
    for r in rows {
        let languages: Vec<String> = r
            .languages
            .iter()
            .map(|l| {
                let star = l.validated == Some(false);
                unvalidated |= star;
                format!("{}{}", terminal_safe(&l.lang), if star { "*" } else { "" })
            })
            .collect();
        table.add_row(vec![
            r.id.clone(),
            terminal_safe(&r.title).into_owned(),
            terminal_safe(&r.version).into_owned(),
            r.items.to_string(),
            languages.join(" "),
        ]);
    }
    let mut text = format!("{table}\n");
    if unvalidated {
        text.push_str(&tr!(m, "list-not-validated"));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::ListedLanguage;

    #[test]
    fn the_table_marks_a_translation_not_validated() {
        let language = |lang: &str, validated: Option<bool>| ListedLanguage {
            lang: lang.into(),
            name: lang.into(),
            translation: validated.is_some(),
            validated,
            basis: None,
        };
        let mut row = Listed {
            id: "q".into(),
            title: "Q".into(),
            version: "1.0.0".into(),
            items: 3,
            description: None,
            languages: vec![language("en", None), language("es", Some(false))],
        };
        let m = Messages::new(Lang::En);
        let text = table(std::slice::from_ref(&row), &m);
        assert!(text.contains("LANGUAGES"), "{text}");
        assert!(text.contains("en es*"), "{text}");
        assert!(text.ends_with("* a translation not validated on people; `list --format json` gives each one's basis\n"), "{text}");
        row.languages[1].validated = Some(true);
        let text = table(std::slice::from_ref(&row), &m);
        assert!(
            text.contains("en es\n") || text.contains("en es "),
            "{text}"
        );
        assert!(!text.contains('*'), "{text}");
        // The headers come from the catalogue.
        assert!(table(&[row], &Messages::new(Lang::De)).contains("SPRACHEN"));
    }
}
