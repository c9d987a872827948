//! Runs one parsed command line: builds the runtime configuration, asks the
//! query layer, loads what the answer needs and renders it to a string.

use crate::cli::{Cli, Command, Lang};
use crate::data::{self, RuntimeEntry};
use crate::error::Error;
use crate::exit::Exit;
use crate::model::StatusCode;
use crate::query::{self, Found, MethodQuery, Query};
use crate::render::card::CardContext;
use crate::render::example::{self, Body};
use crate::render::json::{self, CodeJson, HeaderJson, MethodJson};
use crate::render::{self, compare, Style};

/// What every command needs besides its own arguments.
pub struct Config {
    pub style: Style,
    pub json: bool,
    /// Runtimes for the "In code" section; all of them unless `--lang` narrowed it.
    pub runtimes: Vec<&'static RuntimeEntry>,
}

impl Config {
    pub fn from_cli(cli: &Cli) -> Config {
        Config {
            style: Style::detect(cli.output.color),
            json: cli.output.json,
            runtimes: runtimes_for(&cli.lang),
        }
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

/// The text to print and the exit code to end with.
pub struct Answer {
    pub text: String,
    pub exit: Exit,
}

impl From<String> for Answer {
    fn from(text: String) -> Self {
        Answer {
            text,
            exit: Exit::Ok,
        }
    }
}

pub fn run(cli: &Cli, config: &Config) -> Result<Answer, Error> {
    match &cli.command {
        Some(Command::List { class, all }) => {
            list(class.as_deref(), *all, config).map(Answer::from)
        }
        Some(Command::Compare { codes }) => compare(codes, config).map(Answer::from),
        Some(Command::Explain {
            code: Some(code), ..
        }) => explain_code(code, config).map(Answer::from),
        Some(Command::Explain {
            method: Some(name), ..
        }) => explain_method(name, config),
        Some(Command::Explain { .. }) => Err(Error::Usage {
            message: "explain needs a status code or --method".into(),
            hint: Some("e.g. `httpcode explain --method PATCH` or `httpcode explain 501`".into()),
        }),
        Some(Command::Methods) => methods(config).map(Answer::from),
        Some(Command::Header { field }) => header(field.as_deref(), config).map(Answer::from),
        Some(Command::Completions { shell }) => Ok(Answer::from(
            crate::generation::completion_script(*shell).to_string(),
        )),
        None => {
            let body = cli.example.then_some(if cli.problem {
                Body::Problem
            } else {
                Body::Text
            });
            lookup(&cli.query, body, config).map(Answer::from)
        }
    }
}

/// `body` is the content of an example response, when `--example` asked for one.
fn lookup(args: &[String], body: Option<Body>, config: &Config) -> Result<String, Error> {
    let text = args.join(" ");
    if data::method(text.trim()).is_some() {
        return Err(Error::MethodAsQuery(text.trim().to_string()));
    }
    let card = |code: &'static StatusCode| match body {
        Some(body) => example_response(code, body),
        None => card(code, config),
    };
    let parsed = query::parse(&text)?;
    if body.is_some() && !matches!(parsed, Query::Code(_)) {
        return Err(Error::Usage {
            message: "--example needs one status code".into(),
            hint: Some("e.g. `httpcode 405 --example`".into()),
        });
    }
    match parsed {
        Query::Code(code) => card(query::known_code(code)?),
        Query::Class(class) => list_entries(&query::by_class(Some(class), false), config),
        // A query that is exactly a field name shows the field, not a word search.
        Query::Words(words) if data::header(&words).is_some() => header(Some(&words), config),
        Query::Words(words) => match query::search(&words) {
            Found::One(code) => card(code),
            Found::Many(hits) => list_entries(&hits, config),
            Found::None => Err(mistyped_subcommand(args).unwrap_or_else(|| Error::NoMatch {
                query: words.clone(),
                suggestion: query::did_you_mean(&words),
            })),
        },
    }
}

/// `httpcode compar 405 501`: a first word one or two edits from a subcommand,
/// in a query that matched nothing, is a mistyped subcommand.
fn mistyped_subcommand(words: &[String]) -> Option<Error> {
    let (first, rest) = words.split_first()?;
    let first = first.trim();
    if first.chars().count() < 4 {
        return None;
    }
    let cmd = crate::cli::command();
    let name = cmd
        .get_subcommands()
        .map(|s| s.get_name())
        .filter(|name| *name != "help")
        .find(|name| (1..=2).contains(&strsim::damerau_levenshtein(first, name)))?;
    let suggestion = std::iter::once(format!("httpcode {name}"))
        .chain(rest.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    Some(Error::MistypedSubcommand {
        typed: first.to_string(),
        suggestion,
    })
}

fn example_response(code: &StatusCode, body: Body) -> Result<String, Error> {
    if let Some(reason) = example::unavailable(code) {
        return Err(Error::NoExample {
            code: code.code,
            reason,
        });
    }
    if body == Body::Problem && code.code < 400 {
        return Err(Error::Usage {
            message: format!("--problem describes errors, and {} is not one", code.code),
            hint: Some("problem details (RFC 9457) are for 4xx and 5xx responses".into()),
        });
    }
    Ok(example::render(code, body))
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
        return Ok(render::header::table(&fields, &config.style));
    };
    let field = query::header(name)?;
    let uses = query::codes_using(field);
    if config.json {
        return Ok(json::to_string(&HeaderJson::new(field, &uses)));
    }
    Ok(render::header::field(field, &uses, &config.style))
}

fn card(code: &StatusCode, config: &Config) -> Result<String, Error> {
    card_with(code, config, false)
}

fn card_with(code: &StatusCode, config: &Config, long: bool) -> Result<String, Error> {
    let comparisons = query::comparisons_with(code.code);
    if config.json {
        return Ok(json::to_string(&CodeJson::new(
            code,
            &config.runtimes,
            &comparisons,
        )));
    }
    let ctx = CardContext {
        comparisons: &comparisons,
        runtimes: &config.runtimes,
        long,
    };
    Ok(render::card::render(code, &ctx, &config.style))
}

fn list(class: Option<&str>, all: bool, config: &Config) -> Result<String, Error> {
    let class = match class {
        None => None,
        Some(text) => Some(
            query::parse_class(text.trim()).ok_or_else(|| Error::InvalidClass(text.to_string()))?,
        ),
    };
    list_entries(&query::by_class(class, all), config)
}

fn list_entries(entries: &[&'static StatusCode], config: &Config) -> Result<String, Error> {
    if config.json {
        let all: Vec<CodeJson> = entries
            .iter()
            .map(|c| CodeJson::new(c, &config.runtimes, &query::comparisons_with(c.code)))
            .collect();
        return Ok(json::to_string(&all));
    }
    Ok(render::list::render(entries, &config.style))
}

fn compare(args: &[String], config: &Config) -> Result<String, Error> {
    let mut codes: Vec<u16> = Vec::with_capacity(args.len());
    for arg in args {
        let code = query::parse_code(arg)?;
        query::known_code(code)?;
        if codes.contains(&code) {
            return Err(Error::Usage {
                message: format!("{code} is given more than once"),
                hint: Some("compare distinct codes, e.g. `httpcode compare 405 501`".into()),
            });
        }
        codes.push(code);
    }
    if codes.len() < 2 {
        return Err(Error::Usage {
            message: format!(
                "compare needs at least two status codes, got only {}",
                args.join(" ")
            ),
            hint: Some("e.g. `httpcode compare 405 501`".into()),
        });
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
    card_with(query::known_code(code)?, config, true)
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
            Exit::NotFound,
        ),
        MethodQuery::Extension { suggestions } => (
            if config.json {
                json::to_string(&MethodJson::extension(name, &suggestions, None))
            } else {
                render::method::extension(name, &suggestions, &config.style)
            },
            Exit::NotFound,
        ),
    };
    Ok(Answer { text, exit })
}

fn methods(config: &Config) -> Result<String, Error> {
    let methods = data::methods();
    if config.json {
        let all: Vec<MethodJson> = methods.iter().map(MethodJson::known).collect();
        return Ok(json::to_string(&all));
    }
    Ok(render::method::table(methods, &config.style))
}
