//! The unattended kiosk: nothing a stranger presses leaves it, the admin chord and PIN do,
//! the idle reset wipes every answer, finishing wipes too after a confirmation; its screens.

use crate::common;
use crate::common::tables;
use hosho::calendar::Date;
use hosho::domain::Carrier;
use hosho::form::Question;
use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::operator::config::KioskConfig;
use hosho::operator::pin;
use hosho::tui::advisor::Screen;
use hosho::tui::app::{Key, Msg, Overlay};
use hosho::tui::kiosk::{self, Kiosk, Settings};
use hosho::tui::results::Tab;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn config(carriers: &str) -> KioskConfig {
    let hash = pin::hash_with_salt("24681357", b"kiosksalt");
    KioskConfig::parse(&format!(
        "(pin_hash: \"{hash}\", idle_reset_seconds: 60, carriers: [{carriers}])"
    ))
    .unwrap()
}

fn fresh(lang: Lang, carriers: &str) -> Kiosk {
    Kiosk::new(
        Settings::new(&config(carriers), None, lang),
        today(),
        true,
        &tables(),
    )
}

fn press(k: &mut Kiosk, keys: &[Key]) {
    let t = tables();
    for key in keys {
        k.update(Msg::Key(*key), &t);
    }
}

fn typed(k: &mut Kiosk, text: &str) {
    let keys: Vec<Key> = text.chars().map(Key::Char).collect();
    press(k, &keys);
}

fn tick(k: &mut Kiosk, idle_secs: u64) {
    tick_at(k, idle_secs, k.clock_secs);
}

/// A tick at a time on the loop's clock.
fn tick_at(k: &mut Kiosk, idle_secs: u64, clock_secs: u64) {
    k.update(
        Msg::Tick {
            idle_secs,
            today: today(),
            clock_secs,
        },
        &tables(),
    );
}

/// Ticks until the PIN typed has been checked (on its own thread).
fn checked(k: &mut Kiosk) {
    let start = std::time::Instant::now();
    while k.checking.is_some() {
        assert!(start.elapsed().as_secs() < 10, "the PIN check never ended");
        std::thread::sleep(std::time::Duration::from_millis(5));
        tick(k, 0);
    }
}

/// A customer half-way: IIJmio, an iPhone 15, two broken phones.
fn customer() -> Kiosk {
    let mut k = fresh(Lang::En, "");
    press(&mut k, &[Key::Enter]); // attract → the first question
    assert_eq!(k.advisor.screen, Screen::Ask(Question::Carrier));
    press(
        &mut k,
        &[Key::Char('1'), Key::Enter, Key::Enter, Key::Enter],
    );
    typed(&mut k, "iPhone 15");
    press(&mut k, &[Key::Enter]);
    // The day of purchase: "I don't know".
    assert_eq!(k.advisor.screen, Screen::Ask(Question::Bought));
    press(&mut k, &[Key::Down, Key::Enter]);
    typed(&mut k, "2");
    press(&mut k, &[Key::Enter]);
    assert_eq!(k.advisor.session.draft.damage_incidents_2y, 2);
    k
}

/// The customer on the results.
fn on_results() -> Kiosk {
    let mut k = customer();
    for _ in 0..20 {
        if k.advisor.screen == Screen::Review {
            break;
        }
        press(&mut k, &[Key::Enter]);
    }
    press(&mut k, &[Key::Enter]);
    assert_eq!(k.advisor.screen, Screen::Results);
    k
}

#[test]
fn it_opens_on_the_attract_screen_and_any_key_opens_the_first_question() {
    let mut k = fresh(Lang::Ja, "");
    assert!(k.attract);
    press(&mut k, &[Key::Char('x')]);
    assert!(!k.attract);
    assert_eq!(
        k.advisor.screen,
        Screen::Ask(Question::Carrier),
        "one start screen, not two"
    );
}

