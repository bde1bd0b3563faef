//! The corpus extracted from `seeds/` at build time (see `build.rs`), plus lookups.
//!
//! Past a size (`build.rs`), the embedded corpus is only the index: the articles' text and
//! sentences and the quotes' words are in shard files next to the page, fetched from the same
//! origin the first time an article is read ([`load_article`]) or the corpus JSON is downloaded
//! ([`load_all`]); the quotes alone, for the search, in idle time after the mount
//! ([`load_quotes_when_idle`]).

use crate::filter::{self, Choice, Index, PerFacet, Positions, FACETS};
use leptos::prelude::{ArcTrigger, Notify, Track};
use newsline_model::{Actor, Article, Corpus, Event, Quote};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Where the shards are (`build.rs`): `SHARD_DIR`, `SHARD_STARTS` and `QUOTE_STARTS`, empty
/// when the whole corpus is embedded.
mod plan {
    include!(concat!(env!("OUT_DIR"), "/shards.rs"));
}

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
    article_position(id).map(|i| &corpus().articles[i])
}

fn article_position(id: &str) -> Option<usize> {
    static INDEX: OnceLock<Positions<'static>> = OnceLock::new();
    let index = INDEX.get_or_init(|| filter::positions(corpus().articles.iter().map(|a| a.id.as_ref())));
    index.get(id).copied()
}

/// An actor by id (through an index built once: every event drawn names its actors).
pub fn actor(id: &str) -> Option<&'static Actor> {
    static INDEX: OnceLock<Positions<'static>> = OnceLock::new();
    let index = INDEX.get_or_init(|| filter::positions(corpus().actors.iter().map(|a| a.id.as_ref())));
    index.get(id).map(|&i| &corpus().actors[i])
}

pub fn event(id: &str) -> Option<&'static Event> {
    corpus().events.iter().find(|e| e.id == id)
}

/// The events prepared for filtering, built once (their search texts on the first search).
pub fn event_index() -> &'static Index<'static> {
    static CELL: OnceLock<Index<'static>> = OnceLock::new();
    CELL.get_or_init(|| Index::new(corpus()))
}

/// What the first draw looks up, made ready in a start-up task of its own before the mount
/// (`main.rs`): the ids the URL may name, the lookups of articles and actors by id, the days'
/// order, the focus days and the facets' choices.
pub fn prepare_lookups() {
    known_ids();
    article("");
    actor("");
    day_ranks();
    focus();
    for facet in 0..FACETS.len() {
        choices(facet);
    }
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
/// so the wasm carries one copy of the grouping and its sort for all its callers. The order of
/// all events is found once ([`day_ranks`]); each call sorts `shown` by it (parsing dates in a
/// sort's comparisons took ~30 ms per filter change at 28,000 events).
pub fn days_of(shown: &[usize]) -> Vec<crate::timeline::DayGroup<'static>> {
    let events = corpus().events.as_ref();
    let ranks = day_ranks();
    let mut sorted = shown.to_vec();
    sorted.sort_unstable_by_key(|&i| ranks[i]);
    crate::timeline::group_sorted(sorted.into_iter().map(|i| &events[i]))
}

/// An event's index in the corpus: its offset in the corpus's one list of events (a search by
/// id for each would be quadratic in the events drawn).
pub fn index_of(event: &Event) -> usize {
    let events = corpus().events.as_ref();
    (event as *const Event as usize - events.as_ptr() as usize) / std::mem::size_of::<Event>()
}

