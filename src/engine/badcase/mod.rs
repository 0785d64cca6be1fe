//! The bad case: the mean of the worst outcomes (by default the worst 10%) of an option's
//! total incident cost over the horizon, a tail mean that is never below the expectation.
//!
//! The total's distribution is computed on a fixed grid of [`GRID`] points through its
//! characteristic function, so the work does not grow with the number of incidents or the
//! horizon ([`spectrum`]):
//! - incidents that never spend a use of the yearly limit (paid out of pocket, or covered
//!   without counting) form one compound Poisson sum over the whole horizon;
//! - counted incidents follow the uses spent in the period; a run of identical months moves
//!   between those states by one small matrix in closed form, and identical runs and periods
//!   are computed once ([`program`]);
//! - prices are split between the two nearest grid points so that every mean is kept (the step
//!   is nudged so that the price weighing most falls on a point), and the grid is exponentially
//!   tilted so that the mass past its reach does not wrap around.
//!
//! One inverse real FFT gives the distribution up to the reach, which is set once from a bound
//! on the quantile (Cantelli's or Bennett's, the tighter; [`bounds`]). The tail mean then
//! follows from the exact expectation:
//! `CVaR = (mean - E[X; X < v] - v (q - P(X < v))) / (1 - q)` with `v` the `q` quantile.

mod bounds;
mod lanes;
mod program;
mod spectrum;

use super::spec::OptionSpec;
use program::Program;
use spectrum::Spectrum;
use std::cell::RefCell;

/// Points of the grid; the reach is divided into this many steps.
const GRID: usize = 256;
/// The most uses per period the states are kept for: the tables' bound.
const MAX_LIMIT: usize = crate::tables::MAX_USES_PER_YEAR as usize;

/// What one option's bad case needs, reused across options and advices on one thread.
struct Workspace {
    program: Program,
    spectrum: Spectrum,
}

thread_local! {
    static WORKSPACE: RefCell<Workspace> = RefCell::new(Workspace {
        program: Program::default(),
        spectrum: Spectrum::new(),
    });
}