#[test]
fn no_escape_key_leaves_the_kiosk() {
    let mut k = customer();
    let before = k.advisor.session.draft.clone();
    for key in [Key::CtrlC, Key::Char('q'), Key::Char('s')] {
        press(&mut k, &[key]);
        assert!(!k.session().quit, "{key:?}");
        assert_eq!(k.session().overlay, Overlay::None, "{key:?}");
    }
    // Esc only steps back through the questions, never out.
    press(&mut k, &[Key::Esc; 30]);
    assert!(!k.session().quit);
    assert_eq!(k.advisor.screen, Screen::Ask(Question::Carrier));
    assert_eq!(
        k.advisor.session.draft, before,
        "answers are kept while going back"
    );
}

#[test]
fn the_admin_chord_and_the_right_pin_leave() {
    let mut k = customer();
    press(&mut k, &[Key::Admin]);
    typed(&mut k, "24681357");
    press(&mut k, &[Key::Enter]);
    assert!(!k.session().quit, "not before the check is done");
    checked(&mut k);
    assert!(k.session().quit);
}

#[test]
fn a_wrong_pin_keeps_the_box_open_and_nothing_typed_for_a_pin_lands_elsewhere() {
    let mut k = customer();
    let draft = k.advisor.session.draft.clone();
    press(&mut k, &[Key::Admin]);
    typed(&mut k, "13572468");
    press(&mut k, &[Key::Enter]);
    checked(&mut k);
    assert!(!k.session().quit);
    assert!(k.wrong_pin);
    assert_eq!(k.pin.as_deref(), Some(""), "the box stays open");
    // During the 2 s wait, digits typed for the next try are dropped, not shown, and land
    // nowhere else.
    assert_eq!(k.pin_wait(), 2);
    typed(&mut k, "24681357");
    press(&mut k, &[Key::Enter]);
    assert_eq!(k.pin.as_deref(), Some(""));
    assert!(k.checking.is_none());
    assert_eq!(
        k.advisor.session.draft, draft,
        "the customer's answers untouched"
    );
    // Once the wait is over, the box takes digits again (digits only), and Esc closes it.
    let after = k.clock_secs + 2;
    tick_at(&mut k, 0, after);
    typed(&mut k, "24a68");
    assert_eq!(k.pin.as_deref(), Some("2468"));
    assert!(!k.wrong_pin, "the notice goes with the first digit");
    press(&mut k, &[Key::Esc]);
    assert_eq!(k.pin, None);
    assert!(!k.session().quit);
    assert_eq!(k.advisor.session.draft, draft);
}

#[test]
fn the_chord_during_a_wait_opens_a_box_that_takes_nothing() {
    // A wrong PIN, the box closed with Esc, then the chord again during the wait: the digits
    // typed next go nowhere (the bug: they landed in the customer's search field).
    let mut k = customer();
    press(&mut k, &[Key::Admin]);
    typed(&mut k, "13572468");
    press(&mut k, &[Key::Enter]);
    checked(&mut k);
    press(&mut k, &[Key::Esc, Key::Admin]);
    assert!(k.pin.is_some() && k.pin_wait() > 0);
    let draft = k.advisor.session.draft.clone();
    typed(&mut k, "24680135");
    assert_eq!(k.pin.as_deref(), Some(""));
    assert_eq!(k.advisor.session.draft, draft);
    let screen = draw(&k, 80, 24);
    assert!(!screen.contains("2468"), "{screen}");
}

