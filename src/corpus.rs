//! The corpus extracted from `seeds/` at build time (see `build.rs`), plus lookups.

use newsline_model::{Actor, Article, Corpus, Event};

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// The embedded corpus.
pub fn corpus() -> &'static Corpus {
    &CORPUS
}

pub fn article(id: &str) -> Option<&'static Article> {
    CORPUS.articles.iter().find(|a| a.id == id)
}

pub fn actor(id: &str) -> Option<&'static Actor> {
    CORPUS.actors.iter().find(|a| a.id == id)
}

pub fn event(id: &str) -> Option<&'static Event> {
    CORPUS.events.iter().find(|e| e.id == id)
}
