//! Writing what hosho prints: a failed write to stdout is an error the caller reports (exit 1),
//! except a closed pipe (`hosho tables | head`), which ends quietly. Messages to stderr pass
//! through [`crate::echo::printable`], so no control character in them reaches a terminal.

use std::io::Write;

/// How a write to stdout went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// All of it, flushed.
    Done,
    /// The reader went away: nothing more to say.
    Closed,
    /// It could not be written (a full disk, a device error).
    Failed,
}

/// Writes `text` to `out` and flushes it.
pub fn write_to(out: &mut impl Write, text: &str) -> Written {
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Written::Done,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Written::Closed,
        Err(_) => Written::Failed,
    }
}

/// Writes `text` to stdout.
pub fn write_out(text: &str) -> Written {
    write_to(&mut std::io::stdout().lock(), text)
}

/// Writes a message and a line break to stderr, controls escaped; nothing more can be done
/// if stderr itself fails.
pub fn write_err(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", crate::echo::printable(message));
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Refuses(std::io::ErrorKind);

    impl Write for Refuses {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_quiet_and_a_full_disk_is_not() {
        use std::io::ErrorKind as K;
        assert_eq!(write_to(&mut Refuses(K::BrokenPipe), "x"), Written::Closed);
        assert_eq!(write_to(&mut Refuses(K::StorageFull), "x"), Written::Failed);
        assert_eq!(write_to(&mut Vec::new(), "x"), Written::Done);
    }
}
