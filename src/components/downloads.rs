//! Download the current (filtered) view in each of the model's export formats (the corpus
//! JSON of the export contract, TimelineJS JSON, CSV of events, iCalendar): the same list
//! and writers as `newsline export`.

use super::app::use_view;
use crate::corpus::corpus;
use leptos::prelude::*;
use newsline_model::formats::{ExportFormat, EXPORT_FORMATS};
use newsline_model::{Corpus, Event, Quote};
use std::borrow::Cow;
use wasm_bindgen::JsCast;

/// The corpus restricted to the visible events (articles and actors stay whole, so every
/// id an event or quote names can still be looked up).
/// `whole` is the whole corpus when the page's is the index (articles and sentences from the
/// shards).
fn filtered(visible: &[usize], whole: Option<&Corpus>) -> Corpus {
    let all = whole.unwrap_or(corpus());
    let events: Vec<Event> = visible.iter().map(|&i| all.events[i].clone()).collect();
    let quotes: Vec<Quote> = all.quotes.iter().filter(|q| q.event.as_deref().is_some_and(|e| events.iter().any(|ev| ev.id == e))).cloned().collect();
    Corpus { articles: all.articles.clone(), actors: all.actors.clone(), events: Cow::Owned(events), quotes: Cow::Owned(quotes) }
}

fn stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// Offers `text` as a file download.
pub fn save(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn Downloads() -> impl IntoView {
    let visible = use_view().visible;
    // While the article shards are fetched for a download, and why that failed.
    let status: RwSignal<Option<String>> = RwSignal::new(None);
    let download = move |format: &'static ExportFormat| {
        let shown = visible.get_untracked();
        if !(format.needs_sentences && crate::corpus::sharded()) {
            let data = filtered(&shown, None);
            save(&format.file_name(), format.mime, &(format.write)(&data, &stamp()));
            return;
        }
        status.set(Some("Loading the articles' text…".to_string()));
        leptos::task::spawn_local(async move {
            match crate::corpus::load_all().await {
                Ok(whole) => {
                    status.set(None);
                    let data = filtered(&shown, Some(&whole));
                    save(&format.file_name(), format.mime, &(format.write)(&data, &stamp()));
                }
                Err(why) => status.set(Some(format!("{why} The download was not made."))),
            }
        });
    };
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">"Download this view"</h2>
            <p class="downloads-note">{move || format!("The {} events shown, with their sources:", visible.with(Vec::len))}</p>
            <ul>
                {EXPORT_FORMATS.iter().map(|format| view! {
                    <li><button type="button" data-download=format.name on:click=move |_| download(format)>{format.label}</button></li>
                }).collect_view()}
            </ul>
            <p class="downloads-status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
