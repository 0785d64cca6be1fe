//! The choosing rules of `model.md`: the cheapest eligible plan against the best way of doing
//! without, a margin, join-then-review for close calls, and the warranty overlap.
//!
//! Options are compared on expected totals. For a risk-averse user those totals are taken at
//! a pessimistic breakage rate (the table's factor times the user's own rate) rather than on
//! the bad-year column: a 90th percentile moves in whole incidents, so comparing on it can
//! advise joining at one damage count and not at the next; a higher rate guards against a bad
//! run of luck and keeps "more breakage never turns a join into a skip".

use super::advice::{Action, Basis, Recommendation};
use crate::answers::Profile;
use crate::tables::Tables;

/// One option as the choice sees it: its expected total on the basis in use.
#[derive(Debug, Clone)]
pub struct Compared {
    pub id: String,
    pub eligible: bool,
    pub total: i64,
}

impl Compared {
    fn is_plan(&self) -> bool {
        self.id != Action::Skip.id() && self.id != Action::BuySpare.id()
    }
}

/// Months from sign-up while another warranty still covers the device.
pub fn overlap_months(p: &Profile) -> u32 {
    p.warranty_until.map_or(0, |w| {
        (p.today.year_month().months_until(w) + 1).clamp(0, i64::from(p.horizon_months)) as u32
    })
}

/// Chooses the advice from the compared options (plans first, then `skip` and `buy_spare`).
/// `gap_shrinks(plan, alt)` tells whether more breakage would make the plan look better
/// against the alternative; a close call joins with a review only then.
pub fn choose(
    options: &[Compared],
    basis: Basis,
    p: &Profile,
    t: &Tables,
    gap_shrinks: impl Fn(&str, &str) -> bool,
) -> Recommendation {
    let th = &t.rules.thresholds;
    let best_without = options
        .iter()
        .filter(|o| !o.is_plan() && o.eligible)
        .min_by_key(|o| (o.total, o.id != "skip"));
    let best_plan = options
        .iter()
        .filter(|o| o.is_plan() && o.eligible)
        .min_by_key(|o| o.total);
    // `chosen` is the option advised (a plan, `skip` or `buy_spare`), `versus` what it beat.
    let recommend = |action: Action,
                     chosen: Option<&Compared>,
                     versus: Option<&Compared>,
                     review: Option<u32>| Recommendation {
        action,
        plan: chosen.filter(|o| o.is_plan()).map(|o| o.id.clone()),
        review_after_months: review,
        basis,
        total_yen: chosen.map_or(0, |o| o.total),
        versus: versus.map_or_else(|| "skip".into(), |o| o.id.clone()),
        versus_total_yen: versus.map_or(0, |o| o.total),
    };
    let doing_without = |o: &Compared| {
        if o.id == Action::BuySpare.id() {
            Action::BuySpare
        } else {
            Action::Skip
        }
    };
    let (Some(plan), Some(alt)) = (best_plan, best_without) else {
        // No eligible plan: a spare for a cheap device, else skip.
        let cheap = p.price_yen <= th.cheap_device.yen;
        let spare = options
            .iter()
            .find(|o| o.id == Action::BuySpare.id() && o.eligible);
        let own = match spare {
            Some(spare) if cheap => Some(spare),
            _ => options.iter().find(|o| o.id == Action::Skip.id()),
        };
        let action = own.map_or(Action::Skip, doing_without);
        return recommend(action, own, best_plan, None);
    };
    if plan.total + i64::from(th.join_margin.yen) < alt.total {
        return recommend(Action::Join, Some(plan), Some(alt), None);
    }
    let review = th.review_after_months.n;
    let close = (plan.total - alt.total) as f64 <= th.close_ratio.value * alt.total.max(1) as f64;
    // A review only makes sense while the plan actually covers, and before the horizon ends.
    let reviewable = overlap_months(p) == 0 && review < p.horizon_months;
    if close && reviewable && gap_shrinks(&plan.id, &alt.id) {
        return recommend(Action::Join, Some(plan), Some(alt), Some(review));
    }
    recommend(doing_without(alt), Some(alt), Some(plan), None)
}
