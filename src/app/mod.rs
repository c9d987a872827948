//! Runs one parsed command line: builds the runtime configuration, asks the
//! query layer, and renders the answer to a string with its exit status.
//! Looking up what the positional words name lives in `lookup`.

mod lookup;

use std::io::{BufReader, IsTerminal};
use std::path::Path;

use crate::check::{self, InputError, Level};
use crate::cli::{
    CheckArgs, Cli, Command, CompareArgs, CompletionsArgs, DecideArgs, ExplainArgs, Format,
    HeaderArgs, Lang, ListArgs, Settings,
};
use crate::data::{self, RuntimeEntry};
use crate::decide::{self as tree, End, Walk};
use crate::error::Error;
use crate::exit::Exit;
use crate::printout::Printout;
use crate::query::{self, MethodQuery};
use crate::render::example::Body;
use crate::render::json::{
    self, CheckJson, DecideJson, DecideQuestionJson, HeaderJson, MethodJson,
};
use crate::render::{self, compare, Style};

/// What every command needs besides its own arguments.
pub struct Config {
    pub style: Style,
    pub json: bool,
    /// One line per code (`--format oneline`), for pickers and scripts.
    pub oneline: bool,
    /// The languages `--lang` named (none: all of them).
    langs: Vec<Lang>,
    /// Their runtimes, found when a card or a code's JSON first needs them
    /// (`check` and `methods` never do).
    runtimes: std::cell::OnceCell<Vec<&'static RuntimeEntry>>,
}

impl Config {
    pub fn from_settings(settings: &Settings) -> Config {
        let oneline = settings.format == Format::Oneline;
        Config {
            // One line per code is for other programs: colour only when forced.
            style: Style::detect(settings.color.forced(), oneline),
            json: settings.json,
            oneline,
            langs: settings.lang.clone(),
            runtimes: std::cell::OnceCell::new(),
        }
    }

    /// Runtimes for the "In code" section; all of them unless `--lang` narrowed it.
    pub fn runtimes(&self) -> &[&'static RuntimeEntry] {
        self.runtimes.get_or_init(|| runtimes_for(&self.langs))
    }
}

/// The runtimes to show, in the order `--lang` named them (or the CLI's order).
pub fn runtimes_for(langs: &[Lang]) -> Vec<&'static RuntimeEntry> {
    use clap::ValueEnum;
    let wanted: Vec<Lang> = if langs.is_empty() {
        Lang::value_variants().to_vec()
    } else {
        langs.to_vec()
    };
    let mut out: Vec<&'static RuntimeEntry> = Vec::new();
    for lang in wanted {
        if let Some(rt) = data::runtimes().iter().find(|r| r.runtime == lang.key()) {
            if !out.iter().any(|r| std::ptr::eq(*r, rt)) {
                out.push(rt);
            }
        }
    }
    out
}

/// What to print, the failures to report on stderr after it (a lookup of
/// several codes prints the good ones and reports the others), and the exit
/// status to end with.
pub struct Answer {
    /// The whole text to print: made once, written once by `main`.
    pub output: Printout,
    pub errors: Vec<Error>,
    pub exit: Exit,
    /// One-line accounts for stderr of how the input was read ("read 413
    /// from an access-log line", "ignored words: …").
    pub notes: Vec<String>,
}

impl From<String> for Answer {
    fn from(output: String) -> Self {
        Answer::from(Printout::from(output))
    }
}

impl From<Printout> for Answer {
    fn from(output: Printout) -> Self {
        Answer {
            output,
            errors: Vec::new(),
            exit: Exit::Ok,
            notes: Vec::new(),
        }
    }
}

