//! Runs the extraction over `seeds/` and bakes the corpus into the binary as
//! `static` data (`$OUT_DIR/corpus.rs`), so nothing is parsed in the browser.
//!
//! `NEWSLINE_SEEDS` points it at another seed folder (used by tests of hostile input).

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let seeds = std::env::var_os("NEWSLINE_SEEDS").map(PathBuf::from).unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-env-changed=NEWSLINE_SEEDS");
    // A directory here makes cargo re-run us when any file inside it changes.
    println!("cargo:rerun-if-changed={}", seeds.display());

    let extraction = match newsline_extract::extract_dir(&seeds) {
        Ok(extraction) => extraction,
        Err(diagnostic) => {
            eprintln!("error: {diagnostic}");
            std::process::exit(1);
        }
    };
    for diagnostic in &extraction.diagnostics {
        println!("cargo:warning=seeds/{diagnostic}");
    }
    if extraction.corpus.articles.is_empty() {
        eprintln!("error: {}: no article could be read", seeds.display());
        std::process::exit(1);
    }
    let source = newsline_model::bake::corpus_source("CORPUS", &extraction.corpus);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("corpus.rs");
    std::fs::write(&out, source).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}
