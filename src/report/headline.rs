//! The advice in a sentence or two: the verdict, the figures behind it (the options table's
//! own, over the horizon), and anything to check first.

use super::document::ids;
use crate::engine::{Action, Advice, Arg, Basis, Why};
use crate::i18n::Words;

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
        let check = words.msg(&ids::check(&gate.rule), &gate.args);
        let id = if i == 0 {
            "headline-check"
        } else {
            "headline-check-also"
        };
        text.push_str(&words.text(id, &[("check", check)]));
    }
    if let Some(i) = &rec.instead {
        let mut args: Vec<(&str, String)> = vec![
            (
                "option",
                words.option_variant(
                    &i.option,
                    advice.option(&i.option).and_then(|o| o.variant.as_deref()),
                ),
            ),
            ("fee", words.arg(&Arg::Yen(i.fee_yen))),
            ("total", words.arg(&Arg::Yen(i.total_yen))),
            ("months", advice.horizon_months.to_string()),
            ("span", words.span(i.days)),
            ("dated", if i.until.is_some() { "yes" } else { "no" }.into()),
            ("confirm", if i.confirm { "yes" } else { "no" }.into()),
        ];
        if let Some(d) = i.until {
            args.push(("until", words.date(d)));
        }
        text.push_str(&words.text("headline-instead", &args));
    }
    text
}
