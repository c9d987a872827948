//! The clap definition: the single source of `--help`, the completions and the
//! man page.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::MethodStatus;
pub use crate::render::style::ColorChoice;

/// Shown by `--help` and in the man page; every line is run by the tests.
pub const EXAMPLES: &str = "\
Examples:
  httpcode 501                       Card for 501 Not Implemented
  httpcode 4xx                       Table of the client-error codes
  httpcode method not allowed        Search by name (old names work: payload too large)
  httpcode compare 405 501           Decision table: 405 or 501?
  httpcode header Retry-After        A header field: its section, and the codes that use it
  httpcode 405 --example             A minimal, correct raw response for 405
  httpcode explain --method PATCH    What PATCH is, and what to answer when it is unsupported
  httpcode list --all                Every code, unofficial ones (nginx, Cloudflare...) marked
  httpcode 429 --json                JSON for scripts";

/// HTTP status codes and methods in your terminal, every fact with its RFC section.
#[derive(Debug, Parser)]
#[command(
    name = "httpcode",
    version,
    about = "HTTP status codes and methods, every fact with its RFC section",
    long_about = "httpcode is an offline reference for HTTP status codes and methods. Give it a \
status code, a class or a few words: it answers with the code's meaning, the specification \
section that defines it, what a client should do, whether it is cacheable and which header \
fields go with it. Curated comparisons settle the codes people confuse (405 or 501? 401 or 403?).",
    after_help = EXAMPLES,
    after_long_help = format!("{EXAMPLES}\n\n{}", crate::exit::help_text()),
    arg_required_else_help = true,
    args_override_self = true,
    max_term_width = 100
)]
pub struct Cli {
    /// A status code (501), a class (4xx) or words to search for (teapot, "not allowed")
    ///
    /// A query that is exactly a header field name (retry-after) shows that field. To search
    /// for words that start with "header", quote them: httpcode "header fields too large".
    #[arg(value_name = "QUERY", value_parser = code_values(), hide_possible_values = true)]
    pub query: Vec<String>,

    /// Print a minimal, correct raw HTTP/1.1 response for the code
    #[arg(long, conflicts_with = "json")]
    pub example: bool,

    /// With --example: give the body as RFC 9457 problem details (application/problem+json)
    #[arg(long, requires = "example")]
    pub problem: bool,

    /// Show the code's constant in these languages (repeatable, or comma-separated)
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "LANG",
        global = true
    )]
    pub lang: Vec<Lang>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Print JSON instead of text, for scripts
    #[arg(long, global = true)]
    pub json: bool,

    /// When to use colour
    #[arg(long, value_enum, value_name = "WHEN", default_value_t, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List status codes, all or one class (registered ones; --all adds unofficial codes)
    #[command(
        after_help = "Examples:\n  httpcode list\n  httpcode list 5xx\n  httpcode list --all"
    )]
    List {
        /// Only this class: 1xx, 2xx, 3xx, 4xx or 5xx
        #[arg(value_name = "CLASS", value_parser = class_values(), hide_possible_values = true)]
        class: Option<String>,

        /// Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such
        #[arg(long, visible_alias = "unofficial")]
        all: bool,
    },

    /// Decision table between codes people confuse (405 or 501? 401 or 403?)
    #[command(
        after_help = "Examples:\n  httpcode compare 405 501\n  httpcode compare 401 403\n  \
httpcode compare 301 302 307 308\n  httpcode compare 404 410 --json"
    )]
    Compare {
        /// Two or more status codes, in any order
        #[arg(value_name = "CODE", required = true, num_args = 1.., value_parser = code_values(),
              hide_possible_values = true)]
        codes: Vec<String>,
    },

    /// Explain a method (--method PATCH): its flags, and what a server answers when it
    /// does not support it; or a status code in long form
    #[command(
        after_help = "Examples:\n  httpcode explain --method PATCH\n  httpcode explain --method FOO\n  \
httpcode explain 501"
    )]
    Explain {
        /// A status code to explain in long form
        #[arg(value_name = "CODE", required_unless_present = "method", conflicts_with = "method",
              value_parser = code_values(), hide_possible_values = true)]
        code: Option<String>,

        /// A request method, case-sensitive as in RFC 9110 §9.1 (GET, PATCH, PROPFIND…)
        #[arg(long, value_name = "METHOD", value_parser = method_values(), hide_possible_values = true)]
        method: Option<String>,
    },

    /// Table of the registered HTTP methods with their safe, idempotent and cacheable flags
    Methods,

    /// A header field (case-insensitive): its section, what it carries, and the codes that
    /// use it; without a name, every field
    #[command(
        after_help = "Examples:\n  httpcode header Retry-After\n  httpcode header allow --json\n  httpcode header"
    )]
    Header {
        /// A header field name, in any letter case (Retry-After, www-authenticate)
        #[arg(value_name = "FIELD", value_parser = header_values(), hide_possible_values = true)]
        field: Option<String>,
    },

    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(
        after_help = "Examples:\n  httpcode completions bash > ~/.local/share/bash-completion/completions/httpcode\n  \
httpcode completions zsh > ~/.zfunc/_httpcode\n  \
httpcode completions fish > ~/.config/fish/completions/httpcode.fish"
    )]
    Completions {
        /// The shell to generate for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The clap command, for completions and the man page.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Languages and frameworks whose constant names `--lang` can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Python http.HTTPStatus
    Python,
    /// Go net/http
    Go,
    /// Rust http::StatusCode
    Rust,
    /// Java java.net.HttpURLConnection
    Java,
    /// Spring org.springframework.http.HttpStatus
    Spring,
    /// .NET System.Net.HttpStatusCode
    Dotnet,
    /// Node.js http.STATUS_CODES
    Node,
    /// Ruby Rack status symbols
    Rack,
    /// PHP Symfony Response::HTTP_*
    Symfony,
}

impl Lang {
    /// The runtime key used in `data/constants/*.yaml` and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Go => "go",
            Lang::Rust => "rust",
            Lang::Java => "java",
            Lang::Spring => "spring",
            Lang::Dotnet => "dotnet",
            Lang::Node => "node",
            Lang::Rack => "rack",
            Lang::Symfony => "symfony",
        }
    }
}

/// Accepts any text, but offers the dataset's codes (with their names) to
/// shell completion.
fn code_values() -> Lenient {
    Lenient(|| {
        crate::data::codes()
            .iter()
            .map(|e| PossibleValue::new(e.code.to_string()).help(e.name.as_ref()))
            .collect()
    })
}

fn method_values() -> Lenient {
    Lenient(|| {
        crate::data::methods()
            .iter()
            .filter(|m| m.registered && m.status != MethodStatus::Reserved)
            .map(|m| PossibleValue::new(m.method.as_ref()).help(m.summary.as_ref()))
            .collect()
    })
}

fn header_values() -> Lenient {
    Lenient(|| {
        crate::data::headers()
            .iter()
            .map(|h| PossibleValue::new(h.name.as_ref()).help(h.spec.citation()))
            .collect()
    })
}

fn class_values() -> Lenient {
    Lenient(|| {
        crate::model::Class::ALL
            .into_iter()
            .map(|c| PossibleValue::new(c.label()).help(c.name()))
            .collect()
    })
}

/// A parser that suggests values to completion scripts but accepts any string,
/// so that validation and its messages stay with httpcode. The list is built
/// only when a completion script or man page asks for it.
#[derive(Clone)]
struct Lenient(fn() -> Vec<PossibleValue>);

impl TypedValueParser for Lenient {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter()))
    }
}
