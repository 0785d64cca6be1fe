//! How each question is answered, in one descriptor per question: a choice among fixed
//! values, a number, a month, yes/no switches, or a catalog model; and how each reads and
//! writes the draft. Every screen and mode asks through these, so a rule lives once.

use super::draft::Draft;
use super::entry::{self, EntryError};
use super::question::Question;
use crate::answers::bounds;
use crate::calendar::YearMonth;
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};

/// One value of a choice question (words: `choice-<id>`).
#[derive(Clone, Copy)]
pub struct Choice {
    pub id: &'static str,
    /// The draft holds this value.
    pub is: fn(&Draft) -> bool,
    /// Gives the draft this value.
    pub set: fn(&mut Draft),
}

/// One yes/no switch (words: `toggle-<id>` on a question screen, `slabel-<id>` on the form).
#[derive(Clone, Copy)]
pub struct Switch {
    pub id: &'static str,
    pub get: fn(&Draft) -> bool,
    pub set: fn(&mut Draft, bool),
}

/// A whole number within bounds.
#[derive(Clone, Copy)]
pub struct Number {
    pub min: i64,
    pub max: i64,
    /// Shown as yen, grouped as typed.
    pub yen: bool,
    /// "I don't know" is an answer (the engine has a fallback).
    pub may_be_unknown: bool,
    pub get: fn(&Draft) -> Option<u32>,
    pub set: fn(&mut Draft, Option<u32>),
}

/// What an empty month means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    /// "None" (no other warranty).
    Nothing,
    /// "I don't know" (the engine has a fallback).
    Unknown,
}

/// A month.
#[derive(Clone, Copy)]
pub struct Month {
    pub blank: Blank,
    pub get: fn(&Draft) -> Option<YearMonth>,
    pub set: fn(&mut Draft, Option<YearMonth>),
}

