//! hosho: a device-warranty advisor for people switching to a budget carrier (IIJmio, LINEMO,
//! mineo, Y!mobile, BIGLOBE and others, defined in `data/carriers.ron`).
//!
//! The tables (`data/`) and the answers go into the pure [`engine`], which returns an
//! [`engine::Advice`] of ids, numbers and dates; [`report`] and the terminal UI put it into words
//! from `locales/` in Japanese or English.

pub mod answers;
pub mod calendar;
pub mod cli;
pub mod domain;
pub mod echo;
pub mod engine;
pub mod form;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod message;
pub mod operator;
pub mod output;
pub mod report;
pub mod syntax;
pub mod tables;
pub mod tui;
pub mod yen;
