//! Keeps the view state and the URL's query string in step: the state is read
//! from the URL at start and on back/forward; every change of state writes the URL
//! (a new history entry for choices, a replaced one while typing a search).

use crate::corpus::known_ids;
use crate::query::{self, Known, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The state and notices from the current URL.
pub fn read_url() -> (ViewState, Vec<String>) {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let ids = known_ids();
    let known = Known { facets: ids.facets.each_ref(), events: &ids.events, articles: &ids.articles };
    query::parse(&search, &known)
}

/// Writes state changes to the URL and restores the state on back/forward.
pub fn sync(state: RwSignal<ViewState>, notices: RwSignal<Vec<String>>) {
    Effect::new(move |previous: Option<ViewState>| {
        let current = state.get();
        let Some(window) = web_sys::window() else { return current };
        let location = window.location();
        let search = query::to_query(&current);
        if location.search().unwrap_or_default() != search {
            // Keep the path, so the page works under any sub-path.
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let url = format!("{path}{search}{hash}");
            if let Ok(history) = window.history() {
                let typing = previous.as_ref().is_some_and(|p| p.filter.query != current.filter.query);
                let _ = if typing || previous.is_none() {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
        }
        current
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (restored, found) = read_url();
        notices.set(found);
        state.set(restored);
    });
    on_cleanup(move || handle.remove());
}
