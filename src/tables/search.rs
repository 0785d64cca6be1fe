//! Finding a catalog model by what a person types: names and aliases normalised once at load
//! (NFKC, lower case, spacing and brackets dropped), each typed word matched on its own, and
//! the katakana readings of brand names and model words (ピクセル, アイフォン, プロ, マックス)
//! read as they are written in the catalog. Hiragana is read as katakana (ぴくせる), a
//! maker's name before the model is dropped (グーグル), and when nothing matches, romaji is
//! read as kana (aifon: アイフォン) and then one typo in a word is forgiven (iphoen).

use super::schema::{Device, Reading};
use crate::domain::Os;
use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

/// The catalog's names, normalised for search. A bundle keeps it made ([`super::bundle`]):
/// a few flat arrays, so that reading it back allocates next to nothing per device.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Search {
    /// Per device, in catalog order: its OS.
    os: Vec<Os>,
    /// Per device, the index of its first name in `ends`; one more at the end.
    first: Vec<u32>,
    /// Every name and alias, normalised, one after another in catalog order.
    text: String,
    /// Where each name ends in `text`.
    ends: Vec<u32>,
    /// The names' indices sorted by their text (equal texts in catalog order), each with its
    /// device: the exact lookup, by binary search.
    exact: Vec<(u32, u32)>,
    /// Katakana readings (normalised) and the brand they stand for (normalised).
    readings: Vec<(String, String)>,
    /// The most characters a useful search has: the longest name or alias, with the longest
    /// maker's name and a space before it.
    longest: usize,
    /// Makers' names (normalised, hiragana as katakana), dropped from a search.
    makers: Vec<String>,
}

/// The shortest typed word in which one typo is forgiven.
const TYPO_FROM: usize = 4;

/// A name as search compares it: NFKC (full-width ASCII and half-width katakana folded),
/// lower case, without spaces, brackets, hyphens or underscores.
pub fn normalize(text: &str) -> String {
    words(text).concat()
}

/// The words of a text, each normalised: split at spaces and brackets.
fn words(text: &str) -> Vec<String> {
    // ASCII is its own NFKC form: most names skip the decomposition.
    let folded: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.nfkc().flat_map(char::to_lowercase).collect()
    };
    folded
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '・'))
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '-' | '_'))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

impl Search {
    /// The index of a catalog.
    pub fn new(devices: &[Device], readings: &[Reading], makers: &[String]) -> Search {
        let mut index = Search::default();
        let mut longest = 0;
        for d in devices {
            index.os.push(d.os);
            index.first.push(index.ends.len() as u32);
            for n in std::iter::once(&d.name).chain(d.aliases.iter()) {
                longest = longest.max(n.chars().count());
                index.text.push_str(&normalize(n));
                index.ends.push(index.text.len() as u32);
            }
        }
        index.first.push(index.ends.len() as u32);
        let mut exact: Vec<(u32, u32)> = (0..devices.len() as u32)
            .flat_map(|d| {
                let (from, to) = (index.first[d as usize], index.first[d as usize + 1]);
                (from..to).map(move |k| (k, d))
            })
            .collect();
        // Stable: of equal names, the first in the catalog comes first.
        exact.sort_by(|a, b| index.name(a.0).cmp(index.name(b.0)));
        index.exact = exact;
        // Longest first, so that アイフォーン is read before アイフォン would cut it.
        index.readings = readings
            .iter()
            .map(|r| (normalize(&r.kana), normalize(&r.brand)))
            .collect();
        index
            .readings
            .sort_by_key(|(kana, _)| std::cmp::Reverse(kana.chars().count()));
        let maker = makers.iter().map(|m| m.chars().count() + 1).max();
        index.longest = longest + maker.unwrap_or(0);
        index.makers = makers.iter().map(|m| katakana(&normalize(m))).collect();
        index
    }

    /// Name `k`, normalised.
    fn name(&self, k: u32) -> &str {
        let from = match k {
            0 => 0,
            _ => self.ends[k as usize - 1] as usize,
        };
        &self.text[from..self.ends[k as usize] as usize]
    }

    /// The names of device `d`, normalised.
    fn names(&self, d: usize) -> impl Iterator<Item = &str> {
        (self.first[d]..self.first[d + 1]).map(|k| self.name(k))
    }

