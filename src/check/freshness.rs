//! Rules about how long a stored response stays fresh and how old it is:
//! Expires beside max-age (RFC 9111 §5.3) and Age on a response no cache may
//! have stored (RFC 9111 §5.1).

use super::caching::{directives, is};
use super::rule::{Findings, Rule};
use super::{Level, Response};

/// How far apart Expires − Date and max-age may be before they disagree: a
/// server that computes both from one clock reading can still straddle a
/// second boundary.
const SLACK_SECONDS: u64 = 2;

/// `expires-with-max-age`: when Cache-Control has max-age, a cache ignores
/// Expires; a note when the two give different lifetimes, since the sender
/// then meant something other than what caches will do. When they agree
/// (nginx's `expires` sends both) there is nothing to say.
pub fn expires_with_max_age(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(all) = directives(r) else {
        return;
    };
    let Some(max_age) = all
        .iter()
        .find(|d| is(d, "max-age"))
        .and_then(|d| d.value?.parse::<u64>().ok())
    else {
        return;
    };
    let date = |name: &str| {
        r.field(name)
            .and_then(|f| httpdate::parse_http_date(&f.value).ok())
    };
    let (Some(sent), Some(expires)) = (date("Date"), date("Expires")) else {
        return;
    };
    let lifetime = expires
        .duration_since(sent)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    if lifetime.abs_diff(max_age) > SLACK_SECONDS {
        out.push(
            rule.finding(
                Level::Note,
                format!(
                    "Expires gives a lifetime of {lifetime} s after Date, Cache-Control max-age \
                     {max_age} s: caches use max-age and ignore Expires"
                ),
            )
            .field("Expires")
            .fix("make Expires Date + max-age, or leave Expires out".into()),
        );
    }
}

/// `age-with-no-store`: Age says a cache served the response (RFC 9111
/// §5.1), yet no-store forbids every cache to store it (§5.2.2.5). Which
/// cache added it, or whether the origin sent Age itself, the check cannot
/// see: a note.
pub fn age_with_no_store(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(age) = r.field("Age") else {
        return;
    };
    let no_store = directives(r).is_some_and(|all| all.iter().any(|d| is(d, "no-store")));
    if no_store {
        out.push(
            rule.finding(
                Level::Note,
                format!(
                    "Age {} says a cache served this response, yet Cache-Control no-store \
                     forbids caches to store it: a cache ignored no-store, or the origin \
                     sends Age itself",
                    age.value
                ),
            )
            .field("Age")
            .fix("send Age only from a cache; leave it out at the origin".into()),
        );
    }
}
