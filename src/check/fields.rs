//! Rules about single header fields: their grammar (a sender MUST NOT generate
//! what the ABNF does not allow, RFC 9110 §2.2) and how they are written.

use crate::model::Form;

use super::fix::quoted;
use super::rule::{Findings, Rule};
use super::syntax::{self, ContentRange};
use super::uri;
use super::{Level, Response};

/// `content-length-syntax`: digits only; repeated values must agree.
pub fn content_length_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let values: Vec<&str> = r.all("Content-Length").map(|f| f.value.as_str()).collect();
    if values.is_empty() {
        return;
    }
    if let Err(why) = syntax::content_length(&values) {
        out.push(
            rule.error(
                "Content-Length",
                format!("Content-Length \"{}\" is invalid: {why}", values.join(", ")),
            )
            .fix("send one \"Content-Length: <bytes>\"".into()),
        );
    }
}

/// `allow-syntax`: a comma-separated list of method tokens (possibly empty).
pub fn allow_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Allow") {
        let bad = syntax::allow_invalid(&field.value);
        if !bad.is_empty() {
            out.push(
                rule.error(
                    "Allow",
                    format!(
                        "Allow lists {} which {} not a method name",
                        bad.iter()
                            .map(|m| format!("\"{m}\""))
                            .collect::<Vec<_>>()
                            .join(", "),
                        if bad.len() == 1 { "is" } else { "are" }
                    ),
                )
                .fix("list method tokens separated by commas, e.g. \"Allow: GET, HEAD\"".into()),
            );
        }
    }
}

/// `allow-lists-method`: a 405 whose Allow lists the very method it refused.
pub fn allow_lists_method(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let (405, Some(method)) = (r.status, r.method.as_deref()) else {
        return;
    };
    for field in r.all("Allow") {
        if syntax::list(&field.value).any(|m| m == method) {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!("the 405 refuses {method}, yet its Allow lists {method} as supported"),
                )
                .field("Allow")
                .fix(format!("leave {method} out of Allow, or accept {method}")),
            );
        }
    }
}

/// `content-range-syntax`: `bytes first-last/length` or `bytes */length`.
pub fn content_range_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Content-Range") {
        if let Err(why) = syntax::content_range(&field.value) {
            out.push(
                rule.error(
                    "Content-Range",
                    format!("Content-Range \"{}\" is invalid: {why}", field.value),
                )
                .fix("send \"Content-Range: bytes 0-99/1234\" (or \"bytes */1234\" on 416)".into()),
            );
        }
    }
}

/// `content-range-416`: a 416's Content-Range gives the current length as `bytes */length`.
pub fn content_range_416(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if r.status != 416 {
        return;
    }
    for field in r.all("Content-Range") {
        if let Ok(ContentRange::Range { .. }) = syntax::content_range(&field.value) {
            out.push(
                rule.finding(Level::Warning, format!(
                        "a 416's Content-Range SHOULD give the current length as \"bytes */length\", \
                         not a range (\"{}\")",
                        field.value
                    ),
                )
                .field("Content-Range")
                .fix("send \"Content-Range: bytes */<complete length>\"".into()),
            );
        }
    }
}

/// `multipart-content-range`: a multipart/byteranges response carries
/// Content-Range in each part (when the content was captured), never in its
/// header section, and names its boundary.
pub fn multipart_content_range(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if !r.is_multipart() {
        return;
    }
    if r.has("Content-Range") {
        out.push(
            rule.error(
                "Content-Range",
                "Content-Range in the header section of a multipart/byteranges response: \
                 each part carries its own, the header section MUST NOT"
                    .into(),
            )
            .fix("remove \"Content-Range\" from the header section".into()),
        );
    }
    for part in r.parts.iter().filter(|p| !p.content_range) {
        out.push(
            rule.error(
                "Content-Range",
                format!(
                    "line {}: a part of the multipart/byteranges content has no Content-Range; \
                     each part MUST say which range it holds",
                    part.line
                ),
            )
            .fix("add \"Content-Range: bytes <first>-<last>/<length>\" to each part".into()),
        );
    }
    if r.boundary().is_none_or(|b| b.is_empty()) {
        out.push(
            rule.error(
                "Content-Type",
                "multipart/byteranges without its required boundary parameter".into(),
            )
            .fix("send \"Content-Type: multipart/byteranges; boundary=<boundary>\"".into()),
        );
    }
}

/// `location-syntax`: a URI reference (relative ones are fine), RFC 3986
/// §4.1 as `uri::reference` reads it.
pub fn location_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Location") {
        let problem = if field.value.is_empty() {
            Err("it is empty".to_string())
        } else {
            uri::reference(&field.value).map(drop)
        };
        if let Err(why) = problem {
            out.push(
                rule.error(
                    "Location",
                    format!("Location \"{}\" is not a URI reference: {why}", field.value),
                )
                .fix("percent-encode the URI, e.g. \"/a%20b\" for \"/a b\"".into()),
            );
        }
    }
}

/// `content-location-syntax`: `absolute-URI / partial-URI`, which is a URI
/// reference without a fragment (RFC 9110 §8.7, RFC 3986 §4.3).
pub fn content_location_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Content-Location") {
        let problem = match uri::reference(&field.value) {
            Err(why) => why,
            Ok(reference) if reference.fragment => {
                "it has a fragment, which Content-Location cannot carry".to_string()
            }
            Ok(_) => continue,
        };
        out.push(
            rule.error(
                "Content-Location",
                format!(
                    "Content-Location \"{}\" is not an absolute or partial URI: {problem}",
                    field.value
                ),
            )
            .fix(
                "send the representation's URI without \"#…\", e.g. \"Content-Location: /docs/en\""
                    .into(),
            ),
        );
    }
}

