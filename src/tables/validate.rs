//! Checks a parsed table set once: references resolve, tiers cover their models, amounts are in
//! range, dates are not in the tables' future. Every problem names its file, line and column.

use super::search::normalize;
use super::{Fee, Problem, Tables, locate};
use crate::domain::Protection;
use std::collections::HashSet;

const MAX_YEN: u32 = 1_000_000;

/// Collects problems with their places.
struct Ctx<'a> {
    names: &'a [String],
    texts: &'a [String],
    problems: Vec<Problem>,
}

impl Ctx<'_> {
    /// Records a problem in file `slot`, placed at the chain of `anchors`.
    fn add(&mut self, slot: usize, anchors: &[&str], message: String) {
        let (line, col) = locate(&self.texts[slot], anchors);
        self.problems.push(Problem {
            file: self.names[slot].clone(),
            line,
            col,
            message,
        });
    }
}

const SOURCES: usize = 0;
const PLANS: usize = 1;
const DEVICES: usize = 2;
const REPAIRS: usize = 3;
const RISK: usize = 4;
const RULES: usize = 5;

/// Every problem in the table set; empty when it is sound.
pub fn check(t: &Tables, names: &[String], texts: &[String]) -> Vec<Problem> {
    let mut cx = Ctx {
        names,
        texts,
        problems: Vec::new(),
    };
    let sources = check_sources(t, &mut cx);
    check_plans(t, &sources, &mut cx);
    check_devices(t, &sources, &mut cx);
    check_repairs(t, &sources, &mut cx);
    check_risk(t, &sources, &mut cx);
    check_rules(t, &sources, &mut cx);
    cx.problems
}

fn check_sources(t: &Tables, cx: &mut Ctx) -> HashSet<String> {
    let mut ids = HashSet::new();
    for s in &t.sources.sources {
        let anchor = format!("\"{}\"", s.id);
        if !ids.insert(s.id.clone()) {
            cx.add(
                SOURCES,
                &[&anchor, &anchor],
                format!("source id \"{}\" is listed twice", s.id),
            );
        }
        if s.as_of > t.sources.as_of {
            cx.add(
                SOURCES,
                &[&anchor, "as_of"],
                format!(
                    "source \"{}\" is dated after the table ({})",
                    s.id, t.sources.as_of
                ),
            );
        }
    }
    ids
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
            format!("src \"{src}\" is not a source in sources.ron"),
        );
    }
}

