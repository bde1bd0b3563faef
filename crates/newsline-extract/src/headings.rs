//! Headings join their article's events by the rule of [`crate::events::attach_headings`]
//! (which stays as its plain statement, and the reference this is tested against), but
//! found through an index of the article's story words: scoring every event of the
//! article for every heading was quadratic in a long article with many sub-headings.

use crate::events::{heading_bonus, heading_score, next_titled, SentenceFacts, Thread, HEADING_OVERLAP, HEADING_SUBJECT_BONUS};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Words of a heading that reads as a title (a line cut off in mid-sentence is longer).
const TITLE_WORDS: usize = 12;

/// Drops the title-like headings that name a person their article's story never names:
/// such a line titles another story (a video, a related link: "Ambassador Nicholas Burns
/// on the Syrian war" over a report of Kerry's threat), and joins none of this one's events.
/// `is_person` tells an actor's kind, `text` a sentence's text and `story_actors(article)`
/// the actors of each of the article's story sentences. Headings come in article order.
pub fn drop_strangers<'a, 't>(
    headings: &mut Vec<SentenceFacts>,
    is_person: impl Fn(usize) -> bool,
    text: impl Fn(usize, usize) -> &'t str,
    story_actors: impl Fn(usize) -> Vec<&'a [usize]>,
) {
    let mut article: Option<(usize, rustc_hash::FxHashSet<usize>)> = None;
    headings.retain(|h| {
        let mut people = h.actors.iter().copied().filter(|&a| is_person(a)).peekable();
        if people.peek().is_none() || crate::sentences::word_count(text(h.article, h.sentence)) > TITLE_WORDS {
            return true;
        }
        // The story's actors, gathered once for each article that has such a heading.
        let named = match &mut article {
            Some((a, named)) if *a == h.article => named,
            slot => &slot.insert((h.article, story_actors(h.article).into_iter().flatten().copied().collect())).1,
        };
        people.all(|a| named.contains(&a))
    });
}

/// Joins each article's last line that opens a quote the page cut off ("‘I would be very
/// interested to see how Washington is going to react. If what ambassador Power has
/// done") to the event of the sentence just before it, and takes it from `headings`: a
/// new paragraph that opens a quote goes on with the quote before it (its quote is that
/// speaker's), and the names inside it say nothing of whose event it is. So does a last
/// sentence of prose the page cut off ("He and two other soldiers went missing in"). With no story
/// sentence just before it, it joins none. `is_cut(article, sentence)` tells such a line.
pub fn continue_cut_quotes(events: &mut [Thread], headings: &mut Vec<SentenceFacts>, is_cut: impl Fn(usize, usize) -> bool) {
    let mut cut: Vec<(usize, usize)> = Vec::new();
    headings.retain(|h| {
        let is_cut = h.sentence > 0 && is_cut(h.article, h.sentence);
        if is_cut {
            cut.push((h.article, h.sentence));
        }
        !is_cut
    });
    if cut.is_empty() {
        return;
    }
    let before: FxHashMap<(usize, usize), (usize, usize)> = cut.iter().map(|&(a, s)| ((a, s - 1), (a, s))).collect();
    let mut joins: Vec<(usize, (usize, usize))> = Vec::new();
    for (e, event) in events.iter().enumerate() {
        // (Not an event the sentence before tells only in passing: "… designated it a
        // terrorist organization in 2019" is no story the cut line goes on with.)
        joins.extend(event.members.iter().filter(|m| !event.passing.contains(m)).filter_map(|m| before.get(m)).map(|&h| (e, h)));
    }
    // One event per line (a sentence may also be another event's passing mention).
    joins.sort_unstable_by_key(|&(e, h)| (h, events[e].background, e));
    joins.dedup_by_key(|(_, h)| *h);
    for (e, h) in joins {
        events[e].members.push(h);
    }
}

