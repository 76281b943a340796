//! The terminal prompter: one item per screen, chosen with the arrow keys or a digit.
//!
//! Everything is drawn on the terminal's alternate screen, which keeps no scrollback, and
//! redrawn in place (cursor home, each line cleared to its end, the rest of the screen
//! cleared), never by printing a screen below the last: so moving the cursor or going back
//! adds nothing to the scrollback. Every screen is laid out to fit the terminal's height:
//! on a short terminal the blank lines and the longer key help go first, then the labels
//! are shown a window at a time around the cursor; the question stays. dialoguer draws
//! only the name prompt.

use console::{Key, Term, style};
use dialoguer::Input;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use unicode_width::UnicodeWidthStr;

use super::{
    Choice, ItemScreen, Leave, Prompter, QUICK_EXIT_KEY, ReviewChoice, ReviewRow, interrupt,
};
use crate::i18n::{Lang, Messages};
use crate::output::terminal_safe;
use crate::tr;

/// Prompts on the terminal behind stderr.
pub struct TerminalPrompter {
    term: Term,
    color: bool,
    messages: Messages,
}

impl TerminalPrompter {
    /// A prompter on stderr, drawing on the alternate screen from now on; `color` as
    /// decided once at the edge; speaking `lang` until told otherwise.
    pub fn new(color: bool, lang: Lang) -> Self {
        console::set_colors_enabled_stderr(color);
        interrupt::enter_alternate();
        TerminalPrompter {
            term: Term::stderr(),
            color,
            messages: Messages::new(lang),
        }
    }

    fn theme(&self) -> Box<dyn Theme> {
        if self.color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        }
    }

    /// The terminal's (rows, columns), at least 3 × 20.
    fn size(&self) -> (usize, usize) {
        let (rows, cols) = self.term.size();
        (usize::from(rows).max(3), usize::from(cols).max(20))
    }

    /// Draws `lines` from the top of the screen, in place: no line is printed below the
    /// last row, so nothing scrolls.
    fn paint(&self, lines: &[Line]) -> std::io::Result<()> {
        let (rows, _) = self.size();
        let mut out = String::from("\x1b[H");
        for (i, line) in lines.iter().take(rows).enumerate() {
            if i > 0 {
                out.push_str("\r\n");
            }
            out.push_str(&match line.look {
                Look::Plain => line.text.clone(),
                Look::Dim => style(&line.text).dim().to_string(),
                Look::Bold => style(&line.text).bold().to_string(),
                Look::Chosen => style(&line.text).cyan().bold().to_string(),
            });
            out.push_str("\x1b[K");
        }
        out.push_str("\x1b[J");
        self.term.write_str(&out)
    }

    fn key(&self) -> Result<Key, Leave> {
        match self.term.read_key_raw()? {
            Key::CtrlC => Err(Leave::Interrupted),
            Key::Char(QUICK_EXIT_KEY) => Err(Leave::QuickExit),
            key => Ok(key),
        }
    }
}

impl Drop for TerminalPrompter {
    fn drop(&mut self) {
        interrupt::leave_alternate();
    }
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    Dim,
    Bold,
    Chosen,
}

/// One line of a screen, already wrapped to fit.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line {
    text: String,
    look: Look,
}

fn line(text: impl Into<String>, look: Look) -> Line {
    Line {
        text: text.into(),
        look,
    }
}

/// `text` (made safe for the terminal) wrapped at `width`, keeping its own line breaks.
fn wrapped(text: &str, width: usize, look: Look) -> Vec<Line> {
    let safe = terminal_safe(text);
    let mut out = Vec::new();
    for l in safe.lines() {
        if l.is_empty() {
            out.push(line("", look));
            continue;
        }
        // A line that starts with spaces or a bullet keeps its indent on every line it wraps to.
        let lead = l.len() - l.trim_start_matches([' ', '•']).len();
        let indent = " ".repeat(l[..lead].chars().count());
        let options = textwrap::Options::new(width).subsequent_indent(&indent);
        out.extend(
            textwrap::wrap(l, options)
                .into_iter()
                .map(|w| line(w.into_owned(), look)),
        );
    }
    out
}

