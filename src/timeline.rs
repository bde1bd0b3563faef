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
    // Stable: events of the same date and time keep their order.
    events.sort_by_cached_key(|e| day_order(e));
    group_sorted(events)
}

/// Where an event goes in [`group_by_day`]'s order: undated last, by date, timed events first,
/// by time.
pub type DayOrder<'a> = (bool, Option<(i32, u32, u32)>, bool, Option<&'a str>);

/// An event's [`DayOrder`].
pub fn day_order(event: &Event) -> DayOrder<'_> {
    let key = event.date.as_deref().and_then(PartialDate::parse).map(PartialDate::sort_key);
    (key.is_none(), key, event.time.is_none(), event.time.as_deref())
}

/// Groups events already in [`day_order`] by their date.
pub fn group_sorted<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<DayGroup<'a>> {
    let mut groups: Vec<DayGroup> = Vec::new();
    for event in events {
        let date = event.date.as_deref().and_then(PartialDate::parse);
        let key = date.and(event.date.as_deref());
        match groups.last_mut() {
            Some(group) if group.key == key => group.events.push(event),
            _ => groups.push(DayGroup { key, date, events: vec![event] }),
        }
    }
    groups
}

/// Events drawn at first, and at each "Show more": enough for the first screens, few enough
/// to draw quickly at any corpus size (issue 11).
pub const LIST_PAGE: usize = 100;

/// Keeps the first `limit` events of `groups`, in order (a day cut short keeps its first
/// events), and more, up to `must` when it comes later: a chosen event is always drawn.
/// Returns how many events were left out.
pub fn keep_first(groups: &mut Vec<DayGroup<'_>>, limit: usize, must: Option<&str>) -> usize {
    let total: usize = groups.iter().map(|g| g.events.len()).sum();
    let chosen_at = must.and_then(|id| groups.iter().flat_map(|g| g.events.iter()).position(|e| e.id.as_ref() == id));
    let keep = limit.max(chosen_at.map_or(0, |at| at + 1)).min(total);
    let mut room = keep;
    groups.retain_mut(|group| {
        group.events.truncate(room);
        room -= group.events.len();
        !group.events.is_empty()
    });
    total - keep
}

/// How many events a list draws after "Show more" (the timeline, the coverage table): as many
/// as asked for while the visible events stay the same (known by their count and ends); once
/// they change, one page again, even back to a filter seen before.
#[derive(Clone, Default)]
pub struct MoreShown {
    limit: usize,
    visible: (usize, Option<usize>, Option<usize>),
}

fn fingerprint(visible: &[usize]) -> (usize, Option<usize>, Option<usize>) {
    (visible.len(), visible.first().copied(), visible.last().copied())
}

impl MoreShown {
    /// What to draw of `visible`, noting it as the events last drawn.
    pub fn limit_for(&mut self, visible: &[usize]) -> usize {
        let seen = fingerprint(visible);
        if self.visible != seen {
            *self = MoreShown { limit: LIST_PAGE, visible: seen };
        }
        self.limit.max(LIST_PAGE)
    }

    /// The same, without noting anything (for what is drawn beside the list).
    pub fn limit(&self, visible: &[usize]) -> usize {
        if self.visible == fingerprint(visible) {
            self.limit.max(LIST_PAGE)
        } else {
            LIST_PAGE
        }
    }

    pub fn grow(&mut self, visible: &[usize], drawn: usize) {
        *self = MoreShown { limit: drawn + LIST_PAGE, visible: fingerprint(visible) };
    }
}

/// How many days the focus of the story may span.
pub const FOCUS_SPAN: i64 = 2;

/// Where a day group sits relative to the focus of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Before,
    Focus,
    After,
}

/// The focus of the story: the day reported most (by mentions) and the days next to
/// it that have events of their own, at most `span` days in all. Computed from all
/// events, so filtering does not move it.
pub fn focus_days<'a>(events: impl IntoIterator<Item = &'a Event>, span: i64) -> Vec<chrono::NaiveDate> {
    let mut mentions: std::collections::BTreeMap<chrono::NaiveDate, usize> = Default::default();
    for e in events {
        if let Some(PartialDate::Day(day)) = e.date.as_deref().and_then(PartialDate::parse) {
            *mentions.entry(day).or_default() += e.mentions.len();
        }
    }
    let Some((&top, _)) = mentions.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else { return Vec::new() };
    let mut focus = vec![top];
    // Grow towards the busier neighbour while the span allows.
    while (focus.len() as i64) < span {
        let (first, last) = (focus[0], *focus.last().unwrap());
        let before = first.pred_opt().filter(|d| mentions.contains_key(d));
        let after = last.succ_opt().filter(|d| mentions.contains_key(d));
        match (before, after) {
            (Some(b), Some(a)) if mentions[&a] > mentions[&b] => focus.push(a),
            (Some(b), _) => focus.insert(0, b),
            (None, Some(a)) => focus.push(a),
            (None, None) => break,
        }
    }
    focus
}