/// The story sentences of one article's events, indexed by word.
struct ArticleIndex {
    /// The event of each indexed sentence (each story sentence of each event of the article).
    events: Vec<usize>,
    /// The words of the indexed sentences, one after the other: sentence `k`'s are
    /// `words[starts[k]..starts[k + 1]]` (one allocation, read in a few cache lines).
    words: Vec<u32>,
    starts: Vec<usize>,
    /// Each sentence's words as bits (bit `w % 128` for each word `w`): whether it may
    /// hold a word, read before its words are.
    signatures: Vec<u128>,
    /// Which sentences hold each word, for the words of the article's headings (the
    /// only ones looked up: an entry is made for each of them first, and no other word
    /// gets a list).
    postings: FxHashMap<u32, Vec<u32>>,
    /// The event of each sentence of the article that is in one (headings included once
    /// attached), by sentence number.
    event_of: FxHashMap<usize, usize>,
}

impl ArticleIndex {
    fn build<'a>(
        article: usize,
        events: &[Thread],
        of_article: &[usize],
        headings: &[&SentenceFacts],
        sentence: &impl Fn(usize, usize) -> Option<&'a [u32]>,
    ) -> Self {
        let mut index = ArticleIndex {
            events: Vec::new(),
            words: Vec::new(),
            starts: vec![0],
            signatures: Vec::new(),
            postings: headings.iter().flat_map(|h| h.words.iter()).map(|w| (*w, Vec::new())).collect(),
            event_of: FxHashMap::default(),
        };
        for &e in of_article {
            for m in events[e].members.iter().filter(|m| m.0 == article) {
                index.event_of.entry(m.1).or_insert(e);
                if let Some(f) = sentence(m.0, m.1) {
                    index.add(e, f);
                }
            }
        }
        index
    }

    fn add(&mut self, event: usize, words: &[u32]) {
        let k = self.events.len() as u32;
        for w in words {
            if let Some(list) = self.postings.get_mut(w) {
                list.push(k);
            }
        }
        self.events.push(event);
        self.words.extend_from_slice(words);
        self.starts.push(self.words.len());
        self.signatures.push(words.iter().fold(0, |bits, w| bits | bit(*w)));
    }

    /// The event of the section the heading titles, when the sentence opening it holds
    /// enough of the heading's words (see [`crate::events::attach_headings`]).
    fn section_titled<'a>(&self, heading: &SentenceFacts, events: &[Thread], sentence: &impl Fn(usize, usize) -> Option<&'a [u32]>) -> Option<usize> {
        next_titled(heading, |s| self.event_of.get(&s).copied(), sentence)
            .filter(|&(e, words)| heading_score(heading, words, &events[e]) >= HEADING_OVERLAP)
            .map(|(e, _)| e)
    }

    fn len(&self) -> usize {
        self.events.len()
    }

    fn words(&self, k: usize) -> &[u32] {
        &self.words[self.starts[k]..self.starts[k + 1]]
    }
}

fn bit(word: u32) -> u128 {
    1 << (word % 128)
}

/// The items of two sorted lists that are in both.
fn intersection<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let mut j = 0;
    a.iter().copied().filter(move |x| {
        while j < b.len() && b[j] < *x {
            j += 1;
        }
        j < b.len() && b[j] == *x
    })
}

/// One heading's scoring: its word count and bits, and the best score found so far.
struct Query {
    n: usize,
    bits: u128,
    /// How many of the heading's words share a bit with another of them.
    collided: usize,
    /// The subject bonus, when some event of the article can have it.
    most_bonus: f64,
    best_score: f64,
    /// The fewest heading words a sentence not yet scored must be able to hold to reach
    /// `best_score` (kept with it, so that each sentence is tested without a division).
    needed: usize,
}

impl Query {
    fn share(&self, count: usize) -> f64 {
        count as f64 / self.n as f64
    }

    fn raise(&mut self, score: f64) {
        if score > self.best_score {
            self.best_score = score;
            self.needed = (0..=self.n).find(|&m| self.share(m) + self.most_bonus >= score).unwrap_or(self.n + 1);
        }
    }
}

