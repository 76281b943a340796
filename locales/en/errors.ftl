# The English messages of the errors area: every error and warning powerbalance writes on
# standard error, and the human (non-JSON) lines of the small commands. The fallback for every
# other locales/LANG/errors.ftl, which has exactly the same ids and variables.
#
# Written today as literals in the code named above each message; the English here is the
# code's byte for byte (a few counts gain the singular they lacked: see "plural" below).
#
# Conventions for the wiring round:
# - The location ("file:line:column: ") stays outside every message: the code writes it
#   (AnswersError's Display, QuestionnaireError::lines), as do "error: " / "warning: ".
# - Ids, values, names and file names the user typed are passed as they are and shown as
#   typed (inside backticks where the English has them).
# - Counts that select a plural are passed as numbers (FluentValue::from(n)).
# - A number echoed from a file (a scale's min, `at_least = 1.5`, `min_answered is 2`) is
#   passed as TEXT, as Rust's Display writes it today: it quotes the file, so it is never
#   localized (a decimal point stays a point), and an i64 stays exact.
# - $suggestion is always the text of error-did-you-mean, or "" when there is no near name.
# - Plural: where the English code wrote a plural even for 1 ("1 rules"), the English here
#   says "1 rule"; no test or snapshot has a count of 1 there.

## Prefixes and shared pieces

# src/output.rs: fn print_error, fn print_warning. The word before the ":" of every line on
# standard error (the code adds the ":" and the colour).
error-prefix-error = error
error-prefix-warning = warning

# src/suggest.rs: fn did_you_mean. Appended right after a name in many messages, so it starts
# with a space. $candidate: the near id found (an id of the file, shown as written).
error-did-you-mean = { " " }(did you mean `{ $candidate }`?)

# src/questionnaire/validate.rs: fn list_or_none ("defined scales: none"); src/answers/mod.rs:
# fn unknown_version ("the current version, none"). It stands for no scale and no version, so
# a translation agrees with those nouns.
error-list-none = none

# src/limits.rs: fn size_words. $mib: the size in MiB, a whole number.
error-size-mib = { $mib } MiB

## What a system error means (src/error.rs: fn io_words)

# Each follows "CONTEXT: " (a message of "Contexts" below), joined by ": " in fn io_message.
# Other system errors keep the system's own (English) words. `error-io-device` is `EIO`.
error-io-not-found = there is no such file or folder
error-io-permission-denied = permission denied
error-io-already-exists = it already exists
error-io-storage-full = the disk is full
error-io-quota-exceeded = the disk quota is used up
error-io-is-a-directory = it is a folder, not a file
error-io-not-a-directory = a part of the path is not a folder
error-io-read-only = the file system is read-only
error-io-invalid-data = the file is not valid text
error-io-interrupted = interrupted
error-io-broken-pipe = the other end of the pipe closed
error-io-file-too-large = the file would be larger than this system allows
error-io-name-too-long = the path, or a name in it, is too long
error-io-device = the disk or device could not be read or written
error-io-ended-early = the file ended sooner than expected

## Contexts: what was being done when reading or writing failed (anyhow contexts)

# $file: the path as the user gave it.
# src/commands/mod.rs: fn read_questionnaire.
error-context-reading-questionnaire = reading questionnaire `{ $file }`
# src/commands/mod.rs: fn read_input; src/commands/batch.rs: Inputs::open, fn stopped.
error-context-reading-answers = reading answers `{ $file }`
# src/output.rs: fn emit, Sink::open, Sink::finish (the Sink's name is "`FILE`" today: pass
# the path instead); src/commands/batch.rs: fn stopped; src/commands/simulate.rs.
error-context-writing-file = writing `{ $file }`
# src/output.rs: fn emit, Sink::finish.
error-context-writing-stdout = writing to standard output
# src/commands/batch.rs: fn stopped, when the output is standard output (Sink::name, and the
# literal "standard output" that src/commands/stats.rs passes); src/commands/simulate.rs.
# The same English as today ("writing " + "standard output"); it may become
# error-context-writing-stdout if one wording for both is wanted.
error-context-writing-stdout-sink = writing standard output
# src/output.rs: fn check_target.
error-context-checking = checking `{ $file }`
# src/output.rs: Claim::take.
error-context-claiming = claiming `{ $file }` for this run
# src/commands/list.rs, src/commands/template.rs, src/commands/stats.rs: serde_json failing
# (it cannot for these values, but the context is written).
error-context-serializing-list = serializing the list
error-context-serializing-template = serializing the template
error-context-serializing-statistics = serializing statistics

