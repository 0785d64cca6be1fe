//! The JSON report: the public contract of `docs/interface.md` (schema 3).

use super::Document;
use crate::answers::{LinemoFee, Profile};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use crate::engine::{Advice, OptionResult};
use crate::i18n::Words;
use crate::tables::{SourceKind, Tables};
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    schema: u32,
    lang: &'a str,
    today: String,
    data_as_of: String,
    build: BuildOut,
    answers: AnswersOut,
    recommendation: RecommendationJson,
    options: Vec<OptionOut>,
    reasons: Vec<Sourced>,
    next_steps: Vec<StepOut>,
    warnings: Vec<WarningOut>,
    sources: Vec<SourceOut>,
}

/// What made the advice: hosho's version and commit, and the tables' date and fingerprint.
#[derive(Serialize)]
struct BuildOut {
    version: &'static str,
    commit: &'static str,
    tables_as_of: String,
    tables_sha256: String,
}

/// The answers the advice rests on, as checked: the answers file's names and forms, with the
/// catalog's price and release month filled in.
#[derive(Serialize)]
struct AnswersOut {
    carrier: Carrier,
    device_source: DeviceSource,
    os: Os,
    model: Option<String>,
    price_yen: u32,
    /// True when the price is the catalog's launch price.
    price_from_catalog: bool,
    released: Option<String>,
    /// The day of purchase, or only its month; today for a device bought with the line.
    bought: Option<String>,
    damage_incidents_2y: u32,
    water_incidents_2y: u32,
    lost_or_stolen_2y: u32,
    protection: Protection,
    warranty_until: Option<String>,
    horizon_months: u32,
    risk: Risk,
    unofficial_repair: bool,
    damaged_now: bool,
    overseas_model: bool,
    wifi_only: bool,
    leased_or_business: bool,
    existing_customer_of: Vec<Carrier>,
    linemo_fee_yen: Option<u32>,
}

