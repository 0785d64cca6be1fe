//! The shapes of the table files in `data/`. Every figure carries its source id (`src`, a
//! row of `sources.ron`) and the month it was true (`as_of`).

use crate::calendar::YearMonth;
use crate::domain::{Carrier, DeviceSource, Kind, Os, Protection};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The table files, by name, in the order they are loaded (`build.rs` reads them so too).
pub const FILES: [&str; 7] = [
    "sources.ron",
    "carriers.ron",
    "plans.ron",
    "devices.ron",
    "repairs.ron",
    "risk.ron",
    "rules.ron",
];

/// The most counted uses a year a plan may have (plans allow 2): the engine's bad case keeps a
/// state for each, and `validate` refuses more.
pub const MAX_USES_PER_YEAR: u32 = 3;

/// A yen amount with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Yen {
    pub yen: u32,
    pub src: String,
    pub as_of: YearMonth,
}

/// A whole number (months, days, uses) with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub n: u32,
    pub src: String,
    pub as_of: YearMonth,
}

/// A fraction or factor with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    pub value: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// `sources.ron`: every document a figure may cite.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceTable {
    pub as_of: YearMonth,
    pub sources: Vec<Source>,
}

/// What kind of document a source is; official pages win over blogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    Official,
    PressRelease,
    /// A news article.
    News,
    Blog,
    Survey,
    PriceList,
    /// An openly kept dataset (release dates).
    Dataset,
    Assumption,
}

impl SourceKind {
    /// The public name (`interface.md`).
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::PressRelease => "press_release",
            SourceKind::News => "news",
            SourceKind::Blog => "blog",
            SourceKind::Survey => "survey",
            SourceKind::PriceList => "price_list",
            SourceKind::Dataset => "dataset",
            SourceKind::Assumption => "assumption",
        }
    }
}

/// One cited document.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    /// The title in Japanese, where it differs.
    #[serde(default)]
    pub title_ja: Option<String>,
    /// Who published it, where known; in Japanese where it differs.
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub publisher_ja: Option<String>,
    #[serde(default)]
    pub seed: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// The page gives no date: `as_of` is when it was read.
    #[serde(default)]
    pub undated: bool,
    pub as_of: YearMonth,
}

impl Source {
    /// Whether a figure resting only on this source must be confirmed: a blog, or a page
    /// without a date.
    pub fn weak(&self) -> bool {
        self.undated || self.kind == SourceKind::Blog
    }

    /// The title in a language (Japanese where one is given).
    pub fn title_in(&self, lang: Lang) -> &str {
        match (lang, &self.title_ja) {
            (Lang::Ja, Some(ja)) => ja,
            _ => &self.title,
        }
    }

    /// The publisher in a language, where known.
    pub fn publisher_in(&self, lang: Lang) -> Option<&str> {
        match (lang, &self.publisher_ja) {
            (Lang::Ja, Some(ja)) => Some(ja),
            _ => self.publisher.as_deref(),
        }
    }
}

/// `carriers.ron`: the carriers a switcher may choose.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarrierTable {
    pub as_of: YearMonth,
    pub carriers: Vec<CarrierInfo>,
}

/// One carrier: its names and its sign-up rules.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarrierInfo {
    pub id: Carrier,
    /// Its name in English and Japanese.
    pub name: String,
    pub name_ja: String,
    /// False when it sells no devices: every device is brought along.
    pub sells_devices: bool,
    /// What cover it has for a device brought along.
    pub bring_own: BringOwn,
    pub src: String,
    pub as_of: YearMonth,
}

impl CarrierInfo {
    /// The name in a language.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.name_ja,
            Lang::En => &self.name,
        }
    }
}

/// A carrier's cover for a device you bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BringOwn {
    /// Its plans are in `plans.ron`.
    Offered,
    /// Closed to new sign-ups since this month.
    Closed(YearMonth),
    /// It never had one.
    NeverOffered,
}

/// `plans.ron`: the warranty plans.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTable {
    pub as_of: YearMonth,
    pub plans: Vec<Plan>,
}

