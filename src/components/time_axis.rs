//! The time axis at the top of the timeline: every visible event a mark at its date,
//! drawn as SVG by the app itself. The geometry comes from `crate::axis`; this file
//! holds the axis state and draws it; `axis_input.rs` turns wheel, pointer and keys
//! into zoom, pan and moves between marks.

use super::app::ViewContext;
use super::axis_drawing::{drawing, height, picture, Shades};
use super::axis_input;
use super::axis_lanes::{lanes, Lane, LaneMode};
use crate::axis::{corpus_scale, event_item, layout, whole_px as px, Item, Placed, Scale, Window, MARK_ROWS};
use crate::corpus::corpus;
use crate::filter::FACETS;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// What the axis knows of the corpus, built once: the scale, each event's place on it
/// (by corpus index) and the dated events in axis order.
struct Geometry {
    scale: Scale,
    items: Vec<Option<Item>>,
    in_order: Vec<usize>,
}

fn geometry() -> &'static Geometry {
    static CELL: OnceLock<Geometry> = OnceLock::new();
    CELL.get_or_init(|| {
        let corpus = corpus();
        let scale = corpus_scale(corpus, crate::corpus::focus());
        let items: Vec<Option<Item>> = corpus.events.iter().enumerate().map(|(i, e)| event_item(&scale, i, e)).collect();
        // By start, then corpus order (inserted in place: no sort code in the wasm).
        let mut in_order: Vec<usize> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Some(item) = item else { continue };
            let at = in_order.partition_point(|&j| items[j].is_some_and(|other| other.extent.0 <= item.extent.0));
            in_order.insert(at, i);
        }
        Geometry { scale, items, in_order }
    })
}

pub fn scale() -> &'static Scale {
    &geometry().scale
}

/// A drag or pinch under way: the pointers down (id, last x, distance travelled),
/// whether it has become a drag (so its end is not taken for a click), and where a brush
/// started (axis units) when the press was on the strip of dates or with Shift.
#[derive(Default)]
pub struct Gesture {
    pub pointers: Vec<(i32, f64, f64)>,
    pub dragged: bool,
    pub brush_from: Option<f64>,
}

/// The state the parts of the axis share (local to the axis, so handed to its parts).
#[derive(Clone, Copy)]
pub struct Axis {
    pub window: RwSignal<Window>,
    pub whole: Window,
    /// The drawing's width in px, measured.
    pub width: RwSignal<f64>,
    /// The event the keyboard is on (the roving tab stop follows it).
    pub active: RwSignal<Option<usize>>,
    /// How the axis is split into lanes.
    pub mode: RwSignal<LaneMode>,
    /// The lanes, and what is drawn in them.
    pub lanes: Memo<Vec<Lane>>,
    pub drawn: Memo<Drawn>,
    /// The stretch being brushed (axis units), while a brush is under way.
    pub brush: RwSignal<Option<(f64, f64)>>,
    /// The visible dated events in axis order, for moving between them.
    pub order: Memo<Vec<usize>>,
    pub gesture: StoredValue<Gesture>,
    pub svg: NodeRef<leptos::svg::Svg>,
}

/// What is placed in the lanes (one memo per frame).
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub placed: Vec<Placed>,
}

/// The key a drawn thing carries in `data-key`.
pub fn key_of(placed: &Placed) -> String {
    match placed {
        Placed::Mark { lane, id, .. } => format!("{lane}m{id}"),
        Placed::Bar { lane, ids, .. } => format!("{lane}b{}", ids.first().copied().unwrap_or(0)),
        Placed::Count { lane, ids, .. } => format!("{lane}c{}-{}", ids.first().copied().unwrap_or(0), ids.len()),
    }
}

pub fn ids_of(placed: &Placed) -> &[usize] {
    match placed {
        Placed::Mark { id, .. } => std::slice::from_ref(id),
        Placed::Bar { ids, .. } | Placed::Count { ids, .. } => ids,
    }
}

impl Axis {
    fn new(visible: Memo<Vec<usize>>) -> Axis {
        let Geometry { scale, items, in_order } = geometry();
        let whole = Window::whole(scale.width);
        let (window, width, active) = (RwSignal::new(whole), RwSignal::new(640.0), RwSignal::new(None));
        // `visible` is in corpus order, so membership is a binary search.
        let order = Memo::new(move |_| visible.with(|v| in_order.iter().copied().filter(|i| v.binary_search(i).is_ok()).collect::<Vec<usize>>()));
        let mode = RwSignal::new(LaneMode::One);
        // The lanes follow the filters and the mode, not the window: a zoom or pan frame
        // only places the marks again.
        let lanes = Memo::new(move |_| order.with(|o| lanes(mode.get(), o)));
        let drawn = Memo::new(move |_| {
            let (window, width) = (window.get(), width.get());
            lanes.with(|lanes| {
                // The single lane has rows to spare; many lanes one row each.
                let rows = if lanes.len() == 1 { MARK_ROWS } else { 1 };
                let place = |(n, lane): (usize, &Lane)| layout(&lane.events.iter().filter_map(|&i| items[i]).collect::<Vec<Item>>(), window, width, rows, n);
                Drawn { placed: lanes.iter().enumerate().flat_map(place).collect() }
            })
        });
        let gesture = StoredValue::new(Gesture::default());
        Axis { window, whole, width, active, mode, lanes, drawn, brush: RwSignal::new(None), order, gesture, svg: NodeRef::new() }
    }

