//! The screens shown in the README are drawn by today's code: each capture in `assets/` must
//! match a fresh drawing, and the README must show it. `HOSHO_WRITE_CAPTURES=1 cargo test
//! --test readme_captures` writes them again after a deliberate change.

mod common;
use common::{advisor, drawn, plain, profile, tables};
use hosho::form::Question;
use hosho::i18n::Lang;
use hosho::tui::advisor::{Advisor, Screen};
use hosho::tui::app::{Key, Msg};

fn question(lang: Lang) -> Advisor {
    let t = tables();
    let mut m = advisor(lang);
    m.screen = Screen::Ask(Question::Model);
    for k in [Key::Char('1'), Key::Char('5')] {
        m.update(Msg::Key(k), &t);
    }
    m
}

fn results(lang: Lang) -> Advisor {
    let p = profile(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"),
           damage_incidents_2y: 2, water_incidents_2y: 1, horizon_months: 36, risk: Averse"#,
    );
    Advisor::with_profile(lang, p, &tables())
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
    check(
        "screen-question-en",
        plain(&drawn(&question(Lang::En), 80, 24)),
    );
    check(
        "screen-question-ja",
        plain(&drawn(&question(Lang::Ja), 80, 24)),
    );
}

#[test]
fn the_results_capture_is_current() {
    check(
        "screen-results-en",
        plain(&drawn(&results(Lang::En), 100, 34)),
    );
    check(
        "screen-results-ja",
        plain(&drawn(&results(Lang::Ja), 100, 34)),
    );
}
