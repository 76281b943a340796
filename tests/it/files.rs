//! Writing files safely (issue 6): never over an existing file without --force, never through
//! a link, a clear error and the earlier file intact when a write fails, 0600 whatever the
//! umask, a data directory that must be the user's own, and --no-save leaving nothing.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command as Std;

use predicates::prelude::*;

use crate::util::{self, bin, powerbalance_in};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// A answers the short form about B, line by line.
const PLAIN_TAKE: &[&str] = &[
    "take",
    "-q",
    "relationship-short@1.0.0",
    "--plain",
    "--respondent",
    "A",
    "--partner",
    "B",
];

const COUPLE: [&str; 3] = ["score", "examples/alex.json", "examples/sam.json"];

/// Plain-mode input answering every item of relationship-short with 2, then finishing.
fn plain_answers() -> String {
    format!("\n{}f\n", "2\n".repeat(25))
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "earlier").unwrap();
    powerbalance_in(dir.path())
        .args(COUPLE)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "already exists; add --force to replace it",
        ));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier");
    for args in [
        &["template", "-o"][..],
        &["template", "-q", "workplace", "-o"][..],
    ] {
        powerbalance_in(dir.path())
            .args(args)
            .arg(&out)
            .assert()
            .code(1);
    }
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier");

    powerbalance_in(dir.path())
        .args(COUPLE)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn never_writes_through_a_link_or_onto_a_non_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("someone-elses.txt");
    std::fs::write(&target, "keep me").unwrap();
    let link = dir.path().join("report.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for force in [false, true] {
        let mut cmd = powerbalance_in(dir.path());
        cmd.args(COUPLE).arg("-o").arg(&link);
        if force {
            cmd.arg("--force");
        }
        cmd.assert().code(1).stderr(predicate::str::contains(
            "is a symbolic link; powerbalance never writes through a link",
        ));
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // A folder where a file should be.
    powerbalance_in(dir.path())
        .args(COUPLE)
        .arg("-o")
        .arg(dir.path())
        .arg("--force")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a regular file"));
}

#[test]
fn a_missing_or_unwritable_place_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/report.json");
    powerbalance_in(dir.path())
        .args(COUPLE)
        .arg("-o")
        .arg(&missing)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "does not exist; create it or choose another place",
        ))
        .stderr(predicate::str::contains("no/such/folder"));
    // /proc refuses new files even to root.
    powerbalance_in(dir.path())
        .args(COUPLE)
        .args(["-o", "/proc/powerbalance-report.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: writing `/proc/powerbalance-report.json`: ",
        ));
}

/// Saving answers that the system refuses to write says which file, and why in words (it
/// said only why, the file's name lost, for a failure the catalogue has words for).
#[test]
fn answers_that_cannot_be_saved_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("alex.json");
    let run = util::process_in_file_size_limit(dir.path(), 0)
        .args([
            "take",
            "--answers",
            "examples/alex.json",
            "--no-input",
            "--save",
        ])
        .arg(&save)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "error: answering the questionnaire: saving answers to `{}`: the file would be \
             larger than this system allows\n",
            save.display()
        )
    );
    assert!(!save.exists());
}

