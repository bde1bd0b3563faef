//! The allocator of the CLI, the benchmark and the examples: mimalloc, called the way its
//! C API is cheapest.
//!
//! The `mimalloc` crate's `MiMalloc` hands every layout to the `_aligned` calls. Their fast
//! path takes blocks of at most 1 KiB only, and every larger block went the generic
//! aligned path (over-allocating by the alignment): 390,000 blocks and ~0.1 G instructions
//! on the 12 MB corpus, besides the alignment checks on each of the four million calls.
//! Every mimalloc block is aligned to a machine word at least (its own `_aligned` calls
//! take the plain path below that), so layouts of word alignment or less (nearly all) go
//! to `mi_malloc`, `mi_zalloc` and `mi_realloc`.
//!
//! Memory freed is given back to the system at once ([`give_back_at_once`], called first
//! thing by each binary that uses this allocator): mimalloc's default waits a second
//! before it decommits free pages, longer than the stages of a run, so a run's resident
//! memory was nearly every page it ever touched (BENCHMARKS.md, "bounded memory").

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::{c_int, c_long, c_void};

extern "C" {
    // Part of the C library libmimalloc-sys builds (mimalloc.h), which that crate
    // declares only with its `extended` feature.
    fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (v3, the version libmimalloc-sys
/// builds by default): how many milliseconds free pages wait before they are decommitted
/// (default 1000; 0 decommits them at once).
const PURGE_DELAY: c_int = 15;
/// `mi_option_generic_collect`: a thread's heap is collected (its free pages given back)
/// every this many calls that miss the fast path (default 10,000).
const GENERIC_COLLECT: c_int = 34;
/// `mi_option_page_full_retain`: how many empty small pages of each size a thread's heap
/// keeps for later (default 2) rather than giving them back.
const PAGE_FULL_RETAIN: c_int = 36;

/// Makes mimalloc give freed pages back to the system at once rather than a second
/// later: the resident memory then follows what the extraction holds, not every page it
/// touched since the last second (12 MB corpus: 187 → 157 MB peak; the one 8 MB article
/// 134 → 98 MB), for a little more system time (~0.1 s of 2 s). Set before the work
/// starts (what was freed before waits its delay).
///
/// Also: each thread's heap keeps no empty page aside and is collected every 100 slow
/// allocations, not 10,000: on two threads each worker's heap held pages empty since an
/// earlier stage (12 MB corpus, two threads: peak 102.6–104.2 → 100.8–101.3 MB; one
/// thread 96.3 → 95.4 MB; 0.1% more instructions).
pub fn give_back_at_once() {
    // SAFETY: sets options, which mimalloc reads each time it would purge, collect or
    // keep a page (and a thread's heap when it is made).
    unsafe {
        mi_option_set(PURGE_DELAY, 0);
        mi_option_set(GENERIC_COLLECT, 100);
        mi_option_set(PAGE_FULL_RETAIN, 0);
    }
}

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc as the global allocator: `#[global_allocator] static A: MiMalloc = MiMalloc;`.
pub struct MiMalloc;

// SAFETY: each call returns a block of at least `layout.size()` bytes aligned to
// `layout.align()` (a word, or asked of the `_aligned` call), or null; blocks are freed
// and resized by mimalloc, which made them.
unsafe impl GlobalAlloc for MiMalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_malloc(layout.size()).cast()
        } else {
            mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_zalloc(layout.size()).cast()
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr.cast::<c_void>());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PURGE_DELAY`, `GENERIC_COLLECT` and `PAGE_FULL_RETAIN` name those options: their
    /// defaults (1000 ms, 10,000 calls, 2 pages) are their neighbours' in no order.
    #[test]
    fn the_options_set_are_the_ones_named() {
        for (option, name, default) in [
            (PURGE_DELAY, "MIMALLOC_PURGE_DELAY", 1000),
            (GENERIC_COLLECT, "MIMALLOC_GENERIC_COLLECT", 10_000),
            (PAGE_FULL_RETAIN, "MIMALLOC_PAGE_FULL_RETAIN", 2),
        ] {
            if std::env::var_os(name).is_none() {
                assert_eq!(unsafe { mi_option_get(option) }, default, "{name}");
            }
        }
        give_back_at_once();
        assert_eq!([PURGE_DELAY, GENERIC_COLLECT, PAGE_FULL_RETAIN].map(|o| unsafe { mi_option_get(o) }), [0, 100, 0]);
    }

    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes_when_resized() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 7, 8, 24, 100, 1024, 1025, 5000, 100_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "size {size} align {align}");
                    p.write_bytes(0xAB, size);
                    let q = MiMalloc.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && (q as usize).is_multiple_of(align), "resized: size {size} align {align}");
                    assert!((0..size).all(|i| *q.add(i) == 0xAB));
                    MiMalloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!((z as usize).is_multiple_of(align) && (0..size).all(|i| *z.add(i) == 0));
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }
}
