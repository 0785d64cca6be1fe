//! The cost of a start, paired with the cheapest Rust process there is: a hello-world built
//! here with `rustc -O` is run in turn with `hosho advise` (text and JSON), `hosho --version`
//! and `hosho validate`, each hundreds of times, interleaved so that a busy moment weighs on
//! all of them alike. Prints each command's median and 90th percentile wall time and its ratio
//! to hello-world's median.
//!
//! `cargo bench --bench start` (the release binary: `cargo bench` builds it optimised).

mod harness;

use harness::{quantile, wall_ms as run};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Rounds of every command.
const ROUNDS: usize = 400;

/// A hello-world built with the same compiler, optimised.
fn hello() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("start-bench");
    std::fs::create_dir_all(&dir).expect("a folder for hello-world");
    let source = dir.join("hello.rs");
    std::fs::write(&source, "fn main() { println!(\"hello\"); }\n").expect("hello.rs");
    let binary = dir.join("hello");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let built = Command::new(rustc)
        .args(["-O", "--edition", "2024", "-o"])
        .arg(&binary)
        .arg(&source)
        .status()
        .expect("rustc runs");
    assert!(built.success(), "hello-world builds");
    binary
}

fn main() {
    let hosho = Path::new(env!("CARGO_BIN_EXE_hosho"));
    let hello = hello();
    let answers = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/expensive-iphone-dropper.ron"
    );
    let commands: Vec<(&str, &Path, Vec<&str>)> = vec![
        ("hello-world", &hello, vec![]),
        ("hosho --version", hosho, vec!["--version"]),
        ("hosho advise", hosho, vec!["advise", "--answers", answers]),
        (
            "hosho advise --format json",
            hosho,
            vec!["advise", "--answers", answers, "--format", "json"],
        ),
        ("hosho validate", hosho, vec!["validate"]),
    ];
    // Warm the page cache and the binaries.
    for (_, program, args) in &commands {
        for _ in 0..20 {
            run(program, args);
        }
    }
    let mut times = vec![Vec::with_capacity(ROUNDS); commands.len()];
    for _ in 0..ROUNDS {
        for (i, (_, program, args)) in commands.iter().enumerate() {
            times[i].push(run(program, args));
        }
    }
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    let base = quantile(&times[0], 0.5);
    println!("{ROUNDS} runs each, interleaved; wall time from spawn to exit");
    println!(
        "{:<28} {:>9} {:>9} {:>9}",
        "command", "median", "p90", "× hello"
    );
    for ((name, ..), t) in commands.iter().zip(&times) {
        let median = quantile(t, 0.5);
        println!(
            "{name:<28} {median:>6.3} ms {:>6.3} ms {:>8.2}x",
            quantile(t, 0.9),
            median / base
        );
    }
}
