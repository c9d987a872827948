//! `httpcode 405 --example`: a minimal, correct raw HTTP/1.1 response for a
//! code, built from the dataset's header rules. What makes it correct:
//!
//! - every field the code's record requires (MUST, SHOULD, or relied on without
//!   a keyword), with the field's example value, unless the record also says
//!   MUST NOT for that field (415's Accept-Encoding depends on the cause: the
//!   example takes the case without it); MAY fields are left out;
//! - `Date` in every final response (RFC 9110 §6.6.1 requires it in 2xx–4xx from
//!   a server with a clock and allows it in 5xx). It is a fixed date, RFC 9110
//!   §5.6.7's own example, so that the output is reproducible and plainly not
//!   a live response;
//! - no content, and no `Content-Length` or `Transfer-Encoding`, in 1xx and 204
//!   (RFC 9110 §6.4.1, §8.6; RFC 9112 §6.1); no content in 304 (RFC 9110
//!   §15.4.5) and an empty one in 205 (RFC 9110 §15.3.6), framed by
//!   `Content-Length: 0`;
//! - otherwise a small body with `Content-Type`, framed by a `Content-Length`
//!   equal to its length in octets (RFC 9110 §8.6, RFC 9112 §6.3);
//! - where the code defines what its content is, that content: 207's XML
//!   `multistatus` (RFC 4918 §13), 300's list of choices (RFC 9110 §15.4.1),
//!   511's link to the sign-in page (RFC 6585 §6);
//! - where a row's keyword does not say what a careful server sends, the
//!   choice in [`CHOICES`] (Retry-After on 429 and 503, not on 413).
//!
//! Codes that never appear as the status of a whole response have no example:
//! 208 exists only inside a 207 body, 305 is deprecated, 306 is unused.
//! Lines end in CRLF, as HTTP/1.1 requires (RFC 9112 §2.1).

use serde::Serialize;

use crate::model::{Iana, Requirement, StatusCode};

/// RFC 9110 §5.6.7's example of the preferred date format.
pub const EXAMPLE_DATE: &str = "Sun, 06 Nov 1994 08:49:37 GMT";

/// Why a code has no example, or `None` when it has one.
pub fn unavailable(code: &StatusCode) -> Option<String> {
    if !code.official() {
        return Some(format!(
            "{} is not a registered status code, so no specification says what a correct \
             response carries",
            code.code
        ));
    }
    match code.code {
        // RFC 5842 §7.1: a propstat or response status inside a 207 body.
        208 => {
            return Some(
                "208 occurs only inside a 207 Multi-Status body, as the status of a \
                 binding already reported (RFC 5842 §7.1): see `httpcode 207 --example`"
                    .to_string(),
            )
        }
        305 => {
            return Some(
                "305 is deprecated (RFC 9110 §15.4.6): clients do not act on it, so no \
                 server should send it"
                    .to_string(),
            )
        }
        _ => {}
    }
    if code.iana() == Some(Iana::Unused) {
        let spec = code.spec().map(|s| s.citation()).unwrap_or_default();
        return Some(format!(
            "{} is reserved and unused ({spec}): no server should send it",
            code.code
        ));
    }
    None
}

/// What the content is, for codes that have content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// A short plain-text description.
    Text,
    /// RFC 9457 problem details as `application/problem+json`.
    Problem,
}

#[derive(Serialize)]
struct Problem<'a> {
    r#type: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
}

/// Rows whose keyword alone does not say whether a careful server sends the
/// field: (code, field, sent). Retry-After on 413 fits only a temporary
/// condition (RFC 9110 §15.5.14), and the example's request is simply too
/// large; on 429 and 503 it is what a client looks for to know when to come
/// back (RFC 6585 §4, RFC 9110 §15.6.4), though the RFCs make it a MAY.
pub const CHOICES: &[(u16, &str, bool)] = &[
    (413, "Retry-After", false),
    (429, "Retry-After", true),
    (503, "Retry-After", true),
];

/// Whether the example carries this row's field.
fn sent(code: u16, header: &crate::model::Header) -> bool {
    let chosen = CHOICES
        .iter()
        .find(|(c, name, _)| *c == code && header.name.eq_ignore_ascii_case(name));
    match chosen {
        Some(&(_, _, sent)) => sent,
        None => matches!(
            header.requirement,
            Requirement::Must | Requirement::Should | Requirement::Used
        ),
    }
}

/// The sign-in page 511's content links to (RFC 6585 §6).
const SIGN_IN: &str = "https://login.example.net/";

