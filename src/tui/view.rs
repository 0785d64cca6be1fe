//! Draws the model: no side effects, nothing computed that the model or the engine does not
//! already hold. Every sentence comes from `locales/*/tui.ftl`.

use super::input::{self, Entry};
use super::kiosk_view;
use super::model::{EntryError, Model, Screen, Status};
use super::questions::Question;
use super::results::Tab;
use super::wrap::wrap;
use crate::i18n::Words;
use crate::tables::Tables;
use crate::yen;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The smallest window the advisor draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Draws the whole screen. Returns how far the results' details could scroll, when they
/// were drawn, so the runner can tell the model ([`super::model::Msg::ScrollRoom`]).
pub fn view(f: &mut Frame, m: &Model, t: &Tables, w: &Words) -> Option<u16> {
    let area = f.area();
    if too_small(f, area, w) {
        return None;
    }
    if m.kiosk.is_some() {
        f.render_widget(
            Block::default().style(kiosk_view::base_style(m.color)),
            area,
        );
        if m.screen == Screen::Attract {
            kiosk_view::attract(f, area, w);
            kiosk_view::overlays(f, area, m, w);
            return None;
        }
    }
    let keys = match m.kiosk {
        Some(_) => format!("{}-kiosk", keys_id(m)),
        None => keys_id(m).to_string(),
    };
    let key_lines = lines(&w.text(&keys, &[]), area.width);
    let [top, body, error, keys] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(key_lines.len() as u16),
    ])
    .areas(area);
    let title = match m.screen {
        Screen::Ask(_) => {
            let (at, of) = m.progress(t);
            format!(
                "{}  ·  {}",
                w.text("tui-title", &[]),
                w.text(
                    "progress",
                    &[("at", at.to_string()), ("of", of.to_string())]
                )
            )
        }
        _ => w.text("tui-title", &[]),
    };
    f.render_widget(
        Paragraph::new(title).block(Block::default().borders(Borders::BOTTOM)),
        top,
    );
    let inner = body.inner(ratatui::layout::Margin::new(1, 0));
    let mut scroll_room = None;
    match m.screen {
        Screen::Start | Screen::Attract => start(f, inner, w),
        Screen::Ask(q) => ask(f, inner, m, q, t, w),
        Screen::Review => review(f, inner, m, t, w),
        Screen::Results => match &m.results {
            Some(Ok(r)) => {
                scroll_room = super::results_view::draw(f, inner, r, t, w, m.color);
            }
            Some(Err(e)) => {
                let text = crate::cli::answer_message("hosho", e, w);
                f.render_widget(Paragraph::new(lines(&text, inner.width)), inner);
            }
            None => {}
        },
    }
    if let Some(s) = &m.status {
        let text = match s {
            Status::Saved(path) => w.text("saved", &[("path", path.clone())]),
            Status::SaveFailed(why) => w.text("save-failed", &[("reason", why.clone())]),
        };
        f.render_widget(
            Paragraph::new(cut(&text, usize::from(error.width)))
                .style(Style::default().add_modifier(Modifier::BOLD)),
            error,
        );
    }
    if let Some(e) = m.error {
        let text = entry_error(e, w);
        f.render_widget(
            Paragraph::new(text).style(Style::default().add_modifier(Modifier::BOLD)),
            error,
        );
    }
    f.render_widget(Paragraph::new(key_lines), keys);
    if m.help {
        let help = if m.kiosk.is_some() {
            "help-body-kiosk"
        } else {
            "help-body"
        };
        let mut body = w.text(help, &[]);
        if m.screen == Screen::Results {
            body = format!("{body}\n\n{}", w.text("help-results", &[]));
        }
        overlay(f, area, &w.text("help-title", &[]), &body);
    }
    if m.confirm_quit {
        overlay(f, area, "hosho", &w.text("quit-confirm", &[]));
    }
    kiosk_view::overlays(f, area, m, w);
    scroll_room
}