/// One warranty plan and every rule that prices it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: String,
    /// The plan's official name, and a short one for narrow tables, in both languages.
    pub name: String,
    pub name_ja: String,
    pub short: String,
    pub short_ja: String,
    /// The carrier that offers it; `None` for cover bought apart from any carrier.
    #[serde(default)]
    pub carrier: Option<Carrier>,
    #[serde(default)]
    pub join: Join,
    /// The maker's own cover (AppleCare+): the question people ask is how it compares with
    /// the carrier's plan, and the headline answers it.
    #[serde(default)]
    pub makers: bool,
    pub device_sources: Vec<DeviceSource>,
    pub os: Vec<Os>,
    /// Which variant the plan's own figures are, when it has others (`variants`).
    #[serde(default)]
    pub variant: Option<VariantName>,
    pub fee: Fee,
    pub billing: Billing,
    /// The horizon month (1 = the sign-up month) from which claims are accepted.
    pub cover_from_month: Count,
    /// Counted uses a year, at most [`MAX_USES_PER_YEAR`]; `None` for no limit on uses (a
    /// yearly total may still apply).
    pub uses_per_year: Option<Count>,
    /// What one use pays at most.
    #[serde(default)]
    pub cap: Option<Yen>,
    /// What a year of uses pays at most.
    #[serde(default)]
    pub yearly_limit: Option<Yen>,
    pub benefits: Vec<Benefit>,
    #[serde(default)]
    pub natural_window: Option<Window>,
    /// When all cover ends, counted from the model's release.
    #[serde(default)]
    pub cover_until: Option<Window>,
    /// Other variants of the plan (an insurer's cheaper and dearer plans).
    #[serde(default)]
    pub variants: Vec<Variant>,
    #[serde(default)]
    pub gates: Vec<Gate>,
    /// What to do to join and to claim, in order.
    #[serde(default)]
    pub steps: Vec<PlanStep>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    #[serde(default)]
    pub assumptions: Vec<Note>,
}

impl Plan {
    /// The name in a language.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.name_ja,
            Lang::En => &self.name,
        }
    }

    /// The short name in a language.
    pub fn short_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.short_ja,
            Lang::En => &self.short,
        }
    }

    /// The days after the device's purchase within which the plan must be bought, with the
    /// source of that window; `None` when no purchase window limits it.
    pub fn purchase_window(&self) -> Option<(u32, &str)> {
        self.gates.iter().find_map(|g| match g.check {
            Check::BoughtWithinDays(days) | Check::BoughtWithinDaysOrCovered(days) => {
                Some((days, g.src.as_str()))
            }
            _ => None,
        })
    }

    /// Whether the plan is among the options for this carrier: its own plans (while undecided,
    /// every carrier's, or those of `among` where it names some), and cover bought apart always.
    pub fn in_play(&self, carrier: &Carrier, among: &[Carrier]) -> bool {
        match &self.carrier {
            None => true,
            Some(c) if carrier.is_undecided() => among.is_empty() || among.contains(c),
            Some(c) => c == carrier,
        }
    }

    /// Whether a device bought before its purchase window may still join while a paid
    /// warranty covers it (モバイル保険).
    pub fn joins_while_covered(&self) -> bool {
        self.gates
            .iter()
            .any(|g| matches!(g.check, Check::BoughtWithinDaysOrCovered(_)))
    }

    /// Whether it is a carrier's plan, taken at or after sign-up (not cover bought apart).
    pub fn is_carriers(&self) -> bool {
        self.carrier.is_some()
    }

    /// The sources of the figures that price the plan: fee, benefits, cap, yearly total, uses.
    pub fn figure_sources(&self) -> impl Iterator<Item = &str> {
        let fee: Vec<&str> = match &self.fee {
            Fee::Flat(f) => vec![&f.src],
            Fee::Range { low, high, .. } => vec![&low.src, &high.src],
            Fee::ByTier { tiers, .. } => tiers.iter().map(|t| t.src.as_str()).collect(),
        };
        fee.into_iter()
            .chain(self.benefits.iter().map(|b| b.src.as_str()))
            .chain(self.cap.iter().map(|c| c.src.as_str()))
            .chain(self.yearly_limit.iter().map(|c| c.src.as_str()))
            .chain(self.uses_per_year.iter().map(|c| c.src.as_str()))
    }

    /// The plan as each of its variants: itself first, then each other variant's figures.
    pub fn each_variant(&self) -> Vec<std::borrow::Cow<'_, Plan>> {
        let mut out = vec![std::borrow::Cow::Borrowed(self)];
        for v in &self.variants {
            let mut p = self.clone();
            p.variant = Some(v.variant.clone());
            p.fee = v.fee.clone();
            p.cap = v.cap.clone();
            p.yearly_limit = v.yearly_limit.clone();
            p.benefits = v.benefits.clone();
            p.variants.clear();
            out.push(std::borrow::Cow::Owned(p));
        }
        out
    }
}

