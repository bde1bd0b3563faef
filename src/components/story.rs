//! Story mode (`mode=story`): the visible events one at a time, in date order, each with
//! its comparison; previous/next by buttons, arrow keys or a swipe. The current event is
//! the view state's `event` (so the URL holds it), the first when none is chosen; the
//! axis above stays the navigator (a click on a mark makes its event the current one).

use super::app::ViewContext;
use super::timeline_view::EventItem;
use crate::corpus::corpus;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Pixels a swipe must travel sideways to turn the page.
const SWIPE: i32 = 50;

/// Where the current event stands among the visible ones, in date order: its index in
/// `order`, the chosen event if it is visible, else the first.
pub fn position(order: &[usize], chosen: Option<&str>) -> usize {
    let events = &corpus().events;
    chosen.and_then(|id| order.iter().position(|&i| events[i].id == id)).unwrap_or(0)
}

/// The visible events (corpus indices) in the order of the days they are grouped in.
fn in_date_order(shown: &[usize]) -> Vec<usize> {
    crate::corpus::days_of(shown).into_iter().flat_map(|g| g.events).map(crate::corpus::index_of).collect()
}

/// Drawn again by the list's closure on every change of the view state or of what is
/// visible, so it reads them as plain values and keeps no memos (see `TimelineView`). Its
/// buttons, keys and swipes are heard by the timeline's one listener (`input`).
#[component]
pub fn StoryView(shown: Vec<usize>, selected: Option<String>) -> impl IntoView {
    let order = in_date_order(&shown);
    let at = position(&order, selected.as_deref());
    let total = order.len();
    let current = order.get(at).map(|&e| {
        let event = &corpus().events[e];
        let date = event.date.as_deref().and_then(crate::dates::PartialDate::parse).map_or("Undated".to_string(), |d| d.long_label());
        view! {
            <h3 class="story-date">{date}</h3>
            <EventItem event open=true position=at + 1 total story=true />
        }
    });
    view! {
        <section class="story" aria-label="Story: one event at a time">
            <div class="story-nav">
                <button type="button" data-story="previous" disabled={at == 0}>"Previous"</button>
                <p class="story-place" role="status">{format!("Event {} of {total}", at + 1)}</p>
                <button type="button" data-story="next" disabled={at + 1 >= total}>"Next"</button>
            </div>
            <p class="story-help">"Arrow keys or a swipe also go to the previous or next event."</p>
            {current}
        </section>
    }
}

/// Makes the event before or after the current one the current one.
fn turn(view: ViewContext, forward: bool) {
    let order = view.visible.with_untracked(|v| in_date_order(v));
    let at = view.state.with_untracked(|s| position(&order, s.event.as_deref()));
    let target = if forward { order.get(at + 1) } else { at.checked_sub(1).and_then(|i| order.get(i)) };
    if let Some(&i) = target {
        view.state.update(|s| s.event = Some(corpus().events[i].id.to_string()));
    }
}

thread_local! {
    /// Where a touch or pen press started (px), for a swipe.
    static SWIPE_FROM: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Input for story mode, heard by the timeline's one listener (`axis_input.rs`): the
/// switch, and inside the story previous/next by the buttons, the arrow keys or a swipe.
/// Says whether the event was the story's.
pub fn input(view: ViewContext, ev: &web_sys::Event) -> bool {
    let name = ev.type_();
    let element = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let around = |selector: &str| element.as_ref().and_then(|e| e.closest(selector).ok().flatten());
    if let Some(which) = around("[data-story]").and_then(|b| b.get_attribute("data-story")).filter(|_| name == "click") {
        match which.as_str() {
            "mode" => view.state.update(|s| s.story = !s.story),
            which => turn(view, which == "next"),
        }
        return true;
    }
    if around(".story").is_none() {
        return false;
    }
    match name.as_str() {
        "keydown" => {
            let key = ev.unchecked_ref::<web_sys::KeyboardEvent>().key();
            if key == "ArrowRight" || key == "ArrowLeft" {
                ev.prevent_default();
                turn(view, key == "ArrowRight");
            }
        }
        "pointerdown" => {
            let ev = ev.unchecked_ref::<web_sys::PointerEvent>();
            SWIPE_FROM.set((ev.pointer_type() != "mouse").then(|| ev.client_x()));
        }
        "pointerup" => {
            let dx = SWIPE_FROM.take().map(|from| ev.unchecked_ref::<web_sys::PointerEvent>().client_x() - from);
            if let Some(dx) = dx.filter(|dx| dx.abs() >= SWIPE) {
                turn(view, dx < 0);
            }
        }
        _ => return false,
    }
    true
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
