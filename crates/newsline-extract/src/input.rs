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
    let entries = std::fs::read_dir(dir).map_err(|err| Diagnostic { file: dir.display().to_string(), message: format!("cannot read the folder: {err}") })?;
    let mut folder = SeedFolder::default();
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if path.extension().is_none_or(|ext| ext != "txt") {
            continue;
        }
        if path.is_dir() {
            folder.diagnostics.push(Diagnostic { file: name, message: "a folder, not an article file; skipped".into() });
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => match decode(&bytes) {
                Ok(decoded) if decoded.text.trim().is_empty() => {
                    folder.diagnostics.push(Diagnostic { file: name, message: "the file is empty; skipped".into() })
                }
                Ok(Decoded { text, note }) => {
                    if let Some(message) = note {
                        folder.diagnostics.push(Diagnostic { file: name.clone(), message });
                    }
                    folder.inputs.push(Input { file: name, text });
                }
                Err(message) => folder.diagnostics.push(Diagnostic { file: name, message }),
            },
            Err(err) => folder.diagnostics.push(Diagnostic { file: name, message: format!("cannot read the file: {err}") }),
        }
    }
    let sources_path = dir.join("sources.toml");
    if sources_path.is_file() {
        match std::fs::read_to_string(&sources_path) {
            Ok(text) => match parse_sources(&text) {
                Ok(sources) => folder.sources = sources,
                Err(message) => folder.diagnostics.push(Diagnostic {
                    file: "sources.toml".into(),
                    message: format!("{message}; ignored: the articles are still read, their outlets and addresses taken from their own text"),
                }),
            },
            Err(err) => folder.diagnostics.push(Diagnostic { file: "sources.toml".into(), message: format!("cannot read the file: {err}") }),
        }
        for source in &folder.sources {
            if !folder.inputs.iter().any(|input| input.file == source.file) {
                folder
                    .diagnostics
                    .push(Diagnostic { file: "sources.toml".into(), message: format!("names `{}`, which is not an article in the folder", source.file) });
            }
        }
    }
    Ok(folder)
}

