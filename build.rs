//! Runs the extraction over `seeds/` and packs the corpus into `$OUT_DIR/corpus.bin`
//! (the format is documented in `newsline_model::pack`). `src/corpus.rs` embeds it with
//! `include_bytes!` and reads it once at start-up, its text borrowed from the embedded
//! bytes: nothing is parsed but this blob, and the compiler sees bytes, not code.
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
    let packed: &'static [u8] = Box::leak(newsline_model::pack::pack(&extraction.corpus).into_boxed_slice());
    // Read it back here, so the page's single `expect` on it cannot fail.
    match newsline_model::pack::unpack(packed) {
        Ok(corpus) if corpus == extraction.corpus => {}
        Ok(_) => panic!("the packed corpus reads back different from the extracted one"),
        Err(err) => panic!("the packed corpus does not read back: {err}"),
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("corpus.bin");
    std::fs::write(&out, packed).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}
