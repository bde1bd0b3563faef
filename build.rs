//! Runs the extraction over `seeds/` and packs the corpus into `$OUT_DIR/corpus.bin`
//! (the format is documented in `newsline_model::pack`). `src/corpus.rs` embeds it with
//! `include_bytes!` and reads it once at start-up, its text borrowed from the embedded
//! bytes: nothing is parsed but this blob, and the compiler sees bytes, not code.
//!
//! `NEWSLINE_SEEDS` points it at another seed folder (used by tests of hostile input).
//!
//! Past [`SHARD_ABOVE`] bytes of article text (`NEWSLINE_SHARD_ABOVE` overrides it; 0 shards
//! any corpus, as the end-to-end test does), `corpus.bin` is only the index
//! (`newsline_model::pack::shards`: everything but the articles' text and sentences and the
//! quotes' words) and the articles with their quotes go, about [`SHARD_BYTES`] of text each
//! (`NEWSLINE_SHARD_BYTES` overrides it), into `$OUT_DIR/shards-HASH/NNN.bin`, the quotes alone
//! (about as many bytes of quoted words each, for the search) into `qNNN.bin` beside them, which
//! `tools/shards.mjs` copies next to the page. `$OUT_DIR/shards.rs` tells the app the folder's
//! name and where each shard starts (no shards: empty lists, everything embedded).

use std::path::{Path, PathBuf};

/// Article text (bytes, the sum of the articles' `text`) past which the articles are shards.
/// At 1 MB the embedded corpus made the wasm about 580 KB gzip, three times the app's code.
const SHARD_ABOVE: usize = 1 << 20;
/// About how much article text goes into one shard (a shard is ~2× that with sentences).
const SHARD_BYTES: usize = 128 << 10;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let seeds = std::env::var_os("NEWSLINE_SEEDS").map(PathBuf::from).unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-env-changed=NEWSLINE_SEEDS");
    println!("cargo:rerun-if-env-changed=NEWSLINE_SHARD_ABOVE");
    println!("cargo:rerun-if-env-changed=NEWSLINE_SHARD_BYTES");
    let shard_above = bytes_from_env("NEWSLINE_SHARD_ABOVE", SHARD_ABOVE);
    let shard_bytes = bytes_from_env("NEWSLINE_SHARD_BYTES", SHARD_BYTES);
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
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // Shard folders of earlier builds go: the hook copies the one the wasm names.
    for entry in std::fs::read_dir(&out_dir).unwrap().flatten() {
        if entry.file_name().to_string_lossy().starts_with("shards-") {
            std::fs::remove_dir_all(entry.path()).unwrap_or_else(|err| panic!("cannot remove {}: {err}", entry.path().display()));
        }
    }
    let text_bytes: usize = extraction.corpus.articles.iter().map(|a| a.text.len()).sum();
    let (index, shards) = if text_bytes > shard_above {
        let split = newsline_model::pack::shards::split(&extraction.corpus, shard_bytes);
        let shards: Vec<Vec<u8>> = split.shards.iter().map(checked_pack).collect();
        let read: Vec<_> = shards.iter().map(|bytes| newsline_model::pack::unpack(leak(bytes.clone())).unwrap()).collect();
        let index = checked_pack(&split.index);
        let whole = newsline_model::pack::shards::merge(&newsline_model::pack::unpack(leak(index.clone())).unwrap(), &read);
        assert!(whole == extraction.corpus, "the index and the shards read back different from the extracted corpus");
        let quote_shards: Vec<Vec<u8>> = split.quote_shards.iter().map(checked_pack).collect();
        let quotes: Vec<_> = quote_shards.iter().flat_map(|bytes| newsline_model::pack::unpack(leak(bytes.clone())).unwrap().quotes.to_vec()).collect();
        assert!(quotes == *extraction.corpus.quotes, "the quote shards read back different from the extracted quotes");
        (index, Some((split.starts, shards, split.quote_starts, quote_shards)))
    } else {
        (checked_pack(&extraction.corpus), None)
    };
    write(&out_dir.join("corpus.bin"), &index);
    let plan = match shards {
        None => "pub const SHARD_DIR: &str = \"\";\npub const SHARD_STARTS: &[u32] = &[];\npub const QUOTE_STARTS: &[u32] = &[];\n".to_string(),
        Some((starts, shards, quote_starts, quote_shards)) => {
            let mut hash = Fnv::default();
            hash.add(&index);
            shards.iter().chain(&quote_shards).for_each(|bytes| hash.add(bytes));
            let name = format!("shards-{:016x}", hash.0);
            let dir = out_dir.join(&name);
            std::fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("cannot create {}: {err}", dir.display()));
            for (n, bytes) in shards.iter().enumerate() {
                write(&dir.join(format!("{n:03}.bin")), bytes);
            }
            for (n, bytes) in quote_shards.iter().enumerate() {
                write(&dir.join(format!("q{n:03}.bin")), bytes);
            }
            format!(
                "pub const SHARD_DIR: &str = {name:?};\npub const SHARD_STARTS: &[u32] = &{starts:?};\npub const QUOTE_STARTS: &[u32] = &{quote_starts:?};\n"
            )
        }
    };
    write(&out_dir.join("shards.rs"), plan.as_bytes());
}

fn bytes_from_env(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(value) => value.trim().parse().unwrap_or_else(|_| panic!("{name}={value:?} is not a number of bytes")),
        Err(_) => default,
    }
}

/// Packs `corpus`, checking that it reads back the same, so the page's single `expect` on
/// the embedded blob cannot fail.
fn checked_pack(corpus: &newsline_model::Corpus) -> Vec<u8> {
    let packed = newsline_model::pack::pack(corpus);
    match newsline_model::pack::unpack(leak(packed.clone())) {
        Ok(read) if read == *corpus => packed,
        Ok(_) => panic!("the packed corpus reads back different from the extracted one"),
        Err(err) => panic!("the packed corpus does not read back: {err}"),
    }
}

fn leak(bytes: Vec<u8>) -> &'static [u8] {
    Box::leak(bytes.into_boxed_slice())
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// FNV-1a, 64 bits: names the shard folder after its content, so a browser never mixes
/// shards of two builds.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
