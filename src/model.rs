//! Typed records of the dataset: status codes, methods, comparisons, header
//! fields and their sources. No I/O and no formatting. `build.rs` compiles this file too: it
//! deserializes the YAML into these types and writes them back out as Rust
//! statics, which is why text and lists are `Cow`s: owned there, borrowed from
//! the statics here.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text of a record.
pub type Text = Cow<'static, str>;

/// A list in a record.
pub type List<T> = Cow<'static, [T]>;

/// Where something is defined: a document, an optional section, and a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub document: Text,
    pub section: Option<Text>,
    pub url: Text,
}

impl Spec {
    /// "RFC 9110 §15.6.2", or just the document when no section applies.
    pub fn citation(&self) -> String {
        match &self.section {
            Some(section) => format!("{} §{}", self.document, section),
            None => self.document.to_string(),
        }
    }
}

/// Whether `text` is a citation as the dataset writes them: "RFC 9110 §15.6.2",
/// a whole document "RFC 7725", or an https URL (vendor pages, drafts).
pub fn is_citation(text: &str) -> bool {
    if let Some(url) = text.strip_prefix("https://") {
        return !url.is_empty() && !url.contains(' ');
    }
    let Some(rest) = text.strip_prefix("RFC ") else {
        return false;
    };
    let (number, section) = match rest.split_once(" §") {
        Some((n, s)) => (n, Some(s)),
        None => (rest, None),
    };
    !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
        && section.is_none_or(|s| {
            s.split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
        })
}

/// The status a code has in IANA's HTTP Status Code Registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Iana {
    Assigned,
    Unused,
    Obsoleted,
    Temporary,
}

impl Iana {
    pub fn label(self) -> &'static str {
        match self {
            Iana::Assigned => "Assigned",
            Iana::Unused => "Unused (reserved)",
            Iana::Obsoleted => "Obsoleted",
            Iana::Temporary => "Temporary registration",
        }
    }
}

/// The five classes of status code, derived from the first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Informational,
    Successful,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a code in 100–599, if it is in range.
    pub fn of(code: u16) -> Option<Class> {
        match code / 100 {
            1 => Some(Class::Informational),
            2 => Some(Class::Successful),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    pub fn digit(self) -> u16 {
        match self {
            Class::Informational => 1,
            Class::Successful => 2,
            Class::Redirection => 3,
            Class::ClientError => 4,
            Class::ServerError => 5,
        }
    }

    /// "5xx"
    pub fn label(self) -> String {
        format!("{}xx", self.digit())
    }

    /// "Server Error", per RFC 9110 §15.
    pub fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Successful => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }
}

/// What a client should do after receiving the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryKind {
    NotNeeded,
    Redirect,
    No,
    AfterChange,
    AfterDelay,
    NewConnection,
    IdempotentOnly,
    /// Not again until a person asks for it: RFC 4918 §11.5's rule for 507.
    AfterUserAction,
}

impl RetryKind {
    pub const ALL: [RetryKind; 8] = [
        RetryKind::NotNeeded,
        RetryKind::Redirect,
        RetryKind::No,
        RetryKind::AfterChange,
        RetryKind::AfterDelay,
        RetryKind::AfterUserAction,
        RetryKind::NewConnection,
        RetryKind::IdempotentOnly,
    ];

