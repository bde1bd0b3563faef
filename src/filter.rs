//! What the reader has chosen to see: the facets of [`FACETS`] (outlets, actors), a date
//! range and a text search. Plain
//! Rust, so the rules are tested natively: within a facet any selected value
//! matches, across facets all must; counts are faceted (each value's count
//! applies the other facets and the search, not its own facet).

use crate::dates::PartialDate;
use chrono::NaiveDate;
use newsline_model::{ActorKind, Corpus, Event};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

/// A URL-friendly id for an outlet name ("Your News Wire" → "your-news-wire").
pub fn outlet_id(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One value a facet offers: its id (what the URL holds), its name, the heading it is
/// listed under, and other names a reader may look it up by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub name: String,
    pub group: Option<&'static str>,
    pub aliases: Vec<String>,
}

/// A facet of values to choose from. One entry of [`FACETS`] is all a new facet takes: the
/// panel, the counts, the URL, the summary and the axis lanes read the table.
pub struct Facet {
    /// The URL key (`?outlet=rt`), the checkboxes' name, and the singular noun ("one per outlet").
    pub key: &'static str,
    /// The panel's heading and the summary's word ("Outlets").
    pub label: &'static str,
    /// What a reader can choose, in the order listed.
    pub choices: fn(&Corpus) -> Vec<Choice>,
    /// The ids of an event's values, among the choices.
    pub values: fn(&Sources, &Event) -> BTreeSet<String>,
    /// The choices publish the articles (an outlet's lane on the axis shows when it published).
    pub publishes: bool,
}

pub const FACETS: [Facet; 2] = [
    Facet { key: "outlet", label: "Outlets", choices: outlet_choices, values: event_outlets, publishes: true },
    Facet { key: "actor", label: "Actors", choices: actor_choices, values: event_actors, publishes: false },
];
/// [`FACETS`]' entries by name, for the few places that need one of them.
pub const OUTLETS: usize = 0;
pub const ACTORS: usize = 1;

/// One set of values per facet of [`FACETS`], in its order.
pub type PerFacet<T> = [T; FACETS.len()];

fn outlet_choices(corpus: &Corpus) -> Vec<Choice> {
    let mut names: Vec<&str> = corpus.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
    names.sort_unstable_by_key(|n| n.to_lowercase());
    names.dedup();
    names.into_iter().map(|n| Choice { id: outlet_id(n), name: n.to_string(), group: None, aliases: Vec::new() }).collect()
}

/// Actors by kind (people first), in the corpus's order within a kind.
fn actor_choices(corpus: &Corpus) -> Vec<Choice> {
    let of_kind = |kind: ActorKind| corpus.actors.iter().filter(move |a| a.kind == kind);
    let heading = |kind: ActorKind| match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organisations",
        ActorKind::Country => "Countries",
        ActorKind::Other => "Other",
    };
    ActorKind::ALL
        .into_iter()
        .flat_map(|kind| {
            of_kind(kind).map(move |a| Choice {
                id: a.id.to_string(),
                name: a.name.to_string(),
                group: Some(heading(kind)),
                aliases: a.aliases.iter().map(|s| s.to_string()).collect(),
            })
        })
        .collect()
}

/// Positions by id: the one kind of map the filter index and the axis use (each kind of
/// map is code of its own in the wasm).
pub type Positions<'a> = BTreeMap<&'a str, usize>;

/// Each item's position, by its id.
pub fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> Positions<'a> {
    // Inserted one by one: `collect` would sort first, bringing a stable sort's code in.
    let mut map = Positions::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

/// What indexing an event may need, prepared once for the whole index (so indexing stays
/// linear in the corpus): articles and actors by id, each event's quotes.
pub struct Sources<'a> {
    pub corpus: &'a Corpus,
    article_at: Positions<'a>,
    /// Each article's outlet id, by position.
    outlet_ids: Vec<Option<String>>,
    actor_at: Positions<'a>,
    event_at: Positions<'a>,
    quotes_of: Vec<Vec<&'a str>>,
}

impl<'a> Sources<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        let event_at = positions(corpus.events.iter().map(|e| e.id.as_ref()));
        let mut quotes_of = vec![Vec::new(); corpus.events.len()];
        for q in corpus.quotes.iter() {
            if let Some(&at) = q.event.as_deref().and_then(|e| event_at.get(e)) {
                quotes_of[at].push(q.text.as_ref());
            }
        }
        Sources {
            corpus,
            article_at: positions(corpus.articles.iter().map(|a| a.id.as_ref())),
            outlet_ids: corpus.articles.iter().map(|a| a.outlet.as_deref().map(outlet_id)).collect(),
            actor_at: positions(corpus.actors.iter().map(|a| a.id.as_ref())),
            event_at,
            quotes_of,
        }
    }
}

