//! The total's distribution on the grid, from its characteristic function at every frequency
//! and one inverse real FFT.
//!
//! At each frequency, the uncounted prices give one compound Poisson factor. Counted incidents
//! move between the states of the use limit (uses spent, 0 ..= limit); over a step of
//! identical months the move has a closed form: the first incidents of the step are priced by
//! the state they meet, the rest at the fallback price, so a step is one small triangular
//! matrix whatever its rate. A period multiplies its steps' matrices; identical periods are
//! one power. All of it runs [`W`] frequencies at a time.

use super::lanes::{Pack, W};
use super::program::{KindSpan, Program};
use super::{GRID, MAX_LIMIT};
use realfft::num_complex::Complex64 as C;
use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};
use std::sync::Arc;

/// The tilt: mass at the reach is weighted e^-TILT, so what lies past it wraps back only
/// that much weakened.
const TILT: f64 = 12.0;
/// Frequencies of a real signal on the grid.
const FREQS: usize = GRID / 2 + 1;
/// Packs that hold them, and the lanes of those packs.
const PACKS: usize = FREQS.div_ceil(W);
const LANES: usize = PACKS * W;
/// Where |z| = |λ φ_L| is this small, the states' tail sums come from their series rather
/// than from the exponential, whose subtraction would lose digits: it leaves λ^r G_r off by
/// about 1e-16 e^(-λ(1 - |φ_L|)) / |φ_L|^r. Checked against exact tail means in the tests, and
/// to the yen against the earlier, slower evaluation over 105,840 answers files.
const SERIES_BELOW: f64 = 0.02;
/// States of the use limit.
const STATES: usize = MAX_LIMIT + 1;

/// The vector instructions the frequency loop is compiled for, besides the baseline's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Vectors {
    Avx512,
    Avx2,
    Baseline,
}

impl Vectors {
    /// The widest this processor has, or a narrower one named by `HOSHO_SIMD` (`avx2` or
    /// `baseline`), to measure what a machine without the wider ones would do. The figures
    /// are the same either way.
    fn detect() -> Vectors {
        let found = Vectors::found();
        match std::env::var("HOSHO_SIMD").as_deref() {
            Ok("baseline") => Vectors::Baseline,
            Ok("avx2") if found != Vectors::Baseline => Vectors::Avx2,
            _ => found,
        }
    }

    fn found() -> Vectors {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f") {
                return Vectors::Avx512;
            }
            if std::arch::is_x86_feature_detected!("avx2") {
                return Vectors::Avx2;
            }
        }
        Vectors::Baseline
    }
}

/// Buffers and the FFT plan, reused across options on one thread.
pub(super) struct Spectrum {
    inverse: Arc<dyn ComplexToReal<f64>>,
    forward: Arc<dyn RealToComplex<f64>>,
    /// Prices on the grid, before the forward FFT.
    grid: Vec<f64>,
    spectrum: Vec<C>,
    pub pmf: Vec<f64>,
    scratch: Vec<C>,
    /// e^(-2 pi i j / GRID), real and imaginary parts.
    tw_re: Vec<f64>,
    tw_im: Vec<f64>,
    /// Transforms of each set of prices at every lane: set s at `s * LANES ..`.
    sets_re: Vec<f64>,
    sets_im: Vec<f64>,
    /// Per month kind and state, its set.
    set_of: Vec<[usize; STATES]>,
    /// The sets' prices, to find a set already made: (kind, state) of its first use.
    set_keys: Vec<(usize, usize)>,
    /// Per step, its move between states at the current pack: entry (u, j) at
    /// `t * STATES * STATES + u * STATES + j` takes uses spent u to j.
    matrices: Vec<Pack>,
    /// Per month kind at the current pack: its prices' transforms per state, and one month's
    /// factor once the limit is reached.
    phis: Vec<[Pack; STATES]>,
    monthly: Vec<Pack>,
    /// What the frequency loop runs with (see [`Spectrum::fill`]).
    pub vectors: Vectors,
}

