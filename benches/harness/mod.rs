//! A small timing harness for the benches ([`Harness`]), in place of a benchmarking crate
//! (criterion's plotting and statistics took a good share of a fresh `cargo test`'s build, and
//! a dev-dependency is built for the tests too): each function is warmed up,
//! then timed in 20 samples of as many runs as fill a tenth of a second; the median and the
//! 10th and 90th percentiles of a run are printed. `cargo bench --bench NAME -- WORD` runs only
//! the functions whose name holds WORD.

#![allow(dead_code)]

use std::time::{Duration, Instant};

/// Samples per function.
const SAMPLES: usize = 20;
/// The time one sample should take.
const SAMPLE_TIME: Duration = Duration::from_millis(100);
/// How long a function is run before it is timed.
const WARM_UP: Duration = Duration::from_millis(500);

/// Runs the functions asked for and prints their times.
pub struct Harness {
    filter: Option<String>,
}

impl Harness {
    /// The harness, with the filter given after `--` on the command line.
    pub fn from_args() -> Harness {
        let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        Harness { filter }
    }

    /// Times `f` under `name`, unless the filter leaves it out.
    pub fn bench_function(&mut self, name: &str, f: impl FnOnce(&mut Bencher)) -> &mut Harness {
        if self
            .filter
            .as_ref()
            .is_some_and(|w| !name.contains(w.as_str()))
        {
            return self;
        }
        let mut b = Bencher { runs: Vec::new() };
        f(&mut b);
        let mut runs = b.runs;
        if runs.is_empty() {
            return self;
        }
        runs.sort_by(f64::total_cmp);
        let at = |q: f64| runs[((runs.len() - 1) as f64 * q).round() as usize];
        println!(
            "{name:<40} {}  [{} .. {}]",
            shown(at(0.5)),
            shown(at(0.1)),
            shown(at(0.9))
        );
        self
    }
}

/// A time in seconds, in the unit that suits it.
fn shown(secs: f64) -> String {
    if secs >= 1e-3 {
        format!("{:>9.3} ms", secs * 1e3)
    } else if secs >= 1e-6 {
        format!("{:>9.3} µs", secs * 1e6)
    } else {
        format!("{:>9.1} ns", secs * 1e9)
    }
}

/// Times one function.
pub struct Bencher {
    /// Seconds per run, one per sample.
    runs: Vec<f64>,
}

impl Bencher {
    /// Times `routine`, called over and over.
    pub fn iter<R>(&mut self, mut routine: impl FnMut() -> R) {
        self.iter_custom(|n| {
            let start = Instant::now();
            for _ in 0..n {
                std::hint::black_box(routine());
            }
            start.elapsed()
        });
    }

    /// Times `routine`, which runs what is timed `n` times and says how long that took.
    pub fn iter_custom(&mut self, mut routine: impl FnMut(u64) -> Duration) {
        let start = Instant::now();
        let mut warm = 0u64;
        let mut spent = Duration::ZERO;
        while start.elapsed() < WARM_UP {
            spent += routine(1);
            warm += 1;
        }
        let per_run = spent.as_secs_f64() / warm as f64;
        let n = ((SAMPLE_TIME.as_secs_f64() / per_run.max(1e-9)) as u64).max(1);
        for _ in 0..SAMPLES {
            self.runs.push(routine(n).as_secs_f64() / n as f64);
        }
    }
}

/// A whole table set in a new temporary directory whose catalog holds `devices` devices: the
/// built-in ones, then made-up Android models after them.
pub fn big_catalog_dir(devices: usize) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "hosho-bench-catalog-{devices}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, text) in hosho::tables::FILES
        .iter()
        .zip(hosho::tables::Tables::built_in_files())
    {
        std::fs::write(dir.join(f), text).unwrap();
    }
    let built_in = include_str!("../../data/devices.ron");
    let end = built_in
        .rfind("    ],\n    // Brand names")
        .expect("the devices list ends");
    let have = built_in.matches("(name: ").count();
    let mut text = built_in[..end].to_string();
    for i in have..devices {
        text.push_str(&format!(
            "        (name: \"Benchphone {i} Pro\", aliases: [\"BP{i}\"], os: Android, released: \"2024-0{}\", price_yen: Some({}), src: \"android_launch\", as_of: \"2024-09\"),\n",
            1 + i % 9,
            20_000 + i * 7
        ));
    }
    text.push_str(&built_in[end..]);
    std::fs::write(dir.join("devices.ron"), text).unwrap();
    dir
}

/// Wall time of one run of `program` with `args` (`LANG=C`, output dropped), from spawn to
/// exit, in milliseconds; the run must succeed.
pub fn wall_ms(program: &std::path::Path, args: &[&str]) -> f64 {
    let start = Instant::now();
    let status = std::process::Command::new(program)
        .args(args)
        .env("LANG", "C")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("runs");
    let ms = start.elapsed().as_secs_f64() * 1e3;
    assert!(status.success(), "{} {args:?}", program.display());
    ms
}

/// The `q` quantile of sorted times.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}
