//! A large corpus split in two: the index the page embeds (everything but the articles'
//! text and sentences) and shards of whole articles, fetched when one is read.
//!
//! Both are written with [`super::pack`], in the same format: a shard is a [`Corpus`] holding
//! only its articles (whole), the index a [`Corpus`] whose articles have an empty `text` and no
//! `sentences`. The mentions' and quotes' texts stay in the index (stored there on their own,
//! since the article text they were spans of is not), so the search, the event comparison and
//! the quotes need no shard. Shard `n` holds the articles from `starts[n]` to `starts[n + 1]`
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
    let index = Corpus { articles: Cow::Owned(articles), ..corpus.clone() };
    let shards = shards.into_iter().map(|articles| Corpus { articles: Cow::Owned(articles), ..Corpus::default() }).collect();
    Split { index, shards, starts }
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
    Corpus { articles: Cow::Owned(articles), ..index.clone() }
}