impl Spectrum {
    /// Plans the FFTs, and picks the vector width once for this thread.
    pub fn new() -> Spectrum {
        let mut planner = RealFftPlanner::<f64>::new();
        let inverse = planner.plan_fft_inverse(GRID);
        let forward = planner.plan_fft_forward(GRID);
        let spectrum = inverse.make_input_vec();
        let pmf = inverse.make_output_vec();
        let mut scratch = inverse.make_scratch_vec();
        if forward.get_scratch_len() > scratch.len() {
            scratch = forward.make_scratch_vec();
        }
        let angle = |j: usize| -std::f64::consts::TAU * j as f64 / GRID as f64;
        Spectrum {
            inverse,
            forward,
            grid: vec![0.0; GRID],
            spectrum,
            pmf,
            scratch,
            tw_re: (0..GRID).map(|j| angle(j).cos()).collect(),
            tw_im: (0..GRID).map(|j| angle(j).sin()).collect(),
            sets_re: Vec::new(),
            sets_im: Vec::new(),
            set_of: Vec::new(),
            set_keys: Vec::new(),
            matrices: Vec::new(),
            phis: Vec::new(),
            monthly: Vec::new(),
            vectors: Vectors::detect(),
        }
    }

    /// Fills `pmf` with the distribution of the total on the grid: point n stands for
    /// `(offset + n) * step` yen.
    pub fn distribution(&mut self, program: &Program, step: f64, offset: f64) {
        self.transforms(program, 1.0 / step);
        let free_rate: f64 = program.free.iter().map(|a| a.1).sum();
        self.matrices
            .resize(program.steps.len() * STATES * STATES, Pack::ZERO);
        self.phis.resize(program.kinds.len(), [Pack::ONE; STATES]);
        self.monthly.resize(program.kinds.len(), Pack::ONE);
        let shift = offset as usize & (GRID - 1);
        let untilt = (TILT / GRID as f64 * offset).exp();
        self.fill(program, free_rate, untilt, shift);
        // A real signal's spectrum is real at 0 and at the Nyquist frequency.
        self.spectrum[0].im = 0.0;
        self.spectrum[FREQS - 1].im = 0.0;
        if self
            .inverse
            .process_with_scratch(&mut self.spectrum, &mut self.pmf, &mut self.scratch)
            .is_err()
        {
            self.pmf.iter_mut().for_each(|x| *x = 0.0);
            return;
        }
        let mut scale = 1.0 / GRID as f64;
        let grow = (TILT / GRID as f64).exp();
        for p in self.pmf.iter_mut() {
            *p *= scale;
            scale *= grow;
        }
    }

    /// The transforms of the uncounted prices (set 0, weighted by their incidents) and of each
    /// month kind's prices per state (weighted by share), at every lane. A state priced as an
    /// earlier one, of any kind, shares its set.
    fn transforms(&mut self, program: &Program, per_step: f64) {
        self.set_of.clear();
        self.set_keys.clear();
        let mut sets = 1;
        for (k, kind) in program.kinds.iter().enumerate() {
            let mut of = [0; STATES];
            for (u, prices) in kind.states.iter().enumerate().take(program.limit + 1) {
                let same = self
                    .set_keys
                    .iter()
                    .position(|&(k2, u2)| program.kinds[k2].states[u2] == *prices);
                of[u] = match same {
                    Some(s) => s + 1,
                    None => {
                        self.set_keys.push((k, u));
                        sets += 1;
                        sets - 1
                    }
                };
            }
            self.set_of.push(of);
        }
        self.sets_re.resize(sets * LANES, 0.0);
        self.sets_im.resize(sets * LANES, 0.0);
        self.place(0, &program.free, per_step);
        for s in 0..self.set_keys.len() {
            let (k, u) = self.set_keys[s];
            self.place(s + 1, program.kinds[k].states[u].items(), per_step);
        }
    }

