//! Mounts the app; everything else lives in the library. The first screen drawn at build
//! time gives way in the same task, so the page never shows neither or both; the search
//! texts are then built while the browser is idle.
fn main() {
    let focus = newsline::prerender::take();
    leptos::mount::mount_to_body(newsline::App);
    newsline::prerender::restore_focus(focus);
    newsline::corpus::prepare_search_when_idle();
}
