//! Mounts the app; everything else lives in the library. The first screen drawn at build
//! time gives way in the same task as the mount, so the page never shows neither or both;
//! the search texts are then built while the browser is idle (and a sharded page's quotes
//! fetched for the search).
use std::time::Duration;

/// The start-up, one task per step (the prerendered screen is on the page meanwhile): with
/// a large corpus no one task holds the page as long as all of them would. After the wasm's
/// instantiation: unpacking the corpus, indexing it for the filter, the lookups the first
/// draw makes (ids, the days' order, the focus, the facets' choices), the axis's geometry,
/// and the mount.
const STEPS: [fn(); 5] = [unpack, index, newsline::corpus::prepare_lookups, newsline::prepare_axis, mount];

fn main() {
    next(0);
}

/// Runs step `at` in a task of its own, then the next.
fn next(at: usize) {
    leptos::prelude::set_timeout(
        move || {
            STEPS[at]();
            if at + 1 < STEPS.len() {
                next(at + 1);
            }
        },
        Duration::ZERO,
    );
}

fn unpack() {
    newsline::corpus::corpus();
}

fn index() {
    newsline::corpus::event_index();
}

fn mount() {
    let focus = newsline::prerender::take();
    leptos::mount::mount_to_body(newsline::App);
    newsline::prerender::restore_focus(focus);
    newsline::corpus::prepare_search_when_idle();
    newsline::corpus::load_quotes_when_idle();
}
