//! The rules: each a small named unit with its source, run over one response.
//! The header fields each code requires come from the dataset (`headers`), so
//! data and checker cannot drift apart; the field grammars are in `fields`.

use crate::data;
use crate::model::{Condition, Requirement};

use super::fields;
use super::syntax::EXAMPLE_DATE;
use super::{Finding, Level, Response};

/// One rule: its stable name (the `rule` of its findings), the section it
/// enforces, and the check.
pub struct Rule {
    pub name: &'static str,
    /// The rule's citation; `header-required` and `header-forbidden` cite the
    /// section each dataset row records instead.
    pub source: &'static str,
    pub check: fn(&Response, &mut Vec<Finding>),
}

/// Every rule, in the order findings of one level are listed.
pub const RULES: &[Rule] = &[
    Rule {
        name: "header-required",
        source: "the dataset's section for each field",
        check: dataset_fields,
    },
    Rule {
        name: "header-forbidden",
        source: "the dataset's section for each field",
        check: dataset_fields_forbidden,
    },
    Rule {
        name: "content-forbidden",
        source: "RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5, §9.3.2",
        check: content_forbidden,
    },
    Rule {
        name: "framing-forbidden",
        source: "RFC 9110 §8.6, RFC 9112 §6.1, RFC 9110 §9.3.6",
        check: framing_forbidden,
    },
    Rule {
        name: "content-length-syntax",
        source: "RFC 9110 §8.6",
        check: fields::content_length_syntax,
    },
    Rule {
        name: "content-length-mismatch",
        source: "RFC 9112 §6.3",
        check: content_length_mismatch,
    },
    Rule {
        name: "content-length-with-transfer-encoding",
        source: "RFC 9112 §6.2",
        check: content_length_with_transfer_encoding,
    },
    Rule {
        name: "date-missing",
        source: "RFC 9110 §6.6.1",
        check: date_missing,
    },
    Rule {
        name: "http-date",
        source: "RFC 9110 §5.6.7",
        check: fields::http_date,
    },
    Rule {
        name: "retry-after-syntax",
        source: "RFC 9110 §10.2.3",
        check: fields::retry_after_syntax,
    },
    Rule {
        name: "allow-syntax",
        source: "RFC 9110 §10.2.1",
        check: fields::allow_syntax,
    },
    Rule {
        name: "allow-lists-method",
        source: "RFC 9110 §15.5.6",
        check: fields::allow_lists_method,
    },
    Rule {
        name: "content-range-syntax",
        source: "RFC 9110 §14.4",
        check: fields::content_range_syntax,
    },
    Rule {
        name: "content-range-416",
        source: "RFC 9110 §15.5.17",
        check: fields::content_range_416,
    },
    Rule {
        name: "multipart-content-range",
        source: "RFC 9110 §15.3.7.2",
        check: fields::multipart_content_range,
    },
    Rule {
        name: "location-syntax",
        source: "RFC 9110 §10.2.2",
        check: fields::location_syntax,
    },
    Rule {
        name: "challenge-syntax",
        source: "RFC 9110 §11.6.1, §11.7.1",
        check: fields::challenge_syntax,
    },
    Rule {
        name: "etag-syntax",
        source: "RFC 9110 §8.8.3",
        check: fields::etag_syntax,
    },
    Rule {
        name: "field-syntax",
        source: "RFC 9110 §5.1, §5.5",
        check: fields::field_syntax,
    },
    Rule {
        name: "obs-fold",
        source: "RFC 9112 §5.2",
        check: fields::obs_fold,
    },
    Rule {
        name: "space-before-colon",
        source: "RFC 9112 §5.1",
        check: fields::space_before_colon,
    },
    Rule {
        name: "duplicate-field",
        source: "RFC 9110 §5.3",
        check: fields::duplicate_field,
    },
    Rule {
        name: "content-type-missing",
        source: "RFC 9110 §8.3",
        check: content_type_missing,
    },
    Rule {
        name: "status-unregistered",
        source: "RFC 9110 §15",
        check: status_unregistered,
    },
    Rule {
        name: "reason-phrase",
        source: "RFC 9112 §4",
        check: reason_phrase,
    },
    Rule {
        name: "heuristic-freshness",
        source: "RFC 9111 §4.2.2",
        check: heuristic_freshness,
    },
];

