//! `newsline-quality DIR [--readings DIR] [--misses] [--sample N] [--seed S]`: see the library.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: newsline-quality DIR [--readings DIR] [--misses] [--sample N] [--seed S]\n\
  scores the extraction of DIR against the readings (default: quality/readings);\n\
  --sample draws N events for a reader, --seed another draw than the default one";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut dir, mut readings, mut misses, mut sample, mut seed) = (None, PathBuf::from("quality/readings"), false, 0, 0);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--readings" => readings = args.next().map(PathBuf::from).unwrap_or(readings),
            "--misses" => misses = true,
            "--sample" => sample = args.next().and_then(|n| n.parse().ok()).unwrap_or(15),
            "--seed" => match args.next().and_then(|n| n.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("newsline-quality: --seed needs a whole number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let (corpus, report) = match newsline_quality::evaluate(&dir, &readings) {
        Ok(done) => done,
        Err(message) => {
            eprintln!("newsline-quality: {message}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", newsline_quality::table(&report));
    for error in &report.reading_errors {
        println!("reading error: {error}");
    }
    if misses {
        println!();
        // The same miss (a split happening, say) once, with how often it was counted.
        let mut counted: Vec<(&String, usize)> = Vec::new();
        for miss in &report.misses {
            match counted.iter_mut().find(|(m, _)| *m == miss) {
                Some((_, n)) => *n += 1,
                None => counted.push((miss, 1)),
            }
        }
        for (miss, n) in counted {
            println!("miss: {miss}{}", if n > 1 { format!(" (×{n})") } else { String::new() });
        }
    }
    if sample > 0 {
        print!("{}", newsline_quality::sample(&corpus, sample, seed));
    }
    ExitCode::SUCCESS
}
