# The messages of the interactive area: everything a person sees while answering in `take`
# and `session` (the screens, plain mode, the review, the keys, the quick exit, Ctrl-C, the
# openings, the hand-offs, the private part, the gate and the end lines), English, the
# fallback for every other locales/LANG/interactive.ftl (which hold exactly these ids).
#
# Layout stays in the code, not here: Fluent drops the blanks at the start and the end of a
# message, so the indents ("  ", "   s  "), the trailing space after a prompt ("Answer: "),
# the blank lines between paragraphs ("\n\n") and the line breaks around a message are the
# code's. A paragraph of a screen is one message; the code joins paragraphs with "\n\n".
#
# Keys: the code reads the letters s, b, v, f, j, k and q whatever the language, so every
# catalogue keeps those letters. $key is always the quick exit key (QUICK_EXIT_KEY, `q`).
#
# Names and places: $me, $other, $first, $second, $respondent, $partner and $person are
# people's names as typed; $place, $path and $dir a path already shell-quoted by the code.
# The code makes them terminal_safe as it does today.
#
# Counts ($count, $questions, $minutes, $missing, $total) are passed as numbers
# (FluentValue::from(n)) so that the plural selectors work. Scale values ($value, $min,
# $max) are passed as text, exactly as the code writes them today (`v.to_string()`).
#
# English output: every message gives the English byte for byte as the code prints it today,
# except the session opening's counts when a count is 1 (today "1 questions", "about 1
# minutes each", "1 private questions"): those now read "1 question", "about 1 minute each",
# "1 private question". No test or snapshot holds a count of 1 there.

## Answers in words (src/interactive/mod.rs)

# src/interactive/mod.rs: const MASKED, used by ReviewRow::shown_answer (terminal and plain
# review): what a private answer shows until the person asks to see it. Wiring: shown_answer
# compares the answer with NOT_ANSWERED; compare the Slot, not the translated words.
review-answer-masked = answered
# src/interactive/mod.rs: const NOT_ANSWERED, fn answer_words: an item never given.
review-answer-not-answered = not answered
# src/interactive/mod.rs: fn answer_words: an item skipped on purpose.
review-answer-skipped = skipped
# src/interactive/mod.rs: fn answer_words: "Agree (4)". $label: the scale label (from the
# questionnaire or its translation); $value: the value, as text.
review-answer-label = { $label } ({ $value })

## The terminal's item screen (src/interactive/terminal.rs: fn item_lines)

# After the label of the answer given before; the code puts two spaces before it.
screen-item-your-answer = (your answer)
# The skip line of the full screen, after the key column "   s  " the code writes; the second
# when the item was skipped before (two spaces before the parenthesis, as today).
screen-item-skip = Prefer not to answer
screen-item-skip-skipped-before = Prefer not to answer  (skipped before)
# The back line, after the key column "   b  ".
screen-item-back = Back to the previous question
# The quick exit line, after the key column "   q  " (QUICK_EXIT_KEY).
screen-item-quick-exit = Quick exit: saves, clears the screen, leaves
# The help line at the bottom of the full screen.
screen-item-help = Type the number of your answer, or use ↑ ↓ and Enter.
# The compact key line of a short terminal: the code joins the hints that apply with " · ",
# in this order: answer, skip (or skip-skipped when the item was skipped before), back (when
# there is a previous item), quick exit. $key: the quick exit key.
screen-keys-answer = digit/↑↓ Enter
screen-keys-skip = s skip
screen-keys-skip-skipped = s skip (skipped)
screen-keys-back = b back
screen-keys-quick-exit = { $key } quick exit

## The terminal's text screens (src/interactive/terminal.rs: fn show, fn choice_pages)

# The key line under a text screen: the last page, and every page before it (also in
# choice_pages for a long gate text). $key: the quick exit key.
screen-press-enter-continue = Press Enter to continue.  ({ $key }: quick exit)
screen-press-enter-more = Press Enter for more.  ({ $key }: quick exit)

## The terminal's review (src/interactive/terminal.rs: fn review_lines)

