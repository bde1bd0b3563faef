//! Stage 5, reuse: articles that copy another (a repost of a wire story) are
//! found by shared word 5-grams, so the page can tell independent reports from copies.
//!
//! Shingles are hashed and sampled (one in four, chosen by hash, so two copies
//! sample the same ones); an inverted index finds the articles that share them, and
//! shingles found in very many articles (boilerplate) are not evidence of copying.

use rayon::prelude::*;

/// One in `SAMPLE` shingles is kept, by hash.
const SAMPLE: u64 = 4;
/// A shingle in more articles than this is boilerplate, not a sign of copying.
const MAX_SHARING: usize = 32;

// FNV-1a: stable across runs and platforms, unlike the std hasher's seed.
const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;
/// Hashing an ASCII char written as four bytes (itself, then three zeros, whose xor does nothing).
const FNV_PRIME_4: u64 = FNV_PRIME.wrapping_mul(FNV_PRIME).wrapping_mul(FNV_PRIME).wrapping_mul(FNV_PRIME);

fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a of a word's lower-cased chars, each written as four little-endian bytes.
fn word_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    if word.is_ascii() {
        for b in word.bytes() {
            h = (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME_4);
        }
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            h = fnv_bytes(h, &(c as u32).to_le_bytes());
        }
    }
    h
}

/// Sampled hashes of the word 5-grams of a text, lower-cased, punctuation ignored;
/// sorted and without repeats.
pub fn shingles(text: &str) -> Vec<u64> {
    // Each word hashed once (lower-cased on the fly); a 5-gram's hash combines five.
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 5);
    words.extend(text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash));
    let mut out: Vec<u64> = Vec::with_capacity(words.len() / SAMPLE as usize + 8);
    out.extend(words
        .windows(5)
        // Word hashes are already mixed: one multiply per word, then a final
        // avalanche so that the sampling bits depend on every bit of all five.
        .map(|w| w.iter().fold(FNV_OFFSET, |h, x| (h ^ x).wrapping_mul(FNV_PRIME)))
        .map(|h| {
            let h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
            h ^ (h >> 33)
        })
        .filter(|h| h % SAMPLE == 0));
    out.sort_unstable();
    out.dedup();
    out
}

/// Share of `a`'s shingles that are also in `b` (both sorted, as from [`shingles`]).
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    crate::events::shared(a, b) as f64 / a.len() as f64
}

/// What is known of an article when deciding who copied whom.
pub struct Candidate<'a> {
    pub text: &'a str,
    pub outlet: Option<&'a str>,
    /// The source a repost intro names ("RT reports:").
    pub names_source: Option<&'a str>,
    /// `YYYY-MM-DD HH:MM` when known, for "the later one copies".
    pub published: Option<String>,
}

/// Share of an article's 5-grams that must come from another for it to be a copy.
pub const COPY_THRESHOLD: f64 = 0.5;