/// 300's choices (RFC 9110 §15.4.1): each with what it is; the first is the
/// server's preferred one, which the record's Location row names.
const CHOICES_300: &[(&str, &str)] = &[
    ("https://www.example.com/report.html", "HTML"),
    ("https://www.example.com/report.pdf", "PDF"),
];

/// Whether the code's responses carry content at all.
fn has_content(code: u16) -> bool {
    // RFC 9110 §6.4.1: 1xx, 204 and 304 have none; §15.3.6: 205 generates none.
    !(code < 200 || matches!(code, 204 | 205 | 304))
}

/// The raw response, status line to body.
pub fn render(code: &StatusCode, body: Body) -> String {
    let mut fields: Vec<(String, String)> = Vec::new();
    let add = |fields: &mut Vec<(String, String)>, name: &str, value: String| {
        if !fields.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
            fields.push((name.to_string(), value));
        }
    };
    if code.code >= 200 {
        add(&mut fields, "Date", EXAMPLE_DATE.to_string());
    }
    let content = has_content(code.code).then(|| content(code, body));
    for header in code.headers.iter() {
        let wanted = sent(code.code, header);
        let forbidden = code.headers.iter().any(|h| {
            h.requirement == Requirement::MustNot && h.name.eq_ignore_ascii_case(&header.name)
        });
        if !wanted || forbidden {
            continue;
        }
        let value = match (header.name.to_ascii_lowercase().as_str(), &content) {
            // The media type of the enclosed content, not the field's general example.
            ("content-type", Some((media_type, _))) => media_type.to_string(),
            // RFC 9110 §14.4: the range the content is, of a longer representation.
            ("content-range", Some((_, text))) if code.code == 206 => {
                format!(
                    "bytes 0-{}/{}",
                    text.len().saturating_sub(1),
                    text.len() + 1000
                )
            }
            _ => match &header.example {
                Some(value) => value.to_string(),
                // build.rs proved the field exists; the example test proves every
                // field an example uses has a value.
                None => crate::data::header(&header.name)
                    .and_then(|f| f.example.as_deref())
                    .unwrap_or_default()
                    .to_string(),
            },
        };
        add(&mut fields, &header.name, value);
    }
    let text = match content {
        Some((media_type, text)) => {
            add(&mut fields, "Content-Type", media_type.to_string());
            add(&mut fields, "Content-Length", text.len().to_string());
            text
        }
        None => {
            if code.code == 205 {
                add(&mut fields, "Content-Length", "0".to_string());
            }
            String::new()
        }
    };
    let mut out = format!("HTTP/1.1 {} {}\r\n", code.code, code.name);
    for (name, value) in fields {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&text);
    out
}

/// The content's media type and text.
fn content(code: &StatusCode, body: Body) -> (&'static str, String) {
    let heading = format!("{} {}: {}", code.code, code.name, code.summary);
    match (code.code, body) {
        // RFC 4918 §13: a 207's content is a `multistatus` XML document, one
        // `response` per resource, each with its own status line.
        (207, _) => ("application/xml; charset=utf-8", MULTISTATUS.to_string()),
        (300, Body::Text) => {
            let mut text = format!("{heading}\n");
            for (uri, what) in CHOICES_300 {
                text.push_str(&format!("  {uri} ({what})\n"));
            }
            ("text/plain; charset=utf-8", text)
        }
        (511, Body::Text) => (
            "text/plain; charset=utf-8",
            format!("{heading}\nSign in to use this network: {SIGN_IN}\n"),
        ),
        (_, Body::Text) => ("text/plain; charset=utf-8", format!("{heading}\n")),
        (_, Body::Problem) => {
            let detail = match code.code {
                511 => format!("{}; sign in at {SIGN_IN}", code.summary),
                _ => code.summary.to_string(),
            };
            let problem = Problem {
                // RFC 9457 §3.1.1: "about:blank" means the status code says it all.
                r#type: "about:blank",
                title: &code.name,
                status: code.code,
                detail: &detail,
            };
            let mut text = serde_json::to_string_pretty(&problem)
                .expect("a struct of strings and a number always serializes");
            text.push('\n');
            ("application/problem+json", text)
        }
    }
}

/// A 207 body after RFC 4918 §13: one resource found (200) and one the client
/// may not read (403), each in its own `response`.
const MULTISTATUS: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>
<D:multistatus xmlns:D=\"DAV:\">
  <D:response>
    <D:href>https://www.example.com/docs/a.txt</D:href>
    <D:status>HTTP/1.1 200 OK</D:status>
  </D:response>
  <D:response>
    <D:href>https://www.example.com/docs/b.txt</D:href>
    <D:status>HTTP/1.1 403 Forbidden</D:status>
  </D:response>
</D:multistatus>
";
