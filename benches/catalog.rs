//! A chain's catalog of 100,000 devices given with `--data`: `hosho advise` on the checked set
//! (every file parsed and checked, the search index made) against the same set as a bundle
//! (its manifest's fingerprints checked, its checked parse read), as whole runs of the real
//! binary, interleaved so that a busy moment weighs on both alike; then each load alone, in
//! the process.
//!
//! `cargo bench --bench catalog` (the release binary: `cargo bench` builds it optimised).

mod harness;

use harness::{Harness, quantile, wall_ms};
use hosho::tables::Tables;
use std::path::Path;

/// Devices in the catalog.
const DEVICES: usize = 100_000;
/// Rounds of each command.
const ROUNDS: usize = 30;

fn main() {
    let dir = harness::big_catalog_dir(DEVICES);
    let bundle = dir.join("bundle");
    Tables::write_bundle(&dir, &bundle, None).expect("the catalog bundles");
    let answers = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/expensive-iphone-dropper.ron"
    );
    let (set, packed) = (dir.display().to_string(), bundle.display().to_string());
    let commands = [
        (
            "advise --data SET",
            ["advise", "--data", &set, "--answers", answers],
        ),
        (
            "advise --data BUNDLE",
            ["advise", "--data", &packed, "--answers", answers],
        ),
    ];
    let hosho = Path::new(env!("CARGO_BIN_EXE_hosho"));
    for (_, args) in &commands {
        wall_ms(hosho, args);
    }
    let mut times = [Vec::new(), Vec::new()];
    for _ in 0..ROUNDS {
        for (i, (_, args)) in commands.iter().enumerate() {
            times[i].push(wall_ms(hosho, args));
        }
    }
    println!("{DEVICES} devices, {ROUNDS} runs each, interleaved; wall time from spawn to exit");
    let medians: Vec<f64> = commands
        .iter()
        .zip(times)
        .map(|((name, _), mut t)| {
            t.sort_by(f64::total_cmp);
            let (m, p90) = (quantile(&t, 0.5), quantile(&t, 0.9));
            println!("{name:<24} {m:>8.1} ms (p90 {p90:.1} ms)");
            m
        })
        .collect();
    println!("the bundle: {:.1}x quicker", medians[0] / medians[1]);
    let mut c = Harness::from_args();
    c.bench_function("load_tables_100000_devices", |b| {
        b.iter(|| Tables::from_dir(&dir).unwrap())
    });
    c.bench_function("load_bundle_100000_devices", |b| {
        b.iter(|| Tables::from_bundle(Path::new(&bundle)).unwrap())
    });
    std::fs::remove_dir_all(&dir).unwrap();
}
