//! `httpcode header`: one header field (its section, what it carries, the codes
//! that use it), or the table of every field.

use crate::check::rule::Rule;
use crate::check::rules;
use crate::model::{Condition, Form, Header, HeaderField, StatusCode};
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::page::Page;
use crate::render::Style;

/// A code that uses a field, with the requirement its record gives.
pub type Use = (&'static StatusCode, &'static Header);

pub fn field(field: &HeaderField, uses: &[Use], style: &Style) -> String {
    let mut page = Page::new(style);
    page.line(style.heading(&field.name).trim_end());
    page.para(&field.summary, 0);
    page.line(&style.dim(&field.spec.url));
    page.blank();
    let mut grid = Grid::new(vec!["Field".into(), "Value".into()], Blocks::PerRow);
    let mut rows = vec![
        ("Name", field.name.to_string()),
        ("Specification", field.spec.citation()),
        ("Direction", field.direction.label().to_string()),
        ("Syntax", format!("{} = {}", field.name, field.syntax)),
    ];
    if let Some(form) = field.form {
        rows.push(("Form", form.label().to_string()));
    }
    if let Some(members) = field.members {
        let each = if field.form == Some(Form::StructuredItem) {
            ""
        } else {
            "each "
        };
        rows.push(("Members", format!("{each}a structured {}", members.label())));
    }
    if let Some(example) = &field.example {
        rows.push(("Example", format!("{}: {example}", field.name)));
    }
    if let Some(deprecated) = &field.deprecated {
        rows.push((
            "Deprecated",
            format!("{} [{}]", deprecated.note, deprecated.source),
        ));
    }
    for (label, value) in rows {
        grid.row(vec![label.into(), GridCell::new(value)]);
    }
    page.table(&grid);
    page.section("Status codes that use it");
    if uses.is_empty() {
        page.para("No status code's record names this field.", 2);
    }
    for (code, header) in uses {
        let marker = if code.official() { "" } else { " [unofficial]" };
        let label = style.class_colored(code.code, &format!("{} {}", code.code, code.name));
        let source = style.dim(&format!("[{}]", header.source));
        page.bullet(
            &format!(
                "{label}{marker} ({}): {} {source}",
                requirement(header),
                header.note
            ),
            2,
        );
    }
    let rules: Vec<&Rule> = rules::for_field(&field.name).collect();
    if !rules.is_empty() {
        page.section("What httpcode check reports");
        for rule in rules {
            let source = style.dim(&format!("[{}]", rule.source));
            page.bullet(
                &format!(
                    "{} ({}): {} {source}",
                    rule.name,
                    rule.level_label(),
                    rule.summary.replace('`', "")
                ),
                2,
            );
        }
    }
    page.blank();
    page.para(
        &style.dim(&format!("Source: {}", field.sources.join(", "))),
        0,
    );
    page.finish()
}

/// A row's keyword, and where it holds when that is a protocol version: the
/// card and the field page say "HTTP/1.1 only" for Connection and Upgrade, which
/// HTTP/2 and HTTP/3 do not have (RFC 9113 §8.2.2, RFC 9114 §4.2).
pub fn requirement(header: &Header) -> String {
    match header.condition {
        Some(Condition::Http1) => format!("{}, HTTP/1.1 only", header.requirement.label()),
        _ => header.requirement.label().to_string(),
    }
}

/// Every field: name, direction, section and the codes that name it. The
/// draft that defines Upload-Offset has a long unbreakable name, so below about
/// 90 columns the table becomes one block per field.
pub fn table(fields: &[(&HeaderField, Vec<Use>)], style: &Style) -> String {
    let header = vec![
        "Field".into(),
        "Direction".into(),
        "Specification".into(),
        "Status codes".into(),
    ];
    let mut grid = Grid::new(header, Blocks::PerRow);
    for (field, uses) in fields {
        let codes: Vec<String> = uses
            .iter()
            .map(|(code, h)| format!("{} {}", code.code, h.requirement.keyword()))
            .collect();
        grid.row(vec![
            field.name.as_ref().into(),
            field.direction.label().into(),
            GridCell::new(field.spec.citation()),
            GridCell::new(if codes.is_empty() {
                "none".to_string()
            } else {
                codes.join(", ")
            }),
        ]);
    }
    grid.render(style)
}

/// `--format oneline`: one tab-separated line per field (FIELD, defining
/// section, summary), for grep and cut.
pub fn oneline<'a>(fields: impl IntoIterator<Item = &'a HeaderField>) -> String {
    let mut out = String::new();
    for field in fields {
        out.push_str(&format!(
            "{}\t{}\t{}\n",
            field.name,
            field.spec.citation(),
            field.summary
        ));
    }
    out
}
