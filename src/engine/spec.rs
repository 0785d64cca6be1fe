//! Turns the tables and the answers into one [`OptionSpec`] per option: the fee charged in each
//! horizon month, and for each month and kind of incident its rate and what it costs.

use super::risk::Rates;
use crate::answers::Profile;
use crate::domain::{DeviceSource, Kind, Os};
use crate::tables::{Benefit, Cycle, Plan, Proration, RepairPrices, Tables, same_name};

/// What an incident of one kind costs in one month under one option.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cover {
    /// Not covered: paid out of pocket (or at the warranty's price while one is active).
    Pay(u32),
    /// Covered: `first` for the first use of the period, `later` for the next ones; once the
    /// period's uses are spent, `fallback`. A use that does not `count` never spends one.
    Use {
        first: u32,
        later: u32,
        fallback: u32,
        counts: bool,
    },
}

impl Cover {
    /// The cost of this incident when `used` uses of the period are already spent of `limit`.
    pub fn cost(self, used: u32, limit: u32) -> u32 {
        match self {
            Cover::Pay(c) => c,
            Cover::Use {
                first,
                counts: false,
                ..
            } => first,
            Cover::Use {
                first,
                later,
                fallback,
                ..
            } => {
                if used >= limit {
                    fallback
                } else if used == 0 {
                    first
                } else {
                    later
                }
            }
        }
    }
}

/// One horizon month of an option.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthSpec {
    /// Incidents a month, per kind ([`Kind::index`]).
    pub rates: [f64; Kind::COUNT],
    pub cover: [Cover; Kind::COUNT],
}

/// Consecutive identical months of an option.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub month: MonthSpec,
    pub len: u32,
}

/// How long the use limit runs before it resets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Resets every 12 horizon months from the start.
    Year,
    /// Never resets.
    Horizon,
}

/// Everything the cost model needs to price one option.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionSpec {
    pub id: String,
    /// The plan's variant priced, for a plan with several (`None` otherwise).
    pub variant: Option<String>,
    pub monthly_fee: Option<u32>,
    /// Fees charged in each horizon month (pro-rated parts included).
    pub fees: Vec<f64>,
    /// The horizon's months in order, consecutive identical months as one run: most options
    /// have a handful of runs, whatever the horizon.
    pub runs: Vec<Run>,
    /// Uses per period; 0 for no covered uses.
    pub limit: u32,
    pub period: Period,
    /// The price of two years paid at once, where paying so costs less than monthly.
    pub paid_at_once: Option<u32>,
    /// The horizon months with cover, where the plan's cover ends inside the horizon: it is
    /// priced as cancelled in its last month of cover.
    pub covered_months: Option<u32>,
}

impl OptionSpec {
    /// The same option with damage and water incidents `factor` times as frequent (natural
    /// failure is not a matter of luck or care, so it stays; nor is a phone lost or stolen
    /// a breakage).
    pub fn with_rate_factor(&self, factor: f64) -> OptionSpec {
        let mut out = self.clone();
        for run in &mut out.runs {
            for kind in Kind::ALL {
                if kind != Kind::Natural && !kind.is_gone() {
                    run.month.rates[kind.index()] *= factor;
                }
            }
        }
        out
    }

    /// Every horizon month, in order.
    pub fn months(&self) -> impl Iterator<Item = &MonthSpec> {
        self.runs
            .iter()
            .flat_map(|r| std::iter::repeat_n(&r.month, r.len as usize))
    }

    /// Horizon month `m` (0 = this month).
    pub fn month(&self, m: usize) -> Option<&MonthSpec> {
        let mut first = 0;
        self.runs.iter().find_map(|r| {
            first += r.len as usize;
            (m < first).then_some(&r.month)
        })
    }
}

/// The months of two options of one horizon side by side: each pair of months with how many
/// consecutive months it holds for.
pub fn side_by_side<'a>(
    a: &'a OptionSpec,
    b: &'a OptionSpec,
) -> impl Iterator<Item = (&'a MonthSpec, &'a MonthSpec, u32)> {
    let (mut i, mut j) = (0, 0);
    // Months of the current run of each already passed.
    let (mut used_a, mut used_b) = (0, 0);
    std::iter::from_fn(move || {
        let (ra, rb) = (a.runs.get(i)?, b.runs.get(j)?);
        let n = (ra.len - used_a).min(rb.len - used_b);
        let pair = (&ra.month, &rb.month, n);
        used_a += n;
        used_b += n;
        if used_a == ra.len {
            (i, used_a) = (i + 1, 0);
        }
        if used_b == rb.len {
            (j, used_b) = (j + 1, 0);
        }
        Some(pair)
    })
}

