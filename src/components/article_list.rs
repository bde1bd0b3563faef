use super::app::use_view;
use super::article_reader::ArticleReader;
use crate::corpus::corpus;
use crate::dates::PartialDate;
use crate::timeline::LIST_PAGE;
use leptos::prelude::*;
use newsline_model::Article;

/// The source articles with outlet and publication date: a page at first, more on demand,
/// and always up to the article a link opens. Each page is drawn once, when first shown
/// (its items keep their reactive state; nothing is drawn again).
#[component]
pub fn ArticleList() -> impl IntoView {
    let state = use_view().state;
    let articles = &corpus().articles;
    let asked = RwSignal::new(1);
    let chosen = move || state.with(|s| s.article.as_deref().and_then(|id| articles.iter().position(|a| a.id == id)));
    let pages = Memo::new(move |_| asked.get().max(chosen().map_or(0, |at| at / LIST_PAGE + 1)));
    let page = move |k: usize| {
        let items = articles.iter().skip(k * LIST_PAGE).take(LIST_PAGE);
        items.map(|article| view! { <ArticleItem article /> }).collect_view()
    };
    let left = move || articles.len().saturating_sub(pages.get() * LIST_PAGE);
    view! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">"Sources"</h2>
            <ul class="article-list">
                {(0..articles.len().div_ceil(LIST_PAGE)).map(|k| view! {
                    <Show when=move || { pages.get() > k }>{move || page(k)}</Show>
                }).collect_view()}
            </ul>
            <p class="show-more" hidden=move || left() == 0>
                <button type="button" on:click=move |_| asked.set(pages.get_untracked() + 1)>
                    {move || format!("Show {} more of the {} sources not listed yet", left().min(LIST_PAGE), left())}
                </button>
            </p>
        </section>
    }
}

#[component]
fn ArticleItem(article: &'static Article) -> impl IntoView {
    let state = use_view().state;
    let id = article.id.as_ref();
    let open = Memo::new(move |_| state.with(|s| s.article.as_deref() == Some(id)));
    let reader_id = format!("reader-{id}");
    let copy = article.copy_of.as_deref().and_then(crate::corpus::article).and_then(|a| a.outlet.as_deref());
    let published = article.published.date.as_deref().and_then(PartialDate::parse);
    let date_label = match published {
        Some(date) => {
            let time = article.published.time.as_deref().map(|t| format!(", {t}")).unwrap_or_default();
            format!("{}{time}", date.short_label())
        }
        None => "date unknown".to_string(),
    };
    view! {
        <li class="article" data-article=article.id.as_ref()>
            <span class="outlet">{article.outlet.as_deref().unwrap_or("Unknown outlet")}</span>
            <span class="article-title">
                {article.title.as_deref().unwrap_or(article.file.as_ref())}
            </span>
            <span class="published">
                <time datetime=article.published.date.as_deref().unwrap_or_default()>{date_label}</time>
                {article.published.inferred.then(|| {
                    let why = article.published.evidence.as_deref().unwrap_or("not stated in the article");
                    view! { <span class="inferred" title=format!("Inferred: {why}")>" (inferred)"</span> }
                })}
            </span>
            {copy.map(|from| view! { <span class="repost">{format!("Copies {from}'s report")}</span> })}
            <button
                type="button"
                class="read"
                aria-expanded=move || open.get().to_string()
                aria-controls=reader_id.clone()
                on:click=move |_| state.update(|s| {
                    s.article = if s.article.as_deref() == Some(id) { None } else { Some(id.to_string()) }
                })
            >
                {move || if open.get() { "Close the article" } else { "Read the article" }}
            </button>
            <Show when=move || open.get()>
                <ArticleReader article id=reader_id.clone() />
            </Show>
        </li>
    }
}