/// All findings for one response: most serious first, and of two findings
/// that a field is absent, only the more serious.
pub fn check(response: &Response) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES {
        (rule.check)(response, &mut findings);
    }
    findings.sort_by_key(|f| f.level);
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for finding in findings {
        let repeated = finding.absent
            && kept.iter().any(|k| {
                k.absent
                    && k.field
                        .as_deref()
                        .zip(finding.field.as_deref())
                        .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
            });
        if !repeated {
            kept.push(finding);
        }
    }
    kept
}

impl Finding {
    pub fn new(level: Level, rule: &'static str, source: &str, message: String) -> Finding {
        Finding {
            level,
            rule,
            field: None,
            message,
            source: source.to_string(),
            fix: None,
            absent: false,
        }
    }

    pub fn field(mut self, name: &str) -> Finding {
        self.field = Some(name.to_string());
        self
    }

    pub fn fix(mut self, fix: String) -> Finding {
        self.fix = Some(fix);
        self
    }

    fn absent(mut self) -> Finding {
        self.absent = true;
        self
    }
}

/// Whether the status lets a response carry content at all.
fn content_allowed(r: &Response) -> bool {
    !(r.status < 200 || r.status == 204 || r.status == 304 || r.method_is("HEAD"))
}

/// An example value for a field, for "add …" fixes.
fn example(name: &str, r: &Response) -> String {
    let value = match name.to_ascii_lowercase().as_str() {
        "allow" => "GET, HEAD",
        "www-authenticate" => "Bearer realm=\"api\"",
        "proxy-authenticate" => "Basic realm=\"proxy\"",
        "location" => "/the/new/uri",
        "retry-after" => "120",
        "content-range" if r.status == 416 => "bytes */<complete length>",
        "content-range" => "bytes <first>-<last>/<complete length>",
        "upgrade" => "<protocol>",
        "connection" => "upgrade",
        "etag" => "\"<validator>\"",
        "date" | "expires" | "last-modified" => EXAMPLE_DATE,
        "cache-control" => "max-age=<seconds>",
        "vary" => "<request fields that select the response>",
        "link" => "<https://example.org/who-blocks>; rel=\"blocked-by\"",
        _ => "…",
    };
    format!("add \"{name}: {value}\"")
}

/// `header-required`: each field the dataset lists for the code, at the level
/// the dataset records (MUST → error, SHOULD → warning, MAY/USED → note); a row
/// whose condition the input cannot show is only a note that says so.
fn dataset_fields(r: &Response, out: &mut Vec<Finding>) {
    let Some(code) = data::code(r.status) else {
        return;
    };
    for row in code.headers.iter() {
        let name = row.name.as_ref();
        if row.requirement == Requirement::MustNot || r.has(name) {
            continue;
        }
        match row.condition {
            Some(Condition::ClientSends) => continue,
            Some(Condition::SinglePart) if r.is_multipart() => continue,
            Some(Condition::Multipart) if !r.is_multipart() => continue,
            Some(Condition::Http1) if !r.is_http1() => continue,
            _ => {}
        }
        let mut assumed: Vec<String> = Vec::new();
        if !row.methods.is_empty() {
            let methods: Vec<&str> = row.methods.iter().map(|m| m.as_ref()).collect();
            match &r.method {
                Some(m) if methods.contains(&m.as_str()) => {}
                Some(_) => continue,
                None => assumed.push(format!(
                    "it applies only in answers to {}, and the input does not show the method \
                     (give --method)",
                    methods.join(" or ")
                )),
            }
        }
        if row.condition == Some(Condition::Unseen) {
            assumed.push("it applies only when a condition the response cannot show holds".into());
        }
        let level = match row.requirement {
            _ if !assumed.is_empty() => Level::Note,
            Requirement::Must => Level::Error,
            Requirement::Should => Level::Warning,
            _ => Level::Note,
        };
        let mut message = format!(
            "{} without {name} ({}): {}",
            r.status,
            row.requirement.label(),
            row.note
        );
        if !assumed.is_empty() {
            message.push_str(&format!(" Not checked: {}.", assumed.join("; ")));
        }
        out.push(
            Finding::new(level, "header-required", &row.source, message)
                .field(name)
                .fix(example(name, r))
                .absent(),
        );
    }
}

