# `history`'s words (src/history/, src/commands/history.rs): its table, Markdown and HTML in
# the report language, its errors in the interface language. JSON keeps the English notes
# (this file's English messages), whatever the language.

## history: the page (src/history/render.rs, src/history/html.rs)

# fn title. $title is the questionnaire's title.
history-title = { $title }: change over time
# fn subtitle. $versions is the versions joined with ", "; $first and $second the names;
# $count the number of sittings (2 or more).
history-subtitle = Questionnaire { $id } { $versions } · { $first } and { $second } · { $count ->
        [one] { $count } sitting
       *[other] { $count } sittings
    }
# fn sitting_lines, after "1. " (the HTML list leaves the number to <ol>). $when is
# report-date-time (or the time as written); $id and $version are the sitting's
# questionnaire. One respondent, $name:
history-sitting-one = { $when }: { $name } answered ({ $id } { $version })
# Both, in order:
history-sitting-two = { $when }: { $first } and { $second } answered ({ $id } { $version })
# fn columns: the first and the last column heads; the others are "1 · 10 Jan 2026".
history-column-measure = Measure
history-column-since-first = Since first
# src/history/html.rs: fn measure, the first column head of each measure's table.
history-column-person = Person
# The heading of the reliable-change lines (render.rs and html.rs).
history-heading-reliable = Reliable change

## history: reliable change (src/history/render.rs: fn reliability_lines)

# The mark after a reliable change (fn shown_change), in cells ("54 (+9 R)") and charts.
history-reliable-mark = R
# $mark is history-reliable-mark.
history-reliable-intro = In brackets: the change from the sitting before. { $mark } marks a reliable change: one larger than measurement error alone would make it 95 times in 100 (Jacobson & Truax, 1991), judged from the dimension's norms.
# The norms a figure comes from. $sd and $reliability are decimals, formatted; $n a count.
# A basis, when the norms give one, follows after "; " as written (a citation).
history-norms = sd { $sd }, reliability { $reliability }
history-norms-with-n = sd { $sd }, reliability { $reliability }, n { $n }
# $name is the dimension's; $change the reliable-change figure, formatted with one decimal;
# $norms is history-norms(-with-n), with "; basis" when there is one.
history-reliable-dimension = { $name }: a change of { $change } points or more is reliable ({ $norms }).
# A dimension without a figure: $note is history-no-norms or history-norms-differ with its
# first letter lower-cased (so write those to read well that way).
history-reliable-note = { $name }: { $note }
# src/history/html.rs: fn measure, under a dimension's chart; $change as above.
history-reliable-change = A change of { $change } points or more is reliable.

## history: the charts (src/history/html.rs: fn chart)

# The chart's aria-label: $measure is the measure's name.
history-chart-label = { $measure } of { $first } and { $second } at each sitting
# A point's tooltip: $name the person, $score a whole-point score, $sitting its number.
history-chart-point = { $name }: { $score } at sitting { $sitting }

## history: notes (src/history/mod.rs and src/commands/history.rs)

# src/history/mod.rs: const NO_NORMS, NO_NORMS_OF_THEIR_OWN, NORMS_DIFFER (each measure's
# note, also shown under its chart; render.rs: fn measure_note).
history-no-norms = The questionnaire gives no norms for this dimension, so whether a change is reliable cannot be judged.
history-no-norms-of-their-own = Groups and indices have no norms of their own, so whether their change is reliable cannot be judged.
history-norms-differ = The questionnaire's versions give this dimension different norms, so whether a change is reliable cannot be judged.
# HistoryNote::NotScored (English: const NOT_SCORED).
history-not-scored = A dash is a score that could not be computed at that sitting: too few of its items were answered (or, for a group or index, none of its dimensions could be scored), so there is no change to or from it either.
# HistoryNote::Private (English: const PRIVATE_NOTE): the neutral line of a two-person history of a questionnaire with
# private questions, whatever the private answers were.
history-note-private = Some questions are private to each person and are not part of a history of two people. Each person can see their own by giving `history` their own answers alone.
# fn build: $versions joined with ", "; $id the questionnaire's id.
history-note-versions = The sittings used versions { $versions } of `{ $id }`, so they are compared only on the dimensions every version has.
# Added after one space: $dimensions is history-dimension-only-in for each, joined with "; ".
history-note-versions-left-out = Left out: { $dimensions }.
# fn only_in: $name the dimension's; $versions report-and-list of the versions that have it.
history-dimension-only-in = { $name } ({ $versions } only)
# $measures is the names of the groups and indices, joined with ", ".
history-note-not-compared = Not compared, because the versions make them of different dimensions: { $measures }.
# Only $name answered at any sitting; $other is the partner.
history-note-one-answered = Only { $name } answered, so { $other }'s scores are { $name }'s view of { $other } alone.
# src/commands/history.rs: fn run. $files is the file names, joined with ", ".
history-note-other-questionnaire = Left out, as they are answers to another questionnaire: { $files }.
history-note-unfinished = Left out, as they are unfinished (no `completed` time): { $files }.

