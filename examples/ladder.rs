use hosho::answers::{LinemoFee, Profile};
use hosho::calendar::{Date, YearMonth};
use hosho::domain::*;
use hosho::engine::{self, Action};
use hosho::tables::Tables;
fn main() {
    let t = Tables::built_in().unwrap();
    let today = Date::parse("2026-11-22").unwrap();
    let (mut total, mut bad) = (0, 0);
    for carrier in [Carrier::Iijmio, Carrier::Linemo, Carrier::Undecided] {
    for src in [DeviceSource::BringOwn, DeviceSource::BuyNewFromCarrier, DeviceSource::BuyUsedFromCarrier] {
    for os in [Os::Ios, Os::Android] {
    for price in [8_000u32, 15_000, 25_000, 40_000, 80_000, 150_000] {
    for age in [0i64, 18, 40] {
    for horizon in [6u32, 12, 24, 36] {
    for warranty in [None, Some(3i64), Some(14)] {
    for prot in [Protection::Bare, Protection::Case] {
        let p = Profile { today, carrier, device_source: src, os, model: None, price_yen: price, price_from_catalog: false,
            released: Some(today.year_month().plus(-age)), damage_incidents_2y: 0, water_incidents_2y: 0, protection: prot,
            warranty_until: warranty.map(|w| YearMonth::parse("2026-11").unwrap().plus(w)), horizon_months: horizon, risk: Risk::Neutral,
            unofficial_repair: false, damaged_now: false, overseas_model: false, wifi_only: false, existing_linemo_user: false,
            leased_or_business: false, linemo_fee: LinemoFee::Unknown };
        total += 1;
        let mut joined = false; let mut trail = String::new();
        let mut fail = false;
        for k in 0..=12 { let mut q = p.clone(); q.damage_incidents_2y = k; let a = engine::advise(&q, &t);
            let j = a.recommendation.action == Action::Join; if joined && !j { fail = true; }
            joined |= j; trail.push(if j { 'J' } else if a.recommendation.action == Action::BuySpare { 's' } else { '.' }); }
        if fail { bad += 1; if bad <= 15 { println!("{carrier:?} {src:?} {os:?} {price} age{age} h{horizon} w{warranty:?} {prot:?}: {trail}"); } }
    }}}}}}}}
    println!("{bad} of {total} ladders not monotone");
}
