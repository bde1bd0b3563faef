use super::{article_list::ArticleList, timeline_view::TimelineView};
use crate::corpus::corpus;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let corpus = corpus();
    let outlets = {
        let mut outlets: Vec<&str> = corpus.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
        outlets.sort_unstable();
        outlets.dedup();
        outlets.len()
    };
    view! {
        <header class="masthead">
            <h1>"Newsline"</h1>
            <p class="tagline">
                {format!(
                    "{} events extracted from {} articles by {} outlets",
                    corpus.events.len(),
                    corpus.articles.len(),
                    outlets,
                )}
            </p>
        </header>
        <main>
            <TimelineView />
            <ArticleList />
        </main>
    }
}