/// `lines` cut to `max`, the last kept line ending in "…" when some are left out.
fn at_most(mut lines: Vec<Line>, max: usize) -> Vec<Line> {
    if lines.len() > max {
        lines.truncate(max.max(1));
        if let Some(last) = lines.last_mut() {
            last.text.push_str(" …");
        }
    }
    lines
}

/// The screen of one item at `rows` × `cols`, `cursor` on a label or none, in `m`'s words.
fn item_lines(
    s: &ItemScreen<'_>,
    cursor: Option<usize>,
    (rows, cols): (usize, usize),
    m: &Messages,
) -> Vec<Line> {
    let width = cols.clamp(20, 100);
    let progress = format!("{}/{}  {}", s.position, s.total, terminal_safe(s.section));
    let question = wrapped(s.text, width, Look::Plain);
    let yours = format!("  {}", tr!(m, "screen-item-your-answer"));
    let labels: Vec<Line> = s
        .scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let value = s.scale.value_at(i);
            let given = s.current == Some(Some(value));
            let text = format!(
                "{} {value:>2}  {}{}",
                if cursor == Some(i) { "❯" } else { " " },
                terminal_safe(label),
                if given { yours.as_str() } else { "" }
            );
            let text: String = text.chars().take(cols).collect();
            line(
                text,
                if cursor == Some(i) {
                    Look::Chosen
                } else {
                    Look::Plain
                },
            )
        })
        .collect();
    let skipped = s.current == Some(None);

    // The full screen, when it fits.
    let mut full = Vec::new();
    if let Some(turn) = s.turn {
        full.extend(wrapped(turn, width, Look::Bold));
    }
    full.push(line(progress.clone(), Look::Dim));
    full.push(line("", Look::Plain));
    full.extend(question.iter().cloned());
    full.push(line("", Look::Plain));
    full.extend(labels.iter().cloned());
    full.push(line("", Look::Plain));
    let skip = if skipped {
        tr!(m, "screen-item-skip-skipped-before")
    } else {
        tr!(m, "screen-item-skip")
    };
    full.push(line(format!("   s  {skip}"), Look::Plain));
    if s.can_go_back {
        full.push(line(
            format!("   b  {}", tr!(m, "screen-item-back")),
            Look::Plain,
        ));
    }
    full.push(line(
        format!("   {QUICK_EXIT_KEY}  {}", tr!(m, "screen-item-quick-exit")),
        Look::Plain,
    ));
    full.push(line("", Look::Plain));
    full.push(line(tr!(m, "screen-item-help"), Look::Dim));
    if full.len() <= rows && full.iter().all(|l| l.text.chars().count() <= cols) {
        return full;
    }

    // Compact: whose turn and the progress on one line, no blank lines, the keys on one.
    let head = match s.turn {
        Some(turn) => format!("{} · {progress}", terminal_safe(turn)),
        None => progress,
    };
    let head = wrapped(&head, width, Look::Bold);
    let mut hints = vec![
        tr!(m, "screen-keys-answer"),
        if skipped {
            tr!(m, "screen-keys-skip-skipped")
        } else {
            tr!(m, "screen-keys-skip")
        },
    ];
    if s.can_go_back {
        hints.push(tr!(m, "screen-keys-back"));
    }
    hints.push(tr!(
        m,
        "screen-keys-quick-exit",
        key = QUICK_EXIT_KEY.to_string()
    ));
    let keys = wrapped(&hints.join(" · "), width, Look::Dim);
    let head = at_most(head, 2);
    let keys = at_most(keys, 2);
    let fixed = head.len() + keys.len();
    // The question keeps at least one row, and the labels at least one.
    let question = at_most(question, rows.saturating_sub(fixed + 1).max(1));
    let room = rows.saturating_sub(fixed + question.len()).max(1);
    let labels = if labels.len() <= room {
        labels
    } else {
        let at = cursor.unwrap_or(0);
        let start = at.saturating_sub(room / 2).min(labels.len() - room);
        labels[start..start + room].to_vec()
    };
    let mut out = head;
    out.extend(question);
    out.extend(labels);
    out.extend(keys);
    out
}

