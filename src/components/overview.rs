//! A compact strip of the days that have visible events, each with a bar for how
//! many, linking to the day: the shape of the story at a glance, and a quick jump.

use super::app::use_view;
use leptos::prelude::*;

/// Bar lengths come in ten steps (CSS classes), so no inline style is needed.
fn step(count: usize, most: usize) -> usize {
    if most == 0 {
        0
    } else {
        (count * 10).div_ceil(most).clamp(1, 10)
    }
}

/// A day's label ("7 Oct 2016", "Undated"), formatted once per day for the page's lifetime
/// (the strip is drawn again on every filter change).
fn label(key: Option<&'static str>, date: Option<crate::dates::PartialDate>) -> &'static str {
    thread_local! {
        static LABELS: std::cell::RefCell<std::collections::BTreeMap<Option<&'static str>, &'static str>> = Default::default();
    }
    LABELS.with(|labels| {
        *labels.borrow_mut().entry(key).or_insert_with(|| match date {
            Some(d) => Box::leak(d.short_label().into_boxed_str()),
            None => "Undated",
        })
    })
}

/// The strip is rebuilt in place on every change (most days' counts change with any filter,
/// so their elements are kept and only their texts and bars set); each day's label is
/// formatted once ([`label`]).
#[component]
pub fn Overview() -> impl IntoView {
    let visible = use_view().visible;
    view! {
        <nav class="overview" aria-label="Days at a glance">
            <ol>
                {move || {
                    let groups = crate::corpus::days_of(&visible.get());
                    let most = groups.iter().map(|g| g.events.len()).max().unwrap_or(0);
                    groups.into_iter().map(|g| {
                        let count = g.events.len();
                        let href = format!("#day-{}", g.key.unwrap_or("undated"));
                        view! {
                            <li>
                                <a href=href>
                                    <span class="overview-date">{label(g.key, g.date)}</span>
                                    <span class=format!("overview-bar bar-{}", step(count, most)) aria-hidden="true"></span>
                                    <span class="overview-count">{format!("{count} {}", if count == 1 { "event" } else { "events" })}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
        </nav>
    }
}
