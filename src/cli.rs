//! The command line as syntax only (clap). `app.rs` turns it into actions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The examples closing `-h`; `--help` adds the exit codes and the environment.
pub const EXAMPLES: &str = "\
Examples:
  powerbalance list
  powerbalance template -q relationship-short > answers.json
  powerbalance score examples/alex.json examples/sam.json
  powerbalance score couple.json --format json | jq '.imbalance.power_index'
  powerbalance score --jsonl couples.jsonl --format csv > scores.csv
  powerbalance simulate --count 1000 --seed 7 --pairs > couples.jsonl
  powerbalance stats couples.jsonl
  powerbalance validate my-questionnaire.toml";

/// The exit codes (SPEC §2), for `--help` and the man page.
pub const EXIT_CODES: &[(u8, &str)] = crate::exit_codes::MEANINGS;

/// The environment variables the tool reads, for `--help` and the man page.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "when set and not empty, no colour under --color auto",
    ),
    ("TERM", "`dumb` turns colour off under --color auto"),
    (
        "XDG_DATA_HOME",
        "where take and session save answers: $XDG_DATA_HOME/powerbalance/",
    ),
    (
        "HOME",
        "without XDG_DATA_HOME, ~/.local/share/powerbalance/ (on macOS, \
         ~/Library/Application Support/powerbalance/)",
    ),
    (
        "LC_ALL",
        "without --lang, the language (the first set of LC_ALL, LC_MESSAGES, LANG; \
         es_ES.UTF-8 gives es); unsupported ones, C and POSIX give English",
    ),
    ("LC_MESSAGES", "see LC_ALL"),
    ("LANG", "see LC_ALL"),
];

/// `--help`'s closing sections: the examples, the exit codes and the environment.
fn long_help() -> String {
    let mut text = format!("{EXAMPLES}\n\nExit codes:");
    for (code, meaning) in EXIT_CODES {
        text.push_str(&format!("\n  {code:<4} {meaning}"));
    }
    text.push_str("\n\nEnvironment:");
    for (name, meaning) in ENVIRONMENT {
        text.push_str(&format!("\n  {name:<14} {meaning}"));
    }
    text
}

/// Assess the balance of power between two people, from a questionnaire each answers.
///
/// Each person answers questions about themselves and about the other, on the bases of power
/// (coercive, reward, legitimate, connection, referent, informational, expert) and on four
/// markers of a balanced relationship. The report shows each person's profile, the imbalance
/// between them, and what may be worth talking about. It is not a diagnosis.
#[derive(Debug, Parser)]
#[command(name = "powerbalance", version, after_help = EXAMPLES, after_long_help = long_help())]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// When to use colour (`auto` honours NO_COLOR, TERM=dumb and whether output is a terminal).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// The language to speak: en, es, fr, de or pt-BR (default: LC_ALL, LC_MESSAGES or LANG,
    /// else English). `session` takes one per person: `--lang es,en`.
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a questionnaire at the terminal, one question at a time, then see the report.
    #[command(after_help = "\
Examples:
  powerbalance take
  powerbalance take -q relationship-short --respondent Alex --partner Sam
  powerbalance take --resume ~/.local/share/powerbalance/answers/alex-relationship-20261122T062000Z.json
  powerbalance take --plain < answers.txt        (one answer per line: a digit, s to skip, b back)
  powerbalance take --answers alex.json --no-input -f json
  powerbalance take --lang es                    (questions and screens in Spanish)")]
    Take(TakeArgs),
    /// Two people answer in turn on one terminal (a therapist's session), then the joint report.
    #[command(after_help = "\
Examples:
  powerbalance session --people Alex Sam
  powerbalance session --people Alex Sam --save-dir ~/sessions/alex-sam
  powerbalance session --people Ana Ben --lang es,en       (each in their own language)
  (run the same command again to go on after an interruption)")]
    Session(SessionArgs),
    /// Score JSON answers (one person, or two) and print the report.
    #[command(after_help = "\
