//! Embedding: the page tells the page around it how tall it is, in the message
//! formats the embed libraries already speak, so a host page needs no code of ours:
//! * @newswire/frames: `{ sentinel: "amp", type: "embed-size", height }`, sent on every
//!   resize and when the parent says `frames-init`;
//! * pym.js: `"pymxPYMx<childId>xPYMxheightxPYMx<height>"`, sent on every resize and
//!   when the parent sends its width.
//!
//! A host page with neither can use the snippet of the Embed dialog.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page's height, margins included.
fn height() -> i32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(0, |e| e.offset_height())
}

fn frames_message(height: i32) -> JsValue {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    message.into()
}

/// Starts reporting the height to the parent page, if there is one.
pub fn report_height(pym_child: Option<String>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if js_sys::Object::is(&parent, &window) {
        return; // not in a frame
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(-1));
    let send = {
        let parent = parent.clone();
        move |force: bool| {
            let h = height();
            if h == last.get() && !force {
                return;
            }
            last.set(h);
            // Heights are not secret: any parent may know them.
            let _ = parent.post_message(&frames_message(h), "*");
            if let Some(id) = &pym_child {
                let _ = parent.post_message(&JsValue::from_str(&format!("pymxPYMx{id}xPYMxheightxPYMx{h}")), "*");
            }
        }
    };
    // Every change of size, from filters, opened details or the window.
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new({
        let send = send.clone();
        move |_entries| send(false)
    });
    if let (Ok(observer), Some(root)) = (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), window.document().and_then(|d| d.document_element()))
    {
        observer.observe(&root);
        // Both live as long as the page: a dropped observer is collected and stops.
        on_resize.forget();
        std::mem::forget(observer);
    }
    // And a light poll, as @newswire/frames' own children do: some size changes (fonts,
    // images, a host resizing the frame) reach no observer. Sends only on change.
    let poll = Closure::<dyn FnMut()>::new({
        let send = send.clone();
        move || send(false)
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(poll.as_ref().unchecked_ref(), 300);
    poll.forget();
    // The parent asks: frames says "frames-init", pym sends its width.
    let handle = window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
        let data = event.data();
        let frames_init = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("frames-init");
        let pym_width = data.as_string().is_some_and(|s| s.starts_with("pymxPYMx") && s.contains("xPYMxwidthxPYMx"));
        if frames_init || pym_width {
            send(true);
        }
    });
    on_cleanup(move || handle.remove());
}
