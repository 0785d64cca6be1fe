//! The bad-year figure: a quantile of an option's total incident cost over the horizon.
//!
//! Totals are sums of whole-yen prices, so the distribution is carried as a sparse set of
//! (uses spent, total) points, compounding one segment of identical months at a time. Totals
//! closer than a bucket share a point that keeps their mass-weighted mean, and totals past the
//! reach (far beyond the quantile) are piled at it; with few incidents every point is exact.

use super::cost::{period_starts, poisson_bound};
use super::spec::{Cover, MonthSpec, OptionSpec};

/// Probability left out of each Poisson sum.
const TAIL: f64 = 1e-9;
/// Points lighter than this are dropped.
const PRUNE: f64 = 1e-9;
/// Buckets of the yen axis below the reach, per state.
const BUCKETS: usize = 1024;
/// The largest expected number of incidents compounded in one step, so that the chance of
/// none, e^-rate, stays well above `PRUNE`.
const MAX_STEP_RATE: f64 = 2.0;
/// The standard normal's 90th percentile, for the first guess of the reach.
const NORMAL_Z90: f64 = 1.2816;

/// One point of the distribution: its slot, uses spent, probability, and probability times
/// the mean total of what it holds (so merging needs no division).
#[derive(Clone, Copy, Debug)]
struct Point {
    slot: u32,
    used: u32,
    mass: f64,
    weighted_yen: f64,
}

impl Point {
    fn yen(&self) -> f64 {
        self.weighted_yen / self.mass
    }
}

/// Collects points, merging those that fall in one (uses spent, bucket) slot of [0, reach].
/// Totals past the reach never come back below it, so they are not kept.
struct Collector {
    reach: f64,
    per_yen: f64,
    /// Index into `points` of each slot's point, or `u32::MAX`.
    index: Vec<u32>,
    points: Vec<Point>,
}

impl Collector {
    fn new(states: usize) -> Collector {
        Collector {
            reach: 0.0,
            per_yen: 1.0,
            index: vec![u32::MAX; states * (BUCKETS + 1)],
            points: Vec::new(),
        }
    }

    /// Sets the reach of an empty collector.
    fn set_reach(&mut self, reach: f64) {
        debug_assert!(self.points.is_empty());
        self.reach = reach;
        self.per_yen = 1.0 / (reach / BUCKETS as f64).max(1.0);
    }

    /// Adds `mass` at the total `yen` in state `used`.
    #[inline]
    fn add(&mut self, used: u32, yen: f64, mass: f64) {
        if yen > self.reach {
            return;
        }
        let bucket = ((yen * self.per_yen) as usize).min(BUCKETS);
        let slot = used as usize * (BUCKETS + 1) + bucket;
        match self.index[slot] {
            u32::MAX => {
                self.index[slot] = self.points.len() as u32;
                self.points.push(Point {
                    slot: slot as u32,
                    used,
                    mass,
                    weighted_yen: yen * mass,
                });
            }
            i => {
                let p = &mut self.points[i as usize];
                p.mass += mass;
                p.weighted_yen += yen * mass;
            }
        }
    }

    /// Moves the points collected so far into `out` (replacing its contents), dropping those
    /// too light to matter; the quantile counts all missing mass as lying above every point.
    fn take_into(&mut self, out: &mut Vec<Point>) {
        out.clear();
        for p in self.points.drain(..) {
            self.index[p.slot as usize] = u32::MAX;
            if p.mass >= PRUNE {
                out.push(p);
            }
        }
    }
}

/// One way an incident can go from a state: its share of the rate, its cost and the state it
/// leads to.
#[derive(Clone, Copy)]
struct Atom {
    weight: f64,
    yen: f64,
    next: u32,
}

/// The mean and variance of a compound Poisson sum that prices every incident at `price`.
fn moments(spec: &OptionSpec, price: impl Fn(Cover) -> u32) -> (f64, f64) {
    let (mut mean, mut var) = (0.0, 0.0);
    for month in &spec.months {
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            let yen = f64::from(price(*cover));
            mean += rate * yen;
            var += rate * yen * yen;
        }
    }
    (mean, var)
}

/// An incident's dearest and cheapest price over the states of the use limit.
fn dearest(c: Cover) -> u32 {
    match c {
        Cover::Pay(x) => x,
        Cover::Use {
            first,
            later,
            fallback,
            ..
        } => first.max(later).max(fallback),
    }
}

