//! Download the current (filtered) view: the corpus JSON of the export contract,
//! TimelineJS JSON, CSV of events, iCalendar. The same writers as `newsline export`.

use crate::corpus::corpus;
use leptos::prelude::*;
use newsline_model::{formats, Corpus, Event, Quote};
use std::borrow::Cow;
use wasm_bindgen::JsCast;

/// The corpus restricted to the visible events (articles and actors stay whole, so every
/// id an event or quote names can still be looked up).
fn filtered(visible: &[usize]) -> Corpus {
    let all = corpus();
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
pub fn Downloads(visible: Memo<Vec<usize>>) -> impl IntoView {
    let download = move |format: &'static str| {
        let data = filtered(&visible.get_untracked());
        let events: Vec<&Event> = data.events.iter().collect();
        match format {
            "json" => save("newsline.json", "application/json", &serde_json::to_string_pretty(&data).unwrap_or_default()),
            "timelinejs" => save("newsline-timelinejs.json", "application/json", &formats::timelinejs(&data, &events, "Newsline")),
            "csv" => save("newsline-events.csv", "text/csv", &formats::events_csv(&data, &events)),
            _ => save("newsline-events.ics", "text/calendar", &formats::events_ics(&data, &events, &stamp())),
        }
    };
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">"Download this view"</h2>
            <p class="downloads-note">{move || format!("The {} events shown, with their sources:", visible.with(Vec::len))}</p>
            <ul>
                <li><button type="button" data-download="json" on:click=move |_| download("json")>"Corpus JSON"</button></li>
                <li><button type="button" data-download="timelinejs" on:click=move |_| download("timelinejs")>"TimelineJS"</button></li>
                <li><button type="button" data-download="csv" on:click=move |_| download("csv")>"CSV"</button></li>
                <li><button type="button" data-download="ics" on:click=move |_| download("ics")>"Calendar (.ics)"</button></li>
            </ul>
        </section>
    }
}
