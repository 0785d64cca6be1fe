//! The interactive screens, in The Elm Architecture. The advisor: the answers being built
//! ([`draft`]), which questions apply ([`questions`]), how each is answered ([`input`]), the
//! results and their what-ifs ([`results`]), the model with its `update` ([`model`]) and the
//! side-effect-free views ([`view`], [`results_view`], wrapping Japanese by display width in
//! [`wrap`]). The shop: the unattended kiosk on top of the advisor ([`kiosk`],
//! [`kiosk_view`]) and the clerk's one-screen form ([`counter`], [`counter_view`]). The
//! terminal loop feeds keys and the clock in and carries effects out ([`terminal`]).

pub mod counter;
pub mod counter_view;
pub mod draft;
pub mod input;
pub mod kiosk;
pub mod kiosk_view;
pub mod model;
pub mod questions;
pub mod results;
pub mod results_view;
pub mod terminal;
pub mod view;
pub mod wrap;
