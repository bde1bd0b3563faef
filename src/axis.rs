//! The time axis as plain geometry, tested natively: a non-linear scale (focus days
//! wide, other dates narrow, a break over time nothing happened in), the window the
//! reader looks through (zoom and pan), and where each mark goes in it. The component
//! (`components/time_axis.rs`) only draws what this module places.

use crate::dates::PartialDate;
use chrono::{Datelike, NaiveDate};
use newsline_model::{Corpus, Event};

/// Axis units of a focus day: one per hour.
const FOCUS_DAY: f64 = 24.0;
/// Axis units of any other date (a day, a month or a year of background).
const OTHER_DATE: f64 = 6.0;
/// Axis units of a break over uncovered time.
const BREAK: f64 = 3.0;
/// The narrowest window: two hours of a focus day.
pub const MIN_SPAN: f64 = 2.0;
/// Pixels between neighbouring marks.
pub const STEP: f64 = 18.0;
/// Rows of marks of the single lane; a group needing more is drawn as a count. (With a
/// lane per outlet or actor, each lane has one row.)
pub const MARK_ROWS: usize = 3;

/// One date on the axis with the stretch of axis it gets.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub date: PartialDate,
    /// Day numbers (days since the common era) of the first day covered and the day after the last.
    pub first: i32,
    pub end: i32,
    pub x0: f64,
    pub x1: f64,
    pub focus: bool,
}

/// Dates to axis units: each date a slot, in date order, breaks where time is skipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scale {
    pub slots: Vec<Slot>,
    /// The centre of each break.
    pub breaks: Vec<f64>,
    pub width: f64,
}

/// The days a date covers, as `[first, end)` day numbers.
fn days_covered(date: PartialDate) -> Option<(i32, i32)> {
    let (first, next) = match date {
        PartialDate::Day(d) => (d, d.succ_opt()?),
        PartialDate::Month(y, m) => {
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            (NaiveDate::from_ymd_opt(y, m, 1)?, NaiveDate::from_ymd_opt(ny, nm, 1)?)
        }
        PartialDate::Year(y) => (NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y + 1, 1, 1)?),
    };
    Some((first.num_days_from_ce(), next.num_days_from_ce()))
}

impl Scale {
    /// A slot for each distinct date, `focus` days wide, a break wherever the next date
    /// starts after everything before it has ended.
    pub fn new(dates: impl IntoIterator<Item = PartialDate>, focus: &[NaiveDate]) -> Scale {
        // Each date once, in date order (inserted in place: a sort would add its own code
        // to the wasm for a list of a few hundred dates at most).
        let mut dates_in_order: Vec<PartialDate> = Vec::new();
        for date in dates {
            if let Err(at) = dates_in_order.binary_search_by_key(&date.sort_key(), |d| d.sort_key()) {
                dates_in_order.insert(at, date);
            }
        }
        let dates = dates_in_order;
        let mut scale = Scale::default();
        let mut covered_until = i32::MIN;
        let mut x = 0.0;
        for date in dates {
            let Some((first, end)) = days_covered(date) else { continue };
            if !scale.slots.is_empty() && first > covered_until {
                scale.breaks.push(x + BREAK / 2.0);
                x += BREAK;
            }
            let focus = matches!(date, PartialDate::Day(d) if focus.contains(&d));
            let width = if focus { FOCUS_DAY } else { OTHER_DATE };
            scale.slots.push(Slot { date, first, end, x0: x, x1: x + width, focus });
            x += width;
            covered_until = covered_until.max(end);
        }
        scale.width = x;
        scale
    }

    /// Where a date lies: a point for a day with its time of day (minutes), else the
    /// stretch of the date, a month or year reaching over the days inside it.
    pub fn extent(&self, date: PartialDate, minutes: Option<u32>) -> Option<(f64, f64)> {
        let i = self.slots.iter().position(|s| s.date == date)?;
        let slot = &self.slots[i];
        match (date, minutes) {
            (PartialDate::Day(_), Some(m)) => {
                let x = slot.x0 + (slot.x1 - slot.x0) * f64::from(m.min(1439)) / 1440.0;
                Some((x, x))
            }
            (PartialDate::Day(_), None) => Some((slot.x0, slot.x1)),
            _ => {
                let inside = self.slots[i + 1..].iter().take_while(|s| s.first < slot.end);
                Some((slot.x0, inside.map(|s| s.x1).fold(slot.x1, f64::max)))
            }
        }
    }
}

