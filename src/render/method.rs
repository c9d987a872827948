//! `httpcode explain --method` and `httpcode methods`: what a method is, its
//! flags, and the decision a server makes when it does not support it.

use comfy_table::Cell;
use serde::Serialize;

use crate::data::MethodEntry;
use crate::model::{Method, MethodStatus, Spec};
use crate::render::{code_and_name, yes_no, Style};

/// What safe / idempotent mean for automatic retries (RFC 9110 §9.2.1, §9.2.2).
fn retry_note(method: &Method) -> String {
    let name = &method.method;
    match (method.safe, method.idempotent) {
        (true, _) => format!(
            "{name} is safe (read-only by contract) and idempotent: clients, crawlers and \
             proxies may send it without the user's intent, and may repeat it automatically \
             after a connection fails. [RFC 9110 §9.2.1, §9.2.2]"
        ),
        (false, true) => format!(
            "{name} is not safe (it asks for a change) but is idempotent: repeating it has the \
             same intended effect as sending it once, so a client may retry it automatically \
             after a connection fails. [RFC 9110 §9.2.2]"
        ),
        (false, false) => format!(
            "{name} is neither safe nor idempotent: a client should not retry it automatically \
             unless it knows the request was never applied (or has made it idempotent, for \
             example with a precondition). [RFC 9110 §9.2.2]"
        ),
    }
}

