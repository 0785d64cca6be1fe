//! Checks a parsed table set once: references resolve, tiers cover their models, amounts are in
//! range, dates are not in the tables' future. Every problem names its file, line and column.

use super::search::normalize;
use super::{Count, Fee, MAX_USES_PER_YEAR, Problem, Tables};
use crate::domain::Protection;
use crate::message::{Arg, Args};
use crate::syntax::Locator;
use std::collections::HashSet;

const MAX_YEN: u32 = 1_000_000;
/// A prior yearly rate of damage or water: no survey found less than 3% a year, none more than
/// a few a year; a rate of almost nothing would make any break-even absurd.
const PRIOR_RATE: (f64, f64) = (0.01, 5.0);
/// A prior's weight in years.
const PRIOR_WEIGHT: (f64, f64) = (0.5, 20.0);
/// How much a kind of protection scales a rate.
const PROTECTION_FACTOR: (f64, f64) = (0.1, 3.0);

/// Collects problems with their places.
struct Ctx<'a> {
    names: &'a [String],
    texts: &'a [String],
    /// Each file's places, indexed once, when its first problem is placed.
    places: Vec<std::cell::OnceCell<Locator<'a>>>,
    problems: Vec<Problem>,
    /// The words of both languages, without any table's names.
    words: [crate::i18n::Words; 2],
}

impl<'a> Ctx<'a> {
    /// Records a problem in file `slot`, placed at the chain of `anchors`.
    fn add(&mut self, slot: usize, anchors: &[&str], id: &'static str, args: Args) {
        let place = self.places(slot).locate(anchors);
        self.add_at(slot, place, id, args);
    }

    /// The places of file `slot`.
    fn places(&self, slot: usize) -> &Locator<'a> {
        self.places[slot].get_or_init(|| Locator::new(&self.texts[slot]))
    }

    /// Records a problem in file `slot` at a line and column.
    fn add_at(&mut self, slot: usize, (line, col): (usize, usize), id: &'static str, args: Args) {
        self.problems.push(Problem {
            file: self.names[slot].clone(),
            line,
            col,
            id,
            args,
        });
    }
}

/// A value as the file writes it.
fn text(v: impl ToString) -> Arg {
    Arg::Text(v.to_string())
}

/// A figure's name, by its message id.
fn named(id: &str) -> Arg {
    Arg::Words(id.to_string())
}

const SOURCES: usize = 0;
const CARRIERS: usize = 1;
const PLANS: usize = 2;
const DEVICES: usize = 3;
const REPAIRS: usize = 4;
const RISK: usize = 5;
const RULES: usize = 6;

/// Every problem in the table set; empty when it is sound.
pub fn check(t: &Tables, names: &[String], texts: &[String]) -> Vec<Problem> {
    let mut cx = Ctx {
        names,
        texts,
        places: texts.iter().map(|_| std::cell::OnceCell::new()).collect(),
        problems: Vec::new(),
        words: crate::lang::Lang::ALL.map(crate::i18n::Words::bare),
    };
    for slot in 0..cx.places.len() {
        check_controls(slot, &mut cx);
    }
    let sources = check_sources(t, &mut cx);
    check_carriers(t, &sources, &mut cx);
    check_plans(t, &sources, &mut cx);
    check_devices(t, &sources, &mut cx);
    check_repairs(t, &sources, &mut cx);
    check_risk(t, &sources, &mut cx);
    check_rules(t, &sources, &mut cx);
    cx.problems
}

/// Text in the tables is shown to people: a control character in it, written raw or as an
/// escape (`\u{1b}`, `\x07`, `\n`), could act on their terminal, so none is accepted.
fn check_controls(slot: usize, cx: &mut Ctx) {
    let text = cx.texts[slot].as_str();
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let control = if c == '\\' {
            match chars.next() {
                Some((_, 'n' | 'r' | 't' | '0' | 'b' | 'f')) => Some('\u{1}'),
                Some((from, 'x' | 'u')) => {
                    let rest = &text[from + 1..];
                    let digits = rest.trim_start_matches('{');
                    let hex: String = digits.chars().take_while(char::is_ascii_hexdigit).collect();
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .filter(|c| crate::echo::is_control(*c))
                }
                _ => None,
            }
        } else {
            (!matches!(c, '\n' | '\r' | '\t') && crate::echo::is_control(c)).then_some(c)
        };
        if control.is_some() {
            found.push(at);
        }
    }
    for at in found {
        let place = cx.places(slot).place(at);
        cx.add_at(slot, place, "validate-control", Vec::new());
    }
}

