//! Stage 6, events: every story sentence is dated and tied to an event; the
//! same event told by several outlets becomes one event with a mention from each.
//!
//! 1. Dating: a sentence's own time expressions (see [`crate::timex`]) date it;
//!    the first one of day precision is its main date, any other point it states
//!    ("back in February", "in August 2015") starts a background event of its
//!    own. A sentence without one takes the date of the sentence it continues
//!    (same paragraph, a pronoun opening it, a quote attributed by a pronoun or
//!    to the same speaker), else the article's date; such dates are marked inferred.
//! 2. Threads: within an article, continuing sentences join their event.
//! 3. Clustering: a thread joins the event holding its most similar sentence
//!    (content words and actors) when the dates agree; an inferred date yields
//!    to a stated one a few days earlier (reports come after events). Candidate
//!    events come from an inverted index of rarer words, so the cost grows with
//!    the number of similar sentences, not with the square of the corpus.
//! 4. The summary is the clearest mention: a sentence that names its actors
//!    rather than pointing back with a pronoun, of a readable length.

use crate::sorted_set::SortedSet;
use crate::spaced::Spaced;
use crate::timex::{PartialDate, Role, Timex};
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;

/// One sentence, ready for event building.
#[derive(Clone, Debug)]
pub struct SentenceFacts {
    pub article: usize,
    pub sentence: usize,
    pub paragraph: u32,
    /// The sentence: a span of its article's text, shared rather than copied.
    pub text: newsline_model::Passage,
    // Boxed slices, not lists: one word less each, and no spare capacity (a list of one
    // time expression held four).
    pub timexes: Box<[Timex]>,
    /// Content-word ids from the corpus [`Vocabulary`], sorted and distinct.
    pub words: Words,
    pub actors: Box<[usize]>,
    /// The speaker of a quote in this sentence, if any.
    pub speaker: Option<usize>,
    /// The quote's speaker came from a pronoun ("…,” he said).
    pub speaker_inferred: bool,
    /// Whom the sentence's subject (its speaker, else its first actor) speaks for.
    pub party: Option<usize>,
    /// Who acts or speaks in the sentence: the quote's speaker, else the first person
    /// named, else the first organisation (a country is too broad to tell one act).
    pub subject: Option<usize>,
    /// The subject is a person (not a body, a state or an agency).
    pub person_acts: bool,
    /// Co-subjects, the person reported, a transcript turn: see [`Besides`].
    pub besides: Option<Box<Besides>>,
    /// Whether the sentence has a verb of saying (`subject::speech_verbs`), found with its
    /// facts: the threads ask again long after the one-sentence memo moved on, and most
    /// sentences have none (a flag in the struct's padding: a list of the verbs was 0.8 MB
    /// more of an 8 MB article's peak).
    pub has_speech_verb: bool,
}

/// What few sentences tell besides their subject, boxed: the facts of every sentence of
/// an article are held at once, and unboxed these were 64 bytes of each.
#[derive(Clone, Debug)]
pub struct Besides {
    /// Actors joined to the subject by "and", who act or speak with it.
    co_subjects: Box<[usize]>,
    /// The person whose act the subject reports ("the ministry says Kerry issued …").
    reported: Option<usize>,
    /// The transcript turn the sentence opens with a speaker's label ("QUESTION: …").
    turn: Option<crate::subject::Turn>,
    /// The body the subject speaks for as its spokesperson ("Konashenkov said" → the
    /// defence ministry; see `actors::Voices`).
    voice_of: Option<usize>,
    /// The sides of an act the sentence tells two of them doing together (actors as
    /// found, then the parties they speak for: see `subject::joint_actors`).
    joint: Box<[usize]>,
}

impl Besides {
    /// `None` when the sentence tells nothing besides.
    pub fn boxed(co_subjects: Vec<usize>, reported: Option<usize>, turn: Option<crate::subject::Turn>, voice_of: Option<usize>) -> Option<Box<Besides>> {
        let any = !co_subjects.is_empty() || reported.is_some() || turn.is_some() || voice_of.is_some();
        any.then(|| Box::new(Besides { co_subjects: co_subjects.into_boxed_slice(), reported, turn, voice_of, joint: Box::default() }))
    }

    /// `besides` with the sides of a joint act the sentence tells, if any.
    pub fn with_joint(besides: Option<Box<Besides>>, joint: Vec<usize>) -> Option<Box<Besides>> {
        if joint.is_empty() {
            return besides;
        }
        let mut besides =
            besides.unwrap_or_else(|| Box::new(Besides { co_subjects: Box::default(), reported: None, turn: None, voice_of: None, joint: Box::default() }));
        besides.joint = joint.into_boxed_slice();
        Some(besides)
    }
}

impl SentenceFacts {
    /// Whether `text` has a verb of saying, as [`SentenceFacts::has_speech_verb`] keeps it.
    pub fn has_speech_verb_in(text: &str) -> bool {
        crate::subject::speech_verbs(text).next().is_some()
    }

    /// The byte ranges of the sentence's verbs of saying, as `subject::speech_verbs` gives
    /// them: searched for only in a sentence that has one.
    pub fn speech_verbs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.has_speech_verb.then(|| crate::subject::speech_verbs(&self.text)).into_iter().flatten()
    }

    pub fn co_subjects(&self) -> &[usize] {
        self.besides.as_ref().map_or(&[], |b| &b.co_subjects)
    }

    pub fn reported(&self) -> Option<usize> {
        self.besides.as_ref()?.reported
    }

    pub fn turn(&self) -> Option<crate::subject::Turn> {
        self.besides.as_ref()?.turn
    }

    pub fn voice_of(&self) -> Option<usize> {
        self.besides.as_ref()?.voice_of
    }

    /// The sides of a joint act the sentence tells (parties once the pipeline has read
    /// them: see `Besides::joint`).
    pub fn joint(&self) -> &[usize] {
        self.besides.as_ref().map_or(&[], |b| &b.joint)
    }

    /// The joint act's sides, as `party` maps each; none unless two sides remain.
    pub fn joint_to_parties(&mut self, party: impl FnMut(usize) -> usize) {
        if let Some(besides) = &mut self.besides {
            let mut sides: Vec<usize> = besides.joint.iter().copied().map(party).collect();
            sides.sort_unstable();
            sides.dedup();
            besides.joint = if sides.len() >= 2 { sides.into_boxed_slice() } else { Box::default() };
        }
    }

    /// Another subject was given: those joined to the one before are not its.
    pub fn clear_co_subjects(&mut self) {
        if let Some(besides) = &mut self.besides {
            besides.co_subjects = Box::default();
        }
    }
}

/// A sentence's content words, shared by its facts, its threads' profiles and what the
/// pipeline keeps for the later stages: copied for each, they were a few megabytes of
/// the threads' and clustering's peak memory.
pub type Words = std::sync::Arc<[u32]>;

/// What clustering compares: a sentence's content words (interned, sorted) and actors (sorted).
#[derive(Clone, Debug, Default)]
pub struct Profile {
    pub words: Words,
    pub actors: Vec<usize>,
}

/// A dated thread of sentences; after clustering, an event.
#[derive(Clone, Debug, Default)]
pub struct Thread {
    pub date: Option<PartialDate>,
    pub anchor: Option<String>,
    pub inferred: bool,
    /// (article, sentence) pairs.
    pub members: Vec<(usize, usize)>,
    pub actors: SortedSet<usize>,
    /// One profile per member sentence.
    pub profiles: Vec<Profile>,
    /// Whom the thread's subject speaks for (see [`SentenceFacts::party`]).
    pub party: Option<usize>,
    /// The articles of its members (filled in by clustering).
    pub articles: SortedSet<usize>,
    /// Who acts or speaks in it (see [`SentenceFacts::subject`]); several after clustering
    /// when outlets name different voices of one act (a president and his spokesman).
    pub subjects: Vec<usize>,
    /// A point in the past a sentence mentions besides its own date: never one of the
    /// statements around it.
    pub background: bool,
    /// Members that tell the event only in passing (the sentences of background threads).
    pub passing: SortedSet<(usize, usize)>,
    /// A member tells what someone said (see [`says`]).
    pub says: bool,
    /// How many days before its inferred date a stated day may be the act it tells, when
    /// more than [`REPORT_LAG_DAYS`]: back to the Monday of "last week's threat".
    pub reach_days: u8,
    /// Its own act is told of "last week" or "earlier this week" (see
    /// [`past_week_of`]): it lay before the report's day, within that week.
    pub past_week: bool,
    /// Its first sentence turns to other news ("Meanwhile, the army said …"): whoever
    /// speaks, its article tells another happening than the one before it.
    pub other_news: bool,
    /// Its first sentence's subject is a person speaking for themselves, not through a
    /// spokesperson or as a body ("Lavrov stressed …", not "The Pentagon welcomed …").
    pub person_speaks: bool,
    /// The body its subject speaks for as spokesperson (see [`SentenceFacts::voice_of`]).
    pub voice_of: Option<usize>,
    /// The parties of the joint act it tells, if any (see [`SentenceFacts::joint`]).
    pub joint: Box<[usize]>,
    /// Its date is only a speaker's own "today" in quoted words ("“The draft resolution
    /// rejected today …”"): the day the words were said, which the page gives only as its
    /// own day, a guess as an undated sentence's is ([`crate::linking::follow_the_leads`]).
    pub speakers_day: bool,
    /// A point whose every telling looks ahead ("Assad could attend the summit in Riyadh on
    /// 19 May"): a plan, whatever day the report was of ([`crate::points::only_planned`]).
    pub planned: bool,
}

#[cfg(test)]
impl Thread {
    /// A thread of these sentences with nothing else told: undated, no actors, not
    /// background (tests set what they need with `..Thread::of(…)`).
    pub(crate) fn of(members: &[(usize, usize)]) -> Thread {
        Thread {
            date: None,
            anchor: None,
            inferred: false,
            members: members.to_vec(),
            actors: SortedSet::new(),
            profiles: Vec::new(),
            party: None,
            articles: members.iter().map(|m| m.0).collect(),
            subjects: Vec::new(),
            background: false,
            passing: SortedSet::new(),
            says: false,
            reach_days: 0,
            past_week: false,
            other_news: false,
            person_speaks: false,
            voice_of: None,
            joint: Box::default(),
            speakers_day: false,
            planned: false,
        }
    }
}

const STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "his",
    "her",
    "they",
    "them",
    "their",
    "we",
    "our",
    "us",
    "i",
    "you",
    "your",
    "said",
    "says",
    "say",
    "told",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "has",
    "have",
    "had",
    "not",
    "no",
    "if",
    "then",
    "than",
    "so",
    "such",
    "also",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "there",
    "here",
    "all",
    "any",
    "some",
    "about",
    "into",
    "out",
    "up",
    "do",
    "does",
    "did",
    "only",
    "other",
    "more",
    "most",
    "very",
    "just",
    "over",
    "after",
    "before",
    "friday",
    "thursday",
    "monday",
    "tuesday",
    "wednesday",
    "saturday",
    "sunday",
    "one",
    "two",
];

/// Whether a lower-cased word is a stopword.
pub(crate) fn is_stopword(lower: &str) -> bool {
    stopwords().contains(lower)
}

fn stopwords() -> &'static rustc_hash::FxHashSet<&'static str> {
    static CELL: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| STOPWORDS.iter().copied().collect())
}

fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "ly"] {
        if let Some(stripped) = word.strip_suffix(suffix) {
            if stripped.len() >= 4 {
                return if matches!(suffix, "ing" | "ed") { undouble(stripped) } else { stripped };
            }
        }
    }
    word
}

/// A verb's stem without the consonant doubled before "-ed"/"-ing" ("planned", "admitting",
/// "cancelled", "controlled"), so it is the stem of "plans", "admits", "canceled",
/// "controls". Not "ss", "zz", "ff" ("pressed", "staffed" keep the base's double), nor
/// "ll" in short or other stems ("killed", "installed").
fn undouble(stem: &str) -> &str {
    let b = stem.as_bytes();
    let (last, before) = (b[b.len() - 1], b[b.len() - 2]);
    let doubled = last == before && last.is_ascii_lowercase() && !b"aeiousxzfy".contains(&last);
    let l_rule = last != b'l' || (b.len() >= 6 && (stem.ends_with("ell") || stem.ends_with("oll")));
    if doubled && l_rule {
        &stem[..stem.len() - 1]
    } else {
        stem
    }
}

/// Interns content words, so sentences compare as sorted integer lists.
#[derive(Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
    /// Each distinct token as written → its word id (`None`: a stopword). Most
    /// tokens recur, and a hit spares lower-casing, stemming and three lookups.
    tokens: FxHashMap<Box<str>, Option<u32>>,
    /// The same for the tokens of eight bytes or fewer (most of them), keyed by their
    /// bytes read as one number: it hashes and compares in a few instructions, where a
    /// string took a hash loop and a `memcmp` call.
    short_tokens: FxHashMap<u64, Option<u32>>,
}

impl Vocabulary {
    /// The content-word ids of a text, sorted and distinct. Ids are given in order of
    /// first appearance, so texts seen in the same order get the same ids.
    pub fn words(&mut self, text: &str) -> Vec<u32> {
        // About one word of three letters or more in six bytes of news text: sized once,
        // not grown from empty (its reallocations were ~0.05 G on the 12 MB corpus).
        let mut words: Vec<u32> = Vec::with_capacity(text.len() / 6 + 1);
        let mut runs = crate::sentences::alphanumeric_runs(text).peekable();
        while let Some(w) = runs.next() {
            if let Some(compound) = runs.peek().and_then(|next| closed_compound(text, w, next)) {
                runs.next();
                words.extend(self.intern(&compound));
                continue;
            }
            if w.len() <= 2 {
                continue;
            }
            words.extend(self.token_id(w, short_token_key_in(text, w)));
        }
        words.sort_unstable();
        words.dedup();
        words
    }

    /// [`Self::intern`] of a token, remembered for the tokens seen before; `short_key` is
    /// its [`short_token_key`].
    fn token_id(&mut self, token: &str, short_key: Option<u64>) -> Option<u32> {
        if let Some(key) = short_key {
            if let Some(id) = self.short_tokens.get(&key) {
                return *id;
            }
            let id = self.intern(token);
            self.short_tokens.insert(key, id);
            return id;
        }
        if let Some(id) = self.tokens.get(token) {
            return *id;
        }
        let id = self.intern(token);
        self.tokens.insert(token.into(), id);
        id
    }

    /// The id of a token's content word (lower-cased, crudely stemmed), if it is not a stopword.
    fn intern(&mut self, token: &str) -> Option<u32> {
        // Char by char, as before: `str::to_lowercase` treats a final sigma differently.
        let lower: String = token.chars().flat_map(char::to_lowercase).map(without_accent).collect();
        if stopwords().contains(lower.as_str()) {
            return None;
        }
        let key: &str = match crate::data::synonyms().get(lower.as_str()) {
            Some(canonical) => canonical,
            None => stem(&lower),
        };
        if let Some(id) = self.ids.get(key) {
            return Some(*id);
        }
        let next = self.ids.len() as u32;
        self.ids.insert(key.to_string(), next);
        Some(next)
    }
}

/// A lower-case Latin letter without its accent: outlets spell one name with and without
/// them ("Kobanê", "Kobane"; "Müslüm", "Muslum").
fn without_accent(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// A token of at most eight bytes as one number, its bytes in order and zeros after them:
/// the token's alone, as no token (a run of letters and digits) holds a zero byte.
fn short_token_key(token: &str) -> Option<u64> {
    let bytes = token.as_bytes();
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(key))
}

/// [`short_token_key`] of `token`, a slice of `text`, read as the text's eight bytes from
/// the token's start with those past it masked off, where the text holds eight: copying
/// the token's own length into a key was a `memcpy` call a token (~1.3 M calls on the
/// 12 MB corpus).
#[inline(always)]
fn short_token_key_in(text: &str, token: &str) -> Option<u64> {
    let at = token.as_ptr() as usize - text.as_ptr() as usize;
    match text.as_bytes().get(at..at + 8) {
        Some(eight) if (1..=8).contains(&token.len()) => {
            let eight = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            Some(eight & (u64::MAX >> (64 - 8 * token.len())))
        }
        _ => short_token_key(token),
    }
}

/// Two words joined by a hyphen, lower-cased and written closed, when that is a word of
/// the synonym groups: "cease-fire" is the "ceasefire" another outlet writes, not "cease"
/// and "fire". (`first` and `next` are consecutive runs of `text`.)
fn closed_compound(text: &str, first: &str, next: &str) -> Option<String> {
    let base = text.as_ptr() as usize;
    let (end, start) = (first.as_ptr() as usize - base + first.len(), next.as_ptr() as usize - base);
    // Byte-wise ("-" between the runs): no slice of the text to check and compare.
    if start != end + 1 || text.as_bytes()[end] != b'-' {
        return None;
    }
    let closed: String = first.chars().chain(next.chars()).flat_map(char::to_lowercase).collect();
    crate::data::synonyms().contains_key(&closed).then_some(closed)
}

/// The content-word ids of every article's sentences (headings included), the same as
/// one [`Vocabulary`] gives reading every article's story sentences in order, then every
/// article's headings. That reading is cut into runs of sentences, read on every core,
/// each with a vocabulary of its own; their words are then numbered run after run. Also
/// that one vocabulary (what it has read: its words and their ids, for reading more text
/// in the same numbering).
pub fn content_words(articles: &[&[newsline_model::Sentence]]) -> (Vec<Vec<Words>>, Vocabulary) {
    let in_reading_order: Vec<(usize, usize)> = [false, true]
        .into_iter()
        .flat_map(|headings| {
            articles
                .iter()
                .enumerate()
                .flat_map(move |(a, sentences)| sentences.iter().enumerate().filter(move |(_, s)| s.heading == headings).map(move |(i, _)| (a, i)))
        })
        .collect();
    let run_len = in_reading_order.len().div_ceil(4 * rayon::current_num_threads()).max(1);
    let text = |&(a, i): &(usize, usize)| -> &str { &articles[a][i].text };
    let runs: Vec<(Vocabulary, Vec<Vec<u32>>)> = in_reading_order
        .par_chunks(run_len)
        .map(|run| {
            let mut vocabulary = Vocabulary::default();
            let words = run.iter().map(|at| vocabulary.words(text(at))).collect();
            (vocabulary, words)
        })
        .collect();
    let (corpus_ids, vocabulary) = corpus_numbering(runs.iter().map(|(vocabulary, _)| vocabulary));
    let runs: Vec<Vec<Words>> = runs
        .into_par_iter()
        .zip(corpus_ids)
        .map(|((_, words), corpus_id)| {
            let renumber = |mut ids: Vec<u32>| {
                ids.iter_mut().for_each(|id| *id = corpus_id[*id as usize]);
                ids.sort_unstable();
                // A copy of their length: `words` sized them for every word of the text, far
                // more than its content words (4 MB more at 12 MB), held until the threads.
                Words::from(ids.as_slice())
            };
            words.into_iter().map(renumber).collect()
        })
        .collect();
    let mut out: Vec<Vec<Words>> = articles.iter().map(|sentences| vec![Words::default(); sentences.len()]).collect();
    for (&(a, i), words) in in_reading_order.iter().zip(runs.into_iter().flatten()) {
        out[a][i] = words;
    }
    (out, vocabulary)
}

/// For each run's vocabulary, in reading order, the corpus id of each of its word ids:
/// words numbered in order of first appearance over all runs; and a vocabulary of all
/// the runs' words with those ids.
fn corpus_numbering<'a>(runs: impl Iterator<Item = &'a Vocabulary>) -> (Vec<Vec<u32>>, Vocabulary) {
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let numbering = runs
        .map(|vocabulary| {
            let mut keys = vec![""; vocabulary.ids.len()];
            for (key, id) in &vocabulary.ids {
                keys[*id as usize] = key;
            }
            keys.into_iter()
                .map(|key| match ids.get(key) {
                    Some(id) => *id,
                    None => {
                        let next = ids.len() as u32;
                        ids.insert(key.to_string(), next);
                        next
                    }
                })
                .collect()
        })
        .collect();
    (numbering, Vocabulary { ids, ..Vocabulary::default() })
}

/// How many items two sorted, distinct lists share.
pub(crate) fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    // Branch-free merge: which side advances is data, not a jump the CPU must guess.
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        n += (x == y) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    n
}

/// Below this share of words, two sentences tell different things whatever their actors.
const MIN_WORDS: f64 = 0.2;

/// Similarity of two sentences from the weight of the words they share, their words'
/// weights and their actors: mostly shared words, partly shared actors (one shared actor
/// counts half: most sentences of a story name the same state).
fn weigh(common_words: f64, a_words: f64, b_words: f64, a_actors: &[usize], b_actors: &[usize], actor_weight: impl Fn(usize) -> f64) -> f64 {
    let words = if a_words <= 0.0 || b_words <= 0.0 { 0.0 } else { 2.0 * common_words / (a_words + b_words) };
    if words < MIN_WORDS {
        return 0.0;
    }
    if a_actors.is_empty() && b_actors.is_empty() {
        return words;
    }
    let (mut common, mut all) = (0.0, 0.0);
    let (mut i, mut j) = (0, 0);
    // Both lists are sorted: one walk finds the shared actors and the union's weight.
    while i < a_actors.len() || j < b_actors.len() {
        let (x, y) = (a_actors.get(i), b_actors.get(j));
        let actor = *x.into_iter().chain(y).min().unwrap();
        let weight = actor_weight(actor);
        all += weight;
        if x == Some(&actor) && y == Some(&actor) {
            common += weight;
        }
        i += (x == Some(&actor)) as usize;
        j += (y == Some(&actor)) as usize;
    }
    let actors = if all > 0.0 { common / all * (common.min(2.0) / 2.0) } else { 0.0 };
    0.6 * words + 0.4 * actors
}

/// Corpora of fewer sentences weigh every word alike: too few to tell which are common.
const WEIGHED_FROM: usize = 20;

/// How much a word (or an actor) found in `frequency` of a corpus's `sentences` says about
/// which event a sentence tells: fully up to three eighths of the sentences, nothing past
/// five eighths, falling evenly between ("Aleppo" in a story about Aleppo says little).
/// Smooth, so that a sentence more or less in the corpus moves a similarity a little
/// rather than dropping a word at once: a hard cut at a quarter flipped whole stories'
/// clustering, and with each dev-set article left out in turn it lost 174 pairs across
/// articles and 68 dated mentions in all to this weighting (QUALITY.md, stop 24).
fn word_weight(frequency: usize, sentences: usize) -> f64 {
    if sentences < WEIGHED_FROM {
        return 1.0;
    }
    let (low, high) = (sentences as f64 * 3.0 / 8.0, sentences as f64 * 5.0 / 8.0);
    ((high - frequency as f64) / (high - low)).clamp(0.0, 1.0)
}

const CONTINUATION_OPENERS: &[&str] = &["He", "She", "They", "It", "His", "Her", "Their", "This", "That", "These"];

/// Whether a sentence opens on a pronoun for what came before ("He also urged …"). Not
/// one that opens a quote: "“It clearly will be a wakeup call,” said Fisher" is Fisher's
/// "it", not the story's.
fn continues(text: &str) -> bool {
    continues_in(&Spaced::new(text))
}

/// [`continues`] of a sentence's words, read once.
fn continues_in(words: &Spaced) -> bool {
    let text = words.text();
    // The opening word first: most sentences open on no pronoun, and the frame and quote
    // tests need not read them. (The first run of letters and digits: the start of the
    // first word that has any.)
    let first = words.bares_from(0).find(|b| !b.is_empty()).map_or("", |b| &b[..b.find(|c: char| !crate::sentences::is_alphanumeric(c)).unwrap_or(b.len())]);
    (CONTINUATION_OPENERS.contains(&first) || pronoun_after_connective(text) || opens_on_the_sides(words) || attends_too(words))
        && !text.trim_start().starts_with(['"', '“', '‘', '\'', '«'])
        && crate::subject::back_reference(text).is_none()
        && !expletive_it(text)
}

/// "Serbian President Alexander Vujcic was also a guest at the parade", "Lavrov also
/// attended": someone else was at the occasion told before, which goes on.
fn attends_too(spaced: &Spaced) -> bool {
    // Read on every sentence asked whether it goes on: one byte search rules out nearly all.
    if find_fixed!(" also ", spaced.text()).is_none() {
        return false;
    }
    let words: Vec<&str> = spaced.bares_from(0).take(ATTENDING_WORDS).collect();
    words.windows(3).any(|w| match w {
        [before, "also", next] => {
            matches!(*before, "was" | "were") && ["present", "a", "among", "at", "there", "in"].contains(next)
                || ["attended", "joined", "participated"].contains(next)
        }
        ["also", "took", "part"] => true,
        _ => false,
    })
}

/// Most words before "also" and its attending words ("Serbian President Alexander Vujcic was also a").
const ATTENDING_WORDS: usize = 12;

/// A personal pronoun and "also" open the sentence: the one who spoke before goes on ("He
/// also said he wanted to meet Assad").
fn also_says(words: &Spaced) -> bool {
    matches!(words.word(0), Some("He" | "She")) && words.word(1) == Some("also")
}

/// Adverbs of sequence that may open a sentence before the sides told of ("Then the two
/// presidents listened …").
const SEQUENCE_OPENERS: &[&str] = &["Then", "Later", "Afterwards", "Afterward", "Subsequently"];

/// Nouns for the sides of an act told before, after "The two", "Both" or "The"
/// ("The two leaders", "Both sides", "The three presidents").
const SIDES_NOUNS: &[&str] = &["leaders", "presidents", "ministers", "sides", "men", "delegations", "heads", "countries"];

/// Whether a sentence opens on the sides of the act before, named by their number or
/// role and not again ("The two leaders listened to a presentation …", "Then the two
/// presidents …", "The trio also called for …"): it goes on with that act. Not "The
/// presidents of Russia, Turkey and Iran vowed …", which names them.
fn opens_on_the_sides(spaced: &Spaced) -> bool {
    let mut words = spaced.words_from(0).peekable();
    words.next_if(|w| SEQUENCE_OPENERS.contains(&w.trim_end_matches(',')));
    let Some(article) = words.next() else { return false };
    let noun = match article {
        "The" | "the" => {
            words.next_if(|w| matches!(*w, "two" | "three" | "four"));
            words.next()
        }
        "Both" | "both" => words.next(),
        _ => None,
    };
    let named_again = words.peek().is_some_and(|w| *w == "of");
    noun.is_some_and(|n| SIDES_NOUNS.contains(&n) || matches!(article, "The" | "the") && matches!(n, "trio" | "pair")) && !named_again
}

/// Words of a connective opening a sentence before its comma ("In addition, they
/// condemned …", "However, he said …", "At the same time, she …").
const CONNECTIVE_WORDS: usize = 4;

/// Whether a short connective of lower-case words (no name, no number) opens the sentence
/// up to a comma, with a pronoun for what came before right after it. Not a turn to other
/// news ("Meanwhile, they …"): [`turns_to_other_news`] parts those.
fn pronoun_after_connective(text: &str) -> bool {
    let Some((frame, rest)) = text.trim_start().split_once(',') else { return false };
    let mut words = frame.split_whitespace();
    let connective = words.next().is_some_and(|w| w.chars().all(char::is_alphabetic))
        && words.clone().count() < CONNECTIVE_WORDS
        && words.all(|w| w.chars().all(|c| c.is_lowercase()));
    let next = rest.split_whitespace().next().unwrap_or("");
    connective && matches!(next, "he" | "she" | "they" | "his" | "her" | "their")
}

/// Adjectives after "It is (not)" when "it" stands for nothing before it.
const EXPLETIVE_ADJECTIVES: &[&str] = &["clear", "unclear", "possible", "impossible", "likely", "unlikely", "known", "unknown", "uncertain"];

/// "It's not clear whether this is a new position", "It was unclear if …": an "it" that
/// points at nothing told before. Undated, it is the writer's comment: no act of the story
/// and no mention.
fn expletive_it(text: &str) -> bool {
    // Read on every undated sentence: most are ruled out by their first two letters, with
    // no word lower-cased.
    if !text.trim_start_matches(|c: char| !c.is_alphanumeric()).get(..2).is_some_and(|w| w.eq_ignore_ascii_case("it")) {
        return false;
    }
    let mut words = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().replace('’', "'"));
    matches!(words.next().as_deref(), Some("it's" | "it")) && words.take(3).any(|w| EXPLETIVE_ADJECTIVES.contains(&w.as_str()))
}

/// Verbs of a writer's guess at what a thing is ("The attack appears to be the largest
/// example to date …", "It appears that the Kurds were forced …").
const ASSESSING: &[&str] =
    &[" appears to be ", " appear to be ", " seems to be ", " seem to be ", "It appears that ", "It seems that ", " would be a ", " would be an "];

/// What a thing shows, in the writer's words: "The group's choice of targets is a clear sign
/// of its intention to …" (with no one speaking anywhere in the sentence: "… is a sign that
/// relations will resume, experts say" is theirs).
const SHOWING: &[&str] = &[" is a sign ", " is a clear sign ", " are a sign ", " is a signal ", " is a clear signal "];

/// An undated sentence whose main clause is the writer's assessment, before anyone speaks
/// in it: no act of the story and no mention ("…, and Russia said it had never faced such
/// an attack" after it is told in the story's own sentences).
fn assesses(s: &SentenceFacts) -> bool {
    // Read on every undated sentence: one byte search rules out nearly all.
    if find_fixed!("ppear", &s.text).is_none()
        && find_fixed!("eem", &s.text).is_none()
        && find_fixed!("ould be", &s.text).is_none()
        && find_fixed!(" sign", &s.text).is_none()
    {
        return false;
    }
    let first_speech = s.speech_verbs().next().map_or(s.text.len(), |(start, _)| start);
    let unquoted = |at: usize| !inside_quote(&s.text, at);
    ASSESSING.iter().any(|a| s.text.find(a).is_some_and(|at| at < first_speech && unquoted(at)))
        || first_speech == s.text.len() && SHOWING.iter().any(|a| s.text.find(a).is_some_and(unquoted))
}

/// Verbs after which a weekday opening a sentence is what the sentence describes ("Tuesday
/// is the Russian Orthodox Christmas", "Friday marked the 11th time …").
const DESCRIBING_A_DAY: &[&str] = &["is", "was", "marks", "marked", "will"];

/// A sentence describing a day rather than telling an act of it (a weekday, after a short
/// connective, as the subject of a copula): no act and no mention, dated or not.
fn describes_a_day(text: &str) -> bool {
    // The connective before the first ", " is of letters and spaces, two words at most: it is
    // read only that far, not searched for through the sentence.
    let (mut words, mut in_word, mut connective) = (0, false, None);
    for (at, c) in text.char_indices() {
        if c.is_alphabetic() {
            words += usize::from(!in_word);
            in_word = true;
            if words > 2 {
                break;
            }
        } else if c == ' ' {
            in_word = false;
        } else {
            connective = text[at..].starts_with(", ").then_some(at);
            break;
        }
    }
    let body = connective.map_or(text, |at| &text[at + 2..]);
    let mut words = body.split_whitespace();
    let opens_on_a_day = words.next().is_some_and(|w| crate::subject::WEEKDAYS.contains(&w));
    opens_on_a_day && words.next().is_some_and(|w| DESCRIBING_A_DAY.contains(&w))
}

/// Unnamed people who comment on a story rather than act in it.
const COMMENTATORS: &[&str] = &["observers", "analysts", "experts", "commentators", "pundits", "critics"];

/// Their verbs of a view held, not of a statement made on a day.
const VIEW_VERBS: &[&str] = &["say", "have said", "believe", "argue", "have argued", "warn", "have warned", "suggest", "note", "doubt"];

/// "But observers have said it is unlikely that Assad …", "Analysts say the deal …":
/// unnamed commentators' standing view, told undated, is the story's background, not an
/// act and no mention.
fn commentators_view(text: &str) -> bool {
    let lower = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let body = ["But ", "Yet ", "However, ", "And "].iter().find_map(|c| lower.strip_prefix(c)).unwrap_or(lower);
    let body = ["many ", "some ", "most ", "other ", "Many ", "Some ", "Most ", "Other "].iter().find_map(|q| body.strip_prefix(q)).unwrap_or(body);
    let Some((noun, rest)) = body.split_once(' ') else { return false };
    COMMENTATORS.iter().any(|c| noun.eq_ignore_ascii_case(c)) && VIEW_VERBS.iter().any(|v| rest.strip_prefix(v).is_some_and(|r| r.starts_with(' ')))
}

/// Nouns of people whose trade is to comment on a story, not to act in it.
const ANALYSTS: &[&str] = &["analyst", "analysts", "expert", "experts", "professor", "researcher", "scholar", "commentator", "columnist"];
/// Most words of such a speaker's description before the verb ("Russian affairs analyst
/// Micky Aharonson of the Jerusalem Institute for Strategic Studies said").
const ANALYST_WORDS: usize = 16;

/// "Russian affairs analyst Micky Aharonson of the Jerusalem Institute said that Russia is
/// the one country that enjoys the trust of both": a named commentator's undated view is
/// the story's background, as an unnamed one's is ([`commentators_view`]): no act.
fn analysts_view(s: &SentenceFacts, verbs: &[(usize, usize)]) -> bool {
    let Some(&(verb, _)) = verbs.first() else { return false };
    let speaker = &s.text[..verb];
    let words = || speaker.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    !has_quote_mark(speaker) && words().take(ANALYST_WORDS + 1).count() <= ANALYST_WORDS && words().any(|w| ANALYSTS.contains(&w))
}

/// Groups who hold a view as a side ("Israeli officials", "Western diplomats").
const OFFICIALS: &[&str] = &["officials", "diplomats", "leaders", "governments"];
/// Verbs of a view held, not of words said on a day.
const HOLDING_VERBS: &[&str] = &["see", "view", "regard", "consider", "fear"];

/// "Israeli officials see Iranian forces … as a direct threat": unnamed officials' standing
/// view, told undated in the present, is the story's background, not an act of its day
/// ("Israeli officials say …" may be the day's statement: only verbs of holding a view).
fn officials_view(text: &str) -> bool {
    let body = ["But ", "Yet ", "And "].iter().find_map(|c| text.strip_prefix(c)).unwrap_or(text);
    let mut words = body.split(' ');
    let (Some(first), Some(second), Some(verb)) = (words.next(), words.next(), words.next()) else { return false };
    let group = |w: &str| OFFICIALS.iter().any(|o| w.eq_ignore_ascii_case(o));
    let holds = |w: &str| HOLDING_VERBS.contains(&w);
    // "Officials see …", "Israeli officials see …".
    (group(first) && holds(second)) || (first.starts_with(char::is_uppercase) && group(second) && holds(verb))
}

/// Copulas before "whether" in a sentence stating an open question.
const OPEN_QUESTION: &[&str] = &[" was whether ", " is whether ", " remains whether ", " remained whether "];

/// "The major question was whether the council should permit …", "The question now is
/// whether …": the writer sets out what was at stake. Undated, it is no act and no mention.
fn open_question(text: &str) -> bool {
    // Read on every undated sentence: one byte search rules out nearly all.
    find_fixed!("whether", text).is_some() && OPEN_QUESTION.iter().any(|q| text.contains(q)) && !text.starts_with(['"', '“'])
}

/// Openers that turn to other news: the sentence never goes on with the story before it.
const OTHER_NEWS_OPENERS: &[&str] = &["meanwhile", "separately", "elsewhere", "in other news", "in a separate development", "in another development"];

/// Openers that turn to another act of the day told before ("Earlier in the day, Russia
/// said …"): other news too, of that day (the same speaker's is joined to it again by
/// speaker and day).
const SAME_DAY_OPENERS: &[&str] = &["earlier in the day", "later in the day"];

/// The length of the longest of [`SAME_DAY_OPENERS`].
const SAME_DAY_OPENER_LEN: usize = "earlier in the day".len();

/// "Earlier in the day, …", "Later in the day …": another act of the day told before.
fn same_day_opener(text: &str) -> bool {
    opens_on(text, SAME_DAY_OPENERS)
}

/// "For its part, Russia … expressed concern": another party's own act beside the one
/// told before it, not more of that one.
const OWN_PART_OPENERS: &[&str] = &["for its part", "for their part", "for his part", "for her part"];

/// "Meanwhile, the parliament ratified …", "The Kremlin, meanwhile, accused …": a sentence
/// opening on other news, or setting it off after a short subject.
fn turns_to_other_news(text: &str) -> bool {
    let head = text.get(..30).unwrap_or(text).trim_start_matches(|c: char| !c.is_alphanumeric());
    opens_on(head, OTHER_NEWS_OPENERS) || opens_on(head, SAME_DAY_OPENERS) || other_news_after_subject(text)
}

/// Most words of a subject before other news set off by commas ("The Kremlin, meanwhile, …").
const OTHER_NEWS_SUBJECT_WORDS: usize = 4;

/// Whether an opener of other news stands set off by commas after the sentence's subject of
/// at most [`OTHER_NEWS_SUBJECT_WORDS`] words ("The Kremlin, meanwhile, accused …").
fn other_news_after_subject(text: &str) -> bool {
    let Some(comma) = memchr::memchr(b',', text.as_bytes()) else { return false };
    let (subject, rest) = (&text[..comma], text[comma + 1..].trim_start());
    // The opener first (few sentences have one after their first comma), then the subject's
    // words, counted only up to the most it may have: the count decoded every character up
    // to the comma, however long (~36 M instructions on the 12 MB corpus).
    OTHER_NEWS_OPENERS.iter().any(|o| rest.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)) && rest[o.len()..].starts_with(','))
        && crate::sentences::word_count_past(subject, OTHER_NEWS_SUBJECT_WORDS) <= OTHER_NEWS_SUBJECT_WORDS
}

/// Whether `text` opens on one of `openers` (lower case) as a whole phrase.
fn opens_on(text: &str, openers: &[&str]) -> bool {
    // Read on every sentence, three times: compared in any case in place, not lower-cased
    // into a string of its own.
    let head = text.get(..30).unwrap_or(text).as_bytes();
    openers.iter().any(|o| head.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes())) && matches!(head.get(o.len()), Some(b',' | b' ')))
}

/// Verbs that place what came before against another happening ("It came as …").
const CAME_VERBS: &[&str] = &["came", "comes", "coming", "follows", "followed", "unfolded", "unfolds"];

/// Whether the bare word `w` (its punctuation trimmed, [`Spaced`]) is one of `list` in any
/// case (compared in place).
fn is_bare_one_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Where the words after a verb of following ("came", "comes", …) start, when one stands
/// among a sentence's first [`CAME_SUBJECT_WORDS`] + 1 ("The move came …", "His call comes …").
fn after_came_verb(words: &Spaced) -> Option<usize> {
    words.bares_from(0).take(CAME_SUBJECT_WORDS + 1).position(|w| is_bare_one_of(CAME_VERBS, w)).map(|verb| verb + 1)
}

