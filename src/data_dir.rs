//! The data folder's rules: where `take` and `session` keep answers by default
//! (`$XDG_DATA_HOME/powerbalance/`), that every folder in it is a real folder of the user's
//! and private, and how files and session folders in it are named.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::interactive::save::now;
use crate::ui;

/// The user's data directory for powerbalance (e.g. `~/.local/share/powerbalance`).
pub fn data_dir() -> anyhow::Result<PathBuf> {
    directories::ProjectDirs::from("", "", "powerbalance")
        .map(|d| d.data_dir().to_path_buf())
        .with_context(|| ui!("save-error-no-data-dir"))
}

/// The folder `parts` inside the user's data directory, created if needed, readable by the
/// owner only. The data directory and every folder below it must be real folders owned by
/// the user: a link someone else planted there, or a folder of another user, is refused
/// rather than written through.
pub fn private_data_dir(parts: &[&str]) -> anyhow::Result<PathBuf> {
    let mut dir = data_dir()?;
    create_private_dir(&dir)?;
    check_owned(&dir)?;
    for part in parts {
        dir.push(part);
        create_private_dir(&dir)?;
        check_owned(&dir)?;
    }
    Ok(dir)
}

/// Refuses a folder that is a link or not the user's; makes it private (0700) if it is not.
pub fn check_owned(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let shown = dir.display().to_string();
    let m = std::fs::symlink_metadata(dir)
        .with_context(|| ui!("save-error-checking", dir = shown.as_str()))?;
    if m.file_type().is_symlink() || !m.is_dir() {
        crate::output::refuse!("{}", ui!("save-error-not-a-folder", dir = shown.as_str()));
    }
    if m.uid() != rustix::process::getuid().as_raw() {
        crate::output::refuse!("{}", ui!("save-error-other-user", dir = shown.as_str()));
    }
    if m.mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| ui!("save-error-making-private", dir = shown.as_str()))?;
    }
    Ok(())
}

/// Creates `dir` and its parents, readable by the owner only.
pub fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| ui!("save-error-creating", path = dir.display().to_string()))
}

/// A file-name-safe form of a name: lower-case letters and digits, other runs as `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "answers".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// A compact UTC time for file names: `20261122T062000Z`.
pub fn stamp() -> String {
    now().replace(['-', ':'], "")
}

/// `<STAMP>`, then `<STAMP>-2`, `<STAMP>-3`, …: the names tried for a new file or folder.
fn stamped_names(stamp: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(stamp.to_owned()).chain((2..).map(move |n| format!("{stamp}-{n}")))
}

/// How many names are tried before giving up (two processes in one second need two).
const NAME_TRIES: usize = 1000;

/// A new answers file for `take` in the default layout, `<data>/people/<slug>/<STAMP>.json`,
/// created empty (0600) and exclusively, so that two runs never get the same name.
pub fn new_person_file(respondent: &str) -> anyhow::Result<PathBuf> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = private_data_dir(&["people", &slug(respondent)])?;
    let stamp = stamp();
    for name in stamped_names(&stamp).take(NAME_TRIES) {
        let path = dir.join(format!("{name}.json"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e).with_context(|| {
                    ui!("save-error-creating", path = path.display().to_string())
                });
            }
        }
    }
    anyhow::bail!(
        "{}",
        ui!("save-error-no-free-file", dir = dir.display().to_string())
    )
}

/// The folder of a couple's sessions in the default layout, `<data>/couples/<a>+<b>`, with
/// the two slugs sorted, so the order the names are given in does not matter.
pub fn couple_dir(a: &str, b: &str) -> anyhow::Result<PathBuf> {
    let mut slugs = [slug(a), slug(b)];
    slugs.sort();
    private_data_dir(&["couples", &slugs.join("+")])
}

/// A new session folder `<STAMP>` (or `-2`, …) in `parent`, created exclusively (0700).
pub fn new_session_dir(parent: &Path) -> anyhow::Result<PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    let stamp = stamp();
    for name in stamped_names(&stamp).take(NAME_TRIES) {
        let dir = parent.join(name);
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| ui!("save-error-creating", path = dir.display().to_string()));
            }
        }
    }
    anyhow::bail!(
        "{}",
        ui!(
            "save-error-no-free-folder",
            dir = parent.display().to_string()
        )
    )
}

/// The latest session folder in `parent` that `finished` says is not finished, by the
/// time in its name (then its `-N`).
pub fn latest_unfinished(parent: &Path, finished: impl Fn(&Path) -> bool) -> Option<PathBuf> {
    let mut dirs: Vec<(String, u64, PathBuf)> = std::fs::read_dir(parent)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let (stamp, n) = match name.split_once('-') {
                Some((stamp, n)) => (stamp.to_owned(), n.parse().ok()?),
                None => (name.clone(), 1),
            };
            Some((stamp, n, e.path()))
        })
        .collect();
    dirs.sort();
    dirs.into_iter()
        .rev()
        .map(|(_, _, path)| path)
        .find(|path| !finished(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Alex"), "alex");
        assert_eq!(slug("Ana María"), "ana-maría");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("  "), "answers");
    }

    #[test]
    fn stamped_names_count_up_from_two() {
        let names: Vec<String> = stamped_names("20261122T062000Z").take(3).collect();
        assert_eq!(
            names,
            [
                "20261122T062000Z",
                "20261122T062000Z-2",
                "20261122T062000Z-3"
            ]
        );
    }

    #[test]
    fn session_folders_never_collide_and_the_latest_unfinished_is_found() {
        let parent = tempfile::tempdir().unwrap();
        let first = new_session_dir(parent.path()).unwrap();
        let second = new_session_dir(parent.path()).unwrap();
        assert_ne!(first, second);
        // Within one second the second is `-2`; later it is a later stamp: both sort after.
        let latest = latest_unfinished(parent.path(), |_| false).unwrap();
        assert_eq!(latest, second);
        let earlier = latest_unfinished(parent.path(), |p| p == second).unwrap();
        assert_eq!(earlier, first);
        assert_eq!(latest_unfinished(parent.path(), |_| true), None);
    }

    #[test]
    fn stamps_have_no_separators() {
        let s = stamp();
        // 2026-11-22T06:20:00Z → 20261122T062000Z: 16 characters.
        assert_eq!(s.len(), 16, "{s}");
        assert!(s.ends_with('Z') && !s.contains(':'));
    }
}
