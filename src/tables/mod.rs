//! The cost and rule tables: loaded from `data/` (built into the binary, or a directory given
//! with `--data`), then looked up by the engine. A set read from files is validated as it is
//! loaded; the built-in set is parsed at build time and validated by `cargo test` and by
//! `hosho validate`, not at each start.

pub mod bundle;
pub mod digest;
pub mod problems;
pub mod schema;
pub mod search;
mod validate;

use crate::calendar::YearMonth;
use crate::domain::{Carrier, Os};
use crate::i18n::Words;
use crate::lang::Lang;
pub use problems::{Listing, Problem};
pub use schema::*;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

pub use schema::FILES;

const BUILT_IN: [&str; 7] = [
    include_str!("../../data/sources.ron"),
    include_str!("../../data/carriers.ron"),
    include_str!("../../data/plans.ron"),
    include_str!("../../data/devices.ron"),
    include_str!("../../data/repairs.ron"),
    include_str!("../../data/risk.ron"),
    include_str!("../../data/rules.ron"),
];

/// The tiered fee whose fee the answers may give (`linemo_fee_yen`): 持込端末保証 with AppleCare
/// Services, sold by LINEMO and Y!mobile.
pub const ASKED_TIER_SET: &str = "applecare_services";

/// Why a table set could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{path}: cannot read the tables: {fault:?}")]
    Io {
        path: String,
        fault: crate::input::ReadFault,
    },
    #[error("{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid { problems: Vec<Problem> },
}

/// Where each table file came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

/// Maker repair prices that apply to one device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepairPrices {
    pub screen: u32,
    pub back_glass: u32,
    pub other: u32,
    pub battery: u32,
}

/// The whole validated table set.
#[derive(Debug, Clone)]
pub struct Tables {
    pub sources: SourceTable,
    pub carriers: CarrierTable,
    pub plans: PlanTable,
    pub devices: DeviceTable,
    pub repairs: RepairTable,
    pub risk: RiskTable,
    pub rules: RuleTable,
    /// Where each of [`FILES`] came from, in the same order.
    pub origins: Vec<Origin>,
    /// The catalog's names, normalised once for search.
    pub search: search::Search,
    /// Worked out once at load: each plan's variants as whole plans, and the weak sources
    /// (blogs, undated pages) its figures rest on.
    pub derived: Derived,
    /// The set's fingerprint ([`digest::of`] its files): which tables an advice rests on.
    pub digest: String,
}

/// The commit hosho was built from (`unknown` outside a git checkout).
pub const COMMIT: &str = env!("HOSHO_COMMIT");

/// What the tables imply, worked out once at load rather than for every advice.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// By plan id: the plan as each of its variants, itself first.
    variants: std::collections::HashMap<String, Vec<Plan>>,
    /// By plan id: the weak sources its figures rest on, sorted.
    weak: std::collections::HashMap<String, Vec<String>>,
}

impl Derived {
    /// Works out what every plan implies.
    fn of(plans: &PlanTable, sources: &SourceTable) -> Derived {
        let weak_ids: std::collections::HashSet<&str> = sources
            .sources
            .iter()
            .filter(|s| s.weak())
            .map(|s| s.id.as_str())
            .collect();
        let mut d = Derived::default();
        for p in &plans.plans {
            d.variants.insert(
                p.id.clone(),
                p.each_variant()
                    .into_iter()
                    .map(|v| v.into_owned())
                    .collect(),
            );
            let mut weak: Vec<String> = p
                .figure_sources()
                .filter(|s| weak_ids.contains(s))
                .map(str::to_string)
                .collect();
            weak.sort();
            weak.dedup();
            d.weak.insert(p.id.clone(), weak);
        }
        d
    }
}

/// The raw text of each table file, with a display name for messages.
struct Texts {
    names: Vec<String>,
    texts: Vec<String>,
    origins: Vec<Origin>,
}

/// The built-in tables as `build.rs` parsed them from `data/`, as JSON: a JSON array of the
/// seven tables in the order of [`FILES`].
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/tables.json"));

