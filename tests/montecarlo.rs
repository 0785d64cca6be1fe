//! A seeded Monte-Carlo simulation of each option's horizon, incident by incident, checks the
//! engine's exact expected total and its bad case (the mean of the worst 10%), each within 1%.

mod common;
use common::{Rng, profile, tables};
use hosho::engine::{self, WhatIf, spec::OptionSpec, spec::Period};

impl Rng {
    /// A Poisson draw by Knuth's product of uniforms.
    fn poisson(&mut self, lambda: f64) -> u32 {
        let limit = (-lambda).exp();
        let mut n = 0;
        let mut p = self.next_f64();
        while p > limit {
            n += 1;
            p *= self.next_f64();
        }
        n
    }
}

/// One simulated horizon: fees plus every incident's cost, applying the use limit.
fn simulate(spec: &OptionSpec, rng: &mut Rng) -> f64 {
    let mut total: f64 = spec.fees.iter().sum();
    let mut used = 0;
    for (m, month) in spec.months().enumerate() {
        if spec.period == Period::Year && m > 0 && m % 12 == 0 {
            used = 0;
        }
        let rate: f64 = month.rates.iter().sum();
        for _ in 0..rng.poisson(rate) {
            let mut pick = rng.next_f64() * rate;
            let mut kind = 0;
            while kind + 1 < month.rates.len() && pick >= month.rates[kind] {
                pick -= month.rates[kind];
                kind += 1;
            }
            let cover = month.cover[kind];
            total += f64::from(cover.cost(used, spec.limit));
            if matches!(cover, hosho::engine::spec::Cover::Use { counts: true, .. })
                && used < spec.limit
            {
                used += 1;
            }
        }
    }
    total
}

fn check(fields: &str, seed: u64) {
    const RUNS: usize = 100_000;
    let t = tables();
    let p = profile(fields);
    let advice = engine::advise(&p, &t);
    let mut rng = Rng(seed);
    for (spec, _) in engine::option_specs(&p, &t, WhatIf::default()) {
        let mut totals: Vec<f64> = (0..RUNS).map(|_| simulate(&spec, &mut rng)).collect();
        totals.sort_by(|a, b| a.total_cmp(b));
        let mean = totals.iter().sum::<f64>() / RUNS as f64;
        let worst = &totals[(RUNS * 9) / 10..];
        let tail = worst.iter().sum::<f64>() / worst.len() as f64;
        // Options that cannot apply to the device are priced too, for the JSON output.
        let o = advice.any_option(&spec.id).unwrap();
        let exact = o.expected_total_yen as f64;
        assert!(
            (mean - exact).abs() <= 0.01 * exact,
            "{}: mean {mean} vs exact {exact} ({fields})",
            spec.id
        );
        let bad = o.bad_case_total_yen as f64;
        assert!(
            (tail - bad).abs() <= 0.01 * bad.max(1.0),
            "{}: worst 10% {tail} vs bad case {bad} ({fields})",
            spec.id
        );
        assert!(bad >= exact, "{}: bad case {bad} below {exact}", spec.id);
    }
}

#[test]
fn expensive_iphone_dropper_on_iijmio() {
    check(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), damage_incidents_2y: 3, water_incidents_2y: 1, horizon_months: 24"#,
        1,
    );
}

#[test]
fn android_heavy_user_over_three_years_on_either_carrier() {
    check(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"), damage_incidents_2y: 6, water_incidents_2y: 2, protection: Bare, horizon_months: 36"#,
        2,
    );
}

#[test]
fn linemo_iphone_with_applecare_ending() {
    check(
        r#"carrier: Linemo, device_source: BringOwn, os: Ios, model: Some("iPhone 13"), damage_incidents_2y: 4, water_incidents_2y: 0, warranty_until: Some("2027-04"), horizon_months: 30"#,
        3,
    );
}

#[test]
fn used_iphone_from_iijmio_kept_five_years() {
    check(
        r#"carrier: Iijmio, device_source: BuyUsedFromCarrier, os: Ios, model: Some("iPhone XR"), price_yen: Some(28000), damage_incidents_2y: 5, water_incidents_2y: 1, horizon_months: 60"#,
        4,
    );
}

#[test]
fn the_heaviest_answers_over_five_years() {
    check(
        r#"carrier: Undecided, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), damage_incidents_2y: 50, water_incidents_2y: 50, protection: Bare, horizon_months: 60"#,
        5,
    );
}

#[test]
fn a_pixel_brought_to_mineo_past_its_cover_end() {
    // mineo's cover ends at the third year-end after release (2026-12 for a 2023 model): the
    // months after it are paid out of pocket.
    check(
        r#"carrier: Mineo, device_source: BringOwn, os: Android, model: Some("Pixel 8"), damage_incidents_2y: 3, water_incidents_2y: 1, horizon_months: 36"#,
        6,
    );
}

#[test]
fn an_iphone_bought_last_week_against_every_carrier_and_the_cover_bought_apart() {
    // AppleCare+ (uses not counted), the insurers' yearly totals counted as uses, and
    // Y!mobile's and LINEMO's plans, side by side.
    check(
        r#"carrier: Undecided, device_source: BringOwn, os: Ios, model: Some("iPhone 17 Pro"), bought: Some("2026-11-15"), damage_incidents_2y: 4, water_incidents_2y: 2, horizon_months: 48"#,
        7,
    );
}

#[test]
fn a_phone_worth_less_than_its_repairs_with_a_spare_to_fall_back_on() {
    // The spare takes the phone's place for a screen or worse (worth ¥40,000 above a cheap
    // phone), then every break is a cheap phone's: one step between two states.
    check(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 14 Pro Max"), price_yen: Some(60000), damage_incidents_2y: 3, water_incidents_2y: 1, horizon_months: 36"#,
        8,
    );
}

#[test]
fn cover_bought_while_another_warranty_runs_and_applecare_paid_at_once() {
    // Mobile hoken open while AppleCare+ runs (it pays only after), AppleCare+ itself closed;
    // and a phone bought last week with AppleCare+ paid for two years at once then monthly.
    check(
        r#"carrier: Iijmio, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), bought: Some("2023-10-01"), warranty_until: Some("2027-03"), damage_incidents_2y: 2, water_incidents_2y: 1, horizon_months: 30"#,
        9,
    );
    check(
        r#"carrier: Povo, device_source: BringOwn, os: Ios, model: Some("iPhone 15 Pro"), bought: Some("2026-11-15"), damage_incidents_2y: 2, water_incidents_2y: 0, horizon_months: 30"#,
        10,
    );
}
