//! The interactive advisor (issue 3), in The Elm Architecture: the answers being built
//! ([`draft`]), which questions apply ([`questions`]), how each is answered ([`input`]), and
//! the model with its `update` ([`model`]). The views and the terminal loop come next.

pub mod draft;
pub mod input;
pub mod model;
pub mod questions;
