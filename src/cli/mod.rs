//! The command line: the commands (`advise`, `tables`, `validate`, `kiosk-pin`, `help`) and the
//! full-screen modes they start. Every failure is one clear message on stderr and exit code 2;
//! stdout gets a whole report or nothing.

pub mod args;
mod failure;
pub mod help;

pub use args::{Cli, Command, TablesAction};
pub use failure::{Failure, answer_message, read_message};

use crate::answers::Answers;
use crate::calendar::Date;
use crate::echo::shown;
use crate::i18n::Words;
use crate::lang::Lang;
use crate::report;
use crate::tables::{Listing, Origin, TableError, Tables};
use std::path::PathBuf;

/// The language chosen by `--lang`, else the environment.
pub fn language(flag: Option<&str>) -> Result<Lang, Failure> {
    match flag {
        None => Ok(Lang::from_env()),
        Some(v) => Lang::parse(v).ok_or_else(|| Failure::BadLang(v.to_string())),
    }
}

/// The tables: built in, or from `--data`.
pub fn load_tables(data: Option<&PathBuf>) -> Result<Tables, TableError> {
    match data {
        None => Tables::built_in(),
        Some(dir) => Tables::from_data(dir),
    }
}

/// What a command line ends with: what to print on stdout and the exit code, or what failed.
pub type Outcome = Result<(String, u8), Box<(Failure, Lang)>>;

/// Runs a parsed command line; returns what to print on stdout and the exit code (0, or
/// [`crate::operator::ADMIN_EXIT`] when the kiosk's admin left it with the PIN), and the
/// tables it read, for the caller to drop (or not: a process about to end need not free a
/// catalog of 100,000 devices piece by piece).
pub fn run(cli: &Cli) -> (Outcome, Option<Tables>) {
    let lang = match language(cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(f) => return (Err(Box::new((f, Lang::En))), None),
    };
    let fail = |f: Failure| Box::new((f, lang));
    // `validate` checks the built-in set whole (parsed from its RON); every other command
    // takes it as embedded at build time.
    let validating = matches!(cli.command, Some(Command::Validate { kiosk_config: None }));
    // `validate --data` checks a set being made, whole or not; everything else takes a
    // whole set or a bundle.
    let tables = match &cli.data {
        None if validating => Tables::built_in_checked(),
        Some(dir) if validating => Tables::from_dir(dir),
        data => load_tables(data.as_ref()),
    }
    .map_err(|error| {
        // `validate` is asked for every place; any other command says what kinds are wrong.
        let listing = match validating {
            true => Listing::Every,
            false => Listing::ByKind,
        };
        fail(Failure::Tables { error, listing })
    });
    match tables {
        Ok(tables) => {
            let outcome = run_with(cli, &tables, lang);
            (outcome, Some(tables))
        }
        Err(failed) => (Err(failed), None),
    }
}

