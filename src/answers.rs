//! The answers: read from a RON file (the public format of `interface.md`), checked against
//! their bounds, and resolved against the device catalog into a [`Profile`] for the engine.

use crate::calendar::{Date, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
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
    #[serde(default)]
    pub existing_linemo_user: bool,
    /// Already an IIJmio user: つながる端末保証 is for new sign-ups only.
    #[serde(default)]
    pub existing_iijmio_user: bool,
    #[serde(default)]
    pub leased_or_business: bool,
    #[serde(default)]
    pub linemo_fee_yen: Option<i64>,
}

/// The bounds of the answers (`interface.md`).
pub mod bounds {
    pub const PRICE: (i64, i64) = (1, 1_000_000);
    pub const INCIDENTS: (i64, i64) = (0, 50);
    pub const HORIZON: (i64, i64) = (1, 60);
    pub const LINEMO_FEE: (i64, i64) = (1, 10_000);
}

/// Where the LINEMO AppleCare fee comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum LinemoFee {
    /// From the catalog model's tier.
    Tier { tier: String, yen: u32 },
    /// Given in the answers.
    Given(u32),
    /// Not in the table and not given.
    Unknown,
}

/// Answers checked and completed from the catalog: what the engine reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub today: Date,
    pub carrier: Carrier,
    pub device_source: DeviceSource,
    pub os: Os,
    /// The catalog name of the model, when one was given and found.
    pub model: Option<String>,
    pub price_yen: u32,
    /// True when the price was taken from the catalog's launch price.
    pub price_from_catalog: bool,
    pub released: Option<YearMonth>,
    pub damage_incidents_2y: u32,
    pub water_incidents_2y: u32,
    pub protection: Protection,
    pub warranty_until: Option<YearMonth>,
    pub horizon_months: u32,
    pub risk: Risk,
    pub unofficial_repair: bool,
    pub damaged_now: bool,
    pub overseas_model: bool,
    pub wifi_only: bool,
    pub existing_linemo_user: bool,
    pub existing_iijmio_user: bool,
    pub leased_or_business: bool,
    pub linemo_fee: LinemoFee,
}

