//! The kiosk's screens: the attract screen in both languages (its one start screen), the
//! advisor in bold white on black, the take-away QR code, the reset countdown and the admin
//! PIN prompt. Side-effect free, like every view.

use super::Kiosk;
use crate::i18n::Words;
use crate::tables::Tables;
use crate::tui::widgets;
use crate::tui::wrap::wrap;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

/// Bold white on black everywhere: readable from a step away (plain bold under NO_COLOR).
pub fn base_style(color: bool) -> Style {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    if color {
        bold.fg(Color::White).bg(Color::Black)
    } else {
        bold
    }
}

/// Draws the kiosk; returns how far the details could scroll, as the advisor's view does.
pub fn view(f: &mut Frame, k: &Kiosk, t: &Tables, w: &Words) -> Option<u16> {
    let area = f.area();
    if widgets::too_small(f, area, w) {
        return None;
    }
    f.render_widget(Block::default().style(base_style(k.session().color)), area);
    let room = if k.attract {
        attract(f, area, w);
        None
    } else {
        crate::tui::advisor::view::view(f, &k.advisor, t, w)
    };
    overlays(f, area, k, w);
    room
}

/// Centred lines, each wrapped to `width`.
fn centered(texts: &[String], width: u16) -> Vec<Line<'static>> {
    texts
        .iter()
        .flat_map(|t| {
            if t.is_empty() {
                vec![String::new()]
            } else {
                wrap(t, usize::from(width))
            }
        })
        .map(|l| Line::from(l).alignment(Alignment::Center))
        .collect()
}

/// The invitation to press a key, in the kiosk's language first, then the other.
fn attract(f: &mut Frame, area: Rect, w: &Words) {
    let inner_width = area.width.saturating_sub(6);
    let t = |id: &str| w.text(id, &[]);
    let text = centered(
        &[
            t("attract-title"),
            String::new(),
            t("attract-lead"),
            String::new(),
            String::new(),
            t("attract-press"),
            String::new(),
            t("attract-title-other"),
            t("attract-press-other"),
            String::new(),
            t("attract-lang"),
        ],
        inner_width,
    );
    let height = (text.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: area.width.saturating_sub(4),
        height,
    };
    f.render_widget(
        Paragraph::new(text).block(
            Block::default()
                .borders(Borders::ALL)
                .border_type(BorderType::Thick),
        ),
        rect,
    );
}

/// The countdown, the PIN prompt, its check, or the wrong-PIN notice with the wait it earned,
/// over whatever is shown.
fn overlays(f: &mut Frame, area: Rect, k: &Kiosk, w: &Words) {
    let wait = k.pin_wait();
    let text = if k.checking.is_some() {
        w.text("kiosk-pin-checking", &[])
    } else if let Some(typed) = &k.pin {
        let dots = ("dots", "*".repeat(typed.len()));
        if wait > 0 && k.guard.locked() {
            w.text(
                "kiosk-pin-locked",
                &[("mins", wait.div_ceil(60).to_string())],
            )
        } else if wait > 0 {
            w.text("kiosk-pin-wait", &[("secs", wait.to_string())])
        } else if k.wrong_pin {
            w.text("kiosk-pin-retry", &[dots])
        } else {
            w.text("kiosk-pin", &[dots])
        }
    } else if let Some(secs) = k.countdown {
        w.text("kiosk-countdown", &[("secs", secs.to_string())])
    } else {
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick);
    let style = Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD);
    widgets::boxed(f, area, &text, block, style);
}
