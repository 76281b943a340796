//! The plain prompter: numbered lines in, lines out, for screen readers and simple terminals
//! (`--plain`). It reads whole lines, so a pipe can drive it.

use std::io::{BufRead, Write};

use super::{
    Choice, ItemScreen, Leave, Prompter, QUICK_EXIT_KEY, ReviewChoice, ReviewRow, answer_words,
};
use crate::i18n::{Lang, Messages};
use crate::output::terminal_safe;
use crate::tr;

/// Reads answers as lines from `input`; writes prompts to `output` (stderr in use).
pub struct PlainPrompter<R, W> {
    input: R,
    output: W,
    /// Whether the last thing written was the separator (so two in a row print one).
    separated: bool,
    messages: Messages,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// A prompter over these streams, in English (the unit tests' own).
    #[cfg(test)]
    pub fn new(input: R, output: W) -> Self {
        Self::speaking(input, output, Lang::En)
    }

    /// A prompter over these streams, speaking `lang` until told otherwise.
    pub fn speaking(input: R, output: W, lang: Lang) -> Self {
        PlainPrompter {
            input,
            output,
            separated: false,
            messages: Messages::new(lang),
        }
    }

    /// One line of input without its line ending; end of input is [`Leave::EndOfInput`],
    /// and the quick exit key alone on a line is [`Leave::QuickExit`].
    fn line(&mut self) -> Result<String, Leave> {
        self.separated = false;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Err(Leave::EndOfInput);
        }
        let line = line.trim();
        if line.len() == 1 && line.starts_with(QUICK_EXIT_KEY) {
            return Err(Leave::QuickExit);
        }
        Ok(line.to_owned())
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn messages(&self) -> &Messages {
        &self.messages
    }

    fn speak(&mut self, lang: Lang) {
        if self.messages.lang() != lang {
            self.messages = Messages::new(lang);
        }
    }

    fn show(&mut self, text: &str) -> Result<(), Leave> {
        writeln!(
            self.output,
            "{}\n\n{}",
            terminal_safe(text),
            tr!(self.messages, "plain-press-enter")
        )?;
        self.line().map(drop)
    }

    fn name(&mut self, question: &str) -> Result<String, Leave> {
        loop {
            write!(self.output, "{question}: ")?;
            let name = self.line()?;
            if crate::answers::is_a_name(&name) {
                return Ok(name);
            }
            writeln!(self.output, "{}", tr!(self.messages, "plain-name-empty"))?;
        }
    }

    fn item(&mut self, s: &ItemScreen<'_>) -> Result<Choice, Leave> {
        writeln!(self.output)?;
        if let Some(turn) = s.turn {
            writeln!(self.output, "{}", terminal_safe(turn))?;
        }
        writeln!(
            self.output,
            "{}/{}. {}",
            s.position,
            s.total,
            terminal_safe(s.section)
        )?;
        writeln!(self.output, "{}", terminal_safe(s.text))?;
        for (i, label) in s.scale.labels.iter().enumerate() {
            writeln!(
                self.output,
                "  {}: {}",
                s.scale.value_at(i),
                terminal_safe(label)
            )?;
        }
        let m = &self.messages;
        writeln!(self.output, "  s: {}", tr!(m, "plain-item-skip"))?;
        if s.can_go_back {
            writeln!(self.output, "  b: {}", tr!(m, "plain-item-back"))?;
        }
        writeln!(
            self.output,
            "  {QUICK_EXIT_KEY}: {}",
            tr!(m, "plain-item-quick-exit")
        )?;
        if s.current.is_some() {
            let answer = answer_words(s.scale, s.current, m);
            writeln!(
                self.output,
                "{}",
                tr!(m, "plain-item-before", answer = answer)
            )?;
        }
        let prompt = tr!(m, "plain-item-answer-prompt");
        let (min, max) = (s.scale.min.to_string(), s.scale.max.to_string());
        let retry = if s.can_go_back {
            tr!(m, "plain-item-retry-back", min = min, max = max)
        } else {
            tr!(m, "plain-item-retry", min = min, max = max)
        };
        loop {
            write!(self.output, "{prompt} ")?;
            let line = self.line()?;
            match line.as_str() {
                "" => match s.current {
                    Some(Some(v)) => return Ok(Choice::Answer(v)),
                    Some(None) => return Ok(Choice::Skip),
                    None => {}
                },
                "s" | "S" => return Ok(Choice::Skip),
                "b" | "B" if s.can_go_back => return Ok(Choice::Back),
                other => {
                    if let Ok(v) = other.parse::<i64>()
                        && s.scale.holds(v)
                    {
                        return Ok(Choice::Answer(v));
                    }
                }
            }
            writeln!(self.output, "{retry}")?;
        }
    }

