//! Saving the results shown: the Markdown report, and beside it the answers as an answers
//! file that `hosho --answers FILE` opens again. New files each time under one name, never
//! overwriting, never half-written.

use super::advisor::Advisor;
use super::app::{Msg, SaveError, Saved};
use crate::i18n::Words;
use crate::tables::Tables;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Saves the results shown as a Markdown report in `dir`, and the answers they rest on as an
/// answers file beside it, under a name not yet taken; answers with the message for the model
/// (`None` when there are no results to save).
pub fn save_report(a: &Advisor, t: &Tables, w: &Words, dir: &Path) -> Option<Msg> {
    let r = a.results.as_ref()?;
    // The document the screen shows, what-if and all.
    let report = crate::report::markdown::write(r.document(w, t), w);
    let answers = crate::answers::answers_file(&a.session.draft.to_input(a.session.today, t));
    let stem = format!("hosho-{}", a.session.today);
    Some(
        match write_new(dir, &stem, &[("md", &report), ("ron", &answers)]) {
            Ok(paths) => Msg::Saved(Saved {
                report: paths[0].display().to_string(),
                answers: paths[1]
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            }),
            Err((path, e)) => Msg::SaveFailed(SaveError {
                path: path.display().to_string(),
                why: why(&e),
            }),
        },
    )
}

/// Why a write failed, as a message variant (never the system's English).
fn why(e: &io::Error) -> &'static str {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => "denied",
        K::ReadOnlyFilesystem => "read_only",
        K::StorageFull | K::QuotaExceeded => "full",
        K::NotFound => "not_found",
        _ => "other",
    }
}

/// Writes each `(extension, text)` to `<stem>.<extension>` in `dir`, or all of them under
/// `<stem>-2` and so on where any is taken; never overwrites and never leaves a half-written
/// file or half a set. The files are the customer's answers, so only their owner may read
/// them (mode 0600). A failure names the file or folder it was at.
fn write_new(
    dir: &Path,
    stem: &str,
    files: &[(&str, &str)],
) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let dir = std::path::absolute(dir).map_err(|e| (dir.to_path_buf(), e))?;
    'names: for n in 1..1000 {
        let name = if n == 1 {
            stem.to_string()
        } else {
            format!("{stem}-{n}")
        };
        let mut written: Vec<PathBuf> = Vec::new();
        let undo = |written: &[PathBuf]| {
            for p in written {
                let _ = std::fs::remove_file(p);
            }
        };
        for (ext, text) in files {
            let path = dir.join(format!("{name}.{ext}"));
            match create(&path, text) {
                Ok(()) => written.push(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    undo(&written);
                    continue 'names;
                }
                Err(e) => {
                    undo(&written);
                    return Err((path, e));
                }
            }
        }
        return Ok(written);
    }
    Err((dir, io::Error::other("too many reports of the same day")))
}

/// Creates `path` (never one that exists) with `text`, readable by its owner only; a file
/// that could not be written whole is removed.
fn create(path: &Path, text: &str) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    let written = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_never_overwrite() {
        let dir = std::env::temp_dir().join(format!("hosho-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let files = |text| [("md", text), ("ron", text)];
        let a = write_new(&dir, "hosho-2026-11-22", &files("one")).unwrap();
        // Only the answers' name is taken: both go under the next name.
        std::fs::rename(&a[0], dir.join("kept.md")).unwrap();
        let b = write_new(&dir, "hosho-2026-11-22", &files("two")).unwrap();
        assert!(a[0].ends_with("hosho-2026-11-22.md") && a[1].ends_with("hosho-2026-11-22.ron"));
        assert!(
            b[0].ends_with("hosho-2026-11-22-2.md") && b[1].ends_with("hosho-2026-11-22-2.ron")
        );
        assert!(
            !dir.join("hosho-2026-11-22.md").exists(),
            "no half set left"
        );
        assert_eq!(std::fs::read_to_string(&a[1]).unwrap(), "one");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn only_the_owner_may_read_a_report() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("hosho-mode-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let paths = write_new(&dir, "hosho-2026-12-07", &[("md", "a"), ("ron", "b")]).unwrap();
        for path in paths {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_save_names_where_it_was_going() {
        // A folder that is not there fails for every user, root included.
        let dir = std::env::temp_dir().join(format!("hosho-gone-{}/sub", std::process::id()));
        let Err((path, e)) = write_new(&dir, "hosho-2026-12-07", &[("md", "a")]) else {
            panic!("saved into a folder that does not exist");
        };
        assert_eq!(path, dir.join("hosho-2026-12-07.md"));
        assert_eq!(why(&e), "not_found");
    }
}
