//! The only code that reads YAML. Parses every file of `data/` into the model,
//! fails the build on a file that does not fit it or on a reference that does
//! not resolve, and compiles the dataset into Rust statics (`dataset.rs` in
//! OUT_DIR), so that the binary carries no YAML parser and reading a record at
//! run time cannot fail.
//!
//! Why statics rather than a serialized blob read at start-up: statics cost
//! nothing until a page of them is touched, need no deserializer in the binary,
//! and were the faster of the two on the start-up benchmark.

use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

#[path = "build/compile.rs"]
mod compile;
use compile::Generated;

use model::*;

// A code's JSON record, written here once per code for the JSON lists.
#[allow(dead_code)]
#[path = "src/render/json/code.rs"]
mod code_json;

#[allow(dead_code)]
#[path = "src/normalise.rs"]
mod normalise;

#[path = "build/validate.rs"]
mod validate;

#[path = "build/yaml.rs"]
mod yaml;

#[path = "build/decide.rs"]
mod decide;
use decide::{check_tree, decision_tree};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-changed=src/normalise.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/render/json/code.rs");

    let mut codes: Vec<(String, StatusCode)> = yaml_files(&data, "codes");
    codes.sort_by_key(|(_, code)| code.code);
    let mut methods: Vec<(String, Method)> = yaml_files(&data, "methods");
    methods.sort_by(|(_, a), (_, b)| a.method.cmp(&b.method));
    let mut headers: Vec<(String, HeaderField)> = yaml_files(&data, "headers");
    // Sorted by lower-case name: the accessor looks a field up case-insensitively.
    headers.sort_by_key(|(_, h)| h.name.to_ascii_lowercase());
    let files = validate::Files {
        dataset: yaml_file(&data.join("dataset.yaml")),
        codes,
        comparisons: yaml_files(&data, "comparisons"),
        methods,
        runtimes: yaml_files(&data, "constants"),
        no_response: yaml_files(&data, "no-response"),
        headers,
    };
    validate::check(&files);
    let validate::Files {
        dataset,
        codes,
        comparisons,
        methods,
        runtimes,
        no_response,
        headers,
    } = files;
    let tree = decision_tree(&data);
    check_tree(&tree, &codes, &comparisons);

    let mut out = Generated::default();
    out.records("CODES", codes.iter().map(|(_, c)| c));
    out.records("COMPARISONS", comparisons.iter().map(|(_, c)| c));
    out.records("METHODS", methods.iter().map(|(_, m)| m));
    out.records("NO_RESPONSE", no_response.iter().map(|(_, r)| r));
    out.records("HEADERS", headers.iter().map(|(_, h)| h));
    out.search_index(&codes);
    let runtimes: Vec<RuntimeEntry> = runtimes
        .iter()
        .map(|(_, c)| compile::runtime_entry(c))
        .collect();
    out.records("RUNTIMES", runtimes.iter());
    out.records(
        "CODE_JSON",
        code_json_items(&codes, &comparisons, &runtimes).iter(),
    );
    out.record("DATASET", &dataset);
    out.constant("VERSION", &version(&dataset));
    out.record("DECISION_TREE", &tree);

    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    fs::write(dest, out.finish()).expect("write dataset.rs");
}

/// YAML files of one folder, sorted by file name, each with its path relative to data/.
fn yaml_files<T: serde::de::DeserializeOwned>(data: &Path, folder: &str) -> Vec<(String, T)> {
    let dir = data.join(folder);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "data/{folder} has no YAML files");
    paths
        .into_iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("read data file");
            let record = serde_yaml::from_str(&text)
                .unwrap_or_else(|e| panic!("{} does not fit the model: {e}", path.display()));
            let name = path.file_name().expect("file name").to_string_lossy();
            (format!("{folder}/{name}"), record)
        })
        .collect()
}

fn yaml_file<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} does not fit the model: {e}", path.display()))
}

/// What `--version` prints after the program name: the release, then each
/// registry copy's own "last updated" date, which is what the data can vouch
/// for (the day of the check says nothing about what the copy contained).
fn version(dataset: &Dataset) -> String {
    let copies: Vec<String> = dataset
        .registries
        .iter()
        .map(|r| match &r.updated {
            Some(date) => format!("{} {date}", r.label),
            None => format!("{} (date not recorded)", r.label),
        })
        .collect();
    format!(
        "{} (IANA registry copies last updated: {})",
        env!("CARGO_PKG_VERSION"),
        copies.join(", ")
    )
}

/// Each code's JSON record as an item of a pretty list, with every runtime's
/// constants, as `list --json` shows them unless `--lang` narrows them:
/// `CODE_JSON[i]` belongs to `CODES[i]`. A whole JSON list is then the
/// compiled items joined, where serialising it at run time would cost
/// `list --all --json` twenty times the instructions of a card.
fn code_json_items(
    codes: &[(String, StatusCode)],
    comparisons: &[(String, Comparison)],
    runtimes: &[RuntimeEntry],
) -> Vec<Text> {
    let runtimes: Vec<&RuntimeEntry> = runtimes.iter().collect();
    codes
        .iter()
        .map(|(_, code)| {
            let with: Vec<&Comparison> = comparisons
                .iter()
                .map(|(_, c)| c)
                .filter(|c| c.codes.contains(&code.code))
                .collect();
            let record = code_json::CodeJson::new(code, &runtimes, &with);
            let list = serde_json::to_string_pretty(&[record]).expect("a code's record is JSON");
            // "[\n  {…}\n]": the record as it stands in a list, indent and all.
            let item = list
                .strip_prefix("[\n  ")
                .and_then(|item| item.strip_suffix("\n]"))
                .expect("a one-item list");
            Text::from(item.to_string())
        })
        .collect()
}
