//! The axis drawing as SVG markup: the scale (focus days shaded, the baseline with a
//! break wherever time is skipped, hour ticks when zoomed into a day, the date labels
//! that fit) and the marks placed by `crate::axis::layout`.
//!
//! Why a string and not a tree of components: zooming moves every mark on every frame.
//! Redrawing one string is cheaper per frame and far smaller in the wasm than a keyed
//! tree of reactive nodes; `time_axis.rs` then applies the state that changes without a
//! redraw (tab stop, pointed and open marks) and keeps the focus on its mark.

use super::axis_lanes::Lane;
use crate::axis::{whole_px as px, Placed, Scale, Window, MARK_ROWS, STEP};
use crate::corpus::{corpus, outlet_names};
use crate::dates::PartialDate;
use newsline_model::{Event, Precision};
use std::fmt::Write;

/// Vertical layout (px). One lane: spans on top, rows of marks, the baseline, two lines
/// of labels. Several lanes: each a name, a span row and one row of marks.
const BAR_Y: i32 = 8;
const MARKS_Y: i32 = 34;
const LANE_H: i32 = 40;

/// Where the baseline goes under `lanes` lanes.
fn baseline(lanes: usize) -> i32 {
    if lanes <= 1 {
        MARKS_Y + (MARK_ROWS as i32 - 1) * STEP as i32 + 16
    } else {
        lanes as i32 * LANE_H + 8
    }
}

/// The drawing's height for `lanes` lanes.
pub fn height(lanes: usize) -> i32 {
    baseline(lanes) + 36
}

/// The top of a lane's spans and of its first row of marks.
fn lane_rows(lanes: usize, lane: usize) -> (i32, i32) {
    if lanes <= 1 {
        (BAR_Y, MARKS_Y)
    } else {
        (lane as i32 * LANE_H + 15, lane as i32 * LANE_H + 31)
    }
}

/// Rough width of a label character at the axis font size, to keep labels apart.
const CHAR_PX: f64 = 7.0;

/// The top of the strip of date labels under the lanes, where a drag brushes a date range.
pub fn strip_top(lanes: usize) -> i32 {
    baseline(lanes)
}

/// Stretches of the axis shaded over the lanes (in axis units): the date facet's range,
/// and the range being brushed.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shades {
    pub range: Option<(f64, f64)>,
    pub brush: Option<(f64, f64)>,
}

