//! The clap definition: the single source of `--help`, the completions and the
//! man page.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::MethodStatus;

/// The examples of `--help` and the man page, as (command, what it shows);
/// every command is run by the tests. `-h` shows the first `SHORT_EXAMPLES`.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("httpcode 501", "Card for 501 Not Implemented"),
    ("httpcode 4xx", "Table of the client-error codes"),
    (
        "httpcode method not allowed",
        "Search by name (old names work: payload too large)",
    ),
    ("httpcode compare 405 501", "Decision table: 405 or 501?"),
    (
        "httpcode decide --tree",
        "Which code should my server return? (decide alone asks)",
    ),
    (
        "httpcode header Retry-After",
        "A header field: its section, and the codes that use it",
    ),
    (
        "httpcode 405 --example",
        "A minimal, correct raw response for 405",
    ),
    (
        "httpcode explain --method PATCH",
        "What PATCH is, and what to answer when it is unsupported",
    ),
    (
        "httpcode list --all",
        "Every code, unofficial ones (nginx, Cloudflare...) marked",
    ),
    ("httpcode 404 500 502", "Several codes in one table"),
    (
        "httpcode HTTP/1.1 404 Not Found",
        "A pasted status line opens its card",
    ),
    (
        "httpcode 000",
        "curl's 000: no response arrived, and what to check",
    ),
    (
        "httpcode list --format oneline",
        "One line per code, for fzf, grep and cut",
    ),
    ("httpcode 429 --json", "JSON for scripts"),
];

/// How many of `EXAMPLES` the summary (`-h`) shows.
pub const SHORT_EXAMPLES: usize = 4;

/// Shown by `httpcode check --help` and in its man page.
pub const CHECK_EXAMPLES: &str = "\
Examples:
  curl -si -X DELETE https://api.example.com/items/1 | httpcode check
  curl -sv -X PATCH http://localhost:8080/x 2>&1 | httpcode check
  curl -sIL http://localhost:8080/old | httpcode check
  httpcode check response.txt
  httpcode check --har session.har
  httpcode check --strict --json < response.txt

curl -v output shows the method (\"> PATCH\"); with -L every hop of a redirect
chain is checked; --strict makes warnings fail too, for CI.
Exit status: 0 no response breaks a MUST, 1 one does, 2 input that cannot be
read as HTTP.";

/// HTTP status codes and methods in your terminal, every fact with its source.
#[derive(Debug, Parser)]
#[group(skip)]
#[command(
    name = "httpcode",
    version = crate::data::VERSION,
    about = "HTTP status codes and methods, every fact with its source",
    long_about = "httpcode is an offline reference for HTTP status codes and methods. Give it a \
status code, a class or a few words: it answers with the code's meaning, the specification \
section that defines it, what a client should do, whether it is cacheable and which header \
fields go with it. Curated comparisons settle the codes people confuse (405 or 501? 401 or 403?).",
    arg_required_else_help = true,
    disable_help_flag = true,
    args_override_self = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Codes (501, 200 404), a class (4xx), a status line, curl's 000, or words
    ///
    /// A status line as pasted (HTTP/1.1 404 Not Found), or words to search for
    /// (teapot, "not allowed"). A query that is exactly a header field name (retry-after) shows that field. To search
    /// for words that start with "header", quote them: httpcode "header fields too large".
    #[arg(value_name = "QUERY", value_parser = code_values(), hide_possible_values = true)]
    pub query: Vec<String>,

    /// Print a raw response for the code
    ///
    /// A minimal, correct HTTP/1.1 response, as raw text.
    #[arg(long, conflicts_with = "json")]
    pub example: bool,

    /// With --example: an RFC 9457 body
    ///
    /// The body as RFC 9457 problem details (application/problem+json).
    #[arg(long, requires = "example")]
    pub problem: bool,

    #[command(flatten)]
    pub langs: Langs,

    /// Open the code's section online
    ///
    /// The code's specification section, or its vendor's page, in the browser.
    #[arg(long)]
    pub open: bool,

    /// Only this vendor's meanings
    ///
    /// The vendor's name in any letter case: cloudflare, nginx, aws...
    #[arg(long, value_name = "NAME")]
    pub vendor: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    help: HelpArg,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// `-h` and `--help`, flattened into every command rather than one global
// argument: clap copies a global argument into each subcommand at every start,
// 22 KB of heap and 0.05 of the bare clap binary's time (benches/startup.rs). A deferred
// subcommand builds its own only when it is the one used.
#[derive(Debug, Args)]
#[group(skip)]
pub struct HelpArg {
    /// Print help (--help: in full)
    ///
    /// -h prints a summary, --help all of it.
    #[arg(short, long, action = clap::ArgAction::Help)]
    help: Option<bool>,
}

/// The least serious finding `check` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum MinLevel {
    /// Every finding
    #[default]
    Note,
    /// Warnings and errors
    Warning,
    /// Errors only
    Error,
}

