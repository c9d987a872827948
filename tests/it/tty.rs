//! The interactive form of `decide`, driven through a real pseudo-terminal by
//! `tests/tty/decide.py` (python3's pty module): arrow keys, typing to filter,
//! "back", and leaving with Esc or Ctrl-C.

use std::process::Command;

/// Runs a scenario; returns the exit status and everything the terminal showed.
fn drive(scenario: &str) -> (i32, String) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tty/decide.py");
    let out = Command::new("python3")
        .args([script, env!("CARGO_BIN_EXE_httpcode"), scenario])
        .output()
        .expect("python3 runs the pseudo-terminal driver");
    let screen = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (
        out.status.code().unwrap_or(-1),
        format!("{screen}\n--- driver stderr ---\n{stderr}"),
    )
}

#[test]
fn a_walk_with_back_ends_at_a_result() {
    let (code, screen) = drive("walk");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("503 Service Unavailable"), "{screen}");
    // The summary names the path actually taken, not the abandoned branch.
    assert!(
        screen.contains("Again: httpcode decide outcome=failed server-trouble=no"),
        "{screen}"
    );
    assert!(screen.contains("(RFC 9110 §15.6.4)"), "{screen}");
}

#[test]
fn escape_leaves_with_130_and_restores_the_terminal() {
    let (code, screen) = drive("esc");
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("httpcode: error: interrupted"), "{screen}");
    // inquire hides the cursor while it asks and shows it again on the way out.
    assert!(screen.contains("\x1b[?25h"), "{screen:?}");
}

#[test]
fn ctrl_c_leaves_with_130() {
    let (code, screen) = drive("ctrl-c");
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("httpcode: error: interrupted"), "{screen}");
}