/// When a plan can be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Join {
    /// Only with the line's sign-up (or within days of it): never later.
    #[default]
    AtSignUp,
    /// Any time while a customer of the carrier.
    Anytime,
    /// Bought apart from any carrier, within its purchase window.
    Apart,
}

/// A variant's id and its name in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantName {
    pub id: String,
    pub name: String,
    pub name_ja: String,
}

impl VariantName {
    /// The name in a language.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.name_ja,
            Lang::En => &self.name,
        }
    }
}

/// Another variant of a plan: its own fee, limits and benefits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub variant: VariantName,
    pub fee: Fee,
    #[serde(default)]
    pub cap: Option<Yen>,
    #[serde(default)]
    pub yearly_limit: Option<Yen>,
    pub benefits: Vec<Benefit>,
}

/// One step of joining or claiming (words: `step-<id>`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    pub id: String,
    #[serde(default)]
    pub at: StepAt,
    /// The days the step allows, where it names them.
    #[serde(default)]
    pub days: Option<Count>,
    /// How its due date follows from today (or from the purchase).
    #[serde(default)]
    pub due: Due,
    /// Amounts the step names (a penalty), each with its source.
    #[serde(default)]
    pub yen: Vec<NamedYen>,
}

/// When a step is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum StepAt {
    /// When joining.
    #[default]
    SignUp,
    /// When claiming.
    Claim,
}

/// How a step's due date is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Due {
    /// No date.
    #[default]
    Undated,
    /// Today, with the sign-up.
    Today,
    /// `days` after today.
    Within,
    /// Within `days` counting today (the last day is `days - 1` after today).
    WithinCounting,
    /// `days` after the device was bought.
    FromPurchase,
}

/// An amount a step names, with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedYen {
    /// Its argument's name in the step's message.
    pub name: String,
    pub yen: u32,
    pub src: String,
    pub as_of: YearMonth,
}

/// How the monthly fee is set.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Fee {
    /// One fee for every device.
    Flat(Yen),
    /// A range by model with no per-model list; `assumed` is what the engine uses.
    Range { low: Yen, high: Yen, assumed: Yen },
    /// A fee per model tier; devices name their tier of each `set` in `devices.ron`.
    ByTier { set: String, tiers: Vec<Tier> },
}

/// One fee tier.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub id: String,
    pub yen: u32,
    /// The price of two years paid at once, where there is one.
    #[serde(default)]
    pub two_years: Option<u32>,
    pub src: String,
    pub as_of: YearMonth,
}

/// Whether a partial month is charged whole or by the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Proration {
    Full,
    ByDay,
}

/// Which months are billed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Billing {
    /// How the months are counted: calendar months (a carrier's bill), or months from the
    /// day the cover starts (cover bought apart).
    #[serde(default)]
    pub cycle: Cycle,
    /// 1 = from the sign-up month; 3 = from the month after next.
    pub first_billed_month: u32,
    pub start_month: Proration,
    pub cancel_month: Proration,
    pub src: String,
    pub as_of: YearMonth,
}