fn check_yen(cx: &mut Ctx, slot: usize, anchors: &[&str], what: &str, yen: u32, min: u32) {
    if yen < min || yen > MAX_YEN {
        cx.add(
            slot,
            anchors,
            format!("{what} is {yen}: expected {min} to {MAX_YEN} yen"),
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
                format!("plan id {} is listed twice", id),
            );
        }
        if p.os.is_empty() || p.device_sources.is_empty() {
            cx.add(
                PLANS,
                &[&id],
                format!("plan {id} needs at least one OS and one device source"),
            );
        }
        match &p.fee {
            Fee::Flat(f) => {
                check_yen(cx, PLANS, &[&id, "fee"], "fee", f.yen, 1);
                check_src(cx, PLANS, sources, &f.src, &[&id, "fee"]);
                check_date(cx, PLANS, &[&id, "fee"], f.as_of, as_of);
            }
            Fee::Range { low, high, assumed } => {
                for f in [low, high, assumed] {
                    check_yen(cx, PLANS, &[&id, "fee"], "fee", f.yen, 1);
                    check_src(cx, PLANS, sources, &f.src, &[&id, "fee"]);
                    check_date(cx, PLANS, &[&id, "fee"], f.as_of, as_of);
                }
                if low.yen > high.yen || assumed.yen < low.yen || assumed.yen > high.yen {
                    cx.add(
                        PLANS,
                        &[&id, "fee"],
                        format!("plan {id}: fee range must run low <= assumed <= high"),
                    );
                }
            }
            Fee::ByTier(tiers) => {
                if tiers.is_empty() {
                    cx.add(
                        PLANS,
                        &[&id, "fee"],
                        format!("plan {id}: ByTier needs at least one tier"),
                    );
                }
                let mut seen = HashSet::new();
                for tier in tiers {
                    let tid = format!("\"{}\"", tier.id);
                    if !seen.insert(tier.id.clone()) {
                        cx.add(
                            PLANS,
                            &[&id, &tid, &tid],
                            format!("plan {id}: tier {tid} is listed twice"),
                        );
                    }
                    check_yen(cx, PLANS, &[&id, &tid], "tier fee", tier.yen, 1);
                    check_src(cx, PLANS, sources, &tier.src, &[&id, &tid]);
                    check_date(cx, PLANS, &[&id, &tid], tier.as_of, as_of);
                    let used = t
                        .devices
                        .devices
                        .iter()
                        .any(|d| d.linemo_tier.as_deref() == Some(&tier.id));
                    if !used {
                        cx.add(
                            PLANS,
                            &[&id, &tid],
                            format!("plan {id}: tier {tid} covers no device in devices.ron"),
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
                format!(
                    "plan {id}: first_billed_month is {}: expected 1 to 12",
                    b.first_billed_month
                ),
            );
        }
        check_src(cx, PLANS, sources, &b.src, &[&id, "billing"]);
        check_date(cx, PLANS, &[&id, "billing"], b.as_of, as_of);
        // The bad case follows at most 3 uses a year (`engine::badcase`).
        for (field, c, most) in [
            ("cover_from_month", &p.cover_from_month, 12),
            ("uses_per_year", &p.uses_per_year, 3),
        ] {
            if !(1..=most).contains(&c.n) {
                cx.add(
                    PLANS,
                    &[&id, field],
                    format!("plan {id}: {field} is {}: expected 1 to {most}", c.n),
                );
            }
            check_src(cx, PLANS, sources, &c.src, &[&id, field]);
            check_date(cx, PLANS, &[&id, field], c.as_of, as_of);
        }
        if let Some(cap) = &p.cap {
            check_yen(cx, PLANS, &[&id, "cap"], "cap", cap.yen, 1);
            check_src(cx, PLANS, sources, &cap.src, &[&id, "cap"]);
        }
        if p.benefits.is_empty() {
            cx.add(
                PLANS,
                &[&id, "benefits"],
                format!("plan {id} covers nothing: benefits is empty"),
            );
        }
        for b in &p.benefits {
            if b.kinds.is_empty() {
                cx.add(
                    PLANS,
                    &[&id, "benefits", "kinds"],
                    format!("plan {id}: a benefit lists no kinds"),
                );
            }
            for yen in [b.copay.0, b.copay.1] {
                check_yen(cx, PLANS, &[&id, "benefits", "copay"], "copay", yen, 0);
            }
            if b.capped && p.cap.is_none() {
                cx.add(
                    PLANS,
                    &[&id, "capped"],
                    format!("plan {id}: a benefit is capped but the plan has no cap"),
                );
            }
            for m in b.only_models.iter().flatten() {
                if t.find_device(m).is_none() {
                    let q = format!("\"{m}\"");
                    cx.add(
                        PLANS,
                        &[&id, "only_models", &q],
                        format!("plan {id}: model \"{m}\" is not in devices.ron"),
                    );
                }
            }
            check_src(cx, PLANS, sources, &b.src, &[&id, "benefits"]);
            check_date(cx, PLANS, &[&id, "benefits"], b.as_of, as_of);
        }
        if let Some(w) = &p.natural_window {
            if w.months == 0 || w.months > 120 {
                cx.add(
                    PLANS,
                    &[&id, "natural_window"],
                    format!(
                        "plan {id}: natural_window of {} months: expected 1 to 120",
                        w.months
                    ),
                );
            }
            check_src(cx, PLANS, sources, &w.src, &[&id, "natural_window"]);
        }
        for g in &p.gates {
            check_src(cx, PLANS, sources, &g.src, &[&id, &g.rule]);
        }
        for c in &p.conflicts {
            check_src(cx, PLANS, sources, &c.official_src, &[&id, &c.id]);
            check_src(cx, PLANS, sources, &c.other_src, &[&id, &c.id]);
        }
        for n in &p.assumptions {
            check_src(cx, PLANS, sources, &n.src, &[&id, &n.id]);
        }
    }
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
            format!("as_of {date} is after the table's own as_of {table}"),
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
                    format!("device name or alias \"{n}\" is empty or matches another device"),
                );
            }
        }
        check_yen(
            cx,
            DEVICES,
            &[&name, "price_yen"],
            "price_yen",
            d.price_yen,
            1,
        );
        if d.released > t.devices.as_of {
            cx.add(
                DEVICES,
                &[&name, "released"],
                format!("{name} is released {} after the table's as_of", d.released),
            );
        }
        if let Some(tier) = d.linemo_tier.as_ref().filter(|t2| t.tier_fee(t2).is_none()) {
            cx.add(
                DEVICES,
                &[&name, "linemo_tier"],
                format!("{name}: linemo_tier \"{tier}\" is not a tier in plans.ron"),
            );
        }
        if let Some(r) = d
            .repair
            .as_ref()
            .filter(|r| !t.repairs.profiles.iter().any(|p| &p.id == *r))
        {
            cx.add(
                DEVICES,
                &[&name, "repair"],
                format!("{name}: repair profile \"{r}\" is not in repairs.ron"),
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
                format!("repair profile {id} is listed twice"),
            );
        }
        for yen in [p.screen, p.back_glass, p.other].into_iter().flatten() {
            check_yen(cx, REPAIRS, &[&id], "repair price", yen, 1);
        }
        check_src(cx, REPAIRS, sources, &p.src, &[&id]);
        check_date(cx, REPAIRS, &[&id], p.as_of, t.repairs.as_of);
    }
    for os in [crate::domain::Os::Ios, crate::domain::Os::Android] {
        let bands: Vec<_> = t.repairs.bands.iter().filter(|b| b.os == os).collect();
        let os_name = format!("{os:?}");
        if bands.last().map(|b| b.up_to_yen) != Some(MAX_YEN) {
            cx.add(
                REPAIRS,
                &["bands"],
                format!("the {os_name} bands must end with up_to_yen: {MAX_YEN}"),
            );
        }
        for w in bands.windows(2) {
            if w[0].up_to_yen >= w[1].up_to_yen {
                let q = format!("up_to_yen: {}", w[1].up_to_yen);
                cx.add(
                    REPAIRS,
                    &["bands", &q],
                    format!("the {os_name} bands must rise in up_to_yen"),
                );
            }
        }
    }
    for b in &t.repairs.bands {
        let q = format!("up_to_yen: {}", b.up_to_yen);
        for yen in [b.screen, b.back_glass, b.other, b.battery] {
            check_yen(cx, REPAIRS, &["bands", &q], "repair price", yen, 1);
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
        check_yen(cx, REPAIRS, &["warranty"], "warranty copay", yen, 0);
    }
    check_src(cx, REPAIRS, sources, &w.src, &["warranty"]);
    check_src(cx, REPAIRS, sources, &t.repairs.street.src, &["street"]);
}

