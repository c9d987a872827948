//! The grammars of the header fields the rules read, from their ABNF in RFC 9110.
//! Pure functions of a field value; no findings here.

pub use crate::token::{is_tchar, is_token};

/// The elements of a `#rule` list (RFC 9110 §5.6.1), empty elements dropped.
pub fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|e| !e.is_empty())
}

/// `delta-seconds = 1*DIGIT` (RFC 9111 §1.2.2).
pub fn delta_seconds(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
}

/// One `token [ "=" ( token / quoted-string ) ]` of a Cache-Control list
/// (RFC 9111 §5.2), or a parameter of the same shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directive<'a> {
    pub name: &'a str,
    /// The argument, without the quotes of a quoted-string (escapes kept).
    pub value: Option<&'a str>,
    pub quoted: bool,
}

/// Splits `#( token [ "=" ( token / quoted-string ) ] )`; commas inside
/// quoted strings do not split. `Err` says what is wrong.
pub fn directives(value: &str) -> Result<Vec<Directive<'_>>, String> {
    let bytes = value.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let skip_ows = |i: &mut usize| {
        while *i < bytes.len() && (bytes[*i] == b' ' || bytes[*i] == b'\t') {
            *i += 1;
        }
    };
    loop {
        skip_ows(&mut i);
        if i >= bytes.len() {
            break;
        }
        if bytes[i] == b',' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_tchar(bytes[i]) {
            i += 1;
        }
        let name = &value[start..i];
        if name.is_empty() {
            return Err(format!("\"{}\" is not a directive name", &value[start..]));
        }
        let mut directive = Directive {
            name,
            value: None,
            quoted: false,
        };
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            if i < bytes.len() && bytes[i] == b'"' {
                let open = i + 1;
                i = open;
                loop {
                    match bytes.get(i) {
                        None => return Err(format!("the quoted value of {name} is not closed")),
                        Some(b'\\') => i += 2,
                        Some(b'"') => break,
                        Some(_) => i += 1,
                    }
                }
                directive.value = Some(&value[open..i.min(value.len())]);
                directive.quoted = true;
                i += 1;
            } else {
                let open = i;
                while i < bytes.len() && is_tchar(bytes[i]) {
                    i += 1;
                }
                if i == open {
                    return Err(format!("{name}= has no value"));
                }
                directive.value = Some(&value[open..i]);
            }
        }
        out.push(directive);
        skip_ows(&mut i);
        match bytes.get(i) {
            None => break,
            Some(b',') => i += 1,
            Some(_) => {
                return Err(format!(
                    "unexpected \"{}\" after {name}",
                    &value[i..].chars().next().unwrap_or(' ')
                ))
            }
        }
    }
    Ok(out)
}

/// Splits at `sep` outside quoted strings (a backslash escapes in them).
pub fn split_outside_quotes(value: &str, sep: u8) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, b) in value.bytes().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' if quoted => escaped = true,
            b'"' => quoted = !quoted,
            _ if b == sep && !quoted => {
                parts.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&value[start..]);
    parts
}

/// The `;`-separated parts of one list member as directives
/// (`token [ "=" ( token / quoted-string ) ]`).
pub fn parts(member: &str) -> Result<Vec<Directive<'_>>, String> {
    split_outside_quotes(member, b';')
        .into_iter()
        .map(|p| {
            let mut d = directives(p)?;
            match (d.pop(), d.is_empty()) {
                (Some(one), true) => Ok(one),
                _ => Err(format!("\"{}\" is not one name[=value]", p.trim())),
            }
        })
        .collect()
}

/// How an `HTTP-date` (RFC 9110 §5.6.7) is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`: the one form a sender may generate.
    ImfFixdate,
    /// rfc850-date or asctime-date: recipients accept them, senders must not send them.
    Obsolete,
    Invalid,
}

/// The form of an HTTP-date. httpdate parses all three forms; a value is an
/// IMF-fixdate exactly when formatting the parsed time gives it back.
pub fn date_form(value: &str) -> DateForm {
    match httpdate::parse_http_date(value) {
        Ok(time) if httpdate::fmt_http_date(time) == value => DateForm::ImfFixdate,
        Ok(_) if value.ends_with(" GMT") && value.len() == 29 => DateForm::Invalid,
        Ok(_) => DateForm::Obsolete,
        Err(_) => DateForm::Invalid,
    }
}

/// An example IMF-fixdate for fixes, fixed so that output is reproducible.
pub const EXAMPLE_DATE: &str = "Sun, 06 Nov 1994 08:49:37 GMT";

/// `Retry-After = HTTP-date / delay-seconds` (RFC 9110 §10.2.3).
pub fn retry_after_valid(value: &str) -> bool {
    let seconds = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    seconds || date_form(value) == DateForm::ImfFixdate
}

/// `Allow = #method` (RFC 9110 §10.2.1): the elements that are not tokens.
pub fn allow_invalid(value: &str) -> Vec<&str> {
    list(value).filter(|m| !is_token(m)).collect()
}

/// A decimal number of any length (`1*DIGIT`): recipients of positions and
/// lengths anticipate numerals larger than any integer type (RFC 9110 §14.1.2,
/// §8.6), so they are compared as digit strings, leading zeros dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Digits<'a>(&'a str);

impl<'a> Digits<'a> {
    pub fn parse(text: &'a str) -> Option<Digits<'a>> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let trimmed = text.trim_start_matches('0');
        Some(Digits(if trimmed.is_empty() { "0" } else { trimmed }))
    }
}

impl Ord for Digits<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.0.len(), self.0).cmp(&(other.0.len(), other.0))
    }
}

