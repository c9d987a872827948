//! Rules about the status line itself.

use super::rule::{Findings, Rule};
use super::{Level, Response};

/// `reason-phrase-syntax`: `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`
/// (RFC 9112 §4): no C0 control but HTAB, and no DEL. (obs-text, bytes
/// 0x80–0xFF, is allowed: C1 characters are not refused here.)
pub fn reason_phrase_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let Some(reason) = r.reason.as_deref() else {
        return;
    };
    if reason
        .chars()
        .any(|c| (c.is_ascii_control() && c != '\t') || c == '\x7f')
    {
        out.push(
            rule.finding(
                Level::Error,
                format!("the reason phrase \"{reason}\" holds control characters"),
            )
            .fix("send the registered name, or plain text without control characters".into()),
        );
    }
}
