//! The next steps, dated from today, and the warnings (conflicting sources, old tables,
//! assumptions the user should check).

use super::advice::{OptionResult, Recommendation, Step, Verdict, Warning};
use super::gates::FeeBasis;
use crate::answers::Profile;
use crate::calendar::{DayOrMonth, YearMonth};
use crate::message::{Arg, Args, Later};
use crate::tables::{ASKED_TIER_SET, Due, Fee, Plan, StepAt, Tables};

/// What to do next, in order: the advised plan's sign-up steps (from `plans.ron`), the review,
/// its claim steps; a spare to buy; with a warranty in force, that leaving its carrier ends it;
/// the cover to buy instead, by its last day, or else the cover still open (`later`) with the
/// first of their last days; backups.
pub fn next_steps(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    later: &[Later],
) -> Vec<Step> {
    let th = &t.rules.thresholds;
    let today = p.today;
    let mut out = Vec::new();
    let plan = rec.plan.as_deref().and_then(|id| t.plan(id));
    match (rec.action, plan) {
        (Verdict::Join, Some(plan)) => {
            if p.conditions.damaged_now {
                // The device must be undamaged when registered (seed 002): an official repair
                // first, then the application and registration within the days allowed.
                let days = plan
                    .steps
                    .iter()
                    .filter(|s| s.due == Due::Within)
                    .find_map(|s| s.days.as_ref().map(|d| d.n))
                    .unwrap_or(0);
                out.push(Step {
                    id: "repair_first".into(),
                    due: None,
                    args: vec![("days", Arg::Int(i64::from(days)))],
                });
            }
            out.extend(plan_steps(plan, StepAt::SignUp, p));
            if let Some(n) = rec.review_after_months {
                out.push(Step {
                    id: "review_plan".into(),
                    due: Some(today.plus_months(n)),
                    args: vec![
                        ("months", Arg::Int(i64::from(n))),
                        ("plan", Arg::Option(plan.id.clone())),
                    ],
                });
            }
            // Its cover ends inside the horizon: cancel then, or the fee buys nothing.
            if let Some(ends) = options
                .iter()
                .find(|o| o.id == plan.id)
                .and_then(|o| o.cover_ends)
            {
                out.push(Step {
                    id: "cancel_at_cover_end".into(),
                    due: Some(ends.last_day()),
                    args: vec![
                        ("plan", Arg::Option(plan.id.clone())),
                        ("until", Arg::Month(ends)),
                    ],
                });
            }
            out.extend(plan_steps(plan, StepAt::Claim, p));
        }
        (Verdict::BuySpare, _) => {
            let over = p.price_yen.saturating_sub(th.cheap_phone.yen);
            out.push(Step {
                id: "buy_spare".into(),
                due: Some(today),
                args: vec![
                    ("spare", Arg::Yen(i64::from(th.spare_phone.yen))),
                    ("over", Arg::Yen(i64::from(over))),
                    ("any", Arg::yes(over == 0)),
                ],
            })
        }
        _ => {}
    }
    out.extend(leaving_ends_cover(options, p, t));
    // The cover bought apart that is advised, or named instead: its steps, by its last day.
    let apart = match rec.action {
        Verdict::BuyApart => Some(rec.chosen.as_str()),
        _ => rec.instead.as_ref().map(|i| i.option.as_str()),
    };
    if let Some(plan) = apart.and_then(|id| t.plan(id)) {
        out.extend(plan_steps(plan, StepAt::SignUp, p));
    } else {
        let dated: Vec<Later> = later
            .iter()
            .filter(|l| l.until.is_some())
            .cloned()
            .collect();
        if let Some(first) = dated.iter().filter_map(|l| l.until).min() {
            out.push(Step {
                id: "still_open".into(),
                due: Some(first),
                args: vec![("later", Arg::Later(dated))],
            });
        }
    }
    out.push(Step {
        id: "backup".into(),
        due: None,
        args: vec![],
    });
    out
}

/// With a warranty in force: if it is the old carrier's, it ends the day the user leaves that
/// carrier (BIGLOBE's page: a carrier's cover ends with the contract), not in the month given;
/// the cover that takes this phone only while a warranty covers it must be joined before the
/// switch, today.
fn leaving_ends_cover(options: &[OptionResult], p: &Profile, t: &Tables) -> Option<Step> {
    p.warranty_until?;
    let before: Vec<Later> = options
        .iter()
        .filter(|o| o.apart && o.eligible)
        .filter_map(|o| t.plan(&o.id))
        .filter(|plan| super::gates::deadline(plan, p).is_some_and(|d| d.while_covered))
        .map(|plan| Later {
            option: plan.id.clone(),
            until: Some(p.today),
            days: 0,
        })
        .collect();
    Some(Step {
        id: "leaving_ends_cover".into(),
        due: (!before.is_empty()).then_some(p.today),
        args: vec![
            ("any", Arg::yes(!before.is_empty())),
            ("later", Arg::Later(before)),
        ],
    })
}

