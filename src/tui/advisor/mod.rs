//! The advisor, at home or inside the kiosk: the questionnaire screen by screen, the review,
//! and the results. Keys come in as [`Msg`]s and become actions through the key table; the
//! model changes, and the view (drawn elsewhere) reads it. No terminal, no clock.

pub mod view;

use super::app::{Answer, Effect, Key, Msg, Session};
use super::keys::{self, Action, Mode, Place};
use super::results::{Assumptions, Results, Tab};
use super::takeaway::Qr;
use crate::answers::{FieldFault, Profile};
use crate::calendar::Date;
use crate::form::control::Blank;
use crate::form::typing::Typing;
use crate::form::{Control, Draft, EntryError, Question};
use crate::lang::Lang;
use crate::tables::Tables;

/// A one-line notice under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Saved(super::app::Saved),
    SaveFailed(super::app::SaveError),
}

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Ask(Question),
    Review,
    Results,
}

/// What an advisor's screen takes input as (the key table's modes of the advisor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdvisorKeys {
    Start,
    /// A question with fixed values.
    Choice,
    /// A question answered with a number.
    Number,
    /// A question answered with a month.
    Month,
    /// A question answered with a day.
    Day,
    /// The model search, where every letter is text.
    Search,
    /// The yes/no switches.
    Switches,
    Review,
    /// The results' table and chart.
    Overview,
    /// One option's breakdown.
    Breakdown,
    Details,
    /// The QR code to take away (the kiosk).
    TakeAway,
}

/// The whole state of the advisor.
#[derive(Debug, Clone, PartialEq)]
pub struct Advisor {
    pub session: Session,
    /// At home or in the kiosk.
    pub place: Place,
    pub screen: Screen,
    /// The highlighted line of a list (values, switches, models, the review's rows; on a
    /// number or month, 0 is the entry and 1 the "I don't know" or "none" line).
    pub cursor: usize,
    /// What is typed on a number, month or model screen.
    pub typed: Typing,
    pub error: Option<EntryError>,
    /// What the answers still need, shown on the question that asks for it.
    pub problem: Option<FieldFault>,
    /// The results, computed on entering the results screen.
    pub results: Option<Results>,
    pub status: Option<Status>,
    /// The questions that apply to the answers so far (kept current on every change).
    pub asked: Vec<Question>,
    /// The catalog models (indices) matching the search, kept current as it is typed.
    pub matches: Vec<usize>,
    /// While one answer is changed from the review: the questions asked when it was left,
    /// so that only questions the change newly brings are asked before going back.
    pub revisiting: Option<Vec<Question>>,
    /// The take-away QR code of the results, made when it is shown (the kiosk).
    pub qr: Option<Qr>,
    /// The language and what-if the code was made for.
    qr_for: Option<(Lang, Assumptions)>,
}

/// The review's first line, which goes on to the results; the answers follow it.
pub const REVIEW_GO: usize = 0;

impl Advisor {
    /// A fresh advisor in `lang`, dated `today`, on its start screen.
    pub fn new(lang: Lang, today: Date, t: &Tables) -> Advisor {
        Advisor::with_session(Session::new(lang, today), Place::Home, t)
    }

    /// An advisor for a session at `place`, on its first screen.
    pub fn with_session(session: Session, place: Place, t: &Tables) -> Advisor {
        let mut a = Advisor {
            session,
            place,
            screen: Screen::Start,
            cursor: 0,
            typed: Typing::default(),
            error: None,
            problem: None,
            results: None,
            status: None,
            asked: Vec::new(),
            matches: Vec::new(),
            revisiting: None,
            qr: None,
            qr_for: None,
        };
        a.changed(t);
        a
    }

    /// The advisor opened on the results of answers already resolved (`--answers FILE`).
    pub fn with_profile(lang: Lang, profile: Profile, t: &Tables) -> Advisor {
        let mut a = Advisor::new(lang, profile.today, t);
        a.session.draft = Draft::from_profile(&profile);
        a.changed(t);
        a.screen = Screen::Results;
        a.results = Some(Results::new(profile, a.session.what_if, t));
        a
    }

    /// The input mode of the screen, for the key table.
    pub fn mode(&self) -> Mode {
        Mode::Advisor(self.keys())
    }

