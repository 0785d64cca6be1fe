//! The decision engine: pure and deterministic. A [`Profile`] and the [`Tables`] in, an
//! [`Advice`] of ids, numbers and dates out; no I/O and no clock. It chooses no language: the
//! few words it passes on from the tables carry both (`Arg::Said`).

pub mod advice;
pub mod badcase;
pub mod breakdown;
mod choose;
pub mod cost;
mod gates;
mod reasons;
pub mod risk;
pub mod spec;
mod steps;

pub use advice::*;
pub use choose::about_same;
pub use reasons::percent;

use crate::answers::Profile;
use crate::domain;
use crate::tables::Tables;
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

/// Every option's spec with its gates, in display order: the carriers' plans in play, cover
/// bought apart, then skip and buy_spare. A plan with variants is priced as the variant that
/// costs least in expectation.
pub fn option_specs(p: &Profile, t: &Tables, what_if: WhatIf) -> Vec<(OptionSpec, Vec<GateHit>)> {
    specs_at(p, t, &risk::rates(p, t, what_if.rate_factor))
}

/// [`option_specs`] at these rates.
fn specs_at(p: &Profile, t: &Tables, rates: &risk::Rates) -> Vec<(OptionSpec, Vec<GateHit>)> {
    let cx = Context::new(p, t, rates);
    let in_play = |apart: bool| {
        t.plans
            .plans
            .iter()
            .filter(move |plan| plan.is_carriers() != apart)
            .filter(|plan| gates::in_play(plan, p))
    };
    let mut out: Vec<(OptionSpec, Vec<GateHit>)> = in_play(false)
        .chain(in_play(true))
        .map(|plan| {
            let spec = t
                .variants(plan)
                .iter()
                .map(|v| cx.plan(v))
                .min_by_key(expected_total)
                .unwrap_or_else(|| cx.plan(plan));
            (spec, gates::evaluate(plan, p, t))
        })
        .collect();
    out.push((cx.skip(), Vec::new()));
    out.push((cx.spare(), Vec::new()));
    out
}

/// Prices one option: fees, expectation, bad case, and the month-by-month series.
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
            whole_yen(running)
        })
        .collect();
    let expected_total = cumulative.last().copied().unwrap_or(0);
    let mean: f64 = expected.iter().sum();
    let bad_case = (fees + badcase::tail_mean(spec, quantile, mean)).round() as i64;
    let break_even = skip.and_then(|s| break_even(spec, s, fees));
    OptionResult {
        id: spec.id.clone(),
        variant: spec.variant.clone(),
        apart: false,
        eligible: gates::eligible(&gates),
        gates,
        monthly_fee_yen: spec.monthly_fee,
        fees_yen: fees.round() as i64,
        expected_total_yen: expected_total,
        bad_case_total_yen: bad_case,
        break_even_incidents: break_even,
        monthly_cumulative_yen: cumulative,
        paid_at_once_yen: spec.paid_at_once,
        cover_ends: None,
        replaces_from: if spec.id == Verdict::BuySpare.id() {
            spec::replaced_from(spec)
        } else {
            Vec::new()
        },
        replaces_over_yen: None,
    }
}

/// `x` rounded to whole yen, half away from zero, as `f64::round` does but without its call
/// (the baseline x86-64 has no rounding instruction); exact below 2^52 yen.
fn whole_yen(x: f64) -> i64 {
    let whole = x as i64;
    let part = x - whole as f64;
    whole + i64::from(part >= 0.5) - i64::from(part <= -0.5)
}

/// Fees plus expected incident costs over the horizon, in whole yen.
fn expected_total(spec: &OptionSpec) -> i64 {
    (spec.fees.iter().sum::<f64>() + cost::expected_by_month(spec).iter().sum::<f64>()).round()
        as i64
}

/// Incidents over the horizon at which a plan's fees are paid back by its savings, using the
/// rate-weighted average saving of one incident against skipping. Never 0 while fees are paid:
/// shown with one decimal, it is at least 0.1; none above [`BREAK_EVEN_MAX`].
fn break_even(plan: &OptionSpec, skip: &OptionSpec, fees: f64) -> Option<f64> {
    plan.monthly_fee?;
    let (mut weight, mut saving) = (0.0, 0.0);
    for (pm, sm, months) in spec::side_by_side(plan, skip) {
        let save: [f64; domain::Kind::COUNT] = std::array::from_fn(|k| {
            f64::from(sm.cover[k].cost(0, 0)) - f64::from(pm.cover[k].cost(0, plan.limit))
        });
        for _ in 0..months {
            for (rate, save) in pm.rates.iter().zip(save) {
                weight += rate;
                saving += rate * save;
            }
        }
    }
    let per_incident = if weight > 0.0 { saving / weight } else { 0.0 };
    let n = (per_incident > 0.0).then(|| {
        let n = ((fees / per_incident) * 10.0).round() / 10.0;
        if fees > 0.0 { n.max(0.1) } else { n }
    })?;
    (n <= BREAK_EVEN_MAX).then_some(n)
}

