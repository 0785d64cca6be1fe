//! hosho's integration tests, one program so the crate is linked once. Each module owns one
//! promise (its own comment says which); `common` holds the helpers they share.
//!
//! The long versions of the statistical and soak tests run with `HOSHO_LONG_TESTS=1`.

mod common;

mod choosing;
mod contract;
mod costs;
mod counter;
mod counter_pty;
mod engine;
mod fuzz;
mod gone;
mod hostile_input;
mod kiosk;
mod kiosk_pty;
mod layers;
mod locales;
mod montecarlo;
mod properties;
mod readme_captures;
mod signals_pty;
mod soak;
mod tui_loop;
mod tui_model;
mod tui_pty;
mod tui_screens;
mod verdicts;
