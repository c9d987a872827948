//! The one text folding that word search uses, shared by `build.rs` (which
//! folds every name, phrase and summary once, into the search index) and
//! `query` (which folds what the user typed), so the two always agree.

/// Lower-cases and keeps letters and digits, so "I'm a teapot" ~ "im a teapot".
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.replace(['\'', '’'], ""))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word.to_lowercase());
    }
    out
}

/// Words a question carries that say nothing about which code it wants
/// ("what is the code for a timeout"); dropped from a query of several words.
const FILLER: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "be", "of", "to", "for", "in", "on", "at", "by", "my",
    "i", "it", "its", "this", "that", "what", "which", "when", "why", "how", "code", "status",
    "http", "https", "got", "getting",
];

/// Words that often ride along ("timeout error") but are part of some names
/// ("Internal Server Error"): dropped only when the search finds nothing with them.
pub const WEAK: &[&str] = &["error", "errors", "problem", "issue"];

/// Snowball English stems of the folded words of `text`, in order:
/// "Redirected", "redirects" and "redirection" all give "redirect".
pub fn stems(text: &str) -> Vec<String> {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| stemmer.stem(w).into_owned())
        .collect()
}

/// The stems of `text` without its filler words (and without `also`), or
/// `None` when it has none to drop or nothing else would be left.
pub fn stems_without_filler(text: &str, also: &[&str]) -> Option<Vec<String>> {
    let folded = normalise(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !FILLER.contains(w) && !also.contains(w))
        .collect();
    (!kept.is_empty() && kept.len() < words.len()).then(|| stems(&kept.join(" ")))
}

/// Whether every word of `text` is filler or one of `also` (or it has none).
pub fn only_filler(text: &str, also: &[&str]) -> bool {
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w) || also.contains(&w))
}
