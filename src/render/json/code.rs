//! A code's JSON record: `httpcode 501 --json`, and each item of the code
//! lists. build.rs compiles this file too (it depends on the model alone) and
//! writes every code's record ahead of time; see `data::code_json`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{
    Caching, Comparison, ConstantName, Header, Iana, Retry, RuntimeEntry, Spec, StatusCode, Text,
    Vendor,
};

#[derive(Serialize)]
pub struct CodeJson<'a> {
    pub code: u16,
    pub name: &'a str,
    pub aliases: &'a [Text],
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
    pub causes: &'a [Text],
    pub related: &'a [u16],
    pub see_also: Option<&'a str>,
    pub vendors: &'a [Vendor],
    pub constants: BTreeMap<&'a str, &'a str>,
    /// Per runtime: the version the names are for, the current name (null when
    /// that version removed it) and what became of earlier names.
    pub constants_detail: BTreeMap<&'a str, ConstantJson<'a>>,
    pub comparisons: Vec<&'a str>,
    /// A pasted status line's reason phrase, when it is none of the code's names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pasted_reason: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ConstantJson<'a> {
    pub version: &'a str,
    #[serde(flatten)]
    pub record: &'a ConstantName,
}

impl<'a> CodeJson<'a> {
    pub fn new(
        code: &'a StatusCode,
        runtimes: &[&'a RuntimeEntry],
        comparisons: &[&'a Comparison],
    ) -> Self {
        let class = code.class();
        CodeJson {
            code: code.code,
            name: &code.name,
            aliases: &code.aliases,
            class: class.label(),
            category: class.name(),
            official: code.official(),
            iana: code.iana(),
            spec: code.spec(),
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
                .filter_map(|r| r.constant(code.code).map(|c| (&*r.runtime, c)))
                .collect(),
            constants_detail: runtimes
                .iter()
                .filter_map(|r| {
                    r.record(code.code).map(|record| {
                        let version = &*r.version;
                        (&*r.runtime, ConstantJson { version, record })
                    })
                })
                .collect(),
            comparisons: comparisons.iter().map(|c| c.title.as_ref()).collect(),
            pasted_reason: None,
        }
    }
}
