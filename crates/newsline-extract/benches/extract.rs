//! Extraction throughput on a large generated corpus (criterion).
//!
//! The corpus is generated from the seed paragraphs: each synthetic article has a
//! date line (dates spread over three months, some articles undated), a headline
//! and paragraphs drawn from all seeds, a fifth of whose words are swapped for
//! other words of the seeds, so articles overlap the way related reports do without
//! being copies of one another. Throughput is reported in bytes per second.
//!
//! `cargo bench -p newsline-extract --bench extract`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsline_extract::{extract, read_seed_folder, Input};
use std::path::Path;

/// A small deterministic generator (no dependency needed for this).
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

pub fn generated_corpus(target_bytes: usize) -> Vec<Input> {
    let seeds = read_seed_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds");
    let paragraphs: Vec<&str> = seeds
        .inputs
        .iter()
        .flat_map(|i| i.text.split('\n'))
        .map(str::trim)
        .filter(|p| p.split_whitespace().count() > 8)
        .collect();
    let vocabulary: Vec<&str> = paragraphs.iter().flat_map(|p| p.split_whitespace()).collect();
    let mut rng = Lcg(0x5eed);
    let months = ["Aug", "Sep", "Oct"];
    let mut inputs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut text = String::new();
        if rng.below(20) != 0 {
            text.push_str(&format!("{} {}, 2016 {:02}:{:02}\n\n", 1 + rng.below(28), months[rng.below(3)], rng.below(24), rng.below(60)));
        }
        text.push_str("Russia ready to back the plan for Aleppo\n\n");
        for _ in 0..8 + rng.below(12) {
            let paragraph = paragraphs[rng.below(paragraphs.len())];
            let words: Vec<&str> = paragraph
                .split_whitespace()
                .map(|w| if rng.below(5) == 0 { vocabulary[rng.below(vocabulary.len())] } else { w })
                .collect();
            text.push_str(&words.join(" "));
            text.push_str("\n\n");
        }
        total += text.len();
        inputs.push(Input { file: format!("{:05}.txt", inputs.len()), text });
    }
    inputs
}

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for megabytes in [1usize, 12] {
        let inputs = generated_corpus(megabytes << 20);
        let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("generated", format!("{megabytes}MB")), &inputs, |b, inputs| {
            b.iter(|| extract(inputs, &[]))
        });
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
