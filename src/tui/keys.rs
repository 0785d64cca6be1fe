//! Every key of every screen in one table: which keys, in which input mode and which place
//! (at home, the kiosk, the counter), do what. Each mode names its own input modes
//! ([`AdvisorKeys`], [`KioskKeys`], [`CounterKeys`]); [`Mode`] is one of them. The key line under each screen and the `?`
//! help are drawn from the same table, so they cannot drift from what the keys do.

use super::advisor::AdvisorKeys;
use super::app::Key;
use super::counter::CounterKeys;
use super::kiosk::KioskKeys;
use super::results::Change;
use crate::form::entry;
use crate::i18n::Words;

/// Where hosho runs: its keys differ a little.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The advisor at home.
    Home,
    /// The unattended kiosk: nothing leaves it or writes a file.
    Kiosk,
    /// The clerk's form with the results beside it.
    Counter,
    /// The clerk's form in a window too narrow for the results beside it.
    Narrow,
}

/// What the screen takes input as: each mode says so in its own terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The advisor's screens, at home or inside the kiosk.
    Advisor(AdvisorKeys),
    /// The kiosk's own prompts, before and beside the advisor.
    Kiosk(KioskKeys),
    /// The clerk's form and its pages.
    Counter(CounterKeys),
}

impl Mode {
    /// True where every letter typed is text (a paste is typed there, and nowhere else).
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::Advisor(A::Number | A::Month | A::Day | A::Search)
                | Mode::Kiosk(K::Pin)
                | Mode::Counter(C::Number | C::Month | C::Day | C::Search)
        )
    }
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    Up,
    Down,
    /// Enter: go on, confirm.
    Next,
    /// Esc: go back.
    Back,
    /// A choice by its number (0-based).
    Pick(usize),
    /// Space on a switch.
    Flip,
    /// A character of typed text.
    Type(char),
    Erase,
    Help,
    /// Quit, after a confirmation.
    Quit,
    /// Ctrl-C: quit at once.
    QuitNow,
    Language,
    WhatIf(Change),
    SwitchTab,
    /// Open the selected option's breakdown.
    Open,
    Save,
    /// From the review straight to the results.
    SeeAdvice,
    NextField,
    PrevField,
    NextValue,
    PrevValue,
    NextCustomer,
    /// The counter: the QR code on a page of its own.
    ShowQr,
    /// The kiosk: finish and clear every answer, after a confirmation.
    Finish,
    /// The kiosk's admin chord.
    Admin,
    /// The kiosk's attract screen: any key starts.
    Begin,
    /// A key the mode takes but that does nothing (the PIN prompt's stray keys).
    Ignore,
}

/// The keys that pick a choice by its number, as the key line and the help show them.
pub const PICK_CAP: &str = "1-9";

/// Which keys a binding takes.
#[derive(Debug, Clone, Copy)]
enum Pat {
    Key(Key),
    Char(char),
    /// 1-9 picking a choice.
    PickDigit,
    /// 0-9 of a PIN.
    Digit,
    /// What a number entry can hold.
    NumberChar,
    /// What a month entry can hold.
    MonthChar,
    /// What a day entry can hold.
    DayChar,
    /// Any character (free text).
    AnyChar,
    /// Any key at all.
    Any,
}

impl Pat {
    /// The action this pattern makes of `key`, given the binding's own.
    fn take(self, key: Key, act: Action) -> Option<Action> {
        let c = match key {
            Key::Char(c) => Some(c),
            _ => None,
        };
        match self {
            Pat::Key(k) => (k == key).then_some(act),
            Pat::Char(want) => (c == Some(want)).then_some(act),
            Pat::PickDigit => c
                .and_then(|c| entry::fold(c).to_digit(10))
                .filter(|d| (1..=9).contains(d))
                .map(|d| Action::Pick(d as usize - 1)),
            Pat::Digit => c.filter(char::is_ascii_digit).map(Action::Type),
            Pat::NumberChar => c.and_then(|c| entry::number_char("", c)).map(|_| act),
            Pat::MonthChar => c.and_then(|c| entry::month_char("", c)).map(|_| act),
            Pat::DayChar => c.and_then(|c| entry::day_char("", c)).map(|_| act),
            Pat::AnyChar => c.map(Action::Type),
            Pat::Any => Some(act),
        }
    }
}