    /// The key of what shows `event` now.
    pub fn key_showing(self, event: usize) -> Option<String> {
        self.drawn.with_untracked(|d| d.placed.iter().find(|q| ids_of(q).contains(&event)).map(key_of))
    }

    /// The one element in the tab order: what shows the active event, else the leftmost
    /// thing drawn (the first in sight). One pass over what is drawn, whatever the corpus.
    pub fn tab_stop(self) -> Option<String> {
        let active = self.active.get();
        self.drawn.with(|d| {
            let showing_active = active.and_then(|event| d.placed.iter().find(|q| ids_of(q).contains(&event)));
            let x = |q: &&Placed| match q {
                Placed::Mark { x, .. } | Placed::Count { x, .. } => *x,
                Placed::Bar { x0, .. } => *x0,
            };
            let leftmost = || d.placed.iter().reduce(|best, q| if x(&q) < x(&best) { q } else { best });
            showing_active.or_else(leftmost).map(key_of)
        })
    }

    /// What is drawn under `key`.
    pub fn placed_by_key(self, key: &str) -> Option<Placed> {
        self.drawn.with_untracked(|d| d.placed.iter().find(|q| key_of(q) == key).cloned())
    }

    /// The middle of an event's place on the axis, in axis units.
    pub fn centre_of(self, event: usize) -> Option<f64> {
        geometry().items.get(event).copied().flatten().map(|i| (i.extent.0 + i.extent.1) / 2.0)
    }
}

#[component]
pub fn TimeAxis() -> impl IntoView {
    let view = expect_context::<ViewContext>();
    let axis = Axis::new(view.visible);
    let frame = NodeRef::<leptos::html::Div>::new();
    axis_input::wire(axis, view, frame);
    draw(axis, view);
    let undated = move || view.visible.with(|v| v.iter().filter(|&&i| geometry().items[i].is_none()).count());
    view! {
        <section class="axis" aria-labelledby="axis-heading">
            <div class="axis-head">
                <h3 id="axis-heading">"Time axis"</h3>
                <label class="axis-lanes">
                    "Lanes "
                    <select on:change=move |ev| axis.mode.set(match FACETS.iter().position(|f| f.key == event_target_value(&ev)) {
                        Some(facet) => LaneMode::Facet(facet),
                        None => LaneMode::One,
                    })>
                        <option value="one">"One for all events"</option>
                        {FACETS.iter().map(|facet| view! { <option value=facet.key>{format!("One per {}", facet.key)}</option> }).collect_view()}
                    </select>
                </label>
                <ZoomButtons axis />
                <button type="button" class="axis-download" disabled=move || axis.window.get() == axis.whole
                    on:click=move |_| filter_to_window(axis, view)>"Filter to these dates"</button>
                <button type="button" class="axis-download" on:click=move |_| download_picture(axis, view)>"Download picture (SVG)"</button>
            </div>
            <p class="axis-help" id="axis-help">
                "Scroll or pinch to zoom, drag to move; drag along the dates under the axis (or Shift and drag) "
                "to filter to those dates. On a mark: arrow keys go from event to event, "
                "+ and − zoom, Home and End go to the first and last, Enter opens the event below. "
                "Events with no time of day stand side by side in the middle of their day."
            </p>
            <div class="axis-frame" node_ref=frame>
                <svg class="axis-drawing" role="group" aria-label="Events on the time axis" aria-describedby="axis-help"
                    node_ref=axis.svg width=move || px(axis.width.get()) height=move || height(axis.lanes.with(Vec::len))
                    viewBox=move || format!("0 0 {} {}", px(axis.width.get()), height(axis.lanes.with(Vec::len)))>
                </svg>
            </div>
            <p class="axis-note" hidden=move || undated() == 0>
                {move || match undated() {
                    1 => "1 undated event is listed below, not on the axis.".to_string(),
                    n => format!("{n} undated events are listed below, not on the axis."),
                }}
            </p>
        </section>
    }
}

#[component]
fn ZoomButtons(axis: Axis) -> impl IntoView {
    let centre = move || axis.window.with_untracked(|w| w.start + w.span / 2.0);
    let zoom = move |factor: f64| {
        let anchor = centre();
        axis.window.update(|w| *w = w.zoom(factor, anchor, axis.whole));
    };
    let all_in = move || axis.window.with(|w| w.span <= crate::axis::MIN_SPAN + 1e-9);
    let all_out = move || axis.window.get() == axis.whole;
    view! {
        <div class="axis-zoom" role="group" aria-label="Zoom">
            <button type="button" on:click=move |_| zoom(2.0) disabled=all_in>"Zoom in"</button>
            <button type="button" on:click=move |_| zoom(0.5) disabled=all_out>"Zoom out"</button>
            <button type="button" on:click=move |_| axis.window.set(axis.whole) disabled=all_out>"Show all"</button>
        </div>
    }
}