/// The kind of entry a question takes, with how it reads and writes the draft.
#[derive(Clone, Copy)]
pub enum Entry {
    Choice(&'static [Choice]),
    Number(Number),
    Month(Month),
    Switches(&'static [Switch]),
    /// A catalog model, found by typing.
    Model,
}

const CARRIERS: &[Choice] = &[
    Choice {
        id: "iijmio",
        is: |d| d.carrier == Carrier::Iijmio,
        set: |d| d.carrier = Carrier::Iijmio,
    },
    Choice {
        id: "linemo",
        is: |d| d.carrier == Carrier::Linemo,
        set: |d| d.carrier = Carrier::Linemo,
    },
    Choice {
        id: "undecided",
        is: |d| d.carrier == Carrier::Undecided,
        set: |d| d.carrier = Carrier::Undecided,
    },
];

const SOURCES: &[Choice] = &[
    Choice {
        id: "bring_own",
        is: |d| d.device_source == DeviceSource::BringOwn,
        set: |d| d.device_source = DeviceSource::BringOwn,
    },
    Choice {
        id: "buy_new",
        is: |d| d.device_source == DeviceSource::BuyNewFromCarrier,
        set: |d| d.device_source = DeviceSource::BuyNewFromCarrier,
    },
    Choice {
        id: "buy_used",
        is: |d| d.device_source == DeviceSource::BuyUsedFromCarrier,
        set: |d| d.device_source = DeviceSource::BuyUsedFromCarrier,
    },
];

const SYSTEMS: &[Choice] = &[
    Choice {
        id: "ios",
        is: |d| d.os == Os::Ios,
        set: |d| d.set_os(Os::Ios),
    },
    Choice {
        id: "android",
        is: |d| d.os == Os::Android,
        set: |d| d.set_os(Os::Android),
    },
];

const PROTECTIONS: &[Choice] = &[
    Choice {
        id: "bare",
        is: |d| d.protection == Protection::Bare,
        set: |d| d.protection = Protection::Bare,
    },
    Choice {
        id: "case",
        is: |d| d.protection == Protection::Case,
        set: |d| d.protection = Protection::Case,
    },
    Choice {
        id: "case_and_film",
        is: |d| d.protection == Protection::CaseAndFilm,
        set: |d| d.protection = Protection::CaseAndFilm,
    },
    Choice {
        id: "rugged",
        is: |d| d.protection == Protection::Rugged,
        set: |d| d.protection = Protection::Rugged,
    },
];

const RISKS: &[Choice] = &[
    Choice {
        id: "neutral",
        is: |d| d.risk == Risk::Neutral,
        set: |d| d.risk = Risk::Neutral,
    },
    Choice {
        id: "averse",
        is: |d| d.risk == Risk::Averse,
        set: |d| d.risk = Risk::Averse,
    },
];

const LINEMO_USER: &[Choice] = &[
    Choice {
        id: "no",
        is: |d| !d.conditions.existing_linemo_user,
        set: |d| d.conditions.existing_linemo_user = false,
    },
    Choice {
        id: "yes",
        is: |d| d.conditions.existing_linemo_user,
        set: |d| d.conditions.existing_linemo_user = true,
    },
];

/// The switches of the eligibility question, each closing some plans.
pub const SWITCHES: &[Switch] = &[
    Switch {
        id: "unofficial_repair",
        get: |d| d.conditions.unofficial_repair,
        set: |d, on| d.conditions.unofficial_repair = on,
    },
    Switch {
        id: "damaged_now",
        get: |d| d.conditions.damaged_now,
        set: |d, on| d.conditions.damaged_now = on,
    },
    Switch {
        id: "overseas_model",
        get: |d| d.conditions.overseas_model,
        set: |d, on| d.conditions.overseas_model = on,
    },
    Switch {
        id: "wifi_only",
        get: |d| d.conditions.wifi_only,
        set: |d, on| d.conditions.wifi_only = on,
    },
    Switch {
        id: "leased_or_business",
        get: |d| d.conditions.leased_or_business,
        set: |d, on| d.conditions.leased_or_business = on,
    },
    Switch {
        id: "existing_iijmio_user",
        get: |d| d.conditions.existing_iijmio_user,
        set: |d, on| d.conditions.existing_iijmio_user = on,
    },
];

const fn incidents(get: fn(&Draft) -> Option<u32>, set: fn(&mut Draft, Option<u32>)) -> Number {
    Number {
        min: bounds::INCIDENTS.0,
        max: bounds::INCIDENTS.1,
        yen: false,
        may_be_unknown: false,
        get,
        set,
    }
}

impl Question {
    /// How the question is answered.
    pub fn entry(self) -> Entry {
        match self {
            Question::Carrier => Entry::Choice(CARRIERS),
            Question::DeviceSource => Entry::Choice(SOURCES),
            Question::Os => Entry::Choice(SYSTEMS),
            Question::Protection => Entry::Choice(PROTECTIONS),
            Question::Risk => Entry::Choice(RISKS),
            Question::ExistingLinemoUser => Entry::Choice(LINEMO_USER),
            Question::Model => Entry::Model,
            Question::Eligibility => Entry::Switches(SWITCHES),
            Question::Price => Entry::Number(Number {
                min: bounds::PRICE.0,
                max: bounds::PRICE.1,
                yen: true,
                may_be_unknown: false,
                get: |d| d.price_yen,
                set: |d, v| d.price_yen = v,
            }),
            Question::Damage => Entry::Number(incidents(
                |d| Some(d.damage_incidents_2y),
                |d, v| d.damage_incidents_2y = v.unwrap_or(0),
            )),
            Question::Water => Entry::Number(incidents(
                |d| Some(d.water_incidents_2y),
                |d, v| d.water_incidents_2y = v.unwrap_or(0),
            )),
            Question::Horizon => Entry::Number(Number {
                min: bounds::HORIZON.0,
                max: bounds::HORIZON.1,
                yen: false,
                may_be_unknown: false,
                get: |d| Some(d.horizon_months),
                set: |d, v| d.horizon_months = v.unwrap_or(24),
            }),
            Question::LinemoFee => Entry::Number(Number {
                min: bounds::LINEMO_FEE.0,
                max: bounds::LINEMO_FEE.1,
                yen: true,
                may_be_unknown: true,
                get: |d| d.linemo_fee_yen,
                set: |d, v| d.linemo_fee_yen = v,
            }),
            Question::Released => Entry::Month(Month {
                blank: Blank::Unknown,
                get: |d| d.released,
                set: |d, v| d.released = v,
            }),
            Question::Warranty => Entry::Month(Month {
                blank: Blank::Nothing,
                get: |d| d.warranty_until,
                set: |d, v| d.warranty_until = v,
            }),
        }
    }

    /// True when the answer is typed (a number, a month or a model name).
    pub fn typed(self) -> bool {
        matches!(
            self.entry(),
            Entry::Number(_) | Entry::Month(_) | Entry::Model
        )
    }

    /// True when the answer may be left empty ("I don't know", or "none" for a month).
    pub fn may_be_blank(self) -> bool {
        match self.entry() {
            Entry::Number(n) => n.may_be_unknown,
            Entry::Month(_) => true,
            _ => false,
        }
    }
}

impl Entry {
    /// The index of the draft's value of a choice (0 for other entries).
    pub fn chosen(&self, d: &Draft) -> usize {
        match self {
            Entry::Choice(values) => values.iter().position(|c| (c.is)(d)).unwrap_or(0),
            _ => 0,
        }
    }

    /// How many lines the entry's list has (values or switches).
    pub fn len(&self) -> usize {
        match self {
            Entry::Choice(values) => values.len(),
            Entry::Switches(switches) => switches.len(),
            _ => 0,
        }
    }

    /// True when the entry has no list.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The draft's answer as it would be typed (empty when unknown or none).
    pub fn text(&self, d: &Draft) -> String {
        match self {
            Entry::Number(n) => (n.get)(d).map(|v| v.to_string()).unwrap_or_default(),
            Entry::Month(m) => (m.get)(d).map(|v| v.to_string()).unwrap_or_default(),
            Entry::Model => d.model.clone().unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The character as this entry takes it, or `None` if it cannot hold it.
    pub fn accept(&self, typed: &str, c: char) -> Option<char> {
        match self {
            Entry::Number(_) => entry::number_char(typed, c),
            Entry::Month(_) => entry::month_char(typed, c),
            Entry::Model => Some(c),
            _ => None,
        }
    }

    /// What is wrong with the text while it is being typed (a number past its top).
    pub fn live_error(&self, typed: &str) -> Option<EntryError> {
        match self {
            Entry::Number(n) => entry::live_number_error(typed, n.min, n.max),
            _ => None,
        }
    }

    /// Stores typed text into the draft, or says why it cannot be taken. Empty text is
    /// "unknown" or "none" where the entry allows it.
    pub fn store(&self, typed: &str, d: &mut Draft) -> Result<(), EntryError> {
        let blank = typed.trim().is_empty();
        match self {
            Entry::Number(n) if blank && n.may_be_unknown => (n.set)(d, None),
            Entry::Number(n) => (n.set)(d, Some(entry::number(typed, n.min, n.max)?)),
            Entry::Month(m) if blank => (m.set)(d, None),
            Entry::Month(m) => (m.set)(d, Some(entry::month(typed).ok_or(EntryError::NotAMonth)?)),
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_what_was_chosen() {
        for q in Question::ALL {
            if let Entry::Choice(values) = q.entry() {
                for (i, c) in values.iter().enumerate() {
                    let mut d = Draft::default();
                    (c.set)(&mut d);
                    assert_eq!(q.entry().chosen(&d), i, "{q:?} {}", c.id);
                    let others = values.iter().filter(|o| (o.is)(&d)).count();
                    assert_eq!(others, 1, "{q:?}: exactly one value holds");
                }
            }
        }
    }

    #[test]
    fn every_switch_is_a_different_field() {
        let mut d = Draft::default();
        for (i, s) in SWITCHES.iter().enumerate() {
            (s.set)(&mut d, true);
            let on = SWITCHES.iter().filter(|s| (s.get)(&d)).count();
            assert_eq!(on, i + 1, "{}", s.id);
        }
    }

    #[test]
    fn every_typed_answer_reads_back_what_was_stored() {
        let d0 = Draft::default();
        for q in Question::ALL {
            let e = q.entry();
            let sample = match e {
                Entry::Number(n) => n.max.to_string(),
                Entry::Month(_) => "2024-09".into(),
                _ => continue,
            };
            let mut d = d0.clone();
            e.store(&sample, &mut d).unwrap();
            assert_eq!(e.text(&d), sample, "{q:?}");
            assert_eq!(e.store("", &mut d).is_ok(), q.may_be_blank(), "{q:?}");
        }
    }
}
