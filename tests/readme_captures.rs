//! The screens shown in the README are drawn by today's code: each capture in `assets/` must
//! match a fresh drawing, and the README must show it. `HOSHO_WRITE_CAPTURES=1 cargo test
//! --test readme_captures` writes them again after a deliberate change.

mod common;
use common::{drawn, profile, tables};
use hosho::calendar::Date;
use hosho::i18n::Lang;
use hosho::tui::model::{Key, Model, Msg, Screen, update};
use hosho::tui::questions::Question;
use unicode_width::UnicodeWidthStr;

/// The screen as plain text: wide characters once, trailing spaces dropped.
fn plain(m: &Model, cols: u16, rows: u16) -> String {
    let terminal = drawn(m, cols, rows);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..rows {
        let mut line = String::new();
        let mut x = 0;
        while x < cols {
            let symbol = buf[(x, y)].symbol();
            line.push_str(symbol);
            x += symbol.width().max(1) as u16;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn question(lang: Lang) -> Model {
    let t = tables();
    let mut m = Model::new(lang, Date::parse("2026-11-22").unwrap());
    m.screen = Screen::Ask(Question::Model);
    for k in [Key::Char('1'), Key::Char('5')] {
        update(&mut m, Msg::Key(k), &t);
    }
    m
}

fn results(lang: Lang) -> Model {
    let p = profile(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"),
           damage_incidents_2y: 2, water_incidents_2y: 1, horizon_months: 36, risk: Averse"#,
    );
    Model::with_profile(lang, p, &tables())
}

fn check(name: &str, drawn: String) {
    let path = format!("{}/assets/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("HOSHO_WRITE_CAPTURES").is_some() {
        std::fs::write(&path, &drawn).unwrap();
        return;
    }
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(saved, drawn, "{path} is stale");
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(readme.contains(&drawn), "the README does not show {path}");
}

#[test]
fn the_questionnaire_capture_is_current() {
    check("screen-question-en", plain(&question(Lang::En), 80, 24));
    check("screen-question-ja", plain(&question(Lang::Ja), 80, 24));
}

#[test]
fn the_results_capture_is_current() {
    check("screen-results-en", plain(&results(Lang::En), 100, 34));
    check("screen-results-ja", plain(&results(Lang::Ja), 100, 34));
}
