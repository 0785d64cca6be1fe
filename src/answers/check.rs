//! Checking typed answers: every bound, the catalog model and its OS, the release month
//! against today, and what the catalog fills in (price, release month, LINEMO fee tier).

use super::{Conditions, Fault, LinemoFee, Profile, bounds};
use crate::calendar::{Date, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::tables::Tables;

/// The answers with their values typed, however they were given: what [`check`] reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub today: Date,
    pub carrier: Carrier,
    pub device_source: DeviceSource,
    pub os: Os,
    pub model: Option<String>,
    pub price_yen: Option<i64>,
    pub released: Option<YearMonth>,
    pub damage_incidents_2y: i64,
    pub water_incidents_2y: i64,
    pub protection: Protection,
    pub warranty_until: Option<YearMonth>,
    pub horizon_months: i64,
    pub risk: Risk,
    pub conditions: Conditions,
    pub linemo_fee_yen: Option<i64>,
}

/// The answer a problem concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    DeviceSource,
    Os,
    Model,
    Price,
    Released,
    Warranty,
    Damage,
    Water,
    Horizon,
    LinemoFee,
}

impl Field {
    /// The field's name in the answers file (`interface.md`).
    pub fn file_name(self) -> &'static str {
        match self {
            Field::DeviceSource => "device_source",
            Field::Os => "os",
            Field::Model => "model",
            Field::Price => "price_yen",
            Field::Released => "released",
            Field::Warranty => "warranty_until",
            Field::Damage => "damage_incidents_2y",
            Field::Water => "water_incidents_2y",
            Field::Horizon => "horizon_months",
            Field::LinemoFee => "linemo_fee_yen",
        }
    }
}

/// Why typed answers cannot be advised on, and which answer it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: Field,
    pub fault: Fault,
}

/// Checks every answer in the order of `interface.md` and completes them from the catalog.
pub fn check(a: &Input, tables: &Tables) -> Result<Profile, Problem> {
    let fail = |field, fault| Problem { field, fault };
    let device = match &a.model {
        None => None,
        Some(name) => Some(tables.find_device(name).ok_or_else(|| {
            fail(
                Field::Model,
                Fault::UnknownModel {
                    value: name.clone(),
                },
            )
        })?),
    };
    if let Some(d) = device.filter(|d| d.os != a.os) {
        return Err(fail(
            Field::Os,
            Fault::ModelOsMismatch {
                model: d.name.clone(),
                os: d.os,
            },
        ));
    }
    // LINEMO sells no devices (seed 004: 端末セット販売はしていない).
    if a.carrier == Carrier::Linemo && a.device_source != DeviceSource::BringOwn {
        return Err(fail(Field::DeviceSource, Fault::CarrierSellsNoDevices));
    }
    let in_range = |field, value: i64, (min, max): (i64, i64)| {
        if value < min || value > max {
            Err(fail(field, Fault::OutOfRange { value, min, max }))
        } else {
            Ok(value)
        }
    };
    let (price_yen, price_from_catalog) = match (a.price_yen, device) {
        (Some(p), _) => (in_range(Field::Price, p, bounds::PRICE)? as u32, false),
        (None, Some(d)) => match d.price_yen {
            Some(p) => (p, true),
            None => {
                return Err(fail(
                    Field::Price,
                    Fault::CatalogHasNoPrice {
                        model: d.name.clone(),
                    },
                ));
            }
        },
        (None, None) => return Err(fail(Field::Price, Fault::NeedPriceOrModel)),
    };
    let released = a.released.or(device.map(|d| d.released));
    if let Some(r) = released.filter(|r| *r > a.today.year_month()) {
        let field = if a.released.is_some() {
            Field::Released
        } else {
            Field::Model
        };
        return Err(fail(
            field,
            Fault::ReleaseAfterToday {
                released: r,
                today: a.today,
            },
        ));
    }
    let damage = in_range(Field::Damage, a.damage_incidents_2y, bounds::INCIDENTS)?;
    let water = in_range(Field::Water, a.water_incidents_2y, bounds::INCIDENTS)?;
    let horizon = in_range(Field::Horizon, a.horizon_months, bounds::HORIZON)?;
    let linemo_fee = match (
        a.linemo_fee_yen,
        device.and_then(|d| d.linemo_tier.as_ref()),
    ) {
        (Some(fee), _) => {
            LinemoFee::Given(in_range(Field::LinemoFee, fee, bounds::LINEMO_FEE)? as u32)
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
        today: a.today,
        carrier: a.carrier,
        device_source: a.device_source,
        os: a.os,
        model: device.map(|d| d.name.clone()),
        price_yen,
        price_from_catalog,
        released,
        damage_incidents_2y: damage as u32,
        water_incidents_2y: water as u32,
        protection: a.protection,
        warranty_until: a.warranty_until,
        horizon_months: horizon as u32,
        risk: a.risk,
        conditions: a.conditions,
        linemo_fee,
    })
}
