//! The corpus extracted from `seeds/` at build time (see `build.rs`), plus lookups.

use crate::filter::{self, Choice, Index, PerFacet, Positions, FACETS};
use newsline_model::{Actor, Article, Corpus, Event};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The corpus as `build.rs` packed it (the format is in `newsline_model::pack`).
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, read once on first use; its text stays in the embedded bytes.
pub fn corpus() -> &'static Corpus {
    static CELL: OnceLock<Corpus> = OnceLock::new();
    // build.rs reads back every blob it writes, so this cannot fail on a built page.
    CELL.get_or_init(|| newsline_model::pack::unpack(PACKED).unwrap_or_else(|err| panic!("{err}")))
}

/// An article by id (looked up in an index built once: events name their articles on
/// every mark and row drawn).
pub fn article(id: &str) -> Option<&'static Article> {
    static INDEX: OnceLock<Positions<'static>> = OnceLock::new();
    let index = INDEX.get_or_init(|| filter::positions(corpus().articles.iter().map(|a| a.id.as_ref())));
    index.get(id).map(|&i| &corpus().articles[i])
}

pub fn actor(id: &str) -> Option<&'static Actor> {
    corpus().actors.iter().find(|a| a.id == id)
}

pub fn event(id: &str) -> Option<&'static Event> {
    corpus().events.iter().find(|e| e.id == id)
}

/// The events prepared for filtering, built once (their search texts on the first search).
pub fn event_index() -> &'static Index<'static> {
    static CELL: OnceLock<Index<'static>> = OnceLock::new();
    CELL.get_or_init(|| Index::new(corpus()))
}

/// Builds the search texts in the browser's idle time after the first paint, a few
/// milliseconds at a time, so the first search finds them ready instead of building them in
/// one long task (~300 ms at 4,000 events).
pub fn prepare_search_when_idle() {
    const SLICE_MS: f64 = 8.0;
    leptos::prelude::request_idle_callback(|| {
        let started = js_sys::Date::now();
        while !event_index().prepare(16) {
            if js_sys::Date::now() - started >= SLICE_MS {
                return prepare_search_when_idle();
            }
        }
    });
}

/// Events (by corpus index) grouped by day in date order. One non-generic entry point,
/// so the wasm carries one copy of the grouping and its sort for all its callers.
pub fn days_of(shown: &[usize]) -> Vec<crate::timeline::DayGroup<'static>> {
    let events = corpus().events.as_ref();
    crate::timeline::group_by_day(shown.iter().map(|&i| &events[i]))
}

/// The focus days of the story (see [`crate::timeline::focus_days`]), found once.
pub fn focus() -> &'static [chrono::NaiveDate] {
    static CELL: OnceLock<Vec<chrono::NaiveDate>> = OnceLock::new();
    CELL.get_or_init(|| crate::timeline::focus_days(corpus().events.iter(), crate::timeline::FOCUS_SPAN))
}

/// What each facet of [`FACETS`] offers, found once.
pub fn choices(facet: usize) -> &'static [Choice] {
    static CELL: OnceLock<PerFacet<Vec<Choice>>> = OnceLock::new();
    &CELL.get_or_init(|| FACETS.each_ref().map(|f| (f.choices)(corpus())))[facet]
}

/// The ids the URL may name, to validate it.
pub struct KnownIds {
    pub facets: PerFacet<BTreeSet<String>>,
    pub events: BTreeSet<String>,
    pub articles: BTreeSet<String>,
}

pub fn known_ids() -> &'static KnownIds {
    static CELL: OnceLock<KnownIds> = OnceLock::new();
    CELL.get_or_init(|| KnownIds {
        facets: std::array::from_fn(|f| choices(f).iter().map(|c| c.id.clone()).collect()),
        events: corpus().events.iter().map(|e| e.id.to_string()).collect(),
        articles: corpus().articles.iter().map(|a| a.id.to_string()).collect(),
    })
}

/// The outlets that reported an event, each once, in the order of their first mention.
pub fn outlet_names(event: &'static Event) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for name in event.mentions.iter().filter_map(|m| article(&m.article).and_then(|a| a.outlet.as_deref())) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
