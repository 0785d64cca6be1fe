//! The words of the problem shared by answers, tables and engine: carriers, device sources,
//! operating systems, protection, attitude to risk and the kinds of incident.

use serde::{Deserialize, Serialize};

/// The carrier the user is switching to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Carrier {
    Iijmio,
    Linemo,
    Undecided,
}

/// Where the device comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeviceSource {
    BringOwn,
    BuyNewFromCarrier,
    BuyUsedFromCarrier,
}

impl DeviceSource {
    /// Its id in messages (`bring_own`, `buy_new`, `buy_used`).
    pub fn id(self) -> &'static str {
        match self {
            DeviceSource::BringOwn => "bring_own",
            DeviceSource::BuyNewFromCarrier => "buy_new",
            DeviceSource::BuyUsedFromCarrier => "buy_used",
        }
    }
}

/// The device's operating system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Os {
    Ios,
    Android,
}

impl Os {
    /// Its id in words and messages (`ios`, `android`).
    pub fn id(self) -> &'static str {
        match self {
            Os::Ios => "ios",
            Os::Android => "android",
        }
    }
}

/// How the device is protected day to day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Protection {
    Bare,
    #[default]
    Case,
    CaseAndFilm,
    Rugged,
}

/// How the user weighs a bad outcome against the average one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Risk {
    #[default]
    Neutral,
    Averse,
}

/// A kind of incident, each with its own yearly rate and its own price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    Screen,
    BackGlass,
    Water,
    Other,
    Natural,
    /// Battery wear: natural failure that some plans exclude as a consumable.
    Battery,
}

impl Kind {
    /// Every kind, in a fixed order.
    pub const ALL: [Kind; 6] = [
        Kind::Screen,
        Kind::BackGlass,
        Kind::Water,
        Kind::Other,
        Kind::Natural,
        Kind::Battery,
    ];

    /// How many kinds there are.
    pub const COUNT: usize = Kind::ALL.len();

    /// Position in [`Kind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}
