//! The constants in `data/constants/` checked against the runtimes on this
//! machine: Python's `http.HTTPStatus` by lookup, for the names the data says
//! exist in the Python that runs (so the check holds on 3.11 and on 3.13+),
//! and every `http.STATUS_CODES` entry (Node.js) both ways. When a runtime is
//! missing, the test says so on stderr and checks what it can without it.
//! `HTTPCODE_PYTHON=/path/to/python3.13` checks another interpreter.

use std::collections::BTreeMap;
use std::process::Command;

use httpcode::data::{self, ConstantName};
use httpcode::model::FormerStatus;

/// Runs a script and returns its stdout, or `None` if the runtime is absent.
fn run(program: &str, args: &[&str]) -> Option<String> {
    let out = match Command::new(program).args(args).output() {
        Ok(out) => out,
        Err(err) => {
            eprintln!(
                "SKIPPED: {program} is not installed here ({err}); its constants are not checked"
            );
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("UTF-8"))
}

fn entry(runtime: &str) -> &'static data::RuntimeEntry {
    data::runtimes()
        .iter()
        .find(|r| r.runtime == runtime)
        .unwrap_or_else(|| panic!("data/constants/{runtime}.yaml is missing"))
}

/// The current names of a runtime's data, by code.
fn dataset(runtime: &str) -> BTreeMap<u16, String> {
    entry(runtime)
        .codes
        .iter()
        .filter_map(|(c, n)| n.name.as_ref().map(|name| (*c, name.to_string())))
        .collect()
}

fn version(text: &str) -> Vec<u32> {
    text.split('.')
        .map(|p| p.parse().expect("a version"))
        .collect()
}

/// The names a Python of version `running` has for one code, by the data:
/// the current name once it exists, and earlier names that still resolve
/// (an alias existed before it became one).
fn names_in(
    record: &'static ConstantName,
    running: &[u32],
) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut present = Vec::new();
    let mut absent = Vec::new();
    if let Some(name) = record.name.as_deref() {
        match record.since.as_deref() {
            Some(since) if running < version(since).as_slice() => absent.push(name),
            _ => present.push(name),
        }
    }
    for former in record.formerly.iter() {
        match former.status {
            FormerStatus::Alias | FormerStatus::Deprecated => present.push(&former.name),
            FormerStatus::Removed if running >= version(&former.since).as_slice() => {
                absent.push(&former.name)
            }
            FormerStatus::Removed => present.push(&former.name),
        }
    }
    (present, absent)
}

#[test]
fn python_http_status_matches() {
    let python = std::env::var("HTTPCODE_PYTHON").unwrap_or_else(|_| "python3".into());
    // Every member name, aliases included: "name<TAB>value<TAB>canonical".
    let script = "import http, sys\n\
        print('%d.%d' % sys.version_info[:2])\n\
        for n, s in http.HTTPStatus.__members__.items(): print(f'{n}\\t{s.value}\\t{int(s.name == n)}')";
    let Some(out) = run(&python, &["-c", script]) else {
        return;
    };
    let mut lines = out.lines();
    let running = version(lines.next().expect("the version line"));
    let mut members: BTreeMap<String, u16> = BTreeMap::new();
    let mut canonical: BTreeMap<u16, String> = BTreeMap::new();
    for line in lines {
        let parts: Vec<&str> = line.split('\t').collect();
        let value: u16 = parts[1].parse().expect("numeric code");
        let name = format!("HTTPStatus.{}", parts[0]);
        if parts[2] == "1" {
            canonical.insert(value, name.clone());
        }
        members.insert(name, value);
    }
    let python = entry("python");
    // Lookup: each name the data gives resolves to its code on this Python,
    // and a name the data dates later (or removed) does not exist here.
    for (code, record) in python.codes.iter() {
        let (present, absent) = names_in(record, &running);
        for name in present {
            assert_eq!(
                members.get(name),
                Some(code),
                "{name} on Python {running:?}"
            );
        }
        for name in absent {
            assert!(
                !members.contains_key(name),
                "{name} exists on Python {running:?}, but the data dates it later"
            );
        }
    }
    // Coverage: every member Python lists is in the data, under its current
    // name once this Python has it, else under the name that preceded it.
    for (value, name) in &canonical {
        let record = python
            .record(*value)
            .unwrap_or_else(|| panic!("{value} {name} is missing from python.yaml"));
        let (present, _) = names_in(record, &running);
        assert!(
            present.contains(&name.as_str()),
            "{value}: Python {running:?} calls it {name}, the data has {present:?}"
        );
    }
    assert_eq!(
        canonical.len(),
        python.codes.len(),
        "python.yaml has codes this Python does not"
    );
}

#[test]
fn node_status_codes_match() {
    let script = "const c=require('http').STATUS_CODES;for(const k of Object.keys(c))console.log(k+'\\t'+c[k])";
    let Some(out) = run("node", &["-e", script]) else {
        return;
    };
    let node: BTreeMap<u16, String> = out
        .lines()
        .map(|line| {
            let (code, name) = line.split_once('\t').expect("code<TAB>name");
            (code.parse().expect("numeric code"), name.to_string())
        })
        .collect();
    assert_eq!(
        dataset("node"),
        node,
        "data/constants/node.yaml vs this machine's Node.js"
    );
}

#[test]
fn every_lang_flag_has_a_data_file() {
    use clap::ValueEnum;
    for lang in httpcode::cli::Lang::value_variants() {
        assert!(
            !dataset(lang.key()).is_empty(),
            "--lang {} has no constants",
            lang.key()
        );
    }
}

#[test]
fn known_names_from_each_runtime() {
    for (runtime, code, name) in [
        ("go", 501, "http.StatusNotImplemented"),
        ("go", 418, "http.StatusTeapot"),
        ("rust", 413, "StatusCode::PAYLOAD_TOO_LARGE"),
        ("java", 405, "HttpURLConnection.HTTP_BAD_METHOD"),
        ("spring", 501, "HttpStatus.NOT_IMPLEMENTED"),
        ("dotnet", 501, "HttpStatusCode.NotImplemented"),
        ("rack", 501, ":not_implemented"),
        ("symfony", 501, "Response::HTTP_NOT_IMPLEMENTED"),
    ] {
        assert_eq!(
            dataset(runtime).get(&code).map(String::as_str),
            Some(name),
            "{runtime} {code}"
        );
    }
}
