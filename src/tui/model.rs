//! The advisor's state and `update`: keys come in as [`Msg`]s, the model changes, and the
//! view (drawn elsewhere) reads it. No terminal, no clock: tests feed messages directly.

use super::draft::Draft;
use super::input::{self, Entry};
use super::questions::Question;
use crate::answers::AnswerError;
use crate::calendar::{Date, YearMonth};
use crate::engine::Advice;
use crate::i18n::Lang;
use crate::tables::Tables;

/// A key, as the model understands it (the terminal layer maps real key events to these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Enter,
    Esc,
    Backspace,
    Char(char),
    CtrlC,
}

/// What can happen to the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
}

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
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
    /// The advice for the answers, computed on entering the results.
    pub advice: Option<Result<Advice, AnswerError>>,
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
            advice: None,
        }
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
        let typed = crate::tables::normalize_name(&self.typed);
        t.devices
            .devices
            .iter()
            .filter(|d| d.os == self.draft.os)
            .filter(|d| {
                std::iter::once(&d.name)
                    .chain(d.aliases.iter())
                    .any(|n| crate::tables::normalize_name(n).contains(&typed))
            })
            .map(|d| d.name.as_str())
            .collect()
    }

    /// Enters a screen, loading what is already answered into the cursor or the typed text.
    fn open(&mut self, screen: Screen, t: &Tables) {
        self.screen = screen;
        self.error = None;
        self.typed.clear();
        self.cursor = 0;
        self.advice = (screen == Screen::Results).then(|| {
            self.draft
                .to_answers(self.today)
                .resolve("", t, self.today)
                .map(|profile| crate::engine::advise(&profile, t))
        });
        if let Screen::Ask(q) = screen {
            let d = &self.draft;
            match input::entry(q) {
                Entry::Choice(_) => self.cursor = input::chosen(q, d),
                Entry::Number { .. } => {
                    let value = match q {
                        Question::Price => d.price_yen,
                        Question::Damage => Some(d.damage_incidents_2y),
                        Question::Water => Some(d.water_incidents_2y),
                        Question::Horizon => Some(d.horizon_months),
                        Question::LinemoFee => d.linemo_fee_yen,
                        _ => None,
                    };
                    self.typed = value.map(|v| v.to_string()).unwrap_or_default();
                }
                Entry::Month { .. } => {
                    let value = match q {
                        Question::Released => d.released,
                        _ => d.warranty_until,
                    };
                    self.typed = value.map(|m| m.to_string()).unwrap_or_default();
                }
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
            Screen::Start => None,
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
            Entry::Number { min, max } => {
                let digits: String = self.typed.chars().filter(|c| *c != ',').collect();
                let Ok(v) = digits.parse::<i64>() else {
                    self.error = Some(EntryError::NotANumber);
                    return false;
                };
                if v < min || v > max {
                    self.error = Some(EntryError::OutOfRange { min, max });
                    return false;
                }
                let v = v as u32;
                match q {
                    Question::Price => self.draft.price_yen = Some(v),
                    Question::Damage => self.draft.damage_incidents_2y = v,
                    Question::Water => self.draft.water_incidents_2y = v,
                    Question::Horizon => self.draft.horizon_months = v,
                    Question::LinemoFee => self.draft.linemo_fee_yen = Some(v),
                    _ => {}
                }
            }
            Entry::Month { optional } => {
                let month = YearMonth::parse(self.typed.trim());
                if month.is_none() && !(optional && self.typed.trim().is_empty()) {
                    self.error = Some(EntryError::NotAMonth);
                    return false;
                }
                match q {
                    Question::Released => self.draft.released = month,
                    _ => self.draft.warranty_until = month,
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

/// Applies one message to the model.
pub fn update(m: &mut Model, msg: Msg, t: &Tables) {
    let Msg::Key(key) = msg;
    if key == Key::CtrlC {
        m.quit = true;
        return;
    }
    if m.confirm_quit {
        m.confirm_quit = false;
        m.quit = matches!(key, Key::Char('y') | Key::Char('Y'));
        return;
    }
    if m.help {
        m.help = false;
        return;
    }
    let typing = matches!(
        m.screen,
        Screen::Ask(q) if matches!(input::entry(q), Entry::Number { .. } | Entry::Month { .. } | Entry::Model)
    );
    match key {
        Key::Char('?') => m.help = true,
        Key::Char('q') if !typing => m.confirm_quit = true,
        Key::Char('l') if !typing => m.lang = m.lang.other(),
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
            Screen::Results => {}
        },
        Key::Char('r') if m.screen == Screen::Review => m.open(Screen::Results, t),
        Key::Char(' ') if matches!(m.screen, Screen::Ask(Question::Eligibility)) => {
            if let Some(b) = input::toggle(&mut m.draft, m.cursor) {
                *b = !*b;
            }
        }
        Key::Char(c) if c.is_ascii_digit() && !typing => {
            // Number keys pick a choice directly.
            let i = c as usize - '1' as usize;
            if i < m.list_len(t) {
                m.cursor = i;
            }
        }
        Key::Char(c) if typing => {
            m.typed.push(c);
            m.error = None;
            if matches!(m.screen, Screen::Ask(Question::Model)) {
                m.cursor = 0;
            }
        }
        Key::Backspace if typing => {
            m.typed.pop();
            m.error = None;
        }
        _ => {}
    }
}
