//! Stage 3, articles: cleaned lines become an [`Article`] with its outlet,
//! title, publication date and sentences.

use crate::clean::{self, Furniture, LineKind, Opening};
use crate::timex::{self, Stated};
use crate::{data, sentences, Input, Source};
use newsline_model::{Article, Published, Sentence};

/// An article and what its page said about it beyond the story.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub article: Article,
    /// A month and day from a dateline that gives no year ("MOSCOW, October 7.").
    pub dateline_day: Option<(u32, u32)>,
    /// The source a repost names ("RT reports:").
    pub repost_of: Option<String>,
}

/// The outlet a dateline agency or credit line names, through `data/outlets.toml`.
fn outlet_for_marker(marker: &str) -> Option<&'static str> {
    data::outlets()
        .iter()
        .find(|o| o.markers.iter().any(|m| m == marker) || o.name == marker)
        .map(|o| o.name.as_str())
}

/// "The BRICS Post with inputs from Agencies" → "The BRICS Post".
fn credit_owner(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    data::furniture()
        .credit_markers
        .iter()
        .filter_map(|m| lower.find(m.as_str()))
        .min()
        .map(|at| line[..at].trim().trim_end_matches([',', '-', '—']).trim().to_string())
        .filter(|owner| {
            let words: Vec<&str> = owner.split_whitespace().collect();
            (1..=5).contains(&words.len())
                && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        })
}

fn self_reference(text: &str) -> Option<(&'static str, &'static str)> {
    data::outlets().iter().find_map(|o| {
        o.self_references
            .iter()
            .find(|r| text.contains(r.as_str()))
            .map(|r| (o.name.as_str(), r.as_str()))
    })
}

