//! The command line made into settings, once, before any work: the report's format and
//! destination by one rule, colour decided once per stream, and each command's options as
//! domain values (fd's `Config`, hyperfine's `Options`). Below the commands, functions take
//! these settings, never clap's structs.

use std::ffi::OsString;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use crate::cli::{self, ColorChoice, FailOn, ScoreArgs};
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::jsonl::batch::BatchFormat;
use crate::questionnaire::Severity;
use crate::report::{Format, Style, WIDTH};
use crate::scoring::Options;

/// Whether to colour each stream, decided once from `--color`, `NO_COLOR`, `TERM` and
/// whether the stream is a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors {
    /// A report written to standard output.
    pub stdout: bool,
    /// `error:` and `warning:` on standard error.
    pub stderr: bool,
    /// The prompts of `take` and `session`, drawn only on a terminal.
    pub prompts: bool,
}

impl Colors {
    /// Decides colour for every stream from `--color` and the environment.
    pub fn decide(choice: ColorChoice) -> Colors {
        Colors {
            stdout: use_color(choice, io::stdout().is_terminal()),
            stderr: use_color(choice, io::stderr().is_terminal()),
            prompts: use_color(choice, true),
        }
    }
}

/// Whether to colour a stream, decided once: `--color`, then `NO_COLOR`, `TERM=dumb`, and
/// whether the stream is a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    color_wanted(choice, is_terminal, |name| std::env::var_os(name))
}

/// [`use_color`] with the environment passed in, so it can be tested.
fn color_wanted(
    choice: ColorChoice,
    is_terminal: bool,
    var: impl Fn(&str) -> Option<OsString>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = var("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = var("TERM").is_some_and(|t| t == "dumb");
            is_terminal && !no_color && !dumb
        }
    }
}

/// What a command writes: one report (whose format a file's name must tell), or a stream of
/// reports, one per line (`score --jsonl`, JSON Lines or CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// One report; `default` is the format when neither `-f` nor `-o` says.
    Report {
        /// The format without `-f` and `-o`.
        default: Format,
    },
    /// One report per line.
    Lines,
}

impl Writes {
    /// One report, a table unless `-f` or `-o` says otherwise.
    pub const TABLE: Writes = Writes::Report {
        default: Format::Table,
    };
}

/// Where a report goes, in which format, and whether it may replace a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTo {
    /// The format, decided by [`pick_format`].
    pub format: Format,
    /// The `-o` file; `None` is standard output.
    pub path: Option<PathBuf>,
    /// `--force`: an existing file may be replaced.
    pub force: bool,
    /// The report language of the human formats (English until [`ReportTo::with_lang`]).
    pub lang: Lang,
}

impl ReportTo {
    /// `-f` and `-o` of a command that writes `writes`, checked.
    pub fn new(to: &cli::ReportOutput, force: bool, writes: Writes) -> Result<ReportTo, Error> {
        Ok(ReportTo {
            format: pick_format(to.format.map(Format::from), to.output.as_deref(), writes)?,
            path: to.output.clone(),
            force,
            lang: Lang::En,
        })
    }

    /// The same report on standard output (the screen `session` may show it on).
    pub fn on_screen(format: Format) -> ReportTo {
        ReportTo {
            format,
            path: None,
            force: false,
            lang: Lang::En,
        }
    }

    /// The same, with its human formats in `lang` (`score` and `history`: the interface
    /// language; `session`: `--report-lang`, else the first person's language).
    pub fn with_lang(self, lang: Lang) -> ReportTo {
        ReportTo { lang, ..self }
    }

    /// How the report looks: colour and the terminal's width for a terminal only; a file
    /// never gets escape codes.
    pub fn style(&self, colors: Colors) -> Style {
        let to_terminal = self.path.is_none() && io::stdout().is_terminal();
        Style {
            color: self.path.is_none() && colors.stdout,
            width: to_terminal
                .then(|| terminal_size::terminal_size_of(io::stdout()))
                .flatten()
                .map(|(terminal_size::Width(w), _)| w.clamp(20, WIDTH)),
            lang: self.lang,
        }
    }
}