/// The scale of a corpus: every event date and article publication date, the focus
/// days (as the timeline has them) wide.
pub fn corpus_scale(corpus: &Corpus, focus: &[NaiveDate]) -> Scale {
    let events = corpus.events.iter().filter_map(|e| e.date.as_deref());
    let published = corpus.articles.iter().filter_map(|a| a.published.date.as_deref());
    Scale::new(events.chain(published).filter_map(PartialDate::parse), focus)
}

/// Where an event sits on the scale (`None` when undated): a month or year is a span,
/// a day with its time a point, a day without one the whole day.
pub fn event_item(scale: &Scale, id: usize, event: &Event) -> Option<Item> {
    let date = PartialDate::parse(event.date.as_deref()?)?;
    let time = event.time.as_deref().and_then(minutes);
    let shape = match (date, time) {
        (PartialDate::Day(_), Some(_)) => Shape::Point,
        (PartialDate::Day(_), None) => Shape::Day,
        _ => Shape::Span,
    };
    Some(Item { id, extent: scale.extent(date, time)?, shape })
}

impl Scale {
    /// The first and last day of the dates in sight in `window` (a date partly in sight
    /// counts whole): the window as a date range.
    pub fn days_in(&self, window: Window) -> Option<(NaiveDate, NaiveDate)> {
        let in_sight = || self.slots.iter().filter(|s| s.x1 > window.start && s.x0 < window.end());
        let first = in_sight().map(|s| s.first).min()?;
        let end = in_sight().map(|s| s.end).max()?;
        Some((NaiveDate::from_num_days_from_ce_opt(first)?, NaiveDate::from_num_days_from_ce_opt(end - 1)?))
    }
}

impl Scale {
    /// The stretch of axis a date range covers: from the first date reaching past `from` to
    /// the last starting by `to` (either open). `None` when no date of the axis is in it.
    pub fn range(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<(f64, f64)> {
        let from = from.map_or(i32::MIN, |d| d.num_days_from_ce());
        let to = to.map_or(i32::MAX, |d| d.num_days_from_ce());
        let inside = || self.slots.iter().filter(|s| s.end > from && s.first <= to);
        let x0 = inside().map(|s| s.x0).reduce(f64::min)?;
        Some((x0, inside().map(|s| s.x1).fold(x0, f64::max)))
    }
}

/// Minutes since midnight of "HH:MM".
pub fn minutes(time: &str) -> Option<u32> {
    let (h, m) = time.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A position in whole pixels: attributes stay short, and the wasm needs no float formatting.
pub fn whole_px(x: f64) -> i32 {
    within(x.round(), -1e6, 1e6) as i32
}

/// `x` kept in `[low, high]` (low wins if they cross). Not `f64::clamp`: its panic message
/// would bring float formatting into the wasm.
fn within(x: f64, low: f64, high: f64) -> f64 {
    x.min(high).max(low)
}

/// The stretch of axis units in sight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub span: f64,
}

impl Window {
    /// The whole axis, with a margin so the end marks are not cut.
    pub fn whole(width: f64) -> Window {
        let margin = (width * 0.03).max(1.0);
        Window { start: -margin, span: width + 2.0 * margin }
    }

    pub fn end(self) -> f64 {
        self.start + self.span
    }

    /// Kept inside `whole`, no narrower than [`MIN_SPAN`].
    fn clamped(self, whole: Window) -> Window {
        let span = within(self.span, MIN_SPAN.min(whole.span), whole.span);
        let start = within(self.start, whole.start, whole.end() - span);
        Window { start, span }
    }

    /// Zoomed in by `factor` (> 1 in, < 1 out), keeping `anchor` where it is.
    pub fn zoom(self, factor: f64, anchor: f64, whole: Window) -> Window {
        let span = within(self.span / factor, MIN_SPAN.min(whole.span), whole.span);
        let start = anchor - (anchor - self.start) * span / self.span;
        Window { start, span }.clamped(whole)
    }

    pub fn pan(self, by: f64, whole: Window) -> Window {
        Window { start: self.start + by, ..self }.clamped(whole)
    }

    /// Showing `[a, b]` with some room around it.
    pub fn fit(a: f64, b: f64, whole: Window) -> Window {
        let span = ((b - a) * 1.25).max(MIN_SPAN);
        Window { start: (a + b) / 2.0 - span / 2.0, span }.clamped(whole)
    }