/// The seven tables, in the order of [`FILES`].
type Parsed = (
    SourceTable,
    CarrierTable,
    PlanTable,
    DeviceTable,
    RepairTable,
    RiskTable,
    RuleTable,
);

impl Tables {
    /// The words of a language with these tables' names (a `--data` set may add plans and
    /// carriers the built-in tables lack).
    pub fn words(&self, lang: Lang) -> Words {
        let mut words = Words::bare(lang);
        words.learn(schema::names(&self.plans, &self.carriers, lang));
        words
    }

    /// The tables built into the binary, as parsed when it was built. The checks across the
    /// tables are not run again at each start: `cargo test` runs them on this very set
    /// ([`Tables::built_in_checked`]), and `hosho validate` does on request.
    pub fn built_in() -> Result<Tables, TableError> {
        match serde_json::from_str::<Parsed>(EMBEDDED) {
            Ok(parsed) => Ok(Tables::assemble(
                parsed,
                vec![Origin::BuiltIn; FILES.len()],
                env!("HOSHO_TABLES_DIGEST").to_string(),
            )),
            // Only if the build wrote something this schema cannot read: parse the RON.
            Err(_) => Tables::built_in_checked(),
        }
    }

    /// The built-in tables parsed from their RON text and checked, as `hosho validate` does.
    pub fn built_in_checked() -> Result<Tables, TableError> {
        let texts = Texts {
            names: FILES.iter().map(|f| format!("data/{f}")).collect(),
            texts: BUILT_IN.iter().map(|t| t.to_string()).collect(),
            origins: vec![Origin::BuiltIn; FILES.len()],
        };
        Tables::from_texts(texts)
    }

    /// The tables and what they imply (variants, weak sources, the search index).
    fn assemble(parsed: Parsed, origins: Vec<Origin>, digest: String) -> Tables {
        let devices = &parsed.3;
        let search = search::Search::new(&devices.devices, &devices.readings, &devices.makers);
        Tables::assemble_with(parsed, origins, digest, search)
    }

    /// [`Tables::assemble`] with the search index already made (a bundle's).
    fn assemble_with(
        parsed: Parsed,
        origins: Vec<Origin>,
        digest: String,
        search: search::Search,
    ) -> Tables {
        let (sources, carriers, plans, devices, repairs, risk, rules) = parsed;
        let derived = Derived::of(&plans, &sources);
        Tables {
            sources,
            carriers,
            plans,
            repairs,
            risk,
            rules,
            origins,
            search,
            derived,
            devices,
            digest,
        }
    }

    /// The tables from the text of each of [`FILES`], in order (named as the built-in ones):
    /// for tests and fuzzing, which change a file without writing it out.
    pub fn from_files(texts: [String; 7]) -> Result<Tables, TableError> {
        Tables::from_texts(Texts {
            names: FILES.iter().map(|f| format!("data/{f}")).collect(),
            texts: texts.to_vec(),
            origins: FILES
                .iter()
                .map(|f| Origin::File(PathBuf::from(f)))
                .collect(),
        })
    }

    /// The built-in text of each of [`FILES`].
    pub fn built_in_files() -> [String; 7] {
        BUILT_IN.map(str::to_string)
    }

    /// The tables of `--data DIR` for advice: a bundle (its manifest there), taken as its
    /// manifest says; else a whole set, every file there, checked. A set missing a file is
    /// refused, never mixed with the built-in tables of another date.
    pub fn from_data(dir: &Path) -> Result<Tables, TableError> {
        if dir.join(bundle::MANIFEST).is_file() {
            return Tables::from_bundle(dir);
        }
        let missing: Vec<&str> = FILES
            .iter()
            .copied()
            .filter(|f| !dir.join(f).exists())
            .collect();
        if !missing.is_empty() && missing.len() < FILES.len() {
            return Err(TableError::Invalid {
                problems: vec![Problem {
                    file: dir.display().to_string(),
                    line: 1,
                    col: 1,
                    id: "validate-incomplete",
                    args: vec![("missing", crate::message::Arg::Text(missing.join(", ")))],
                }],
            });
        }
        Tables::from_dir(dir)
    }

