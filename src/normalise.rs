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
