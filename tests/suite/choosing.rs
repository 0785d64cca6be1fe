//! The choosing rules of `model.md`, one case a clerk checked per test.

use crate::common::{IPHONE, profile, tables};
use hosho::engine::{self, Verdict, Why};
use hosho::message::Arg;

fn advise(fields: &str) -> engine::Advice {
    engine::advise(&profile(fields), &tables())
}

#[test]
fn a_plan_cheaper_than_doing_without_is_never_skipped() {
    // AppleCare+ ends next month on an iPhone 14: the sources' own case for joining now.
    let a = advise(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 14"), price_yen: Some(80000), damage_incidents_2y: 1, water_incidents_2y: 0, warranty_until: Some("2026-12"), horizon_months: 24"#,
    );
    let plan = a.option("iijmio_tsunagaru").unwrap().expected_total_yen;
    let skip = a.option("skip").unwrap().expected_total_yen;
    assert!(plan < skip, "{plan} vs {skip}");
    assert_eq!(a.recommendation.action, Verdict::Join);
    assert_eq!(a.recommendation.why, Why::WarrantyEnding);
}

#[test]
fn a_close_call_within_the_margin_still_joins_while_applecare_runs() {
    // Even where the plan is cheaper by only a little, a warranty still running never turns
    // the advice into a skip: the review moves to the end of that warranty.
    for k in 0..=4 {
        let a = advise(&format!(
            "{IPHONE}, damage_incidents_2y: {k}, horizon_months: 24, warranty_until: Some(\"2027-01\")"
        ));
        let best = a
            .options
            .iter()
            .filter(|o| o.eligible && !o.apart && o.monthly_fee_yen.is_some())
            .map(|o| o.expected_total_yen)
            .min()
            .unwrap();
        let without = ["skip", "buy_spare"]
            .map(|id| a.option(id).unwrap().expected_total_yen)
            .into_iter()
            .min()
            .unwrap();
        if best < without {
            // Cover of some kind: the carrier's plan, or cover bought apart that costs less.
            let rec = &a.recommendation;
            assert!(rec.action.covers(), "damage {k}: {:?}", rec.action);
            if rec.action == Verdict::Join {
                assert_eq!(rec.review_after_months, Some(3), "damage {k}");
            }
        }
    }
}

#[test]
fn overlap_months_are_counted_as_the_plan_bills_them() {
    // AppleCare+ through 2027-11: 13 months from 2026-11, of which つながる bills 11 (it
    // bills from the month after next).
    let a = advise(&format!(
        "{IPHONE}, damage_incidents_2y: 0, horizon_months: 36, warranty_until: Some(\"2027-11\")"
    ));
    let r = a
        .reasons
        .iter()
        .find(|r| r.rule == "warranty_overlap" || r.rule == "join_before_cover_ends")
        .expect("an overlap reason");
    assert!(r.args.contains(&("billed", Arg::Int(11))), "{:?}", r.args);
    assert!(r.args.contains(&("fees", Arg::Yen(6_050))), "{:?}", r.args);
}

#[test]
fn about_the_same_means_within_five_percent() {
    let share = tables().rules.thresholds.about_same.value;
    assert!((share - 0.05).abs() < 1e-9);
    assert!(engine::about_same(10_500, 10_000, share));
    assert!(!engine::about_same(12_300, 10_000, share));
    // Over many answers, a join called "about the same" is never more than 5% apart.
    for k in 0..=6 {
        for price in [40_000, 70_000, 100_000, 160_000] {
            let a = advise(&format!(
                "carrier: Iijmio, device_source: BringOwn, os: Ios, price_yen: Some({price}), released: Some(\"2025-09\"), damage_incidents_2y: {k}, water_incidents_2y: 0, horizon_months: 24"
            ));
            let rec = &a.recommendation;
            if rec.why == Why::AboutSame {
                let (p, s) = (rec.total_yen, rec.versus_total_yen);
                assert!((p - s).abs() as f64 <= 0.05 * p.max(s) as f64, "{p} vs {s}");
            }
        }
    }
}

