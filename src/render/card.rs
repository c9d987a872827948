//! The card for one status code: a quick-reference table, then the prose
//! sections (what it means, client behaviour, headers, causes, related).

use crate::data::{ComparisonEntry, RuntimeEntry};
use crate::model::StatusCode;
use crate::render::{code_and_name, Style};

/// What the card shows beyond the record itself.
pub struct CardContext<'a> {
    /// Curated comparison titles containing this code.
    pub comparisons: &'a [&'static ComparisonEntry],
    /// The runtimes whose constants to show ("In code"); empty hides the section.
    pub runtimes: &'a [&'static RuntimeEntry],
    /// The long form used by `explain`: adds server guidance.
    pub long: bool,
}

pub fn render(code: &StatusCode, ctx: &CardContext, style: &Style) -> String {
    let mut out = String::new();
    let title = format!("{} {}", code.code, code.name);
    out.push_str(&style.class_colored(code.code, &title));
    if !code.official {
        let vendors: Vec<&str> = code.vendors.iter().map(|v| v.name.as_str()).collect();
        let marker = format!("[unofficial: {}]", vendors.join(", "));
        out.push_str(&format!("  {}", style.warn(&marker)));
    }
    out.push('\n');
    out.push_str(&style.wrap(&code.summary, 0));
    if let Some(spec) = &code.spec {
        out.push_str(&style.dim(&spec.url));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&quick_table(code, style));

    section(&mut out, style, "What it means");
    out.push_str(&style.wrap(&code.description, 2));
    if !code.vendors.is_empty() {
        let heading = if code.official {
            "Other meanings (unofficial)"
        } else {
            "Meanings in the field (unofficial)"
        };
        section(&mut out, style, heading);
        for vendor in &code.vendors {
            out.push_str(&style.wrap(&format!("{}: \"{}\"", vendor.name, vendor.phrase), 2));
            out.push_str(&style.wrap(&vendor.meaning, 4));
            out.push_str(&style.wrap(&format!("What to do: {}", vendor.action), 4));
            out.push_str(&style.wrap(&style.dim(&format!("Source: {}", vendor.source)), 4));
        }
    }

    section(&mut out, style, "Client behaviour");
    out.push_str(&style.wrap(&code.retry.advice, 2));
    out.push_str(&style.wrap(&style.dim(&format!("Source: {}", code.retry.source)), 2));

    if let Some(note) = &code.caching.note {
        section(&mut out, style, "Caching");
        out.push_str(&style.wrap(note, 2));
        out.push_str(&style.wrap(&style.dim(&format!("Source: {}", code.caching.source)), 2));
    }

    if ctx.long {
        section(&mut out, style, "Server guidance");
        out.push_str(&style.wrap(&code.server, 2));
    }

    section(&mut out, style, "Headers");
    if code.headers.is_empty() {
        out.push_str(&style.wrap("No header field is specific to this code.", 2));
    }
    for header in &code.headers {
        let line = format!(
            "{} ({}): {} {}",
            header.name,
            header.requirement.label(),
            header.note,
            style.dim(&format!("[{}]", header.source))
        );
        out.push_str(&style.bullet(&line, 2));
    }

    if !code.causes.is_empty() {
        section(&mut out, style, "Common causes");
        for cause in &code.causes {
            out.push_str(&style.bullet(cause, 2));
        }
    }

    if !ctx.runtimes.is_empty() {
        let rows: Vec<(&str, &str)> = ctx
            .runtimes
            .iter()
            .filter_map(|r| r.constant(code.code).map(|c| (r.display, c)))
            .collect();
        section(&mut out, style, "In code");
        if rows.is_empty() {
            out.push_str(&style.wrap("None of these runtimes names this code.", 2));
        }
        let pad = rows
            .iter()
            .map(|(d, _)| d.chars().count())
            .max()
            .unwrap_or(0);
        for (display, constant) in rows {
            let gap = " ".repeat(pad - display.chars().count());
            out.push_str(&format!("  {display}{gap}  {constant}\n"));
        }
    }

    section(&mut out, style, "Related");
    if !code.related.is_empty() {
        let related: Vec<String> = code
            .related
            .iter()
            .map(|&c| style.class_colored(c, &code_and_name(c)))
            .collect();
        out.push_str(&style.wrap(&related.join(" · "), 2));
    }
    if let Some(link) = &code.see_also {
        out.push_str(&style.wrap(&format!("MDN: {link}"), 2));
    }
    if !ctx.comparisons.is_empty() {
        out.push('\n');
        let titles: Vec<&str> = ctx.comparisons.iter().map(|c| c.title).collect();
        out.push_str(&style.wrap(&format!("See also: {}", titles.join(" · ")), 0));
        let other = ctx.comparisons[0].codes.iter().find(|&&c| c != code.code);
        if let Some(other) = other {
            let hint = format!("(try: httpcode compare {} {other})", code.code);
            out.push_str(&style.wrap(&style.dim(&hint), 0));
        }
    }
    out
}

fn section(out: &mut String, style: &Style, title: &str) {
    out.push('\n');
    out.push_str(&style.heading(title));
}

fn quick_table(code: &StatusCode, style: &Style) -> String {
    let mut table = style.table();
    let class = code.class();
    let mut rows: Vec<(&str, comfy_table::Cell)> = vec![
        ("Code", style.code_cell(code.code, code.code)),
        ("Name", comfy_table::Cell::new(&code.name)),
        (
            "Category",
            style.code_cell(code.code, format!("{} {}", class.label(), class.name())),
        ),
    ];
    let spec = match &code.spec {
        Some(spec) => spec.citation(),
        None => "None: not defined by any RFC".to_string(),
    };
    rows.push(("Specification", comfy_table::Cell::new(spec)));
    let iana = match code.iana {
        Some(iana) => iana.label().to_string(),
        None => "Not registered".to_string(),
    };
    rows.push(("IANA status", comfy_table::Cell::new(iana)));
    if !code.vendors.is_empty() {
        let names: Vec<&str> = code.vendors.iter().map(|v| v.name.as_str()).collect();
        rows.push(("Used by", comfy_table::Cell::new(names.join(", "))));
    }
    rows.push((
        "Client behaviour",
        comfy_table::Cell::new(code.retry.kind.label()),
    ));
    let caching = if code.caching.heuristic {
        format!(
            "Heuristically cacheable by default ({})",
            code.caching.source
        )
    } else {
        format!("Not heuristically cacheable ({})", code.caching.source)
    };
    rows.push(("Caching", comfy_table::Cell::new(caching)));
    table.set_header(vec![style.header_cell("Field"), style.header_cell("Value")]);
    for (label, value) in rows {
        table.add_row(vec![comfy_table::Cell::new(label), value]);
    }
    let mut text = table.to_string();
    text.push('\n');
    text
}
