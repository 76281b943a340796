//! Writing results: standard output (a closed pipe is a normal end) or a file, atomically.

use std::borrow::Cow;
use std::io::{self, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use anyhow::Context;

/// Ends the function with a [`crate::error::Refusal`]: the tool will not do this to a file.
macro_rules! refuse {
    ($($arg:tt)*) => {
        return Err(crate::error::Refusal(format!($($arg)*)).into())
    };
}
pub(crate) use refuse;

/// Writes `text` to `path`, or to standard output when `path` is `None`.
///
/// A file must pass [`check_target`] (`force` allows replacing an existing file). It is
/// written to a temporary file beside it and renamed into place, so a failure never leaves
/// half a file and never touches an earlier one; it is created with mode 0600, as the data
/// is private.
pub fn emit(path: Option<&Path>, text: &str, force: bool) -> anyhow::Result<()> {
    Sink::open(path, force)?.write_with(|out| out.write_all(text.as_bytes()))
}

/// How a failed write of output ends, the one rule for a closed pipe: when the reader of
/// the pipe written into has gone (`| head` has what it wanted), that is a normal end, with
/// nothing said and nothing more written; any other failure is an error saying what was
/// being written (`doing`).
pub fn write_failed(e: io::Error, doing: &str) -> anyhow::Result<()> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(anyhow::Error::new(e).context(doing.to_owned()))
    }
}

/// Whether `path` names standard output: `-`, or `/dev/stdout` (a link the system keeps, so
/// the one link that is followed).
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-") || path == Path::new("/dev/stdout")
}

/// Checks that a file may be written at `path`: its folder exists, and the path is not a
/// symbolic link (which someone else could have planted), not something other than a file,
/// and not an existing file unless `force` is given. Standard output (`-`, `/dev/stdout`)
/// always may. Every path the tool writes, or reads to write again (`--resume`), passes here.
pub fn check_target(path: &Path, force: bool) -> anyhow::Result<()> {
    if is_stdout(path) {
        return Ok(());
    }
    let shown = path.display().to_string();
    let dir = folder_of(path);
    if !dir.is_dir() {
        refuse!(
            "{}",
            crate::ui!(
                "error-write-folder-missing",
                file = shown,
                folder = dir.display().to_string()
            )
        );
    }
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| crate::ui!("error-context-checking", file = shown)),
        Ok(m) if m.file_type().is_symlink() => {
            refuse!("{}", crate::ui!("error-write-symlink", file = shown))
        }
        // A device or a pipe (`/dev/null`, a FIFO) is written directly; nothing is replaced.
        Ok(m) if m.file_type().is_char_device() || m.file_type().is_fifo() => Ok(()),
        Ok(m) if !m.is_file() => {
            refuse!("{}", crate::ui!("error-write-not-regular", file = shown))
        }
        Ok(_) if !force => {
            refuse!("{}", crate::ui!("error-write-exists", file = shown))
        }
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
/// place, so a reader sees the old file or the new one, never half of one (see [`FileSink`]).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut sink = FileSink::create(path)?;
    sink.write_all(bytes)?;
    sink.finish()
}

/// [`write_atomic`] of a new file: one that exists by then is left alone and the write fails
/// (`AlreadyExists`), so two processes can never both create the same file.
pub(crate) fn write_atomic_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut sink = FileSink::create(path)?;
    sink.write_all(bytes)?;
    sink.finish_new()
}

/// How large a pipe on standard output is made for a stream of results: the most Linux gives
/// a process without privileges (`/proc/sys/fs/pipe-max-size`, 1 MiB by default).
#[cfg(target_os = "linux")]
const STREAM_PIPE: usize = 1 << 20;

