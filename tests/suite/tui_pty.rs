//! The real binary in a pseudo-terminal: a whole questionnaire to the verdict in both
//! languages, a resize half-way, the what-if keys, and Ctrl-C leaving the terminal as it was.

use crate::common::pty::{CTRL_C, DOWN, ENTER, ESC, LEFT, RIGHT, Session, TAB};
use std::process::Command;

/// The words a run waits for, in one language.
struct Lang {
    env: &'static str,
    start: &'static str,
    /// The progress line of question n is this followed by n.
    progress: &'static str,
    review: &'static str,
    keys_results: &'static str,
    why: &'static str,
    details: &'static str,
    /// Words of the question on phones lost or stolen.
    lost: &'static str,
}

const EN: Lang = Lang {
    env: "en_US.UTF-8",
    start: "Press Enter to start.",
    progress: "Question ",
    review: "Your answers",
    keys_results: "+/- breakage rate",
    why: "Why",
    details: "[by 20",
    lost: "lose, or have stolen",
};

const JA: Lang = Lang {
    env: "ja_JP.UTF-8",
    start: "Enter キーで始めます。",
    progress: "質問 ",
    review: "回答の確認",
    keys_results: "+/- 破損率",
    why: "理由",
    details: "[期限：20",
    lost: "紛失や盗難",
};

/// The same answers as a file, for `hosho advise`.
const ANSWERS: &str = r#"(carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"),
  damage_incidents_2y: 2, water_incidents_2y: 0, lost_or_stolen_2y: 1, protection: Case,
  horizon_months: 24,
  risk: Neutral)"#;

/// The start of the verdict `hosho advise` gives for [`ANSWERS`], in a language.
fn expected_verdict(lang: &Lang) -> String {
    use std::io::Write;
    // The answers on stdin: tests running at once share no file.
    let mut child = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(["advise", "--format", "json", "--answers", "-"])
        .env("LANG", lang.env)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ANSWERS.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    headline.chars().take(24).collect()
}

/// Waits for question `n` of the questionnaire.
fn at(s: &Session, lang: &Lang, n: usize) {
    s.wait_for(&format!("{}{n}", lang.progress));
}

/// Answers every question with keys, as a person would, from the start screen.
fn answer_everything(s: &mut Session, lang: &Lang, resize_at_model: bool) {
    s.wait_for(lang.start);
    s.send(ENTER);
    at(s, lang, 1);
    s.send("1"); // IIJmio
    s.send(ENTER);
    at(s, lang, 2);
    s.send(ENTER); // already have it
    at(s, lang, 3);
    s.send(ENTER); // iPhone
    at(s, lang, 4);
    if resize_at_model {
        s.resize(80, 24);
        s.wait_for("Not listed");
        s.resize(60, 20);
        s.wait_for(if lang.env.starts_with("ja") {
            "ウィンドウを"
        } else {
            "Please make the window"
        });
        s.resize(120, 40);
        s.wait_for("iPhone 13 Pro Max");
    }
    s.send("15 pro");
    s.wait_for("iPhone 15 Pro Max");
    s.send(ENTER);
    at(s, lang, 5);
    s.send(DOWN); // the day of purchase: I don't know
    s.send(ENTER);
    at(s, lang, 6);
    s.send("\x7f2"); // damage: 2 instead of 0
    s.send(ENTER);
    at(s, lang, 7);
    s.send(ENTER); // water: none
    at(s, lang, 8);
    s.wait_for(lang.lost);
    s.send("\x7f1"); // lost or stolen: 1 instead of 0
    s.send(ENTER);
    for n in 9..=14 {
        at(s, lang, n);
        s.send(ENTER);
    }
    s.wait_for(lang.review);
    s.wait_for("iPhone 15 Pro");
    // Enter on the review goes on to the advice.
    s.send(ENTER);
    s.wait_for(lang.keys_results);
}

