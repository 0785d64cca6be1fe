//! A fuzz harness that runs in `cargo test` within seconds: the answers reader, the tables
//! loader and the kiosk config reader fed mutated files (hostile numbers, stray bytes, cut
//! text, controls). None may panic; every message must be placed and inert; and any table set
//! the loader accepts must give finite, non-negative yen and bounded break-evens.
//!
//! A longer run: `HOSHO_FUZZ_CASES=20000 cargo test --release --test suite fuzz` (see the README).

use crate::common;

use hosho::answers::Answers;
use hosho::calendar::Date;
use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::operator::config::KioskConfig;
use hosho::tables::{TableError, Tables};
use proptest::prelude::*;

/// Cases per property: `HOSHO_FUZZ_CASES`, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("HOSHO_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Numbers that break arithmetic, as RON writes them.
const HOSTILE_NUMBERS: [&str; 16] = [
    "NaN",
    "inf",
    "-inf",
    "1e-300",
    "1e300",
    "-1",
    "0",
    "0.0",
    "-0.0",
    "1e-9",
    "4294967295",
    "18446744073709551615",
    "99999999",
    "0.5",
    "2",
    "3.0",
];

/// Text that breaks readers and terminals.
const HOSTILE_TEXT: [&str; 10] = [
    "\u{1b}]52;c;cHduZWQ=\u{7}",
    "\\u{1b}[2J",
    "\\x07",
    "\u{202e}",
    "\"",
    "(",
    "]",
    "//",
    "\u{feff}",
    "ｉＰｈｏｎｅ",
];

/// Dates at and past the edges of the years taken (2000 to 2100), and a model's release month
/// far before its catalog's.
const HOSTILE_DATES: [&str; 8] = [
    "9999-12-31",
    "0000-01-01",
    "1999-12-31",
    "2100-12-31",
    "2101-01-01",
    "1900-01",
    "2000-01",
    "9999-12",
];

/// The byte offsets of the quoted dates (`"YYYY-MM"`, `"YYYY-MM-DD"`) in a RON text, without
/// their quotes.
fn dates(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let is_date = |s: &[u8]| {
        (s.len() == 7 || s.len() == 10)
            && s.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
    };
    let mut out = Vec::new();
    for (i, _) in text.match_indices('"') {
        for len in [7, 10] {
            let end = i + 1 + len;
            if b.get(end) == Some(&b'"') && is_date(&b[i + 1..end]) {
                out.push((i + 1, end));
            }
        }
    }
    out
}

/// The byte offsets of a carrier's id written as a RON identifier.
fn carriers(text: &str) -> Vec<(usize, usize)> {
    ["Iijmio", "Linemo"]
        .iter()
        .flat_map(|id| text.match_indices(id).map(|(i, m)| (i, i + m.len())))
        .collect()
}

/// The byte offsets of the numbers in a RON text, outside strings and comments.
fn numbers(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let (mut out, mut i) = (Vec::new(), 0);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += 1;
                }
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            c if c.is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b'_') {
                    i += 1;
                }
                out.push((start, i));
            }
            _ => i += 1,
        }
    }
    out
}

/// One change to a text.
#[derive(Debug, Clone)]
enum Mutation {
    /// The `n`th number (of all, modulo) becomes a hostile one.
    Number(usize, usize),
    /// Hostile text inserted at a fraction of the length.
    Insert(f64, usize),
    /// A byte at a fraction of the length replaced.
    Byte(f64, u8),
    /// Cut at a fraction of the length.
    Cut(f64),
    /// The `n`th quoted date (modulo) becomes a hostile one.
    Date(usize, usize),
    /// The `n`th carrier (modulo) becomes `Undecided`.
    Undecided(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 0..HOSTILE_NUMBERS.len()).prop_map(|(n, v)| Mutation::Number(n, v)),
        1 => (0.0..1.0f64, 0..HOSTILE_TEXT.len()).prop_map(|(f, t)| Mutation::Insert(f, t)),
        1 => (0.0..1.0f64, any::<u8>()).prop_map(|(f, b)| Mutation::Byte(f, b)),
        1 => (0.0..1.0f64).prop_map(Mutation::Cut),
        2 => (any::<usize>(), 0..HOSTILE_DATES.len()).prop_map(|(n, v)| Mutation::Date(n, v)),
        1 => any::<usize>().prop_map(Mutation::Undecided),
    ]
}

