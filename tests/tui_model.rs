//! The advisor's `update`, driven by keys as a person would press them.

mod common;
use common::tables;
use hosho::calendar::Date;
use hosho::domain::{Carrier, Os};
use hosho::i18n::Lang;
use hosho::tui::model::{EntryError, Key, Model, Msg, Screen, update};
use hosho::tui::questions::Question;

fn press(m: &mut Model, keys: &[Key]) {
    let t = tables();
    for k in keys {
        update(m, Msg::Key(*k), &t);
    }
}

fn typed(m: &mut Model, text: &str) {
    let keys: Vec<Key> = text.chars().map(Key::Char).collect();
    press(m, &keys);
}

fn fresh() -> Model {
    Model::new(Lang::En, Date::parse("2026-11-22").unwrap())
}

/// IIJmio, bring own, iPhone: the keys that lead to the model search.
const TO_MODEL: [Key; 5] = [
    Key::Enter,
    Key::Char('1'),
    Key::Enter,
    Key::Enter,
    Key::Enter,
];

/// Moves the highlight past every listed model, onto "not listed".
fn to_not_listed(m: &mut Model) {
    for _ in 0..60 {
        press(m, &[Key::Down]);
    }
}

#[test]
fn enter_on_start_opens_the_first_question() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.progress(&tables()).0, 1);
}

#[test]
fn arrows_choose_and_enter_goes_on() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Up, Key::Up, Key::Enter]);
    assert_eq!(m.draft.carrier, Carrier::Iijmio);
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn number_keys_pick_a_choice() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('2'), Key::Enter]);
    assert_eq!(m.draft.carrier, Carrier::Linemo);
}

#[test]
fn esc_goes_back_with_the_answer_kept() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter, Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.cursor, 0, "the cursor shows the answer given");
    assert_eq!(m.draft.carrier, Carrier::Iijmio);
}

#[test]
fn typing_filters_the_catalog_and_not_listed_asks_the_price() {
    let mut m = fresh();
    // Carrier IIJmio, bring own, iOS.
    press(
        &mut m,
        &[
            Key::Enter,
            Key::Char('1'),
            Key::Enter,
            Key::Enter,
            Key::Enter,
        ],
    );
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    typed(&mut m, "15 pro");
    let t = tables();
    assert!(
        m.models(&t).iter().all(|n| n.contains("15 Pro")),
        "{:?}",
        m.models(&t)
    );
    press(&mut m, &[Key::Enter]);
    assert!(m.draft.model.as_deref().unwrap().contains("15 Pro"));
    assert_eq!(
        m.screen,
        Screen::Ask(Question::Damage),
        "no price for a catalog model"
    );
    // Back to the model, choose "not listed" (the line after the matches).
    press(&mut m, &[Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    to_not_listed(&mut m);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.model, None);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
}

#[test]
fn japanese_names_find_the_model() {
    let mut m = fresh();
    m.draft.os = Os::Ios;
    m.typed = "ＳＥ（第3世代）".into();
    let t = tables();
    assert!(!m.models(&t).is_empty());
    assert_eq!(m.models(&t), vec!["iPhone SE (3rd generation)"]);
}

#[test]
fn a_number_out_of_range_is_refused_and_the_screen_stays() {
    let mut m = fresh();
    press(&mut m, &TO_MODEL);
    to_not_listed(&mut m);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    typed(&mut m, "2000000");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    assert!(matches!(m.error, Some(EntryError::OutOfRange { .. })));
    for _ in 0..7 {
        press(&mut m, &[Key::Backspace]);
    }
    typed(&mut m, "45,800");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.price_yen, Some(45_800));
    assert_eq!(m.screen, Screen::Ask(Question::Released));
    typed(&mut m, "2023-13");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, Some(EntryError::NotAMonth));
}

#[test]
fn answering_everything_reaches_the_review_then_the_results() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    let t = tables();
    for _ in 0..30 {
        if m.screen == Screen::Review {
            break;
        }
        if m.screen == Screen::Ask(Question::Model) {
            typed(&mut m, "iPhone 15");
        }
        press(&mut m, &[Key::Enter]);
    }
    assert_eq!(m.screen, Screen::Review);
    let profile = m.draft.to_answers(m.today).resolve("", &t, m.today);
    assert!(profile.is_ok(), "{profile:?}");
    // Jump back to a question from the review.
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    for _ in 0..30 {
        if m.screen == Screen::Review {
            break;
        }
        press(&mut m, &[Key::Enter]);
    }
    press(&mut m, &[Key::Char('r')]);
    assert_eq!(m.screen, Screen::Results);
    assert!(
        matches!(m.advice, Some(Ok(_))),
        "the advice is computed on entering"
    );
}

#[test]
fn space_switches_an_eligibility_answer() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Eligibility);
    press(&mut m, &[Key::Down, Key::Char(' ')]);
    assert!(m.draft.damaged_now);
    press(&mut m, &[Key::Char(' ')]);
    assert!(!m.draft.damaged_now);
}

#[test]
fn l_switches_language_and_keeps_the_answers() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter]);
    let draft = m.draft.clone();
    press(&mut m, &[Key::Char('l')]);
    assert_eq!(m.lang, Lang::Ja);
    assert_eq!(m.draft, draft);
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn q_asks_and_only_y_quits() {
    let mut m = fresh();
    press(&mut m, &[Key::Char('q')]);
    assert!(m.confirm_quit && !m.quit);
    press(&mut m, &[Key::Char('n')]);
    assert!(!m.confirm_quit && !m.quit);
    press(&mut m, &[Key::Char('q'), Key::Char('y')]);
    assert!(m.quit);
}

#[test]
fn ctrl_c_quits_at_once_even_while_typing() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Price);
    press(&mut m, &[Key::Char('4'), Key::CtrlC]);
    assert!(m.quit);
}

#[test]
fn q_while_typing_a_model_is_a_letter() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Model);
    press(&mut m, &[Key::Char('q')]);
    assert!(!m.confirm_quit);
    assert_eq!(m.typed, "q");
}
