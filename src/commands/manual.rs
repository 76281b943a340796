//! What the tool says about itself: `--version`, `completions` and `manpage`.

use clap::{CommandFactory, FromArgMatches};
use roff::{Roff, bold, line_break, roman};

use crate::cli::{Cli, CompletionsArgs, SchemaArgs};
use crate::error::{EXIT_OK, Error};
use crate::output::emit;
use crate::questionnaire::ALL_VERSIONS;

/// The command line, with `--version` listing the bundled questionnaires when `versions`.
///
/// Listing them means parsing each one, so it is done only when the version is asked for.
pub(super) fn command(versions: bool) -> clap::Command {
    let command = Cli::command();
    if versions {
        command.long_version(long_version())
    } else {
        command
    }
}

/// Parses the process's arguments; on a usage error, prints it and exits with 2 (clap's own).
pub(super) fn parse() -> Cli {
    let asks_version = std::env::args_os()
        .skip(1)
        .any(|a| a == "--version" || a == "-V");
    if asks_version {
        // clap prints the version and exits before the settings are made: its heading is in
        // the language of `--lang` (when it names one the interface speaks) or the locale.
        let args: Vec<String> = std::env::args().skip(1).collect();
        let lang = args
            .iter()
            .enumerate()
            .find_map(|(i, a)| match a.strip_prefix("--lang=") {
                Some(tag) => Some(tag.to_owned()),
                None => (a == "--lang").then(|| args.get(i + 1).cloned()).flatten(),
            });
        // The one rule of `--lang` and the locale; a `--lang` it refuses leaves the locale's.
        let langs = crate::settings::Languages::decide(lang.as_deref(), false);
        crate::i18n::set_ui_lang(
            langs.map_or_else(|_| crate::settings::Languages::locale(), |l| l.ui),
        );
    }
    let matches = command(asks_version).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// `0.1.0`, then one line per bundled questionnaire of every version (the current ones
/// first): id, version and the sha256 that its reports carry, so a report can be matched to
/// the binary that made it.
fn long_version() -> String {
    let mut text = format!(
        "{}\n{}",
        env!("CARGO_PKG_VERSION"),
        crate::ui!("cmd-version-bundled")
    );
    let width = ALL_VERSIONS.iter().map(|b| b.id.len()).max().unwrap_or(0);
    for b in ALL_VERSIONS {
        // The tests prove every bundled file loads; the version line never fails for it.
        if let Ok(q) = b.load() {
            text.push_str(&format!(
                "\n  {:width$}  {}  sha256:{}",
                q.id, q.version, q.sha256
            ));
        }
    }
    text
}

/// `powerbalance schema NAME`: the JSON Schema, indented, ending in a newline.
pub(super) fn schema(args: &SchemaArgs) -> Result<u8, Error> {
    let schema = crate::schema::schema(args.name.as_str())
        .ok_or_else(|| Error::Usage(crate::ui!("cmd-schema-unknown", name = args.name.as_str())))?;
    let mut text = serde_json::to_string_pretty(&schema).map_err(anyhow::Error::new)?;
    text.push('\n');
    emit(None, &text, false)?;
    Ok(EXIT_OK)
}

/// `powerbalance completions SHELL`.
pub(super) fn completions(args: &CompletionsArgs) -> Result<u8, Error> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command(false), "powerbalance", &mut out);
    emit(None, &String::from_utf8_lossy(&out), false)?;
    Ok(EXIT_OK)
}

/// One of clap_mangen's section writers.
type Section = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;

/// `powerbalance manpage`: the man page in roff, section 1. clap_mangen writes the name,
/// synopsis, description and options; the commands, examples, exit status, environment and
/// the bundled questionnaires are written here, from the same tables `--help` uses.
pub(super) fn manpage() -> Result<u8, Error> {
    let mut command = command(false);
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    let parts: [Section; 5] = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    for part in parts {
        part(&man, &mut out).map_err(anyhow::Error::new)?;
    }
    let mut roff = Roff::new();
    roff.control("SH", [crate::ui!("cmd-manpage-commands").as_str()]);
    for sub in command.get_subcommands_mut() {
        if sub.get_name() == "help" {
            continue;
        }
        let usage = sub.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage: ");
        roff.control("TP", []);
        roff.text([bold(format!("powerbalance {}", sub.get_name()))]);
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        roff.text([roman(about), line_break(), roman(usage.to_owned())]);
    }
    roff.control("PP", []);
    roff.text([roman(crate::ui!("cmd-manpage-options-hint"))]);
    roff.control("SH", [crate::ui!("cmd-manpage-examples").as_str()]);
    roff.control("nf", []);
    for line in crate::cli::EXAMPLES.lines().skip(1) {
        roff.text([roman(line.trim_start())]);
    }
    roff.control("fi", []);
    roff.control("SH", [crate::ui!("cmd-manpage-exit-status").as_str()]);
    for (code, meaning) in crate::cli::EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", [crate::ui!("cmd-manpage-environment").as_str()]);
    for (name, meaning) in crate::cli::ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", [crate::ui!("cmd-manpage-version").as_str()]);
    roff.control("nf", []);
    for line in long_version().lines() {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
    roff.to_writer(&mut out).map_err(anyhow::Error::new)?;
    emit(None, &String::from_utf8_lossy(&out), false)?;
    Ok(EXIT_OK)
}