impl MinLevel {
    pub fn level(self) -> crate::check::Level {
        match self {
            MinLevel::Note => crate::check::Level::Note,
            MinLevel::Warning => crate::check::Level::Warning,
            MinLevel::Error => crate::check::Level::Error,
        }
    }
}

/// How codes are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// Cards and tables for people
    #[default]
    Table,
    /// One tab-separated line per item (CODE<TAB>NAME<TAB>SUMMARY for codes), for fzf,
    /// grep and cut
    Oneline,
}

// The output options of the lookups, `list`, `methods` and `header`, the
// commands whose output they change. Each subcommand takes only the options
// that change its output (no --lang for `check`, no --json for `completions`).
// (Plain comments on flattened structs: a doc comment would become the
// subcommand's about text.)
#[derive(Debug, Args)]
#[group(skip)]
pub struct OutputArgs {
    #[command(flatten)]
    pub json: JsonArg,

    #[command(flatten)]
    pub color: ColorArg,

    #[command(flatten)]
    pub format: FormatArg,
}

// `--json`.
#[derive(Debug, Args)]
#[group(skip)]
pub struct JsonArg {
    /// Print JSON, for scripts
    #[arg(long)]
    pub json: bool,
}

// `--color`.
#[derive(Debug, Args)]
#[group(skip)]
pub struct ColorArg {
    /// When to use colour
    ///
    /// The default is auto.
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

// `--format`, for the commands that print codes, methods or fields as rows.
#[derive(Debug, Args)]
#[group(skip)]
pub struct FormatArg {
    /// Tables, or one line per item
    ///
    /// Cards and tables for people, or one tab-separated line per item (codes,
    /// methods, header fields). The default is table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
}

// `--lang`, for the commands that show a code's card.
#[derive(Debug, Args)]
#[group(skip)]
pub struct Langs {
    /// Constants in these languages
    ///
    /// The code's constant in each language or framework; repeat the option or
    /// separate the names with commas.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<Lang>,
}

// `--json` and `--color`, for the commands with no other output option.
#[derive(Debug, Args)]
#[group(skip)]
pub struct JsonColor {
    #[command(flatten)]
    pub json: JsonArg,

    #[command(flatten)]
    pub color: ColorArg,
}

/// The output settings of one command line: the subcommand's own options,
/// or the same options given before it (`httpcode --json list`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub json: bool,
    pub color: ColorChoice,
    pub format: Format,
    pub lang: Vec<Lang>,
}