/// For the spare's spec: per kind, the first horizon month (1-based) in which an incident is
/// answered by the spare rather than a repair.
pub fn replaced_from(spare: &OptionSpec) -> Vec<(Kind, u32)> {
    Kind::ALL
        .into_iter()
        .filter_map(|kind| {
            spare
                .months()
                .position(|m| {
                    m.rates[kind.index()] > 0.0
                        && matches!(m.cover[kind.index()], Cover::Use { .. })
                })
                .map(|i| (kind, i as u32 + 1))
        })
        .collect()
}

/// Lengthens the last run by a month; false when there is none yet.
fn lengthen_last(runs: &mut [Run]) -> bool {
    runs.last_mut().map(|run| run.len += 1).is_some()
}

/// Appends a month to runs, lengthening the last run when it is alike.
pub fn push_month(runs: &mut Vec<Run>, month: MonthSpec) {
    match runs.last_mut() {
        Some(last) if last.month == month => last.len += 1,
        _ => runs.push(Run { month, len: 1 }),
    }
}

/// The price of an incident without any plan: the cheaper of the maker's repair and a new
/// device; while a warranty is active, its own price if lower. A phone stolen or lost is
/// replaced at its price: no warranty pays for that.
fn out_of_pocket(
    kind: Kind,
    repair: RepairPrices,
    price: u32,
    warranty: Option<&crate::tables::WarrantyCopay>,
) -> u32 {
    let own = repair_price(kind, repair, price).min(price);
    match warranty {
        None => own,
        Some(w) => own.min(match kind {
            Kind::Screen => w.screen,
            Kind::BackGlass => w.back_glass,
            Kind::Water => w.water,
            Kind::Other => w.other,
            Kind::Natural => w.natural,
            Kind::Battery => w.battery,
            Kind::Theft | Kind::Lost => price,
        }),
    }
}

/// The price of putting an incident right before any plan (used for caps): its repair, or
/// for a phone that is gone, a new one at its price.
fn repair_price(kind: Kind, repair: RepairPrices, price: u32) -> u32 {
    match kind {
        Kind::Screen => repair.screen,
        Kind::BackGlass => repair.back_glass,
        Kind::Water | Kind::Other | Kind::Natural => repair.other,
        Kind::Battery => repair.battery,
        Kind::Theft | Kind::Lost => price,
    }
}

/// What decides a plan's cover in a month: another warranty active, the maker's warranty,
/// each kind's own cost, claims open, and natural failure and battery service inside the
/// plan's window.
type MonthInputs = (bool, bool, [u32; Kind::COUNT], bool, (bool, bool));

/// The months two years paid at once cover.
pub const TWO_YEARS: usize = 24;

/// Shared inputs for building every option of one advice.
pub struct Context<'a> {
    pub profile: &'a Profile,
    pub tables: &'a Tables,
    pub rates: &'a Rates,
    pub repair: RepairPrices,
    /// Per horizon month: whether another warranty is active, whether the maker's warranty
    /// still repairs natural failure, and each kind's out-of-pocket cost.
    months: Vec<(bool, bool, [u32; Kind::COUNT])>,
}

