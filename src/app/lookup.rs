//! What the positional words name, as people paste and type them: one code,
//! several codes, a status line, curl's `000`, a class, or words to search;
//! and `list` with its filters. Each ends in a card, a table, one line per
//! code, or JSON.

use crate::app::{Answer, Config};
use crate::cli::ListFilter;
use crate::data;
use crate::error::Error;
use crate::exit::Exit;
use crate::model::{NoResponse, RetryKind, StatusCode};
use crate::printout::Printout;
use crate::query::{self, Found, Query, Reading, VendorFilter};
use crate::render;
use crate::render::card::CardContext;
use crate::render::example::{self, Body};
use crate::render::json::{self, CodeJson, NoResponseJson};
use crate::terminal_text::{quoted, shown};

/// `body` is the content of an example response, when `--example` asked for one.
pub fn lookup(
    args: &[String],
    open: bool,
    body: Option<Body>,
    vendor: Option<&str>,
    config: &Config,
) -> Result<Answer, Error> {
    let text = args.join(" ");
    if data::method(text.trim()).is_some() {
        return Err(Error::MethodAsQuery(text.trim().to_string()));
    }
    let Reading {
        query,
        ignored,
        line,
    } = query::parse_args(args)?;
    // `httpcode compar 405 501`: a first word left out that is a mistyped subcommand.
    let first = args.first().map(|a| a.trim());
    if ignored.first().map(String::as_str) == first {
        if let Some(err) = mistyped_subcommand(args) {
            return Err(err);
        }
    }
    let read = match (&query, line) {
        (Query::StatusLine { code, .. }, Some(kind)) => {
            Some(format!("read {code} from {}", kind.label()))
        }
        _ => None,
    };
    let mut answer = answer(query, args, open, body, vendor, config)?;
    answer.notes.extend(read);
    if !ignored.is_empty() {
        let shown: Vec<String> = ignored
            .iter()
            .map(|w| format!("\"{}\"", shown(w.as_bytes())))
            .collect();
        answer
            .notes
            .push(format!("ignored words: {}", shown.join(", ")));
    }
    Ok(answer)
}

fn answer(
    query: Query,
    args: &[String],
    open: bool,
    body: Option<Body>,
    vendor: Option<&str>,
    config: &Config,
) -> Result<Answer, Error> {
    if open {
        return open_spec(&query);
    }
    // A raw response, a decision table or curl's 000 is one answer, not a
    // list of items: --format oneline is refused rather than ignored.
    let single = match (&query, body) {
        (_, Some(_)) => Some("--example"),
        (Query::Compare(_), _) => Some("a comparison"),
        (Query::NoResponse(_), _) => Some("curl's 000"),
        _ => None,
    };
    if let (true, Some(what)) = (config.oneline, single) {
        return Err(Error::OptionNotApplicable {
            option: "--format oneline".to_string(),
            command: what.to_string(),
        });
    }
    if let Some(body) = body {
        return match query {
            Query::Code(code) | Query::StatusLine { code, .. } => {
                example_response(query::known_code(code)?, body).map(Answer::from)
            }
            // Words that name one code are as good as its number.
            Query::Words(words) if data::header(&words).is_none() => match query::search(&words) {
                Found::One(code) => example_response(code, body).map(Answer::from),
                Found::Many(hits) => {
                    let numbers: Vec<String> = hits.iter().map(|c| c.code.to_string()).collect();
                    Err(Error::ExampleNeedsOneCode {
                        words: Some(words.clone()),
                        matches: numbers,
                    })
                }
                Found::None => Err(Error::NoMatch {
                    query: words.clone(),
                    suggestion: query::did_you_mean(&words),
                }),
            },
            _ => Err(Error::ExampleNeedsOneCode {
                words: None,
                matches: Vec::new(),
            }),
        };
    }
    let filter = vendor.map(query::vendor).transpose()?;
    let filter = filter.as_ref();
    match query {
        Query::Code(code) => one(query::known_code(code)?, None, filter, config),
        Query::Codes(tokens) => several(&tokens, filter, config),
        Query::Compare(tokens) => super::compare(&tokens, config).map(Answer::from),
        Query::Classes(classes) => {
            let entries: Vec<&'static StatusCode> = classes
                .iter()
                .flat_map(|&class| query::by_class(Some(class), filter.is_some()))
                .collect();
            let labels: Vec<String> = classes.iter().map(|c| c.label()).collect();
            let what = format!("any {} code", labels.join(" or "));
            Ok(codes(narrowed(&entries, filter, &what)?, config).into())
        }
        Query::StatusLine { code, reason } => one(query::known_code(code)?, reason, filter, config),
        Query::NoResponse(record) => Ok(no_response(record, config)),
        Query::Class(class) => {
            let entries = query::by_class(Some(class), filter.is_some());
            let what = format!("any {} code", class.label());
            Ok(codes(narrowed(&entries, filter, &what)?, config).into())
        }
        // A query that is exactly a field name shows the field, not a word search.
        Query::Words(words) if data::header(&words).is_some() => {
            super::header(Some(&words), config).map(Answer::from)
        }
        Query::Words(words) if query::looks_like_constant(&words) => {
            constant(&words, filter, config)
        }
        Query::Words(words) => {
            let what = format!(
                "the codes matching {}",
                crate::terminal_text::quoted(&words)
            );
            let (found, dropped) = query::search_dropping_unknown(&words);
            let mut answer = match found {
                // A search in JSON or one-line form is always a list, even of one.
                Found::One(code) if !config.json && !config.oneline => {
                    one(code, None, filter, config)
                }
                Found::One(code) => Ok(codes(narrowed(&[code], filter, &what)?, config).into()),
                Found::Many(hits) => Ok(codes(narrowed(&hits, filter, &what)?, config).into()),
                // `statusteapot`: a constant typed without its capitals.
                Found::None if !query::constants(&words).is_empty() => {
                    constant(&words, filter, config)
                }
                Found::None => Err(mistyped_subcommand(args).unwrap_or_else(|| Error::NoMatch {
                    query: words.clone(),
                    suggestion: query::did_you_mean(&words),
                })),
            }?;
            if !dropped.is_empty() {
                let shown: Vec<String> = dropped.iter().map(|w| quoted(w)).collect();
                answer.notes.push(format!(
                    "no code matches every word; searched without {}",
                    shown.join(", ")
                ));
            }
            Ok(answer)
        }
    }
}

