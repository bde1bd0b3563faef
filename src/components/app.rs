use super::{article_list::ArticleList, coverage::CoverageMatrix, filters::Filters, timeline_view::TimelineView, url_sync};
use crate::corpus::{corpus, event_index, outlets};
use leptos::prelude::*;

/// The whole page. The view state (filters, selection) lives here, in one signal,
/// mirrored in the URL; everything shown is derived from it.
#[component]
pub fn App() -> impl IntoView {
    let corpus = corpus();
    let (initial, found) = url_sync::read_url();
    let state = RwSignal::new(initial);
    let notices = RwSignal::new(found);
    url_sync::sync(state, notices);
    let visible = Memo::new(move |_| state.with(|s| s.filter.visible(event_index())));

    view! {
        <header class="masthead">
            <h1>"Newsline"</h1>
            <p class="tagline">
                {format!(
                    "{} events extracted from {} articles by {} outlets",
                    corpus.events.len(),
                    corpus.articles.len(),
                    outlets().len(),
                )}
            </p>
        </header>
        <Show when=move || notices.with(|n| !n.is_empty())>
            <aside class="notices" aria-label="Link notices">
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </aside>
        </Show>
        <main class="layout">
            <Filters state visible />
            <div class="content">
                <TimelineView visible state />
                <CoverageMatrix visible />
                <ArticleList state />
            </div>
        </main>
    }
}
