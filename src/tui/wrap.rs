//! Line wrapping by display width, at the break opportunities of Unicode's line-breaking
//! algorithm (UAX #14, `unicode-linebreak`), which keeps 。、）」 off the start of a line and
//! （「 off its end. Japanese rules on top: an amount stays with its unit (550円, 2回, 3か月),
//! a katakana word and a plan's name are not split, and a paragraph does not end on a lone
//! 「す。」. Never cuts a character in two.

use std::sync::OnceLock;
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A last line this narrow (「す。」) is a widow: the line above gives it a few characters.
const WIDOW: usize = 4;

/// The plans' names in both languages (as the built-in tables give them), split at spaces:
/// none is broken inside.
fn names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out: Vec<String> = crate::lang::Lang::ALL
            .iter()
            .flat_map(|l| crate::i18n::built_in_names(*l).iter())
            .filter(|(id, _)| id.starts_with("option-") || id.starts_with("short-"))
            .flat_map(|(_, v)| v.split(' '))
            .filter(|w| !w.is_ascii() && w.chars().count() > 1)
            .map(str::to_string)
            .collect();
        out.sort();
        out.dedup();
        out
    })
}

fn katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// What may follow a number without a break: its unit or counter.
fn unit_start(rest: &str) -> bool {
    const UNITS: [&str; 9] = ["円", "回", "か月", "カ月", "日", "年", "件", "台", "%"];
    UNITS.iter().any(|u| rest.starts_with(u))
}

/// The byte offsets where `text` may break, in order (the end of the text excluded).
fn breaks(text: &str) -> Vec<usize> {
    let mut kept: Vec<bool> = vec![false; text.len() + 1];
    for (i, op) in linebreaks(text) {
        if op == BreakOpportunity::Allowed {
            kept[i] = true;
        }
    }
    for (i, c) in text.char_indices().skip(1) {
        let before = text[..i].chars().next_back();
        let rest = &text[i..];
        let glued = match before {
            Some(b) if b.is_ascii_digit() && unit_start(rest) => true,
            Some(b) if katakana(b) && katakana(c) => true,
            _ => false,
        };
        if glued {
            kept[i] = false;
        }
    }
    for name in names() {
        for (at, _) in text.match_indices(name.as_str()) {
            for k in kept.iter_mut().take(at + name.len()).skip(at + 1) {
                *k = false;
            }
        }
    }
    (1..text.len()).filter(|i| kept[*i]).collect()
}

/// Wraps `text` into lines of at most `width` columns; a newline starts a new line and an
/// empty one stays as a blank line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    text.split('\n')
        .flat_map(|part| {
            let lines = wrap_line(part, width);
            if lines.is_empty() && text.contains('\n') {
                vec![String::new()]
            } else {
                lines
            }
        })
        .collect()
}

/// Wraps one paragraph.
fn wrap_line(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let cuts = breaks(text);
    let mut bounds: Vec<usize> = cuts.clone();
    bounds.push(text.len());
    // Each line as the byte offset where it starts; a line ends where the next starts.
    let mut starts: Vec<usize> = vec![0];
    let mut from = 0;
    // The width of the line so far, its trailing spaces included.
    let mut cols = 0;
    for &end in &bounds {
        let piece = &text[from..end];
        let shown = piece.trim_end().width();
        if cols > 0 && cols + shown > width {
            starts.push(from);
            cols = 0;
        }
        if shown > width {
            // A piece longer than the line: split it by characters.
            for (i, c) in piece.char_indices() {
                let w = c.width().unwrap_or(0);
                if cols + w > width && cols > 0 {
                    starts.push(from + i);
                    cols = 0;
                }
                cols += w;
            }
        } else {
            cols += piece.width();
        }
        from = end;
    }
    mend_widow(text, &cuts, &mut starts, width);
    let mut lines: Vec<String> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(text.len());
        lines.push(text[s..e].trim_end().to_string());
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// When the last line is a widow (「す。」), moves the line above's last break earlier so that
/// the last line holds more, if the text allows it and both lines still fit.
fn mend_widow(text: &str, cuts: &[usize], starts: &mut [usize], width: usize) {
    let n = starts.len();
    if n < 2 {
        return;
    }
    let last = &text[starts[n - 1]..];
    if last.trim_end().width() > WIDOW || last.is_ascii() {
        return;
    }
    let above = starts[n - 2];
    let Some(&cut) = cuts
        .iter()
        .rev()
        .find(|c| **c > above && **c < starts[n - 1] && text[**c..].trim_end().width() > WIDOW)
    else {
        return;
    };
    if text[cut..].trim_end().width() <= width {
        starts[n - 1] = cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_breaks_at_spaces() {
        assert_eq!(wrap("one two three", 8), vec!["one two", "three"]);
    }

    #[test]
    fn japanese_breaks_between_characters_by_width() {
        let lines = wrap("ウィンドウを広げてください。", 10);
        assert!(lines.iter().all(|l| l.width() <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "ウィンドウを広げてください。");
    }

    #[test]
    fn no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() {
        let lines = wrap("見込みです。修理は（出典：seed）です", 10);
        assert!(lines.iter().all(|l| l.width() <= 10), "{lines:?}");
        assert!(!lines.iter().any(|l| l.starts_with('。')), "{lines:?}");
        assert!(!lines.iter().any(|l| l.ends_with('（')), "{lines:?}");
        assert_eq!(lines.concat(), "見込みです。修理は（出典：seed）です");
    }

    #[test]
    fn two_closing_marks_in_a_row_go_down_with_the_character_before_them() {
        let lines = wrap("おすすめします（月額550円）。次の文", 28);
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with('）') || l.starts_with('。')),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), "おすすめします（月額550円）。次の文");
    }

    #[test]
    fn an_amount_stays_with_its_unit() {
        let lines = wrap("補償時の負担は1回16,600円。", 24);
        assert!(lines.iter().any(|l| l.contains("16,600円")), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 24), "{lines:?}");
    }

    #[test]
    fn a_plans_name_is_not_split() {
        let lines = wrap("IIJmio つながる端末保証に加入", 20);
        assert_eq!(lines, vec!["IIJmio", "つながる端末保証", "に加入"]);
    }

    #[test]
    fn a_katakana_word_is_not_split() {
        let lines = wrap("画面を広げるとウィンドウ", 16);
        assert!(lines.iter().any(|l| l.contains("ウィンドウ")), "{lines:?}");
    }

    #[test]
    fn a_paragraph_does_not_end_on_a_lone_su() {
        let text = "自己負担は1回あたり0円で、年2回まで使えます。";
        for width in 8..40 {
            let lines = wrap(text, width);
            assert_eq!(lines.concat(), text);
            assert!(
                lines.iter().all(|l| l.width() <= width),
                "{width}: {lines:?}"
            );
            let last = lines.last().unwrap();
            assert!(
                lines.len() == 1 || last.width() > WIDOW,
                "{width}: {lines:?}"
            );
        }
    }
}
