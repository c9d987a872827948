//! What a word search answers for queries people type: a single card only when
//! one code is clearly the answer, otherwise a table with registered codes
//! first; a vendor's phrase never hides the codes the RFCs define.

use std::process::Command;

/// What the binary showed: `Card(code)`, `Table(codes in order)`, a header
/// `Field(name)`, or `None`.
#[derive(Debug, PartialEq)]
enum Shown {
    Card(u16),
    Field(String),
    Table(Vec<u16>),
    None,
}

fn search(query: &str) -> Shown {
    let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .arg(query)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    if out.status.code() == Some(1) {
        assert_eq!(text, "", "{query}: nothing on stdout when nothing matches");
        return Shown::None;
    }
    assert_eq!(out.status.code(), Some(0), "{query}");
    if text.starts_with("| Code") {
        let codes = text
            .lines()
            .skip(2)
            .map(|l| l.trim_start_matches('|').trim_start()[..3].parse().unwrap())
            .collect();
        return Shown::Table(codes);
    }
    match text[..3].parse() {
        Ok(code) => Shown::Card(code),
        Err(_) => Shown::Field(text.lines().next().unwrap_or_default().to_string()),
    }
}

/// Query → the card it opens.
const CARDS: &[(&str, u16)] = &[
    ("not found", 404),
    ("forbidden", 403),
    ("too many requests", 429),
    ("conflict", 409),
    ("teapot", 418),
    ("payload too large", 413), // RFC 7231's name for 413, renamed by RFC 9110
    ("request entity too large", 413),
    ("unauthorized", 401),
    ("not modified", 304),
    ("cache", 304),
    ("legal", 451),
    ("expectation", 417),
    ("length required", 411),
    ("media type", 415),
    ("locked", 423),
    ("loop", 508),
    ("insufficient storage", 507),
    ("early hints", 103),
    ("created", 201),
    ("method not allowed", 405),
    ("not allowed", 405),
    ("gone", 410),
    ("client closed request", 499), // nginx's own phrase: exact, so a card
    ("this is fine", 218),
];

/// Query → codes that must all be in the table, in this order among themselves.
const TABLES: &[(&str, &[u16])] = &[
    ("timeout", &[408, 504]),
    ("redirect", &[307, 308]),
    ("unavailable", &[451, 503]),
    ("gateway", &[502, 504]),
    ("moved", &[301, 302]),
    ("precondition", &[412, 428]),
    ("entity", &[413, 422]),
    ("webdav", &[102, 207, 208, 423, 508]),
    ("too large", &[413, 414, 431]),
    ("cloudflare", &[520, 521, 522, 523, 524, 525, 526, 530]),
    ("nginx", &[444, 494, 495, 496, 497, 499]),
];

#[test]
fn clear_answers_open_the_card() {
    for &(query, code) in CARDS {
        assert_eq!(search(query), Shown::Card(code), "{query:?}");
    }
}