/// One row of the table.
struct Binding {
    pats: &'static [Pat],
    /// The keys as the key line shows them.
    cap: &'static str,
    /// The words of what they do: `key-<hint>` in `tui.ftl`.
    hint: &'static str,
    act: Action,
    modes: &'static [Mode],
    places: &'static [Place],
    /// Shown on the key line (everything is shown in the help).
    line: bool,
}

use AdvisorKeys as A;
use CounterKeys as C;
use KioskKeys as K;
use Place as P;

const ALL: &[Place] = &[P::Home, P::Kiosk, P::Counter, P::Narrow];
const ADVISOR: &[Place] = &[P::Home, P::Kiosk];
const HOME: &[Place] = &[P::Home];
const KIOSK: &[Place] = &[P::Kiosk];
const COUNTER: &[Place] = &[P::Counter, P::Narrow];
const LEAVING: &[Place] = &[P::Home, P::Counter, P::Narrow];

const QUESTIONS: &[Mode] = &[
    Mode::Advisor(A::Choice),
    Mode::Advisor(A::Number),
    Mode::Advisor(A::Month),
    Mode::Advisor(A::Day),
    Mode::Advisor(A::Search),
    Mode::Advisor(A::Switches),
];
const RESULTS: &[Mode] = &[
    Mode::Advisor(A::Overview),
    Mode::Advisor(A::Breakdown),
    Mode::Advisor(A::Details),
    Mode::Advisor(A::TakeAway),
];
const FORM: &[Mode] = &[
    Mode::Counter(C::Choice),
    Mode::Counter(C::Switch),
    Mode::Counter(C::Number),
    Mode::Counter(C::Month),
    Mode::Counter(C::Day),
    Mode::Counter(C::Search),
];
/// Where letters are commands: everywhere but free text and the kiosk's own prompts.
const COMMANDS: &[Mode] = &[
    Mode::Advisor(A::Start),
    Mode::Advisor(A::Choice),
    Mode::Advisor(A::Number),
    Mode::Advisor(A::Month),
    Mode::Advisor(A::Day),
    Mode::Advisor(A::Switches),
    Mode::Advisor(A::Review),
    Mode::Advisor(A::Overview),
    Mode::Advisor(A::Breakdown),
    Mode::Advisor(A::Details),
    Mode::Advisor(A::TakeAway),
    Mode::Counter(C::Choice),
    Mode::Counter(C::Switch),
    Mode::Counter(C::Number),
    Mode::Counter(C::Month),
    Mode::Counter(C::Day),
    Mode::Counter(C::Results),
    Mode::Counter(C::Qr),
];
/// Where the what-if keys work: the results, and the counter wherever they are not text
/// (a month takes `-` as text).
const WHAT_IF: &[Mode] = &[
    Mode::Advisor(A::Overview),
    Mode::Advisor(A::Breakdown),
    Mode::Advisor(A::Details),
    Mode::Advisor(A::TakeAway),
    Mode::Counter(C::Choice),
    Mode::Counter(C::Switch),
    Mode::Counter(C::Number),
    Mode::Counter(C::Results),
];
/// Where `0` resets the what-if (not where digits are typed).
const RESET: &[Mode] = &[
    Mode::Advisor(A::Overview),
    Mode::Advisor(A::Breakdown),
    Mode::Advisor(A::Details),
    Mode::Advisor(A::TakeAway),
    Mode::Counter(C::Choice),
    Mode::Counter(C::Switch),
    Mode::Counter(C::Results),
];