/// Grows the pipe standard output writes into (when it is one) to [`STREAM_PIPE`], so a
/// batch writing into `| jq` or `| gzip` waits for the reader only when it is a megabyte
/// behind, not at every 64 KiB. Best effort: anything but a pipe, or a refusal, leaves it.
/// Returns the pipe's size, when standard output is a pipe whose size could be read.
pub fn grow_stdout_pipe() -> Option<usize> {
    #[cfg(target_os = "linux")]
    {
        let stdout = io::stdout();
        if !stdout_kind().is_some_and(|kind| kind.is_fifo()) {
            return None;
        }
        let size = rustix::pipe::fcntl_getpipe_size(&stdout).ok()?;
        if size >= STREAM_PIPE {
            return Some(size);
        }
        Some(rustix::pipe::fcntl_setpipe_size(&stdout, STREAM_PIPE).unwrap_or(size))
    }
    #[cfg(not(target_os = "linux"))]
    None
}

/// What standard output is (a file, a pipe, a device such as `/dev/null` or a terminal),
/// where the system says.
#[cfg(unix)]
pub fn stdout_kind() -> Option<rustix::fs::FileType> {
    kind_of(io::stdout())
}

/// What `fd` is open on (a file, a pipe, a device, a terminal), where the system says.
#[cfg(unix)]
pub fn kind_of(fd: impl std::os::fd::AsFd) -> Option<rustix::fs::FileType> {
    let st = rustix::fs::fstat(fd).ok()?;
    Some(rustix::fs::FileType::from_raw_mode(st.st_mode))
}

/// Where a stream of results goes: standard output, or a file written atomically.
#[derive(Debug)]
pub enum Sink {
    /// Standard output, buffered (not locked, so that the threads of a batch can take turns
    /// at it).
    Stdout(io::BufWriter<io::Stdout>),
    /// A file (see [`FileSink`]), buffered; its name in messages, and whether it may
    /// replace a file.
    File(io::BufWriter<FileSink>, String, bool),
}

impl Sink {
    /// Standard output when `path` is `None`, else the file, once it passes
    /// [`check_target`] (`force` replaces an existing file).
    pub fn open(path: Option<&Path>, force: bool) -> anyhow::Result<Sink> {
        const BUFFER: usize = 64 * 1024;
        Ok(match path {
            None => Sink::Stdout(io::BufWriter::with_capacity(BUFFER, io::stdout())),
            Some(path) if is_stdout(path) => {
                Sink::Stdout(io::BufWriter::with_capacity(BUFFER, io::stdout()))
            }
            Some(path) => {
                check_target(path, force)?;
                let name = path.display().to_string();
                let file = FileSink::create(path).with_context(|| {
                    crate::ui!("error-context-writing-file", file = name.clone())
                })?;
                Sink::File(io::BufWriter::with_capacity(BUFFER, file), name, force)
            }
        })
    }

    /// The file's path as messages name it; `None` for standard output.
    pub fn name(&self) -> Option<&str> {
        match self {
            Sink::Stdout(_) => None,
            Sink::File(_, name, _) => Some(name),
        }
    }

    /// Ends early: what standard output was given is flushed (a closed pipe is ignored), and
    /// a file is not put in place.
    pub fn abandon(self) {
        if let Sink::Stdout(mut w) = self {
            let _ = w.flush();
        }
    }

    /// Writes what `write` writes and [`finish`](Self::finish)es: output made as it is
    /// written, never held whole (a history of many sittings). A failed write puts no file in
    /// place and says what was being written; a closed standard output is a normal end.
    pub fn write_with(
        mut self,
        write: impl FnOnce(&mut Sink) -> io::Result<()>,
    ) -> anyhow::Result<()> {
        match write(&mut self) {
            Ok(()) => self.finish(),
            Err(e) => {
                let doing = match self.name() {
                    Some(file) => crate::ui!("error-context-writing-file", file = file),
                    None => crate::ui!("error-context-writing-stdout"),
                };
                self.abandon();
                write_failed(e, &doing)
            }
        }
    }

