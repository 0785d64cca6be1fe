//! Keys that send signals outside raw mode (Ctrl-C, Ctrl-\, Ctrl-Z while the kiosk starts or
//! stops) must not end or suspend it: their signals are caught and dropped.

use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// From now until the process ends, SIGINT, SIGQUIT and SIGTSTP do nothing. SIGTERM still
/// stops the kiosk, so its service manager can.
pub fn ignore_keyboard_signals() -> std::io::Result<()> {
    let seen = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGQUIT, SIGTSTP] {
        signal_hook::flag::register(signal, Arc::clone(&seen))?;
    }
    Ok(())
}
