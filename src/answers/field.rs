//! Every answer of the answers file, declared once: its name in the file (`interface.md`) and
//! the label the questionnaire shows it by. The checks, the questionnaire's switches and the
//! error messages name a field through this; the reader's own shape (`file.rs`) is tested
//! against it, so the two cannot drift.

/// An answer of the answers file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Today,
    Carrier,
    DeviceSource,
    Os,
    Model,
    Price,
    Released,
    Damage,
    Water,
    Lost,
    Protection,
    Warranty,
    Horizon,
    Risk,
    LinemoFee,
    ExistingLinemoUser,
    ExistingIijmioUser,
    Customer,
    Bought,
    UnofficialRepair,
    DamagedNow,
    OverseasModel,
    WifiOnly,
    LeasedOrBusiness,
    /// The carriers compared while undecided: the kiosk config's, never written in a file.
    Among,
}

/// Each field, its name in the answers file, and its label's message id (`label-` for a
/// question, `slabel-` for a switch), in the order the reader takes them.
const DECLARED: [(Field, &str, Option<&str>); 25] = [
    (Field::Today, "today", Some("label-today")),
    (Field::Carrier, "carrier", Some("label-carrier")),
    (
        Field::DeviceSource,
        "device_source",
        Some("label-device_source"),
    ),
    (Field::Os, "os", Some("label-os")),
    (Field::Model, "model", Some("label-model")),
    (Field::Price, "price_yen", Some("label-price")),
    (Field::Released, "released", Some("label-released")),
    (Field::Damage, "damage_incidents_2y", Some("label-damage")),
    (Field::Water, "water_incidents_2y", Some("label-water")),
    (Field::Lost, "lost_or_stolen_2y", Some("label-lost")),
    (Field::Protection, "protection", Some("label-protection")),
    (Field::Warranty, "warranty_until", Some("label-warranty")),
    (Field::Horizon, "horizon_months", Some("label-horizon")),
    (Field::Risk, "risk", Some("label-risk")),
    (
        Field::UnofficialRepair,
        "unofficial_repair",
        Some("slabel-unofficial_repair"),
    ),
    (Field::DamagedNow, "damaged_now", Some("slabel-damaged_now")),
    (
        Field::OverseasModel,
        "overseas_model",
        Some("slabel-overseas_model"),
    ),
    (Field::WifiOnly, "wifi_only", Some("slabel-wifi_only")),
    (
        Field::ExistingLinemoUser,
        "existing_linemo_user",
        Some("slabel-existing_linemo_user"),
    ),
    (
        Field::ExistingIijmioUser,
        "existing_iijmio_user",
        Some("slabel-existing_iijmio_user"),
    ),
    (
        Field::Customer,
        "existing_customer_of",
        Some("label-customer"),
    ),
    (
        Field::LeasedOrBusiness,
        "leased_or_business",
        Some("slabel-leased_or_business"),
    ),
    (Field::LinemoFee, "linemo_fee_yen", Some("label-linemo_fee")),
    (Field::Bought, "bought", Some("label-bought")),
    (Field::Among, "among", None),
];

impl Field {
    /// Every field, in the order the reader takes them.
    pub fn all() -> impl Iterator<Item = Field> {
        DECLARED.iter().map(|(f, ..)| *f)
    }

    fn declared(self) -> &'static (Field, &'static str, Option<&'static str>) {
        DECLARED
            .iter()
            .find(|(f, ..)| *f == self)
            .expect("every field is declared")
    }

    /// The field's name in the answers file (`interface.md`).
    pub fn file_name(self) -> &'static str {
        self.declared().1
    }

    /// The message id of the label the questionnaire shows the field by, if it has one.
    pub fn label(self) -> Option<&'static str> {
        self.declared().2
    }

    /// The field an answers file names so.
    pub fn from_file_name(name: &str) -> Option<Field> {
        DECLARED
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(f, ..)| *f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field names the reader takes, as it lists them for an unknown one.
    fn read_names() -> Vec<String> {
        match super::super::Answers::parse("(no_such_field: 1)") {
            Err(e) => match e.fault {
                super::super::Fault::UnknownField { expected } => expected,
                other => panic!("{other:?}"),
            },
            Ok(_) => panic!("an unknown field was read"),
        }
    }

    #[test]
    fn every_field_the_reader_takes_is_declared_once_and_no_other() {
        let read = read_names();
        let declared: Vec<&str> = Field::all()
            .filter(|f| *f != Field::Among)
            .map(Field::file_name)
            .collect();
        assert_eq!(read, declared, "the reader's fields and their declaration");
        for f in Field::all() {
            assert_eq!(Field::from_file_name(f.file_name()), Some(f));
        }
        let mut names: Vec<_> = Field::all().map(Field::file_name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), DECLARED.len());
    }

    #[test]
    fn every_label_has_words_in_both_languages() {
        for lang in crate::lang::Lang::ALL {
            let w = crate::i18n::Words::new(lang);
            for label in Field::all().filter_map(Field::label) {
                assert!(w.has(label), "{lang:?}: {label}");
            }
        }
    }
}
