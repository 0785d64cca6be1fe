//! The advisor's state and `update`: keys come in as [`Msg`]s, the model changes, and the
//! view (drawn elsewhere) reads it. No terminal, no clock: tests feed messages directly.

use super::draft::Draft;
use super::input::{self, Entry};
pub use super::kiosk::Kiosk;
use super::questions::Question;
use super::results::{Change, Results, Tab};
use crate::answers::{AnswerError, Profile};
use crate::calendar::Date;
use crate::i18n::Lang;
use crate::tables::Tables;

/// A key, as the model understands it (the terminal layer maps real key events to these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Left,
    Right,
    Tab,
    BackTab,
    Enter,
    Esc,
    Backspace,
    Char(char),
    CtrlC,
    /// The kiosk's admin chord (Ctrl-Alt-A).
    Admin,
}

/// What can happen to the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    /// The report was saved at this path.
    Saved(String),
    /// Saving the report failed, for this reason.
    SaveFailed(String),
    /// The last frame could scroll the details this far at most (the view's answer).
    ScrollRoom(u16),
    /// The clock: seconds since the last key, and today's date.
    Tick {
        idle_secs: u64,
        today: Date,
    },
}

/// Work for the world outside the model, asked for by `update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Save the results as a Markdown report and answer with [`Msg::Saved`] or
    /// [`Msg::SaveFailed`].
    SaveReport,
}

/// A one-line notice under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Saved(String),
    SaveFailed(String),
}

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The kiosk's invitation to press a key.
    Attract,
    Start,
    Ask(Question),
    Review,
    Results,
}

/// Why a typed entry was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    OutOfRange { min: i64, max: i64 },
    NotANumber,
    NotAMonth,
}

/// The whole state of the advisor.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub screen: Screen,
    pub lang: Lang,
    pub draft: Draft,
    /// The highlighted line of a list (choices, switches, models, review rows).
    pub cursor: usize,
    /// What is typed on a number, month or model screen.
    pub typed: String,
    pub error: Option<EntryError>,
    /// "Quit? y/n" is showing.
    pub confirm_quit: bool,
    pub help: bool,
    /// The program should end.
    pub quit: bool,
    pub today: Date,
    /// The results for the answers, computed on entering the results screen.
    pub results: Option<Result<Results, AnswerError>>,
    /// A notice such as where the report was saved.
    pub status: Option<Status>,
    /// Colours may be used (off under NO_COLOR).
    pub color: bool,
    /// Set when running as an unattended kiosk.
    pub kiosk: Option<Kiosk>,
}

impl Model {
    /// A fresh advisor in `lang`, dated `today`.
    pub fn new(lang: Lang, today: Date) -> Model {
        Model {
            screen: Screen::Start,
            lang,
            draft: Draft::default(),
            cursor: 0,
            typed: String::new(),
            error: None,
            confirm_quit: false,
            help: false,
            quit: false,
            today,
            results: None,
            status: None,
            color: true,
            kiosk: None,
        }
    }

    /// The advisor opened on the results of answers already resolved (`--answers FILE`).
    pub fn with_profile(lang: Lang, profile: Profile, t: &Tables) -> Model {
        let mut m = Model::new(lang, profile.today);
        m.draft = Draft::from_profile(&profile);
        m.screen = Screen::Results;
        m.results = Some(Ok(Results::new(profile, t)));
        m
    }

    /// True on a screen where letters and digits are typed text, not commands.
    pub fn typing(&self) -> bool {
        matches!(
            self.screen,
            Screen::Ask(q) if matches!(input::entry(q), Entry::Number { .. } | Entry::Month { .. } | Entry::Model)
        )
    }

    /// True on the model search, where every letter is part of the name typed.
    pub fn free_text(&self) -> bool {
        self.screen == Screen::Ask(Question::Model)
    }

    /// The questions asked for the answers so far, and the current one's place (1-based).
    pub fn progress(&self, t: &Tables) -> (usize, usize) {
        let asked = Question::asked(&self.draft, t);
        let at = match self.screen {
            Screen::Ask(q) => asked.iter().position(|x| *x == q).map_or(0, |i| i + 1),
            _ => 0,
        };
        (at, asked.len())
    }

