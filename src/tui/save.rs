//! Saving the results shown as a Markdown report: a new file each time, never overwriting,
//! never half-written.

use super::advisor::Advisor;
use super::app::{Msg, SaveError};
use crate::i18n::Words;
use crate::tables::Tables;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Saves the results shown as a Markdown report in `dir`, under a name not yet taken;
/// answers with the message for the model (`None` when there are no results to save).
pub fn save_report(a: &Advisor, t: &Tables, w: &Words, dir: &Path) -> Option<Msg> {
    let r = a.results.as_ref()?;
    // The document the screen shows, what-if and all.
    let text = crate::report::markdown::write(r.document(w, t), w);
    Some(
        match write_new(dir, &format!("hosho-{}", a.session.today), &text) {
            Ok(path) => Msg::Saved(path.display().to_string()),
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

/// Writes `text` to `<stem>.md` in `dir`, or `<stem>-2.md` and so on if taken; never
/// overwrites and never leaves a half-written file. The file is the customer's answers, so
/// only its owner may read it (mode 0600). A failure names the file or folder it was at.
fn write_new(dir: &Path, stem: &str, text: &str) -> Result<PathBuf, (PathBuf, io::Error)> {
    let dir = std::path::absolute(dir).map_err(|e| (dir.to_path_buf(), e))?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.md")
        } else {
            format!("{stem}-{n}.md")
        };
        let path = dir.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path);
        match file {
            Ok(mut f) => {
                let written = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&path);
                    return Err((path, e));
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err((path, e)),
        }
    }
    Err((dir, io::Error::other("too many reports of the same day")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_never_overwrite() {
        let dir = std::env::temp_dir().join(format!("hosho-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let a = write_new(&dir, "hosho-2026-11-22", "one").unwrap();
        let b = write_new(&dir, "hosho-2026-11-22", "two").unwrap();
        assert!(a.ends_with("hosho-2026-11-22.md"));
        assert!(b.ends_with("hosho-2026-11-22-2.md"));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "one");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn only_the_owner_may_read_a_report() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("hosho-mode-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = write_new(&dir, "hosho-2026-12-07", "answers").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_failed_save_names_where_it_was_going() {
        // A folder that is not there fails for every user, root included.
        let dir = std::env::temp_dir().join(format!("hosho-gone-{}/sub", std::process::id()));
        let Err((path, e)) = write_new(&dir, "hosho-2026-12-07", "answers") else {
            panic!("saved into a folder that does not exist");
        };
        assert_eq!(path, dir.join("hosho-2026-12-07.md"));
        assert_eq!(why(&e), "not_found");
    }
}
