//! The answers: read from a RON file (the public format of `interface.md`, [`file`]) or built
//! on screen, and checked against their bounds and the device catalog into a [`Profile`] for
//! the engine ([`check`]). Both ways in meet at the typed [`Input`], so every rule lives once.

pub mod check;
mod field;
pub mod file;
mod write;

pub use check::{FieldFault, Input, check, date_fault};
pub use field::Field;
pub use file::{AnswerError, Answers};
pub use write::answers_file;

use crate::calendar::{Date, DayOrMonth, YearMonth};
use crate::domain::{Carrier, DeviceSource, Os, Protection, Risk};

/// The bounds of the answers (`interface.md`).
pub mod bounds {
    pub const PRICE: (i64, i64) = (1, 1_000_000);
    pub const INCIDENTS: (i64, i64) = (0, 50);
    pub const HORIZON: (i64, i64) = (1, 60);
    pub const LINEMO_FEE: (i64, i64) = (1, 10_000);
    /// The years a date may fall in: today, a release, a purchase, a warranty's end.
    pub const YEARS: (i32, i32) = (2000, 2100);
    /// How many months before the catalog's own release month a given release month may be: a
    /// model may reach Japan after its launch abroad, never a year before it.
    pub const RELEASE_BEFORE_CATALOG: i64 = 12;
}

/// Where the LINEMO AppleCare fee comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum LinemoFee {
    /// From the catalog model's tier.
    Tier { tier: String, yen: u32 },
    /// Given in the answers.
    Given(u32),
    /// Not in the table and not given.
    Unknown,
}

/// The yes/no answers about the device that each close some plans to it (the eligibility
/// question).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Conditions {
    pub unofficial_repair: bool,
    pub damaged_now: bool,
    pub overseas_model: bool,
    pub wifi_only: bool,
    pub leased_or_business: bool,
}

/// Answers checked and completed from the catalog: what the engine reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub today: Date,
    pub carrier: Carrier,
    pub device_source: DeviceSource,
    pub os: Os,
    /// The catalog name of the model, when one was given and found.
    pub model: Option<String>,
    pub price_yen: u32,
    /// True when the price was taken from the catalog's launch price.
    pub price_from_catalog: bool,
    pub released: Option<YearMonth>,
    pub damage_incidents_2y: u32,
    pub water_incidents_2y: u32,
    /// Phones lost or stolen, and not got back, in the last 2 years.
    pub lost_or_stolen_2y: u32,
    pub protection: Protection,
    pub warranty_until: Option<YearMonth>,
    pub horizon_months: u32,
    pub risk: Risk,
    pub conditions: Conditions,
    /// The carriers the user already has a line with (plans for new contracts close).
    pub existing_customer_of: Vec<Carrier>,
    pub linemo_fee: LinemoFee,
    /// The day the device was bought, or only its month, where known (today for a device
    /// bought with the line).
    pub bought: Option<DayOrMonth>,
    /// The model's tier in each tiered fee, from the catalog.
    pub tiers: std::collections::BTreeMap<String, String>,
    /// Where no list names the model, its nearest model family's tier (to confirm).
    pub nearest_tiers: std::collections::BTreeMap<String, String>,
    /// While undecided, the carriers compared (a shop's); empty for every carrier.
    pub among: Vec<Carrier>,
}

impl Profile {
    /// Whether the user already has a line with `carrier`.
    pub fn is_customer_of(&self, carrier: &Carrier) -> bool {
        self.existing_customer_of.contains(carrier)
    }
}

/// What is wrong with an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// The RON itself: bad syntax or a value of the wrong shape, as a message id and its
    /// arguments (`crate::syntax`).
    Syntax {
        id: &'static str,
        args: crate::message::Args,
    },
    UnknownField {
        expected: Vec<String>,
    },
    MissingField,
    DuplicateField,
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    BadDate {
        value: String,
        form: &'static str,
        /// Only the month (`YYYY-MM`) is taken too.
        or_month: bool,
    },
    ReleaseAfterToday {
        released: YearMonth,
        today: Date,
    },
    UnknownModel {
        value: String,
    },
    /// The catalog model runs the other OS.
    ModelOsMismatch {
        model: String,
        os: Os,
    },
    NeedPriceOrModel,
    /// The carrier (its id) sells no devices, so a device cannot come from it.
    CarrierSellsNoDevices {
        carrier: String,
    },
    /// The catalog knows the model but not its launch price: the price must be given.
    CatalogHasNoPrice {
        model: String,
    },
    /// No carrier of the tables has this id.
    UnknownCarrier {
        value: String,
        known: Vec<String>,
    },
    /// The purchase day is after today.
    BoughtAfterToday {
        bought: DayOrMonth,
        today: Date,
    },
    /// A date outside [`bounds::YEARS`], as written.
    DateOutOfRange {
        value: String,
    },
    /// The release month given is long before the catalog's for the model.
    ReleasedBeforeCatalog {
        released: YearMonth,
        model: String,
        catalog: YearMonth,
    },
    /// `Undecided` in a list of carriers (the ones already used, the ones to compare).
    UndecidedInList,
    /// The purchase day is before the model came out.
    BoughtBeforeRelease {
        bought: DayOrMonth,
        released: YearMonth,
    },
}
