//! Eligibility gates: which plans the answers rule out (hard) or ask the user to confirm
//! (soft), each with its rule id and source. A plan whose figures rest only on blogs or
//! undated pages is always to confirm.

use super::advice::GateHit;
use crate::answers::{LinemoFee, Profile};
use crate::calendar::{Date, DayOrMonth};
use crate::domain::DeviceSource;
use crate::message::Arg;
use crate::tables::{ASKED_TIER_SET, Check, Fee, Level, Plan, Tables};

/// Whether a plan is among the options for these answers: the carrier's own (while undecided,
/// every carrier's, or those of the shop's carriers), and cover bought apart always.
pub fn in_play(plan: &Plan, p: &Profile) -> bool {
    plan.in_play(&p.carrier, &p.among)
}

/// Whether a plan is meant for this device's source and OS.
pub fn fits(plan: &Plan, p: &Profile) -> bool {
    plan.device_sources.contains(&p.device_source) && plan.os.contains(&p.os)
}

/// Where the monthly fee used for a plan comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeBasis {
    /// The tables list it for this device, or the answers give it.
    Known(u32),
    /// No list names the model: the fee of its nearest model family, to confirm.
    Nearest(u32),
    /// Not known at all: the highest listed fee, to confirm.
    Highest(u32),
}

impl FeeBasis {
    /// The fee, whatever its basis.
    pub fn yen(self) -> u32 {
        match self {
            FeeBasis::Known(y) | FeeBasis::Nearest(y) | FeeBasis::Highest(y) => y,
        }
    }
}

/// The monthly fee of a plan for this device, and where it comes from.
pub fn fee_basis(plan: &Plan, p: &Profile) -> FeeBasis {
    match &plan.fee {
        Fee::Flat(f) => FeeBasis::Known(f.yen),
        Fee::Range { assumed, .. } => FeeBasis::Known(assumed.yen),
        Fee::ByTier { set, tiers } => {
            if let (true, LinemoFee::Given(yen)) = (set == ASKED_TIER_SET, &p.linemo_fee) {
                return FeeBasis::Known(*yen);
            }
            let fee_of = |tier: Option<&String>| {
                tier.and_then(|id| tiers.iter().find(|t| &t.id == id))
                    .map(|t| t.yen)
            };
            if let Some(yen) = fee_of(p.tiers.get(set)) {
                return FeeBasis::Known(yen);
            }
            match fee_of(p.nearest_tiers.get(set)) {
                Some(yen) => FeeBasis::Nearest(yen),
                None => FeeBasis::Highest(highest_fee(plan)),
            }
        }
    }
}

/// The price of two years paid at once for this device's tier, where the plan has one (the
/// highest tier's when the device's is not known, as for its monthly fee).
pub fn two_years_price(plan: &Plan, p: &Profile) -> Option<u32> {
    let Fee::ByTier { set, tiers } = &plan.fee else {
        return None;
    };
    let tier = p
        .tiers
        .get(set)
        .or_else(|| p.nearest_tiers.get(set))
        .and_then(|id| tiers.iter().find(|t| &t.id == id))
        .or_else(|| tiers.iter().max_by_key(|t| t.yen))?;
    tier.two_years
}

/// The highest fee of a tiered plan: what is assumed when the device's tier is not listed.
pub fn highest_fee(plan: &Plan) -> u32 {
    match &plan.fee {
        Fee::ByTier { tiers, .. } => tiers.iter().map(|t| t.yen).max().unwrap_or(0),
        Fee::Flat(f) => f.yen,
        Fee::Range { high, .. } => high.yen,
    }
}

/// The last day a plan bought apart can still be bought for this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub day: Date,
    /// Set by a warranty in force rather than by the purchase: the device is past its
    /// purchase window, and may join only while that warranty covers it (モバイル保険).
    pub while_covered: bool,
}

