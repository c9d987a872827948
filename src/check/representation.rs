//! Rules about representation fields: Content-Type (RFC 9110 §8.3),
//! Content-Encoding (§8.4), Transfer-Encoding (RFC 9112 §6.1), Link (RFC
//! 8288), Content-Disposition (RFC 6266) and Content-Range on a 206.

use super::rule::{Findings, Rule};
use super::syntax::{self, ContentRange};
use super::uri;
use super::{Level, Response};

/// Charset names of the IANA Character Sets registry that web content uses,
/// with their registered aliases (lower case).
const CHARSETS: &[&str] = &[
    "utf-8",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin1",
    "l1",
    "iso-8859-2",
    "iso-8859-3",
    "iso-8859-4",
    "iso-8859-5",
    "iso-8859-6",
    "iso-8859-7",
    "iso-8859-8",
    "iso-8859-9",
    "iso-8859-10",
    "iso-8859-13",
    "iso-8859-14",
    "iso-8859-15",
    "iso-8859-16",
    "windows-1250",
    "windows-1251",
    "windows-1252",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "utf-16",
    "utf-16le",
    "utf-16be",
    "utf-32",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "euc-kr",
    "iso-2022-kr",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "koi8-r",
    "koi8-u",
    "ibm866",
    "tis-620",
    "macintosh",
    "cp1252",
    "csutf8",
];

/// `content-type-syntax`: a media type `type "/" subtype *( OWS ";" OWS
/// parameter )`, parsed with the mime crate; a charset parameter that is no
/// registered character set is a warning (RFC 9110 §8.3.2).
pub fn content_type_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Content-Type") {
        // mime accepts an empty subtype ("text/"); the grammar does not.
        let essence = field.value.split(';').next().unwrap_or_default().trim();
        let tokens = essence
            .split_once('/')
            .is_some_and(|(t, s)| syntax::is_token(t) && syntax::is_token(s));
        let parsed = if tokens {
            field.value.parse::<mime::Mime>().map_err(|e| e.to_string())
        } else {
            Err(format!("\"{essence}\" is not type/subtype"))
        };
        match parsed {
            Err(e) => out.push(
                rule.error(
                    "Content-Type",
                    format!("Content-Type \"{}\" is not a media type ({e})", field.value),
                )
                .fix(
                    "send \"Content-Type: type/subtype\", e.g. \"text/html; charset=utf-8\"".into(),
                ),
            ),
            Ok(media) => {
                let Some(charset) = media.get_param(mime::CHARSET) else {
                    continue;
                };
                let name = charset.as_str().to_ascii_lowercase();
                if !CHARSETS.contains(&name.as_str()) {
                    out.push(
                        rule.cited(
                            Level::Warning,
                            "RFC 9110 §8.3.2",
                            format!(
                                "Content-Type charset \"{}\" is not a registered character set; \
                                 browsers fall back to guessing",
                                charset.as_str()
                            ),
                        )
                        .field("Content-Type")
                        .fix("send charset=utf-8".into()),
                    );
                }
            }
        }
    }
}

/// Every name in the IANA "HTTP Content Coding Registry" (procedure RFC 9110
/// §16.6.1, first entries §18.6), as the registry stood at its update of
/// 2025-10-02 (<https://www.iana.org/assignments/http-parameters/>):
/// aes128gcm (RFC 8188), br (RFC 7932), compress, deflate and gzip (RFC 9110
/// §8.4.1.1-§8.4.1.3), dcb and dcz (RFC 9842 §4, §5), exi (W3C EXI), identity
/// (reserved, RFC 9110 §12.5.3), pack200-gzip (JSR 200), the deprecated
/// aliases x-compress and x-gzip, and zstd (RFC 8878, RFC 9659).
const CODINGS: &[&str] = &[
    "aes128gcm",
    "br",
    "compress",
    "dcb",
    "dcz",
    "deflate",
    "exi",
    "gzip",
    "identity",
    "pack200-gzip",
    "x-compress",
    "x-gzip",
    "zstd",
];

