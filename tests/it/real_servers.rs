//! `httpcode check` on what real servers send: a stock nginx and Python's
//! http.server, each started by the test on a free local port and captured by
//! real curl with its progress meter (no `-s`). Correct responses get no error
//! and no warning; nginx's 405 without Allow is still an error. `.ci/run`
//! installs nginx (nginx-light) and python3 when they are missing.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::check::{check, curl, findings, has};

/// A server process, stopped when the test ends.
struct Server {
    child: Child,
    base: String,
    dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free local port")
        .port()
}

/// Whether `program` can be run; in CI it must be (`.ci/run` installs it).
fn available(program: &str) -> bool {
    let found = Command::new(program)
        .arg(if program == "nginx" {
            "-v"
        } else {
            "--version"
        })
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "{program} is not installed (.ci/run installs it)"
    );
    if !found {
        eprintln!("skipped: {program} is not installed");
    }
    found
}

/// A folder of files to serve: a page and a text file.
fn site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("httpcode-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("html")).expect("a temporary folder");
    std::fs::write(
        dir.join("html/index.html"),
        "<!DOCTYPE html>\n<title>Test</title>\n<p>Hello.</p>\n",
    )
    .expect("index.html");
    std::fs::write(dir.join("html/notes.txt"), "plain text\n").expect("notes.txt");
    dir
}

/// Starts `command` and waits until it accepts connections on `port`.
fn start(mut command: Command, port: u16, dir: PathBuf) -> Server {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        dir,
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{:?} never listened", command);
        std::thread::sleep(Duration::from_millis(20));
    }
    server
}

/// nginx as installed, one process in the foreground, serving `site`.
fn nginx() -> Option<Server> {
    if !available("nginx") {
        return None;
    }
    let dir = site("nginx");
    let port = free_port();
    let mime_types = ["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .map(|p| format!("include {p};"))
        .unwrap_or_default();
    let d = dir.display();
    std::fs::create_dir_all(dir.join("logs")).expect("logs");
    std::fs::write(
        dir.join("nginx.conf"),
        format!(
            "daemon off;\nmaster_process off;\nerror_log {d}/logs/error.log;\npid {d}/logs/nginx.pid;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  access_log off;\n  {mime_types}\n\
               client_body_temp_path {d}/logs; proxy_temp_path {d}/logs; fastcgi_temp_path {d}/logs;\n\
               uwsgi_temp_path {d}/logs; scgi_temp_path {d}/logs;\n\
               server {{ listen 127.0.0.1:{port}; root {d}/html; }}\n}}\n"
        ),
    )
    .expect("nginx.conf");
    let mut command = Command::new("nginx");
    command
        .arg("-p")
        .arg(&dir)
        .arg("-c")
        .arg(dir.join("nginx.conf"));
    Some(start(command, port, dir))
}

/// Python's http.server serving `site`.
fn python() -> Option<Server> {
    if !available("python3") {
        return None;
    }
    let dir = site("python");
    let port = free_port();
    let mut command = Command::new("python3");
    command
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
        ])
        .arg("--directory")
        .arg(dir.join("html"));
    Some(start(command, port, dir))
}

/// Every response captured by `curl ARGS` checks with no error and no warning.
fn clean(server: &Server, args: &str) {
    let args = args.replace("BASE", &server.base);
    let (report, exit) = check(&curl(&args), &[]);
    assert_eq!(exit, 0, "curl {args}: {report}");
    let responses = report["responses"].as_array().expect("responses");
    assert!(!responses.is_empty(), "curl {args}: {report}");
    for i in 0..responses.len() {
        let serious: Vec<_> = findings(&report, i)
            .into_iter()
            .filter(|(level, _, _)| level == "error" || level == "warning")
            .collect();
        assert!(serious.is_empty(), "curl {args}: {serious:?}\n{report}");
    }
}

/// What every server answers: a page, a file, HEAD, curl -v, a 404.
const EVERYDAY: [&str; 5] = [
    "-i BASE/",
    "-i BASE/notes.txt",
    "-I BASE/index.html",
    "-v BASE/notes.txt",
    "-i BASE/missing",
];

#[test]
fn stock_nginx_is_clean_but_for_its_405_without_allow() {
    let Some(server) = nginx() else { return };
    for args in EVERYDAY.iter().copied().chain([
        "-i -H 'Range: bytes=0-3' BASE/notes.txt",
        "-i -H 'If-None-Match: *' BASE/notes.txt",
        "-i BASE/index.html BASE/notes.txt",
    ]) {
        clean(&server, args);
    }
    // nginx answers a POST to a static file with 405 and no Allow: a MUST
    // of RFC 9110 §15.5.6, the error check exists for.
    let (report, exit) = check(&curl(&format!("-i -X POST {}/notes.txt", server.base)), &[]);
    assert_eq!(exit, 1, "{report}");
    assert_eq!(report["responses"][0]["status"], 405, "{report}");
    assert!(
        has(&report, 0, "error", "header-required", Some("Allow")),
        "{report}"
    );
}

#[test]
fn python_http_server_is_clean() {
    let Some(server) = python() else { return };
    for args in EVERYDAY.iter().copied().chain([
        "-i -X POST BASE/notes.txt",
        "-i -H 'If-Modified-Since: Thu, 01 Jan 2099 00:00:00 GMT' BASE/notes.txt",
    ]) {
        clean(&server, args);
    }
}