    /// Catalog models of the chosen OS whose name contains what is typed (any case, any
    /// width), in catalog order.
    pub fn models<'t>(&self, t: &'t Tables) -> Vec<&'t str> {
        t.models_matching(self.draft.os, &self.typed)
    }

    /// Enters a screen, loading what is already answered into the cursor or the typed text.
    pub(super) fn open(&mut self, screen: Screen, t: &Tables) {
        self.screen = screen;
        self.error = None;
        self.typed.clear();
        self.cursor = 0;
        self.status = None;
        self.results = (screen == Screen::Results).then(|| {
            self.draft
                .to_answers(self.today)
                .resolve("", t, self.today)
                .map(|profile| Results::new(profile, t))
        });
        if let Screen::Ask(q) = screen {
            let d = &self.draft;
            match input::entry(q) {
                Entry::Choice(_) => self.cursor = input::chosen(q, d),
                Entry::Number { .. } | Entry::Month { .. } => self.typed = input::text_of(q, d),
                Entry::Model => {
                    let current = d.model.clone();
                    let list = self.models(t);
                    self.cursor = current
                        .and_then(|m| list.iter().position(|x| *x == m))
                        .unwrap_or(list.len());
                }
                Entry::Toggles => {}
            }
        }
    }

    /// The question after (or before) the current one, among those that now apply.
    fn step(&self, t: &Tables, forward: bool) -> Screen {
        let asked = Question::asked(&self.draft, t);
        let here = match self.screen {
            Screen::Ask(q) => Question::ALL.iter().position(|x| *x == q),
            Screen::Start | Screen::Attract => None,
            Screen::Review | Screen::Results => Some(Question::ALL.len()),
        };
        let order = |q: &Question| Question::ALL.iter().position(|x| x == q).unwrap_or(0);
        let next = if forward {
            asked
                .iter()
                .find(|q| here.is_none_or(|h| order(q) > h))
                .copied()
        } else {
            asked
                .iter()
                .rev()
                .find(|q| here.is_some_and(|h| order(q) < h))
                .copied()
        };
        match (next, forward) {
            (Some(q), _) => Screen::Ask(q),
            (None, true) => Screen::Review,
            (None, false) => Screen::Start,
        }
    }

    /// Takes the typed entry of the current question into the draft; false if it is invalid.
    fn commit(&mut self, t: &Tables) -> bool {
        let Screen::Ask(q) = self.screen else {
            return true;
        };
        match input::entry(q) {
            Entry::Choice(_) => input::choose(q, &mut self.draft, self.cursor),
            Entry::Toggles => {}
            Entry::Model => {
                let list = self.models(t);
                self.draft.model = list.get(self.cursor).map(|s| s.to_string());
            }
            Entry::Number { .. } | Entry::Month { .. } => {
                if let Err(e) = input::store(q, &self.typed, &mut self.draft) {
                    self.error = Some(e);
                    return false;
                }
            }
        }
        true
    }

    /// The number of lines of the current list, if the screen has one.
    fn list_len(&self, t: &Tables) -> usize {
        match self.screen {
            Screen::Ask(q) => match input::entry(q) {
                Entry::Choice(n) => n,
                Entry::Toggles => input::toggle_ids().len(),
                Entry::Model => self.models(t).len() + 1,
                _ => 0,
            },
            Screen::Review => Question::asked(&self.draft, t).len(),
            _ => 0,
        }
    }
}

/// Applies one message to the model; returns the work it asks of the outside world.
pub fn update(m: &mut Model, msg: Msg, t: &Tables) -> Effect {
    let key = match msg {
        Msg::Key(key) => key,
        Msg::Saved(path) => {
            m.status = Some(Status::Saved(path));
            return Effect::None;
        }
        Msg::SaveFailed(why) => {
            m.status = Some(Status::SaveFailed(why));
            return Effect::None;
        }
        Msg::Tick { idle_secs, today } => {
            super::kiosk::tick(m, idle_secs, today);
            return Effect::None;
        }
        Msg::ScrollRoom(room) => {
            if let Some(Ok(r)) = m.results.as_mut() {
                r.scroll_room = room;
                r.scroll = r.scroll.min(room);
            }
            return Effect::None;
        }
    };
    if m.kiosk.is_some() {
        if let Some(effect) = super::kiosk::key(m, key, t) {
            return effect;
        }
    } else if key == Key::CtrlC {
        m.quit = true;
        return Effect::None;
    }
    if m.confirm_quit {
        m.confirm_quit = false;
        m.quit = matches!(key, Key::Char('y') | Key::Char('Y'));
        return Effect::None;
    }
    if m.help {
        m.help = false;
        return Effect::None;
    }
    if m.screen == Screen::Results
        && let Some(effect) = results_key(m, key, t)
    {
        return effect;
    }
    common_key(m, key, t);
    Effect::None
}

