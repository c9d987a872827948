//! The positional arguments as people paste them: one code, several codes, a
//! status line, curl's `000`, a class ("4xx"), or else words.

use crate::data;
use crate::error::Error;
use crate::model::{Class, NoResponse};
use crate::query::line::{self, Line, LineKind};

/// What the positional arguments ask for.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    Code(u16),
    /// Several numbers (`httpcode 200 404 500`, `404,500`), each still to be checked.
    Codes(Vec<String>),
    /// Codes joined by `or` or `vs` (`401 or 403`): a comparison, each still to be checked.
    Compare(Vec<String>),
    /// A status line, typed (`404 Not Found`) or pasted from a tool (`<
    /// HTTP/1.1 404 Not Found`, an access-log line); the reason phrase as
    /// given, if any.
    StatusLine {
        code: u16,
        reason: Option<String>,
    },
    /// `000` (curl) or `0` (a browser's fetch): no HTTP response at all,
    /// with the dataset's record of what that number means.
    NoResponse(&'static NoResponse),
    Class(Class),
    /// Several classes (`4xx 5xx`).
    Classes(Vec<Class>),
    Words(String),
}

/// A query, the words of the input that it leaves out (`401 or 403 please`
/// ignores "please"), so that the answer can say which, and the kind of line
/// the code was read from when the input was a tool's line.
#[derive(Debug, PartialEq, Eq)]
pub struct Reading {
    pub query: Query,
    pub ignored: Vec<String>,
    pub line: Option<LineKind>,
}

impl From<Query> for Reading {
    fn from(query: Query) -> Self {
        Reading {
            query,
            ignored: Vec::new(),
            line: None,
        }
    }
}

fn looks_numeric(token: &str) -> bool {
    let mut chars = token.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('-' | '+' | '.') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Words that join codes: `or`, `vs` and `versus` ask for a comparison.
fn connector(token: &str) -> Option<bool> {
    match token.to_ascii_lowercase().as_str() {
        "or" | "vs" | "vs." | "versus" => Some(true),
        "and" | "&" => Some(false),
        _ => None,
    }
}

/// Reads the positional arguments as a whole, as people paste them: a line
/// from a tool, several codes however separated, a status line, curl's `000`,
/// or else one query (`parse`).
pub fn parse_args(args: &[String]) -> Result<Reading, Error> {
    let joined = args.join(" ");
    match line::read(&joined) {
        Line::Found { code, reason, kind } => {
            let query = Query::StatusLine {
                code: parse_code(code)?,
                reason: reason.map(str::to_string),
            };
            return Ok(Reading {
                line: Some(kind),
                ..query.into()
            });
        }
        Line::NoCode => return Err(Error::NoStatusInLine),
        Line::Text => {}
    }
    let words: Vec<&str> = joined.split_whitespace().collect();
    let tokens: Vec<&str> = words
        .iter()
        .flat_map(|w| w.split([',', '/', '|', ';']))
        .filter(|t| !t.is_empty())
        .collect();
    match words.as_slice() {
        [] => return Err(Error::EmptyQuery),
        [number @ ("000" | "0")] => {
            if let Some(record) = data::no_response(number) {
                return Ok(Query::NoResponse(record).into());
            }
        }
        _ => {}
    }
    let codes: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| looks_numeric(t) && parse_class(t).is_none())
        .collect();
    let classes: Vec<Class> = tokens.iter().filter_map(|t| parse_class(t)).collect();
    let compare = tokens.iter().any(|t| connector(t) == Some(true));
    let others = || {
        tokens
            .iter()
            .filter(|t| !looks_numeric(t) && parse_class(t).is_none() && connector(t).is_none())
            .map(|t| t.to_string())
            .collect::<Vec<String>>()
    };
    if classes.len() >= 2 && codes.is_empty() {
        return Ok(Reading {
            ignored: others(),
            ..Query::Classes(classes).into()
        });
    }
    if codes.len() >= 2 {
        let codes = codes.iter().map(|c| c.to_string()).collect();
        let query = if compare {
            Query::Compare(codes)
        } else {
            Query::Codes(codes)
        };
        return Ok(Reading {
            ignored: others(),
            ..query.into()
        });
    }
    let numbers: Vec<&str> = codes.iter().copied().filter(|c| three_digits(c)).collect();
    if let ([code], false) = (
        numbers.as_slice(),
        words.first().is_some_and(|w| looks_numeric(w)),
    ) {
        // `got a 503 from nginx`: the code, and the words around it said aside.
        return Ok(Reading {
            ignored: others(),
            ..Query::Code(parse_code(code)?).into()
        });
    }
    match words.as_slice() {
        // `404 Not Found`: a reason phrase is only what follows a code.
        [first, rest @ ..] if looks_numeric(first) && !rest.is_empty() => {
            let code = parse_code(first.trim_end_matches([',', '/', '|', ';']))?;
            if rest.iter().all(|w| connector(w).is_some()) {
                return Ok(Reading {
                    ignored: rest.iter().map(|w| w.to_string()).collect(),
                    ..Query::Code(code).into()
                });
            }
            Ok(Query::StatusLine {
                code,
                reason: Some(rest.join(" ")),
            }
            .into())
        }
        _ => parse(&joined).map(Reading::from),
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
    if let Some(class) = near_class(text) {
        return Err(Error::NearClass {
            given: text.to_string(),
            class,
        });
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

fn three_digits(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit())
}

/// `40x`, `4x`, `5x0`: a class typed with a digit too many or an `x` too few.
fn near_class(text: &str) -> Option<Class> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let fits = (2..=3).contains(&bytes.len())
        && bytes.contains(&b'x')
        && bytes.iter().all(|b| b.is_ascii_digit() || *b == b'x');
    if !fits {
        return None;
    }
    Class::ALL
        .into_iter()
        .find(|c| c.digit() == u16::from(bytes[0].wrapping_sub(b'0')))
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
