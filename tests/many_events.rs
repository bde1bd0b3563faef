//! A long corpus in a real browser: the list, the coverage table and the sources are drawn a
//! page at a time. Built only with the `many-events-test` feature and NEWSLINE_SEEDS pointing
//! at a generated corpus of several pages of events, which `cargo xtask test` writes
//! (`generate_seeds`, 1 MB).
#![cfg(target_arch = "wasm32")]

use newsline::corpus::corpus;
use newsline::timeline::LIST_PAGE;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn count(selector: &str) -> usize {
    document().query_selector_all(selector).unwrap().length() as usize
}

fn click(selector: &str) {
    let found = document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    found.unchecked_into::<web_sys::HtmlElement>().click();
}

async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The events the list shows (it keeps some the filters leave out, hidden).
fn drawn_events() -> Vec<String> {
    let list = document().query_selector_all("article[data-event]:not([hidden])").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-event").unwrap()).collect()
}

#[wasm_bindgen_test]
async fn long_lists_are_drawn_a_page_at_a_time() {
    let (events, articles) = (corpus().events.len(), corpus().articles.len());
    assert!(events > 2 * LIST_PAGE && articles > LIST_PAGE, "built with a long corpus ({events} events)");
    let _handle = leptos::mount::mount_to_body(newsline::App);
    leptos::task::tick().await;

    // The list: one page, then one more per "Show more", the keyboard going on at the first
    // new event in sight.
    assert_eq!(drawn_events().len(), LIST_PAGE);
    let first_page = drawn_events();
    click("section.timeline .show-more button");
    leptos::task::tick().await;
    assert_eq!(drawn_events().len(), 2 * LIST_PAGE);
    // The focus moves once the list is drawn again (a few frames at most).
    for _ in 0..10 {
        next_frame().await;
    }
    let focused = document().active_element().expect("something has the focus");
    let band = focused.closest("details").unwrap().map(|d| d.query_selector_all("article[data-event]").unwrap().length()).unwrap_or(0);
    let new_event = focused.get_attribute("data-event").is_some_and(|id| !first_page.contains(&id));
    assert!(new_event || (focused.tag_name() == "SUMMARY" && band > 0), "the focus is on a new event or its band, not {}", focused.tag_name());

    // Another filter starts again at one page; clearing it too.
    click("input[name=\"outlet\"]");
    leptos::task::tick().await;
    let one_outlet = drawn_events().len();
    assert!(one_outlet <= LIST_PAGE && one_outlet > 0, "{one_outlet} events drawn for one outlet");
    // Kept hidden: the unfiltered list's first page only, never the whole corpus.
    let kept = count("article[data-event]");
    assert!(kept > one_outlet && kept <= one_outlet + LIST_PAGE, "{kept} events in the list for {one_outlet} shown");
    click("button.clear");
    leptos::task::tick().await;
    assert_eq!(drawn_events().len(), LIST_PAGE);
    assert_eq!(count("article[data-event][hidden]"), 0, "a clear shows the kept events again");

    // A chosen event past the page is drawn all the same (a link, or back/forward).
    let later = corpus().events.iter().find(|e| !first_page.iter().any(|id| id == e.id.as_ref())).unwrap().id.to_string();
    let window = web_sys::window().unwrap();
    window.history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("?event={later}"))).unwrap();
    window.dispatch_event(&web_sys::Event::new("popstate").unwrap()).unwrap();
    leptos::task::tick().await;
    assert!(drawn_events().contains(&later), "the chosen event {later} is drawn");
    assert!(count(&format!("#detail-{later}")) == 1, "with its comparison open");

    // Coverage rows only once the table is opened, a page of them.
    assert_eq!(count(".coverage tbody tr"), 0);
    let coverage: web_sys::HtmlDetailsElement = document().query_selector("details.coverage").unwrap().unwrap().unchecked_into();
    coverage.set_open(true);
    coverage.dispatch_event(&web_sys::Event::new("toggle").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(count(".coverage tbody tr[data-coverage]"), LIST_PAGE);

    // Sources: a page, and the next on demand.
    assert_eq!(count("li[data-article]"), LIST_PAGE);
    click("section.articles .show-more button");
    leptos::task::tick().await;
    assert_eq!(count("li[data-article]"), (2 * LIST_PAGE).min(articles));
}