/// The one rule for a report's format: `-f` when given; else the format `-o`'s extension
/// names; else the command's default. A name without an extension (or standard output, `-`)
/// is text for a report, and the default for a stream. An extension that names no format
/// (`-o report.pdf`) is refused for a report, rather than text written into a file that
/// claims to be something else; a stream (a pipe's name, a `.jsonl`, a `.log`) gets its
/// default. Then a stream refuses a format that is not one line per report, whether `-f` or
/// `-o` named it, with the same message.
pub fn pick_format(
    flag: Option<Format>,
    path: Option<&Path>,
    writes: Writes,
) -> Result<Format, Error> {
    let named = path.map(|p| (p, p.extension().is_some(), Format::for_path(p)));
    let format = match (flag, named, writes) {
        (Some(f), _, _) => f,
        (None, None, Writes::Report { default }) => default,
        (None, None, Writes::Lines) => Format::Json,
        (None, Some((_, true, Some(f))), _) => f,
        (None, Some(_), Writes::Lines) => Format::Json,
        (None, Some((_, _, Some(f))), Writes::Report { .. }) => f,
        (None, Some((path, _, None)), Writes::Report { .. }) => {
            return Err(Error::Usage(crate::ui!(
                "cmd-report-format-unknown",
                file = path.display().to_string()
            )));
        }
    };
    if writes == Writes::Lines {
        batch_format(format)?;
    }
    Ok(format)
}

/// The stream format of `score --jsonl` for a report format; only JSON and CSV are written
/// one report at a time.
pub fn batch_format(format: Format) -> Result<BatchFormat, Error> {
    match format {
        Format::Json => Ok(BatchFormat::Json),
        Format::Csv => Ok(BatchFormat::Csv),
        Format::Table | Format::Markdown | Format::Html => {
            Err(Error::Usage(crate::ui!("cmd-batch-format")))
        }
    }
}

/// `--no-header` is for CSV only; anything else is a usage error.
pub fn check_no_header(no_header: bool, format: Format) -> Result<(), Error> {
    if no_header && format != Format::Csv {
        return Err(Error::Usage(crate::ui!("cmd-no-header")));
    }
    Ok(())
}

/// The severity `--fail-on` names.
pub fn fail_on(level: Option<FailOn>) -> Option<Severity> {
    level.map(|level| match level {
        FailOn::Warning => Severity::Warning,
        FailOn::Alert => Severity::Alert,
    })
}

/// `score`'s options, checked.
#[derive(Debug, Clone)]
pub struct Score {
    /// The answers files as given (`-`, or none: standard input).
    pub files: Vec<PathBuf>,
    /// `-q`.
    pub questionnaire: Option<String>,
    /// Where the report goes.
    pub to: ReportTo,
    /// `--no-header`, checked against the format.
    pub no_header: bool,
    /// Scoring options (`--show-private`).
    pub options: Options,
    /// `--clinician`.
    pub clinician: bool,
    /// A FHIR response's names, `--respondent` and `--partner`.
    pub names: (Option<String>, Option<String>),
    /// The severity from which the exit code is 3.
    pub fail_on: Option<Severity>,
    /// With `--jsonl`: the stream's settings.
    pub batch: Option<Batch>,
}

/// `score --jsonl`'s own options.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// JSON Lines or CSV.
    pub format: BatchFormat,
    /// `--skip-invalid`.
    pub skip_invalid: bool,
    /// `--lean`.
    pub lean: bool,
    /// Threads to score on.
    pub jobs: usize,
}

