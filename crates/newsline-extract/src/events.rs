//! Stage 6, events: every story sentence is dated and tied to an event; the
//! same event told by several outlets becomes one event with a mention from each.
//!
//! 1. Dating: a sentence's own time expressions (see [`crate::timex`]) date it;
//!    the first one of day precision is its main date, any other point in the
//!    past ("back in February", "in August 2015") starts a background event of
//!    its own. A sentence without one takes the date of the sentence it
//!    continues (same paragraph, or opening with a pronoun), else the
//!    article's date; such dates are marked inferred.
//! 2. Threads: within an article, continuing sentences join their event.
//! 3. Clustering: threads of different articles with the same date and enough
//!    shared content words (and no conflicting actors) are one event.
//! 4. The summary is the clearest mention: a sentence that names its actors
//!    rather than pointing back with a pronoun, of a readable length.

use crate::timex::{PartialDate, Role, Timex};
use std::collections::{BTreeSet, HashSet};

/// One sentence, ready for event building.
#[derive(Clone, Debug)]
pub struct SentenceFacts {
    pub article: usize,
    pub sentence: usize,
    pub paragraph: u32,
    pub text: String,
    pub timexes: Vec<Timex>,
    pub actors: Vec<usize>,
    /// The speaker of a quote in this sentence, if any.
    pub speaker: Option<usize>,
}

/// A dated thread of sentences, before clustering.
#[derive(Clone, Debug)]
pub struct Thread {
    pub date: Option<PartialDate>,
    pub anchor: Option<String>,
    pub inferred: bool,
    /// (article, sentence) pairs.
    pub members: Vec<(usize, usize)>,
    pub actors: BTreeSet<usize>,
    pub words: HashSet<String>,
    /// The word sets of the threads merged into this one (for linkage in clustering).
    pub parts: Vec<HashSet<String>>,
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "as", "is", "are", "was", "were", "be", "been", "being", "that", "this", "these", "those", "it",
    "its", "he", "she", "his", "her", "they", "them", "their", "we", "our", "us", "i", "you", "your",
    "said", "says", "say", "told", "will", "would", "could", "should", "may", "might", "can", "has",
    "have", "had", "not", "no", "if", "then", "than", "so", "such", "also", "which", "who", "whom",
    "what", "when", "where", "there", "here", "all", "any", "some", "about", "into", "out", "up",
    "do", "does", "did", "only", "other", "more", "most", "very", "just", "over", "after", "before",
    "on", "friday", "thursday", "monday", "tuesday", "wednesday", "saturday", "sunday", "one", "two",
];

/// Content words, lower-cased, crudely stemmed, for similarity.
pub fn content_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(word: &str) -> String {
    for suffix in ["ing", "ed", "es", "s", "ly"] {
        if let Some(stripped) = word.strip_suffix(suffix) {
            if stripped.len() >= 4 {
                return stripped.to_string();
            }
        }
    }
    word.to_string()
}

/// Share of the smaller set found in the larger one.
pub fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

const CONTINUATION_OPENERS: &[&str] = &["He", "She", "They", "It", "His", "Her", "Their", "This", "That", "These"];

fn continues(text: &str) -> bool {
    let first = text.trim_start_matches(|c: char| !c.is_alphanumeric()).split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    CONTINUATION_OPENERS.contains(&first)
}

/// Dates the sentences of one article and groups continuing sentences into threads.
pub fn threads(article_date: Option<PartialDate>, sentences: &[SentenceFacts]) -> Vec<Thread> {
    let mut out: Vec<Thread> = Vec::new();
    let mut current: Option<usize> = None;
    let mut last_paragraph = None;
    let mut last_speaker: Option<usize> = None;
    for s in sentences {
        let points: Vec<(&Timex, PartialDate)> =
            s.timexes.iter().filter_map(|t| if let Role::Point(p) = t.role { Some((t, p)) } else { None }).collect();
        let main = points.iter().find(|(_, p)| p.day.is_some()).or(points.first()).copied();
        let same_paragraph = last_paragraph == Some(s.paragraph);
        let same_speaker = s.speaker.is_some() && s.speaker == last_speaker;
        let joins = current.is_some() && main.is_none() && (same_paragraph || continues(&s.text) || same_speaker);
        let words = content_words(&s.text);
        if joins {
            let thread = &mut out[current.unwrap()];
            thread.members.push((s.article, s.sentence));
            thread.actors.extend(s.actors.iter().copied());
            thread.words.extend(words);
        } else {
            let (date, anchor, inferred) = match main {
                Some((t, p)) => (Some(p), Some(t.text.clone()), false),
                None => (article_date, None, true),
            };
            out.push(Thread {
                date,
                anchor,
                inferred,
                members: vec![(s.article, s.sentence)],
                actors: s.actors.iter().copied().collect(),
                words,
                parts: Vec::new(),
            });
            current = Some(out.len() - 1);
        }
        // Background points: other past dates the sentence states.
        if let Some((main_t, main_p)) = main {
            for (t, p) in &points {
                if *p != main_p && t.start != main_t.start && out.iter().all(|th| th.date != Some(*p) || th.members != vec![(s.article, s.sentence)]) {
                    out.push(Thread {
                        date: Some(*p),
                        anchor: Some(t.text.clone()),
                        inferred: false,
                        members: vec![(s.article, s.sentence)],
                        actors: s.actors.iter().copied().collect(),
                        words: content_words(&s.text),
                        parts: Vec::new(),
                    });
                }
            }
        }
        last_paragraph = Some(s.paragraph);
        last_speaker = s.speaker.or(if joins { last_speaker } else { None });
    }
    out
}

