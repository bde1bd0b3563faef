//! Runs the extraction once on a generated corpus of N megabytes (default 1), for
//! profilers: `cargo run --release -p newsline-extract --example profile_extract -- 1`.
//! With a second argument, writes the corpus JSON there, so that a speed-up can be
//! checked to change nothing: `... -- 2 /tmp/before.json`, change, `... -- 2 /tmp/after.json`, `cmp`.
//! `--one-article` joins the generated articles into one article of N megabytes (per-article
//! scaling); `--one-line` also puts it on a single line (no line break at all).
//! `--seeds=DIR` also writes the generated articles into DIR as `.txt` files, to build the
//! app from them (`NEWSLINE_SEEDS=DIR trunk build --release`).
#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: newsline_extract::alloc::MiMalloc = newsline_extract::alloc::MiMalloc;

use newsline_extract::{extract, read_seed_folder, Input};
use std::path::Path;

include!("../benches/support/generate.rs");

fn main() {
    #[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
    newsline_extract::alloc::give_back_at_once();
    let flags: Vec<String> = std::env::args().skip(1).filter(|a| a.starts_with("--")).collect();
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let megabytes: f64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let mut inputs = generated_corpus((megabytes * (1 << 20) as f64) as usize);
    if flags.iter().any(|f| f == "--one-article" || f == "--one-line") {
        let mut text: String = inputs.iter().map(|i| i.text.as_str()).collect();
        if flags.iter().any(|f| f == "--one-line") {
            text = text.replace('\n', " ");
        }
        inputs = vec![Input { file: "one.txt".into(), text }];
    }
    // The input held as it would be read from files: no spare capacity (the generator's
    // strings grow by doubling, up to 40% more than their text, which the peak memory
    // measured here would otherwise count). A copy, not `shrink_to_fit`: mimalloc's
    // `realloc` keeps a block that would still be half used, so that kept the spare room.
    inputs.iter_mut().for_each(|i| i.text = i.text.as_str().to_owned());
    if let Some(dir) = flags.iter().find_map(|f| f.strip_prefix("--seeds=")) {
        write_seed_folder(Path::new(dir), &inputs, &[]);
    }
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let start = std::time::Instant::now();
    let corpus = extract(&inputs, &[]);
    let seconds = start.elapsed().as_secs_f64();
    if let Some(path) = args.get(1) {
        std::fs::write(path, serde_json::to_string_pretty(&corpus).expect("corpus serialises")).expect("writes the corpus JSON");
    }
    println!("{} articles, {bytes} bytes, {} events, {:.2} s, {:.2} MB/s", corpus.articles.len(), corpus.events.len(), seconds, bytes as f64 / seconds / 1e6);
}
