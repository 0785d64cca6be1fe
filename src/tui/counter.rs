//! The clerk's form (`hosho --counter`): every question that applies on one screen, edited in
//! place, with the results recomputed after every change; `n` wipes it for the next customer.

use super::draft::Draft;
use super::input::{self, Entry};
use super::model::{EntryError, Key};
use super::questions::Question;
use super::results::{Change, Results};
use crate::answers::AnswerError;
use crate::calendar::Date;
use crate::i18n::Lang;
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

/// One row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Ask(Question),
    /// One eligibility switch, by index.
    Switch(usize),
}

/// The clerk's form and its results.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    pub lang: Lang,
    pub draft: Draft,
    /// The row being edited.
    pub focus: usize,
    /// What is typed in a number, month or model row.
    pub typed: String,
    /// Which catalog match the model row shows.
    pub pick: usize,
    pub error: Option<EntryError>,
    /// The results for the answers as they stand.
    pub results: Result<Results, AnswerError>,
    /// The terminal is wide enough for the results beside the form.
    pub wide: bool,
    /// What fills a narrow screen: the form, the results, or the QR code.
    pub page: Page,
    pub help: bool,
    pub confirm_quit: bool,
    pub quit: bool,
    pub today: Date,
    pub color: bool,
}

impl Counter {
    /// An empty form in `lang`, dated `today`.
    pub fn new(lang: Lang, today: Date, t: &Tables) -> Counter {
        let draft = Draft::default();
        let results = compute(&draft, today, t);
        let mut c = Counter {
            lang,
            draft,
            focus: 0,
            typed: String::new(),
            pick: 0,
            error: None,
            results,
            wide: true,
            page: Page::Form,
            help: false,
            confirm_quit: false,
            quit: false,
            today,
            color: true,
        };
        c.load(t);
        c
    }

    /// The rows of the form for the answers so far.
    pub fn fields(&self, t: &Tables) -> Vec<Field> {
        Question::asked(&self.draft, t)
            .into_iter()
            .flat_map(|q| match q {
                Question::Eligibility => {
                    (0..input::toggle_ids().len()).map(Field::Switch).collect()
                }
                q => vec![Field::Ask(q)],
            })
            .collect()
    }

    /// The focused row.
    pub fn field(&self, t: &Tables) -> Field {
        let fields = self.fields(t);
        fields[self.focus.min(fields.len() - 1)]
    }

    /// True when the focused row takes free text (letters are not commands there).
    pub fn typing_text(&self, t: &Tables) -> bool {
        self.field(t) == Field::Ask(Question::Model)
    }

    /// Catalog models of the chosen OS matching what is typed in the model row.
    pub fn matches<'t>(&self, t: &'t Tables) -> Vec<&'t str> {
        t.models_matching(self.draft.os, &self.typed)
    }

    /// Loads the focused row's answer into the typing buffer.
    fn load(&mut self, t: &Tables) {
        self.error = None;
        self.typed = match self.field(t) {
            Field::Ask(Question::Model) => self.draft.model.clone().unwrap_or_default(),
            Field::Ask(q) => input::text_of(q, &self.draft),
            Field::Switch(_) => String::new(),
        };
        self.pick = 0;
    }

    /// Prices the answers again after a change.
    fn refresh(&mut self, t: &Tables) {
        self.results = compute(&self.draft, self.today, t);
        let n = self.fields(t).len();
        self.focus = self.focus.min(n - 1);
    }

    /// Moves the focus by one row, wrapping around.
    fn move_focus(&mut self, forward: bool, t: &Tables) {
        let n = self.fields(t).len();
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
        self.load(t);
    }

    /// Steps a choice or switch row's value.
    fn step_value(&mut self, forward: bool, t: &Tables) {
        match self.field(t) {
            Field::Switch(i) => {
                if let Some(b) = input::toggle(&mut self.draft, i) {
                    *b = !*b;
                }
            }
            Field::Ask(Question::Model) => {
                let n = self.matches(t).len();
                if n > 0 {
                    self.pick = if forward {
                        (self.pick + 1) % n
                    } else {
                        (self.pick + n - 1) % n
                    };
                }
                self.pick_model(t);
            }
            Field::Ask(q) => {
                if let Entry::Choice(n) = input::entry(q) {
                    let now = input::chosen(q, &self.draft);
                    let next = if forward {
                        (now + 1) % n
                    } else {
                        (now + n - 1) % n
                    };
                    input::choose(q, &mut self.draft, next);
                }
            }
        }
    }

    /// Sets the model from what is typed: the picked match, or "not listed" when nothing
    /// is typed or nothing matches.
    fn pick_model(&mut self, t: &Tables) {
        let matches = self.matches(t);
        self.draft.model = if self.typed.trim().is_empty() {
            None
        } else {
            matches.get(self.pick).map(|s| s.to_string())
        };
    }

    /// Types into the focused row.
    fn type_char(&mut self, c: char, t: &Tables) {
        match self.field(t) {
            Field::Ask(Question::Model) => {
                self.typed.push(c);
                self.pick = 0;
                self.pick_model(t);
            }
            Field::Ask(q) => {
                let e = input::entry(q);
                if let Entry::Choice(n) = e {
                    // Number keys pick a value directly.
                    if let Some(i) = c.to_digit(10).map(|d| d as usize)
                        && (1..=n).contains(&i)
                    {
                        input::choose(q, &mut self.draft, i - 1);
                    }
                    return;
                }
                let Some(c) = input::accept(e, &self.typed, c) else {
                    return;
                };
                if self.typed == "0" && matches!(e, Entry::Number { .. }) {
                    self.typed.clear();
                }
                self.typed.push(c);
                self.store(q);
            }
            Field::Switch(i) => {
                if c == ' '
                    && let Some(b) = input::toggle(&mut self.draft, i)
                {
                    *b = !*b;
                }
            }
        }
    }

    /// Takes the typed number or month into the draft when it is valid; flags it if not.
    fn store(&mut self, q: Question) {
        self.error = input::store(q, &self.typed, &mut self.draft).err();
    }

    /// Removes the last typed character.
    fn backspace(&mut self, t: &Tables) {
        self.typed.pop();
        match self.field(t) {
            Field::Ask(Question::Model) => {
                self.pick = 0;
                self.pick_model(t);
            }
            Field::Ask(q) if !matches!(input::entry(q), Entry::Choice(_)) => self.store(q),
            _ => {}
        }
    }

    /// Wipes every answer for the next customer; the language and the window stay.
    pub fn next_customer(&mut self, t: &Tables) {
        let (lang, wide, color) = (self.lang, self.wide, self.color);
        *self = Counter::new(lang, self.today, t);
        self.wide = wide;
        self.color = color;
    }
}

