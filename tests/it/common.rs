//! Running the real binary from the integration tests: a clean environment
//! (no colour or width settings inherited from the shell), and what it did.

// Each test file uses only part of this module.
#![allow(dead_code)]

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde_json::Value;

/// The built binary, with the colour and width variables of the caller removed.
pub fn httpcode() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_httpcode"));
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    cmd
}

/// Exit status, stdout and stderr of `httpcode ARGS` into a pipe.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = httpcode().args(args).output().expect("runs");
    (
        out.status.code().expect("exited normally, not by a signal"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// The JSON `httpcode ARGS` prints, which must succeed.
pub fn json(args: &[&str]) -> Value {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{args:?} failed: {stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

/// `f` of every item, in item order, run four at a time: for tests that start
/// a terminal or a shell per case and spend most of it waiting.
pub fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let result = f(item);
                *results[i].lock().expect("no worker panicked holding it") = Some(result);
            });
        }
    });
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .expect("no worker panicked")
                .expect("every item ran")
        })
        .collect()
}

/// The message `f` panicked with, or `None` when it returned: for the tests
/// that run build.rs's data checks on broken copies of the data.
pub fn panic_message(f: impl FnOnce()) -> Option<String> {
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).err()?;
    Some(
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default(),
    )
}
