//! Story mode (`mode=story`): the visible events one at a time, in date order, each with
//! its comparison; previous/next by buttons, arrow keys or a swipe. The current event is
//! the view state's `event` (so the URL holds it), the first when none is chosen; the
//! axis above stays the navigator (a click on a mark makes its event the current one).

use super::app::use_view;
use super::timeline_view::EventItem;
use crate::corpus::corpus;
use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent};

/// Pixels a swipe must travel sideways to turn the page.
const SWIPE: i32 = 50;

/// Where the current event stands among the visible ones, in date order: its index in
/// `order`, the chosen event if it is visible, else the first.
pub fn position(order: &[usize], chosen: Option<&str>) -> usize {
    let events = &corpus().events;
    chosen.and_then(|id| order.iter().position(|&i| events[i].id == id)).unwrap_or(0)
}

/// Drawn again by the list's closure on every change of the view state or of what is
/// visible, so it reads them as plain values and keeps no memos (see `TimelineView`).
#[component]
pub fn StoryView(shown: Vec<usize>, selected: Option<String>) -> impl IntoView {
    let state = use_view().state;
    let events = corpus().events.as_ref();
    let index_of = |e: &newsline_model::Event| events.iter().position(|x| x.id == e.id).unwrap_or(0);
    let order: Vec<usize> = crate::corpus::days_of(&shown).into_iter().flat_map(|g| g.events).map(index_of).collect();
    let at = position(&order, selected.as_deref());
    let total = order.len();
    let (previous, next) = (at.checked_sub(1).map(|i| order[i]), order.get(at + 1).copied());
    let go = move |target: Option<usize>| {
        if let Some(i) = target {
            state.update(|s| s.event = Some(events[i].id.to_string()));
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let target = match ev.key().as_str() {
            "ArrowRight" => next,
            "ArrowLeft" => previous,
            _ => return,
        };
        ev.prevent_default();
        go(target);
    };
    let swipe_start = StoredValue::new(None::<i32>);
    let on_down = move |ev: PointerEvent| swipe_start.set_value((ev.pointer_type() != "mouse").then(|| ev.client_x()));
    let on_up = move |ev: PointerEvent| {
        if let Some(start) = swipe_start.get_value() {
            let dx = ev.client_x() - start;
            if dx.abs() >= SWIPE {
                go(if dx < 0 { next } else { previous });
            }
        }
        swipe_start.set_value(None);
    };
    let current = order.get(at).map(|&e| {
        let event = &events[e];
        let date = event.date.as_deref().and_then(crate::dates::PartialDate::parse).map_or("Undated".to_string(), |d| d.long_label());
        view! {
            <h3 class="story-date">{date}</h3>
            <EventItem event open=true position=at + 1 total story=true />
        }
    });
    view! {
        <section class="story" aria-label="Story: one event at a time" on:keydown=on_key on:pointerdown=on_down on:pointerup=on_up>
            <div class="story-nav">
                <button type="button" on:click=move |_| go(previous) disabled=previous.is_none()>"Previous"</button>
                <p class="story-place" role="status">{format!("Event {} of {total}", at + 1)}</p>
                <button type="button" on:click=move |_| go(next) disabled=next.is_none()>"Next"</button>
            </div>
            <p class="story-help">"Arrow keys or a swipe also go to the previous or next event."</p>
            {current}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_event_is_the_chosen_one_when_visible_else_the_first() {
        let events = &corpus().events;
        let order = [2, 0, 1];
        assert_eq!(position(&order, Some(events[1].id.as_ref())), 2);
        assert_eq!(position(&order, Some(events[3].id.as_ref())), 0, "a chosen event filtered out of sight");
        assert_eq!(position(&order, None), 0);
        assert_eq!(position(&[], None), 0);
    }
}
