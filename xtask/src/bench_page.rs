//! `cargo xtask bench-page [MB...]`: issue 11's table of the page at scale. For the seeds and
//! for generated corpora of each size given (default 10 MB), builds the release page (timing
//! the build and its peak memory), then measures it in Chromium with `e2e/bench-page.mjs`
//! (first event, the bytes it needed, the app mounted, longest task after the first event,
//! filter/search/clear updates) and prints one row per corpus.

use crate::{run, tools};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub fn bench_page(root: &Path) -> Result<(), String> {
    let env = tools::ensure(root, tools::Need::Everything)?;
    let sizes: Vec<u32> = match std::env::args().skip(2).map(|a| a.parse::<u32>()).collect::<Result<Vec<_>, _>>() {
        Ok(sizes) if sizes.is_empty() => vec![10],
        Ok(sizes) => sizes,
        Err(_) => return Err("usage: cargo xtask bench-page [MB...] (sizes of generated corpora in MB)".into()),
    };
    let work = root.join("target/bench-page");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let mut corpora = vec![("seeds".to_string(), root.join("seeds"))];
    for mb in sizes {
        let dir = work.join(format!("gen{mb}"));
        let mut generate = Command::new("cargo");
        generate
            .args(["run", "-q", "--release", "-p", "newsline-extract", "--example", "generate_seeds", "--"])
            .arg(&dir)
            .arg(mb.to_string())
            .current_dir(root);
        run(&mut generate, "generate_seeds")?;
        corpora.push((format!("{mb} MB"), dir));
    }
    let mut rows = Vec::new();
    for (label, seeds) in corpora {
        let dist = work.join(format!("dist-{}", label.replace(' ', "")));
        // The peak memory from GNU time where the machine has it (Debian's `time` package).
        let gnu_time = Path::new("/usr/bin/time").exists();
        let mut build = Command::new(if gnu_time { "/usr/bin/time" } else { "trunk" });
        if gnu_time {
            build.args(["-f", "%e s %M KB", "trunk"]);
        }
        build.args(["build", "--release", "--offline", "--dist"]).arg(&dist).env("NEWSLINE_SEEDS", &seeds).current_dir(root).envs(env.vars());
        let started = Instant::now();
        let output = build.output().map_err(|e| format!("trunk build (via /usr/bin/time): {e}"))?;
        if !output.status.success() {
            return Err(format!("trunk build for {label} failed:\n{}", String::from_utf8_lossy(&output.stderr)));
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        let peak_kb: u64 = stderr.lines().last().and_then(|l| l.split_whitespace().nth(2)).and_then(|n| n.parse().ok()).unwrap_or(0);
        let measured = Command::new("node").arg("bench-page.mjs").arg(&dist).arg(&label).current_dir(root.join("e2e")).envs(env.vars()).output();
        let measured = measured.map_err(|e| format!("node bench-page.mjs: {e}"))?;
        if !measured.status.success() {
            return Err(format!("bench-page.mjs for {label} failed:\n{}", String::from_utf8_lossy(&measured.stderr)));
        }
        let line = String::from_utf8_lossy(&measured.stdout).trim().to_string();
        println!("{line}");
        rows.push((label, started.elapsed().as_secs_f64(), peak_kb, line));
    }
    println!("\n| corpus | page | build (incremental) / peak memory | gzip before the first event | first event | app gzip | app mounted | longest task after the first event / the mount | outlet tick | search | clear |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (label, seconds, peak_kb, line) in rows {
        let field = |key: &str| json_field(&line, key);
        println!(
            "| {label} | {} | {seconds:.0} s / {:.2} GB | {:.0} KB{} | {} ms | {:.0} KB | {} ms | {} / {} ms | {} ms | {} ms | {} ms |",
            field("page").trim_matches('"'),
            peak_kb as f64 / 1024.0 / 1024.0,
            field("gzipBytes").parse::<f64>().unwrap_or(0.0) / 1000.0,
            if field("prerendered") == "true" { " (HTML + CSS)" } else { "" },
            field("firstEventMs"),
            field("appGzipBytes").parse::<f64>().unwrap_or(0.0) / 1000.0,
            field("mountedMs"),
            field("longestTaskAfterMs"),
            field("longestTaskAfterMountMs"),
            field("outletTickMs"),
            field("searchMs"),
            field("clearMs"),
        );
    }
    Ok(())
}

/// The raw value of `"key":` in a flat JSON object line (numbers, or a string without commas).
fn json_field(line: &str, key: &str) -> String {
    let pattern = format!("\"{key}\":");
    let Some(start) = line.find(&pattern).map(|i| i + pattern.len()) else { return String::new() };
    let rest = &line[start..];
    let end = match rest.strip_prefix('"') {
        Some(quoted) => quoted.find('"').map_or(rest.len(), |i| i + 2),
        None => rest.find([',', '}']).unwrap_or(rest.len()),
    };
    rest[..end].to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_are_read_from_the_measurement_line() {
        let line = r#"{"corpus":"seeds","page":"18 events from 5 articles","gzipBytes":252305,"firstEventMs":383}"#;
        assert_eq!(super::json_field(line, "page"), "\"18 events from 5 articles\"");
        assert_eq!(super::json_field(line, "gzipBytes"), "252305");
        assert_eq!(super::json_field(line, "firstEventMs"), "383");
        assert_eq!(super::json_field(line, "nope"), "");
    }
}
