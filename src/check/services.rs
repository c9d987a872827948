//! Rules about fields that advertise what a server offers: the media types
//! it accepts in a PATCH, POST or QUERY (Accept-Patch, Accept-Post,
//! Accept-Query), its alternative
//! services (Alt-Svc, RFC 7838) and its timings (Server-Timing, W3C).

use super::rule::{Findings, Rule};
use super::syntax;
use super::{Level, Response};

/// `type "/" subtype` with optional `;` parameters, both tokens (`*` is one).
fn media_type_ok(value: &str) -> bool {
    let essence = value.split(';').next().unwrap_or_default().trim();
    essence
        .split_once('/')
        .is_some_and(|(t, s)| syntax::is_token(t) && syntax::is_token(s))
        && value.parse::<mime::Mime>().is_ok()
}

/// `accept-media-types`: Accept-Patch is `1#media-type` (RFC 5789 §3.1),
/// Accept-Post `#media-range` (W3C LDP §7.1).
pub fn accept_media_types(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for (name, source) in [
        ("Accept-Patch", "RFC 5789 §3.1"),
        (
            "Accept-Post",
            "https://www.w3.org/TR/ldp/#header-accept-post",
        ),
    ] {
        for field in r.all(name) {
            let bad: Vec<&str> = syntax::split_outside_quotes(&field.value, b',')
                .into_iter()
                .map(str::trim)
                .filter(|m| !m.is_empty() && !media_type_ok(m))
                .collect();
            let empty = name == "Accept-Patch" && syntax::list(&field.value).next().is_none();
            if bad.is_empty() && !empty {
                continue;
            }
            out.push(
                rule.cited(
                    Level::Error,
                    source,
                    format!(
                        "{name} \"{}\" is not a list of media types (type/subtype)",
                        field.value
                    ),
                )
                .field(name)
                .fix(format!(
                    "send \"{name}: application/json, application/merge-patch+json\""
                )),
            );
        }
    }
}

/// A media range without parameters as RFC 9110 §12.5.1 writes it: `*/*`,
/// `type/*` or `type/subtype`, each part a token.
fn media_range_ok(range: &str) -> bool {
    range
        .split_once('/')
        .is_some_and(|(t, s)| syntax::is_token(t) && syntax::is_token(s) && (t != "*" || s == "*"))
}

/// What is wrong with one Accept-Query member, if anything: it is a Token
/// or a String holding a media range, its parameters apart (RFC 10008 §3).
fn accept_query_member(entry: &sfv::ListEntry) -> Option<String> {
    let sfv::ListEntry::Item(item) = entry else {
        return Some("an inner list is not a media range".into());
    };
    let range = match &item.bare_item {
        sfv::BareItem::Token(t) => t.as_str(),
        sfv::BareItem::String(s) => s.as_str(),
        _ => return Some("a member is neither a Token nor a String".into()),
    };
    (!media_range_ok(range)).then(|| {
        format!("\"{range}\" is not a media range (type/subtype, type/* or */*, parameters as ;name=value after it)")
    })
}

/// `accept-query-syntax`: Accept-Query is a structured List of media ranges,
/// each a Token or a String (RFC 10008 §3).
pub fn accept_query_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Accept-Query") {
        let problem = match sfv::Parser::new(field.value.as_str()).parse_list::<sfv::List>() {
            Err(e) => Some(format!("it is not a structured List ({e})")),
            Ok(list) => list.iter().find_map(accept_query_member),
        };
        if let Some(problem) = problem {
            out.push(
                rule.error(
                    "Accept-Query",
                    format!("Accept-Query \"{}\": {problem}", field.value),
                )
                .fix("send e.g. 'Accept-Query: \"application/jsonpath\", application/sql;charset=\"UTF-8\"'".into()),
            );
        }
    }
}

/// What is wrong with one server-timing-metric whose parameters have no OWS
/// around "=", if anything.
fn metric_problem(metric: &str) -> Option<String> {
    match syntax::parts(metric) {
        Err(why) => Some(why),
        Ok(list) => match list.split_first() {
            Some((name, _)) if name.value.is_some() => Some(format!(
                "\"{}\" starts with a parameter, not a metric name",
                metric.trim()
            )),
            Some((_, params)) => params
                .iter()
                .find(|p| p.value.is_none())
                .map(|p| format!("parameter \"{}\" has no value", p.name)),
            None => None,
        },
    }
}

