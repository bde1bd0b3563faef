//! Writes the generated corpus of `benches/support/generate.rs` as a seed folder, so the app
//! can be built from it: `cargo run --release -p newsline-extract --example generate_seeds -- /tmp/gen5 5`,
//! then `NEWSLINE_SEEDS=/tmp/gen5 trunk build --release --offline`. Write it outside the repository.
use newsline_extract::{read_seed_folder, Input};
use std::path::{Path, PathBuf};

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

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
    std::fs::create_dir_all(&dir).expect("creates the folder");
    let mut sources = String::new();
    for (i, input) in inputs.iter().enumerate() {
        std::fs::write(dir.join(&input.file), &input.text).expect("writes an article");
        sources.push_str(&format!("[[source]]\nfile = \"{}\"\noutlet = \"{}\"\n\n", input.file, OUTLETS[i % OUTLETS.len()]));
    }
    std::fs::write(dir.join("sources.toml"), sources).expect("writes sources.toml");
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    println!("{}: {} articles, {bytes} bytes", dir.display(), inputs.len());
}
