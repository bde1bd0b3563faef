//! Properties of the extraction over arbitrary input: it never panics, and
//! everything it reports as text of an article is verbatim source text.

use newsline_extract::{extract, Input, Source};
use proptest::prelude::*;

/// Text that looks like scraped news: words, names, quotes of every kind,
/// datelines, dates, weekdays, navigation noise, odd white space and any char.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Lavrov said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(" on Friday".to_string()),
        Just("On Thursday, ".to_string()),
        Just("MOSCOW, October 7. /TASS/. ".to_string()),
        Just("7 Oct, 2016 12:29\n".to_string()),
        Just("date 2016-10-07 ".to_string()),
        Just("Russian Foreign Minister Sergey Lavrov".to_string()),
        Just("the minister".to_string()),
        Just(" he said.".to_string()),
        Just("al-Nusra".to_string()),
        Just("back in February".to_string()),
        Just("within two months".to_string()),
        Just("RT reports:\n".to_string()),
        Just("icon bookmark-bicon chevron downicon closeicon fbicon mailicon ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        "[A-Za-z]{1,12}",
        "\\PC{0,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.join(" "))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn any_input_is_extracted_without_panic_and_mentions_are_verbatim(
        texts in prop::collection::vec(newsy_text(), 1..4)
    ) {
        let inputs: Vec<Input> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| Input { file: format!("{i:03}.txt"), text: text.clone() })
            .collect();
        let corpus = extract(&inputs, &[Source::default()]);
        prop_assert_eq!(corpus.articles.len(), inputs.len());
        for (article, input) in corpus.articles.iter().zip(&inputs) {
            for s in article.sentences.iter() {
                prop_assert_eq!(&input.text[s.start as usize..s.end as usize], s.text.as_ref());
            }
        }
        for event in corpus.events.iter() {
            prop_assert!(!event.mentions.is_empty());
            for m in event.mentions.iter() {
                let input = &inputs[corpus.articles.iter().position(|a| a.id == m.article).unwrap()];
                prop_assert!(squash(&input.text).contains(&squash(&m.text)));
            }
        }
        for q in corpus.quotes.iter() {
            let input = &inputs[corpus.articles.iter().position(|a| a.id == q.article).unwrap()];
            prop_assert!(input.text.contains(q.text.as_ref()));
            if let Some(speaker) = &q.speaker {
                prop_assert!(corpus.actors.iter().any(|a| &a.id == speaker));
            }
        }
    }

    #[test]
    fn time_expressions_never_panic(sentence in "\\PC{0,200}", day in 1u32..28) {
        let reference = chrono::NaiveDate::from_ymd_opt(2016, 10, day);
        let _ = newsline_extract::timex::find(&sentence, reference);
    }
}