#[test]
fn wrong_pins_are_counted_over_a_day_through_idle_resets_and_each_lock_is_longer() {
    use hosho::operator::guard::{LOCKOUT_AFTER, LOCKOUT_SECS};
    let mut k = fresh(Lang::En, "");
    let mut clock = 1_000;
    let mut waits = Vec::new();
    for _ in 0..LOCKOUT_AFTER + 1 {
        tick_at(&mut k, 0, clock);
        press(&mut k, &[Key::Char('x'), Key::Admin]);
        typed(&mut k, "11111111");
        press(&mut k, &[Key::Enter]);
        checked(&mut k);
        let wait = k.pin_wait();
        waits.push(wait);
        // An idle reset during the wait closes the box and wipes the customer, but keeps the
        // wrong PINs and their wait.
        tick_at(&mut k, 120, clock + 1);
        assert!(k.attract && k.pin.is_none());
        assert_eq!(k.pin_wait(), wait - 1);
        clock += wait;
    }
    assert_eq!(waits, vec![2, 5, 15, 60, LOCKOUT_SECS, 2 * LOCKOUT_SECS]);
    assert!(k.guard.locked());
    // Each wrong PIN and each lock is a line for the operator, never the digits.
    let notes = std::mem::take(&mut k.notes);
    let wrong = notes
        .iter()
        .filter(|n| matches!(n, kiosk::JournalNote::WrongPin { .. }))
        .count();
    assert_eq!(wrong, 6);
    assert!(notes.contains(&kiosk::JournalNote::Locked { mins: 30 }));
    assert!(k.guard_changed, "to be kept on disk");
    // The screen says how long is left, in both languages.
    let mut k = fresh(Lang::Ja, "");
    press(&mut k, &[Key::Admin]);
    typed(&mut k, "11111111");
    press(&mut k, &[Key::Enter]);
    checked(&mut k);
    let screen = draw(&k, 120, 40);
    assert!(
        screen.replace(' ', "").contains("あと2秒たつと"),
        "{screen}"
    );
}

#[test]
fn a_restart_keeps_the_lock() {
    // Five wrong PINs, then a new kiosk from the guard kept on disk: still locked.
    let mut k = fresh(Lang::En, "");
    let mut clock = 5_000;
    for _ in 0..hosho::operator::guard::LOCKOUT_AFTER {
        tick_at(&mut k, 0, clock);
        press(&mut k, &[Key::Admin]);
        typed(&mut k, "11111111");
        press(&mut k, &[Key::Enter]);
        checked(&mut k);
        clock += k.pin_wait();
    }
    let dir = common::pty::fresh_state_dir();
    hosho::operator::state::save(&dir, &k.guard).unwrap();
    let mut settings = Settings::new(&config(""), None, Lang::En);
    settings.guard = hosho::operator::state::load(&dir, clock - 100).unwrap();
    let mut again = Kiosk::new(settings, today(), true, &tables());
    tick_at(&mut again, 0, clock - 100);
    press(&mut again, &[Key::Admin]);
    typed(&mut again, "24681357");
    press(&mut again, &[Key::Enter]);
    assert!(again.checking.is_none(), "no PIN is taken during the lock");
    assert!(again.guard.locked() && again.pin_wait() == 100);
}

#[test]
fn without_a_config_there_is_no_pin_prompt() {
    let settings = Settings::new(&KioskConfig::without_pin(), None, Lang::En);
    let mut k = Kiosk::new(settings, today(), true, &tables());
    press(&mut k, &[Key::Admin]);
    assert_eq!(k.pin, None);
    assert!(k.attract);
}

#[test]
fn idle_shows_a_countdown_then_wipes_everything() {
    let mut k = customer();
    tick(&mut k, 30);
    assert_eq!(k.countdown, None);
    tick(&mut k, 55);
    assert_eq!(k.countdown, Some(5));
    tick(&mut k, 60);
    // The operator reads that it happened, and nothing more.
    assert_eq!(
        std::mem::take(&mut k.notes),
        vec![kiosk::JournalNote::IdleReset]
    );
    assert_eq!(
        k,
        fresh(Lang::En, ""),
        "nothing of the last customer is left"
    );
}

#[test]
fn a_key_during_the_countdown_keeps_the_answers() {
    let mut k = customer();
    tick(&mut k, 58);
    let draft = k.advisor.session.draft.clone();
    press(&mut k, &[Key::Down]);
    assert_eq!(k.countdown, None);
    assert_eq!(k.advisor.session.draft, draft);
}

#[test]
fn enter_on_the_results_does_not_wipe_but_the_finish_key_does_after_a_yes() {
    let mut k = on_results();
    press(&mut k, &[Key::Char('l')]);
    press(&mut k, &[Key::Enter, Key::Esc]);
    assert_eq!(
        k.advisor.screen,
        Screen::Results,
        "Enter opens the breakdown only"
    );
    press(&mut k, &[Key::Char('f')]);
    assert_eq!(k.session().overlay, Overlay::ConfirmFinish);
    press(&mut k, &[Key::Char('n')]);
    assert_eq!(k.advisor.screen, Screen::Results, "no keeps the results");
    press(&mut k, &[Key::Char('f'), Key::Char('y')]);
    assert_eq!(
        k,
        fresh(Lang::En, ""),
        "back to the attract screen, in the kiosk's language"
    );
}

