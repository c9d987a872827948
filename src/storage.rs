//! How the records hold their text and lists: either owned (what serde makes
//! from YAML, in build.rs and the data tests, and what the program builds at
//! run time) or compiled, as offsets into storage that build.rs generated.
//!
//! Why offsets and not `&'static str`: a pointer in a static of a
//! position-independent executable is a relocation that the loader writes at
//! every start, and the dataset's ~6,500 pointers cost ~50 copy-on-write page
//! faults before `main` ran. Offsets need no relocation, so a record costs
//! nothing until it is read. This file is compiled by build.rs too.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// The compiled dataset's storage for values of one type: every compiled
/// `List<T>` is a range of `T::stored()`. The run-time crate's generated
/// `dataset.rs` implements it; code that compiles the model alone (build.rs)
/// implements it with empty storage, as it holds only owned values.
pub trait Stored: Sized + 'static {
    fn stored() -> &'static [Self];
}

/// The compiled dataset's text, one string: every compiled `Text` is a range
/// of it. Implemented for `Text`, like `Stored`.
pub trait StoredText {
    fn stored_text() -> &'static str;
}

/// Text of a record.
#[derive(Clone)]
pub struct Text(TextRepr);

#[derive(Clone)]
enum TextRepr {
    Compiled { at: u32, len: u32 },
    Owned(String),
}

impl Text {
    /// Bytes `at..at + len` of the compiled text (build.rs's output only).
    pub const fn compiled(at: u32, len: u32) -> Text {
        Text(TextRepr::Compiled { at, len })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // build.rs cuts the compiled text at character boundaries.
            TextRepr::Compiled { at, len } => {
                &<Text as StoredText>::stored_text()[*at as usize..(*at + *len) as usize]
            }
            TextRepr::Owned(text) => text,
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(TextRepr::Owned(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(TextRepr::Owned(text.to_string()))
    }
}

impl Default for Text {
    fn default() -> Text {
        Text(TextRepr::Owned(String::new()))
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// A list in a record, compiled or owned like `Text`.
pub struct List<T: 'static>(ListRepr<T>);

enum ListRepr<T: 'static> {
    Compiled { at: u32, len: u32 },
    Owned(Vec<T>),
}

impl<T: Stored> List<T> {
    /// Items `at..at + len` of `T::stored()` (build.rs's output only).
    pub const fn compiled(at: u32, len: u32) -> List<T> {
        List(ListRepr::Compiled { at, len })
    }

    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            ListRepr::Compiled { at, len } => &T::stored()[*at as usize..(*at + *len) as usize],
            ListRepr::Owned(items) => items,
        }
    }

    /// The items to change, copied out of compiled storage first if need be.
    pub fn to_mut(&mut self) -> &mut Vec<T>
    where
        T: Clone,
    {
        if let ListRepr::Compiled { .. } = self.0 {
            self.0 = ListRepr::Owned(self.as_slice().to_vec());
        }
        match &mut self.0 {
            ListRepr::Owned(items) => items,
            ListRepr::Compiled { .. } => unreachable!("made owned above"),
        }
    }
}

impl<T: Stored> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(ListRepr::Owned(items))
    }
}

impl<T> Default for List<T> {
    fn default() -> List<T> {
        List(ListRepr::Owned(Vec::new()))
    }
}

impl<T: Clone> Clone for List<T> {
    fn clone(&self) -> List<T> {
        List(match &self.0 {
            ListRepr::Compiled { at, len } => ListRepr::Compiled { at: *at, len: *len },
            ListRepr::Owned(items) => ListRepr::Owned(items.clone()),
        })
    }
}

impl<T: Stored + PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &List<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Stored + Eq> Eq for List<T> {}

impl<T: Stored + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Stored + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::deserialize(deserializer).map(List::from)
    }
}

impl<'a, T: Stored> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}
