//! The engine's promises, over generated answers for every carrier of the tables (and cover
//! bought apart): skipping never gets cheaper with more damage, join stays join as damage
//! rises, a cheaper carrier plan is always joined, cover named "instead" is open and cheaper,
//! the bad case is never below the expectation, nothing is negative, the series ends at the
//! total.

use crate::common::tables;
use hosho::answers::{Conditions, LinemoFee, Profile};
use hosho::calendar::{Date, DayOrMonth, YearMonth};
use hosho::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use hosho::engine::{self, Verdict, Why};
use proptest::prelude::*;

fn arb_profile() -> impl Strategy<Value = Profile> {
    (
        prop_oneof![
            Just(Carrier::new("Iijmio")),
            Just(Carrier::new("Linemo")),
            Just(Carrier::new("Mineo")),
            Just(Carrier::new("Ymobile")),
            Just(Carrier::new("Biglobe")),
            Just(Carrier::new("Povo")),
            Just(Carrier::undecided())
        ],
        prop_oneof![
            Just(DeviceSource::BringOwn),
            Just(DeviceSource::BuyNewFromCarrier),
            Just(DeviceSource::BuyUsedFromCarrier)
        ],
        prop_oneof![Just(Os::Ios), Just(Os::Android)],
        1u32..=250_000,
        0i64..=96,
        (0u32..=10, 0u32..=5, 0u32..=3),
        prop_oneof![
            Just(Protection::Bare),
            Just(Protection::Case),
            Just(Protection::CaseAndFilm),
            Just(Protection::Rugged)
        ],
        1u32..=60,
        prop_oneof![Just(Risk::Neutral), Just(Risk::Averse)],
        prop::option::of(-6i64..=40),
        (
            prop::option::of(500u32..=2000),
            prop::option::of(0u32..=500),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                carrier,
                device_source,
                os,
                price,
                age,
                (damage, water, lost),
                protection,
                horizon,
                risk,
                warranty,
                (fee, bought_days_ago, customer),
            )| {
                let today = Date::parse("2026-11-22").unwrap();
                let released = today.year_month().plus(-age);
                // Bought on or after the release, never after today; now and then only
                // its month is known.
                let bought = bought_days_ago
                    .map(|d| (d, Date(today.0 - chrono::Days::new(u64::from(d)))))
                    .filter(|(_, b)| b.year_month() >= released)
                    .map(|(d, b)| {
                        if d % 3 == 0 {
                            DayOrMonth::Month(b.year_month())
                        } else {
                            DayOrMonth::Day(b)
                        }
                    });
                Profile {
                    today,
                    // LINEMO and povo sell no devices.
                    device_source: if ["Linemo", "Povo"].contains(&carrier.id()) {
                        DeviceSource::BringOwn
                    } else {
                        device_source
                    },
                    existing_customer_of: if customer {
                        vec![carrier.clone()]
                    } else {
                        Vec::new()
                    },
                    carrier,
                    os,
                    model: None,
                    price_yen: price,
                    price_from_catalog: false,
                    released: Some(released),
                    damage_incidents_2y: damage,
                    water_incidents_2y: water,
                    lost_or_stolen_2y: lost,
                    protection,
                    warranty_until: warranty.map(|w| YearMonth::parse("2026-11").unwrap().plus(w)),
                    horizon_months: horizon,
                    risk,
                    conditions: Conditions::default(),
                    linemo_fee: fee.map_or(LinemoFee::Unknown, LinemoFee::Given),
                    bought,
                    tiers: Default::default(),
                    nearest_tiers: Default::default(),
                    among: Vec::new(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn skipping_never_gets_cheaper_as_damage_rises(p in arb_profile()) {
        let t = tables();
        let mut more = p.clone();
        more.damage_incidents_2y += 1;
        let a = engine::advise(&p, &t).option("skip").unwrap().expected_total_yen;
        let b = engine::advise(&more, &t).option("skip").unwrap().expected_total_yen;
        prop_assert!(b >= a, "{a} -> {b}");
    }

    /// For both risk attitudes (a risk-averse user is also advised on the bad case): once
    /// cover is advised (the carrier's plan, or cover bought apart), more breakage never
    /// turns the advice back to plain skipping. (A spare can take over from cover for a heavy
    /// breaker: past the plans' 2 uses a year, cheap phones replaced at each break can cost
    /// least.)
    #[test]
    fn cover_never_gives_way_to_skipping_as_damage_rises(p in arb_profile()) {
        let t = tables();
        let mut covered = false;
        for k in 0..=12 {
            let mut q = p.clone();
            q.damage_incidents_2y = k;
            let action = engine::advise(&q, &t).recommendation.action;
            if covered {
                prop_assert!(action != Verdict::Skip, "skipped at {}", k);
            }
            covered |= action.covers();
        }
    }

    /// The cheapest option still open is advised, wherever it is bought; a carrier's plan
    /// may be joined instead only by the rules that keep it (a close call, a warranty ending
    /// soon), and then any cheaper cover bought apart is named beside it; and skipping beats a
    /// spare that saves no more than "about the same".
    #[test]
    fn the_cheapest_option_open_is_advised(p in arb_profile()) {
        let a = engine::advise(&p, &tables());
        let rec = &a.recommendation;
        let score = |o: &engine::OptionResult| match rec.basis {
            engine::Basis::Expected => o.expected_total_yen,
            engine::Basis::BadCase => o.bad_case_total_yen,
        };
        // Open: eligible, and for cover bought apart a known last day.
        let open = |o: &&engine::OptionResult| {
            o.eligible
                && !(o.apart
                    && o.gates.iter().any(|g| g.rule == "gate_bought_within"))
        };
        let least = a.options.iter().filter(open).map(score).min().unwrap();
        let chosen = a.option(&rec.chosen).unwrap();
        prop_assert!(open(&chosen), "{} is open", chosen.id);
        let share = tables().rules.thresholds.about_same.value;
        let about_same = |a: i64, b: i64| (a - b).abs() as f64 <= share * a.max(b).max(1) as f64;
        let spare = a.option("buy_spare").filter(open).map(score);
        match rec.action {
            Verdict::Skip if spare == Some(least) && score(chosen) > least => {
                prop_assert!(about_same(score(chosen), least), "skip {} against a spare's {}", score(chosen), least);
            }
            Verdict::Skip | Verdict::BuySpare | Verdict::BuyApart => {
                prop_assert_eq!(score(chosen), least, "{}", chosen.id);
            }
            Verdict::Join => {
                let kept = matches!(rec.why, Why::AboutSame | Why::WarrantyEnding);
                let least_else = a
                    .options
                    .iter()
                    .filter(open)
                    .filter(|o| !o.apart)
                    .map(score)
                    .min()
                    .unwrap();
                prop_assert!(kept || score(chosen) == least_else, "{:?}", rec.why);
                let cheaper_apart = a
                    .options
                    .iter()
                    .filter(open)
                    .any(|o| o.apart && score(o) < score(chosen));
                if cheaper_apart {
                    prop_assert!(rec.instead.is_some(), "a cheaper cover is named");
                }
            }
        }
    }

    #[test]
    fn cover_named_instead_is_open_bought_apart_and_cheaper(p in arb_profile()) {
        let a = engine::advise(&p, &tables());
        let rec = &a.recommendation;
        if let Some(i) = &rec.instead {
            let o = a.option(&i.option).unwrap();
            prop_assert!(o.eligible && o.apart);
            prop_assert_eq!(o.expected_total_yen, i.total_yen);
            let (theirs, ours) = match rec.basis {
                engine::Basis::Expected => (i.total_yen, rec.total_yen),
                engine::Basis::BadCase => (i.bad_case_yen, rec.bad_case_yen),
            };
            prop_assert!(theirs < ours, "{} {theirs} vs {ours}", i.option);
            prop_assert_eq!(rec.action, Verdict::Join);
            // Its last day is inside its purchase window, never before today.
            if let Some(until) = i.until {
                prop_assert!(until >= p.today, "{until}");
            }
        }
    }

    #[test]
    fn no_fee_or_total_is_negative_and_the_series_ends_at_the_total(p in arb_profile()) {
        let a = engine::advise(&p, &tables());
        for o in &a.options {
            prop_assert!(o.fees_yen >= 0 && o.expected_total_yen >= 0 && o.bad_case_total_yen >= 0);
            prop_assert!(o.bad_case_total_yen >= o.fees_yen);
            prop_assert!(o.bad_case_total_yen >= o.expected_total_yen, "{}", o.id);
            prop_assert_eq!(o.monthly_cumulative_yen.len(), p.horizon_months as usize);
            prop_assert_eq!(*o.monthly_cumulative_yen.last().unwrap(), o.expected_total_yen);
            prop_assert!(o.monthly_cumulative_yen.windows(2).all(|w| w[1] >= w[0]));
            if let Some(b) = o.break_even_incidents {
                prop_assert!(b > 0.0 || o.fees_yen == 0);
            }
        }
    }
}
