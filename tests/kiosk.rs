//! The unattended kiosk's model: nothing a stranger presses leaves it, the admin chord and
//! PIN do, the idle reset wipes every answer, finishing wipes too; and its screens.

mod common;
use common::{drawn, press, tables, typed};
use hosho::calendar::Date;
use hosho::domain::Carrier;
use hosho::i18n::Lang;
use hosho::kiosk::config::KioskConfig;
use hosho::kiosk::pin;
use hosho::tui::kiosk::{self, Kiosk};
use hosho::tui::model::{Key, Model, Msg, Screen, update};
use hosho::tui::questions::Question;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn config(carriers: &str) -> KioskConfig {
    let hash = pin::hash_with_salt("2468", b"kiosksalt");
    KioskConfig::parse(&format!(
        "(pin_hash: \"{hash}\", idle_reset_seconds: 60, carriers: [{carriers}])"
    ))
    .unwrap()
}

fn fresh(lang: Lang, carriers: &str) -> Model {
    kiosk::start(Kiosk::new(&config(carriers), None, lang), today(), true)
}

fn tick(m: &mut Model, idle_secs: u64) {
    update(
        m,
        Msg::Tick {
            idle_secs,
            today: today(),
        },
        &tables(),
    );
}

/// A customer half-way: IIJmio, an iPhone 15, two broken phones.
fn customer() -> Model {
    let mut m = fresh(Lang::En, "");
    press(&mut m, &[Key::Enter, Key::Enter]); // attract → start → carrier
    press(
        &mut m,
        &[Key::Char('1'), Key::Enter, Key::Enter, Key::Enter],
    );
    typed(&mut m, "iPhone 15");
    press(&mut m, &[Key::Enter, Key::Backspace]);
    typed(&mut m, "2");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.damage_incidents_2y, 2);
    m
}

#[test]
fn it_opens_on_the_attract_screen_and_any_key_starts() {
    let mut m = fresh(Lang::Ja, "");
    assert_eq!(m.screen, Screen::Attract);
    press(&mut m, &[Key::Char('x')]);
    assert_eq!(m.screen, Screen::Start);
}

#[test]
fn no_escape_key_leaves_the_kiosk() {
    let mut m = customer();
    let before = m.clone();
    for k in [Key::CtrlC, Key::Char('q'), Key::Char('s')] {
        press(&mut m, &[k]);
        assert!(!m.quit && !m.confirm_quit, "{k:?}");
    }
    // Esc only steps back through the questions, never out.
    for _ in 0..30 {
        press(&mut m, &[Key::Esc]);
    }
    assert!(!m.quit);
    assert_eq!(m.screen, Screen::Start);
    assert_eq!(m.draft, before.draft, "answers are kept while going back");
}

#[test]
fn the_admin_chord_and_the_right_pin_leave() {
    let mut m = customer();
    press(&mut m, &[Key::Admin]);
    typed(&mut m, "2468");
    press(&mut m, &[Key::Enter]);
    assert!(m.quit);
}

#[test]
fn a_wrong_pin_does_not_leave_and_says_so() {
    let mut m = customer();
    press(&mut m, &[Key::Admin]);
    typed(&mut m, "1357");
    press(&mut m, &[Key::Enter]);
    assert!(!m.quit);
    assert!(m.kiosk.as_ref().unwrap().wrong_pin);
    // The PIN prompt takes digits only, and Esc closes it.
    press(&mut m, &[Key::Admin]);
    typed(&mut m, "24a68");
    press(&mut m, &[Key::Esc]);
    assert!(!m.quit);
    assert_eq!(m.kiosk.as_ref().unwrap().pin, None);
}

#[test]
fn idle_shows_a_countdown_then_wipes_everything() {
    let mut m = customer();
    tick(&mut m, 30);
    assert_eq!(m.kiosk.as_ref().unwrap().countdown, None);
    tick(&mut m, 55);
    assert_eq!(m.kiosk.as_ref().unwrap().countdown, Some(5));
    tick(&mut m, 60);
    assert_eq!(
        m,
        fresh(Lang::En, ""),
        "nothing of the last customer is left"
    );
}

#[test]
fn a_key_during_the_countdown_keeps_the_answers() {
    let mut m = customer();
    tick(&mut m, 58);
    let draft = m.draft.clone();
    press(&mut m, &[Key::Down]);
    assert_eq!(m.kiosk.as_ref().unwrap().countdown, None);
    assert_eq!(m.draft, draft);
}

#[test]
fn finishing_on_the_results_wipes_everything() {
    let mut m = customer();
    for _ in 0..20 {
        if m.screen == Screen::Review {
            break;
        }
        press(&mut m, &[Key::Enter]);
    }
    press(&mut m, &[Key::Char('l'), Key::Char('r')]);
    assert_eq!(m.screen, Screen::Results);
    press(&mut m, &[Key::Enter]);
    assert_eq!(
        m,
        fresh(Lang::En, ""),
        "back to the attract screen, in the kiosk's language"
    );
}

#[test]
fn a_one_carrier_shop_never_asks_for_the_carrier() {
    let mut m = fresh(Lang::En, "Linemo");
    press(&mut m, &[Key::Enter, Key::Enter]);
    // LINEMO sells no devices: the device source is not asked either.
    assert_eq!(m.screen, Screen::Ask(Question::Os));
    assert_eq!(m.draft.carrier, Carrier::Linemo);
    let t = tables();
    assert!(!Question::asked(&m.draft, &t).contains(&Question::Carrier));
    assert!(!Question::asked(&m.draft, &t).contains(&Question::DeviceSource));
}

#[test]
fn the_idle_override_replaces_the_config() {
    let k = Kiosk::new(&config(""), Some(2), Lang::En);
    assert_eq!(k.idle_limit, 2);
    assert_eq!(kiosk::warning_secs(2), 1);
    assert_eq!(kiosk::warning_secs(90), 10);
}

/// Snapshots a kiosk state in both languages at both sizes.
fn check(name: &str, setup: impl Fn(Lang) -> Model) {
    for lang in [Lang::En, Lang::Ja] {
        let m = setup(lang);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("kiosk_{name}_{}_{cols}x{rows}", lang.code()),
                drawn(&m, cols, rows).backend().to_string()
            );
        }
    }
}

#[test]
fn the_kiosk_screens() {
    check("attract", |lang| fresh(lang, ""));
    check("question", |lang| {
        let mut m = fresh(lang, "");
        press(&mut m, &[Key::Enter, Key::Enter]);
        m
    });
    check("countdown", |lang| {
        let mut m = fresh(lang, "");
        press(&mut m, &[Key::Enter, Key::Enter]);
        tick(&mut m, 57);
        m
    });
    check("pin", |lang| {
        let mut m = fresh(lang, "");
        press(&mut m, &[Key::Admin, Key::Char('2'), Key::Char('4')]);
        m
    });
}

#[test]
fn the_sample_config_is_valid_and_its_pin_is_the_one_it_names() {
    let text = include_str!("../assets/kiosk/kiosk.sample.ron");
    let c = KioskConfig::parse(text).expect("the sample validates");
    assert!(pin::verify("24680135", &c.pin_hash));
    assert_eq!(c.idle_reset_seconds, 90);
}

#[test]
fn the_sample_unit_restarts_the_kiosk_and_runs_it() {
    let unit = include_str!("../assets/kiosk/hosho-kiosk.service");
    assert!(unit.contains("Restart=always"));
    assert!(unit.contains("ExecStart=/usr/local/bin/hosho --kiosk --config"));
}
