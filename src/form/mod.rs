//! The questionnaire as data, shared by the advisor, the counter and the kiosk: the answers
//! being built ([`draft`]), the questions and which of them apply ([`question`]), one
//! descriptor per question saying how it is answered ([`answer`]), the typed text of numbers
//! and months ([`entry`]), and every answer and problem in words ([`words`]).

pub mod answer;
pub mod draft;
pub mod entry;
pub mod question;
pub mod typing;
pub mod words;

pub use answer::{Blank, Entry};
pub use draft::Draft;
pub use entry::EntryError;
pub use question::Question;