fn check_sources(t: &Tables, cx: &mut Ctx) -> HashSet<String> {
    let mut ids = HashSet::new();
    for s in &t.sources.sources {
        let anchor = format!("\"{}\"", s.id);
        if !ids.insert(s.id.clone()) {
            cx.add(
                SOURCES,
                &[&anchor, &anchor],
                "validate-twice",
                vec![("value", text(&s.id))],
            );
        }
        if s.as_of > t.sources.as_of {
            cx.add(
                SOURCES,
                &[&anchor, "as_of"],
                "validate-after-table",
                vec![
                    ("date", Arg::Month(s.as_of)),
                    ("table", Arg::Month(t.sources.as_of)),
                ],
            );
        }
    }
    ids
}

fn check_carriers(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let mut ids = HashSet::new();
    for c in &t.carriers.carriers {
        let anchor = format!("id: {}", c.id);
        if c.id.is_undecided() || !ids.insert(c.id.clone()) {
            cx.add(
                CARRIERS,
                &[&anchor, &anchor],
                "validate-twice",
                vec![("value", text(&c.id))],
            );
        }
        check_src(cx, CARRIERS, sources, &c.src, &[&anchor]);
        check_date(cx, CARRIERS, &[&anchor], c.as_of, t.carriers.as_of);
    }
}

impl<'a> Ctx<'a> {
    /// Whether both languages have a message, so that an id from the tables is never shown
    /// raw.
    fn worded(&self, id: &str) -> bool {
        self.words.iter().all(|w| w.has(id))
    }
}

/// Checks that `src` names a source, placing a miss at `anchors`.
fn check_src(cx: &mut Ctx, slot: usize, sources: &HashSet<String>, src: &str, anchors: &[&str]) {
    if !sources.contains(src) {
        let quoted = format!("\"{src}\"");
        let mut chain: Vec<&str> = anchors.to_vec();
        chain.push(&quoted);
        cx.add(
            slot,
            &chain,
            "validate-unknown-source",
            vec![("src", text(src))],
        );
    }
}

fn check_yen(cx: &mut Ctx, slot: usize, anchors: &[&str], what: &str, yen: u32, min: u32) {
    if yen < min || yen > MAX_YEN {
        cx.add(
            slot,
            anchors,
            "validate-yen",
            vec![
                ("what", named(what)),
                ("value", Arg::Yen(i64::from(yen))),
                ("min", Arg::Yen(i64::from(min))),
                ("max", Arg::Yen(i64::from(MAX_YEN))),
            ],
        );
    }
}