    /// Flushes, and moves a file into place. A closed standard output is a normal end.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut w) => w
                .flush()
                .or_else(|e| write_failed(e, &crate::ui!("error-context-writing-stdout"))),
            Sink::File(w, name, replace) => w
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|f| if replace { f.finish() } else { f.finish_new() })
                .with_context(|| crate::ui!("error-context-writing-file", file = name)),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w, ..) => w.write(buf),
        }
    }

    /// A large write goes straight on, uncopied, after what is buffered: a batch hands in
    /// pieces sized for a pipe ([`crate::jsonl::batch::PipeWriter`]), which are written as
    /// they are.
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        fn through<W: Write>(w: &mut io::BufWriter<W>, buf: &[u8]) -> io::Result<()> {
            if buf.len() < w.capacity() / 2 {
                return w.write_all(buf);
            }
            if !w.buffer().is_empty() {
                w.flush()?;
            }
            w.get_mut().write_all(buf)
        }
        match self {
            Sink::Stdout(w) => through(w, buf),
            Sink::File(w, ..) => through(w, buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w, ..) => w.flush(),
        }
    }
}

/// A file being written: a temporary file beside the target (mode 0600), renamed into place
/// by [`FileSink::finish`], so a failure never leaves half a file. A target that exists and
/// is not a regular file (`/dev/null`, a pipe) is written directly: renaming over it would
/// replace it.
///
/// The temporary file is named `.NAME.powerbalance-XXXXXX.tmp` after the file it becomes, so
/// that a leftover (after a `kill -9` or a power cut, the only ends that cannot clean up)
/// says whose it is and what for; the next run that claims that answers file removes it
/// ([`Claim::take`]). It is removed on every other end: an error, a return, and Ctrl-C,
/// SIGTERM or SIGHUP, whose handler removes every temporary file still open before the
/// process exits 130.
#[derive(Debug)]
pub enum FileSink {
    /// A regular file, in its temporary place until the end.
    Temporary(tempfile::NamedTempFile, std::path::PathBuf, Registered),
    /// A device or a pipe.
    Direct(std::fs::File),
}

/// A temporary file's place in the list the signal handler clears; leaves it when dropped.
#[derive(Debug)]
pub struct Registered(std::path::PathBuf);

impl Registered {
    fn new(path: &Path) -> Registered {
        temporaries().push(path.to_owned());
        Registered(path.to_owned())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        temporaries().retain(|t| *t != self.0);
    }
}

/// What a temporary file's name holds after the target's name.
pub const TEMPORARY_MARK: &str = ".powerbalance-";
/// What a temporary file's name ends with.
pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// The start of the name of `target`'s temporary files: `.NAME.powerbalance-`, the name cut
/// to 100 bytes (at a character) so that the whole stays a valid file name.
fn temporary_prefix(target: &Path) -> String {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let mut end = name.len().min(100);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!(".{}{TEMPORARY_MARK}", &name[..end])
}

/// The temporary files open now, for the signal handler to remove.
static TEMPORARIES: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn temporaries() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    TEMPORARIES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The claim files held now (see [`Claim`]), for the signal handler to remove.
static CLAIMS: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn claims() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    CLAIMS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Removes every temporary file still open and every claim file still held; called on an
/// interrupt, just before exiting.
pub fn remove_temporaries() {
    for path in temporaries().drain(..).chain(claims().drain(..)) {
        let _ = std::fs::remove_file(path);
    }
}

/// Makes Ctrl-C, SIGTERM and SIGHUP remove the temporary files and exit 130, unless a
/// handler is set already (`take` and `session` set theirs, which calls
/// [`remove_temporaries`] too).
fn clean_up_on_signals() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::try_set_handler(|| {
            remove_temporaries();
            std::process::exit(i32::from(crate::exit_codes::EXIT_INTERRUPTED));
        });
    });
}

