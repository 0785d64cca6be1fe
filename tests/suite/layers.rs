//! The layers of `docs/architecture.md` hold in the code: every `crate::` path in `src/` (tests
//! left out) names a module of a lower layer, and only the screens use the terminal crates.

use std::collections::BTreeMap;

/// Each top-level module's layer, read from the table of `docs/architecture.md`.
fn layers() -> BTreeMap<String, u32> {
    let doc = std::fs::read_to_string("docs/architecture.md").unwrap();
    let mut out = BTreeMap::new();
    for line in doc.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(layer) = cells.get(1).and_then(|c| c.parse::<u32>().ok()) else {
            continue;
        };
        for module in cells[2].split(',') {
            out.insert(module.trim().trim_matches('`').to_string(), layer);
        }
    }
    out
}

/// Every `.rs` file under `dir`, with its path.
fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's code: its unit tests and its comments left out.
fn code(text: &str) -> String {
    let text = text
        .find("#[cfg(test)]\nmod tests")
        .map_or(text, |i| &text[..i]);
    text.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file's code names: `crate::x` paths and `use crate::{x, y::z}`.
fn used(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find("};").unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name = part.trim().split("::").next().unwrap_or("");
                out.push(name.trim_start_matches('{').trim().to_string());
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

#[test]
fn every_import_runs_down_the_layers() {
    let layers = layers();
    assert!(layers.len() >= 15, "the table lists {layers:?}");
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for path in files {
        let rel = path.strip_prefix("src").unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(&own) = layers.get(&top) else {
            panic!(
                "{}: module {top} has no layer in docs/architecture.md",
                path.display()
            );
        };
        let text = code(&std::fs::read_to_string(&path).unwrap());
        for dep in used(&text) {
            checked += 1;
            if dep == top {
                continue;
            }
            match layers.get(&dep) {
                Some(&theirs) if theirs < own => {}
                other => wrong.push(format!(
                    "{} (layer {own}) uses {dep} (layer {other:?})",
                    path.display()
                )),
            }
        }
        let draws = text.contains("ratatui") || text.contains("crossterm");
        let may_draw = top == "tui" || rel.ends_with("operator/pin_tool.rs");
        if draws && !may_draw {
            wrong.push(format!("{} uses the terminal crates", path.display()));
        }
    }
    assert!(checked > 300, "{checked} imports read");
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_grouped_and_inline_paths() {
    let text = "use crate::{engine::Advice, lang};\nfn f() { crate::tables::Tables::built_in(); }";
    assert_eq!(used(text), ["engine", "lang", "tables"]);
    assert_eq!(code("a // crate::x\n#[cfg(test)]\nmod tests {}"), "a ");
}