## history: what stops it (src/commands/history.rs; stderr, after the file or folder named)

# fn run, nothing found: the reason ($why) is one of the next five.
history-error-nothing-found = { $why }; give saved answers files (as `take` and `session` save them) or folders of them
# With --people and files or folders, none of whose answers are those people's: $name the
# one name given (a person's answers given alone); $names the two, joined with " and "
# (report-and-list; the two people's answers about each other).
history-why-other-person = none of the answers found there were given by { $name } on their own
history-why-other-couple = none of the answers found there are { $names }'s about each other
history-why-other-questionnaires = only answers to other questionnaires than -q's were found there
history-why-unfinished = only unfinished answers were found there (no `completed` time)
history-why-no-files = no answers files were found there
# $given is the ids -q gave, joined with "`, `"; $id the answers' questionnaire.
history-error-q-mismatch = -q gave `{ $given }`, but the answers are for `{ $id }`; give `-q` the questionnaire they were answered on
# $files is the file names, joined with ", ".
history-error-one-sitting = history compares two sittings or more, but these answers are one sitting ({ $files }); give the answers of other sittings too
# $version is this file's; $id the questionnaire; $other the other file of the sitting, on
# $other_version.
history-error-mixed-versions = these answers are on version { $version } of `{ $id }`, but `{ $other }` of the same sitting is on { $other_version }; the two answers of one sitting must be on one version
# fn people_folder. $names is the names given, joined with " and " (report-and-list).
history-error-no-folder = no saved sittings of { $names } were found: this folder does not exist; `history --people` reads the folders `take` and `session` save to, so give the files or folders of answers saved elsewhere
# fn collect: the context of an I/O error. $path as shown.
history-error-reading = reading `{ $path }`
history-error-reading-folder = reading folder `{ $path }`
history-error-reading-scores = reading the history's scores and sittings back from the temporary files they were kept in
history-error-writing-scores = keeping the history's scores and sittings in temporary files (their folder may be full: TMPDIR names another)
history-error-keeping-files = keeping the list of answers files found in a temporary file, or reading it back (its folder may be full: TMPDIR names another)
# $max is the most files read; $path the folder.
history-error-too-many-files = more than { $max } answers files under `{ $path }`; give the folder of one couple or one person
# fn read_found. $first and $second are the versions, or history-version-none.
history-error-versions-differ = the two answer objects name different versions ({ $first } and { $second }); give them in two files
history-version-none = none
history-error-not-finished = these answers have no `completed` time (RFC 3339, such as "2026-11-22T06:20:00Z"); a history needs finished answers: finish them with `take --resume`, or add the time
# The file was read twice (first for its time and names, then to score it) and differed.
history-error-changed = this file changed while the history was being made (it is no longer the file it was when it was found, or when it was first read); run `history` again once nothing is writing to it
# fn check_same. $id is this file's questionnaire, $file the first file, on $other; either
# may be history-questionnaire-none.
history-error-other-questionnaire = these answers are for questionnaire `{ $id }`, but `{ $file }` is for `{ $other }`; a history takes the sittings of one questionnaire (in a folder, `-q` picks one)
history-questionnaire-none = (none named)
# $respondent answered about $partner in this file; `$file` holds $other_respondent's
# answers about $other_partner.
history-error-other-people = these are { $respondent }'s answers about { $partner }, but `{ $file }` holds { $other_respondent }'s about { $other_partner }; a history takes the sittings of the same two people
# fn resolve.
history-error-no-questionnaire = the answers have no `questionnaire` field; add one, or pass `-q NAME|PATH`
# The questionnaire $id (at $version, when the answers name one) is not bundled; $hint is
# one of the two hints below.
history-error-not-bundled = these answers are on `{ $id }`, which is not bundled; { $hint }
history-error-not-bundled-version = these answers are on `{ $id }` { $version }, which is not bundled; { $hint }
history-hint-pass-q = pass `-q PATH` to that questionnaire file (once for each version the answers use)
# $versions is the versions of $id that -q gave, joined with ", ".
history-hint-add-q = -q gave `{ $id }` at { $versions } only; add `-q PATH` for this version
