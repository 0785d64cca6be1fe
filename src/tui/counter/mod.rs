//! The clerk's form (`hosho --counter`): every question that applies on one screen, edited in
//! place, with the results and the customer's QR code recomputed after every change (never
//! per frame); `n` clears it for the next customer.

pub mod view;

use super::app::{Answer, Effect, Key, Msg, Overlay, Session};
use super::keys::{self, Action, Mode, Place};
use super::results::Results;
use super::takeaway::Qr;
use crate::answers::{Fault, FieldFault, Profile};
use crate::calendar::Date;
use crate::form::control::{SWITCHES, new_contract_carriers};
use crate::form::typing::Typing;
use crate::form::{Control, Draft, EntryError, Question};
use crate::i18n::Words;
use crate::lang::Lang;
use crate::tables::Tables;

/// The width from which the results sit beside the form.
pub const WIDE: u16 = 120;

/// The pages of a narrow screen, one key (Enter) apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Form,
    Results,
    Qr,
}

/// What the counter takes input as (the key table's modes of the counter): the focused
/// row's kind, or a narrow window's results or QR page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CounterKeys {
    Choice,
    Switch,
    Number,
    Month,
    Day,
    Search,
    /// The results page (a narrow window).
    Results,
    /// The QR page (a narrow window's third page, or `c` beside the results).
    Qr,
}

/// One row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRow {
    Ask(Question),
    /// One eligibility switch, by index into [`SWITCHES`].
    Switch(usize),
    /// One "already a customer" switch, by index among the carriers asked about.
    Customer(usize),
}

/// The clerk's form and its results.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    pub session: Session,
    /// The row being edited.
    pub focus: usize,
    /// What is typed in a number, month or model row.
    pub typed: Typing,
    /// Which catalog match the model row shows.
    pub pick: usize,
    pub error: Option<EntryError>,
    /// The results for the answers as they stand, or what they still need.
    pub results: Result<Results, FieldFault>,
    /// The terminal is wide enough for the results beside the form.
    pub wide: bool,
    /// What fills a narrow screen: the form, the results, or the QR code.
    pub page: Page,
    /// The rows for the answers so far.
    pub rows: Vec<FormRow>,
    /// The catalog models (indices) matching the model row's text.
    pub matches: Vec<usize>,
    /// The customer's QR code of the results, in the session's language.
    pub qr: Option<Qr>,
    /// The widest label any row can have in the session's language, so that the values
    /// stay in one column whichever rows the answers bring.
    pub label_width: usize,
}

impl Counter {
    /// An empty form in `lang`, dated `today`.
    pub fn new(lang: Lang, today: Date, t: &Tables) -> Counter {
        let session = Session::new(lang, today);
        let results = compute(&session, t);
        let mut c = Counter {
            session,
            focus: 0,
            typed: Typing::default(),
            pick: 0,
            error: None,
            results,
            wide: true,
            page: Page::Form,
            rows: Vec::new(),
            matches: Vec::new(),
            qr: None,
            label_width: 0,
        };
        c.refresh(t);
        c.refresh_words(t);
        c.load();
        c
    }

    /// The form filled with answers already resolved (`hosho --counter --answers FILE`),
    /// dated as they are, their results beside them.
    pub fn with_profile(lang: Lang, profile: &Profile, t: &Tables) -> Counter {
        let mut c = Counter::new(lang, profile.today, t);
        c.session.draft = Draft::from_profile(profile);
        c.results = compute(&c.session, t);
        c.refresh(t);
        c.refresh_words(t);
        c.load();
        c
    }

    /// The focused row.
    pub fn field(&self) -> FormRow {
        self.rows[self.focus.min(self.rows.len() - 1)]
    }

    /// The input mode of the focused row or page, for the key table.
    pub fn mode(&self) -> Mode {
        Mode::Counter(self.keys())
    }

