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

/// Builds the axis's geometry (a start-up task of its own before the mount: `main.rs`).
pub fn prepare() {
    geometry();
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

/// The axis state, all in one signal: each signal or memo type brings its own copy of
/// the reactive code into the wasm. What is derived from it is kept in `Scratch`.
#[derive(Clone, Copy, Debug)]
pub struct AxisState {
    pub window: Window,
    /// The drawing's width in px, measured.
    pub width: f64,
    /// The event the keyboard is on (the roving tab stop follows it).
    pub active: Option<usize>,
    /// How the axis is split into lanes.
    pub mode: LaneMode,
    /// The stretch being brushed (axis units), while a brush is under way.
    pub brush: Option<(f64, f64)>,
}

/// What the input and the drawing keep between events, outside the reactive graph.
#[derive(Default)]
pub struct Scratch {
    pub gesture: Gesture,
    /// The visible events and the lane mode the lanes were made for (compared at each
    /// draw: cheaper in the wasm than an effect of their own, and a frame of zoom or pan
    /// only places the marks again), the visible dated events in axis order (for moving
    /// between them), the lanes, a count of how often they were made, and the visible
    /// events with no date (listed, not drawn).
    shown: Option<(Vec<usize>, LaneMode)>,
    pub order: Vec<usize>,
    pub lanes: Vec<Lane>,
    made: u32,
    undated: usize,
    /// What is drawn now, and for which window, width and lanes (`made`).
    pub placed: Vec<Placed>,
    placed_for: Option<(Window, f64, u32)>,
    /// The markup last set on the drawing.
    markup: String,
    /// Whether the timeline's one listener is on (done at the first draw).
    listening: bool,
}

/// The axis: its state and what it keeps between events. Its elements are found by id
/// (the page has one axis, as its ids say), not by node refs: each kind of node ref is
/// more reactive code in the wasm.
#[derive(Clone, Copy)]
pub struct Axis {
    pub state: RwSignal<AxisState>,
    pub whole: Window,
    pub scratch: StoredValue<Scratch>,
}

pub fn ids_of(placed: &Placed) -> &[usize] {
    match placed {
        Placed::Mark { id, .. } => std::slice::from_ref(id),
        Placed::Bar { ids, .. } | Placed::Count { ids, .. } => ids,
    }
}

/// The visible dated events in axis order (`visible` is in corpus order, so membership
/// is a binary search), and how many visible events have no date.
fn order_of(visible: &[usize]) -> (Vec<usize>, usize) {
    let Geometry { items, in_order, .. } = geometry();
    // Loops, not iterator adapters: each adapter with its closure is more code in the wasm.
    let (mut order, mut undated) = (Vec::with_capacity(visible.len()), 0);
    for &i in in_order {
        if visible.binary_search(&i).is_ok() {
            order.push(i);
        }
    }
    for &i in visible {
        undated += usize::from(items[i].is_none());
    }
    (order, undated)
}

impl Axis {
    fn new() -> Axis {
        let whole = Window::whole(geometry().scale.width);
        let state = AxisState { window: whole, width: 640.0, active: None, mode: LaneMode::One, brush: None };
        Axis { state: RwSignal::new(state), whole, scratch: StoredValue::new(Scratch::default()) }
    }

    /// The state now (untracked). Reads and writes go through this and `change`: one
    /// instance of the signal's generic code each, whatever the caller changes.
    pub fn get(self) -> AxisState {
        self.state.get_untracked()
    }

    pub fn change(self, change: impl FnOnce(&mut AxisState)) {
        let mut state = self.get();
        change(&mut state);
        self.state.set(state);
    }

    pub fn window(self) -> Window {
        self.get().window
    }

    pub fn width(self) -> f64 {
        self.get().width
    }

    pub fn set_window(self, window: Window) {
        self.change(|s| s.window = window);
    }

    pub fn set_active(self, active: Option<usize>) {
        self.change(|s| s.active = active);
    }

    pub fn set_mode(self, mode: LaneMode) {
        self.change(|s| s.mode = mode);
    }

    /// Makes the lanes again when what is visible or the lane mode changed.
    fn follow(self, visible: &[usize], mode: LaneMode) {
        self.scratch.update_value(|c| {
            if c.shown.as_ref().is_some_and(|(shown, m)| shown == visible && *m == mode) {
                return;
            }
            (c.order, c.undated) = order_of(visible);
            c.lanes = lanes(mode, &c.order);
            c.shown = Some((visible.to_vec(), mode));
            c.made += 1;
        });
    }

    /// The drawing (the SVG element), once the section is in the page.
    pub fn svg(self) -> Option<web_sys::Element> {
        document().get_element_by_id("axis-drawing")
    }

    /// The frame around the drawing, which takes the pointer.
    pub fn frame(self) -> Option<web_sys::Element> {
        document().get_element_by_id("axis-frame")
    }

    /// Places what the lanes hold in the window, unless it is placed already.
    fn place(self, s: AxisState) {
        let items = &geometry().items;
        self.scratch.update_value(|c| {
            let key = Some((s.window, s.width, c.made));
            if c.placed_for != key {
                // The single lane has rows to spare; many lanes one row each.
                let rows = if c.lanes.len() == 1 { MARK_ROWS } else { 1 };
                c.placed.clear();
                // A loop, not `flat_map`: each iterator adapter is more code in the wasm.
                for (n, lane) in c.lanes.iter().enumerate() {
                    let mut lane_items: Vec<Item> = Vec::with_capacity(lane.events.len());
                    for &i in &lane.events {
                        lane_items.extend(items[i]);
                    }
                    c.placed.extend(layout(&lane_items, s.window, s.width, rows, n));
                }
                c.placed_for = key;
            }
        });
    }

    /// What shows `event` now, by its index in what is drawn (its `data-key`: an index
    /// is found without formatting a key for everything drawn).
    pub fn key_showing(self, event: usize) -> Option<usize> {
        self.scratch.with_value(|c| c.placed.iter().position(|q| ids_of(q).contains(&event)))
    }

    /// The one element in the tab order: what shows the active event, else the leftmost
    /// thing drawn (the first in sight). One pass over what is drawn, whatever the corpus.
    pub fn tab_stop(self) -> Option<usize> {
        let active = self.get().active;
        self.scratch.with_value(|c| {
            let showing_active = active.and_then(|event| c.placed.iter().position(|q| ids_of(q).contains(&event)));
            let x = |i: usize| match &c.placed[i] {
                Placed::Mark { x, .. } | Placed::Count { x, .. } => *x,
                Placed::Bar { x0, .. } => *x0,
            };
            showing_active.or_else(|| (0..c.placed.len()).reduce(|best, i| if x(i) < x(best) { i } else { best }))
        })
    }

    /// What is drawn under `key`.
    pub fn placed(self, key: usize) -> Option<Placed> {
        self.scratch.with_value(|c| c.placed.get(key).cloned())
    }

    /// The middle of an event's place on the axis, in axis units.
    pub fn centre_of(self, event: usize) -> Option<f64> {
        geometry().items.get(event).copied().flatten().map(|i| (i.extent.0 + i.extent.1) / 2.0)
    }
}

/// The axis section as plain markup, wired by the one listener of `axis_input.rs` and kept
/// up to date by `draw`: a tree of components here cost the wasm ~5 KB gzip in view code.
fn section_markup() -> String {
    let mut lanes = String::from(r#"<option value="one">One for all events</option>"#);
    for facet in FACETS.iter() {
        lanes += &format!(r#"<option value="{0}">One per {0}</option>"#, facet.key);
    }
    format!(
        r#"<div class="axis-head"><h3 id="axis-heading">Time axis</h3>
<label class="axis-lanes">Lanes <select data-axis="lanes">{lanes}</select></label>
<div class="axis-zoom" role="group" aria-label="Zoom"><button type="button" data-axis="in">Zoom in</button><button type="button" data-axis="out" disabled>Zoom out</button><button type="button" data-axis="all" disabled>Show all</button></div>
<button type="button" class="axis-download" data-axis="filter" disabled>Filter to these dates</button><button type="button" class="axis-download" data-axis="download">Download picture (SVG)</button></div>
<p class="axis-help" id="axis-help">Scroll or pinch to zoom, drag to move; drag along the dates under the axis (or Shift and drag) to filter to those dates. On a mark: arrow keys go from event to event, + and − zoom, Home and End go to the first and last, Enter opens the event below. Events with no time of day stand side by side in the middle of their day.</p>
<div class="axis-frame" id="axis-frame"><svg class="axis-drawing" id="axis-drawing" role="group" aria-label="Events on the time axis" aria-describedby="axis-help"></svg></div>
<p class="axis-note" hidden></p>"#
    )
}

#[component]
pub fn TimeAxis() -> impl IntoView {
    let view = super::app::use_view();
    let axis = Axis::new();
    let listen = axis_input::wire(axis, view);
    draw(axis, view, listen);
    view! { <section class="axis" id="axis" aria-labelledby="axis-heading" inner_html=section_markup()></section> }
}

/// What a control of the axis head does (`data-axis`; the lane switch on `change`).
pub fn control(axis: Axis, view: ViewContext, which: &str, ev: &web_sys::Event) {
    let centre = axis.window().start + axis.window().span / 2.0;
    match (which, ev.type_().as_str()) {
        ("lanes", "change") => axis.set_mode(match FACETS.iter().position(|f| f.key == event_target_value(ev)) {
            Some(facet) => LaneMode::Facet(facet),
            None => LaneMode::One,
        }),
        ("in", "click") => axis.set_window(axis.window().zoom(2.0, centre, axis.whole)),
        ("out", "click") => axis.set_window(axis.window().zoom(0.5, centre, axis.whole)),
        ("all", "click") => axis.set_window(axis.whole),
        ("filter", "click") => filter_to(view, axis.window()),
        ("download", "click") => download_picture(axis, view),
        _ => {}
    }
}

/// Draws the axis: the markup again when what is placed changed (keeping the keyboard
/// focus on the mark it was on, or on what now shows that event), then what changes
/// without a redraw: the one tab stop, the pointed and the open event, the controls.
fn draw(axis: Axis, view: ViewContext, listen: impl Fn(&web_sys::Element) + 'static) {
    // Effects first run after the page is mounted, so the section is there.
    Effect::new(move |_| {
        let range = view.state.with(|s| date_range(&s.filter));
        let s = axis.state.get();
        view.visible.with(|v| axis.follow(v, s.mode));
        axis.place(s);
        let (markup, lanes, undated) = axis.scratch.with_value(|c| {
            let shades = Shades { range, brush: s.brush };
            (drawing(scale(), &c.lanes, &c.placed, s.window, s.width, shades), c.lanes.len(), c.undated)
        });
        let (window, width) = (s.window, s.width);
        let (Some(root), Some(svg)) = (document().get_element_by_id("axis"), axis.svg()) else { return };
        if !axis.scratch.with_value(|c| c.listening) {
            listen(&root);
            axis.scratch.update_value(|c| c.listening = true);
        }
        if axis.scratch.with_value(|c| c.markup != markup) {
            let had_focus = has_focus(&svg);
            svg.set_inner_html(&markup);
            axis.scratch.update_value(|c| c.markup = markup);
            if let Some(key) = had_focus.then(|| axis.get().active.and_then(|e| axis.key_showing(e))).flatten() {
                focus_key(&svg, key);
            }
        }
        let (w, h) = (px(width), height(lanes));
        set_attr(&svg, "width", &w.to_string());
        set_attr(&svg, "height", &h.to_string());
        set_attr(&svg, "viewBox", &format!("0 0 {w} {h}"));
        show_controls(&root, window, axis.whole, undated);
        let pointed = view.pointed.get().and_then(|i| corpus().events.get(i)).map(|e| e.id.as_ref());
        show_state(&svg, axis.tab_stop(), pointed, view.state.with(|s| s.event.clone()));
        // The list's side, here too (two look-ups a frame; an effect of its own is more
        // code): a redrawn list (the state or what is visible changed) gets it back.
        point_in_list(pointed);
    });
}

/// Sets an attribute only when it changes (a frame sets them all).
fn set_attr(element: &web_sys::Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

fn set_flag(element: Option<web_sys::Element>, name: &str, on: bool) {
    if let Some(element) = element.filter(|e| e.has_attribute(name) != on) {
        let _ = element.toggle_attribute_with_force(name, on);
    }
}

/// The zoom buttons that cannot act are disabled; the note counts the undated events.
fn show_controls(root: &web_sys::Element, window: Window, whole: Window, undated: usize) {
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    let (all_in, all_out) = (window.span <= crate::axis::MIN_SPAN + 1e-9, window == whole);
    set_flag(find("[data-axis=in]"), "disabled", all_in);
    for which in ["[data-axis=out]", "[data-axis=all]", "[data-axis=filter]"] {
        set_flag(find(which), "disabled", all_out);
    }
    let Some(note) = find(".axis-note") else { return };
    set_flag(Some(note.clone()), "hidden", undated == 0);
    let text = match undated {
        1 => "1 undated event is listed below, not on the axis.".to_string(),
        n => format!("{n} undated events are listed below, not on the axis."),
    };
    if note.text_content().as_deref() != Some(text.as_str()) {
        note.set_text_content(Some(&text));
    }
}

/// Whether the focus is on a mark of this drawing.
fn has_focus(svg: &web_sys::Element) -> bool {
    svg.owner_document().and_then(|d| d.active_element()).is_some_and(|active| svg.contains(Some(&active)))
}

pub fn focus_key(svg: &web_sys::Element, key: usize) {
    let found = svg.query_selector(&format!("[data-key=\"{key}\"]")).ok().flatten();
    if let Some(mark) = found.and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = mark.focus();
    }
}

fn show_state(svg: &web_sys::Element, tab_stop: Option<usize>, pointed: Option<&str>, open: Option<String>) {
    let tab_stop = tab_stop.map(|key| key.to_string());
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
    let shades = Shades { range: view.state.with_untracked(|s| date_range(&s.filter)), brush: None };
    let s = axis.get();
    let file = axis.scratch.with_value(|c| picture(&drawing(scale(), &c.lanes, &c.placed, s.window, s.width, shades), px(s.width), height(c.lanes.len())));
    super::downloads::save("newsline-axis.svg", "image/svg+xml", &file);
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
