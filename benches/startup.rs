//! Whole-process timings: each command against a do-nothing process (`true`), so
//! the figure that matters, the cost on top of starting a process, is visible.
//! Runs are interleaved (one of each command per round), so a slow moment of the
//! machine touches every command alike. Also prints each command's peak RSS and
//! the release binary's size.
//!
//! Peak RSS is reported as the median and the maximum over rounds of its own,
//! whose processes are started by fork (see `Spawn`). It varies from run to
//! run: a page of a file-backed mapping brings in the 64 KiB around it (the
//! kernel's fault-around), and where address-space randomisation puts the
//! binary and libc decides which windows a run touches.
//! It also depends on which pages of the binary are in the page cache, so on
//! Linux the bench first drops the binaries' cached pages (as after a reboot,
//! or a while after install); the warm-up runs then read them from disk.
//!
//! Two builds are measured: the default release build (what `cargo install`
//! gives: glibc linked dynamically) and, on a `*-linux-gnu` host, the same code
//! linked statically (`-C target-feature=+crt-static`), as the release archive
//! and the .deb are built. Most of a dynamic Rust binary's start-up over `true`
//! is the dynamic loader and its page faults, not httpcode's own work.
//!
//! Run with `cargo bench --bench startup` (builds both binaries first).
//! Set `HTTPCODE_BENCH_RUNS` to change the number of rounds (default 101).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Case {
    label: String,
    program: String,
    args: &'static [&'static str],
    /// A file to read as standard input (`httpcode check < response`).
    stdin: Option<PathBuf>,
    samples: Vec<Duration>,
    /// Peak RSS of each run, in KiB.
    rss: Vec<i64>,
}

/// How a run starts its process.
#[derive(Clone, Copy, PartialEq)]
enum Spawn {
    /// As std does by default (posix_spawn, which shares the bench's memory
    /// until exec): the cheapest start, for timings.
    Timed,
    /// By fork, for peak RSS. A process's peak RSS includes what it held
    /// before exec: after posix_spawn that is all of the bench's memory (about
    /// 2 MB, more than a static httpcode needs), after fork only the bench's
    /// own writable pages (about 1 MB, what `true` shows).
    Measured,
}

/// Runs the command once; returns the wall time and the peak RSS in KiB.
// The child is reaped by wait4 (which also reports its peak RSS), not Child::wait.
#[allow(clippy::zombie_processes)]
fn run_once(program: &str, args: &[&str], stdin: Option<&Path>, spawn: Spawn) -> (Duration, i64) {
    let input = match stdin {
        Some(path) => Stdio::from(std::fs::File::open(path).expect("bench input")),
        None => Stdio::null(),
    };
    let mut command = Command::new(program);
    if spawn == Spawn::Measured {
        // SAFETY: the hook does nothing; having one makes std fork and exec.
        unsafe { std::os::unix::process::CommandExt::pre_exec(&mut command, || Ok(())) };
    }
    let start = Instant::now();
    let child = command
        .args(args)
        .stdin(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("command starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: waits for the child we spawned; status and usage are valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(waited, pid, "wait4 failed for {program} {args:?}");
    assert!(libc::WIFEXITED(status), "{program} {args:?} was killed");
    (elapsed, usage.ru_maxrss)
}

/// A 1 MB response as `curl -i` prints it, for `httpcode check`.
fn one_megabyte_response(dir: &Path) -> PathBuf {
    let path = dir.join("bench-check-1mb.txt");
    let size = 1024 * 1024;
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("bench input"));
    write!(
        file,
        "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: text/plain\r\n\
         Cache-Control: max-age=60\r\nContent-Length: {size}\r\n\r\n"
    )
    .expect("bench input");
    let line = [b"x".repeat(79), b"\n".to_vec()].concat();
    for _ in 0..size / line.len() {
        file.write_all(&line).expect("bench input");
    }
    file.write_all(&vec![b'x'; size % line.len()])
        .expect("bench input");
    file.flush().expect("bench input");
    path
}

fn median<T: Ord + Copy>(samples: &mut [T]) -> T {
    samples.sort();
    samples[samples.len() / 2]
}

/// Drops a file's pages from the page cache, so the next run reads it from disk.
#[cfg(target_os = "linux")]
fn evict(path: &Path) {
    use std::os::fd::AsRawFd;
    let file = std::fs::File::open(path).expect("release binary");
    // SAFETY: the descriptor is open for the call; offset 0, length 0 is the whole file.
    let done = unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
    assert_eq!(done, 0, "posix_fadvise {}", path.display());
}

/// Elsewhere there is no portable way to drop one file's cached pages.
#[cfg(not(target_os = "linux"))]
fn evict(_path: &Path) {}

/// The host's target triple, from `rustc -vV`.
fn host() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_string()
}

