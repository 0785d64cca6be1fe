//! Draws the results: the verdict, the assumptions being tried, and the options table with
//! either the cumulative-cost chart or the selected option's breakdown; or the scrolling
//! details (reasons, conditions, next steps, warnings, sources); or the take-away QR code.
//! Reads the results; computes nothing the engine does not already hold.

use super::{Results, Tab};
use crate::engine::breakdown::Breakdown;
use crate::engine::{OptionResult, Verdict};
use crate::i18n::Words;
use crate::message::Arg;
use crate::report;
use crate::report::document::Document;
use crate::tables::Level;
use crate::tables::Tables;
use crate::tui::app::Session;
use crate::tui::takeaway::Qr;
use crate::tui::wrap::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Borders, Cell, Chart, Dataset, GraphType, Paragraph, Row, Table,
};
use unicode_width::UnicodeWidthStr;

/// One colour per plan, in the order of the tables' plans, so that an option keeps its
/// colour whatever else is offered; the table's names double as the legend. Skip and the
/// spare have their own.
const PALETTE: [Color; 14] = [
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Green,
    Color::LightBlue,
    Color::LightGreen,
    Color::LightMagenta,
    Color::LightCyan,
    Color::LightYellow,
    Color::Blue,
    Color::Indexed(208),
    Color::Indexed(141),
    Color::Indexed(179),
    Color::Indexed(37),
];

/// An option's colour, the same on every screen and for every carrier.
fn colour(id: &str, t: &Tables) -> Color {
    match id {
        "skip" => return Color::LightRed,
        "buy_spare" => return Color::White,
        _ => {}
    }
    let at = t.plans().iter().position(|p| p.id == id).unwrap_or(0);
    PALETTE[at % PALETTE.len()]
}

/// Draws the results in `area`; returns how far the details could scroll, when shown.
pub fn draw(
    f: &mut Frame,
    area: Rect,
    r: &Results,
    qr: Option<&Qr>,
    t: &Tables,
    w: &Words,
    s: &Session,
) -> Option<u16> {
    let color = s.color;
    if r.tab == Tab::TakeAway {
        // The code needs every row a small window has.
        take_away(f, area, qr, w, s);
        return None;
    }
    let a = &r.advice;
    let verdict = wrap(&r.document(w, t).headline, usize::from(area.width));
    let what_if = wrap(&what_if_line(r, w), usize::from(area.width));
    let [top, assumed, body] = Layout::vertical([
        Constraint::Length(verdict.len() as u16),
        Constraint::Length(what_if.len() as u16),
        Constraint::Min(1),
    ])
    .areas(area);
    let strong = Style::default().add_modifier(Modifier::BOLD);
    let verdict_style = if color {
        strong.fg(match a.recommendation.action {
            Verdict::Join | Verdict::BuyApart => Color::Green,
            Verdict::Skip | Verdict::BuySpare => Color::Yellow,
        })
    } else {
        strong
    };
    f.render_widget(
        Paragraph::new(verdict.into_iter().map(Line::from).collect::<Vec<_>>())
            .style(verdict_style),
        top,
    );
    let assumed_style = if r.is_what_if() {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default().add_modifier(Modifier::DIM)
    };
    f.render_widget(
        Paragraph::new(what_if.into_iter().map(Line::from).collect::<Vec<_>>())
            .style(assumed_style),
        assumed,
    );
    match r.tab {
        Tab::Overview => {
            overview(f, body, r, t, w, s);
            None
        }
        Tab::Details | Tab::TakeAway => Some(details(f, body, r.scroll, r.document(w, t), w)),
    }
}

/// The QR code of the summary, with its caption. Where it cannot be drawn (the window is too
/// small, or the terminal draws ASCII only), the summary itself in words, to read or photograph,
/// with why there is no code.
pub fn take_away(f: &mut Frame, area: Rect, qr: Option<&Qr>, w: &Words, s: &Session) {
    let caption = w.text("qr-caption", &[]);
    if !s.ascii && qr.is_some_and(|q| draw_qr(f, area, q, &caption, s.color)) {
        return;
    }
    let why = w.text(if s.ascii { "qr-ascii" } else { "qr-no-room" }, &[]);
    let mut out = short_lines(&why, area.width);
    if let Some(q) = qr {
        out.push(Line::from(""));
        out.extend(
            short_lines(&q.text, area.width)
                .into_iter()
                .map(|l| l.style(Style::default().add_modifier(Modifier::BOLD))),
        );
    }
    f.render_widget(Paragraph::new(out), area);
}

