//! The answers being built on screen: every field with a sensible default, turned into typed
//! [`Input`] so that the same checks apply as for an answers file.

use super::control::new_contract_carriers;
use crate::answers::{Conditions, FieldFault, Input, LinemoFee, Profile};
use crate::calendar::{Date, DayOrMonth, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::tables::Tables;

/// The answers so far. Defaults are what most people would answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub carrier: Carrier,
    pub device_source: DeviceSource,
    pub os: Os,
    /// A catalog model's name, or `None` for "not listed".
    pub model: Option<String>,
    pub price_yen: Option<u32>,
    pub released: Option<YearMonth>,
    pub damage_incidents_2y: u32,
    pub water_incidents_2y: u32,
    pub lost_or_stolen_2y: u32,
    pub protection: Protection,
    /// The last month another warranty (AppleCare+ and the like) covers, if any.
    pub warranty_until: Option<YearMonth>,
    pub horizon_months: u32,
    pub risk: Risk,
    /// The eligibility switches.
    pub conditions: Conditions,
    /// The carriers the user already has a line with.
    pub existing_customer_of: Vec<Carrier>,
    pub linemo_fee_yen: Option<u32>,
    /// The day the device was bought, if the user knows it.
    pub bought: Option<DayOrMonth>,
    /// The carrier is set by the shop (a kiosk offering one carrier) and not asked.
    pub carrier_locked: bool,
    /// The carriers the shop offers (empty: every carrier of the tables).
    pub offered: Vec<Carrier>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            carrier: Carrier::undecided(),
            device_source: DeviceSource::BringOwn,
            os: Os::Ios,
            model: None,
            price_yen: None,
            released: None,
            damage_incidents_2y: 0,
            water_incidents_2y: 0,
            lost_or_stolen_2y: 0,
            protection: Protection::Case,
            warranty_until: None,
            horizon_months: 24,
            risk: Risk::Neutral,
            conditions: Conditions::default(),
            existing_customer_of: Vec::new(),
            linemo_fee_yen: None,
            bought: None,
            carrier_locked: false,
            offered: Vec::new(),
        }
    }
}

impl Draft {
    /// A fresh draft for a shop that offers only `carrier`.
    pub fn locked_to(carrier: Carrier) -> Draft {
        Draft {
            offered: vec![carrier.clone()],
            carrier,
            carrier_locked: true,
            ..Draft::default()
        }
    }

    /// A fresh draft for a shop that offers these carriers (one: locked to it; none: all).
    pub fn offering(carriers: Vec<Carrier>) -> Draft {
        match carriers.as_slice() {
            [one] => Draft::locked_to(one.clone()),
            _ => Draft {
                offered: carriers,
                ..Draft::default()
            },
        }
    }

    /// Whether the chosen carrier may sell the device (undecided: some carrier may).
    pub fn sells_devices(&self, t: &Tables) -> bool {
        t.carrier(&self.carrier).is_none_or(|c| c.sells_devices)
    }

    /// Where the device comes from, as the check will read it.
    pub fn effective_source(&self, t: &Tables) -> DeviceSource {
        if self.sells_devices(t) {
            self.device_source
        } else {
            DeviceSource::BringOwn
        }
    }

    /// The draft that gives back a resolved profile (answers loaded from a file).
    pub fn from_profile(p: &Profile) -> Draft {
        // A catalog model brings its own release month, and its price where it has one.
        let unlisted = p.model.is_none();
        Draft {
            carrier: p.carrier.clone(),
            device_source: p.device_source,
            os: p.os,
            model: p.model.clone(),
            price_yen: Some(p.price_yen).filter(|_| !p.price_from_catalog),
            released: p.released.filter(|_| unlisted),
            damage_incidents_2y: p.damage_incidents_2y,
            water_incidents_2y: p.water_incidents_2y,
            lost_or_stolen_2y: p.lost_or_stolen_2y,
            protection: p.protection,
            warranty_until: p.warranty_until,
            horizon_months: p.horizon_months,
            risk: p.risk,
            conditions: p.conditions,
            existing_customer_of: p.existing_customer_of.clone(),
            linemo_fee_yen: match p.linemo_fee {
                LinemoFee::Given(yen) => Some(yen),
                _ => None,
            },
            // A day the check filled in (today, for a device bought with the line) is not the
            // user's answer.
            bought: p
                .bought
                .filter(|_| p.device_source == DeviceSource::BringOwn),
            carrier_locked: false,
            offered: Vec::new(),
        }
    }

    /// Sets the OS; a model chosen for the other OS no longer applies and is dropped.
    pub fn set_os(&mut self, os: Os) {
        if self.os != os {
            self.model = None;
        }
        self.os = os;
    }

