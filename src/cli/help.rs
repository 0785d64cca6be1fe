//! The command line in the user's language: clap's help, usage lines and argument errors are
//! worded from `locales/*/help.ftl`. The language comes from `--lang`, else the locale, before
//! the arguments are parsed.

use super::Cli;
use crate::i18n::Words;
use crate::lang::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The subcommands and the arguments each takes, by clap id; `""` is hosho itself.
const COMMANDS: [(&str, &[&str]); 8] = [
    (
        "",
        &[
            "lang",
            "data",
            "answers",
            "color",
            "ascii",
            "counter",
            "kiosk",
            "config",
            "idle_reset_seconds",
        ],
    ),
    ("advise", &["answers", "format"]),
    ("tables", &[]),
    ("validate", &["kiosk_config"]),
    ("kiosk-pin", &[]),
    ("completions", &["shell"]),
    ("man", &[]),
    ("help", &["command"]),
];

/// What to do instead of running: text to print and the exit code.
pub struct Exit {
    pub text: String,
    pub code: u8,
    /// Help goes to stdout; errors to stderr.
    pub to_stdout: bool,
}

/// The language `--lang` names among raw arguments, else the environment's.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => it.next(),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::from_env()
}

/// Parses the arguments; help, version and argument errors come back as an [`Exit`]. A
/// command line that parses costs no words: the localized command is built only to explain.
pub fn parse(args: Vec<OsString>) -> Result<Cli, Exit> {
    let plain = Cli::command().disable_help_subcommand(true);
    if let Ok(matches) = plain.try_get_matches_from(args.clone())
        && let Ok(cli) = Cli::from_arg_matches(&matches)
    {
        return Ok(cli);
    }
    let words = Words::new(lang_of(&args));
    let mut cmd = command(&words);
    let matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|e| match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Exit {
                text: e.render().to_string(),
                code: 0,
                to_stdout: true,
            },
            _ => Exit {
                text: error_words(&e, &words),
                code: 2,
                to_stdout: false,
            },
        })?;
    Cli::from_arg_matches(&matches).map_err(|e| Exit {
        text: error_words(&e, &words),
        code: 2,
        to_stdout: false,
    })
}

/// The help of hosho, or of one of its commands, or `terms` (the words of the plans
/// explained); `None` for a name that is none of them.
pub fn render(words: &Words, name: Option<&str>) -> Option<String> {
    let mut cmd = command(words);
    match name {
        None => Some(cmd.render_help().to_string()),
        Some("terms") => {
            let mut out = vec![words.text("terms-title", &[])];
            for paragraph in crate::i18n::glossary(words) {
                out.push(String::new());
                out.push(paragraph);
            }
            Some(out.join("\n") + "\n")
        }
        Some(n) => cmd
            .find_subcommand_mut(n)
            .map(|s| s.render_help().to_string()),
    }
}

