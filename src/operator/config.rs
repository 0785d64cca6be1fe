//! The kiosk's config file (RON): the admin PIN's hash, the idle reset, and which carriers
//! the shop offers. Checked whole, with each problem placed at its line and column.

use crate::domain::Carrier;
use crate::echo::{shown, shown_args};
use crate::i18n::Words;
use crate::syntax::Locator;
use serde::Deserialize;

/// The idle reset when the config does not give one, in seconds.
pub const DEFAULT_IDLE_SECONDS: u64 = 90;
/// The shortest and longest idle reset accepted, in seconds.
pub const IDLE_BOUNDS: (u64, u64) = (2, 3600);

/// The config as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    /// The admin PIN as `hosho kiosk-pin` prints it; never the PIN itself.
    pub pin_hash: String,
    #[serde(default = "default_idle")]
    pub idle_reset_seconds: u64,
    /// The carriers offered; empty offers both (and "not decided yet").
    #[serde(default)]
    pub carriers: Vec<Carrier>,
    /// Where the wrong PINs are kept between starts; else systemd's `$STATE_DIRECTORY`, else
    /// the user's state directory ([`super::state`]).
    #[serde(default)]
    pub state_dir: Option<std::path::PathBuf>,
}

fn default_idle() -> u64 {
    DEFAULT_IDLE_SECONDS
}

/// What is wrong with a config.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigFault {
    /// The RON itself, as a message id and its arguments (`crate::syntax`).
    Syntax(&'static str, crate::message::Args),
    Pin(super::pin::PinError),
    IdleRange {
        value: u64,
    },
    Undecided,
    Repeated,
    /// A carrier the tables do not know; `known` lists those they do.
    UnknownCarrier {
        value: String,
        known: Vec<String>,
    },
}

/// A problem in a config file, with its place.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub line: usize,
    pub col: usize,
    pub field: Option<String>,
    pub fault: ConfigFault,
}

impl ConfigError {
    /// One line for the shop's admin: `file:line:col: field: message`.
    pub fn message(&self, file: &str, w: &Words) -> String {
        let detail = match &self.fault {
            ConfigFault::Syntax(id, args) => w.msg(id, &shown_args(args)),
            ConfigFault::Pin(e) => w.text(
                match e {
                    super::pin::PinError::Form => "kiosk-error-pin-form",
                    super::pin::PinError::Digits => "kiosk-error-pin-digits",
                    super::pin::PinError::Rounds => "kiosk-error-pin-rounds",
                },
                &[],
            ),
            ConfigFault::IdleRange { value } => w.text(
                "error-out-of-range",
                &[
                    ("value", value.to_string()),
                    ("min", IDLE_BOUNDS.0.to_string()),
                    ("max", IDLE_BOUNDS.1.to_string()),
                ],
            ),
            ConfigFault::Undecided => w.text("kiosk-error-undecided", &[]),
            ConfigFault::Repeated => w.text("kiosk-error-repeated", &[]),
            ConfigFault::UnknownCarrier { value, known } => w.text(
                "error-unknown-carrier",
                &[("value", shown(value)), ("known", known.join(", "))],
            ),
        };
        let mut args = vec![
            ("file", shown(file)),
            ("line", self.line.to_string()),
            ("col", self.col.to_string()),
            ("message", detail),
        ];
        match &self.field {
            Some(field) => {
                // A field hosho knows by its name in words; another as it is written.
                let label = match field.as_str() {
                    "pin_hash" => w.text("kiosk-field-pin_hash", &[]),
                    "idle_reset_seconds" => w.text("kiosk-field-idle_reset_seconds", &[]),
                    "carriers" => w.text("kiosk-field-carriers", &[]),
                    "state_dir" => w.text("kiosk-field-state_dir", &[]),
                    other => w.text("error-field-written", &[("field", shown(other))]),
                };
                args.push(("field", label));
                w.text("error-at", &args)
            }
            None => w.text("error-at-nofield", &args),
        }
    }
}