review-heading = Review your answers: choose one to change it, or finish
# The first entry of the list.
review-finish = Finish: these are my answers
# The key line: without private answers; with private answers hidden; with them shown.
# $key: the quick exit key.
review-keys = ↑↓ Enter · { $key } quick exit
review-keys-show-private = ↑↓ Enter · v show private answers · { $key } quick exit
review-keys-hide-private = ↑↓ Enter · v hide private answers · { $key } quick exit

## The name prompt (src/interactive/terminal.rs: fn name; src/interactive/plain.rs: fn name)

# terminal.rs: fn name, the validation error dialoguer shows under the prompt.
screen-name-empty = please type a name, or a label such as A
# plain.rs: fn name, after an empty line.
plain-name-empty = Please type a name, or a label such as A.

## Plain mode (src/interactive/plain.rs)

# fn show: after the text and a blank line.
plain-press-enter = Press Enter to continue.
# fn item: the option lines after the key column "  s: ", "  b: ", "  q: " the code writes.
plain-item-skip = prefer not to answer
plain-item-back = back to the previous question
plain-item-quick-exit = quick exit (saves and leaves)
# fn item: when the item was given before. $answer: the answer in words
# (review-answer-label or review-answer-skipped).
plain-item-before = Your answer before: { $answer }. Press Enter to keep it.
# fn item: the prompt; the code adds the space after it.
plain-item-answer-prompt = Answer:
# fn item: after a line that is not an answer; the second when there is a previous item.
# $min, $max: the scale's ends, as text.
plain-item-retry = Type a number from { $min } to { $max }, s to skip.
plain-item-retry-back = Type a number from { $min } to { $max }, s to skip, or b to go back.
# fn review: the heading of the list.
plain-review-heading = Your answers:
# fn review: the prompt, without private answers or once they are shown; and with private
# answers still hidden. The code adds the space after it.
plain-review-prompt = Type f to finish, or the number of a question to change it:
plain-review-prompt-private = Type f to finish, or the number of a question to change it (v shows the private answers):
# fn review: a number with no question. $number: the line typed.
plain-review-no-such = There is no question { $number }.
# fn choose: the prompt under the options; the code adds the space after it.
plain-choose-prompt = Type one of the letters above:

## Ctrl-C and where the answers are (src/interactive/interrupt.rs, src/commands/answering.rs)

# interrupt.rs: fn finish, when nothing was saved yet.
interrupt-nothing-yet = Stopped before any answer was given; nothing was saved.
# answering.rs: fn stop_message (whose = "Your answers", from take.rs): the code adds
# "\n  " and the command to go on. $place: the answers file, shell-quoted.
interrupt-stopped-yours =
    Stopped. Your answers so far are saved in { $place }.
    To go on where you left off:
# answering.rs: fn stop_message (whose = "The answers", from session.rs), as above; $place:
# the session folder, shell-quoted.
interrupt-stopped-session =
    Stopped. The answers so far are saved in { $place }.
    To go on where you left off:
# answering.rs: const NOTHING_SAVED (--no-save).
interrupt-stopped-no-save = Stopped. Nothing was saved (--no-save).

## Openings (src/commands/answering.rs: fn intro_text, fn saving)

# answering.rs: fn intro_text (take), and session.rs: fn intro: the paragraph after who answers.
answering-intro-not-diagnosis = The answers describe how influence works between the two of you. They are a starting point for a conversation, not a diagnosis.
# answering.rs: fn intro_text (take): the keys.
answering-intro-controls = You can skip any question you would rather not answer (s), go back (b), and review every answer before you finish. The q key leaves at once: it saves what you have given and clears the screen.
# answering.rs: fn saving (take's and session's openings). $place: the answers file (take)
# or the session folder (session), shell-quoted. Promise no more than file permissions give.
answering-saving-in = Each answer is saved as soon as it is given, in { $place }. Only this computer account can open it, so anyone who can use this account, or who runs the computer, could read it.
answering-saving-none = Nothing is written to disk (--no-save): if you stop before the end, the answers are gone.
# answering.rs: fn in_language: on stderr before any screen, when a language has no bundled
# translation of the questionnaire. $questionnaire: its id; $lang: the language's own name.
answering-no-translation = The questionnaire { $questionnaire } has no translation ({ $lang }): its questions are shown in their original language.

