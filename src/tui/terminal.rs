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
use std::time::{Duration, Instant};

/// Restores the terminal when dropped, however the loop ends (an error or a panic included;
/// ratatui's own panic hook restores it before the panic message is printed).
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        ratatui::restore();
        let _ = ratatui::crossterm::execute!(io::stdout(), ratatui::crossterm::cursor::Show);
    }
}

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
pub fn run(t: &Tables, lang: Lang, profile: Option<Profile>) -> io::Result<()> {
    let mut a = match profile {
        Some(p) => Advisor::with_profile(lang, p, t),
        None => Advisor::new(lang, Date::today_local(), t),
    };
    a.session.color = color_allowed();
    on_terminal(&mut a, t, None)
}

/// Runs the unattended kiosk until the admin leaves it with the PIN.
pub fn run_kiosk(t: &Tables, settings: super::kiosk::Settings) -> io::Result<()> {
    let mut k = Kiosk::new(settings, Date::today_local(), color_allowed(), t);
    on_terminal(&mut k, t, Some(TICK))
}

/// Runs the clerk's form until the clerk quits.
pub fn run_counter(t: &Tables, lang: Lang) -> io::Result<()> {
    let mut c = Counter::new(lang, Date::today_local(), t);
    c.session.color = color_allowed();
    on_terminal(&mut c, t, Some(TICK))
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
    /// Saves the report of the results shown in `dir`, answering with the message for the
    /// app (`None` when there is nothing to save).
    fn save(&self, _t: &Tables, _w: &Words, _dir: &Path) -> Option<Msg> {
        None
    }
}

impl App for Advisor {
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
}

/// The loop's clock: the time for idle counting and today's date.
pub trait Clock {
    fn now(&self) -> Instant;
    fn today(&self) -> Date;
}

/// The terminal's own events.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        if let Some(every) = timeout
            && !event::poll(every)?
        {
            return Ok(None);
        }
        event::read().map(Some)
    }
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
fn on_terminal(app: &mut impl App, t: &Tables, tick: Option<Duration>) -> io::Result<()> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other("not a terminal"));
    }
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    run_loop(
        app,
        &mut terminal,
        &mut TerminalEvents,
        &SystemClock,
        t,
        tick,
    )
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
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    app.update(Msg::Resize(size.width, size.height), t);
    let mut words = Words::new(app.lang());
    let mut last_key = clock.now();
    loop {
        if words.lang != app.lang() {
            words = Words::new(app.lang());
        }
        let mut room = None;
        terminal
            .draw(|f| room = app.draw(f, t, &words))
            .map_err(io::Error::other)?;
        if let Some(room) = room {
            app.update(Msg::ScrollRoom(room), t);
        }
        if app.done() {
            return Ok(());
        }
        let event = events.next(tick)?;
        let idle_secs = clock.now().duration_since(last_key).as_secs();
        let today = clock.today();
        match event {
            None => {
                app.update(Msg::Tick { idle_secs, today }, t);
            }
            Some(Event::Key(e)) => {
                last_key = clock.now();
                app.update(
                    Msg::Tick {
                        idle_secs: 0,
                        today,
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
                app.update(Msg::Resize(cols, rows), t);
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
