//! The shapes of data files that only build.rs reads: a runtime's constants
//! file (`data/constants/*.yaml`), which the build turns into the model's
//! `RuntimeEntry`. The run-time crate never sees these types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::FormerStatus;

/// A code's constant names in one language or framework (`data/constants/*.yaml`),
/// as of one version of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constants {
    pub runtime: String,
    pub display: String,
    /// The runtime version whose names `codes` gives ("7.0", "3.13").
    pub version: String,
    pub source: String,
    pub codes: BTreeMap<u16, Constant>,
}

/// One code's name in a runtime: a plain name that no version in view has
/// changed, or the name with what happened to it and to the names before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Constant {
    Name(String),
    Versioned(VersionedConstant),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionedConstant {
    /// The name in the file's version; absent when that version has none.
    #[serde(default)]
    pub name: Option<String>,
    /// The version that introduced `name`.
    #[serde(default)]
    pub since: Option<String>,
    /// The version since which `name` is deprecated.
    #[serde(default)]
    pub deprecated: Option<String>,
    /// Names earlier versions used for this number, newest first.
    #[serde(default)]
    pub formerly: Vec<FormerConstant>,
}

/// A name an earlier version used, and where it stands in the file's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerConstant {
    pub name: String,
    pub status: FormerStatus,
    /// The version in which it took that status.
    pub since: String,
    /// Set when the constant meant something else than the code's own meaning
    /// (Spring's INSUFFICIENT_SPACE_ON_RESOURCE for 419, from a WebDAV draft).
    #[serde(default)]
    pub meaning: Option<String>,
}