fn check_plans(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let mut ids = HashSet::new();
    let as_of = t.plans.as_of;
    for p in &t.plans.plans {
        let id = format!("\"{}\"", p.id);
        let at = |field: &'static str| -> [String; 2] { [id.clone(), field.to_string()] };
        if !ids.insert(p.id.clone()) {
            cx.add(
                PLANS,
                &[&id, &id],
                "validate-twice",
                vec![("value", text(&p.id))],
            );
        }
        if p.os.is_empty() || p.device_sources.is_empty() {
            cx.add(PLANS, &[&id], "validate-plan-for", Vec::new());
        }
        match &p.carrier {
            Some(c) if t.carrier(c).is_none() => cx.add(
                PLANS,
                &[&id, "carrier"],
                "validate-unknown-carrier",
                vec![("carrier", text(c))],
            ),
            // Cover bought apart has no carrier, and a carrier's plan is not bought apart.
            c if c.is_none() != (p.join == crate::tables::Join::Apart) => {
                cx.add(PLANS, &[&id, "join"], "validate-join-apart", Vec::new())
            }
            _ => {}
        }
        match &p.fee {
            Fee::Flat(f) => {
                check_yen(cx, PLANS, &[&id, "fee"], "tables-row-fee", f.yen, 1);
                check_src(cx, PLANS, sources, &f.src, &[&id, "fee"]);
                check_date(cx, PLANS, &[&id, "fee"], f.as_of, as_of);
            }
            Fee::Range { low, high, assumed } => {
                for f in [low, high, assumed] {
                    check_yen(cx, PLANS, &[&id, "fee"], "tables-row-fee", f.yen, 1);
                    check_src(cx, PLANS, sources, &f.src, &[&id, "fee"]);
                    check_date(cx, PLANS, &[&id, "fee"], f.as_of, as_of);
                }
                if low.yen > high.yen || assumed.yen < low.yen || assumed.yen > high.yen {
                    cx.add(PLANS, &[&id, "fee"], "validate-fee-range", Vec::new());
                }
            }
            Fee::ByTier { set, tiers } => {
                if tiers.is_empty() {
                    cx.add(PLANS, &[&id, "fee"], "validate-no-tiers", Vec::new());
                }
                let mut seen = HashSet::new();
                for tier in tiers {
                    let tid = format!("\"{}\"", tier.id);
                    if !seen.insert(tier.id.clone()) {
                        cx.add(
                            PLANS,
                            &[&id, &tid, &tid],
                            "validate-twice",
                            vec![("value", text(&tier.id))],
                        );
                    }
                    check_yen(cx, PLANS, &[&id, &tid], "tables-row-fee", tier.yen, 1);
                    check_src(cx, PLANS, sources, &tier.src, &[&id, &tid]);
                    check_date(cx, PLANS, &[&id, &tid], tier.as_of, as_of);
                    let used = t
                        .devices
                        .devices
                        .iter()
                        .any(|d| d.tiers.get(set) == Some(&tier.id));
                    if !used {
                        cx.add(
                            PLANS,
                            &[&id, &tid],
                            "validate-tier-unused",
                            vec![("tier", text(&tier.id))],
                        );
                    }
                }
            }
        }
        let b = &p.billing;
        if !(1..=12).contains(&b.first_billed_month) {
            let a = at("first_billed_month");
            cx.add(
                PLANS,
                &[&a[0], &a[1]],
                "validate-count",
                vec![
                    ("what", named("validate-what-first_billed_month")),
                    ("value", Arg::Int(i64::from(b.first_billed_month))),
                    ("max", Arg::Int(12)),
                ],
            );
        }
        check_src(cx, PLANS, sources, &b.src, &[&id, "billing"]);
        check_date(cx, PLANS, &[&id, "billing"], b.as_of, as_of);
        // The bad case follows at most 3 uses a year.
        let counts: Vec<(&str, &Count, u32)> = [
            Some(("cover_from_month", &p.cover_from_month, 12)),
            p.uses_per_year
                .as_ref()
                .map(|u| ("uses_per_year", u, MAX_USES_PER_YEAR)),
        ]
        .into_iter()
        .flatten()
        .collect();
        // Without a limit on uses, a counted benefit needs a yearly total to count against.
        let counted = p.benefits.iter().any(|b| b.counts);
        if p.uses_per_year.is_none() && p.yearly_limit.is_none() && counted {
            cx.add(
                PLANS,
                &[&id, "uses_per_year"],
                "validate-no-limit",
                Vec::new(),
            );
        }
        for (field, c, most) in counts {
            if !(1..=most).contains(&c.n) {
                cx.add(
                    PLANS,
                    &[&id, field],
                    "validate-count",
                    vec![
                        ("what", named(&format!("validate-what-{field}"))),
                        ("value", Arg::Int(i64::from(c.n))),
                        ("max", Arg::Int(i64::from(most))),
                    ],
                );
            }
            check_src(cx, PLANS, sources, &c.src, &[&id, field]);
            check_date(cx, PLANS, &[&id, field], c.as_of, as_of);
        }
        if let Some(cap) = &p.cap {
            check_yen(cx, PLANS, &[&id, "cap"], "tables-row-cap", cap.yen, 1);
            check_src(cx, PLANS, sources, &cap.src, &[&id, "cap"]);
        }
        if p.benefits.is_empty() {
            cx.add(
                PLANS,
                &[&id, "benefits"],
                "validate-no-benefits",
                Vec::new(),
            );
        }
        for b in &p.benefits {
            if b.kinds.is_empty() {
                cx.add(
                    PLANS,
                    &[&id, "benefits", "kinds"],
                    "validate-no-kinds",
                    Vec::new(),
                );
            }
            for yen in [b.copay.0, b.copay.1] {
                check_yen(
                    cx,
                    PLANS,
                    &[&id, "benefits", "copay"],
                    "tables-row-copay",
                    yen,
                    0,
                );
            }
            if b.capped && p.cap.is_none() {
                cx.add(PLANS, &[&id, "capped"], "validate-capped", Vec::new());
            }
            for m in b.only_models.iter().flatten() {
                if t.find_device(m).is_none() {
                    let q = format!("\"{m}\"");
                    cx.add(
                        PLANS,
                        &[&id, "only_models", &q],
                        "validate-unknown-model",
                        vec![("model", text(m))],
                    );
                }
            }
            check_src(cx, PLANS, sources, &b.src, &[&id, "benefits"]);
            check_date(cx, PLANS, &[&id, "benefits"], b.as_of, as_of);
        }
        for (field, w) in [
            ("natural_window", &p.natural_window),
            ("cover_until", &p.cover_until),
        ] {
            if let Some(w) = w {
                check_window(cx, sources, &id, field, w);
            }
        }
        if let Some(y) = &p.yearly_limit {
            check_yen(
                cx,
                PLANS,
                &[&id, "yearly_limit"],
                "tables-row-cap",
                y.yen,
                1,
            );
            check_src(cx, PLANS, sources, &y.src, &[&id, "yearly_limit"]);
        }

        for v in &p.variants {
            let q = format!("\"{}\"", v.variant.id);
            let counted = v.benefits.iter().any(|b| b.counts);
            if p.uses_per_year.is_none() && v.yearly_limit.is_none() && counted {
                cx.add(PLANS, &[&id, &q], "validate-no-limit", Vec::new());
            }
            if let Fee::Flat(f) = &v.fee {
                check_yen(cx, PLANS, &[&id, &q], "tables-row-fee", f.yen, 1);
                check_src(cx, PLANS, sources, &f.src, &[&id, &q]);
            }
            for b in &v.benefits {
                check_src(cx, PLANS, sources, &b.src, &[&id, &q]);
            }
        }
        // Every gate and step is worded in both languages: a table set can add plans, never
        // words, so an id without its message would reach a reader as it is.
        for g in &p.gates {
            check_src(cx, PLANS, sources, &g.src, &[&id, &g.rule]);
            if !cx.worded(&format!("gate-{}", g.rule)) {
                let q = format!("\"{}\"", g.rule);
                cx.add(
                    PLANS,
                    &[&id, &q],
                    "validate-unworded",
                    vec![("value", text(&g.rule))],
                );
            }
        }
        for step in &p.steps {
            let q = format!("\"{}\"", step.id);
            if !cx.worded(&format!("step-{}", step.id)) {
                cx.add(
                    PLANS,
                    &[&id, &q],
                    "validate-unworded",
                    vec![("value", text(&step.id))],
                );
            }
            if let Some(d) = &step.days {
                check_src(cx, PLANS, sources, &d.src, &[&id, &q]);
                if d.n > 400 {
                    cx.add(
                        PLANS,
                        &[&id, &q],
                        "validate-count",
                        vec![
                            ("what", named("validate-what-step_days")),
                            ("value", Arg::Int(i64::from(d.n))),
                            ("max", Arg::Int(400)),
                        ],
                    );
                }
            }
            for y in &step.yen {
                // A penalty or a charge named in a step is never nothing.
                check_yen(cx, PLANS, &[&id, &q], "validate-what-step_yen", y.yen, 1);
                check_src(cx, PLANS, sources, &y.src, &[&id, &q]);
            }
        }
        for c in &p.conflicts {
            // The official figure is what the engine uses; the other may be a source's "free".
            for (yen, min) in [(c.official_yen, 1), (c.other_yen, 0)] {
                check_yen(
                    cx,
                    PLANS,
                    &[&id, &c.id],
                    "validate-what-conflict_yen",
                    yen,
                    min,
                );
            }
            check_src(cx, PLANS, sources, &c.official_src, &[&id, &c.id]);
            check_src(cx, PLANS, sources, &c.other_src, &[&id, &c.id]);
        }
        for n in &p.assumptions {
            check_src(cx, PLANS, sources, &n.src, &[&id, &n.id]);
        }
    }
}