#[test]
fn the_results_offer_the_qr_code_to_take_away() {
    let mut k = on_results();
    press(&mut k, &[Key::Tab, Key::Tab]);
    let r = k.advisor.results.as_ref().unwrap();
    assert_eq!(r.tab, Tab::TakeAway);
    let qr = k.advisor.qr.as_ref().expect("a code while it is shown");
    assert!(qr.text.contains("IIJmio"), "{}", qr.text);
    let screen = draw(&k, 80, 40);
    assert!(screen.contains('█') || screen.contains('▀'), "{screen}");
    // A what-if is in the code's text too.
    press(&mut k, &[Key::Char('+')]);
    assert!(k.advisor.qr.as_ref().unwrap().text.contains("×1.5"));
}

#[test]
fn a_one_carrier_shop_never_asks_for_the_carrier() {
    let mut k = fresh(Lang::En, "Linemo");
    press(&mut k, &[Key::Enter]);
    // LINEMO sells no devices: the device source is not asked either.
    assert_eq!(k.advisor.screen, Screen::Ask(Question::Os));
    assert_eq!(k.advisor.session.draft.carrier, Carrier::new("Linemo"));
    let t = tables();
    let asked = Question::asked(&k.advisor.session.draft, &t);
    assert!(!asked.contains(&Question::Carrier));
    assert!(!asked.contains(&Question::DeviceSource));
}

#[test]
fn the_idle_override_replaces_the_config() {
    let s = Settings::new(&config(""), Some(2), Lang::En);
    assert_eq!(s.idle_limit, 2);
    assert_eq!(kiosk::warning_secs(2), 1);
    assert_eq!(kiosk::warning_secs(90), 10);
}

fn draw(k: &Kiosk, cols: u16, rows: u16) -> String {
    let t = tables();
    let words = Words::new(k.session().lang);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal
        .draw(|f| {
            hosho::tui::kiosk::view::view(f, k, &t, &words);
        })
        .unwrap();
    terminal.backend().to_string()
}

/// Snapshots a kiosk state in both languages at both sizes.
fn check(name: &str, setup: impl Fn(Lang) -> Kiosk) {
    for lang in [Lang::En, Lang::Ja] {
        let k = setup(lang);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("kiosk_{name}_{}_{cols}x{rows}", lang.code()),
                draw(&k, cols, rows)
            );
        }
    }
}

#[test]
fn the_kiosk_screens() {
    check("attract", |lang| fresh(lang, ""));
    check("question", |lang| {
        let mut k = fresh(lang, "");
        press(&mut k, &[Key::Enter]);
        k
    });
    check("countdown", |lang| {
        let mut k = fresh(lang, "");
        press(&mut k, &[Key::Enter]);
        tick(&mut k, 57);
        k
    });
    check("pin", |lang| {
        let mut k = fresh(lang, "");
        press(&mut k, &[Key::Admin, Key::Char('2'), Key::Char('4')]);
        k
    });
    check("finish", |lang| {
        let mut k = on_results();
        if lang == Lang::Ja {
            press(&mut k, &[Key::Char('l')]);
        }
        press(&mut k, &[Key::Char('f')]);
        k
    });
    check("takeaway", |lang| {
        let mut k = on_results();
        if lang == Lang::Ja {
            press(&mut k, &[Key::Char('l')]);
        }
        press(&mut k, &[Key::Tab, Key::Tab]);
        k
    }); // A shop that offers mineo and Y!mobile: the carrier question lists those two only.
    check("two_carriers", |lang| {
        let mut k = fresh(lang, "Mineo, Ymobile");
        press(&mut k, &[Key::Enter]);
        k
    });
}