#[test]
fn broad_words_give_a_table_with_registered_codes_first() {
    for &(query, expected) in TABLES {
        let Shown::Table(codes) = search(query) else {
            panic!("{query:?} should give a table, got {:?}", search(query));
        };
        let positions: Vec<usize> = expected
            .iter()
            .map(|c| {
                codes
                    .iter()
                    .position(|x| x == c)
                    .unwrap_or_else(|| panic!("{query:?}: {c} missing from {codes:?}"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{query:?}: {codes:?}"
        );
        // The registered codes expected come before every unofficial one (a
        // registered code that only mentions the words in its causes may
        // follow a vendor's code: causes are the weakest match).
        let first_unofficial = codes
            .iter()
            .position(|&c| !httpcode::data::code(c).unwrap().official())
            .unwrap_or(codes.len());
        for (&c, &at) in expected.iter().zip(&positions) {
            if httpcode::data::code(c).unwrap().official() {
                assert!(
                    at < first_unofficial,
                    "{query:?}: {c} after a vendor's code: {codes:?}"
                );
            }
        }
    }
}

/// A vendor's phrase (IIS's 451 "Redirect", Twitter's 420) never opens a card
/// for a word the registered codes answer, or for a word only a vendor matches,
/// and never comes first where a registered code's name, synonyms or summary
/// hold the word. ("spring" and "framework" name only a vendor: registered
/// codes that mention a framework in their causes rank below it.)
#[test]
fn vendor_phrases_never_win_alone() {
    for query in ["spring", "framework"] {
        assert!(!matches!(search(query), Shown::Card(_)), "{query:?}");
    }
    for query in ["redirect", "webdav", "api"] {
        match search(query) {
            Shown::Card(code) => panic!("{query:?} opened the card of {code}"),
            Shown::Table(codes) => {
                let first = httpcode::data::code(codes[0]).unwrap();
                let any_official = codes
                    .iter()
                    .any(|&c| httpcode::data::code(c).unwrap().official());
                assert!(first.official() || !any_official, "{query:?}: {codes:?}");
            }
            Shown::None | Shown::Field(_) => {}
        }
    }
}

/// A query that is exactly a header field name, in any case, shows the field,
/// even where a word search would have found codes ("upgrade": 426, "range":
/// 206 and 416, "server": the 5xx codes). Words around it make it a search again.
#[test]
fn a_field_name_shows_the_field_not_a_search() {
    let fields = [
        ("retry-after", "Retry-After"),
        ("Retry-After", "Retry-After"),
        ("upgrade", "Upgrade"),
        ("ETAG", "ETag"),
        ("www-authenticate", "WWW-Authenticate"),
        ("range", "Range"),
        ("server", "Server"),
        ("expect", "Expect"),
    ];
    for (query, name) in fields {
        assert_eq!(search(query), Shown::Field(name.into()), "{query:?}");
    }
    assert_eq!(search("upgrade required"), Shown::Card(426));
    assert_eq!(search("range not"), Shown::Card(416));
    assert_eq!(search("server error"), Shown::Card(500));
}

/// The codes of a search's JSON answer, best first (a list, even of one).
fn hits(words: &str) -> Vec<u16> {
    let (code, stdout, stderr) = crate::common::run(&[words, "--json"]);
    assert_eq!(code, 0, "{words:?}: {stderr}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{words:?}: {e}"));
    let list = json
        .as_array()
        .map_or_else(|| vec![json.clone()], Clone::clone);
    list.iter()
        .map(|c| {
            c["code"]
                .as_u64()
                .and_then(|n| u16::try_from(n).ok())
                .unwrap()
        })
        .collect()
}

/// Words people type → a code that must be in the first two hits. Most are
/// the curated synonyms reaching their code; the rest are inflections the
/// stemmer joins and phrasings with filler around them.
const WORDS: &[(&str, u16)] = &[
    ("temporary", 302),
    ("temporary", 307),
    ("rate limited", 429),
    ("rate limit", 429),
    ("rate-limited", 429),
    ("throttled", 429),
    ("throttling", 429),
    ("quota exceeded", 429),
    ("permission denied", 403),
    ("access denied", 403),
    ("validation error", 422),
    ("validation error", 400),
    ("invalid input", 422),
    ("duplicate", 409),
    ("already exists", 409),
    ("record already exists", 409),
    ("websocket", 101),
    ("websocket", 426),
    ("too big", 413),
    ("file too large", 413),
    ("upload too big", 413),
    ("url too long", 414),
    ("cookie too large", 431),
    ("sign in", 401),
    ("unauthenticated", 401),
    ("not logged in", 401),
    ("jwt expired", 401),
    ("timed out", 408),
    ("timed out", 504),
    ("upstream timed out", 504),
    ("overloaded", 503),
    ("maintenance", 503),
    ("server is down", 503),
    ("try again later", 503),
    ("wrong content type", 415),
    ("wrong method", 405),
    ("deleted", 410),
    ("crash", 500),
    ("bad json", 400),
    ("connection refused", 502),
    ("disk full", 507),
    ("captive portal", 511),
    ("client disconnected", 499),
    ("empty reply from server", 520),
    ("timeout error", 408),
    ("ssl error", 495),
    ("what is the code for a duplicate", 409),
];

/// Words that must put this code first.
const FIRST: &[(&str, u16)] = &[("throttle", 429), ("login", 401), ("overloaded", 503)];

/// A word that names a family → the whole family in the first eight hits,
/// and a member of it first.
const FAMILIES: &[(&str, &[u16])] = &[
    ("redirect", &[301, 302, 303, 307, 308]),
    ("redirects", &[301, 302, 303, 307, 308]),
    ("redirected", &[301, 302, 303, 307, 308]),
    ("redirection", &[301, 302, 303, 307, 308]),
    ("moved", &[301, 302, 307, 308]),
    ("timeout", &[408, 504, 522, 524]),
    ("timed out", &[408, 504, 522, 524]),
    ("auth", &[401, 407, 511]),
    ("too large", &[413, 414, 431]),
];

#[test]
fn words_find_their_code_in_the_first_two_hits() {
    for &(words, code) in WORDS {
        let got = hits(words);
        assert!(
            got.iter().take(2).any(|&c| c == code),
            "{words:?}: {code} not in {got:?}"
        );
    }
    for &(words, code) in FIRST {
        assert_eq!(hits(words).first(), Some(&code), "{words:?}");
    }
}

#[test]
fn a_family_word_shows_the_whole_family_first() {
    for &(words, family) in FAMILIES {
        let got = hits(words);
        let first_eight = &got[..got.len().min(8)];
        for code in family {
            assert!(
                first_eight.contains(code),
                "{words:?}: {code} not in {got:?}"
            );
        }
        assert!(
            family.contains(&got[0]),
            "{words:?}: {} first in {got:?}",
            got[0]
        );
    }
    // The report: IIS's 451 "Redirect" no longer leads.
    assert_ne!(hits("redirect")[0], 451);
}

/// A word no code's text has alongside the others does not sink the whole
/// search: the best search without it (or two such words) answers, and stderr
/// says which words were left out.
#[test]
fn a_word_that_matches_nothing_is_left_out_and_said() {
    for (words, code, left_out) in [
        ("endpoint not found", 404, "\"endpoint\""),
        ("retry later", 503, "\"retry\""),
        ("zzz not found", 404, "\"zzz\""),
    ] {
        assert_eq!(hits(words).first(), Some(&code), "{words:?}");
        let (status, _, stderr) = crate::common::run(&[words]);
        assert_eq!(status, 0, "{words:?}");
        assert_eq!(
            stderr,
            format!("httpcode: no code matches every word; searched without {left_out}\n"),
            "{words:?}"
        );
    }
    // A typo of a name is still answered by "did you mean", and words that
    // find nothing even alone are still "no match".
    let (status, _, stderr) = crate::common::run(&["Not Implimented"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("did you mean 501 Not Implemented?"),
        "{stderr}"
    );
    let (status, _, stderr) = crate::common::run(&["zzz qqq"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("no status code matches \"zzz qqq\""),
        "{stderr}"
    );
}
