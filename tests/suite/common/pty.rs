//! The real `hosho` binary in a pseudo-terminal: keys in as bytes, the screen read back through
//! a `vt100` parser, as a person at a terminal would see it.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";
pub const TAB: &str = "\t";
pub const CTRL_C: &str = "\x03";

/// How long a test waits for something to appear before failing.
pub const WAIT: Duration = Duration::from_secs(10);

/// A terminal dimension, at least 1.
fn nz(v: u16) -> std::num::NonZero<u16> {
    std::num::NonZero::new(v.max(1)).expect("not zero")
}

/// A new, empty directory for one session's kiosk state.
pub fn fresh_state_dir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("hosho-test-state-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a state directory");
    dir
}

pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

/// The terminal modes of a pty (input, output and local flags), to compare before and after.
pub type Modes = String;

impl Session {
    /// Starts `hosho args` in a `cols` x `rows` terminal with the extra environment `env`.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        Session::spawn_logging(args, env, cols, rows, None)
    }

    /// As [`Session::spawn`], in the working directory `dir` (where a report is saved).
    pub fn spawn_in(dir: &std::path::Path, args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(args, &[], cols, rows, None, dir)
    }

    /// As [`Session::spawn`], with stderr written to `log` (as a service's journal takes it)
    /// rather than to the terminal.
    pub fn spawn_logging(
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
        log: Option<&std::path::Path>,
    ) -> Session {
        Session::launch(args, env, cols, rows, log, &std::env::temp_dir())
    }

    fn launch(
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
        log: Option<&std::path::Path>,
        dir: &std::path::Path,
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let hosho = env!("CARGO_BIN_EXE_hosho");
        let mut cmd = match log {
            None => CommandBuilder::new(hosho),
            Some(log) => {
                // The shell only redirects stderr, then becomes hosho.
                let mut sh = CommandBuilder::new("sh");
                sh.args(["-c", "exec \"$0\" \"$@\" 2>\"$HOSHO_TEST_LOG\"", hosho]);
                sh.env("HOSHO_TEST_LOG", log);
                sh
            }
        };
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env_remove("NO_COLOR");
        // A kiosk keeps its wrong PINs: each session in a directory of its own, so that no
        // test's misses lock another's kiosk.
        cmd.env("STATE_DIRECTORY", fresh_state_dir());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(dir);
        let child = pty.slave.spawn_command(cmd).expect("hosho starts");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let feed = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("a writer");
        Session {
            parser,
            master: pty.master,
            writer,
            child,
        }
    }

    /// Types keys (as the bytes a terminal sends).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys sent");
        self.writer.flush().expect("keys flushed");
        // Let a lone Esc be read as a key of its own, not the start of a sequence.
        std::thread::sleep(Duration::from_millis(30));
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// True when any cell on the screen has a colour of its own.
    pub fn coloured(&self) -> bool {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get()).any(|r| {
            (0..cols.get()).any(|c| {
                screen.cell(r, c).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }

    /// True while the program shows the alternate screen.
    pub fn alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("never saw {text:?}; the screen:\n{}", self.screen());
    }

    /// Resizes the terminal, as dragging a window's corner does.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.resize_pty_only(cols, rows);
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nz(rows), nz(cols));
    }

    /// Resizes the pty alone, as a terminal reporting an absurd size does; the screen kept
    /// here stays as it was (a parser of that size would not fit in memory).
    pub fn resize_pty_only(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resized");
    }

    /// True while the cursor is hidden.
    pub fn cursor_hidden(&self) -> bool {
        self.parser.lock().unwrap().screen().hide_cursor()
    }

    /// True while bracketed paste is on.
    pub fn bracketed_paste(&self) -> bool {
        self.parser.lock().unwrap().screen().bracketed_paste()
    }

    /// The pty's terminal modes now.
    pub fn modes(&self) -> Modes {
        let t = self.master.get_termios().expect("termios");
        format!(
            "{:?} {:?} {:?}",
            t.input_flags, t.output_flags, t.local_flags
        )
    }

    /// Waits for the program to end; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("status") {
                // Let the reader take in the last bytes.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // Where each of its threads waits, for a hang that happens only now and then.
        let pid = self.pid();
        let threads: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/task"))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| {
                        let p = e.path();
                        let read = |f: &str| std::fs::read_to_string(p.join(f)).unwrap_or_default();
                        format!("{} {} {}", read("comm").trim(), read("wchan"), read("stat"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let _ = self.child.kill();
        panic!(
            "hosho did not end; its threads: {threads:#?}\nthe screen:\n{}",
            self.screen()
        );
    }

    /// Sends a signal to the program, as the terminal does for Ctrl-C, Ctrl-\\ or Ctrl-Z
    /// outside raw mode.
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid");
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(pid.to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// The program's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// True while the program runs.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("status").is_none()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
