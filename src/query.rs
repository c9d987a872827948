//! Turns what the user typed into an answer's shape: a code, a class, a header
//! field, or a word search over the dataset (names, aliases, vendor phrases),
//! with "did you mean".

use crate::data::{self, FormerName, RuntimeEntry, SearchEntry};
use crate::error::Error;
use crate::model::{
    Class, Comparison, Header, HeaderField, Method, MethodStatus, StatusCode, Text,
};
use crate::normalise::normalise;

/// What the positional arguments ask for.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    Code(u16),
    /// Several numbers (`httpcode 200 404 500`), each still to be checked.
    Codes(Vec<String>),
    /// A pasted status line: `404 Not Found`, `HTTP/1.1 404 Not Found`,
    /// `HTTP/2 404`; the reason phrase as given, if any.
    StatusLine {
        code: u16,
        reason: Option<String>,
    },
    /// `000` (curl) or `0` (a browser's fetch): no HTTP response at all.
    NoResponse(&'static str),
    Class(Class),
    Words(String),
}

fn looks_numeric(token: &str) -> bool {
    let mut chars = token.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('-' | '+' | '.') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// `HTTP/1.1`, `HTTP/2`, `HTTP/1.0`: the version at the start of a status line.
fn is_http_version(token: &str) -> bool {
    let Some(version) = token.strip_prefix("HTTP/") else {
        return false;
    };
    let mut parts = version.split('.');
    let major = parts.next().unwrap_or("");
    let minor = parts.next();
    major.len() == 1
        && major.bytes().all(|b| b.is_ascii_digit())
        && minor.is_none_or(|m| m.len() == 1 && m.bytes().all(|b| b.is_ascii_digit()))
        && parts.next().is_none()
}

/// Reads the positional arguments as a whole, as people paste them: several
/// codes, a status line, curl's `000`, or else one query (`parse`).
pub fn parse_args(args: &[String]) -> Result<Query, Error> {
    let joined = args.join(" ");
    let mut tokens: Vec<&str> = joined.split_whitespace().collect();
    let versioned = tokens.first().is_some_and(|t| is_http_version(t)) && tokens.len() >= 2;
    if versioned {
        tokens.remove(0);
    }
    match tokens.as_slice() {
        [] => Err(Error::EmptyQuery),
        ["000"] if !versioned => Ok(Query::NoResponse("000")),
        ["0"] if !versioned => Ok(Query::NoResponse("0")),
        [first, rest @ ..] if looks_numeric(first) && !rest.is_empty() => {
            if rest.iter().all(|t| looks_numeric(t)) && !versioned {
                return Ok(Query::Codes(tokens.iter().map(|t| t.to_string()).collect()));
            }
            let code = parse_code(first)?;
            Ok(Query::StatusLine {
                code,
                reason: Some(rest.join(" ")),
            })
        }
        [first] if versioned => Ok(Query::StatusLine {
            code: parse_code(first)?,
            reason: None,
        }),
        _ => parse(&joined),
    }
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

/// Reads a method name: it must be a token; names are case-sensitive (RFC 9110 §9.1).
pub fn method(name: &str) -> Result<MethodQuery, Error> {
    let shown = format!("{name:?}");
    if name.is_empty() {
        return Err(Error::InvalidMethod {
            shown,
            reason: "it is empty",
        });
    }
    if let Some(c) = name
        .chars()
        .find(|&c| !c.is_ascii() || !crate::token::is_tchar(c as u8))
    {
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

/// `--vendor NAME`: which vendors' meanings to keep. NAME matches a vendor
/// whose name holds its words as whole words, in order and ignoring case, so
/// "cloudflare", "aws" and "akamai" (Linode (Akamai)) all pick their vendor.
#[derive(Debug, Clone)]
pub struct VendorFilter {
    /// As the user typed it, for messages.
    pub name: String,
    words: String,
}

impl VendorFilter {
    pub fn matches(&self, vendor: &str) -> bool {
        format!(" {} ", normalise(vendor)).contains(&format!(" {} ", self.words))
    }

    /// The record with only this vendor's meanings; `None` if it has none.
    pub fn narrow(&self, code: &StatusCode) -> Option<StatusCode> {
        let vendors: Vec<_> = code
            .vendors
            .iter()
            .filter(|v| self.matches(&v.name))
            .cloned()
            .collect();
        if vendors.is_empty() {
            return None;
        }
        let mut narrowed = code.clone();
        // An unofficial code's name and summary are its first vendor's; when
        // that vendor is filtered out, the card is titled with the kept one's.
        let primary = code.vendors.first().map(|v| v.name.clone());
        if !code.official && primary.as_ref() != Some(&vendors[0].name) {
            let kept = &vendors[0];
            let mut aliases = code.aliases.to_vec();
            aliases.insert(0, code.name.clone());
            narrowed.aliases = aliases.into();
            narrowed.name = kept.phrase.clone();
            narrowed.summary = format!(
                "{}'s meaning of {}; elsewhere it is {} ({})",
                kept.name,
                code.code,
                code.name,
                primary.unwrap_or_default()
            )
            .into();
        }
        narrowed.vendors = vendors.into();
        Some(narrowed)
    }
}

/// Every vendor name in the dataset, sorted and without repeats.
pub fn vendor_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = data::codes()
        .iter()
        .flat_map(|c| c.vendors.iter().map(|v| v.name.as_ref()))
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup();
    names
}

/// Reads `--vendor NAME`; a name that picks no vendor is a usage error that
/// lists the known ones and the closest.
pub fn vendor(name: &str) -> Result<VendorFilter, Error> {
    let filter = VendorFilter {
        name: name.to_string(),
        words: normalise(name),
    };
    let known = vendor_names();
    if !filter.words.is_empty() && known.iter().any(|k| filter.matches(k)) {
        return Ok(filter);
    }
    let suggestion = known
        .iter()
        .map(|k| {
            let score = strsim::normalized_damerau_levenshtein(&filter.words, &normalise(k));
            (score, *k)
        })
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k);
    Err(Error::UnknownVendor {
        name: name.to_string(),
        suggestion,
        known,
    })
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
    fn vendor_names_match_whole_words_in_any_case() {
        let cloudflare = vendor("CloudFlare").unwrap();
        assert!(cloudflare.matches("Cloudflare"));
        assert!(!cloudflare.matches("Edgio"));
        assert!(vendor("akamai").unwrap().matches("Linode (Akamai)"));
        assert!(vendor("ngin").is_err());
        assert!(vendor("").is_err());
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

/// One runtime constant that a typed name matched.
#[derive(Debug, Clone, Copy)]
pub struct ConstantHit {
    pub runtime: &'static RuntimeEntry,
    pub code: u16,
    /// The name as the runtime spells it.
    pub name: &'static str,
    /// Set when the name is one the runtime used before, not its current one.
    pub former: Option<&'static FormerName>,
}

/// Whether a single word reads like a constant from code (`StatusTeapot`,
/// `HTTPStatus.NOT_FOUND`, `:unprocessable_entity`, `Response::HTTP_GONE`)
/// rather than a word of a name.
pub fn looks_like_constant(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) {
        return false;
    }
    let camel = text.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && text.chars().any(|c| c.is_ascii_lowercase());
    text.contains(['_', '.', ':']) || camel
}

/// The part after the last `.` or `:` (`HTTPStatus.NOT_FOUND` → `NOT_FOUND`).
fn tail(name: &str) -> &str {
    name.rsplit(['.', ':']).next().unwrap_or(name)
}

/// Every runtime constant, current or former, whose full name or last part
/// equals `text` in any letter case; when some match the full name
/// (`HttpStatus.PAYLOAD_TOO_LARGE`), only those. Node.js's "constants" are
/// phrases, found by the word search instead.
pub fn constants(text: &str) -> Vec<ConstantHit> {
    let text = text.trim();
    let hits = constants_by_tail(text);
    let (full, _): (Vec<ConstantHit>, Vec<ConstantHit>) =
        hits.iter().partition(|h| h.name.eq_ignore_ascii_case(text));
    if full.is_empty() {
        hits
    } else {
        full
    }
}

fn constants_by_tail(text: &str) -> Vec<ConstantHit> {
    let mut hits = Vec::new();
    for runtime in data::runtimes() {
        for (code, record) in runtime.codes.iter() {
            let names = record
                .name
                .as_deref()
                .map(|n| (n, None))
                .into_iter()
                .chain(record.formerly.iter().map(|f| (&*f.name, Some(f))));
            for (name, former) in names {
                if name.contains(' ') {
                    continue;
                }
                if name.eq_ignore_ascii_case(text) || tail(name).eq_ignore_ascii_case(tail(text)) {
                    hits.push(ConstantHit {
                        runtime,
                        code: *code,
                        name,
                        former,
                    });
                }
            }
        }
    }
    hits
}

/// The constant name closest to `text`, with its code, if close enough to be a typo.
pub fn constant_did_you_mean(text: &str) -> Option<(&'static str, u16)> {
    let wanted = tail(text.trim()).to_ascii_lowercase();
    let mut best: Option<(f64, &'static str, u16)> = None;
    for runtime in data::runtimes() {
        for (code, record) in runtime.codes.iter() {
            for name in record
                .name
                .as_deref()
                .into_iter()
                .chain(record.formerly.iter().map(|f| &*f.name))
            {
                if name.contains(' ') {
                    continue;
                }
                let score = strsim::normalized_damerau_levenshtein(
                    &wanted,
                    &tail(name).to_ascii_lowercase(),
                );
                if best.is_none_or(|(b, _, _)| score > b) {
                    best = Some((score, name, *code));
                }
            }
        }
    }
    best.filter(|(score, _, _)| *score >= 0.75)
        .map(|(_, name, code)| (name, code))
}
