//! How each question is answered, in one [`Control`] per question: a choice among values (fixed,
//! or the tables' carriers), a number, a month or a day, yes/no switches (fixed, or one per
//! carrier the user may already be with), or a catalog model; and how each reads and writes
//! the draft. Every screen and mode asks through these, so a rule lives once.

use super::draft::Draft;
use super::entry::{self, EntryError};
use super::question::Question;
use crate::answers::{Field, bounds};
use crate::calendar::{DayOrMonth, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::message::{Arg, Args};
use crate::tables::{Check, Tables};

/// One value of a choice question (words: `choice-<id>`).
#[derive(Clone, Copy)]
pub struct Choice {
    pub id: &'static str,
    /// The draft holds this value.
    pub is: fn(&Draft) -> bool,
    /// Gives the draft this value.
    pub set: fn(&mut Draft),
}

/// One yes/no switch (words: `toggle-<id>` on a question screen, its field's label on the
/// form).
#[derive(Clone, Copy)]
pub struct Switch {
    /// The answer it sets.
    pub field: Field,
    pub get: fn(&Draft) -> bool,
    pub set: fn(&mut Draft, bool),
}

impl Switch {
    /// Its id: its field's name in the answers file.
    pub fn id(&self) -> &'static str {
        self.field.file_name()
    }

    /// The message id of its label on the form.
    pub fn label(&self) -> &'static str {
        self.field.label().unwrap_or("")
    }
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

/// A month, or a day, typed.
#[derive(Clone, Copy)]
pub struct Month {
    pub blank: Blank,
    pub value: Calendar,
}

/// What a typed month holds: a year-month, or a whole day (or only its month, where that is
/// all the person knows).
#[derive(Clone, Copy)]
pub enum Calendar {
    Month {
        get: fn(&Draft) -> Option<YearMonth>,
        set: fn(&mut Draft, Option<YearMonth>),
    },
    Day {
        get: fn(&Draft) -> Option<DayOrMonth>,
        set: fn(&mut Draft, Option<DayOrMonth>),
    },
}

impl Month {
    /// The draft's value as it would be typed (`2027-03`, `2026-11-29`), if any.
    pub fn text(&self, d: &Draft) -> Option<String> {
        match self.value {
            Calendar::Month { get, .. } => get(d).map(|m| m.to_string()),
            Calendar::Day { get, .. } => get(d).map(|m| m.to_string()),
        }
    }

    /// The draft's value in words (`2027年3月`, `2026年11月29日`), if any.
    pub fn words(&self, d: &Draft, w: &crate::i18n::Words) -> Option<String> {
        match self.value {
            Calendar::Month { get, .. } => get(d).map(|m| w.month(m)),
            Calendar::Day { get, .. } => get(d).map(|m| match m {
                DayOrMonth::Day(day) => w.date(day),
                DayOrMonth::Month(month) => w.month(month),
            }),
        }
    }

    /// Stores typed text (empty: none or unknown).
    fn store(&self, typed: &str, d: &mut Draft) -> Result<(), EntryError> {
        let blank = typed.trim().is_empty();
        match self.value {
            Calendar::Month { set, .. } if blank => set(d, None),
            Calendar::Month { set, .. } => {
                set(d, Some(entry::month(typed).ok_or(EntryError::NotAMonth)?))
            }
            Calendar::Day { set, .. } if blank => set(d, None),
            Calendar::Day { set, .. } => set(
                d,
                Some(entry::day_or_month(typed).ok_or(EntryError::NotADay)?),
            ),
        }
        Ok(())
    }

    /// Whether it holds a day rather than a month.
    pub fn is_day(&self) -> bool {
        matches!(self.value, Calendar::Day { .. })
    }
}