macro_rules! bind {
    ($pats:expr, $cap:expr, $hint:expr, $act:expr, $modes:expr, $places:expr, $line:expr) => {
        Binding {
            pats: $pats,
            cap: $cap,
            hint: $hint,
            act: $act,
            modes: $modes,
            places: $places,
            line: $line,
        }
    };
}

/// The table, first match wins: text entry before commands, so that a letter typed in a
/// model search is a letter.
#[rustfmt::skip]
const TABLE: &[Binding] = &[
    // The kiosk's own prompts.
    bind!(&[Pat::Digit], "0-9", "pin", Action::Type('0'), &[Mode::Kiosk(K::Pin)], KIOSK, false),
    bind!(&[Pat::Key(Key::Backspace)], "Backspace", "erase", Action::Erase, &[Mode::Kiosk(K::Pin)], KIOSK, false),
    bind!(&[Pat::Key(Key::Enter)], "Enter", "confirm", Action::Next, &[Mode::Kiosk(K::Pin)], KIOSK, false),
    bind!(&[Pat::Key(Key::Esc)], "Esc", "cancel", Action::Back, &[Mode::Kiosk(K::Pin)], KIOSK, false),
    bind!(&[Pat::Any], "", "", Action::Ignore, &[Mode::Kiosk(K::Pin)], KIOSK, false),
    bind!(&[Pat::Key(Key::Admin)], "Ctrl-Alt-A", "admin", Action::Admin, &[], KIOSK, false),
    bind!(&[Pat::Char('l')], "l", "language", Action::Language, &[Mode::Kiosk(K::Attract)], KIOSK, true),
    bind!(&[Pat::Any], "", "", Action::Begin, &[Mode::Kiosk(K::Attract)], KIOSK, false),
    bind!(&[Pat::Key(Key::CtrlC)], "Ctrl-C", "quit-now", Action::QuitNow, &[], LEAVING, false),
    // Typed text.
    bind!(&[Pat::AnyChar], "abc", "type", Action::Type(' '), &[Mode::Advisor(A::Search), Mode::Counter(C::Search)], ALL, true),
    bind!(&[Pat::NumberChar], "0-9", "type-number", Action::Type('0'), &[Mode::Advisor(A::Number), Mode::Counter(C::Number)], ALL, false),
    bind!(&[Pat::MonthChar], "2027-03", "type-month", Action::Type('0'), &[Mode::Advisor(A::Month), Mode::Counter(C::Month)], ALL, false),
    bind!(&[Pat::DayChar], "2026-11-29", "type-day", Action::Type('0'), &[Mode::Advisor(A::Day), Mode::Counter(C::Day)], ALL, false),
    bind!(&[Pat::Key(Key::Backspace)], "Backspace", "erase", Action::Erase, &[Mode::Advisor(A::Search), Mode::Advisor(A::Number), Mode::Advisor(A::Month), Mode::Advisor(A::Day), Mode::Counter(C::Search), Mode::Counter(C::Number), Mode::Counter(C::Month), Mode::Counter(C::Day)], ALL, false),
    // The questionnaire.
    bind!(&[Pat::Key(Key::Enter)], "Enter", "start", Action::Next, &[Mode::Advisor(A::Start)], ADVISOR, true),
    bind!(&[Pat::PickDigit], PICK_CAP, "pick", Action::Pick(0), &[Mode::Advisor(A::Choice), Mode::Counter(C::Choice)], ALL, false),
    bind!(&[Pat::Key(Key::Up), Pat::Key(Key::Down)], "↑↓", "choose", Action::Up, &[Mode::Advisor(A::Choice), Mode::Advisor(A::Search)], ADVISOR, true),
    bind!(&[Pat::Key(Key::Up), Pat::Key(Key::Down)], "↑↓", "choose", Action::Up, &[Mode::Advisor(A::Number), Mode::Advisor(A::Month), Mode::Advisor(A::Day)], ADVISOR, false),
    bind!(&[Pat::Key(Key::Up), Pat::Key(Key::Down)], "↑↓", "move", Action::Up, &[Mode::Advisor(A::Switches), Mode::Advisor(A::Review)], ADVISOR, true),
    bind!(&[Pat::Char(' ')], "Space", "switch", Action::Flip, &[Mode::Advisor(A::Switches), Mode::Counter(C::Switch)], ALL, true),
    bind!(&[Pat::Key(Key::Enter)], "Enter", "next", Action::Next, QUESTIONS, ADVISOR, true),
    bind!(&[Pat::Key(Key::Enter)], "Enter", "review-enter", Action::Next, &[Mode::Advisor(A::Review)], ADVISOR, true),
    // From any question where letters are not typed: the advice now, the questions left at
    // their defaults (the review asks no more).
    bind!(&[Pat::Char('r')], "r", "see-advice-now", Action::SeeAdvice, &[Mode::Advisor(A::Choice), Mode::Advisor(A::Number), Mode::Advisor(A::Month), Mode::Advisor(A::Day), Mode::Advisor(A::Switches)], ADVISOR, true),
    bind!(&[Pat::Char('r')], "r", "see-advice", Action::SeeAdvice, &[Mode::Advisor(A::Review)], ADVISOR, false),
    bind!(&[Pat::Key(Key::Esc)], "Esc", "back", Action::Back, &[Mode::Advisor(A::Choice), Mode::Advisor(A::Number), Mode::Advisor(A::Month), Mode::Advisor(A::Day), Mode::Advisor(A::Search), Mode::Advisor(A::Switches), Mode::Advisor(A::Review)], ADVISOR, true),
    // The counter.
    bind!(&[Pat::Key(Key::Tab), Pat::Key(Key::Down)], "Tab/↑↓", "field", Action::NextField, FORM, COUNTER, true),
    bind!(&[Pat::Key(Key::BackTab), Pat::Key(Key::Up)], "Tab/↑↓", "field", Action::PrevField, FORM, COUNTER, false),
    bind!(&[Pat::Key(Key::Right)], "←/→", "change", Action::NextValue, FORM, COUNTER, true),
    bind!(&[Pat::Key(Key::Left)], "←/→", "change", Action::PrevValue, FORM, COUNTER, false),
    bind!(&[Pat::Key(Key::Enter)], "Enter", "next-field", Action::Next, FORM, &[P::Counter], true),
    bind!(&[Pat::Key(Key::Enter)], "Enter", "results", Action::Next, FORM, &[P::Narrow], true),
    bind!(&[Pat::Key(Key::Enter), Pat::Key(Key::Tab)], "Enter", "qr", Action::Next, &[Mode::Counter(C::Results)], &[P::Narrow], true),
    bind!(&[Pat::Key(Key::Esc)], "Esc", "form", Action::Back, &[Mode::Counter(C::Results)], &[P::Narrow], true),
    bind!(&[Pat::Key(Key::Enter), Pat::Key(Key::Esc)], "Enter/Esc", "form", Action::Back, &[Mode::Counter(C::Qr)], &[P::Narrow, P::Counter], true),
    bind!(&[Pat::Char('c')], "c", "qr", Action::ShowQr, COMMANDS, COUNTER, true),
    bind!(&[Pat::Char('n')], "n", "next-customer", Action::NextCustomer, COMMANDS, COUNTER, true),
    // The results.
    bind!(&[Pat::Key(Key::Up), Pat::Key(Key::Down)], "↑↓", "select", Action::Up, &[Mode::Advisor(A::Overview)], ADVISOR, true),
    bind!(&[Pat::Key(Key::Enter), Pat::Key(Key::Right)], "Enter", "open", Action::Open, &[Mode::Advisor(A::Overview)], ADVISOR, true),
    bind!(&[Pat::Key(Key::Esc), Pat::Key(Key::Left), Pat::Key(Key::Enter)], "Esc", "close", Action::Back, &[Mode::Advisor(A::Breakdown)], ADVISOR, true),
    bind!(&[Pat::Key(Key::Up), Pat::Key(Key::Down)], "↑↓", "scroll", Action::Up, &[Mode::Advisor(A::Details)], ADVISOR, true),
    bind!(&[Pat::Char('+'), Pat::Char('=')], "+/-", "rate", Action::WhatIf(Change::RateUp), WHAT_IF, ALL, true),
    bind!(&[Pat::Char('-'), Pat::Char('_')], "+/-", "rate", Action::WhatIf(Change::RateDown), WHAT_IF, ALL, false),
    bind!(&[Pat::Char('>'), Pat::Char('.')], "</>", "months", Action::WhatIf(Change::HorizonUp), RESULTS, ADVISOR, true),
    bind!(&[Pat::Char('<'), Pat::Char(',')], "</>", "months", Action::WhatIf(Change::HorizonDown), RESULTS, ADVISOR, false),
    bind!(&[Pat::Char('0')], "0", "reset", Action::WhatIf(Change::Reset), RESET, ALL, true),
    bind!(&[Pat::Key(Key::Tab), Pat::Key(Key::BackTab)], "Tab", "tab", Action::SwitchTab, &[Mode::Advisor(A::Overview), Mode::Advisor(A::Details)], HOME, true),
    bind!(&[Pat::Key(Key::Tab), Pat::Key(Key::BackTab)], "Tab", "tab-kiosk", Action::SwitchTab, &[Mode::Advisor(A::Overview), Mode::Advisor(A::Details), Mode::Advisor(A::TakeAway)], KIOSK, true),
    bind!(&[Pat::Char('s')], "s", "save", Action::Save, RESULTS, HOME, true),
    bind!(&[Pat::Char('f')], "f", "finish", Action::Finish, RESULTS, KIOSK, true),
    bind!(&[Pat::Key(Key::Esc)], "Esc", "answers", Action::Back, &[Mode::Advisor(A::Overview), Mode::Advisor(A::Details), Mode::Advisor(A::TakeAway)], ADVISOR, true),
    // Everywhere letters are commands.
    bind!(&[Pat::Char('l')], "l", "language", Action::Language, COMMANDS, ALL, true),
    bind!(&[Pat::Char('?')], "?", "help", Action::Help, COMMANDS, ALL, true),
    bind!(&[Pat::Char('q')], "q", "quit", Action::Quit, COMMANDS, LEAVING, true),
];

