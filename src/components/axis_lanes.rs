//! Lanes of the axis: one for all events, or one per value of a facet: per outlet (with
//! when each of its articles was published, so who reported first shows) or per actor.

use super::time_axis::scale;
use crate::axis::minutes;
use crate::corpus::{choices, corpus, event_index};
use crate::dates::PartialDate;
use crate::filter::{positions, FACETS};

/// Most lanes drawn: past this, the facet's values with most visible events.
const MOST_LANES: usize = 8;

/// One lane for all events, or one per value of a facet of [`FACETS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneMode {
    One,
    Facet(usize),
}

/// One lane: its name, its events (in axis order) and, for an outlet, where its articles'
/// publication times lie on the axis (a point when the time is known, else the day).
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub name: String,
    pub events: Vec<usize>,
    pub published: Vec<(f64, f64)>,
}

/// The lanes of `order` (the visible events in axis order): a facet's values in the
/// facet's order when they all fit, else the busiest [`MOST_LANES`], busiest first.
pub fn lanes(mode: LaneMode, order: &[usize]) -> Vec<Lane> {
    let LaneMode::Facet(facet) = mode else {
        return vec![Lane { name: String::new(), events: order.to_vec(), published: Vec::new() }];
    };
    // Each event goes to the lanes of its values: one pass over the events.
    let all = choices(facet);
    let position = positions(all.iter().map(|c| c.id.as_str()));
    let mut events: Vec<Vec<usize>> = vec![Vec::new(); all.len()];
    for &i in order {
        for id in &event_index().events[i].values[facet] {
            if let Some(&at) = position.get(id.as_str()) {
                events[at].push(i);
            }
        }
    }
    let mut kept: Vec<(usize, Vec<usize>)> = events.into_iter().enumerate().filter(|(_, e)| !e.is_empty()).collect();
    if kept.len() > MOST_LANES {
        // The busiest, picked one at a time (ties: the facet's order); a sort would add its
        // own code to the wasm for a few dozen lanes.
        let mut busiest = Vec::with_capacity(MOST_LANES);
        while busiest.len() < MOST_LANES {
            let most = kept.iter().map(|(_, e)| e.len()).max().unwrap_or(0);
            let at = kept.iter().position(|(_, e)| e.len() == most).unwrap_or(0);
            busiest.push(kept.remove(at));
        }
        kept = busiest;
    }
    let publishes = FACETS[facet].publishes;
    kept.into_iter()
        .map(|(at, events)| {
            let name = all[at].name.clone();
            let published = if publishes { published(&name) } else { Vec::new() };
            Lane { name, events, published }
        })
        .collect()
}

/// Where the outlet's articles were published, on the axis.
fn published(outlet: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for a in corpus().articles.iter().filter(|a| a.outlet.as_deref() == Some(outlet)) {
        let date = a.published.date.as_deref().and_then(PartialDate::parse);
        out.extend(date.and_then(|date| scale().extent(date, a.published.time.as_deref().and_then(minutes))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{ACTORS, OUTLETS};

    #[test]
    fn outlet_lanes_hold_what_each_outlet_reported_and_when_it_published() {
        let all: Vec<usize> = (0..corpus().events.len()).collect();
        let by_outlet = lanes(LaneMode::Facet(OUTLETS), &all);
        assert_eq!(by_outlet.len(), choices(OUTLETS).len(), "every outlet of the seeds reported something");
        for (lane, outlet) in by_outlet.iter().zip(choices(OUTLETS)) {
            assert_eq!(lane.name, outlet.name, "all fit, so in the facet's order");
            assert!(lane.events.iter().all(|&i| event_index().events[i].values[OUTLETS].contains(&outlet.id)));
            let articles = corpus().articles.iter().filter(|a| a.outlet.as_deref() == Some(lane.name.as_str()) && a.published.date.is_some()).count();
            assert_eq!(lane.published.len(), articles);
        }
        // A known publication time is a point on the axis; a date alone is its day.
        let timed = corpus().articles.iter().find(|a| a.published.time.is_some()).unwrap();
        let lane = by_outlet.iter().find(|l| Some(l.name.as_str()) == timed.outlet.as_deref()).unwrap();
        assert!(lane.published.iter().any(|(a, b)| a == b));
    }

    #[test]
    fn actor_lanes_are_the_busiest_actors_first() {
        let all: Vec<usize> = (0..corpus().events.len()).collect();
        assert!(choices(ACTORS).len() > MOST_LANES, "the seeds have more actors than lanes");
        let by_actor = lanes(LaneMode::Facet(ACTORS), &all);
        assert_eq!(by_actor.len(), MOST_LANES);
        assert!(by_actor.iter().all(|lane| lane.published.is_empty()));
        let sizes: Vec<usize> = by_actor.iter().map(|l| l.events.len()).collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
        assert_eq!(lanes(LaneMode::One, &all)[0].events, all);
    }
}
