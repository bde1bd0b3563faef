//! What a page's title says counts: actors named there in short forms of their own.

use newsline_extract::{extract, Input, Source};

#[test]
fn a_short_form_used_only_in_the_title_is_an_alias_of_its_actor() {
    let text = "Russia says Syrian aid convoy caught fire, was not shot up - Ifax\n\n\
        MOSCOW (Reuters) - The Russian defence ministry said on Tuesday that the aid convoy near Aleppo \
        had caught fire, the Interfax news agency reported.\n\n\
        It said there had been no air strike on the convoy, Interfax quoted a ministry spokesman as saying.\n";
    let corpus = extract(&[Input { file: "001.txt".into(), text: text.into() }], &[Source::default()]);
    assert_eq!(corpus.articles[0].title.as_deref(), Some("Russia says Syrian aid convoy caught fire, was not shot up - Ifax"));
    let interfax = corpus.actors.iter().find(|a| a.name == "Interfax").expect("Interfax is an actor");
    assert!(interfax.aliases.iter().any(|a| a == "Ifax"), "aliases: {:?}", interfax.aliases);
}