/// What `key` does in `mode` at `place`, if anything.
pub fn action(mode: Mode, place: Place, key: Key) -> Option<Action> {
    TABLE
        .iter()
        .filter(|b| b.places.contains(&place) && (b.modes.is_empty() || b.modes.contains(&mode)))
        .find_map(|b| b.pats.iter().find_map(|p| p.take(key, b.act)))
        .map(|a| match (a, key) {
            // One row stands for a pair of arrows.
            (Action::Up, Key::Down) => Action::Down,
            (Action::Type(_), Key::Char(c)) => Action::Type(c),
            (a, _) => a,
        })
}

/// The bindings that apply in `mode` at `place`, each once.
fn bindings(mode: Mode, place: Place) -> impl Iterator<Item = &'static Binding> {
    TABLE
        .iter()
        .filter(move |b| !b.cap.is_empty() && b.places.contains(&place) && b.modes.contains(&mode))
}

/// What a key line is made for.
type LineKey = (Mode, Place, crate::lang::Lang);

/// The key line under the screen: the keys that matter most here, in words. Each line is
/// made once per mode, place and language, and kept.
pub fn line(mode: Mode, place: Place, w: &Words) -> String {
    thread_local! {
        static MADE: std::cell::RefCell<Vec<(LineKey, String)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = (mode, place, w.lang);
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        if let Some((_, line)) = made.iter().find(|(k, _)| *k == key) {
            return line.clone();
        }
        let line = make_line(mode, place, w);
        made.push((key, line.clone()));
        line
    })
}

