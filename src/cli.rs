//! The command line: the commands (`advise`, `tables`, `validate`, `kiosk-pin`, `help`) and the
//! full-screen modes they start. Every failure is one clear message on stderr and exit code 2;
//! stdout gets a whole report or nothing.

use crate::answers::{AnswerError, Answers, Fault, bounds};
use crate::calendar::Date;
use crate::echo::{shown, shown_args};
use crate::i18n::{Lang, Words};
use crate::input::ReadFault;
use crate::report::{self, Format};
use crate::tables::{Listing, Origin, TableError, Tables};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// hosho: should you add a device warranty when you switch to a budget carrier?
#[derive(Debug, Parser)]
#[command(name = "hosho", version, about)]
pub struct Cli {
    /// Language of the output: ja or en (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// A directory of table files replacing the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Open the interactive advisor on the results for this answers file (RON).
    #[arg(long, value_name = "FILE", conflicts_with = "kiosk")]
    pub answers: Option<String>,
    /// The clerk's screen: every question on one form, the results beside it.
    #[arg(long, conflicts_with = "kiosk")]
    pub counter: bool,
    /// The unattended kiosk: nothing a customer presses leaves it; idle sessions are wiped.
    #[arg(long)]
    pub kiosk: bool,
    /// The kiosk's config file (RON): PIN hash, idle reset, carriers offered.
    #[arg(long, value_name = "FILE", requires = "kiosk")]
    pub config: Option<PathBuf>,
    /// Seconds without a key before the kiosk starts over (overrides the config).
    #[arg(long, value_name = "N", requires = "kiosk")]
    pub idle_reset_seconds: Option<u64>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Advice for an answers file, without a terminal UI.
    Advise {
        /// The answers file (RON); `-` reads standard input.
        #[arg(long, value_name = "FILE")]
        answers: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Show the plans and figures in force, with sources and dates.
    Tables,
    /// Check a table set (or a kiosk config) and report every problem with its place.
    Validate {
        /// Check this kiosk config file instead of the tables.
        #[arg(long, value_name = "FILE")]
        kiosk_config: Option<PathBuf>,
    },
    /// Make the hash of a kiosk admin PIN for the config (the PIN is read, never stored).
    KioskPin,
    /// The help of hosho or of one command.
    Help {
        /// The command to explain.
        command: Option<String>,
    },
}

/// A failure the user must fix; rendered in their language.
pub enum Failure {
    BadLang(String),
    Read {
        file: String,
        fault: ReadFault,
    },
    Answers {
        file: String,
        error: AnswerError,
    },
    /// Tables that cannot be used, listed every one (`validate`) or by kind.
    Tables {
        error: TableError,
        listing: Listing,
    },
    /// The terminal could not be used; `Other` when input or output is not one.
    Terminal(std::io::ErrorKind),
    KioskConfig {
        file: String,
        error: crate::kiosk::config::ConfigError,
    },
    Pin(String),
    BadIdle(u64),
    UnknownCommand(String),
    /// A kiosk with a PIN cannot keep its wrong PINs.
    KioskState(crate::kiosk::state::StateError),
}

impl Failure {
    /// The message for stderr.
    pub fn message(&self, words: &Words) -> String {
        match self {
            Failure::BadLang(v) => words.text("error-lang", &[("value", shown(v))]),
            Failure::Read { file, fault } => read_message(file, *fault, words),
            Failure::Answers { file, error } => answer_message(file, error, words),
            Failure::Tables {
                error: TableError::Invalid { problems },
                listing,
            } => {
                let mut lines = vec![words.text("error-tables", &[])];
                lines.extend(crate::tables::problems::in_words(problems, *listing, words));
                lines.join("\n")
            }
            Failure::Tables {
                error: TableError::Io { path, fault },
                ..
            } => read_message(path, *fault, words),
            Failure::Terminal(kind) => {
                let detail = match kind {
                    std::io::ErrorKind::Other => "not_tty",
                    std::io::ErrorKind::Unsupported => "dumb",
                    _ => "other",
                };
                words.text("error-terminal", &[("detail", detail.into())])
            }
            Failure::KioskConfig { file, error } => error.message(file, words),
            Failure::Pin(detail) => detail.clone(),
            Failure::UnknownCommand(name) => format!(
                "{}\n{}",
                words.text("help-error-unknown-command", &[("command", shown(name))]),
                words.text("help-error-more", &[])
            ),
            Failure::KioskState(e) => state_message(e, words),
            Failure::BadIdle(n) => words.text(
                "error-idle",
                &[
                    ("value", n.to_string()),
                    ("min", crate::kiosk::config::IDLE_BOUNDS.0.to_string()),
                    ("max", crate::kiosk::config::IDLE_BOUNDS.1.to_string()),
                ],
            ),
        }
    }
}

/// One line naming the file, line, column and field of a bad answer.
pub fn answer_message(file: &str, e: &AnswerError, words: &Words) -> String {
    let s = |v: &dyn ToString| v.to_string();
    let message = match &e.fault {
        Fault::Syntax { id, args } => words.msg(id, &shown_args(args)),
        Fault::UnknownField { expected } => {
            words.text("error-unknown-field", &[("expected", expected.join(", "))])
        }
        Fault::MissingField => words.text("error-missing-field", &[]),
        Fault::DuplicateField => words.text("error-duplicate-field", &[]),
        Fault::OutOfRange { value, min, max } => words.text(
            "error-out-of-range",
            &[("value", s(value)), ("min", s(min)), ("max", s(max))],
        ),
        Fault::BadDate { value, form } => words.text(
            "error-bad-date",
            &[("value", shown(value)), ("form", s(form))],
        ),
        Fault::ReleaseAfterToday { released, today } => words.text(
            "error-release-after-today",
            &[
                ("released", released.to_string()),
                ("today", today.to_string()),
            ],
        ),
        Fault::UnknownModel { value } => {
            words.text("error-unknown-model", &[("value", shown(value))])
        }
        Fault::ModelOsMismatch { model, os } => words.text(
            "error-model-os",
            &[("model", shown(model)), ("os", os.id().to_string())],
        ),
        Fault::NeedPriceOrModel => words.text("error-need-price", &[]),
        Fault::CarrierSellsNoDevices { carrier } => words.text(
            "error-no-device-sales",
            &[("carrier", words.carrier(carrier))],
        ),
        Fault::CatalogHasNoPrice { model } => {
            words.text("error-catalog-no-price", &[("model", shown(model))])
        }
        Fault::UnknownCarrier { value, known } => words.text(
            "error-unknown-carrier",
            &[("value", shown(value)), ("known", known.join(", "))],
        ),
        Fault::DateOutOfRange { value } => words.text(
            "error-date-range",
            &[
                ("value", shown(value)),
                ("first", bounds::YEARS.0.to_string()),
                ("last", bounds::YEARS.1.to_string()),
            ],
        ),
        Fault::ReleasedBeforeCatalog {
            released,
            model,
            catalog,
        } => words.text(
            "error-released-before-catalog",
            &[
                ("released", released.to_string()),
                ("model", shown(model)),
                ("catalog", catalog.to_string()),
            ],
        ),
        Fault::UndecidedInList => words.text(
            "error-undecided-in-list",
            &[(
                "undecided",
                words.carrier(crate::domain::Carrier::UNDECIDED),
            )],
        ),
        Fault::BoughtAfterToday { bought, today } => words.text(
            "error-bought-after-today",
            &[("bought", bought.to_string()), ("today", today.to_string())],
        ),
        Fault::BoughtBeforeRelease { bought, released } => words.text(
            "error-bought-before-release",
            &[
                ("bought", bought.to_string()),
                ("released", released.to_string()),
            ],
        ),
    };
    let place = [
        ("file", shown(file)),
        ("line", s(&e.line)),
        ("col", s(&e.col)),
        ("message", message),
    ];
    match &e.field {
        // An unknown field is named as written: it has no label.
        Some(field) => {
            let mut args = place.to_vec();
            let name = match (&e.fault, field_label(field)) {
                (Fault::UnknownField { .. }, _) | (_, None) => {
                    words.text("error-field-written", &[("field", shown(field))])
                }
                (_, Some(label)) => words.text(label, &[]),
            };
            args.push(("field", name));
            words.text("error-at", &args)
        }
        None => words.text("error-at-nofield", &place),
    }
}

/// The label of an answers-file field, as the questionnaire shows it.
fn field_label(field: &str) -> Option<&'static str> {
    Some(match field {
        "today" => "label-today",
        "carrier" => "label-carrier",
        "device_source" => "label-device_source",
        "os" => "label-os",
        "model" => "label-model",
        "price_yen" => "label-price",
        "released" => "label-released",
        "damage_incidents_2y" => "label-damage",
        "water_incidents_2y" => "label-water",
        "protection" => "label-protection",
        "warranty_until" => "label-warranty",
        "horizon_months" => "label-horizon",
        "risk" => "label-risk",
        "linemo_fee_yen" => "label-linemo_fee",
        "existing_linemo_user" => "slabel-existing_linemo_user",
        "existing_iijmio_user" => "slabel-existing_iijmio_user",
        "existing_customer_of" => "label-customer",
        "bought" => "label-bought",
        "unofficial_repair" => "slabel-unofficial_repair",
        "damaged_now" => "slabel-damaged_now",
        "overseas_model" => "slabel-overseas_model",
        "wifi_only" => "slabel-wifi_only",
        "leased_or_business" => "slabel-leased_or_business",
        _ => return None,
    })
}