    /// The same zoom, moved just enough to show `x`.
    pub fn reveal(self, x: f64, whole: Window) -> Window {
        if x >= self.start && x <= self.end() {
            return self;
        }
        Window { start: x - self.span / 2.0, ..self }.clamped(whole)
    }

    pub fn to_px(self, x: f64, px_width: f64) -> f64 {
        (x - self.start) / self.span * px_width
    }

    pub fn to_units(self, px: f64, px_width: f64) -> f64 {
        self.start + px / px_width * self.span
    }
}

/// How an event sits on the axis: at a time, somewhere in a day, or over a month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Point,
    Day,
    Span,
}

/// One thing to place: `id` is the caller's (an event index).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub id: usize,
    pub extent: (f64, f64),
    pub shape: Shape,
}

/// What is drawn, in pixels, in which lane; rows count down from the top of the lane.
#[derive(Clone, Debug, PartialEq)]
pub enum Placed {
    Mark {
        lane: usize,
        id: usize,
        x: f64,
        row: usize,
    },
    /// Events dated to the same month or year share one bar (no zoom would draw them apart).
    Bar {
        lane: usize,
        ids: Vec<usize>,
        x0: f64,
        x1: f64,
    },
    /// Marks too close to draw apart; zooming to `extent` opens them.
    Count {
        lane: usize,
        ids: Vec<usize>,
        x: f64,
        extent: (f64, f64),
    },
}

/// Places one lane's items (in axis order: by start) in the window: spans as bars,
/// events of one day or one time side by side in rows, a group that does not fit (or
/// crowds its neighbour) as a count. Items out of sight are left out, so the cost
/// follows what is shown.
pub fn layout(items: &[Item], window: Window, px_width: f64, rows_free: usize, lane: usize) -> Vec<Placed> {
    let px = |x: f64| window.to_px(x, px_width);
    let in_sight = |i: &&Item| i.extent.1 >= window.start && i.extent.0 <= window.end();
    let mut placed = Vec::new();
    let mut groups: Vec<(f64, f64, Vec<usize>)> = Vec::new();
    // Where the bar of each span extent is in `placed`.
    let mut bars: Vec<((f64, f64), usize)> = Vec::new();
    for item in items.iter().filter(in_sight) {
        if item.shape == Shape::Span {
            match bars.iter().find(|(extent, _)| *extent == item.extent) {
                Some(&(_, at)) => {
                    if let Placed::Bar { ids, .. } = &mut placed[at] {
                        ids.push(item.id);
                    }
                }
                None => {
                    bars.push((item.extent, placed.len()));
                    placed.push(Placed::Bar { lane, ids: vec![item.id], x0: px(item.extent.0), x1: px(item.extent.1) });
                }
            }
            continue;
        }
        match groups.last_mut() {
            Some((a, b, ids)) if (*a, *b) == item.extent => ids.push(item.id),
            _ => groups.push((item.extent.0, item.extent.1, vec![item.id])),
        }
    }
    // The extent start and right edge (px) of the group placed last.
    let mut previous: Option<(f64, f64)> = None;
    for (a, b, ids) in groups {
        let centre = px((a + b) / 2.0);
        let columns = (((px(b) - px(a)) * 0.9 / STEP).floor() as usize).min(ids.len()).max(1);
        let rows = ids.len().div_ceil(columns);
        let half = (columns - 1) as f64 * STEP / 2.0;
        let crowded = previous.is_some_and(|(_, right)| centre - half - right < STEP);
        if crowded || rows > rows_free {
            // Too many for the rows, or too close to the group before: one count for all.
            let (start, mut all) = match previous {
                Some((start, _)) if crowded => (start, take_last_group(&mut placed)),
                _ => (a, Vec::new()),
            };
            all.extend(ids);
            let x = px((start + b) / 2.0);
            placed.push(Placed::Count { lane, ids: all, x, extent: (start, b) });
            previous = Some((start, x + STEP / 2.0));
        } else {
            for (n, id) in ids.into_iter().enumerate() {
                let x = centre - half + (n % columns) as f64 * STEP;
                placed.push(Placed::Mark { lane, id, x, row: n / columns });
            }
            previous = Some((a, centre + half));
        }
    }
    placed
}

