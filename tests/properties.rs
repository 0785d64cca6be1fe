//! The engine's promises, over generated answers: skipping never gets cheaper with more
//! damage, join stays join as damage rises, a cheaper plan is always joined, the bad case is
//! never below the expectation, nothing is negative, the series ends at the total.

mod common;
use common::tables;
use hosho::answers::{Conditions, LinemoFee, Profile};
use hosho::calendar::{Date, YearMonth};
use hosho::domain::{Carrier, DeviceSource, Os, Protection, Risk};
use hosho::engine::{self, Action};
use proptest::prelude::*;

fn arb_profile() -> impl Strategy<Value = Profile> {
    (
        prop_oneof![
            Just(Carrier::Iijmio),
            Just(Carrier::Linemo),
            Just(Carrier::Undecided)
        ],
        prop_oneof![
            Just(DeviceSource::BringOwn),
            Just(DeviceSource::BuyNewFromCarrier),
            Just(DeviceSource::BuyUsedFromCarrier)
        ],
        prop_oneof![Just(Os::Ios), Just(Os::Android)],
        1u32..=250_000,
        0i64..=96,
        (0u32..=10, 0u32..=5),
        prop_oneof![
            Just(Protection::Bare),
            Just(Protection::Case),
            Just(Protection::CaseAndFilm),
            Just(Protection::Rugged)
        ],
        1u32..=60,
        prop_oneof![Just(Risk::Neutral), Just(Risk::Averse)],
        prop::option::of(-6i64..=40),
        prop::option::of(500u32..=2000),
    )
        .prop_map(
            |(
                carrier,
                device_source,
                os,
                price,
                age,
                (damage, water),
                protection,
                horizon,
                risk,
                warranty,
                fee,
            )| {
                let today = Date::parse("2026-11-22").unwrap();
                Profile {
                    today,
                    carrier,
                    // LINEMO sells no devices.
                    device_source: if carrier == Carrier::Linemo {
                        DeviceSource::BringOwn
                    } else {
                        device_source
                    },
                    os,
                    model: None,
                    price_yen: price,
                    price_from_catalog: false,
                    released: Some(today.year_month().plus(-age)),
                    damage_incidents_2y: damage,
                    water_incidents_2y: water,
                    protection,
                    warranty_until: warranty.map(|w| YearMonth::parse("2026-11").unwrap().plus(w)),
                    horizon_months: horizon,
                    risk,
                    conditions: Conditions::default(),
                    linemo_fee: fee.map_or(LinemoFee::Unknown, LinemoFee::Given),
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

    /// For both risk attitudes (a risk-averse user is also advised on the bad case).
    #[test]
    fn join_stays_join_for_higher_damage_counts(p in arb_profile()) {
        let t = tables();
        let mut joined = false;
        for k in 0..=12 {
            let mut q = p.clone();
            q.damage_incidents_2y = k;
            let action = engine::advise(&q, &t).recommendation.action;
            if joined {
                prop_assert_eq!(action, Action::Join, "left join at {}", k);
            }
            joined |= action == Action::Join;
        }
    }

    #[test]
    fn a_plan_cheaper_than_doing_without_is_joined(p in arb_profile()) {
        let a = engine::advise(&p, &tables());
        let without = a
            .options
            .iter()
            .filter(|o| o.monthly_fee_yen.is_none())
            .map(|o| o.expected_total_yen)
            .min()
            .unwrap();
        let cheaper = a
            .options
            .iter()
            .any(|o| o.eligible && o.monthly_fee_yen.is_some() && o.expected_total_yen < without);
        if cheaper {
            prop_assert_eq!(a.recommendation.action, Action::Join);
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