fn full_questionnaire(lang: &Lang) {
    let mut s = Session::spawn(&[], &[("LANG", lang.env)], 100, 30);
    answer_everything(&mut s, lang, false);
    s.wait_for(&expected_verdict(lang));
    // The details: reasons first, then the next steps further down.
    s.send(TAB);
    s.wait_for(lang.why);
    // Scroll down a line at a time until the dated steps come into view.
    for _ in 0..60 {
        if s.screen().contains(lang.details) {
            break;
        }
        s.send(DOWN);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    s.wait_for(lang.details);
    s.send("q");
    s.send("y");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn every_question_answered_with_keys_leads_to_the_verdict_in_english() {
    full_questionnaire(&EN);
}

#[test]
fn every_question_answered_with_keys_leads_to_the_verdict_in_japanese() {
    full_questionnaire(&JA);
}

#[test]
fn resizing_half_way_keeps_the_answers_and_the_screen_whole() {
    let mut s = Session::spawn(&[], &[], 100, 30);
    answer_everything(&mut s, &EN, true);
    s.wait_for(&expected_verdict(&EN));
    // Smaller again on the results, then back.
    s.resize(80, 24);
    s.wait_for("Option");
    assert!(s.running());
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn ctrl_c_quits_and_leaves_raw_mode_and_the_alternate_screen() {
    let mut s = Session::spawn(&[], &[], 100, 30);
    std::thread::sleep(std::time::Duration::from_millis(50));
    s.wait_for(EN.start);
    let before = {
        // The modes hosho found are those of a fresh pty; read them from a second one.
        let fresh = Session::spawn(&["--version"], &[], 80, 24);
        fresh.modes()
    };
    assert!(
        s.alternate_screen(),
        "the advisor draws on the alternate screen"
    );
    assert_ne!(s.modes(), before, "raw mode is on while the advisor runs");
    s.send(ENTER);
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
    assert!(!s.alternate_screen(), "the alternate screen was left");
    assert_eq!(s.modes(), before, "the terminal modes were restored");
}

#[test]
fn answers_from_a_file_open_on_the_results_and_what_ifs_move_them() {
    let file = std::env::temp_dir().join(format!("hosho-pty-answers-{}.ron", std::process::id()));
    std::fs::write(&file, ANSWERS).unwrap();
    let path = file.to_str().unwrap().to_string();
    let mut s = Session::spawn(&["--answers", &path], &[], 120, 40);
    s.wait_for(&expected_verdict(&EN));
    s.wait_for("over 24 months");
    s.send(">");
    s.send(">");
    s.wait_for("over 36 months");
    // → opens the selected option's breakdown; ← closes it.
    s.send(RIGHT);
    s.wait_for("the breakdown");
    s.send(LEFT);
    // The chart again, its legend naming each option by its line.
    s.wait_for("━ No plan");
    s.send("+");
    s.wait_for("What-if");
    s.send("0");
    s.wait_for("over 24 months");
    // Back to the answers, and forward again.
    s.send(ESC);
    s.wait_for(EN.review);
    s.send(DOWN);
    s.send("r");
    s.wait_for(EN.keys_results);
    s.send(ESC);
    s.wait_for(EN.review);
    s.send(ENTER);
    s.wait_for(EN.keys_results);
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
    let _ = std::fs::remove_file(&file);
}

#[test]
fn a_bad_answers_file_is_refused_before_the_screen_opens() {
    let file = std::env::temp_dir().join(format!("hosho-pty-bad-{}.ron", std::process::id()));
    std::fs::write(&file, ANSWERS.replace("Iijmio", "Docomo")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .arg("--answers")
        .arg(&file)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    // The carrier is named by its label, with the carriers the tables know.
    assert!(
        err.contains(":1:2: Carrier:") && err.contains("\"Docomo\"") && err.contains("Mineo"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn japanese_input_finds_the_model_and_replaces_answers_given() {
    let mut s = Session::spawn(&[], &[("LANG", JA.env)], 100, 30);
    s.wait_for(JA.start);
    s.send(ENTER);
    at(&s, &JA, 1);
    s.send(ENTER); // not decided yet
    at(&s, &JA, 2);
    s.send(ENTER); // already have it
    at(&s, &JA, 3);
    s.send("２"); // Android, with a full-width digit
    s.send(ENTER);
    at(&s, &JA, 4);
    // A brand in katakana and the words apart: as an input method would send them.
    s.send("ピクセル　９");
    s.wait_for("> Google Pixel 9");
    s.send(ENTER);
    at(&s, &JA, 5);
    s.send("２０２６年１１月１日"); // the day of purchase, as written in Japanese
    s.send(ENTER);
    for n in 6..=7 {
        at(&s, &JA, n);
        s.send(ENTER);
    }
    at(&s, &JA, 8);
    s.send("１"); // a phone lost or stolen, typed full-width: replaces the 0 shown
    s.send(ENTER);
    at(&s, &JA, 9);
    s.send(ENTER);
    at(&s, &JA, 10);
    s.send("２０２７年３月"); // the other warranty, as written in Japanese
    s.send(ENTER);
    at(&s, &JA, 11);
    s.wait_for("> 24");
    s.send("36"); // replaces the 24 shown
    s.wait_for("> 36");
    s.send(ENTER);
    for n in 12..=14 {
        at(&s, &JA, n);
        s.send(ENTER);
    }
    s.wait_for(JA.review);
    s.wait_for("機種：Google Pixel 9");
    s.wait_for("2026年11月1日");
    s.wait_for("2027年3月");
    s.wait_for("あと何か月使うか：36");
    s.wait_for("2年間の紛失・盗難：1");
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_day_of_purchase_that_cannot_be_is_refused_where_it_is_typed() {
    for (lang, future, early) in [
        (
            &EN,
            "the day of purchase is after today",
            "before the model came out",
        ),
        (&JA, "購入日が今日より後", "機種の発売（2023年9月）より前"),
    ] {
        let mut s = Session::spawn(&[], &[("LANG", lang.env)], 100, 30);
        s.wait_for(lang.start);
        s.send(ENTER);
        at(&s, lang, 1);
        s.send("1"); // IIJmio
        s.send(ENTER);
        at(&s, lang, 2);
        s.send(ENTER); // already have it
        at(&s, lang, 3);
        s.send(ENTER); // iPhone
        at(&s, lang, 4);
        s.send("15 pro");
        s.wait_for("iPhone 15 Pro Max");
        s.send(ENTER);
        at(&s, lang, 5);
        // A day in the future stays on its question, said at once.
        s.send("2099-12-31");
        s.send(ENTER);
        s.wait_for(future);
        at(&s, lang, 5);
        // A day before the release (September 2023) too.
        s.send(&"\x7f".repeat(12));
        s.send("2023-08-01");
        s.send(ENTER);
        s.wait_for(early);
        // A day that can be goes on.
        s.send(&"\x7f".repeat(12));
        s.send("2023-10-01");
        s.send(ENTER);
        at(&s, lang, 6);
        s.send(CTRL_C);
        s.wait_exit();
    }
}

#[test]
fn a_model_is_found_as_people_type_it_in_kana_romaji_or_with_a_typo() {
    for (os, typed, found) in [
        ("2", "ぐーぐる ぴくせる9", "Google Pixel 9"),
        ("1", "aifon 15 pro", "iPhone 15 Pro"),
        ("1", "アイホン16e", "iPhone 16e"),
        ("1", "iphoen 15 pro", "iPhone 15 Pro"),
    ] {
        let mut s = Session::spawn(&[], &[("LANG", JA.env)], 100, 30);
        s.wait_for(JA.start);
        s.send(ENTER);
        at(&s, &JA, 1);
        s.send("1"); // IIJmio
        s.send(ENTER);
        at(&s, &JA, 2);
        s.send(ENTER); // already have it
        at(&s, &JA, 3);
        s.send(os);
        s.send(ENTER);
        at(&s, &JA, 4);
        s.send(typed);
        s.wait_for(&format!("> {found}"));
        s.send(ENTER);
        at(&s, &JA, 5);
        s.send(CTRL_C);
        s.wait_exit();
    }
}

#[test]
fn s_saves_the_report_and_the_answers_which_open_again() {
    let dir = std::env::temp_dir().join(format!("hosho-pty-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("given.ron");
    std::fs::write(&file, ANSWERS).unwrap();
    let mut s = Session::spawn_in(&dir, &["--answers", "given.ron"], 120, 40);
    s.wait_for(&expected_verdict(&EN));
    s.send(">");
    s.wait_for("over 30 months");
    s.send("s");
    s.wait_for("opens them again");
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
    let mut saved: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("hosho-"))
        .collect();
    saved.sort();
    assert_eq!(saved.len(), 2, "{saved:?}");
    assert!(
        saved[0].ends_with(".md") && saved[1].ends_with(".ron"),
        "{saved:?}"
    );
    let report = std::fs::read_to_string(dir.join(&saved[0])).unwrap();
    assert!(report.contains("## Your answers") && report.contains("for 30 months"));
    // The answers open again, on the same verdict.
    let mut s = Session::spawn_in(&dir, &["--answers", &saved[1]], 120, 40);
    s.wait_for(&expected_verdict(&EN));
    s.send(ESC);
    s.wait_for(EN.review);
    s.wait_for("iPhone 15 Pro");
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// True when no character on `screen` is one that terminals draw at two widths.
fn all_narrow(screen: &str) -> bool {
    !screen.chars().any(hosho::tui::glyphs::ambiguous)
}

#[test]
fn the_linux_console_gets_ascii_frames_and_the_summary_instead_of_a_qr_code() {
    let file = std::env::temp_dir().join(format!("hosho-pty-ascii-{}.ron", std::process::id()));
    std::fs::write(&file, ANSWERS).unwrap();
    let path = file.to_str().unwrap().to_string();
    // TERM=linux turns it on; --ascii asks for it anywhere.
    for (args, env, lang) in [
        (vec!["--answers", &path], vec![("TERM", "linux")], &EN),
        (
            vec!["--ascii", "--answers", &path],
            vec![("LANG", JA.env)],
            &JA,
        ),
    ] {
        let mut s = Session::spawn(&args, &env, 120, 40);
        s.wait_for(&expected_verdict(lang));
        s.wait_for(lang.keys_results);
        let screen = s.screen();
        assert!(all_narrow(&screen), "{screen}");
        assert!(
            screen.contains("--------") && screen.contains('|'),
            "{screen}"
        );
        s.send(ESC);
        s.wait_for(lang.review);
        assert!(all_narrow(&s.screen()), "{}", s.screen());
        s.send(CTRL_C);
        assert_eq!(s.wait_exit(), 0);
    }
    // The counter's take-away page: the summary in words.
    let mut s = Session::spawn(
        &["--counter", "--answers", &path],
        &[("TERM", "linux")],
        120,
        40,
    );
    s.wait_for("Press c for the summary");
    s.send("c");
    s.wait_for("draws ASCII only");
    s.wait_for("hosho: join IIJmio");
    assert!(all_narrow(&s.screen()), "{}", s.screen());
    s.send(CTRL_C);
    assert_eq!(s.wait_exit(), 0);
    let _ = std::fs::remove_file(&file);
}

#[test]
fn a_shopper_reaches_the_verdict_in_twenty_keys_or_fewer() {
    for lang in [&EN, &JA] {
        let mut s = Session::spawn(&[], &[("LANG", lang.env)], 100, 30);
        let mut n = 0;
        let mut press = |s: &mut Session, keys: &str| {
            n += keys.chars().count();
            s.send(keys);
        };
        s.wait_for(lang.start);
        press(&mut s, ENTER);
        at(&s, lang, 1);
        press(&mut s, "1"); // IIJmio
        press(&mut s, ENTER);
        at(&s, lang, 2);
        press(&mut s, ENTER); // already have it
        at(&s, lang, 3);
        press(&mut s, ENTER); // iPhone
        at(&s, lang, 4);
        press(&mut s, "15 pro");
        s.wait_for("iPhone 15 Pro Max");
        press(&mut s, ENTER);
        at(&s, lang, 5);
        press(&mut s, DOWN); // the day of purchase: I don't know
        press(&mut s, ENTER);
        at(&s, lang, 6);
        press(&mut s, "2"); // broken twice (typed over the 0)
        press(&mut s, "r"); // the rest as they are
        s.wait_for(lang.keys_results);
        s.wait_for(&expected_verdict(lang));
        assert!(n <= 20, "{n} keys");
        s.send(CTRL_C);
        assert_eq!(s.wait_exit(), 0);
    }
}

#[test]
fn colour_as_the_flag_and_the_environment_say() {
    let file = std::env::temp_dir().join(format!("hosho-pty-colour-{}.ron", std::process::id()));
    std::fs::write(&file, ANSWERS).unwrap();
    let path = file.to_str().unwrap().to_string();
    // Extra arguments, environment, colour expected.
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], bool);
    let cases: [Case; 7] = [
        (&[], &[], true),
        (&[], &[("NO_COLOR", "1")], false),
        (&[], &[("CLICOLOR", "0")], false),
        (&[], &[("CLICOLOR", "0"), ("CLICOLOR_FORCE", "1")], true),
        (&["--color", "never"], &[], false),
        (&["--color", "always"], &[("NO_COLOR", "1")], true),
        (&["--color", "auto"], &[("NO_COLOR", "1")], false),
    ];
    for (extra, env, colour) in cases {
        let mut args = vec!["--answers", path.as_str()];
        args.extend_from_slice(extra);
        let mut s = Session::spawn(&args, env, 100, 30);
        s.wait_for(&expected_verdict(&EN));
        s.wait_for(EN.keys_results);
        assert_eq!(s.coloured(), colour, "{extra:?} {env:?}");
        s.send(CTRL_C);
        assert_eq!(s.wait_exit(), 0);
    }
    let _ = std::fs::remove_file(&file);
}
