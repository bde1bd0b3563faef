//! Stage 5, reuse: articles that copy another (a repost of a wire story) are
//! found by shared word 5-grams, so the page can tell independent reports from copies.
//!
//! Shingles are hashed and sampled (one in four, chosen by hash, so two copies
//! sample the same ones); an inverted index finds the articles that share them, and
//! shingles found in very many articles (boilerplate) are not evidence of copying.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;

/// One in `SAMPLE` shingles is kept, by hash.
const SAMPLE: u64 = 4;
/// A shingle in more articles than this is boilerplate, not a sign of copying.
const MAX_SHARING: usize = 32;

// FNV-1a: stable across runs and platforms, unlike the std hasher's seed.
struct FnvHasher(u64);
impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// Sampled hashes of the word 5-grams of a text, lower-cased, punctuation ignored.
pub fn shingles(text: &str) -> HashSet<u64> {
    // Each word hashed once (lower-cased on the fly); a 5-gram's hash combines five.
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = FnvHasher(0xcbf29ce484222325);
            for c in w.chars().flat_map(char::to_lowercase) {
                h.write_u32(c as u32);
            }
            h.0
        })
        .collect();
    words
        .windows(5)
        .map(|w| {
            let mut h = FnvHasher(0xcbf29ce484222325);
            for x in w {
                h.write_u64(*x);
            }
            h.0
        })
        .filter(|h| h % SAMPLE == 0)
        .collect()
}

/// Share of `a`'s shingles that are also in `b`.
pub fn containment(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.len() as f64
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
    let sets: Vec<HashSet<u64>> = candidates.iter().map(|c| shingles(c.text)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for h in set {
            index.entry(*h).or_default().push(i);
        }
    }
    let mut out = vec![None; candidates.len()];
    for a in 0..candidates.len() {
        // Articles sharing shingles with `a`, with how many.
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for h in &sets[a] {
            let holders = &index[h];
            if holders.len() <= MAX_SHARING {
                for &b in holders.iter().filter(|&&b| b != a) {
                    *shared.entry(b).or_default() += 1;
                }
            }
        }
        let mut best: Option<(usize, f64)> = None;
        let mut others: Vec<usize> = shared.into_iter().filter(|(_, n)| *n as f64 >= COPY_THRESHOLD * sets[a].len() as f64).map(|(b, _)| b).collect();
        others.sort_unstable();
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
