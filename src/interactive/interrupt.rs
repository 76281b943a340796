//! Ctrl-C while answering: show the cursor again, say where the answers are and how to go
//! on, and exit 130 (SPEC §8).
//!
//! The same end is reached from the signal handler (Ctrl-C at a line prompt) and from the
//! prompters (Ctrl-C read as a key in raw mode). A save holds the same lock, so an interrupt
//! waits for the file to be whole before the process ends.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// What to say on an interrupt; `None` until something has been saved.
static MESSAGE: Mutex<Option<String>> = Mutex::new(None);

/// Whether the prompts are on the terminal's alternate screen now.
static ALTERNATE: AtomicBool = AtomicBool::new(false);

/// Home, clear the screen, then clear the scrollback (`ESC[3J`), in that order: some
/// terminals keep what `ESC[2J` clears in the scrollback, which `ESC[3J` then empties.
pub const WIPE: &str = "\x1b[H\x1b[2J\x1b[3J";

/// Switches stderr's terminal to its alternate screen (which keeps no scrollback) and
/// wipes it, for all the prompting that follows.
pub fn enter_alternate() {
    ALTERNATE.store(true, Ordering::SeqCst);
    write_stderr(&format!("\x1b[?1049h{WIPE}"));
}

/// Leaves the alternate screen, if on it, and wipes the screen and the scrollback; shows
/// the cursor.
pub fn leave_alternate() {
    if ALTERNATE.swap(false, Ordering::SeqCst) {
        write_stderr(&format!("{WIPE}\x1b[?1049l{WIPE}\x1b[?25h"));
    }
}

fn write_stderr(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

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
        leave_alternate();
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

/// The quick exit (SPEC §8): waits for a save in progress (every answer is already saved),
/// wipes the screen and the scrollback, and exits 130 printing nothing about the
/// questionnaire.
pub fn quick_exit() -> ! {
    let _guard = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    if console::Term::stderr().is_term() {
        if !ALTERNATE.load(Ordering::SeqCst) {
            write_stderr(WIPE);
        }
        leave_alternate();
        write_stderr("\x1b[?25h");
    }
    // The run's claims and temporary files go with it, as on Ctrl-C (no save is under way:
    // saving holds the lock taken above).
    crate::output::remove_temporaries();
    std::process::exit(130)
}
