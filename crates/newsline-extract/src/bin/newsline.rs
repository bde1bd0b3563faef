//! `newsline export <DIR>`: prints the corpus JSON extracted from a seed folder.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: newsline export <DIR>\n\n\
Prints on stdout the JSON corpus extracted from the *.txt articles of DIR\n\
(with DIR/sources.toml when present). Problems go to stderr, naming the file.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd, dir] if cmd == "export" => export(PathBuf::from(dir)),
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

fn export(dir: PathBuf) -> ExitCode {
    match newsline_extract::extract_dir(&dir) {
        Ok(extraction) => {
            for diagnostic in &extraction.diagnostics {
                eprintln!("newsline: {diagnostic}");
            }
            if extraction.corpus.articles.is_empty() {
                eprintln!("newsline: {}: no article could be read", dir.display());
                return ExitCode::FAILURE;
            }
            match serde_json::to_string_pretty(&extraction.corpus) {
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
                    eprintln!("newsline: cannot write JSON: {err}");
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
