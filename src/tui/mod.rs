//! The interactive screens, in The Elm Architecture, built on the questionnaire of
//! [`crate::form`]. What the three modes share: the keys, messages, effects and session
//! ([`app`]), one key table for every screen ([`keys`]), the results with their what-ifs
//! ([`results`]) and the customer's take-away QR code ([`takeaway`]). The modes: the advisor
//! ([`advisor`]), the unattended kiosk wrapped round it ([`kiosk`]) and the clerk's one-screen
//! form ([`counter`]); the kiosk's journal lines and kept state ([`kiosk_journal`]). Their side-effect-free views ([`view`], [`kiosk_view`],
//! [`counter_view`], [`results_view`], from shared pieces in [`widgets`], Japanese wrapped by
//! display width in [`wrap`]). The loop feeds events and the clock in and carries effects
//! out ([`terminal`]), from a terminal read on its own thread ([`input`]).

pub mod advisor;
pub mod app;
pub mod clamp;
pub mod counter;
pub mod counter_view;
pub mod input;
pub mod keys;
pub mod kiosk;
pub mod kiosk_journal;
pub mod kiosk_view;
pub mod qr_mask;
pub mod results;
pub mod results_view;
pub mod save;
pub mod takeaway;
pub mod terminal;
pub mod view;
pub mod widgets;
pub mod wrap;