/// Each heading joins the event of its own article that holds most of its words (see
/// [`crate::events::attach_headings`]); the same result, reading only the sentences that
/// share the heading's rarer words.
///
/// The heading's words are taken rarest first, and each sentence holding one is scored
/// in full when first met. A sentence not met yet holds none of the words taken, so it
/// shares at most the words left: once that bound is below the threshold or below the
/// best score found, the other sentences (in a long article, the many that share only
/// its common words) need not be read.
///
/// Headings come grouped by article (as the pipeline gives them): each article's are
/// matched on their own, on every core, and joined to their events in order after.
pub fn attach<'a>(events: &mut [Thread], headings: &[SentenceFacts], sentence: impl Fn(usize, usize) -> Option<&'a [u32]> + Sync) {
    let mut of_article: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background) {
        for a in &event.articles {
            of_article.entry(*a).or_default().push(e);
        }
    }
    let runs: Vec<&[SentenceFacts]> = headings.chunk_by(|a, b| a.article == b.article).collect();
    let joined: Vec<Vec<(usize, &SentenceFacts)>> = runs
        .par_iter()
        .map_init(
            || Scores::new(events.len()),
            |scores, run| {
                let mine = of_article.get(&run[0].article).map_or(&[][..], Vec::as_slice);
                events_of_headings(run, events, mine, &sentence, scores)
            },
        )
        .collect();
    for (e, heading) in joined.into_iter().flatten() {
        events[e].members.push((heading.article, heading.sentence));
    }
}