/// A QR code, dark on light, with its caption below it, or beside it when the rows run
/// out; left out (false) when the space is too small to scan it.
pub fn draw_qr(f: &mut Frame, area: Rect, qr: &Qr, caption: &str, color: bool) -> bool {
    let rows = qr.rows.len() as u16;
    let width = qr.width as u16;
    if area.height < rows || area.width < width {
        return false;
    }
    let style = if color {
        Style::default().fg(Color::Black).bg(Color::White)
    } else {
        Style::default()
    };
    // Straight into the cells: the rows are plain one-column characters.
    let buf = f.buffer_mut();
    for (i, row) in qr.rows.iter().enumerate() {
        for (j, c) in row.chars().enumerate() {
            buf[(area.x + j as u16, area.y + i as u16)]
                .set_char(c)
                .set_style(style);
        }
    }
    let below = area.height > rows;
    if below {
        let at = Rect {
            y: area.y + rows,
            height: 1,
            ..area
        };
        f.render_widget(Paragraph::new(short(caption, at.width)), at);
    }
    if !below && area.width > width + 2 {
        let beside = Rect {
            x: area.x + width + 2,
            y: area.y + rows / 2,
            width: area.width - width - 2,
            height: rows - rows / 2,
        };
        f.render_widget(Paragraph::new(short_lines(caption, beside.width)), beside);
    }
    true
}

/// Text wrapped to `width` columns as lines.
fn short_lines(text: &str, width: u16) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(Line::from)
        .collect()
}

/// The assumptions the figures are for.
fn what_if_line(r: &Results, w: &Words) -> String {
    let a = &r.advice;
    let text = w.text(
        "whatif-line",
        &[
            ("factor", w.arg(&Arg::Dec(r.what_if.rate_factor()))),
            ("damage", w.arg(&Arg::Dec(a.damage_per_year))),
            ("water", w.arg(&Arg::Dec(a.water_per_year))),
            ("gone", w.arg(&Arg::Dec(a.gone_per_year))),
            ("months", r.horizon().to_string()),
        ],
    );
    if r.is_what_if() {
        w.text("whatif-on", &[("line", text)])
    } else {
        text
    }
}

/// Text cut to `width` columns.
fn short(text: &str, width: u16) -> String {
    crate::tui::widgets::cut(text, usize::from(width))
}

/// The options table above the chart, or above the selected option's breakdown.
fn overview(f: &mut Frame, area: Rect, r: &Results, t: &Tables, w: &Words, s: &Session) {
    let color = s.color;
    let a = &r.advice;
    let table_height = a.options.len() as u16 + 1;
    if let (Some(b), true) = (&r.breakdown, r.open)
        && area.height < table_height + BREAKDOWN_ROOM
    {
        // A short window gives the whole room to the breakdown; the table is one key away.
        return breakdown(f, area, r, b, w);
    }
    // The note on the columns gives way to the chart in a short window.
    let note_height = u16::from(area.height >= table_height + 10);
    let [table, note, chart] = Layout::vertical([
        Constraint::Length(table_height),
        Constraint::Length(note_height),
        Constraint::Min(3),
    ])
    .areas(area);
    options_table(f, table, r, t, w, color);
    f.render_widget(
        Paragraph::new(short(&w.text("table-note", &[]), note.width))
            .style(Style::default().add_modifier(Modifier::DIM)),
        note,
    );
    match (&r.breakdown, r.open) {
        (Some(b), true) => breakdown(f, chart, r, b, w),
        _ => cost_chart(f, chart, r, t, w, s),
    }
}

/// The rows a breakdown needs below the table before the table gives way to it.
const BREAKDOWN_ROOM: u16 = 16;

