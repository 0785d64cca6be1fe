//! The choosing rules of `model.md`. Every option a person can still take competes on one
//! score (the expected total, or the bad case for a user who asks to guard against bad luck):
//! the carrier's plans, doing without (with or without a spare), and cover bought apart whose
//! window is open. A carrier's plan that closes at sign-up is kept over a close call, with a
//! review date, and a warranty that ends soon keeps it too; the unknown day of purchase and
//! the maker's own cover get a sentence of their own.

use super::advice::{
    Basis, Compared, GateHit, IfBoughtSince, Instead, OptionResult, Recommendation, Verdict, Why,
};
use super::gates::{Deadline, deadline};
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
pub fn is_plan(o: &OptionResult) -> bool {
    !o.apart && !is_without(o)
}

/// Doing without a plan: skipping, or skipping with a spare phone.
fn is_without(o: &OptionResult) -> bool {
    o.id == Verdict::Skip.id() || o.id == Verdict::BuySpare.id()
}

/// Whether two totals are "about the same": within `share` of the dearer one.
pub fn about_same(a: i64, b: i64, share: f64) -> bool {
    (a - b).abs() as f64 <= share * a.max(b).max(1) as f64
}

/// What the options are compared on, and each option's score on it.
#[derive(Clone, Copy)]
struct Scale {
    basis: Basis,
}

impl Scale {
    fn of(p: &Profile) -> Scale {
        let basis = match p.risk {
            Risk::Neutral => Basis::Expected,
            Risk::Averse => Basis::BadCase,
        };
        Scale { basis }
    }

    fn score(self, o: &OptionResult) -> i64 {
        match self.basis {
            Basis::Expected => o.expected_total_yen,
            Basis::BadCase => o.bad_case_total_yen,
        }
    }
}

