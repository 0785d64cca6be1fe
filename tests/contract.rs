//! `hosho advise` as shop systems use it: the built binary on every example in `assets/`, in
//! all three formats and both languages, and on bad input (exit 2, a message naming the field
//! or the line, nothing on stdout, no panic).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn hosho(args: &[&str], stdin: Option<&str>) -> Output {
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
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// Each persona and the advice it gets: (file, action, plan).
const PERSONAS: [(&str, &str, Option<&str>); 16] = [
    ("expensive-iphone-dropper", "join", Some("iijmio_tsunagaru")),
    ("cheap-android-in-case", "buy_spare", None),
    ("applecare-for-years", "skip", None),
    (
        "applecare-ending-next-month",
        "join",
        Some("iijmio_tsunagaru"),
    ),
    ("used-iphone-from-iijmio", "join", Some("iijmio_hosho_used")),
    ("damaged-now", "join", Some("iijmio_tsunagaru")),
    ("risk-averse-never-broken", "join", Some("iijmio_tsunagaru")),
    (
        "iphone-14-pro-max-at-60000",
        "join",
        Some("iijmio_tsunagaru"),
    ),
    (
        "linemo-guessed-fee",
        "join",
        Some("linemo_mochikomi_applecare"),
    ),
    ("five-year-old-device", "buy_spare", None),
    ("existing-linemo-user", "skip", None),
    (
        "undecided-iijmio-or-linemo",
        "join",
        Some("iijmio_tsunagaru"),
    ),
    // mineo's plan can wait: it can be joined later, and costs about as much as going without.
    ("pixel-to-mineo", "skip", None),
    (
        "iphone-17-pro-bought-last-week",
        "join",
        Some("iijmio_tsunagaru"),
    ),
    (
        "android-two-years-on-ymobile",
        "join",
        Some("ymobile_mochikomi_android"),
    ),
    ("bought-14-months-ago", "join", Some("iijmio_tsunagaru")),
];

#[test]
fn every_persona_gets_its_advice_in_every_format_and_language() {
    for (name, action, plan) in PERSONAS {
        let file = format!("assets/{name}.ron");
        for lang in ["ja", "en"] {
            let out = hosho(
                &[
                    "advise",
                    "--answers",
                    &file,
                    "--format",
                    "json",
                    "--lang",
                    lang,
                ],
                None,
            );
            assert!(
                out.status.success(),
                "{name} {lang}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(v["schema"], 2);
            assert_eq!(v["lang"], lang);
            assert_eq!(v["recommendation"]["action"], action, "{name}");
            assert_eq!(v["recommendation"]["plan"].as_str(), plan, "{name}");
            let headline = v["recommendation"]["headline"].as_str().unwrap();
            assert!(
                !headline.is_empty() && !headline.contains("headline-"),
                "{headline}"
            );
            for key in [
                "today",
                "data_as_of",
                "options",
                "reasons",
                "next_steps",
                "warnings",
                "sources",
            ] {
                assert!(!v[key].is_null(), "{name}: {key}");
            }
            for s in v["sources"].as_array().unwrap() {
                for key in ["id", "title", "published", "kind"] {
                    assert!(s[key].is_string(), "{name}: sources.{key}");
                }
            }
            for o in v["options"].as_array().unwrap() {
                for key in [
                    "id",
                    "eligible",
                    "gates",
                    "fees_yen",
                    "expected_total_yen",
                    "bad_case_total_yen",
                    "monthly_cumulative_yen",
                ] {
                    assert!(!o[key].is_null(), "{name}: options.{key}");
                }
            }
            for r in v["reasons"].as_array().unwrap() {
                let sources = r["sources"].as_array().unwrap();
                assert!(!sources.is_empty(), "{name}: a reason without a source");
                assert!(sources.iter().all(|s| s.is_string()));
            }
            for o in v["options"].as_array().unwrap() {
                for g in o["gates"].as_array().unwrap() {
                    assert!(g["sources"].is_array(), "{name}: gate sources");
                }
                let expected = o["expected_total_yen"].as_i64().unwrap();
                let bad = o["bad_case_total_yen"].as_i64().unwrap();
                assert!(bad >= expected, "{name}: bad case below expected");
            }
            for format in ["text", "markdown"] {
                let out = hosho(
                    &[
                        "advise",
                        "--answers",
                        &file,
                        "--format",
                        format,
                        "--lang",
                        lang,
                    ],
                    None,
                );
                assert!(out.status.success());
                let text = String::from_utf8(out.stdout).unwrap();
                let start: String = headline.chars().take(12).collect();
                assert!(text.contains(&start), "{name} {format}");
                let yen = if lang == "ja" { "円" } else { "¥" };
                assert!(text.contains(yen), "{name} {format} {lang}: no yen amounts");
                assert!(!text.contains('\u{2068}'), "bidi marks in {name}");
            }
        }
    }
}

#[test]
fn japanese_report_is_japanese() {
    let out = hosho(
        &[
            "advise",
            "--answers",
            "assets/expensive-iphone-dropper.ron",
            "--lang",
            "ja",
        ],
        None,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("つながる端末保証への加入をおすすめします"),
        "{text}"
    );
    assert!(text.contains("12,650円"));
    assert!(text.contains("期限：2026年12月6日"));
}

#[test]
fn locale_comes_from_the_environment_without_lang() {
    let out = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args([
            "advise",
            "--answers",
            "assets/cheap-android-in-case.ron",
            "--format",
            "json",
        ])
        .env_remove("LC_ALL")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "ja");
}

