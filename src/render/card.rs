//! The card for one status code: a quick-reference table, then the prose
//! sections (what it means, client behaviour, headers, causes, related).

use crate::data::{ConstantName, RuntimeEntry};
use crate::model::{Comparison, StatusCode};
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::page::Page;
use crate::render::style::glue;
use crate::render::{code_and_name, Style};

/// What the card shows beyond the record itself.
pub struct CardContext<'a> {
    /// Curated comparisons containing this code.
    pub comparisons: &'a [&'static Comparison],
    /// The runtimes whose constants to show ("In code"); empty hides the section.
    pub runtimes: &'a [&'static RuntimeEntry],
    /// The long form used by `explain`: adds server guidance.
    pub long: bool,
}

type Section = fn(&mut Page, &StatusCode, &CardContext);

/// The card, top to bottom.
const SECTIONS: &[Section] = &[
    title,
    quick_table,
    meaning,
    vendors,
    client,
    caching,
    server,
    headers,
    causes,
    in_code,
    related,
];

pub fn render(code: &StatusCode, ctx: &CardContext, style: &Style) -> String {
    let mut page = Page::new(style);
    for section in SECTIONS {
        section(&mut page, code, ctx);
    }
    page.finish()
}

fn vendor_names(code: &StatusCode) -> String {
    let names: Vec<&str> = code.vendors.iter().map(|v| v.name.as_ref()).collect();
    names.join(", ")
}

fn title(page: &mut Page, code: &StatusCode, _: &CardContext) {
    let style = page.style;
    let mut line = style.class_colored(code.code, &format!("{} {}", code.code, code.name));
    if !code.official() {
        let marker = format!("[unofficial: {}]", vendor_names(code));
        line.push_str(&format!("  {}", style.warn(&marker)));
    }
    page.para(&line, 0);
    page.para(&code.summary, 0);
    if let Some(spec) = code.spec() {
        page.line(&style.dim(&spec.url));
    }
    page.blank();
}

fn quick_table(page: &mut Page, code: &StatusCode, _: &CardContext) {
    let class = code.class();
    let mut rows: Vec<(&str, GridCell)> = vec![
        ("Code", GridCell::code(code.code, code.code.to_string())),
        ("Name", GridCell::new(code.name.as_ref())),
        (
            "Category",
            GridCell::code(code.code, format!("{} {}", class.label(), class.name())),
        ),
    ];
    let spec = match code.spec() {
        Some(spec) => spec.citation(),
        None => "None: not defined by any RFC".to_string(),
    };
    rows.push(("Specification", GridCell::new(spec)));
    let iana = code.iana().map_or("Not registered", |iana| iana.label());
    rows.push(("IANA status", GridCell::new(iana)));
    if !code.vendors.is_empty() {
        rows.push(("Used by", GridCell::new(vendor_names(code))));
    }
    rows.push(("Client behaviour", GridCell::new(code.retry.kind.label())));
    let caching = if code.caching.heuristic {
        "Heuristically cacheable by default"
    } else {
        "Not heuristically cacheable"
    };
    rows.push((
        "Caching",
        GridCell::new(format!("{caching} ({})", code.caching.source)),
    ));
    let mut grid = Grid::new(vec!["Field".into(), "Value".into()], Blocks::PerRow);
    for (label, value) in rows {
        grid.row(vec![label.into(), value]);
    }
    page.table(&grid);
}

fn meaning(page: &mut Page, code: &StatusCode, _: &CardContext) {
    page.section("What it means");
    page.para(&code.description, 2);
}

fn vendors(page: &mut Page, code: &StatusCode, _: &CardContext) {
    if code.vendors.is_empty() {
        return;
    }
    page.section(if code.official() {
        "Other meanings (unofficial)"
    } else {
        "Meanings in the field (unofficial)"
    });
    for vendor in code.vendors.iter() {
        page.para(&format!("{}: \"{}\"", vendor.name, vendor.phrase), 2);
        page.para(&vendor.meaning, 4);
        page.para(&format!("What to do: {}", vendor.action), 4);
        page.source(&vendor.source, 4);
    }
}

fn client(page: &mut Page, code: &StatusCode, _: &CardContext) {
    page.section("Client behaviour");
    page.para(&code.retry.advice, 2);
    page.source(&code.retry.source, 2);
}

fn caching(page: &mut Page, code: &StatusCode, _: &CardContext) {
    if let Some(note) = &code.caching.note {
        page.section("Caching");
        page.para(note, 2);
        page.source(&code.caching.source, 2);
    }
}

