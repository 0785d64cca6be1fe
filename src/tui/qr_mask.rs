//! QR encoding with a fast choice of mask. The `qrcode` crate lays out the symbol; the mask
//! with the lowest penalty (ISO/IEC 18004 §7.8.3: runs, 2x2 blocks, finder-like patterns,
//! dark balance) is chosen here on rows and columns packed into 64-bit words, each mask
//! applied to the packed rows, many times faster than masking and scoring module by module.
//! Symbols wider than the words fall back to the crate's own choice.

use qrcode::canvas::{Canvas, MaskPattern, is_functional};
use qrcode::{Color, EcLevel, bits, ec};

/// Every mask a QR symbol may use.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The light modules of the quiet zone counted around a line for finder-like patterns.
const MARGIN: usize = 4;

/// Encodes `data` at error correction level L: the symbol's width and its modules, row by
/// row, dark as true.
pub fn encode(data: &[u8]) -> Option<(usize, Vec<bool>)> {
    let mut bits = bits::encode_auto(data, EcLevel::L).ok()?;
    bits.push_terminator(EcLevel::L).ok()?;
    let version = bits.version();
    let (data, ec) = ec::construct_codewords(&bits.into_bytes(), version, EcLevel::L).ok()?;
    let mut canvas = Canvas::new(version, EcLevel::L);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let n = version.width() as usize;
    let dark = |c: Canvas| -> Vec<bool> {
        c.into_colors()
            .into_iter()
            .map(|m| m == Color::Dark)
            .collect()
    };
    if n + 2 * MARGIN > 64 {
        return Some((n, dark(canvas.apply_best_mask())));
    }
    // The symbol before masking, and where its data modules are (a mask flips only those),
    // as rows of bits. The format information is left out of the scores: it is the same
    // size under every mask.
    let unmasked = dark(canvas.clone());
    let w = version.width();
    let mut rows = vec![0u64; n];
    let mut data_rows = vec![0u64; n];
    for y in 0..n {
        for x in 0..n {
            rows[y] |= u64::from(unmasked[y * n + x]) << x;
            let data = !is_functional(version, w, x as i16, y as i16);
            data_rows[y] |= u64::from(data) << x;
        }
    }
    let best = MASKS.iter().min_by_key(|mask| {
        let masked: Vec<u64> = (0..n)
            .map(|y| rows[y] ^ (mask_row(**mask, y, n) & data_rows[y]))
            .collect();
        penalty(n, &masked)
    })?;
    canvas.apply_mask(*best);
    Some((n, dark(canvas)))
}

/// The modules of row `y` a mask flips (ISO/IEC 18004 table 10), as bits.
fn mask_row(mask: MaskPattern, y: usize, n: usize) -> u64 {
    let flips = |x: usize| match mask {
        MaskPattern::Checkerboard => (x + y).is_multiple_of(2),
        MaskPattern::HorizontalLines => y.is_multiple_of(2),
        MaskPattern::VerticalLines => x.is_multiple_of(3),
        MaskPattern::DiagonalLines => (x + y).is_multiple_of(3),
        MaskPattern::LargeCheckerboard => (y / 2 + x / 3).is_multiple_of(2),
        MaskPattern::Fields => (x * y) % 2 + (x * y) % 3 == 0,
        MaskPattern::Diamonds => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        MaskPattern::Meadow => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    };
    (0..n).fold(0, |r, x| r | (u64::from(flips(x)) << x))
}

