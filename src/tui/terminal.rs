//! The terminal loop: raw mode and the alternate screen in, key events mapped to [`Msg`]s,
//! effects (saving the report) carried out, and the terminal restored on every way out.

use super::advisor::Advisor;
use super::app::{Effect, Key, Msg, Session};
use super::counter::Counter;
use super::events::{Stop, TerminalEvents};
use super::kiosk::Kiosk;
use crate::answers::Profile;
use crate::calendar::Date;
use crate::i18n::Words;
use crate::lang::Lang;
use crate::tables::Tables;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Restores the terminal when dropped, however the loop ends (a signal, an error or a panic
/// included): bracketed paste off, the main screen back, the cursor shown, raw mode off.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Takes the terminal: raw mode, the alternate screen, bracketed paste.
pub(super) fn enter() -> io::Result<()> {
    use ratatui::crossterm::{event::EnableBracketedPaste, terminal};
    terminal::enable_raw_mode()?;
    ratatui::crossterm::execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )
}

/// Puts the terminal back as it was found; safe to call more than once.
pub(super) fn restore() {
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
    /// The terminal went away (hung up, or reading it failed): nobody is left to answer.
    Lost,
}

/// The exit code when the terminal went away under a full-screen mode: not a clean stop (0),
/// bad input (2), the kiosk's admin (3) or a crash (101).
pub const LOST_EXIT: u8 = 1;

/// The longest paste taken, in characters: longer than any answer, far shorter than a flood.
pub const PASTE_MAX: usize = 64;

/// How the screens are drawn: in colour or not, with ASCII only or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawing {
    pub color: bool,
    pub ascii: bool,
}

/// When colours are used, as `--color` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorWhen {
    /// As the environment says.
    #[default]
    Auto,
    Always,
    Never,
}

impl Drawing {
    /// As asked (`--color`, `--ascii`) and as the environment says: no colour under
    /// NO_COLOR (no-color.org), colour under CLICOLOR_FORCE, none under CLICOLOR=0
    /// (bixense.com/clicolors), each read by anstyle-query; ASCII only for TERM=linux, the
    /// Linux console, which draws ambiguous-width characters double width or not at all.
    pub fn wanted(color: ColorWhen, ascii: bool) -> Drawing {
        let color = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                !anstyle_query::no_color()
                    && (anstyle_query::clicolor_force()
                        || anstyle_query::clicolor().unwrap_or(true))
            }
        };
        let linux = std::env::var_os("TERM").is_some_and(|t| t == "linux");
        Drawing {
            color,
            ascii: ascii || linux,
        }
    }
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
pub fn run(t: &Tables, lang: Lang, profile: Option<Profile>, look: Drawing) -> io::Result<Ended> {
    let mut a = match profile {
        Some(p) => Advisor::with_profile(lang, p, t),
        None => Advisor::new(lang, Date::today_local(), t),
    };
    a.session.color = look.color;
    a.session.ascii = look.ascii;
    on_terminal(&mut a, t, None, Stop::Any, None)
}

/// Runs the unattended kiosk until the admin leaves it with the PIN.
/// Runs the unattended kiosk until the admin leaves it with the PIN; with `data`, its tables
/// are taken again from there between customers when asked (SIGUSR1) or changed.
pub fn run_kiosk(
    t: &Tables,
    settings: super::kiosk::Settings,
    look: Drawing,
    data: Option<PathBuf>,
) -> io::Result<Ended> {
    let mut k = Kiosk::new(settings, Date::today_local(), look.color, t);
    k.advisor.session.ascii = look.ascii;
    let reloading = data.map(Reloading::new);
    on_terminal(&mut k, t, Some(TICK), Stop::NotFromKeyboard, reloading)
}

/// Runs the clerk's form until the clerk quits, filled with `profile`'s answers if given.
pub fn run_counter(
    t: &Tables,
    lang: Lang,
    profile: Option<Profile>,
    look: Drawing,
) -> io::Result<Ended> {
    let mut c = match profile {
        Some(p) => Counter::with_profile(lang, &p, t),
        None => Counter::new(lang, Date::today_local(), t),
    };
    c.session.color = look.color;
    c.session.ascii = look.ascii;
    on_terminal(&mut c, t, Some(TICK), Stop::Any, None)
}

/// How often the clock ticks (the kiosk's idle reset, the counter's date).
pub const TICK: Duration = Duration::from_millis(250);

