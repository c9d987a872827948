//! Rules about caching fields: Cache-Control (RFC 9111 §5.2), the targeted
//! CDN-Cache-Control (RFC 9213), Vary (RFC 9110 §12.5.5), Pragma (RFC 9111
//! §5.4), Cache-Status (RFC 9211) and Proxy-Status (RFC 9209).

use super::rule::{Findings, Rule};
use super::syntax::{self, Directive};
use super::{Level, Response};

/// The response directives of RFC 9111 §5.2.2, and the registered extensions
/// caches know: stale-while-revalidate and stale-if-error (RFC 5861 §3, §4),
/// immutable (RFC 8246 §2).
const RESPONSE_DIRECTIVES: &[&str] = &[
    "max-age",
    "must-revalidate",
    "must-understand",
    "no-cache",
    "no-store",
    "no-transform",
    "private",
    "proxy-revalidate",
    "public",
    "s-maxage",
    "stale-while-revalidate",
    "stale-if-error",
    "immutable",
];

/// Request directives (RFC 9111 §5.2.1) that only a request can carry.
const REQUEST_ONLY: &[&str] = &["max-stale", "min-fresh", "only-if-cached"];

/// Directives whose argument is delta-seconds and required.
const SECONDS: &[&str] = &[
    "max-age",
    "s-maxage",
    "stale-while-revalidate",
    "stale-if-error",
];

/// Directives that take no argument in a response.
const NO_ARGUMENT: &[&str] = &[
    "must-revalidate",
    "must-understand",
    "no-store",
    "no-transform",
    "proxy-revalidate",
    "public",
    "immutable",
];

/// Every directive of every Cache-Control line of the response, in order;
/// `None` when a line does not parse (cache-control-syntax reports it).
pub(super) fn directives(r: &Response) -> Option<Vec<Directive<'_>>> {
    let mut all = Vec::new();
    for field in r.all("Cache-Control") {
        all.extend(syntax::directives(&field.value).ok()?);
    }
    Some(all)
}

pub(super) fn is(d: &Directive, name: &str) -> bool {
    d.name.eq_ignore_ascii_case(name)
}

/// `cache-control-syntax`: `#( token [ "=" ( token / quoted-string ) ] )`.
pub fn cache_control_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Cache-Control") {
        if let Err(why) = syntax::directives(&field.value) {
            out.push(
                rule.error(
                    "Cache-Control",
                    format!("Cache-Control \"{}\" does not parse: {why}", field.value),
                )
                .fix("send directives separated by commas, e.g. \"Cache-Control: max-age=60, public\"".into()),
            );
        }
    }
}

/// `cache-control-argument`: delta-seconds where a directive needs them
/// (an error: the grammar is broken), a quoted max-age or s-maxage (which a
/// sender SHOULD NOT generate), an argument on a directive that takes none,
/// and the token form of no-cache and private field lists.
pub fn cache_control_argument(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    for d in &all {
        let name = d.name.to_ascii_lowercase();
        if SECONDS.contains(&name.as_str()) {
            match d.value {
                Some(v) if syntax::delta_seconds(v) && !d.quoted => {}
                Some(v) if syntax::delta_seconds(v) => out.push(
                    rule.finding(
                        Level::Warning,
                        format!("Cache-Control {name}=\"{v}\" is quoted: a sender SHOULD NOT generate the quoted form"),
                    )
                    .field("Cache-Control")
                    .fix(format!("send {name}={v}")),
                ),
                Some(v) => out.push(
                    rule.error(
                        "Cache-Control",
                        format!("Cache-Control {name}={v} is not a number of seconds (delta-seconds, digits only)"),
                    )
                    .fix(format!("send {name}=<seconds>, e.g. {name}=60")),
                ),
                None => out.push(
                    rule.error(
                        "Cache-Control",
                        format!("Cache-Control {name} has no value: it takes a number of seconds"),
                    )
                    .fix(format!("send {name}=<seconds>, e.g. {name}=60")),
                ),
            }
        } else if NO_ARGUMENT.contains(&name.as_str()) && d.value.is_some() {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Cache-Control {name}={} has an argument, but {name} takes none: caches may \
                         not recognise it",
                        d.value.unwrap_or_default()
                    ),
                )
                .field("Cache-Control")
                .fix(format!("send {name} alone")),
            );
        } else if (name == "no-cache" || name == "private") && d.value.is_some() && !d.quoted {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Cache-Control {name}={} lists a field in the token form; a sender SHOULD \
                         generate the quoted form",
                        d.value.unwrap_or_default()
                    ),
                )
                .field("Cache-Control")
                .fix(format!("send {name}=\"{}\"", d.value.unwrap_or_default())),
            );
        }
    }
}

