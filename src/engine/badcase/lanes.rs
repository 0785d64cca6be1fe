//! Complex numbers [`W`] frequencies at a time, for the bad case's frequency loop: each
//! operation is a loop over fixed lanes that the compiler turns into vector instructions, and
//! the exponential is branch-free so that it vectorizes too.
//!
//! The real exponential reduces by ln 2 (Cody and Waite) and sums Taylor's series to degree 13;
//! the sine and cosine reduce by π/2 in three parts and use Cephes' minimax polynomials on
//! [-π/4, π/4]. Both are accurate to a few units in the last place for the arguments met here.

// The constants are written as their sources publish them, so they can be checked.
#![allow(clippy::excessive_precision)]

use std::ops::{Add, Mul, Sub};

/// Frequencies a pack holds.
pub const W: usize = 8;

/// [`W`] complex numbers, real and imaginary parts apart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pack {
    pub re: [f64; W],
    pub im: [f64; W],
}

/// Adding this rounds a double below 2^51 in size to an integer, which its low bits then hold.
const ROUND: f64 = 6_755_399_441_055_744.0;

/// π/2 in three parts, each exact when multiplied by a quadrant number below 2^28 (Cephes'
/// DP1, DP2, DP3 for π/4, doubled).
const HALF_PI: [f64; 3] = [
    2.0 * 7.853_981_256_484_985_351_56E-1,
    2.0 * 3.774_894_707_930_798_176_68E-8,
    2.0 * 2.695_151_429_079_059_526_45E-15,
];
const TWO_OVER_PI: f64 = std::f64::consts::FRAC_2_PI;

/// Cephes' sine and cosine coefficients on [-π/4, π/4].
const SIN: [f64; 6] = [
    1.589_623_015_765_465_680_60E-10,
    -2.505_074_776_285_780_728_66E-8,
    2.755_731_362_138_572_452_13E-6,
    -1.984_126_982_958_953_859_96E-4,
    8.333_333_333_322_118_588_78E-3,
    -1.666_666_666_666_663_072_95E-1,
];
const COS: [f64; 6] = [
    -1.135_853_652_138_768_173_00E-11,
    2.087_570_084_197_473_167_78E-9,
    -2.755_731_417_929_673_881_12E-7,
    2.480_158_728_885_170_453_48E-5,
    -1.388_888_888_887_305_641_16E-3,
    4.166_666_666_666_659_292_18E-2,
];

/// ln 2 in two parts (fdlibm's), the first exact when multiplied by an exponent.
const LN2_HI: f64 = 6.931_471_803_691_238_164_90E-1;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02E-10;

/// 1/k! for k = 13 down to 0: Taylor's series of e^r, highest power first.
const EXP_TAYLOR: [f64; 14] = {
    let mut c = [0.0; 14];
    let mut k = 0;
    let mut fact = 1.0;
    while k < 14 {
        if k > 0 {
            fact *= k as f64;
        }
        c[13 - k] = 1.0 / fact;
        k += 1;
    }
    c
};

/// A polynomial of degree 5, highest power first, by Estrin's scheme.
#[inline(always)]
fn estrin6(c: &[f64; 6], z: f64) -> f64 {
    let z2 = z * z;
    let low = c[5] + c[4] * z;
    let mid = c[3] + c[2] * z;
    let high = c[1] + c[0] * z;
    low + (mid + high * z2) * z2
}

/// Taylor's series of e^r to degree 13 by Estrin's scheme: pairs, then pairs of pairs, so
/// that the chain of dependent operations is 4 long instead of 13.
#[inline(always)]
fn estrin_exp(r: f64) -> f64 {
    let c = |k: usize| EXP_TAYLOR[13 - k];
    let r2 = r * r;
    let r4 = r2 * r2;
    let r8 = r4 * r4;
    let a0 = c(0) + c(1) * r;
    let a1 = c(2) + c(3) * r;
    let a2 = c(4) + c(5) * r;
    let a3 = c(6) + c(7) * r;
    let a4 = c(8) + c(9) * r;
    let a5 = c(10) + c(11) * r;
    let a6 = c(12) + c(13) * r;
    let b0 = a0 + a1 * r2;
    let b1 = a2 + a3 * r2;
    let b2 = a4 + a5 * r2;
    let b3 = a6;
    let d0 = b0 + b1 * r4;
    let d1 = b2 + b3 * r4;
    d0 + d1 * r8
}