/// Runs a command line with its tables read.
fn run_with(cli: &Cli, tables: &Tables, lang: Lang) -> Outcome {
    let text = |s: String| (s, 0);
    let fail = |f: Failure| Box::new((f, lang));
    let words = tables.words(lang);
    let look = crate::tui::terminal::Drawing::wanted(cli.color, cli.ascii);
    match &cli.command {
        Some(Command::Advise { answers, format }) => {
            let profile = load_profile(answers, tables).map_err(fail)?;
            let advice = crate::engine::advise(&profile, tables);
            Ok(text(report::render(&advice, &words, tables, *format)))
        }
        Some(Command::Tables { action: None }) => Ok(text(report::figures::render(tables, &words))),
        Some(Command::Tables {
            action: Some(TablesAction::Bundle { src, out, name }),
        }) => {
            let manifest = Tables::write_bundle(src, out, name.as_deref()).map_err(|error| {
                fail(Failure::Tables {
                    error,
                    listing: Listing::Every,
                })
            })?;
            Ok(text(
                words.text(
                    "bundle-written",
                    &[
                        ("out", shown(&out.display().to_string())),
                        ("bundle", shown(&manifest.bundle)),
                        ("as_of", words.month(manifest.as_of)),
                    ],
                ) + "\n",
            ))
        }
        Some(Command::Validate {
            kiosk_config: Some(file),
        }) => {
            let config = load_kiosk_config(file, tables).map_err(fail)?;
            Ok(text(kiosk_summary(&config, &words)))
        }
        Some(Command::Validate { kiosk_config: None }) => {
            Ok(text(validate_summary(tables, &words)))
        }
        Some(Command::Help { command }) => help::render(&words, command.as_deref())
            .map(text)
            .ok_or_else(|| fail(Failure::UnknownCommand(command.clone().unwrap_or_default()))),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut help::command(&words), "hosho", &mut out);
            Ok(text(String::from_utf8_lossy(&out).into_owned()))
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            // Into memory: a write there cannot fail.
            let _ = clap_mangen::Man::new(help::command(&words)).render(&mut out);
            Ok(text(String::from_utf8_lossy(&out).into_owned()))
        }
        Some(Command::KioskPin) => crate::operator::pin_tool::run(&words)
            .map(text)
            .map_err(|e| fail(Failure::Pin(e))),
        None if cli.kiosk => {
            let config = match &cli.config {
                Some(file) => load_kiosk_config(file, tables).map_err(fail)?,
                None => crate::operator::config::KioskConfig::without_pin(),
            };
            let (least, most) = crate::operator::config::IDLE_BOUNDS;
            if let Some(n) = cli.idle_reset_seconds
                && !(least..=most).contains(&n)
            {
                return Err(fail(Failure::BadIdle(n)));
            }
            // To the service's log: the kiosk still starts, but its admin must know.
            for warning in pin_warnings(&config.pin_hash) {
                crate::output::write_err(&words.text(warning, &[]));
            }
            let mut kiosk = crate::tui::kiosk::Settings::new(&config, cli.idle_reset_seconds, lang);
            // With a PIN, the wrong PINs must outlast a restart: no place to keep them, no
            // kiosk.
            if !config.pin_hash.is_empty() {
                let dir = crate::operator::state::directory(config.state_dir.as_deref())
                    .map_err(|e| fail(Failure::KioskState(e)))?;
                use crate::tui::terminal::{Clock, SystemClock};
                kiosk.guard = crate::operator::state::load(&dir, SystemClock.unix_secs())
                    .map_err(|e| fail(Failure::KioskState(e)))?;
                kiosk.state_dir = Some(dir);
            }
            if crate::tui::kiosk::journal::journal() {
                crate::output::write_err(&kiosk_start_line(
                    tables,
                    cli.config.as_deref(),
                    kiosk.state_dir.as_deref(),
                    &words,
                ));
            }
            let ended = crate::tui::terminal::run_kiosk(tables, kiosk, look, cli.data.clone())
                .map_err(|e| fail(Failure::Terminal(e.kind())))?;
            Ok((
                String::new(),
                exit_code(ended, crate::operator::ADMIN_EXIT, &words),
            ))
        }
        None if cli.counter => {
            let profile = match &cli.answers {
                Some(file) => Some(load_profile(file, tables).map_err(fail)?),
                None => None,
            };
            let ended = crate::tui::terminal::run_counter(tables, lang, profile, look)
                .map_err(|e| fail(Failure::Terminal(e.kind())))?;
            Ok((String::new(), exit_code(ended, 0, &words)))
        }
        None => {
            let profile = match &cli.answers {
                Some(file) => Some(load_profile(file, tables).map_err(fail)?),
                None => None,
            };
            let ended = crate::tui::terminal::run(tables, lang, profile, look)
                .map_err(|e| fail(Failure::Terminal(e.kind())))?;
            Ok((String::new(), exit_code(ended, 0, &words)))
        }
    }
}

/// The exit code of a full-screen session: `done` when it ended as asked (0 when the user
/// quit, the kiosk's 3 when its admin left it), 0 when a signal stopped it, 1 when the
/// terminal went away, said on stderr (a kiosk's journal).
fn exit_code(ended: crate::tui::terminal::Ended, done: u8, words: &Words) -> u8 {
    use crate::tui::terminal::{Ended, LOST_EXIT};
    match ended {
        Ended::Done => done,
        Ended::Signal => 0,
        Ended::Lost => {
            crate::output::write_err(&words.text("error-terminal-lost", &[]));
            LOST_EXIT
        }
    }
}

