//! A complex exponential for the bad case's frequency loop, where it is most of the work:
//! the real exponential from the standard library, the sine and cosine from Cephes' minimax
//! polynomials on [-π/4, π/4] after a three-part reduction by π/4. Accurate to a few units in
//! the last place for the arguments met there (|x| up to about 10^5).

// The constants are written as Cephes publishes them, so they can be checked against it.
#![allow(clippy::excessive_precision)]

use realfft::num_complex::Complex64 as C;

const DP1: f64 = 7.853_981_256_484_985_351_56E-1;
const DP2: f64 = 3.774_894_707_930_798_176_68E-8;
const DP3: f64 = 2.695_151_429_079_059_526_45E-15;
const FOUR_OVER_PI: f64 = 1.273_239_544_735_162_686_15;

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

#[inline]
fn poly(c: &[f64; 6], z: f64) -> f64 {
    c.iter().fold(0.0, |acc, k| acc * z + k)
}

/// (sin x, cos x).
#[inline]
pub fn sin_cos(x: f64) -> (f64, f64) {
    let sign = if x < 0.0 { -1.0 } else { 1.0 };
    let x = x.abs();
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    let j = j & 7;
    let z = ((x - y * DP1) - y * DP2) - y * DP3;
    let zz = z * z;
    let s = z + z * zz * poly(&SIN, zz);
    let c = 1.0 - 0.5 * zz + zz * zz * poly(&COS, zz);
    let (sin, cos) = match j {
        0 => (s, c),
        2 => (c, -s),
        4 => (-s, -c),
        _ => (-c, s),
    };
    (sign * sin, cos)
}

/// e^z.
#[inline]
pub fn exp(z: C) -> C {
    let r = z.re.exp();
    let (s, c) = sin_cos(z.im);
    C::new(r * c, r * s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_and_cosine_match_the_standard_library() {
        let mut x = -2.0e4;
        while x < 2.0e4 {
            let (s, c) = sin_cos(x);
            assert!((s - x.sin()).abs() < 1e-12, "sin {x}");
            assert!((c - x.cos()).abs() < 1e-12, "cos {x}");
            x += 0.7371;
        }
        for x in [0.0, 1e-9, -1e-9, std::f64::consts::FRAC_PI_4, 3.0, -3.0] {
            let (s, c) = sin_cos(x);
            assert!(
                (s - x.sin()).abs() < 1e-15 && (c - x.cos()).abs() < 1e-15,
                "{x}"
            );
        }
    }
}