    /// The kind as the data and JSON spell it (`after-delay`).
    pub fn key(self) -> &'static str {
        match self {
            RetryKind::NotNeeded => "not-needed",
            RetryKind::Redirect => "redirect",
            RetryKind::No => "no",
            RetryKind::AfterChange => "after-change",
            RetryKind::AfterDelay => "after-delay",
            RetryKind::AfterUserAction => "after-user-action",
            RetryKind::NewConnection => "new-connection",
            RetryKind::IdempotentOnly => "idempotent-only",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RetryKind::NotNeeded => "Not an error; nothing to retry",
            RetryKind::Redirect => "Follow the redirect",
            RetryKind::No => "Do not retry the same request",
            RetryKind::AfterChange => "Retry only after changing the request",
            RetryKind::AfterDelay => "Retry after a delay (honour Retry-After)",
            RetryKind::NewConnection => "May retry on a new connection",
            RetryKind::IdempotentOnly => "Retry automatically only if idempotent",
            RetryKind::AfterUserAction => "Repeat only on a new user action, never automatically",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retry {
    pub kind: RetryKind,
    pub advice: Text,
    pub source: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caching {
    pub heuristic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: Text,
}

/// RFC 2119 requirement level of a header field that goes with a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Requirement {
    #[serde(rename = "MUST")]
    Must,
    #[serde(rename = "MUST NOT")]
    MustNot,
    #[serde(rename = "SHOULD")]
    Should,
    #[serde(rename = "MAY")]
    May,
    /// The definition relies on the field without an RFC 2119 keyword (303 and
    /// Location, RFC 9110 §15.4.4).
    #[serde(rename = "USED")]
    Used,
}

impl Requirement {
    pub fn label(self) -> &'static str {
        match self {
            Requirement::Must => "MUST",
            Requirement::MustNot => "MUST NOT",
            Requirement::Should => "SHOULD",
            Requirement::May => "MAY",
            Requirement::Used => "used, no keyword",
        }
    }

    /// The keyword as in JSON ("USED" for a field relied on without one), for tables.
    pub fn keyword(self) -> &'static str {
        match self {
            Requirement::Used => "USED",
            other => other.label(),
        }
    }
}

/// When a header row applies, beyond its code: what `httpcode check` reads so
/// that it never turns a requirement it cannot see into an error. (A field the
/// client sends, such as 449's Ms-Echo-Reply, is known by its `direction` in
/// `data/headers/`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    /// Depends on something no response shows (what a 200 to the same request
    /// would have carried, whether a validator exists, whether a condition is
    /// temporary): a checker may only remind, never report a violation.
    Unseen,
    /// Only in a single-part response, not `multipart/byteranges` (206 Content-Range).
    SinglePart,
    /// Only in a `multipart/byteranges` response (206 Content-Type).
    Multipart,
    /// Only in HTTP/1.x: HTTP/2 and HTTP/3 have no Connection field.
    Http1,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub name: Text,
    pub requirement: Requirement,
    pub note: Text,
    pub source: Text,
    /// A value for this code's example response, when the field's own example
    /// (`data/headers/`) does not fit the code (416's `bytes */1234`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Text>,
    /// A condition the requirement depends on; none means every response with the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The requirement holds only in answers to these methods (201 Location after
    /// POST); empty means any method.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub methods: List<Text>,
}

/// Which messages a header field appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Request,
    Response,
    Both,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Request => "Request",
            Direction::Response => "Response",
            Direction::Both => "Request and response",
        }
    }
}

/// One header field, as stored in `data/headers/NAME.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderField {
    /// The field name in its registered spelling ("ETag", "WWW-Authenticate").
    pub name: Text,
    /// Where the field is defined.
    pub spec: Spec,
    pub direction: Direction,
    /// What the field carries, one or two sentences in our own words.
    pub summary: Text,
    /// A summary of the field value's grammar (the defining section's ABNF).
    pub syntax: Text,
    /// A plausible value, used by `--example`; not a fact, so it needs no source.
    /// Absent where we could not check what a plausible value is.
    #[serde(default)]
    pub example: Option<Text>,
    /// How the value is written, which decides how `check` reads it.
    #[serde(default)]
    pub form: Option<Form>,
    /// For a structured field: the type of every member (an Item's value,
    /// each List member, each Dictionary value), which `check` enforces.
    #[serde(default)]
    pub members: Option<Member>,
    /// The field is deprecated or obsolete: what replaces it, with the source.
    #[serde(default)]
    pub deprecated: Option<Deprecation>,
    /// Where `direction`, `summary`, `syntax`, `form`, `members` come from.
    pub sources: List<Text>,
}

