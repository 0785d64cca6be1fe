//! The terminal's input for the loop: keys read on a thread of their own, the signals that end
//! or suspend a session, and a terminal that has gone away (a closed window, a dropped
//! connection) noticed rather than read for ever.
//!
//! crossterm is built with its level-triggered reader (`use-dev-tty`): the default one waits
//! for edges, and a key that arrives with a resize could stay unread until the next key.
//! Either reader loops on a terminal that has hung up (it stays readable while every read
//! gives nothing), so crossterm is asked for events only while the terminal is alive: the
//! reader thread first waits on the terminal itself, and the loop's thread looks at the
//! terminal between its waits too, so a hang-up ends the session within a tenth of a second
//! even if it falls between the two.

use super::terminal::{Events, enter, restore};
use ratatui::crossterm::event::{self, Event};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use std::collections::VecDeque;
use std::io;
use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often a wait looks at the signals and at the terminal.
const CHECK: Duration = Duration::from_millis(100);

/// Which signals end a session, and whether one suspends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Every signal that would otherwise kill the process without restoring the terminal;
    /// SIGTSTP suspends the session as full-screen programs do (the advisor, the counter).
    Any,
    /// The same but SIGINT and SIGQUIT, which come from a keyboard; SIGTSTP stays ignored
    /// (the kiosk).
    NotFromKeyboard,
}

/// What the reader thread passes on.
enum FromReader {
    Event(Event),
    /// The terminal hung up, or reading it failed.
    Gone,
}

/// The terminal's events, read on their own thread, and the signals that end or suspend a
/// session.
pub struct TerminalEvents {
    events: Receiver<FromReader>,
    queued: VecDeque<Event>,
    stop: Arc<AtomicBool>,
    /// Set by SIGTSTP where the session may be suspended.
    suspend: Option<Arc<AtomicBool>>,
    gone: bool,
    /// The screen must be drawn whole (after a suspension).
    redraw: bool,
    /// Set by SIGUSR1 where it asks for the tables again (the kiosk) rather than ending.
    reload: Option<Arc<AtomicBool>>,
}

impl TerminalEvents {
    /// Catches the signals (before the terminal changes, so that none can leave it changed)
    /// and starts reading the terminal.
    pub fn start(which: Stop) -> io::Result<TerminalEvents> {
        let stop = stop_flag(which)?;
        let (suspend, reload) = match which {
            Stop::Any => {
                let flag = Arc::new(AtomicBool::new(false));
                signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&flag))?;
                (Some(flag), None)
            }
            Stop::NotFromKeyboard => {
                let flag = Arc::new(AtomicBool::new(false));
                signal_hook::flag::register(signal_hook::consts::SIGUSR1, Arc::clone(&flag))?;
                (None, Some(flag))
            }
        };
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name("hosho-keys".into())
            .spawn(move || read_terminal(&tx))?;
        Ok(TerminalEvents {
            events: rx,
            queued: VecDeque::new(),
            stop,
            suspend,
            gone: false,
            redraw: false,
            reload,
        })
    }

    /// Puts the terminal back, stops the process as SIGTSTP does by default, and when it is
    /// continued takes the terminal again; the screen is then drawn whole.
    fn suspend_now(&mut self) -> io::Result<()> {
        restore();
        signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
        enter()?;
        self.redraw = true;
        Ok(())
    }

    /// Takes what the reader thread sent, without waiting.
    fn take(&mut self, input: Result<FromReader, TryRecvError>) -> bool {
        match input {
            Ok(FromReader::Event(e)) => {
                self.queued.push_back(e);
                true
            }
            Ok(FromReader::Gone) | Err(TryRecvError::Disconnected) => {
                self.gone = true;
                false
            }
            Err(TryRecvError::Empty) => false,
        }
    }
}

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        if let Some(e) = self.queued.pop_front() {
            return Ok(Some(e));
        }
        let start = Instant::now();
        loop {
            if self.stopped() || self.gone {
                return Ok(None);
            }
            if self
                .suspend
                .as_ref()
                .is_some_and(|s| s.swap(false, Ordering::Relaxed))
            {
                self.suspend_now()?;
                // The window may have changed while the session was stopped.
                let (cols, rows) = ratatui::crossterm::terminal::size()?;
                return Ok(Some(Event::Resize(cols, rows)));
            }
            let left = timeout.map(|t| t.saturating_sub(start.elapsed()));
            if left == Some(Duration::ZERO) {
                return Ok(None);
            }
            let slice = left.map_or(CHECK, |l| l.min(CHECK));
            match self.events.recv_timeout(slice) {
                Ok(FromReader::Event(e)) => return Ok(Some(e)),
                Ok(FromReader::Gone) | Err(RecvTimeoutError::Disconnected) => self.gone = true,
                Err(RecvTimeoutError::Timeout) => self.gone = hung_up(),
            }
        }
    }

    fn pending(&mut self) -> bool {
        if !self.queued.is_empty() {
            return true;
        }
        let input = self.events.try_recv();
        self.take(input)
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn lost(&self) -> bool {
        // Looked at afresh: a SIGHUP or a failed write may come before the reader sees it.
        self.gone || hung_up()
    }

    fn take_redraw(&mut self) -> bool {
        std::mem::take(&mut self.redraw)
    }

    fn take_reload(&mut self) -> bool {
        self.reload
            .as_ref()
            .is_some_and(|f| f.swap(false, Ordering::Relaxed))
    }
}