#[test]
fn answers_from_standard_input() {
    let text = std::fs::read_to_string("assets/cheap-android-in-case.ron").unwrap();
    let out = hosho(
        &["advise", "--answers", "-", "--format", "json"],
        Some(&text),
    );
    assert!(out.status.success());
}

/// Runs bad answers; checks exit 2, empty stdout, no panic, and that stderr has each needle.
fn rejects(text: &str, needles: &[&str]) {
    let out = hosho(
        &[
            "advise",
            "--answers",
            "-",
            "--format",
            "json",
            "--lang",
            "en",
        ],
        Some(text),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty(), "stdout not empty");
    assert!(!err.contains("panicked"), "{err}");
    for n in needles {
        assert!(err.contains(n), "missing {n:?} in: {err}");
    }
}

const GOOD: &str = "(\n    today: Some(\"2026-11-22\"),\n    carrier: Iijmio,\n    device_source: BringOwn,\n    os: Ios,\n    price_yen: Some(80000),\n    released: Some(\"2024-09\"),\n    damage_incidents_2y: 0,\n    water_incidents_2y: 0,\n    horizon_months: 24,\n)\n";

#[test]
fn the_good_base_is_accepted() {
    assert!(
        hosho(&["advise", "--answers", "-"], Some(GOOD))
            .status
            .success()
    );
}

#[test]
fn negative_price_is_rejected_naming_the_field_and_line() {
    rejects(
        &GOOD.replace("Some(80000)", "Some(-5)"),
        &["<stdin>:6:5", ": Price:", "-5", "1 to 1000000"],
    );
}

#[test]
fn unknown_field_is_rejected() {
    rejects(
        &GOOD.replace("    os: Ios,\n", "    os: Ios,\n    colour: Red,\n"),
        &["<stdin>:6", "colour", "unknown field"],
    );
}

#[test]
fn malformed_ron_is_rejected_with_its_line() {
    rejects(
        &GOOD.replace("carrier: Iijmio,", "carrier: Iijmio"),
        &["<stdin>:4"],
    );
}

#[test]
fn release_after_today_is_rejected() {
    rejects(
        &GOOD.replace("2024-09", "2027-02"),
        &["released", "2027-02"],
    );
}

#[test]
fn neither_price_nor_model_is_rejected_naming_the_price() {
    rejects(
        &GOOD.replace("    price_yen: Some(80000),\n", ""),
        &["the device's price"],
    );
}