/// A window of months (natural failure, all cover): 1 to 120 months, with a known source.
fn check_window(
    cx: &mut Ctx,
    sources: &HashSet<String>,
    id: &str,
    field: &str,
    w: &crate::tables::Window,
) {
    if w.months == 0 || w.months > 120 {
        cx.add(
            PLANS,
            &[id, field],
            "validate-count",
            vec![
                ("what", named(&format!("validate-what-{field}"))),
                ("value", Arg::Int(i64::from(w.months))),
                ("max", Arg::Int(120)),
            ],
        );
    }
    check_src(cx, PLANS, sources, &w.src, &[id, field]);
}

fn check_date(
    cx: &mut Ctx,
    slot: usize,
    anchors: &[&str],
    date: crate::calendar::YearMonth,
    table: crate::calendar::YearMonth,
) {
    if date > table {
        let mut chain = anchors.to_vec();
        chain.push("as_of");
        cx.add(
            slot,
            &chain,
            "validate-after-table",
            vec![("date", Arg::Month(date)), ("table", Arg::Month(table))],
        );
    }
}

fn check_devices(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let mut keys = HashSet::new();
    for d in &t.devices.devices {
        let name = format!("\"{}\"", d.name);
        let mut own = HashSet::new();
        for n in std::iter::once(&d.name).chain(d.aliases.iter()) {
            let key = normalize(n);
            if !own.insert(key.clone()) {
                continue;
            }
            if key.is_empty() || !keys.insert(key) {
                let q = format!("\"{n}\"");
                cx.add(
                    DEVICES,
                    &[&name, &q],
                    "validate-device-name",
                    vec![("name", text(n))],
                );
            }
        }
        if let Some(price) = d.price_yen {
            let at = [name.as_str(), "price_yen"];
            check_yen(cx, DEVICES, &at, "validate-what-price", price, 1);
        }
        if d.released > t.devices.as_of {
            cx.add(
                DEVICES,
                &[&name, "released"],
                "validate-after-table",
                vec![
                    ("date", Arg::Month(d.released)),
                    ("table", Arg::Month(t.devices.as_of)),
                ],
            );
        }
        let listed = d.tiers.iter().map(|x| ("tiers", x));
        let nearest = d.nearest_tiers.iter().map(|x| ("nearest_tiers", x));
        for (field, (set, tier)) in listed.chain(nearest) {
            if t.tier_fee(set, tier).is_none() {
                cx.add(
                    DEVICES,
                    &[&name, field],
                    "validate-unknown-tier",
                    vec![("tier", text(format!("{set}: {tier}")))],
                );
            }
        }
        if let Some(r) = d
            .repair
            .as_ref()
            .filter(|r| !t.repairs.profiles.iter().any(|p| &p.id == *r))
        {
            cx.add(
                DEVICES,
                &[&name, "repair"],
                "validate-unknown-repair",
                vec![("repair", text(r))],
            );
        }
        check_src(cx, DEVICES, sources, &d.src, &[&name]);
        check_date(cx, DEVICES, &[&name], d.as_of, t.devices.as_of);
    }
}

