//! Linking across outlets by the whole telling: two events of other articles that tell
//! one happening in their own words.
//!
//! Clustering ([`crate::events::cluster`]) joins a thread to the event holding its most
//! similar *sentence*; outlets that tell one act in different sentences ("ready to
//! support", "prepared to back") share few words sentence by sentence but many over
//! their whole telling: the names, the place, the specific nouns. Here each event is
//! the set of content words of all its sentences, weighted by how rare each word is
//! (idf over sentences), and two events of compatible dates join when the cosine of
//! those sets is high. Candidates come from an inverted index of the rarer words, so
//! the cost grows with similar events, not with the square of their number.

use crate::events::{absorb, compatible_within, own_background, Thread, REPORT_LAG_DAYS};
use crate::timex::PartialDate;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Cosine of two events' weighted word sets needed to join them.
const MIN_COSINE: f64 = 0.25;
/// Words in more sentences than this share of the corpus are not indexed.
const MAX_SHARE: f64 = 0.05;
/// Longest posting list read: a word in more events says little about which one.
const MAX_POSTINGS: usize = 64;

/// Joins events that tell one happening; `words(article, sentence)` gives a sentence's
/// content-word ids (sorted, distinct) and `sentences` how many there are in all.
pub fn link<'a>(events: Vec<Thread>, words: impl Fn(usize, usize) -> Option<&'a [u32]> + Sync, is_person: impl Fn(usize) -> bool + Sync) -> Vec<Thread> {
    // Each event's words, on every core, and each word's document frequency over the
    // events' sentences (by word id).
    let bags: Vec<Vec<u32>> = events.par_iter().map(|e| bag_of(e, &words)).collect();
    let (df, sentences) = document_frequencies(&events, &words);
    if sentences == 0 {
        return events;
    }
    let weight_of = |w: u32| (sentences as f64 / df.get(w as usize).copied().filter(|n| *n > 0).unwrap_or(1) as f64).ln().powi(2);
    // Each word's squared idf, computed once: pairs are scored word by word, and a hash
    // lookup and a logarithm per word and pair were most of linking's time.
    let known = bags.iter().flatten().max().map_or(0, |m| *m as usize + 1);
    let weights: Vec<f64> = (0..known as u32).map(weight_of).collect();
    let idf2 = |w: u32| weights.get(w as usize).copied().unwrap_or_else(|| weight_of(w));
    let norms: Vec<f64> = bags.iter().map(|b| b.iter().map(|w| idf2(*w)).sum::<f64>().sqrt()).collect();
    let planned = planned_days(&events);
    let leads = leads_of(&events);
    // The leads of each day, which may share no rarer word (see `leads_of`).
    let mut leads_by_day: FxHashMap<PartialDate, Vec<usize>> = FxHashMap::default();
    for (e, event) in events.iter().enumerate().filter(|(e, _)| !leads[*e].is_empty()) {
        if let Some(day) = event.date.filter(|d| d.day.is_some()) {
            leads_by_day.entry(day).or_default().push(e);
        }
    }
    leads_by_day.retain(|_, list| list.len() <= MAX_POSTINGS);
    // In a small corpus every word is "common" by share: index the rarer few anyway.
    let rare = (sentences as f64 * MAX_SHARE).max(8.0) as u32;
    let is_rare = |w: &&u32| df[**w as usize] <= rare;
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (e, bag) in bags.iter().enumerate().filter(|(e, _)| !events[*e].background) {
        for w in bag.iter().filter(is_rare) {
            postings.entry(*w).or_default().push(e);
        }
    }
    // What a person said on a day, by (person, day): its tellings may share no rarer word.
    let mut spoken: FxHashMap<(usize, PartialDate), Vec<usize>> = FxHashMap::default();
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background && e.says) {
        let Some(day) = event.date.filter(|d| d.day.is_some()) else { continue };
        for x in event.subjects.iter().filter(|x| is_person(**x)) {
            spoken.entry((*x, day)).or_default().push(e);
        }
    }
    // And what a body said on a day, through its spokesperson or in its own name.
    let voiced: FxHashSet<usize> = events.iter().filter_map(|e| e.voice_of).collect();
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background && e.says) {
        let Some(day) = event.date.filter(|d| d.day.is_some()) else { continue };
        for x in event.subjects.iter().filter(|x| !is_person(**x) && voiced.contains(x)).chain(&event.voice_of) {
            spoken.entry((*x, day)).or_default().push(e);
        }
    }
    spoken.retain(|_, list| list.len() <= MAX_POSTINGS);
    // Candidate pairs share a rarer word or a speaker's day; each is then scored on all
    // its words, each event's pairs on every core (the order they come in does not
    // matter: sorted below). Each core keeps its marks of one event's words and of one
    // sentence's (`Marks`), and each event's told sentences are read once (`told`).
    let told: Vec<OnceLock<Told<'a>>> = (0..events.len()).map(|_| OnceLock::new()).collect();
    let told_of = |e: usize| told[e].get_or_init(|| told_sentences(&events[e], &words, &idf2));
    let pairs_of = |marks: &mut Marks, a: usize| -> Vec<(f64, usize, usize)> {
        let mut candidates: Vec<usize> = Vec::new();
        for w in bags[a].iter().filter(is_rare) {
            let list = &postings[w];
            if list.len() <= MAX_POSTINGS {
                candidates.extend(list.iter().copied().filter(|b| *b > a));
            }
        }
        if let Some(day) = events[a].date {
            for x in events[a].subjects.iter().chain(&events[a].voice_of) {
                candidates.extend(spoken.get(&(*x, day)).into_iter().flatten().copied().filter(|b| *b > a));
            }
            if let Some(day) = day.as_naive().filter(|_| !leads[a].is_empty()) {
                for lag in -REPORT_LAG_DAYS..=REPORT_LAG_DAYS {
                    let near = PartialDate::day(day + chrono::Duration::days(lag));
                    let leads_with_a = |b: &usize| *b > a && leads_of_one_day(&events[a], &events[*b], &leads[a], &leads[*b]);
                    candidates.extend(leads_by_day.get(&near).into_iter().flatten().copied().filter(leads_with_a));
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut pairs = Vec::new();
        if candidates.is_empty() {
            return pairs;
        }
        // Whether `a`'s told sentences are marked in `marks.sentences` (at the first pair
        // that compares sentences).
        let mut sentences_marked = false;
        // The idf-weighted dot product of `a`'s bag and each candidate's (a walk of both
        // sorted sets), read as a test of each candidate word's bit among `a`'s.
        marks.bag.mark(&bags[a], true);
        for b in candidates {
            let other_articles =
                events[a].articles.iter().any(|x| !events[b].articles.contains(x)) || events[b].articles.iter().any(|x| !events[a].articles.contains(x));
            // (Two events of the same pages each holding another page's lead are two
            // tellings, which clustering left apart.)
            let leads_one_day = leads_of_one_day(&events[a], &events[b], &leads[a], &leads[b]);
            if !other_articles && !leads_one_day {
                continue;
            }
            let cosine = marks.bag.dot(&bags[b], &idf2) / (norms[a] * norms[b]).max(f64::EPSILON);
            // Or one sentence of each, of different articles, telling the same thing; or
            // an announcement of the same plan by the same actor on the same day; or one
            // person's words on one day.
            let cosine = if cosine >= MIN_COSINE {
                cosine
            } else if cosine >= MIN_PLAN_COSINE && same_plan(&events[a], &events[b], &planned[a], &planned[b])
                || cosine >= MIN_SPEAKER_COSINE && one_persons_words(&events[a], &events[b], &is_person)
                || cosine >= MIN_VOICE_COSINE && one_bodys_words(&events[a], &events[b])
                || cosine >= MIN_LEAD_COSINE && leads_one_day
            {
                MIN_COSINE
            } else {
                if !sentences_marked {
                    marks.mark_sentences(told_of(a), true);
                    sentences_marked = true;
                }
                best_sentence_pair(told_of(a), told_of(b), &marks.sentences, &idf2).min(MIN_COSINE)
            };
            if cosine >= MIN_COSINE {
                pairs.push((cosine, a, b));
            }
        }
        marks.bag.mark(&bags[a], false);
        if sentences_marked {
            marks.mark_sentences(told_of(a), false);
        }
        pairs
    };
    let new_marks = || Marks { bag: WordMarks::for_sets(bags.iter().map(|b| b.as_slice())), sentences: vec![0; known] };
    let mut pairs: Vec<(f64, usize, usize)> =
        (0..events.len()).into_par_iter().filter(|a| !events[*a].background).map_init(new_marks, pairs_of).flatten_iter().collect();
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    // Best pairs first; a pair joins when the two events (as they have grown) still
    // agree on the date. (Whom the subjects speak for is not asked: one act has
    // several voices, the state's and its opponents'.)
    let mut events: Vec<Option<Thread>> = events.into_iter().map(Some).collect();
    let mut into: Vec<usize> = (0..events.len()).collect();
    // A pair whose dates do not agree yet is asked again after every other pair: a report
    // dated only by its page may by then have joined the telling that states its day.
    let mut deferred = Vec::new();
    for (cosine, a, b) in pairs {
        if !join_pair(&mut events, &mut into, cosine, a, b) {
            deferred.push((cosine, a, b));
        }
    }
    for (cosine, a, b) in deferred {
        join_pair(&mut events, &mut into, cosine, a, b);
    }
    events.into_iter().flatten().collect()
}

/// The day each page's lead thread was dated by, when only its report's day dated it
/// (`threads`: each page's threads, before clustering joins them to other pages').
pub fn inferred_leads(threads: &[Vec<Thread>]) -> FxHashMap<usize, PartialDate> {
    let mut out = FxHashMap::default();
    for page in threads {
        // A lead that itself names another act's day ("the Turkish military who came under
        // fire on February 27 were among the militants, the ministry told reporters")
        // tells its own act apart from that one, whatever telling of it it joins.
        let told_in_passing: Vec<(usize, usize)> = page.iter().filter(|t| t.background).flat_map(|t| t.members.iter().copied()).collect();
        let names_another_day = |t: &Thread| t.members.iter().min().is_some_and(|first| told_in_passing.contains(first));
        for (thread, led) in page.iter().zip(leads_of(page)).filter(|(t, _)| t.inferred && !names_another_day(t)) {
            if let Some(day) = thread.date.filter(|d| d.day.is_some()) {
                out.extend(led.into_iter().map(|a| (a, day)));
            }
        }
    }
    out
}

/// A page whose lead, dated only by its report's day, joined a telling that states its
/// day up to [`REPORT_LAG_DAYS`] before: the page's other events dated only by the
/// report's day take the stated one too ("Rouhani appeared to back Putin … in his opening
/// remarks", in a report of the next day on the summit), as its undated sentences take
/// the day its lead states ([`crate::events`]'s lead date).
pub fn follow_the_leads(events: &mut [Thread], inferred_leads: &FxHashMap<usize, PartialDate>) {
    if inferred_leads.is_empty() {
        return;
    }
    let leads = leads_of(events);
    let mut stated: FxHashMap<usize, (PartialDate, PartialDate)> = FxHashMap::default();
    for (e, pages) in events.iter().zip(&leads).filter(|(e, _)| !e.inferred && !e.speakers_day) {
        let Some(day) = e.date.and_then(|d| d.as_naive()) else { continue };
        for page in pages {
            let Some(report) = inferred_leads.get(page).copied() else { continue };
            let lag = report.as_naive().map(|r| (r - day).num_days());
            if lag.is_some_and(|lag| (1..=REPORT_LAG_DAYS).contains(&lag)) {
                stated.insert(*page, (report, PartialDate::day(day)));
            }
        }
    }
    // (An event dated only by a speaker's "today" is as undated: the words were said on
    // the day of the act the report's lead told.)
    for e in events.iter_mut().filter(|e| e.inferred || e.speakers_day) {
        let Some(report) = e.date else { continue };
        let followed = |page: &usize| stated.get(page).filter(|(r, _)| *r == report).map(|(_, day)| *day);
        let Some(day) = e.articles.iter().find_map(followed) else { continue };
        // Another page in it follows the same lead, or is dated by the same report's day
        // alone (an undated page read in that report's week).
        let all_follow = e.articles.iter().all(|p| followed(p).map_or(inferred_leads.get(p) == Some(&report), |d| d == day));
        if all_follow {
            e.date = Some(day);
            (e.inferred, e.speakers_day) = (true, false);
        }
    }
}

/// Joins the events holding `a` and `b` (roots by `into`) when their dates agree; false
/// when they do not (yet).
fn join_pair(events: &mut [Option<Thread>], into: &mut [usize], cosine: f64, a: usize, b: usize) -> bool {
    let root = |into: &mut [usize], mut e: usize| {
        while into[e] != e {
            into[e] = into[into[e]];
            e = into[e];
        }
        e
    };
    let (a, b) = (root(into, a), root(into, b));
    if a == b {
        return true;
    }
    let (Some(ea), Some(eb)) = (&events[a], &events[b]) else { return true };
    if own_background(ea, eb) {
        return true;
    }
    // Told alike over the whole, an undated report is the stated act shortly before
    // it whoever the two name as subject (a blog's "Russia is no longer on the
    // council" and the agency's "Hungary and Croatia beat Russia"): clustering, which
    // compares sentence by sentence, asks for a common voice; here the telling answers.
    // Told nearly alike, an undated retelling weeks later ("As part of the agreement,
    // the U.S. and Russia agreed to …") is the stated act it retells.
    let lag = if cosine >= RETOLD_COSINE { RETOLD_LAG_DAYS } else { REPORT_LAG_DAYS };
    let Some((date, inferred)) = compatible_within(ea, eb, false, lag) else { return false };
    let taken = events[b].take().expect("a root holds its event");
    absorb(events[a].as_mut().expect("a root holds its event"), taken, date, inferred);
    into[b] = a;
    true
}

/// Cosine from which an undated event is a retelling of a stated act up to
/// `RETOLD_LAG_DAYS` before it.
const RETOLD_COSINE: f64 = 0.5;
const RETOLD_LAG_DAYS: i64 = 21;

/// Cosine enough for two tellings of one person's words on one day (see [`one_persons_words`]).
const MIN_SPEAKER_COSINE: f64 = 0.05;

/// Cosine enough for two announcements of one plan (see [`same_plan`]).
const MIN_PLAN_COSINE: f64 = 0.15;
/// Cosine needed by one body's words of one day, told in its name and its spokesperson's.
const MIN_VOICE_COSINE: f64 = 0.09;

/// Cosine enough for the leads of two pages of one day (see [`leads_of`]).
const MIN_LEAD_COSINE: f64 = 0.11;

/// The pages whose lead each event tells: each page's lead is its first sentence that
/// any event (not a background point) tells. A page leads with its main happening,
/// so the leads of two pages of one day that share this many words tell one happening,
/// though each names another subject (the strike and the monitor's toll of it; the
/// ministry's statement on a crash and the crash): later threads, which turn to other
/// acts and reactions of the day, need the full `MIN_COSINE`.
fn leads_of(events: &[Thread]) -> Vec<Vec<usize>> {
    let mut first: FxHashMap<usize, usize> = FxHashMap::default();
    for (article, sentence) in events.iter().filter(|e| !e.background).flat_map(|e| &e.members) {
        first.entry(*article).and_modify(|s| *s = (*s).min(*sentence)).or_insert(*sentence);
    }
    let led = |e: &Thread| e.members.iter().filter(|(a, s)| first[a] == *s).map(|(a, _)| *a).collect();
    events.iter().map(|e| if e.background { Vec::new() } else { led(e) }).collect()
}

/// Two events that hold the leads of two different pages of one day: dated to the same
/// day, or one inferred at its report's day and the other stated up to
/// [`REPORT_LAG_DAYS`] before it ("Russian jets damaged a US drone, CENTCOM said this
/// morning" and "A Russian fighter damaged a U.S. drone on Sunday").
fn leads_of_one_day(a: &Thread, b: &Thread, a_leads: &[usize], b_leads: &[usize]) -> bool {
    let day = |e: &Thread| e.date.filter(|d| d.day.is_some()).and_then(|d| d.as_naive());
    let (Some(day_a), Some(day_b)) = (day(a), day(b)) else { return false };
    let reported_after = |report: &Thread, lag: i64| report.inferred && (0..=REPORT_LAG_DAYS).contains(&lag);
    let one_day = day_a == day_b || reported_after(a, (day_a - day_b).num_days()) || reported_after(b, (day_b - day_a).num_days());
    one_day && a_leads.iter().any(|x| b_leads.iter().any(|y| x != y))
}

/// The later days each telling event's sentences state in passing: the plans it
/// announces ("will pause attacks … on Thursday", said on Monday). Background points
/// hold the sentences that state them as passing members.
fn planned_days(events: &[Thread]) -> Vec<Vec<PartialDate>> {
    let mut stated: FxHashMap<(usize, usize), Vec<PartialDate>> = FxHashMap::default();
    for point in events.iter().filter(|e| e.background) {
        for member in &point.passing {
            stated.entry(*member).or_default().extend(point.date);
        }
    }
    let later = |e: &Thread, d: &PartialDate| match (e.date.and_then(|x| x.as_naive()), d.as_naive()) {
        (Some(own), Some(day)) => day > own,
        _ => false,
    };
    events
        .iter()
        .map(|e| {
            let mut days: Vec<PartialDate> = e.members.iter().filter_map(|m| stated.get(m)).flatten().filter(|d| later(e, d)).copied().collect();
            days.sort_unstable();
            days.dedup();
            days
        })
        .collect()
}

/// Two tellings of the same day by a common actor that announce a plan for the same
/// later day tell one announcement: outlets word its terms differently ("will pause
/// attacks for eight hours on Thursday", "a humanitarian pause will be introduced on
/// Thursday"), but the day announced and who announced it are theirs alike.
fn same_plan(a: &Thread, b: &Thread, a_days: &[PartialDate], b_days: &[PartialDate]) -> bool {
    a.date.is_some() && a.date == b.date && a.actors.iter().any(|x| b.actors.contains(x)) && a_days.iter().any(|d| b_days.contains(d))
}

/// Two tellings of what one person said on one day: a press conference told by one
/// outlet with its summary ("Merkel described the talks as difficult") and by another
/// with the quote ("These were harsh and difficult talks," Merkel said) share few words
/// but the speaker and the day. Only a person: a state or a body speaks through many.
fn one_persons_words(a: &Thread, b: &Thread, is_person: &impl Fn(usize) -> bool) -> bool {
    let same_day = a.date.is_some_and(|d| d.day.is_some()) && a.date == b.date;
    same_day && a.says && b.says && a.subjects.iter().any(|x| is_person(*x) && b.subjects.contains(x))
}

/// Two tellings of what one body said on one day, one in its own name and one through
/// its spokesperson ("The Russian Defense Ministry said …", "…, Konashenkov said"). A body
/// says more in a day than a person does: they need more words in common.
fn one_bodys_words(a: &Thread, b: &Thread) -> bool {
    let same_day = a.date.is_some_and(|d| d.day.is_some()) && a.date == b.date;
    let voice_of = |x: &Thread, y: &Thread| x.voice_of.is_some_and(|v| y.subjects.contains(&v));
    same_day && a.says && b.says && (voice_of(a, b) || voice_of(b, a))
}

/// The content words of an event's sentences, sorted and distinct.
fn bag_of<'a>(event: &Thread, words: &impl Fn(usize, usize) -> Option<&'a [u32]>) -> Vec<u32> {
    // Held through the whole of linking, one bag an event: at its length (collected a member
    // at a time, its capacity was up to twice its members' words, duplicates included).
    crate::sorted_set::sorted_distinct(event.members.iter().filter_map(|&(a, s)| words(a, s)).flatten().copied())
}

/// How many of the events' sentences hold each word (by word id), and how many sentences
/// there are; counted on every core, then summed.
fn document_frequencies<'a>(events: &[Thread], words: &(impl Fn(usize, usize) -> Option<&'a [u32]> + Sync)) -> (Vec<u32>, usize) {
    let count = |(mut df, mut sentences): (Vec<u32>, usize), event: &Thread| {
        for ws in event.members.iter().filter_map(|&(a, s)| words(a, s)) {
            sentences += 1;
            for &w in ws {
                if df.len() <= w as usize {
                    df.resize(w as usize + 1, 0);
                }
                df[w as usize] += 1;
            }
        }
        (df, sentences)
    };
    let sum = |(mut a, n): (Vec<u32>, usize), (b, m): (Vec<u32>, usize)| {
        if a.len() < b.len() {
            a.resize(b.len(), 0);
        }
        a.iter_mut().zip(&b).for_each(|(x, y)| *x += y);
        (a, n + m)
    };
    events.par_iter().fold(|| (Vec::new(), 0), count).reduce(|| (Vec::new(), 0), sum)
}

