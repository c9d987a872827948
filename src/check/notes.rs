//! Notes: useful facts about a response that break no requirement (an
//! unregistered code, a reason phrase of its own, heuristic freshness).

use crate::data;
use crate::model::Iana;

use super::rule::{Findings, Rule};
use super::{Level, Response};

/// `status-unregistered`: a code outside the IANA registry, with the meanings
/// vendors give it; clients treat an unknown code as the x00 of its class.
pub fn status_unregistered(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let code = data::code(r.status);
    if code.is_some_and(|c| c.official()) {
        return;
    }
    let class = r.status / 100 * 100;
    let mut message = format!(
        "{} is not a registered status code; a client that does not know it treats it as {class}",
        r.status
    );
    if let Some(code) = code {
        let vendors: Vec<String> = code
            .vendors
            .iter()
            .map(|v| format!("{}: {}", v.name, v.phrase))
            .collect();
        if !vendors.is_empty() {
            message.push_str(&format!(" (used by {})", vendors.join("; ")));
        }
    }
    out.push(rule.finding(Level::Note, message));
}

/// `status-unused`: a code the IANA registry marks as unused (306, 418):
/// it has no meaning in HTTP, so no server should send it, and a client
/// treats it as the x00 of its class.
pub fn status_unused(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(code) = data::code(r.status).filter(|c| c.iana() == Some(Iana::Unused)) else {
        return;
    };
    let class = r.status / 100 * 100;
    let message = format!(
        "{} is registered as unused: it has no meaning in HTTP and no server should send it; \
         a client treats it as {class}",
        r.status
    );
    let source = code
        .spec()
        .and_then(|s| s.section.as_ref().map(|n| format!("{} §{n}", s.document)))
        .unwrap_or_else(|| rule.source.to_string());
    out.push(
        rule.cited(Level::Warning, &source, message)
            .fix("send the registered code that names the problem (400, 403, 404…)".into()),
    );
}

/// `reason-phrase`: a reason phrase other than the registry's name. Free text,
/// so only a note (nginx's "405 Not Allowed").
pub fn reason_phrase(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let (Some(reason), Some(code)) = (r.reason.as_deref(), data::code(r.status)) else {
        return;
    };
    if !code.official() || r.method_is("CONNECT") {
        return;
    }
    let same = |name: &str| name.eq_ignore_ascii_case(reason.trim());
    if same(&code.name) || code.aliases.iter().any(|a| same(a)) {
        return;
    }
    out.push(rule.finding(
        Level::Note,
        format!(
            "reason phrase \"{reason}\" differs from the registered name \"{}\"; clients \
             ignore it, so this is harmless",
            code.name
        ),
    ));
}

/// `heuristic-freshness`: a heuristically cacheable response with no explicit
/// freshness, which caches may then reuse for as long as they estimate.
pub fn heuristic_freshness(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(code) = data::code(r.status) else {
        return;
    };
    let cacheable_method = r
        .method
        .as_deref()
        .is_none_or(|m| m == "GET" || m == "HEAD");
    if !code.caching.heuristic || !cacheable_method || r.has("Cache-Control") || r.has("Expires") {
        return;
    }
    out.push_absent(
        rule.finding(
            Level::Note,
            format!(
                "{} is heuristically cacheable and has no Cache-Control or Expires: caches may \
                 reuse it for a time they estimate",
                r.status
            ),
        )
        .field("Cache-Control")
        .fix("add \"Cache-Control: max-age=<seconds>\" (or \"no-store\")".into()),
    );
}