fn check_risk(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let r = &t.risk;
    for (field, prior) in [("damage", &r.damage), ("water", &r.water)] {
        let rate_ok = (0.0..=5.0).contains(&prior.per_year);
        let weight_ok = prior.weight_years > 0.0 && prior.weight_years <= 20.0;
        if !rate_ok || !weight_ok {
            cx.add(
                RISK,
                &[&format!("{field}:")],
                format!("{field}: per_year must be 0 to 5 and weight_years above 0 and at most 20"),
            );
        }
        check_src(cx, RISK, sources, &prior.src, &[&format!("{field}:")]);
    }
    for (field, s) in [
        ("split_ios", &r.split_ios),
        ("split_android", &r.split_android),
    ] {
        let sum = s.screen + s.back_glass + s.other;
        if [s.screen, s.back_glass, s.other].iter().any(|v| *v < 0.0) || (sum - 1.0).abs() > 1e-6 {
            cx.add(
                RISK,
                &[field],
                format!(
                    "{field}: the shares must be 0 or more and add up to 1 (they add up to {sum})"
                ),
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
                format!("protection: {p:?} must be listed once (it is listed {n} times)"),
            ),
        }
    }
    for f in &r.protection {
        let q = format!("{:?},", f.protection);
        if !(f.damage > 0.0 && f.damage <= 3.0 && f.water > 0.0 && f.water <= 3.0) {
            cx.add(
                RISK,
                &["protection", &q],
                format!(
                    "protection {:?}: factors must be above 0 and at most 3",
                    f.protection
                ),
            );
        }
        check_src(cx, RISK, sources, &f.src, &["protection", &q]);
    }
    let n = &r.natural;
    if !(0.0..=2.0).contains(&n.early_per_year) || !(0.0..=2.0).contains(&n.late_per_year) {
        cx.add(
            RISK,
            &["natural"],
            "natural: rates must be 0 to 2 a year".to_string(),
        );
    }
    if !(0.0..=1.0).contains(&n.battery_share) {
        cx.add(
            RISK,
            &["natural", "battery_share"],
            "natural: battery_share must be 0 to 1".to_string(),
        );
    }
    check_src(cx, RISK, sources, &n.src, &["natural"]);
}

