//! The results of one set of answers: the what-if assumptions being tried (kept in the
//! session, apart from the results, so that editing an answer keeps them), the advice under
//! them, which part is shown and which option row is selected.

pub mod view;

use crate::answers::{Profile, bounds};
use crate::engine::breakdown::{Breakdown, breakdown};
use crate::engine::{Advice, WhatIf};
use crate::i18n::Words;
use crate::lang::Lang;
use crate::report::Document;
use crate::tables::Tables;
use std::cell::OnceCell;

/// The breakage-rate factors the what-if keys step through.
pub const RATE_STEPS: [f64; 8] = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0];
/// The index of 1.0 in [`RATE_STEPS`].
const RATE_ONE: usize = 3;
/// How many months one what-if key adds or takes away.
pub const HORIZON_STEP: u32 = 6;

/// A what-if change asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    RateUp,
    RateDown,
    HorizonUp,
    HorizonDown,
    Reset,
}

/// The assumptions tried instead of the answers: a breakage-rate factor and a horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assumptions {
    /// Index into [`RATE_STEPS`].
    pub rate_step: usize,
    /// The horizon tried, in months; `None` for the answer's own.
    pub horizon: Option<u32>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            rate_step: RATE_ONE,
            horizon: None,
        }
    }
}

impl Assumptions {
    /// The breakage-rate factor being tried.
    pub fn rate_factor(&self) -> f64 {
        RATE_STEPS[self.rate_step]
    }

    /// The horizon priced for answers that keep the phone `answered` months.
    pub fn horizon_for(&self, answered: u32) -> u32 {
        self.horizon.unwrap_or(answered)
    }

    /// True when the assumptions differ from answers of `answered` months.
    pub fn is_on(&self, answered: u32) -> bool {
        self.rate_step != RATE_ONE || self.horizon_for(answered) != answered
    }

    /// Applies a change for answers of `answered` months; false if nothing changed.
    pub fn change(&mut self, c: Change, answered: u32) -> bool {
        let before = *self;
        let (min, max) = (bounds::HORIZON.0 as u32, bounds::HORIZON.1 as u32);
        let horizon = self.horizon_for(answered);
        match c {
            Change::RateUp => self.rate_step = (self.rate_step + 1).min(RATE_STEPS.len() - 1),
            Change::RateDown => self.rate_step = self.rate_step.saturating_sub(1),
            Change::HorizonUp => self.horizon = Some((horizon + HORIZON_STEP).min(max)),
            Change::HorizonDown => {
                self.horizon = Some(horizon.saturating_sub(HORIZON_STEP).max(min))
            }
            Change::Reset => *self = Assumptions::default(),
        }
        if self.horizon == Some(answered) {
            self.horizon = None;
        }
        *self != before
    }
}

/// Which part of the results is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Verdict, table and chart.
    Overview,
    /// Reasons, conditions, next steps, warnings and sources.
    Details,
    /// The QR code to take the summary away (the kiosk).
    TakeAway,
}

/// The results of one set of answers under one what-if.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The answers as given.
    pub profile: Profile,
    /// The assumptions the advice was priced under.
    pub what_if: Assumptions,
    /// The advice under the what-if.
    pub advice: Advice,
    /// The options in the order shown: those open to the user first, then the others.
    pub order: Vec<usize>,
    /// The selected row of [`Results::order`].
    pub selected: usize,
    /// The selected option's breakdown is open.
    pub open: bool,
    /// The selected option's breakdown, made when it is opened.
    pub breakdown: Option<Breakdown>,
    pub tab: Tab,
    /// First line shown of the details.
    pub scroll: u16,
    /// How far the details can scroll, as the last frame drawn found.
    pub scroll_room: u16,
    /// The advice in words, made when first drawn in a language.
    docs: Documents,
}

/// The documents of one advice, one per language; equal whatever was made (a cache).
#[derive(Debug, Clone, Default)]
struct Documents([OnceCell<Document>; 2]);

impl PartialEq for Documents {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Results {
    /// The results for a profile under `what_if`; the recommended option is selected.
    pub fn new(profile: Profile, what_if: Assumptions, t: &Tables) -> Results {
        let advice = price(&profile, &what_if, t);
        let mut r = Results {
            profile,
            what_if,
            advice,
            order: Vec::new(),
            selected: 0,
            open: false,
            breakdown: None,
            tab: Tab::Overview,
            scroll: 0,
            scroll_room: u16::MAX,
            docs: Documents::default(),
        };
        r.sort();
        r
    }

