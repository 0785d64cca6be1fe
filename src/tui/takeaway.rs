//! What a customer takes away from the counter or the kiosk: a short summary of the advice in
//! their language, as a QR code. The code is made when the results change, never per frame.

use super::results::Results;
use crate::i18n::Words;
use crate::lang::Lang;

/// The quiet zone around the code, in modules: 4, as the QR standard asks.
pub const QUIET: usize = 4;

/// A QR code drawn as rows of half blocks (two modules a row, dark drawn as a block).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// The text it holds.
    pub text: String,
    /// Its rows, quiet zone included.
    pub rows: Vec<String>,
    /// Its width in columns, quiet zone included.
    pub width: usize,
}

impl Qr {
    /// The code of a summary; `None` if the text cannot be encoded. The modules come from
    /// [`super::qr_mask::encode`] (its mask choice is several times faster than the crate's:
    /// 0.2 ms against 1.6 ms for a summary with a condition); the qrcode crate's own
    /// half-block renderer draws them, quiet zone included.
    pub fn new(text: String) -> Option<Qr> {
        use qrcode::render::{Renderer, unicode::Dense1x2};
        let (n, modules) = super::qr_mask::encode(text.as_bytes())?;
        let colors: Vec<qrcode::Color> = modules
            .into_iter()
            .map(|dark| {
                if dark {
                    qrcode::Color::Dark
                } else {
                    qrcode::Color::Light
                }
            })
            .collect();
        let drawn = Renderer::<Dense1x2>::new(&colors, n, QUIET as u32).build();
        let rows: Vec<String> = drawn.lines().map(str::to_string).collect();
        Some(Qr {
            text,
            rows,
            width: n + 2 * QUIET,
        })
    }

    /// Keeps `slot` the code of `r` in `lang`: made again only when its text changes (the
    /// mask search of an encoding costs more than the rest of a key).
    pub fn keep(slot: &mut Option<Qr>, r: Option<&Results>, lang: Lang) {
        let Some(r) = r else {
            *slot = None;
            return;
        };
        let text = Words::with(lang, |w| summary(r, w));
        if slot.as_ref().is_none_or(|q| q.text != text) {
            *slot = Qr::new(text);
        }
    }
}

/// The short text the QR code holds: the document's take-away line, with the what-if stated
/// when one is on (a factor or a horizon other than the answers').
pub fn summary(r: &Results, w: &Words) -> String {
    crate::report::document::takeaway(&r.advice, w, r.is_what_if())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_keeps_a_quiet_zone_of_four_modules() {
        let qr = Qr::new("hosho: skip the warranty".into()).expect("encodes");
        // Two modules a row: the first two rows and the last two are blank.
        for row in qr.rows.iter().take(QUIET / 2) {
            assert!(row.chars().all(|c| c == ' '), "{row:?}");
        }
        for row in &qr.rows {
            let left: String = row.chars().take(QUIET).collect();
            let right: String = row.chars().rev().take(QUIET).collect();
            assert_eq!(left.trim(), "", "{row:?}");
            assert_eq!(right.trim(), "", "{row:?}");
        }
        assert!(qr.rows[QUIET / 2].contains('█') || qr.rows[QUIET / 2].contains('▀'));
        assert_eq!(qr.width, qr.rows[0].chars().count());
    }

    #[test]
    fn the_drawn_rows_read_back_as_the_text() {
        let text = "hosho：IIJmio つながる端末保証に加入、月額550円。";
        let qr = Qr::new(text.into()).expect("encodes");
        // Each row of half blocks holds two rows of modules.
        let cells: Vec<Vec<char>> = qr.rows.iter().map(|r| r.chars().collect()).collect();
        let dark = |x: usize, y: usize| match cells[y / 2][x] {
            '█' => true,
            '▀' => y.is_multiple_of(2),
            '▄' => !y.is_multiple_of(2),
            _ => false,
        };
        let n = qr.width - 2 * QUIET;
        let grid = rqrr::SimpleGrid::from_func(n, |x, y| dark(x + QUIET, y + QUIET));
        let (_, read) = rqrr::Grid::new(grid).decode().expect("a reader decodes it");
        assert_eq!(read, text);
    }
}