/// `header-forbidden`: a field the dataset says MUST NOT be sent with the code
/// (204's Content-Length and Transfer-Encoding).
fn dataset_fields_forbidden(r: &Response, out: &mut Vec<Finding>) {
    let Some(code) = data::code(r.status) else {
        return;
    };
    for row in code.headers.iter() {
        let name = row.name.as_ref();
        if row.requirement == Requirement::MustNot && r.has(name) {
            let message = format!("{} with {name} (MUST NOT): {}", r.status, row.note);
            out.push(
                Finding::new(Level::Error, "header-forbidden", &row.source, message)
                    .field(name)
                    .fix(format!("remove \"{name}\"")),
            );
        }
    }
}

/// `content-forbidden`: bytes after the header section of a response that
/// cannot have content.
fn content_forbidden(r: &Response, out: &mut Vec<Finding>) {
    if r.body.bytes == 0 {
        return;
    }
    let (why, source) = match r.status {
        100..=199 => (
            "a 1xx response ends with its header section",
            "RFC 9110 §15.2",
        ),
        204 => (
            "a 204 response ends with its header section",
            "RFC 9110 §15.3.5",
        ),
        205 => (
            "a server MUST NOT generate content in a 205",
            "RFC 9110 §15.3.6",
        ),
        304 => (
            "a 304 response ends with its header section",
            "RFC 9110 §15.4.5",
        ),
        _ if r.method_is("HEAD") => (
            "a server MUST NOT send content in a response to HEAD",
            "RFC 9110 §9.3.2",
        ),
        _ => return,
    };
    out.push(
        Finding::new(
            Level::Error,
            "content-forbidden",
            source,
            format!(
                "{} bytes of content follow the header section: {why}",
                r.body.bytes
            ),
        )
        .fix("send nothing after the header section".into()),
    );
}

/// `framing-forbidden`: Content-Length or Transfer-Encoding in a 1xx, or in a
/// 2xx to CONNECT. (204's are dataset rows, reported by `header-forbidden`.)
fn framing_forbidden(r: &Response, out: &mut Vec<Finding>) {
    let connect = r.method_is("CONNECT") && (200..300).contains(&r.status);
    if r.status >= 200 && !connect {
        return;
    }
    for (name, source) in [
        ("Content-Length", "RFC 9110 §8.6"),
        ("Transfer-Encoding", "RFC 9112 §6.1"),
    ] {
        if r.has(name) {
            let (what, source) = if connect {
                ("a 2xx response to CONNECT", "RFC 9110 §9.3.6")
            } else {
                ("a 1xx response", source)
            };
            out.push(
                Finding::new(
                    Level::Error,
                    "framing-forbidden",
                    source,
                    format!("{name} in {what}: a server MUST NOT send it there"),
                )
                .field(name)
                .fix(format!("remove \"{name}\"")),
            );
        }
    }
}

/// `content-length-mismatch`: the captured content is shorter (an incomplete
/// message) or longer than Content-Length says. Only for content captured
/// exactly; an absent body (curl -I, the hops of curl -L) is not a finding.
fn content_length_mismatch(r: &Response, out: &mut Vec<Finding>) {
    if !r.body.exact || r.body.bytes == 0 || !content_allowed(r) || r.has("Transfer-Encoding") {
        return;
    }
    let values: Vec<&str> = r.all("Content-Length").map(|f| f.value.as_str()).collect();
    if values.is_empty() {
        return;
    }
    let Ok(length) = super::syntax::content_length(&values) else {
        return;
    };
    let got = r.body.bytes;
    if got == length {
        return;
    }
    let mut message = if got < length {
        format!("Content-Length is {length} but only {got} bytes follow: the message is incomplete")
    } else {
        format!("Content-Length is {length} but {got} bytes follow: the length is wrong")
    };
    // curl --compressed decodes content, so its length is not the one sent.
    let level = if r.has("Content-Encoding") {
        message.push_str(" (or curl decoded the Content-Encoding: was --compressed used?)");
        Level::Note
    } else {
        Level::Error
    };
    out.push(
        Finding::new(level, "content-length-mismatch", "RFC 9112 §6.3", message)
            .field("Content-Length")
            .fix(format!(
                "send \"Content-Length: {got}\", or the whole content"
            )),
    );
}

