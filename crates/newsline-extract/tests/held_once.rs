//! The corpus holds each article's text once (issue 11, bounded memory): its sentences, the
//! events' mentions and summaries and the quotes are spans of the article's text, sharing its
//! bytes, never copies. (The JSON, CSV, TimelineJS and packed exports write the same text as
//! when each was a string of its own: the snapshot test and the exports' own tests say so.)

use newsline_model::{Article, Corpus, Passage};
use std::path::Path;

fn seeds() -> Corpus {
    newsline_extract::extract_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds").corpus
}

fn article<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
    corpus.articles.iter().find(|a| a.id == id).expect("a mention's or quote's article is in the corpus")
}

/// Whether `passage` is a span of the article's text: the same bytes, not equal ones.
fn shares(article: &Article, passage: &Passage) -> bool {
    article.text.offset_of(passage).is_some()
}

#[test]
fn sentences_mentions_summaries_and_quotes_share_their_articles_text() {
    let corpus = seeds();
    for a in corpus.articles.iter() {
        assert!(a.sentences.iter().all(|s| shares(a, &s.text)), "{}: a sentence of its own", a.id);
    }
    for e in corpus.events.iter() {
        for m in e.mentions.iter() {
            let a = article(&corpus, &m.article);
            assert!(shares(a, &m.text), "{}: mention {m:?} copied", e.id);
            assert_eq!(m.text, a.sentences[m.sentence as usize].text, "{}: the mention is its sentence", e.id);
        }
        let summary_shared = e.mentions.iter().any(|m| shares(article(&corpus, &m.article), &e.summary));
        assert!(summary_shared, "{}: summary {:?} copied", e.id, e.summary);
    }
    for q in corpus.quotes.iter() {
        let a = article(&corpus, &q.article);
        assert!(shares(a, &q.text), "{}: quote {:?} copied", q.id, q.text);
        assert!(q.attribution.as_ref().is_none_or(|at| shares(a, at)), "{}: attribution {:?} copied", q.id, q.attribution);
    }
}
