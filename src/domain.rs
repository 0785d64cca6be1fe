//! The words of the problem shared by answers, tables and engine: carriers, device sources,
//! operating systems, protection, attitude to risk and the kinds of incident.

use serde::{Deserialize, Serialize};

/// A carrier as the tables name it (`Iijmio`, `Linemo`, `Mineo`…), or `Undecided`: the
/// carriers are data (`data/carriers.ron`), so this is an id, written in RON as a bare name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Carrier(String);

impl Carrier {
    /// The id of "not decided yet": every carrier's plans are compared.
    pub const UNDECIDED: &'static str = "Undecided";

    /// A carrier by its id.
    pub fn new(id: impl Into<String>) -> Carrier {
        Carrier(id.into())
    }

    /// "Not decided yet".
    pub fn undecided() -> Carrier {
        Carrier(Carrier::UNDECIDED.to_string())
    }

    /// Whether this is "not decided yet".
    pub fn is_undecided(&self) -> bool {
        self.0 == Carrier::UNDECIDED
    }

    /// The id as written in the tables and answers files.
    pub fn id(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Carrier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Carrier {
    /// Its id, as a string.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Carrier {
    /// A bare name (`carrier: Mineo`), as an enum's unit variant is written in RON; in a
    /// binary form (a bundle's cache), the string it was written as.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Carrier, D::Error> {
        use serde::de::{self, VariantAccess};
        if !d.is_human_readable() {
            return String::deserialize(d).map(Carrier);
        }
        struct Name;
        impl<'de> de::DeserializeSeed<'de> for Name {
            type Value = String;
            fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
                d.deserialize_identifier(Name)
            }
        }
        impl de::Visitor<'_> for Name {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a carrier's name")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<String, E> {
                Ok(s.to_string())
            }
        }
        struct Id;
        impl<'de> de::Visitor<'de> for Id {
            type Value = Carrier;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a carrier's name")
            }
            fn visit_enum<A: de::EnumAccess<'de>>(self, a: A) -> Result<Carrier, A::Error> {
                let (name, rest) = a.variant_seed(Name)?;
                rest.unit_variant()?;
                Ok(Carrier(name))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Carrier, E> {
                Ok(Carrier(s.to_string()))
            }
        }
        d.deserialize_enum("Carrier", &[], Id)
    }
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

impl Protection {
    /// Its id in words and messages (`bare`, `case`, `case_and_film`, `rugged`).
    pub fn id(self) -> &'static str {
        match self {
            Protection::Bare => "bare",
            Protection::Case => "case",
            Protection::CaseAndFilm => "case_and_film",
            Protection::Rugged => "rugged",
        }
    }
}

/// How the user weighs a bad outcome against the average one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Risk {
    #[default]
    Neutral,
    Averse,
}

impl Risk {
    /// Its id in words and messages (`neutral`, `averse`).
    pub fn id(self) -> &'static str {
        match self {
            Risk::Neutral => "neutral",
            Risk::Averse => "averse",
        }
    }
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
    /// The phone stolen, and not got back.
    Theft,
    /// The phone lost, and not found again.
    Lost,
}

impl Kind {
    /// Every kind, in a fixed order.
    pub const ALL: [Kind; 8] = [
        Kind::Screen,
        Kind::BackGlass,
        Kind::Water,
        Kind::Other,
        Kind::Natural,
        Kind::Battery,
        Kind::Theft,
        Kind::Lost,
    ];

    /// How many kinds there are.
    pub const COUNT: usize = Kind::ALL.len();

    /// Position in [`Kind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its name in ids and message ids (`kind-screen`).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Screen => "screen",
            Kind::BackGlass => "back_glass",
            Kind::Water => "water",
            Kind::Other => "other",
            Kind::Natural => "natural",
            Kind::Battery => "battery",
            Kind::Theft => "theft",
            Kind::Lost => "lost",
        }
    }

    /// Whether the phone is gone (stolen or lost), not broken: a protection does not change
    /// how often, and it is replaced, never repaired.
    pub fn is_gone(self) -> bool {
        matches!(self, Kind::Theft | Kind::Lost)
    }
}