/// `cache-control-request-directive`: a request-only directive in a response.
pub fn cache_control_request_directive(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    for d in all.iter().filter(|d| REQUEST_ONLY.iter().any(|n| is(d, n))) {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "Cache-Control {} is a request directive: in a response it means nothing",
                    d.name
                ),
            )
            .field("Cache-Control")
            .fix(format!("remove {}", d.name)),
        );
    }
}

/// `cache-control-duplicate`: a directive given twice; caches then use the
/// first or treat the response as stale (RFC 9111 §4.2.1).
pub fn cache_control_duplicate(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    for (i, d) in all.iter().enumerate() {
        let first = all[..i]
            .iter()
            .all(|e| !e.name.eq_ignore_ascii_case(d.name));
        let count = all
            .iter()
            .filter(|e| e.name.eq_ignore_ascii_case(d.name))
            .count();
        if first && count > 1 {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Cache-Control gives {} {count} times: caches use the first or treat the \
                         response as stale",
                        d.name.to_ascii_lowercase()
                    ),
                )
                .field("Cache-Control")
                .fix(format!("send {} once", d.name.to_ascii_lowercase())),
            );
        }
    }
}

/// `cache-control-conflict`: directives that undo each other: no-store with
/// anything that lets caches keep the response, public with private.
pub fn cache_control_conflict(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    let has = |name: &str| all.iter().any(|d| is(d, name));
    if has("no-store") {
        let keeping: Vec<&str> = [
            "max-age",
            "s-maxage",
            "public",
            "immutable",
            "stale-while-revalidate",
        ]
        .into_iter()
        .filter(|n| has(n))
        .collect();
        if !keeping.is_empty() {
            out.push(
                rule.cited(
                    Level::Warning,
                    "RFC 9111 §5.2.2.5",
                    format!(
                        "Cache-Control has no-store with {}: no-store forbids storing the response, \
                         so the other directives do nothing",
                        keeping.join(" and ")
                    ),
                )
                .field("Cache-Control")
                .fix("keep no-store alone, or drop it to let caches store the response".into()),
            );
        }
    }
    if has("public") && has("private") {
        out.push(
            rule.cited(
                Level::Warning,
                "RFC 9111 §5.2.2.7, §5.2.2.9",
                "Cache-Control has both public and private: shared caches will not store it, \
                 whatever public says"
                    .into(),
            )
            .field("Cache-Control")
            .fix("send private (per user) or public (shared), not both".into()),
        );
    }
}

/// `cache-control-unknown`: a directive neither RFC 9111 nor a registered
/// extension defines; caches ignore it (RFC 9111 §5.2.3).
pub fn cache_control_unknown(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    for d in &all {
        let known = RESPONSE_DIRECTIVES
            .iter()
            .chain(REQUEST_ONLY)
            .any(|n| is(d, n));
        if !known {
            out.push(
                rule.finding(
                    Level::Note,
                    format!(
                        "Cache-Control {} is not a directive caches know: they ignore it",
                        d.name
                    ),
                )
                .field("Cache-Control"),
            );
        }
    }
}

