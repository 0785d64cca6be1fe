//! Drawing with ASCII only, for terminals that draw East Asian ambiguous-width characters
//! (box lines, `·`, arrows, `×`) two columns wide, which breaks every layout: the Linux
//! console, some CJK setups. A frame is drawn as usual, then each such character is replaced
//! by its ASCII look-alike. Japanese text, which is wide everywhere, is left as it is.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthChar;

/// Replaces every ambiguous-width character of a drawn frame by an ASCII one.
pub fn to_ascii(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let symbol = cell.symbol();
        if symbol.is_ascii() {
            continue;
        }
        let mut chars = symbol.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(a) = ascii(c)
        {
            cell.set_char(a);
        }
    }
}

/// The ASCII look-alike of a character a terminal may draw two columns wide; `None` for a
/// character every terminal draws at one width (ASCII, kana and kanji, braille).
pub fn ascii(c: char) -> Option<char> {
    Some(match c {
        '─' | '━' | '═' | '┄' | '┅' | '╌' | '╍' => '-',
        '│' | '┃' | '║' | '┆' | '┇' | '╎' | '╏' => '|',
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╰' | '╯' | '┏' | '┓'
        | '┗' | '┛' | '╔' | '╗' | '╚' | '╝' => '+',
        '·' => '|',
        '•' | '●' | '○' | '◦' => '*',
        '↑' | '▲' => '^',
        '↓' | '▼' => 'v',
        '←' | '◀' => '<',
        '→' | '▶' => '>',
        '×' => 'x',
        '…' => '~',
        '█' | '▀' | '▄' | '▌' | '▐' | '░' | '▒' | '▓' => '#',
        '°' => 'o',
        '±' => '+',
        _ if ambiguous(c) => '?',
        _ => return None,
    })
}

/// Whether terminals disagree on `c`'s width (Unicode's East Asian Width "ambiguous").
pub fn ambiguous(c: char) -> bool {
    c.width() != c.width_cjk()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn frames_and_marks_become_ascii_and_japanese_stays() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        buf.set_string(0, 0, "┌─│·↑↓×…", ratatui::style::Style::default());
        buf.set_string(8, 0, "保証", ratatui::style::Style::default());
        to_ascii(&mut buf);
        let line: String = buf.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(line, "+-||^vx~保 証 ");
        for c in "┌─│·↑↓×…█▀▄━┃•→←".chars() {
            assert!(ambiguous(c), "{c}");
            assert!(ascii(c).is_some_and(|a| a.is_ascii()), "{c}");
        }
        for c in "保証ア¥⣿".chars() {
            assert_eq!(ascii(c), None, "{c}");
        }
    }
}