/// What is wrong with an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// The RON itself: bad syntax or a value of the wrong shape; `detail` is the parser's words.
    Syntax {
        detail: String,
    },
    UnknownField {
        expected: Vec<String>,
    },
    MissingField,
    DuplicateField,
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    BadDate {
        value: String,
        form: &'static str,
    },
    ReleaseAfterToday {
        released: String,
        today: String,
    },
    UnknownModel {
        value: String,
    },
    ModelOsMismatch {
        model: String,
        os: String,
    },
    NeedPriceOrModel,
    /// The carrier sells no devices, so a device cannot come from it.
    CarrierSellsNoDevices,
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
        let at = |field: &str, fault: Fault| {
            let (line, col) = field_position(text, field);
            AnswerError {
                field: Some(field.to_string()),
                line,
                col,
                fault,
            }
        };
        let today = match &self.today {
            None => clock,
            Some(s) => Date::parse(s).ok_or_else(|| {
                at(
                    "today",
                    Fault::BadDate {
                        value: s.clone(),
                        form: "YYYY-MM-DD",
                    },
                )
            })?,
        };
        let device = match &self.model {
            None => None,
            Some(name) => Some(tables.find_device(name).ok_or_else(|| {
                at(
                    "model",
                    Fault::UnknownModel {
                        value: name.clone(),
                    },
                )
            })?),
        };
        if let Some(d) = device.filter(|d| d.os != self.os) {
            return Err(at(
                "os",
                Fault::ModelOsMismatch {
                    model: d.name.clone(),
                    os: format!("{:?}", d.os),
                },
            ));
        }
        // LINEMO sells no devices (seed 004: 端末セット販売はしていない).
        if self.carrier == Carrier::Linemo && self.device_source != DeviceSource::BringOwn {
            return Err(at("device_source", Fault::CarrierSellsNoDevices));
        }
        let in_range = |field: &str, value: i64, (min, max): (i64, i64)| {
            if value < min || value > max {
                Err(at(field, Fault::OutOfRange { value, min, max }))
            } else {
                Ok(value)
            }
        };
        let (price_yen, price_from_catalog) = match (self.price_yen, device) {
            (Some(p), _) => (in_range("price_yen", p, bounds::PRICE)? as u32, false),
            (None, Some(d)) => (d.price_yen, true),
            (None, None) => return Err(at("price_yen", Fault::NeedPriceOrModel)),
        };
        let released = match (&self.released, device) {
            (Some(s), _) => Some(YearMonth::parse(s).ok_or_else(|| {
                at(
                    "released",
                    Fault::BadDate {
                        value: s.clone(),
                        form: "YYYY-MM",
                    },
                )
            })?),
            (None, Some(d)) => Some(d.released),
            (None, None) => None,
        };
        if let Some(r) = released.filter(|r| *r > today.year_month()) {
            let field = if self.released.is_some() {
                "released"
            } else {
                "model"
            };
            return Err(at(
                field,
                Fault::ReleaseAfterToday {
                    released: r.to_string(),
                    today: today.to_string(),
                },
            ));
        }
        let warranty_until = match &self.warranty_until {
            None => None,
            Some(s) => Some(YearMonth::parse(s).ok_or_else(|| {
                at(
                    "warranty_until",
                    Fault::BadDate {
                        value: s.clone(),
                        form: "YYYY-MM",
                    },
                )
            })?),
        };
        let damage = in_range(
            "damage_incidents_2y",
            self.damage_incidents_2y,
            bounds::INCIDENTS,
        )?;
        let water = in_range(
            "water_incidents_2y",
            self.water_incidents_2y,
            bounds::INCIDENTS,
        )?;
        let horizon = in_range("horizon_months", self.horizon_months, bounds::HORIZON)?;
        let linemo_fee = match (
            self.linemo_fee_yen,
            device.and_then(|d| d.linemo_tier.as_ref()),
        ) {
            (Some(fee), _) => {
                LinemoFee::Given(in_range("linemo_fee_yen", fee, bounds::LINEMO_FEE)? as u32)
            }
            (None, Some(tier)) => match tables.tier_fee(tier) {
                Some(yen) => LinemoFee::Tier {
                    tier: tier.clone(),
                    yen,
                },
                None => LinemoFee::Unknown,
            },
            (None, None) => LinemoFee::Unknown,
        };
        Ok(Profile {
            today,
            carrier: self.carrier,
            device_source: self.device_source,
            os: self.os,
            model: device.map(|d| d.name.clone()),
            price_yen,
            price_from_catalog,
            released,
            damage_incidents_2y: damage as u32,
            water_incidents_2y: water as u32,
            protection: self.protection,
            warranty_until,
            horizon_months: horizon as u32,
            risk: self.risk,
            unofficial_repair: self.unofficial_repair,
            damaged_now: self.damaged_now,
            overseas_model: self.overseas_model,
            wifi_only: self.wifi_only,
            existing_linemo_user: self.existing_linemo_user,
            existing_iijmio_user: self.existing_iijmio_user,
            leased_or_business: self.leased_or_business,
            linemo_fee,
        })
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
        other => (
            field_before(text, line, col),
            Fault::Syntax {
                detail: other.to_string(),
            },
        ),
    };
    AnswerError {
        field,
        line,
        col,
        fault,
    }
}

/// Strips a `//` comment from a line.
fn code_part(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// The 1-based line and column where `field:` is written, or 1:1 when it is not written.
pub fn field_position(text: &str, field: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let code = code_part(line);
        let mut from = 0;
        while let Some(pos) = code[from..].find(field) {
            let start = from + pos;
            let end = start + field.len();
            let before_ok = code[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let after_ok = code[end..].trim_start().starts_with(':');
            if before_ok && after_ok {
                return (i + 1, code[..start].chars().count() + 1);
            }
            from = end;
        }
    }
    (1, 1)
}

/// The field named nearest before a place in the text (the one a bad value belongs to).
fn field_before(text: &str, line: usize, col: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let last = line.min(lines.len());
    for l in (0..last).rev() {
        let mut code = code_part(lines[l]);
        if l + 1 == line {
            let cut = code
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(code.len(), |(i, _)| i);
            code = &code[..cut];
        }
        let mut found = None;
        let mut ident = String::new();
        for c in code.chars() {
            if c.is_alphanumeric() || c == '_' {
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

#[cfg(test)]
mod tests {
    use super::*;

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