/// `content-length-with-transfer-encoding`: both framing fields in one message.
fn content_length_with_transfer_encoding(r: &Response, out: &mut Vec<Finding>) {
    if r.has("Content-Length") && r.has("Transfer-Encoding") {
        out.push(
            Finding::new(
                Level::Error,
                "content-length-with-transfer-encoding",
                "RFC 9112 §6.2",
                "Content-Length and Transfer-Encoding together: a sender MUST NOT send \
                 Content-Length in a message with Transfer-Encoding"
                    .into(),
            )
            .field("Content-Length")
            .fix("remove \"Content-Length\"".into()),
        );
    }
}

/// `date-missing`: an origin server with a clock MUST send Date in 2xx-4xx;
/// a warning, since nothing in a response says whether the server has a clock.
fn date_missing(r: &Response, out: &mut Vec<Finding>) {
    if !(200..500).contains(&r.status) || r.has("Date") || r.method_is("CONNECT") {
        return;
    }
    out.push(
        Finding::new(
            Level::Warning,
            "date-missing",
            "RFC 9110 §6.6.1",
            "no Date: an origin server with a clock MUST send it in every 2xx, 3xx and 4xx \
             response (a warning: httpcode cannot know whether this server has a clock)"
                .into(),
        )
        .field("Date")
        .fix(example("Date", r))
        .absent(),
    );
}

/// `content-type-missing`: content without a Content-Type.
fn content_type_missing(r: &Response, out: &mut Vec<Finding>) {
    if r.body.bytes == 0 || !content_allowed(r) || r.has("Content-Type") {
        return;
    }
    out.push(
        Finding::new(
            Level::Warning,
            "content-type-missing",
            "RFC 9110 §8.3",
            "content without Content-Type: a sender SHOULD say what media type it is".into(),
        )
        .field("Content-Type")
        .fix("add \"Content-Type: <media type>\"".into())
        .absent(),
    );
}

/// `status-unregistered`: a code outside the IANA registry, with the meanings
/// vendors give it; clients treat an unknown code as the x00 of its class.
fn status_unregistered(r: &Response, out: &mut Vec<Finding>) {
    let code = data::code(r.status);
    if code.is_some_and(|c| c.official) {
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
    out.push(Finding::new(
        Level::Note,
        "status-unregistered",
        "RFC 9110 §15",
        message,
    ));
}

/// `reason-phrase`: a reason phrase other than the registry's name. Free text,
/// so only a note (nginx's "405 Not Allowed").
fn reason_phrase(r: &Response, out: &mut Vec<Finding>) {
    let (Some(reason), Some(code)) = (r.reason.as_deref(), data::code(r.status)) else {
        return;
    };
    if !code.official || r.method_is("CONNECT") {
        return;
    }
    let same = |name: &str| name.eq_ignore_ascii_case(reason.trim());
    if same(&code.name) || code.aliases.iter().any(|a| same(a)) {
        return;
    }
    out.push(Finding::new(
        Level::Note,
        "reason-phrase",
        "RFC 9112 §4",
        format!(
            "reason phrase \"{reason}\" differs from the registered name \"{}\"; clients \
             ignore it, so this is harmless",
            code.name
        ),
    ));
}

/// `heuristic-freshness`: a heuristically cacheable response with no explicit
/// freshness, which caches may then reuse for as long as they estimate.
fn heuristic_freshness(r: &Response, out: &mut Vec<Finding>) {
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
    out.push(
        Finding::new(
            Level::Note,
            "heuristic-freshness",
            "RFC 9111 §4.2.2",
            format!(
                "{} is heuristically cacheable and has no Cache-Control or Expires: caches may \
                 reuse it for a time they estimate",
                r.status
            ),
        )
        .field("Cache-Control")
        .fix("add \"Cache-Control: max-age=<seconds>\" (or \"no-store\")".into())
        .absent(),
    );
}
