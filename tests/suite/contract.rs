//! `hosho advise` as shop systems use it: the built binary on every example in `assets/`, in
//! all three formats and both languages, and on bad input (exit 2, a message naming the field
//! or the line, nothing on stdout, no panic).

use std::process::{Command, Output};

fn hosho(args: &[&str], stdin: Option<&str>) -> Output {
    crate::common::hosho(args, stdin.unwrap_or("").as_bytes())
}

/// Each persona and the advice it gets: (file, action, option advised).
const PERSONAS: [(&str, &str, &str); 17] = [
    ("expensive-iphone-dropper", "join", "iijmio_tsunagaru"),
    // No spare either: a never-broken ¥18,000 phone costs least with nothing at all.
    ("cheap-android-in-case", "skip", "skip"),
    ("applecare-for-years", "skip", "skip"),
    ("applecare-ending-next-month", "join", "iijmio_tsunagaru"),
    // A ¥25,000 used phone: the spare takes its place rather than a repair.
    ("used-iphone-from-iijmio", "buy_spare", "buy_spare"),
    ("damaged-now", "join", "iijmio_tsunagaru"),
    ("risk-averse-never-broken", "join", "iijmio_tsunagaru"),
    // Worth ¥60,000, a Pro Max's ¥56,800 screen is not worth repairing: the spare.
    ("iphone-14-pro-max-at-60000", "buy_spare", "buy_spare"),
    ("linemo-guessed-fee", "join", "linemo_mochikomi_applecare"),
    ("five-year-old-device", "skip", "skip"),
    ("existing-linemo-user", "skip", "skip"),
    ("undecided-iijmio-or-linemo", "join", "iijmio_tsunagaru"),
    // mineo's cover ends with 2027: priced as cancelled then, the plan pays.
    ("pixel-to-mineo", "join", "mineo_mochikomi"),
    // Mysurance costs least of all, bought apart from any carrier.
    ("iphone-17-pro-bought-last-week", "buy_apart", "mysurance"),
    // Two phones lost in two years: the AppleCare+ that replaces a lost one.
    ("lost-two-phones", "buy_apart", "applecare_plus_theft_loss"),
    (
        "android-two-years-on-ymobile",
        "join",
        "ymobile_mochikomi_android",
    ),
    ("bought-14-months-ago", "join", "iijmio_tsunagaru"),
];