/// Cosine of two sentences' idf-weighted words needed for their events to join.
const MIN_SENTENCE_COSINE: f64 = 0.35;
/// How many of an event's told (not passing) sentences are compared one by one.
const SENTENCES_COMPARED: usize = 24;

/// An event's told (not passing) sentences compared one by one: each one's article, words
/// and norm (the square root of its words' summed squared idf).
type Told<'a> = Vec<(usize, &'a [u32], f64)>;

/// The first `SENTENCES_COMPARED` told sentences of `e` that have words.
fn told_sentences<'a>(e: &Thread, words: &impl Fn(usize, usize) -> Option<&'a [u32]>, idf2: &impl Fn(u32) -> f64) -> Told<'a> {
    let norm = |w: &[u32]| w.iter().map(|x| idf2(*x)).sum::<f64>().sqrt();
    e.members.iter().filter(|m| !e.passing.contains(m)).take(SENTENCES_COMPARED).filter_map(|&(art, s)| words(art, s).map(|w| (art, w, norm(w)))).collect()
}

/// Whether two sentences of norms `na` and `nb` can reach `MIN_SENTENCE_COSINE`: their
/// dot product is a sum of some of either one's (non-negative) squared idfs, added in
/// the same order as its norm's, so it is at most the smaller norm squared and their
/// cosine at most the smaller norm over the larger (the margin covers the roundings).
fn may_reach_sentence_cosine(na: f64, nb: f64) -> bool {
    na.min(nb) >= MIN_SENTENCE_COSINE * na.max(nb) * (1.0 - 1e-9)
}

