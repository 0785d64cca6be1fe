//! The unattended kiosk: a wrapper round the advisor that owns the attract screen (its one
//! start screen), the idle reset that wipes every answer, the finish key with its
//! confirmation, and the admin chord with its PIN. The key table leaves out every key that
//! would leave the kiosk or write a file.

pub mod journal;
pub mod view;

use super::advisor::Advisor;
use super::app::{Answer, Effect, Key, Msg, Overlay, Session};
use super::keys::{self, Action, Mode, Place};
use crate::calendar::Date;
use crate::domain::Carrier;
use crate::form::Draft;
use crate::lang::Lang;
use crate::operator::config::KioskConfig;
use crate::operator::guard::{Guard, PinCheck};
use crate::tables::Tables;
use std::path::PathBuf;

/// The shop's settings for the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Empty when the kiosk has no admin PIN (it is stopped from outside).
    pub pin_hash: String,
    /// Seconds without a key before everything is wiped.
    pub idle_limit: u64,
    /// The carriers the shop offers (empty: every carrier of the tables).
    pub carriers: Vec<Carrier>,
    /// The language each new customer starts in.
    pub home_lang: Lang,
    /// The wrong PINs kept from before this start (none without a PIN).
    pub guard: Guard,
    /// Where the wrong PINs are kept between starts (with a PIN only).
    pub state_dir: Option<PathBuf>,
}

impl Settings {
    /// The settings of a config; `idle_override` replaces its idle reset.
    pub fn new(config: &KioskConfig, idle_override: Option<u64>, home_lang: Lang) -> Settings {
        Settings {
            pin_hash: config.pin_hash.clone(),
            idle_limit: idle_override.unwrap_or(config.idle_reset_seconds),
            carriers: config.carriers.clone(),
            home_lang,
            guard: Guard::default(),
            state_dir: None,
        }
    }
}

/// What the kiosk tells its operator (the service's journal): never a customer's answers, nor
/// a PIN's digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalNote {
    /// New tables taken between customers: their date and fingerprint.
    TablesTaken { as_of: String, digest: String },
    /// New tables refused, in the operator's words; the old ones stay.
    TablesRefused(String),
    /// A wrong PIN: how many the last day holds, and the wait it earned (seconds).
    WrongPin { misses: u32, wait: u64 },
    /// PIN entry locked, for so many minutes.
    Locked { mins: u64 },
    /// The admin left the kiosk with the PIN.
    AdminExit,
    /// Nobody touched the keys for the idle limit: every answer was wiped.
    IdleReset,
}

/// The kiosk's own prompts (the key table's modes of the kiosk); its other screens are the
/// advisor's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskKeys {
    /// The invitation to start.
    Attract,
    /// The admin PIN.
    Pin,
}

/// The kiosk: the advisor of the customer at the keyboard, and its own state.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    pub advisor: Advisor,
    pub settings: Settings,
    /// The invitation to start is showing.
    pub attract: bool,
    /// Seconds left before the reset, while the warning shows.
    pub countdown: Option<u64>,
    /// The PIN box, opened by the admin chord, and what is typed in it. It stays open after a
    /// wrong PIN, so that nothing typed for a PIN ever lands elsewhere; during a wait it takes
    /// nothing.
    pub pin: Option<String>,
    /// The last PIN typed was wrong (the box says so until a digit is typed).
    pub wrong_pin: bool,
    /// Wrong PINs of the last day and their wait; kept through idle resets and restarts.
    pub guard: Guard,
    /// What the operator should read since the loop last asked.
    pub notes: Vec<JournalNote>,
    /// The wrong PINs changed since they were last kept.
    pub guard_changed: bool,
    /// The PIN being checked, apart from the screen.
    pub checking: Option<PinCheck>,
    /// The loop's clock at the last tick, in seconds.
    pub clock_secs: u64,
}

/// The longest PIN that can be typed.
const PIN_MAX: usize = 12;

/// How many seconds before the reset the countdown shows.
pub fn warning_secs(limit: u64) -> u64 {
    (limit / 3).clamp(1, 10)
}

impl Kiosk {
    /// A kiosk on its attract screen.
    pub fn new(settings: Settings, today: Date, color: bool, t: &Tables) -> Kiosk {
        let mut k = Kiosk {
            advisor: fresh(&settings, today, color, t),
            attract: true,
            countdown: None,
            pin: None,
            wrong_pin: false,
            guard: settings.guard.clone(),
            notes: Vec::new(),
            guard_changed: false,
            checking: None,
            clock_secs: 0,
            settings,
        };
        k.wipe(t);
        k
    }

    /// True between customers: the attract screen, no PIN box open, no countdown.
    pub fn between_customers(&self) -> bool {
        self.attract && self.pin.is_none() && self.countdown.is_none()
    }

    /// Tables read again between customers: the next customer starts with the new ones, and
    /// the journal says which (true). Tables that could not be read, or that lack a carrier
    /// the shop's config offers, are refused: the old ones stay, and the journal says why.
    pub fn take_tables(&mut self, taken: Result<&Tables, &crate::tables::TableError>) -> bool {
        let words = crate::i18n::Words::new(self.settings.home_lang);
        match taken {
            Ok(t) => {
                let lacking: Vec<&str> = self
                    .settings
                    .carriers
                    .iter()
                    .filter(|c| t.carrier(c).is_none())
                    .map(|c| c.id())
                    .collect();
                if !lacking.is_empty() {
                    let why = words.text(
                        "journal-tables-carriers",
                        &[("carriers", lacking.join(", "))],
                    );
                    self.notes.push(JournalNote::TablesRefused(why));
                    return false;
                }
                self.wipe(t);
                self.notes.push(JournalNote::TablesTaken {
                    as_of: words.month(t.data_as_of()),
                    digest: t.digest.clone(),
                });
                true
            }
            Err(e) => {
                let why = match e {
                    crate::tables::TableError::Invalid { problems } => problems
                        .iter()
                        .map(|p| p.message(&words))
                        .collect::<Vec<_>>()
                        .join("; "),
                    crate::tables::TableError::Io { path, .. } => words.text(
                        "journal-tables-unreadable",
                        &[("path", crate::echo::shown(path))],
                    ),
                };
                self.notes.push(JournalNote::TablesRefused(why));
                false
            }
        }
    }