/// Registers the signals that end a session; the flag turns true when one arrives.
fn stop_flag(which: Stop) -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    let flag = Arc::new(AtomicBool::new(false));
    let mut signals = vec![SIGTERM, SIGHUP, SIGUSR2, SIGALRM];
    // SIGUSR1 asks the kiosk for its tables again; elsewhere it ends the session.
    if which == Stop::Any {
        signals.extend([SIGINT, SIGQUIT, SIGUSR1]);
    }
    for s in signals {
        signal_hook::flag::register(s, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// What waiting on the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// Something to read.
    Ready,
    /// Nothing yet.
    Quiet,
    /// Hung up or failed: it will never give a key again.
    Gone,
}

/// Waits up to `wait` for the terminal (standard input) to have something to read.
fn wait_terminal(wait: Duration) -> Terminal {
    let stdin = io::stdin();
    let fd = stdin.as_fd();
    let mut fds = [PollFd::new(&fd, PollFlags::IN)];
    let timeout = Timespec {
        tv_sec: wait.as_secs() as _,
        tv_nsec: wait.subsec_nanos() as _,
    };
    match poll(&mut fds, Some(&timeout)) {
        Ok(_) => {
            let seen = fds[0].revents();
            if seen.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                Terminal::Gone
            } else if seen.contains(PollFlags::IN) {
                Terminal::Ready
            } else {
                Terminal::Quiet
            }
        }
        Err(rustix::io::Errno::INTR) => Terminal::Quiet,
        Err(_) => Terminal::Gone,
    }
}

/// True when the terminal has hung up or failed.
pub fn hung_up() -> bool {
    wait_terminal(Duration::ZERO) == Terminal::Gone
}

/// How long crossterm is given to read what the terminal has (it reads nothing when given no
/// time at all).
const READ: Duration = Duration::from_millis(1);

/// The reader thread: waits on the terminal, and while it lives passes on what crossterm reads
/// from it (keys, pastes, and resizes, which crossterm takes from SIGWINCH); ends when the
/// terminal goes away or the loop has stopped listening.
fn read_terminal(tx: &Sender<FromReader>) {
    loop {
        match wait_terminal(CHECK) {
            Terminal::Gone => {
                let _ = tx.send(FromReader::Gone);
                return;
            }
            Terminal::Ready | Terminal::Quiet => {}
        }
        loop {
            match event::poll(READ).and_then(|ready| match ready {
                true => event::read().map(Some),
                false => Ok(None),
            }) {
                Ok(Some(e)) => {
                    if tx.send(FromReader::Event(e)).is_err() {
                        return;
                    }
                }
                Ok(None) => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => break,
                Err(_) => {
                    let _ = tx.send(FromReader::Gone);
                    return;
                }
            }
        }
    }
}
