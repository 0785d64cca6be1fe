//! The two languages hosho speaks, and how the reader's is found (`--lang`, then the locale
//! settings). At the bottom of the crate: the tables' schema, the words and every screen use it.

/// The two languages hosho speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Every language hosho speaks.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The other language (the `l` key).
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// The language code (`ja`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// `ja` or `en` (any region), else None.
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("ja") {
            Some(Lang::Ja)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of a locale setting: Japanese when it says ja, English otherwise.
    pub fn from_locale(value: &str) -> Lang {
        Lang::parse(value)
            .filter(|l| *l == Lang::Ja)
            .unwrap_or(Lang::En)
    }

    /// From LC_ALL, LC_MESSAGES, LANG (the first one set), else English.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v))
    }
}
