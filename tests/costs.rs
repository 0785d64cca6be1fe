//! What each option costs, and the gates and steps read from the seeds: repairs priced by the
//! model, the maker's warranty, battery wear, break-even, and the tables' dates.

mod common;
use common::{IPHONE, profile, tables};
use hosho::domain::Kind;
use hosho::engine::{self, Action, WhatIf, spec::Cover};

fn spec(fields: &str, id: &str) -> engine::spec::OptionSpec {
    engine::option_specs(&profile(fields), &tables(), WhatIf::default())
        .into_iter()
        .find(|(s, _)| s.id == id)
        .map(|(s, _)| s)
        .unwrap()
}

const PRO_MAX_AT_60000: &str = r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 14 Pro Max"), price_yen: Some(60000), damage_incidents_2y: 1, water_incidents_2y: 0, horizon_months: 24"#;

#[test]
fn repairs_are_priced_by_the_model_not_by_what_it_would_fetch() {
    // A 14 Pro Max (164,800 at launch) worth 60,000 today: its screen still costs a Pro Max's
    // repair; only what exceeds replacing it (60,000) is capped.
    let s = spec(PRO_MAX_AT_60000, "skip");
    assert_eq!(
        s.month(0).unwrap().cover[Kind::Screen.index()],
        Cover::Pay(50_800)
    );
    assert_eq!(
        s.month(0).unwrap().cover[Kind::Other.index()],
        Cover::Pay(60_000)
    );
    // Giving the lower value never makes repairs look cheaper than an SE's.
    let a = engine::advise(&profile(PRO_MAX_AT_60000), &tables());
    assert!(a.option("skip").unwrap().expected_total_yen > 30_000);
}

#[test]
fn the_makers_warranty_repairs_natural_failure_in_the_first_year() {
    // Bought new with the line: 12 months of the maker's warranty from today.
    let f = r#"carrier: Iijmio, device_source: BuyNewFromCarrier, os: Android, model: Some("Google Pixel 9a"), damage_incidents_2y: 0, water_incidents_2y: 0, horizon_months: 24"#;
    let skip = spec(f, "skip");
    let n = Kind::Natural.index();
    assert_eq!(skip.month(11).unwrap().cover[n], Cover::Pay(0));
    assert!(matches!(skip.month(12).unwrap().cover[n], Cover::Pay(c) if c > 0));
    let spare = spec(f, "buy_spare");
    assert_eq!(spare.month(0).unwrap().cover[n], Cover::Pay(0));
    // LINEMO charges its 6,600 even while the maker would repair for free.
    let linemo = r#"carrier: Linemo, device_source: BringOwn, os: Android, price_yen: Some(80000), released: Some("2026-06"), damage_incidents_2y: 0, water_incidents_2y: 0, horizon_months: 24"#;
    let plan = spec(linemo, "linemo_mochikomi_android");
    assert!(matches!(
        plan.month(0).unwrap().cover[n],
        Cover::Use { first: 6_600, .. }
    ));
}

#[test]
fn battery_wear_is_not_credited_to_plans_that_exclude_it() {
    let b = Kind::Battery.index();
    let tsunagaru = spec(
        &format!("{IPHONE}, damage_incidents_2y: 0, horizon_months: 24"),
        "iijmio_tsunagaru",
    );
    assert!(tsunagaru.month(5).unwrap().rates[b] > 0.0);
    assert!(matches!(tsunagaru.month(5).unwrap().cover[b], Cover::Pay(c) if c > 0));
    let applecare = spec(
        &format!(
            "{}, damage_incidents_2y: 0, horizon_months: 24",
            IPHONE.replace("Iijmio", "Linemo")
        ),
        "linemo_mochikomi_applecare",
    );
    assert!(matches!(
        applecare.month(5).unwrap().cover[b],
        Cover::Use {
            first: 0,
            counts: false,
            ..
        }
    ));
}

#[test]
fn break_even_is_never_zero_while_fees_are_paid() {
    let a = engine::advise(
        &profile(&format!(
            "{IPHONE}, damage_incidents_2y: 50, horizon_months: 60"
        )),
        &tables(),
    );
    for o in a
        .options
        .iter()
        .filter(|o| o.fees_yen > 0 && o.monthly_fee_yen.is_some())
    {
        if let Some(b) = o.break_even_incidents {
            assert!(b >= 0.1, "{}: {b}", o.id);
        }
    }
}

#[test]
fn a_damaged_phone_is_repaired_officially_before_it_joins() {
    let a = engine::advise(
        &profile(&format!(
            "{IPHONE}, damage_incidents_2y: 2, horizon_months: 24, damaged_now: true"
        )),
        &tables(),
    );
    let plan = a.option("iijmio_tsunagaru").unwrap();
    assert!(plan.eligible, "a soft gate: the plan stays open");
    assert_eq!(a.recommendation.action, Action::Join);
    assert!(
        a.recommendation
            .checks
            .iter()
            .any(|g| g.rule == "gate_damaged_now")
    );
    // The repair comes first, before applying.
    assert_eq!(a.next_steps[0].id, "repair_first");
    assert!(!a.reasons.iter().any(|r| r.rule == "street_repair"));
}