#[test]
fn the_headline_figures_are_the_options_table_rows() {
    for k in [0, 1, 3] {
        for (price, carrier) in [(18_000, "Iijmio"), (70_000, "Iijmio"), (150_000, "Linemo")] {
            let a = advise(&format!(
                "carrier: {carrier}, device_source: BringOwn, os: Android, price_yen: Some({price}), released: Some(\"2025-09\"), damage_incidents_2y: {k}, water_incidents_2y: 0, horizon_months: 24, risk: Averse"
            ));
            let rec = &a.recommendation;
            let chosen = a.option(&rec.chosen).unwrap();
            assert_eq!(rec.total_yen, chosen.expected_total_yen);
            assert_eq!(rec.bad_case_yen, chosen.bad_case_total_yen);
            if let Some(versus) = rec.versus.as_deref() {
                let row = a.option(versus).unwrap();
                assert_eq!(rec.versus_total_yen, row.expected_total_yen);
                assert_eq!(rec.versus_bad_case_yen, row.bad_case_total_yen);
            }
            if rec.action == Verdict::Join {
                // "Without it" is the No plan row.
                assert_eq!(rec.versus.as_deref(), Some("skip"));
            }
        }
    }
}

#[test]
fn a_soft_gate_of_the_advised_plan_is_checked_first() {
    // An iPhone 15 Pro is past IIJmio's 2-year guide: join, but check first.
    let a = advise(&format!(
        "{IPHONE}, damage_incidents_2y: 2, horizon_months: 24"
    ));
    let rec = &a.recommendation;
    assert_eq!(rec.action, Verdict::Join);
    assert!(rec.checks.iter().any(|g| g.rule == "gate_release_age"));
    assert!(a.reasons.iter().any(|r| r.rule == "gate_release_age"));
}

#[test]
fn reasons_that_argue_against_the_verdict_are_left_out() {
    // An old iPhone 14 that joins: "old device" argues for doing without.
    let joined = advise(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 14"), price_yen: Some(80000), damage_incidents_2y: 1, water_incidents_2y: 1, warranty_until: Some("2026-12"), horizon_months: 24"#,
    );
    // Cover is advised (here Mobile hoken, open while AppleCare+ still covers the phone).
    assert!(joined.recommendation.action.covers());
    for against in ["old_device", "cheap_device", "water_recurs", "never_broken"] {
        assert!(
            !joined.reasons.iter().any(|r| r.rule == against),
            "{against} under a join"
        );
    }
    // A never-broken owner of an expensive phone who skips is not told the phone is expensive.
    let skipped = advise(&format!(
        "{}, damage_incidents_2y: 0, protection: Rugged, horizon_months: 12",
        IPHONE.replace("Iijmio", "Linemo")
    ));
    assert_eq!(skipped.recommendation.action, Verdict::Skip);
    assert!(!skipped.reasons.iter().any(|r| r.rule == "expensive_device"));
    assert!(skipped.reasons.iter().any(|r| r.rule == "never_broken"));
}

#[test]
fn no_cliff_at_the_cheap_device_threshold() {
    let at = |price: u32| {
        advise(&format!(
            "carrier: Iijmio, device_source: BringOwn, os: Android, price_yen: Some({price}), released: Some(\"2025-09\"), damage_incidents_2y: 2, water_incidents_2y: 0, horizon_months: 24"
        ))
    };
    let (below, above) = (at(30_000), at(30_001));
    // The same decision to join or not on either side; the figures barely move.
    assert_eq!(
        below.recommendation.action == Verdict::Join,
        above.recommendation.action == Verdict::Join
    );
    for id in ["skip", "buy_spare", "iijmio_tsunagaru"] {
        let (b, a) = (
            below.option(id).unwrap().expected_total_yen,
            above.option(id).unwrap().expected_total_yen,
        );
        assert!((a - b).abs() <= 10, "{id}: {b} then {a}");
    }
    // The same advice on either side: no threshold picks the spare.
    assert_eq!(below.recommendation.chosen, above.recommendation.chosen);
}

