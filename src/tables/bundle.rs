//! Table bundles a chain can roll out: a directory of every table file, their checked parse
//! with the catalog's search index (`tables.bin`, postcard), and a manifest (`manifest.ron`) with
//! the bundle's version and date, the lowest hosho that reads it, and the SHA-256 of each file.
//! `hosho tables bundle SRC OUT` checks a set and writes one; `--data DIR` takes a bundle whose
//! files match its manifest without checking the tables again.

use super::problems::Problem;
use super::{FILES, Origin, Parsed, TableError, Tables};
use crate::calendar::YearMonth;
use crate::message::Arg;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The manifest's file name in a bundle.
pub const MANIFEST: &str = "manifest.ron";
/// The checked parse's file name in a bundle: the tables and the search index, as postcard
/// writes them (several times quicker to read than JSON, and the index is not made again).
pub const PARSED: &str = "tables.bin";

/// What a bundle holds, and the fingerprint of each part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The bundle's version, as the chain names it.
    pub bundle: String,
    /// The tables' date (their oldest file's).
    pub as_of: YearMonth,
    /// The lowest hosho version that reads it.
    pub min_hosho: String,
    /// The set's fingerprint ([`super::digest::of`]), as `hosho --version` and the JSON say.
    pub fingerprint: String,
    /// Each table file and its SHA-256, in the tables' order, then the checked parse's.
    pub files: Vec<(String, String)>,
}

/// Bytes in hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of `bytes`, in hex.
fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The SHA-256 of a file, in hex, read a block at a time.
fn streamed_sha256(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let (mut hasher, mut block) = (Sha256::new(), vec![0; 1 << 16]);
    loop {
        match file.read(&mut block)? {
            0 => break,
            n => hasher.update(&block[..n]),
        }
    }
    Ok(hex(&hasher.finalize()))
}

/// A problem of a bundle, at its file.
fn problem(file: &Path, id: &'static str, args: crate::message::Args) -> Problem {
    Problem {
        file: file.display().to_string(),
        line: 1,
        col: 1,
        id,
        args,
    }
}

/// Whether version `a` (`x.y.z`) is older than `b`.
fn older(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a) < parts(b)
}

impl Tables {
    /// Checks the whole set in `src` (every table file, and every check of `hosho validate`)
    /// and writes it as a bundle in `out`, a new directory: the files, their checked parse and
    /// the manifest. `name` is the bundle's version (default: its date and fingerprint).
    pub fn write_bundle(
        src: &Path,
        out: &Path,
        name: Option<&str>,
    ) -> Result<Manifest, TableError> {
        let tables = Tables::from_dir(src)?;
        let missing: Vec<&str> = FILES
            .iter()
            .copied()
            .filter(|f| !src.join(f).is_file())
            .collect();
        if !missing.is_empty() {
            return Err(TableError::Invalid {
                problems: vec![problem(
                    src,
                    "validate-incomplete",
                    vec![("missing", Arg::Text(missing.join(", ")))],
                )],
            });
        }
        let io = |path: &Path, e: std::io::Error| TableError::Io {
            path: path.display().to_string(),
            fault: e.into(),
        };
        std::fs::create_dir(out).map_err(|e| io(out, e))?;
        let mut files = Vec::new();
        for f in FILES {
            let bytes = std::fs::read(src.join(f)).map_err(|e| io(&src.join(f), e))?;
            std::fs::write(out.join(f), &bytes).map_err(|e| io(&out.join(f), e))?;
            files.push((f.to_string(), sha256(&bytes)));
        }
        let parsed: Parsed = (
            tables.sources.clone(),
            tables.carriers.clone(),
            tables.plans.clone(),
            tables.devices.clone(),
            tables.repairs.clone(),
            tables.risk.clone(),
            tables.rules.clone(),
        );
        let cache = postcard::to_allocvec(&(parsed, &tables.search)).unwrap_or_default();
        std::fs::write(out.join(PARSED), &cache).map_err(|e| io(&out.join(PARSED), e))?;
        files.push((PARSED.to_string(), sha256(&cache)));
        let as_of = tables.data_as_of();
        let manifest = Manifest {
            bundle: name.map_or_else(|| format!("{as_of}-{}", tables.digest), str::to_string),
            as_of,
            min_hosho: env!("CARGO_PKG_VERSION").to_string(),
            fingerprint: tables.digest.clone(),
            files,
        };
        let text = ron::ser::to_string_pretty(&manifest, ron::ser::PrettyConfig::default())
            .unwrap_or_default();
        let text = format!("// A hosho table bundle, written by `hosho tables bundle`.\n{text}\n");
        std::fs::write(out.join(MANIFEST), text).map_err(|e| io(&out.join(MANIFEST), e))?;
        Ok(manifest)
    }

