//! Draws the results: the verdict, the assumptions being tried, and either the options table
//! with the cumulative-cost chart or the scrolling details (reasons, conditions, next steps,
//! warnings, sources). Reads the advice; computes nothing the engine does not already hold.

use super::results::{Results, Tab};
use super::wrap::wrap;
use crate::engine::{Action, Advice, Arg, OptionResult};
use crate::i18n::Words;
use crate::report;
use crate::tables::Tables;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Borders, Cell, Chart, Dataset, GraphType, Paragraph, Row, Table,
};
use unicode_width::UnicodeWidthStr;

/// One colour per option, in the advice's order; the table's names double as the legend.
const PALETTE: [Color; 7] = [
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Green,
    Color::LightBlue,
    Color::LightRed,
    Color::White,
];

/// Draws the results in `area`; returns how far the details could scroll, when shown.
pub fn draw(
    f: &mut Frame,
    area: Rect,
    r: &Results,
    t: &Tables,
    w: &Words,
    color: bool,
) -> Option<u16> {
    let a = &r.advice;
    let verdict = wrap(&report::headline(a, w), usize::from(area.width));
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
            Action::Join => Color::Green,
            Action::Skip | Action::BuySpare => Color::Yellow,
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
            overview(f, body, a, w, color);
            None
        }
        Tab::Details => Some(details(f, body, r.scroll, a, t, w)),
    }
}

/// The assumptions the figures are for.
fn what_if_line(r: &Results, w: &Words) -> String {
    let a = &r.advice;
    let text = w.text(
        "whatif-line",
        &[
            ("factor", w.arg(&Arg::Dec(r.rate_factor()))),
            ("damage", w.arg(&Arg::Dec(a.damage_per_year))),
            ("water", w.arg(&Arg::Dec(a.water_per_year))),
            ("months", r.horizon.to_string()),
        ],
    );
    if r.is_what_if() {
        w.text("whatif-on", &[("line", text)])
    } else {
        text
    }
}

/// Text cut to `width` columns on a character boundary.
fn short(text: &str, width: u16) -> String {
    wrap(text, usize::from(width))
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The options table above the chart.
fn overview(f: &mut Frame, area: Rect, a: &Advice, w: &Words, color: bool) {
    let table_height = a.options.len() as u16 + 1;
    // The note on the columns gives way to the chart in a short window.
    let note_height = u16::from(area.height >= table_height + 10);
    let [table, note, chart] = Layout::vertical([
        Constraint::Length(table_height),
        Constraint::Length(note_height),
        Constraint::Min(3),
    ])
    .areas(area);
    options_table(f, table, a, w, color);
    f.render_widget(
        Paragraph::new(short(&w.text("table-note", &[]), note.width))
            .style(Style::default().add_modifier(Modifier::DIM)),
        note,
    );
    cost_chart(f, chart, a, w, color);
}

/// Whether an option's line is drawn: every option open to the user, and always the
/// recommendation and what it was weighed against.
fn charted(a: &Advice, o: &OptionResult, color: bool) -> bool {
    let rec = &a.recommendation;
    let key = rec.plan.as_deref() == Some(o.id.as_str())
        || rec.versus.as_deref() == Some(o.id.as_str())
        || (rec.action != Action::Join && o.id == rec.action.id());
    // Without colour, lines can only be told apart by their marks: two at most.
    key || (color && o.eligible)
}

/// The id of the recommended option.
fn recommended(a: &Advice) -> &str {
    let rec = &a.recommendation;
    match rec.action {
        Action::Join => rec.plan.as_deref().unwrap_or(""),
        _ => rec.action.id(),
    }
}

fn options_table(f: &mut Frame, area: Rect, a: &Advice, w: &Words, color: bool) {
    let yen = |y: i64| crate::yen::format(y, w.lang);
    let none = || w.text("value-none", &[]);
    let rec = recommended(a);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut styles = Vec::new();
    for (i, o) in a.options.iter().enumerate() {
        let mark = if o.id == rec { "> " } else { "  " };
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
        if color && charted(a, o, color) {
            style = style.fg(PALETTE[i % PALETTE.len()]);
        }
        if o.id == rec {
            style = style.add_modifier(Modifier::BOLD);
        } else if !o.eligible {
            style = style.add_modifier(Modifier::DIM);
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

/// Cumulative cost month by month, one line per option.
fn cost_chart(f: &mut Frame, area: Rect, a: &Advice, w: &Words, color: bool) {
    let series: Vec<(usize, Vec<(f64, f64)>)> = a
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| charted(a, o, color))
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
    let months = f64::from(a.horizon_months);
    let rec = recommended(a);
    let datasets: Vec<Dataset> = series
        .iter()
        .map(|(i, points)| {
            let o = &a.options[*i];
            let mut style = Style::default();
            let mut marker = Marker::Braille;
            if color {
                style = style.fg(PALETTE[i % PALETTE.len()]);
            } else if o.id != rec {
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
    let title = if color {
        w.text("chart-title", &[])
    } else {
        // Without colour the title is the legend: the solid line is the recommendation.
        let names: Vec<String> = series
            .iter()
            .map(|(i, _)| {
                let o = &a.options[*i];
                let mark = if o.id == rec { "⣿" } else { "•" };
                format!("{mark} {}", w.text(&format!("short-{}", o.id), &[]))
            })
            .collect();
        format!("{}: {}", w.text("chart-title", &[]), names.join("  "))
    };
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

/// Everything behind the verdict, scrolled to `scroll`; returns how far it can scroll.
fn details(f: &mut Frame, area: Rect, scroll: u16, a: &Advice, t: &Tables, w: &Words) -> u16 {
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
    let cited = |text: String, s: &str| {
        let source = w.text("source-label", &[("source", s.to_string())]);
        w.text("cited", &[("text", text), ("source", source)])
    };
    head(&mut out, "report-reasons");
    for r in &a.reasons {
        let msg = w.msg(&format!("reason-{}", r.rule), &r.args);
        bullet(&mut out, &cited(msg, &r.sources.join(", ")));
    }
    bullet(&mut out, &report::rates_line(a, w));
    let gates = report::gate_lines(a, w);
    if !gates.is_empty() {
        head(&mut out, "report-gates");
        for g in gates {
            let text = format!("{} [{}]: {}", g.option, g.level, g.message);
            bullet(
                &mut out,
                &w.text("cited", &[("text", text), ("source", g.source)]),
            );
        }
    }
    head(&mut out, "report-steps");
    for (due, msg) in report::step_lines(a, w) {
        match due {
            Some(due) => bullet(&mut out, &format!("[{due}] {msg}")),
            None => bullet(&mut out, &msg),
        }
    }
    let warnings = report::warning_lines(a, w);
    if !warnings.is_empty() {
        head(&mut out, "report-warnings");
        for text in warnings {
            bullet(&mut out, &text);
        }
    }
    head(&mut out, "report-sources");
    for id in report::cited_sources(a) {
        let title = t.source(&id).map_or(String::new(), |s| s.title.clone());
        bullet(&mut out, &format!("{id}: {title}"));
    }
    let room = (out.len() as u16).saturating_sub(area.height);
    let scroll = scroll.min(room);
    f.render_widget(Paragraph::new(out).scroll((scroll, 0)), area);
    room
}