    /// Set `set`'s transform at every lane: its prices (yen, weight) placed on the grid,
    /// tilted, and one forward FFT; for a single price, its twiddles.
    fn place(&mut self, set: usize, prices: &[(f64, f64)], per_step: f64) {
        let tilt_step = TILT / GRID as f64;
        let lanes = set * LANES..(set + 1) * LANES;
        let (re, im) = (&mut self.sets_re[lanes.clone()], &mut self.sets_im[lanes]);
        if let [(yen, weight)] = *prices {
            let a = GridAtom::new(yen, weight, per_step, tilt_step);
            let (mut low, mut high) = (0usize, 0usize);
            for (r, i) in re.iter_mut().zip(im.iter_mut()) {
                *r = self.tw_re[low] * a.low + self.tw_re[high] * a.high;
                *i = self.tw_im[low] * a.low + self.tw_im[high] * a.high;
                low = (low + a.k) & (GRID - 1);
                high = (high + a.k + 1) & (GRID - 1);
            }
            return;
        }
        self.grid.iter_mut().for_each(|x| *x = 0.0);
        for &(yen, weight) in prices {
            let a = GridAtom::new(yen, weight, per_step, tilt_step);
            // What lies past the grid wraps around, as its transform does.
            self.grid[a.k & (GRID - 1)] += a.low;
            self.grid[(a.k + 1) & (GRID - 1)] += a.high;
        }
        if self
            .forward
            .process_with_scratch(&mut self.grid, &mut self.spectrum, &mut self.scratch)
            .is_err()
        {
            re.iter_mut().for_each(|x| *x = 0.0);
            im.iter_mut().for_each(|x| *x = 0.0);
            return;
        }
        for (f, c) in self.spectrum.iter().enumerate() {
            re[f] = c.re;
            im[f] = c.im;
        }
        // Lanes past the Nyquist frequency hold what they would: the conjugates of those
        // before it.
        for f in FREQS..LANES {
            re[f] = re[GRID - f];
            im[f] = -im[GRID - f];
        }
    }

