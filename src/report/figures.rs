//! `hosho tables`: every plan and figure in force, by section, each with its numbered source
//! and its date, aligned by display width. Nothing here prints an id: plans, tiers, repair
//! profiles and thresholds are named in words.

use super::document::References;
use super::pad;
use crate::calendar::YearMonth;
use crate::domain::{Kind, Os};
use crate::i18n::{Words, decimal};
use crate::tables::{
    ASKED_TIER_SET, BringOwn, Count, Cycle, Fee, Join, Plan, Proration, Ratio, Tables, Window,
    WindowStart, Yen as YenFigure,
};
use crate::yen;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// A kind of incident in words.
pub fn kind_name(words: &Words, k: Kind) -> String {
    words.text(&format!("kind-{}", k.id()), &[])
}

/// A value past this display width is not aligned with the others of its block.
const ALIGN_UP_TO: usize = 48;

/// The tables as readable text.
pub fn render(t: &Tables, words: &Words) -> String {
    let mut w = Writer {
        out: String::new(),
        words,
        t,
        refs: References::every(t, words),
    };
    let title = w.tx("tables-title", &[("as_of", words.month(t.data_as_of()))]);
    let _ = writeln!(w.out, "{title}\n{}", w.tx("tables-intro", &[]));
    carriers(&mut w);
    plans(&mut w, false);
    plans(&mut w, true);
    devices(&mut w);
    repairs(&mut w);
    risk(&mut w);
    thresholds(&mut w);
    sources(&mut w);
    w.out
}

/// The text being written and what it needs to word a figure.
struct Writer<'a> {
    out: String,
    words: &'a Words,
    t: &'a Tables,
    refs: References,
}

/// One line of a block: what it is, its value, its source and date.
type FigureRow = [String; 3];

impl Writer<'_> {
    fn tx(&self, id: &str, args: &[(&str, String)]) -> String {
        self.words.text(id, args)
    }

    fn yen(&self, v: u32) -> String {
        yen::format(i64::from(v), self.words.lang)
    }

    /// A source's mark: `[1]`, or "hosho's assumption".
    fn mark(&self, src: &str) -> String {
        self.refs
            .mark(src)
            .map_or_else(|| self.tx("source-unnamed", &[]), str::to_string)
    }

    /// A source's mark and the figure's date.
    fn cite(&self, src: &str, as_of: YearMonth) -> String {
        self.tx(
            "tables-cite",
            &[("refs", self.mark(src)), ("as_of", self.words.month(as_of))],
        )
    }

    fn section(&mut self, id: &str, count: Option<usize>) {
        let args = count.map(|n| ("count", n.to_string()));
        let heading = self.tx(id, args.as_slice());
        let _ = writeln!(self.out, "\n{heading}");
    }

    /// A block of rows: the labels aligned, the values aligned where they are short.
    fn rows(&mut self, rows: &[FigureRow]) {
        let label = rows.iter().map(|r| r[0].width()).max().unwrap_or(0);
        let value = rows
            .iter()
            .map(|r| r[1].width())
            .filter(|w| *w <= ALIGN_UP_TO)
            .max()
            .unwrap_or(0);
        for [l, v, c] in rows {
            let v = if c.is_empty() {
                v.clone()
            } else {
                format!("{}  {c}", pad(v, value, false))
            };
            let _ = writeln!(self.out, "  {}  {}", pad(l, label, false), v.trim_end());
        }
    }

    /// A grid under a header, each column as wide as its widest cell; `right` columns are
    /// right-aligned (amounts).
    fn grid(&mut self, header: Vec<String>, rows: Vec<Vec<String>>, right: &[usize]) {
        let mut all = vec![header];
        all.extend(rows);
        for line in super::grid(&all, |c, _| right.contains(&c)) {
            let _ = writeln!(self.out, "  {line}");
        }
    }
}