fn check_rules(t: &Tables, sources: &HashSet<String>, cx: &mut Ctx) {
    let th = &t.rules.thresholds;
    for (field, y) in [
        ("cheap_device", &th.cheap_device),
        ("expensive_device", &th.expensive_device),
        ("spare_phone", &th.spare_phone),
        ("return_penalty", &th.return_penalty),
        ("loaner_penalty_low", &th.loaner_penalty_low),
        ("loaner_penalty_high", &th.loaner_penalty_high),
    ] {
        check_yen(cx, RULES, &[field], field, y.yen, 0);
        check_src(cx, RULES, sources, &y.src, &[field]);
    }
    if th.cheap_device.yen >= th.expensive_device.yen {
        cx.add(
            RULES,
            &["cheap_device"],
            "cheap_device must be below expensive_device".to_string(),
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
                format!("{field} is {}: expected {lo} to {hi}", r.value),
            );
        }
        check_src(cx, RULES, sources, &r.src, &[field]);
    }
    for (field, c, hi) in [
        ("review_after_months", &th.review_after_months, 60),
        ("overlap_soon_months", &th.overlap_soon_months, 60),
        ("old_device_months", &th.old_device_months, 240),
        ("imei_days", &th.imei_days, 90),
        ("return_days", &th.return_days, 90),
        ("linemo_online_days", &th.linemo_online_days, 90),
        ("stale_after_months", &th.stale_after_months, 120),
        ("fee_source_stale_months", &th.fee_source_stale_months, 240),
        ("maker_warranty_months", &th.maker_warranty_months, 60),
    ] {
        if c.n == 0 || c.n > hi {
            cx.add(
                RULES,
                &[field],
                format!("{field} is {}: expected 1 to {hi}", c.n),
            );
        }
        check_src(cx, RULES, sources, &c.src, &[field]);
    }
    let mut ids = HashSet::new();
    for r in &t.rules.rules {
        let q = format!("\"{}\"", r.id);
        if !ids.insert(r.id.clone()) {
            cx.add(RULES, &[&q, &q], format!("rule {q} is listed twice"));
        }
        if r.src.is_empty() {
            cx.add(RULES, &[&q], format!("rule {q} names no source"));
        }
        for s in &r.src {
            check_src(cx, RULES, sources, s, &[&q]);
        }
    }
}
