//! The terminal loop: raw mode and the alternate screen in, key events mapped to [`Msg`]s,
//! effects (saving the report) carried out, and the terminal restored on every way out.

use super::advisor::Advisor;
use super::app::{Effect, Key, Msg};
use super::counter::Counter;
use super::kiosk::Kiosk;
use crate::answers::Profile;
use crate::calendar::Date;
use crate::i18n::{Lang, Words};
use crate::tables::Tables;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::{self, IsTerminal};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Restores the terminal when dropped, however the loop ends (a signal, an error or a panic
/// included): bracketed paste off, the main screen back, the cursor shown, raw mode off.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back as it was found; safe to call more than once.
fn restore() {
    use ratatui::crossterm::{cursor, event::DisableBracketedPaste, terminal};
    let _ = ratatui::crossterm::execute!(
        io::stdout(),
        DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal before a panic's message is printed, so that the message is seen on
/// the main screen rather than lost in the alternate one (the unwinding [`Restore`] comes after).
fn restore_before_panic_message() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// How a session on the terminal ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The app was done: the user quit, or the kiosk's admin left with the PIN.
    Done,
    /// A signal (SIGTERM from a service manager, SIGHUP from a closed terminal) stopped it.
    Signal,
}

/// The longest paste taken, in characters: longer than any answer, far shorter than a flood.
pub const PASTE_MAX: usize = 64;

/// True when colours may be used: `NO_COLOR` unset or empty (no-color.org).
pub fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// A key event as the model's [`Key`]; `None` for keys the advisor does not use.
pub fn key(e: KeyEvent) -> Option<Key> {
    if e.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = e.modifiers.contains(KeyModifiers::CONTROL);
    let alt = e.modifiers.contains(KeyModifiers::ALT);
    Some(match e.code {
        KeyCode::Char('a' | 'A') if ctrl && alt => Key::Admin,
        KeyCode::Char('c') if ctrl => Key::CtrlC,
        KeyCode::Char(_) if ctrl || alt => return None,
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        _ => return None,
    })
}

/// Runs the advisor until the user quits: from the start screen, or on the results of
/// `profile` when answers were given.
pub fn run(t: &Tables, lang: Lang, profile: Option<Profile>) -> io::Result<Ended> {
    let mut a = match profile {
        Some(p) => Advisor::with_profile(lang, p, t),
        None => Advisor::new(lang, Date::today_local(), t),
    };
    a.session.color = color_allowed();
    on_terminal(&mut a, t, None, Stop::Any)
}

/// Runs the unattended kiosk until the admin leaves it with the PIN.
pub fn run_kiosk(t: &Tables, settings: super::kiosk::Settings) -> io::Result<Ended> {
    let mut k = Kiosk::new(settings, Date::today_local(), color_allowed(), t);
    on_terminal(&mut k, t, Some(TICK), Stop::NotFromKeyboard)
}

/// Runs the clerk's form until the clerk quits.
pub fn run_counter(t: &Tables, lang: Lang) -> io::Result<Ended> {
    let mut c = Counter::new(lang, Date::today_local(), t);
    c.session.color = color_allowed();
    on_terminal(&mut c, t, Some(TICK), Stop::Any)
}

/// How often the clock ticks (the kiosk's idle reset, the counter's date).
pub const TICK: Duration = Duration::from_millis(250);

/// What the loop drives: the advisor, the kiosk or the clerk's form.
pub trait App {
    fn lang(&self) -> Lang;
    fn done(&self) -> bool;
    /// Draws the screen; returns how far the details could scroll, when they were drawn.
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16>;
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect;
    /// True where a paste is typed (a text field); elsewhere its letters would act as keys.
    fn takes_paste(&self) -> bool {
        false
    }
    /// Saves the report of the results shown in `dir`, answering with the message for the
    /// app (`None` when there is nothing to save).
    fn save(&self, _t: &Tables, _w: &Words, _dir: &Path) -> Option<Msg> {
        None
    }
}

impl App for Advisor {
    fn takes_paste(&self) -> bool {
        self.mode().takes_text()
    }
    fn lang(&self) -> Lang {
        self.session.lang
    }
    fn done(&self) -> bool {
        self.session.quit
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::view::view(f, self, t, w)
    }
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        Advisor::update(self, msg, t)
    }
    fn save(&self, t: &Tables, w: &Words, dir: &Path) -> Option<Msg> {
        super::save::save_report(self, t, w, dir)
    }
}

impl App for Kiosk {
    fn takes_paste(&self) -> bool {
        self.mode().takes_text()
    }
    fn lang(&self) -> Lang {
        self.session().lang
    }
    fn done(&self) -> bool {
        self.session().quit
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::kiosk_view::view(f, self, t, w)
    }
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        Kiosk::update(self, msg, t)
    }
}

impl App for Counter {
    fn takes_paste(&self) -> bool {
        self.mode().takes_text()
    }
    fn lang(&self) -> Lang {
        self.session.lang
    }
    fn done(&self) -> bool {
        self.session.quit
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::counter_view::view(f, self, t, w);
        None
    }
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        Counter::update(self, msg, t)
    }
}

/// Where the loop's input comes from: the terminal, or a script in tests.
pub trait Events {
    /// The next event, waiting at most `timeout` (for ever with `None`); `None` when the
    /// wait ran out.
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>>;
    /// True when another event is waiting (the screen is then drawn after it, not before).
    fn pending(&mut self) -> bool {
        false
    }
    /// True once a signal has asked the session to end.
    fn stopped(&self) -> bool {
        false
    }
}

