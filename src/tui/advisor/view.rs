//! Draws the advisor: no side effects, nothing computed that the model or the engine does not
//! already hold. Every sentence comes from `locales/*/tui.ftl`.

use super::{Advisor, REVIEW_GO, Screen, Status};
use crate::form::control::Blank;
use crate::form::{Control, Question, words};
use crate::i18n::Words;
use crate::tables::Tables;
use crate::tui::widgets::{self, cut, item, lines, strong};
use crate::yen;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Draws the whole screen. Returns how far the results' details could scroll, when they
/// were drawn, so the runner can tell the model ([`crate::tui::app::Msg::ScrollRoom`]).
pub fn view(f: &mut Frame, a: &Advisor, t: &Tables, w: &Words) -> Option<u16> {
    let area = f.area();
    if widgets::too_small(f, area, w) {
        return None;
    }
    let key_lines = widgets::key_line(a.mode(), a.place, area.width, w);
    // The notice under the screen: an entry's error, a problem, or where a save went (two
    // lines at most, so the command that opens the answers again is not cut away).
    let notice_text = notice(a, w);
    let mut notice_lines = notice_text.map_or_else(Vec::new, |text| lines(&text, area.width));
    notice_lines.truncate(2);
    let [top, body, notice, keys] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(notice_lines.len().max(1) as u16),
        Constraint::Length(key_lines.len() as u16),
    ])
    .areas(area);
    let title = match a.screen {
        Screen::Ask(_) => {
            let (at, of) = a.progress();
            let progress = [("at", at.to_string()), ("of", of.to_string())];
            format!(
                "{}  ·  {}",
                w.text("tui-title", &[]),
                w.text("progress", &progress)
            )
        }
        _ => w.text("tui-title", &[]),
    };
    f.render_widget(
        Paragraph::new(title).block(Block::default().borders(Borders::BOTTOM)),
        top,
    );
    let inner = body.inner(Margin::new(1, 0));
    let mut scroll_room = None;
    match a.screen {
        Screen::Start => start(f, inner, w),
        Screen::Ask(q) => ask(f, inner, a, q, t, w),
        Screen::Review => review(f, inner, a, t, w),
        Screen::Results => {
            if let Some(r) = &a.results {
                let qr = a.qr.as_ref();
                scroll_room = crate::tui::results::view::draw(f, inner, r, qr, t, w, &a.session);
            }
        }
    }
    f.render_widget(Paragraph::new(notice_lines).style(strong()), notice);
    f.render_widget(Paragraph::new(key_lines), keys);
    widgets::session_overlay(f, area, &a.session, (a.mode(), a.place), &[], w);
    scroll_room
}

/// The notice under the screen, if any: an entry's error, a problem with the answers, or
/// where the report and the answers were saved.
fn notice(a: &Advisor, w: &Words) -> Option<String> {
    match (&a.status, a.error, &a.problem) {
        (_, Some(e), _) => Some(words::entry_error(e, w)),
        (_, None, Some(p)) => Some(words::problem(p, w)),
        (Some(Status::Saved(s)), ..) => Some(w.text(
            "saved",
            &[("path", s.report.clone()), ("answers", s.answers.clone())],
        )),
        (Some(Status::SaveFailed(e)), ..) => Some(w.text(
            "save-failed",
            &[("path", e.path.clone()), ("why", e.why.to_string())],
        )),
        _ => None,
    }
}

fn start(f: &mut Frame, area: Rect, w: &Words) {
    let mut out = lines(&w.text("start-lead", &[]), area.width);
    out.push(Line::from(""));
    out.push(Line::from(w.text("start-language", &[])));
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(w.text("start-go", &[]), strong())));
    f.render_widget(Paragraph::new(out), area);
}

