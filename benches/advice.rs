//! One full advice (every option priced, bad-case figures included): two personas, the most
//! incidents the interface accepts, and the slowest answers `benches/sweep.rs` finds; and
//! loading the tables. `HOSHO_SIMD=avx2` or `baseline` measures a machine without AVX-512.

mod harness;

use harness::Harness;
use hosho::answers::Answers;
use hosho::answers::Profile;
use hosho::calendar::Date;
use hosho::engine::{self, WhatIf};
use hosho::tables::Tables;
use std::hint::black_box;

fn resolve(text: &str, tables: &Tables) -> Profile {
    Answers::parse(text)
        .unwrap()
        .resolve(text, tables, Date::today_local())
        .unwrap()
}

fn bench(c: &mut Harness) {
    let tables = Tables::built_in().unwrap();
    let text = std::fs::read_to_string("assets/expensive-iphone-dropper.ron").unwrap();
    let profile = Answers::parse(&text)
        .unwrap()
        .resolve(&text, &tables, Date::today_local())
        .unwrap();
    c.bench_function("advise_iphone_iijmio_24m", |b| {
        b.iter(|| engine::advise(black_box(&profile), &tables))
    });
    let text = std::fs::read_to_string("assets/undecided-iijmio-or-linemo.ron").unwrap();
    let undecided = Answers::parse(&text)
        .unwrap()
        .resolve(&text, &tables, Date::today_local())
        .unwrap();
    c.bench_function("advise_undecided_android_36m", |b| {
        b.iter(|| engine::advise(black_box(&undecided), &tables))
    });
    // The most incidents the interface accepts, every plan in play, the longest horizon, four
    // times the breakage on top, compared on the bad case.
    let most = r#"(today: Some("2026-11-22"), carrier: Undecided, device_source: BringOwn, os: Ios,
        model: Some("iPhone 15 Pro"), damage_incidents_2y: 50, water_incidents_2y: 50,
        protection: Bare, horizon_months: 60, risk: Averse)"#;
    let most = resolve(most, &tables);
    let times_four = WhatIf { rate_factor: 4.0 };
    c.bench_function("advise_most_incidents", |b| {
        b.iter(|| engine::advise_with(black_box(&most), &tables, times_four))
    });
    // Among the slowest answers of `benches/sweep.rs`: every plan in play over 59 months, a phone
    // whose maker's warranty, natural-failure window and AppleCare-like cover all end at
    // different months, so that each year has its own steps, at a quarter of the breakage.
    let worst = r#"(today: Some("2026-11-22"), carrier: Undecided, device_source: BringOwn,
        os: Android, price_yen: Some(70000), released: Some("2026-03"), damage_incidents_2y: 0,
        water_incidents_2y: 2, protection: Bare, horizon_months: 59, risk: Averse,
        warranty_until: Some("2026-12"))"#;
    let worst = resolve(worst, &tables);
    let quarter = WhatIf { rate_factor: 0.25 };
    c.bench_function("advise_worst_case", |b| {
        b.iter(|| engine::advise_with(black_box(&worst), &tables, quarter))
    });
    c.bench_function("load_built_in_tables", |b| {
        b.iter(|| Tables::built_in().unwrap())
    });
}

fn main() {
    let mut c = Harness::from_args();
    bench(&mut c);
}