/// The command line with every word in the language of `words`.
pub fn command(words: &Words) -> clap::Command {
    let w = |id: &str| words.text(id, &[]);
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .help(w("help-flag-help"));
    let version_flag = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(w("help-flag-version"));
    let mut cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help)
        .arg(version_flag)
        .help_template(template(words, true))
        .override_usage(w("help-usage"))
        .about(w("help-about"))
        .version(version(words));
    for (name, args) in COMMANDS {
        let words_for = |c: clap::Command| {
            let mut c = c;
            for id in args {
                // A command may word an argument its own way (`advise --answers`).
                let own = format!("help-arg-{name}-{id}");
                let text = if words.has(&own) {
                    w(&own)
                } else {
                    w(&format!("help-arg-{id}"))
                };
                let value = w(&format!("help-value-{id}"));
                c = c.mut_arg(*id, |a| {
                    let a = a.help(text.clone());
                    if a.get_action().takes_values() {
                        a.value_name(value.clone())
                            .hide_possible_values(true)
                            .hide_default_value(true)
                    } else {
                        a
                    }
                });
            }
            c
        };
        if name.is_empty() {
            cmd = words_for(cmd);
        } else {
            cmd = cmd.mut_subcommand(name, |s| {
                words_for(s)
                    .about(w(&format!("help-cmd-{name}")))
                    .help_template(template(words, false))
                    .override_usage(w(&format!("help-usage-{name}")))
            });
        }
    }
    // `tables bundle`, the one command inside another.
    cmd = cmd.mut_subcommand("tables", |tables| {
        tables.mut_subcommand("bundle", |b| {
            b.about(w("help-cmd-tables-bundle"))
                .help_template(template(words, false))
                .override_usage(w("help-usage-tables-bundle"))
                .mut_arg("src", |a| a.help(w("help-arg-src")))
                .mut_arg("out", |a| a.help(w("help-arg-out")))
                .mut_arg("name", |a| {
                    a.help(w("help-arg-name")).value_name(w("help-value-name"))
                })
        })
    });
    cmd.build();
    // `--lang` and `--data` reach every command; the PIN maker reads no tables.
    if let Some(pin) = cmd.find_subcommand_mut("kiosk-pin") {
        *pin = pin.clone().mut_arg("data", |a| a.hide(true));
    }
    cmd
}

/// What `--version` says after the name: the program's version, the commit it was built from,
/// and the built-in tables' date and fingerprint.
pub fn version(words: &Words) -> String {
    let (as_of, digest) = match crate::tables::Tables::built_in() {
        Ok(t) => (words.month(t.data_as_of()), t.digest),
        Err(_) => (String::new(), String::new()),
    };
    words.text(
        "help-version",
        &[
            ("version", env!("CARGO_PKG_VERSION").to_string()),
            ("commit", crate::tables::COMMIT.to_string()),
            ("as_of", as_of),
            ("digest", digest),
        ],
    )
}

/// The layout of a help page, with its headings in words; `commands` for hosho itself.
fn template(words: &Words, commands: bool) -> String {
    let w = |id: &str| words.text(id, &[]);
    let listed = if commands {
        format!("{}\n{{subcommands}}\n\n", w("help-heading-commands"))
    } else {
        String::new()
    };
    format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{listed}{}\n{{options}}{{after-help}}",
        w("help-heading-usage"),
        w("help-heading-options")
    )
}

/// A clap error in words: what is wrong, then where to read more.
fn error_words(e: &clap::Error, words: &Words) -> String {
    let context = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let (id, args) = match e.kind() {
        ErrorKind::UnknownArgument => (
            "help-error-unknown-arg",
            vec![("arg", context(ContextKind::InvalidArg))],
        ),
        ErrorKind::InvalidSubcommand => (
            "help-error-unknown-command",
            vec![("command", context(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue => (
            "help-error-value",
            vec![
                ("arg", context(ContextKind::InvalidArg)),
                ("value", context(ContextKind::InvalidValue)),
                ("valid", context(ContextKind::ValidValue)),
            ],
        ),
        ErrorKind::MissingRequiredArgument => (
            "help-error-missing",
            vec![("arg", context(ContextKind::InvalidArg))],
        ),
        ErrorKind::ArgumentConflict => (
            "help-error-conflict",
            vec![
                ("arg", context(ContextKind::InvalidArg)),
                ("other", context(ContextKind::PriorArg)),
            ],
        ),
        ErrorKind::ValueValidation => (
            "help-error-number",
            vec![
                ("arg", context(ContextKind::InvalidArg)),
                ("value", context(ContextKind::InvalidValue)),
            ],
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            ("help-error-command", Vec::new())
        }
        _ => ("help-error-other", Vec::new()),
    };
    let args: Vec<(&str, String)> = args;
    format!(
        "{}\n{}",
        words.text(id, &args),
        words.text("help-error-more", &[])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_of(&args(&["hosho", "--lang", "ja", "tables"])),
            Lang::Ja
        );
        assert_eq!(lang_of(&args(&["hosho", "tables", "--lang=en"])), Lang::En);
    }
}
