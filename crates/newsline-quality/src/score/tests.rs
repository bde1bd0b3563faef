use super::*;
use crate::readings::{ActorReading, EventReading, QuoteReading};
use newsline_model::{Actor, ActorKind, Article, Corpus, Event, Mention, Precision, Published, Quote, Sentence};
use std::borrow::Cow;

fn article(id: &str, outlet: &str, date: &str, sentences: &[&str]) -> Article {
    Article {
        id: id.to_string().into(),
        file: format!("{id}.txt").into(),
        outlet: Some(outlet.to_string().into()),
        outlet_source: None,
        agency: None,
        url: None,
        title: None,
        published: Published { date: Some(date.to_string().into()), time: None, inferred: false, evidence: None },
        text: sentences.join(" ").into(),
        sentences: sentences.iter().map(|s| Sentence { text: s.to_string().into(), start: 0, end: 0, paragraph: 0, heading: false }).collect::<Vec<_>>().into(),
        copy_of: None,
    }
}

fn event(id: &str, date: &str, mentions: &[(&str, u32)]) -> Event {
    Event {
        id: id.to_string().into(),
        date: Some(date.to_string().into()),
        time: None,
        precision: Precision::Day,
        date_inferred: false,
        anchor: None,
        summary: "".into(),
        headline: None,
        actors: Cow::Borrowed(&[]),
        mentions: mentions
            .iter()
            .map(|(a, s)| Mention { article: a.to_string().into(), text: "".into(), sentence: *s, passing: false })
            .collect::<Vec<_>>()
            .into(),
    }
}

fn person(id: &str, name: &str, aliases: &[&str]) -> Actor {
    Actor {
        id: id.to_string().into(),
        name: name.to_string().into(),
        kind: ActorKind::Person,
        aliases: aliases.iter().map(|a| Cow::Owned(a.to_string())).collect::<Vec<_>>().into(),
        roles: Cow::Borrowed(&[]),
    }
}

fn reading(file: &str, outlet: &str, published: &str, events: &[(&str, &str, &str)]) -> ArticleReading {
    ArticleReading {
        file: file.into(),
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        event: events.iter().map(|(e, d, k)| EventReading { event: e.to_string(), date: d.to_string(), key: k.to_string() }).collect(),
        ..Default::default()
    }
}

/// Two outlets tell one statement; the second also reports a vote the first does not.
fn corpus() -> (Corpus, HashMap<String, String>) {
    let a = article("a", "Reuters", "2016-09-30", &["Kerry said on Thursday talks were near collapse.", "\u{201c}It is no idle threat,\u{201d} Kirby said."]);
    let b = article("b", "The Gulf Times", "2016-09-30", &["The U.S. secretary of state said talks were near collapse.", "Parliament voted on Friday."]);
    let corpus = Corpus {
        articles: vec![a, b].into(),
        actors: vec![person("john-kirby", "John Kirby", &["Kirby"]), person("john-kerry", "John Kerry", &["Kerry"])].into(),
        events: vec![event("e1", "2016-09-29", &[("a", 0), ("b", 0)]), event("e2", "2016-09-29", &[("b", 1)])].into(),
        quotes: vec![Quote {
            id: "q1".into(),
            article: "a".into(),
            speaker: Some("john-kirby".into()),
            attribution: None,
            speaker_inferred: false,
            text: "It is no idle threat,".into(),
            event: None,
            sentence: 1,
        }]
        .into(),
    };
    let raw = corpus.articles.iter().map(|a| (a.file.to_string(), a.text.to_string())).collect();
    (corpus, raw)
}

#[test]
fn a_corpus_that_matches_its_readings_scores_everything_right() {
    let (corpus, raw) = corpus();
    let mut first = reading("a.txt", "Reuters", "2016-09-30", &[("call", "2016-09-29", "Kerry said on Thursday")]);
    first.quote.push(QuoteReading { speaker: "John Kirby".into(), key: "It is no idle threat".into() });
    first.actor.push(ActorReading { name: "John Kerry".into(), aliases: vec!["Kerry".into(), "U.S. Secretary of State John Kerry".into()] });
    let second =
        reading("b.txt", "Gulf Times", "2016-09-30", &[("call", "2016-09-29", "talks were near collapse"), ("vote", "2016-09-30", "Parliament voted")]);
    let report = score(&corpus, &raw, &[first, second]);
    assert_eq!(report.outlet, Tally { right: 2, total: 2 }, "\"The Gulf Times\" is \"Gulf Times\"");
    assert_eq!(report.published, Tally { right: 2, total: 2 });
    assert_eq!(report.together_across, Tally { right: 1, total: 1 });
    assert_eq!(report.apart, Tally { right: 2, total: 2 });
    assert_eq!(report.quotes, Tally { right: 1, total: 1 });
    assert_eq!(report.aliases, Tally { right: 2, total: 2 }, "a role before the full name resolves: {:?}", report.misses);
    // The vote is dated the 29th by the extraction but read as the 30th.
    assert_eq!(report.event_dates, Tally { right: 2, total: 3 });
    assert!(report.reading_errors.is_empty());
}

