use super::app::use_view;
use super::event_detail::EventDetail;
use super::overview::Overview;
use super::story::StoryView;
use super::time_axis::TimeAxis;
use crate::corpus::{actor, corpus, index_of, outlet_names};
use crate::timeline::{band, keep_first, Band, DayGroup, MoreShown, LIST_PAGE};
use leptos::prelude::*;
use leptos::tachys::view::keyed::keyed;
use newsline_model::{Event, Precision};
use std::collections::BTreeSet;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// The visible events, grouped by day in date order.
///
/// The list is redrawn from the view state on every change (its closure reads the state), so
/// what it draws reads the state once, as plain values, and creates no memos or reactive
/// closures of its own: in reactive_graph 0.2 a memo or effect dropped with its owner stays
/// in the subscriber list of every signal it read, so each redraw that created one per event
/// kept ~100 bytes per event for good (issue 11, BENCHMARKS.md "Memory across filter changes").
///
/// Events the filters leave out are kept, hidden, when they are on the first page of the
/// unfiltered list (see `drawn_events`): a clear then shows elements it already has instead
/// of building them again.
#[component]
pub fn TimelineView() -> impl IntoView {
    let state = use_view().state;
    let visible = use_view().visible;
    let more = RwSignal::new(MoreShown::default());
    // The ids of the events drawn but hidden at the last draw, for `mark_shown`.
    let hidden = StoredValue::new(BTreeSet::<&'static str>::new());
    // After the list has drawn (an effect runs after the view's own updates), in the same turn.
    Effect::new(move |_| {
        visible.track();
        state.track();
        more.track();
        hidden.with_value(mark_shown);
    });
    view! {
        <section class="timeline" class:story-mode=move || state.with(|s| s.story) aria-labelledby="timeline-heading">
            <div class="timeline-head">
                <h2 id="timeline-heading" tabindex="-1">"Timeline"</h2>
                // Heard by the axis's one listener, with the story's other input (story::input).
                <button type="button" class="mode-switch" data-story="mode" aria-pressed=move || state.with(|s| s.story).to_string()>
                    "Story mode"
                </button>
            </div>
            <TimeAxis />
            // The strip of days is the list's; story mode hides it (style: .story-mode).
            <Overview />
            {move || {
                let shown = visible.get();
                let (story, selected) = state.with(|s| (s.story, s.event.clone()));
                if story {
                    if shown.is_empty() {
                        return no_match().into_any();
                    }
                    return view! { <StoryView shown selected /> }.into_any();
                }
                more.track();
                let limit = more.try_update_untracked(|m| m.limit_for(&shown)).unwrap_or(LIST_PAGE);
                // The focus days in front; what lies before or after them in collapsed bands.
                let focus = crate::corpus::focus();
                let bands = by_band(crate::corpus::days_of(&shown), focus);
                let count = |groups: &[DayGroup]| groups.iter().map(|g| g.events.len()).sum::<usize>();
                let counts = (count(&bands[0]), count(&bands[2]));
                let (window, left) = first_events(bands, limit, selected.as_deref());
                let listed = drawn_events(window);
                let is_shown = |e: &Event| shown.binary_search(&index_of(e)).is_ok();
                hidden.set_value(listed.iter().map(|&i| &corpus().events[i]).filter(|e| !is_shown(e)).map(|e| e.id.as_ref()).collect());
                let [before, main, after] = by_band(crate::corpus::days_of(&listed), focus);
                let day = |group| day_view(group, &is_shown, selected.as_deref());
                // A band opens by itself when it holds the selected event (a deep link); hidden
                // while it holds no event shown.
                let band_view = |groups: Vec<DayGroup<'static>>, count: usize, label: &'static str| {
                    let open = groups.iter().flat_map(|g| g.events.iter()).any(|e| selected.as_deref() == Some(e.id.as_ref()) && is_shown(e));
                    let empty = !groups.iter().flat_map(|g| g.events.iter()).any(|e| is_shown(e));
                    (!groups.is_empty()).then(|| view! {
                        <details class="background" open=open hidden=empty>
                            <summary>{format!("{label} ({count} {})", if count == 1 { "event" } else { "events" })}</summary>
                            {groups.into_iter().map(day).collect_view()}
                        </details>
                    })
                };
                let drawn = shown.len() - left;
                let show_more = (left > 0).then(|| view! {
                    <p class="show-more">
                        <button type="button" on:click=move |_| {
                            let before = drawn_ids();
                            more.update(|m| m.grow(&visible.get_untracked(), drawn));
                            focus_first_new(before);
                        }>
                            {format!("Show {} more of the {left} events not drawn yet", left.min(LIST_PAGE))}
                        </button>
                    </p>
                });
                view! {
                    {shown.is_empty().then(no_match)}
                    {band_view(before, counts.0, "Background: earlier events")}
                    {main.into_iter().map(day).collect_view()}
                    {band_view(after, counts.1, "Later and undated")}
                    {show_more}
                }
                .into_any()
            }}
        </section>
    }
}

fn no_match() -> impl IntoView {
    view! { <p class="empty">"No event matches the filters."</p> }
}

/// The first `limit` events of the days in `bands` (see `by_band`) in the list's order (the
/// focus days, then the bands before and after them), and the chosen one wherever it is; with
/// how many are left.
fn first_events(bands: [Vec<DayGroup<'static>>; 3], limit: usize, selected: Option<&str>) -> (Vec<usize>, usize) {
    let [before, main, after] = bands;
    let mut groups: Vec<DayGroup<'static>> = main.into_iter().chain(before).chain(after).collect();
    let left = keep_first(&mut groups, limit, selected);
    (groups.into_iter().flat_map(|g| g.events).map(index_of).collect(), left)
}

/// What the list draws: the `window` of shown events, and the first page of the unfiltered
/// list, whose events the filters leave out are hidden rather than dropped. So a filter change
/// and its clear build only events off that page; at any corpus size, the list holds at most
/// a page more than it shows.
fn drawn_events(window: Vec<usize>) -> Vec<usize> {
    static FIRST_PAGE: OnceLock<Vec<usize>> = OnceLock::new();
    let first_page = FIRST_PAGE.get_or_init(|| {
        let all: Vec<usize> = (0..corpus().events.len()).collect();
        first_events(by_band(crate::corpus::days_of(&all), crate::corpus::focus()), LIST_PAGE, None).0
    });
    let mut drawn = window;
    drawn.extend_from_slice(first_page);
    drawn.sort_unstable();
    drawn.dedup();
    drawn
}

/// The ids of the events the list has drawn.
fn drawn_ids() -> Vec<String> {
    let Some(list) = document().and_then(|d| d.query_selector_all("section.timeline article.event[data-event]:not([hidden])").ok()) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()?.get_attribute("data-event")).collect()
}

/// After "Show more" the list is drawn again: the keyboard goes on at the first event that
/// is new and in sight, or, when the new events are all in a closed band, at that band's
/// summary; never back at the top of the page.
fn focus_first_new(before: Vec<String>) {
    request_animation_frame(move || {
        let Some(list) = document().and_then(|d| d.query_selector_all("section.timeline article.event[data-event]:not([hidden])").ok()) else { return };
        let items: Vec<web_sys::HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
        let is_new = |e: &&web_sys::HtmlElement| e.get_attribute("data-event").is_some_and(|id| !before.contains(&id));
        // In sight: not inside a closed band (its content is not rendered, so not focusable).
        let in_closed_band = |e: &web_sys::HtmlElement| e.closest("details:not([open])").ok().flatten().is_some();
        let in_sight = items.iter().filter(|e| !in_closed_band(e)).find(is_new).cloned();
        let band = || {
            let details = items.iter().find(is_new)?.closest("details").ok()??;
            details.query_selector("summary").ok()??.dyn_into::<web_sys::HtmlElement>().ok()
        };
        if let Some(target) = in_sight.or_else(band) {
            let _ = target.focus();
        }
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Days before the focus, in it, and after it.
fn by_band(groups: Vec<DayGroup<'static>>, focus: &[chrono::NaiveDate]) -> [Vec<DayGroup<'static>>; 3] {
    let mut bands: [Vec<DayGroup>; 3] = Default::default();
    for group in groups {
        let at = match band(&group, focus) {
            Band::Before => 0,
            Band::Focus => 1,
            Band::After => 2,
        };
        bands[at].push(group);
    }
    bands
}

/// A day of the list: its events in a feed, those the filters leave out hidden, and the day
/// too when it has none shown.
fn day_view(group: DayGroup<'static>, is_shown: &dyn Fn(&Event) -> bool, selected: Option<&str>) -> impl IntoView {
    let heading_id = format!("day-{}", group.key.unwrap_or("undated"));
    let total = group.events.iter().filter(|e| is_shown(e)).count();
    let label = group.label();
    let mut position = 0;
    let items: Vec<Item> = group
        .events
        .into_iter()
        .map(|event| {
            let hidden = !is_shown(event);
            position += usize::from(!hidden);
            // A hidden event's comparison stays closed (nothing of it is loaded unseen).
            Item { event, open: !hidden && selected == Some(event.id.as_ref()), position, hidden }
        })
        .collect();
    view! {
        <section class="day" aria-labelledby=heading_id.clone() data-date=group.key.unwrap_or_default() hidden={total == 0}>
            <h3 id=heading_id.clone()>{label}</h3>
            // The WAI-ARIA feed pattern: a list of articles the reader pages through.
            <div class="events" role="feed" aria-busy="false" aria-labelledby=heading_id.clone()>
                // Keyed by the event and whether its comparison is open: an event drawn before
                // keeps its elements (a filter change draws only the events new to the day);
                // `mark_shown` sets the positions and what is hidden after each draw.
                {keyed(
                    items,
                    |item| (item.event.id.as_ref(), item.open),
                    move |_, Item { event, open, position, hidden }| (|_| {}, view! { <EventItem event open position total hidden /> }),
                )}
            </div>
        </section>
    }
}

/// An event as a day draws it.
struct Item {
    event: &'static Event,
    open: bool,
    /// Among the day's shown events, from 1.
    position: usize,
    hidden: bool,
}

/// After a draw, on the events a day kept from the draw before (see `day_view`): hides those
/// the filters now leave out (`hidden`, their ids), shows the others, and sets the feed
/// pattern's positions (`aria-posinset`, `aria-setsize`) among the shown, each only where it
/// changed.
fn mark_shown(hidden: &BTreeSet<&'static str>) {
    let Some(feeds) = document().and_then(|d| d.query_selector_all("section.timeline div.events[role=feed]").ok()) else { return };
    for f in 0..feeds.length() {
        let Some(feed) = feeds.item(f).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let children = feed.children();
        let items: Vec<(web_sys::Element, bool)> = (0..children.length())
            .filter_map(|i| children.item(i))
            .map(|item| {
                let left_out = item.get_attribute("data-event").is_some_and(|id| hidden.contains(id.as_str()));
                (item, left_out)
            })
            .collect();
        let total = items.iter().filter(|(_, left_out)| !left_out).count().to_string();
        let mut position = 0;
        for (item, left_out) in &items {
            if item.has_attribute("hidden") != *left_out {
                let _ = item.toggle_attribute_with_force("hidden", *left_out);
            }
            if !left_out {
                position += 1;
                set_where_changed(item, "aria-posinset", &position.to_string());
                set_where_changed(item, "aria-setsize", &total);
            }
        }
    }
}

/// Sets an attribute only when its value changes (a kept event's positions seldom do).
fn set_where_changed(item: &web_sys::Element, name: &str, value: &str) {
    if item.get_attribute(name).as_deref() != Some(value) {
        let _ = item.set_attribute(name, value);
    }
}

/// One event of the list; `open` (its comparison shown) is read by the caller from the view
/// state, whose every change redraws the item.
#[component]
pub fn EventItem(
    event: &'static Event,
    open: bool,
    position: usize,
    total: usize,
    /// In story mode the comparison is always shown (and needs no button).
    #[prop(optional)]
    story: bool,
    /// Left out by the filters, kept for when they let it through again (see `TimelineView`).
    #[prop(optional)]
    hidden: bool,
) -> impl IntoView {
    let state = use_view().state;
    let summary_id = format!("summary-{}", event.id);
    let labelled_by = summary_id.clone();
    let id = event.id.as_ref();
    let open = story || open;
    let detail_id = format!("detail-{id}");
    let outlets = outlet_names(event);
    let imprecise = event.date_inferred || event.precision != Precision::Day;
    // No outlet tells it as news: every sentence only names it by its date, in passing.
    let passing_only = event.mentions.iter().all(|m| m.passing);
    view! {
        <article class="event" data-event=event.id.as_ref() tabindex="-1" hidden=hidden
            aria-labelledby=labelled_by aria-posinset=position aria-setsize=total>
            {event.time.as_deref().map(|time| view! { <time class="event-time">{time}</time> })}
            {imprecise.then(|| view! {
                <span class="date-note">
                    {if event.date_inferred { "date inferred" } else { "approximate date" }}
                </span>
            })}
            {passing_only.then(|| view! {
                <span class="date-note passing-note">"mentioned in passing only"</span>
            })}
            {match event.headline.as_deref() {
                // A title made from the clause that names it, then the source's own sentence.
                Some(headline) => view! {
                    <p class="headline" id=summary_id>{headline}</p>
                    <p class="summary as-told"><span class="visually-hidden">"As told: "</span>{event.summary.as_ref()}</p>
                }.into_any(),
                None => view! { <p class="summary" id=summary_id>{event.summary.as_ref()}</p> }.into_any(),
            }}
            <p class="event-actors">
                {event.actors.iter().filter_map(|id| actor(id)).map(|a| view! {
                    <span class="actor" data-kind=a.kind.as_str()>{a.name.as_ref()}</span>
                }).collect_view()}
            </p>
            <p class="event-outlets">
                <span class="visually-hidden">"Reported by: "</span>
                {outlets.into_iter().map(|o| view! { <span class="badge">{o}</span> }).collect_view()}
            </p>
            {(!story).then(|| view! {
                <button
                    type="button"
                    class="compare"
                    aria-expanded=open.to_string()
                    aria-controls=detail_id.clone()
                    on:click=move |_| state.update(|s| {
                        s.event = if s.event.as_deref() == Some(id) { None } else { Some(id.to_string()) }
                    })
                >
                    {if open { "Hide how outlets told it" } else { "Compare how outlets told it" }}
                </button>
            })}
            {open.then(|| view! { <EventDetail event id=detail_id /> })}
        </article>
    }
}
