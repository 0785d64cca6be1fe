//! The reasons behind the advice: the advisory rules of the sources that fire for these
//! answers, each with its rule id and sources.

use super::advice::{Action, Arg, Args, OptionResult, Reason, Recommendation};
use super::choose::overlap_months;
use crate::answers::Profile;
use crate::domain::{DeviceSource, Os, Protection};
use crate::tables::Tables;

/// Every reason that applies, most important first.
pub fn reasons(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    damage_per_year: f64,
) -> Vec<Reason> {
    let th = &t.rules.thresholds;
    let mut out = Vec::new();
    let mut add = |rule: &str, args: Args| {
        out.push(Reason {
            rule: rule.to_string(),
            args,
            source: t.rule_sources(rule),
        })
    };
    let get = |id: &str| options.iter().find(|o| o.id == id);
    let skip_total = get("skip").map_or(0, |o| o.expected_total_yen);
    let chosen = rec.plan.as_deref().and_then(get).or_else(|| {
        options
            .iter()
            .filter(|o| o.eligible && o.id != "skip" && o.id != "buy_spare")
            .min_by_key(|o| o.expected_total_yen)
    });
    match chosen {
        Some(plan) => add(
            "cost_comparison",
            vec![
                ("plan", Arg::Option(plan.id.clone())),
                ("plan_total", Arg::Yen(plan.expected_total_yen)),
                ("skip_total", Arg::Yen(skip_total)),
                ("months", Arg::Int(i64::from(p.horizon_months))),
            ],
        ),
        None => add(
            "no_eligible_plan",
            vec![
                ("skip_total", Arg::Yen(skip_total)),
                ("months", Arg::Int(i64::from(p.horizon_months))),
            ],
        ),
    }
    if let super::advice::Basis::Pessimistic { factor } = rec.basis {
        add("risk_averse", vec![("factor", Arg::Dec(factor))]);
    }
    let overlap = overlap_months(p);
    if let Some(until) = p.warranty_until.filter(|_| overlap > 0) {
        if overlap > th.overlap_soon_months.n {
            add(
                "warranty_overlap",
                vec![
                    ("until", Arg::Month(until)),
                    ("months", Arg::Int(i64::from(overlap))),
                ],
            );
        } else {
            add("warranty_ends_soon", vec![("until", Arg::Month(until))]);
        }
    }
    if p.damage_incidents_2y > 0 {
        add(
            "past_breaks",
            vec![
                ("count", Arg::Int(i64::from(p.damage_incidents_2y))),
                ("rate", Arg::Dec(damage_per_year)),
            ],
        );
    } else if p.water_incidents_2y == 0 {
        add("never_broken", vec![("rate", Arg::Dec(damage_per_year))]);
    }
    if p.water_incidents_2y > 0 {
        add(
            "water_recurs",
            vec![("count", Arg::Int(i64::from(p.water_incidents_2y)))],
        );
    }
    if p.price_yen > th.expensive_device.yen {
        add(
            "expensive_device",
            vec![
                ("price", Arg::Yen(i64::from(p.price_yen))),
                ("threshold", Arg::Yen(i64::from(th.expensive_device.yen))),
            ],
        );
    } else if p.price_yen <= th.cheap_device.yen {
        add(
            "cheap_device",
            vec![
                ("price", Arg::Yen(i64::from(p.price_yen))),
                ("threshold", Arg::Yen(i64::from(th.cheap_device.yen))),
            ],
        );
    }
    let age = p.released.map(|r| r.months_until(p.today.year_month()));
    if let Some(age) = age.filter(|a| *a > i64::from(th.old_device_months.n)) {
        add("old_device", vec![("years", Arg::Int(age / 12))]);
    }
    if p.device_source == DeviceSource::BuyUsedFromCarrier {
        add("used_device", vec![]);
    }
    if matches!(p.protection, Protection::CaseAndFilm | Protection::Rugged) {
        add("well_protected", vec![]);
    }
    if let Some(review) = rec.review_after_months {
        add(
            "join_then_review",
            vec![("months", Arg::Int(i64::from(review)))],
        );
    }
    let any_eligible_plan = options
        .iter()
        .any(|o| o.eligible && o.id != "skip" && o.id != "buy_spare");
    if any_eligible_plan {
        add("no_rejoin", vec![]);
    }
    match rec.action {
        Action::Join => {
            add("not_theft_or_loss", vec![]);
            if rec.plan.as_deref() == Some("iijmio_tsunagaru") && p.os == Os::Ios {
                add("iphone_repair_only", vec![]);
            }
        }
        Action::Skip => add(
            "street_repair",
            vec![
                ("screen", Arg::Yen(i64::from(t.repairs.street.screen_yen))),
                (
                    "diagnosis",
                    Arg::Yen(i64::from(t.repairs.street.diagnosis_yen)),
                ),
            ],
        ),
        Action::BuySpare => add(
            "spare_phone",
            vec![("spare", Arg::Yen(i64::from(th.spare_phone.yen)))],
        ),
    }
    out
}
