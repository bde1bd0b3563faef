//! The seeds' corpus comes back unchanged from the packed format the app embeds
//! (`newsline_model::pack`, written by the app's `build.rs`).
use newsline_model::pack::{pack, unpack};
use std::path::Path;

#[test]
fn the_seeds_corpus_round_trips_through_the_packed_format() {
    let extraction = newsline_extract::extract_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds");
    let blob: &'static [u8] = Box::leak(pack(&extraction.corpus).into_boxed_slice());
    assert_eq!(unpack(blob).expect("the packed seeds read back"), extraction.corpus);
    // Text is stored once: sentences, mentions and quotes are spans of their article's
    // text, so the blob is the articles' text and a little more.
    let article_text: usize = extraction.corpus.articles.iter().map(|a| a.text.len()).sum();
    assert!(blob.len() < article_text * 3 / 2, "{} bytes packed for {article_text} bytes of article text", blob.len());
}
