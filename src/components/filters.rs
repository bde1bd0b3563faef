//! The filter panel: search, outlets, a date range and actors with live counts, clear,
//! and a summary of what is filtered. Every control is a native form control, so it is
//! keyboard-operable and named by its label.

use crate::corpus::{corpus, event_index, outlets};
use crate::dates::PartialDate;
use crate::filter::Filter;
use crate::query::ViewState;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use newsline_model::ActorKind;

/// Typing in the search box applies the query once the reader pauses this long: each
/// change filters every event's text and redraws the list, too much for every keystroke.
const SEARCH_PAUSE_MS: u32 = 150;

fn kind_heading(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organisations",
        ActorKind::Country => "Countries",
        ActorKind::Other => "Other",
    }
}

/// `collapsible`: on narrow screens the controls fold behind a "Filters" button, so a
/// phone opens on the timeline; the summary and "Clear filters" stay in sight. (The
/// embed mode has its own disclosure and passes `false`.)
#[component]
pub fn Filters(state: RwSignal<ViewState>, visible: Memo<Vec<usize>>, #[prop(optional)] collapsible: bool) -> impl IntoView {
    let open = RwSignal::new(false);
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    let outlet_counts = Memo::new(move |_| filter.with(|f| f.outlet_counts(event_index())));
    let actor_counts = Memo::new(move |_| filter.with(|f| f.actor_counts(event_index())));
    let actor_search = RwSignal::new(String::new());
    // The query typed but not applied yet; replacing or dropping the timeout cancels it.
    let pending_search = StoredValue::new_local(None::<Timeout>);
    let search = move |query: String| {
        let apply = Timeout::new(SEARCH_PAUSE_MS, move || state.update(|s| s.filter.query = query));
        pending_search.set_value(Some(apply));
    };

    let toggle_outlet = move |id: String, on: bool| {
        state.update(|s| {
            if on {
                s.filter.outlets.insert(id);
            } else {
                s.filter.outlets.remove(&id);
            }
        })
    };
    let toggle_actor = move |id: String, on: bool| {
        state.update(|s| {
            if on {
                s.filter.actors.insert(id);
            } else {
                s.filter.actors.remove(&id);
            }
        })
    };

    view! {
        <section class="filters" class:collapsible=collapsible aria-labelledby="filters-heading">
            <div class="filters-head">
                <h2 id="filters-heading">"Filter"</h2>
                {collapsible.then(|| view! {
                    <button
                        type="button"
                        class="filters-toggle"
                        aria-controls="filter-controls"
                        aria-expanded=move || open.get().to_string()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        "Filters"
                        <span aria-hidden="true">{move || if open.get() { " ▴" } else { " ▾" }}</span>
                    </button>
                })}
            </div>
            <div id="filter-controls" class="filter-controls" class:folded=move || collapsible && !open.get()>
            <label class="search">
                <span>"Search events, quotes and sources"</span>
                <input
                    type="search"
                    name="q"
                    autocomplete="off"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| search(event_target_value(&ev))
                />
            </label>
            <fieldset class="facet facet-outlets">
                <legend>"Outlets"</legend>
                <ul>
                    {outlets().iter().map(|(id, name)| {
                        let id = id.clone();
                        let (checked_id, count_id, change_id) = (id.clone(), id.clone(), id.clone());
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        data-outlet=id.clone()
                                        prop:checked=move || filter.with(|f| f.outlets.contains(&checked_id))
                                        on:change=move |ev| toggle_outlet(change_id.clone(), event_target_checked(&ev))
                                    />
                                    {name.clone()}
                                    <span class="count">
                                        {move || format!(" ({})", outlet_counts.with(|c| c.get(&count_id).copied().unwrap_or(0)))}
                                    </span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
            <DateRange state />
            <details class="actors-toggle">
            <summary>
                "Actors"
                {move || {
                    let n = filter.with(|f| f.actors.len());
                    (n > 0).then(|| format!(" ({n} selected)"))
                }}
            </summary>
            <fieldset class="facet facet-actors">
                <legend class="visually-hidden">"Actors"</legend>
                <label class="actor-search">
                    <span>"Find an actor"</span>
                    <input type="search" name="actor-filter" autocomplete="off"
                        prop:value=move || actor_search.get()
                        on:input=move |ev| actor_search.set(event_target_value(&ev)) />
                </label>
                {ActorKind::ALL.into_iter().filter(|kind| corpus().actors.iter().any(|a| a.kind == *kind)).map(|kind| {
                    let heading_id = format!("actors-{}", kind.as_str());
                    let group_label = heading_id.clone();
                    view! {
                        <div class="actor-group" role="group" aria-labelledby=group_label>
                            <h3 id=heading_id>{kind_heading(kind)}</h3>
                            <ul>
                                {corpus().actors.iter().filter(|a| a.kind == kind).map(|actor| {
                                    let id = actor.id.to_string();
                                    let (checked_id, count_id, change_id) = (id.clone(), id.clone(), id.clone());
                                    let names: Vec<String> = std::iter::once(actor.name.to_lowercase()).chain(actor.aliases.iter().map(|a| a.to_lowercase())).collect();
                                    let shown = move || {
                                        let needle = actor_search.get().to_lowercase();
                                        needle.trim().is_empty() || names.iter().any(|n| n.contains(needle.trim()))
                                    };
                                    view! {
                                        <li class:hidden=move || !shown()>
                                            <label>
                                                <input
                                                    type="checkbox"
                                                    data-actor=id.clone()
                                                    prop:checked=move || filter.with(|f| f.actors.contains(&checked_id))
                                                    on:change=move |ev| toggle_actor(change_id.clone(), event_target_checked(&ev))
                                                />
                                                {actor.name.as_ref()}
                                                <span class="count">
                                                    {move || format!(" ({})", actor_counts.with(|c| c.get(&count_id).copied().unwrap_or(0)))}
                                                </span>
                                            </label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            </details>
            </div>
            <p class="filter-summary" role="status" aria-live="polite">
                {move || summary(&filter.get(), visible.with(Vec::len))}
            </p>
            <button
                type="button"
                class="clear"
                prop:disabled=move || filter.with(Filter::is_empty)
                on:click=move |_| {
                    pending_search.set_value(None);
                    state.update(|s| s.filter = Filter::default())
                }
            >
                "Clear filters"
            </button>
        </section>
    }
}

/// "Showing 12 of 42 events: outlets RT, TASS; actors Sergey Lavrov; matching “aleppo”."
fn summary(filter: &Filter, shown: usize) -> String {
    let total = corpus().events.len();
    if filter.is_empty() {
        return format!("Showing all {total} events.");
    }
    let mut parts = Vec::new();
    if !filter.outlets.is_empty() {
        let names: Vec<&str> = outlets().iter().filter(|(id, _)| filter.outlets.contains(id)).map(|(_, n)| n.as_str()).collect();
        parts.push(format!("outlets {}", names.join(", ")));
    }
    if !filter.actors.is_empty() {
        let names: Vec<&str> = corpus().actors.iter().filter(|a| filter.actors.contains(a.id.as_ref())).map(|a| a.name.as_ref()).collect();
        parts.push(format!("actors {}", names.join(", ")));
    }
    if filter.from.is_some() || filter.to.is_some() {
        let label = |day: Option<chrono::NaiveDate>| day.map(|d| PartialDate::Day(d).short_label());
        parts.push(match (label(filter.from), label(filter.to)) {
            (Some(from), Some(to)) => format!("dated {from} to {to}"),
            (Some(from), None) => format!("dated from {from}"),
            (None, to) => format!("dated up to {}", to.unwrap_or_default()),
        });
    }
    if !filter.query.trim().is_empty() {
        parts.push(format!("matching “{}”", filter.query.trim()));
    }
    format!("Showing {shown} of {total} events: {}.", parts.join("; "))
}

/// The first and last day any event's date covers, as the date inputs' bounds.
fn corpus_days() -> (String, String) {
    let days = event_index().iter().filter_map(|e| e.days);
    let first = days.clone().map(|d| d.0).min();
    let last = days.map(|d| d.1).max();
    (first.map(PartialDate::iso).unwrap_or_default(), last.map(PartialDate::iso).unwrap_or_default())
}

/// The date facet: from and to (either may stay empty), with how many of the events the
/// other filters let through fall in the range.
#[component]
fn DateRange(state: RwSignal<ViewState>) -> impl IntoView {
    let (first, last) = corpus_days();
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    let counts = move || filter.with(|f| (f.visible(event_index()).len(), f.without_dates().visible(event_index()).len()));
    let day_of = |value: String| match PartialDate::parse(&value) {
        Some(PartialDate::Day(day)) => Some(day),
        _ => None,
    };
    let shown = move |day: Option<chrono::NaiveDate>| day.map(PartialDate::iso).unwrap_or_default();
    view! {
        <fieldset class="facet facet-dates">
            <legend>"Dates"</legend>
            <div class="date-fields">
                <label>
                    <span>"From"</span>
                    <input type="date" name="from" min=first.clone() max=last.clone()
                        prop:value=move || filter.with(|f| shown(f.from))
                        on:change=move |ev| state.update(|s| s.filter.from = day_of(event_target_value(&ev))) />
                </label>
                <label>
                    <span>"To"</span>
                    <input type="date" name="to" min=first max=last
                        prop:value=move || filter.with(|f| shown(f.to))
                        on:change=move |ev| state.update(|s| s.filter.to = day_of(event_target_value(&ev))) />
                </label>
            </div>
            <p class="count date-count">{move || {
                let (inside, all) = counts();
                format!("{inside} of {all} events in these dates")
            }}</p>
        </fieldset>
    }
}
