//! Runs one parsed command line: builds the runtime configuration, asks the
//! query layer, loads what the answer needs and renders it to a string.

use crate::cli::{Cli, Command, Lang};
use crate::data::{self, RuntimeEntry};
use crate::error::{Error, EXIT_NOT_FOUND, EXIT_OK};
use crate::model::StatusCode;
use crate::query::{self, MethodQuery, Query};
use crate::render::card::CardContext;
use crate::render::{self, compare, json::CodeJson, method::MethodJson, Style};

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
    pub exit: i32,
}

impl From<String> for Answer {
    fn from(text: String) -> Self {
        Answer {
            text,
            exit: EXIT_OK,
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
        Some(Command::Completions { shell }) => {
            Ok(Answer::from(crate::cli::completion_script(*shell)))
        }
        None => lookup(&cli.query.join(" "), config).map(Answer::from),
    }
}

fn lookup(text: &str, config: &Config) -> Result<String, Error> {
    match query::parse(text)? {
        Query::Code(code) => {
            let entry = query::known_code(code)?;
            card(&data::load_entry(entry)?, config)
        }
        Query::Class(class) => list_entries(&query::by_class(Some(class), false), config),
        Query::Words(words) => {
            let hits = query::search(&words);
            match hits.as_slice() {
                [] => Err(Error::NoMatch {
                    query: words.clone(),
                    suggestion: query::did_you_mean(&words),
                }),
                [one] => card(&data::load_entry(one)?, config),
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
        return Ok(render::json::to_string(&CodeJson::new(
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

fn list_entries(entries: &[&'static data::CodeEntry], config: &Config) -> Result<String, Error> {
    if config.json {
        let codes = entries
            .iter()
            .map(|e| data::load_entry(e))
            .collect::<Result<Vec<StatusCode>, Error>>()?;
        let all: Vec<CodeJson> = codes
            .iter()
            .map(|c| CodeJson::new(c, &config.runtimes, &query::comparisons_with(c.code)))
            .collect();
        return Ok(render::json::to_string(&all));
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
    let group = query::comparison_for(&codes)
        .map(data::load_comparison)
        .transpose()?;
    let mut order = codes.clone();
    if let Some(group) = &group {
        order.extend(group.codes.iter().filter(|c| !codes.contains(c)));
    }
    let records = order
        .iter()
        .map(|&c| query::known_code(c).and_then(data::load_entry))
        .collect::<Result<Vec<StatusCode>, Error>>()?;
    let entries: Vec<compare::Entry> = records
        .iter()
        .map(|record| compare::Entry {
            code: record,
            row: group
                .as_ref()
                .and_then(|g| g.rows.iter().find(|r| r.code == record.code)),
            requested: codes.contains(&record.code),
        })
        .collect();
    if config.json {
        return Ok(render::json::to_string(&compare::json(
            group.as_ref(),
            &entries,
        )));
    }
    Ok(match &group {
        Some(group) => compare::curated(group, &entries, &config.style),
        None => compare::fallback(&entries, &config.style),
    })
}

fn explain_code(text: &str, config: &Config) -> Result<String, Error> {
    let code = query::parse_code(text)?;
    let entry = query::known_code(code)?;
    card_with(&data::load_entry(entry)?, config, true)
}

fn explain_method(name: &str, config: &Config) -> Result<Answer, Error> {
    match query::method(name)? {
        MethodQuery::Known(entry) => {
            let method = data::load_method(entry)?;
            Ok(Answer::from(if config.json {
                render::json::to_string(&MethodJson::known(&method))
            } else {
                render::method::explain(&method, None, &config.style)
            }))
        }
        MethodQuery::WrongCase(entry) => {
            let method = data::load_method(entry)?;
            Ok(Answer::from(if config.json {
                let suggestions = [entry.name];
                render::json::to_string(&MethodJson::extension(
                    name,
                    &suggestions,
                    Some(entry.name),
                ))
            } else {
                render::method::explain(&method, Some(name), &config.style)
            }))
        }
        MethodQuery::Extension { suggestions } => Ok(Answer {
            text: if config.json {
                render::json::to_string(&MethodJson::extension(name, &suggestions, None))
            } else {
                render::method::extension(name, &suggestions, &config.style)
            },
            exit: EXIT_NOT_FOUND,
        }),
    }
}

fn methods(config: &Config) -> Result<String, Error> {
    let entries: Vec<&data::MethodEntry> = data::methods().iter().collect();
    if config.json {
        let all = entries
            .iter()
            .map(|e| data::load_method(e))
            .collect::<Result<Vec<_>, Error>>()?;
        let json: Vec<MethodJson> = all.iter().map(MethodJson::known).collect();
        return Ok(render::json::to_string(&json));
    }
    Ok(render::method::table(&entries, &config.style))
}