/// How a field's value is written (its syntax family).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// One value: a sender does not repeat the field (RFC 9110 §5.3).
    Single,
    /// A comma-separated `#rule` list, which may be split over several
    /// field lines (RFC 9110 §5.6.1).
    List,
    /// An RFC 9651 structured field whose top-level type is an Item.
    StructuredItem,
    /// An RFC 9651 structured field whose top-level type is a List.
    StructuredList,
    /// An RFC 9651 structured field whose top-level type is a Dictionary.
    StructuredDictionary,
    /// One value per field line, never combined into a list (Set-Cookie,
    /// RFC 9110 §5.3).
    PerLine,
}

impl Form {
    pub fn label(self) -> &'static str {
        match self {
            Form::Single => "one value (not repeated)",
            Form::List => "comma-separated list",
            Form::StructuredItem => "structured field, Item (RFC 9651)",
            Form::StructuredList => "structured field, List (RFC 9651)",
            Form::StructuredDictionary => "structured field, Dictionary (RFC 9651)",
            Form::PerLine => "one value per field line, never combined",
        }
    }
}

/// The bare-item type of a structured field's members (RFC 9651 §3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Member {
    Integer,
    Decimal,
    String,
    Token,
    ByteSequence,
    Boolean,
    Date,
    DisplayString,
}

impl Member {
    /// The type's name in RFC 9651 (§3.3.1 to §3.3.8).
    pub fn label(self) -> &'static str {
        match self {
            Member::Integer => "Integer",
            Member::Decimal => "Decimal",
            Member::String => "String",
            Member::Token => "Token",
            Member::ByteSequence => "Byte Sequence",
            Member::Boolean => "Boolean",
            Member::Date => "Date",
            Member::DisplayString => "Display String",
        }
    }
}

/// Why a field should no longer be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deprecation {
    /// What happened to it and what to send instead, in our own words.
    pub note: Text,
    pub source: Text,
}

fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// A meaning some vendor or product gives a number, outside the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    pub name: Text,
    pub phrase: Text,
    pub meaning: Text,
    pub action: Text,
    pub source: Text,
}

/// One status code, registered or not, as stored in `data/codes/NNN.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCode {
    pub code: u16,
    pub name: Text,
    #[serde(default)]
    pub aliases: List<Text>,
    /// Its entry in IANA's registry and the defining section; `None` for a
    /// code no registry holds (a vendor's).
    #[serde(default)]
    pub registration: Option<Registration>,
    pub summary: Text,
    pub description: Text,
    pub server: Text,
    pub retry: Retry,
    pub caching: Caching,
    #[serde(default)]
    pub headers: List<Header>,
    #[serde(default)]
    pub causes: List<Text>,
    #[serde(default)]
    pub related: List<u16>,
    #[serde(default)]
    pub see_also: Option<Text>,
    #[serde(default)]
    pub vendors: List<Vendor>,
    /// Words people use for this code's situation ("throttle" for 429): search
    /// aids only, never shown as facts.
    #[serde(default)]
    pub synonyms: List<Text>,
}

/// A registered code's IANA status and the section that defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub iana: Iana,
    pub spec: Spec,
}

impl StatusCode {
    /// In IANA's registry (rather than a vendor's alone).
    pub fn official(&self) -> bool {
        self.registration.is_some()
    }

    /// The defining section of a registered code.
    pub fn spec(&self) -> Option<&Spec> {
        self.registration.as_ref().map(|r| &r.spec)
    }

    /// The registry's status of a registered code.
    pub fn iana(&self) -> Option<Iana> {
        self.registration.as_ref().map(|r| r.iana)
    }

    /// Derived from the number; data files are validated to be in 100–599.
    pub fn class(&self) -> Class {
        Class::of(self.code).unwrap_or(Class::ServerError)
    }
}

/// One row of a curated comparison: a code's answers to the group's questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonRow {
    pub code: u16,
    pub answers: List<Text>,
    pub problem: Text,
    pub send: Text,
    pub next: Text,
}

/// A curated group of codes people confuse, as in `data/comparisons/*.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub title: Text,
    pub codes: List<u16>,
    pub distinction: Text,
    pub sources: List<Text>,
    pub questions: List<Text>,
    pub rows: List<ComparisonRow>,
}

