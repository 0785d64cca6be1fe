//! The command line's shape as clap reads it: hosho's options and its commands. The words of
//! its help come from the locales ([`super::help`]).

use crate::report::Format;
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
    /// Open these answers (an answers file, as `s` saves it) on their results, to change any
    /// of them; with --counter, in the clerk's form.
    #[arg(long, value_name = "FILE", conflicts_with = "kiosk")]
    pub answers: Option<String>,
    /// When to use colours: auto (as NO_COLOR, CLICOLOR and CLICOLOR_FORCE say), always or
    /// never.
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: crate::tui::terminal::ColorWhen,
    /// Draw with ASCII only (frames, marks; no QR code): for terminals that draw
    /// ambiguous-width characters double width. On by default for TERM=linux.
    #[arg(long)]
    pub ascii: bool,
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
    Tables {
        #[command(subcommand)]
        action: Option<TablesAction>,
    },
    /// Check a table set (or a kiosk config) and report every problem with its place.
    Validate {
        /// Check this kiosk config file instead of the tables.
        #[arg(long, value_name = "FILE")]
        kiosk_config: Option<PathBuf>,
    },
    /// Make the hash of a kiosk admin PIN for the config (the PIN is read, never stored).
    KioskPin,
    /// Print the completions of hosho's commands and options for a shell.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print hosho's manual page (roff), in the user's language.
    Man,
    /// The help of hosho or of one command.
    Help {
        /// The command to explain.
        command: Option<String>,
    },
}

/// What `hosho tables` does besides showing the tables.
#[derive(Debug, Subcommand)]
pub enum TablesAction {
    /// Check a whole table set and write it as a bundle: the files, their checked parse and a
    /// manifest with each file's SHA-256.
    Bundle {
        /// The directory of the table set.
        #[arg(value_name = "SRC")]
        src: PathBuf,
        /// The bundle's directory, made new.
        #[arg(value_name = "OUT")]
        out: PathBuf,
        /// The bundle's version (default: its date and fingerprint).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
}
