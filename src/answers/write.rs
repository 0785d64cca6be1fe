//! Answers written back as an answers file, so that a session can be saved and opened again
//! (`hosho --answers FILE`). Every field goes through [`Field`], in the reader's order; each
//! value is written by RON itself, so what is written reads back as the same answers.

use super::{Field, Input};
use crate::domain::Carrier;
use serde::Serialize;
use std::fmt::Write;

/// The answers as an answers file. `today` is left out (the day the file is opened), as are
/// the fields the reader folds into others (LINEMO and IIJmio users: `existing_customer_of`)
/// and what is never written in a file (the carriers a kiosk compares).
pub fn answers_file(a: &Input) -> String {
    let mut out = String::from("// hosho --answers FILE\n(\n");
    for field in Field::all() {
        if let Some(value) = value(field, a) {
            let _ = writeln!(out, "    {}: {value},", field.file_name());
        }
    }
    out.push_str(")\n");
    out
}

/// One field's value as RON, or `None` when it is not written.
fn value(field: Field, a: &Input) -> Option<String> {
    let c = &a.conditions;
    Some(match field {
        Field::Today | Field::Among | Field::ExistingLinemoUser | Field::ExistingIijmioUser => {
            return None;
        }
        Field::Carrier => a.carrier.id().to_string(),
        Field::Customer => {
            let ids: Vec<&str> = a.existing_customer_of.iter().map(Carrier::id).collect();
            format!("[{}]", ids.join(", "))
        }
        Field::DeviceSource => ron(&a.device_source),
        Field::Os => ron(&a.os),
        Field::Model => ron(&a.model),
        Field::Price => ron(&a.price_yen),
        Field::Released => ron(&a.released.map(|m| m.to_string())),
        Field::Damage => a.damage_incidents_2y.to_string(),
        Field::Water => a.water_incidents_2y.to_string(),
        Field::Lost => a.lost_or_stolen_2y.to_string(),
        Field::Protection => ron(&a.protection),
        Field::Warranty => ron(&a.warranty_until.map(|m| m.to_string())),
        Field::Horizon => a.horizon_months.to_string(),
        Field::Risk => ron(&a.risk),
        Field::LinemoFee => ron(&a.linemo_fee_yen),
        Field::Bought => ron(&a.bought.map(|b| b.to_string())),
        Field::UnofficialRepair => c.unofficial_repair.to_string(),
        Field::DamagedNow => c.damaged_now.to_string(),
        Field::OverseasModel => c.overseas_model.to_string(),
        Field::WifiOnly => c.wifi_only.to_string(),
        Field::LeasedOrBusiness => c.leased_or_business.to_string(),
    })
}

/// A value as RON writes it (a string quoted and escaped, an enum by its variant's name).
fn ron(v: &impl Serialize) -> String {
    ron::to_string(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::calendar::Date;

    #[test]
    fn what_is_written_reads_back_as_the_same_answers() {
        let today = Date::parse("2026-12-07").unwrap();
        for text in [
            r#"(carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"),
               damage_incidents_2y: 2, water_incidents_2y: 1, horizon_months: 24)"#,
            r#"(today: Some("2026-12-07"), carrier: Undecided, device_source: BringOwn, os: Android,
               model: Some("a \"quoted\" name // not a comment"), price_yen: Some(45800),
               released: Some("2024-09"), bought: Some("2025-03"), damage_incidents_2y: 0,
               water_incidents_2y: 0, lost_or_stolen_2y: 2, protection: Rugged, warranty_until: Some("2027-03"),
               horizon_months: 36, risk: Averse, unofficial_repair: true, damaged_now: true,
               overseas_model: true, wifi_only: true, leased_or_business: true,
               existing_customer_of: [Mineo, Ymobile], existing_linemo_user: true,
               linemo_fee_yen: Some(980))"#,
        ] {
            let typed = |text: &str| {
                let a = Answers::parse(text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
                a.typed(text, today).unwrap()
            };
            let first = typed(text);
            let written = answers_file(&first);
            let mut again = typed(&written);
            // The LINEMO user's switch is read into the list; the list is kept in order.
            again.existing_customer_of.sort();
            let mut want = first.clone();
            want.existing_customer_of.sort();
            assert_eq!(again, want, "{written}");
        }
    }
}
