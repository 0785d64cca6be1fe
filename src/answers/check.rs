//! Checking typed answers: every bound, the catalog model and its OS, the release month
//! against today, the carrier against the tables, and what the catalog fills in (price,
//! release month, fee tiers).

use super::{Conditions, Fault, Field, LinemoFee, Profile, bounds};
use crate::calendar::{Date, DayOrMonth, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::tables::{ASKED_TIER_SET, Device, Tables};

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
    pub lost_or_stolen_2y: i64,
    pub protection: Protection,
    pub warranty_until: Option<YearMonth>,
    pub horizon_months: i64,
    pub risk: Risk,
    pub conditions: Conditions,
    pub existing_customer_of: Vec<Carrier>,
    pub linemo_fee_yen: Option<i64>,
    pub bought: Option<DayOrMonth>,
    /// While undecided, the carriers to compare (a shop's); empty for every carrier.
    pub among: Vec<Carrier>,
}

/// Why typed answers cannot be advised on, and which answer it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldFault {
    pub field: Field,
    pub fault: Fault,
}

/// A fault of one answer.
fn fail(field: Field, fault: Fault) -> FieldFault {
    FieldFault { field, fault }
}

/// A date or month as written, or nothing.
fn written(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// Checks every answer in the order of `interface.md` and completes them from the catalog.
pub fn check(a: &Input, tables: &Tables) -> Result<Profile, FieldFault> {
    years(a)?;
    let lists = [
        (Field::Carrier, std::slice::from_ref(&a.carrier)),
        (Field::Customer, &a.existing_customer_of[..]),
        (Field::Among, &a.among[..]),
    ];
    for (field, list) in lists {
        for c in list {
            if c.is_undecided() && field != Field::Carrier {
                return Err(fail(field, Fault::UndecidedInList));
            }
            if !c.is_undecided() && tables.carrier(c).is_none() {
                let mut known: Vec<String> = tables
                    .carrier_ids()
                    .iter()
                    .map(|c| c.id().to_string())
                    .collect();
                if field == Field::Carrier {
                    known.push(Carrier::UNDECIDED.to_string());
                }
                return Err(fail(
                    field,
                    Fault::UnknownCarrier {
                        value: c.id().to_string(),
                        known,
                    },
                ));
            }
        }
    }
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
    // A carrier that sells no devices (LINEMO: 端末セット販売はしていない) takes only a device
    // brought along.
    let sells = tables.carrier(&a.carrier).is_none_or(|c| c.sells_devices);
    if !sells && a.device_source != DeviceSource::BringOwn {
        return Err(fail(
            Field::DeviceSource,
            Fault::CarrierSellsNoDevices {
                carrier: a.carrier.id().to_string(),
            },
        ));
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
    let released = release(a, device)?;
    let damage = in_range(Field::Damage, a.damage_incidents_2y, bounds::INCIDENTS)?;
    let water = in_range(Field::Water, a.water_incidents_2y, bounds::INCIDENTS)?;
    let gone = in_range(Field::Lost, a.lost_or_stolen_2y, bounds::INCIDENTS)?;
    let horizon = in_range(Field::Horizon, a.horizon_months, bounds::HORIZON)?;
    let tiers = device.map(|d| d.tiers.clone()).unwrap_or_default();
    let linemo_fee = match (a.linemo_fee_yen, tiers.get(ASKED_TIER_SET)) {
        (Some(fee), _) => {
            LinemoFee::Given(in_range(Field::LinemoFee, fee, bounds::LINEMO_FEE)? as u32)
        }
        (None, Some(tier)) => match tables.tier_fee(ASKED_TIER_SET, tier) {
            Some(yen) => LinemoFee::Tier {
                tier: tier.clone(),
                yen,
            },
            None => LinemoFee::Unknown,
        },
        (None, None) => LinemoFee::Unknown,
    };
    // A device bought with the line is bought today; one brought along when the user says.
    let bought = match a.device_source {
        DeviceSource::BringOwn => a.bought,
        _ => a.bought.or(Some(DayOrMonth::Day(a.today))),
    };
    purchase(a, released)?;
    let mut existing_customer_of = a.existing_customer_of.clone();
    existing_customer_of.sort();
    existing_customer_of.dedup();
    Ok(Profile {
        today: a.today,
        carrier: a.carrier.clone(),
        device_source: a.device_source,
        os: a.os,
        model: device.map(|d| d.name.clone()),
        price_yen,
        price_from_catalog,
        released,
        damage_incidents_2y: damage as u32,
        water_incidents_2y: water as u32,
        lost_or_stolen_2y: gone as u32,
        protection: a.protection,
        warranty_until: a.warranty_until,
        horizon_months: horizon as u32,
        risk: a.risk,
        conditions: a.conditions,
        existing_customer_of,
        linemo_fee,
        bought,
        tiers,
        nearest_tiers: device.map(|d| d.nearest_tiers.clone()).unwrap_or_default(),
        among: a.among.clone(),
    })
}

/// Every date within the years taken ([`bounds::YEARS`]).
fn years(a: &Input) -> Result<(), FieldFault> {
    let years = bounds::YEARS.0..=bounds::YEARS.1;
    let dates = [
        (
            Field::Today,
            Some(a.today.year_month()),
            a.today.to_string(),
        ),
        (Field::Released, a.released, written(a.released)),
        (Field::Warranty, a.warranty_until, written(a.warranty_until)),
        (
            Field::Bought,
            a.bought.map(DayOrMonth::year_month),
            written(a.bought),
        ),
    ];
    for (field, month, value) in dates {
        if month.is_some_and(|m| !years.contains(&m.year)) {
            return Err(fail(field, Fault::DateOutOfRange { value }));
        }
    }
    Ok(())
}

/// The release month, the catalog's or the one given, checked against the catalog and today.
fn release(a: &Input, device: Option<&Device>) -> Result<Option<YearMonth>, FieldFault> {
    if let (Some(given), Some(d)) = (a.released, device)
        && given < d.released.plus(-bounds::RELEASE_BEFORE_CATALOG)
    {
        return Err(fail(
            Field::Released,
            Fault::ReleasedBeforeCatalog {
                released: given,
                model: d.name.clone(),
                catalog: d.released,
            },
        ));
    }
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
    Ok(released)
}

/// The day of purchase, checked against today and the release month.
fn purchase(a: &Input, released: Option<YearMonth>) -> Result<(), FieldFault> {
    if let Some(b) = a.bought {
        if b.first_day() > a.today {
            return Err(fail(
                Field::Bought,
                Fault::BoughtAfterToday {
                    bought: b,
                    today: a.today,
                },
            ));
        }
        if let Some(r) = released.filter(|r| b.year_month() < *r) {
            return Err(fail(
                Field::Bought,
                Fault::BoughtBeforeRelease {
                    bought: b,
                    released: r,
                },
            ));
        }
    }
    Ok(())
}

/// The first fault of the dates alone (the years taken, the release month, the day of
/// purchase), as [`check`] finds them: for a question to refuse a date as it is typed, rather
/// than when the results are asked for. A model not in the catalog brings no release month.
pub fn date_fault(a: &Input, tables: &Tables) -> Option<FieldFault> {
    let device = a.model.as_deref().and_then(|m| tables.find_device(m));
    years(a)
        .and_then(|()| release(a, device))
        .and_then(|released| purchase(a, released))
        .err()
}
