//! The screens shown in the README are drawn by today's code: each capture in `assets/` must
//! match a fresh drawing, the README must show it, and the command the README gives for the
//! results capture must draw it, run in a pseudo-terminal. `HOSHO_WRITE_CAPTURES=1 cargo test
//! --test suite readme_captures` writes them again after a deliberate change.

use crate::common::{advisor, drawn, plain, tables};
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

/// The answers file the README's results capture opens, as its command gives it.
const RESULTS_FILE: &str = "assets/undecided-iijmio-or-linemo.ron";

/// The advisor on the results for [`RESULTS_FILE`], read as `hosho --answers` reads it: the
/// file's own `today`, so the command draws the same on any day.
fn results(lang: Lang) -> Advisor {
    let t = tables();
    let text = std::fs::read_to_string(RESULTS_FILE).unwrap();
    let answers = hosho::answers::Answers::parse(&text).unwrap();
    let p = answers
        .resolve(&text, &t, hosho::calendar::Date::today_local())
        .unwrap();
    Advisor::with_profile(lang, p, &t)
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
fn the_readme_gives_the_command_that_draws_the_results_capture() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for lang in ["", " --lang ja"] {
        let command = format!("cargo run --release -- --answers {RESULTS_FILE}{lang}");
        assert!(
            readme.contains(&command),
            "the README does not say {command:?}"
        );
    }
}

/// The real binary, opened on [`RESULTS_FILE`] in a 100x34 terminal, draws the capture.
#[test]
fn the_results_capture_is_what_the_command_draws() {
    let file = format!("{}/{RESULTS_FILE}", env!("CARGO_MANIFEST_DIR"));
    for (args, capture) in [
        (vec!["--answers", &file], "screen-results-en"),
        (
            vec!["--answers", &file, "--lang", "ja"],
            "screen-results-ja",
        ),
    ] {
        let path = format!("{}/assets/{capture}.txt", env!("CARGO_MANIFEST_DIR"));
        let saved = std::fs::read_to_string(&path).unwrap();
        let mut s = crate::common::pty::Session::spawn(&args, &[("LANG", "en_US.UTF-8")], 100, 34);
        let last = saved.lines().rfind(|l| !l.is_empty()).unwrap().trim_end();
        s.wait_for(last);
        let screen: Vec<String> = s
            .screen()
            .lines()
            .map(|l| l.trim_end().to_string())
            .collect();
        let want: Vec<&str> = saved.lines().collect();
        assert_eq!(
            screen.join("\n").trim_end(),
            want.join("\n").trim_end(),
            "{capture}"
        );
        s.send(crate::common::pty::CTRL_C);
        s.wait_exit();
    }
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
/// split at a line `…`), a run of lines of what `hosho advise` prints for the persona: the
/// report up to the line `until`, then from the line `from` on. `HOSHO_WRITE_CAPTURES=1`
/// writes the block again.
fn excerpt_is_current(
    heading: &str,
    persona: &str,
    (format, lang): (&str, &str),
    (until, from): (&str, &str),
) {
    let path = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(&path).unwrap();
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
    if std::env::var_os("HOSHO_WRITE_CAPTURES").is_some() {
        let cut = |line: &str| report.find(&format!("\n{line}\n")).expect(line);
        let (head, tail) = (&report[..cut(until)], &report[cut(from) + 1..]);
        let fresh = format!("{}\n…\n{}", head.trim_end(), tail.trim_end());
        std::fs::write(&path, readme.replacen(block, &fresh, 1)).unwrap();
        return;
    }
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
        ("text", "en"),
        ("Options", "Sources"),
    );
    excerpt_is_current(
        "## 例（日本語、Markdown、`assets/expensive-iphone-dropper.ron`）",
        "assets/expensive-iphone-dropper.ron",
        ("markdown", "ja"),
        ("## 選択肢", "## 出典"),
    );
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(readme.contains("（出典：[1]）") && readme.contains("(see [5])"));
    assert!(
        !readme.contains("出典：seed_"),
        "no source id in the excerpts"
    );
}