impl Cli {
    /// The output settings, or an error naming an option given before a
    /// subcommand whose output it does not change (`httpcode --lang go check`).
    pub fn settings(&self) -> Result<Settings, crate::error::Error> {
        let top = &self.output;
        let (json, color, format, lang, name) = match &self.command {
            None => (None, None, None, None, None),
            Some(Command::List(ListArgs { output, langs, .. })) => (
                Some(&output.json),
                Some(&output.color),
                Some(&output.format),
                Some(langs),
                Some("list"),
            ),
            Some(Command::Methods(MethodsArgs { output, .. }))
            | Some(Command::Header(HeaderArgs { output, .. })) => (
                Some(&output.json),
                Some(&output.color),
                Some(&output.format),
                None,
                Some(self.command_name()),
            ),
            Some(Command::Explain(ExplainArgs { output, langs, .. })) => (
                Some(&output.json),
                Some(&output.color),
                None,
                Some(langs),
                Some("explain"),
            ),
            Some(Command::Compare(CompareArgs { output, .. }))
            | Some(Command::Decide(DecideArgs { output, .. }))
            | Some(Command::Check(CheckArgs { output, .. })) => (
                Some(&output.json),
                Some(&output.color),
                None,
                None,
                Some(self.command_name()),
            ),
            Some(Command::Completions(_)) => (None, None, None, None, Some("completions")),
        };
        let refuse = |option: &str| {
            Err(crate::error::Error::OptionNotApplicable {
                option: option.to_string(),
                command: name.unwrap_or_default().to_string(),
            })
        };
        if name.is_some() {
            if top.json.json && json.is_none() {
                return refuse("--json");
            }
            if top.color.color.is_some() && color.is_none() {
                return refuse("--color");
            }
            if top.format.format.is_some() && format.is_none() {
                return refuse("--format");
            }
            if !self.langs.lang.is_empty() && lang.is_none() {
                return refuse("--lang");
            }
        }
        let mut langs = self.langs.lang.clone();
        langs.extend(lang.map(|l| l.lang.clone()).unwrap_or_default());
        Ok(Settings {
            json: top.json.json || json.is_some_and(|j| j.json),
            color: color
                .and_then(|c| c.color)
                .or(top.color.color)
                .unwrap_or_default(),
            format: format
                .and_then(|f| f.format)
                .or(top.format.format)
                .unwrap_or_default(),
            lang: langs,
        })
    }

    fn command_name(&self) -> &'static str {
        match &self.command {
            None => "",
            Some(Command::List(_)) => "list",
            Some(Command::Compare(_)) => "compare",
            Some(Command::Explain(_)) => "explain",
            Some(Command::Methods(_)) => "methods",
            Some(Command::Decide(_)) => "decide",
            Some(Command::Header(_)) => "header",
            Some(Command::Check(_)) => "check",
            Some(Command::Completions(_)) => "completions",
        }
    }
}

// Which codes `list` shows. (A plain comment: with deferred subcommands, a doc
// comment here would become `list`'s about text in place of the variant's.)
#[derive(Debug, Args)]
#[group(skip)]
pub struct ListFilter {
    /// Include unofficial codes (nginx, Cloudflare, AWS, IIS, …), marked as such
    #[arg(long, visible_alias = "unofficial")]
    pub all: bool,

    /// Only codes heuristically cacheable by default (RFC 9110 §15.1)
    #[arg(long)]
    pub cacheable: bool,

    /// Only codes whose client behaviour is this kind
    #[arg(long, value_name = "KIND", value_parser = retry_values())]
    pub retry: Option<String>,

    /// Only codes whose record names this header field (any letter case)
    #[arg(long, value_name = "FIELD")]
    pub header: Option<String>,

    /// Only the codes this vendor gives a meaning to, registered or not (cloudflare, nginx...)
    #[arg(long, value_name = "NAME")]
    pub vendor: Option<String>,
}

// Deferred: a subcommand's arguments, and its help beyond the one-line
// summary (`long_about`, `after_help`, on its `…Args` struct), are built only
// when it is the one used (or when --help, the completions or the man page
// need them all), not at every start. clap's derive supports this on
// Subcommand enums. The structs carry plain comments: a doc comment would
// replace the summary.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// List status codes, all or one class
    List(ListArgs),

    /// Decision table between codes people confuse
    Compare(CompareArgs),

    /// Explain a method, or a code in long form
    Explain(ExplainArgs),

    /// Table of the registered HTTP methods
    Methods(MethodsArgs),

    /// Which status code should my server return?
    Decide(DecideArgs),

    /// A header field, or every field
    Header(HeaderArgs),

    /// Check HTTP responses against the RFCs
    Check(CheckArgs),

    /// Print a shell completion script
    Completions(CompletionsArgs),
}