/// Whether a method's request carries content, and with what meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestContent {
    Expected,
    Optional,
    Undefined,
    None,
}

impl RequestContent {
    pub fn label(self) -> &'static str {
        match self {
            RequestContent::Expected => "Yes: the method's semantics use it",
            RequestContent::Optional => "Optional",
            RequestContent::Undefined => "No defined semantics (avoid sending it)",
            RequestContent::None => "None: the request has no content",
        }
    }
}

/// The standing of a method's definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MethodStatus {
    Rfc,
    Draft,
    Reserved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Core,
    Webdav,
    Deltav,
    Caldav,
    Bindings,
    RedirectRefs,
    Http2,
    Historic,
}

impl Family {
    pub fn label(self) -> &'static str {
        match self {
            Family::Core => "Core HTTP",
            Family::Webdav => "WebDAV",
            Family::Deltav => "DeltaV versioning",
            Family::Caldav => "CalDAV",
            Family::Bindings => "WebDAV bindings",
            Family::RedirectRefs => "WebDAV redirect references",
            Family::Http2 => "HTTP/2 connection preface",
            Family::Historic => "Historic",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodError {
    pub code: u16,
    pub meaning: Text,
    pub source: Text,
}

/// One request method, as in `data/methods/NAME.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub method: Text,
    pub registered: bool,
    pub status: MethodStatus,
    pub safe: bool,
    pub idempotent: bool,
    pub cacheable: bool,
    #[serde(default)]
    pub cacheable_note: Option<Text>,
    /// The citation that requires every general-purpose server to support the
    /// method (GET and HEAD: RFC 9110 §9.1); absent for optional methods.
    #[serde(default)]
    pub required_of_servers: Option<Text>,
    pub request_content: RequestContent,
    pub family: Family,
    pub spec: Spec,
    pub summary: Text,
    pub description: Text,
    pub success: List<u16>,
    pub errors: List<MethodError>,
}

/// A number that stands where a status code would, but means that no HTTP
/// response arrived (curl's `000`, a browser's `0`), as in `data/no-response/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoResponse {
    pub number: Text,
    pub title: Text,
    pub summary: Text,
    pub description: Text,
    pub causes: List<Text>,
    pub check: List<Text>,
    pub sources: List<Text>,
}

/// What became of an earlier name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FormerStatus {
    /// Still accepted, as another name of the same value, without a warning.
    Alias,
    /// Still accepted, marked deprecated (or warns when used).
    Deprecated,
    /// Gone: code using it no longer compiles or resolves.
    Removed,
}

impl FormerStatus {
    pub fn label(self) -> &'static str {
        match self {
            FormerStatus::Alias => "an alias since",
            FormerStatus::Deprecated => "deprecated since",
            FormerStatus::Removed => "removed in",
        }
    }
}

/// A constants file as the binary holds it: one runtime's constant names,
/// keyed by code (sorted), as of `version`.
#[derive(Debug, Clone)]
pub struct RuntimeEntry {
    pub runtime: Text,
    pub display: Text,
    pub version: Text,
    pub source: Text,
    pub codes: List<(u16, ConstantName)>,
}

/// A code's name in one runtime version, with the names before it.
#[derive(Debug, Clone, Serialize)]
pub struct ConstantName {
    /// The name in the runtime's `version`; `None` when that version removed it.
    pub name: Option<Text>,
    /// The version that introduced `name`.
    pub since: Option<Text>,
    /// The version since which `name` is deprecated.
    pub deprecated: Option<Text>,
    /// Names earlier versions used, newest first.
    pub formerly: List<FormerName>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormerName {
    pub name: Text,
    pub status: FormerStatus,
    pub since: Text,
    /// Only when the constant meant something other than the code's meaning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meaning: Option<Text>,
}

impl RuntimeEntry {
    /// Everything the runtime's data says about `code`, current or not.
    pub fn record(&self, code: u16) -> Option<&ConstantName> {
        self.codes
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()
            .map(|i| &self.codes[i].1)
    }