/// "The development comes just over 2 months after Putin ordered a bombing campaign": the
/// outlet measures the story's time from an act long before it (months or years, no day
/// to date either by): a framing, no act of the story and no happening of its own.
#[cfg(test)]
fn measured_from_long_before(text: &str) -> bool {
    measured_from_long_before_in(&Spaced::new(text))
}

/// [`measured_from_long_before`] of a sentence's words, read once.
fn measured_from_long_before_in(words: &Spaced) -> bool {
    let Some(after) = after_came_verb(words) else { return false };
    let next = || words.bares_from(after).take(MEASURE_WORDS + 1);
    let Some(link) = next().position(|w| is_bare_one_of(&["after", "since"], w)) else { return false };
    next().take(link).any(|w| is_bare_one_of(&["months", "month", "years", "year"], w))
}

/// Most words of the length between such a verb and its "after" ("just over 2 months").
const MEASURE_WORDS: usize = 5;

/// Words that may sit between such a verb and its link ("came just hours after").
const CAME_GAP: &[&str] = &["also", "just", "only", "shortly", "days", "hours", "weeks", "a", "day", "week", "few", "two", "three"];

/// Words of the subject such a sentence opens on at most ("The move", "His call").
const CAME_SUBJECT_WORDS: usize = 3;

/// "It came as the Syrians … bombarded eastern Aleppo", "This comes after several rights
/// groups lobbying against Moscow": a sentence that places the story before it against
/// another happening tells that happening, not more of the story. Gives that happening's
/// clause (after "as", "after", "amid", "against": "The meeting also unfolded against wider
/// regional turbulence, including …"). ("His appeal came just hours before the Council met"
/// places the appeal itself: "before" is not read.)
fn came_amid(text: &str) -> Option<&str> {
    latest_after(text).or_else(|| after_came_link(&Spaced::new(text)))
}

/// [`came_amid`]'s "… is the latest blow after …".
fn latest_after(text: &str) -> Option<&str> {
    crate::subject::latest_after(text).map(|at| &text[at..])
}

/// [`came_amid`]'s clause after a verb of following and its link, from the sentence's
/// words (read once): compared in place, none lower-cased.
fn after_came_link<'a>(words: &Spaced<'a>) -> Option<&'a str> {
    let after = after_came_verb(words)?;
    // The first word past the gap ("came just hours after"), if the sentence goes on.
    let link = (after..).find(|&i| words.bare(i).is_none_or(|w| !is_bare_one_of(CAME_GAP, w)))?;
    let bare = words.bare(link)?;
    let clause = &words.text()[words.end(link)?..];
    if is_bare_one_of(&["after", "amid", "amidst", "against"], bare) {
        Some(clause)
    } else if is_bare_one_of(&["at"], bare) {
        // "The attack comes at a time when President Trump is looking to withdraw …".
        let at_a_time = words.bare(link + 1).is_some_and(|w| w == "a") && words.bare(link + 2).is_some_and(|w| w == "time");
        let when = words.bare(link + 3).filter(|w| is_bare_one_of(&["when", "of"], w)).and(words.end(link + 3));
        when.filter(|_| at_a_time).map(|end| &words.text()[end..])
    } else if is_bare_one_of(&["as"], bare) {
        // "came as a surprise", "came as close as", "came as part of a deal": the act itself.
        words.bare(link + 1).filter(|w| !is_bare_one_of(CAME_AS_NOT_A_CLAUSE, w)).map(|_| clause)
    } else {
        None
    }
}

/// The clause of the happening a sentence places its own act against, when that clause
/// tells a happening rather than how things stand ([`came_amid`]).
pub(crate) fn placed_against(text: &str) -> Option<&str> {
    came_amid(text).filter(|clause| !stands_behind(clause))
}

/// Whether the clause a sentence places its act against tells how things stand rather than
/// a happening: a state ("… comes as Russia continues to blame the US"), a campaign counted
/// day by day, or a backdrop named as one ("His remarks came against the backdrop of his
/// statements about a possible agreement …": the outlet's background, no act of its own).
fn stands_behind(clause: &str) -> bool {
    names_a_backdrop(clause) || states_a_state(clause) || runs_day_after_day(clause)
}

/// Nouns by which an outlet calls what it places an act against its background.
const BACKDROP_NOUNS: &[&str] = &["backdrop", "background", "context", "setting"];

/// Whether `clause` opens on a backdrop noun after its article ("the backdrop of …", "a
/// background of …").
fn names_a_backdrop(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    words.next().is_some_and(|a| is_bare_one_of(&["the", "a"], a)) && words.next().is_some_and(|noun| is_bare_one_of(BACKDROP_NOUNS, noun))
}

/// Whether `text`'s main clause tells no act of its own beside the act it names in a
/// clause: a prediction or a state ("The loss would be a devastating blow to rebels, who
/// seized the area in 2012"; "It leads the battlegroup that was not allowed to refuel …"),
/// or a place after another happening ("They followed the collapse of a deal …").
pub(crate) fn tells_no_act_of_its_own(text: &str) -> bool {
    use crate::tense::Tense;
    let placed_after = text.split_whitespace().take(CAME_SUBJECT_WORDS + 1).any(|w| CAME_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)));
    let clause = crate::tense::main_clause(text);
    placed_after || matches!(clause.tense, Tense::Modal | Tense::Present) || clause.tense == Tense::Perfect && clause.been
}

/// What a sentence opening on a happening already told does with it: "The regime's gains
/// have prompted an exodus" tells what came of it, another happening; "The rebel losses
/// suggested it would only be a matter of time" is the outlet's reading of it, none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AfterAnAct {
    Consequence,
    Reading,
}

/// Verbs by which an act brings about another ("prompted an exodus").
const CAUSING_VERBS: &[&str] = &["prompted", "triggered", "sparked", "caused", "forced", "drove", "fuelled", "fueled", "provoked", "spurred", "unleashed"];

/// Verbs by which the outlet says what an act means ("suggested", "showed").
const READING_VERBS: &[&str] = &[
    "suggested",
    "suggests",
    "showed",
    "shows",
    "indicated",
    "indicates",
    "signalled",
    "signaled",
    "signals",
    "underscored",
    "underscores",
    "highlighted",
    "highlights",
    "meant",
    "means",
];

/// Words a subject naming a happening may open with ("The regime's gains", "Their advance").
const ACT_SUBJECT_OPENERS: &[&str] = &["the", "this", "that", "these", "those", "their", "its", "his", "her", "such"];

/// Words the subject may run to before its verb ("The rebel losses in the north").
const ACT_SUBJECT_WORDS: usize = 5;

/// Whether `text` opens on a happening (a determiner, then an act noun within a few
/// words) whose verb brings about another or reads it ([`AfterAnAct`]).
#[cfg(test)]
fn after_an_act(text: &str) -> Option<AfterAnAct> {
    after_an_act_in(&Spaced::new(text))
}

/// [`after_an_act`] of a sentence's words, read once.
fn after_an_act_in(words: &Spaced) -> Option<AfterAnAct> {
    let text = words.text();
    // Read on every sentence: the first word is compared in place, nothing lower-cased.
    let first = words.bare(0)?;
    if !ACT_SUBJECT_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(first)) {
        return None;
    }
    let nouns = crate::data::act_nouns();
    let mut named_an_act = false;
    for lower in lower_words(text).skip(1).take(ACT_SUBJECT_WORDS + 1) {
        let word = crate::actors::strip_possessive(&lower);
        if matches!(word, "has" | "have" | "had") {
            continue;
        }
        if CAUSING_VERBS.contains(&word) {
            return named_an_act.then_some(AfterAnAct::Consequence);
        }
        if READING_VERBS.contains(&word) {
            return named_an_act.then_some(AfterAnAct::Reading);
        }
        named_an_act |= nouns.contains(crate::data::fold_synonym(word));
    }
    None
}

/// "… comes as Russia continues to blame the US", "… comes at a time when President Trump
/// is looking to withdraw …": how things stand or go on, no happening.
fn states_a_state(clause: &str) -> bool {
    let tense = crate::tense::main_clause(clause).tense;
    tense.states() || tense == crate::tense::Tense::Progressive
}

/// Words after "came as" that describe the act rather than open another happening.
const CAME_AS_NOT_A_CLAUSE: &[&str] = &["a", "an", "no", "little", "close", "much", "well", "part", "expected", "planned", "promised", "such"];

/// Dates the sentences of one article and groups continuing sentences into threads, one
/// statement's threads joined ([`join_statements`]).
pub fn threads(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Vec<Thread> {
    join_statements(unjoined_threads(article_date, sentences, false))
}

/// [`threads`] before one statement's threads are joined. Joining reads no facts: the
/// pipeline frees them first, and the lists of the threads that absorb others grow into
/// their room (the 8 MB article's peak was the join's, on top of every fact).
/// `siblings_day`: the page states no day of its own and `article_date` is a sibling's
/// story day, read for it.
pub fn unjoined_threads(article_date: Option<PartialDate>, sentences: &[SentenceFacts], siblings_day: bool) -> Vec<Thread> {
    // (The act the lead tells again is read once: the lead's date falls back on it too.)
    let retold = act_told_again(article_date, sentences);
    let story_date = lead_date_by(article_date, sentences, retold).or(article_date);
    let appeal = reader_appeal(sentences);
    let mut out: Vec<Thread> = Vec::new();
    let mut current: Option<usize> = None;
    let mut last_paragraph = None;
    // The paragraph of the outlet's account of another act beside a statement, while it goes on.
    let mut narration: Option<u32> = None;
    // The first story opening on a sentence that names each document: what the
    // document's terms go back to.
    let mut first_naming: [Option<usize>; DOCUMENT_NOUNS.len()] = [None; DOCUMENT_NOUNS.len()];
    // The article's first story and its sentence's words.
    let mut lead: Option<(usize, &str, Words)> = None;
    // The lead's stretches of words, made once, at the first paragraph that may retell it
    // (each sentence asked lower-cased its words and hashed its stretches again).
    let lead_words: OnceCell<Vec<String>> = OnceCell::new();
    let lead_stretches: OnceCell<Stretches> = OnceCell::new();
    for (position, s) in sentences.iter().enumerate() {
        // A day described is no act, and its day is no other happening's.
        if describes_a_day(&s.text) {
            last_paragraph = Some(s.paragraph);
            continue;
        }
        let asked = Asked::new(s);
        let (main, points) = dates_of_by(s, article_date, if s.timexes.is_empty() { &[] } else { asked.speech_verbs() });
        // "… captured Palmyra in March last year. IS forces recaptured Palmyra eight months
        // later …": a count "later" is counted from the story told just before it.
        let main = main.or_else(|| {
            let before = current.map(|c| &out[c]).filter(|c| !c.inferred && !c.background)?.date?;
            s.timexes.iter().filter(|t| t.role == Role::Unresolved).find_map(|t| Some((t, crate::timex::later_than(&t.text, before)?)))
        });
        // "The resolution also calls for …" after a speaker's words on it: a point of the
        // act that made the document the story opened on, not of the speaker's words.
        let to_document = main
            .is_none()
            .then(|| document_point_in(asked.spaced()))
            .flatten()
            .and_then(|noun| first_naming[noun])
            .filter(|i| Some(*i) != current && !out[*i].background);
        if to_document.is_some() {
            current = to_document;
        }
        // "Putin said on Thursday at a news conference with Netanyahu …. Israel announced on
        // Wednesday that …. “…,” Netanyahu told Putin.": undated words of someone the day's
        // story named, after an aside of another day, are the story's.
        let to_story = main.is_none().then(|| back_to_the_story(&out, current, s, story_date)).flatten();
        if to_story.is_some() {
            current = to_story;
        }
        let same_paragraph = last_paragraph == Some(s.paragraph);
        // A quote attributed by a pronoun, or not at all, goes on with the story before it.
        let pronoun_quote = s.speaker.is_some() && s.speaker_inferred;
        // A sentence that names no one who acts goes on with the story before it.
        let no_new_subject = s.subject.is_none() && s.speaker.is_none();
        // Another voice than the story's, in its paragraph, starts a story of its own
        // ("Russia said it was not involved in Monday's strike" after the UN's words).
        // So does a person's statement after an act told with no one acting, or by a
        // state ("Russia failed to win re-election …. Asked about the defeat, its
        // ambassador quipped …"): a reaction is a happening of its own.
        // (Read only when the sentence would join by its paragraph.)
        // "The ministry announced that Shoygu arrived in Syria …. Shoygu visited the base …":
        // the one whose act the story's voice reported goes on with it.
        let reports_on = |thread: &Thread, x: usize| member_facts(sentences, thread.members.first()).is_some_and(|f| f.reported() == Some(x));
        let reported_goes_on = || current.is_some_and(|c| s.subject.is_some_and(|x| reports_on(&out[c], x)));
        let new_voice = || {
            current.is_some_and(|c| {
                let thread = &out[c];
                let reacts = || s.person_acts && thread.subjects.is_empty() && !thread.says && !s.speaker_inferred && asked.says();
                // The body the story's speaker speaks for is no other voice ("…, the United
                // Nations spokesman said on Monday. UN called for 48 hours of pause.").
                s.subject.is_some_and(|x| (!thread.subjects.is_empty() || reacts()) && !thread.subjects.contains(&x) && thread.party != Some(x))
            })
        };
        // Whether it opens on a pronoun, and what it is placed against ("It came as …"):
        // each read at most once (`Asked`), and only for a sentence whose outcome they can
        // change (a dated sentence, or one that starts a story, needs neither).
        let continuing = || asked.continues();
        let amid = || asked.amid();
        // The account of another act goes on in its paragraph with what names no one ("Saudi
        // Arabia did win a seat …. But since it was running unopposed, a Saudi seat was
        // virtually guaranteed.").
        let goes_on = narration == Some(s.paragraph) && s.subject.is_none() && in_outlets_voice(&asked);
        let narrates_beside = current.is_some_and(|c| narrates_another_act(&out[c], &asked)) || goes_on;
        let narrated_apart = narrates_beside && main.is_none();
        narration = narrated_apart.then_some(s.paragraph);
        // A story told at a month's or a year's precision ("The offensive began in
        // mid-September.") is background to the day's: what someone says in the paragraphs
        // after it does not go on with it by naming no one.
        // ("He also said …" goes on with the one who spoke.)
        let of_another_time = || {
            current.is_some_and(|c| out[c].date.is_some_and(|d| d.day.is_none()) && !out[c].inferred && out[c].date != story_date)
                && asked.says()
                && !also_says(asked.spaced())
        };
        // Nor does what stands now ("The Kurdish-led fighters are fighting to dismiss IS from
        // Baghouz" after "in the month of December, Trump issued an order"): a sentence in
        // the present tells the story's time, not that month's.
        let now_after_then = || {
            current.is_some_and(|c| out[c].date.is_some_and(|d| d.day.is_none()) && !out[c].inferred && out[c].date != story_date)
                && matches!(asked.tense().0.tense, crate::tense::Tense::Present | crate::tense::Tense::Progressive)
        };
        // Nor does a sentence naming a day that story's month or year does not hold ("The two
        // also met in Sochi in 2017. Syrian state TV described Monday's meeting as long"), or
        // a month of another year ("Assad used chemical weapons … in 2013. In April 2017, the
        // Trump administration responded …, he said.").
        let names_a_day_outside = || {
            current.is_some_and(|c| {
                out[c].date.is_some_and(|d| {
                    let outside = |p: &PartialDate| if p.day.is_some() { !holds_day(d, Some(*p)) } else { p.month.is_some() && !holds_month(d, *p) };
                    d.day.is_none() && points.iter().any(|(_, p)| outside(p))
                })
            })
        };
        // An act of "last week" or "earlier this week" is of another day than the story's
        // ("The General Assembly voted on Friday …. Russia and China this week vetoed …").
        let past_week = main.is_none().then(|| past_week_of(s)).flatten();
        let of_another_week = past_week.is_some() && current.is_some_and(|c| !out[c].past_week);
        // After someone's words of another day than the story's ("Colvin told the BBC on
        // Tuesday: …" in Wednesday's story), or an act told in the past perfect ("A gang had
        // kidnapped Foley … on Nov. 22, 2012"), a new paragraph in the outlet's voice, or in a
        // voice the aside does not hold, is back in the story.
        let leaves_an_aside = main.is_none()
            && current.is_some_and(|c| {
                let aside = &out[c];
                let of_another_day = !aside.inferred && aside.date.is_some_and(|d| d.day.is_some()) && aside.date != story_date;
                let other_voice = || s.speaker.or(s.subject).is_some_and(|x| !aside.actors.contains(&x)) || in_outlets_voice(&asked) && !continuing();
                let before_the_story = || {
                    member_facts(sentences, aside.members.first()).is_some_and(|f| crate::tense::main_clause(&f.text).tense == crate::tense::Tense::PastPerfect)
                };
                let apart = member_facts(sentences, aside.members.last()).is_some_and(|f| f.paragraph != s.paragraph);
                of_another_day && apart && other_voice() && (aside.says || before_the_story())
            });
        let joins = current.is_some()
            && main.is_none()
            && !of_another_week
            && !narrates_beside
            && (same_paragraph && !new_voice() || (pronoun_quote || no_new_subject || continuing() || reported_goes_on()) && !of_another_time())
            && !names_a_day_outside()
            && !now_after_then()
            && !leaves_an_aside;
        // A sentence of the same stated day names who acts in a story the sentence
        // before told without naming anyone ("Syrian troops on Saturday seized …. The
        // army said …"): it goes on with it. So does an undated one after a lead that
        // states its day and names no one ("The United States threatened on Wednesday to
        // halt talks …. The threat, conveyed by Kerry, …").
        let names_the_actor = current.is_some_and(|c| {
            let thread: &Thread = &out[c];
            let lead = c == 0 && thread.members.len() == 1;
            let after_dated_lead = lead && thread.date.is_some_and(|d| d.day.is_some());
            // An undated lead naming no one but a role ("The Foreign Secretary wants …")
            // is told on by the undated sentence after it that names the person.
            let after_undated_lead = lead && thread.inferred && main.is_none();
            thread.subjects.is_empty() && (after_undated_lead || !thread.inferred && main.map_or(after_dated_lead, |(_, p)| thread.date == Some(p)))
        });
        // The undated lead, and the sentence that dates it by naming its happening again
        // ("The US and Russia reached an agreement …. The agreement was announced in Geneva
        // yesterday."; "Syria's Kurds have announced a deal …. The announcement on Sunday
        // came as …"): one act.
        // (Every thread so far is of the lead: the retelling is one of its first sentences.)
        let retells_lead = current.is_some_and(|c| out[c].inferred);
        let retelling = main.filter(|(t, _)| retells_lead && retold.is_some_and(|(r, _)| std::ptr::eq(r, *t)));
        let dated_act = current.and_then(|c| act_dating_the_lead(&out[c], c == 0, s, main)).or(retelling);
        // A new turn of a transcript ("QUESTION: …") is another voice.
        let after_act = after_an_act_in(asked.spaced());
        let joins = to_document.is_some()
            || (joins || names_the_actor || dated_act.is_some())
                && !of_another_week
                && !turns_to_other_news(&s.text)
                && !opens_on(&s.text, OWN_PART_OPENERS)
                && amid().is_none()
                && s.turn().is_none()
                && after_act != Some(AfterAnAct::Consequence);
        let mut actors = s.actors.to_vec();
        actors.sort_unstable();
        actors.dedup();
        let profile = Profile { words: s.words.clone(), actors };
        // "The administration has repeatedly said …": what someone keeps doing is no
        // happening of a day; only the dates it mentions are.
        // "Russia has been accused …", "The pause means …": how things stand or stood is
        // the background around the story, no event's mention.
        let weakly = || !(pronoun_quote || names_the_actor || dated_act.is_some() || to_document.is_some() || continuing());
        // (Back in the story from an aside, it is how things stand as it would be there.)
        let background = match current {
            Some(c) if joins || leaves_an_aside => weakly() && states_background(&asked, main, position, Some(&out[c])),
            _ => !joins && states_background(&asked, main, position, None),
        };
        let cut_off = position + 1 == sentences.len() && !ends_a_sentence(&s.text) && crate::sentences::word_count(&s.text) < CUT_TELLS;
        let appeal = appeal.is_some_and(|(from, paragraph)| position >= from && s.paragraph == paragraph);
        if background
            || narrated_apart
            || cut_off
            || appeal
            || furniture_sentence(&s.text)
            || asks(s)
            || main.is_none()
                && (habitual_in(asked.spaced())
                    || expletive_it(&s.text)
                    || assesses(s)
                    || commentators_view(&s.text)
                    || analysts_view(s, asked.speech_verbs())
                    || measured_from_long_before_in(asked.spaced())
                    || officials_view(&s.text)
                    || open_question(&s.text)
                    || after_act == Some(AfterAnAct::Reading)
                    || amid().is_some_and(stands_behind)
                    || states_terms(&s.text))
        {
            push_points(&mut out, s, main, &points, &profile);
            last_paragraph = Some(s.paragraph);
            continue;
        }
        if joins {
            let thread = &mut out[current.unwrap()];
            if let Some((t, p)) = dated_act {
                (thread.date, thread.anchor, thread.inferred) = (Some(p), Some(t.text.clone()), false);
            }
            thread.members.push((s.article, s.sentence));
            thread.actors.extend(s.actors.iter().copied());
            thread.profiles.push(profile.clone());
            thread.party = thread.party.or(s.party);
            thread.says = thread.says || asked.says();
            // A continuing sentence tells the same act: its subject counts only when the
            // thread has none yet ("He also urged al-Nusra…" is still the envoy's).
            if thread.joint.is_empty() {
                thread.joint = s.joint().into();
            }
            if thread.subjects.is_empty() {
                add_subject(&mut thread.subjects, s.subject);
                s.co_subjects().iter().for_each(|c| add_subject(&mut thread.subjects, Some(*c)));
            }
        } else {
            // (On a page of a sibling's day only: a page's own day is the story's.)
            let reported_earlier =
                if siblings_day && main.is_none() && !s.timexes.is_empty() { reported_before(s, story_date, asked.speech_verbs()) } else { None };
            // "Earlier in the day …" is of the day of the story before it.
            let that_day = current.filter(|_| same_day_opener(&s.text)).map(|c| &out[c]).filter(|c| !c.inferred && c.date.is_some_and(|d| d.day.is_some()));
            // (Its own "earlier in the day" is read against the report's day, not that one.)
            let (date, anchor, inferred) = match (main.filter(|(t, _)| that_day.is_none() || t.start >= SAME_DAY_OPENER_LEN), that_day) {
                (Some((t, p)), _) => (Some(p), Some(t.text.clone()), false),
                (None, Some(before)) => (before.date, before.anchor.clone(), false),
                // (An act of a past week keeps the week's words: the week dates it.)
                // "… has been killed, the militant group's media outlet announced on Tuesday"
                // on a page read in a sibling's Wednesday: the act lay on the report's day or
                // before, not on the story's; the report's day is the one told.
                (None, None) if reported_earlier.is_some() => {
                    let (t, p) = reported_earlier.expect("checked");
                    (Some(p), Some(t.text.clone()), false)
                }
                (None, None) => (story_date, past_week.map(|t| t.text.clone()), true),
            };
            let mut thread = Thread {
                date,
                anchor,
                inferred,
                members: vec![(s.article, s.sentence)],
                actors: s.actors.iter().copied().collect(),
                profiles: vec![profile.clone()],
                party: s.party,
                articles: SortedSet::new(),
                subjects: s.subject.into_iter().chain(s.co_subjects().iter().copied()).collect(),
                background: false,
                passing: SortedSet::new(),
                says: asked.says(),
                reach_days: if main.is_none() { reach_back(s, date) } else { 0 },
                past_week: past_week.is_some() && inferred,
                other_news: turns_to_other_news(&s.text),
                person_speaks: s.person_acts && s.voice_of().is_none(),
                voice_of: s.voice_of(),
                joint: s.joint().into(),
                speakers_day: main.is_some_and(|(t, _)| quoted_today(&s.text, t)),
                planned: false,
            };
            // A voice reporting the act of someone whose statement of that day is told
            // already ("Kirby says Kerry expressed grave concern") tells that act.
            // The undated sentence just before, in the same paragraph, that the report dates
            // ("Kerry is threatening to cut off contacts. The State Department says Kerry
            // issued the ultimatum in a Wednesday call"), takes the report's day however far back.
            let dates_the_one_before = |i: usize, e: &Thread| same_paragraph && current == Some(i) && e.inferred && stated_before(&thread, e);
            // Not a turn to other news ("Meanwhile, …, the army said"): whoever speaks, the
            // article says this is another happening.
            let reporting = s.reported().filter(|_| !thread.other_news).and_then(|x| {
                out.iter().enumerate().find_map(|(i, e)| {
                    (!e.background && e.subjects.contains(&x))
                        .then(|| compatible(e, &thread).or_else(|| dates_the_one_before(i, e).then_some((thread.date, false))).map(|d| (i, d)))
                        .flatten()
                })
            });
            // A paragraph retelling the article's lead in most of its words (a page printing
            // its lead twice, or a copy's repeated paragraph) tells the lead's act again.
            let reporting = reporting.or_else(|| {
                let (i, text, words) = lead.as_ref()?;
                // Content words first (ids, no allocation): most sentences share few with the lead.
                let may = main.is_none() && !out[*i].background && shared(words, &s.words) >= RETELLING_CONTENT_WORDS;
                (may && lead_stretches.get_or_init(|| stretches(lead_words.get_or_init(|| lowered_words(text)))).told_again_in(&s.text))
                    .then(|| compatible(&out[*i], &thread).map(|d| (*i, d)))
                    .flatten()
            });
            match reporting {
                Some((i, (date, inferred))) => {
                    out[i].profiles.append(&mut thread.profiles);
                    absorb(&mut out[i], thread, date, inferred);
                    current = Some(i);
                }
                None => {
                    out.push(thread);
                    current = Some(out.len() - 1);
                    if lead.is_none() {
                        lead = Some((out.len() - 1, &s.text, s.words.clone()));
                    }
                    for noun in documents_named(&s.text) {
                        first_naming[noun].get_or_insert(out.len() - 1);
                    }
                }
            }
        }
        push_points(&mut out, s, main, &points, &profile);
        last_paragraph = Some(s.paragraph);
    }
    out
}

/// The facts of a thread's member among one article's `sentences` (in text order), found
/// by its sentence number.
fn member_facts<'a>(sentences: &'a [SentenceFacts], member: Option<&(usize, usize)>) -> Option<&'a SentenceFacts> {
    let &(_, at) = member?;
    sentences.binary_search_by_key(&at, |f| f.sentence).ok().map(|i| &sentences[i])
}

/// Whether `b` repeats a long stretch of `a` word for word ([`RETELLING_WORDS`] words in a
/// row, in any case): a page printing a paragraph twice, or a copy's repeated paragraph. A
/// reaction that names the same sides and the same vote shares words, not such a stretch.
#[cfg(test)]
fn retells(a: &str, b: &str) -> bool {
    stretches(&lowered_words(a)).told_again_in(b)
}

/// The words of `text`, lower-cased (for `retells`).
fn lowered_words(text: &str) -> Vec<String> {
    crate::sentences::alphanumeric_runs(text).map(str::to_lowercase).collect()
}

/// The stretches of [`RETELLING_WORDS`] words in a row of a text's words ([`lowered_words`]),
/// and each stretch's hash ([`stretch_hash`]).
struct Stretches<'a> {
    words: rustc_hash::FxHashSet<&'a [String]>,
    hashes: rustc_hash::FxHashSet<u64>,
}

fn stretches(words: &[String]) -> Stretches<'_> {
    // (The words are lower-cased already: their bytes are hashed as they are.)
    let hashes: Vec<u64> = words.iter().map(|w| fnv(w.bytes())).collect();
    Stretches { words: words.windows(RETELLING_WORDS).collect(), hashes: hashes.windows(RETELLING_WORDS).map(stretch_hash).collect() }
}

impl Stretches<'_> {
    /// Whether `text` repeats one of the stretches: it retells their text.
    fn told_again_in(&self, text: &str) -> bool {
        // The stretches' hashes first, from each word's hash (no word lower-cased into a
        // string of its own, no stretch of strings hashed: ~15,000 instructions a sentence
        // asked). Equal words hash alike, so a text with no stretch's hash retells none;
        // one with a stretch's hash is read as before, word for word.
        let hashes: Vec<u64> = crate::sentences::alphanumeric_runs(text).map(lowered_hash).collect();
        hashes.windows(RETELLING_WORDS).any(|w| self.hashes.contains(&stretch_hash(w)))
            && lowered_words(text).windows(RETELLING_WORDS).any(|w| self.words.contains(w))
    }
}