    /// What the focused row or page takes input as, in the counter's terms.
    pub fn keys(&self) -> CounterKeys {
        if !self.wide && self.page == Page::Results {
            return CounterKeys::Results;
        }
        if self.page == Page::Qr {
            return CounterKeys::Qr;
        }
        match self.field() {
            FormRow::Switch(_) | FormRow::Customer(_) => CounterKeys::Switch,
            FormRow::Ask(q) => match q.control() {
                Control::Choice(_) => CounterKeys::Choice,
                Control::Number(_) => CounterKeys::Number,
                Control::Month(m) if m.is_day() => CounterKeys::Day,
                Control::Month(_) => CounterKeys::Month,
                Control::Switches(_) => CounterKeys::Switch,
                Control::Model => CounterKeys::Search,
            },
        }
    }

    /// Where the keys are looked up: beside the results, or a narrow window.
    pub fn place(&self) -> Place {
        if self.wide {
            Place::Counter
        } else {
            Place::Narrow
        }
    }

    /// True when nothing has been answered yet: the results wait for a model or a price.
    pub fn is_blank(&self) -> bool {
        matches!(&self.results, Err(p) if p.fault == Fault::NeedPriceOrModel)
            && self.session.draft == Draft::default()
    }

    /// Loads the focused row's answer into the typing buffer.
    fn load(&mut self) {
        self.error = None;
        self.pick = 0;
        self.typed = match self.field() {
            FormRow::Ask(q) => Typing::answer(q.control().text(&self.session.draft)),
            FormRow::Switch(_) | FormRow::Customer(_) => Typing::default(),
        };
    }

    /// After the draft changed: the rows, the matches, the results and the QR code.
    fn refresh(&mut self, t: &Tables) {
        let focused = self.rows.get(self.focus).copied();
        self.rows = rows(&self.session.draft, t);
        self.focus = focused
            .and_then(|f| self.rows.iter().position(|x| *x == f))
            .unwrap_or(self.focus)
            .min(self.rows.len() - 1);
        self.results = compute(&self.session, t);
        self.matches = self.search(t);
        self.refresh_qr();
    }

    /// The catalog matches of what is typed while the model row is focused (none else), of
    /// either OS: the model found sets it.
    fn search(&self, t: &Tables) -> Vec<usize> {
        if self.field() == FormRow::Ask(Question::Model) {
            t.search.matching_any(&self.typed.text)
        } else {
            Vec::new()
        }
    }

    /// What depends on the language: the labels' width and the QR code's text.
    fn refresh_words(&mut self, t: &Tables) {
        self.label_width = Words::with(self.session.lang, |w| label_width(w, t));
        self.refresh_qr();
    }

    /// The QR code of the results as they stand, in the session's language.
    fn refresh_qr(&mut self) {
        Qr::keep(&mut self.qr, self.results.as_ref().ok(), self.session.lang);
    }

    /// Moves the focus by one row, wrapping around.
    fn move_focus(&mut self, forward: bool, t: &Tables) {
        let n = self.rows.len();
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
        self.load();
        self.matches = self.search(t);
    }

    /// Steps the focused row's value: a choice, a switch, or the model among the matches.
    fn step_value(&mut self, forward: bool, t: &Tables) {
        let field = self.field();
        let d = &mut self.session.draft;
        match field {
            FormRow::Switch(i) => (SWITCHES[i].set)(d, !(SWITCHES[i].get)(d)),
            FormRow::Customer(i) => Question::Customer.control().flip(i, d, t),
            FormRow::Ask(Question::Model) => {
                let n = self.matches.len();
                if n > 0 {
                    self.pick = if forward {
                        (self.pick + 1) % n
                    } else {
                        (self.pick + n - 1) % n
                    };
                }
                self.pick_model(t);
            }
            FormRow::Ask(q) => {
                let e = q.control();
                if let Control::Choice(_) = e {
                    let n = e.len(d, t).max(1);
                    let now = e.chosen(d, t);
                    let next = if forward {
                        (now + 1) % n
                    } else {
                        (now + n - 1) % n
                    };
                    e.pick(next, d, t);
                }
            }
        }
    }