    /// The device a name or alias names, compared normalised.
    pub fn find(&self, name: &str) -> Option<usize> {
        let wanted = normalize(name);
        let at = self
            .exact
            .partition_point(|(k, _)| self.name(*k) < wanted.as_str());
        self.exact
            .get(at)
            .filter(|(k, _)| self.name(*k) == wanted)
            .map(|(_, d)| *d as usize)
    }

    /// The most characters a search text may have.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The devices of `os` whose name or an alias holds every typed word, in catalog order.
    /// When none does, each word is read as romaji too; when still none does, a word of
    /// [`TYPO_FROM`] characters or more may differ from the name by one typo.
    pub fn matching(&self, os: Os, typed: &str) -> Vec<usize> {
        self.among(Some(os), typed)
    }

    /// As [`Search::matching`], among the devices of either OS (the counter, where the model
    /// found sets the OS).
    pub fn matching_any(&self, typed: &str) -> Vec<usize> {
        self.among(None, typed)
    }

    /// The matches among the devices of `os`, or of every OS.
    fn among(&self, os: Option<Os>, typed: &str) -> Vec<usize> {
        let words: Vec<String> = words(typed)
            .into_iter()
            .map(|w| katakana(&w))
            .filter(|w| !self.makers.contains(w))
            .map(|w| self.read(w))
            .collect();
        let found = self.filter(os, |n| words.iter().all(|w| n.contains(w.as_str())));
        if !found.is_empty() || words.is_empty() {
            return found;
        }
        let words: Vec<String> = words.into_iter().map(|w| self.romaji(w)).collect();
        let found = self.filter(os, |n| words.iter().all(|w| n.contains(w.as_str())));
        if !found.is_empty() {
            return found;
        }
        self.filter(os, |n| {
            words.iter().all(|w| n.contains(w.as_str()) || near(n, w))
        })
    }

    /// The devices of `os` (any, for `None`) with a name or an alias that `fits`, in catalog
    /// order.
    fn filter(&self, os: Option<Os>, fits: impl Fn(&str) -> bool) -> Vec<usize> {
        (0..self.os.len())
            .filter(|&d| os.is_none_or(|x| x == self.os[d]) && self.names(d).any(&fits))
            .collect()
    }

    /// A word typed in romaji, read as katakana and then as the catalog writes it (aifon15:
    /// アイフォン15: iphone15); the word itself when it does not read as a catalog word.
    fn romaji(&self, word: String) -> String {
        if !word.is_ascii() || !word.bytes().any(|b| b.is_ascii_alphabetic()) {
            return word;
        }
        let read = self.read(word.to_katakana());
        if read.is_ascii() { read } else { word }
    }

    /// A typed word with every katakana reading in it put as written in the catalog
    /// (アイフォン17プロマックス: iphone17promax).
    fn read(&self, word: String) -> String {
        if word.is_ascii() {
            return word;
        }
        let mut out = word;
        for (kana, written) in &self.readings {
            if out.contains(kana.as_str()) {
                out = out.replace(kana.as_str(), written);
            }
        }
        out
    }
}

/// Hiragana read as katakana (ぴくせる9: ピクセル9); every other character kept.
fn katakana(word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut run = String::new();
    for c in word.chars() {
        if wana_kana::utils::is_char_hiragana(c) {
            run.push(c);
        } else {
            if !run.is_empty() {
                out.push_str(&run.to_katakana());
                run.clear();
            }
            out.push(c);
        }
    }
    if !run.is_empty() {
        out.push_str(&run.to_katakana());
    }
    out
}

/// Whether some part of `name` is `word` with one typo (a character missed, added, changed,
/// or two swapped), for a word of [`TYPO_FROM`] characters or more.
fn near(name: &str, word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    if w.len() < TYPO_FROM {
        return false;
    }
    let n: Vec<char> = name.chars().collect();
    (w.len() - 1..=w.len() + 1)
        .filter(|size| *size <= n.len())
        .any(|size| n.windows(size).any(|part| one_typo(part, &w)))
}

