//! What the shop's operator sets up for the unattended kiosk, and what guards it, with no
//! screen of its own: the kiosk's config file ([`config`]), the admin PIN kept as a salted hash
//! ([`pin`], made by `hosho kiosk-pin`: [`pin_tool`]) and guarded against guessing ([`guard`])
//! across restarts ([`state`]), and the keyboard's signals caught ([`signals`]). The kiosk's
//! screens and keys are [`crate::tui::kiosk`].

pub mod config;
pub mod guard;
pub mod pin;
pub mod pin_tool;
pub mod signals;
pub mod state;

/// The exit code when the admin leaves the kiosk with the PIN: distinct from a crash (101),
/// bad input (2) and a stop by the service manager (0), so the unit's log tells them apart.
pub const ADMIN_EXIT: u8 = 3;