/// The pages of a text screen: as many wrapped lines as fit above the key line.
fn pages(text: &str, rows: usize, cols: usize) -> Vec<Vec<Line>> {
    let lines = wrapped(text, cols.clamp(20, 100), Look::Plain);
    let per_page = rows.saturating_sub(2).max(1);
    lines.chunks(per_page).map(<[Line]>::to_vec).collect()
}

/// A text and its options at `rows` × `cols`: the text a page at a time when it is long,
/// the options always whole on the last page.
fn choice_pages(
    text: &str,
    options: &[(char, &str)],
    (rows, cols): (usize, usize),
    m: &Messages,
) -> Vec<Vec<Line>> {
    let mut lines = wrapped(text, cols.clamp(20, 100), Look::Plain);
    let mut last = vec![line("", Look::Plain)];
    for (key, what) in options {
        last.push(line(format!("   {key}  {what}"), Look::Bold));
    }
    let room = rows.saturating_sub(last.len()).max(1);
    let mut pages = Vec::new();
    if lines.len() > room {
        // Earlier pages end with the key line, as text screens do.
        let per_page = rows.saturating_sub(2).max(1);
        let tail = lines.split_off(lines.len() - room.min(lines.len()));
        for chunk in lines.chunks(per_page) {
            let mut page = chunk.to_vec();
            page.push(line("", Look::Plain));
            page.push(line(
                tr!(
                    m,
                    "screen-press-enter-more",
                    key = QUICK_EXIT_KEY.to_string()
                ),
                Look::Bold,
            ));
            pages.push(page);
        }
        lines = tail;
    }
    lines.extend(last);
    pages.push(lines);
    pages
}

/// The review list at `rows` × `cols`: the finish entry, then every answer, in `m`'s words.
fn review_lines(
    rows: &[ReviewRow],
    turn: Option<&str>,
    (cursor, revealed): (usize, bool),
    size: (usize, usize),
    m: &Messages,
) -> Vec<Line> {
    let (height, cols) = size;
    let width = cols.clamp(20, 100);
    let mut head = Vec::new();
    if let Some(turn) = turn {
        head.push(line(
            terminal_safe(turn).chars().take(cols).collect::<String>(),
            Look::Bold,
        ));
    }
    head.push(line(
        tr!(m, "review-heading")
            .chars()
            .take(cols)
            .collect::<String>(),
        Look::Bold,
    ));
    let any_private = rows.iter().any(|r| r.private);
    let key = QUICK_EXIT_KEY.to_string();
    let keys = match (any_private, revealed) {
        (false, _) => tr!(m, "review-keys", key = key),
        (true, false) => tr!(m, "review-keys-show-private", key = key),
        (true, true) => tr!(m, "review-keys-hide-private", key = key),
    };
    let keys = at_most(wrapped(&keys, width, Look::Dim), 2);
    let masked = tr!(m, "review-answer-masked");
    // The answers' column: as wide as the widest answer shown (at least 22, as English's
    // "Strongly disagree (1)" needs; at most half the line, so the questions stay in view),
    // measured in terminal columns, so that longer labels (Spanish's "Totalmente en
    // desacuerdo (1)") keep the questions in one column. It is measured on what is shown,
    // never on a masked private answer.
    let shown = |r: &ReviewRow| terminal_safe(r.shown_answer(revealed, &masked)).into_owned();
    let column = rows
        .iter()
        .map(|r| shown(r).width())
        .max()
        .unwrap_or(0)
        .clamp(22, (width / 2).max(22));
    let mut entries = vec![tr!(m, "review-finish")];
    entries.extend(rows.iter().map(|r| {
        let answer = shown(r);
        let pad = column.saturating_sub(answer.width());
        format!(
            "{:>3}. {answer}{:pad$} {}",
            r.position,
            "",
            terminal_safe(&r.text)
        )
    }));
    let room = height.saturating_sub(head.len() + keys.len()).max(1);
    let start = cursor
        .saturating_sub(room / 2)
        .min(entries.len().saturating_sub(room));
    let mut out = head;
    for (i, e) in entries.iter().enumerate().skip(start).take(room) {
        let mark = if i == cursor { "❯ " } else { "  " };
        let text: String = format!("{mark}{e}").chars().take(cols).collect();
        out.push(line(
            text,
            if i == cursor {
                Look::Chosen
            } else {
                Look::Plain
            },
        ));
    }
    out.extend(keys);
    out
}