    /// The tables in `dir`, as `hosho validate` checks a set being made: each known file
    /// there replaces the built-in one; any other `.ron` file is an error, so that a misspelt
    /// name is not silently ignored.
    pub fn from_dir(dir: &Path) -> Result<Tables, TableError> {
        let entries = std::fs::read_dir(dir).map_err(|e| TableError::Io {
            path: dir.display().to_string(),
            fault: e.into(),
        })?;
        let mut problems = Vec::new();
        let mut texts = Texts {
            names: FILES.iter().map(|f| format!("data/{f}")).collect(),
            texts: BUILT_IN.iter().map(|t| t.to_string()).collect(),
            origins: vec![Origin::BuiltIn; FILES.len()],
        };
        let mut found = 0;
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.extension().and_then(|e| e.to_str()) != Some("ron") {
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == bundle::MANIFEST {
                continue;
            }
            let Some(slot) = FILES.iter().position(|f| *f == name) else {
                problems.push(Problem {
                    file: path.display().to_string(),
                    line: 1,
                    col: 1,
                    id: "validate-not-a-table",
                    args: vec![("expected", crate::message::Arg::Text(FILES.join(", ")))],
                });
                continue;
            };
            let text = crate::input::read_table_file(&path).map_err(|fault| TableError::Io {
                path: path.display().to_string(),
                fault,
            })?;
            texts.names[slot] = path.display().to_string();
            texts.texts[slot] = text;
            texts.origins[slot] = Origin::File(path.clone());
            found += 1;
        }
        if found == 0 && problems.is_empty() {
            problems.push(Problem {
                file: dir.display().to_string(),
                line: 1,
                col: 1,
                id: "validate-no-tables",
                args: vec![("expected", crate::message::Arg::Text(FILES.join(", ")))],
            });
        }
        if !problems.is_empty() {
            return Err(TableError::Invalid { problems });
        }
        Tables::from_texts(texts)
    }

    /// Parses and checks every file. A file that does not parse is one problem; the others are
    /// still checked, against the built-in copy of the broken one.
    fn from_texts(t: Texts) -> Result<Tables, TableError> {
        let mut problems = Vec::new();
        let mut broken = Vec::new();
        let sources = parse_or_built_in::<SourceTable>(0, &t, &mut problems, &mut broken);
        let carriers = parse_or_built_in::<CarrierTable>(1, &t, &mut problems, &mut broken);
        let plans = parse_or_built_in::<PlanTable>(2, &t, &mut problems, &mut broken);
        let devices = parse_or_built_in::<DeviceTable>(3, &t, &mut problems, &mut broken);
        let repairs = parse_or_built_in::<RepairTable>(4, &t, &mut problems, &mut broken);
        let risk = parse_or_built_in::<RiskTable>(5, &t, &mut problems, &mut broken);
        let rules = parse_or_built_in::<RuleTable>(6, &t, &mut problems, &mut broken);
        let (
            Some(sources),
            Some(carriers),
            Some(plans),
            Some(devices),
            Some(repairs),
            Some(risk),
            Some(rules),
        ) = (sources, carriers, plans, devices, repairs, risk, rules)
        else {
            return Err(TableError::Invalid { problems });
        };
        let digest = digest::of(
            FILES
                .iter()
                .copied()
                .zip(t.texts.iter().map(String::as_str)),
        );
        let tables = Tables::assemble(
            (sources, carriers, plans, devices, repairs, risk, rules),
            t.origins.clone(),
            digest,
        );
        // The broken files' places would point into text that was not checked: they are
        // checked against the built-in copy (cloned only when a file is broken).
        let mended: Vec<String>;
        let checked = if broken.is_empty() {
            &t.texts
        } else {
            mended = (0..t.texts.len())
                .map(|s| {
                    if broken.contains(&s) {
                        BUILT_IN[s].to_string()
                    } else {
                        t.texts[s].clone()
                    }
                })
                .collect();
            &mended
        };
        problems.extend(
            validate::check(&tables, &t.names, checked)
                .into_iter()
                .filter(|p| !broken.iter().any(|slot| t.names[*slot] == p.file)),
        );
        if problems.is_empty() {
            Ok(tables)
        } else {
            Err(TableError::Invalid { problems })
        }
    }