/// `cdn-cache-control-syntax`: a structured Dictionary (RFC 9213 §2) whose
/// max-age and s-maxage are non-negative integers.
pub fn cdn_cache_control_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("CDN-Cache-Control") {
        let problem =
            match sfv::Parser::new(field.value.as_str()).parse_dictionary::<sfv::Dictionary>() {
                Err(e) => Some(format!("it is not a structured Dictionary ({e})")),
                Ok(dict) => dict.iter().find_map(|(key, entry)| {
                    let seconds = [
                        "max-age",
                        "s-maxage",
                        "stale-while-revalidate",
                        "stale-if-error",
                    ];
                    let sfv::ListEntry::Item(item) = entry else {
                        return None;
                    };
                    let ok = item
                        .bare_item
                        .as_integer()
                        .is_some_and(|i| i64::from(i) >= 0);
                    (seconds.contains(&key.as_str()) && !ok)
                        .then(|| format!("{} is not a non-negative integer", key.as_str()))
                }),
            };
        if let Some(problem) = problem {
            out.push(
                rule.error(
                    "CDN-Cache-Control",
                    format!("CDN-Cache-Control \"{}\": {problem}", field.value),
                )
                .fix("send e.g. \"CDN-Cache-Control: max-age=600\"".into()),
            );
        }
    }
}

/// `vary-syntax`: `#( "*" / field-name )`.
pub fn vary_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Vary") {
        let bad: Vec<&str> = syntax::list(&field.value)
            .filter(|m| *m != "*" && !syntax::is_token(m))
            .collect();
        if !bad.is_empty() {
            out.push(
                rule.error(
                    "Vary",
                    format!(
                        "Vary lists \"{}\", which is not a field name",
                        bad.join("\", \"")
                    ),
                )
                .fix("list field names separated by commas, e.g. \"Vary: Accept-Encoding\"".into()),
            );
        }
    }
}

/// `vary-star`: `*` with field names: `*` alone already says "anything".
pub fn vary_star(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let members: Vec<&str> = r.all("Vary").flat_map(|f| syntax::list(&f.value)).collect();
    if members.contains(&"*") && members.len() > 1 {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "Vary \"{}\" lists * with field names: * already means the response varies \
                     on more than fields, so the names do nothing",
                    members.join(", ")
                ),
            )
            .field("Vary")
            .fix("send \"Vary: *\" alone, or only the field names".into()),
        );
    }
}

/// `vary-defeats-caching`: varying on User-Agent (hundreds of values) keeps
/// a copy per browser build, so shared caches rarely hit.
pub fn vary_defeats_caching(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let members: Vec<&str> = r.all("Vary").flat_map(|f| syntax::list(&f.value)).collect();
    if members.iter().any(|m| m.eq_ignore_ascii_case("User-Agent")) {
        out.push(
            rule.finding(
                Level::Note,
                "Vary: User-Agent makes caches keep a copy per browser build, so shared caches \
                 rarely reuse it"
                    .into(),
            )
            .field("Vary"),
        );
    }
}

/// `pragma-response`: Pragma is a request field and deprecated; in a
/// response it has no meaning, so without Cache-Control nothing stops caching.
pub fn pragma_response(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if !r.has("Pragma") {
        return;
    }
    let finding = if r.has("Cache-Control") {
        rule.finding(
            Level::Note,
            "Pragma in a response has no meaning (it is a deprecated request field); the \
             Cache-Control beside it is what caches read"
                .into(),
        )
    } else {
        rule.finding(
            Level::Warning,
            "Pragma in a response has no meaning (it is a deprecated request field): caches \
             ignore it, and no Cache-Control says what was meant"
                .into(),
        )
        .fix("send \"Cache-Control: no-cache\" (or no-store)".into())
    };
    out.push(finding.field("Pragma"));
}

/// `cache-status-syntax` and `proxy-status-syntax`: structured Lists (RFC
/// 9211 §2, RFC 9209 §2).
pub fn status_lists_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for (name, source) in [
        ("Cache-Status", "RFC 9211 §2"),
        ("Proxy-Status", "RFC 9209 §2"),
    ] {
        for field in r.all(name) {
            if let Err(e) = sfv::Parser::new(field.value.as_str()).parse_list::<sfv::List>() {
                out.push(
                    rule.cited(
                        Level::Error,
                        source,
                        format!("{name} \"{}\" is not a structured List ({e})", field.value),
                    )
                    .field(name)
                    .fix(format!("send e.g. \"{name}: ExampleCache; hit\"")),
                );
            }
        }
    }
}
