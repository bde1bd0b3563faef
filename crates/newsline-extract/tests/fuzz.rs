//! A short fuzz run (`cargo xtask fuzz N` runs long ones): generated cases of every
//! kind go through the whole pipeline without a panic and within a time ceiling.

use newsline_extract::fuzz::{self, Kind};
use std::time::{Duration, Instant};

/// Generous for a debug build on a shared machine; a quadratic case takes far longer.
const CEILING: Duration = Duration::from_secs(20);

#[test]
fn generated_cases_of_every_kind_run_through_the_pipeline() {
    for seed in 0..120u64 {
        let kind = Kind::ALL[seed as usize % Kind::ALL.len()];
        let case = fuzz::case(seed, Some(kind));
        let start = Instant::now();
        fuzz::run(&case);
        let took = start.elapsed();
        assert!(took < CEILING, "case {seed} ({kind:?}, {} bytes) took {took:?}", case.bytes);
        if kind == Kind::Binary {
            assert!(case.refused >= 1, "case {seed}: random bytes are refused");
        }
    }
}

#[test]
fn the_generator_is_deterministic_and_makes_what_it_says() {
    let text = |seed, kind| fuzz::case(seed, Some(kind)).inputs.first().map(|i| i.text.clone()).unwrap_or_default();
    assert_eq!(text(7, Kind::Noisy), text(7, Kind::Noisy));
    assert_ne!(text(7, Kind::Noisy), text(8, Kind::Noisy));
    let huge = text(3, Kind::HugeLine);
    assert!(huge.len() >= 16 << 10 && !huge.contains('\n'), "{} bytes", huge.len());
    assert!(text(2, Kind::DeepQuotes).matches(['“', '‘', '«', '"', '„', '\'']).count() > 2);
    // Noisy text is still text: the article is read, not refused as binary.
    for seed in 0..20 {
        assert!(fuzz::case(seed, Some(Kind::Noisy)).inputs.iter().any(|i| i.file.ends_with("_0.txt")), "case {seed}");
    }
    // Latin-1 bytes are decoded, not refused: the article is read.
    assert!((0..10).any(|seed| fuzz::case(seed, Some(Kind::Latin1)).inputs.iter().any(|i| i.file.ends_with("_0.txt"))));
}