impl Score {
    /// `score`'s command line as settings: the format first, then `--no-header` against it.
    pub fn new(args: &ScoreArgs) -> Result<Score, Error> {
        let writes = if args.jsonl {
            Writes::Lines
        } else {
            Writes::TABLE
        };
        let to = ReportTo::new(&args.report, args.force, writes)?;
        check_no_header(args.no_header, to.format)?;
        let batch = args
            .jsonl
            .then(|| -> Result<Batch, Error> {
                Ok(Batch {
                    format: batch_format(to.format)?,
                    skip_invalid: args.skip_invalid,
                    lean: args.lean,
                    jobs: match args.jobs {
                        Some(n) => usize::from(n),
                        None => std::thread::available_parallelism().map_or(1, usize::from),
                    },
                })
            })
            .transpose()?;
        Ok(Score {
            files: args.files.clone(),
            questionnaire: args.questionnaire.clone(),
            to,
            no_header: args.no_header,
            options: Options {
                show_private: args.show_private,
            },
            clinician: args.clinician,
            names: (args.respondent.clone(), args.partner.clone()),
            fail_on: fail_on(args.fail_on),
            batch,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn auto_colours_a_terminal_unless_no_color_or_a_dumb_terminal() {
        use ColorChoice::{Always, Auto, Never};
        assert!(color_wanted(Auto, true, env(&[("TERM", "xterm-256color")])));
        assert!(!color_wanted(Auto, false, env(&[])), "not a terminal");
        assert!(!color_wanted(Auto, true, env(&[("NO_COLOR", "1")])));
        // NO_COLOR counts only when it is not empty (no-color.org).
        assert!(color_wanted(Auto, true, env(&[("NO_COLOR", "")])));
        assert!(!color_wanted(Auto, true, env(&[("TERM", "dumb")])));
        // An explicit choice wins over the environment.
        assert!(color_wanted(Always, false, env(&[("NO_COLOR", "1")])));
        assert!(!color_wanted(Never, true, env(&[])));
    }

    const REPORT: Writes = Writes::TABLE;

    fn pick(flag: Option<Format>, path: Option<&str>, writes: Writes) -> Result<Format, String> {
        pick_format(flag, path.map(Path::new), writes).map_err(|e| e.to_string())
    }

    #[test]
    fn a_report_takes_the_flag_then_the_name_then_its_default() {
        assert_eq!(
            pick(Some(Format::Csv), Some("r.html"), REPORT),
            Ok(Format::Csv)
        );
        assert_eq!(pick(None, Some("r.html"), REPORT), Ok(Format::Html));
        assert_eq!(pick(None, Some("r"), REPORT), Ok(Format::Table));
        assert_eq!(pick(None, Some("-"), REPORT), Ok(Format::Table));
        assert_eq!(pick(None, None, REPORT), Ok(Format::Table));
        let session = Writes::Report {
            default: Format::Markdown,
        };
        assert_eq!(pick(None, None, session), Ok(Format::Markdown));
        assert_eq!(pick(None, Some("notes"), session), Ok(Format::Table));
        assert!(
            pick(None, Some("r.pdf"), REPORT)
                .unwrap_err()
                .contains("`r.pdf`")
        );
        assert!(pick(None, Some("r.jsonl"), REPORT).is_err());
    }

    #[test]
    fn a_stream_refuses_a_reading_format_from_the_flag_and_the_name_alike() {
        let by_flag = pick(Some(Format::Html), None, Writes::Lines).unwrap_err();
        let by_name = pick(None, Some("r.html"), Writes::Lines).unwrap_err();
        assert_eq!(by_flag, by_name);
        assert!(by_flag.starts_with("`--jsonl` writes"), "{by_flag}");
        assert!(pick(None, Some("r.md"), Writes::Lines).is_err());
        assert!(pick(None, Some("r.txt"), Writes::Lines).is_err());
        assert_eq!(pick(None, Some("r.csv"), Writes::Lines), Ok(Format::Csv));
        for name in [
            "r.jsonl",
            "r.json",
            "reports.pipe",
            "-",
            "/dev/stdout",
            "out",
        ] {
            assert_eq!(
                pick(None, Some(name), Writes::Lines),
                Ok(Format::Json),
                "{name}"
            );
        }
        assert_eq!(pick(None, None, Writes::Lines), Ok(Format::Json));
    }
}

/// The languages of a run (SPEC §11), decided once: the interface's, and each person's for
/// `session` (one `--lang` each, `es,en`; one language for both when one is given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages {
    /// What the tool says to whoever runs it: `--lang`'s first language, else the locale's.
    pub ui: Lang,
    /// `session`'s people in order; the same language twice unless `--lang A,B`.
    pub people: [Lang; 2],
    /// Whether `--lang` gave them (else the locale did, and a resumed answers file's own
    /// language wins).
    pub given: bool,
}

impl Languages {
    /// `--lang` (a list only where `people` is true) with this process's locale variables.
    /// A `--lang` it refuses is said in the locale's language ([`Languages::locale`]).
    pub fn decide(arg: Option<&str>, people: bool) -> Result<Languages, Error> {
        Self::from(arg, people, Self::locale())
    }

    /// The language this process's locale variables name (`LC_ALL`, `LC_MESSAGES`, `LANG`):
    /// the interface's when `--lang` is not given, or is refused.
    pub fn locale() -> Lang {
        let var = |name| std::env::var(name).ok();
        let (all, messages, lang) = (var("LC_ALL"), var("LC_MESSAGES"), var("LANG"));
        i18n::from_locale(all.as_deref(), messages.as_deref(), lang.as_deref())
    }

    /// [`Languages::decide`] with the locale's language passed in, so it can be tested.
    fn from(arg: Option<&str>, people: bool, locale: Lang) -> Result<Languages, Error> {
        let m = i18n::Messages::new(locale);
        let Some(arg) = arg else {
            return Ok(Languages {
                ui: locale,
                people: [locale; 2],
                given: false,
            });
        };
        let list = i18n::parse_list(arg).map_err(|e| Error::Usage(e.message(locale)))?;
        match (list.as_slice(), people) {
            ([one], _) => Ok(Languages {
                ui: *one,
                people: [*one; 2],
                given: true,
            }),
            ([a, b], true) => Ok(Languages {
                ui: *a,
                people: [*a, *b],
                given: true,
            }),
            (_, true) => Err(Error::Usage(crate::tr!(
                m,
                "lang-count-session",
                count = list.len()
            ))),
            (_, false) => Err(Error::Usage(crate::tr!(m, "lang-count-one"))),
        }
    }
}

/// The language a person's answers go on in: on a resume (`saved`, the language the file
/// says they were given in) without `--lang` (`given`), that one; else `asked`, the run's.
pub fn resumed_in(saved: Option<Lang>, asked: Lang, given: bool) -> Lang {
    match saved {
        Some(theirs) if !given => theirs,
        _ => asked,
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;

    #[test]
    fn the_flag_then_the_locale() {
        let l = Languages::from(Some("es"), false, Lang::De).unwrap();
        assert_eq!((l.ui, l.people, l.given), (Lang::Es, [Lang::Es; 2], true));
        let l = Languages::from(None, true, Lang::Fr).unwrap();
        assert_eq!((l.ui, l.people, l.given), (Lang::Fr, [Lang::Fr; 2], false));
    }

    #[test]
    fn one_language_per_person_only_for_a_session() {
        let l = Languages::from(Some("es,en"), true, Lang::En).unwrap();
        assert_eq!((l.ui, l.people), (Lang::Es, [Lang::Es, Lang::En]));
        // Two languages outside a session, three, an unknown one, an empty second.
        for (given, session) in [
            ("es,en", false),
            ("es,en,fr", true),
            ("xx", true),
            ("es,", true),
        ] {
            assert!(
                matches!(
                    Languages::from(Some(given), session, Lang::En),
                    Err(Error::Usage(_))
                ),
                "{given} (session: {session})"
            );
        }
    }

    #[test]
    fn a_resume_goes_on_in_its_own_language_unless_lang_says_otherwise() {
        assert_eq!(resumed_in(Some(Lang::Es), Lang::En, false), Lang::Es);
        assert_eq!(resumed_in(Some(Lang::Es), Lang::De, true), Lang::De);
        assert_eq!(resumed_in(None, Lang::Fr, false), Lang::Fr);
    }

    /// A `--lang` refused is said in the locale's language, as every other error is.
    #[test]
    fn a_refused_flag_is_said_in_the_locales_language() {
        let said = |given, session, locale| match Languages::from(Some(given), session, locale) {
            Err(Error::Usage(text)) => text,
            other => panic!("{given}: {other:?}"),
        };
        assert!(said("es,en", false, Lang::Es).starts_with("aquí `--lang`"));
        assert!(said("es,en,fr", true, Lang::De).ends_with("nicht 3"));
        assert!(said("xx", true, Lang::Fr).starts_with("langue inconnue"));
        assert!(said("es,en", false, Lang::En).contains("only `session`"));
    }
}