    /// The month the oldest table file was compiled.
    pub fn data_as_of(&self) -> YearMonth {
        [
            self.sources.as_of,
            self.carriers.as_of,
            self.plans.as_of,
            self.devices.as_of,
            self.repairs.as_of,
            self.risk.as_of,
            self.rules.as_of,
        ]
        .into_iter()
        .min()
        .unwrap_or(self.plans.as_of)
    }

    /// A plan as each of its variants, itself first (itself alone without variants).
    pub fn variants<'a>(&'a self, plan: &'a Plan) -> &'a [Plan] {
        self.derived
            .variants
            .get(&plan.id)
            .map_or(std::slice::from_ref(plan), Vec::as_slice)
    }

    /// Whether a plan (as its variant `variant`, where it has several) pays anything toward a
    /// phone of `os` that is stolen or lost.
    pub fn pays_for_gone(&self, id: &str, variant: Option<&str>, os: Os) -> bool {
        let Some(plan) = self.plan(id) else {
            return false;
        };
        self.variants(plan)
            .iter()
            .find(|v| v.variant.as_ref().map(|x| x.id.as_str()) == variant)
            .is_some_and(|v| {
                v.benefits
                    .iter()
                    .any(|b| b.kinds.iter().any(|k| k.is_gone()) && b.os.is_none_or(|o| o == os))
            })
    }

    /// The sources a plan's figures rest on that are blogs or undated pages.
    pub fn weak_sources(&self, plan: &Plan) -> &[String] {
        self.derived.weak.get(&plan.id).map_or(&[], Vec::as_slice)
    }

    /// Every plan, in the file's order.
    pub fn plans(&self) -> &[Plan] {
        &self.plans.plans
    }

    /// Every carrier, in the file's order.
    pub fn carriers(&self) -> &[CarrierInfo] {
        &self.carriers.carriers
    }

    /// The catalog, in the file's order: a model's index here is how screens keep a pick.
    pub fn devices(&self) -> &[Device] {
        &self.devices.devices
    }

    /// Every source, in the file's order.
    pub fn sources(&self) -> &[Source] {
        &self.sources.sources
    }