/// `MIN_COSINE` when some told sentence of `a` and one of `b`, from different articles,
/// are alike enough (idf cosine ≥ `MIN_SENTENCE_COSINE`), else 0. `sentences` holds, by
/// word, the bit of each of `a`'s told sentences that has it ([`Marks::mark_sentences`]):
/// each sentence of `b` is read once against all of `a`'s, its shared words' weights added
/// to each of theirs in its (rising) order, as a walk of the two sets adds them.
fn best_sentence_pair(told_a: &Told, told_b: &Told, sentences: &[u32], idf2: &impl Fn(u32) -> f64) -> f64 {
    for &(art_b, wb, nb) in told_b {
        let compared = told_a
            .iter()
            .enumerate()
            .filter(|(_, (art_a, _, na))| *art_a != art_b && may_reach_sentence_cosine(*na, nb))
            .fold(0u32, |bits, (i, _)| bits | 1 << i);
        if compared == 0 {
            continue;
        }
        let mut dots = [0.0f64; SENTENCES_COMPARED];
        for &w in wb {
            let mut bits = sentences[w as usize] & compared;
            if bits == 0 {
                continue;
            }
            let weight = idf2(w);
            while bits != 0 {
                dots[bits.trailing_zeros() as usize] += weight;
                bits &= bits - 1;
            }
        }
        let mut bits = compared;
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            if dots[i] / (told_a[i].2 * nb).max(f64::EPSILON) >= MIN_SENTENCE_COSINE {
                return MIN_COSINE;
            }
            bits &= bits - 1;
        }
    }
    0.0
}