/// The results for a draft, or why the answers are not complete.
fn compute(d: &Draft, today: Date, t: &Tables) -> Result<Results, AnswerError> {
    d.to_answers(today)
        .resolve("", t, today)
        .map(|p| Results::new(p, t))
}

/// What can happen to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CounterMsg {
    Key(Key),
    /// The terminal's size.
    Resize(u16, u16),
    /// Today's date, from the clock outside (a counter can stay open past midnight).
    Today(Date),
}

/// Applies one message to the form.
pub fn update(c: &mut Counter, msg: CounterMsg, t: &Tables) {
    let key = match msg {
        CounterMsg::Resize(cols, _) => {
            c.wide = cols >= WIDE;
            return;
        }
        CounterMsg::Today(today) => {
            if today != c.today {
                c.today = today;
                c.results = compute(&c.draft, today, t);
            }
            return;
        }
        CounterMsg::Key(k) => k,
    };
    if key == Key::CtrlC {
        c.quit = true;
        return;
    }
    if c.confirm_quit {
        c.confirm_quit = false;
        c.quit = matches!(key, Key::Char('y') | Key::Char('Y'));
        return;
    }
    if c.help {
        c.help = false;
        return;
    }
    let text = c.typing_text(t);
    let month =
        matches!(c.field(t), Field::Ask(q) if matches!(input::entry(q), Entry::Month { .. }));
    // What-if keys work wherever they cannot be typed text.
    let change = match key {
        Key::Char('+') if !text => Some(Change::RateUp),
        Key::Char('-') if !text && !month => Some(Change::RateDown),
        _ => None,
    };
    if let (Some(ch), Ok(r)) = (change, c.results.as_mut()) {
        r.change(ch, t);
        return;
    }
    if c.page != Page::Form && !c.wide {
        match key {
            Key::Enter | Key::Tab => {
                c.page = if c.page == Page::Results {
                    Page::Qr
                } else {
                    Page::Form
                }
            }
            Key::Esc => c.page = Page::Form,
            Key::Char('n') => c.next_customer(t),
            Key::Char('q') => c.confirm_quit = true,
            Key::Char('l') => c.lang = c.lang.other(),
            Key::Char('?') => c.help = true,
            _ => {}
        }
        return;
    }
    let before = c.draft.clone();
    match key {
        Key::Tab | Key::Down => c.move_focus(true, t),
        Key::BackTab | Key::Up => c.move_focus(false, t),
        Key::Right => c.step_value(true, t),
        Key::Left => c.step_value(false, t),
        Key::Enter if !c.wide => c.page = Page::Results,
        Key::Enter => c.move_focus(true, t),
        Key::Backspace => c.backspace(t),
        Key::Char('n') if !text => c.next_customer(t),
        Key::Char('q') if !text => c.confirm_quit = true,
        Key::Char('l') if !text => c.lang = c.lang.other(),
        Key::Char('?') if !text => c.help = true,
        Key::Char(ch) => c.type_char(ch, t),
        _ => {}
    }
    if c.draft != before {
        c.refresh(t);
    }
}
