//! The non-interactive reports of an [`Advice`]: JSON for shop systems, text and Markdown for
//! people. All three read the same advice and the same words; none recomputes anything.

pub mod json;
pub mod markdown;
pub mod tables;
pub mod text;

use crate::engine::{Action, Advice, Arg, Basis, OptionResult, Why};
use crate::i18n::Words;
use crate::tables::{Level, SourceKind, Tables};
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
        Format::Json => json::render(advice, words, tables),
        Format::Text => text::render(advice, words, tables),
        Format::Markdown => markdown::render(advice, words, tables),
    }
}

/// The advice in a sentence or two: the verdict, the figures behind it (the options table's
/// own, over the horizon), and anything to check first.
pub fn headline(advice: &Advice, words: &Words) -> String {
    let rec = &advice.recommendation;
    let basis = match rec.basis {
        Basis::Expected => "expected",
        Basis::BadCase => "badcase",
    };
    let plan_fee = rec
        .plan
        .as_deref()
        .and_then(|id| advice.option(id))
        .and_then(|p| p.monthly_fee_yen)
        .map_or(0, i64::from);
    let spare = advice.option("buy_spare").map_or(0, |o| o.fees_yen);
    let mut args: Vec<(&'static str, Arg)> = vec![
        ("months", Arg::Int(i64::from(advice.horizon_months))),
        ("total", Arg::Yen(rec.total_yen)),
        ("alt", Arg::Yen(rec.versus_total_yen)),
        ("bad", Arg::Yen(rec.bad_case_yen)),
        ("alt_bad", Arg::Yen(rec.versus_bad_case_yen)),
        ("spare", Arg::Yen(spare)),
        ("fee", Arg::Yen(plan_fee)),
    ];
    if let Some(plan) = rec.plan.clone().or_else(|| rec.versus.clone()) {
        args.push(("plan", Arg::Option(plan)));
    }
    let id = match (rec.action, rec.why) {
        (Action::Join, Why::AboutSame) => "headline-join-review",
        (Action::Join, Why::WarrantyEnding) => {
            // Dearer over the whole horizon, it is still advised: say by how much, and why.
            let extra = rec.total_yen - rec.versus_total_yen;
            args.push(("extra", Arg::Yen(extra.max(0))));
            args.push((
                "dearer",
                Arg::Text(if extra > 0 { "yes" } else { "no" }.into()),
            ));
            "headline-join-warranty"
        }
        (Action::Join, Why::SaferInBadCase) => {
            let extra = rec.total_yen - rec.versus_total_yen;
            args.push(("extra", Arg::Yen(extra)));
            args.push((
                "percent",
                Arg::Int(crate::engine::percent(extra, rec.versus_total_yen)),
            ));
            "headline-join-safer"
        }
        (Action::Join, _) => "headline-join",
        (Action::Skip, Why::NoPlan) => "headline-skip-noplan",
        (Action::Skip, _) => "headline-skip",
        (Action::BuySpare, Why::NoPlan) => "headline-buy_spare-noplan",
        (Action::BuySpare, _) => "headline-buy_spare",
    };
    if let Some(r) = rec.review_after_months {
        args.push(("review", Arg::Int(i64::from(r))));
    }
    if let Some(until) = advice
        .warranty_until
        .filter(|_| rec.why == Why::WarrantyEnding)
    {
        args.push(("until", Arg::Month(until)));
    }
    let mut plain: Vec<(&str, String)> = vec![("basis", basis.to_string())];
    plain.extend(args.iter().map(|(k, a)| (*k, words.arg(a))));
    let mut text = words.text(id, &plain);
    for (i, gate) in rec.checks.iter().enumerate() {
        let check = words.msg(&format!("check-{}", gate.rule), &gate.args);
        let id = if i == 0 {
            "headline-check"
        } else {
            "headline-check-also"
        };
        text.push_str(&words.text(id, &[("check", check)]));
    }
    text
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
        yen(o.bad_case_total_yen),
        o.break_even_incidents
            .map_or(words.text("value-none", &[]), |b| {
                words.text("break-even-value", &[("count", crate::i18n::decimal(b))])
            }),
        eligible,
    ]
}

/// The column titles of the options table; the totals name the months they cover.
pub fn option_headers(words: &Words, months: u32) -> Vec<String> {
    let months = months.to_string();
    [
        "col-option",
        "col-monthly",
        "col-fees",
        "col-expected",
        "col-bad-case",
        "col-break-even",
        "col-eligible",
    ]
    .iter()
    .map(|id| words.text(id, &[("months", months.clone())]))
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
    let all = advice.reasons.iter().flat_map(|r| r.sources.iter()).chain(
        advice
            .options
            .iter()
            .flat_map(|o| o.gates.iter().flat_map(|g| g.sources.iter())),
    );
    for id in all {
        if !out.iter().any(|x| x == id) {
            out.push(id.clone());
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
/// A source as cited: its id, or "hosho's assumption" for hosho's own figures.
pub fn source_name(id: &str, words: &Words, t: &Tables) -> String {
    match t.source(id) {
        Some(s) if s.kind == SourceKind::Assumption => words.text("source-assumption", &[]),
        _ => id.to_string(),
    }
}

/// A cited source with its title, as the sources list at the end shows it.
pub fn source_line(id: &str, words: &Words, t: &Tables) -> String {
    let title = t.source(id).map_or("", |s| s.title_in(words.lang));
    format!("{}: {title}", source_name(id, words, t))
}

/// Sources as cited, in a list.
pub fn source_list(ids: &[String], words: &Words, t: &Tables) -> String {
    let names: Vec<String> = ids.iter().map(|id| source_name(id, words, t)).collect();
    names.join(&words.text("list-separator", &[]))
}

pub fn gate_lines(advice: &Advice, words: &Words, t: &Tables) -> Vec<GateLine> {
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
                source: words.text(
                    "source-label",
                    &[("source", source_list(&g.sources, words, t))],
                ),
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
