//! Who covered what: the visible events against the outlets, with reposts marked,
//! so a reader sees at a glance which outlet reported an event and which left it out.

use crate::corpus::{article, choices, corpus};
use crate::dates::PartialDate;
use crate::filter::{outlet_id, OUTLETS};
use crate::timeline::{keep_first, MoreShown, LIST_PAGE};
use leptos::prelude::*;

/// How an outlet covered an event.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Coverage {
    Reported,
    /// Only in an article that copies another outlet's.
    Repost,
    Missing,
}

/// The coverage of one event by one outlet id.
pub fn coverage(event: &newsline_model::Event, outlet: &str) -> Coverage {
    let mut repost = false;
    for m in event.mentions.iter() {
        if let Some(a) = article(&m.article) {
            if a.outlet.as_deref().map(outlet_id).as_deref() == Some(outlet) {
                if a.copy_of.is_none() {
                    return Coverage::Reported;
                }
                repost = true;
            }
        }
    }
    if repost {
        Coverage::Repost
    } else {
        Coverage::Missing
    }
}

#[component]
pub fn CoverageMatrix() -> impl IntoView {
    let visible = super::app::use_view().visible;
    // Rows are drawn once the table is opened, a page at a time (like the list).
    let open = RwSignal::new(false);
    let more = RwSignal::new(MoreShown::default());
    let independent = {
        let copies = corpus().articles.iter().filter(|a| a.copy_of.is_some()).count();
        let total = corpus().articles.len();
        format!("{} articles, {} of them independent reports ({} copying another).", total, total - copies, copies)
    };
    view! {
        <details class="coverage" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2>"Coverage: who reported what"</h2></summary>
            <p class="coverage-note">{independent}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Coverage table">
                <table>
                    <caption class="visually-hidden">"Events (rows) against outlets (columns)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Event"</th>
                            {choices(OUTLETS).iter().map(|outlet| view! { <th scope="col">{outlet.name.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let shown = visible.get();
                            let mut groups = if open.get() { crate::corpus::days_of(&shown) } else { Vec::new() };
                            more.track();
                            keep_first(&mut groups, more.try_update_untracked(|m| m.limit_for(&shown)).unwrap_or(LIST_PAGE), None);
                            groups.into_iter().flat_map(|g| g.events).map(|event| {
                                let date = event.date.as_deref().and_then(PartialDate::parse).map(PartialDate::short_label).unwrap_or_else(|| "undated".into());
                                let title = event.title();
                                let summary: String = title.chars().take(90).collect();
                                let ellipsis = if title.chars().count() > 90 { "…" } else { "" };
                                view! {
                                    <tr data-coverage=event.id.as_ref()>
                                        <th scope="row"><span class="coverage-date">{date}</span>" "{format!("{summary}{ellipsis}")}</th>
                                        {choices(OUTLETS).iter().map(|outlet| match coverage(event, &outlet.id) {
                                            Coverage::Reported => view! { <td class="reported"><span aria-hidden="true">"●"</span><span class="visually-hidden">"reported"</span></td> }.into_any(),
                                            Coverage::Repost => view! { <td class="repost"><span aria-hidden="true">"◐"</span><span class="cell-label">" repost"</span></td> }.into_any(),
                                            Coverage::Missing => view! { <td class="missing"><span aria-hidden="true">"·"</span><span class="visually-hidden">"not reported"</span></td> }.into_any(),
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {more_button(more, visible, open)}
        </details>
    }
}

/// Below the table while rows are left out: a button that draws a page more.
fn more_button(more: RwSignal<MoreShown>, visible: Memo<Vec<usize>>, open: RwSignal<bool>) -> impl IntoView {
    let drawn = move || visible.with(|v| more.with(|m| m.limit(v)).min(v.len()));
    let left = move || visible.with(Vec::len) - drawn();
    view! {
        <p class="show-more" hidden=move || !open.get() || left() == 0>
            <button type="button" on:click=move |_| more.update(|m| m.grow(&visible.get_untracked(), drawn()))>
                {move || format!("Show {} more of the {} events not drawn yet", left().min(LIST_PAGE), left())}
            </button>
        </p>
    }
}
