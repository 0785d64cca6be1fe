//! The decision engine: pure and deterministic. A [`Profile`] and the [`Tables`] in, an
//! [`Advice`] of ids, numbers and dates out; no I/O, no clock, no language.

pub mod advice;
mod choose;
pub mod cost;
mod gates;
pub mod quantile;
mod reasons;
pub mod risk;
pub mod spec;
mod steps;

pub use advice::*;

use crate::answers::Profile;
use crate::domain::Risk;
use crate::tables::Tables;
use choose::Compared;
use spec::{Context, OptionSpec};

/// Assumptions the user can change on the results screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WhatIf {
    /// Multiplies the damage and water rates.
    pub rate_factor: f64,
}

impl Default for WhatIf {
    fn default() -> Self {
        WhatIf { rate_factor: 1.0 }
    }
}

/// The advice for a profile under the tables.
pub fn advise(p: &Profile, t: &Tables) -> Advice {
    advise_with(p, t, WhatIf::default())
}

/// Every option's spec with its gates, in display order: plans in play, then skip and buy_spare.
pub fn option_specs(p: &Profile, t: &Tables, what_if: WhatIf) -> Vec<(OptionSpec, Vec<GateHit>)> {
    let rates = risk::rates(p, t, what_if.rate_factor);
    let cx = Context::new(p, t, &rates);
    let mut out: Vec<(OptionSpec, Vec<GateHit>)> = t
        .plans
        .plans
        .iter()
        .filter(|plan| gates::in_play(plan, p.carrier))
        .map(|plan| (cx.plan(plan), gates::evaluate(plan, p, t)))
        .collect();
    out.push((cx.skip(), Vec::new()));
    let cheap = p.price_yen <= t.rules.thresholds.cheap_device.yen;
    let spare_gate = (!cheap).then(|| GateHit {
        rule: "gate_spare_cheap_only".into(),
        level: crate::tables::Level::Hard,
        args: vec![(
            "threshold",
            Arg::Yen(i64::from(t.rules.thresholds.cheap_device.yen)),
        )],
        source: t.rule_sources("gate_spare_cheap_only"),
    });
    out.push((cx.buy_spare(), spare_gate.into_iter().collect()));
    out
}

/// Prices one option: fees, expectation, bad-year figure, and the month-by-month series.
pub fn price(
    spec: &OptionSpec,
    gates: Vec<GateHit>,
    quantile: f64,
    skip: Option<&OptionSpec>,
) -> OptionResult {
    let expected = cost::expected_by_month(spec);
    let fees: f64 = spec.fees.iter().sum();
    let mut running = 0.0;
    let cumulative: Vec<i64> = spec
        .fees
        .iter()
        .zip(expected.iter())
        .map(|(f, e)| {
            running += f + e;
            running.round() as i64
        })
        .collect();
    let expected_total = cumulative.last().copied().unwrap_or(0);
    let mean: f64 = expected.iter().sum();
    let bad_year = (fees + quantile::incident_quantile(spec, quantile, mean)).round() as i64;
    let break_even = skip.and_then(|s| break_even(spec, s, fees));
    OptionResult {
        id: spec.id.clone(),
        eligible: gates::eligible(&gates),
        gates,
        monthly_fee_yen: spec.monthly_fee,
        fees_yen: fees.round() as i64,
        expected_total_yen: expected_total,
        bad_year_total_yen: bad_year,
        break_even_incidents: break_even,
        monthly_cumulative_yen: cumulative,
    }
}

/// Fees plus expected incident costs over the horizon, in whole yen.
fn expected_total(spec: &OptionSpec) -> i64 {
    (spec.fees.iter().sum::<f64>() + cost::expected_by_month(spec).iter().sum::<f64>()).round()
        as i64
}

/// Incidents over the horizon at which a plan's fees are paid back by its savings, using the
/// rate-weighted average saving of one incident against skipping.
fn break_even(plan: &OptionSpec, skip: &OptionSpec, fees: f64) -> Option<f64> {
    plan.monthly_fee?;
    let (mut weight, mut saving) = (0.0, 0.0);
    for (pm, sm) in plan.months.iter().zip(skip.months.iter()) {
        for k in 0..5 {
            let rate = pm.rates[k];
            weight += rate;
            saving += rate
                * (f64::from(sm.cover[k].cost(0, 0)) - f64::from(pm.cover[k].cost(0, plan.limit)));
        }
    }
    let per_incident = if weight > 0.0 { saving / weight } else { 0.0 };
    (per_incident > 0.0).then(|| ((fees / per_incident) * 10.0).round() / 10.0)
}

/// The advice under a what-if.
pub fn advise_with(p: &Profile, t: &Tables, what_if: WhatIf) -> Advice {
    let rates = risk::rates(p, t, what_if.rate_factor);
    let quantile = t.rules.thresholds.bad_year_quantile.value;
    let specs = option_specs(p, t, what_if);
    let skip = specs.iter().find(|(s, _)| s.id == "skip").map(|(s, _)| s);
    let options: Vec<OptionResult> = specs
        .iter()
        .map(|(spec, gates)| price(spec, gates.clone(), quantile, skip))
        .collect();
    let (basis, factor) = match p.risk {
        Risk::Neutral => (Basis::Expected, 1.0),
        Risk::Averse => {
            let factor = t.rules.thresholds.averse_rate_factor.value;
            (Basis::Pessimistic { factor }, factor)
        }
    };
    let compared: Vec<Compared> = options
        .iter()
        .zip(specs.iter())
        .map(|(o, (spec, _))| Compared {
            id: o.id.clone(),
            eligible: o.eligible,
            total: if factor == 1.0 {
                o.expected_total_yen
            } else {
                expected_total(&spec.with_rate_factor(factor))
            },
        })
        .collect();
    let gap_shrinks = |plan: &str, alt: &str| {
        // The expected totals at a higher breakage rate, for the two options only.
        let at_higher = |id: &str| {
            specs.iter().find(|(s, _)| s.id == id).map_or(0, |(s, _)| {
                expected_total(&s.with_rate_factor(factor * 1.5))
            })
        };
        let now = |id: &str| compared.iter().find(|o| o.id == id).map_or(0, |o| o.total);
        at_higher(plan) - at_higher(alt) <= now(plan) - now(alt)
    };
    let recommendation = choose::choose(&compared, basis, p, t, gap_shrinks);
    let reasons = reasons::reasons(&recommendation, &options, p, t, rates.damage_per_year);
    let next_steps = steps::next_steps(&recommendation, p, t);
    let in_play: Vec<_> = t
        .plans
        .plans
        .iter()
        .filter(|plan| gates::in_play(plan, p.carrier) && gates::fits(plan, p))
        .collect();
    let warnings = steps::warnings(p, t, &in_play);
    Advice {
        today: p.today,
        data_as_of: t.data_as_of(),
        horizon_months: p.horizon_months,
        recommendation,
        options,
        reasons,
        next_steps,
        warnings,
        damage_per_year: rates.damage_per_year,
        water_per_year: rates.water_per_year,
    }
}
