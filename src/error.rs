//! Every way a command can fail, the message a user sees, its hint and its
//! exit status.

use std::fmt;

use crate::exit::Exit;

#[derive(Debug)]
pub enum Error {
    /// An empty or blank argument.
    EmptyQuery,
    /// Text that looks numeric but is not a status code in 100–599.
    InvalidCode(String),
    /// A number in range that the dataset does not know, with the nearest known codes.
    UnknownCode {
        code: u16,
        nearest: Vec<(u16, &'static str)>,
    },
    /// Words that match nothing; perhaps a close name.
    NoMatch {
        query: String,
        suggestion: Option<(u16, &'static str)>,
    },
    /// A class filter that is not 1xx–5xx.
    InvalidClass(String),
    /// A bad argument to a subcommand, with an optional hint.
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// A method name that is not a valid token.
    InvalidMethod { shown: String, reason: &'static str },
    /// A registered method name typed where a status code or words go.
    MethodAsQuery(String),
    /// A first word a small typo away from a subcommand, where nothing matches.
    MistypedSubcommand { typed: String, suggestion: String },
    /// A header field name the dataset does not know, perhaps with a close one.
    UnknownHeader {
        name: String,
        suggestion: Option<&'static str>,
    },
    /// A code that has no correct example response (unused, or not registered).
    NoExample { code: u16, reason: String },
}

impl Error {
    pub fn exit(&self) -> Exit {
        match self {
            Error::UnknownCode { .. }
            | Error::NoMatch { .. }
            | Error::MethodAsQuery(_)
            | Error::UnknownHeader { .. }
            | Error::NoExample { .. } => Exit::NotFound,
            Error::EmptyQuery
            | Error::InvalidCode(_)
            | Error::InvalidClass(_)
            | Error::Usage { .. }
            | Error::InvalidMethod { .. }
            | Error::MistypedSubcommand { .. } => Exit::Usage,
        }
    }

    /// A second line to print after the error, when one helps.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::EmptyQuery => {
                Some("give a status code (501), a class (4xx) or words (\"not allowed\")".into())
            }
            Error::InvalidCode(_) => {
                Some("status codes are three-digit numbers from 100 to 599".into())
            }
            Error::UnknownCode { nearest, code } => {
                if nearest.is_empty() {
                    return None;
                }
                let class = code / 100;
                let list: Vec<String> =
                    nearest.iter().map(|(c, n)| format!("{c} {n}")).collect();
                Some(format!(
                    "nearest registered {class}xx codes: {}",
                    list.join(", ")
                ))
            }
            Error::NoMatch { suggestion, .. } => suggestion
                .map(|(code, name)| format!("did you mean {code} {name}?"))
                .or_else(|| Some("try `httpcode list` to see every code".into())),
            Error::InvalidClass(_) => Some("classes are 1xx, 2xx, 3xx, 4xx and 5xx".into()),
            Error::Usage { hint, .. } => hint.clone(),
            Error::MethodAsQuery(name) => Some(format!("httpcode explain --method {name}")),
            Error::MistypedSubcommand { suggestion, .. } => {
                Some(format!("did you mean: {suggestion}"))
            }
            Error::UnknownHeader { suggestion, .. } => Some(match suggestion {
                Some(name) => format!("did you mean {name}?"),
                None => "try `httpcode header` to see every field".into(),
            }),
            Error::NoExample { .. } => None,
            Error::InvalidMethod { .. } => Some(
                "method names are tokens: letters, digits and !#$%&'*+-.^_`|~ (RFC 9110 §9.1, §5.6.2)"
                    .into(),
            ),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyQuery => write!(f, "empty query"),
            Error::InvalidCode(text) => write!(f, "invalid status code: {text:?}"),
            Error::UnknownCode { code, .. } => {
                write!(f, "{code} is not a registered HTTP status code")
            }
            Error::NoMatch { query, .. } => write!(f, "no status code matches {query:?}"),
            Error::InvalidClass(text) => write!(f, "invalid status class: {text:?}"),
            Error::Usage { message, .. } => write!(f, "{message}"),
            Error::InvalidMethod { shown, reason } => {
                write!(f, "{shown} is not a valid method name: {reason}")
            }
            Error::MethodAsQuery(name) => {
                write!(f, "{name} is a request method, not a status code")
            }
            Error::UnknownHeader { name, .. } => {
                write!(f, "{name:?} is not a header field httpcode knows")
            }
            Error::NoExample { code, reason } => {
                write!(f, "no example response for {code}: {reason}")
            }
            Error::MistypedSubcommand { typed, .. } => {
                write!(
                    f,
                    "{typed:?} is not a subcommand, and no status code matches it"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
