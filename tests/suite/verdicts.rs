//! The persona files' verdicts as people read them. Line breaking at 80 and 120 columns in
//! both languages: no line starts with a closing mark or ends with an opening one, a plan's
//! name is never split, an amount stays with its unit and no paragraph ends on a lone 「す。」.
//! And the headline's amounts are the options table's, under every what-if.

use crate::common;

use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::report::document::Document;
use hosho::tui::wrap::wrap;
use unicode_width::UnicodeWidthStr;

const NO_START: &str = "。、）」』】〕！？・：；,.)!?:;";
const NO_END: &str = "（「『【〔(";

/// Every persona's verdict and reasons, in one language.
fn verdicts(words: &Words) -> Vec<String> {
    let t = common::tables();
    let mut out = Vec::new();
    for (_, p) in common::personas(&t) {
        let d = Document::new(&hosho::engine::advise(&p, &t), words, &t);
        out.push(d.headline.clone());
        out.push(d.basis.clone());
        out.extend(d.reasons.iter().map(|r| r.line.clone()));
    }
    assert!(out.len() > 20, "the persona files were read");
    out
}

/// The plans' names as a person reads them.
fn names(words: &Words) -> Vec<String> {
    let t = hosho::tables::Tables::built_in().unwrap();
    t.plans
        .plans
        .iter()
        .flat_map(|p| {
            words
                .option(&p.id)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|n| !n.is_ascii())
        .collect()
}

#[test]
fn verdicts_break_by_the_rules_at_80_and_120_columns() {
    for lang in Lang::ALL {
        let words = Words::new(lang);
        let names = names(&words);
        for text in verdicts(&words) {
            for width in [80, 120, 40] {
                let lines = wrap(&text, width);
                let joined: String = lines.concat().split_whitespace().collect();
                let whole: String = text.split_whitespace().collect();
                assert_eq!(joined, whole, "nothing lost at {width}");
                for (i, line) in lines.iter().enumerate() {
                    assert!(line.width() <= width, "{width}: {line}");
                    let first = line.chars().next().unwrap();
                    assert!(i == 0 || !NO_START.contains(first), "{width}: {lines:#?}");
                    let last = line.chars().last().unwrap();
                    assert!(!NO_END.contains(last), "{width}: {lines:#?}");
                }
                for n in names.iter().filter(|n| text.contains(n.as_str())) {
                    assert!(
                        lines.iter().any(|l| l.contains(n.as_str())),
                        "{n} split at {width}: {lines:#?}"
                    );
                }
                if lang == Lang::Ja && lines.len() > 1 {
                    let last = lines.last().unwrap();
                    assert!(last.width() > 4, "a lone {last:?} at {width}: {lines:#?}");
                }
                for amount in text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '円'))
                {
                    if amount.ends_with('円') && amount.len() > 3 {
                        assert!(
                            lines.iter().any(|l| l.contains(amount)),
                            "{amount} split at {width}: {lines:#?}"
                        );
                    }
                }
            }
        }
    }
}

/// The amounts written in a text ("39,787円", "¥39,787").
fn amounts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',') {
                i += 1;
            }
            let number: String = chars[start..i].iter().collect();
            let yen_after = chars.get(i) == Some(&'円');
            let yen_before = start > 0 && chars[start - 1] == '¥';
            if yen_after || yen_before {
                out.push(number.trim_end_matches(',').to_string());
            }
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn every_amount_of_the_headline_is_in_the_options_table_under_every_what_if() {
    let t = common::tables();
    let mut checked = 0;
    for (path, p) in common::personas(&t) {
        for factor in [0.5, 1.0, 1.5, 2.0, 3.0] {
            for months in [p.horizon_months, 12, 36] {
                let mut p = p.clone();
                p.horizon_months = months;
                let a = hosho::engine::advise_with(
                    &p,
                    &t,
                    hosho::engine::WhatIf {
                        rate_factor: factor,
                    },
                );
                for lang in Lang::ALL {
                    let d = Document::new(&a, &Words::new(lang), &t);
                    let table: Vec<String> = d
                        .rows
                        .iter()
                        .flat_map(|r| r.cells.iter().flat_map(|c| amounts(c)))
                        .collect();
                    let value = |s: &str| s.replace(',', "").parse::<i64>().unwrap_or(-1);
                    let values: Vec<i64> = table.iter().map(|s| value(s)).collect();
                    for amount in amounts(&d.headline) {
                        // A figure of the table, or the difference of two ("1,296円高く").
                        let v = value(&amount);
                        let derived = values.iter().any(|x| values.iter().any(|y| x - y == v));
                        assert!(
                            table.contains(&amount) || derived,
                            "{}: ×{factor}, {months} months: {amount} of {:?} is not in the table {table:?}",
                            path,
                            d.headline
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 100, "{checked} amounts checked");
}