/// Each event's place in `timeline::group_by_day`'s order of the whole corpus (the stable sort
/// by `timeline::day_order`: events alike keep the corpus's order, as in any subset).
fn day_ranks() -> &'static [u32] {
    static CELL: OnceLock<Vec<u32>> = OnceLock::new();
    CELL.get_or_init(|| {
        let events = corpus().events.as_ref();
        let keys: Vec<_> = events.iter().map(crate::timeline::day_order).collect();
        let mut order: Vec<usize> = (0..events.len()).collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        let mut ranks = vec![0; events.len()];
        for (rank, &i) in order.iter().enumerate() {
            ranks[i] = rank as u32;
        }
        ranks
    })
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
/// (An article is looked up once per run of its mentions: a large corpus's event has ~20
/// mentions, mostly of a few articles, and every event drawn asks.)
pub fn outlet_names(event: &'static Event) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    let mut last: Option<&str> = None;
    for m in event.mentions.iter() {
        if last == Some(m.article.as_ref()) {
            continue;
        }
        last = Some(m.article.as_ref());
        if let Some(name) = article(&m.article).and_then(|a| a.outlet.as_deref()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Whether the articles' text is in shards rather than embedded.
pub fn sharded() -> bool {
    !plan::SHARD_STARTS.is_empty()
}

thread_local! {
    /// The shards fetched so far, by number.
    static LOADED: RefCell<Vec<Option<&'static Corpus>>> = RefCell::new(vec![None; plan::SHARD_STARTS.len()]);
}

/// The article with its text and sentences, if it is at hand: embedded, or its shard loaded.
pub fn whole_article(id: &str) -> Option<&'static Article> {
    let indexed = article(id)?;
    if !sharded() {
        return Some(indexed);
    }
    let shard = LOADED.with(|loaded| loaded.borrow()[shard_number(id)?])?;
    shard.articles.iter().find(|a| a.id == id)
}

fn shard_number(id: &str) -> Option<usize> {
    Some(newsline_model::pack::shards::shard_of(plan::SHARD_STARTS, article_position(id)?))
}

/// The quote with its words and attribution, if at hand: embedded, or its article's shard
/// loaded (a quote naming no article of the corpus is whole in the index).
pub fn whole_quote(quote: &'static Quote) -> Option<&'static Quote> {
    if !sharded() || article(&quote.article).is_none() {
        return Some(quote);
    }
    let shard = LOADED.with(|loaded| loaded.borrow()[shard_number(&quote.article)?])?;
    shard.quotes.iter().find(|q| q.id == quote.id)
}

/// The quotes of `event`, as the index has them (whole once [`whole_quote`] finds them).
pub fn quotes_of(event: &Event) -> Vec<&'static Quote> {
    corpus().quotes.iter().filter(|q| q.event.as_deref() == Some(event.id.as_ref())).collect()
}

/// The article with its text and sentences, fetching its shard if needed.
pub async fn load_article(id: &str) -> Result<&'static Article, String> {
    if let Some(article) = whole_article(id) {
        return Ok(article);
    }
    let number = shard_number(id).ok_or_else(|| format!("There is no article {id:?}."))?;
    let shard = load_shard(number).await?;
    shard.articles.iter().find(|a| a.id == id).ok_or_else(|| format!("The article {id:?} is not in its shard ({}).", shard_url(number)))
}

/// The whole corpus, articles, mentions and quotes with their text (all shards fetched).
pub async fn load_all() -> Result<Corpus, String> {
    if !sharded() {
        return Ok(corpus().clone());
    }
    let mut shards = Vec::with_capacity(plan::SHARD_STARTS.len());
    for number in 0..plan::SHARD_STARTS.len() {
        shards.push(load_shard(number).await?.clone());
    }
    Ok(newsline_model::pack::shards::merge(corpus(), &shards))
}

fn shard_url(number: usize) -> String {
    format!("{}/{number:03}.bin", plan::SHARD_DIR)
}

/// How the quote shards are coming along: how many are in the search, and why the last
/// fetch failed.
#[derive(Default)]
struct QuoteLoading {
    added: usize,
    running: bool,
    failed: Option<String>,
}

thread_local! {
    static QUOTES: RefCell<QuoteLoading> = RefCell::default();
    /// Notified when quotes are added to the search (or fail to be): what tracks it counts again.
    static QUOTES_ADDED: ArcTrigger = ArcTrigger::new();
}

/// Makes the reactive closure that calls it run again when quotes are added to the search, if
/// `query` searches and some quotes are not in yet (the filter's results and counts).
pub fn track_quotes(query: &str) {
    if sharded() && !query.trim().is_empty() && QUOTES.with(|q| q.borrow().added < plan::QUOTE_STARTS.len()) {
        QUOTES_ADDED.with(Track::track);
    }
}

/// What the search box says while the quotes are not all in the search: loading (how many),
/// or why they could not be loaded (`Err`). None when they are all in (or embedded).
pub fn quotes_status() -> Option<Result<String, String>> {
    if !sharded() {
        return None;
    }
    QUOTES_ADDED.with(Track::track);
    QUOTES.with(|q| {
        let q = q.borrow();
        let total = plan::QUOTE_STARTS.len();
        match &q.failed {
            _ if q.added == total => None,
            Some(why) => Some(Err(why.clone())),
            None => Some(Ok(format!("Loading the quotes to search them too ({} of {total} files)…", q.added))),
        }
    })
}

/// Fetches the quote shards one after another, each when the browser is idle, and adds their
/// words to the search (its results and counts follow). A failure stops it and is said by
/// [`quotes_status`]; calling this again goes on from there.
pub fn load_quotes_when_idle() {
    let start = QUOTES.with(|q| {
        let mut q = q.borrow_mut();
        let start = !q.running && q.added < plan::QUOTE_STARTS.len();
        if start {
            (q.running, q.failed) = (true, None);
        }
        start
    });
    if !start {
        return;
    }
    QUOTES_ADDED.with(Notify::notify);
    leptos::task::spawn_local(async {
        loop {
            let number = QUOTES.with(|q| q.borrow().added);
            if number >= plan::QUOTE_STARTS.len() {
                break;
            }
            idle().await;
            let url = format!("{}/q{number:03}.bin", plan::SHARD_DIR);
            let read = fetch_bytes(&url).await.map_err(|why| format!("The quotes could not be loaded for the search ({url}: {why}).")).and_then(|bytes| {
                newsline_model::pack::unpack(Box::leak(bytes.into_boxed_slice()))
                    .map_err(|err| format!("The quotes could not be read ({url}: {err}); reload the page."))
            });
            match read {
                Ok(shard) => {
                    event_index().add_quotes(&shard.quotes);
                    let added = QUOTES.with(|q| {
                        let mut q = q.borrow_mut();
                        q.added += 1;
                        q.added
                    });
                    // A search typed meanwhile runs again every few files, not after each
                    // (at 100 MB there are 323 of them, each search ~100 ms).
                    if added.is_multiple_of(NOTIFY_EVERY) {
                        QUOTES_ADDED.with(Notify::notify);
                    }
                }
                Err(why) => {
                    QUOTES.with(|q| q.borrow_mut().failed = Some(why));
                    break;
                }
            }
        }
        QUOTES.with(|q| q.borrow_mut().running = false);
        QUOTES_ADDED.with(Notify::notify);
    });
}

/// How many quote shards are added to the search between two runs of a search typed meanwhile.
const NOTIFY_EVERY: usize = 16;

/// Resolves when the browser is next idle (at once where it has no idle callbacks).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::request_idle_callback(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fetches and reads shard `number` once; its text stays in the fetched bytes (kept for the
/// page's lifetime, like the embedded corpus).
async fn load_shard(number: usize) -> Result<&'static Corpus, String> {
    if let Some(shard) = LOADED.with(|loaded| loaded.borrow()[number]) {
        return Ok(shard);
    }
    let url = shard_url(number);
    let bytes = fetch_bytes(&url).await.map_err(|why| format!("The article's text could not be loaded ({url}: {why})."))?;
    let shard = newsline_model::pack::unpack(Box::leak(bytes.into_boxed_slice()))
        .map_err(|err| format!("The article's text could not be read ({url}: {err}); reload the page."))?;
    // A second fetch of the same shard, started meanwhile, keeps the first one read.
    Ok(LOADED.with(|loaded| *loaded.borrow_mut()[number].get_or_insert_with(|| Box::leak(Box::new(shard)))))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = response.array_buffer().map_err(|_| "no body".to_string())?;
    let body = JsFuture::from(body).await.map_err(|_| "the download was cut short".to_string())?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}

