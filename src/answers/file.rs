//! The answers file: RON as `interface.md` writes it, read into typed [`Input`] (dates parsed
//! here) and checked; every fault is placed at its field's line and column in the file.

use super::{Conditions, Fault, Field, Input, Profile, check};
use crate::calendar::{Date, DayOrMonth, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::syntax::Locator;
use crate::tables::Tables;
use serde::Deserialize;

/// The answers file as written (`interface.md`). Numbers are read wide so that a bound can be
/// reported as a bound, not as a parse failure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default)]
    pub today: Option<String>,
    pub carrier: Carrier,
    pub device_source: DeviceSource,
    pub os: Os,
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub price_yen: Option<i64>,
    #[serde(default)]
    pub released: Option<String>,
    pub damage_incidents_2y: i64,
    pub water_incidents_2y: i64,
    /// Phones lost or stolen (and not got back) in the last 2 years.
    #[serde(default)]
    pub lost_or_stolen_2y: i64,
    #[serde(default)]
    pub protection: Protection,
    #[serde(default)]
    pub warranty_until: Option<String>,
    pub horizon_months: i64,
    #[serde(default)]
    pub risk: Risk,
    #[serde(default)]
    pub unofficial_repair: bool,
    #[serde(default)]
    pub damaged_now: bool,
    #[serde(default)]
    pub overseas_model: bool,
    #[serde(default)]
    pub wifi_only: bool,
    /// Already a LINEMO user (kept from schema 1; the same as `Linemo` in
    /// `existing_customer_of`).
    #[serde(default)]
    pub existing_linemo_user: bool,
    /// Already an IIJmio user: つながる端末保証 is for new sign-ups only.
    #[serde(default)]
    pub existing_iijmio_user: bool,
    /// The carriers the user already has a line with.
    #[serde(default)]
    pub existing_customer_of: Vec<Carrier>,
    #[serde(default)]
    pub leased_or_business: bool,
    #[serde(default)]
    pub linemo_fee_yen: Option<i64>,
    /// The day the device was bought (YYYY-MM-DD), or only its month (YYYY-MM), where known.
    #[serde(default)]
    pub bought: Option<String>,
}

/// A fault with the field it concerns and its place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerError {
    pub field: Option<String>,
    pub line: usize,
    pub col: usize,
    pub fault: Fault,
}

impl Answers {
    /// Parses an answers file; a fault carries its line and column.
    pub fn parse(text: &str) -> Result<Answers, AnswerError> {
        ron::Options::default()
            .from_str::<Answers>(text)
            .map_err(|e| from_ron(text, &e))
    }

    /// Checks every bound and fills what the catalog knows. `clock` is today by the system
    /// clock, used when the answers leave `today` out.
    pub fn resolve(
        &self,
        text: &str,
        tables: &Tables,
        clock: Date,
    ) -> Result<Profile, AnswerError> {
        let input = self.typed(text, clock)?;
        check(&input, tables).map_err(|p| AnswerError::at(text, p.field, p.fault))
    }

    /// The answers with their dates parsed; a date in the wrong form is placed in `text`.
    pub(super) fn typed(&self, text: &str, clock: Date) -> Result<Input, AnswerError> {
        let month = |field: Field, value: &Option<String>| match value {
            None => Ok(None),
            Some(s) => YearMonth::parse(s).map(Some).ok_or_else(|| {
                let fault = Fault::BadDate {
                    value: s.clone(),
                    form: "YYYY-MM",
                    or_month: false,
                };
                AnswerError::at(text, field, fault)
            }),
        };
        let day = |field: Field, value: &Option<String>| match value {
            None => Ok(None),
            Some(s) => Date::parse(s).map(Some).ok_or_else(|| {
                let fault = Fault::BadDate {
                    value: s.clone(),
                    form: "YYYY-MM-DD",
                    or_month: false,
                };
                AnswerError::at(text, field, fault)
            }),
        };
        let day_or_month = |field: Field, value: &Option<String>| match value {
            None => Ok(None),
            Some(s) => DayOrMonth::parse(s).map(Some).ok_or_else(|| {
                let fault = Fault::BadDate {
                    value: s.clone(),
                    form: "YYYY-MM-DD",
                    or_month: true,
                };
                AnswerError::at(text, field, fault)
            }),
        };
        let today = day(Field::Today, &self.today)?.unwrap_or(clock);
        let mut existing_customer_of = self.existing_customer_of.clone();
        for (said, id) in [
            (self.existing_linemo_user, "Linemo"),
            (self.existing_iijmio_user, "Iijmio"),
        ] {
            if said {
                existing_customer_of.push(Carrier::new(id));
            }
        }
        Ok(Input {
            today,
            carrier: self.carrier.clone(),
            device_source: self.device_source,
            os: self.os,
            model: self.model.clone(),
            price_yen: self.price_yen,
            released: month(Field::Released, &self.released)?,
            damage_incidents_2y: self.damage_incidents_2y,
            water_incidents_2y: self.water_incidents_2y,
            lost_or_stolen_2y: self.lost_or_stolen_2y,
            protection: self.protection,
            warranty_until: month(Field::Warranty, &self.warranty_until)?,
            horizon_months: self.horizon_months,
            risk: self.risk,
            conditions: Conditions {
                unofficial_repair: self.unofficial_repair,
                damaged_now: self.damaged_now,
                overseas_model: self.overseas_model,
                wifi_only: self.wifi_only,
                leased_or_business: self.leased_or_business,
            },
            existing_customer_of,
            linemo_fee_yen: self.linemo_fee_yen,
            bought: day_or_month(Field::Bought, &self.bought)?,
            among: Vec::new(),
        })
    }
}

