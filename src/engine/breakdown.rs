//! One option taken apart: what its fees come to, and per kind of incident how many are
//! expected over the horizon, how many of them it covers, and what a covered one costs.

use super::spec::{Cover, OptionSpec, Period};
use super::{WhatIf, option_specs};
use crate::answers::Profile;
use crate::domain::Kind;
use crate::tables::Tables;

/// One kind of incident under an option.
#[derive(Debug, Clone, PartialEq)]
pub struct KindLine {
    pub kind: Kind,
    /// Incidents expected over the horizon.
    pub expected: f64,
    /// Of those, the ones in months where the option covers this kind.
    pub covered: f64,
    /// Of the rest, the ones in the months before its cover of this kind starts, and how
    /// many months those are.
    pub before_cover: f64,
    pub months_before: u32,
    /// And the ones in the months after its cover of this kind ends.
    pub after_cover: f64,
    /// Of the covered ones, those expected past the use limit (of the year, or of the
    /// horizon), paid in full: the limit is shared by every kind, so this is the kind's share.
    pub over_limit: f64,
    /// The charge for the first and the later covered uses of a period, where covered.
    pub copay: Option<(u32, u32)>,
    /// The price of an incident not covered (the most of any month).
    pub pay: Option<u32>,
}

/// An option's parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub id: String,
    pub monthly_fee: Option<u32>,
    /// Every fee over the horizon.
    pub fees_yen: i64,
    /// The months of the horizon.
    pub months: u32,
    /// Covered uses per period (0 for none) and whether the period is a year.
    pub limit: u32,
    pub yearly: bool,
    /// The plan's cap on a covered repair, if it has one.
    pub cap_yen: Option<u32>,
    /// Paid for two years at once, where that way of paying is the one priced.
    pub paid_at_once: Option<u32>,
    /// The months with cover, where the plan's cover ends inside the horizon.
    pub covered_months: Option<u32>,
    /// For the spare: when it takes the phone's place rather than a repair.
    pub spare: Option<SpareTerms>,
    /// The kinds with any incident expected.
    pub kinds: Vec<KindLine>,
    /// The plan's terms and hosho's assumptions about them, as the tables word them
    /// (`Arg::Said`): how many devices it covers, what it pays for a phone that is gone.
    pub notes: Vec<crate::message::Arg>,
}

/// When the spare takes the phone's place: a repair dearer than what the phone is worth above
/// a cheap phone is not made. Its kind lines' "covered" incidents are those the spare answers,
/// their copay what giving the phone up costs (then what a cheap phone's break costs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpareTerms {
    /// What giving up the phone costs: its price less a cheap phone's.
    pub give_up: u32,
    pub price: u32,
    pub cheap: u32,
}

/// The breakdown of option `id` for a profile under a what-if.
pub fn breakdown(p: &Profile, t: &Tables, what_if: WhatIf, id: &str) -> Option<Breakdown> {
    let horizon = p.horizon_months;
    let (spec, _) = option_specs(p, t, what_if)
        .into_iter()
        .find(|(s, _)| s.id == id)?;
    let cap_yen = t.plan(id).and_then(|plan| plan.cap.as_ref().map(|c| c.yen));
    Some(Breakdown {
        id: spec.id.clone(),
        monthly_fee: spec.monthly_fee,
        fees_yen: spec.fees.iter().sum::<f64>().round() as i64,
        months: horizon,
        limit: spec.limit,
        yearly: spec.period == Period::Year,
        cap_yen,
        paid_at_once: spec.paid_at_once,
        covered_months: spec.covered_months,
        spare: (spec.id == super::Verdict::BuySpare.id()).then(|| {
            let cheap = t.rules.thresholds.cheap_phone.yen;
            SpareTerms {
                give_up: p.price_yen.saturating_sub(cheap),
                price: p.price_yen,
                cheap,
            }
        }),
        kinds: with_limit(kinds(&spec), &spec),
        notes: t.plan(id).map_or_else(Vec::new, |plan| {
            plan.assumptions
                .iter()
                .map(|n| crate::message::Arg::Said(n.note.clone(), n.note_ja.clone()))
                .collect()
        }),
    })
}

