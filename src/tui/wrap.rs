//! Line wrapping by display width: Japanese characters are two columns and may break
//! anywhere; runs of ASCII break at spaces. Never cuts a character in two.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The units that may not be split: a run of ASCII letters and digits, or one other char.
fn units(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let ascii_word = c.is_ascii() && !c.is_ascii_whitespace();
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

/// Wraps `text` into lines of at most `width` columns.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    for unit in units(text) {
        let w = unit.width();
        if line.width() + w > width && !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
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
    fn mixed_text_keeps_ascii_words_whole() {
        let lines = wrap("IIJmio つながる端末保証に加入", 12);
        assert_eq!(lines[0], "IIJmio つな");
        assert!(lines.iter().all(|l| l.width() <= 12));
    }
}