/// The last day `plan` can be bought: its purchase window from the day the device was bought,
/// or, for a plan that takes a device while a paid warranty covers it, the end of that
/// warranty if later. `None` for a plan without a purchase window, or when the purchase day
/// is unknown and no warranty keeps the plan open.
pub fn deadline(plan: &Plan, p: &Profile) -> Option<Deadline> {
    let (days, _) = plan.purchase_window()?;
    let by_purchase = p.bought.and_then(|b| window_end(b, days, p.today));
    let by_cover = p
        .warranty_until
        .filter(|w| plan.joins_while_covered() && *w >= p.today.year_month())
        .map(|w| w.last_day());
    match (by_purchase, by_cover) {
        (Some(d), Some(c)) if c > d => Some(Deadline {
            day: c,
            while_covered: true,
        }),
        (Some(d), _) => Some(Deadline {
            day: d,
            while_covered: false,
        }),
        (None, Some(c)) => Some(Deadline {
            day: c,
            while_covered: true,
        }),
        (None, None) => None,
    }
}

/// The last day of a window of `days` from the purchase. Where only the month is known, on the
/// safe side: counted from its first day while that end is still to come, from its last (or
/// today) once even that end is past, and unknown (to confirm) when the window closes between.
fn window_end(bought: DayOrMonth, days: u32, today: Date) -> Option<Date> {
    let earliest = bought.first_day().plus_days(days);
    let latest = bought.last_day().min(today).plus_days(days);
    if earliest >= today {
        Some(earliest)
    } else if latest < today {
        Some(latest)
    } else {
        None
    }
}

/// The last month a plan's cover runs for this model (`cover_until`), if it has an end and the
/// release month is known.
pub fn cover_ends(plan: &Plan, p: &Profile) -> Option<crate::calendar::YearMonth> {
    let w = plan.cover_until.as_ref()?;
    w.end(p.released, p.today.year_month()).map(|e| e.plus(-1))
}

/// Every gate that applies to `plan` for these answers.
pub fn evaluate(plan: &Plan, p: &Profile, t: &Tables) -> Vec<GateHit> {
    let mut hits = Vec::new();
    let carrier = || carrier_arg(plan);
    if !plan.device_sources.contains(&p.device_source) {
        hits.push(GateHit {
            rule: "gate_device_source".into(),
            level: Level::Hard,
            // The way the plan's devices are bought, named in the message.
            args: vec![
                ("plan", Arg::Option(plan.id.clone())),
                (
                    "way",
                    Arg::Text(
                        plan.device_sources
                            .first()
                            .map_or(DeviceSource::BringOwn.id(), |s| s.id())
                            .into(),
                    ),
                ),
                ("carrier", carrier()),
            ],
            sources: t.rule_sources("gate_device_source"),
        });
    }
    if !plan.os.contains(&p.os) {
        hits.push(GateHit {
            rule: "gate_os".into(),
            level: Level::Hard,
            args: vec![
                ("plan", Arg::Option(plan.id.clone())),
                (
                    "os",
                    Arg::Text(plan.os.first().map_or("", |o| o.id()).into()),
                ),
            ],
            sources: t.rule_sources("gate_os"),
        });
    }
    let age = p.released.map(|r| r.months_until(p.today.year_month()));
    let other_cover = p.warranty_until.filter(|w| *w >= p.today.year_month());
    for gate in &plan.gates {
        let mut level = gate.level;
        let (fires, args) = match &gate.check {
            Check::NewContract => (
                plan.carrier.as_ref().is_some_and(|c| p.is_customer_of(c)),
                vec![("carrier", carrier())],
            ),
            Check::NoUnofficialRepair => (p.conditions.unofficial_repair, vec![]),
            Check::NotDamagedNow => (p.conditions.damaged_now, vec![]),
            Check::NotWifiOnly => (p.conditions.wifi_only, vec![]),
            Check::NotOverseasModel => (p.conditions.overseas_model, vec![]),
            Check::NotLeasedOrBusiness => (p.conditions.leased_or_business, vec![]),
            Check::ReleasedWithinMonths(n) => (
                age.is_none_or(|a| a > i64::from(*n)),
                vec![
                    ("months", Arg::Int(i64::from(*n))),
                    ("age", Arg::Int(age.unwrap_or(0))),
                    ("known", Arg::yes(age.is_some())),
                ],
            ),
            Check::ReleasedFrom(first) => (p.released.is_some_and(|r| r < *first), vec![]),
            // Only a device the plan is for has a fee to ask about (no AppleCare fee for an
            // Android phone).
            Check::FeeKnown => {
                let basis = fee_basis(plan, p);
                (
                    plan.os.contains(&p.os) && !matches!(basis, FeeBasis::Known(_)),
                    vec![
                        ("fee", Arg::Yen(i64::from(basis.yen()))),
                        ("carrier", carrier()),
                        ("nearest", Arg::yes(matches!(basis, FeeBasis::Nearest(_)))),
                    ],
                )
            }
            Check::InCoverPeriod => {
                let ends = cover_ends(plan, p);
                (
                    ends.is_some_and(|e| e < p.today.year_month()),
                    vec![(
                        "until",
                        Arg::Month(ends.unwrap_or_else(|| p.today.year_month())),
                    )],
                )
            }
            Check::OnCarrierList => (
                true,
                vec![
                    ("carrier", carrier()),
                    ("plan", Arg::Option(plan.id.clone())),
                ],
            ),
            Check::BoughtWithinDays(days) | Check::BoughtWithinDaysOrCovered(days) => {
                let deadline = deadline(plan, p).map(|d| d.day);
                // Where the purchase day is unknown, the window is to confirm.
                let past = deadline.is_some_and(|d| d < p.today);
                if deadline.is_none() {
                    level = Level::Soft;
                }
                let or_covered = matches!(gate.check, Check::BoughtWithinDaysOrCovered(_));
                let args = vec![
                    ("plan", Arg::Option(plan.id.clone())),
                    ("span", Arg::Span(*days)),
                    ("or_covered", Arg::yes(or_covered)),
                    ("known", Arg::yes(deadline.is_some())),
                    // Said only when known; the message's other branch leaves it out.
                    ("until", Arg::Date(deadline.unwrap_or(p.today))),
                ];
                (past || deadline.is_none(), args)
            }
            Check::NoOtherCover => (
                other_cover.is_some(),
                vec![(
                    "until",
                    Arg::Month(other_cover.unwrap_or_else(|| p.today.year_month())),
                )],
            ),
        };
        if fires {
            hits.push(GateHit {
                rule: gate.rule.clone(),
                level,
                args,
                sources: vec![gate.src.clone()],
            });
        }
    }
    if let Some(hit) = to_confirm(plan, t) {
        hits.push(hit);
    }
    // A plan closed to the device needs nothing checked: only why it is closed is said.
    if !eligible(&hits) {
        hits.retain(|g| g.level == Level::Hard);
    }
    hits
}

