//! The answers an advice rests on, in words: the first section of every report, so that a
//! printout says what it was worked out from (model, price, dates, carrier, history, horizon).

use crate::answers::{LinemoFee, Profile};
use crate::calendar::DayOrMonth;
use crate::i18n::Words;
use crate::message::{Arg, Args};

/// The answers as lines of words, in the order of the questions.
pub fn lines(p: &Profile, w: &Words) -> Vec<String> {
    let unknown = || w.text("answers-unknown", &[]);
    let model = match &p.model {
        Some(m) => Arg::Text(m.clone()),
        None => Arg::Words("answers-not-listed".into()),
    };
    let mut out = vec![
        w.msg(
            "answers-device",
            &vec![
                ("model", model),
                ("os", Arg::Text(p.os.id().into())),
                ("source", Arg::Text(p.device_source.id().into())),
            ],
        ),
        w.msg(
            "answers-price",
            &vec![
                ("price", Arg::Yen(i64::from(p.price_yen))),
                ("catalog", Arg::yes(p.price_from_catalog)),
            ],
        ),
        w.text(
            "answers-dates",
            &[
                ("released", p.released.map_or_else(unknown, |m| w.month(m))),
                (
                    "bought",
                    p.bought.map_or_else(unknown, |b| match b {
                        DayOrMonth::Day(d) => w.date(d),
                        DayOrMonth::Month(m) => w.month(m),
                    }),
                ),
            ],
        ),
        carrier(p, w),
        w.msg(
            "answers-history",
            &vec![
                ("damage", Arg::Int(i64::from(p.damage_incidents_2y))),
                ("water", Arg::Int(i64::from(p.water_incidents_2y))),
                ("gone", Arg::Int(i64::from(p.lost_or_stolen_2y))),
                ("protection", Arg::Text(p.protection.id().into())),
            ],
        ),
        w.msg(
            "answers-warranty",
            &match p.warranty_until {
                Some(m) => vec![
                    ("os", Arg::Text(p.os.id().into())),
                    ("known", Arg::yes(true)),
                    ("until", Arg::Month(m)),
                ],
                None => vec![
                    ("os", Arg::Text(p.os.id().into())),
                    ("known", Arg::yes(false)),
                ],
            },
        ),
        w.msg(
            "answers-horizon",
            &vec![
                ("months", Arg::Int(i64::from(p.horizon_months))),
                ("risk", Arg::Text(p.risk.id().into())),
            ],
        ),
    ];
    let c = p.conditions;
    let said: Vec<String> = [
        (c.unofficial_repair, "unofficial_repair"),
        (c.damaged_now, "damaged_now"),
        (c.overseas_model, "overseas_model"),
        (c.wifi_only, "wifi_only"),
        (c.leased_or_business, "leased_or_business"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| format!("slabel-{id}"))
    .collect();
    if !said.is_empty() {
        out.push(w.msg("answers-also", &vec![("list", Arg::WordList(said))]));
    }
    if let LinemoFee::Given(yen) = p.linemo_fee {
        out.push(w.msg("answers-fee", &vec![("fee", Arg::Yen(i64::from(yen)))]));
    }
    out
}

/// The carrier, or every carrier compared, and those the user already has a line with.
fn carrier(p: &Profile, w: &Words) -> String {
    let mut args: Args = vec![("decided", Arg::yes(!p.carrier.is_undecided()))];
    if !p.carrier.is_undecided() {
        args.push(("carrier", Arg::Carrier(p.carrier.id().into())));
    }
    let line = w.msg("answers-carrier", &args);
    if p.existing_customer_of.is_empty() {
        return line;
    }
    let names: Vec<String> = p
        .existing_customer_of
        .iter()
        .map(|c| w.carrier(c.id()))
        .collect();
    let sep = w.text("list-separator", &[]);
    let customer = w.text("answers-customer", &[("list", names.join(sep.as_str()))]);
    format!("{line}{customer}")
}
