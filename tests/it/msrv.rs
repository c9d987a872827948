//! `rust-version` in Cargo.toml is a promise to everyone who builds from a clone or
//! from crates.io with the lock file: no locked dependency (normal, build or dev, on
//! any platform) may need a newer Rust than the one it names.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// "1.85" and "1.85.0" as (1, 85, 0), so they compare as versions, not strings.
fn version(text: &str) -> (u64, u64, u64) {
    let mut parts = text.split('.').map(|part| {
        part.parse::<u64>()
            .unwrap_or_else(|_| panic!("rust_version {text:?} is not a version"))
    });
    let mut next = || parts.next().unwrap_or(0);
    (next(), next(), next())
}

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_rust_version() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--locked", "--format-version", "1"])
        .arg("--manifest-path")
        .arg(&manifest)
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata --locked failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata JSON");
    let packages = metadata["packages"].as_array().expect("packages");

    let root = packages
        .iter()
        .find(|p| p["id"] == metadata["resolve"]["root"])
        .expect("the root package is in the metadata");
    let promised = root["rust_version"]
        .as_str()
        .expect("Cargo.toml sets rust-version");

    let mut too_new: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            (version(needs) > version(promised)).then(|| {
                let name = p["name"].as_str().unwrap_or("?");
                let locked = p["version"].as_str().unwrap_or("?");
                format!("{name} {locked} needs Rust {needs}")
            })
        })
        .collect();
    too_new.sort();
    assert!(
        too_new.is_empty(),
        "Cargo.toml promises rust-version {promised}, but the lock file has:\n  {}\n\
         raise rust-version (and the README's \"Rust … or newer\") or pin older versions",
        too_new.join("\n  ")
    );
}

/// The version in every "Rust 1.NN or newer" of the README is the one in Cargo.toml.
#[test]
fn the_readme_names_the_same_minimum_rust() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("read Cargo.toml");
    let promised = manifest
        .lines()
        .find_map(|line| line.strip_prefix("rust-version = "))
        .expect("Cargo.toml sets rust-version")
        .trim_matches('"');
    let readme = std::fs::read_to_string(root.join("README.md")).expect("read README.md");
    let pieces: Vec<&str> = readme.split(" or newer").collect();
    // Each piece but the last ends just before an " or newer".
    let named: Vec<&str> = pieces[..pieces.len() - 1]
        .iter()
        .filter_map(|before| before.rsplit([' ', '(']).next())
        .filter(|word| word.starts_with("1."))
        .collect();
    assert!(
        !named.is_empty(),
        "the README names no minimum Rust version"
    );
    for version in named {
        assert_eq!(
            version, promised,
            "the README says Rust {version} or newer; Cargo.toml says {promised}"
        );
    }
}
