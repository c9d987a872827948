//! JSON for scripts: every shape httpcode prints with `--json`, in one place,
//! because each is a documented contract (README, "JSON output"). A code's
//! record is in `code.rs`, which build.rs also compiles, to write each code's
//! JSON ahead of time for the lists.

mod code;
pub use code::{CodeJson, ConstantJson};

use serde::Serialize;

use crate::check::{Finding, Level, Origin, Report, Skipped};
use crate::data;
use crate::decide::{End, Walk};
use crate::model::{
    Comparison, Deprecation, Direction, Family, Form, HeaderField, Leads, Member, Method,
    MethodStatus, NoResponse, Outcome, Question, RequestContent, Requirement, Retry, Spec, Text,
};
use crate::printout::Printout;
use crate::render::check::Shown;
use crate::render::compare::Entry;
use crate::render::header::Use;

/// `compare --json`: the curated group (or none) and one row per code.
#[derive(Serialize)]
pub struct CompareJson<'a> {
    pub codes: Vec<u16>,
    pub curated: bool,
    pub title: Option<&'a str>,
    pub distinction: Option<&'a str>,
    pub sources: &'a [Text],
    pub questions: &'a [Text],
    pub rows: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
pub struct RowJson<'a> {
    pub code: u16,
    pub name: &'a str,
    pub requested: bool,
    pub answers: &'a [Text],
    pub problem: Option<&'a str>,
    pub send: Option<&'a str>,
    pub next: Option<&'a str>,
    pub category: &'static str,
    pub cacheable: bool,
    pub retry: &'a Retry,
}

