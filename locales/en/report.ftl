# The words of the human reports (table, Markdown, HTML), of `history` and of `stats`:
# English, the fallback. Every other locales/LANG/report.ftl has exactly these ids and, per
# message, the same variables.
#
# Each message is the English the code prints today, byte for byte. Where code builds a
# sentence from pieces, the whole sentence is one message here. Not here: JSON and CSV keys,
# ids, the dash "–" for a missing number, the signs "+" and "−" of a change, the layout of
# cells ("54 (+3 R)", "1 · 10 Jan 2026", "Alex 54, Sam 25"), test-only text.
#
# Variable names are Rust identifiers (snake_case), since tr! takes them as `name = value`.
# Names of people, titles and dimension names come from files and are passed in as they are.
# A decimal a person reads (sd, reliability, a reliable-change figure, a mean) is passed in
# already formatted by Lang::number (or Lang::localize_decimal), as a string: "54.5" / "54,5".
# Whole-point scores and counts are passed as numbers, and so is $month: a selector on a
# number (plural categories, report-month's [1]…[12]) only matches a number; a string "3"
# would fall to the default variant. $group (report-group-name) is passed as a string.
#
# Which headings a report has (src/report/display.rs: fn blocks):
# - every report: the header, report-not-a-diagnosis, the score sections, the views (when
#   both answered), the rules' headings, report-heading-notes, report-heading-support;
# - a joint report (two people, no --show-private): no safety tables and no private heading;
#   when no rule fired, report-no-concerns-joint (never report-no-concerns) if the
#   questionnaire has private questions; and among the notes report-note-private;
# - the clinician report: report-title-clinician, report-clinician-intro,
#   report-heading-next-step, report-safety-heading-of per person,
#   report-heading-private-clinician with report-prompt-label-private-other;
# - one person's own report: report-safety-heading, report-heading-private-own with
#   report-prompt-label-private-own;
# - two people with --show-private: report-safety-heading-of, report-heading-private-both.

## Every report

# src/report/mod.rs: const NOT_A_DIAGNOSIS (also src/history/render.rs and html.rs).
report-not-a-diagnosis = These scores describe how the answers were given. They are a starting point for a conversation, not a diagnosis or a judgement of anyone.

## Header

# src/report/display.rs: fn header. $title is the questionnaire's title.
report-title-clinician = Clinician report · { $title }
# $id and $version are the questionnaire's; $first and $second the two people's names.
report-subtitle = Questionnaire { $id } { $version } · { $first } and { $second }
# Put right after a name when that person's finishing time is known (note the leading
# space); else nothing is put there. $when is report-date-time.
report-header-finished = { " " }(finished { $when })
# Only one answered: $name answered, $other did not; $finished is report-header-finished
# or "".
report-header-answered-one = Answered by { $name }{ $finished } only; { $other } did not answer.
# Both answered, in order; $first_finished and $second_finished as $finished above.
report-header-answered-two = Answered by { $first }{ $first_finished } and { $second }{ $second_finished }.
# src/report/display.rs: fn answered_in, the line after who answered, only when the answers
# named their language. $people is report-answered-in-person(-own) for each, joined with ", ".
report-answered-in = Answered in: { $people }
# $language is report-language-name; -own adds the language's own name ($own) when it is
# not the report's language.
report-answered-in-person = { $name } { $language }
report-answered-in-person-own = { $name } { $language } ({ $own })
# $lang is a language's tag.
report-language-name = { $lang ->
        [es] Spanish
        [fr] French
        [de] German
        [pt-BR] Brazilian Portuguese
       *[en] English
    }

## Dates and times

# src/report/display.rs: fn when; src/history/render.rs: fn date (the date alone).
# $month is 1 to 12.
report-month = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# "20 Nov 2026": $day is the day of the month (no leading zero), $month is report-month
# (formatted), $year the year. Pass $day and $year as strings: a number formatter with
# grouping would write 2026 as "2,026" (fluent-bundle has none today; Python's has).
report-date = { $day } { $month } { $year }
# "20 Nov 2026, 19:17 UTC": $date is report-date, $time "19:17" (hh:mm), $zone "UTC" or
# "UTC+02:00".
report-date-time = { $date }, { $time } { $zone }