/// The most incidents a break-even may take: a plan that needs more never pays back in any
/// life a phone has, and has none.
pub const BREAK_EVEN_MAX: f64 = 100.0;

/// How much more breakage the "more breakage favours the plan" check tries.
const MORE_BREAKAGE: f64 = 1.5;

/// The advice under a what-if.
pub fn advise_with(p: &Profile, t: &Tables, what_if: WhatIf) -> Advice {
    let rates = risk::rates(p, t, what_if.rate_factor);
    let quantile = t.rules.thresholds.bad_case_quantile.value;
    let (specs, gates): (Vec<OptionSpec>, Vec<Vec<GateHit>>) =
        specs_at(p, t, &rates).into_iter().unzip();
    let skip = specs.iter().find(|s| s.id == "skip");
    let mut options: Vec<OptionResult> = Vec::with_capacity(specs.len());
    let mut not_applicable: Vec<OptionResult> = Vec::new();
    for (spec, gates) in specs.iter().zip(gates) {
        let plan = t.plan(&spec.id);
        let spare = spec.id == Verdict::BuySpare.id();
        let cheap = t.rules.thresholds.cheap_phone.yen;
        let priced = OptionResult {
            apart: plan.is_some_and(|plan| !plan.is_carriers()),
            replaces_over_yen: spare.then(|| p.price_yen.saturating_sub(cheap)),
            cover_ends: spec
                .covered_months
                .map(|n| p.today.year_month().plus(i64::from(n) - 1)),
            ..price(spec, gates, quantile, skip)
        };
        // A plan for another OS, or for devices bought another way, cannot apply at all.
        if plan.is_some_and(|plan| !gates::fits(plan, p)) {
            not_applicable.push(priced);
        } else {
            options.push(priced);
        }
    }
    let gap_shrinks = |plan: &str, alt: &str| {
        // The expected totals at a higher breakage rate, for the two options only.
        let at = |id: &str, factor: Option<f64>| {
            specs
                .iter()
                .find(|s| s.id == id)
                .map_or(0, |s| match factor {
                    Some(f) => expected_total(&s.with_rate_factor(f)),
                    None => expected_total(s),
                })
        };
        let more = Some(MORE_BREAKAGE);
        at(plan, more) - at(alt, more) <= at(plan, None) - at(alt, None)
    };
    let recommendation = choose::choose(&options, p, t, gap_shrinks);
    let overlap = recommendation
        .plan
        .as_deref()
        .or(recommendation.versus.as_deref())
        .and_then(|id| specs.iter().find(|s| s.id == id))
        .map(|s| reasons::billed_during(s, choose::overlap_months(p)));
    let reasons = reasons::reasons(&recommendation, &options, p, t, &rates, overlap);
    let later = reasons::later_options(&options, p, t);
    let next_steps = steps::next_steps(&recommendation, &options, p, t, &later);
    let in_play: Vec<_> = t
        .plans
        .plans
        .iter()
        .filter(|plan| gates::in_play(plan, p) && gates::fits(plan, p))
        .collect();
    let warnings = steps::warnings(p, t, &in_play);
    Advice {
        answers: p.clone(),
        today: p.today,
        data_as_of: steps::fees_as_of(t, &in_play),
        horizon_months: p.horizon_months,
        warranty_until: p.warranty_until.filter(|w| *w >= p.today.year_month()),
        recommendation,
        options,
        not_applicable,
        reasons,
        next_steps,
        warnings,
        damage_per_year: rates.damage_per_year,
        water_per_year: rates.water_per_year,
        gone_per_year: rates.gone_per_year,
        rate_factor: what_if.rate_factor,
        bad_case_quantile: quantile,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_yen_rounds_as_f64_round_does() {
        let mut x = -3_000.0;
        while x < 3_000.0 {
            for y in [
                x,
                x + 0.5,
                x - 0.5,
                x + 0.499_999_999_999_9,
                x + 0.500_000_000_000_1,
            ] {
                assert_eq!(whole_yen(y), y.round() as i64, "{y}");
            }
            x += 0.73;
        }
        for y in [
            0.0,
            -0.0,
            0.499_999_999_999_999_94,
            2.5,
            -2.5,
            1e15 + 0.5,
            12_345_678.5,
        ] {
            assert_eq!(whole_yen(y), y.round() as i64, "{y}");
        }
    }
}