    fn review(&mut self, rows: &[ReviewRow], turn: Option<&str>) -> Result<ReviewChoice, Leave> {
        let any_private = rows.iter().any(|r| r.private);
        let mut revealed = false;
        let masked = tr!(self.messages, "review-answer-masked");
        loop {
            writeln!(self.output)?;
            if let Some(turn) = turn {
                writeln!(self.output, "{}", terminal_safe(turn))?;
            }
            writeln!(
                self.output,
                "{}",
                tr!(self.messages, "plain-review-heading")
            )?;
            for r in rows {
                writeln!(
                    self.output,
                    "  {}. {}: {}",
                    r.position,
                    r.shown_answer(revealed, &masked),
                    terminal_safe(&r.text)
                )?;
            }
            let prompt = if any_private && !revealed {
                tr!(self.messages, "plain-review-prompt-private")
            } else {
                tr!(self.messages, "plain-review-prompt")
            };
            write!(self.output, "{prompt} ")?;
            let line = self.line()?;
            if line.is_empty() || line.eq_ignore_ascii_case("f") {
                return Ok(ReviewChoice::Finish);
            }
            if any_private && line.eq_ignore_ascii_case("v") {
                revealed = true;
                continue;
            }
            match line.parse::<usize>() {
                Ok(k) if (1..=rows.len()).contains(&k) => return Ok(ReviewChoice::Change(k)),
                _ => writeln!(
                    self.output,
                    "{}",
                    tr!(
                        self.messages,
                        "plain-review-no-such",
                        number = line.as_str()
                    )
                )?,
            }
        }
    }

    /// A plain terminal cannot be cleared: a separator only (the hand-off says so).
    fn clear(&mut self) -> Result<(), Leave> {
        if !self.separated {
            writeln!(self.output, "\n----------------------------------------\n")?;
            self.separated = true;
        }
        Ok(())
    }

    fn choose(&mut self, text: &str, options: &[(char, &str)]) -> Result<char, Leave> {
        writeln!(self.output, "{}\n", terminal_safe(text))?;
        for (key, what) in options {
            writeln!(self.output, "  {key}: {what}")?;
        }
        loop {
            write!(
                self.output,
                "{} ",
                tr!(self.messages, "plain-choose-prompt")
            )?;
            let line = self.line()?.to_ascii_lowercase();
            if let Some((key, _)) = options.iter().find(|(k, _)| line == k.to_string()) {
                return Ok(*key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Scale;

    fn scale() -> Scale {
        Scale {
            id: "a".to_owned(),
            min: 1,
            max: 3,
            labels: vec!["No".to_owned(), "Maybe".to_owned(), "Yes".to_owned()],
        }
    }

    fn screen(scale: &Scale, current: crate::answers::Slot) -> ItemScreen<'_> {
        ItemScreen {
            position: 2,
            total: 9,
            section: "Listening",
            text: "I listen.",
            scale,
            current,
            can_go_back: true,
            turn: None,
        }
    }

    #[test]
    fn reads_digits_skip_back_and_retries_bad_lines() {
        let scale = scale();
        let mut out = Vec::new();
        let mut p = PlainPrompter::new("7\nyes\n2\ns\nb\n".as_bytes(), &mut out);
        assert_eq!(p.item(&screen(&scale, None)).unwrap(), Choice::Answer(2));
        assert_eq!(p.item(&screen(&scale, None)).unwrap(), Choice::Skip);
        assert_eq!(p.item(&screen(&scale, None)).unwrap(), Choice::Back);
        assert!(matches!(
            p.item(&screen(&scale, None)),
            Err(Leave::EndOfInput)
        ));
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("2/9. Listening\nI listen.\n  1: No\n  2: Maybe\n  3: Yes\n"));
        // Two bad lines (7 is off the scale), two hints.
        assert_eq!(
            text.matches("Type a number from 1 to 3, s to skip, or b to go back.")
                .count(),
            2
        );
    }

    #[test]
    fn enter_keeps_the_earlier_answer() {
        let scale = scale();
        let mut out = Vec::new();
        let mut p = PlainPrompter::new("\n".as_bytes(), &mut out);
        assert_eq!(
            p.item(&screen(&scale, Some(Some(3)))).unwrap(),
            Choice::Answer(3)
        );
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("Your answer before: Yes (3).")
        );
    }
}
