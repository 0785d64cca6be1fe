//! What the user must fix, in their language: one message on stderr, naming the file, line,
//! column and field where there is one (exit code 2).

use crate::answers::{AnswerError, Fault, Field, bounds};
use crate::echo::{shown, shown_args};
use crate::i18n::Words;
use crate::input::ReadFault;
use crate::tables::{Listing, TableError};

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
        error: crate::operator::config::ConfigError,
    },
    Pin(String),
    BadIdle(u64),
    UnknownCommand(String),
    /// A kiosk with a PIN cannot keep its wrong PINs.
    KioskState(crate::operator::state::StateError),
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
                    ("min", crate::operator::config::IDLE_BOUNDS.0.to_string()),
                    ("max", crate::operator::config::IDLE_BOUNDS.1.to_string()),
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
        Fault::BadDate {
            value,
            form,
            or_month,
        } => words.text(
            "error-bad-date",
            &[
                ("value", shown(value)),
                ("form", s(form)),
                (
                    "or_month",
                    (if *or_month { "yes" } else { "no" }).to_string(),
                ),
            ],
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
            let label = Field::from_file_name(field).and_then(Field::label);
            let name = match (&e.fault, label) {
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

/// Why a kiosk with a PIN cannot keep its wrong PINs, naming the place.
fn state_message(e: &crate::operator::state::StateError, words: &Words) -> String {
    use crate::operator::state::StateError;
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