    /// The answers typed for the check, dated `today`. Questions that do not apply to the
    /// answers so far are left out, so a stale answer never reaches the engine.
    pub fn to_input(&self, today: Date, t: &Tables) -> Input {
        let listed = self.model.is_some();
        // A catalog model's own price stands; one without a price keeps the price typed.
        let priced = self
            .model
            .as_deref()
            .and_then(|m| t.find_device(m))
            .is_some_and(|d| d.price_yen.is_some());
        let asked = |q: super::Question| q.applies(self, t);
        // Only the carriers still asked about count; a switch left on for another is stale.
        let in_play = new_contract_carriers(self, t);
        Input {
            today,
            carrier: self.carrier.clone(),
            device_source: self.effective_source(t),
            os: self.os,
            model: self.model.clone(),
            price_yen: self.price_yen.filter(|_| !priced).map(i64::from),
            released: self.released.filter(|_| !listed),
            damage_incidents_2y: i64::from(self.damage_incidents_2y),
            water_incidents_2y: i64::from(self.water_incidents_2y),
            lost_or_stolen_2y: i64::from(self.lost_or_stolen_2y),
            protection: self.protection,
            warranty_until: self.warranty_until,
            horizon_months: i64::from(self.horizon_months),
            risk: self.risk,
            conditions: self.conditions,
            existing_customer_of: self
                .existing_customer_of
                .iter()
                .filter(|c| in_play.contains(c))
                .cloned()
                .collect(),
            linemo_fee_yen: self
                .linemo_fee_yen
                .filter(|_| asked(super::Question::LinemoFee))
                .map(i64::from),
            bought: self.bought.filter(|_| asked(super::Question::Bought)),
            among: self.offered.clone(),
        }
    }

    /// The answers checked against their bounds and the catalog, as of `today`.
    pub fn check(&self, today: Date, t: &Tables) -> Result<Profile, FieldFault> {
        crate::answers::check(&self.to_input(today, t), t)
    }

    /// The first fault of the dates given so far (a purchase after today or before the
    /// release, a release after today), as [`Draft::check`] would find it.
    pub fn date_fault(&self, today: Date, t: &Tables) -> Option<FieldFault> {
        crate::answers::date_fault(&self.to_input(today, t), t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::Tables;

    fn today() -> Date {
        Date::parse("2026-11-22").expect("a date")
    }

    #[test]
    fn the_defaults_with_a_model_make_valid_answers() {
        let t = Tables::built_in().expect("tables");
        let d = Draft {
            model: Some("iPhone 15".into()),
            ..Draft::default()
        };
        let profile = d.check(today(), &t);
        assert!(profile.is_ok(), "{profile:?}");
    }

    #[test]
    fn a_profile_round_trips_through_the_draft() {
        let t = Tables::built_in().expect("tables");
        for d in [
            Draft {
                model: Some("Galaxy S24".into()),
                os: Os::Android,
                carrier: Carrier::new("Linemo"),
                damage_incidents_2y: 3,
                existing_customer_of: vec![Carrier::new("Linemo")],
                ..Draft::default()
            },
            Draft {
                price_yen: Some(30_000),
                released: YearMonth::parse("2024-05"),
                warranty_until: YearMonth::parse("2027-01"),
                bought: DayOrMonth::parse("2026-11-01"),
                linemo_fee_yen: Some(900),
                ..Draft::default()
            },
        ] {
            let p = d.check(today(), &t).expect("valid");
            assert_eq!(Draft::from_profile(&p), d);
        }
    }

    #[test]
    fn answers_to_questions_that_no_longer_apply_are_left_out() {
        let d = Draft {
            carrier: Carrier::new("Iijmio"),
            model: Some("iPhone 15".into()),
            price_yen: Some(50_000),
            released: YearMonth::parse("2020-01"),
            existing_customer_of: vec![Carrier::new("Linemo")],
            linemo_fee_yen: Some(1_000),
            ..Draft::default()
        };
        let a = d.to_input(today(), &Tables::built_in().unwrap());
        assert_eq!(a.price_yen, None);
        assert_eq!(a.released, None);
        assert!(a.existing_customer_of.is_empty());
        assert_eq!(a.linemo_fee_yen, None);
    }

    #[test]
    fn an_existing_iijmio_user_closes_tsunagaru_and_a_linemo_device_is_always_brought() {
        let t = Tables::built_in().unwrap();
        let d = Draft {
            carrier: Carrier::new("Iijmio"),
            price_yen: Some(80_000),
            released: YearMonth::parse("2025-09"),
            damage_incidents_2y: 3,
            existing_customer_of: vec![Carrier::new("Iijmio")],
            ..Draft::default()
        };
        let p = d.check(today(), &t).expect("valid");
        let a = crate::engine::advise(&p, &t);
        let plan = a.option("iijmio_tsunagaru").unwrap();
        assert!(!plan.eligible);
        assert!(plan.gates.iter().any(|g| g.rule == "gate_existing_iijmio"));
        let linemo = Draft {
            carrier: Carrier::new("Linemo"),
            device_source: DeviceSource::BuyNewFromCarrier,
            ..d
        };
        let a = linemo.to_input(today(), &t);
        assert_eq!(a.device_source, DeviceSource::BringOwn);
        assert!(a.existing_customer_of.is_empty());
    }
}
