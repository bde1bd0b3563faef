use super::*;

/// Packs and leaks the blob, as the app's blob is `'static`.
fn packed(corpus: &Corpus) -> &'static [u8] {
    Box::leak(pack(corpus).into_boxed_slice())
}

fn text(s: &str) -> Text {
    Cow::Owned(s.to_string())
}

fn passage(s: &str) -> Passage {
    Passage::whole(s.to_string())
}

/// Every kind of value: empty lists and strings, non-ASCII text, None and Some fields,
/// strings found in their article's text and strings that are not.
fn edge_cases() -> Corpus {
    let story = "Lavrov said: «Aleppo» — 19 سبتمبر. The talks ended.\n\nA second paragraph 🙂.";
    let sentence = |s: &str, paragraph| Sentence { text: passage(s), start: 3, end: u32::MAX, paragraph, heading: paragraph == 1 };
    let article = Article {
        id: text("a-1"),
        file: text("a 1.txt"),
        outlet: Some(text("Gulf Times")),
        outlet_source: None,
        agency: Some(text("")),
        url: None,
        title: Some(text("Ünïcödé title")),
        published: Published { date: Some(text("2016-09-19")), time: None, inferred: true, evidence: Some(text("19 سبتمبر")) },
        text: passage(story),
        sentences: Cow::Owned(vec![
            sentence("Lavrov said: «Aleppo» — 19 سبتمبر.", 0),
            sentence("The talks ended.", 0),
            sentence("A second paragraph 🙂.", 1),
            sentence("not in the text", 1),
            sentence("", 2),
        ]),
        copy_of: None,
    };
    let empty_article = Article {
        id: text(""),
        file: text(""),
        outlet: None,
        outlet_source: None,
        agency: None,
        url: None,
        title: None,
        published: Published { date: None, time: None, inferred: false, evidence: None },
        text: passage(""),
        sentences: Cow::Owned(vec![]),
        copy_of: Some(text("a-1")),
    };
    let actor = |id: &str, kind, aliases: Vec<Text>| Actor { id: text(id), name: text(id), kind, aliases: Cow::Owned(aliases), roles: Cow::Owned(vec![]) };
    let event = |id: &str, precision, headline| Event {
        id: text(id),
        date: Some(text("2016-09")),
        time: Some(text("14:05")),
        precision,
        date_inferred: precision == Precision::Unknown,
        anchor: None,
        summary: passage("The talks ended."),
        headline,
        actors: Cow::Owned(vec![text("lavrov")]),
        mentions: Cow::Owned(vec![
            Mention { article: text("a-1"), text: passage("The talks ended."), sentence: 1, passing: true },
            Mention { article: text("a-1"), text: passage("Lavrov"), sentence: 0, passing: false },
        ]),
    };
    Corpus {
        articles: Cow::Owned(vec![article, empty_article]),
        actors: Cow::Owned(vec![
            actor("lavrov", ActorKind::Person, vec![text("Sergei Lavrov"), text("")]),
            actor("un", ActorKind::Organization, vec![]),
            actor("syria", ActorKind::Country, vec![]),
            actor("?", ActorKind::Other, vec![]),
        ]),
        events: Cow::Owned(vec![
            event("e1", Precision::Day, Some(text("the September 19 talks"))),
            event("e2", Precision::Month, None),
            event("e3", Precision::Year, None),
            event("e4", Precision::Unknown, None),
        ]),
        quotes: Cow::Owned(vec![Quote {
            id: text("q1"),
            article: text("a-1"),
            speaker: Some(text("lavrov")),
            attribution: Some(passage("Lavrov said")),
            speaker_inferred: false,
            text: passage("Aleppo"),
            event: None,
            sentence: 0,
        }]),
    }
}

#[test]
fn round_trips_edge_cases() {
    let corpus = edge_cases();
    assert_eq!(unpack(packed(&corpus)).unwrap(), corpus);
}

#[test]
fn round_trips_an_empty_corpus() {
    assert_eq!(unpack(packed(&Corpus::default())).unwrap(), Corpus::default());
}