/// The soft gate of a plan whose figures rest on a blog or an undated page only: the sources
/// it rests on are cited, so the user knows what to check.
fn to_confirm(plan: &Plan, t: &Tables) -> Option<GateHit> {
    let weak = t.weak_sources(plan).to_vec();
    (!weak.is_empty()).then(|| GateHit {
        rule: "gate_to_confirm".into(),
        level: Level::Soft,
        args: vec![
            ("plan", Arg::Option(plan.id.clone())),
            ("carrier", carrier_arg(plan)),
            ("apart", Arg::yes(plan.carrier.is_none())),
        ],
        sources: weak,
    })
}

/// The plan's carrier as a message argument (none for cover bought apart).
fn carrier_arg(plan: &Plan) -> Arg {
    Arg::Carrier(plan.carrier.as_ref().map_or("", |c| c.id()).to_string())
}

/// Eligible unless a hard gate fires.
pub fn eligible(hits: &[GateHit]) -> bool {
    hits.iter().all(|g| g.level != Level::Hard)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_window_from_a_month_is_counted_on_the_safe_side() {
        let october = DayOrMonth::parse("2026-10").unwrap();
        // From the 1st while that end is to come.
        assert_eq!(
            window_end(october, 30, day("2026-10-20")),
            Some(day("2026-10-31"))
        );
        // Closed if bought on the 1st, open if on the 31st: unknown.
        assert_eq!(window_end(october, 30, day("2026-11-10")), None);
        // Past even from the 31st.
        assert_eq!(
            window_end(october, 30, day("2026-12-01")),
            Some(day("2026-11-30"))
        );
        // A day is its own first and last.
        let day15 = DayOrMonth::parse("2026-10-15").unwrap();
        assert_eq!(
            window_end(day15, 30, day("2026-12-01")),
            Some(day("2026-11-14"))
        );
        // This month: no later than today.
        let now = DayOrMonth::parse("2026-12").unwrap();
        assert_eq!(
            window_end(now, 30, day("2026-12-07")),
            Some(day("2026-12-31"))
        );
    }
}
