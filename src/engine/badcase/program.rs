//! An option's horizon as the frequency loop walks it: the prices that never spend a use, and
//! for counted incidents the periods of the use limit, each a sequence of steps (runs of
//! identical months), with identical periods and identical steps computed once.

use super::MAX_LIMIT;
use crate::domain::Kind;
use crate::engine::cost::period_starts;
use crate::engine::spec::{Cover, OptionSpec, Period as Reset};

/// Distinct prices with their weights, at most one per kind of incident.
#[derive(Clone, Copy, Debug)]
pub(super) struct Prices {
    len: usize,
    items: [(f64, f64); Kind::COUNT],
}

impl Prices {
    const EMPTY: Prices = Prices {
        len: 0,
        items: [(0.0, 0.0); Kind::COUNT],
    };

    /// (yen, weight) pairs.
    pub fn items(&self) -> &[(f64, f64)] {
        &self.items[..self.len]
    }

    /// Divides every weight by `total`, making them shares.
    fn share_of(&mut self, total: f64) {
        for item in &mut self.items[..self.len] {
            item.1 /= total;
        }
    }

    /// Adds `weight` at `yen`.
    fn add(&mut self, yen: f64, weight: f64) {
        match self.items[..self.len].iter_mut().find(|a| a.0 == yen) {
            Some(a) => a.1 += weight,
            None => {
                self.items[self.len] = (yen, weight);
                self.len += 1;
            }
        }
    }
}

impl PartialEq for Prices {
    fn eq(&self, other: &Prices) -> bool {
        self.items() == other.items()
    }
}

/// The counted incidents of a month: their rate and, per state of the use limit, the prices
/// they meet with their shares of the rate (state `limit`: the fallback).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct MonthKind {
    pub rate: f64,
    pub states: [Prices; MAX_LIMIT + 1],
}

/// Identical months inside one period: run `run` of the spec, from month `first`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Stretch {
    pub run: usize,
    pub first: usize,
    pub len: u32,
}

/// Consecutive months of one kind, no more than a period: `months` of kind `kind`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct KindSpan {
    pub kind: usize,
    pub months: u32,
    /// Whether the step ever follows another in its period, so that it can start from any
    /// state; a step that only opens periods starts with no use spent.
    pub from_any_state: bool,
    /// Its expected counted incidents λ, e^-λ, and λ^r for r = 0 ..= limit.
    pub lambda: f64,
    pub none: f64,
    pub powers: [f64; MAX_LIMIT + 1],
}

/// A period of the use limit: its steps (a range of [`Program::sequence`]) and how many
/// periods of the horizon are exactly like it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct UsePeriod {
    pub steps: std::ops::Range<usize>,
    pub count: u32,
}

/// What the frequency loop computes for one option.
#[derive(Default)]
pub(super) struct Program {
    /// Stretches of identical consecutive months, none crossing the start of a period.
    pub stretches: Vec<Stretch>,
    pub kinds: Vec<MonthKind>,
    /// Prices that never spend a use, weighted by their incidents over the horizon; no zero
    /// prices.
    pub free: Vec<(f64, f64)>,
    pub steps: Vec<KindSpan>,
    /// Indices into `steps`, period after period.
    pub sequence: Vec<usize>,
    pub periods: Vec<UsePeriod>,
    /// Uses per period, as the states count them (at most [`MAX_LIMIT`]).
    pub limit: usize,
}

impl Program {
    /// Cuts `spec`'s runs of identical months at the starts of periods.
    pub fn read_stretches(&mut self, spec: &OptionSpec) {
        self.stretches.clear();
        let mut first = 0;
        for (r, run) in spec.runs.iter().enumerate() {
            let end = first + run.len as usize;
            let mut m = first;
            while m < end {
                let next = match spec.period {
                    Reset::Year => (m / 12 + 1) * 12,
                    Reset::Horizon => end,
                };
                let stop = next.min(end);
                self.stretches.push(Stretch {
                    run: r,
                    first: m,
                    len: (stop - m) as u32,
                });
                m = stop;
            }
            first = end;
        }
    }

    /// Collects the month kinds, the uncounted prices, the steps and the periods of `spec`
    /// (after [`Program::read_stretches`]).
    pub fn build(&mut self, spec: &OptionSpec) {
        self.kinds.clear();
        self.free.clear();
        self.steps.clear();
        self.sequence.clear();
        self.periods.clear();
        let limit = (spec.limit as usize).min(MAX_LIMIT);
        self.limit = limit;
        let mut kind = MonthKind {
            rate: 0.0,
            states: [Prices::EMPTY; MAX_LIMIT + 1],
        };
        // The current period's steps, from `sequence[open..]`, and the last step's index.
        let mut open = 0;
        let mut last: Option<usize> = None;
        for i in 0..self.stretches.len() {
            let Stretch { run, first: m, len } = self.stretches[i];
            let month = &spec.runs[run].month;
            kind.rate = 0.0;
            kind.states = [Prices::EMPTY; MAX_LIMIT + 1];
            for (rate, cover) in month.rates.iter().zip(month.cover.iter()) {
                if *rate <= 0.0 {
                    continue;
                }
                match *cover {
                    Cover::Use { counts: true, .. } if limit > 0 => {
                        kind.rate += rate;
                        for (u, prices) in kind.states.iter_mut().enumerate().take(limit + 1) {
                            prices.add(f64::from(cover.cost(u as u32, limit as u32)), *rate);
                        }
                    }
                    c => {
                        let yen = f64::from(c.cost(0, spec.limit));
                        // A free incident adds nothing to the total.
                        if yen > 0.0 {
                            let weight = rate * f64::from(len);
                            match self.free.iter_mut().find(|a| a.0 == yen) {
                                Some(a) => a.1 += weight,
                                None => self.free.push((yen, weight)),
                            }
                        }
                    }
                }
            }
            for prices in &mut kind.states {
                prices.share_of(kind.rate);
            }
            if period_starts(spec, m) {
                self.close_period(open);
                open = self.sequence.len();
                last = None;
            }
            if kind.rate <= 0.0 {
                continue;
            }
            let k = match self.kinds.iter().position(|x| *x == kind) {
                Some(k) => k,
                None => {
                    self.kinds.push(kind);
                    self.kinds.len() - 1
                }
            };
            // A stretch of the same kind as the step before it lengthens that step.
            match last {
                Some(s) if self.steps[s].kind == k => {
                    self.steps[s].months += len;
                }
                _ => {
                    self.steps.push(KindSpan {
                        kind: k,
                        months: len,
                        from_any_state: self.sequence.len() > open,
                        lambda: 0.0,
                        none: 1.0,
                        powers: [1.0; MAX_LIMIT + 1],
                    });
                    self.sequence.push(self.steps.len() - 1);
                    last = Some(self.steps.len() - 1);
                }
            }
        }
        self.close_period(open);
        self.merge_steps();
    }

