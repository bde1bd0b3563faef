//! The stages in order: articles → dates → reuse → actors → time → events.
//! Each stage lives in its own module; this one only wires them together.

use crate::actors::{self, Registry};
use crate::events::{self, SentenceFacts};
use crate::timex::{self, PartialDate};
use crate::{article, headline, quotes, reuse, subject, Input, Source};
use chrono::{Datelike, NaiveDate};
use newsline_model::*;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::ops::Range;

/// Stage timings on stderr when `NEWSLINE_TIMINGS` is set (for profiling).
struct Timer(Option<std::time::Instant>);

impl Timer {
    fn start() -> Self {
        Timer(std::env::var_os("NEWSLINE_TIMINGS").map(|_| std::time::Instant::now()))
    }
    fn lap(&mut self, stage: &str) {
        if let Some(start) = self.0 {
            eprintln!("newsline: {stage}: {:.0} ms{}", start.elapsed().as_secs_f64() * 1000.0, memory());
            self.0 = Some(std::time::Instant::now());
        }
    }
}

/// The process's resident and peak memory, where Linux tells them (for profiling).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| status.lines().find(|l| l.starts_with(name)).map(|l| l[name.len()..].trim().to_string());
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(rss), Some(peak)) => format!(" (resident {rss}, peak {peak})"),
        _ => String::new(),
    }
}

pub fn run(inputs: &[Input], sources: &[Source]) -> Corpus {
    let mut timer = Timer::start();
    // Lines a site prints on several of its pages are furniture (clean::site_lines).
    let site_lines = crate::clean::site_lines(inputs, sources);
    // Each article on its own (the site lines are per thread, set around each parse).
    let mut parsed: Vec<article::Parsed> = inputs
        .par_iter()
        .zip(site_lines)
        .map(|(input, site)| crate::clean::with_site_lines(site, || article::parse(input, sources.iter().find(|s| s.file == input.file))))
        .collect();

    timer.lap("articles");
    // Content words of every sentence, interned once for date inference and events.
    // Story sentences first, in text order (event building sees them in that order,
    // and its tie-breaks follow word ids), then headings, which only date inference reads.
    let sentences: Vec<&[Sentence]> = parsed.iter().map(|p| &p.article.sentences[..]).collect();
    let (mut words, mut vocabulary) = events::content_words(&sentences);
    drop(sentences);
    timer.lap("words");
    let dates_read = infer_publication_dates(&mut parsed, &words);
    timer.lap("dates");
    mark_copies(&mut parsed);

    timer.lap("reuse");
    // Actors: a first pass learns every name, so that a surname in one article
    // resolves to the full name given in another; the second pass records mentions.
    // What each sentence holds before resolution is scanned once, for both passes.
    let scans: Vec<Vec<actors::Scan>> = parsed.par_iter().map(|p| p.article.sentences.par_iter().map(|s| actors::scan(&s.text)).collect()).collect();
    let mut registry = Registry::default();
    for (p, scans) in parsed.iter().zip(&scans) {
        let mut reader = actors::Reader::default();
        for (s, scan) in p.article.sentences.iter().zip(scans) {
            actors::find_scanned(&s.text, scan, &mut registry, &mut reader);
        }
    }
    for entry in &mut registry.entries {
        entry.forms.0.iter_mut().for_each(|(_, n)| *n = 0);
        entry.mentions = 0;
    }
    timer.lap("actors (first pass)");
    // The actors of each sentence, in order: the registry learns as it reads. What
    // follows from them (subjects, dates, quotes) is per article, on every core: each
    // article's facts are made as soon as its actors are read, while the next article is
    // read (they read no registry), so that the reading in order shares the cores.
    let voices = registry.voices();
    let per_article = facts_while_reading(&parsed, inputs, scans, (std::mem::take(&mut words), dates_read), &mut registry, &voices);
    let mut facts: Vec<Vec<SentenceFacts>> = Vec::with_capacity(per_article.len());
    // Headlines and sub-headings: they join the events their story sentences start.
    let mut heading_facts: Vec<SentenceFacts> = Vec::with_capacity(per_article.iter().map(|(_, headings, _)| headings.len()).sum());
    let mut found_quotes: Vec<Vec<KeptQuote>> = Vec::with_capacity(per_article.len());
    for (list, headings, found) in per_article {
        facts.push(list);
        heading_facts.extend(headings);
        found_quotes.push(found.iter().map(KeptQuote::of).collect());
    }
    // Titles name actors too, often in short forms of their own ("… – MoD", "… - Ifax"):
    // those forms are the actor's aliases.
    for p in &parsed {
        if let Some(title) = &p.article.title {
            actors::find(title, &mut registry, &mut actors::Reader::default());
        }
    }
    for entry in &mut registry.entries {
        entry.forms.0.retain(|(_, n)| *n > 0);
    }
    timer.lap("sentences: actors, time, quotes");
    // Subjects speak for their state or body: Lavrov's statements are Russia's. The
    // registry is complete here, so each actor's party is worked out once.
    let mut party_of: Vec<Option<usize>> = vec![None; registry.entries.len()];
    for f in facts.iter_mut().flatten() {
        f.party = f.party.map(|a| *party_of[a].get_or_insert_with(|| registry.party(a)));
        f.joint_to_parties(|a| *party_of[a].get_or_insert_with(|| registry.party(a)));
    }

    // Events.
    // Only threads read most of a story sentence's facts: as soon as each article's threads
    // are made, its facts are freed and what the later stages read is kept, by sentence
    // number (`Kept`), so the memory is there for joining its statements' threads, the next
    // article's threads and clustering.
    let (threads, mut kept): (Vec<Vec<events::Thread>>, Vec<Vec<Option<Kept>>>) = facts
        .into_par_iter()
        .zip(&parsed)
        .map(|(list, p)| {
            // A page nothing dates but the month its address files it under
            // ("/2025/06/…"): its undated sentences are of that month, inferred.
            let day = undated_sentences_day(p).map(PartialDate::day);
            let siblings_day = p.story_day().is_none() && day.is_some();
            let threads = events::unjoined_threads(day.or(p.story_month.map(|(y, m)| PartialDate::month(y, m))), &list, siblings_day);
            let mut kept: Vec<Option<Kept>> = std::iter::repeat_with(|| None).take(p.article.sentences.len()).collect();
            for f in list {
                kept[f.sentence] = Some(Kept { words: f.words, actors: f.actors });
            }
            (events::join_statements(threads), kept)
        })
        .unzip();
    // Headings keep their facts (headings are attached by their subject too), less the
    // text, time expressions and verbs of saying only threads read.
    heading_facts.par_iter_mut().for_each(|f| {
        f.text = Passage::default();
        f.timexes = Box::default();
        f.has_speech_verb = false;
    });
    let debug = std::env::var_os("NEWSLINE_DEBUG").is_some();
    if debug {
        for t in threads.iter().flatten() {
            eprintln!(
                "thread {:?} {:?} inf={} subj={:?} bg={}",
                t.members,
                t.date,
                t.inferred,
                t.subjects.iter().map(|s| registry.entries[*s].name()).collect::<Vec<_>>(),
                t.background
            );
        }
    }
    timer.lap("threads");
    let inferred_leads = crate::linking::inferred_leads(&threads);
    let mut clustered = events::cluster(threads);
    timer.lap("clustering");
    if debug {
        clustered.iter().for_each(|e| eprintln!("clustered {:?} {:?} says={} subj={:?}", e.members, e.date, e.says, e.subjects));
    }
    // Each story sentence's words by (article, sentence), for linking, points and headings.
    let find_words = |a: usize, s: usize| kept[a].get(s)?.as_ref().map(|k| &*k.words);
    let is_person = |a: usize| registry.entries[a].kind == Some(ActorKind::Person);
    clustered = crate::linking::link(clustered, find_words, is_person);
    crate::linking::follow_the_leads(&mut clustered, &inferred_leads);
    timer.lap("linking");
    if debug {
        clustered.iter().for_each(|e| eprintln!("linked {:?} {:?}", e.members, e.date));
    }
    // The points' clauses are read in the vocabulary of the sentences' words.
    let sentence_text = |a: usize, s: usize| &*parsed[a].article.sentences[s].text;
    clustered = crate::points::fold(clustered, sentence_text, find_words, &mut vocabulary);
    drop(vocabulary);
    // (An undated page read in a sibling's week reports on that story's day or after.)
    clustered.retain(|e| !crate::points::only_planned(e, |a| parsed[a].story_day().or_else(|| parsed[a].story_day_of_sibling())));
    let story_actors = |a: usize| kept[a].iter().flatten().map(|k| &*k.actors).collect();
    // A heading-like line of the page's furniture (a site's notice, cut off at the page's
    // end) joins no event.
    heading_facts.retain(|h| !crate::events::furniture_sentence(sentence_text(h.article, h.sentence)));
    crate::headings::drop_strangers(&mut heading_facts, is_person, sentence_text, story_actors);
    crate::headings::continue_cut_quotes(&mut clustered, &mut heading_facts, |a, s| is_cut_off(&parsed[a].article.sentences, s));
    crate::headings::attach(&mut clustered, &heading_facts, find_words);
    drop(heading_facts);
    // Events in the order of their date as written ("2016" < "2016-10" < "2016-10-07"),
    // each key formatted once rather than in every comparison.
    clustered.sort_by_cached_key(|x| (x.date.map(|d| d.to_string()), x.members[0]));
    // The output reads only each story sentence's actors: the words are freed before the
    // output is made.
    // The workers made them and free them (freed in order, they were main-thread work).
    kept.par_iter_mut().for_each(|list| list.iter_mut().flatten().for_each(|k| k.words = events::Words::default()));
    let find_actors = |a: usize, s: usize| kept[a].get(s)?.as_ref().map(|k| &*k.actors);
    timer.lap("headings");
    // Actor ids: slugs of the shown names, kept unique.
    let mut actor_ids: BTreeMap<usize, String> = BTreeMap::new();
    let mut used: FxHashSet<String> = FxHashSet::default();
    let mut actors_out = Vec::new();
    for (index, entry) in registry.entries.iter().enumerate() {
        if entry.mentions == 0 {
            continue;
        }
        let name = entry.name();
        let mut id = slug(&name);
        while !used.insert(id.clone()) {
            id.push('_');
        }
        actor_ids.insert(index, id.clone());
        let mut aliases: Vec<Text> = entry.forms.0.iter().filter(|(f, _)| *f != name).map(|(f, _)| f.clone().into()).collect();
        aliases.extend(entry.role_references.iter().map(|r| Text::from(r.clone())));
        actors_out.push(Actor {
            id: id.into(),
            name: name.into(),
            kind: entry.kind.unwrap_or(ActorKind::Other),
            aliases: aliases.into(),
            roles: entry.roles.iter().map(|r| Text::from(r.clone())).collect::<Vec<_>>().into(),
        });
    }
    actors_out.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.name.cmp(&b.name)));

    // Which event each (article, sentence) tells: the one it is not a passing mention of.
    let mut event_of: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (i, event) in clustered.iter().enumerate() {
        for member in event.members.iter().filter(|m| !event.passing.contains(m)) {
            event_of.entry(*member).or_insert(i);
        }
    }
    // Each event is built on its own, on every core; `collect` keeps their order.
    let events_out: Vec<Event> = clustered.par_iter().enumerate().map(|(n, event)| event_out(n, event, &parsed, &find_actors, &actor_ids)).collect();
    drop(clustered);
    kept.into_par_iter().for_each(drop);

    // Quotes, tied to the event of the sentence they start in: each on every core, found
    // by its number among the articles' quotes, so that the list is made at its length
    // (flattened from each article's, it was made twice over).
    let firsts = found_quotes.iter().scan(0, |count, found| {
        let first = *count;
        *count += found.len();
        Some(first)
    });
    let firsts: Vec<usize> = firsts.collect();
    let total = found_quotes.iter().map(Vec::len).sum();
    let quotes_out: Vec<Quote> = (0..total)
        .into_par_iter()
        .map(|n| {
            // The last article whose first quote is at or before `n` holds it (the articles
            // with no quote before it share its first number).
            let a = firsts.partition_point(|&first| first <= n) - 1;
            let (article, seed, q) = (&parsed[a].article, &inputs[a].text, &found_quotes[a][n - firsts[a]]);
            Quote {
                id: format!("q{}", n + 1).into(),
                article: article.id.clone(),
                speaker: q.speaker.and_then(|s| actor_ids.get(&(s as usize))).map(|id| Text::from(id.clone())),
                attribution: q.attribution.clone().map(|r| passage_of(article, seed, r.start as usize..r.end as usize)),
                speaker_inferred: q.inferred,
                text: passage_of(article, seed, q.range.start as usize..q.range.end as usize),
                event: event_of.get(&(a, q.sentence as usize)).map(|i| Text::from(format!("e{}", i + 1))),
                sentence: q.sentence,
            }
        })
        .collect();

    timer.lap("output");
    Corpus {
        articles: parsed.into_iter().map(|p| p.article).collect::<Vec<_>>().into(),
        actors: actors_out.into(),
        events: events_out.into(),
        quotes: quotes_out.into(),
    }
}

/// A quote as the output reads it, held from the sentences to the output: spans and
/// numbers in 32 bits (as `quotes::Found`, in machine words, the 12 MB corpus's quotes
/// were 2.3 MB held through clustering and linking, half of it now).
struct KeptQuote {
    range: Range<u32>,
    attribution: Option<Range<u32>>,
    sentence: u32,
    speaker: Option<u32>,
    inferred: bool,
}

impl KeptQuote {
    fn of(q: &quotes::Found) -> KeptQuote {
        let narrow = |r: &Range<usize>| r.start as u32..r.end as u32;
        KeptQuote {
            range: narrow(&q.range),
            attribution: q.attribution.as_ref().map(narrow),
            sentence: q.sentence as u32,
            speaker: q.speaker.map(|s| s as u32),
            inferred: q.inferred,
        }
    }
}

/// What the stages after the threads read of a story sentence's facts: its words (linking,
/// points, headings) and its actors (the output).
struct Kept {
    words: events::Words,
    actors: Box<[usize]>,
}

/// The output of the `n`th clustered event: its summary (the clearest of its sentences),
/// actors, headline and mentions.
fn event_out<'a>(
    n: usize,
    event: &events::Thread,
    parsed: &[article::Parsed],
    find_actors: &impl Fn(usize, usize) -> Option<&'a [usize]>,
    actor_ids: &BTreeMap<usize, String>,
) -> Event {
    let mut members = event.members.clone();
    members.sort();
    members.dedup();
    let summary = summary_of(event, &members, parsed, find_actors);
    let mut actor_list: Vec<Text> = Vec::new();
    for (a, s) in &members {
        for actor in find_actors(*a, *s).unwrap_or(&[]) {
            if let Some(id) = actor_ids.get(actor) {
                if !actor_list.iter().any(|x| x == id) {
                    actor_list.push(id.clone().into());
                }
            }
        }
    }
    let (date, inferred) = match events::past_week_days(event) {
        Some((first, last)) => (spanning(first, last), false),
        None => (event.date, event.inferred),
    };
    Event {
        id: format!("e{}", n + 1).into(),
        date: date.map(|d| d.to_string().into()),
        time: None,
        precision: date.map_or(Precision::Unknown, |d| d.precision()),
        date_inferred: inferred,
        anchor: event.anchor.clone().map(Into::into),
        headline: passing_headline(event, &members, &summary, |a, s| &parsed[a].article.sentences[s].text),
        summary,
        actors: actor_list.into(),
        mentions: members
            .iter()
            .map(|(a, s)| Mention {
                article: parsed[*a].article.id.clone(),
                text: parsed[*a].article.sentences[*s].text.clone(),
                sentence: *s as u32,
                passing: event.passing.contains(&(*a, *s)),
            })
            .collect::<Vec<_>>()
            .into(),
    }
}

/// A summary candidate's order: a story sentence, one that tells the event, the score,
/// the earlier sentence.
type SummaryKey = (bool, bool, i64, std::cmp::Reverse<(usize, usize)>);

/// The sentence that reads best as the event's summary (`events::summary_score`): a story
/// sentence over a headline, one that tells the event over one that names it in passing,
/// then the best score. The score's costly parts (the clause's tense, …) are read only for
/// sentences whose bound (`events::summary_bound`) could still beat the best found: the
/// clusters of a large corpus hold hundreds of sentences.
fn summary_of<'a>(
    event: &events::Thread,
    members: &[(usize, usize)],
    parsed: &[article::Parsed],
    find_actors: &impl Fn(usize, usize) -> Option<&'a [usize]>,
) -> Passage {
    let sentence = |(a, s): (usize, usize)| &parsed[a].article.sentences[s];
    // What comes before the score in the order, and what the score adds to it.
    let rank = |(a, s): (usize, usize)| {
        let actors = find_actors(a, s).map_or(0, <[usize]>::len);
        // A report's first sentence (its lead) reads as one.
        let lead = parsed[a].article.sentences.iter().position(|other| !other.heading) == Some(s);
        (!sentence((a, s)).heading, !event.passing.contains(&(a, s)), actors, lead)
    };
    let ranked: Vec<_> = members.iter().map(|&m| (m, rank(m))).collect();
    // Only the best (story, tells) group can hold the summary: the bounds (a count of
    // words each) are read for its members alone.
    let top = ranked.iter().map(|(_, (story, tells, _, _))| (*story, *tells)).max();
    let mut bounded: Vec<(SummaryKey, usize, bool)> = ranked
        .into_iter()
        .filter(|(_, (story, tells, _, _))| Some((*story, *tells)) == top)
        .map(|(m, (story, tells, actors, lead))| ((story, tells, events::summary_bound(&sentence(m).text, actors, lead), std::cmp::Reverse(m)), actors, lead))
        .collect();
    bounded.sort_unstable_by_key(|b| std::cmp::Reverse(b.0));
    let mut best: Option<SummaryKey> = None;
    for (bound, actors, lead) in bounded {
        if best.as_ref().is_some_and(|b| bound < *b) {
            break;
        }
        let m = bound.3 .0;
        let key = (bound.0, bound.1, events::summary_score(&sentence(m).text, actors, lead), bound.3);
        if best.as_ref().is_none_or(|b| key > *b) {
            best = Some(key);
        }
    }
    best.map(|b| sentence(b.3 .0).text.clone()).unwrap_or_default()
}

/// The finest date of the contract holding every day from `first` to `last`: the month
/// both lie in, else their year ("this week" of 2 December 2016 is December 2016; the
/// week of 28 November – 2 December is only 2016). A week has no precision of its own.
fn spanning(first: NaiveDate, last: NaiveDate) -> Option<PartialDate> {
    match (first.year() == last.year(), first.month() == last.month()) {
        (true, true) => Some(PartialDate::month(first.year(), first.month())),
        (true, false) => Some(PartialDate::year(first.year())),
        (false, _) => None,
    }
}

/// The headline of an event every outlet mentions only in passing: the clause around its
/// date, in the summary sentence if that holds the date, else in the first that does. An
/// event whose summary tells it only beside its own act, in a clause that its date stands
/// in, has that clause as its headline too.
fn passing_headline<'a>(event: &events::Thread, members: &[(usize, usize)], summary: &str, text: impl Fn(usize, usize) -> &'a str) -> Option<Text> {
    // A summary placing its act against another ("His call came after …") tells that other.
    if let Some(clause) = events::placed_against(summary) {
        return headline::placed_against(clause).map(Text::from);
    }
    let anchor = event.anchor.as_deref()?;
    if !members.iter().all(|m| event.passing.contains(m)) {
        return events::tells_no_act_of_its_own(summary).then(|| headline::beside_main_clause(summary, anchor)).flatten().map(Text::from);
    }
    let mut sentences = std::iter::once(summary).chain(members.iter().map(|&(a, s)| text(a, s)));
    sentences.find_map(|sentence| headline::around_anchor(sentence, anchor)).map(Text::from)
}