/// Each kind's share of the covered incidents expected past the use limit: per period (a
/// year, or the horizon), the incidents of every covered kind are one Poisson count N of
/// mean Λ, of which E[(N - limit)+] go past it, shared by the kinds as their rates are.
fn with_limit(mut lines: Vec<KindLine>, spec: &OptionSpec) -> Vec<KindLine> {
    if spec.limit == 0 {
        return lines;
    }
    let months: Vec<&super::spec::MonthSpec> = spec
        .runs
        .iter()
        .flat_map(|r| std::iter::repeat_n(&r.month, r.len as usize))
        .collect();
    let period = match spec.period {
        Period::Year => 12,
        Period::Horizon => months.len().max(1),
    };
    for chunk in months.chunks(period) {
        let mut per_kind = [0.0; Kind::ALL.len()];
        for m in chunk {
            for (k, rate) in m.rates.iter().enumerate() {
                if matches!(m.cover[k], Cover::Use { .. }) {
                    per_kind[k] += rate;
                }
            }
        }
        let total: f64 = per_kind.iter().sum();
        if total <= 0.0 {
            continue;
        }
        let over = past_limit(total, spec.limit);
        for line in &mut lines {
            line.over_limit += over * per_kind[line.kind.index()] / total;
        }
    }
    lines
}

/// E[(N - limit)+] for N Poisson of mean `mean`.
fn past_limit(mean: f64, limit: u32) -> f64 {
    let mut p = (-mean).exp();
    let (mut below, mut used) = (0.0, 0.0);
    for k in 0..limit {
        below += p;
        used += f64::from(k) * p;
        p *= mean / f64::from(k + 1);
    }
    (mean - used - f64::from(limit) * (1.0 - below)).max(0.0)
}

/// Each kind's expected, covered, copay and price over the option's months.
fn kinds(spec: &OptionSpec) -> Vec<KindLine> {
    Kind::ALL
        .iter()
        .filter_map(|kind| {
            let k = kind.index();
            let mut line = KindLine {
                kind: *kind,
                expected: 0.0,
                covered: 0.0,
                before_cover: 0.0,
                months_before: 0,
                after_cover: 0.0,
                over_limit: 0.0,
                copay: None,
                pay: None,
            };
            let covers = |r: &super::spec::Run| matches!(r.month.cover[k], Cover::Use { .. });
            let first = spec.runs.iter().position(covers);
            let last = spec.runs.iter().rposition(covers);
            for (i, run) in spec.runs.iter().enumerate() {
                let n = run.month.rates[k] * f64::from(run.len);
                line.expected += n;
                match run.month.cover[k] {
                    Cover::Use { first, later, .. } => {
                        line.covered += n;
                        line.copay.get_or_insert((first, later));
                    }
                    Cover::Pay(yen) => line.pay = Some(line.pay.unwrap_or(0).max(yen)),
                }
                if first.is_some_and(|f| i < f) {
                    line.before_cover += n;
                    line.months_before += run.len;
                } else if last.is_some_and(|l| i > l) {
                    line.after_cover += n;
                }
            }
            (line.expected > 0.0).then_some(line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_limit_is_the_poisson_overflow() {
        // Mean 1, limit 1: E[(N-1)+] = 1 - (1 - P(0)) = e^-1.
        assert!((past_limit(1.0, 1) - (-1.0f64).exp()).abs() < 1e-12);
        // Limit 2, mean 0.3: 0.3 - P(1) - 2(1 - P(0) - P(1)).
        let (p0, p1) = ((-0.3f64).exp(), 0.3 * (-0.3f64).exp());
        let want = 0.3 - p1 - 2.0 * (1.0 - p0 - p1);
        assert!((past_limit(0.3, 2) - want).abs() < 1e-12);
        // Far below the limit, next to nothing goes past it.
        assert!(past_limit(0.05, 2) < 1e-4);
    }
}
