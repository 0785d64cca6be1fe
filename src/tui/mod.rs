//! The interactive screens, in The Elm Architecture, built on the questionnaire of
//! [`crate::form`]. What the three modes share: the keys, messages, effects and session
//! ([`app`]), one key table for every screen ([`keys`]), the results with their what-ifs
//! ([`results`]) and the customer's take-away QR code ([`takeaway`]). The modes, each a model
//! with its side-effect-free `view` beside it: the advisor ([`advisor`]), the unattended kiosk
//! wrapped round it ([`kiosk`], with its journal) and the clerk's one-screen form
//! ([`counter`]). Shared drawing pieces are in [`widgets`], Japanese wrapped by display width
//! in [`wrap`]. The loop feeds events and the clock in and carries effects out
//! ([`terminal`]), from a terminal read on its own thread ([`events`]).

pub mod advisor;
pub mod app;
pub mod clamp;
pub mod counter;
pub mod events;
pub mod glyphs;
pub mod keys;
pub mod kiosk;
pub mod qr_mask;
pub mod results;
pub mod save;
pub mod takeaway;
pub mod terminal;
pub mod widgets;
pub mod wrap;
