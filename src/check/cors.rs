//! Rules about the CORS response fields, as the Fetch standard defines them
//! (https://fetch.spec.whatwg.org/#http-responses): what a browser's CORS
//! check accepts, and what it makes of the rest.

use super::rule::{Findings, Rule};
use super::syntax;
use super::{Level, Response};

/// A serialized origin: `scheme "://" host [ ":" port ]`, nothing after.
fn is_origin(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let scheme_ok = scheme
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || rest.starts_with('[') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.[]:".contains(&b));
    scheme_ok
        && host_ok
        && port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `cors-allow-origin`: Access-Control-Allow-Origin is `*`, `null` or one
/// origin; a list, a path or a trailing slash fails every CORS check.
pub fn cors_allow_origin(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let fields: Vec<_> = r.all("Access-Control-Allow-Origin").collect();
    let value = fields
        .iter()
        .map(|f| f.value.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if fields.is_empty() || value == "*" || value == "null" || is_origin(&value) {
        return;
    }
    let why = if fields.len() > 1 || value.contains(',') {
        "it holds several values; it may name one origin only"
    } else {
        "it is not *, null or an origin (scheme://host[:port], no path or trailing slash)"
    };
    out.push(
        rule.error(
            "Access-Control-Allow-Origin",
            format!("Access-Control-Allow-Origin \"{value}\": {why}, so every CORS check fails"),
        )
        .fix("send the one requesting origin (and Vary: Origin), e.g. \"Access-Control-Allow-Origin: https://app.example\"".into()),
    );
}

/// `cors-credentials`: Access-Control-Allow-Credentials is `true` (exactly),
/// and a credentialed request cannot use `*` for the origin.
pub fn cors_credentials(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(field) = r.field("Access-Control-Allow-Credentials") else {
        return;
    };
    if field.value != "true" {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "Access-Control-Allow-Credentials \"{}\": only \"true\" (lower case) allows credentials",
                    field.value
                ),
            )
            .field("Access-Control-Allow-Credentials")
            .fix("send \"Access-Control-Allow-Credentials: true\", or leave the field out".into()),
        );
    } else if r
        .field("Access-Control-Allow-Origin")
        .is_some_and(|f| f.value == "*")
    {
        out.push(
            rule.finding(
                Level::Warning,
                "Access-Control-Allow-Origin * with Allow-Credentials true: a request with \
                 credentials fails the CORS check, since * is not allowed there"
                    .into(),
            )
            .field("Access-Control-Allow-Origin")
            .fix("send the requesting origin instead of * (and Vary: Origin)".into()),
        );
    }
}

/// `cors-syntax`: Max-Age is delta-seconds; Expose-Headers, Allow-Headers
/// and Allow-Methods are comma-separated tokens (or `*`).
pub fn cors_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Access-Control-Max-Age") {
        if !syntax::delta_seconds(&field.value) {
            out.push(
                rule.error(
                    "Access-Control-Max-Age",
                    format!(
                        "Access-Control-Max-Age \"{}\" is not a number of seconds",
                        field.value
                    ),
                )
                .fix("send \"Access-Control-Max-Age: 600\"".into()),
            );
        }
    }
    for name in [
        "Access-Control-Expose-Headers",
        "Access-Control-Allow-Headers",
        "Access-Control-Allow-Methods",
    ] {
        for field in r.all(name) {
            let bad: Vec<&str> = syntax::list(&field.value)
                .filter(|t| *t != "*" && !syntax::is_token(t))
                .collect();
            if !bad.is_empty() {
                out.push(
                    rule.error(
                        name,
                        format!(
                            "{name} lists \"{}\", which is not a name",
                            bad.join("\", \"")
                        ),
                    )
                    .fix(format!(
                        "list names separated by commas, e.g. \"{name}: Content-Type\""
                    )),
                );
            }
        }
    }
}

/// `cors-preflight-only`: fields only a preflight (an OPTIONS response)
/// uses, on a response to another method: browsers ignore them there.
pub fn cors_preflight_only(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(method) = r.method.as_deref().filter(|m| *m != "OPTIONS") else {
        return;
    };
    for name in [
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Max-Age",
    ] {
        if r.has(name) {
            out.push(
                rule.finding(
                    Level::Note,
                    format!(
                        "{name} on a response to {method}: only a preflight (OPTIONS) reads it"
                    ),
                )
                .field(name),
            );
        }
    }
}