    /// Types into the focused row.
    fn type_char(&mut self, c: char, t: &Tables) {
        let FormRow::Ask(q) = self.field() else {
            return;
        };
        if !self.typed.push(&q.control(), c, t) {
            return;
        }
        if q == Question::Model {
            self.model_typed(t);
        } else {
            self.store(q);
        }
    }

    /// After the model row's text changed: the matches and the model they give.
    fn model_typed(&mut self, t: &Tables) {
        self.matches = t.search.matching_any(&self.typed.text);
        self.pick = 0;
        self.pick_model(t);
    }

    /// Sets the model from the picked match, or "not listed" when nothing is typed or
    /// nothing matches.
    fn pick_model(&mut self, t: &Tables) {
        let typed = !self.typed.text.trim().is_empty();
        let picked = self.matches.get(self.pick).filter(|_| typed);
        let device = picked.map(|i| &t.devices()[*i]);
        // The model found says the OS (the search is of either).
        if let Some(d) = device {
            self.session.draft.os = d.os;
        }
        self.session.draft.model = device.map(|d| d.name.clone());
    }

    /// Takes the typed number or month into the draft when it is valid; flags it if not.
    /// Empty text clears the answer (unknown, none, or not given).
    fn store(&mut self, q: Question) {
        let d = &mut self.session.draft;
        let text = &self.typed.text;
        self.error = match q.control() {
            Control::Number(n) if text.trim().is_empty() => {
                (n.set)(d, None);
                None
            }
            e => e.store(text, d).err(),
        };
        if self.error.is_none() {
            self.error = q.control().live_error(text);
        }
    }

    /// Removes the last typed character.
    fn backspace(&mut self, t: &Tables) {
        self.typed.pop();
        match self.field() {
            FormRow::Ask(Question::Model) => self.model_typed(t),
            FormRow::Ask(q) if q.typed() => self.store(q),
            _ => {}
        }
    }

    /// Enter: the first answer still missing, else on (the next row, or the results page).
    fn enter(&mut self) {
        if let Err(p) = &self.results {
            let want = FormRow::Ask(Question::asking(p.field));
            if let Some(at) = self.rows.iter().position(|f| *f == want) {
                self.focus = at;
                self.load();
            }
            return;
        }
        if self.wide {
            let n = self.rows.len();
            self.focus = (self.focus + 1) % n;
            self.load();
        } else {
            self.page = Page::Results;
        }
    }

    /// Clears every answer for the next customer; the language and the window stay.
    pub fn next_customer(&mut self, t: &Tables) {
        let (lang, wide, color, today) = (
            self.session.lang,
            self.wide,
            self.session.color,
            self.session.today,
        );
        *self = Counter::new(lang, today, t);
        self.wide = wide;
        self.session.color = color;
    }