    /// Ends the period of `sequence[open..]`, unless it has no steps (nothing counted in it).
    fn close_period(&mut self, open: usize) {
        if open == self.sequence.len() {
            return;
        }
        let steps = open..self.sequence.len();
        self.periods.push(UsePeriod { steps, count: 1 });
    }

    /// Steps alike (kind and months) share one index, which starts from any state if one of
    /// them does, and periods alike one entry with their count, so that each is computed once
    /// per frequency.
    fn merge_steps(&mut self) {
        let mut unique: Vec<KindSpan> = Vec::with_capacity(self.steps.len());
        for index in self.sequence.iter_mut() {
            let s = self.steps[*index];
            let same = |u: &KindSpan| u.kind == s.kind && u.months == s.months;
            *index = match unique.iter().position(same) {
                Some(u) => {
                    unique[u].from_any_state |= s.from_any_state;
                    u
                }
                None => {
                    unique.push(s);
                    unique.len() - 1
                }
            };
        }
        for s in &mut unique {
            s.lambda = self.kinds[s.kind].rate * f64::from(s.months);
            s.none = (-s.lambda).exp();
            for r in 1..=MAX_LIMIT {
                s.powers[r] = s.powers[r - 1] * s.lambda;
            }
        }
        self.steps = unique;
        let mut periods: Vec<UsePeriod> = Vec::with_capacity(self.periods.len());
        for p in self.periods.drain(..) {
            let steps = &self.sequence[p.steps.clone()];
            match periods
                .iter_mut()
                .find(|q| self.sequence[q.steps.clone()] == *steps)
            {
                Some(q) => q.count += 1,
                None => periods.push(p),
            }
        }
        self.periods = periods;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cost::tests::flat;
    use crate::engine::spec::{MonthSpec, Run};

    fn program(spec: &OptionSpec) -> Program {
        let mut p = Program::default();
        p.read_stretches(spec);
        p.build(spec);
        p
    }

    #[test]
    fn identical_years_are_one_period_counted_five_times() {
        let c = Cover::Use {
            first: 4_400,
            later: 8_800,
            fallback: 60_000,
            counts: true,
        };
        let p = program(&flat(0.1, c, 60, 2, Reset::Year));
        assert_eq!(p.steps.len(), 1);
        assert!(!p.steps[0].from_any_state);
        assert_eq!(p.periods.len(), 1);
        assert_eq!(p.periods[0].count, 5);
    }

    #[test]
    fn a_short_last_year_is_a_period_of_its_own() {
        let c = Cover::Use {
            first: 0,
            later: 0,
            fallback: 5_000,
            counts: true,
        };
        let p = program(&flat(0.1, c, 59, 2, Reset::Year));
        assert_eq!(p.steps.len(), 2);
        let counts: Vec<u32> = p.periods.iter().map(|q| q.count).collect();
        assert_eq!(counts, [4, 1]);
    }

    #[test]
    fn a_change_inside_a_year_makes_a_step_that_starts_from_any_state() {
        let c = Cover::Use {
            first: 0,
            later: 0,
            fallback: 5_000,
            counts: true,
        };
        let mut s = flat(0.1, c, 24, 2, Reset::Year);
        let month = MonthSpec {
            rates: [0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            ..s.runs[0].month.clone()
        };
        s.runs[0].len = 4;
        s.runs.push(Run { month, len: 20 });
        let p = program(&s);
        // Year 1: 4 months at 0.1, 8 at 0.2; year 2: 12 at 0.2.
        assert_eq!(p.kinds.len(), 2);
        assert_eq!(p.periods.len(), 2);
        let first = &p.sequence[p.periods[0].steps.clone()];
        assert_eq!(first.len(), 2);
        assert!(p.steps[first[1]].from_any_state);
        assert!(!p.steps[first[0]].from_any_state);
    }

    #[test]
    fn free_prices_of_nothing_are_left_out() {
        let s = flat(0.1, Cover::Pay(0), 12, 0, Reset::Horizon);
        assert!(program(&s).free.is_empty());
        let s = flat(0.1, Cover::Pay(3_000), 12, 0, Reset::Horizon);
        let p = program(&s);
        assert_eq!(p.free.len(), 1);
        assert!((p.free[0].1 - 1.2).abs() < 1e-12);
    }
}
