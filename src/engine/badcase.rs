//! The bad case: the mean of the worst outcomes (by default the worst 10%) of an option's
//! total incident cost over the horizon, a tail mean that is never below the expectation.
//!
//! The total's distribution is computed on a fixed grid of [`GRID`] points through its
//! characteristic function, so the work does not grow with the number of incidents or the
//! horizon:
//! - incidents that never spend a use of the yearly limit (paid out of pocket, or covered
//!   without counting) form one compound Poisson sum over the whole horizon;
//! - counted incidents follow the uses spent in the period (0 ..= limit). Over a run of
//!   identical months the transition between those states has a closed form (the first
//!   incidents of the run are priced by the state they meet, the rest at the fallback price),
//!   so each run is one small matrix per frequency, whatever its rate;
//! - prices are split between the two nearest grid points so that every mean is kept (the step
//!   is nudged so that the price weighing most falls on a point), and the grid is exponentially
//!   tilted so that the mass past its reach does not wrap around.
//!
//! One inverse real FFT gives the distribution up to the reach, which is set once from a bound
//! on the quantile (Cantelli's or Bennett's, the tighter). The tail mean then follows from the
//! exact expectation:
//! `CVaR = (mean - E[X; X < v] - v (q - P(X < v))) / (1 - q)` with `v` the `q` quantile.

use super::cost::period_starts;
use super::fastexp;
use super::spec::{Cover, OptionSpec};
use realfft::num_complex::Complex64 as C;
use realfft::{ComplexToReal, RealFftPlanner};
use std::cell::RefCell;
use std::sync::Arc;

/// Points of the grid; the reach is divided into this many steps.
const GRID: usize = 256;
/// The tilt: mass at the reach is weighted e^-TILT, so what lies past it wraps back only
/// that much weakened.
const TILT: f64 = 12.0;
/// How far past Cantelli's bound on the quantile the grid reaches, as a share of its span, so
/// that the quantile never sits where the tilt leaves little precision.
const HEADROOM: f64 = 0.25;
/// Standard deviations below the cheapest mean where the grid starts.
const LOW_SDS: f64 = 5.0;
/// The most uses per period the states are kept for (plans allow 2 a year).
const MAX_LIMIT: usize = 3;

/// Buffers and the FFT plan, reused across options and advices on one thread.
struct Workspace {
    inverse: Arc<dyn ComplexToReal<f64>>,
    spectrum: Vec<C>,
    pmf: Vec<f64>,
    scratch: Vec<C>,
    /// e^(-2 pi i j / GRID).
    twiddle: Vec<C>,
    stretches: Vec<(usize, u32)>,
    months: Vec<MonthKind>,
    runs: Vec<Run>,
    free: Vec<(f64, f64)>,
    grid_months: Vec<GridMonth>,
    grid_atoms: Vec<GridAtom>,
    matrices: Vec<Transition>,
    /// Per month kind, at the current frequency: its prices' transforms per state, and one
    /// month's factor once the limit is reached.
    phis: Vec<[C; MAX_LIMIT + 1]>,
    monthly: Vec<C>,
    /// Transforms of each set of prices at every frequency.
    transforms: Vec<C>,
}

impl Workspace {
    fn new() -> Workspace {
        let inverse = RealFftPlanner::<f64>::new().plan_fft_inverse(GRID);
        let spectrum = inverse.make_input_vec();
        let pmf = inverse.make_output_vec();
        let scratch = inverse.make_scratch_vec();
        let twiddle = (0..GRID)
            .map(|j| C::from_polar(1.0, -std::f64::consts::TAU * j as f64 / GRID as f64))
            .collect();
        Workspace {
            inverse,
            spectrum,
            pmf,
            scratch,
            twiddle,
            stretches: Vec::new(),
            months: Vec::new(),
            runs: Vec::new(),
            free: Vec::new(),
            grid_months: Vec::new(),
            grid_atoms: Vec::new(),
            matrices: Vec::new(),
            phis: Vec::new(),
            monthly: Vec::new(),
            transforms: Vec::new(),
        }
    }
}

thread_local! {
    static WORKSPACE: RefCell<Workspace> = RefCell::new(Workspace::new());
}

/// The counted incidents of a month: their rate and, per state of the use limit, the prices
/// they meet with their rates (state `limit`: the fallback).
#[derive(Clone, Debug, PartialEq)]
struct MonthKind {
    rate: f64,
    atoms: Vec<Vec<(f64, f64)>>,
}

