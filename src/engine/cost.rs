//! The cost of an option under the Poisson model, computed exactly (no sampling): the expected
//! incident cost month by month, and the distribution of the total for the bad-year figure.
//!
//! Incidents of each kind arrive as a Poisson process with the month's rate. Within a period
//! (a plan year, or the whole horizon) the first `limit` counted uses are covered; the state is
//! how many uses are spent. The expectation follows that state month by month; the
//! distribution is carried on a grid of yen cells, one segment of identical months at a time.

use super::spec::{Cover, MonthSpec, OptionSpec, Period};

/// Poisson probabilities P(N = n) for n = 0..len.
fn poisson_pmf(lambda: f64, len: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(len);
    let mut p = (-lambda).exp();
    for n in 0..len {
        out.push(p);
        p *= lambda / (n as f64 + 1.0);
    }
    out
}

/// The smallest n with P(N > n) below `tail`.
fn poisson_bound(lambda: f64, tail: f64) -> usize {
    let mut p = (-lambda).exp();
    let mut cdf = p;
    let mut n = 0;
    while 1.0 - cdf > tail && n < 10_000 {
        n += 1;
        p *= lambda / n as f64;
        cdf += p;
    }
    n
}

/// Whether month `m` starts a new period of the use limit.
fn period_starts(spec: &OptionSpec, m: usize) -> bool {
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
    p[0] = 1.0;
    let mut out = Vec::with_capacity(spec.months.len());
    for (m, month) in spec.months.iter().enumerate() {
        if period_starts(spec, m) {
            p.iter_mut().for_each(|x| *x = 0.0);
            p[0] = 1.0;
        }
        let (counted, mut cost) = split_month(month, limit);
        if counted.rate > 0.0 {
            let pmf = poisson_pmf(counted.rate, limit + 1);
            // P(N > j) for j = 0..limit.
            let mut survival = Vec::with_capacity(limit + 1);
            let mut cdf = 0.0;
            for q in &pmf {
                cdf += q;
                survival.push((1.0 - cdf).max(0.0));
            }
            let mut next = vec![0.0; limit + 1];
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
            p = next;
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

/// Cells of the distribution grid.
const CELLS: usize = 512;
/// Probability left out of the Poisson sums.
const TAIL: f64 = 1e-10;

/// A distribution over (uses spent, cost cell). Each cell keeps its probability and the
/// probability-weighted exact cost of that mass, so a cell reports the exact cost of what it
/// holds rather than its grid value.
#[derive(Clone)]
struct Grid {
    mass: Vec<Vec<f64>>,
    cost: Vec<Vec<f64>>,
}

impl Grid {
    fn empty(states: usize) -> Grid {
        Grid {
            mass: vec![vec![0.0; CELLS]; states],
            cost: vec![vec![0.0; CELLS]; states],
        }
    }

    /// Folds every state into "no uses spent" at the start of a period.
    fn collapse(&mut self) {
        for u in 1..self.mass.len() {
            for i in 0..CELLS {
                self.mass[0][i] += std::mem::take(&mut self.mass[u][i]);
                self.cost[0][i] += std::mem::take(&mut self.cost[u][i]);
            }
        }
    }

    /// Adds `weight` times `other` into this grid.
    fn add_scaled(&mut self, other: &Grid, weight: f64) {
        for (a, b) in self.mass.iter_mut().zip(other.mass.iter()) {
            a.iter_mut()
                .zip(b.iter())
                .for_each(|(x, y)| *x += weight * y);
        }
        for (a, b) in self.cost.iter_mut().zip(other.cost.iter()) {
            a.iter_mut()
                .zip(b.iter())
                .for_each(|(x, y)| *x += weight * y);
        }
    }
}

/// One way an incident can go from a state: its weight, its exact cost, its cell shift and
/// the state it leads to.
#[derive(Clone, Copy)]
struct Atom {
    weight: f64,
    yen: f64,
    shift: usize,
    next: usize,
}

/// The `q` quantile of the total incident cost over the horizon, in yen.
pub fn incident_quantile(spec: &OptionSpec, q: f64) -> f64 {
    let total_rate: f64 = spec.months.iter().flat_map(|m| m.rates.iter()).sum();
    let max_cost = spec
        .months
        .iter()
        .flat_map(|m| m.cover.iter())
        .map(|c| match *c {
            Cover::Pay(x) => x,
            Cover::Use {
                first,
                later,
                fallback,
                ..
            } => first.max(later).max(fallback),
        })
        .max()
        .unwrap_or(0);
    if total_rate <= 0.0 || max_cost == 0 {
        return 0.0;
    }
    // The grid need only reach well past the quantile: costs beyond it pile into the last cell.
    let reach = (poisson_bound(total_rate, 1e-4) as f64 + 1.0) * f64::from(max_cost);
    let step = (reach / (CELLS - 1) as f64).max(1.0);
    let cell = |yen: u32| ((f64::from(yen) / step).round() as usize).min(CELLS - 1);
    let states = spec.limit as usize + 1;
    let mut grid = Grid::empty(states);
    grid.mass[0][0] = 1.0;
    let mut m = 0;
    while m < spec.months.len() {
        if period_starts(spec, m) {
            grid.collapse();
        }
        // A segment: months identical to this one, inside the same period.
        let mut end = m + 1;
        while end < spec.months.len()
            && !period_starts(spec, end)
            && spec.months[end] == spec.months[m]
        {
            end += 1;
        }
        let month = &spec.months[m];
        let span = (end - m) as f64;
        let rate: f64 = month.rates.iter().sum::<f64>() * span;
        if rate > 0.0 {
            let atoms: Vec<Vec<Atom>> = (0..states)
                .map(|u| {
                    month
                        .rates
                        .iter()
                        .zip(month.cover.iter())
                        .filter(|(r, _)| **r > 0.0)
                        .map(|(r, c)| {
                            let counts =
                                matches!(c, Cover::Use { counts: true, .. }) && spec.limit > 0;
                            let yen = c.cost(u as u32, spec.limit);
                            Atom {
                                weight: r * span / rate,
                                yen: f64::from(yen),
                                shift: cell(yen),
                                next: if counts { (u + 1).min(states - 1) } else { u },
                            }
                        })
                        .collect()
                })
                .collect();
            grid = compound(&grid, &atoms, rate);
        }
        m = end;
    }
    let total: f64 = grid.mass.iter().flat_map(|d| d.iter()).sum();
    let mut cdf = 0.0;
    for i in 0..CELLS {
        let mass: f64 = grid.mass.iter().map(|d| d[i]).sum();
        cdf += mass;
        if mass > 0.0 && cdf >= q * total - 1e-12 {
            let cost: f64 = grid.cost.iter().map(|d| d[i]).sum();
            return cost / mass;
        }
    }
    (CELLS - 1) as f64 * step
}

/// Adds a Poisson(rate) number of incidents, each drawn from the state's atoms.
fn compound(grid: &Grid, atoms: &[Vec<Atom>], rate: f64) -> Grid {
    let n_max = poisson_bound(rate, TAIL);
    let pmf = poisson_pmf(rate, n_max + 1);
    let states = grid.mass.len();
    let mut out = Grid::empty(states);
    out.add_scaled(grid, pmf[0]);
    let mut cur = grid.clone();
    for p in pmf.iter().skip(1) {
        let mut next = Grid::empty(states);
        for (u, state_atoms) in atoms.iter().enumerate() {
            for i in 0..CELLS {
                let mass = cur.mass[u][i];
                if mass == 0.0 {
                    continue;
                }
                let cost = cur.cost[u][i];
                for a in state_atoms {
                    let to = (i + a.shift).min(CELLS - 1);
                    next.mass[a.next][to] += mass * a.weight;
                    next.cost[a.next][to] += (cost + mass * a.yen) * a.weight;
                }
            }
        }
        out.add_scaled(&next, *p);
        cur = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(rate: f64, cover: Cover, months: usize, limit: u32, period: Period) -> OptionSpec {
        OptionSpec {
            id: "t".into(),
            monthly_fee: None,
            fees: vec![0.0; months],
            months: vec![
                MonthSpec {
                    rates: [rate, 0.0, 0.0, 0.0, 0.0],
                    cover: [cover; 5],
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

    #[test]
    fn quantile_of_a_single_kind_matches_poisson() {
        // Poisson(2.4) incidents of 10,000: the 90th percentile of N is 4.
        let s = flat(0.1, Cover::Pay(10_000), 24, 0, Period::Horizon);
        let q = incident_quantile(&s, 0.9);
        assert!((q - 40_000.0).abs() < 1.0, "{q}");
    }
}