#[test]
fn a_shop_offering_some_carriers_asks_among_those_and_locks_to_one() {
    let t = tables();
    let mut k = fresh(Lang::En, "Mineo, Ymobile");
    press(&mut k, &[Key::Enter]);
    let e = Question::Carrier.control();
    let listed: Vec<String> = e
        .items(&k.advisor.session.draft, &t)
        .iter()
        .map(|i| hosho::form::words::item(i, &Words::new(Lang::En)))
        .collect();
    assert_eq!(listed, ["mineo", "Y!mobile", "Not decided yet"]);
    // Undecided here compares the shop's carriers only.
    press(&mut k, &[Key::Char('3'), Key::Enter]);
    assert!(k.advisor.session.draft.carrier.is_undecided());
    k.advisor.session.draft.model = Some("Pixel 9".into());
    k.advisor.session.draft.os = hosho::domain::Os::Android;
    let p = k.advisor.session.draft.check(today(), &t).expect("valid");
    let a = hosho::engine::advise(&p, &t);
    let carriers: Vec<&str> = a
        .options
        .iter()
        .filter_map(|o| t.plan(&o.id).and_then(|plan| plan.carrier.as_ref()))
        .map(|c| c.id())
        .collect();
    assert!(
        !carriers.is_empty() && carriers.iter().all(|c| ["Mineo", "Ymobile"].contains(c)),
        "{carriers:?}"
    );
    // One carrier: not asked at all.
    let mut one = fresh(Lang::En, "Ymobile");
    press(&mut one, &[Key::Enter]);
    assert_ne!(one.advisor.screen, Screen::Ask(Question::Carrier));
    assert_eq!(one.advisor.session.draft.carrier, Carrier::new("Ymobile"));
}

#[test]
fn the_sample_config_is_valid_and_its_pin_is_the_one_it_names() {
    let text = include_str!("../../assets/kiosk/kiosk.sample.ron");
    let c = KioskConfig::parse(text).expect("the sample validates");
    assert!(pin::verify("24680135", &c.pin_hash));
    assert_eq!(c.idle_reset_seconds, 90);
}

#[test]
fn the_sample_unit_restarts_the_kiosk_and_runs_it() {
    let unit = include_str!("../../assets/kiosk/hosho-kiosk.service");
    assert!(unit.contains("Restart=always"));
    assert!(unit.contains("ExecStart=hosho --kiosk --config"));
    // The admin's exit code is documented and not counted as a failure.
    let admin = hosho::operator::ADMIN_EXIT;
    assert!(unit.contains(&format!("SuccessExitStatus={admin}")));
    assert!(unit.contains(&format!("{admin} the admin left with the PIN")));
    // The wrong PINs need a directory of their own, which systemd makes and names.
    assert!(unit.contains("StateDirectory=hosho\n"));
    let lost = hosho::tui::terminal::LOST_EXIT;
    assert!(unit.contains(&format!("{lost} the terminal went away")));
    // The admin's exit is not undone, no start limit leaves tty1 blank, and tty1 gets its
    // login prompt back when the kiosk stops for good.
    assert!(unit.contains(&format!("RestartPreventExitStatus={admin}\n")));
    assert!(unit.contains("StartLimitIntervalSec=0\n"));
    assert!(unit.contains("OnSuccess=getty@tty1.service\n"));
    // systemd resets the tty before ExecStart: no stty line; the console's own TERM, and a
    // language the console can draw.
    assert!(!unit.contains("stty"));
    assert!(unit.contains("TERM=linux") && !unit.contains("LANG=ja"));
}

#[test]
fn the_kmscon_unit_of_the_docs_passes_systemd_analyze_where_it_is_installed() {
    if std::process::Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("systemd-analyze is not installed");
        return;
    }
    let doc = include_str!("../../docs/kiosk.md");
    let start = doc.find("    [Unit]\n").expect("a unit in docs/kiosk.md");
    let block = &doc[start..doc[start..].find("\n\n    [Install]").unwrap() + start];
    let rest = "\n\n[Install]\nWantedBy=multi-user.target\n";
    let unit: String = block
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        + rest;
    assert!(unit.contains("--login -- /usr/sbin/runuser -u hosho -- hosho --kiosk"));
    // kmscon and runuser are not on the machines hosho is built on: their paths are put
    // aside for the check, which then reads every other line.
    let unit = unit
        .replace("/usr/bin/kmscon", "/bin/echo")
        .replace("/usr/sbin/runuser", "/bin/echo");
    let (_, dir) = verified("hosho-kiosk-kmscon", &unit);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes `unit` as `<name>.service` in a directory of its own and has `systemd-analyze
/// verify` check it, which must pass; gives its path and the directory (to remove).
fn verified(name: &str, unit: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.service"));
    std::fs::write(&path, unit).unwrap();
    let out = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (path, dir)
}

