//! The choosing rules of `model.md`: the cheapest eligible plan against the best way of doing
//! without, "about the same" within a small margin, join-then-review for close calls, the
//! warranty that ends soon, and the bad case for a user who asks to guard against bad luck.

use super::advice::{Action, Basis, GateHit, Instead, OptionResult, Recommendation, Why};
use crate::answers::Profile;
use crate::domain::Risk;
use crate::tables::{Join, Level, Tables};

/// Months from sign-up while another warranty still covers the device (within the horizon).
pub fn overlap_months(p: &Profile) -> u32 {
    p.warranty_until.map_or(0, |w| {
        (p.today.year_month().months_until(w) + 1).clamp(0, i64::from(p.horizon_months)) as u32
    })
}

/// A carrier's plan: what join or skip is about (not cover bought apart, skip or a spare).
fn is_plan(o: &OptionResult) -> bool {
    !o.apart && o.id != Action::Skip.id() && o.id != Action::BuySpare.id()
}

/// Whether two totals are "about the same": within `share` of the dearer one.
pub fn about_same(a: i64, b: i64, share: f64) -> bool {
    (a - b).abs() as f64 <= share * a.max(b).max(1) as f64
}

/// How doing without is advised for this device: with a spare for a cheap or old device,
/// plain skipping otherwise.
fn doing_without(p: &Profile, t: &Tables) -> Action {
    let th = &t.rules.thresholds;
    let age = p.released.map(|r| r.months_until(p.today.year_month()));
    let cheap = p.price_yen <= th.cheap_device.yen;
    let old = age.is_some_and(|a| a > i64::from(th.old_device_months.n));
    if cheap || old {
        Action::BuySpare
    } else {
        Action::Skip
    }
}

/// What the plan costs after another warranty's last month, against doing without then:
/// whether it pays for itself once it can be used.
fn pays_after(plan: &OptionResult, alt: &OptionResult, overlap: u32) -> bool {
    let after = |o: &OptionResult| {
        let series = &o.monthly_cumulative_yen;
        let end = series.last().copied().unwrap_or(0);
        end - series.get(overlap as usize - 1).copied().unwrap_or(0)
    };
    overlap > 0 && after(plan) < after(alt)
}