fn check_repairs(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let mut ids = HashSet::new();
    for p in &t.repairs.profiles {
        let id = format!("\"{}\"", p.id);
        if !ids.insert(p.id.clone()) {
            cx.add(
                REPAIRS,
                &[&id, &id],
                "validate-twice",
                vec![("value", text(&p.id))],
            );
        }
        for yen in [p.screen, p.back_glass, p.other].into_iter().flatten() {
            check_yen(cx, REPAIRS, &[&id], "validate-what-repair", yen, 1);
        }
        check_src(cx, REPAIRS, sources, &p.src, &[&id]);
        check_date(cx, REPAIRS, &[&id], p.as_of, t.repairs.as_of);
    }
    for os in [crate::domain::Os::Ios, crate::domain::Os::Android] {
        let bands: Vec<_> = t.repairs.bands.iter().filter(|b| b.os == os).collect();
        let os_name = named(&format!("choice-{}", os.id()));
        if bands.last().map(|b| b.up_to_yen) != Some(MAX_YEN) {
            cx.add(
                REPAIRS,
                &["bands"],
                "validate-bands-end",
                vec![
                    ("os", os_name.clone()),
                    ("max", Arg::Yen(i64::from(MAX_YEN))),
                ],
            );
        }
        for w in bands.windows(2) {
            if w[0].up_to_yen >= w[1].up_to_yen {
                let q = format!("up_to_yen: {}", w[1].up_to_yen);
                cx.add(
                    REPAIRS,
                    &["bands", &q],
                    "validate-bands-rise",
                    vec![("os", os_name.clone())],
                );
            }
        }
    }
    for b in &t.repairs.bands {
        let q = format!("up_to_yen: {}", b.up_to_yen);
        for yen in [b.screen, b.back_glass, b.other, b.battery] {
            check_yen(cx, REPAIRS, &["bands", &q], "validate-what-repair", yen, 1);
        }
        check_src(cx, REPAIRS, sources, &b.src, &["bands", &q]);
        if let Some(src) = &b.battery_src {
            check_src(cx, REPAIRS, sources, src, &["bands", &q, "battery_src"]);
        }
    }
    let w = &t.repairs.warranty;
    for yen in [
        w.screen,
        w.back_glass,
        w.water,
        w.other,
        w.natural,
        w.battery,
    ] {
        check_yen(cx, REPAIRS, &["warranty"], "tables-repair-warranty", yen, 0);
    }
    check_src(cx, REPAIRS, sources, &w.src, &["warranty"]);
    // A street shop's screen repair is never free; its diagnosis may be.
    let street = &t.repairs.street;
    for (field, yen, min) in [
        ("screen_yen", street.screen_yen, 1),
        ("diagnosis_yen", street.diagnosis_yen, 0),
    ] {
        let what = format!("validate-what-street_{field}");
        check_yen(cx, REPAIRS, &["street", field], &what, yen, min);
    }
    check_src(cx, REPAIRS, sources, &street.src, &["street"]);
}

