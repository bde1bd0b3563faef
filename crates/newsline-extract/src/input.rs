//! Reading a seed folder: the `*.txt` articles and the optional `sources.toml`.
//! Every problem becomes a [`Diagnostic`] naming the file; nothing is dropped silently.

use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// One raw article file.
#[derive(Clone, Debug)]
pub struct Input {
    /// The file name (not the path), e.g. `002_21cc6f566d20f40c.txt`.
    pub file: String,
    /// The raw text, unedited.
    pub text: String,
}

/// What `sources.toml` says about one file.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub file: String,
    pub outlet: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<Source>,
}

/// A problem with one input file.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Everything read from a seed folder.
#[derive(Debug, Default)]
pub struct SeedFolder {
    pub inputs: Vec<Input>,
    pub sources: Vec<Source>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `dir/*.txt` (sorted by name) and `dir/sources.toml` if present.
///
/// Fails only when the folder itself cannot be listed; unreadable or odd files
/// are reported as diagnostics and skipped.
pub fn read_seed_folder(dir: &Path) -> Result<SeedFolder, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|err| Diagnostic {
        file: dir.display().to_string(),
        message: format!("cannot read the folder: {err}"),
    })?;
    let mut folder = SeedFolder::default();
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if path.extension().is_some_and(|ext| ext == "txt") && path.is_file() {
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) if text.trim().is_empty() => folder.diagnostics.push(Diagnostic {
                        file: name,
                        message: "the file is empty; skipped".into(),
                    }),
                    Ok(text) => folder.inputs.push(Input { file: name, text }),
                    Err(err) => {
                        let at = err.utf8_error().valid_up_to();
                        folder.diagnostics.push(Diagnostic {
                            file: name.clone(),
                            message: format!(
                                "not valid UTF-8 (first bad byte at offset {at}); read with replacement characters"
                            ),
                        });
                        let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                        folder.inputs.push(Input { file: name, text });
                    }
                },
                Err(err) => folder.diagnostics.push(Diagnostic {
                    file: name,
                    message: format!("cannot read the file: {err}"),
                }),
            }
        }
    }
    let sources_path = dir.join("sources.toml");
    if sources_path.is_file() {
        match std::fs::read_to_string(&sources_path) {
            Ok(text) => match parse_sources(&text) {
                Ok(sources) => folder.sources = sources,
                Err(message) => folder.diagnostics.push(Diagnostic {
                    file: "sources.toml".into(),
                    message,
                }),
            },
            Err(err) => folder.diagnostics.push(Diagnostic {
                file: "sources.toml".into(),
                message: format!("cannot read the file: {err}"),
            }),
        }
        for source in &folder.sources {
            if !folder.inputs.iter().any(|input| input.file == source.file) {
                folder.diagnostics.push(Diagnostic {
                    file: "sources.toml".into(),
                    message: format!("names `{}`, which is not an article in the folder", source.file),
                });
            }
        }
    }
    Ok(folder)
}

/// Parses the text of a `sources.toml`.
pub fn parse_sources(text: &str) -> Result<Vec<Source>, String> {
    toml::from_str::<SourcesFile>(text)
        .map(|file| file.source)
        .map_err(|err| format!("not a valid sources file: {}", err.message()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sources_with_optional_fields() {
        let sources = parse_sources(
            "[[source]]\nfile = \"a.txt\"\noutlet = \"TASS\"\n\n[[source]]\nfile = \"b.txt\"\n",
        )
        .unwrap();
        assert_eq!(sources.len(), 2);
        assert_eq!(sources[0].outlet.as_deref(), Some("TASS"));
        assert_eq!(sources[1].outlet, None);
    }

    #[test]
    fn a_source_may_give_only_its_address() {
        let sources = parse_sources("[[source]]\nfile = \"a.txt\"\nurl = \"https://www.example.com/2016/10/07/x\"\n").unwrap();
        assert_eq!(sources[0].url.as_deref(), Some("https://www.example.com/2016/10/07/x"));
        assert_eq!((sources[0].outlet.as_deref(), sources[0].site.as_deref()), (None, None));
        assert!(parse_sources("").unwrap().is_empty());
    }

    #[test]
    fn rejects_unknown_fields_with_a_message() {
        let err = parse_sources("[[source]]\nfile = \"a.txt\"\noutlett = \"x\"\n").unwrap_err();
        assert!(err.contains("outlett"), "{err}");
    }

    #[test]
    fn reports_bad_files_by_name() {
        let dir = std::env::temp_dir().join(format!("newsline-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("good.txt"), "Lavrov said on Friday.").unwrap();
        std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
        std::fs::write(dir.join("latin1.txt"), b"caf\xe9 au lait").unwrap();
        std::fs::write(dir.join("sources.toml"), "[[source]]\nfile = \"gone.txt\"\n").unwrap();
        let folder = read_seed_folder(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let files: Vec<_> = folder.inputs.iter().map(|i| i.file.as_str()).collect();
        assert_eq!(files, ["good.txt", "latin1.txt"]);
        let messages: Vec<String> = folder.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(messages.iter().any(|m| m.starts_with("empty.txt: the file is empty")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("latin1.txt: not valid UTF-8")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("sources.toml: names `gone.txt`")), "{messages:?}");
    }

    #[test]
    fn missing_folder_is_an_error_naming_it() {
        let err = read_seed_folder(Path::new("/no/such/newsline/folder")).unwrap_err();
        assert!(err.to_string().starts_with("/no/such/newsline/folder: cannot read the folder"));
    }
}
