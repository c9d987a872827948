//! Rules about content and its framing: content where none is allowed,
//! Content-Length and Transfer-Encoding where they may not be, and a
//! Content-Length that disagrees with the content captured.

use super::rule::{Findings, Rule};
use super::{Level, Response};

/// `content-forbidden`: bytes after the header section of a response that
/// cannot have content.
pub fn content_forbidden(rule: &'static Rule, r: &Response, out: &mut Findings) {
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
        rule.cited(
            Level::Error,
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
pub fn framing_forbidden(rule: &'static Rule, r: &Response, out: &mut Findings) {
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
                rule.cited(
                    Level::Error,
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
pub fn content_length_mismatch(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if !r.body.exact || r.body.bytes == 0 || !r.content_allowed() || r.has("Transfer-Encoding") {
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
    let coding = r
        .all("Content-Encoding")
        .flat_map(|f| super::syntax::list(&f.value))
        .find(|c| !c.eq_ignore_ascii_case("identity"));
    if let Some(coding) = coding {
        // curl --compressed (and a HAR's decoded size) shows the content
        // decoded; Content-Length counts it as sent, encoded.
        out.push(
            rule.finding(
                Level::Note,
                format!(
                    "Content-Length {length} counts the {coding}-coded content; the {got} bytes \
                     that follow are it decoded (curl --compressed): nothing to fix"
                ),
            )
            .field("Content-Length"),
        );
        return;
    }
    let message = if got < length {
        format!("Content-Length is {length} but only {got} bytes follow: the message is incomplete")
    } else {
        format!("Content-Length is {length} but {got} bytes follow: the length is wrong")
    };
    out.push(
        rule.finding(Level::Error, message)
            .field("Content-Length")
            .fix(format!(
                "send \"Content-Length: {got}\", or the whole content"
            )),
    );
}

/// `content-length-with-transfer-encoding`: both framing fields in one message.
pub fn content_length_with_transfer_encoding(
    rule: &'static Rule,
    r: &Response,
    out: &mut Findings,
) {
    if r.has("Content-Length") && r.has("Transfer-Encoding") {
        out.push(
            rule.finding(
                Level::Error,
                "Content-Length and Transfer-Encoding together: a sender MUST NOT send \
                 Content-Length in a message with Transfer-Encoding"
                    .into(),
            )
            .field("Content-Length")
            .fix("remove \"Content-Length\"".into()),
        );
    }
}

/// The codings of the IANA "HTTP Transfer Coding Registry" (registration
/// procedure RFC 9112 §7.3, entries §12.3) that a sender may apply, as the
/// registry stood at its update of 2025-10-02
/// (<https://www.iana.org/assignments/http-parameters/>): chunked (§7.1),
/// compress, deflate and gzip (§7.2). Its other entries are handled apart:
/// x-compress and x-gzip, deprecated aliases (§7.2); identity, withdrawn in
/// errata to RFC 2616 (§3.6 there); trailers, reserved because TE uses the
/// word as a keyword (RFC 9112 §12.3, RFC 9110 §10.1.4).
const TRANSFER_CODINGS: &[&str] = &["chunked", "compress", "deflate", "gzip"];

/// `transfer-encoding-coding`: a coding outside the registry, which the
/// recipient cannot undo, or identity, withdrawn from it (a warning);
/// `trailers`, a TE keyword and no coding (RFC 9110 §10.1.4; a warning);
/// x-gzip and x-compress (a note).
pub fn transfer_encoding_coding(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Transfer-Encoding") {
        for coding in field
            .value
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            // A coding may carry parameters (`transfer-parameter`, RFC 9112 §7).
            let name = coding.split(';').next().unwrap_or_default().trim();
            let lower = name.to_ascii_lowercase();
            let finding = match lower.as_str() {
                c if TRANSFER_CODINGS.contains(&c) => continue,
                "x-gzip" | "x-compress" => rule
                    .cited(
                        Level::Note,
                        "RFC 9112 §7.2",
                        format!("Transfer-Encoding {name} is an old alias of {}", &lower[2..]),
                    )
                    .fix(format!("send {}", &lower[2..])),
                "trailers" => rule
                    .cited(
                        Level::Warning,
                        "RFC 9110 §10.1.4",
                        "Transfer-Encoding lists trailers, a keyword of the TE request field, \
                         not a transfer coding"
                            .into(),
                    )
                    .fix("leave trailers out of Transfer-Encoding".into()),
                "identity" => rule
                    .finding(
                        Level::Warning,
                        format!(
                            "Transfer-Encoding {name} is no transfer coding: the registry lists \
                             it as withdrawn"
                        ),
                    )
                    .fix("leave identity out of Transfer-Encoding".into()),
                _ => rule
                    .finding(
                        Level::Warning,
                        format!(
                            "Transfer-Encoding {name} is not a registered transfer coding; \
                             recipients cannot decode the message"
                        ),
                    )
                    .fix("use chunked (with gzip or deflate before it), or Content-Encoding for the content".into()),
            };
            out.push(finding.field("Transfer-Encoding"));
        }
    }
}
