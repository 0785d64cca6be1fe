//! Draws the clerk's form and its results: side by side from [`super::WIDE`]
//! columns, one key apart below that. The results end in the QR code the counter made when
//! they changed; nothing is printed or stored.

use super::{Counter, CounterKeys, FormRow, Page, label};
use crate::form::control::SWITCHES;
use crate::form::{Control, Question, words};
use crate::i18n::Words;
use crate::message::Arg;
use crate::tables::Tables;
use crate::tui::keys::Mode;
use crate::tui::results::Results;
use crate::tui::widgets::{self, cut, lines, strong};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The width of the form beside the results.
const FORM_WIDTH: u16 = 58;

/// Draws the counter screen.
pub fn view(f: &mut Frame, c: &Counter, t: &Tables, w: &Words) {
    let area = f.area();
    if widgets::too_small(f, area, w) {
        return;
    }
    let (mode, place) = (c.mode(), c.place());
    // Under `?`, the values the number keys pick on the focused row.
    let picks = match c.field() {
        FormRow::Ask(q) => words::numbered_choices(q, &c.session.draft, w, t),
        _ => Vec::new(),
    };
    let keys = widgets::key_line(mode, place, area.width, w);
    if mode == Mode::Counter(CounterKeys::Qr) {
        // The code alone on the whole screen: a narrow window has no room for more.
        let [code, keys_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(keys.len() as u16)])
                .areas(area);
        qr(f, code, c, w);
        f.render_widget(Paragraph::new(keys), keys_area);
        widgets::session_overlay(f, area, &c.session, (mode, place), &picks, w);
        return;
    }
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
        results(f, results_area.inner(Margin::new(1, 0)), c, t, w);
    } else if c.page == Page::Results {
        results(f, body.inner(Margin::new(1, 0)), c, t, w);
    } else {
        form(f, body, c, t, w);
    }
    if let Some(e) = c.error {
        let text = words::entry_error(e, w);
        f.render_widget(Paragraph::new(text).style(strong()), status);
    }
    f.render_widget(Paragraph::new(keys), keys_area);
    widgets::session_overlay(f, area, &c.session, (mode, place), &picks, w);
}

/// A row's value as shown; the focused row shows what is being typed.
fn value(field: FormRow, focused: bool, c: &Counter, t: &Tables, w: &Words) -> String {
    let d = &c.session.draft;
    match field {
        FormRow::Switch(i) => {
            let on = (SWITCHES[i].get)(d);
            w.text(if on { "value-on" } else { "value-off" }, &[])
        }
        FormRow::Customer(i) => {
            let on = crate::form::control::new_contract_carriers(d, t)
                .get(i)
                .is_some_and(|c| d.existing_customer_of.contains(c));
            w.text(if on { "value-on" } else { "value-off" }, &[])
        }
        FormRow::Ask(Question::Model) if focused && !c.typed.text.is_empty() => {
            let name = d
                .model
                .clone()
                .unwrap_or_else(|| w.text("brief-not-listed", &[]));
            let n = c.matches.len();
            let at = if n == 0 { 0 } else { c.pick + 1 };
            let of = [("at", at.to_string()), ("of", n.to_string())];
            format!("{}: {name} {}", c.typed.text, w.text("model-matches", &of))
        }
        FormRow::Ask(q)
            if focused
                && !matches!(q.control(), Control::Choice(_))
                && !c.typed.text.is_empty() =>
        {
            match (q.control(), c.typed.text.parse::<i64>()) {
                (Control::Number(n), Ok(v)) if n.yen => crate::yen::format(v, w.lang),
                _ => c.typed.text.clone(),
            }
        }
        // An empty entry that may stay empty says what empty means ("don't know", "none").
        FormRow::Ask(q) if focused && q.typed() && !q.may_be_blank() => String::new(),
        FormRow::Ask(q) => words::row_answer(q, d, w, t),
    }
}

/// The form: a label and a value per row, the focused one highlighted.
fn form(f: &mut Frame, area: Rect, c: &Counter, t: &Tables, w: &Words) {
    let label_width = c.label_width;
    let room = usize::from(area.height);
    let first = c.focus.saturating_sub(room.saturating_sub(1));
    let mut out = Vec::new();
    let mut cursor = None;
    for (i, field) in c.rows.iter().enumerate().skip(first).take(room) {
        let focused = i == c.focus;
        let name = label(*field, &c.session.draft, t, w);
        let pad = " ".repeat(label_width.saturating_sub(name.width()));
        let shown = value(*field, focused, c, t, w);
        let prefix = format!(" {name}{pad}  ");
        let line = cut(&format!("{prefix}{shown}"), usize::from(area.width));
        if focused {
            if let FormRow::Ask(q) = field
                && q.typed()
            {
                let before = match q {
                    Question::Model => c.typed.text.clone(),
                    _ if c.typed.text.is_empty() => String::new(),
                    _ => shown.trim_end_matches('円').to_string(),
                };
                let x = (prefix.width() + before.width()).min(usize::from(area.width) - 1);
                cursor = Some((area.x + x as u16, area.y + (i - first) as u16));
            }
            out.push(Line::from(Span::styled(
                format!("{line:<width$}", width = usize::from(area.width)),
                Style::default().add_modifier(Modifier::REVERSED),
            )));
        } else {
            out.push(Line::from(line));
        }
    }
    f.render_widget(Paragraph::new(out), area);
    if let Some(at) = cursor {
        f.set_cursor_position(at);
    }
}