#[test]
fn the_sample_unit_passes_systemd_analyze_where_it_is_installed() {
    let Ok(found) = std::process::Command::new("systemd-analyze")
        .arg("--version")
        .output()
    else {
        eprintln!("systemd-analyze is not installed: the unit is checked by its text only");
        return;
    };
    assert!(found.status.success());
    let unit = include_str!("../../assets/kiosk/hosho-kiosk.service").replace(
        "ExecStart=hosho ",
        &format!("ExecStart={} ", env!("CARGO_BIN_EXE_hosho")),
    );
    let (path, dir) = verified("hosho-kiosk", &unit);
    // Its exposure, as systemd rates it: 2.5 or less.
    let out = std::process::Command::new("systemd-analyze")
        .args(["security", "--offline=true", "--no-pager"])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    let level: f64 = text
        .lines()
        .find_map(|l| l.split("exposure level for hosho-kiosk.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no exposure level in\n{text}"));
    assert!(level <= 2.5, "exposure {level}:\n{text}");
}

#[test]
fn drawn_in_ascii_the_take_away_is_its_text_and_no_cell_is_ambiguous() {
    let t = tables();
    for lang in [Lang::En, Lang::Ja] {
        let mut k = on_results();
        k.advisor.session.ascii = true;
        if lang == Lang::Ja {
            press(&mut k, &[Key::Char('l')]);
        }
        press(&mut k, &[Key::Tab, Key::Tab]);
        let words = Words::new(lang);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|f| {
                hosho::tui::kiosk::view::view(f, &k, &t, &words);
                hosho::tui::glyphs::to_ascii(f.buffer_mut());
            })
            .unwrap();
        let screen = crate::common::plain(&terminal);
        let said = match lang {
            Lang::En => "draws ASCII only, so there is no QR code",
            Lang::Ja => "QRコードは出せません",
        };
        assert!(screen.contains(said), "{screen}");
        let summary = k.advisor.qr.as_ref().map(|q| q.text.clone()).unwrap();
        let first: String = summary.chars().take(20).collect();
        assert!(screen.contains(&first), "{first:?} not on\n{screen}");
        assert!(
            !screen.chars().any(hosho::tui::glyphs::ambiguous),
            "{screen}"
        );
        // Wiping the customer keeps the ASCII drawing.
        k.wipe(&t);
        assert!(k.advisor.session.ascii);
    }
}

#[test]
fn new_tables_lacking_a_carrier_the_shop_offers_are_refused() {
    let t = tables();
    // A shop of mineo and Y!mobile: the built-in tables have both, and are taken.
    let mut k = fresh(Lang::En, "Mineo, Ymobile");
    assert!(k.between_customers());
    assert!(k.take_tables(Ok(&t)));
    assert!(matches!(
        k.notes.last(),
        Some(hosho::tui::kiosk::JournalNote::TablesTaken { .. })
    ));
    // A shop whose carrier the new tables lack keeps the tables it has, and says why.
    let mut k = fresh(Lang::En, "Mineo");
    k.settings
        .carriers
        .push(hosho::domain::Carrier::new("Sample"));
    assert!(!k.take_tables(Ok(&t)));
    let Some(hosho::tui::kiosk::JournalNote::TablesRefused(why)) = k.notes.last() else {
        panic!("{:?}", k.notes)
    };
    assert!(why.contains("Sample"), "{why}");
    let line = hosho::tui::kiosk::journal::line(
        k.notes.last().unwrap().clone(),
        &hosho::i18n::Words::new(Lang::Ja),
    );
    assert!(line.contains("これまでの料金表を使い続けます"), "{line}");
}
