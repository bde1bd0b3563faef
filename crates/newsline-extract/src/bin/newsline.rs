//! `newsline export <DIR>`: prints the corpus JSON extracted from a seed folder.

#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: newsline export [--format json|csv|ics|timelinejs] <DIR>\n\n\
Prints on stdout the corpus extracted from the *.txt articles of DIR\n\
(with DIR/sources.toml when present), by default as the JSON of the export\n\
contract; csv: one row per event; ics: an iCalendar entry per dated event;\n\
timelinejs: Knight Lab TimelineJS JSON. Problems go to stderr, naming the file.";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Ics,
    TimelineJs,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let format = |name: &str| match name {
        "json" => Some(Format::Json),
        "csv" => Some(Format::Csv),
        "ics" => Some(Format::Ics),
        "timelinejs" => Some(Format::TimelineJs),
        _ => None,
    };
    match args.as_slice() {
        [cmd, dir] if cmd == "export" => export(PathBuf::from(dir), Format::Json),
        [cmd, flag, name, dir] if cmd == "export" && flag == "--format" => match format(name) {
            Some(f) => export(PathBuf::from(dir), f),
            None => {
                eprintln!("newsline: unknown format {name:?} (json, csv, ics or timelinejs)\n\n{USAGE}");
                ExitCode::from(2)
            }
        },
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn export(dir: PathBuf, format: Format) -> ExitCode {
    match newsline_extract::extract_dir(&dir) {
        Ok(extraction) => {
            for diagnostic in &extraction.diagnostics {
                eprintln!("newsline: {diagnostic}");
            }
            if extraction.corpus.articles.is_empty() {
                eprintln!("newsline: {}: no article could be read", dir.display());
                return ExitCode::FAILURE;
            }
            let corpus = &extraction.corpus;
            let events: Vec<&newsline_model::Event> = corpus.events.iter().collect();
            let rendered = match format {
                Format::Json => serde_json::to_string_pretty(corpus),
                Format::Csv => Ok(newsline_model::formats::events_csv(corpus, &events)),
                Format::Ics => Ok(newsline_model::formats::events_ics(corpus, &events, &utc_stamp())),
                Format::TimelineJs => Ok(newsline_model::formats::timelinejs(corpus, &events, "Newsline")),
            };
            match rendered {
                Ok(json) => {
                    use std::io::Write;
                    match writeln!(std::io::stdout().lock(), "{json}") {
                        // A closed pipe (`newsline export seeds | head`) is not an error.
                        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                            eprintln!("newsline: cannot write to stdout: {err}");
                            ExitCode::FAILURE
                        }
                        _ => ExitCode::SUCCESS,
                    }
                }
                Err(err) => {
                    eprintln!("newsline: cannot render the corpus: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(diagnostic) => {
            eprintln!("newsline: {diagnostic}");
            ExitCode::FAILURE
        }
    }
}

/// Now, as an iCalendar UTC timestamp (`YYYYMMDDTHHMMSSZ`).
fn utc_stamp() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let date = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default();
    date.format("%Y%m%dT%H%M%SZ").to_string()
}