/// The key line, made from the table.
fn make_line(mode: Mode, place: Place, w: &Words) -> String {
    let mut parts: Vec<String> = Vec::new();
    for b in bindings(mode, place).filter(|b| b.line) {
        let part = format!("{} {}", b.cap, w.text(&format!("key-{}", b.hint), &[]));
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join(" · ")
}

/// The `?` help: every key of the screen, one a line.
pub fn help(mode: Mode, place: Place, w: &Words) -> String {
    let mut lines: Vec<String> = Vec::new();
    for b in bindings(mode, place) {
        let text = format!("{}: {}", b.cap, w.text(&format!("key-{}", b.hint), &[]));
        if !lines.contains(&text) {
            lines.push(text);
        }
    }
    if place != Place::Kiosk {
        lines.push(format!("Ctrl-C: {}", w.text("key-quit-now", &[])));
    }
    lines.push(w.text("help-close", &[]));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_text_in_a_search_and_commands_elsewhere() {
        for c in ['q', 'l', '?', 'n', 's', '0', ' '] {
            let got = action(Mode::Advisor(A::Search), Place::Home, Key::Char(c));
            assert_eq!(got, Some(Action::Type(c)), "{c}");
        }
        assert_eq!(
            action(Mode::Advisor(A::Choice), Place::Home, Key::Char('q')),
            Some(Action::Quit)
        );
        assert_eq!(
            action(Mode::Advisor(A::Number), Place::Home, Key::Char('l')),
            Some(Action::Language)
        );
        assert_eq!(
            action(Mode::Advisor(A::Number), Place::Home, Key::Char('４')),
            Some(Action::Type('４'))
        );
        assert_eq!(
            action(Mode::Advisor(A::Month), Place::Home, Key::Char('-')),
            Some(Action::Type('-'))
        );
        assert_eq!(
            action(Mode::Counter(C::Number), Place::Counter, Key::Char('-')),
            Some(Action::WhatIf(Change::RateDown))
        );
    }

    #[test]
    fn nothing_a_stranger_presses_leaves_the_kiosk_or_writes_a_file() {
        let modes = [
            Mode::Advisor(A::Start),
            Mode::Advisor(A::Choice),
            Mode::Advisor(A::Number),
            Mode::Advisor(A::Search),
            Mode::Advisor(A::Review),
            Mode::Advisor(A::Overview),
            Mode::Advisor(A::Details),
            Mode::Kiosk(K::Attract),
        ];
        for mode in modes {
            for key in [Key::CtrlC, Key::Char('q'), Key::Char('s')] {
                let got = action(mode, Place::Kiosk, key);
                assert!(
                    !matches!(got, Some(Action::Quit | Action::QuitNow | Action::Save)),
                    "{mode:?} {key:?}: {got:?}"
                );
            }
        }
    }

    #[test]
    fn every_key_on_the_line_does_what_it_says() {
        let w = Words::new(crate::lang::Lang::En);
        let line = line(Mode::Advisor(A::Overview), Place::Home, &w);
        assert!(line.contains("s save"), "{line}");
        assert!(!line.contains("finish"), "{line}");
        let kiosk = line_for_kiosk(&w);
        assert!(
            kiosk.contains("f finish") && !kiosk.contains("save"),
            "{kiosk}"
        );
        assert_eq!(
            action(Mode::Advisor(A::Overview), Place::Kiosk, Key::Char('f')),
            Some(Action::Finish)
        );
    }

    #[test]
    fn every_hint_has_words_in_both_languages() {
        for lang in [crate::lang::Lang::En, crate::lang::Lang::Ja] {
            let w = Words::new(lang);
            for b in TABLE.iter().filter(|b| !b.cap.is_empty()) {
                let id = format!("key-{}", b.hint);
                assert!(w.has(&id), "{lang:?}: {id}");
            }
        }
    }

    fn line_for_kiosk(w: &Words) -> String {
        line(Mode::Advisor(A::Overview), Place::Kiosk, w)
    }
}
