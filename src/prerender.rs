//! The first screen drawn at build time (`tools/prerender.mjs` writes it into `index.html`,
//! each top-level node marked `data-prerender`) gives way to the app: [`take`] removes it
//! and [`restore_focus`] puts the keyboard back where it was, in the same task as the mount,
//! so no frame shows neither or both (and no id is ever on the page twice).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Where the keyboard was in the prerendered screen: an id, or the position among the
/// top-level nodes and the element-child path below it (the markup is the app's own).
pub struct Focus {
    id: Option<String>,
    top: usize,
    path: Vec<usize>,
}

/// Removes the prerendered nodes; answers where the focus was, if inside them.
pub fn take() -> Option<Focus> {
    let document = document()?;
    let nodes = document.query_selector_all("body > [data-prerender]").ok()?;
    let focused = document.active_element();
    let mut focus = None;
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if let Some(active) = focused.as_ref().filter(|a| **a != node && node.contains(Some(a))) {
            let id = Some(active.id()).filter(|id| !id.is_empty());
            focus = Some(Focus { id, top: i as usize, path: path_below(&node, active) });
        }
        node.remove();
    }
    focus
}

/// Focuses the app's element at the place the prerendered one had.
pub fn restore_focus(focus: Option<Focus>) {
    let (Some(focus), Some(document)) = (focus, document()) else { return };
    let by_id = focus.id.as_deref().and_then(|id| document.get_element_by_id(id));
    let target = by_id.or_else(|| {
        let top = app_nodes(&document).into_iter().nth(focus.top)?;
        focus.path.iter().try_fold(top, |el, &i| nth_child(&el, i))
    });
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// The element-child indices from `top` down to `el`.
fn path_below(top: &Element, el: &Element) -> Vec<usize> {
    let mut path = Vec::new();
    let mut at = el.clone();
    while at != *top {
        let mut index = 0;
        let mut sibling = at.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        path.push(index);
        let Some(parent) = at.parent_element() else { break };
        at = parent;
    }
    path.reverse();
    path
}

fn nth_child(el: &Element, n: usize) -> Option<Element> {
    let mut child = el.first_element_child();
    for _ in 0..n {
        child = child?.next_element_sibling();
    }
    child
}

/// The body's children the app mounted (everything but scripts and the `<noscript>`).
fn app_nodes(document: &Document) -> Vec<Element> {
    let Some(body) = document.body() else { return Vec::new() };
    let mut nodes = Vec::new();
    let mut child = body.first_element_child();
    while let Some(el) = child {
        if !matches!(el.tag_name().as_str(), "SCRIPT" | "NOSCRIPT" | "LINK" | "TEMPLATE") {
            nodes.push(el.clone());
        }
        child = el.next_element_sibling();
    }
    nodes
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}
