//! The `hosho` binary: parses the command line and hands it to the library.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().any(|a| a == "--kiosk") {
        // Before anything else, so the keyboard's signals do nothing even while starting.
        let _ = hosho::kiosk::signals::ignore_keyboard_signals();
    }
    let cli = match hosho::help::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(exit) => {
            if exit.to_stdout {
                print!("{}", exit.text);
            } else {
                eprintln!("{}", exit.text);
            }
            return ExitCode::from(exit.code);
        }
    };
    match hosho::cli::run(&cli) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`hosho advise ... | head`) is not an error worth a panic.
            let _ = stdout.write_all(out.as_bytes());
            let _ = stdout.flush();
            ExitCode::SUCCESS
        }
        Err(failed) => {
            let (failure, lang) = *failed;
            let words = hosho::i18n::Words::new(lang);
            eprintln!("{}", failure.message(&words));
            ExitCode::from(2)
        }
    }
}
