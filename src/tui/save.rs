//! Saving the results shown as a Markdown report: a new file each time, never overwriting,
//! never half-written.

use super::advisor::Advisor;
use super::app::Msg;
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
            Err(e) => Msg::SaveFailed(e.to_string()),
        },
    )
}

/// Writes `text` to `<stem>.md` in `dir`, or `<stem>-2.md` and so on if taken; never
/// overwrites and never leaves a half-written file.
fn write_new(dir: &Path, stem: &str, text: &str) -> io::Result<PathBuf> {
    let dir = std::path::absolute(dir)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.md")
        } else {
            format!("{stem}-{n}.md")
        };
        let path = dir.join(name);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match file {
            Ok(mut f) => {
                let written = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&path);
                    return Err(e);
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many reports of the same day"))
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
}
