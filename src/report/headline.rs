//! The advice in a sentence or two: the verdict, the figures behind it (the options table's
//! own, over the horizon), anything to check first, and the sentences that answer the
//! questions people come with: a cheaper cover bought apart, what the unknown day of purchase
//! decides, and the maker's cover against the carrier's plan.

use super::document::ids;
use crate::engine::{Advice, Basis, Verdict, Why};
use crate::i18n::Words;
use crate::message::Arg;

/// The advice in a sentence or two.
pub fn headline(advice: &Advice, words: &Words) -> String {
    let rec = &advice.recommendation;
    let basis = match rec.basis {
        Basis::Expected => "expected",
        Basis::BadCase => "badcase",
    };
    let chosen = advice.option(&rec.chosen);
    let plan_fee = rec
        .plan
        .as_deref()
        .and_then(|id| advice.option(id))
        .and_then(|p| p.monthly_fee_yen)
        .map_or(0, i64::from);
    let spare_option = advice.option("buy_spare");
    let spare = spare_option.map_or(0, |o| o.fees_yen);
    let over = spare_option
        .and_then(|o| o.replaces_over_yen)
        .map_or(0, i64::from);
    let mut args: Vec<(&'static str, Arg)> = vec![
        ("months", Arg::Int(i64::from(advice.horizon_months))),
        ("total", Arg::Yen(rec.total_yen)),
        ("alt", Arg::Yen(rec.versus_total_yen)),
        ("bad", Arg::Yen(rec.bad_case_yen)),
        ("alt_bad", Arg::Yen(rec.versus_bad_case_yen)),
        ("spare", Arg::Yen(spare)),
        ("over", Arg::Yen(over)),
        ("any", Arg::yes(over == 0)),
        ("fee", Arg::Yen(plan_fee)),
    ];
    if let Some(plan) = rec.plan.clone().or_else(|| rec.versus.clone()) {
        args.push(("plan", Arg::Option(plan)));
    }
    let id = match (rec.action, rec.why) {
        (Verdict::Join, Why::AboutSame) => "headline-join-review",
        (Verdict::Join, Why::WarrantyEnding) => {
            // Dearer over the whole horizon, it is still advised: say by how much, and why.
            let extra = rec.total_yen - rec.versus_total_yen;
            args.push(("extra", Arg::Yen(extra.max(0))));
            args.push(("dearer", Arg::yes(extra > 0)));
            "headline-join-warranty"
        }
        (Verdict::Join, Why::SaferInBadCase) => {
            let extra = rec.total_yen - rec.versus_total_yen;
            args.push(("extra", Arg::Yen(extra)));
            args.push((
                "percent",
                Arg::Int(crate::engine::percent(extra, rec.versus_total_yen)),
            ));
            "headline-join-safer"
        }
        (Verdict::Join, _) => "headline-join",
        (Verdict::BuyApart, _) => {
            let versus_plan = rec.versus.as_deref().is_some_and(|v| v != "skip");
            let skip = advice.option("skip");
            args.push(("has_plan", Arg::yes(versus_plan)));
            args.push(("skip", Arg::Yen(skip.map_or(0, |o| o.expected_total_yen))));
            args.push((
                "skip_bad",
                Arg::Yen(skip.map_or(0, |o| o.bad_case_total_yen)),
            ));
            let lump = chosen.and_then(|o| o.paid_at_once_yen);
            args.push(("paid", Arg::yes(lump.is_some())));
            args.push(("lump", Arg::Yen(lump.map_or(0, i64::from))));
            args.push(("only_now", Arg::yes(rec.versus_only_now)));
            args.push((
                "after",
                Arg::Text(
                    if advice.horizon_months > 24 {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ),
            ));
            if let Some(until) = rec.until {
                args.push(("until", Arg::Date(until)));
            }
            "headline-buy_apart"
        }
        (Verdict::Skip, Why::NoPlan) => "headline-skip-noplan",
        (Verdict::Skip, _) => "headline-skip",
        (Verdict::BuySpare, Why::NoPlan) => "headline-buy_spare-noplan",
        (Verdict::BuySpare, _) => "headline-buy_spare",
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
    if rec.action == Verdict::BuyApart {
        plain.push((
            "option",
            words.option_variant(&rec.chosen, chosen.and_then(|o| o.variant.as_deref())),
        ));
    }
    let mut text = words.text(id, &plain);
    let (first, also) = match rec.action {
        Verdict::BuyApart => ("headline-check-buy", "headline-check-also"),
        _ => ("headline-check", "headline-check-also"),
    };
    for (i, gate) in rec.checks.iter().enumerate() {
        let check = words.msg(&ids::check(&gate.rule), &gate.args);
        let id = if i == 0 { first } else { also };
        text.push_str(&words.text(id, &[("check", check)]));
    }
    if let Some(ends) = chosen
        .filter(|_| rec.action == Verdict::Join)
        .and_then(|o| o.cover_ends)
    {
        let kept = advice.today.year_month().months_until(ends) + 1;
        text.push_str(&words.text(
            "headline-cover-ends",
            &[("until", words.month(ends)), ("kept", kept.to_string())],
        ));
    }
    text.push_str(&instead(advice, words));
    text.push_str(&if_bought_since(advice, words));
    text.push_str(&compared(advice, words, basis));
    text
}

/// The name of an option with the variant the advice priced.
fn named(advice: &Advice, words: &Words, id: &str) -> String {
    words.option_variant(id, advice.option(id).and_then(|o| o.variant.as_deref()))
}

/// What an option costs as it is priced: a month's fee, or two years paid at once.
fn price(advice: &Advice, words: &Words, id: &str, fee: i64) -> String {
    match advice.option(id).and_then(|o| o.paid_at_once_yen) {
        Some(lump) => words.text(
            "price-at-once",
            &[("lump", words.arg(&Arg::Yen(i64::from(lump))))],
        ),
        None => words.text("price-monthly", &[("fee", words.arg(&Arg::Yen(fee)))]),
    }
}

/// "Or instead": cover bought apart that costs a little less than the carrier's plan kept.
fn instead(advice: &Advice, words: &Words) -> String {
    let Some(i) = &advice.recommendation.instead else {
        return String::new();
    };
    let mut args: Vec<(&str, String)> = vec![
        ("option", named(advice, words, &i.option)),
        ("price", price(advice, words, &i.option, i.fee_yen)),
        ("total", words.arg(&Arg::Yen(i.total_yen))),
        ("months", advice.horizon_months.to_string()),
        ("span", words.span(i.days)),
        ("dated", if i.until.is_some() { "yes" } else { "no" }.into()),
        ("confirm", if i.confirm { "yes" } else { "no" }.into()),
    ];
    if let Some(d) = i.until {
        args.push(("until", words.date(d)));
    }
    words.text("headline-instead", &args)
}

/// What the unknown day of purchase decides.
fn if_bought_since(advice: &Advice, words: &Words) -> String {
    let Some(c) = &advice.recommendation.if_bought_since else {
        return String::new();
    };
    words.text(
        "headline-if-bought-since",
        &[
            ("option", named(advice, words, &c.option)),
            ("since", words.date(c.since)),
            ("price", price(advice, words, &c.option, c.fee_yen)),
            ("total", words.arg(&Arg::Yen(c.total_yen))),
            ("months", advice.horizon_months.to_string()),
        ],
    )
}

/// The maker's cover against the carrier's plan.
fn compared(advice: &Advice, words: &Words, basis: &str) -> String {
    let Some(c) = &advice.recommendation.compared else {
        return String::new();
    };
    words.text(
        "headline-compared",
        &[
            ("option", named(advice, words, &c.option)),
            ("plan", named(advice, words, &c.plan)),
            ("total", words.arg(&Arg::Yen(c.total_yen))),
            ("bad", words.arg(&Arg::Yen(c.bad_case_yen))),
            ("plan_total", words.arg(&Arg::Yen(c.plan_total_yen))),
            ("plan_bad", words.arg(&Arg::Yen(c.plan_bad_case_yen))),
            ("until", words.date(c.until)),
            ("months", advice.horizon_months.to_string()),
            ("basis", basis.to_string()),
        ],
    )
}
