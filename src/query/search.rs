//! The word search: a code's names, former names, curated synonyms, summary
//! and causes, folded and stemmed at build time (`build/compile.rs`), ranked by
//! where the words matched; and "did you mean" for a word that matched nothing.

use crate::data::{self, SearchEntry};
use crate::model::{StatusCode, Text};
use crate::normalise::{normalise, only_filler, stems, stems_without_filler, WEAK};

/// Where an entry matched a word search; higher is better. The order is the
/// README's (search section): exact name, name words, synonyms, summary, then
/// causes, with a registered code's own text before any vendor's at the same
/// depth, so a vendor's phrase ("Redirect", IIS's 451) never hides the codes
/// the RFCs name; a cause is the weakest evidence of all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Every word is in an unofficial code's text, causes included.
    VendorCause,
    /// Every word is in a registered code's text, causes included.
    Cause,
    /// Every word is in a vendor's phrase, an unofficial code's synonyms or
    /// summary, some only as the start of a word.
    VendorSummary,
    /// Every word is a whole word of a vendor's phrase, an unofficial code's
    /// name or its synonyms.
    VendorWords,
    /// A vendor's name ("cloudflare"): all of its codes.
    VendorName,
    /// Exactly a vendor's phrase ("client closed request").
    VendorExact,
    /// Every word is in a registered code's name, synonyms or summary, some
    /// only as the start of a word ("auth" in "authoritative").
    Prefix,
    /// Every word is a whole word of a registered code's name, synonyms or summary.
    Summary,
    /// Every word is a whole word of a registered code's name or synonyms.
    Synonym,
    /// Every word is a whole word of a registered code's name or former name.
    NameWords,
    /// Exactly a registered code's name or former name.
    Exact,
}

/// An entry's word lists, as bits of a `Place` mask.
const NAMES: u8 = 1;
const SYNONYMS: u8 = 2;
const SUMMARY: u8 = 4;
const VENDOR: u8 = 8;
const CAUSES: u8 = 16;

/// Where one stem stands in an entry's word lists: in `whole` the lists that
/// hold it as a word, in `start` those where it is or starts a word.
#[derive(Clone, Copy)]
struct Place {
    whole: u8,
    start: u8,
}

/// Looks each stem up once in each of the entry's sorted lists.
fn places(entry: &SearchEntry, stems: &[String]) -> Vec<Place> {
    let lists: [(&[Text], u8); 5] = [
        (&entry.names, NAMES),
        (&entry.synonyms, SYNONYMS),
        (&entry.summary, SUMMARY),
        (&entry.vendor_words, VENDOR),
        (&entry.causes, CAUSES),
    ];
    stems
        .iter()
        .map(|stem| {
            let long = stem.chars().count() >= 3;
            let mut place = Place { whole: 0, start: 0 };
            for (list, bit) in lists {
                let at = list.partition_point(|w| w.as_ref() < stem.as_str());
                if let Some(word) = list.get(at) {
                    if word == stem {
                        place.whole |= bit;
                        place.start |= bit;
                    } else if long && word.starts_with(stem.as_str()) {
                        place.start |= bit;
                    }
                }
            }
            place
        })
        .collect()
}

/// Every stem is a word of one of the `lists` (or, with `prefix`, starts one).
fn all_in(places: &[Place], lists: u8, prefix: bool) -> bool {
    places.iter().all(|p| {
        let found = if prefix { p.start } else { p.whole };
        found & lists != 0
    })
}

/// How `entry` matches the folded query and its stems.
fn strength(
    entry: &SearchEntry,
    official: bool,
    query: &str,
    stems: &[String],
) -> Option<Strength> {
    let exact = |names: &[Text]| names.iter().any(|n| n == query);
    let places = places(entry, stems);
    if official {
        if exact(&entry.registry) {
            return Some(Strength::Exact);
        }
        if all_in(&places, NAMES, false) {
            return Some(Strength::NameWords);
        }
        if all_in(&places, NAMES | SYNONYMS, false) {
            return Some(Strength::Synonym);
        }
        if all_in(&places, NAMES | SYNONYMS | SUMMARY, false) {
            return Some(Strength::Summary);
        }
        if all_in(&places, NAMES | SYNONYMS | SUMMARY, true) {
            return Some(Strength::Prefix);
        }
    }
    if exact(&entry.vendor) {
        return Some(Strength::VendorExact);
    }
    // A registered code's synonyms and summary are its own, ranked above.
    let own = if official { 0 } else { SYNONYMS | SUMMARY };
    let words: Vec<&str> = query.split(' ').collect();
    if entry.vendor_names.iter().any(|v| contains_words(v, &words)) {
        return Some(Strength::VendorName);
    }
    if all_in(&places, VENDOR | (own & SYNONYMS), false) {
        return Some(Strength::VendorWords);
    }
    if all_in(&places, VENDOR | own, true) {
        return Some(Strength::VendorSummary);
    }
    if all_in(&places, NAMES | VENDOR | SYNONYMS | SUMMARY | CAUSES, true) {
        return Some(if official {
            Strength::Cause
        } else {
            Strength::VendorCause
        });
    }
    None
}

/// Every query word is the start of some word of the haystack.
fn contains_words(haystack: &str, words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| haystack.split(' ').any(|h| h.starts_with(w)))
}

