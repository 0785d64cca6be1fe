//! The terminal loop: raw mode and the alternate screen in, key events mapped to [`Msg`]s,
//! effects (saving the report) carried out, and the terminal restored on every way out.

use super::counter::{self, Counter, CounterMsg};
use super::kiosk::Kiosk;
use super::model::{Effect, Key, Model, Msg, update};
use super::view::view;
use crate::answers::Profile;
use crate::calendar::Date;
use crate::i18n::{Lang, Words};
use crate::tables::Tables;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
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
    let mut m = match profile {
        Some(p) => Model::with_profile(lang, p, t),
        None => Model::new(lang, Date::today_local()),
    };
    m.color = color_allowed();
    run_app(&mut m, t, None)
}

/// Runs the unattended kiosk until the admin leaves it with the PIN.
pub fn run_kiosk(t: &Tables, kiosk: Kiosk) -> io::Result<()> {
    let mut m = super::kiosk::start(kiosk, Date::today_local(), color_allowed());
    run_app(&mut m, t, Some(TICK))
}

/// Runs the clerk's form until the clerk quits.
pub fn run_counter(t: &Tables, lang: Lang) -> io::Result<()> {
    let mut c = Counter::new(lang, Date::today_local(), t);
    c.color = color_allowed();
    run_app(&mut c, t, None)
}

/// How often the kiosk's clock ticks.
const TICK: Duration = Duration::from_millis(250);

/// What the terminal loop drives: the advisor (at home or in the kiosk) or the clerk's form.
trait App {
    fn lang(&self) -> Lang;
    fn done(&self) -> bool;
    fn draw(&mut self, f: &mut ratatui::Frame, t: &Tables, w: &Words);
    fn key(&mut self, k: Key, t: &Tables, w: &Words);
    fn resize(&mut self, cols: u16, rows: u16, t: &Tables);
    fn idle(&mut self, secs: u64, t: &Tables);
}

impl App for Model {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn done(&self) -> bool {
        self.quit
    }
    fn draw(&mut self, f: &mut ratatui::Frame, t: &Tables, w: &Words) {
        if let Some(room) = view(f, self, t, w) {
            update(self, Msg::ScrollRoom(room), t);
        }
    }
    fn key(&mut self, k: Key, t: &Tables, w: &Words) {
        if update(self, Msg::Key(k), t) == Effect::SaveReport
            && let Some(done) = save_report(self, t, w, Path::new("."))
        {
            update(self, done, t);
        }
    }
    fn resize(&mut self, _cols: u16, _rows: u16, _t: &Tables) {}
    fn idle(&mut self, idle_secs: u64, t: &Tables) {
        let today = Date::today_local();
        update(self, Msg::Tick { idle_secs, today }, t);
    }
}

impl App for Counter {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn done(&self) -> bool {
        self.quit
    }
    fn draw(&mut self, f: &mut ratatui::Frame, t: &Tables, w: &Words) {
        super::counter_view::view(f, self, t, w);
    }
    fn key(&mut self, k: Key, t: &Tables, _w: &Words) {
        counter::update(self, CounterMsg::Today(Date::today_local()), t);
        counter::update(self, CounterMsg::Key(k), t);
    }
    fn resize(&mut self, cols: u16, rows: u16, t: &Tables) {
        counter::update(self, CounterMsg::Resize(cols, rows), t);
    }
    fn idle(&mut self, _secs: u64, _t: &Tables) {}
}

/// The loop: draw, wait for a key (or, with `tick`, for the clock), update.
fn run_app(app: &mut impl App, t: &Tables, tick: Option<Duration>) -> io::Result<()> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other("not a terminal"));
    }
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    let size = terminal.size()?;
    app.resize(size.width, size.height, t);
    let mut words = Words::new(app.lang());
    let mut last_key = Instant::now();
    loop {
        if words.lang != app.lang() {
            words = Words::new(app.lang());
        }
        terminal.draw(|f| app.draw(f, t, &words))?;
        if app.done() {
            return Ok(());
        }
        if let Some(every) = tick
            && !event::poll(every)?
        {
            app.idle(last_key.elapsed().as_secs(), t);
            continue;
        }
        match event::read()? {
            Event::Key(e) => {
                last_key = Instant::now();
                if let Some(k) = key(e) {
                    app.key(k, t, &words);
                }
            }
            Event::Resize(cols, rows) => app.resize(cols, rows, t),
            _ => {}
        }
    }
}

/// Saves the results shown as a Markdown report in `dir`, under a name not yet taken;
/// answers with the message for the model (`None` when there are no results to save).
pub fn save_report(m: &Model, t: &Tables, w: &Words, dir: &Path) -> Option<Msg> {
    let Some(Ok(r)) = &m.results else {
        return None;
    };
    let text = crate::report::markdown::render(&r.advice, w, t);
    Some(match write_new(dir, &format!("hosho-{}", m.today), &text) {
        Ok(path) => Msg::Saved(path.display().to_string()),
        Err(e) => Msg::SaveFailed(e.to_string()),
    })
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
