//! Plain-Rust shaping of events for the timeline: grouping by day in date order.

use crate::dates::PartialDate;
use newsline_model::Event;

/// The events of one date (a day, or a coarser month/year, or no date at all).
#[derive(Debug, PartialEq)]
pub struct DayGroup<'a> {
    /// The event date as exported ("2016-10-07", "2016-02", ...), `None` for undated events.
    pub key: Option<&'a str>,
    pub date: Option<PartialDate>,
    pub events: Vec<&'a Event>,
}

impl DayGroup<'_> {
    pub fn label(&self) -> String {
        match self.date {
            Some(date) => date.long_label(),
            None => "Undated".to_string(),
        }
    }
}

/// Groups events by their date, oldest first, undated last; within a day by time of day.
pub fn group_by_day<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<DayGroup<'a>> {
    let mut events: Vec<&Event> = events.into_iter().collect();
    let date_of = |event: &Event| event.date.as_deref().and_then(PartialDate::parse);
    events.sort_by(|a, b| {
        let key = |e: &Event| (date_of(e).map(PartialDate::sort_key).is_none(), date_of(e).map(PartialDate::sort_key));
        key(a)
            .cmp(&key(b))
            .then_with(|| a.time.is_none().cmp(&b.time.is_none()))
            .then_with(|| a.time.cmp(&b.time))
    });
    let mut groups: Vec<DayGroup> = Vec::new();
    for event in events {
        let date = date_of(event);
        let key = date.and(event.date.as_deref());
        match groups.last_mut() {
            Some(group) if group.key == key => group.events.push(event),
            _ => groups.push(DayGroup { key, date, events: vec![event] }),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_model::Precision;

    fn event(id: &'static str, date: Option<&'static str>, time: Option<&'static str>) -> Event {
        Event {
            id: id.into(),
            date: date.map(Into::into),
            time: time.map(Into::into),
            precision: Precision::Day,
            date_inferred: false,
            anchor: None,
            summary: "".into(),
            actors: Default::default(),
            mentions: Default::default(),
        }
    }

    #[test]
    fn groups_by_date_oldest_first_undated_last() {
        let events = [
            event("fri", Some("2016-10-07"), None),
            event("none", None, None),
            event("thu", Some("2016-10-06"), None),
            event("aug", Some("2015-08"), None),
            event("fri-late", Some("2016-10-07"), Some("17:16")),
            event("fri-early", Some("2016-10-07"), Some("12:29")),
            event("bad", Some("not a date"), None),
        ];
        let groups = group_by_day(&events);
        let shape: Vec<(Option<&str>, Vec<&str>)> = groups
            .iter()
            .map(|g| (g.key, g.events.iter().map(|e| e.id.as_ref()).collect()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (Some("2015-08"), vec!["aug"]),
                (Some("2016-10-06"), vec!["thu"]),
                (Some("2016-10-07"), vec!["fri-early", "fri-late", "fri"]),
                (None, vec!["none", "bad"]),
            ]
        );
        assert_eq!(groups[1].label(), "Thursday 6 October 2016");
        assert_eq!(groups[3].label(), "Undated");
    }
}