/// The hash ([`fnv`]) of `word` lower-cased as [`lowered_words`] lowers it: an ASCII word's
/// bytes are lowered as they are read (`to_lowercase` lowers them so); another is lowered
/// whole first.
fn lowered_hash(word: &str) -> u64 {
    if word.is_ascii() {
        fnv(word.bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        fnv(word.to_lowercase().bytes())
    }
}

/// FNV-1a of a word's bytes.
fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A hash of a stretch of words' hashes, in order.
fn stretch_hash(hashes: &[u64]) -> u64 {
    hashes.iter().fold(0, |h, w| (h.rotate_left(7) ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Words in a row a retelling repeats.
const RETELLING_WORDS: usize = 12;
/// Fewest content words a retelling shares with the lead, asked first (a stretch of twelve
/// words of news prose holds more; a stretch of mostly function words tells nothing anyway).
const RETELLING_CONTENT_WORDS: usize = 4;

/// Nouns of a document an act makes, whose terms a report goes on to list.
const DOCUMENT_NOUNS: &[&str] = &["resolution", "draft", "text", "agreement", "deal", "accord", "communique", "declaration", "memorandum"];

/// The document a sentence opens on to tell its terms ("The resolution also calls for …",
/// "The text called for …"), if any, as its place in [`DOCUMENT_NOUNS`].
#[cfg(test)]
fn document_point(text: &str) -> Option<usize> {
    document_point_in(&Spaced::new(text))
}

/// [`document_point`] of a sentence's words, read once.
fn document_point_in(words: &Spaced) -> Option<usize> {
    if words.word(0) != Some("The") {
        return None;
    }
    let noun = words.word(1)?.trim_end_matches(|c: char| !c.is_alphanumeric());
    DOCUMENT_NOUNS.iter().position(|d| *d == noun)
}

/// The bytes [`DOCUMENT_NOUNS`] open with, in either case (no other byte compares equal
/// to their first letter in any ASCII case).
const DOCUMENT_FIRSTS: [bool; 256] = {
    let mut firsts = [false; 256];
    let mut i = 0;
    while i < DOCUMENT_NOUNS.len() {
        let first = DOCUMENT_NOUNS[i].as_bytes()[0];
        firsts[first as usize] = true;
        firsts[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    firsts
};

/// The documents `text` names ([`DOCUMENT_NOUNS`], as places in it), in any case.
fn documents_named(text: &str) -> impl Iterator<Item = usize> + '_ {
    // Read on every sentence that starts a story: most words are ruled out by their length
    // or their first byte before any noun is compared.
    crate::sentences::alphanumeric_runs(text)
        .filter(|w| (4..=11).contains(&w.len()) && DOCUMENT_FIRSTS[usize::from(w.as_bytes()[0])])
        .filter_map(|w| DOCUMENT_NOUNS.iter().position(|d| w.eq_ignore_ascii_case(d)))
}

/// Whether `period`, a month or a year, holds the day `day`.
/// Whether a month or a year holds a month (`holds_day` for a month).
fn holds_month(period: PartialDate, month: PartialDate) -> bool {
    period.year == month.year && period.month.is_none_or(|m| Some(m) == month.month)
}

fn holds_day(period: PartialDate, day: Option<PartialDate>) -> bool {
    let Some(day) = day.filter(|d| d.day.is_some()) else { return false };
    period.day.is_none() && period.year == day.year && period.month.is_none_or(|m| Some(m) == day.month)
}

/// Words a sentence cut off by the page or the scraper needs to tell something ("The two
/// clashed over the conflict in the UN Security Council last week, when"); a shorter one
/// tells no one what ("Health and rescue workers h").
const CUT_TELLS: usize = 8;

/// Whether `text` ends as a sentence does (an article's last one that does not was cut off).
pub(crate) fn ends_a_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ']', '»', ':', '…'])
}

/// Page furniture that the line cleaning could not see, glued into a paragraph: a link
/// label on its own ("(read more)"), or an address among share buttons ("By — Name Leave
/// your feedback Share Copy URL https://… Email Facebook Twitter …").
pub(crate) fn furniture_sentence(text: &str) -> bool {
    let furniture = crate::data::furniture();
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric());
    if furniture.labels.iter().any(|l| l.eq_ignore_ascii_case(bare))
        || !has_a_word(text)
        || outlets_note(text)
        || pleasantry(text)
        || page_note(text)
        || crate::clean::dated_scene(text)
    {
        return true;
    }
    let has_address = find_fixed!("http://", text).is_some() || find_fixed!("https://", text).is_some();
    has_address && text.split(|c: char| !c.is_alphanumeric()).filter(|w| crate::clean::is_chrome_word(&w.to_ascii_lowercase())).count() >= 3
}

/// A question of the page's own ("QUESTION: Did you talk about the bombing?", a headline
/// asking "Is the truce over?") tells no happening; one in a speaker's quote is part of
/// what the speaker said ("What will happen to it?" in Lavrov's answer).
fn asks(s: &SentenceFacts) -> bool {
    s.text.trim_end().ends_with('?') && s.speaker.is_none() && !s.text.starts_with(['"', '“', '«', '\''])
}

/// Words a transcript's courtesies are made of: "STAFF: All right, thanks, everyone.",
/// "Thank you very much.", "Go ahead.", "Last question."
const PLEASANTRIES: &[&str] = &[
    "thank",
    "thanks",
    "you",
    "very",
    "much",
    "all",
    "right",
    "everyone",
    "everybody",
    "okay",
    "ok",
    "good",
    "morning",
    "afternoon",
    "evening",
    "so",
    "and",
    "again",
    "please",
    "go",
    "ahead",
    "last",
    "question",
    "next",
    "yes",
    "sir",
    "great",
    "well",
];

/// A transcript's labels for the turns that are not the speakers': the questioners' and
/// the organisers' ("QUESTION: Mr. Foreign Minister --", "STAFF: Next question.").
const SCAFFOLD_LABELS: &[&str] = &["QUESTION", "Q", "QUESTIONER", "REPORTER", "JOURNALIST", "MODERATOR", "STAFF", "OPERATOR", "PARTICIPANT", "AUDIENCE MEMBER"];

/// A line of courtesies only, or a questioner's or organiser's turn, after a transcript's
/// speaker label in capitals ("STAFF:").
fn pleasantry(text: &str) -> bool {
    let spoken = match crate::subject::split_turn(text) {
        Some((label, rest)) if !label.chars().any(char::is_lowercase) => {
            if SCAFFOLD_LABELS.contains(&label.trim()) {
                return true;
            }
            rest
        }
        _ => text,
    };
    let mut words = spoken.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some() && words.all(|w| PLEASANTRIES.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// Whether `text` has a word of two letters or more: a date tag ("(11/15/16)") or a
/// stray mark has none.
fn has_a_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 2)
}

/// Nouns a page uses for itself ("This segment aired on …").
const PAGE_NOUNS: &[&str] = &["segment", "story", "article", "report", "interview", "episode", "program", "programme", "post", "page", "video", "broadcast"];
/// Verbs of a page's own making and changing.
const PAGE_VERBS: &[&str] = &["aired", "published", "updated", "appeared", "broadcast", "posted", "edited", "corrected", "amended"];
/// Most words between such a noun and its verb ("This story was first published …").
const PAGE_VERB_REACH: usize = 3;

/// A note of the page about itself rather than the story: "This segment aired on January
/// 22, 2014.", "This story has been updated.", "Updated with video from the ministry.", a
/// short line giving a social-media handle ("She tweets @ImogenFoulkes."), or a programme
/// introducing its guest (in a sentence opening on neither "This" nor "Updated").
fn page_note(text: &str) -> bool {
    if site_notice(text) {
        return true;
    }
    let opening = text.split_whitespace().next();
    let about_itself = matches!(opening, Some("This" | "Updated" | "UPDATED"));
    // Read on every sentence: one that opens on neither word and holds no '@' (nearly all)
    // is ruled out before its words are gathered into a list.
    (!about_itself && introduces_a_guest(text)) || (about_itself || text.contains('@')) && names_the_page(text)
}

/// A site's notice about itself: a sentence opening on the site ("Anadolu Agency website
/// contains only a portion of the news stories offered to subscribers …", "This site uses
/// cookies …") with a strong chrome word; "The ministry's website said …" holds none.
fn site_notice(text: &str) -> bool {
    // Read on every sentence: one byte search rules out nearly all.
    if find_fixed!("site", text).is_none() {
        return false;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let opens_on_the_site = text.split_whitespace().take(SITE_NOTICE_OPENING).any(|w| matches!(bare(w).as_str(), "website" | "site"));
    opens_on_the_site
        && text.split_whitespace().any(|w| crate::clean::is_strong_chrome_word(&bare(w)) && !inside_quote(text, w.as_ptr() as usize - text.as_ptr() as usize))
}

/// Words a site's notice may take to name the site ("Anadolu Agency website").
const SITE_NOTICE_OPENING: usize = 4;

/// [`page_note`]'s notes told by their words: a page noun and its verb after "This", "Updated
/// with …", a short line with a handle.
fn names_the_page(text: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    let handle = |w: &&str| w.len() > 2 && w.starts_with('@') && w[1..].trim_end_matches(['.', ',']).chars().all(|c| c.is_alphanumeric() || c == '_');
    match words.as_slice() {
        ["This", noun, rest @ ..] => {
            PAGE_NOUNS.contains(&bare(noun).as_str()) && rest.iter().take(PAGE_VERB_REACH).any(|w| PAGE_VERBS.contains(&bare(w).as_str()))
        }
        ["Updated" | "UPDATED", next, ..] => matches!(bare(next).as_str(), "with" | "at" | "on"),
        _ => words.len() <= 8 && words.iter().any(handle),
    }
}

/// A programme introducing its guest: "The BBC's Jane Roe joins Here & Now's host from
/// Montreux to discuss how the talks are going.", "… is joined by our correspondent to explain …".
fn introduces_a_guest(text: &str) -> bool {
    // Both phrases hold a 'j', which most sentences lack: one byte search rules them out.
    if !text.as_bytes().contains(&b'j') {
        return false;
    }
    let joined =
        find_fixed!(" joins ", text).map(|at| at + " joins ".len()).or_else(|| find_fixed!(" is joined by ", text).map(|at| at + " is joined by ".len()));
    let Some(after) = joined.map(|at| &text[at..]) else { return false };
    // The errand follows the one joined in the same clause ("Turkey joins Russia in the
    // talks, which are to discuss a truce" is no programme's).
    GUEST_ERRANDS.iter().filter_map(|e| after.find(e)).any(|at| !after[..at].contains(',') && after[..at].split_whitespace().count() <= GUEST_GAP_WORDS)
}

/// Most words between "joins" and the guest's errand ("Here & Now's Robin Young from Montreux").
const GUEST_GAP_WORDS: usize = 8;

/// What a guest is brought on to do.
const GUEST_ERRANDS: &[&str] = &[" to discuss ", " to talk ", " to explain ", " to look at ", " to tell us ", " to break down ", " to walk us "];

/// What a report says of its own making, not of the story ("There was no comment by the
/// army at the time of publishing this report", "… did not respond to a request for
/// comment"): the phrases of the trade for it.
const OUTLETS_NOTES: &[&str] =
    &["at the time of publishing", "at the time of publication", "at the time of writing", "at press time", "request for comment", "reached for comment"];

/// Read on every sentence: one search in any case, no lower-cased copy, and only of a
/// sentence with the word every note holds ("time" or "comment"): most have neither.
fn outlets_note(text: &str) -> bool {
    has_time_or_comment(text) && outlets_note_found(text)
}

/// Whether `text` holds "time" or "comment" in any case, found from their "m" (a byte
/// search) rather than by the notes' automaton reading every byte.
fn has_time_or_comment(text: &str) -> bool {
    let bytes = text.as_bytes();
    let spells = |from: usize, word: &[u8]| bytes.get(from..from + word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word));
    memchr::memchr2_iter(b'm', b'M', bytes).any(|m| m >= 2 && (spells(m - 2, b"time") || spells(m - 2, b"comment")))
}

fn outlets_note_found(text: &str) -> bool {
    static CELL: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    CELL.get_or_init(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(OUTLETS_NOTES).expect("the notes compile")).is_match(text)
}

/// Where the page's appeal to its reader starts, glued into the story's last paragraph
/// (a one-line scrape: "… maintained its seat on the council. We're not going anywhere.
/// Stand up for truly independent, trusted news that you can count on! Donate now By — …"):
/// the first sentence that addresses the reader, with the short sentences in the outlet's
/// own "we" just before it; it runs to the paragraph's end. Only the paragraph's last few
/// sentences are looked at: a one-line scrape is one paragraph, and a cry to "you" inside
/// its story must not take the rest of the story with it.
fn reader_appeal(sentences: &[SentenceFacts]) -> Option<(usize, u32)> {
    let paragraph = sentences.last()?.paragraph;
    let start = sentences.iter().rposition(|s| s.paragraph != paragraph).map_or(0, |i| i + 1);
    let last = start.max(sentences.len().saturating_sub(APPEAL_SENTENCES));
    let mut from = (last..sentences.len()).find(|&i| crate::clean::addresses_reader(&sentences[i].text))?;
    while from > last && outlet_speaks(&sentences[from - 1].text) {
        from -= 1;
    }
    Some((from, paragraph))
}

/// How many sentences at the end of the last paragraph an appeal may take.
const APPEAL_SENTENCES: usize = 6;

/// Words of a short sentence the outlet says of itself ("We're not going anywhere.").
const OUTLET_SPEAKS_WORDS: usize = 8;

/// A short sentence opening in the first person plural, outside quotes.
fn outlet_speaks(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase().replace('’', "'");
    matches!(first.as_str(), "we" | "we're" | "we've" | "we'll" | "our") && crate::sentences::word_count(text) <= OUTLET_SPEAKS_WORDS
}

/// How many sentences open an article's lead: told in the perfect, as leads often are
/// ("Russia has been kicked out of the council"), they are the news.
const LEAD: usize = 2;

/// Whether `s`, undated and in no one's voice, states how things stand or stood rather
/// than telling a happening (see [`crate::tense`]). One that would go on with the story
/// before it only `weakly` (for sharing its paragraph or naming no one) does so in the
/// present ("The pause means …"), unless it is the present of the story's own party
/// ("Moscow is also ready to work with Damascus" after Lavrov's words) and not of what
/// something is or belongs to ("Admiral Kuznetsov belongs to a naval group which Russia
/// has deployed"), or, naming no one who acts, in the perfect ("Russia and Syria have not
/// taken responsibility"). One that would start a story of its own, past the lead, states
/// a state in the perfect ("Aleppo has become the scene …"; "Russia has backed Assad with
/// a year-long air campaign", see [`lasting`]), the past perfect ("Putin had
/// been due in Paris") or such a present ("The council has 47 member countries"), or any
/// present in no one's words ("Turkey backs the rebels", see [`in_no_ones_words`]); "the
/// Duma has ratified a deal" is news. So is a statement told in the perfect ("Washington
/// has called on Russia …").
fn states_background(asked: &Asked, main: Option<DatedBy>, position: usize, weakly: Option<&Thread>) -> bool {
    use crate::tense::{self, Tense};
    let s = asked.s;
    if main.is_some() || s.speaker.is_some() || s.turn().is_some() || tense::continues_quote(&s.text) {
        return false;
    }
    // "There were more than 120,000 civilians who …", "Russian forces played a key role in
    // propping up …": what there is, or the part someone plays, past the lead, is how things
    // stand.
    if position >= LEAD && (existential(&s.text) || plays_a_part(&s.text)) {
        return true;
    }
    let (clause, first_person) = asked.tense();
    match weakly {
        _ if first_person => false,
        // "The military has said previously that …", "Israel has repeatedly denounced …":
        // what someone has said over time is how things stand, not the day's statement.
        _ if clause.tense == Tense::Perfect && over_time_in(asked.spaced()) => true,
        // "Israel has said that it would strike …": a stance taken before, past the lead (the
        // day's statement is of what "will" be).
        _ if position >= LEAD && clause.tense == Tense::Perfect && said_it_would(asked.spaced()) => true,
        _ if clause.statement => false,
        // "…, the source added.": words of a speaker not named go on with the story.
        Some(_) if clause.tense != Tense::PastPerfect && said_outside_quotes(s, asked.speech_verbs()) => false,
        // "Israel regularly bombs targets in neighbouring Syria …" after a monitor's words:
        // what keeps happening, in no one's words, its verb read or not.
        // (In its main clause: not "…, saying the U.S. Air Force attacks its forces daily".)
        _ if matches!(clause.tense, Tense::Present | Tense::Unknown)
            && says_how_often(s.text.split(',').next().unwrap_or(&s.text))
            && in_no_ones_words(asked) =>
        {
            true
        }
        Some(story) => match clause.tense {
            Tense::Present => clause.relation || s.party.is_none() || s.party != story.party,
            t => t.states() && s.subject.is_none(),
        },
        None => {
            matches!(clause.tense, Tense::Present | Tense::Progressive) && runs_day_after_day(&s.text)
                || clause.tense == Tense::Perfect && lasting(s) && !clause.statement
                || position >= LEAD
                    && (clause.tense == Tense::PastPerfect
                        || clause.tense == Tense::Perfect && (clause.been || lasting(s))
                        || clause.tense == Tense::Present && (clause.relation || in_no_ones_words(asked)))
        }
    }
}

/// Verbs of a stance taken in the perfect ("has said", "have vowed") that a "would" after
/// them reports as taken before.
const STANCE_PARTICIPLES: &[&str] = &["said", "warned", "vowed", "threatened", "promised", "pledged"];

/// Whether a sentence tells a stance in the perfect with a "would" after it ("Israel has
/// said that it would make strikes …", "Moscow has vowed it would not …").
fn said_it_would(spaced: &Spaced) -> bool {
    let words: Vec<&str> = spaced.bares_from(0).take(60).collect();
    let Some(at) = words.windows(2).position(|w| matches!(w[0], "has" | "have") && STANCE_PARTICIPLES.contains(&w[1])) else { return false };
    words[at + 2..].iter().take(8).any(|w| *w == "would")
}

/// Adverbs that spread a perfect over time: said before, and again and again.
const OVER_TIME: &[&str] = &["previously", "repeatedly", "long", "often", "consistently", "always", "frequently", "before"];

/// Whether a perfect in `text` is spread over time by an adverb right around its
/// participle ("has said previously", "have repeatedly denied", "has long called for").
#[cfg(test)]
fn over_time(text: &str) -> bool {
    over_time_in(&Spaced::new(text))
}

/// [`over_time`] of a sentence's words, read once.
fn over_time_in(spaced: &Spaced) -> bool {
    let words: Vec<&str> = spaced.bares_from(0).take(60).collect();
    words.iter().enumerate().filter(|(_, w)| matches!(**w, "has" | "have")).any(|(i, _)| {
        let near = &words[i + 1..(i + 4).min(words.len())];
        // The adverb before the participle, or right after it ("has said previously").
        near.first().is_some_and(|w| OVER_TIME.contains(w))
            || near.len() >= 2 && near[0].chars().all(|c| c.is_ascii_lowercase()) && OVER_TIME.contains(&near[1])
    })
}

/// Whether `text` opens on what there is or was ("There were more than …", "There has been
/// …"), no one acting.
fn existential(text: &str) -> bool {
    const OPENERS: &[&str] = &["There is ", "There are ", "There was ", "There were ", "There has been ", "There have been ", "There had been "];
    OPENERS.iter().any(|o| text.starts_with(o))
}

/// Adjectives of the part someone plays ("a key role").
const PARTS: &[&str] = &["key", "major", "crucial", "central", "decisive", "pivotal", "leading", "vital", "significant", "big", "important", "critical"];

/// Whether `text` tells the part someone plays or played ("played a key role in …", "has
/// played a crucial role"): a standing part, not an act of a day.
fn plays_a_part(text: &str) -> bool {
    // Read on every sentence past the lead: each verb of playing holds "play", and most
    // sentences have none, so they are not split into words.
    if find_fixed!("play", text).is_none() {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().take(40).collect();
    words.windows(4).any(|w| {
        matches!(w[0], "played" | "plays" | "play") && matches!(w[1], "a" | "an") && PARTS.contains(&w[2]) && w[3].trim_end_matches([',', '.']) == "role"
    })
}

/// Whether `s` has a verb of saying in the past outside its quotes ("…, the source
/// added"): someone's word given on a day, not a claim that stands ("residents say").
fn said_outside_quotes(s: &SentenceFacts, verbs: &[(usize, usize)]) -> bool {
    verbs.iter().any(|&(v, end)| {
        let verb = &s.text[v..end];
        !inside_quote(&s.text, v) && (matches!(verb, "said" | "told" | "wrote") || verb.ends_with("ed"))
    })
}

/// Whether `s` gives no one's word, directly or by another happening: no verb of saying,
/// no "according to", and no act it is set against ("… is the latest blow after Russia
/// vetoed …" tells the veto).
fn in_no_ones_words(asked: &Asked) -> bool {
    !asked.says() && !credits_a_source(&asked.s.text) && asked.amid().is_none()
}

/// Whether `text` says "according to" in any case (read in place: no lower-cased copy).
fn credits_a_source(text: &str) -> bool {
    const PHRASE: &[u8] = b"according to";
    text.as_bytes().windows(PHRASE.len()).any(|w| w.eq_ignore_ascii_case(PHRASE))
}

/// Units of time a "<unit>-long" word lasts ("a year-long air campaign").
const LASTING_UNITS: &[&str] = &["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"];

/// Whether `s` tells how long something has gone on: a length of time ("for nine weeks",
/// "since 2012") or a "<unit>-long" word. In the perfect ("Russia has backed Assad with a
/// year-long air campaign") that is how things stand, not an act of the day.
fn lasting(s: &SentenceFacts) -> bool {
    s.timexes.iter().any(|t| t.role == Role::Duration)
        || since_then(&s.text)
        || in_a_length_of(&s.text)
        || s.text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|w| w.strip_suffix("-long").is_some_and(|unit| LASTING_UNITS.contains(&unit.to_ascii_lowercase().as_str())))
}

/// "Hundreds of people have died in weeks of siege-style attacks", "over years of war": a
/// length of time named by its units, no count ("weeks of", not "two weeks of").
fn in_a_length_of(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(60).collect();
    words
        .windows(3)
        .any(|w| ["in", "over", "after", "during"].contains(&w[0]) && ["days", "weeks", "months", "years", "decades"].contains(&w[1]) && w[2] == "of")
}

/// Whether `text` ends on "since" standing for "since then" ("However clashes have
/// continued in Idlib since.", "… ever since", "… since then"), or opens on "Since then,":
/// a length of time up to now.
fn since_then(text: &str) -> bool {
    // "Since then, ISIS militants have set their sights at Russia, …": opening it.
    if ["Since then,", "Ever since,", "Ever since then,"].iter().any(|o| text.starts_with(o)) {
        return true;
    }
    let text = text.trim_end().trim_end_matches(['.', '!', '”', '"', '’']).trim_end();
    let mut words = text.rsplit(char::is_whitespace);
    match words.next() {
        Some("since") => true,
        Some("then") => words.next() == Some("since"),
        _ => false,
    }
}

/// Words that count a run of days ("for the fourth straight day").
const RUN_WORDS: &[&str] = &["straight", "consecutive", "successive", "running"];
const RUN_UNITS: &[&str] = &["day", "days", "night", "nights", "week", "weeks"];

/// Whether `text` counts how many days something has gone on ("are continuing a bombing
/// campaign for the fourth straight day", "bombarded … for the sixth consecutive day"):
/// a campaign told as it stands, not one happening.
fn runs_day_after_day(text: &str) -> bool {
    let mut previous = "";
    for word in crate::sentences::alphanumeric_runs(text) {
        if RUN_UNITS.iter().any(|u| u.eq_ignore_ascii_case(word)) && RUN_WORDS.iter().any(|r| r.eq_ignore_ascii_case(previous)) {
            return true;
        }
        previous = word;
    }
    false
}

/// Content words a voice's lead and the act it reports share at least.
const ACT_WORDS: usize = 3;

/// The day `s` gives when it tells, dated and naming no one, the act that the undated
/// lead `thread` (`lead`: the article's first thread) has a voice report in the same
/// words ("The Syrian army says troops have captured a neighborhood …. Saturday's capture
/// of the district came …"): the lead is that act, of that day. (An undated lead does not
/// join just any sentence after it: that dated too many leads by the wrong sentence.)
/// The day must be the act's own, a possessive on the noun naming it: a day dating a verb
/// ("The sponsors amended the resolution late on Friday" after "The council has approved
/// the resolution") dates another act, told to explain the lead.
fn act_dating_the_lead<'a>(thread: &Thread, lead: bool, s: &SentenceFacts, main: Option<DatedBy<'a>>) -> Option<DatedBy<'a>> {
    let lead_of_voice = lead && thread.members.len() == 1 && thread.inferred && !thread.subjects.is_empty();
    let names_no_one = s.subject.is_none() && s.speaker.is_none();
    let alike = || thread.profiles.iter().any(|p| shared(&p.words, &s.words) >= ACT_WORDS);
    let shortly_before = |p: PartialDate| match (p.as_naive(), thread.date.and_then(|d| d.as_naive())) {
        (Some(day), Some(report)) => (0..=REPORT_LAG_DAYS).contains(&(report - day).num_days()),
        _ => false,
    };
    main.filter(|(t, p)| lead_of_voice && names_no_one && possessive_day(&s.text, t) && shortly_before(*p) && alike())
}

/// Whether the time `t` of `text` is a possessive naming a happening of its day
/// ("Saturday's capture", "Friday’s vote").
fn possessive_day(text: &str, t: &Timex) -> bool {
    let (told, after) = text.split_at(t.end);
    let noun = if told.ends_with("'s") || told.ends_with("’s") { Some(after) } else { after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")) };
    noun.is_some_and(|n| n.starts_with(' ') && n.trim_start().starts_with(|c: char| c.is_lowercase()))
}

/// How far back, from an undated sentence's inferred `date`, the act it tells of "last
/// week" may lie: to that week's Monday (0 for a sentence that names no such week).
fn reach_back(s: &SentenceFacts, date: Option<PartialDate>) -> u8 {
    let Some(day) = date.and_then(|d| d.as_naive()) else { return 0 };
    s.timexes
        .iter()
        .find_map(|t| match t.role {
            Role::Week(monday) => u8::try_from((day - monday).num_days()).ok(),
            _ => None,
        })
        .unwrap_or(0)
}

/// Background points: the other dates a sentence states start events of their own, when the
/// sentence names what they are of: a short one naming no one and opening on a bare pronoun
/// ("It's scheduled to begin April 13.") leaves it to the sentence before.
fn push_points(out: &mut Vec<Thread>, s: &SentenceFacts, main: Option<DatedBy>, points: &[DatedBy], profile: &Profile) {
    if s.actors.is_empty() && opens_on_bare_pronoun(&s.text) && crate::sentences::word_count(&s.text) <= PRONOUN_POINT_WORDS {
        return;
    }
    for (t, p) in points {
        let crossing = main.iter().chain(points).any(|(before, day)| night_into(&s.text, before, *day, t, *p));
        if main.is_none_or(|(main_t, main_p)| *p != main_p && t.start != main_t.start) && !quoted_today(&s.text, t) && !crossing {
            out.push(Thread {
                date: Some(*p),
                anchor: Some(t.text.clone()),
                inferred: false,
                members: vec![(s.article, s.sentence)],
                actors: s.actors.iter().copied().collect(),
                profiles: vec![profile.clone()],
                party: s.party,
                articles: SortedSet::new(),
                subjects: Vec::new(),
                background: true,
                passing: [(s.article, s.sentence)].into_iter().collect(),
                says: false,
                reach_days: 0,
                past_week: false,
                other_news: false,
                person_speaks: false,
                voice_of: None,
                joint: Box::default(),
                speakers_day: false,
                planned: t.ahead,
            });
        }
    }
}

/// Whether the day `next` (at `later`) is the night after the day `day` (at `before`) that
/// the same sentence names just before it, one happening told across midnight ("the
/// killings that took place on 25 May and in the early hours of 26 May"): no second
/// happening on the next day.
fn night_into(text: &str, before: &Timex, day: PartialDate, later: &Timex, next: PartialDate) -> bool {
    let (Some(first), Some(second)) = (day.as_naive(), next.as_naive()) else { return false };
    let Some(gap) = text.get(before.end..later.start) else { return false };
    second.signed_duration_since(first).num_days() == 1 && gap.len() <= NIGHT_GAP_BYTES && {
        let gap = gap.to_ascii_lowercase();
        (gap.starts_with(" and ") || gap.starts_with(" into ")) && NIGHT_WORDS.iter().any(|w| gap.contains(w))
    }
}

/// Words that tell the second day named is the night after the first.
const NIGHT_WORDS: &[&str] = &["early hours", "small hours", "early morning", "overnight", "night"];

/// Longest gap between the two days' expressions ("and in the early hours of").
const NIGHT_GAP_BYTES: usize = 40;

/// Most words of a sentence on a bare pronoun that names nothing else a date could be of
/// ("It was the first meeting since they held a summit … in January" names the summit).
const PRONOUN_POINT_WORDS: usize = 8;

/// Pronouns that stand for something named before them, as a sentence's first word.
const BARE_PRONOUNS: &[&str] = &["It", "It's", "It’s", "They", "They're", "They’re"];

/// Whether `text` opens on a pronoun standing for something named before it ("It's scheduled
/// to begin April 13.").
fn opens_on_bare_pronoun(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|first| BARE_PRONOUNS.contains(&first))
}

/// Whether `text` tells the terms of an agreement or a plan rather than a happening:
/// "Under the cease-fire agreement, the U.S. and Russia would work together …" opens on
/// "Under" and a happening's noun before its comma, and its main clause is a modal. Dated
/// by the report, such a sentence was an event of its own on the wrong day.
fn states_terms(text: &str) -> bool {
    let Some((frame, _)) = text.strip_prefix("Under ").and_then(|rest| rest.split_once(',')) else { return false };
    lower_words(frame).any(|w| crate::data::is_act_noun(&w)) && crate::tense::main_clause(text).tense == crate::tense::Tense::Modal
}

/// Adverbs that, after "has"/"have", tell of something done again and again.
const HABITUAL: &[&str] = &["repeatedly", "long", "consistently", "routinely", "always", "often", "frequently", "regularly", "persistently"];

/// Whether a sentence's own verb tells what its subject keeps doing ("The Obama
/// administration has repeatedly said …"): "has"/"have" and such an adverb among its
/// first words, before any comma or relative pronoun ("The UN, which has long called
/// for pauses, welcomed …" tells of the welcome).
#[cfg(test)]
fn habitual(text: &str) -> bool {
    habitual_in(&Spaced::new(text))
}

/// [`habitual`] of a sentence's words, read once.
fn habitual_in(words: &Spaced) -> bool {
    // Read on every undated sentence: the words are compared in any case in place, none
    // lower-cased into a string of its own.
    let is = |bare: &str, list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(bare));
    let mut after_have = false;
    for (word, bare) in words.words_from(0).zip(words.bares_from(0)).take(10) {
        if after_have && is(bare, HABITUAL) {
            return true;
        }
        if word.ends_with(',') || is(bare, &["which", "who", "that", "said", "says"]) {
            return false;
        }
        after_have = is(bare, &["has", "have"]);
    }
    false
}

/// One is a background point that the other's own sentences mention: what a sentence
/// tells and what it mentions in passing are different happenings.
pub(crate) fn own_background(a: &Thread, b: &Thread) -> bool {
    let (point, telling) = match (a.background, b.background) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    point.passing.iter().any(|m| telling.members.contains(m))
}

/// Whether two threads may tell one act for whom they speak: the same party, or one
/// unknown. Two parties differ, unless no one but the parties acts in either and each
/// names the other: states told from either side of one act ("Hungary and Croatia beat
/// Russia", "Russia failed to win re-election").
fn same_side(a: &Thread, b: &Thread) -> bool {
    match (a.party, b.party) {
        (Some(x), Some(y)) if x != y => a.subjects.is_empty() && b.subjects.is_empty() && a.actors.contains(&y) && b.actors.contains(&x),
        _ => true,
    }
}

/// One tells what someone said, the other an act with no one named acting and no word
/// said ("Russia failed to win re-election", "Churkin downplayed the loss"): a statement
/// about an act is a happening of its own.
fn reaction(a: &Thread, b: &Thread) -> bool {
    let said = |t: &Thread| t.says && !t.subjects.is_empty();
    let bare_act = |t: &Thread| !t.says && t.subjects.is_empty();
    said(a) && bare_act(b) || said(b) && bare_act(a)
}

fn shares_subject(a: &Thread, b: &Thread) -> bool {
    a.subjects.iter().any(|s| b.subjects.contains(s))
}

/// `member`'s voice speaks for a state or body that is itself a subject of `state`
/// ("The United States and Britain say they're considering sanctions" and "Kerry said
/// …", Kerry speaking for the United States): the body speaks through its member. A
/// state's act that says nothing ("Russia failed to win re-election") is not its
/// ambassador's word on it.
fn speaks_for(state: &Thread, member: &Thread) -> bool {
    state.says && member.party.is_some_and(|p| state.subjects.contains(&p) && !member.subjects.contains(&p))
}

/// `member` is the voice of the body that is `body`'s subject, named with it ("The
/// Pentagon welcomed the agreement. \"…,\" the Pentagon press secretary Peter Cook said."):
/// both speak for the same party, and `member`'s sentences name the body.
fn voiced_by(body: &Thread, member: &Thread) -> bool {
    let names_the_body = !body.subjects.is_empty() && body.subjects.iter().all(|s| member.actors.contains(s));
    names_the_body && body.party.is_some() && body.party == member.party && !shares_subject(body, member)
}

/// `member` speaks for one side of the joint act `act` tells, on its day ("The United
/// States and Russia agreed Saturday on an outline …. Russian Foreign Minister Sergei
/// Lavrov stressed that the documents …"): what a side says of its act that day, at the
/// table or the press conference after it, tells the same happening. (A body's word, or
/// a spokesperson's, is its reaction from home: "The Pentagon welcomed the agreement.")
fn speaks_for_a_side(act: &Thread, member: &Thread) -> bool {
    let dated = act.date.is_some_and(|d| d.day.is_some());
    dated && member.says && member.person_speaks && member.party.is_some_and(|p| act.joint.contains(&p))
}

/// The article's lede, alone so far, names no one and no day of its own ("Moscow — Russia
/// and Turkey struck a deal on a buffer zone"): it sums up what the next thread tells of
/// the article's day ("Putin and Erdoğan emerged from talks on Tuesday to announce the
/// agreement").
fn sums_up(out: &[Thread], next: &Thread) -> bool {
    let [lede] = out else { return false };
    let alone = lede.members.len() == 1 && lede.subjects.is_empty() && lede.inferred && !lede.background;
    alone && !next.background && !next.subjects.is_empty() && next.date.is_some_and(|d| d.day.is_some()) && next.date == lede.date
}

/// `stated` has a day of its own on or before the inferred day of `inferred`.
fn stated_before(stated: &Thread, inferred: &Thread) -> bool {
    match (stated.date.and_then(|d| d.as_naive()), inferred.date.and_then(|d| d.as_naive())) {
        (Some(s), Some(i)) => !stated.inferred && s <= i,
        _ => false,
    }
}

fn add_subject(subjects: &mut Vec<usize>, subject: Option<usize>) {
    if let Some(s) = subject.filter(|s| !subjects.contains(s)) {
        subjects.push(s);
    }
}

/// Within one article, what one speaker or actor said or did at one time is one
/// statement, however many paragraphs tell it: its conditions and figures are points of
/// it. Threads with a common subject and a compatible date join the first of them.
pub fn join_statements(mut threads: Vec<Thread>) -> Vec<Thread> {
    // Joined in place: the threads kept so far are the list's first `kept`, each taken from
    // its place (an empty thread left there) as it is read. A second list for the kept
    // ones held every thread twice by the end: the 8 MB article's peak.
    let mut kept = 0;
    for at in 0..threads.len() {
        let mut thread = std::mem::take(&mut threads[at]);
        let out = &mut threads[..kept];
        // The same subject's thread of the same date, else, for an undated thread, a
        // stated one shortly before: an undated sentence goes on with what was dated
        // before it, but a dated one never pulls earlier undated ones to its day.
        let same_subject = |e: &Thread| !e.background && !thread.background && shares_subject(e, &thread);
        // A state's statement and its minister's told right after it, of the same day,
        // are one statement too. A point in the past that the statement's own sentence
        // mentions ("Moscow said Wednesday, a day after the attack") comes between them
        // in the list, not in the text.
        let last = (0..out.len())
            .rev()
            .find(|&i| !(i > 0 && out[i].background && out[i].members.iter().all(|m| out[i - 1].members.contains(m))))
            .unwrap_or(usize::MAX);
        let same_voice = |(i, e): (usize, &Thread)| {
            let neither_background = !e.background && !thread.background;
            same_subject(e)
                || neither_background && speaks_for_a_side(e, &thread)
                || (i == last && neither_background && (speaks_for(e, &thread) || speaks_for(&thread, e) || voiced_by(e, &thread)))
        };
        let earlier = out
            .iter()
            .enumerate()
            .position(|(i, e)| same_voice((i, e)) && e.date == thread.date)
            .map(|i| (i, (thread.date, out[i].inferred && thread.inferred)))
            .or_else(|| {
                out.iter()
                    .enumerate()
                    .find_map(|(i, e)| (same_subject(e) && thread.inferred && !e.inferred).then(|| compatible(e, &thread).map(|d| (i, d))).flatten())
            })
            .or_else(|| sums_up(out, &thread).then_some((0, (thread.date, thread.inferred))))
            // "Meanwhile, the army said …" is another happening, whoever tells it.
            .filter(|_| !thread.other_news);
        match earlier {
            Some((i, (date, inferred))) => {
                // The act stays the pair's: a side's word on it names no other subject.
                if !shares_subject(&out[i], &thread) && speaks_for_a_side(&out[i], &thread) {
                    thread.subjects.clear();
                }
                let profiles = std::mem::take(&mut thread.profiles);
                out[i].profiles.extend(profiles);
                absorb(&mut out[i], thread, date, inferred);
            }
            None => {
                threads[kept] = thread;
                kept += 1;
            }
        }
    }
    threads.truncate(kept);
    // Copied at its length: clustering holds each article's list until it reaches it, and
    // the places of the threads joined into others would stay resident till then.
    let mut exact = Vec::with_capacity(kept);
    exact.append(&mut threads);
    exact
}

/// The thread of the story's day that named `s`'s speaker, when the current thread is an
/// aside of another stated day that does not name that speaker (see [`unjoined_threads`]).
fn back_to_the_story(out: &[Thread], current: Option<usize>, s: &SentenceFacts, story_date: Option<PartialDate>) -> Option<usize> {
    let speaker = s.speaker?;
    let aside = &out[current?];
    let of_another_day = !aside.inferred && aside.date.is_some_and(|d| d.day.is_some()) && aside.date != story_date;
    if !of_another_day || aside.actors.contains(&speaker) || aside.background {
        return None;
    }
    out.iter().position(|t| !t.background && t.date == story_date && t.actors.contains(&speaker))
}

/// A time expression of a sentence and the date it gives.
type DatedBy<'a> = (&'a Timex, PartialDate);

/// How far a statement's own date may lie from its report before a date it states is
/// taken for something it talks about ("said the war began in 2011").
const STATEMENT_PAST_DAYS: i64 = 7;

/// A sentence's own date (see [`threads`]) and the other points it states, which date
/// background events. Its own date is the one next to its verb of saying ("said on
/// Monday"), else its first day (else first) point; a point after the report is a plan,
/// and in a statement a point weeks before the report is its topic: neither dates it. A
/// month or year that holds the report's day ("Saudi Arabia, also up for re-election in
/// 2016, …" in a report of 28 October 2016) says no more than the report does: it is
/// neither the sentence's date nor a point of another act.
fn dates_of(s: &SentenceFacts, article_date: Option<PartialDate>) -> (Option<DatedBy<'_>>, Vec<DatedBy<'_>>) {
    // Only a time expression is read next to its verbs: most sentences have none.
    let verbs: Vec<(usize, usize)> = if s.timexes.is_empty() { Vec::new() } else { s.speech_verbs().collect() };
    dates_of_by(s, article_date, &verbs)
}

/// [`dates_of`] with the sentence's verbs of saying given (read once for the threading's
/// rules, [`Asked::speech_verbs`]; only a sentence with a time expression needs them).
fn dates_of_by<'a>(s: &'a SentenceFacts, article_date: Option<PartialDate>, verbs: &[(usize, usize)]) -> (Option<DatedBy<'a>>, Vec<DatedBy<'a>>) {
    // (The day of a report of an act is no happening of its own either; a time earlier in
    // the report's month or year is.)
    let points: Vec<(&Timex, PartialDate)> = s
        .timexes
        .iter()
        .filter_map(|t| match t.role {
            Role::Point(p) | Role::Background(p) => Some((t, p)),
            _ => None,
        })
        .filter(|(t, p)| (!holds_day(*p, article_date) || earlier_this_period(&t.text)) && !dates_a_report(&s.text, t, verbs))
        .collect();
    // In a reported quote, a time inside the quoted words is what was said, not when.
    let reports_quote = !points.is_empty() && verbs.iter().any(|&(v, _)| !inside_quote(&s.text, v));
    // So is a time within the clause a verb of saying reports ("the military said that the
    // plane was hit late Monday"): it dates what was said. One opening the clause ("said
    // that on Saturday, …") is as often the statement's own day.
    let reported = |at: usize| {
        verbs.iter().any(|&(_, end)| {
            at > end && s.text[end..at].strip_prefix(" that ").is_some_and(|within| !within.trim().is_empty() && !within.contains([';', '"', '“']))
        })
    };
    let own = |(t, _): &&(&Timex, PartialDate)| matches!(t.role, Role::Point(_)) && !(reports_quote && inside_quote(&s.text, t.start)) && !reported(t.start);
    // A day named but not placed ("on Wednesday" in an undated page) is the sentence's
    // own time: a year or month it also states ("the agreement signed in 1998") is not.
    let unplaced_day = || s.timexes.iter().any(|t| t.role == Role::Unresolved);
    let main = said_on(s, verbs).or_else(|| {
        let first = points.iter().filter(own).find(|(_, p)| p.day.is_some()).or_else(|| points.iter().find(own).filter(|_| !unplaced_day()))?;
        let report = article_date.and_then(|d| d.as_naive());
        // With no day of the report known, a time told as ahead ("which Saudi Arabia will
        // host on May 19") is a plan all the same.
        let Some(report) = report else { return (!first.0.ahead).then_some(*first) };
        let Some(day) = first.1.first_day() else { return Some(*first) };
        // A day after the report is a plan the sentence tells of, not when it was told; a
        // day weeks before it, in a statement, is its topic. A verb of saying as a noun's
        // participle ("the weapons declared by Syria") makes no statement.
        // A sentence of a quote whose speaker another sentence names says something too.
        let says_something = s.speaker.is_some() || verbs.iter().any(|&(_, end)| !s.text[end..].starts_with(" by "));
        // ("Today", the page's own day, is no plan however far back its story lies.)
        let about = day > report && !names_the_day_of_telling(first.0) || (says_something && (report - day).num_days() > STATEMENT_PAST_DAYS);
        (!about).then_some(*first)
    });
    (main.filter(|(t, p)| !holds_day(*p, article_date) || this_calendar_period(&t.text)), points)
}

/// "this month", "earlier this year": the report's own month or year named as an act's
/// time ("Erdogan this month announced …"): the act is of that period, not of the report's
/// day, though the period holds it.
fn this_calendar_period(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.ends_with("this month") || lower.ends_with("this year")
}

/// "earlier this month", "earlier this year": a time before the report's day within its
/// month or year, the point of another act ("Assad fled to Moscow earlier this month"),
/// though the period holds the report's day.
fn earlier_this_period(text: &str) -> bool {
    this_calendar_period(text) && text.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("earlier"))
}

/// Verbs that give someone's word on a thing without being verbs that attribute a quote.
const VERDICT_VERBS: &[&str] =
    &["downplayed", "dismissed", "quipped", "welcomed", "condemned", "criticized", "criticised", "praised", "denounced", "slammed", "hailed"];

/// Whether a sentence tells what someone said: a quote's speaker, a verb of saying
/// outside quotes, or a verdict ("Churkin downplayed the loss").
fn says(s: &SentenceFacts, verbs: &[(usize, usize)]) -> bool {
    s.speaker.is_some()
        || verbs.iter().any(|&(v, _)| !inside_quote(&s.text, v))
        // "Izvestia quoted the source as saying that …", "… cited an official as saying".
        || memchr::memmem::find_iter(s.text.as_bytes(), b" as saying").any(|at| !inside_quote(&s.text, at))
        || crate::sentences::alphanumeric_runs(&s.text)
            // A run is a slice of the text: its offset is where it starts. (Every verdict
            // verb is a past in "-ed" of six letters or more: most words are ruled out by that.)
            .any(|w| w.len() >= 6 && w.ends_with("ed") && VERDICT_VERBS.contains(&w) && !inside_quote(&s.text, w.as_ptr() as usize - s.text.as_ptr() as usize))
}

/// Whether `s`, after the statement `thread`, is the outlet telling in the past another
/// act than what was said ("…, he said. The bombings prompted U.S. and European leaders
/// to threaten sanctions."): it opens on a happening that is no statement, in no one's
/// voice and with no quote. "The statement accused the rebels …" tells what was said;
/// "The pause will not affect the talks" is no act.
fn narrates_another_act(thread: &Thread, asked: &Asked) -> bool {
    thread.says
        && !thread.subjects.is_empty()
        && in_outlets_voice(asked)
        && opening_act(&asked.s.text).map_or_else(|| names_only_others(thread, asked), |act| !SPEECH_ACTS.contains(&act.as_str()))
        && matches!(asked.tense().0.tense, crate::tense::Tense::Past | crate::tense::Tense::PastPerfect)
}

/// Whether `s` names no one who acts and only actors the statement `thread` does not
/// ("Saudi Arabia did win a seat on the council" after the ambassador's words).
fn names_only_others(thread: &Thread, asked: &Asked) -> bool {
    let s = asked.s;
    s.subject.is_none() && !asked.continues() && !s.actors.is_empty() && s.actors.iter().all(|a| !thread.actors.contains(a) && thread.party != Some(*a))
}

/// Happenings that are statements: "The statement accused …" tells what was said.
const SPEECH_ACTS: &[&str] =
    &["announcement", "statement", "remarks", "speech", "interview", "call", "offer", "proposal", "warning", "threat", "ultimatum", "decision"];

/// Whether `s` is told in the outlet's own voice: no speaker, no quote, no one's word.
fn in_outlets_voice(asked: &Asked) -> bool {
    asked.s.speaker.is_none() && !has_quote_mark(&asked.s.text) && !asked.says()
}

/// What the threading asks of one sentence, each answered at most once: several of its
/// rules ask whether the sentence says something, its main clause's tense, whether it
/// opens on a pronoun and what act it is placed against (each reads the whole sentence;
/// the tense, a lower-cased copy of its words outside quotes, ~8,000 instructions).
struct Asked<'a> {
    s: &'a SentenceFacts,
    says: OnceCell<bool>,
    tense: OnceCell<(crate::tense::Clause, bool)>,
    continues: OnceCell<bool>,
    amid: OnceCell<Option<&'a str>>,
    /// The sentence's words, read once for the rules that take its words in order.
    spaced: OnceCell<Spaced<'a>>,
    /// Its verbs of saying, found once for the rules that read them.
    verbs: OnceCell<Vec<(usize, usize)>>,
}

impl<'a> Asked<'a> {
    fn new(s: &'a SentenceFacts) -> Self {
        Asked {
            s,
            says: OnceCell::new(),
            tense: OnceCell::new(),
            continues: OnceCell::new(),
            amid: OnceCell::new(),
            spaced: OnceCell::new(),
            verbs: OnceCell::new(),
        }
    }
    /// [`says`].
    fn says(&self) -> bool {
        *self.says.get_or_init(|| says(self.s, self.speech_verbs()))
    }
    /// [`crate::tense::read`]: the main clause, and whether it speaks in the first person.
    fn tense(&self) -> (crate::tense::Clause, bool) {
        *self.tense.get_or_init(|| crate::tense::read(&self.s.text))
    }
    /// [`continues`].
    fn continues(&self) -> bool {
        *self.continues.get_or_init(|| continues_in(self.spaced()))
    }
    /// [`came_amid`].
    fn amid(&self) -> Option<&'a str> {
        *self.amid.get_or_init(|| latest_after(&self.s.text).or_else(|| after_came_link(self.spaced())))
    }
    /// The sentence's verbs of saying ([`SentenceFacts::speech_verbs`]).
    fn speech_verbs(&self) -> &[(usize, usize)] {
        self.verbs.get_or_init(|| self.s.speech_verbs().collect())
    }
    /// The sentence's words ([`Spaced`]).
    fn spaced(&self) -> &Spaced<'a> {
        self.spaced.get_or_init(|| Spaced::new(&self.s.text))
    }
}

