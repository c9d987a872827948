//! Rules about newer fields: structured fields read by the form the dataset
//! records for them (RFC 9651), Sunset (RFC 8594), Clear-Site-Data (W3C) and
//! NEL (W3C Network Error Logging).

use crate::model::{Form, Member};

use super::rule::{Findings, Rule};
use super::syntax::{self, DateForm};
use super::{Level, Response};

/// `structured-field-syntax`: a field whose dataset record says it is an
/// RFC 9651 structured field must parse as that type, and its members have
/// the type the record's `members` names; the finding cites the record's
/// section (`rule.cited`). Fields another rule parses are its own.
pub fn structured_field_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in &r.fields {
        let Some(record) = field.record else {
            continue;
        };
        // A field that another rule parses is that rule's.
        if !rule.reads(&record.name) {
            continue;
        }
        let value = field.value.as_str();
        // The members' bare items (`None` for an inner list), once it parses.
        let parsed: Result<Vec<Option<sfv::BareItem>>, _> = match record.form {
            Some(Form::StructuredItem) => sfv::Parser::new(value)
                .parse_item::<sfv::Item>()
                .map(|i| vec![Some(i.bare_item)]),
            Some(Form::StructuredList) => sfv::Parser::new(value)
                .parse_list::<sfv::List>()
                .map(|l| l.into_iter().map(bare).collect()),
            Some(Form::StructuredDictionary) => sfv::Parser::new(value)
                .parse_dictionary::<sfv::Dictionary>()
                .map(|d| d.into_values().map(bare).collect()),
            _ => continue,
        };
        let kind = match record.form {
            Some(Form::StructuredItem) => "Item",
            Some(Form::StructuredList) => "List",
            _ => "Dictionary",
        };
        let problem = match parsed {
            Err(e) => format!("is not a structured {kind} ({e})"),
            Ok(members) => {
                let Some(want) = record.members else {
                    continue;
                };
                if members
                    .iter()
                    .all(|m| m.as_ref().is_some_and(|m| is(m, want)))
                {
                    continue;
                }
                match kind {
                    "Item" => format!("is not a structured {}", want.label()),
                    _ => format!("has a member that is not a structured {}", want.label()),
                }
            }
        };
        let example = record.example.as_deref().unwrap_or("…");
        // A W3C or WHATWG record has no section number; its URL names the part.
        let source = match record.spec.section {
            Some(_) => record.spec.citation(),
            None => record.spec.url.to_string(),
        };
        out.push(
            rule.cited(
                Level::Error,
                &source,
                format!("{} \"{value}\" {problem}", record.name),
            )
            .field(&record.name)
            .fix(format!("send e.g. \"{}: {example}\"", record.name)),
        );
    }
}

/// An Item's bare item; an inner list has none.
fn bare(entry: sfv::ListEntry) -> Option<sfv::BareItem> {
    match entry {
        sfv::ListEntry::Item(item) => Some(item.bare_item),
        sfv::ListEntry::InnerList(_) => None,
    }
}

/// Whether a bare item has the type the dataset records (RFC 9651 §3.3).
fn is(item: &sfv::BareItem, want: Member) -> bool {
    use sfv::BareItem as B;
    matches!(
        (item, want),
        (B::Integer(_), Member::Integer)
            | (B::Decimal(_), Member::Decimal)
            | (B::String(_), Member::String)
            | (B::Token(_), Member::Token)
            | (B::ByteSequence(_), Member::ByteSequence)
            | (B::Boolean(_), Member::Boolean)
            | (B::Date(_), Member::Date)
            | (B::DisplayString(_), Member::DisplayString)
    )
}

/// `sunset-syntax`: Sunset is an HTTP-date (RFC 8594 §3).
pub fn sunset_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Sunset") {
        if syntax::date_form(&field.value) == DateForm::Invalid {
            out.push(
                rule.error(
                    "Sunset",
                    format!("Sunset \"{}\" is not an HTTP-date", field.value),
                )
                .fix(format!("send \"Sunset: {}\"", syntax::EXAMPLE_DATE)),
            );
        }
    }
}

/// The types Clear-Site-Data names, and `*`.
const CLEAR_SITE_DATA: &[&str] = &[
    "cache",
    "cookies",
    "storage",
    "executionContexts",
    "clientHints",
    "prefetchCache",
    "prerenderCache",
    "*",
];

/// `clear-site-data`: each type is a quoted string of the known ones;
/// browsers ignore unquoted or unknown ones.
pub fn clear_site_data(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Clear-Site-Data") {
        let bad: Vec<&str> = syntax::list(&field.value)
            .filter(|t| {
                t.strip_prefix('"')
                    .and_then(|t| t.strip_suffix('"'))
                    .is_none_or(|inner| !CLEAR_SITE_DATA.contains(&inner))
            })
            .collect();
        if !bad.is_empty() {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!(
                        "Clear-Site-Data {} is not a quoted type browsers know (\"cache\", \"cookies\", \"storage\", …); they ignore it",
                        bad.join(", ")
                    ),
                )
                .field("Clear-Site-Data")
                .fix("send 'Clear-Site-Data: \"cache\", \"cookies\"' with the quotes".into()),
            );
        }
    }
}

/// `nel-syntax`: NEL is a JSON object with report_to (a string) and max_age
/// (a non-negative integer).
pub fn nel_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("NEL") {
        let problem = match serde_json::from_str::<serde_json::Value>(&field.value) {
            Err(e) => Some(format!("it is not JSON ({e})")),
            Ok(policy) => {
                if !policy.is_object() {
                    Some("it is not a JSON object".to_string())
                } else if !policy["max_age"].is_u64() {
                    Some("max_age is missing or not a non-negative integer".into())
                } else if !policy["report_to"].is_string() && policy["max_age"] != 0 {
                    Some("report_to is missing or not a string".into())
                } else {
                    None
                }
            }
        };
        if let Some(problem) = problem {
            out.push(
                rule.error("NEL", format!("NEL \"{}\": {problem}", field.value))
                    .fix("send 'NEL: {\"report_to\": \"default\", \"max_age\": 2592000}'".into()),
            );
        }
    }
}
