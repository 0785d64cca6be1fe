//! The clerk's form: editing in place, results after every change, the wipe for the next
//! customer, and the screen in both languages at 120x40 and 80x24.

mod common;
use common::tables;
use hosho::calendar::Date;
use hosho::domain::{Carrier, Os};
use hosho::i18n::{Lang, Words};
use hosho::tui::counter::{Counter, CounterMsg, Field, Page, update};
use hosho::tui::counter_view::view;
use hosho::tui::model::Key;
use hosho::tui::questions::Question;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn fresh(lang: Lang, cols: u16) -> Counter {
    let t = tables();
    let mut c = Counter::new(lang, Date::parse("2026-11-22").unwrap(), &t);
    update(&mut c, CounterMsg::Resize(cols, 40), &t);
    c
}

fn keys(c: &mut Counter, keys: &[Key]) {
    let t = tables();
    for k in keys {
        update(c, CounterMsg::Key(*k), &t);
    }
}

fn text(c: &mut Counter, s: &str) {
    let k: Vec<Key> = s.chars().map(Key::Char).collect();
    keys(c, &k);
}

/// Moves the focus to a question's row.
fn focus(c: &mut Counter, q: Question) {
    let t = tables();
    for _ in 0..40 {
        if c.field(&t) == Field::Ask(q) {
            return;
        }
        keys(c, &[Key::Tab]);
    }
    panic!("no row for {q:?}");
}

/// A customer with an iPhone 15 Pro on IIJmio who broke two phones.
fn customer(lang: Lang, cols: u16) -> Counter {
    let mut c = fresh(lang, cols);
    keys(&mut c, &[Key::Left]); // Undecided → LINEMO
    keys(&mut c, &[Key::Left]); // → IIJmio
    focus(&mut c, Question::Model);
    text(&mut c, "15 pro");
    focus(&mut c, Question::Damage);
    keys(&mut c, &[Key::Backspace]);
    text(&mut c, "2");
    c
}

fn draw(c: &Counter, cols: u16, rows: u16) -> String {
    let t = tables();
    let words = Words::new(c.lang);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view(f, c, &t, &words)).unwrap();
    terminal.backend().to_string()
}

#[test]
fn answers_are_edited_in_place_and_the_results_follow() {
    let c = customer(Lang::En, 120);
    assert_eq!(c.draft.carrier, Carrier::Iijmio);
    assert_eq!(c.draft.model.as_deref(), Some("iPhone 15 Pro"));
    assert_eq!(c.draft.damage_incidents_2y, 2);
    let r = c.results.as_ref().expect("complete answers give results");
    assert_eq!(r.profile.damage_incidents_2y, 2);
}

#[test]
fn a_model_not_listed_brings_the_price_rows_and_the_results_wait_for_them() {
    let t = tables();
    let mut c = fresh(Lang::En, 120);
    assert!(c.results.is_err(), "no model and no price yet");
    assert!(c.fields(&t).contains(&Field::Ask(Question::Price)));
    focus(&mut c, Question::Price);
    text(&mut c, "45800");
    focus(&mut c, Question::Released);
    text(&mut c, "2024-09");
    assert_eq!(c.draft.price_yen, Some(45_800));
    assert!(c.results.is_ok(), "{:?}", c.results.as_ref().err());
    focus(&mut c, Question::Model);
    text(&mut c, "iPhone 15");
    assert!(!c.fields(&t).contains(&Field::Ask(Question::Price)));
}

#[test]
fn arrows_pick_among_the_matching_models() {
    let mut c = fresh(Lang::En, 120);
    focus(&mut c, Question::Model);
    text(&mut c, "15");
    assert_eq!(c.draft.model.as_deref(), Some("iPhone 15"));
    keys(&mut c, &[Key::Right]);
    assert_eq!(c.draft.model.as_deref(), Some("iPhone 15 Plus"));
    // Letters are text here, not commands.
    text(&mut c, " pro");
    assert!(!c.quit && !c.confirm_quit);
    assert_eq!(c.draft.model.as_deref(), Some("iPhone 15 Pro"));
}

#[test]
fn n_wipes_every_answer_for_the_next_customer() {
    let mut c = customer(Lang::Ja, 120);
    keys(&mut c, &[Key::Char('+')]);
    keys(&mut c, &[Key::Char('n')]);
    let blank = fresh(Lang::Ja, 120);
    assert_eq!(c, blank, "nothing of the last customer is left");
}

#[test]
fn a_narrow_window_keeps_the_results_one_key_away() {
    let mut c = customer(Lang::En, 100);
    assert!(!c.wide);
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Results);
    assert!(draw(&c, 100, 30).contains("Join"));
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Qr);
    let qr = draw(&c, 80, 24);
    assert!(qr.contains("Scan") && qr.contains("▀"), "{qr}");
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Form);
}

#[test]
fn switches_flip_with_arrows_or_space() {
    let t = tables();
    let mut c = fresh(Lang::En, 120);
    for _ in 0..40 {
        if c.field(&t) == Field::Switch(1) {
            break;
        }
        keys(&mut c, &[Key::Tab]);
    }
    keys(&mut c, &[Key::Char(' ')]);
    assert!(c.draft.damaged_now);
    keys(&mut c, &[Key::Right]);
    assert!(!c.draft.damaged_now);
}

#[test]
fn the_qr_code_holds_the_verdict_plan_fee_and_imei_deadline() {
    let c = customer(Lang::Ja, 120);
    let words = Words::new(Lang::Ja);
    let r = c.results.as_ref().unwrap();
    let text = hosho::tui::counter_view::summary(&r.advice, &words);
    assert!(text.contains("つながる端末保証"), "{text}");
    assert!(text.contains("550円"), "{text}");
    assert!(text.contains("2026年12月6日"), "{text}");
    let drawn = draw(&c, 120, 40);
    assert!(drawn.contains("▀") || drawn.contains("▄"), "{drawn}");
}

#[test]
fn the_os_change_empties_a_model_of_the_other_os() {
    let mut c = customer(Lang::En, 120);
    focus(&mut c, Question::Os);
    keys(&mut c, &[Key::Right]);
    assert_eq!(c.draft.os, Os::Android);
    assert!(
        c.results.is_err(),
        "an iPhone model on Android is not advised on"
    );
}

#[test]
fn the_form_in_both_languages_and_sizes() {
    for lang in [Lang::En, Lang::Ja] {
        for (cols, rows) in [(120, 40), (80, 24)] {
            let c = customer(lang, cols);
            insta::assert_snapshot!(
                format!("counter_{}_{cols}x{rows}", lang.code()),
                draw(&c, cols, rows)
            );
        }
    }
}

#[test]
fn a_new_day_dates_the_advice_anew() {
    let t = tables();
    let mut c = customer(Lang::En, 120);
    let next = Date::parse("2026-12-01").unwrap();
    update(&mut c, CounterMsg::Today(next), &t);
    assert_eq!(c.results.as_ref().unwrap().advice.today, next);
    keys(&mut c, &[Key::Tab, Key::Char('n')]);
    assert_eq!(c.today, next);
}
