//! The `hosho` binary: parses the command line and hands it to the library.

use hosho::output::{Written, write_out};
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().any(|a| a == "--kiosk") {
        // Before anything else, so the keyboard's signals do nothing even while starting.
        let _ = hosho::operator::signals::ignore_keyboard_signals();
    }
    let (text, to_stdout, code) = match hosho::cli::help::parse(std::env::args_os().collect()) {
        Err(exit) => (exit.text, exit.to_stdout, exit.code),
        Ok(cli) => {
            let (outcome, tables) = hosho::cli::run(&cli);
            // The process ends next: its tables are not freed one string at a time.
            std::mem::forget(tables);
            match outcome {
                Ok((out, code)) => (out, true, code),
                Err(failed) => {
                    let (failure, lang) = *failed;
                    // Anything the user must fix is exit 2.
                    let words = hosho::i18n::Words::new(lang);
                    (failure.message(&words), false, 2)
                }
            }
        }
    };
    // The full-screen modes print nothing after them: their terminal may be gone.
    if to_stdout && !text.is_empty() {
        if write_out(&text) == Written::Failed {
            let args: Vec<_> = std::env::args_os().collect();
            let words = hosho::i18n::Words::new(hosho::cli::help::lang_of(&args));
            hosho::output::write_err(&words.text("error-write", &[]));
            return ExitCode::from(1);
        }
    } else if !to_stdout {
        hosho::output::write_err(&text);
    }
    ExitCode::from(code)
}