## Files powerbalance refuses to write (src/output.rs)

# fn check_target. $file: the path given to -o; $folder: the folder it would go in.
error-write-folder-missing = cannot write `{ $file }`: the folder `{ $folder }` does not exist; create it or choose another place
error-write-symlink = `{ $file }` is a symbolic link; powerbalance never writes through a link, which someone else could have placed. Remove it, or choose another file
error-write-not-regular = `{ $file }` is not a regular file; choose a file name
error-write-exists = `{ $file }` already exists; add --force to replace it, or choose another file
# Claim::take. $file: the answers file a session saves to.
error-claim-in-use = `{ $file }` is in use by another powerbalance right now; finish or stop that one first (two at once would lose one person's answers)
error-claim-busy = `{ $file }` is being claimed and released by other processes; try again

## Command line (src/commands/mod.rs)

# fn check_no_header.
cmd-no-header = `--no-header` leaves out the header row of `--format csv`; other formats have none
# fn report_format. $file: the -o path.
cmd-report-format-unknown = cannot tell the report format from the name `{ $file }`; powerbalance writes text (.txt), JSON (.json), Markdown (.md), HTML (.html) or CSV (.csv): name the file so, or give --format
# fn load_questionnaire. $spec: what -q said; $bundled: the bundled ids, joined by ", ".
cmd-unknown-questionnaire = unknown questionnaire `{ $spec }`{ $suggestion }; bundled: { $bundled } (`ID@VERSION` for an older version, see `powerbalance list --all`); or give a path to a .toml file
# fn read_questionnaire (a questionnaire problem, with no position). $limit: error-size-mib.
cmd-questionnaire-too-large = the file is larger than { $limit }, the most a questionnaire may be
# fn read_input (an answers error). $limit: error-size-mib.
cmd-answers-too-large = the input is larger than { $limit }, the most an answers file may be; to score many answer sets, put one per line and use `score --jsonl`

## score (src/commands/score.rs: fn score)

# $count: how many files were given (3 or more).
cmd-score-too-many-files = `score` takes one or two answer files, one per person, but { $count } were given
cmd-score-names-not-fhir = `--respondent` and `--partner` name the people of a FHIR QuestionnaireResponse; an answers file names them itself
# An answers error; $count: how many answer objects the files held (3 or more).
cmd-score-too-many-sets = { $count } answer objects were given; a report takes one person's answers, or two people's
# An answers error. $version: the version the FHIR response names; $questionnaire: the id
# loaded; $loaded: the version loaded.
cmd-score-fhir-version = the response is for version { $version } of `{ $questionnaire }`, but version { $loaded } was loaded; pass `-q PATH` with that version's file
cmd-score-clinician-needs-two = `score --clinician` makes the report of a session: give both people's answer files

## score --jsonl and stats (src/commands/batch.rs)

# fn score_jsonl.
cmd-batch-format = `--jsonl` writes `--format json` (one report per line) or `--format csv`, not reports for reading; score one couple at a time for those
# Inputs::new.
cmd-batch-stdin-once = standard input (`-`) can be read only once; put both answer objects in one JSON array, or use files
# Reporter::start: the template of the progress bar (indicatif). Pass each variable the
# indicatif placeholder it stands for, so that the result is the template of today:
# prefix = "{prefix}", bar = "{bar:30}", done = "{bytes}", total = "{total_bytes}",
# rate = "{bytes_per_sec}", eta = "{eta}". The bar itself shows the file name and sizes.
cmd-batch-progress = { $prefix } [{ $bar }] { $done }/{ $total } ({ $rate }, { $eta } left)
# Reporter::invalid, a warning. $error: the whole answers error line
# ("FILE:LINE:COLUMN: MESSAGE", as AnswersError's Display writes it).
cmd-batch-skipped-line = skipped { $error }
# Reporter::summarize, a warning. $skipped: lines skipped (a number, 1 or more); $lines:
# lines read (a number).
cmd-batch-skipped-summary = { $skipped ->
        [one] skipped { $skipped } invalid line of { $lines } read
       *[other] skipped { $skipped } invalid lines of { $lines } read
    }

## validate (src/commands/validate.rs: fn validate)

# One line on standard output per valid questionnaire file. $file: the path; $id, $version:
# the questionnaire's (as written); $dimensions, $items, $rules: counts (numbers).
cmd-validate-ok = { $file }: ok ({ $id } { $version }: { $dimensions ->
        [one] { $dimensions } dimension
       *[other] { $dimensions } dimensions
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }, { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    })

## template (src/commands/template.rs: fn template)

# $problem: the text of answers-name-empty or answers-names-same.
cmd-template-names = { $problem } (--respondent and --partner)

## stats (src/commands/stats.rs: fn stats)

# An answers error (the file names joined by ", " are its location).
cmd-stats-nothing-read = no answer sets were read; give JSON Lines with one answers object, or an array of two, per line

## fhir (src/commands/fhir.rs: fn fhir)

cmd-fhir-already-fhir = this is a FHIR resource already; `fhir response` takes a powerbalance answers file (`powerbalance score` reads a QuestionnaireResponse as it is)
cmd-fhir-two-people = the file holds two people's answers; a QuestionnaireResponse is one person's, so give each person's answers in a file of their own

## schema, --version and the man page (src/commands/manual.rs)

# fn schema. $name: the schema asked for.
cmd-schema-unknown = no schema `{ $name }`
# fn long_version: the heading of the list of bundled questionnaires in `--version` (and in
# the man page's VERSION section). The version number before it and the lines after stay.
cmd-version-bundled = bundled questionnaires:
# fn manpage: the section headings the code writes (clap_mangen writes NAME, SYNOPSIS,
# DESCRIPTION, OPTIONS itself) and the sentence after the commands. Upper case by man-page
# convention.
cmd-manpage-commands = COMMANDS
cmd-manpage-examples = EXAMPLES
cmd-manpage-exit-status = EXIT STATUS
cmd-manpage-environment = ENVIRONMENT
cmd-manpage-version = VERSION
cmd-manpage-options-hint = Each command lists its options with powerbalance COMMAND --help.

## Answers files (src/answers/mod.rs)

# AnswersError::from_json. $detail: serde_json's own message (English; it names what was
# found and expected), without its " at line L column C".
answers-invalid-json = invalid answers JSON: { $detail }
# fn no_duplicates (a serde custom error, so it reaches the user through answers-invalid-json).
# $item: the item id, cut to 64 characters.
answers-item-twice = item `{ $item }` is given twice in `answers`; give each item once
# fn parse_file.
answers-empty = the input is empty; give a JSON answers object (`powerbalance template` prints one)
# fn parse_file. $count: answer objects in the array (0, or 3 or more).
answers-array-count = the array holds { $count } answer objects; allowed: one object, or an array of two (one per person)
# fn named_questionnaire.
answers-no-questionnaire = the answers have no `questionnaire` field; add one (e.g. "relationship") or pass `-q NAME|PATH`
# fn named_questionnaire. $id: the id the answers name; $bundled: bundled ids joined by ", ".
answers-questionnaire-not-bundled = the answers name questionnaire `{ $id }`, which is not bundled{ $suggestion } (bundled: { $bundled }); pass `-q PATH` for your own
# fn unknown_version. $version: the version the answers name; $id: their questionnaire;
# $versions: its bundled versions joined by ", "; $current: its current version, or
# error-list-none.
answers-version-not-bundled = these answers are for version { $version } of `{ $id }`, which is not bundled (bundled versions: { $versions }); fix or remove the `version` field (without it the current version, { $current }, is used), or pass `-q PATH` for your own file
# AnswerSet::check_slots. $id: the questionnaire the answers name; $loaded: the one loaded.
answers-other-questionnaire = these answers are for questionnaire `{ $id }`, but `{ $loaded }` was loaded; pass `-q { $id }` or fix the `questionnaire` field
# AnswerSet::check_slots. $version: the version the answers name; $id: the questionnaire;
# $loaded: the version loaded.
answers-other-version = these answers are for version { $version } of `{ $id }`, but version { $loaded } was loaded; leave out `-q` to score them with the version they name, or pass `-q { $id }@{ $version }`
# AnswerSet::check_slots. $item: the item id as written (cut to 64 characters); $respondent:
# the respondent's name (cut to 200 characters); $questionnaire: the loaded id.
answers-unknown-item = unknown item `{ $item }` in { $respondent }'s answers{ $suggestion }; `powerbalance template -q { $questionnaire }` lists every item id
# AnswerSet::check_slots, the closure `problem`. $value: the value as written, or one of the
# answers-value-* descriptions below; $min, $max: the item's scale (as text).
answers-value-off-scale = item `{ $item }` in { $respondent }'s answers: { $value } is off the scale; allowed: a whole number from { $min } to { $max }, or null to skip
answers-value-not-whole = item `{ $item }` in { $respondent }'s answers: { $value } is not a whole number; allowed: a whole number from { $min } to { $max }, or null to skip
# AnswerValue::from_json: what a value that is not a number is, for the two messages above
# (today built while parsing, into AnswerValue::Invalid). $text: the text, cut to 40
# characters and quoted as Rust's {:?} writes it (with its double quotes).
answers-value-text = the text { $text }
answers-value-list = a list
answers-value-object = an object
# fn check_names (also used by `template` and `take`). $field: `respondent` or `partner`
# (the JSON key, never translated).
answers-name-empty = `{ $field }` is empty; give the person's name or a label such as "A"
# fn check_names. $name: the name both give (trimmed, cut to 200 characters).
answers-names-same = `respondent` and `partner` are both "{ $name }"; they must name two different people
# Pair::couple. The four names as the answers give them.
answers-names-do-not-pair = the names do not pair up: the first answers are { $first_respondent } about { $first_partner }, the second { $second_respondent } about { $second_partner }; the second must be { $first_partner } about { $first_respondent }

## JSON Lines (src/answers/line.rs, src/batch.rs)

# src/answers/line.rs: LineParser::read_slow, appended to serde_json's "EOF while parsing …"
# (inside answers-invalid-json), so it starts with "; ".
answers-jsonl-one-per-line = ; JSON Lines holds one whole answers object per line, so a pretty-printed file must be put on one line first, e.g. `jq -c . FILE`
# src/batch.rs: fn too_long. $limit: error-size-mib.
answers-jsonl-line-too-long = the line is longer than { $limit }, the most one line may be (one answer set is a few KiB); nothing of it was kept
# src/batch.rs: fn other_questionnaire (called by the CSV batch and by src/commands/stats.rs).
# $id: this line's questionnaire; $first: the earlier lines'; $output: `csv` or `statistics`
# (a key: pass it, not a word).
answers-jsonl-other-questionnaire = these answers are for questionnaire `{ $id }`, but the lines before were for `{ $first }`, and one { $output ->
        [csv] CSV
       *[statistics] statistics
    } output holds one questionnaire; split the input by questionnaire, or pass `-q`

## FHIR QuestionnaireResponse read as answers (src/fhir.rs: fn answers_of_response)

# $kind: the resource type in backticks ("`Patient`"), or answers-fhir-type-none.
answers-fhir-wrong-type = a FHIR resource of type { $kind }, but only a QuestionnaireResponse holds answers
answers-fhir-type-none = (none)
answers-fhir-no-questionnaire = the QuestionnaireResponse has no `questionnaire`; it must name the questionnaire, as `urn:powerbalance:questionnaire:ID|VERSION`
# $canonical: the `questionnaire` value, quoted as Rust's {:?} writes it.
answers-fhir-no-id = `questionnaire` { $canonical } names no questionnaire id
# $field: `author` (names the respondent) or `subject` (names the partner), a key that also
# selects the word; $flag: `--respondent` or `--partner`.
answers-fhir-no-display = the QuestionnaireResponse has no `{ $field }.display` to name the { $field ->
        [author] respondent
       *[subject] partner
    }; add it, or pass `{ $flag } NAME`
# fn collect_answers. $item: the linkId; $count: its answers (2 or more).
answers-fhir-many-answers = item `{ $item }` has { $count } answers; each question takes one
# fn value_of: what an answer that is not a number is, for answers-value-not-whole.
# $code: the code, quoted as Rust's {:?} writes it; $kinds: the answer's keys joined by ", ".
answers-fhir-value-code = the code { $code }
answers-fhir-value-none = an answer with no value
answers-fhir-value-kinds = an answer of { $kinds } (a valueCoding or valueInteger is needed)

## Questionnaire files: reading (src/questionnaire/load.rs)

# Every problem-* message follows "FILE:LINE:COLUMN: " (QuestionnaireError::lines).
# fn parse.
problem-not-utf8 = the file is not valid UTF-8 text
# fn parse: a word that is not one of a key's allowed words. $word: as written; $allowed:
# the allowed words joined by ", ".
problem-word-not-allowed = `{ $word }` is not allowed here{ $suggestion }; allowed: { $allowed }
# fn toml_message. $key: the key as written.
problem-duplicate-key = duplicate key `{ $key }`; a key or table may be defined only once
# fn toml_message: a value of the wrong type. $expected: one of problem-expected-*; $found:
# one of problem-found-*, or "true"/"false" as written.
problem-wrong-type = this value must be { $expected }, not { $found }
problem-expected-number = a number
problem-expected-whole-number = a whole number
problem-expected-text = text in quotes
problem-expected-boolean = true or false
problem-expected-list = a list in brackets, [ ... ]
problem-expected-table = a table
problem-found-table = a table
problem-found-list = a list
# $text: the text as the TOML reader quotes it (with its double quotes).
problem-found-text = the text { $text }
# $number: as written in the file.
problem-found-whole-number = the whole number { $number }
problem-found-number = the number { $number }

## Questionnaire files: ids and texts (src/questionnaire/validate.rs: Checker)

# Checker::check_id. $kind: what the id names, one of the keys questionnaire, scale,
# dimension, item, rule, group (today the English word, the same); $id: the id (cut to 64
# characters); $chars: its length (a number, always above $max); $max: 64.
problem-id-too-long = { $kind } id `{ $id }` is { $chars } characters long; allowed: at most { $max }
problem-id-not-allowed = { $kind } id `{ $id }` is not allowed; use lower-case letters, digits and `-` only
# Checker::unique. $line: the line of the first definition (a number).
problem-id-duplicate = duplicate { $kind } id `{ $id }` (first defined on line { $line }); ids must be unique
# Checker::check_text. $what: one of problem-what-* below; $chars: the length (a number,
# always above $max); $max: 2000.
problem-text-too-long = { $what } is { $chars } characters long; allowed: at most { $max }
problem-text-empty = { $what } is empty; write the words to show
# fn build, fn check_scales: the texts check_text names. $dimension, $item, $rule, $scale:
# ids (cut to 64 characters); $number: the label's place, from 1.
problem-what-title = the title
problem-what-version = the version
problem-what-description = the description
problem-what-resources = the [resources] text
problem-what-dimension-name = the name of dimension `{ $dimension }`
problem-what-dimension-description = the description of dimension `{ $dimension }`
problem-what-item-text = the text of item `{ $item }`
problem-what-label = label { $number } of scale `{ $scale }`
problem-what-rule-message = the message of rule `{ $rule }`
problem-what-rule-prompt = the prompt of rule `{ $rule }`
problem-what-rule-basis = the basis of rule `{ $rule }`

## Questionnaire files: structure (src/questionnaire/validate.rs)

# fn build.
problem-no-dimensions = the questionnaire has no dimensions; add at least one [[dimensions]] with items
# fn build. $value: min_answered as written (text).
problem-min-answered = min_answered is { $value }; allowed: a fraction above 0 and at most 1
# fn build, resolve_scale. $scale: the name given; $defined: the scales' ids joined by ", ",
# or error-list-none.
problem-unknown-scale = unknown scale `{ $scale }`{ $suggestion }; defined scales: { $defined }
# fn build.
problem-dimension-no-items = dimension `{ $dimension }` has no items; add at least one [[dimensions.items]]
problem-item-no-scale = item `{ $item }` has no scale; give it `scale = "…"` or set `scale` under [defaults]
# fn check_scales. $min, $max: as written (text).
problem-scale-min-max = scale `{ $scale }` has min { $min } and max { $max }; min must be less than max
# fn check_scales. $labels: how many labels (a number); $points: max - min + 1 (a number,
# 2 or more); $min, $max: as written (text).
problem-scale-label-count = scale `{ $scale }` has { $labels ->
        [one] { $labels } label
       *[other] { $labels } labels
    } but { $points } points ({ $min } to { $max }); give exactly one label per point
# fn check_norms. $value: as written (text).
problem-norms-sd = norms `sd` is { $value }; allowed: a number above 0 (points on the 0–100 score)
problem-norms-reliability = norms `reliability` is { $value }; allowed: a number above 0 and below 1
problem-norms-n = norms `n` is { $value }; allowed: a whole number of people, at least 2
# fn check_power_only. $dimension: the dimension id; $value: the weight as written (text);
# $group: the group id.
problem-weight-not-power = `weight` is only for power dimensions; `{ $dimension }` is not one
problem-weight-value = weight is { $value }; allowed: a number above 0
problem-group-not-power = `group` is only for power dimensions; `{ $dimension }` is not one
problem-group-clash = group id `{ $group }` clashes with a dimension or index of the same name; rename the group

## Questionnaire files: rules (src/questionnaire/rule_checks.rs)

# $rule: the rule id; $kind: its kind as written in the file (imbalance, high, low, gap,
# item: a TOML word, never translated); $wanted, $given: `at_least` / `at_most` (TOML keys).
# fn check_rule.
problem-rule-wrong-threshold = rule `{ $rule }` of kind `{ $kind }` takes `{ $wanted }`, not `{ $given }`
problem-rule-needs-threshold = rule `{ $rule }` of kind `{ $kind }` needs `{ $wanted }`
problem-rule-no-items = rule `{ $rule }` of kind `{ $kind }` does not take `items`; only `item` rules do
# $field: `at_least` or `at_most`; $value: as written (text).
problem-rule-threshold-range = rule `{ $rule }`: { $field } = { $value } is off the 0–100 score range; allowed: 0 to 100
problem-rule-needs-dimension = rule `{ $rule }` of kind `{ $kind }` needs `dimension` (a dimension, a group, `power_index` or `balance_index`)
# $dimension: as written; $allowed: the dimension and group ids and the two indices, joined
# by ", ".
problem-rule-unknown-dimension = rule `{ $rule }` names unknown dimension `{ $dimension }`{ $suggestion }; allowed: { $allowed }
problem-rule-context-dimension = rule `{ $rule }` reads `{ $dimension }`, a context dimension, which is never scored; a context item can only gate other items
# $target: the group or index named.
problem-rule-gap-target = rule `{ $rule }` of kind `gap` needs a dimension, not `{ $target }`: groups and indices have no self and partner views
# fn check_item_rule.
problem-rule-item-needs-items = rule `{ $rule }` of kind `item` needs `items = ["item-id", …]` with at least one item
# $value: as written (text).
problem-rule-item-not-whole = rule `{ $rule }`: at_least = { $value } must be a whole number, a raw answer on the items' scale
# $item: as written.
problem-rule-unknown-item = rule `{ $rule }` names unknown item `{ $item }`{ $suggestion }
# $value, $min, $max: as text.
problem-rule-item-off-scale = rule `{ $rule }`: at_least = { $value } is off the scale of item `{ $item }`; allowed: { $min } to { $max }
problem-rule-item-unknown-dimension = rule `{ $rule }` names unknown dimension `{ $dimension }`{ $suggestion }; an `item` rule's dimension must be a dimension id
# fn check_placeholders.
problem-rule-empty-message = rule `{ $rule }` has an empty message
# $placeholder: the placeholder with its braces, as written ("{stronger}"); $allowed: the
# kind's placeholders with braces, joined by " " ("{stronger} {weaker} {difference}").
problem-rule-placeholder = rule `{ $rule }` uses `{ $placeholder }`, which a `{ $kind }` rule does not fill; allowed: { $allowed }

## Questionnaire files: asked_if gates (src/questionnaire/gates.rs: fn check_gates)

# $item: the gated item's id; $gate: the item its asked_if names (as written).
problem-gate-unknown-item = item `{ $item }` is asked_if unknown item `{ $gate }`{ $suggestion }; name an item defined before it
# $cycle: the item ids of the cycle joined by " → " ("b → c → b").
problem-gate-cycle = item `{ $item }`'s asked_if makes a cycle ({ $cycle }); a gate must be an earlier item that is not gated by this one
problem-gate-after = item `{ $item }` is asked_if item `{ $gate }`, which comes after it; move the gate item before the items it gates
problem-gate-no-bound = item `{ $item }`: asked_if needs `at_least`, `at_most` or both, the answers of `{ $gate }` that make it apply
# $bound: `at_least` or `at_most` (TOML key); $value, $min, $max: as text.
problem-gate-off-scale = item `{ $item }`: asked_if { $bound } = { $value } is off the scale of item `{ $gate }`; allowed: { $min } to { $max }
# $at_least, $at_most: as text.
problem-gate-empty-range = item `{ $item }`: asked_if at_least = { $at_least } is above at_most = { $at_most }, so no answer makes it apply
problem-gate-private = item `{ $item }` is not private but is asked_if private item `{ $gate }`: whether it applies would show the private answer in a joint report; gate it on a public item

## Translation files (src/questionnaire/translation.rs), each after "FILE:LINE:COLUMN: "

# Translation::not_found. $id: the questionnaire the translation names (cut to 64).
translation-no-questionnaire = there is no questionnaire `{ $id }` to check this translation against; name a bundled questionnaire's id, or put `{ $id }.toml` beside this file
# Translation::not_found. $version: the version it names; $versions: those at hand, joined
# by ", ".
translation-version-not-at-hand = this translation is of version { $version } of `{ $id }`, which is not at hand; versions at hand: { $versions }
# Translation::check_header. $id: the id it names; $questionnaire: the one checked against;
# $loaded: that questionnaire's version.
translation-other-questionnaire = this translation is of `{ $id }`, not of `{ $questionnaire }`, the questionnaire it is checked against
translation-other-version = this translation is of version { $version } but `{ $questionnaire }` is version { $loaded }; a translation must name the version it translates
# $lang: the `lang` value as written.
translation-lang-not-a-tag = `lang = "{ $lang }"` is not a language tag; write a BCP 47 tag such as es, fr, de or pt-BR
# $expected: the file name it must have ("relationship.es.toml"); $file: the one it has.
translation-file-name = a translation of `{ $id }` into `{ $lang }` must be named `{ $expected }` (the file name's language and `lang` must agree), not `{ $file }`
# The texts check_text names (with problem-what-* above).
translation-what-name = the language's `name`
translation-what-basis = the translation's `basis`
translation-what-description = the questionnaire's description
# Translation::texts. $labels: the translation's count, $original: the questionnaire's
# (numbers).
translation-label-count = scale `{ $scale }` has { $labels ->
        [one] { $labels } label
       *[other] { $labels } labels
    } here but { $original } in the questionnaire; give one label per point, in the same order
# Section::new, Section::get. $kind: scale, dimension, item or rule (a key); $table: the
# TOML table (scales, dimensions, items, rules; never translated); $count: a number.
translation-unknown-id = `{ $questionnaire }` { $version } has no { $kind } `{ $id }`{ $suggestion }; a translation gives texts for the questionnaire's own ids only
translation-table-missing = the [{ $table }] table is missing; give the text of each of the questionnaire's { $count } { $kind }s
translation-text-missing = { $kind } `{ $id }` has no text in [{ $table }]; translate every { $kind } of the questionnaire
# fn optional. $what: a problem-what-* or translation-what-* text; $table: "[rules.x]" etc.
translation-text-required = { $what } is missing under { $table }; the questionnaire has one, so translate it
translation-text-extra = { $what } is given but the questionnaire has none; remove it
# fn same_placeholders. $have, $want: placeholders with braces joined by " ", or
# translation-placeholders-none.
translation-placeholders = the message of rule `{ $rule }` has the placeholders { $have } but the original has { $want }; use the same ones, in any order
translation-placeholders-none = none