    /// A plan by id.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.plans.iter().find(|p| p.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.sources.iter().find(|s| s.id == id)
    }

    /// An advisory rule's source ids.
    pub fn rule_sources(&self, rule: &str) -> Vec<String> {
        self.rules
            .rules
            .iter()
            .find(|r| r.id == rule)
            .map(|r| r.src.clone())
            .unwrap_or_default()
    }

    /// A catalog device by name or alias, ignoring case, spacing, brackets and full-width forms.
    pub fn find_device(&self, name: &str) -> Option<&Device> {
        self.search.find(name).map(|i| &self.devices.devices[i])
    }

    /// Catalog models of `os` whose name or an alias holds every typed word (any case, any
    /// width, brands in katakana too), in catalog order.
    pub fn models_matching(&self, os: Os, typed: &str) -> Vec<&str> {
        self.search
            .matching(os, typed)
            .into_iter()
            .map(|i| self.devices.devices[i].name.as_str())
            .collect()
    }

    /// A carrier by id.
    pub fn carrier(&self, id: &Carrier) -> Option<&CarrierInfo> {
        self.carriers.carriers.iter().find(|c| &c.id == id)
    }

    /// The carriers' ids, in the table's order.
    pub fn carrier_ids(&self) -> Vec<Carrier> {
        self.carriers
            .carriers
            .iter()
            .map(|c| c.id.clone())
            .collect()
    }

    /// The highest fee of any tier in a tiered fee's set: what the engine assumes when the
    /// fee for a model is not known.
    pub fn top_tier_fee(&self, set: &str) -> Option<u32> {
        self.plans
            .plans
            .iter()
            .filter_map(|p| match &p.fee {
                Fee::ByTier { set: s, tiers } if s == set => tiers.iter().map(|t| t.yen).max(),
                _ => None,
            })
            .max()
    }

    /// The highest fee of 持込端末保証 with AppleCare Services, the fee the answers may give.
    pub fn linemo_top_fee(&self) -> Option<u32> {
        self.top_tier_fee(ASKED_TIER_SET)
    }

    /// The fee of 持込端末保証 with AppleCare Services assumed for a model whose fee is not
    /// given: its nearest model family's (true), else the highest listed (false).
    pub fn linemo_assumed_fee(&self, model: Option<&str>) -> (u32, bool) {
        let nearest = model
            .and_then(|m| self.find_device(m))
            .and_then(|d| d.nearest_tiers.get(ASKED_TIER_SET))
            .and_then(|tier| self.tier_fee(ASKED_TIER_SET, tier));
        match nearest {
            Some(yen) => (yen, true),
            None => (self.linemo_top_fee().unwrap_or(0), false),
        }
    }

    /// The fee of a tier in a set, if the tier is listed (the first plan listing it).
    pub fn tier_fee(&self, set: &str, tier: &str) -> Option<u32> {
        self.plans.plans.iter().find_map(|p| match &p.fee {
            Fee::ByTier { set: s, tiers } if s == set => {
                tiers.iter().find(|t| t.id == tier).map(|t| t.yen)
            }
            _ => None,
        })
    }

    /// Maker repair prices for a device: its model's profile where known, else the band of its
    /// launch price (a flagship's screen costs a flagship's repair however little the phone
    /// would fetch today); without a catalog model, the band of the price given.
    pub fn repair_prices(&self, device: Option<&Device>, os: Os, price_yen: u32) -> RepairPrices {
        let price_yen = device.and_then(|d| d.price_yen).unwrap_or(price_yen);
        let band = self
            .repairs
            .bands
            .iter()
            .filter(|b| b.os == os)
            .find(|b| price_yen <= b.up_to_yen)
            .or_else(|| self.repairs.bands.iter().rfind(|b| b.os == os));
        let base = band.map_or(
            RepairPrices {
                screen: 0,
                back_glass: 0,
                other: 0,
                battery: 0,
            },
            |b| RepairPrices {
                screen: b.screen,
                back_glass: b.back_glass,
                other: b.other,
                battery: b.battery,
            },
        );
        let profile = device
            .and_then(|d| d.repair.as_deref())
            .and_then(|id| self.repairs.profiles.iter().find(|p| p.id == id));
        match profile {
            Some(p) => RepairPrices {
                screen: p.screen.unwrap_or(base.screen),
                back_glass: p.back_glass.unwrap_or(base.back_glass),
                other: p.other.unwrap_or(base.other),
                battery: p.battery.unwrap_or(base.battery),
            },
            None => base,
        }
    }
}

/// Whether two device names are the same once normalized (no allocation).
pub fn same_name(a: &str, b: &str) -> bool {
    normalized_chars(a).eq(normalized_chars(b))
}

/// The characters of a name: full-width ASCII folded, spaces, brackets, hyphens and
/// underscores dropped, lower case.
fn normalized_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '（' | '）' | '-' | '_'))
        .flat_map(char::to_lowercase)
}

/// Parses the file in `slot`; when it does not parse, records the problem and the slot and
/// goes on with the built-in copy, so that the other files are still checked.
fn parse_or_built_in<T: DeserializeOwned>(
    slot: usize,
    t: &Texts,
    problems: &mut Vec<Problem>,
    broken: &mut Vec<usize>,
) -> Option<T> {
    if let Some(v) = parse::<T>(&t.names[slot], &t.texts[slot], problems) {
        return Some(v);
    }
    if t.origins[slot] == Origin::BuiltIn {
        return None;
    }
    broken.push(slot);
    parse::<T>(&t.names[slot], BUILT_IN[slot], &mut Vec::new())
}

