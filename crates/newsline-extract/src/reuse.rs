//! Stage 5, reuse: articles that copy another (a repost of a wire story) are
//! found by shared word 5-grams, so the page can tell independent reports from copies.
//!
//! Shingles are hashed and sampled (one in four, chosen by hash, so two copies
//! sample the same ones); an inverted index finds the articles that share them, and
//! shingles found in very many distinct texts (boilerplate) are not evidence of copying;
//! copies of one text count as one text there, so a story copied a thousand times is
//! still found.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// One in `SAMPLE` shingles is kept, by hash.
const SAMPLE: u64 = 4;
/// A shingle in more distinct texts than this is boilerplate, not a sign of copying.
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
    words.extend(crate::sentences::alphanumeric_runs(text).map(word_hash));
    let mut out: Vec<u64> = Vec::with_capacity(words.len() / SAMPLE as usize + 8);
    out.extend(
        words
            .windows(5)
            // Word hashes are already mixed: one multiply per word, then a final
            // avalanche so that the sampling bits depend on every bit of all five.
            .map(|w| w.iter().fold(FNV_OFFSET, |h, x| (h ^ x).wrapping_mul(FNV_PRIME)))
            .map(|h| {
                let h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
                h ^ (h >> 33)
            })
            .filter(|h| h % SAMPLE == 0),
    );
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
///
/// Articles with the same shingles (copies of one text) are one text when counting how
/// many texts hold a shingle: otherwise 35 copies of a story made all its shingles look
/// like boilerplate, and none was found a copy.
pub fn detect(candidates: &[Candidate]) -> Vec<Option<usize>> {
    // A lone article copies nothing: its shingles need not be made.
    if candidates.len() < 2 {
        return vec![None; candidates.len()];
    }
    let sets: Vec<Vec<u64>> = candidates.par_iter().map(|c| shingles(c.text)).collect();
    let texts = Texts::of(&sets);
    // Each text on its own, on every core: its members' sources.
    let sources: Vec<Vec<(usize, Option<usize>)>> = (0..texts.members.len()).into_par_iter().map(|t| sources_of_text(candidates, &sets, &texts, t)).collect();
    let mut out = vec![None; candidates.len()];
    for (a, source) in sources.into_iter().flatten() {
        out[a] = source;
    }
    out
}

/// The source each member of text `t` copies, if any.
fn sources_of_text(candidates: &[Candidate], sets: &[Vec<u64>], texts: &Texts, t: usize) -> Vec<(usize, Option<usize>)> {
    let members = &texts.members[t];
    let set = &sets[members[0]];
    // Each other text holding enough of this one's shingles, with both containments.
    let mut others: Vec<(usize, f64, f64)> = Vec::new();
    if !set.is_empty() {
        others.extend(members.iter().map(|&b| (b, 1.0, 1.0)));
    }
    for u in texts.sharing(t, set.len()) {
        let theirs = &sets[texts.members[u][0]];
        let ab = containment(set, theirs);
        if ab >= COPY_THRESHOLD {
            let ba = containment(theirs, set);
            others.extend(texts.members[u].iter().map(|&b| (b, ab, ba)));
        }
    }
    others.sort_unstable_by_key(|(b, _, _)| *b);
    members.iter().map(|&a| (a, source_of(candidates, a, &others))).collect()
}

