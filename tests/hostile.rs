//! Hostile seed text, rendered in a real browser: markup and script payloads in an
//! article (and in sources.toml) show as text and run nothing. Built only with the
//! `hostile-seeds-test` feature and NEWSLINE_SEEDS pointing at the payload folder that
//! `cargo xtask test` writes (see xtask/src/hostile.rs).
#![cfg(target_arch = "wasm32")]

use newsline::corpus::corpus;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn payloads_in_seeds_are_shown_as_text_and_run_nothing() {
    // The payload folder is what this build embeds.
    assert!(corpus().articles.iter().any(|a| a.text.contains("<script>")), "built with the hostile seeds");
    let doc = document();
    let scripts_before = doc.query_selector_all("script").unwrap().length();
    let _handle = leptos::mount::mount_to_body(newsline::App);
    leptos::task::tick().await;
    // Open each reader and each event's detail in turn (one of each is open at a time),
    // collecting what the page shows.
    let body = doc.body().unwrap();
    let mut shown = body.text_content().unwrap();
    for selector in ["button.read", "button.compare"] {
        let count = doc.query_selector_all(selector).unwrap().length();
        for i in 0..count {
            let buttons = doc.query_selector_all(selector).unwrap();
            buttons.item(i).unwrap().unchecked_into::<web_sys::HtmlElement>().click();
            leptos::task::tick().await;
            shown.push_str(&body.text_content().unwrap());
            assert_eq!(doc.query_selector_all("script").unwrap().length(), scripts_before, "no script element was created");
            assert_eq!(doc.query_selector_all("img").unwrap().length(), 0, "no image element was created");
        }
    }
    // The time axis with a lane per outlet: lane names are written into the axis markup.
    let lanes = doc.query_selector(".axis-lanes select").unwrap().expect("the axis lane switch");
    js_sys::Reflect::set(&lanes, &"value".into(), &"outlet".into()).unwrap();
    lanes.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert!(doc.query_selector_all(".axis-lane").unwrap().length() > 0, "the lanes are drawn");
    shown.push_str(&body.text_content().unwrap());
    assert!(shown.contains("<script>window.__pwned = 1</script>"), "the script tag is shown as text");
    assert!(shown.contains("<img src=x onerror="), "the image tag is shown as text");
    assert!(shown.contains("<b onclick="), "the outlet name's markup is shown as text");
    assert_eq!(doc.query_selector_all("script").unwrap().length(), scripts_before, "no script element was created");
    assert_eq!(doc.query_selector_all("img").unwrap().length(), 0, "no image element was created");
    assert_eq!(doc.query_selector_all("a[href^='javascript']").unwrap().length(), 0, "no javascript: link");
    assert_eq!(doc.query_selector_all("[onerror], [onclick]").unwrap().length(), 0, "no event handler attribute");
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "no payload ran");
}
