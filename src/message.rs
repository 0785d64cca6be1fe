//! The values a message is said with: ids, numbers and dates that the words layer
//! ([`crate::i18n`]) formats in the reader's language. Every layer that reports something
//! (the tables' problems, the answers' faults, the engine's reasons) speaks in these, so they
//! sit at the bottom, beside the calendar.

use crate::calendar::{Date, YearMonth};

/// A value for a message: the words layer formats each kind its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Yen(i64),
    Int(i64),
    /// A number shown with one decimal.
    Dec(f64),
    /// An option id (a plan id, `skip` or `buy_spare`), shown by its name.
    Option(String),
    Month(YearMonth),
    /// Shown as it is: a selector for the message (`yes`, `ios`) or a name.
    Text(String),
    /// A source id, shown as the report's reference to it.
    Source(String),
    Date(Date),
    /// A message id, shown as its text (a question's or a figure's name).
    Words(String),
    /// Message ids, shown as their texts in a list ("screen, other damage").
    WordList(Vec<String>),
    /// A carrier id, shown by its name.
    Carrier(String),
    /// Words the tables give in both languages (English, Japanese).
    Said(String, String),
    /// A span of days, said in years where it is whole years (365 days: "1 year").
    Span(u32),
    /// Cover that can still be bought later, each with its last day (or its window in days
    /// from the purchase, when the purchase day is unknown).
    Later(Vec<Later>),
}

impl Arg {
    /// A yes/no selector for a message (`yes` or `no`).
    pub fn yes(flag: bool) -> Arg {
        Arg::Text(if flag { "yes" } else { "no" }.into())
    }
}

/// An option that can still be bought after the sign-up, and until when.
#[derive(Debug, Clone, PartialEq)]
pub struct Later {
    /// Its option id.
    pub option: String,
    pub until: Option<Date>,
    pub days: u32,
}

/// Named message arguments.
pub type Args = Vec<(&'static str, Arg)>;