#[test]
fn text_is_borrowed_and_stored_once() {
    let corpus = edge_cases();
    let blob = packed(&corpus);
    let unpacked = unpack(blob).unwrap();
    assert!(blob.as_ptr_range().contains(&unpacked.articles[0].sentences[0].text.as_ptr()));
    assert!(matches!(unpacked.events[0].headline, Some(Cow::Borrowed(_))));
    // Sentences, the quote and the mentions are spans of the article text, not copies.
    let story = &corpus.articles[0].text;
    assert_eq!(blob.windows(story.len()).filter(|w| *w == story.as_bytes()).count(), 1);
    assert_eq!(blob.windows(b"The talks ended.".len()).filter(|w| w == b"The talks ended.").count(), 1);
    assert_eq!(blob.windows(b"Aleppo".len()).filter(|w| w == b"Aleppo").count(), 1);
}

#[test]
fn every_truncation_is_an_error() {
    let blob = pack(&edge_cases());
    for length in 0..blob.len() {
        let cut: &'static [u8] = Box::leak(blob[..length].to_vec().into_boxed_slice());
        assert!(unpack(cut).is_err(), "a blob cut at {length} of {} bytes was read", blob.len());
    }
}

#[test]
fn corrupt_bytes_never_panic() {
    let blob = pack(&edge_cases());
    // Every byte set to values that break lengths, flags, varints and UTF-8.
    for at in 0..blob.len() {
        for value in [0x00, 0x01, 0x7f, 0x80, 0xc3, 0xff] {
            let mut corrupt = blob.clone();
            corrupt[at] = value;
            let _ = unpack(Box::leak(corrupt.into_boxed_slice()));
        }
    }
}

#[test]
fn names_what_is_wrong() {
    let mut blob = pack(&Corpus::default());
    blob[MAGIC.len()] = VERSION + 1;
    let error = unpack(Box::leak(blob.into_boxed_slice())).unwrap_err();
    assert_eq!(error.at, MAGIC.len());
    assert!(error.to_string().contains("another format version"), "{error}");
    assert_eq!(unpack(b"JSON{}").unwrap_err().problem, "not a packed corpus (wrong magic bytes)");
    let mut trailing = pack(&Corpus::default());
    trailing.push(0);
    assert!(unpack(Box::leak(trailing.into_boxed_slice())).is_err());
}

#[test]
fn varints_cover_u32() {
    let sentence = |start| Sentence { text: passage(""), start, end: 0, paragraph: 0, heading: false };
    let mut corpus = edge_cases();
    corpus.articles.to_mut()[0].sentences = Cow::Owned([0, 127, 128, 16_383, 16_384, u32::MAX - 1, u32::MAX].map(sentence).to_vec());
    assert_eq!(unpack(packed(&corpus)).unwrap(), corpus);
    // A sixth varint byte, or a fifth one with bits past 32, is refused.
    let mut reader = Reader { bytes: &[0xff, 0xff, 0xff, 0xff, 0x1f], at: 0, table: "", error: None };
    reader.varint();
    assert_eq!(reader.error.map(|e| e.problem), Some("varint over 32 bits"));
}