pub fn run(cli: &Cli, config: &Config) -> Result<Answer, Error> {
    let vendor = match (&cli.command, &cli.vendor) {
        (None | Some(Command::List(_)), _) | (_, None) => cli.vendor.as_deref(),
        (Some(_), Some(_)) => return Err(Error::VendorNotApplicable),
    };
    match &cli.command {
        Some(Command::List(ListArgs { class, filter, .. })) => {
            let vendor = filter.vendor.as_deref().or(vendor);
            lookup::list(class.as_deref(), filter, vendor, config).map(Answer::from)
        }
        Some(Command::Compare(CompareArgs { codes, .. })) => {
            compare(codes, config).map(Answer::from)
        }
        Some(Command::Explain(ExplainArgs {
            code: Some(code), ..
        })) => explain_code(code, config).map(Answer::from),
        Some(Command::Explain(ExplainArgs {
            method: Some(name), ..
        })) => explain_method(name, config),
        Some(Command::Explain(_)) => Err(Error::ExplainNeedsSubject),
        Some(Command::Methods(_)) => methods(config).map(Answer::from),
        Some(Command::Decide(DecideArgs { answers, tree, .. })) => decide(answers, *tree, config),
        Some(Command::Header(HeaderArgs { field, .. })) => {
            header(field.as_deref(), config).map(Answer::from)
        }
        Some(Command::Check(CheckArgs {
            file,
            har,
            method,
            strict,
            min_level,
            quiet,
            ..
        })) => check(
            har.as_deref().or(file.as_deref()),
            har.is_some(),
            method.as_deref(),
            &render::check::Shown {
                strict: *strict,
                min_level: min_level.level(),
                quiet: *quiet,
            },
            config,
        ),
        Some(Command::Completions(CompletionsArgs { shell, .. })) => Ok(Answer::from(
            Printout::from(crate::generation::completion_script(*shell)),
        )),
        None => {
            let body = cli.example.then_some(if cli.problem {
                Body::Problem
            } else {
                Body::Text
            });
            lookup::lookup(&cli.query, cli.open, body, vendor, config)
        }
    }
}

/// One field (case-insensitive), or the table of every field.
fn header(name: Option<&str>, config: &Config) -> Result<String, Error> {
    let Some(name) = name else {
        let fields: Vec<_> = data::headers()
            .iter()
            .map(|f| (f, query::codes_using(f)))
            .collect();
        if config.json {
            let all: Vec<HeaderJson> = fields.iter().map(|(f, u)| HeaderJson::new(f, u)).collect();
            return Ok(json::to_string(&all));
        }
        if config.oneline {
            return Ok(render::header::oneline(fields.iter().map(|(f, _)| *f)));
        }
        return Ok(render::header::table(&fields, &config.style));
    };
    let field = query::header(name)?;
    let uses = query::codes_using(field);
    if config.json {
        return Ok(json::to_string(&HeaderJson::new(field, &uses)));
    }
    if config.oneline {
        return Ok(render::header::oneline([field]));
    }
    Ok(render::header::field(field, &uses, &config.style))
}

fn compare(args: &[String], config: &Config) -> Result<String, Error> {
    let mut codes: Vec<u16> = Vec::with_capacity(args.len());
    for arg in args {
        let code = query::parse_code(arg)?;
        query::known_code(code)?;
        if codes.contains(&code) {
            return Err(Error::CompareRepeats(code));
        }
        codes.push(code);
    }
    if codes.len() < 2 {
        return Err(Error::CompareNeedsTwo(args.join(" ")));
    }
    let group = query::comparison_for(&codes);
    let mut order = codes.clone();
    if let Some(group) = group {
        order.extend(group.codes.iter().filter(|c| !codes.contains(c)));
    }
    let entries = order
        .iter()
        .map(|&c| {
            Ok(compare::Entry {
                code: query::known_code(c)?,
                row: group.and_then(|g| g.rows.iter().find(|r| r.code == c)),
                requested: codes.contains(&c),
            })
        })
        .collect::<Result<Vec<compare::Entry>, Error>>()?;
    if config.json {
        return Ok(json::to_string(&json::CompareJson::new(group, &entries)));
    }
    Ok(match group {
        Some(group) => compare::curated(group, &entries, &config.style),
        None => compare::fallback(&entries, &config.style),
    })
}

fn explain_code(text: &str, config: &Config) -> Result<String, Error> {
    let code = query::parse_code(text)?;
    Ok(lookup::card_with(query::known_code(code)?, config, true))
}

