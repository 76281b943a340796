//! The terminal prompter: one item per screen, chosen with the arrow keys or a digit.
//!
//! dialoguer draws the name prompt and the review list; the item screen is drawn here with
//! `console`, because choosing by the digit of the answer is not a dialoguer prompt.

use console::{Key, Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, Select};

use super::{Choice, ItemScreen, Prompter, ReviewChoice, ReviewRow, Stop};

/// Prompts on the terminal behind stderr.
pub struct TerminalPrompter {
    term: Term,
    color: bool,
}

impl TerminalPrompter {
    /// A prompter on stderr; `color` as decided once at the edge.
    pub fn new(color: bool) -> Self {
        console::set_colors_enabled_stderr(color);
        TerminalPrompter {
            term: Term::stderr(),
            color,
        }
    }

    fn theme(&self) -> Box<dyn Theme> {
        if self.color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        }
    }

    /// Writes `text` wrapped at the terminal's width, keeping its own line breaks.
    fn write_wrapped(&self, text: &str) -> std::io::Result<()> {
        let width = usize::from(self.term.size().1).clamp(20, 100);
        for line in text.lines() {
            self.term.write_line(&textwrap::fill(line, width))?;
        }
        Ok(())
    }

    fn draw(&self, screen: &ItemScreen<'_>, cursor: Option<usize>) -> std::io::Result<()> {
        let t = &self.term;
        t.clear_screen()?;
        t.write_line(&format!(
            "{}  {}",
            style(format!("{}/{}", screen.position, screen.total)).dim(),
            style(screen.section).bold()
        ))?;
        t.write_line("")?;
        self.write_wrapped(screen.text)?;
        t.write_line("")?;
        for (i, label) in screen.scale.labels.iter().enumerate() {
            let value = screen.scale.min + i as i64;
            let given = screen.current == Some(Some(value));
            let line = format!(
                "{} {value:>2}  {label}{}",
                if cursor == Some(i) { "❯" } else { " " },
                if given { "  (your answer)" } else { "" }
            );
            if cursor == Some(i) {
                t.write_line(&style(line).cyan().bold().to_string())?;
            } else {
                t.write_line(&line)?;
            }
        }
        t.write_line("")?;
        let skipped = if screen.current == Some(None) {
            "  (skipped before)"
        } else {
            ""
        };
        t.write_line(&format!("   s  Prefer not to answer{skipped}"))?;
        if screen.can_go_back {
            t.write_line("   b  Back to the previous question")?;
        }
        t.write_line("")?;
        t.write_line(
            &style("Type the number of your answer, or use ↑ ↓ and Enter.")
                .dim()
                .to_string(),
        )
    }
}

fn from_dialoguer(e: dialoguer::Error) -> Stop {
    match e {
        dialoguer::Error::IO(io) => io.into(),
    }
}

impl Prompter for TerminalPrompter {
    fn show(&mut self, text: &str) -> Result<(), Stop> {
        self.term.clear_screen()?;
        self.write_wrapped(text)?;
        self.term.write_line("")?;
        self.term
            .write_line(&style("Press Enter to continue.").bold().to_string())?;
        loop {
            match self.term.read_key_raw()? {
                Key::Enter => return Ok(()),
                Key::CtrlC => return Err(Stop::Interrupted),
                _ => {}
            }
        }
    }

    fn name(&mut self, question: &str) -> Result<String, Stop> {
        let theme = self.theme();
        let name: String = Input::with_theme(theme.as_ref())
            .with_prompt(question)
            .validate_with(|s: &String| {
                if s.trim().is_empty() {
                    Err("please type a name, or a label such as A")
                } else {
                    Ok(())
                }
            })
            .interact_text_on(&self.term)
            .map_err(from_dialoguer)?;
        Ok(name.trim().to_owned())
    }

    fn item(&mut self, screen: &ItemScreen<'_>) -> Result<Choice, Stop> {
        let n = screen.scale.labels.len();
        let mut cursor = match screen.current {
            Some(Some(v)) => usize::try_from(v - screen.scale.min).ok(),
            _ => None,
        };
        self.term.hide_cursor()?;
        let choice = loop {
            self.draw(screen, cursor)?;
            match self.term.read_key_raw()? {
                Key::CtrlC => break Err(Stop::Interrupted),
                Key::ArrowUp | Key::Char('k') => {
                    cursor = Some(cursor.map_or(0, |c| c.saturating_sub(1)))
                }
                Key::ArrowDown | Key::Char('j') => {
                    cursor = Some(cursor.map_or(0, |c| (c + 1).min(n - 1)))
                }
                Key::Enter => {
                    if let Some(c) = cursor {
                        break Ok(Choice::Answer(screen.scale.min + c as i64));
                    }
                }
                Key::Char('s') => break Ok(Choice::Skip),
                Key::Char('b') | Key::ArrowLeft | Key::Backspace if screen.can_go_back => {
                    break Ok(Choice::Back);
                }
                Key::Char(d) if d.is_ascii_digit() => {
                    let value = i64::from(d as u8 - b'0');
                    if (screen.scale.min..=screen.scale.max).contains(&value) {
                        break Ok(Choice::Answer(value));
                    }
                }
                _ => {}
            }
        };
        self.term.show_cursor()?;
        choice
    }

    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, Stop> {
        self.term.clear_screen()?;
        let width = usize::from(self.term.size().1).max(40);
        let mut labels = vec!["Finish and see the report".to_owned()];
        labels.extend(rows.iter().map(|r| {
            let line = format!("{:>3}. {:<30} {}", r.position, r.answer, r.text);
            line.chars().take(width - 4).collect::<String>()
        }));
        let height = usize::from(self.term.size().0).saturating_sub(4).max(5);
        let theme = self.theme();
        loop {
            let picked = Select::with_theme(theme.as_ref())
                .with_prompt("Review your answers: choose one to change it, or finish")
                .items(&labels)
                .default(0)
                .max_length(height)
                .interact_on_opt(&self.term)
                .map_err(from_dialoguer)?;
            match picked {
                Some(0) => return Ok(ReviewChoice::Finish),
                Some(k) => return Ok(ReviewChoice::Change(k)),
                None => {}
            }
        }
    }

    fn clear(&mut self) -> Result<(), Stop> {
        self.term.clear_screen()?;
        Ok(())
    }
}