/// The band of a day group.
pub fn band(group: &DayGroup, focus: &[chrono::NaiveDate]) -> Band {
    let (Some(first), Some(last)) = (focus.first(), focus.last()) else { return Band::Focus };
    match group.date {
        Some(PartialDate::Day(day)) if day < *first => Band::Before,
        Some(PartialDate::Day(day)) if day > *last => Band::After,
        Some(PartialDate::Day(_)) => Band::Focus,
        Some(date) => {
            let (y, m, _) = date.sort_key();
            let key = (y, m);
            let first_key = (chrono::Datelike::year(first), chrono::Datelike::month(first));
            if key <= first_key {
                Band::Before
            } else {
                Band::After
            }
        }
        None => Band::After,
    }
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
            headline: None,
            actors: Default::default(),
            mentions: Default::default(),
        }
    }

    fn with_mentions(mut e: Event, n: usize) -> Event {
        e.mentions = (0..n)
            .map(|i| newsline_model::Mention { article: format!("a{i}").into(), text: "".into(), sentence: 0, passing: false })
            .collect::<Vec<_>>()
            .into();
        e
    }

    #[test]
    fn the_focus_is_the_busiest_day_and_its_busy_neighbours() {
        let events = [
            with_mentions(event("a", Some("2016-10-07"), None), 20),
            with_mentions(event("b", Some("2016-10-06"), None), 5),
            with_mentions(event("c", Some("2016-10-08"), None), 1),
            with_mentions(event("d", Some("2016-02"), None), 3),
            with_mentions(event("e", Some("2016-09-01"), None), 9),
        ];
        let focus = focus_days(events.iter(), 2);
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(focus, [day("2016-10-06"), day("2016-10-07")]);
        let groups = group_by_day(events.iter());
        let bands: Vec<(Option<&str>, Band)> = groups.iter().map(|g| (g.key, band(g, &focus))).collect();
        assert_eq!(
            bands,
            [
                (Some("2016-02"), Band::Before),
                (Some("2016-09-01"), Band::Before),
                (Some("2016-10-06"), Band::Focus),
                (Some("2016-10-07"), Band::Focus),
                (Some("2016-10-08"), Band::After),
            ]
        );
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
        let shape: Vec<(Option<&str>, Vec<&str>)> = groups.iter().map(|g| (g.key, g.events.iter().map(|e| e.id.as_ref()).collect())).collect();
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

    #[test]
    fn the_list_keeps_its_first_events_and_always_the_chosen_one() {
        let (six, seven) = (Some("2016-10-06"), Some("2016-10-07"));
        let events = [event("e0", six, None), event("e1", six, None), event("e2", seven, None), event("e3", seven, None), event("e4", seven, None)];
        let ids = |groups: &[DayGroup]| groups.iter().map(|g| g.events.iter().map(|e| e.id.to_string()).collect::<Vec<_>>()).collect::<Vec<_>>();
        let mut groups = group_by_day(&events);
        assert_eq!(keep_first(&mut groups, 3, None), 2);
        assert_eq!(ids(&groups), [vec!["e0", "e1"], vec!["e2"]], "the second day cut after its first event");
        let mut groups = group_by_day(&events);
        assert_eq!(keep_first(&mut groups, 1, Some("e3")), 1, "drawn up to the chosen event");
        assert_eq!(ids(&groups), [vec!["e0", "e1"], vec!["e2", "e3"]]);
        let mut groups = group_by_day(&events);
        assert_eq!(keep_first(&mut groups, 100, Some("nope")), 0);
        assert_eq!(groups.len(), 2);
    }

    #[test]
    fn show_more_lasts_while_the_visible_events_stay_the_same() {
        let (all, some): (Vec<usize>, Vec<usize>) = ((0..500).collect(), (0..50).collect());
        let mut more = MoreShown::default();
        assert_eq!(more.limit_for(&all), LIST_PAGE);
        more.grow(&all, LIST_PAGE);
        assert_eq!(more.limit_for(&all), 2 * LIST_PAGE);
        assert_eq!(more.limit(&some), LIST_PAGE, "a look does not forget");
        assert_eq!(more.limit_for(&all), 2 * LIST_PAGE);
        assert_eq!(more.limit_for(&some), LIST_PAGE, "another filter: one page");
        assert_eq!(more.limit_for(&all), LIST_PAGE, "and back: one page again");
    }
}
