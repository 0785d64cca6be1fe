//! The unattended kiosk on top of the advisor: an attract screen, keys that would leave or
//! save refused, the admin chord and PIN, and the idle reset that wipes every answer.

use super::draft::Draft;
use super::model::{Effect, Key, Model, Screen};
use crate::calendar::Date;
use crate::domain::Carrier;
use crate::i18n::Lang;
use crate::kiosk::config::KioskConfig;
use crate::kiosk::pin;
use crate::tables::Tables;

/// The kiosk's settings and its own state.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    pub pin_hash: String,
    /// Seconds without a key before everything is wiped.
    pub idle_limit: u64,
    /// The one carrier the shop offers, if only one.
    pub carrier: Option<Carrier>,
    /// The language each new customer starts in.
    pub home_lang: Lang,
    /// Seconds left before the reset, while the warning shows.
    pub countdown: Option<u64>,
    /// The PIN being typed after the admin chord.
    pub pin: Option<String>,
    /// The last PIN typed was wrong.
    pub wrong_pin: bool,
}

impl Kiosk {
    /// The kiosk for a config; `idle_override` replaces its idle reset.
    pub fn new(config: &KioskConfig, idle_override: Option<u64>, home_lang: Lang) -> Kiosk {
        Kiosk {
            pin_hash: config.pin_hash.clone(),
            idle_limit: idle_override.unwrap_or(config.idle_reset_seconds),
            carrier: config.only_carrier(),
            home_lang,
            countdown: None,
            pin: None,
            wrong_pin: false,
        }
    }
}

/// The longest PIN that can be typed.
const PIN_MAX: usize = 12;

/// How many seconds before the reset the countdown shows.
pub fn warning_secs(limit: u64) -> u64 {
    (limit / 3).clamp(1, 10)
}

/// A kiosk advisor on its attract screen.
pub fn start(kiosk: Kiosk, today: Date, color: bool) -> Model {
    let mut m = Model::new(kiosk.home_lang, today);
    m.color = color;
    m.kiosk = Some(kiosk);
    wipe(&mut m);
    m
}

/// Forgets the customer: every answer, the results, the language; back to the attract screen.
pub fn wipe(m: &mut Model) {
    let Some(mut kiosk) = m.kiosk.take() else {
        return;
    };
    kiosk.countdown = None;
    kiosk.pin = None;
    kiosk.wrong_pin = false;
    let mut fresh = Model::new(kiosk.home_lang, m.today);
    fresh.color = m.color;
    fresh.screen = Screen::Attract;
    fresh.draft = kiosk.carrier.map_or_else(Draft::default, Draft::locked_to);
    fresh.kiosk = Some(kiosk);
    *m = fresh;
}

/// The clock: counts down near the idle limit and wipes at it.
pub fn tick(m: &mut Model, idle_secs: u64, today: Date) {
    m.today = today;
    let attract = m.screen == Screen::Attract;
    let Some(k) = m.kiosk.as_mut() else {
        return;
    };
    if attract && k.pin.is_none() {
        k.countdown = None;
        return;
    }
    if idle_secs >= k.idle_limit {
        wipe(m);
        return;
    }
    let left = k.idle_limit - idle_secs;
    k.countdown = (left <= warning_secs(k.idle_limit)).then_some(left);
}

/// The kiosk's own keys; `None` lets the advisor handle the key as usual.
pub fn key(m: &mut Model, key: Key, t: &Tables) -> Option<Effect> {
    let free_text = m.free_text();
    let screen = m.screen;
    let k = m.kiosk.as_mut()?;
    k.countdown = None;
    if let Some(typed) = k.pin.as_mut() {
        match key {
            Key::Char(c) if c.is_ascii_digit() && typed.len() < PIN_MAX => typed.push(c),
            Key::Backspace => {
                typed.pop();
            }
            Key::Enter => {
                if pin::verify(typed, &k.pin_hash) {
                    m.quit = true;
                } else {
                    k.pin = None;
                    k.wrong_pin = true;
                }
            }
            Key::Esc => k.pin = None,
            _ => {}
        }
        return Some(Effect::None);
    }
    k.wrong_pin = false;
    match key {
        Key::Admin => k.pin = Some(String::new()),
        // Nothing a stranger presses leaves the kiosk or writes a file.
        Key::CtrlC => {}
        Key::Char('q') | Key::Char('s') if !free_text => {}
        Key::Char('l') if screen == Screen::Attract => m.lang = m.lang.other(),
        _ if screen == Screen::Attract => m.open(Screen::Start, t),
        Key::Esc if screen == Screen::Start => {}
        // Finishing wipes, ready for the next person.
        Key::Enter | Key::Char('n') if screen == Screen::Results => wipe(m),
        _ => return None,
    }
    Some(Effect::None)
}
