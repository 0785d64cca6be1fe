//! The text being typed into a number, a month or the model search, as the advisor and the
//! counter both keep it: an answer already given is shown, and the first character typed
//! replaces it; each character is taken as the entry can hold it.

use super::control::Control;
use crate::tables::Tables;

/// The most characters the model search holds.
pub const SEARCH_MAX: usize = 48;

/// Typed text and whether it is still the answer shown on opening.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typing {
    pub text: String,
    /// The text is the answer already given: the next character typed replaces it.
    pub prefilled: bool,
}

impl Typing {
    /// The answer already given, shown for editing.
    pub fn answer(text: String) -> Typing {
        Typing {
            prefilled: !text.is_empty(),
            text,
        }
    }

    /// Types `c` as `entry` takes it; false if it cannot hold it (the text is then kept).
    pub fn push(&mut self, entry: &Control, c: char, t: &Tables) -> bool {
        let base = if self.prefilled {
            ""
        } else {
            self.text.as_str()
        };
        let taken = match entry {
            // A search longer than any model name could match nothing; and however long a
            // table's names, a search is never longer than SEARCH_MAX.
            Control::Model => {
                (base.chars().count() < t.search.longest().min(SEARCH_MAX)).then_some(c)
            }
            e => e.accept(base, c),
        };
        let Some(c) = taken else {
            return false;
        };
        if self.prefilled {
            self.text.clear();
            self.prefilled = false;
        }
        self.text.push(c);
        true
    }

    /// Removes the last character (editing the answer shown rather than replacing it).
    pub fn pop(&mut self) {
        self.prefilled = false;
        self.text.pop();
    }
}
