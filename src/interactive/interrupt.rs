//! Ctrl-C while answering: show the cursor again, say where the answers are and how to go
//! on, and exit 130 (SPEC §8).
//!
//! The same end is reached from the signal handler (Ctrl-C at a line prompt), which exits
//! itself, and from the prompters (Ctrl-C read as a key in raw mode, the end of input, the
//! quick exit), which return to `main` through [`crate::error::Error::Interrupted`]. A save
//! holds the same lock, so an interrupt waits for the file to be whole before the process
//! ends.

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

/// Routes SIGINT to [`on_signal`]. Called once, before the first prompt.
pub fn install() {
    // An error means a handler is already set (a second call): nothing to do.
    let _ = ctrlc::set_handler(on_signal);
}

/// What [`stop`] prints from now on.
pub fn set_message(message: String) {
    *MESSAGE.lock().unwrap_or_else(PoisonError::into_inner) = Some(message);
}

/// Runs a save so that an interrupt cannot end the process half-way through it.
pub fn while_saving<T>(save: impl FnOnce() -> T) -> T {
    let _guard = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    save()
}

/// Whether the end has been said already (by [`stop`] or [`quick_stop`]): a signal after it
/// only ends the process, saying nothing more (after the quick exit, above all).
static ENDED: AtomicBool = AtomicBool::new(false);

/// Ctrl-C at a line prompt (the signal handler): says where the answers are, removes the
/// temporary files, and exits 130. The only way out of the process that is not a return
/// to `main`: a signal cannot return to the code it interrupted.
fn on_signal() {
    // Held to the exit, so no save can begin after it.
    let message = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    if !ENDED.swap(true, Ordering::SeqCst) {
        say_stopped(message.as_deref());
    }
    crate::output::remove_temporaries();
    std::process::exit(i32::from(crate::exit_codes::EXIT_INTERRUPTED))
}

/// Answering stopped (Ctrl-C read as a key, or the end of input): restores the terminal and
/// prints where the answers are. The caller returns [`crate::error::Error::Interrupted`],
/// which `main` ends with 130.
pub fn stop() {
    let message = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    if !ENDED.swap(true, Ordering::SeqCst) {
        say_stopped(message.as_deref());
    }
}

fn say_stopped(message: Option<&str>) {
    let term = console::Term::stderr();
    if term.is_term() {
        leave_alternate();
        let _ = term.show_cursor();
    }
    crate::output::say(&format!(
        "\n{}",
        message.map_or_else(|| crate::ui!("interrupt-nothing-yet"), str::to_owned)
    ));
}

/// The quick exit (SPEC §8): waits for a save in progress (every answer is already saved),
/// wipes the screen and the scrollback, and prints nothing about the questionnaire. The
/// caller returns [`crate::error::Error::Interrupted`], which `main` ends with 130.
pub fn quick_stop() {
    let _guard = MESSAGE.lock().unwrap_or_else(PoisonError::into_inner);
    ENDED.store(true, Ordering::SeqCst);
    if console::Term::stderr().is_term() {
        if !ALTERNATE.load(Ordering::SeqCst) {
            write_stderr(WIPE);
        }
        leave_alternate();
        write_stderr("\x1b[?25h");
    }
}