/// What a word search found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// One code is clearly the answer: show its card.
    One(&'static StatusCode),
    /// Several candidates, best first.
    Many(Vec<&'static StatusCode>),
    None,
}

/// Every code that matches, best first; codes of equal strength by number.
fn ranked(query: &str, stems: &[String]) -> Vec<(Strength, &'static StatusCode)> {
    let mut scored: Vec<(Strength, &'static StatusCode)> = data::codes()
        .iter()
        .zip(data::search_index())
        .filter_map(|(code, entry)| {
            strength(entry, code.official(), query, stems).map(|s| (s, code))
        })
        .collect();
    scored.sort_by(|(a, x), (b, y)| b.cmp(a).then(x.code.cmp(&y.code)));
    scored
}

/// Searches names, former names, synonyms, summaries, vendors' phrases and
/// causes, by the words that are not filler ("what is the code for a
/// timeout" searches for "timeout"; an exact name still counts them all),
/// and without "error" and the like when only those keep a registered code's
/// own text from matching ("timeout error"). A single card only
/// when one hit is clearly best: the only exact name, the only registered code
/// whose name or synonyms hold the words, or the only one whose summary does
/// while others mention them only in causes. A weak vendor-only match is
/// never shown as a single card.
pub fn search(text: &str) -> Found {
    let query = normalise(text);
    if query.is_empty() {
        return Found::None;
    }
    // Filler counts only in an exact name ("this is fine", "i m a teapot").
    let words = stems_without_filler(&query, &[]).unwrap_or_else(|| stems(&query));
    let mut scored = ranked(&query, &words);
    // Without "error" and the like, when that finds a registered code's own
    // text and the whole query did not ("timeout error": 408 before 598).
    let own_text =
        |s: &[(Strength, &StatusCode)]| s.first().is_some_and(|(b, _)| *b >= Strength::Prefix);
    if !own_text(&scored) {
        if let Some(words) = stems_without_filler(&query, WEAK) {
            let without = ranked(&query, &words);
            if own_text(&without) || scored.is_empty() {
                scored = without;
            }
        }
    }
    let (best, first) = match scored.first() {
        Some(&(best, first)) => (best, first),
        None => return Found::None,
    };
    let next = scored.get(1).map(|(s, _)| *s);
    let clear = match best {
        Strength::Exact | Strength::VendorExact => next != Some(best),
        // Unless another registered code's name or synonyms hold the words
        // too, or a vendor's phrase is exactly them (nginx's 494 beside 431);
        // a mention in another code's summary ("server" in 400's) does not count.
        Strength::NameWords | Strength::Synonym => next.is_none_or(|n| {
            n < Strength::VendorExact || n == Strength::Prefix || n == Strength::Summary
        }),
        // The only code whose own text holds the words; others only in causes.
        Strength::Summary => next.is_none_or(|n| n < Strength::VendorSummary),
        _ => false,
    };
    if clear {
        Found::One(first)
    } else {
        Found::Many(scored.into_iter().map(|(_, e)| e).collect())
    }
}

/// `search`, and when nothing matches every word: the search that matches
/// best with one word left out, or else two ("endpoint not found" → "not
/// found"; "db down" → "down"), with the words it left out, so the caller can
/// say which. Never down to filler alone, nor to nothing, nor to a match in
/// vendors' text or causes only; never for a typo of a name.
pub fn search_dropping_unknown(text: &str) -> (Found, Vec<String>) {
    let found = search(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    // A typo of a name ("Not Implimented") is answered by "did you mean".
    if !matches!(found, Found::None)
        || words.len() < 2
        || words.len() > 8
        || did_you_mean(text).is_some()
    {
        return (found, Vec::new());
    }
    for drop in 1..=2.min(words.len() - 1) {
        let mut best: Option<(Strength, Vec<usize>)> = None;
        for left_out in combinations(words.len(), drop) {
            let rest: Vec<&str> = (0..words.len())
                .filter(|i| !left_out.contains(i))
                .map(|i| words[i])
                .collect();
            let query = normalise(&rest.join(" "));
            if only_filler(&query, WEAK) {
                continue;
            }
            let stems = stems_without_filler(&query, &[]).unwrap_or_else(|| stems(&query));
            // Only a registered code's own text is evidence enough.
            if let Some(&(strength, _)) = ranked(&query, &stems).first() {
                if strength >= Strength::Prefix && best.as_ref().is_none_or(|(b, _)| strength > *b)
                {
                    best = Some((strength, left_out));
                }
            }
        }
        if let Some((_, left_out)) = best {
            let rest: Vec<&str> = (0..words.len())
                .filter(|i| !left_out.contains(i))
                .map(|i| words[i])
                .collect();
            let dropped = left_out.iter().map(|&i| words[i].to_string()).collect();
            return (search(&rest.join(" ")), dropped);
        }
    }
    (found, Vec::new())
}

/// Every way to choose `k` of `n` positions, in order.
fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k == 0 {
        return vec![Vec::new()];
    }
    (0..n)
        .flat_map(|first| {
            combinations(n - first - 1, k - 1)
                .into_iter()
                .map(move |rest| {
                    std::iter::once(first)
                        .chain(rest.into_iter().map(|i| i + first + 1))
                        .collect()
                })
        })
        .collect()
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
