//! What the reader has chosen to see: outlets, actors, a date range and a text search. Plain
//! Rust, so the rules are tested natively: within a facet any selected value
//! matches, across facets all must; counts are faceted (each value's count
//! applies the other facets and the search, not its own facet).

use crate::dates::PartialDate;
use chrono::NaiveDate;
use newsline_model::{Corpus, Event};
use std::collections::BTreeSet;

/// A URL-friendly id for an outlet name ("Your News Wire" → "your-news-wire").
pub fn outlet_id(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Outlet ids (see [`outlet_id`]).
    pub outlets: BTreeSet<String>,
    /// Actor ids.
    pub actors: BTreeSet<String>,
    /// Free text; every word must occur in the event's summary, sentences or quotes.
    pub query: String,
    /// The first and last day (inclusive) of a date range, either open; an event passes
    /// when its date (a day, or all of a month or year) reaches into the range, an
    /// undated event only when no bound is set.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty() && self.actors.is_empty() && self.query.trim().is_empty() && self.from.is_none() && self.to.is_none()
    }

    fn dates_ok(&self, days: Option<(NaiveDate, NaiveDate)>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        days.is_some_and(|(first, last)| self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to))
    }

    /// The same filter without its date range (for the date facet's count).
    pub fn without_dates(&self) -> Filter {
        Filter { from: None, to: None, ..self.clone() }
    }
}

/// The outlet ids that reported an event.
pub fn event_outlets(corpus: &Corpus, event: &Event) -> BTreeSet<String> {
    event.mentions.iter().filter_map(|m| corpus.articles.iter().find(|a| a.id == m.article)).filter_map(|a| a.outlet.as_deref()).map(outlet_id).collect()
}

/// Everything searchable about an event, lower-cased.
fn searchable(corpus: &Corpus, event: &Event) -> String {
    let mut text = event.summary.to_lowercase();
    if let Some(headline) = &event.headline {
        text.push('\n');
        text.push_str(&headline.to_lowercase());
    }
    for m in event.mentions.iter() {
        text.push('\n');
        text.push_str(&m.text.to_lowercase());
    }
    for q in corpus.quotes.iter().filter(|q| q.event.as_deref() == Some(event.id.as_ref())) {
        text.push('\n');
        text.push_str(&q.text.to_lowercase());
    }
    for id in event.actors.iter() {
        if let Some(actor) = corpus.actors.iter().find(|a| a.id == *id) {
            text.push('\n');
            text.push_str(&actor.name.to_lowercase());
        }
    }
    text
}

/// One event, prepared for fast filtering.
#[derive(Clone, Debug)]
pub struct Indexed {
    /// The first and last day of the event's date.
    pub days: Option<(NaiveDate, NaiveDate)>,
    pub outlets: BTreeSet<String>,
    pub actors: BTreeSet<String>,
    pub text: String,
}

pub fn index(corpus: &Corpus) -> Vec<Indexed> {
    corpus
        .events
        .iter()
        .map(|e| Indexed {
            days: e.date.as_deref().and_then(PartialDate::parse).and_then(PartialDate::days),
            outlets: event_outlets(corpus, e),
            actors: e.actors.iter().map(|a| a.to_string()).collect(),
            text: searchable(corpus, e),
        })
        .collect()
}

fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(str::to_lowercase).collect()
}

fn facet_ok(selected: &BTreeSet<String>, values: &BTreeSet<String>) -> bool {
    selected.is_empty() || selected.iter().any(|s| values.contains(s))
}

impl Filter {
    /// Indices of the events the filter lets through.
    pub fn visible(&self, index: &[Indexed]) -> Vec<usize> {
        let words = query_words(&self.query);
        (0..index.len())
            .filter(|&i| {
                let e = &index[i];
                facet_ok(&self.outlets, &e.outlets)
                    && facet_ok(&self.actors, &e.actors)
                    && self.dates_ok(e.days)
                    && words.iter().all(|w| e.text.contains(w.as_str()))
            })
            .collect()
    }

    /// For each outlet id, how many events would show if it were selected (with the
    /// actor facet and the search applied).
    pub fn outlet_counts(&self, index: &[Indexed]) -> std::collections::BTreeMap<String, usize> {
        let words = query_words(&self.query);
        let mut counts = std::collections::BTreeMap::new();
        for e in index.iter().filter(|e| facet_ok(&self.actors, &e.actors) && self.dates_ok(e.days) && words.iter().all(|w| e.text.contains(w.as_str()))) {
            for o in &e.outlets {
                *counts.entry(o.clone()).or_insert(0) += 1;
            }
        }
        counts
    }

