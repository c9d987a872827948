//! Rules about what a Link says (RFC 8288): relation types from the IANA
//! Link Relations registry, and preload links browsers can act on. Whether a
//! Link parses at all is `link-syntax`, in `representation`.

use super::rule::{Findings, Rule};
use super::{Level, Response};

/// Every name in the IANA "Link Relation Types" registry (RFC 8288 §4.2),
/// as of the registry's update of 2026-06-12
/// (<https://www.iana.org/assignments/link-relations/>), lower case:
/// registered names compare case-insensitively (RFC 8288 §2.1.1). The
/// resource-hint and preload names of HTML (dns-prefetch, modulepreload,
/// preconnect, prefetch, preload, prerender) are registered there too.
const REGISTERED: &[&str] = &[
    "about",
    "acl",
    "alternate",
    "amphtml",
    "api-catalog",
    "appendix",
    "apple-touch-icon",
    "apple-touch-startup-image",
    "archives",
    "author",
    "blocked-by",
    "bookmark",
    "c2pa-manifest",
    "canonical",
    "chapter",
    "cite-as",
    "collection",
    "compression-dictionary",
    "contents",
    "convertedfrom",
    "copyright",
    "create-form",
    "current",
    "deprecation",
    "describedby",
    "describes",
    "disclosure",
    "dns-prefetch",
    "dpp",
    "duplicate",
    "edit",
    "edit-form",
    "edit-media",
    "enclosure",
    "external",
    "first",
    "geofeed",
    "glossary",
    "help",
    "hosts",
    "hub",
    "ice-server",
    "icon",
    "index",
    "intervalafter",
    "intervalbefore",
    "intervalcontains",
    "intervaldisjoint",
    "intervalduring",
    "intervalequals",
    "intervalfinishedby",
    "intervalfinishes",
    "intervalin",
    "intervalmeets",
    "intervalmetby",
    "intervaloverlappedby",
    "intervaloverlaps",
    "intervalstartedby",
    "intervalstarts",
    "item",
    "last",
    "latest-version",
    "license",
    "linkset",
    "lrdd",
    "manifest",
    "mask-icon",
    "me",
    "media-feed",
    "memento",
    "micropub",
    "modulepreload",
    "monitor",
    "monitor-group",
    "next",
    "next-archive",
    "nofollow",
    "noopener",
    "noreferrer",
    "opener",
    "openid2.local_id",
    "openid2.provider",
    "original",
    "p3pv1",
    "payment",
    "pingback",
    "preconnect",
    "predecessor-version",
    "prefetch",
    "preload",
    "prerender",
    "prev",
    "prev-archive",
    "preview",
    "previous",
    "privacy-policy",
    "profile",
    "publication",
    "rdap-active",
    "rdap-bottom",
    "rdap-down",
    "rdap-top",
    "rdap-up",
    "related",
    "replies",
    "restconf",
    "ruleinput",
    "search",
    "section",
    "self",
    "service",
    "service-desc",
    "service-doc",
    "service-meta",
    "sip-trunking-capability",
    "sponsored",
    "start",
    "status",
    "stylesheet",
    "subsection",
    "successor-version",
    "sunset",
    "tag",
    "terms-of-service",
    "timegate",
    "timemap",
    "type",
    "ugc",
    "up",
    "version-history",
    "via",
    "webmention",
    "working-copy",
    "working-copy-of",
];

/// The `as` values HTML preloads ("translate a preload destination"):
/// anything else, or none, and the browser fetches nothing.
const DESTINATIONS: &[&str] = &["fetch", "font", "image", "script", "style", "track"];

/// One link of a Link value: its target and its parameters, names
/// lower-cased and values unquoted.
struct Link<'a> {
    target: &'a str,
    params: Vec<(String, String)>,
}

/// The links of a Link value that parse (`link-syntax` reports the others).
fn links(value: &str) -> Vec<Link<'_>> {
    super::representation::split_links(value)
        .into_iter()
        .filter_map(|link| {
            let (target, params) = link.trim().strip_prefix('<')?.split_once('>')?;
            let params = params
                .split(';')
                .filter(|p| !p.trim().is_empty())
                .map(|p| {
                    let (name, value) = p.split_once('=').unwrap_or((p, ""));
                    let value = value.trim().trim_matches('"');
                    (name.trim().to_ascii_lowercase(), value.to_string())
                })
                .collect();
            Some(Link { target, params })
        })
        .collect()
}

/// `link-relation`: each relation type in rel is registered or a URI (an
/// extension type, RFC 8288 §2.1.2). An unregistered name is a note: the
/// links may be meant for one application that knows it.
pub fn link_relation(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Link") {
        for Link { target, params } in links(&field.value) {
            let Some((_, rel)) = params.iter().find(|(n, _)| n == "rel") else {
                continue;
            };
            for kind in rel.split_ascii_whitespace() {
                let known = REGISTERED.contains(&kind.to_ascii_lowercase().as_str())
                    || super::uri::reference(kind).is_ok_and(|u| u.absolute);
                if !known {
                    out.push(
                        rule.finding(
                            Level::Note,
                            format!(
                                "Link <{target}> has rel \"{kind}\", which is neither a registered \
                                 relation type nor a URI"
                            ),
                        )
                        .field("Link")
                        .fix("use a registered relation type, or a URI for your own".into()),
                    );
                }
            }
        }
    }
}

/// `link-preload`: a preload link names what it fetches with `as`, one of
/// the six destinations HTML preloads; without one browsers fetch nothing.
pub fn link_preload(rule: &'static Rule, r: &Response, out: &mut Findings) {
    for field in r.all("Link") {
        for Link { target, params } in links(&field.value) {
            let preload = params.iter().any(|(n, v)| {
                n == "rel"
                    && v.split_ascii_whitespace()
                        .any(|k| k.eq_ignore_ascii_case("preload"))
            });
            if !preload {
                continue;
            }
            let problem = match params.iter().find(|(n, _)| n == "as") {
                None => "has no as".to_string(),
                Some((_, kind)) if !DESTINATIONS.contains(&kind.to_ascii_lowercase().as_str()) => {
                    format!("has as={kind}, which browsers do not preload")
                }
                Some(_) => continue,
            };
            out.push(
                rule.finding(
                    Level::Warning,
                    format!("Link <{target}>; rel=preload {problem}: browsers do not preload it"),
                )
                .field("Link")
                .fix(format!("send \"Link: <{target}>; rel=preload; as=style\" (or script, font, image, fetch, track)")),
            );
        }
    }
}