/// Each core's marks of one event's words: of its bag, and of its told sentences (by
/// word, a bit for each sentence that has it).
struct Marks {
    bag: WordMarks,
    sentences: Vec<u32>,
}

// A bit for each sentence compared.
const _: () = assert!(SENTENCES_COMPARED <= 32);

impl Marks {
    fn mark_sentences(&mut self, told: &Told, on: bool) {
        for (i, (_, words, _)) in told.iter().enumerate() {
            for &w in words.iter() {
                if on {
                    self.sentences[w as usize] |= 1 << i;
                } else {
                    self.sentences[w as usize] = 0;
                }
            }
        }
    }
}

/// One event's words as bits, to score it against many others: `full_dot` walks both
/// sets for each pair, a test of each other word's bit is about half the work.
struct WordMarks(Vec<u64>);

impl WordMarks {
    /// Room for every word of `sets` (sorted sets: each one's last word is its largest).
    fn for_sets<'a>(sets: impl Iterator<Item = &'a [u32]>) -> WordMarks {
        let largest = sets.filter_map(|w| w.last()).max().map_or(0, |w| *w as usize + 1);
        WordMarks(vec![0; largest.div_ceil(64)])
    }

    fn mark(&mut self, words: &[u32], on: bool) {
        for &w in words {
            let (slot, bit) = (w as usize / 64, 1u64 << (w % 64));
            if on {
                self.0[slot] |= bit;
            } else {
                self.0[slot] &= !bit;
            }
        }
    }

    /// `full_dot` of the marked words and `words`: the shared words are added in the
    /// same (rising) order, so the sum is the same to the bit.
    fn dot(&self, words: &[u32], idf2: &impl Fn(u32) -> f64) -> f64 {
        let marked = |w: u32| self.0.get(w as usize / 64).is_some_and(|slots| slots & (1u64 << (w % 64)) != 0);
        words.iter().filter(|w| marked(**w)).map(|w| idf2(*w)).fold(0.0, |dot, weight| dot + weight)
    }
}

