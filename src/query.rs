//! Turns what the user typed into an answer's shape: a code, a class, a header
//! field, or a word search over the dataset (names, aliases, vendor phrases),
//! with "did you mean".

use crate::data;
use crate::error::Error;
use crate::model::{Class, Comparison, Header, HeaderField, Method, MethodStatus, StatusCode};

/// What one positional argument asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    Code(u16),
    Class(Class),
    Words(String),
}

/// Reads the argument as a code, a class ("4xx"), or words. Numeric-looking text
/// that is not a code in 100–599 ("999", "-5", "1e3") is an error, not a search.
pub fn parse(text: &str) -> Result<Query, Error> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::EmptyQuery);
    }
    if let Some(class) = parse_class(text) {
        return Ok(Query::Class(class));
    }
    let first = text.chars().next().unwrap_or(' ');
    let numeric = first.is_ascii_digit()
        || (matches!(first, '-' | '+' | '.')
            && text[1..].starts_with(|c: char| c.is_ascii_digit()));
    if numeric {
        return parse_code(text).map(Query::Code);
    }
    Ok(Query::Words(text.to_string()))
}

/// A status code in 100–599, or an `InvalidCode` error naming the text.
pub fn parse_code(text: &str) -> Result<u16, Error> {
    let text = text.trim();
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(code) = text.parse::<u16>() {
            if (100..=599).contains(&code) {
                return Ok(code);
            }
        }
    }
    Err(Error::InvalidCode(text.to_string()))
}

/// "4xx" or "4XX" → the client-error class.
pub fn parse_class(text: &str) -> Option<Class> {
    let lower = text.to_ascii_lowercase();
    let digit = match lower.as_bytes() {
        [d, b'x', b'x'] => *d,
        _ => return None,
    };
    Class::ALL
        .into_iter()
        .find(|c| c.digit() == u16::from(digit.wrapping_sub(b'0')))
}

/// A code the dataset knows, or `UnknownCode` with the nearest registered codes.
pub fn known_code(code: u16) -> Result<&'static StatusCode, Error> {
    data::code(code).ok_or_else(|| Error::UnknownCode {
        code,
        nearest: nearest_registered(code),
    })
}

/// The closest registered codes below and above `code` in its class.
pub fn nearest_registered(code: u16) -> Vec<(u16, &'static str)> {
    let class = code / 100;
    let same_class = || {
        data::codes()
            .iter()
            .filter(move |e| e.official && e.code / 100 == class)
    };
    let below = same_class().rfind(|e| e.code < code);
    let above = same_class().find(|e| e.code > code);
    below
        .into_iter()
        .chain(above)
        .map(|e| (e.code, e.name.as_ref()))
        .collect()
}

/// Codes of one class; unofficial ones only when asked for.
pub fn by_class(class: Option<Class>, unofficial: bool) -> Vec<&'static StatusCode> {
    data::codes()
        .iter()
        .filter(|e| class.is_none_or(|c| Class::of(e.code) == Some(c)))
        .filter(|e| unofficial || e.official)
        .collect()
}

/// The curated comparisons that contain `code`.
pub fn comparisons_with(code: u16) -> Vec<&'static Comparison> {
    data::comparisons()
        .iter()
        .filter(|c| c.codes.contains(&code))
        .collect()
}