/// One server-timing-param with the OWS its grammar allows around "=" taken
/// out, so that it parses as `token "=" ( token / quoted-string )`. The name
/// is a token, so the first "=" is the one after it.
fn server_timing_param(param: &str) -> String {
    match param.split_once('=') {
        Some((name, value)) => format!("{}={}", name.trim_end(), value.trim_start()),
        None => param.to_string(),
    }
}

/// `server-timing-syntax`, from the ABNF of the W3C Server Timing draft,
/// section "The Server-Timing Header Field" (the editor's draft,
/// <https://w3c.github.io/server-timing/#the-server-timing-header-field>,
/// read in its source as of 2026-04-07):
/// `Server-Timing = #server-timing-metric`, a metric being `metric-name *(
/// OWS ";" OWS server-timing-param )`, the name a token, and each parameter
/// `server-timing-param-name OWS "=" OWS server-timing-param-value`, a
/// token then a token or quoted-string. `dur` and `desc` are the two names
/// the draft defines; others are allowed.
pub fn server_timing_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Server-Timing") {
        let problem = syntax::split_outside_quotes(&field.value, b',')
            .into_iter()
            .filter(|m| !m.trim().is_empty())
            .find_map(|metric| {
                let metric = syntax::split_outside_quotes(metric, b';')
                    .into_iter()
                    .map(server_timing_param)
                    .collect::<Vec<_>>()
                    .join(";");
                metric_problem(&metric)
            });
        if let Some(problem) = problem {
            out.push(
                rule.error(
                    "Server-Timing",
                    format!("Server-Timing \"{}\": {problem}", field.value),
                )
                .fix(
                    "send \"Server-Timing: db;dur=53, cache;desc=\\\"Cache Read\\\";dur=23.2\""
                        .into(),
                ),
            );
        }
    }
}

/// `alt-svc-syntax`, from the ABNF of RFC 7838 §3: `clear` (case-sensitive)
/// or `1#alt-value`, an alt-value being `protocol-id "=" alt-authority *( OWS
/// ";" OWS parameter )`, protocol-id a token, alt-authority a quoted-string
/// holding `[ uri-host ] ":" port`, and each parameter `token "=" ( token /
/// quoted-string )`; `ma` is delta-seconds (§3.1). Unknown parameters are
/// allowed (§3), and `persist` values other than "1" are ignored, not wrong
/// (§3.1).
pub fn alt_svc_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Alt-Svc") {
        if field.value.trim() == "clear" {
            continue;
        }
        let problem = syntax::split_outside_quotes(&field.value, b',')
            .into_iter()
            .filter(|m| !m.trim().is_empty())
            .find_map(|alt| match syntax::parts(alt) {
                Err(why) => Some(why),
                Ok(list) => {
                    let (first, params) = list.split_first()?;
                    let port_ok = |a: &str| {
                        a.rsplit_once(':')
                            .is_some_and(|(_, port)| syntax::delta_seconds(port))
                    };
                    if !first.quoted || !first.value.is_some_and(port_ok) {
                        Some(format!(
                            "\"{}\" is not protocol-id=\"[host]:port\" (the authority quoted, with a port)",
                            alt.trim()
                        ))
                    } else {
                        params.iter().find_map(|p| match p.value {
                            None => Some(format!("parameter \"{}\" has no value", p.name)),
                            Some(v) if p.name.eq_ignore_ascii_case("ma") && !syntax::delta_seconds(v) => {
                                Some(format!("ma={v} is not a number of seconds"))
                            }
                            Some(_) => None,
                        })
                    }
                }
            });
        if let Some(problem) = problem {
            out.push(
                rule.error("Alt-Svc", format!("Alt-Svc \"{}\": {problem}", field.value))
                    .fix("send 'Alt-Svc: h3=\":443\"; ma=86400'".into()),
            );
        }
    }
}