impl AnswerError {
    /// A fault placed where `field:` is written in `text` (1:1 when it is not written).
    fn at(text: &str, field: Field, fault: Fault) -> AnswerError {
        let name = field.file_name();
        let (line, col) = Locator::new(text).field(name);
        AnswerError {
            field: Some(name.to_string()),
            line,
            col,
            fault,
        }
    }
}

/// Turns a RON error into a fault with its field and place.
fn from_ron(text: &str, e: &ron::error::SpannedError) -> AnswerError {
    use ron::Error as E;
    let (line, col) = (e.span.start.line, e.span.start.col);
    let (field, fault) = match &e.code {
        E::NoSuchStructField {
            expected, found, ..
        } => (
            Some(found.clone()),
            Fault::UnknownField {
                expected: expected.iter().map(|s| s.to_string()).collect(),
            },
        ),
        E::MissingStructField { field, .. } => (Some(field.to_string()), Fault::MissingField),
        E::DuplicateStructField { field, .. } => (Some(field.to_string()), Fault::DuplicateField),
        other => (Locator::new(text).field_before(line, col), {
            let (id, args) = crate::syntax::describe(other);
            Fault::Syntax { id, args }
        }),
    };
    AnswerError {
        field,
        line,
        col,
        fault,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::LinemoFee;

    const BASE: &str = r#"(
    today: Some("2026-11-22"),
    carrier: Iijmio,
    device_source: BringOwn,
    os: Ios,
    model: Some("iPhone 15 Pro"),
    damage_incidents_2y: 1,
    water_incidents_2y: 0,
    horizon_months: 24,
)"#;

    fn tables() -> Tables {
        Tables::built_in().unwrap()
    }

    fn clock() -> Date {
        Date::parse("2026-01-01").unwrap()
    }

    #[test]
    fn model_fills_price_release_and_tier() {
        let p = Answers::parse(BASE)
            .unwrap()
            .resolve(BASE, &tables(), clock())
            .unwrap();
        assert_eq!(p.price_yen, 159800);
        assert!(p.price_from_catalog);
        assert_eq!(p.released.unwrap().to_string(), "2023-09");
        assert_eq!(
            p.linemo_fee,
            LinemoFee::Tier {
                tier: "pro".into(),
                yen: 1580
            }
        );
        assert_eq!(p.today.to_string(), "2026-11-22");
    }

    #[test]
    fn explicit_values_win_over_the_catalog() {
        let text = BASE.replace(
            "horizon_months: 24,",
            "horizon_months: 24, price_yen: Some(90000), released: Some(\"2023-10\"),",
        );
        let p = Answers::parse(&text)
            .unwrap()
            .resolve(&text, &tables(), clock())
            .unwrap();
        assert_eq!(p.price_yen, 90000);
        assert!(!p.price_from_catalog);
        assert_eq!(p.released.unwrap().to_string(), "2023-10");
    }

    #[test]
    fn negative_price_names_the_field_and_line() {
        let text = BASE.replace(
            "    horizon_months: 24,",
            "    horizon_months: 24,\n    price_yen: Some(-5),",
        );
        let e = Answers::parse(&text)
            .unwrap()
            .resolve(&text, &tables(), clock())
            .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("price_yen"));
        assert_eq!((e.line, e.col), (10, 5));
        assert!(matches!(e.fault, Fault::OutOfRange { value: -5, .. }));
    }

    #[test]
    fn unknown_field_is_an_error() {
        let text = BASE.replace("os: Ios,", "os: Ios,\n    colour: \"red\",");
        let e = Answers::parse(&text).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("colour"));
        assert_eq!(e.line, 6);
    }

    #[test]
    fn bad_value_is_traced_to_its_field() {
        let text = BASE.replace("water_incidents_2y: 0,", "water_incidents_2y: \"none\",");
        let e = Answers::parse(&text).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("water_incidents_2y"));
        assert_eq!(e.line, 8);
    }

    #[test]
    fn neither_price_nor_model_names_price_yen() {
        let text = BASE.replace("    model: Some(\"iPhone 15 Pro\"),\n", "");
        let e = Answers::parse(&text)
            .unwrap()
            .resolve(&text, &tables(), clock())
            .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("price_yen"));
        assert_eq!(e.fault, Fault::NeedPriceOrModel);
    }

    #[test]
    fn release_after_today_is_an_error() {
        let text = BASE.replace(
            "model: Some(\"iPhone 15 Pro\"),",
            "price_yen: Some(50000), released: Some(\"2027-01\"),",
        );
        let e = Answers::parse(&text)
            .unwrap()
            .resolve(&text, &tables(), clock())
            .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("released"));
        assert!(matches!(e.fault, Fault::ReleaseAfterToday { .. }));
    }

    #[test]
    fn today_falls_back_to_the_clock() {
        let text = BASE.replace("    today: Some(\"2026-11-22\"),\n", "");
        let p = Answers::parse(&text)
            .unwrap()
            .resolve(&text, &tables(), clock())
            .unwrap();
        assert_eq!(p.today, clock());
    }
}