/// The index and the shards, each packed and read back, make the same corpus again, at
/// every shard size (one article per shard, several, all in one).
#[test]
fn split_round_trips() {
    let mut corpus = edge_cases();
    let mut more = corpus.articles.to_vec();
    for n in 0..5 {
        let mut copy = more[0].clone();
        copy.id = text(&format!("more-{n}"));
        copy.text = passage(&format!("{} Part {n}.", copy.text));
        more.push(copy);
    }
    corpus.articles = Cow::Owned(more);
    // A quote in each article, and one naming no article of the corpus (kept whole in the index).
    let mut quotes = corpus.quotes.to_vec();
    for n in 0..5 {
        let quote = Quote {
            id: text(&format!("q-more-{n}")),
            article: text(&format!("more-{n}")),
            text: passage(&format!("Part {n}")),
            attribution: None,
            ..quotes[0].clone()
        };
        quotes.push(quote);
    }
    quotes.push(Quote {
        id: text("q-nowhere"),
        article: text("nowhere"),
        text: passage("Quoted nowhere"),
        attribution: Some(passage("someone said")),
        ..quotes[0].clone()
    });
    corpus.quotes = Cow::Owned(quotes);
    for shard_bytes in [0, 1, 150, 400, usize::MAX] {
        let split = shards::split(&corpus, shard_bytes);
        assert_eq!(split.shards.len(), split.starts.len());
        let index = unpack(packed(&split.index)).unwrap();
        assert!(index.articles.iter().all(|a| a.text.is_empty() && a.sentences.is_empty()));
        // The index keeps what the page filters, searches and draws; a mention's text is its
        // sentence's, from the shard (unless it is another text); a quote's words and
        // attribution are in its article's shard and in the quote shards, not in the index.
        assert_eq!(&index.actors, &corpus.actors);
        assert_eq!(index.quotes.len(), corpus.quotes.len());
        for (kept, whole) in index.quotes.iter().zip(corpus.quotes.iter()) {
            if whole.article == "nowhere" {
                assert_eq!(kept, whole);
            } else {
                assert_eq!(Quote { text: whole.text.clone(), attribution: whole.attribution.clone(), ..kept.clone() }, *whole);
                assert!(kept.text.is_empty() && kept.attribution.is_none());
            }
        }
        let blob = packed(&split.index);
        for gone in ["Aleppo", "Lavrov said", "Part 3"] {
            assert!(!blob.windows(gone.len()).any(|w| w == gone.as_bytes()), "{gone:?} is not in the index");
        }
        assert!(blob.windows(14).any(|w| w == b"Quoted nowhere"));
        let quote_shards: Vec<Corpus> = split.quote_shards.iter().map(|s| unpack(packed(s)).unwrap()).collect();
        assert_eq!(quote_shards.len(), split.quote_starts.len());
        assert_eq!(quote_shards.iter().flat_map(|s| s.quotes.iter().cloned()).collect::<Vec<_>>(), corpus.quotes.to_vec());
        for (position, quote) in corpus.quotes.iter().enumerate() {
            let shard = &quote_shards[shards::shard_of(&split.quote_starts, position)];
            assert!(shard.quotes.contains(quote), "quote {position} is in its quote shard");
            assert!(shard.articles.is_empty() && shard.events.is_empty());
        }
        assert_eq!(index.events.len(), corpus.events.len());
        for (kept, whole) in index.events.iter().zip(corpus.events.iter()) {
            assert_eq!(Event { mentions: whole.mentions.clone(), ..kept.clone() }, *whole);
            for (m, w) in kept.mentions.iter().zip(whole.mentions.iter()) {
                let article = corpus.articles.iter().find(|a| a.id == m.article);
                let sentence = article.and_then(|a| a.sentences.get(m.sentence as usize)).map(|s| &*s.text);
                assert_eq!(m.text.is_empty(), sentence == Some(&*w.text) && !w.text.is_empty() || w.text.is_empty());
                assert_eq!(article.map_or(&*m.text, |a| shards::mention_text(m, a)), &*w.text);
            }
        }
        let read: Vec<Corpus> = split.shards.iter().map(|s| unpack(packed(s)).unwrap()).collect();
        for (position, article) in corpus.articles.iter().enumerate() {
            let shard = &read[shards::shard_of(&split.starts, position)];
            assert!(shard.articles.iter().any(|a| a == article), "article {position} is in its shard");
            for quote in corpus.quotes.iter().filter(|q| q.article == article.id) {
                assert!(shard.quotes.contains(quote), "quote {} is whole in its article's shard", quote.id);
            }
        }
        // A shard missing leaves its articles' quotes as the index has them.
        let partial = shards::merge(&index, &read[..1]);
        let missing = partial.quotes.iter().filter(|q| q.text.is_empty()).count();
        assert_eq!(missing, read[1..].iter().map(|s| s.quotes.len()).sum::<usize>());
        assert_eq!(shards::merge(&index, &read), corpus, "shards of {shard_bytes} bytes");
    }
    assert_eq!(shards::split(&corpus, 0).shards.len(), corpus.articles.len());
    assert_eq!(shards::split(&corpus, 0).quote_shards.len(), corpus.quotes.len());
    assert_eq!(shards::split(&corpus, usize::MAX).quote_shards.len(), 1);
    assert_eq!(shards::split(&corpus, usize::MAX).shards.len(), 1);
}