/// The months a fee is billed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Cycle {
    /// Calendar months, from the sign-up month to the cancellation month (a carrier's bill).
    #[default]
    Calendar,
    /// Once a month from the day the cover starts: 12 months are 12 payments.
    FromStart,
}

/// What a covered incident of some kinds costs the user.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub os: Option<Os>,
    /// When set, the benefit applies only to these catalog models.
    #[serde(default)]
    pub only_models: Option<Vec<String>>,
    /// The charge for the first and the second use of a year.
    pub copay: (u32, u32),
    /// Whether the plan's cap applies (the repair price over it is charged).
    #[serde(default)]
    pub capped: bool,
    /// An exchange the provider may choose instead, priced per use.
    #[serde(default)]
    pub exchange: Option<(u32, u32)>,
    /// Whether a use counts toward the yearly limit.
    pub counts: bool,
    /// Whether the copay is charged even while the maker's own warranty would repair the
    /// device for free (so a natural failure then costs the copay, not nothing).
    #[serde(default)]
    pub charged_in_maker_warranty: bool,
    /// Where the plan pays a sum rather than a repair (insurance for a stolen phone): what it
    /// pays; the rest of the phone's price is the user's.
    #[serde(default)]
    pub pays: Option<Payout>,
    pub src: String,
    pub as_of: YearMonth,
}

/// What a plan pays toward a phone that is gone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Payout {
    /// Up to this many yen (never more than the phone's price).
    UpTo(u32),
    /// This share of the phone's price.
    ShareOfPrice(f64),
}

impl Payout {
    /// The sum paid for a phone of `price`.
    pub fn of(self, price: u32) -> u32 {
        match self {
            Payout::UpTo(yen) => yen.min(price),
            Payout::ShareOfPrice(share) => {
                (f64::from(price) * share.clamp(0.0, 1.0)).round() as u32
            }
        }
    }
}

/// A period of cover: natural failure's, or all of a plan's (`cover_until`). It runs for
/// `months` from its start, the month of the start being the first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub from: WindowStart,
    pub months: u32,
    /// Battery service is part of natural failure and closes with it (seed 004:
    /// 自然故障(バッテリー交換含む)); otherwise it is not bound by the window.
    #[serde(default)]
    pub with_battery: bool,
    pub src: String,
    pub as_of: YearMonth,
}

/// Where a window is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WindowStart {
    /// The model's release month.
    Release,
    /// The end of the release year: the window's first month is the January after it, so
    /// 36 months run to the end of the third year after the release year.
    ReleaseYearEnd,
    /// The month the plan starts.
    Start,
}

impl Window {
    /// The first month after the window, for a model released in `released` and a plan
    /// started in `start`; `None` when it counts from an unknown release.
    pub fn end(&self, released: Option<YearMonth>, start: YearMonth) -> Option<YearMonth> {
        let first = match self.from {
            WindowStart::Start => start,
            WindowStart::Release => released?,
            WindowStart::ReleaseYearEnd => YearMonth {
                year: released?.year + 1,
                month: 1,
            },
        };
        Some(first.plus(i64::from(self.months)))
    }
}

/// How hard a gate closes a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(serialize = "lowercase"))]
pub enum Level {
    // The built-in tables are embedded as JSON, in the form this enum is serialized to.
    #[serde(alias = "hard")]
    Hard,
    #[serde(alias = "soft")]
    Soft,
}

/// A condition on the answers that a plan requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Check {
    /// Not already a customer of the plan's carrier.
    NewContract,
    NoUnofficialRepair,
    NotDamagedNow,
    NotWifiOnly,
    NotOverseasModel,
    NotLeasedOrBusiness,
    ReleasedWithinMonths(u32),
    ReleasedFrom(YearMonth),
    FeeKnown,
    /// The plan's cover (`cover_until`) has not ended for this model.
    InCoverPeriod,
    /// The model must be on the carrier's list of covered devices: always to confirm.
    OnCarrierList,
    /// The device was bought within this many days (unknown: to confirm).
    BoughtWithinDays(u32),
    /// As `BoughtWithinDays`, or bought earlier while a paid warranty still covers it when
    /// joining (モバイル保険): then it must be joined before that warranty ends.
    BoughtWithinDaysOrCovered(u32),
    /// No other warranty (AppleCare+ or the like) covers the device now.
    NoOtherCover,
}