/// Chooses the advice from the priced options (plans first, then `skip` and `buy_spare`).
/// `gap_shrinks(plan, alt)` tells whether more breakage would make the plan look better
/// against the alternative; a close call joins with a review only then.
pub fn choose(
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    gap_shrinks: impl Fn(&str, &str) -> bool,
) -> Recommendation {
    let th = &t.rules.thresholds;
    let basis = match p.risk {
        Risk::Neutral => Basis::Expected,
        Risk::Averse => Basis::BadCase,
    };
    let find = |id: &str| options.iter().find(|o| o.id == id);
    let without_action = doing_without(p, t);
    let without = find(without_action.id());
    // The best way of doing without, on the expected totals (a spare never costs less than
    // skipping: it buys time, not repairs).
    let alt = options
        .iter()
        .filter(|o| (o.id == Action::Skip.id() || o.id == Action::BuySpare.id()) && o.eligible)
        .min_by_key(|o| (o.expected_total_yen, o.id != Action::Skip.id()));
    let best_plan = options
        .iter()
        .filter(|o| is_plan(o) && o.eligible)
        .min_by_key(|o| o.expected_total_yen);
    let recommend = |action: Action,
                     why: Why,
                     chosen: Option<&OptionResult>,
                     versus: Option<&OptionResult>,
                     review: Option<u32>| Recommendation {
        action,
        plan: chosen.filter(|o| is_plan(o)).map(|o| o.id.clone()),
        review_after_months: review,
        basis,
        why,
        chosen: chosen.map_or_else(|| action.id().to_string(), |o| o.id.clone()),
        total_yen: chosen.map_or(0, |o| o.expected_total_yen),
        bad_case_yen: chosen.map_or(0, |o| o.bad_case_total_yen),
        versus: versus.map(|o| o.id.clone()),
        versus_total_yen: versus.map_or(0, |o| o.expected_total_yen),
        versus_bad_case_yen: versus.map_or(0, |o| o.bad_case_total_yen),
        checks: chosen
            .filter(|o| is_plan(o) && action == Action::Join)
            .map(|o| soft_gates(&o.gates))
            .unwrap_or_default(),
        instead: None,
    };
    let (Some(plan), Some(alt)) = (best_plan, alt) else {
        return recommend(without_action, Why::NoPlan, without, None, None);
    };
    let horizon = p.horizon_months;
    let overlap = overlap_months(p);
    // Another warranty that ends inside the horizon: the review falls at its end.
    let ends_inside = overlap > 0 && overlap < horizon;
    let review_after = th.review_after_months.n;
    let review = if ends_inside {
        Some(overlap)
    } else {
        (review_after < horizon).then_some(review_after)
    };
    // A close call joins only while the window closes at sign-up: a plan that can be joined
    // later (mineo, BIGLOBE) can wait.
    let closes = t.plan(&plan.id).is_none_or(|p| p.join == Join::AtSignUp);
    let close = closes
        && about_same(
            plan.expected_total_yen,
            alt.expected_total_yen,
            th.about_same.value,
        );
    let join = |why: Why, review: Option<u32>| {
        recommend(
            Action::Join,
            why,
            Some(plan),
            find(Action::Skip.id()),
            review,
        )
    };
    if plan.expected_total_yen < alt.expected_total_yen {
        // Cheaper in expectation: never skip. A close call or a warranty still running gets a
        // review date.
        return match (close, ends_inside) {
            (_, true) => join(Why::WarrantyEnding, review),
            (true, false) => join(Why::AboutSame, review),
            (false, false) => join(Why::Cheaper, None),
        };
    }
    if close && review.is_some() && gap_shrinks(&plan.id, &alt.id) {
        let why = if ends_inside {
            Why::WarrantyEnding
        } else {
            Why::AboutSame
        };
        return join(why, review);
    }
    if ends_inside && overlap <= th.overlap_soon_months.n && pays_after(plan, alt, overlap) {
        return join(Why::WarrantyEnding, review);
    }
    if basis == Basis::BadCase && plan.bad_case_total_yen < alt.bad_case_total_yen {
        return join(Why::SaferInBadCase, None);
    }
    recommend(without_action, Why::Dearer, without, Some(plan), None)
}

/// The cheapest cover bought apart that is open to the device and costs less than the
/// advice (on the advice's basis), clearly enough not to be "about the same".
pub fn instead(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
) -> Option<Instead> {
    let share = t.rules.thresholds.about_same.value;
    let score = |o: &OptionResult| match rec.basis {
        Basis::Expected => o.expected_total_yen,
        Basis::BadCase => o.bad_case_total_yen,
    };
    let advised = match rec.basis {
        Basis::Expected => rec.total_yen,
        Basis::BadCase => rec.bad_case_yen,
    };
    let window = |o: &OptionResult| {
        t.plan(&o.id)
            .and_then(|plan| plan.purchase_window())
            .map_or(0, |(days, _)| days)
    };
    // Named only with its last day: where the purchase day is unknown, the reasons say what
    // could still be bought and within how many days, and the headline stays on the carrier.
    let best = options
        .iter()
        .filter(|o| o.apart && o.eligible)
        .filter(|o| super::gates::purchase_deadline(p, window(o)).is_some())
        .min_by_key(|o| score(o))?;
    let cheaper = score(best) < advised && !about_same(score(best), advised, share);
    if !cheaper {
        return None;
    }
    let days = window(best);
    Some(Instead {
        option: best.id.clone(),
        total_yen: best.expected_total_yen,
        bad_case_yen: best.bad_case_total_yen,
        fee_yen: best.monthly_fee_yen.map_or(0, i64::from),
        until: super::gates::purchase_deadline(p, days),
        days,
        confirm: best.gates.iter().any(|g| g.level == Level::Soft),
    })
}

/// The soft gates among a plan's gates.
fn soft_gates(gates: &[GateHit]) -> Vec<GateHit> {
    gates
        .iter()
        .filter(|g| g.level == Level::Soft)
        .cloned()
        .collect()
}
