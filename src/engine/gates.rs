//! Eligibility gates: which plans the answers rule out (hard) or ask the user to confirm
//! (soft), each with its rule id and source.

use super::advice::{Arg, GateHit};
use crate::answers::{LinemoFee, Profile};
use crate::domain::{Carrier, DeviceSource};
use crate::tables::{Check, Fee, Level, Plan, Tables};

/// Whether a plan belongs to the carrier(s) in play.
pub fn in_play(plan: &Plan, carrier: Carrier) -> bool {
    carrier == Carrier::Undecided || plan.carrier == carrier
}

/// Whether a plan is meant for this device's source and OS.
pub fn fits(plan: &Plan, p: &Profile) -> bool {
    plan.device_sources.contains(&p.device_source) && plan.os.contains(&p.os)
}

/// A carrier's name, the same in both languages.
fn carrier_name(c: Carrier) -> &'static str {
    match c {
        Carrier::Iijmio => "IIJmio",
        Carrier::Linemo => "LINEMO",
        Carrier::Undecided => "",
    }
}

/// Every gate that applies to `plan` for these answers.
pub fn evaluate(plan: &Plan, p: &Profile, t: &Tables) -> Vec<GateHit> {
    let mut hits = Vec::new();
    if !plan.device_sources.contains(&p.device_source) {
        hits.push(GateHit {
            rule: "gate_device_source".into(),
            level: Level::Hard,
            // The way the plan's devices are bought, named in the message.
            args: vec![
                ("plan", Arg::Option(plan.id.clone())),
                (
                    "way",
                    Arg::Text(
                        plan.device_sources
                            .first()
                            .map_or(DeviceSource::BringOwn.id(), |s| s.id())
                            .into(),
                    ),
                ),
                ("carrier", Arg::Text(carrier_name(plan.carrier).into())),
            ],
            sources: t.rule_sources("gate_device_source"),
        });
    }
    if !plan.os.contains(&p.os) {
        hits.push(GateHit {
            rule: "gate_os".into(),
            level: Level::Hard,
            args: vec![
                ("plan", Arg::Option(plan.id.clone())),
                (
                    "os",
                    Arg::Text(plan.os.first().map_or("", |o| o.id()).into()),
                ),
            ],
            sources: t.rule_sources("gate_os"),
        });
    }
    let age = p.released.map(|r| r.months_until(p.today.year_month()));
    for gate in &plan.gates {
        let (fires, args) = match &gate.check {
            Check::NewLinemoContract => (p.conditions.existing_linemo_user, vec![]),
            Check::NewIijmioContract => (p.conditions.existing_iijmio_user, vec![]),
            Check::NoUnofficialRepair => (p.conditions.unofficial_repair, vec![]),
            Check::NotDamagedNow => (p.conditions.damaged_now, vec![]),
            Check::NotWifiOnly => (p.conditions.wifi_only, vec![]),
            Check::NotOverseasModel => (p.conditions.overseas_model, vec![]),
            Check::NotLeasedOrBusiness => (p.conditions.leased_or_business, vec![]),
            Check::ReleasedWithinMonths(n) => (
                age.is_none_or(|a| a > i64::from(*n)),
                vec![
                    ("months", Arg::Int(i64::from(*n))),
                    ("age", Arg::Int(age.unwrap_or(0))),
                    (
                        "known",
                        Arg::Text(if age.is_some() { "yes" } else { "no" }.into()),
                    ),
                ],
            ),
            Check::ReleasedFrom(first) => (p.released.is_some_and(|r| r < *first), vec![]),
            Check::FeeKnown => {
                let highest = match &plan.fee {
                    Fee::ByTier(tiers) => tiers.iter().map(|t| t.yen).max().unwrap_or(0),
                    _ => 0,
                };
                // Only a device the plan is for has a fee to ask about (no AppleCare fee
                // for an Android phone).
                (
                    plan.os.contains(&p.os) && matches!(p.linemo_fee, LinemoFee::Unknown),
                    vec![("fee", Arg::Yen(i64::from(highest)))],
                )
            }
        };
        if fires {
            hits.push(GateHit {
                rule: gate.rule.clone(),
                level: gate.level,
                args,
                sources: vec![gate.src.clone()],
            });
        }
    }
    hits
}

/// Eligible unless a hard gate fires.
pub fn eligible(hits: &[GateHit]) -> bool {
    hits.iter().all(|g| g.level != Level::Hard)
}
