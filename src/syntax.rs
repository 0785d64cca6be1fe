//! A RON parser error in the reader's words: the common faults get a message of their own,
//! the rest a short summary. The parser's own English never reaches a person.

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
}