impl<'a> Context<'a> {
    /// Builds the context for a profile and its rates.
    pub fn new(profile: &'a Profile, tables: &'a Tables, rates: &'a Rates) -> Context<'a> {
        let device = profile.model.as_deref().and_then(|m| tables.find_device(m));
        let repair = tables.repair_prices(device, profile.os, profile.price_yen);
        let mut cx = Context {
            profile,
            tables,
            rates,
            repair,
            months: Vec::new(),
        };
        cx.months = (0..cx.horizon())
            .map(|m| {
                let warranty = cx.warranty_active(m);
                let maker = cx.maker_warranty(m);
                let own = Kind::ALL.map(|kind| {
                    if kind == Kind::Natural && maker {
                        return 0;
                    }
                    let copay = warranty.then_some(&tables.repairs.warranty);
                    out_of_pocket(kind, repair, profile.price_yen, copay)
                });
                (warranty, maker, own)
            })
            .collect();
        cx
    }

    fn horizon(&self) -> usize {
        self.profile.horizon_months as usize
    }

    /// Whether another warranty covers the device in horizon month `m`.
    fn warranty_active(&self, m: usize) -> bool {
        let month = self.profile.today.year_month().plus(m as i64);
        self.profile.warranty_until.is_some_and(|w| month <= w)
    }

    /// Whether the maker's own warranty still repairs natural failure in horizon month `m`.
    /// The purchase month is the day the user gives, else today for a device bought with the
    /// line, the release month for a device brought along (the earliest it can have been
    /// bought, so the shortest warranty left); there is none for a used device.
    pub fn maker_warranty(&self, m: usize) -> bool {
        let months = i64::from(self.tables.rules.thresholds.maker_warranty_months.n);
        let bought = match self.profile.device_source {
            DeviceSource::BuyUsedFromCarrier => None,
            DeviceSource::BuyNewFromCarrier => Some(self.profile.today.year_month()),
            DeviceSource::BringOwn => self
                .profile
                .bought
                .map(|b| b.year_month())
                .or(self.profile.released),
        };
        let month = self.profile.today.year_month().plus(m as i64);
        bought.is_some_and(|b| b.months_until(month) < months)
    }

    /// Whether month `m` has the incident rates of the month before it.
    fn same_rates(&self, m: usize) -> bool {
        m > 0 && self.rates.monthly[m] == self.rates.monthly[m - 1]
    }

    /// The out-of-pocket cost of `kind` in month `m`: nothing for a natural failure the maker
    /// still repairs under its warranty.
    pub fn skip_cost(&self, m: usize, kind: Kind) -> u32 {
        self.months[m].2[kind.index()]
    }

    /// Doing without: every incident paid out of pocket.
    pub fn skip(&self) -> OptionSpec {
        let mut runs: Vec<Run> = Vec::new();
        for m in 0..self.horizon() {
            // A month like the one before lengthens its run.
            if m > 0
                && self.months[m] == self.months[m - 1]
                && self.same_rates(m)
                && lengthen_last(&mut runs)
            {
                continue;
            }
            let month = MonthSpec {
                rates: self.rates.monthly[m],
                cover: Kind::ALL.map(|k| Cover::Pay(self.skip_cost(m, k))),
            };
            push_month(&mut runs, month);
        }
        OptionSpec {
            id: "skip".into(),
            variant: None,
            monthly_fee: None,
            fees: vec![0.0; self.horizon()],
            runs,
            limit: 0,
            period: Period::Horizon,
            paid_at_once: None,
            covered_months: None,
        }
    }

    /// Doing without, with a cheap spare phone bought at the switch (seeds 000 and 001:
    /// 壊れたら買い替え). A phone that breaks beyond a cheap repair is not repaired: the spare
    /// takes its place and is the phone from then on, and a broken spare is replaced by a
    /// cheap new phone (or repaired, if cheaper). Giving the phone up costs what it is worth
    /// above a cheap phone, as skip counts replacing it at its whole price; so the spare
    /// answers an incident only where the repair costs more than that, and the option is
    /// priced like any other, with no threshold.
    ///
    /// As a use limit of one over the horizon: the first incident the spare answers moves
    /// to the spare; incidents that are repaired do not, and keep their price after it.
    pub fn spare(&self) -> OptionSpec {
        let th = &self.tables.rules.thresholds;
        let h = self.horizon();
        let cheap = th.cheap_phone.yen;
        let give_up = self.profile.price_yen.saturating_sub(cheap);
        // A cheap phone's own repairs, capped by buying another; the spare, bought today,
        // has the maker's warranty for natural failure in its first months.
        let spare_repair = self.tables.repair_prices(None, Os::Android, cheap);
        let warranty_months = th.maker_warranty_months.n as usize;
        let mut runs: Vec<Run> = Vec::new();
        for m in 0..h {
            let cover = Kind::ALL.map(|kind| {
                let own = self.skip_cost(m, kind);
                let after = match kind {
                    Kind::Natural if m < warranty_months => 0,
                    _ => repair_price(kind, spare_repair, cheap).min(cheap),
                };
                if own > give_up {
                    Cover::Use {
                        first: give_up,
                        later: after,
                        fallback: after,
                        counts: true,
                    }
                } else {
                    Cover::Pay(own)
                }
            });
            push_month(
                &mut runs,
                MonthSpec {
                    rates: self.rates.monthly[m],
                    cover,
                },
            );
        }
        let mut fees = vec![0.0; h];
        if let Some(first) = fees.first_mut() {
            *first = f64::from(th.spare_phone.yen);
        }
        OptionSpec {
            id: "buy_spare".into(),
            variant: None,
            monthly_fee: None,
            fees,
            runs,
            limit: 1,
            period: Period::Horizon,
            paid_at_once: None,
            covered_months: None,
        }
    }

    /// The fees of a plan in each horizon month, by its billing rule, for a plan kept
    /// `months` horizon months: to the horizon's end (cancelled the day before), or to the end
    /// of an earlier last month of cover. A carrier bills calendar months (the charges of the
    /// cancellation month fall in the last month); cover bought apart bills once a month from
    /// its start.
    pub fn plan_fees(&self, plan: &Plan, fee: u32, months: usize) -> Vec<f64> {
        let h = self.horizon();
        let b = &plan.billing;
        let mut fees = vec![0.0; h];
        let first = b.first_billed_month.max(1) as usize - 1;
        if b.cycle == Cycle::FromStart {
            for f in fees.iter_mut().take(months.min(h)).skip(first) {
                *f = f64::from(fee);
            }
            return fees;
        }
        let today = self.profile.today;
        let start = today.year_month();
        let cancel_day = if months < h {
            start.plus(months as i64 - 1).last_day()
        } else {
            today
                .plus_months(h as u32)
                .0
                .pred_opt()
                .map_or(today, crate::calendar::Date)
        };
        let last = start.months_until(cancel_day.year_month()).max(0) as usize;
        for j in first..=last {
            let partial = (j == 0 && b.start_month == Proration::ByDay)
                || (j == last && b.cancel_month == Proration::ByDay);
            if !partial {
                fees[j.min(h - 1)] += f64::from(fee);
                continue;
            }
            let days = f64::from(start.plus(j as i64).days());
            let first_day = if j == 0 && b.start_month == Proration::ByDay {
                today.day()
            } else {
                1
            };
            let last_day = if j == last && b.cancel_month == Proration::ByDay {
                cancel_day.day()
            } else {
                days as u32
            };
            let factor = (f64::from(last_day) - f64::from(first_day) + 1.0).max(0.0) / days;
            fees[j.min(h - 1)] += f64::from(fee) * factor.min(1.0);
        }
        fees
    }

    /// The horizon months inside a window: those before the one returned (all without one;
    /// none when it counts from an unknown release).
    fn window_until(&self, window: Option<&crate::tables::Window>) -> usize {
        let Some(w) = window else {
            return usize::MAX;
        };
        let today = self.profile.today.year_month();
        w.end(self.profile.released, today)
            .map_or(0, |end| today.months_until(end).max(0) as usize)
    }

    /// The uses a year the plan pays for: its own limit, or its yearly total counted as repairs
    /// at this device's average covered repair price (at least one, at most the bad case's
    /// `MAX_LIMIT`).
    fn plan_limit(&self, plan: &Plan) -> u32 {
        if let Some(n) = &plan.uses_per_year {
            return n.n;
        }
        let Some(total) = &plan.yearly_limit else {
            return 0;
        };
        let rates = self
            .rates
            .monthly
            .first()
            .copied()
            .unwrap_or([0.0; Kind::COUNT]);
        let (mut weight, mut price) = (0.0, 0.0);
        for kind in Kind::ALL {
            let counted = plan
                .benefits
                .iter()
                .any(|b| b.counts && b.kinds.contains(&kind));
            if counted {
                weight += rates[kind.index()];
                price += rates[kind.index()]
                    * f64::from(repair_price(kind, self.repair, self.profile.price_yen));
            }
        }
        let mean = if weight > 0.0 { price / weight } else { 0.0 };
        let most = crate::tables::MAX_USES_PER_YEAR;
        if mean <= 0.0 {
            return most;
        }
        ((f64::from(total.yen) / mean).floor() as u32).clamp(1, most)
    }

    /// A plan's fees: monthly by its billing rule, or, where the plan can be paid for two
    /// years at once and that costs less over the horizon, once now and monthly after the two
    /// years. Returns the fees and the price paid at once, if that way is taken.
    fn fees_paid(&self, plan: &Plan, fee: u32, months: usize) -> (Vec<f64>, Option<u32>) {
        let monthly = self.plan_fees(plan, fee, months);
        let Some(lump) = super::gates::two_years_price(plan, self.profile) else {
            return (monthly, None);
        };
        let mut at_once = monthly.clone();
        for f in at_once.iter_mut().take(TWO_YEARS) {
            *f = 0.0;
        }
        if let Some(first) = at_once.first_mut() {
            *first = f64::from(lump);
        }
        let total = |fees: &[f64]| fees.iter().sum::<f64>();
        if total(&at_once) < total(&monthly) {
            (at_once, Some(lump))
        } else {
            (monthly, None)
        }
    }

    /// A plan's spec: fees by its billing rule, and per month and kind what an incident costs.
    pub fn plan(&self, plan: &Plan) -> OptionSpec {
        let fee = super::gates::fee_basis(plan, self.profile).yen();
        let model = self.profile.model.as_deref();
        let benefit_for = |kind: Kind| {
            plan.benefits.iter().find(|b| {
                b.kinds.contains(&kind)
                    && b.os.is_none_or(|os| os == self.profile.os)
                    && b.only_models.as_ref().is_none_or(|list| {
                        model
                            .as_ref()
                            .is_some_and(|m| list.iter().any(|x| same_name(x, m)))
                    })
            })
        };
        let benefits = Kind::ALL.map(benefit_for);
        // The window is for natural failure; battery service follows it only where the
        // source counts the battery inside natural failure (seed 004).
        let natural_until = self.window_until(plan.natural_window.as_ref());
        let battery_until = plan
            .natural_window
            .as_ref()
            .filter(|w| w.with_battery)
            .map_or(usize::MAX, |w| self.window_until(Some(w)));
        // Past the plan's own end of cover (mineo: the third year-end after release), nothing:
        // the plan is cancelled in its last month of cover.
        let cover_until = self.window_until(plan.cover_until.as_ref());
        let h = self.horizon();
        let ends_inside = (1..h).contains(&cover_until);
        let kept = if ends_inside { cover_until } else { h };
        let limit = self.plan_limit(plan);
        // What decides a month's cover; most months repeat the one before.
        let mut seen: Option<MonthInputs> = None;
        let mut cover = [Cover::Pay(0); Kind::COUNT];
        let mut runs: Vec<Run> = Vec::new();
        for m in 0..h {
            let (warranty, maker, own) = self.months[m];
            let in_cover =
                m + 1 >= plan.cover_from_month.n as usize && !warranty && m < cover_until;
            let windows = (m < natural_until, m < battery_until);
            let inputs = (warranty, maker, own, in_cover, windows);
            if seen != Some(inputs) {
                seen = Some(inputs);
                cover = self.plan_cover(plan, &benefits, limit, inputs);
            } else if self.same_rates(m) && lengthen_last(&mut runs) {
                // Nothing changed: the month lengthens the run before it.
                continue;
            }
            let rates = self.rates.monthly[m];
            push_month(&mut runs, MonthSpec { rates, cover });
        }
        let (fees, paid_at_once) = self.fees_paid(plan, fee, kept);
        OptionSpec {
            id: plan.id.clone(),
            variant: plan.variant.as_ref().map(|v| v.id.clone()),
            monthly_fee: Some(fee),
            fees,
            runs,
            limit,
            period: Period::Year,
            paid_at_once,
            covered_months: ends_inside.then_some(kept as u32),
        }
    }

    /// What each kind of incident costs under `plan` in a month with these inputs, given the
    /// plan's uses a year (`limit`; 0 for no limit).
    fn plan_cover(
        &self,
        plan: &Plan,
        benefits: &[Option<&Benefit>; Kind::COUNT],
        limit: u32,
        (_, maker, own, in_cover, (natural_window, battery_window)): MonthInputs,
    ) -> [Cover; Kind::COUNT] {
        // A yearly total also bounds what one use pays.
        let cap = match (plan.cap.as_ref(), plan.yearly_limit.as_ref()) {
            (Some(c), Some(y)) => Some(c.yen.min(y.yen)),
            (Some(c), None) => Some(c.yen),
            (None, Some(y)) => Some(y.yen),
            (None, None) => None,
        };
        Kind::ALL.map(|kind| {
            let own = own[kind.index()];
            let natural_ok = match kind {
                Kind::Natural => natural_window,
                Kind::Battery => battery_window,
                _ => true,
            };
            let maker = kind == Kind::Natural && maker;
            match benefits[kind.index()] {
                // The plan charges its copay even where the maker would repair for free.
                Some(b) if in_cover && maker && b.charged_in_maker_warranty => Cover::Use {
                    first: b.copay.0,
                    later: b.copay.1,
                    fallback: 0,
                    counts: b.counts && limit > 0,
                },
                Some(b) if in_cover && natural_ok => {
                    let capped = b.capped || plan.yearly_limit.is_some();
                    let whole = repair_price(kind, self.repair, self.profile.price_yen);
                    let excess = match (capped, cap) {
                        (true, Some(cap)) => whole.saturating_sub(cap),
                        _ => 0,
                    };
                    let price = |copay: u32, exchange: Option<u32>| {
                        let repair = copay + excess;
                        exchange.map_or(repair, |x| repair.min(x))
                    };
                    // A sum paid toward a new phone: the rest of its price is the user's.
                    let paid = b.pays.map(|p| p.of(self.profile.price_yen));
                    let (first, later) = match paid {
                        Some(paid) => {
                            let rest = own.saturating_sub(paid);
                            (b.copay.0 + rest, b.copay.1 + rest)
                        }
                        None => (
                            price(b.copay.0, b.exchange.map(|x| x.0)),
                            price(b.copay.1, b.exchange.map(|x| x.1)),
                        ),
                    };
                    if first >= own {
                        // Claiming would cost more than paying: the user pays.
                        Cover::Pay(own)
                    } else {
                        Cover::Use {
                            first,
                            later: later.min(own),
                            fallback: own,
                            // Without a limit to spend, a use counts toward nothing.
                            counts: b.counts && limit > 0,
                        }
                    }
                }
                _ => Cover::Pay(own),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(rate: f64) -> MonthSpec {
        MonthSpec {
            rates: [rate; Kind::COUNT],
            cover: [Cover::Pay(1_000); Kind::COUNT],
        }
    }

    fn spec(runs: &[(f64, u32)]) -> OptionSpec {
        let runs: Vec<Run> = runs
            .iter()
            .map(|&(rate, len)| Run {
                month: month(rate),
                len,
            })
            .collect();
        let horizon = runs.iter().map(|r| r.len as usize).sum();
        OptionSpec {
            id: "t".into(),
            variant: None,
            monthly_fee: None,
            fees: vec![0.0; horizon],
            runs,
            limit: 0,
            period: Period::Horizon,
            paid_at_once: None,
            covered_months: None,
        }
    }

    #[test]
    fn two_options_side_by_side_pair_each_month() {
        let a = spec(&[(0.1, 3), (0.2, 9), (0.3, 12)]);
        let b = spec(&[(1.0, 5), (2.0, 19)]);
        let mut paired = Vec::new();
        for (x, y, n) in side_by_side(&a, &b) {
            for _ in 0..n {
                paired.push((x.rates[0], y.rates[0]));
            }
        }
        let by_month: Vec<(f64, f64)> = a
            .months()
            .zip(b.months())
            .map(|(x, y)| (x.rates[0], y.rates[0]))
            .collect();
        assert_eq!(paired, by_month);
        assert_eq!(paired.len(), 24);
    }

    #[test]
    fn months_and_month_read_the_runs() {
        let a = spec(&[(0.1, 2), (0.2, 3)]);
        let rates: Vec<f64> = a.months().map(|m| m.rates[0]).collect();
        assert_eq!(rates, [0.1, 0.1, 0.2, 0.2, 0.2]);
        assert_eq!(a.month(1).map(|m| m.rates[0]), Some(0.1));
        assert_eq!(a.month(2).map(|m| m.rates[0]), Some(0.2));
        assert_eq!(a.month(5), None);
    }

    #[test]
    fn a_month_like_the_last_lengthens_its_run() {
        let mut runs = Vec::new();
        for rate in [0.1, 0.1, 0.2, 0.2, 0.2, 0.1] {
            push_month(&mut runs, month(rate));
        }
        let lens: Vec<u32> = runs.iter().map(|r| r.len).collect();
        assert_eq!(lens, [2, 3, 1]);
    }
}