/// Below the minimum size, asks for a larger window (true) instead of drawing.
pub(super) fn too_small(f: &mut Frame, area: Rect, w: &Words) -> bool {
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

/// Why a typed entry was not taken, in words.
pub(super) fn entry_error(e: EntryError, w: &Words) -> String {
    match e {
        EntryError::OutOfRange { min, max } => w.text(
            "entry-range",
            &[("min", yen::group(min)), ("max", yen::group(max))],
        ),
        EntryError::NotANumber => w.text("entry-number", &[]),
        EntryError::NotAMonth => w.text("entry-month", &[]),
    }
}

/// The key line's message for the screen.
fn keys_id(m: &Model) -> &'static str {
    match m.screen {
        Screen::Ask(q) => match input::entry(q) {
            Entry::Choice(_) => "keys-choice",
            Entry::Toggles => "keys-toggles",
            Entry::Model => "keys-typing",
            _ => "keys-number",
        },
        Screen::Review => "keys-review",
        Screen::Results => match &m.results {
            Some(Ok(r)) if r.tab == Tab::Details => "keys-details",
            Some(Ok(_)) => "keys-results",
            _ => "keys-review",
        },
        Screen::Start | Screen::Attract => "keys-choice",
    }
}

/// Text wrapped to `width` as lines.
fn lines(text: &str, width: u16) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(Line::from)
        .collect()
}

fn start(f: &mut Frame, area: Rect, w: &Words) {
    let mut out = lines(&w.text("start-lead", &[]), area.width);
    out.push(Line::from(""));
    out.push(Line::from(w.text("start-language", &[])));
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        w.text("start-go", &[]),
        Style::default().add_modifier(Modifier::BOLD),
    )));
    f.render_widget(Paragraph::new(out), area);
}

/// A list line, marked when highlighted.
fn item(text: String, selected: bool) -> Line<'static> {
    if selected {
        Line::from(Span::styled(
            format!("> {text}"),
            Style::default().add_modifier(Modifier::REVERSED),
        ))
    } else {
        Line::from(format!("  {text}"))
    }
}

fn ask(f: &mut Frame, area: Rect, m: &Model, q: Question, t: &Tables, w: &Words) {
    let mut out: Vec<Line> = lines(&w.text(&format!("q-{}", q.id()), &[]), area.width)
        .into_iter()
        .map(|l| l.style(Style::default().add_modifier(Modifier::BOLD)))
        .collect();
    out.extend(lines(&w.text(&format!("why-{}", q.id()), &[]), area.width));
    out.push(Line::from(""));
    // Where typing goes: the row, and the columns of text before the cursor.
    let mut cursor_at: Option<(usize, String)> = None;
    match input::entry(q) {
        Entry::Choice(_) => {
            for (i, id) in input::choice_ids(q).iter().enumerate() {
                let label = format!("{}. {}", i + 1, w.text(&format!("choice-{id}"), &[]));
                out.push(item(label, i == m.cursor));
            }
        }
        Entry::Toggles => {
            for (i, id) in input::toggle_ids().iter().enumerate() {
                let mark = if input::is_on(&m.draft, i) {
                    "[x]"
                } else {
                    "[ ]"
                };
                let label = format!("{mark} {}", w.text(&format!("toggle-{id}"), &[]));
                out.push(item(label, i == m.cursor));
            }
        }
        Entry::Model => {
            let prompt = w.text("model-filter", &[("typed", m.typed.clone())]);
            out.push(Line::from(prompt.clone()));
            cursor_at = Some((out.len() - 1, prompt));
            let models = m.models(t);
            let room = usize::from(area.height)
                .saturating_sub(out.len() + 1)
                .max(1);
            // Keep the highlighted line in view.
            let first = m.cursor.saturating_sub(room.saturating_sub(1));
            let mut rows: Vec<String> = models.iter().map(|s| s.to_string()).collect();
            rows.push(w.text("model-not-listed", &[]));
            for (i, name) in rows.into_iter().enumerate().skip(first).take(room) {
                out.push(item(name, i == m.cursor));
            }
        }
        Entry::Number { .. } | Entry::Month { .. } => {
            // Yen are grouped as they are typed: 45800 shows as ¥45,800 or 45,800円, with
            // the cursor right after the last digit.
            let (shown, before_cursor) = match (input::entry(q), m.typed.parse::<i64>()) {
                (Entry::Number { .. }, Ok(v))
                    if q == Question::Price || q == Question::LinemoFee =>
                {
                    let text = yen::format(v, w.lang);
                    let digits = text.trim_end_matches('円').to_string();
                    (text, digits)
                }
                _ => (m.typed.clone(), m.typed.clone()),
            };
            cursor_at = Some((out.len(), format!("> {before_cursor}")));
            out.push(Line::from(format!("> {shown}")));
        }
    }
    let height = out.len();
    f.render_widget(Paragraph::new(out), area);
    if let Some((row, prefix)) =
        cursor_at.filter(|(r, _)| *r < height && *r < usize::from(area.height))
    {
        // The cursor sits where typing goes, so an input method opens there.
        let x = area.x
            + (unicode_width::UnicodeWidthStr::width(prefix.as_str()) as u16)
                .min(area.width.saturating_sub(1));
        f.set_cursor_position((x, area.y + row as u16));
    }
}

