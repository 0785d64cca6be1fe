//! Draws the clerk's form and its results: side by side from [`super::counter::WIDE`]
//! columns, one key apart below that. The results end in a QR code holding a short summary
//! the customer can scan; nothing is printed or stored.

use super::counter::{Counter, Field, Page};
use super::input::{self, Entry};
use super::questions::Question;
use super::results::Results;
use super::wrap::wrap;
use crate::engine::{Action, Advice, Arg};
use crate::i18n::Words;
use crate::tables::Tables;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The width of the form beside the results.
const FORM_WIDTH: u16 = 56;

/// Draws the counter screen.
pub fn view(f: &mut Frame, c: &Counter, t: &Tables, w: &Words) {
    let area = f.area();
    if super::view::too_small(f, area, w) {
        return;
    }
    let keys_id = match (c.wide, c.page) {
        (true, _) => "keys-counter",
        (false, Page::Form) => "keys-counter-narrow",
        (false, Page::Results) => "keys-counter-results",
        (false, Page::Qr) => "keys-counter-qr",
    };
    if !c.wide && c.page == Page::Qr {
        // The code alone on the whole screen: a narrow window has no room for more.
        let keys = wrapped(&w.text(keys_id, &[]), area.width);
        let [code, keys_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(keys.len() as u16)])
                .areas(area);
        if let Ok(r) = &c.results {
            let caption = w.text("qr-caption", &[]);
            if !qr(f, code, &summary(&r.advice, w), &caption, c.color) {
                f.render_widget(
                    Paragraph::new(wrapped(&w.text("qr-no-room", &[]), area.width)),
                    code,
                );
            }
        }
        f.render_widget(Paragraph::new(keys), keys_area);
        return;
    }
    let keys = wrapped(&w.text(keys_id, &[]), area.width);
    let [top, body, status, keys_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(keys.len() as u16),
    ])
    .areas(area);
    f.render_widget(
        Paragraph::new(w.text("counter-title", &[]))
            .block(Block::default().borders(Borders::BOTTOM)),
        top,
    );
    if c.wide {
        let [form_area, results_area] =
            Layout::horizontal([Constraint::Length(FORM_WIDTH), Constraint::Min(1)]).areas(body);
        form(f, form_area, c, t, w);
        results(
            f,
            results_area.inner(ratatui::layout::Margin::new(1, 0)),
            c,
            w,
        );
    } else if c.page == Page::Results {
        results(f, body.inner(ratatui::layout::Margin::new(1, 0)), c, w);
    } else {
        form(f, body, c, t, w);
    }
    if let Some(e) = c.error {
        let text = super::view::entry_error(e, w);
        f.render_widget(
            Paragraph::new(text).style(Style::default().add_modifier(Modifier::BOLD)),
            status,
        );
    }
    f.render_widget(Paragraph::new(keys), keys_area);
    if c.help {
        super::view::overlay(
            f,
            area,
            &w.text("help-title", &[]),
            &w.text("help-counter", &[]),
        );
    }
    if c.confirm_quit {
        super::view::overlay(f, area, "hosho", &w.text("quit-confirm", &[]));
    }
}

fn wrapped(text: &str, width: u16) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(Line::from)
        .collect()
}

/// A row's label.
fn label(field: Field, w: &Words) -> String {
    match field {
        Field::Ask(q) => w.text(&format!("label-{}", q.id()), &[]),
        Field::Switch(i) => w.text(&format!("slabel-{}", input::toggle_ids()[i]), &[]),
    }
}

/// A row's value as shown; the focused row shows what is being typed.
fn value(field: Field, focused: bool, c: &Counter, t: &Tables, w: &Words) -> String {
    let d = &c.draft;
    match field {
        Field::Switch(i) => {
            let on = input::is_on(d, i);
            w.text(if on { "value-on" } else { "value-off" }, &[])
        }
        Field::Ask(Question::Model) => {
            let name = d
                .model
                .clone()
                .unwrap_or_else(|| w.text("model-not-listed", &[]));
            if focused && !c.typed.is_empty() {
                let n = c.matches(t).len();
                let at = if n == 0 { 0 } else { c.pick + 1 };
                format!(
                    "{}: {name} {}",
                    c.typed,
                    w.text(
                        "model-matches",
                        &[("at", at.to_string()), ("of", n.to_string())]
                    )
                )
            } else {
                name
            }
        }
        Field::Ask(q) => match input::entry(q) {
            Entry::Choice(_) => {
                let id = input::choice_ids(q)[input::chosen(q, d)];
                w.text(&format!("choice-{id}"), &[])
            }
            _ => {
                let text = if focused {
                    c.typed.clone()
                } else {
                    input::text_of(q, d)
                };
                match (q, text.parse::<i64>()) {
                    (Question::Price | Question::LinemoFee, Ok(v)) => crate::yen::format(v, w.lang),
                    _ => text,
                }
            }
        },
    }
}

