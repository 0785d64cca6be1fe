//! Yearly incident rates: the table's priors updated by the user's own history, scaled by
//! protection, divided among the kinds of incident, month by month.

use crate::answers::Profile;
use crate::domain::{Kind, Os};
use crate::tables::{Prior, Tables};

/// Rates for one answer set.
#[derive(Debug, Clone)]
pub struct Rates {
    /// Damage (screen, back glass, other) incidents a year.
    pub damage_per_year: f64,
    pub water_per_year: f64,
    /// Phones lost or stolen (and not got back) a year.
    pub gone_per_year: f64,
    /// Per horizon month, the rate of each kind (indexed by [`Kind::index`]) per month.
    pub monthly: Vec<[f64; Kind::COUNT]>,
}

/// The Gamma-Poisson posterior mean: (prior rate x weight + count) / (weight + 2 years).
pub fn posterior(prior: &Prior, count_2y: u32) -> f64 {
    (prior.per_year * prior.weight_years + f64::from(count_2y)) / (prior.weight_years + 2.0)
}

/// The rates for a profile; `damage_factor` scales damage and water (the what-if).
pub fn rates(p: &Profile, t: &Tables, damage_factor: f64) -> Rates {
    let factor = t
        .risk
        .protection
        .iter()
        .find(|f| f.protection == p.protection)
        .map_or((1.0, 1.0), |f| (f.damage, f.water));
    let damage = posterior(&t.risk.damage, p.damage_incidents_2y) * factor.0 * damage_factor;
    let water = posterior(&t.risk.water, p.water_incidents_2y) * factor.1 * damage_factor;
    let split = match p.os {
        Os::Ios => &t.risk.split_ios,
        Os::Android => &t.risk.split_android,
    };
    // Neither a case nor the what-if's breakage rate changes how often a phone goes missing.
    let gone = posterior(&t.risk.gone, p.lost_or_stolen_2y);
    let theft = t.risk.theft_share.share.clamp(0.0, 1.0);
    let start = p.today.year_month();
    let natural = &t.risk.natural;
    let monthly = (0..p.horizon_months)
        .map(|m| {
            let age = p
                .released
                .map_or(i64::from(m), |r| r.months_until(start) + i64::from(m));
            let nat = if age < i64::from(natural.early_months) {
                natural.early_per_year
            } else {
                natural.late_per_year
            };
            let mut r = [0.0; Kind::COUNT];
            r[Kind::Screen.index()] = damage * split.screen / 12.0;
            r[Kind::BackGlass.index()] = damage * split.back_glass / 12.0;
            r[Kind::Other.index()] = damage * split.other / 12.0;
            r[Kind::Water.index()] = water / 12.0;
            r[Kind::Natural.index()] = nat * (1.0 - natural.battery_share) / 12.0;
            r[Kind::Battery.index()] = nat * natural.battery_share / 12.0;
            r[Kind::Theft.index()] = gone * theft / 12.0;
            r[Kind::Lost.index()] = gone * (1.0 - theft) / 12.0;
            r
        })
        .collect();
    Rates {
        damage_per_year: damage,
        water_per_year: water,
        gone_per_year: gone,
        monthly,
    }
}
