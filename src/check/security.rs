//! Rules about transport security and isolation: Strict-Transport-Security
//! (RFC 6797), X-Frame-Options (RFC 7034), X-Content-Type-Options (Fetch),
//! Referrer-Policy (W3C Referrer Policy), the cross-origin policies (HTML,
//! Fetch), Permissions-Policy (a structured Dictionary) and
//! Content-Security-Policy (CSP Level 3).

use super::rule::{Findings, Rule};
use super::syntax;
use super::{Level, Response};

/// The directives of one Strict-Transport-Security value, `;`-separated
/// (RFC 6797 §6.1), names lower-cased, quotes removed.
fn sts_directives(value: &str) -> Vec<(String, Option<&str>)> {
    value
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| match d.split_once('=') {
            Some((n, v)) => (
                n.trim().to_ascii_lowercase(),
                Some(v.trim().trim_matches('"')),
            ),
            None => (d.to_ascii_lowercase(), None),
        })
        .collect()
}

/// `hsts-syntax`: max-age present once and a number of seconds, no
/// directive twice (RFC 6797 §6.1, §6.1.1); a second field is ignored (§8.1).
pub fn hsts_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let fields: Vec<_> = r.all("Strict-Transport-Security").collect();
    if fields.len() > 1 {
        out.push(
            rule.cited(
                Level::Warning,
                "RFC 6797 §8.1",
                "Strict-Transport-Security appears more than once: browsers read only the first"
                    .into(),
            )
            .field("Strict-Transport-Security")
            .fix("send the field once".into()),
        );
    }
    for field in fields {
        let directives = sts_directives(&field.value);
        let mut problems: Vec<String> = Vec::new();
        match directives.iter().find(|(n, _)| n == "max-age") {
            None => problems.push("it has no max-age, which is required".into()),
            Some((_, value)) if !value.is_some_and(syntax::delta_seconds) => {
                problems.push(format!(
                    "max-age={} is not a number of seconds",
                    value.unwrap_or_default()
                ))
            }
            _ => {}
        }
        for (i, (name, _)) in directives.iter().enumerate() {
            if directives[..i].iter().any(|(n, _)| n == name) {
                problems.push(format!(
                    "{name} appears twice; each directive MUST appear only once"
                ));
            }
        }
        for problem in problems {
            out.push(
                rule.error(
                    "Strict-Transport-Security",
                    format!("Strict-Transport-Security \"{}\": {problem}", field.value),
                )
                .fix(
                    "send \"Strict-Transport-Security: max-age=31536000; includeSubDomains\""
                        .into(),
                ),
            );
        }
    }
}

/// `hsts-preload`: `preload` without what the browsers' preload list asks
/// for: max-age of at least a year and includeSubDomains.
pub fn hsts_preload(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(field) = r.field("Strict-Transport-Security") else {
        return;
    };
    let directives = sts_directives(&field.value);
    if !directives.iter().any(|(n, _)| n == "preload") {
        return;
    }
    let max_age = directives
        .iter()
        .find(|(n, _)| n == "max-age")
        .and_then(|(_, v)| v.and_then(|v| v.parse::<u64>().ok()))
        .unwrap_or(0);
    let mut missing = Vec::new();
    if max_age < 31_536_000 {
        missing.push("max-age of at least 31536000 (a year)");
    }
    if !directives.iter().any(|(n, _)| n == "includesubdomains") {
        missing.push("includeSubDomains");
    }
    if !missing.is_empty() {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "Strict-Transport-Security has preload but not {}: the preload list will not take it",
                    missing.join(" or ")
                ),
            )
            .field("Strict-Transport-Security")
            .fix("send \"Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\"".into()),
        );
    }
}