/// `content-encoding-coding`: a coding outside the registry (a warning:
/// clients cannot decode it), or the x- aliases (a note: send the name).
pub fn content_encoding_coding(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for coding in r
        .all("Content-Encoding")
        .flat_map(|f| syntax::list(&f.value))
    {
        let lower = coding.to_ascii_lowercase();
        if let Some(plain) = lower
            .strip_prefix("x-")
            .filter(|p| *p == "gzip" || *p == "compress")
        {
            out.push(
                rule.cited(
                    Level::Note,
                    "RFC 9110 §8.4.1.1, §8.4.1.3",
                    format!("Content-Encoding {coding} is an old alias of {plain}"),
                )
                .field("Content-Encoding")
                .fix(format!("send \"Content-Encoding: {plain}\"")),
            );
        } else if !CODINGS.contains(&lower.as_str()) {
            out.push(
                rule.finding(
                    Level::Warning,
                    format!("Content-Encoding {coding} is not a registered content coding; clients cannot decode it"),
                )
                .field("Content-Encoding")
                .fix("send gzip, br, zstd or deflate, or no Content-Encoding".into()),
            );
        }
    }
}

/// `transfer-encoding-chunked`: chunked applied twice (a sender MUST NOT),
/// or not last (then only closing the connection ends the message).
pub fn transfer_encoding_chunked(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let codings: Vec<String> = r
        .all("Transfer-Encoding")
        .flat_map(|f| syntax::list(&f.value))
        .map(str::to_ascii_lowercase)
        .collect();
    let chunked = codings.iter().filter(|c| *c == "chunked").count();
    if chunked > 1 {
        out.push(
            rule.error(
                "Transfer-Encoding",
                "Transfer-Encoding applies chunked more than once".into(),
            )
            .fix("send \"Transfer-Encoding: chunked\" once".into()),
        );
    } else if chunked == 1 && codings.last().is_some_and(|c| c != "chunked") {
        out.push(
            rule.finding(
                Level::Warning,
                format!(
                    "Transfer-Encoding \"{}\": chunked is not the last coding, so only closing \
                     the connection can end the message",
                    codings.join(", ")
                ),
            )
            .field("Transfer-Encoding")
            .fix("put chunked last, e.g. \"Transfer-Encoding: gzip, chunked\"".into()),
        );
    }
}

/// `link-syntax`: each link is `<URI-Reference>` then `;`-separated
/// parameters, with rel at most once (RFC 8288 §3, §3.3).
pub fn link_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Link") {
        for link in split_links(&field.value) {
            let link = link.trim();
            let problem = match link.strip_prefix('<').and_then(|l| l.split_once('>')) {
                None => Some(format!("\"{link}\": the target is not in <>")),
                Some((target, params)) => match uri::reference(target) {
                    Err(why) => Some(format!("<{target}> is not a URI reference: {why}")),
                    Ok(_) => {
                        let rels = params
                            .split(';')
                            .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim()))
                            .filter(|n| n.eq_ignore_ascii_case("rel"))
                            .count();
                        (rels > 1).then(|| format!("\"{link}\" has rel more than once"))
                    }
                },
            };
            if let Some(problem) = problem {
                out.push(rule.error("Link", format!("Link {problem}")).fix(
                    "send \"Link: <https://example.com/style.css>; rel=preload; as=style\"".into(),
                ));
            }
        }
    }
}