/// The penalty of a masked symbol of width `n` (at most 56), given as rows of bits.
pub fn penalty(n: usize, rows: &[u64]) -> u32 {
    let mut cols = vec![0u64; n];
    for (y, row) in rows.iter().enumerate() {
        for (x, col) in cols.iter_mut().enumerate() {
            *col |= ((row >> x) & 1) << y;
        }
    }
    let lines: u32 = rows
        .iter()
        .chain(cols.iter())
        .map(|l| runs(*l, n) + finders(*l, n))
        .sum();
    // Three for each 2x2 block of one colour.
    let inner = (1u64 << (n - 1)) - 1;
    let blocks: u32 = rows
        .windows(2)
        .map(|p| {
            let (a, b) = (p[0], p[1]);
            let same = !(a ^ b) & !(a ^ (a >> 1)) & !(b ^ (b >> 1)) & inner;
            3 * same.count_ones()
        })
        .sum();
    // Ten for each 5% the dark share is away from half.
    let dark: u32 = rows.iter().map(|r| r.count_ones()).sum();
    let percent = dark * 100 / (n * n) as u32;
    let balance = 10 * (percent.abs_diff(50) / 5);
    lines + blocks + balance
}

/// Runs of five or more modules of one colour: 3, and 1 more for each module past five.
fn runs(line: u64, n: usize) -> u32 {
    // A set bit i of `change` ends a run at module i (the colour changes after it); the last
    // run ends at the symbol's edge.
    let mut change = (line ^ (line >> 1)) & ((1u64 << (n - 1)) - 1) | (1u64 << (n - 1));
    let mut start = 0;
    let mut score = 0;
    while change != 0 {
        let end = change.trailing_zeros();
        let len = end + 1 - start;
        if len >= 5 {
            score += len - 2;
        }
        start = end + 1;
        change &= change - 1;
    }
    score
}

/// Finder-like patterns (dark, light, three dark, light, dark) with four light modules on
/// one side, the quiet zone counted as light: 40 each.
fn finders(line: u64, n: usize) -> u32 {
    // Module x is bit x; read left to right, 1011101 then 0000, or 0000 then 1011101.
    const BEFORE_LIGHT: u64 = 0b000_0101_1101;
    const AFTER_LIGHT: u64 = 0b101_1101_0000;
    let padded = line << MARGIN;
    let starts = (1u64 << (n + 2 * MARGIN - 10)) - 1;
    // Bit i of a match word is set where the 11 modules from i read as the pattern.
    let matches = |pattern: u64| {
        (0..11).fold(starts, |m, k| {
            let shifted = padded >> k;
            m & if (pattern >> k) & 1 == 1 {
                shifted
            } else {
                !shifted
            }
        })
    };
    40 * (matches(BEFORE_LIGHT).count_ones() + matches(AFTER_LIGHT).count_ones())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_summary_decodes_back_to_its_text() {
        for text in [
            "hosho：端末保証は見送り（24か月の想定12,180円）。",
            "hosho: join IIJmio Tsunagaru device warranty (つながる端末保証), ¥550/month. IMEI by December 6, 2026.",
            "hosho: skip the warranty (¥14,327 over 24 months). (What-if: breakage ×1.5, 30 months.)",
        ] {
            let (n, modules) = encode(text.as_bytes()).expect("encodes");
            let grid = rqrr::SimpleGrid::from_func(n, |x, y| modules[y * n + x]);
            let (_, decoded) = rqrr::Grid::new(grid).decode().expect("a reader decodes it");
            assert_eq!(decoded, text);
        }
    }

    #[test]
    fn the_penalty_counts_each_rule() {
        // A 21-module symbol all light: every line is one run of 21, every 2x2 a block,
        // and the dark share is 0%.
        let n = 21;
        let light = vec![0u64; n];
        let long_runs = 2 * n as u32 * (3 + 16);
        let blocks = 3 * ((n - 1) * (n - 1)) as u32;
        assert_eq!(penalty(n, &light), long_runs + blocks + 100);
        // A finder-like pattern counts once for each side that has four light modules, the
        // quiet zone counted as light.
        assert_eq!(finders(0b101_1101, 21), 80);
        assert_eq!(finders(0b101_1101 << 14, 21), 80);
        assert_eq!(
            finders(0b1111 | (0b101_1101 << 4), 21),
            40,
            "dark on the left"
        );
        assert_eq!(
            runs(0b11111, 21),
            3 + (3 + 11),
            "a dark run of five, a light run of 16"
        );
    }
}
