//! The questionnaire as data, shared by the advisor, the counter and the kiosk: the answers
//! being built ([`draft`]), the questions and which of them apply ([`question`]), one
//! control per question saying how it is answered ([`control`]), the typed text of numbers
//! and months ([`entry`], kept while typing by [`typing`]), and every answer and problem in words ([`words`]).

pub mod control;
pub mod draft;
pub mod entry;
pub mod question;
pub mod typing;
pub mod words;

pub use control::{Blank, Control};
pub use draft::Draft;
pub use entry::EntryError;
pub use question::Question;