/// e^x, for x from -708 (below which it is 0 here) up to 709.
#[inline(always)]
fn exp_real(x: f64) -> f64 {
    let x = x.clamp(-708.0, 709.0);
    let t = x * std::f64::consts::LOG2_E + ROUND;
    let n = t - ROUND;
    let r = (x - n * LN2_HI) - n * LN2_LO;
    // 2^n from the integer held in t's low bits.
    let e = t.to_bits().wrapping_sub(ROUND.to_bits()).wrapping_add(1023) << 52;
    estrin_exp(r) * f64::from_bits(e)
}

/// (sin y, cos y) for |y| below about 10^8.
#[inline(always)]
fn sin_cos(y: f64) -> (f64, f64) {
    let t = y * TWO_OVER_PI + ROUND;
    let j = t - ROUND;
    let r = ((y - j * HALF_PI[0]) - j * HALF_PI[1]) - j * HALF_PI[2];
    let rr = r * r;
    let s = r + r * rr * estrin6(&SIN, rr);
    let c = 1.0 - 0.5 * rr + rr * rr * estrin6(&COS, rr);
    // The quadrant j mod 4 picks and signs them: sin takes c in odd quadrants, and is negative
    // in quadrants 2 and 3; cos is negative in quadrants 1 and 2.
    let q = t.to_bits().wrapping_sub(ROUND.to_bits());
    let swap = 0u64.wrapping_sub(q & 1);
    let (sb, cb) = (s.to_bits(), c.to_bits());
    let sin = (sb & !swap) | (cb & swap);
    let cos = (cb & !swap) | (sb & swap);
    (
        f64::from_bits(sin ^ ((q & 2) << 62)),
        f64::from_bits(cos ^ ((q.wrapping_add(1) & 2) << 62)),
    )
}

impl Pack {
    /// Every lane `re + i im`.
    #[inline(always)]
    pub fn splat(re: f64, im: f64) -> Pack {
        Pack {
            re: [re; W],
            im: [im; W],
        }
    }

    pub const ZERO: Pack = Pack {
        re: [0.0; W],
        im: [0.0; W],
    };
    pub const ONE: Pack = Pack {
        re: [1.0; W],
        im: [0.0; W],
    };

    /// The pack at lanes `at..at + W` of split arrays.
    #[inline(always)]
    pub fn load(re: &[f64], im: &[f64], at: usize) -> Pack {
        let mut p = Pack::ZERO;
        p.re.copy_from_slice(&re[at..at + W]);
        p.im.copy_from_slice(&im[at..at + W]);
        p
    }

    /// Each lane's e^z.
    #[inline(always)]
    pub fn exp(self) -> Pack {
        let mut out = Pack::ZERO;
        for l in 0..W {
            let r = exp_real(self.re[l]);
            let (s, c) = sin_cos(self.im[l]);
            out.re[l] = r * c;
            out.im[l] = r * s;
        }
        out
    }

    /// Each lane's 1/z (0 stays infinite; callers never divide by it).
    #[inline(always)]
    pub fn recip(self) -> Pack {
        let mut out = Pack::ZERO;
        for l in 0..W {
            let n = self.re[l] * self.re[l] + self.im[l] * self.im[l];
            out.re[l] = self.re[l] / n;
            out.im[l] = -self.im[l] / n;
        }
        out
    }

    /// Each lane's |z|².
    #[inline(always)]
    pub fn norm_sqr(self) -> [f64; W] {
        let mut out = [0.0; W];
        for (l, o) in out.iter_mut().enumerate() {
            *o = self.re[l] * self.re[l] + self.im[l] * self.im[l];
        }
        out
    }

    /// Each lane plus a real number.
    #[inline(always)]
    pub fn add_real(self, x: f64) -> Pack {
        let mut out = self;
        for r in &mut out.re {
            *r += x;
        }
        out
    }

    /// z^n by squaring.
    #[inline(always)]
    pub fn powu(self, mut n: u32) -> Pack {
        let mut base = self;
        let mut acc = Pack::ONE;
        while n > 0 {
            if n & 1 == 1 {
                acc = acc * base;
            }
            n >>= 1;
            if n > 0 {
                base = base * base;
            }
        }
        acc
    }
}

