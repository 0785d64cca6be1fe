//! Hostile input and hostile output for the commands: escapes that would act on the terminal,
//! files too big to read, bytes that are not UTF-8, a byte-order mark, and an output that
//! cannot be written. Each one is the real binary as a shop system or an attacker runs it.

use std::process::{Command, Output, Stdio};

use crate::common::hosho;

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

/// Answers padded with spaces to exactly `len` bytes.
fn answers_of_length(len: usize) -> String {
    let a = answers("iPhone 15");
    format!("{a}{}", " ".repeat(len - a.len()))
}

#[test]
fn an_endless_file_is_refused_by_name_with_the_limit() {
    let out = hosho(&["advise", "--answers", "/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("/dev/zero") && err.contains("1 MiB (1,048,576 bytes)"),
        "{err}"
    );
}

#[test]
fn the_answers_limit_is_exact_and_said_exactly() {
    const LIMIT: usize = 1_048_576;
    let dir = std::env::temp_dir().join(format!("hosho-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (len, fits) in [(LIMIT, true), (LIMIT + 1, false)] {
        let text = answers_of_length(len);
        assert_eq!(text.len(), len);
        let path = dir.join(format!("{len}.ron"));
        std::fs::write(&path, &text).unwrap();
        for lang in ["en", "ja"] {
            let from_file = hosho(
                &[
                    "advise",
                    "--answers",
                    path.to_str().unwrap(),
                    "--lang",
                    lang,
                ],
                b"",
            );
            let from_stdin = hosho(
                &["advise", "--answers", "-", "--lang", lang],
                text.as_bytes(),
            );
            for out in [from_file, from_stdin] {
                let err = stderr(&out);
                if fits {
                    assert_eq!(out.status.code(), Some(0), "{len} bytes: {err}");
                    continue;
                }
                assert_eq!(out.status.code(), Some(2), "{len} bytes");
                assert!(out.stdout.is_empty());
                let said = match lang {
                    "en" => "an answers or config file may be at most 1 MiB (1,048,576 bytes)",
                    _ => "回答や設定のファイルは1 MiB（1,048,576バイト）までです",
                };
                assert!(err.contains(said), "{err}");
                assert!(!err.contains("needs") && !err.contains("料金表"), "{err}");
            }
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
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
fn a_hash_of_too_little_or_too_much_cost_is_refused() {
    let good = hosho::operator::pin::hash_with_salt("24681357", b"saltsalt");
    for (rounds, to) in [("1", "m=8"), ("4000000000", "t=4000000000")] {
        let from = &to[..2];
        let at = good.find(from).unwrap();
        let end = at + good[at..].find([',', '$']).unwrap();
        let hash = format!("{}{to}{}", &good[..at], &good[end..]);
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
        assert!(stderr(&out).contains("standard cost"), "{}", stderr(&out));
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
    let own = hosho::operator::pin::hash_with_salt("24681357", b"saltsalt");
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

/// A fresh folder holding a copy of the built-in tables, for a test to spoil.
fn tables_copy(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hosho-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir("data").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// Runs hosho with a deadline: a command that waits for ever is killed and fails the test.
fn hosho_within(args: &[&str], deadline: std::time::Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hosho runs");
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > deadline {
            let _ = child.kill();
            panic!("hosho {args:?} still running after {deadline:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_pipe_in_the_tables_folder_is_refused_at_once() {
    let dir = tables_copy("fifo");
    let plans = dir.join("plans.ron");
    std::fs::remove_file(&plans).unwrap();
    let made = Command::new("mkfifo").arg(&plans).status().unwrap();
    assert!(made.success());
    let data = dir.to_str().unwrap();
    // Generous for a loaded machine; a hang is for ever.
    let wait = std::time::Duration::from_secs(20);
    for args in [
        ["validate", "--data", data, "--lang", "en"],
        ["tables", "--data", data, "--lang", "ja"],
    ] {
        let out = hosho_within(&args, wait);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(err.contains("plans.ron"), "{err}");
        assert!(
            err.contains("not a regular file") || err.contains("通常のファイルではありません"),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_tables_file_over_its_limit_says_its_own_limit() {
    let dir = tables_copy("big-table");
    let devices = dir.join("devices.ron");
    let mut text = std::fs::read_to_string(&devices).unwrap();
    text.push_str(&" ".repeat((16 << 20) + 1 - text.len()));
    std::fs::write(&devices, text).unwrap();
    let out = hosho(&["validate", "--data", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("devices.ron")
            && err.contains("a tables file may be at most 16 MiB (16,777,216 bytes)"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn money_that_cannot_be_nothing_is_refused_at_its_place() {
    for (file, from, to, what) in [
        (
            "rules.ron",
            "spare_phone: (yen: 2980,",
            "spare_phone: (yen: 0,",
            "A spare phone bought when switching",
        ),
        (
            "rules.ron",
            "cheap_device: (yen: 30000,",
            "cheap_device: (yen: 0,",
            "Cheaper to replace than to insure",
        ),
        (
            "repairs.ron",
            "street: (screen_yen: 11000,",
            "street: (screen_yen: 0,",
            "a street shop's screen repair",
        ),
        (
            "plans.ron",
            "(name: \"penalty\", yen: 40000,",
            "(name: \"penalty\", yen: 0,",
            "a step's amount",
        ),
    ] {
        let dir = tables_copy("zero-yen");
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        let line = text[..text.find(from).unwrap()].matches('\n').count() + 1;
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let out = hosho(&["validate", "--data", dir.to_str().unwrap()], b"");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{to}: {err}");
        let placed = format!("{file}:{line}:");
        assert!(err.contains(&placed), "{to}: {err}");
        assert!(
            err.contains(what) && err.contains("is ¥0: expected ¥1"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn thousands_of_one_mistake_give_a_few_lines() {
    let dir = tables_copy("copies");
    let path = dir.join("rules.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let rule = "        (id: \"cost_comparison\", src: [\"hosho_assumption\"]),\n";
    assert!(text.contains(rule));
    std::fs::write(&path, text.replacen(rule, &rule.repeat(5_001), 1)).unwrap();
    let data = dir.to_str().unwrap();
    let advise = hosho(
        &["advise", "--data", data, "--answers", "-", "--lang", "en"],
        answers("iPhone 15").as_bytes(),
    );
    assert_eq!(advise.status.code(), Some(2));
    let err = stderr(&advise);
    assert!(err.lines().count() <= 4, "{err}");
    assert!(err.contains("(and 4,999 more of this kind)"), "{err}");
    assert!(err.contains("hosho validate --data"), "{err}");

    let validate = hosho(&["validate", "--data", data, "--lang", "ja"], b"");
    assert_eq!(validate.status.code(), Some(2));
    let err = stderr(&validate);
    assert!(err.lines().count() <= 3, "{err}");
    assert!(err.contains("ほかに同じものが4,999件あります"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_older_pbkdf2_hash_still_opens_the_kiosk_and_is_said_to_be_renewed() {
    // The published sample as it was before argon2id: PIN 24680135.
    let old = "pbkdf2-sha256$100000$37a988f7f2ebab6b2893d0078d9c9208$014b8a260e67ba432d6dbac71b8aa5cfbd3913b0c6fc1b6fcbaeec2037806e2d";
    assert!(hosho::operator::pin::verify("24680135", old));
    // An older hash of the operator's own (not the sample's) gets the renewal warning.
    let salt = b"ownsalt!";
    let mut derived = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"24681357", salt, 100_000, &mut derived);
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let own = format!("pbkdf2-sha256$100000${}${}", hex(salt), hex(&derived));
    assert!(hosho::operator::pin::verify("24681357", &own));
    let path = kiosk_config(&format!("(pin_hash: \"{own}\")"), "older");
    for (lang, said) in [("en", "older PBKDF2 format"), ("ja", "古い形式")] {
        let out = hosho(
            &[
                "validate",
                "--kiosk-config",
                path.to_str().unwrap(),
                "--lang",
                lang,
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(said), "{text}");
    }
    let _ = std::fs::remove_file(&path);
}
