//! The view in the URL's query string, so reload, back/forward and pasted links
//! restore it: `?outlet=rt&actor=sergey-lavrov&q=aleppo&from=2016-10-06&to=2016-10-07&event=e8&article=003_…`.
//! Parsing never fails: unknown or malformed parameters are dropped and named in
//! notices the page shows quietly. Each facet of [`FACETS`] is read and written under
//! its own key; the encoding is `application/x-www-form-urlencoded` (form_urlencoded).

use crate::dates::PartialDate;
use crate::filter::{Filter, PerFacet, FACETS};
use std::collections::BTreeSet;

/// The whole view state that lives in the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub filter: Filter,
    pub event: Option<String>,
    pub article: Option<String>,
    /// Story mode (`mode=story`): one event at a time, `event` the current one.
    pub story: bool,
    /// Embedded in another page (`embed=1`): compact chrome.
    pub embed: bool,
    /// The id pym.js gives its child frame (`childId`), for its height messages.
    pub pym_child: Option<String>,
}

/// Ids the page knows, to validate parameters against: each facet's choices, events, articles.
pub struct Known<'a> {
    pub facets: PerFacet<&'a BTreeSet<String>>,
    pub events: &'a BTreeSet<String>,
    pub articles: &'a BTreeSet<String>,
}

/// Longest search text kept from a URL.
const MAX_QUERY: usize = 200;

/// The first characters of a value, for a notice.
fn short(value: &str) -> String {
    value.chars().take(40).collect()
}

/// Reads a query string (with or without the leading `?`). Returns the state and notices.
pub fn parse(search: &str, known: &Known) -> (ViewState, Vec<String>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        if let Some(facet) = FACETS.iter().position(|f| f.key == key) {
            if known.facets[facet].contains(value.as_ref()) {
                state.filter.chosen[facet].insert(value.into_owned());
            } else {
                notices.push(format!("Ignored unknown {key} “{}”", short(&value)));
            }
            continue;
        }
        match key.as_ref() {
            "q" => state.filter.query = value.chars().take(MAX_QUERY).collect(),
            "from" | "to" => match PartialDate::parse(&value) {
                Some(PartialDate::Day(day)) if key == "from" => state.filter.from = Some(day),
                Some(PartialDate::Day(day)) => state.filter.to = Some(day),
                _ => notices.push(format!("Ignored {key} date “{}” (a date is written 2016-10-07)", short(&value))),
            },
            "event" if known.events.contains(value.as_ref()) => state.event = Some(value.into_owned()),
            "article" if known.articles.contains(value.as_ref()) => state.article = Some(value.into_owned()),
            "mode" if value == "story" => state.story = true,
            "mode" if value == "list" => {}
            // Parameters of other features (embedding) are theirs to read.
            "embed" => state.embed = value == "1" || value == "true",
            // What pym.js adds to a child frame's address.
            "childId" => state.pym_child = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || "-_".contains(*c)).take(64).collect()),
            "initialWidth" | "parentTitle" | "parentUrl" => {}
            "event" | "article" | "mode" => notices.push(format!("Ignored unknown {key} “{}”", short(&value))),
            _ => notices.push(format!("Ignored unknown parameter “{}”", short(&key))),
        }
    }
    (state, notices)
}

/// Writes the state as a query string (empty when there is nothing to keep).
pub fn to_query(state: &ViewState) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (facet, chosen) in FACETS.iter().zip(&state.filter.chosen) {
        for id in chosen {
            query.append_pair(facet.key, id);
        }
    }
    if !state.filter.query.trim().is_empty() {
        query.append_pair("q", state.filter.query.trim());
    }
    for (key, day) in [("from", state.filter.from), ("to", state.filter.to)] {
        if let Some(day) = day {
            query.append_pair(key, &PartialDate::iso(day));
        }
    }
    let optional = [("event", state.event.as_deref()), ("article", state.article.as_deref())];
    let flags = [("mode", state.story.then_some("story")), ("embed", state.embed.then_some("1")), ("childId", state.pym_child.as_deref())];
    for (key, value) in optional.into_iter().chain(flags) {
        if let Some(value) = value {
            query.append_pair(key, value);
        }
    }
    let query = query.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(values: &[&str]) -> BTreeSet<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_view_survives_the_round_trip_through_the_url() {
        let (outlets, actors, events, articles) = (set(&["rt", "tass"]), set(&["sergey-lavrov"]), set(&["e8"]), set(&["003_a"]));
        let known = Known { facets: [&outlets, &actors], events: &events, articles: &articles };
        let state = ViewState {
            filter: Filter {
                chosen: [set(&["rt", "tass"]), set(&["sergey-lavrov"])],
                query: "God’s sake & “Aleppo”".into(),
                from: chrono::NaiveDate::from_ymd_opt(2016, 2, 1),
                to: chrono::NaiveDate::from_ymd_opt(2016, 10, 7),
            },
            event: Some("e8".into()),
            article: Some("003_a".into()),
            story: true,
            embed: true,
            pym_child: Some("newsline-1".into()),
        };
        let (back, notices) = parse(&to_query(&state), &known);
        assert_eq!(back, state);
        assert!(notices.is_empty());
    }

    #[test]
    fn unknown_and_hostile_parameters_are_dropped_with_a_notice() {
        let empty = BTreeSet::new();
        let outlets = set(&["rt"]);
        let known = Known { facets: [&outlets, &empty], events: &empty, articles: &empty };
        let long = "x".repeat(10_000);
        let search = format!("?outlet=nope&actor=%3Cscript%3E&foo=1&q={long}&event=%E2%82&outlet=rt&%%%=&=&from=2016-02-30&to=soon");
        let (state, notices) = parse(&search, &known);
        assert_eq!(state.filter.chosen, [set(&["rt"]), set(&[])]);
        assert_eq!(state.filter.query.len(), MAX_QUERY);
        assert_eq!(state.event, None);
        assert!(notices.iter().any(|n| n.contains("unknown outlet")));
        assert!(notices.iter().any(|n| n.contains("“foo”")));
        assert_eq!((state.filter.from, state.filter.to), (None, None));
        assert!(notices.iter().any(|n| n.contains("from date “2016-02-30”")) && notices.iter().any(|n| n.contains("to date “soon”")));
        assert!(notices.iter().all(|n| n.chars().count() < 80));
    }

    #[test]
    fn pym_parameters_are_understood_not_reported() {
        let empty = BTreeSet::new();
        let known = Known { facets: [&empty, &empty], events: &empty, articles: &empty };
        let (state, notices) = parse("?embed=1&initialWidth=600&childId=frame%3Cx%3E&parentTitle=A&parentUrl=http%3A%2F%2Fx", &known);
        assert!(state.embed);
        assert_eq!(state.pym_child.as_deref(), Some("framex"), "only safe characters of the id are kept");
        assert!(notices.is_empty());
    }

    #[test]
    fn form_encoding_plus_percent_and_broken_escapes() {
        let empty = BTreeSet::new();
        let known = Known { facets: [&empty, &empty], events: &empty, articles: &empty };
        let (state, _) = parse("?q=a+b%20c%E2%80%99d", &known);
        assert_eq!(state.filter.query, "a b c’d");
        let (state, _) = parse("?q=100%", &known);
        assert_eq!(state.filter.query, "100%");
        let state = ViewState { filter: Filter { query: "a b/ü".into(), ..Filter::default() }, ..ViewState::default() };
        assert_eq!(to_query(&state), "?q=a+b%2F%C3%BC");
        assert_eq!(to_query(&ViewState::default()), "");
    }
}