#[test]
fn the_spare_moves_smoothly_with_the_price_and_is_chosen_only_when_cheapest() {
    // From ¥10,000 to ¥40,000 in steps of ¥500 (one band of Android repair prices): the
    // spare's figures never jump, and it is advised exactly where it costs least of every
    // option open.
    let mut last: Option<i64> = None;
    let mut advised = Vec::new();
    for price in (10_000..=40_000).step_by(500) {
        let a = advise(&format!(
            "carrier: Iijmio, device_source: BringOwn, os: Android, price_yen: Some({price}), released: Some(\"2025-09\"), damage_incidents_2y: 1, water_incidents_2y: 1, horizon_months: 24"
        ));
        let spare = a.option("buy_spare").unwrap().expected_total_yen;
        if let Some(before) = last {
            assert!(
                (spare - before).abs() <= 1_000,
                "{price}: {before} then {spare}"
            );
        }
        last = Some(spare);
        let cheapest = a
            .options
            .iter()
            .filter(|o| o.eligible && (o.id != "buy_spare"))
            .filter(|o| !o.apart || o.gates.iter().all(|g| g.rule != "gate_bought_within"))
            .map(|o| o.expected_total_yen)
            .min()
            .unwrap();
        // Cheapest, it is advised, unless the carrier's plan is a close call that can only be
        // joined now (joined, with a review), or it saves no more than "about the same"
        // against skipping (skipped: a spare that saves so little is not worth buying).
        let rec = &a.recommendation;
        advised.push(rec.action);
        match rec.action {
            Verdict::BuySpare => assert!(spare < cheapest, "{price}: {spare} vs {cheapest}"),
            Verdict::Skip if spare < cheapest => {
                let skip = a.option("skip").unwrap().expected_total_yen;
                assert!(
                    (skip - spare) as f64
                        <= tables().rules.thresholds.about_same.value * skip as f64,
                    "{price}: {spare} vs {skip}"
                )
            }
            _ if spare < cheapest => {
                assert_eq!(rec.why, Why::AboutSame, "{price}: {spare} vs {cheapest}")
            }
            _ => {}
        }
    }
    // The range holds both answers: the spare for the cheaper phones, the plan above.
    assert!(advised.contains(&Verdict::BuySpare) && advised.contains(&Verdict::Join));
}

#[test]
fn without_a_plan_a_cheap_phone_gets_a_spare() {
    let a = advise(
        r#"carrier: Iijmio, device_source: BringOwn, os: Android, price_yen: Some(20000), released: Some("2024-06"), damage_incidents_2y: 0, water_incidents_2y: 0, horizon_months: 24, unofficial_repair: true"#,
    );
    assert_eq!(a.recommendation.action, Verdict::BuySpare);
    assert_eq!(a.recommendation.why, Why::NoPlan);
    assert_eq!(
        a.recommendation.total_yen,
        a.option("buy_spare").unwrap().expected_total_yen
    );
}

#[test]
fn a_warranty_ending_soon_joins_a_plan_that_pays_after_it_and_says_what_it_costs() {
    // AppleCare+ through 2027-03: five months of overlap, inside the "ends soon" limit. Some
    // answers make the plan dearer over the horizon although it pays for itself afterwards.
    let words = hosho::i18n::Words::new(hosho::lang::Lang::En);
    let mut found = false;
    for k in 0..=4 {
        for price in [60_000, 90_000, 120_000, 160_000] {
            let a = advise(&format!(
                "carrier: Iijmio, device_source: BringOwn, os: Ios, price_yen: Some({price}), released: Some(\"2025-09\"), damage_incidents_2y: {k}, water_incidents_2y: 0, horizon_months: 12, warranty_until: Some(\"2027-03\")"
            ));
            let rec = &a.recommendation;
            if rec.why == Why::WarrantyEnding {
                assert_eq!(rec.action, Verdict::Join);
                assert_eq!(rec.review_after_months, Some(5));
                if rec.total_yen > rec.versus_total_yen {
                    let headline = hosho::report::headline(&a, &words);
                    assert!(headline.contains("more over 12 months"), "{headline}");
                    found = true;
                }
            }
        }
    }
    assert!(
        found,
        "no dearer plan was joined for a warranty ending soon"
    );
}