/// Builds the release binary (statically linked when `static_target` is given)
/// and returns its path.
fn build(static_target: Option<&str>) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut cargo = Command::new(env!("CARGO"));
    cargo.args(["build", "--release", "--quiet", "--bin", "httpcode"]);
    let bin = match static_target {
        None => root.join("target/release/httpcode"),
        Some(target) => {
            // With an explicit --target, RUSTFLAGS reach only the target's
            // artifacts, not build scripts and proc macros (which cannot be static).
            cargo
                .args(["--target", target, "--target-dir"])
                .arg(root.join("target/static"))
                .env("RUSTFLAGS", "-C target-feature=+crt-static");
            root.join("target/static")
                .join(target)
                .join("release/httpcode")
        }
    };
    let status = cargo.status().expect("cargo runs");
    assert!(status.success(), "release build failed");
    bin
}

fn main() {
    let runs: usize = std::env::var("HTTPCODE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(101)
        .max(1);
    let host = host();
    let mut builds = vec![("dynamic", build(None))];
    if host.ends_with("-linux-gnu") {
        builds.push(("static", build(Some(&host))));
    }

    let commands: &[(&str, &[&str])] = &[
        ("httpcode --version", &["--version"]),
        ("httpcode 501", &["501"]),
        ("httpcode 501 --json", &["501", "--json"]),
        ("httpcode gateway (search)", &["gateway"]),
        ("httpcode \"Not Implimented\"", &["Not Implimented"]),
        ("httpcode list", &["list"]),
        ("httpcode list --json", &["list", "--json"]),
        ("httpcode list --all --json", &["list", "--all", "--json"]),
        ("httpcode compare 405 501", &["compare", "405", "501"]),
        (
            "httpcode explain --method PATCH",
            &["explain", "--method", "PATCH"],
        ),
        ("httpcode methods", &["methods"]),
        ("httpcode completions zsh", &["completions", "zsh"]),
        ("httpcode check < 1 MB response", &["check"]),
    ];
    let response = one_megabyte_response(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let mut cases: Vec<Case> = vec![Case {
        label: "do-nothing process (true)".into(),
        program: "true".into(),
        args: &[],
        stdin: None,
        samples: Vec::with_capacity(runs),
        rss: Vec::with_capacity(runs),
    }];
    for (kind, bin) in &builds {
        let bin = bin.to_str().expect("UTF-8 path");
        cases.extend(commands.iter().map(|(label, args)| Case {
            label: format!("{label} [{kind}]"),
            program: bin.to_string(),
            args,
            stdin: (args.first() == Some(&"check")).then(|| response.clone()),
            samples: Vec::with_capacity(runs),
            rss: Vec::with_capacity(runs),
        }));
    }

    for (_, bin) in &builds {
        evict(bin);
    }
    // Warm-up: the page cache holds what the commands read, as in daily use.
    for case in &cases {
        for _ in 0..3 {
            run_once(
                &case.program,
                case.args,
                case.stdin.as_deref(),
                Spawn::Timed,
            );
        }
    }
    for spawn in [Spawn::Measured, Spawn::Timed] {
        for _ in 0..runs {
            for case in cases.iter_mut() {
                let stdin = case.stdin.as_deref();
                let (elapsed, rss) = run_once(&case.program, case.args, stdin, spawn);
                match spawn {
                    Spawn::Measured => case.rss.push(rss),
                    Spawn::Timed => case.samples.push(elapsed),
                }
            }
        }
    }
    let floor = median(&mut cases[0].samples);
    println!(
        "{runs} interleaved rounds; median wall time per process; peak RSS median and maximum\n"
    );
    println!(
        "{:<44} {:>10} {:>8} {:>17}",
        "command", "median", "×true", "peak RSS (max)"
    );
    for case in cases.iter_mut() {
        let m = median(&mut case.samples);
        let rss_max = case.rss.iter().copied().max().unwrap_or(0);
        let rss = median(&mut case.rss);
        println!(
            "{:<44} {:>8.0}µs {:>8.2} {:>6.1} MB ({:.1})",
            case.label,
            m.as_secs_f64() * 1e6,
            m.as_secs_f64() / floor.as_secs_f64(),
            rss as f64 / 1024.0,
            rss_max as f64 / 1024.0
        );
    }
    println!();
    for (kind, bin) in &builds {
        let size = std::fs::metadata(bin).expect("release binary").len();
        println!(
            "{kind} release binary: {:.1} MB ({size} bytes)",
            size as f64 / 1e6
        );
    }
}
