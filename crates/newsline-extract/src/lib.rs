//! Newsline's extraction engine: raw scraped articles in, a linked corpus out.
//!
//! Pure Rust, no web dependency: it runs in the `newsline` CLI and in the app's
//! `build.rs`. See ARCHITECTURE.md for the pipeline stages.

/// `$haystack.find($needle)` for a needle fixed in the code, its
/// `memchr::memmem::Finder` built once: `str::find` builds a Two-Way searcher on every
/// call, which on a sentence cost more than the search (~800 instructions a call).
macro_rules! find_fixed {
    ($needle:literal, $haystack:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        FINDER.find(str::as_bytes($haystack))
    }};
}

/// `$haystack.rfind($needle)` for a fixed needle, as [`find_fixed`].
macro_rules! rfind_fixed {
    ($needle:literal, $haystack:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> = std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new($needle));
        FINDER.rfind(str::as_bytes($haystack))
    }};
}

pub mod actors;
#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
pub mod alloc;
pub mod article;
pub mod clean;
pub mod data;
pub mod events;
pub mod fuzz;
pub mod headings;
pub mod headline;
pub mod input;
pub mod linking;
mod pipeline;
pub mod points;
pub mod published;
pub mod publisher;
pub mod quotes;
pub mod reuse;
pub mod sentences;
pub mod slug;
pub mod sorted_set;
mod spaced;
pub mod start_pairs;
pub mod subject;
pub mod tense;
pub mod timex;
pub mod word_filter;

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
    pipeline::run(inputs, sources)
}
