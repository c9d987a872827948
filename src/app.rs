//! Runs one parsed command line: builds the runtime configuration, asks the
//! query layer, loads what the answer needs and renders it to a string.

use crate::cli::{Cli, Command, Lang};
use crate::data::{self, RuntimeEntry};
use crate::decide::{self as tree, End, Walk};
use crate::error::Error;
use crate::exit::Exit;
use crate::model::StatusCode;
use crate::query::{self, MethodQuery, Query};
use crate::render::card::CardContext;
use crate::render::json::{self, CodeJson, DecideJson, DecideQuestionJson, MethodJson};
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
        Some(Command::Decide { answers, tree }) => decide(answers, *tree, config),
        Some(Command::Completions { shell }) => Ok(Answer::from(
            crate::generation::completion_script(*shell).to_string(),
        )),
        None => lookup(&cli.query.join(" "), config).map(Answer::from),
    }
}

fn lookup(text: &str, config: &Config) -> Result<String, Error> {
    match query::parse(text)? {
        Query::Code(code) => card(query::known_code(code)?, config),
        Query::Class(class) => list_entries(&query::by_class(Some(class), false), config),
        Query::Words(words) => {
            let hits = query::search(&words);
            match hits.as_slice() {
                [] => Err(Error::NoMatch {
                    query: words.clone(),
                    suggestion: query::did_you_mean(&words),
                }),
                [one] => card(one, config),
                many => list_entries(many, config),
            }
        }
    }
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
        End::Next(_) => Exit::NotFound,
    };
    Ok(Answer {
        text: decide_text(&walk, config),
        exit,
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
        .map_err(|err| Error::Usage {
            message: format!("cannot read answers from stdin: {err}"),
            hint: Some("give one answer id per line, as UTF-8 text".into()),
        })?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect())
}