#[test]
fn only_the_android_plan_lends_a_phone() {
    let linemo = IPHONE.replace("Iijmio", "Linemo");
    let a = engine::advise(
        &profile(&format!(
            "{linemo}, damage_incidents_2y: 6, horizon_months: 24"
        )),
        &tables(),
    );
    assert_eq!(
        a.recommendation.plan.as_deref(),
        Some("linemo_mochikomi_applecare")
    );
    assert!(!a.next_steps.iter().any(|s| s.id == "return_loaner"));
    let android = r#"carrier: Linemo, device_source: BringOwn, os: Android, model: Some("Galaxy S24"), damage_incidents_2y: 6, water_incidents_2y: 0, horizon_months: 24"#;
    let a = engine::advise(&profile(android), &tables());
    assert_eq!(
        a.recommendation.plan.as_deref(),
        Some("linemo_mochikomi_android")
    );
    assert!(a.next_steps.iter().any(|s| s.id == "return_loaner"));
}

#[test]
fn the_tables_date_is_the_oldest_fee_source_in_use() {
    let a = engine::advise(
        &profile(&format!(
            "{IPHONE}, damage_incidents_2y: 1, horizon_months: 24"
        )),
        &tables(),
    );
    // つながる端末保証's fee comes from seed 002 (2021-04).
    assert_eq!(a.data_as_of.to_string(), "2021-04");
    let old = a
        .warnings
        .iter()
        .find(|w| w.id == "fee_source_old")
        .expect("a warning about the fee's age");
    assert!(old.args.iter().any(|(k, _)| *k == "as_of"));
}

#[test]
fn no_figure_is_dated_later_than_the_source_that_gives_it() {
    // A figure dated after its source would claim a freshness the source does not have (the
    // old reports said "as of 2026-11" for fees from 2021 documents).
    let t = tables();
    let check = |what: &str, src: &str, as_of: hosho::calendar::YearMonth| {
        let source = t
            .source(src)
            .unwrap_or_else(|| panic!("{what}: no source {src}"));
        assert!(
            as_of <= source.as_of,
            "{what}: dated {as_of}, its source {src} {}",
            source.as_of
        );
    };
    for plan in &t.plans.plans {
        let id = &plan.id;
        match &plan.fee {
            hosho::tables::Fee::Flat(f) => check(id, &f.src, f.as_of),
            hosho::tables::Fee::Range { low, high, assumed } => {
                for y in [low, high, assumed] {
                    check(id, &y.src, y.as_of);
                }
            }
            hosho::tables::Fee::ByTier { tiers, .. } => {
                for tier in tiers {
                    check(id, &tier.src, tier.as_of);
                }
            }
        }
        check(id, &plan.billing.src, plan.billing.as_of);
        check(id, &plan.cover_from_month.src, plan.cover_from_month.as_of);
        if let Some(u) = &plan.uses_per_year {
            check(id, &u.src, u.as_of);
        }
        for cap in plan.cap.iter().chain(plan.yearly_limit.iter()) {
            check(id, &cap.src, cap.as_of);
        }
        for step in &plan.steps {
            if let Some(d) = &step.days {
                check(id, &d.src, d.as_of);
            }
            for y in &step.yen {
                check(id, &y.src, y.as_of);
            }
        }
        if let Some(w) = &plan.natural_window {
            check(id, &w.src, w.as_of);
        }
        for b in &plan.benefits {
            check(id, &b.src, b.as_of);
        }
    }
    let th = &t.rules.thresholds;
    for (name, y) in [
        ("cheap_device", &th.cheap_device),
        ("expensive_device", &th.expensive_device),
        ("spare_phone", &th.spare_phone),
    ] {
        check(name, &y.src, y.as_of);
    }
    for (name, c) in [
        ("review_after_months", &th.review_after_months),
        ("maker_warranty_months", &th.maker_warranty_months),
    ] {
        check(name, &c.src, c.as_of);
    }
    for d in &t.devices.devices {
        check(&d.name, &d.src, d.as_of);
    }
    for c in &t.carriers.carriers {
        check(c.id.id(), &c.src, c.as_of);
    }
}

#[test]
fn where_the_seeds_are_silent_the_tables_say_so() {
    let t = tables();
    let plan = |id: &str| t.plan(id).unwrap_or_else(|| panic!("{id}"));
    let note = |id: &str, note: &str| {
        plan(id)
            .assumptions
            .iter()
            .find(|n| n.id == note)
            .unwrap_or_else(|| panic!("{id}: no note {note}"))
            .clone()
    };
    for (id, n) in [
        ("iijmio_hosho_used", "used_claims_from_start"),
        ("iijmio_hosho_new", "hosho_new_no_natural"),
        (
            "linemo_mochikomi_applecare",
            "applecare_natural_three_years",
        ),
        ("iijmio_tsunagaru", "exchange_when_over_cap"),
        ("iijmio_tsunagaru", "exchange_cod_fee_not_counted"),
    ] {
        let found = note(id, n);
        assert_eq!(found.src, "hosho_assumption", "{id} {n}");
        assert!(!found.note.is_empty(), "{id} {n}: says why");
    }
    assert_eq!(
        plan("iijmio_hosho_used").cover_from_month.src,
        "hosho_assumption"
    );
    let window = plan("linemo_mochikomi_applecare")
        .natural_window
        .as_ref()
        .unwrap();
    assert_eq!(window.src, "hosho_assumption");
    // LINEMO's use year runs from the first use, as seed 004 says; IIJmio's is not stated.
    for id in ["linemo_mochikomi_android", "linemo_mochikomi_applecare"] {
        assert_eq!(note(id, "use_year_from_first_use").src, "seed_004");
    }
    assert_eq!(
        note("iijmio_tsunagaru", "use_year_from_start").src,
        "hosho_assumption"
    );
}