    /// The code's current name in this runtime, if it has one.
    pub fn constant(&self, code: u16) -> Option<&str> {
        self.record(code).and_then(|r| r.name.as_deref())
    }
}

/// The dataset as a whole (`data/dataset.yaml`): when it was last checked
/// against IANA's registries, and which copy of each it read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// ISO 8601 date, YYYY-MM-DD.
    pub checked: Text,
    pub registries: List<Registry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub name: Text,
    /// What `--version` calls it ("status codes").
    pub label: Text,
    pub url: Text,
    /// The "last updated" date (YYYY-MM-DD) the copy read gives, when it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Text>,
    /// Which copy of the registry the check read.
    pub copy: Text,
}

/// The "which status code should my server return?" tree, as in
/// `data/decide/tree.yaml`: questions about the situation, each answer leading
/// to another question or to a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionTree {
    /// The id of the first question.
    pub root: Text,
    pub questions: List<Question>,
    /// One per code the tree can end at.
    pub results: List<Outcome>,
}

/// One question of the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable, short, used in `httpcode decide ID=ANSWER`.
    pub id: Text,
    pub question: Text,
    /// Why the answer matters, in one or two sentences.
    pub why: Text,
    pub source: Text,
    pub answers: List<Choice>,
    /// The curated comparison questions this one corresponds to, so that a test
    /// can prove the tree and the comparisons agree.
    #[serde(default)]
    pub compares: List<ComparisonLink>,
}

/// One answer to a question: it leads to another question or to a status code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ChoiceFile", into = "ChoiceFile")]
pub struct Choice {
    pub id: Text,
    pub text: Text,
    pub leads: Leads,
}

/// Where an answer leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leads {
    /// The next question's id.
    Question(Text),
    /// The status code the walk ends at.
    Code(u16),
}

impl Choice {
    /// The status code this answer ends at, if it ends the walk.
    pub fn code(&self) -> Option<u16> {
        match self.leads {
            Leads::Code(code) => Some(code),
            Leads::Question(_) => None,
        }
    }

    /// The id of the question this answer leads to, if any.
    pub fn next(&self) -> Option<&str> {
        match &self.leads {
            Leads::Question(id) => Some(id),
            Leads::Code(_) => None,
        }
    }
}

/// An answer as `data/decide/tree.yaml` writes it: `next: ID` or `result: CODE`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceFile {
    id: Text,
    text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    next: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    result: Option<u16>,
}

impl TryFrom<ChoiceFile> for Choice {
    type Error = String;
    fn try_from(file: ChoiceFile) -> Result<Choice, String> {
        let leads = match (file.next, file.result) {
            (Some(next), None) => Leads::Question(next),
            (None, Some(code)) => Leads::Code(code),
            _ => {
                return Err(format!(
                    "answer {:?} needs exactly one of `next` and `result`",
                    file.id
                ))
            }
        };
        Ok(Choice {
            id: file.id,
            text: file.text,
            leads,
        })
    }
}

impl From<Choice> for ChoiceFile {
    fn from(choice: Choice) -> ChoiceFile {
        let (next, result) = match choice.leads {
            Leads::Question(id) => (Some(id), None),
            Leads::Code(code) => (None, Some(code)),
        };
        ChoiceFile {
            id: choice.id,
            text: choice.text,
            next,
            result,
        }
    }
}

/// A question's counterpart in a curated comparison: for each of its answers,
/// the comparison answers (row cells) that agree with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonLink {
    /// The comparison's title ("405 vs 501 vs 400").
    pub comparison: Text,
    /// One of the comparison's questions, verbatim.
    pub question: Text,
    pub answers: List<AgreeingCells>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreeingCells {
    /// An answer id of the question.
    pub answer: Text,
    /// The comparison cells a code reached through this answer may have.
    pub cells: List<Text>,
}

/// What the tree says about a code it ends at, beyond the code's own record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub code: u16,
    /// What to send besides the header fields the code's record names.
    #[serde(default)]
    pub send: Option<Text>,
    #[serde(default)]
    pub close_calls: List<CloseCall>,
}

/// A code that is easy to pick instead, and when it would be right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloseCall {
    pub code: u16,
    pub when: Text,
}
