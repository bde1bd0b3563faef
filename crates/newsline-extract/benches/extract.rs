//! Extraction throughput on a large generated corpus (criterion).
//!
//! The corpus is generated from the seed paragraphs: each synthetic article has a
//! date line (dates spread over three months, some articles undated), a headline
//! and paragraphs drawn from all seeds, a fifth of whose words are swapped for
//! other words of the seeds, so articles overlap the way related reports do without
//! being copies of one another. Throughput is reported in bytes per second.
//!
//! `cargo bench -p newsline-extract --bench extract`

#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: newsline_extract::alloc::MiMalloc = newsline_extract::alloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsline_extract::{extract, read_seed_folder, Input};
use std::path::Path;

include!("support/generate.rs");

fn throughput(c: &mut Criterion) {
    #[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
    newsline_extract::alloc::give_back_at_once();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for megabytes in [1usize, 12] {
        let inputs = generated_corpus(megabytes << 20);
        let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("generated", format!("{megabytes}MB")), &inputs, |b, inputs| b.iter(|| extract(inputs, &[])));
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
