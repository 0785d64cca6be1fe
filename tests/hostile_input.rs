//! Hostile input and hostile output for the commands: escapes that would act on the terminal,
//! files too big to read, bytes that are not UTF-8, a byte-order mark, and an output that
//! cannot be written. Each one is the real binary as a shop system or an attacker runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn hosho(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hosho runs");
    let mut input = child.stdin.take().unwrap();
    // A reader that stops early closes the pipe: that is not this test's failure.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn answers(model: &str) -> String {
    format!(
        "(today: Some(\"2026-11-22\"), carrier: Iijmio, device_source: BringOwn, os: Ios,\n \
         model: Some(\"{model}\"), damage_incidents_2y: 1, water_incidents_2y: 0,\n \
         protection: Case, horizon_months: 24, risk: Neutral)"
    )
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// No byte a terminal acts on: ESC, BEL, or any other C0 control but the line break.
fn inert(text: &str) -> bool {
    !text.chars().any(|c| c != '\n' && c.is_control())
}

#[test]
fn escapes_in_an_answer_are_shown_not_obeyed() {
    // A window title, a clear screen and a clipboard write (OSC 52), written as RON escapes
    // and as raw bytes.
    for model in [
        "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{1b}]52;c;cHduZWQ=\\u{7}",
        "\u{1b}]0;pwned\u{7}\u{1b}[2J",
    ] {
        for lang in ["en", "ja"] {
            let out = hosho(
                &["advise", "--answers", "-", "--lang", lang],
                answers(model).as_bytes(),
            );
            assert_eq!(out.status.code(), Some(2));
            let err = stderr(&out);
            assert!(inert(&err), "{err:?}");
            assert!(err.contains("\\u{1b}]0;pwned"), "{err}");
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn a_long_value_is_cut_in_the_message() {
    let out = hosho(
        &["advise", "--answers", "-"],
        answers(&"x".repeat(500_000)).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.len() < 1_000, "{} bytes", err.len());
    assert!(err.contains("xxx…"), "{err}");
}

#[test]
fn an_endless_or_huge_file_is_refused_by_name() {
    let out = hosho(&["advise", "--answers", "/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("/dev/zero") && err.contains("1 MB"), "{err}");
    let big = format!("{}{}", " ".repeat(2 << 20), answers("iPhone 15"));
    let out = hosho(
        &["advise", "--answers", "-", "--lang", "ja"],
        big.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("1 MBを超えています"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bytes_that_are_not_utf8_are_placed_and_a_byte_order_mark_is_read_past() {
    let mut bad = answers("iPhone 15").into_bytes();
    let at = bad.windows(4).position(|w| w == b"Case").unwrap();
    bad[at] = 0xFF;
    let out = hosho(&["advise", "--answers", "-"], &bad);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("<stdin>:3:14:"), "{err}");
    assert!(err.contains("not UTF-8"), "{err}");

    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(answers("iPhone 15").bytes());
    let out = hosho(&["advise", "--answers", "-"], &bom);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_full_disk_is_an_error_and_a_closed_pipe_is_not() {
    let full = || std::fs::File::create("/dev/full").expect("/dev/full");
    for args in [
        vec!["advise", "--answers", "assets/expensive-iphone-dropper.ron"],
        vec!["tables"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_hosho"))
            .args(&args)
            .env("LANG", "ja_JP.UTF-8")
            .env_remove("LC_ALL")
            .stdout(full())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains("書き込めませんでした"),
            "{}",
            stderr(&out)
        );

        let mut child = Command::new(env!("CARGO_BIN_EXE_hosho"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
    }
}

#[test]
fn help_to_a_full_disk_is_an_error_too() {
    let out = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .arg("--help")
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

fn kiosk_config(text: &str, name: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("hosho-hostile-{name}-{}.ron", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn kiosk_pin_refuses_fewer_than_eight_digits() {
    for (pin, ok) in [("2468", false), ("1234567", false), ("24681357", true)] {
        let out = hosho(
            &["kiosk-pin", "--lang", "en"],
            format!("{pin}\n").as_bytes(),
        );
        assert_eq!(out.status.success(), ok, "{pin}: {}", stderr(&out));
        if !ok {
            assert!(stderr(&out).contains("8 to 12 digits"), "{}", stderr(&out));
        }
    }
}

#[test]
fn a_hash_of_too_few_or_too_many_rounds_is_refused() {
    let good = hosho::kiosk::pin::hash_with_salt("24681357", b"saltsalt");
    for rounds in ["1", "4000000000"] {
        let hash = good.replacen("$100000$", &format!("${rounds}$"), 1);
        let path = kiosk_config(&format!("(pin_hash: \"{hash}\")"), rounds);
        let out = hosho(
            &[
                "validate",
                "--kiosk-config",
                path.to_str().unwrap(),
                "--lang",
                "en",
            ],
            b"",
        );
        let _ = std::fs::remove_file(&path);
        assert_eq!(out.status.code(), Some(2), "{rounds}");
        assert!(stderr(&out).contains("rounds"), "{}", stderr(&out));
    }
}

#[test]
fn the_sample_hash_is_warned_of() {
    let out = hosho(
        &[
            "validate",
            "--kiosk-config",
            "assets/kiosk/kiosk.sample.ron",
            "--lang",
            "ja",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("サンプルのPINハッシュ"), "{text}");
    let own = hosho::kiosk::pin::hash_with_salt("24681357", b"saltsalt");
    let path = kiosk_config(&format!("(pin_hash: \"{own}\")"), "own");
    let out = hosho(&["validate", "--kiosk-config", path.to_str().unwrap()], b"");
    let _ = std::fs::remove_file(&path);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("sample"));
}

#[test]
fn the_idle_flag_has_the_configs_bounds() {
    for n in ["0", "1", "3601"] {
        let out = hosho(&["--kiosk", "--idle-reset-seconds", n], b"");
        assert_eq!(out.status.code(), Some(2), "{n}");
        assert!(
            stderr(&out).contains("expected 2 to 3600"),
            "{}",
            stderr(&out)
        );
    }
}
