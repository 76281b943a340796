//! Writing results: standard output (a closed pipe is a normal end) or a file, atomically.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use anyhow::Context;

use crate::cli::ColorChoice;

/// Writes `text` to `path`, or to standard output when `path` is `None`.
///
/// A file must pass [`check_target`] (`force` allows replacing an existing file). It is
/// written to a temporary file beside it and renamed into place, so a failure never leaves
/// half a file and never touches an earlier one; it is created with mode 0600, as the data
/// is private.
pub fn emit(path: Option<&Path>, text: &str, force: bool) -> anyhow::Result<()> {
    match path {
        None => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("writing to standard output"),
            }
        }
        Some(path) => {
            check_target(path, force)?;
            write_atomic(path, text.as_bytes())
                .with_context(|| format!("writing `{}`", path.display()))
        }
    }
}

/// Checks that a file may be written at `path`: its folder exists, and the path is not a
/// symbolic link (which someone else could have planted), not something other than a file,
/// and not an existing file unless `force` is given.
pub fn check_target(path: &Path, force: bool) -> anyhow::Result<()> {
    let shown = path.display();
    let dir = folder_of(path);
    if !dir.is_dir() {
        anyhow::bail!(
            "cannot write `{shown}`: the folder `{}` does not exist; create it or choose another place",
            dir.display()
        );
    }
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("checking `{shown}`")),
        Ok(m) if m.file_type().is_symlink() => anyhow::bail!(
            "`{shown}` is a symbolic link; powerbalance never writes through a link, which \
             someone else could have placed. Remove it, or choose another file"
        ),
        Ok(m) if !m.is_file() => {
            anyhow::bail!("`{shown}` is not a regular file; choose a file name")
        }
        Ok(_) if !force => anyhow::bail!(
            "`{shown}` already exists; add --force to replace it, or choose another file"
        ),
        Ok(_) => Ok(()),
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory, renamed into
/// place, so a reader sees the old file or the new one, never half of one. The file is
/// mode 0600 whatever the umask.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut file = tempfile::NamedTempFile::new_in(folder_of(path))?;
    file.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether to colour a stream, decided once: `--color`, then `NO_COLOR`, `TERM=dumb`, and
/// whether the stream is a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    color_wanted(choice, is_terminal, |name| std::env::var_os(name))
}

/// [`use_color`] with the environment passed in, so it can be tested.
fn color_wanted(
    choice: ColorChoice,
    is_terminal: bool,
    var: impl Fn(&str) -> Option<OsString>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = var("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = var("TERM").is_some_and(|t| t == "dumb");
            is_terminal && !no_color && !dumb
        }
    }
}

/// Prints `error: …` lines on standard error, the prefix coloured when colour is on.
pub fn print_error(lines: &[String], choice: ColorChoice) {
    let prefix = if use_color(choice, io::stderr().is_terminal()) {
        "\x1b[1;31merror\x1b[0m:"
    } else {
        "error:"
    };
    let mut stderr = io::stderr().lock();
    for line in lines {
        let _ = writeln!(stderr, "{prefix} {line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn auto_colours_a_terminal_unless_no_color_or_a_dumb_terminal() {
        use ColorChoice::{Always, Auto, Never};
        assert!(color_wanted(Auto, true, env(&[("TERM", "xterm-256color")])));
        assert!(!color_wanted(Auto, false, env(&[])), "not a terminal");
        assert!(!color_wanted(Auto, true, env(&[("NO_COLOR", "1")])));
        // NO_COLOR counts only when it is not empty (no-color.org).
        assert!(color_wanted(Auto, true, env(&[("NO_COLOR", "")])));
        assert!(!color_wanted(Auto, true, env(&[("TERM", "dumb")])));
        // An explicit choice wins over the environment.
        assert!(color_wanted(Always, false, env(&[("NO_COLOR", "1")])));
        assert!(!color_wanted(Never, true, env(&[])));
    }
}
