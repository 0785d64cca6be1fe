//! The kiosk as the real binary in a pseudo-terminal: escape keys do nothing, the idle reset
//! brings back the attract screen and a fresh start, and only the admin chord with the right
//! PIN leaves. The config's PIN hash is made by `hosho kiosk-pin`, as a shop would.

use crate::common;
use crate::common::pty::{CTRL_C, ENTER, ESC, Session};
use std::io::Write;
use std::process::{Command, Stdio};

const CTRL_BACKSLASH: &str = "\x1c";
const CTRL_Z: &str = "\x1a";
const CTRL_D: &str = "\x04";
/// Ctrl-Alt-A, as a terminal sends it.
const ADMIN: &str = "\x1b\x01";

/// A kiosk config with the PIN 24681357, written where the test can pass it.
fn config(name: &str) -> String {
    let mut tool = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .arg("kiosk-pin")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    tool.stdin.take().unwrap().write_all(b"24681357\n").unwrap();
    let out = tool.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("pin_hash: \"$argon2id$v=19$") && !line.contains("24681357"));
    let path = std::env::temp_dir().join(format!("hosho-kiosk-{name}-{}.ron", std::process::id()));
    std::fs::write(&path, format!("(\n  {line}  idle_reset_seconds: 60,\n)\n")).unwrap();
    let check = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(["validate", "--kiosk-config"])
        .arg(&path)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    path.to_str().unwrap().to_string()
}

fn kiosk(name: &str, idle: &str) -> Session {
    let path = config(name);
    Session::spawn(
        &["--kiosk", "--config", &path, "--idle-reset-seconds", idle],
        &[],
        100,
        30,
    )
}

const ATTRACT: &str = "Press any key to start";

#[test]
fn escape_keys_leave_the_kiosk_running_and_on_screen() {
    let mut s = kiosk("escape", "60");
    s.wait_for(ATTRACT);
    // Outside raw mode (starting, stopping) the same keys arrive as signals.
    for signal in ["INT", "QUIT", "TSTP"] {
        s.signal(signal);
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(s.running(), "SIG{signal} ended the kiosk");
    }
    for key in [CTRL_C, CTRL_Z, CTRL_BACKSLASH, CTRL_D, "q", ESC] {
        s.send(key);
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(s.running(), "{key:?} ended the kiosk");
        assert!(s.alternate_screen(), "{key:?} left the screen");
    }
    // Any key on the attract screen starts a session rather than leave: the first question.
    s.wait_for("Question 1 of");
    for key in [CTRL_C, CTRL_Z, CTRL_BACKSLASH, CTRL_D, "q", ESC, ESC] {
        s.send(key);
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(s.running(), "{key:?} ended the kiosk");
    }
    s.wait_for("hosho");
    assert!(!s.screen().contains("Quit hosho?"));
}

#[test]
fn idle_reset_brings_back_the_attract_screen_and_a_fresh_start() {
    let mut s = kiosk("idle", "2");
    s.wait_for(ATTRACT);
    s.send(ENTER);
    s.wait_for("Question 1 of");
    s.send("1"); // IIJmio
    s.send(ENTER);
    s.wait_for("Question 2 of");
    s.wait_for("starting over in");
    s.wait_for(ATTRACT);
    // The next person starts from the defaults: the carrier is not chosen yet.
    s.send(ENTER);
    s.wait_for("Question 1 of");
    s.wait_for("> 11. Not decided yet");
    assert!(s.running());
}

#[test]
fn only_the_admin_chord_with_the_right_pin_leaves() {
    let mut s = kiosk("admin", "60");
    s.wait_for(ATTRACT);
    s.send(ADMIN);
    s.wait_for("Admin PIN");
    s.send("11111111");
    s.send(ENTER);
    s.wait_for("Wrong PIN. The PIN can be tried again in 2 s.");
    assert!(s.running());
    // The box stays open: the right PIN typed during the wait is dropped, never shown.
    s.send("24681357");
    s.send(ENTER);
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(s.running(), "no PIN is taken during the wait");
    assert!(!s.screen().contains('*'), "{}", s.screen());
    // Once the wait is over the box takes the PIN.
    s.wait_for("Wrong PIN. Admin PIN");
    s.send("24681357");
    s.wait_for("********");
    s.send(ENTER);
    assert_eq!(s.wait_exit(), u32::from(hosho::operator::ADMIN_EXIT));
    assert!(!s.alternate_screen(), "the screen was restored");
}

/// From the attract screen to the model search, as a customer gets there: IIJmio, then the
/// defaults.
fn to_the_model_search(s: &mut Session) {
    s.wait_for(ATTRACT);
    s.send(ENTER);
    s.wait_for("Question 1 of");
    s.send("1"); // IIJmio
    for _ in 0..3 {
        s.send(ENTER);
    }
    s.wait_for("Search:");
}