fn from_dialoguer(e: dialoguer::Error) -> Leave {
    match e {
        dialoguer::Error::IO(io) => io.into(),
    }
}

impl Prompter for TerminalPrompter {
    fn messages(&self) -> &Messages {
        &self.messages
    }

    fn speak(&mut self, lang: Lang) {
        if self.messages.lang() != lang {
            self.messages = Messages::new(lang);
        }
    }

    fn show(&mut self, text: &str) -> Result<(), Leave> {
        let (rows, cols) = self.size();
        let pages = pages(text, rows, cols);
        self.term.hide_cursor()?;
        for (i, page) in pages.iter().enumerate() {
            let mut lines = page.clone();
            lines.push(line("", Look::Plain));
            let last = i + 1 == pages.len();
            let key = QUICK_EXIT_KEY.to_string();
            lines.push(line(
                if last {
                    tr!(self.messages, "screen-press-enter-continue", key = key)
                } else {
                    tr!(self.messages, "screen-press-enter-more", key = key)
                },
                Look::Bold,
            ));
            self.paint(&lines)?;
            while self.key()? != Key::Enter {}
        }
        self.term.show_cursor()?;
        Ok(())
    }

    fn name(&mut self, question: &str) -> Result<String, Leave> {
        self.term.write_str("\x1b[H\x1b[J")?;
        let theme = self.theme();
        let empty = tr!(self.messages, "screen-name-empty");
        let name: String = Input::with_theme(theme.as_ref())
            .with_prompt(question)
            .validate_with(|s: &String| {
                if !crate::answers::is_a_name(s) {
                    Err(empty.clone())
                } else {
                    Ok(())
                }
            })
            .interact_text_on(&self.term)
            .map_err(from_dialoguer)?;
        Ok(name.trim().to_owned())
    }

    fn item(&mut self, screen: &ItemScreen<'_>) -> Result<Choice, Leave> {
        let n = screen.scale.labels.len();
        let mut cursor = match screen.current {
            Some(Some(v)) => screen.scale.point_of(v),
            _ => None,
        };
        self.term.hide_cursor()?;
        let choice = loop {
            let (rows, cols) = self.size();
            self.paint(&item_lines(screen, cursor, (rows, cols), &self.messages))?;
            let key = match self.key() {
                Ok(key) => key,
                Err(stop) => break Err(stop),
            };
            match key {
                Key::ArrowUp | Key::Char('k') => {
                    cursor = Some(cursor.map_or(0, |c| c.saturating_sub(1)))
                }
                Key::ArrowDown | Key::Char('j') => {
                    cursor = Some(cursor.map_or(0, |c| (c + 1).min(n - 1)))
                }
                Key::Enter => {
                    if let Some(c) = cursor {
                        break Ok(Choice::Answer(screen.scale.value_at(c)));
                    }
                }
                Key::Char('s') => break Ok(Choice::Skip),
                Key::Char('b') | Key::ArrowLeft | Key::Backspace if screen.can_go_back => {
                    break Ok(Choice::Back);
                }
                Key::Char(d) if d.is_ascii_digit() => {
                    let value = i64::from(d as u8 - b'0');
                    if screen.scale.holds(value) {
                        break Ok(Choice::Answer(value));
                    }
                }
                _ => {}
            }
        };
        self.term.show_cursor()?;
        choice
    }

