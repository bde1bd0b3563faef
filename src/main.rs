//! Mounts the app; everything else lives in the library. The first screen drawn at build
//! time gives way in the same task as the mount, so the page never shows neither or both;
//! the search texts are then built while the browser is idle (and a sharded page's quotes
//! fetched for the search).
use std::time::Duration;

fn main() {
    // Instantiating the wasm, unpacking the corpus, indexing it and the mount are tasks of
    // their own (the prerendered screen is on the page meanwhile): with a large corpus no
    // one task holds the page as long as all of them would.
    next(|| {
        newsline::corpus::corpus();
        next(|| {
            newsline::corpus::event_index();
            next(mount);
        });
    });
}

/// Runs `step` in a task of its own.
fn next(step: fn()) {
    leptos::prelude::set_timeout(step, Duration::ZERO);
}

fn mount() {
    let focus = newsline::prerender::take();
    leptos::mount::mount_to_body(newsline::App);
    newsline::prerender::restore_focus(focus);
    newsline::corpus::prepare_search_when_idle();
    newsline::corpus::load_quotes_when_idle();
}