fn carriers(w: &mut Writer) {
    w.section("tables-section-carriers", Some(w.t.carriers().len()));
    let sep = w.tx("tables-list-sep", &[]);
    let rows: Vec<FigureRow> = w
        .t
        .carriers
        .carriers
        .iter()
        .map(|c| {
            let plans: Vec<String> =
                w.t.plans
                    .plans
                    .iter()
                    .filter(|p| p.carrier.as_ref() == Some(&c.id))
                    .map(|p| w.words.option(&p.id))
                    .collect();
            let cover = match c.bring_own {
                BringOwn::Offered => w.tx("tables-carrier-offered", &[("plans", plans.join(&sep))]),
                BringOwn::Closed(since) => {
                    w.tx("tables-carrier-closed", &[("since", w.words.month(since))])
                }
                BringOwn::NeverOffered => w.tx("tables-carrier-never", &[]),
            };
            let value = w.tx(
                "tables-carrier",
                &[
                    ("cover", cover),
                    ("sells", if c.sells_devices { "yes" } else { "no" }.into()),
                ],
            );
            [
                c.name_in(w.words.lang).to_string(),
                value,
                w.cite(&c.src, c.as_of),
            ]
        })
        .collect();
    w.rows(&rows);
}

/// The carriers' plans, or the cover bought apart from any carrier.
fn plans(w: &mut Writer, apart: bool) {
    let list: Vec<&Plan> =
        w.t.plans
            .plans
            .iter()
            .filter(|p| p.is_carriers() != apart)
            .collect();
    let heading = if apart {
        "tables-section-apart"
    } else {
        "tables-section-plans"
    };
    w.section(heading, Some(list.len()));
    for p in list {
        let _ = writeln!(w.out, "\n{}", w.words.option(&p.id));
        let rows = plan_rows(w, p);
        w.rows(&rows);
    }
}

/// Every figure of one plan, in the order a shopper reads the terms.
fn plan_rows(w: &Writer, p: &Plan) -> Vec<FigureRow> {
    let label = |id: &str| w.tx(id, &[]);
    let mut rows: Vec<FigureRow> = vec![[label("tables-row-for"), plan_for(w, p), String::new()]];
    match &p.fee {
        Fee::Flat(f) => rows.push([
            label("tables-row-fee"),
            w.yen(f.yen),
            w.cite(&f.src, f.as_of),
        ]),
        Fee::Range { low, high, assumed } => {
            let value = w.tx(
                "tables-fee-range",
                &[
                    ("low", w.yen(low.yen)),
                    ("high", w.yen(high.yen)),
                    ("used", w.yen(assumed.yen)),
                ],
            );
            rows.push([label("tables-row-fee"), value, w.cite(&low.src, low.as_of)]);
        }
        Fee::ByTier { tiers, .. } => {
            for tier in tiers {
                let mut value = w.tx(
                    "tables-fee-tier",
                    &[("tier", tier.id.clone()), ("fee", w.yen(tier.yen))],
                );
                if let Some(two) = tier.two_years {
                    value = w.tx("tables-two-years", &[("text", value), ("yen", w.yen(two))]);
                }
                rows.push([
                    label("tables-row-fee"),
                    value,
                    w.cite(&tier.src, tier.as_of),
                ]);
            }
        }
    }
    let join = match p.join {
        Join::AtSignUp => "tables-join-signup",
        Join::Anytime => "tables-join-anytime",
        Join::Apart if p.joins_while_covered() => "tables-join-apart-covered",
        Join::Apart => "tables-join-apart",
    };
    rows.insert(1, [label("tables-row-join"), label(join), String::new()]);
    if let Some(v) = &p.variant {
        rows.insert(
            1,
            [
                label("tables-row-variant"),
                v.name_in(w.words.lang).to_string(),
                String::new(),
            ],
        );
    }
    let proration = |p: Proration| {
        label(match p {
            Proration::Full => "tables-proration-full",
            Proration::ByDay => "tables-proration-byday",
        })
    };
    let b = &p.billing;
    let billing = match b.cycle {
        Cycle::FromStart => w.tx("tables-billing-from-start", &[]),
        Cycle::Calendar => w.tx(
            "tables-billing",
            &[
                ("month", b.first_billed_month.to_string()),
                ("start", proration(b.start_month)),
                ("cancel", proration(b.cancel_month)),
            ],
        ),
    };
    rows.push([
        label("tables-row-billing"),
        billing,
        w.cite(&b.src, b.as_of),
    ]);
    let (uses, cite) = match &p.uses_per_year {
        Some(u) => (u.n.to_string(), w.cite(&u.src, u.as_of)),
        None => (
            "none".to_string(),
            w.cite(&p.cover_from_month.src, p.cover_from_month.as_of),
        ),
    };
    let claims = w.tx(
        "tables-claims",
        &[("month", p.cover_from_month.n.to_string()), ("uses", uses)],
    );
    rows.push([label("tables-row-claims"), claims, cite]);
    rows.extend(limit_rows(w, p.cap.as_ref(), p.yearly_limit.as_ref()));
    if let Some(end) = &p.cover_until {
        rows.push([
            label("tables-row-cover-until"),
            window_words(w, "tables-cover-until", end),
            w.cite(&end.src, end.as_of),
        ]);
    }
    let covers_natural = p.benefits.iter().any(|b| b.kinds.contains(&Kind::Natural));
    let natural = match (&p.natural_window, covers_natural) {
        (_, false) => [label("tables-natural-none"), String::new()],
        (None, true) => [label("tables-natural-always"), String::new()],
        (Some(n), true) => {
            let mut words = window_words(w, "tables-natural", n);
            if n.with_battery {
                words = w.tx("tables-with-battery", &[("text", words)]);
            }
            [words, w.cite(&n.src, n.as_of)]
        }
    };
    let [value, cite] = natural;
    rows.push([label("tables-row-natural"), value, cite]);
    rows.extend(benefit_rows(w, &p.benefits));
    for v in &p.variants {
        let mut value = v.variant.name_in(w.words.lang).to_string();
        if let Fee::Flat(f) = &v.fee {
            value = w.tx("tables-variant", &[("name", value), ("fee", w.yen(f.yen))]);
        }
        let cite = match &v.fee {
            Fee::Flat(f) => w.cite(&f.src, f.as_of),
            _ => String::new(),
        };
        rows.push([label("tables-row-variant-other"), value, cite]);
        rows.extend(limit_rows(w, v.cap.as_ref(), v.yearly_limit.as_ref()));
        rows.extend(benefit_rows(w, &v.benefits));
    }
    for step in &p.steps {
        let mut figures: Vec<String> = Vec::new();
        let mut cite = String::new();
        if let Some(d) = &step.days {
            figures.push(w.words.span(d.n));
            cite = w.cite(&d.src, d.as_of);
        }
        for y in &step.yen {
            figures.push(w.yen(y.yen));
            cite = w.cite(&y.src, y.as_of);
        }
        if figures.is_empty() {
            continue;
        }
        let value = w.tx(
            "tables-step",
            &[
                ("step", w.tx(&format!("tables-step-{}", step.id), &[])),
                ("figures", figures.join(&label("tables-list-sep"))),
            ],
        );
        rows.push([label("tables-row-step"), value, cite]);
    }
    rows.extend(conflict_and_note_rows(w, p));
    rows
}