#[cfg(test)]
mod tests {
    /// The lookups through indexes answer as a scan would: every actor by its id, and each
    /// event's outlets once each, in the order of their first mention.
    #[test]
    fn actors_and_outlet_names_as_a_scan_finds_them() {
        let corpus = super::corpus();
        for a in corpus.actors.iter() {
            assert!(std::ptr::eq(super::actor(&a.id).unwrap(), corpus.actors.iter().find(|b| b.id == a.id).unwrap()));
        }
        assert!(super::actor("nobody-at-all").is_none());
        for event in corpus.events.iter() {
            let mut names: Vec<&str> = Vec::new();
            for m in event.mentions.iter() {
                let outlet = corpus.articles.iter().find(|a| a.id == m.article).and_then(|a| a.outlet.as_deref());
                if let Some(name) = outlet.filter(|n| !names.contains(n)) {
                    names.push(name);
                }
            }
            assert_eq!(super::outlet_names(event), names, "{}", event.id);
        }
    }

    /// The day groups of any events are those `timeline::group_by_day` makes of them.
    #[test]
    fn days_of_groups_as_group_by_day() {
        let events = super::corpus().events.as_ref();
        let all: Vec<usize> = (0..events.len()).collect();
        let some: Vec<usize> = all.iter().copied().filter(|i| i % 3 != 1).collect();
        for shown in [&all, &some] {
            assert_eq!(super::days_of(shown), crate::timeline::group_by_day(shown.iter().map(|&i| &events[i])));
        }
    }
}
