//! Ctrl-C while answering: show the cursor again, say where the answers are and how to go
//! on, and exit 130 (SPEC §8).
//!
//! The same end is reached from the signal handler (Ctrl-C at a line prompt) and from the
//! prompters (Ctrl-C read as a key in raw mode). A save holds the same lock, so an interrupt
//! waits for the file to be whole before the process ends.

use std::sync::{Mutex, PoisonError};

/// What to say on an interrupt; `None` until something has been saved.
static MESSAGE: Mutex<Option<String>> = Mutex::new(None);

/// Routes SIGINT to [`finish`]. Called once, before the first prompt.
pub fn install() {
    // An error means a handler is already set (a second call): nothing to do.
    let _ = ctrlc::set_handler(|| finish());
}

/// What [`finish`] prints from now on.
pub fn set_message(message: String) {
    *MESSAGE.lock().unwrap_or_else(PoisonError::into_inner) = Some(message);
}

/// Runs a save so that an interrupt cannot end the process half-way through it.
pub fn while_saving<T>(save: impl FnOnce() -> T) -> T {
    let _guard = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    save()
}

/// Restores the terminal, prints where the answers are, and exits with 130.
pub fn finish() -> ! {
    let message = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
    }
    eprintln!(
        "\n{}",
        message
            .as_deref()
            .unwrap_or("Stopped before any answer was given; nothing was saved.")
    );
    crate::output::remove_temporaries();
    std::process::exit(130)
}

/// A path or word as the shell would need it typed: quoted only when it has to be.
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@+,".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(shell_quote("/tmp/a.json"), "/tmp/a.json");
        assert_eq!(shell_quote("my answers.json"), "'my answers.json'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
