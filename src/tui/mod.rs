//! The interactive advisor (issue 3), built in The Elm Architecture: the answers being built
//! ([`draft`]) and the questionnaire's flow ([`questions`]) come first; the model, `update`
//! and the views follow.

pub mod draft;
pub mod questions;