/// `x-frame-options`: DENY or SAMEORIGIN; ALLOW-FROM and anything else are
/// ignored by browsers, so the page can be framed.
pub fn x_frame_options(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let values: Vec<&str> = r
        .all("X-Frame-Options")
        .flat_map(|f| syntax::list(&f.value))
        .collect();
    let known = |v: &&str| v.eq_ignore_ascii_case("DENY") || v.eq_ignore_ascii_case("SAMEORIGIN");
    let bad: Vec<&&str> = values.iter().filter(|v| !known(v)).collect();
    let conflicting = values
        .iter()
        .filter(|v| known(v))
        .any(|v| !v.eq_ignore_ascii_case(values[0]));
    if !bad.is_empty() || conflicting {
        let why = if bad
            .iter()
            .any(|v| v.to_ascii_uppercase().starts_with("ALLOW-FROM"))
        {
            "ALLOW-FROM is obsolete and browsers ignore it".to_string()
        } else if conflicting {
            "DENY and SAMEORIGIN together: browsers ignore both".to_string()
        } else {
            format!(
                "\"{}\" is neither DENY nor SAMEORIGIN, so browsers ignore it",
                values.join(", ")
            )
        };
        out.push(
            rule.finding(
                Level::Warning,
                format!("X-Frame-Options: {why}; the page can be framed"),
            )
            .field("X-Frame-Options")
            .fix("send \"X-Frame-Options: DENY\" (or SAMEORIGIN), or CSP frame-ancestors".into()),
        );
    }
}

/// `x-content-type-options`: `nosniff` is its only value.
pub fn x_content_type_options(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(field) = r.field("X-Content-Type-Options") else {
        return;
    };
    let first = field.value.split(',').next().unwrap_or_default().trim();
    if !first.eq_ignore_ascii_case("nosniff") {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "X-Content-Type-Options \"{}\" is not nosniff, so browsers still sniff",
                    field.value
                ),
            )
            .field("X-Content-Type-Options")
            .fix("send \"X-Content-Type-Options: nosniff\"".into()),
        );
    }
}

/// The policies of W3C Referrer Policy §3.
const REFERRER_POLICIES: &[&str] = &[
    "no-referrer",
    "no-referrer-when-downgrade",
    "same-origin",
    "origin",
    "strict-origin",
    "origin-when-cross-origin",
    "strict-origin-when-cross-origin",
    "unsafe-url",
];

/// `referrer-policy`: a value that is not a policy, which browsers skip.
pub fn referrer_policy(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Referrer-Policy") {
        let bad: Vec<&str> = syntax::list(&field.value)
            .filter(|t| !REFERRER_POLICIES.iter().any(|p| p.eq_ignore_ascii_case(t)))
            .collect();
        if !bad.is_empty() {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Referrer-Policy \"{}\" is not a referrer policy; browsers skip it",
                        bad.join(", ")
                    ),
                )
                .field("Referrer-Policy")
                .fix("send e.g. \"Referrer-Policy: strict-origin-when-cross-origin\"".into()),
            );
        }
    }
}

/// `cross-origin-policy`: Cross-Origin-Opener-Policy and
/// Cross-Origin-Embedder-Policy are structured tokens from a short list
/// (HTML); Cross-Origin-Resource-Policy is one of three words (Fetch). Any
/// other value is ignored.
pub fn cross_origin_policy(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let checks: [(&str, &[&str], bool); 3] = [
        (
            "Cross-Origin-Opener-Policy",
            &[
                "unsafe-none",
                "same-origin-allow-popups",
                "same-origin",
                "noopener-allow-popups",
            ],
            true,
        ),
        (
            "Cross-Origin-Embedder-Policy",
            &["unsafe-none", "require-corp", "credentialless"],
            true,
        ),
        (
            "Cross-Origin-Resource-Policy",
            &["same-site", "same-origin", "cross-origin"],
            false,
        ),
    ];
    for (name, allowed, structured) in checks {
        for field in r.all(name) {
            let token = if structured {
                sfv::Parser::new(field.value.as_str())
                    .parse_item::<sfv::Item>()
                    .ok()
                    .and_then(|i| i.bare_item.as_token().map(|t| t.as_str().to_string()))
            } else {
                Some(field.value.clone())
            };
            if !token.is_some_and(|t| allowed.contains(&t.as_str())) {
                out.push(
                    rule.finding(
                        Level::Warning,
                        format!(
                            "{name} \"{}\" is none of {}: browsers ignore it",
                            field.value,
                            allowed.join(", ")
                        ),
                    )
                    .field(name)
                    .fix(format!("send \"{name}: {}\"", allowed[allowed.len() - 2])),
                );
            }
        }
    }
}

