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
