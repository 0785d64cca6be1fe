//! Helpers shared by the test files: answers from RON text, resolved against the built-in tables.
#![allow(dead_code)]

use hosho::answers::{Answers, Profile};
use hosho::calendar::Date;
use hosho::tables::Tables;

pub fn tables() -> Tables {
    Tables::built_in().expect("built-in tables load")
}

/// A profile from the fields of an answers file (without the outer parentheses); `today` is
/// 2026-11-22 unless given.
pub fn profile(fields: &str) -> Profile {
    let text = format!("({fields})");
    let answers = Answers::parse(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    answers
        .resolve(&text, &tables(), Date::parse("2026-11-22").unwrap())
        .unwrap_or_else(|e| panic!("{e:?}\n{text}"))
}

/// The common fields of an IIJmio iPhone 15 Pro owner; callers append or override.
pub const IPHONE: &str = r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), water_incidents_2y: 0"#;

pub mod pty;

/// xorshift64*: a small seeded generator, so every run draws the same numbers.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Presses keys on the advisor, one `update` each.
pub fn press(m: &mut hosho::tui::model::Model, keys: &[hosho::tui::model::Key]) {
    let t = tables();
    for k in keys {
        hosho::tui::model::update(m, hosho::tui::model::Msg::Key(*k), &t);
    }
}

/// Types text on the advisor, a key per character.
pub fn typed(m: &mut hosho::tui::model::Model, text: &str) {
    let keys: Vec<hosho::tui::model::Key> =
        text.chars().map(hosho::tui::model::Key::Char).collect();
    press(m, &keys);
}

/// The advisor's screen for a model, drawn on a test terminal of `cols` x `rows`.
pub fn drawn(
    m: &hosho::tui::model::Model,
    cols: u16,
    rows: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let t = tables();
    let words = hosho::i18n::Words::new(m.lang);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(cols, rows)).expect("terminal");
    terminal
        .draw(|f| {
            hosho::tui::view::view(f, m, &t, &words);
        })
        .expect("drawn");
    terminal
}
