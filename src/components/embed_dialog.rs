//! "Embed this view": the iframe snippet for the current filters, with a copy button.
//! The snippet carries a few lines of script that size the iframe from the page's
//! height messages, for host pages that use neither pym.js nor @newswire/frames.

use super::app::use_view;
use crate::query::{self, ViewState};
use leptos::html;
use leptos::prelude::*;

/// The embed address of a view: this page with `embed=1` and the view's filters.
pub fn embed_url(state: &ViewState) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    let view = ViewState { embed: true, pym_child: None, article: None, ..state.clone() };
    format!("{origin}{path}{}", query::to_query(&view))
}

/// The HTML an editor pastes into their page.
pub fn snippet(url: &str) -> String {
    let url = url.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<iframe src=\"{url}\" title=\"Newsline timeline\" width=\"100%\" height=\"600\" frameborder=\"0\" scrolling=\"no\" data-newsline></iframe>\n\
<script>addEventListener(\"message\",function(e){{var d=e.data;if(d&&d.sentinel===\"amp\"&&d.type===\"embed-size\")\
document.querySelectorAll(\"iframe[data-newsline]\").forEach(function(f){{if(f.contentWindow===e.source)f.height=d.height}})}});</script>"
    )
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_view().state;
    let dialog = NodeRef::<html::Dialog>::new();
    let text = NodeRef::<html::Textarea>::new();
    let copied = RwSignal::new(false);
    // The snippet is made only while the dialog is open: closed, it reads no view state, so
    // a filter change does not format the address for nothing.
    let shown = RwSignal::new(false);
    let code = Memo::new(move |_| if shown.get() { snippet(&embed_url(&state.get())) } else { String::new() });
    let open = move |_| {
        copied.set(false);
        shown.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let copy = move |_| {
        let value = code.get_untracked();
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&value);
        }
        // Also select it, for browsers that refuse the clipboard.
        if let Some(t) = text.get() {
            t.select();
        }
        copied.set(true);
    };
    view! {
        <button type="button" class="embed-open" on:click=open>"Embed this view"</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=move |_| shown.set(false)>
            <h2 id="embed-title">"Embed this view"</h2>
            <p>"Paste this into your page. It shows the timeline with the current filters and keeps the frame as tall as its content (pym.js and @newswire/frames host pages work too)."</p>
            <label for="embed-code">"Embed code"</label>
            <textarea id="embed-code" node_ref=text readonly rows="6" prop:value=move || code.get()></textarea>
            <div class="embed-actions">
                <button type="button" on:click=copy>"Copy"</button>
                <span role="status">{move || if copied.get() { "Copied." } else { "" }}</span>
                <button type="button" on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>"Close"</button>
            </div>
        </dialog>
    }
}