fn explain_method(name: &str, config: &Config) -> Result<Answer, Error> {
    let (text, exit) = match query::method(name)? {
        MethodQuery::Known(method) => (
            if config.json {
                json::to_string(&MethodJson::known(method))
            } else {
                render::method::explain(method, None, &config.style)
            },
            Exit::Ok,
        ),
        // A name that differs from a registered one only by case is another,
        // unregistered method (RFC 9110 §9.1), so it is "not found" like any other.
        MethodQuery::WrongCase(method) => (
            if config.json {
                let suggestions = [method.method.as_ref()];
                json::to_string(&MethodJson::extension(
                    name,
                    &suggestions,
                    Some(&method.method),
                ))
            } else {
                render::method::explain(method, Some(name), &config.style)
            },
            Exit::NoAnswer,
        ),
        MethodQuery::Extension { suggestions } => (
            if config.json {
                json::to_string(&MethodJson::extension(name, &suggestions, None))
            } else {
                render::method::extension(name, &suggestions, &config.style)
            },
            Exit::NoAnswer,
        ),
    };
    Ok(Answer {
        output: text.into(),
        errors: Vec::new(),
        exit,
        notes: Vec::new(),
    })
}

fn methods(config: &Config) -> Result<String, Error> {
    let methods = data::methods();
    if config.json {
        let all: Vec<MethodJson> = methods.iter().map(MethodJson::known).collect();
        return Ok(json::to_string(&all));
    }
    if config.oneline {
        return Ok(render::method::oneline(methods));
    }
    Ok(render::method::table(methods, &config.style))
}

/// `decide`: the outline, the given pairs, answers from stdin, or the prompt.
fn decide(pairs: &[String], outline: bool, config: &Config) -> Result<Answer, Error> {
    use std::io::IsTerminal;
    if outline {
        let text = if config.json {
            let nodes: Vec<DecideQuestionJson> = data::decision_tree()
                .questions
                .iter()
                .map(DecideQuestionJson::new)
                .collect();
            json::to_string(&nodes)
        } else {
            render::decide::tree(&config.style)
        };
        return Ok(Answer::from(text));
    }
    let walk = if !pairs.is_empty() {
        tree::walk_pairs(pairs)?
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        crate::prompt::ask()?
    } else {
        tree::walk_sequence(&stdin_answers()?)?
    };
    let exit = match walk.end {
        End::Result(_) => Exit::Ok,
        End::Next(_) => Exit::Unfinished,
    };
    Ok(Answer {
        output: decide_text(&walk, config).into(),
        errors: Vec::new(),
        exit,
        notes: Vec::new(),
    })
}

fn decide_text(walk: &Walk, config: &Config) -> String {
    if config.json {
        json::to_string(&DecideJson::new(walk))
    } else {
        render::decide::walk(walk, &config.style)
    }
}

/// One answer id per line; blank lines and surrounding spaces do not count.
fn stdin_answers() -> Result<Vec<String>, Error> {
    use std::io::Read;
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(Error::AnswersUnreadable)?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect())
}
/// `check`: reads the responses from a file or stdin and checks each one. Exits
/// 1 when a response breaks a MUST (or a SHOULD, with `--strict`).
fn check(
    path: Option<&Path>,
    har: bool,
    method: Option<&str>,
    shown: &render::check::Shown,
    config: &Config,
) -> Result<Answer, Error> {
    if let Some(method) = method {
        query::method(method)?;
    }
    let options = check::Options {
        method: method.map(str::to_string),
        har,
    };
    let report = match path.filter(|p| *p != Path::new("-")) {
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|error| {
                Error::Input(InputError::Open {
                    path: path.display().to_string(),
                    error,
                })
            })?;
            check::run(BufReader::with_capacity(64 * 1024, file), &options)
        }
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                return Err(Error::CheckFromTerminal);
            }
            // Through stdin's own 8 KiB buffer, not a second one: curl
            // writes at most 16 KiB at a time (CURL_MAX_WRITE_SIZE), and a small
            // response, the usual input, is checked 2% faster without
            // 64 KiB more heap (benches/startup.rs); a body of megabytes
            // takes 5% longer.
            check::run(stdin.lock(), &options)
        }
    }
    .map_err(Error::Input)?;
    let failed =
        report.count(Level::Error) > 0 || (shown.strict && report.count(Level::Warning) > 0);
    let text = if config.json {
        json::to_string(&CheckJson::new(&report, shown))
    } else {
        render::check::render(&report, shown, &config.style)
    };
    Ok(Answer {
        output: text.into(),
        errors: Vec::new(),
        exit: if failed { Exit::Findings } else { Exit::Ok },
        notes: Vec::new(),
    })
}
