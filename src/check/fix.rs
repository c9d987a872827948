//! Helpers that word a finding's fix.

use crate::data;

use super::Response;

/// An "add …" fix with an example value from the dataset: the code's own
/// (416's `bytes */1234`), else the field's (`data/headers/`), the same values
/// `httpcode CODE --example` shows.
pub fn example(name: &str, r: &Response) -> String {
    let for_code = data::code(r.status)
        .and_then(|c| c.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)))
        .and_then(|h| h.example.as_deref());
    let value = for_code
        .or_else(|| data::header(name).and_then(|h| h.example.as_deref()))
        .unwrap_or("…");
    format!("add {}", quoted(&format!("{name}: {value}")))
}

/// A field line for a fix, in double quotes, or single ones when it holds some.
pub fn quoted(line: &str) -> String {
    if line.contains('"') {
        format!("'{line}'")
    } else {
        format!("\"{line}\"")
    }
}