## Errors while answering (src/commands/answering.rs)

# fn save_as: the context of a failed save (the system's error follows, in words). $path: the file.
answering-error-saving = saving answers to `{ $path }`
# fn stopped: the context of a failed read or write.
answering-error-context = answering the questionnaire
# fn two_names. $reason: the error of crate::answers::check_names.
answering-error-two-names = two different, non-empty names are needed: { $reason }

## take (src/commands/take.rs: fn take, fn given_save_path)

# The name prompts (the terminal and plain mode add their own ": ").
take-name-yours = Your name (or a label such as A)
take-name-partner = The other person's name
# After the person typed their own name as the other's. $respondent: their name.
take-name-partner-again = That is your own name. The other person's name (not "{ $respondent }")
# The opening's "who" paragraph. $respondent, $partner: the names; $questions: the number of
# items; $minutes: about how many minutes (crate::interactive::minutes_for). Replaces
# answering.rs: fn length and fn counted here.
take-intro-who = { $respondent }, there are { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } about you and about { $partner }; they take about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. At the end your report is shown on this screen.
# Appended to take-intro-who after one space, when the questionnaire has private items.
take-intro-private = Some questions are private, about your safety: they are in your own report, and never in a joint report of the two of you. If answering them is not safe where you are, skip them.
# The file's name in error messages with --no-save.
take-file-unsaved = your answers
# The last line, on stderr after the report (the code prints "\n" before it). $place: the
# answers file, shell-quoted.
take-end-saved = Your answers are saved in { $place }.
take-end-not-saved = Your answers were not saved (--no-save).
# Errors.
take-error-answers-array = `take --answers` takes one person's answers, not an array
# $missing: how many items have no answer; $total: how many items there are.
take-error-missing-answers = { $missing } of the { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } { $missing ->
        [one] has
       *[other] have
    } no answer (null or left out), and --no-input asks nothing; fill them in, answer them at the terminal with `take --answers FILE`, or score the answers as they are with `powerbalance score FILE`
take-error-no-terminal = `take` asks its questions at a terminal, and stdin and stderr are not both terminals (or --no-input was given). Without one: fill in `powerbalance template` and run `powerbalance score FILE`, or give every answer with `take --answers FILE --no-input`, or answer line by line with `take --plain`.
take-error-names-needed = give --respondent and --partner, or an answers file that names them
# fn given_save_path. $path: the file as given (display).
take-error-save-exists = `{ $path }` already exists; to go on with it use `--resume { $path }`, or add --force to start over in it

## session: names, turns and files (src/commands/session.rs: fn session, Person)

session-name-first = The first person's name
session-name-second = The second person's name
# The line above every item and the review, in part 1 and part 2. $me: who answers;
# $other: the other person.
session-turn-together = { $me }'s turn, together ({ $other }, please look away)
session-turn-alone = { $me }'s turn, alone: private
# A person's answers as named in messages when they are not saved to a file (Person::open
# with --no-save, and the second person's name in Pair::couple). $person: the name.
session-file-answers = { $person }'s answers

## session: the opening (src/commands/session.rs: fn intro)

# After the title and description, and answering-intro-not-diagnosis. $first, $second: the
# names in order; $questions: the items that are not private; $minutes:
# minutes_for($questions).
session-intro-part1 = Part 1, together: { $first }, then { $second }, each answers { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } (about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } each) while the other looks away. The joint report, which the therapist may show to both of you, comes from these answers.
# With --plain, when there are private items. $count: how many private items.
session-intro-private-plain = There are also { $count ->
        [one] { $count } private question
       *[other] { $count } private questions
    } about safety. This plain mode cannot clear the screen, so they are not asked here: at the end you are told how each of you answers them later, alone.
