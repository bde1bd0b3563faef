//! The view in the URL's query string, so reload, back/forward and pasted links
//! restore it: `?outlet=rt&actor=sergey-lavrov&q=aleppo&from=2016-10-06&to=2016-10-07&event=e8&article=003_…`.
//! Parsing never fails: unknown or malformed parameters are dropped and named in
//! notices the page shows quietly.

use crate::dates::PartialDate;
use crate::filter::Filter;
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

/// Ids the page knows, to validate parameters against.
pub struct Known<'a> {
    pub outlets: &'a BTreeSet<String>,
    pub actors: &'a BTreeSet<String>,
    pub events: &'a BTreeSet<String>,
    pub articles: &'a BTreeSet<String>,
}

/// Longest search text kept from a URL.
const MAX_QUERY: usize = 200;

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `application/x-www-form-urlencoded` decoding ("+" is a space, "%xx" a byte).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Reads a query string (with or without the leading `?`). Returns the state and notices.
pub fn parse(search: &str, known: &Known) -> (ViewState, Vec<String>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let short = |v: &str| -> String {
        let v: String = v.chars().take(40).collect();
        v
    };
    for pair in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        match key.as_str() {
            "outlet" if known.outlets.contains(&value) => {
                state.filter.outlets.insert(value);
            }
            "actor" if known.actors.contains(&value) => {
                state.filter.actors.insert(value);
            }
            "q" => state.filter.query = value.chars().take(MAX_QUERY).collect(),
            "from" | "to" => match PartialDate::parse(&value) {
                Some(PartialDate::Day(day)) if key == "from" => state.filter.from = Some(day),
                Some(PartialDate::Day(day)) => state.filter.to = Some(day),
                _ => notices.push(format!("Ignored {key} date “{}” (a date is written 2016-10-07)", short(&value))),
            },
            "event" if known.events.contains(&value) => state.event = Some(value),
            "article" if known.articles.contains(&value) => state.article = Some(value),
            "mode" if value == "story" => state.story = true,
            "mode" if value == "list" => {}
            // Parameters of other features (embedding) are theirs to read.
            "embed" => state.embed = value == "1" || value == "true",
            // What pym.js adds to a child frame's address.
            "childId" => state.pym_child = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || "-_".contains(*c)).take(64).collect()),
            "initialWidth" | "parentTitle" | "parentUrl" => {}
            "outlet" | "actor" | "event" | "article" | "mode" => notices.push(format!("Ignored unknown {key} “{}”", short(&value))),
            _ => notices.push(format!("Ignored unknown parameter “{}”", short(&key))),
        }
    }
    (state, notices)
}

/// Writes the state as a query string (empty when there is nothing to keep).
pub fn to_query(state: &ViewState) -> String {
    let mut parts = Vec::new();
    for o in &state.filter.outlets {
        parts.push(format!("outlet={}", encode(o)));
    }
    for a in &state.filter.actors {
        parts.push(format!("actor={}", encode(a)));
    }
    if !state.filter.query.trim().is_empty() {
        parts.push(format!("q={}", encode(state.filter.query.trim())));
    }
    for (key, day) in [("from", state.filter.from), ("to", state.filter.to)] {
        if let Some(day) = day {
            parts.push(format!("{key}={}", PartialDate::iso(day)));
        }
    }
    if let Some(e) = &state.event {
        parts.push(format!("event={}", encode(e)));
    }
    if let Some(a) = &state.article {
        parts.push(format!("article={}", encode(a)));
    }
    if state.story {
        parts.push("mode=story".to_string());
    }
    if state.embed {
        parts.push("embed=1".to_string());
    }
    if let Some(child) = &state.pym_child {
        parts.push(format!("childId={}", encode(child)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
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
        let known = Known { outlets: &outlets, actors: &actors, events: &events, articles: &articles };
        let state = ViewState {
            filter: Filter {
                outlets: set(&["rt", "tass"]),
                actors: set(&["sergey-lavrov"]),
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
        let known = Known { outlets: &outlets, actors: &empty, events: &empty, articles: &empty };
        let long = "x".repeat(10_000);
        let search = format!("?outlet=nope&actor=%3Cscript%3E&foo=1&q={long}&event=%E2%82&outlet=rt&%%%=&=&from=2016-02-30&to=soon");
        let (state, notices) = parse(&search, &known);
        assert_eq!(state.filter.outlets, set(&["rt"]));
        assert!(state.filter.actors.is_empty());
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
        let known = Known { outlets: &empty, actors: &empty, events: &empty, articles: &empty };
        let (state, notices) = parse("?embed=1&initialWidth=600&childId=frame%3Cx%3E&parentTitle=A&parentUrl=http%3A%2F%2Fx", &known);
        assert!(state.embed);
        assert_eq!(state.pym_child.as_deref(), Some("framex"), "only safe characters of the id are kept");
        assert!(notices.is_empty());
    }

    #[test]
    fn decoding_handles_plus_percent_and_broken_escapes() {
        assert_eq!(decode("a+b%20c%E2%80%99d"), "a b c’d");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(encode("a b/ü"), "a+b%2F%C3%BC");
    }
}