/// `text` with the mutations applied, as bytes (a replaced byte may leave it not UTF-8).
fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
        match m {
            Mutation::Number(n, v) => {
                let Ok(now) = std::str::from_utf8(&bytes) else {
                    continue;
                };
                let spots = numbers(now);
                if spots.is_empty() {
                    continue;
                }
                let (s, e) = spots[n % spots.len()];
                bytes.splice(s..e, HOSTILE_NUMBERS[*v].bytes());
            }
            Mutation::Insert(f, t) => {
                let i = at(*f, bytes.len());
                bytes.splice(i..i, HOSTILE_TEXT[*t].bytes());
            }
            Mutation::Byte(f, b) => {
                if !bytes.is_empty() {
                    let i = at(*f, bytes.len() - 1);
                    bytes[i] = *b;
                }
            }
            Mutation::Cut(f) => bytes.truncate(at(*f, bytes.len())),
            Mutation::Date(n, v) => {
                let Ok(now) = std::str::from_utf8(&bytes) else {
                    continue;
                };
                let spots = dates(now);
                if let Some(&(s, e)) = spots.get(n % spots.len().max(1)) {
                    bytes.splice(s..e, HOSTILE_DATES[*v].bytes());
                }
            }
            Mutation::Undecided(n) => {
                let Ok(now) = std::str::from_utf8(&bytes) else {
                    continue;
                };
                let spots = carriers(now);
                if let Some(&(s, e)) = spots.get(n % spots.len().max(1)) {
                    bytes.splice(s..e, "Undecided".bytes());
                }
            }
        }
    }
    bytes
}

/// A message fit for a terminal: no control but the line break, and not the size of a file.
fn inert(message: &str) -> bool {
    !message
        .chars()
        .any(|c| c != '\n' && hosho::echo::is_control(c))
        && message.len() < 4_000
}

fn words() -> [Words; 2] {
    [Words::new(Lang::Ja), Words::new(Lang::En)]
}