/// The verdict, the what-if being tried, a compact table and the QR code.
fn results(f: &mut Frame, area: Rect, c: &Counter, t: &Tables, w: &Words) {
    let r: &Results = match &c.results {
        Ok(r) => r,
        Err(p) => {
            let text = if c.is_blank() {
                w.text("counter-empty", &[])
            } else {
                w.text("counter-incomplete", &[("message", words::problem(p, w))])
            };
            f.render_widget(Paragraph::new(lines(&text, area.width)), area);
            return;
        }
    };
    let width = usize::from(area.width);
    let mut out: Vec<Line> = lines(&r.document(w, t).headline, area.width)
        .into_iter()
        .map(|l| l.style(strong()))
        .collect();
    let what_if = w.text(
        "counter-whatif",
        &[
            ("factor", w.arg(&Arg::Dec(r.what_if.rate_factor()))),
            ("months", r.horizon().to_string()),
        ],
    );
    let style = if r.is_what_if() {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default().add_modifier(Modifier::DIM)
    };
    out.push(Line::from(Span::styled(cut(&what_if, width), style)));
    out.push(Line::from(""));
    // The document's rows, short: the months are on the what-if line above, so the
    // headings leave them out.
    let rows: Vec<[String; 4]> = std::iter::once([
        w.text("tcol-option", &[]),
        w.text("tcol-monthly", &[]),
        w.text("tcol-expected-short", &[]),
        w.text("tcol-bad-case-short", &[]),
    ])
    .chain(
        r.document(w, t)
            .rows
            .iter()
            // Open options; of the cover bought apart, only those the headline names.
            .filter(|o| o.eligible)
            .filter(|o| {
                let apart = r.advice.option(&o.id).is_some_and(|x| x.apart);
                !apart || r.advice.recommendation.names(&o.id)
            })
            .map(|o| {
                [
                    o.short.clone(),
                    o.monthly().to_string(),
                    o.expected().to_string(),
                    o.bad_case().to_string(),
                ]
            }),
    )
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
        out.push(Line::from(cut(&cells.join(" "), width)));
    }
    out.push(Line::from(""));
    // The code below the table where it fits; else a notice of where it is, which the table
    // never pushes off the screen.
    let room = area.height.saturating_sub(out.len() as u16);
    let fits = c.qr.as_ref().is_some_and(|q| {
        !c.session.ascii && room > q.rows.len() as u16 && area.width >= q.width as u16
    });
    let notice = if fits {
        Vec::new()
    } else {
        lines(&qr_elsewhere(c, room, area.width, w), area.width)
    };
    let table_rows = area.height.saturating_sub(notice.len() as u16);
    out.truncate(usize::from(table_rows));
    let used = out.len() as u16;
    f.render_widget(Paragraph::new(out), area);
    let rest = Rect {
        y: area.y + used,
        height: area.height - used,
        ..area
    };
    if fits {
        qr(f, rest, c, w);
    } else {
        f.render_widget(Paragraph::new(notice), rest);
    }
}

/// Where the QR code is when it does not fit beside the form (`room` rows of `cols` left): on
/// a page of its own (`c`, or Enter in a narrow window), and how much taller the window must
/// be where only its height is short.
fn qr_elsewhere(c: &Counter, room: u16, cols: u16, w: &Words) -> String {
    match &c.qr {
        Some(_) if c.session.ascii => w.text("qr-page-ascii", &[]),
        Some(q) if c.wide && cols >= q.width as u16 => {
            let more = (q.rows.len() as u16 + 1).saturating_sub(room);
            w.text("qr-taller", &[("rows", more.to_string())])
        }
        Some(_) if c.wide => w.text("qr-page", &[]),
        Some(_) => w.text("qr-next-page", &[]),
        None => w.text("qr-no-room", &[]),
    }
}

/// The QR code the counter made on a page of its own, or its text when it cannot be drawn.
fn qr(f: &mut Frame, area: Rect, c: &Counter, w: &Words) {
    crate::tui::results::view::take_away(f, area, c.qr.as_ref(), w, &c.session);
}