    fn review(&mut self, rows: &[ReviewRow], turn: Option<&str>) -> Result<ReviewChoice, Leave> {
        let mut cursor = 0;
        let mut revealed = false;
        let last = rows.len();
        self.term.hide_cursor()?;
        let choice = loop {
            let size = self.size();
            let lines = review_lines(rows, turn, (cursor, revealed), size, &self.messages);
            self.paint(&lines)?;
            let page = size.0.saturating_sub(4).max(1);
            match self.key() {
                Err(stop) => break Err(stop),
                Ok(Key::ArrowUp | Key::Char('k')) => cursor = cursor.saturating_sub(1),
                Ok(Key::ArrowDown | Key::Char('j')) => cursor = (cursor + 1).min(last),
                Ok(Key::PageUp) => cursor = cursor.saturating_sub(page),
                Ok(Key::PageDown) => cursor = (cursor + page).min(last),
                Ok(Key::Home) => cursor = 0,
                Ok(Key::End) => cursor = last,
                Ok(Key::Char('v')) => revealed = !revealed,
                Ok(Key::Enter) if cursor == 0 => break Ok(ReviewChoice::Finish),
                Ok(Key::Enter) => break Ok(ReviewChoice::Change(rows[cursor - 1].position)),
                Ok(_) => {}
            }
        };
        self.term.show_cursor()?;
        choice
    }

    fn clear(&mut self) -> Result<(), Leave> {
        self.term.write_str(interrupt::WIPE)?;
        Ok(())
    }

    fn choose(&mut self, text: &str, options: &[(char, &str)]) -> Result<char, Leave> {
        let (rows, cols) = self.size();
        let pages = choice_pages(text, options, (rows, cols), &self.messages);
        self.term.hide_cursor()?;
        for (i, page) in pages.iter().enumerate() {
            self.paint(page)?;
            if i + 1 < pages.len() {
                while self.key()? != Key::Enter {}
            }
        }
        let chosen = loop {
            if let Key::Char(c) = self.key()? {
                let c = c.to_ascii_lowercase();
                if options.iter().any(|(k, _)| *k == c) {
                    break c;
                }
            }
        };
        self.term.show_cursor()?;
        Ok(chosen)
    }