/// The selected option taken apart: why it is closed, its fees, each kind of incident.
fn breakdown(f: &mut Frame, area: Rect, r: &Results, b: &Breakdown, w: &Words) {
    let Some(o) = r.selected_option() else {
        return;
    };
    let width = usize::from(area.width);
    let yen = |y: i64| crate::yen::format(y, w.lang);
    let months = b.months.to_string();
    let mut out: Vec<Line> = vec![Line::from(Span::styled(
        w.text("bd-title", &[("option", w.option(&o.id))]),
        Style::default().add_modifier(Modifier::BOLD),
    ))];
    let mut push = |text: String| {
        for (i, l) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
            out.push(Line::from(format!(
                "{}{l}",
                if i == 0 { "- " } else { "  " }
            )));
        }
    };
    for g in &o.gates {
        let id = match g.level {
            Level::Hard => "bd-closed",
            Level::Soft => "bd-check",
        };
        let why = w.msg(&format!("gate-{}", g.rule), &g.args);
        push(w.text(id, &[("why", why)]));
    }
    push(match (b.monthly_fee, b.paid_at_once) {
        (Some(fee), Some(lump)) => w.text(
            "bd-fees-at-once",
            &[
                ("lump", yen(i64::from(lump))),
                ("fee", yen(i64::from(fee))),
                ("months", months.clone()),
                ("total", yen(b.fees_yen)),
            ],
        ),
        (Some(fee), None) => w.text(
            "bd-fees",
            &[
                ("fee", yen(i64::from(fee))),
                ("months", months.clone()),
                ("total", yen(b.fees_yen)),
            ],
        ),
        (None, _) if b.fees_yen > 0 => w.text("bd-spare", &[("total", yen(b.fees_yen))]),
        (None, _) => w.text("bd-no-fees", &[]),
    });
    if let (Some(n), Some(ends)) = (b.covered_months, o.cover_ends) {
        push(w.text(
            "bd-cover-ends",
            &[("until", w.month(ends)), ("kept", n.to_string())],
        ));
    }
    if let Some(s) = b.spare {
        push(w.text(
            "bd-spare-rule",
            &[
                ("over", yen(i64::from(s.give_up))),
                ("price", yen(i64::from(s.price))),
                ("cheap", yen(i64::from(s.cheap))),
            ],
        ));
    }
    for k in &b.kinds {
        let args = [
            ("kind", crate::report::figures::kind_name(w, k.kind)),
            ("expected", crate::i18n::decimal(k.expected)),
            ("covered", crate::i18n::decimal(k.covered)),
            ("months", months.clone()),
        ];
        let kind_id = if b.spare.is_some() {
            "bd-kind-spare"
        } else {
            "bd-kind"
        };
        let mut parts = vec![w.text(kind_id, &args)];
        match k.copay {
            Some((first, later)) if b.spare.is_some() => {
                let copay = [
                    ("first", yen(i64::from(first))),
                    ("later", yen(i64::from(later))),
                    ("free", if later == 0 { "yes" } else { "no" }.into()),
                ];
                parts.push(w.text("bd-spare-copay", &copay));
            }
            Some((first, later)) if first == later => {
                parts.push(w.text("bd-copay-same", &[("copay", yen(i64::from(first)))]));
            }
            Some((first, later)) => {
                let copay = [
                    ("first", yen(i64::from(first))),
                    ("later", yen(i64::from(later))),
                ];
                parts.push(w.text("bd-copay", &copay));
            }
            None => {}
        }
        // Why only part is covered: the months before the cover starts, and after it ends.
        if k.before_cover >= 0.005 && b.spare.is_none() {
            parts.push(w.text(
                "bd-before-cover",
                &[
                    ("count", crate::i18n::decimal(k.before_cover)),
                    ("months", k.months_before.to_string()),
                ],
            ));
        }
        if k.after_cover >= 0.005 && b.spare.is_none() {
            parts.push(w.text(
                "bd-after-cover",
                &[("count", crate::i18n::decimal(k.after_cover))],
            ));
        }
        // And the covered ones past the limit on uses.
        if k.over_limit >= 0.005 && b.spare.is_none() {
            let id = if b.yearly {
                "bd-over-limit-year"
            } else {
                "bd-over-limit"
            };
            parts.push(w.text(id, &[("count", crate::i18n::decimal(k.over_limit))]));
        }
        if let Some(pay) = k.pay.filter(|_| k.covered < k.expected) {
            let id = if b.spare.is_some() {
                "bd-pay-spare"
            } else {
                "bd-pay"
            };
            parts.push(w.text(id, &[("pay", yen(i64::from(pay)))]));
        }
        push(parts.join(&w.text("sentence-gap", &[])));
    }
    if b.limit > 0 {
        let id = if b.yearly {
            "bd-limit-year"
        } else {
            "bd-limit"
        };
        push(w.text(id, &[("count", b.limit.to_string())]));
    }
    if let Some(cap) = b.cap_yen {
        push(w.text("bd-cap", &[("cap", yen(i64::from(cap)))]));
    }
    push(w.text(
        "bd-totals",
        &[
            ("months", months),
            ("expected", yen(o.expected_total_yen)),
            ("bad", yen(o.bad_case_total_yen)),
        ],
    ));
    // Then the plan's terms and what hosho assumes of them (devices covered, a theft paid).
    for note in &b.notes {
        push(w.arg(note));
    }
    f.render_widget(
        Paragraph::new(out).block(Block::default().borders(Borders::TOP)),
        area,
    );
}

