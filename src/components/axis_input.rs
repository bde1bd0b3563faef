//! Input on the time axis: wheel and pinch zoom, drag to pan, a drag along the dates (or
//! with Shift) to brush a date range, keys to go from mark to mark and zoom; and what choosing a mark does (open its event in the list).

use super::app::ViewContext;
use super::axis_drawing::strip_top;
use super::time_axis::{control, filter_to, focus_key, ids_of, Axis};
use crate::axis::{Placed, Window};
use crate::corpus::corpus;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// Pixels a pointer must travel before a press becomes a drag (so clicks stay clicks).
const DRAG_THRESHOLD: f64 = 4.0;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The events the axis listens to. They are heard on the whole timeline section, the
/// axis and the list below it: marks are drawn as markup and list items are many, so
/// one listener reads what an event is about from its target.
const EVENTS: [&str; 12] =
    ["change", "wheel", "pointerdown", "pointermove", "pointerup", "pointercancel", "keydown", "click", "mouseover", "mouseout", "focusin", "focusout"];

/// The one listener for all events, and the drawing's width measured whenever the window
/// resizes. Answers what starts both once the axis is in the page (its first draw): the
/// listener on the timeline section (in the capture phase, so a `change` that does not
/// bubble is heard too) and the first measure.
pub fn wire(axis: Axis, view: ViewContext) -> impl Fn(&web_sys::Element) {
    let listener = StoredValue::new_local(Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| dispatch(axis, view, ev)));
    let measure = move || {
        let Some(frame) = axis.frame() else { return };
        let w = f64::from(frame.client_width());
        if w > 0.0 && (w - axis.width()).abs() > 0.5 {
            axis.change(|s| s.width = w);
        }
    };
    let handle = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());
    move |root: &web_sys::Element| {
        let section = root.closest("section.timeline").ok().flatten().unwrap_or_else(|| root.clone());
        listener.with_value(|f| {
            for name in EVENTS {
                let _ = section.add_event_listener_with_callback_and_bool(name, f.as_ref().unchecked_ref(), true);
            }
        });
        // A frame later the element is laid out in the page.
        request_animation_frame(measure);
    }
}