/// Whether `text` holds a quotation mark of any kind.
fn has_quote_mark(text: &str) -> bool {
    // Byte-wise, as `inside_quote`: '"' is its own byte, '“' and '”' are E2 80 9C and E2 80
    // 9D (no other character holds them); `contains` of the three decoded every character.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, bytes).any(|i| quote_mark_at(bytes, i))
}

/// Whether byte `i` of `bytes` starts a quote mark: '"', or '“' or '”' (E2 80 9C, E2 80 9D).
fn quote_mark_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] == b'"' || matches!(bytes.get(i..i + 3), Some([0xE2, 0x80, 0x9C | 0x9D]))
}

/// Whether byte `at` of a sentence lies inside a direct quote: after an opening mark the
/// sentence has not closed before it (a quote going on from the sentence before, with no
/// opening mark of its own, is not seen).
pub(crate) fn inside_quote(text: &str, at: usize) -> bool {
    // Byte-wise: no other character holds the byte '"' or a curly mark's three bytes.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, &bytes[..at]).fold(false, |inside, i| match bytes[i..] {
        [b'"', ..] => !inside,
        [0xE2, 0x80, 0x9C, ..] => true,
        [0xE2, 0x80, 0x9D, ..] => false,
        _ => inside,
    })
}

/// The sentence's own point next to one of its verbs of saying (`verbs`), if any.
fn said_on<'a>(s: &'a SentenceFacts, verbs: &[(usize, usize)]) -> Option<DatedBy<'a>> {
    s.timexes.iter().find_map(|t| match t.role {
        Role::Point(p)
            if (next_to_speech_verb(&s.text, t, verbs) || fronted_before_speech_verb(&s.text, t, verbs) || when_speaking(&s.text, t))
                && !dates_a_report(&s.text, t, verbs) =>
        {
            Some((t, p))
        }
        _ => None,
    })
}

/// "“… our meeting today seems very important,” Assad told Putin": the speaker's own day
/// in quoted words is the day the words were said, which the statement gives: no
/// happening of its own beside it ("today's vote", a possessive, names one).
fn quoted_today(text: &str, t: &Timex) -> bool {
    names_the_day_of_telling(t) && (inside_quote(text, t.start) || in_a_quotes_tail(text, t.start)) && !possessive_day(text, t)
}

/// "today", "this morning": the day of whoever tells, never after it.
fn names_the_day_of_telling(t: &Timex) -> bool {
    const DAY_OF_TELLING: &[&str] = &["today", "tonight", "this morning", "this afternoon", "this evening"];
    DAY_OF_TELLING.iter().any(|d| t.text.eq_ignore_ascii_case(d))
}

/// Whether `at` lies in the tail of a quote opened in an earlier sentence ("… on the
/// ground. ... What we are seeing today is regrettable.”"): no quote mark before it, and
/// the first after it closes.
fn in_a_quotes_tail(text: &str, at: usize) -> bool {
    if has_quote_mark(&text[..at]) {
        return false;
    }
    let after = &text.as_bytes()[at..];
    let marks: Vec<usize> = memchr::memchr2_iter(b'"', 0xE2, after).filter(|&i| quote_mark_at(after, i)).collect();
    let straight = marks.iter().filter(|&&i| after[i] == b'"').count();
    marks.first().is_some_and(|&i| if after[i] == b'"' { straight % 2 == 1 } else { after[i..].starts_with("”".as_bytes()) })
}

/// Most words of the source in a trailing report ("…, the president's press service said").
const REPORT_SOURCE_WORDS: usize = 6;

/// "Putin met Assad in the Kremlin, the president's press service said on Thursday": a
/// time after the verb of a source's report that trails a past act in no one's quoted
/// words dates the report, not the act, which lay on that day or before it.
fn dates_a_report(text: &str, t: &Timex, verbs: &[(usize, usize)]) -> bool {
    // "…, state media reported on Tuesday": a verb of reporting that is no verb of saying.
    let reported = memchr::memmem::find_iter(text.as_bytes(), b" reported").map(|at| (at + 1, at + " reported".len()));
    let reported = reported.filter(|&(_, end)| !text[end..].starts_with(char::is_alphanumeric));
    // "…, the ministry said on Friday that the army was behind it": what was said follows.
    let says_what = text[t.end..].trim_start().starts_with("that ");
    verbs.iter().copied().chain(reported).any(|(vs, ve)| {
        let Some(comma) = text[..vs].rfind(',') else { return false };
        let source = &text[comma + 1..vs];
        let gap = text.get(ve..t.start).unwrap_or(",");
        let act = &text[..comma];
        // "…, but Moscow said on Friday morning …": a clause of its own, no report trailing the act.
        let own_clause = says_what || source.split_whitespace().next().is_some_and(|w| CLAUSE_OPENERS.iter().any(|c| w.eq_ignore_ascii_case(c)));
        report_gap(gap)
            && !own_clause
            && (1..=REPORT_SOURCE_WORDS).contains(&source.split_whitespace().count())
            && !has_quote_mark(&text[..t.end])
            && matches!(
                crate::tense::main_clause(act),
                crate::tense::Clause { tense: crate::tense::Tense::Past | crate::tense::Tense::Perfect, statement: false, been: false, .. }
            )
    })
}

/// The day of a trailing report ([`dates_a_report`]) shortly before `story_date`: the act
/// it reports lay on it or before, so not on the story's day.
fn reported_before<'a>(s: &'a SentenceFacts, story_date: Option<PartialDate>, verbs: &[(usize, usize)]) -> Option<DatedBy<'a>> {
    let story = story_date?.as_naive()?;
    let before = |p: &PartialDate| p.as_naive().is_some_and(|d| d < story && (story - d).num_days() <= REPORT_LAG_DAYS);
    s.timexes.iter().find_map(|t| match t.role {
        Role::Point(p) if before(&p) && dates_a_report(&s.text, t, verbs) => Some((t, p)),
        _ => None,
    })
}

/// Conjunctions that open a clause of its own after a comma, not the source of a trailing report.
const CLAUSE_OPENERS: &[&str] = &["but", "and", "yet", "while", "whereas", "though", "although"];

/// What may stand between a source's verb and the time of its report: nothing, "on", or
/// where it spoke ("said in a statement this morning", "said at a briefing on Tuesday").
fn report_gap(gap: &str) -> bool {
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    if words.last() == Some(&"on") {
        words.pop();
    }
    words.is_empty() || speaking_occasion(&words) && !gap.contains([',', ';'])
}

/// "Speaking Thursday at his annual news conference, Putin said …": a participle of
/// speaking opens the sentence and the time follows it within a few words, before the
/// comma that ends the phrase: it is when the sentence's speaker spoke.
fn when_speaking(text: &str, t: &Timex) -> bool {
    let mut words = text[..t.start].split_whitespace();
    // The opening first: the words after it are listed only when it is a participle of speaking.
    if !words.next().is_some_and(|w| SPEAKING.iter().any(|p| w.eq_ignore_ascii_case(p))) {
        return false;
    }
    let gap: Vec<&str> = words.collect();
    gap.len() < SPEAKING_GAP_WORDS && !gap.iter().any(|w| w.ends_with([',', ';', ':']) || has_quote_mark(w)) && text[t.end..].contains(',')
}

/// Participles of speaking that open a sentence on its speaker's occasion.
const SPEAKING: &[&str] = &["Speaking", "Talking", "Addressing", "Writing"];
/// Most words between such a participle and the time it gives ("Speaking to reporters on").
const SPEAKING_GAP_WORDS: usize = 4;

/// Most words between a time set off at the head of a sentence and its verb of saying.
const FRONTED_GAP_WORDS: usize = 10;

/// Words opening a phrase set off between a fronted time and its clause ("In April, after
/// the US missile strike on an airbase, Zakharova said …").
const FRONTED_ASIDE_OPENERS: &[&str] = &["after", "following", "amid", "during", "before", "when", "as"];

/// "In May, Russia's ambassador said: …": a time opening the sentence, set off by a comma,
/// dates the verb of saying of the clause it leads (none of a quote or a "that" between; a
/// phrase of circumstance set off by commas may stand before the clause: "In April, after
/// the US missile strike, Zakharova said …"), however long ago: it is when the words were
/// said, not what they were about.
fn fronted_before_speech_verb(text: &str, t: &Timex, verbs: &[(usize, usize)]) -> bool {
    if t.start != 0 || !text[t.end..].starts_with(',') {
        return false;
    }
    verbs.iter().filter(|&&(vs, _)| vs > t.end).any(|&(vs, _)| {
        let gap = text[t.end + 1..vs].trim_start();
        let gap = match gap.split_once(',') {
            Some((aside, clause))
                if gap.split_whitespace().next().is_some_and(|w| FRONTED_ASIDE_OPENERS.contains(&w)) && !aside.contains(';') && !has_quote_mark(aside) =>
            {
                clause
            }
            _ => gap,
        };
        !gap.contains([',', ';', ':', '"', '“', '”']) && !gap.contains(" that ") && gap.split_whitespace().count() <= FRONTED_GAP_WORDS
    })
}

/// "said on Monday", "told reporters Friday", "on Monday said": at most one word between
/// a time and a verb of saying (`verbs`, byte ranges in `text`).
fn next_to_speech_verb(text: &str, t: &Timex, verbs: &[(usize, usize)]) -> bool {
    verbs.iter().any(|&(vs, ve)| {
        let gap = if t.start >= ve {
            &text[ve..t.start]
        } else if t.end <= vs {
            &text[t.end..vs]
        } else {
            ","
        };
        let words: Vec<&str> = gap.split_whitespace().collect();
        let told = t.start >= ve && text[vs..ve].eq_ignore_ascii_case("told");
        (words.len() <= 1 || t.start >= ve && (speaking_occasion(&words) || speaking_while(&words)) || told && told_whom(&words))
            && !words.contains(&"that")
            && !gap.contains([',', ';', '"', '“', '”'])
    })
}

/// "told Fox News in 2010", "told Israel Radio on Sunday": the one told, named in a few
/// capitalised words, between "told" and its time.
fn told_whom(words: &[&str]) -> bool {
    (2..=OCCASION_WORDS).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "in a press conference", "at a news briefing", "to reporters": where the words were
/// said, between the verb and its time ("said in a press conference on Friday").
fn speaking_occasion(words: &[&str]) -> bool {
    let [first, .., last] = words else { return false };
    words.len() <= OCCASION_WORDS && OCCASION_PREPOSITIONS.contains(first) && OCCASIONS.contains(last)
}

/// "Trump said when he signed the proclamation at the White House on March 25": a clause
/// of what the speaker did as he spoke, between the verb and its time, gives the time he spoke.
fn speaking_while(words: &[&str]) -> bool {
    words.len() <= WHILE_SPEAKING_WORDS && words.first().is_some_and(|w| ["when", "as", "while"].contains(w))
}

/// Most words of a clause of what a speaker did as he spoke ("when he signed … on").
const WHILE_SPEAKING_WORDS: usize = 14;

/// Most words of a speaking occasion between a verb of saying and its time.
const OCCASION_WORDS: usize = 5;
const OCCASION_PREPOSITIONS: &[&str] = &["in", "at", "during", "to"];
/// Nouns for where words are said.
const OCCASIONS: &[&str] = &["conference", "briefing", "interview", "statement", "speech", "address", "reporters", "journalists", "session"];

/// The day an article's lead tells of, when it is the report's own day or shortly
/// before: undated sentences of the story take it rather than the publication date (a
/// story published on Sunday about Saturday's strike tells of Saturday).
#[cfg(test)]
fn lead_date(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Option<PartialDate> {
    lead_date_by(article_date, sentences, act_told_again(article_date, sentences))
}

/// [`lead_date`], with the article's [`act_told_again`] given.
fn lead_date_by(article_date: Option<PartialDate>, sentences: &[SentenceFacts], retold: Option<DatedBy>) -> Option<PartialDate> {
    let report = article_date?.as_naive()?;
    // The lead is the first sentence, or the statement dated in the second when the
    // first states no time at all ("The US and Britain say …. Kerry said on Sunday …"):
    // a day named later may be another story's.
    // (A lead of long before, "It was the first meeting since … January last year", still
    // lets a later sentence give the day of the happening it names.)
    let near = |(_, day): DatedBy| day.as_naive().is_some_and(|d| (0..=REPORT_LAG_DAYS).contains(&(report - d).num_days())).then_some(day);
    let lead = lead_own_date(article_date, sentences).and_then(near).or_else(|| retold.and_then(near))?;
    // A paragraph after the lead's opening on a later day, before the report ("Trump said
    // Friday …" then "As their commanders on Saturday declared final victory …"): the story
    // has moved on to that day.
    let next = sentences.iter().find(|s| s.paragraph != sentences[0].paragraph);
    let moved_on = next.and_then(|s| dates_of(s, article_date).0).and_then(near).filter(|day| day.first_day() > lead.first_day());
    Some(moved_on.unwrap_or(lead))
}

/// The lead's own date: the first sentence's, else, while the sentences before state no
/// time or only a plan ahead ("Major powers to meet again in two weeks …. Major powers
/// meeting in Vienna have failed …"), the day of the first statement after them ("… Kerry
/// said in a press conference on Friday"), within [`LEAD_STATEMENT_SENTENCES`].
fn lead_own_date(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Option<DatedBy<'_>> {
    let first = sentences.first()?;
    if !states_no_past_time(first, article_date) {
        return dates_of(first, article_date).0;
    }
    // A time it names that nothing places ("this morning" on an undated page) is still its
    // own: a day a later statement gives is not the lead's.
    if first.timexes.iter().any(|t| t.role == Role::Unresolved) {
        return None;
    }
    for s in sentences.iter().take(LEAD_STATEMENT_SENTENCES).skip(1) {
        if let Some(day) = said_on(s, &s.speech_verbs().collect::<Vec<_>>()) {
            return Some(day);
        }
        if !states_no_past_time(s, article_date) {
            return None;
        }
    }
    None
}

/// Whether every time a sentence states is a plan: ahead in its clause, or after the
/// report ("to meet again in two weeks").
fn states_no_past_time(s: &SentenceFacts, article_date: Option<PartialDate>) -> bool {
    let report = article_date.and_then(|d| d.as_naive());
    s.timexes.iter().all(|t| match t.role {
        Role::Point(p) | Role::Background(p) => t.ahead || report.zip(p.first_day()).is_some_and(|(r, d)| d > r),
        _ => true,
    })
}

/// How many sentences may open a lead before the statement that dates it.
const LEAD_STATEMENT_SENTENCES: usize = 3;

/// How many sentences open an article's lead, for [`act_told_again`].
const LEAD_SENTENCES: usize = 4;

/// The date of the first dated sentence of an undated lead when it names again, as the
/// happening it opens with, one the sentences before it told ("The US and Russia reached
/// an agreement …. The agreement was announced in Geneva yesterday."). A dated sentence
/// that opens otherwise ("The envoy offered on Thursday …") may tell another act.
fn act_told_again(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Option<DatedBy<'_>> {
    let lead = &sentences[..sentences.len().min(LEAD_SENTENCES)];
    let found = lead.iter().enumerate().find_map(|(i, s)| dates_of(s, article_date).0.map(|m| (i, m)));
    // A first sentence naming its own day ("… blamed the Syrian government Sunday …") is
    // dated by it: a later sentence naming another day of what it told ("Friday's
    // massacre") names another act's.
    // (A day the lead's source spoke on, "… the press service said on Thursday", is not
    // the day of the act it reports.)
    let lead_days: Vec<PartialDate> = sentences.first().map_or(Vec::new(), |s| {
        let verbs: Vec<(usize, usize)> = s.speech_verbs().collect();
        s.timexes.iter().filter(|t| !dates_a_report(&s.text, t, &verbs)).filter_map(|t| t.day_or_background()).collect()
    });
    found
        .and_then(|(i, main)| lead_act_told_again(lead, i, main))
        .or_else(|| act_said_to_have_taken_place(article_date, sentences).filter(|(_, day)| lead_days.is_empty() || lead_days.contains(day)))
}

/// [`act_told_again`] within the lead: its `i`th sentence, dated `main`, names again the
/// happening the sentences before it told.
fn lead_act_told_again<'a>(lead: &'a [SentenceFacts], i: usize, main: DatedBy<'a>) -> Option<DatedBy<'a>> {
    let text = &lead[i].text;
    // "The truce will take effect on 30 December" tells a day ahead, not the lead's.
    if main.0.ahead {
        return None;
    }
    let act = opening_act(text)?;
    // "Both developments took place late on Oct. 13": a word for any happening, told as
    // taking place, goes back to the lead's whatever it named.
    if GENERIC_ACTS.contains(&act.as_str()) {
        return TAKING_PLACE.iter().any(|v| text.contains(v)).then_some(main);
    }
    told_before(&lead[..i], &act).then_some(main)
}

/// How far into an undated lead's article a sentence may say when its happening took place.
const TOOK_PLACE_SENTENCES: usize = 8;

/// After a lead that states no time, a sentence saying when the happening the lead told
/// took place ("Putin met Assad in the Kremlin, …. The Kremlin said the meeting took place
/// on Wednesday."; "The meeting between the two leaders took place yesterday evening."):
/// its day is the lead's. Only a verb of taking place, and only the lead's own happening.
fn act_said_to_have_taken_place(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Option<DatedBy<'_>> {
    let lead = &sentences[..sentences.len().min(LEAD_SENTENCES)];
    // "The Monday night meeting …", "… described Monday's meeting as long": a day naming
    // the happening the sentences before it told.
    let named = sentences.iter().enumerate().take(TOOK_PLACE_SENTENCES).skip(1).find_map(|(i, s)| {
        let (t, act) = s.timexes.iter().find_map(|t| Some((t, day_naming_an_act(&s.text, t)?)))?;
        let date = match t.role {
            Role::Point(p) | Role::Background(p) if p.day.is_some() => p,
            _ => return None,
        };
        told_before(&sentences[..i], &act).then_some((t, date))
    });
    if named.is_some() {
        return named;
    }
    sentences.iter().take(TOOK_PLACE_SENTENCES).skip(lead.len()).find_map(|s| {
        let main = dates_of(s, article_date).0.filter(|m| !m.0.ahead)?;
        // "The Kremlin said the meeting …": the words after a source's verb of saying.
        let told = s.speech_verbs().next().filter(|&(v, _)| !inside_quote(&s.text, v)).map_or(&s.text[..], |(_, end)| s.text[end..].trim_start());
        let told = told.strip_prefix("that ").unwrap_or(told);
        let act = opening_act(told).filter(|act| !GENERIC_ACTS.contains(&act.as_str()))?;
        let taking_place = TAKING_PLACE.iter().chain(HELD).any(|v| told.contains(v));
        (taking_place && told_before(lead, &act)).then_some(main)
    })
}

/// The happening a day names as its modifier ("Monday's meeting", "the Monday night
/// meeting"), folded, when it is one of `data/acts.toml`'s nouns.
fn day_naming_an_act(text: &str, t: &Timex) -> Option<String> {
    let after = &text[t.end..];
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    let mut words = lower_words(after);
    let mut next = words.next()?;
    if matches!(&*next, "night" | "morning" | "evening" | "afternoon") {
        next = words.next()?;
    }
    let act = crate::data::fold_synonym(&next).to_string();
    crate::data::act_nouns().contains(&act).then_some(act)
}

/// Whether one of `sentences` names the happening `act` ([`names_act`]).
fn told_before(sentences: &[SentenceFacts], act: &str) -> bool {
    sentences.iter().any(|s| lower_words(&s.text).any(|w| names_act(&w, act)))
}

/// Verbs telling that a happening was held, as [`TAKING_PLACE`] tells it took place.
const HELD: &[&str] = &[" was held", " were held"];

/// Nouns for a happening of any kind ("Both developments …", "The two events …").
const GENERIC_ACTS: &[&str] = &["development", "developments", "events"];

/// Verbs telling that a happening took place, which a generic noun's day is the day of.
const TAKING_PLACE: &[&str] = &[" took place", " happened", " occurred", " came "];

/// Whether the lower-cased word `w` names the happening `act` (folded): the noun itself or
/// a synonym ("deal" for "agreement"), or its verb in the past or "-ing" ("announced" for
/// "announcement", "evacuated" for "evacuation", "withdrawing" for "withdrawal").
fn names_act(w: &str, act: &str) -> bool {
    if crate::data::fold_synonym(w) == act {
        return true;
    }
    // A noun made of a verb in "-ing" is named by the verb: "meets", "met" for "meeting".
    if let Some(verb) = act.strip_suffix("ing").filter(|v| v.len() >= 4) {
        let past = IRREGULAR_PASTS.iter().find(|(v, _)| *v == verb).map(|(_, p)| *p);
        if w == verb || w.strip_suffix('s') == Some(verb) || past == Some(w) {
            return true;
        }
    }
    let stem = ["ment", "ion", "al"].iter().find_map(|end| act.strip_suffix(end)).unwrap_or(act);
    let verb = w.strip_suffix("ed").or_else(|| w.strip_suffix("ing")).or_else(|| w.strip_suffix('d'));
    // "announc(ed)" and "announce(ment)" differ by the verb's silent "e".
    let near = |long: &str, short: &str| long.strip_prefix(short).is_some_and(|rest| rest.len() <= 1);
    stem.len() >= 5 && verb.is_some_and(|v| near(v, stem) || near(stem, v))
}

/// Pasts of the verbs act nouns in "-ing" are made of that "-ed" does not form.
const IRREGULAR_PASTS: &[(&str, &str)] = &[("meet", "met"), ("fight", "fought"), ("shoot", "shot")];

/// The happening a sentence opens with, folded: "The agreement …", "This deal …", "The
/// US-Russia deal …" (one word may come between).
fn opening_act(text: &str) -> Option<String> {
    let mut words = lower_words(text);
    if !matches!(&*words.next()?, "the" | "this" | "that" | "both" | "these") {
        return None;
    }
    let nouns = crate::data::act_nouns();
    words.take(2).map(|w| crate::data::fold_synonym(&w).to_string()).find(|w| nouns.contains(w) || GENERIC_ACTS.contains(&w.as_str()))
}

/// A text's words, lower-cased, without the punctuation around them.
/// A word already in lower-case ASCII (most) is borrowed, not copied.
fn lower_words(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .map(|w| if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) { w.into() } else { w.to_lowercase().into() })
        .filter(|w: &std::borrow::Cow<str>| !w.is_empty())
}

/// How many days a report may come after the event it tells, for an inferred
/// date to yield to a stated one.
pub(crate) const REPORT_LAG_DAYS: i64 = 3;

/// The date two threads would share, if their dates are compatible.
pub(crate) fn compatible(a: &Thread, b: &Thread) -> Option<(Option<PartialDate>, bool)> {
    compatible_when(a, b, true)
}

/// [`compatible`], asking (`voices`) or not that an undated report and a stated act shortly
/// before it share a subject: telling alike in the whole may answer for the voice.
pub(crate) fn compatible_when(a: &Thread, b: &Thread, voices: bool) -> Option<(Option<PartialDate>, bool)> {
    compatible_within(a, b, voices, REPORT_LAG_DAYS)
}

/// [`compatible_when`], an inferred date yielding to a stated day up to `lag_days` before it.
pub(crate) fn compatible_within(a: &Thread, b: &Thread, voices: bool, lag_days: i64) -> Option<(Option<PartialDate>, bool)> {
    if a.date == b.date {
        // An act of "last week" or "earlier this week" lay before the report's day: it is
        // none of that day's acts.
        if first_lag(a) != first_lag(b) {
            return None;
        }
        return Some((a.date, a.inferred && b.inferred));
    }
    // Different voices on different days are different acts: an undated report of one
    // speaker is not dated by another speaker's statement of the day before.
    if voices && !a.subjects.is_empty() && !b.subjects.is_empty() && !shares_subject(a, b) {
        return None;
    }
    // An inferred date (the article's) yields to a stated day shortly before it.
    let (stated, inferred) = match (a.inferred, b.inferred) {
        (false, true) => (a, b),
        (true, false) => (b, a),
        // A stated month yields to a stated day within it ("the September airstrike",
        // "the strike on 19 September").
        (false, false) => {
            return [(a, b), (b, a)]
                .into_iter()
                .find(|(month, day)| month.date.is_some_and(|m| m.month.is_some() && holds_day(m, day.date)))
                .map(|(_, day)| (day.date, false))
        }
        // Undated, and inferred in only a month (a page its address files under one): no
        // day tells them apart, and the month is the one known.
        (true, true) => {
            let vague = |t: &Thread| t.date.is_none_or(|d| d.day.is_none());
            return (vague(a) && vague(b) && (a.date.is_none() || b.date.is_none())).then_some((a.date.or(b.date), true));
        }
    };
    let (s, i) = (stated.date?.as_naive()?, inferred.date?.as_naive()?);
    let lag = (i - s).num_days();
    (first_lag(inferred)..=lag_days.max(i64::from(inferred.reach_days))).contains(&lag).then_some((stated.date, false))
}

/// How many days at least before its inferred date (the report's) the act of `thread`
/// lies: one for "earlier this week", the days back to last week's Sunday for "last week"
/// (whose Monday is [`Thread::reach_days`] back); none for any other thread.
fn first_lag(thread: &Thread) -> i64 {
    let reach = i64::from(thread.reach_days);
    match (thread.inferred && thread.past_week, reach) {
        (false, _) | (_, 0) => 0,
        (true, 1..=6) => 1,
        (true, _) => reach - 6,
    }
}

/// The past week the sentence's own act is told of ("Russia and China this week vetoed
/// …", "The U.N. said last week that …"): a week in its main clause, not a possessive
/// naming a happening ("last week's threat") nor inside a clause that opens on a
/// subordinator or a relative ("since the truce collapsed last week").
fn past_week_of(s: &SentenceFacts) -> Option<&Timex> {
    // Besides the subordinators: "as", "amid" and the relatives and "that" opening a clause.
    const OTHER_OPENERS: [&str; 6] = ["as", "amid", "that", "which", "who", "where"];
    let opener = |w: &str| crate::subject::SUBORDINATORS.iter().chain(&OTHER_OPENERS).any(|o| w.eq_ignore_ascii_case(o));
    s.timexes.iter().find(|t| {
        let after = &s.text[t.end..];
        let possessive = after.starts_with("'s") || after.starts_with("’s");
        let opened = crate::sentences::alphanumeric_runs(&s.text[..t.start]).any(opener);
        matches!(t.role, Role::Week(_)) && !possessive && !opened
    })
}

/// The first and last day the act of an event told of a past week may lie on (see
/// [`Thread::past_week`]), when its date is the report's, inferred; else `None`.
pub(crate) fn past_week_days(event: &Thread) -> Option<(NaiveDate, NaiveDate)> {
    let day = event.date.filter(|_| event.inferred && event.past_week && event.reach_days > 0)?.as_naive()?;
    Some((day - chrono::Duration::days(i64::from(event.reach_days)), day - chrono::Duration::days(first_lag(event))))
}

/// Similarity needed to merge: the same date, a date that yielded, or a repeat within one article.
const SAME_DATE: f64 = 0.42;
const YIELDED_DATE: f64 = 0.55;
const SAME_ARTICLE: f64 = 0.35;
/// Similarity needed to merge threads whose subjects differ (none shared).
const OTHER_VOICES: f64 = 0.55;
/// Similarity for an undated report of a speaker to join the speaker's statement of a
/// stated day shortly before.
const VOICE_YIELDED: f64 = 0.15;

/// Merges threads that report the same thing into events.
/// `threads` are each article's, in order; clustering reads them in that order as one list.
pub fn cluster(mut threads: Vec<Vec<Thread>>) -> Vec<Thread> {
    // Words and actors in many sentences say little about which event a sentence
    // tells ("Aleppo", "Russia" in a story about Aleppo and Russia): similarity weighs
    // them by how many sentences have them (`word_weight`).
    // 32 bits a word: read at random for every word looked up. Grown to the largest id as
    // the words are counted: the sentences' words (each its own block, far from the last
    // one read) are read once here, not once more for their largest id first.
    let mut frequency: Vec<u32> = Vec::new();
    let mut actor_frequency: FxHashMap<usize, usize> = FxHashMap::default();
    let mut sentences = 0usize;
    for t in threads.iter().flatten() {
        for p in &t.profiles {
            sentences += 1;
            for w in p.words.iter() {
                let w = *w as usize;
                if w >= frequency.len() {
                    frequency.resize(w + 1, 0);
                }
                frequency[w] += 1;
            }
            for a in &p.actors {
                *actor_frequency.entry(*a).or_default() += 1;
            }
        }
    }
    let weight: Vec<f64> = frequency.iter().map(|f| word_weight(*f as usize, sentences)).collect();
    // By actor id, not through the map: read for every actor of every pair scored.
    let actors_known = actor_frequency.keys().max().map_or(0, |m| m + 1);
    let mut actor_weights: Vec<f64> = vec![0.0; actors_known];
    for (a, f) in &actor_frequency {
        actor_weights[*a] = word_weight(*f, sentences);
    }
    let actor_weight = |a: usize| actor_weights[a];
    // Words and actors that weigh nothing are left out of the comparisons (none in a
    // small corpus, where `word_weight` weighs all alike). Rarely any in a large one: the
    // sentences are read again only if there is one.
    let (no_word, no_actor) = (weight.contains(&0.0), actor_frequency.keys().any(|a| actor_weights[*a] == 0.0));
    if no_word || no_actor {
        for t in threads.iter_mut().flatten() {
            for p in &mut t.profiles {
                // A filtered copy: the words are shared with the sentence's other profiles.
                if p.words.iter().any(|w| weight[*w as usize] == 0.0) {
                    p.words = p.words.iter().copied().filter(|w| weight[*w as usize] > 0.0).collect();
                }
                p.actors.retain(|a| actor_weights[*a] > 0.0);
            }
        }
    }
    let common = (sentences / 20).max(64);
    let total_actors = threads.iter().flatten().flat_map(|t| t.profiles.iter()).map(|p| p.actors.len()).sum();

    // Every sentence profile is indexed by (rare word, its thread's date), so a
    // thread only meets sentences of nearby dates that share its rarer words. Which
    // sentences those are depends on nothing clustering decides: they are found ahead
    // of the joins, a chunk of threads at a time, on every core.
    let is_rare = |w: u32| frequency[w as usize] as usize <= common;
    let word_index = WordIndex::build(&threads, is_rare);
    let rarest = |words: &[u32], rarest: &mut Vec<u32>| {
        // Each word with its frequency as one number, (frequency, word) in its order: a
        // sentence's words are distinct, so the order is total, and only the rarest few
        // need sorting in a large corpus.
        thread_local! {
            static KEYS: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let mut keys = KEYS.take();
        keys.clear();
        keys.extend(words.iter().filter(|w| is_rare(**w)).map(|&w| (frequency[w as usize] as u64) << 32 | u64::from(w)));
        // Small corpora (a day's coverage) use every rare word: recall matters more than time.
        if sentences > SMALL_CORPUS && keys.len() > LOOKUP_WORDS {
            keys.select_nth_unstable(LOOKUP_WORDS - 1);
            keys.truncate(LOOKUP_WORDS);
        }
        keys.sort_unstable();
        rarest.clear();
        rarest.extend(keys.iter().map(|&k| k as u32));
        KEYS.set(keys);
    };
    let mut events: Vec<Thread> = Vec::new();
    // Events merged into another point at it (single-link: a thread that matches
    // two events joins them).
    let mut merged_into: Vec<usize> = Vec::new();
    fn root(merged_into: &mut [usize], e: usize) -> usize {
        let mut r = e;
        while merged_into[r] != r {
            r = merged_into[r];
        }
        // Path compression: long merge chains are walked once.
        let mut e = e;
        while merged_into[e] != r {
            e = std::mem::replace(&mut merged_into[e], r);
        }
        r
    }
    // Indexed sentences: their words shared rather than copied (with what the pipeline
    // keeps for the later stages: copied flat, they were ~3.6 MB of the 12 MB corpus's
    // clustering), their actors stored flat.
    // Made at their final lengths: grown by doubling, the old block and the new were both
    // resident while it was copied.
    let mut indexed: Vec<Indexed> = Vec::with_capacity(sentences);
    // The event each indexed sentence joined first, apart: every candidate's is read, a
    // few of their words, so the ids lie close together rather than one to a cache line.
    let mut indexed_events: Vec<u32> = Vec::with_capacity(sentences);
    let mut indexed_actors: Vec<usize> = Vec::with_capacity(total_actors);
    // Events by (subject, date id): the same speaker on the same day is one statement
    // however differently outlets word it.
    let mut by_subject: FxHashMap<(usize, u32), Vec<usize>> = FxHashMap::default();
    let mut joinable: Vec<Joinable> = Vec::new();
    // Each event's place in `joinable` plus one (0: not in it), so that finding it does
    // not walk the list for every candidate.
    let mut joinable_at: Vec<u32> = Vec::new();
    let mut slot_event: Vec<usize> = Vec::new();
    // Each word's weight and the thread sentences holding it (see below), side by side: a
    // candidate's word reads both, one cache line rather than two far apart.
    let mut holders: Vec<(f64, u64)> = weight.iter().map(|w| (*w, 0)).collect();
    drop(weight);
    let mut counts: Vec<f64> = Vec::new();
    let mut chunk_weights: Vec<f64> = Vec::new();
    // Each thread joins the events in order; its candidates were found ahead (see
    // `WordIndex::join_in_order`).
    let join_thread = |thread: Thread, found: Found| {
        let Found { dates: keys, candidates } = found;
        // The events of the candidates, each once, with whether this thread could join it:
        // the same subject (Russia backing a plan is not the UN offering it) and a
        // compatible date. Only candidates of joinable events are scored.
        for j in &joinable {
            joinable_at[j.event] = 0;
        }
        joinable.clear();
        joinable_at.resize(events.len(), 0);
        slot_event.clear();
        for (id, _) in &candidates {
            let e = root(&mut merged_into, indexed_events[*id as usize] as usize);
            let at = match joinable_at[e] {
                at @ 1.. => at as usize - 1,
                0 => {
                    let event = &events[e];
                    let date = if same_side(event, &thread) && !own_background(event, &thread) && !reaction(event, &thread) {
                        compatible(event, &thread)
                    } else {
                        None
                    };
                    joinable.push(Joinable { event: e, date, best: 0.0 });
                    joinable_at[e] = joinable.len() as u32;
                    joinable.len() - 1
                }
            };
            slot_event.push(at);
        }
        if !thread.background {
            for subject in &thread.subjects {
                for key in &keys {
                    for &e in by_subject.get(&(*subject, *key)).map(Vec::as_slice).unwrap_or(&[]) {
                        let e = root(&mut merged_into, e);
                        if joinable_at[e] == 0 {
                            let date = compatible(&events[e], &thread);
                            joinable.push(Joinable { event: e, date, best: 0.0 });
                            joinable_at[e] = joinable.len() as u32;
                        }
                    }
                }
            }
        }
        // Each event's best similarity to any of the thread's sentences. The words
        // shared are counted through `holders`, which marks for each word the thread
        // sentences (up to 64 at a time, as bits) that have it: one pass over a
        // candidate's words serves all the thread's sentences.
        for chunk in thread.profiles.chunks(64) {
            chunk_weights.clear();
            chunk_weights.extend(chunk.iter().map(|a| a.words.iter().map(|w| holders[*w as usize].0).sum::<f64>()));
            for (bit, a) in chunk.iter().enumerate() {
                for w in a.words.iter() {
                    holders[*w as usize].1 |= 1 << bit;
                }
            }
            for ((id, _), &at) in candidates.iter().zip(&slot_event) {
                let entry = &mut joinable[at];
                if entry.date.is_none() {
                    continue;
                }
                let other = &indexed[*id as usize];
                let (words, actors) = (&*other.words, &indexed_actors[other.actors.start as usize..other.actors.end as usize]);
                counts.clear();
                counts.resize(chunk.len(), 0.0);
                let mut other_weight = 0.0;
                for w in words {
                    let (ww, mut bits) = holders[*w as usize];
                    other_weight += ww;
                    while bits != 0 {
                        counts[bits.trailing_zeros() as usize] += ww;
                        bits &= bits - 1;
                    }
                }
                for ((a, n), own_weight) in chunk.iter().zip(&counts).zip(&chunk_weights) {
                    entry.best = entry.best.max(weigh(*n, *own_weight, other_weight, &a.actors, actors, actor_weight));
                }
            }
            for a in chunk {
                for w in a.words.iter() {
                    holders[*w as usize].1 = 0;
                }
            }
        }
        let mut matches: Vec<(usize, f64, Option<PartialDate>, bool)> = Vec::new();
        // Events of the same subject and day that the words alone would not join: the
        // thread joins the most similar of them, and they are not merged with each other.
        let mut by_voice: Vec<(usize, f64, Option<PartialDate>, bool)> = Vec::new();
        for j in &joinable {
            let Some((date, inferred)) = j.date else { continue };
            let event = &events[j.event];
            let same_article = thread.members.iter().any(|t| event.articles.contains(&t.0));
            // "Meanwhile, the army said …": its own article told it apart from what came before,
            // so the voice alone does not join them (the words still may).
            let told_apart = same_article && thread.other_news;
            let needed = if same_article {
                SAME_ARTICLE
            } else if date.is_some() && date == thread.date && date == event.date {
                SAME_DATE
            } else {
                YIELDED_DATE
            };
            // Different voices of one day tell one act only in closely the same words.
            let other_voices = !thread.subjects.is_empty() && !event.subjects.is_empty() && !shares_subject(event, &thread);
            let needed = if other_voices { needed.max(OTHER_VOICES) } else { needed };
            if j.best >= needed {
                matches.push((j.event, j.best, date, inferred));
            } else if !thread.background && !event.background && shares_subject(event, &thread) && !told_apart {
                // The same day; or an undated report and a stated day shortly before, with some words in common.
                // Two tellings of no known day are not known to be of one day (an
                // undated page's interview and another's of another month).
                let same_day = event.date == thread.date && (thread.date.is_some() || same_article);
                if same_day || (thread.inferred && !event.inferred && j.best >= VOICE_YIELDED) {
                    by_voice.push((j.event, j.best + if same_day { 1.0 } else { 0.0 }, date, inferred));
                }
            }
        }
        matches.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        if matches.is_empty() {
            by_voice.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            matches.extend(by_voice.first().copied());
        }
        // Sentences are indexed once, globally; events keep only their members.
        let mut thread = thread;
        let new_profiles = std::mem::take(&mut thread.profiles);
        let thread_date = thread.date;
        let thread_subjects = thread.subjects.clone();
        thread.articles = thread.members.iter().map(|m| m.0).collect();
        let index = match matches.first().copied() {
            Some((e, _, date, inferred)) => {
                absorb(&mut events[e], thread, date, inferred);
                // Other events this thread matches as well become one with it.
                for &(other, _, _, _) in &matches[1..] {
                    let (target, source) = (root(&mut merged_into, e), root(&mut merged_into, other));
                    if target == source {
                        continue;
                    }
                    let emptied = Thread {
                        date: events[source].date,
                        inferred: events[source].inferred,
                        party: events[source].party,
                        background: events[source].background,
                        says: events[source].says,
                        reach_days: events[source].reach_days,
                        past_week: events[source].past_week,
                        ..Thread::default()
                    };
                    let taken = std::mem::replace(&mut events[source], emptied);
                    if let Some((date, inferred)) = compatible(&events[target], &taken) {
                        absorb(&mut events[target], taken, date, inferred);
                        merged_into[source] = target;
                    } else {
                        events[source] = taken;
                    }
                }
                e
            }
            None => {
                events.push(thread);
                merged_into.push(events.len() - 1);
                events.len() - 1
            }
        };
        let date = word_index.date_ids[&thread_date];
        if !events[index].background {
            for subject in thread_subjects {
                // Each event once; past a few dozen, a speaker's day says little more.
                let list = by_subject.entry((subject, date)).or_default();
                if list.len() < MAX_VOICE_EVENTS && !list.contains(&index) {
                    list.push(index);
                }
            }
        }
        for p in new_profiles {
            let actors = indexed_actors.len() as u32..(indexed_actors.len() + p.actors.len()) as u32;
            indexed_actors.extend_from_slice(&p.actors);
            indexed.push(Indexed { words: p.words, actors });
            indexed_events.push(index as u32);
        }
    };
    word_index.join_in_order(threads, rarest, join_thread);
    events.into_iter().enumerate().filter(|(i, e)| merged_into[*i] == *i && !e.members.is_empty()).map(|(_, e)| e).collect()
}

/// Every thread's sentence profiles by (rare word, the thread's date id), sentence ids
/// given in thread order. A thread meets only the sentences of the threads before it: the
/// index as it stood then is each list cut before the thread's first id.
///
/// The lists lie one after another by word, then by date, and dates are numbered in
/// calendar order: the lists a sentence reads (one word on a few neighbouring days) are
/// neighbours in memory, found without hashing. Looked up in a hash map, each list was
/// a cache miss for its key and another for its ids: most of finding the candidates.
struct WordIndex {
    /// Dates get small ids, in calendar order.
    date_ids: FxHashMap<Option<PartialDate>, u32>,
    /// Word `w`'s lists are `lists[word_lists[w]..word_lists[w + 1]]`.
    word_lists: Vec<u32>,
    /// By word, then date; a last entry closes the last list.
    lists: Vec<Posting>,
    ids: Vec<u32>,
    /// The id of each thread's first sentence, and of the sentence after the last.
    firsts: Vec<u32>,
}

/// One (word, date) list: its date id, and where its ids start (they end where the next
/// list's start).
#[derive(Clone, Copy, Debug)]
struct Posting {
    date: u32,
    first: u32,
}

fn posting_key(word: u32, date: u32) -> u64 {
    (word as u64) << 32 | date as u64
}

impl WordIndex {
    fn build(threads: &[Vec<Thread>], is_rare: impl Fn(u32) -> bool) -> Self {
        let count = threads.iter().map(Vec::len).sum::<usize>();
        let date_ids = calendar_ids(threads.iter().flatten().map(|t| t.date));
        // Twice over the words: each list's length first, then its ids into their places.
        let mut lengths: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        for thread in threads.iter().flatten() {
            let date = date_ids[&thread.date];
            for p in &thread.profiles {
                for w in p.words.iter().filter(|w| is_rare(**w)) {
                    // A list past `MAX_POSTINGS` is never read again: it need not grow further.
                    let (_, len) = lengths.entry(posting_key(*w, date)).or_default();
                    if *len as usize <= MAX_POSTINGS {
                        *len += 1;
                    }
                }
            }
        }
        let mut keys: Vec<u64> = lengths.keys().copied().collect();
        keys.sort_unstable();
        let words = keys.last().map_or(0, |k| (k >> 32) as usize + 1);
        let mut index = WordIndex {
            date_ids,
            word_lists: vec![0; words + 1],
            lists: Vec::with_capacity(keys.len() + 1),
            ids: Vec::new(),
            firsts: Vec::with_capacity(count + 1),
        };
        let mut start = 0u32;
        for key in &keys {
            let (first, len) = lengths.get_mut(key).expect("counted");
            index.word_lists[(key >> 32) as usize + 1] = index.lists.len() as u32 + 1;
            index.lists.push(Posting { date: *key as u32, first: start });
            *first = start;
            start += std::mem::take(len);
        }
        index.lists.push(Posting { date: u32::MAX, first: start });
        // Words with no list start where the word before them ends.
        for w in 1..index.word_lists.len() {
            index.word_lists[w] = index.word_lists[w].max(index.word_lists[w - 1]);
        }
        index.ids = vec![0; start as usize];
        let mut id = 0u32;
        for thread in threads.iter().flatten() {
            index.firsts.push(id);
            let date = index.date_ids[&thread.date];
            for p in &thread.profiles {
                for w in p.words.iter().filter(|w| is_rare(**w)) {
                    let (first, len) = lengths.get_mut(&posting_key(*w, date)).expect("counted");
                    if *len as usize <= MAX_POSTINGS {
                        index.ids[(*first + *len) as usize] = id;
                        *len += 1;
                    }
                }
                id += 1;
            }
        }
        index.firsts.push(id);
        index
    }

    /// [`WordIndex::list`] of `word` on each of `dates` (ascending) that has one. A word's
    /// lists are in date order: each date is looked for from where the one before was,
    /// one binary search a word rather than one a date (those searches, each a few cache
    /// misses, were a sixth of clustering's time).
    fn lists_on<'a>(&'a self, word: u32, dates: &'a [u32]) -> impl Iterator<Item = &'a [u32]> + 'a {
        let (from, to) = match self.word_lists.get(word as usize..word as usize + 2) {
            Some(&[from, to]) if !dates.is_empty() => (from as usize, to as usize),
            _ => (0, 0),
        };
        let mut at = from + self.lists[from..to].partition_point(|p| p.date < dates.first().copied().unwrap_or(0));
        dates.iter().filter_map(move |&date| {
            while at < to && self.lists[at].date < date {
                at += 1;
            }
            (at < to && self.lists[at].date == date).then(|| &self.ids[self.lists[at].first as usize..self.lists[at + 1].first as usize])
        })
    }

    /// The ids of the sentences with `word` in threads of date id `date` (the first
    /// `MAX_POSTINGS` + 1 of them).
    #[cfg(test)]
    fn list(&self, word: u32, date: u32) -> &[u32] {
        let Some(&[from, to]) = self.word_lists.get(word as usize..word as usize + 2) else {
            return &[];
        };
        let lists = &self.lists[from as usize..to as usize];
        match lists.binary_search_by_key(&date, |p| p.date) {
            Ok(at) => &self.ids[lists[at].first as usize..self.lists[from as usize + at + 1].first as usize],
            Err(_) => &[],
        }
    }

    /// The ids of the dates whose sentences a thread may meet (see [`nearby`]).
    fn nearby_dates(&self, thread: &Thread) -> Vec<u32> {
        nearby(thread.date, thread.inferred, thread.reach_days).iter().filter_map(|d| self.date_ids.get(d).copied()).collect()
    }

    /// Each thread with its candidates (see [`WordIndex::candidates_of`]) handed to `join`,
    /// in thread order. `rarest` gives the words a sentence is looked up by. The candidates
    /// are found `CANDIDATE_CHUNK` threads at a time, on every core (all threads' lists at
    /// once were 14 MB of the 12 MB corpus's peak memory), each chunk's while the chunk
    /// before it is joined: they depend on nothing the joins decide, and the joining in
    /// order then shares the cores.
    fn join_in_order(&self, threads: Vec<Vec<Thread>>, rarest: impl Fn(&[u32], &mut Vec<u32>) + Sync, mut join: impl FnMut(Thread, Found) + Send) {
        // Each article's list is freed once its threads are taken: the threads are moved into
        // the events as they join. (One list of all of them was a copy of every thread, and
        // given back as it emptied, copied again: the 12 MB corpus's peak.)
        let mut threads = threads.into_iter().flatten();
        let mut take_chunk = || threads.by_ref().take(CANDIDATE_CHUNK).collect::<Vec<Thread>>();
        let (mut chunk, mut start) = (take_chunk(), 0);
        let mut found = self.candidates_of_chunk(&chunk, start, &rarest);
        while !chunk.is_empty() {
            let (next, next_start) = (take_chunk(), start + chunk.len());
            let joined = || chunk.into_iter().zip(found).for_each(|(thread, candidates)| join(thread, candidates));
            // The joining first, on this core: the next chunk's candidates go to another.
            let ((), next_found) = rayon::join(joined, || self.candidates_of_chunk(&next, next_start, &rarest));
            (chunk, found, start) = (next, next_found, next_start);
        }
    }

    /// The candidates of each thread of `chunk`, whose first thread is the `start`th.
    fn candidates_of_chunk(&self, chunk: &[Thread], start: usize, rarest: &(impl Fn(&[u32], &mut Vec<u32>) + Sync)) -> Vec<Found> {
        let sentences = *self.firsts.last().unwrap_or(&0) as usize;
        chunk
            .par_iter()
            .enumerate()
            .map_init(
                || Lookup { hits: vec![0; sentences], ..Lookup::default() },
                |lookup, (t, thread)| self.candidates_of(thread, self.firsts[start + t], rarest, lookup),
            )
            .collect()
    }

    /// The sentences before `first` that share the most rare words with the thread's
    /// sentences, at least two, best first: at most `MAX_CANDIDATES`, with the count.
    fn candidates_of(&self, thread: &Thread, first: u32, rarest: &impl Fn(&[u32], &mut Vec<u32>), lookup: &mut Lookup) -> Found {
        let keys = self.nearby_dates(thread);
        lookup.dates.clone_from(&keys);
        lookup.dates.sort_unstable();
        for p in &thread.profiles {
            // A sentence is looked up by its rarest words only.
            rarest(&p.words, &mut lookup.rarest);
            for w in &lookup.rarest {
                for list in self.lists_on(*w, &lookup.dates) {
                    // A word in very many sentences of one day says little; skip its list.
                    // (A list holds at most `MAX_POSTINGS` + 1 ids: its part before `first`
                    // is longer than `MAX_POSTINGS` only when it is all of a full list.)
                    if list.len() > MAX_POSTINGS && list[MAX_POSTINGS] < first {
                        continue;
                    }
                    // The ids before `first`, read in order up to it rather than found by a
                    // binary search first: the list is short, and read anyway.
                    for &id in list.iter().take_while(|id| **id < first) {
                        if lookup.hits[id as usize] == 0 {
                            lookup.touched.push(id);
                        }
                        lookup.hits[id as usize] = lookup.hits[id as usize].saturating_add(1);
                    }
                }
            }
        }
        // The sentences sharing the most rare words, at most a few dozen, are compared in full.
        let mut candidates: Vec<(u32, u16)> = lookup.touched.iter().map(|id| (*id, lookup.hits[*id as usize])).filter(|(_, n)| *n >= 2).collect();
        for id in lookup.touched.drain(..) {
            lookup.hits[id as usize] = 0;
        }
        // Most shared first, then by id, as one number (ids are distinct: a total order).
        let order = |&(id, n): &(u32, u16)| u64::from(u16::MAX - n) << 32 | u64::from(id);
        if candidates.len() > MAX_CANDIDATES {
            // Only the best few need sorting: pick them first.
            candidates.select_nth_unstable_by_key(MAX_CANDIDATES, order);
            candidates.truncate(MAX_CANDIDATES);
        }
        candidates.sort_unstable_by_key(order);
        Found { dates: keys, candidates }
    }
}

/// What a thread's lookup found: the ids of the dates it may meet (its joins read them
/// too, so they are worked out once) and its candidate sentences with their counts.
struct Found {
    dates: Vec<u32>,
    candidates: Vec<(u32, u16)>,
}

/// Ids for the dates, numbered in calendar order (see [`WordIndex`]).
fn calendar_ids(dates: impl Iterator<Item = Option<PartialDate>>) -> FxHashMap<Option<PartialDate>, u32> {
    let mut dates: Vec<Option<PartialDate>> = dates.collect();
    dates.sort_unstable();
    dates.dedup();
    dates.into_iter().zip(0..).collect()
}

/// One worker's scratch space for [`WordIndex::candidates_of`]: hit counts per indexed
/// sentence, reset through the list of those touched.
#[derive(Default)]
struct Lookup {
    hits: Vec<u16>,
    touched: Vec<u32>,
    rarest: Vec<u32>,
    /// The thread's dates, ascending.
    dates: Vec<u32>,
}

/// A sentence in the clustering index: its words and where its actors are stored.
struct Indexed {
    words: Words,
    actors: std::ops::Range<u32>,
}

/// An event a thread's candidates belong to: the date the two would share if the
/// thread may join it (`None`: another subject or an incompatible date), and the
/// best similarity of the thread's sentences to the event's candidates.
struct Joinable {
    event: usize,
    date: Option<(Option<PartialDate>, bool)>,
    best: f64,
}

/// How many threads' candidates are found at a time (see [`WordIndex::candidates`]).
const CANDIDATE_CHUNK: usize = 1024;

/// Longest list of same-day sentences sharing a word that is still worth reading.
const MAX_POSTINGS: usize = 48;
/// How many of a sentence's rarest words are used to find similar sentences
/// in corpora of more than `SMALL_CORPUS` sentences.
const LOOKUP_WORDS: usize = 5;
const SMALL_CORPUS: usize = 5_000;

/// How many events of one speaker and day a thread looks at.
const MAX_VOICE_EVENTS: usize = 32;

/// How many of the most similar-looking sentences a thread is compared with in full.
const MAX_CANDIDATES: usize = 48;

/// The dates whose sentences a thread of `date` may meet (see [`compatible`]): an
/// inferred date looks back a few days for the stated date it may yield to; a
/// stated date looks ahead for inferred ones that may yield to it.
/// A stated day and a stated month also meet each other, where the month holds the day.
fn nearby(date: Option<PartialDate>, inferred: bool, reach_days: u8) -> Vec<Option<PartialDate>> {
    match date.and_then(|d| d.as_naive()) {
        Some(day) => {
            let lag = if inferred { REPORT_LAG_DAYS.max(i64::from(reach_days)) } else { REPORT_LAG_DAYS };
            let days = (0..=lag).map(|offset| Some(PartialDate::day(day + chrono::Duration::days(if inferred { -offset } else { offset }))));
            let month = (!inferred).then(|| Some(PartialDate::month(day.year(), day.month())));
            days.chain(month).collect()
        }
        None => match date.filter(|d| !inferred && d.month.is_some()).and_then(|d| d.first_day()) {
            Some(first) => {
                std::iter::once(date).chain(first.iter_days().take_while(|d| d.month() == first.month()).map(|d| Some(PartialDate::day(d)))).collect()
            }
            None => vec![date],
        },
    }
}

/// Adds a thread to an event, which takes the date both agree on.
pub(crate) fn absorb(event: &mut Thread, thread: Thread, date: Option<PartialDate>, inferred: bool) {
    if event.date != date || event.inferred {
        // The date came from the thread: so does its anchor.
        if thread.date == date && !thread.inferred {
            event.anchor = thread.anchor.clone();
        }
    }
    // Still dated only by guesses: a speaker's "today" or the report's day.
    event.speakers_day =
        !inferred && (event.speakers_day || event.inferred) && (thread.speakers_day || thread.inferred) && (event.speakers_day || thread.speakers_day);
    event.date = date;
    event.inferred = inferred;
    event.party = event.party.or(thread.party);
    event.voice_of = event.voice_of.or(thread.voice_of);
    event.says |= thread.says;
    // A point mentioned in passing that a telling joins is told.
    event.background &= thread.background;
    event.planned &= thread.planned;
    event.members.extend(thread.members);
    event.passing.extend(thread.passing);
    event.actors.extend(thread.actors);
    event.articles.extend(thread.articles);
    for s in thread.subjects {
        add_subject(&mut event.subjects, Some(s));
    }
}

/// Share of a heading's content words a sentence of the same article must hold for
/// the heading to tell that sentence's event.
pub(crate) const HEADING_OVERLAP: f64 = 0.4;
/// What a heading's score gains from an event holding the heading's subject.
pub(crate) const HEADING_SUBJECT_BONUS: f64 = 0.2;

/// Headlines, deks and sub-headings tell their article's events in few words: each
/// joins the event of its own article whose sentences hold most of its content words
/// (ties go to the earlier event: the lead), when they hold enough. A heading never
/// starts an event of its own. `sentence` gives the facts of a story sentence.
///
/// A sub-heading titles the section after it: when the story sentence right after it
/// (within [`HEADING_REACH`]) holds enough of its words, it joins that sentence's event
/// even if another event holds more ("Militant attack" over "… after militants attacked
/// on Friday", not over an earlier "the attack on the convoy").
pub fn attach_headings<'a>(events: &mut [Thread], headings: &[SentenceFacts], sentence: impl Fn(usize, usize) -> Option<&'a [u32]>) {
    // The events of each article, so a heading looks only at its own article's.
    let mut of_article: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut event_of: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background) {
        for a in &event.articles {
            of_article.entry(*a).or_default().push(e);
        }
        for m in &event.members {
            event_of.entry(*m).or_insert(e);
        }
    }
    for heading in headings.iter().filter(|h| may_join(h)) {
        let next = next_titled(heading, |s| event_of.get(&(heading.article, s)).copied(), &sentence);
        if let Some(e) = next.filter(|&(e, words)| heading_score(heading, words, &events[e]) >= HEADING_OVERLAP).map(|(e, _)| e) {
            events[e].members.push((heading.article, heading.sentence));
            event_of.entry((heading.article, heading.sentence)).or_insert(e);
            continue;
        }
        let mut best: Option<(f64, usize)> = None;
        for (e, event) in of_article.get(&heading.article).into_iter().flatten().map(|&e| (e, &events[e])) {
            let score = event
                .members
                .iter()
                .filter(|m| m.0 == heading.article)
                .filter_map(|m| sentence(m.0, m.1))
                .map(|words| shared(&heading.words, words) as f64 / heading.words.len() as f64)
                .fold(0.0, f64::max)
                + heading_bonus(heading, event);
            if score >= HEADING_OVERLAP && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, e));
            }
        }
        if let Some((_, e)) = best {
            events[e].members.push((heading.article, heading.sentence));
            event_of.entry((heading.article, heading.sentence)).or_insert(e);
        }
    }
}

