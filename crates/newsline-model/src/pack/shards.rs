//! A large corpus split in two: the index the page embeds (what it filters and draws) and
//! shards of whole articles, fetched when one is read; plus the quotes in shards of their own,
//! which the page's search reads in idle time.
//!
//! All are written with [`super::pack`], in the same format: an article shard is a [`Corpus`]
//! holding only its articles and their quotes (whole), the index a [`Corpus`] whose articles have
//! an empty `text` and no `sentences`, whose mentions have an empty `text` when it is the text of
//! the sentence they point at (it always is, as extracted; any other is kept), and whose quotes
//! have an empty `text` and no `attribution` (the quoted words are a span of the article's text,
//! nearly free in its shard): a mention's text comes back with its article's shard
//! ([`mention_text`]), a quote whole with its article's shard or its quote shard. Article shard
//! `n` holds the articles from `starts[n]` to `starts[n + 1]` (or the end), in the index's order;
//! quote shard `n` the quotes (whole, each with its event) from `quote_starts[n]`, in the index's
//! order.

use crate::*;
use std::collections::HashMap;

/// A corpus split by [`split`].
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub index: Corpus,
    pub shards: Vec<Corpus>,
    /// The position (in `index.articles`) of each shard's first article.
    pub starts: Vec<u32>,
    /// The quotes whole, about `shard_bytes` of quoted words each (only `quotes` is filled).
    pub quote_shards: Vec<Corpus>,
    /// The position (in `index.quotes`) of each quote shard's first quote.
    pub quote_starts: Vec<u32>,
}

/// Splits `corpus` into an index and shards of whole articles, each holding about
/// `shard_bytes` of article text (at least one article; an article is never cut), and shards
/// of quotes, about `shard_bytes` of quoted words each.
pub fn split(corpus: &Corpus, shard_bytes: usize) -> Split {
    let (shards, starts) = chunks(&corpus.articles, shard_bytes, |a| a.text.len() + a.sentences.iter().map(|s| s.text.len()).sum::<usize>());
    let shard_of_article: HashMap<&str, usize> = shards.iter().enumerate().flat_map(|(n, articles)| articles.iter().map(move |a| (a.id.as_ref(), n))).collect();
    let mut shard_quotes = vec![Vec::new(); shards.len()];
    let mut quotes = Vec::with_capacity(corpus.quotes.len());
    for q in corpus.quotes.iter() {
        match shard_of_article.get(q.article.as_ref()) {
            Some(&n) => {
                shard_quotes[n].push(q.clone());
                quotes.push(Quote { text: Passage::default(), attribution: None, ..q.clone() });
            }
            None => quotes.push(q.clone()),
        }
    }
    let articles = corpus.articles.iter().map(|a| Article { text: Passage::default(), sentences: Cow::Borrowed(&[]), ..a.clone() }).collect();
    let by_id: HashMap<&str, &Article> = corpus.articles.iter().map(|a| (a.id.as_ref(), a)).collect();
    let events = with_mentions(&corpus.events, |m| {
        let sentence = by_id.get(m.article.as_ref()).and_then(|a| a.sentences.get(m.sentence as usize));
        if sentence.is_some_and(|s| s.text == m.text) {
            Passage::default()
        } else {
            m.text.clone()
        }
    });
    let index = Corpus { articles: Cow::Owned(articles), events, quotes: Cow::Owned(quotes), ..corpus.clone() };
    let shards = shards
        .into_iter()
        .zip(shard_quotes)
        .map(|(articles, quotes)| Corpus { articles: Cow::Owned(articles), quotes: Cow::Owned(quotes), ..Corpus::default() })
        .collect();
    let (quote_shards, quote_starts) = chunks(&corpus.quotes, shard_bytes, |q| q.text.len());
    let quote_shards = quote_shards.into_iter().map(|quotes| Corpus { quotes: Cow::Owned(quotes), ..Corpus::default() }).collect();
    Split { index, shards, starts, quote_shards, quote_starts }
}

/// `items` cut in runs of about `bytes` (by `size`, at least one item each), and the position
/// of each run's first item.
fn chunks<T: Clone>(items: &[T], bytes: usize, size: impl Fn(&T) -> usize) -> (Vec<Vec<T>>, Vec<u32>) {
    let mut runs: Vec<Vec<T>> = Vec::new();
    let mut starts = Vec::new();
    let mut filled = usize::MAX;
    for (i, item) in items.iter().enumerate() {
        if filled >= bytes {
            runs.push(Vec::new());
            starts.push(u32::try_from(i).expect("fewer than 4 G items"));
            filled = 0;
        }
        filled += size(item);
        runs.last_mut().expect("a run was just pushed").push(item.clone());
    }
    (runs, starts)
}

/// The events with each mention's text made by `text`.
fn with_mentions(events: &[Event], text: impl Fn(&Mention) -> Passage) -> List<Event> {
    let event = |e: &Event| Event { mentions: Cow::Owned(e.mentions.iter().map(|m| Mention { text: text(m), ..m.clone() }).collect()), ..e.clone() };
    Cow::Owned(events.iter().map(event).collect())
}

/// A mention's text: its own, or (split off into the shards) its sentence's in `article`, the
/// whole article it names.
pub fn mention_text<'a>(mention: &'a Mention, article: &'a Article) -> &'a str {
    match &*mention.text {
        "" => article.sentences.get(mention.sentence as usize).map_or("", |s| &*s.text),
        text => text,
    }
}

/// The shard holding the item at `position` of the index's articles (with `starts`) or quotes
/// (with `quote_starts`).
pub fn shard_of(starts: &[u32], position: usize) -> usize {
    starts.partition_point(|&start| start as usize <= position).saturating_sub(1)
}

/// The whole corpus again: the index with each article's text and sentences, and each quote's
/// text and attribution, taken from the article's shard (an article whose shard is missing keeps
/// the index's empty ones, and so do its quotes).
pub fn merge(index: &Corpus, shards: &[Corpus]) -> Corpus {
    let whole: HashMap<&str, &Article> = shards.iter().flat_map(|s| s.articles.iter()).map(|a| (a.id.as_ref(), a)).collect();
    let quotes: HashMap<&str, &Quote> = shards.iter().flat_map(|s| s.quotes.iter()).map(|q| (q.id.as_ref(), q)).collect();
    let articles = index.articles.iter().map(|a| whole.get(a.id.as_ref()).map_or_else(|| a.clone(), |&w| w.clone())).collect();
    // The sentence's own passage, shared rather than copied.
    let events = with_mentions(&index.events, |m| match whole.get(m.article.as_ref()) {
        Some(a) if m.text.is_empty() => a.sentences.get(m.sentence as usize).map_or_else(Passage::default, |s| s.text.clone()),
        _ => m.text.clone(),
    });
    let quotes = index.quotes.iter().map(|q| quotes.get(q.id.as_ref()).map_or_else(|| q.clone(), |&w| w.clone())).collect();
    Corpus { articles: Cow::Owned(articles), events, quotes: Cow::Owned(quotes), ..index.clone() }
}