/// The whole drawing: the scale, the shaded ranges, the lanes (names, publication times,
/// the lines joining one event's marks), then the marks over them.
pub fn drawing(scale: &Scale, lanes: &[Lane], placed: &[Placed], window: Window, width: f64, shades: Shades) -> String {
    let mut out = String::with_capacity(256 + placed.len() * 256);
    let n = lanes.len();
    out.push_str(r#"<g class="axis-scale" aria-hidden="true">"#);
    scale_markup(&mut out, scale, window, width, baseline(n));
    for (class, stretch) in [("axis-range", shades.range), ("axis-brush", shades.brush)] {
        if let Some((a, b)) = stretch {
            let (a, b) = (px(window.to_px(a.min(b), width)), px(window.to_px(a.max(b), width)));
            let _ = write!(out, r#"<rect class="{class}" x="{a}" y="0" width="{}" height="{}"/>"#, b - a, baseline(n));
        }
    }
    let _ = write!(out, r#"<rect class="axis-strip" x="0" y="{}" width="{}" height="36"/>"#, baseline(n), px(width));
    if n > 1 {
        lanes_markup(&mut out, lanes, window, width);
        joins_markup(&mut out, placed, n);
    }
    out.push_str("</g>");
    for (key, thing) in placed.iter().enumerate() {
        mark_markup(&mut out, key, thing, n);
    }
    out
}

/// Each lane's name and rule, and its outlet's publication times: a triangle at a known
/// time, a dashed line under the day when only the date is known.
fn lanes_markup(out: &mut String, lanes: &[Lane], window: Window, width: f64) {
    for (n, lane) in lanes.iter().enumerate() {
        let (top, marks) = (n as i32 * LANE_H, lane_rows(lanes.len(), n).1);
        let _ =
            write!(out, r#"<path class="axis-rule" d="M0 {top}H{}"/><text class="axis-lane" x="4" y="{}">{}</text>"#, px(width), top + 11, escape(&lane.name));
        // One path per kind and lane, each publication a piece of it (an element each would
        // cost a frame thousands of elements to parse at scale); each position once, only
        // what is in sight.
        let (mut timed, mut days) = (String::new(), String::new());
        // Pixels already marked, for each kind (a day's underline is known by its start).
        let slots = px(width) as usize + 21;
        let (mut timed_at, mut day_at) = (vec![false; slots], vec![false; slots]);
        for &(a, b) in &lane.published {
            let (a, b) = (px(window.to_px(a, width)), px(window.to_px(b, width)));
            if b < -10 || f64::from(a) > width + 10.0 {
                continue;
            }
            // Each position once: many articles share a day, or a minute.
            let seen = if a == b { &mut timed_at } else { &mut day_at };
            if let Some(slot) = usize::try_from(a + 10).ok().filter(|&s| s < slots) {
                if std::mem::replace(&mut seen[slot], true) {
                    continue;
                }
            }
            let _ = if a == b { write!(timed, "M{a} {}l5 7h-10z", marks + 2) } else { write!(days, "M{a} {}H{b}", marks + 8) };
        }
        for (class, d) in [("axis-published", timed), ("axis-published-day", days)] {
            if !d.is_empty() {
                let _ = write!(out, r#"<path class="{class}" d="{d}"/>"#);
            }
        }
    }
}

/// A line through the marks of one event in different lanes (a bar joins by its first
/// event). Quadratic in what is drawn, which layout keeps to what fits in sight.
fn joins_markup(out: &mut String, placed: &[Placed], lanes: usize) {
    let points: Vec<(usize, i32, i32)> = placed
        .iter()
        .filter_map(|p| match p {
            Placed::Mark { lane, id, x, .. } => Some((*id, px(*x), lane_rows(lanes, *lane).1)),
            Placed::Bar { lane, ids, x0, .. } => Some((ids[0], px(*x0), lane_rows(lanes, *lane).0 + 5)),
            Placed::Count { .. } => None,
        })
        .collect();
    for (i, &(id, x, y)) in points.iter().enumerate() {
        if points[..i].iter().any(|p| p.0 == id) {
            continue;
        }
        let mut rest = points[i + 1..].iter().filter(|p| p.0 == id).peekable();
        if rest.peek().is_some() {
            let _ = write!(out, r#"<path class="axis-join" d="M{x} {y}"#);
            for p in rest {
                let _ = write!(out, "L{} {}", p.1, p.2);
            }
            out.push_str(r#""/>"#);
        }
    }
}

/// Colours of the downloaded picture (the page's light theme): the file has no page
/// style sheet to lean on.
const PICTURE_STYLE: &str = "text{font:12px system-ui,sans-serif;fill:#5b636e}.axis-label,.axis-lane{font-weight:600}\
.axis-lane{fill:#1b1f24;font-size:11px}.axis-line,.axis-tick,.axis-break{stroke:#5b636e;fill:none}.axis-rule{stroke:#d9dde2}\
.axis-focus{fill:#eef2f8}.mark circle,.mark rect{fill:#1d5fa8;stroke:#1d5fa8;stroke-width:2}\
.mark.inferred circle,.mark.inferred rect{fill:#fff}.count circle{fill:#1d5fa8}.count text{fill:#fff;font-weight:700}\
.axis-join{stroke:#1d5fa8;stroke-width:1.5;fill:none;opacity:.6}.axis-published{fill:#b4540f}\
.axis-published-day{stroke:#b4540f;stroke-width:2;stroke-dasharray:4 3;fill:none}.axis-strip{fill:none}\
.axis-range{fill:#1d5fa8;opacity:.08}";

/// The drawing as a file of its own (what "Download the picture" saves): the same
/// markup, with its colours and a white background.
pub fn picture(markup: &str, width: i32, height: i32) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
         <title>Newsline: events on the time axis</title><style>{PICTURE_STYLE}</style>\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>{markup}</svg>"
    )
}

/// Escapes text for an attribute value or element content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// One event's mark (a dot, a bar over a month or year; hollow when the date is
/// inferred) or a count, focusable (one tab stop, set after drawing) and named.
fn mark_markup(out: &mut String, key: usize, placed: &Placed, lanes: usize) {
    let events = &corpus().events;
    let (class, x, y, shape, data, label) = match placed {
        Placed::Mark { lane, id, x, row } => {
            let event = &events[*id];
            let y = lane_rows(lanes, *lane).1 + *row as i32 * STEP as i32;
            (mark_class(event), *x, y, "<circle r=\"6\"/>".to_string(), event_data(event), mark_label(event))
        }
        Placed::Bar { lane, ids, x0, x1 } => {
            let event = &events[ids[0]];
            let mut shape = format!("<rect width=\"{}\" height=\"10\" rx=\"3\"/>", px((x1 - x0).max(8.0)));
            let label = if ids.len() == 1 {
                mark_label(event)
            } else {
                let _ = write!(shape, "<text x=\"4\" dy=\"0.85em\">{}</text>", ids.len());
                let date = event.date.as_deref().and_then(PartialDate::parse).map(PartialDate::long_label).unwrap_or_default();
                format!("{} events dated {date}, listed together below; the first: {}", ids.len(), event.title())
            };
            (mark_class(event) + " span", *x0, lane_rows(lanes, *lane).0, shape, event_data(event), label)
        }
        Placed::Count { lane, ids, x, .. } => {
            // In the middle row of a single lane; in its row of many.
            let y = lane_rows(lanes, *lane).1 + if lanes <= 1 { STEP as i32 } else { 0 };
            let r = if lanes <= 1 { 13 } else { 9 };
            let shape = format!("<circle r=\"{r}\"/><text text-anchor=\"middle\" dy=\"0.35em\">{}</text>", ids.len());
            ("count".to_string(), *x, y, shape, String::new(), count_label(ids))
        }
    };
    let _ = write!(
        out,
        r#"<g role="button" tabindex="-1" class="{class}" data-key="{key}" {data} aria-label="{}" transform="translate({} {y})">{shape}</g>"#,
        escape(&label),
        px(x)
    );
}

fn mark_class(event: &Event) -> String {
    String::from(if event.date_inferred { "mark inferred" } else { "mark" })
}

fn event_data(event: &Event) -> String {
    format!("data-event=\"{}\"", escape(&event.id))
}

/// "Friday 7 October 2016, 12:29 (date inferred): title. Reported by RT, TASS."
pub fn mark_label(event: &'static Event) -> String {
    let date = event.date.as_deref().and_then(PartialDate::parse).map(PartialDate::long_label).unwrap_or_default();
    let time = event.time.as_deref().map(|t| format!(", {t}")).unwrap_or_default();
    let note = if event.date_inferred {
        " (date inferred)"
    } else if event.precision != Precision::Day {
        " (approximate date)"
    } else {
        ""
    };
    format!("{date}{time}{note}: {} Reported by {}.", event.title(), outlet_names(event).join(", "))
}

/// "14 events on 7 Oct 2016: zoom in to see them apart".
fn count_label(ids: &[usize]) -> String {
    let events = &corpus().events;
    // The ids are in axis order: the first and last dated ones bound the group (a count may
    // hold thousands of events when zoomed out; one label each would cost every frame).
    let label = |i: &usize| events[*i].date.as_deref().and_then(PartialDate::parse).map(PartialDate::short_label);
    let (first, last) = (ids.iter().find_map(label).unwrap_or_default(), ids.iter().rev().find_map(label).unwrap_or_default());
    let when = if first == last { format!("on {first}") } else { format!("from {first} to {last}") };
    format!("{} events {when}: zoom in to see them apart", ids.len())
}

/// A label is drawn only when it clears the one before it.
fn fits(x: f64, text: &str, right_of_previous: &mut f64) -> bool {
    let half = text.chars().count() as f64 * CHAR_PX / 2.0;
    if x - half < *right_of_previous + 8.0 {
        return false;
    }
    *right_of_previous = x + half;
    true
}

/// Hours between ticks for a focus day, so ticks stay ~48 px apart (none when too tight).
fn hour_step(px_per_hour: f64) -> Option<u32> {
    [1, 2, 3, 6, 12].into_iter().find(|h| f64::from(*h) * px_per_hour >= 48.0)
}

/// The scale in sight. Only numbers and date labels the app writes itself go into it.
fn scale_markup(out: &mut String, scale: &Scale, window: Window, width: f64, y: i32) {
    let to_px = |x: f64| window.to_px(x, width);
    let mut right_of_previous = f64::NEG_INFINITY;
    for slot in scale.slots.iter() {
        let (a, b) = (to_px(slot.x0), to_px(slot.x1));
        if b < 0.0 || a > width {
            continue;
        }
        if slot.focus {
            let _ = write!(out, r#"<rect class="axis-focus" x="{}" y="0" width="{}" height="{y}"/>"#, px(a), px(b - a));
            hours(out, a, (b - a) / 24.0, y);
        }
        let _ = write!(out, r#"<path class="axis-line" d="M{} {y}H{}M{} {y}v6"/>"#, px(a), px(b), px(a));
        let text = match slot.date {
            PartialDate::Day(_) if slot.focus => slot.date.long_label(),
            date => date.short_label(),
        };
        // The middle of the part in sight (a day's name stays in view when zoomed into it),
        // moved in from the edges so the label is not cut.
        let half = text.chars().count() as f64 * CHAR_PX / 2.0;
        let centre = ((a.max(0.0) + b.min(width)) / 2.0).min(width - half - 2.0).max(half + 2.0);
        if fits(centre, &text, &mut right_of_previous) {
            let _ = write!(out, r#"<text class="axis-label" x="{}" y="{}" text-anchor="middle">{text}</text>"#, px(centre), y + 30);
        }
    }
    for x in scale.breaks.iter().map(|&b| px(to_px(b))).filter(|&x| x > -10 && f64::from(x) < width + 10.0) {
        let _ = write!(out, r#"<path class="axis-break" d="M{} {}l6 -12M{x} {}l6 -12"/>"#, x - 6, y + 6, y + 6);
    }
}

/// Hour ticks and labels of a focus day starting at `day_start` px.
fn hours(out: &mut String, day_start: f64, px_per_hour: f64, y: i32) {
    let Some(step) = hour_step(px_per_hour) else { return };
    for h in (step..24).step_by(step as usize) {
        let x = px(day_start + f64::from(h) * px_per_hour);
        let _ = write!(
            out,
            r#"<path class="axis-tick" d="M{x} {}v8"/><text class="axis-hour" x="{x}" y="{}" text-anchor="middle">{h:02}:00</text>"#,
            y - 4,
            y + 15
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_would_touch_are_skipped() {
        let mut right = f64::NEG_INFINITY;
        assert!(fits(100.0, "Aug 2015", &mut right));
        assert!(!fits(130.0, "Feb 2016", &mut right), "28 px apart: the second would overlap");
        assert!(fits(200.0, "Feb 2016", &mut right));
    }

    #[test]
    fn hour_ticks_thin_out_as_the_day_narrows() {
        assert_eq!(hour_step(60.0), Some(1));
        assert_eq!(hour_step(10.0), Some(6));
        assert_eq!(hour_step(1.0), None);
    }

    #[test]
    fn the_scale_draws_what_is_in_sight() {
        let day = |d| PartialDate::parse(d).unwrap();
        let friday = chrono::NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        let scale = Scale::new([day("2015-08"), day("2016-10-07")], &[friday]);
        let whole = Window::whole(scale.width);
        let all = drawing(&scale, &[], &[], whole, 800.0, Shades::default());
        assert!(all.contains("Aug 2015") && all.contains("Friday 7 October 2016"));
        assert_eq!(all.matches("axis-break").count(), 1);
        assert_eq!(all.matches("axis-hour").count(), 7, "at ~23 px an hour, every third hour: 03:00 to 21:00");
        // Zoomed into the Friday: the August slot and the break are out of sight.
        let friday_only = drawing(&scale, &[], &[], whole.zoom(3.0, 21.0, whole), 800.0, Shades::default());
        assert!(!friday_only.contains("Aug 2015") && !friday_only.contains("axis-break"));
        assert!(friday_only.contains("13:00"), "at ~68 px an hour, every hour");
    }

    #[test]
    fn lanes_show_names_publication_times_and_join_one_event_across_them() {
        let scale = Scale::new([PartialDate::parse("2016-10-07").unwrap()], &[]);
        let lane = |name: &str, published| Lane { name: name.into(), events: vec![0], published };
        let lanes = [lane("RT <1>", vec![(2.0, 2.0), (3.0, 3.0), (2.0, 2.0)]), lane("TASS", vec![(0.0, 6.0)])];
        let placed = [
            Placed::Mark { lane: 0, id: 0, x: 100.0, row: 0 },
            Placed::Mark { lane: 1, id: 0, x: 120.0, row: 0 },
            Placed::Mark { lane: 1, id: 1, x: 300.0, row: 0 },
        ];
        let out = drawing(&scale, &lanes, &placed, Window { start: 0.0, span: 6.0 }, 600.0, Shades::default());
        assert!(out.contains("RT &lt;1&gt;"), "lane names are escaped");
        assert_eq!(out.matches("axis-join").count(), 1, "only the event in both lanes is joined");
        assert!(out.contains(r#"d="M100 31L120 71""#));
        assert!(out.contains(r#"class="axis-published" d="M200 33l5 7h-10zM300 33l5 7h-10z""#), "a known time is a triangle at it, each time once");
        assert!(out.contains(r#"class="axis-published-day" d="M0 79H600""#), "a date alone underlines the day");
        assert_eq!(height(2), 2 * LANE_H + 8 + 36);
    }

    #[test]
    fn the_picture_is_a_standalone_svg_file() {
        let scale = Scale::new([PartialDate::parse("2016-10-07").unwrap()], &[]);
        let markup = drawing(&scale, &[], &[Placed::Mark { lane: 0, id: 0, x: 10.0, row: 0 }], Window::whole(scale.width), 400.0, Shades::default());
        let file = picture(&markup, 400, height(1));
        assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"122\""));
        assert!(file.contains("<style>") && file.contains(&markup) && file.ends_with("</svg>"));
    }

    #[test]
    fn corpus_text_is_escaped_in_the_markup() {
        assert_eq!(escape(r#"<script>"a" & b</script>"#), "&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;");
        let events = &corpus().events;
        let mut out = String::new();
        mark_markup(&mut out, 0, &Placed::Mark { lane: 0, id: 0, x: 10.0, row: 1 }, 1);
        assert!(out.contains(&format!("data-event=\"{}\"", events[0].id)));
        assert!(out.contains("translate(10 52)"));
        assert_eq!(out.matches('<').count(), 3, "one group, one circle, its end tag: no markup from the summary");
    }
}