    /// What the screen takes input as, in the advisor's terms.
    pub fn keys(&self) -> AdvisorKeys {
        match self.screen {
            Screen::Start => AdvisorKeys::Start,
            Screen::Ask(q) => match q.control() {
                Control::Choice(_) => AdvisorKeys::Choice,
                Control::Number(_) => AdvisorKeys::Number,
                Control::Month(m) if m.is_day() => AdvisorKeys::Day,
                Control::Month(_) => AdvisorKeys::Month,
                Control::Switches(_) => AdvisorKeys::Switches,
                Control::Model => AdvisorKeys::Search,
            },
            Screen::Review => AdvisorKeys::Review,
            Screen::Results => match &self.results {
                Some(r) if r.open => AdvisorKeys::Breakdown,
                Some(r) => match r.tab {
                    Tab::Overview => AdvisorKeys::Overview,
                    Tab::Details => AdvisorKeys::Details,
                    Tab::TakeAway => AdvisorKeys::TakeAway,
                },
                None => AdvisorKeys::Review,
            },
        }
    }

    /// The current question's place among those asked (1-based) and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        let at = match self.screen {
            Screen::Ask(q) => self.asked.iter().position(|x| *x == q).map_or(0, |i| i + 1),
            _ => 0,
        };
        (at, self.asked.len())
    }

    /// The names of the models matching the search.
    pub fn models<'t>(&self, t: &'t Tables) -> Vec<&'t str> {
        self.matches
            .iter()
            .map(|i| t.devices()[*i].name.as_str())
            .collect()
    }

    /// Keeps what follows from the answers current: the questions asked, the matches.
    fn changed(&mut self, t: &Tables) {
        self.asked = Question::asked(&self.session.draft, t);
        self.matches = t.search.matching(self.session.draft.os, &self.typed.text);
    }

    /// Enters a screen, loading what is already answered into the cursor or the text.
    fn open(&mut self, screen: Screen, t: &Tables) {
        self.screen = screen;
        self.error = None;
        self.typed = Typing::default();
        self.cursor = 0;
        self.status = None;
        if screen != Screen::Results {
            self.results = None;
        }
        if screen == Screen::Review {
            self.revisiting = None;
            self.problem = None;
        }
        if let Screen::Ask(q) = screen {
            let d = &self.session.draft;
            match q.control() {
                Control::Choice(_) => self.cursor = q.control().chosen(d, t),
                Control::Number(_) | Control::Month(_) => {
                    self.typed = Typing::answer(q.control().text(d))
                }
                Control::Model | Control::Switches(_) => {}
            }
        }
        self.changed(t);
        if matches!(screen, Screen::Ask(Question::Model)) {
            let current = self.session.draft.model.clone();
            let names = self.models(t);
            self.cursor = current
                .and_then(|m| names.iter().position(|x| *x == m))
                .unwrap_or(names.len());
        }
    }

    /// The screen after the current question: the next one that applies (while revisiting
    /// from the review, only one the change newly brings), else the review.
    fn forward(&self) -> Screen {
        let Screen::Ask(here) = self.screen else {
            return self
                .asked
                .first()
                .map_or(Screen::Review, |q| Screen::Ask(*q));
        };
        let order = |q: &Question| Question::ALL.iter().position(|x| x == q);
        self.asked
            .iter()
            .filter(|q| order(q) > order(&here))
            .find(|q| {
                self.revisiting
                    .as_ref()
                    .is_none_or(|seen| !seen.contains(q))
            })
            .map_or(Screen::Review, |q| Screen::Ask(*q))
    }

    /// The screen before the current one; the review while revisiting.
    fn backward(&self) -> Option<Screen> {
        if self.revisiting.is_some() {
            return Some(Screen::Review);
        }
        let order = |q: &Question| Question::ALL.iter().position(|x| x == q);
        match self.screen {
            Screen::Ask(here) => {
                let before = self.asked.iter().rev().find(|q| order(q) < order(&here));
                match (before, self.place) {
                    (Some(q), _) => Some(Screen::Ask(*q)),
                    // The kiosk's attract screen is its start: nothing before the first.
                    (None, Place::Kiosk) => None,
                    (None, _) => Some(Screen::Start),
                }
            }
            Screen::Review => self.asked.last().map(|q| Screen::Ask(*q)),
            Screen::Results => Some(Screen::Review),
            Screen::Start => None,
        }
    }

    /// How many lines the screen's list has.
    fn list_len(&self, t: &Tables) -> usize {
        match self.screen {
            Screen::Ask(q) => match q.control() {
                Control::Model => self.matches.len() + 1,
                Control::Number(_) | Control::Month(_) => 1 + usize::from(q.may_be_blank()),
                e => e.len(&self.session.draft, t),
            },
            Screen::Review => self.asked.len() + 1,
            _ => 0,
        }
    }

    /// Takes the entry of the current question into the draft; false if it is not valid.
    fn commit(&mut self, t: &Tables) -> bool {
        let Screen::Ask(q) = self.screen else {
            return true;
        };
        let e = q.control();
        let result = match e {
            Control::Choice(_) => {
                e.pick(self.cursor, &mut self.session.draft, t);
                Ok(())
            }
            Control::Switches(_) => Ok(()),
            Control::Model => {
                self.session.draft.model = self
                    .matches
                    .get(self.cursor)
                    .map(|i| t.devices()[*i].name.clone());
                Ok(())
            }
            // The line under the entry: "I don't know", or "none".
            Control::Number(_) | Control::Month(_) if self.cursor == 1 => {
                e.store("", &mut self.session.draft)
            }
            Control::Number(_) if self.typed.text.trim().is_empty() => Err(EntryError::NotANumber),
            Control::Month(m) if self.typed.text.trim().is_empty() && m.blank == Blank::Unknown => {
                Err(if m.is_day() {
                    EntryError::NotADay
                } else {
                    EntryError::NotAMonth
                })
            }
            Control::Number(_) | Control::Month(_) => {
                e.store(&self.typed.text, &mut self.session.draft)
            }
        };
        self.changed(t);
        // A date is checked against today and the release here, at its own question.
        if result.is_ok()
            && matches!(e, Control::Month(_))
            && let Some(p) = (self.session.draft)
                .date_fault(self.session.today, t)
                .filter(|p| Question::asking(p.field) == q)
        {
            self.problem = Some(p);
            return false;
        }
        match result {
            Ok(()) => {
                // The fault this question was asked again for is answered.
                if self
                    .problem
                    .as_ref()
                    .is_some_and(|p| Question::asking(p.field) == q)
                {
                    self.problem = None;
                }
                true
            }
            Err(err) => {
                self.error = Some(err);
                false
            }
        }
    }

    /// The results of the answers, or the question that still needs something.
    fn see_advice(&mut self, t: &Tables) {
        match self.session.draft.check(self.session.today, t) {
            Ok(profile) => {
                self.open(Screen::Results, t);
                self.results = Some(Results::new(profile, self.session.what_if, t));
            }
            Err(p) => {
                let q = Question::asking(p.field);
                self.revisiting = Some(self.asked.clone());
                self.open(Screen::Ask(q), t);
                self.problem = Some(p);
            }
        }
    }

    /// Applies one message; returns the work it asks of the outside world.
    pub fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        match msg {
            Msg::Key(key) => return self.key(key, t),
            Msg::Saved(path) => self.status = Some(Status::Saved(path)),
            Msg::SaveFailed(why) => self.status = Some(Status::SaveFailed(why)),
            Msg::ScrollRoom(room) => {
                if let Some(r) = self.results.as_mut() {
                    r.scroll_room = room;
                    r.scroll = r.scroll.min(room);
                }
            }
            Msg::Tick { today, .. } => self.session.today = today,
            Msg::Resize(..) => {}
        }
        Effect::None
    }

    /// A key: to the open overlay, else through the key table.
    fn key(&mut self, key: Key, t: &Tables) -> Effect {
        if self.session.overlay_key(key) != Answer::NoOverlay {
            return Effect::None;
        }
        match keys::action(self.mode(), self.place, key) {
            Some(action) => self.act(action, t),
            None => Effect::None,
        }
    }

    /// Does what an action asks on the current screen.
    pub fn act(&mut self, action: Action, t: &Tables) -> Effect {
        let effect = self.act_here(action, t);
        self.refresh_qr();
        effect
    }

    /// Makes the take-away code when it is shown and its results or language changed.
    fn refresh_qr(&mut self) {
        let lang = self.session.lang;
        let shown = self.results.as_ref().filter(|r| r.tab == Tab::TakeAway);
        let want = shown.map(|r| (lang, r.what_if));
        if want != self.qr_for {
            Qr::keep(&mut self.qr, shown, lang);
            self.qr_for = want;
        }
    }

    fn act_here(&mut self, action: Action, t: &Tables) -> Effect {
        if self.session.common(action) {
            return Effect::None;
        }
        let n = self.list_len(t);
        match action {
            Action::Up | Action::Down if self.screen == Screen::Results => {
                if let Some(r) = self.results.as_mut() {
                    let down = action == Action::Down;
                    match r.tab {
                        Tab::Overview => r.select(down),
                        Tab::Details if down => r.scroll = (r.scroll + 1).min(r.scroll_room),
                        Tab::Details => r.scroll = r.scroll.saturating_sub(1),
                        Tab::TakeAway => {}
                    }
                }
            }
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down if n > 0 => self.cursor = (self.cursor + 1).min(n - 1),
            Action::Pick(i) if i < n => self.cursor = i,
            Action::Flip => {
                if let Screen::Ask(q) = self.screen
                    && let e @ Control::Switches(_) = q.control()
                {
                    e.flip(self.cursor, &mut self.session.draft, t);
                    self.changed(t);
                }
            }
            Action::Type(c) => self.type_char(c, t),
            Action::Erase => {
                self.typed.pop();
                self.typed_changed(t);
            }
            Action::Next => self.next(t),
            Action::Back => self.back(t),
            // The answer on screen is taken first, as Enter would take it.
            Action::SeeAdvice if self.commit(t) => self.see_advice(t),
            Action::WhatIf(change) => {
                if let Some(r) = self.results.as_mut()
                    && r.try_change(&mut self.session.what_if, change, t)
                {
                    self.status = None;
                }
            }
            Action::SwitchTab => {
                if let Some(r) = self.results.as_mut() {
                    r.tab = match (r.tab, self.place) {
                        (Tab::Overview, _) => Tab::Details,
                        (Tab::Details, Place::Kiosk) => Tab::TakeAway,
                        _ => Tab::Overview,
                    };
                    r.scroll = 0;
                }
            }
            Action::Open => {
                if let Some(r) = self.results.as_mut() {
                    r.open_breakdown(t);
                }
            }
            Action::Save if self.results.is_some() => return Effect::SaveReport,
            _ => {}
        }
        Effect::None
    }

    /// Enter: on, from whatever screen.
    fn next(&mut self, t: &Tables) {
        match self.screen {
            Screen::Start => {
                let next = self.forward();
                self.open(next, t);
            }
            Screen::Ask(_) => {
                if self.commit(t) {
                    let next = self.forward();
                    self.open(next, t);
                }
            }
            Screen::Review if self.cursor == REVIEW_GO => self.see_advice(t),
            Screen::Review => {
                if let Some(q) = self.asked.get(self.cursor - 1).copied() {
                    let seen = self.asked.clone();
                    self.open(Screen::Ask(q), t);
                    self.revisiting = Some(seen);
                }
            }
            Screen::Results => {}
        }
    }

    /// Esc: back; answers already given stay, an entry not confirmed with Enter does not.
    fn back(&mut self, t: &Tables) {
        if let Some(r) = self.results.as_mut()
            && r.open
        {
            r.close_breakdown();
            return;
        }
        if let Some(screen) = self.backward() {
            self.open(screen, t);
        }
    }

    /// A typed character: the search text, or a number or month (replacing an answer
    /// already given).
    fn type_char(&mut self, c: char, t: &Tables) {
        if let Screen::Ask(q) = self.screen
            && self.typed.push(&q.control(), c, t)
        {
            self.cursor = 0;
            self.typed_changed(t);
        }
    }

    /// After the typed text changed: the matches, and an entry already past its bounds.
    fn typed_changed(&mut self, t: &Tables) {
        if let Screen::Ask(q) = self.screen {
            self.error = q.control().live_error(&self.typed.text);
            if q == Question::Model {
                self.matches = t.search.matching(self.session.draft.os, &self.typed.text);
                self.cursor = 0;
            }
        }
    }
}
