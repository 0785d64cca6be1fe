//! RON text as people write it, for the answers file, the kiosk config and the tables alike:
//! where things are in it ([`Locator`]: anchors, a field's name, the code of a line, each
//! knowing strings from comments), and a parser error in the reader's words ([`describe`]: the
//! common faults get a message of their own, the rest a short summary; the parser's own
//! English never reaches a person).

use crate::message::{Arg, Args};
use ron::Error as E;

/// The message id and arguments that describe a parser error.
pub fn describe(e: &E) -> (&'static str, Args) {
    let text = |v: &str| Arg::Text(v.to_string());
    let list = |v: &[&str]| Arg::Text(v.join(", "));
    match e {
        E::Eof => ("syntax-eof", Vec::new()),
        E::ExpectedComma => ("syntax-comma", Vec::new()),
        E::ExpectedMapColon => ("syntax-colon", Vec::new()),
        E::ExpectedString | E::ExpectedStringEnd | E::InvalidEscape(_) => {
            ("syntax-string", Vec::new())
        }
        E::ExpectedInteger
        | E::IntegerOutOfBounds
        | E::InvalidIntegerDigit { .. }
        | E::UnderscoreAtBeginning => ("syntax-integer", Vec::new()),
        E::ExpectedFloat | E::FloatUnderscore => ("syntax-number", Vec::new()),
        E::ExpectedBoolean => ("syntax-boolean", Vec::new()),
        E::ExpectedOption | E::ExpectedOptionEnd => ("syntax-option", Vec::new()),
        E::ExpectedArray | E::ExpectedArrayEnd => ("syntax-list", Vec::new()),
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedDifferentStructName { .. }
        | E::ExpectedStructName(_)
        | E::ExpectedUnit => ("syntax-open", Vec::new()),
        E::ExpectedStructLikeEnd | E::ExpectedMapEnd => ("syntax-close", Vec::new()),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            ("syntax-name", Vec::new())
        }
        E::UnexpectedChar(c) => ("syntax-char", vec![("char", text(&c.to_string()))]),
        E::TrailingCharacters => ("syntax-trailing", Vec::new()),
        E::UnclosedBlockComment | E::UnclosedLineComment => ("syntax-comment", Vec::new()),
        E::Utf8Error(_) => ("syntax-utf8", Vec::new()),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => (
            "syntax-variant",
            vec![("found", text(found)), ("expected", list(expected))],
        ),
        E::NoSuchStructField {
            expected, found, ..
        } => (
            "syntax-unknown-field",
            vec![("found", text(found)), ("expected", list(expected))],
        ),
        E::MissingStructField { field, .. } => {
            ("syntax-missing-field", vec![("field", text(field))])
        }
        E::DuplicateStructField { field, .. } => {
            ("syntax-duplicate-field", vec![("field", text(field))])
        }
        E::ExpectedDifferentLength { .. } => ("syntax-length", Vec::new()),
        E::InvalidValueForType { .. } | E::Message(_) => ("syntax-value", Vec::new()),
        _ => ("syntax-other", Vec::new()),
    }
}

/// Places in one file, found in time that grows with the file, not with the file times the
/// problems: the lines' starts and every quoted string's places are indexed in one pass, and
/// any other anchor's places on its first use.
pub struct Locator<'a> {
    text: &'a str,
    /// The byte offset where each line starts.
    lines: Vec<usize>,
    /// Every place of each anchor searched for, quoted strings (`"id"`) from the start.
    places: std::cell::RefCell<std::collections::HashMap<&'a str, std::rc::Rc<[usize]>>>,
    /// The quoted strings' spans, quotes included, in order.
    strings: Vec<Span>,
    /// The `//` comments' spans outside strings, in order.
    comments: Vec<Span>,
}

impl<'a> Locator<'a> {
    /// Indexes a file's lines and quoted strings.
    pub fn new(text: &'a str) -> Locator<'a> {
        let mut lines = vec![0];
        lines.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let (strings, comments) = scan(text);
        let mut quoted: std::collections::HashMap<&str, Vec<usize>> = Default::default();
        for &(start, end) in &strings {
            quoted.entry(&text[start..end]).or_default().push(start);
        }
        let places = quoted.into_iter().map(|(k, v)| (k, v.into())).collect();
        Locator {
            text,
            lines,
            places: std::cell::RefCell::new(places),
            strings,
            comments,
        }
    }

    /// The code of line `n` (1-based): its text before a `//` comment, if any (a `//` inside
    /// a string is not a comment).
    pub fn code(&self, n: usize) -> &'a str {
        let start = self.lines[n - 1];
        let end = self
            .lines
            .get(n)
            .map_or(self.text.len(), |next| next - 1)
            .max(start);
        let cut = self
            .comments
            .get(self.comments.partition_point(|(s, _)| *s < start))
            .map_or(end, |(s, _)| (*s).min(end));
        self.text[start..cut].trim_end_matches('\r')
    }

    /// Whether a byte offset is inside a quoted string.
    fn in_string(&self, offset: usize) -> bool {
        let i = self.strings.partition_point(|(s, _)| *s <= offset);
        i > 0 && offset < self.strings[i - 1].1
    }

