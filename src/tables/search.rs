//! Finding a catalog model by what a person types: names and aliases normalised once at load
//! (NFKC, lower case, spacing and brackets dropped), each typed word matched on its own, and
//! the katakana readings of brand names and model words (ピクセル, アイフォン, プロ, マックス)
//! read as they are written in the catalog.

use super::schema::{Device, Reading};
use crate::domain::Os;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// The catalog's names, normalised for search.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Per device, in catalog order: its OS and every name it answers to, normalised.
    keys: Vec<(Os, Vec<String>)>,
    /// A normalised name or alias to its device.
    exact: HashMap<String, usize>,
    /// Katakana readings (normalised) and the brand they stand for (normalised).
    readings: Vec<(String, String)>,
    /// The most characters a name or alias has: a longer search can match nothing.
    longest: usize,
}

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
    pub fn new(devices: &[Device], readings: &[Reading]) -> Search {
        let mut exact = HashMap::new();
        let mut longest = 0;
        let keys = devices
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let names: Vec<String> = std::iter::once(&d.name)
                    .chain(d.aliases.iter())
                    .map(|n| {
                        longest = longest.max(n.chars().count());
                        normalize(n)
                    })
                    .collect();
                for n in &names {
                    exact.entry(n.clone()).or_insert(i);
                }
                (d.os, names)
            })
            .collect();
        // Longest first, so that アイフォーン is read before アイフォン would cut it.
        let mut readings: Vec<(String, String)> = readings
            .iter()
            .map(|r| (normalize(&r.kana), normalize(&r.brand)))
            .collect();
        readings.sort_by_key(|(kana, _)| std::cmp::Reverse(kana.chars().count()));
        Search {
            keys,
            exact,
            readings,
            longest,
        }
    }

    /// The device a name or alias names, compared normalised.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.exact.get(&normalize(name)).copied()
    }

    /// The most characters a search text may have.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The devices of `os` whose name or an alias holds every typed word, in catalog order.
    pub fn matching(&self, os: Os, typed: &str) -> Vec<usize> {
        let words: Vec<String> = words(typed).into_iter().map(|w| self.read(w)).collect();
        self.keys
            .iter()
            .enumerate()
            .filter(|(_, (o, names))| {
                *o == os
                    && names
                        .iter()
                        .any(|n| words.iter().all(|w| n.contains(w.as_str())))
            })
            .map(|(i, _)| i)
            .collect()
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
