//! Surrogate-Control, the response field an origin uses to steer surrogates
//! (reverse proxies, CDNs) separately from other caches: W3C Edge
//! Architecture Specification 1.0 (a 2001 Note), §2.2 and its directives
//! (§2.2.1 no-store, §2.2.2 no-store-remote, §2.2.3 max-age, §2.2.4
//! content), each of which §2.3 lets carry `;device-token` to target one
//! surrogate. Extension directives are allowed, so the set is open: an
//! unknown directive is only a note.

use super::rule::{Findings, Rule};
use super::syntax::{self, Directive};
use super::{Level, Response};

/// The directives the Note itself defines (§2.2.1 to §2.2.4).
const DEFINED: &[&str] = &["no-store", "no-store-remote", "max-age", "content"];

/// `max-age=delta-seconds[+delta-seconds]`: the freshness lifetime, and
/// optionally how long a stale copy may still be served after it.
fn max_age_ok(value: &str) -> bool {
    match value.split_once('+') {
        Some((age, extension)) => syntax::delta_seconds(age) && syntax::delta_seconds(extension),
        None => syntax::delta_seconds(value),
    }
}

/// What is wrong with one directive, if anything.
fn problem(d: &Directive) -> Option<String> {
    let name = d.name.to_ascii_lowercase();
    match (name.as_str(), d.value) {
        ("no-store" | "no-store-remote", Some(v)) => {
            Some(format!("{} takes no value (={v})", d.name))
        }
        ("max-age", None) => Some("max-age has no number of seconds".into()),
        ("max-age", Some(v)) if d.quoted || !max_age_ok(v) => Some(format!(
            "max-age={} is not seconds, or seconds+seconds",
            if d.quoted {
                format!("\"{v}\"")
            } else {
                v.to_string()
            }
        )),
        _ => None,
    }
}

/// One list member: a directive and at most one `;device-token`. `Ok`
/// carries the directive; `Err` says what is wrong.
fn member(text: &str) -> Result<Directive<'_>, String> {
    let parts = syntax::parts(text)?;
    match parts.as_slice() {
        [directive] => Ok(*directive),
        [directive, target] if target.value.is_none() => Ok(*directive),
        [_, target] => Err(format!(
            "the target \"{}={}\" is not a device token",
            target.name,
            target.value.unwrap_or_default()
        )),
        _ => Err(format!(
            "\"{}\" has more than one ;device-token",
            text.trim()
        )),
    }
}

/// `surrogate-control-syntax`: each member is a directive, optionally
/// `;device-token`; max-age is `seconds[+seconds]`; no-store and
/// no-store-remote take no value (errors). A directive the Note does not
/// define is a note: only a surrogate that implements it acts on it.
pub fn surrogate_control_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Surrogate-Control") {
        let members: Vec<&str> = syntax::split_outside_quotes(&field.value, b',')
            .into_iter()
            .filter(|m| !m.trim().is_empty())
            .collect();
        let mut unknown: Vec<&str> = Vec::new();
        let mut error = None;
        for text in members {
            match member(text) {
                Err(why) => error = error.or(Some(why)),
                Ok(d) => {
                    error = error.or_else(|| problem(&d));
                    if !DEFINED.iter().any(|k| k.eq_ignore_ascii_case(d.name)) {
                        unknown.push(d.name);
                    }
                }
            }
        }
        if let Some(why) = error {
            out.push(
                rule.error(
                    "Surrogate-Control",
                    format!("Surrogate-Control \"{}\": {why}", field.value),
                )
                .fix(
                    "send e.g. \"Surrogate-Control: max-age=600, content=\\\"ESI/1.0\\\"\"".into(),
                ),
            );
        } else if !unknown.is_empty() {
            out.push(
                rule.finding(
                    Level::Note,
                    format!(
                        "Surrogate-Control {} is not one of the directives the Edge Architecture defines (no-store, no-store-remote, max-age, content); only a surrogate that implements it as an extension acts on it",
                        unknown.join(", ")
                    ),
                )
                .field("Surrogate-Control"),
            );
        }
    }
}
