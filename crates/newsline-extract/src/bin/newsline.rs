//! `newsline export <DIR>`: prints the corpus JSON extracted from a seed folder.

#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: newsline_extract::alloc::MiMalloc = newsline_extract::alloc::MiMalloc;

use newsline_model::formats::{export_format, ExportFormat, EXPORT_FORMATS};
use std::path::PathBuf;
use std::process::ExitCode;

/// The format names, as the usage and the error list them: "json|timelinejs|csv|ics".
fn format_names(separator: &str) -> String {
    EXPORT_FORMATS.iter().map(|f| f.name).collect::<Vec<_>>().join(separator)
}

fn usage() -> String {
    format!(
        "usage: newsline export [--format {}] <DIR>\n\n\
Prints on stdout the corpus extracted from the *.txt articles of DIR\n\
(with DIR/sources.toml when present), by default as the JSON of the export\n\
contract; csv: one row per event; ics: an iCalendar entry per dated event;\n\
timelinejs: Knight Lab TimelineJS JSON. Problems go to stderr, naming the file.",
        format_names("|")
    )
}

fn main() -> ExitCode {
    #[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
    newsline_extract::alloc::give_back_at_once();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd, dir] if cmd == "export" => export(PathBuf::from(dir), &EXPORT_FORMATS[0]),
        [cmd, flag, name, dir] if cmd == "export" && flag == "--format" => match export_format(name) {
            Some(format) => export(PathBuf::from(dir), format),
            None => {
                eprintln!("newsline: unknown format {name:?} ({})\n\n{}", format_names(", "), usage());
                ExitCode::from(2)
            }
        },
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", usage());
            ExitCode::from(2)
        }
    }
}

fn export(dir: PathBuf, format: &ExportFormat) -> ExitCode {
    match newsline_extract::extract_dir(&dir) {
        Ok(extraction) => {
            for diagnostic in &extraction.diagnostics {
                eprintln!("newsline: {diagnostic}");
            }
            if extraction.corpus.articles.is_empty() {
                eprintln!("newsline: {}: no article could be read", dir.display());
                return ExitCode::FAILURE;
            }
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // A large format is streamed, not rendered whole first (see `ExportFormat::stream`).
            let written = match format.stream {
                Some(stream) => stream(&extraction.corpus, &mut out).and_then(|()| writeln!(out)),
                None => writeln!(out, "{}", (format.write)(&extraction.corpus, &utc_stamp())),
            };
            match written.and_then(|()| out.flush()) {
                // A closed pipe (`newsline export seeds | head`) is not an error.
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("newsline: cannot write to stdout: {err}");
                    ExitCode::FAILURE
                }
                _ => ExitCode::SUCCESS,
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