    /// The 1-based line and column where `field:` is first written as a field name (not in a
    /// comment or a string), or 1:1 when it is not written.
    pub fn field(&self, field: &str) -> (usize, usize) {
        for n in 1..=self.lines.len() {
            let code = self.code(n);
            let line_start = self.lines[n - 1];
            let mut from = 0;
            while let Some(pos) = code[from..].find(field) {
                let start = from + pos;
                let end = start + field.len();
                let before_ok = code[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                let after_ok = code[end..].trim_start().starts_with(':');
                if before_ok && after_ok && !self.in_string(line_start + start) {
                    return (n, code[..start].chars().count() + 1);
                }
                from = end;
            }
        }
        (1, 1)
    }

    /// The field named nearest before a 1-based line and column (the one a bad value there
    /// belongs to), outside comments and strings.
    pub fn field_before(&self, line: usize, col: usize) -> Option<String> {
        let last = line.min(self.lines.len());
        for n in (1..=last).rev() {
            let mut code = self.code(n);
            if n == line {
                let cut = code
                    .char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(code.len(), |(i, _)| i);
                code = &code[..cut];
            }
            let line_start = self.lines[n - 1];
            let mut found = None;
            let mut ident = String::new();
            for (i, c) in code.char_indices() {
                if self.in_string(line_start + i) {
                    ident.clear();
                } else if c.is_alphanumeric() || c == '_' {
                    ident.push(c);
                } else {
                    if c == ':'
                        && !ident.is_empty()
                        && ident.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    {
                        found = Some(ident.clone());
                    }
                    if !c.is_whitespace() {
                        ident.clear();
                    }
                }
            }
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The 1-based line and column of the last of a chain of anchors, each found after the
    /// one before it (an anchor not found is skipped).
    pub fn locate(&self, anchors: &[&str]) -> (usize, usize) {
        let mut at = 0;
        let mut found = 0;
        for anchor in anchors {
            let places = self.places_of(anchor);
            if let Some(&p) = places.get(places.partition_point(|p| *p < at)) {
                found = p;
                at = p + anchor.len();
            }
        }
        self.place(found)
    }

    /// The 1-based line and column of a byte offset.
    pub fn place(&self, offset: usize) -> (usize, usize) {
        let line = self.lines.partition_point(|start| *start <= offset);
        let start = self.lines[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Every place of an anchor, in order.
    fn places_of(&self, anchor: &str) -> std::rc::Rc<[usize]> {
        if let Some(p) = self.places.borrow().get(anchor) {
            return p.clone();
        }
        let Some(found) = self.text.find(anchor) else {
            return std::rc::Rc::from([]);
        };
        let key = &self.text[found..found + anchor.len()];
        let p: std::rc::Rc<[usize]> = self.text.match_indices(anchor).map(|(i, _)| i).collect();
        self.places.borrow_mut().insert(key, p.clone());
        p
    }
}

/// A byte range of the text: start, end.
type Span = (usize, usize);

/// The spans of quoted strings (quotes included) outside `//` comments, and of `//` comments
/// outside strings, each in order.
fn scan(text: &str) -> (Vec<Span>, Vec<Span>) {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut comments = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                comments.push((i, end));
                i = end;
            }
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = (j + 1).min(bytes.len());
                spans.push((i, end));
                i = end;
            }
            _ => i += 1,
        }
    }
    (spans, comments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_faults_have_their_own_words() {
        assert_eq!(describe(&E::Eof).0, "syntax-eof");
        assert_eq!(describe(&E::ExpectedComma).0, "syntax-comma");
        let (id, args) = describe(&E::UnexpectedChar('}'));
        assert_eq!(id, "syntax-char");
        assert_eq!(args, vec![("char", Arg::Text("}".into()))]);
        assert_eq!(describe(&E::Message("x".into())).0, "syntax-value");
    }

    /// Where a chain of anchors ends in `text`, placed by a fresh index.
    fn locate(text: &str, anchors: &[&str]) -> (usize, usize) {
        Locator::new(text).locate(anchors)
    }

    #[test]
    fn locate_walks_anchors() {
        let text = "(\n  a: 1,\n  plans: [\n    (id: \"x\", cap: 5),\n  ]\n)";
        assert_eq!(locate(text, &["\"x\"", "cap:"]), (4, 15));
        let text = "// a \"quote\n(\n  ids: [\"a\", \"b\\\"c\", \"a\"],\n)";
        assert_eq!(locate(text, &["\"a\"", "\"a\""]), (3, 22));
        assert_eq!(locate(text, &["\"b\\\"c\""]), (3, 14));
        assert_eq!(locate(text, &["nowhere"]), (1, 1));
    }

    #[test]
    fn thirty_thousand_problems_are_each_placed() {
        // 30,000 rows, each with a problem: a scan from the start for each took 28 seconds.
        let rows: String = (0..30_000)
            .map(|i| format!("    (name: \"model {i}\", price_yen: 0),\n"))
            .collect();
        let text = format!("(\n  devices: [\n{rows}  ],\n)");
        let places = Locator::new(&text);
        for i in 0..30_000 {
            let name = format!("\"model {i}\"");
            assert_eq!(
                places.locate(&[&name, "price_yen:"]),
                (i + 3, 22 + i.to_string().len())
            );
        }
    }

    #[test]
    fn a_field_is_found_in_code_not_in_strings_or_comments() {
        let text = "(\n  // carrier: in a comment\n  model: Some(\"x // carrier: y\"), carrier: Iijmio,\r\n  os: Ios, // os: again\n)";
        let places = Locator::new(text);
        assert_eq!(places.field("carrier"), (3, 35));
        assert_eq!(places.field("os"), (4, 3));
        assert_eq!(places.field("price_yen"), (1, 1));
        assert_eq!(
            places.code(3),
            "  model: Some(\"x // carrier: y\"), carrier: Iijmio,"
        );
        assert_eq!(places.code(4), "  os: Ios, ");
        // A bad value is the field's before it, wherever a string has a colon.
        assert_eq!(places.field_before(3, 20).as_deref(), Some("model"));
        assert_eq!(places.field_before(4, 7).as_deref(), Some("os"));
    }
}