#[test]
fn splits_merges_wrong_speakers_and_wrong_outlets_are_counted_wrong() {
    let (mut corpus, raw) = corpus();
    // Split the statement, and merge the vote into it.
    corpus.events = vec![event("e1", "2016-09-29", &[("a", 0)]), event("e2", "2016-09-29", &[("b", 0), ("b", 1)])].into();
    corpus.quotes.to_mut()[0].speaker = Some("john-kerry".into());
    let mut first = reading("a.txt", "AFP", "2016-09-29", &[("call", "2016-09-29", "Kerry said on Thursday")]);
    first.quote.push(QuoteReading { speaker: "John Kirby".into(), key: "no idle threat".into() });
    let second =
        reading("b.txt", "Gulf Times", "2016-09-30", &[("call", "2016-09-29", "talks were near collapse"), ("vote", "2016-09-30", "Parliament voted")]);
    let report = score(&corpus, &raw, &[first, second]);
    assert_eq!(report.outlet, Tally { right: 1, total: 2 });
    assert_eq!(report.published, Tally { right: 1, total: 2 });
    assert_eq!(report.together_across, Tally { right: 0, total: 1 });
    assert_eq!(report.apart, Tally { right: 1, total: 2 });
    assert_eq!(report.quotes, Tally { right: 0, total: 1 });
}

#[test]
fn keys_missing_from_the_text_are_reading_errors_and_dropped_sentences_are_misses() {
    let (corpus, mut raw) = corpus();
    raw.get_mut("a.txt").unwrap().push_str(" Share this article on social media.");
    let first = reading("a.txt", "Reuters", "2016-09-30", &[("x", "2016-09-29", "words nobody wrote"), ("y", "2016-09-29", "share this article")]);
    let report = score(&corpus, &raw, &[first]);
    assert_eq!(report.reading_errors.len(), 1);
    assert_eq!(report.event_dates, Tally { right: 0, total: 1 }, "a dropped sentence has no event, so no date");
}

#[test]
fn keys_in_an_article_title_are_counted_apart() {
    let (mut corpus, raw) = corpus();
    corpus.articles.to_mut()[0].title = Some("Kerry warns Russia".into());
    let first = reading("a.txt", "Reuters", "2016-09-30", &[("call", "2016-09-29", "Kerry warns Russia")]);
    let report = score(&corpus, &raw, &[first]);
    assert_eq!((report.title_keys, report.event_dates.total), (1, 0));
}

#[test]
fn folding_unifies_quote_marks_dashes_case_and_spaces() {
    assert_eq!(norm("  Russia\u{2019}s  \u{201c}plan\u{201d} \u{2014} Lavrov "), "russia's \"plan\" - lavrov");
    assert_eq!(name_key("Mr de Mistura"), "de mistura");
    assert_eq!(name_key("Sergey Lavrov"), name_key("Sergei Lavrov"));
    assert!(contains_words("russian foreign minister sergei lavrov", "sergei lavrov"));
    assert!(!contains_words("sergei lavrova", "sergei lavrov"));
}

#[test]
fn the_readers_draw_marks_passing_mentions() {
    let (mut corpus, _) = corpus();
    let mut events = corpus.events.to_vec();
    events[1].mentions.to_mut()[0].passing = true;
    events[1].mentions.to_mut()[0].text = "Parliament voted on Friday.".into();
    corpus.events = events.into();
    let draw = crate::sample(&corpus, 2, 0);
    assert!(draw.contains("- [The Gulf Times] (in passing) Parliament voted on Friday."), "{draw}");
    assert!(!draw.contains("- [Reuters] (in passing)"), "{draw}");
}

#[test]
fn a_draw_is_the_same_for_a_seed_and_another_for_another_seed() {
    let (mut corpus, _) = corpus();
    corpus.events = (1..=40).map(|n| event(&format!("e{n}"), "2016-09-29", &[("a", 0)])).collect::<Vec<_>>().into();
    let drawn = |seed: u64| -> Vec<String> {
        let text = crate::sample(&corpus, 15, seed);
        text.lines().filter_map(|l| l.split_whitespace().next().filter(|w| w.starts_with('e')).map(String::from)).collect()
    };
    let first = drawn(0);
    assert_eq!(first.len(), 15);
    assert_eq!(first.iter().collect::<std::collections::HashSet<_>>().len(), 15, "no event twice");
    assert_eq!(drawn(0), first);
    assert_ne!(drawn(7), first);
    assert_eq!(drawn(7), drawn(7));
}

#[test]
fn the_readers_draw_names_an_event_by_its_title_as_the_page_does() {
    let (mut corpus, _) = corpus();
    let mut events = corpus.events.to_vec();
    events[0].headline = Some("the Monday strike on an aid convoy".into());
    corpus.events = events.into();
    let draw = crate::sample(&corpus, 2, 0);
    let summary = corpus.events[0].summary.to_string();
    assert!(draw.contains(&format!(")\n  the Monday strike on an aid convoy\n  as told: {summary}\n")), "{draw}");
    // An event without a headline is named by its summary, with no "as told" line.
    assert_eq!(draw.matches("as told:").count(), 1, "{draw}");
}
