//! The word search over names, aliases, summaries and vendor phrases (folded
//! at build time), and "did you mean" for a word that matched nothing.

use crate::data::{self, SearchEntry};
use crate::model::{StatusCode, Text};
use crate::normalise::normalise;

/// How well an entry matched a word search; higher is better. A registered
/// code's own name, aliases and summary outrank every unofficial meaning, so a
/// vendor's phrase ("Redirect", IIS's 451) never hides the codes the RFCs name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Words in an unofficial code's summary.
    VendorSummary,
    /// Words in a vendor's phrase or an unofficial code's name.
    VendorPartial,
    /// A vendor's name ("cloudflare"): all of its codes.
    VendorName,
    /// Exactly a vendor's phrase ("client closed request").
    VendorExact,
    /// Words in a registered code's summary.
    Summary,
    /// Words in a registered code's name or one of its former names.
    Partial,
    /// Exactly a registered code's name or former name.
    Exact,
}

/// Every query word is the start of some word of the haystack.
fn contains_words(haystack: &str, words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| haystack.split(' ').any(|h| h.starts_with(w)))
}

/// Exact (`Some(true)`), partial (`Some(false)`) or no match of one folded name.
fn name_match(name: &str, query: &str, words: &[&str]) -> Option<bool> {
    if name == query {
        Some(true)
    } else if name.contains(query) || contains_words(name, words) {
        Some(false)
    } else {
        None
    }
}

/// How `entry` (folded at build time) matches the folded query.
fn strength(entry: &SearchEntry, official: bool, query: &str, words: &[&str]) -> Option<Strength> {
    let best = |names: &[Text]| {
        names
            .iter()
            .filter_map(|n| name_match(n, query, words))
            .max()
    };
    let registry_match = best(&entry.registry);
    let vendor_match = best(&entry.vendor);
    let vendor_name = || entry.vendor_names.iter().any(|v| contains_words(v, words));
    let summary = || contains_words(&entry.summary, words);
    Some(match (registry_match, vendor_match) {
        (Some(true), _) => Strength::Exact,
        (Some(false), _) => Strength::Partial,
        _ if official && summary() => Strength::Summary,
        (_, Some(true)) => Strength::VendorExact,
        _ if vendor_name() => Strength::VendorName,
        (_, Some(false)) => Strength::VendorPartial,
        _ if summary() => Strength::VendorSummary,
        _ => return None,
    })
}

/// What a word search found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// One code is clearly the answer: show its card.
    One(&'static StatusCode),
    /// Several candidates, best first (registered codes before unofficial ones).
    Many(Vec<&'static StatusCode>),
    None,
}

/// Searches names, aliases, summaries and vendor phrases. A single card only
/// when one hit is clearly best: the only exact name, or the only registered
/// name that contains the words when no other registered code mentions them.
/// A weak vendor-only match is never shown as a single card.
pub fn search(text: &str) -> Found {
    let query = normalise(text);
    if query.is_empty() {
        return Found::None;
    }
    let words: Vec<&str> = query.split(' ').collect();
    let mut scored: Vec<(Strength, &'static StatusCode)> = data::codes()
        .iter()
        .zip(data::search_index())
        .filter_map(|(code, entry)| {
            strength(entry, code.official, &query, &words).map(|s| (s, code))
        })
        .collect();
    scored.sort_by(|(a, x), (b, y)| b.cmp(a).then(x.code.cmp(&y.code)));
    let (best, first) = match scored.first() {
        Some(&(best, first)) => (best, first),
        None => return Found::None,
    };
    let next = scored.get(1).map(|(s, _)| *s);
    let alone = next != Some(best);
    let clear = match best {
        Strength::Exact | Strength::VendorExact => alone,
        // Unless another registered code mentions the words, or a vendor's
        // phrase is exactly them (nginx's 494 beside 431).
        Strength::Partial => next.is_none_or(|n| n < Strength::VendorExact),
        // The only code that matches at all, if it is a registered one.
        Strength::Summary => next.is_none(),
        _ => false,
    };
    if clear {
        Found::One(first)
    } else {
        Found::Many(scored.into_iter().map(|(_, e)| e).collect())
    }
}

/// The code whose name, alias or phrase is closest to the text, if close enough
/// to be a typo (normalised Damerau–Levenshtein similarity of at least 0.7).
pub fn did_you_mean(text: &str) -> Option<(u16, &'static str)> {
    let query = normalise(text);
    let mut best: Option<(f64, &'static StatusCode)> = None;
    let length = query.chars().count();
    for (code, entry) in data::codes().iter().zip(data::search_index()) {
        for name in entry.registry.iter().chain(entry.vendor.iter()) {
            // A name whose length differs by more than 30% cannot reach 0.7.
            let other = name.chars().count();
            if length.abs_diff(other) * 10 > 3 * length.max(other) {
                continue;
            }
            // Nor can a name whose letters alone keep it below 0.7 or the best so far.
            let bound = similarity_bound(&query, name, length.max(other));
            if bound < 0.7 || best.is_some_and(|(b, _)| bound <= b) {
                continue;
            }
            let score = strsim::normalized_damerau_levenshtein(&query, name);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, code));
            }
        }
    }
    best.filter(|(score, _)| *score >= 0.7)
        .map(|(_, e)| (e.code, e.name.as_ref()))
}

/// An upper bound on `strsim::normalized_damerau_levenshtein(a, b)`, from
/// the letters alone: an edit changes at most one letter's count on each side
/// (a transposition none), so the distance is at least the larger of the two
/// multiset differences. Exact for ASCII; 1.0 (no bound) otherwise.
fn similarity_bound(a: &str, b: &str, longest: usize) -> f64 {
    if !a.is_ascii() || !b.is_ascii() || longest == 0 {
        return 1.0;
    }
    let mut counts = [0i32; 128];
    for byte in a.bytes() {
        counts[usize::from(byte)] += 1;
    }
    for byte in b.bytes() {
        counts[usize::from(byte)] -= 1;
    }
    let only_a: i32 = counts.iter().filter(|&&c| c > 0).sum();
    let only_b: i32 = -counts.iter().filter(|&&c| c < 0).sum::<i32>();
    1.0 - f64::from(only_a.max(only_b)) / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_and_apostrophes() {
        assert_eq!(normalise("I'm a Teapot"), "im a teapot");
        assert_eq!(
            normalise("Non-Authoritative  Information"),
            "non authoritative information"
        );
    }
}
