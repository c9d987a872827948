//! Rules about times: HTTP-dates (Date, Last-Modified, Expires), Retry-After,
//! Age, and Last-Modified against Date.

use super::rule::{Findings, Rule};
use super::syntax::{self, DateForm};
use super::{Level, Response};

/// `http-date`: Date, Last-Modified and Expires are IMF-fixdates. An invalid
/// Expires is a warning: caches read it as "already expired" (RFC 9111 §5.3).
pub fn http_date(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for name in ["Date", "Last-Modified", "Expires"] {
        for field in r.all(name) {
            let problem = match syntax::date_form(&field.value) {
                DateForm::ImfFixdate => continue,
                DateForm::Obsolete => "an obsolete date format; senders MUST generate IMF-fixdate",
                DateForm::Invalid => "not an HTTP-date",
            };
            let (level, source) =
                if name == "Expires" && syntax::date_form(&field.value) == DateForm::Invalid {
                    (Level::Warning, "RFC 9111 §5.3")
                } else {
                    (Level::Error, "RFC 9110 §5.6.7")
                };
            out.push(
                rule.cited(
                    level,
                    source,
                    format!("{name} \"{}\" is {problem}", field.value),
                )
                .field(name)
                .fix(format!(
                    "send \"{name}: {}\" (IMF-fixdate, in GMT)",
                    syntax::EXAMPLE_DATE
                )),
            );
        }
    }
}

/// `retry-after-syntax`: delay-seconds or an HTTP-date.
pub fn retry_after_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Retry-After") {
        if !syntax::retry_after_valid(&field.value) {
            out.push(
                rule.error(
                    "Retry-After",
                    format!(
                        "Retry-After \"{}\" is neither a number of seconds nor an HTTP-date",
                        field.value
                    ),
                )
                .fix("send \"Retry-After: 120\" (seconds) or an IMF-fixdate".into()),
            );
        }
    }
}

/// `age-syntax`: `Age = delta-seconds`, a number of seconds.
pub fn age_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Age") {
        let seconds = !field.value.is_empty() && field.value.bytes().all(|b| b.is_ascii_digit());
        if !seconds {
            out.push(
                rule.error(
                    "Age",
                    format!("Age \"{}\" is not a number of seconds", field.value),
                )
                .fix("send \"Age: <seconds>\", e.g. \"Age: 60\"".into()),
            );
        }
    }
}

/// `last-modified-after-date`: a server that sends Date has a clock, and then
/// MUST NOT send a Last-Modified later than that Date.
pub fn last_modified_after_date(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let parse = |name: &str| {
        r.field(name)
            .and_then(|f| httpdate::parse_http_date(&f.value).ok())
    };
    let (Some(date), Some(modified)) = (parse("Date"), parse("Last-Modified")) else {
        return;
    };
    if modified > date {
        out.push(
            rule.error(
                "Last-Modified",
                "Last-Modified is later than Date: a server with a clock MUST NOT send a \
                 modification time after the time of the response"
                    .into(),
            )
            .fix(
                "send the Date value as Last-Modified when the file's time is in the future".into(),
            ),
        );
    }
}
