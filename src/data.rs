//! The compiled dataset: statics that `build.rs` generated from `data/`, behind
//! plain, infallible accessors. Nothing here parses; build.rs has already
//! proved that every record fits the model and every reference resolves.

use crate::model::{Comparison, HeaderField, Method, StatusCode};

/// One runtime's constant names, keyed by code (sorted).
#[derive(Debug)]
pub struct RuntimeEntry {
    pub runtime: &'static str,
    pub display: &'static str,
    pub source: &'static str,
    pub codes: &'static [(u16, &'static str)],
}

impl RuntimeEntry {
    pub fn constant(&self, code: u16) -> Option<&'static str> {
        self.codes
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()
            .map(|i| self.codes[i].1)
    }
}

mod compiled {
    use super::RuntimeEntry;
    #[allow(unused_imports)]
    use crate::model::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

/// Every code in the dataset, official or not, sorted by number.
pub fn codes() -> &'static [StatusCode] {
    compiled::CODES
}

/// The record of one code; `None` when the dataset has no such code.
pub fn code(code: u16) -> Option<&'static StatusCode> {
    let codes = codes();
    codes
        .binary_search_by_key(&code, |c| c.code)
        .ok()
        .map(|i| &codes[i])
}

/// The name of a code the dataset holds, for labels such as "405 Method Not Allowed".
pub fn code_name(number: u16) -> Option<&'static str> {
    code(number).map(|c| c.name.as_ref())
}

/// The curated comparisons, in file-name order.
pub fn comparisons() -> &'static [Comparison] {
    compiled::COMPARISONS
}

/// Every method in the dataset, sorted by name (byte order, so `*` comes first).
pub fn methods() -> &'static [Method] {
    compiled::METHODS
}

/// The method spelled exactly `name` (method names are case-sensitive).
pub fn method(name: &str) -> Option<&'static Method> {
    let methods = methods();
    methods
        .binary_search_by(|m| m.method.as_ref().cmp(name))
        .ok()
        .map(|i| &methods[i])
}

/// Constant names per runtime, in file-name order.
pub fn runtimes() -> &'static [RuntimeEntry] {
    compiled::RUNTIMES
}

/// Every header field in the dataset, sorted by lower-case name.
pub fn headers() -> &'static [HeaderField] {
    compiled::HEADERS
}

/// The field named `name`, in any letter case (field names are
/// case-insensitive, RFC 9110 §5.1).
pub fn header(name: &str) -> Option<&'static HeaderField> {
    let headers = headers();
    let lower = name.to_ascii_lowercase();
    headers
        .binary_search_by(|h| h.name.to_ascii_lowercase().cmp(&lower))
        .ok()
        .map(|i| &headers[i])
}