/// Consecutive months of one kind inside one period; `starts_period` resets the uses spent
/// before it. `shared` is the first run of the same kind and length, whose transition it uses.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Run {
    starts_period: bool,
    kind: usize,
    months: u32,
    shared: usize,
}

/// A price on the grid: split between points `k` and `k + 1` so that its mean is kept, each
/// part already weighted by its chance and by the tilt.
#[derive(Clone, Copy, Debug)]
struct GridAtom {
    k: usize,
    low: f64,
    high: f64,
}

impl GridAtom {
    fn new(yen: f64, weight: f64, per_step: f64, tilt_step: f64) -> GridAtom {
        let x = yen * per_step;
        let k = x.floor();
        let alpha = x - k;
        let tilt = (-tilt_step * k).exp();
        GridAtom {
            k: k as usize,
            low: weight * (1.0 - alpha) * tilt,
            high: weight * alpha * tilt * (-tilt_step).exp(),
        }
    }
}

/// Adds the transforms of weighted grid prices at every frequency to `out` (one slot per
/// frequency); the twiddle index of a point advances by the point at each frequency.
fn add_transforms(atoms: &[GridAtom], tw: &[C], out: &mut [C]) {
    for a in atoms {
        let (mut low, mut high) = (0usize, 0usize);
        if a.high == 0.0 {
            // A price on a grid point: one point, not two.
            for slot in out.iter_mut() {
                *slot += tw[low] * a.low;
                low = (low + a.k) & (GRID - 1);
            }
            continue;
        }
        for slot in out.iter_mut() {
            *slot += tw[low] * a.low + tw[high] * a.high;
            low = (low + a.k) & (GRID - 1);
            high = (high + a.k + 1) & (GRID - 1);
        }
    }
}

/// A month kind on the grid: its rate and the range of `grid_atoms` of each state (weighted
/// by share).
#[derive(Clone, Debug)]
struct GridMonth {
    rate: f64,
    states: Vec<std::ops::Range<usize>>,
}

/// Σ_{n ≥ r} e^-λ λ^n / n! s^(n-r): the chance-weighted transform of the incidents past the
/// r-th in a Poisson(λ) run, each with transform `s` (|s| <= 1). `all` is e^(λ(s-1)).
fn beyond(r: usize, lambda: f64, none: f64, s: C, all: C) -> C {
    if r == 0 {
        return all;
    }
    let ls = s * lambda;
    if ls.norm_sqr() < 1e-4 {
        // Small |λs|: the closed form below would cancel, so sum the series
        // e^-λ λ^r Σ_m (λs)^m / (m + r)!, which needs a few terms here.
        let mut term = C::new(1.0, 0.0);
        let mut sum = term;
        for m in 1..24 {
            term = term * ls / (m + r) as f64;
            sum += term;
            if term.norm_sqr() < 1e-34 {
                break;
            }
        }
        let mut front = none;
        for k in 1..=r {
            front *= lambda / k as f64;
        }
        sum * front
    } else {
        // (e^(λs) - Σ_{k<r} (λs)^k / k!) e^-λ / s^r; with |λs| >= 0.01 the subtraction loses
        // at most a few digits.
        let mut head = C::new(0.0, 0.0);
        let mut term = C::new(1.0, 0.0);
        for k in 0..r {
            if k > 0 {
                term = term * ls / k as f64;
            }
            head += term;
        }
        let mut power = s;
        for _ in 1..r {
            power *= s;
        }
        (all - head * none) / power
    }
}

/// Stretches of identical consecutive months, none crossing the start of a period of the use
/// limit: (first month, months). Most options have a handful, whatever the horizon.
fn stretches(spec: &OptionSpec, out: &mut Vec<(usize, u32)>) {
    out.clear();
    for (m, month) in spec.months.iter().enumerate() {
        match out.last_mut() {
            Some((first, len)) if !period_starts(spec, m) && spec.months[*first] == *month => {
                *len += 1
            }
            _ => out.push((m, 1)),
        }
    }
}

