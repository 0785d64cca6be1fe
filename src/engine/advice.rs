//! What the engine returns: ids, numbers and dates, never sentences. The reports and the
//! terminal UI put these into words.

use crate::answers::Profile;
use crate::calendar::{Date, YearMonth};
use crate::domain::Kind;
use crate::message::Args;
use crate::tables::Level;

/// The verdict: the four things hosho can advise (`action` in the JSON report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Add the carrier's plan at sign-up.
    Join,
    Skip,
    BuySpare,
    /// Add no carrier's plan: buy cover apart from the carrier (AppleCare+, an insurer).
    BuyApart,
}

impl Verdict {
    /// The public name (`interface.md`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Join => "join",
            Verdict::Skip => "skip",
            Verdict::BuySpare => "buy_spare",
            Verdict::BuyApart => "buy_apart",
        }
    }

    /// Whether the advice is to have cover of some kind (its reasons lean that way).
    pub fn covers(self) -> bool {
        matches!(self, Verdict::Join | Verdict::BuyApart)
    }
}

/// What the options were compared on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Expected totals.
    Expected,
    /// The bad case (the mean of the worst outcomes) as well, for a risk-averse user.
    BadCase,
}

/// Which choosing rule of `model.md` decided the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No plan is open to the device.
    NoPlan,
    /// The plan is cheaper than doing without.
    Cheaper,
    /// The plan and doing without cost about the same, and joining can only be done now.
    AboutSame,
    /// Another warranty ends soon; the plan pays for itself after it.
    WarrantyEnding,
    /// Dearer on average, but cheaper in the bad case, for a user who asked to guard against it.
    SaferInBadCase,
    /// The plan costs more than doing without.
    Dearer,
}

/// A cheaper option bought apart from any carrier, named beside the carrier's verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Instead {
    /// The option id (`applecare_plus`, `mobile_hoken`, `mysurance`).
    pub option: String,
    pub total_yen: i64,
    pub bad_case_yen: i64,
    /// Its monthly fee.
    pub fee_yen: i64,
    /// The last day it can be bought, when the purchase day is known.
    pub until: Option<Date>,
    /// Its purchase window in days.
    pub days: u32,
    /// It has something to check first (its figures, its terms).
    pub confirm: bool,
}

/// Cover bought apart that would cost less than the advice if the phone was bought recently
/// enough: what the unknown day of purchase decides.
#[derive(Debug, Clone, PartialEq)]
pub struct IfBoughtSince {
    /// The option id.
    pub option: String,
    /// The earliest day of purchase for which it can still be bought.
    pub since: Date,
    pub total_yen: i64,
    pub bad_case_yen: i64,
    pub fee_yen: i64,
}

/// The maker's own cover beside the carrier's plan, for the question people ask: "AppleCare+
/// or the carrier's plan?"
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// The maker's cover (its option id), its totals and last day.
    pub option: String,
    pub total_yen: i64,
    pub bad_case_yen: i64,
    pub until: Date,
    /// The carrier's plan it is weighed against.
    pub plan: String,
    pub plan_total_yen: i64,
    pub plan_bad_case_yen: i64,
}

/// The advice in one line, as ids and numbers. Every figure is one of the options table's.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub action: Verdict,
    pub plan: Option<String>,
    pub review_after_months: Option<u32>,
    pub basis: Basis,
    pub why: Why,
    /// The option advised: a plan id, `skip` or `buy_spare`.
    pub chosen: String,
    /// Its expected total and bad case over the horizon.
    pub total_yen: i64,
    pub bad_case_yen: i64,
    /// The option it was weighed against (`skip` for a join, the plan otherwise), if any.
    pub versus: Option<String>,
    pub versus_total_yen: i64,
    pub versus_bad_case_yen: i64,
    /// The option weighed against is a carrier's plan that can only be added at sign-up.
    pub versus_only_now: bool,
    /// Soft gates of the advised plan: what to check before joining.
    pub checks: Vec<GateHit>,
    /// Cover bought apart that costs a little less than the carrier's plan advised, named as
    /// "or instead" (the plan is kept: it can never be bought later).
    pub instead: Option<Instead>,
    /// The last day to buy the option advised, where it is cover bought apart.
    pub until: Option<Date>,
    /// Where the day of purchase is unknown: cover bought apart that costs less if the phone
    /// was bought recently enough.
    pub if_bought_since: Option<IfBoughtSince>,
    /// The maker's cover against the carrier's plan, where both are open and the headline
    /// does not already weigh one against the other.
    pub compared: Option<Compared>,
}

