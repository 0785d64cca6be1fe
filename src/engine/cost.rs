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
    // Each count of states gets its own loops. The tables allow 1 to 3 uses a year; a spec
    // built by hand is followed exactly up to 12, and past that as if it allowed 12.
    match spec.limit {
        0 => expected_with::<1>(spec),
        1 => expected_with::<2>(spec),
        2 => expected_with::<3>(spec),
        3 => expected_with::<4>(spec),
        4 => expected_with::<5>(spec),
        5 => expected_with::<6>(spec),
        6 => expected_with::<7>(spec),
        7 => expected_with::<8>(spec),
        8 => expected_with::<9>(spec),
        9 => expected_with::<10>(spec),
        10 => expected_with::<11>(spec),
        11 => expected_with::<12>(spec),
        _ => expected_with::<13>(spec),
    }
}

/// [`expected_by_month`] with `S` states of the use limit (uses spent 0 ..= S - 1).
fn expected_with<const S: usize>(spec: &OptionSpec) -> Vec<f64> {
    let limit = S - 1;
    // p[u]: probability that u uses of the period are spent.
    let mut p = [0.0; S];
    p[0] = 1.0;
    // For a month and those like it after it: from state u, the expected cost of the month
    // (`from[u]`) and the chance of ending in state j (`moves[u][j]`).
    let mut from = [0.0; S];
    let mut moves = [[0.0; S]; S];
    let mut out = Vec::with_capacity(spec.fees.len());
    for run in &spec.runs {
        let (c, other) = split_month(&run.month, limit);
        let counted = c.rate > 0.0;
        if counted {
            month_moves(&c, &mut from, &mut moves);
        }
        for _ in 0..run.len {
            if period_starts(spec, out.len()) {
                p = [0.0; S];
                p[0] = 1.0;
            }
            out.push(month_cost(&mut p, other, counted, &from, &moves));
        }
    }
    out
}

/// One month's expected cost from the chances `p` of each state at its start, which it moves
/// on to the month's end.
#[inline(always)]
fn month_cost<const S: usize>(
    p: &mut [f64; S],
    other: f64,
    counted: bool,
    from: &[f64; S],
    moves: &[[f64; S]; S],
) -> f64 {
    let mut cost = other;
    if counted {
        let mut next = [0.0; S];
        for u in 0..S {
            cost += p[u] * from[u];
            for j in u..S {
                next[j] += p[u] * moves[u][j];
            }
        }
        *p = next;
    }
    cost
}

/// A month's counted incidents N ~ Poisson(rate): from each state u, the month's expected
/// cost and the chance of each state at its end.
fn month_moves<const S: usize>(c: &Counted, from: &mut [f64; S], moves: &mut [[f64; S]; S]) {
    let limit = S - 1;
    // pmf[j] = P(N = j), survival[j] = P(N > j).
    let mut pmf = [0.0; S];
    let mut survival = [0.0; S];
    let mut q = (-c.rate).exp();
    let mut cdf = 0.0;
    for j in 0..S {
        pmf[j] = q;
        cdf += q;
        survival[j] = (1.0 - cdf).max(0.0);
        q *= c.rate / (j as f64 + 1.0);
    }
    for u in 0..S {
        let room = limit - u;
        let e: f64 = survival[..room]
            .iter()
            .enumerate()
            .map(|(j, s)| s * c.mean_cost(u + j))
            .sum();
        let spent: f64 = survival[..room].iter().sum();
        from[u] = e + c.fallback * (c.rate - spent);
        moves[u] = [0.0; S];
        moves[u][u..limit].copy_from_slice(&pmf[..room]);
        moves[u][limit] = if room == 0 { 1.0 } else { survival[room - 1] };
    }
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
    use crate::engine::spec::Run;

    pub(crate) fn flat(
        rate: f64,
        cover: Cover,
        months: usize,
        limit: u32,
        period: Period,
    ) -> OptionSpec {
        OptionSpec {
            id: "t".into(),
            variant: None,
            monthly_fee: None,
            fees: vec![0.0; months],
            runs: vec![Run {
                month: MonthSpec {
                    rates: [rate, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                    cover: [cover; crate::domain::Kind::COUNT],
                },
                len: months as u32,
            }],
            limit,
            period,
            paid_at_once: None,
            covered_months: None,
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