#[test]
fn a_pin_typed_during_a_wait_never_lands_in_the_customers_field() {
    // The chord pressed again during the wait used to close the box, and the PIN typed next
    // landed in the customer's search field, in clear.
    let mut s = kiosk("leak", "60");
    to_the_model_search(&mut s);
    let search = |s: &Session| {
        s.screen()
            .lines()
            .find(|l| l.contains("Search:"))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let before = search(&s);
    s.send(ADMIN);
    s.wait_for("Admin PIN");
    s.send("11111111");
    s.send(ENTER);
    s.wait_for("Wrong PIN. The PIN can be tried again in");
    s.send(ESC);
    s.send(ADMIN);
    s.wait_for("Wrong PIN. The PIN can be tried again in");
    s.send("24680135");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let screen = s.screen();
    assert!(!screen.contains("0135"), "{screen}");
    s.send(ESC);
    s.wait_for("Search:");
    assert_eq!(
        search(&s),
        before,
        "nothing typed for the PIN reached the field"
    );
    assert!(!s.screen().contains("0135"), "{}", s.screen());
}

#[test]
fn a_restarted_kiosk_keeps_its_lock_and_one_without_a_state_directory_does_not_start() {
    // A lock kept from before the restart: five wrong PINs a minute ago.
    let state = common::pty::fresh_state_dir();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let misses: Vec<u64> = (0..5).map(|i| now - 60 + i).collect();
    std::fs::write(
        state.join("pin-guard.json"),
        format!(r#"{{"misses":{misses:?},"wait_until":{}}}"#, now + 840),
    )
    .unwrap();
    let path = config("restart");
    let dir = state.display().to_string();
    let mut s = Session::spawn(
        &["--kiosk", "--config", &path],
        &[("STATE_DIRECTORY", &dir)],
        100,
        30,
    );
    s.wait_for(ATTRACT);
    s.send(ADMIN);
    s.wait_for("Too many wrong PINs. PIN entry is locked for 14 min.");
    s.send("24681357");
    s.send(ENTER);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(s.running(), "the right PIN is not taken during the lock");
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
    // A state directory that does not exist: the kiosk refuses to start, and says why.
    let missing = state.join("nowhere").display().to_string();
    let mut s = Session::spawn(
        &["--kiosk", "--config", &path],
        &[("STATE_DIRECTORY", &missing)],
        100,
        30,
    );
    assert_eq!(s.wait_exit(), 2);
    assert!(s.screen().contains("does not exist"), "{}", s.screen());
}

#[test]
fn a_customer_finishes_with_f_and_a_yes_and_the_next_one_starts_afresh() {
    let mut s = kiosk("finish", "60");
    to_the_model_search(&mut s);
    s.send("iPhone 15");
    s.send(ENTER);
    // The day of purchase, typed as a customer would.
    s.wait_for("When did you buy this phone?");
    s.send("2026-11-01");
    s.send(ENTER);
    for _ in 0..12 {
        s.send(ENTER);
        if s.screen().contains("See the advice") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    s.wait_for("Your answers");
    s.send(ENTER);
    s.wait_for("f finish");
    // Enter on the results opens a breakdown; it does not wipe.
    s.send(ENTER);
    s.wait_for("the breakdown");
    s.send(ESC);
    s.send("\t");
    s.send("\t");
    s.wait_for("Scan to take this summary");
    s.send("f");
    s.wait_for("Finish and clear every answer?");
    s.send("y");
    s.wait_for(ATTRACT);
    assert!(s.running());
}

#[test]
fn a_bad_kiosk_config_is_placed_by_line_and_column() {
    let path = std::env::temp_dir().join(format!("hosho-kiosk-bad-{}.ron", std::process::id()));
    std::fs::write(&path, "(\n  pin_hash: \"1234\",\n)\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(["validate", "--kiosk-config"])
        .arg(&path)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(":2:3: Admin PIN hash:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn the_journal_says_what_an_operator_needs_and_nothing_of_the_customer() {
    let log = std::env::temp_dir().join(format!("hosho-kiosk-log-{}.txt", std::process::id()));
    let path = config("journal");
    let mut s = Session::spawn_logging(
        &["--kiosk", "--config", &path, "--idle-reset-seconds", "5"],
        &[],
        100,
        30,
        Some(&log),
    );
    s.wait_for(ATTRACT);
    // A customer who starts, answers and walks away.
    s.send(ENTER);
    s.wait_for("Question 1 of");
    s.send("1");
    s.send(ENTER);
    s.wait_for(ATTRACT);
    // A wrong PIN, then the right one.
    s.send(ADMIN);
    s.wait_for("Admin PIN");
    s.send("11111111");
    s.send(ENTER);
    s.wait_for("Wrong PIN. Admin PIN");
    s.send("24681357");
    s.send(ENTER);
    assert_eq!(s.wait_exit(), u32::from(hosho::operator::ADMIN_EXIT));
    let journal = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = journal.lines().collect();
    assert!(lines[0].starts_with("hosho kiosk "), "{journal}");
    assert!(
        lines[0].contains("tables as of") && lines[0].contains(&path),
        "{journal}"
    );
    assert!(lines[0].contains("pin-guard.json"), "{journal}");
    for said in [
        "Idle: the answers were wiped",
        "A wrong admin PIN (1 in the last 24 hours); the next is taken in 2 s.",
        "The admin left the kiosk with the PIN.",
    ] {
        assert!(journal.contains(said), "{said:?} in:\n{journal}");
    }
    // Never a PIN's digits, nor an answer.
    assert!(
        !journal.contains("11111111") && !journal.contains("24681357"),
        "{journal}"
    );
    assert!(!journal.contains("IIJmio"), "{journal}");
    let _ = std::fs::remove_file(&log);
}

/// A bundle of the built-in tables in `out`, with one more iPhone, `extra`, in its catalog.
fn bundle(src_root: &std::path::Path, out: &std::path::Path, extra: &str) {
    let src = src_root.join(format!("src-{extra}"));
    std::fs::create_dir_all(&src).unwrap();
    for f in hosho::tables::FILES {
        std::fs::copy(format!("data/{f}"), src.join(f)).unwrap();
    }
    let devices = std::fs::read_to_string("data/devices.ron").unwrap();
    let end = devices
        .rfind("    ],\n    // Brand names")
        .expect("the devices list ends");
    let line = format!(
        "        (name: \"{extra}\", aliases: [], os: Ios, released: \"2024-09\", price_yen: Some(100000), src: \"android_launch\", as_of: \"2024-09\"),\n"
    );
    std::fs::write(
        src.join("devices.ron"),
        format!("{}{line}{}", &devices[..end], &devices[end..]),
    )
    .unwrap();
    let made = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(["tables", "bundle"])
        .arg(&src)
        .arg(out)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
}

/// Polls the journal until it holds `text`, or fails with it.
fn journal_says(log: &std::path::Path, text: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let journal = std::fs::read_to_string(log).unwrap_or_default();
        if journal.contains(text) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{text:?} never in:\n{journal}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_new_bundle_is_taken_between_customers_and_a_bad_one_refused() {
    let root = std::env::temp_dir().join(format!("hosho-kiosk-bundles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let current = root.join("current");
    bundle(&root, &current, "Firstphone 1");
    bundle(&root, &root.join("next"), "Reloadphone 1");
    let log = root.join("journal.txt");
    let path = config("bundles");
    let data = current.to_str().unwrap().to_string();
    let mut s = Session::spawn_logging(
        &[
            "--kiosk",
            "--config",
            &path,
            "--idle-reset-seconds",
            "2",
            "--data",
            &data,
        ],
        &[],
        100,
        30,
        Some(&log),
    );
    s.wait_for(ATTRACT);
    // A customer is being served when the new bundle arrives and is asked for.
    s.send(ENTER);
    s.wait_for("Question 1 of");
    std::fs::rename(&current, root.join("old")).unwrap();
    std::fs::rename(root.join("next"), &current).unwrap();
    s.signal("USR1");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let journal = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        !journal.contains("New tables taken"),
        "mid-session:\n{journal}"
    );
    // Left idle, the customer's session ends; the new tables come in before the next one.
    s.wait_for(ATTRACT);
    journal_says(&log, "New tables taken between customers");
    s.send(ENTER);
    s.wait_for("Question 1 of");
    for _ in 0..3 {
        s.send(ENTER);
    }
    s.wait_for("Question 4 of");
    s.send("reloadphone");
    s.wait_for("Reloadphone 1");
    // A bundle changed after it was written is refused; the kiosk goes on with what it had.
    let plans = current.join("plans.ron");
    let text = std::fs::read_to_string(&plans).unwrap();
    std::fs::write(&plans, format!("{text}\n// changed\n")).unwrap();
    s.wait_for(ATTRACT);
    s.signal("USR1");
    journal_says(&log, "New tables refused");
    journal_says(&log, "does not match the manifest's SHA-256");
    s.send(ENTER);
    s.wait_for("Question 1 of");
    s.send(ADMIN);
    s.wait_for("Admin PIN");
    s.send("24681357");
    s.send(ENTER);
    assert_eq!(s.wait_exit(), u32::from(hosho::operator::ADMIN_EXIT));
    let _ = std::fs::remove_dir_all(&root);
}
