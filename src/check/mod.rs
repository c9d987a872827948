//! `httpcode check`: reads HTTP responses (curl output or a HAR file) and
//! reports what breaks the RFCs. `parse` and `har` read the input into
//! `Response`s; `rule` says what a rule is and collects its findings;
//! `rules` lists the rules, which live in `required`, `framing`,
//! `fields`, `times` and `notes`; `syntax` holds the field grammars. Rendering is in
//! `render::check`.

pub mod caching;
pub mod cookies;
pub mod cors;
pub mod fields;
mod fix;
pub mod framing;
pub mod freshness;
pub mod har;
pub mod lifecycle;
pub mod links;
mod noise;
pub mod notes;
pub mod obsolete;
pub mod parse;
pub mod representation;
pub mod required;
pub mod rule;
pub mod rules;
pub mod security;
pub mod services;
pub mod status_line;
pub mod surrogate;
pub mod syntax;
pub mod times;
pub mod uri;

use std::fmt;
use std::io::{self, BufRead};

use serde::Serialize;

use crate::model::HeaderField;
use crate::terminal_text::shown;

/// Where a response came from, for messages: a line of the input or a HAR entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// 1-based line of the status line.
    Line(usize),
    /// 1-based index of the HAR entry.
    Entry(usize),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Line(n) => write!(f, "line {n}"),
            Origin::Entry(n) => write!(f, "HAR entry {n}"),
        }
    }
}

/// One header field line as it was read (folded lines already joined).
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub line: usize,
    /// Continued on following lines (obs-fold).
    pub folded: bool,
    /// Whitespace between the name and the colon.
    pub space_before_colon: bool,
    /// The dataset's record of the field, looked up once (several rules ask).
    pub record: Option<&'static HeaderField>,
}

/// What the input shows of the content after the header section.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    /// Bytes captured after the header section (0: none, or none shown).
    pub bytes: u64,
    /// The count is the content exactly as sent (plain `curl -i`), so it can be
    /// compared with Content-Length; not for `curl -v` or HAR sizes.
    pub exact: bool,
}

/// One part of a `multipart/byteranges` body, as far as the input shows it.
#[derive(Debug, Clone)]
pub struct Part {
    /// The line of its boundary delimiter.
    pub line: usize,
    /// Its header area has a Content-Range field.
    pub content_range: bool,
}

/// One response read from the input.
#[derive(Debug, Clone)]
pub struct Response {
    pub origin: Origin,
    pub version: String,
    pub status: u16,
    pub reason: Option<String>,
    /// The request method, when the input or `--method` shows it.
    pub method: Option<String>,
    /// `method` was inferred (a proxy's "200 Connection established" is CONNECT).
    pub method_inferred: bool,
    /// The request URL (HAR only).
    pub url: Option<String>,
    pub fields: Vec<Field>,
    pub body: Body,
    /// The parts of a `multipart/byteranges` body that was captured.
    pub parts: Vec<Part>,
    /// Read from `curl -v` output.
    pub verbose: bool,
    /// Another response follows it in the same stream.
    pub followed: bool,
}

impl Response {
    /// Every field line with this name, in order (names are case-insensitive).
    pub fn all<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a Field> + use<'a, 'n> {
        self.fields
            .iter()
            .filter(move |f| f.name.eq_ignore_ascii_case(name))
    }

    /// The dataset's record of each field the response has, once each.
    pub fn known_fields(&self) -> impl Iterator<Item = &'static HeaderField> + '_ {
        self.fields.iter().enumerate().filter_map(|(i, field)| {
            let first = self.fields[..i]
                .iter()
                .all(|f| !f.name.eq_ignore_ascii_case(&field.name));
            first.then_some(field.record).flatten()
        })
    }

    /// The first field line with this name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    /// HTTP/1.0 or HTTP/1.1 (the versions with a Connection field and obs-fold).
    pub fn is_http1(&self) -> bool {
        self.version.starts_with("HTTP/1.")
    }

    /// Whether the status lets a response carry content at all.
    pub fn content_allowed(&self) -> bool {
        !(self.status < 200 || self.status == 204 || self.status == 304 || self.method_is("HEAD"))
    }

    /// The method, when it is known to be exactly `name`.
    pub fn method_is(&self, name: &str) -> bool {
        self.method.as_deref() == Some(name)
    }

    /// The one Content-Length value, as a number, when the response has
    /// exactly one that parses.
    pub fn content_length(&self) -> Option<u64> {
        let mut values = self.all("Content-Length");
        let only = values.next()?;
        values.next().is_none().then_some(())?;
        only.value.parse().ok()
    }

    /// The boundary parameter of a `multipart/byteranges` Content-Type.
    pub fn boundary(&self) -> Option<String> {
        if !self.is_multipart() {
            return None;
        }
        let value = &self.field("Content-Type")?.value;
        value.split(';').skip(1).find_map(|p| {
            let (name, value) = p.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("boundary")
                .then(|| value.trim().trim_matches('"').to_string())
        })
    }

    /// Content is `multipart/byteranges` (a 206 with several parts).
    pub fn is_multipart(&self) -> bool {
        self.field("Content-Type").is_some_and(|f| {
            f.value
                .split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("multipart/byteranges"))
        })
    }
}

/// How serious a finding is: RFC 2119 MUST → error, SHOULD → warning, the rest note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Note,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Error, Level::Warning, Level::Note];

    pub fn label(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}

