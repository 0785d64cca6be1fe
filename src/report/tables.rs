//! `hosho tables`: the plans and figures in force, with their sources and dates.

use crate::domain::Kind;
use crate::i18n::Words;
use crate::tables::{Fee, Proration, Tables, WindowStart};
use crate::yen;
use std::fmt::Write;

/// A kind of incident in words.
pub fn kind_name(words: &Words, k: Kind) -> String {
    let id = match k {
        Kind::Screen => "kind-screen",
        Kind::BackGlass => "kind-back_glass",
        Kind::Water => "kind-water",
        Kind::Other => "kind-other",
        Kind::Natural => "kind-natural",
        Kind::Battery => "kind-battery",
    };
    words.text(id, &[])
}

/// The tables as readable text.
pub fn render(t: &Tables, words: &Words) -> String {
    let lang = words.lang;
    let y = |v: u32| yen::format(i64::from(v), lang);
    let tx = |id: &str, args: &[(&str, String)]| words.text(id, args);
    let cite = |id: &str| super::source_name(id, words, t);
    let os = |o: crate::domain::Os| words.text(&format!("choice-{}", o.id()), &[]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        tx("tables-title", &[("as_of", words.month(t.data_as_of()))])
    );
    let _ = writeln!(out, "{}", tx("tables-plans", &[]));
    for p in &t.plans.plans {
        let _ = writeln!(out, "\n  {} [{}]", words.option(&p.id), p.id);
        let fee = match &p.fee {
            Fee::Flat(f) => format!("{} ({}, {})", y(f.yen), cite(&f.src), f.as_of),
            Fee::Range { low, high, assumed } => format!(
                "{}-{} ({}, {}); {} ({})",
                y(low.yen),
                y(high.yen),
                cite(&low.src),
                low.as_of,
                y(assumed.yen),
                cite(&assumed.src)
            ),
            Fee::ByTier(tiers) => tiers
                .iter()
                .map(|t| format!("{}: {} ({}, {})", t.id, y(t.yen), cite(&t.src), t.as_of))
                .collect::<Vec<_>>()
                .join("; "),
        };
        let _ = writeln!(out, "    {}: {fee}", tx("tables-fee", &[]));
        let pr = |p: Proration| {
            tx(
                if p == Proration::Full {
                    "tables-proration-full"
                } else {
                    "tables-proration-byday"
                },
                &[],
            )
        };
        let b = &p.billing;
        let _ = writeln!(
            out,
            "    {} ({}, {})",
            tx(
                "tables-billing",
                &[
                    ("month", b.first_billed_month.to_string()),
                    ("start", pr(b.start_month)),
                    ("cancel", pr(b.cancel_month))
                ]
            ),
            cite(&b.src),
            b.as_of
        );
        let _ = writeln!(
            out,
            "    {} ({}, {})",
            tx(
                "tables-cover",
                &[
                    ("month", p.cover_from_month.n.to_string()),
                    ("uses", p.uses_per_year.n.to_string())
                ]
            ),
            cite(&p.uses_per_year.src),
            p.uses_per_year.as_of
        );
        if let Some(cap) = &p.cap {
            let _ = writeln!(
                out,
                "    {} ({}, {})",
                tx("tables-cap", &[("cap", y(cap.yen))]),
                cite(&cap.src),
                cap.as_of
            );
        }
        let covers_natural = p.benefits.iter().any(|b| b.kinds.contains(&Kind::Natural));
        let natural = match (&p.natural_window, covers_natural) {
            (_, false) => tx("tables-natural-none", &[]),
            (None, true) => tx("tables-natural-always", &[]),
            (Some(w), true) => format!(
                "{} ({}, {})",
                tx(
                    "tables-natural",
                    &[
                        ("months", w.months.to_string()),
                        (
                            "from",
                            if w.from == WindowStart::Release {
                                "release"
                            } else {
                                "start"
                            }
                            .into()
                        )
                    ]
                ),
                cite(&w.src),
                w.as_of
            ),
        };
        let _ = writeln!(out, "    {natural}");
        for b in &p.benefits {
            let kinds: Vec<String> = b.kinds.iter().map(|k| kind_name(words, *k)).collect();
            let mut line = tx(
                "tables-benefit",
                &[
                    ("kinds", kinds.join(", ")),
                    ("first", y(b.copay.0)),
                    ("later", y(b.copay.1)),
                    ("capped", if b.capped { "yes" } else { "no" }.into()),
                    (
                        "exchange",
                        b.exchange
                            .map_or("none".into(), |x| format!("{} / {}", y(x.0), y(x.1))),
                    ),
                ],
            );
            if let Some(models) = &b.only_models {
                let _ = write!(line, " [{}]", models.join(", "));
            }
            let _ = writeln!(out, "    - {line} ({}, {})", cite(&b.src), b.as_of);
        }
        for c in &p.conflicts {
            let _ = writeln!(
                out,
                "    ! {}",
                tx(
                    "tables-conflict",
                    &[
                        ("other_src", cite(&c.other_src)),
                        ("other", y(c.other_yen)),
                        ("official", y(c.official_yen)),
                        ("official_src", cite(&c.official_src))
                    ]
                )
            );
        }
        for n in &p.assumptions {
            let _ = writeln!(
                out,
                "    ? {}",
                tx(
                    "tables-assumption",
                    &[("id", n.id.clone()), ("src", cite(&n.src))]
                )
            );
        }
    }
    let _ = writeln!(out, "\n{}", tx("tables-devices", &[]));
    for d in &t.devices.devices {
        let tier = d.linemo_tier.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "  {:<28} {:<8}  {}  {:>10}  LINEMO: {:<8} ({}, {})",
            d.name,
            os(d.os),
            d.released,
            y(d.price_yen),
            tier,
            cite(&d.src),
            d.as_of
        );
    }
    let _ = writeln!(out, "\n{}", tx("tables-repairs", &[]));
    for p in &t.repairs.profiles {
        let v = |x: Option<u32>| x.map_or("-".into(), y);
        let _ = writeln!(
            out,
            "  {:<20} {} / {} / {} ({}, {})",
            p.id,
            v(p.screen),
            v(p.back_glass),
            v(p.other),
            cite(&p.src),
            p.as_of
        );
    }
    for b in &t.repairs.bands {
        let _ = writeln!(
            out,
            "  {} <= {:<12} {} / {} / {} ({}, {})",
            os(b.os),
            y(b.up_to_yen),
            y(b.screen),
            y(b.back_glass),
            y(b.other),
            cite(&b.src),
            b.as_of
        );
    }
    let r = &t.risk;
    let _ = writeln!(out, "\n{}", tx("tables-risk", &[]));
    let _ = writeln!(
        out,
        "  {}",
        tx(
            "tables-risk-damage",
            &[
                ("rate", r.damage.per_year.to_string()),
                ("weight", r.damage.weight_years.to_string()),
                ("src", cite(&r.damage.src)),
                ("as_of", r.damage.as_of.to_string())
            ]
        )
    );
    let _ = writeln!(
        out,
        "  {}",
        tx(
            "tables-risk-water",
            &[
                ("rate", r.water.per_year.to_string()),
                ("weight", r.water.weight_years.to_string()),
                ("src", cite(&r.water.src)),
                ("as_of", r.water.as_of.to_string())
            ]
        )
    );
    let n = &r.natural;
    let _ = writeln!(
        out,
        "  {}",
        tx(
            "tables-risk-natural",
            &[
                ("early", n.early_per_year.to_string()),
                ("late", n.late_per_year.to_string()),
                ("months", n.early_months.to_string()),
                ("src", cite(&n.src)),
                ("as_of", n.as_of.to_string())
            ]
        )
    );
    for f in &r.protection {
        let _ = writeln!(
            out,
            "  {}: x{} / x{} ({}, {})",
            crate::form::words::choice(
                crate::form::Question::Protection,
                |d| d.protection = f.protection,
                words
            ),
            f.damage,
            f.water,
            cite(&f.src),
            f.as_of
        );
    }
    let th = &t.rules.thresholds;
    let _ = writeln!(out, "\n{}", tx("tables-thresholds", &[]));
    for (name, v) in [
        ("cheap_device", &th.cheap_device),
        ("expensive_device", &th.expensive_device),
        ("spare_phone", &th.spare_phone),
    ] {
        let _ = writeln!(
            out,
            "  {name}: {} ({}, {})",
            y(v.yen),
            cite(&v.src),
            v.as_of
        );
    }
    let _ = writeln!(out, "\n{}", tx("tables-sources", &[]));
    for s in &t.sources.sources {
        // Named by title, publisher, kind and date, never by id or file name.
        let publisher = s
            .publisher_in(lang)
            .map_or(String::new(), |p| format!("{p}: "));
        let _ = writeln!(
            out,
            "  {publisher}{} ({}, {})",
            s.title_in(lang),
            tx(&format!("source-kind-{}", s.kind.id()), &[]),
            words.month(s.as_of),
        );
    }
    out
}