fn event_actors(_: &Sources, event: &Event) -> BTreeSet<String> {
    event.actors.iter().map(|a| a.to_string()).collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The ids chosen in each facet of [`FACETS`].
    pub chosen: PerFacet<BTreeSet<String>>,
    /// Free text; every word must occur in the event's summary, sentences or quotes.
    pub query: String,
    /// The first and last day (inclusive) of a date range, either open; an event passes
    /// when its date (a day, or all of a month or year) reaches into the range, an
    /// undated event only when no bound is set.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.chosen.iter().all(BTreeSet::is_empty) && self.query.trim().is_empty() && self.from.is_none() && self.to.is_none()
    }

    fn dates_ok(&self, days: Option<(NaiveDate, NaiveDate)>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        days.is_some_and(|(first, last)| self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to))
    }

    /// The same filter without its date range (for the date facet's count).
    pub fn without_dates(&self) -> Filter {
        Filter { from: None, to: None, ..self.clone() }
    }
}

/// The outlet ids that reported an event. Each distinct one is cloned once, and an article
/// looked up once per run of its mentions (at 100 MB an event has ~20 mentions, mostly of a
/// few articles; cloning an id per mention took 220 ms of the index's 360 ms start-up task).
fn event_outlets(sources: &Sources, event: &Event) -> BTreeSet<String> {
    let mut outlets: BTreeSet<&str> = BTreeSet::new();
    let mut last: Option<&str> = None;
    for m in event.mentions.iter() {
        if last == Some(m.article.as_ref()) {
            continue;
        }
        last = Some(m.article.as_ref());
        if let Some(outlet) = sources.article_at.get(m.article.as_ref()).and_then(|&i| sources.outlet_ids[i].as_deref()) {
            outlets.insert(outlet);
        }
    }
    outlets.into_iter().map(str::to_string).collect()
}

/// Everything searchable about an event (the `at`th), lower-cased (a sharded page's index has
/// no quotes' words: [`Index::add_quotes`] adds them).
fn searchable(sources: &Sources, at: usize, event: &Event) -> String {
    let mut text = event.summary.to_lowercase();
    let headline = event.headline.as_deref();
    let sentences = event.mentions.iter().map(|m| m.text.as_ref());
    let quotes = sources.quotes_of[at].iter().copied();
    let actors = event.actors.iter().filter_map(|id| sources.actor_at.get(id.as_ref())).map(|&i| sources.corpus.actors[i].name.as_ref());
    for part in headline.into_iter().chain(sentences).chain(quotes).chain(actors) {
        text.push('\n');
        text.push_str(&part.to_lowercase());
    }
    text
}

/// One event, prepared for fast filtering.
#[derive(Clone, Debug)]
pub struct Indexed {
    /// The first and last day of the event's date.
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// The event's values in each facet.
    pub values: PerFacet<BTreeSet<String>>,
}

/// The events prepared for filtering: dates and facet values from the start, the text to
/// search later (lower-casing every sentence of a large corpus was most of the page's
/// start-up): a slice at a time in idle time ([`Index::prepare`]), the rest on the first
/// search if it comes sooner.
pub struct Index<'a> {
    pub events: Vec<Indexed>,
    /// The events' values as numbers, per facet (filtering compares numbers, not strings).
    codes: PerFacet<Codes>,
    texts: OnceLock<Vec<String>>,
    /// The search texts of the first events, built ahead of the first search.
    partial: Mutex<Vec<String>>,
    /// The words of quotes added later ([`Index::add_quotes`]), lower-cased, by event; empty
    /// until then.
    quoted: Mutex<Vec<String>>,
    /// The last search's words and the events they match (the list and each facet's counts
    /// ask for the same search: the text is searched once, not once each), forgotten when
    /// quotes are added.
    matched: Mutex<Option<(Vec<String>, Vec<bool>)>>,
    sources: Option<Sources<'a>>,
}

