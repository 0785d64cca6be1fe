//! Drawing pieces every screen shares: wrapped lines, a list item, a centred box, the key
//! line, and the overlays of the session (help and the yes/no questions).

use super::app::{Overlay, Session};
use super::keys::{self, Mode, Place};
use super::wrap::wrap;
use crate::i18n::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The smallest window hosho draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Below the minimum size, asks for a larger window (true) instead of drawing.
pub fn too_small(f: &mut Frame, area: Rect, w: &Words) -> bool {
    if area.width >= MIN_SIZE.0 && area.height >= MIN_SIZE.1 {
        return false;
    }
    let text = w.text(
        "too-small",
        &[
            ("cols", MIN_SIZE.0.to_string()),
            ("rows", MIN_SIZE.1.to_string()),
        ],
    );
    f.render_widget(Paragraph::new(lines(&text, area.width)), area);
    true
}

/// Text wrapped to `width` as lines.
pub fn lines(text: &str, width: u16) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(Line::from)
        .collect()
}

/// Text cut to `cols` display columns, at a word where it can (as a line is wrapped).
pub fn cut(text: &str, cols: usize) -> String {
    if !text.contains('\n') && text.width() <= cols {
        return text.trim_end().to_string();
    }
    wrap(text, cols).into_iter().next().unwrap_or_default()
}

/// A list line, marked when highlighted.
pub fn item(text: String, selected: bool) -> Line<'static> {
    if selected {
        Line::from(Span::styled(
            format!("> {text}"),
            Style::default().add_modifier(Modifier::REVERSED),
        ))
    } else {
        Line::from(format!("  {text}"))
    }
}

/// Bold text.
pub fn strong() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// The key line for a mode, wrapped to the width.
pub fn key_line(mode: Mode, place: Place, width: u16, w: &Words) -> Vec<Line<'static>> {
    lines(&keys::line(mode, place, w), width)
}

/// A bordered box in the middle of the screen.
pub fn overlay(f: &mut Frame, area: Rect, title: &str, body: &str) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title.to_string());
    boxed(f, area, body, block, Style::default());
}

/// `body` wrapped in `block`, centred over whatever is drawn, at most 70 columns wide.
pub fn boxed(f: &mut Frame, area: Rect, body: &str, block: Block, style: Style) {
    let width = area.width.saturating_sub(8).min(70);
    let text: Vec<Line> = body
        .split('\n')
        .flat_map(|l| lines(l, width.saturating_sub(4)))
        .collect();
    let height = (text.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    f.render_widget(Clear, rect);
    f.render_widget(Paragraph::new(text).style(style).block(block), rect);
}

/// The session's overlay, if one is open: the keys of `mode` (with `picks`, the values the
/// number keys choose, under theirs), or a yes/no question.
pub fn session_overlay(
    f: &mut Frame,
    area: Rect,
    s: &Session,
    (mode, place): (Mode, Place),
    picks: &[String],
    w: &Words,
) {
    let question = match s.overlay {
        Overlay::None => return,
        Overlay::Help => {
            let mut lines: Vec<String> = keys::help(mode, place, w)
                .lines()
                .map(str::to_string)
                .collect();
            if let Some(at) = lines.iter().position(|l| l.starts_with(keys::PICK_CAP)) {
                let numbered = picks.iter().map(|p| format!("  {p}"));
                lines.splice(at + 1..at + 1, numbered);
            }
            // Before "any key closes this": the key to the words of the plans.
            let close = lines.len().saturating_sub(1);
            lines.insert(close, w.text("terms-key", &[]));
            return overlay(f, area, &w.text("help-title", &[]), &lines.join("\n"));
        }
        Overlay::Terms => {
            let mut body = crate::i18n::glossary(w);
            body.push(w.text("help-close", &[]));
            return overlay(f, area, &w.text("terms-title", &[]), &body.join("\n"));
        }
        Overlay::ConfirmQuit => "quit-confirm",
        Overlay::ConfirmNext => "next-confirm",
        Overlay::ConfirmFinish => "finish-confirm",
    };
    overlay(f, area, "hosho", &w.text(question, &[]));
}