/// Why a file could not be read, in words (never the system's English).
pub fn read_message(file: &str, fault: ReadFault, words: &Words) -> String {
    use std::io::ErrorKind as K;
    let file = shown(file);
    let limit = match fault {
        ReadFault::TooBig { limit } => limit,
        _ => crate::input::MAX_BYTES,
    };
    let why = match fault {
        ReadFault::NotUtf8 { line, col } => {
            return words.text(
                "error-not-utf8",
                &[
                    ("file", file),
                    ("line", line.to_string()),
                    ("col", col.to_string()),
                ],
            );
        }
        ReadFault::TooBig { .. } => "too_big",
        ReadFault::NotRegular => "not_regular",
        ReadFault::Io(K::NotFound) => "not_found",
        ReadFault::Io(K::PermissionDenied) => "denied",
        ReadFault::Io(K::IsADirectory) => "directory",
        ReadFault::Io(K::InvalidData) => "not_text",
        ReadFault::Io(_) => "other",
    };
    words.text(
        "error-read",
        &[
            ("file", file),
            ("why", why.into()),
            ("mib", (limit >> 20).to_string()),
            ("bytes", crate::yen::group(limit as i64)),
            (
                "kind",
                match limit == crate::input::TABLE_MAX_BYTES {
                    true => "tables",
                    false => "answers",
                }
                .into(),
            ),
        ],
    )
}

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
        Some(dir) => Tables::from_dir(dir),
    }
}

