//! The questionnaire: which questions there are, in what order, and which of them matter for
//! the answers so far (no LINEMO questions for IIJmio, no price for a catalog model, no
//! purchase day where no cover bought apart could use it).

use super::control::new_contract_carriers;
use super::draft::Draft;
use crate::answers::Field;
use crate::domain::DeviceSource;
use crate::tables::{ASKED_TIER_SET, Fee, Tables};

/// One screen of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    Carrier,
    DeviceSource,
    Os,
    Model,
    Price,
    Released,
    Bought,
    Damage,
    Water,
    Lost,
    Protection,
    Warranty,
    Horizon,
    Risk,
    Eligibility,
    Customer,
    LinemoFee,
}

impl Question {
    /// Every question, in the order asked.
    pub const ALL: [Question; 17] = [
        Question::Carrier,
        Question::DeviceSource,
        Question::Os,
        Question::Model,
        Question::Price,
        Question::Released,
        Question::Bought,
        Question::Damage,
        Question::Water,
        Question::Lost,
        Question::Protection,
        Question::Warranty,
        Question::Horizon,
        Question::Risk,
        Question::Eligibility,
        Question::Customer,
        Question::LinemoFee,
    ];

    /// The id used for its words in `locales/*/tui.ftl` (`q-<id>`, `why-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Question::Carrier => "carrier",
            Question::DeviceSource => "device_source",
            Question::Os => "os",
            Question::Model => "model",
            Question::Price => "price",
            Question::Released => "released",
            Question::Bought => "bought",
            Question::Damage => "damage",
            Question::Water => "water",
            Question::Lost => "lost",
            Question::Protection => "protection",
            Question::Warranty => "warranty",
            Question::Horizon => "horizon",
            Question::Risk => "risk",
            Question::Eligibility => "eligibility",
            Question::Customer => "customer",
            Question::LinemoFee => "linemo_fee",
        }
    }

    /// Whether the question matters for these answers.
    pub fn applies(self, d: &Draft, t: &Tables) -> bool {
        let listed = d.model.is_some();
        let device = d.model.as_deref().and_then(|m| t.find_device(m));
        let priced = device.is_some_and(|dev| dev.price_yen.is_some());
        // The plans the engine will weigh: the carrier's, or while undecided the shop's (or
        // every) carrier's, and cover bought apart.
        let in_play = |plan: &&crate::tables::Plan| plan.in_play(&d.carrier, &d.offered);
        match self {
            // A catalog model brings its release month, and its price where a source gives it.
            Question::Price => !priced,
            Question::Released => !listed,
            Question::Carrier => !d.carrier_locked,
            // A carrier that sells no devices (LINEMO): every device is brought along.
            Question::DeviceSource => d.sells_devices(t),
            Question::Customer => !new_contract_carriers(d, t).is_empty(),
            // The purchase day opens or closes cover bought apart: asked for a device brought
            // along, when such cover fits its OS.
            Question::Bought => {
                d.effective_source(t) == DeviceSource::BringOwn
                    && t.plans
                        .plans
                        .iter()
                        .filter(in_play)
                        .any(|p| p.os.contains(&d.os) && p.purchase_window().is_some())
            }
            // The AppleCare Services fee is asked only when the catalog cannot tell it.
            Question::LinemoFee => {
                let tier_known = device
                    .and_then(|dev| dev.tiers.get(ASKED_TIER_SET))
                    .is_some_and(|tier| t.tier_fee(ASKED_TIER_SET, tier).is_some());
                !tier_known
                    && t.plans().iter().filter(in_play).any(|p| {
                        p.os.contains(&d.os)
                            && matches!(&p.fee, Fee::ByTier { set, .. } if set == ASKED_TIER_SET)
                    })
            }
            _ => true,
        }
    }

    /// The question that asks for an answer the check names.
    pub fn asking(field: Field) -> Question {
        match field {
            // Today is the clock's: the first question is where a person starts again.
            Field::Carrier | Field::Among | Field::Today => Question::Carrier,
            Field::Customer => Question::Customer,
            Field::Bought => Question::Bought,
            Field::DeviceSource => Question::DeviceSource,
            // The catalog model decides the OS; the model is what to change.
            Field::Os | Field::Model => Question::Model,
            Field::Price => Question::Price,
            Field::Released => Question::Released,
            Field::Warranty => Question::Warranty,
            Field::Damage => Question::Damage,
            Field::Water => Question::Water,
            Field::Lost => Question::Lost,
            Field::Horizon => Question::Horizon,
            Field::LinemoFee => Question::LinemoFee,
            Field::Protection => Question::Protection,
            Field::Risk => Question::Risk,
            Field::ExistingLinemoUser | Field::ExistingIijmioUser => Question::Customer,
            Field::UnofficialRepair
            | Field::DamagedNow
            | Field::OverseasModel
            | Field::WifiOnly
            | Field::LeasedOrBusiness => Question::Eligibility,
        }
    }

    /// The questions that matter for these answers, in order.
    pub fn asked(d: &Draft, t: &Tables) -> Vec<Question> {
        Question::ALL
            .into_iter()
            .filter(|q| q.applies(d, t))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Tables {
        Tables::built_in().expect("built-in tables load")
    }

    use crate::domain::{Carrier, Os};

    #[test]
    fn iijmio_users_get_no_linemo_questions() {
        let d = Draft {
            carrier: Carrier::new("Iijmio"),
            ..Draft::default()
        };
        let t = tables();
        let asked = Question::asked(&d, &t);
        assert!(!asked.contains(&Question::LinemoFee));
        // Only IIJmio is asked about as a carrier the user may already be with.
        assert!(asked.contains(&Question::Customer));
        assert_eq!(new_contract_carriers(&d, &t), vec![Carrier::new("Iijmio")]);
    }

    #[test]
    fn the_purchase_day_is_asked_only_for_a_device_brought_along() {
        let t = tables();
        let brought = Draft {
            carrier: Carrier::new("Mineo"),
            ..Draft::default()
        };
        assert!(Question::asked(&brought, &t).contains(&Question::Bought));
        let bought_now = Draft {
            carrier: Carrier::new("Iijmio"),
            device_source: DeviceSource::BuyNewFromCarrier,
            ..Draft::default()
        };
        assert!(!Question::asked(&bought_now, &t).contains(&Question::Bought));
    }

    #[test]
    fn a_catalog_model_skips_price_release_and_a_known_linemo_fee() {
        let d = Draft {
            carrier: Carrier::new("Linemo"),
            model: Some("iPhone 15".into()),
            ..Draft::default()
        };
        let asked = Question::asked(&d, &tables());
        assert!(!asked.contains(&Question::Price));
        assert!(!asked.contains(&Question::Released));
        assert!(!asked.contains(&Question::LinemoFee));
        assert!(asked.contains(&Question::Customer));
    }

    #[test]
    fn a_catalog_model_without_a_launch_price_is_asked_its_price_only() {
        let t = tables();
        let mut d = Draft {
            carrier: Carrier::new("Iijmio"),
            model: Some("iPhone 18 Pro".into()),
            ..Draft::default()
        };
        let asked = Question::asked(&d, &t);
        assert!(asked.contains(&Question::Price));
        assert!(!asked.contains(&Question::Released));
        // The price typed reaches the check, and the release month comes from the catalog.
        d.price_yen = Some(180_000);
        let p = d.check(crate::calendar::Date::parse("2026-11-22").unwrap(), &t);
        let p = p.expect("valid");
        assert_eq!(p.price_yen, 180_000);
        assert_eq!(
            p.released.map(|r| r.to_string()).as_deref(),
            Some("2026-09")
        );
        assert!(!p.price_from_catalog);
    }

    #[test]
    fn an_unlisted_iphone_on_linemo_is_asked_price_release_and_fee() {
        let d = Draft {
            carrier: Carrier::new("Linemo"),
            ..Draft::default()
        };
        let asked = Question::asked(&d, &tables());
        for q in [Question::Price, Question::Released, Question::LinemoFee] {
            assert!(asked.contains(&q), "{q:?} not asked");
        }
    }

    #[test]
    fn a_release_month_out_of_the_years_is_sent_back_to_its_question() {
        let t = tables();
        let d = Draft {
            carrier: Carrier::new("Iijmio"),
            price_yen: Some(50_000),
            released: crate::calendar::YearMonth::parse("1900-01"),
            ..Draft::default()
        };
        let p = d.check(crate::calendar::Date::parse("2026-11-22").unwrap(), &t);
        let p = p.expect_err("1900 is refused");
        assert_eq!(Question::asking(p.field), Question::Released);
        let say = |lang| super::super::words::problem(&p, &crate::i18n::Words::new(lang));
        assert!(
            say(crate::lang::Lang::En).contains("give a date from 2000 to 2100"),
            "{}",
            say(crate::lang::Lang::En)
        );
        assert!(say(crate::lang::Lang::Ja).contains("2000年から2100年までの日付"));
    }

    #[test]
    fn android_users_are_not_asked_the_applecare_fee() {
        let d = Draft {
            carrier: Carrier::undecided(),
            os: Os::Android,
            ..Draft::default()
        };
        assert!(!Question::asked(&d, &tables()).contains(&Question::LinemoFee));
    }
}
