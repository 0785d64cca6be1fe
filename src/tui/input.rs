//! How each question is answered: a choice among fixed values, a number, a month, a set of
//! yes/no switches, or a model picked from the catalog; and how a choice reads and writes the
//! draft.

use super::draft::Draft;
use super::model::EntryError;
use super::questions::Question;
use crate::answers::bounds;
use crate::calendar::YearMonth;
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};

/// The kind of entry a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// One of `n` fixed values (ids in [`choice_ids`]).
    Choice(usize),
    /// A whole number within bounds.
    Number { min: i64, max: i64 },
    /// A month, `YYYY-MM`; empty means none where `optional`.
    Month { optional: bool },
    /// Yes/no switches (ids in [`toggle_ids`]).
    Toggles,
    /// A catalog model, found by typing.
    Model,
}

/// How a question is answered.
pub fn entry(q: Question) -> Entry {
    match q {
        Question::Carrier | Question::DeviceSource => Entry::Choice(3),
        Question::Os | Question::Risk | Question::ExistingLinemoUser => Entry::Choice(2),
        Question::Protection => Entry::Choice(4),
        Question::Model => Entry::Model,
        Question::Price => Entry::Number {
            min: bounds::PRICE.0,
            max: bounds::PRICE.1,
        },
        Question::Damage | Question::Water => Entry::Number {
            min: bounds::INCIDENTS.0,
            max: bounds::INCIDENTS.1,
        },
        Question::Horizon => Entry::Number {
            min: bounds::HORIZON.0,
            max: bounds::HORIZON.1,
        },
        Question::LinemoFee => Entry::Number {
            min: bounds::LINEMO_FEE.0,
            max: bounds::LINEMO_FEE.1,
        },
        Question::Released => Entry::Month { optional: false },
        Question::Warranty => Entry::Month { optional: true },
        Question::Eligibility => Entry::Toggles,
    }
}

/// The ids of a choice question's values, in order (words: `choice-<id>`).
pub fn choice_ids(q: Question) -> &'static [&'static str] {
    match q {
        Question::Carrier => &["iijmio", "linemo", "undecided"],
        Question::DeviceSource => &["bring_own", "buy_new", "buy_used"],
        Question::Os => &["ios", "android"],
        Question::Protection => &["bare", "case", "case_and_film", "rugged"],
        Question::Risk => &["neutral", "averse"],
        Question::ExistingLinemoUser => &["no", "yes"],
        _ => &[],
    }
}

/// The switches of the eligibility question (words: `toggle-<id>`).
pub fn toggle_ids() -> &'static [&'static str] {
    &[
        "unofficial_repair",
        "damaged_now",
        "overseas_model",
        "wifi_only",
        "leased_or_business",
        "existing_iijmio_user",
    ]
}

/// The switch `i` of the eligibility question.
pub fn toggle(d: &mut Draft, i: usize) -> Option<&mut bool> {
    match i {
        0 => Some(&mut d.unofficial_repair),
        1 => Some(&mut d.damaged_now),
        2 => Some(&mut d.overseas_model),
        3 => Some(&mut d.wifi_only),
        4 => Some(&mut d.leased_or_business),
        5 => Some(&mut d.existing_iijmio_user),
        _ => None,
    }
}

/// Whether switch `i` of the eligibility question is on.
pub fn is_on(d: &Draft, i: usize) -> bool {
    match i {
        0 => d.unofficial_repair,
        1 => d.damaged_now,
        2 => d.overseas_model,
        3 => d.wifi_only,
        4 => d.leased_or_business,
        5 => d.existing_iijmio_user,
        _ => false,
    }
}

/// The index of the draft's current value of a choice question.
pub fn chosen(q: Question, d: &Draft) -> usize {
    match q {
        Question::Carrier => d.carrier as usize,
        Question::DeviceSource => d.device_source as usize,
        Question::Os => d.os as usize,
        Question::Protection => d.protection as usize,
        Question::Risk => d.risk as usize,
        Question::ExistingLinemoUser => usize::from(d.existing_linemo_user),
        _ => 0,
    }
}