/// The words of the seed file at `range`, as a span of the article's text where they stand
/// in it as in the seed (in one sentence, or across sentences the seed parts as the article's
/// text does), else as a text of their own: the output holds each article's words once.
fn passage_of(article: &Article, seed: &str, range: Range<usize>) -> Passage {
    let words = &seed[range.clone()];
    match in_article(article, range).filter(|r| article.text.get(r.clone()) == Some(words)) {
        Some(r) => article.text.span(r),
        None => Passage::whole(words.to_string()),
    }
}

/// Where the seed's `range` would stand in the article's text, each end placed by the
/// sentence holding it (the sentences are in seed order: found by binary search, as an
/// article may have tens of thousands of them and as many quotes).
fn in_article(article: &Article, range: Range<usize>) -> Option<Range<usize>> {
    let place = |offset: usize| {
        let sentences = &article.sentences;
        let s = sentences.get(sentences.partition_point(|s| (s.end as usize) < offset))?;
        let start = offset.checked_sub(s.start as usize)?;
        Some(article.text.offset_of(&s.text)? + start)
    };
    Some(place(range.start)?..place(range.end)?)
}

/// One article's sentence facts, story sentences then headings, and its quotes.
type ArticleFacts = (Vec<SentenceFacts>, Vec<SentenceFacts>, Vec<quotes::Found>);

/// The actors' second pass, in order, each article's [`sentence_facts`] handed to the
/// other cores as soon as its actors are read. Each result goes to its article's slot,
/// so the output is the same whichever core made it and when. `read` holds each article's
/// content words and what the dates stage read of it ([`DatesRead`]).
fn facts_while_reading(
    parsed: &[article::Parsed],
    inputs: &[Input],
    scans: Vec<Vec<actors::Scan>>,
    read: (Vec<Vec<events::Words>>, Vec<DatesRead>),
    registry: &mut Registry,
    voices: &actors::Voices,
) -> Vec<ArticleFacts> {
    let mut slots: Vec<Option<ArticleFacts>> = std::iter::repeat_with(|| None).take(parsed.len()).collect();
    let (words, dates_read) = read;
    rayon::scope(|scope| {
        let articles = parsed.iter().zip(inputs).zip(scans).zip(words.into_iter().zip(dates_read)).zip(slots.iter_mut()).enumerate();
        for (a, ((((p, input), scans), (words, dates_read)), slot)) in articles {
            let mentions = mentions_in_order(p, scans, registry);
            scope.spawn(move |_| *slot = Some(sentence_facts(a, p, &input.text, mentions, (words, dates_read), voices)));
        }
    });
    slots.into_iter().map(|slot| slot.expect("every article's facts are made")).collect()
}

/// The actors each sentence of an article names, read in order by the registry (a name
/// learnt here resolves a surname later). Each scan is freed once read (all of them were
/// a third of the peak memory).
fn mentions_in_order(p: &article::Parsed, scans: Vec<actors::Scan>, registry: &mut Registry) -> Vec<Vec<subject::Named>> {
    let mut reader = actors::Reader::default();
    let mut named: Vec<Vec<subject::Named>> = p
        .article
        .sentences
        .iter()
        .zip(scans)
        .map(|(s, scan)| {
            let found = actors::find_scanned(&s.text, &scan, registry, &mut reader);
            // The kind as known at this sentence (a later one may tell more).
            found.iter().map(|m| subject::Named { start: m.start, end: m.end, actor: m.actor, kind: registry.entries[m.actor].kind }).collect()
        })
        .collect();
    // "The UN special envoy offered …" before "… envoy Staffan de Mistura": the role
    // names him in the sentence before too.
    for (i, m) in reader.take_named_ahead() {
        registry.entries[m.actor].mentions += 1;
        let list = &mut named[i];
        let at = list.partition_point(|n| (n.start, n.end) <= (m.start, m.end));
        list.insert(at, subject::Named { start: m.start, end: m.end, actor: m.actor, kind: registry.entries[m.actor].kind });
    }
    named
}

/// One article's sentence facts (story sentences, then headings) and quotes, from the
/// actors each sentence names (`read`: as for [`facts_while_reading`]).
fn sentence_facts(
    a: usize,
    p: &article::Parsed,
    text: &str,
    mentions: Vec<Vec<subject::Named>>,
    read: (Vec<events::Words>, DatesRead),
    voices: &actors::Voices,
) -> ArticleFacts {
    let (words, dates_read) = read;
    // Quotes first: they read only the mentions, and found before the facts are made,
    // a long article's quote search and its facts are never held at once.
    let found = quotes::find(text, &quote_paragraphs(&p.article.sentences), named_in_text(&p.article.sentences, &mentions));
    let dating = SentenceDating::new(p, p.dating(), &dates_read);
    // Each sentence on its own, on every core (a long article is many sentences), in
    // chunks: each chunk is freed once parted, so the facts are never held twice.
    let chunks: Vec<Vec<SentenceFacts>> = p
        .article
        .sentences
        .par_iter()
        .zip(mentions)
        .zip(words)
        .enumerate()
        .chunks(FACTS_CHUNK)
        .map(|chunk| chunk.into_iter().map(|(i, ((s, mentions), words))| facts_of(a, i, s, &mentions, words, &dating, voices)).collect())
        .collect();
    // Each list made at its length: grown by doubling, the story list of a long article
    // was a copy of half its facts more.
    let headings_count = p.article.sentences.iter().filter(|s| s.heading).count();
    let (mut headings, mut list) = (Vec::with_capacity(headings_count), Vec::with_capacity(p.article.sentences.len() - headings_count));
    for f in chunks.into_iter().flatten() {
        if p.article.sentences[f.sentence].heading || is_cut_off_prose(&p.article.sentences, f.sentence) && !states_a_point(&f) {
            headings.push(f)
        } else {
            list.push(f)
        }
    }
    give_speakers(&mut list, &p.article.sentences, &found);
    give_turns(&mut list, &headings);
    (list, headings, found)
}

/// Sentences whose facts are made and parted together (~0.9 MB of facts): a long article
/// is still shared among cores, and each chunk is a block of its own, which the allocator
/// gives back whole once it is parted (chunks of 1,024 shared pages it kept: +2.5 MB).
const FACTS_CHUNK: usize = 4096;

/// Each actor a sentence names, at its place in the seed text, for the quotes.
fn named_in_text(sentences: &[Sentence], mentions: &[Vec<subject::Named>]) -> Vec<quotes::Named> {
    // Made at its length: a long article names actors tens of thousands of times.
    let mut named: Vec<quotes::Named> = Vec::with_capacity(mentions.iter().map(Vec::len).sum());
    for (s, mentions) in sentences.iter().zip(mentions) {
        named.extend(mentions.iter().map(|m| quotes::Named {
            start: s.start as usize + m.start,
            end: s.start as usize + m.end,
            actor: m.actor,
            person: m.kind == Some(ActorKind::Person),
        }));
    }
    named
}

/// Whether sentence `i` is its article's last and opens a quote the page cut off.
fn is_cut_off_quote(sentences: &[Sentence], i: usize) -> bool {
    i + 1 == sentences.len() && quotes::opens_unclosed_quote(&sentences[i].text)
}

/// Whether sentence `i` is its article's last, of the story, and stops with no mark that
/// ends a sentence ("… as well as an Amphibious Rea", "He and two other soldiers went
/// missing in"): the page cut it off. What it tells is unfinished: like a quote cut off,
/// it goes on with the sentence before it and starts no event, unless it states a time
/// of its own before the cut ("… in December 2016 a plane … crashed in the Black Sea,
/// killing all").
fn is_cut_off_prose(sentences: &[Sentence], i: usize) -> bool {
    i + 1 == sentences.len() && !sentences[i].heading && !events::ends_a_sentence(&sentences[i].text)
}

/// Whether a sentence states a point in time of its own.
fn states_a_point(f: &SentenceFacts) -> bool {
    f.timexes.iter().any(|t| matches!(t.role, timex::Role::Point(_)))
}

/// Whether sentence `i` is a last sentence the page cut off, a quote or prose (among the
/// headings, only prose that states no time: see [`sentence_facts`]).
fn is_cut_off(sentences: &[Sentence], i: usize) -> bool {
    is_cut_off_quote(sentences, i) || is_cut_off_prose(sentences, i)
}

/// The story paragraphs quotes are looked for in, and a last line that is a quote the
/// page cut off (only its quote is read: it stays a heading to events).
fn quote_paragraphs(sentences: &[Sentence]) -> Vec<quotes::Paragraph> {
    let mut paragraphs: Vec<quotes::Paragraph> = Vec::new();
    for (i, s) in sentences.iter().enumerate().filter(|(i, s)| !s.heading || is_cut_off_quote(sentences, *i)) {
        let range = s.start as usize..s.end as usize;
        match paragraphs.last_mut() {
            Some(last) if sentences[last.sentences[0].0].paragraph == s.paragraph => {
                last.range.end = range.end;
                last.sentences.push((i, range));
            }
            _ => paragraphs.push(quotes::Paragraph { range: range.clone(), sentences: vec![(i, range)] }),
        }
    }
    paragraphs
}

/// In a transcript, the words after a speaker's label ("SECRETARY KERRY: …") are that
/// speaker's, paragraph after paragraph, until the next label ("QUESTION: …"). Only
/// where labels look like a transcript's: in capitals, or two or more (one "Name: …"
/// line is no transcript; labels are counted in the headings too).
fn give_turns(list: &mut [SentenceFacts], headings: &[SentenceFacts]) {
    let labels = list.iter().chain(headings).filter_map(|f| f.turn());
    if labels.clone().count() < 2 && !labels.clone().any(|t| t.capitals) {
        return;
    }
    let mut speaker = None;
    for f in list.iter_mut() {
        if let Some(turn) = f.turn() {
            speaker = turn.speaker;
        }
        if let (Some(actor), None) = (speaker, f.speaker) {
            (f.speaker, f.speaker_inferred, f.party, f.subject) = (Some(actor), false, Some(actor), Some(actor));
            f.clear_co_subjects();
        }
    }
}

/// How an article's sentences are dated, with its first story sentence's time expressions
/// when the dates stage read them the same way (the same text and dating give the same
/// expressions): that sentence is not read again; nor are the story sentences of an
/// undated page the dates stage read ([`PageReadings`]), only dated.
struct SentenceDating<'a> {
    dating: timex::Dating,
    lede: Option<(usize, &'a [timex::Timex])>,
    story: Option<&'a PageReadings>,
    /// From which sentence on a report the page quotes is read on its own day
    /// ([`article::Parsed::quoted_report`]).
    quoted: Option<(usize, timex::Dating)>,
}

impl<'a> SentenceDating<'a> {
    fn new(p: &article::Parsed, dating: timex::Dating, read: &'a DatesRead) -> Self {
        let lede = read.lede.as_ref().filter(|(read_by, _)| *read_by == dating).and_then(|(_, found)| Some((lede_index(p)?, found.as_slice())));
        let quoted = p.quoted_report.map(|(first, day)| (first, timex::Dating { reference: Some(day), ..timex::Dating::default() }));
        SentenceDating { dating, lede, story: read.story.as_ref(), quoted }
    }

    /// The time expressions of story sentence `i`, `s`.
    fn timexes_of(&self, i: usize, s: &Sentence) -> Box<[timex::Timex]> {
        if let Some((_, quoted)) = self.quoted.filter(|(first, _)| i >= *first) {
            return timex::find_dated(&s.text, quoted).into_boxed_slice();
        }
        match (self.lede, self.story) {
            (Some((lede, found)), _) if lede == i => found.into(),
            (_, Some(story)) => timex::date_readings(&s.text, &story.0[i], self.dating).into_boxed_slice(),
            _ => timex::find_dated(&s.text, self.dating).into_boxed_slice(),
        }
    }
}

/// What the dates stage read of a page that the sentence stage reads again: its first story
/// sentence's time expressions, and an undated page's story sentences.
struct DatesRead {
    lede: LedeTimexes,
    story: Option<PageReadings>,
}

/// The timex rules' readings of a page's story sentences, by sentence (a heading's left
/// empty): the search and the clause reading, which no dating changes. An undated page's
/// sentences are read by two datings in the dates stage (its weekdays, its stated days) and
/// a third in the sentence stage: searched once, dated each time.
struct PageReadings(Vec<Vec<timex::Reading>>);

impl PageReadings {
    fn of(p: &article::Parsed) -> Self {
        PageReadings(p.article.sentences.iter().map(|s| if s.heading { Vec::new() } else { timex::readings(&s.text) }).collect())
    }

    /// Each story sentence's time expressions, read by `dating`.
    fn dated<'a>(&'a self, p: &'a article::Parsed, dating: timex::Dating) -> impl Iterator<Item = Vec<timex::Timex>> + 'a {
        p.article.sentences.iter().zip(&self.0).filter(|(s, _)| !s.heading).map(move |(s, read)| timex::date_readings(&s.text, read, dating))
    }
}

/// The facts of sentence `i` of article `a`, from the actors it names (`mentions`).
fn facts_of(
    a: usize,
    i: usize,
    s: &Sentence,
    mentions: &[subject::Named],
    words: events::Words,
    dating: &SentenceDating,
    voices: &actors::Voices,
) -> SentenceFacts {
    let (subject, speaker) = subject::of_and_speaker(&s.text, mentions);
    let co_subjects = subject.map(|at| subject::conjoined(&s.text, mentions, at)).unwrap_or_default();
    let reported = subject.and_then(|at| subject::reported(&s.text, mentions, at));
    // Armed forces that speak speak through their defence ministry; a spokesperson speaks
    // for a body (`Registry::voices`).
    let voice = speaker.filter(|&at| subject == Some(at)).and_then(|army| voices.ministry_of_army(army));
    let (subject, speaker) = (voice.or(subject), voice.or(speaker));
    let voice_of = speaker.filter(|&at| subject == Some(at)).and_then(|person| voices.body_of_spokesperson(person));
    let mut ids: Vec<usize> = Vec::new();
    for m in mentions {
        if !ids.contains(&m.actor) {
            ids.push(m.actor);
        }
    }
    SentenceFacts {
        article: a,
        sentence: i,
        paragraph: s.paragraph,
        text: s.text.clone(),
        // A heading only joins an event: its own dates are not read.
        timexes: if s.heading { Box::default() } else { dating.timexes_of(i, s) },
        words,
        actors: ids.as_slice().into(),
        speaker: None,
        speaker_inferred: false,
        party: speaker.or(ids.first().copied()),
        person_acts: subject.is_some_and(|a| mentions.iter().any(|m| m.actor == a && m.kind == Some(ActorKind::Person))),
        subject,
        besides: events::Besides::with_joint(
            events::Besides::boxed(co_subjects, reported, subject::turn_label(&s.text, mentions), voice_of),
            subject::joint_actors(&s.text, mentions),
        ),
        has_speech_verb: SentenceFacts::has_speech_verb_in(&s.text),
    }
}