fn ask(f: &mut Frame, area: Rect, a: &Advisor, q: Question, t: &Tables, w: &Words) {
    let mut out: Vec<Line> = lines(&w.text(&format!("q-{}", q.id()), &[]), area.width)
        .into_iter()
        .map(|l| l.style(strong()))
        .collect();
    out.extend(lines(&w.text(&format!("why-{}", q.id()), &[]), area.width));
    out.push(Line::from(""));
    // Where typing goes: the row, and the text before the cursor.
    let mut cursor_at: Option<(usize, String)> = None;
    let d = &a.session.draft;
    let e = q.control();
    match e {
        Control::Choice(_) => {
            for (i, c) in e.items(d, t).iter().enumerate() {
                let label = format!("{}. {}", i + 1, crate::form::words::item(c, w));
                out.push(item(label, i == a.cursor));
            }
        }
        Control::Switches(_) => {
            for (i, s) in e.items(d, t).iter().enumerate() {
                let mark = if s.on { "[x]" } else { "[ ]" };
                let label = format!("{mark} {}", crate::form::words::item(s, w));
                out.push(item(label, i == a.cursor));
            }
        }
        Control::Model => {
            let prompt = w.text("model-filter", &[("typed", a.typed.text.clone())]);
            out.push(Line::from(prompt.clone()));
            cursor_at = Some((out.len() - 1, prompt));
            let room = usize::from(area.height)
                .saturating_sub(out.len() + 1)
                .max(1);
            // Keep the highlighted line in view; only the lines shown are named.
            let rows = a.matches.len() + 1;
            let first = a.cursor.saturating_sub(room.saturating_sub(1));
            for i in (first..rows).take(room) {
                let name = match a.matches.get(i) {
                    Some(d) => t.devices()[*d].name.clone(),
                    None => w.text("model-not-listed", &[]),
                };
                out.push(item(name, i == a.cursor));
            }
        }
        e @ (Control::Number(_) | Control::Month(_)) => {
            // Yen are grouped as they are typed: 45800 shows as ¥45,800 or 45,800円, with
            // the cursor right after the last digit.
            let yen_entry = matches!(e, Control::Number(n) if n.yen);
            let (shown, before_cursor) = match a.typed.text.parse::<i64>() {
                Ok(v) if yen_entry => {
                    let text = yen::format(v, w.lang);
                    let digits = text.trim_end_matches('円').to_string();
                    (text, digits)
                }
                _ => (a.typed.text.clone(), a.typed.text.clone()),
            };
            let on_entry = a.cursor == 0;
            let mark = if on_entry { "> " } else { "  " };
            cursor_at = on_entry.then(|| (out.len(), format!("{mark}{before_cursor}")));
            out.push(Line::from(format!("{mark}{shown}")));
            if q.may_be_blank() {
                let blank = match e {
                    Control::Month(m) if m.blank == Blank::Nothing => {
                        w.text("entry-none-choice", &[])
                    }
                    _ => words::unknown(q, d, w, t),
                };
                out.push(item(blank, !on_entry));
            }
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

/// The way on to the results, then every answer that applies, one line each.
fn review(f: &mut Frame, area: Rect, a: &Advisor, t: &Tables, w: &Words) {
    let mut out = vec![
        Line::from(Span::styled(w.text("review-title", &[]), strong())),
        Line::from(w.text("review-hint", &[])),
        Line::from(""),
    ];
    let go = Span::styled(
        w.text("review-go", &[]),
        Style::default().add_modifier(Modifier::BOLD),
    );
    out.push(if a.cursor == REVIEW_GO {
        item(go.content.to_string(), true)
    } else {
        Line::from(vec![Span::raw("  "), go])
    });
    out.push(Line::from(""));
    let width = usize::from(area.width).saturating_sub(2);
    for (i, q) in a.asked.iter().enumerate() {
        let args = [
            ("label", words::label(*q, w)),
            ("answer", words::brief_answer(*q, &a.session.draft, w, t)),
        ];
        let line = cut(&w.text("review-line", &args), width);
        out.push(item(line, i + 1 == a.cursor));
    }
    // Keep the highlighted answer in view in a short window.
    let height = usize::from(area.height);
    let scroll = (a.cursor + 5).saturating_sub(height) as u16;
    f.render_widget(Paragraph::new(out).scroll((scroll, 0)), area);
}