pub fn explain(method: &Method, wrong_case: Option<&str>, style: &Style) -> String {
    let mut out = String::new();
    if let Some(given) = wrong_case {
        out.push_str(&style.wrap(
            &style.warn(&format!(
                "Note: method names are case-sensitive (RFC 9110 §9.1). \"{given}\" is not the \
                 registered \"{}\": a server may treat it as an unknown extension method and \
                 answer 501. Showing {}:",
                method.method, method.method
            )),
            0,
        ));
        out.push('\n');
    }
    out.push_str(&style.class_colored(200, &method.method));
    if !method.registered {
        out.push_str(&format!("  {}", style.warn("[not in the IANA registry]")));
    }
    out.push('\n');
    out.push_str(&style.wrap(&method.summary, 0));
    out.push_str(&style.dim(&method.spec.url));
    out.push_str("\n\n");

    let mut table = style.table();
    table.set_header(vec![
        style.header_cell("Property"),
        style.header_cell("Value"),
    ]);
    let status = match method.status {
        MethodStatus::Rfc => "Published RFC",
        MethodStatus::Draft => "Internet-Draft (not yet an RFC)",
        MethodStatus::Reserved => "Reserved name",
    };
    let registry = if method.registered {
        "Registered (IANA HTTP Method Registry)"
    } else {
        "Not registered"
    };
    let success: Vec<String> = method.success.iter().map(|&c| code_and_name(c)).collect();
    let rows: Vec<(&str, String)> = vec![
        (
            "Defined in",
            format!("{} ({status})", method.spec.citation()),
        ),
        ("Family", method.family.label().to_string()),
        ("IANA registry", registry.to_string()),
        ("Safe", yes_no(method.safe).to_string()),
        ("Idempotent", yes_no(method.idempotent).to_string()),
        (
            "Cacheable response",
            match &method.cacheable_note {
                Some(note) => format!("{} ({note})", yes_no(method.cacheable)),
                None => yes_no(method.cacheable).to_string(),
            },
        ),
        (
            "Request content",
            method.request_content.label().to_string(),
        ),
        ("Usual success", success.join(", ")),
    ];
    for (label, value) in rows {
        table.add_row(vec![Cell::new(label), Cell::new(value)]);
    }
    out.push_str(&table.to_string());
    out.push('\n');

    section(&mut out, style, "What it is");
    out.push_str(&style.wrap(&method.description, 2));

    section(&mut out, style, "Retries");
    out.push_str(&style.wrap(&retry_note(method), 2));

    let name = &method.method;
    section(&mut out, style, "When a server does not support it");
    if name == "GET" || name == "HEAD" {
        out.push_str(&style.bullet(
            "Every general-purpose server MUST support GET and HEAD. [RFC 9110 §9.1]",
            2,
        ));
    }
    out.push_str(&style.bullet(
        &format!(
            "Does not implement {name} at all: 501 Not Implemented, for every resource. \
             [RFC 9110 §9.1, §15.6.2]"
        ),
        2,
    ));
    out.push_str(&style.bullet(
        &format!(
            "Implements {name}, but not on this resource: 405 Method Not Allowed, with an \
             Allow header (MUST) listing the methods the resource supports. \
             [RFC 9110 §9.1, §15.5.6]"
        ),
        2,
    ));
    out.push_str(&style.wrap(&style.dim("(httpcode compare 405 501)"), 4));

    if !method.errors.is_empty() {
        section(&mut out, style, &format!("{name}'s own error codes"));
        let mut table = style.table();
        table.set_header(vec![
            style.header_cell("Code"),
            style.header_cell("When"),
            style.header_cell("Source"),
        ]);
        for error in &method.errors {
            table.add_row(vec![
                style.code_cell(error.code, code_and_name(error.code)),
                Cell::new(&error.meaning),
                Cell::new(&error.source),
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out
}

/// For a valid token no dataset entry has: an extension method.
pub fn extension(name: &str, suggestions: &[&str], style: &Style) -> String {
    let mut out = String::new();
    out.push_str(&style.warn(name));
    out.push_str("  not a registered method\n\n");
    out.push_str(&style.wrap(
        &format!(
            "\"{name}\" is not in IANA's HTTP Method Registry. HTTP allows extension methods, \
             so it is a valid method name, but most servers do not know it. An origin server \
             that does not recognise or implement a method answers 501 Not Implemented. \
             [RFC 9110 §9.1, §15.6.2]"
        ),
        0,
    ));
    out.push_str(&style.wrap(
        "Clients cannot assume an unknown method is safe or idempotent, so it must not be \
         retried automatically. [RFC 9110 §9.2.1, §9.2.2]",
        0,
    ));
    if !suggestions.is_empty() {
        out.push('\n');
        out.push_str(&style.wrap(&format!("Did you mean: {}?", suggestions.join(", ")), 0));
    }
    out
}

pub fn table(methods: &[&MethodEntry], style: &Style) -> String {
    let mut table = style.table();
    table.set_header(
        [
            "Method",
            "Safe",
            "Idempotent",
            "Cacheable",
            "Family",
            "Defined in",
        ]
        .map(|h| style.header_cell(h)),
    );
    for m in methods {
        let mut name = m.name.to_string();
        if !m.registered {
            name.push_str(" (unregistered)");
        }
        table.add_row(vec![
            Cell::new(name),
            Cell::new(yes_no(m.safe)),
            Cell::new(yes_no(m.idempotent)),
            Cell::new(yes_no(m.cacheable)),
            Cell::new(m.family.label()),
            Cell::new(m.citation),
        ]);
    }
    let mut text = table.to_string();
    text.push('\n');
    text
}

fn section(out: &mut String, style: &Style, title: &str) {
    out.push('\n');
    out.push_str(&style.heading(title));
}

#[derive(Serialize)]
pub struct ErrorJson<'a> {
    pub code: u16,
    pub name: Option<&'static str>,
    pub meaning: &'a str,
    pub source: &'a str,
}

/// A method object for `--json`; flags are null for an unknown extension method.
#[derive(Serialize)]
pub struct MethodJson<'a> {
    pub method: &'a str,
    pub registered: bool,
    pub status: Option<MethodStatus>,
    pub safe: Option<bool>,
    pub idempotent: Option<bool>,
    pub cacheable: Option<bool>,
    pub request_content: Option<crate::model::RequestContent>,
    pub family: Option<crate::model::Family>,
    pub spec: Option<&'a Spec>,
    pub summary: &'a str,
    pub description: Option<&'a str>,
    pub success: &'a [u16],
    pub errors: Vec<ErrorJson<'a>>,
    /// The registered method this name differs from only by letter case.
    pub case_of: Option<&'a str>,
    pub suggestions: &'a [&'a str],
}

impl<'a> MethodJson<'a> {
    pub fn known(method: &'a Method) -> Self {
        MethodJson {
            method: &method.method,
            registered: method.registered,
            status: Some(method.status),
            safe: Some(method.safe),
            idempotent: Some(method.idempotent),
            cacheable: Some(method.cacheable),
            request_content: Some(method.request_content),
            family: Some(method.family),
            spec: Some(&method.spec),
            summary: &method.summary,
            description: Some(&method.description),
            success: &method.success,
            errors: method
                .errors
                .iter()
                .map(|e| ErrorJson {
                    code: e.code,
                    name: crate::data::code_entry(e.code).map(|c| c.name),
                    meaning: &e.meaning,
                    source: &e.source,
                })
                .collect(),
            case_of: None,
            suggestions: &[],
        }
    }

    /// `case_of` is the registered method this name matches but for letter case.
    pub fn extension(name: &'a str, suggestions: &'a [&'a str], case_of: Option<&'a str>) -> Self {
        MethodJson {
            method: name,
            registered: false,
            status: None,
            safe: None,
            idempotent: None,
            cacheable: None,
            request_content: None,
            family: None,
            spec: None,
            summary: "Extension method: not in the IANA registry; a server that does not \
                      recognise it answers 501",
            description: None,
            success: &[],
            errors: vec![ErrorJson {
                code: 501,
                name: Some("Not Implemented"),
                meaning: "The server does not recognise or implement the method",
                source: "RFC 9110 §9.1",
            }],
            case_of,
            suggestions,
        }
    }
}