/// `uri-userinfo`: no `user:password@` in an http(s) URI that Location or
/// Content-Location carries (RFC 9110 §4.2.4): it puts credentials in the
/// clear, and a name before "@" can pass for the host it is not.
pub fn uri_userinfo(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for name in ["Location", "Content-Location"] {
        for field in r.all(name) {
            if uri::reference(&field.value).is_ok_and(|u| u.http_userinfo) {
                out.push(
                    rule.error(
                        name,
                        format!(
                            "{name} \"{}\" has userinfo before \"@\", which a sender must not \
                             generate in an http or https URI",
                            field.value
                        ),
                    )
                    .fix(
                        "drop \"user:password@\" from the URI; credentials go in Authorization"
                            .into(),
                    ),
                );
            }
        }
    }
}

/// `challenge-syntax`: WWW-Authenticate and Proxy-Authenticate start with an
/// auth scheme.
pub fn challenge_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for (name, source) in [
        ("WWW-Authenticate", "RFC 9110 §11.6.1"),
        ("Proxy-Authenticate", "RFC 9110 §11.7.1"),
    ] {
        for field in r.all(name) {
            if !syntax::challenge_valid(&field.value) {
                out.push(
                    rule.cited(
                        Level::Error,
                        source,
                        format!(
                            "{name} \"{}\" is not a challenge: it starts with an auth scheme \
                             (RFC 9110 §11.3)",
                            field.value
                        ),
                    )
                    .field(name)
                    .fix(format!(
                        "send {} or another scheme",
                        quoted(&format!("{name}: Bearer realm=\"api\""))
                    )),
                );
            }
        }
    }
}

/// `etag-syntax`: a quoted opaque tag, optionally weak (`W/"…"`).
pub fn etag_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("ETag") {
        if !syntax::etag_valid(&field.value) {
            out.push(
                rule.error(
                    "ETag",
                    format!("ETag {} is not a quoted entity tag", field.value),
                )
                .fix(format!(
                    "send {}",
                    quoted(&format!("ETag: \"{}\"", field.value.trim_matches('"')))
                )),
            );
        }
    }
}

/// `field-syntax`: field names are tokens; values hold no control characters.
pub fn field_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in &r.fields {
        if !syntax::is_token(&field.name) {
            out.push(
                rule.cited(
                    Level::Error,
                    "RFC 9110 §5.1",
                    format!(
                        "line {}: \"{}\" is not a valid field name (a token)",
                        field.line, field.name
                    ),
                )
                .field(&field.name),
            );
        } else if syntax::has_control(&field.value) {
            out.push(
                rule.cited(
                    Level::Error,
                    "RFC 9110 §5.5",
                    format!(
                        "line {}: {} holds control characters",
                        field.line, field.name
                    ),
                )
                .field(&field.name),
            );
        }
    }
}

/// `obs-fold`: a field value continued on the next line.
pub fn obs_fold(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.fields.iter().filter(|f| f.folded) {
        out.push(
            rule.error(
                &field.name,
                format!(
                    "line {}: {} is folded over several lines (obsolete line folding); a \
                     sender MUST NOT generate it",
                    field.line, field.name
                ),
            )
            .fix(format!("send {} on one line", field.name)),
        );
    }
}

/// `space-before-colon`: whitespace between a field name and its colon.
pub fn space_before_colon(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.fields.iter().filter(|f| f.space_before_colon) {
        out.push(
            rule.error(
                &field.name,
                format!(
                    "line {}: whitespace between \"{}\" and its colon is not allowed",
                    field.line, field.name
                ),
            )
            .fix(format!(
                "send \"{}:\" with no space before the colon",
                field.name
            )),
        );
    }
}

/// Single-value fields whose repetition another rule judges: Content-Length
/// may repeat one value (RFC 9110 §8.6, `content-length-syntax`), and a
/// browser keeps the first Strict-Transport-Security (RFC 6797 §8.1,
/// `hsts-syntax`).
const REPEATS_JUDGED_ELSEWHERE: &[&str] = &["Content-Length", "Strict-Transport-Security"];

/// `duplicate-field`: a field the dataset records as `form: single` sent on
/// more than one line; its value is not a list, so a sender MUST NOT repeat it.
pub fn duplicate_field(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for record in r.known_fields() {
        let name = &*record.name;
        if record.form != Some(Form::Single) || REPEATS_JUDGED_ELSEWHERE.contains(&name) {
            continue;
        }
        let count = r.all(name).count();
        if count > 1 {
            out.push(
                rule.error(
                    name,
                    format!("{name} appears {count} times; it holds a single value"),
                )
                .fix(format!("send {name} once")),
            );
        }
    }
}

/// `content-encoding-identity`: "identity" is Accept-Encoding's synonym for
/// "no encoding" (RFC 9110 §12.5.3), registered as reserved for that use, not
/// as a content coding (§18.6, the HTTP Content Coding Registry). RFC 9110
/// states no requirement keyword for it in Content-Encoding (RFC 2616 §3.5's
/// "SHOULD NOT" is gone): a warning, since it names no coding.
pub fn content_encoding_identity(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Content-Encoding") {
        if syntax::list(&field.value).any(|c| c.eq_ignore_ascii_case("identity")) {
            out.push(
                rule.finding(
                    Level::Warning,
                    "Content-Encoding lists \"identity\", which is Accept-Encoding's word for \
                     \"no encoding\", not a content coding"
                        .into(),
                )
                .field("Content-Encoding")
                .fix("leave out \"identity\" (or the whole field, when no coding applies)".into()),
            );
        }
    }
}
