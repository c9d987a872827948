//! Whole-process start-up: each command of httpcode's release binary against a
//! bare clap-derive binary (benches/bare) built with the same profile and flags,
//! and against `true`.
//!
//! Both binaries are built as the release archive and the .deb are: for the
//! host's target, with the flags in build/release-rustflags, and measured as
//! installed copies (see `installed_copy`). Each run of a
//! command is paired with a run of the bare binary just before or after it
//! (alternately), and the figure is the median of those pair ratios: separate
//! batches drift by a third on a shared machine, pairs do not. Peak RSS comes
//! from rounds of its own whose processes are started by fork, not
//! posix_spawn, which would count the bench's own memory.
//!
//! Run with `cargo bench --bench startup` (builds both binaries first).
//! `HTTPCODE_BENCH_RUNS` sets the number of pairs (default 301);
//! `HTTPCODE_BENCH_OTHER=PATH` measures another httpcode binary beside this
//! one (say, a build of an earlier commit).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const COMMANDS: &[&[&str]] = &[
    &["501"],
    &["list"],
    &["list", "--all", "--json"],
    &["gateway"],
    &["compare", "405", "501"],
    &["explain", "--method", "PATCH"],
    &["methods"],
    &["completions", "zsh"],
    // A small response here; the 1 MB one is measured against cat.
    &["check"],
];

