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
