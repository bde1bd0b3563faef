//! Headings join their article's events by the rule of [`crate::events::attach_headings`]
//! (which stays as its plain statement, and the reference this is tested against), but
//! found through an index of the article's story words: scoring every event of the
//! article for every heading was quadratic in a long article with many sub-headings.

use crate::events::{SentenceFacts, Thread, HEADING_OVERLAP};
use rustc_hash::FxHashMap;

/// What an event gains when it holds the heading's subject (as in `attach_headings`).
const SUBJECT_BONUS: f64 = 0.2;

/// The story sentences of one article's events, indexed by word.
struct ArticleIndex {
    article: usize,
    /// (event, sentence words) for each story sentence of each event of the article.
    members: Vec<(usize, Vec<u32>)>,
    /// Which `members` hold each word.
    postings: FxHashMap<u32, Vec<u32>>,
}

impl ArticleIndex {
    fn build<'a>(article: usize, events: &[Thread], of_article: &[usize], sentence: &impl Fn(usize, usize) -> Option<&'a SentenceFacts>) -> Self {
        let mut index = ArticleIndex { article, members: Vec::new(), postings: FxHashMap::default() };
        for &e in of_article {
            for m in events[e].members.iter().filter(|m| m.0 == article) {
                if let Some(f) = sentence(m.0, m.1) {
                    index.add(e, &f.words);
                }
            }
        }
        index
    }

    fn add(&mut self, event: usize, words: &[u32]) {
        let k = self.members.len() as u32;
        for w in words {
            self.postings.entry(*w).or_default().push(k);
        }
        self.members.push((event, words.to_vec()));
    }
}

/// Each heading joins the event of its own article that holds most of its words (see
/// [`crate::events::attach_headings`]); the same result, in time linear in the words read.
pub fn attach<'a>(events: &mut [Thread], headings: &[SentenceFacts], sentence: impl Fn(usize, usize) -> Option<&'a SentenceFacts>) {
    let mut of_article: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background) {
        for a in &event.articles {
            of_article.entry(*a).or_default().push(e);
        }
    }
    let mut index: Option<ArticleIndex> = None;
    // Words shared with each indexed sentence, reset through the list of those touched.
    let mut shared: Vec<u32> = Vec::new();
    let mut touched: Vec<usize> = Vec::new();
    // Each event's best share so far (-1: not touched), reset through `scored`.
    let mut best_share: Vec<f64> = vec![-1.0; events.len()];
    let mut scored: Vec<usize> = Vec::new();
    for heading in headings.iter().filter(|h| !h.words.is_empty()) {
        let mine = of_article.get(&heading.article).map_or(&[][..], Vec::as_slice);
        if index.as_ref().is_none_or(|i| i.article != heading.article) {
            index = Some(ArticleIndex::build(heading.article, events, mine, &sentence));
        }
        let index = index.as_mut().expect("built above");
        shared.resize(index.members.len(), 0);
        for w in &heading.words {
            for &k in index.postings.get(w).into_iter().flatten() {
                touched.extend((shared[k as usize] == 0).then_some(k as usize));
                shared[k as usize] += 1;
            }
        }
        // Each event's best sentence, as a share of the heading's words.
        for k in touched.drain(..) {
            let share = std::mem::take(&mut shared[k]) as f64 / heading.words.len() as f64;
            let e = index.members[k].0;
            if best_share[e] < 0.0 {
                scored.push(e);
                best_share[e] = 0.0;
            }
            best_share[e] = best_share[e].max(share);
        }
        // Events sharing no word score only the subject's bonus: candidates when that passes.
        let mut candidates: Vec<usize> = if SUBJECT_BONUS >= HEADING_OVERLAP { mine.to_vec() } else { scored.clone() };
        candidates.sort_unstable();
        let mut best: Option<(f64, usize)> = None;
        for e in candidates {
            let subject = heading.subject.is_some_and(|h| events[e].subjects.contains(&h));
            let score = best_share[e].max(0.0) + if subject { SUBJECT_BONUS } else { 0.0 };
            if score >= HEADING_OVERLAP && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, e));
            }
        }
        for e in scored.drain(..) {
            best_share[e] = -1.0;
        }
        if let Some((_, e)) = best {
            events[e].members.push((heading.article, heading.sentence));
            // A heading that is also a story sentence counts for the headings after it.
            if let Some(f) = sentence(heading.article, heading.sentence) {
                index.add(e, &f.words);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) % n as u64) as usize
        }
    }

    fn facts(article: usize, sentence: usize, words: Vec<u32>, subject: Option<usize>) -> SentenceFacts {
        SentenceFacts {
            article,
            sentence,
            paragraph: 0,
            text: String::new(),
            timexes: Vec::new(),
            words,
            actors: Vec::new(),
            speaker: None,
            speaker_inferred: false,
            party: None,
            subject,
            co_subjects: Vec::new(),
            reported: None,
        }
    }

    fn words(rng: &mut Lcg, vocabulary: usize) -> Vec<u32> {
        let mut words: Vec<u32> = (0..1 + rng.below(8)).map(|_| rng.below(vocabulary) as u32).collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    /// Random articles, events and headings with few distinct words (so many ties and
    /// overlaps): the indexed attachment gives exactly the events' members of the plain one.
    #[test]
    fn the_index_attaches_every_heading_where_the_plain_rule_does() {
        let mut attached = 0;
        for seed in 0..40 {
            let mut rng = Lcg(seed);
            let (articles, vocabulary) = (1 + rng.below(3), 3 + rng.below(30));
            let mut story: Vec<SentenceFacts> = Vec::new();
            let mut events: Vec<Thread> = Vec::new();
            for _ in 0..1 + rng.below(12) {
                let mut event = Thread {
                    date: None,
                    anchor: None,
                    inferred: false,
                    members: Vec::new(),
                    actors: BTreeSet::new(),
                    profiles: Vec::new(),
                    party: None,
                    articles: BTreeSet::new(),
                    subjects: (0..rng.below(2)).map(|_| rng.below(3)).collect(),
                    background: rng.below(6) == 0,
                    passing: BTreeSet::new(),
                };
                for _ in 0..1 + rng.below(6) {
                    let (a, s) = (rng.below(articles), story.len());
                    story.push(facts(a, s, words(&mut rng, vocabulary), None));
                    event.members.push((a, s));
                    event.articles.insert(a);
                }
                events.push(event);
            }
            let headings: Vec<SentenceFacts> =
                (0..rng.below(10)).map(|h| facts(rng.below(articles), 1000 + h, words(&mut rng, vocabulary), Some(rng.below(3)))).collect();
            let sentence = |_: usize, s: usize| story.get(s);
            let mut plain = events.clone();
            crate::events::attach_headings(&mut plain, &headings, sentence);
            attach(&mut events, &headings, sentence);
            let members = |events: &[Thread]| events.iter().map(|e| e.members.clone()).collect::<Vec<_>>();
            assert_eq!(members(&events), members(&plain), "seed {seed}");
            attached += members(&plain).iter().flatten().filter(|m| m.1 >= 1000).count();
        }
        assert!(attached >= 40, "the cases attach headings: {attached}");
    }
}