## What the report says first

# src/report/display.rs: const FOR_THE_CLINICIAN (the clinician report only).
report-clinician-intro = Clinician report: for the therapist only. It holds both people's private answers about safety; neither partner has seen the other's. Keep it off the shared screen and out of joint sessions.

# src/report/display.rs: fn blocks, the headings of the text blocks.
report-heading-next-step = Next step
# Also the heading of history's notes (src/history/render.rs, src/history/html.rs).
report-heading-notes = Notes
report-heading-support = If you need support

## Scores

# src/report/display.rs: const MIDDLE, used inside the intros below by reference.
-report-middle = A score of 0 means the lowest answer to every question, 100 the highest, and 50 answers in the middle on average (such as "neither agree nor disagree" or "sometimes").

# src/report/display.rs: fn score_sections. The last column head of every table of scores.
report-column-difference = Difference
# The first column head of the decisions, the safety tables and the side-by-side table.
report-column-area = Area

report-bases-heading = Power bases
report-bases-column = Base
# Only one answered: $name is the one who did.
report-bases-intro-one = How much of each kind of influence each of you has, from 0 to 100, as { $name } sees it. { -report-middle } Some difference is normal; what matters is that influence runs both ways.
report-bases-intro-two = How much of each kind of influence each of you has, from 0 to 100, combining how you see yourselves and how you see each other. { -report-middle } Some difference is normal; what matters is that influence runs both ways.

report-overall-heading = Power overall
report-overall-column = Index
# One sentence per group, before report-overall-intro (each followed by one space):
# $group is report-group-name, $members report-and-list of its dimensions' names.
report-overall-group = { $group }: { $members }.
report-overall-intro = The power index is the weighted mean of all the bases.
# Row labels (also history's measures, src/history/mod.rs: fn build).
report-power-index = Power index
report-balance-index = Balance index
# src/report/display.rs: fn group_name (also history). $group is the group's id from the
# questionnaire ("harsh", "soft"); $name is that id with its first letter upper-cased, for
# any other group.
report-group-name = { $group ->
        [harsh] Harsh bases
        [soft] Soft bases
       *[other] { $name } bases
    }
# src/report/display.rs: fn and_list (also history: names, versions). $init is every item
# but the last, joined with ", "; $last the last. One item alone is shown as it is.
report-and-list = { $init } and { $last }

report-markers-heading = Balance markers
report-markers-column = Marker
report-markers-intro = How much each of you shows the signs of a balanced relationship, from 0 to 100; higher is more. { -report-middle } The balance index is their mean.

report-decisions-heading = Who decides
# -one: one person answered; -two: both did.
report-decisions-intro-one = How much of the say each of you has across the areas of life asked about, from 0 to 100: 50 is an equal say, above 50 more than half of it.
report-decisions-intro-two = How much of the say each of you has across the areas of life asked about, from 0 to 100: 50 is an equal say, above 50 more than half of it; when both of you answered every area, the two numbers add up to 100.

# src/report/display.rs: fn difference. Who is higher: $name is theirs, $points a whole
# number above 0 ("Alex +29"). The table's list form puts a no-break space before "+".
report-difference = { $name } +{ $points }
report-difference-even = even

## Safety (only in a report that may show private results)

# src/report/display.rs: fn safety_sections. One respondent: the heading alone.
report-safety-heading = Safety
# Two respondents: one table each; $name is the one who answered.
report-safety-heading-of = Safety: { $name }'s answers
# $name answered; $other is the other person.
report-safety-intro = Private: from { $name }'s own answers to the safety questions, about { $other } and about themselves. Here higher means more concern: 0 means every answer was the lowest ("never"), and even one answer above it can matter, so the messages below say what was answered.
# Column heads: $name is the person the answers are about.
report-safety-column-about = About { $name }

## Who has more say, area by area

# src/report/display.rs: fn decisions_side_by_side. $first and $second are the two names;
# $agree and $differ how many areas the two see alike and differently; $total their sum.
# (English writes "areas" even for one; a translation may use its singular for one.)
report-compare-heading = Who has more say, area by area
report-compare-intro = Each of your answers put in one frame: who has more of the say, { $first } or { $second }, or both equally. You see { $agree } of { $total } { $total ->
       *[other] areas
    } alike and { $differ } differently; where you see it differently is a good place to start talking.