/// For each article, the index of the article it copies, if any.
pub fn detect(candidates: &[Candidate]) -> Vec<Option<usize>> {
    let sets: Vec<Vec<u64>> = candidates.par_iter().map(|c| shingles(c.text)).collect();
    // Inverted index as one sorted list of (shingle, article, its place in the article's
    // set): the holders of a shingle are a run in it, in article order. Each shingle of
    // each article is told the bounds of its run, so reading it needs no hash lookup.
    let offsets: Vec<usize> = sets.iter().scan(0, |total, set| Some(std::mem::replace(total, *total + set.len()))).collect();
    let mut pairs: Vec<(u64, u32, u32)> = Vec::with_capacity(sets.iter().map(Vec::len).sum());
    for (i, set) in sets.iter().enumerate() {
        pairs.extend(set.iter().enumerate().map(|(k, h)| (*h, i as u32, k as u32)));
    }
    pairs.sort_unstable();
    let holders: Vec<u32> = pairs.iter().map(|(_, i, _)| *i).collect();
    let mut run_of: Vec<(u32, u32)> = vec![(0, 0); pairs.len()];
    let mut from = 0;
    for run in pairs.chunk_by(|x, y| x.0 == y.0) {
        let to = from + run.len() as u32;
        for (_, i, k) in run {
            run_of[offsets[*i as usize] + *k as usize] = (from, to);
        }
        from = to;
    }
    drop(pairs);

    let mut out = vec![None; candidates.len()];
    // Shingles shared with each other article, reset through the list of those touched.
    let mut counts: Vec<u32> = vec![0; candidates.len()];
    let mut touched: Vec<usize> = Vec::new();
    for a in 0..candidates.len() {
        for &(from, to) in &run_of[offsets[a]..offsets[a] + sets[a].len()] {
            let list = &holders[from as usize..to as usize];
            if list.len() <= MAX_SHARING {
                for b in list.iter().map(|&b| b as usize).filter(|&b| b != a) {
                    if counts[b] == 0 {
                        touched.push(b);
                    }
                    counts[b] += 1;
                }
            }
        }
        let needed = COPY_THRESHOLD * sets[a].len() as f64;
        let mut others: Vec<usize> = touched.iter().copied().filter(|&b| counts[b] as f64 >= needed).collect();
        for b in touched.drain(..) {
            counts[b] = 0;
        }
        others.sort_unstable();
        let mut best: Option<(usize, f64)> = None;
        for b in others {
            let ab = containment(&sets[a], &sets[b]);
            if ab < COPY_THRESHOLD {
                continue;
            }
            let ba = containment(&sets[b], &sets[a]);
            let a_names_b = candidates[a].names_source.is_some() && candidates[a].names_source == candidates[b].outlet;
            let b_names_a = candidates[b].names_source.is_some() && candidates[b].names_source == candidates[a].outlet;
            // Who is the copy: the one that names the other as its source; else the one
            // mostly contained in the other; else the later one.
            let a_is_copy = if a_names_b != b_names_a {
                a_names_b
            } else if (ab - ba).abs() > 0.1 {
                ab > ba
            } else {
                match (&candidates[a].published, &candidates[b].published) {
                    (Some(pa), Some(pb)) if pa != pb => pa > pb,
                    _ => a > b,
                }
            };
            if a_is_copy && best.is_none_or(|(_, score)| ab > score) {
                best = Some((b, ab));
            }
        }
        out[a] = best.map(|(b, _)| b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "Russia is ready to urge the Syrian government to let Al-Nusra Front militants exit \
        Aleppo with their weapons, as proposed by the UN envoy to Syria. Once the jihadists exit the war-ravaged \
        city, Syrian government troops and the opposition will be able to form joint law-and-order bodies.";

    fn candidate<'a>(text: &'a str, outlet: &'a str, names: Option<&'a str>) -> Candidate<'a> {
        Candidate { text, outlet: Some(outlet), names_source: names, published: None }
    }

    #[test]
    fn a_repost_is_marked_as_a_copy_of_its_source() {
        let repost = format!("Russia said it is ready. RT reports: {ORIGINAL}");
        let other = "Foreign Minister Sergei Lavrov said that his government would persuade the Syrian government.";
        let found = detect(&[candidate(&repost, "Your News Wire", Some("RT")), candidate(ORIGINAL, "RT", None), candidate(other, "X", None)]);
        assert_eq!(found, [Some(1), None, None]);
    }

    #[test]
    fn independent_reports_of_the_same_event_are_not_copies() {
        let a = "Russian Foreign Minister Sergei Lavrov said on Friday that Moscow is ready to support a UN plan.";
        let b = "Russia says it backs a proposal by UN Envoy to Syria Staffan de Mistura to escort rebels.";
        assert_eq!(detect(&[candidate(a, "A", None), candidate(b, "B", None)]), [None, None]);
    }
}