/// Whether an option's line is drawn: every option open to the user, and always the
/// selected one, the recommendation and what it was weighed against.
fn charted(r: &Results, o: &OptionResult, color: bool) -> bool {
    let rec = &r.advice.recommendation;
    let selected = r.selected_option().is_some_and(|s| s.id == o.id);
    let key = selected || rec.chosen == o.id || rec.versus.as_deref() == Some(o.id.as_str());
    // Without colour, lines can only be told apart by their marks: two at most.
    key || (color && o.eligible)
}

/// The options table: open options first, the recommended one starred, the selected one
/// highlighted; options closed to the user dimmed below.
fn options_table(f: &mut Frame, area: Rect, r: &Results, t: &Tables, w: &Words, color: bool) {
    let a = &r.advice;
    let yen = |y: i64| crate::yen::format(y, w.lang);
    let none = || w.text("value-none", &[]);
    let rec = a.recommendation.chosen.as_str();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut styles = Vec::new();
    for (row, &i) in r.order.iter().enumerate() {
        let o = &a.options[i];
        let selected = row == r.selected;
        let mark = match (selected, o.id == rec) {
            (true, true) => ">*",
            (true, false) => "> ",
            (false, true) => " *",
            (false, false) => "  ",
        };
        rows.push(vec![
            format!("{mark}{}", w.text(&format!("short-{}", o.id), &[])),
            o.monthly_fee_yen.map_or_else(none, |v| yen(i64::from(v))),
            yen(o.fees_yen),
            yen(o.expected_total_yen),
            yen(o.bad_case_total_yen),
            o.break_even_incidents.map_or_else(none, |b| {
                w.text("tcell-break-even", &[("count", crate::i18n::decimal(b))])
            }),
            report::open_to_you(o, w),
        ]);
        let mut style = Style::default();
        if color && charted(r, o, color) {
            style = style.fg(colour(&o.id, t));
        }
        if o.id == rec {
            style = style.add_modifier(Modifier::BOLD);
        } else if !o.eligible {
            style = style.add_modifier(Modifier::DIM);
        }
        if selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        styles.push(style);
    }
    let headers: Vec<String> = [
        "tcol-option",
        "tcol-monthly",
        "tcol-fees",
        "tcol-expected",
        "tcol-bad-case",
        "tcol-break-even",
        "tcol-eligible",
    ]
    .iter()
    .map(|id| w.text(id, &[("months", a.horizon_months.to_string())]))
    .collect();
    let mut widths: Vec<u16> = (0..headers.len())
        .map(|c| {
            std::iter::once(&headers[c])
                .chain(rows.iter().map(|r| &r[c]))
                .map(|s| s.width() as u16)
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Drop the fees column, then the break-even column, when the window is too narrow.
    let mut shown: Vec<usize> = (0..headers.len()).collect();
    for drop in [2, 5] {
        let total: u16 = shown.iter().map(|c| widths[*c] + 1).sum();
        if total > area.width {
            shown.retain(|c| *c != drop);
        }
    }
    let name_room = area
        .width
        .saturating_sub(shown.iter().skip(1).map(|c| widths[*c] + 1).sum::<u16>());
    widths[0] = widths[0].min(name_room);
    let cell = |text: &str, c: usize| -> Cell<'static> {
        let text = if c == 0 {
            short(text, widths[0])
        } else {
            report::pad(text, usize::from(widths[c]), c < headers.len() - 1)
        };
        Cell::from(text)
    };
    let header = Row::new(shown.iter().map(|c| cell(&headers[*c], *c)))
        .style(Style::default().add_modifier(Modifier::UNDERLINED));
    let body = rows
        .iter()
        .zip(styles)
        .map(|(row, style)| Row::new(shown.iter().map(|c| cell(&row[*c], *c))).style(style));
    let constraints: Vec<Constraint> = shown
        .iter()
        .map(|c| Constraint::Length(widths[*c]))
        .collect();
    f.render_widget(
        Table::new(body, constraints)
            .header(header)
            .column_spacing(1),
        area,
    );
}

/// Cumulative cost month by month, one line per option; the selected one drawn bold.
fn cost_chart(f: &mut Frame, area: Rect, r: &Results, t: &Tables, w: &Words, s: &Session) {
    let color = s.color;
    let a = &r.advice;
    let series: Vec<(usize, Vec<(f64, f64)>)> = a
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| charted(r, o, color))
        .map(|(i, o)| {
            let points = std::iter::once((0.0, 0.0))
                .chain(
                    o.monthly_cumulative_yen
                        .iter()
                        .enumerate()
                        .map(|(m, y)| ((m + 1) as f64, *y as f64)),
                )
                .collect();
            (i, points)
        })
        .collect();
    let top = series
        .iter()
        .flat_map(|(_, p)| p.iter().map(|(_, y)| *y))
        .fold(1.0_f64, f64::max);
    // The axis ends on a round amount, so that its three labels are round too.
    let top = round_up(top);
    let months = f64::from(a.horizon_months);
    let rec = r.selected_option().map_or("", |o| o.id.as_str());
    let datasets: Vec<Dataset> = series
        .iter()
        .map(|(i, points)| {
            let o = &a.options[*i];
            let mut style = Style::default();
            let mut marker = Marker::Braille;
            if s.ascii {
                // Drawn as `#` for the selected option and `*` for the others.
                marker = if o.id == rec {
                    Marker::Block
                } else {
                    Marker::Dot
                };
            }
            if color {
                style = style.fg(colour(&o.id, t));
            } else if o.id != rec && !s.ascii {
                marker = Marker::Dot;
            }
            if o.id == rec {
                style = style.add_modifier(Modifier::BOLD);
            }
            Dataset::default()
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(style)
                .data(points)
        })
        .collect();
    // The title is the legend: each option's name in its line's colour, or, without colour,
    // marked as its line is (the solid line is the selected option).
    let head = w.text("chart-legend", &[("title", w.text("chart-title", &[]))]);
    let mut title = vec![Span::raw(head)];
    for (n, (i, _)) in series.iter().enumerate() {
        let o = &a.options[*i];
        let name = w.text(&format!("short-{}", o.id), &[]);
        let gap = if n == 0 { "" } else { "  " };
        if color {
            let mut style = Style::default().fg(colour(&o.id, t));
            if o.id == rec {
                style = style.add_modifier(Modifier::BOLD);
            }
            title.push(Span::raw(gap));
            title.push(Span::styled(format!("━ {name}"), style));
        } else {
            // As the lines are drawn: braille, or in ASCII a block (`#`); the others dotted.
            let mark = match (o.id == rec, s.ascii) {
                (true, false) => "⣿",
                (true, true) => "█",
                (false, _) => "•",
            };
            title.push(Span::raw(format!("{gap}{mark} {name}")));
        }
    }
    // A narrow chart keeps the names and drops the heading.
    let wide: usize = title.iter().map(|s| s.content.width()).sum();
    if wide > usize::from(area.width) {
        title.remove(0);
    }
    let title = Line::from(title);
    let yen = |y: f64| crate::yen::format(y.round() as i64, w.lang);
    let chart = Chart::new(datasets)
        .block(Block::default().borders(Borders::TOP).title(title))
        .legend_position(None)
        .x_axis(
            Axis::default()
                .bounds([0.0, months])
                .title(w.text("chart-months", &[]))
                .labels(vec![
                    Line::from("0"),
                    Line::from(format!("{}", a.horizon_months / 2)),
                    Line::from(format!("{}", a.horizon_months)),
                ]),
        )
        .y_axis(Axis::default().bounds([0.0, top]).labels(vec![
            Line::from(yen(0.0)),
            Line::from(yen(top / 2.0)),
            Line::from(yen(top)),
        ]));
    f.render_widget(chart, area);
}

