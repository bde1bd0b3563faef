//! Browser tests of the components (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use newsline::corpus::corpus;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn app_renders_every_article_and_event_of_the_embedded_corpus() {
    let _handle = leptos::mount::mount_to_body(newsline::App);
    leptos::task::tick().await;
    let doc = document();
    let articles = doc.query_selector_all("[data-article]").unwrap();
    assert_eq!(articles.length() as usize, corpus().articles.len());
    let events = doc.query_selector_all("article[data-event]").unwrap();
    assert_eq!(events.length() as usize, corpus().events.len());
    let title = doc.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert_eq!(title, "Newsline");
}
