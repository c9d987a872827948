//! Rules about fields a response needs: those the dataset lists for its code
//! (`headers`, with their conditions), Date, and Content-Type for content.

use crate::data;
use crate::model::{Condition, Direction, Header, Requirement};

use super::fix::example;
use super::rule::{Findings, Rule};
use super::{Level, Response};

/// Whether a dataset row applies to this response: `None` when it does not,
/// otherwise what could not be seen (empty when nothing was assumed).
fn applies(row: &Header, r: &Response) -> Option<Vec<String>> {
    // A field the client sends (449's Ms-Echo-Reply) is never the response's.
    let requests_only = data::header(&row.name).is_some_and(|h| h.direction == Direction::Request);
    if requests_only {
        return None;
    }
    // Connection-specific fields exist only in HTTP/1.x; in HTTP/2 and
    // HTTP/3 they make a message malformed (RFC 9113 §8.2.2, RFC 9114 §4.2).
    if !r.is_http1() && is_connection_specific(&row.name) {
        return None;
    }
    match row.condition {
        Some(Condition::SinglePart) if r.is_multipart() => return None,
        Some(Condition::Multipart) if !r.is_multipart() => return None,
        Some(Condition::Http1) if !r.is_http1() => return None,
        _ => {}
    }
    let mut assumed: Vec<String> = Vec::new();
    if !row.methods.is_empty() {
        let methods: Vec<&str> = row.methods.iter().map(|m| m.as_ref()).collect();
        match &r.method {
            Some(m) if methods.contains(&m.as_str()) => {}
            Some(_) => return None,
            None => assumed.push(format!(
                "it applies only to {} and the input does not show the method (give --method)",
                methods.join(" or ")
            )),
        }
    }
    if row.condition == Some(Condition::Unseen) {
        assumed.push("whether its condition holds cannot be seen in a response".into());
    }
    Some(assumed)
}

/// The fields RFC 9113 §8.2.2 names as connection-specific.
pub const CONNECTION_SPECIFIC: [&str; 5] = [
    "Connection",
    "Keep-Alive",
    "Proxy-Connection",
    "Transfer-Encoding",
    "Upgrade",
];

pub(super) fn is_connection_specific(name: &str) -> bool {
    CONNECTION_SPECIFIC
        .iter()
        .any(|c| c.eq_ignore_ascii_case(name))
}

/// The finding's level: the row's keyword, or a note when something was assumed.
fn level(row: &Header, assumed: &[String]) -> Level {
    match row.requirement {
        _ if !assumed.is_empty() => Level::Note,
        Requirement::Must | Requirement::MustNot => Level::Error,
        Requirement::Should => Level::Warning,
        _ => Level::Note,
    }
}

/// The row's note, and what a note-only finding could not see.
fn message(head: String, row: &Header, assumed: &[String]) -> String {
    let mut message = format!("{head} ({}): {}", row.requirement.label(), row.note);
    if !assumed.is_empty() {
        message.push_str(&format!(" A note only: {}.", assumed.join("; ")));
    }
    message
}

/// `header-required`: each field the dataset lists for the code, at the level
/// the dataset records (MUST → error, SHOULD → warning, MAY/USED → note); a row
/// whose condition the input cannot show is only a note that says so.
pub fn dataset_fields(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(code) = data::code(r.status) else {
        return;
    };
    let missing: Vec<(&Header, Vec<String>)> = code
        .headers
        .iter()
        .filter(|row| row.requirement != Requirement::MustNot && !r.has(&row.name))
        .filter_map(|row| applies(row, r).map(|assumed| (row, assumed)))
        .collect();
    // Rows whose condition no response shows (a 304 repeats what its 200
    // would have carried) and that say the same for several fields: one note
    // names them all, with no invented value to add. A missing Date is the
    // date-missing rule's.
    let first_unseen = missing
        .iter()
        .map(|(row, _)| *row)
        .find(|row| row.condition == Some(Condition::Unseen));
    let grouped = |row: &Header| {
        first_unseen.is_some_and(|first| {
            row.condition == Some(Condition::Unseen)
                && row.note == first.note
                && row.source == first.source
                && !(row.name.eq_ignore_ascii_case("Date") && date_expected(r))
        })
    };
    let group: Vec<&str> = missing
        .iter()
        .filter(|(row, _)| grouped(row))
        .map(|(row, _)| row.name.as_ref())
        .collect();
    let mut group_reported = false;
    for (row, assumed) in &missing {
        let name = row.name.as_ref();
        if group.len() > 1 && grouped(row) {
            if !group_reported {
                group_reported = true;
                let text = format!(
                    "{} without {} ({} each): {} A note only: whether it applies cannot be \
                     seen without the response this one stands for.",
                    r.status,
                    and_list(&group),
                    row.requirement.label(),
                    row.note
                );
                out.push(rule.cited(Level::Note, &row.source, text));
            }
            continue;
        }
        let text = message(format!("{} without {name}", r.status), row, assumed);
        out.push_absent(
            rule.cited(level(row, assumed), &row.source, text)
                .field(name)
                .fix(example(name, r)),
        );
    }
}

/// `a, b and c`.
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `header-forbidden`: a field the dataset says MUST NOT be sent with the code
/// (204's Content-Length and Transfer-Encoding), under the row's conditions.
pub fn dataset_fields_forbidden(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(code) = data::code(r.status) else {
        return;
    };
    for row in code.headers.iter() {
        let name = row.name.as_ref();
        if row.requirement != Requirement::MustNot || !r.has(name) {
            continue;
        }
        let Some(assumed) = applies(row, r) else {
            continue;
        };
        let text = message(format!("{} with {name}", r.status), row, &assumed);
        out.push(
            rule.cited(level(row, &assumed), &row.source, text)
                .field(name)
                .fix(format!("remove \"{name}\"")),
        );
    }
}

/// `date-missing`: an origin server with a clock MUST send Date in 2xx-4xx;
/// a warning, since nothing in a response says whether the server has a clock.
pub fn date_missing(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if !date_expected(r) {
        return;
    }
    out.push_absent(
        rule.finding(
            Level::Warning,
            "no Date: an origin server with a clock MUST send it in every 2xx, 3xx and 4xx \
             response (a warning: httpcode cannot know whether this server has a clock)"
                .into(),
        )
        .field("Date")
        .fix(example("Date", r)),
    );
}

/// `date-missing` applies: no Date in a 2xx-4xx response other than to CONNECT.
fn date_expected(r: &Response) -> bool {
    (200..500).contains(&r.status) && !r.has("Date") && !r.method_is("CONNECT")
}

/// `content-type-missing`: content without a Content-Type.
pub fn content_type_missing(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if r.body.bytes == 0 || !r.content_allowed() || r.has("Content-Type") {
        return;
    }
    out.push_absent(
        rule.finding(
            Level::Warning,
            "content without Content-Type: a sender SHOULD say what media type it is".into(),
        )
        .field("Content-Type")
        .fix("add \"Content-Type: <media type>\"".into()),
    );
}
