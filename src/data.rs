//! The only module that knows YAML and include_dir: the embedded dataset, the
//! build-time index over it, and loaders that parse one record at a time.

use include_dir::{include_dir, Dir};
use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::model::{Comparison, Family, Method, StatusCode};

static DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// What `build.rs` extracts from one code file: enough to list and search.
#[derive(Debug)]
pub struct CodeEntry {
    pub code: u16,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub summary: &'static str,
    pub official: bool,
    pub vendors: &'static [&'static str],
    pub phrases: &'static [&'static str],
    file: &'static str,
}

/// A curated comparison's title and codes, without its table.
#[derive(Debug)]
pub struct ComparisonEntry {
    pub title: &'static str,
    pub codes: &'static [u16],
    file: &'static str,
}

/// A method's registry flags, enough for the `methods` table.
#[derive(Debug)]
pub struct MethodEntry {
    pub name: &'static str,
    pub registered: bool,
    pub safe: bool,
    pub idempotent: bool,
    pub cacheable: bool,
    pub family: Family,
    pub citation: &'static str,
    pub summary: &'static str,
    file: &'static str,
}

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

mod index {
    use super::{CodeEntry, ComparisonEntry, MethodEntry, RuntimeEntry};
    #[allow(unused_imports)]
    use crate::model::Family;
    include!(concat!(env!("OUT_DIR"), "/index.rs"));
}

/// Every code in the dataset, official or not, sorted by number.
pub fn codes() -> &'static [CodeEntry] {
    index::CODES
}

pub fn code_entry(code: u16) -> Option<&'static CodeEntry> {
    let codes = codes();
    codes
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .map(|i| &codes[i])
}

pub fn comparisons() -> &'static [ComparisonEntry] {
    index::COMPARISONS
}

/// Registered methods first by name, as `build.rs` sorted them.
pub fn methods() -> &'static [MethodEntry] {
    index::METHODS
}

pub fn method_entry(name: &str) -> Option<&'static MethodEntry> {
    methods().iter().find(|m| m.name == name)
}

pub fn runtimes() -> &'static [RuntimeEntry] {
    index::CONSTANTS
}

fn parse<T: DeserializeOwned>(file: &str) -> Result<T, Error> {
    let text = DATA
        .get_file(file)
        .and_then(|f| f.contents_utf8())
        .ok_or_else(|| Error::Data(format!("{file} is missing from the embedded dataset")))?;
    serde_yaml::from_str(text).map_err(|e| Error::Data(format!("{file}: {e}")))
}

/// Parses the one file of a code; `None` when the dataset has no such code.
pub fn load_code(code: u16) -> Result<Option<StatusCode>, Error> {
    code_entry(code).map(|e| parse(e.file)).transpose()
}

pub fn load_entry(entry: &CodeEntry) -> Result<StatusCode, Error> {
    parse(entry.file)
}

pub fn load_comparison(entry: &ComparisonEntry) -> Result<Comparison, Error> {
    parse(entry.file)
}

pub fn load_method(entry: &MethodEntry) -> Result<Method, Error> {
    parse(entry.file)
}

/// Every file of a data folder, for the data tests.
pub fn files(folder: &str) -> Vec<(&'static str, &'static str)> {
    DATA.get_dir(folder)
        .map(|dir| {
            dir.files()
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default()
}