#[test]
fn every_persona_gets_its_advice_in_every_format_and_language() {
    for (name, action, option) in PERSONAS {
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
            assert_eq!(v["schema"], 3);
            assert_eq!(v["lang"], lang);
            let rec = &v["recommendation"];
            assert_eq!(rec["action"], action, "{name}");
            assert_eq!(rec["option"], option, "{name}");
            // `plan` is the carrier's plan to add at sign-up, and only for a join.
            let plan = (action == "join").then_some(option);
            assert_eq!(rec["plan"].as_str(), plan, "{name}");
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
fn dates_outside_2000_to_2100_are_rejected_at_their_field() {
    for (from, to, place) in [
        ("2026-11-22", "9999-12-31", "<stdin>:2:5: Today"),
        ("2026-11-22", "1999-12-31", "<stdin>:2:5: Today"),
        ("2024-09", "1900-01", "<stdin>:7:5: Released"),
    ] {
        let text = GOOD.replace(from, to);
        rejects(&text, &[place, to, "outside the years 2000 to 2100"]);
    }
    let far = GOOD.replace(
        "    horizon_months: 24,\n",
        "    horizon_months: 24,\n    warranty_until: Some(\"2101-01\"),\n",
    );
    rejects(&far, &["Warranty until", "2101-01", "2000 to 2100"]);
    let edge = GOOD.replace("2026-11-22", "2100-12-31");
    let out = hosho(
        &["advise", "--answers", "-", "--format", "json"],
        Some(&edge),
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_release_month_long_before_the_catalogs_is_rejected() {
    let with_model = |released: &str| {
        GOOD.replace(
            "    price_yen: Some(80000),\n",
            "    model: Some(\"iPhone 15 Pro\"),\n",
        )
        .replace("2024-09", released)
    };
    rejects(
        &with_model("2000-01"),
        &["Released", "2000-01", "iPhone 15 Pro came out (2023-09)"],
    );
    // A month or two either way is a local release, and is taken.
    let out = hosho(&["advise", "--answers", "-"], Some(&with_model("2023-08")));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn undecided_is_not_a_carrier_one_already_uses() {
    let text = GOOD.replace(
        "    os: Ios,\n",
        "    os: Ios,\n    existing_customer_of: [Linemo, Undecided],\n",
    );
    rejects(
        &text,
        &[
            "<stdin>:6:5: Lines you have now",
            "\"Not decided yet\" is not a carrier",
        ],
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
    // A whole set: the built-in files, two of them changed below.
    for f in hosho::tables::FILES {
        std::fs::copy(format!("data/{f}"), dir.join(f)).unwrap();
    }
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
    let advise = |answers: &str, lang: &str| advice_with(&["--data", &data], answers, lang);
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
            && err.contains("\"Nuro\"")
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

/// Whether the next steps hold this step, due on this day.
fn has_step(v: &serde_json::Value, id: &str, due: &str) -> bool {
    v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"] == id && s["due"] == due)
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
    // Mysurance's Standard plan costs least of every option still open (36 payments of ¥470
    // = ¥16,920 in fees): it is the advice, and the carrier's cheapest plan is weighed
    // against it, as the one that can never be bought later.
    let rec = &v["recommendation"];
    assert_eq!(rec["action"], "buy_apart");
    assert_eq!(rec["option"], "mysurance");
    assert_eq!(rec["variant"], "standard");
    assert!(rec["plan"].is_null(), "no carrier's plan to add");
    assert_eq!(rec["until"], "2027-11-15");
    assert_eq!(option(&v, "mysurance")["fees_yen"], 16_920);
    let versus = rec["versus"]["option"].as_str().unwrap();
    let cheapest_plan = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["bought_apart"] == false && o["eligible"] == true)
        .filter(|o| o["id"] != "skip" && o["id"] != "buy_spare")
        .min_by_key(|o| o["expected_total_yen"].as_i64())
        .unwrap();
    assert_eq!(versus, cheapest_plan["id"].as_str().unwrap());
    let chosen = option(&v, "mysurance")["expected_total_yen"]
        .as_i64()
        .unwrap();
    for o in v["options"].as_array().unwrap() {
        if o["eligible"] == true {
            assert!(
                chosen <= o["expected_total_yen"].as_i64().unwrap(),
                "{}",
                o["id"]
            );
        }
    }
    let headline = rec["headline"].as_str().unwrap();
    assert!(
        headline.starts_with("Don't add the carrier's warranty. Buy Mysurance")
            && headline.contains("by 2027-11-15"),
        "{headline}"
    );
    // The next steps give the last day.
    assert!(
        has_step(&v, "buy_within_purchase_window", "2027-11-15"),
        "{}",
        v["next_steps"]
    );
}

#[test]
fn every_report_starts_with_the_answers_it_rests_on() {
    let answers = seventeen_pro(&[
        ("\"2026-11-15\"", "\"2026-11\""),
        (
            "protection: Case,",
            "protection: Rugged, damaged_now: true, existing_customer_of: [Mineo], lost_or_stolen_2y: 2,",
        ),
    ]);
    for (lang, title, said) in [
        (
            "en",
            "Your answers",
            [
                "Device: iPhone 17 Pro (iOS), your own phone, brought along",
                "Price: ¥179,800 (its launch price, from the catalog)",
                "Released: 2025-09; bought: 2026-11",
                "Carrier: not decided yet (every carrier compared); already a customer of mineo",
                "Broken in the last 2 years: 1 by a drop or knock, 0 by water; lost or stolen: 2; protection: a rugged case",
                "AppleCare+ or another warranty: none",
                "Keeping it 36 months; weighing the average cost over the years",
                "Also: Damaged now",
            ],
        ),
        (
            "ja",
            "ご回答の内容",
            [
                "端末：iPhone 17 Pro（iOS）、手持ちの端末を持ち込み",
                "価格：179,800円（カタログの発売時価格）",
                "発売：2025年9月、購入：2026年11月",
                "通信会社：まだ決めていない（すべての会社を比較）、契約中の会社：mineo",
                "過去2年の破損：落下・衝撃1回、水濡れ0回、紛失・盗難2台、保護：耐衝撃ケース",
                "AppleCare+などの保証：なし",
                "使う期間：36か月、重視すること：長い目で見た平均の費用",
                "そのほか：いま破損あり",
            ],
        ),
    ] {
        for format in ["text", "markdown"] {
            let out = hosho(
                &[
                    "advise",
                    "--answers",
                    "-",
                    "--format",
                    format,
                    "--lang",
                    lang,
                ],
                Some(&answers),
            );
            assert!(out.status.success());
            let report = String::from_utf8(out.stdout).unwrap();
            // After the title and the date, before the verdict.
            let head: Vec<&str> = report.lines().filter(|l| !l.trim().is_empty()).collect();
            assert!(head[2].ends_with(title), "{format} {lang}:\n{report}");
            for (n, line) in said.iter().enumerate() {
                assert!(
                    head[3 + n].ends_with(line),
                    "{format} {lang}: {line:?} as line {}:\n{report}",
                    3 + n
                );
            }
        }
    }
    let v = advice_for(&answers, "en");
    let a = &v["answers"];
    assert_eq!(a["model"], "iPhone 17 Pro");
    assert_eq!(a["price_yen"], 179_800);
    assert_eq!(a["price_from_catalog"], true);
    assert_eq!(a["released"], "2025-09");
    assert_eq!(a["bought"], "2026-11");
    assert_eq!(a["carrier"], "Undecided");
    assert_eq!(a["device_source"], "BringOwn");
    assert_eq!(a["os"], "Ios");
    assert_eq!(a["protection"], "Rugged");
    assert_eq!(a["damaged_now"], true);
    assert_eq!(a["existing_customer_of"], serde_json::json!(["Mineo"]));
    assert_eq!(a["horizon_months"], 36);
    assert_eq!(a["damage_incidents_2y"], 1);
}

#[test]
fn a_month_of_purchase_counts_the_windows_on_the_safe_side_and_says_so() {
    let warned = |v: &serde_json::Value| {
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["id"] == "bought_month")
    };
    // Bought in 2026-11, today 2026-11-22: every window counted from 2026-11-01, so AppleCare+
    // (30 days) closes on 2026-12-01 and Mysurance (a year) on 2027-11-01.
    let v = seventeen_pro_advice(&[("\"2026-11-15\"", "\"2026-11\"")], "en");
    let rec = &v["recommendation"];
    assert_eq!(rec["option"], "mysurance");
    assert_eq!(rec["until"], "2027-11-01");
    assert!(has_step(&v, "buy_within_purchase_window", "2027-11-01"));
    assert!(warned(&v), "{}", v["warnings"]);
    let said = v["warnings"][0]["message"].as_str().unwrap();
    assert!(said.contains("2026-11-01"), "{said}");
    let v = seventeen_pro_advice(&[("\"2026-11-15\"", "\"2026-11\"")], "ja");
    let said = v["warnings"][0]["message"].as_str().unwrap();
    assert!(said.contains("2026年11月1日"), "{said}");
    // Bought in 2026-10: AppleCare+ closed on 2026-10-31 if bought on the 1st, open until
    // 2026-11-30 if bought on the 31st. Which it is depends on the day: to confirm.
    let v = seventeen_pro_advice(&[("\"2026-11-15\"", "\"2026-10\"")], "en");
    let apple = option(&v, "applecare_plus");
    assert!(has_gate(apple, "gate_bought_within", "soft"), "{apple}");
    assert!(!has_gate(apple, "gate_bought_within", "hard"), "{apple}");
    // Bought in 2026-09: even from its last day the 30 days are past.
    let v = seventeen_pro_advice(&[("\"2026-11-15\"", "\"2026-09\"")], "en");
    let apple = option(&v, "applecare_plus");
    assert!(has_gate(apple, "gate_bought_within", "hard"), "{apple}");
    assert_eq!(apple["eligible"], false);
    // A day known says nothing of months.
    assert!(!warned(&advice_of("iphone-17-pro-bought-last-week")));
    // A month after today's, or before the model came out, is refused naming the field.
    for (month, said) in [
        ("2026-12", "is after today"),
        ("2025-08", "before the model came out"),
    ] {
        let text = seventeen_pro(&[("\"2026-11-15\"", &format!("\"{month}\""))]);
        let out = hosho(&["advise", "--answers", "-", "--lang", "en"], Some(&text));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("Bought") && err.contains(said), "{err}");
        assert!(out.stdout.is_empty());
    }
    let text = seventeen_pro(&[("\"2026-11-15\"", "\"2026-11-5\"")]);
    let out = hosho(&["advise", "--answers", "-", "--lang", "en"], Some(&text));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("neither a day (YYYY-MM-DD) nor a month (YYYY-MM)"),
        "{err}"
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
fn a_pixel_on_mineo_pays_only_while_its_cover_runs() {
    let v = advice_of("pixel-to-mineo");
    let plan = option(&v, "mineo_mochikomi");
    assert_eq!(plan["eligible"], true);
    let rules = reason_rules(&v);
    // Joinable later: no "only at sign-up" reason.
    assert!(!rules.contains(&"no_rejoin"), "{rules:?}");
    // Cover ends 2027-12, the end of the third year after a 2024-08 release: the plan is
    // priced as cancelled then. Billed 2026-11 to 2027-12, 14 months of ¥550 = ¥7,700 (not
    // 25 months, ¥13,750, as before).
    assert_eq!(plan["cover_ends"], "2027-12");
    assert_eq!(plan["fees_yen"], 7_700);
    assert!(rules.contains(&"cover_ends"), "{rules:?}");
    let series = |id: &str| -> Vec<i64> {
        option(&v, id)["monthly_cumulative_yen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect()
    };
    let (mineo, skip) = (series("mineo_mochikomi"), series("skip"));
    // 2026-11 is month 0, 2027-12 month 13: from month 14 on, no fee and no cover, so each
    // month costs what skipping costs.
    for m in 14..mineo.len() {
        let plan_step = mineo[m] - mineo[m - 1];
        let skip_step = skip[m] - skip[m - 1];
        assert!(
            (plan_step - skip_step).abs() <= 1,
            "month {m}: {plan_step} vs {skip_step}"
        );
    }
    // With the fees on the right months the plan pays: ¥21,929 against ¥28,050.
    assert_eq!(v["recommendation"]["action"], "join");
    assert!(
        plan["expected_total_yen"].as_i64() < option(&v, "skip")["expected_total_yen"].as_i64()
    );
    assert!(
        has_step(&v, "cancel_at_cover_end", "2027-12-31"),
        "{}",
        v["next_steps"]
    );
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

/// The advice for answers given on standard input, as JSON in `lang`.
fn advice_for(answers: &str, lang: &str) -> serde_json::Value {
    advice_with(&[], answers, lang)
}

/// [`advice_for`] with more arguments (`--data DIR`).
fn advice_with(more: &[&str], answers: &str, lang: &str) -> serde_json::Value {
    let mut args = vec![
        "advise",
        "--answers",
        "-",
        "--format",
        "json",
        "--lang",
        lang,
    ];
    args.extend_from_slice(more);
    let out = hosho(&args, Some(answers));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The JSON advice for the iPhone 17 Pro persona, with some fields replaced.
fn seventeen_pro_advice(replace: &[(&str, &str)], lang: &str) -> serde_json::Value {
    advice_for(&seventeen_pro(replace), lang)
}

/// The iPhone 17 Pro persona's answers, with some fields replaced.
fn seventeen_pro(replace: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string("assets/iphone-17-pro-bought-last-week.ron").unwrap();
    for (from, to) in replace {
        assert!(text.contains(from), "{from}");
        text = text.replace(from, to);
    }
    text
}

#[test]
fn cover_bought_apart_is_billed_once_a_month_from_its_start() {
    // 36 months of Mysurance's Standard plan are 36 payments of ¥470 = ¥16,920 (a calendar
    // count from the sign-up month to the cancellation month billed 37, ¥17,390). Mobile
    // hoken, ¥700: 36 payments, ¥25,200.
    let v = advice_of("iphone-17-pro-bought-last-week");
    assert_eq!(option(&v, "mysurance")["fees_yen"], 16_920);
    assert_eq!(option(&v, "mobile_hoken")["fees_yen"], 25_200);
    // The carriers keep their own rules: つながる bills from the month after next (2027-01)
    // through the cancellation month 2029-11, 35 months of ¥550 = ¥19,250.
    assert_eq!(option(&v, "iijmio_tsunagaru")["fees_yen"], 19_250);
}

#[test]
fn applecare_plus_is_priced_both_ways_of_paying_and_the_cheaper_is_named() {
    // An overseas model bought last week: the carriers' plans and the insurers are closed to
    // it, AppleCare+ is not. iPhone 15 Pro tier: ¥1,580 a month or ¥31,800 for two years.
    //   12 months: 12 × 1,580 = ¥18,960, less than ¥31,800: monthly.
    //   20 months: 20 × 1,580 = ¥31,600, still less: monthly.
    //   21 months: 21 × 1,580 = ¥33,180: two years at once, ¥31,800.
    //   24 months: ¥31,800 at once against 24 × 1,580 = ¥37,920 (not 25 payments, ¥39,500).
    //   36 months: ¥31,800, then 12 × 1,580 = ¥18,960 monthly: ¥50,760 against ¥56,880.
    let answers = |months: u32| {
        format!(
            r#"(today: Some("2026-11-22"), carrier: Povo, device_source: BringOwn, os: Ios,
                model: Some("iPhone 15 Pro"), bought: Some("2026-11-15"), overseas_model: true,
                damage_incidents_2y: 2, water_incidents_2y: 0, horizon_months: {months})"#
        )
    };
    for (months, fees, at_once) in [
        (12, 18_960, false),
        (20, 31_600, false),
        (21, 31_800, true),
        (24, 31_800, true),
        (36, 50_760, true),
    ] {
        let v = advice_for(&answers(months), "en");
        let o = option(&v, "applecare_plus");
        assert_eq!(o["eligible"], true, "{months}");
        assert_eq!(o["fees_yen"], fees, "{months} months");
        assert_eq!(o["paid_at_once"].is_object(), at_once, "{months} months");
        let rec = &v["recommendation"];
        assert_eq!(rec["action"], "buy_apart", "{months}");
        assert_eq!(rec["option"], "applecare_plus", "{months}");
        let headline = rec["headline"].as_str().unwrap();
        assert_eq!(
            headline.contains("and pay ¥31,800 for two years at once"),
            at_once,
            "{headline}"
        );
    }
    let v = advice_for(&answers(36), "ja");
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    assert!(
        headline.contains("2年分31,800円の一括払い、3年目からは月払い"),
        "{headline}"
    );
    assert_eq!(
        option(&v, "applecare_plus")["paid_at_once"],
        serde_json::json!({ "yen": 31800, "months": 24 })
    );
}

#[test]
fn the_cheapest_cover_leads_the_headline_and_the_carriers_plan_is_the_alternative() {
    // The iPhone 17 Pro bought a week ago, on IIJmio: Mysurance's Standard plan is cheaper
    // than つながる端末保証 on both figures, so it leads; the carrier's plan, which can never
    // be bought later, is what it is weighed against.
    let v = seventeen_pro_advice(&[("carrier: Undecided", "carrier: Iijmio")], "en");
    let rec = &v["recommendation"];
    assert_eq!(rec["action"], "buy_apart");
    assert_eq!(rec["option"], "mysurance");
    assert_eq!(rec["versus"]["option"], "iijmio_tsunagaru");
    let (mysurance, tsunagaru) = (option(&v, "mysurance"), option(&v, "iijmio_tsunagaru"));
    for figure in ["expected_total_yen", "bad_case_total_yen"] {
        assert!(
            mysurance[figure].as_i64() < tsunagaru[figure].as_i64(),
            "{figure}"
        );
    }
    let headline = rec["headline"].as_str().unwrap();
    let expected = format!(
        "Don't add the carrier's warranty. Buy Mysurance smartphone insurance (スマホ保険), Standard plan by 2027-11-15: ¥{} over 36 months, against ¥{} with IIJmio Tsunagaru device warranty (つながる端末保証)",
        hosho::yen::group(mysurance["expected_total_yen"].as_i64().unwrap()),
        hosho::yen::group(tsunagaru["expected_total_yen"].as_i64().unwrap()),
    );
    assert!(headline.starts_with(&expected), "{headline}");
    // The carrier's plan can never be bought later: the reasons say so.
    assert!(reason_rules(&v).contains(&"no_rejoin"));
    let v = seventeen_pro_advice(&[("carrier: Undecided", "carrier: Iijmio")], "ja");
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    assert!(
        headline.starts_with(
            "通信会社の保証オプションには加入せず、2027年11月15日までにMysurance スマホ保険のスタンダードプランに申し込むことをおすすめします。"
        ),
        "{headline}"
    );
}

#[test]
fn applecare_plus_or_the_carriers_plan_is_answered_in_the_headline() {
    // Both open: AppleCare+ (until 2026-12-15, 30 days from 2026-11-15) and つながる. The
    // verdict weighs Mysurance against つながる, so the headline adds AppleCare+ against it.
    let v = seventeen_pro_advice(&[("carrier: Undecided", "carrier: Iijmio")], "en");
    let compared = &v["recommendation"]["compared"];
    assert_eq!(compared["option"], "applecare_plus");
    assert_eq!(compared["plan"], "iijmio_tsunagaru");
    assert_eq!(compared["until"], "2026-12-15");
    let applecare = option(&v, "applecare_plus")["expected_total_yen"]
        .as_i64()
        .unwrap();
    let tsunagaru = option(&v, "iijmio_tsunagaru")["expected_total_yen"]
        .as_i64()
        .unwrap();
    assert_eq!(compared["expected_total_yen"], applecare);
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    let said = format!(
        "AppleCare+ for iPhone or IIJmio Tsunagaru device warranty (つながる端末保証)? Over 36 months AppleCare+ for iPhone is expected to cost ¥{} (buy it by 2026-12-15), IIJmio Tsunagaru device warranty (つながる端末保証) ¥{}.",
        hosho::yen::group(applecare),
        hosho::yen::group(tsunagaru)
    );
    assert!(headline.contains(&said), "{headline}");
    // Bought 14 months ago, AppleCare+ is closed: no comparison.
    let v = advice_of("bought-14-months-ago");
    assert!(v["recommendation"].get("compared").is_none());
}

#[test]
fn an_unknown_day_of_purchase_says_what_the_day_decides() {
    // Without the day, Mysurance's window (1 year) cannot be checked: it would cost least
    // if the phone was bought on 2025-11-22 (2026-11-22 less 365 days) or later.
    let v = seventeen_pro_advice(&[("bought: Some(\"2026-11-15\"),", "")], "en");
    let rec = &v["recommendation"];
    assert_ne!(
        rec["action"], "buy_apart",
        "an unknown window does not decide"
    );
    let since = &rec["if_bought_since"];
    assert_eq!(since["option"], "mysurance");
    assert_eq!(since["since"], "2025-11-22");
    let total = option(&v, "mysurance")["expected_total_yen"]
        .as_i64()
        .unwrap();
    assert_eq!(since["expected_total_yen"], total);
    assert!(
        total
            < rec["versus"]["expected_total_yen"]
                .as_i64()
                .unwrap_or(i64::MAX)
    );
    let headline = rec["headline"].as_str().unwrap();
    assert!(
        headline.contains("If you bought the phone on 2025-11-22 or later, Mysurance"),
        "{headline}"
    );
    assert!(headline.ends_with("Check the receipt."), "{headline}");
    let v = seventeen_pro_advice(&[("bought: Some(\"2026-11-15\"),", "")], "ja");
    let headline = v["recommendation"]["headline"].as_str().unwrap();
    assert!(
        headline.contains("なお、2025年11月22日以降に購入した端末なら、Mysurance"),
        "{headline}"
    );
}

#[test]
fn a_risk_averse_user_gets_the_lowest_bad_case_among_the_carriers_plans() {
    // The iPhone 17 Pro, day of purchase unknown (so the cover bought apart stays to
    // confirm), carrier not decided, a Rakuten line held already (its plan is for new lines),
    // guarding against bad luck: LINEMO's AppleCare plan has the lowest bad case of the
    // carriers' plans (its fee, the Pro tier of the nearest listed family, is a condition to
    // confirm, not a reason to pass it over).
    let answers = seventeen_pro(&[(
        "bought: Some(\"2026-11-15\"),",
        "risk: Averse, existing_customer_of: [Rakuten],",
    )]);
    let v = advice_for(&answers, "en");
    let plans: Vec<&serde_json::Value> = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["bought_apart"] == false && o["eligible"] == true)
        .filter(|o| o["id"] != "skip" && o["id"] != "buy_spare")
        .collect();
    let lowest = plans
        .iter()
        .min_by_key(|o| o["bad_case_total_yen"].as_i64())
        .unwrap();
    assert_eq!(lowest["id"], "linemo_mochikomi_applecare");
    let rec = &v["recommendation"];
    assert_eq!(rec["action"], "join");
    assert_eq!(rec["option"], "linemo_mochikomi_applecare");
    let tsunagaru = option(&v, "iijmio_tsunagaru")["bad_case_total_yen"]
        .as_i64()
        .unwrap();
    assert!(lowest["bad_case_total_yen"].as_i64().unwrap() < tsunagaru);
    // The guessed fee is said first, as a check.
    let headline = rec["headline"].as_str().unwrap();
    assert!(
        headline.contains("the fee of its nearest model family"),
        "{headline}"
    );
}

#[test]
fn options_that_cannot_apply_to_the_device_are_not_shown() {
    // A Pixel owner sees no AppleCare+ row, fee or deadline, in any format; JSON keeps the
    // row, marked as not applicable.
    for format in ["text", "markdown"] {
        for lang in ["en", "ja"] {
            let out = hosho(
                &[
                    "advise",
                    "--answers",
                    "assets/pixel-to-mineo.ron",
                    "--format",
                    format,
                    "--lang",
                    lang,
                ],
                None,
            );
            let text = String::from_utf8(out.stdout).unwrap();
            // The list of sources may name AppleCare+ in a title; nothing before it does.
            let heading = if lang == "en" { "Sources" } else { "出典" };
            let body: String = text
                .lines()
                .take_while(|l| l.trim_start_matches('#').trim() != heading)
                .collect::<Vec<_>>()
                .join("\n");
            assert!(!body.contains("AppleCare"), "{format} {lang}:\n{body}");
        }
    }
    let v = advice_of("pixel-to-mineo");
    let applecare = option(&v, "applecare_plus");
    assert_eq!(applecare["applicable"], false);
    assert_eq!(option(&v, "mineo_mochikomi")["applicable"], true);
    let never = v["reasons"].to_string() + &v["next_steps"].to_string();
    assert!(!never.contains("AppleCare"), "{never}");
    // Every source a gate cites is in the list, shown rows' and hidden rows' alike.
    let listed: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for o in v["options"].as_array().unwrap() {
        for g in o["gates"].as_array().unwrap() {
            for s in g["sources"].as_array().unwrap() {
                assert!(listed.contains(&s.as_str().unwrap()), "{s} of {}", o["id"]);
            }
        }
    }
}

#[test]
fn mobile_hoken_takes_an_older_phone_while_a_paid_warranty_covers_it() {
    // An iPhone 15 Pro bought long ago, AppleCare+ until 2026-12: past its one-year window,
    // Mobile hoken still takes the phone while that warranty is in force, so it is open
    // until 2026-12-31, with its own step. It costs least here (one drop in two years).
    let v = advice_for(
        r#"(today: Some("2026-11-22"), carrier: Iijmio, device_source: BringOwn, os: Ios,
            model: Some("iPhone 15 Pro"), bought: Some("2023-10-01"), warranty_until: Some("2026-12"),
            damage_incidents_2y: 1, water_incidents_2y: 0, horizon_months: 24)"#,
        "en",
    );
    let hoken = option(&v, "mobile_hoken");
    assert_eq!(hoken["eligible"], true);
    assert!(!has_gate(hoken, "gate_bought_within", "hard"));
    assert_eq!(
        option(&v, "mysurance")["eligible"],
        false,
        "its window is closed"
    );
    let rec = &v["recommendation"];
    assert_eq!(rec["option"], "mobile_hoken");
    assert_eq!(rec["until"], "2026-12-31");
    let steps = v["next_steps"].as_array().unwrap();
    let step = steps
        .iter()
        .find(|s| s["id"] == "buy_while_covered")
        .expect("the step to join while covered");
    assert_eq!(step["due"], "2026-12-31");
    assert!(
        step["message"]
            .as_str()
            .unwrap()
            .contains("before you leave"),
        "{step}"
    );
    // Without a warranty in force, the same phone is past the window.
    let v = advice_for(
        r#"(today: Some("2026-11-22"), carrier: Iijmio, device_source: BringOwn, os: Ios,
            model: Some("iPhone 15 Pro"), bought: Some("2023-10-01"),
            damage_incidents_2y: 1, water_incidents_2y: 0, horizon_months: 24)"#,
        "en",
    );
    assert!(has_gate(
        option(&v, "mobile_hoken"),
        "gate_bought_within",
        "hard"
    ));
}

#[test]
fn help_terms_explains_the_words_of_the_plans_in_both_languages() {
    for (lang, words) in [
        (
            "ja",
            [
                "自己負担",
                "年間上限",
                "持込端末",
                "全損",
                "自然故障",
                "正規修理",
                "代替機",
            ],
        ),
        (
            "en",
            [
                "Copay",
                "Yearly limit",
                "Device brought along",
                "Total loss",
                "Natural failure",
                "Authorised repair",
                "Replacement phone",
            ],
        ),
    ] {
        let out = hosho(&["help", "terms", "--lang", lang], None);
        assert!(out.status.success(), "{lang}");
        let text = String::from_utf8(out.stdout).unwrap();
        for w in words {
            assert!(text.contains(&format!("\n{w}")), "{lang}: {w} in\n{text}");
        }
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn completions_for_every_shell_and_a_manual_in_the_users_language() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = hosho(&["completions", shell], None);
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        for word in ["advise", "answers", "counter", "kiosk-pin"] {
            assert!(text.contains(word), "{shell}: {word}");
        }
    }
    // bash reads the bash completions without a syntax error, where bash is installed.
    let script = hosho(&["completions", "bash"], None).stdout;
    let file = std::env::temp_dir().join(format!("hosho-completions-{}.bash", std::process::id()));
    std::fs::write(&file, &script).unwrap();
    if let Ok(checked) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
    {
        assert!(
            checked.status.success(),
            "{}",
            String::from_utf8_lossy(&checked.stderr)
        );
    }
    let _ = std::fs::remove_file(&file);
    // A shell hosho has no completions for is refused, exit 2.
    let out = hosho(&["completions", "tcsh"], None);
    assert_eq!(out.status.code(), Some(2));
    for (lang, said) in [("en", "Advice for an answers file"), ("ja", "回答ファイル")] {
        let out = hosho(&["man", "--lang", lang], None);
        assert!(out.status.success());
        let page = String::from_utf8(out.stdout).unwrap();
        assert!(page.contains(".TH hosho 1"), "{page}");
        assert!(page.contains(said), "{lang}: {page}");
        for command in ["advise", "tables", "validate", "completions"] {
            assert!(page.contains(command), "{lang}: {command}");
        }
    }
}

#[test]
fn the_version_names_the_commit_and_the_tables() {
    let sha = |text: &str, after: &str| -> String {
        let at = text
            .find(after)
            .unwrap_or_else(|| panic!("{after} in {text}"))
            + after.len();
        text[at..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect()
    };
    let out = hosho(&["--version", "--lang", "en"], None);
    assert!(out.status.success());
    let en = String::from_utf8(out.stdout).unwrap();
    assert!(
        en.starts_with(&format!("hosho {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{en}"
    );
    let digest = sha(&en, "sha256 ");
    assert_eq!(digest.len(), 12, "{en}");
    let out = hosho(&["-V", "--lang", "ja"], None);
    let ja = String::from_utf8(out.stdout).unwrap();
    assert!(ja.contains("コミット") && ja.contains("料金表"), "{ja}");
    assert_eq!(sha(&ja, "sha256 "), digest);
    // The JSON says the same of the advice it gives.
    let v = advice_of("cheap-android-in-case");
    assert_eq!(v["build"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["build"]["tables_sha256"], digest.as_str());
    assert!(en.contains(v["build"]["commit"].as_str().unwrap()), "{en}");
    assert_eq!(v["build"]["tables_as_of"], "2026-11");
}

#[test]
fn the_deb_carries_files_that_are_there_or_that_its_script_makes() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let deb = &v["packages"][0]["metadata"]["deb"];
    let script = std::fs::read_to_string("assets/deb/prepare.sh").unwrap();
    let assets = deb["assets"].as_array().expect("assets listed");
    for asset in assets {
        let from = asset[0].as_str().unwrap();
        match from.strip_prefix("target/deb-assets/") {
            Some(made) => assert!(script.contains(made), "prepare.sh makes no {made}"),
            None if from == "target/release/hosho" => {
                assert!(script.contains("cargo build --release"))
            }
            None => assert!(std::path::Path::new(from).exists(), "{from} is not there"),
        }
    }
    for needed in ["usr/bin/", "usr/share/man/man1/", "completions"] {
        assert!(
            assets
                .iter()
                .any(|a| a[1].as_str().unwrap().contains(needed)),
            "{needed}"
        );
    }
    // The kiosk unit goes in, not enabled.
    let units = &deb["systemd-units"];
    assert_eq!(units["enable"], false);
    let unit = format!(
        "{}/{}.service",
        units["unit-scripts"].as_str().unwrap(),
        units["unit-name"].as_str().unwrap()
    );
    assert!(std::path::Path::new(&unit).exists(), "{unit}");
}

/// A fresh directory in the temp folder for a test named `name`.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hosho-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_bundle_is_written_checked_and_read_as_its_manifest_says() {
    let root = scratch("bundle");
    let (src, out) = (root.join("src"), root.join("out"));
    std::fs::create_dir_all(&src).unwrap();
    for f in hosho::tables::FILES {
        std::fs::copy(format!("data/{f}"), src.join(f)).unwrap();
    }
    let made = hosho(
        &[
            "tables",
            "bundle",
            src.to_str().unwrap(),
            out.to_str().unwrap(),
            "--name",
            "shop-2026-12",
        ],
        None,
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(String::from_utf8_lossy(&made.stdout).contains("shop-2026-12"));
    let manifest = std::fs::read_to_string(out.join("manifest.ron")).unwrap();
    assert!(
        manifest.contains("bundle: \"shop-2026-12\"") && manifest.contains("as_of: \"2026-11\"")
    );
    assert!(manifest.contains(&format!("min_hosho: \"{}\"", env!("CARGO_PKG_VERSION"))));
    // Read as the built-in tables are: the same advice, the same fingerprint.
    let data = out.to_str().unwrap().to_string();
    let answers = std::fs::read_to_string("assets/expensive-iphone-dropper.ron").unwrap();
    let from_bundle = advice_with(&["--data", &data], &answers, "en");
    let built_in = advice_for(&answers, "en");
    assert_eq!(from_bundle["recommendation"], built_in["recommendation"]);
    assert_eq!(
        from_bundle["build"]["tables_sha256"],
        built_in["build"]["tables_sha256"]
    );
    // Refused, naming what is wrong: a file changed, a file gone, a file added, a newer hosho.
    let refused = |what: &str, said: &str| {
        let out = hosho(
            &["advise", "--data", &data, "--answers", "-", "--lang", "en"],
            Some(&answers),
        );
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{what}: {err}");
        assert!(err.contains(said), "{what}: {err}");
        assert!(out.stdout.is_empty());
    };
    let plans = out.join("plans.ron");
    let text = std::fs::read_to_string(&plans).unwrap();
    std::fs::write(&plans, text.replacen("yen: 550", "yen: 5", 1)).unwrap();
    refused(
        "changed",
        "plans.ron:1:1: does not match the manifest's SHA-256",
    );
    std::fs::write(&plans, &text).unwrap();
    std::fs::remove_file(out.join("risk.ron")).unwrap();
    refused(
        "gone",
        "risk.ron:1:1: listed in the manifest, but not in the bundle",
    );
    std::fs::copy("data/risk.ron", out.join("risk.ron")).unwrap();
    std::fs::write(out.join("extra.ron"), "()").unwrap();
    refused("added", "extra.ron:1:1: not in the manifest");
    std::fs::remove_file(out.join("extra.ron")).unwrap();
    let manifest_path = out.join("manifest.ron");
    std::fs::write(
        &manifest_path,
        manifest.replace(
            &format!("min_hosho: \"{}\"", env!("CARGO_PKG_VERSION")),
            "min_hosho: \"99.0.0\"",
        ),
    )
    .unwrap();
    refused("newer", "needs hosho 99.0.0 or later");
    // A bundle is written only of a whole set, checked.
    std::fs::remove_file(src.join("rules.ron")).unwrap();
    let partial = hosho(
        &[
            "tables",
            "bundle",
            src.to_str().unwrap(),
            root.join("b2").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(partial.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&partial.stderr).contains("missing here: rules.ron"));
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_set_missing_a_file_is_refused_for_advice_and_checked_by_validate() {
    let dir = scratch("partial");
    std::fs::copy("data/plans.ron", dir.join("plans.ron")).unwrap();
    let data = dir.to_str().unwrap();
    let answers = std::fs::read_to_string("assets/expensive-iphone-dropper.ron").unwrap();
    for lang in ["en", "ja"] {
        let out = hosho(
            &["advise", "--data", data, "--answers", "-", "--lang", lang],
            Some(&answers),
        );
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("sources.ron, carriers.ron, devices.ron"),
            "{err}"
        );
    }
    // A set being made is still checked file by file.
    let out = hosho(&["validate", "--data", data], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn leaving_a_carrier_whose_warranty_covers_the_phone_is_dated_today() {
    // A Pixel 8 bought in 2024-06, over a year ago, under a warranty said to run to 2026-12:
    // モバイル保険 takes it only while that warranty covers it. If the warranty is the old
    // carrier's, it ends at the switch: the step says so, due today, naming モバイル保険.
    let answers = r#"(today: Some("2026-12-07"), carrier: Iijmio, device_source: BringOwn, os: Android,
        model: Some("Google Pixel 8"), bought: Some("2024-06-10"), damage_incidents_2y: 1,
        water_incidents_2y: 0, warranty_until: Some("2026-12"), horizon_months: 24)"#;
    for lang in ["en", "ja"] {
        let v = advice_for(answers, lang);
        assert!(
            has_step(&v, "leaving_ends_cover", "2026-12-07"),
            "{}",
            v["next_steps"]
        );
        let text = v["next_steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "leaving_ends_cover")
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_string();
        let named = if lang == "en" {
            "Mobile hoken"
        } else {
            "モバイル保険"
        };
        assert!(text.contains(named), "{text}");
    }
    // Without a warranty in force, no such step.
    let v = advice_for(&answers.replace(r#"Some("2026-12")"#, "None"), "en");
    let ids: Vec<&str> = v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert!(!ids.contains(&"leaving_ends_cover"), "{ids:?}");
}

#[test]
fn the_android_models_of_2024_to_2026_bring_their_release_month_and_ask_the_price() {
    for (model, released) in [
        ("AQUOS sense10", "2025-11"),
        ("Xperia 10 VII", "2025-09"),
        ("Galaxy S25", "2025-02"),
        ("Pixel 10 Pro", "2025-08"),
        ("arrows Alpha", "2025-08"),
    ] {
        let answers = format!(
            r#"(carrier: Iijmio, device_source: BringOwn, os: Android, model: Some("{model}"),
               damage_incidents_2y: 0, water_incidents_2y: 0, horizon_months: 24)"#
        );
        // No source gives its Japanese launch price: it must be given.
        let out = hosho(&["advise", "--answers", "-"], Some(&answers));
        assert_eq!(out.status.code(), Some(2), "{model}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("Price:") && err.contains("no launch price") && err.contains(model),
            "{err}"
        );
        // With a price, the catalog's release month is the one used.
        let priced = answers.replace("horizon_months", "price_yen: Some(60000), horizon_months");
        let v = advice_for(&priced, "en");
        assert_eq!(v["answers"]["released"], released, "{model}");
    }
}
