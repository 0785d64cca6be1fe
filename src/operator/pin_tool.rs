//! `hosho kiosk-pin`: reads a PIN (twice, without echo, at a terminal; one line from a pipe)
//! and prints the line to put in the kiosk config. The PIN itself is never written anywhere.

use super::pin;
use crate::i18n::Words;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::terminal;
use std::io::{self, BufRead, IsTerminal, Write};

/// Reads one PIN at the terminal, showing `*` for each digit.
fn read_hidden(prompt: &str) -> Result<String, String> {
    let mut err = io::stderr();
    let _ = write!(err, "{prompt}");
    let _ = err.flush();
    terminal::enable_raw_mode().map_err(|e| e.to_string())?;
    let mut typed = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Enter => break Ok(typed),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(String::new());
                }
                KeyCode::Backspace if typed.pop().is_some() => {
                    let _ = write!(err, "\u{8} \u{8}");
                }
                KeyCode::Char(c) => {
                    typed.push(c);
                    let _ = write!(err, "*");
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e.to_string()),
        }
        let _ = err.flush();
    };
    let _ = terminal::disable_raw_mode();
    let _ = writeln!(err);
    result
}

/// Runs the tool; the config line on success.
pub fn run(w: &Words) -> Result<String, String> {
    let pin = if io::stdin().is_terminal() {
        let first = read_hidden(&w.text("kiosk-pin-prompt", &[]))?;
        let again = read_hidden(&w.text("kiosk-pin-again", &[]))?;
        if first != again {
            return Err(w.text("kiosk-pin-mismatch", &[]));
        }
        first
    } else {
        let mut line = String::new();
        io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        line.trim().to_string()
    };
    pin::check_pin(&pin).map_err(|_| w.text("kiosk-error-pin-digits", &[]))?;
    let hash = pin::hash(&pin)?;
    eprintln!("{}", w.text("kiosk-pin-made", &[]));
    Ok(format!("pin_hash: \"{hash}\",\n"))
}
