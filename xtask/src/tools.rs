//! Installs the tools the build and the tests need, skipping what is present.

use crate::run;
use std::collections::hash_map::DefaultHasher;
use std::ffi::OsString;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// trunk 0.22 needs a newer rustc than these machines have.
const TRUNK_VERSION: &str = "0.21.14";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

#[derive(Clone, Copy, PartialEq)]
pub enum Need {
    /// What `trunk serve`/`trunk build` need.
    Build,
    /// Plus the browser for the wasm and end-to-end tests.
    Everything,
}

/// The environment the build and tests run in once the tools are there.
pub struct ToolEnv {
    vars: Vec<(String, OsString)>,
}

impl ToolEnv {
    pub fn vars(&self) -> impl Iterator<Item = (&str, &OsString)> {
        self.vars.iter().map(|(k, v)| (k.as_str(), v))
    }
}

pub fn ensure(root: &Path, need: Need) -> Result<ToolEnv, String> {
    let cargo_bin = cargo_home().join("bin");
    let node_bin = root.join("e2e/node_modules/.bin");
    let mut paths = vec![node_bin, cargo_bin.clone()];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let path = std::env::join_paths(paths).map_err(|err| format!("bad PATH: {err}"))?;
    let env = ToolEnv {
        vars: vec![
            ("PATH".into(), path),
            ("CHROMEDRIVER".into(), CHROMEDRIVER.into()),
            ("NEWSLINE_CHROMIUM".into(), CHROMIUM.into()),
            // Playwright and friends must use Debian's Chromium, never download one.
            ("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD".into(), "1".into()),
            // wasm-bindgen-test-runner gives ChromeDriver 5 s to start and a test page 20 s:
            // a loaded 2-core machine loading the debug build's embedded corpus may need more.
            ("WASM_BINDGEN_TEST_DRIVER_TIMEOUT".into(), "30".into()),
            ("WASM_BINDGEN_TEST_TIMEOUT".into(), "120".into()),
        ],
    };

    ensure_wasm_target()?;
    if need == Need::Everything {
        ensure_components(&["rustfmt", "clippy"])?;
    }
    ensure_cargo_tool(&env, "trunk", &["--version"], TRUNK_VERSION, &["trunk", "--locked", "--version", TRUNK_VERSION])?;
    let bindgen = locked_version(root, "wasm-bindgen")?;
    // Not --locked: wasm-bindgen-cli's own lockfile pins a yanked crate.
    ensure_cargo_tool(&env, "wasm-bindgen", &["--version"], &bindgen, &["wasm-bindgen-cli", "--version", &bindgen])?;
    ensure_npm_packages(root, &env)?;
    if need == Need::Everything {
        ensure_chromium()?;
    }
    Ok(env)
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"))
}

fn output_of(env: &ToolEnv, program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).envs(env.vars()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The toolchain components the test command's gates use (`cargo fmt`, `cargo clippy`).
fn ensure_components(components: &[&str]) -> Result<(), String> {
    let installed = Command::new("rustup").args(["component", "list", "--installed"]).output().map_err(|err| format!("rustup is needed: {err}"))?;
    let installed = String::from_utf8_lossy(&installed.stdout);
    let missing: Vec<&str> = components.iter().copied().filter(|c| !installed.lines().any(|l| l.starts_with(&format!("{c}-")) || l.trim() == *c)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: installing the toolchain components {}", missing.join(", "));
    run(Command::new("rustup").args(["component", "add"]).args(&missing), "rustup component add")
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output().map_err(|err| format!("rustup is needed: {err}"))?;
    if String::from_utf8_lossy(&installed.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    println!("xtask: installing the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]), "rustup target add")
}

fn ensure_cargo_tool(env: &ToolEnv, program: &str, probe: &[&str], version: &str, install: &[&str]) -> Result<(), String> {
    if let Some(found) = output_of(env, program, probe) {
        if found.split_whitespace().any(|word| word == version) {
            return Ok(());
        }
        println!("xtask: {program} is {}, need {version}", found.trim());
    }
    println!("xtask: installing {program} {version} (a few minutes, once)");
    let mut command = Command::new("cargo");
    command.arg("install").args(install).arg("--force");
    run(&mut command, &format!("cargo install {program}"))
}

/// The version of `package` that Cargo.lock pins.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|err| format!("Cargo.lock: {err}"))?;
    version_in_lock(&lock, package).ok_or_else(|| format!("Cargo.lock: no `{package}` package"))
}

fn version_in_lock(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

/// `npm ci` in e2e/ unless node_modules already matches package-lock.json.
fn ensure_npm_packages(root: &Path, env: &ToolEnv) -> Result<(), String> {
    let dir = root.join("e2e");
    let lock = std::fs::read(dir.join("package-lock.json")).map_err(|err| format!("e2e/package-lock.json: {err}"))?;
    let mut hasher = DefaultHasher::new();
    lock.hash(&mut hasher);
    let stamp = format!("{:x}", hasher.finish());
    let stamp_file = dir.join("node_modules/.newsline-stamp");
    if std::fs::read_to_string(&stamp_file).is_ok_and(|s| s == stamp) {
        return Ok(());
    }
    println!("xtask: installing the npm tools in e2e/ (wasm-opt, Playwright, axe-core)");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir).envs(env.vars()), "npm ci")?;
    std::fs::write(&stamp_file, stamp).map_err(|err| format!("{}: {err}", stamp_file.display()))
}

fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    println!("xtask: installing Debian's chromium and chromium-driver");
    let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let apt = |args: &[&str]| {
        let mut command = if is_root { Command::new("apt-get") } else { Command::new("sudo") };
        if !is_root {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command, "apt-get")
    };
    apt(&["update"])?;
    apt(&["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_pinned_version_from_a_lockfile() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(version_in_lock(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(version_in_lock(lock, "trunk"), None);
    }
}
