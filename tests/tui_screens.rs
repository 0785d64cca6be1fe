//! Every screen of the advisor, drawn in both languages at 80x24 and 120x40.

mod common;
use common::tables;
use hosho::calendar::Date;
use hosho::i18n::{Lang, Words};
use hosho::tui::model::{Key, Model, Msg, Screen, update};
use hosho::tui::questions::Question;
use hosho::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn draw(m: &Model, cols: u16, rows: u16) -> String {
    let t = tables();
    let words = Words::new(m.lang);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view(f, m, &t, &words)).unwrap();
    terminal.backend().to_string()
}

fn model(lang: Lang, screen: Screen, keys: &[Key]) -> Model {
    let t = tables();
    let mut m = Model::new(lang, Date::parse("2026-11-22").unwrap());
    m.screen = screen;
    for k in keys {
        update(&mut m, Msg::Key(*k), &t);
    }
    m
}

/// Snapshots one state in both languages and both sizes.
fn check(name: &str, screen: Screen, keys: &[Key]) {
    for lang in [Lang::En, Lang::Ja] {
        let m = model(lang, screen, keys);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("{name}_{}_{cols}x{rows}", lang.code()),
                draw(&m, cols, rows)
            );
        }
    }
}

#[test]
fn start() {
    check("start", Screen::Start, &[]);
}

#[test]
fn a_choice_question() {
    check("carrier", Screen::Start, &[Key::Enter, Key::Down]);
}

#[test]
fn the_model_search() {
    check(
        "model",
        Screen::Ask(Question::Model),
        &[Key::Char('1'), Key::Char('5')],
    );
}

#[test]
fn a_price_with_an_error() {
    let keys: Vec<Key> = "2000000"
        .chars()
        .map(Key::Char)
        .chain([Key::Enter])
        .collect();
    check("price_error", Screen::Ask(Question::Price), &keys);
}

#[test]
fn the_price_formatted_as_typed() {
    let keys: Vec<Key> = "45800".chars().map(Key::Char).collect();
    check("price", Screen::Ask(Question::Price), &keys);
}

#[test]
fn the_eligibility_switches() {
    check(
        "eligibility",
        Screen::Ask(Question::Eligibility),
        &[Key::Down, Key::Char(' ')],
    );
}

#[test]
fn the_review() {
    check("review", Screen::Review, &[Key::Down]);
}

#[test]
fn the_keys_help() {
    check("help", Screen::Start, &[Key::Char('?')]);
}

#[test]
fn the_quit_question() {
    check("quit", Screen::Ask(Question::Carrier), &[Key::Char('q')]);
}

#[test]
fn a_window_too_small_asks_for_more_room() {
    for lang in [Lang::En, Lang::Ja] {
        let m = model(lang, Screen::Start, &[]);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), draw(&m, 60, 20));
    }
}
