//! The interactive advisor (issue 3), in The Elm Architecture: the answers being built
//! ([`draft`]), which questions apply ([`questions`]), how each is answered ([`input`]), the
//! model with its `update` ([`model`]), and the side-effect-free [`view`] (wrapping Japanese
//! by display width in [`wrap`]). The terminal loop and the full results screen come next.

pub mod draft;
pub mod input;
pub mod model;
pub mod questions;
pub mod view;
pub mod wrap;