/// A constant name from code: the card of its code, with a note when the
/// runtime has renamed it; several codes when runtimes disagree on the name.
fn constant(text: &str, filter: Option<&VendorFilter>, config: &Config) -> Result<Answer, Error> {
    let hits = query::constants(text);
    let mut codes_hit: Vec<u16> = hits.iter().map(|h| h.code).collect();
    codes_hit.sort_unstable();
    codes_hit.dedup();
    match codes_hit.as_slice() {
        [] => {
            // Not a constant: perhaps words after all (`Not-Found`).
            match query::search(text) {
                // `HTTP_599_WHATEVER`: the number in the name, said to be only that.
                Found::None => match query::number_inside(text) {
                    Some(code) => {
                        let mut answer = one(query::known_code(code)?, None, filter, config)?;
                        answer.notes.push(format!(
                            "httpcode knows no constant named \"{}\"; \
                             showing {code}, the number in the name",
                            shown(text.as_bytes())
                        ));
                        Ok(answer)
                    }
                    None => Err(Error::UnknownConstant {
                        given: text.to_string(),
                        suggestion: query::constant_did_you_mean(text),
                    }),
                },
                Found::One(code) if !config.json && !config.oneline => {
                    one(code, None, filter, config)
                }
                Found::One(code) => Ok(codes(narrowed(&[code], filter, text)?, config).into()),
                Found::Many(hits) => Ok(codes(narrowed(&hits, filter, text)?, config).into()),
            }
        }
        [code] => {
            let record = query::known_code(*code)?;
            let mut answer = one(record, None, filter, config)?;
            // Only a name no runtime still uses as its current one earns a note.
            if hits.iter().all(|h| h.former.is_some()) && !config.json && !config.oneline {
                let mut notes = String::new();
                for hit in &hits {
                    notes.push_str(&config.style.wrap(&config.style.warn(&renamed_note(hit)), 0));
                }
                notes.push('\n');
                answer.output.prepend(notes);
            }
            Ok(answer)
        }
        several_codes => {
            let records: Vec<&'static StatusCode> = several_codes
                .iter()
                .filter_map(|&c| data::code(c))
                .collect();
            let listed = codes(narrowed(&records, filter, text)?, config);
            let mut text_out = String::new();
            if !config.json && !config.oneline {
                for hit in &hits {
                    text_out.push_str(&format!(
                        "{}: {} is {} {}\n",
                        hit.runtime.display,
                        hit.name,
                        hit.code,
                        data::code_name(hit.code).unwrap_or_default()
                    ));
                }
                text_out.push('\n');
            }
            let mut output = listed;
            output.prepend(text_out);
            Ok(output.into())
        }
    }
}