/// Each sentence a quote with a speaker overlaps is that speaker's (the later quote wins).
fn give_speakers(list: &mut [SentenceFacts], sentences: &[Sentence], found: &[quotes::Found]) {
    let range = |f: &SentenceFacts| sentences[f.sentence].start as usize..sentences[f.sentence].end as usize;
    // In text order (as the pipeline makes them), the sentences a quote overlaps are a run
    // found by binary search; reading them all for every quote made long articles quadratic.
    let in_order = list.windows(2).all(|w| range(&w[0]).start <= range(&w[1]).start && range(&w[0]).end <= range(&w[1]).end);
    for q in found.iter().filter(|q| q.speaker.is_some()) {
        let first = if in_order { list.partition_point(|f| range(f).end <= q.range.start) } else { 0 };
        for f in list[first..].iter_mut() {
            let r = range(f);
            if in_order && r.start >= q.range.end {
                break;
            }
            if r.start < q.range.end && q.range.start < r.end {
                f.speaker = q.speaker;
                f.speaker_inferred = q.inferred;
                f.party = q.speaker;
                if f.subject != q.speaker {
                    f.clear_co_subjects();
                }
                f.subject = q.speaker;
            }
        }
    }
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Articles without a stated date: a dateline's month and day take the year of
/// the other articles; an article with no date at all takes the date of the
/// dated articles that tell the same story (marked inferred, with the evidence).
/// Returns what it read of each article that the sentence stage reads again ([`DatesRead`]).
fn infer_publication_dates(parsed: &mut [article::Parsed], words_of: &[Vec<events::Words>]) -> Vec<DatesRead> {
    // A dateline's month and day in the year of a day its page states: the page's date,
    // inferred, which dates the pages that tell its story as a stated date does.
    let dated_in_own_year: Vec<bool> = parsed.iter_mut().map(date_dateline_in_stated_year).collect();
    let dated: Vec<(usize, NaiveDate)> = parsed
        .iter()
        .enumerate()
        .filter(|(i, p)| !p.article.published.inferred || dated_in_own_year[*i])
        .filter_map(|(i, p)| article::day_of(&p.article.published).map(|d| (i, d)))
        .collect();
    // Dates by article, so a candidate's date is found without a search.
    let mut date_of: Vec<Option<NaiveDate>> = vec![None; parsed.len()];
    for (i, d) in &dated {
        date_of[*i] = Some(*d);
    }
    let latest = corpus_latest_day(dated.iter().map(|(_, d)| *d).collect());
    // The day an undated page's first sentence tells of: its story's day (never its own
    // date), for its own weekdays and for pages telling the same story.
    // (Each page on its own, on every core: reading dates is most of this stage.)
    let lede_of: Vec<Option<NaiveDate>> =
        parsed.par_iter().map(|p| (p.article.published.date.is_none() && p.dateline_day.is_none()).then(|| lede_day(p, latest)).flatten()).collect();
    // A dated page whose lead tells of the day or two before it: the story's day is that
    // one (two pages of one story a day apart are no rivals for an undated page's week).
    let (told_of, ledes): (Vec<Option<NaiveDate>>, Vec<LedeTimexes>) = if parsed.iter().any(|p| p.article.published.date.is_none()) {
        parsed.par_iter().enumerate().map(|(j, p)| date_of[j].map_or((None, None), |published| day_told_before(p, published))).unzip()
    } else {
        (vec![None; parsed.len()], std::iter::repeat_with(|| None).take(parsed.len()).collect())
    };
    // A page's occasion (a transcript's day, a reposted story's picture) is its story's day.
    let occasion_of: Vec<Option<NaiveDate>> = parsed.iter().map(|p| p.occasion).collect();
    let story_date_of = |j: usize| told_of[j].or(occasion_of[j]).or(date_of[j]).or(lede_of[j]);
    // Else the day a caption dates the page's own picture. A picture may be older than its
    // story: such a page is a sibling only to pages no other dated page tells (below).
    // Else the day its named weekdays and stated days agree on, weak in the same way.
    // (Each such page's story sentences are searched once, kept for the sentence stage.)
    let (own_day_of, story_read): (Vec<Option<OwnDay>>, Vec<Option<PageReadings>>) = parsed
        .par_iter()
        .enumerate()
        .map(|(j, p)| if p.article.published.date.is_none() && p.dateline_day.is_none() && lede_of[j].is_none() { OwnDay::of(p, latest) } else { (None, None) })
        .unzip();
    let picture_of = |j: usize| own_day_of[j].map(|o| o.day);
    // Dated articles with the same words (copies) are one text in the index, so that a
    // story copied many times does not look like words every article uses.
    let mut text_of: FxHashMap<&[events::Words], usize> = FxHashMap::default();
    let mut texts: Vec<Vec<usize>> = Vec::new();
    // Then the undated texts whose first sentence, then those whose picture, gives a day.
    let story_dated = (0..parsed.len()).filter(|&j| lede_of[j].is_some()).chain((0..parsed.len()).filter(|&j| own_day_of[j].is_some()));
    for j in dated.iter().map(|(j, _)| *j).chain(story_dated) {
        let t = *text_of.entry(words_of[j].as_slice()).or_insert(texts.len());
        if t == texts.len() {
            texts.push(Vec::new());
        }
        texts[t].push(j);
    }
    // Which texts use each word.
    let some_undated = parsed.iter().any(|p| p.article.published.date.is_none() && p.dateline_day.is_none());
    let distinct = DistinctWords::new(words_of, some_undated);
    let mut index = TextIndex::of(texts.iter().filter(|_| some_undated).map(|members| distinct.of(members[0])));
    let mut story_weights = StoryWeights::of(&distinct, !index.holders.is_empty());
    // The pages nothing dates at all, each of which may tell another story than every dated page.
    let undated: Vec<usize> =
        (0..parsed.len()).filter(|&j| date_of[j].is_none() && parsed[j].dateline_day.is_none() && lede_of[j].is_none() && own_day_of[j].is_none()).collect();
    let mut undated_index = TextIndex::of(undated.iter().map(|&j| distinct.of(j)));
    // Pages dated by the sentences they share, pages read in a sibling's week, and pages left
    // undated, for a second look (below).
    let mut by_sentences: Vec<(usize, NaiveDate)> = Vec::new();
    let (mut by_sibling, mut still_undated): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let address_month: Vec<Option<(i32, u32)>> = parsed.iter().map(|p| p.address_month).collect();
    for i in 0..parsed.len() {
        if parsed[i].article.published.date.is_some() {
            continue;
        }
        if let Some((month, day)) = parsed[i].dateline_day {
            if let Some(date) = latest.and_then(|r| timex::nearest_year(month, day, r)) {
                parsed[i].article.published = inferred_date(date, "month and day from the dateline; year from the other articles".into());
                continue;
            }
        }
        // Vote by the dated articles that share this article's sentences. Candidates
        // come from an index of rarer words, so this stays cheap on large corpora.
        let mine: &[events::Words] = &words_of[i];
        let words = distinct.of(i);
        // Why no sibling dates it, when an undated page tells its story more closely.
        let mut own_story: Option<String> = None;
        let candidates = index.sharing(words);
        let candidates_of_story: Vec<usize> = candidates.iter().map(|(t, _)| *t).collect();
        // The likeliest sibling among the texts `dated_by` dates.
        let fits = |day: NaiveDate| in_address_month(address_month[i], day);
        let mut story_sibling_by = |dated_by: &dyn Fn(usize) -> Option<NaiveDate>| {
            let among: Vec<usize> = candidates_of_story.iter().copied().filter(|&t| dated_by(t).is_some_and(fits)).collect();
            // Two pages of one story are no rivals when their pages' or their stories' days agree.
            let published = |t: usize| date_of[texts[t][0]];
            // A rival a day from the likeliest leaves the week known (a story told over two
            // days): the page takes the likelier one's day.
            let same_week =
                |a: usize, b: usize| one_storys_day((dated_by(a), published(a)), (dated_by(b), published(b))) || next_days(dated_by(a), dated_by(b));
            // A month in the page's address has ruled out the other months' stories.
            let floor = if address_month[i].is_some() { SAME_STORY_IN_ADDRESS_MONTH } else { SAME_STORY };
            story_sibling(words, &among, &index.holders, &mut story_weights, &texts, &distinct, same_week).filter(|&(_, score)| score >= floor)
        };
        // Each date's voters and how many sentences they share with this article: the date of
        // the closest telling wins, not that of the most articles touching the story.
        let mut votes: BTreeMap<NaiveDate, (usize, Vec<String>)> = BTreeMap::new();
        for (t, _) in candidates {
            let theirs = &words_of[texts[t][0]];
            let shared = mine.iter().filter(|m| m.len() >= 4 && theirs.iter().any(|t| retold(m, t))).count();
            for &j in texts[t].iter().filter(|_| shared >= 2) {
                let Some(date) = date_of[j].filter(|&d| fits(d)) else { continue };
                let vote = votes.entry(date).or_default();
                vote.0 += shared;
                vote.1.push(parsed[j].article.id.to_string());
            }
        }
        if let Some((date, (_, mut ids))) = votes.into_iter().max_by_key(|(d, (shared, ids))| (*shared, ids.len(), std::cmp::Reverse(*d))) {
            ids.sort();
            by_sentences.push((i, date));
            let reporters = if ids.len() == 1 { "the article that reports".to_string() } else { format!("the {} articles that report", ids.len()) };
            parsed[i].article.published = inferred_date(date, format!("the date of {reporters} the same events ({})", listed(&ids)));
        } else if let Some(day) = lede_of[i] {
            // Its first sentence tells of a day; its own date stays blank.
            read_in_story_week(&mut parsed[i], day, format!("its first sentence tells of {day}"));
        } else if let Some((t, score)) = closer_sibling(
            story_sibling_by(&|t| story_date_of(texts[t][0])),
            story_sibling_by(&|t| picture_of(texts[t][0]).filter(|_| !texts[t].contains(&i))),
        )
            .filter(|&(t, score)| {
                // Leads placing their happenings in two capitals ("… in Tehran" against "…
                // in Jerusalem") tell two happenings.
                let (mine, theirs) = (lede_places(&parsed[i].article), lede_places(&parsed[texts[t][0]].article));
                let apart = !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|p| theirs.contains(p));
                if apart {
                    let dated = &parsed[texts[t][0]].article.id;
                    own_story = Some(format!(
                        "not stated; {dated}, the likeliest dated page ({score:.2}), places its story in {}, this page in {}: another happening",
                        theirs.join(", "),
                        mine.join(", ")
                    ));
                }
                !apart
            })
            .filter(|&(t, score)| {
                // Undated pages far more alike than any dated one tell a story of their own.
                let rival = closest_undated(i, &undated, &mut undated_index, &distinct, &story_weights);
                // So does a more alike one its address files in a month that is not the
                // sibling's (a church bombing of 2025, "/2025/06/", against one of 2011).
                let sibling_day = story_date_of(texts[t][0]).or(picture_of(texts[t][0]));
                let filed_elsewhere = |k: usize| address_month[k].is_some() && sibling_day.is_some_and(|d| !in_address_month(address_month[k], d));
                let Some((k, alike)) = rival.filter(|&(k, alike)| alike > UNDATED_STORY_LEAD * score || alike > score && filed_elsewhere(k)) else { return true };
                let (theirs, dated) = (&parsed[k].article.id, &parsed[texts[t][0]].article.id);
                let filed = address_month[k].filter(|_| alike <= UNDATED_STORY_LEAD * score).map_or_else(String::new, |(y, m)| format!(", and its address files it in {y}-{m:02}"));
                own_story = Some(format!(
                    "not stated; {theirs}, undated too, is more like it (likeness {alike:.2}) than {dated}, the likeliest dated page ({score:.2}){filed}: another story, whose day no page gives"
                ));
                false
            })
        {
            // Still undated, but a dated article tells its story: its months, days and
            // weekdays are read in that one's week, and its undated sentences take that one's
            // day (inferred, as a dated page's take its own). Its publication date stays blank
            // (the sibling's date is the page's only one time in two: QUALITY.md).
            let j = texts[t][0];
            let Some(date) = story_date_of(j).or(picture_of(j)) else { continue };
            // A dated sibling's first sentence may tell of the day before its page: that day
            // is the story's, which this page's undated sentences tell too.
            let (date, whose) = match (told_of[j], date_of[j], lede_of[j]) {
                (Some(day), Some(published), _) => (day, format!("{published}; its first sentence tells of {day}")),
                (None, Some(_), _) => (date, format!("{date}")),
                (_, None, Some(_)) => (date, format!("its first sentence tells of {date}")),
                (_, None, None) => (date, own_day_of[j].map_or_else(String::new, OwnDay::source)),
            };
            // Its own first sentence may name the story's weekday a day or two from that one
            // ("…, which was in session Tuesday" beside a sibling telling of Wednesday): that
            // day is its story's.
            let (date, whose) = match lede_weekday_near(&parsed[i], date) {
                Some(own) if own != date => (own, format!("{whose}; its own first sentence names {}", own.format("%A"))),
                _ => (date, whose),
            };
            let source = format!("{} ({whose}) tells the same story (likeness {score:.2})", parsed[j].article.id);
            read_in_story_week(&mut parsed[i], date, source);
            by_sibling.push(i);
        } else if let Some(own) = own_day_of[i] {
            // Only its own picture, or a weekday it names, dates it. A picture may be older
            // than its story, so this comes after a sibling's date.
            read_in_story_week(&mut parsed[i], own.day, own.source());
        } else {
            // The likeliest dated pages, of days too close to choose between, agree on a month:
            // the story is of that month (an evacuation told by pages of 7 and 11 February).
            if own_story.is_none() {
                let month_of = |t: usize| story_date_of(texts[t][0]).map(|d| (d.year(), d.month()));
                let among: Vec<usize> = candidates_of_story.iter().copied().filter(|&t| story_date_of(texts[t][0]).is_some_and(fits)).collect();
                let floor = if address_month[i].is_some() { SAME_STORY_IN_ADDRESS_MONTH } else { SAME_STORY };
                let of_one_month = |a: usize, b: usize| month_of(a) == month_of(b);
                let sibling = story_sibling(words, &among, &index.holders, &mut story_weights, &texts, &distinct, of_one_month).filter(|&(_, s)| s >= floor);
                if let Some(((y, m), (t, score))) = sibling.and_then(|(t, score)| Some((month_of(t)?, (t, score)))) {
                    parsed[i].story_month = Some((y, m));
                    let of = &parsed[texts[t][0]].article.id;
                    own_story = Some(format!(
                        "not stated; {of} and other pages of {y}-{m:02}, of days too close to choose between, tell the same story (likeness {score:.2}): its story is of that month, inferred"
                    ));
                }
            }
            // Still undated: a month and day it names are read in its story's month's year,
            // else in the corpus's.
            parsed[i].article.published.evidence = own_story.map(Into::into);
            parsed[i].year_of = mid_month(parsed[i].story_month).or(latest);
            still_undated.push(i);
        }
    }
    if !still_undated.is_empty() && !by_sentences.is_empty() {
        story_weights.norms.clear();
        let day_of_text = |t: usize| story_date_of(texts[t][0]).or(picture_of(texts[t][0]));
        let stories = Stories { texts: &texts, day_of_text: &day_of_text, by_sentences: &by_sentences };
        let read = read_in_the_week_of_a_page_dated_by_sentences(parsed, &distinct, &still_undated, &stories, &address_month, &mut story_weights);
        still_undated.retain(|i| !read.contains(i));
    }
    if !still_undated.is_empty() && !by_sibling.is_empty() {
        story_weights.norms.clear();
        let read = read_in_the_week_of_a_siblings_sibling(parsed, &distinct, &still_undated, &by_sibling, &address_month, &mut story_weights);
        still_undated.retain(|i| !read.contains(i));
    }
    let undated_pages = UndatedPages { undated: &undated, distinct: &distinct, weights: &story_weights };
    take_the_month_of_the_closest_undated_page(parsed, &still_undated, &undated_pages, &mut undated_index);
    ledes.into_iter().zip(story_read).map(|(lede, story)| DatesRead { lede, story }).collect()
}

/// The dated texts of the first look and the pages dated by the sentences they share.
struct Stories<'a> {
    texts: &'a [Vec<usize>],
    day_of_text: &'a dyn Fn(usize) -> Option<NaiveDate>,
    by_sentences: &'a [(usize, NaiveDate)],
}

/// A page left undated may tell the story of a page dated by the sentences it shares with
/// dated pages (two outlets' wordings of one statement, a third outlet's copy dated): that
/// date is as good as theirs, so the page is read in its week when that page is its likeliest
/// sibling against every dated text as a rival. Returns the pages so read.
fn read_in_the_week_of_a_page_dated_by_sentences(
    parsed: &mut [article::Parsed],
    distinct: &DistinctWords,
    undated: &[usize],
    stories: &Stories,
    address_month: &[Option<(i32, u32)>],
    weights: &mut StoryWeights,
) -> Vec<usize> {
    let dated = stories.texts.len();
    let mut texts: Vec<Vec<usize>> = stories.texts.to_vec();
    texts.extend(stories.by_sentences.iter().map(|&(j, _)| vec![j]));
    let day_of = |t: usize| if t < dated { (stories.day_of_text)(t) } else { Some(stories.by_sentences[t - dated].1) };
    let mut index = TextIndex::of(texts.iter().map(|members| distinct.of(members[0])));
    let mut found = Vec::new();
    for &i in undated {
        let words = distinct.of(i);
        let fits = |t: usize| day_of(t).is_some_and(|day| in_address_month(address_month[i], day)) && !texts[t].contains(&i);
        let among: Vec<usize> = index.sharing(words).iter().map(|(t, _)| *t).filter(|&t| fits(t)).collect();
        let sibling = story_sibling(words, &among, &index.holders, weights, &texts, distinct, |a, b| day_of(a) == day_of(b));
        // Only a page dated by its sentences is new here: the dated texts had their look. Its
        // date is one step removed: the likeness must be plain ([`BY_SENTENCES_SIBLING`]).
        let sibling = sibling.filter(|(_, score)| *score >= BY_SENTENCES_SIBLING);
        if let Some((k, score)) = sibling.and_then(|(t, score)| Some((t.checked_sub(dated)?, score))) {
            found.push((i, stories.by_sentences[k], score));
        }
    }
    for &(i, (j, date), score) in &found {
        let source = format!("{} (dated {date}) tells the same story (likeness {score:.2})", parsed[j].article.id);
        read_in_story_week(&mut parsed[i], date, source);
    }
    found.into_iter().map(|(i, ..)| i).collect()
}

/// A page left undated may retell the story of a page read in its sibling's week (two
/// outlets' copies of one statement, a third outlet dated): it is read in that week too. One
/// step only, and only for a close retelling ([`SIBLINGS_SIBLING`]): a chain of likenesses
/// drifts to other stories.
fn read_in_the_week_of_a_siblings_sibling(
    parsed: &mut [article::Parsed],
    distinct: &DistinctWords,
    undated: &[usize],
    by_sibling: &[usize],
    address_month: &[Option<(i32, u32)>],
    weights: &mut StoryWeights,
) -> Vec<usize> {
    let texts: Vec<Vec<usize>> = by_sibling.iter().map(|&j| vec![j]).collect();
    let mut index = TextIndex::of(by_sibling.iter().map(|&j| distinct.of(j)));
    let day_of = |t: usize| parsed[by_sibling[t]].story_day_of_sibling();
    let mut found: Vec<(usize, usize, f64)> = Vec::new();
    for &i in undated {
        let words = distinct.of(i);
        let fits = |t: usize| day_of(t).is_some_and(|day| in_address_month(address_month[i], day));
        let among: Vec<usize> = index.sharing(words).iter().map(|(t, _)| *t).filter(|&t| fits(t)).collect();
        let sibling = story_sibling(words, &among, &index.holders, weights, &texts, distinct, |a, b| day_of(a) == day_of(b));
        if let Some((t, score)) = sibling.filter(|(_, score)| *score >= SIBLINGS_SIBLING) {
            found.push((i, t, score));
        }
    }
    let mut read = Vec::new();
    for (i, t, score) in found {
        let j = by_sibling[t];
        let Some(date) = parsed[j].story_day_of_sibling() else { continue };
        let source = format!("{} (read in the week of {date}) tells the same story (likeness {score:.2})", parsed[j].article.id);
        read_in_story_week(&mut parsed[i], date, source);
        read.push(i);
    }
    read
}

/// The pages nothing dates, and what tells how alike two pages are.
struct UndatedPages<'a> {
    undated: &'a [usize],
    distinct: &'a DistinctWords<'a>,
    weights: &'a StoryWeights,
}

/// Pages left undated take the month of the undated page most like them, when its address
/// files it under one (a church bombing told by three undated pages, one filed under
/// "/2025/06/"), or when that page took one so (two steps at most): their story's month,
/// inferred, in whose year their months and days are read.
fn take_the_month_of_the_closest_undated_page(parsed: &mut [article::Parsed], still_undated: &[usize], pages: &UndatedPages, index: &mut TextIndex) {
    for _ in 0..2 {
        for &i in still_undated {
            if parsed[i].story_month.is_some() {
                continue;
            }
            let Some((k, alike)) = closest_undated(i, pages.undated, index, pages.distinct, pages.weights) else { continue };
            let Some((y, m)) = parsed[k].story_month.filter(|_| alike >= SAME_STORY) else { continue };
            parsed[i].story_month = Some((y, m));
            parsed[i].year_of = mid_month(Some((y, m))).or(parsed[i].year_of);
            let of = &parsed[k].article.id;
            let told = format!("{of}, undated too and of {y}-{m:02}, is the page most like it (likeness {alike:.2}): its story is of that month, inferred");
            let evidence = &mut parsed[i].article.published.evidence;
            *evidence = Some(evidence.as_deref().map_or_else(|| format!("not stated; {told}"), |e| format!("{e}; {told}")).into());
        }
    }
}

/// The middle of a month, which a month and day with no year are read nearest to.
fn mid_month(month: Option<(i32, u32)>) -> Option<NaiveDate> {
    month.and_then(|(y, m)| NaiveDate::from_ymd_opt(y, m, 15))
}

/// Whether a story's `day` may be told by a page filed under `month` in its address
/// ("/2016/12/…"): a day of that month, or of the week before it; any day when the address
/// names no month.
fn in_address_month(month: Option<(i32, u32)>, day: NaiveDate) -> bool {
    let Some((year, month)) = month else { return true };
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else { return true };
    let next = first.checked_add_months(chrono::Months::new(1));
    day >= first - chrono::Duration::days(ADDRESS_MONTH_LEAD_DAYS) && next.is_none_or(|next| day < next)
}

/// Days before the month of its address a page's story may be of (a story of 28 November
/// filed under "/2016/12/").
const ADDRESS_MONTH_LEAD_DAYS: i64 = 7;

/// The latest day of a corpus about one period, which a month and day with no year are
/// read against: the latest publication date within half a year of the median one, when
/// at least three in four dated articles lie that close. A corpus of several years' stories
/// has none: "On August 16" in a page of no date is then of no known year.
fn corpus_latest_day(mut days: Vec<NaiveDate>) -> Option<NaiveDate> {
    days.sort_unstable();
    let median = *days.get(days.len() / 2)?;
    let near = || days.iter().filter(|d| (**d - median).num_days().abs() <= ONE_PERIOD_DAYS);
    (near().count() * 4 >= days.len() * 3).then(|| near().max().copied()).flatten()
}

/// Half a year: how far from the median publication date a corpus about one period reaches.
const ONE_PERIOD_DAYS: i64 = 183;

/// An undated article whose story's day is `day` (as `source` says): its months, days and
/// weekdays are read in that day's week and its undated sentences take that day, inferred.
fn read_in_story_week(p: &mut article::Parsed, day: NaiveDate, source: String) {
    p.year_of = Some(day);
    p.week_of = day.succ_opt();
    p.article.published.evidence =
        Some(format!("not stated; {source}: its weekdays are read in that week, its undated sentences take that day, inferred").into());
}

/// The day an undated page gives itself, weakly, and how: a caption of its own picture
/// dates it, or a weekday it names falls on a full day it states, or, last, the latest
/// day it states whole, with its year, as the day of an act told.
#[derive(Clone, Copy)]
struct OwnDay {
    day: NaiveDate,
    from: OwnDayFrom,
}

