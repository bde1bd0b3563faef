//! The filter panel: search, the facets of [`FACETS`] and a date range, with live counts, clear,
//! and a summary of what is filtered. Every control is a native form control, so it is
//! keyboard-operable and named by its label.

use super::app::use_view;
use crate::corpus::{choices, corpus, event_index};
use crate::dates::PartialDate;
use crate::filter::{Choice, Facet, Filter, FACETS};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// Typing in the search box applies the query once the reader pauses this long: each
/// change filters every event's text and redraws the list, too much for every keystroke.
const SEARCH_PAUSE_MS: u32 = 150;

/// A facet with more choices than this folds behind its heading, with a box to find one.
const FOLD_OVER: usize = 12;

/// `collapsible`: on narrow screens the controls fold behind a "Filters" button, so a
/// phone opens on the timeline; the summary and "Clear filters" stay in sight. (The
/// embed mode has its own disclosure and passes `false`.)
#[component]
pub fn Filters(#[prop(optional)] collapsible: bool) -> impl IntoView {
    let state = use_view().state;
    let visible = use_view().visible;
    let open = RwSignal::new(false);
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    // The query typed but not applied yet; replacing or dropping the timeout cancels it.
    let pending_search = StoredValue::new_local(None::<Timeout>);
    let search = move |query: String| {
        let apply = Timeout::new(SEARCH_PAUSE_MS, move || {
            state.update(|s| s.filter.query = query);
            // A sharded page whose quotes failed to load tries again.
            crate::corpus::load_quotes_when_idle();
        });
        pending_search.set_value(Some(apply));
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
            // While a sharded page's quotes are not all in the search: loading, or why not.
            {move || filter.with(|f| !f.query.trim().is_empty()).then(crate::corpus::quotes_status).flatten().map(|status| match status {
                Ok(note) => view! { <p class="search-note" role="status">{note}</p> }.into_any(),
                Err(why) => view! { <p class="search-note reader-error" role="alert">{why}</p> }.into_any(),
            })}
            {(0..FACETS.len()).map(|facet| view! { <FacetChoices facet filter /> }).collect_view()}
            <DateRange />
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
    for (facet, chosen) in filter.chosen.iter().enumerate().filter(|(_, chosen)| !chosen.is_empty()) {
        let names: Vec<&str> = choices(facet).iter().filter(|c| chosen.contains(&c.id)).map(|c| c.name.as_str()).collect();
        parts.push(format!("{} {}", FACETS[facet].label.to_lowercase(), names.join(", ")));
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

/// The choices of one facet as checkboxes (`name` the facet's URL key, `value` the id), each
/// with how many events it would show. Past [`FOLD_OVER`] choices the list folds behind
/// its heading with a box to find a choice by name or alias; choices with a group are
/// listed under its heading.
#[component]
fn FacetChoices(facet: usize, filter: Memo<Filter>) -> impl IntoView {
    let state = use_view().state;
    let Facet { key, label, .. } = FACETS[facet];
    let all = choices(facet);
    let counts = Memo::new(move |_| {
        filter.with(|f| {
            crate::corpus::track_quotes(&f.query);
            f.counts(facet, event_index())
        })
    });
    let find = RwSignal::new(String::new());
    let toggle = move |id: String, on: bool| {
        state.update(|s| {
            let chosen = &mut s.filter.chosen[facet];
            if on {
                chosen.insert(id);
            } else {
                chosen.remove(&id);
            }
        })
    };
    let item = move |choice: &'static Choice| {
        let id = choice.id.as_str();
        let names: Vec<String> = std::iter::once(&choice.name).chain(&choice.aliases).map(|n| n.to_lowercase()).collect();
        let shown = move || find.with(|needle| needle.trim().is_empty() || names.iter().any(|n| n.contains(&needle.trim().to_lowercase())));
        view! {
            <li class:hidden=move || !shown()>
                <label>
                    <input type="checkbox" name=key value=id
                        prop:checked=move || filter.with(|f| f.chosen[facet].contains(id))
                        on:change=move |ev| toggle(id.to_string(), event_target_checked(&ev)) />
                    {choice.name.as_str()}
                    <span class="count">{move || format!(" ({})", counts.with(|c| c.get(id).copied().unwrap_or(0)))}</span>
                </label>
            </li>
        }
    };
    // Runs of choices under one group heading, in the table's order.
    let lists = move || {
        let mut groups: Vec<(Option<&'static str>, Vec<&'static Choice>)> = Vec::new();
        for choice in all {
            match groups.last_mut() {
                Some((group, list)) if *group == choice.group => list.push(choice),
                _ => groups.push((choice.group, vec![choice])),
            }
        }
        groups
            .into_iter()
            .map(|(group, list)| {
                let items = list.into_iter().map(item).collect_view();
                match group {
                    Some(heading) => {
                        let heading_id = format!("{key}-{}", heading.to_lowercase());
                        view! {
                            <div class="choice-group" role="group" aria-labelledby=heading_id.clone()>
                                <h3 id=heading_id.clone()>{heading}</h3>
                                <ul>{items}</ul>
                            </div>
                        }
                        .into_any()
                    }
                    None => view! { <ul>{items}</ul> }.into_any(),
                }
            })
            .collect_view()
    };
    let class = format!("facet facet-{}", label.to_lowercase());
    if all.len() <= FOLD_OVER {
        return view! { <fieldset class=class><legend>{label}</legend>{lists()}</fieldset> }.into_any();
    }
    // Folded, the choices are drawn when first opened (a corpus may have thousands).
    let opened = RwSignal::new(false);
    view! {
        <details class="facet-fold" on:toggle=move |_| if !opened.get_untracked() { opened.set(true) }>
            <summary>
                {label}
                {move || {
                    let n = filter.with(|f| f.chosen[facet].len());
                    (n > 0).then(|| format!(" ({n} selected)"))
                }}
            </summary>
            <fieldset class=class>
                <legend class="visually-hidden">{label}</legend>
                <label class="choice-search">
                    <span>{format!("Find {}", if key.starts_with(['a', 'e', 'i', 'o', 'u']) { "an " } else { "a " })}{key}</span>
                    <input type="search" name=format!("{key}-find") autocomplete="off"
                        prop:value=move || find.get()
                        on:input=move |ev| find.set(event_target_value(&ev)) />
                </label>
                {move || opened.get().then(lists)}
            </fieldset>
        </details>
    }
    .into_any()
}

/// The first and last day any event's date covers, as the date inputs' bounds.
fn corpus_days() -> (String, String) {
    let days = event_index().events.iter().filter_map(|e| e.days);
    let first = days.clone().map(|d| d.0).min();
    let last = days.map(|d| d.1).max();
    (first.map(PartialDate::iso).unwrap_or_default(), last.map(PartialDate::iso).unwrap_or_default())
}

/// The date facet: from and to (either may stay empty), with how many of the events the
/// other filters let through fall in the range.
#[component]
fn DateRange() -> impl IntoView {
    let state = use_view().state;
    let (first, last) = corpus_days();
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    // Inside the range: the events shown (the page's one filtering); all: without the range,
    // filtered again only when a range is set.
    let visible = use_view().visible;
    let counts = move || {
        let inside = visible.with(Vec::len);
        filter.with(|f| {
            if f.from.is_none() && f.to.is_none() {
                return (inside, inside);
            }
            crate::corpus::track_quotes(&f.query);
            (inside, f.without_dates().visible(event_index()).len())
        })
    };
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
