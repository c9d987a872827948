//! Rules about Set-Cookie as browsers read it: RFC 6265 §4.1 for what a
//! server sends, and its revision (draft-ietf-httpbis-rfc6265bis) for what
//! browsers now enforce: name prefixes (§4.1.3), SameSite=None only with
//! Secure (§5.7), lifetimes capped at 400 days (§5.5).

use super::rule::{Findings, Rule};
use super::{Level, Response};

/// The cap browsers put on a cookie's lifetime: 400 days, in seconds.
const MAX_LIFETIME: u64 = 400 * 24 * 60 * 60;

/// The attributes RFC 6265 §4.1.1 and its revision define, and Partitioned.
const KNOWN: &[&str] = &[
    "Expires",
    "Max-Age",
    "Domain",
    "Path",
    "Secure",
    "HttpOnly",
    "SameSite",
    "Partitioned",
];

/// One Set-Cookie line: its name=value pair and its attributes.
struct Cookie<'a> {
    pair: &'a str,
    name: &'a str,
    attributes: Vec<(&'a str, Option<&'a str>)>,
}

impl<'a> Cookie<'a> {
    fn parse(value: &'a str) -> Cookie<'a> {
        let mut parts = value.split(';');
        let pair = parts.next().unwrap_or_default().trim();
        let name = pair.split_once('=').map_or("", |(n, _)| n.trim());
        let attributes = parts
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| match a.split_once('=') {
                Some((n, v)) => (n.trim(), Some(v.trim())),
                None => (a, None),
            })
            .collect();
        Cookie {
            pair,
            name,
            attributes,
        }
    }

    fn attribute(&self, name: &str) -> Option<Option<&'a str>> {
        self.attributes
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    fn has(&self, name: &str) -> bool {
        self.attribute(name).is_some()
    }
}

fn cookies(r: &Response) -> impl Iterator<Item = Cookie<'_>> {
    r.all("Set-Cookie").map(|f| Cookie::parse(&f.value))
}

/// `cookie-octet` (RFC 6265 §4.1.1): no CTLs, whitespace, DQUOTE, comma,
/// semicolon or backslash.
fn cookie_octet(b: u8) -> bool {
    b == 0x21
        || (0x23..=0x2b).contains(&b)
        || (0x2d..=0x3a).contains(&b)
        || (0x3c..=0x5b).contains(&b)
        || (0x5d..=0x7e).contains(&b)
}

/// What breaks `cookie-pair = cookie-name "=" cookie-value`, if anything.
fn pair_problem(pair: &str) -> Option<String> {
    let Some((name, value)) = pair.split_once('=') else {
        return Some(format!(
            "\"{pair}\" has no \"=\" between a name and a value"
        ));
    };
    let name = name.trim();
    if !crate::token::is_token(name) {
        return Some(format!("\"{name}\" is not a cookie name (a token)"));
    }
    let value = value.trim();
    let inner = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    if let Some(bad) = inner.bytes().find(|b| !cookie_octet(*b)) {
        return Some(format!(
            "the value of {name} holds {:?}, which a cookie value may not (encode it, e.g. base64 or %XX)",
            bad as char
        ));
    }
    None
}

/// `set-cookie-syntax`: the name=value pair (RFC 6265 §4.1.1: servers
/// SHOULD NOT send what the grammar does not allow).
pub fn set_cookie_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for cookie in cookies(r) {
        if let Some(problem) = pair_problem(cookie.pair) {
            out.push(
                rule.finding(Level::Warning, format!("Set-Cookie: {problem}"))
                    .field("Set-Cookie")
                    .fix("send \"Set-Cookie: name=value; attributes\" with a token name".into()),
            );
        }
    }
}