// `httpcode list`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "List status codes, all or one class\n\nThe registered codes; --all adds unofficial \
ones.",
    after_help = "Examples:\n  httpcode list\n  httpcode list 5xx\n  httpcode list --all\n  \
httpcode list 4xx --retry after-delay\n  httpcode list --header Retry-After\n  \
httpcode list --cacheable --format oneline\n  httpcode list --vendor cloudflare"
)]
pub struct ListArgs {
    /// Only this class: 1xx, 2xx, 3xx, 4xx or 5xx
    #[arg(value_name = "CLASS", value_parser = class_values(), hide_possible_values = true)]
    pub class: Option<String>,

    #[command(flatten)]
    pub filter: ListFilter,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub help: HelpArg,

    #[command(flatten)]
    pub langs: Langs,
}

// `httpcode compare`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Decision table between codes people confuse\n\nFor example 405 or 501, 401 or 403.",
    after_help = "Examples:\n  httpcode compare 405 501\n  httpcode compare 401 403\n  \
httpcode compare 301 302 307 308\n  httpcode compare 404 410 --json"
)]
pub struct CompareArgs {
    /// Two or more status codes, in any order
    #[arg(value_name = "CODE", required = true, num_args = 1.., value_parser = code_values(),
          hide_possible_values = true)]
    pub codes: Vec<String>,

    #[command(flatten)]
    pub output: JsonColor,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode explain`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Explain a method, or a code in long form\n\nA method (--method PATCH): its flags, \
and what a server answers when it does not support it. A status code: its card in \
long form.",
    after_help = "Examples:\n  httpcode explain --method PATCH\n  httpcode explain --method FOO\n  \
httpcode explain 501"
)]
pub struct ExplainArgs {
    /// A status code to explain in long form
    #[arg(value_name = "CODE", required_unless_present = "method", conflicts_with = "method",
          value_parser = code_values(), hide_possible_values = true)]
    pub code: Option<String>,

    /// A request method, case-sensitive as in RFC 9110 §9.1 (GET, PATCH, PROPFIND…)
    #[arg(long, value_name = "METHOD", value_parser = method_values(), hide_possible_values = true)]
    pub method: Option<String>,

    #[command(flatten)]
    pub output: JsonColor,

    #[command(flatten)]
    pub langs: Langs,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode methods`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Table of the registered HTTP methods\n\nWith their safe, idempotent and cacheable \