/// What the loop drives: the advisor, the kiosk or the clerk's form.
pub trait App {
    /// The session it runs: its language, whether it is done, how it draws.
    fn session(&self) -> &Session;
    fn lang(&self) -> Lang {
        self.session().lang
    }
    fn done(&self) -> bool {
        self.session().quit
    }
    /// Frames are drawn with ASCII only.
    fn ascii(&self) -> bool {
        self.session().ascii
    }
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
    /// Carries out what the last update left to do outside the model: the kiosk's lines for
    /// its operator, its wrong PINs kept on disk.
    fn carry_out(&mut self) {}
    /// True between customers, when the tables may be taken again.
    fn at_rest(&self) -> bool {
        false
    }
    /// The tables read again: the new ones, or why they could not be read. True when the app
    /// takes the new ones; else the old stay.
    fn tables_taken(&mut self, _taken: Result<&Tables, &crate::tables::TableError>) -> bool {
        false
    }
}

impl App for Advisor {
    fn takes_paste(&self) -> bool {
        self.mode().takes_text()
    }
    fn session(&self) -> &Session {
        &self.session
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::advisor::view::view(f, self, t, w)
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
    fn session(&self) -> &Session {
        Kiosk::session(self)
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::kiosk::view::view(f, self, t, w)
    }
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        Kiosk::update(self, msg, t)
    }
    fn carry_out(&mut self) {
        super::kiosk::journal::carry_out(self);
    }
    fn at_rest(&self) -> bool {
        self.between_customers()
    }
    fn tables_taken(&mut self, taken: Result<&Tables, &crate::tables::TableError>) -> bool {
        self.take_tables(taken)
    }
}

impl App for Counter {
    fn takes_paste(&self) -> bool {
        self.mode().takes_text()
    }
    fn session(&self) -> &Session {
        &self.session
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        super::counter::view::view(f, self, t, w);
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
    /// True once the terminal has gone away (hung up, or reading it failed).
    fn lost(&self) -> bool {
        false
    }
    /// True once after the screen was left (a suspension): it must be drawn whole.
    fn take_redraw(&mut self) -> bool {
        false
    }
    /// True once after the tables were asked for again (SIGUSR1 at the kiosk).
    fn take_reload(&mut self) -> bool {
        false
    }
}

/// Where the kiosk's tables come from (`--data DIR`), to take them again when asked (SIGUSR1)
/// or when the directory changes: only between customers.
#[derive(Debug, Clone)]
pub struct Reloading {
    pub dir: PathBuf,
    /// When the tables were last taken: the manifest's (or the directory's) modification time.
    seen: Option<std::time::SystemTime>,
    /// Asked for, and not yet done (a customer is being served).
    wanted: bool,
}

impl Reloading {
    /// Watching `dir`, whose tables are those in use now.
    pub fn new(dir: PathBuf) -> Reloading {
        let seen = stamp(&dir);
        Reloading {
            dir,
            seen,
            wanted: false,
        }
    }
}

/// When the tables in `dir` last changed: its manifest's modification time (a bundle swapped
/// in through a link counts), else the directory's.
fn stamp(dir: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(dir.join(crate::tables::bundle::MANIFEST))
        .or_else(|_| std::fs::metadata(dir))
        .and_then(|m| m.modified())
        .ok()
}

/// The loop's clock: the time for idle counting and today's date.
pub trait Clock {
    fn now(&self) -> Instant;
    fn today(&self) -> Date;
    /// The wall clock when the loop starts, in seconds since 1970: the loop's clock counts on
    /// from it, so that the kiosk's PIN waits outlast a restart. 0 for a clock of its own.
    fn unix_secs(&self) -> u64 {
        0
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
    fn unix_secs(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }
}

/// Runs an app on the real terminal: raw mode and the alternate screen in, restored on
/// every way out; with `reloading`, its tables taken again between customers.
fn on_terminal(
    app: &mut impl App,
    t: &Tables,
    tick: Option<Duration>,
    stop: Stop,
    reloading: Option<Reloading>,
) -> io::Result<Ended> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other("not a terminal"));
    }
    if !can_draw(std::env::var_os("TERM").as_deref()) {
        return Err(io::Error::from(io::ErrorKind::Unsupported));
    }
    // crossterm leaves colours out under NO_COLOR on its own: what `Drawing` decided wins.
    crossterm::style::force_color_output(app.session().color);
    // Signals are caught before the terminal changes, so none can leave it changed.
    let mut events = TerminalEvents::start(stop)?;
    let _restore = Restore;
    restore_before_panic_message();
    enter()?;
    let backend = super::clamp::Clamped::new(ratatui::backend::CrosstermBackend::new(io::stdout()));
    // Never dropped: `Restore` puts the terminal back, and ratatui's own drop would print to a
    // terminal that may be gone (a failed print there panics).
    let mut terminal = std::mem::ManuallyDrop::new(Terminal::new(backend)?);
    run_loop(
        app,
        &mut terminal,
        &mut events,
        &SystemClock,
        t,
        tick,
        reloading,
    )
}