impl PartialOrd for Digits<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A `Content-Range` value (RFC 9110 §14.4), as far as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentRange<'a> {
    /// `bytes first-last/complete` (complete `None` for `*`).
    Range {
        first: Digits<'a>,
        last: Digits<'a>,
        complete: Option<Digits<'a>>,
    },
    /// `bytes */complete`, the form for 416.
    Unsatisfied { complete: Digits<'a> },
    /// Another range unit: syntax not checked beyond the unit.
    OtherUnit,
}

/// Parses a Content-Range; `Err` says what is wrong.
pub fn content_range(value: &str) -> Result<ContentRange<'_>, &'static str> {
    let (unit, rest) = value
        .split_once(' ')
        .ok_or("expected a range unit, a space and a range, as in \"bytes 0-99/1234\"")?;
    if !is_token(unit) {
        return Err("the range unit is not a token");
    }
    if !unit.eq_ignore_ascii_case("bytes") {
        return Ok(ContentRange::OtherUnit);
    }
    let digits = |s| Digits::parse(s).ok_or("positions and lengths are decimal digits");
    let (range, complete) = rest
        .split_once('/')
        .ok_or("expected \"/\" and the complete length (or \"*\")")?;
    if range == "*" {
        return Ok(ContentRange::Unsatisfied {
            complete: digits(complete)?,
        });
    }
    let (first, last) = range
        .split_once('-')
        .ok_or("expected first-last, as in \"0-99\"")?;
    let (first, last) = (digits(first)?, digits(last)?);
    let complete = if complete == "*" {
        None
    } else {
        Some(digits(complete)?)
    };
    if last < first {
        return Err("the last position is before the first");
    }
    if complete.is_some_and(|c| c <= last) {
        return Err("the complete length is not greater than the last position");
    }
    Ok(ContentRange::Range {
        first,
        last,
        complete,
    })
}

/// `WWW-Authenticate = #challenge`, `challenge = auth-scheme [ 1*SP ( token68 /
/// #auth-param ) ]` (RFC 9110 §11.6.1, §11.3): every challenge starts with a
/// scheme token. Only the first challenge's scheme is checked, since commas
/// also separate auth-params.
pub fn challenge_valid(value: &str) -> bool {
    let first = value.trim_start();
    let scheme = first.split([' ', ',']).next().unwrap_or_default();
    is_token(scheme) && !scheme.contains('=')
}

/// `entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE` (RFC 9110 §8.8.3).
pub fn etag_valid(value: &str) -> bool {
    let opaque = value.strip_prefix("W/").unwrap_or(value);
    opaque.len() >= 2
        && opaque.starts_with('"')
        && opaque.ends_with('"')
        && opaque[1..opaque.len() - 1]
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) || b >= 0x80)
}

/// The characters a field value may not contain: CTLs other than HTAB (RFC 9110 §5.5).
pub fn has_control(value: &str) -> bool {
    value.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f)
}

/// `Content-Length = 1*DIGIT` (RFC 9110 §8.6); the same number repeated as a
/// list counts as that number (RFC 9112 §6.3).
pub fn content_length(values: &[&str]) -> Result<u64, &'static str> {
    let mut found: Option<u64> = None;
    for element in values.iter().flat_map(|v| v.split(',')).map(str::trim) {
        if element.is_empty() || !element.bytes().all(|b| b.is_ascii_digit()) {
            return Err("it is not a decimal number of bytes");
        }
        let n: u64 = element.parse().map_err(|_| "the number is too large")?;
        match found {
            Some(previous) if previous != n => return Err("it gives different lengths"),
            _ => found = Some(n),
        }
    }
    found.ok_or("it is empty")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date_form("Sun, 06 Nov 1994 08:49:37 GMT"),
            DateForm::ImfFixdate
        );
        assert_eq!(
            date_form("Sunday, 06-Nov-94 08:49:37 GMT"),
            DateForm::Obsolete
        );
        assert_eq!(date_form("Sun Nov  6 08:49:37 1994"), DateForm::Obsolete);
        assert_eq!(date_form("yesterday"), DateForm::Invalid);
        assert_eq!(date_form("0"), DateForm::Invalid);
    }

    #[test]
    fn ranges() {
        assert!(matches!(
            content_range("bytes 0-99/1234"),
            Ok(ContentRange::Range { .. })
        ));
        assert!(matches!(
            content_range("bytes */1234"),
            Ok(ContentRange::Unsatisfied { .. })
        ));
        // Numerals beyond u64 are valid and compared digit by digit.
        assert!(content_range("bytes 1-100/99999999999999999999").is_ok());
        assert!(content_range("bytes 1-99999999999999999999/99999999999999999998").is_err());
        assert!(content_range("bytes 0-099/100").is_ok());
        assert!(content_range("bytes 99-0/1234").is_err());
        assert!(content_range("bytes 0-99/50").is_err());
        assert!(content_range("0-99/1234").is_err());
    }

    #[test]
    fn cache_directives() {
        let d = directives("max-age=60, private=\"a, b\", no-store").unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d[1].value, Some("a, b"));
        assert!(d[1].quoted);
        assert_eq!(directives("max-age=-5").unwrap()[0].value, Some("-5"));
        assert!(directives("max-age=\"60").is_err());
        assert!(directives("no cache").is_err());
    }

    #[test]
    fn lengths() {
        assert_eq!(content_length(&["42"]), Ok(42));
        assert_eq!(content_length(&["42, 42"]), Ok(42));
        assert!(content_length(&["42", "43"]).is_err());
        assert!(content_length(&["-1"]).is_err());
    }
}