# On a terminal, when there are private items. $count: how many private items. Keeps
# exactly these promises: not in the joint report; never shown to the other by this tool;
# each sees their own results; the therapist sees both in the clinician report.
session-intro-part2 = Part 2, alone: each of you answers { $count ->
        [one] { $count } private question
       *[other] { $count } private questions
    } about safety, with the other person out of the room. They are not in the joint report, and this tool never shows one person's private answers to the other: each of you sees your own results at the end of your part, and the therapist sees both in a separate clinician report. If answering is not safe, skip the question.
# The keys; then answering-saving-in or answering-saving-none on the next line.
session-intro-controls = Skip any question you would rather not answer (s), go back (b), and review your answers before you finish. The q key leaves at once: it saves what was given and clears the screen.

## session: the hand-off before part 1 (src/commands/session.rs: fn together_hand_off)

# The paragraphs, joined with "\n\n": the title; then, for the second person, plain-warning
# (--plain) or cleared (terminal); then keyboard-plain (--plain) or keyboard (terminal);
# then about. $me: whose turn it is; $other: the other person.
session-together-title = Part 1, together: { $me }'s turn.
session-together-plain-warning = This plain mode cannot clear the screen: { $other }'s answers are still on it, above, and can be scrolled back to. If { $me } should not see them, clear this window's history or turn the screen away before going on.
session-together-cleared = The screen and its scrollback have been cleared.
session-together-keyboard-plain = { $me }, please take the keyboard. { $other }, please look away from the screen until { $me } has finished.
session-together-keyboard = { $me }, please take the keyboard. { $other }, please look away from the screen until { $me } has finished; the screen and its scrollback are cleared before anyone else's turn.
session-together-about = { $me }, the questions ask about you and about { $other }.

## session: part 2, alone (src/commands/session.rs: fn alone_hand_off, fn alone_intro)

# fn alone_hand_off: one screen, short enough for a small terminal. $me: who answers next;
# $other: who leaves the room.
session-alone-handoff =
    Part 2, alone: { $me }'s turn.

    { $other }, please leave the room now; you will be asked back in.

    { $me }: press Enter only once { $other } has left the room.
# fn alone_intro, the first paragraph: exact (every gate known) or at most (a gate not yet
# answered may leave some out). $me: who answers; $count: how many private items are left.
session-alone-next = { $me }, the next { $count ->
        [one] { $count } question is
       *[other] { $count } questions are
    } about your own safety.
session-alone-next-at-most = { $me }, the next up to { $count ->
        [one] { $count } question is
       *[other] { $count } questions are
    } about your own safety.
# fn alone_intro, when a resumed part alone has no question left (every one answered or
# closed by a gate).
session-alone-none = { $me }, no questions are left for you in this part. Next you can look over your answers, then you see your own results.
# fn alone_intro, the second paragraph: who sees these answers. $other: the other person.
# Keeps exactly these promises: not shown to $other by this tool; not in the joint report;
# the person sees their results; the therapist sees them in the clinician report.
session-alone-not-shown = This tool does not show your answers to { $other }: they are not in the joint report. You see your results at the end of this part, and the therapist sees them in the clinician report.
# fn alone_intro, the third paragraph.
session-alone-skip = Skip any question you would rather not answer, or that is not safe to answer now; q leaves at once.

## session: the person's own private results (src/commands/session.rs: fn own_private_results)

# The heading (the code adds "\n\n"). $me: the person.
session-private-heading = { $me }, your private results
# When no private rule fired.
session-private-none = None of the private safety rules fired on your answers. If something still worries you, the help below is there for you too.
# Under a fired rule's message ("• " and the message are the code's); the code indents it two
# spaces. $prompt: the rule's prompt (questionnaire text).
session-private-prompt = For you to think about, on your own: { $prompt }
# The heading above the questionnaire's resources text.
session-private-resources = If you need support
# The last paragraph. $other: the other person. Keeps exactly these promises: the therapist
# sees them in the clinician report; this tool does not show them to $other.
session-private-wiped = This screen is wiped when you press Enter. The therapist sees these answers in the clinician report; this tool does not show them to { $other }.

## session: after part 2 (src/commands/session.rs: fn after_alone)