    fn leave(&mut self) -> Result<(), Leave> {
        interrupt::leave_alternate();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Scale;

    fn scale() -> Scale {
        Scale {
            id: "f".to_owned(),
            min: 0,
            max: 4,
            labels: ["Never", "Rarely", "Sometimes", "Often", "Very often"]
                .map(str::to_owned)
                .to_vec(),
        }
    }

    fn screen<'a>(scale: &'a Scale, text: &'a str) -> ItemScreen<'a> {
        ItemScreen {
            position: 3,
            total: 22,
            section: "Coercive power",
            text,
            scale,
            current: None,
            can_go_back: true,
            turn: Some("Ana's turn, together with Ben"),
        }
    }

    #[test]
    fn an_item_fits_a_short_terminal_and_keeps_the_question() {
        let scale = scale();
        let text = "When we disagree, I can make things unpleasant for my partner until they give in to what I want.";
        let s = screen(&scale, text);
        // 30 rows: the full screen: turn 1 + progress 1 + blank 1 + the question (97
        // characters: 2 lines at 60) + blank 1 + 5 labels + blank 1 + s, b, q 3 + blank 1 +
        // help 1 = 17 lines.
        let en = Messages::new(Lang::En);
        let full = item_lines(&s, Some(4), (30, 60), &en);
        assert_eq!(full.len(), 17);
        // 10 rows: compact, within 10, question and whose turn still there.
        for rows in [10, 6, 4] {
            let short = item_lines(&s, Some(4), (rows, 60), &en);
            assert!(short.len() <= rows, "{rows}: {short:?}");
            let all: String = short.iter().map(|l| l.text.clone() + "\n").collect();
            assert!(all.contains("Ana's turn"), "{rows}: {all}");
            assert!(all.contains("When we disagree"), "{rows}: {all}");
            // The cursor's label is always in view.
            assert!(all.contains("Very often"), "{rows}: {all}");
        }
    }

    #[test]
    fn a_long_choice_comes_a_page_at_a_time_with_its_options_whole() {
        let text = "word ".repeat(120);
        let options = [('j', "Show it"), ('f', "Finish")];
        // 600 characters at 60 columns: about 10 lines, more than the 7 that fit above the
        // blank line and the two options on a 10-row screen.
        let en = Messages::new(Lang::En);
        let pages = choice_pages(&text, &options, (10, 60), &en);
        assert!(pages.len() >= 2, "{pages:?}");
        assert!(pages.iter().all(|p| p.len() <= 10));
        let last: Vec<&str> = pages
            .last()
            .unwrap()
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(&last[last.len() - 2..], ["   j  Show it", "   f  Finish"]);
        let words: usize = pages
            .iter()
            .flatten()
            .map(|l| l.text.matches("word").count())
            .sum();
        assert_eq!(words, 120, "no word of the text is lost");
        // A short one is one page.
        assert_eq!(choice_pages("Done.", &options, (10, 60), &en).len(), 1);
    }

    #[test]
    fn the_review_masks_private_answers_until_asked() {
        let row = |position, private| ReviewRow {
            position,
            section: "Safety".to_owned(),
            text: "A private question.".to_owned(),
            answer: "Often (3)".to_owned(),
            given: true,
            private,
        };
        let rows = [row(1, false), row(2, true)];
        let text = |revealed| {
            review_lines(
                &rows,
                None,
                (0, revealed),
                (10, 80),
                &Messages::new(Lang::En),
            )
            .iter()
            .map(|l| l.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
        };
        assert_eq!(text(false).matches("Often (3)").count(), 1);
        assert!(text(false).contains("answered"));
        assert_eq!(text(true).matches("Often (3)").count(), 2);
    }

    #[test]
    fn the_review_keeps_questions_in_one_column_past_long_labels() {
        let row = |position, answer: &str| ReviewRow {
            position,
            section: "Poder".to_owned(),
            text: "Una pregunta.".to_owned(),
            answer: answer.to_owned(),
            given: true,
            private: false,
        };
        // 28 columns, then 9 and 13 (with an accented letter, one column like any other).
        let rows = [
            row(1, "Totalmente en desacuerdo (1)"),
            row(2, "Acuerdo (4)"),
            row(10, "Algún día (2)"),
        ];
        let lines = review_lines(&rows, None, (0, false), (10, 80), &Messages::new(Lang::Es));
        let starts: Vec<usize> = lines
            .iter()
            .filter_map(|l| l.text.find("Una pregunta.").map(|at| l.text[..at].width()))
            .collect();
        // "❯ " or "  ", the number in 3 columns and ". ", 28 columns, a space: 2 + 5 + 28 + 1.
        assert_eq!(starts, [36, 36, 36]);

        // A private answer is measured as shown: masked, it is the short word, so the column
        // stays 22 (2 + 5 + 22 + 1 = 30) whatever the answer; shown, it is the answer's 28.
        let private = ReviewRow {
            private: true,
            ..row(1, "Totalmente en desacuerdo (1)")
        };
        let starts = |revealed| {
            let rows = [private.clone(), row(2, "Acuerdo (4)")];
            review_lines(
                &rows,
                None,
                (0, revealed),
                (10, 80),
                &Messages::new(Lang::Es),
            )
            .iter()
            .filter_map(|l| l.text.find("Una pregunta.").map(|at| l.text[..at].width()))
            .collect::<Vec<_>>()
        };
        assert_eq!(starts(false), [30, 30]);
        assert_eq!(starts(true), [36, 36]);
    }
}