/// Whether a terminal of this `TERM` can draw the screens: not unset or empty, not `dumb`
/// (which has no cursor addressing).
pub fn can_draw(term: Option<&std::ffi::OsStr>) -> bool {
    term.is_some_and(|t| !t.is_empty() && t != "dumb")
}

/// The loop: draw, wait for an event (or, with `tick`, for the clock), update, carry out
/// the effects, and with `reloading` take the tables again between customers. Returns when
/// the app is done, or with the error of an event source that fails (a script that has run
/// dry). A write that fails because the terminal has gone away is a lost terminal, not an
/// error of hosho's.
pub fn run_loop<B: Backend>(
    app: &mut impl App,
    terminal: &mut Terminal<B>,
    events: &mut impl Events,
    clock: &impl Clock,
    t: &Tables,
    tick: Option<Duration>,
    reloading: Option<Reloading>,
) -> io::Result<Ended>
where
    B::Error: Send + Sync + 'static,
{
    match serve(app, terminal, events, clock, t, tick, reloading) {
        Err(_) if events.lost() => Ok(Ended::Lost),
        ended => ended,
    }
}

/// [`run_loop`]'s loop.
fn serve<B: Backend>(
    app: &mut impl App,
    terminal: &mut Terminal<B>,
    events: &mut impl Events,
    clock: &impl Clock,
    built: &Tables,
    tick: Option<Duration>,
    mut reloading: Option<Reloading>,
) -> io::Result<Ended>
where
    B::Error: Send + Sync + 'static,
{
    // The tables taken again, once they have been: they replace `built` from then on.
    let mut taken: Option<Tables> = None;
    let size = terminal.size().map_err(io::Error::other)?;
    let (cols, rows) = super::clamp::clamp(size.width, size.height);
    app.update(Msg::Resize(cols, rows), built);
    let mut words = Words::new(app.lang());
    let mut last_key = clock.now();
    let started = clock.now();
    let epoch = clock.unix_secs();
    loop {
        if let Some(r) = reloading.as_mut() {
            if events.take_reload() {
                r.wanted = true;
            }
            // Never in the middle of a customer's session: only then is the directory looked
            // at, not at every key a customer presses.
            if app.at_rest() && (r.wanted || stamp(&r.dir) != r.seen) {
                r.wanted = false;
                r.seen = stamp(&r.dir);
                match Tables::from_data(&r.dir) {
                    Ok(new) => {
                        if app.tables_taken(Ok(&new)) {
                            taken = Some(new);
                        }
                    }
                    Err(e) => {
                        app.tables_taken(Err(&e));
                    }
                }
                app.carry_out();
            }
        }
        let t = taken.as_ref().unwrap_or(built);
        if words.lang != app.lang() {
            words = Words::new(app.lang());
        }
        if events.take_redraw() {
            // Cleared and drawn whole at the size it has now (not `clear`, which would ask the
            // terminal where its cursor is).
            let size = terminal.size().map_err(io::Error::other)?;
            terminal
                .resize(ratatui::layout::Rect::from((
                    ratatui::layout::Position::ORIGIN,
                    size,
                )))
                .map_err(io::Error::other)?;
        }
        // A burst of keys (a paste into a terminal without bracketed paste) is drawn once.
        if !events.pending() {
            let mut room = None;
            terminal
                .draw(|f| {
                    room = app.draw(f, t, &words);
                    if app.ascii() {
                        super::glyphs::to_ascii(f.buffer_mut());
                    }
                })
                .map_err(io::Error::other)?;
            if let Some(room) = room {
                app.update(Msg::ScrollRoom(room), t);
            }
        }
        if app.done() {
            return Ok(Ended::Done);
        }
        let event = events.next(tick)?;
        if events.lost() {
            return Ok(Ended::Lost);
        }
        if events.stopped() {
            return Ok(Ended::Signal);
        }
        let idle_secs = clock.now().duration_since(last_key).as_secs();
        let today = clock.today();
        let clock_secs = epoch + clock.now().duration_since(started).as_secs();
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
        app.carry_out();
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
