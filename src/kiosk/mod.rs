//! What the unattended kiosk needs beyond the advisor: its config file ([`config`]) and the
//! admin PIN kept as a salted hash ([`pin`]), and the keyboard's signals caught ([`signals`]). The kiosk's screens and keys live in the
//! advisor's model (`tui::model::Kiosk`).

pub mod config;
pub mod pin;
pub mod pin_tool;
pub mod signals;
