//! The reasons behind the advice: the advisory rules of the sources that fire for these
//! answers, each with its rule id and sources. A reason that argues against the verdict (its
//! `leans` in `data/rules.ron`) is not listed under it.

use super::advice::{Basis, OptionResult, Reason, Recommendation, Verdict, Why};
use super::choose::overlap_months;
use super::risk::Rates;
use super::spec::OptionSpec;
use crate::answers::Profile;
use crate::domain::{DeviceSource, Os, Protection};
use crate::message::{Arg, Args, Later};
use crate::tables::{BringOwn, Join, Leaning, Tables};

/// What a plan bills while another warranty still covers the device: months billed, yen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Billed {
    pub months: u32,
    pub yen: i64,
}

/// The months a plan bills, and what, in the first `overlap` horizon months.
pub fn billed_during(spec: &OptionSpec, overlap: u32) -> Billed {
    let fees = &spec.fees[..(overlap as usize).min(spec.fees.len())];
    Billed {
        months: fees.iter().filter(|f| **f > 0.0).count() as u32,
        yen: fees.iter().sum::<f64>().round() as i64,
    }
}

/// Every reason that applies, most important first. `billed` is what the plan advised (or
/// weighed) bills while another warranty still covers the device.
pub fn reasons(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    rates: &Rates,
    billed: Option<Billed>,
) -> Vec<Reason> {
    let th = &t.rules.thresholds;
    let months = Arg::Int(i64::from(p.horizon_months));
    let mut out = Vec::new();
    let mut add = |rule: &str, args: Args| push(&mut out, t, rec.action, rule, args);
    let get = |id: &str| options.iter().find(|o| o.id == id);
    let skip_total = get("skip").map_or(0, |o| o.expected_total_yen);
    let is_plan = |o: &&OptionResult| !o.apart && o.id != "skip" && o.id != "buy_spare";
    let weighed = rec
        .plan
        .as_deref()
        .or(rec.versus.as_deref())
        .and_then(get)
        .filter(is_plan)
        .or_else(|| {
            options
                .iter()
                .filter(|o| o.eligible && is_plan(o))
                .min_by_key(|o| o.expected_total_yen)
        });
    if rec.action == Verdict::BuyApart {
        add(
            "apart_cheapest",
            vec![
                ("option", Arg::Option(rec.chosen.clone())),
                ("total", Arg::Yen(rec.total_yen)),
                ("skip_total", Arg::Yen(skip_total)),
                ("months", months.clone()),
                (
                    "plan",
                    Arg::Option(weighed.map_or_else(String::new, |o| o.id.clone())),
                ),
                (
                    "plan_total",
                    Arg::Yen(weighed.map_or(0, |o| o.expected_total_yen)),
                ),
                ("has_plan", Arg::yes(weighed.is_some())),
            ],
        );
    }
    match weighed {
        Some(plan) => add(
            "cost_comparison",
            vec![
                ("plan", Arg::Option(plan.id.clone())),
                ("plan_total", Arg::Yen(plan.expected_total_yen)),
                ("skip_total", Arg::Yen(skip_total)),
                ("months", months.clone()),
            ],
        ),
        None => add(
            "no_eligible_plan",
            vec![
                ("skip_total", Arg::Yen(skip_total)),
                ("months", months.clone()),
            ],
        ),
    }
    if rec.why == Why::SaferInBadCase {
        let extra = rec.total_yen - rec.versus_total_yen;
        add(
            "dearer_but_safer",
            vec![
                ("plan", Arg::Option(rec.chosen.clone())),
                ("extra", Arg::Yen(extra)),
                ("percent", Arg::Int(percent(extra, rec.versus_total_yen))),
                ("bad", Arg::Yen(rec.bad_case_yen)),
                ("alt_bad", Arg::Yen(rec.versus_bad_case_yen)),
                ("months", months.clone()),
                (
                    "versus",
                    Arg::Option(rec.versus.clone().unwrap_or_else(|| "skip".into())),
                ),
            ],
        );
    }
    if rec.basis == Basis::BadCase {
        add("risk_averse", vec![("months", months.clone())]);
    }
    let overlap = overlap_months(p);
    if let (Some(until), Some(billed)) = (p.warranty_until.filter(|_| overlap > 0), billed) {
        let plan = rec.plan.clone().or(rec.versus.clone()).unwrap_or_default();
        let args = vec![
            ("until", Arg::Month(until)),
            ("plan", Arg::Option(plan)),
            ("billed", Arg::Int(i64::from(billed.months))),
            ("fees", Arg::Yen(billed.yen)),
            ("charged", Arg::yes(billed.months > 0)),
        ];
        if rec.action == Verdict::Join {
            add("join_before_cover_ends", args);
        } else {
            add("warranty_overlap", args);
        }
    }
    // A plan whose cover ends inside the horizon is priced as cancelled then.
    // Said on the source of the plan's end of cover too.
    let mut cover_end_src = None;
    if let Some((plan, ends)) = weighed.and_then(|o| Some((o, o.cover_ends?))) {
        let months_kept = p.today.year_month().months_until(ends) + 1;
        cover_end_src = t
            .plan(&plan.id)
            .and_then(|x| x.cover_until.as_ref())
            .map(|w| w.src.clone());
        add(
            "cover_ends",
            vec![
                ("plan", Arg::Option(plan.id.clone())),
                ("until", Arg::Month(ends)),
                ("kept", Arg::Int(months_kept)),
                ("fees", Arg::Yen(plan.fees_yen)),
                ("months", months.clone()),
            ],
        );
    }
    if p.damage_incidents_2y > 0 {
        add(
            "past_breaks",
            vec![
                ("count", Arg::Int(i64::from(p.damage_incidents_2y))),
                ("rate", Arg::Dec(rates.damage_per_year)),
            ],
        );
    } else if p.water_incidents_2y == 0 {
        add(
            "never_broken",
            vec![("rate", Arg::Dec(rates.damage_per_year))],
        );
    }
    if p.water_incidents_2y > 0 {
        add(
            "water_recurs",
            vec![("count", Arg::Int(i64::from(p.water_incidents_2y)))],
        );
    }
    if p.lost_or_stolen_2y > 0 {
        add(
            "gone_history",
            vec![
                ("count", Arg::Int(i64::from(p.lost_or_stolen_2y))),
                ("rate", Arg::Dec(rates.gone_per_year)),
                ("price", Arg::Yen(i64::from(p.price_yen))),
            ],
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
    if let Some(review) = rec
        .review_after_months
        .filter(|_| rec.why == Why::AboutSame)
    {
        add(
            "join_then_review",
            vec![("months", Arg::Int(i64::from(review)))],
        );
    }
    let join_of = |o: &OptionResult| t.plan(&o.id).map_or(Join::AtSignUp, |plan| plan.join);
    let closing = options
        .iter()
        .any(|o| o.eligible && is_plan(&o) && join_of(o) == Join::AtSignUp);
    // "Never later" says what can still be bought later, and until when, on the sources of
    // those windows.
    let later = later_options(options, p, t);
    let later_said = !later.is_empty();
    let later_sources: Vec<String> = later
        .iter()
        .filter_map(|l| t.plan(&l.option)?.purchase_window())
        .map(|(_, src)| src.to_owned())
        .collect();
    if closing {
        add(
            "no_rejoin",
            vec![
                ("bought_apart", Arg::yes(later_said)),
                ("later", Arg::Later(later.clone())),
            ],
        );
    } else if later_said {
        add("later_cover", vec![("later", Arg::Later(later))]);
    }
    // A plan of this carrier that can still be joined later (mineo, BIGLOBE).
    if let Some(o) = weighed.filter(|o| join_of(o) == Join::Anytime) {
        let plan = t.plan(&o.id);
        let from = plan.map_or(1, |p| p.cover_from_month.n);
        add(
            "join_any_time",
            vec![
                ("plan", Arg::Option(o.id.clone())),
                ("from", Arg::Int(i64::from(from))),
            ],
        );
    }
    // A phone lost or stolen: whether the choice pays toward a new one, and if not, the
    // cheapest option open that does.
    let pays = |o: &OptionResult| t.pays_for_gone(&o.id, o.variant.as_deref(), p.os);
    if !get(&rec.chosen).is_some_and(pays) {
        let other = options
            .iter()
            .filter(|o| o.eligible && pays(o))
            .min_by_key(|o| o.expected_total_yen);
        match other {
            Some(o) => add(
                "gone_elsewhere",
                vec![
                    ("plan", Arg::Option(rec.chosen.clone())),
                    (
                        "is_plan",
                        Arg::yes(
                            get(&rec.chosen).is_some_and(|o| is_plan(&o))
                                || rec.action == Verdict::BuyApart,
                        ),
                    ),
                    ("other", Arg::Option(o.id.clone())),
                ],
            ),
            None => add("not_theft_or_loss", vec![]),
        }
    }
    match rec.action {
        Verdict::BuyApart => {}
        Verdict::Join => {
            if rec.plan.as_deref() == Some("iijmio_tsunagaru") && p.os == Os::Ios {
                add("iphone_repair_only", vec![]);
            }
        }
        // A street repair would shut a damaged device out of every plan for good.
        Verdict::Skip if !p.conditions.damaged_now => add(
            "street_repair",
            vec![
                ("screen", Arg::Yen(i64::from(t.repairs.street.screen_yen))),
                (
                    "diagnosis",
                    Arg::Yen(i64::from(t.repairs.street.diagnosis_yen)),
                ),
            ],
        ),
        Verdict::Skip => {}
        Verdict::BuySpare => add("spare_phone", spare_args(options, th, p)),
    }
    // The chosen carrier has no cover open to a device brought along: said on the carrier's
    // own source.
    if let Some(c) = t.carrier(&p.carrier) {
        let carrier = ("carrier", Arg::Carrier(c.id.id().to_string()));
        let said = match c.bring_own {
            BringOwn::Offered => None,
            BringOwn::Closed(since) => Some((
                "carrier_cover_closed",
                vec![carrier, ("since", Arg::Month(since))],
            )),
            BringOwn::NeverOffered => Some(("carrier_no_cover", vec![carrier])),
        };
        if let Some((rule, args)) = said {
            let reason = Reason {
                rule: rule.into(),
                args,
                sources: vec![c.src.clone()],
            };
            out.insert(out.len().min(1), reason);
        }
    }
    if let (Some(r), Some(src)) = (
        out.iter_mut().find(|r| r.rule == "cover_ends"),
        cover_end_src,
    ) {
        r.sources.insert(0, src);
    }
    if let Some(r) = out.iter_mut().find(|r| r.rule == "no_rejoin") {
        for s in later_sources {
            if !r.sources.contains(&s) {
                r.sources.push(s);
            }
        }
    }
    // What to check before joining, right after the cost comparison: the advised plan's soft
    // gates, with their own sources.
    let checks = rec.checks.iter().map(|gate| Reason {
        rule: gate.rule.clone(),
        args: gate.args.clone(),
        sources: gate.sources.clone(),
    });
    out.splice(1..1, checks);
    out
}

/// The cover bought apart still open to the device, each with its last day.
pub fn later_options(options: &[OptionResult], p: &Profile, t: &Tables) -> Vec<Later> {
    options
        .iter()
        .filter(|o| o.apart && o.eligible)
        .map(|o| {
            let days = t
                .plan(&o.id)
                .and_then(|plan| plan.purchase_window())
                .map_or(0, |(days, _)| days);
            Later {
                option: o.id.clone(),
                until: t
                    .plan(&o.id)
                    .and_then(|plan| super::gates::deadline(plan, p))
                    .map(|d| d.day),
                days,
            }
        })
        .collect()
}

/// What the spare's reason says: its price, a cheap phone's, the repair above which the
/// spare takes the phone's place (what the phone is worth above a cheap one), and the kinds
/// of incident it answers here.
fn spare_args(options: &[OptionResult], th: &crate::tables::Thresholds, p: &Profile) -> Args {
    let kinds: Vec<String> = options
        .iter()
        .find(|o| o.id == Verdict::BuySpare.id())
        .map(|o| {
            o.replaces_from
                .iter()
                .map(|(k, _)| format!("kind-{}", k.id()))
                .collect()
        })
        .unwrap_or_default();
    let over = p.price_yen.saturating_sub(th.cheap_phone.yen);
    vec![
        ("spare", Arg::Yen(i64::from(th.spare_phone.yen))),
        ("cheap", Arg::Yen(i64::from(th.cheap_phone.yen))),
        ("price", Arg::Yen(i64::from(p.price_yen))),
        ("over", Arg::Yen(i64::from(over))),
        ("any", Arg::yes(over == 0)),
        ("count", Arg::Int(kinds.len() as i64)),
        ("kinds", Arg::WordList(kinds)),
    ]
}

/// Adds an advisory rule's reason unless the rule argues against the verdict.
fn push(out: &mut Vec<Reason>, t: &Tables, action: Verdict, rule: &str, args: Args) {
    let entry = t.rules.rules.iter().find(|r| r.id == rule);
    let leans = entry.map_or(Leaning::Neutral, |r| r.leans);
    let against = if action.covers() {
        leans == Leaning::Without
    } else {
        leans == Leaning::Join
    };
    if !against {
        out.push(Reason {
            rule: rule.to_string(),
            args,
            sources: entry.map(|r| r.src.clone()).unwrap_or_default(),
        });
    }
}

/// `part` as a whole percentage of `whole`.
pub fn percent(part: i64, whole: i64) -> i64 {
    ((part as f64 / whole.max(1) as f64) * 100.0).round() as i64
}
