//! Lanes of the axis: one for all events, or one per outlet (with when each of its
//! articles was published, so who reported first shows), or one per actor.

use super::time_axis::scale;
use crate::axis::minutes;
use crate::corpus::{actor, corpus, event_index, outlets};
use crate::dates::PartialDate;

/// Most actor lanes drawn: the actors with most visible events.
const ACTOR_LANES: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneMode {
    One,
    Outlets,
    Actors,
}

/// One lane: its name, its events (in axis order) and, for an outlet, where its articles'
/// publication times lie on the axis (a point when the time is known, else the day).
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub name: String,
    pub events: Vec<usize>,
    pub published: Vec<(f64, f64)>,
}

pub fn lanes(mode: LaneMode, order: &[usize]) -> Vec<Lane> {
    let index = event_index();
    let lane = |name: &str, events: Vec<usize>, published| Lane { name: name.to_string(), events, published };
    match mode {
        LaneMode::One => vec![lane("", order.to_vec(), Vec::new())],
        LaneMode::Outlets => outlets()
            .iter()
            .map(|(id, name)| lane(name, order.iter().copied().filter(|&i| index[i].outlets.contains(id)).collect(), published(name)))
            .filter(|l| !l.events.is_empty())
            .collect(),
        LaneMode::Actors => busiest_actors(order)
            .into_iter()
            .map(|id| {
                let name = actor(id).map_or(id, |a| a.name.as_ref());
                lane(name, order.iter().copied().filter(|&i| index[i].actors.contains(id)).collect(), Vec::new())
            })
            .collect(),
    }
}

/// Where the outlet's articles were published, on the axis.
fn published(outlet: &str) -> Vec<(f64, f64)> {
    let articles = corpus().articles.iter().filter(|a| a.outlet.as_deref() == Some(outlet));
    articles
        .filter_map(|a| {
            let date = PartialDate::parse(a.published.date.as_deref()?)?;
            scale().extent(date, a.published.time.as_deref().and_then(minutes))
        })
        .collect()
}

/// The actors of most events among `order`, most first (ties: first met first).
fn busiest_actors(order: &[usize]) -> Vec<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for &i in order {
        for id in event_index()[i].actors.iter() {
            match counts.iter_mut().find(|(a, _)| a == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id.as_str(), 1)),
            }
        }
    }
    let mut busiest = Vec::new();
    while busiest.len() < ACTOR_LANES && !counts.is_empty() {
        let most = counts.iter().map(|c| c.1).max().unwrap_or(0);
        let at = counts.iter().position(|c| c.1 == most).unwrap_or(0);
        busiest.push(counts.remove(at).0);
    }
    busiest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_lanes_hold_what_each_outlet_reported_and_when_it_published() {
        let all: Vec<usize> = (0..corpus().events.len()).collect();
        let by_outlet = lanes(LaneMode::Outlets, &all);
        assert_eq!(by_outlet.len(), outlets().len(), "every outlet of the seeds reported something");
        for lane in &by_outlet {
            let (id, _) = outlets().iter().find(|(_, name)| *name == lane.name).unwrap();
            assert!(lane.events.iter().all(|&i| event_index()[i].outlets.contains(id)));
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
        let by_actor = lanes(LaneMode::Actors, &all);
        assert!(!by_actor.is_empty() && by_actor.len() <= ACTOR_LANES);
        let sizes: Vec<usize> = by_actor.iter().map(|l| l.events.len()).collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
        assert_eq!(lanes(LaneMode::One, &all)[0].events, all);
    }
}
