//! Whole-process start-up: each command of httpcode's release binary against a
//! bare clap-derive binary (benches/bare) built with the same profile and flags,
//! and against `true`.
//!
//! Both binaries are built as the release archive and the .deb are: for the
//! host's target, with the flags in build/release-rustflags. Each run of a
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
    let bare = build("bare-clap", &root, &host);
    let mut binaries = vec![("httpcode", build("httpcode", &root, &host))];
    if let Some(other) = std::env::var_os("HTTPCODE_BENCH_OTHER") {
        binaries.push(("other", PathBuf::from(other)));
    }
    let response = one_megabyte_response(&root.join("target"));
    let truth = PathBuf::from("true");
    let stdin_for = |args: &[&str]| (args.first() == Some(&"check")).then_some(response.as_path());

    // The floor: bare against true, paired the same way.
    let pairs = |program: &Path, args: &[&str], yardstick: &Path| -> f64 {
        let mut ratios = Vec::with_capacity(runs);
        for i in 0..runs {
            let time = |p: &Path, a: &[&str]| run_once(p, a, stdin_for(a), false).0;
            let (ours, theirs) = if i % 2 == 0 {
                let ours = time(program, args);
                (ours, time(yardstick, &[]))
            } else {
                let theirs = time(yardstick, &[]);
                (time(program, args), theirs)
            };
            ratios.push(ours / theirs);
        }
        median(&mut ratios)
    };
    let rss = |program: &Path, args: &[&str]| -> i64 {
        let mut all: Vec<i64> = (0..runs.min(51))
            .map(|_| run_once(program, args, stdin_for(args), true).1)
            .collect();
        all.sort();
        *all.last().expect("at least one run")
    };
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
                "check < 1 MB response".to_string()
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
    for (name, bin) in &binaries {
        let size = std::fs::metadata(bin).map_or(0, |m| m.len());
        println!("{name} binary: {size} bytes");
    }
}