/// The event each heading of one article joins (the headings that join one), in order.
/// `mine` are the article's events.
fn events_of_headings<'h, 'a>(
    headings: &'h [SentenceFacts],
    events: &[Thread],
    mine: &[usize],
    sentence: &(impl Fn(usize, usize) -> Option<&'a [u32]> + Sync),
    scores: &mut Scores,
) -> Vec<(usize, &'h SentenceFacts)> {
    let headings: Vec<&SentenceFacts> = headings.iter().filter(|h| crate::events::may_join(h)).collect();
    let Some(first) = headings.first() else { return Vec::new() };
    let mut index = ArticleIndex::build(first.article, events, mine, &headings, sentence);
    // A heading that is also a story sentence counts for the headings after it: then they
    // are matched in order. Else the many headings of a long article are matched each on
    // its own, on every core (a few are not worth new scratch space).
    if headings.len() >= MANY_HEADINGS && !headings.iter().any(|h| sentence(h.article, h.sentence).is_some()) {
        return headings
            .par_iter()
            .map_init(
                || Scores::new(events.len()),
                |scores, h| index.section_titled(h, events, sentence).or_else(|| scores.best_event(&index, events, mine, h)).map(|e| (e, *h)),
            )
            .flatten()
            .collect();
    }
    let mut joined = Vec::new();
    for heading in headings {
        if let Some(e) = index.section_titled(heading, events, &sentence).or_else(|| scores.best_event(&index, events, mine, heading)) {
            joined.push((e, heading));
            index.event_of.entry(heading.sentence).or_insert(e);
            if let Some(f) = sentence(heading.article, heading.sentence) {
                index.add(e, f);
            }
        }
    }
    joined
}

/// How many headings an article needs for them to be matched on every core.
const MANY_HEADINGS: usize = 64;

/// The scratch space of one heading's scoring, reset after each heading.
struct Scores {
    /// Marks the heading's words, by word id.
    in_heading: Vec<bool>,
    /// Which indexed sentences were met, and the list of those to reset.
    met: Vec<bool>,
    touched: Vec<usize>,
    /// Each event's most words shared by one of its sentences (0: none met), and the
    /// list of events with a count.
    best_count: Vec<usize>,
    scored: Vec<usize>,
}

impl Scores {
    fn new(events: usize) -> Self {
        Scores { in_heading: Vec::new(), met: Vec::new(), touched: Vec::new(), best_count: vec![0; events], scored: Vec::new() }
    }

    /// The event the heading joins, if any: the highest score of at least
    /// `HEADING_OVERLAP`, the first event on a tie (as in `attach_headings`).
    fn best_event(&mut self, index: &ArticleIndex, events: &[Thread], mine: &[usize], heading: &SentenceFacts) -> Option<usize> {
        let n = heading.words.len();
        let bonus = |e: usize| heading_bonus(heading, &events[e]);
        let bits = heading.words.iter().fold(0, |bits, w| bits | bit(*w));
        let mut query = Query {
            n,
            bits,
            collided: n - bits.count_ones() as usize,
            // What a sentence not met can gain besides its words.
            most_bonus: if heading.subject.is_some() && mine.iter().any(|&e| bonus(e) > 0.0) { HEADING_SUBJECT_BONUS } else { 0.0 },
            best_score: f64::NEG_INFINITY,
            needed: 0,
        };
        let mut rarest_first: Vec<(usize, u32)> = heading.words.iter().map(|w| (index.postings.get(w).map_or(0, Vec::len), *w)).collect();
        rarest_first.sort_unstable();
        let list = |at: usize| rarest_first.get(at).and_then(|(_, w)| index.postings.get(w)).map_or(&[][..], Vec::as_slice);
        self.mark(&heading.words, true);
        self.met.resize(index.len(), false);
        // The sentences holding the two rarest words first (one merge of two sorted
        // lists): the best score is mostly among them, and once known it spares reading
        // most other sentences.
        for k in intersection(list(0), list(1)) {
            self.meet(k as usize, index, &mut query, &bonus);
        }
        for taken in 0..n {
            // A sentence not met shares at most the words not yet taken.
            let bound = query.share(n - taken) + query.most_bonus;
            if bound < HEADING_OVERLAP || bound < query.best_score {
                break;
            }
            for &k in list(taken) {
                self.meet(k as usize, index, &mut query, &bonus);
            }
        }
        self.mark(&heading.words, false);
        for k in self.touched.drain(..) {
            self.met[k] = false;
        }
        self.scored.sort_unstable();
        let mut best: Option<(f64, usize)> = None;
        for e in self.scored.drain(..) {
            let score = query.share(std::mem::take(&mut self.best_count[e])) + bonus(e);
            if score >= HEADING_OVERLAP && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, e));
            }
        }
        best.map(|(_, e)| e)
    }

    /// Scores indexed sentence `k` against the heading, once.
    #[inline]
    fn meet(&mut self, k: usize, index: &ArticleIndex, query: &mut Query, bonus: &impl Fn(usize) -> f64) {
        if std::mem::replace(&mut self.met[k], true) {
            return;
        }
        self.touched.push(k);
        // At most the heading's words whose bits the sentence has (a bit two of them
        // share counts for both): when even that cannot reach the best score, the
        // sentence's words need not be read.
        let most = (index.signatures[k] & query.bits).count_ones() as usize + query.collided;
        if most < query.needed {
            return;
        }
        let e = index.events[k];
        let count = index.words(k).iter().filter(|w| self.in_heading.get(**w as usize).copied().unwrap_or(false)).count();
        if self.best_count[e] == 0 {
            self.scored.push(e);
        }
        if count > self.best_count[e] {
            self.best_count[e] = count;
            query.raise(query.share(count) + bonus(e));
        }
    }

    fn mark(&mut self, words: &[u32], on: bool) {
        for &w in words {
            if self.in_heading.len() <= w as usize {
                self.in_heading.resize(w as usize + 1, false);
            }
            self.in_heading[w as usize] = on;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            text: Default::default(),
            timexes: Box::default(),
            words: words.into(),
            actors: Box::default(),
            speaker: None,
            speaker_inferred: false,
            party: None,
            subject,
            person_acts: false,
            besides: None,
            has_speech_verb: false,
        }
    }

    #[test]
    fn a_title_naming_a_person_the_story_never_names_joins_nothing() {
        // Actors 1 and 2 are people, 3 a country; article 0's story names 1 and 3.
        let texts = [
            "Ambassador Nicholas Burns on the Syrian war",
            "Kerry on the talks",
            "Russia on the talks",
            "Burns and Kerry, in a line the page cut off and longer than a title would ever be",
        ];
        let heading = |sentence: usize, actors: &[usize]| SentenceFacts { actors: actors.into(), ..facts(0, sentence, vec![1], None) };
        let mut headings = vec![heading(0, &[2]), heading(1, &[1]), heading(2, &[3]), heading(3, &[2, 1])];
        let story: [&[usize]; 2] = [&[1, 3], &[1]];
        drop_strangers(&mut headings, |a| a == 1 || a == 2, |_, s| texts[s], |_| story.to_vec());
        let kept: Vec<usize> = headings.iter().map(|h| h.sentence).collect();
        assert_eq!(kept, vec![1, 2, 3], "only the short title naming a stranger goes");
    }

    fn event(members: &[(usize, usize)], background: bool) -> Thread {
        Thread { background, ..Thread::of(members) }
    }

    #[test]
    fn a_quote_the_page_cut_off_goes_on_with_the_sentence_before_it() {
        // Article 0: Power's words (0), Churkin's quote (1), his next paragraph cut off (2).
        // Article 1: a title (0) and a cut-off quote with no story sentence before it (1).
        let texts: [&[&str]; 2] = [
            &[
                "Power told reporters.",
                "Churkin said: ‘This is a very big question mark.",
                "‘I would be interested to see how Washington will react. If what ambassador Power has done",
            ],
            &["Talks in Geneva", "“We will never"],
        ];
        // A point naming sentence 1 in passing comes first: the line joins the sentence's own event.
        let mut events = vec![event(&[(0, 0)], false), event(&[(0, 1)], true), event(&[(0, 1)], false)];
        let mut headings = vec![facts(0, 2, vec![1], None), facts(1, 0, vec![2], None), facts(1, 1, vec![3], None)];
        let is_cut = |a: usize, s: usize| s + 1 == texts[a].len() && crate::quotes::opens_unclosed_quote(texts[a][s]);
        continue_cut_quotes(&mut events, &mut headings, is_cut);
        assert_eq!(events[2].members, [(0, 1), (0, 2)], "Churkin's, not Power's whom it names");
        assert_eq!(events[0].members, [(0, 0)]);
        assert_eq!(events[1].members, [(0, 1)]);
        let left: Vec<(usize, usize)> = headings.iter().map(|h| (h.article, h.sentence)).collect();
        assert_eq!(left, [(1, 0)], "a cut-off quote after a heading joins no event and is no heading either");
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
                // Subjects drawn before the background flag, as the fields are written.
                let mut event = Thread { subjects: (0..rng.below(2)).map(|_| rng.below(3)).collect(), background: rng.below(6) == 0, ..Thread::of(&[]) };
                for _ in 0..1 + rng.below(6) {
                    let (a, s) = (rng.below(articles), story.len());
                    story.push(facts(a, s, words(&mut rng, vocabulary), None));
                    event.members.push((a, s));
                    event.articles.insert(a);
                }
                events.push(event);
            }
            let mut headings: Vec<SentenceFacts> = (0..rng.below(10))
                .map(|h| {
                    // Half the headings stand right before a story sentence, as sub-headings do.
                    let at = if rng.below(2) == 0 { 1000 + h } else { rng.below(story.len() + 1).saturating_sub(1) };
                    facts(rng.below(articles), at, words(&mut rng, vocabulary), Some(rng.below(3)))
                })
                .collect();
            // Grouped by article, as the pipeline gives them (`attach` relies on it).
            headings.sort_by_key(|h| h.article);
            let sentence = |_: usize, s: usize| story.get(s).map(|f| &*f.words);
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