flags."
)]
pub struct MethodsArgs {
    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode decide`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Which status code should my server return? A few questions about the situation, each \
with its RFC section, end at a code, what to send with it and the codes that are \
easy to confuse with it.\n\nIn a terminal it asks one question at a time (arrow keys \
or typing to choose, a \"back\" choice, Esc or Ctrl-C to leave with status 130). \
Given ID=ANSWER pairs it walks them and prints the result (status 0) or the next \
question with its answers (status 1). With no pairs and a non-terminal stdin it \
reads one answer id per line, in question order. --tree prints every question, its \
answers and where they lead.",
    after_help = "Examples:\n  httpcode decide\n  \
httpcode decide outcome=refused area=method method=not-here\n  \
httpcode decide outcome=refused --json\n  \
printf 'failed\\nyes\\ntimeout\\n' | httpcode decide\n  \
httpcode decide --tree"
)]
pub struct DecideArgs {
    /// Answers as ID=ANSWER pairs, in any order (outcome=refused area=method …)
    #[arg(value_name = "ID=ANSWER", value_parser = decide_values(), hide_possible_values = true)]
    pub answers: Vec<String>,

    /// Print the whole tree as an outline: every question, its answers and where they lead
    #[arg(long, conflicts_with = "answers")]
    pub tree: bool,

    #[command(flatten)]
    pub output: JsonColor,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode header`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "A header field, or every field\n\nA header field in any letter case: its section, \
what it carries, and the codes that use it. Without a name, every field.",
    after_help = "Examples:\n  httpcode header Retry-After\n  httpcode header allow --json\n  httpcode header"
)]
pub struct HeaderArgs {
    /// A header field name, in any letter case (Retry-After, www-authenticate)
    #[arg(value_name = "FIELD", value_parser = header_values(), hide_possible_values = true)]
    pub field: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode check`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Check HTTP responses against the RFCs\n\ncurl -i, -I, -D - or -v output, or a HAR \
file: missing and malformed header fields, framing, content where none is allowed.",
    after_help = CHECK_EXAMPLES
)]
pub struct CheckArgs {
    /// A file of curl -i, -I, -D - or -v output, or a HAR file; standard input when
    /// absent or "-"
    #[arg(value_name = "FILE", conflicts_with = "har", value_hint = clap::ValueHint::FilePath)]
    pub file: Option<std::path::PathBuf>,

    /// Read this HAR 1.2 file (JSON input is recognised as HAR without it)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub har: Option<std::path::PathBuf>,

    /// The request method, for responses whose request the input does not show
    /// (curl -v output shows it)
    #[arg(long, value_name = "METHOD", value_parser = method_values(), hide_possible_values = true)]
    pub method: Option<String>,

    /// Count warnings as errors for the exit status (for CI)
    #[arg(long)]
    pub strict: bool,

    /// Show only findings at this level or more serious, in text and JSON alike
    /// (the totals and the exit status still count every finding)
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t)]
    pub min_level: MinLevel,

    /// Print only the summary line; the exit status is the same
    #[arg(long, short)]
    pub quiet: bool,

    #[command(flatten)]
    pub output: JsonColor,

    #[command(flatten)]
    pub help: HelpArg,
}

// `httpcode completions`.
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    long_about = "Print a shell completion script\n\nFor bash, zsh, fish, powershell or elvish.",
    after_help = "Examples:\n  httpcode completions bash > ~/.local/share/bash-completion/completions/httpcode\n  \
httpcode completions zsh > ~/.zfunc/_httpcode\n  \
httpcode completions fish > ~/.config/fish/completions/httpcode.fish"
)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,

    #[command(flatten)]
    pub help: HelpArg,
}

/// `--color` as the user gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is not set
    #[default]
    Auto,
    /// Always colour, even into a pipe
    Always,
    /// Never colour
    Never,
}

impl ColorChoice {
    /// `Some(colour)` when the choice is forced, `None` to detect it.
    pub fn forced(self) -> Option<bool> {
        match self {
            ColorChoice::Auto => None,
            ColorChoice::Always => Some(true),
            ColorChoice::Never => Some(false),
        }
    }
}

/// Every subcommand's name, for "did you mean" without building the clap
/// command on the error path (a test checks it against the definition).
pub const SUBCOMMANDS: &[&str] = &[
    "list",
    "compare",
    "explain",
    "methods",
    "decide",
    "header",
    "check",
    "completions",
];

/// `check --help` and its man page: the examples, then every rule from the
/// rules table.
fn check_long_help() -> String {
    format!("{CHECK_EXAMPLES}\n\n{}", crate::check::rules::help())
}

/// The clap command, for completions and the man page.
pub fn command() -> clap::Command {
    command_for(&crate::render::Style::plain())
}

/// The clap command with its help laid out for `style`'s width: clap's own
/// lists and the tables after them (examples, exit statuses, environment,
/// check's rules) wrapped to the same width by the cards' wrapper, each row
/// under its own hanging indent. The summary (`-h`) has the first examples only.
pub fn command_for(style: &crate::render::Style) -> clap::Command {
    let style = crate::render::Style {
        width: style.prose_width(),
        ..*style
    };
    let examples = |rows: &[(&str, &str)]| format!("Examples:\n{}", style.term_list(rows));
    <Cli as clap::CommandFactory>::command()
        .term_width(style.width)
        .after_help(examples(&EXAMPLES[..SHORT_EXAMPLES]).trim_end().to_string())
        .after_long_help(format!(
            "{}\n{}",
            examples(EXAMPLES),
            crate::exit::help_text(&style)
        ))
        // In place, so the subcommands keep their order.
        .mut_subcommands(|sub| match sub.get_name() {
            "check" => sub.after_long_help(check_long_help()),
            _ => sub,
        })
}

/// Parses the command line, with the help laid out for the width the output
/// gets (`COLUMNS`, else the terminal, else 80). The summary (`-h`) leaves out
/// the lists of values, which `--help` shows with their meanings.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The help texts are tables laid out at the terminal's width: made only
    // when help is asked for (`-h`, `--help`, `help`), not at every start,
    // where they cost as much as the answer itself (callgrind).
    let help_asked = args.len() <= 1
        || args
            .iter()
            .skip(1)
            .take_while(|a| *a != "--")
            .any(|a| a == "-h" || a == "--help" || a == "help");
    let mut cmd = if help_asked {
        command_for(&crate::render::Style::help())
    } else {
        // No argument is "help": the `help` subcommand could not be the one
        // used, and building it grows the list of subcommands past eight.
        <Cli as clap::CommandFactory>::command().disable_help_subcommand(true)
    };
    if args
        .iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .any(|a| a == "-h")
    {
        for id in ["lang", "color", "format"] {
            cmd = cmd.mut_arg(id, |arg| arg.hide_possible_values(true));
        }
    }
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|err| err.format(&mut cmd))
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
    /// PHP Symfony Response::HTTP_* (Laravel's Response too)
    Symfony,
    /// Python Starlette/FastAPI status.HTTP_*
    Starlette,
    /// Django REST framework status.HTTP_*
    Drf,
    /// ASP.NET Core StatusCodes.Status*
    Aspnetcore,
    /// Jakarta Servlet HttpServletResponse.SC_*
    Servlet,
    /// Kotlin Ktor HttpStatusCode.*
    Ktor,
    /// Elixir Plug status atoms
    Plug,
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
            Lang::Starlette => "starlette",
            Lang::Drf => "drf",
            Lang::Aspnetcore => "aspnetcore",
            Lang::Servlet => "servlet",
            Lang::Ktor => "ktor",
            Lang::Plug => "plug",
        }
    }
}

/// Accepts any text, but offers the dataset's codes (with their names) to
/// shell completion.
fn code_values() -> Lenient {
    Lenient(|| {
        let codes = crate::data::codes();
        codes
            .iter()
            .map(|e| {
                let shared = codes.iter().any(|o| o.code != e.code && o.name == e.name);
                PossibleValue::new(e.code.to_string()).help(completion_label(e, shared))
            })
            .collect()
    })
}

/// A code's name as completion lists show it beside the code. zsh puts codes
/// with the same text on one line (`561 401 -- Unauthorized`), so a name two
/// codes share says whose code it is (the vendor) or what it was called.
fn completion_label(e: &crate::model::StatusCode, shared: bool) -> String {
    let vendor = e.vendors.first().map(|v| {
        let name: &str = v.name.as_ref();
        name.split(" (").next().unwrap_or(name).to_string()
    });
    match (shared, e.official(), vendor, e.aliases.first()) {
        (true, false, Some(vendor), _) => format!("{} ({vendor})", e.name),
        (true, true, _, Some(alias)) => format!("{alias} {}", e.name),
        _ => e.name.to_string(),
    }
}

/// The retry kinds of the data, with their labels; clap rejects anything else.
fn retry_values() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crate::model::RetryKind::ALL.map(|k| PossibleValue::new(k.key()).help(k.label())),
    )
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

/// Every `question=answer` pair of the decision tree, with the answer's text.
fn decide_values() -> Lenient {
    Lenient(|| {
        crate::data::decision_tree()
            .questions
            .iter()
            .flat_map(|q| {
                q.answers.iter().map(move |a| {
                    PossibleValue::new(format!("{}={}", q.id, a.id)).help(a.text.as_ref())
                })
            })
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
