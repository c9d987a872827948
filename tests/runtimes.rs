//! The constants in `data/constants/` checked against the runtimes on this
//! machine: every `http.HTTPStatus` member (Python) and every `http.STATUS_CODES`
//! entry (Node.js) must match the dataset, both ways. When a runtime is missing,
//! the test says so on stderr and checks what it can without it.

use std::collections::BTreeMap;
use std::process::Command;

use httpcode::data;

/// Runs a script and parses "code<TAB>name" lines, or `None` if the runtime is absent.
fn ask(program: &str, args: &[&str]) -> Option<BTreeMap<u16, String>> {
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
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    Some(
        text.lines()
            .map(|line| {
                let (code, name) = line.split_once('\t').expect("code<TAB>name");
                (code.parse().expect("numeric code"), name.to_string())
            })
            .collect(),
    )
}

fn dataset(runtime: &str) -> BTreeMap<u16, String> {
    let entry = data::runtimes()
        .iter()
        .find(|r| r.runtime == runtime)
        .unwrap_or_else(|| panic!("data/constants/{runtime}.yaml is missing"));
    entry
        .codes
        .iter()
        .map(|(c, n)| (*c, n.to_string()))
        .collect()
}

#[test]
fn python_http_status_matches() {
    let script = "import http\nfor s in http.HTTPStatus: print(f'{s.value}\\tHTTPStatus.{s.name}')";
    let Some(python) = ask("python3", &["-c", script]) else {
        return;
    };
    assert_eq!(
        dataset("python"),
        python,
        "data/constants/python.yaml vs this machine's Python"
    );
}

#[test]
fn node_status_codes_match() {
    let script = "const c=require('http').STATUS_CODES;for(const k of Object.keys(c))console.log(k+'\\t'+c[k])";
    let Some(node) = ask("node", &["-e", script]) else {
        return;
    };
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