/// What gave an undated page its own day.
#[derive(Clone, Copy)]
enum OwnDayFrom {
    /// A caption dates its picture `taken`; the story is of that day, or of the day after it
    /// within a week that its first sentence's weekday names.
    Caption { taken: NaiveDate },
    /// An embedded post is dated `posted`; the story is of that day or of the one nearest it
    /// that its first sentence's weekday names (a post may answer the story or be its news).
    Post { posted: NaiveDate },
    /// A named weekday falls on the stated day `pin`; `ahead` when that weekday only looks
    /// ahead (the page is then of the day before).
    Weekday { pin: NaiveDate, ahead: bool },
    /// The day is the latest the page states with its year.
    StatedDay,
}

impl OwnDay {
    /// An undated page's own day, with its story sentences' readings when it read them.
    fn of(p: &article::Parsed, latest: Option<NaiveDate>) -> (Option<OwnDay>, Option<PageReadings>) {
        if let Some(taken) = p.picture_day {
            let day = lede_day_after_picture(p, taken).unwrap_or(taken);
            return (Some(OwnDay { day, from: OwnDayFrom::Caption { taken } }), None);
        }
        if let Some(posted) = p.post_day {
            let day = lede_day_near_post(p, posted).unwrap_or(posted);
            return (Some(OwnDay { day, from: OwnDayFrom::Post { posted } }), None);
        }
        let read = PageReadings::of(p);
        (Self::of_sentences(p, latest, &read), Some(read))
    }

    /// The day its sentences (`read`) give a page with no picture of its own.
    fn of_sentences(p: &article::Parsed, latest: Option<NaiveDate>, read: &PageReadings) -> Option<OwnDay> {
        // A weekday names a day of the page's own week, so a stated day that falls on it is
        // of that week; when every mention of that weekday looks ahead, the page comes
        // before it.
        let Some((pin, ahead)) = weekday_pin(p, latest, read) else {
            return latest_stated_day(p, read).map(|day| OwnDay { day, from: OwnDayFrom::StatedDay });
        };
        let day = if ahead { pin.pred_opt()? } else { pin };
        Some(OwnDay { day, from: OwnDayFrom::Weekday { pin, ahead } })
    }

    /// Where the day came from, for the page's evidence.
    fn source(self) -> String {
        let day = self.day;
        match self.from {
            OwnDayFrom::StatedDay => format!("the latest day it states with its year, as an act's, is {day}"),
            OwnDayFrom::Caption { taken } if taken == day => format!("a caption dates its picture {day}"),
            OwnDayFrom::Caption { taken } => {
                format!("a caption dates its picture {taken} and its first sentence tells of the {} after it, {day}", day.format("%A"))
            }
            OwnDayFrom::Post { posted } if posted == day => format!("an embedded post is dated {day}"),
            OwnDayFrom::Post { posted } => {
                format!("an embedded post is dated {posted} and its first sentence tells of the {} nearest it, {day}", day.format("%A"))
            }
            OwnDayFrom::Weekday { pin, ahead: true } => {
                format!("it names a {} ahead and {pin}, which fell on one, so it is of the day before", pin.format("%A"))
            }
            OwnDayFrom::Weekday { ahead: false, .. } => format!("it names a {} and {day}, which fell on one", day.format("%A")),
        }
    }
}

/// The day in the week from a page's picture's day (`taken`) that its first story sentence
/// names by its weekday ("… on Thursday", a picture of the Tuesday before): a picture is
/// taken on or before the day of the story it shows, so the story's weekday falls after it.
fn lede_day_after_picture(p: &article::Parsed, taken: NaiveDate) -> Option<NaiveDate> {
    // Weekdays count back from the week's last day, so each falls within the week from `taken`.
    let last = taken + chrono::Duration::days(6);
    let dating = timex::Dating { year_of: Some(taken), week_of: Some(last), ..timex::Dating::default() };
    lede_weekday_days(p, dating)?.into_iter().filter(|d| (taken..=last).contains(d)).max()
}

/// The days the weekdays an undated page's first story sentence names fall on, read by
/// `dating`, in clauses that do not look ahead.
fn lede_weekday_days(p: &article::Parsed, dating: timex::Dating) -> Option<Vec<NaiveDate>> {
    let named_weekday = |t: &timex::Timex| t.text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.parse::<chrono::Weekday>().is_ok());
    let lede = lede_timexes(p, dating)?;
    let days = lede.iter().filter(|t| !t.ahead && named_weekday(t)).filter_map(|t| match t.role {
        timex::Role::Point(d) => d.as_naive(),
        _ => None,
    });
    Some(days.collect())
}

/// The day nearest an embedded post's day (`posted`), three days either side, that a page's
/// first story sentence names by its weekday: a post may answer the story ("On Wednesday, a
/// military airstrike took place …" above reactions of the Friday after) or be what the story
/// tells of later ("… told state television on Sunday" below a post of the Friday before).
fn lede_day_near_post(p: &article::Parsed, posted: NaiveDate) -> Option<NaiveDate> {
    // Weekdays count back from the day before `week_of`: from three days after the post.
    let dating = timex::Dating { year_of: Some(posted), week_of: posted.checked_add_days(chrono::Days::new(4)), ..timex::Dating::default() };
    let near = (posted - chrono::Duration::days(3))..=(posted + chrono::Duration::days(3));
    lede_weekday_days(p, dating)?.into_iter().filter(|d| near.contains(d)).max()
}

/// The one day, from [`LEDE_WEEKDAY_BEFORE`] days before `day` to the day after it, that a
/// weekday an undated page's first sentence names falls on, in any clause ("…, which was in
/// session Tuesday").
fn lede_weekday_near(p: &article::Parsed, day: NaiveDate) -> Option<NaiveDate> {
    // Weekdays count back from the day before `week_of`: from the day after `day`.
    let dating = timex::Dating { year_of: Some(day), week_of: day.checked_add_days(chrono::Days::new(2)), ..timex::Dating::default() };
    let named_weekday = |t: &timex::Timex| t.text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.parse::<chrono::Weekday>().is_ok());
    let near = (day - chrono::Duration::days(LEDE_WEEKDAY_BEFORE))..=(day + chrono::Duration::days(1));
    let mut days: Vec<NaiveDate> = lede_timexes(p, dating)?
        .iter()
        .filter(|t| !t.ahead && named_weekday(t))
        .filter_map(|t| match t.role {
            timex::Role::Point(d) | timex::Role::Background(d) => d.as_naive(),
            _ => None,
        })
        .filter(|d| near.contains(d))
        .collect();
    days.dedup();
    (days.len() == 1).then(|| days[0])
}

/// Days before its sibling's day an undated page's own weekday may fall.
const LEDE_WEEKDAY_BEFORE: i64 = 2;

/// The latest full day an article states (read in the year of the corpus's `latest` day)
/// whose weekday it also names ("… take effect at midnight on 30 December" and "… will
/// begin at 00:00 on Friday": 30 December 2016 was a Friday), and whether every mention of
/// that weekday looks ahead. Any stated day counts, a background one too.
fn weekday_pin(p: &article::Parsed, latest: Option<NaiveDate>, read: &PageReadings) -> Option<(NaiveDate, bool)> {
    latest?;
    let dating = timex::Dating { year_of: latest, ..timex::Dating::default() };
    let mut days: Vec<NaiveDate> = Vec::new();
    // For each weekday from Monday: (named at all, named in a clause that does not look ahead).
    let mut named = [(false, false); 7];
    for found in read.dated(p, dating) {
        for t in found {
            if let timex::Role::Point(d) | timex::Role::Background(d) = t.role {
                days.extend(d.as_naive());
            }
            for w in t.text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 6) {
                if let Ok(weekday) = w.parse::<chrono::Weekday>() {
                    let seen = &mut named[weekday.num_days_from_monday() as usize];
                    *seen = (true, seen.1 || !t.ahead);
                }
            }
        }
    }
    let pin = days.into_iter().filter(|d| named[chrono::Datelike::weekday(d).num_days_from_monday() as usize].0).max()?;
    Some((pin, !named[chrono::Datelike::weekday(&pin).num_days_from_monday() as usize].1))
}

/// Dates an undated page by its dateline's month and day in the year of a day it states
/// ([`dateline_in_stated_year`]), inferred; whether it did.
fn date_dateline_in_stated_year(p: &mut article::Parsed) -> bool {
    let Some((month, day)) = p.dateline_day.filter(|_| p.article.published.date.is_none()) else { return false };
    let Some((date, stated)) = dateline_in_stated_year(p, month, day) else { return false };
    p.article.published = inferred_date(date, format!("month and day from the dateline; year from the day it states, {stated}"));
    p.dateline_day = None;
    true
}

/// A publication date inferred by `evidence`.
fn inferred_date(date: NaiveDate, evidence: String) -> Published {
    Published { date: Some(date.format("%Y-%m-%d").to_string().into()), time: None, inferred: true, evidence: Some(evidence.into()) }
}

/// A dateline's month and day ("MOSCOW, February 28. /TASS/.") in the year of the nearest
/// day its page states whole, year written out ("On February 27, 2020, …"), when that day
/// is at most [`DATELINE_YEAR_REACH`] days from it; with that stated day.
fn dateline_in_stated_year(p: &article::Parsed, month: u32, day: u32) -> Option<(NaiveDate, NaiveDate)> {
    let distance = |(dated, stated): &(NaiveDate, NaiveDate)| (*dated - *stated).num_days().abs();
    let read = PageReadings::of(p);
    let written = days_stated_whole(p, &read).map(|(_, d)| d);
    written.filter_map(|s| Some((timex::nearest_year(month, day, s)?, s))).filter(|c| distance(c) <= DATELINE_YEAR_REACH).min_by_key(distance)
}

/// The whole days a page's story states, year written out (a day read in an assumed year is
/// no clue to the page's own), each with whether it looks ahead.
fn days_stated_whole<'a>(p: &'a article::Parsed, read: &'a PageReadings) -> impl Iterator<Item = (bool, NaiveDate)> + 'a {
    let stated = read.dated(p, timex::Dating::default()).flatten();
    stated.filter_map(|t| t.day().filter(|d| t.text.contains(&chrono::Datelike::year(d).to_string())).map(|d| (t.ahead, d)))
}

/// How far (in days) from a day its page states a dateline's month and day may lie and
/// take that day's year: a season.
const DATELINE_YEAR_REACH: i64 = 92;

/// The latest whole day, year written out, that a page's story states as the day of an act
/// it tells, not ahead ("the talks … were held on 3-4 April 2018"): what a page with no date
/// and no other clue to its day is read near. (The year written out: a day read in an
/// assumed year is no clue to the page's own.)
fn latest_stated_day(p: &article::Parsed, read: &PageReadings) -> Option<NaiveDate> {
    // An act told in the past perfect ("An organized gang had kidnapped him … on Nov. 22,
    // 2012") came before the story: its day is none of the page's.
    let story = p.article.sentences.iter().filter(|s| !s.heading);
    let before_the_story = story.map(|s| crate::tense::main_clause(&s.text).tense == crate::tense::Tense::PastPerfect);
    let stated = read.dated(p, timex::Dating::default()).zip(before_the_story).filter(|(_, before)| !before).flat_map(|(found, _)| found);
    stated.filter(|t| !t.ahead).filter_map(|t| t.day().filter(|d| t.text.contains(&chrono::Datelike::year(d).to_string()))).max()
}

/// The day a dated page's first story sentence tells of, when it is a day or two before the
/// page ("Russia and China on Tuesday vetoed …" on a Wednesday page): the story's day. With
/// the sentence's time expressions, as read.
fn day_told_before(p: &article::Parsed, published: NaiveDate) -> (Option<NaiveDate>, LedeTimexes) {
    let dating = timex::Dating { reference: Some(published), filed: p.filed, year_of: p.year_of, week_of: p.week_of };
    let Some(found) = lede_timexes(p, dating) else { return (None, None) };
    // The page's own date stamped into its first line ("By Edith M. Lederer May 28, 2012 …
    // Sunday") is no day of its story.
    let stamp = |t: &&timex::Timex| t.day() == Some(published) && t.text.contains(&chrono::Datelike::year(&published).to_string());
    let day = found.iter().filter(|t| !stamp(t)).find_map(timex::Timex::day);
    // A lead that names no time at all is dated by the next sentence of its paragraph, by a
    // day of its own ("ISIS has beheaded another American journalist. Following up on last
    // month's beheading of Foley, Islamic State released another video yesterday …").
    let day = day.or_else(|| found.is_empty().then(|| next_in_lead(p, dating)).flatten());
    let told_before = |day: &NaiveDate| *day < published && (published - *day).num_days() <= TOLD_BEFORE_DAYS;
    let day = day.filter(told_before);
    // A lead of one day followed by a paragraph opening on a later one before the page
    // ("Trump said Friday …" then "As their commanders on Saturday declared final victory
    // …" on Sunday's page): the story has moved on to that day (as `events::lead_date` reads it).
    let later = day.and_then(|day| opening_of_second_paragraph(p, dating).filter(|next| *next > day && told_before(next)));
    (later.or(day), Some((dating, found)))
}

/// The first day of its own the first sentence of the story's second paragraph states.
fn opening_of_second_paragraph(p: &article::Parsed, dating: timex::Dating) -> Option<NaiveDate> {
    let lede = lede_index(p)?;
    let paragraph = p.article.sentences[lede].paragraph;
    let next = p.article.sentences[lede..].iter().find(|s| !s.heading && s.paragraph != paragraph)?;
    own_first_day(&next.text, dating)
}

/// The first day a sentence states as its own (no background's).
fn own_first_day(text: &str, dating: timex::Dating) -> Option<NaiveDate> {
    timex::find_dated(text, dating).iter().find_map(|t| match t.role {
        timex::Role::Point(d) => d.as_naive(),
        _ => None,
    })
}

/// The first day of its own the sentence after the lead states, in the lead's paragraph.
fn next_in_lead(p: &article::Parsed, dating: timex::Dating) -> Option<NaiveDate> {
    let lede = lede_index(p)?;
    let next = p.article.sentences.get(lede + 1).filter(|s| !s.heading && s.paragraph == p.article.sentences[lede].paragraph)?;
    own_first_day(&next.text, dating)
}

/// An article's first story sentence's time expressions as the dates stage read them, with
/// the dating read by, for the sentence stage ([`SentenceDating`]).
type LedeTimexes = Option<(timex::Dating, Vec<timex::Timex>)>;

/// Whether two dated pages, each as (its story's day, its publication date), tell their
/// story of one day: their stories' days agree ("on Tuesday" in Wednesday's page and
/// Tuesday's page), or their pages' dates do.
fn one_storys_day(a: (Option<NaiveDate>, Option<NaiveDate>), b: (Option<NaiveDate>, Option<NaiveDate>)) -> bool {
    a.0 == b.0 || a.1.is_some() && a.1 == b.1
}

/// Whether two stories' days are a day apart: one story told over two days, not rivals for
/// an undated page's week.
fn next_days(a: Option<NaiveDate>, b: Option<NaiveDate>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if (a - b).num_days().abs() == 1)
}

/// The day a page's undated sentences take, inferred: its story's day, which for a page
/// dated by itself is the day its first sentence tells of when that is a day or two before
/// it ("The council … Sunday" on Monday's page: the ambassadors' words are Sunday's too).
fn undated_sentences_day(p: &article::Parsed) -> Option<NaiveDate> {
    let Some(day) = p.story_day() else { return p.story_day_of_sibling() };
    let own_date = p.occasion.is_none() && !p.article.published.inferred;
    Some(own_date.then(|| day_told_before(p, day).0).flatten().unwrap_or(day))
}

/// How many days before its page a sibling's lead may tell of and still be the story's day.
const TOLD_BEFORE_DAYS: i64 = 2;

/// The day an article's first story sentence dates its act by a stated month and day
/// ("aired on Tuesday, November 15"), read in the year of the corpus's `latest` day.
fn lede_day(p: &article::Parsed, latest: Option<NaiveDate>) -> Option<NaiveDate> {
    first_story_day(p, timex::Dating { year_of: latest, ..timex::Dating::default() })
}

/// The first full day an article's first story sentence states, read by `dating`.
fn first_story_day(p: &article::Parsed, dating: timex::Dating) -> Option<NaiveDate> {
    first_day(&lede_timexes(p, dating)?)
}

/// The first full day of time expressions.
fn first_day(found: &[timex::Timex]) -> Option<NaiveDate> {
    found.iter().find_map(timex::Timex::day)
}

/// The place of an article's first story sentence.
fn lede_index(p: &article::Parsed) -> Option<usize> {
    p.article.sentences.iter().position(|s| !s.heading)
}

/// The time expressions of an article's first story sentence, read by `dating`.
fn lede_timexes(p: &article::Parsed, dating: timex::Dating) -> Option<Vec<timex::Timex>> {
    Some(timex::find_dated(&p.article.sentences[lede_index(p)?].text, dating))
}

/// An article's content words, each once, sorted.
fn distinct_words(list: &[events::Words]) -> Vec<u32> {
    // Not gathered with their repeats and sorted: 7,500 sorts, ~0.15 G instructions on the 12 MB corpus.
    crate::sorted_set::sorted_distinct(list.iter().flat_map(|w| w.iter().copied()))
}

/// Each article's distinct content words ([`distinct_words`]), made when first asked for:
/// the index, the weights, the norms and the article itself read the same lists, each
/// sorted once rather than once a reading.
struct DistinctWords<'a> {
    words_of: &'a [Vec<events::Words>],
    made: Vec<std::cell::OnceCell<Vec<u32>>>,
}

impl<'a> DistinctWords<'a> {
    /// With `ahead`, every list is made now, on every core: the index and the weights of an
    /// undated page's search read (nearly) all of them.
    fn new(words_of: &'a [Vec<events::Words>], ahead: bool) -> Self {
        let made = if ahead {
            words_of.par_iter().map(|list| std::cell::OnceCell::from(distinct_words(list))).collect()
        } else {
            std::iter::repeat_with(Default::default).take(words_of.len()).collect()
        };
        DistinctWords { words_of, made }
    }

    fn of(&self, article: usize) -> &[u32] {
        self.made[article].get_or_init(|| distinct_words(&self.words_of[article]))
    }
}

/// Which texts (each an article's content words) use each word, so that the texts an
/// article shares most words with are found without comparing it to every one.
struct TextIndex {
    /// For each word, the texts that use it, in order.
    holders: FxHashMap<u32, Vec<usize>>,
    /// Words shared with each text, counted in an array reset through the touched list.
    shared: Vec<usize>,
    touched: Vec<usize>,
}

impl TextIndex {
    /// Of each text's distinct words.
    fn of<'a>(texts: impl Iterator<Item = &'a [u32]>) -> Self {
        let mut holders: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        let mut count = 0;
        for (t, words) in texts.enumerate() {
            for w in words {
                holders.entry(*w).or_default().push(t);
            }
            count = t + 1;
        }
        TextIndex { holders, shared: vec![0; count], touched: Vec::new() }
    }

    /// The texts sharing most of `words` (distinct), with how many each shares, most first
    /// (ties by text), at most [`SHARING_TEXTS`]; a word more than [`COMMON_HOLDERS`] texts
    /// use says nothing of a story and is not counted.
    fn sharing(&mut self, words: &[u32]) -> Vec<(usize, usize)> {
        for w in words {
            if let Some(holders) = self.holders.get(w).filter(|h| h.len() <= COMMON_HOLDERS) {
                for &t in holders {
                    if self.shared[t] == 0 {
                        self.touched.push(t);
                    }
                    self.shared[t] += 1;
                }
            }
        }
        let shared = &mut self.shared;
        let mut found: Vec<(usize, usize)> = self.touched.drain(..).map(|t| (t, std::mem::take(&mut shared[t]))).collect();
        found.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found.truncate(SHARING_TEXTS);
        found
    }
}