impl FileSink {
    /// Starts writing `path`.
    pub fn create(path: &Path) -> io::Result<FileSink> {
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            return Ok(FileSink::Direct(
                std::fs::OpenOptions::new().write(true).open(path)?,
            ));
        }
        use std::os::unix::fs::PermissionsExt;
        clean_up_on_signals();
        let prefix = temporary_prefix(path);
        let file = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(TEMPORARY_SUFFIX)
            .rand_bytes(6)
            .permissions(std::fs::Permissions::from_mode(0o600))
            .tempfile_in(folder_of(path))?;
        let registered = Registered::new(file.path());
        // 0600 whatever the umask: the data is private.
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(FileSink::Temporary(file, path.to_owned(), registered))
    }

    /// Syncs the file, renames it into place, and syncs the folder, so that the new name
    /// survives a power cut.
    pub fn finish(self) -> io::Result<()> {
        self.put_in_place(true)
    }

    /// [`finish`](Self::finish), but fails with `AlreadyExists` rather than replace a file.
    pub fn finish_new(self) -> io::Result<()> {
        self.put_in_place(false)
    }

    fn put_in_place(self, replace: bool) -> io::Result<()> {
        match self {
            FileSink::Temporary(file, path, registered) => {
                file.as_file().sync_all()?;
                let placed = if replace {
                    file.persist(&path).map(drop)
                } else {
                    file.persist_noclobber(&path).map(drop)
                };
                drop(registered);
                placed.map_err(|e| e.error)?;
                std::fs::File::open(folder_of(&path))?.sync_all()
            }
            FileSink::Direct(_) => Ok(()),
        }
    }
}

/// A claim on an answers file for as long as one process works on it, so that a second
/// `take --resume` (or `--save`) of the same file is refused instead of both writing it and
/// one person's answers vanishing. It is an advisory lock (`flock`) on a small file beside
/// it, `.NAME.powerbalance-lock`, which is removed when the claim ends; the kernel drops the
/// lock itself when the process dies, however it dies.
#[derive(Debug)]
pub struct Claim {
    file: std::fs::File,
    path: std::path::PathBuf,
}

impl Claim {
    /// Claims `target`, or fails at once, naming it, when another process holds it.
    pub fn take(target: &Path) -> anyhow::Result<Claim> {
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let path = folder_of(target).join(format!(".{name}.powerbalance-lock"));
        let shown = target.display().to_string();
        // A claim removed by its owner between our open and our lock is tried again.
        for _ in 0..10 {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .mode(0o600)
                .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
                .open(&path)
                .with_context(|| crate::ui!("error-context-claiming", file = shown.clone()))?;
            match rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {}
                Err(rustix::io::Errno::WOULDBLOCK) => {
                    refuse!("{}", crate::ui!("error-claim-in-use", file = shown))
                }
                Err(e) => {
                    return Err(io::Error::from(e))
                        .with_context(|| crate::ui!("error-context-claiming", file = shown));
                }
            }
            let same = std::fs::symlink_metadata(&path).is_ok_and(|m| {
                file.metadata()
                    .is_ok_and(|f| f.ino() == m.ino() && f.dev() == m.dev())
            });
            if same {
                claims().push(path.clone());
                remove_leftovers(target);
                return Ok(Claim { file, path });
            }
        }
        anyhow::bail!(crate::ui!("error-claim-busy", file = shown))
    }
}

/// Removes the temporary files of `target` that a killed run left: whoever holds the claim
/// on it is the only one writing it, so none of them is in use.
fn remove_leftovers(target: &Path) {
    let prefix = temporary_prefix(target);
    let Ok(entries) = std::fs::read_dir(folder_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(&prefix)
            && name.ends_with(TEMPORARY_SUFFIX)
            && name.len() == prefix.len() + 6 + TEMPORARY_SUFFIX.len();
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        // Removed while still locked, so nobody can lock a file that is no longer there.
        claims().retain(|c| *c != self.path);
        let _ = std::fs::remove_file(&self.path);
        let _ = rustix::fs::flock(&self.file, rustix::fs::FlockOperation::Unlock);
    }
}

impl Write for FileSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            FileSink::Temporary(file, ..) => file.write(buf),
            FileSink::Direct(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            FileSink::Temporary(file, ..) => file.flush(),
            FileSink::Direct(file) => file.flush(),
        }
    }
}