impl<'a> Index<'a> {
    pub fn new(corpus: &'a Corpus) -> Index<'a> {
        let sources = Sources::new(corpus);
        let events = corpus
            .events
            .iter()
            .map(|e| Indexed {
                days: e.date.as_deref().and_then(PartialDate::parse).and_then(PartialDate::days),
                values: FACETS.each_ref().map(|facet| (facet.values)(&sources, e)),
            })
            .collect();
        Index::with(events, OnceLock::new(), Some(sources))
    }

    fn with(events: Vec<Indexed>, texts: OnceLock<Vec<String>>, sources: Option<Sources<'a>>) -> Index<'a> {
        let codes = std::array::from_fn(|facet| Codes::new(&events, facet));
        Index { events, codes, texts, partial: Mutex::default(), quoted: Mutex::default(), matched: Mutex::default(), sources }
    }

    /// An index of given events and search texts (for tests).
    pub fn of(events: Vec<Indexed>, texts: Vec<String>) -> Index<'static> {
        Index::with(events, OnceLock::from(texts), None)
    }

    /// Each event's search text: those [`Index::prepare`] built, the rest now.
    pub fn texts(&self) -> &[String] {
        self.texts.get_or_init(|| {
            let Some(sources) = &self.sources else { return Vec::new() };
            let mut texts = std::mem::take(&mut *self.partial.lock().unwrap_or_else(|e| e.into_inner()));
            texts.extend(sources.corpus.events.iter().enumerate().skip(texts.len()).map(|(at, e)| searchable(sources, at, e)));
            texts
        })
    }

    /// Adds the words of `quotes` (whole quotes of a quote shard, which the index has without
    /// their words) to the search texts of their events.
    pub fn add_quotes(&self, quotes: &[newsline_model::Quote]) {
        let Some(sources) = &self.sources else { return };
        *self.matched.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let mut quoted = self.quoted.lock().unwrap_or_else(|e| e.into_inner());
        quoted.resize(self.events.len(), String::new());
        for q in quotes {
            if let Some(&at) = q.event.as_deref().and_then(|e| sources.event_at.get(e)) {
                quoted[at].push('\n');
                quoted[at].push_str(&q.text.to_lowercase());
            }
        }
    }

    /// Builds the search texts of up to `count` more events; answers whether all are built.
    pub fn prepare(&self, count: usize) -> bool {
        let (None, Some(sources)) = (self.texts.get(), &self.sources) else { return true };
        let events = &sources.corpus.events;
        let mut partial = self.partial.lock().unwrap_or_else(|e| e.into_inner());
        let from = partial.len();
        partial.extend(events.iter().enumerate().skip(from).take(count).map(|(at, e)| searchable(sources, at, e)));
        let done = partial.len() == events.len();
        drop(partial);
        if done {
            self.texts();
        }
        done
    }
}

/// One facet's values of every event as numbers: each distinct value (id) is numbered once,
/// and event `at`'s values are `values[starts[at]..starts[at + 1]]`.
struct Codes {
    names: Vec<String>,
    number: BTreeMap<String, u32>,
    starts: Vec<u32>,
    values: Vec<u32>,
}

impl Codes {
    fn new(events: &[Indexed], facet: usize) -> Codes {
        let mut codes = Codes { names: Vec::new(), number: BTreeMap::new(), starts: vec![0], values: Vec::new() };
        for e in events {
            for id in &e.values[facet] {
                let next = codes.names.len() as u32;
                let n = *codes.number.entry(id.clone()).or_insert(next);
                if n == next {
                    codes.names.push(id.clone());
                }
                codes.values.push(n);
            }
            codes.starts.push(codes.values.len() as u32);
        }
        codes
    }

    fn of(&self, at: usize) -> &[u32] {
        &self.values[self.starts[at] as usize..self.starts[at + 1] as usize]
    }

    /// Which numbers `chosen` names (an id no event has matches nothing); None when nothing
    /// is chosen (the facet lets every event through).
    fn chosen(&self, chosen: &BTreeSet<String>) -> Option<Vec<bool>> {
        if chosen.is_empty() {
            return None;
        }
        let mut on = vec![false; self.names.len()];
        for id in chosen {
            if let Some(&n) = self.number.get(id) {
                on[n as usize] = true;
            }
        }
        Some(on)
    }
}

fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(str::to_lowercase).collect()
}