/// Every answer that applies, one line each.
fn review(f: &mut Frame, area: Rect, m: &Model, t: &Tables, w: &Words) {
    let mut out = vec![
        Line::from(Span::styled(
            w.text("review-title", &[]),
            Style::default().add_modifier(Modifier::BOLD),
        )),
        Line::from(w.text("review-hint", &[])),
        Line::from(""),
    ];
    for (i, q) in Question::asked(&m.draft, t).into_iter().enumerate() {
        let label = w.text(&format!("label-{}", q.id()), &[]);
        let line = cut(
            &w.text(
                "review-line",
                &[("label", label), ("answer", answer(m, q, w))],
            ),
            usize::from(area.width).saturating_sub(2),
        );
        out.push(item(line, i == m.cursor));
    }
    f.render_widget(Paragraph::new(out), area);
}

/// A question cut to `cols` display columns, on a character boundary.
pub(super) fn cut(text: &str, cols: usize) -> String {
    wrap(text, cols).into_iter().next().unwrap_or_default()
}

/// The draft's answer to a question, in words.
fn answer(m: &Model, q: Question, w: &Words) -> String {
    let d = &m.draft;
    let none = || w.text("entry-none", &[]);
    match input::entry(q) {
        Entry::Choice(_) => {
            let id = input::choice_ids(q)[input::chosen(q, d)];
            w.text(&format!("choice-{id}"), &[])
        }
        Entry::Toggles => {
            let on: Vec<String> = input::toggle_ids()
                .iter()
                .enumerate()
                .filter(|(i, _)| input::is_on(d, *i))
                .map(|(_, id)| w.text(&format!("toggle-{id}"), &[]))
                .collect();
            if on.is_empty() { none() } else { on.join(", ") }
        }
        Entry::Model => d
            .model
            .clone()
            .unwrap_or_else(|| w.text("model-not-listed", &[])),
        Entry::Number { .. } => {
            let value = match q {
                Question::Price => d
                    .price_yen
                    .map(|v| w.arg(&crate::engine::Arg::Yen(i64::from(v)))),
                Question::LinemoFee => d
                    .linemo_fee_yen
                    .map(|v| w.arg(&crate::engine::Arg::Yen(i64::from(v)))),
                Question::Damage => Some(d.damage_incidents_2y.to_string()),
                Question::Water => Some(d.water_incidents_2y.to_string()),
                Question::Horizon => Some(d.horizon_months.to_string()),
                _ => None,
            };
            value.unwrap_or_else(none)
        }
        Entry::Month { .. } => match q {
            Question::Released => d.released,
            _ => d.warranty_until,
        }
        .map_or_else(none, |ym| w.arg(&crate::engine::Arg::Month(ym))),
    }
}

/// A bordered box in the middle of the screen.
pub(super) fn overlay(f: &mut Frame, area: Rect, title: &str, body: &str) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title.to_string());
    boxed(f, area, body, block, Style::default());
}

/// `body` wrapped in `block`, centred over whatever is drawn, at most 70 columns wide.
pub(super) fn boxed(f: &mut Frame, area: Rect, body: &str, block: Block, style: Style) {
    let width = area.width.saturating_sub(8).min(70);
    let text = lines(body, width.saturating_sub(4));
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