impl KioskConfig {
    /// Parses and checks a config's text.
    pub fn parse(text: &str) -> Result<KioskConfig, ConfigError> {
        let config: KioskConfig =
            ron::Options::default()
                .from_str(text)
                .map_err(|e| ConfigError {
                    line: e.span.start.line,
                    col: e.span.start.col,
                    field: match &e.code {
                        ron::Error::NoSuchStructField { found, .. } => Some(found.clone()),
                        ron::Error::MissingStructField { field, .. } => Some(field.to_string()),
                        _ => None,
                    },
                    fault: {
                        let (id, args) = crate::syntax::describe(&e.code);
                        ConfigFault::Syntax(id, args)
                    },
                })?;
        let at = |field: &str, fault: ConfigFault| {
            let (line, col) = Locator::new(text).field(field);
            ConfigError {
                line,
                col,
                field: Some(field.to_string()),
                fault,
            }
        };
        super::pin::check_stored(&config.pin_hash)
            .map_err(|e| at("pin_hash", ConfigFault::Pin(e)))?;
        let idle = config.idle_reset_seconds;
        if idle < IDLE_BOUNDS.0 || idle > IDLE_BOUNDS.1 {
            return Err(at(
                "idle_reset_seconds",
                ConfigFault::IdleRange { value: idle },
            ));
        }
        if config.carriers.iter().any(Carrier::is_undecided) {
            return Err(at("carriers", ConfigFault::Undecided));
        }
        let repeated = |i: usize| config.carriers[..i].contains(&config.carriers[i]);
        if (0..config.carriers.len()).any(repeated) {
            return Err(at("carriers", ConfigFault::Repeated));
        }
        Ok(config)
    }

    /// A kiosk with no admin PIN: it can only be stopped from outside (its service manager).
    pub fn without_pin() -> KioskConfig {
        KioskConfig {
            pin_hash: String::new(),
            idle_reset_seconds: DEFAULT_IDLE_SECONDS,
            carriers: Vec::new(),
            state_dir: None,
        }
    }

    /// The one carrier offered, when the shop offers only one.
    pub fn only_carrier(&self) -> Option<Carrier> {
        match self.carriers.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// Checks the carriers offered against the tables: each must be one of theirs.
    pub fn check_carriers(&self, text: &str, t: &crate::tables::Tables) -> Result<(), ConfigError> {
        let Some(unknown) = self.carriers.iter().find(|c| t.carrier(c).is_none()) else {
            return Ok(());
        };
        let (line, col) = Locator::new(text).field("carriers");
        Err(ConfigError {
            line,
            col,
            field: Some("carriers".into()),
            fault: ConfigFault::UnknownCarrier {
                value: unknown.id().to_string(),
                known: t.carrier_ids().iter().map(|c| c.id().to_string()).collect(),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash() -> String {
        super::super::pin::hash_with_salt("2468", b"saltsalt")
    }

    #[test]
    fn a_full_config_parses_and_the_idle_reset_defaults_to_90() {
        let c =
            KioskConfig::parse(&format!("(pin_hash: \"{}\", carriers: [Linemo])", hash())).unwrap();
        assert_eq!(c.idle_reset_seconds, 90);
        assert_eq!(c.only_carrier(), Some(Carrier::new("Linemo")));
    }

    #[test]
    fn problems_are_placed_at_their_field() {
        let text = format!(
            "(\n  pin_hash: \"{}\",\n  idle_reset_seconds: 1,\n)",
            hash()
        );
        let e = KioskConfig::parse(&text).unwrap_err();
        assert_eq!((e.line, e.col), (3, 3));
        assert_eq!(e.fault, ConfigFault::IdleRange { value: 1 });
        let e = KioskConfig::parse("(\n  pin_hash: \"1234\",\n)").unwrap_err();
        assert_eq!((e.line, e.field.as_deref()), (2, Some("pin_hash")));
        let e = KioskConfig::parse(&format!(
            "(pin_hash: \"{}\", carriers: [Undecided])",
            hash()
        ))
        .unwrap_err();
        assert_eq!(e.fault, ConfigFault::Undecided);
        let e = KioskConfig::parse(&format!(
            "(pin_hash: \"{}\", carriers: [Iijmio, Linemo, Iijmio])",
            hash()
        ))
        .unwrap_err();
        assert_eq!(e.fault, ConfigFault::Repeated);
        let e = KioskConfig::parse("(pin: \"1\")").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("pin"));
    }

    #[test]
    fn a_carrier_the_tables_do_not_know_is_named_with_those_they_do() {
        let t = crate::tables::Tables::built_in().unwrap();
        let text = format!("(pin_hash: \"{}\",\n carriers: [Mineo, Nuro])", hash());
        let c = KioskConfig::parse(&text).unwrap();
        let e = c.check_carriers(&text, &t).unwrap_err();
        assert_eq!((e.line, e.field.as_deref()), (2, Some("carriers")));
        let ConfigFault::UnknownCarrier { value, known } = e.fault else {
            panic!("{:?}", e.fault)
        };
        assert_eq!(value, "Nuro");
        assert!(known.iter().any(|k| k == "Ymobile"), "{known:?}");
    }
}
