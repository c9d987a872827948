//! The compiled dataset: statics that `build.rs` generated from `data/`, behind
//! plain, infallible accessors. Nothing here parses; build.rs has already
//! proved that every record fits the model and every reference resolves.

use crate::model::{DecisionTree, HeaderField, List, NoResponse, Text};

use crate::model::{Comparison, Dataset, Method, StatusCode};
pub use crate::model::{ConstantName, FormerName, RuntimeEntry};

mod compiled {
    use super::{ConstantName, FormerName, RuntimeEntry, SearchEntry};
    #[allow(unused_imports)]
    use crate::model::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

/// A code's names, phrases, synonyms, summary and causes as the word search
/// reads them, folded by `normalise` (whole names) or stemmed (words) at build
/// time; `search_index()[i]` belongs to `codes()[i]`.
#[derive(Debug)]
pub struct SearchEntry {
    /// A registered code's name and former names, folded; empty for an unofficial code.
    pub registry: List<Text>,
    /// Vendors' phrases, and an unofficial code's own name and aliases, folded.
    pub vendor: List<Text>,
    /// The vendors' own names ("cloudflare"), folded.
    pub vendor_names: List<Text>,
    /// The stems of `registry`'s words, sorted and distinct (as are all below).
    pub names: List<Text>,
    /// The stems of `vendor`'s words.
    pub vendor_words: List<Text>,
    /// The stems of the code's curated synonyms (`data/codes/NNN.yaml`).
    pub synonyms: List<Text>,
    /// The stems of the summary.
    pub summary: List<Text>,
    /// The stems of the common causes.
    pub causes: List<Text>,
}

/// The search index, parallel to `codes()`.
pub fn search_index() -> &'static [SearchEntry] {
    &compiled::SEARCH
}

/// Every code in the dataset, official or not, sorted by number.
pub fn codes() -> &'static [StatusCode] {
    &compiled::CODES
}

/// The record of one code; `None` when the dataset has no such code.
pub fn code(code: u16) -> Option<&'static StatusCode> {
    let codes = codes();
    codes
        .binary_search_by_key(&code, |c| c.code)
        .ok()
        .map(|i| &codes[i])
}

/// A code's JSON record as an item of a pretty list, with every runtime's
/// constants, written at build time (build.rs, `code_json_items`).
pub fn code_json(number: u16) -> Option<&'static str> {
    let codes = codes();
    codes
        .binary_search_by_key(&number, |c| c.code)
        .ok()
        .map(|i| &*compiled::CODE_JSON[i])
}

/// The name of a code the dataset holds, for labels such as "405 Method Not Allowed".
pub fn code_name(number: u16) -> Option<&'static str> {
    code(number).map(|c| c.name.as_ref())
}

/// The curated comparisons, in file-name order.
pub fn comparisons() -> &'static [Comparison] {
    &compiled::COMPARISONS
}

/// Every method in the dataset, sorted by name (byte order, so `*` comes first).
pub fn methods() -> &'static [Method] {
    &compiled::METHODS
}

/// The method spelled exactly `name` (method names are case-sensitive).
pub fn method(name: &str) -> Option<&'static Method> {
    let methods = methods();
    methods
        .binary_search_by(|m| m.method.as_ref().cmp(name))
        .ok()
        .map(|i| &methods[i])
}

/// What a number that is not a status code means (`000`, `0`), if the dataset knows it.
pub fn no_response(number: &str) -> Option<&'static NoResponse> {
    compiled::NO_RESPONSE.iter().find(|r| r.number == number)
}

/// Constant names per runtime, in file-name order.
pub fn runtimes() -> &'static [RuntimeEntry] {
    &compiled::RUNTIMES
}

/// When the data was last checked against IANA's registries, and which copies.
pub fn dataset() -> &'static Dataset {
    &compiled::DATASET
}

/// What `--version` prints after the program name:
/// "0.1.0 (IANA registries as of 2026-11-25)".
pub const VERSION: &str = compiled::VERSION;
/// The "which status code?" decision tree (`httpcode decide`).
pub fn decision_tree() -> &'static DecisionTree {
    &compiled::DECISION_TREE
}

/// Every header field in the dataset, sorted by lower-case name.
pub fn headers() -> &'static [HeaderField] {
    &compiled::HEADERS
}

/// The field named `name`, in any letter case (field names are
/// case-insensitive, RFC 9110 §5.1).
pub fn header(name: &str) -> Option<&'static HeaderField> {
    let headers = headers();
    headers
        .binary_search_by(|h| cmp_folded(h.name.as_bytes(), name.as_bytes()))
        .ok()
        .map(|i| &headers[i])
}

/// `a` and `b` compared as if in lower case (a loop over the bytes: `check`
/// looks up every field several times).
fn cmp_folded(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        match x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase()) {
            std::cmp::Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    a.len().cmp(&b.len())
}