/// A window in words: so many months from the release, its year's end, or the start.
fn window_words(w: &Writer, id: &str, n: &Window) -> String {
    let from = match n.from {
        WindowStart::Release => "release",
        WindowStart::ReleaseYearEnd => "release_year_end",
        WindowStart::Start => "start",
    };
    w.tx(
        id,
        &[("months", n.months.to_string()), ("from", from.into())],
    )
}

/// A cap per use and a yearly total.
fn limit_rows(w: &Writer, cap: Option<&YenFigure>, yearly: Option<&YenFigure>) -> Vec<FigureRow> {
    let mut rows = Vec::new();
    if let Some(cap) = cap {
        let value = w.tx("tables-cap", &[("cap", w.yen(cap.yen))]);
        rows.push([
            w.tx("tables-row-cap", &[]),
            value,
            w.cite(&cap.src, cap.as_of),
        ]);
    }
    if let Some(y) = yearly {
        let value = w.tx("tables-yearly-limit", &[("yen", w.yen(y.yen))]);
        rows.push([w.tx("tables-row-cap", &[]), value, w.cite(&y.src, y.as_of)]);
    }
    rows
}

/// What a covered incident costs, one row per benefit.
fn benefit_rows(w: &Writer, benefits: &[crate::tables::Benefit]) -> Vec<FigureRow> {
    let label = |id: &str| w.tx(id, &[]);
    let mut rows = Vec::new();
    for b in benefits {
        let kinds: Vec<String> = b.kinds.iter().map(|k| kind_name(w.words, *k)).collect();
        let paid = b.pays.map(|p| match p {
            crate::tables::Payout::UpTo(yen) => w.tx("tables-pays-up-to", &[("yen", w.yen(yen))]),
            crate::tables::Payout::ShareOfPrice(share) => {
                w.tx("tables-pays-share", &[("share", percent(share))])
            }
        });
        let mut value = match paid {
            Some(paid) => w.tx(
                "tables-benefit-pays",
                &[
                    ("kinds", kinds.join(&label("tables-list-sep"))),
                    ("paid", paid),
                ],
            ),
            None => w.tx(
                "tables-benefit",
                &[
                    ("kinds", kinds.join(&label("tables-list-sep"))),
                    ("first", w.yen(b.copay.0)),
                    ("later", w.yen(b.copay.1)),
                    ("capped", if b.capped { "yes" } else { "no" }.into()),
                    (
                        "exchange",
                        b.exchange.map_or("none".into(), |x| {
                            w.tx(
                                "tables-exchange",
                                &[("first", w.yen(x.0)), ("later", w.yen(x.1))],
                            )
                        }),
                    ),
                ],
            ),
        };
        if let Some(os) = b.os {
            value = w.tx(
                "tables-only-os",
                &[("os", os_name(w.words, os)), ("text", value)],
            );
        }
        if let Some(models) = &b.only_models {
            value = w.tx(
                "tables-only-models",
                &[
                    ("models", models.join(&label("tables-list-sep"))),
                    ("text", value),
                ],
            );
        }
        rows.push([label("tables-row-copay"), value, w.cite(&b.src, b.as_of)]);
    }
    rows
}

