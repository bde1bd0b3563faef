//! Runs N generated cases through the whole pipeline (see `src/fuzz.rs`), on every core:
//! `cargo xtask fuzz N [--from SEED] [--ceiling-ms MS]`. Fails on a panic (naming the
//! seed, to rerun it alone with `--from SEED 1`) or on a case slower than the ceiling.
#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: newsline_extract::alloc::MiMalloc = newsline_extract::alloc::MiMalloc;

use newsline_extract::fuzz;
use rayon::prelude::*;
use std::cell::Cell;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

thread_local! {
    /// The case this thread is running, for the panic message.
    static CURRENT: Cell<Option<u64>> = const { Cell::new(None) };
}

fn flag(args: &[String], name: &str) -> Option<u64> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok())
}

fn main() -> ExitCode {
    #[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
    newsline_extract::alloc::give_back_at_once();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(count) = args.first().and_then(|a| a.parse::<u64>().ok()) else {
        eprintln!("usage: fuzz N [--from SEED] [--ceiling-ms MS]");
        return ExitCode::from(2);
    };
    let from = flag(&args, "--from").unwrap_or(0);
    let ceiling = Duration::from_millis(flag(&args, "--ceiling-ms").unwrap_or(5000));
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let seed = CURRENT.with(Cell::get).map_or("?".to_string(), |s| s.to_string());
        eprintln!("fuzz: case {seed} panicked (rerun: cargo xtask fuzz 1 --from {seed})");
        default_hook(info);
    }));
    let start = Instant::now();
    let (done, bytes, refused) = (AtomicU64::new(0), AtomicUsize::new(0), AtomicUsize::new(0));
    let slowest: Mutex<(Duration, u64, usize)> = Mutex::new((Duration::ZERO, 0, 0));
    let over: Mutex<Vec<(u64, Duration)>> = Mutex::new(Vec::new());
    let step = (count / 10).max(1);
    (from..from + count).into_par_iter().for_each(|seed| {
        CURRENT.with(|c| c.set(Some(seed)));
        let case = fuzz::case(seed, None);
        let took = Instant::now();
        std::hint::black_box(fuzz::run(&case));
        let took = took.elapsed();
        bytes.fetch_add(case.bytes, Ordering::Relaxed);
        refused.fetch_add(case.refused, Ordering::Relaxed);
        {
            let mut slowest = slowest.lock().unwrap();
            if took > slowest.0 {
                *slowest = (took, seed, case.bytes);
            }
        }
        if took > ceiling {
            over.lock().unwrap().push((seed, took));
        }
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n % step == 0 {
            eprintln!("fuzz: {n}/{count} cases, {:.0} s", start.elapsed().as_secs_f64());
        }
    });
    let (time, seed, size) = *slowest.lock().unwrap();
    println!(
        "fuzz: {count} cases (seeds {from}..{}), {:.1} MB, {} files refused as binary or empty, no panic, in {:.1} s; slowest case {seed} ({size} bytes) {:.3} s; ceiling {:.1} s",
        from + count,
        bytes.load(Ordering::Relaxed) as f64 / 1e6,
        refused.load(Ordering::Relaxed),
        start.elapsed().as_secs_f64(),
        time.as_secs_f64(),
        ceiling.as_secs_f64(),
    );
    let over = over.into_inner().unwrap();
    if over.is_empty() {
        ExitCode::SUCCESS
    } else {
        for (seed, took) in &over {
            eprintln!("fuzz: case {seed} took {:.2} s, over the ceiling", took.as_secs_f64());
        }
        ExitCode::FAILURE
    }
}