/// `set-cookie-attribute`: Expires that is not a date, Max-Age that is not
/// a number, SameSite that is not Strict, Lax or None, a repeated attribute,
/// an attribute browsers do not know (a note).
pub fn set_cookie_attribute(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for cookie in cookies(r) {
        let mut problems: Vec<(Level, String)> = Vec::new();
        for (i, (name, value)) in cookie.attributes.iter().enumerate() {
            let known = KNOWN.iter().find(|k| k.eq_ignore_ascii_case(name));
            let Some(known) = known else {
                problems.push((
                    Level::Note,
                    format!("{name} is not a cookie attribute browsers know; they ignore it"),
                ));
                continue;
            };
            let repeated = cookie.attributes[..i]
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case(name));
            if repeated {
                problems.push((
                    Level::Warning,
                    format!("{known} is given twice; a server SHOULD NOT repeat an attribute"),
                ));
            }
            let value = value.unwrap_or_default();
            let problem = match *known {
                "Expires" if httpdate::parse_http_date(value).is_err() => {
                    Some(format!("Expires={value} is not a date (send an IMF-fixdate)"))
                }
                "Max-Age" if !value.strip_prefix('-').unwrap_or(value).bytes().all(|b| b.is_ascii_digit()) || value.is_empty() => {
                    Some(format!("Max-Age={value} is not a number of seconds"))
                }
                "SameSite" if !["Strict", "Lax", "None"].iter().any(|s| s.eq_ignore_ascii_case(value)) => {
                    Some(format!("SameSite={value} is none of Strict, Lax and None: browsers treat it as Lax"))
                }
                _ => None,
            };
            if let Some(p) = problem {
                problems.push((Level::Warning, p));
            }
        }
        for (level, problem) in problems {
            out.push(
                rule.finding(level, format!("Set-Cookie {}: {problem}", cookie.name))
                    .field("Set-Cookie"),
            );
        }
    }
}

/// `cookie-prefix`: a `__Secure-` cookie without Secure, a `__Host-` cookie
/// without Secure, with Domain, or with a Path other than `/`: browsers
/// ignore the cookie.
pub fn cookie_prefix(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for cookie in cookies(r) {
        let problem = if cookie.name.starts_with("__Host-") {
            let path_root = cookie.attribute("Path") == Some(Some("/"));
            if !cookie.has("Secure") {
                Some("a __Host- cookie needs Secure")
            } else if cookie.has("Domain") {
                Some("a __Host- cookie may not have Domain")
            } else if !path_root {
                Some("a __Host- cookie needs Path=/")
            } else {
                None
            }
        } else if cookie.name.starts_with("__Secure-") && !cookie.has("Secure") {
            Some("a __Secure- cookie needs Secure")
        } else {
            None
        };
        if let Some(problem) = problem {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Set-Cookie {}: {problem}; browsers ignore the cookie",
                        cookie.name
                    ),
                )
                .field("Set-Cookie")
                .fix("send \"Set-Cookie: __Host-id=…; Secure; Path=/\" (no Domain)".into()),
            );
        }
    }
}

/// `cookie-samesite-none`: SameSite=None without Secure; browsers ignore
/// the cookie.
pub fn cookie_samesite_none(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for cookie in cookies(r) {
        let none = cookie
            .attribute("SameSite")
            .flatten()
            .is_some_and(|v| v.eq_ignore_ascii_case("None"));
        if none && !cookie.has("Secure") {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Set-Cookie {}: SameSite=None without Secure; browsers ignore the cookie",
                        cookie.name
                    ),
                )
                .field("Set-Cookie")
                .fix("add Secure (and serve over HTTPS)".into()),
            );
        }
    }
}

/// `cookie-partitioned`: Partitioned without Secure; browsers ignore the
/// cookie (CHIPS).
pub fn cookie_partitioned(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for cookie in cookies(r) {
        if cookie.has("Partitioned") && !cookie.has("Secure") {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Set-Cookie {}: Partitioned without Secure; browsers ignore the cookie",
                        cookie.name
                    ),
                )
                .field("Set-Cookie")
                .fix("add Secure".into()),
            );
        }
    }
}

/// `cookie-lifetime`: Max-Age, or Expires after the response's Date, beyond
/// 400 days: browsers cap it.
pub fn cookie_lifetime(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let date = r
        .field("Date")
        .and_then(|f| httpdate::parse_http_date(&f.value).ok());
    for cookie in cookies(r) {
        let by_max_age = cookie
            .attribute("Max-Age")
            .flatten()
            .and_then(|v| v.parse::<u64>().ok())
            .map(|s| s > MAX_LIFETIME);
        let by_expires = || {
            let expires = httpdate::parse_http_date(cookie.attribute("Expires")??).ok()?;
            let lifetime = expires.duration_since(date?).ok()?;
            Some(lifetime.as_secs() > MAX_LIFETIME)
        };
        // Max-Age wins over Expires when both are given.
        if by_max_age.or_else(by_expires) == Some(true) {
            out.push(
                rule.finding(
                    Level::Note,
                    format!(
                        "Set-Cookie {}: a lifetime over 400 days; browsers cap it at 400 days",
                        cookie.name
                    ),
                )
                .field("Set-Cookie"),
            );
        }
    }
}