/// The smallest round amount (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that
/// is at least `x`: halved, it is still round.
fn round_up(x: f64) -> f64 {
    let power = 10f64.powf(x.max(1.0).log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|v| *v >= x)
        .unwrap_or(10.0 * power)
}

/// Everything behind the verdict, scrolled to `scroll`; returns how far it can scroll.
fn details(f: &mut Frame, area: Rect, scroll: u16, d: &Document, w: &Words) -> u16 {
    let width = usize::from(area.width);
    let mut out: Vec<Line> = Vec::new();
    let head = |out: &mut Vec<Line>, id: &str| {
        if !out.is_empty() {
            out.push(Line::from(""));
        }
        out.push(Line::from(Span::styled(
            w.text(id, &[]),
            Style::default().add_modifier(Modifier::BOLD),
        )));
    };
    let bullet = |out: &mut Vec<Line>, text: &str| {
        for (i, l) in wrap(text, width.saturating_sub(2)).into_iter().enumerate() {
            out.push(Line::from(format!(
                "{}{l}",
                if i == 0 { "- " } else { "  " }
            )));
        }
    };
    // The basis is on the what-if line above the details.
    head(&mut out, "report-reasons");
    for r in &d.reasons {
        bullet(&mut out, &r.line);
    }
    if !d.conditions.is_empty() {
        head(&mut out, "report-gates");
        for g in &d.conditions {
            bullet(&mut out, &g.line);
        }
    }
    head(&mut out, "report-steps");
    for s in &d.steps {
        match &s.due_words {
            Some(due) => bullet(&mut out, &format!("[{due}] {}", s.text)),
            None => bullet(&mut out, &s.text),
        }
    }
    if !d.warnings.is_empty() {
        head(&mut out, "report-warnings");
        for c in &d.warnings {
            bullet(&mut out, &c.line);
        }
    }
    head(&mut out, "report-sources");
    for r in &d.references {
        bullet(&mut out, &r.line);
    }
    let room = (out.len() as u16).saturating_sub(area.height);
    let scroll = scroll.min(room);
    f.render_widget(Paragraph::new(out).scroll((scroll, 0)), area);
    room
}

