//! The positional arguments as people paste them: one code, several codes, a
//! status line, curl's `000`, a class ("4xx"), or else words.

use crate::data;
use crate::error::Error;
use crate::model::{Class, NoResponse};

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
    /// `000` (curl) or `0` (a browser's fetch): no HTTP response at all,
    /// with the dataset's record of what that number means.
    NoResponse(&'static NoResponse),
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
        [number @ ("000" | "0")] if !versioned => match data::no_response(number) {
            Some(record) => Ok(Query::NoResponse(record)),
            None => parse(&joined),
        },
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
}
