//! One event, told by each outlet: every outlet's own sentences side by side, and
//! the quotes of the event, where the same speaker is quoted by several outlets
//! compared word by word with the first wording.

use super::app::use_view;
use crate::corpus::{actor, article, quotes_of, whole_quote};
use crate::diff::{self, Part};
use leptos::prelude::*;
use newsline_model::{Event, Quote};

/// Quotes of one speaker in different articles that say the same thing (alike enough).
const SAME_QUOTE: f64 = 0.35;

/// The detail of `event`: at once when its sentences and quotes are at hand, else a loading
/// note while the shards of its articles and its quotes' articles are fetched (the sentences
/// are their text, the quotes' words too), then the detail or why it could not be loaded.
#[component]
pub fn EventDetail(event: &'static Event, id: String) -> impl IntoView {
    let quotes = quotes_of(event);
    let at_hand = event.mentions.iter().all(|m| !m.text.is_empty() || crate::corpus::whole_article(&m.article).is_some())
        && quotes.iter().all(|&q| whole_quote(q).is_some());
    if at_hand {
        return view! { <Detail event id /> }.into_any();
    }
    let loaded: RwSignal<Option<Result<(), String>>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let mut result = Ok(());
        let articles = event.mentions.iter().map(|m| &m.article).chain(quotes.iter().filter(|&&q| whole_quote(q).is_none()).map(|q| &q.article));
        for article in articles {
            if let Err(why) = crate::corpus::load_article(article).await {
                result = Err(why);
                break;
            }
        }
        // The detail may have been closed meanwhile.
        let _ = loaded.try_set(Some(result));
    });
    view! {
        {move || match loaded.get() {
            None => view! {
                <div class="event-detail" id=id.clone() aria-busy="true">
                    <p class="reader-loading" aria-live="polite">"Loading the outlets' sentences…"</p>
                </div>
            }.into_any(),
            Some(Ok(())) => view! { <Detail event id=id.clone() /> }.into_any(),
            Some(Err(why)) => view! {
                <div class="event-detail" id=id.clone()>
                    <p class="reader-error" role="alert">{why}</p>
                </div>
            }.into_any(),
        }}
    }
    .into_any()
}

#[component]
fn Detail(event: &'static Event, id: String) -> impl IntoView {
    let state = use_view().state;
    // Each article's sentences, in the order the articles first appear (a sentence split off
    // into the shards is read from its article, loaded by now).
    let mut by_article: Vec<(&str, Vec<&str>)> = Vec::new();
    for m in event.mentions.iter() {
        let text = match crate::corpus::whole_article(&m.article) {
            Some(whole) => newsline_model::pack::shards::mention_text(m, whole),
            None => m.text.as_ref(),
        };
        match by_article.iter_mut().find(|(a, _)| *a == m.article.as_ref()) {
            Some((_, list)) => list.push(text),
            None => by_article.push((m.article.as_ref(), vec![text])),
        }
    }
    // Whole by now (a quote whose article is not in the corpus is whole in the index).
    let quotes: Vec<&'static Quote> = quotes_of(event).into_iter().filter_map(whole_quote).collect();
    let comparisons = compare_quotes(&quotes);

    view! {
        <div class="event-detail" id=id>
            <h4>"How each outlet told it"</h4>
            <div class="tellings">
                {by_article.into_iter().map(|(article_id, sentences)| {
                    let a = article(article_id);
                    let outlet = a.and_then(|a| a.outlet.as_deref()).unwrap_or("Unknown outlet");
                    let copy = a.and_then(|a| a.copy_of.as_deref()).and_then(article).and_then(|o| o.outlet.as_deref());
                    view! {
                        <figure class="telling" data-article=article_id>
                            <figcaption>
                                <span class="outlet">{outlet}</span>
                                {copy.map(|from| view! { <span class="repost">{format!(" (repost of {from})")}</span> })}
                            </figcaption>
                            {sentences.into_iter().map(|s| view! { <blockquote>{s}</blockquote> }).collect_view()}
                            <button type="button" class="in-context"
                                on:click=move |_| state.update(|s| s.article = Some(article_id.to_string()))>
                                "Read it in the article"
                            </button>
                        </figure>
                    }
                }).collect_view()}
            </div>
            {(!quotes.is_empty()).then(|| view! {
                <h4>"Quotes"</h4>
                <ul class="quotes">
                    {comparisons.into_iter().map(|(quote, reference)| view! { <QuoteItem quote reference /> }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// Each quote with the earlier quote of the same speaker, from another article, that it
/// is another wording of (if any).
fn compare_quotes(quotes: &[&'static Quote]) -> Vec<(&'static Quote, Option<&'static Quote>)> {
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let reference = quotes[..i]
                .iter()
                .filter(|r| r.speaker.is_some() && r.speaker == q.speaker && r.article != q.article)
                .map(|r| (*r, diff::likeness(&r.text, &q.text)))
                .filter(|(_, alike)| *alike >= SAME_QUOTE)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(r, _)| r);
            (*q, reference)
        })
        .collect()
}

#[component]
fn QuoteItem(quote: &'static Quote, reference: Option<&'static Quote>) -> impl IntoView {
    let speaker = quote.speaker.as_deref().and_then(actor).map(|a| a.name.as_ref()).unwrap_or("Unattributed");
    let outlet = article(&quote.article).and_then(|a| a.outlet.as_deref()).unwrap_or("Unknown outlet");
    let inferred = quote.speaker_inferred.then_some(" (speaker inferred)");
    view! {
        <li class="quote" data-quote=quote.id.as_ref()>
            <p class="quote-meta">
                <span class="speaker">{speaker}</span>{inferred}" in "<span class="outlet">{outlet}</span>
            </p>
            {match reference {
                None => view! { <blockquote>{quote.text.as_ref()}</blockquote> }.into_any(),
                Some(r) => {
                    let other = article(&r.article).and_then(|a| a.outlet.as_deref()).unwrap_or("another outlet");
                    view! {
                        <blockquote class="diff" aria-describedby=format!("legend-{}", quote.id)>
                            {diff::words(&r.text, &quote.text).into_iter().map(|part| match part {
                                Part::Same(s) => view! { <span>{s}" "</span> }.into_any(),
                                Part::Added(s) => view! { <ins>{s}</ins>" " }.into_any(),
                                Part::Removed(s) => view! { <del>{s}</del>" " }.into_any(),
                            }).collect_view()}
                        </blockquote>
                        <p class="diff-legend" id=format!("legend-{}", quote.id)>
                            {format!("Compared with {other}'s wording: underlined words are only in {outlet}'s, struck-out words only in {other}'s.")}
                        </p>
                    }.into_any()
                }
            }}
        </li>
    }
}
