//! A phone lost or stolen: its rate from the tables and the user's count, what each option
//! leaves to pay for it, and the reasons that say so only where they are true.

use crate::common::{persona, profile, tables};
use hosho::domain::Kind;
use hosho::engine::{self, WhatIf, spec::Cover};

/// An iPhone 17 Pro (¥179,800 at launch) bought on 2026-11-20, never broken, kept 24 months;
/// `lost` phones lost or stolen in the last 2 years.
fn seventeen_pro(lost: u32) -> String {
    format!(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 17 Pro"), bought: Some("2026-11-20"), damage_incidents_2y: 0, water_incidents_2y: 0, lost_or_stolen_2y: {lost}, horizon_months: 24"#
    )
}

/// The rates a month and the cover of a theft and of a loss in the second horizon month of
/// option `id` (its first variant).
fn gone(fields: &str, id: &str) -> ([f64; 2], [Cover; 2]) {
    let specs = engine::option_specs(&profile(fields), &tables(), WhatIf::default());
    let (s, _) = specs.iter().find(|(s, _)| s.id == id).expect(id);
    let m = s.month(1).unwrap();
    let at = |k: Kind| k.index();
    (
        [m.rates[at(Kind::Theft)], m.rates[at(Kind::Lost)]],
        [m.cover[at(Kind::Theft)], m.cover[at(Kind::Lost)]],
    )
}

#[test]
fn the_rate_is_the_prior_updated_by_the_users_own_count() {
    // (0.01 × 2 + k) / (2 + 2) a year, 5% of it thefts, a twelfth a month.
    for (k, per_year) in [(0, 0.005), (1, 0.255), (3, 0.755)] {
        let ([theft, lost], _) = gone(&seventeen_pro(k), "skip");
        assert!(
            (theft * 12.0 - per_year * 0.05).abs() < 1e-12,
            "{k}: {theft}"
        );
        assert!((lost * 12.0 - per_year * 0.95).abs() < 1e-12, "{k}: {lost}");
    }
    // Neither a case nor the what-if's breakage rate changes it.
    let bare = seventeen_pro(1).replace("horizon_months", "protection: Bare, horizon_months");
    assert_eq!(gone(&bare, "skip").0, gone(&seventeen_pro(1), "skip").0);
}

#[test]
fn each_option_leaves_to_pay_what_its_terms_say() {
    let f = seventeen_pro(1);
    let new_phone = 179_800;
    // Without cover, and with a carrier's plan or AppleCare+: a new phone at its price.
    for id in ["skip", "iijmio_tsunagaru", "applecare_plus"] {
        assert_eq!(gone(&f, id).1, [Cover::Pay(new_phone); 2], "{id}");
    }
    // AppleCare+ with Theft and Loss: ¥12,900 a claim, two claims in 12 months.
    let [theft, lost] = gone(&f, "applecare_plus_theft_loss").1;
    let claim = Cover::Use {
        first: 12_900,
        later: 12_900,
        fallback: new_phone,
        counts: true,
    };
    assert_eq!((theft, lost), (claim, claim));
    // モバイル保険: a theft paid up to ¥25,000; a loss, nothing.
    let [theft, lost] = gone(&f, "mobile_hoken").1;
    assert!(
        matches!(
            theft,
            Cover::Use {
                first: 154_800,
                fallback: 179_800,
                ..
            }
        ),
        "{theft:?}"
    );
    assert_eq!(lost, Cover::Pay(new_phone));
    // Mysurance (Standard): half the price, theft or loss, no excess.
    let [theft, lost] = gone(&f, "mysurance").1;
    for c in [theft, lost] {
        assert!(matches!(c, Cover::Use { first: 89_900, .. }), "{c:?}");
    }
}

#[test]
fn a_loss_adds_to_doing_without_its_rate_times_a_new_phone() {
    // One loss more in the last 2 years: 0.25 more a year, over 2 years 0.5 × ¥179,800.
    let total = |k: u32| {
        engine::advise(&profile(&seventeen_pro(k)), &tables())
            .option("skip")
            .unwrap()
            .expected_total_yen
    };
    assert_eq!(total(1) - total(0), 89_900);
}

#[test]
fn no_plan_pays_for_a_loss_is_said_only_where_it_is_true() {
    let rules_of = |p: &hosho::answers::Profile| -> Vec<String> {
        engine::advise(p, &tables())
            .reasons
            .into_iter()
            .map(|r| r.rule)
            .collect()
    };
    let rules = |fields: &str| rules_of(&profile(fields));
    // An iPhone 15 Pro joining つながる端末保証, Mysurance still open to it: the reason names
    // Mysurance, and never says that nothing pays.
    let open = rules_of(&persona("expensive-iphone-dropper"));
    assert!(open.iter().any(|r| r == "gone_elsewhere"), "{open:?}");
    assert!(!open.iter().any(|r| r == "not_theft_or_loss"), "{open:?}");
    // Advised cover that pays toward a lost phone needs neither reason.
    let paid = rules(&seventeen_pro(2));
    assert!(
        !paid
            .iter()
            .any(|r| r == "gone_elsewhere" || r == "not_theft_or_loss"),
        "{paid:?}"
    );
    // An Android phone bought three years ago, no warranty in force: nothing bought apart is
    // open, and no carrier's plan pays for a loss.
    let closed = rules(
        r#"carrier: Iijmio, device_source: BringOwn, os: Android, model: Some("Google Pixel 8"), bought: Some("2023-11-01"), damage_incidents_2y: 1, water_incidents_2y: 0, horizon_months: 24"#,
    );
    assert!(
        closed.iter().any(|r| r == "not_theft_or_loss"),
        "{closed:?}"
    );
    assert!(!closed.iter().any(|r| r == "gone_elsewhere"), "{closed:?}");
    // A count of losses is said, with the rate it gives.
    assert!(rules(&seventeen_pro(2)).iter().any(|r| r == "gone_history"));
    assert!(!rules(&seventeen_pro(0)).iter().any(|r| r == "gone_history"));
}

#[test]
fn theft_and_loss_cover_can_win_for_someone_who_loses_phones() {
    // Lost twice in 2 years: AppleCare+ with Theft and Loss costs least of all.
    let a = engine::advise(&profile(&seventeen_pro(2)), &tables());
    assert_eq!(a.recommendation.chosen, "applecare_plus_theft_loss");
    // Never lost one: it does not.
    let a = engine::advise(&profile(&seventeen_pro(0)), &tables());
    assert_ne!(a.recommendation.chosen, "applecare_plus_theft_loss");
}

#[test]
fn the_tables_say_what_a_plan_pays_for_a_phone_that_is_gone() {
    for (lang, theft, half) in [
        (
            "en",
            "theft: up to ¥25,000 (the price, if lower) toward a new phone",
            "theft, loss: 50% of the phone's price toward a new phone",
        ),
        (
            "ja",
            "盗難：買い直しの費用として最大25,000円",
            "盗難・紛失：買い直しの費用として端末価格の50%",
        ),
    ] {
        let out = crate::common::hosho(&["tables", "--lang", lang], b"");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(theft), "{lang}: {theft}");
        assert!(text.contains(half), "{lang}: {half}");
    }
}
