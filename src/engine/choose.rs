//! The choosing rules of `model.md`: the cheapest eligible plan against the best way of doing
//! without, a margin, join-then-review for close calls, and the warranty overlap.

use super::advice::{Action, Basis, OptionResult, Recommendation};
use crate::answers::Profile;
use crate::domain::Risk;
use crate::tables::Tables;

/// The figure an option is compared on.
fn metric(o: &OptionResult, basis: Basis) -> i64 {
    match basis {
        Basis::Expected => o.expected_total_yen,
        Basis::BadYear => o.bad_year_total_yen,
    }
}

/// Months from sign-up while another warranty still covers the device.
pub fn overlap_months(p: &Profile) -> u32 {
    p.warranty_until.map_or(0, |w| {
        (p.today.year_month().months_until(w) + 1).clamp(0, i64::from(p.horizon_months)) as u32
    })
}

/// Chooses the advice from the costed options (plans first, then `skip` and `buy_spare`).
/// `gap_shrinks(plan, alt)` tells whether more breakage would make the plan's expected total
/// look better against the alternative's; a close call joins with a review only then.
pub fn choose(
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    gap_shrinks: impl Fn(&str, &str) -> bool,
) -> Recommendation {
    let th = &t.rules.thresholds;
    let basis = match p.risk {
        Risk::Neutral => Basis::Expected,
        Risk::Averse => Basis::BadYear,
    };
    let without: Vec<&OptionResult> = options
        .iter()
        .filter(|o| (o.id == "skip" || o.id == "buy_spare") && o.eligible)
        .collect();
    let best_without = without
        .iter()
        .min_by_key(|o| (metric(o, basis), o.id != "skip"))
        .copied();
    let best_plan = options
        .iter()
        .filter(|o| o.id != "skip" && o.id != "buy_spare" && o.eligible)
        .min_by_key(|o| o.expected_total_yen);
    let without_action = |o: Option<&OptionResult>| match o.map(|o| o.id.as_str()) {
        Some("buy_spare") => Action::BuySpare,
        _ => Action::Skip,
    };
    let (Some(plan), Some(alt)) = (best_plan, best_without) else {
        // No eligible plan: a spare for a cheap device, else skip.
        let cheap = p.price_yen <= th.cheap_device.yen;
        let spare_ok = options.iter().any(|o| o.id == "buy_spare" && o.eligible);
        let action = if cheap && spare_ok {
            Action::BuySpare
        } else {
            Action::Skip
        };
        return Recommendation {
            action,
            plan: None,
            review_after_months: None,
            basis,
            versus: best_plan.map_or("skip".into(), |o| o.id.clone()),
        };
    };
    let (pm, am) = (metric(plan, basis), metric(alt, basis));
    let join = |review: Option<u32>, basis: Basis| Recommendation {
        action: Action::Join,
        plan: Some(plan.id.clone()),
        review_after_months: review,
        basis,
        versus: alt.id.clone(),
    };
    if pm + i64::from(th.join_margin.yen) < am {
        return join(None, basis);
    }
    // A close call is judged on expected totals for everyone: bad-year figures move in whole
    // incidents, so "about the same" and "more breakage favours the plan" are only stable on
    // averages.
    let alt_expected = without
        .iter()
        .min_by_key(|o| (o.expected_total_yen, o.id != "skip"))
        .copied()
        .unwrap_or(alt);
    let (pe, ae) = (plan.expected_total_yen, alt_expected.expected_total_yen);
    let review = th.review_after_months.n;
    let close = (pe - ae) as f64 <= th.close_ratio.value * ae.max(1) as f64;
    // A review only makes sense while the plan actually covers, and before the horizon ends.
    let reviewable = overlap_months(p) == 0 && review < p.horizon_months;
    if close && reviewable && gap_shrinks(&plan.id, &alt_expected.id) {
        return Recommendation {
            versus: alt_expected.id.clone(),
            ..join(Some(review), Basis::Expected)
        };
    }
    Recommendation {
        action: without_action(Some(alt)),
        plan: None,
        review_after_months: None,
        basis,
        versus: plan.id.clone(),
    }
}