/// What an option is, as an advice.
fn action_of(o: &OptionResult) -> Verdict {
    if o.id == Verdict::Skip.id() {
        Verdict::Skip
    } else if o.id == Verdict::BuySpare.id() {
        Verdict::BuySpare
    } else if o.apart {
        Verdict::BuyApart
    } else {
        Verdict::Join
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

/// An advice for `chosen`, weighed against `versus`.
fn recommend(
    scale: Scale,
    why: Why,
    chosen: &OptionResult,
    versus: Option<&OptionResult>,
    review: Option<u32>,
) -> Recommendation {
    let action = action_of(chosen);
    Recommendation {
        action,
        plan: (action == Verdict::Join).then(|| chosen.id.clone()),
        review_after_months: review,
        basis: scale.basis,
        why,
        chosen: chosen.id.clone(),
        total_yen: chosen.expected_total_yen,
        bad_case_yen: chosen.bad_case_total_yen,
        versus: versus.map(|o| o.id.clone()),
        versus_total_yen: versus.map_or(0, |o| o.expected_total_yen),
        versus_bad_case_yen: versus.map_or(0, |o| o.bad_case_total_yen),
        versus_only_now: false,
        checks: match action {
            Verdict::Join | Verdict::BuyApart => soft_gates(&chosen.gates),
            Verdict::Skip | Verdict::BuySpare => Vec::new(),
        },
        instead: None,
        until: None,
        if_bought_since: None,
        compared: None,
    }
}

/// Chooses the advice from the priced options. `gap_shrinks(plan, alt)` tells whether more
/// breakage would make the plan look better against the alternative; a close call joins with
/// a review only then.
pub fn choose(
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    gap_shrinks: impl Fn(&str, &str) -> bool,
) -> Recommendation {
    let scale = Scale::of(p);
    let carriers = carriers_choice(options, p, t, scale, gap_shrinks);
    let mut rec = weigh_apart(carriers, options, p, t, scale);
    rec.if_bought_since = if_bought_since(&rec, options, p, t, scale);
    rec.compared = compared(&rec, options, p, t);
    rec
}

/// The carrier's question alone: its cheapest plan against the best way of doing without.
fn carriers_choice(
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    scale: Scale,
    gap_shrinks: impl Fn(&str, &str) -> bool,
) -> Recommendation {
    let th = &t.rules.thresholds;
    let score = |o: &&OptionResult| scale.score(o);
    let find = |id: &str| options.iter().find(|o| o.id == id);
    // The cheaper way of doing without; skip where the spare saves no more than "about the
    // same" (an errand and money now for a saving within the margin buys nothing).
    let skip_open = find(Verdict::Skip.id()).filter(|o| o.eligible);
    let spare_open = find(Verdict::BuySpare.id()).filter(|o| o.eligible);
    let alt = match (skip_open, spare_open) {
        (Some(skip), Some(spare))
            if scale.score(spare) < scale.score(skip)
                && !about_same(scale.score(skip), scale.score(spare), th.about_same.value) =>
        {
            Some(spare)
        }
        (Some(skip), _) => Some(skip),
        (None, spare) => spare,
    };
    let best_plan = options
        .iter()
        .filter(|o| is_plan(o) && o.eligible)
        .min_by_key(score);
    let Some(alt) = alt.or_else(|| find(Verdict::Skip.id())) else {
        // The engine always prices skip; without it there is nothing to advise on.
        let skip = empty_skip();
        return recommend(scale, Why::NoPlan, &skip, None, None);
    };
    let Some(plan) = best_plan else {
        return recommend(scale, Why::NoPlan, alt, None, None);
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
    let closes = closes_at_sign_up(plan, t);
    let close = closes && about_same(scale.score(plan), scale.score(alt), th.about_same.value);
    let skip = find(Verdict::Skip.id());
    let join = |why: Why, review: Option<u32>| recommend(scale, why, plan, skip, review);
    let cheaper_on_average = plan.expected_total_yen < alt.expected_total_yen;
    if scale.score(plan) < scale.score(alt) {
        // Cheaper on the user's basis: never skip. A close call or a warranty still running
        // gets a review date.
        return match (close, ends_inside) {
            (_, true) => join(Why::WarrantyEnding, review),
            (true, false) => join(Why::AboutSame, review),
            (false, false) if cheaper_on_average => join(Why::Cheaper, None),
            (false, false) => join(Why::SaferInBadCase, None),
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
    recommend(scale, Why::Dearer, alt, Some(plan), None)
}

/// A skip with nothing priced (never reached: the engine always prices skip).
fn empty_skip() -> OptionResult {
    OptionResult {
        id: Verdict::Skip.id().into(),
        variant: None,
        apart: false,
        eligible: true,
        gates: Vec::new(),
        monthly_fee_yen: None,
        fees_yen: 0,
        expected_total_yen: 0,
        bad_case_total_yen: 0,
        break_even_incidents: None,
        monthly_cumulative_yen: Vec::new(),
        paid_at_once_yen: None,
        cover_ends: None,
        replaces_from: Vec::new(),
        replaces_over_yen: None,
    }
}

/// Whether a carrier's plan can only be joined at sign-up (never later).
fn closes_at_sign_up(plan: &OptionResult, t: &Tables) -> bool {
    t.plan(&plan.id).is_none_or(|p| p.join == Join::AtSignUp)
}

/// The last day an option bought apart can be bought, where known.
fn deadline_of(o: &OptionResult, p: &Profile, t: &Tables) -> Option<Deadline> {
    t.plan(&o.id).and_then(|plan| deadline(plan, p))
}

/// Cover bought apart against the carrier's verdict: the cheapest open one wins when it costs
/// less than every other option still open, wherever it is bought. A carrier's plan that
/// closes at sign-up and costs about the same is kept (it can never be bought later, the
/// other can still), and so is a join the rules keep for a close call or a warranty ending
/// soon: the cover is then named beside it as "or instead".
fn weigh_apart(
    rec: Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    scale: Scale,
) -> Recommendation {
    let share = t.rules.thresholds.about_same.value;
    let Some((best, until)) = options
        .iter()
        .filter(|o| o.apart && o.eligible)
        .filter_map(|o| deadline_of(o, p, t).map(|d| (o, d.day)))
        .min_by_key(|(o, _)| scale.score(o))
    else {
        return rec;
    };
    let advised = match rec.basis {
        Basis::Expected => rec.total_yen,
        Basis::BadCase => rec.bad_case_yen,
    };
    let score = scale.score(best);
    if score >= advised {
        return rec;
    }
    let find = |id: &str| options.iter().find(|o| o.id == id);
    let cheapest_else = options
        .iter()
        .filter(|o| !o.apart && o.eligible)
        .map(|o| scale.score(o))
        .min()
        .unwrap_or(i64::MAX);
    let kept = rec.action == Verdict::Join
        && (score >= cheapest_else
            || find(&rec.chosen).is_some_and(|plan| {
                closes_at_sign_up(plan, t) && about_same(score, advised, share)
            }));
    if kept {
        let days = t
            .plan(&best.id)
            .and_then(|plan| plan.purchase_window())
            .map_or(0, |(days, _)| days);
        return Recommendation {
            instead: Some(Instead {
                option: best.id.clone(),
                total_yen: best.expected_total_yen,
                bad_case_yen: best.bad_case_total_yen,
                fee_yen: best.monthly_fee_yen.map_or(0, i64::from),
                until: Some(until),
                days,
                confirm: best.gates.iter().any(|g| g.level == Level::Soft),
            }),
            ..rec
        };
    }
    // The carrier's plan that can never be bought later is the one to weigh it against;
    // without one open, doing without.
    let versus = options
        .iter()
        .filter(|o| is_plan(o) && o.eligible)
        .min_by_key(|o| scale.score(o))
        .or_else(|| find(Verdict::Skip.id()));
    let why = if best.expected_total_yen < versus.map_or(i64::MAX, |v| v.expected_total_yen) {
        Why::Cheaper
    } else {
        Why::SaferInBadCase
    };
    Recommendation {
        until: Some(until),
        versus_only_now: versus.is_some_and(|v| is_plan(v) && closes_at_sign_up(v, t)),
        ..recommend(scale, why, best, versus, None)
    }
}

/// Where the day of purchase is unknown: the cheapest cover bought apart that would cost less
/// than the advice, had the phone been bought recently enough for its window.
fn if_bought_since(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
    scale: Scale,
) -> Option<IfBoughtSince> {
    // A day of purchase decides every window; a month leaves those ending within it open.
    if p.bought.is_some_and(|b| !b.month_only()) {
        return None;
    }
    let advised = match rec.basis {
        Basis::Expected => rec.total_yen,
        Basis::BadCase => rec.bad_case_yen,
    };
    let (best, days) = options
        .iter()
        .filter(|o| o.apart && o.eligible && o.id != rec.chosen)
        .filter(|o| deadline_of(o, p, t).is_none())
        .filter_map(|o| {
            let (days, _) = t.plan(&o.id)?.purchase_window()?;
            Some((o, days))
        })
        .filter(|(o, _)| scale.score(o) < advised)
        .min_by_key(|(o, _)| scale.score(o))?;
    Some(IfBoughtSince {
        option: best.id.clone(),
        since: p.today.minus_days(days),
        total_yen: best.expected_total_yen,
        bad_case_yen: best.bad_case_total_yen,
        fee_yen: best.monthly_fee_yen.map_or(0, i64::from),
    })
}

/// The maker's own cover (the cheaper AppleCare+) beside the cheapest carrier's plan, when
/// both are open and the headline does not already weigh the one against the other.
fn compared(
    rec: &Recommendation,
    options: &[OptionResult],
    p: &Profile,
    t: &Tables,
) -> Option<Compared> {
    let scale = Scale { basis: rec.basis };
    let makers = options
        .iter()
        .filter(|o| o.apart && o.eligible)
        .filter(|o| t.plan(&o.id).is_some_and(|plan| plan.makers))
        .filter_map(|o| deadline_of(o, p, t).map(|d| (o, d.day)))
        .min_by_key(|(o, _)| scale.score(o));
    let plan = options
        .iter()
        .filter(|o| is_plan(o) && o.eligible)
        .min_by_key(|o| scale.score(o));
    let ((makers, until), plan) = (makers?, plan?);
    let said = |a: &str, b: &str| {
        (rec.chosen == a && rec.versus.as_deref() == Some(b))
            || (rec.chosen == b && rec.instead.as_ref().is_some_and(|i| i.option == a))
    };
    if said(&makers.id, &plan.id) || said(&plan.id, &makers.id) {
        return None;
    }
    Some(Compared {
        option: makers.id.clone(),
        total_yen: makers.expected_total_yen,
        bad_case_yen: makers.bad_case_total_yen,
        until,
        plan: plan.id.clone(),
        plan_total_yen: plan.expected_total_yen,
        plan_bad_case_yen: plan.bad_case_total_yen,
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