fn cheapest(c: Cover) -> u32 {
    match c {
        Cover::Pay(x) => x,
        Cover::Use {
            first,
            later,
            fallback,
            counts,
        } if counts => first.min(later).min(fallback),
        Cover::Use { first, .. } => first,
    }
}

/// The `q` quantile (0 < q < 1) of the total incident cost over the horizon, in yen, given
/// its exact mean.
///
/// Every incident costs at most its dearest price, so the total is at most a compound Poisson
/// sum `Y` of those, whose mean and variance are exact sums; by Cantelli's inequality
/// P(Y >= mean + t) <= var / (var + t^2), which is 1 - q at t = sd * sqrt(q / (1 - q)). That
/// bounds the quantile. The distribution is only needed up to the quantile, so it is first
/// built up to an estimate (the normal approximation around the exact mean) and the reach
/// doubled until the quantile is found inside it.
pub fn incident_quantile(spec: &OptionSpec, q: f64, mean: f64) -> f64 {
    let q = q.clamp(1e-6, 1.0 - 1e-6);
    let (dear_mean, dear_var) = moments(spec, dearest);
    let bound = dear_mean + dear_var.sqrt() * (q / (1.0 - q)).sqrt();
    if bound <= 0.0 {
        return 0.0;
    }
    let (_, cheap_var) = moments(spec, cheapest);
    let sd = ((cheap_var + dear_var) / 2.0).sqrt();
    let mut reach = (mean + NORMAL_Z90 * sd).min(bound);
    let states = spec.limit as usize + 1;
    let mut c = Compounder {
        step: Collector::new(states),
        sum: Collector::new(states),
        cur: Vec::new(),
        spare: Vec::new(),
        atoms: Vec::new(),
        ranges: Vec::new(),
    };
    loop {
        c.step.set_reach(reach);
        c.sum.set_reach(reach);
        if let Some(yen) = quantile_within(spec, q, &mut c) {
            return yen;
        }
        if reach >= bound {
            return bound;
        }
        reach = (reach * 2.0).max(bound / 8.0).min(bound);
    }
}

/// The `q` quantile if it lies within the compounder's reach: the distribution of the totals
/// up to there, compounded one segment of identical months at a time.
fn quantile_within(spec: &OptionSpec, q: f64, c: &mut Compounder) -> Option<f64> {
    let states = spec.limit as usize + 1;
    let mut dist = vec![Point {
        slot: 0,
        used: 0,
        mass: 1.0,
        weighted_yen: 0.0,
    }];
    let mut m = 0;
    while m < spec.months.len() {
        if period_starts(spec, m) {
            for p in &dist {
                c.step.add(0, p.yen(), p.mass);
            }
            c.step.take_into(&mut dist);
        }
        // A segment: identical months inside one period, with a bounded rate.
        let month = &spec.months[m];
        let month_rate: f64 = month.rates.iter().sum();
        let mut end = m + 1;
        while end < spec.months.len()
            && !period_starts(spec, end)
            && spec.months[end] == *month
            && month_rate * (end + 1 - m) as f64 <= MAX_STEP_RATE
        {
            end += 1;
        }
        let rate = month_rate * (end - m) as f64;
        if rate > 0.0 {
            c.set_atoms(spec, month, month_rate, states);
            c.compound(&mut dist, rate);
        }
        m = end;
    }
    // Mass past the reach, past the Poisson tails or pruned is missing from `dist`; it all
    // counts as lying above, which can only raise the figure by a negligible amount.
    let mut totals: Vec<(f64, f64)> = dist.iter().map(|p| (p.yen(), p.mass)).collect();
    totals.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let mut cdf = 0.0;
    totals.into_iter().find_map(|(yen, mass)| {
        cdf += mass;
        (cdf >= q - 1e-12).then_some(yen)
    })
}

/// Compounds segments, reusing its collectors and buffers.
struct Compounder {
    step: Collector,
    sum: Collector,
    cur: Vec<Point>,
    spare: Vec<Point>,
    /// The atoms of every state, state by state; `ranges[u]` are state u's.
    atoms: Vec<Atom>,
    ranges: Vec<std::ops::Range<usize>>,
}