/// An eligibility gate: a check, how hard it closes, and its rule id and source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub rule: String,
    pub check: Check,
    pub level: Level,
    pub src: String,
}

/// A figure on which a source disagrees with the official one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub id: String,
    /// Which figure the sources disagree on, in English and Japanese.
    pub about: String,
    pub about_ja: String,
    pub official_yen: u32,
    pub official_src: String,
    pub other_yen: u32,
    pub other_src: String,
    pub as_of: YearMonth,
}

impl Conflict {
    /// Which figure is disputed, in a language.
    pub fn about_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.about_ja,
            Lang::En => &self.about,
        }
    }
}

impl Note {
    /// What is assumed and why, in a language.
    pub fn note_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.note_ja,
            Lang::En => &self.note,
        }
    }
}

/// An assumption the table makes where the sources are silent.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub src: String,
    /// What is assumed and why, in English and Japanese (`hosho tables` shows it).
    pub note: String,
    pub note_ja: String,
}

/// `devices.ron`: the device catalog.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceTable {
    pub as_of: YearMonth,
    pub devices: Vec<Device>,
    /// How brand names are read in katakana, so that a search in katakana finds them.
    #[serde(default)]
    pub readings: Vec<Reading>,
    /// Makers' names as people type them before a model (Google, グーグル): the catalog's
    /// names leave them out, so a search drops them.
    #[serde(default)]
    pub makers: Vec<String>,
}

/// A brand name and its katakana reading (アイフォン for iPhone).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub kana: String,
    pub brand: String,
}

/// One device model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub os: Os,
    pub released: YearMonth,
    /// The launch price; `None` where no source gives a Japanese one (then it is asked).
    pub price_yen: Option<u32>,
    /// The model's tier in each tiered fee (`Fee::ByTier`'s set), where a source lists it.
    #[serde(default)]
    pub tiers: BTreeMap<String, String>,
    /// Where no list names the model: the tier of its nearest model family, used until a
    /// list is found (the fee is then to confirm).
    #[serde(default)]
    pub nearest_tiers: BTreeMap<String, String>,
    #[serde(default)]
    pub repair: Option<String>,
    pub src: String,
    pub as_of: YearMonth,
}

/// `repairs.ron`: what a repair costs without a plan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairTable {
    pub as_of: YearMonth,
    pub profiles: Vec<RepairProfile>,
    pub bands: Vec<RepairBand>,
    pub warranty: WarrantyCopay,
    pub street: Street,
}

/// Maker repair prices for one model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairProfile {
    pub id: String,
    #[serde(default)]
    pub screen: Option<u32>,
    #[serde(default)]
    pub back_glass: Option<u32>,
    #[serde(default)]
    pub other: Option<u32>,
    #[serde(default)]
    pub battery: Option<u32>,
    pub src: String,
    pub as_of: YearMonth,
}

/// Maker repair prices by OS for models launched at up to `up_to_yen`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairBand {
    pub os: Os,
    pub up_to_yen: u32,
    pub screen: u32,
    pub back_glass: u32,
    pub other: u32,
    pub battery: u32,
    /// The battery price's own source, where it differs from the band's.
    #[serde(default)]
    pub battery_src: Option<String>,
    pub src: String,
    pub as_of: YearMonth,
}

/// What an incident costs while AppleCare+ or another warranty covers the device.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarrantyCopay {
    pub screen: u32,
    pub back_glass: u32,
    pub water: u32,
    pub other: u32,
    pub natural: u32,
    pub battery: u32,
    pub src: String,
    pub as_of: YearMonth,
}