/// Runs a parsed command line; returns what to print on stdout and the exit code (0, or
/// [`crate::kiosk::ADMIN_EXIT`] when the kiosk's admin left it with the PIN).
pub fn run(cli: &Cli) -> Result<(String, u8), Box<(Failure, Lang)>> {
    let text = |s: String| (s, 0);
    let lang = language(cli.lang.as_deref()).map_err(|f| Box::new((f, Lang::En)))?;
    let fail = |f: Failure| Box::new((f, lang));
    // `validate` checks the built-in set whole (parsed from its RON); every other command
    // takes it as embedded at build time.
    let validating = matches!(cli.command, Some(Command::Validate { kiosk_config: None }));
    let tables = match &cli.data {
        None if validating => Tables::built_in_checked(),
        data => load_tables(data.as_ref()),
    }
    .map_err(|error| {
        // `validate` is asked for every place; any other command says what kinds are wrong.
        let listing = match validating {
            true => Listing::Every,
            false => Listing::ByKind,
        };
        fail(Failure::Tables { error, listing })
    })?;
    let words = Words::for_tables(lang, &tables);
    match &cli.command {
        Some(Command::Advise { answers, format }) => {
            let profile = load_profile(answers, &tables).map_err(fail)?;
            let advice = crate::engine::advise(&profile, &tables);
            Ok(text(report::render(&advice, &words, &tables, *format)))
        }
        Some(Command::Tables) => Ok(text(report::tables::render(&tables, &words))),
        Some(Command::Validate {
            kiosk_config: Some(file),
        }) => {
            let config = load_kiosk_config(file, &tables).map_err(fail)?;
            Ok(text(kiosk_summary(&config, &words)))
        }
        Some(Command::Validate { kiosk_config: None }) => {
            Ok(text(validate_summary(&tables, &words)))
        }
        Some(Command::Help { command }) => crate::help::render(&words, command.as_deref())
            .map(text)
            .ok_or_else(|| fail(Failure::UnknownCommand(command.clone().unwrap_or_default()))),
        Some(Command::KioskPin) => crate::kiosk::pin_tool::run(&words)
            .map(text)
            .map_err(|e| fail(Failure::Pin(e))),
        None if cli.kiosk => {
            let config = match &cli.config {
                Some(file) => load_kiosk_config(file, &tables).map_err(fail)?,
                None => crate::kiosk::config::KioskConfig::without_pin(),
            };
            let (least, most) = crate::kiosk::config::IDLE_BOUNDS;
            if let Some(n) = cli.idle_reset_seconds
                && !(least..=most).contains(&n)
            {
                return Err(fail(Failure::BadIdle(n)));
            }
            if crate::kiosk::pin::is_sample(&config.pin_hash) {
                // To the service's log: the kiosk still starts, but its admin must know.
                crate::output::write_err(&words.text("kiosk-sample-pin", &[]));
            }
            let mut kiosk = crate::tui::kiosk::Settings::new(&config, cli.idle_reset_seconds, lang);
            // With a PIN, the wrong PINs must outlast a restart: no place to keep them, no
            // kiosk.
            if !config.pin_hash.is_empty() {
                let dir = crate::kiosk::state::directory(config.state_dir.as_deref())
                    .map_err(|e| fail(Failure::KioskState(e)))?;
                use crate::tui::terminal::{Clock, SystemClock};
                kiosk.guard = crate::kiosk::state::load(&dir, SystemClock.unix_secs())
                    .map_err(|e| fail(Failure::KioskState(e)))?;
                kiosk.state_dir = Some(dir);
            }
            if crate::tui::kiosk_journal::journal() {
                crate::output::write_err(&kiosk_start_line(
                    &tables,
                    cli.config.as_deref(),
                    kiosk.state_dir.as_deref(),
                    &words,
                ));
            }
            let ended = crate::tui::terminal::run_kiosk(&tables, kiosk)
                .map_err(|e| fail(Failure::Terminal(e.kind())))?;
            Ok((
                String::new(),
                exit_code(ended, crate::kiosk::ADMIN_EXIT, &words),
            ))
        }
        None if cli.counter => {
            let ended = crate::tui::terminal::run_counter(&tables, lang)
                .map_err(|e| fail(Failure::Terminal(e.kind())))?;
            Ok((String::new(), exit_code(ended, 0, &words)))
        }
        None => {
            let profile = match &cli.answers {
                Some(file) => Some(load_profile(file, &tables).map_err(fail)?),
                None => None,
            };
            let ended = crate::tui::terminal::run(&tables, lang, profile)
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

/// The kiosk's first line in its journal: the program's version, the tables' date, the
/// config's path and where the wrong PINs are kept.
fn kiosk_start_line(
    tables: &Tables,
    config: Option<&std::path::Path>,
    state: Option<&std::path::Path>,
    words: &Words,
) -> String {
    let shown_path = |p: &std::path::Path| shown(&p.display().to_string());
    let mut args = vec![
        ("version", env!("CARGO_PKG_VERSION").to_string()),
        ("tables", words.month(tables.data_as_of())),
        (
            "config",
            config.map_or_else(|| words.text("kiosk-no-config", &[]), shown_path),
        ),
    ];
    let id = match state {
        Some(dir) => {
            args.push(("state", shown_path(&crate::kiosk::state::file(dir))));
            "journal-start"
        }
        None => "journal-start-nopin",
    };
    words.text(id, &args)
}

/// Why a kiosk with a PIN cannot keep its wrong PINs, naming the place.
fn state_message(e: &crate::kiosk::state::StateError, words: &Words) -> String {
    use crate::kiosk::state::StateError;
    let (why, path) = match e {
        StateError::Nowhere => ("nowhere", String::new()),
        StateError::Missing(p) => ("missing", p.display().to_string()),
        StateError::NotWritable(p) => ("not_writable", p.display().to_string()),
        StateError::Unreadable(p) => ("unreadable", p.display().to_string()),
    };
    words.text(
        "error-kiosk-state",
        &[("why", why.into()), ("path", shown(&path))],
    )
}

/// Reads and checks a kiosk config file, its carriers against the tables.
fn load_kiosk_config(
    path: &std::path::Path,
    tables: &Tables,
) -> Result<crate::kiosk::config::KioskConfig, Failure> {
    let file = path.display().to_string();
    let text = crate::input::read_file(path).map_err(|fault| Failure::Read {
        file: file.clone(),
        fault,
    })?;
    let config =
        crate::kiosk::config::KioskConfig::parse(&text).map_err(|error| Failure::KioskConfig {
            file: file.clone(),
            error,
        })?;
    config
        .check_carriers(&text, tables)
        .map_err(|error| Failure::KioskConfig { file, error })?;
    Ok(config)
}

/// What a valid kiosk config sets.
fn kiosk_summary(c: &crate::kiosk::config::KioskConfig, words: &Words) -> String {
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
    if crate::kiosk::pin::is_sample(&c.pin_hash) {
        out.push_str(&words.text("kiosk-sample-pin", &[]));
        out.push('\n');
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
            ("plans", t.plans.plans.len().to_string()),
            ("devices", t.devices.devices.len().to_string()),
            ("sources", t.sources.sources.len().to_string()),
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
