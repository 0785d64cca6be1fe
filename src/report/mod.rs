//! The non-interactive reports of an [`Advice`]: JSON for shop systems, text and Markdown for
//! people. All three read the same advice and the same words; none recomputes anything.

pub mod json;
pub mod markdown;
pub mod tables;
pub mod text;

use crate::engine::{Action, Advice, Arg, Basis, OptionResult};
use crate::i18n::Words;
use crate::tables::{Level, Tables};
use unicode_width::UnicodeWidthStr;

/// The output formats of `hosho advise`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
    Markdown,
}

/// Renders an advice in a format.
pub fn render(advice: &Advice, words: &Words, tables: &Tables, format: Format) -> String {
    match format {
        Format::Json => json::render(advice, words),
        Format::Text => text::render(advice, words, tables),
        Format::Markdown => markdown::render(advice, words, tables),
    }
}

/// The advice in one sentence.
pub fn headline(advice: &Advice, words: &Words) -> String {
    let rec = &advice.recommendation;
    let (basis, factor) = match rec.basis {
        Basis::Expected => ("expected", 1.0),
        Basis::Pessimistic { factor } => ("pessimistic", factor),
    };
    let versus = advice.option(&rec.versus);
    let months = Arg::Int(i64::from(advice.horizon_months));
    let spare = Arg::Yen(advice.option("buy_spare").map_or(0, |o| o.fees_yen));
    let text = |id: &str, mut args: Vec<(&'static str, Arg)>| {
        let mut plain: Vec<(&str, String)> = vec![
            ("basis", basis.to_string()),
            ("factor", words.arg(&Arg::Dec(factor))),
        ];
        plain.extend(args.drain(..).map(|(k, a)| (k, words.arg(&a))));
        words.text(id, &plain)
    };
    match rec.action {
        Action::Join => {
            let plan = rec.plan.as_deref().and_then(|id| advice.option(id));
            let mut args = vec![
                ("plan", Arg::Option(rec.plan.clone().unwrap_or_default())),
                (
                    "fee",
                    Arg::Yen(plan.and_then(|p| p.monthly_fee_yen).map_or(0, i64::from)),
                ),
                ("total", Arg::Yen(rec.total_yen)),
                ("alt", Arg::Yen(rec.versus_total_yen)),
                ("months", months),
            ];
            match rec.review_after_months {
                Some(r) => {
                    args.push(("review", Arg::Int(i64::from(r))));
                    text("headline-join-review", args)
                }
                None => text("headline-join", args),
            }
        }
        Action::Skip | Action::BuySpare => {
            let stem = if rec.action == Action::Skip {
                "headline-skip"
            } else {
                "headline-buy_spare"
            };
            let args = vec![
                ("plan", Arg::Option(rec.versus.clone())),
                ("total", Arg::Yen(rec.total_yen)),
                ("alt", Arg::Yen(rec.versus_total_yen)),
                ("months", months),
                ("spare", spare),
            ];
            let is_plan = versus.is_some_and(|v| v.monthly_fee_yen.is_some() && v.eligible);
            if is_plan {
                text(stem, args)
            } else {
                text(&format!("{stem}-noplan"), args)
            }
        }
    }
}

/// Whether an option is open to the user, in words: yes, no, or check first.
pub fn open_to_you(o: &OptionResult, words: &Words) -> String {
    let id = if !o.eligible {
        "value-no"
    } else if o.gates.iter().any(|g| g.level == Level::Soft) {
        "value-soft"
    } else {
        "value-yes"
    };
    words.text(id, &[])
}

/// A table row's cells for an option.
pub fn option_cells(o: &OptionResult, words: &Words) -> Vec<String> {
    let yen = |y: i64| crate::yen::format(y, words.lang);
    let eligible = open_to_you(o, words);
    vec![
        words.option(&o.id),
        o.monthly_fee_yen
            .map_or(words.text("value-none", &[]), |f| yen(i64::from(f))),
        yen(o.fees_yen),
        yen(o.expected_total_yen),
        yen(o.bad_year_total_yen),
        o.break_even_incidents
            .map_or(words.text("value-none", &[]), |b| {
                words.text("break-even-value", &[("count", crate::i18n::decimal(b))])
            }),
        eligible,
    ]
}

/// The column titles of the options table.
pub fn option_headers(words: &Words) -> Vec<String> {
    [
        "col-option",
        "col-monthly",
        "col-fees",
        "col-expected",
        "col-bad-year",
        "col-break-even",
        "col-eligible",
    ]
    .iter()
    .map(|id| words.text(id, &[]))
    .collect()
}

/// Pads text to a display width (Japanese characters take two columns).
pub fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.width()));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// The source ids cited anywhere in an advice, each once, in order of first use.
pub fn cited_sources(advice: &Advice) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all = advice.reasons.iter().map(|r| r.source.as_str()).chain(
        advice
            .options
            .iter()
            .flat_map(|o| o.gates.iter().map(|g| g.source.as_str())),
    );
    for list in all {
        for id in list.split(", ").filter(|s| !s.is_empty()) {
            if !out.iter().any(|x| x == id) {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// The date line of a report.
pub fn date_line(advice: &Advice, words: &Words) -> String {
    words.msg(
        "report-date",
        &vec![
            ("today", Arg::Date(advice.today)),
            ("months", Arg::Int(i64::from(advice.horizon_months))),
            ("as_of", Arg::Month(advice.data_as_of)),
        ],
    )
}

/// The assumed-rates line of a report.
pub fn rates_line(advice: &Advice, words: &Words) -> String {
    words.msg(
        "report-rates",
        &vec![
            ("damage", Arg::Dec(advice.damage_per_year)),
            ("water", Arg::Dec(advice.water_per_year)),
        ],
    )
}

/// A gate as the people-facing reports show it.
pub struct GateLine {
    pub option: String,
    pub level: String,
    pub message: String,
    pub source: String,
}

/// Every gate of every option, in words.
pub fn gate_lines(advice: &Advice, words: &Words) -> Vec<GateLine> {
    advice
        .options
        .iter()
        .flat_map(|o| {
            o.gates.iter().map(move |g| GateLine {
                option: words.option(&o.id),
                level: words.text(
                    match g.level {
                        Level::Hard => "level-hard",
                        Level::Soft => "level-soft",
                    },
                    &[],
                ),
                message: words.msg(&format!("gate-{}", g.rule), &g.args),
                source: words.text("source-label", &[("source", g.source.clone())]),
            })
        })
        .collect()
}

/// Every next step in words, with its due label where it has a date.
pub fn step_lines(advice: &Advice, words: &Words) -> Vec<(Option<String>, String)> {
    advice
        .next_steps
        .iter()
        .map(|s| {
            let due = s
                .due
                .map(|d| words.text("due-label", &[("date", words.date(d))]));
            (due, words.msg(&format!("step-{}", s.id), &s.args))
        })
        .collect()
}

/// Every warning in words.
pub fn warning_lines(advice: &Advice, words: &Words) -> Vec<String> {
    advice
        .warnings
        .iter()
        .map(|w| words.msg(&format!("warning-{}", w.id), &w.args))
        .collect()
}
