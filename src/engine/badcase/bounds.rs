//! Where the grid lies on the yen axis and how it is stepped: bounds on the total from its
//! moments, and the spread that placing prices on grid points adds.

use super::program::Stretch;
use crate::engine::cost::period_starts;
use crate::engine::spec::{Cover, OptionSpec};

/// How far past Cantelli's bound on the quantile the grid reaches, as a share of its span, so
/// that the quantile never sits where the tilt leaves little precision.
const HEADROOM: f64 = 0.25;
/// Standard deviations below the cheapest mean where the grid starts.
const LOW_SDS: f64 = 5.0;

/// The grid step, adjusted by at most an eighth so that the price that weighs most in the
/// total (rate times yen, at fallback prices) falls exactly on a grid point: its incidents then
/// add no spread of their own.
pub(super) fn snapped_step(step: f64, spec: &OptionSpec, stretches: &[Stretch]) -> f64 {
    let mut weights: Vec<(u32, f64)> = Vec::new();
    for &Stretch { run, len, .. } in stretches {
        let month = &spec.runs[run].month;
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            let yen = fallback_price(*cover, spec.limit);
            let w = rate * f64::from(len) * f64::from(yen);
            match weights.iter_mut().find(|x| x.0 == yen) {
                Some(x) => x.1 += w,
                None => weights.push((yen, w)),
            }
        }
    }
    let Some(&(yen, _)) = weights.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
        return step;
    };
    let points = (f64::from(yen) / step).round();
    if points >= 4.0 {
        f64::from(yen) / points
    } else {
        step
    }
}

/// An incident's dearest price over the states of the use limit (a use that counts toward
/// no limit always costs its first price).
fn dearest_price(c: Cover) -> u32 {
    match c {
        Cover::Pay(x) => x,
        Cover::Use {
            first,
            counts: false,
            ..
        } => first,
        Cover::Use {
            first,
            later,
            fallback,
            ..
        } => first.max(later).max(fallback),
    }
}

/// The expected number of incidents over the horizon that can cost anything.
pub(super) fn priced_rate(spec: &OptionSpec, stretches: &[Stretch]) -> f64 {
    let mut rate = 0.0;
    for &Stretch { run, len, .. } in stretches {
        let month = &spec.runs[run].month;
        for (r, cover) in month.rates.iter().zip(month.cover.iter()) {
            if dearest_price(*cover) > 0 {
                rate += r * f64::from(len);
            }
        }
    }
    rate
}

/// An incident's price once the period's uses are spent.
pub(super) fn fallback_price(c: Cover, limit: u32) -> u32 {
    match c {
        Cover::Use {
            fallback,
            counts: true,
            ..
        } if limit > 0 => fallback,
        c => c.cost(0, limit),
    }
}

/// The variance that splitting prices between grid points adds to the total: a price at
/// fraction a between two points gains a(1 - a) step^2, for every incident.
pub(super) fn split_variance(spec: &OptionSpec, stretches: &[Stretch], step: f64) -> f64 {
    let mut var = 0.0;
    for &Stretch { run, len, .. } in stretches {
        let month = &spec.runs[run].month;
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            let x = f64::from(fallback_price(*cover, spec.limit)) / step;
            let a = x - x.floor();
            var += rate * f64::from(len) * a * (1.0 - a);
        }
    }
    var * step * step
}

/// The mean, second moment and largest price of the total's compound Poisson sum when every
/// incident is priced by `price`.
fn moments(
    spec: &OptionSpec,
    stretches: &[Stretch],
    price: impl Fn(Cover) -> u32,
) -> (f64, f64, f64) {
    let (mut mean, mut second, mut largest) = (0.0, 0.0, 0.0_f64);
    for &Stretch { run, len, .. } in stretches {
        let month = &spec.runs[run].month;
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            let yen = f64::from(price(*cover));
            let rate = rate * f64::from(len);
            mean += rate * yen;
            second += rate * yen * yen;
            if rate > 0.0 {
                largest = largest.max(yen);
            }
        }
    }
    (mean, second, largest)
}

/// The smallest t with Bennett's bound P(Y >= mean + t) <= e^(-(v/b^2) h(bt/v)) at `tail`, for
/// a sum of independent parts no larger than `b` with variance `v`; h(u) = (1+u)ln(1+u) - u.
fn bennett(v: f64, b: f64, tail: f64) -> f64 {
    if v <= 0.0 || b <= 0.0 {
        return 0.0;
    }
    let target = -tail.ln() * b * b / v;
    // h is increasing and convex: Newton's method from above converges.
    let mut u = (2.0 * target).sqrt().max(target);
    for _ in 0..40 {
        let h = (1.0 + u) * (1.0 + u).ln() - u;
        let step = (h - target) / (1.0 + u).ln();
        u -= step;
        if step.abs() <= 1e-9 * u {
            break;
        }
    }
    u * v / b
}

/// The part of the yen axis the grid covers: from a point the total falls below only with
/// negligible chance, to past Cantelli's bound on the `q` quantile.
///
/// Every incident costs at most its dearest price, and the dearest sum `Y` bounds the quantile,
/// by Cantelli's inequality P(Y >= mean + t) <= var / (var + t^2) or Bennett's, whichever is
/// tighter. From below, the total is at least the sum `Z` with
/// every counted incident at its fallback price, less the discounts of at most `limit` uses a
/// period; a compound Poisson sum of positive prices has a sub-Gaussian lower tail:
/// P(Z <= mean - t) <= e^(-t^2 / (2 var)).
pub(super) fn window(spec: &OptionSpec, stretches: &[Stretch], q: f64) -> (f64, f64, f64) {
    let (dear_mean, dear_var, dearest) = moments(spec, stretches, dearest_price);
    // Past the limit a counted incident costs its fallback price; at most `limit` of them a
    // period cost less, by at most the period's largest discount.
    let (fallback_mean, fallback_var, _) =
        moments(spec, stretches, |c| fallback_price(c, spec.limit));
    let mut discounts = 0.0;
    let mut period_discount = 0.0_f64;
    for &Stretch { run, first, .. } in stretches {
        let month = &spec.runs[run].month;
        if period_starts(spec, first) {
            discounts += period_discount * f64::from(spec.limit);
            period_discount = 0.0;
        }
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            if let Cover::Use {
                first,
                later,
                fallback,
                counts: true,
            } = *cover
                && *rate > 0.0
            {
                let cheapest = first.min(later);
                period_discount = period_discount.max(f64::from(fallback.saturating_sub(cheapest)));
            }
        }
    }
    discounts += period_discount * f64::from(spec.limit);
    let cantelli = (dear_var * q / (1.0 - q)).sqrt();
    let bound = dear_mean + cantelli.min(bennett(dear_var, dearest, 1.0 - q));
    let low = (fallback_mean - LOW_SDS * fallback_var.sqrt() - discounts).max(0.0);
    (low, bound + HEADROOM * (bound - low), fallback_var)
}