/// Content words a heading needs to tell a happening ("MiG-29 pilot reportedly safe").
const HEADING_WORDS: usize = 3;

/// Whether a heading may join an event: more content words than a label's one or two
/// ("Militant Attack" titles a section but tells nothing). Read from its words: the
/// pipeline keeps no heading's text this far.
pub(crate) fn may_join(heading: &SentenceFacts) -> bool {
    heading.words.len() >= HEADING_WORDS
}

/// How many sentences after a sub-heading the section it titles may start (a picture
/// credit or a dek may stand between).
pub(crate) const HEADING_REACH: usize = 2;

/// The first story sentence within [`HEADING_REACH`] after a heading that belongs to an
/// event, with that event (`event_of` gives a sentence's event in the heading's article).
pub(crate) fn next_titled<'a>(
    heading: &SentenceFacts,
    event_of: impl Fn(usize) -> Option<usize>,
    sentence: &impl Fn(usize, usize) -> Option<&'a [u32]>,
) -> Option<(usize, &'a [u32])> {
    (heading.sentence + 1..=heading.sentence + HEADING_REACH).find_map(|s| Some((event_of(s)?, sentence(heading.article, s)?)))
}

/// A heading's score against one sentence of an event: the share of the heading's words
/// the sentence holds, and a bonus when the event holds the heading's subject.
pub(crate) fn heading_score(heading: &SentenceFacts, words: &[u32], event: &Thread) -> f64 {
    shared(&heading.words, words) as f64 / heading.words.len() as f64 + heading_bonus(heading, event)
}

/// What a heading's score gains from an event that holds the heading's subject.
pub(crate) fn heading_bonus(heading: &SentenceFacts, event: &Thread) -> f64 {
    if heading.subject.is_some_and(|h| event.subjects.contains(&h)) {
        HEADING_SUBJECT_BONUS
    } else {
        0.0
    }
}

/// How good a sentence is as an event summary: names over pronouns, a readable length.
pub fn summary_score(text: &str, actors: usize, lead: bool) -> i64 {
    // "He said …", or the end of a quote begun in the sentence before ("For that period,
    // the forces will halt strikes," said X.): each goes on from what it does not repeat.
    let pronoun = if continues(text) || closes_a_quote_begun_before(text) || pronoun_after_frame(text) { -20 } else { 0 };
    let quote_open = if text.starts_with(['"', '“', '‘']) { -10 } else { 0 };
    // "After getting beaten out by Hungary, the ambassador said …": what the main clause
    // tells came after the act the sentence opens on.
    let after_an_act = if opens_on_what_came_before(text) { -10 } else { 0 };
    // "Putin's cancellation is the latest blow after Russia vetoed …", "His call came
    // after …": a sentence placing its own act after the one it names tells that one
    // only in passing.
    let placed_after = if came_amid(text).is_some() { -20 } else { 0 };
    // "Russia's campaign might have cost it a seat": what may be or will be, in no one's
    // words, tells no act ("Russia will introduce a pause, Gerasimov said" tells his).
    // "Forces loyal to Assad are carrying out airstrikes on towns": what is under way, in
    // no one's words, is the day's backdrop, not the act of the event.
    let tense = crate::tense::main_clause(text).tense;
    // "Rebel-held areas suffer heavy air strikes daily": what keeps happening, likewise.
    let modal = match tense {
        _ if names_a_saying(text) => 0,
        crate::tense::Tense::Modal => -10,
        crate::tense::Tense::Progressive => -15,
        _ if says_how_often(text) => -15,
        _ => 0,
    };
    // "Russia and Iran have been staunch supporters of Assad": how things stand, in no
    // one's words, tells no act of the event.
    let state = if has_been_what(text) && !names_a_saying(text) { -15 } else { 0 };
    // Cut off by the page ("… though this") or a label without a stop: no summary while a
    // whole sentence tells the event.
    let unfinished = if ends_a_sentence(text) { 0 } else { -40 };
    // "But as warplanes mounted strikes, Putin pushed back …": a conjunction opening the
    // sentence answers what came before it.
    let answers = if opens_on_conjunction(text) { -10 } else { 0 };
    // "There was no immediate comment from Damascus": what no one said tells no act.
    let silence = if tells_no_comment(text) { -30 } else { 0 };
    summary_bound(text, actors, lead) + pronoun + quote_open + after_an_act + placed_after + modal + state + unfinished + answers + silence
}

/// Whether `text` says how often something happens ("daily", "every day"): told in the
/// present, what keeps happening.
fn says_how_often(text: &str) -> bool {
    const OFTEN: &[&str] = &["daily", "every day", "regularly", "routinely", "frequently", "nightly", "every night"];
    let alone = |at: usize, len: usize| !text[..at].ends_with(|c: char| c.is_alphanumeric()) && !text[at + len..].starts_with(|c: char| c.is_alphanumeric());
    // "the green coaches regularly used to transport civilians": of a noun, not of the act.
    let of_a_participle = |at: usize| text[at..].split_whitespace().nth(1).is_some_and(crate::tense::participle);
    OFTEN.iter().any(|w| text.match_indices(w).any(|(at, _)| alone(at, w.len()) && !of_a_participle(at)))
}

/// Phrases of news copy saying that someone did not comment.
const NO_COMMENT: &[&str] = &[
    "no comment",
    "no immediate comment",
    "declined to comment",
    "request for comment",
    "requests for comment",
    "reached for comment",
    "no immediate reaction",
];