/// The values of a choice: fixed, or the tables' carriers (those the shop offers), then
/// "not decided yet".
#[derive(Clone, Copy)]
pub enum Choices {
    Fixed(&'static [Choice]),
    Carriers,
}

/// The switches of a question: fixed, or one per carrier in play whose plans are for new
/// contracts only ("I already have a line with …").
#[derive(Clone, Copy)]
pub enum Toggles {
    Fixed(&'static [Switch]),
    Customers,
}

/// One line of a list entry: its words (a message id and its arguments), and whether it is
/// the draft's value or switched on.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub args: Args,
    pub on: bool,
}

/// The control a question is answered with, and how it reads and writes the draft.
#[derive(Clone, Copy)]
pub enum Control {
    Choice(Choices),
    Number(Number),
    Month(Month),
    Switches(Toggles),
    /// A catalog model, found by typing.
    Model,
}

/// The carriers a question offers: the shop's, else every carrier of the tables.
pub fn carriers(d: &Draft, t: &Tables) -> Vec<Carrier> {
    if d.offered.is_empty() {
        t.carrier_ids()
    } else {
        d.offered.clone()
    }
}

/// The carriers in play whose plans take only new contracts: the ones to ask about.
pub fn new_contract_carriers(d: &Draft, t: &Tables) -> Vec<Carrier> {
    carriers(d, t)
        .into_iter()
        .filter(|c| d.carrier.is_undecided() || *c == d.carrier)
        .filter(|c| {
            t.plans().iter().any(|p| {
                p.carrier.as_ref() == Some(c)
                    && p.gates.iter().any(|g| g.check == Check::NewContract)
            })
        })
        .collect()
}

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

/// The switches of the eligibility question, each closing some plans.
pub const SWITCHES: &[Switch] = &[
    Switch {
        field: Field::UnofficialRepair,
        get: |d| d.conditions.unofficial_repair,
        set: |d, on| d.conditions.unofficial_repair = on,
    },
    Switch {
        field: Field::DamagedNow,
        get: |d| d.conditions.damaged_now,
        set: |d, on| d.conditions.damaged_now = on,
    },
    Switch {
        field: Field::OverseasModel,
        get: |d| d.conditions.overseas_model,
        set: |d, on| d.conditions.overseas_model = on,
    },
    Switch {
        field: Field::WifiOnly,
        get: |d| d.conditions.wifi_only,
        set: |d, on| d.conditions.wifi_only = on,
    },
    Switch {
        field: Field::LeasedOrBusiness,
        get: |d| d.conditions.leased_or_business,
        set: |d, on| d.conditions.leased_or_business = on,
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
    pub fn control(self) -> Control {
        match self {
            Question::Carrier => Control::Choice(Choices::Carriers),
            Question::DeviceSource => Control::Choice(Choices::Fixed(SOURCES)),
            Question::Os => Control::Choice(Choices::Fixed(SYSTEMS)),
            Question::Protection => Control::Choice(Choices::Fixed(PROTECTIONS)),
            Question::Risk => Control::Choice(Choices::Fixed(RISKS)),
            Question::Customer => Control::Switches(Toggles::Customers),
            Question::Model => Control::Model,
            Question::Eligibility => Control::Switches(Toggles::Fixed(SWITCHES)),
            Question::Price => Control::Number(Number {
                min: bounds::PRICE.0,
                max: bounds::PRICE.1,
                yen: true,
                may_be_unknown: false,
                get: |d| d.price_yen,
                set: |d, v| d.price_yen = v,
            }),
            Question::Damage => Control::Number(incidents(
                |d| Some(d.damage_incidents_2y),
                |d, v| d.damage_incidents_2y = v.unwrap_or(0),
            )),
            Question::Water => Control::Number(incidents(
                |d| Some(d.water_incidents_2y),
                |d, v| d.water_incidents_2y = v.unwrap_or(0),
            )),
            Question::Lost => Control::Number(incidents(
                |d| Some(d.lost_or_stolen_2y),
                |d, v| d.lost_or_stolen_2y = v.unwrap_or(0),
            )),
            Question::Horizon => Control::Number(Number {
                min: bounds::HORIZON.0,
                max: bounds::HORIZON.1,
                yen: false,
                may_be_unknown: false,
                get: |d| Some(d.horizon_months),
                set: |d, v| d.horizon_months = v.unwrap_or(24),
            }),
            Question::LinemoFee => Control::Number(Number {
                min: bounds::LINEMO_FEE.0,
                max: bounds::LINEMO_FEE.1,
                yen: true,
                may_be_unknown: true,
                get: |d| d.linemo_fee_yen,
                set: |d, v| d.linemo_fee_yen = v,
            }),
            Question::Released => Control::Month(Month {
                blank: Blank::Unknown,
                value: Calendar::Month {
                    get: |d| d.released,
                    set: |d, v| d.released = v,
                },
            }),
            Question::Bought => Control::Month(Month {
                blank: Blank::Unknown,
                value: Calendar::Day {
                    get: |d| d.bought,
                    set: |d, v| d.bought = v,
                },
            }),
            Question::Warranty => Control::Month(Month {
                blank: Blank::Nothing,
                value: Calendar::Month {
                    get: |d| d.warranty_until,
                    set: |d, v| d.warranty_until = v,
                },
            }),
        }
    }

    /// True when the answer is typed (a number, a month or a model name).
    pub fn typed(self) -> bool {
        matches!(
            self.control(),
            Control::Number(_) | Control::Month(_) | Control::Model
        )
    }

    /// True when the answer may be left empty ("I don't know", or "none" for a month).
    pub fn may_be_blank(self) -> bool {
        match self.control() {
            Control::Number(n) => n.may_be_unknown,
            Control::Month(_) => true,
            _ => false,
        }
    }
}

impl Control {
    /// The lines of a choice or of switches, for these answers (none for other entries).
    pub fn items(&self, d: &Draft, t: &Tables) -> Vec<Item> {
        match self {
            Control::Choice(Choices::Fixed(values)) => values
                .iter()
                .map(|c| Item {
                    id: format!("choice-{}", c.id),
                    args: Vec::new(),
                    on: (c.is)(d),
                })
                .collect(),
            Control::Choice(Choices::Carriers) => carriers(d, t)
                .into_iter()
                .map(|c| {
                    // A carrier with no cover for a device brought along says so in the list.
                    let cover = t
                        .carrier(&c)
                        .is_none_or(|x| x.bring_own == crate::tables::BringOwn::Offered);
                    Item {
                        id: "choice-carrier".into(),
                        args: vec![
                            ("carrier", Arg::Carrier(c.id().to_string())),
                            ("cover", Arg::yes(cover)),
                        ],
                        on: d.carrier == c,
                    }
                })
                .chain(std::iter::once(Item {
                    id: "choice-undecided".into(),
                    args: Vec::new(),
                    on: d.carrier.is_undecided(),
                }))
                .collect(),
            Control::Switches(Toggles::Fixed(switches)) => switches
                .iter()
                .map(|s| Item {
                    id: format!("toggle-{}", s.id()),
                    args: Vec::new(),
                    on: (s.get)(d),
                })
                .collect(),
            Control::Switches(Toggles::Customers) => new_contract_carriers(d, t)
                .into_iter()
                .map(|c| Item {
                    id: "toggle-customer".into(),
                    on: d.existing_customer_of.contains(&c),
                    args: vec![("carrier", Arg::Carrier(c.id().to_string()))],
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The index of the draft's value of a choice (0 for other entries).
    pub fn chosen(&self, d: &Draft, t: &Tables) -> usize {
        match self {
            Control::Choice(_) => self.items(d, t).iter().position(|i| i.on).unwrap_or(0),
            _ => 0,
        }
    }

    /// Gives the draft the choice's value at `i`.
    pub fn pick(&self, i: usize, d: &mut Draft, t: &Tables) {
        match self {
            Control::Choice(Choices::Fixed(values)) => {
                if let Some(c) = values.get(i) {
                    (c.set)(d);
                }
            }
            Control::Choice(Choices::Carriers) => {
                let list = carriers(d, t);
                d.carrier = list.get(i).cloned().unwrap_or_else(Carrier::undecided);
            }
            _ => {}
        }
    }

    /// Flips the switch at `i`.
    pub fn flip(&self, i: usize, d: &mut Draft, t: &Tables) {
        match self {
            Control::Switches(Toggles::Fixed(switches)) => {
                if let Some(s) = switches.get(i) {
                    let on = (s.get)(d);
                    (s.set)(d, !on);
                }
            }
            Control::Switches(Toggles::Customers) => {
                if let Some(c) = new_contract_carriers(d, t).get(i) {
                    match d.existing_customer_of.iter().position(|x| x == c) {
                        Some(at) => {
                            d.existing_customer_of.remove(at);
                        }
                        None => d.existing_customer_of.push(c.clone()),
                    }
                }
            }
            _ => {}
        }
    }

    /// How many lines the entry's list has (values or switches).
    pub fn len(&self, d: &Draft, t: &Tables) -> usize {
        match self {
            Control::Choice(Choices::Fixed(values)) => values.len(),
            Control::Switches(Toggles::Fixed(switches)) => switches.len(),
            Control::Choice(_) | Control::Switches(_) => self.items(d, t).len(),
            _ => 0,
        }
    }

    /// The draft's answer as it would be typed (empty when unknown or none).
    pub fn text(&self, d: &Draft) -> String {
        match self {
            Control::Number(n) => (n.get)(d).map(|v| v.to_string()).unwrap_or_default(),
            Control::Month(m) => m.text(d).unwrap_or_default(),
            Control::Model => d.model.clone().unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The character as this entry takes it, or `None` if it cannot hold it.
    pub fn accept(&self, typed: &str, c: char) -> Option<char> {
        match self {
            Control::Number(_) => entry::number_char(typed, c),
            Control::Month(m) if m.is_day() => entry::day_char(typed, c),
            Control::Month(_) => entry::month_char(typed, c),
            Control::Model => Some(c),
            _ => None,
        }
    }

    /// What is wrong with the text while it is being typed (a number past its top).
    pub fn live_error(&self, typed: &str) -> Option<EntryError> {
        match self {
            Control::Number(n) => entry::live_number_error(typed, n.min, n.max),
            _ => None,
        }
    }

    /// Stores typed text into the draft, or says why it cannot be taken. Empty text is
    /// "unknown" or "none" where the entry allows it.
    pub fn store(&self, typed: &str, d: &mut Draft) -> Result<(), EntryError> {
        let blank = typed.trim().is_empty();
        match self {
            Control::Number(n) if blank && n.may_be_unknown => (n.set)(d, None),
            Control::Number(n) => (n.set)(d, Some(entry::number(typed, n.min, n.max)?)),
            Control::Month(m) => m.store(typed, d)?,
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Tables {
        Tables::built_in().expect("tables")
    }

    #[test]
    fn every_choice_reads_back_what_was_chosen() {
        let t = tables();
        for q in Question::ALL {
            let e = q.control();
            if let Control::Choice(_) = e {
                let n = e.len(&Draft::default(), &t);
                assert!(n > 1, "{q:?}");
                for i in 0..n {
                    let mut d = Draft::default();
                    e.pick(i, &mut d, &t);
                    assert_eq!(e.chosen(&d, &t), i, "{q:?} {i}");
                    let on = e.items(&d, &t).iter().filter(|x| x.on).count();
                    assert_eq!(on, 1, "{q:?}: exactly one value holds");
                }
            }
        }
    }

    #[test]
    fn the_carriers_are_the_tables_and_the_shops() {
        let t = tables();
        let e = Question::Carrier.control();
        let d = Draft::default();
        // Every carrier of the tables, then "not decided yet".
        assert_eq!(e.len(&d, &t), t.carriers().len() + 1);
        let shop = Draft::offering(vec![Carrier::new("Mineo"), Carrier::new("Linemo")]);
        let items = e.items(&shop, &t);
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].args[0], ("carrier", Arg::Carrier("Mineo".into())));
    }

    #[test]
    fn every_switch_is_a_different_field() {
        let mut d = Draft::default();
        for (i, s) in SWITCHES.iter().enumerate() {
            (s.set)(&mut d, true);
            let on = SWITCHES.iter().filter(|s| (s.get)(&d)).count();
            assert_eq!(on, i + 1, "{}", s.id());
        }
    }

    #[test]
    fn the_customer_switches_name_each_carrier_for_new_contracts_only() {
        let t = tables();
        let e = Question::Customer.control();
        let mut d = Draft::default();
        let named: Vec<Args> = e.items(&d, &t).into_iter().map(|i| i.args).collect();
        // mineo and BIGLOBE can be joined by an existing customer: not asked.
        for id in ["Iijmio", "Linemo", "Ymobile"] {
            assert!(
                named.contains(&vec![("carrier", Arg::Carrier(id.into()))]),
                "{id}: {named:?}"
            );
        }
        assert!(!named.contains(&vec![("carrier", Arg::Carrier("Mineo".into()))]));
        let linemo = named
            .iter()
            .position(|a| a == &vec![("carrier", Arg::Carrier("Linemo".into()))])
            .expect("LINEMO asked");
        e.flip(linemo, &mut d, &t);
        assert_eq!(d.existing_customer_of, vec![Carrier::new("Linemo")]);
        e.flip(linemo, &mut d, &t);
        assert!(d.existing_customer_of.is_empty());
    }

    #[test]
    fn every_typed_answer_reads_back_what_was_stored() {
        let d0 = Draft::default();
        for q in Question::ALL {
            let e = q.control();
            let sample = match e {
                Control::Number(n) => n.max.to_string(),
                Control::Month(m) if m.is_day() => "2024-09-30".into(),
                Control::Month(_) => "2024-09".into(),
                _ => continue,
            };
            let mut d = d0.clone();
            e.store(&sample, &mut d).unwrap();
            assert_eq!(e.text(&d), sample, "{q:?}");
            assert_eq!(e.store("", &mut d).is_ok(), q.may_be_blank(), "{q:?}");
        }
    }
}
