//! Times one advice for every answers file of a grid over what the interface accepts (carrier,
//! where the device comes from, the day it was bought, OS and device, incidents 0 to 50, horizon 1 to 60, attitude to
//! risk, another warranty, the what-if from a quarter to four times the breakage) and prints
//! the spread and the slowest answers. Each is timed as the best of a few short batches; the
//! slowest are timed again at length, as a short batch can catch the machine busy.
//!
//! `cargo bench --bench sweep`; `HOSHO_SIMD=avx2` or `baseline` for a narrower machine.

use hosho::answers::{Answers, Profile};
use hosho::calendar::Date;
use hosho::engine::{self, WhatIf};
use hosho::tables::Tables;
use std::hint::black_box;
use std::time::Instant;

/// The best of `batches` batches of `runs` advices, in microseconds.
fn time(p: &Profile, t: &Tables, w: WhatIf, batches: usize, runs: usize) -> f64 {
    (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..runs {
                black_box(engine::advise_with(black_box(p), t, w));
            }
            start.elapsed().as_secs_f64() * 1e6 / runs as f64
        })
        .fold(f64::MAX, f64::min)
}

/// Every answers file of the grid that the interface accepts, with its what-if.
fn grid(t: &Tables) -> Vec<(String, Profile, WhatIf)> {
    let today = Date::parse("2026-11-22").expect("a date");
    let devices = [
        ("Ios", r#"model: Some("iPhone 15 Pro")"#),
        ("Ios", r#"model: Some("iPhone 17 Pro Max")"#),
        ("Ios", r#"model: Some("iPhone XR"), price_yen: Some(28000)"#),
        (
            "Ios",
            r#"model: Some("iPhone 14 Pro Max"), price_yen: Some(60000)"#,
        ),
        ("Android", r#"model: Some("Galaxy S24")"#),
        ("Android", r#"model: Some("arrows We2")"#),
        (
            "Android",
            r#"price_yen: Some(70000), released: Some("2026-03")"#,
        ),
    ];
    let mut out = Vec::new();
    for carrier in [
        "Iijmio",
        "Linemo",
        "Mineo",
        "Ymobile",
        "Biglobe",
        "Undecided",
    ] {
        for source in ["BringOwn", "BuyNewFromCarrier", "BuyUsedFromCarrier"] {
            for (os, device) in devices {
                for (damage, water) in [(0, 0), (1, 0), (3, 2), (10, 0), (0, 50), (50, 50)] {
                    for horizon in [1, 6, 12, 13, 24, 36, 59, 60] {
                        for risk in ["Neutral", "Averse"] {
                            for (warranty, bought) in [
                                ("None", "None"),
                                ("None", r#"Some("2026-11-15")"#),
                                (r#"Some("2026-12")"#, "None"),
                                (r#"Some("2027-12")"#, r#"Some("2026-11-15")"#),
                            ] {
                                let text = format!(
                                    "(today: Some(\"2026-11-22\"), carrier: {carrier}, \
                                     device_source: {source}, os: {os}, {device}, \
                                     damage_incidents_2y: {damage}, water_incidents_2y: {water}, \
                                     protection: Bare, horizon_months: {horizon}, risk: {risk}, \
                                     warranty_until: {warranty}, bought: {bought})"
                                );
                                let Ok(answers) = Answers::parse(&text) else {
                                    continue;
                                };
                                let Ok(p) = answers.resolve(&text, t, today) else {
                                    continue;
                                };
                                for rate_factor in [0.25, 1.0, 4.0] {
                                    let what_if = WhatIf { rate_factor };
                                    out.push((
                                        format!("{text} x{rate_factor}"),
                                        p.clone(),
                                        what_if,
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

fn main() {
    let tables = Tables::built_in().expect("built-in tables");
    let grid = grid(&tables);
    let mut times: Vec<(f64, usize)> = grid
        .iter()
        .enumerate()
        .map(|(i, (_, p, w))| (time(p, &tables, *w, 3, 3), i))
        .collect();
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    let n = times.len();
    let mean = times.iter().map(|t| t.0).sum::<f64>() / n as f64;
    let vectors = std::env::var("HOSHO_SIMD")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "widest vectors found".into());
    println!("advise over {n} answers files ({vectors}):");
    println!(
        "  mean {mean:.1} µs, median {:.1} µs, 99th percentile {:.1} µs",
        times[n / 2].0,
        times[n / 100].0
    );
    let mut slowest: Vec<(f64, usize)> = times[..40]
        .iter()
        .map(|&(_, i)| (time(&grid[i].1, &tables, grid[i].2, 5, 300), i))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("  slowest {:.1} µs; the five slowest:", slowest[0].0);
    for &(us, i) in &slowest[..5] {
        println!("  {us:6.1} µs  {}", grid[i].0);
    }
}