/// The plan's source conflicts and assumptions.
fn conflict_and_note_rows(w: &Writer, p: &Plan) -> Vec<FigureRow> {
    let label = |id: &str| w.tx(id, &[]);
    let mut rows = Vec::new();
    for c in &p.conflicts {
        let value = w.tx(
            "tables-conflict",
            &[
                ("about", c.about_in(w.words.lang).to_string()),
                (
                    "same",
                    if c.other_src == c.official_src {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ),
                ("other", w.yen(c.other_yen)),
                ("other_src", w.mark(&c.other_src)),
                ("official", w.yen(c.official_yen)),
                ("official_src", w.mark(&c.official_src)),
            ],
        );
        rows.push([label("tables-row-conflict"), value, w.words.month(c.as_of)]);
    }
    for n in &p.assumptions {
        rows.push([
            label("tables-row-note"),
            n.note_in(w.words.lang).to_string(),
            w.mark(&n.src),
        ]);
    }
    rows
}

/// Which devices a plan takes: how they are bought and which OS (cover bought apart: the OS;
/// its gates say the rest).
fn plan_for(w: &Writer, p: &Plan) -> String {
    let sep = w.tx("tables-list-sep", &[]);
    let os =
        p.os.iter()
            .map(|o| os_name(w.words, *o))
            .collect::<Vec<_>>()
            .join(&sep);
    let Some(carrier) = &p.carrier else {
        return os;
    };
    let carrier = w.words.carrier(carrier.id());
    let ways: Vec<String> = p
        .device_sources
        .iter()
        .map(|s| {
            w.tx(
                "tables-way",
                &[("way", s.id().into()), ("carrier", carrier.clone())],
            )
        })
        .collect();
    w.tx("tables-for", &[("way", ways.join(&sep)), ("os", os)])
}

fn os_name(words: &Words, os: Os) -> String {
    words.text(&format!("choice-{}", os.id()), &[])
}

fn devices(w: &mut Writer) {
    w.section("tables-section-devices", Some(w.t.devices().len()));
    let header = [
        "tables-col-model",
        "tables-col-os",
        "tables-col-released",
        "tables-col-price",
        "tables-col-linemo",
        "tables-col-applecare",
        "tables-col-source",
    ]
    .iter()
    .map(|id| w.tx(id, &[]))
    .collect();
    // A tiered fee's figure for a model: its tier's fee; its nearest family's, marked to
    // confirm, where no list names it; "to confirm" alone where there is neither.
    let fee = |d: &crate::tables::Device, set: &str| match d.os {
        Os::Android => w.tx("value-none", &[]),
        Os::Ios => match d.tiers.get(set).and_then(|tier| w.t.tier_fee(set, tier)) {
            Some(y) => w.yen(y),
            None => d
                .nearest_tiers
                .get(set)
                .and_then(|tier| w.t.tier_fee(set, tier))
                .map_or_else(
                    || w.tx("level-soft", &[]),
                    |y| w.tx("tables-fee-nearest", &[("fee", w.yen(y))]),
                ),
        },
    };
    let rows =
        w.t.devices
            .devices
            .iter()
            .map(|d| {
                vec![
                    d.name.clone(),
                    os_name(w.words, d.os),
                    w.words.month(d.released),
                    d.price_yen
                        .map_or_else(|| w.tx("tables-price-asked", &[]), |p| w.yen(p)),
                    fee(d, ASKED_TIER_SET),
                    fee(d, "applecare_plus"),
                    w.cite(&d.src, d.as_of),
                ]
            })
            .collect();
    w.grid(header, rows, &[3, 4, 5]);
    let note = w.tx("tables-devices-note", &[]);
    let _ = writeln!(w.out, "  {note}");
}

fn repairs(w: &mut Writer) {
    w.section("tables-section-repairs", None);
    let header = [
        "tables-col-repair",
        "kind-screen",
        "kind-back_glass",
        "kind-other",
        "kind-battery",
        "tables-col-source",
    ]
    .iter()
    .map(|id| w.tx(id, &[]))
    .collect();
    let v = |x: Option<u32>| x.map_or_else(|| w.tx("tables-from-band", &[]), |y| w.yen(y));
    let r = &w.t.repairs;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for p in &r.profiles {
        let names: Vec<&str> =
            w.t.devices
                .devices
                .iter()
                .filter(|d| d.repair.as_deref() == Some(p.id.as_str()))
                .map(|d| d.name.as_str())
                .collect();
        let name = if names.is_empty() {
            w.tx("source-unnamed", &[])
        } else {
            names.join(", ")
        };
        rows.push(vec![
            name,
            v(p.screen),
            v(p.back_glass),
            v(p.other),
            v(p.battery),
            w.cite(&p.src, p.as_of),
        ]);
    }
    for (i, b) in r.bands.iter().enumerate() {
        let last = r.bands.get(i + 1).is_none_or(|n| n.os != b.os);
        let previous = i
            .checked_sub(1)
            .and_then(|j| r.bands.get(j))
            .filter(|p| p.os == b.os);
        let band = match (last, previous) {
            (true, Some(prev)) => w.tx(
                "tables-band-over",
                &[
                    ("os", os_name(w.words, b.os)),
                    ("price", w.yen(prev.up_to_yen)),
                ],
            ),
            _ => w.tx(
                "tables-band",
                &[
                    ("os", os_name(w.words, b.os)),
                    ("price", w.yen(b.up_to_yen)),
                ],
            ),
        };
        rows.push(vec![
            band,
            w.yen(b.screen),
            w.yen(b.back_glass),
            w.yen(b.other),
            w.yen(b.battery),
            w.cite(&b.src, b.as_of),
        ]);
    }
    let c = &r.warranty;
    rows.push(vec![
        w.tx("tables-repair-warranty", &[]),
        w.yen(c.screen),
        w.yen(c.back_glass),
        w.yen(c.other),
        w.yen(c.battery),
        w.cite(&c.src, c.as_of),
    ]);
    w.grid(header, rows, &[1, 2, 3, 4]);
    let s = &r.street;
    let street = w.tx(
        "tables-street",
        &[
            ("screen", w.yen(s.screen_yen)),
            ("diagnosis", w.yen(s.diagnosis_yen)),
        ],
    );
    let note = w.tx("tables-repairs-note", &[]);
    let _ = writeln!(w.out, "  {street}  {}\n  {note}", w.cite(&s.src, s.as_of));
}

/// A share as a percentage, e.g. 0.09 as "9".
fn percent(x: f64) -> String {
    decimal((x * 1000.0).round() / 10.0)
}

fn risk(w: &mut Writer) {
    w.section("tables-section-risk", None);
    let r = &w.t.risk;
    let label = |id: &str| w.tx(id, &[]);
    let prior = |p: &crate::tables::Prior| {
        w.tx(
            "tables-prior",
            &[
                ("rate", percent(p.per_year)),
                ("weight", decimal(p.weight_years)),
            ],
        )
    };
    // A prior's row: its name, its rate and weight, its source.
    let prior_row = |id: &str, p: &crate::tables::Prior| -> FigureRow {
        [label(id), prior(p), w.cite(&p.src, p.as_of)]
    };
    let n = &r.natural;
    let mut rows: Vec<FigureRow> = vec![
        prior_row("tables-risk-damage", &r.damage),
        prior_row("tables-risk-water", &r.water),
        [
            label("tables-risk-natural"),
            w.tx(
                "tables-natural-rate",
                &[
                    ("months", n.early_months.to_string()),
                    ("early", percent(n.early_per_year)),
                    ("late", percent(n.late_per_year)),
                    ("battery", percent(n.battery_share)),
                ],
            ),
            w.cite(&n.src, n.as_of),
        ],
        prior_row("tables-risk-gone", &r.gone),
        [
            label("tables-risk-theft"),
            w.tx(
                "tables-theft-share",
                &[("share", percent(r.theft_share.share))],
            ),
            w.cite(&r.theft_share.src, r.theft_share.as_of),
        ],
    ];
    for (os, s) in [(Os::Ios, &r.split_ios), (Os::Android, &r.split_android)] {
        rows.push([
            w.tx("tables-split", &[("os", os_name(w.words, os))]),
            w.tx(
                "tables-split-shares",
                &[
                    ("screen", percent(s.screen)),
                    ("back", percent(s.back_glass)),
                    ("other", percent(s.other)),
                ],
            ),
            w.cite(&s.src, s.as_of),
        ]);
    }
    for f in &r.protection {
        rows.push([
            w.tx(protection_word(f.protection), &[]),
            w.tx(
                "tables-protection",
                &[("damage", decimal(f.damage)), ("water", decimal(f.water))],
            ),
            w.cite(&f.src, f.as_of),
        ]);
    }
    w.rows(&rows);
}

/// A threshold's value in its unit.
enum Figure<'a> {
    Yen(&'a YenFigure),
    Months(&'a Count),
    Within(&'a Ratio),
    Worst(&'a Ratio),
}

fn thresholds(w: &mut Writer) {
    w.section("tables-section-thresholds", None);
    let th = &w.t.rules.thresholds;
    let all = [
        ("cheap_device", Figure::Yen(&th.cheap_device)),
        ("expensive_device", Figure::Yen(&th.expensive_device)),
        ("spare_phone", Figure::Yen(&th.spare_phone)),
        ("cheap_phone", Figure::Yen(&th.cheap_phone)),
        ("about_same", Figure::Within(&th.about_same)),
        (
            "review_after_months",
            Figure::Months(&th.review_after_months),
        ),
        (
            "overlap_soon_months",
            Figure::Months(&th.overlap_soon_months),
        ),
        ("old_device_months", Figure::Months(&th.old_device_months)),
        (
            "maker_warranty_months",
            Figure::Months(&th.maker_warranty_months),
        ),
        ("bad_case_quantile", Figure::Worst(&th.bad_case_quantile)),
        ("stale_after_months", Figure::Months(&th.stale_after_months)),
        (
            "fee_source_stale_months",
            Figure::Months(&th.fee_source_stale_months),
        ),
    ];
    let rows: Vec<FigureRow> = all
        .iter()
        .map(|(name, f)| {
            let (value, src, as_of) = match f {
                Figure::Yen(y) => (w.yen(y.yen), &y.src, y.as_of),
                Figure::Months(c) => (
                    w.tx("tables-months", &[("n", c.n.to_string())]),
                    &c.src,
                    c.as_of,
                ),
                Figure::Within(r) => (
                    w.tx("tables-within", &[("pct", percent(r.value))]),
                    &r.src,
                    r.as_of,
                ),
                Figure::Worst(r) => (
                    w.tx("tables-worst", &[("pct", percent(1.0 - r.value))]),
                    &r.src,
                    r.as_of,
                ),
            };
            [
                w.tx(&format!("tables-threshold-{name}"), &[]),
                value,
                w.cite(src, as_of),
            ]
        })
        .collect();
    w.rows(&rows);
}

/// A kind of protection's word.
pub fn protection_word(p: crate::domain::Protection) -> &'static str {
    use crate::domain::Protection;
    match p {
        Protection::Bare => "choice-bare",
        Protection::Case => "choice-case",
        Protection::CaseAndFilm => "choice-case_and_film",
        Protection::Rugged => "choice-rugged",
    }
}

fn sources(w: &mut Writer) {
    w.section("tables-section-sources", None);
    let lines: Vec<String> = w.refs.list.iter().map(|r| r.line.clone()).collect();
    for line in lines {
        let _ = writeln!(w.out, "  {line}");
    }
}