/// The article `a` copies among `others` (index, share of `a` in it, share of it in `a`):
/// the one holding most of it, of those it is the copy of.
fn source_of(candidates: &[Candidate], a: usize, others: &[(usize, f64, f64)]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for &(b, ab, ba) in others.iter().filter(|(b, _, _)| *b != a) {
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
    best.map(|(b, _)| b)
}

/// The distinct shingle sets ("texts") of the articles, with an inverted index.
struct Texts {
    /// The articles of each text, ascending; texts in order of their first article.
    members: Vec<Vec<usize>>,
    /// The texts holding each shingle are a run in `holders`; `run_of` gives each
    /// shingle of each text (at `offsets[text] + place`) the bounds of its run.
    holders: Vec<u32>,
    run_of: Vec<(u32, u32)>,
    offsets: Vec<usize>,
}

impl Texts {
    fn of(sets: &[Vec<u64>]) -> Texts {
        let mut text_of: FxHashMap<&[u64], usize> = FxHashMap::default();
        let mut members: Vec<Vec<usize>> = Vec::new();
        for (i, set) in sets.iter().enumerate() {
            let t = *text_of.entry(set.as_slice()).or_insert(members.len());
            if t == members.len() {
                members.push(Vec::new());
            }
            members[t].push(i);
        }
        let unique: Vec<&[u64]> = members.iter().map(|m| sets[m[0]].as_slice()).collect();
        // One sorted list of (shingle, text, its place in the text's set).
        let offsets: Vec<usize> = unique.iter().scan(0, |total, set| Some(std::mem::replace(total, *total + set.len()))).collect();
        let pairs = sorted_shingles(&unique);
        let holders: Vec<u32> = pairs.iter().map(|(_, t, _)| *t).collect();
        let mut run_of: Vec<(u32, u32)> = vec![(0, 0); pairs.len()];
        let mut from = 0;
        for run in pairs.chunk_by(|x, y| x.0 == y.0) {
            let to = from + run.len() as u32;
            for (_, t, k) in run {
                run_of[offsets[*t as usize] + *k as usize] = (from, to);
            }
            from = to;
        }
        Texts { members, holders, run_of, offsets }
    }

    /// The other texts sharing at least half of text `t`'s shingles (of `len`), counting
    /// only shingles held by few texts, in ascending order.
    fn sharing(&self, t: usize, len: usize) -> Vec<usize> {
        let mut counts: FxHashMap<u32, u32> = FxHashMap::default();
        for &(from, to) in &self.run_of[self.offsets[t]..self.offsets[t] + len] {
            let list = &self.holders[from as usize..to as usize];
            if list.len() <= MAX_SHARING {
                for &u in list.iter().filter(|&&u| u as usize != t) {
                    *counts.entry(u).or_default() += 1;
                }
            }
        }
        let needed = COPY_THRESHOLD * len as f64;
        let mut out: Vec<usize> = counts.into_iter().filter(|(_, n)| *n as f64 >= needed).map(|(u, _)| u as usize).collect();
        out.sort_unstable();
        out
    }
}

/// Every (shingle, text, its place in the text's set) of the texts, sorted. The shingles
/// are avalanched hashes, spread evenly: the triples are placed in buckets by the hash's
/// top bits (one pass to count, one to place) and each small bucket sorted on its own,
/// the same order as one sort of the whole list (the triples are distinct) at a fraction
/// of its cost (that sort was ~1.5 % of the 12 MB corpus's instructions).
fn sorted_shingles(unique: &[&[u64]]) -> Vec<(u64, u32, u32)> {
    let total: usize = unique.iter().map(|s| s.len()).sum();
    // About eight triples a bucket, at most 2^16 buckets.
    let bits = (total / 8).max(1).next_power_of_two().trailing_zeros().min(16);
    let bucket = |h: u64| h.checked_shr(64 - bits).unwrap_or(0) as usize;
    let mut starts: Vec<usize> = vec![0; (1 << bits) + 1];
    for h in unique.iter().flat_map(|set| set.iter()) {
        starts[bucket(*h) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut pairs: Vec<(u64, u32, u32)> = vec![(0, 0, 0); total];
    let mut next = starts.clone();
    for (t, set) in unique.iter().enumerate() {
        for (k, h) in set.iter().enumerate() {
            let at = &mut next[bucket(*h)];
            pairs[*at] = (*h, t as u32, k as u32);
            *at += 1;
        }
    }
    let mut buckets: Vec<&mut [(u64, u32, u32)]> = Vec::with_capacity(starts.len() - 1);
    let mut rest = pairs.as_mut_slice();
    for w in starts.windows(2) {
        let (bucket, after) = std::mem::take(&mut rest).split_at_mut(w[1] - w[0]);
        buckets.push(bucket);
        rest = after;
    }
    buckets.par_iter_mut().for_each(|b| b.sort_unstable());
    drop(buckets);
    pairs
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
    fn the_shingles_are_sorted_as_by_one_sort() {
        let texts = [ORIGINAL, "Russia is ready to urge the Syrian government to talk.", "", "one two three four five six"];
        let mut sets: Vec<Vec<u64>> = texts.iter().map(|t| shingles(t)).collect();
        sets.push((0..5000u64).map(|i| i.wrapping_mul(0x9e3779b97f4a7c15)).collect::<std::collections::BTreeSet<_>>().into_iter().collect());
        sets.push(sets[0].clone());
        for n in 0..=sets.len() {
            let unique: Vec<&[u64]> = sets[..n].iter().map(Vec::as_slice).collect();
            let mut plain: Vec<(u64, u32, u32)> = Vec::new();
            for (t, set) in unique.iter().enumerate() {
                plain.extend(set.iter().enumerate().map(|(k, h)| (*h, t as u32, k as u32)));
            }
            plain.sort_unstable();
            assert_eq!(sorted_shingles(&unique), plain, "{n} texts");
        }
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