impl Compounder {
    /// The atoms of a month (of total `rate`) for each state, merging those of equal cost and
    /// next state.
    fn set_atoms(&mut self, spec: &OptionSpec, month: &MonthSpec, rate: f64, states: usize) {
        self.atoms.clear();
        self.ranges.clear();
        for u in 0..states {
            let from = self.atoms.len();
            for (r, c) in month.rates.iter().zip(month.cover.iter()) {
                if *r <= 0.0 {
                    continue;
                }
                let counts = matches!(c, Cover::Use { counts: true, .. }) && spec.limit > 0;
                let atom = Atom {
                    weight: r / rate,
                    yen: f64::from(c.cost(u as u32, spec.limit)),
                    next: if counts { (u + 1).min(states - 1) } else { u } as u32,
                };
                match self.atoms[from..]
                    .iter_mut()
                    .find(|a| a.yen == atom.yen && a.next == atom.next)
                {
                    Some(a) => a.weight += atom.weight,
                    None => self.atoms.push(atom),
                }
            }
            self.ranges.push(from..self.atoms.len());
        }
    }

    /// Adds a Poisson(rate) number of incidents to `dist`, each drawn from its state's atoms.
    fn compound(&mut self, dist: &mut Vec<Point>, rate: f64) {
        let n_max = poisson_bound(rate, TAIL);
        let none = (-rate).exp();
        // `cur` holds P(N = n, uses spent, total) for the current n.
        self.cur.clear();
        self.cur.extend(dist.iter().map(|p| Point {
            mass: p.mass * none,
            weighted_yen: p.weighted_yen * none,
            ..*p
        }));
        for n in 0..=n_max {
            if n > 0 {
                let factor = rate / n as f64;
                for p in &self.cur {
                    let yen = p.yen();
                    for a in &self.atoms[self.ranges[p.used as usize].clone()] {
                        self.step
                            .add(a.next, yen + a.yen, p.mass * a.weight * factor);
                    }
                }
                self.step.take_into(&mut self.spare);
                std::mem::swap(&mut self.cur, &mut self.spare);
            }
            if self.cur.is_empty() {
                break;
            }
            for p in &self.cur {
                self.sum.add(p.used, p.yen(), p.mass);
            }
        }
        self.sum.take_into(dist);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost::{expected_by_month, tests::flat};
    use crate::engine::spec::Period;

    /// The 90th percentile of a spec, given its exact mean.
    fn q90(s: &OptionSpec) -> f64 {
        incident_quantile(s, 0.9, expected_by_month(s).iter().sum())
    }

    #[test]
    fn quantile_of_a_single_kind_matches_poisson() {
        // Poisson(2.4) incidents of 10,000: the 90th percentile of N is 4.
        let s = flat(0.1, Cover::Pay(10_000), 24, 0, Period::Horizon);
        let q = q90(&s);
        assert!((q - 40_000.0).abs() < 1.0, "{q}");
    }

    #[test]
    fn a_high_rate_over_a_long_horizon_keeps_its_mass() {
        // Poisson(24) incidents of 1,000 over 60 months: the 90th percentile of N is 30.
        let s = flat(0.4, Cover::Pay(1_000), 60, 0, Period::Horizon);
        let q = q90(&s);
        assert!((q - 30_000.0).abs() < 1.0, "{q}");
    }

    #[test]
    fn the_use_limit_resets_each_year() {
        // 1.2 a year, first two uses a year free, the rest 5,000: over 24 months the bad year
        // is what lies beyond two uses in each year.
        let c = Cover::Use {
            first: 0,
            later: 0,
            fallback: 5_000,
            counts: true,
        };
        let s = flat(0.1, c, 24, 2, Period::Year);
        let q = q90(&s);
        // Per year N ~ Poisson(1.2); excess (N-2)+ per year, two independent years.
        let pmf = |k: u32| {
            (-1.2f64).exp() * 1.2f64.powi(k as i32) / (1..=k).map(f64::from).product::<f64>()
        };
        let excess: Vec<f64> = (0..12)
            .map(|e| {
                if e == 0 {
                    pmf(0) + pmf(1) + pmf(2)
                } else {
                    pmf(e + 2)
                }
            })
            .collect();
        let mut cdf = 0.0;
        let mut expect = 0;
        'find: for total in 0..12 {
            for a in 0..=total {
                cdf += excess[a] * excess[total - a];
            }
            if cdf >= 0.9 {
                expect = total;
                break 'find;
            }
        }
        assert!((q - 5_000.0 * expect as f64).abs() < 1.0, "{q} vs {expect}");
    }
}