#[cfg(test)]
mod tests {
    use super::{Color, Tables, colour, round_up};

    #[test]
    fn each_option_has_its_own_colour_whatever_the_carrier() {
        let t = Tables::built_in().unwrap();
        let mut ids: Vec<&str> = t.plans().iter().map(|p| p.id.as_str()).collect();
        ids.extend(["skip", "buy_spare"]);
        let colours: Vec<Color> = ids.iter().map(|id| colour(id, &t)).collect();
        for (k, c) in colours.iter().enumerate() {
            assert!(!colours[..k].contains(c), "{} shares a colour", ids[k]);
        }
        // The colour is the option's, not its place in one advice's list.
        assert_eq!(colour("linemo_mochikomi_android", &t), colours[3]);
        assert!(
            t.plans().len() <= super::PALETTE.len(),
            "a colour for every plan"
        );
    }

    #[test]
    fn the_chart_axis_ends_on_a_round_amount() {
        assert_eq!(round_up(47_762.0), 50_000.0);
        assert_eq!(round_up(116_325.0), 120_000.0);
        assert_eq!(round_up(30_001.0), 40_000.0);
        assert_eq!(round_up(13_505.0), 15_000.0);
        assert_eq!(round_up(20_000.0), 20_000.0);
        assert_eq!(round_up(0.0), 1.0);
    }
}
