//! The screens shown in the README are drawn by today's code: each capture in `assets/` must
//! match a fresh drawing, and the README must show it. `HOSHO_WRITE_CAPTURES=1 cargo test
//! --test suite readme_captures` writes them again after a deliberate change.

use crate::common::{advisor, drawn, plain, profile, tables};
use hosho::form::Question;
use hosho::lang::Lang;
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

/// The report excerpts: each block the README shows under `heading` is, part by part (parts
/// split at a line `…`), a run of lines of what `hosho advise` prints for the persona.
fn excerpt_is_current(heading: &str, persona: &str, format: &str, lang: &str) {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let after = readme
        .split_once(heading)
        .unwrap_or_else(|| panic!("the README has no {heading:?}"))
        .1;
    let block = after
        .split_once("```")
        .and_then(|(_, rest)| rest.split_once('\n'))
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .map(|(block, _)| block)
        .expect("a fenced block follows the heading");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args([
            "advise",
            "--answers",
            persona,
            "--format",
            format,
            "--lang",
            lang,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    let parts: Vec<&str> = block.split("\n…\n").collect();
    assert!(parts.len() > 1, "the excerpt shows the sources after a `…`");
    for part in parts {
        assert!(
            report.contains(part),
            "the README's excerpt under {heading:?} is stale:\n{part}\n--- today:\n{report}"
        );
    }
}

#[test]
fn the_report_excerpts_are_current_and_cite_numbered_sources() {
    excerpt_is_current(
        "## Example (English, `assets/cheap-android-in-case.ron`)",
        "assets/cheap-android-in-case.ron",
        "text",
        "en",
    );
    excerpt_is_current(
        "## 例（日本語、Markdown、`assets/expensive-iphone-dropper.ron`）",
        "assets/expensive-iphone-dropper.ron",
        "markdown",
        "ja",
    );
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(readme.contains("（出典：[1]）") && readme.contains("(see [4])"));
    assert!(
        !readme.contains("出典：seed_"),
        "no source id in the excerpts"
    );
}