/// The idf-weighted dot product of two sorted word sets (`idf2`: a word's squared idf),
/// as a walk of both: what [`WordMarks::dot`] computes, to the bit.
#[cfg(test)]
fn full_dot(a: &[u32], b: &[u32], idf2: &impl Fn(u32) -> f64) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += idf2(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::Vocabulary;
    use crate::timex::PartialDate;
    use chrono::NaiveDate;

    #[test]
    fn sentences_read_at_once_score_as_each_pair_walked() {
        let idf2 = |w: u32| if w.is_multiple_of(7) { 0.0 } else { 1.0 / (w as f64 + 0.5) };
        let norm = |w: &[u32]| w.iter().map(|x| idf2(*x)).sum::<f64>().sqrt();
        // Sentences of a few words out of a small vocabulary, in two articles.
        let sets: Vec<Vec<u32>> = (0..40u32).map(|i| (0..60u32).filter(|w| (w * 7 + i * 13) % (3 + i % 5) == 0).collect()).collect();
        let known = 60;
        let mut outcomes = [0; 2];
        for first in 0..16 {
            let told_a: Told = (first..first + 24).map(|i| (i % 2, sets[i].as_slice(), norm(&sets[i]))).collect();
            let mut marks = Marks { bag: WordMarks::for_sets(std::iter::empty()), sentences: vec![0; known] };
            marks.mark_sentences(&told_a, true);
            for second in 0..16 {
                let told_b: Told = (second..second + 1 + second % 5).map(|i| (i % 3, sets[39 - i].as_slice(), norm(&sets[39 - i]))).collect();
                let walked = told_a.iter().any(|&(art_a, wa, na)| {
                    told_b.iter().any(|&(art_b, wb, nb)| art_a != art_b && full_dot(wa, wb, &idf2) / (na * nb).max(f64::EPSILON) >= MIN_SENTENCE_COSINE)
                });
                let read = best_sentence_pair(&told_a, &told_b, &marks.sentences, &idf2);
                assert_eq!(read, if walked { MIN_COSINE } else { 0.0 }, "{first} {second}");
                outcomes[walked as usize] += 1;
            }
            marks.mark_sentences(&told_a, false);
            assert!(marks.sentences.iter().all(|bits| *bits == 0));
        }
        // Both answers are given.
        assert!(outcomes.iter().all(|n| *n > 0), "{outcomes:?}");
    }

    #[test]
    fn marked_words_score_a_pair_as_the_walk_of_both_sets_does() {
        let idf2 = |w: u32| 1.0 / (w as f64 + 0.5);
        let sets: Vec<Vec<u32>> =
            vec![vec![], vec![0], vec![3, 4, 5, 63, 64, 500, 1190], (0..40).map(|i| i * 29).collect(), (0..400).map(|i| i * 7 + i % 5).collect()];
        for a in &sets {
            let mut marked = WordMarks::for_sets(std::iter::once(a.as_slice()));
            marked.mark(a, true);
            for b in &sets {
                assert_eq!(marked.dot(b, &idf2).to_bits(), full_dot(a, b, &idf2).to_bits());
            }
            marked.mark(a, false);
            assert!(marked.0.iter().all(|slots| *slots == 0));
        }
    }

    fn event(article: usize, sentences: usize, day: u32, inferred: bool) -> Thread {
        let members: Vec<(usize, usize)> = (0..sentences).map(|s| (article, s)).collect();
        Thread { date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2016, 10, day).unwrap())), inferred, ..Thread::of(&members) }
    }

    #[test]
    fn two_tellings_in_other_words_join_and_other_happenings_stay_apart() {
        let texts: [&[&str]; 4] = [
            &["The State Department suspended bilateral talks with Moscow on the Syrian truce.", "Spokesman John Kirby blamed Russian bombing of Aleppo."],
            &["Washington suspended its bilateral contacts with Russia over the Syrian truce.", "Spokesman Kirby cited Russian jets bombing Aleppo hospitals."],
            &["The Duma ratified a treaty on the Russian air group at Hmeimim.", "Deputies voted for the deal without debate."],
            &[
                "Kirby said the bilateral channel on the truce was suspended, citing the bombing of Aleppo.",
                "The spokesman said the decision was not taken lightly.",
            ],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let events = vec![event(0, 2, 3, false), event(1, 2, 3, true), event(2, 2, 3, true), event(3, 2, 9, false)];
        let linked = link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        let holding = |article: usize| linked.iter().position(|e| e.articles.contains(&article)).unwrap();
        assert_eq!(holding(0), holding(1), "one suspension told in other words");
        assert_ne!(holding(0), holding(2), "the Duma vote of the same day is another happening");
        assert_ne!(holding(0), holding(3), "six days later is another day");
    }

    #[test]
    fn an_undated_report_told_alike_takes_the_day_of_the_act_whatever_its_subject() {
        let texts: [&[&str]; 3] = [
            &["Hungary and Croatia beat Russia in the vote for the rights council seats.", "Russia lost its seat on the rights council by two votes."],
            &["Russia is no longer on the rights council after Hungary and Croatia won the seats.", "Croatia beat Russia by two votes."],
            &["The Duma ratified a treaty on the air group at Hmeimim.", "Deputies voted for the deal without debate."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let mut stated = event(0, 2, 28, false);
        stated.subjects = vec![1];
        let mut report = event(1, 2, 30, true);
        report.subjects = vec![2];
        let linked = link(vec![stated, report, event(2, 2, 28, true)], |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        let holding = |article: usize| linked.iter().find(|e| e.articles.contains(&article)).unwrap();
        assert!(holding(1).articles.contains(&0), "the blog's report is the vote");
        assert_eq!(holding(1).date.unwrap().to_string(), "2016-10-28");
        assert!(!holding(2).articles.contains(&0), "the Duma vote is another happening");
    }

    #[test]
    fn two_announcements_of_one_plan_by_one_actor_join_in_other_words() {
        // Monday's announcement of Thursday's pause, told in other words by two outlets
        // after their pages' leads on other news; the third, the same day's welcome by
        // another actor, announces nothing.
        let texts: [&[&str]; 3] = [
            &[
                "Fighting went on in Aleppo as forces shelled the eastern districts.",
                "At a press conference in Moscow the defence ministry announced that forces will halt attacks in Aleppo.",
                "A humanitarian pause will be introduced on Thursday and last eight hours.",
            ],
            &["Aid convoys waited for hours outside Aleppo.", "Russian and Syrian forces will pause attacks on Aleppo for eight hours on Thursday so that rebels can leave, the defence ministry said on Monday."],
            &["The United Nations welcomed the announcement of the pause in Aleppo."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let ministry = |mut e: Thread| {
            e.actors.insert(7);
            e
        };
        let thursday = |article: usize, sentence: usize| {
            let mut point = event(article, 0, 20, false);
            point.members = vec![(article, sentence)];
            point.passing = [(article, sentence)].into_iter().collect();
            point.background = true;
            point
        };
        // Each telling after its page's lead (sentence 0).
        let after_lead = |mut e: Thread| {
            e.members.iter_mut().for_each(|m| m.1 += 1);
            e
        };
        let events = |actor_b: bool| {
            let b = after_lead(if actor_b { ministry(event(1, 1, 17, false)) } else { event(1, 1, 17, false) });
            let leads = [event(0, 1, 17, false), event(1, 1, 17, false)];
            let mut all = vec![after_lead(ministry(event(0, 2, 17, false))), b, event(2, 1, 17, false), thursday(0, 2), thursday(1, 1)];
            all.extend(leads);
            all
        };
        let link_all = |events| link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        let linked = link_all(events(true));
        let telling = |article: usize| (article, (article < 2) as usize);
        let holding = |linked: &[Thread], article: usize| linked.iter().position(|e| !e.background && e.members.contains(&telling(article))).unwrap();
        assert_eq!(holding(&linked, 0), holding(&linked, 1), "one announcement of Thursday's pause");
        assert_ne!(holding(&linked, 0), holding(&linked, 2), "the welcome is another act");
        let unlinked = link_all(events(false));
        assert_ne!(holding(&unlinked, 0), holding(&unlinked, 1), "without a common actor the plan alone does not join them");
    }

    #[test]
    fn one_persons_words_on_one_day_join_in_other_words_and_a_states_do_not() {
        // One outlet sums up the chancellor's press conference, another quotes her: few
        // words in common but the speaker and the day. The third is her words of the
        // next day.
        let texts: [&[&str]; 3] = [
            &["Merkel described the late night talks in Berlin as difficult and confronted Russia about the bombardment of civilians."],
            &["\"These were harsh and difficult talks,\" Merkel said.", "\"The bombings that are being carried out are inhumane,\" she said."],
            &["Merkel said on Thursday that the sanctions against Moscow would be discussed in Brussels."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        const MERKEL: usize = 5;
        let hers = |e: Thread| Thread { subjects: vec![MERKEL], says: true, ..e };
        let events = || vec![hers(event(0, 1, 19, true)), hers(event(1, 2, 19, true)), hers(event(2, 1, 20, false))];
        let link_with = |is_person: fn(usize) -> bool| link(events(), |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), is_person);
        let holding = |linked: &[Thread], article: usize| linked.iter().position(|e| e.articles.contains(&article)).unwrap();
        let linked = link_with(|a| a == MERKEL);
        assert_eq!(holding(&linked, 0), holding(&linked, 1), "one press conference");
        assert_ne!(holding(&linked, 0), holding(&linked, 2), "her words of another day");
        let state = link_with(|_| false);
        assert_ne!(holding(&state, 0), holding(&state, 1), "a state or a body speaks through many: not joined on its name alone");
    }

    #[test]
    fn a_bodys_words_and_its_spokespersons_of_one_day_join_in_other_words() {
        // One outlet tells the ministry's statement, another its spokesman's words of the
        // same day; a third, his words of the next day.
        let texts: [&[&str]; 3] = [
            &[
                "The defence ministry said the reconnaissance plane was hit off the coast late on Monday as it returned to its base.",
                "It blamed Israeli fighters for the loss of the crew.",
            ],
            &["\"The Israeli pilots used the reconnaissance plane as a shield and pushed it into the line of fire,\" the spokesman said of the loss."],
            &["The spokesman said the recovery of the wreckage from the sea would take weeks."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        const MINISTRY: usize = 3;
        const SPOKESMAN: usize = 4;
        let events = |voice_of: Option<usize>| {
            let ministry = Thread { subjects: vec![MINISTRY], says: true, ..event(0, 2, 18, false) };
            let his = |e: Thread| Thread { subjects: vec![SPOKESMAN], says: true, voice_of, ..e };
            vec![ministry, his(event(1, 1, 18, false)), his(event(2, 1, 19, false))]
        };
        let link_with = |voice_of| link(events(voice_of), |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |a| a == SPOKESMAN);
        let holding = |linked: &[Thread], article: usize| linked.iter().position(|e| e.articles.contains(&article)).unwrap();
        let linked = link_with(Some(MINISTRY));
        assert_eq!(holding(&linked, 0), holding(&linked, 1), "one statement of the ministry");
        assert_ne!(holding(&linked, 0), holding(&linked, 2), "his words of another day");
        let unvoiced = link_with(None);
        assert_ne!(holding(&unvoiced, 0), holding(&unvoiced, 1), "a spokesman of no known body is his own voice");
    }

    #[test]
    fn the_leads_of_two_pages_of_one_day_join_on_fewer_words_and_later_threads_do_not() {
        // Two pages lead with one strike through other voices (the civil defence, a war
        // monitor); the third page is other news. Their words overlap less than
        // `MIN_COSINE` asks.
        let strike = "Russian warplanes bombed a vegetable market in Jisr al-Shughur on Sunday, killing nine people, the civil defence said.";
        let toll = "A war monitor said eleven people were killed in Russian raids on Idlib, six of them in the market town of Jisr al-Shughur.";
        let texts: [&[&str]; 3] = [
            &[strike, "Rescue teams searched the rubble for survivors.", "Farmers sell fruit there every morning."],
            &["The Kremlin gave no comment on the week's talks.", toll, "The monitor blamed retaliation for drone attacks on the air base."],
            &["The Duma ratified a treaty on the air group at Hmeimim.", "Deputies voted for the deal without debate."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let thread = |article: usize, sentences: std::ops::Range<usize>| {
            let members: Vec<(usize, usize)> = sentences.map(|s| (article, s)).collect();
            Thread { date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2023, 6, 25).unwrap())), ..Thread::of(&members) }
        };
        let link_with = |toll_leads: bool| {
            let mut events = vec![thread(0, 0..3), thread(1, 1..3), thread(2, 0..2)];
            if !toll_leads {
                events.push(thread(1, 0..1));
            }
            link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false)
        };
        let joined = |linked: &[Thread]| linked.iter().any(|e| e.members.contains(&(0, 0)) && e.members.contains(&(1, 1)));
        assert!(joined(&link_with(true)), "the page's lead is the strike told through its toll");
        assert!(!joined(&link_with(false)), "after another lead, the same words are too few");
        assert!(link_with(true).iter().all(|e| !e.articles.contains(&2) || e.articles.len() == 1), "the Duma vote is other news");
    }

    #[test]
    fn two_events_of_the_same_pages_each_holding_one_pages_lead_join() {
        // Clustering left each page's lead in an event with another page's later
        // sentences: the two events span the same pages, each holding another page's
        // lead of the same day. Their words overlap less than `MIN_COSINE` asks.
        let texts: [&[&str]; 2] = [
            &[
                "Russian warplanes bombed a vegetable market in Jisr al-Shughur on Sunday, killing nine people, the civil defence said.",
                "Rescue teams searched the rubble for survivors.",
                "The monitor blamed retaliation for drone attacks on the air base.",
            ],
            &[
                "A war monitor said eleven people were killed in Russian raids on Idlib, six of them in the market town of Jisr al-Shughur.",
                "Farmers sell fruit there every morning.",
                "Rescuers said the toll could rise.",
            ],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let of = |members: &[(usize, usize)], day: u32, inferred: bool| Thread {
            date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2023, 6, day).unwrap())),
            inferred,
            ..Thread::of(members)
        };
        let link_on = |second_day: u32, inferred: bool| {
            let events = vec![of(&[(0, 0), (1, 1)], 25, false), of(&[(1, 0), (0, 1), (0, 2), (1, 2)], second_day, inferred)];
            link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false)
        };
        assert_eq!(link_on(25, false).len(), 1, "two tellings of the strike");
        assert_eq!(link_on(26, false).len(), 2, "another day's lead is another happening");
        // A lead dated only by its report's day ("…, the command said this morning") is
        // the act stated shortly before it.
        let reported = link_on(27, true);
        assert_eq!(reported.len(), 1, "a report two days later");
        assert_eq!(reported[0].date.unwrap().to_string(), "2023-06-25");
        assert_eq!(link_on(25 + REPORT_LAG_DAYS as u32 + 1, true).len(), 2, "a report too long after");
    }

    #[test]
    fn a_pair_whose_dates_disagree_is_asked_again_after_the_others() {
        // One outlet's quote of the commander, dated only by its page (the 25th), is the
        // same words in another outlet's page dated only by its own (the 24th): two inferred
        // days, no date to agree on. That page's telling of the act then joins a third
        // page's, which states the 23rd; asked again, the quote joins them.
        let quote = "The fighter's blatant disregard for flight safety is reckless, the commander said.";
        let texts: [&[&str]; 3] = [
            &[quote],
            &[quote, "A Russian jet damaged the American drone with flares over Syria."],
            &["A Russian jet damaged the American drone with flares over Syria on Sunday."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        let events = vec![event(0, 1, 25, true), event(1, 2, 24, true), event(2, 1, 23, false)];
        let linked = link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        assert_eq!(linked.len(), 1, "{:?}", linked.iter().map(|e| &e.members).collect::<Vec<_>>());
        assert_eq!(linked[0].date.unwrap().to_string(), "2016-10-23");
    }

    #[test]
    fn a_pages_events_dated_by_its_report_follow_the_day_its_lead_joined() {
        let at = |article: usize, sentence: usize, day: u32, inferred: bool| Thread {
            date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2016, 10, day).unwrap())),
            inferred,
            ..Thread::of(&[(article, sentence)])
        };
        // Page 0's lead is dated only by its report (the 15th); page 1 states the 14th.
        let threads = vec![vec![at(0, 3, 15, true), at(0, 0, 15, true)], vec![at(1, 0, 14, false)]];
        let leads = inferred_leads(&threads);
        assert_eq!(leads.get(&0), Some(&PartialDate::day(NaiveDate::from_ymd_opt(2016, 10, 15).unwrap())));
        assert!(!leads.contains_key(&1), "a stated lead");
        // A lead that names another act's day (a background thread of its own sentence)
        // follows no telling of that act.
        let mut aside = at(0, 0, 14, false);
        aside.background = true;
        let naming = inferred_leads(&[vec![at(0, 3, 15, true), at(0, 0, 15, true), aside]]);
        assert!(naming.is_empty(), "{naming:?}");
        let mut joined = at(1, 0, 14, false);
        joined.members.push((0, 0));
        joined.articles = [0, 1].into_iter().collect();
        let mut events = vec![joined, at(0, 3, 15, true), at(0, 4, 10, true), at(2, 0, 15, true)];
        follow_the_leads(&mut events, &leads);
        let days: Vec<String> = events.iter().map(|e| e.date.unwrap().to_string()).collect();
        assert_eq!(days, ["2016-10-14", "2016-10-14", "2016-10-10", "2016-10-15"], "only the page's events of its report's day");
        assert!(events[1].inferred);
        // An event dated only by a speaker's "today" in quoted words is as undated; one dated
        // by the page's own words is not.
        let mut quoted = at(0, 6, 15, false);
        quoted.speakers_day = true;
        let mut joined = at(1, 0, 14, false);
        joined.members.push((0, 0));
        joined.articles = [0, 1].into_iter().collect();
        let mut events = vec![joined, quoted, at(0, 7, 15, false)];
        follow_the_leads(&mut events, &leads);
        let days: Vec<String> = events.iter().map(|e| e.date.unwrap().to_string()).collect();
        assert_eq!(days, ["2016-10-14", "2016-10-14", "2016-10-15"]);
        assert!(events[1].inferred && !events[1].speakers_day);
        // With an undated page read in the report's week (page 3, its lead dated by that
        // day alone), an event of both pages follows too; with a page dated on its own
        // (page 2, whose lead states the 15th), it does not.
        let threads = vec![vec![at(0, 0, 15, true)], vec![at(1, 0, 14, false)], vec![at(2, 0, 15, false)], vec![at(3, 0, 15, true)]];
        let leads = inferred_leads(&threads);
        let both = |other: usize| {
            let mut e = at(0, 5, 15, true);
            e.members.push((other, 1));
            e.articles = [0, other].into_iter().collect();
            e
        };
        let mut joined = at(1, 0, 14, false);
        joined.members.push((0, 0));
        joined.articles = [0, 1].into_iter().collect();
        let mut events = vec![joined, both(3), both(2)];
        follow_the_leads(&mut events, &leads);
        let days: Vec<String> = events.iter().map(|e| e.date.unwrap().to_string()).collect();
        assert_eq!(days, ["2016-10-14", "2016-10-14", "2016-10-15"]);
    }

    #[test]
    fn an_undated_retelling_weeks_later_told_nearly_alike_is_the_stated_act() {
        let texts: [&[&str]; 4] = [
            &["The United States and Russia agreed on a cease-fire in Syria and joint strikes on Nusra militants in Geneva."],
            &["As part of the agreement, the United States and Russia agreed on a cease-fire in Syria and joint strikes on Nusra militants."],
            &["The Duma ratified a treaty on the air group at Hmeimim.", "Deputies voted for the deal without debate."],
            &["Russia and the United States traded blame over Syria."],
        ];
        let mut vocabulary = Vocabulary::default();
        let words: Vec<Vec<Vec<u32>>> = texts.iter().map(|a| a.iter().map(|s| vocabulary.words(s)).collect()).collect();
        // Stated on the 9th; the retelling and a vaguely alike report undated, on the 19th.
        let events = vec![event(0, 1, 9, false), event(1, 1, 19, true), event(2, 2, 19, true), event(3, 1, 19, true)];
        let linked = link(events, |a, s| words.get(a).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        let holding = |article: usize| linked.iter().find(|e| e.articles.contains(&article)).unwrap();
        assert!(holding(1).articles.contains(&0), "the retelling is the deal of the 9th");
        assert_eq!(holding(1).date.unwrap().to_string(), "2016-10-09");
        assert!(!holding(3).articles.contains(&0), "a report alike in a few words is not dated ten days back");
    }

    #[test]
    fn one_sentence_told_alike_joins_tellings_that_differ_elsewhere() {
        // Two long tellings of one crash: most of their sentences differ (background,
        // other voices), but one sentence of each tells the crash in nearly the same words.
        let filler_a = [
            "The carrier group sailed past Gibraltar last month.",
            "Its journey drew Western navies' attention.",
            "Malta refused to refuel the ships.",
            "Critics called the voyage a show of force.",
            "The group carries about twenty jets.",
            "Analysts doubted its combat value.",
        ];
        let filler_b = [
            "Moscow has deployed warplanes in Syria since last year.",
            "The government asked for that support.",
            "Air strikes on eastern districts stopped weeks ago.",
            "Rescue crews brought the airman back aboard.",
            "He was said to be fit for duty.",
            "The ministry gave no further details.",
        ];
        let mut a: Vec<&str> = vec!["A MiG-29 fighter jet crashed into the Mediterranean during a training flight from the Admiral Kuznetsov."];
        a.extend(filler_a);
        let mut b: Vec<&str> = vec!["A MiG-29 jet crashed into the Mediterranean shortly after a training flight from the Admiral Kuznetsov."];
        b.extend(filler_b);
        let mut vocabulary = Vocabulary::default();
        let mut words: Vec<Vec<Vec<u32>>> = vec![a.iter().map(|s| vocabulary.words(s)).collect(), b.iter().map(|s| vocabulary.words(s)).collect()];
        // A third, unrelated event of the day, so the corpus has common words.
        words.push(["The Duma ratified a treaty on the air group.", "Deputies voted without debate."].iter().map(|s| vocabulary.words(s)).collect());
        let events = vec![event(0, a.len(), 14, false), event(1, b.len(), 14, true), event(2, 2, 14, true)];
        let linked = link(events, |art, s| words.get(art).and_then(|w| w.get(s)).map(Vec::as_slice), |_| false);
        let holding = |article: usize| linked.iter().position(|e| e.articles.contains(&article)).unwrap();
        assert_eq!(holding(0), holding(1), "the crash, told alike in one sentence of each");
        assert_ne!(holding(0), holding(2));
    }
}