impl Index<'_> {
    /// Whether each event holds every word (in its search text or its quotes' words); None when
    /// there are no words. Kept for the next call with the same words.
    fn matching(&self, words: &[String]) -> Option<Vec<bool>> {
        if words.is_empty() {
            return None;
        }
        let mut matched = self.matched.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((last, found)) = &*matched {
            if last == words {
                return Some(found.clone());
            }
        }
        let quoted = self.quoted.lock().unwrap_or_else(|e| e.into_inner());
        let texts = self.texts();
        let holds = |at: usize, w: &String| texts[at].contains(w.as_str()) || quoted.get(at).is_some_and(|q| q.contains(w.as_str()));
        let found: Vec<bool> = (0..self.events.len()).map(|at| words.iter().all(|w| holds(at, w))).collect();
        *matched = Some((words.to_vec(), found.clone()));
        Some(found)
    }
}

/// A filter made ready for one pass over the index: each facet's choices as numbers, and
/// the search's matches.
struct Ready<'f> {
    filter: &'f Filter,
    chosen: PerFacet<Option<Vec<bool>>>,
    matched: Option<Vec<bool>>,
}

impl Filter {
    fn ready(&self, index: &Index) -> Ready<'_> {
        Ready { filter: self, chosen: std::array::from_fn(|f| index.codes[f].chosen(&self.chosen[f])), matched: index.matching(&query_words(&self.query)) }
    }

    /// Indices of the events the filter lets through.
    pub fn visible(&self, index: &Index) -> Vec<usize> {
        let ready = self.ready(index);
        (0..index.events.len()).filter(|&i| ready.passes(index, i, usize::MAX)).collect()
    }

    /// For each value of facet `facet`, how many events would show if it were chosen (the
    /// other facets, the dates and the search applied, not this facet's own choices).
    pub fn counts(&self, facet: usize, index: &Index) -> std::collections::BTreeMap<String, usize> {
        let ready = self.ready(index);
        let codes = &index.codes[facet];
        let mut counts = vec![0usize; codes.names.len()];
        for at in (0..index.events.len()).filter(|&at| ready.passes(index, at, facet)) {
            for &n in codes.of(at) {
                counts[n as usize] += 1;
            }
        }
        codes.names.iter().zip(counts).filter(|&(_, n)| n > 0).map(|(id, n)| (id.clone(), n)).collect()
    }
}

