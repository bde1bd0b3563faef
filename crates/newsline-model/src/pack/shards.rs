//! A large corpus split in two: the index the page embeds (everything but the articles'
//! text and sentences) and shards of whole articles, fetched when one is read.
//!
//! Both are written with [`super::pack`], in the same format: a shard is a [`Corpus`] holding
//! only its articles (whole), the index a [`Corpus`] whose articles have an empty `text` and no
//! `sentences`, and whose mentions have an empty `text` when it is the text of the sentence they
//! point at (it always is, as extracted; any other is kept): a mention's text comes back with
//! its article's shard ([`mention_text`]). The quotes' texts stay in the index. Shard `n` holds the articles from `starts[n]` to `starts[n + 1]`
//! (or the end), in the index's order.

use crate::*;

/// A corpus split by [`split`].
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub index: Corpus,
    pub shards: Vec<Corpus>,
    /// The position (in `index.articles`) of each shard's first article.
    pub starts: Vec<u32>,
}

/// Splits `corpus` into an index and shards of whole articles, each holding about
/// `shard_bytes` of article text (at least one article; an article is never cut).
pub fn split(corpus: &Corpus, shard_bytes: usize) -> Split {
    let mut shards: Vec<Vec<Article>> = Vec::new();
    let mut starts = Vec::new();
    let mut filled = usize::MAX;
    for (i, article) in corpus.articles.iter().enumerate() {
        if filled >= shard_bytes {
            shards.push(Vec::new());
            starts.push(u32::try_from(i).expect("fewer than 4 G articles"));
            filled = 0;
        }
        filled += article.text.len() + article.sentences.iter().map(|s| s.text.len()).sum::<usize>();
        shards.last_mut().expect("a shard was just pushed").push(article.clone());
    }
    let articles = corpus.articles.iter().map(|a| Article { text: Cow::Borrowed(""), sentences: Cow::Borrowed(&[]), ..a.clone() }).collect();
    let by_id: std::collections::HashMap<&str, &Article> = corpus.articles.iter().map(|a| (a.id.as_ref(), a)).collect();
    let events = with_mentions(&corpus.events, |m| {
        let sentence = by_id.get(m.article.as_ref()).and_then(|a| a.sentences.get(m.sentence as usize));
        if sentence.is_some_and(|s| s.text == m.text) {
            Cow::Borrowed("")
        } else {
            m.text.clone()
        }
    });
    let index = Corpus { articles: Cow::Owned(articles), events, ..corpus.clone() };
    let shards = shards.into_iter().map(|articles| Corpus { articles: Cow::Owned(articles), ..Corpus::default() }).collect();
    Split { index, shards, starts }
}

/// The events with each mention's text made by `text`.
fn with_mentions(events: &[Event], text: impl Fn(&Mention) -> Text) -> List<Event> {
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

/// The shard holding the article at `position` of the index's articles.
pub fn shard_of(starts: &[u32], position: usize) -> usize {
    starts.partition_point(|&start| start as usize <= position).saturating_sub(1)
}

/// The whole corpus again: the index with each article's text and sentences taken from its
/// shard (an article whose shard is missing keeps the index's empty ones).
pub fn merge(index: &Corpus, shards: &[Corpus]) -> Corpus {
    let whole: std::collections::HashMap<&str, &Article> = shards.iter().flat_map(|s| s.articles.iter()).map(|a| (a.id.as_ref(), a)).collect();
    let articles = index.articles.iter().map(|a| whole.get(a.id.as_ref()).map_or_else(|| a.clone(), |&w| w.clone())).collect();
    let events = with_mentions(&index.events, |m| whole.get(m.article.as_ref()).map_or_else(|| m.text.clone(), |a| Cow::Owned(mention_text(m, a).to_string())));
    Corpus { articles: Cow::Owned(articles), events, ..index.clone() }
}