Examples:
  powerbalance score examples/alex.json examples/sam.json
  powerbalance score couple.json --format json
  powerbalance score alex.json sam.json -o report.html
  cat alex.json | powerbalance score - --format json
  powerbalance score alex.json sam.json --fail-on alert && echo 'no alert'
  powerbalance score --jsonl couples.jsonl > reports.jsonl
  powerbalance score --jsonl couples.jsonl --format csv --skip-invalid -o scores.csv
  powerbalance simulate --count 5 --pairs | powerbalance score --jsonl")]
    Score(ScoreArgs),
    /// Check questionnaire TOML files and say what is wrong, with file:line:column.
    #[command(after_help = "\
Examples:
  powerbalance validate my-questionnaire.toml
  powerbalance validate questionnaires/*.toml")]
    Validate(ValidateArgs),
    /// List the bundled questionnaires.
    #[command(after_help = "\
Examples:
  powerbalance list
  powerbalance list --format json")]
    List(ListArgs),
    /// Print a JSON answers skeleton: every item id with a null value.
    #[command(after_help = "\
Examples:
  powerbalance template > answers.json
  powerbalance template -q workplace --respondent Ana --partner Ben
  powerbalance template | jq '.answers |= map_values(3)' | powerbalance score -")]
    Template(TemplateArgs),
    /// Print synthetic answer sets as JSON Lines, the same for the same seed.
    ///
    /// Each person gets a latent level per dimension, and each answer is that level plus
    /// noise, so the scales hang together as real ones do. For demos, tests and benchmarks;
    /// the numbers describe no one.
    #[command(after_help = "\
Examples:
  powerbalance simulate --count 3
  powerbalance simulate --count 1000 --seed 7 --pairs > couples.jsonl
  powerbalance simulate -q workplace --count 500 --skip-rate 0.05 -o workplace.jsonl
  powerbalance simulate --count 100 --pairs | powerbalance score --jsonl --format csv")]
    Simulate(SimulateArgs),
    /// Instrument statistics over many answer sets: means, alpha, item-total correlations.
    ///
    /// For each dimension and view (self, partner): n, mean, standard deviation, Cronbach's
    /// alpha, corrected item-total correlations and response frequencies; for couples, the
    /// correlation between a person's self view and the other's view of them. The formulas
    /// and the handling of missing answers are in docs/stats.md.
    #[command(after_help = "\
Examples:
  powerbalance stats couples.jsonl
  powerbalance stats couples.jsonl --format json | jq '.dimensions[] | {id, alpha: .views.self.alpha}'
  powerbalance simulate --count 2000 --pairs | powerbalance stats
  powerbalance stats my-clinic-sample.jsonl -q my-questionnaire.toml --norms")]
    Stats(StatsArgs),
    /// The same people's answers from several sittings, side by side: change, and reliable
    /// change where the questionnaire gives norms.
    ///
    /// Reads saved answers files, or folders of them (a session folder, or a folder of
    /// those); `--people` finds them in your data directory. Groups them into sittings,
    /// orders the sittings by their `completed` time, and shows every score at each sitting
    /// with its change from the first and from the previous sitting.
    #[command(after_help = "\
Examples:
  powerbalance history --people Alex Sam
  powerbalance history --people Alex -f json
  powerbalance history ~/sessions/alex-sam/ -o history.html
  powerbalance history week1/ week6/ week12/ -q my-questionnaire-1.toml -q my-questionnaire-2.toml")]
    History(HistoryArgs),
    /// Print shell completions for bash, zsh, fish, elvish or PowerShell.
    #[command(after_help = "\
Examples:
  powerbalance completions bash > ~/.local/share/bash-completion/completions/powerbalance
  powerbalance completions zsh > ~/.zfunc/_powerbalance
  powerbalance completions fish > ~/.config/fish/completions/powerbalance.fish")]
    Completions(CompletionsArgs),
    /// HL7 FHIR R4: a questionnaire as a Questionnaire, answers as a QuestionnaireResponse.
    #[command(after_help = "\
Examples:
  powerbalance fhir questionnaire -q relationship-short > questionnaire.json
  powerbalance fhir response examples/alex.json > alex-response.json
  powerbalance score alex-response.json          (score reads a QuestionnaireResponse too)")]
    Fhir(FhirArgs),
    /// Print the JSON Schema (draft 2020-12) of a machine interface.
    #[command(after_help = "\
Examples:
  powerbalance schema report > report.schema.json
  powerbalance schema answers | jq '.properties | keys'")]
    Schema(SchemaArgs),
    /// Print the man page (roff) on standard output.
    #[command(after_help = "\
Examples:
  powerbalance manpage > ~/.local/share/man/man1/powerbalance.1
  powerbalance manpage | man -l -")]
    Manpage,
}

/// Options of `history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Saved answers files, or folders of them (searched a few levels deep); `-`: one
    /// answers file on standard input.
    #[arg(value_name = "FILE|DIR", required_unless_present = "people")]
    pub paths: Vec<PathBuf>,

    /// Find the sittings of these people (one or two names) in your data directory; with
    /// FILE|DIR, take only their answers from those.
    #[arg(long, num_args = 1..=2, value_names = ["NAME", "NAME"])]
    pub people: Option<Vec<String>>,

    /// A questionnaire (bundled id or .toml path) the answers were on; give it once per
    /// version [default: the bundled one each file names].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Vec<String>,

    /// Where the history goes, and in which format.
    #[command(flatten)]
    pub report: ReportOutput,

    /// Include private results even in a history of two people.
    #[arg(long)]
    pub show_private: bool,

    /// Replace the -o file if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

/// Options of `fhir`.
#[derive(Debug, Args)]
pub struct FhirArgs {
    /// Which resource.
    #[command(subcommand)]
    pub resource: FhirResource,
}

/// The FHIR resources `fhir` writes.
#[derive(Debug, Subcommand)]
pub enum FhirResource {
    /// A questionnaire as an R4 Questionnaire: a group per dimension, a choice per question.
    Questionnaire(FhirQuestionnaireArgs),
    /// One person's answers file as an R4 QuestionnaireResponse.
    Response(FhirResponseArgs),
}

/// Options of `fhir questionnaire`.
#[derive(Debug, Args)]
pub struct FhirQuestionnaireArgs {
    /// A bundled questionnaire id or a path to a .toml file.
    #[arg(short, long, value_name = "NAME|PATH", default_value = "relationship")]
    pub questionnaire: String,

    /// Write the resource to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

/// Options of `fhir response`.
#[derive(Debug, Args)]
pub struct FhirResponseArgs {
    /// One person's answers file (`-`: standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// A bundled questionnaire id or a path to a .toml file [default: the answers' own].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Option<String>,

    /// Write the resource to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

/// Options of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which interface: answers (JSON in), report (score --format json, one per line with
    /// --jsonl), stats (stats --format json), list (list --format json) or history
    /// (history --format json).
    #[arg(value_enum, value_name = "NAME")]
    pub name: SchemaName,
}

/// The interfaces `schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    /// Answers files and JSON Lines answers (SPEC §4).
    Answers,
    /// The JSON report (SPEC §7).
    Report,
    /// `stats --format json`.
    Stats,
    /// `list --format json`.
    List,
    /// `history --format json`.
    History,
}

impl SchemaName {
    /// The name as `schema` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaName::Answers => "answers",
            SchemaName::Report => "report",
            SchemaName::Stats => "stats",
            SchemaName::List => "list",
            SchemaName::History => "history",
        }
    }
}

/// Options of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// Options of `score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answer files: one object each, or one file with an array of two. `-` or none: stdin.
    /// With `--jsonl`, any number of JSON Lines files.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// A bundled questionnaire id or a path to a .toml file [default: the answers' own].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Option<String>,

    /// Where the report goes, and in which format.
    #[command(flatten)]
    pub report: ReportOutput,

    /// Read JSON Lines: one answers object, or a couple's array of two, per line.
    ///
    /// Writes one report per line (json), or one CSV header and the two rows of each report
    /// (csv), as it reads: from a pipe or a terminal, the reports of the lines so far are
    /// written before it waits for more, so a program can send a line and read its report.
    /// A bad line stops the run with its file and line number.
    #[arg(long)]
    pub jsonl: bool,

    /// With --jsonl: report a bad line on standard error and go on, instead of stopping.
    #[arg(long, requires = "jsonl")]
    pub skip_invalid: bool,

    /// With --jsonl: score on N threads (1: on one) [default: the cores available].
    ///
    /// The output is the same whatever N: in input order, byte for byte. A FILE under 1 MiB
    /// is scored on one thread, where more would cost more than they save (standard input
    /// gets N, as its size is not known).
    #[arg(long, value_name = "N", requires = "jsonl", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// With --jsonl: lean JSON reports, without the text every line of a questionnaire
    /// shares (the rules' prompt and basis, the resources); rule ids stay, to join it back.
    #[arg(long, requires = "jsonl")]
    pub lean: bool,

    /// For a FHIR QuestionnaireResponse: the respondent's name [default: its author.display].
    #[arg(long, value_name = "NAME", conflicts_with = "jsonl")]
    pub respondent: Option<String>,

    /// For a FHIR QuestionnaireResponse: the partner's name [default: its subject.display].
    #[arg(long, value_name = "NAME", conflicts_with = "jsonl")]
    pub partner: Option<String>,

    /// With --format csv: leave out the header row (to join shards, say).
    #[arg(long)]
    pub no_header: bool,

    /// Include private results even in a report of two people.
    #[arg(long)]
    pub show_private: bool,

    /// The clinician report of two people's answers: both people's private results, the
    /// resources, and the next step (as `session` writes it). Not for a shared screen.
    #[arg(long, conflicts_with_all = ["jsonl", "show_private"])]
    pub clinician: bool,

    /// Exit with code 3 when a rule of at least this severity is in the report.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

/// Options of `take`.
#[derive(Debug, Args)]
pub struct TakeArgs {
    /// A bundled questionnaire id or a path to a .toml file [default: relationship, or the
    /// one named in --resume/--answers].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Option<String>,

    /// Your name (asked when not given).
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,

    /// The other person's name (asked when not given).
    #[arg(long, value_name = "NAME")]
    pub partner: Option<String>,

    /// Save the answers to FILE [default: a new file in your data directory].
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub save: Option<PathBuf>,

    /// Go on with the answers saved in FILE, where you stopped; saves back to FILE.
    #[arg(long, value_name = "FILE", conflicts_with = "answers")]
    pub resume: Option<PathBuf>,

    /// Start from the answers in FILE and ask only the missing items.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Never prompt: fail unless --answers gives every item.
    #[arg(long)]
    pub no_input: bool,

    /// Line-by-line mode for screen readers and simple terminals: reads answers as lines.
    #[arg(long)]
    pub plain: bool,

    /// Ask the items in a shuffled order, mixing the sections.
    #[arg(long)]
    pub shuffle: bool,

    /// The shuffle's seed, saved with the answers [default: a random one].
    #[arg(long, value_name = "N", requires = "shuffle")]
    pub seed: Option<u64>,

    /// Where the report goes, and in which format.
    #[command(flatten)]
    pub report: ReportOutput,

    /// Replace existing files named by --save or -o (never a link or anything but a file).
    #[arg(long)]
    pub force: bool,

    /// Keep the answers in memory only: nothing is written to disk (Ctrl-C loses them).
    #[arg(long, conflicts_with_all = ["save", "resume"])]
    pub no_save: bool,
}

/// Options of `session`.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The two people, in the order they answer (asked when not given).
    #[arg(long, num_args = 2, value_names = ["NAME", "NAME"])]
    pub people: Option<Vec<String>>,

    /// The session folder: both answer files and the two reports [default: the latest
    /// unfinished session of these two people in your data directory, else a new one].
    #[arg(long, value_name = "DIR")]
    pub save_dir: Option<PathBuf>,

    /// A bundled questionnaire id or a path to a .toml file [default: the one the session's
    /// saved answers name, else relationship].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Option<String>,

    /// Line-by-line mode for screen readers and simple terminals: reads answers as lines.
    /// It cannot clear the screen, so the private items are left for each person to
    /// answer alone, later.
    #[arg(long)]
    pub plain: bool,

    /// Give each person their own shuffled order of the items.
    #[arg(long)]
    pub shuffle: bool,

    /// The shuffle's seed (the second person gets seed + 1), saved with the answers
    /// [default: a random one].
    #[arg(long, value_name = "N", requires = "shuffle")]
    pub seed: Option<u64>,

    /// Never prompt (a session cannot run so; says what to do instead).
    #[arg(long)]
    pub no_input: bool,

    /// Where the joint report goes, and in which format.
    #[command(flatten)]
    pub report: ReportOutput,

    /// Replace the -o file if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,

    /// Keep the answers in memory only: nothing is written to disk (Ctrl-C loses them).
    #[arg(long, conflicts_with = "save_dir")]
    pub no_save: bool,

    /// The language of the joint and clinician reports (default: the first person's).
    #[arg(long, value_name = "LANG")]
    pub report_lang: Option<String>,
}

/// `-f` and `-o`, shared by the commands that print a report.
#[derive(Debug, Args)]
pub struct ReportOutput {
    /// Report format [default: from -o's extension, else table; json with score --jsonl].
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Write the report to FILE instead of standard output (.json .md .html .csv pick the format).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Options of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Questionnaire TOML files to check.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// Options of `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Also list the older versions still bundled (use one with `-q ID@VERSION`).
    #[arg(long)]
    pub all: bool,
}

/// Options of `template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// A bundled questionnaire id or a path to a .toml file.
    #[arg(short, long, value_name = "NAME|PATH", default_value = "relationship")]
    pub questionnaire: String,

    /// The name to put in `respondent`.
    #[arg(long, value_name = "NAME", default_value = "Person A")]
    pub respondent: String,

    /// The name to put in `partner`.
    #[arg(long, value_name = "NAME", default_value = "Person B")]
    pub partner: String,

    /// Write the skeleton to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

/// Options of `simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// A bundled questionnaire id or a path to a .toml file.
    #[arg(short, long, value_name = "NAME|PATH", default_value = "relationship")]
    pub questionnaire: String,

    /// How many lines (answer sets, or couples with --pairs) to print.
    #[arg(short = 'n', long, value_name = "N")]
    pub count: u64,

    /// The random seed: the same seed gives the same lines (for one powerbalance version).
    #[arg(long, value_name = "S", default_value_t = 0)]
    pub seed: u64,

    /// Print couples: each line an array of the two people's answers (`P000001-A`, `-B`).
    #[arg(long)]
    pub pairs: bool,

    /// Leave each answer null (skipped) with this probability, from 0 to 1.
    #[arg(long, value_name = "R", default_value_t = 0.0, value_parser = parse_rate)]
    pub skip_rate: f64,

    /// Draw every item, safety items included, from the latent model alone, as versions
    /// before 0.2 did (no base rates, no gates); most such people endorse some threat.
    #[arg(long)]
    pub uniform: bool,

    /// Write the lines to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,
}

fn parse_rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!(
            "`{text}` is not a rate; allowed: a number from 0 to 1"
        )),
    }
}

/// Options of `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// JSON Lines answer files (an object, or an array of two, per line). `-` or none: stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// A bundled questionnaire id or a path to a .toml file [default: the answers' own].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub questionnaire: Option<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,

    /// Write the statistics to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (never a link or anything but a regular file).
    #[arg(long)]
    pub force: bool,

    /// Report a bad line on standard error and go on, instead of stopping.
    #[arg(long)]
    pub skip_invalid: bool,

    /// Print `[dimensions.norms]` blocks (sd, reliability, n, basis) to paste into the
    /// questionnaire, for `history`'s reliable change; see docs/stats.md first.
    #[arg(long, conflicts_with = "format")]
    pub norms: bool,
    /// Include the private dimensions and their items (left out by default: over a
    /// couple's two files, a frequency would let each read the other's private answer).
    #[arg(long)]
    pub show_private: bool,
}

/// Formats of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Tables for people to read.
    Table,
    /// One JSON object, for scripts.
    Json,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables and bars for people to read at a terminal.
    Table,
    /// One JSON object, the stable interface for scripts.
    Json,
    /// Markdown, for session notes.
    Markdown,
    /// One self-contained HTML page with charts; loads nothing from the network.
    Html,
    /// One row per person, columns documented in the README.
    Csv,
}

impl From<Format> for crate::report::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Table => crate::report::Format::Table,
            Format::Json => crate::report::Format::Json,
            Format::Markdown => crate::report::Format::Markdown,
            Format::Html => crate::report::Format::Html,
            Format::Csv => crate::report::Format::Csv,
        }
    }
}

/// Formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Table,
    /// A JSON array.
    Json,
}

/// Severities `--fail-on` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// A warning or an alert.
    Warning,
    /// An alert.
    Alert,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When the stream is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
