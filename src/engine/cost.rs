//! The expected incident cost of an option under the Poisson model, computed exactly (no
//! sampling), month by month.
//!
//! Incidents of each kind arrive as a Poisson process with the month's rate. Within a period
//! (a plan year, or the whole horizon) the first `limit` counted uses are covered; the state is
//! how many uses are spent, and the expectation follows it month by month.

use super::spec::{Cover, MonthSpec, OptionSpec, Period};

/// Whether month `m` starts a new period of the use limit.
pub(super) fn period_starts(spec: &OptionSpec, m: usize) -> bool {
    match spec.period {
        Period::Year => m > 0 && m.is_multiple_of(12),
        Period::Horizon => false,
    }
}

/// The expected incident cost in each horizon month.
pub fn expected_by_month(spec: &OptionSpec) -> Vec<f64> {
    let limit = spec.limit as usize;
    // p[u]: probability that u uses of the period are spent.
    let mut p = vec![0.0; limit + 1];
    let mut next = vec![0.0; limit + 1];
    let mut pmf = vec![0.0; limit + 1];
    // survival[j] = P(N > j).
    let mut survival = vec![0.0; limit + 1];
    p[0] = 1.0;
    let mut out = Vec::with_capacity(spec.months.len());
    for (m, month) in spec.months.iter().enumerate() {
        if period_starts(spec, m) {
            p.iter_mut().for_each(|x| *x = 0.0);
            p[0] = 1.0;
        }
        let (counted, mut cost) = split_month(month, limit);
        if counted.rate > 0.0 {
            let mut q = (-counted.rate).exp();
            let mut cdf = 0.0;
            for j in 0..=limit {
                pmf[j] = q;
                cdf += q;
                survival[j] = (1.0 - cdf).max(0.0);
                q *= counted.rate / (j as f64 + 1.0);
            }
            next.iter_mut().for_each(|x| *x = 0.0);
            for u in 0..=limit {
                if p[u] == 0.0 {
                    continue;
                }
                let room = limit - u;
                let mut e = 0.0;
                for (j, s) in survival.iter().enumerate().take(room) {
                    e += s * counted.mean_cost(u + j);
                }
                let spent: f64 = survival[..room].iter().sum();
                e += counted.fallback * (counted.rate - spent);
                cost += p[u] * e;
                for i in 0..room {
                    next[u + i] += p[u] * pmf[i];
                }
                next[limit] += p[u] * if room == 0 { 1.0 } else { survival[room - 1] };
            }
            std::mem::swap(&mut p, &mut next);
        }
        out.push(cost);
    }
    out
}

/// The counted incidents of a month: their total rate and their cost by uses spent.
struct Counted {
    rate: f64,
    /// Rate-weighted cost of a counted incident at uses spent = 0, 1.. (`later` from 1 on).
    first: f64,
    later: f64,
    fallback: f64,
    limit: usize,
}

impl Counted {
    fn mean_cost(&self, used: usize) -> f64 {
        if used >= self.limit {
            self.fallback
        } else if used == 0 {
            self.first
        } else {
            self.later
        }
    }
}

/// Splits a month into its counted incidents and the expected cost of the rest.
fn split_month(month: &MonthSpec, limit: usize) -> (Counted, f64) {
    let mut c = Counted {
        rate: 0.0,
        first: 0.0,
        later: 0.0,
        fallback: 0.0,
        limit,
    };
    let mut other = 0.0;
    for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
        match *cover {
            Cover::Use {
                first,
                later,
                fallback,
                counts: true,
            } if limit > 0 => {
                c.rate += rate;
                c.first += rate * f64::from(first);
                c.later += rate * f64::from(later);
                c.fallback += rate * f64::from(fallback);
            }
            Cover::Use { first, .. } | Cover::Pay(first) => other += rate * f64::from(first),
        }
    }
    if c.rate > 0.0 {
        c.first /= c.rate;
        c.later /= c.rate;
        c.fallback /= c.rate;
    }
    (c, other)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn flat(
        rate: f64,
        cover: Cover,
        months: usize,
        limit: u32,
        period: Period,
    ) -> OptionSpec {
        OptionSpec {
            id: "t".into(),
            monthly_fee: None,
            fees: vec![0.0; months],
            months: vec![
                MonthSpec {
                    rates: [rate, 0.0, 0.0, 0.0, 0.0, 0.0],
                    cover: [cover; crate::domain::Kind::COUNT],
                };
                months
            ],
            limit,
            period,
        }
    }

    #[test]
    fn uncovered_cost_is_rate_times_price() {
        let s = flat(0.01, Cover::Pay(10_000), 24, 0, Period::Horizon);
        let total: f64 = expected_by_month(&s).iter().sum();
        assert!((total - 0.24 * 10_000.0).abs() < 1e-6);
    }

    #[test]
    fn use_limit_charges_the_fallback_beyond_it() {
        // Rate 1 a month over 12 months: N ~ Poisson(12); first two free, the rest 1,000.
        let c = Cover::Use {
            first: 0,
            later: 0,
            fallback: 1000,
            counts: true,
        };
        let s = flat(1.0, c, 12, 2, Period::Year);
        let total: f64 = expected_by_month(&s).iter().sum();
        // E[(N-2)+] = 12 - P(N>=1) - P(N>=2).
        let p0 = (-12.0f64).exp();
        let p1 = 12.0 * p0;
        let expect = 12.0 - (1.0 - p0) - (1.0 - p0 - p1);
        assert!((total - expect * 1000.0).abs() < 1e-6, "{total}");
    }
}