/// Splits a Link value at the commas between links: not inside `<>` or quotes.
pub(super) fn split_links(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut angle, mut quoted) = (0, false, false);
    for (i, b) in value.bytes().enumerate() {
        match b {
            b'<' if !quoted => angle = true,
            b'>' if !quoted => angle = false,
            b'"' if !angle => quoted = !quoted,
            b',' if !angle && !quoted => {
                out.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&value[start..]);
    out.into_iter().filter(|l| !l.trim().is_empty()).collect()
}

/// `content-disposition-syntax`: a disposition type token, then parameters
/// whose values are tokens or quoted strings; filename* is
/// `charset'language'percent-encoded` (RFC 6266 §4.1, RFC 8187 §3.2).
pub fn content_disposition_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Content-Disposition") {
        let mut parts = field.value.splitn(2, ';');
        let kind = parts.next().unwrap_or_default().trim();
        let mut problem =
            (!syntax::is_token(kind)).then(|| format!("\"{kind}\" is not a disposition type"));
        if problem.is_none() {
            if let Some(params) = parts.next() {
                problem = match syntax::directives(&params.replace(';', ",")) {
                    Err(why) => Some(why),
                    Ok(list) => list.iter().find_map(|p| {
                        let value = p.value.unwrap_or_default();
                        if p.name.eq_ignore_ascii_case("filename*") {
                            let ext = value.splitn(3, '\'').collect::<Vec<_>>();
                            let ok = ext.len() == 3 && !ext[0].is_empty() && !p.quoted;
                            (!ok).then(|| {
                                format!("filename*={value} is not charset'language'percent-encoded")
                            })
                        } else {
                            None
                        }
                    }),
                };
            }
        }
        if let Some(problem) = problem {
            out.push(
                rule.error("Content-Disposition", format!("Content-Disposition \"{}\": {problem}", field.value))
                    .fix("send 'Content-Disposition: attachment; filename=\"a b.pdf\"; filename*=UTF-8''a%20b.pdf'".into()),
            );
        }
    }
}

/// `content-range-206`: a 206's Content-Range names the range it holds;
/// `bytes */length` is only for 416.
pub fn content_range_206(rule: &'static Rule, r: &Response, out: &mut Findings) {
    if r.status != 206 {
        return;
    }
    for field in r.all("Content-Range") {
        if let Ok(ContentRange::Unsatisfied { .. }) = syntax::content_range(&field.value) {
            out.push(
                rule.error(
                    "Content-Range",
                    format!("a 206's Content-Range \"{}\" names no range; \"bytes */length\" is for 416", field.value),
                )
                .fix("send \"Content-Range: bytes <first>-<last>/<length>\"".into()),
            );
        }
    }
}

/// `accept-ranges-syntax`: `1#range-unit` tokens, or `none` (RFC 9110 §14.3).
pub fn accept_ranges_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Accept-Ranges") {
        let units: Vec<&str> = syntax::list(&field.value).collect();
        if units.is_empty() || units.iter().any(|u| !syntax::is_token(u)) {
            out.push(
                rule.error(
                    "Accept-Ranges",
                    format!(
                        "Accept-Ranges \"{}\" is not a list of range units",
                        field.value
                    ),
                )
                .fix("send \"Accept-Ranges: bytes\" (or \"none\")".into()),
            );
        }
    }
}

/// `content-language-syntax`: `1#language-tag`, each tag letters and digits
/// in subtags of 1 to 8 separated by hyphens, the first all letters (the
/// shape BCP 47 gives every tag; RFC 9110 §8.5).
pub fn content_language_syntax(rule: &'static Rule, r: &Response, out: &mut Findings) {
    let tag_ok = |tag: &str| {
        let mut subtags = tag.split('-');
        let first_ok = subtags.next().is_some_and(|s| {
            (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
        });
        first_ok
            && subtags
                .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    for field in r.all("Content-Language") {
        let tags: Vec<&str> = syntax::list(&field.value).collect();
        let bad: Vec<&&str> = tags.iter().filter(|t| !tag_ok(t)).collect();
        if tags.is_empty() || !bad.is_empty() {
            out.push(
                rule.error(
                    "Content-Language",
                    format!(
                        "Content-Language \"{}\" is not a list of language tags",
                        field.value
                    ),
                )
                .fix(
                    "send tags such as \"Content-Language: en-GB, fr\" (hyphens, not underscores)"
                        .into(),
                ),
            );
        }
    }
}