/// Takes back the group placed last (a count, or a day's marks) so it can join a count.
fn take_last_group(placed: &mut Vec<Placed>) -> Vec<usize> {
    if matches!(placed.last(), Some(Placed::Count { .. })) {
        if let Some(Placed::Count { ids, .. }) = placed.pop() {
            return ids;
        }
    }
    let mut ids = Vec::new();
    while let Some(Placed::Mark { id, .. }) = placed.last() {
        ids.insert(0, *id);
        placed.pop();
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn seeds_like() -> Scale {
        let focus = [NaiveDate::from_ymd_opt(2016, 10, 6).unwrap(), NaiveDate::from_ymd_opt(2016, 10, 7).unwrap()];
        Scale::new(["2016-10-07", "2015-08", "2016-10-06", "2016-02", "2016-10-07"].map(date), &focus)
    }

    #[test]
    fn focus_days_get_room_and_skipped_time_a_break() {
        let scale = seeds_like();
        let widths: Vec<f64> = scale.slots.iter().map(|s| s.x1 - s.x0).collect();
        assert_eq!(widths, [6.0, 6.0, 24.0, 24.0], "one slot per distinct date, the focus days wide");
        // Aug 2015 | Feb 2016 | 6-7 Oct: two breaks, none between the two neighbouring days.
        assert_eq!(scale.breaks.len(), 2);
        assert!(scale.breaks[1] < scale.slots[2].x0);
        assert_eq!(scale.slots[2].x1, scale.slots[3].x0);
        assert_eq!(scale.width, 6.0 + 3.0 + 6.0 + 3.0 + 48.0);
    }

    #[test]
    fn a_time_is_a_point_in_its_day_and_a_month_reaches_over_its_days() {
        let scale = seeds_like();
        let friday = &scale.slots[3];
        assert_eq!(scale.extent(date("2016-10-07"), Some(12 * 60)), Some((friday.x0 + 12.0, friday.x0 + 12.0)));
        assert_eq!(scale.extent(date("2016-10-07"), None), Some((friday.x0, friday.x1)));
        assert_eq!(scale.extent(date("2016-03"), None), None, "a date with no slot is not placed");
        let with_month = Scale::new(["2016-10", "2016-10-06", "2016-10-07", "2016-11-20"].map(date), &[]);
        assert_eq!(with_month.breaks.len(), 1, "days inside a month do not break from it");
        assert_eq!(with_month.extent(date("2016-10"), None), Some((0.0, 18.0)));
        assert_eq!(minutes("17:16"), Some(17 * 60 + 16));
        assert_eq!(minutes("25:00"), None);
    }

    #[test]
    fn the_window_as_a_date_range() {
        let scale = seeds_like();
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let whole = Window::whole(scale.width);
        assert_eq!(scale.days_in(whole), Some((day("2015-08-01"), day("2016-10-07"))));
        let thursday = &scale.slots[2];
        let inside = Window { start: thursday.x0 + 1.0, span: 2.0 };
        assert_eq!(scale.days_in(inside), Some((day("2016-10-06"), day("2016-10-06"))));
        let february = Window { start: scale.slots[1].x0, span: 1.0 };
        assert_eq!(scale.days_in(february), Some((day("2016-02-01"), day("2016-02-29"))), "a month in sight counts whole");
        assert_eq!(scale.days_in(Window { start: 7.0, span: 1.0 }), None, "only a break in sight");
    }

    #[test]
    fn zoom_keeps_the_anchor_and_stays_inside_the_axis() {
        let whole = Window::whole(100.0);
        let zoomed = whole.zoom(4.0, 50.0, whole);
        assert!((zoomed.span - whole.span / 4.0).abs() < 1e-9);
        assert!((zoomed.to_px(50.0, 800.0) - whole.to_px(50.0, 800.0)).abs() < 1e-6, "the anchor stays under the pointer");
        assert_eq!(whole.zoom(1e9, 10.0, whole).span, MIN_SPAN);
        assert_eq!(zoomed.zoom(0.001, 50.0, whole), whole, "zooming out stops at the whole axis");
        assert_eq!(zoomed.pan(-1e6, whole).start, whole.start);
        assert_eq!(zoomed.pan(1e6, whole).end(), whole.end());
        let far = zoomed.pan(-1e6, whole).reveal(90.0, whole);
        assert!(far.start <= 90.0 && 90.0 <= far.end());
    }

    fn day_items(ids: std::ops::Range<usize>, extent: (f64, f64)) -> Vec<Item> {
        ids.map(|id| Item { id, extent, shape: Shape::Day }).collect()
    }

    #[test]
    fn a_crowded_day_is_a_count_that_opens_when_zoomed_in() {
        let items = day_items(0..14, (30.0, 54.0));
        let whole = Window::whole(60.0);
        // At 100 px the day is ~37 px wide: two columns, seven rows: too many.
        assert!(matches!(&layout(&items, whole, 100.0, MARK_ROWS, 0)[..], [Placed::Count { ids, .. }] if ids.len() == 14));
        let marks = layout(&items, whole, 1000.0, MARK_ROWS, 0);
        assert_eq!(marks.len(), 14);
        assert!(marks.iter().all(|p| matches!(p, Placed::Mark { row: 0, .. })), "a wide day holds them in one row");
        let zoomed = Window::fit(30.0, 54.0, whole);
        assert!(layout(&items, zoomed, 300.0, MARK_ROWS, 0).iter().all(|p| matches!(p, Placed::Mark { .. })));
    }

    #[test]
    fn spans_of_one_month_share_a_bar() {
        let span = |id, extent| Item { id, extent, shape: Shape::Span };
        let items = [span(0, (0.0, 6.0)), span(1, (0.0, 24.0)), span(2, (0.0, 6.0)), span(3, (6.0, 12.0)), span(4, (0.0, 6.0))];
        let placed = layout(&items, Window { start: 0.0, span: 30.0 }, 300.0, MARK_ROWS, 0);
        assert_eq!(
            placed,
            [
                Placed::Bar { lane: 0, ids: vec![0, 2, 4], x0: 0.0, x1: 60.0 },
                Placed::Bar { lane: 0, ids: vec![1], x0: 0.0, x1: 240.0 },
                Placed::Bar { lane: 0, ids: vec![3], x0: 60.0, x1: 120.0 },
            ]
        );
    }

    #[test]
    fn close_times_merge_into_one_count_and_spans_are_bars() {
        let items = [
            Item { id: 0, extent: (10.0, 10.0), shape: Shape::Point },
            Item { id: 1, extent: (10.1, 10.1), shape: Shape::Point },
            Item { id: 2, extent: (0.0, 6.0), shape: Shape::Span },
            Item { id: 3, extent: (40.0, 40.0), shape: Shape::Point },
        ];
        let placed = layout(&items, Window { start: 0.0, span: 50.0 }, 500.0, MARK_ROWS, 0);
        assert!(placed.contains(&Placed::Bar { lane: 0, ids: vec![2], x0: 0.0, x1: 60.0 }));
        assert!(placed.iter().any(|p| matches!(p, Placed::Count { ids, .. } if ids == &[0, 1])));
        assert!(placed.contains(&Placed::Mark { lane: 0, id: 3, x: 400.0, row: 0 }));
        // Zoomed in on the two, they stand apart; the third is out of sight and left out.
        let zoomed = layout(&items, Window { start: 9.9, span: 0.4 }, 500.0, MARK_ROWS, 0);
        assert_eq!(zoomed.len(), 2);
        assert!(zoomed.iter().all(|p| matches!(p, Placed::Mark { .. })));
    }

    #[test]
    fn a_brushed_stretch_is_the_days_in_it_and_a_range_is_drawn_back_over_them() {
        let day = |d: &str| match PartialDate::parse(d) {
            Some(PartialDate::Day(d)) => d,
            _ => unreachable!(),
        };
        let dates = ["2016-02", "2016-10-06", "2016-10-07", "2016-10-09"].map(|d| PartialDate::parse(d).unwrap());
        let scale = Scale::new(dates, &[day("2016-10-06"), day("2016-10-07")]);
        // A brush from the middle of 6 October to the middle of 7 October covers both days.
        let (six, seven) = (&scale.slots[1], &scale.slots[2]);
        let brushed = Window { start: (six.x0 + six.x1) / 2.0, span: (seven.x0 + seven.x1) / 2.0 - (six.x0 + six.x1) / 2.0 };
        assert_eq!(scale.days_in(brushed), Some((day("2016-10-06"), day("2016-10-07"))));
        // Drawn back: the range covers exactly those two slots.
        assert_eq!(scale.range(Some(day("2016-10-06")), Some(day("2016-10-07"))), Some((six.x0, seven.x1)));
        // Open ends reach the axis's ends; a month reaching into the range counts.
        assert_eq!(scale.range(None, Some(day("2016-02-10"))), Some((scale.slots[0].x0, scale.slots[0].x1)));
        assert_eq!(scale.range(Some(day("2016-10-08")), None), Some((scale.slots[3].x0, scale.slots[3].x1)));
        assert_eq!(scale.range(Some(day("2017-01-01")), None), None, "nothing of the axis in the range");
    }
}