# Column heads: $name is whose answers the column shows.
report-compare-column-says = { $name } says
report-compare-column-together = Together
# Cells: a share of 100 or 0 shows the name alone; 50 is -both-equally; else -mostly with
# the name of the one with more of the say.
report-compare-both-equally = both equally
report-compare-mostly = mostly { $name }
report-compare-agree = agree
report-compare-differ = see it differently

## How each is seen (both answered)

# src/report/display.rs: fn view_sections. $name is the person seen, $other the other.
report-views-heading = How { $name } is seen
report-views-intro = { $name } about themselves, beside { $other } about { $name }. Where the two numbers differ, the two of you experience the same thing differently, which is often the most useful thing to talk about.
report-views-column-dimension = Dimension
# Column heads: $name is whose view the column shows.
report-views-column-by = By { $name }

## Rules that fired

# src/report/display.rs: fn severity_heading.
report-heading-alert = Needs attention
report-heading-warning = Worth talking about
report-heading-info = Good to know
# src/report/display.rs: fn blocks, the heading of the private results, by audience:
# one person's own report; the clinician report; two people with --show-private.
report-heading-private-own = Private: about your safety
report-heading-private-clinician = Private: about each person's safety
report-heading-private-both = Private results
# The label before a rule's discussion prompt (const PROMPT): the couple's rules.
report-prompt-label = To talk about
# Before a private rule's prompt: in one person's own report (const PRIVATE_PROMPT), it
# speaks to that person; in a report of two (const PRIVATE_PROMPT_OF_ONE), of them.
report-prompt-label-private-own = For you to think about, on your own
report-prompt-label-private-other = For that person to think about, on their own
# src/report/table.rs: fn render_table; markdown.rs ("*…*") and html.rs ("<strong>…</strong>"):
# the label with its colon, before the prompt. $label is one of the three labels above.
report-label-colon = { $label }:
# No rule fired. In a report whose private questions were left out, -joint (it must say
# nothing about them); else the plain one.
report-no-concerns = None of this questionnaire's rules fired.
report-no-concerns-joint = None of the rules of this joint report fired. The private questions are not part of it, so it says nothing about them.

## The table for a narrow terminal

# src/report/table.rs: fn compare, the list form of the side-by-side table, below each area:
# $first_label and $second_label are the columns' heads (report-compare-column-says),
# $first and $second the cells, $together the last cell.
report-table-compare-line = { $first_label }: { $first } · { $second_label }: { $second } · { $together }

## HTML

# src/report/html.rs: fn render_html, the page's <title>. $title is the questionnaire's title.
report-html-title = { $title } · { $first } and { $second }
# src/report/svg.rs: fn radar, the chart's aria-label.
report-radar-label = Radar chart of the power bases of { $first } and { $second }

## Notes the scoring engine writes (src/scoring/mod.rs)

# fn score (Prepared::score): only $name answered; $other is the partner.
report-note-one-answered = Only { $name } answered, so { $other }'s scores come from { $name }'s answers alone, and how each sees themselves beside how the other sees them needs both to answer.
# $name's answers have "completed": null.
report-note-unfinished = { $name }'s answers are not finished (their file has `"completed": null`), so this report covers only the questions answered so far.
# fn not_applying_note. $name answered them; $items is their ids, joined with ", ".
report-note-not-applying = Left out of { $name }'s answers, as they do not apply given { $name }'s other answers: { $items }.
# fn unscored_note. $dimensions is report-note-unscored-dimension for each, joined with ", ".
# About the partner: $name answered, $other is the partner described.
report-note-unscored-partner = Not scored from { $name }'s answers about { $other }: { $dimensions }.
# About themselves.
report-note-unscored-self = Not scored from { $name }'s answers about themselves: { $dimensions }.
# $dimension is its name; $answered, $total and $needed are counts of its items.
report-note-unscored-dimension = { $dimension } ({ $answered } of { $total } answered, { $needed } needed)
# const PRIVATE_NOTE: the neutral line of every joint report of a questionnaire with
# private questions, fired or not. It must stay true whatever the private answers were.
report-note-private = Some questions are private to each person and are not part of a joint report. Each person can see their own results by scoring their own answers alone.

