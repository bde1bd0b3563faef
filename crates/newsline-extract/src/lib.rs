//! Newsline's extraction engine: raw scraped articles in, a linked corpus out.
//!
//! Pure Rust, no web dependency: it runs in the `newsline` CLI and in the app's
//! `build.rs`. See ARCHITECTURE.md for the pipeline stages.

pub mod input;

pub use input::{read_seed_folder, Diagnostic, Input, Source};
use newsline_model::*;
use std::path::Path;

/// The result of extracting a seed folder.
#[derive(Debug)]
pub struct Extraction {
    pub corpus: Corpus,
    /// Problems found on the way, each naming its file.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads and extracts a seed folder. Fails only when the folder cannot be read at all.
pub fn extract_dir(dir: &Path) -> Result<Extraction, Diagnostic> {
    let folder = read_seed_folder(dir)?;
    let corpus = extract(&folder.inputs, &folder.sources);
    Ok(Extraction { corpus, diagnostics: folder.diagnostics })
}

/// Extracts the corpus from raw articles and what `sources.toml` says of them.
pub fn extract(inputs: &[Input], sources: &[Source]) -> Corpus {
    // FIRST PASS (placeholder until the pipeline lands): one sentence per line.
    let articles = inputs
        .iter()
        .map(|input| {
            let source = sources.iter().find(|s| s.file == input.file);
            let mut sentences = Vec::new();
            let mut offset = 0usize;
            for (paragraph, line) in input.text.split_inclusive('\n').enumerate() {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    let start = offset + (line.len() - line.trim_start().len());
                    sentences.push(Sentence {
                        text: trimmed.to_string().into(),
                        start: start as u32,
                        end: (start + trimmed.len()) as u32,
                        paragraph: paragraph as u32,
                    });
                }
                offset += line.len();
            }
            Article {
                id: input.file.trim_end_matches(".txt").to_string().into(),
                file: input.file.clone().into(),
                outlet: source.and_then(|s| s.outlet.clone()).map(Into::into),
                outlet_source: source.and_then(|s| s.outlet.as_ref()).map(|_| "sources.toml".into()),
                url: source.and_then(|s| s.url.clone()).map(Into::into),
                title: None,
                published: Published { date: None, time: None, inferred: false },
                text: sentences.iter().map(|s| s.text.as_ref()).collect::<Vec<_>>().join("\n\n").into(),
                sentences: sentences.into(),
                copy_of: None,
            }
        })
        .collect::<Vec<_>>();
    Corpus { articles: articles.into(), ..Corpus::default() }
}