/// The loop's clock: the time for idle counting and today's date.
pub trait Clock {
    fn now(&self) -> Instant;
    fn today(&self) -> Date;
}

/// The terminal's own events, and the signals that end a session.
pub struct TerminalEvents {
    stop: Arc<AtomicBool>,
}

/// How often a wait for a key looks at the signals.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        let start = Instant::now();
        loop {
            if self.stopped() {
                return Ok(None);
            }
            let left = timeout.map(|t| t.saturating_sub(start.elapsed()));
            if left == Some(Duration::ZERO) {
                return Ok(None);
            }
            let slice = left.map_or(SIGNAL_CHECK, |l| l.min(SIGNAL_CHECK));
            match event::poll(slice) {
                Ok(true) => return event::read().map(Some),
                Ok(false) => {}
                // A signal arriving mid-wait interrupts it: look at the flag again.
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    fn pending(&mut self) -> bool {
        event::poll(Duration::ZERO).unwrap_or(false)
    }
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Which signals end a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// Every signal that would otherwise kill the process without restoring the terminal.
    Any,
    /// The same but SIGINT and SIGQUIT, which the kiosk ignores (they come from a keyboard).
    NotFromKeyboard,
}

/// Registers the signals that end a session; the flag turns true when one arrives.
fn stop_flag(which: Stop) -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    let flag = Arc::new(AtomicBool::new(false));
    let mut signals = vec![SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM];
    if which == Stop::Any {
        signals.extend([SIGINT, SIGQUIT]);
    }
    for s in signals {
        signal_hook::flag::register(s, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// The system clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
    fn today(&self) -> Date {
        Date::today_local()
    }
}

/// Runs an app on the real terminal: raw mode and the alternate screen in, restored on
/// every way out.
fn on_terminal(
    app: &mut impl App,
    t: &Tables,
    tick: Option<Duration>,
    stop: Stop,
) -> io::Result<Ended> {
    use ratatui::crossterm::{event::EnableBracketedPaste, terminal};
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other("not a terminal"));
    }
    // Signals are caught before the terminal changes, so none can leave it changed.
    let mut events = TerminalEvents {
        stop: stop_flag(stop)?,
    };
    let _restore = Restore;
    restore_before_panic_message();
    terminal::enable_raw_mode()?;
    ratatui::crossterm::execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )?;
    let backend = super::clamp::Clamped(ratatui::backend::CrosstermBackend::new(io::stdout()));
    let mut terminal = Terminal::new(backend)?;
    run_loop(app, &mut terminal, &mut events, &SystemClock, t, tick)
}

/// The loop: draw, wait for an event (or, with `tick`, for the clock), update, carry out
/// the effects. Returns when the app is done, or with the error of an event source that
/// fails (a script that has run dry).
pub fn run_loop<B: Backend>(
    app: &mut impl App,
    terminal: &mut Terminal<B>,
    events: &mut impl Events,
    clock: &impl Clock,
    t: &Tables,
    tick: Option<Duration>,
) -> io::Result<Ended>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    let (cols, rows) = super::clamp::clamp(size.width, size.height);
    app.update(Msg::Resize(cols, rows), t);
    let mut words = Words::new(app.lang());
    let mut last_key = clock.now();
    let started = clock.now();
    loop {
        if words.lang != app.lang() {
            words = Words::new(app.lang());
        }
        // A burst of keys (a paste into a terminal without bracketed paste) is drawn once.
        if !events.pending() {
            let mut room = None;
            terminal
                .draw(|f| room = app.draw(f, t, &words))
                .map_err(io::Error::other)?;
            if let Some(room) = room {
                app.update(Msg::ScrollRoom(room), t);
            }
        }
        if app.done() {
            return Ok(Ended::Done);
        }
        let event = events.next(tick)?;
        if events.stopped() {
            return Ok(Ended::Signal);
        }
        let idle_secs = clock.now().duration_since(last_key).as_secs();
        let today = clock.today();
        let clock_secs = clock.now().duration_since(started).as_secs();
        match event {
            None => {
                app.update(
                    Msg::Tick {
                        idle_secs,
                        today,
                        clock_secs,
                    },
                    t,
                );
            }
            Some(Event::Key(e)) => {
                last_key = clock.now();
                app.update(
                    Msg::Tick {
                        idle_secs: 0,
                        today,
                        clock_secs,
                    },
                    t,
                );
                if let Some(k) = key(e)
                    && app.update(Msg::Key(k), t) == Effect::SaveReport
                    && let Some(done) = app.save(t, &words, Path::new("."))
                {
                    app.update(done, t);
                }
            }
            Some(Event::Resize(cols, rows)) => {
                let (cols, rows) = super::clamp::clamp(cols, rows);
                app.update(Msg::Resize(cols, rows), t);
            }
            Some(Event::Paste(text)) if app.takes_paste() => {
                last_key = clock.now();
                // One event, cut to what any field can hold; its controls (line breaks) are not
                // keys, so a paste can never press Enter. Outside a text field it is dropped.
                let typed = text.chars().filter(|c| !c.is_control()).take(PASTE_MAX);
                for c in typed {
                    app.update(Msg::Key(Key::Char(c)), t);
                }
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_presses_count_and_ctrl_c_quits() {
        let press = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key(press), Some(Key::CtrlC));
        let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(key(release), None);
        let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(key(z), None);
    }
}