## The clinician report's next step (src/scoring/mod.rs: fn clinician)

# const SAFETY_NEXT_STEP: a private or alert rule fired.
report-next-step-safety = A safety rule fired (listed below). See each person on their own before any joint work on power or control. Ask about safety with each of them alone, away from the partner; go over the help below and a plan for staying safe. Joint sessions on power or control are not advisable while one partner is afraid of the other, or is threatened or controlled. None of this is in the joint report and the partner has not seen it: do not bring it into a joint session without the person's agreement.
# const NO_SAFETY_RULE: none fired.
report-next-step-no-rule = No private or alert rule fired. That does not rule out a risk: people often do not say at a first screening what they fear. Keep asking each person about safety on their own as the work goes on.
# Added after one space to either of the above when $name answered none of the private
# questions.
report-next-step-silent-one = { $name } answered none of the private questions about safety (not asked, skipped or not yet answered), so nothing here about safety comes from { $name }'s answers.
# The same when neither $first nor $second did.
report-next-step-silent-two = { $first } and { $second } answered none of the private questions about safety (not asked, skipped or not yet answered), so nothing here about safety comes from their answers.

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

# The mark after a reliable change (const RELIABLE), in cells ("54 (+9 R)") and charts.
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
# note, also shown under its chart).
history-no-norms = The questionnaire gives no norms for this dimension, so whether a change is reliable cannot be judged.
history-no-norms-of-their-own = Groups and indices have no norms of their own, so whether their change is reliable cannot be judged.
history-norms-differ = The questionnaire's versions give this dimension different norms, so whether a change is reliable cannot be judged.
# const NOT_SCORED.
history-not-scored = A dash is a score that could not be computed at that sitting: too few of its items were answered (or, for a group or index, none of its dimensions could be scored), so there is no change to or from it either.
# const PRIVATE_NOTE: the neutral line of a two-person history of a questionnaire with
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

# fn run, nothing found: the reason ($why) is one of the next three.
history-error-nothing-found = { $why }; give saved answers files (as `take` and `session` save them) or folders of them
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
# $max is the most files read; $path the folder.
history-error-too-many-files = more than { $max } answers files under `{ $path }`; give the folder of one couple or one person
# fn read_found. $first and $second are the versions, or history-version-none.
history-error-versions-differ = the two answer objects name different versions ({ $first } and { $second }); give them in two files
history-version-none = none
history-error-not-finished = these answers have no `completed` time (RFC 3339, such as "2026-11-22T06:20:00Z"); a history needs finished answers: finish them with `take --resume`, or add the time
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

## stats (src/stats/table.rs: fn render_stats_table)

# $id and $version the questionnaire's; $sets the number of answer sets; $in_couples how
# many of them are in couples (twice the couples). (English writes "answer sets" even for
# one; a translation may use its singular for one.)
stats-summary = { $id } { $version }: { $sets } { $sets ->
       *[other] answer sets
    }, { $in_couples } of them in couples.
# The scales table: its heading, then its column heads. Mean and SD are passed formatted
# with one decimal, alpha with three (Lang::number).
stats-scales-heading = Scales (view scores 0–100; alpha over complete answer sets)
stats-column-dimension = Dimension
stats-column-view = View
stats-column-items = Items
stats-column-n = n
stats-column-mean = Mean
stats-column-sd = SD
stats-column-alpha = Alpha
stats-column-alpha-n = Alpha n
# The View column's cells.
stats-view-self = self
stats-view-partner = partner
# The items table (r formatted with three decimals). An item id is followed by " (r)" when
# reverse-keyed, in every language.
stats-items-heading = Items (r: corrected item-total correlation; (r) marks a reverse-keyed item)
stats-column-item = Item
stats-column-item-rest = r (item-rest)
stats-column-missing = Missing
stats-column-answers = Answers (value: count)
# The self-partner table (also stats-column-dimension, stats-column-n).
stats-pairs-heading = Self view against the partner's view of the same person
stats-column-self-partner = r (self, partner's view)
stats-formulas = Formulas and the handling of missing answers: docs/stats.md.
