//! The next steps, dated from today, and the warnings (conflicting sources, old tables,
//! assumptions the user should check).

use super::advice::{Action, Arg, Recommendation, Step, Warning};
use crate::answers::{LinemoFee, Profile};
use crate::calendar::YearMonth;
use crate::domain::Carrier;
use crate::tables::{Fee, Plan, Tables};

/// What to do next, in order.
pub fn next_steps(rec: &Recommendation, p: &Profile, t: &Tables) -> Vec<Step> {
    let th = &t.rules.thresholds;
    let today = p.today;
    let mut out = Vec::new();
    let mut step = |id: &str, due, args| {
        out.push(Step {
            id: id.to_string(),
            due,
            args,
        })
    };
    let plan = rec.plan.as_deref().and_then(|id| t.plan(id));
    match (rec.action, plan) {
        (Action::Join, Some(plan)) => {
            if p.conditions.damaged_now {
                // The device must be undamaged when registered (seed 002): an official repair
                // first, then the application and registration within the days allowed.
                step(
                    "repair_first",
                    None,
                    vec![("days", Arg::Int(i64::from(th.imei_days.n)))],
                );
            }
            let days = |n: u32| {
                vec![
                    ("days", Arg::Int(i64::from(n))),
                    ("plan", Arg::Option(plan.id.clone())),
                ]
            };
            match plan.carrier {
                Carrier::Linemo => {
                    step(
                        "linemo_apply_window",
                        Some(today.plus_days(th.linemo_online_days.n - 1)),
                        days(th.linemo_online_days.n),
                    );
                    step(
                        "register_imei_photos",
                        Some(today.plus_days(th.imei_days.n)),
                        days(th.imei_days.n),
                    );
                }
                _ if plan.id == "iijmio_tsunagaru" => {
                    step("apply_with_line", Some(today), days(0));
                    step(
                        "register_imei",
                        Some(today.plus_days(th.imei_days.n)),
                        days(th.imei_days.n),
                    );
                }
                _ => step("apply_with_device", Some(today), days(0)),
            }
            if let Some(n) = rec.review_after_months {
                step(
                    "review_plan",
                    Some(today.plus_months(n)),
                    vec![
                        ("months", Arg::Int(i64::from(n))),
                        ("plan", Arg::Option(plan.id.clone())),
                    ],
                );
            }
            match plan.id.as_str() {
                "iijmio_tsunagaru" => step("before_sending", None, vec![]),
                "iijmio_hosho_new" => step(
                    "return_old_device",
                    None,
                    vec![
                        ("days", Arg::Int(i64::from(th.return_days.n))),
                        ("penalty", Arg::Yen(i64::from(th.return_penalty.yen))),
                    ],
                ),
                // Only the Android variant lends a phone; AppleCare has its own express exchange.
                "linemo_mochikomi_android" => step(
                    "return_loaner",
                    None,
                    vec![
                        ("days", Arg::Int(i64::from(th.return_days.n))),
                        ("low", Arg::Yen(i64::from(th.loaner_penalty_low.yen))),
                        ("high", Arg::Yen(i64::from(th.loaner_penalty_high.yen))),
                    ],
                ),
                _ => {}
            }
        }
        (Action::BuySpare, _) => step(
            "buy_spare",
            Some(today),
            vec![("spare", Arg::Yen(i64::from(th.spare_phone.yen)))],
        ),
        _ => {}
    }
    step("backup", None, vec![]);
    out
}

/// What the user should know beyond the reasons.
pub fn warnings(p: &Profile, t: &Tables, plans_in_play: &[&Plan]) -> Vec<Warning> {
    let mut out = Vec::new();
    for plan in plans_in_play {
        for c in &plan.conflicts {
            out.push(Warning {
                id: format!("conflict_{}", c.id),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("official", Arg::Yen(i64::from(c.official_yen))),
                    ("other", Arg::Yen(i64::from(c.other_yen))),
                    ("source", Arg::Source(c.other_src.clone())),
                ],
            });
        }
        if let Fee::Range { low, high, assumed } = &plan.fee {
            out.push(Warning {
                id: "fee_range_assumed".into(),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("low", Arg::Yen(i64::from(low.yen))),
                    ("high", Arg::Yen(i64::from(high.yen))),
                    ("assumed", Arg::Yen(i64::from(assumed.yen))),
                ],
            });
        }
        // The plans given here already fit the device's OS.
        if let (Fee::ByTier(tiers), LinemoFee::Unknown) = (&plan.fee, &p.linemo_fee) {
            let highest = tiers.iter().map(|t| t.yen).max().unwrap_or(0);
            out.push(Warning {
                id: "linemo_fee_unknown".into(),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("fee", Arg::Yen(i64::from(highest))),
                ],
            });
        }
    }
    let stale = t.rules.thresholds.stale_after_months.n;
    let age = t.data_as_of().months_until(p.today.year_month());
    if age > i64::from(stale) {
        out.push(Warning {
            id: "tables_stale".into(),
            args: vec![
                ("as_of", Arg::Month(t.data_as_of())),
                ("months", Arg::Int(age)),
            ],
        });
    }
    let limit = i64::from(t.rules.thresholds.fee_source_stale_months.n);
    for plan in plans_in_play {
        let Some(as_of) = fee_as_of(plan) else {
            continue;
        };
        let months = as_of.months_until(p.today.year_month());
        if months > limit {
            out.push(Warning {
                id: "fee_source_old".into(),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("as_of", Arg::Month(as_of)),
                    ("months", Arg::Int(months)),
                ],
            });
        }
    }
    let device_age = p.released.map(|r| r.months_until(p.today.year_month()));
    if p.price_from_catalog && device_age.is_some_and(|a| a >= 12) {
        out.push(Warning {
            id: "price_from_launch".into(),
            args: vec![("price", Arg::Yen(i64::from(p.price_yen)))],
        });
    }
    if p.released.is_none() {
        out.push(Warning {
            id: "release_unknown".into(),
            args: vec![],
        });
    }
    if p.warranty_until.is_some_and(|w| w < p.today.year_month()) {
        out.push(Warning {
            id: "warranty_past".into(),
            args: vec![],
        });
    }
    out
}

/// The month of the source a plan's fee rests on (the oldest, for a fee with parts).
pub fn fee_as_of(plan: &Plan) -> Option<YearMonth> {
    match &plan.fee {
        Fee::Flat(f) => Some(f.as_of),
        Fee::Range { low, high, .. } => Some(low.as_of.min(high.as_of)),
        Fee::ByTier(tiers) => tiers.iter().map(|t| t.as_of).min(),
    }
}

/// The month of the oldest fee source among the plans in play: what "tables as of" means to a
/// reader. Without a plan in play, the tables' own month.
pub fn fees_as_of(t: &Tables, plans_in_play: &[&Plan]) -> YearMonth {
    plans_in_play
        .iter()
        .filter_map(|plan| fee_as_of(plan))
        .min()
        .unwrap_or_else(|| t.data_as_of())
}