    /// Forgets the customer: every answer, the results, the language; back to attract. The
    /// wrong PINs are kept (they expire after a day), and a check under way goes on.
    pub fn wipe(&mut self, t: &Tables) {
        let s = &self.advisor.session;
        let ascii = s.ascii;
        self.advisor = fresh(&self.settings, s.today, s.color, t);
        self.advisor.session.ascii = ascii;
        self.attract = true;
        self.countdown = None;
        self.pin = None;
        self.wrong_pin = false;
    }

    /// Seconds before a PIN is taken again (0: now).
    pub fn pin_wait(&self) -> u64 {
        self.guard.wait_left(self.clock_secs)
    }

    /// The session of the customer at the keyboard.
    pub fn session(&self) -> &Session {
        &self.advisor.session
    }

    /// The input mode, for the key table.
    pub fn mode(&self) -> Mode {
        if self.pin.is_some() || self.checking.is_some() {
            Mode::Kiosk(KioskKeys::Pin)
        } else if self.attract {
            Mode::Kiosk(KioskKeys::Attract)
        } else {
            self.advisor.mode()
        }
    }

    /// Applies one message.
    pub fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        match msg {
            Msg::Key(key) => self.key(key, t),
            Msg::Tick {
                idle_secs,
                today,
                clock_secs,
            } => {
                self.clock_secs = clock_secs;
                self.checked();
                self.tick(idle_secs, today, t);
            }
            other => {
                self.advisor.update(other, t);
            }
        }
        // Nothing in the kiosk writes a file.
        Effect::None
    }

    /// Takes the answer of a PIN check, once it is done.
    fn checked(&mut self) {
        let Some(right) = self.checking.as_ref().and_then(PinCheck::result) else {
            return;
        };
        self.checking = None;
        if right {
            self.pin = None;
            self.advisor.session.quit = true;
            self.notes.push(JournalNote::AdminExit);
        } else {
            // The box stays open: what is typed next is a PIN too, never the customer's.
            self.pin = Some(String::new());
            self.guard.missed(self.clock_secs);
            self.guard_changed = true;
            self.wrong_pin = true;
            let wait = self.pin_wait();
            self.notes.push(JournalNote::WrongPin {
                misses: self.guard.misses(),
                wait,
            });
            if self.guard.locked() {
                self.notes.push(JournalNote::Locked {
                    mins: wait.div_ceil(60),
                });
            }
        }
    }

    /// The clock: counts down near the idle limit and wipes at it.
    fn tick(&mut self, idle_secs: u64, today: Date, t: &Tables) {
        self.advisor.session.today = today;
        if self.attract && self.pin.is_none() {
            // Nothing to wipe.
            self.countdown = None;
            return;
        }
        if idle_secs >= self.settings.idle_limit {
            self.wipe(t);
            self.notes.push(JournalNote::IdleReset);
            return;
        }
        let left = self.settings.idle_limit - idle_secs;
        self.countdown = (left <= warning_secs(self.settings.idle_limit)).then_some(left);
    }

    fn key(&mut self, key: Key, t: &Tables) {
        self.countdown = None;
        if self.checking.is_some() {
            // Nothing is typed while a PIN is checked.
            return;
        }
        match self.advisor.session.overlay_key(key) {
            Answer::NoOverlay => {}
            Answer::Yes(Overlay::ConfirmFinish) => return self.wipe(t),
            _ => return,
        }
        let Some(action) = keys::action(self.mode(), Place::Kiosk, key) else {
            return;
        };
        let waiting = self.pin_wait() > 0;
        if let Some(typed) = self.pin.as_mut() {
            match action {
                Action::Back => {
                    self.pin = None;
                    self.wrong_pin = false;
                }
                // During a wait nothing typed is kept: the box says how long is left.
                _ if waiting => {}
                Action::Type(c) if typed.len() < PIN_MAX => {
                    typed.push(c);
                    self.wrong_pin = false;
                }
                Action::Erase => {
                    typed.pop();
                }
                Action::Next if !typed.is_empty() => {
                    let pin = std::mem::take(typed);
                    self.checking = Some(PinCheck::start(pin, self.settings.pin_hash.clone()));
                }
                _ => {}
            }
            return;
        }
        match action {
            // Without a PIN there is nothing to type: the kiosk is stopped from outside.
            Action::Admin if self.settings.pin_hash.is_empty() => {}
            // The box opens even during a wait, so that the PIN typed then lands nowhere.
            Action::Admin => self.pin = Some(String::new()),
            Action::Begin => {
                self.attract = false;
                self.advisor.act(Action::Next, t);
            }
            Action::Finish => self.advisor.session.overlay = Overlay::ConfirmFinish,
            action => {
                self.advisor.act(action, t);
            }
        }
    }
}

/// A customer's advisor, before the first question.
fn fresh(settings: &Settings, today: Date, color: bool, t: &Tables) -> Advisor {
    let mut session = Session::new(settings.home_lang, today);
    session.color = color;
    session.draft = Draft::offering(settings.carriers.clone());
    Advisor::with_session(session, Place::Kiosk, t)
}