# After the first person's part 2. $me: who just finished; $other: who comes in next.
session-after-alone-first =
    Thank you, { $me }. The screen has been cleared.

    Please ask { $other } to come in, and leave the room yourself for { $other }'s part.
# After the second person's part 2.
session-after-alone-second =
    Thank you, { $me }. The screen has been cleared.

    The therapist can now ask { $other } to come back in.

## session: the gate (src/commands/session.rs: fn gate, fn session)

# fn gate: the paragraphs, joined with "\n\n", the same whatever the answers: finished;
# plain-warning (--plain); saved or not-saved; plain-private (--plain with private items and
# files); therapist.
session-gate-finished = Both of you have finished.
session-gate-plain-warning = This plain mode cannot clear the screen: the answers above are still on it and can be scrolled back to.
# $dir: the session folder, shell-quoted.
session-gate-saved = The answers, the joint report and the clinician report are saved in { $dir }.
session-gate-not-saved = Nothing was saved (--no-save).
# $first, $second: the names; $first_file, $second_file: their answers files, shell-quoted.
# The commands and their indent stay as they are; {"  "} keeps the two spaces of a line that
# starts with a name (fluent-rs drops the indent before a placeable at a line's start).
session-gate-plain-private =
    The private questions about safety were not asked on this shared screen, which cannot be cleared. Each of you answers them later, alone, on a screen no one else can see, into your own answers file:
    {"  "}{ $first }: powerbalance take --resume { $first_file }
    {"  "}{ $second }: powerbalance take --resume { $second_file }
    (add --plain for a screen reader). Then the therapist makes the clinician report again with
      powerbalance score --clinician { $first_file } { $second_file }
session-gate-therapist = For the therapist: show the joint report on this screen, where both of you can see it, or finish without showing it. The clinician report is never shown here.
# fn session: the gate's two options, after the keys j and f.
session-gate-show = Show the joint report on this screen
session-gate-finish = Finish without showing it

## session: the end and its errors (src/commands/session.rs)

# fn session: the last line on stderr (the code prints "\n" before it). $dir: the session
# folder, shell-quoted.
session-end-saved = Finished. The answers and the reports are saved in { $dir }.
session-end-not-saved = Finished. The answers were not saved (--no-save).
# fn session: not at a terminal.
session-error-no-terminal = `session` asks its questions at a terminal, and stdin and stderr are not both terminals (or --no-input was given). Without one: each person fills in `powerbalance template`, then `powerbalance score A.json B.json` gives the joint report; or answer line by line with `session --plain`.
# fn refuse_no_save. $questionnaire: the questionnaire's id.
session-error-no-save-private = `session --no-save` would lose the clinician report, the only place where the private answers of `{ $questionnaire }` reach the therapist; give --save-dir DIR (and remove the folder when it is no longer needed), or a questionnaire without private items
# Person::open: a file in the folder holds other people's answers. $file: the file;
# $respondent, $partner: the names in it; $me, $other: the names of this session.
session-error-wrong-people = `{ $file }` holds { $respondent }'s answers about { $partner }, not { $me }'s about { $other }; use another --save-dir

## The data folder (src/interactive/save.rs; moving to the data-folder module of issue 9)

# fn data_dir: the context when there is no data directory.
save-error-no-data-dir = finding your data directory (is HOME set?); pass --save FILE instead
# fn check_owned. $dir: the folder (display).
save-error-checking = checking `{ $dir }`
save-error-not-a-folder = `{ $dir }` is not a plain folder (it is a link or a file); powerbalance keeps answers only in a folder of its own. Remove it, or pass --save FILE
save-error-other-user = `{ $dir }` belongs to another user; powerbalance will not keep your answers there. Pass --save FILE, or set XDG_DATA_HOME to a folder of yours
save-error-making-private = making `{ $dir }` private
# fn create_private_dir, new_person_file, new_session_dir. $path: the file or folder.
save-error-creating = creating `{ $path }`
# fn new_person_file. $dir: the folder.
save-error-no-free-file = no free file name in `{ $dir }`
# fn new_session_dir. $dir: the folder.
save-error-no-free-folder = no free folder name in `{ $dir }`
