//! The JSON report: the public contract of `docs/interface.md` (schema 2).

use super::Document;
use crate::engine::Advice;
use crate::i18n::Words;
use crate::tables::Tables;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    schema: u32,
    lang: &'a str,
    today: String,
    data_as_of: String,
    recommendation: Recommendation,
    options: Vec<OptionOut>,
    reasons: Vec<Sourced>,
    next_steps: Vec<StepOut>,
    warnings: Vec<WarningOut>,
    sources: Vec<SourceOut>,
}

#[derive(Serialize)]
struct SourceOut {
    id: String,
    title: String,
    publisher: Option<String>,
    url: Option<String>,
    published: String,
    kind: &'static str,
}

#[derive(Serialize)]
struct Recommendation {
    action: &'static str,
    plan: Option<String>,
    review_after_months: Option<u32>,
    headline: String,
    /// Cover bought apart that costs less, with the last day it can be bought.
    #[serde(skip_serializing_if = "Option::is_none")]
    instead: Option<InsteadOut>,
}

#[derive(Serialize)]
struct InsteadOut {
    option: String,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
    /// The last day it can be bought; null when the purchase day is unknown.
    until: Option<String>,
}

#[derive(Serialize)]
struct OptionOut {
    id: String,
    /// The variant priced, for a plan with several (an insurer's plans).
    #[serde(skip_serializing_if = "Option::is_none")]
    variant: Option<String>,
    /// Cover bought apart from any carrier: it never decides join or skip.
    bought_apart: bool,
    eligible: bool,
    gates: Vec<GateOut>,
    monthly_fee_yen: Option<u32>,
    fees_yen: i64,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
    break_even_incidents: Option<f64>,
    monthly_cumulative_yen: Vec<i64>,
}

#[derive(Serialize)]
struct GateOut {
    rule: String,
    level: crate::tables::Level,
    message: String,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct Sourced {
    rule: String,
    message: String,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct StepOut {
    id: String,
    due: Option<String>,
    message: String,
}

#[derive(Serialize)]
struct WarningOut {
    id: String,
    message: String,
}

/// The advice as pretty-printed JSON: ids and figures from the advice, words from its
/// document.
pub fn write(advice: &Advice, d: &Document, words: &Words, tables: &Tables) -> String {
    let rec = &advice.recommendation;
    let mut conditions = d.conditions.iter();
    let report = Report {
        schema: 2,
        lang: words.lang.code(),
        today: advice.today.to_string(),
        data_as_of: advice.data_as_of.to_string(),
        recommendation: Recommendation {
            action: rec.action.id(),
            plan: rec.plan.clone(),
            review_after_months: rec.review_after_months,
            headline: d.headline.clone(),
            instead: rec.instead.as_ref().map(|i| InsteadOut {
                option: i.option.clone(),
                expected_total_yen: i.total_yen,
                bad_case_total_yen: i.bad_case_yen,
                until: i.until.map(|d| d.to_string()),
            }),
        },
        options: advice
            .options
            .iter()
            .map(|o| OptionOut {
                id: o.id.clone(),
                variant: o.variant.clone(),
                bought_apart: o.apart,
                eligible: o.eligible,
                // The document words the gates in the advice's order.
                gates: o
                    .gates
                    .iter()
                    .zip(conditions.by_ref())
                    .map(|(g, c)| GateOut {
                        rule: g.rule.clone(),
                        level: g.level,
                        message: c.said.text.clone(),
                        sources: g.sources.clone(),
                    })
                    .collect(),
                monthly_fee_yen: o.monthly_fee_yen,
                fees_yen: o.fees_yen,
                expected_total_yen: o.expected_total_yen,
                bad_case_total_yen: o.bad_case_total_yen,
                break_even_incidents: o.break_even_incidents,
                monthly_cumulative_yen: o.monthly_cumulative_yen.clone(),
            })
            .collect(),
        reasons: d
            .reasons
            .iter()
            .map(|r| Sourced {
                rule: r.id.clone(),
                message: r.text.clone(),
                sources: r.sources.clone(),
            })
            .collect(),
        next_steps: d
            .steps
            .iter()
            .map(|s| StepOut {
                id: s.id.clone(),
                due: s.due.map(|d| d.to_string()),
                message: s.text.clone(),
            })
            .collect(),
        warnings: d
            .warnings
            .iter()
            .map(|w| WarningOut {
                id: w.id.clone(),
                message: w.text.clone(),
            })
            .collect(),
        // In the document's order: a message's [n] is the n-th entry.
        sources: d
            .references
            .iter()
            .filter_map(|r| tables.source(&r.id).map(|s| (r, s)))
            .map(|(r, s)| SourceOut {
                id: s.id.clone(),
                title: r.title.clone(),
                publisher: r.publisher.clone(),
                url: s.url.clone(),
                published: s.as_of.to_string(),
                kind: s.kind.id(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}