impl<'a> CompareJson<'a> {
    pub fn new(group: Option<&'a Comparison>, entries: &'a [Entry<'a>]) -> Self {
        CompareJson {
            codes: entries
                .iter()
                .filter(|e| e.requested)
                .map(|e| e.code.code)
                .collect(),
            curated: group.is_some(),
            title: group.map(|g| g.title.as_ref()),
            distinction: group.map(|g| g.distinction.as_ref()),
            sources: group.map_or(&[], |g| &g.sources),
            questions: group.map_or(&[], |g| &g.questions),
            rows: entries
                .iter()
                .map(|e| RowJson {
                    code: e.code.code,
                    name: &e.code.name,
                    requested: e.requested,
                    answers: e.row.map_or(&[], |r| &r.answers),
                    problem: e.row.map(|r| r.problem.as_ref()),
                    send: e.row.map(|r| r.send.as_ref()),
                    next: e.row.map(|r| r.next.as_ref()),
                    category: e.code.class().name(),
                    cacheable: e.code.caching.heuristic,
                    retry: &e.code.retry,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct ErrorJson<'a> {
    pub code: u16,
    pub name: Option<&'static str>,
    pub meaning: &'a str,
    pub source: &'a str,
}

/// A method object for `--json`; flags are null for an unknown extension method.
#[derive(Serialize)]
pub struct MethodJson<'a> {
    pub method: &'a str,
    pub registered: bool,
    pub status: Option<MethodStatus>,
    pub safe: Option<bool>,
    pub idempotent: Option<bool>,
    pub cacheable: Option<bool>,
    pub request_content: Option<RequestContent>,
    pub family: Option<Family>,
    pub spec: Option<&'a Spec>,
    pub summary: &'a str,
    pub description: Option<&'a str>,
    pub success: &'a [u16],
    pub errors: Vec<ErrorJson<'a>>,
    /// The registered method this name differs from only by letter case.
    pub case_of: Option<&'a str>,
    pub suggestions: &'a [&'a str],
}

impl<'a> MethodJson<'a> {
    pub fn known(method: &'a Method) -> Self {
        MethodJson {
            method: &method.method,
            registered: method.registered,
            status: Some(method.status),
            safe: Some(method.safe),
            idempotent: Some(method.idempotent),
            cacheable: Some(method.cacheable),
            request_content: Some(method.request_content),
            family: Some(method.family),
            spec: Some(&method.spec),
            summary: &method.summary,
            description: Some(&method.description),
            success: &method.success,
            errors: method
                .errors
                .iter()
                .map(|e| ErrorJson {
                    code: e.code,
                    name: data::code_name(e.code),
                    meaning: &e.meaning,
                    source: &e.source,
                })
                .collect(),
            case_of: None,
            suggestions: &[],
        }
    }

    /// `case_of` is the registered method this name matches but for letter case.
    pub fn extension(name: &'a str, suggestions: &'a [&'a str], case_of: Option<&'a str>) -> Self {
        MethodJson {
            method: name,
            registered: false,
            status: None,
            safe: None,
            idempotent: None,
            cacheable: None,
            request_content: None,
            family: None,
            spec: None,
            summary: "Extension method: not in the IANA registry; a server that does not \
                      recognise it answers 501",
            description: None,
            success: &[],
            errors: vec![ErrorJson {
                code: 501,
                name: Some("Not Implemented"),
                meaning: "The server does not recognise or implement the method",
                source: "RFC 9110 §9.1",
            }],
            case_of,
            suggestions,
        }
    }
}

/// `httpcode 000 --json`: a number that is not a status code.
#[derive(Serialize)]
pub struct NoResponseJson<'a> {
    pub number: &'a str,
    /// Always false: no HTTP response arrived.
    pub status_code: bool,
    pub title: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub causes: &'a [Text],
    pub check: &'a [Text],
    pub sources: &'a [Text],
}

impl<'a> NoResponseJson<'a> {
    pub fn new(record: &'a NoResponse) -> Self {
        NoResponseJson {
            number: &record.number,
            status_code: false,
            title: &record.title,
            summary: &record.summary,
            description: &record.description,
            causes: &record.causes,
            check: &record.check,
            sources: &record.sources,
        }
    }
}

/// `header FIELD --json`, and each element of `header --json`.
#[derive(Serialize)]
pub struct HeaderJson<'a> {
    pub name: &'a str,
    pub spec: &'a Spec,
    pub direction: Direction,
    pub summary: &'a str,
    pub syntax: &'a str,
    pub example: Option<&'a str>,
    pub form: Option<Form>,
    /// For a structured field: the RFC 9651 type every member has.
    pub members: Option<Member>,
    pub deprecated: Option<&'a Deprecation>,
    pub sources: &'a [Text],
    pub codes: Vec<HeaderUseJson<'a>>,
    /// The `check` rules that read the field.
    pub checks: Vec<RuleJson>,
}

/// A `check` rule: its name, levels, section and what it reports.
#[derive(Serialize)]
pub struct RuleJson {
    pub rule: &'static str,
    pub levels: &'static [Level],
    pub source: &'static str,
    pub summary: &'static str,
}

/// A code whose record names the field, with the requirement it states.
#[derive(Serialize)]
pub struct HeaderUseJson<'a> {
    pub code: u16,
    pub name: &'a str,
    pub official: bool,
    pub requirement: Requirement,
    pub note: &'a str,
    pub source: &'a str,
}

impl<'a> HeaderJson<'a> {
    pub fn new(field: &'a HeaderField, uses: &[Use]) -> Self {
        HeaderJson {
            name: &field.name,
            spec: &field.spec,
            direction: field.direction,
            summary: &field.summary,
            syntax: &field.syntax,
            example: field.example.as_deref(),
            form: field.form,
            members: field.members,
            deprecated: field.deprecated.as_ref(),
            sources: &field.sources,
            checks: crate::check::rules::for_field(&field.name)
                .map(|r| RuleJson {
                    rule: r.name,
                    levels: r.levels,
                    source: r.source,
                    summary: r.summary,
                })
                .collect(),
            codes: uses
                .iter()
                .map(|(code, header)| HeaderUseJson {
                    code: code.code,
                    name: &code.name,
                    official: code.official(),
                    requirement: header.requirement,
                    note: &header.note,
                    source: &header.source,
                })
                .collect(),
        }
    }
}

/// `check --json`: one object per response, the HAR entries skipped, then
/// the totals (of every finding, shown or not).
#[derive(Serialize)]
pub struct CheckJson<'a> {
    pub responses: Vec<CheckedJson<'a>>,
    pub skipped: &'a [Skipped],
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

/// One response: where it is in the input (`line` of its status line, or
/// HAR `entry`, and the request's `url` when known; `null` otherwise), its
/// status line, the method if known, and what was found at the levels shown
/// (each finding: `level`, `rule`, `field`, `message`, `source`, `fix`).
#[derive(Serialize)]
pub struct CheckedJson<'a> {
    pub line: Option<usize>,
    pub entry: Option<usize>,
    pub url: Option<&'a str>,
    pub status: u16,
    pub version: &'a str,
    pub reason: Option<&'a str>,
    pub method: Option<&'a str>,
    pub findings: Vec<&'a Finding>,
}

impl<'a> CheckJson<'a> {
    pub fn new(report: &'a Report, shown: &Shown) -> Self {
        CheckJson {
            responses: report
                .responses
                .iter()
                .map(|c| {
                    let r = &c.response;
                    let (line, entry) = match r.origin {
                        Origin::Line(n) => (Some(n), None),
                        Origin::Entry(n) => (None, Some(n)),
                    };
                    CheckedJson {
                        line,
                        entry,
                        url: r.url.as_deref(),
                        status: r.status,
                        version: &r.version,
                        reason: r.reason.as_deref(),
                        method: r.method.as_deref(),
                        findings: if shown.quiet {
                            Vec::new()
                        } else {
                            c.findings
                                .iter()
                                .filter(|f| f.level <= shown.min_level)
                                .collect()
                        },
                    }
                })
                .collect(),
            skipped: &report.skipped,
            errors: report.count(Level::Error),
            warnings: report.count(Level::Warning),
            notes: report.count(Level::Note),
        }
    }
}

/// `{"error": {"message", "hint", "exit"}}`: a failure, for scripts that ask
/// for JSON; the same text also goes to stderr.
#[derive(Serialize)]
pub struct FailureJson<'a> {
    pub error: FailureBody<'a>,
}

#[derive(Serialize)]
pub struct FailureBody<'a> {
    pub message: &'a str,
    pub hint: Option<&'a str>,
    pub exit: u8,
}