/// The mean of the worst `1 - q` of the total incident cost over the horizon, given its exact
/// mean (0 < q < 1).
pub fn tail_mean(spec: &OptionSpec, q: f64, mean: f64) -> f64 {
    let q = q.clamp(1e-6, 1.0 - 1e-6);
    if mean <= 0.0 {
        return 0.0;
    }
    WORKSPACE.with(|w| {
        let Workspace { program, spectrum } = &mut *w.borrow_mut();
        program.read_stretches(spec);
        let stretches = &program.stretches;
        // When no incident with a price happens at least a share q of the time, the worst
        // 1 - q holds every yen there is: the tail mean is the mean over 1 - q, exactly.
        if (-bounds::priced_rate(spec, stretches)).exp() >= q {
            return mean / (1.0 - q);
        }
        let (low, high, var) = bounds::window(spec, stretches, q);
        if high <= low {
            return mean / (1.0 - q);
        }
        let step = bounds::snapped_step((high - low) / GRID as f64, spec, stretches);
        // Splitting prices between grid points widens the distribution; with many incidents
        // that widening is of the order of the spread itself, so the tail's distance from the
        // mean is scaled back by the ratio of the spreads (Sheppard's correction).
        let narrow = (var / (var + bounds::split_variance(spec, stretches, step))).sqrt();
        program.build(spec);
        let offset = (low / step).floor();
        spectrum.distribution(program, step, offset);
        let corrected = |cvar: f64| (mean + (cvar - mean) * narrow).max(mean);
        let mut below = 0.0;
        let mut below_yen = 0.0;
        for (n, p) in spectrum.pmf.iter().enumerate() {
            let p = p.max(0.0);
            let yen = (offset + n as f64) * step;
            if below + p >= q {
                return corrected((mean - below_yen - yen * (q - below)) / (1.0 - q));
            }
            below += p;
            below_yen += p * yen;
        }
        // Not reached within the grid (it always is: the grid reaches past a bound on it).
        let yen = (offset + GRID as f64) * step;
        corrected((mean - below_yen - yen * (q - below)) / (1.0 - q))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost::{expected_by_month, tests::flat};
    use crate::engine::spec::{Cover, Period};

    fn poisson(lambda: f64, k: u32) -> f64 {
        (-lambda).exp() * lambda.powi(k as i32) / (1..=k).map(f64::from).product::<f64>()
    }

    /// The exact tail mean of a discrete distribution given as (value, probability).
    fn exact_tail(mut points: Vec<(f64, f64)>, q: f64) -> f64 {
        points.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut left = 1.0 - q;
        let mut sum = 0.0;
        for (x, p) in points {
            let take = p.min(left);
            sum += take * x;
            left -= take;
            if left <= 0.0 {
                break;
            }
        }
        sum / (1.0 - q)
    }

    fn bad(s: &OptionSpec) -> f64 {
        tail_mean(s, 0.9, expected_by_month(s).iter().sum())
    }

    #[test]
    fn a_rare_incident_puts_the_whole_mean_in_the_tail() {
        // 0.05 incidents over the horizon: P(none) > 0.9, so the tail mean is mean / 0.1.
        let s = flat(0.05 / 24.0, Cover::Pay(40_000), 24, 0, Period::Horizon);
        let b = bad(&s);
        assert!((b - 0.05 * 40_000.0 / 0.1).abs() < 1.0, "{b}");
    }

    #[test]
    fn tail_mean_of_a_poisson_count_matches_the_exact_one() {
        for lambda in [0.5, 2.4, 24.0] {
            let s = flat(lambda / 24.0, Cover::Pay(10_000), 24, 0, Period::Horizon);
            let points = (0..200)
                .map(|k| (10_000.0 * f64::from(k), poisson(lambda, k)))
                .collect();
            let want = exact_tail(points, 0.9);
            let got = bad(&s);
            assert!(
                (got - want).abs() / want < 0.005,
                "λ {lambda}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn the_use_limit_resets_each_year() {
        // 1.2 a year, first two uses a year free, the rest 5,000, over two years.
        let c = Cover::Use {
            first: 0,
            later: 0,
            fallback: 5_000,
            counts: true,
        };
        let s = flat(0.1, c, 24, 2, Period::Year);
        let excess: Vec<f64> = (0..40)
            .map(|e| {
                if e == 0 {
                    poisson(1.2, 0) + poisson(1.2, 1) + poisson(1.2, 2)
                } else {
                    poisson(1.2, e + 2)
                }
            })
            .collect();
        let mut points = Vec::new();
        for a in 0..40 {
            for b in 0..40 {
                points.push((5_000.0 * (a + b) as f64, excess[a] * excess[b]));
            }
        }
        let want = exact_tail(points, 0.9);
        let got = bad(&s);
        assert!((got - want).abs() / want < 0.01, "{got} vs {want}");
    }

    #[test]
    fn first_and_later_uses_are_priced_apart() {
        // One year, 1.5 incidents: 1st 4,400, 2nd 8,800, then 60,000 each.
        let c = Cover::Use {
            first: 4_400,
            later: 8_800,
            fallback: 60_000,
            counts: true,
        };
        let s = flat(1.5 / 12.0, c, 12, 2, Period::Year);
        let points = (0..60)
            .map(|n| {
                let yen = match n {
                    0 => 0.0,
                    1 => 4_400.0,
                    _ => 13_200.0 + 60_000.0 * f64::from(n - 2),
                };
                (yen, poisson(1.5, n))
            })
            .collect();
        let want = exact_tail(points, 0.9);
        let got = bad(&s);
        assert!((got - want).abs() / want < 0.01, "{got} vs {want}");
    }

    /// The exact distribution of a spec whose counted incidents each have one price per
    /// state (multiples of 100 yen), month by month: (uses spent, hundreds of yen) -> chance.
    fn exact(spec: &OptionSpec) -> Vec<(f64, f64)> {
        use std::collections::HashMap;
        let poisson_terms =
            |lambda: f64| -> Vec<f64> { (0..25).map(|n| poisson(lambda, n)).collect() };
        let mut states: HashMap<(u32, u64), f64> = HashMap::from([((0, 0), 1.0)]);
        for (m, month) in spec.months().enumerate() {
            if m > 0 && m % 12 == 0 {
                let mut reset: HashMap<(u32, u64), f64> = HashMap::new();
                for ((_, c), p) in states {
                    *reset.entry((0, c)).or_default() += p;
                }
                states = reset;
            }
            let cover = month.cover[0];
            let terms = poisson_terms(month.rates[0]);
            let mut next: HashMap<(u32, u64), f64> = HashMap::new();
            for (&(u, c), &p) in &states {
                for (n, q) in terms.iter().enumerate() {
                    let (mut u, mut c) = (u, c);
                    for _ in 0..n {
                        c += u64::from(cover.cost(u, spec.limit) / 100);
                        u = (u + 1).min(spec.limit);
                    }
                    *next.entry((u, c)).or_default() += p * q;
                }
            }
            states = next;
        }
        states
            .into_iter()
            .map(|((_, c), p)| (c as f64 * 100.0, p))
            .collect()
    }

    #[test]
    fn a_kind_changing_inside_the_year_matches_the_exact_distribution() {
        // Rare incidents take the tail sums' series, frequent ones their recurrence.
        for rate in [0.01, 0.05, 0.4] {
            let s = spectrum::tests::changing_kind(rate);
            let want = exact_tail(exact(&s), 0.9);
            let got = bad(&s);
            assert!(
                (got - want).abs() / want < 0.01,
                "rate {rate}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn the_bad_case_is_never_below_the_mean() {
        let s = flat(2.0, Cover::Pay(1_000), 60, 0, Period::Horizon);
        let mean: f64 = expected_by_month(&s).iter().sum();
        assert!(bad(&s) >= mean);
    }
}