/// Parses the text of a `sources.toml`; an error names the line and column.
pub fn parse_sources(text: &str) -> Result<Vec<Source>, String> {
    toml::from_str::<SourcesFile>(text).map(|file| file.source).map_err(|err| {
        // One line per diagnostic: toml's message may span several.
        let message = err.message().trim().replace('\n', "; ");
        match err.span() {
            Some(span) => {
                let (line, column) = line_and_column(text, span.start);
                format!("not a valid sources file (line {line}, column {column}): {message}")
            }
            None => format!("not a valid sources file: {message}"),
        }
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// An article file's text, and a note on how it was read when that was not plain UTF-8.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Share of control bytes (other than tab, line feed, form feed, carriage return) above
/// which a file is binary data, not text: random bytes have about one in eight.
const BINARY_CONTROL_SHARE: f64 = 0.01;

/// Decodes an article file: UTF-8; UTF-16 with a byte-order mark; else the legacy encoding
/// that chardetng detects (Latin-1 and Windows-1252 decode as windows-1252, as browsers do).
/// Binary data is refused with the reason.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes).filter(|(e, _)| *e != encoding_rs::UTF_8) {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return Ok(Decoded { text: text.into_owned(), note: Some(format!("read as {} (byte-order mark)", encoding.name())) });
    }
    let controls = bytes.iter().filter(|b| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r')).count();
    if controls as f64 > BINARY_CONTROL_SHARE * bytes.len() as f64 {
        return Err(format!("binary data, not text ({controls} control bytes in {}); skipped", bytes.len()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: text.to_string(), note: None }),
        Err(err) => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let encoding = detector.guess(None, false);
            let (text, _, had_errors) = encoding.decode(bytes);
            let unmapped = if had_errors { ", some bytes unmapped (shown as \u{fffd})" } else { "" };
            let note =
                format!("not valid UTF-8 (first bad byte at offset {}); decoded as {}, the detected encoding{unmapped}", err.valid_up_to(), encoding.name());
            Ok(Decoded { text: text.into_owned(), note: Some(note) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sources_with_optional_fields() {
        let sources = parse_sources("[[source]]\nfile = \"a.txt\"\noutlet = \"TASS\"\n\n[[source]]\nfile = \"b.txt\"\n").unwrap();
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

    /// A fresh folder under the system temp folder, removed by the caller.
    fn temp_folder(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("newsline-input-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn messages(folder: &SeedFolder) -> Vec<String> {
        folder.diagnostics.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn reports_bad_files_by_name() {
        let dir = temp_folder("bad");
        std::fs::write(dir.join("good.txt"), "Lavrov said on Friday.").unwrap();
        std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
        std::fs::write(dir.join("latin1.txt"), b"caf\xe9 au lait").unwrap();
        std::fs::create_dir(dir.join("folder.txt")).unwrap();
        std::fs::write(dir.join("sources.toml"), "[[source]]\nfile = \"gone.txt\"\n").unwrap();
        let folder = read_seed_folder(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let files: Vec<_> = folder.inputs.iter().map(|i| i.file.as_str()).collect();
        assert_eq!(files, ["good.txt", "latin1.txt"]);
        let messages = messages(&folder);
        assert!(messages.iter().any(|m| m.starts_with("empty.txt: the file is empty")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("latin1.txt: not valid UTF-8")), "{messages:?}");
        assert!(messages.iter().any(|m| m == "folder.txt: a folder, not an article file; skipped"), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("sources.toml: names `gone.txt`")), "{messages:?}");
    }

    /// Latin-1 bytes of an English sentence with a few accented names (a sentence or two is
    /// needed: on one accented letter alone, chardetng may as well guess a Central European code page).
    pub(crate) const LATIN1_ARTICLE: &[u8] = b"Russia's Foreign Minister Sergey Lavr\xf3v said on Friday that Moscow \
        would help the UN envoy Staffan de Mistura. He met Fran\xe7ois Hollande and Jos\xe9 Mar\xeda in Z\xfcrich.";

    #[test]
    fn latin1_and_windows_1252_are_detected_and_decoded_with_a_note() {
        let latin1 = decode(LATIN1_ARTICLE).unwrap();
        assert!(latin1.text.contains("Sergey Lavr\u{f3}v said") && latin1.text.contains("Fran\u{e7}ois"), "{}", latin1.text);
        let note = latin1.note.unwrap();
        assert!(note.contains("offset 37") && note.contains("decoded as windows-1252"), "{note}");
        // Curly quotes and the euro sign are where Windows-1252 differs from Latin-1.
        let cp1252 = decode(b"He said: \x93We will pay \x80 5 million.\x94 The caf\xe9 closed.").unwrap();
        assert_eq!(cp1252.text, "He said: \u{201c}We will pay \u{20ac} 5 million.\u{201d} The caf\u{e9} closed.");
        assert!(cp1252.note.is_some());
        let utf8 = decode("Lavr\u{f3}v said.".as_bytes()).unwrap();
        assert_eq!((utf8.text.as_str(), utf8.note), ("Lavr\u{f3}v said.", None));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("Lavrov said.".encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "Lavrov said.");
        assert!(decoded.note.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn binary_data_is_refused_naming_the_file() {
        // Deterministic pseudo-random bytes, as in a misplaced image or archive.
        let mut state = 0x5eed_u64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 56) as u8
            })
            .collect();
        assert!(decode(&noise).unwrap_err().starts_with("binary data, not text"));
        let dir = temp_folder("binary");
        std::fs::write(dir.join("photo.txt"), &noise).unwrap();
        std::fs::write(dir.join("good.txt"), "Lavrov said on Friday.").unwrap();
        let folder = read_seed_folder(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(folder.inputs.iter().map(|i| i.file.as_str()).collect::<Vec<_>>(), ["good.txt"]);
        let messages = messages(&folder);
        assert!(messages.iter().any(|m| m.starts_with("photo.txt: binary data, not text") && m.ends_with("skipped")), "{messages:?}");
        // Text with a stray control byte is still text.
        assert!(decode(format!("{}\x07", "Lavrov said on Friday. ".repeat(10)).as_bytes()).is_ok());
    }

    #[test]
    fn a_malformed_sources_file_is_reported_with_line_and_column_and_articles_still_read() {
        let err = parse_sources("[[source]]\nfile = \"a.txt\"\noutlet = \"TASS\n").unwrap_err();
        assert!(err.starts_with("not a valid sources file (line 3, column 15)"), "{err}");
        let err = parse_sources("[[source]]\nfile = \"a.txt\"\n  outlett = \"x\"\n").unwrap_err();
        assert!(err.starts_with("not a valid sources file (line 3, column 3)") && err.contains("outlett"), "{err}");
        let dir = temp_folder("toml");
        std::fs::write(dir.join("a.txt"), "Lavrov said on Friday.").unwrap();
        std::fs::write(dir.join("sources.toml"), "[[source]]\nfile = a.txt\n").unwrap();
        let folder = read_seed_folder(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(folder.inputs.len(), 1);
        let messages = messages(&folder);
        assert!(
            messages.iter().any(|m| m.starts_with("sources.toml: not a valid sources file (line 2, column 8)") && m.contains("the articles are still read")),
            "{messages:?}"
        );
    }

    #[test]
    fn missing_folder_is_an_error_naming_it() {
        let err = read_seed_folder(Path::new("/no/such/newsline/folder")).unwrap_err();
        assert!(err.to_string().starts_with("/no/such/newsline/folder: cannot read the folder"));
    }
}