impl Recommendation {
    /// Whether the advice names this option in its headline: the option advised, the one
    /// weighed against it, or a cover named beside them.
    pub fn names(&self, id: &str) -> bool {
        self.chosen == id
            || self.versus.as_deref() == Some(id)
            || self.instead.as_ref().is_some_and(|i| i.option == id)
            || self
                .if_bought_since
                .as_ref()
                .is_some_and(|c| c.option == id)
            || self
                .compared
                .as_ref()
                .is_some_and(|c| c.option == id || c.plan == id)
    }
}

/// A gate that applies to a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct GateHit {
    pub rule: String,
    pub level: Level,
    pub args: Args,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One option with its money.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionResult {
    /// A plan id, `skip` or `buy_spare`.
    pub id: String,
    /// The plan's variant priced (the cheapest of an insurer's plans), where it has several.
    pub variant: Option<String>,
    /// Cover bought apart from any carrier (it never decides join or skip).
    pub apart: bool,
    pub eligible: bool,
    pub gates: Vec<GateHit>,
    pub monthly_fee_yen: Option<u32>,
    pub fees_yen: i64,
    pub expected_total_yen: i64,
    pub bad_case_total_yen: i64,
    pub break_even_incidents: Option<f64>,
    pub monthly_cumulative_yen: Vec<i64>,
    /// The price of two years paid at once, where that way of paying is the one priced.
    pub paid_at_once_yen: Option<u32>,
    /// The last month of cover, where the plan's cover ends inside the horizon (it is priced
    /// as cancelled then).
    pub cover_ends: Option<YearMonth>,
    /// For the spare: per kind of incident, the first horizon month (1 = this month) from which
    /// replacing the phone by the spare beats repairing it.
    pub replaces_from: Vec<(Kind, u32)>,
    /// For the spare: the repair above which it takes the phone's place (what the phone is
    /// worth above a cheap one).
    pub replaces_over_yen: Option<u32>,
}

/// A reason behind the advice: an advisory rule or gate id, its arguments and its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub rule: String,
    pub args: Args,
    /// Source ids.
    pub sources: Vec<String>,
}

/// Something to do, with a date where there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub due: Option<Date>,
    pub args: Args,
}

/// Something the user should know that is not a reason: conflicting sources, old tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub id: String,
    pub args: Args,
}

/// The whole advice.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// The answers it rests on, as checked (the catalog's price and release month filled in).
    pub answers: Profile,
    pub today: Date,
    /// The month of the oldest fee source among the plans in play.
    pub data_as_of: YearMonth,
    pub horizon_months: u32,
    /// The end of another warranty (AppleCare+ or the like) still in force, if any.
    pub warranty_until: Option<YearMonth>,
    pub recommendation: Recommendation,
    /// The options that can apply to this device, in display order.
    pub options: Vec<OptionResult>,
    /// Options that cannot apply to this device at all (its OS or the way it was bought):
    /// never shown to a person, kept for the JSON output.
    pub not_applicable: Vec<OptionResult>,
    pub reasons: Vec<Reason>,
    pub next_steps: Vec<Step>,
    pub warnings: Vec<Warning>,
    /// The yearly rates the advice assumed (damage, water, a phone lost or stolen), for
    /// display.
    pub damage_per_year: f64,
    pub water_per_year: f64,
    pub gone_per_year: f64,
    /// The what-if factor the rates were multiplied by (1: the answers as given).
    pub rate_factor: f64,
    /// The share of outcomes below the bad case (0.9: the bad case is the worst 10%).
    pub bad_case_quantile: f64,
}

impl Advice {
    /// An option shown to the user, by id.
    pub fn option(&self, id: &str) -> Option<&OptionResult> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Any option priced, by id: those shown and those that cannot apply to the device.
    pub fn any_option(&self, id: &str) -> Option<&OptionResult> {
        self.options
            .iter()
            .chain(&self.not_applicable)
            .find(|o| o.id == id)
    }
}