/// Street repair shop figures, for the reasons (not used in the totals).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Street {
    pub screen_yen: u32,
    pub diagnosis_yen: u32,
    pub src: String,
    pub as_of: YearMonth,
}

/// `risk.ron`: how often phones break.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskTable {
    pub as_of: YearMonth,
    pub damage: Prior,
    pub water: Prior,
    pub split_ios: Split,
    pub split_android: Split,
    pub protection: Vec<ProtectionFactor>,
    pub natural: Natural,
    /// A phone lost or stolen and not got back, a year.
    pub gone: Prior,
    /// The share of those that are thefts (the rest are losses).
    pub theft_share: Share,
}

/// A share of something, with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    pub share: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// A prior yearly rate and its weight in years (a Gamma prior for a Poisson rate).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prior {
    pub per_year: f64,
    pub weight_years: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// How damage divides among screen, back glass and other breakage.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    pub screen: f64,
    pub back_glass: f64,
    pub other: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// How a kind of protection scales the damage and water rates.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtectionFactor {
    pub protection: Protection,
    pub damage: f64,
    pub water: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// Yearly natural-failure rates, lower while the device is young.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Natural {
    pub early_per_year: f64,
    pub early_months: u32,
    pub late_per_year: f64,
    /// The share of natural failures that is battery wear.
    pub battery_share: f64,
    pub src: String,
    pub as_of: YearMonth,
}

/// `rules.ron`: thresholds of the advisory rules and every rule's sources.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleTable {
    pub as_of: YearMonth,
    pub thresholds: Thresholds,
    pub rules: Vec<RuleSource>,
}

/// The numbers the advisory rules use.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub cheap_device: Yen,
    pub expensive_device: Yen,
    /// A spare phone bought at the switch (a port-in price), used when the phone breaks.
    pub spare_phone: Yen,
    /// A cheap new phone bought at full price: what replaces the spare, and what the spare is
    /// worth as a phone.
    pub cheap_phone: Yen,
    /// Within this share of each other, a plan and doing without cost "about the same".
    pub about_same: Ratio,
    pub review_after_months: Count,
    pub overlap_soon_months: Count,
    pub old_device_months: Count,
    pub stale_after_months: Count,
    /// A fee whose source is older than this many months is flagged.
    pub fee_source_stale_months: Count,
    /// The maker's own warranty from purchase, covering natural failure.
    pub maker_warranty_months: Count,
    /// The bad case is the mean of the outcomes past this share (0.9: the worst 10%).
    pub bad_case_quantile: Ratio,
}

/// An advisory rule id, the sources behind it, and which way it argues.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSource {
    pub id: String,
    pub src: Vec<String>,
    #[serde(default)]
    pub leans: Leaning,
}

/// Which verdict a reason argues for; a reason is never listed under a verdict it argues
/// against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Leaning {
    #[default]
    Neutral,
    Join,
    Without,
}

/// The names the plans, their variants and the carriers give in a language, by message id
/// (`option-<plan>`, `short-<plan>`, `variant-<plan>-<variant>`, `carrier-<id>`), sorted by id.
/// The words layer says them; the build embeds the built-in tables' names this way too.
pub fn names(plans: &PlanTable, carriers: &CarrierTable, lang: Lang) -> Vec<(String, String)> {
    // A map, so that a second row with an id (a table `validate` refuses) keeps the later name.
    let mut out = BTreeMap::new();
    for p in &plans.plans {
        out.insert(format!("option-{}", p.id), p.name_in(lang).to_string());
        out.insert(format!("short-{}", p.id), p.short_in(lang).to_string());
        for v in p
            .variant
            .iter()
            .chain(p.variants.iter().map(|v| &v.variant))
        {
            out.insert(
                format!("variant-{}-{}", p.id, v.id),
                v.name_in(lang).to_string(),
            );
        }
    }
    for c in &carriers.carriers {
        out.insert(
            format!("carrier-{}", c.id.id()),
            c.name_in(lang).to_string(),
        );
    }
    out.into_iter().collect()
}