    /// For each actor id, how many events would show if it were selected.
    pub fn actor_counts(&self, index: &[Indexed]) -> std::collections::BTreeMap<String, usize> {
        let words = query_words(&self.query);
        let mut counts = std::collections::BTreeMap::new();
        for e in index.iter().filter(|e| facet_ok(&self.outlets, &e.outlets) && self.dates_ok(e.days) && words.iter().all(|w| e.text.contains(w.as_str()))) {
            for a in &e.actors {
                *counts.entry(a.clone()).or_insert(0) += 1;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indexed(outlets: &[&str], actors: &[&str], text: &str) -> Indexed {
        Indexed {
            days: None,
            outlets: outlets.iter().map(|s| s.to_string()).collect(),
            actors: actors.iter().map(|s| s.to_string()).collect(),
            text: text.to_lowercase(),
        }
    }

    fn set(values: &[&str]) -> BTreeSet<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    fn sample() -> Vec<Indexed> {
        vec![
            indexed(&["rt", "tass"], &["lavrov", "russia"], "Lavrov backs the plan for Aleppo"),
            indexed(&["rt"], &["merkel", "russia"], "Merkel calls on Russia"),
            indexed(&["brics"], &["kerry"], "Kerry: another hospital destroyed in Aleppo"),
        ]
    }

    #[test]
    fn any_within_a_facet_all_across_facets() {
        let index = sample();
        let f = Filter { outlets: set(&["tass", "brics"]), ..Filter::default() };
        assert_eq!(f.visible(&index), [0, 2]);
        let f = Filter { outlets: set(&["rt"]), actors: set(&["merkel"]), ..Filter::default() };
        assert_eq!(f.visible(&index), [1]);
        assert_eq!(Filter::default().visible(&index), [0, 1, 2]);
    }

    #[test]
    fn search_needs_every_word_case_insensitively() {
        let index = sample();
        let f = Filter { query: "ALEPPO  hospital".into(), ..Filter::default() };
        assert_eq!(f.visible(&index), [2]);
        let f = Filter { query: "aleppo".into(), ..Filter::default() };
        assert_eq!(f.visible(&index), [0, 2]);
    }

    #[test]
    fn counts_apply_the_other_facets_not_their_own() {
        let index = sample();
        let f = Filter { outlets: set(&["tass"]), ..Filter::default() };
        let outlets = f.outlet_counts(&index);
        assert_eq!(outlets["rt"], 2, "selecting TASS does not shrink the other outlets' counts");
        assert_eq!(outlets["brics"], 1);
        let actors = f.actor_counts(&index);
        assert_eq!(actors.get("kerry"), None, "the outlet facet applies to actor counts");
        assert_eq!(actors["lavrov"], 1);
    }

    #[test]
    fn a_date_range_lets_through_what_reaches_into_it_and_applies_to_the_counts() {
        let day = |s: &str| PartialDate::parse(s).and_then(PartialDate::days);
        let mut index = sample();
        index[0].days = day("2016-10-07");
        index[1].days = day("2016-02");
        let on = |d: &str| match PartialDate::parse(d) {
            Some(PartialDate::Day(d)) => Some(d),
            _ => None,
        };
        let f = Filter { from: on("2016-02-15"), to: on("2016-10-06"), ..Filter::default() };
        assert_eq!(f.visible(&index), [1], "February reaches into the range; 7 October and the undated event do not");
        let f = Filter { from: on("2016-10-07"), ..Filter::default() };
        assert_eq!(f.visible(&index), [0]);
        assert_eq!(f.outlet_counts(&index).get("brics"), None, "the range applies to the outlet counts");
        assert_eq!(f.without_dates().visible(&index), [0, 1, 2]);
        assert!(!f.is_empty() && f.without_dates().is_empty());
    }

    #[test]
    fn outlet_ids_are_readable_slugs() {
        assert_eq!(outlet_id("Your News Wire"), "your-news-wire");
        assert_eq!(outlet_id("The BRICS Post"), "the-brics-post");
        assert_eq!(outlet_id("RT"), "rt");
    }
}
