//! `cargo xtask serve` and `cargo xtask test`: the two README commands.
//!
//! Each installs what is missing first (the wasm target, trunk, the
//! wasm-bindgen CLI matching Cargo.lock, the npm tools, Debian's Chromium) and
//! skips what is already there, so a second run starts at once. Nothing is
//! downloaded from outside the package registries: trunk gets local tools and
//! `--offline`, Playwright uses the system Chromium.

mod bench_page;
mod hostile;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <serve|test|setup|quality|fuzz|bench-page>\n\
  serve   build and serve the viewer at http://127.0.0.1:8080/ with live reload\n\
  test    run every test: native, wasm in headless Chromium, end-to-end on the release build\n\
  setup   only install the missing tools (`setup build`: only those a release build needs)\n\
  quality DIR [--misses] [--sample N] [--seed S]  score the extraction of DIR against quality/readings\n\
  fuzz N [--from SEED] [--ceiling-ms MS]  run N generated hostile inputs through the extraction\n\
  bench-page [MB...]  build the page from the seeds and generated corpora (default 10 MB), measure it in Chromium";

fn main() -> ExitCode {
    let root = project_root();
    let result = match std::env::args().nth(1).as_deref() {
        Some("serve") => serve(&root),
        Some("test") => test(&root),
        Some("quality") => quality(&root),
        Some("fuzz") => fuzz(&root),
        Some("bench-page") => bench_page::bench_page(&root),
        Some("setup") => match std::env::args().nth(2).as_deref() {
            // Only what a release build needs (a deployment job has no browser tests).
            Some("build") => tools::ensure(&root, tools::Need::Build).map(|_| ()),
            _ => tools::ensure(&root, tools::Need::Everything).map(|_| ()),
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The checkout this xtask was run from. `cargo run` sets CARGO_MANIFEST_DIR at run time; the
/// value baked in at compile time is only a fallback, since a `target/` copied from another
/// checkout (a git worktree) may hold a binary built there, which cargo finds up to date.
fn project_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir.parent().expect("xtask lives in the project root").to_path_buf()
}

fn serve(root: &Path) -> Result<(), String> {
    let env = tools::ensure(root, tools::Need::Build)?;
    println!("xtask: serving Newsline at http://127.0.0.1:8080/ (live reload; Ctrl-C stops)");
    run(Command::new("trunk").arg("serve").current_dir(root).envs(env.vars()), "trunk serve")
}

/// Scores the extraction of a folder against the readings by hand (crates/newsline-quality).
fn quality(root: &Path) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command.args(["run", "-q", "--release", "-p", "newsline-quality", "--"]).args(std::env::args().skip(2)).current_dir(root);
    run(&mut command, "newsline-quality")
}

/// Runs generated hostile inputs through the whole extraction (crates/newsline-extract/src/fuzz.rs).
fn fuzz(root: &Path) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command.args(["run", "-q", "--release", "-p", "newsline-extract", "--example", "fuzz", "--"]).args(std::env::args().skip(2)).current_dir(root);
    run(&mut command, "fuzz")
}

/// A generated corpus of several pages of events (1 MB, ~400 events) for tests/many_events.rs.
fn many_events_folder(root: &Path) -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("newsline-many-events-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut generate = Command::new("cargo");
    // The dev profile: `cargo test --workspace` has built the example already.
    generate.args(["run", "-q", "-p", "newsline-extract", "--example", "generate_seeds", "--"]).arg(&dir).arg("1").current_dir(root);
    run(&mut generate, "generate_seeds")?;
    Ok(dir)
}

