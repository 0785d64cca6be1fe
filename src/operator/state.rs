//! Where a kiosk with a PIN keeps its wrong PINs, so that a restart does not forget them: a
//! small file in its state directory, written whole to a temporary file (mode 0600) and
//! renamed over the old one, so that a power cut leaves one or the other.
//!
//! The directory is the config's `state_dir`, else systemd's `$STATE_DIRECTORY` (the unit's
//! `StateDirectory=hosho`), else `$XDG_STATE_HOME/hosho` or `~/.local/state/hosho`, made if
//! missing. A directory named by the config or by systemd must exist and be writable, or the
//! kiosk does not start.

use super::guard::Guard;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The state file's name in its directory.
const FILE: &str = "pin-guard.json";

/// Why the state cannot be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// No directory is named and none can be found (no `HOME` either).
    Nowhere,
    /// The directory does not exist.
    Missing(PathBuf),
    /// It cannot be written.
    NotWritable(PathBuf),
    /// The state file is there but cannot be read or is not what hosho writes.
    Unreadable(PathBuf),
}

/// The state directory: the config's, systemd's, or the user's own (made if missing).
pub fn directory(configured: Option<&Path>) -> Result<PathBuf, StateError> {
    if let Some(dir) = configured {
        return existing(dir.to_path_buf());
    }
    // systemd may list several, separated by colons: the first is the unit's own.
    if let Some(list) = std::env::var_os("STATE_DIRECTORY").filter(|v| !v.is_empty()) {
        let first = list.to_string_lossy().split(':').next().map(PathBuf::from);
        return existing(first.ok_or(StateError::Nowhere)?);
    }
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".local/state"))
        })
        .ok_or(StateError::Nowhere)?;
    let dir = base.join("hosho");
    make_private(&dir).map_err(|_| StateError::NotWritable(dir.clone()))?;
    existing(dir)
}

/// Makes a directory and its parents, the last one readable by its owner only.
fn make_private(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// The directory, if it exists and a file can be written in it.
fn existing(dir: PathBuf) -> Result<PathBuf, StateError> {
    if !dir.is_dir() {
        return Err(StateError::Missing(dir));
    }
    let probe = dir.join(format!(".{FILE}.probe"));
    let written = create_private(&probe).and_then(|mut f| f.write_all(b"ok"));
    let _ = fs::remove_file(&probe);
    match written {
        Ok(()) => Ok(dir),
        Err(_) => Err(StateError::NotWritable(dir)),
    }
}

/// Creates (or truncates) a file readable by its owner only.
fn create_private(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

/// The wrong PINs kept in `dir`, those older than a day forgotten; none when there is no file
/// yet.
pub fn load(dir: &Path, now: u64) -> Result<Guard, StateError> {
    let path = file(dir);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Guard::default()),
        Err(_) => return Err(StateError::Unreadable(path)),
    };
    let mut guard: Guard = serde_json::from_str(&text).map_err(|_| StateError::Unreadable(path))?;
    guard.forget_old(now);
    Ok(guard)
}

/// Writes the wrong PINs to `dir`, whole: a temporary file first, then renamed over the old.
pub fn save(dir: &Path, guard: &Guard) -> io::Result<()> {
    let text = serde_json::to_string(guard).map_err(io::Error::other)?;
    let temporary = dir.join(format!(".{FILE}.new"));
    let mut f = create_private(&temporary)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    fs::rename(&temporary, file(dir))
}

/// The state file's path in `dir`, for messages.
pub fn file(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory of its own under the temporary one.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("hosho-state-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn the_misses_outlast_a_restart_in_a_private_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("restart");
        let mut g = Guard::default();
        for t in 0..5 {
            g.missed(1_000 + t);
        }
        save(&dir, &g).unwrap();
        let mode = fs::metadata(file(&dir)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let back = load(&dir, 1_010).unwrap();
        assert_eq!(back, g);
        assert!(back.locked() && back.wait_left(1_010) > 0);
        // A day later the misses are forgotten.
        assert_eq!(
            load(&dir, 1_000 + super::super::guard::WINDOW_SECS + 10)
                .unwrap()
                .misses(),
            0
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_named_directory_must_exist_and_be_writable() {
        let dir = scratch("named");
        assert_eq!(directory(Some(&dir)), Ok(dir.clone()));
        let missing = dir.join("nowhere");
        assert_eq!(directory(Some(&missing)), Err(StateError::Missing(missing)));
        fs::write(file(&dir), "not json").unwrap();
        assert_eq!(load(&dir, 0), Err(StateError::Unreadable(file(&dir))));
        fs::remove_dir_all(&dir).unwrap();
    }
}
