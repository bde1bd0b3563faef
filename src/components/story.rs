//! Story mode (`mode=story`): the visible events one at a time, in date order, each with
//! its comparison; previous/next by buttons, arrow keys or a swipe. The current event is
//! the view state's `event` (so the URL holds it), the first when none is chosen; the
//! axis above stays the navigator (a click on a mark makes its event the current one).

use super::timeline_view::EventItem;
use crate::corpus::corpus;
use crate::query::ViewState;
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

#[component]
pub fn StoryView(state: RwSignal<ViewState>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let events = corpus().events.as_ref();
    let order = Memo::new(move |_| {
        let index_of = |e: &newsline_model::Event| events.iter().position(|x| x.id == e.id).unwrap_or(0);
        visible.with(|v| crate::corpus::days_of(v).into_iter().flat_map(|g| g.events).map(index_of).collect::<Vec<usize>>())
    });
    let at = Memo::new(move |_| order.with(|o| state.with(|s| position(o, s.event.as_deref()))));
    let total = move || order.with(Vec::len);
    let go = move |step: isize| {
        let next = at.get_untracked() as isize + step;
        if let Some(i) = order.with_untracked(|o| usize::try_from(next).ok().and_then(|n| o.get(n).copied())) {
            state.update(|s| s.event = Some(events[i].id.to_string()));
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => -1,
            _ => return,
        };
        ev.prevent_default();
        go(step);
    };
    let swipe_start = StoredValue::new(None::<i32>);
    let on_down = move |ev: PointerEvent| swipe_start.set_value((ev.pointer_type() != "mouse").then(|| ev.client_x()));
    let on_up = move |ev: PointerEvent| {
        if let Some(start) = swipe_start.get_value() {
            let dx = ev.client_x() - start;
            if dx.abs() >= SWIPE {
                go(if dx < 0 { 1 } else { -1 });
            }
        }
        swipe_start.set_value(None);
    };
    view! {
        <section class="story" aria-label="Story: one event at a time" on:keydown=on_key on:pointerdown=on_down on:pointerup=on_up>
            <div class="story-nav">
                <button type="button" on:click=move |_| go(-1) disabled=move || { at.get() == 0 }>"Previous"</button>
                <p class="story-place" role="status">{move || format!("Event {} of {}", at.get() + 1, total())}</p>
                <button type="button" on:click=move |_| go(1) disabled=move || { at.get() + 1 >= total() }>"Next"</button>
            </div>
            <p class="story-help">"Arrow keys or a swipe also go to the previous or next event."</p>
            {move || {
                let (i, n) = (at.get(), total());
                order.with(|o| o.get(i).copied()).map(|e| {
                    let event = &events[e];
                    let date = event.date.as_deref().and_then(crate::dates::PartialDate::parse).map_or("Undated".to_string(), |d| d.long_label());
                    view! {
                        <h3 class="story-date">{date}</h3>
                        <EventItem event state position=i + 1 total=n story=true />
                    }
                })
            }}
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