fn test(root: &Path) -> Result<(), String> {
    // One full run builds each crate once: incremental caches (over a GB) only fill the disk
    // (a CI machine ran out of it). A developer's own setting wins. Set before any thread or
    // child starts, so every cargo below inherits it.
    if std::env::var_os("CARGO_INCREMENTAL").is_none() {
        std::env::set_var("CARGO_INCREMENTAL", "0");
    }
    report_free_disk(root);
    let env = tools::ensure(root, tools::Need::Everything)?;
    let hostile_seeds = hostile::write_seed_folder()?;
    let many_events = many_events_folder(root)?;
    let steps: [(&str, Command); 9] = [
        // Gates first: formatting and lints, warnings refused.
        ("format", {
            let mut c = Command::new("cargo");
            c.args(["fmt", "--all", "--check"]);
            c
        }),
        ("lints", {
            let mut c = Command::new("cargo");
            c.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
            c
        }),
        ("native tests", {
            let mut c = Command::new("cargo");
            c.args(["test", "--workspace"]);
            c
        }),
        ("wasm tests in headless Chromium", {
            let mut c = Command::new("cargo");
            c.args(["test", "-p", "newsline", "--target", "wasm32-unknown-unknown"]);
            c
        }),
        ("hostile seed text in headless Chromium", {
            let mut c = Command::new("cargo");
            c.args(["test", "-p", "newsline", "--target", "wasm32-unknown-unknown", "--features", "hostile-seeds-test", "--test", "hostile"])
                .env("NEWSLINE_SEEDS", &hostile_seeds);
            c
        }),
        ("a long corpus in headless Chromium", {
            let mut c = Command::new("cargo");
            c.args(["test", "-p", "newsline", "--target", "wasm32-unknown-unknown", "--features", "many-events-test", "--test", "many_events"])
                .env("NEWSLINE_SEEDS", &many_events);
            c
        }),
        // The seeds with their articles in shards, whatever their size, a few KB each
        // (e2e/tests/shards.spec.js);
        // before the plain build, so that target/ is left as the plain build wants it.
        ("release build with the articles in shards", {
            let mut c = Command::new("trunk");
            c.args(["build", "--release", "--offline", "--dist", "dist-shards"]).env("NEWSLINE_SHARD_ABOVE", "0").env("NEWSLINE_SHARD_BYTES", "4096");
            c
        }),
        ("release build", {
            let mut c = Command::new("trunk");
            c.args(["build", "--release", "--offline"]);
            c
        }),
        ("end-to-end tests in Chromium", {
            let mut c = Command::new("npx");
            c.args(["--no-install", "playwright", "test"]).current_dir(root.join("e2e"));
            c
        }),
    ];
    let (mut passed, mut failed) = (0, Vec::new());
    for (name, mut command) in steps {
        println!("\nxtask: ── {name} ──");
        if command.get_current_dir().is_none() {
            command.current_dir(root);
        }
        match run_keeping_tail(command.envs(env.vars()), name) {
            Ok(()) => passed += 1,
            Err((message, tail)) => {
                eprintln!("xtask: {message}");
                failed.push((name, tail));
                // Later steps build on earlier ones only loosely; keep going to report everything.
            }
        }
    }
    // A CI log may keep only its beginning and end: each failure's own last lines go last.
    for (name, tail) in &failed {
        println!("\nxtask: ── the last lines of the failed suite: {name} ──");
        tail.iter().for_each(|line| println!("{line}"));
    }
    let failed: Vec<&str> = failed.iter().map(|(name, _)| *name).collect();
    println!("\nsuites: {passed} passed, {} failed", failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join(", ")))
    }
}

/// What a whole run needs on disk, with room to spare: on a fresh clone (2026-12-05) target/
/// ended at 3.2 GB, cargo's registry at 0.5 GB and the npm tools at 0.14 GB, besides Chromium.
const DISK_NEEDED_MB: u64 = 6_000;

/// Says how much disk is free where the build writes, and warns when it is less than a run
/// needs: a CI machine with a full disk otherwise fails every suite with "No space left on
/// device" and nothing else to go on. Silent where `df` is missing.
fn report_free_disk(root: &Path) {
    let Ok(output) = Command::new("df").args(["-Pk"]).arg(root).output() else { return };
    let text = String::from_utf8_lossy(&output.stdout);
    // POSIX format: a header, then "filesystem blocks used available capacity mount".
    let Some(free_kb) = text.lines().nth(1).and_then(|line| line.split_whitespace().nth(3)).and_then(|n| n.parse::<u64>().ok()) else { return };
    let free_mb = free_kb / 1024;
    println!("xtask: {free_mb} MB free on the disk of {}", root.display());
    if free_mb < DISK_NEEDED_MB {
        eprintln!("xtask: warning: a full test run needs about {DISK_NEEDED_MB} MB of disk; suites may fail with \"No space left on device\"");
    }
}