impl Ready<'_> {
    /// Whether the event passes every part of the filter but facet `skip` (none when out of range).
    /// (The search texts are read only when there is something to search.)
    fn passes(&self, index: &Index, at: usize, skip: usize) -> bool {
        let facets_ok = (0..FACETS.len()).all(|f| f == skip || self.chosen[f].as_ref().is_none_or(|on| index.codes[f].of(at).iter().any(|&n| on[n as usize])));
        facets_ok && self.filter.dates_ok(index.events[at].days) && self.matched.as_ref().is_none_or(|m| m[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indexed(outlets: &[&str], actors: &[&str]) -> Indexed {
        Indexed { days: None, values: [set(outlets), set(actors)] }
    }

    fn set(values: &[&str]) -> BTreeSet<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    fn chose(outlets: &[&str], actors: &[&str]) -> Filter {
        Filter { chosen: [set(outlets), set(actors)], ..Filter::default() }
    }

    fn sample() -> Index<'static> {
        let events = vec![indexed(&["rt", "tass"], &["lavrov", "russia"]), indexed(&["rt"], &["merkel", "russia"]), indexed(&["brics"], &["kerry"])];
        let texts = ["Lavrov backs the plan for Aleppo", "Merkel calls on Russia", "Kerry: another hospital destroyed in Aleppo"];
        Index::of(events, texts.iter().map(|t| t.to_lowercase()).collect())
    }

    #[test]
    fn any_within_a_facet_all_across_facets() {
        let index = sample();
        let f = chose(&["tass", "brics"], &[]);
        assert_eq!(f.visible(&index), [0, 2]);
        let f = chose(&["rt"], &["merkel"]);
        assert_eq!(f.visible(&index), [1]);
        assert_eq!(Filter::default().visible(&index), [0, 1, 2]);
    }

    #[test]
    fn search_needs_every_word_case_insensitively() {
        let index = sample();
        let f = Filter { query: "ALEPPO  hospital".into(), ..Filter::default() };
        assert_eq!(f.visible(&index), [2]);
        let f = Filter { query: "aleppo".into(), ..Filter::default() };
        assert_eq!(f.visible(&index), [0, 2]);
    }

    #[test]
    fn counts_apply_the_other_facets_not_their_own() {
        let index = sample();
        let f = chose(&["tass"], &[]);
        let outlets = f.counts(OUTLETS, &index);
        assert_eq!(outlets["rt"], 2, "selecting TASS does not shrink the other outlets' counts");
        assert_eq!(outlets["brics"], 1);
        let actors = f.counts(ACTORS, &index);
        assert_eq!(actors.get("kerry"), None, "the outlet facet applies to actor counts");
        assert_eq!(actors["lavrov"], 1);
    }

    #[test]
    fn a_date_range_lets_through_what_reaches_into_it_and_applies_to_the_counts() {
        let day = |s: &str| PartialDate::parse(s).and_then(PartialDate::days);
        let mut index = sample();
        index.events[0].days = day("2016-10-07");
        index.events[1].days = day("2016-02");
        let on = |d: &str| match PartialDate::parse(d) {
            Some(PartialDate::Day(d)) => Some(d),
            _ => None,
        };
        let f = Filter { from: on("2016-02-15"), to: on("2016-10-06"), ..Filter::default() };
        assert_eq!(f.visible(&index), [1], "February reaches into the range; 7 October and the undated event do not");
        let f = Filter { from: on("2016-10-07"), ..Filter::default() };
        assert_eq!(f.visible(&index), [0]);
        assert_eq!(f.counts(OUTLETS, &index).get("brics"), None, "the range applies to the outlet counts");
        assert_eq!(f.without_dates().visible(&index), [0, 1, 2]);
        assert!(!f.is_empty() && f.without_dates().is_empty());
    }

    /// The numbered values filter and count as the ids themselves would: the rule applied to
    /// the sets of ids directly, for filters of the seeds' own values and ids no event has.
    #[test]
    fn numbered_values_filter_and_count_as_the_ids_do() {
        let corpus = crate::corpus::corpus();
        let index = Index::new(corpus);
        let plain = |f: &Filter, skip: usize, at: usize| {
            let e = &index.events[at];
            (0..FACETS.len()).all(|g| g == skip || f.chosen[g].is_empty() || f.chosen[g].iter().any(|id| e.values[g].contains(id))) && f.dates_ok(e.days)
        };
        let ids =
            |facet: usize| -> Vec<String> { index.events.iter().flat_map(|e| e.values[facet].iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect() };
        let (outlets, actors) = (ids(OUTLETS), ids(ACTORS));
        let mut filters = vec![Filter::default(), chose(&["nobody"], &[]), chose(&[], &["nobody", &actors[0]])];
        for (i, outlet) in outlets.iter().enumerate() {
            filters.push(chose(&[outlet], &[]));
            filters.push(chose(&[outlet, &outlets[(i + 1) % outlets.len()]], &[&actors[i % actors.len()]]));
        }
        for f in &filters {
            let expected: Vec<usize> = (0..index.events.len()).filter(|&at| plain(f, usize::MAX, at)).collect();
            assert_eq!(f.visible(&index), expected, "{f:?}");
            for facet in [OUTLETS, ACTORS] {
                let mut counts = BTreeMap::new();
                for at in (0..index.events.len()).filter(|&at| plain(f, facet, at)) {
                    for id in &index.events[at].values[facet] {
                        *counts.entry(id.clone()).or_insert(0) += 1;
                    }
                }
                assert_eq!(f.counts(facet, &index), counts, "{f:?}, facet {facet}");
            }
        }
        assert!(chose(&["nobody"], &[]).visible(&index).is_empty(), "an id no event has matches nothing");
    }

    #[test]
    fn outlet_ids_are_readable_slugs() {
        assert_eq!(outlet_id("Your News Wire"), "your-news-wire");
        assert_eq!(outlet_id("The BRICS Post"), "the-brics-post");
        assert_eq!(outlet_id("RT"), "rt");
    }

    #[test]
    fn the_seeds_facets_offer_their_outlets_and_actors_by_kind() {
        let corpus = crate::corpus::corpus();
        let outlets = (FACETS[OUTLETS].choices)(corpus);
        let names: Vec<&str> = outlets.iter().map(|c| c.name.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| n.to_lowercase());
        assert_eq!(names, sorted, "outlets by name");
        assert_eq!(names.len(), corpus.articles.iter().filter_map(|a| a.outlet.as_deref()).collect::<BTreeSet<_>>().len());
        let actors = (FACETS[ACTORS].choices)(corpus);
        assert_eq!(actors.len(), corpus.actors.len());
        assert_eq!(actors[0].group, Some("People"));
        // Each kind's actors form one run under its heading.
        let runs: Vec<_> = actors.windows(2).filter(|w| w[0].group != w[1].group).collect();
        assert!(runs.len() < 4, "{} runs of groups", runs.len() + 1);
        // The index holds each event's values as the facet finds them.
        let index = Index::new(corpus);
        assert!(index.events.iter().zip(corpus.events.iter()).all(|(e, event)| e.values[ACTORS].len() == event.actors.len()));
    }

    #[test]
    fn an_events_search_text_holds_its_sentences_quotes_and_actors_names() {
        let corpus = crate::corpus::corpus();
        let index = Index::new(corpus);
        Filter { chosen: [set(&[]), set(&["nobody"])], ..Filter::default() }.visible(&index);
        assert!(index.texts.get().is_none(), "no search, no search texts");
        Filter { query: "aleppo".into(), ..Filter::default() }.visible(&index);
        assert_eq!(index.texts.get().map(Vec::len), Some(corpus.events.len()), "built on the first search");
        // Built ahead in slices, the texts are the same.
        let ahead = Index::new(corpus);
        assert!(!ahead.prepare(2) && ahead.texts.get().is_none(), "two events' texts, not all");
        while !ahead.prepare(3) {}
        assert_eq!(ahead.texts.get(), index.texts.get());
        let partly = Index::new(corpus);
        partly.prepare(5);
        assert_eq!(partly.texts(), index.texts(), "the first search finishes what was begun");
        let quoted = corpus.quotes.iter().find(|q| q.event.is_some()).expect("a quote of an event in the seeds");
        let at = corpus.events.iter().position(|e| Some(e.id.as_ref()) == quoted.event.as_deref()).unwrap();
        let text = &index.texts()[at];
        assert!(text.contains(&quoted.text.to_lowercase()));
        for m in corpus.events[at].mentions.iter() {
            assert!(text.contains(&m.text.to_lowercase()));
        }
        for id in corpus.events[at].actors.iter() {
            let actor = corpus.actors.iter().find(|a| a.id == *id).unwrap();
            assert!(text.contains(&actor.name.to_lowercase()));
        }
        // Outlets come from the event's articles.
        let outlets: BTreeSet<String> =
            corpus.events[at].mentions.iter().filter_map(|m| corpus.articles.iter().find(|a| a.id == m.article)?.outlet.as_deref().map(outlet_id)).collect();
        assert_eq!(index.events[at].values[OUTLETS], outlets);
    }

    /// A sharded page's index has the quotes without their words (nor the mentions'): a search
    /// finds them once the quote shards are added, as it would in the whole corpus, counts too.
    #[test]
    fn quotes_added_later_are_searched() {
        use newsline_model::{Mention, Quote};
        use std::borrow::Cow;
        let corpus = crate::corpus::corpus();
        let leak = |c: Corpus| -> &'static Corpus { Box::leak(Box::new(c)) };
        let events = corpus
            .events
            .iter()
            .map(|e| Event { mentions: Cow::Owned(e.mentions.iter().map(|m| Mention { text: "".into(), ..m.clone() }).collect()), ..e.clone() });
        let with_quotes = leak(Corpus { events: Cow::Owned(events.collect()), ..corpus.clone() });
        let quotes = corpus.quotes.iter().map(|q| Quote { text: "".into(), attribution: None, ..q.clone() });
        let without_quotes = leak(Corpus { quotes: Cow::Owned(quotes.collect()), ..with_quotes.clone() });
        let (whole, index) = (Index::new(with_quotes), Index::new(without_quotes));
        // A quote that only its own words find.
        let (filter, at) = corpus
            .quotes
            .iter()
            .filter_map(|q| {
                Some((Filter { query: q.text.to_string(), ..Filter::default() }, corpus.events.iter().position(|e| Some(&*e.id) == q.event.as_deref())?))
            })
            .find(|(f, at)| !f.visible(&index).contains(at))
            .expect("a quote of an event in the seeds that the rest of its event does not hold");
        assert!(filter.visible(&whole).contains(&at));
        let (half, rest) = corpus.quotes.split_at(corpus.quotes.len() / 2);
        index.add_quotes(half);
        index.add_quotes(rest);
        assert!(filter.visible(&index).contains(&at), "found once the quotes are added");
        assert_eq!(filter.visible(&index), filter.visible(&whole));
        assert_eq!(filter.counts(OUTLETS, &index), filter.counts(OUTLETS, &whole));
    }
}