#[test]
fn a_write_that_fails_half_way_leaves_the_earlier_file_whole() {
    // A write past the file size limit fails half way through the file, as on a full disk.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    std::fs::write(&out, "earlier report").unwrap();
    let run = util::process_in_file_size_limit(dir.path(), 4)
        .args(["score", "examples/alex.json", "examples/sam.json", "-o"])
        .arg(&out)
        .arg("--force")
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.starts_with(&format!("error: writing `{}`: ", out.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("the file would be larger than this system allows"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier report");
    assert_eq!(
        files_under(dir.path()),
        [out],
        "no temporary file is left behind"
    );
}

#[test]
fn files_are_0600_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let report = dir.path().join("report.md");
    let template = dir.path().join("template.json");
    let script = format!(
        "umask 000; export XDG_DATA_HOME={data}; \
         {bin} score examples/alex.json -o {report} && \
         {bin} template -o {template} && \
         printf '{input}' | {bin} take -q relationship-short@1.0.0 --plain --respondent A --partner B > /dev/null",
        data = data.display(),
        bin = bin(),
        report = report.display(),
        template = template.display(),
        input = plain_answers().replace('\n', "\\n"),
    );
    let run = Std::new("sh").args(["-c", &script]).output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(mode(&report), 0o600);
    assert_eq!(mode(&template), 0o600);
    let saved = files_under(&data);
    assert_eq!(saved.len(), 1);
    assert_eq!(mode(&saved[0]), 0o600);
    assert_eq!(mode(&data.join("powerbalance")), 0o700);
    // The default layout: people/<slug(respondent)>/<STAMP>.json.
    assert_eq!(mode(&data.join("powerbalance/people")), 0o700);
    assert_eq!(mode(&data.join("powerbalance/people/a")), 0o700);
}

#[test]
fn a_data_directory_that_is_a_link_or_someone_elses_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, data.join("powerbalance")).unwrap();
    powerbalance_in(&data)
        .args(PLAIN_TAKE)
        .write_stdin(plain_answers())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "is not a plain folder (it is a link or a file)",
        ));
    assert!(
        files_under(&elsewhere).is_empty(),
        "nothing written through the link"
    );

    // The answers folder planted as a link one level down is refused too.
    std::fs::remove_file(data.join("powerbalance")).unwrap();
    std::fs::create_dir_all(data.join("powerbalance")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, data.join("powerbalance/people")).unwrap();
    powerbalance_in(&data)
        .args(PLAIN_TAKE)
        .write_stdin(plain_answers())
        .assert()
        .code(1);
    assert!(files_under(&elsewhere).is_empty());

    // A folder of another user (as root we can make one; as anyone else chown fails and the
    // check is skipped).
    let theirs = dir.path().join("theirs");
    std::fs::create_dir_all(theirs.join("powerbalance")).unwrap();
    let chown = Std::new("chown")
        .arg("65534")
        .arg(theirs.join("powerbalance"))
        .status();
    if chown.is_ok_and(|s| s.success()) {
        powerbalance_in(&theirs)
            .args(["take", "--plain", "--respondent", "A", "--partner", "B"])
            .write_stdin("\n")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("belongs to another user"));
    }

    // A folder of ours that others could read is made private.
    let open = dir.path().join("open");
    std::fs::create_dir_all(open.join("powerbalance")).unwrap();
    std::fs::set_permissions(
        open.join("powerbalance"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    powerbalance_in(&open)
        .args(PLAIN_TAKE)
        .write_stdin(plain_answers())
        .assert()
        .success();
    assert_eq!(mode(&open.join("powerbalance")), 0o700);
    assert_eq!(
        std::fs::metadata(open.join("powerbalance")).unwrap().uid(),
        own_uid(),
        "still ours"
    );
}

/// The test's own uid: the owner of a file it has just made.
fn own_uid() -> u32 {
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid()
}

#[test]
fn no_save_leaves_nothing_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = powerbalance_in(&data)
        .args(PLAIN_TAKE)
        .args(["--no-save", "-f", "json"])
        .write_stdin(plain_answers())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Nothing is written to disk (--no-save)"));
    assert!(stderr.contains("Your answers were not saved (--no-save)."));
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());

    // Stopped half way: 130, and still nothing.
    powerbalance_in(&data)
        .args(PLAIN_TAKE)
        .arg("--no-save")
        .write_stdin("\n1\n")
        .assert()
        .code(130)
        .stderr(predicate::str::contains(
            "Stopped. Nothing was saved (--no-save).",
        ));

    // A session too, of a questionnaire without private items (with private items
    // `--no-save` is refused: it would lose the clinician report).
    // Enter at the intro; each person's input starts with Enter at their hand-off screen;
    // two answers, f to finish the review; f at the gate.
    let both = "\n\n2\n2\nf\n\n2\n2\nf\nf\n";
    powerbalance_in(&data)
        .args([
            "session",
            "-q",
            "tests/fixtures/session/no-private.toml",
            "--plain",
            "--no-save",
            "--people",
            "A",
            "B",
        ])
        .write_stdin(both)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "The answers were not saved (--no-save).",
        ));
    assert!(!data.exists(), "no data directory was made");
    assert_eq!(files_under(dir.path()), Vec::<std::path::PathBuf>::new());
}

#[test]
fn simulate_and_stats_refuse_an_existing_output_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("answers.jsonl");
    let stats = dir.path().join("stats.txt");
    std::fs::write(&lines, "earlier").unwrap();
    std::fs::write(&stats, "earlier").unwrap();
    let simulate = [
        "simulate",
        "-q",
        "relationship-short",
        "--count",
        "20",
        "--seed",
        "3",
        "-o",
    ];
    powerbalance_in(dir.path())
        .args(simulate)
        .arg(&lines)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "already exists; add --force to replace it",
        ));
    assert_eq!(std::fs::read_to_string(&lines).unwrap(), "earlier");
    powerbalance_in(dir.path())
        .args(simulate)
        .arg(&lines)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&lines).unwrap().lines().count(), 20);
    assert_eq!(mode(&lines), 0o600);

    // stats checks -o before it reads: the (invalid) input is never read, so the exit is the
    // refusal's 1, not the 65 of a bad first line.
    let script = format!(
        "yes '{{}}' | head -n 1000 | {} stats - -o {}",
        bin(),
        stats.display()
    );
    let run = Std::new("sh").args(["-c", &script]).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("already exists; add --force"));
    assert_eq!(std::fs::read_to_string(&stats).unwrap(), "earlier");
    powerbalance_in(dir.path())
        .arg("stats")
        .arg(&lines)
        .arg("-o")
        .arg(&stats)
        .arg("--force")
        .assert()
        .success();
    assert!(std::fs::read_to_string(&stats).unwrap().len() > "earlier".len());
}
