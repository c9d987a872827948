//! `httpcode decide`: real situations in words reach the code a careful reader
//! of the RFCs would pick; every question and result is reachable; no path is
//! too long; and the tree never contradicts a curated comparison.

use std::collections::{BTreeMap, BTreeSet};

use httpcode::data;
use httpcode::decide::{self, End};
use httpcode::model::{Leads, Question};

/// A situation, the answers a person in it would give, and the code it needs.
const SITUATIONS: &[(&str, &str, u16)] = &[
    (
        "a GET that returns the resource",
        "outcome=yes finished=yes created=no partial=no content=yes",
        200,
    ),
    (
        "a POST that creates an order",
        "outcome=yes finished=yes created=yes",
        201,
    ),
    (
        "a video export queued for a worker",
        "outcome=yes finished=no",
        202,
    ),
    (
        "a DELETE that succeeded, nothing to say",
        "outcome=yes finished=yes created=no partial=no content=no",
        204,
    ),
    (
        "a PUT that updated a document, no body back",
        "outcome=yes finished=yes created=no partial=no content=no",
        204,
    ),
    (
        "a download resumed with a Range header",
        "outcome=yes finished=yes created=no partial=yes",
        206,
    ),
    (
        "a conditional GET whose ETag still matches",
        "outcome=condition cache-check=yes",
        304,
    ),
    (
        "a PUT with a stale If-Match",
        "outcome=condition cache-check=no",
        412,
    ),
    (
        "a DELETE with If-Unmodified-Since in the past",
        "outcome=condition cache-check=no",
        412,
    ),
    (
        "the site moved to a new domain for good",
        "outcome=elsewhere moved=no permanent=yes keep-method-permanent=no",
        301,
    ),
    (
        "an API endpoint renamed for good, POSTs must keep working",
        "outcome=elsewhere moved=no permanent=yes keep-method-permanent=yes",
        308,
    ),
    (
        "a page served from a mirror during a migration",
        "outcome=elsewhere moved=no permanent=no keep-method-temporary=no",
        302,
    ),
    (
        "a form endpoint temporarily handled elsewhere, POST must stay POST",
        "outcome=elsewhere moved=no permanent=no keep-method-temporary=yes",
        307,
    ),
    (
        "after a form POST, send the browser to the receipt page",
        "outcome=elsewhere moved=yes",
        303,
    ),
    (
        "a JSON body that does not parse",
        "outcome=no side=client area=content syntax=no",
        400,
    ),
    (
        "a POST with a body but no Content-Length, to a server that needs one",
        "outcome=no side=client area=content syntax=no-length",
        411,
    ),
    (
        "plain HTTP to a WebSocket-only endpoint",
        "outcome=no side=client area=protocol",
        426,
    ),
    (
        "a JSON body that parses but fails validation",
        "outcome=no side=client area=content syntax=yes semantics=no",
        422,
    ),
    (
        "an expired session",
        "outcome=no side=client area=credentials credentials=yes who-asks=origin",
        401,
    ),
    (
        "no Authorization header on a private API",
        "outcome=no side=client area=credentials credentials=yes who-asks=origin",
        401,
    ),
    (
        "a corporate proxy wants the user to log in",
        "outcome=no side=client area=credentials credentials=yes who-asks=proxy",
        407,
    ),
    (
        "hotel Wi-Fi that wants the guest to accept its terms first",
        "outcome=no side=client area=credentials credentials=yes who-asks=network",
        511,
    ),
    (
        "a logged-in user opens the admin page",
        "outcome=no side=client area=credentials credentials=no permission=yes",
        403,
    ),
    (
        "another tenant's invoice, whose existence must not leak",
        "outcome=no side=client area=credentials credentials=no permission=no",
        404,
    ),
    (
        "a URL that never existed",
        "outcome=no side=client area=target legal=no gone=no",
        404,
    ),
    (
        "a promotion page deliberately taken down for good",
        "outcome=no side=client area=target legal=no gone=yes",
        410,
    ),
    (
        "content removed by court order",
        "outcome=no side=client area=target legal=yes",
        451,
    ),
    (
        "DELETE on a read-only resource",
        "outcome=no side=client area=method method-known=yes allowed=no",
        405,
    ),
    (
        "a PATCH to a server that implements PATCH nowhere",
        "outcome=no side=client area=method method-known=no",
        501,
    ),
    (
        "a made-up method FOO",
        "outcome=no side=client area=method method-known=no",
        501,
    ),
    (
        "a client asks for XML, the API only speaks JSON",
        "outcome=no side=client area=format format=response",
        406,
    ),
    (
        "a client uploads YAML to an endpoint that reads only JSON",
        "outcome=no side=client area=format format=request",
        415,
    ),
    (
        "a 2 GB upload to an endpoint that takes 10 MB",
        "outcome=no side=client area=size size=content",
        413,
    ),
    (
        "a GET with a 40 kB query string",
        "outcome=no side=client area=size size=uri",
        414,
    ),
    (
        "a cookie header grown past the server's limit",
        "outcome=no side=client area=size size=headers",
        431,
    ),
    (
        "a Range beyond the end of the file",
        "outcome=no side=client area=range",
        416,
    ),
    (
        "a rate-limited client",
        "outcome=no side=client area=rate",
        429,
    ),
    (
        "a client that opened the connection and sent half a request",
        "outcome=no side=client area=slow",
        408,
    ),
    (
        "creating a user whose e-mail is already taken",
        "outcome=no side=client area=state lost-update=no",
        409,
    ),
    (
        "a PUT without If-Match on a wiki that requires it",
        "outcome=no side=client area=state lost-update=yes",
        428,
    ),
    (
        "a null pointer in the handler",
        "outcome=no side=server server-trouble=no server-state=bug",
        500,
    ),
    (
        "the database is down for scheduled maintenance",
        "outcome=no side=server server-trouble=no server-state=overload",
        503,
    ),
    (
        "a search feature not built yet, for any resource",
        "outcome=no side=server server-trouble=no server-state=unsupported",
        501,
    ),
    (
        "an HTTP/0.9 request to a modern server",
        "outcome=no side=server server-trouble=no server-state=version",
        505,
    ),
    (
        "the upstream service timed out",
        "outcome=no side=server server-trouble=yes upstream=timeout",
        504,
    ),
    (
        "the upstream service returned garbage",
        "outcome=no side=server server-trouble=yes upstream=invalid",
        502,
    ),
    (
        "every backend behind the load balancer is down",
        "outcome=no side=server server-trouble=yes upstream=unavailable",
        503,
    ),
];

