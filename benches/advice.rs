//! One full advice (every option priced, bad-case figures included), the heaviest answers the
//! interface accepts, and loading the tables.

use criterion::{Criterion, criterion_group, criterion_main};
use hosho::answers::Answers;
use hosho::calendar::Date;
use hosho::engine;
use hosho::tables::Tables;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
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
    // The heaviest accepted answers: every plan in play, the longest horizon, the most
    // incidents, compared on the bad case.
    let worst = r#"(today: Some("2026-11-22"), carrier: Undecided, device_source: BringOwn, os: Ios,
        model: Some("iPhone 15 Pro"), damage_incidents_2y: 50, water_incidents_2y: 50,
        protection: Bare, horizon_months: 60, risk: Averse)"#;
    let worst = Answers::parse(worst)
        .unwrap()
        .resolve(worst, &tables, Date::today_local())
        .unwrap();
    c.bench_function("advise_worst_case", |b| {
        b.iter(|| engine::advise(black_box(&worst), &tables))
    });
    c.bench_function("load_built_in_tables", |b| {
        b.iter(|| Tables::built_in().unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