/// "Note: HttpStatus.PAYLOAD_TOO_LARGE is Spring's name before 7.0 …".
fn renamed_note(hit: &query::ConstantHit) -> String {
    let former = match hit.former {
        Some(former) => former,
        None => return String::new(),
    };
    let current = hit
        .runtime
        .constant(hit.code)
        .map_or("it has no constant for this code now".to_string(), |name| {
            format!("the current name is {name}")
        });
    format!(
        "Note: {} is a former name in {} ({} {}); {} (as of {}).",
        hit.name,
        hit.runtime.display,
        former.status.label(),
        former.since,
        current,
        hit.runtime.version
    )
}

/// A code in a list: its record, or a copy narrowed to some vendors'
/// meanings. (Not a `Cow`, which would hold a whole record, 460 bytes, in
/// every place of the list: 30 KB of heap for `httpcode list`.)
enum Listed {
    Record(&'static StatusCode),
    Narrowed(Box<StatusCode>),
}

impl std::ops::Deref for Listed {
    type Target = StatusCode;

    fn deref(&self) -> &StatusCode {
        match self {
            Listed::Record(code) => code,
            Listed::Narrowed(code) => code,
        }
    }
}

/// The entries, each narrowed to the vendor's meanings when one is given;
/// those without a meaning from that vendor are left out.
fn narrowed(
    entries: &[&'static StatusCode],
    filter: Option<&VendorFilter>,
    what: &str,
) -> Result<Vec<Listed>, Error> {
    let Some(filter) = filter else {
        return Ok(entries.iter().map(|&c| Listed::Record(c)).collect());
    };
    let kept: Vec<Listed> = entries
        .iter()
        .filter_map(|c| filter.narrow(c).map(|c| Listed::Narrowed(Box::new(c))))
        .collect();
    if kept.is_empty() {
        return Err(not_from_vendor(filter, what, None));
    }
    Ok(kept)
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

/// One code: its card (narrowed to a vendor when asked), with a note when a
/// pasted reason phrase differs from the code's names.
fn one(
    code: &'static StatusCode,
    reason: Option<String>,
    filter: Option<&VendorFilter>,
    config: &Config,
) -> Result<Answer, Error> {
    let code = match filter {
        None => Listed::Record(code),
        Some(filter) => match filter.narrow(code) {
            Some(narrowed) => Listed::Narrowed(Box::new(narrowed)),
            None => return Err(not_from_vendor(filter, &code.code.to_string(), Some(code))),
        },
    };
    if config.oneline {
        return Ok(codes(vec![code], config).into());
    }
    let code: &StatusCode = &code;
    let reason = reason.filter(|r| !is_known_phrase(code, r));
    if config.json {
        let mut record = code_json(code, config);
        record.pasted_reason = reason.as_deref();
        return Ok(json::to_string(&record).into());
    }
    let mut text = String::new();
    if let Some(reason) = reason {
        let note = format!(
            "Note: the reason phrase {} is not the registry's \"{}\". Reason phrases \
             are free text that clients ignore; the number is what counts (RFC 9112 §4).",
            quoted(&reason),
            code.name
        );
        text.push_str(&config.style.wrap(&config.style.warn(&note), 0));
        text.push('\n');
    }
    text.push_str(&card_with(code, config, false));
    Ok(text.into())
}

/// The code's name, a former name, or a vendor's phrase for it, in any case.
fn is_known_phrase(code: &StatusCode, reason: &str) -> bool {
    let reason = reason.trim();
    std::iter::once(code.name.as_ref())
        .chain(code.aliases.iter().map(|a| a.as_ref()))
        .chain(code.vendors.iter().map(|v| v.phrase.as_ref()))
        .any(|name| name.eq_ignore_ascii_case(reason))
}

/// `httpcode 200 404 500`: a table of the good ones in the order given; each
/// bad one is reported on stderr, and the exit status is the worst of them.
fn several(
    tokens: &[String],
    filter: Option<&VendorFilter>,
    config: &Config,
) -> Result<Answer, Error> {
    let mut found: Vec<&'static StatusCode> = Vec::new();
    let mut errors: Vec<Error> = Vec::new();
    for token in tokens {
        match query::parse_code(token).and_then(query::known_code) {
            Ok(code) => found.push(code),
            Err(err) => errors.push(err),
        }
    }
    let exit = errors.iter().map(Error::exit).max().unwrap_or(Exit::Ok);
    if found.is_empty() {
        let worst = errors
            .into_iter()
            .max_by_key(Error::exit)
            .unwrap_or(Error::EmptyQuery);
        return Err(worst);
    }
    let found = narrowed(&found, filter, "these codes")?;
    let output = if config.json || config.oneline {
        codes(found, config)
    } else {
        let refs: Vec<&StatusCode> = found.iter().map(|c| &**c).collect();
        render::list::several(&refs, &config.style).into()
    };
    Ok(Answer {
        output,
        errors,
        exit,
        notes: Vec::new(),
    })
}

/// `000` or `0`: not a status code, but a number people meet in logs.
fn no_response(record: &NoResponse, config: &Config) -> Answer {
    if config.json {
        return json::to_string(&NoResponseJson::new(record)).into();
    }
    render::no_response::render(record, &config.style).into()
}

pub fn card_with(code: &StatusCode, config: &Config, long: bool) -> String {
    let comparisons = query::comparisons_with(code.code);
    if config.json {
        return json::to_string(&code_json(code, config));
    }
    let ctx = CardContext {
        comparisons: &comparisons,
        runtimes: config.runtimes(),
        long,
    };
    render::card::render(code, &ctx, &config.style)
}

fn code_json<'a>(code: &'a StatusCode, config: &Config) -> CodeJson<'a> {
    CodeJson::new(code, config.runtimes(), &query::comparisons_with(code.code))
}

/// Codes as a table, one line each, or a JSON array.
fn codes(entries: Vec<Listed>, config: &Config) -> Printout {
    // Records as the dataset has them, with every runtime's constants: their
    // JSON was written at build time.
    let compiled = || {
        entries.iter().all(|e| matches!(e, Listed::Record(_)))
            && config.runtimes().len() == data::runtimes().len()
    };
    if config.json && compiled() {
        let items = entries
            .iter()
            .map(|c| data::code_json(c.code).expect("build.rs writes every code's JSON"));
        return json::list_of_items(items);
    }
    if config.json {
        let records: Vec<CodeJson> = entries.iter().map(|c| code_json(c, config)).collect();
        return json::to_string(&records).into();
    }
    let entries: Vec<&StatusCode> = entries.iter().map(|c| &**c).collect();
    if config.oneline {
        return render::list::oneline(&entries, &config.style).into();
    }
    render::list::render(&entries, &config.style).into()
}

/// `httpcode list`, narrowed by class and filters.
pub fn list(
    class: Option<&str>,
    filter: &ListFilter,
    vendor: Option<&str>,
    config: &Config,
) -> Result<Printout, Error> {
    let class = match class {
        None => None,
        Some(text) => Some(
            query::parse_class(text.trim()).ok_or_else(|| Error::InvalidClass(text.to_string()))?,
        ),
    };
    let retry: Option<RetryKind> = filter
        .retry
        .as_deref()
        .and_then(|key| RetryKind::ALL.into_iter().find(|k| k.key() == key));
    let vendor = vendor.map(query::vendor).transpose()?;
    // A vendor's codes include the unofficial ones: that is where most of them are.
    let entries: Vec<&'static StatusCode> = query::by_class(class, filter.all || vendor.is_some())
        .into_iter()
        .filter(|c| !filter.cacheable || c.caching.heuristic)
        .filter(|c| retry.is_none_or(|kind| c.retry.kind == kind))
        .filter(|c| {
            filter
                .header
                .as_deref()
                .is_none_or(|field| c.headers.iter().any(|h| h.name.eq_ignore_ascii_case(field)))
        })
        .collect();
    if entries.is_empty() {
        return Err(Error::NothingListed);
    }
    let what = match class {
        Some(class) => format!("any {} code", class.label()),
        None => "any code".to_string(),
    };
    Ok(codes(narrowed(&entries, vendor.as_ref(), &what)?, config))
}

fn example_response(code: &StatusCode, body: Body) -> Result<String, Error> {
    if let Some(reason) = example::unavailable(code) {
        return Err(Error::NoExample {
            code: code.code,
            reason,
        });
    }
    if body == Body::Problem && code.code < 400 {
        return Err(Error::ProblemForNonError(code.code));
    }
    Ok(example::render(code, body))
}

/// `--open`: the specification section of the code (or a vendor's page) in
/// the browser, through the platform's opener.
fn open_spec(query: &Query) -> Result<Answer, Error> {
    let code = match query {
        Query::Code(code) | Query::StatusLine { code, .. } => query::known_code(*code)?,
        _ => return Err(Error::OpenNeedsOneCode),
    };
    let url = match (code.spec(), code.vendors.first()) {
        (Some(spec), _) => spec.url.to_string(),
        (None, Some(vendor)) => vendor.source.to_string(),
        (None, None) => return Err(Error::NothingToOpen(code.code)),
    };
    crate::opener::open(&url)?;
    Ok(format!("Opened {url}\n").into())
}

/// `httpcode compar 405 501`: a first word one or two edits from a subcommand,
/// in a query that matched nothing, is a mistyped subcommand.
fn mistyped_subcommand(words: &[String]) -> Option<Error> {
    let (first, rest) = words.split_first()?;
    let first = first.trim();
    if first.chars().count() < 4 {
        return None;
    }
    let name = crate::cli::SUBCOMMANDS
        .iter()
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