/// One thing a rule found in one response.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub level: Level,
    /// The rule's stable name (`header-required`, `content-length-mismatch`).
    pub rule: &'static str,
    /// The header field it is about, if any.
    pub field: Option<String>,
    pub message: String,
    /// The citation: "RFC 9110 §15.5.6", or a vendor's URL.
    pub source: String,
    /// What to send instead, in one line.
    pub fix: Option<String>,
}

/// A response with what the rules found in it, most serious first.
#[derive(Debug)]
pub struct Checked {
    pub response: Response,
    pub findings: Vec<Finding>,
}

/// A HAR entry with no response to check (status 0).
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// 1-based index of the HAR entry.
    pub entry: usize,
    pub url: String,
    pub reason: String,
}

/// Every response checked, with the totals.
#[derive(Debug)]
pub struct Report {
    pub responses: Vec<Checked>,
    /// HAR entries without a response, in order.
    pub skipped: Vec<Skipped>,
}

impl Report {
    pub fn count(&self, level: Level) -> usize {
        self.responses
            .iter()
            .flat_map(|c| &c.findings)
            .filter(|f| f.level == level)
            .count()
    }
}

/// Input that cannot be read as HTTP responses (exit 2).
#[derive(Debug)]
pub enum InputError {
    Read(io::Error),
    Open { path: String, error: io::Error },
    Empty,
    NotHttp { line: usize, text: String },
    BadStatusLine { line: usize, text: String },
    StatusOutOfRange { line: usize, status: u16 },
    BadField { line: usize, text: String },
    LineTooLong { line: usize },
    Har(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Read(e) => write!(f, "cannot read the input: {e}"),
            InputError::Open { path, error } => {
                write!(f, "cannot read {}: {error}", shown(path.as_bytes()))
            }
            InputError::Empty => write!(f, "the input holds no HTTP response"),
            InputError::NotHttp { line, text } => {
                write!(f, "line {line} is not an HTTP status line: \"{text}\"")
            }
            InputError::BadStatusLine { line, text } => {
                write!(f, "line {line} is a malformed status line: \"{text}\"")
            }
            InputError::StatusOutOfRange { line, status } => {
                write!(f, "line {line}: status {status} is outside 100-599")
            }
            InputError::BadField { line, text } => {
                write!(
                    f,
                    "line {line} is not a header field (name: value): \"{text}\""
                )
            }
            InputError::LineTooLong { line } => {
                write!(
                    f,
                    "line {line} is longer than 64 KiB inside a header section"
                )
            }
            InputError::Har(reason) => {
                write!(
                    f,
                    "not a readable HAR 1.2 file: {}",
                    shown(reason.as_bytes())
                )
            }
        }
    }
}

impl InputError {
    pub fn hint(&self) -> Option<String> {
        match self {
            InputError::Read(_) | InputError::Open { .. } => None,
            InputError::Har(_) => {
                Some("export it from the browser's network panel (\"Save all as HAR\")".into())
            }
            InputError::StatusOutOfRange { .. } => {
                Some("status codes are three-digit numbers from 100 to 599 (RFC 9110 §15)".into())
            }
            _ => Some(
                "give a response with its header section: curl prints it with -i (`curl -si URL \
                 | httpcode check`), -I (HEAD) or -v (`curl -sv URL 2>&1 | httpcode check`)"
                    .into(),
            ),
        }
    }
}

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--method`: the request method when the input does not show it.
    pub method: Option<String>,
    /// `--har`, or the input starts with `{`.
    pub har: bool,
}

/// Reads every response from the input and checks each one.
pub fn run<R: BufRead>(mut input: R, options: &Options) -> Result<Report, InputError> {
    let (responses, skipped) = if options.har || starts_with_brace(&mut input)? {
        har::responses(input)?
    } else {
        (
            parse::responses(input, options.method.as_deref())?,
            Vec::new(),
        )
    };
    let mut report = check_all(responses);
    report.skipped = skipped;
    Ok(report)
}

/// Checks responses that are already read.
pub fn check_all(mut responses: Vec<Response>) -> Report {
    for response in responses.iter_mut() {
        infer_connect(response);
    }
    Report {
        responses: responses
            .into_iter()
            .map(|response| {
                let findings = rules::check(&response);
                Checked { response, findings }
            })
            .collect(),
        skipped: Vec::new(),
    }
}

/// A proxy's "200 Connection established", followed by the tunnelled
/// response, answers a CONNECT even when the input does not show the request.
fn infer_connect(response: &mut Response) {
    let established = response
        .reason
        .as_deref()
        .is_some_and(|r| r.eq_ignore_ascii_case("connection established"));
    if response.method.is_none()
        && response.followed
        && (200..300).contains(&response.status)
        && established
    {
        response.method = Some("CONNECT".into());
        response.method_inferred = true;
    }
}

/// Skips leading whitespace and says whether the input is JSON (a HAR file).
fn starts_with_brace<R: BufRead>(input: &mut R) -> Result<bool, InputError> {
    loop {
        let buf = input.fill_buf().map_err(InputError::Read)?;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let brace = buf[i] == b'{';
                if brace {
                    input.consume(i);
                }
                return Ok(brace);
            }
            None if buf.is_empty() => return Ok(false),
            None => {
                let n = buf.len();
                input.consume(n);
            }
        }
    }
}
