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
            .position(|&c| !httpcode::data::code(c).unwrap().official)
            .unwrap_or(codes.len());
        for (&c, &at) in expected.iter().zip(&positions) {
            if httpcode::data::code(c).unwrap().official {
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
                    .any(|&c| httpcode::data::code(c).unwrap().official);
                assert!(first.official || !any_official, "{query:?}: {codes:?}");
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
