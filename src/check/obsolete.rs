//! Rules about fields that should no longer be sent: those the dataset marks
//! deprecated (with the source that says so), and connection-specific fields
//! in HTTP/2 and HTTP/3, where they make a message malformed; Keep-Alive in
//! HTTP/1, where it is only a leftover.

use super::required::CONNECTION_SPECIFIC;
use super::rule::{Findings, Rule};
use super::{Level, Response};

/// `deprecated-field`: a field whose dataset record says it is deprecated or
/// obsolete, cited from that record (`rule.cited`); fields another rule
/// reads (Pragma) are that rule's.
pub fn deprecated_field(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for record in r.known_fields() {
        let Some(deprecated) = &record.deprecated else {
            continue;
        };
        // A field that another rule reads (Pragma) is that rule's.
        if !rule.reads(&record.name) {
            continue;
        }
        out.push(
            rule.cited(
                Level::Warning,
                &deprecated.source,
                format!("{} is obsolete: {}", record.name, deprecated.note),
            )
            .field(&record.name)
            .fix(format!("remove \"{}\"", record.name)),
        );
    }
}

/// `connection-specific-field`: Connection, Keep-Alive, Proxy-Connection,
/// Transfer-Encoding or Upgrade in an HTTP/2 or HTTP/3 response, which makes
/// it malformed (RFC 9113 §8.2.2, RFC 9114 §4.2).
pub fn connection_specific_field(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let source = match r.version.as_str() {
        "HTTP/2" => "RFC 9113 §8.2.2",
        "HTTP/3" => "RFC 9114 §4.2",
        _ => return,
    };
    for name in CONNECTION_SPECIFIC {
        if r.has(name) {
            out.push(
                rule.cited(
                    Level::Error,
                    source,
                    format!(
                        "{name} in an {} response: connection-specific fields make the message \
                         malformed there",
                        r.version
                    ),
                )
                .field(name)
                .fix(format!("remove \"{name}\" from {} responses", r.version)),
            );
        }
    }
}

/// `keep-alive-field`: Keep-Alive on an HTTP/1 response, the HTTP/1.0
/// persistent-connection extension HTTP/1.1 defines no parameters for, which
/// recipients ignore without the `keep-alive` connection option (RFC 2068
/// §19.7.1.1). Harmless, so a note; on HTTP/2 and HTTP/3 it is an error
/// (`connection-specific-field`).
pub fn keep_alive_field(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if !r.is_http1() {
        return;
    }
    let Some(field) = r.field("Keep-Alive") else {
        return;
    };
    let announced = r.all("Connection").any(|c| {
        c.value
            .split(',')
            .any(|o| o.trim().eq_ignore_ascii_case("keep-alive"))
    });
    let message = if announced {
        format!(
            "Keep-Alive \"{}\" is an HTTP/1.0 extension HTTP/1.1 dropped; HTTP/1.1 \
             connections persist without it",
            field.value
        )
    } else {
        format!(
            "Keep-Alive \"{}\" without \"Connection: keep-alive\", so recipients ignore it",
            field.value
        )
    };
    out.push(
        rule.finding(Level::Note, message)
            .field("Keep-Alive")
            .fix("leave Keep-Alive out".into()),
    );
}