fn server(page: &mut Page, code: &StatusCode, ctx: &CardContext) {
    if ctx.long {
        page.section("Server guidance");
        page.para(&code.server, 2);
    }
}

fn headers(page: &mut Page, code: &StatusCode, _: &CardContext) {
    page.section("Headers");
    if code.headers.is_empty() {
        page.para("No header field is specific to this code.", 2);
    }
    for header in code.headers.iter() {
        let source = page.style.dim(&format!("[{}]", header.source));
        page.bullet(
            &format!(
                "{} ({}): {} {source}",
                header.name,
                super::header::requirement(header),
                header.note
            ),
            2,
        );
    }
}

fn causes(page: &mut Page, code: &StatusCode, _: &CardContext) {
    if code.causes.is_empty() {
        return;
    }
    page.section("Common causes");
    for cause in code.causes.iter() {
        page.bullet(cause, 2);
    }
}

fn in_code(page: &mut Page, code: &StatusCode, ctx: &CardContext) {
    if ctx.runtimes.is_empty() {
        return;
    }
    // A runtime that once named the code but no longer does still gets a row:
    // code written for the older version uses that name.
    let rows: Vec<(&str, String, Option<String>)> = ctx
        .runtimes
        .iter()
        .filter_map(|r| r.record(code.code).map(|c| (&*r.display, c)))
        .map(|(display, c)| {
            let shown = match (&c.name, c.formerly.first()) {
                (Some(name), _) => name.to_string(),
                (None, Some(last)) => format!("none since {}", last.since),
                (None, None) => String::new(),
            };
            (display, shown, constant_history(c))
        })
        .collect();
    page.section("In code");
    if rows.is_empty() {
        page.para("None of these runtimes names this code.", 2);
    }
    let pad = rows
        .iter()
        .map(|(d, _, _)| d.chars().count())
        .max()
        .unwrap_or(0);
    let widest = rows
        .iter()
        .map(|(_, c, _)| c.chars().count())
        .max()
        .unwrap_or(0);
    // Side by side when every pair fits the width; otherwise each constant goes
    // under its runtime, so no name is cut by the terminal. A name's history
    // wraps under the name.
    let side_by_side = 2 + pad + 2 + widest <= page.style.width;
    let column = if side_by_side && page.style.width >= 2 + pad + 2 + 50 {
        2 + pad + 2
    } else {
        6
    };
    for (display, constant, history) in rows {
        if side_by_side {
            let gap = " ".repeat(pad - display.chars().count());
            page.line(&format!("  {display}{gap}  {constant}"));
        } else {
            page.line(&format!("  {display}"));
            page.line(&format!("      {constant}"));
        }
        if let Some(history) = history {
            let text = page.style.dim(&format!("({history})"));
            page.para(&text, column);
        }
    }
}

/// "since 7.0; formerly X, deprecated since 7.0": what changed about a name, or
/// `None` when nothing did.
fn constant_history(c: &ConstantName) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if c.name.is_some() {
        if let Some(since) = &c.since {
            parts.push(format!("since {since}"));
        }
        if let Some(deprecated) = &c.deprecated {
            parts.push(format!("deprecated since {deprecated}"));
        }
    }
    let formerly: Vec<String> = c
        .formerly
        .iter()
        .map(|f| {
            let mut text = format!("{}, {} {}", f.name, f.status.label(), f.since);
            if let Some(meaning) = &f.meaning {
                text.push_str(&format!(", meaning {meaning}"));
            }
            text
        })
        .collect();
    if !formerly.is_empty() {
        parts.push(format!("formerly {}", formerly.join("; ")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn related(page: &mut Page, code: &StatusCode, ctx: &CardContext) {
    let style = page.style;
    page.section("Related");
    if !code.related.is_empty() {
        let related: Vec<String> = code
            .related
            .iter()
            .map(|&c| style.class_colored(c, &glue(&code_and_name(c))))
            .collect();
        page.para(&related.join(" · "), 2);
    }
    if let Some(link) = &code.see_also {
        page.para(&format!("MDN: {link}"), 2);
    }
    if let Some(first) = ctx.comparisons.first() {
        page.blank();
        let titles: Vec<&str> = ctx.comparisons.iter().map(|c| c.title.as_ref()).collect();
        page.para(&format!("See also: {}", titles.join(" · ")), 0);
        if let Some(other) = first.codes.iter().find(|&&c| c != code.code) {
            let hint = glue(&format!("(try: httpcode compare {} {other})", code.code));
            page.para(&style.dim(&hint), 0);
        }
    }
}
