//! `httpcode explain --method` and `httpcode methods`: what a method is, its
//! flags, and the decision a server makes when it does not support it.

use crate::model::{Method, MethodStatus};
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::page::Page;
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

/// What `explain --method` shows, top to bottom. The second argument is the
/// name as typed when it differs from the method only by letter case.
type Section = fn(&mut Page, &Method, Option<&str>);

const SECTIONS: &[Section] = &[
    case_warning,
    title,
    properties,
    what_it_is,
    retries,
    unsupported,
    own_errors,
];

pub fn explain(method: &Method, wrong_case: Option<&str>, style: &Style) -> String {
    let mut page = Page::new(style);
    for section in SECTIONS {
        section(&mut page, method, wrong_case);
    }
    page.finish()
}

fn case_warning(page: &mut Page, method: &Method, wrong_case: Option<&str>) {
    if let Some(given) = wrong_case {
        let name = &method.method;
        let text = page.style.warn(&format!(
            "Note: method names are case-sensitive (RFC 9110 §9.1). \"{given}\" is not the \
             registered \"{name}\": a server may treat it as an unknown extension method and \
             answer 501. Showing {name}:"
        ));
        page.para(&text, 0);
        page.blank();
    }
}

fn title(page: &mut Page, method: &Method, _: Option<&str>) {
    let style = page.style;
    let mut line = style.class_colored(200, &method.method);
    if !method.registered {
        line.push_str(&format!("  {}", style.warn("[not in the IANA registry]")));
    }
    page.line(&line);
    page.para(&method.summary, 0);
    page.line(&style.dim(&method.spec.url));
}

fn properties(page: &mut Page, method: &Method, _: Option<&str>) {
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
    let cacheable = match &method.cacheable_note {
        Some(note) => format!("{} ({note})", yes_no(method.cacheable)),
        None => yes_no(method.cacheable).to_string(),
    };
    let success: Vec<String> = method.success.iter().map(|&c| code_and_name(c)).collect();
    let rows: [(&str, String); 8] = [
        (
            "Defined in",
            format!("{} ({status})", method.spec.citation()),
        ),
        ("Family", method.family.label().to_string()),
        ("IANA registry", registry.to_string()),
        ("Safe", yes_no(method.safe).to_string()),
        ("Idempotent", yes_no(method.idempotent).to_string()),
        ("Cacheable response", cacheable),
        (
            "Request content",
            method.request_content.label().to_string(),
        ),
        ("Usual success", success.join(", ")),
    ];
    let mut grid = Grid::new(vec!["Property".into(), "Value".into()], Blocks::PerRow);
    for (label, value) in rows {
        grid.row(vec![label.into(), value.into()]);
    }
    page.blank();
    page.table(&grid);
}

fn what_it_is(page: &mut Page, method: &Method, _: Option<&str>) {
    page.section("What it is");
    page.para(&method.description, 2);
}

fn retries(page: &mut Page, method: &Method, _: Option<&str>) {
    page.section("Retries");
    page.para(&retry_note(method), 2);
}

fn unsupported(page: &mut Page, method: &Method, _: Option<&str>) {
    let name = &method.method;
    page.section("When a server does not support it");
    if let Some(source) = &method.required_of_servers {
        page.bullet(
            &format!("Every general-purpose server MUST support {name}. [{source}]"),
            2,
        );
    }
    page.bullet(
        &format!(
            "Does not implement {name} at all: 501 Not Implemented, for every resource. \
             [RFC 9110 §9.1, §15.6.2]"
        ),
        2,
    );
    page.bullet(
        &format!(
            "Implements {name}, but not on this resource: 405 Method Not Allowed, with an \
             Allow header (MUST) listing the methods the resource supports. \
             [RFC 9110 §9.1, §15.5.6]"
        ),
        2,
    );
    let hint = page.style.dim("(httpcode compare 405 501)");
    page.para(&hint, 4);
}

fn own_errors(page: &mut Page, method: &Method, _: Option<&str>) {
    if method.errors.is_empty() {
        return;
    }
    page.section(&format!("{}'s own error codes", method.method));
    let mut grid = Grid::new(
        vec!["Code".into(), "When".into(), "Source".into()],
        Blocks::PerRow,
    );
    for error in method.errors.iter() {
        grid.row(vec![
            GridCell::code(error.code, code_and_name(error.code)),
            error.meaning.as_ref().into(),
            error.source.as_ref().into(),
        ]);
    }
    page.table(&grid);
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

pub fn table(methods: &[Method], style: &Style) -> String {
    let header = [
        "Method",
        "Safe",
        "Idempotent",
        "Cacheable",
        "Family",
        "Defined in",
    ];
    let mut grid = Grid::new(header.map(GridCell::from).to_vec(), Blocks::PerRow);
    // The family is the first thing to go in a narrow terminal: `explain` has it.
    grid.optional(4);
    for m in methods {
        let mut name = m.method.to_string();
        if !m.registered {
            name.push_str(" (unregistered)");
        }
        grid.row(vec![
            name.into(),
            yes_no(m.safe).into(),
            yes_no(m.idempotent).into(),
            yes_no(m.cacheable).into(),
            m.family.label().into(),
            m.spec.citation().into(),
        ]);
    }
    grid.render(style)
}

/// `--format oneline`: one tab-separated line per method, the table's columns
/// and then the summary (METHOD, safe, idempotent, cacheable, defining
/// section, summary), for grep and cut.
pub fn oneline(methods: &[Method]) -> String {
    let mut out = String::new();
    for m in methods {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            m.method,
            yes_no(m.safe),
            yes_no(m.idempotent),
            yes_no(m.cacheable),
            m.spec.citation(),
            m.summary
        ));
    }
    out
}
