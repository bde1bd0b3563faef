use super::{
    article_list::ArticleList, coverage::CoverageMatrix, downloads::Downloads, embed, embed_dialog::EmbedDialog, filters::Filters, timeline_view::TimelineView,
    url_sync,
};
use crate::corpus::{choices, corpus, event_index};
use crate::filter::OUTLETS;
use crate::query::ViewState;
use leptos::prelude::*;

/// The view state every part of the page shares, through context: what is chosen, what
/// it lets through, and the event the reader points at (hovered or focused, in the list
/// or on the axis), by index in the corpus.
#[derive(Clone, Copy)]
pub struct ViewContext {
    pub state: RwSignal<ViewState>,
    pub visible: Memo<Vec<usize>>,
    pub pointed: RwSignal<Option<usize>>,
}

/// The view state, as `App` provides it to every component.
pub fn use_view() -> ViewContext {
    expect_context()
}

/// The whole page. The view state (filters, selection) lives here, in one signal,
/// mirrored in the URL; everything shown is derived from it.
#[component]
pub fn App() -> impl IntoView {
    let corpus = corpus();
    let (initial, found) = url_sync::read_url();
    let state = RwSignal::new(initial);
    let notices = RwSignal::new(found);
    url_sync::sync(state, notices);
    // A search runs again as quote shards come in (a sharded page: `corpus::track_quotes`).
    let visible = Memo::new(move |_| {
        state.with(|s| {
            crate::corpus::track_quotes(&s.filter.query);
            s.filter.visible(event_index())
        })
    });
    provide_context(ViewContext { state, visible, pointed: RwSignal::new(None) });
    // Embedded: compact chrome, and the height reported to the host page.
    let embedded = state.with_untracked(|s| s.embed);
    embed::report_height(state.with_untracked(|s| s.pym_child.clone()));
    let full_view = move || {
        let view = state.with(|s| crate::query::ViewState { embed: false, pym_child: None, ..s.clone() });
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        format!("{path}{}", crate::query::to_query(&view))
    };
    if embedded {
        return view! {
            <header class="masthead embed-masthead">
                <h1 class="embed-title">"Newsline"</h1>
                <p class="embed-count">{move || {
                    let shown = visible.with(Vec::len);
                    format!("{shown} of {} events", corpus.events.len())
                }}</p>
                <a href=full_view target="_blank" rel="noopener">"Open the full view"</a>
            </header>
            <main class="layout embed">
                <details class="embed-filters">
                    <summary>"Filter"</summary>
                    <Filters />
                </details>
                <div class="content">
                    <TimelineView />
                </div>
            </main>
        }
        .into_any();
    }

    view! {
        <a class="skip-link" href="#timeline-heading">"Skip to the timeline"</a>
        <header class="masthead">
            <h1>"Newsline"</h1>
            <EmbedDialog />
            <p class="tagline">
                {format!(
                    "{} events extracted from {} articles by {} outlets",
                    corpus.events.len(),
                    corpus.articles.len(),
                    choices(OUTLETS).len(),
                )}
            </p>
        </header>
        <Show when=move || notices.with(|n| !n.is_empty())>
            <aside class="notices" aria-label="Link notices">
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </aside>
        </Show>
        <main class="layout">
            <Filters collapsible=true />
            <div class="content">
                <TimelineView />
                <CoverageMatrix />
                <Downloads />
                <ArticleList />
            </div>
        </main>
    }
    .into_any()
}