/// The closest element around an event's target that matches `selector`.
fn around(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// Sends each event to its handler: the controls, gestures and keys on the axis,
/// pointing anywhere.
fn dispatch(axis: Axis, view: ViewContext, ev: web_sys::Event) {
    let name = ev.type_();
    if matches!(name.as_str(), "mouseover" | "focusin") {
        return point(axis, view, &ev);
    }
    let control_of = || around(&ev, "[data-axis]").and_then(|c| c.get_attribute("data-axis"));
    if let Some(which) = matches!(name.as_str(), "click" | "change").then(control_of).flatten() {
        return control(axis, view, &which, &ev);
    }
    if super::story::input(view, &ev) {
        return;
    }
    if around(&ev, ".axis-frame").is_none() {
        if matches!(name.as_str(), "mouseout" | "focusout") {
            view.pointed.set(None);
        }
        return;
    }
    match name.as_str() {
        "wheel" => wheel(axis, ev.unchecked_into()),
        "pointerdown" => pointer_down(axis, ev.unchecked_into()),
        "pointermove" => pointer_move(axis, ev.unchecked_into()),
        "pointerup" | "pointercancel" => pointer_up(axis, view, ev.unchecked_into()),
        "keydown" => key(axis, view, ev.unchecked_into()),
        "click" => click(axis, view, ev.unchecked_into()),
        _ => view.pointed.set(None),
    }
}

/// Hovering or focusing a mark or a list item points at its event (both then show it).
fn point(axis: Axis, view: ViewContext, ev: &web_sys::Event) {
    let event = match placed_at(axis, ev.target()) {
        Some(shown @ (Placed::Mark { .. } | Placed::Bar { .. })) => ids_of(&shown).first().copied(),
        Some(Placed::Count { ids, .. }) => {
            axis.set_active(ids.first().copied());
            None
        }
        None => {
            around(ev, "article.event[data-event]").and_then(|a| a.get_attribute("data-event")).and_then(|id| corpus().events.iter().position(|e| e.id == id))
        }
    };
    if ev.type_() == "focusin" && around(ev, ".axis-drawing").is_some() && event.is_some() {
        axis.set_active(event);
    }
    if view.pointed.get_untracked() != event {
        view.pointed.set(event);
    }
}

fn frame_left(axis: Axis) -> f64 {
    axis.frame().map(|d| d.get_bounding_client_rect().left()).unwrap_or(0.0)
}

/// Wheel: zoom around the pointer; a sideways scroll pans. At a limit the page scrolls.
fn wheel(axis: Axis, ev: WheelEvent) {
    let unit = match ev.delta_mode() {
        1 => 16.0,
        2 => 400.0,
        _ => 1.0,
    };
    let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
    let (width, before) = (axis.width(), axis.window());
    let after = if dx.abs() > dy.abs() {
        before.pan(dx / width * before.span, axis.whole)
    } else {
        let anchor = before.to_units(f64::from(ev.client_x()) - frame_left(axis), width);
        // Up zooms in, down out, by the same step either way (no `exp`: it would add libm).
        let step = 1.0 + dy.abs().min(500.0) * 0.002;
        before.zoom(if dy < 0.0 { step } else { 1.0 / step }, anchor, axis.whole)
    };
    if after != before {
        ev.prevent_default();
        axis.set_window(after);
    }
}

/// Where a pointer is on the axis: axis units across, px down from the drawing's top.
fn on_axis(axis: Axis, ev: &PointerEvent) -> (f64, f64) {
    let rect = axis.frame().map(|d| d.get_bounding_client_rect());
    let (left, top) = rect.map_or((0.0, 0.0), |r| (r.left(), r.top()));
    (axis.window().to_units(f64::from(ev.client_x()) - left, axis.width()), f64::from(ev.client_y()) - top)
}

/// A press starts a drag, or a brush when it is on the strip of dates or with Shift.
fn pointer_down(axis: Axis, ev: PointerEvent) {
    if ev.pointer_type() == "mouse" && ev.button() != 0 {
        return;
    }
    let id = ev.pointer_id();
    let (at, y) = on_axis(axis, &ev);
    let on_strip = y >= f64::from(strip_top(axis.scratch.with_value(|c| c.lanes.len())));
    axis.scratch.update_value(|c| {
        let g = &mut c.gesture;
        g.dragged = false;
        g.brush_from = (g.pointers.is_empty() && (on_strip || ev.shift_key())).then_some(at);
        g.pointers.retain(|q| q.0 != id);
        g.pointers.push((id, f64::from(ev.client_x()), 0.0));
    });
}

/// One pointer down drags the axis (or brushes); two pinch it (zoom around their middle).
fn pointer_move(axis: Axis, ev: PointerEvent) {
    let (id, x) = (ev.pointer_id(), f64::from(ev.client_x()));
    let (before, was_drag, brush_from) = axis.scratch.with_value(|c| (c.gesture.pointers.clone(), c.gesture.dragged, c.gesture.brush_from));
    let Some(i) = before.iter().position(|q| q.0 == id) else { return };
    let mut after = before.clone();
    after[i] = (id, x, before[i].2 + (x - before[i].1).abs());
    let width = axis.width();
    let drag = match (before.as_slice(), after.as_slice()) {
        ([_], [(_, _, moved)]) if *moved > DRAG_THRESHOLD && brush_from.is_some() => {
            if !was_drag {
                if let Some(frame) = axis.frame() {
                    let _ = frame.set_pointer_capture(id);
                }
            }
            let to = on_axis(axis, &ev).0;
            axis.change(|s| s.brush = brush_from.map(|from| (from, to)));
            true
        }
        ([(_, old, _)], [(_, new, moved)]) if *moved > DRAG_THRESHOLD => {
            if !was_drag {
                // Captured only once it is a drag, so a click still reaches its mark.
                if let Some(frame) = axis.frame() {
                    let _ = frame.set_pointer_capture(id);
                }
            }
            axis.set_window(axis.window().pan(-(new - old) / width * axis.window().span, axis.whole));
            true
        }
        ([a, b], [c, d]) if (a.1 - b.1).abs() > 10.0 && (c.1 - d.1).abs() > 10.0 => {
            let anchor = axis.window().to_units((c.1 + d.1) / 2.0 - frame_left(axis), width);
            axis.set_window(axis.window().zoom((c.1 - d.1).abs() / (a.1 - b.1).abs(), anchor, axis.whole));
            true
        }
        _ => false,
    };
    axis.scratch.update_value(|c| {
        c.gesture.pointers = after;
        c.gesture.dragged |= drag;
    });
}

/// The end of a brush filters to the days it covers.
fn pointer_up(axis: Axis, view: ViewContext, ev: PointerEvent) {
    let id = ev.pointer_id();
    axis.scratch.update_value(|c| {
        c.gesture.pointers.retain(|q| q.0 != id);
        c.gesture.brush_from = None;
    });
    if let Some((a, b)) = axis.get().brush {
        axis.change(|s| s.brush = None);
        if ev.type_() == "pointerup" {
            filter_to(view, Window { start: a.min(b), span: (a - b).abs() });
        }
    }
}

/// What is drawn under an event's target (the mark or count it is in, if any).
fn placed_at(axis: Axis, target: Option<web_sys::EventTarget>) -> Option<Placed> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?.closest("[data-key]").ok()??;
    axis.placed(element.get_attribute("data-key")?.parse::<u32>().ok()? as usize)
}

