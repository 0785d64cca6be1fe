//! Line wrapping by display width: Japanese characters are two columns and may break
//! anywhere; runs of ASCII break at spaces. Never cuts a character in two.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The units that may not be split: a run of ASCII letters and digits (a yen or times sign
/// before a number, and 円 or 回 after one, stay with it), or one other char.
fn units(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let unit_after = start.is_some() && matches!(c, '円' | '回');
        let ascii_word =
            (c.is_ascii() || matches!(c, '¥' | '×') || unit_after) && !c.is_ascii_whitespace();
        match (ascii_word, start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, s) => {
                if let Some(s) = s {
                    out.push(&text[s..i]);
                    start = None;
                }
                out.push(&text[i..i + c.len_utf8()]);
            }
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Wraps `text` into lines of at most `width` columns; a newline starts a new line and an
/// empty one stays as a blank line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.contains('\n') {
        return text
            .split('\n')
            .flat_map(|part| {
                let lines = wrap_line(part, width);
                if lines.is_empty() {
                    vec![String::new()]
                } else {
                    lines
                }
            })
            .collect();
    }
    wrap_line(text, width)
}

/// Wraps one paragraph.
fn wrap_line(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    for unit in units(text) {
        let w = unit.width();
        if line.width() + w > width && !line.is_empty() {
            let carry = carried(&mut line, unit);
            lines.push(line.trim_end().to_string());
            line = carry;
            if unit == " " {
                continue;
            }
        }
        if w > width {
            // A word longer than the line: split it by characters.
            for c in unit.chars() {
                if line.width() + c.width().unwrap_or(0) > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        } else {
            line.push_str(unit);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Characters a line may not start with (Japanese line-breaking rules, kinsoku).
const NO_START: &str = "。、，．）」』】〕！？ー・：；,.)!?:;";
/// Characters a line may not end with.
const NO_END: &str = "（「『【〔(";

/// At a break before `next`, takes off the end of `line` what must go down with it: an
/// opening bracket, or the character before a closing mark. Never empties the line.
fn carried(line: &mut String, next: &str) -> String {
    let mut carry = String::new();
    let take = |line: &mut String, carry: &mut String| {
        if line.chars().count() > 1
            && let Some(c) = line.pop()
        {
            carry.insert(0, c);
            return true;
        }
        false
    };
    if next.chars().next().is_some_and(|c| NO_START.contains(c))
        && line.chars().last().is_some_and(|c| !c.is_whitespace())
    {
        // A closing mark carried down may itself not start the line: "円）" before "。".
        while take(line, &mut carry) && carry.chars().next().is_some_and(|c| NO_START.contains(c)) {
        }
    }
    while line.chars().last().is_some_and(|c| NO_END.contains(c)) {
        if !take(line, &mut carry) {
            break;
        }
    }
    carry
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
    fn mixed_text_keeps_ascii_words_whole() {
        let lines = wrap("IIJmio つながる端末保証に加入", 12);
        assert_eq!(lines[0], "IIJmio つな");
        assert!(lines.iter().all(|l| l.width() <= 12));
    }
}