/// Sets a choice question's value by index (out of range is ignored).
pub fn choose(q: Question, d: &mut Draft, i: usize) {
    match (q, i) {
        (Question::Carrier, 0) => d.carrier = Carrier::Iijmio,
        (Question::Carrier, 1) => d.carrier = Carrier::Linemo,
        (Question::Carrier, 2) => d.carrier = Carrier::Undecided,
        (Question::DeviceSource, 0) => d.device_source = DeviceSource::BringOwn,
        (Question::DeviceSource, 1) => d.device_source = DeviceSource::BuyNewFromCarrier,
        (Question::DeviceSource, 2) => d.device_source = DeviceSource::BuyUsedFromCarrier,
        (Question::Os, 0) => d.os = Os::Ios,
        (Question::Os, 1) => d.os = Os::Android,
        (Question::Protection, 0) => d.protection = Protection::Bare,
        (Question::Protection, 1) => d.protection = Protection::Case,
        (Question::Protection, 2) => d.protection = Protection::CaseAndFilm,
        (Question::Protection, 3) => d.protection = Protection::Rugged,
        (Question::Risk, 0) => d.risk = Risk::Neutral,
        (Question::Risk, 1) => d.risk = Risk::Averse,
        (Question::ExistingLinemoUser, i) if i < 2 => d.existing_linemo_user = i == 1,
        _ => {}
    }
}

/// The longest number that can be typed (the largest bound has seven digits).
const MAX_DIGITS: usize = 7;

/// A typed character as the entry takes it: full-width digits and dashes (from a Japanese
/// input method) become ASCII; characters the entry cannot hold are refused.
pub fn accept(e: Entry, typed: &str, c: char) -> Option<char> {
    if !matches!(e, Entry::Number { .. } | Entry::Month { .. }) {
        return Some(c);
    }
    let c = match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32)?,
        '－' | 'ー' | '／' | '/' => '-',
        _ => c,
    };
    match e {
        Entry::Number { .. } => (c.is_ascii_digit() && typed.len() < MAX_DIGITS).then_some(c),
        Entry::Month { .. } => ((c.is_ascii_digit() || c == '-') && typed.len() < 7).then_some(c),
        _ => None,
    }
}

/// What is wrong with a number while it is being typed: only a value already past the top
/// (more digits cannot bring it back); the rest waits for Enter.
pub fn live_error(e: Entry, typed: &str) -> Option<EntryError> {
    match e {
        Entry::Number { min, max } => typed
            .parse::<i64>()
            .ok()
            .filter(|v| *v > max)
            .map(|_| EntryError::OutOfRange { min, max }),
        _ => None,
    }
}

/// The draft's answer to a number or month question as it would be typed.
pub fn text_of(q: Question, d: &Draft) -> String {
    let number = match q {
        Question::Price => d.price_yen,
        Question::Damage => Some(d.damage_incidents_2y),
        Question::Water => Some(d.water_incidents_2y),
        Question::Horizon => Some(d.horizon_months),
        Question::LinemoFee => d.linemo_fee_yen,
        _ => None,
    };
    let month = match q {
        Question::Released => d.released,
        Question::Warranty => d.warranty_until,
        _ => None,
    };
    number
        .map(|v| v.to_string())
        .or_else(|| month.map(|m| m.to_string()))
        .unwrap_or_default()
}

/// Stores a typed number or month into the draft, or says why it cannot be taken.
pub fn store(q: Question, typed: &str, d: &mut Draft) -> Result<(), EntryError> {
    match entry(q) {
        Entry::Number { min, max } => {
            let digits: String = typed.chars().filter(|c| *c != ',').collect();
            let v = digits.parse::<i64>().map_err(|_| EntryError::NotANumber)?;
            if v < min || v > max {
                return Err(EntryError::OutOfRange { min, max });
            }
            let v = v as u32;
            match q {
                Question::Price => d.price_yen = Some(v),
                Question::Damage => d.damage_incidents_2y = v,
                Question::Water => d.water_incidents_2y = v,
                Question::Horizon => d.horizon_months = v,
                Question::LinemoFee => d.linemo_fee_yen = Some(v),
                _ => {}
            }
        }
        Entry::Month { optional } => {
            let month = YearMonth::parse(typed.trim());
            if month.is_none() && !(optional && typed.trim().is_empty()) {
                return Err(EntryError::NotAMonth);
            }
            match q {
                Question::Released => d.released = month,
                _ => d.warranty_until = month,
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_what_was_chosen() {
        for q in Question::ALL {
            if let Entry::Choice(n) = entry(q) {
                assert_eq!(choice_ids(q).len(), n, "{q:?}");
                for i in 0..n {
                    let mut d = Draft::default();
                    choose(q, &mut d, i);
                    assert_eq!(chosen(q, &d), i, "{q:?} {i}");
                }
            }
        }
    }

    #[test]
    fn every_switch_is_a_different_field() {
        let mut d = Draft::default();
        for i in 0..toggle_ids().len() {
            *toggle(&mut d, i).expect("a switch") = true;
        }
        assert!(d.unofficial_repair && d.damaged_now && d.overseas_model && d.wifi_only);
        assert!(d.leased_or_business);
        assert!(toggle(&mut d, toggle_ids().len()).is_none());
    }
}