fn pairs(answers: &str) -> Vec<String> {
    answers.split_whitespace().map(str::to_string).collect()
}

#[test]
fn situations_reach_the_expected_code() {
    assert!(SITUATIONS.len() >= 30);
    for (situation, answers, expected) in SITUATIONS {
        let walk = decide::walk_pairs(&pairs(answers))
            .unwrap_or_else(|e| panic!("{situation}: {answers}: {e}"));
        match walk.end {
            End::Result(outcome) => {
                assert_eq!(outcome.code, *expected, "{situation}: {answers}")
            }
            End::Next(q) => panic!("{situation}: {answers} stops at {}", q.id),
        }
        // The same answers in question order, as stdin gives them.
        let ids: Vec<&str> = walk.steps.iter().map(|s| s.choice.id.as_ref()).collect();
        let again = decide::walk_sequence(&ids).expect("same path");
        assert!(matches!(again.end, End::Result(o) if o.code == *expected));
    }
}

/// Every path from the root: the questions and answers taken, and the code.
fn paths() -> Vec<(Vec<(&'static Question, &'static str)>, u16)> {
    fn walk(
        q: &'static Question,
        prefix: &mut Vec<(&'static Question, &'static str)>,
        out: &mut Vec<(Vec<(&'static Question, &'static str)>, u16)>,
    ) {
        for choice in q.answers.iter() {
            prefix.push((q, choice.id.as_ref()));
            match choice.leads() {
                Leads::Code(code) => out.push((prefix.clone(), code)),
                Leads::Question(id) => walk(decide::question(id).unwrap(), prefix, out),
            }
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    walk(decide::root(), &mut Vec::new(), &mut out);
    out
}

#[test]
fn every_question_and_result_is_reachable_and_no_path_is_long() {
    let tree = data::decision_tree();
    let all = paths();
    let asked: BTreeSet<&str> = all
        .iter()
        .flat_map(|(p, _)| p.iter().map(|(q, _)| q.id.as_ref()))
        .collect();
    for q in tree.questions.iter() {
        assert!(asked.contains(q.id.as_ref()), "{} is never asked", q.id);
    }
    let reached: BTreeSet<u16> = all.iter().map(|(_, code)| *code).collect();
    for outcome in tree.results.iter() {
        assert!(
            reached.contains(&outcome.code),
            "{} is never reached",
            outcome.code
        );
    }
    for (path, code) in &all {
        assert!(path.len() <= 7, "{code}: {} questions", path.len());
        assert!(
            data::code(*code).is_some_and(|c| c.official),
            "{code} is not registered"
        );
    }
}

#[test]
fn the_results_cover_the_codes_the_issue_lists() {
    let reached: BTreeSet<u16> = paths().iter().map(|(_, code)| *code).collect();
    for code in [
        200, 201, 202, 204, 206, 304, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 409,
        410, 412, 413, 414, 415, 416, 422, 428, 429, 431, 451, 500, 501, 502, 503, 504,
    ] {
        assert!(reached.contains(&code), "no path ends at {code}");
    }
}

#[test]
fn questions_ask_about_the_situation_not_about_codes() {
    for q in data::decision_tree().questions.iter() {
        let texts =
            std::iter::once(q.question.as_ref()).chain(q.answers.iter().map(|a| a.text.as_ref()));
        for text in texts {
            let names_code = text
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() == 3 && (b'1'..=b'5').contains(&n.as_bytes()[0]));
            assert!(!names_code, "{}: {text:?} names a status code", q.id);
        }
    }
}

/// For every curated group and every pair of its codes the tree can reach:
/// wherever the tree separates them, the separating question is tied to one
/// of the group's questions; and on every path to a code of the group, each
/// tied question's answer agrees with that code's row in the comparison.
#[test]
fn the_tree_agrees_with_the_curated_comparisons() {
    let all = paths();
    let mut checked = 0;
    for group in data::comparisons() {
        let cell = |code: u16, question: &str| -> Option<&str> {
            let column = group.questions.iter().position(|q| q == question)?;
            let row = group.rows.iter().find(|r| r.code == code)?;
            Some(row.answers[column].as_ref())
        };
        // Agreement on every path.
        for (path, code) in all.iter().filter(|(_, c)| group.codes.contains(c)) {
            for (q, answer) in path {
                for link in q.compares.iter().filter(|l| l.comparison == group.title) {
                    let Some(agree) = link.answers.iter().find(|a| a.answer == *answer) else {
                        continue;
                    };
                    let row = cell(*code, &link.question).expect("build.rs checks the question");
                    assert!(
                        agree.cells.iter().any(|c| c == row),
                        "{}: {}={answer} on the way to {code} says {:?}, but {:?} says {code}: {row:?} for {:?}",
                        group.title, q.id, agree.cells, group.title, link.question
                    );
                    checked += 1;
                }
            }
        }
        // Every separation of two codes of the group happens at a tied question.
        for (a, b) in group
            .codes
            .iter()
            .flat_map(|a| group.codes.iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| a < b)
        {
            for (pa, _) in all.iter().filter(|(_, c)| *c == a) {
                for (pb, _) in all.iter().filter(|(_, c)| *c == b) {
                    let split = pa
                        .iter()
                        .zip(pb.iter())
                        .find(|((qa, xa), (qb, xb))| qa.id != qb.id || xa != xb)
                        .map(|((q, _), _)| *q)
                        .expect("two paths to different codes part somewhere");
                    let tied = split.compares.iter().any(|l| {
                        l.comparison == group.title
                            && [pa, pb].iter().all(|p| {
                                let answer = p.iter().find(|(q, _)| q.id == split.id).unwrap().1;
                                l.answers.iter().any(|x| x.answer == answer)
                            })
                    });
                    assert!(
                        tied,
                        "{}: the tree separates {a} and {b} at {:?}, which is tied to none of its questions",
                        group.title, split.id
                    );
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} agreements checked");
}

#[test]
fn every_answer_id_is_offered_to_completion() {
    let mut cmd = httpcode::cli::command();
    // Subcommands' arguments are deferred until the command is built.
    cmd.build();
    let decide = cmd.find_subcommand("decide").expect("decide subcommand");
    let arg = decide
        .get_arguments()
        .find(|a| a.get_id() == "answers")
        .expect("answers argument");
    let offered: BTreeSet<String> = arg
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    let mut expected = BTreeMap::new();
    for q in data::decision_tree().questions.iter() {
        for a in q.answers.iter() {
            expected.insert(format!("{}={}", q.id, a.id), ());
        }
    }
    assert_eq!(offered, expected.into_keys().collect());
}

/// Every result, next question and the outline fit 80 and 60 columns, and no
/// citation is split across lines.
#[test]
fn every_view_fits_the_width_and_keeps_citations_whole() {
    use httpcode::render::{decide as view, Style};
    for width in [80, 60] {
        let style = Style {
            color: false,
            width,
            terminal: false,
        };
        let mut texts = vec![view::tree(&style)];
        for (path, _) in paths() {
            let pairs: Vec<String> = path.iter().map(|(q, a)| format!("{}={a}", q.id)).collect();
            for end in 0..=pairs.len() {
                let walk = decide::walk_pairs(&pairs[..end]).expect("a path of the tree");
                texts.push(view::walk(&walk, &style));
            }
        }
        for text in &texts {
            for line in text.lines() {
                assert!(
                    line.chars().count() < width,
                    "{width} columns: {line:?} is too long"
                );
                let words: Vec<&str> = line.split_whitespace().collect();
                let split = words.first().is_some_and(|w| w.starts_with('§'))
                    || words.last().is_some_and(|w| w.ends_with("RFC"))
                    || (words.len() >= 2
                        && words[words.len() - 2].ends_with("RFC")
                        && words[words.len() - 1].chars().all(|c| c.is_ascii_digit()));
                assert!(!split, "{width} columns: a citation is split at {line:?}");
            }
        }
    }
}