/// Collects an option's month kinds, its runs and its uncounted prices (yen, rate).
fn build(
    spec: &OptionSpec,
    stretches: &[(usize, u32)],
    kinds: &mut Vec<MonthKind>,
    runs: &mut Vec<Run>,
    free: &mut Vec<(f64, f64)>,
) {
    kinds.clear();
    runs.clear();
    free.clear();
    let limit = (spec.limit as usize).min(MAX_LIMIT);
    let add = |atoms: &mut Vec<(f64, f64)>, yen: f64, rate: f64| match atoms
        .iter_mut()
        .find(|a| a.0 == yen)
    {
        Some(a) => a.1 += rate,
        None => atoms.push((yen, rate)),
    };
    let mut kind = MonthKind {
        rate: 0.0,
        atoms: vec![Vec::new(); limit + 1],
    };
    for &(m, len) in stretches {
        let month = &spec.months[m];
        kind.rate = 0.0;
        kind.atoms.iter_mut().for_each(Vec::clear);
        for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
            if *rate <= 0.0 {
                continue;
            }
            match *cover {
                Cover::Use { counts: true, .. } if limit > 0 => {
                    kind.rate += rate;
                    for (u, atoms) in kind.atoms.iter_mut().enumerate() {
                        add(atoms, f64::from(cover.cost(u as u32, limit as u32)), *rate);
                    }
                }
                c => add(
                    free,
                    f64::from(c.cost(0, spec.limit)),
                    rate * f64::from(len),
                ),
            }
        }
        let starts_period = period_starts(spec, m);
        if kind.rate <= 0.0 {
            if starts_period {
                runs.push(Run {
                    starts_period,
                    kind: usize::MAX,
                    months: 0,
                    shared: 0,
                });
            }
            continue;
        }
        let index = kinds.iter().position(|k| *k == kind).unwrap_or_else(|| {
            kinds.push(kind.clone());
            kinds.len() - 1
        });
        match runs.last_mut() {
            Some(last) if !starts_period && last.kind == index => last.months += len,
            _ => runs.push(Run {
                starts_period,
                kind: index,
                months: len,
                shared: 0,
            }),
        }
    }
    for i in 0..runs.len() {
        let (kind, months) = (runs[i].kind, runs[i].months);
        runs[i].shared = runs[..i]
            .iter()
            .position(|r| r.kind == kind && r.months == months)
            .unwrap_or(i);
    }
}