/// A click on a mark opens its event; on a count, zooms in on it. The end of a drag is no click.
fn click(axis: Axis, view: ViewContext, ev: web_sys::MouseEvent) {
    if axis.scratch.with_value(|c| c.gesture.dragged) {
        return;
    }
    match placed_at(axis, ev.target()) {
        Some(shown @ (Placed::Mark { .. } | Placed::Bar { .. })) => {
            let id = ids_of(&shown)[0];
            axis.set_active(Some(id));
            open_event(view, id);
        }
        Some(Placed::Count { extent, .. }) => axis.set_window(Window::fit(extent.0, extent.1, axis.whole)),
        None => {}
    }
}

/// Keys on a focused mark. Returns after marking the key handled (no page scroll).
fn key(axis: Axis, view: ViewContext, ev: KeyboardEvent) {
    let order = axis.scratch.with_value(|c| c.order.clone());
    let handled = match ev.key().as_str() {
        "ArrowRight" => go_to(axis, step(axis, &order, true)),
        "ArrowLeft" => go_to(axis, step(axis, &order, false)),
        "Home" => go_to(axis, order.first().copied()),
        "End" => go_to(axis, order.last().copied()),
        "+" | "=" => zoom_on_active(axis, 2.0),
        "-" | "_" => zoom_on_active(axis, 0.5),
        "Enter" | " " => activate(axis, view),
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// The event after (or before) everything the focused mark shows, in axis order.
fn step(axis: Axis, order: &[usize], forward: bool) -> Option<usize> {
    let here = tab_stop_ids(axis);
    // Where in `order` the first and the last of them stand.
    let (mut first, mut last) = (None, None);
    for (p, e) in order.iter().enumerate() {
        if here.contains(e) {
            first = first.or(Some(p));
            last = Some(p);
        }
    }
    let next = if forward { last.map(|p| p + 1) } else { first.and_then(|p: usize| p.checked_sub(1)) };
    next.map_or(order.first().copied(), |p| order.get(p).copied()).filter(|e| !here.contains(e))
}

fn tab_stop_ids(axis: Axis) -> Vec<usize> {
    let placed = axis.tab_stop().and_then(|key| axis.placed(key));
    placed.map(|p| ids_of(&p).to_vec()).unwrap_or_default()
}

/// Moves the keyboard to an event: pans it into sight, focuses its mark (or count).
fn go_to(axis: Axis, event: Option<usize>) -> bool {
    let Some(event) = event else { return false };
    if let Some(x) = axis.centre_of(event) {
        axis.set_window(axis.window().reveal(x, axis.whole));
    }
    axis.set_active(Some(event));
    focus_later(axis, event);
    true
}

fn zoom_on_active(axis: Axis, factor: f64) -> bool {
    let active = axis.get().active;
    let anchor = active.and_then(|e| axis.centre_of(e)).unwrap_or_else(|| axis.window().start + axis.window().span / 2.0);
    axis.set_window(axis.window().zoom(factor, anchor, axis.whole));
    if let Some(event) = active {
        focus_later(axis, event);
    }
    true
}

/// Enter on a mark opens its event; on a count, zooms in until its marks stand apart.
fn activate(axis: Axis, view: ViewContext) -> bool {
    match axis.tab_stop().and_then(|key| axis.placed(key)) {
        Some(Placed::Count { extent, ids, .. }) => {
            axis.set_window(Window::fit(extent.0, extent.1, axis.whole));
            if let Some(&first) = ids.first() {
                focus_later(axis, first);
            }
        }
        Some(shown @ (Placed::Mark { .. } | Placed::Bar { .. })) => open_event(view, ids_of(&shown)[0]),
        None => return false,
    }
    true
}

/// Focuses what shows `event` once the axis has been redrawn.
fn focus_later(axis: Axis, event: usize) {
    request_animation_frame(move || {
        if let (Some(key), Some(svg)) = (axis.key_showing(event), axis.svg()) {
            focus_key(&svg, key);
        }
    });
}

/// Opens an event's comparison in the list and brings it into view, with focus.
pub fn open_event(view: ViewContext, id: usize) {
    let event_id = corpus().events[id].id.to_string();
    view.state.update(|s| s.event = Some(event_id.clone()));
    request_animation_frame(move || {
        let selector = format!("article.event[data-event=\"{event_id}\"]");
        let found = document().and_then(|d| d.query_selector(&selector).ok().flatten());
        if let Some(item) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            item.scroll_into_view();
            let _ = item.focus();
        }
    });
}