    /// Prices the same answers again under another what-if, keeping the selection.
    pub fn reprice(&mut self, what_if: Assumptions, t: &Tables) {
        if what_if == self.what_if {
            return;
        }
        let id = self.selected_option().map(|o| o.id.clone());
        self.what_if = what_if;
        self.advice = price(&self.profile, &what_if, t);
        self.docs = Documents::default();
        self.sort();
        if let Some(id) = id
            && let Some(at) = self
                .order
                .iter()
                .position(|i| self.advice.options[*i].id == id)
        {
            self.selected = at;
        }
        if self.open {
            self.open_breakdown(t);
        }
    }

    /// Changes the session's what-if for these answers and prices them again under it;
    /// false if nothing changed.
    pub fn try_change(&mut self, what_if: &mut Assumptions, c: Change, t: &Tables) -> bool {
        let changed = what_if.change(c, self.profile.horizon_months);
        if changed {
            self.reprice(*what_if, t);
        }
        changed
    }

    /// Opens the selected option's breakdown.
    pub fn open_breakdown(&mut self, t: &Tables) {
        let Some(id) = self.selected_option().map(|o| o.id.clone()) else {
            return;
        };
        let (p, what_if) = tried(&self.profile, &self.what_if);
        self.breakdown = breakdown(&p, t, what_if, &id);
        self.open = self.breakdown.is_some();
    }

    /// Closes the breakdown.
    pub fn close_breakdown(&mut self) {
        self.open = false;
        self.breakdown = None;
    }

    /// The options open to the user first, each group in the advice's order; the
    /// recommended one selected.
    fn sort(&mut self) {
        let options = &self.advice.options;
        let mut order: Vec<usize> = (0..options.len()).collect();
        order.sort_by_key(|i| !options[*i].eligible);
        let rec = &self.advice.recommendation.chosen;
        self.selected = order
            .iter()
            .position(|i| &options[*i].id == rec)
            .unwrap_or(0);
        self.order = order;
    }

    /// The option of the selected row.
    pub fn selected_option(&self) -> Option<&crate::engine::OptionResult> {
        self.order
            .get(self.selected)
            .map(|i| &self.advice.options[*i])
    }

    /// The horizon priced, in months.
    pub fn horizon(&self) -> u32 {
        self.advice.horizon_months
    }

    /// The advice in words in the words' language, made once per advice.
    pub fn document(&self, w: &Words, t: &Tables) -> &Document {
        let slot = match w.lang {
            Lang::Ja => 0,
            Lang::En => 1,
        };
        self.docs.0[slot].get_or_init(|| Document::new(&self.advice, w, t))
    }

    /// True when the assumptions differ from the answers.
    pub fn is_what_if(&self) -> bool {
        self.what_if.is_on(self.profile.horizon_months)
    }

    /// Moves the selected row by one, within the rows.
    pub fn select(&mut self, down: bool) {
        let last = self.order.len().saturating_sub(1);
        self.selected = if down {
            (self.selected + 1).min(last)
        } else {
            self.selected.saturating_sub(1)
        };
    }
}

/// The advice for a profile under a what-if.
fn price(p: &Profile, w: &Assumptions, t: &Tables) -> Advice {
    let (p, what_if) = tried(p, w);
    crate::engine::advise_with(&p, t, what_if)
}

/// What the engine prices under a what-if: the answers with the horizon tried, and the rate
/// factor.
fn tried(p: &Profile, w: &Assumptions) -> (Profile, WhatIf) {
    let mut p = p.clone();
    p.horizon_months = w.horizon_for(p.horizon_months);
    let what_if = WhatIf {
        rate_factor: w.rate_factor(),
    };
    (p, what_if)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_horizon_tried_comes_back_to_the_answer() {
        let mut w = Assumptions::default();
        assert!(w.change(Change::HorizonUp, 24));
        assert_eq!(w.horizon_for(24), 30);
        assert!(w.change(Change::HorizonDown, 24));
        assert_eq!(
            w,
            Assumptions::default(),
            "back at the answer is no what-if"
        );
        for _ in 0..20 {
            w.change(Change::HorizonDown, 24);
        }
        assert_eq!(w.horizon_for(24), 1);
        assert!(!w.change(Change::HorizonDown, 24));
    }
}
