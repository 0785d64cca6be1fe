//! A seeded Monte-Carlo simulation of each option's horizon, incident by incident, checks the
//! engine's exact expected total and its bad case (the mean of the worst 10%), each within 1%.
//!
//! Each option draws as many horizons as it needs for the 1% to be at least five standard
//! errors of both estimates (judged on a first 10,000), and at most 100,000: a heavy user's
//! hundreds of incidents a horizon vary little and need few. `HOSHO_LONG_TESTS=1` draws
//! 100,000 for every option.

use crate::common::{Rng, profile, tables};
use hosho::engine::spec::{Cover, MonthSpec, OptionSpec, Period};
use hosho::engine::{self, WhatIf};

impl Rng {
    /// A Poisson draw by Knuth's product of uniforms, given `limit` = e^-lambda.
    fn poisson(&mut self, limit: f64) -> u32 {
        let mut n = 0;
        let mut p = self.next_f64();
        while p > limit {
            n += 1;
            p *= self.next_f64();
        }
        n
    }
}

/// An option's horizon laid out once for drawing: each month's rate and e^-rate.
struct Horizon<'a> {
    spec: &'a OptionSpec,
    fees: f64,
    months: Vec<(&'a MonthSpec, f64, f64)>,
}

impl<'a> Horizon<'a> {
    fn new(spec: &'a OptionSpec) -> Self {
        let months = spec
            .months()
            .map(|m| {
                let rate: f64 = m.rates.iter().sum();
                (m, rate, (-rate).exp())
            })
            .collect();
        Horizon {
            spec,
            fees: spec.fees.iter().sum(),
            months,
        }
    }

    /// One simulated horizon: fees plus every incident's cost, applying the use limit.
    fn simulate(&self, rng: &mut Rng) -> f64 {
        let mut total = self.fees;
        let mut used = 0;
        for (m, &(month, rate, none)) in self.months.iter().enumerate() {
            if self.spec.period == Period::Year && m > 0 && m % 12 == 0 {
                used = 0;
            }
            for _ in 0..rng.poisson(none) {
                let mut pick = rng.next_f64() * rate;
                let mut kind = 0;
                while kind + 1 < month.rates.len() && pick >= month.rates[kind] {
                    pick -= month.rates[kind];
                    kind += 1;
                }
                let cover = month.cover[kind];
                total += f64::from(cover.cost(used, self.spec.limit));
                if matches!(cover, Cover::Use { counts: true, .. }) && used < self.spec.limit {
                    used += 1;
                }
            }
        }
        total
    }
}

/// The fewest horizons drawn for an option, and the most.
const FIRST: usize = 10_000;
const MOST: usize = 100_000;

/// The share of the estimate one standard error may be: a fifth of the 1% allowed.
const ERROR: f64 = 0.002;

/// How many horizons make both estimates' standard errors at most [`ERROR`] of their values,
/// judged on the sorted totals drawn so far.
fn runs_needed(sorted: &[f64]) -> usize {
    let n = sorted.len() as f64;
    let mean = sorted.iter().sum::<f64>() / n;
    let var = sorted.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let worst = &sorted[(sorted.len() * 9) / 10..];
    let cut = worst[0];
    let tail = worst.iter().sum::<f64>() / worst.len() as f64;
    let tail_var =
        worst.iter().map(|x| (x - tail).powi(2)).sum::<f64>() / (worst.len() as f64 - 1.0);
    // The mean of the worst 10%: its spread, and the spread of where the 10% starts.
    let tail_spread = (tail_var + 0.9 * (tail - cut).powi(2)) / 0.1;
    let for_mean = var / (ERROR * mean.max(1.0)).powi(2);
    let for_tail = tail_spread / (ERROR * tail.max(1.0)).powi(2);
    for_mean.max(for_tail).ceil() as usize
}

fn check(fields: &str, seed: u64) {
    let t = tables();
    let p = profile(fields);
    let advice = engine::advise(&p, &t);
    let mut rng = Rng(seed);
    for (spec, _) in engine::option_specs(&p, &t, WhatIf::default()) {
        let horizon = Horizon::new(&spec);
        let mut totals: Vec<f64> = (0..FIRST).map(|_| horizon.simulate(&mut rng)).collect();
        totals.sort_by(|a, b| a.total_cmp(b));
        let runs = if crate::common::long_tests() {
            MOST
        } else {
            runs_needed(&totals).clamp(FIRST, MOST)
        };
        totals.extend((FIRST..runs).map(|_| horizon.simulate(&mut rng)));
        totals.sort_by(|a, b| a.total_cmp(b));
        let mean = totals.iter().sum::<f64>() / runs as f64;
        let worst = &totals[(runs * 9) / 10..];
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
