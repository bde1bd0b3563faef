//! Keeps the view state and the URL's query string in step: the state is read
//! from the URL at start and on back/forward; every change of state writes the URL
//! (a new history entry for choices, a replaced one while typing a search). The history is
//! written after the next frame, in the browser's idle time, not in the update itself:
//! `pushState` is a call into the browser (2–37 ms measured on a loaded machine) that the page
//! does not need to show the change, and made in the first task after the frame it ran before
//! the next change's own work when two changes came a frame apart (BENCHMARKS.md, the `clear`
//! branch); the writes are queued and made in order, so every change keeps its entry.

use crate::corpus::known_ids;
use crate::query::{self, Known, ViewState};
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsValue;

thread_local! {
    /// History writes not made yet, in order: the address and whether it is a new entry.
    static PENDING: RefCell<Vec<(String, bool)>> = const { RefCell::new(Vec::new()) };
    /// The query string of the last write queued, while one is pending (the address's is
    /// older then).
    static QUEUED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Queues a history write, made after the next frame is drawn (with any queued before it).
fn write_later(url: String, search: String, push: bool) {
    QUEUED.with(|q| *q.borrow_mut() = Some(search));
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.push((url, push));
        p.len() == 1
    });
    if first {
        request_animation_frame(when_idle);
    }
}

/// Runs [`flush`] in the browser's idle time (within 500 ms), or in a task of its own where
/// there is no `requestIdleCallback` (Safari).
fn when_idle() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(idle) = idle else { return set_timeout(flush, Duration::ZERO) };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &JsValue::from_f64(500.0));
    let callback = wasm_bindgen::closure::Closure::once_into_js(flush);
    if idle.call2(&window, &callback, &options).is_err() {
        set_timeout(flush, Duration::ZERO);
    }
}

/// Makes the queued history writes now, in order.
fn flush() {
    let writes = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    QUEUED.with(|q| *q.borrow_mut() = None);
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    for (url, push) in writes {
        let _ = if push { history.push_state_with_url(&JsValue::NULL, "", Some(&url)) } else { history.replace_state_with_url(&JsValue::NULL, "", Some(&url)) };
    }
}

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
        let written = QUEUED.with(|q| q.borrow().clone()).unwrap_or_else(|| location.search().unwrap_or_default());
        if written != search {
            // Keep the path, so the page works under any sub-path.
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let url = format!("{path}{search}{hash}");
            let typing = previous.as_ref().is_some_and(|p| p.filter.query != current.filter.query);
            write_later(url, search, !(typing || previous.is_none()));
        }
        current
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        // The address is the entry gone back or forward to: what was queued before is older.
        PENDING.with(|p| p.borrow_mut().clear());
        QUEUED.with(|q| *q.borrow_mut() = None);
        let (restored, found) = read_url();
        notices.set(found);
        state.set(restored);
    });
    on_cleanup(move || handle.remove());
}
