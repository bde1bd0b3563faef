//! Browser tests of the components (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use newsline::corpus::corpus;
use wasm_bindgen::JsCast;
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

/// The download panel offers exactly the model's export formats (the CLI's too), in order.
#[wasm_bindgen_test]
async fn the_download_panel_offers_the_model_export_formats() {
    // In a container of its own, removed afterwards: the other tests count the whole page.
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), newsline::App);
    leptos::task::tick().await;
    let buttons = container.query_selector_all(".downloads [data-download]").unwrap();
    let shown: Vec<(String, String)> = (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap())
        .map(|b| (b.get_attribute("data-download").unwrap(), b.text_content().unwrap()))
        .collect();
    let table: Vec<(String, String)> = newsline_model::formats::EXPORT_FORMATS.iter().map(|f| (f.name.to_string(), f.label.to_string())).collect();
    assert_eq!(shown, table);
    drop(handle);
    container.remove();
}