fn check_risk(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let r = &t.risk;
    for (field, prior, what) in [
        ("damage", &r.damage, "tables-risk-damage"),
        ("water", &r.water, "tables-risk-water"),
        ("gone", &r.gone, "tables-risk-gone"),
    ] {
        let rate_ok = (PRIOR_RATE.0..=PRIOR_RATE.1).contains(&prior.per_year);
        let weight_ok = (PRIOR_WEIGHT.0..=PRIOR_WEIGHT.1).contains(&prior.weight_years);
        if !rate_ok || !weight_ok {
            cx.add(
                RISK,
                &[&format!("{field}:")],
                "validate-prior",
                vec![("what", named(what))],
            );
        }
        check_src(cx, RISK, sources, &prior.src, &[&format!("{field}:")]);
    }
    for (field, s, os) in [
        ("split_ios", &r.split_ios, "choice-ios"),
        ("split_android", &r.split_android, "choice-android"),
    ] {
        let sum = s.screen + s.back_glass + s.other;
        // Written so that NaN fails: every comparison with NaN is false.
        let shares_ok = [s.screen, s.back_glass, s.other]
            .iter()
            .all(|v| (0.0..=1.0).contains(v));
        if !(shares_ok && (sum - 1.0).abs() <= 1e-6) {
            cx.add(
                RISK,
                &[field],
                "validate-split",
                vec![("os", named(os)), ("sum", Arg::Dec(sum))],
            );
        }
        check_src(cx, RISK, sources, &s.src, &[field]);
    }
    for p in [
        Protection::Bare,
        Protection::Case,
        Protection::CaseAndFilm,
        Protection::Rugged,
    ] {
        match r.protection.iter().filter(|f| f.protection == p).count() {
            1 => {}
            n => cx.add(
                RISK,
                &["protection"],
                "validate-protection-once",
                vec![
                    ("protection", protection_name(p)),
                    ("count", Arg::Int(n as i64)),
                ],
            ),
        }
    }
    for f in &r.protection {
        let q = format!("{:?},", f.protection);
        let factor = PROTECTION_FACTOR.0..=PROTECTION_FACTOR.1;
        if !(factor.contains(&f.damage) && factor.contains(&f.water)) {
            cx.add(
                RISK,
                &["protection", &q],
                "validate-protection-range",
                vec![("protection", protection_name(f.protection))],
            );
        }
        check_src(cx, RISK, sources, &f.src, &["protection", &q]);
    }
    let n = &r.natural;
    let months_ok = (1..=120).contains(&n.early_months);
    if !(0.0..=2.0).contains(&n.early_per_year)
        || !(0.0..=2.0).contains(&n.late_per_year)
        || !months_ok
    {
        cx.add(RISK, &["natural"], "validate-natural-rates", Vec::new());
    }
    if !(0.0..=1.0).contains(&n.battery_share) {
        cx.add(
            RISK,
            &["natural", "battery_share"],
            "validate-battery-share",
            Vec::new(),
        );
    }
    check_src(cx, RISK, sources, &n.src, &["natural"]);
    if !(0.0..=1.0).contains(&r.theft_share.share) {
        cx.add(
            RISK,
            &["theft_share", "share"],
            "validate-theft-share",
            Vec::new(),
        );
    }
    check_src(cx, RISK, sources, &r.theft_share.src, &["theft_share"]);
}