/// The kiosk's first line in its journal: the program's version and commit, the tables' date
/// and fingerprint, the config's path and where the wrong PINs are kept.
fn kiosk_start_line(
    tables: &Tables,
    config: Option<&std::path::Path>,
    state: Option<&std::path::Path>,
    words: &Words,
) -> String {
    let shown_path = |p: &std::path::Path| shown(&p.display().to_string());
    let mut args = vec![
        ("version", env!("CARGO_PKG_VERSION").to_string()),
        ("commit", crate::tables::COMMIT.to_string()),
        ("tables", words.month(tables.data_as_of())),
        ("digest", tables.digest.clone()),
        (
            "config",
            config.map_or_else(|| words.text("kiosk-no-config", &[]), shown_path),
        ),
    ];
    let id = match state {
        Some(dir) => {
            args.push(("state", shown_path(&crate::operator::state::file(dir))));
            "journal-start"
        }
        None => "journal-start-nopin",
    };
    words.text(id, &args)
}

/// Reads and checks a kiosk config file, its carriers against the tables.
fn load_kiosk_config(
    path: &std::path::Path,
    tables: &Tables,
) -> Result<crate::operator::config::KioskConfig, Failure> {
    let file = path.display().to_string();
    let text = crate::input::read_file(path).map_err(|fault| Failure::Read {
        file: file.clone(),
        fault,
    })?;
    let config = crate::operator::config::KioskConfig::parse(&text).map_err(|error| {
        Failure::KioskConfig {
            file: file.clone(),
            error,
        }
    })?;
    config
        .check_carriers(&text, tables)
        .map_err(|error| Failure::KioskConfig { file, error })?;
    Ok(config)
}

/// What a valid kiosk config sets.
fn kiosk_summary(c: &crate::operator::config::KioskConfig, words: &Words) -> String {
    let carriers = if c.carriers.is_empty() {
        words.text("kiosk-all-carriers", &[])
    } else {
        c.carriers
            .iter()
            .map(|x| words.carrier(x.id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = words.text(
        "kiosk-config-ok",
        &[
            ("idle", c.idle_reset_seconds.to_string()),
            ("carriers", carriers),
        ],
    );
    out.push('\n');
    for warning in pin_warnings(&c.pin_hash) {
        out.push_str(&words.text(warning, &[]));
        out.push('\n');
    }
    out
}

/// What to tell the operator of a config's PIN hash: the published sample's, or one in the
/// older format to renew.
fn pin_warnings(stored: &str) -> Vec<&'static str> {
    let pin = crate::operator::pin::is_sample;
    let mut out = Vec::new();
    if pin(stored) {
        out.push("kiosk-sample-pin");
    } else if crate::operator::pin::is_legacy(stored) {
        out.push("kiosk-legacy-pin");
    }
    out
}

/// Reads, parses and resolves an answers file (`-` for standard input).
fn load_profile(path: &str, tables: &Tables) -> Result<crate::answers::Profile, Failure> {
    let (file, text) = read_answers(path)?;
    let parsed = Answers::parse(&text).map_err(|error| Failure::Answers {
        file: file.clone(),
        error,
    })?;
    parsed
        .resolve(&text, tables, Date::today_local())
        .map_err(|error| Failure::Answers { file, error })
}

fn read_answers(path: &str) -> Result<(String, String), Failure> {
    let (file, read) = if path == "-" {
        ("<stdin>", crate::input::read_from(std::io::stdin().lock()))
    } else {
        (path, crate::input::read_file(std::path::Path::new(path)))
    };
    read.map(|text| (file.to_string(), text))
        .map_err(|fault| Failure::Read {
            file: file.to_string(),
            fault,
        })
}

fn validate_summary(t: &Tables, words: &Words) -> String {
    let mut out = words.text(
        "validate-ok",
        &[
            ("files", crate::tables::FILES.len().to_string()),
            ("plans", t.plans().len().to_string()),
            ("devices", t.devices().len().to_string()),
            ("sources", t.sources().len().to_string()),
        ],
    );
    out.push('\n');
    for (file, origin) in crate::tables::FILES.iter().zip(t.origins.iter()) {
        let o = match origin {
            Origin::BuiltIn => words.text("validate-built-in", &[]),
            Origin::File(p) => p.display().to_string(),
        };
        out.push_str(&words.text(
            "validate-origin",
            &[("file", file.to_string()), ("origin", o)],
        ));
        out.push('\n');
    }
    out
}
