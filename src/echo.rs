//! Text a person typed, or a file holds, made safe to show again in a message: control
//! characters (which could retitle a window, clear the screen or write the clipboard) are
//! shown as visible escapes, and a long value is cut to a readable length.

/// The most characters of one echoed value.
pub const MAX_CHARS: usize = 60;

/// True for a character that a terminal would act on rather than draw: C0 and C1 controls,
/// DEL, and the bidirectional overrides that reorder what is drawn.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A value as it may be shown: controls escaped (`\u{1b}`), cut to [`MAX_CHARS`] with `…`.
pub fn shown(value: &str) -> String {
    let mut out = String::new();
    for (n, c) in value.chars().enumerate() {
        if n == MAX_CHARS {
            out.push('…');
            break;
        }
        if is_control(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// A message's arguments with every text made safe to show ([`shown`]).
pub fn shown_args(args: &crate::message::Args) -> crate::message::Args {
    use crate::message::Arg;
    args.iter()
        .map(|(k, a)| match a {
            Arg::Text(t) => (*k, Arg::Text(shown(t))),
            other => (*k, other.clone()),
        })
        .collect()
}

/// A whole message as it may be written to a terminal: its line breaks kept, any other
/// control character escaped. The last guard before stderr.
pub fn printable(message: &str) -> String {
    if !message.chars().any(|c| c != '\n' && is_control(c)) {
        return message.to_string();
    }
    message
        .chars()
        .map(|c| {
            if c != '\n' && is_control(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_reach_the_terminal() {
        let osc52 = "iPhone\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}";
        let s = shown(osc52);
        assert!(!s.chars().any(is_control), "{s:?}");
        assert!(s.starts_with("iPhone\\u{1b}]52"), "{s}");
        assert_eq!(shown("a\u{202E}b"), "a\\u{202e}b");
        assert_eq!(printable("one\ntwo\u{1b}[2J"), "one\ntwo\\u{1b}[2J");
    }

    #[test]
    fn long_values_are_cut() {
        let long = "あ".repeat(10_000);
        let s = shown(&long);
        assert_eq!(s.chars().count(), MAX_CHARS + 1);
        assert!(s.ends_with('…'));
        assert_eq!(shown("iPhone 15"), "iPhone 15");
    }
}
