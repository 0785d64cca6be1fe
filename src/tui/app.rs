//! What the three modes share: the keys and messages that come in, the effects that go out,
//! and the session (language, today, colour, the draft, the overlay, the what-if being tried).
//! The advisor, the counter and the kiosk keep only what differs.

use super::results::Assumptions;
use crate::calendar::Date;
use crate::form::Draft;
use crate::lang::Lang;

/// A key, as the modes understand it (the terminal layer maps real key events to these).
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

/// What can happen to a mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    /// The report and the answers were saved.
    Saved(Saved),
    /// Saving the report failed.
    SaveFailed(SaveError),
    /// The last frame could scroll the details this far at most (the view's answer).
    ScrollRoom(u16),
    /// The terminal's size, columns and rows.
    Resize(u16, u16),
    /// The clock: seconds since the last key, today's date, and seconds since the loop
    /// started (a clock that never goes back, for the kiosk's PIN waits).
    Tick {
        idle_secs: u64,
        today: Date,
        clock_secs: u64,
    },
}

/// Where a report and its answers were saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The report's path.
    pub report: String,
    /// The answers file's name, beside the report.
    pub answers: String,
}

/// Why a report could not be saved, and where it was to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    /// The file or folder that could not be written.
    pub path: String,
    /// Why, as a message variant: `denied`, `full`, `read_only`, `other`.
    pub why: &'static str,
}

/// Work for the world outside, asked for by an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Save the results as a Markdown report and the answers as an answers file beside it,
    /// and answer with [`Msg::Saved`] or [`Msg::SaveFailed`].
    SaveReport,
}

/// A box over the screen that takes the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    /// The words of the plans explained (`t` under `?`).
    Terms,
    /// "Quit? y/n".
    ConfirmQuit,
    /// "Clear the answers for the next customer? y/n" (the counter).
    ConfirmNext,
    /// "Finish and clear every answer? y/n" (the kiosk).
    ConfirmFinish,
}

/// What an open overlay made of a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// No overlay was open: the key is for the screen.
    NoOverlay,
    /// The overlay closed without anything to do.
    Closed,
    /// The question of this overlay was answered yes.
    Yes(Overlay),
}

/// The state every mode has.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub lang: Lang,
    pub today: Date,
    /// Colours may be used (off under NO_COLOR).
    pub color: bool,
    /// Draw with ASCII only (`--ascii`, and TERM=linux): no ambiguous-width characters, and
    /// so no QR code, which needs half blocks.
    pub ascii: bool,
    pub draft: Draft,
    pub overlay: Overlay,
    /// The assumptions being tried on the results; editing an answer keeps them.
    pub what_if: Assumptions,
    /// The program should end.
    pub quit: bool,
}

impl Session {
    /// A fresh session in `lang`, dated `today`, with every answer at its default.
    pub fn new(lang: Lang, today: Date) -> Session {
        Session {
            lang,
            today,
            color: true,
            ascii: false,
            draft: Draft::default(),
            overlay: Overlay::None,
            what_if: Assumptions::default(),
            quit: false,
        }
    }

    /// Does the actions every mode shares (help, quitting, the language); false for others.
    pub fn common(&mut self, action: super::keys::Action) -> bool {
        use super::keys::Action;
        match action {
            Action::Help => self.overlay = Overlay::Help,
            Action::Quit => self.overlay = Overlay::ConfirmQuit,
            Action::QuitNow => self.quit = true,
            Action::Language => self.lang = self.lang.other(),
            _ => return false,
        }
        true
    }

    /// Gives a key to the open overlay, if any: help closes on any key (`t` turns it to the
    /// words of the plans), a question takes
    /// y for yes and anything else for no. A yes to quitting ends the session here.
    pub fn overlay_key(&mut self, key: Key) -> Answer {
        let open = std::mem::replace(&mut self.overlay, Overlay::None);
        match open {
            Overlay::None => Answer::NoOverlay,
            Overlay::Help if key == Key::Char('t') => {
                self.overlay = Overlay::Terms;
                Answer::Closed
            }
            Overlay::Help | Overlay::Terms => Answer::Closed,
            question if matches!(key, Key::Char('y' | 'Y')) => {
                if question == Overlay::ConfirmQuit {
                    self.quit = true;
                }
                Answer::Yes(question)
            }
            _ => Answer::Closed,
        }
    }
}