    /// Fills the spectrum, with the widest vectors the processor has (AVX-512, AVX2, or the
    /// baseline's). Every way does the same operations in the same order (Rust never fuses a
    /// multiply and an add on its own), so they give the same bits.
    fn fill(&mut self, program: &Program, free_rate: f64, untilt: f64, shift: usize) {
        #[cfg(target_arch = "x86_64")]
        match self.vectors {
            // SAFETY: `vectors` names only what `Vectors::detect` found the processor has.
            Vectors::Avx512 => unsafe { self.fill_avx512(program, free_rate, untilt, shift) },
            // SAFETY: as above.
            Vectors::Avx2 => unsafe { self.fill_avx2(program, free_rate, untilt, shift) },
            Vectors::Baseline => self.fill_packs(program, free_rate, untilt, shift),
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.fill_packs(program, free_rate, untilt, shift);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    fn fill_avx512(&mut self, program: &Program, free_rate: f64, untilt: f64, shift: usize) {
        self.fill_packs(program, free_rate, untilt, shift);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn fill_avx2(&mut self, program: &Program, free_rate: f64, untilt: f64, shift: usize) {
        self.fill_packs(program, free_rate, untilt, shift);
    }

    /// Every pack's transform of the total, moved to the grid's origin, into the spectrum.
    #[inline(always)]
    fn fill_packs(&mut self, program: &Program, free_rate: f64, untilt: f64, shift: usize) {
        match program.limit {
            1 => self.fill_states::<2>(program, free_rate, untilt, shift),
            2 => self.fill_states::<3>(program, free_rate, untilt, shift),
            3 => self.fill_states::<4>(program, free_rate, untilt, shift),
            // No counted incidents: the uncounted prices alone.
            _ => self.fill_states::<1>(program, free_rate, untilt, shift),
        }
    }

    /// [`Spectrum::fill_packs`] for `S` states of the use limit (uses 0 ..= S - 1).
    #[inline(always)]
    fn fill_states<const S: usize>(
        &mut self,
        program: &Program,
        free_rate: f64,
        untilt: f64,
        shift: usize,
    ) {
        for p in 0..PACKS {
            let total = self.pack::<S>(program, p * W, free_rate) * untilt;
            for l in 0..W {
                let f = p * W + l;
                if f >= FREQS {
                    break;
                }
                // Move the grid's origin to `offset` steps: undo that much phase.
                let j = (shift * f) & (GRID - 1);
                let back = C::new(self.tw_re[j], -self.tw_im[j]);
                self.spectrum[f] = C::new(total.re[l], total.im[l]) * back;
            }
        }
    }

    /// The transform of the total (tilted) at lanes `at..at + W`, for `S` states.
    #[inline(always)]
    fn pack<const S: usize>(&mut self, program: &Program, at: usize, free_rate: f64) -> Pack {
        let (re, im, set_of) = (&self.sets_re, &self.sets_im, &self.set_of);
        let set = |s: usize| Pack::load(re, im, s * LANES + at);
        let mut total = set(0).add_real(-free_rate).exp();
        if S == 1 || program.periods.is_empty() {
            return total;
        }
        // Per month kind, its prices' transforms per state and one month's e^(rate (φ_L - 1)),
        // of which each step takes a power.
        for (k, kind) in program.kinds.iter().enumerate() {
            let phi = &mut self.phis[k];
            for (u, p) in phi.iter_mut().enumerate().take(S) {
                *p = set(set_of[k][u]);
            }
            self.monthly[k] = (phi[S - 1] * kind.rate).add_real(-kind.rate).exp();
        }
        for (t, step) in program.steps.iter().enumerate() {
            let all = self.monthly[step.kind].powu(step.months);
            let m = &mut self.matrices[t * STATES * STATES..(t + 1) * STATES * STATES];
            let phi: [Pack; S] = std::array::from_fn(|u| self.phis[step.kind][u]);
            moves::<S>(m, &phi, step, all);
        }
        for period in &program.periods {
            let steps = &program.sequence[period.steps.clone()];
            let first = steps[0] * STATES * STATES;
            let mut v: [Pack; S] = std::array::from_fn(|j| self.matrices[first + j]);
            for &s in &steps[1..] {
                let m = &self.matrices[s * STATES * STATES..];
                let mut next = [Pack::ZERO; S];
                for u in 0..S {
                    for j in u..S {
                        next[j] = next[j] + v[u] * m[u * STATES + j];
                    }
                }
                v = next;
            }
            let mut sum = v[0];
            for x in &v[1..] {
                sum = sum + *x;
            }
            total = total * sum.powu(period.count);
        }
        total
    }
}

/// One step's matrix, row u at `m[u * STATES..]`, for a step of λ expected counted incidents
/// whose prices per state have transforms `phi` (the last: the fallback); `all` is
/// e^(λ(φ_L - 1)). A step that only opens periods needs its first row alone.
///
/// From state u, j < limit - u incidents reach u + j: e^-λ λ^j / j! times the prices of the
/// states passed. Reaching the limit, the rest are at the fallback price:
/// Σ_{n ≥ r} e^-λ λ^n / n! φ_L^(n-r) = λ^r G_r with r = limit - u, where
/// G_r = e^-λ Σ_m z^m / (m + r)! and z = λ φ_L. G_0 = e^(λ(φ_L - 1)), and
/// G_r = (G_(r-1) - e^-λ / (r-1)!) / z, except where z is small and that subtraction would
/// cancel: there the series gives G_limit and the others follow from it upwards.
#[inline(always)]
fn moves<const S: usize>(m: &mut [Pack], phi: &[Pack; S], step: &KindSpan, all: Pack) {
    let limit = S - 1;
    let (lambda, none) = (step.lambda, step.none);
    let z = phi[limit] * lambda;
    let mut g = [Pack::ZERO; S];
    g[0] = all;
    // Lanes where |z| is small take the series; the others, the subtraction.
    let small = z.norm_sqr().map(|n| n < SERIES_BELOW * SERIES_BELOW);
    if lambda <= SERIES_BELOW || !small.contains(&false) {
        series(&mut g, z, lambda.min(SERIES_BELOW), none);
    } else {
        let inv = z.recip();
        for r in 1..S {
            g[r] = g[r - 1].add_real(-none * INV_FACT[r - 1]) * inv;
        }
        if small.contains(&true) {
            let mut s = [Pack::ZERO; S];
            s[0] = g[0];
            series(&mut s, z, SERIES_BELOW, none);
            for (l, _) in small.iter().enumerate().filter(|x| *x.1) {
                for r in 1..S {
                    g[r].re[l] = s[r].re[l];
                    g[r].im[l] = s[r].im[l];
                }
            }
        }
    }
    let rows = if step.from_any_state { S } else { 1 };
    for u in 0..rows.min(limit) {
        let row = &mut m[u * STATES..u * STATES + S];
        // No incident keeps the state; each one passes a state's prices.
        row[u] = Pack::splat(none, 0.0);
        let mut path = phi[u];
        let mut poisson = none * lambda;
        for j in 1..(limit - u) {
            row[u + j] = path * poisson;
            path = path * phi[u + j];
            poisson *= lambda / (j + 1) as f64;
        }
        let r = limit - u;
        row[limit] = path * (g[r] * step.powers[r]);
    }
    if rows == S {
        // At the limit every incident is at the fallback price.
        m[limit * STATES + limit] = g[0];
    }
}

/// G_limit from its series for |z| <= `reach`, then G_(r-1) = e^-λ / (r-1)! + z G_r down to
/// G_1 (g[0] is left as it is).
#[inline(always)]
fn series<const S: usize>(g: &mut [Pack; S], z: Pack, reach: f64, none: f64) {
    let limit = S - 1;
    if limit == 0 {
        return;
    }
    // Terms until reach^m / (m + limit)! is below 1e-17 of the first.
    let mut terms = 1;
    let mut size = 1.0;
    while terms + limit < INV_FACT.len() - 1 {
        size *= reach / (terms + limit) as f64;
        if size < 1e-17 {
            break;
        }
        terms += 1;
    }
    let mut acc = Pack::splat(INV_FACT[terms - 1 + limit], 0.0);
    for m in (0..terms - 1).rev() {
        acc = (acc * z).add_real(INV_FACT[m + limit]);
    }
    g[limit] = acc * none;
    for r in (2..=limit).rev() {
        g[r - 1] = (z * g[r]).add_real(none * INV_FACT[r - 1]);
    }
}

/// 1/n! for n below 40.
const INV_FACT: [f64; 40] = {
    let mut t = [1.0; 40];
    let mut n = 1;
    while n < 40 {
        t[n] = t[n - 1] / n as f64;
        n += 1;
    }
    t
};

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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::engine::cost::tests::flat;
    use crate::engine::spec::{Cover, MonthSpec, Period, Run};

    /// Two years of a counted kind that changes after four months, each year: the first
    /// kind at `rate` a month, the second at 1.7 times that with other prices.
    pub(in crate::engine::badcase) fn changing_kind(rate: f64) -> crate::engine::spec::OptionSpec {
        let c = Cover::Use {
            first: 4_400,
            later: 8_800,
            fallback: 60_000,
            counts: true,
        };
        let mut s = flat(rate, c, 24, 2, Period::Year);
        let later = MonthSpec {
            rates: [rate * 1.7, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            cover: [Cover::Use {
                first: 3_000,
                later: 12_900,
                fallback: 44_000,
                counts: true,
            }; crate::domain::Kind::COUNT],
        };
        let first = s.runs[0].month.clone();
        s.runs = vec![
            Run {
                month: first.clone(),
                len: 4,
            },
            Run {
                month: later.clone(),
                len: 8,
            },
            Run {
                month: first,
                len: 4,
            },
            Run {
                month: later,
                len: 8,
            },
        ];
        s
    }

    #[test]
    fn every_vector_width_this_processor_has_gives_the_same_bits() {
        // Steps whose grids reach well past each total.
        for (rate, step) in [(0.004, 2_000.0), (0.3, 20_000.0)] {
            let spec = changing_kind(rate);
            let mut program = Program::default();
            program.read_stretches(&spec);
            program.build(&spec);
            let mut spectrum = Spectrum::new();
            let mut pmfs = Vec::new();
            for vectors in [Vectors::Baseline, Vectors::Avx2, Vectors::Avx512] {
                let found = Vectors::found();
                let usable = vectors == Vectors::Baseline
                    || found == vectors
                    || (found == Vectors::Avx512 && vectors == Vectors::Avx2);
                if !usable {
                    continue;
                }
                spectrum.vectors = vectors;
                spectrum.distribution(&program, step, 0.0);
                pmfs.push(spectrum.pmf.clone());
            }
            assert!(pmfs.windows(2).all(|w| w[0] == w[1]), "rate {rate}");
            let total: f64 = pmfs[0].iter().sum();
            assert!((total - 1.0).abs() < 1e-6, "rate {rate}: mass {total}");
        }
    }
}