/// A plan's steps of one kind, dated from today (or from the purchase, where known).
fn plan_steps(plan: &Plan, at: StepAt, p: &Profile) -> Vec<Step> {
    plan.steps
        .iter()
        .filter(|s| s.at == at)
        .map(|s| {
            let days = s.days.as_ref().map_or(0, |d| d.n);
            let mut id = s.id.clone();
            let due = match s.due {
                Due::Undated => None,
                Due::Today => Some(p.today),
                Due::Within => Some(p.today.plus_days(days)),
                Due::WithinCounting => Some(p.today.plus_days(days.saturating_sub(1))),
                Due::FromPurchase => {
                    let deadline = super::gates::deadline(plan, p);
                    // Past its window, the plan is open only while a warranty covers the phone.
                    if deadline.is_some_and(|d| d.while_covered) {
                        id = "buy_while_covered".into();
                    }
                    deadline.map(|d| d.day)
                }
            };
            let mut args: Args = vec![
                ("plan", Arg::Option(plan.id.clone())),
                ("days", Arg::Int(i64::from(days))),
                ("span", Arg::Span(days)),
            ];
            if let Some(c) = &plan.carrier {
                args.push(("carrier", Arg::Carrier(c.id().to_string())));
            }
            args.push(("dated", Arg::yes(due.is_some())));
            for y in &s.yen {
                // Names are few and fixed by the messages (`penalty`, `low`, `high`).
                let name: &'static str = match y.name.as_str() {
                    "penalty" => "penalty",
                    "low" => "low",
                    "high" => "high",
                    _ => "yen",
                };
                args.push((name, Arg::Yen(i64::from(y.yen))));
            }
            Step { id, due, args }
        })
        .collect()
}

/// What the user should know beyond the reasons.
pub fn warnings(p: &Profile, t: &Tables, plans_in_play: &[&Plan]) -> Vec<Warning> {
    let mut out = Vec::new();
    // First: it bears on the verdict's dates.
    if let Some(DayOrMonth::Month(month)) = p.bought {
        out.push(Warning {
            id: "bought_month".into(),
            args: vec![
                ("month", Arg::Month(month)),
                ("first", Arg::Date(month.first_day())),
            ],
        });
    }
    for plan in plans_in_play {
        for c in &plan.conflicts {
            out.push(Warning {
                id: format!("conflict_{}", c.id),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("official", Arg::Yen(i64::from(c.official_yen))),
                    ("other", Arg::Yen(i64::from(c.other_yen))),
                    ("source", Arg::Source(c.other_src.clone())),
                    ("about", Arg::Said(c.about.clone(), c.about_ja.clone())),
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
        // The plans given here already fit the device's OS. The fee the answers can give is
        // the AppleCare Services one; another tiered fee's gap is the plan's own gate.
        let basis = super::gates::fee_basis(plan, p);
        if let Fee::ByTier { set, .. } = &plan.fee
            && set == ASKED_TIER_SET
            && !matches!(basis, FeeBasis::Known(_))
        {
            let nearest = matches!(basis, FeeBasis::Nearest(_));
            out.push(Warning {
                id: "linemo_fee_unknown".into(),
                args: vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("fee", Arg::Yen(i64::from(basis.yen()))),
                    ("nearest", Arg::yes(nearest)),
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
        let Some(as_of) = device_fee_as_of(plan, p) else {
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
        Fee::ByTier { tiers, .. } => tiers.iter().map(|t| t.as_of).min(),
    }
}

/// The month of the source of the fee this device pays: its tier's, where the plan has tiers
/// and the device is listed in one; else the plan's oldest.
fn device_fee_as_of(plan: &Plan, p: &Profile) -> Option<YearMonth> {
    if let Fee::ByTier { set, tiers } = &plan.fee
        && let Some(tier) = p
            .tiers
            .get(set)
            .and_then(|id| tiers.iter().find(|t| &t.id == id))
    {
        return Some(tier.as_of);
    }
    fee_as_of(plan)
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