/// The grid step, adjusted by at most an eighth so that the price that weighs most in the
/// total (rate times yen, at fallback prices) falls exactly on a grid point: its incidents then
/// add no spread of their own.
fn snapped_step(step: f64, spec: &OptionSpec, stretches: &[(usize, u32)]) -> f64 {
    let mut weights: Vec<(u32, f64)> = Vec::new();
    for &(m, len) in stretches {
        let month = &spec.months[m];
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

/// An incident's dearest price over the states of the use limit.
fn dearest_price(c: Cover) -> u32 {
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

/// The expected number of incidents over the horizon that can cost anything.
fn priced_rate(spec: &OptionSpec, stretches: &[(usize, u32)]) -> f64 {
    let mut rate = 0.0;
    for &(m, len) in stretches {
        let month = &spec.months[m];
        for (r, cover) in month.rates.iter().zip(month.cover.iter()) {
            if dearest_price(*cover) > 0 {
                rate += r * f64::from(len);
            }
        }
    }
    rate
}

/// An incident's price once the period's uses are spent.
fn fallback_price(c: Cover, limit: u32) -> u32 {
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
fn split_variance(spec: &OptionSpec, stretches: &[(usize, u32)], step: f64) -> f64 {
    let mut var = 0.0;
    for &(m, len) in stretches {
        let month = &spec.months[m];
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
    stretches: &[(usize, u32)],
    price: impl Fn(Cover) -> u32,
) -> (f64, f64, f64) {
    let (mut mean, mut second, mut largest) = (0.0, 0.0, 0.0_f64);
    for &(m, len) in stretches {
        let month = &spec.months[m];
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
fn window(spec: &OptionSpec, stretches: &[(usize, u32)], q: f64) -> (f64, f64, f64) {
    let (dear_mean, dear_var, dearest) = moments(spec, stretches, dearest_price);
    // Past the limit a counted incident costs its fallback price; at most `limit` of them a
    // period cost less, by at most the period's largest discount.
    let (fallback_mean, fallback_var, _) =
        moments(spec, stretches, |c| fallback_price(c, spec.limit));
    let mut discounts = 0.0;
    let mut period_discount = 0.0_f64;
    for &(m, _) in stretches {
        let month = &spec.months[m];
        if period_starts(spec, m) {
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

/// The mean of the worst `1 - q` of the total incident cost over the horizon, given its exact
/// mean (0 < q < 1).
pub fn tail_mean(spec: &OptionSpec, q: f64, mean: f64) -> f64 {
    let q = q.clamp(1e-6, 1.0 - 1e-6);
    if mean <= 0.0 {
        return 0.0;
    }
    WORKSPACE.with(|w| {
        let w = &mut *w.borrow_mut();
        stretches(spec, &mut w.stretches);
        // When no incident with a price happens at least a share q of the time, the worst
        // 1 - q holds every yen there is: the tail mean is the mean over 1 - q, exactly.
        if (-priced_rate(spec, &w.stretches)).exp() >= q {
            return mean / (1.0 - q);
        }
        let (low, high, var) = window(spec, &w.stretches, q);
        if high <= low {
            return mean / (1.0 - q);
        }
        build(spec, &w.stretches, &mut w.months, &mut w.runs, &mut w.free);
        let step = snapped_step((high - low) / GRID as f64, spec, &w.stretches);
        let offset = (low / step).floor();
        distribution(w, step, offset);
        // Splitting prices between grid points widens the distribution; with many incidents
        // that widening is of the order of the spread itself, so the tail's distance from the
        // mean is scaled back by the ratio of the spreads (Sheppard's correction).
        let narrow = (var / (var + split_variance(spec, &w.stretches, step))).sqrt();
        let corrected = |cvar: f64| (mean + (cvar - mean) * narrow).max(mean);
        let mut below = 0.0;
        let mut below_yen = 0.0;
        for (n, p) in w.pmf.iter().enumerate() {
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

/// Places the uncounted prices (weighted by rate) and each month kind's prices per state
/// (weighted by share) on the grid; returns the range of the uncounted ones.
fn place(w: &mut Workspace, per_step: f64, tilt_step: f64) -> std::ops::Range<usize> {
    w.grid_atoms.clear();
    w.grid_months.clear();
    for &(yen, rate) in &w.free {
        w.grid_atoms
            .push(GridAtom::new(yen, rate, per_step, tilt_step));
    }
    let free = 0..w.grid_atoms.len();
    for kind in &w.months {
        let mut states: Vec<std::ops::Range<usize>> = Vec::with_capacity(kind.atoms.len());
        for (u, atoms) in kind.atoms.iter().enumerate() {
            // A state priced as the one before shares its points (and so its transforms).
            if u > 0 && *atoms == kind.atoms[u - 1] {
                let same = states[u - 1].clone();
                states.push(same);
                continue;
            }
            let from = w.grid_atoms.len();
            for &(yen, rate) in atoms {
                w.grid_atoms
                    .push(GridAtom::new(yen, rate / kind.rate, per_step, tilt_step));
            }
            states.push(from..w.grid_atoms.len());
        }
        w.grid_months.push(GridMonth {
            rate: kind.rate,
            states,
        });
    }
    free
}

/// One run's transition between states of the use limit at one frequency: `m[u][j]` takes
/// uses spent u to j.
type Transition = [[C; MAX_LIMIT + 1]; MAX_LIMIT + 1];

/// The transition of `months` months of one kind, whose prices per state have transforms
/// `phi` and whose months each add e^(rate (phi[limit] - 1)) once the limit is reached.
fn transition(rate: f64, months: u32, none: f64, phi: &[C], monthly: C, m: &mut Transition) {
    let limit = phi.len() - 1;
    let lambda = rate * f64::from(months);
    let all = monthly.powu(months);
    for u in 0..=limit {
        m[u] = [C::new(0.0, 0.0); MAX_LIMIT + 1];
        // j incidents from state u move it to u + j (below the limit).
        let mut path = C::new(1.0, 0.0);
        let mut poisson = none;
        for j in 0..(limit - u) {
            m[u][u + j] = path * poisson;
            path *= phi[u + j];
            poisson *= lambda / (j + 1) as f64;
        }
        m[u][limit] = path * beyond(limit - u, lambda, none, phi[limit], all);
    }
}

/// Fills `w.pmf` with the distribution of the total on the grid: point n stands for
/// `(offset + n) * step` yen.
fn distribution(w: &mut Workspace, step: f64, offset: f64) {
    let tilt_step = TILT / GRID as f64;
    let free = place(w, 1.0 / step, tilt_step);
    let free_rate: f64 = w.free.iter().map(|a| a.1).sum();
    let states = w.months.first().map_or(1, |k| k.atoms.len());
    let shift = offset as usize;
    let untilt = (tilt_step * offset).exp();
    let zero = C::new(0.0, 0.0);
    let freqs = w.spectrum.len();
    w.matrices
        .resize(w.runs.len(), [[zero; MAX_LIMIT + 1]; MAX_LIMIT + 1]);
    // The transforms at every frequency: the uncounted prices first, then each month kind's
    // prices per state, `freqs` slots each.
    let sets = 1 + w.grid_months.iter().map(|k| k.states.len()).sum::<usize>();
    w.transforms.clear();
    w.transforms.resize(sets * freqs, zero);
    add_transforms(&w.grid_atoms[free], &w.twiddle, &mut w.transforms[..freqs]);
    let mut set = 1;
    for month in &w.grid_months {
        for (u, range) in month.states.iter().enumerate() {
            if u > 0 && month.states[u - 1] == *range {
                w.transforms
                    .copy_within((set - 1) * freqs..set * freqs, set * freqs);
            } else {
                let slots = &mut w.transforms[set * freqs..(set + 1) * freqs];
                add_transforms(&w.grid_atoms[range.clone()], &w.twiddle, slots);
            }
            set += 1;
        }
    }
    // Per run: e^-λ of its months.
    let none: Vec<f64> = w
        .runs
        .iter()
        .map(|r| {
            let rate = w.grid_months.get(r.kind).map_or(0.0, |k| k.rate);
            (-rate * f64::from(r.months)).exp()
        })
        .collect();
    w.phis.resize(w.grid_months.len(), [zero; MAX_LIMIT + 1]);
    w.monthly.resize(w.grid_months.len(), zero);
    let (phis, monthly) = (&mut w.phis, &mut w.monthly);
    let mut back = C::new(1.0, 0.0);
    let rotate = w.twiddle[shift & (GRID - 1)].conj();
    for f in 0..freqs {
        let mut total = fastexp::exp(w.transforms[f] - free_rate);
        let mut set = 1;
        for (k, month) in w.grid_months.iter().enumerate() {
            for phi in phis[k].iter_mut().take(month.states.len()) {
                *phi = w.transforms[set * freqs + f];
                set += 1;
            }
            let limit = month.states.len() - 1;
            monthly[k] = fastexp::exp((phis[k][limit] - 1.0) * month.rate);
        }
        let mut v = [zero; MAX_LIMIT + 1];
        v[0] = C::new(1.0, 0.0);
        for (i, run) in w.runs.iter().enumerate() {
            if run.starts_period {
                let all: C = v[..states].iter().sum();
                v = [zero; MAX_LIMIT + 1];
                v[0] = all;
            }
            if run.months == 0 {
                continue;
            }
            let shared = run.shared;
            if shared == i {
                let rate = w.grid_months[run.kind].rate;
                let phi = &phis[run.kind][..states];
                let m = &mut w.matrices[i];
                transition(rate, run.months, none[i], phi, monthly[run.kind], m);
            }
            let m = &w.matrices[shared];
            let mut next = [zero; MAX_LIMIT + 1];
            for u in 0..states {
                if v[u] != zero {
                    for j in u..states {
                        next[j] += v[u] * m[u][j];
                    }
                }
            }
            v = next;
        }
        total *= v[..states].iter().sum::<C>();
        // Move the grid's origin to `offset` steps: undo that much tilt and phase.
        w.spectrum[f] = total * untilt * back;
        back *= rotate;
    }
    // A real signal's spectrum is real at 0 and at the Nyquist frequency.
    let last = w.spectrum.len() - 1;
    w.spectrum[0].im = 0.0;
    w.spectrum[last].im = 0.0;
    if w.inverse
        .process_with_scratch(&mut w.spectrum, &mut w.pmf, &mut w.scratch)
        .is_err()
    {
        w.pmf.iter_mut().for_each(|x| *x = 0.0);
        return;
    }
    let mut scale = 1.0 / GRID as f64;
    let grow = tilt_step.exp();
    for p in w.pmf.iter_mut() {
        *p *= scale;
        scale *= grow;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost::{expected_by_month, tests::flat};
    use crate::engine::spec::Period;

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

    #[test]
    fn the_bad_case_is_never_below_the_mean() {
        let s = flat(2.0, Cover::Pay(1_000), 60, 0, Period::Horizon);
        let mean: f64 = expected_by_month(&s).iter().sum();
        assert!(bad(&s) >= mean);
    }
}