/// `s` with every character that could drive a terminal shown as an escape (`\u{1b}`): the
/// C0 controls except line feed and tab, DEL, the C1 controls (U+0080–U+009F), and the bidi
/// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which reorder what
/// follows them. Everything that reaches a terminal from a file or a name goes through it.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && c != '\t' && drives_terminal(c))
}

/// [`terminal_safe`] that also escapes line feeds and tabs, for text that must stay on one
/// line (a quoted id in a `file:line:column: message`).
pub(crate) fn one_line_safe(s: &str) -> Cow<'_, str> {
    escape_where(s, drives_terminal)
}

/// A path or word as the shell would need it typed (in a command a message suggests):
/// quoted only when it has to be.
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

/// A control character (C0, DEL, C1) or a bidi control.
fn drives_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

fn escape_where(s: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escape(c) {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\0' => out.push_str("\\0"),
                c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Prints `error: …` lines on standard error, the prefix coloured when `color` (decided once,
/// [`crate::settings::Colors`]).
pub fn print_error(lines: &[String], color: bool) {
    print_prefixed(&crate::ui!("error-prefix-error"), "1;31", lines, color);
}

/// Prints `warning: …` lines on standard error, the prefix coloured when `color`.
pub fn print_warning(lines: &[String], color: bool) {
    print_prefixed(&crate::ui!("error-prefix-warning"), "1;33", lines, color);
}

/// Says `text` (one or more lines, already safe for a terminal) on standard error: the
/// lines a command says at its end. A closed or full stderr is not a reason to fail, nor to
/// panic as `eprintln!` would.
pub fn say(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

fn print_prefixed(word: &str, sgr: &str, lines: &[String], color: bool) {
    let prefix = if color {
        format!("\x1b[{sgr}m{word}\x1b[0m:")
    } else {
        format!("{word}:")
    };
    let mut stderr = io::stderr().lock();
    // Every message may quote a name, an id or a file name: none may drive the terminal.
    for line in lines {
        let _ = writeln!(stderr, "{prefix} {}", one_line_safe(line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_safe_escapes_what_drives_a_terminal_and_keeps_lines() {
        assert_eq!(
            terminal_safe("Al\u{1b}]0;OWNED\u{7}\u{1b}[2J\u{9b}1m\u{202e}x\u{7f}\na\tb é"),
            "Al\\u{1b}]0;OWNED\\u{7}\\u{1b}[2J\\u{9b}1m\\u{202e}x\\u{7f}\na\tb é"
        );
        for c in [
            '\u{200e}', '\u{200f}', '\u{61c}', '\u{2066}', '\u{2069}', '\u{202a}', '\u{80}',
        ] {
            assert!(!terminal_safe(&c.to_string()).contains(c), "{c:?}");
        }
        assert!(matches!(terminal_safe("plain\ttext\n"), Cow::Borrowed(_)));
        assert_eq!(one_line_safe("a\nb\tc\r\0"), "a\\nb\\tc\\r\\0");
    }

    #[test]
    fn only_a_closed_pipe_is_a_normal_end_of_writing() {
        let closed = io::Error::from(io::ErrorKind::BrokenPipe);
        assert!(write_failed(closed, "writing to standard output").is_ok());
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let e = write_failed(full, "writing `r.json`").unwrap_err();
        assert_eq!(
            crate::error::Error::from(e).to_string(),
            "writing `r.json`: the disk is full"
        );
    }

    #[test]
    fn shell_quote_quotes_only_what_needs_it() {
        assert_eq!(shell_quote("/tmp/a.json"), "/tmp/a.json");
        assert_eq!(shell_quote("my answers.json"), "'my answers.json'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }

    #[test]
    fn terminal_safe_escapes_controls_and_bidi_only() {
        assert!(matches!(
            terminal_safe("Ana\tBen\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(terminal_safe("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(terminal_safe("x\u{9b}y\u{202e}z"), "x\\u{9b}y\\u{202e}z");
    }
}
