//! The unattended kiosk: a wrapper round the advisor that owns the attract screen (its one
//! start screen), the idle reset that wipes every answer, the finish key with its
//! confirmation, and the admin chord with its PIN. The key table leaves out every key that
//! would leave the kiosk or write a file.

use super::advisor::Advisor;
use super::app::{Answer, Effect, Key, Msg, Overlay, Session};
use super::keys::{self, Action, Mode, Place};
use crate::calendar::Date;
use crate::domain::Carrier;
use crate::form::Draft;
use crate::i18n::Lang;
use crate::kiosk::config::KioskConfig;
use crate::kiosk::guard::{Check, Guard};
use crate::tables::Tables;

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
}

impl Settings {
    /// The settings of a config; `idle_override` replaces its idle reset.
    pub fn new(config: &KioskConfig, idle_override: Option<u64>, home_lang: Lang) -> Settings {
        Settings {
            pin_hash: config.pin_hash.clone(),
            idle_limit: idle_override.unwrap_or(config.idle_reset_seconds),
            carriers: config.carriers.clone(),
            home_lang,
        }
    }
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
    /// The PIN being typed after the admin chord.
    pub pin: Option<String>,
    /// The last PIN typed was wrong, or one was asked for during a wait (the notice shows
    /// until the next key).
    pub wrong_pin: bool,
    /// Wrong PINs and their wait; kept through the idle reset until the wait is over.
    pub guard: Guard,
    /// The PIN being checked, apart from the screen.
    pub checking: Option<Check>,
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
            settings,
            attract: true,
            countdown: None,
            pin: None,
            wrong_pin: false,
            guard: Guard::default(),
            checking: None,
            clock_secs: 0,
        };
        k.wipe(t);
        k
    }

    /// Forgets the customer: every answer, the results, the language; back to attract. The
    /// wrong PINs are forgotten only once their wait is over, and a check under way goes on.
    pub fn wipe(&mut self, t: &Tables) {
        let s = &self.advisor.session;
        self.advisor = fresh(&self.settings, s.today, s.color, t);
        self.attract = true;
        self.countdown = None;
        self.pin = None;
        self.wrong_pin = false;
        self.guard.idle_reset(self.clock_secs);
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
            Mode::Pin
        } else if self.attract {
            Mode::Attract
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
        let Some(right) = self.checking.as_ref().and_then(Check::result) else {
            return;
        };
        self.checking = None;
        self.pin = None;
        if right {
            self.advisor.session.quit = true;
        } else {
            self.guard.missed(self.clock_secs);
            self.wrong_pin = true;
        }
    }

    /// The clock: counts down near the idle limit and wipes at it.
    fn tick(&mut self, idle_secs: u64, today: Date, t: &Tables) {
        self.advisor.session.today = today;
        if self.attract && self.pin.is_none() {
            self.countdown = None;
            // Nothing to wipe, but idle all the same: misses whose wait is over are forgotten.
            if idle_secs >= self.settings.idle_limit {
                self.guard.idle_reset(self.clock_secs);
            }
            return;
        }
        if idle_secs >= self.settings.idle_limit {
            self.wipe(t);
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
        if self.wrong_pin {
            // The key that dismisses the notice does nothing else.
            self.wrong_pin = false;
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
        if let Some(typed) = self.pin.as_mut() {
            match action {
                Action::Type(c) if typed.len() < PIN_MAX => typed.push(c),
                Action::Erase => {
                    typed.pop();
                }
                Action::Next => {
                    let pin = std::mem::take(typed);
                    self.checking = Some(Check::start(pin, self.settings.pin_hash.clone()));
                }
                Action::Back => self.pin = None,
                _ => {}
            }
            return;
        }
        match action {
            // Without a PIN there is nothing to type: the kiosk is stopped from outside.
            Action::Admin if self.settings.pin_hash.is_empty() => {}
            // During a wait the chord only shows how long is left.
            Action::Admin if self.pin_wait() > 0 => self.wrong_pin = true,
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
