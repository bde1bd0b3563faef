//! Writes the generated corpus of `benches/support/generate.rs` as a seed folder, so the app
//! can be built from it: `cargo run --release -p newsline-extract --example generate_seeds -- /tmp/gen5 5`,
//! then `NEWSLINE_SEEDS=/tmp/gen5 trunk build --release --offline`. Write it outside the repository.
use newsline_extract::{read_seed_folder, Input};
use std::path::{Path, PathBuf};

include!("../benches/support/generate.rs");

/// Outlets given to the files in turn, so the page has outlets to filter by.
const OUTLETS: [&str; 5] = ["Reuters", "Gulf Times", "TASS", "Al Jazeera", "The Guardian"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(megabytes)) = (args.first().map(PathBuf::from), args.get(1).and_then(|a| a.parse::<f64>().ok())) else {
        eprintln!("usage: generate_seeds DIR MEGABYTES");
        std::process::exit(2);
    };
    let inputs = generated_corpus((megabytes * (1 << 20) as f64) as usize);
    write_seed_folder(&dir, &inputs, &OUTLETS);
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    println!("{}: {} articles, {bytes} bytes", dir.display(), inputs.len());
}