/// Whether `text` says someone did not comment ([`NO_COMMENT`]).
fn tells_no_comment(text: &str) -> bool {
    // Every phrase holds "comment" or "reaction" in lower case: most sentences hold neither,
    // and are not lowered.
    if find_fixed!("comment", text).is_none() && find_fixed!("reaction", text).is_none() {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    NO_COMMENT.iter().any(|p| lower.contains(p))
}

/// Conjunctions that open a sentence going on from the one before.
const OPENING_CONJUNCTIONS: &[&str] = &["But", "And", "Yet", "So", "Still", "Or", "Nor", "Moreover", "Furthermore", "Additionally", "Also"];

/// Whether `text` opens on a conjunction ([`OPENING_CONJUNCTIONS`]) or adds to the sentence
/// before it ("In addition, government troops were ordered …").
fn opens_on_conjunction(text: &str) -> bool {
    text.starts_with("In addition,") || text.split_whitespace().next().is_some_and(|w| OPENING_CONJUNCTIONS.contains(&w.trim_end_matches(',')))
}

/// The most `summary_score` can give `text`: its parts that cost little (a readable length
/// near 28 words, names of actors, the report's first sentence, which says what happened,
/// who did it and when, by the craft), without the penalties, each of which is at most zero.
pub fn summary_bound(text: &str, actors: usize, lead: bool) -> i64 {
    let length = -(crate::sentences::word_count(text) as i64 - 28).abs();
    length + if lead { 6 } else { 0 } + 4 * actors.min(4) as i64
}

/// Whether `text` says what someone has or have been ("have been staunch supporters",
/// "has been an ally"), not what was done to them or what they kept doing ("has been
/// hit", "have been bombarding").
fn has_been_what(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(30).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    (2..words.len()).any(|i| {
        // Past adverbs ("has been fiercely contested").
        let next = words[i..].iter().find(|w| !w.ends_with("ly")).copied().unwrap_or("");
        matches!(words[i - 2], "has" | "have") && words[i - 1] == "been" && !next.is_empty() && !next.ends_with("ing") && !crate::tense::participle(next)
    })
}

/// Most words of a frame before a pronoun subject ("In a statement he says …").
const FRAME_WORDS: usize = 4;
/// First words of such a frame.
const FRAME_OPENERS: &[&str] = &["In", "On", "At", "During", "Later", "Earlier", "Then", "Also", "Separately", "Afterwards"];

/// Whether a short frame of lower-case words, with no comma, stands before a pronoun that
/// is the sentence's subject ("In a statement he says the strikes were shortsighted"): the
/// sentence names its actor no more than "He said …" does.
fn pronoun_after_frame(text: &str) -> bool {
    let mut words = text.split_whitespace();
    // A preposition or adverb of time opens the frame: "The envoy said he …" has its subject.
    if !words.next().is_some_and(|first| FRAME_OPENERS.contains(&first)) {
        return false;
    }
    for word in words.take(FRAME_WORDS) {
        if matches!(word, "he" | "she" | "they") {
            return true;
        }
        if !word.chars().all(|c| c.is_lowercase()) {
            return false;
        }
    }
    false
}

/// Verbs that give someone's words.
const SAYING: &[&str] = &["said", "says", "told", "tells", "added", "announced", "stated", "warned", "stressed", "noted", "insisted", "claimed", "declared"];

/// Whether `text` gives someone's words by a verb of saying (read cheaply: a summary's
/// candidates are few, and no sentence's facts are at hand there).
fn names_a_saying(text: &str) -> bool {
    crate::sentences::alphanumeric_runs(text).any(|w| SAYING.contains(&w))
}

/// Openers of a clause of what came before the sentence's own act.
const BEFORE_ITS_ACT: &[&str] = &["after", "following", "despite", "amid"];

/// Whether `text` opens on a clause of an act before its own, up to a comma ("After
/// getting beaten out by Hungary and Croatia, the ambassador said …").
fn opens_on_what_came_before(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    BEFORE_ITS_ACT.iter().any(|w| w.eq_ignore_ascii_case(first)) && text.contains(',')
}

/// Whether the first quotation mark of `text` closes a quote: the quote began in a
/// sentence before ("For that period, they will halt strikes," said Rudskoy.). A straight
/// mark closes when it follows a letter or a stop, not a space.
fn closes_a_quote_begun_before(text: &str) -> bool {
    let text = text.trim_start();
    let Some(at) = text.find(['"', '“', '”']) else { return false };
    match text[at..].chars().next() {
        Some('”') => true,
        Some('"') => text[..at].chars().next_back().is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[' | '—' | '–')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte search before the notes' automaton rules out no sentence the automaton
    /// finds a note in, whatever the case.
    /// A token's key read from its text is the key of the token alone: at the text's
    /// end, before other letters, of one to eight bytes, past ASCII.
    #[test]
    fn a_tokens_key_read_from_its_text_is_its_own() {
        let texts = [
            "The U.N. envoy, al-Nusra's ex-chief and Russia’s army met on 12.5.2016 at 10:30 a.m.",
            "Ünal Çelik's 3rd visit… naïve café-owners; 2,000-strong ‘quoted’ İstanbul ß-Straße",
            "a bc def ghij klmno pqrstu vwxyzab cdefghij klmnopqrs",
            "x",
            "数字１２３",
        ];
        for text in texts {
            for token in crate::sentences::alphanumeric_runs(text) {
                assert_eq!(short_token_key_in(text, token), short_token_key(token), "{token} in {text}");
            }
        }
    }

    #[test]
    fn a_point_in_passing_that_a_telling_joins_is_told() {
        // Clustering may join a page's lead ("A Russian fighter damaged a U.S. drone on
        // Sunday") to the point another page mentions in passing ("The Sunday incident is
        // the latest in a series …"): the event tells the incident, and linking compares it.
        let point = || Thread { background: true, passing: [(1, 6)].into_iter().collect(), ..Thread::of(&[(1, 6)]) };
        let mut joined = point();
        absorb(&mut joined, Thread::of(&[(2, 1)]), None, false);
        assert!(!joined.background);
        let mut mentioned = point();
        absorb(&mut mentioned, Thread { background: true, ..Thread::of(&[(2, 6)]) }, None, false);
        assert!(mentioned.background, "two mentions in passing are still one");
    }

    #[test]
    fn every_outlets_note_holds_time_or_comment() {
        for note in OUTLETS_NOTES {
            for text in [note.to_string(), note.to_uppercase(), format!("There was no reply {note}.")] {
                assert!(has_time_or_comment(&text) && outlets_note(&text), "{text}");
            }
        }
        for text in ["", "m", "Mime", "The committee met.", "at the tim", "COMMENTS"] {
            assert_eq!(has_time_or_comment(text), text.to_lowercase().contains("time") || text.to_lowercase().contains("comment"), "{text}");
        }
    }

    /// `says` rules out a word by its length and ending before it looks in the verdict verbs.
    #[test]
    fn every_verdict_verb_is_a_past_of_six_letters_or_more() {
        for verb in VERDICT_VERBS {
            assert!(verb.len() >= 6 && verb.ends_with("ed"), "{verb}");
        }
    }

    #[test]
    fn an_open_question_set_out_is_no_act() {
        assert!(open_question("The major question was whether the council should permit deliveries for a year."));
        assert!(open_question("The question now is whether Moscow will agree."));
        assert!(!open_question("The council asked whether Moscow would agree."));
        assert!(!open_question("“The question is whether they will comply,” the envoy said."));
        let monday = NaiveDate::from_ymd_opt(2016, 10, 10).unwrap();
        let paragraphs: [&[&str]; 2] =
            [&["The council voted to extend the aid mission."], &["The major question was whether the mission should run for a year."]];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, monday);
        s[0].subject = Some(0);
        let t = threads(Some(PartialDate::day(monday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "{t:?}");
    }

    #[test]
    fn a_page_note_about_itself_is_furniture() {
        for note in [
            "This segment aired on January 22, 2014.",
            "This story has been updated.",
            "This report was first published by the agency.",
            "Updated with video from Russia's Ministry of Defense.",
            "She tweets @ImogenFoulkes.",
            "The BBC's Jane Roe joins the programme's host from Montreux to discuss how the talks are progressing.",
            "Our host is joined by a Moscow correspondent to explain what the vote means.",
            "Zembla Agency website contains only a portion of the news stories offered to subscribers in its wire service, and in",
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in",
            "This site uses cookies to improve your experience.",
        ] {
            assert!(page_note(note) && furniture_sentence(note), "{note}");
        }
        for story in [
            "This agreement was signed in Geneva on Friday.",
            "This report says Russia's strikes hit a hospital.",
            "Updated figures show 62 soldiers were killed.",
            "The ambassador wrote to the council on Friday, copying @UN officials and many others in the room.",
            "Turkey joins Russia and Iran in the talks, which are to discuss a truce.",
            "The envoy joins the ministers on Friday.",
            "The ministry's website said the strikes hit terrorist positions.",
            "The site of the attack was sealed off by the police.",
        ] {
            assert!(!page_note(story), "{story}");
        }
    }

    #[test]
    fn a_hyphenated_compound_is_the_word_written_closed_when_outlets_fold_it() {
        let mut v = Vocabulary::default();
        let open = v.words("A cease-fire took hold.");
        assert_eq!(open, v.words("A ceasefire took hold."));
        assert_eq!(open, v.words("A truce took hold."));
        // A compound no group knows keeps its parts ("rebel-held": "rebel" and "held").
        assert_eq!(v.words("the rebel-held east"), v.words("the east held by rebel"));
        // A hyphen with spaces round it joins nothing.
        assert_ne!(v.words("A cease - fire took hold."), open);
    }

    #[test]
    fn a_name_spelled_with_or_without_accents_is_one_word() {
        let mut v = Vocabulary::default();
        assert_eq!(v.words("Fighters held Kobanê and Müslüm spoke."), v.words("Fighters held Kobane and Muslum spoke."));
        assert_ne!(v.words("Fighters held Kobanê."), v.words("Fighters held Kobani."));
    }

    #[test]
    fn a_word_weighs_less_the_more_sentences_have_it_and_no_cut_flips_it() {
        // Small corpora weigh every word alike.
        assert_eq!(word_weight(19, 19), 1.0);
        // Of 480 sentences: fully up to 180, nothing from 300, evenly between.
        assert_eq!(word_weight(180, 480), 1.0);
        assert_eq!(word_weight(240, 480), 0.5);
        assert_eq!(word_weight(300, 480), 0.0);
        assert_eq!(word_weight(400, 480), 0.0);
        // One sentence more or less in the corpus moves a word's weight by little.
        for frequency in 0..480 {
            let step = (word_weight(frequency, 471) - word_weight(frequency, 472)).abs();
            assert!(step < 0.01, "{frequency}: {step}");
        }
    }

    #[test]
    fn shared_actors_count_by_their_weight() {
        let alike = |_: usize| 1.0;
        // The same words and the one actor of each: one shared actor counts half.
        assert_eq!(weigh(4.0, 4.0, 4.0, &[1], &[1], alike), 0.6 + 0.4 * 0.5);
        assert_eq!(weigh(4.0, 4.0, 4.0, &[1, 2], &[1, 2], alike), 1.0);
        // Too few shared words: nothing, whatever the actors.
        assert_eq!(weigh(0.5, 4.0, 4.0, &[1], &[1], alike), 0.0);
        // One actor shared of two in all: half of the union, and one shared counts half.
        assert_eq!(weigh(4.0, 4.0, 4.0, &[1, 2], &[1], alike), 0.6 + 0.4 * 0.5 * 0.5);
        // A shared actor that weighs nothing (in most sentences) adds nothing.
        let common_one = |a: usize| if a == 1 { 0.0 } else { 1.0 };
        assert_eq!(weigh(4.0, 4.0, 4.0, &[1, 2], &[1, 3], common_one), 0.6);
        // Neither names an actor: the words alone.
        assert_eq!(weigh(2.0, 4.0, 4.0, &[], &[], alike), 0.5);
    }

    #[test]
    fn inside_quote_reads_the_marks_as_the_characters_did() {
        for text in ["", "plain text", "“Open” and “again", "a \"b\" c \"d", "— – “é” ’ « » \"“”\" …", "”closing first “then open"]
        {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let by_chars = text[..at].chars().fold(false, |inside, c| match c {
                    '“' => true,
                    '”' => false,
                    '"' => !inside,
                    _ => inside,
                });
                assert_eq!(inside_quote(text, at), by_chars, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn what_someone_keeps_doing_is_habitual_but_a_clause_about_it_is_not() {
        assert!(habitual("The Obama administration has repeatedly said that it is Russia’s responsibility to stop its own attacks."));
        assert!(habitual("Moscow has long denied targeting civilians."));
        assert!(!habitual("The United Nations, which has long called for weekly pauses, welcomed the Russian announcement."));
        assert!(!habitual("Antonov said that the US has consistently failed to separate moderate rebels."));
        assert!(!habitual("Russia has vetoed the resolution."));
    }

    #[test]
    fn a_pronoun_goes_on_with_the_story_unless_it_opens_a_quote() {
        assert!(continues("He also urged al-Nusra to leave."));
        assert!(continues("This is the worst defeat since 2012."));
        // A sentence pointing back at the story tells what led to it, not the story.
        assert!(!continues("This comes after rights groups lobbied against Moscow."));
        assert!(!continues("“It clearly will be a wakeup call to Moscow,” said John Fisher."));
        assert!(!continues("\"This is their worst defeat,\" said Rami Abdel Rahman."));
        // A short connective before the pronoun: the pronoun still points back.
        assert!(continues("In addition, they condemned the confirmed use of chemical weapons (as detailed in the UN's report)."));
        assert!(continues("However, he said the talks would go on."));
        assert!(continues("At the same time, she called for a truce."));
        // Not after a name, a number or a long clause.
        assert!(!continues("In Moscow, they said the plan was welcome."));
        assert!(!continues("On 17 October, they met in Luxembourg."));
        assert!(!continues("When the talks ended late on Friday night in the city, they left."));
        // The sides of the act before, by their number or role, point back as a pronoun does.
        assert!(continues("The two leaders listened to a presentation by the commander of the forces, said the presidency."));
        assert!(continues("Then the two presidents listened to a report by the head of the forces, Alexander Petrov."));
        assert!(continues("Both sides agreed to meet again in Tehran."));
        assert!(continues("The trio also called for a lasting ceasefire."));
        assert!(!continues("The presidents of Russia, Turkey and Iran vowed to secure the country's integrity."), "they are named");
        assert!(!continues("The two countries' armies held drills."), "a possessive of another noun");
        assert!(!continues("The ministry said the talks went well."));
    }

    #[test]
    fn a_verb_doubled_before_its_ending_is_the_verb() {
        let same = |a: &str, b: &str| assert_eq!(stem(a), stem(b), "{a} / {b}");
        same("cancelled", "canceled");
        same("cancelling", "cancels");
        same("planned", "plans");
        same("admitted", "admits");
        same("controlled", "controls");
        // The base's own double stays.
        same("killed", "kills");
        same("pressed", "presses");
        same("staffed", "staffs");
        same("installed", "installs");
    }
    use crate::timex;
    use chrono::NaiveDate;

    /// The verbs of saying the facts give are those `subject::speech_verbs` finds in the text.
    #[test]
    fn the_facts_keep_the_verbs_of_saying_of_their_sentence() {
        let sentences = [
            "“We will not go,” said Lavrov, who told reporters he had asked twice.",
            "Nothing was said.",
            "No verb here, only saidx and unsaid words.",
            "Der Minister sagte: „Nein“ — said Müller, according to Reuters.",
            "",
        ];
        let mut vocabulary = Vocabulary::default();
        let list = facts(&mut vocabulary, 0, &[&sentences], NaiveDate::from_ymd_opt(2016, 10, 7).unwrap());
        for (f, text) in list.iter().zip(sentences) {
            assert_eq!(f.speech_verbs().collect::<Vec<_>>(), crate::subject::speech_verbs(text).collect::<Vec<_>>(), "{text:?}");
        }
        assert_eq!(list[0].speech_verbs().count(), 3);
    }

    fn facts(vocabulary: &mut Vocabulary, article: usize, paragraphs: &[&[&str]], reference: NaiveDate) -> Vec<SentenceFacts> {
        let mut out = Vec::new();
        for (p, sentences) in paragraphs.iter().enumerate() {
            for s in *sentences {
                out.push(SentenceFacts {
                    article,
                    sentence: out.len(),
                    paragraph: p as u32,
                    text: s.to_string().into(),
                    timexes: timex::find(s, Some(reference)).into(),
                    words: vocabulary.words(s).into(),
                    actors: Box::default(),
                    speaker: None,
                    speaker_inferred: false,
                    party: None,
                    subject: None,
                    person_acts: false,
                    besides: None,
                    has_speech_verb: SentenceFacts::has_speech_verb_in(s),
                });
            }
        }
        out
    }

    /// A time after a source's verb that trails a past act dates the report, also when where
    /// the source spoke stands between ("said in a statement this morning"); an act in
    /// scare quotes ("‘severely damaged’") is still past.
    #[test]
    fn a_time_after_the_verb_and_occasion_of_a_sources_report_dates_the_report() {
        let tuesday = NaiveDate::from_ymd_opt(2023, 7, 25);
        let dates_report = |text: &str| {
            let t = crate::timex::find(text, tuesday).into_iter().next().expect("a time");
            dates_a_report(text, &t, &crate::subject::speech_verbs(text).collect::<Vec<_>>())
        };
        assert!(dates_report("Russian jets ‘severely damaged’ a US drone over Syria, the US command said in a statement this morning."));
        assert!(dates_report("Russian jets damaged a US drone over Syria, the US command said at a briefing on Tuesday."));
        assert!(dates_report("Russian jets damaged a US drone over Syria, the US command said on Tuesday."));
        // The time of something else the source said, not where it spoke.
        assert!(!dates_report("Russian jets damaged a US drone over Syria, the US command said in a reply to Moscow on Tuesday."));
        assert!(!dates_report("Russian jets will shadow US drones over Syria, the US command said in a statement on Tuesday."));
        // A clause of its own after the act, with what was said: the day of those words.
        assert!(!dates_report("Russia was accused of carrying out the strike, but Moscow said on Tuesday that the army was behind it."));
        assert!(!dates_report("Russia was accused of carrying out the strike, and Moscow said on Tuesday."));
        assert!(!dates_report("Russian jets damaged a US drone over Syria, the US command said on Tuesday that it was a breach."));
    }

    /// Undated words of someone the day's story named, after an aside of another day that
    /// does not name them, go on with the story, not with the aside.
    #[test]
    fn words_of_someone_the_story_named_after_an_aside_of_another_day_are_the_storys() {
        let thursday = NaiveDate::from_ymd_opt(2019, 4, 4).unwrap();
        let lead = "Russian President Vladimir Putin on Thursday said at a news conference with Israeli Prime Minister Benjamin Netanyahu in Moscow that Russian troops found the remains.";
        let quote = ["“I want to thank you, my friend, for what you have done.", "We share common values,” Netanyahu told Putin."];
        const PUTIN: usize = 1;
        const NETANYAHU: usize = 2;
        const ISRAEL: usize = 3;
        let thread_of_quote = |aside: &str| {
            let mut s = facts(&mut Vocabulary::default(), 0, &[&[lead], &[aside], &quote], thursday);
            (s[0].subject, s[0].actors) = (Some(PUTIN), [PUTIN, NETANYAHU].into());
            let named = if aside.contains("Netanyahu") { vec![ISRAEL, NETANYAHU] } else { vec![ISRAEL] };
            (s[1].subject, s[1].actors) = (Some(ISRAEL), named.into());
            // The quote's sentences take its speaker from the attribution that closes it.
            for quoted in &mut s[2..] {
                (quoted.speaker, quoted.speaker_inferred, quoted.subject) = (Some(NETANYAHU), true, Some(NETANYAHU));
                quoted.actors = [NETANYAHU, PUTIN].into();
            }
            let t = threads(Some(PartialDate::day(thursday)), &s);
            let holding = t.iter().find(|t| t.members.contains(&(0, 3))).expect("a thread");
            (holding.members.contains(&(0, 0)), holding.date.map(|d| d.to_string()))
        };
        assert_eq!(thread_of_quote("Israel announced on Wednesday that the remains of the soldier were returned home."), (true, Some("2019-04-04".into())));
        // An aside naming the speaker is theirs to go on with.
        assert!(!thread_of_quote("Netanyahu's office announced on Wednesday that the soldier's remains were returned home.").0);
    }

    /// Unnamed officials' standing view in the present is no act of the page's day; what
    /// they say, and a named official's view, may be.
    #[test]
    fn officials_standing_view_is_no_event() {
        let thursday = NaiveDate::from_ymd_opt(2019, 4, 4).unwrap();
        let lead = "Netanyahu met Putin in Moscow on Thursday to discuss events in Syria.";
        let view = "Israeli officials see Iranian forces as a direct threat and have demanded that Iran withdraw.";
        let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &[view]], thursday);
        let t = threads(Some(PartialDate::day(thursday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "{:?}", t.iter().map(|t| &t.members).collect::<Vec<_>>());
        assert!(officials_view("But Western diplomats view the deal as a setback."));
        assert!(officials_view("Officials fear a new offensive."));
        assert!(!officials_view("Israeli officials say the strike hit an arms depot."));
        assert!(!officials_view("Netanyahu sees Iranian forces as a direct threat."));
    }

    /// A lead telling an act with no day of its own takes the day a later sentence says its
    /// happening took place, as one act; a sentence on another happening's day does not.
    #[test]
    fn a_lead_takes_the_day_its_happening_is_said_to_have_taken_place() {
        let thursday = NaiveDate::from_ymd_opt(2024, 7, 25).unwrap();
        let lead = "Russian President Vladimir Putin met Syrian President Bashar al-Assad in the Kremlin, the press service said on Thursday.";
        let quote = "“I am very interested in your opinion,” Putin told Assad.";
        let more = "“There is a tendency towards escalation.”";
        let third = "They spoke for three hours.";
        let day_of_lead = |dating: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &[quote, more], &[third], &[dating]], thursday);
            let t = threads(Some(PartialDate::day(thursday)), &s);
            let lead_thread = t.iter().find(|t| t.members.contains(&(0, 0))).expect("a thread");
            (lead_thread.date.map(|d| d.to_string()), lead_thread.members.contains(&(0, 4)))
        };
        assert_eq!(day_of_lead("The Kremlin said the meeting took place on Wednesday."), (Some("2024-07-24".into()), true));
        assert_eq!(day_of_lead("The meeting between the two leaders was held on Wednesday evening."), (Some("2024-07-24".into()), true));
        // Not the lead's happening, or no verb of taking place: the lead keeps the report's day.
        assert_eq!(day_of_lead("The offensive took place on Wednesday.").0.as_deref(), Some("2024-07-25"));
        assert_eq!(day_of_lead("The Kremlin said the meeting was important on Wednesday.").0.as_deref(), Some("2024-07-25"));
    }

    /// A day naming the happening the sentences before it told ("Monday's meeting", "The
    /// Monday night meeting") is the story's day, even after a lead of long before; a day
    /// naming another happening is not.
    #[test]
    fn a_day_naming_the_leads_happening_is_the_storys_day() {
        let tuesday = NaiveDate::from_ymd_opt(2021, 9, 14).unwrap();
        let lead = "It was the first meeting between the two allies since they held a summit in the Syrian capital in January last year.";
        let story_day = |second: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &["The two also met in Sochi in 2017."], &[second]], tuesday);
            lead_date(Some(PartialDate::day(tuesday)), &s).map(|d| d.to_string())
        };
        assert_eq!(story_day("Syrian state TV described Monday's meeting as long.").as_deref(), Some("2021-09-13"));
        assert_eq!(story_day("The Monday night meeting lasted three hours.").as_deref(), Some("2021-09-13"));
        assert_eq!(story_day("Syrian state TV described Monday's offensive as long."), None);
    }

    /// A lead naming its own day keeps it: a later day naming what the lead told ("Friday's
    /// killing" after "… condemned the killing … Sunday") is another act's day.
    #[test]
    fn a_lead_naming_its_day_is_not_dated_by_a_later_day_of_its_topic() {
        // Monday's page, its undated sentences at Sunday, the day its lead tells of.
        let monday = NaiveDate::from_ymd_opt(2012, 5, 28).unwrap();
        let sunday = NaiveDate::from_ymd_opt(2012, 5, 27).unwrap();
        let story_day = |lead: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &["Britain had blamed the army for Friday's killing."]], monday);
            lead_date(Some(PartialDate::day(sunday)), &s).map(|d| d.to_string())
        };
        // (A byline's date of the page first, as a one-line scrape prints it.)
        let lead = "Council condemns Houla killing By Jane Doe May 28, 2012 The council condemned Sunday the killing of civilians in Houla.";
        assert_ne!(story_day(lead).as_deref(), Some("2012-05-25"));
        assert_eq!(story_day("The council condemned the killing of civilians in Houla.").as_deref(), Some("2012-05-25"), "an undated lead");
    }

    /// "today" in someone's quoted words is the day they were said: no happening of its own
    /// beside the statement. Outside quotes, a day named besides the sentence's own is one.
    #[test]
    fn the_speakers_today_in_quoted_words_is_no_happening_of_its_own() {
        let thursday = NaiveDate::from_ymd_opt(2024, 7, 25).unwrap();
        let quoted = "“Considering the events taking place today, our meeting today seems very important,” Assad told Putin on Wednesday.";
        let s = facts(&mut Vocabulary::default(), 0, &[&[quoted]], thursday);
        let t = threads(Some(PartialDate::day(thursday)), &s);
        assert!(t.iter().all(|t| !t.background), "{:?}", t.iter().map(|t| (t.date, t.background)).collect::<Vec<_>>());
        let told = "Assad told Putin on Wednesday that the talks held today in Moscow were important.";
        let s = facts(&mut Vocabulary::default(), 0, &[&[told]], thursday);
        assert!(threads(Some(PartialDate::day(thursday)), &s).iter().any(|t| t.background));
        // Dated by nothing else (its speaker named in another sentence, or cut off by the
        // page), the quoted "today" is the page's day by a guess.
        let only = "“The draft resolution rejected today reveals an attempt to inflame passions.”";
        let s = facts(&mut Vocabulary::default(), 0, &[&[only]], thursday);
        assert!(threads(Some(PartialDate::day(thursday)), &s).iter().any(|t| t.speakers_day && !t.inferred));
        let own = "The envoy said today the draft resolution was rejected.";
        let s = facts(&mut Vocabulary::default(), 0, &[&[own]], thursday);
        assert!(threads(Some(PartialDate::day(thursday)), &s).iter().all(|t| !t.speakers_day));
    }

    /// A lead naming a time nothing places ("this morning" on a page read in its story's
    /// week) has a day of its own, unknown: a statement's day after it is not the lead's.
    /// A lead naming no time at all takes that day.
    #[test]
    fn a_lead_with_a_time_of_its_own_takes_no_later_statements_day() {
        let tuesday = NaiveDate::from_ymd_opt(2019, 6, 25).unwrap();
        let lead = |first: &str| {
            let told = "On Monday, Netanyahu met with Patrushev in preparation for the summit and told him: “Israel will act.”";
            let mut s = facts(&mut Vocabulary::default(), 0, &[&[first], &[told]], tuesday);
            // An undated page: its own "this morning" is placed by nothing.
            s[0].timexes = timex::find(first, None).into();
            lead_date(Some(PartialDate::day(tuesday)), &s).map(|d| d.to_string())
        };
        assert_eq!(lead("The security advisers are meeting for a summit in Jerusalem this morning."), None);
        assert_eq!(lead("The security advisers are meeting for a summit in Jerusalem.").as_deref(), Some("2019-06-24"));
    }

    #[test]
    fn sentences_take_their_own_date_or_continue_or_fall_back_to_the_article() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let article = Some(PartialDate::day(friday));
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["On Thursday the envoy warned the city could be destroyed.", "He offered to escort the fighters."],
                &["He also urged them to leave."],
                &["Moscow will work with Damascus."],
                &["The official said on Friday that back in February Washington gave a scheme."],
            ],
            friday,
        );
        // Moscow acts in the fourth sentence: it does not go on with the envoy's story.
        let mut s = s;
        s[3].subject = Some(1);
        let t = threads(article, &s);
        assert_eq!(t[0].date.unwrap().to_string(), "2016-10-06");
        assert_eq!(t[0].members.len(), 3, "same paragraph and pronoun openers continue");
        assert!(!t[0].inferred);
        // Undated sentences that go on with no earlier one take the lead's day (Thursday,
        // a day before the report), marked inferred.
        assert_eq!(t[1].date.unwrap().to_string(), "2016-10-06");
        assert!(t[1].inferred);
        assert_eq!(t[2].date.unwrap().to_string(), "2016-10-07", "'on Friday' dates the official's statement");
        assert!(!t[2].inferred);
        assert_eq!(t[3].date.unwrap().to_string(), "2016-02");
        assert_eq!(t[3].anchor.as_deref(), Some("back in February"));
    }

    /// After someone's words of another day than the story's, a new paragraph in another
    /// voice is back in the story; the speaker going on ("She also said …") is not.
    #[test]
    fn another_voice_after_an_aside_of_another_day_is_back_in_the_story() {
        let wednesday = NaiveDate::from_ymd_opt(2012, 2, 22).unwrap();
        let read = |last: &str, subject: Option<usize>| {
            let mut s = facts(
                &mut Vocabulary::default(),
                0,
                &[
                    &["Two reporters were killed in the shelling of the city on Wednesday."],
                    &["Colvin told the BBC on Tuesday: \"I watched a baby die.\""],
                    &[last],
                ],
                wednesday,
            );
            s[1].subject = Some(1);
            s[2].subject = subject;
            let t = threads(Some(PartialDate::day(wednesday)), &s);
            let of_last = t.iter().find(|t| t.members.contains(&(0, 2))).expect("told");
            (of_last.members.contains(&(0, 1)), of_last.date.map(|d| d.to_string()))
        };
        assert_eq!(read("The pair were killed in a bombardment of the district, the minister said.", Some(2)), (false, Some("2012-02-22".into())));
        assert!(read("She also said the city was starving.", Some(1)).0);
        // So does what the outlet tells after an act told in the past perfect, before the story.
        let after_kidnapping = |had: &str| {
            let tuesday = NaiveDate::from_ymd_opt(2014, 8, 19).unwrap();
            let kidnapped = format!("A gang {had} the reporter in the town on Nov. 22, 2012.");
            let s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["Jihadists released a video of the killing on Tuesday."], &[&kidnapped], &["The video quickly was taken down."]],
                tuesday,
            );
            let t = threads(Some(PartialDate::day(tuesday)), &s);
            t.iter().find(|t| t.members.contains(&(0, 2))).is_some_and(|t| t.members.contains(&(0, 1)))
        };
        assert!(!after_kidnapping("had kidnapped"));
        assert!(after_kidnapping("kidnapped"), "a past act goes on as before");
    }

    /// On a page of no known day, a time told as ahead is a plan all the same: no date of
    /// the sentence's own.
    #[test]
    fn a_time_ahead_on_a_page_of_no_known_day_dates_no_sentence() {
        let mid_may = NaiveDate::from_ymd_opt(2023, 5, 15).unwrap();
        let read = |text: &str| {
            let mut s = facts(&mut Vocabulary::default(), 0, &[&[text]], mid_may);
            s[0].timexes = timex::find_dated(text, timex::Dating { year_of: Some(mid_may), ..timex::Dating::default() }).into();
            threads(None, &s)[0].date.map(|d| d.to_string())
        };
        assert_eq!(read("The readmission comes ahead of a summit which Saudi Arabia, a regional heavyweight, will host on May 19."), None);
        assert_eq!(read("The ministers met in Cairo on May 7 to vote on the readmission.").as_deref(), Some("2023-05-07"));
    }

    #[test]
    fn a_turn_to_other_news_is_another_happening_of_the_same_voice() {
        let thursday = NaiveDate::from_ymd_opt(2016, 10, 20).unwrap();
        let told = |turn: &str| {
            let mut s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["The army said on Thursday its jets struck 18 targets."], &["Its statement put the dead at 200."], &[turn]],
                thursday,
            );
            // The same voice (the army, actor 3) opens each paragraph.
            s.iter_mut().for_each(|f| f.subject = Some(3));
            threads(Some(PartialDate::day(thursday)), &s).len()
        };
        assert_eq!(told("The army said on Thursday that 160 of the dead were fighters."), 1, "one statement of the day");
        assert_eq!(told("Meanwhile, shells were fired at the border on Thursday, the army said."), 2);
        assert_eq!(told("Separately, the army said on Thursday shells were fired at the border."), 2);
    }

    #[test]
    fn furniture_glued_into_a_paragraph_and_a_short_cut_off_end_are_no_mentions() {
        assert!(furniture_sentence("(read more)"));
        assert!(furniture_sentence("By — Kassia Halcli Leave your feedback Share Copy URL https://www.example.org/world/x Email Facebook Twitter"));
        assert!(!furniture_sentence("The convoy was carrying humanitarian cargo to some 78,000 civilians."));
        // A caption glued into a paragraph by a one-line scrape.
        assert!(furniture_sentence("A Turkish military convoy of passes through the Syrian town of Dana on February 2."));
        assert!(!furniture_sentence("A Turkish military convoy passed through the Syrian town of Dana on February 2."));
        assert!(!furniture_sentence("Read more about the deal at https://www.state.gov, the department said."));
        let monday = NaiveDate::from_ymd_opt(2016, 11, 21).unwrap();
        let told = |last: &str| {
            let s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["Bombs hit a hospital in east Aleppo on Monday.", "Doctors said the wards were empty.", last]],
                monday,
            );
            threads(Some(PartialDate::day(monday)), &s).iter().flat_map(|t| t.members.clone()).count()
        };
        assert_eq!(told("Health and rescue workers h"), 2);
        assert_eq!(told("Rescue workers said the strikes went on through the night and into the mor"), 3, "long enough to tell something");
        assert_eq!(told("Health and rescue workers left."), 3);
    }

    #[test]
    fn an_it_that_points_at_nothing_is_a_comment_not_a_continuation() {
        assert!(expletive_it("It’s not clear whether this is a new position for the U.S. or not."));
        assert!(expletive_it("It was unclear if the convoy had permission."));
        assert!(!expletive_it("It was the sharpest warning yet."));
        assert!(!expletive_it("Its position is clear."));
        assert!(continues("It was the sharpest warning yet."));
        assert!(!continues("It is not known who fired first."));
    }

    #[test]
    fn a_pages_appeal_glued_into_the_last_paragraph_is_no_mention() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 28).unwrap();
        let told = |paragraphs: &[&[&str]]| {
            let s = facts(&mut Vocabulary::default(), 0, paragraphs, friday);
            let mut members: Vec<usize> = threads(Some(PartialDate::day(friday)), &s).iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
            members.sort_unstable();
            members
        };
        let story = "Russia failed to win re-election to the council on Friday.";
        let appeal: [&str; 4] = [story, "We're not going anywhere.", "Stand up for trusted news that you can count on!", "Donate now By — Jane Doe"];
        assert_eq!(told(&[&appeal]), vec![0]);
        // Only in the last paragraph, only from an appeal on; a quoted cry or the outlet's
        // "we" with no appeal after it is prose.
        assert_eq!(told(&[&appeal, &["Saudi Arabia kept its seat."]]), vec![0, 1, 2, 3, 4]);
        // Nor an exclamation to "you" deep inside a one-paragraph story.
        let mut long = vec![story, "Stand up for your rights, you people of Aleppo!"];
        long.extend(std::iter::repeat_n("The council met again.", APPEAL_SENTENCES));
        assert_eq!(told(&[&long]).len(), long.len());
        let quoted: [&str; 2] = [story, "“You will not silence us!” the protesters shouted."];
        assert_eq!(told(&[&quoted]), vec![0, 1]);
        let we: [&str; 2] = [story, "We asked the ministry for comment."];
        assert_eq!(told(&[&we]), vec![0, 1]);
    }

    #[test]
    fn a_month_or_year_holding_the_reports_day_dates_nothing() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 28).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "Russia lost its seat on the rights council on Friday.",
            "Saudi Arabia, also up for re-election in 2016, kept its seat on the council.",
            "The council was set up in 2006.",
        ]];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let told: Vec<(Vec<usize>, Option<PartialDate>)> = t.iter().map(|t| (t.members.iter().map(|m| m.1).collect(), t.date)).collect();
        // 2016 holds the report's day: the sentence goes on with Friday's vote, and no
        // event of 2016 is made of it; 2006 is another act's point.
        assert_eq!(told[0], (vec![0, 1], Some(PartialDate::day(friday))));
        assert!(t.iter().all(|t| t.date != Some(PartialDate::year(2016))), "{told:?}");
        assert!(t.iter().any(|t| t.date == Some(PartialDate::year(2006))), "{told:?}");
        // "Earlier this month" is before the report's day: another act's time.
        let paragraphs: [&[&str]; 2] =
            [&["Russia lost its seat on the rights council on Friday."], &["Its envoy left the council's chair earlier this month."]];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of_earlier = t.iter().find(|t| t.members.contains(&(0, 1))).and_then(|t| t.date);
        assert_eq!(of_earlier, Some(PartialDate::month(2016, 10)));
    }

    /// A sentence of a quote whose speaker another sentence names tells what was said: a
    /// month long before the report is its topic, not the day of the words.
    #[test]
    fn a_point_long_before_in_a_quoted_sentence_is_its_topic() {
        let wednesday = NaiveDate::from_ymd_opt(2020, 8, 26).unwrap();
        let paragraphs: [&[&str]; 1] =
            [&["“Such actions breach the protocols agreed by both sides in December 2019.", "We stay ready to talk,” the spokesman said."]];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, wednesday);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let date_of_quote = |t: &[Thread]| t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).and_then(|t| t.date);
        assert_eq!(date_of_quote(&t), Some(PartialDate::month(2019, 12)), "no speaker known: the month dates it");
        (s[0].speaker, s[1].speaker) = (Some(0), Some(0));
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        assert_eq!(date_of_quote(&t), Some(PartialDate::day(wednesday)), "the words are of the report's day");
    }

    #[test]
    fn another_voice_in_the_paragraph_starts_a_story_of_its_own() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 9, 20).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "The UN suspended aid convoys after the strike.",
            "Russia said it was not involved in the strike.",
            "The UN said the convoys would resume later.",
        ]];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        (s[0].subject, s[1].subject, s[2].subject) = (Some(0), Some(1), Some(0));
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let members: Vec<Vec<usize>> = t.iter().map(|t| t.members.iter().map(|m| m.1).collect()).collect();
        // The UN's words after Russia's are the UN's again: one statement (join_statements).
        assert_eq!(members, [vec![0, 2], vec![1]]);
    }

    #[test]
    fn a_states_words_and_its_ministrys_after_them_are_one_statement_past_a_point_of_the_first() {
        let thursday = NaiveDate::from_ymd_opt(2017, 4, 6).unwrap();
        let paragraphs: [&[&str]; 2] = [
            &["A Syrian air strike hit a warehouse of toxic substances, Moscow said Wednesday, a day after the attack in the town."],
            &["The Russian defence ministry said the warehouse made bombs."],
        ];
        let (russia, ministry) = (0, 1);
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, thursday);
        (s[0].subject, s[0].party) = (Some(russia), Some(russia));
        (s[1].subject, s[1].party, s[1].actors) = (Some(ministry), Some(russia), vec![ministry].into_boxed_slice());
        let t = threads(Some(PartialDate::day(thursday)), &s);
        let told: Vec<(Vec<usize>, bool, String)> =
            t.iter().map(|t| (t.members.iter().map(|m| m.1).collect(), t.background, t.date.map(|d| d.to_string()).unwrap_or_default())).collect();
        // The attack, a day before Wednesday, is a point of the first sentence; the
        // ministry's words go on with Moscow's.
        assert!(told.contains(&(vec![0, 1], false, "2017-04-05".into())), "{told:?}");
        assert!(told.contains(&(vec![0], true, "2017-04-04".into())), "{told:?}");
    }

    #[test]
    fn a_time_in_the_clause_a_verb_of_saying_reports_dates_what_was_said() {
        let tuesday = NaiveDate::from_ymd_opt(2018, 9, 18).unwrap();
        let paragraphs: [&[&str]; 2] = [
            &["The defence ministry blamed the pilots of the jets for the loss of the plane."],
            &["The ministry said that the plane was hit off the coast late Monday as it was returning to its base."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        (s[0].subject, s[1].subject) = (Some(0), Some(0));
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let told: Vec<(Vec<usize>, bool, String)> =
            t.iter().map(|t| (t.members.iter().map(|m| m.1).collect(), t.background, t.date.map(|d| d.to_string()).unwrap_or_default())).collect();
        // Monday is when the plane was hit: a point of the statement, which is Tuesday's.
        assert!(told.contains(&(vec![0, 1], false, "2018-09-18".into())), "{told:?}");
        assert!(told.contains(&(vec![1], true, "2018-09-17".into())), "{told:?}");
    }

    #[test]
    fn the_body_a_speaker_speaks_for_is_no_other_voice() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 10, 18).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "Aid groups need a longer pause, the United Nations spokesman Stephane Dujarric said on Monday.",
            "UN called for 48 hours of humanitarian pause in the fighting.",
            "Russia said the pause would be enough.",
        ]];
        let (dujarric, un, russia) = (0, 1, 2);
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        (s[0].subject, s[0].party, s[1].subject, s[2].subject) = (Some(dujarric), Some(un), Some(un), Some(russia));
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let members: Vec<Vec<usize>> = t.iter().map(|t| t.members.iter().map(|m| m.1).collect()).collect();
        assert_eq!(members, [vec![0, 1], vec![2]], "the UN's call goes on with its spokesman's Monday words; Russia's are its own");
        assert_eq!(t[0].date.unwrap().to_string(), "2016-10-17");
    }

    #[test]
    fn what_there_is_and_the_part_someone_plays_are_how_things_stand() {
        let sunday = NaiveDate::from_ymd_opt(2016, 12, 11).unwrap();
        let paragraphs: [&[&str]; 4] = [
            &["Militants retook the ancient city of Zembla on Sunday."],
            &["Government troops advanced in the south-east of the city."],
            &["There were more than 120,000 civilians who left the city."],
            &["Russian forces played a key role in propping up the government by bombing rebel targets."],
        ];
        let told = |paragraphs: &[&[&str]]| -> Vec<usize> {
            let s = facts(&mut Vocabulary::default(), 0, paragraphs, sunday);
            threads(Some(PartialDate::day(sunday)), &s).iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect()
        };
        assert_eq!(told(&paragraphs), [0, 1]);
        // An act of the day in the same places is told.
        let acts: [&[&str]; 4] =
            [paragraphs[0], paragraphs[1], &["More than 120,000 civilians left the city."], &["Russian forces bombed rebel targets in the city."]];
        assert_eq!(told(&acts), [0, 1, 2, 3]);
    }

    #[test]
    fn how_things_stand_around_a_story_is_no_mention_of_it() {
        let saturday = NaiveDate::from_ymd_opt(2016, 10, 29).unwrap();
        let paragraphs: [&[&str]; 4] = [
            &[
                "President Putin on Friday rejected a request from the military to resume airstrikes.",
                "The pause means that civilians can continue to use the corridors.",
            ],
            &["Russia and Syria have not taken responsibility for the strike."],
            &["The rebels also fired on the corridors."],
            &["Putin had been due to visit Paris.", "Aleppo has become the scene of ferocious battles."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, saturday);
        (s[0].subject, s[0].party) = (Some(0), Some(1));
        s[4].subject = Some(0);
        let t = threads(Some(PartialDate::day(saturday)), &s);
        let told: Vec<usize> = t.iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        // The present (1), the perfect naming no one (2, 5) and a new story's past perfect
        // (4) state how things stand or stood; the past (3) goes on with the story.
        assert_eq!(told, [0, 3]);
        // Without the rule's tense, the same sentence goes on with the story.
        s[1].text = "The pause let civilians use the corridors.".into();
        let t = threads(Some(PartialDate::day(saturday)), &s);
        assert_eq!(t[0].members.iter().map(|m| m.1).collect::<Vec<_>>(), [0, 1, 3]);
    }

    #[test]
    fn the_terms_of_an_agreement_are_no_happening() {
        assert!(states_terms("Under the cease-fire agreement, the U.S. and Russia would work together to target the group."));
        assert!(!states_terms("Under the cease-fire agreement, the U.S. and Russia worked together against the group."), "an act");
        assert!(!states_terms("Under pressure from Moscow, Damascus would allow the convoys in."), "no happening's noun");
        assert!(!states_terms("The U.S. and Russia would work together under the agreement."), "no opening frame");
    }

    #[test]
    fn a_source_credited_in_any_case() {
        assert!(credits_a_source("According to a report by the monitor, the war has claimed 470,000 lives."));
        assert!(credits_a_source("The toll is higher, ACCORDING TO the UN."));
        assert!(!credits_a_source("The toll is higher than the UN accorded."));
    }

    #[test]
    fn what_something_is_or_belongs_to_is_no_mention_even_in_the_storys_partys_words() {
        let monday = NaiveDate::from_ymd_opt(2016, 11, 14).unwrap();
        let paragraphs: [&[&str]; 3] = [
            &[
                "A Russian fighter jet crashed into the sea on Monday, the defence ministry said.",
                "Admiral Kuznetsov belongs to a naval group which Russia has deployed near Syria.",
                "Moscow is also ready to send more ships.",
            ],
            &["The pilot was rescued."],
            &["The council has 47 member countries."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, monday);
        let russia = 1;
        (s[0].subject, s[0].party) = (Some(0), Some(russia));
        (s[1].party, s[2].party) = (Some(russia), Some(russia));
        let t = threads(Some(PartialDate::day(monday)), &s);
        let told: Vec<usize> = t.iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        // The party's own present goes on with its story (2); what the carrier belongs to
        // (1) and what the council has (4, a story of its own past the lead) are states.
        assert_eq!(told, [0, 2, 3]);
        // Past the lead, a story of its own in the present and in no one's words is how
        // things stand; in someone's words, or set against an act, it is news.
        let thursday = NaiveDate::from_ymd_opt(2016, 10, 6).unwrap();
        let paragraphs: [&[&str]; 5] = [
            &["Lavrov backed the envoy's offer on Thursday."],
            &["Syria's army said it was ready."],
            &["Turkey backs the rebels and wants to see Assad out of power."],
            &["According to Lavrov, one more suburb is a subject of talks."],
            &["The State Department says the U.S. is suspending contacts."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, thursday);
        (s[0].subject, s[1].subject) = (Some(0), Some(4));
        (s[2].subject, s[3].subject, s[4].subject) = (Some(1), Some(2), Some(3));
        let t = threads(Some(PartialDate::day(thursday)), &s);
        let told: Vec<usize> = t.iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        assert_eq!(told, [0, 1, 3, 4], "Turkey's standing support is no happening");
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn what_has_gone_on_for_a_length_of_time_is_no_mention_past_the_lead() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let paragraphs: [&[&str]; 5] = [
            &["The Duma voted on Friday to keep the air force in Syria.", "The vote was unanimous."],
            &["Russia has backed Assad with a year-long air campaign against the rebels."],
            &["The parliament has ratified a deal on the air base."],
            &["The rebels have held the district for nine weeks.", "Clashes have continued in the district since."],
            &["Hundreds of people have died in weeks of siege-style attacks on the city."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        for (i, f) in s.iter_mut().enumerate() {
            f.subject = Some(i);
        }
        let t = threads(Some(PartialDate::day(friday)), &s);
        let told: Vec<usize> = t.iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        // Past the lead, a campaign of a year (2), a hold of nine weeks (4) and clashes
        // going on "since" (5) and deaths "in weeks of" attacks (6) are how things stand; the
        // ratification (3) is news told in the perfect.
        assert_eq!(told, [0, 1, 3]);
        assert!(!in_a_length_of("Two weeks of talks have ended."), "a count of weeks is a span's own");
        assert!(since_then("They have fought ever since then."));
        assert!(since_then("Since then, the militants have set their sights at Russia, taking down an airliner."));
        assert!(!since_then("They have fought since the summit."), "a 'since' clause with its point is the timex rules'");
    }

    /// A short sentence on a bare pronoun names nothing its date could be of: no point of its
    /// own; a longer one names it ("… since they held a summit … in January").
    #[test]
    fn a_short_sentence_on_a_pronoun_starts_no_point() {
        let tuesday = NaiveDate::from_ymd_opt(2018, 4, 10).unwrap();
        let paragraphs: [&[&str]; 3] = [
            &["The president will not attend the summit in Lima, the White House said on Tuesday."],
            &["It's scheduled to begin April 13."],
            &["It was the first meeting of the two allies since they held a summit in the capital in January."],
        ];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let points: Vec<usize> = t.iter().filter(|t| t.background).flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        assert_eq!(points, [2], "{t:?}");
        assert!(opens_on_bare_pronoun("It's scheduled to begin April 13.") && !opens_on_bare_pronoun("Its start is April 13."));
    }

    #[test]
    fn what_someone_has_said_over_time_is_no_mention() {
        let monday = NaiveDate::from_ymd_opt(2017, 12, 11).unwrap();
        let paragraphs: [&[&str]; 5] = [
            &["Putin visited the air base on Monday and ordered a partial pullout."],
            &["The military has said previously that it will keep the air base."],
            &["Israel has repeatedly denounced the presence of militias near the border."],
            &["The ministry has said that the base will stay."],
            &["Israel has said that it would strike any convoy arming the militia."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, monday);
        for (i, f) in s.iter_mut().enumerate() {
            f.subject = Some(i);
        }
        let t = threads(Some(PartialDate::day(monday)), &s);
        let told: Vec<usize> = t.iter().flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        // Said before (1), again and again (2) and a stance of what "would" be (4) is how
        // things stand; a statement told in the perfect (3) is the day's.
        assert_eq!(told, [0, 3]);
        assert!(over_time("Russia has long called for a pause."));
        assert!(!over_time("Russia has called for a pause long overdue."), "the adverb must stand by the participle");
    }

    #[test]
    fn states_on_either_side_of_one_act_tell_it_and_voices_of_other_parties_do_not() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 28).unwrap();
        let article = Some(PartialDate::day(friday));
        let mut v = Vocabulary::default();
        let (hungary, russia, council, spokesman) = (0, 1, 2, 3);
        let mut one = facts(&mut v, 0, &[&["Hungary and Croatia beat Russia on Friday for a seat on the rights council in a vote."]], friday);
        (one[0].party, one[0].actors) = (Some(hungary), vec![hungary, russia, council].into_boxed_slice());
        let mut other = facts(&mut v, 1, &[&["Russia lost its seat on the rights council on Friday in a vote against Hungary."]], friday);
        (other[0].party, other[0].actors) = (Some(russia), vec![russia, hungary, council].into_boxed_slice());
        let mut all = threads(article, &one);
        all.extend(threads(article, &other));
        assert_eq!(cluster(vec![all.clone()]).len(), 1, "two sides of one vote");
        // A spokesman of one side speaking is his party's act, not the other's.
        all[1].subjects = vec![spokesman];
        assert_eq!(cluster(vec![all]).len(), 2);
    }

    #[test]
    fn an_ambassadors_word_on_his_states_defeat_is_a_happening_of_its_own() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 28).unwrap();
        let article = Some(PartialDate::day(friday));
        let mut v = Vocabulary::default();
        let (russia, council, churkin) = (0, 1, 2);
        let told = [
            "Russia failed to win re-election to the rights council on Friday by two votes against Hungary and Croatia.",
            "In the assembly, 144 votes went to Hungary, 114 to Croatia and 112 to Russia.",
            "Vitaly Churkin, Russia's ambassador, downplayed the loss to Hungary and Croatia in the council vote.",
        ];
        let mut one = facts(&mut v, 0, &[&told], friday);
        (one[0].actors, one[1].actors) = (vec![russia, council].into_boxed_slice(), vec![russia].into_boxed_slice());
        (one[2].actors, one[2].subject, one[2].person_acts, one[2].party) =
            (vec![churkin, russia, council].into_boxed_slice(), Some(churkin), true, Some(russia));
        let split = threads(article, &one);
        assert_eq!(split.len(), 2, "the word on a vote is not the vote: {split:?}");
        // Told alone in another outlet, his word does not join the vote either.
        let mut other =
            facts(&mut v, 1, &[&["Churkin on Friday downplayed failing to win re-election to the rights council against Hungary and Croatia."]], friday);
        (other[0].actors, other[0].subject, other[0].person_acts, other[0].party) =
            (vec![churkin, council].into_boxed_slice(), Some(churkin), true, Some(russia));
        let mut all = vec![split[0].clone()];
        all.extend(threads(article, &other));
        assert_eq!(cluster(vec![all]).len(), 2);
        // A person acting, not speaking, after the vote goes on with it.
        one[2].text = "Vitaly Churkin, Russia's ambassador, left the council hall after the vote against Hungary and Croatia.".into();
        assert_eq!(threads(article, &one).len(), 1);
    }

    #[test]
    fn a_stated_month_joins_the_same_act_on_a_stated_day_within_it() {
        let report = NaiveDate::from_ymd_opt(2016, 10, 3).unwrap();
        let article = Some(PartialDate::day(report));
        let mut v = Vocabulary::default();
        let told = |v: &mut Vocabulary, a: usize, text: &str| threads(article, &facts(v, a, &[&[text]], report));
        let mut all = told(&mut v, 0, "An airstrike hit a United Nations aid convoy near Aleppo on September 19 and killed 20 aid workers.");
        all.extend(told(&mut v, 1, "The September airstrike hit a United Nations aid convoy near Aleppo and killed 20 aid workers."));
        let events = cluster(vec![all.clone()]);
        assert_eq!(events.len(), 1, "{all:?}");
        assert_eq!(events[0].date.unwrap().to_string(), "2016-09-19");
        // A month that does not hold the day is another act.
        all[1] = told(&mut v, 1, "The August airstrike hit a United Nations aid convoy near Aleppo and killed 20 aid workers.").remove(0);
        assert_eq!(cluster(vec![all]).len(), 2);
    }

    /// Threads of pseudo-random dates and sentence words (a fixed seed), for the index tests.
    fn generated_threads(count: usize) -> Vec<Vec<Thread>> {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let day = |d: u64| Some(PartialDate::day(NaiveDate::from_ymd_opt(2016, 9, 1).unwrap() + chrono::Duration::days(d as i64)));
        let mut threads = Vec::new();
        for _ in 0..count {
            let date = match next(10) {
                0 => None,
                1 => Some(PartialDate::month(2016, 9)),
                _ => day(next(40)),
            };
            let profiles = (0..1 + next(4))
                .map(|_| {
                    let mut words: Vec<u32> = (0..next(12)).map(|_| next(60) as u32).collect();
                    words.sort_unstable();
                    words.dedup();
                    Profile { words: words.into(), actors: Vec::new() }
                })
                .collect();
            threads.push(Thread { date, profiles, ..Thread::default() });
        }
        threads.chunks(7).map(<[Thread]>::to_vec).collect()
    }

    #[test]
    fn the_word_index_lists_each_words_sentences_of_each_date_as_a_map_of_them_would() {
        let threads = generated_threads(3000);
        let is_rare = |w: u32| !w.is_multiple_of(5);
        let index = WordIndex::build(&threads, is_rare);
        // The lists as a map by (word, date) gives them: sentence ids in thread order,
        // the first `MAX_POSTINGS` + 1 of each.
        let mut expected: FxHashMap<(u32, Option<PartialDate>), Vec<u32>> = FxHashMap::default();
        let mut id = 0;
        for t in threads.iter().flatten() {
            for p in &t.profiles {
                for w in p.words.iter().filter(|w| is_rare(**w)) {
                    let list = expected.entry((*w, t.date)).or_default();
                    if list.len() <= MAX_POSTINGS {
                        list.push(id);
                    }
                }
                id += 1;
            }
        }
        let lengths: Vec<usize> = expected.values().map(Vec::len).collect();
        assert!(lengths.iter().any(|n| *n > MAX_POSTINGS) && lengths.iter().any(|n| *n < 6), "{lengths:?}");
        let mut dates: Vec<Option<PartialDate>> = index.date_ids.keys().copied().collect();
        dates.sort();
        assert!(dates.iter().enumerate().all(|(i, d)| index.date_ids[d] as usize == i), "dates numbered in calendar order");
        for w in 0..70 {
            for d in &dates {
                let list = expected.get(&(w, *d)).map_or(&[][..], Vec::as_slice);
                assert_eq!(index.list(w, index.date_ids[d]), list, "word {w} on {d:?}");
            }
            // Looked up a run of dates at a time, as a thread does: the same lists.
            for window in [1, 2, 5] {
                let ids: Vec<u32> = (0..dates.len() as u32).collect();
                for run in ids.windows(window.min(ids.len())) {
                    let each: Vec<&[u32]> = run.iter().map(|d| index.list(w, *d)).filter(|l| !l.is_empty()).collect();
                    assert_eq!(index.lists_on(w, run).collect::<Vec<_>>(), each, "word {w} on {run:?}");
                }
            }
        }
        assert_eq!(index.firsts.last().copied(), Some(id));
    }

    #[test]
    fn the_same_report_in_two_outlets_is_one_event_and_different_days_stay_apart() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let article = Some(PartialDate::day(friday));
        let mut v = Vocabulary::default();
        let mut all = threads(
            article,
            &facts(&mut v, 0, &[&["Lavrov said on Friday that Russia is ready to support the UN plan for fighters to leave Aleppo."]], friday),
        );
        all.extend(threads(
            article,
            &facts(&mut v, 1, &[&["On Friday Lavrov said Russia was ready to support a UN plan for jihadist fighters to leave Aleppo."]], friday),
        ));
        all.extend(threads(article, &facts(&mut v, 2, &[&["On Thursday Lavrov said Russia wants to resolve the Aleppo deadlock."]], friday)));
        let events = cluster(vec![all]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].members.len(), 2);
        assert_eq!(events[1].date.unwrap().to_string(), "2016-10-06");
    }

    #[test]
    fn other_voices_of_one_day_merge_only_in_closely_the_same_words() {
        let monday = NaiveDate::from_ymd_opt(2016, 9, 19).unwrap();
        let article = Some(PartialDate::day(monday));
        let told = [
            "The ministry said on Monday that the aid convoy near Aleppo was hit by fire.",
            "Rights groups said on Monday that the aid convoy near Aleppo was attacked by jets.",
        ];
        let events_with = |subjects: [usize; 2]| {
            let mut v = Vocabulary::default();
            let mut all = Vec::new();
            for (a, text) in told.iter().enumerate() {
                let mut s = facts(&mut v, a, &[&[*text]], monday);
                s[0].subject = Some(subjects[a]);
                all.extend(threads(article, &s));
            }
            cluster(vec![all]).len()
        };
        assert_eq!(events_with([0, 0]), 1, "one voice: these words are enough");
        assert_eq!(events_with([0, 1]), 2, "two voices: they are not");
    }

    #[test]
    fn a_states_statement_and_its_ministers_right_after_it_are_one_statement() {
        let sunday = NaiveDate::from_ymd_opt(2016, 10, 16).unwrap();
        let article = Some(PartialDate::day(sunday));
        let (us, uk, kerry, russia, lavrov) = (0, 1, 2, 3, 4);
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The United States and Britain say they're considering new economic sanctions."],
                &["After a meeting in London, Secretary of State John Kerry said on Sunday crimes against humanity were occurring daily."],
                &["Russian Foreign Minister Sergei Lavrov said on Sunday the talks were useless."],
            ],
            sunday,
        );
        (s[0].subject, s[0].besides, s[0].party) = (Some(us), Besides::boxed(vec![uk], None, None, None), Some(us));
        (s[1].subject, s[1].party) = (Some(kerry), Some(us));
        (s[2].subject, s[2].party) = (Some(lavrov), Some(russia));
        let t = threads(article, &s);
        let holding = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence))).unwrap();
        assert_eq!(holding(0), holding(1), "Kerry speaks for the United States");
        assert_ne!(holding(0), holding(2), "Lavrov speaks for Russia");
    }

    #[test]
    fn a_bodys_statement_and_its_spokesman_named_with_it_right_after_are_one_statement() {
        let saturday = NaiveDate::from_ymd_opt(2016, 9, 10).unwrap();
        let article = Some(PartialDate::day(saturday));
        let (us, pentagon, cook, kerry) = (0, 1, 2, 3);
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The Pentagon welcomed the agreement."],
                &["\"The arrangement could achieve a sustained cessation of hostilities,\" the Pentagon press secretary Peter Cook said."],
                &["Kerry said the deal was a turning point."],
            ],
            saturday,
        );
        (s[0].subject, s[0].actors, s[0].party) = (Some(pentagon), vec![pentagon].into_boxed_slice(), Some(us));
        (s[1].subject, s[1].actors, s[1].party) = (Some(cook), vec![pentagon, cook].into_boxed_slice(), Some(us));
        (s[2].subject, s[2].actors, s[2].party) = (Some(kerry), vec![kerry].into_boxed_slice(), Some(us));
        let t = threads(article, &s);
        let holding = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence))).unwrap();
        assert_eq!(holding(0), holding(1), "the press secretary speaks for the Pentagon he is named with");
        assert_ne!(holding(0), holding(2), "Kerry, of the same state, is not named with the Pentagon");
    }

    #[test]
    fn a_lede_naming_no_one_sums_up_the_acts_of_the_day_told_next() {
        let tuesday = NaiveDate::from_ymd_opt(2019, 10, 22).unwrap();
        let article = Some(PartialDate::day(tuesday));
        let (putin, erdogan) = (0, 1);
        let told = |second: &'static str| {
            let paragraphs: [&[&str]; 2] = [&["Moscow — Russia and Turkey struck a deal on a buffer zone in the north."], &[second]];
            let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
            s[1].subject = Some(putin);
            s[1].besides = Besides::boxed(vec![erdogan], None, None, None);
            let t = threads(article, &s);
            t.iter().position(|t| t.members.contains(&(0, 0))) == t.iter().position(|t| t.members.contains(&(0, 1)))
        };
        assert!(told("Putin and Erdogan emerged from six hours of talks on Tuesday to announce the agreement."));
        assert!(!told("Putin and Erdogan had met in Sochi on Monday to prepare it."), "another day's act is not what the lede sums up");
    }

    #[test]
    fn what_a_side_says_on_the_day_of_its_joint_act_tells_that_act() {
        let saturday = NaiveDate::from_ymd_opt(2013, 9, 14).unwrap();
        let article = Some(PartialDate::day(saturday));
        let (us, russia, lavrov, idriss, pentagon, opposition, kerry) = (0, 1, 2, 3, 4, 5, 6);
        let told = |third: &'static str, speaker: usize, party: usize, person: bool| {
            let paragraphs: [&[&str]; 3] = [
                &["The United States and Russia agreed Saturday on an outline for the seizure of the weapons."],
                &["Secretary of State John Kerry said the first inspections would take place by November."],
                &[third],
            ];
            let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, saturday);
            (s[0].party, s[0].besides) = (Some(us), Besides::with_joint(None, vec![us, russia]));
            (s[1].subject, s[1].party, s[1].person_acts) = (Some(kerry), Some(us), true);
            (s[2].subject, s[2].party, s[2].person_acts) = (Some(speaker), Some(party), person);
            let t = threads(article, &s);
            let lede = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
            lede.members.contains(&(0, 2)).then(|| lede.subjects.clone())
        };
        let lavrov_said = "Foreign Minister Sergei Lavrov stressed that the documents constitute an agreed proposal.";
        assert_eq!(told(lavrov_said, lavrov, russia, true), Some(vec![kerry]), "the other side's word joins the act, under its own subjects");
        let idriss_said = "Rebel commander Salim Idriss said he rejected the initiative.";
        assert_eq!(told(idriss_said, idriss, opposition, true), None, "no side of the act: a reaction");
        assert_eq!(told("The Pentagon said it welcomed the agreement.", pentagon, us, false), None, "a body's word is its reaction from home");
        let monday = "Foreign Minister Sergei Lavrov said on Monday that the documents constitute an agreed proposal.";
        assert_eq!(told(monday, lavrov, russia, true), None, "another day");
    }

    #[test]
    fn a_report_dates_the_undated_act_told_just_before_it_however_far_back() {
        let monday = NaiveDate::from_ymd_opt(2016, 10, 3).unwrap();
        let article = Some(PartialDate::day(monday));
        let (kerry, department) = (0, 1);
        let paragraphs: [&[&str]; 2] = [
            &[
                "Kerry is threatening to cut off all contacts with Moscow over Syria.",
                "The State Department says Kerry issued the ultimatum in a Wednesday, Sept. 28, 2016, telephone call to Lavrov.",
            ],
            &["The State Department says Kerry told reporters on Saturday, Oct. 1, he was tired."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, monday);
        s[0].subject = Some(kerry);
        for f in &mut s[1..] {
            (f.subject, f.besides) = (Some(department), Besides::boxed(Vec::new(), Some(kerry), None, None));
        }
        let t = threads(article, &s);
        let of = |sentence: usize| t.iter().find(|t| t.members.contains(&(0, sentence))).unwrap();
        assert!(of(0).members.contains(&(0, 1)), "the report tells the threat of the sentence before");
        assert_eq!(of(0).date.unwrap().to_string(), "2016-09-28");
        assert!(!of(0).inferred);
        assert!(!of(2).members.contains(&(0, 0)), "a later paragraph's report dates nothing before it");
    }

    #[test]
    fn a_sentence_turning_to_other_news_starts_its_own_thread() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "Earlier, the minister said that another hospital was destroyed.",
            "Meanwhile, the parliament has ratified a deal on the air base.",
            "Separately the envoy left for Geneva.",
            "Earlier in the day evacuations from the old city were resumed.",
            "The Kremlin, meanwhile, accused the rebels of shelling the corridor.",
        ]];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence))).unwrap();
        assert_ne!(of(0), of(1));
        assert_ne!(of(1), of(2));
        assert_ne!(of(2), of(3));
        assert_ne!(of(3), of(4));
        assert!(!turns_to_other_news("The Kremlin, which meanwhile had said nothing, spoke."));
        assert!(!turns_to_other_news("Meanwhile-style coverage grew."));
        assert!(!turns_to_other_news("Earlier in the daylight hours the convoy left."));
        // A subject of at most four words, as white space of any kind parts them.
        assert!(turns_to_other_news("The Russian defence ministry, meanwhile, said nothing."));
        assert!(turns_to_other_news("The\u{a0}Russian \u{2003}defence\tministry , Meanwhile, said nothing."));
        assert!(!turns_to_other_news("The new Russian defence ministry, meanwhile, said nothing."));
        assert!(!turns_to_other_news("The new Russian\u{2003}defence ministry, meanwhile, said nothing."));
        // "Earlier in the day" is of the day of the story before it.
        let paragraphs: [&[&str]; 1] =
            [&["The envoy said on Wednesday that the council would vote.", "Earlier in the day evacuations from the old city were resumed."]];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().find(|t| t.members.contains(&(0, sentence))).unwrap();
        let wednesday = PartialDate::day(NaiveDate::from_ymd_opt(2016, 10, 5).unwrap());
        assert_eq!((of(0).date, of(1).date, of(1).inferred), (Some(wednesday), Some(wednesday), false));
        assert_ne!(of(0).members, of(1).members);
    }

    /// What someone says in a paragraph after a story told at a month's precision is of the
    /// report's day, not of that month; what goes on with the old story stays with it.
    #[test]
    fn a_statement_after_a_month_old_story_is_not_of_that_month() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 12, 13).unwrap();
        let paragraphs: [&[&str]; 4] = [
            &["The army is in full control of the old city, the envoy told the council on Tuesday."],
            &["The government offensive began in mid-September."],
            &["It was backed by heavy bombing of the eastern districts."],
            &["The head of the political office of a rebel group said that the fighting had stopped."],
        ];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let of = |sentence: usize| t.iter().find(|t| t.members.contains(&(0, sentence)));
        let september = of(1).expect("told").date;
        assert_eq!(september, Some(PartialDate::month(2016, 9)));
        assert_eq!(of(2).map(|t| t.date), Some(september), "naming no one, the old story goes on");
        assert_ne!(of(3).map(|t| t.date), Some(september), "the rebel's words are of the day");
    }

    #[test]
    fn a_sentence_placing_the_story_against_another_happening_tells_that_happening() {
        let wednesday = NaiveDate::from_ymd_opt(2016, 9, 28).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "The United States threatened on Wednesday to halt talks with Russia.",
            "It came as the Syrians and their Russian allies bombarded eastern Aleppo for the sixth day.",
            "The threat was the sharpest warning yet.",
        ]];
        let s = facts(&mut Vocabulary::default(), 0, &paragraphs, wednesday);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence))).unwrap();
        assert_ne!(of(0), of(1), "the bombardment is not the threat");
        assert!(!t[of(1)].background, "the bombardment is a happening");
        let state = facts(
            &mut Vocabulary::default(),
            0,
            &[&["The Duma ratified the deal on Friday.", "The ratification comes as Russia continues to blame the US."]],
            wednesday,
        );
        let t = threads(Some(PartialDate::day(wednesday)), &state);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "a standing blame is no mention");
        let going_on = facts(
            &mut Vocabulary::default(),
            0,
            &[&["A suicide bomber struck a restaurant on Wednesday.", "The attack comes at a time when the president is looking to withdraw his forces."]],
            wednesday,
        );
        let t = threads(Some(PartialDate::day(wednesday)), &going_on);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "what is going on is no mention");
        for text in [
            "This comes after several rights groups lobbied against Moscow.",
            "His call came just hours after the vote.",
            "The move came amid new attacks.",
            "The meeting also unfolded against wider regional turbulence, including strikes earlier this year.",
            "The talks came against the backdrop of new strikes.",
            "The attack came at a time when the army was shelling the town.",
            "Putin's cancellation is the latest deterioration in ties between Moscow and the West after Russia vetoed a resolution.",
            "The strike was the latest blow to the truce after the army declared it over.",
        ] {
            assert!(came_amid(text).is_some(), "{text}");
        }
        for text in [
            "His appeal came just hours before the Council met.",
            "The decision came as a surprise to diplomats.",
            "The rebels came as close as ever to the base.",
            "It came from the ministry.",
            "The minister, who came to power in 2012 after the war, spoke.",
            "The latest round of talks began after the vote.",
            "Russia is the latest country to leave, a year after Britain did.",
        ] {
            assert!(came_amid(text).is_none(), "{text}");
        }
    }

    #[test]
    fn an_unnamed_sources_words_go_on_with_its_statement() {
        let friday = NaiveDate::from_ymd_opt(2016, 9, 30).unwrap();
        let paragraphs: [&[&str]; 3] = [
            &["A military source announced on Friday that Moscow sent more helicopters to the Latakia base."],
            &["A daily paper quoted the source as saying that six Mi-28 helicopters have been flown to the base."],
            &["Ground attack jets have been readied as well, the source added.", "Residents say the base has been shelled."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        s[0].subject = Some(1);
        s[0].speaker = Some(1);
        // The paper is named, and the statement does not name it.
        s[1].actors = [2].into();
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence)));
        assert_eq!(of(1), of(0), "quoted … as saying: the source's words, not the outlet's account of another act");
        assert_eq!(of(2), of(0), "…, the source added: words given that day, not how things stand");
        assert_eq!(of(3), None, "what residents say stands: the background");
    }

    #[test]
    fn the_outlets_account_of_another_happening_after_a_statement_is_no_mention_of_it() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 28).unwrap();
        let paragraphs: [&[&str]; 4] = [
            &["Putin considers it possible to continue the pause, Kremlin spokesman Dmitry Peskov told reporters Friday."],
            &["At the same time, Russia retains the right to support the Syrian army, he said."],
            &["The bombings prompted U.S. and European leaders to threaten possible sanctions."],
            &["The statement accused the rebels of failing to keep the truce.", "The pause will not affect the talks."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, friday);
        s[0].subject = Some(1);
        s[0].speaker = Some(1);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence)));
        assert_eq!(of(1), of(0), "he said: the statement");
        assert_eq!(of(2), None, "the bombings before the statement are not the statement, nor a happening of its day");
        assert_eq!(of(3), of(0), "what the statement said, told by the outlet");
        assert_eq!(of(4), of(0), "what the pause will be is no other happening");
        // Another party's act, told by the outlet, is no more of the ambassador's words.
        let mut other = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &[
                    "Russia's ambassador Vitaly Churkin downplayed the failed bid on Friday.",
                    "Saudi Arabia did win a seat on the council.",
                    "But since it was running unopposed, a seat was guaranteed.",
                ],
                &["Russia lost."],
            ],
            friday,
        );
        (other[0].subject, other[0].actors) = (Some(1), [1, 2].into());
        (other[1].actors, other[3].actors) = ([3].into(), [2].into());
        let t = threads(Some(PartialDate::day(friday)), &other);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "Saudi Arabia's seat");
        assert!(t.iter().all(|t| !t.members.contains(&(0, 2))), "the account goes on in its paragraph");
        assert!(t[0].members.contains(&(0, 3)), "the ambassador's state is no other party");
        // Not after a statement: the outlet's account goes on with the act.
        let mut act = facts(&mut Vocabulary::default(), 0, &[&["Russian jets struck Aleppo on Friday."], &["The bombings killed 20 people."]], friday);
        act[0].subject = Some(1);
        let t = threads(Some(PartialDate::day(friday)), &act);
        assert!(t[0].members.contains(&(0, 1)));
    }

    #[test]
    fn what_came_of_an_act_is_another_happening_and_the_outlets_reading_of_it_none() {
        let monday = NaiveDate::from_ymd_opt(2016, 11, 28).unwrap();
        let paragraphs: [&[&str]; 1] = [&[
            "Syria's rebels lost the northern neighborhoods of east Aleppo on Monday.",
            "The losses left the rebels with the south of the city.",
            "The regime's gains have prompted an exodus of desperate civilians.",
            "The rebel losses suggested it would only be a matter of time before the city fell.",
        ]];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, monday);
        s[0].subject = Some(1);
        let t = threads(Some(PartialDate::day(monday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence)));
        assert_eq!(of(1), of(0), "the losses told on, with no verb of causing, are the act");
        assert!(of(2).is_some() && of(2) != of(0), "the exodus is a happening of its own: {t:?}");
        assert_eq!(of(3), None, "the outlet's reading of the losses tells no happening");
        assert_eq!(after_an_act("The offensive has forced thousands to flee."), Some(AfterAnAct::Consequence));
        assert_eq!(after_an_act("Their advance signals a turn in the war."), Some(AfterAnAct::Reading));
        assert_eq!(after_an_act("The envoy prompted a debate."), None, "a person is no happening");
        assert_eq!(after_an_act("Rebels forced the army back."), None);
    }

    #[test]
    fn a_time_inside_a_reported_quote_does_not_date_the_statement() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 9, 20).unwrap();
        let article = Some(PartialDate::day(tuesday));
        let paragraphs: [&[&str]; 2] = [
            &["The army on Monday announced the end of the truce."],
            &[
                "\"Fighters broke the truce on Sunday in many places,\" the statement said.",
                "The statement said on September 13 that the truce would begin the next day.",
            ],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        for f in &mut s {
            f.subject = Some(0);
        }
        let t = threads(article, &s);
        let of = |sentence: usize| t.iter().find(|t| t.members.contains(&(0, sentence))).unwrap();
        assert!(of(0).members.contains(&(0, 1)), "the quoted day is what was said: the statement goes on with Monday's");
        assert_eq!(of(0).date.unwrap().to_string(), "2016-09-19");
        assert_eq!(of(2).date.unwrap().to_string(), "2016-09-13", "a time outside the quote still dates it");
    }

    #[test]
    fn an_undated_lead_naming_only_a_role_goes_on_with_the_sentence_naming_the_person() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 10, 11).unwrap();
        let article = Some(PartialDate::day(tuesday));
        let (johnson, mps) = (0, 1);
        let paragraphs: [&[&str]; 3] = [
            &["The Foreign Secretary wants demonstrations to take place outside the embassy."],
            &["Boris Johnson warned that the wells of outrage are growing exhausted."],
            &["Labour MPs urged tougher trade sanctions against Moscow."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, tuesday);
        (s[1].subject, s[2].subject) = (Some(johnson), Some(mps));
        let t = threads(article, &s);
        assert_eq!(t[0].members, vec![(0, 0), (0, 1)], "the role is Johnson, named next");
        assert_eq!(t[0].subjects, vec![johnson]);
        assert_eq!(t[1].members, vec![(0, 2)], "only the sentence right after the lead");
        // A lead that names who acts is a story of its own.
        s[0].subject = Some(mps);
        assert_eq!(threads(article, &s)[0].members, vec![(0, 0), (0, 2)]);
    }

    #[test]
    fn a_dated_act_naming_no_one_dates_the_undated_lead_whose_voice_reports_it() {
        let saturday = NaiveDate::from_ymd_opt(2016, 11, 26).unwrap();
        let article = Some(PartialDate::day(saturday));
        let army = 0;
        let paragraphs: [&[&str]; 3] = [
            &["The Syrian army says troops have captured a neighborhood 10 days after the government resumed its offensive."],
            &["Saturday's capture of the Hanano district came days after the government launched an offensive."],
            &["The army said troops have seized full control of the district."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, saturday);
        (s[0].subject, s[2].subject) = (Some(army), Some(army));
        let t = threads(article, &s);
        assert_eq!(t[0].members, vec![(0, 0), (0, 1), (0, 2)], "one capture, its day and its voice");
        assert!(!t[0].inferred, "Saturday is stated");
        // A dated sentence telling something else leaves the lead alone.
        let mut other = facts(&mut Vocabulary::default(), 0, &[paragraphs[0], &["Rebels on Saturday shelled a western district of the city."]], saturday);
        other[0].subject = Some(army);
        assert_eq!(threads(article, &other).len(), 2);
    }

    #[test]
    fn a_day_dating_another_verb_leaves_the_undated_lead_its_own_day() {
        let saturday = NaiveDate::from_ymd_opt(2018, 2, 24).unwrap();
        let article = Some(PartialDate::day(saturday));
        let council = 0;
        let paragraphs: [&[&str]; 2] = [
            &["The Security Council has unanimously approved a resolution demanding a ceasefire across the country."],
            &["The sponsors amended the resolution late on Friday to win support, dropping a demand that the ceasefire start at once."],
        ];
        let mut s = facts(&mut Vocabulary::default(), 0, &paragraphs, saturday);
        s[0].subject = Some(council);
        let t = threads(article, &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert_ne!(lead.date, Some(PartialDate::day(saturday.pred_opt().unwrap())), "Friday is the amendment's day, not the approval's");
    }

    #[test]
    fn what_is_under_way_is_no_summary_of_a_dated_act() {
        let act = "Thousands of rebels, led by Islamists, launched an offensive on Aleppo, the country's second-largest city.";
        let under_way =
            "Forces loyal to the regime, along with Russian troops, are carrying out airstrikes on towns and villages controlled by the opposition.";
        assert!(summary_score(act, 1, false) > summary_score(under_way, 2, false));
        // Unless someone says it.
        let said = "Forces loyal to the regime are carrying out airstrikes on towns and villages, the monitor said.";
        assert!(summary_score(said, 2, false) > summary_score(act, 1, false));
        // Nor is what keeps happening.
        let daily = "Rebel-held areas suffer heavy air strikes daily as pro-government forces try to retake territory lost to rebels two weeks ago in the southwest of Aleppo.";
        let wrote =
            "Twitter user Malcolmite wrote: \"It's not important if it goes viral, what's important is what is going to be done about it? #syrianboy.\"";
        assert!(summary_score(wrote, 0, false) > summary_score(daily, 0, false));
        assert!(says_how_often(daily) && !says_how_often("The dailyness of it.") && !says_how_often("Rebels suffer heavy air strikes."));
        assert!(!says_how_often("Families left the green coaches regularly used to transport civilians."));
    }

    #[test]
    fn a_sentence_adding_to_the_one_before_is_no_summary() {
        let own = "Government troops were ordered to withdraw safely from the main areas of the city where the rebels had entered.";
        assert!(summary_score(own, 1, false) > summary_score(&format!("In addition, {}", own.replacen('G', "g", 1)), 1, false));
        assert!(summary_score(own, 1, false) > summary_score(&format!("Moreover, {}", own.replacen('G', "g", 1)), 1, false));
    }

    #[test]
    fn no_comment_is_no_summary() {
        let said = "It said up to 35 Syrian soldiers were neutralised in retaliatory fire.";
        let silence = "There is no comment by the Syrian government.";
        assert!(summary_score(said, 0, true) > summary_score(silence, 1, false));
        assert!(tells_no_comment("The ministry did not respond to a request for comment.") && !tells_no_comment("The ministry commented."));
    }

    #[test]
    fn a_summary_score_never_exceeds_its_bound() {
        // The summary is chosen by reading scores only while a bound can beat the best.
        let sentences = [
            "Lavrov said Russia backs the plan to let fighters leave Aleppo with arms.",
            "He said so.",
            "\"For that period, the forces will halt strikes,\" said Gen. Sergei Rudskoi.",
            "After getting beaten out by Hungary and Croatia, the ambassador said the vote was unfair.",
            "Putin's cancellation is the latest blow after Russia vetoed a French resolution.",
            "Russia's campaign might have cost it a seat on the UN human rights council.",
            "The strikes went on through the night, though this",
            "On Saturday, Russia vetoed a French-drafted U.N. Security Council resolution on Aleppo.",
            "Russia and Iran have been staunch supporters of Assad in the war, now in its sixth year.",
        ];
        for text in sentences {
            for actors in 0..6 {
                for lead in [false, true] {
                    assert!(summary_score(text, actors, lead) <= summary_bound(text, actors, lead), "{text}");
                }
            }
        }
        assert_eq!(summary_score(sentences[0], 2, true), summary_bound(sentences[0], 2, true));
    }

    #[test]
    fn summaries_prefer_named_sentences() {
        assert!(summary_score("Lavrov said Russia backs the plan to let fighters leave Aleppo with arms.", 2, false) > summary_score("He said so.", 0, false));
        let cut = "The rebels said the strikes on the eastern districts went on through the night, killing dozens, though this";
        assert!(
            summary_score("The strikes went on through the night, the rebels said.", 1, false) > summary_score(cut, 1, false),
            "a sentence cut off by the page"
        );
    }

    #[test]
    fn summaries_prefer_a_named_actor_to_a_pronoun_after_a_frame() {
        let named = "On Friday, Assad labeled the U.S. strike “reckless” and “irresponsible.”";
        let pronoun = "In a statement he says the strikes were “shortsighted” and reflect a continuation of U.S. policy based on targeting people.";
        assert!(summary_score(named, 1, false) > summary_score(pronoun, 1, false));
        assert!(pronoun_after_frame(pronoun));
        assert!(pronoun_after_frame("Later that day they met again."));
        assert!(!pronoun_after_frame("In Moscow he said nothing."), "a name in the frame: no short lower-case frame");
        assert!(!pronoun_after_frame("The envoy said he would go."), "a subject before the pronoun");
        assert!(!pronoun_after_frame("On Friday, he said so."), "a comma frame is read by `continues`");
    }

    #[test]
    fn summaries_prefer_a_lead_to_the_tail_of_a_quote() {
        let lead = "Russian and Syrian forces will pause attacks on Aleppo for eight hours on Thursday, the defence ministry said on Monday.";
        let tail = "For that period, the air force and government forces will halt air strikes and all firing,\" said ministry official Sergei Rudskoy.";
        assert!(summary_score(lead, 3, true) > summary_score(tail, 4, false));
        assert!(closes_a_quote_begun_before(tail));
        assert!(closes_a_quote_begun_before("We will wait for this time to come.” Peskov said."));
        assert!(!closes_a_quote_begun_before("Rudskoy said: \"The pause will hold,\" and left."));
        assert!(!closes_a_quote_begun_before("Kerry called it a “lie” on Friday."));
        assert!(!closes_a_quote_begun_before("The pause will hold, Rudskoy said."));
        // The act itself over what came after it.
        let after = "After getting beaten out by Hungary and Croatia, the ambassador for Russia stated that they faced a good competition.";
        assert!(
            summary_score("Russia failed to win re-election to the Human Rights Council on Friday by two votes.", 2, false) > summary_score(after, 3, false)
        );
        // An act told over what may be, unless someone says it.
        assert!(
            summary_score("Russia has been kicked out of the UN human rights council.", 1, false)
                > summary_score("Russia's campaign might have cost it a seat on the UN human rights council.", 1, false)
        );
        assert_eq!(
            summary_score("Russia will introduce a 10-hour pause in Aleppo on Friday, Gen. Valery Gerasimov said.", 1, false),
            summary_score("Russia has introduced a 10-hour pause in Aleppo on Friday, Gen. Valery Gerasimov said.", 1, false)
        );
        // A sentence on its own over one answering the sentence before it.
        let answering = "But as warplanes mounted strikes on Friday morning, the two presidents pushed back against the call for a truce.";
        let own = "As warplanes mounted strikes on Friday morning, the two presidents pushed back against the call for a truce.";
        assert!(summary_score(own, 2, false) > summary_score(answering, 2, false));
        assert!(summary_score(answering, 2, false) <= summary_bound(answering, 2, false));
        // An act over how things stand, in no one's words.
        let standing = "Russia and militias allied with Iran and Hezbollah have been staunch supporters of Assad in his country's civil war.";
        let act = "Two nurses were killed while a doctor was injured after militants shelled a mobile military hospital in Zembla, the ministry said.";
        assert!(summary_score(act, 2, false) > summary_score(standing, 4, false));
        assert!(has_been_what(standing));
        assert!(!has_been_what("Aleppo has been fiercely contested since rebels captured several districts in 2012."));
        assert!(!has_been_what("Russian aircraft have been bombarding the districts."));
        assert!(!has_been_what("Russia has been kicked out of the council."));
        // The act itself over a sentence placing another act after it.
        let placed = "Putin's cancellation is the latest deterioration in ties between Moscow and the West after Russia vetoed a French-drafted resolution.";
        assert!(
            summary_score("On Saturday, Russia vetoed a French-drafted U.N. Security Council resolution on Aleppo.", 1, false)
                > summary_score(placed, 2, false)
        );
    }

    #[test]
    fn a_main_clause_that_tells_no_act_of_its_own() {
        assert!(tells_no_act_of_its_own("The loss of eastern Aleppo would be a devastating blow to Syria's rebels, who seized the area in 2012."));
        assert!(tells_no_act_of_its_own("They followed the collapse of a cease-fire deal negotiated in September."));
        assert!(tells_no_act_of_its_own("A cease-fire that went into effect on Sept. 12 is in grave jeopardy."));
        assert!(!tells_no_act_of_its_own("Russia's military made the request after militants tried and failed on Friday to break in."));
        assert!(!tells_no_act_of_its_own("Russia has vetoed a resolution France drafted on Monday."));
    }

    #[test]
    fn a_campaign_counted_in_days_or_a_toll_since_a_day_is_no_happening_even_in_the_lead() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 9, 27).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&[
                "In Syria, the Assad government and Russia are continuing a bombing campaign against Aleppo for the fourth straight day.",
                "As many as 100 people have died since Friday.",
                "Ban Ki-moon has expressed outrage at reports of bunker-busting bombs.",
            ]],
            tuesday,
        );
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let told: Vec<_> = t.iter().filter(|t| !t.background).flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        assert_eq!(told, vec![2], "only Ban's statement is a happening: {t:?}");
    }

    #[test]
    fn a_transcripts_questions_and_courtesies_are_no_happenings() {
        let thursday = NaiveDate::from_ymd_opt(2016, 11, 17).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&[
                "QUESTION: Did you talk about Russian bombing in Aleppo this week?",
                "SECRETARY KERRY: We talked about every aspect of Aleppo with the foreign minister today.",
                "Is the truce over?",
                "STAFF: All right, thanks, everyone.",
                "Thank you very much.",
            ]],
            thursday,
        );
        let t = threads(Some(PartialDate::day(thursday)), &s);
        let told: Vec<_> = t.iter().filter(|t| !t.background).flat_map(|t| t.members.iter().map(|m| m.1)).collect();
        assert_eq!(told, vec![1], "only Kerry's answer is a happening: {t:?}");
        assert!(!pleasantry("STAFF said the meeting was over."), "no label, and words beyond courtesies");
        assert!(!pleasantry("LAVROV: Thank you, and we agreed to meet again."));
    }

    #[test]
    fn a_date_tag_or_the_reports_note_on_itself_is_furniture() {
        assert!(furniture_sentence("(11/15/16)"));
        assert!(furniture_sentence("There was no comment by the Syrian Army at the time of publishing this report."));
        assert!(furniture_sentence("The ministry did not respond to a Request for Comment."));
        assert!(!furniture_sentence("The army said it had no comment on the strike."));
        assert!(!furniture_sentence("Russia vetoed the draft on Oct. 8."));
    }

    #[test]
    fn a_run_of_days_is_how_a_campaign_stands() {
        assert!(runs_day_after_day("Russia is continuing a bombing campaign against Aleppo for the fourth straight day."));
        assert!(runs_day_after_day("It came as they bombarded eastern Aleppo for the sixth consecutive day."));
        assert!(!runs_day_after_day("The pause will hold for a day, the ministry said."));
        assert!(!runs_day_after_day("A straight answer came the next day."));
    }

    /// A happening told across midnight is one happening of its first day.
    #[test]
    fn a_night_after_a_day_is_the_same_happening() {
        let monday = NaiveDate::from_ymd_opt(2012, 5, 28).unwrap();
        let passing = |text: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&["The council met on Sunday."], &[text]], monday);
            let mut days: Vec<String> =
                threads(Some(PartialDate::day(monday)), &s).iter().filter_map(|t| t.date.map(|d| d.to_string())).filter(|d| d != "2012-05-27").collect();
            days.sort();
            days
        };
        assert_eq!(passing("Observers said the killings that took place on 25 May and in the early hours of 26 May left 108 dead."), ["2012-05-25"]);
        assert_eq!(passing("Observers said the shelling of 25 May and the strike on 26 May left 108 dead."), ["2012-05-25", "2012-05-26"]);
        assert_eq!(passing("Observers said the killings on 24 May and in the early hours of 26 May left 108 dead."), ["2012-05-24", "2012-05-26"]);
    }

    /// "For its part, …" opens another party's act: it does not go on with the one before.
    #[test]
    fn another_partys_part_is_its_own_act() {
        let saturday = NaiveDate::from_ymd_opt(2018, 2, 10).unwrap();
        let told = |second: &str| {
            let s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["In the autumn of 2015, Israel and Russia agreed to exchange data on their operations in Syria.", second]],
                saturday,
            );
            threads(Some(PartialDate::day(saturday)), &s).iter().find(|t| t.members.contains(&(0, 1))).and_then(|t| t.date).map(|d| d.to_string())
        };
        assert_eq!(told("For its part, Russia expressed concern over the escalation.").as_deref(), Some("2018-02-10"));
        assert_eq!(told("Russia also expressed concern over the escalation.").as_deref(), Some("2015"));
    }

    /// A backdrop the outlet names as one is background, not a happening: the sentence
    /// placing a speaker's remarks against it starts no event of its own.
    #[test]
    fn a_backdrop_named_as_one_is_no_happening() {
        let backdrop =
            "His remarks came against the backdrop of his statements about a possible security agreement with Israel since he took power in December.";
        assert!(came_amid(backdrop).is_some());
        assert_eq!(placed_against(backdrop), None);
        let happening = "His remarks came against a vote in Congress that cut aid to the rebels.";
        assert!(placed_against(happening).is_some());
        let wednesday = NaiveDate::from_ymd_opt(2025, 9, 24).unwrap();
        let events = |second: &str| {
            let s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["The president told the General Assembly on Wednesday that the country would hold elections."], &[second]],
                wednesday,
            );
            threads(Some(PartialDate::day(wednesday)), &s).iter().filter(|t| !t.background).count()
        };
        assert_eq!(events(backdrop), 1);
        assert_eq!(events(happening), 2);
    }

    #[test]
    fn a_statement_is_dated_by_its_verb_not_by_what_it_talks_about() {
        let monday = NaiveDate::from_ymd_opt(2016, 10, 17).unwrap();
        let article = Some(PartialDate::day(monday));
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Russia will halt strikes for eight hours on Thursday, the defence ministry said on Monday."],
                &["The envoy said the war began in March 2011."],
            ],
            monday,
        );
        let t = threads(article, &s);
        assert_eq!(t[0].date.unwrap().to_string(), "2016-10-17", "'said on Monday' dates it, not the planned Thursday");
        let own = t.iter().find(|t| t.members.contains(&(0, 1)) && !t.background).unwrap();
        assert_eq!(own.date.unwrap().to_string(), "2016-10-17", "March 2011 is what the envoy spoke of");
        assert!(t.iter().any(|t| t.background && t.date.unwrap().to_string() == "2011-03"));
    }

    #[test]
    fn a_time_opening_the_sentence_dates_its_verb_of_saying_however_long_ago() {
        let tuesday = NaiveDate::from_ymd_opt(2020, 7, 7).unwrap();
        let article = Some(PartialDate::day(tuesday));
        let date_of = |text: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[text]], tuesday);
            let t = threads(article, &s);
            t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).and_then(|t| t.date).map(|d| d.to_string())
        };
        assert_eq!(date_of("In May, Russia's ambassador said: \"Do not waste your time.\"").as_deref(), Some("2020-05"));
        assert_eq!(date_of("In May, the ambassador said the crossings should close.").as_deref(), Some("2020-05"));
        // A phrase of circumstance may stand between the time and the clause.
        assert_eq!(
            date_of("In April, after the missile strike on an airbase, the ministry's spokeswoman said the accord was suspended.").as_deref(),
            Some("2020-04")
        );
        // Inside the clause the verb reports, it is what was spoken of.
        assert_eq!(date_of("The ambassador said that in May, the crossings closed.").as_deref(), Some("2020-07-07"));
    }

    /// "The resolution also calls for …" after a speaker's words on the vote: a term of the
    /// resolution the story opened on, told with its adoption, not with the speaker's words.
    #[test]
    fn a_documents_terms_go_with_the_act_that_made_it() {
        let friday = NaiveDate::from_ymd_opt(2015, 12, 18).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The UN Security Council on Friday unanimously approved a resolution endorsing a road map for peace in Syria."],
                &["“The time is now to stop the killing in Syria,” Secretary of State John Kerry told the council after the vote."],
                &["The resolution also calls for options for monitoring a ceasefire within one month."],
            ],
            friday,
        );
        let mut s = s;
        // The council acts in the lead; the secretary speaks in his own quote.
        s[0].subject = Some(1);
        (s[1].subject, s[1].speaker, s[1].person_acts) = (Some(2), Some(2), true);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence)) && !t.background);
        assert_ne!(of(0), of(1), "the secretary's words are his own event");
        assert_eq!(of(2), of(0));
        assert_eq!(document_point("The text called for talks.").map(|d| DOCUMENT_NOUNS[d]), Some("text"));
        assert_eq!(document_point("The council called for talks."), None);
    }

    /// A paragraph that retells the lead in most of its words, naming another subject ("The
    /// two leaders, along with Rouhani, spoke at a summit …" after "The presidents … met in a
    /// summit …"), tells the lead's act again.
    #[test]
    fn a_paragraph_retelling_the_lead_tells_its_act() {
        let friday = NaiveDate::from_ymd_opt(2018, 9, 7).unwrap();
        let lead = "The presidents of the three powers met in a high stakes summit in the capital to discuss the future of the country as a bloody military operation looms in the last rebel-held area.";
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &[lead],
                &["“We must find a reasonable way out,” the Turkish president said of the province."],
                &["The two leaders, along with the Iranian president, spoke at a summit meeting in the capital to discuss the future of the country as a bloody military operation looms in the last rebel-held area."],
            ],
            friday,
        );
        let mut s = s;
        s[0].subject = Some(1);
        (s[1].subject, s[1].speaker, s[1].person_acts) = (Some(2), Some(2), true);
        s[2].subject = Some(3);
        let t = threads(Some(PartialDate::day(friday)), &s);
        let of = |sentence: usize| t.iter().position(|t| t.members.contains(&(0, sentence)) && !t.background);
        assert_ne!(of(1), of(0));
        assert_eq!(of(2), of(0));
        assert!(!retells(&s[0].text, &s[1].text));
    }

    /// "Speaking Thursday at …, X said": the participle's time is when X spoke, not a time a
    /// relative clause later gives ("… agrees with the president who said Wednesday …").
    #[test]
    fn a_time_after_an_opening_participle_of_speaking_dates_the_statement() {
        let friday = NaiveDate::from_ymd_opt(2018, 12, 21).unwrap();
        let date_of = |text: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[text]], friday);
            let t = threads(Some(PartialDate::day(friday)), &s);
            t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).and_then(|t| t.date).map(|d| d.to_string())
        };
        let text = "Speaking Thursday at his annual news conference, the president said he agrees with the senator who said Wednesday that the war was won.";
        assert_eq!(date_of(text).as_deref(), Some("2018-12-20"));
        let text = "Speaking to reporters on Thursday, the minister said the talks had failed.";
        assert_eq!(date_of(text).as_deref(), Some("2018-12-20"));
        // A time after the comma belongs to the clause, read as before.
        let text = "Speaking at the summit, the minister said the senator had resigned on Wednesday.";
        assert_ne!(date_of(text).as_deref(), Some("2018-12-20"));
    }

    /// A verb of saying that is a noun's participle ("the weapons declared by Syria") makes no
    /// statement: the month the sentence states is its act's.
    #[test]
    fn a_participle_of_saying_makes_no_statement_of_the_sentence() {
        let sunday = NaiveDate::from_ymd_opt(2016, 11, 13).unwrap();
        let text = "In January of this year, the watchdog confirmed the destruction of all chemical weapons declared by the government.";
        let s = facts(&mut Vocabulary::default(), 0, &[&[text]], sunday);
        let t = threads(Some(PartialDate::day(sunday)), &s);
        let own = t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).unwrap();
        assert_eq!(own.date.map(|d| d.to_string()).as_deref(), Some("2016-01"));
    }

    #[test]
    fn undated_sentences_take_the_day_of_the_lead_when_it_is_shortly_before_the_report() {
        let sunday = NaiveDate::from_ymd_opt(2016, 9, 18).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Coalition jets struck Syrian troops near Deir ez-Zor on Saturday."], &["The army said the raid opened the way for an advance."]],
            sunday,
        );
        let t = threads(Some(PartialDate::day(sunday)), &s);
        let later = t.iter().find(|t| t.members.contains(&(0, 1))).unwrap();
        assert_eq!(later.date.unwrap().to_string(), "2016-09-17");
    }

    #[test]
    fn last_weeks_act_is_the_stated_day_of_that_week() {
        let monday = NaiveDate::from_ymd_opt(2016, 10, 3).unwrap();
        let threads_of = |second: &str| {
            let mut s = facts(
                &mut Vocabulary::default(),
                0,
                &[&["Kerry threatened on Wednesday to suspend contacts with Moscow."], &["The department cut the contacts."], &[second]],
                monday,
            );
            (s[0].subject, s[1].subject, s[2].subject) = (Some(1), Some(2), Some(1));
            threads(Some(PartialDate::day(monday)), &s)
        };
        // Wednesday 28 September is five days back, beyond the report lag, in last week.
        let t = threads_of("That comes after last week's threat by Kerry to suspend contacts.");
        let threat = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert!(threat.members.contains(&(0, 2)), "{t:?}");
        assert_eq!(threat.date.unwrap().to_string(), "2016-09-28");
        // Without "last week" the undated sentence stays of the report's day.
        let t = threads_of("That comes after a threat by Kerry to suspend contacts.");
        let told = t.iter().find(|t| t.members.contains(&(0, 2))).unwrap();
        assert_eq!(told.date.unwrap().to_string(), "2016-10-03");
    }

    #[test]
    fn an_act_of_a_past_week_is_none_of_the_reports_day() {
        let friday = NaiveDate::from_ymd_opt(2016, 12, 9).unwrap();
        let threads_of = |second: &str| {
            let mut s = facts(&mut Vocabulary::default(), 0, &[&["The General Assembly voted on Friday for a ceasefire in Syria.", second]], friday);
            (s[0].subject, s[1].subject) = (Some(1), Some(2));
            threads(Some(PartialDate::day(friday)), &s)
        };
        let t = threads_of("Russia and China this week vetoed a draft resolution on Aleppo.");
        let veto = t.iter().find(|t| t.members.contains(&(0, 1))).unwrap();
        assert!(!veto.members.contains(&(0, 0)), "{t:?}");
        // Monday to Thursday of the report's week: December 2016 on the page.
        let days = past_week_days(veto).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(days, Some(("2016-12-05".into(), "2016-12-08".into())));
        assert_eq!(veto.anchor.as_deref(), Some("this week"));
        let t = threads_of("The U.N. said last week that the war, which started in 2011, killed 300,000 civilians.");
        let said = t.iter().find(|t| t.members.contains(&(0, 1)) && !t.background).unwrap();
        assert_eq!(past_week_days(said).map(|(a, b)| (a.to_string(), b.to_string())), Some(("2016-11-28".into(), "2016-12-04".into())), "{t:?}");
        // A week inside a clause of its own dates that clause, not the sentence's act.
        let t = threads_of("The vote came since talks collapsed last week in Geneva.");
        let came = t.iter().find(|t| t.members.contains(&(0, 1)) && !t.background).unwrap();
        assert_eq!(past_week_days(came), None, "{t:?}");
    }

    #[test]
    fn an_undated_report_yields_its_date_only_to_the_same_voice_or_to_no_voice() {
        let thread = |day: u32, inferred: bool, subjects: Vec<usize>| Thread {
            date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2016, 9, day).unwrap())),
            inferred,
            articles: SortedSet::new(),
            subjects,
            ..Thread::of(&[(0, 0)])
        };
        let earnest_tuesday = thread(27, false, vec![5]);
        assert!(compatible(&earnest_tuesday, &thread(28, true, vec![7])).is_none(), "another speaker's undated report");
        assert!(compatible(&earnest_tuesday, &thread(28, true, vec![5, 7])).is_some(), "the same speaker");
        assert!(compatible(&earnest_tuesday, &thread(28, true, vec![])).is_some(), "a report naming no speaker");
    }

    #[test]
    fn a_sentence_never_becomes_the_background_point_it_mentions() {
        let tuesday = NaiveDate::from_ymd_opt(2016, 9, 20).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["The UN has suspended all aid convoys in Syria after an air strike hit a convoy late on Monday."]],
            tuesday,
        );
        let events = cluster(vec![threads(Some(PartialDate::day(tuesday)), &s)]);
        let told = events.iter().find(|e| e.members.contains(&(0, 0)) && !e.passing.contains(&(0, 0))).expect("the sentence tells an event");
        assert_eq!(told.date.unwrap().to_string(), "2016-09-20", "the suspension, not Monday's strike");
        assert!(events.iter().any(|e| e.background && e.date.unwrap().to_string() == "2016-09-19"));
    }

    #[test]
    fn a_voice_reporting_an_act_told_already_tells_that_act() {
        let wednesday = NaiveDate::from_ymd_opt(2016, 9, 28).unwrap();
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Kerry is threatening to cut off all contacts with Moscow."], &["The State Department says Kerry issued the ultimatum in a telephone call."]],
            wednesday,
        );
        s[0].subject = Some(1);
        s[1].subject = Some(4);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        assert_eq!(t.len(), 2, "another voice, another paragraph: apart without more");
        s[1].besides = Besides::boxed(Vec::new(), Some(1), None, None);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        assert_eq!(t.len(), 1, "the ministry reports Kerry's act");
        assert_eq!(t[0].members, vec![(0, 0), (0, 1)]);
    }

    #[test]
    fn a_count_later_is_counted_from_the_story_before_it() {
        let wednesday = NaiveDate::from_ymd_opt(2017, 5, 31).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Syrian troops captured Palmyra in March last year.", "IS forces recaptured the city eight months later."]],
            wednesday,
        );
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let later = t.iter().find(|t| t.members.contains(&(0, 1))).expect("told");
        assert_eq!(later.date, Some(PartialDate::month(2016, 11)), "{t:?}");
        let day = PartialDate::day(NaiveDate::from_ymd_opt(2016, 3, 27).unwrap());
        assert_eq!(crate::timex::later_than("two days later", day).map(|d| d.to_string()).as_deref(), Some("2016-03-29"));
        assert_eq!(crate::timex::later_than("a few days later", day), None, "no count to count");
        assert_eq!(crate::timex::later_than("two days earlier", day), None);
    }

    #[test]
    fn a_story_measured_from_an_act_months_before_is_a_framing() {
        let tuesday = NaiveDate::from_ymd_opt(2015, 12, 8).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["A Russian submarine struck Islamic State targets in Syria on Tuesday."],
                &["The development comes just over 2 months after Putin ordered a bombing campaign in Syria."],
            ],
            tuesday,
        );
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "{t:?}");
        assert!(measured_from_long_before("The visit came a year after the two fell out."));
        assert!(!measured_from_long_before("It came as a surprise after months of talks."), "no length before the link");
        assert!(!measured_from_long_before("The strike came hours after the talks ended."), "the story's own days");
    }

    #[test]
    fn what_stands_now_does_not_go_on_with_a_month_before() {
        let friday = NaiveDate::from_ymd_opt(2019, 2, 15).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The presidents met in Sochi on Thursday."],
                &["In December, Trump issued an unexpected order to pull out all 2,000 troops."],
                &["The Kurdish-led fighters are fighting to expel the jihadists from the town of Baghouz."],
            ],
            friday,
        );
        let t = threads(Some(PartialDate::day(friday)), &s);
        let december = t.iter().find(|t| t.members.contains(&(0, 1))).expect("told");
        assert_eq!(december.date, Some(PartialDate::month(2018, 12)));
        assert!(!december.members.contains(&(0, 2)), "{t:?}");
    }

    #[test]
    fn someone_else_at_the_occasion_goes_on_with_it() {
        let wednesday = NaiveDate::from_ymd_opt(2018, 5, 9).unwrap();
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Netanyahu attended the Victory Day parade in Moscow on Wednesday."], &["Serbian President Alexander Vucic was also a guest at the parade."]],
            wednesday,
        );
        s[0].subject = Some(1);
        s[1].subject = Some(2);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(attends_too(&Spaced::new("Lavrov also attended the talks.")) && attends_too(&Spaced::new("Shoigu also took part.")));
        assert!(!attends_too(&Spaced::new("Russia also vetoed a French draft.")) && !attends_too(&Spaced::new("It was also clear that talks failed.")));
    }

    #[test]
    fn the_one_whose_act_the_lead_reports_goes_on_with_it() {
        let tuesday = NaiveDate::from_ymd_opt(2022, 2, 15).unwrap();
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The ministry announced on Tuesday that Shoygu arrived in Syria to oversee the drills."],
                &["Shoygu visited the air base and the naval point at Tartus."],
            ],
            tuesday,
        );
        s[0].subject = Some(4);
        s[1].subject = Some(1);
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert_eq!(t.len(), 2, "another voice, another paragraph: apart without more");
        s[0].besides = Besides::boxed(Vec::new(), Some(1), None, None);
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].members, vec![(0, 0), (0, 1)]);
    }

    #[test]
    fn a_sentence_naming_who_acts_goes_on_with_a_story_of_its_day_that_named_no_one() {
        let sunday = NaiveDate::from_ymd_opt(2016, 11, 27).unwrap();
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Troops on Saturday seized a strategic district of Aleppo."],
                &["On Saturday the army stepped up its attacks from several directions."],
                &["On Saturday Russia's foreign minister met his Turkish counterpart."],
            ],
            sunday,
        );
        s[1].subject = Some(5);
        s[2].subject = Some(6);
        let t = threads(Some(PartialDate::day(sunday)), &s);
        assert!(t[0].members.contains(&(0, 1)), "the army names who seized the district");
        assert!(!t[0].members.contains(&(0, 2)), "once the story has its actor, another actor's day is another story");
    }

    #[test]
    fn an_undated_sentence_naming_who_acts_goes_on_with_a_dated_lead_that_named_no_one() {
        let wednesday = NaiveDate::from_ymd_opt(2016, 9, 28).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The United States threatened on Wednesday to halt talks with Moscow on the Syria war."],
                &["The threat, conveyed by telephone by Secretary of State John Kerry to Sergey Lavrov, was the sharpest yet."],
                &["In a separate development Lavrov met the envoy in Moscow."],
            ],
            wednesday,
        );
        // Kerry (actor 1) acts in the second sentence, Lavrov (actor 2) in the third.
        let mut s = s;
        s[1].subject = Some(1);
        s[2].subject = Some(2);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert!(lead.members.contains(&(0, 1)), "the threat is the lead's: {t:?}");
        // Only the lead's next sentence: a later one naming someone else starts its own story.
        assert!(!lead.members.contains(&(0, 2)), "{t:?}");
    }

    #[test]
    fn an_undated_lead_takes_the_day_of_the_statement_told_next() {
        let monday = NaiveDate::from_ymd_opt(2016, 10, 17).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The United States and Britain say they are weighing new sanctions."],
                &["After a meeting in London, Kerry said on Sunday crimes were occurring daily."],
                &["The two ministers called for more pressure on Moscow."],
            ],
            monday,
        );
        let t = threads(Some(PartialDate::day(monday)), &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert_eq!(lead.date.unwrap().to_string(), "2016-10-16", "the lead tells of Sunday's statement");
        let later = t.iter().find(|t| t.members.contains(&(0, 2))).unwrap();
        assert_eq!(later.date.unwrap().to_string(), "2016-10-16");
        // A date in the second sentence that is not a statement's says nothing of the lead.
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Russia is ready to back the envoy's plan."], &["The envoy offered on Thursday to escort the fighters out."]],
            monday,
        );
        let t = threads(Some(PartialDate::day(monday)), &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert_eq!(lead.date.unwrap().to_string(), "2016-10-17");
    }

    #[test]
    fn a_day_not_placed_leaves_a_sentence_undated_rather_than_dated_by_the_year_of_something_it_names() {
        let sentence = "Erdogan and Putin pointed out the Adana agreement signed between Turkey and Syria in 1998 during their meeting on Wednesday.";
        let mut s = facts(&mut Vocabulary::default(), 0, &[&[sentence]], NaiveDate::from_ymd_opt(2019, 1, 24).unwrap());
        for f in &mut s {
            f.timexes = timex::find(&f.text, None).into();
        }
        let t = threads(None, &s);
        let own = t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).unwrap();
        assert_eq!(own.date, None, "{t:?}");
        // The year still dates the agreement, in passing.
        assert!(t.iter().any(|t| t.background && t.date == Some(PartialDate::year(1998))), "{t:?}");
    }

    #[test]
    fn on_a_page_read_in_a_siblings_day_an_act_reported_the_day_before_is_of_that_day() {
        let wednesday = NaiveDate::from_ymd_opt(2016, 8, 31).unwrap();
        let killed: &[&str] = &["The group's spokesman was killed in northern Syria, its news agency announced on Tuesday."];
        let s = facts(&mut Vocabulary::default(), 0, &[killed], wednesday);
        let date_of = |siblings_day: bool| {
            let t = unjoined_threads(Some(PartialDate::day(wednesday)), &s, siblings_day);
            t.iter().find(|t| t.members.contains(&(0, 0)) && !t.background).map(|t| (t.date, t.inferred))
        };
        assert_eq!(date_of(true), Some((Some(PartialDate::day(wednesday.pred_opt().unwrap())), false)));
        // A page's own day is its story's (a trailing report's day dates no act).
        assert_eq!(date_of(false), Some((Some(PartialDate::day(wednesday)), true)));
    }

    #[test]
    fn a_sentence_naming_a_day_outside_a_story_of_a_year_does_not_go_on_with_it() {
        let tuesday = NaiveDate::from_ymd_opt(2021, 9, 14).unwrap();
        let paragraph: &[&str] = &["The two also met in Sochi in 2017 and in Moscow in 2015.", "Syrian state TV described Monday's meeting as long."];
        let s = facts(&mut Vocabulary::default(), 0, &[paragraph], tuesday);
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        let year = t.iter().find(|t| t.members.contains(&(0, 0)) && t.date == Some(PartialDate::year(2017))).expect("a story of 2017");
        assert!(!year.members.contains(&(0, 1)), "{t:?}");
        // Nor one naming a month of another year, in a speaker's words.
        let wednesday = NaiveDate::from_ymd_opt(2018, 1, 17).unwrap();
        let paragraph: &[&str] = &[
            "Assad used chemical weapons against his own people in 2013.",
            "In April 2017, the Trump administration responded with cruise missile strikes, he said.",
        ];
        let s = facts(&mut Vocabulary::default(), 0, &[paragraph], wednesday);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let year = t.iter().find(|t| t.members.contains(&(0, 0)) && t.date == Some(PartialDate::year(2013))).expect("a story of 2013");
        assert!(!year.members.contains(&(0, 1)), "{t:?}");
    }

    #[test]
    fn an_act_of_this_month_is_of_the_month_and_he_also_said_goes_on_with_it() {
        let wednesday = NaiveDate::from_ymd_opt(2022, 12, 28).unwrap();
        let lead: &[&str] = &["The defence ministers of the three countries met in Moscow on Wednesday."];
        let later: &[&str] = &["The Zembla president this month announced that he had proposed a trilateral mechanism."];
        let also: &[&str] = &["He also said he wanted to meet the Ruritanian leader."];
        let s = facts(&mut Vocabulary::default(), 0, &[lead, later, also], wednesday);
        let t = threads(Some(PartialDate::day(wednesday)), &s);
        let month = t.iter().find(|t| t.members.contains(&(0, 1))).expect("told");
        assert_eq!(month.date, Some(PartialDate::month(2022, 12)), "{t:?}");
        assert!(month.members.contains(&(0, 2)), "{t:?}");
        assert!(also_says(&Spaced::new("She also told reporters.")) && !also_says(&Spaced::new("He said also.")));
    }

    #[test]
    fn a_month_or_year_holds_the_days_within_it() {
        let (day, month, year) = (PartialDate::day(NaiveDate::from_ymd_opt(2017, 5, 17).unwrap()), PartialDate::month(2017, 5), PartialDate::year(2017));
        assert!(holds_day(year, Some(day)) && holds_day(month, Some(day)));
        assert!(!holds_day(PartialDate::month(2017, 6), Some(day)) && !holds_day(PartialDate::year(2016), Some(day)));
    }

    #[test]
    fn a_lead_stating_only_plans_takes_the_day_of_the_statement_after_it_told_where_said() {
        let saturday = NaiveDate::from_ymd_opt(2015, 10, 31).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Major powers to meet again in two weeks for a new round of talks."],
                &["Major powers meeting in Vienna have failed to reach an agreement on Syria."],
                &["\u{201c}There were tough conversations,\u{201d} US Secretary of State John Kerry said in a press conference on Friday."],
                &["French Foreign Minister Laurent Fabius earlier said that all issues were discussed."],
            ],
            saturday,
        );
        let t = threads(Some(PartialDate::day(saturday)), &s);
        for member in [(0, 0), (0, 3)] {
            let thread = t.iter().find(|t| t.members.contains(&member)).unwrap();
            assert_eq!(thread.date.unwrap().to_string(), "2015-10-30", "{member:?}: {t:?}");
        }
        // A past time before the statement is the lead's own, whatever it dates.
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Major powers to meet again in two weeks for a new round of talks."],
                &["Russian jets struck the city on Wednesday."],
                &["Kerry said in a press conference on Friday that talks would go on."],
                &["Fabius said that all issues were discussed."],
            ],
            saturday,
        );
        let t = threads(Some(PartialDate::day(saturday)), &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert_eq!(lead.date.unwrap().to_string(), "2015-10-31", "{t:?}");
    }

    #[test]
    fn what_keeps_happening_in_no_ones_words_is_no_mention() {
        let thursday = NaiveDate::from_ymd_opt(2023, 10, 12).unwrap();
        let told = |third: &str| {
            let lead = "Israeli warplanes struck the airports of Zembla on Thursday, state media said.";
            let quote = "\"In retaliation the army shelled posts in Quneitra,\" said Jane Roe, the head of the Zembla monitor.";
            let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &[quote, third]], thursday);
            threads(Some(PartialDate::day(thursday)), &s).iter().any(|t| !t.background && t.members.contains(&(0, 2)))
        };
        assert!(!told("Israel regularly bombs targets in neighbouring Zembla to stop its rival."));
        assert!(told("The monitor said Israel bombs targets in Zembla daily."), "someone's words");
        assert!(told("Israel bombs targets in Zembla, the monitor said, saying it does so daily."), "not in the main clause");
    }

    #[test]
    fn the_time_after_whom_someone_told_dates_the_telling() {
        let tuesday = NaiveDate::from_ymd_opt(2013, 12, 3).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&[
                "\u{201c}This convent opens its doors to everyone,\u{201d} Sayyaf told Fox News in 2010.",
                "Jane Roe told Reuters on Monday the nuns were safe.",
            ]],
            tuesday,
        );
        assert_eq!(dates_of(&s[0], Some(PartialDate::day(tuesday))).0.map(|(_, p)| p), Some(PartialDate::year(2010)));
        assert_eq!(dates_of(&s[1], Some(PartialDate::day(tuesday))).0.map(|(_, p)| p.to_string()).as_deref(), Some("2013-12-02"));
    }

    #[test]
    fn a_clause_of_what_the_speaker_did_as_he_spoke_dates_his_words() {
        let thursday = NaiveDate::from_ymd_opt(2019, 4, 4).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Netanyahu met Putin in Moscow on Thursday."],
                &["\u{201c}The Golan is a launching ground for attacks,\u{201d} Trump said when he signed the proclamation at the White House alongside Netanyahu on March 25."],
            ],
            thursday,
        );
        let t = threads(Some(PartialDate::day(thursday)), &s);
        let quote = t.iter().find(|t| t.members.contains(&(0, 1))).unwrap();
        assert_eq!(quote.date.unwrap().to_string(), "2019-03-25", "{t:?}");
        assert!(speaking_while(&["as", "he", "left", "on"]) && !speaking_while(&["after", "he", "left", "on"]));
    }

    #[test]
    fn an_undated_lead_takes_the_day_of_the_sentence_naming_its_happening_again() {
        let saturday = NaiveDate::from_ymd_opt(2016, 9, 10).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["After weeks of talks, the US and Russia reached an agreement on a truce in Syria."],
                &["The deal was announced by the two ministers in Geneva yesterday."],
                &["The Pentagon welcomed it."],
            ],
            saturday,
        );
        let t = threads(Some(PartialDate::day(saturday)), &s);
        for sentence in [0, 2] {
            let thread = t.iter().find(|t| t.members.contains(&(0, sentence))).unwrap();
            assert_eq!(thread.date.unwrap().to_string(), "2016-09-09", "sentence {sentence}");
        }
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert!(lead.members.contains(&(0, 1)) && !lead.inferred, "the lead and the sentence dating it are one act, of a stated day");
    }

    #[test]
    fn the_writers_assessment_is_no_mention() {
        let friday = NaiveDate::from_ymd_opt(2018, 1, 10).unwrap();
        let text = |t: &str| facts(&mut Vocabulary::default(), 0, &[&[t]], friday);
        assert!(assesses(
            &text("The attack appears to be the largest example to date of insurgents using drones and Russia said it had never faced such an attack.")[0]
        ));
        assert!(assesses(&text("It appears that the Kurds were forced to strike a deal.")[0]));
        assert!(!assesses(&text("Russia said the attack appears to be the largest to date.")[0]), "someone's statement");
        assert!(!assesses(&text("\"It appears to be a provocation,\" the minister said.")[0]), "a quote");
        assert!(!assesses(&text("The army appeared in the town.")[0]));
        assert!(assesses(&text("The loss of eastern Aleppo would be a potentially devastating blow to the rebels.")[0]), "what a thing would be");
        assert!(!assesses(&text("Kerry said a deal would be a step forward.")[0]), "someone's statement");
        assert!(assesses(&text("The group's choice of targets is a clear sign of its intention to inflame tensions.")[0]), "what a thing shows");
        assert!(!assesses(&text("The ministry said the visit is a sign of support.")[0]), "someone's statement");
        assert!(!assesses(&text("The reopening is a sign that relations will resume, experts say.")[0]), "theirs");
    }

    /// `describes_a_day` reading the connective only as far as it can go finds the body the
    /// search for the first ", " found.
    #[test]
    fn a_described_days_connective_is_the_one_the_search_found() {
        fn searched(text: &str) -> bool {
            let body = match text.split_once(", ") {
                Some((connective, rest)) if connective.split_whitespace().count() <= 2 && connective.chars().all(|c| c.is_alphabetic() || c == ' ') => rest,
                _ => text,
            };
            let mut words = body.split_whitespace();
            words.next().is_some_and(|w| crate::subject::WEEKDAYS.contains(&w)) && words.next().is_some_and(|w| DESCRIBING_A_DAY.contains(&w))
        }
        for text in [
            "In all, Friday marked the 11th time.",
            "Still, Tuesday is a holiday.",
            ", Tuesday is a holiday.",
            "In the end, Tuesday was calm.",
            "Both sides, Tuesday was calm.",
            "In 2016, Tuesday was calm.",
            "Indeed,Tuesday was calm.",
            "Indeed , Tuesday was calm.",
            "Ebenso, Tuesday was calm, Monday was not.",
            "Tuesday is, in all, a holiday.",
            "Tuesday is a holiday",
            "Tuesday",
            "",
            "Über alles, Tuesday was calm.",
            "In\tall, Tuesday was calm.",
        ] {
            assert_eq!(describes_a_day(text), searched(text), "{text:?}");
        }
    }

    #[test]
    fn a_described_day_and_commentators_views_are_no_mentions() {
        assert!(describes_a_day("Tuesday is the Russian Orthodox Christmas Day."));
        assert!(describes_a_day("In all, Friday marked the 11th time Russia has wielded its veto."));
        assert!(!describes_a_day("Tuesday's vote was the eleventh."));
        assert!(!describes_a_day("On Tuesday, the army attacked the town."));
        let tuesday = NaiveDate::from_ymd_opt(2020, 1, 7).unwrap();
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["Putin met Assad in Damascus on Tuesday."], &["Tuesday is the Russian Orthodox Christmas Day, marked since 1991."]],
            tuesday,
        );
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "neither a mention nor a point of its own");
        assert!(commentators_view("But observers have said it is unlikely that Assad will make concessions."));
        assert!(commentators_view("Analysts say the deal is fragile."));
        assert!(!commentators_view("Analysts at the bank said on Monday the deal was fragile."), "who spoke, on a day");
        assert!(!commentators_view("Observers from the UN reported shelling."));
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[&["The committee opened its first session in Geneva on Wednesday."], &["But many observers have said it is unlikely to agree soon."]],
            tuesday,
        );
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))));
        // A named analyst's undated view, too; a minister's words are the day's.
        let s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["Netanyahu met Putin in Moscow on Wednesday."],
                &["Russian affairs analyst Micky Aharonson of the Jerusalem Institute said that Russia is the one country trusted by both."],
                &["Foreign Minister Sergei Lavrov said that Russia is the one country trusted by both."],
            ],
            tuesday,
        );
        let t = threads(Some(PartialDate::day(tuesday)), &s);
        assert!(t.iter().all(|t| !t.members.contains(&(0, 1))), "{t:?}");
        assert!(t.iter().any(|t| t.members.contains(&(0, 2))), "{t:?}");
    }

    /// The verb of the lead names the happening the dated sentence opens with
    /// ("announced" … "The announcement on Sunday came as …"), though the lead names who
    /// acted and what the announcement "came as" is another act.
    #[test]
    fn an_undated_lead_naming_its_actor_takes_the_day_of_its_announcement() {
        let monday = NaiveDate::from_ymd_opt(2019, 10, 14).unwrap();
        let mut s = facts(
            &mut Vocabulary::default(),
            0,
            &[
                &["The Kurds have announced a deal with Damascus on a troop deployment near the border."],
                &["The announcement on Sunday came as the United States ordered the withdrawal of its force."],
                &["The offensive has killed scores of civilians."],
            ],
            monday,
        );
        s[0].subject = Some(4);
        let t = threads(Some(PartialDate::day(monday)), &s);
        let lead = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
        assert!(lead.members.contains(&(0, 1)), "the announcement is the lead's act");
        assert_eq!((lead.date.unwrap().to_string(), lead.inferred), ("2019-10-13".into(), false));
    }

    /// "Both developments took place late on Oct. 13": a word for any happening, told as
    /// taking place, dates the lead.
    #[test]
    fn developments_told_as_taking_place_date_the_undated_lead() {
        let monday = NaiveDate::from_ymd_opt(2019, 10, 14).unwrap();
        let lead = "Kurdish-led forces have reached a deal with the army, as the US said it would withdraw.";
        let dated = |second: &str| {
            let s = facts(&mut Vocabulary::default(), 0, &[&[lead], &[second], &["The offensive has killed scores of civilians."]], monday);
            let t = threads(Some(PartialDate::day(monday)), &s);
            let first = t.iter().find(|t| t.members.contains(&(0, 0))).unwrap();
            (first.date.unwrap().to_string(), first.members.contains(&(0, 1)))
        };
        assert_eq!(dated("Both developments took place late on Oct. 13, major victories for the government."), ("2019-10-13".into(), true));
        assert!(!dated("Both developments were welcomed on Oct. 13 by the government.").1, "welcomed that day, not taking place");
    }

    #[test]
    fn a_verb_names_the_happening_its_noun_does() {
        for (word, act) in
            [("announced", "announcement"), ("agreed", "agreement"), ("evacuated", "evacuation"), ("withdrawing", "withdrawal"), ("attacked", "attack")]
        {
            assert!(names_act(word, act), "{word} {act}");
        }
        for (word, act) in [("states", "statement"), ("stateless", "statement"), ("called", "call"), ("announcer", "announcement")] {
            assert!(!names_act(word, act), "{word} {act}");
        }
        assert_eq!(opening_act("Both developments took place late on Oct. 13.").as_deref(), Some("developments"));
    }

    #[test]
    fn the_same_speaker_on_the_same_day_is_one_statement_across_outlets_but_not_on_another_day() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let article = Some(PartialDate::day(friday));
        let mut v = Vocabulary::default();
        let mut with_speaker = |a: usize, text: &str| {
            let mut f = facts(&mut v, a, &[&[text]], friday);
            f[0].subject = Some(7);
            f
        };
        let mut all = threads(article, &with_speaker(0, "Lavrov said on Friday that Moscow backs the envoy's plan."));
        all.extend(threads(article, &with_speaker(1, "The minister set strict conditions for any fighters who stay behind.")));
        all.extend(threads(article, &with_speaker(2, "On Thursday the minister spoke of humanitarian deliveries.")));
        let events = cluster(vec![all]);
        let holding = |a: usize| events.iter().position(|e| e.members.iter().any(|m| m.0 == a)).unwrap();
        assert_eq!(holding(0), holding(1), "no shared words, but one speaker on one day");
        assert_ne!(holding(0), holding(2), "the same speaker on Thursday is another statement");
    }

    #[test]
    fn a_headline_joins_the_event_of_its_article_that_holds_its_words() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let mut v = Vocabulary::default();
        let story = facts(
            &mut v,
            0,
            &[
                &["Lavrov said Russia would back the envoy's plan to escort fighters out of Aleppo."],
                &["Separately, the Duma ratified a treaty on the air base."],
            ],
            friday,
        );
        let mut story = story;
        story[1].subject = Some(3);
        let mut events = cluster(vec![threads(Some(PartialDate::day(friday)), &story)]);
        for e in &mut events {
            e.articles = e.members.iter().map(|m| m.0).collect();
        }
        let mut headline = facts(&mut v, 0, &[&["Lavrov backs plan to escort fighters out of Aleppo"]], friday);
        headline[0].sentence = 9;
        let unrelated = {
            let mut h = facts(&mut v, 0, &[&["Weather: sunny spells"]], friday);
            h[0].sentence = 10;
            h
        };
        let all: Vec<SentenceFacts> = headline.into_iter().chain(unrelated).collect();
        attach_headings(&mut events, &all, |a, s| story.iter().find(|f| f.article == a && f.sentence == s).map(|f| &*f.words));
        let lavrov = events.iter().find(|e| e.members.contains(&(0, 0))).unwrap();
        assert!(lavrov.members.contains(&(0, 9)));
        assert!(events.iter().all(|e| !e.members.contains(&(0, 10))), "a heading sharing no words joins nothing");
        // A label of two words titles a section but tells nothing, even in the event's words.
        let label = {
            let mut h = facts(&mut v, 0, &[&["Escort Plan"]], friday);
            h[0].sentence = 11;
            h
        };
        assert!(!may_join(&label[0]));
        attach_headings(&mut events, &label, |a, s| story.iter().find(|f| f.article == a && f.sentence == s).map(|f| &*f.words));
        assert!(events.iter().all(|e| !e.members.contains(&(0, 11))), "a label joins nothing");
    }
    #[test]
    fn a_sub_heading_joins_the_section_it_titles() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let mut v = Vocabulary::default();
        let mut story =
            facts(&mut v, 0, &[&["The convoy attack on Monday killed twenty aid workers."], &["The army's response came after the attack on Friday."]], friday);
        story[1].sentence = 2;
        story[0].subject = Some(2);
        story[1].subject = Some(3);
        let mut events = cluster(vec![threads(Some(PartialDate::day(friday)), &story)]);
        for e in &mut events {
            e.articles = e.members.iter().map(|m| m.0).collect();
        }
        let holding = |events: &[Thread], s: usize| events.iter().position(|e| e.members.contains(&(0, s)));
        assert_ne!(holding(&events, 0), holding(&events, 2), "two happenings");
        // Both sentences hold two of its three words: the one after it is the section it titles.
        let mut heading = facts(&mut v, 0, &[&["Convoy attack response"]], friday);
        heading[0].sentence = 1;
        let mut with_next = events.clone();
        attach_headings(&mut with_next, &heading, |a, s| story.iter().find(|f| f.article == a && f.sentence == s).map(|f| &*f.words));
        assert_eq!(holding(&with_next, 1), holding(&with_next, 2));
        // Away from the section, the tie goes to the earlier event, as for a headline.
        heading[0].sentence = 9;
        attach_headings(&mut events, &heading, |a, s| story.iter().find(|f| f.article == a && f.sentence == s).map(|f| &*f.words));
        assert_eq!(holding(&events, 9), holding(&events, 0));
    }
}