/// Runs a program once; returns its wall time in seconds and its peak RSS in KiB.
// The child is reaped by wait4 (which also reports its peak RSS), not Child::wait.
#[allow(clippy::zombie_processes)]
fn run_once(program: &Path, args: &[&str], stdin: Option<&Path>, fork: bool) -> (f64, i64) {
    let input = match stdin {
        Some(path) => Stdio::from(std::fs::File::open(path).expect("bench input")),
        None => Stdio::null(),
    };
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if fork {
        // SAFETY: the hook does nothing; having one makes std fork and exec.
        unsafe { std::os::unix::process::CommandExt::pre_exec(&mut command, || Ok(())) };
    }
    let start = Instant::now();
    let child = command.spawn().expect("the command starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: waits for the child we started; status and usage are valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid, "wait4 failed for {}", program.display());
    (seconds, usage.ru_maxrss)
}

/// A small page as `curl -si` prints nginx's answer: the everyday input of
/// `httpcode check`.
fn small_response(dir: &Path) -> PathBuf {
    let path = dir.join("bench-check-small.txt");
    let body = format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome</title>\n</head>\n<body>\n{}</body>\n</html>\n",
        "<p>A paragraph of the page, long enough to look like one in a real document.</p>\n"
            .repeat(60)
    );
    let text = format!(
        "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\
         Content-Type: text/html\r\nContent-Length: {}\r\n\
         Last-Modified: Sat, 05 Nov 1994 12:00:00 GMT\r\nConnection: keep-alive\r\n\
         ETag: \"2a5e6d49-1348\"\r\nAccept-Ranges: bytes\r\n\r\n{body}",
        body.len()
    );
    std::fs::write(&path, text).expect("bench input");
    path
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

/// A copy of a binary, as an installer (`cargo install`, dpkg, tar) leaves
/// one. The linker's own output file is not what users run, and it starts
/// slower: measured here, the bare binary took 0.72 ms and 40 page faults
/// from the linker's file, 0.60 ms and 33 from a copy (the page cache seems
/// to hold the linker's many small writes in smaller pieces, so each fault
/// maps less). `fs::copy` copies in the kernel: the bench's own memory, which
/// every forked child starts with, stays small.
fn installed_copy(built: &Path, to: &Path) -> PathBuf {
    std::fs::create_dir_all(to.parent().expect("a folder")).expect("target/bench");
    let _ = std::fs::remove_file(to);
    std::fs::copy(built, to).unwrap_or_else(|e| panic!("{}: {e}", built.display()));
    to.to_path_buf()
}

fn median(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn host() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_string()
}

/// Builds one package's release binary as the release artifacts are built.
fn build(package: &str, root: &Path, host: &str) -> PathBuf {
    let flags = std::fs::read_to_string(root.join("build/release-rustflags"))
        .expect("build/release-rustflags");
    let target_dir = root.join("target/static");
    // With an explicit --target, RUSTFLAGS reach only the target's artifacts,
    // not build scripts and proc macros (which cannot be static).
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--locked", "--quiet", "-p", package])
        .args(["--target", host, "--target-dir"])
        .arg(&target_dir)
        .env("RUSTFLAGS", flags.trim())
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the release build of {package} failed");
    target_dir.join(host).join("release").join(package)
}

fn main() {
    let runs: usize = std::env::var("HTTPCODE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(301)
        .max(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let host = host();
    let installed = root.join("target/bench");
    let install = |name: &str, built: &Path| installed_copy(built, &installed.join(name));
    let bare = install("bare-clap", &build("bare-clap", &root, &host));
    let mut binaries = vec![(
        "httpcode",
        install("httpcode", &build("httpcode", &root, &host)),
    )];
    if let Some(other) = std::env::var_os("HTTPCODE_BENCH_OTHER") {
        binaries.push(("other", install("other", Path::new(&other))));
    }
    let response = small_response(&root.join("target"));
    let megabyte = one_megabyte_response(&root.join("target"));
    let truth = PathBuf::from("true");
    let cat = PathBuf::from("cat");
    let stdin_for = |args: &[&str]| (args.first() == Some(&"check")).then_some(response.as_path());

    // Median ratio of `program args` to `yardstick` (each with its input),
    // each run paired with one of the other, in alternating order.
    let paired = |program: &Path, args: &[&str], yardstick: &Path, input: Option<&Path>| -> f64 {
        let yardstick_input = if yardstick == cat.as_path() {
            input
        } else {
            None
        };
        let mut ratios = Vec::with_capacity(runs);
        for i in 0..runs {
            let ours = || run_once(program, args, input, false).0;
            let theirs = || run_once(yardstick, &[], yardstick_input, false).0;
            let (ours, theirs) = if i % 2 == 0 {
                let ours = ours();
                (ours, theirs())
            } else {
                let theirs = theirs();
                (ours(), theirs)
            };
            ratios.push(ours / theirs);
        }
        median(&mut ratios)
    };
    let pairs = |program: &Path, args: &[&str], yardstick: &Path| -> f64 {
        paired(program, args, yardstick, stdin_for(args))
    };
    let rss_of = |program: &Path, args: &[&str], input: Option<&Path>| -> i64 {
        let mut all: Vec<i64> = (0..runs.min(51))
            .map(|_| run_once(program, args, input, true).1)
            .collect();
        all.sort();
        *all.last().expect("at least one run")
    };
    let rss = |program: &Path, args: &[&str]| rss_of(program, args, stdin_for(args));
    // Warm-up: the page cache holds both binaries, as in daily use.
    for _ in 0..20 {
        run_once(&bare, &[], None, false);
        for (_, bin) in &binaries {
            run_once(bin, &["501"], None, false);
        }
    }

    println!("median of {runs} paired ratios; peak RSS is the maximum of 51 runs\n");
    println!(
        "bare clap binary: {:.2}× true, peak RSS {} KiB (true: {} KiB)\n",
        pairs(&bare, &[], &truth),
        rss(&bare, &[]),
        rss(&truth, &[])
    );
    println!(
        "{:<10} {:<28} {:>8} {:>8} {:>10}",
        "binary", "command", "×bare", "×true", "peak RSS"
    );
    for args in COMMANDS {
        for (name, bin) in &binaries {
            let label = if args[0] == "check" {
                "check < response (5 KB)".to_string()
            } else {
                args.join(" ")
            };
            println!(
                "{name:<10} {label:<28} {:>7.2}× {:>7.2}× {:>6} KiB",
                pairs(bin, args, &bare),
                pairs(bin, args, &truth),
                rss(bin, args)
            );
        }
    }
    // A long body is read about as fast as cat reads it.
    println!(
        "\n{:<10} {:<28} {:>8} {:>10}",
        "binary", "command", "×cat", "peak RSS"
    );
    for (name, bin) in &binaries {
        println!(
            "{name:<10} {:<28} {:>7.2}× {:>6} KiB",
            "check < 1 MB response",
            paired(bin, &["check"], &cat, Some(&megabyte)),
            rss_of(bin, &["check"], Some(&megabyte))
        );
    }
    for (name, bin) in &binaries {
        let size = std::fs::metadata(bin).map_or(0, |m| m.len());
        println!("{name} binary: {size} bytes");
    }
}