    /// The bundle in `dir`, whose manifest is there: every file it lists, matching its
    /// fingerprint, nothing else beside them, and a hosho recent enough. Its tables were
    /// checked when it was written, so they are read from their checked parse.
    pub fn from_bundle(dir: &Path) -> Result<Tables, TableError> {
        let path = dir.join(MANIFEST);
        let text = crate::input::read_table_file(&path).map_err(|fault| TableError::Io {
            path: path.display().to_string(),
            fault,
        })?;
        let manifest: Manifest =
            ron::Options::default()
                .from_str(&text)
                .map_err(|e| TableError::Invalid {
                    problems: vec![Problem {
                        file: path.display().to_string(),
                        line: e.span.start.line,
                        col: e.span.start.col,
                        id: "validate-bundle-manifest",
                        args: Vec::new(),
                    }],
                })?;
        let mut problems = Vec::new();
        if older(env!("CARGO_PKG_VERSION"), &manifest.min_hosho) {
            problems.push(problem(
                &path,
                "validate-bundle-newer",
                vec![
                    ("needs", Arg::Text(manifest.min_hosho.clone())),
                    ("version", Arg::Text(env!("CARGO_PKG_VERSION").into())),
                ],
            ));
        }
        let listed: Vec<&str> = manifest.files.iter().map(|(f, _)| f.as_str()).collect();
        let wanted: Vec<&str> = FILES.iter().copied().chain([PARSED]).collect();
        if listed != wanted {
            problems.push(problem(
                &path,
                "validate-bundle-list",
                vec![("expected", Arg::Text(wanted.join(", ")))],
            ));
        }
        let mut parsed = Vec::new();
        for (name, sum) in &manifest.files {
            let file = dir.join(name);
            // The checked parse is read whole; the table files only hashed, a block at a time.
            let read = match name == PARSED {
                true => std::fs::read(&file).map(|bytes| (sha256(&bytes), bytes)),
                false => streamed_sha256(&file).map(|sum| (sum, Vec::new())),
            };
            match read {
                Err(_) => problems.push(problem(&file, "validate-bundle-missing", Vec::new())),
                Ok((got, _)) if got != *sum => {
                    problems.push(problem(&file, "validate-bundle-changed", Vec::new()))
                }
                Ok((_, bytes)) if name == PARSED => parsed = bytes,
                Ok(_) => {}
            }
        }
        // Nothing beside them: a table file the manifest does not list would be ignored.
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name != MANIFEST && !listed.contains(&name.as_str()) {
                    problems.push(problem(&e.path(), "validate-bundle-extra", Vec::new()));
                }
            }
        }
        if !problems.is_empty() {
            return Err(TableError::Invalid { problems });
        }
        let (parsed, search): (Parsed, super::search::Search) = postcard::from_bytes(&parsed)
            .map_err(|_| TableError::Invalid {
                problems: vec![problem(
                    &dir.join(PARSED),
                    "validate-bundle-changed",
                    Vec::new(),
                )],
            })?;
        // The files are those the fingerprint was taken of: it is not taken again.
        let origins = FILES.iter().map(|f| Origin::File(dir.join(f))).collect();
        Ok(Tables::assemble_with(
            parsed,
            origins,
            manifest.fingerprint,
            search,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_reads_back_as_the_set_it_was_written_of() {
        let root = std::env::temp_dir().join(format!("hosho-bundle-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let src = root.join("src");
        std::fs::create_dir_all(&src).unwrap();
        for (f, text) in FILES.iter().zip(Tables::built_in_files()) {
            std::fs::write(src.join(f), text).unwrap();
        }
        let manifest = Tables::write_bundle(&src, &root.join("out"), None).unwrap();
        let read = Tables::from_bundle(&root.join("out")).unwrap();
        let built = Tables::built_in().unwrap();
        let same = |a: &dyn erased::Json, b: &dyn erased::Json| a.json() == b.json();
        assert!(same(&read.sources, &built.sources));
        assert!(same(&read.carriers, &built.carriers));
        assert!(same(&read.plans, &built.plans));
        assert!(same(&read.devices, &built.devices));
        assert!(same(&read.repairs, &built.repairs));
        assert!(same(&read.risk, &built.risk));
        assert!(same(&read.rules, &built.rules));
        assert_eq!(read.digest, built.digest);
        assert_eq!(manifest.fingerprint, built.digest);
        // The search index it keeps finds what the one made afresh finds.
        assert_eq!(read.search.longest(), built.search.longest());
        for typed in ["15 pro", "ぴくせる9", "aifon 15", "ギャラクシー", "xpreia"] {
            for os in [crate::domain::Os::Ios, crate::domain::Os::Android] {
                assert_eq!(
                    read.search.matching(os, typed),
                    built.search.matching(os, typed),
                    "{typed}"
                );
            }
        }
        std::fs::remove_dir_all(&root).unwrap();
    }

    /// Each table as JSON, to compare two of them whole.
    mod erased {
        pub trait Json {
            fn json(&self) -> serde_json::Value;
        }
        impl<T: serde::Serialize> Json for T {
            fn json(&self) -> serde_json::Value {
                serde_json::to_value(self).unwrap_or_default()
            }
        }
    }
}