impl Add for Pack {
    type Output = Pack;
    #[inline(always)]
    fn add(self, b: Pack) -> Pack {
        let mut out = self;
        for l in 0..W {
            out.re[l] += b.re[l];
            out.im[l] += b.im[l];
        }
        out
    }
}

impl Sub for Pack {
    type Output = Pack;
    #[inline(always)]
    fn sub(self, b: Pack) -> Pack {
        let mut out = self;
        for l in 0..W {
            out.re[l] -= b.re[l];
            out.im[l] -= b.im[l];
        }
        out
    }
}

impl Mul for Pack {
    type Output = Pack;
    #[inline(always)]
    fn mul(self, b: Pack) -> Pack {
        let mut out = Pack::ZERO;
        for l in 0..W {
            out.re[l] = self.re[l] * b.re[l] - self.im[l] * b.im[l];
            out.im[l] = self.re[l] * b.im[l] + self.im[l] * b.re[l];
        }
        out
    }
}

impl Mul<f64> for Pack {
    type Output = Pack;
    #[inline(always)]
    fn mul(self, x: f64) -> Pack {
        let mut out = self;
        for l in 0..W {
            out.re[l] *= x;
            out.im[l] *= x;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_and_cosine_match_the_standard_library() {
        let mut y = -2.0e4;
        while y < 2.0e4 {
            let (s, c) = sin_cos(y);
            assert!((s - y.sin()).abs() < 1e-12, "sin {y}");
            assert!((c - y.cos()).abs() < 1e-12, "cos {y}");
            y += 0.7371;
        }
        for y in [
            0.0,
            1e-9,
            -1e-9,
            std::f64::consts::FRAC_PI_4,
            3.0,
            -3.0,
            std::f64::consts::FRAC_PI_2 - 1e-9,
        ] {
            let (s, c) = sin_cos(y);
            assert!(
                (s - y.sin()).abs() < 2e-16 && (c - y.cos()).abs() < 2e-16,
                "{y}: {s} {c}"
            );
        }
    }

    #[test]
    fn the_exponential_matches_the_standard_library() {
        let mut x = -700.0;
        while x < 700.0 {
            let (got, want) = (exp_real(x), x.exp());
            assert!((got - want).abs() <= 4e-16 * want, "e^{x}: {got} vs {want}");
            x += 0.3217;
        }
        assert_eq!(exp_real(0.0), 1.0);
        // Far below, it is e^-708, about 3e-308: nothing, for the spectrum.
        assert!((exp_real(-1e6) / (-708.0f64).exp() - 1.0).abs() < 1e-15);
    }

    #[test]
    fn a_pack_exponential_is_each_lanes_complex_exponential() {
        let z = Pack {
            re: [-3.5, 0.0, 1e-3, -200.0, 0.7, -1e-9, 12.0, -40.0],
            im: [2.0, -7.25, 1e4, 0.5, -3.1, 0.0, 250.5, -1e3],
        };
        let e = z.exp();
        for l in 0..W {
            let want = realfft::num_complex::Complex64::new(z.re[l], z.im[l]).exp();
            let scale = want.norm().max(1e-300);
            assert!((e.re[l] - want.re).abs() <= 1e-14 * scale, "lane {l}");
            assert!((e.im[l] - want.im).abs() <= 1e-14 * scale, "lane {l}");
        }
    }

    #[test]
    fn powers_and_reciprocals_agree_with_products() {
        let z = Pack {
            re: [0.3, -0.9, 0.0, 0.7, 1.0, -0.2, 0.05, 0.6],
            im: [0.4, 0.1, -1.0, 0.7, 0.0, -0.95, 0.01, -0.6],
        };
        let by_hand = z * z * z * z * z * z * z;
        let p = z.powu(7);
        let one = z * z.recip();
        for l in 0..W {
            assert!((p.re[l] - by_hand.re[l]).abs() < 1e-15);
            assert!((p.im[l] - by_hand.im[l]).abs() < 1e-15);
            assert!((one.re[l] - 1.0).abs() < 1e-15 && one.im[l].abs() < 1e-15);
        }
    }
}