/// `permissions-policy-syntax`: a structured Dictionary (its grammar is
/// RFC 9651's); the older Feature-Policy syntax does not parse.
pub fn permissions_policy_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Permissions-Policy") {
        if let Err(e) = sfv::Parser::new(field.value.as_str()).parse_dictionary::<sfv::Dictionary>()
        {
            out.push(
                rule.error(
                    "Permissions-Policy",
                    format!(
                        "Permissions-Policy \"{}\" is not a structured Dictionary ({e})",
                        field.value
                    ),
                )
                .fix("send e.g. \"Permissions-Policy: geolocation=(), camera=(self)\"".into()),
            );
        }
    }
}

/// The directives of CSP Level 3 and the specifications that extend it.
const CSP_DIRECTIVES: &[&str] = &[
    "base-uri",
    "block-all-mixed-content",
    "child-src",
    "connect-src",
    "default-src",
    "fenced-frame-src",
    "font-src",
    "form-action",
    "frame-ancestors",
    "frame-src",
    "img-src",
    "manifest-src",
    "media-src",
    "object-src",
    "prefetch-src",
    "report-to",
    "report-uri",
    "require-trusted-types-for",
    "sandbox",
    "script-src",
    "script-src-attr",
    "script-src-elem",
    "style-src",
    "style-src-attr",
    "style-src-elem",
    "trusted-types",
    "upgrade-insecure-requests",
    "webrtc",
    "worker-src",
];

/// `csp-directive`: a directive name CSP does not define or one given twice
/// (browsers ignore both: warnings), and report-uri, deprecated in favour
/// of report-to (a note).
pub fn csp_directive(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for name in [
        "Content-Security-Policy",
        "Content-Security-Policy-Report-Only",
    ] {
        for field in r.all(name) {
            for policy in field.value.split(',') {
                let names: Vec<String> = policy
                    .split(';')
                    .filter_map(|d| d.split_whitespace().next())
                    .map(str::to_ascii_lowercase)
                    .collect();
                for (i, directive) in names.iter().enumerate() {
                    let message = if !CSP_DIRECTIVES.contains(&directive.as_str()) {
                        Some((Level::Warning, format!("{name}: \"{directive}\" is not a CSP directive; browsers ignore it")))
                    } else if names[..i].contains(directive) {
                        Some((
                            Level::Warning,
                            format!(
                                "{name}: {directive} appears twice; browsers ignore the second"
                            ),
                        ))
                    } else if directive == "report-uri" {
                        Some((
                            Level::Note,
                            format!("{name}: report-uri is deprecated; send report-to as well"),
                        ))
                    } else {
                        None
                    };
                    if let Some((level, message)) = message {
                        out.push(rule.finding(level, message).field(name));
                    }
                }
            }
        }
    }
}

/// `hsts-over-http`: a browser ignores Strict-Transport-Security received
/// over plain HTTP (RFC 6797 §8.1), and a host MUST NOT send it there
/// (§7.2). Only a HAR entry says which scheme carried the response; a
/// warning, since the policy does nothing.
pub fn hsts_over_http(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let plain = r
        .url
        .as_deref()
        .and_then(|u| u.split_once("://"))
        .is_some_and(|(scheme, _)| scheme.eq_ignore_ascii_case("http"));
    if plain && r.has("Strict-Transport-Security") {
        out.push(
            rule.finding(
                Level::Warning,
                "Strict-Transport-Security on a response over plain HTTP: browsers ignore it"
                    .into(),
            )
            .field("Strict-Transport-Security")
            .fix(
                "redirect HTTP to HTTPS and send Strict-Transport-Security on the HTTPS responses"
                    .into(),
            ),
        );
    }
}
