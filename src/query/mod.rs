//! What the user typed → a query, and the dataset look-ups answers start from:
//! a known code, a class's codes, a method, a header field, a curated group.
//! Reading the arguments, the word search, constant names and `--vendor` each
//! have their own module.

mod args;
mod constants;
mod line;
mod search;
mod vendor;

pub use args::{parse, parse_args, parse_class, parse_code, Query, Reading};
pub use constants::{
    constant_did_you_mean, constants, looks_like_constant, number_inside, ConstantHit,
};
pub use line::LineKind;
pub use search::{did_you_mean, search, search_dropping_unknown, Found};
pub use vendor::{vendor, vendor_names, VendorFilter};

use crate::data;
use crate::error::Error;
use crate::model::{Class, Comparison, Header, HeaderField, Method, MethodStatus, StatusCode};

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
            .filter(move |e| e.official() && e.code / 100 == class)
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
        .filter(|e| unofficial || e.official())
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
    let shown = crate::terminal_text::quoted(name);
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