/// Parses one table file, recording a syntax or shape problem with its place.
fn parse<T: DeserializeOwned>(name: &str, text: &str, problems: &mut Vec<Problem>) -> Option<T> {
    match ron::Options::default().from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let (id, args) = crate::syntax::describe(&e.code);
            problems.push(Problem {
                file: name.to_string(),
                line: e.span.start.line,
                col: e.span.start.col,
                id,
                args,
            });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_fingerprint_is_the_one_of_its_files() {
        let parsed = super::Tables::built_in_checked().unwrap();
        assert_eq!(parsed.digest, env!("HOSHO_TABLES_DIGEST"));
        assert_eq!(parsed.digest.len(), 12);
        let mut files = super::Tables::built_in_files();
        files[2].push_str("\n// a change\n");
        assert_ne!(
            super::Tables::from_files(files).unwrap().digest,
            parsed.digest
        );
    }

    use super::*;

    #[test]
    fn the_embedded_tables_are_the_data_files_and_pass_every_check() {
        // What build.rs embedded is what the RON files say, and it passes `hosho validate`.
        let checked = Tables::built_in_checked().unwrap_or_else(|e| panic!("{e}"));
        let embedded = Tables::built_in().unwrap();
        assert!(serde_json::from_str::<Parsed>(EMBEDDED).is_ok());
        for (a, b) in [
            (
                format!("{:?}", checked.sources),
                format!("{:?}", embedded.sources),
            ),
            (
                format!("{:?}", checked.carriers),
                format!("{:?}", embedded.carriers),
            ),
            (
                format!("{:?}", checked.plans),
                format!("{:?}", embedded.plans),
            ),
            (
                format!("{:?}", checked.devices),
                format!("{:?}", embedded.devices),
            ),
            (
                format!("{:?}", checked.repairs),
                format!("{:?}", embedded.repairs),
            ),
            (
                format!("{:?}", checked.risk),
                format!("{:?}", embedded.risk),
            ),
            (
                format!("{:?}", checked.rules),
                format!("{:?}", embedded.rules),
            ),
        ] {
            assert_eq!(a, b);
        }
    }

    #[test]
    fn built_in_tables_load_and_validate() {
        let t = Tables::built_in_checked().unwrap_or_else(|e| panic!("{e}"));
        // Every carrier with cover for a device brought along has a plan, and some cover is
        // bought apart from any carrier.
        for c in &t.carriers.carriers {
            let plans = t
                .plans
                .plans
                .iter()
                .filter(|p| p.carrier.as_ref() == Some(&c.id))
                .count();
            assert_eq!(plans > 0, c.bring_own == BringOwn::Offered, "{}", c.id.id());
        }
        assert!(t.plans.plans.iter().any(|p| !p.is_carriers()));
    }

    #[test]
    fn names_match_in_either_script() {
        let t = Tables::built_in().unwrap();
        for name in [
            "iPhone SE（第3世代）",
            "iphone se 第3世代",
            "IPHONE SE (3rd generation)",
            "ｉＰｈｏｎｅ　ＳＥ３",
        ] {
            assert_eq!(
                t.find_device(name).map(|d| d.name.as_str()),
                Some("iPhone SE (3rd generation)"),
                "{name}"
            );
        }
        assert!(t.find_device("iPhone 99").is_none());
    }

    #[test]
    fn repair_prices_prefer_the_model_profile() {
        let t = Tables::built_in().unwrap();
        let d = t.find_device("iPhone 13");
        let p = t.repair_prices(d, Os::Ios, 98800);
        assert_eq!(p.screen, 36680);
        assert_eq!(p.other, 75200);
    }
}