#[test]
fn a_bad_table_directory_is_rejected_with_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("hosho-bad-tables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plans = std::fs::read_to_string("data/plans.ron").unwrap().replace(
        "(yen: 550, src: \"seed_002\"",
        "(yen: 550, src: \"nowhere\"",
    );
    std::fs::write(dir.join("plans.ron"), plans).unwrap();
    let out = hosho(&["validate", "--data", dir.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("plans.ron:") && err.contains("\"nowhere\""),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn tables_and_validate_work_in_both_languages() {
    for lang in ["ja", "en"] {
        let out = hosho(&["tables", "--lang", lang], None);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        // The official page is named by its title in the language, never by its id.
        let title = if lang == "ja" {
            "つながる端末保証（サービス案内）"
        } else {
            "Tsunagaru device warranty (service page)"
        };
        assert!(text.contains(title) && !text.contains("seed_002"), "{text}");
        let out = hosho(&["validate", "--lang", lang], None);
        assert!(out.status.success());
    }
}

#[test]
fn linemo_sells_no_devices() {
    for source in ["BuyNewFromCarrier", "BuyUsedFromCarrier"] {
        let text = GOOD.replace("Iijmio", "Linemo").replace("BringOwn", source);
        rejects(&text, &["Device from", "LINEMO", ":4:"]);
    }
}

#[test]
fn a_battery_share_past_one_and_an_unknown_battery_source_are_rejected() {
    let dir = std::env::temp_dir().join(format!("hosho-bad-battery-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let risk = std::fs::read_to_string("data/risk.ron")
        .unwrap()
        .replace("battery_share: 0.66", "battery_share: 1.5");
    let repairs = std::fs::read_to_string("data/repairs.ron")
        .unwrap()
        .replacen(
            "battery_src: Some(\"hosho_assumption\")",
            "battery_src: Some(\"nobody\")",
            1,
        );
    std::fs::write(dir.join("risk.ron"), risk).unwrap();
    std::fs::write(dir.join("repairs.ron"), repairs).unwrap();
    let out = hosho(&["validate", "--data", dir.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("risk.ron:") && err.contains("battery share"),
        "{err}"
    );
    assert!(
        err.contains("repairs.ron:") && err.contains("\"nobody\""),
        "{err}"
    );
}

#[test]
fn more_uses_a_year_than_the_bad_case_follows_are_rejected() {
    let dir = std::env::temp_dir().join(format!("hosho-many-uses-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plans = std::fs::read_to_string("data/plans.ron").unwrap().replacen(
        "uses_per_year: Some((n: 2,",
        "uses_per_year: Some((n: 4,",
        1,
    );
    std::fs::write(dir.join("plans.ron"), plans).unwrap();
    let out = hosho(&["validate", "--data", dir.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("plans.ron:")
            && err.contains("the number of uses a year is 4: expected 1 to 3"),
        "{err}"
    );
}

#[test]
fn json_sources_are_numbered_as_the_messages_cite_them() {
    let out = hosho(
        &[
            "advise",
            "--answers",
            "assets/risk-averse-never-broken.ron",
            "--format",
            "json",
            "--lang",
            "ja",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources[0]["kind"], "official", "official pages first");
    assert_eq!(sources[0]["publisher"], "IIJ（IIJmio）");
    assert_eq!(
        sources.last().unwrap()["kind"],
        "assumption",
        "hosho's own last"
    );
    assert!(sources.iter().all(|s| s.get("publisher").is_some()));
    // A warning that cites a blog names it by its place in the list.
    let warning = v["warnings"][0]["message"].as_str().unwrap();
    let n: usize = warning
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(n, _)| n.parse().ok())
        .expect("a numbered reference");
    assert_eq!(sources[n - 1]["id"], "seed_001", "{warning}");
    assert!(!warning.contains("seed_"));
}

#[test]
fn validate_reports_every_problem_in_the_users_language_even_past_a_file_that_does_not_parse() {
    let dir = std::env::temp_dir().join(format!("hosho-many-problems-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let risk = std::fs::read_to_string("data/risk.ron").unwrap().replacen(
        "per_year: 0.09,",
        "per_year: 0.09,,",
        1,
    );
    let plans = std::fs::read_to_string("data/plans.ron").unwrap().replacen(
        "uses_per_year: Some((n: 2,",
        "uses_per_year: Some((n: 4,",
        1,
    );
    std::fs::write(dir.join("risk.ron"), risk).unwrap();
    std::fs::write(dir.join("plans.ron"), plans).unwrap();
    let run = |lang: &str| {
        let out = hosho(
            &["validate", "--data", dir.to_str().unwrap(), "--lang", lang],
            None,
        );
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let ja = run("ja");
    let en = run("en");
    let _ = std::fs::remove_dir_all(&dir);
    // The file that does not parse is one problem; the plans are still checked.
    assert!(
        ja.contains("risk.ron:") && ja.contains("plans.ron:"),
        "{ja}"
    );
    assert!(
        ja.contains("ここには項目名を書いてください")
            && ja.contains("年間の利用回数が4です。1〜3にしてください"),
        "{ja}"
    );
    for english in ["expected", "Expected", "uses_per_year", "field", "found"] {
        assert!(!ja.contains(english), "{english:?} in:\n{ja}");
    }
    assert!(en.contains("a field name is needed here"), "{en}");
}

#[test]
fn a_file_that_cannot_be_read_is_named_with_the_reason_in_words() {
    let out = hosho(
        &["advise", "--answers", "/no/such/file.ron", "--lang", "ja"],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("/no/such/file.ron") && err.contains("ファイルが見つかりません"),
        "{err}"
    );
    assert!(!err.contains("No such file"), "{err}");
}

#[test]
fn japanese_answer_errors_name_the_question_not_the_file_key() {
    for (text, label) in [
        (GOOD.replace("Some(80000)", "Some(-5)"), "端末の価格"),
        (
            GOOD.replace("carrier: Iijmio,", "carrier: Iijmio"),
            "乗り換え先",
        ),
        (GOOD.replace("\"2024-09\"", "\"2024/09\""), "発売月"),
    ] {
        let out = hosho(&["advise", "--answers", "-", "--lang", "ja"], Some(&text));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(label), "{label} in: {err}");
        for id in ["price_yen", "released", "carrier", "Expected", "expected"] {
            assert!(!err.contains(id), "{id:?} in: {err}");
        }
    }
}

/// Every help page hosho has, by its arguments.
const HELP_PAGES: [&[&str]; 8] = [
    &["--help"],
    &["help"],
    &["help", "--help"],
    &["advise", "--help"],
    &["tables", "--help"],
    &["validate", "--help"],
    &["kiosk-pin", "--help"],
    &["help", "advise"],
];

#[test]
fn every_help_page_speaks_the_users_language() {
    for page in HELP_PAGES {
        for lang in ["ja", "en"] {
            let mut args = page.to_vec();
            args.extend(["--lang", lang]);
            let out = hosho(&args, None);
            let text = String::from_utf8(out.stdout).unwrap();
            assert_eq!(out.status.code(), Some(0), "{page:?} {lang}");
            if lang == "ja" {
                assert!(
                    text.contains("使い方：") && text.contains("オプション："),
                    "{text}"
                );
                for english in [
                    "Usage",
                    "Options",
                    "Print",
                    "possible values",
                    "default:",
                    "Advice",
                ] {
                    assert!(!text.contains(english), "{english:?} in {page:?}:\n{text}");
                }
                // Every description line has Japanese words.
                for line in text.lines().filter(|l| l.trim_start().starts_with('-')) {
                    assert!(!line.is_ascii(), "{line}");
                }
            } else {
                assert!(text.contains("Usage: hosho"), "{text}");
            }
        }
    }
    // The Japanese help is aligned by display width: descriptions start in one column.
    let out = hosho(&["--help", "--lang", "ja"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    let starts: std::collections::BTreeSet<usize> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("--"))
        .map(|l| {
            let cut = l
                .find("  ")
                .map(|i| i + l[i..].len() - l[i..].trim_start().len());
            unicode_width::UnicodeWidthStr::width(&l[..cut.unwrap()])
        })
        .collect();
    assert_eq!(starts.len(), 1, "{text}");
}

#[test]
fn the_pin_maker_lists_only_what_it_takes() {
    let out = hosho(&["kiosk-pin", "--help", "--lang", "en"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    let options: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with('-'))
        .collect();
    assert_eq!(options.len(), 2, "{text}");
    assert!(
        text.contains("--lang") && !text.contains("--data"),
        "{text}"
    );
}

#[test]
fn a_bad_command_line_is_refused_in_the_users_language_with_exit_2() {
    for (args, needle) in [
        (
            &["frob", "--lang", "ja"][..],
            "「frob」はhoshoのコマンドではありません",
        ),
        (
            &["--bogus", "--lang", "ja"][..],
            "「--bogus」は使えないオプションです",
        ),
        (
            &[
                "advise",
                "--answers",
                "x",
                "--format",
                "pdf",
                "--lang",
                "ja",
            ][..],
            "「pdf」は",
        ),
        (
            &["help", "frob", "--lang", "ja"][..],
            "「frob」はhoshoのコマンドではありません",
        ),
        (
            &["frob", "--lang", "en"][..],
            "\"frob\" is not a hosho command",
        ),
    ] {
        let out = hosho(args, None);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn a_catalog_model_without_a_launch_price_needs_the_price_and_takes_it() {
    let no_price = GOOD.replace("    price_yen: Some(80000),\n", "").replace(
        "    released: Some(\"2024-09\"),\n",
        "    model: Some(\"iPhone 18 Pro\"),\n",
    );
    rejects(
        &no_price,
        &[": Price:", "no launch price for iPhone 18 Pro"],
    );
    // The price typed is the one priced: a dearer launch price, a dearer repair band.
    let skip_bad_case = |price: &str| {
        let text = GOOD
            .replace(
                "    released: Some(\"2024-09\"),\n",
                "    model: Some(\"iPhone 18 Pro\"),\n",
            )
            .replace("Some(80000)", price);
        let out = hosho(
            &["advise", "--answers", "-", "--format", "json"],
            Some(&text),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == "skip")
            .unwrap()["bad_case_total_yen"]
            .as_i64()
            .unwrap()
    };
    assert!(skip_bad_case("Some(179800)") > skip_bad_case("Some(60000)"));
}

/// A carrier added by data alone: its row in carriers.ron and one plan in plans.ron, with a
/// gate and a step the locales already word. `validate` accepts the set, `tables` lists it,
/// and `advise` prices it and names it in both languages: no code knows it.
#[test]
fn a_carrier_added_by_data_alone_gets_advice() {
    let dir = std::env::temp_dir().join(format!("hosho-new-carrier-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let carriers = std::fs::read_to_string("data/carriers.ron").unwrap().replacen(
        "    carriers: [\n",
        "    carriers: [\n        (id: Sample, name: \"Sample Mobile\", name_ja: \"サンプルモバイル\", sells_devices: false, bring_own: Offered, src: \"hosho_assumption\", as_of: \"2026-11\"),\n",
        1,
    );
    let plan = r#"        (
            id: "sample_byod",
            name: "Sample Mobile device warranty",
            name_ja: "サンプルモバイル 端末保証",
            short: "Sample warranty",
            short_ja: "サンプル保証",
            carrier: Some(Sample),
            device_sources: [BringOwn],
            os: [Ios, Android],
            fee: Flat((yen: 600, src: "hosho_assumption", as_of: "2026-11")),
            billing: (first_billed_month: 1, start_month: Full, cancel_month: Full, src: "hosho_assumption", as_of: "2026-11"),
            cover_from_month: (n: 1, src: "hosho_assumption", as_of: "2026-11"),
            uses_per_year: Some((n: 2, src: "hosho_assumption", as_of: "2026-11")),
            cap: Some((yen: 60000, src: "hosho_assumption", as_of: "2026-11")),
            benefits: [
                (kinds: [Screen, BackGlass, Water, Other, Natural], copay: (2000, 4000), capped: true, counts: true, src: "hosho_assumption", as_of: "2026-11"),
            ],
            gates: [
                (rule: "gate_existing_customer", check: NewContract, level: Hard, src: "hosho_assumption"),
            ],
            steps: [
                (id: "apply_with_line", due: Today),
            ],
        ),
"#;
    let plans = std::fs::read_to_string("data/plans.ron").unwrap();
    let plans = plans.replacen("    plans: [\n", &format!("    plans: [\n{plan}"), 1);
    std::fs::write(dir.join("carriers.ron"), carriers).unwrap();
    std::fs::write(dir.join("plans.ron"), plans).unwrap();
    let data = dir.to_str().unwrap().to_string();
    let out = hosho(&["validate", "--data", &data], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tables = hosho(&["tables", "--data", &data, "--lang", "ja"], None);
    let listed = String::from_utf8(tables.stdout).unwrap();
    assert!(
        listed.contains("サンプルモバイル") && listed.contains("サンプルモバイル 端末保証"),
        "{listed}"
    );
    let answers = r#"(today: Some("2026-11-22"), carrier: Sample, device_source: BringOwn, os: Ios,
        model: Some("iPhone 15 Pro"), damage_incidents_2y: 2, water_incidents_2y: 0, horizon_months: 24)"#;
    // The JSON advice for answers on standard input, with the new table set.
    let advise = |answers: &str, lang: &str| -> serde_json::Value {
        let out = hosho(
            &[
                "advise",
                "--answers",
                "-",
                "--data",
                &data,
                "--format",
                "json",
                "--lang",
                lang,
            ],
            Some(answers),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    for (lang, name) in [
        ("ja", "サンプルモバイル 端末保証"),
        ("en", "Sample Mobile device warranty"),
    ] {
        let v = advise(answers, lang);
        let ids: Vec<&str> = v["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        // Its own plan and the cover bought apart; no other carrier's plan.
        assert_eq!(ids[0], "sample_byod", "{ids:?}");
        assert!(!ids.iter().any(|id| id.starts_with("iijmio")), "{ids:?}");
        assert_eq!(v["recommendation"]["action"], "join");
        assert_eq!(v["recommendation"]["plan"], "sample_byod");
        let headline = v["recommendation"]["headline"].as_str().unwrap();
        assert!(headline.contains(name), "{headline}");
        assert!(!headline.contains("sample_byod") && !headline.contains("option-"));
    }
    // An existing customer of the new carrier is shut out by the gate the data names.
    let customer = answers.replace(
        "horizon_months: 24",
        "horizon_months: 24, existing_customer_of: [Sample]",
    );
    let v = advise(&customer, "en");
    assert_eq!(v["options"][0]["eligible"], false);
    assert_eq!(
        v["options"][0]["gates"][0]["rule"],
        "gate_existing_customer"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_carrier_the_tables_do_not_know_is_exit_2_naming_the_known_ones() {
    let out = hosho(
        &[
            "advise",
            "--answers",
            "assets/invalid/unknown-carrier.ron",
            "--lang",
            "en",
        ],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains("unknown-carrier.ron:5:5: Carrier:")
            && err.contains("\"Rakuten\"")
            && err.contains("Iijmio, Linemo, Mineo, Ymobile, Biglobe"),
        "{err}"
    );
}

/// The advice as JSON for a persona file.
fn advice_of(persona: &str) -> serde_json::Value {
    let out = hosho(
        &[
            "advise",
            "--answers",
            &format!("assets/{persona}.ron"),
            "--format",
            "json",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn option<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no option {id}"))
}

/// The rule ids of the advice's reasons, in order.
fn reason_rules(v: &serde_json::Value) -> Vec<&str> {
    v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect()
}

/// Whether an option has a gate with this rule at this level.
fn has_gate(option: &serde_json::Value, rule: &str, level: &str) -> bool {
    option["gates"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["rule"] == rule && g["level"] == level)
}

#[test]
fn an_iphone_bought_last_week_weighs_the_cover_still_open_against_every_carrier() {
    let v = advice_of("iphone-17-pro-bought-last-week");
    // Every carrier's plan for an iPhone brought along, and the cover bought apart, open.
    for id in [
        "iijmio_tsunagaru",
        "linemo_mochikomi_applecare",
        "mineo_mochikomi",
        "ymobile_mochikomi_applecare",
        "biglobe_sim_hosho",
        "applecare_plus",
        "mobile_hoken",
        "mysurance",
    ] {
        assert_eq!(option(&v, id)["eligible"], true, "{id}");
    }
    assert_eq!(option(&v, "applecare_plus")["bought_apart"], true);
    // AppleCare+ is still open until 30 days after the purchase: "never later" says so.
    let never = v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == "no_rejoin")
        .expect("the sign-up is the only chance for the carriers' plans");
    let said = never["message"].as_str().unwrap();
    assert!(said.contains("AppleCare+ (until 2026-12-15)"), "{said}");
    assert!(
        never["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "yoki_applecare"),
        "the window's own source is cited"
    );
    // The cheapest cover bought apart, with its last day, beside the carrier's verdict.
    let instead = &v["recommendation"]["instead"];
    assert_eq!(instead["option"], "mysurance");
    assert_eq!(instead["until"], "2027-11-15");
    let join = v["recommendation"]["plan"].as_str().unwrap();
    assert!(
        instead["expected_total_yen"].as_i64() < option(&v, join)["expected_total_yen"].as_i64()
    );
    assert!(
        v["recommendation"]["headline"]
            .as_str()
            .unwrap()
            .contains("Or instead, until 2027-11-15")
    );
    // The next steps give the last day.
    let steps = v["next_steps"].as_array().unwrap();
    assert!(
        steps
            .iter()
            .any(|s| s["id"] == "buy_within_purchase_window" && s["due"] == "2027-11-15"),
        "{steps:?}"
    );
}

#[test]
fn a_device_bought_14_months_ago_has_only_the_sign_up_left() {
    let v = advice_of("bought-14-months-ago");
    for id in ["applecare_plus", "mobile_hoken", "mysurance"] {
        let o = option(&v, id);
        assert_eq!(o["eligible"], false, "{id}");
        assert!(has_gate(o, "gate_bought_within", "hard"), "{id}");
    }
    assert!(v["recommendation"].get("instead").is_none());
    let rules = reason_rules(&v);
    assert!(
        rules.contains(&"no_rejoin") && !rules.contains(&"later_cover"),
        "{rules:?}"
    );
    let at = rules.iter().position(|r| *r == "no_rejoin").unwrap();
    let never = v["reasons"][at]["message"].as_str().unwrap();
    assert!(!never.contains("still open"), "{never}");
}

#[test]
fn a_pixel_on_mineo_can_wait_and_its_cover_ends_with_the_third_year() {
    let v = advice_of("pixel-to-mineo");
    let plan = option(&v, "mineo_mochikomi");
    assert_eq!(plan["eligible"], true);
    let rules = reason_rules(&v);
    // Joinable later: no "only at sign-up" reason, and the advice says it can wait.
    assert!(
        rules.contains(&"join_any_time") && !rules.contains(&"no_rejoin"),
        "{rules:?}"
    );
    // Cover ends 2027-12 (the third year-end after a 2024-08 release): each month after it
    // costs what skipping costs, plus the plan's fee while it is kept.
    let series = |id: &str| -> Vec<i64> {
        option(&v, id)["monthly_cumulative_yen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect()
    };
    let (mineo, skip) = (series("mineo_mochikomi"), series("skip"));
    // 2026-11 is month 0: 2028-01 is month 14. The last month also carries the cancellation
    // month's fee.
    let fees = 550;
    for m in 15..mineo.len() - 1 {
        let plan_step = mineo[m] - mineo[m - 1];
        let skip_step = skip[m] - skip[m - 1];
        assert!(
            (plan_step - fees - skip_step).abs() <= 1,
            "month {m}: {plan_step} vs {skip_step}"
        );
    }
}

#[test]
fn a_two_year_old_android_on_ymobile_joins_after_checking_its_terms() {
    let v = advice_of("android-two-years-on-ymobile");
    let plan = option(&v, "ymobile_mochikomi_android");
    assert!(has_gate(plan, "gate_to_confirm", "soft"));
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    assert!(headline.contains("Before joining, check"), "{headline}");
    // Bought two years ago: the insurers' windows are closed.
    assert_eq!(option(&v, "mobile_hoken")["eligible"], false);
}
