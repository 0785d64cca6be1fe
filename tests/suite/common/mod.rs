//! Helpers shared by the test files: answers from RON text, resolved against the built-in tables.
#![allow(dead_code)]

use hosho::answers::{Answers, Profile};
use hosho::calendar::Date;
use hosho::tables::Tables;

pub fn tables() -> Tables {
    Tables::built_in().expect("built-in tables load")
}

/// The persona files of `assets/` that describe a device, each with its name and profile
/// (resolved on 2026-11-22).
pub fn personas(t: &Tables) -> Vec<(String, Profile)> {
    let clock = Date::parse("2026-11-22").unwrap();
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("assets")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(answers) = Answers::parse(&text) else {
            continue;
        };
        if let Ok(p) = answers.resolve(&text, t, clock) {
            out.push((path.display().to_string(), p));
        }
    }
    out
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

/// The answers of a persona of `assets/`, resolved as of 2026-11-22.
pub fn persona(name: &str) -> Profile {
    let text = std::fs::read_to_string(format!("assets/{name}.ron")).unwrap();
    let answers = Answers::parse(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    answers
        .resolve(&text, &tables(), Date::parse("2026-11-22").unwrap())
        .unwrap_or_else(|e| panic!("{e:?}\n{text}"))
}

/// The common fields of an IIJmio iPhone 15 Pro owner; callers append or override.
pub const IPHONE: &str = r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), water_incidents_2y: 0"#;

pub mod pty;

/// The built binary run as a shop system runs it (in the C locale), `stdin` written to it
/// and closed. A binary that stops reading early closes the pipe: not a failure here.
pub fn hosho(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_hosho"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hosho runs");
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

/// Whether the long versions of the statistical and soak tests run (`HOSHO_LONG_TESTS=1`).
pub fn long_tests() -> bool {
    std::env::var_os("HOSHO_LONG_TESTS").is_some_and(|v| v == "1")
}

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
pub fn press(m: &mut hosho::tui::advisor::Advisor, keys: &[hosho::tui::app::Key]) {
    let t = tables();
    for k in keys {
        m.update(hosho::tui::app::Msg::Key(*k), &t);
    }
}

/// Types text on the advisor, a key per character.
pub fn typed(m: &mut hosho::tui::advisor::Advisor, text: &str) {
    let keys: Vec<hosho::tui::app::Key> = text.chars().map(hosho::tui::app::Key::Char).collect();
    press(m, &keys);
}

/// A fresh advisor in `lang`, dated 2026-11-22.
pub fn advisor(lang: hosho::lang::Lang) -> hosho::tui::advisor::Advisor {
    hosho::tui::advisor::Advisor::new(lang, Date::parse("2026-11-22").unwrap(), &tables())
}

/// A screen drawn on a test terminal of `cols` x `rows`, as plain text with wide characters
/// once and trailing spaces dropped.
pub fn plain(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    use unicode_width::UnicodeWidthStr;
    let buf = terminal.backend().buffer();
    let (cols, rows) = (buf.area.width, buf.area.height);
    let mut out = String::new();
    for y in 0..rows {
        let mut line = String::new();
        let mut x = 0;
        while x < cols {
            let symbol = buf[(x, y)].symbol();
            line.push_str(symbol);
            x += symbol.width().max(1) as u16;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The advisor's screen, drawn on a test terminal of `cols` x `rows`.
pub fn drawn(
    m: &hosho::tui::advisor::Advisor,
    cols: u16,
    rows: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let t = tables();
    let words = hosho::i18n::Words::new(m.session.lang);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(cols, rows)).expect("terminal");
    terminal
        .draw(|f| {
            hosho::tui::advisor::view::view(f, m, &t, &words);
        })
        .expect("drawn");
    terminal
}