/// How many texts sharing an article's words are looked at, at most.
const SHARING_TEXTS: usize = 32;

/// A word more texts than this use is not counted in finding the texts an article shares words with.
const COMMON_HOLDERS: usize = 64;

/// Of the likeliest sibling among pages dated by their story and among pages dated only by
/// their own picture, the one more alike: a picture may be older than its story, so a
/// story's date serves first, but not when it is a less alike page of another story (a
/// report of a Security Council vote a year later, against the remarks the page retells).
fn closer_sibling(by_story: Option<(usize, f64)>, by_picture: Option<(usize, f64)>) -> Option<(usize, f64)> {
    match (by_story, by_picture) {
        (Some(story), Some(picture)) if picture.1 > story.1 => Some(picture),
        (story, picture) => story.or(picture),
    }
}

/// How alike two articles' words must be (their shared rare words' weight) for an undated
/// one to be read in the week of a dated one: reports of one story are above it, reports of
/// other stories about the same war mostly below (QUALITY.md, "Stop 32": the right siblings
/// of four unseen folders score 0.107–0.279 with [`StoryWeights`]).
const SAME_STORY: f64 = 0.1;

/// How alike a page filed under a month in its address ("/2012/02/") must be to a dated page
/// of that month: the month has ruled out the other months' stories, and the rare words
/// shared ([`STORY_WORDS`]) are still needed (the thirty-first unseen folder of
/// `quality/fresh.md`: a blog's retelling of a visit 0.098 alike to the one page of that
/// month; no page of the other folders moves down to 0).
const SAME_STORY_IN_ADDRESS_MONTH: f64 = 0.05;

/// How alike a page must be to one read in its sibling's week to be read in that week too:
/// a close retelling, as errors of two steps add up (the folders of `quality/fresh.md`: the
/// one right second step scores 0.41, the one wrong 0.13, a page of another story's week).
const SIBLINGS_SIBLING: f64 = 0.3;

/// How alike an undated page must be to a page dated by the sentences it shares to be read
/// in that page's week (the sure siblings on the unseen folders were 0.17–0.25, a page of
/// another story 0.11).
const BY_SENTENCES_SIBLING: f64 = 0.15;

/// How much more alike than an undated page's likeliest dated sibling another page nothing
/// dates may be before the two undated pages are taken to tell a story of their own, not
/// the sibling's (the folders of `quality/fresh.md`: two pages on Assad in the Kremlin, 0.74
/// alike, were read in the week of a Sochi summit 0.18 alike, two on a strike on Iran's
/// consulate in 2024, 0.34 alike, in the week of a strike of 2013 0.12 alike; the right
/// siblings' undated rivals were at most twice less alike than they).
const UNDATED_STORY_LEAD: f64 = 2.5;

/// How many words at most half the texts use an undated article must share with a dated one
/// to tell its story.
const STORY_WORDS: usize = 5;

/// How far the likeliest story must lead the likeliest of another date (QUALITY.md, "Stop 31").
const SAME_STORY_LEAD: f64 = 1.2;

/// How much a word tells of a story: `ln(texts / holders)` over every distinct text of the
/// corpus, dated or not. Counted over the dated texts alone, a folder of four dated pages
/// made "Syria" and "terrorists" rare, and a page on one offensive was read in the week of an
/// unrelated interview (QUALITY.md, "Stop 32": leave-one-out on small pools, wrong weekdays
/// 477 → 4 of 4-dated folders).
struct StoryWeights {
    /// Each word's weight, its logarithm taken once (not at every reading of the word).
    weights: FxHashMap<u32, f64>,
    /// Each dated text's own weight, once, when an article first needs it.
    norms: Vec<f64>,
}

impl StoryWeights {
    /// Counted only when `needed` (some article is undated); copies count once.
    fn of(distinct: &DistinctWords, needed: bool) -> Self {
        let mut holders: FxHashMap<u32, u32> = FxHashMap::default();
        let mut seen: FxHashSet<&[events::Words]> = Default::default();
        for (a, list) in distinct.words_of.iter().enumerate().filter(|_| needed) {
            if !seen.insert(list.as_slice()) {
                continue;
            }
            for w in distinct.of(a) {
                *holders.entry(*w).or_default() += 1;
            }
        }
        let texts = seen.len() as f64;
        let weights = holders.into_iter().map(|(w, h)| (w, (texts / f64::from(h)).ln())).collect();
        StoryWeights { weights, norms: Vec::new() }
    }

    fn weight(&self, word: &u32) -> f64 {
        self.weights.get(word).copied().unwrap_or(0.0)
    }
}

/// The dated text most like an undated article's `words` (all its words, sorted, deduplicated),
/// with its likeness, unless another date's text is nearly as alike: each shared word weighs
/// by how few texts use it ([`StoryWeights`]), and the shared words' weight over the
/// geometric mean of the two texts' weights is [`SAME_STORY_LEAD`] times that of any text of
/// another date. Callers ask a likeness of their own ([`SAME_STORY`] and the like).
fn story_sibling(
    words: &[u32],
    candidates: &[usize],
    word_index: &FxHashMap<u32, Vec<usize>>,
    weights: &mut StoryWeights,
    texts: &[Vec<usize>],
    distinct: &DistinctWords,
    same_day: impl Fn(usize, usize) -> bool,
) -> Option<(usize, f64)> {
    if weights.norms.is_empty() {
        let norms: Vec<f64> = texts.iter().map(|members| distinct.of(members[0]).iter().map(|w| weights.weight(w)).sum::<f64>()).collect();
        weights.norms = norms;
    }
    let weights = &*weights;
    let (weight, norms) = (|w: &u32| weights.weight(w), &weights.norms);
    let mine: f64 = words.iter().map(weight).sum();
    let score = |t: usize| {
        let shared = words.iter().filter(|w| word_index.get(w).is_some_and(|h| h.binary_search(&t).is_ok()));
        likeness(shared, mine, norms[t], weights)
    };
    let scored: Vec<(usize, f64)> = candidates.iter().map(|&t| (t, score(t))).collect();
    let (best, top) = scored.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    // Another day's story nearly as alike: the week is not known.
    let rival = scored.iter().filter(|(t, _)| !same_day(*t, best)).map(|(_, s)| *s).fold(0.0, f64::max);
    (top >= SAME_STORY_LEAD * rival).then_some((best, top))
}

/// How alike two texts are by the `shared` words: their weight over the geometric mean of
/// the texts' weights (`mine`, `theirs`), or 0 with fewer than [`STORY_WORDS`] rare ones (a
/// few shared words are chance, however rare: a name, a place).
fn likeness<'w>(shared: impl Iterator<Item = &'w u32> + Clone, mine: f64, theirs: f64, weights: &StoryWeights) -> f64 {
    let weight = |w: &u32| weights.weight(w);
    let rare = shared.clone().filter(|w| weight(w) >= std::f64::consts::LN_2).count();
    if rare < STORY_WORDS {
        return 0.0;
    }
    shared.map(weight).sum::<f64>() / (mine * theirs).sqrt().max(f64::MIN_POSITIVE)
}

/// Sentences of a page's lead, after its title, read for where its happening took place.
const LEDE_PLACE_SENTENCES: usize = 2;

/// The capitals (single-word aliases of the states of `data/actors.toml`) a page's title and
/// first sentences place something in or send someone to: "in Moscow", "to Ankara", "in
/// the Iranian capital, Tehran".
fn lede_places(article: &newsline_model::Article) -> Vec<&'static str> {
    static CAPITALS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let capitals = CAPITALS.get_or_init(|| {
        let states = crate::data::known_actors().iter().filter(|a| a.kind == newsline_model::ActorKind::Country);
        states.flat_map(|a| a.aliases.iter()).filter(|a| a.starts_with(char::is_uppercase) && !a.contains(' ')).map(String::as_str).collect()
    });
    let lede = article.title.iter().map(|t| &**t).chain(article.sentences.iter().take(LEDE_PLACE_SENTENCES).map(|s| &*s.text));
    let mut places = Vec::new();
    for text in lede {
        let words: Vec<&str> = text.split_whitespace().collect();
        for at in (0..words.len()).filter(|&at| matches!(words[at], "in" | "to")) {
            // "in the Iranian capital, Tehran": the name after the capital's description.
            let rest = &words[at + 1..];
            let skip = match rest {
                ["the", "capital,", ..] | ["the", "capital", ..] => 2,
                ["the", _, "capital,", ..] | ["the", _, "capital", ..] => 3,
                _ => 0,
            };
            if let Some(name) = rest.get(skip).map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric())) {
                if let Some(capital) = capitals.iter().find(|c| **c == name).filter(|c| !places.contains(*c)) {
                    places.push(*capital);
                }
            }
        }
    }
    places
}

/// The likeness (as [`story_sibling`] scores it) of undated page `i` to the page most like it
/// among `undated`, the pages nothing dates (its copies left out); none when none shares
/// enough rare words.
fn closest_undated(i: usize, undated: &[usize], index: &mut TextIndex, distinct: &DistinctWords, weights: &StoryWeights) -> Option<(usize, f64)> {
    let words = distinct.of(i);
    let weight = |w: &u32| weights.weight(w);
    let mine: f64 = words.iter().map(weight).sum();
    let score = |k: usize| {
        let theirs = distinct.of(k);
        likeness(sorted_shared(words, theirs).iter(), mine, theirs.iter().map(weight).sum(), weights)
    };
    // (A copy of the page is the same telling, no story of its own.)
    let copy = |k: usize| distinct.words_of[k] == distinct.words_of[i];
    let scored = index.sharing(words).into_iter().map(|(t, _)| undated[t]).filter(|&k| k != i && !copy(k)).map(|k| (k, score(k)));
    scored.filter(|&(_, alike)| alike > 0.0).max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

/// The words two sorted, deduplicated lists share.
fn sorted_shared(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut x, mut y, mut out) = (0, 0, Vec::new());
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[x]);
                x += 1;
                y += 1;
            }
        }
    }
    out
}

/// The share of their words (Dice) two sentences of two articles have in common when one
/// retells the other: copies and translations of one quote are above it, reports of other
/// days that name the same people below (measured on the development set: 0.47–0.97 against
/// 0.25–0.43).
const RETOLD: f64 = 0.45;

/// Whether two sentences tell the same thing in the same words. The share is of both
/// sentences' words: a short sentence inside a long one is no retelling ("Kerry and Lavrov
/// met" is in every report of every meeting of theirs).
fn retold(a: &[u32], b: &[u32]) -> bool {
    2.0 * events::shared(a, b) as f64 >= RETOLD * (a.len() + b.len()) as f64
}

/// Article ids for the evidence of a date: all of them up to ten, else the first ten.
fn listed(ids: &[String]) -> String {
    const SHOWN: usize = 10;
    if ids.len() <= SHOWN {
        ids.join(", ")
    } else {
        format!("{}, and {} more", ids[..SHOWN].join(", "), ids.len() - SHOWN)
    }
}

