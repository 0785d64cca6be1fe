//! Parses the built-in tables (`data/*.ron`) with the tables' own schema when hosho is built: a
//! file that does not parse, or does not fit the schema, fails the build with its place. The
//! parsed tables are embedded as JSON, which reads many times faster than RON at each start.
//! The checks across the tables (`hosho validate`) run on the built-in set in `cargo test`.
//! The Fluent files are split into their messages here too, so each is parsed when first used.

#![allow(dead_code)]

#[path = "src/calendar.rs"]
mod calendar;
#[path = "src/domain.rs"]
mod domain;

#[path = "src/lang.rs"]
mod lang;

#[path = "src/tables/schema.rs"]
mod schema;

#[path = "src/tables/digest.rs"]
mod digest;

use schema::*;
use serde::de::DeserializeOwned;

/// Parses one table file, or stops the build naming the file, line and column.
fn parse<T: DeserializeOwned + serde::Serialize>(file: &str) -> serde_json::Value {
    let value: T = typed(file);
    serde_json::to_value(&value).unwrap_or_else(|e| panic!("data/{file}: {e}"))
}

/// One table file in its schema's type.
fn typed<T: DeserializeOwned>(file: &str) -> T {
    let path = format!("data/{file}");
    println!("cargo::rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ron::Options::default().from_str(&text).unwrap_or_else(|e| {
        panic!(
            "{path}:{}:{}: {}",
            e.span.start.line, e.span.start.col, e.code
        )
    })
}

/// The messages of a language's Fluent files, sorted by id: each runs from its id at the start
/// of a line to the next message, comment or term.
fn messages(lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in [
        "advice.ftl",
        "report.ftl",
        "errors.ftl",
        "tui.ftl",
        "help.ftl",
    ] {
        let path = format!("locales/{lang}/{file}");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut current: Option<(String, String)> = None;
        for line in text.split_inclusive('\n') {
            let first = line.chars().next().unwrap_or(' ');
            // A new message, a comment or a term ends the one before; a `}` closing a
            // placeable at the start of a line does not.
            if first.is_ascii_alphabetic() || first == '#' || first == '-' {
                out.extend(current.take());
                if first.is_ascii_alphabetic()
                    && let Some((id, _)) = line.split_once('=')
                {
                    current = Some((id.trim().to_string(), String::new()));
                }
            }
            if let Some((_, source)) = current.as_mut() {
                source.push_str(line);
            }
        }
        out.extend(current);
    }
    out.sort();
    out
}

/// The commit hosho is built from, where it is built in a git checkout with git at hand;
/// `unknown` otherwise (a source tarball). Built again when the checkout moves to another.
fn commit() -> String {
    // Only files that are there: one that is not would run this script at every build.
    let watch = |path: &str| {
        if std::path::Path::new(path).exists() {
            println!("cargo::rerun-if-changed={path}");
        }
    };
    if let Ok(head) = std::fs::read_to_string(".git/HEAD") {
        watch(".git/HEAD");
        if let Some(branch) = head.trim().strip_prefix("ref: ") {
            watch(&format!(".git/{branch}"));
            watch(".git/packed-refs");
        }
    }
    std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    println!("cargo::rustc-env=HOSHO_COMMIT={}", commit());
    for src in [
        "src/calendar.rs",
        "src/domain.rs",
        "src/lang.rs",
        "src/tables/schema.rs",
    ] {
        println!("cargo::rerun-if-changed={src}");
    }
    // In the order of `tables::FILES`.
    let all = serde_json::Value::Array(vec![
        parse::<SourceTable>("sources.ron"),
        parse::<CarrierTable>("carriers.ron"),
        parse::<PlanTable>("plans.ron"),
        parse::<DeviceTable>("devices.ron"),
        parse::<RepairTable>("repairs.ron"),
        parse::<RiskTable>("risk.ron"),
        parse::<RuleTable>("rules.ron"),
    ]);
    // The built-in set's fingerprint, as `tables::digest` takes any set's.
    let texts: Vec<String> = FILES
        .iter()
        .map(|f| std::fs::read_to_string(format!("data/{f}")).expect("a table file"))
        .collect();
    let fingerprint = digest::of(FILES.iter().copied().zip(texts.iter().map(String::as_str)));
    println!("cargo::rustc-env=HOSHO_TABLES_DIGEST={fingerprint}");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let json = serde_json::to_string(&all).expect("tables as JSON");
    std::fs::write(out.join("tables.json"), json).expect("tables.json written");
    let mut rust =
        String::from("// The Fluent messages of each language, sorted by id (build.rs).\n");
    for (name, lang) in [("JA", "ja"), ("EN", "en")] {
        rust.push_str(&format!("pub static {name}: &[(&str, &str)] = &[\n"));
        for (id, source) in messages(lang) {
            rust.push_str(&format!("    ({id:?}, {source:?}),\n"));
        }
        rust.push_str("];\n");
    }
    std::fs::write(out.join("messages.rs"), rust).expect("messages.rs written");
    // The names the built-in plans and carriers give, for the words layer to say without
    // loading the tables.
    let (plans, carriers) = (typed::<PlanTable>("plans.ron"), typed("carriers.ron"));
    let mut rust =
        String::from("// The built-in tables' names by message id, sorted (build.rs).\n");
    for (name, lang) in [("JA", lang::Lang::Ja), ("EN", lang::Lang::En)] {
        rust.push_str(&format!("pub static {name}: &[(&str, &str)] = &[\n"));
        for (id, said) in names(&plans, &carriers, lang) {
            rust.push_str(&format!("    ({id:?}, {said:?}),\n"));
        }
        rust.push_str("];\n");
    }
    std::fs::write(out.join("names.rs"), rust).expect("names.rs written");
}
