//! The fingerprint of a table set: the SHA-256 of each file's name and text, in the order of
//! the tables, shortened to 12 hex digits. `build.rs` takes the built-in set's with this same
//! code, so `hosho --version`, the JSON output and the kiosk's journal name one set one way.

use sha2::{Digest, Sha256};

/// The fingerprint of `files` (name, text), in their order.
pub fn of<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut h = Sha256::new();
    for (name, text) in files {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(text.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}
