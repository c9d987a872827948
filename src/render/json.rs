//! JSON for scripts: the documented shape of a code (see README, "JSON output").

use std::collections::BTreeMap;

use serde::Serialize;

use crate::data::{ComparisonEntry, RuntimeEntry};
use crate::model::{Caching, Header, Iana, Retry, Spec, StatusCode, Vendor};

#[derive(Serialize)]
pub struct CodeJson<'a> {
    pub code: u16,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub class: String,
    pub category: &'static str,
    pub official: bool,
    pub iana: Option<Iana>,
    pub spec: Option<&'a Spec>,
    pub cacheable: bool,
    pub caching: &'a Caching,
    pub summary: &'a str,
    pub description: &'a str,
    pub server: &'a str,
    pub retry: &'a Retry,
    pub headers: &'a [Header],
    pub causes: &'a [String],
    pub related: &'a [u16],
    pub see_also: Option<&'a str>,
    pub vendors: &'a [Vendor],
    pub constants: BTreeMap<&'static str, &'static str>,
    pub comparisons: Vec<&'static str>,
}

impl<'a> CodeJson<'a> {
    pub fn new(
        code: &'a StatusCode,
        runtimes: &[&'static RuntimeEntry],
        comparisons: &[&'static ComparisonEntry],
    ) -> Self {
        let class = code.class();
        CodeJson {
            code: code.code,
            name: &code.name,
            aliases: &code.aliases,
            class: class.label(),
            category: class.name(),
            official: code.official,
            iana: code.iana,
            spec: code.spec.as_ref(),
            cacheable: code.caching.heuristic,
            caching: &code.caching,
            summary: &code.summary,
            description: &code.description,
            server: &code.server,
            retry: &code.retry,
            headers: &code.headers,
            causes: &code.causes,
            related: &code.related,
            see_also: code.see_also.as_deref(),
            vendors: &code.vendors,
            constants: runtimes
                .iter()
                .filter_map(|r| r.constant(code.code).map(|c| (r.runtime, c)))
                .collect(),
            comparisons: comparisons.iter().map(|c| c.title).collect(),
        }
    }
}

/// Pretty JSON with a trailing newline.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    // Serializing these plain structs cannot fail (no maps with non-string keys).
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    text.push('\n');
    text
}
