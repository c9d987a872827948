//! Every way a command can fail, the message a user sees, its hint and its
//! exit status.

use crate::terminal_text::quoted;

/// An argument clap quotes in its own message, as it may reach a terminal.
fn escaped(text: &str) -> String {
    crate::terminal_text::escaped(text.as_bytes())
}
use std::fmt;

use crate::check::InputError;
use crate::exit::Exit;
use crate::model::Class;

#[derive(Debug)]
pub enum Error {
    /// An empty or blank argument.
    EmptyQuery,
    /// Text that looks numeric but is not a status code in 100–599.
    InvalidCode(String),
    /// `40x`: a class typed slightly wrong.
    NearClass { given: String, class: Class },
    /// A pasted log or curl line with no status code in it.
    NoStatusInLine,
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
    /// `--vendor` with a command it does not narrow.
    VendorNotApplicable,
    /// `explain` with neither a code nor `--method`.
    ExplainNeedsSubject,
    /// `--example` without exactly one code: the words and the codes they matched.
    ExampleNeedsOneCode {
        words: Option<String>,
        matches: Vec<String>,
    },
    /// `--problem` for a code that is not an error.
    ProblemForNonError(u16),
    /// `--open` without exactly one code.
    OpenNeedsOneCode,
    /// `compare` given the same code twice.
    CompareRepeats(u16),
    /// `compare` with fewer than two codes (what was given).
    CompareNeedsTwo(String),
    /// `check` with no file and a terminal on stdin.
    CheckFromTerminal,
    /// `decide` argument without `=`, with an example pair for the first question.
    NotAPair { given: String, example: String },
    /// `decide` given two answers to one question.
    AnsweredTwice(String),
    /// `decide ID=ANSWER` for a question the path never reaches.
    NotOnPath { pair: String, path: String },
    /// `decide` on stdin: more answers than the path has questions.
    TooManyAnswers(usize),
    /// `decide` answers on stdin that cannot be read.
    AnswersUnreadable(std::io::Error),
    /// The interactive prompt cannot use this terminal.
    NoPrompt(String),
    /// `--vendor` names no vendor in the dataset.
    UnknownVendor {
        name: String,
        suggestion: Option<&'static str>,
        known: Vec<&'static str>,
    },
    /// A known vendor that gives no meaning to what was asked (a code, a class).
    NotFromVendor {
        vendor: String,
        what: String,
        hint: Option<String>,
    },
    /// A method name that is not a valid token.
    InvalidMethod { shown: String, reason: &'static str },
    /// A registered method name typed where a status code or words go.
    MethodAsQuery(String),
    /// An output option given before a subcommand whose output it does not
    /// change (`httpcode --lang go check`), or `--format oneline` for an
    /// answer that is no list of items.
    OptionNotApplicable { option: String, command: String },
    /// A command line clap rejects, its message and hint taken from clap's own.
    Clap {
        message: String,
        hint: Option<String>,
    },
    /// A first word a small typo away from a subcommand, where nothing matches.
    MistypedSubcommand { typed: String, suggestion: String },
    /// `list` filters that leave no code.
    NothingListed,
    /// A name that reads like a constant from code but is none we know.
    UnknownConstant {
        given: String,
        suggestion: Option<(&'static str, u16)>,
    },
    /// `--open` on a code with no page to open.
    NothingToOpen(u16),
    /// The platform's opener could not be run.
    OpenFailed { url: String, reason: String },
    /// `decide ID=ANSWER` with an ID that names no question.
    UnknownQuestion {
        given: String,
        ids: Vec<&'static str>,
    },
    /// `decide` with an answer the question does not have.
    UnknownAnswer {
        question: &'static str,
        given: String,
        answers: Vec<&'static str>,
    },
    /// The user left an interactive prompt (Ctrl-C or Esc).
    Interrupted,
    /// A header field name the dataset does not know, perhaps with a close one.
    UnknownHeader {
        name: String,
        suggestion: Option<&'static str>,
    },
    /// A code that has no correct example response (unused, or not registered).
    NoExample { code: u16, reason: String },
    /// `check` input that cannot be read as HTTP responses.
    Input(InputError),
}

impl Error {
    pub fn exit(&self) -> Exit {
        match self {
            Error::UnknownCode { .. }
            | Error::NoMatch { .. }
            | Error::MethodAsQuery(_)
            | Error::NothingListed
            | Error::UnknownConstant { .. }
            | Error::NothingToOpen(_)
            | Error::OpenFailed { .. }
            | Error::NotFromVendor { .. }
            | Error::UnknownHeader { .. }
            | Error::NoExample { .. }
            | Error::NoStatusInLine => Exit::NoAnswer,
            Error::EmptyQuery
            | Error::InvalidCode(_)
            | Error::NearClass { .. }
            | Error::InvalidClass(_)
            | Error::VendorNotApplicable
            | Error::ExplainNeedsSubject
            | Error::ExampleNeedsOneCode { .. }
            | Error::ProblemForNonError(_)
            | Error::OpenNeedsOneCode
            | Error::CompareRepeats(_)
            | Error::CompareNeedsTwo(_)
            | Error::CheckFromTerminal
            | Error::NotAPair { .. }
            | Error::AnsweredTwice(_)
            | Error::NotOnPath { .. }
            | Error::TooManyAnswers(_)
            | Error::AnswersUnreadable(_)
            | Error::NoPrompt(_)
            | Error::InvalidMethod { .. }
            | Error::MistypedSubcommand { .. }
            | Error::Clap { .. }
            | Error::OptionNotApplicable { .. }
            | Error::UnknownVendor { .. }
            | Error::UnknownQuestion { .. }
            | Error::UnknownAnswer { .. }
            | Error::Input(_) => Exit::Usage,
            Error::Interrupted => Exit::Interrupted,
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
            Error::NearClass { class, .. } => Some(format!("did you mean {}?", class.label())),
            Error::NoStatusInLine => Some(
                "paste the line with the response's status, e.g. `< HTTP/1.1 404 Not Found`".into(),
            ),
            Error::InvalidClass(_) => Some("classes are 1xx, 2xx, 3xx, 4xx and 5xx".into()),
            Error::VendorNotApplicable => Some(
                "e.g. `httpcode 499 --vendor nginx` or `httpcode list --vendor cloudflare`".into(),
            ),
            Error::ExplainNeedsSubject => {
                Some("e.g. `httpcode explain --method PATCH` or `httpcode explain 501`".into())
            }
            Error::ExampleNeedsOneCode { matches, .. } => Some(format!(
                "e.g. `httpcode {} --example`",
                matches.first().map_or("405", String::as_str)
            )),
            Error::ProblemForNonError(_) => {
                Some("problem details (RFC 9457) are for 4xx and 5xx responses".into())
            }
            Error::OpenNeedsOneCode => Some("e.g. `httpcode 501 --open`".into()),
            Error::CompareRepeats(_) => {
                Some("compare distinct codes, e.g. `httpcode compare 405 501`".into())
            }
            Error::CompareNeedsTwo(_) => Some("e.g. `httpcode compare 405 501`".into()),
            Error::CheckFromTerminal => {
                Some("e.g. `curl -si URL | httpcode check` or `httpcode check FILE`".into())
            }
            Error::NotAPair { example, .. } => Some(format!(
                "e.g. `httpcode decide {example}`; `httpcode decide --tree` lists every question"
            )),
            Error::AnsweredTwice(_) => Some("give each question one answer".into()),
            Error::NotOnPath { .. } => {
                Some("`httpcode decide --tree` shows which answers lead to which questions".into())
            }
            Error::TooManyAnswers(_) => {
                Some("give one answer per line, in the order the questions come".into())
            }
            Error::AnswersUnreadable(_) => Some("give one answer id per line, as UTF-8 text".into()),
            Error::NoPrompt(_) => {
                Some("give the answers as ID=ANSWER pairs, or one per line on stdin".into())
            }
            Error::MethodAsQuery(name) => Some(format!("httpcode explain --method {name}")),
            Error::NothingListed => Some("drop a filter, or add --all for unofficial codes".into()),
            Error::NothingToOpen(_) => None,
            Error::UnknownConstant { suggestion, .. } => Some(match suggestion {
                Some((name, code)) => format!("did you mean {name} ({code})?"),
                None => format!(
                    "constants are known for {} runtimes (httpcode 404 lists them under \"In code\")",
                    crate::data::runtimes().len()
                ),
            }),
            Error::OpenFailed { url, .. } => Some(format!("open it yourself: {url}")),
            Error::MistypedSubcommand { suggestion, .. } => {
                Some(format!("did you mean: {suggestion}"))
            }
            Error::Clap { hint, .. } => hint.as_deref().map(escaped),
            Error::OptionNotApplicable { option, .. } if option.starts_with("--format") => Some(
                "--format oneline prints lists of codes, methods and header fields (lookups, \
                 list, methods, header); use --json for scripts"
                    .to_string(),
            ),
            Error::OptionNotApplicable { command, .. } if command.contains(' ') => None,
            Error::OptionNotApplicable { command, .. } => Some(format!(
                "see the options of {command} in: httpcode {command} --help"
            )),
            Error::UnknownVendor {
                suggestion, known, ..
            } => {
                let known = format!("known vendors: {}", known.join(", "));
                Some(match suggestion {
                    Some(name) => format!("did you mean {name}? {known}"),
                    None => known,
                })
            }
            Error::NotFromVendor { hint, .. } => hint.clone(),
            Error::UnknownHeader { suggestion, .. } => Some(match suggestion {
                Some(name) => format!("did you mean {name}?"),
                None => "try `httpcode header` to see every field".into(),
            }),
            Error::NoExample { .. } => None,
            Error::InvalidMethod { .. } => Some(
                "method names are tokens: letters, digits and !#$%&'*+-.^_`|~ (RFC 9110 §9.1, §5.6.2)"
                    .into(),
            ),
            Error::UnknownQuestion { ids, .. } => {
                Some(format!("question ids: {}", ids.join(", ")))
            }
            Error::UnknownAnswer {
                question, answers, ..
            } => Some(format!("answers to {question}: {}", answers.join(", "))),
            Error::Interrupted => None,
            Error::Input(input) => input.hint(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyQuery => write!(f, "empty query"),
            Error::NearClass { given, .. } => {
                write!(f, "invalid status code: {}", quoted(given))
            }
            Error::NoStatusInLine => write!(f, "no status code found in this line"),
            Error::InvalidCode(text) => {
                write!(f, "invalid status code: {}", quoted(text))
            }
            Error::UnknownCode { code, .. } => {
                write!(f, "{code} is not a registered HTTP status code")
            }
            Error::NoMatch { query, .. } => {
                write!(f, "no status code matches {}", quoted(query))
            }
            Error::InvalidClass(text) => write!(f, "invalid status class: {}", quoted(text)),
            Error::VendorNotApplicable => {
                write!(f, "--vendor narrows a card or `list`, not this command")
            }
            Error::ExplainNeedsSubject => write!(f, "explain needs a status code or --method"),
            Error::ExampleNeedsOneCode {
                words: Some(words),
                matches,
            } => write!(
                f,
                "--example needs one status code; {} matches {}",
                quoted(words),
                matches.join(", ")
            ),
            Error::ExampleNeedsOneCode { words: None, .. } => {
                write!(f, "--example needs one status code")
            }
            Error::ProblemForNonError(code) => {
                write!(f, "--problem describes errors, and {code} is not one")
            }
            Error::OpenNeedsOneCode => write!(f, "--open needs one status code"),
            Error::CompareRepeats(code) => write!(f, "{code} is given more than once"),
            Error::CompareNeedsTwo(given) => write!(
                f,
                "compare needs at least two status codes, got only {given}"
            ),
            Error::CheckFromTerminal => write!(
                f,
                "check reads responses from a file or a pipe, not a terminal"
            ),
            Error::NotAPair { given, .. } => {
                write!(f, "{} is not an ID=ANSWER pair", quoted(given))
            }
            Error::AnsweredTwice(id) => write!(f, "{id} is answered more than once"),
            Error::NotOnPath { pair, path } => {
                write!(f, "{pair} is never asked on this path ({path})")
            }
            Error::TooManyAnswers(n) => write!(
                f,
                "more answers than questions: the path ends after {n} answers"
            ),
            Error::AnswersUnreadable(err) => write!(f, "cannot read answers from stdin: {err}"),
            Error::NoPrompt(err) => write!(f, "cannot ask in this terminal: {err}"),
            Error::UnknownVendor { name, .. } => write!(f, "unknown vendor: {}", quoted(name)),
            Error::NotFromVendor { vendor, what, .. } => {
                write!(f, "no meaning of {what} comes from {}", quoted(vendor))
            }
            Error::InvalidMethod { shown, reason } => {
                write!(f, "{shown} is not a valid method name: {reason}")
            }
            Error::MethodAsQuery(name) => {
                write!(f, "{name} is a request method, not a status code")
            }
            Error::NothingListed => write!(f, "no status code matches these filters"),
            Error::NothingToOpen(code) => write!(f, "{code} has no page to open"),
            Error::UnknownConstant { given, .. } => {
                write!(
                    f,
                    "no status code and no runtime constant matches {}",
                    quoted(given)
                )
            }
            Error::OpenFailed { reason, .. } => write!(f, "cannot open a browser: {reason}"),
            Error::UnknownHeader { name, .. } => {
                write!(f, "{} is not a header field httpcode knows", quoted(name))
            }
            Error::NoExample { code, reason } => {
                write!(f, "no example response for {code}: {reason}")
            }
            Error::MistypedSubcommand { typed, .. } => {
                write!(
                    f,
                    "{} is not a subcommand, and no status code matches it",
                    quoted(typed)
                )
            }
            Error::UnknownQuestion { given, .. } => {
                write!(
                    f,
                    "{} is not a question of the decision tree",
                    quoted(given)
                )
            }
            Error::UnknownAnswer {
                question, given, ..
            } => write!(f, "{} is not an answer to {question}", quoted(given)),
            Error::Clap { message, .. } => f.write_str(&escaped(message)),
            Error::OptionNotApplicable { option, command } => {
                write!(f, "{option} does not apply to {command}")
            }
            Error::Interrupted => write!(f, "interrupted"),
            Error::Input(input) => write!(f, "{input}"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// clap's rejection of a command line in httpcode's words: clap's rendered
    /// text (`error: …`, indented details, `tip: …`, `Usage: …`) becomes one
    /// message and one hint, so that every error starts `httpcode: error:`
    /// and every hint `hint:`.
    pub fn from_clap(rendered: &str) -> Error {
        let mut message = String::new();
        let mut tips = Vec::new();
        let mut values = None;
        let mut usage = None;
        for line in rendered.lines() {
            let line = line.trim();
            if let Some(first) = line.strip_prefix("error: ") {
                message.push_str(first);
            } else if let Some(tip) = line.strip_prefix("tip: ") {
                tips.push(tip.to_string());
            } else if let Some(list) = line
                .strip_prefix("[possible values: ")
                .and_then(|l| l.strip_suffix(']'))
            {
                values = Some(format!("possible values: {list}"));
            } else if let Some(rest) = line.strip_prefix("Usage: ") {
                usage = Some(format!("usage: {rest}"));
            } else if !line.is_empty() && !line.starts_with("For more information") {
                // A detail under the message, such as the missing argument.
                message = format!("{message} {line}");
            }
        }
        let hint = if tips.is_empty() {
            values.or(usage)
        } else {
            Some(tips.join("; "))
        };
        Error::Clap { message, hint }
    }
}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn clap_errors_become_one_message_and_one_hint() {
        let err = Error::from_clap(
            "error: invalid value 'nevr' for '--color <WHEN>'\n  \
             [possible values: auto, always, never]\n\n  \
             tip: a similar value exists: 'never'\n\nFor more information, try '--help'.\n",
        );
        assert_eq!(err.to_string(), "invalid value 'nevr' for '--color <WHEN>'");
        assert_eq!(
            err.hint().as_deref(),
            Some("a similar value exists: 'never'")
        );
        let err = Error::from_clap(
            "error: the following required arguments were not provided:\n  <CODE>...\n\n\
             Usage: httpcode compare <CODE>...\n\nFor more information, try '--help'.\n",
        );
        assert_eq!(
            err.to_string(),
            "the following required arguments were not provided: <CODE>..."
        );
        assert_eq!(
            err.hint().as_deref(),
            Some("usage: httpcode compare <CODE>...")
        );
    }
}
