//! Reads a HAR 1.2 file (a browser's exported network log): for each entry, the
//! request's method and URL and the response's status, version, header fields
//! and body size.

use std::io::BufRead;

use serde::Deserialize;

use super::{Body, Field, InputError, Origin, Response, Skipped};

#[derive(Deserialize)]
struct Har {
    log: Log,
}

#[derive(Deserialize)]
struct Log {
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    request: Request,
    response: HarResponse,
}

#[derive(Deserialize)]
struct Request {
    method: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HarResponse {
    /// Chrome's reason for a response that never came (`net::ERR_BLOCKED_BY_CLIENT`).
    #[serde(default, rename = "_error")]
    error: Option<String>,
    status: i64,
    #[serde(default)]
    status_text: String,
    #[serde(default)]
    http_version: String,
    #[serde(default)]
    headers: Vec<NameValue>,
    #[serde(default)]
    content: Option<Content>,
    #[serde(default = "unknown")]
    body_size: i64,
}

fn unknown() -> i64 {
    -1
}

#[derive(Deserialize)]
struct NameValue {
    name: String,
    value: String,
}

#[derive(Deserialize)]
struct Content {
    #[serde(default)]
    size: i64,
}

/// Every entry's response, and the entries with status 0 (a request the
/// browser blocked, cancelled or could not send), which have none.
pub fn responses<R: BufRead>(input: R) -> Result<(Vec<Response>, Vec<Skipped>), InputError> {
    let har: Har = serde_json::from_reader(input).map_err(|e| InputError::Har(e.to_string()))?;
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (index, entry) in har.log.entries.into_iter().enumerate() {
        let number = index + 1;
        let r = entry.response;
        if r.status == 0 {
            skipped.push(Skipped {
                entry: number,
                url: entry.request.url,
                reason: match r.error.filter(|e| !e.trim().is_empty()) {
                    Some(error) => format!("no response: {error}"),
                    None => "no response (status 0: blocked, cancelled or failed)".into(),
                },
            });
            continue;
        }
        let status = u16::try_from(r.status)
            .ok()
            .filter(|s| (100..=599).contains(s))
            .ok_or_else(|| {
                InputError::Har(format!(
                    "entry {number}: status {} is outside 100-599",
                    r.status
                ))
            })?;
        // bodySize is what came over the wire; -1 means unknown, then the
        // decoded content size says at least whether there was any.
        let bytes = if r.body_size >= 0 {
            r.body_size
        } else {
            r.content.map_or(0, |c| c.size.max(0))
        };
        out.push(Response {
            origin: Origin::Entry(number),
            version: version(&r.http_version),
            status,
            reason: Some(r.status_text).filter(|t| !t.trim().is_empty()),
            method: Some(entry.request.method),
            method_inferred: false,
            url: Some(entry.request.url),
            fields: r
                .headers
                .into_iter()
                // HTTP/2 pseudo-header fields (":status") are not header fields.
                .filter(|h| !h.name.starts_with(':'))
                .map(|h| Field {
                    record: crate::data::header(&h.name),
                    name: h.name,
                    value: h.value.trim().to_string(),
                    line: 0,
                    folded: false,
                    space_before_colon: false,
                })
                .collect(),
            body: Body {
                bytes: bytes as u64,
                exact: false,
            },
            parts: Vec::new(),
            verbose: false,
            followed: false,
        });
    }
    if out.is_empty() {
        return Err(InputError::Har("it has no entries with a response".into()));
    }
    Ok((out, skipped))
}

/// Browsers write versions as "HTTP/1.1", "http/2.0", "h2" or "h3".
fn version(text: &str) -> String {
    match text.to_ascii_lowercase().as_str() {
        "h2" | "http/2" | "http/2.0" => "HTTP/2".into(),
        "h3" | "http/3" | "http/3.0" => "HTTP/3".into(),
        "http/1.0" => "HTTP/1.0".into(),
        "" | "http/1.1" => "HTTP/1.1".into(),
        other => other.to_ascii_uppercase(),
    }
}