/// A pretty JSON list of items already written as JSON, each as it stands in
/// such a list (`data::code_json`), and a trailing newline: what
/// `to_string` would make of the records, in pieces.
pub fn list_of_items(items: impl Iterator<Item = &'static str>) -> Printout {
    let mut out = Printout::default();
    out.push("[");
    let mut empty = true;
    for item in items {
        out.push(if empty { "\n  " } else { ",\n  " });
        out.push(item);
        empty = false;
    }
    out.push(if empty { "]\n" } else { "\n]\n" });
    out
}

/// Pretty JSON with a trailing newline.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value)
        .expect("these shapes have only string keys and no fallible Serialize impls");
    text.push('\n');
    text
}

/// `decide --json`: the answers taken, then the result or the next question
/// (exactly one of the two is null).
#[derive(Serialize)]
pub struct DecideJson {
    pub path: Vec<DecideStepJson>,
    pub result: Option<DecideResultJson>,
    pub next: Option<DecideQuestionJson>,
}

#[derive(Serialize)]
pub struct DecideStepJson {
    pub id: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
}

#[derive(Serialize)]
pub struct DecideResultJson {
    pub code: u16,
    pub name: &'static str,
    /// One line per thing to send: header fields first, then the rest.
    pub send: Vec<String>,
    pub close_calls: Vec<CloseCallJson>,
}

#[derive(Serialize)]
pub struct CloseCallJson {
    pub code: u16,
    pub name: &'static str,
    pub when: &'static str,
    /// The curated comparison that separates the two codes, or null when none
    /// holds both.
    pub comparison: Option<&'static str>,
}

/// A question, as `next` and as each node of `decide --tree --json`.
#[derive(Serialize)]
pub struct DecideQuestionJson {
    pub id: &'static str,
    pub question: &'static str,
    pub why: &'static str,
    pub source: &'static str,
    pub answers: Vec<DecideAnswerJson>,
}

#[derive(Serialize)]
pub struct DecideAnswerJson {
    pub id: &'static str,
    pub text: &'static str,
    pub leads_to: LeadsTo,
}

/// A question id (string) or a status code (number).
#[derive(Serialize)]
#[serde(untagged)]
pub enum LeadsTo {
    Question(&'static str),
    Code(u16),
}

impl DecideJson {
    pub fn new(walk: &Walk) -> Self {
        DecideJson {
            path: walk
                .steps
                .iter()
                .map(|s| DecideStepJson {
                    id: &s.question.id,
                    question: &s.question.question,
                    answer: &s.choice.id,
                })
                .collect(),
            result: match walk.end {
                End::Result(outcome) => Some(DecideResultJson::new(outcome)),
                End::Next(_) => None,
            },
            next: match walk.end {
                End::Next(question) => Some(DecideQuestionJson::new(question)),
                End::Result(_) => None,
            },
        }
    }
}

impl DecideResultJson {
    pub fn new(outcome: &'static Outcome) -> Self {
        DecideResultJson {
            code: outcome.code,
            name: data::code_name(outcome.code)
                .expect("build.rs checks that every result code exists"),
            send: crate::decide::send_lines(outcome),
            close_calls: crate::decide::close_calls(outcome)
                .into_iter()
                .map(|c| CloseCallJson {
                    code: c.call.code,
                    name: data::code_name(c.call.code)
                        .expect("build.rs checks that every close call's code exists"),
                    when: &c.call.when,
                    comparison: c.comparison.map(|g| g.title.as_ref()),
                })
                .collect(),
        }
    }
}

impl DecideQuestionJson {
    pub fn new(question: &'static Question) -> Self {
        DecideQuestionJson {
            id: &question.id,
            question: &question.question,
            why: &question.why,
            source: &question.source,
            answers: question
                .answers
                .iter()
                .map(|a| DecideAnswerJson {
                    id: &a.id,
                    text: &a.text,
                    leads_to: match &a.leads {
                        Leads::Question(id) => LeadsTo::Question(id),
                        Leads::Code(code) => LeadsTo::Code(*code),
                    },
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{list_of_items, to_string, CodeJson};
    use crate::data;
    use crate::model::RuntimeEntry;
    use crate::query;

    /// What build.rs wrote for every code, joined as `list --json` joins it,
    /// is what serde_json writes for the records now.
    #[test]
    fn the_json_written_at_build_time_is_the_records() {
        let runtimes: Vec<&RuntimeEntry> = data::runtimes().iter().collect();
        let records: Vec<CodeJson> = data::codes()
            .iter()
            .map(|c| CodeJson::new(c, &runtimes, &query::comparisons_with(c.code)))
            .collect();
        let items = data::codes()
            .iter()
            .map(|c| data::code_json(c.code).expect("every code has its JSON"));
        let joined = |text: crate::printout::Printout| text.pieces().collect::<String>();
        assert!(joined(list_of_items(items)) == to_string(&records));
        let none: [u8; 0] = [];
        assert_eq!(joined(list_of_items(std::iter::empty())), to_string(&none));
    }
}