/// The form: a label and a value per row, the focused one highlighted.
fn form(f: &mut Frame, area: Rect, c: &Counter, t: &Tables, w: &Words) {
    let fields = c.fields(t);
    let label_width = fields
        .iter()
        .map(|x| label(*x, w).width())
        .max()
        .unwrap_or(0);
    let room = usize::from(area.height);
    let first = c.focus.saturating_sub(room.saturating_sub(1));
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, field) in fields.iter().enumerate().skip(first).take(room) {
        let focused = i == c.focus;
        let name = super::view::cut(&label(*field, w), label_width);
        let pad = " ".repeat(label_width.saturating_sub(name.width()));
        let shown = value(*field, focused, c, t, w);
        let prefix = format!(" {name}{pad}  ");
        let line = super::view::cut(&format!("{prefix}{shown}"), usize::from(area.width));
        if focused {
            let typed_field = !matches!(field, Field::Switch(_))
                && !matches!(field, Field::Ask(q) if matches!(input::entry(*q), Entry::Choice(_)));
            if typed_field {
                let before = match field {
                    Field::Ask(Question::Model) => c.typed.clone(),
                    _ => shown.trim_end_matches('円').to_string(),
                };
                let x = (prefix.width() + before.width()).min(usize::from(area.width) - 1);
                cursor = Some((area.x + x as u16, area.y + (i - first) as u16));
            }
            lines.push(Line::from(Span::styled(
                format!("{line:<width$}", width = usize::from(area.width)),
                Style::default().add_modifier(Modifier::REVERSED),
            )));
        } else {
            lines.push(Line::from(line));
        }
    }
    f.render_widget(Paragraph::new(lines), area);
    if let Some(at) = cursor {
        f.set_cursor_position(at);
    }
}

/// The verdict, a compact table and the QR code.
fn results(f: &mut Frame, area: Rect, c: &Counter, w: &Words) {
    let r: &Results = match &c.results {
        Ok(r) => r,
        Err(e) => {
            let message = crate::cli::answer_message("hosho", e, w);
            let text = w.text("counter-incomplete", &[("message", message)]);
            f.render_widget(Paragraph::new(wrapped(&text, area.width)), area);
            return;
        }
    };
    let a = &r.advice;
    let mut lines: Vec<Line> = wrap(&crate::report::headline(a, w), usize::from(area.width))
        .into_iter()
        .map(|l| {
            Line::from(Span::styled(
                l,
                Style::default().add_modifier(Modifier::BOLD),
            ))
        })
        .collect();
    lines.push(Line::from(""));
    let yen = |y: i64| crate::yen::format(y, w.lang);
    let rows: Vec<[String; 4]> = std::iter::once([
        w.text("tcol-option", &[]),
        w.text("tcol-monthly", &[]),
        w.text("tcol-expected", &[("months", a.horizon_months.to_string())]),
        w.text("tcol-bad-case", &[("months", a.horizon_months.to_string())]),
    ])
    .chain(a.options.iter().filter(|o| o.eligible).map(|o| {
        [
            w.text(&format!("short-{}", o.id), &[]),
            o.monthly_fee_yen
                .map_or_else(|| w.text("value-none", &[]), |v| yen(i64::from(v))),
            yen(o.expected_total_yen),
            yen(o.bad_case_total_yen),
        ]
    }))
    .collect();
    let widths: Vec<usize> = (0..4)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, s)| crate::report::pad(s, widths[i], i > 0))
            .collect();
        lines.push(Line::from(super::view::cut(
            &cells.join(" "),
            usize::from(area.width),
        )));
    }
    lines.push(Line::from(""));
    let used = lines.len() as u16;
    f.render_widget(Paragraph::new(lines), area);
    let qr_area = Rect {
        y: area.y + used.min(area.height),
        height: area.height.saturating_sub(used),
        ..area
    };
    if !qr(
        f,
        qr_area,
        &summary(a, w),
        &w.text("qr-caption", &[]),
        c.color,
    ) && !c.wide
    {
        f.render_widget(Paragraph::new(w.text("qr-next-page", &[])), qr_area);
    }
}

/// The short text the QR code holds, in the chosen language.
pub fn summary(a: &Advice, w: &Words) -> String {
    let rec = &a.recommendation;
    let months = a.horizon_months.to_string();
    match rec.action {
        Action::Join => {
            let plan = rec.plan.clone().unwrap_or_default();
            let fee = a
                .option(&plan)
                .and_then(|o| o.monthly_fee_yen)
                .map_or(0, i64::from);
            let imei = a
                .next_steps
                .iter()
                .find(|s| s.id.starts_with("register_imei"))
                .and_then(|s| s.due);
            let mut args = vec![("plan", w.option(&plan)), ("fee", w.arg(&Arg::Yen(fee)))];
            match imei {
                Some(d) => {
                    args.push(("imei", w.date(d)));
                    w.text("qr-join", &args)
                }
                None => w.text("qr-join-noimei", &args),
            }
        }
        Action::Skip => w.text(
            "qr-skip",
            &[
                ("months", months),
                ("total", w.arg(&Arg::Yen(rec.total_yen))),
            ],
        ),
        Action::BuySpare => {
            let spare = a.option("buy_spare").map_or(0, |o| o.fees_yen);
            w.text("qr-buy_spare", &[("spare", w.arg(&Arg::Yen(spare)))])
        }
    }
}

/// A QR code drawn with half blocks (two modules a row), dark on light, with its caption;
/// left out (false) when the space is too small to scan it.
fn qr(f: &mut Frame, area: Rect, text: &str, caption: &str, color: bool) -> bool {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L)
    else {
        return false;
    };
    let quiet = 2;
    let n = code.width();
    let size = n + 2 * quiet;
    let dark = |x: usize, y: usize| -> bool {
        x >= quiet
            && y >= quiet
            && x < n + quiet
            && y < n + quiet
            && code[(x - quiet, y - quiet)] == qrcode::Color::Dark
    };
    let rows = size.div_ceil(2) as u16;
    if area.height < rows + 1 || usize::from(area.width) < size {
        return false;
    }
    let style = if color {
        Style::default().fg(Color::Black).bg(Color::White)
    } else {
        Style::default()
    };
    let mut lines = Vec::new();
    for y in (0..size).step_by(2) {
        let row: String = (0..size)
            .map(|x| match (dark(x, y), dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            })
            .collect();
        lines.push(Line::from(Span::styled(row, style)));
    }
    lines.push(Line::from(caption.to_string()));
    f.render_widget(Paragraph::new(lines), area);
    true
}