/// Whether `a` is `b` with at most one typo: one character changed, missed or added, or two
/// neighbours swapped. Linear and without allocating, as the search calls it for every
/// window of every name when nothing else matches.
fn one_typo(a: &[char], b: &[char]) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let Some(i) = long.iter().zip(short).position(|(x, y)| x != y) else {
        return long.len() - short.len() <= 1;
    };
    match long.len() - short.len() {
        0 => {
            long[i + 1..] == short[i + 1..]
                || (i + 1 < long.len()
                    && long[i] == short[i + 1]
                    && long[i + 1] == short[i]
                    && long[i + 2..] == short[i + 2..])
        }
        1 => long[i + 1..] == short[i..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Os;
    use crate::tables::Tables;

    /// The names of the models a search lists, in order.
    fn listed(t: &Tables, os: Os, typed: &str) -> Vec<String> {
        t.search
            .matching(os, typed)
            .into_iter()
            .map(|i| t.devices()[i].name.clone())
            .collect()
    }

    #[test]
    fn a_model_is_found_as_people_type_it() {
        let t = Tables::built_in().unwrap();
        for (os, typed, first) in [
            (Os::Android, "グーグル ピクセル9", "Google Pixel 9"),
            (Os::Android, "ぴくせる9", "Google Pixel 9"),
            (Os::Android, "Google Pixel 9", "Google Pixel 9"),
            (Os::Ios, "アイホン15", "iPhone 15"),
            (Os::Ios, "あいふぉん16e", "iPhone 16e"),
            (Os::Ios, "aifon 15 pro", "iPhone 15 Pro"),
            (Os::Ios, "アップル iphone 15 pro", "iPhone 15 Pro"),
            (Os::Ios, "iphoen 15 pro", "iPhone 15 Pro"),
            (Os::Android, "ぎゃらくしー s24", "Galaxy S24"),
            (Os::Android, "xpreia 10", "Xperia 10 VI"),
        ] {
            let got = listed(&t, os, typed);
            assert_eq!(
                got.first().map(String::as_str),
                Some(first),
                "{typed}: {got:?}"
            );
        }
    }

    #[test]
    fn every_name_and_alias_finds_its_own_model() {
        let t = Tables::built_in().unwrap();
        for (i, d) in t.devices().iter().enumerate() {
            for n in std::iter::once(&d.name).chain(&d.aliases) {
                assert_eq!(t.search.find(n), Some(i), "{n}");
                assert_eq!(t.search.find(&n.to_uppercase()), Some(i), "{n}");
            }
        }
        assert_eq!(t.search.find(""), None);
        assert_eq!(t.search.find("zzzz"), None);
    }

    #[test]
    fn of_two_models_with_one_name_the_first_in_the_catalog_is_found() {
        let t = Tables::built_in().unwrap();
        let mut devices = t.devices()[..3].to_vec();
        let first = devices[0].name.to_lowercase();
        devices[2].aliases.push(first);
        let index = super::Search::new(&devices, &[], &[]);
        assert_eq!(index.find(&devices[0].name), Some(0));
        assert_eq!(index.find(&devices[2].name), Some(2));
    }

    #[test]
    fn one_typo_is_a_change_a_miss_an_addition_or_a_swap() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        for (a, b, want) in [
            ("iphone", "iphone", true),
            ("iphone", "iphine", true),
            ("iphone", "iphne", true),
            ("iphone", "ipphone", true),
            ("iphone", "iphoen", true),
            ("iphone", "ihpoen", false),
            ("iphone", "ipone1", false),
            ("xperia", "xpreia", true),
            ("galaxy", "galxy", true),
            ("galaxy", "gxlxy", false),
        ] {
            assert_eq!(super::one_typo(&c(a), &c(b)), want, "{a} {b}");
        }
    }

    #[test]
    fn what_matches_as_typed_comes_before_any_guess() {
        let t = Tables::built_in().unwrap();
        // "15 pro" matches as typed: no typo is forgiven to add more.
        let got = listed(&t, Os::Ios, "15 pro");
        assert!(got.iter().all(|n| n.contains("15 Pro")), "{got:?}");
        // A short word is not guessed at: "ipx" finds nothing.
        assert!(listed(&t, Os::Ios, "ipx").is_empty());
        // The answers file keeps exact names.
        assert_eq!(t.search.find("aifon 15 pro"), None);
        assert!(t.search.find("iPhone 15 Pro").is_some());
    }
}
