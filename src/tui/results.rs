//! The results screen's state: the resolved answers, the what-if assumptions the user is
//! trying (breakage rate and horizon), which part is shown, and the advice for all of it.

use crate::answers::{Profile, bounds};
use crate::engine::{Advice, WhatIf};
use crate::tables::Tables;

/// The breakage-rate factors the what-if keys step through.
pub const RATE_STEPS: [f64; 8] = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0];
/// The index of 1.0 in [`RATE_STEPS`].
const RATE_ONE: usize = 3;
/// How many months one what-if key adds or takes away.
pub const HORIZON_STEP: u32 = 6;

/// Which part of the results is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Verdict, table and chart.
    Overview,
    /// Reasons, conditions, next steps, warnings and sources.
    Details,
}

/// A what-if change asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    RateUp,
    RateDown,
    HorizonUp,
    HorizonDown,
    Reset,
}

/// The results of one set of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The answers as given.
    pub profile: Profile,
    /// Index into [`RATE_STEPS`].
    pub rate_step: usize,
    /// The horizon being tried, in months.
    pub horizon: u32,
    pub tab: Tab,
    /// First line shown of the details.
    pub scroll: u16,
    /// How far the details can scroll, as the last frame drawn found.
    pub scroll_room: u16,
    /// The advice under the current what-if.
    pub advice: Advice,
}

impl Results {
    /// The results for a profile, under its own assumptions.
    pub fn new(profile: Profile, t: &Tables) -> Results {
        let horizon = profile.horizon_months;
        let advice = crate::engine::advise(&profile, t);
        Results {
            profile,
            rate_step: RATE_ONE,
            horizon,
            tab: Tab::Overview,
            scroll: 0,
            scroll_room: u16::MAX,
            advice,
        }
    }

    /// The breakage-rate factor being tried.
    pub fn rate_factor(&self) -> f64 {
        RATE_STEPS[self.rate_step]
    }

    /// True when the assumptions differ from the answers.
    pub fn is_what_if(&self) -> bool {
        self.rate_step != RATE_ONE || self.horizon != self.profile.horizon_months
    }

    /// Applies a what-if change and prices everything again; false if nothing changed.
    pub fn change(&mut self, c: Change, t: &Tables) -> bool {
        let (step, horizon) = (self.rate_step, self.horizon);
        let (min, max) = (bounds::HORIZON.0 as u32, bounds::HORIZON.1 as u32);
        match c {
            Change::RateUp => self.rate_step = (self.rate_step + 1).min(RATE_STEPS.len() - 1),
            Change::RateDown => self.rate_step = self.rate_step.saturating_sub(1),
            Change::HorizonUp => self.horizon = (self.horizon + HORIZON_STEP).min(max),
            Change::HorizonDown => {
                self.horizon = self.horizon.saturating_sub(HORIZON_STEP).max(min)
            }
            Change::Reset => {
                self.rate_step = RATE_ONE;
                self.horizon = self.profile.horizon_months;
            }
        }
        let changed = (step, horizon) != (self.rate_step, self.horizon);
        if changed {
            let mut p = self.profile.clone();
            p.horizon_months = self.horizon;
            let what_if = WhatIf {
                rate_factor: self.rate_factor(),
            };
            self.advice = crate::engine::advise_with(&p, t, what_if);
        }
        changed
    }
}
