//! Runs one parsed command line: builds the runtime configuration, asks the
//! query layer, loads what the answer needs and renders it to a string.

use crate::cli::{Cli, Command, Lang};
use crate::data::{self, RuntimeEntry};
use crate::error::Error;
use crate::exit::Exit;
use crate::model::StatusCode;
use crate::query::{self, MethodQuery, Query, VendorFilter};
use crate::render::card::CardContext;
use crate::render::json::{self, CodeJson, MethodJson};
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
    let vendor = match (&cli.command, &cli.vendor) {
        (None | Some(Command::List { .. }), _) | (_, None) => cli.vendor.as_deref(),
        (Some(_), Some(_)) => {
            return Err(Error::Usage {
                message: "--vendor narrows a card or `list`, not this command".into(),
                hint: Some(
                    "e.g. `httpcode 499 --vendor nginx` or `httpcode list --vendor cloudflare`"
                        .into(),
                ),
            })
        }
    };
    match &cli.command {
        Some(Command::List {
            class,
            all,
            vendor: own,
        }) => list(class.as_deref(), *all, own.as_deref().or(vendor), config).map(Answer::from),
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
        Some(Command::Completions { shell }) => Ok(Answer::from(
            crate::generation::completion_script(*shell).to_string(),
        )),
        None => lookup(&cli.query.join(" "), vendor, config).map(Answer::from),
    }
}

fn lookup(text: &str, vendor: Option<&str>, config: &Config) -> Result<String, Error> {
    let filter = vendor.map(query::vendor).transpose()?;
    match query::parse(text)? {
        Query::Code(code) => card_for(query::known_code(code)?, filter.as_ref(), config),
        Query::Class(class) => {
            let entries = query::by_class(Some(class), filter.is_some());
            let what = format!("any {} code", class.label());
            narrowed_list(&entries, filter.as_ref(), &what, config)
        }
        Query::Words(words) => {
            let hits = query::search(&words);
            match hits.as_slice() {
                [] => Err(Error::NoMatch {
                    query: words.clone(),
                    suggestion: query::did_you_mean(&words),
                }),
                [one] => card_for(one, filter.as_ref(), config),
                many => {
                    let what = format!("the codes matching {words:?}");
                    narrowed_list(many, filter.as_ref(), &what, config)
                }
            }
        }
    }
}

/// The card, narrowed to the vendor when one is given.
fn card_for(
    code: &StatusCode,
    filter: Option<&VendorFilter>,
    config: &Config,
) -> Result<String, Error> {
    let Some(filter) = filter else {
        return card(code, config);
    };
    match filter.narrow(code) {
        Some(narrowed) => card(&narrowed, config),
        None => Err(not_from_vendor(filter, &code.code.to_string(), Some(code))),
    }
}

/// A table of the entries, each narrowed to the vendor when one is given.
fn narrowed_list(
    entries: &[&'static StatusCode],
    filter: Option<&VendorFilter>,
    what: &str,
    config: &Config,
) -> Result<String, Error> {
    let Some(filter) = filter else {
        return list_entries(entries, config);
    };
    let narrowed: Vec<StatusCode> = entries.iter().filter_map(|c| filter.narrow(c)).collect();
    if narrowed.is_empty() {
        return Err(not_from_vendor(filter, what, None));
    }
    let refs: Vec<&StatusCode> = narrowed.iter().collect();
    list_entries(&refs, config)
}

/// "no meaning of 520 comes from \"nginx\"", with the vendors the code does have.
fn not_from_vendor(filter: &VendorFilter, what: &str, code: Option<&StatusCode>) -> Error {
    let hint = code.map(|code| {
        if code.vendors.is_empty() {
            format!(
                "{} has no unofficial meaning; drop --vendor to see its card",
                code.code
            )
        } else {
            let names: Vec<&str> = code.vendors.iter().map(|v| v.name.as_ref()).collect();
            format!("{}'s meanings come from: {}", code.code, names.join(", "))
        }
    });
    Error::NotFromVendor {
        vendor: filter.name.clone(),
        what: what.to_string(),
        hint,
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

fn list(
    class: Option<&str>,
    all: bool,
    vendor: Option<&str>,
    config: &Config,
) -> Result<String, Error> {
    let class = match class {
        None => None,
        Some(text) => Some(
            query::parse_class(text.trim()).ok_or_else(|| Error::InvalidClass(text.to_string()))?,
        ),
    };
    let filter = vendor.map(query::vendor).transpose()?;
    // A vendor's codes include the unofficial ones: that is where most of them are.
    let entries = query::by_class(class, all || filter.is_some());
    let what = match class {
        Some(class) => format!("any {} code", class.label()),
        None => "any code".to_string(),
    };
    narrowed_list(&entries, filter.as_ref(), &what, config)
}

fn list_entries(entries: &[&StatusCode], config: &Config) -> Result<String, Error> {
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
