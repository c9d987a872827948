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
        screen.contains("Again:\r\n")
            && screen.contains("    httpcode decide outcome=failed server-trouble=no"),
        "{screen}"
    );
    assert!(screen.contains("(RFC 9110 §15.6.4)"), "{screen}");
}

#[test]
fn escape_leaves_with_130_and_restores_the_terminal() {
    let (code, screen) = drive("esc");
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("httpcode: error: interrupted"), "{screen}");
    // The questions were asked on the alternate screen, and it is left.
    assert!(screen.contains("\x1b[?1049l"), "{screen:?}");
    // inquire hides the cursor while it asks and shows it again on the way out.
    assert!(screen.contains("\x1b[?25h"), "{screen:?}");
}

#[test]
fn ctrl_c_leaves_with_130() {
    let (code, screen) = drive("ctrl-c");
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("httpcode: error: interrupted"), "{screen}");
}

/// A terminal of `width` columns in tmux, running `httpcode decide`: each step
/// sends keys and records the screen as tmux shows it.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(width: usize, name: &str) -> Option<Tmux> {
        let found = Command::new("sh")
            .args(["-c", "command -v tmux"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            assert!(std::env::var_os("CI").is_none(), "tmux is missing in CI");
            eprintln!("SKIPPED: tmux is not installed; `bash .ci/run` installs it");
            return None;
        }
        let tmux = Tmux {
            socket: format!("httpcode-{name}-{width}-{}", std::process::id()),
        };
        let command = format!(
            "env -u COLUMNS -u NO_COLOR {} decide; echo EXIT=$?; sleep 60",
            env!("CARGO_BIN_EXE_httpcode")
        );
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            "50",
            &command,
        ]);
        tmux.wait_for("What should the response tell the client?");
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p"])
    }

    fn wait_for(&self, text: &str) -> String {
        for _ in 0..100 {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("timed out waiting for {text:?}:\n{}", self.screen());
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", key]);
            std::thread::sleep(std::time::Duration::from_millis(150));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// Every word the prompt and its result can show, as the data writes them.
fn known_words() -> std::collections::HashSet<String> {
    let mut text = String::from(
        "? > [ ] · ↑↓ and Enter to choose, type to filter, Esc to quit \
         ← back to the previous question httpcode: error: interrupted EXIT=0 EXIT=130 \\",
    );
    for question in httpcode::data::decision_tree().questions.iter() {
        text.push_str(&format!(
            " {} {} ({}) {}",
            question.question, question.why, question.source, question.id
        ));
        for answer in question.answers.iter() {
            text.push_str(&format!(" {} {}={}", answer.text, question.id, answer.id));
        }
    }
    let result = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args([
            "decide",
            "outcome=failed",
            "server-trouble=yes",
            "upstream=timeout",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(result.status.success(), "{result:?}");
    text.push(' ');
    text.push_str(&String::from_utf8_lossy(&result.stdout));
    text.split_whitespace()
        .map(|w| w.trim_matches(|c| c == '[' || c == ']').to_string())
        .collect()
}

fn assert_screen_fits(screen: &str, width: usize, known: &std::collections::HashSet<String>) {
    use unicode_width::UnicodeWidthStr;
    for line in screen.lines() {
        assert!(
            line.width() < width,
            "a line of {}:\n{screen}",
            line.width()
        );
        for word in line.split_whitespace() {
            let word = word.trim_matches(|c| c == '[' || c == ']');
            assert!(
                known.contains(word),
                "{word:?} is not a whole word at {width} columns:\n{screen}"
            );
        }
    }
}

#[test]
fn the_prompt_fits_80_and_60_columns_and_esc_leaves_one_line() {
    let known = known_words();
    for width in [80, 60] {
        let Some(tmux) = Tmux::start(width, "walk") else {
            return;
        };
        assert_screen_fits(&tmux.screen(), width, &known);
        // Failed → a gateway whose upstream was at fault → it did not answer in time.
        tmux.keys(&["Down", "Down", "Down", "Down", "Down", "Enter"]);
        assert_screen_fits(&tmux.wait_for("gateway or proxy"), width, &known);
        tmux.keys(&["Enter"]);
        assert_screen_fits(&tmux.wait_for("upstream server answer"), width, &known);
        tmux.keys(&["Enter"]);
        let screen = tmux.wait_for("EXIT=0");
        assert_screen_fits(&screen, width, &known);
        assert!(screen.starts_with("→ 504 Gateway Timeout"), "{screen}");
        assert!(
            !screen.lines().any(|l| l.starts_with("? ")),
            "the questions are gone with the alternate screen:\n{screen}"
        );
        drop(tmux);

        let Some(tmux) = Tmux::start(width, "esc") else {
            return;
        };
        tmux.keys(&["Down", "Enter"]);
        tmux.wait_for("finished the work");
        tmux.keys(&["Escape"]);
        let screen = tmux.wait_for("EXIT=130");
        assert_eq!(
            screen.trim_end(),
            "httpcode: error: interrupted\nEXIT=130",
            "at {width} columns"
        );
    }
}