/// What a `--method` value names.
#[derive(Debug)]
pub enum MethodQuery {
    /// A method in the dataset, spelled exactly.
    Known(&'static Method),
    /// A dataset method in other letter case ("patch"): a different, unknown method.
    WrongCase(&'static Method),
    /// A valid token that names no method we know: an extension method.
    Extension { suggestions: Vec<&'static str> },
}

/// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" /
/// "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Reads a method name: it must be a token; names are case-sensitive (RFC 9110 §9.1).
pub fn method(name: &str) -> Result<MethodQuery, Error> {
    let shown = format!("{name:?}");
    if name.is_empty() {
        return Err(Error::InvalidMethod {
            shown,
            reason: "it is empty",
        });
    }
    if let Some(c) = name.chars().find(|&c| !is_tchar(c)) {
        let reason = if c.is_whitespace() {
            "it contains whitespace"
        } else if c.is_control() {
            "it contains a control character"
        } else {
            "it contains a character that is not allowed in a token"
        };
        return Err(Error::InvalidMethod { shown, reason });
    }
    if let Some(method) = data::method(name) {
        return Ok(MethodQuery::Known(method));
    }
    if let Some(method) = data::methods()
        .iter()
        .find(|m| m.method.eq_ignore_ascii_case(name))
    {
        return Ok(MethodQuery::WrongCase(method));
    }
    let upper = name.to_ascii_uppercase();
    let mut scored: Vec<(f64, &'static str)> = data::methods()
        .iter()
        .filter(|m| m.status != MethodStatus::Reserved)
        .map(|m| {
            (
                strsim::normalized_damerau_levenshtein(&upper, &m.method),
                m.method.as_ref(),
            )
        })
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Ok(MethodQuery::Extension {
        suggestions: scored.into_iter().take(3).map(|(_, n)| n).collect(),
    })
}

/// A field the dataset knows, in any letter case, or `UnknownHeader` with the
/// closest field name when one is close enough to be a typo.
pub fn header(name: &str) -> Result<&'static HeaderField, Error> {
    let name = name.trim();
    data::header(name).ok_or_else(|| Error::UnknownHeader {
        name: name.to_string(),
        suggestion: header_did_you_mean(name),
    })
}

/// The field name closest to `name` (case-insensitive normalised
/// Damerau–Levenshtein similarity of at least 0.7).
fn header_did_you_mean(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    data::headers()
        .iter()
        .map(|h| {
            let score =
                strsim::normalized_damerau_levenshtein(&lower, &h.name.to_ascii_lowercase());
            (score, h.name.as_ref())
        })
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

/// Every code whose record mentions `field`, with the requirement, in code order.
pub fn codes_using(field: &HeaderField) -> Vec<(&'static StatusCode, &'static Header)> {
    data::codes()
        .iter()
        .flat_map(|code| {
            code.headers
                .iter()
                .filter(|h| h.name.eq_ignore_ascii_case(&field.name))
                .map(move |h| (code, h))
        })
        .collect()
}

/// The smallest curated group that contains every one of `codes`.
pub fn comparison_for(codes: &[u16]) -> Option<&'static Comparison> {
    data::comparisons()
        .iter()
        .filter(|g| codes.iter().all(|c| g.codes.contains(c)))
        .min_by_key(|g| g.codes.len())
}

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

/// Lower-cases and keeps letters and digits, so "I'm a teapot" ~ "im a teapot".
fn normalise(text: &str) -> String {
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

fn contains_words(haystack: &str, words: &[&str]) -> bool {
    let hay: Vec<&str> = haystack.split(' ').collect();
    words.iter().all(|w| hay.iter().any(|h| h.starts_with(w)))
}

/// A code's name, its aliases and its vendors' phrases: what a search matches.
fn names(entry: &StatusCode) -> impl Iterator<Item = &str> {
    std::iter::once(entry.name.as_ref())
        .chain(entry.aliases.iter().map(|a| a.as_ref()))
        .chain(entry.vendors.iter().map(|v| v.phrase.as_ref()))
}

fn strength(entry: &StatusCode, query: &str, words: &[&str]) -> Option<Strength> {
    let matches = |name: &str| {
        let name = normalise(name);
        if name == query {
            Some(true)
        } else if name.contains(query) || contains_words(&name, words) {
            Some(false)
        } else {
            None
        }
    };
    // A registered code's own names; for an unofficial code every name is a vendor's.
    let own = std::iter::once(entry.name.as_ref()).chain(entry.aliases.iter().map(|a| a.as_ref()));
    let phrases = entry.vendors.iter().map(|v| v.phrase.as_ref());
    let (registry, vendor): (Vec<&str>, Vec<&str>) = if entry.official {
        (own.collect(), phrases.collect())
    } else {
        (Vec::new(), own.chain(phrases).collect())
    };
    let registry_match = registry.iter().filter_map(|n| matches(n)).max();
    let vendor_match = vendor.iter().filter_map(|n| matches(n)).max();
    let vendor_name = || {
        entry
            .vendors
            .iter()
            .any(|v| contains_words(&normalise(&v.name), words))
    };
    let summary = || contains_words(&normalise(&entry.summary), words);
    Some(match (registry_match, vendor_match) {
        (Some(true), _) => Strength::Exact,
        (Some(false), _) => Strength::Partial,
        _ if entry.official && summary() => Strength::Summary,
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
        .filter_map(|e| strength(e, &query, &words).map(|s| (s, e)))
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
    for entry in data::codes() {
        for name in names(entry) {
            let score = strsim::normalized_damerau_levenshtein(&query, &normalise(name));
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, entry));
            }
        }
    }
    best.filter(|(score, _)| *score >= 0.7)
        .map(|(_, e)| (e.code, e.name.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_classes_and_words() {
        assert_eq!(parse("501").unwrap(), Query::Code(501));
        assert_eq!(parse(" 4xx ").unwrap(), Query::Class(Class::ClientError));
        assert_eq!(parse("5XX").unwrap(), Query::Class(Class::ServerError));
        assert_eq!(parse("teapot").unwrap(), Query::Words("teapot".into()));
        for bad in ["999", "-5", "0", "1e3", "50", "5010", "+501", "099"] {
            assert!(matches!(parse(bad), Err(Error::InvalidCode(_))), "{bad}");
        }
        assert!(matches!(parse("  "), Err(Error::EmptyQuery)));
    }

    #[test]
    fn normalise_folds_case_and_apostrophes() {
        assert_eq!(normalise("I'm a Teapot"), "im a teapot");
        assert_eq!(
            normalise("Non-Authoritative  Information"),
            "non authoritative information"
        );
    }
}
