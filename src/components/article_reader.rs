//! The cleaned article, as extracted: paragraphs and sub-headings, with actor names,
//! dates and quotes marked, and each sentence that reports an event linked to it.

use super::app::use_view;
use crate::corpus::corpus;
use crate::highlight::{pieces, Mark};
use leptos::prelude::*;
use newsline_model::Article;

/// The reader of `article`: at once when its text is at hand, else a loading note while its
/// shard is fetched, then the text or why it could not be loaded.
#[component]
pub fn ArticleReader(article: &'static Article, id: String) -> impl IntoView {
    if let Some(whole) = crate::corpus::whole_article(&article.id) {
        return view! { <Reader article=whole id /> }.into_any();
    }
    let loaded: RwSignal<Option<Result<&'static Article, String>>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let result = crate::corpus::load_article(&article.id).await;
        // The reader may have been closed meanwhile.
        let _ = loaded.try_set(Some(result));
    });
    view! {
        {move || match loaded.get() {
            None => view! {
                <div class="reader" id=id.clone() aria-busy="true">
                    <p class="reader-loading" aria-live="polite">"Loading the article's text…"</p>
                </div>
            }.into_any(),
            Some(Ok(whole)) => view! { <Reader article=whole id=id.clone() /> }.into_any(),
            Some(Err(why)) => view! {
                <div class="reader" id=id.clone()>
                    <p class="reader-error" role="alert">{why}</p>
                </div>
            }.into_any(),
        }}
    }
    .into_any()
}

#[component]
fn Reader(article: &'static Article, id: String) -> impl IntoView {
    let state = use_view().state;
    let c = corpus();
    // What to mark: every actor's names, the time expressions of events, the quotes.
    let mut terms: Vec<(&'static str, Mark)> = Vec::new();
    for actor in c.actors.iter() {
        terms.push((actor.name.as_ref(), Mark::Actor));
        terms.extend(actor.aliases.iter().map(|a| (a.as_ref(), Mark::Actor)));
    }
    for event in c.events.iter() {
        if let Some(anchor) = event.anchor.as_deref() {
            terms.push((anchor, Mark::Date));
        }
    }
    // The article is whole here, so its quotes are too (in its shard, when sharded).
    for quote in c.quotes.iter().filter(|q| q.article == article.id).filter_map(crate::corpus::whole_quote) {
        terms.push((quote.text.as_ref(), Mark::Quote));
    }
    // The event each sentence reports.
    let event_of = |index: usize| {
        // The event the sentence tells, not one it mentions in passing.
        c.events.iter().find(|e| e.mentions.iter().any(|m| m.article == article.id && m.sentence as usize == index && !m.passing))
    };
    let mut paragraphs: Vec<Vec<usize>> = Vec::new();
    for (i, s) in article.sentences.iter().enumerate() {
        match paragraphs.last_mut() {
            Some(p) if article.sentences[p[0]].paragraph == s.paragraph => p.push(i),
            _ => paragraphs.push(vec![i]),
        }
    }
    // Only web addresses become links: a `javascript:` URL in sources.toml stays inert.
    let source = article.url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    view! {
        <div class="reader" id=id>
            <p class="reader-meta">
                "Cleaned text of "<code>{article.file.as_ref()}</code>
                {source.map(|url| view! { " · "<a href=url rel="noopener noreferrer">"original page"</a> })}
                " · marked: "<mark class="actor">"names"</mark>", "<mark class="date">"dates"</mark>", "<mark class="quote">"quotes"</mark>
            </p>
            {paragraphs.into_iter().map(|p| {
                if article.sentences[p[0]].heading {
                    return view! { <h4 class="reader-heading">{article.sentences[p[0]].text.as_ref()}</h4> }.into_any();
                }
                view! {
                    <p>
                        {p.into_iter().map(|i| {
                            let sentence = &article.sentences[i];
                            let marked = pieces(sentence.text.as_ref(), &terms).into_iter().map(|(text, mark)| match mark {
                                None => view! { <span>{text}</span> }.into_any(),
                                Some(Mark::Actor) => view! { <mark class="actor">{text}</mark> }.into_any(),
                                Some(Mark::Date) => view! { <mark class="date">{text}</mark> }.into_any(),
                                Some(Mark::Quote) => view! { <mark class="quote">{text}</mark> }.into_any(),
                            }).collect_view();
                            let link = event_of(i).map(|event| {
                                let event_id = event.id.as_ref();
                                view! {
                                    <button type="button" class="to-event" data-to-event=event_id
                                        on:click=move |_| state.update(|s| s.event = Some(event_id.to_string()))>
                                        <span aria-hidden="true">"↗"</span>
                                        <span class="visually-hidden">{format!("Open event {event_id}")}</span>
                                    </button>
                                }
                            });
                            view! {
                                <span class="sentence" id=format!("s-{}-{i}", article.id) data-sentence=i>
                                    {marked}{link}" "
                                </span>
                            }
                        }).collect_view()}
                    </p>
                }.into_any()
            }).collect_view()}
        </div>
    }
}