/// The answers fuzzed: a persona, and one with every date and a list of carriers.
const ANSWERS: [&str; 2] = [
    include_str!("../../assets/expensive-iphone-dropper.ron"),
    "(today: Some(\"2026-11-22\"), carrier: Linemo, device_source: BringOwn, os: Ios,\n \
     model: Some(\"iPhone 15 Pro\"), released: Some(\"2023-09\"), bought: Some(\"2024-10-01\"),\n \
     warranty_until: Some(\"2026-10\"), existing_customer_of: [Iijmio, Linemo],\n \
     damage_incidents_2y: 1, water_incidents_2y: 0, horizon_months: 24)",
];
const KIOSK: &str = include_str!("../../assets/kiosk/kiosk.sample.ron");

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_answers_reader_never_panics_and_places_every_fault(
        base in 0..ANSWERS.len(),
        ms in prop::collection::vec(mutation(), 1..4),
    ) {
        let bytes = mutate(ANSWERS[base], &ms);
        let t = tables();
        let text = match hosho::input::text_of(bytes) {
            Ok(text) => text,
            Err(_) => return Ok(()),
        };
        let today = Date::parse("2026-11-22").unwrap();
        let outcome = Answers::parse(&text).and_then(|a| a.resolve(&text, t, today));
        match outcome {
            Ok(profile) => {
                // Every date between 2000 and 2100, no release long before the catalog's, and
                // no "not decided yet" among the carriers already used.
                let years = 2000..=2100;
                let months = [Some(profile.today.year_month()), profile.released, profile.warranty_until, profile.bought.map(|b| b.year_month())];
                prop_assert!(months.iter().flatten().all(|m| years.contains(&m.year)), "{profile:?}");
                if let (Some(model), Some(released)) = (&profile.model, profile.released) {
                    let catalog = t.find_device(model).unwrap().released;
                    prop_assert!(released >= catalog.plus(-12), "{profile:?}");
                }
                prop_assert!(!profile.existing_customer_of.iter().any(|c| c.is_undecided()));
                let advice = hosho::engine::advise(&profile, t);
                for o in &advice.options {
                    prop_assert!(o.expected_total_yen >= 0 && o.bad_case_total_yen >= 0);
                }
            }
            Err(e) => {
                let lines = text.lines().count().max(1);
                prop_assert!(e.line >= 1 && e.line <= lines + 1, "{e:?}");
                prop_assert!(e.col >= 1);
                for w in &words() {
                    let m = hosho::cli::answer_message("a.ron", &e, w);
                    prop_assert!(inert(&m), "{m:?}");
                }
            }
        }
    }

    #[test]
    fn the_kiosk_config_reader_never_panics_and_places_every_fault(
        ms in prop::collection::vec(mutation(), 1..4),
    ) {
        let Ok(text) = hosho::input::text_of(mutate(KIOSK, &ms)) else {
            return Ok(());
        };
        let result = KioskConfig::parse(&text).and_then(|c| c.check_carriers(&text, tables()).map(|_| c));
        if let Err(e) = result {
            prop_assert!(e.line >= 1 && e.col >= 1);
            for w in &words() {
                let m = e.message("kiosk.ron", w);
                prop_assert!(inert(&m), "{m:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn any_table_set_the_loader_accepts_gives_sane_advice(
        slot in 0usize..7,
        ms in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut files = Tables::built_in_files();
        let Ok(text) = hosho::input::text_of(mutate(&files[slot], &ms)) else {
            return Ok(());
        };
        files[slot] = text;
        match Tables::from_files(files) {
            Ok(t) => {
                // Money that cannot be nothing never is.
                let th = &t.rules.thresholds;
                let street = &t.repairs.street;
                prop_assert!([th.spare_phone.yen, th.cheap_phone.yen, th.cheap_device.yen, street.screen_yen].iter().all(|y| *y > 0));
                for (name, profile) in personas() {
                    for factor in [0.25, 1.0, 4.0] {
                        let what_if = hosho::engine::WhatIf { rate_factor: factor };
                        let advice = hosho::engine::advise_with(profile, &t, what_if);
                        for o in &advice.options {
                            let yen = [o.fees_yen, o.expected_total_yen, o.bad_case_total_yen];
                            prop_assert!(
                                yen.iter().chain(&o.monthly_cumulative_yen).all(|y| (0..10_000_000_000).contains(y)),
                                "{name} {} {yen:?}", o.id
                            );
                            if let Some(b) = o.break_even_incidents {
                                prop_assert!(b.is_finite() && b > 0.0 && b <= hosho::engine::BREAK_EVEN_MAX, "{name} {} {b}", o.id);
                            }
                        }
                        for w in &words() {
                            let out = hosho::report::render(&advice, w, &t, hosho::report::Format::Text);
                            prop_assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
                        }
                    }
                }
            }
            Err(TableError::Invalid { problems }) => {
                prop_assert!(!problems.is_empty());
                // However many problems, the commands but `validate` give one line a kind.
                for w in &words() {
                    let lines = hosho::tables::problems::in_words(&problems, hosho::tables::Listing::ByKind, w);
                    let kinds: std::collections::HashSet<_> = problems.iter().map(|p| p.id).collect();
                    prop_assert!(lines.len() <= kinds.len() + 1);
                }
                for p in &problems {
                    prop_assert!(p.line >= 1 && p.col >= 1, "{p:?}");
                    for w in &words() {
                        let m = p.message(w);
                        prop_assert!(inert(&m), "{m:?}");
                    }
                }
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

fn tables() -> &'static Tables {
    static T: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    T.get_or_init(common::tables)
}

/// Three personas, each resolved once against the built-in tables.
fn personas() -> &'static [(String, hosho::answers::Profile)] {
    static P: std::sync::OnceLock<Vec<(String, hosho::answers::Profile)>> =
        std::sync::OnceLock::new();
    P.get_or_init(|| {
        let all = common::personas(tables());
        all.into_iter().step_by(5).collect()
    })
}

#[test]
fn hostile_dates_and_carriers_land_where_they_should() {
    let text = "(today: Some(\"2026-11-22\"), released: Some(\"2023-09\"), model: \"2023-09x\", customer: [Linemo])";
    let m = mutate(
        text,
        &[
            Mutation::Date(0, 0),
            Mutation::Date(1, 5),
            Mutation::Undecided(0),
        ],
    );
    assert_eq!(
        String::from_utf8(m).unwrap(),
        "(today: Some(\"9999-12-31\"), released: Some(\"1900-01\"), model: \"2023-09x\", customer: [Undecided])"
    );
}

#[test]
fn hostile_numbers_land_where_they_should() {
    let text = "(a: 12, b: \"3\", // 4\n c: 0.5)";
    assert_eq!(numbers(text), vec![(4, 6), (25, 28)]);
    let m = mutate(text, &[Mutation::Number(1, 0)]);
    assert_eq!(
        String::from_utf8(m).unwrap(),
        "(a: 12, b: \"3\", // 4\n c: NaN)"
    );
}

#[test]
fn a_nan_in_a_risk_split_is_refused() {
    let mut files = Tables::built_in_files();
    let risk = &files[5];
    let at = risk.find("split_ios").unwrap();
    let screen = at + risk[at..].find("screen: ").unwrap() + "screen: ".len();
    let end = screen + risk[screen..].find(',').unwrap();
    files[5] = format!("{}NaN{}", &risk[..screen], &risk[end..]);
    let Err(TableError::Invalid { problems }) = Tables::from_files(files) else {
        panic!("a NaN share was accepted");
    };
    assert_eq!(problems[0].id, "validate-split", "{problems:?}");
}

#[test]
fn a_tiny_protection_factor_is_refused() {
    let mut files = Tables::built_in_files();
    files[5] = files[5].replacen("damage: 1.3,", "damage: 1e-300,", 1);
    let Err(TableError::Invalid { problems }) = Tables::from_files(files) else {
        panic!("a factor of 1e-300 was accepted");
    };
    assert_eq!(problems[0].id, "validate-protection-range");
}

#[test]
fn control_characters_in_table_text_are_refused_with_their_place() {
    for raw in ["\u{1b}]0;x\u{7}", "\\u{1b}[2J", "\\x07"] {
        let mut files = Tables::built_in_files();
        let at = files[1].find("name_ja: \"").unwrap() + "name_ja: \"".len();
        files[1].insert_str(at, raw);
        let line = files[1][..at].matches('\n').count() + 1;
        let Err(TableError::Invalid { problems }) = Tables::from_files(files.clone()) else {
            panic!("{raw:?} was accepted");
        };
        let p = problems
            .iter()
            .find(|p| p.id == "validate-control")
            .expect("placed");
        let col_at = files[1][..at].rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!((p.line, p.col), (line, col_at), "{raw:?}");
    }
}