    /// Applies one message to the form.
    pub fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        match msg {
            Msg::Resize(cols, _) => self.wide = cols >= WIDE,
            Msg::Tick { today, .. } => {
                if today != self.session.today {
                    self.session.today = today;
                    self.results = compute(&self.session, t);
                    self.refresh_qr();
                }
            }
            Msg::Key(key) => self.key(key, t),
            Msg::Saved(_) | Msg::SaveFailed(_) | Msg::ScrollRoom(_) => {}
        }
        Effect::None
    }

    fn key(&mut self, key: Key, t: &Tables) {
        match self.session.overlay_key(key) {
            Answer::NoOverlay => {}
            Answer::Yes(Overlay::ConfirmNext) => return self.next_customer(t),
            _ => return,
        }
        let Some(action) = keys::action(self.mode(), self.place(), key) else {
            return;
        };
        let lang = self.session.lang;
        if self.session.common(action) {
            if self.session.lang != lang {
                self.refresh_words(t);
            }
            return;
        }
        let before = self.session.draft.clone();
        let mut picked = false;
        match action {
            Action::WhatIf(change) => {
                if let Ok(r) = self.results.as_mut()
                    && r.try_change(&mut self.session.what_if, change, t)
                {
                    self.refresh_qr();
                }
            }
            Action::NextCustomer if self.is_blank() => self.next_customer(t),
            Action::NextCustomer => self.session.overlay = Overlay::ConfirmNext,
            Action::NextField => self.move_focus(true, t),
            Action::PrevField => self.move_focus(false, t),
            Action::NextValue => self.step_value(true, t),
            Action::PrevValue => self.step_value(false, t),
            Action::Flip => self.step_value(true, t),
            Action::Pick(i) => {
                if let FormRow::Ask(q) = self.field()
                    && let e @ Control::Choice(_) = q.control()
                    && i < e.len(&self.session.draft, t)
                {
                    e.pick(i, &mut self.session.draft, t);
                    picked = true;
                }
            }
            Action::Type(c) => self.type_char(c, t),
            Action::Erase => self.backspace(t),
            Action::Next => match self.page {
                Page::Form => self.enter(),
                Page::Results => self.page = Page::Qr,
                Page::Qr => self.page = Page::Form,
            },
            Action::Back => self.page = Page::Form,
            Action::ShowQr if self.results.is_ok() => self.page = Page::Qr,
            _ => {}
        }
        if self.session.draft != before {
            self.refresh(t);
        }
        // A number chooses and goes on to the next row, as a clerk types on.
        if picked {
            self.move_focus(true, t);
        }
    }
}

/// A row's label.
pub fn label(field: FormRow, d: &Draft, t: &Tables, w: &Words) -> String {
    match field {
        FormRow::Ask(q) => crate::form::words::label(q, w),
        FormRow::Switch(i) => w.text(SWITCHES[i].label(), &[]),
        FormRow::Customer(i) => customer_label(new_contract_carriers(d, t).get(i), w),
    }
}

/// The label of an "already a customer" row.
fn customer_label(carrier: Option<&crate::domain::Carrier>, w: &Words) -> String {
    let name = carrier.map_or_else(String::new, |c| w.carrier(c.id()));
    w.text("slabel-customer", &[("carrier", name)])
}

/// The widest label of any row, for any carrier.
fn label_width(w: &Words, t: &Tables) -> usize {
    let questions = Question::ALL
        .iter()
        .filter(|q| !matches!(q, Question::Eligibility | Question::Customer))
        .map(|q| crate::form::words::label(*q, w));
    let switches = SWITCHES.iter().map(|s| w.text(s.label(), &[]));
    let customers = t
        .carrier_ids()
        .into_iter()
        .map(|c| customer_label(Some(&c), w));
    questions
        .chain(switches)
        .chain(customers)
        .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0)
}

/// The rows of the form for a draft.
/// The rows for the answers so far: the questionnaire's order, but "already a customer" right
/// after the carrier, where a clerk asks it (it can close a carrier's plan).
fn rows(d: &Draft, t: &Tables) -> Vec<FormRow> {
    let asked = Question::asked(d, t);
    // What a clerk types for every customer first, in this order (the model search is of
    // either OS, so the model comes before the OS); then the lines already held; then the
    // rest in the questionnaire's order.
    const FIRST: [Question; 5] = [
        Question::Carrier,
        Question::Model,
        Question::Damage,
        Question::Bought,
        Question::Customer,
    ];
    let rank = |q: &Question| FIRST.iter().position(|f| f == q).unwrap_or(FIRST.len());
    let mut order = asked.clone();
    order.sort_by_key(rank);
    order
        .into_iter()
        .flat_map(|q| match q {
            Question::Eligibility => (0..SWITCHES.len()).map(FormRow::Switch).collect(),
            Question::Customer => (0..new_contract_carriers(d, t).len())
                .map(FormRow::Customer)
                .collect(),
            q => vec![FormRow::Ask(q)],
        })
        .collect()
}

/// The results for a session's answers and what-if, or what the answers still need.
fn compute(s: &Session, t: &Tables) -> Result<Results, FieldFault> {
    s.draft
        .check(s.today, t)
        .map(|p| Results::new(p, s.what_if, t))
}