/// How many of a failed suite's last lines [`test`] repeats at the end.
const TAIL_LINES: usize = 60;

/// Runs a command to completion, passing its output through line by line and keeping the
/// last [`TAIL_LINES`] of stdout and stderr together, which a failure returns.
fn run_keeping_tail(command: &mut Command, what: &str) -> Result<(), (String, Vec<String>)> {
    use std::io::{BufRead, BufReader, Write};
    use std::sync::{Arc, Mutex};
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|err| (format!("{what}: cannot start: {err}"), Vec::new()))?;
    let tail = Arc::new(Mutex::new(std::collections::VecDeque::with_capacity(TAIL_LINES)));
    let pass_through = |stream: Box<dyn std::io::Read + Send>, to_stderr: bool| {
        let tail = Arc::clone(&tail);
        std::thread::spawn(move || {
            // Bytes, not `lines()`: a line that is not UTF-8 must not stop the reading (the
            // child would then block on a full pipe); it is passed on as it came.
            let (mut reader, mut line) = (BufReader::new(stream), Vec::new());
            while reader.read_until(b'\n', &mut line).is_ok_and(|n| n > 0) {
                // Ignoring a closed terminal: the child's status still decides.
                let _ = if to_stderr { std::io::stderr().write_all(&line) } else { std::io::stdout().write_all(&line) };
                let text = String::from_utf8_lossy(&line).trim_end_matches(['\n', '\r']).to_string();
                let mut tail = tail.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                if tail.len() == TAIL_LINES {
                    tail.pop_front();
                }
                tail.push_back(text);
                line.clear();
            }
        })
    };
    let readers = [child.stdout.take().map(|s| pass_through(Box::new(s), false)), child.stderr.take().map(|s| pass_through(Box::new(s), true))];
    let status = child.wait().map_err(|err| (format!("{what}: {err}"), Vec::new()))?;
    readers.into_iter().flatten().for_each(|reader| drop(reader.join()));
    if status.success() {
        return Ok(());
    }
    let tail = tail.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().cloned().collect();
    Err((format!("{what} failed ({status})"), tail))
}

/// Runs a command to completion, inheriting the terminal.
pub(crate) fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command.status().map_err(|err| format!("{what}: cannot start: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_command_returns_its_last_lines_of_both_streams() {
        let mut command = Command::new("sh");
        command.args(["-c", "for i in $(seq 100); do echo out $i; done; sleep 0.3; echo err last >&2; exit 3"]);
        let (message, tail) = run_keeping_tail(&mut command, "counting").unwrap_err();
        assert!(message.starts_with("counting failed"), "{message}");
        assert_eq!(tail.len(), TAIL_LINES);
        assert!(tail.contains(&"out 100".to_string()) && tail.contains(&"err last".to_string()), "{tail:?}");
        assert!(!tail.contains(&"out 1".to_string()));
    }

    #[test]
    fn output_that_is_not_utf8_is_read_to_its_end() {
        // Past the pipe's buffer after a byte that is no UTF-8: a reader that stopped there
        // would leave the command blocked.
        let mut command = Command::new("sh");
        command.args(["-c", "printf 'bad \\377 byte\\n'; for i in $(seq 20000); do echo filler line $i; done; exit 1"]);
        let (_, tail) = run_keeping_tail(&mut command, "bytes").unwrap_err();
        assert_eq!(tail.last().map(String::as_str), Some("filler line 20000"));
    }

    #[test]
    fn a_command_that_succeeds_is_ok() {
        assert!(run_keeping_tail(Command::new("sh").args(["-c", "echo fine"]), "fine").is_ok());
    }
}