/// The keys of the results screen; `None` for keys every screen shares.
fn results_key(m: &mut Model, key: Key, t: &Tables) -> Option<Effect> {
    if key == Key::Esc {
        m.open(Screen::Review, t);
        return Some(Effect::None);
    }
    let Some(Ok(r)) = m.results.as_mut() else {
        return None;
    };
    let change = match key {
        Key::Char('+') | Key::Char('=') => Some(Change::RateUp),
        Key::Char('-') | Key::Char('_') => Some(Change::RateDown),
        Key::Right | Key::Char('>') => Some(Change::HorizonUp),
        Key::Left | Key::Char('<') => Some(Change::HorizonDown),
        Key::Char('0') => Some(Change::Reset),
        _ => None,
    };
    if let Some(c) = change {
        r.change(c, t);
        m.status = None;
        return Some(Effect::None);
    }
    match key {
        Key::Tab | Key::BackTab => {
            r.tab = match r.tab {
                Tab::Overview => Tab::Details,
                Tab::Details => Tab::Overview,
            };
            r.scroll = 0;
        }
        Key::Down if r.tab == Tab::Details => r.scroll = (r.scroll + 1).min(r.scroll_room),
        Key::Up if r.tab == Tab::Details => r.scroll = r.scroll.saturating_sub(1),
        Key::Char('s') => return Some(Effect::SaveReport),
        _ => return None,
    }
    Some(Effect::None)
}

/// The keys every screen shares, and those of the start, question and review screens.
fn common_key(m: &mut Model, key: Key, t: &Tables) {
    let typing = m.typing();
    match key {
        Key::Char('?') => m.help = true,
        Key::Char('q') if !m.free_text() => m.confirm_quit = true,
        Key::Char('l') if !m.free_text() => m.lang = m.lang.other(),
        Key::Up => m.cursor = m.cursor.saturating_sub(1),
        Key::Down => {
            let n = m.list_len(t);
            if n > 0 {
                m.cursor = (m.cursor + 1).min(n - 1);
            }
        }
        Key::Esc => {
            // Back; answers already given stay, an entry not confirmed with Enter does not.
            let back = m.step(t, false);
            m.open(back, t);
        }
        Key::Enter => match m.screen {
            Screen::Start => {
                let next = m.step(t, true);
                m.open(next, t);
            }
            Screen::Ask(_) => {
                if m.commit(t) {
                    let next = m.step(t, true);
                    m.open(next, t);
                }
            }
            Screen::Review => {
                let asked = Question::asked(&m.draft, t);
                if let Some(q) = asked.get(m.cursor) {
                    m.open(Screen::Ask(*q), t);
                }
            }
            Screen::Results | Screen::Attract => {}
        },
        Key::Char('r') if m.screen == Screen::Review => m.open(Screen::Results, t),
        Key::Char(' ') if matches!(m.screen, Screen::Ask(Question::Eligibility)) => {
            if let Some(b) = input::toggle(&mut m.draft, m.cursor) {
                *b = !*b;
            }
        }
        Key::Char(c) if c.is_ascii_digit() && !typing => {
            // Number keys pick a choice directly.
            if let Some(i) = (c as usize).checked_sub('1' as usize)
                && i < m.list_len(t)
            {
                m.cursor = i;
            }
        }
        Key::Char(c) if typing => {
            let Screen::Ask(q) = m.screen else { return };
            let Some(c) = input::accept(input::entry(q), &m.typed, c) else {
                return;
            };
            if m.typed == "0" && matches!(input::entry(q), Entry::Number { .. }) {
                // The default 0 gives way to what is typed.
                m.typed.clear();
            }
            m.typed.push(c);
            m.error = input::live_error(input::entry(q), &m.typed);
            if q == Question::Model {
                m.cursor = 0;
            }
        }
        Key::Backspace if typing => {
            m.typed.pop();
            m.error = match m.screen {
                Screen::Ask(q) => input::live_error(input::entry(q), &m.typed),
                _ => None,
            };
        }
        _ => {}
    }
}