fn check_rules(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let th = &t.rules.thresholds;
    // None of these can be ¥0: a free spare or cheap phone would make any device's fallback
    // free, and a cheap-device line of ¥0 would call no device cheap. (A phone at ¥1 is sold
    // at port-in, so ¥1 is the floor.)
    for (field, y, min) in [
        ("cheap_device", &th.cheap_device, 1),
        ("expensive_device", &th.expensive_device, 1),
        ("spare_phone", &th.spare_phone, 1),
        ("cheap_phone", &th.cheap_phone, 1),
    ] {
        let what = format!("tables-threshold-{field}");
        check_yen(cx, RULES, &[field], &what, y.yen, min);
        check_src(cx, RULES, sources, &y.src, &[field]);
    }
    if th.cheap_device.yen >= th.expensive_device.yen {
        cx.add(
            RULES,
            &["cheap_device"],
            "validate-cheap-below-expensive",
            Vec::new(),
        );
    }
    for (field, r, lo, hi) in [
        ("about_same", &th.about_same, 0.0, 0.2),
        ("bad_case_quantile", &th.bad_case_quantile, 0.5, 0.999),
    ] {
        if !(lo..=hi).contains(&r.value) {
            cx.add(
                RULES,
                &[field],
                "validate-ratio",
                vec![
                    ("what", named(&format!("tables-threshold-{field}"))),
                    ("value", Arg::Dec(r.value)),
                    ("min", Arg::Dec(lo)),
                    ("max", Arg::Dec(hi)),
                ],
            );
        }
        check_src(cx, RULES, sources, &r.src, &[field]);
    }
    for (field, c, hi) in [
        ("review_after_months", &th.review_after_months, 60),
        ("overlap_soon_months", &th.overlap_soon_months, 60),
        ("old_device_months", &th.old_device_months, 240),
        ("stale_after_months", &th.stale_after_months, 120),
        ("fee_source_stale_months", &th.fee_source_stale_months, 240),
        ("maker_warranty_months", &th.maker_warranty_months, 60),
    ] {
        if c.n == 0 || c.n > hi {
            cx.add(
                RULES,
                &[field],
                "validate-count",
                vec![
                    ("what", named(&format!("tables-threshold-{field}"))),
                    ("value", Arg::Int(i64::from(c.n))),
                    ("max", Arg::Int(i64::from(hi))),
                ],
            );
        }
        check_src(cx, RULES, sources, &c.src, &[field]);
    }
    let mut ids = HashSet::new();
    for r in &t.rules.rules {
        let q = format!("\"{}\"", r.id);
        if !ids.insert(r.id.clone()) {
            cx.add(
                RULES,
                &[&q, &q],
                "validate-twice",
                vec![("value", text(&r.id))],
            );
        }
        if r.src.is_empty() {
            cx.add(RULES, &[&q], "validate-no-source", Vec::new());
        }
        for s in &r.src {
            check_src(cx, RULES, sources, s, &[&q]);
        }
    }
}

/// A kind of protection's name, by its message id.
fn protection_name(p: Protection) -> Arg {
    named(match p {
        Protection::Bare => "choice-bare",
        Protection::Case => "choice-case",
        Protection::CaseAndFilm => "choice-case_and_film",
        Protection::Rugged => "choice-rugged",
    })
}
