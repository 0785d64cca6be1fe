//! Reading a file a person gives (answers, tables, a kiosk config): at most [`MAX_BYTES`],
//! UTF-8 with the first bad byte placed at its line and column, a leading byte-order mark
//! skipped. Nothing larger is ever held in memory.

use std::io::Read;
use std::path::Path;

/// The largest answers or config file read, in bytes: far above any real one.
pub const MAX_BYTES: u64 = 1 << 20;
/// The largest table file read, in bytes: room for a shop's catalog of tens of thousands of
/// devices (10,000 take about 2 MB).
pub const TABLE_MAX_BYTES: u64 = 16 << 20;

/// The byte-order mark some editors on Windows put at the start of a UTF-8 file.
const BOM: &str = "\u{FEFF}";

/// Why a file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFault {
    /// The system refused: not found, denied, a folder, another error.
    Io(std::io::ErrorKind),
    /// Longer than the limit, in bytes.
    TooBig { limit: u64 },
    /// A pipe, a device or a socket where a file was looked for: reading it could wait for
    /// ever.
    NotRegular,
    /// Not UTF-8 text: the first bad byte's 1-based line and column.
    NotUtf8 { line: usize, col: usize },
}

impl From<std::io::Error> for ReadFault {
    fn from(e: std::io::Error) -> ReadFault {
        ReadFault::Io(e.kind())
    }
}

/// Reads an answers or config file as text, up to [`MAX_BYTES`].
pub fn read_file(path: &Path) -> Result<String, ReadFault> {
    read_file_within(path, MAX_BYTES)
}

/// Reads a file as text, up to `limit` bytes.
pub fn read_file_within(path: &Path, limit: u64) -> Result<String, ReadFault> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(ReadFault::Io(std::io::ErrorKind::IsADirectory));
    }
    read_within(file, limit)
}

/// Reads a table file found in a folder, up to [`TABLE_MAX_BYTES`]: only a regular file (or a
/// link to one), since opening a pipe waits for a writer that may never come.
pub fn read_table_file(path: &Path) -> Result<String, ReadFault> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() && !meta.is_dir() {
        return Err(ReadFault::NotRegular);
    }
    // A folder is named as one there.
    read_file_within(path, TABLE_MAX_BYTES)
}

/// Reads text from any reader (standard input), stopping past [`MAX_BYTES`].
pub fn read_from(reader: impl Read) -> Result<String, ReadFault> {
    read_within(reader, MAX_BYTES)
}

/// Reads text from a reader, stopping past `limit` bytes.
fn read_within(reader: impl Read, limit: u64) -> Result<String, ReadFault> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadFault::TooBig { limit });
    }
    text_of(bytes)
}

/// The bytes as text, without a leading byte-order mark.
pub fn text_of(bytes: Vec<u8>) -> Result<String, ReadFault> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with(BOM) {
                text.drain(..BOM.len());
            }
            Ok(text)
        }
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let before = std::str::from_utf8(&e.as_bytes()[..good]).unwrap_or_default();
            let before = before.strip_prefix(BOM).unwrap_or(before);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(ReadFault::NotUtf8 { line, col })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let text = text_of(b"\xEF\xBB\xBF(os: Ios)".to_vec()).unwrap();
        assert_eq!(text, "(os: Ios)");
    }

    #[test]
    fn a_bad_byte_is_placed_at_its_line_and_column() {
        let bytes = "(\n  model: \"iPhone 15\",\n  os: I\u{e9}"
            .as_bytes()
            .to_vec();
        let mut bytes = bytes;
        let at = bytes.len() - 2;
        bytes[at] = 0xFF;
        assert_eq!(text_of(bytes), Err(ReadFault::NotUtf8 { line: 3, col: 8 }));
        // Columns count characters, not bytes.
        assert_eq!(
            text_of(b"\xE3\x81\x82\xFF".to_vec()),
            Err(ReadFault::NotUtf8 { line: 1, col: 2 })
        );
    }

    #[test]
    fn a_file_past_the_limit_is_refused_without_reading_it_all() {
        let endless = std::io::repeat(b'a');
        assert_eq!(
            read_from(endless),
            Err(ReadFault::TooBig { limit: MAX_BYTES })
        );
        let just = std::io::repeat(b'a').take(1_048_576);
        assert_eq!(read_from(just).map(|t| t.len()), Ok(1_048_576));
        let over = std::io::repeat(b'a').take(1_048_577);
        assert_eq!(read_from(over), Err(ReadFault::TooBig { limit: 1_048_576 }));
    }

    #[test]
    fn a_table_file_may_be_larger_than_an_answers_file() {
        let path = std::env::temp_dir().join(format!("hosho-big-table-{}.ron", std::process::id()));
        std::fs::write(&path, " ".repeat(2 << 20)).unwrap();
        let answers = read_file(&path);
        let table = read_table_file(&path).map(|t| t.len());
        std::fs::remove_file(&path).unwrap();
        assert_eq!(answers, Err(ReadFault::TooBig { limit: MAX_BYTES }));
        assert_eq!(table, Ok(2 << 20));
    }

    #[test]
    fn a_pipe_among_the_tables_is_refused_without_waiting_for_it() {
        let path = std::env::temp_dir().join(format!("hosho-fifo-{}.ron", std::process::id()));
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let read = read_table_file(&path);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(read, Err(ReadFault::NotRegular));
        assert_eq!(
            read_table_file(Path::new("/dev/null")),
            Err(ReadFault::NotRegular)
        );
    }

    #[test]
    fn a_folder_is_named_as_one() {
        let dir = std::env::temp_dir();
        assert_eq!(
            read_file(&dir),
            Err(ReadFault::Io(std::io::ErrorKind::IsADirectory))
        );
    }
}
