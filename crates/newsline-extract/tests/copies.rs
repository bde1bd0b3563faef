//! Copy detection and date inference with many copies of the seed articles: every copy
//! is found (35, 100 and 1,000 copies; at 35 none was found before), and the copies of
//! an undated article keep the date they infer from the articles that tell the same story.

use newsline_extract::{extract, read_seed_folder, Input, Source};
use newsline_model::Corpus;
use std::path::Path;

/// `copies` copies of each seed article named in `of` (all of them when empty), as
/// articles `cNNNN_<seed file>`, each with the seed's sources.toml entry.
fn with_copies(copies: usize, of: &[&str]) -> (Vec<Input>, Vec<Source>) {
    let seeds = read_seed_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds");
    let (mut inputs, mut sources) = (Vec::new(), Vec::new());
    for seed in &seeds.inputs {
        let n = if of.is_empty() || of.iter().any(|f| seed.file.starts_with(f)) { copies } else { 1 };
        for k in 0..n {
            let file = format!("c{k:04}_{}", seed.file);
            sources.extend(seeds.sources.iter().filter(|s| s.file == seed.file).map(|s| Source { file: file.clone(), ..s.clone() }));
            inputs.push(Input { file, text: seed.text.clone() });
        }
    }
    inputs.sort_by(|a, b| a.file.cmp(&b.file));
    (inputs, sources)
}

/// The seed file an article id comes from (`c0003_001_…` → `001`).
fn seed_of(id: &str) -> &str {
    &id[6..9]
}

fn check_every_copy_is_found(corpus: &Corpus, copies: usize) {
    // The first copy of each seed (c0000_) is the original; every later one copies the
    // original of its seed. The first copy of the repost (000) copies RT's (003).
    for article in corpus.articles.iter() {
        let copy_of = article.copy_of.as_deref();
        match (&article.id[..5], seed_of(&article.id)) {
            ("c0000", "000") => assert_eq!(copy_of.map(seed_of), Some("003"), "{}", article.id),
            ("c0000", _) => assert_eq!(copy_of, None, "{}", article.id),
            (_, seed) => {
                let source = copy_of.unwrap_or_else(|| panic!("{} of {copies} copies is not found a copy", article.id));
                assert_eq!((&source[..5], seed_of(source)), ("c0000", seed), "{} copies {source}", article.id);
            }
        }
    }
}

#[test]
fn every_copy_is_found_at_35_copies_of_each_seed() {
    let (inputs, sources) = with_copies(35, &[]);
    let corpus = extract(&inputs, &sources);
    assert_eq!(corpus.articles.len(), 5 * 35);
    check_every_copy_is_found(&corpus, 35);
    // The Gulf Times copies (001, undated) keep the date the others tell.
    for article in corpus.articles.iter().filter(|a| seed_of(&a.id) == "001") {
        assert_eq!(article.published.date.as_deref(), Some("2016-10-07"), "{}", article.id);
        assert!(article.published.inferred);
    }
}

#[test]
fn every_copy_is_found_at_100_copies_of_each_seed() {
    let (inputs, sources) = with_copies(100, &[]);
    check_every_copy_is_found(&extract(&inputs, &sources), 100);
}

#[test]
fn a_thousand_copies_of_the_dated_articles_keep_the_undated_ones_dated() {
    // 1,000 copies of each dated article (RT, The BRICS Post, the repost), one of each other.
    let (inputs, sources) = with_copies(1000, &["000", "003", "004"]);
    let corpus = extract(&inputs, &sources);
    let gulf_times = corpus.articles.iter().find(|a| seed_of(&a.id) == "001").unwrap();
    assert_eq!(gulf_times.published.date.as_deref(), Some("2016-10-07"));
    let evidence = gulf_times.published.evidence.as_deref().unwrap();
    assert!(evidence.ends_with("more)"), "a long list of voters is cut: {evidence}");
    for article in corpus.articles.iter().filter(|a| &a.id[..5] != "c0000") {
        let source = article.copy_of.as_deref().unwrap_or_else(|| panic!("{} is not found a copy", article.id));
        assert_eq!(seed_of(source), seed_of(&article.id));
    }
}

#[test]
fn many_copies_of_an_undated_article_all_keep_their_inferred_date() {
    let (inputs, sources) = with_copies(230, &["001"]);
    let corpus = extract(&inputs, &sources);
    let copies: Vec<_> = corpus.articles.iter().filter(|a| seed_of(&a.id) == "001").collect();
    assert_eq!(copies.len(), 230);
    for article in copies {
        assert_eq!((article.published.date.as_deref(), article.published.inferred), (Some("2016-10-07"), true), "{}", article.id);
    }
}