impl AnswersOut {
    fn of(p: &Profile) -> AnswersOut {
        let c = p.conditions;
        AnswersOut {
            carrier: p.carrier.clone(),
            device_source: p.device_source,
            os: p.os,
            model: p.model.clone(),
            price_yen: p.price_yen,
            price_from_catalog: p.price_from_catalog,
            released: p.released.map(|m| m.to_string()),
            bought: p.bought.map(|b| b.to_string()),
            damage_incidents_2y: p.damage_incidents_2y,
            water_incidents_2y: p.water_incidents_2y,
            lost_or_stolen_2y: p.lost_or_stolen_2y,
            protection: p.protection,
            warranty_until: p.warranty_until.map(|m| m.to_string()),
            horizon_months: p.horizon_months,
            risk: p.risk,
            unofficial_repair: c.unofficial_repair,
            damaged_now: c.damaged_now,
            overseas_model: c.overseas_model,
            wifi_only: c.wifi_only,
            leased_or_business: c.leased_or_business,
            existing_customer_of: p.existing_customer_of.clone(),
            linemo_fee_yen: match p.linemo_fee {
                LinemoFee::Given(yen) => Some(yen),
                _ => None,
            },
        }
    }
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
struct RecommendationJson {
    action: &'static str,
    /// The option advised, whichever kind it is: a carrier's plan, cover bought apart, `skip`
    /// or `buy_spare`.
    option: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    variant: Option<String>,
    /// The carrier's plan to add at sign-up; null unless the action is join.
    plan: Option<String>,
    review_after_months: Option<u32>,
    /// The last day to buy the option advised, where it is cover bought apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<String>,
    headline: String,
    /// The option it was weighed against.
    #[serde(skip_serializing_if = "Option::is_none")]
    versus: Option<Weighed>,
    /// Cover bought apart that costs a little less than the carrier's plan kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    instead: Option<InsteadOut>,
    /// Where the day of purchase is unknown: cover that costs less if the phone was bought
    /// on `since` or later.
    #[serde(skip_serializing_if = "Option::is_none")]
    if_bought_since: Option<SinceOut>,
    /// The maker's cover against the carrier's cheapest plan open.
    #[serde(skip_serializing_if = "Option::is_none")]
    compared: Option<ComparedOut>,
}

#[derive(Serialize)]
struct Weighed {
    option: String,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
}

#[derive(Serialize)]
struct SinceOut {
    option: String,
    since: String,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
}

#[derive(Serialize)]
struct ComparedOut {
    option: String,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
    until: String,
    plan: String,
    plan_expected_total_yen: i64,
    plan_bad_case_total_yen: i64,
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
    /// Cover bought apart from any carrier.
    bought_apart: bool,
    /// False for a plan that cannot apply to this device (its OS, or the way it was bought):
    /// never shown to a person.
    applicable: bool,
    eligible: bool,
    gates: Vec<GateOut>,
    monthly_fee_yen: Option<u32>,
    fees_yen: i64,
    expected_total_yen: i64,
    bad_case_total_yen: i64,
    break_even_incidents: Option<f64>,
    monthly_cumulative_yen: Vec<i64>,
    /// Paid for two years at once (monthly after that), where that costs less.
    #[serde(skip_serializing_if = "Option::is_none")]
    paid_at_once: Option<AtOnce>,
    /// The last month of cover, where it ends inside the horizon (priced as cancelled then).
    #[serde(skip_serializing_if = "Option::is_none")]
    cover_ends: Option<String>,
}

#[derive(Serialize)]
struct AtOnce {
    yen: u32,
    months: u32,
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
    let weighed = |id: &str| {
        advice.option(id).map(|o| Weighed {
            option: o.id.clone(),
            expected_total_yen: o.expected_total_yen,
            bad_case_total_yen: o.bad_case_total_yen,
        })
    };
    // Every option, those shown to people and those that cannot apply, in the tables' order.
    let rank = |id: &str| {
        tables
            .plans()
            .iter()
            .position(|p| p.id == id)
            .unwrap_or(usize::MAX - usize::from(id == "skip"))
    };
    let mut all: Vec<(&OptionResult, bool)> = advice
        .options
        .iter()
        .map(|o| (o, true))
        .chain(advice.not_applicable.iter().map(|o| (o, false)))
        .collect();
    all.sort_by_key(|(o, _)| rank(&o.id));
    let report = Report {
        schema: 3,
        lang: words.lang.code(),
        today: advice.today.to_string(),
        data_as_of: advice.data_as_of.to_string(),
        build: BuildOut {
            version: env!("CARGO_PKG_VERSION"),
            commit: crate::tables::COMMIT,
            tables_as_of: tables.data_as_of().to_string(),
            tables_sha256: tables.digest.clone(),
        },
        answers: AnswersOut::of(&advice.answers),
        recommendation: RecommendationJson {
            action: rec.action.id(),
            option: rec.chosen.clone(),
            variant: advice.option(&rec.chosen).and_then(|o| o.variant.clone()),
            plan: rec.plan.clone(),
            review_after_months: rec.review_after_months,
            until: rec.until.map(|d| d.to_string()),
            headline: d.headline.clone(),
            versus: rec.versus.as_deref().and_then(weighed),
            instead: rec.instead.as_ref().map(|i| InsteadOut {
                option: i.option.clone(),
                expected_total_yen: i.total_yen,
                bad_case_total_yen: i.bad_case_yen,
                until: i.until.map(|d| d.to_string()),
            }),
            if_bought_since: rec.if_bought_since.as_ref().map(|c| SinceOut {
                option: c.option.clone(),
                since: c.since.to_string(),
                expected_total_yen: c.total_yen,
                bad_case_total_yen: c.bad_case_yen,
            }),
            compared: rec.compared.as_ref().map(|c| ComparedOut {
                option: c.option.clone(),
                expected_total_yen: c.total_yen,
                bad_case_total_yen: c.bad_case_yen,
                until: c.until.to_string(),
                plan: c.plan.clone(),
                plan_expected_total_yen: c.plan_total_yen,
                plan_bad_case_total_yen: c.plan_bad_case_yen,
            }),
        },
        options: all
            .into_iter()
            .map(|(o, applicable)| OptionOut {
                id: o.id.clone(),
                variant: o.variant.clone(),
                bought_apart: o.apart,
                applicable,
                eligible: o.eligible,
                gates: o
                    .gates
                    .iter()
                    .map(|g| GateOut {
                        rule: g.rule.clone(),
                        level: g.level,
                        message: super::document::gate_text(&g.rule, &g.args, words),
                        sources: g.sources.clone(),
                    })
                    .collect(),
                monthly_fee_yen: o.monthly_fee_yen,
                fees_yen: o.fees_yen,
                expected_total_yen: o.expected_total_yen,
                bad_case_total_yen: o.bad_case_total_yen,
                break_even_incidents: o.break_even_incidents,
                monthly_cumulative_yen: o.monthly_cumulative_yen.clone(),
                paid_at_once: o.paid_at_once_yen.map(|yen| AtOnce {
                    yen,
                    months: crate::engine::spec::TWO_YEARS as u32,
                }),
                cover_ends: o.cover_ends.map(|m| m.to_string()),
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
        sources: sources(advice, d, words, tables),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}

/// Every source the report cites: in the document's order (a message's [n] is the n-th entry),
/// then those cited only by the gates of options that cannot apply to the device, which no
/// person reads, before hosho's own assumption, which stays last.
fn sources(advice: &Advice, d: &Document, words: &Words, tables: &Tables) -> Vec<SourceOut> {
    let out = |s: &crate::tables::Source, title: String, publisher: Option<String>| SourceOut {
        id: s.id.clone(),
        title,
        publisher,
        url: s.url.clone(),
        published: s.as_of.to_string(),
        kind: s.kind.id(),
    };
    let mut list: Vec<SourceOut> = d
        .references
        .iter()
        .filter_map(|r| tables.source(&r.id).map(|s| (r, s)))
        .map(|(r, s)| out(s, r.title.clone(), r.publisher.clone()))
        .collect();
    let hidden = advice
        .not_applicable
        .iter()
        .flat_map(|o| o.gates.iter())
        .flat_map(|g| g.sources.iter());
    let mut at = list
        .iter()
        .position(|s| s.kind == SourceKind::Assumption.id())
        .unwrap_or(list.len());
    for id in hidden {
        if list.iter().any(|s| &s.id == id) {
            continue;
        }
        if let Some(s) = tables
            .source(id)
            .filter(|s| s.kind != SourceKind::Assumption)
        {
            let title = s.title_in(words.lang).to_string();
            let publisher = s.publisher_in(words.lang).map(str::to_string);
            list.insert(at, out(s, title, publisher));
            at += 1;
        }
    }
    if !list.iter().any(|s| s.kind == SourceKind::Assumption.id())
        && let Some(s) = advice
            .not_applicable
            .iter()
            .flat_map(|o| o.gates.iter())
            .flat_map(|g| g.sources.iter())
            .filter_map(|id| tables.source(id))
            .find(|s| s.kind == SourceKind::Assumption)
    {
        list.push(out(s, s.title_in(words.lang).to_string(), None));
    }
    list
}