pub fn parse(input: &Input, source: Option<&Source>) -> Parsed {
    let text = input.text.as_str();
    let lines = clean::clean(text);

    let mut title = None;
    let mut stated: Option<(Stated, String)> = None;
    let mut dateline_day = None;
    let mut dateline_agency = None;
    let mut credit = None;
    let mut repost_of = None;
    let mut sentences = Vec::new();
    let mut paragraphs: u32 = 0;
    let mut story = String::with_capacity(text.len());
    let mut story_started = false;

    for line in &lines {
        let line_text = &text[line.range.clone()];
        match &line.kind {
            LineKind::DateLine(date) => {
                stated.get_or_insert((*date, line_text.to_string()));
            }
            LineKind::Furniture(Furniture::Credit) => {
                credit = credit.or_else(|| credit_owner(line_text).map(|o| (o, line_text.to_string())));
            }
            LineKind::Furniture(Furniture::RepostIntro(name)) => {
                repost_of.get_or_insert_with(|| name.clone());
            }
            LineKind::Furniture(_) => {}
            LineKind::Heading if !story_started && title.is_none() && line_text.split_whitespace().count() >= 3 => {
                title = Some(line_text.to_string());
            }
            LineKind::Heading | LineKind::Story => {
                let heading = line.kind == LineKind::Heading;
                if let Some((range, opening)) = &line.opening {
                    let cut = text[range.clone()].trim().to_string();
                    match opening {
                        Opening::DateLabel(date) => {
                            stated.get_or_insert((*date, cut));
                        }
                        Opening::Dateline { date, agency } => {
                            if let Some(day) = date.as_deref().and_then(timex::month_day) {
                                dateline_day.get_or_insert(day);
                            } else if let Some(full) = date.as_deref().and_then(timex::date_line) {
                                stated.get_or_insert((full, cut.clone()));
                            }
                            if let Some(agency) = agency {
                                dateline_agency.get_or_insert((agency.clone(), cut));
                            }
                        }
                    }
                }
                story_started |= !heading;
                // The story text is built in place: paragraphs apart by a blank line, sentences by a space.
                let paragraph = paragraphs;
                paragraphs += 1;
                if paragraph > 0 {
                    story.push_str("\n\n");
                }
                let ranges = if heading { vec![line.range.clone()] } else { sentences::split(text, line.range.clone()) };
                for (n, range) in ranges.into_iter().enumerate() {
                    let piece = &text[range.clone()];
                    if n > 0 {
                        story.push(' ');
                    }
                    story.push_str(piece);
                    sentences.push(Sentence {
                        text: piece.to_string().into(),
                        start: range.start as u32,
                        end: range.end as u32,
                        paragraph,
                        heading,
                    });
                }
            }
        }
    }

    // The outlet: sources.toml, else what the page says of itself.
    let (outlet, outlet_source) = if let Some(name) = source.and_then(|s| s.outlet.clone()) {
        (Some(name), Some("sources.toml".to_string()))
    } else if let Some((name, cut)) = dateline_agency
        .as_ref()
        .and_then(|(agency, cut)| outlet_for_marker(agency).map(|name| (name.to_string(), cut.clone())))
    {
        (Some(name), Some(format!("dateline \"{cut}\"")))
    } else if let Some((owner, line)) = credit {
        (Some(owner), Some(format!("credit line \"{line}\"")))
    } else if let Some((name, phrase)) = self_reference(&story) {
        (Some(name.to_string()), Some(format!("self-reference \"{phrase}\"")))
    } else {
        (None, None)
    };

    let published = match &stated {
        Some((date, evidence)) => Published {
            date: Some(date.date.format("%Y-%m-%d").to_string().into()),
            time: date.time_label().map(Into::into),
            inferred: false,
            evidence: Some(evidence.clone().into()),
        },
        None => Published { date: None, time: None, inferred: false, evidence: None },
    };

    let id = input.file.strip_suffix(".txt").unwrap_or(&input.file).to_string();
    Parsed {
        article: Article {
            id: id.into(),
            file: input.file.clone().into(),
            outlet: outlet.map(Into::into),
            outlet_source: outlet_source.map(Into::into),
            url: source.and_then(|s| s.url.clone()).map(Into::into),
            title: title.map(Into::into),
            published,
            text: story.into(),
            sentences: sentences.into(),
            copy_of: None,
        },
        dateline_day: if stated.is_none() { dateline_day } else { None },
        repost_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str) -> Input {
        Input { file: "x.txt".into(), text: text.into() }
    }

    #[test]
    fn title_date_and_sentences_of_a_scraped_page() {
        let page = "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon closeicon fm\n\
                    7 Oct, 2016 12:29\n\nRussia ready to back the plan – Lavrov\n\n\
                    Russia is ready, Lavrov says. He spoke on Friday.\n\nSection heading here\n\nMore text.\n";
        let parsed = parse(&input(page), None);
        let a = &parsed.article;
        assert_eq!(a.title.as_deref(), Some("Russia ready to back the plan – Lavrov"));
        assert_eq!(a.published.date.as_deref(), Some("2016-10-07"));
        assert_eq!(a.published.time.as_deref(), Some("12:29"));
        assert_eq!(a.published.evidence.as_deref(), Some("7 Oct, 2016 12:29"));
        let texts: Vec<_> = a.sentences.iter().map(|s| (s.text.as_ref(), s.heading)).collect();
        assert_eq!(
            texts,
            [("Russia is ready, Lavrov says.", false), ("He spoke on Friday.", false), ("Section heading here", true), ("More text.", false)]
        );
        for s in a.sentences.iter() {
            assert_eq!(&page[s.start as usize..s.end as usize], s.text.as_ref());
        }
        assert_eq!(a.text, "Russia is ready, Lavrov says. He spoke on Friday.\n\nSection heading here\n\nMore text.");
    }

    #[test]
    fn the_outlet_comes_from_sources_then_dateline_then_credit_then_self_reference() {
        let source = Source { file: "x.txt".into(), outlet: Some("Gulf Times".into()), ..Default::default() };
        let tass = "MOSCOW, October 7. /TASS/. Russia will be prepared to act.\n";
        assert_eq!(parse(&input(tass), Some(&source)).article.outlet.as_deref(), Some("Gulf Times"));
        let parsed = parse(&input(tass), None);
        assert_eq!(parsed.article.outlet.as_deref(), Some("TASS"));
        assert_eq!(parsed.article.outlet_source.as_deref(), Some("dateline \"MOSCOW, October 7. /TASS/.\""));
        assert_eq!(parsed.dateline_day, Some((10, 7)));
        assert_eq!(parsed.article.published.date, None);
        let reuters = "BEIRUT (Reuters) - Syrian troops advanced.\n";
        assert_eq!(parse(&input(reuters), None).article.outlet.as_deref(), Some("Reuters"));
        let credited = "A story sentence.\nThe Daily Planet with inputs from Agencies\n";
        assert_eq!(parse(&input(credited), None).article.outlet.as_deref(), Some("The Daily Planet"));
        let rt = "“It fell apart,” Karasik told RT.\n";
        assert_eq!(parse(&input(rt), None).article.outlet.as_deref(), Some("RT"));
        assert_eq!(parse(&input("Nothing to see.\n"), None).article.outlet, None);
    }

    #[test]
    fn a_repost_names_its_source() {
        let parsed = parse(&input("Intro sentence.\n\nRT reports:\n\nCopied sentence.\n"), None);
        assert_eq!(parsed.repost_of.as_deref(), Some("RT"));
        assert_eq!(parsed.article.sentences.len(), 2);
    }
}