/// Merges threads of different articles that report the same thing on the same date.
pub fn cluster(threads: Vec<Thread>) -> Vec<Thread> {
    let mut events: Vec<Thread> = Vec::new();
    for mut thread in threads {
        thread.parts = vec![thread.words.clone()];
        let articles: HashSet<usize> = thread.members.iter().map(|m| m.0).collect();
        let best = events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date == thread.date)
            .map(|(i, e)| {
                let shared_actors = e.actors.intersection(&thread.actors).count();
                // Average linkage over the threads already merged: a large event does
                // not swallow everything that shares a word with one of its parts.
                let similarity = e.parts.iter().map(|p| dice(p, &thread.words)).sum::<f64>() / e.parts.len().max(1) as f64;
                let best_part = e.parts.iter().map(|p| dice(p, &thread.words)).fold(0.0, f64::max);
                let score = 0.5 * (similarity + best_part) + 0.05 * shared_actors.min(3) as f64;
                let same_article = e.members.iter().any(|m| articles.contains(&m.0));
                (i, score, same_article)
            })
            .filter(|(_, score, same_article)| *score >= if *same_article { 0.6 } else { 0.35 })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _, _)) => {
                let event = &mut events[i];
                event.members.extend(thread.members);
                event.actors.extend(thread.actors);
                event.words.extend(thread.words);
                event.parts.extend(thread.parts);
                event.inferred &= thread.inferred;
                if event.anchor.is_none() {
                    event.anchor = thread.anchor;
                }
            }
            None => events.push(thread),
        }
    }
    events
}

/// How good a sentence is as an event summary: names over pronouns, a readable length.
pub fn summary_score(text: &str, actors: usize) -> i64 {
    let words = text.split_whitespace().count() as i64;
    let length = -(words - 28).abs();
    let pronoun = if continues(text) { -20 } else { 0 };
    let quote_open = if text.starts_with(['"', '“', '‘']) { -10 } else { 0 };
    length + pronoun + quote_open + 4 * actors.min(4) as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex;
    use chrono::NaiveDate;

    fn facts(article: usize, paragraphs: &[&[&str]], reference: NaiveDate) -> Vec<SentenceFacts> {
        let mut out = Vec::new();
        for (p, sentences) in paragraphs.iter().enumerate() {
            for s in *sentences {
                out.push(SentenceFacts {
                    article,
                    sentence: out.len(),
                    paragraph: p as u32,
                    text: s.to_string(),
                    timexes: timex::find(s, Some(reference)),
                    actors: vec![],
                    speaker: None,
                });
            }
        }
        out
    }

    #[test]
    fn sentences_take_their_own_date_or_continue_or_fall_back_to_the_article() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let article = Some(PartialDate::day(friday));
        let s = facts(0, &[
            &["On Thursday the envoy warned the city could be destroyed.", "He offered to escort the fighters."],
            &["He also urged them to leave."],
            &["Moscow is ready to work with Damascus."],
            &["The official said that back in February Washington gave a scheme on Friday."],
        ], friday);
        let t = threads(article, &s);
        assert_eq!(t[0].date.unwrap().to_string(), "2016-10-06");
        assert_eq!(t[0].members.len(), 3, "same paragraph and pronoun openers continue");
        assert!(!t[0].inferred);
        assert_eq!(t[1].date.unwrap().to_string(), "2016-10-07");
        assert!(t[1].inferred);
        assert_eq!(t[2].date.unwrap().to_string(), "2016-10-07");
        assert_eq!(t[3].date.unwrap().to_string(), "2016-02");
        assert_eq!(t[3].anchor.as_deref(), Some("back in February"));
    }

    #[test]
    fn the_same_report_in_two_outlets_is_one_event_and_different_days_stay_apart() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let article = Some(PartialDate::day(friday));
        let mut all = threads(article, &facts(0, &[&["Lavrov said on Friday that Russia is ready to support the UN plan for fighters to leave Aleppo."]], friday));
        all.extend(threads(article, &facts(1, &[&["On Friday Lavrov said Russia was ready to support a UN plan for jihadist fighters to leave Aleppo."]], friday)));
        all.extend(threads(article, &facts(2, &[&["On Thursday Lavrov said Russia wants to resolve the Aleppo deadlock."]], friday)));
        let events = cluster(all);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].members.len(), 2);
        assert_eq!(events[1].date.unwrap().to_string(), "2016-10-06");
    }

    #[test]
    fn summaries_prefer_named_sentences() {
        assert!(summary_score("Lavrov said Russia backs the plan to let fighters leave Aleppo with arms.", 2)
            > summary_score("He said so.", 0));
    }
}