fn mark_copies(parsed: &mut [article::Parsed]) {
    let candidates: Vec<reuse::Candidate> = parsed
        .iter()
        .map(|p| reuse::Candidate {
            text: &p.article.text,
            outlet: p.article.outlet.as_deref(),
            names_source: p.repost_of.as_deref(),
            published: p.article.published.date.as_ref().map(|d| format!("{d} {}", p.article.published.time.as_deref().unwrap_or(""))),
        })
        .collect();
    let copies = reuse::detect(&candidates);
    let ids: Vec<Text> = parsed.iter().map(|p| p.article.id.clone()).collect();
    for (p, copy) in parsed.iter_mut().zip(copies) {
        p.article.copy_of = copy.map(|j| ids[j].clone());
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, Input, Source};

    fn article(file: &str, text: &str) -> Input {
        Input { file: file.into(), text: text.into() }
    }

    /// Two dated pages of other stories, so that a small folder's words weigh as in a real one.
    /// Spain's account of the Russian carrier group's withdrawn request to refuel at Ceuta.
    const REFUEL: &str = "Published: Oct 26, 2016\n\nSpain says the Russian embassy withdrew its request for the carrier Admiral Kuznetsov and its escorts to refuel in the enclave of Ceuta.\n\nNato allies had objected that the flotilla would bomb Aleppo after leaving the Spanish port.";
    const TRUCE: &str = "Published: Sep 12, 2016\n\nA ceasefire brokered by Washington and Moscow took effect across the country at sundown.\n\nRebel commanders said they would observe the truce but doubted the government would.";
    const TALKS: &str = "Published: Oct 16, 2016\n\nForeign ministers met in a lakeside hotel in Lausanne without reaching any agreement.\n\nOfficials from three delegations said the talks would continue by telephone.";

    /// Where an article's date (or its story's week) came from, as the output says.
    fn evidence_of(corpus: &newsline_model::Corpus, id: &str) -> String {
        corpus.articles.iter().find(|a| &*a.id == id).and_then(|a| a.published.evidence.as_deref().map(str::to_string)).unwrap_or_default()
    }

    fn published(corpus: &newsline_model::Corpus, id: &str) -> Option<String> {
        corpus.articles.iter().find(|a| &*a.id == id).and_then(|a| a.published.date.as_deref().map(str::to_string))
    }

    /// A page's readings, dated, are what `find_dated` reads in each story sentence, for any
    /// dating: the dates stage and the sentence stage read an undated page's sentences once.
    #[test]
    fn a_page_s_readings_dated_are_its_sentences_time_expressions() {
        use chrono::NaiveDate;
        let text = "Talks resume\n\nThe envoy said on Friday that talks would resume on Monday, 3 October, in Geneva.\n\nA week later, the council met on 14 October 2016; three days ago it had voted.\n\nSince last Friday night the truce has held.";
        let p = crate::article::parse(&article("a.txt", text), None);
        assert!(p.article.sentences.iter().any(|s| s.heading) && p.article.sentences.iter().filter(|s| !s.heading).count() >= 3);
        let read = super::PageReadings::of(&p);
        let day = NaiveDate::from_ymd_opt(2016, 10, 12);
        let datings = [
            crate::timex::Dating::default(),
            crate::timex::Dating { year_of: day, ..crate::timex::Dating::default() },
            crate::timex::Dating { year_of: day, week_of: day, ..crate::timex::Dating::default() },
            crate::timex::Dating { reference: day, filed: NaiveDate::from_ymd_opt(2016, 10, 11), ..crate::timex::Dating::default() },
        ];
        for dating in datings {
            let dated: Vec<Vec<crate::timex::Timex>> = read.dated(&p, dating).collect();
            let found: Vec<Vec<crate::timex::Timex>> =
                p.article.sentences.iter().filter(|s| !s.heading).map(|s| crate::timex::find_dated(&s.text, dating)).collect();
            assert_eq!(dated, found, "{dating:?}");
            assert!(found.iter().flatten().any(|t| matches!(t.role, crate::timex::Role::Point(_))), "{found:?}");
        }
    }

    /// A page with a month and day but no year is read in the year of a corpus about one
    /// period; in a corpus of several years' stories it stays undated.
    #[test]
    fn a_page_of_no_year_is_read_in_the_corpus_year_only_when_the_corpus_has_one() {
        let undated = "Russian bombers flew from an Iranian air base on August 16 to strike targets in Syria, the defence ministry said.";
        let one_period = extract(&[article("a.txt", TRUCE), article("b.txt", TALKS), article("c.txt", undated)], &[]);
        let event_day = |corpus: &newsline_model::Corpus| {
            let id = event_of(corpus, "c", 0).expect("told");
            corpus.events.iter().find(|e| *e.id == *id).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        assert_eq!(event_day(&one_period).as_deref(), Some("2016-08-16"));
        let deal = "Published: Sep 14, 2013\n\nThe two powers agreed in Geneva on a framework to remove the chemical arsenal.";
        let ceasefire = "Published: Mar 5, 2020\n\nThe two presidents agreed in Moscow on a ceasefire in the province.";
        let years_apart = extract(&[article("a.txt", TRUCE), article("d.txt", deal), article("e.txt", ceasefire), article("c.txt", undated)], &[]);
        assert_eq!(event_day(&years_apart), None, "no year is known for it");
    }

    /// A page nothing dates but the month its address files it under tells its story in that
    /// month (inferred), and an undated page telling the same is one event with it.
    #[test]
    fn an_address_month_dates_an_undated_pages_story_in_that_month() {
        let filed = "A suicide bomber attacked the Mar Elias church in the Dweila district of Damascus on Sunday, killing 22 worshippers.\n\nThe interior ministry blamed a cell of the Islamic State group for the bombing of the church.";
        let unfiled = "A suicide bomber attacked the Mar Elias church in the Dweila district of Damascus during Sunday mass, killing 22 worshippers.\n\n\
                       The patriarch appealed for calm at the funeral of the victims.";
        let source = |url: &str| Source { file: "f.txt".into(), outlet: None, site: None, url: Some(url.into()) };
        let run = |url: &str| extract(&[article("a.txt", REFUEL), article("b.txt", TRUCE), article("f.txt", filed), article("u.txt", unfiled)], &[source(url)]);
        let corpus = run("https://zembla.example/2025/06/church-bombing");
        let id = event_of(&corpus, "f", 0).expect("told");
        let event = corpus.events.iter().find(|e| *e.id == *id).expect("the event");
        assert_eq!((event.date.as_deref(), event.date_inferred), (Some("2025-06"), true), "{event:?}");
        assert_eq!(event_of(&corpus, "u", 0).as_deref(), Some(&*id), "the undated page's telling is the same event");
        // The undated page most like it takes its month for the rest of its story.
        assert!(evidence_of(&corpus, "u").contains("f, undated too and of 2025-06, is the page most like it"), "{}", evidence_of(&corpus, "u"));
        let funeral = event_of(&corpus, "u", 1).expect("told");
        assert_eq!(corpus.events.iter().find(|e| *e.id == *funeral).and_then(|e| e.date.as_deref()), Some("2025-06"));
        let corpus = run("https://zembla.example/world/church-bombing");
        let id = event_of(&corpus, "f", 0).expect("told");
        assert_eq!(corpus.events.iter().find(|e| *e.id == *id).and_then(|e| e.date.as_deref()), None, "no month: undated");
    }

    /// An undated page telling the story a repost tells is read in the week of the repost's
    /// picture, the story's, not of the day the repost was filed.
    #[test]
    fn an_undated_sibling_of_a_repost_is_read_in_the_pictures_week() {
        let repost = "Leader killed in raid\n\nPeople inspect a destroyed house in the village of Atmeh, Idlib province, Syria, Thursday, Feb. 3, 2022. (AP Photo/Jane Roe)\n\n\
                      The leader of the militant group blew himself up in Atmeh as American commandos raided his hideout Thursday, the Pentagon said.\n\n\
                      Helicopters landed near the olive groves of Atmeh before dawn, residents said, and a loudspeaker warned the families to leave.";
        let undated = "Villagers in Atmeh woke to gunfire as commandos stormed a house where the militant leader hid with his family.\n\n\
                       By dawn the house lay in ruins, and neighbours counted the dead among the olive groves.";
        let filed = Source { file: "r.txt".into(), outlet: None, site: None, url: Some("https://zembla.example/2022/02/14/raid/".into()) };
        let corpus = extract(
            &[article("a.txt", REFUEL), article("b.txt", TRUCE), article("c.txt", TALKS), article("r.txt", repost), article("u.txt", undated)],
            &[filed],
        );
        let evidence = evidence_of(&corpus, "u");
        assert!(evidence.contains("r (2022-02-03) tells the same story"), "{evidence}");
    }

    /// An undated page whose likeliest dated siblings tell its story on days too close to
    /// choose between, of one month, is of that month; a month and day it names with no
    /// year are read in that month's year.
    #[test]
    fn dated_siblings_of_one_month_give_an_undated_page_its_month() {
        let first = "Published: Feb 7, 2014\n\nCivilians left the besieged old city of Homs under a three-day ceasefire, the provincial governor said.\n\nBuses waited.";
        let second = "Published: Feb 11, 2014\n\nCivilians left the besieged old city of Homs under a three-day ceasefire, the provincial governor said.\n\nTrucks waited.";
        let undated = "Civilians began leaving the besieged old city of Homs under a three-day ceasefire, the provincial governor said.\n\n\
                       Initial talks in Geneva were adjourned with no sign of progress on January 31.";
        let corpus = extract(
            &[
                article("a.txt", REFUEL),
                article("b.txt", TRUCE),
                article("c.txt", TALKS),
                article("f.txt", first),
                article("s.txt", second),
                article("u.txt", undated),
            ],
            &[],
        );
        let evidence = evidence_of(&corpus, "u");
        assert!(evidence.contains("of 2014-02, of days too close to choose between"), "{evidence}");
        let adjourned = event_of(&corpus, "u", 1).expect("told");
        assert_eq!(corpus.events.iter().find(|e| *e.id == *adjourned).and_then(|e| e.date.as_deref()), Some("2014-01-31"));
    }

    /// A blog quoting a report under the report's own date line ("Name | City | 15 January
    /// 2013") reads the report's "today" as that day; its own "yesterday" and "Today" are
    /// of its own page, and its "Today" after a story of yesterday is no plan but a day of
    /// its own.
    #[test]
    fn a_quoted_reports_today_is_the_day_of_its_own_date_line() {
        let page = "Skip to main content\n\nTwo explosions hit the campus and killed dozens of students yesterday.\n\n\
                    Today the opposition fighters have announced the start of a final push on the city.\n\n\
                    The Daily Herald reported on the attack:\n\n\
                    Jane Roe | Beirut | 15 January 2013\n\
                    Twin explosions struck a university campus in the city today as students gathered for exams.";
        let url = "http://blog.example.org/story/2013/01/17/12345/--the-final-push";
        let corpus = extract(&[article("b.txt", page)], &[Source { file: "b.txt".into(), url: Some(url.into()), ..Source::default() }]);
        assert_eq!(date_told(&corpus, "b", 0).as_deref(), Some("2013-01-16"), "{:?}", corpus.events);
        assert_eq!(date_told(&corpus, "b", 1).as_deref(), Some("2013-01-17"), "{:?}", corpus.events);
        assert_eq!(date_told(&corpus, "b", 3).as_deref(), Some("2013-01-15"), "{:?}", corpus.events);
    }

    /// A lead naming no time is dated by the next sentence of its paragraph: the page's
    /// undated sentences tell of that day.
    #[test]
    fn a_lead_naming_no_time_takes_the_day_of_the_next_sentence_of_its_paragraph() {
        let day_of_third = |gap: &str| {
            let page = format!(
                "Published: Sep 3, 2014\n\nThe militants have beheaded another American journalist.{gap}The group released another video yesterday showing the killing of the reporter.\n\n\
                 The White House said it could not confirm that the video was genuine."
            );
            date_told(&extract(&[article("a.txt", &page)], &[]), "a", 2)
        };
        assert_eq!(day_of_third(" ").as_deref(), Some("2014-09-02"));
        assert_eq!(day_of_third("\n\n").as_deref(), Some("2014-09-03"), "a day in another paragraph is not the lead's");
    }

    /// A lead of one day and a paragraph after it opening on a later day before the page:
    /// the story has moved on, and the page's undated sentences tell of the later day.
    #[test]
    fn a_story_moved_on_to_a_later_day_in_the_next_paragraph_takes_that_day() {
        let page = "Published: Mar 24, 2019\n\nPresident Donald Trump said Friday \"it's about time\" that the group no longer controls territory in the region.\n\n\
                    As their commanders on Saturday declared final victory over the Islamic State, the soldiers of the Syrian Democratic Forces (SDF) unfurled their yellow flag atop a bullet-ridden building.\n\n\
                    A spokesman for the US-backed Syrian Democratic Forces said the group had achieved \"total elimination\" of the group's so-called caliphate.";
        let corpus = extract(&[article("a.txt", page)], &[]);
        assert_eq!(date_told(&corpus, "a", 2).as_deref(), Some("2019-03-23"), "{:?}", corpus.events);
    }

    /// A plan an undated page names only in passing ("the conference could take place in
    /// July"), after the day of the story its sibling dates, is no event, as on a dated page.
    #[test]
    fn a_plan_in_passing_on_a_page_read_in_a_siblings_week_is_no_event() {
        let dated = "Published: Jun 5, 2013\n\nGovernment forces seized the border town of Qusair on Wednesday after weeks of fierce fighting with rebel brigades.\n\nThe rebels said they had withdrawn from the town overnight.";
        let undated = "Government forces seized the border town of Qusair on Wednesday after weeks of fierce fighting with rebel brigades.\n\nThe envoy told reporters after a meeting in Geneva that the peace conference could take place in July.";
        let corpus = extract(&[article("a.txt", dated), article("b.txt", undated), article("c.txt", TRUCE), article("d.txt", TALKS)], &[]);
        assert!(evidence_of(&corpus, "b").contains("tells the same story"), "{}", evidence_of(&corpus, "b"));
        assert!(corpus.events.iter().all(|e| e.date.as_deref() != Some("2013-07")), "{:?}", corpus.events);
    }

    /// "Today" in the tail of a quote a sentence before opened is the speaker's day: the
    /// tail goes on with the statement, of the statement's day.
    #[test]
    fn today_in_a_quotes_tail_is_the_speakers_day() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let page = format!(
                "Published: Dec 24, 2011\n\nTwin car bombs hit two security buildings in Damascus on Friday, killing 40 people.\n\n\
                 Beside the minister, the envoy said, {open}We are here to see the facts on the ground. ... What we are seeing today is regrettable, and calm must return.{close}"
            );
            let corpus = extract(&[article("a.txt", &page)], &[]);
            let (said, tail) = (event_of(&corpus, "a", 1), event_of(&corpus, "a", 2));
            assert!(corpus.events.iter().all(|e| e.date.as_deref() != Some("2011-12-24")), "no event of the page's day: {:?}", corpus.events);
            assert_eq!(said, tail, "{open}: {:?}", corpus.events);
            let event = corpus.events.iter().find(|e| Some(&*e.id) == said.as_deref()).expect("told");
            assert_eq!(event.date.as_deref(), Some("2011-12-23"));
        }
    }

    /// An undated page read in a sibling's week whose own first sentence names a weekday a
    /// day or two from the sibling's story day takes that weekday's day.
    #[test]
    fn an_undated_pages_own_weekday_beside_its_siblings_day_is_its_storys() {
        let sibling =
            "Published: Jan 17, 2013\n\nTwin explosions at Aleppo University killed 87 students sitting mid-term exams yesterday, activists said.\n\n\
                       The blasts wrecked the dormitories and the architecture faculty of the university.";
        let undated = "Nobody knew at first what caused the blasts on the campus, which was in session Tuesday.\n\n\
                       Witnesses counted dead students outside the dormitories beside the architecture faculty of Aleppo University after the twin explosions during exams.";
        let corpus =
            extract(&[article("a.txt", REFUEL), article("b.txt", TRUCE), article("c.txt", TALKS), article("s.txt", sibling), article("u.txt", undated)], &[]);
        let evidence = evidence_of(&corpus, "u");
        assert!(evidence.contains("its own first sentence names Tuesday"), "{evidence}");
        let killed = event_of(&corpus, "u", 1).expect("told");
        assert_eq!(corpus.events.iter().find(|e| *e.id == *killed).and_then(|e| e.date.as_deref()), Some("2013-01-15"));
    }

    /// A state's verdict after another's statement in its paragraph is another voice: a
    /// happening of its own.
    #[test]
    fn a_states_verdict_after_anothers_welcome_is_its_own_event() {
        let page =
            "Published: Nov 13, 2011\n\nPresident Barack Obama welcomed the decision of the Arab League on Saturday. Syria has called the suspension illegal.";
        let corpus = extract(&[article("a.txt", page)], &[]);
        assert_ne!(event_of(&corpus, "a", 0), event_of(&corpus, "a", 1), "{:?}", corpus.events);
    }

    /// A site's notice at the page's end, cut off with no closing stop (a heading-like
    /// line), joins no event.
    #[test]
    fn a_sites_notice_cut_off_at_the_end_joins_no_event() {
        let page = "Published: Jun 23, 2025\n\nThe envoy condemned the attack on the church and called for an investigation.\n\n\
                    Zembla Agency website contains only a portion of the news stories offered to subscribers in its wire service, and in";
        let corpus = extract(&[article("a.txt", page)], &[]);
        assert!(corpus.events.iter().flat_map(|e| e.mentions.iter()).all(|m| !m.text.contains("subscribers")), "{:?}", corpus.events);
        assert!(event_of(&corpus, "a", 0).is_some());
    }

    /// The event holding a sentence as one it tells (not in passing).
    fn event_of(corpus: &newsline_model::Corpus, article: &str, sentence: u32) -> Option<String> {
        let told = |m: &newsline_model::Mention| &*m.article == article && m.sentence == sentence && !m.passing;
        corpus.events.iter().find(|e| e.mentions.iter().any(told)).map(|e| e.id.to_string())
    }

    /// The date of the event that tells sentence `sentence` of `article` (which must be told).
    fn date_told(corpus: &newsline_model::Corpus, article: &str, sentence: u32) -> Option<String> {
        let id = event_of(corpus, article, sentence).expect("told");
        corpus.events.iter().find(|e| *e.id == *id).and_then(|e| e.date.as_deref().map(str::to_string))
    }

    /// The seeds' corpus is the same on one core and on three: each article's facts are
    /// made on whichever core is free while the actors are read in order
    /// (`facts_while_reading`), and go to their article's place.
    #[test]
    fn the_corpus_is_the_same_on_any_number_of_cores() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool");
            let corpus = pool.install(|| crate::extract_dir(&root).expect("seeds readable").corpus);
            serde_json::to_string(&corpus).expect("corpus serialises")
        };
        assert_eq!(on(1), on(3));
    }

    /// A state's armed forces that speak speak through its defence ministry: "The Russian
    /// military says …" and the ministry spokesman's words after it are one statement; the
    /// armed forces acting are still their own subject.
    #[test]
    fn the_military_speaking_is_its_defence_ministrys_statement() {
        let told = "Published: Apr 7, 2017\n\nThe Russian military says it will help Syria beef up its air defenses after the strike on the base.\n\n\
                    Russian Defense Ministry spokesman Igor Konashenkov says a complex of measures to strengthen the defenses will follow shortly.";
        let corpus = extract(&[article("a.txt", told)], &[]);
        assert_eq!(event_of(&corpus, "a", 0), event_of(&corpus, "a", 1));
        // No ministry named anywhere: the military is its own voice, and no ministry is made up.
        let alone = "Published: Apr 7, 2017\n\nThe Russian military says it will help Syria beef up its air defenses after the strike on the base.\n\n\
                     Spokesman Igor Konashenkov says a complex of measures to strengthen the defenses will follow shortly.";
        let corpus = extract(&[article("a.txt", alone)], &[]);
        assert!(!corpus.actors.iter().any(|a| a.name.contains("Ministry")), "{:?}", corpus.actors);
    }

    /// A last sentence the page cut off goes on with the sentence before it, unless it
    /// states a time of its own before the cut.
    #[test]
    fn a_sentence_the_page_cut_off_goes_on_with_the_one_before_it() {
        let page = |last: &str| {
            format!(
                "Published: May 31, 2017\n\nRussian warships in the Mediterranean fired four cruise missiles at Islamic State positions near Palmyra, the defence ministry said.\n\n\
                 The frigate Admiral Essen and the submarine Krasnodar launched the missiles on Tuesday.\n\n{last}"
            )
        };
        let corpus = extract(
            &[article("a.txt", &page("Separately, the Turkish army said that it had shelled the positions of the Kurdish fighters near the border town of"))],
            &[],
        );
        assert!(event_of(&corpus, "a", 1).is_some());
        assert_eq!(event_of(&corpus, "a", 2), event_of(&corpus, "a", 1), "{:?}", corpus.events);
        let told_by = |corpus: &newsline_model::Corpus| corpus.events.iter().filter(|e| e.mentions.iter().any(|m| m.sentence == 2)).count();
        assert_eq!(told_by(&corpus), 1);
        let dated = page("In December 2016 a plane carrying a military orchestra to Syria crashed into the Black Sea, killing all");
        let corpus = extract(&[article("a.txt", &dated)], &[]);
        let event = event_of(&corpus, "a", 2).expect("told");
        assert_ne!(Some(&event), event_of(&corpus, "a", 1).as_ref());
        assert_eq!(corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref()), Some("2016-12"));
        // A sentence before it that names a past act only in passing is no story it goes on with.
        let passing = "Published: Feb 2, 2024\n\nUS bombers struck more than 85 targets in Iraq and Syria on Friday.\n\n\
                       A Defense Department official said long-range bombers were used in the strike.\n\n\
                       The Quds Force is one of five branches of the Islamic Revolutionary Guard Corps, which is attached to the Iranian military that former President Donald Trump designated a terrorist organization in 2019. \
                       The Quds Force was created during the Iran-Iraq war as a special intelligence unit, and is known for training and e";
        let corpus = extract(&[article("a.txt", passing)], &[]);
        let told = |e: &newsline_model::Event| e.mentions.iter().any(|m| !m.passing);
        assert!(corpus.events.iter().filter(|e| e.date.as_deref() == Some("2019")).all(|e| !told(e)), "{:?}", corpus.events);
    }

    /// A transcript's unlabelled paragraphs are the words of the speaker labelled before
    /// them, up to the next label.
    #[test]
    fn a_transcript_turn_runs_until_the_next_label() {
        let transcript = "Remarks by Secretary of State John Kerry on Syria\nOctober 14, 2016\n\n\
                          Secretary Kerry: Thank you all for waiting through a very long day of talks.\n\n\
                          Today, we are announcing a plan that we believe can reduce the violence in Aleppo.\n\n\
                          Question: The opposition says the pause is a trap, and aid trucks have not moved in weeks.\n";
        let corpus = extract(&[article("t.txt", transcript)], &[]);
        let kerry = corpus.actors.iter().find(|a| a.name.contains("Kerry")).map(|a| a.id.to_string());
        let actors_of = |sentence: u32| {
            let id = event_of(&corpus, "t", sentence).expect("told");
            corpus.events.iter().find(|e| *e.id == *id).map(|e| e.actors.iter().map(|a| a.to_string()).collect::<Vec<_>>()).unwrap()
        };
        assert_eq!(event_of(&corpus, "t", 0), event_of(&corpus, "t", 1), "the plan is in Kerry's turn");
        assert!(actors_of(1).contains(kerry.as_ref().unwrap()));
        assert_ne!(event_of(&corpus, "t", 1), event_of(&corpus, "t", 2), "the question is no longer Kerry's");
    }

    /// An undated article takes the date of the dated one that retells two of its sentences,
    /// never that of one that only names the same people in other words.
    #[test]
    fn an_undated_article_is_dated_only_by_a_retelling() {
        let deal = "Published: Sep 10, 2016\n\nThe envoys of the two powers agreed a truce for the besieged northern city after talks lasting late into the night.\n\nThe truce begins at sunset on Monday and aid convoys will then cross the front lines under monitoring.\n\nSecretary Kerry and Minister Lavrov shook hands before the cameras.";
        let meeting = "Published: Oct 16, 2016\n\nSecretary Kerry and Minister Lavrov met again in a lakeside hotel with regional ministers.\n\nNo agreement came out of the meeting, officials from three delegations said afterwards.";
        let retelling = "The envoys of the two powers agreed on a truce for the besieged northern city after long talks into the night.\n\nThe truce begins at sunset on Monday, and aid convoys will cross front lines under monitoring.";
        let naming = "Secretary Kerry and Minister Lavrov talked by telephone about the fighting.\n\nKerry and Lavrov spoke of the truce.";
        let corpus = extract(&[article("a.txt", deal), article("b.txt", meeting), article("c.txt", retelling), article("d.txt", naming)], &[]);
        assert_eq!(published(&corpus, "c").as_deref(), Some("2016-09-10"));
        assert_eq!(published(&corpus, "d"), None, "sharing names only is no evidence of the day");
        // Still undated, its month and day are read in the corpus's year; its weekday is not.
        let dated = "Kerry and Lavrov spoke of the truce on September 12 at length with their aides.";
        let corpus = extract(&[article("a.txt", deal), article("b.txt", meeting), article("e.txt", dated)], &[]);
        let event = event_of(&corpus, "e", 0).expect("told");
        let date = corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string));
        assert_eq!(published(&corpus, "e"), None);
        assert_eq!(date.as_deref(), Some("2016-09-12"));
    }

    /// A dateline's month and day with no year ("MOSCOW, February 28. /TASS/.") take the year
    /// of a day the page states near it, inferred, in a corpus of many years; the page then
    /// dates the pages that tell its story. A stated day far from it gives no year.
    #[test]
    fn a_datelines_year_is_that_of_a_day_its_page_states() {
        let tass = "MOSCOW, February 28. /TASS/. Turkish troops shelled by Syrian forces near Behun on February 27 were among the militants, the Russian Defense Ministry told reporters.\n\n                    “On February 27, 2020, the militants made an attempt to conduct a large-scale offensive,” the ministry said.";
        let other_years = [
            "Published: May 9, 2018\n\nNetanyahu attended the Victory Day parade in Moscow with Putin.",
            "Published: July 11, 2023\n\nRussia vetoed the aid resolution at the Security Council.",
        ];
        let undated = "An airstrike hit Turkish troops near Behun in Idlib on Thursday night, killing 33 soldiers, and the Russian Defense Ministry said the troops were among the militants.";
        let corpus = extract(&[article("a.txt", tass), article("b.txt", other_years[0]), article("c.txt", other_years[1]), article("u.txt", undated)], &[]);
        let page = corpus.articles.iter().find(|a| &*a.id == "a").map(|a| a.published.clone()).expect("read");
        assert_eq!((page.date.as_deref(), page.inferred), (Some("2020-02-28"), true));
        assert!(page.evidence.is_some_and(|e| e.contains("year from the day it states, 2020-02-27")));
        let strike = event_of(&corpus, "u", 0).expect("told");
        let date = corpus.events.iter().find(|e| *e.id == *strike).and_then(|e| e.date.as_deref().map(str::to_string));
        assert_eq!(date.as_deref(), Some("2020-02-27"), "the story's Thursday, read in the dated page's week");
        let far = tass.replace("On February 27, 2020", "On June 27, 2019");
        let corpus = extract(&[article("a.txt", &far), article("b.txt", other_years[0]), article("c.txt", other_years[1])], &[]);
        assert_eq!(published(&corpus, "a"), None, "a day four months off is of another season: {:?}", corpus.articles[0].published);
    }

    /// An undated page whose story a dated page tells reads its weekdays in that page's week
    /// and dates its undated sentences by that page (inferred), its own date left blank; with
    /// no such page they stay unresolved.
    #[test]
    fn an_undated_article_reads_weekdays_in_its_storys_week() {
        let truce = TRUCE;
        let talks = TALKS;
        let undated = "Russian warships heading to Syria will not stop in the Spanish enclave of Ceuta to refuel, after Nato allies objected.\n\nThe Spanish foreign office announced the Kuznetsov flotilla's withdrawn request on Wednesday afternoon.";
        let day_of = |corpus: &newsline_model::Corpus| {
            let event = event_of(corpus, "u", 1).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        let corpus = extract(&[article("a.txt", REFUEL), article("b.txt", truce), article("c.txt", talks), article("u.txt", undated)], &[]);
        assert_eq!(day_of(&corpus).as_deref(), Some("2016-10-26"));
        assert_eq!(published(&corpus, "u"), None, "the sibling's date is no date of the page's own");
        let evidence = corpus.articles.iter().find(|a| &*a.id == "u").and_then(|a| a.published.evidence.as_deref().map(str::to_string));
        assert!(evidence.is_some_and(|e| e.contains("a (2016-10-26) tells the same story")));
        // Its sentence with no date of its own takes the story's day, marked inferred.
        let lead = event_of(&corpus, "u", 0).expect("told");
        let lead = corpus.events.iter().find(|e| *e.id == *lead).expect("an event");
        assert_eq!((lead.date.as_deref(), lead.date_inferred), (Some("2016-10-26"), true));
        let corpus = extract(&[article("b.txt", truce), article("c.txt", talks), article("u.txt", undated)], &[]);
        assert_eq!(day_of(&corpus), None, "no dated page tells its story");
    }

    /// A day after the verb of a source's report that trails a past act ("…, the press
    /// service said on Thursday") dates the report: the act takes the day the story gives it,
    /// and the report's day starts no event. A statement's own day stays the statement's.
    #[test]
    fn the_day_of_a_report_of_an_act_is_not_the_acts_day() {
        let page = "Published: Jul 25, 2024\n\nRussian President Vladimir Putin met Syrian President Bashar al-Assad in the Kremlin, the president's press service said on Thursday.\n\n\
                    The Kremlin said the meeting took place on Wednesday.";
        let corpus = extract(&[article("a.txt", page)], &[]);
        let event = |corpus: &newsline_model::Corpus, sentence: u32| {
            let id = event_of(corpus, "a", sentence).expect("told");
            corpus.events.iter().find(|e| *e.id == *id).map(|e| (e.date.as_deref().map(str::to_string), e.date_inferred)).expect("an event")
        };
        let day = |corpus: &newsline_model::Corpus, sentence: u32| event(corpus, sentence).0;
        assert_eq!(event(&corpus, 0), (Some("2024-07-25".to_string()), true), "the report's day, inferred, not stated");
        assert!(!corpus.events.iter().any(|e| e.date.as_deref() == Some("2024-07-25") && !e.date_inferred), "{:?}", corpus.events);
        // Another outlet stating the day of the meeting: one event, of that day.
        let other = "Published: Jul 25, 2024\n\nPresident Vladimir Putin met President Bashar al-Assad in the Kremlin on Wednesday, discussing the region.";
        let corpus = extract(&[article("a.txt", page), article("b.txt", other)], &[]);
        assert_eq!(event_of(&corpus, "a", 0), event_of(&corpus, "b", 0));
        assert_eq!(day(&corpus, 0).as_deref(), Some("2024-07-24"));
        // A statement on its day, and an act in someone's quoted words, keep the day said.
        let said = "Published: Jul 27, 2024\n\nLavrov said on Thursday that Russia would back the plan of the envoy.\n\n\
                    “We met the envoy and backed his plan,” the ministry said on Thursday.";
        let corpus = extract(&[article("a.txt", said)], &[]);
        assert_eq!(day(&corpus, 0).as_deref(), Some("2024-07-25"));
        assert_eq!(day(&corpus, 1).as_deref(), Some("2024-07-25"));
    }

    /// An undated page whose lead places its happening in another capital than its likeliest
    /// dated sibling's lead tells another happening: it is not read in that page's week.
    #[test]
    fn a_lead_in_another_capital_is_another_happening() {
        let dated = "Published: Jun 25, 2019\n\nThe security advisers of the three powers met in Jerusalem on Tuesday for a trilateral summit on the forces of Iran in the region and the war.\n\n\
                     Bolton told reporters that Washington would press for the withdrawal of every Iranian force from the region.";
        let undated = |city: &str| {
            format!(
                "Presidents Raisi, Putin and Erdogan gathered in {city} for a trilateral summit about Iranian forces, the region and its war.\n\n\
                 Officials said afterwards that they agreed on keeping talking about those forces."
            )
        };
        let evidence = |city: &str| {
            let text = undated(city);
            let corpus = extract(&[article("a.txt", dated), article("b.txt", TRUCE), article("c.txt", TALKS), article("u.txt", &text)], &[]);
            evidence_of(&corpus, "u")
        };
        let same_city = evidence("Jerusalem");
        assert!(same_city.contains("(a)") || same_city.contains("a (2019-06-25) tells the same story"), "{same_city}");
        assert!(evidence("Tehran").contains("places its story in Jerusalem, this page in Tehran"), "{}", evidence("Tehran"));
    }

    /// Two undated pages far more like each other than like any dated page tell a story of
    /// their own: neither is read in the week of the dated page their words touch, and the
    /// evidence says why. A copy of the page is no such rival.
    #[test]
    fn undated_pages_alike_tell_their_own_story_not_a_dated_pages() {
        let undated = "Russian warships will not refuel in the Spanish enclave of Ceuta, after Nato allies objected.\n\n\
                       The frigate Yaroslav Mudry and the tanker Dubna sailed past Gibraltar with trawlers of the Northern Fleet, coastguards in Tangier and Algeciras reported.\n\n\
                       Fishermen off Tarifa and Estepona saw the frigate Yaroslav Mudry, the tanker Dubna and the trawlers steam east toward Malta and Crete.";
        let alike = "The frigate Yaroslav Mudry and the tanker Dubna sailed past Gibraltar with trawlers of the Northern Fleet, coastguards in Tangier and Algeciras reported.\n\n\
                     Fishermen off Tarifa and Estepona saw the frigate Yaroslav Mudry, the tanker Dubna and the trawlers steam east toward Malta and Crete.";
        // Other stories of other days, so that words three pages share are still rare.
        let others = [
            "Published: Oct 3, 2016\n\nThe United States suspended its talks with Moscow on a truce, blaming the bombing of hospitals in eastern districts.",
            "Published: Oct 8, 2016\n\nA draft resolution on a truce was vetoed in the Security Council after a long debate between the envoys.",
            "Published: Oct 12, 2016\n\nThe ministers of the two powers will meet again in Lausanne with regional ministers at the weekend.",
        ];
        let named = |rest: &[(&'static str, &'static str)]| {
            let mut all = vec![article("a.txt", REFUEL), article("b.txt", TRUCE), article("c.txt", TALKS)];
            all.extend(others.iter().enumerate().map(|(n, text)| article(["o1.txt", "o2.txt", "o3.txt"][n], text)));
            all.extend(rest.iter().map(|(file, text)| article(file, text)));
            extract(&all, &[])
        };
        let pages = |second: &'static str| named(&[("u.txt", undated), ("w.txt", second)]);
        let alone = named(&[("u.txt", undated)]);
        assert!(evidence_of(&alone, "u").contains("a (2016-10-26) tells the same story"), "{}", evidence_of(&alone, "u"));
        let corpus = pages(alike);
        assert!(evidence_of(&corpus, "u").contains("w, undated too, is more like it"), "{}", evidence_of(&corpus, "u"));
        assert!(!evidence_of(&corpus, "w").contains("tells the same story"), "{}", evidence_of(&corpus, "w"));
        // One sentence of theirs alike, two and a half times the dated page's likeness (0.62
        // against 0.24): still a story of their own.
        let one_sentence = "The frigate Yaroslav Mudry and the tanker Dubna sailed past Gibraltar with trawlers of the Northern Fleet, coastguards in Tangier and Algeciras reported.";
        let corpus = named(&[("u.txt", undated), ("w.txt", one_sentence)]);
        assert!(evidence_of(&corpus, "u").contains("w, undated too, is more like it"), "{}", evidence_of(&corpus, "u"));
        // A copy of it is the same telling: the dated page still dates both.
        let corpus = pages(undated);
        assert!(evidence_of(&corpus, "u").contains("a (2016-10-26) tells the same story"), "{}", evidence_of(&corpus, "u"));
    }

    /// An undated page more like an undated one than like its likeliest dated sibling, though
    /// not two and a half times, is still read in the sibling's week, unless the other's
    /// address files it in a month the sibling's story is not of: that one is another story.
    #[test]
    fn an_undated_rival_filed_in_another_month_tells_another_story() {
        let undated = "Russian warships will not refuel in the Spanish enclave of Ceuta, after Nato allies objected.\n\n\
                       The frigate Yaroslav Mudry and the tanker Dubna sailed past Gibraltar with trawlers of the Northern Fleet, coastguards in Tangier and Algeciras reported.";
        let rival =
            "Fishermen off Tarifa saw the frigate Yaroslav Mudry and trawlers of the Northern Fleet steam east toward Malta, coastguards in Tangier reported.";
        let others = [
            "Published: Oct 3, 2016\n\nThe United States suspended its talks with Moscow on a truce, blaming the bombing of hospitals in eastern districts.",
            "Published: Oct 8, 2016\n\nA draft resolution on a truce was vetoed in the Security Council after a long debate between the envoys.",
        ];
        let evidence = |rival_url: Option<&str>| {
            let mut all = vec![article("a.txt", REFUEL), article("b.txt", TRUCE), article("c.txt", TALKS), article("u.txt", undated), article("w.txt", rival)];
            all.extend(others.iter().enumerate().map(|(n, text)| article(["o1.txt", "o2.txt"][n], text)));
            let filed: Vec<Source> =
                rival_url.map(|url| Source { file: "w.txt".into(), outlet: None, site: None, url: Some(url.into()) }).into_iter().collect();
            evidence_of(&extract(&all, &filed), "u")
        };
        let no_month = evidence(None);
        assert!(no_month.contains("a (2016-10-26) tells the same story"), "{no_month}");
        let that_month = evidence(Some("https://zembla.example/2016/10/frigate"));
        assert!(that_month.contains("a (2016-10-26) tells the same story"), "{that_month}");
        let another_month = evidence(Some("https://zembla.example/2025/06/frigate"));
        assert!(another_month.contains("w, undated too, is more like it") && another_month.contains("its address files it in 2025-06"), "{another_month}");
    }

    /// The evidence of undated page "u", filed at `url`, beside [`REFUEL`] and two other stories.
    fn evidence_of_filed_beside_refuel(undated: &str, url: &str) -> String {
        let filed = Source { file: "u.txt".into(), outlet: None, site: None, url: Some(url.into()) };
        let corpus = extract(&[article("a.txt", REFUEL), article("b.txt", TRUCE), article("c.txt", TALKS), article("u.txt", undated)], &[filed]);
        evidence_of(&corpus, "u")
    }

    /// An undated page filed under a year and month in its address is read only in the week
    /// of a sibling whose story is of that month (or the week before it).
    #[test]
    fn an_address_month_bounds_the_siblings_an_undated_page_may_have() {
        let undated = "Russian warships heading to Syria will not stop in the Spanish enclave of Ceuta to refuel, after Nato allies objected.\n\nThe Spanish foreign office announced the Kuznetsov flotilla's withdrawn request on Wednesday afternoon.";
        let evidence = |url: &str| evidence_of_filed_beside_refuel(undated, url);
        assert!(
            evidence("https://zembla.example/2016/10/ceuta").contains("a (2016-10-26) tells the same story"),
            "{}",
            evidence("https://zembla.example/2016/10/ceuta")
        );
        assert!(evidence("https://zembla.example/2016/11/ceuta").contains("a (2016-10-26) tells the same story"), "the week before the month");
        assert!(!evidence("https://zembla.example/2016/12/ceuta").contains("tells the same story"), "{}", evidence("https://zembla.example/2016/12/ceuta"));
    }

    /// A page filed under a month in its address needs less likeness to a dated page of that
    /// month than an undated page with no month: the month has ruled out other months' stories.
    #[test]
    fn an_address_month_lowers_the_likeness_a_sibling_needs() {
        let undated = "The Kuznetsov flotilla will not refuel at Ceuta, the Spanish foreign office announced, after Nato allies objected.\n\nFishermen in the harbour town complained about the noise of helicopters over the coast all week.\n\nLocal elections are due in the spring, and the mayor promised new schools, roads and a hospital wing for the growing suburbs.\n\nTourism officials expect record numbers of visitors this winter, despite the storms that closed beaches in September.\n\nThe football club signed two young strikers from the second division and sold its veteran goalkeeper.\n\nFarmers blamed the dry summer for a poor olive harvest and asked the regional government for subsidies.\n\nA new ferry line to the mainland opens next month, with three crossings every day and cheaper fares for residents.\n\nThe university opened a marine biology institute funded by a private foundation and two banks.\n\nBakers protested against rising flour prices outside the market hall on Saturday morning.\n\nVolunteers cleaned plastic waste from three coves, counting bottles, nets, tyres and a rusted bicycle.\n\nThe museum will display medieval coins, pottery and jewellery found by divers near the lighthouse.\n\nCyclists demanded protected lanes after accidents on the coastal road, which carries lorries to the quarry.";
        let evidence = |url: &str| evidence_of_filed_beside_refuel(undated, url);
        // A short retelling amid a page of local news: under the plain threshold.
        let filed_in_october = evidence("https://zembla.example/2016/10/ceuta");
        assert!(filed_in_october.contains("a (2016-10-26) tells the same story (likeness 0.0"), "{filed_in_october}");
        assert!(!evidence("https://zembla.example/ceuta").contains("tells the same story"), "no month: too little alike");
    }

    /// A dated sibling whose first sentence tells of the day before its page gives that day,
    /// the story's, to an undated page's undated sentences (not its own publication date).
    #[test]
    fn an_undated_page_takes_the_day_its_siblings_lead_tells_of() {
        let veto = "Published: Oct 26, 2016\n\nThe two powers on Tuesday blocked the council's draft condemning the crackdown on protesters in the northern provinces.\n\nNine members voted for the draft condemning the crackdown and four abstained.";
        let undated = "Ambassador Susan Rice walked out of the council after the two powers blocked the draft condemning the crackdown.\n\nRice called it a shameful day for everyone who believes in the council.";
        let corpus = extract(&[article("a.txt", veto), article("b.txt", TRUCE), article("c.txt", TALKS), article("u.txt", undated)], &[]);
        let lead = event_of(&corpus, "u", 0).expect("told");
        let lead = corpus.events.iter().find(|e| *e.id == *lead).expect("an event");
        assert_eq!(lead.date.as_deref(), Some("2016-10-25"));
        assert_eq!(published(&corpus, "u"), None);
        // The page's evidence names the day its sentences take, and why.
        let evidence = corpus.articles.iter().find(|a| &*a.id == "u").and_then(|a| a.published.evidence.as_deref().map(str::to_string));
        assert!(evidence.as_ref().is_some_and(|e| e.contains("a (2016-10-26; its first sentence tells of 2016-10-25)")), "{evidence:?}");
        // A lead of the page's own day leaves the page's date as the story's.
        let same_day = veto.replace("on Tuesday", "on Wednesday");
        let corpus = extract(&[article("a.txt", &same_day), article("b.txt", TRUCE), article("c.txt", TALKS), article("u.txt", undated)], &[]);
        let lead = event_of(&corpus, "u", 0).expect("told");
        let lead = corpus.events.iter().find(|e| *e.id == *lead).expect("an event");
        assert_eq!(lead.date.as_deref(), Some("2016-10-26"));
    }

    #[test]
    fn pages_are_of_one_storys_day_by_their_stories_or_their_dates() {
        use super::one_storys_day;
        let d = |day: u32| chrono::NaiveDate::from_ymd_opt(2016, 10, day);
        assert!(one_storys_day((d(25), d(25)), (d(25), d(26))), "Tuesday's page and Wednesday's telling of Tuesday");
        assert!(one_storys_day((d(24), d(25)), (d(25), d(25))), "one page's date, whatever the leads tell");
        assert!(!one_storys_day((d(24), d(24)), (d(25), d(26))));
        assert!(!one_storys_day((None, None), (d(25), None)));
    }

    /// The corpus of a jet's downing told by two dated pages (`first`, `next`), an undated
    /// retelling "u" and pages of other stories, and u's evidence.
    fn jet_story_told_on_two_days(first: &str, next: &str) -> (newsline_model::Corpus, Option<String>) {
        let undated = "Militants downed an air force jet with a missile above the western province, reports say.\n\nMoscow vowed to recover the airman's body with help from its partners.";
        let other = |day: u32, what: &str| format!("Published: Sep {day}, 2016\n\n{what}\n\nOfficials said the work would go on for weeks.");
        let (e, f, g) = (
            other(2, "The council debated the aid convoys for the besieged districts."),
            other(5, "Engineers repaired the water station in the northern city."),
            other(8, "The envoy proposed a new round of talks in the Swiss city."),
        );
        let inputs = [
            article("a.txt", first),
            article("b.txt", next),
            article("c.txt", TRUCE),
            article("d.txt", TALKS),
            article("e.txt", &e),
            article("f.txt", &f),
            article("g.txt", &g),
            article("u.txt", undated),
        ];
        let corpus = extract(&inputs, &[]);
        let evidence = corpus.articles.iter().find(|a| &*a.id == "u").and_then(|a| a.published.evidence.as_deref().map(str::to_string));
        (corpus, evidence)
    }

    /// Two dated pages of one story a day apart, the later one's lead telling of the earlier
    /// day, are no rivals for an undated page's week: it is read in the story's.
    #[test]
    fn pages_of_one_story_a_day_apart_are_no_rivals() {
        let first = "Published: Oct 25, 2016\n\nA jet was shot down by a missile over the western province on Tuesday, the defence ministry said.\n\nThe pilot ejected and was killed on the ground in a fight with militants, the ministry said.";
        let next = "Published: Oct 26, 2016\n\nThe defence ministry said on Tuesday a jet was shot down by a missile over the western province.\n\nThe pilot ejected and was killed on the ground in a fight with rebels, the ministry said.";
        let (corpus, evidence) = jet_story_told_on_two_days(first, next);
        assert!(evidence.as_ref().is_some_and(|e| e.contains("tells the same story")), "{evidence:?}");
        let lead = event_of(&corpus, "u", 0).expect("told");
        let lead = corpus.events.iter().find(|e| *e.id == *lead).expect("an event");
        assert_eq!(lead.date.as_deref(), Some("2016-10-25"), "{evidence:?}");
    }

    /// Two dated pages of one story published a day apart, neither lead telling of the other's
    /// day, leave an undated retelling's week known: it takes the likelier page's day.
    #[test]
    fn stories_a_day_apart_leave_the_week_known() {
        use super::next_days;
        let d = |day: u32| chrono::NaiveDate::from_ymd_opt(2016, 10, day);
        assert!(next_days(d(25), d(26)) && next_days(d(26), d(25)));
        assert!(!next_days(d(25), d(25)) && !next_days(d(24), d(26)) && !next_days(None, d(25)));
        let first = "Published: Oct 25, 2016\n\nA jet was shot down by a missile over the western province, the defence ministry said.\n\nThe pilot ejected and was killed on the ground in a fight with militants, the ministry said.";
        let next = "Published: Oct 26, 2016\n\nA jet was downed by a missile over the western province, the defence ministry says.\n\nThe pilot ejected and was killed on the ground in a battle with militants, it says.";
        let (_, evidence) = jet_story_told_on_two_days(first, next);
        assert!(evidence.as_ref().is_some_and(|e| e.contains("tells the same story") && e.contains("(2016-10-2")), "{evidence:?}");
    }

    /// An undated page whose first sentence states its story's day reads its weekdays in that
    /// week, and so does an undated page telling the same story; neither page is dated.
    #[test]
    fn an_undated_page_stating_its_storys_day_dates_the_pages_that_retell_it() {
        let truce = TRUCE;
        let talks = TALKS;
        let raqqa = "Published: Nov 6, 2016\n\nKurdish-led forces announced an offensive on Raqqa at a press conference in Ain Issa.\n\nCommanders said thirty thousand fighters would take part.";
        let stated = "In an interview with Portuguese broadcaster RTP, aired on Tuesday, November 15, Syrian President Bashar al-Assad questioned whether president-elect Donald Trump could deliver on his campaign promises.\n\nAssad told journalist Paulo Dentinho in the presidential palace that Trump would be a natural ally if he fought the terrorists.";
        let retold = "Syrian President Bashar al-Assad told Portuguese broadcaster RTP in an interview aired on Tuesday that president-elect Donald Trump would be a natural ally if he fought the terrorists.\n\nJournalist Paulo Dentinho asked him in the presidential palace whether Trump could deliver on his promises.";
        let inputs = [article("a.txt", truce), article("b.txt", talks), article("c.txt", raqqa), article("s.txt", stated), article("u.txt", retold)];
        let corpus = extract(&inputs, &[]);
        let date_of = |id: &str, sentence: u32| {
            let event = event_of(&corpus, id, sentence).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        assert_eq!(date_of("u", 0).as_deref(), Some("2016-11-15"), "its Tuesday is the stated Tuesday");
        assert_eq!(date_of("s", 1).as_deref(), Some("2016-11-15"), "its undated sentence takes its story's day");
        assert_eq!((published(&corpus, "s"), published(&corpus, "u")), (None, None), "a story's day is no page's date");
    }

    /// An undated page that closely retells a page read in its sibling's week is read in that
    /// week too, though it shares too little with the dated page itself.
    #[test]
    fn a_close_retelling_of_a_page_read_in_a_siblings_week_is_read_there_too() {
        let truce = TRUCE;
        let talks = TALKS;
        let dated = "Published: Dec 14, 2016\n\nThe envoy Vitaly Zorin told the council in New York on Tuesday that the fighting in the old city of Zembla had stopped.\n\nRebel commanders in the old city said evacuation buses would leave at dawn.";
        let sibling = "The envoy Vitaly Zorin told the council in New York on Tuesday that the fighting in the old city of Zembla had stopped.\n\nFighters expect to go at first light, a rebel official said.\n\nZorin added that the fighters and their families would go to Idlib through agreed corridors within hours, and that residents of the eastern districts need not leave their homes.";
        let retold = "Zorin said on Tuesday that the fighters and their families would go to Idlib through agreed corridors within hours.\n\nResidents of the eastern districts need not leave their homes, Zorin told the chamber.";
        let inputs = [article("a.txt", truce), article("b.txt", talks), article("d.txt", dated), article("s.txt", sibling), article("u.txt", retold)];
        let corpus = extract(&inputs, &[]);
        let evidence = |id: &str| evidence_of(&corpus, id);
        // The dated page's lead tells of its Tuesday, the story's day the other two are read by.
        assert!(evidence("s").contains("d (2016-12-14; its first sentence tells of 2016-12-13) tells the same story"), "{}", evidence("s"));
        assert!(evidence("u").contains("s (read in the week of 2016-12-13) tells the same story"), "{}", evidence("u"));
        let event = event_of(&corpus, "u", 0).expect("told");
        let date = corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string));
        assert_eq!(date.as_deref(), Some("2016-12-13"));
    }

    /// An undated page telling the story of a page dated by the sentences it shares with a
    /// dated one is read in that date's week, with every dated text a rival; the weekdays of a
    /// page so dated are read in its date's week ("said Tuesday" of a Monday's story is the
    /// next day, not the Tuesday before).
    #[test]
    fn an_undated_page_is_read_in_the_week_of_a_page_dated_by_its_sentences() {
        let dated = "Published: Jan 22, 2018\n\nThe Zembla army launched an offensive on the northern town of Qarbat on Monday to drive out the militia holding it.\n\nArtillery shelled militia positions around the town through the afternoon, the army said in a statement.";
        let copy = "The Zembla army launched an offensive on the northern town of Qarbat on Monday to drive out the militia holding it.\n\nArtillery shelled militia positions around the town through the afternoon, the army said in a statement.\n\nThe Ruritanian defence ministry said it was pulling its military observers out of Qarbat to keep them out of harm's way, and urged restraint on both sides.\n\nRuritania's foreign minister Oskar Vell said Tuesday that Moscow was alarmed by the offensive.";
        let undated = "Ruritania withdrew its military observers from Qarbat, its defence ministry said, to keep them out of harm's way as the offensive began.\n\nThe ministry urged restraint on both sides, and foreign minister Oskar Vell said Moscow was alarmed.";
        let inputs = [article("a.txt", TRUCE), article("b.txt", TALKS), article("d.txt", dated), article("v.txt", copy), article("u.txt", undated)];
        let corpus = extract(&inputs, &[]);
        let evidence = |id: &str| evidence_of(&corpus, id);
        assert_eq!(published(&corpus, "v").as_deref(), Some("2018-01-22"));
        assert!(evidence("u").contains("v (dated 2018-01-22) tells the same story"), "{}", evidence("u"));
        let day = |id: &str, sentence: u32| {
            let event = event_of(&corpus, id, sentence).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        assert_eq!(day("u", 0).as_deref(), Some("2018-01-22"));
        assert_eq!(day("v", 3).as_deref(), Some("2018-01-23"), "the Tuesday after the story's Monday");
    }

    /// A story's date serves before a picture's, unless its page is less alike.
    #[test]
    fn the_closer_sibling_dates_an_undated_page() {
        assert_eq!(super::closer_sibling(Some((1, 0.2)), Some((2, 0.15))), Some((1, 0.2)));
        assert_eq!(super::closer_sibling(Some((1, 0.12)), Some((2, 0.21))), Some((2, 0.21)));
        assert_eq!(super::closer_sibling(None, Some((2, 0.21))), Some((2, 0.21)));
        assert_eq!(super::closer_sibling(Some((1, 0.12)), None), Some((1, 0.12)));
    }

    /// A dated page whose first sentence tells of the day before it: its undated sentences
    /// are of that day, the story's, not of the page's; the page's own date stamped into its
    /// first line is no day of the story.
    #[test]
    fn a_pages_undated_sentences_are_of_the_day_its_lead_tells_of() {
        let day_of = |page: &str, sentence: u32| {
            let corpus = extract(&[article("a.txt", TRUCE), article("u.txt", page)], &[]);
            let event = event_of(&corpus, "u", sentence).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        let page = "Published: May 28, 2012\n\nThe Zembla council condemned the shelling of the town of Borduria on Sunday after an emergency meeting.\n\n\"The fact is that this was a massacre of innocent civilians,\" Ruritania's ambassador Jan Novak said.";
        assert_eq!(day_of(page, 1).as_deref(), Some("2012-05-27"));
        let stamped = "Council condemns shelling By Edith M. Lederer May 28, 2012 The Zembla council condemned the shelling of the town of Borduria on Sunday after an emergency meeting.\n\n\"The fact is that this was a massacre of innocent civilians,\" Ruritania's ambassador Jan Novak said.";
        assert_eq!(day_of(stamped, 1).as_deref(), Some("2012-05-27"));
    }

    /// An undated page whose own picture's caption gives a full date reads its weekdays in
    /// that week, from the picture's day on; a file photo's date says nothing of the story.
    #[test]
    fn a_dated_caption_gives_an_undated_page_its_storys_week() {
        let truce = TRUCE;
        let talks = TALKS;
        let page = |caption: &str| {
            format!("Zembla falls again to the militants\n\n{caption}\n\nThe governor of the province told state television on Sunday that the army had left the ancient city of Zembla.\n\nThe militants had been driven out of the city in March after a long siege.")
        };
        let day_of = |caption: &str| {
            let corpus = extract(&[article("a.txt", truce), article("b.txt", talks), article("u.txt", &page(caption))], &[]);
            let event = event_of(&corpus, "u", 0).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        let caption = "A still image taken on December 11, 2016 from a video released on December 10, 2016 purports to show fighters near the city. Handout via REUTERS TV";
        assert_eq!(day_of(caption).as_deref(), Some("2016-12-11"));
        // A picture is of the story's day or before it: "on Sunday" is the Sunday after a
        // Friday's picture.
        let before =
            "A still image taken on December 9, 2016 from a video released on December 9, 2016 purports to show fighters near the city. Handout via REUTERS TV";
        assert_eq!(day_of(before).as_deref(), Some("2016-12-11"));
        let file = "A file photo taken on December 11, 2015 purports to show fighters near the city. Handout via REUTERS TV";
        assert_eq!(day_of(file), None);
        // A page that retells its story, with no dated page of its own story, reads its
        // weekdays in that week too.
        let retold = "Militants retook the ancient city of Zembla on Sunday, the governor of the province told state television.\n\nThe army had driven the militants out of the city in March after a long siege.";
        let inputs = [article("a.txt", truce), article("b.txt", talks), article("u.txt", &page(caption)), article("v.txt", retold)];
        let corpus = extract(&inputs, &[]);
        let event = event_of(&corpus, "v", 0).expect("told");
        let date = corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string));
        assert_eq!(date.as_deref(), Some("2016-12-11"));
    }

    /// An embedded post's date gives an undated page its story's week: "on Sunday" is that
    /// day, or the Sunday nearest it.
    #[test]
    fn an_embedded_posts_date_gives_an_undated_page_its_storys_week() {
        let page = |signature: &str| {
            format!("The governor of the province told state television on Sunday that the army had left the ancient city of Zembla.\n\nThe militants had been driven out of the city in March after a long siege.\n\nZembla has fallen again. The army is gone.\n\n{signature}\n\nResidents said the roads out of the city were closed.")
        };
        let day_of = |signature: &str| {
            let corpus = extract(&[article("a.txt", TRUCE), article("b.txt", TALKS), article("u.txt", &page(signature))], &[]);
            let event = event_of(&corpus, "u", 0).expect("told");
            corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
        };
        assert_eq!(day_of("— Jane Roe (@janeroe) December 11, 2016").as_deref(), Some("2016-12-11"));
        assert_eq!(day_of("— Jane Roe (@janeroe) December 9, 2016").as_deref(), Some("2016-12-11"), "the Sunday after a Friday's post");
        assert_eq!(day_of("— Jane Roe (@janeroe) December 13, 2016").as_deref(), Some("2016-12-11"), "the Sunday before a Tuesday's post");
    }

    /// An undated page that names a stated day's weekday is of that day's week: its other
    /// weekdays are read there; when the weekday only looks ahead ("will begin … on Friday"),
    /// the page is of the day before. A weekday the stated day does not fall on pins nothing.
    #[test]
    fn a_weekday_that_falls_on_a_stated_day_gives_an_undated_page_its_week() {
        let truce = TRUCE;
        let talks = "Published: Nov 16, 2016\n\nForeign ministers met in a lakeside hotel in Lausanne without reaching any agreement.\n\nOfficials from three delegations said the talks would continue by telephone.";
        let page = |ahead: &str| {
            format!("The president of Zembla announced in a televised address that the government and the rebels had agreed a countrywide truce.\n\nThe army said on Thursday that it would halt its operations.\n\nThe truce will take effect at midnight on 30 December.\n\n{ahead}")
        };
        let dates = |ahead: &str| {
            let corpus = extract(&[article("a.txt", truce), article("b.txt", talks), article("u.txt", &page(ahead))], &[]);
            let date_of = |sentence| {
                let event = event_of(&corpus, "u", sentence)?;
                corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string))
            };
            let evidence = corpus.articles.iter().find(|a| &*a.id == "u").and_then(|a| a.published.evidence.as_deref().map(str::to_string));
            (date_of(0), date_of(1), published(&corpus, "u"), evidence.unwrap_or_default())
        };
        // 30 December 2016 was a Friday.
        let (told, thursday, own, evidence) = dates("The truce will begin at midnight on Friday, the army said.");
        assert_eq!((told.as_deref(), thursday.as_deref(), own), (Some("2016-12-29"), Some("2016-12-29"), None));
        assert!(evidence.contains("names a Friday ahead and 2016-12-30") && evidence.contains("the day before"), "{evidence}");
        let (_, thursday, _, evidence) = dates("The rebels said on Friday that they had stopped firing.");
        assert_eq!(thursday.as_deref(), Some("2016-12-29"));
        assert!(evidence.contains("names a Friday and 2016-12-30") && !evidence.contains("the day before"), "{evidence}");
        let (told, thursday, _, evidence) = dates("The truce will begin at midnight on Saturday, the army said.");
        assert_eq!((told, thursday, evidence.contains("names")), (None, None, false), "no weekday it names falls on 30 December");
    }

    /// Undated pages with no dated sibling: one stating the whole day of the act it tells,
    /// its year written out, gives the pages retelling its story that day's week; a day read
    /// in no written year gives none.
    #[test]
    fn a_whole_day_stated_with_its_year_gives_undated_pages_their_week() {
        let told = "The presidents of Zembla, Ruritania and Freedonia vowed to keep the truce and open the aid corridors at their summit in the border town on Wednesday.\n\nThey issued a joint statement after the summit, calling for a lasting ceasefire and the return of refugees to the valley.\n\nThe statement rejected separatist agendas and praised the Astana format.";
        let retold = |held: &str| {
            format!("The presidents of Zembla, Ruritania and Freedonia have issued a joint statement after their summit in the border town, vowing to keep the truce and open the aid corridors.\n\nThe statement called for a lasting ceasefire and the return of refugees to the valley, rejected separatist agendas and praised the Astana format.\n\nThe talks between the three presidents were held on {held} in the border town.")
        };
        let read = |held: &str| {
            let corpus = extract(&[article("a.txt", told), article("b.txt", &retold(held)), article("c.txt", TRUCE), article("d.txt", TALKS)], &[]);
            let event = event_of(&corpus, "a", 0);
            let date = corpus
                .events
                .iter()
                .find(|e| Some(e.id.to_string()) == event.as_ref().map(|e| e.to_string()))
                .and_then(|e| e.date.as_deref().map(str::to_string));
            let evidence = corpus.articles.iter().filter_map(|a| a.published.evidence.as_deref()).collect::<Vec<_>>().join(" / ");
            (date, evidence)
        };
        let (date, evidence) = read("3-4 April 2018");
        assert_eq!(date.as_deref(), Some("2018-04-04"), "Wednesday of that week: {evidence}");
        assert!(evidence.contains("the latest day it states with its year"), "{evidence}");
        let (date, evidence) = read("3-4 April");
        assert_eq!(date, None, "no year written: no day");
        assert!(!evidence.contains("the latest day it states"), "{evidence}");
        // An act told in the past perfect came before the story: its day is none of the page's.
        let corpus = |had: &str| {
            let page = format!("The presidents vowed on Wednesday to keep the truce.\n\nA gang {had} kidnapped the envoy in the border town on Nov. 22, 2012.");
            let corpus = extract(&[article("a.txt", &page), article("c.txt", TRUCE), article("d.txt", TALKS)], &[]);
            evidence_of(&corpus, "a")
        };
        assert!(corpus("").contains("the latest day it states"), "{}", corpus(""));
        assert!(!corpus("had").contains("the latest day it states"), "{}", corpus("had"));
    }

    /// A definite role phrase opening the story ("the UN special envoy") names the person
    /// the article names later in that office: the lead is his act and goes with his other
    /// sentences; an indefinite or generic one ("an official", "the official") does not.
    #[test]
    fn a_role_phrase_names_the_person_named_after_it() {
        let text = "Published: Sep 20, 2016\n\nOn Monday the UN special envoy to Syria offered to lead the evacuation of the wounded from the besieged district.\n\nThe Security Council was due to meet later.\n\nThe UN's envoy for Syria, Staffan de Mistura, warned on Monday that the district could fall within weeks.\n\nDe Mistura said he was ready to go there himself with the convoy.";
        let corpus = extract(&[article("a.txt", text)], &[]);
        let envoy = corpus.actors.iter().find(|a| a.name.contains("Mistura")).map(|a| a.id.to_string()).expect("named");
        let lead = event_of(&corpus, "a", 0).expect("told");
        assert_eq!(Some(lead.clone()), event_of(&corpus, "a", 2), "the envoy's offer goes with his warning");
        let actors = &corpus.events.iter().find(|e| *e.id == *lead).expect("an event").actors;
        assert!(actors.iter().any(|a| **a == *envoy));
        let vague = "Published: Sep 20, 2016\n\nOn Monday an official of the ministry offered to open the crossing to the wounded for three hours.\n\nThe Security Council was due to meet later.\n\nDeputy Foreign Minister Gennady Gatilov said on Monday that the talks in Geneva would go on.";
        let corpus = extract(&[article("b.txt", vague)], &[]);
        assert_ne!(event_of(&corpus, "b", 0), event_of(&corpus, "b", 2), "an official is no one named later");
    }

    /// Two pages with no date at all, one speaker in each: his words of no known day are two
    /// happenings unless told alike (a speaker's interviews of two months are not one).
    #[test]
    fn one_speaker_on_two_undated_pages_is_not_one_happening_by_his_voice_alone() {
        let ally = "Syrian President Bashar al-Assad said in a television interview that the new American president could become a natural ally against the terrorists.\n\nThe interviewer asked about the election.";
        let strike = "Syrian President Bashar al-Assad said the American air strike on his soldiers near the eastern airport was intentional and lasted an hour.\n\nSixty soldiers died in that strike.";
        let corpus = extract(&[article("u.txt", ally), article("v.txt", strike)], &[]);
        assert_ne!(event_of(&corpus, "u", 0).expect("told"), event_of(&corpus, "v", 0).expect("told"));
    }

    /// With few dated pages, words every page of the war uses ("Syrian", "terrorists") are no
    /// sign of one story: an undated page on an offensive, with another undated page telling
    /// it too, is not read in the week of a dated interview that shares only those words.
    #[test]
    fn words_of_the_whole_war_do_not_make_a_story_in_a_small_folder() {
        let interview = "Published: Sep 25, 2016\n\nSyrian President Bashar al-Assad told the agency in Damascus that the United States had no will to fight the terrorists in Syria.\n\nThe Syrian government forces and their allies would defeat the terrorists backed by foreign states, he said.";
        let another = "Published: Oct 14, 2016\n\nSyrian President Bashar al-Assad told a Russian newspaper that retaking Aleppo would be a springboard against the terrorists.\n\nThe Syrian army would push the terrorists back to Turkey, he said.";
        let missiles = "Published: Oct 5, 2016\n\nThe Russian Defence Ministry confirmed an air defence battery has been deployed at its naval base on the coast.\n\nThe battery protects the base and the ships of the navy task force.";
        let offensive = "Kurdish-led Syrian forces and their allies backed by the United States announced on Sunday an offensive to defeat the terrorists of Islamic State in Raqqa.\n\nThirty thousand fighters will take part with coalition air support, commanders said at Ain Issa.";
        let retold = "The Syrian Democratic Forces and allies backed by the United States launched an offensive to defeat the terrorists of Islamic State and retake Raqqa.\n\nCommanders at Ain Issa said thirty thousand fighters would take part, with coalition air support.";
        let corpus = extract(
            &[article("a.txt", interview), article("b.txt", another), article("c.txt", missiles), article("u.txt", offensive), article("v.txt", retold)],
            &[],
        );
        let evidence = corpus.articles.iter().find(|a| &*a.id == "u").and_then(|a| a.published.evidence.as_deref().map(str::to_string));
        assert!(evidence.as_deref().is_none_or(|e| !e.contains("same story")), "{evidence:?}");
        let event = event_of(&corpus, "u", 0).expect("told");
        let date = corpus.events.iter().find(|e| *e.id == *event).and_then(|e| e.date.as_deref().map(str::to_string));
        assert_eq!(date, None, "its Sunday is of no known week");
    }
}