/// Draws the axis: the markup again when what is placed changed (keeping the keyboard
/// focus on the mark it was on, or on what now shows that event), then what changes
/// without a redraw: the one tab stop, the pointed and the open event.
fn draw(axis: Axis, view: ViewContext) {
    let last = StoredValue::new(String::new());
    Effect::new(move |_| {
        let shades = Shades { range: view.state.with(|s| date_range(&s.filter)), brush: axis.brush.get() };
        let markup = axis.lanes.with(|lanes| axis.drawn.with(|d| drawing(scale(), lanes, &d.placed, axis.window.get(), axis.width.get(), shades)));
        let Some(svg) = axis.svg.get() else { return };
        if last.with_value(|l| *l != markup) {
            let had_focus = focused_key(&svg).is_some();
            svg.set_inner_html(&markup);
            last.set_value(markup);
            if let Some(key) = had_focus.then(|| axis.active.get_untracked().and_then(|e| axis.key_showing(e))).flatten() {
                focus_key(&svg, &key);
            }
        }
        show_state(&svg, axis.tab_stop(), view);
    });
    // The list's side of pointing, apart: it changes with what is pointed at and with the
    // list's redraws (the state or what is visible), not with every zoom or pan frame.
    Effect::new(move |_| {
        view.visible.track();
        view.state.track();
        let pointed = view.pointed.get().and_then(|i| corpus().events.get(i)).map(|e| e.id.as_ref());
        point_in_list(pointed);
    });
}

/// The key of the mark that has the focus, if it is in this drawing.
fn focused_key(svg: &web_sys::SvgElement) -> Option<String> {
    let active = svg.owner_document()?.active_element()?;
    svg.contains(Some(&active)).then(|| active.get_attribute("data-key")).flatten()
}

pub fn focus_key(svg: &web_sys::Element, key: &str) {
    let found = svg.query_selector(&format!("[data-key=\"{key}\"]")).ok().flatten();
    if let Some(mark) = found.and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = mark.focus();
    }
}

fn show_state(svg: &web_sys::SvgElement, tab_stop: Option<String>, view: ViewContext) {
    let (pointed, open) = (view.pointed.get(), view.state.with(|s| s.event.clone()));
    let pointed = pointed.and_then(|i| corpus().events.get(i)).map(|e| e.id.as_ref());
    let marks = svg.children();
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i).filter(|m| m.has_attribute("data-key")) else { continue };
        let event = mark.get_attribute("data-event");
        let _ = mark.set_attribute("tabindex", if mark.get_attribute("data-key") == tab_stop { "0" } else { "-1" });
        let classes = mark.class_list();
        let _ = classes.toggle_with_force("pointed", event.is_some() && event.as_deref() == pointed);
        let _ = classes.toggle_with_force("open", event.is_some() && event == open);
    }
}

/// The list's side of pointing: its item of the pointed event is marked too. (Set here,
/// after the list has drawn, so a redrawn list gets it back.)
fn point_in_list(pointed: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(before)) = document.query_selector("article.event.pointed") {
        let _ = before.class_list().remove_1("pointed");
    }
    let selector = pointed.map(|id| format!("article.event[data-event=\"{id}\"]"));
    if let Some(item) = selector.and_then(|s| document.query_selector(&s).ok().flatten()) {
        let _ = item.class_list().add_1("pointed");
    }
}

/// Saves the axis as it is drawn now (same window, lanes and filters) as an SVG file.
fn download_picture(axis: Axis, view: ViewContext) {
    let (window, width) = (axis.window.get_untracked(), axis.width.get_untracked());
    let shades = Shades { range: view.state.with_untracked(|s| date_range(&s.filter)), brush: None };
    let file = axis.lanes.with_untracked(|lanes| {
        axis.drawn.with_untracked(|d| picture(&drawing(scale(), lanes, &d.placed, window, width, shades), px(width), height(lanes.len())))
    });
    super::downloads::save("newsline-axis.svg", "image/svg+xml", &file);
}

/// The dates in sight become the date facet's range.
fn filter_to_window(axis: Axis, view: ViewContext) {
    filter_to(view, axis.window.get_untracked());
}

/// The days of a stretch of the axis (the window, or a brushed stretch) become the date
/// facet's range.
pub fn filter_to(view: ViewContext, stretch: Window) {
    if let Some((from, to)) = scale().days_in(stretch) {
        view.state.update(|s| {
            s.filter.from = Some(from);
            s.filter.to = Some(to);
        });
    }
}

/// Where the date facet's range lies on the axis, when one is set.
fn date_range(filter: &crate::filter::Filter) -> Option<(f64, f64)> {
    (filter.from.is_some() || filter.to.is_some()).then(|| scale().range(filter.from, filter.to)).flatten()
}
