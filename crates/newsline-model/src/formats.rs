//! The corpus, or a selection of its events, in the formats other tools read: the
//! corpus JSON of the export contract, CSV (spreadsheets), iCalendar (calendars) and
//! TimelineJS JSON (Knight Lab's TimelineJS). `EXPORT_FORMATS` is the one list of them:
//! the `newsline export --format` CLI accepts its names and the download panel in the
//! browser shows its buttons, so a format added here appears in both.

use crate::{Corpus, Event, Precision};
use std::fmt::Write;

/// A format the corpus is exported in.
#[derive(Debug)]
pub struct ExportFormat {
    /// `newsline export --format NAME`, and the download button's `data-download`.
    pub name: &'static str,
    /// The downloaded file's name, without the extension.
    pub file_stem: &'static str,
    pub extension: &'static str,
    pub mime: &'static str,
    /// The download button's text.
    pub label: &'static str,
    /// Writes every event of the corpus (callers restrict the corpus to the events they want
    /// first); the second argument is the time of export as an iCalendar UTC timestamp.
    pub write: fn(&Corpus, &str) -> String,
    /// Whether it writes the articles' text or the mentions' sentences (the page fetches the
    /// article shards first, when it has them).
    pub needs_sentences: bool,
    /// Writes the same bytes as `write` straight to a writer, for a format whose text is
    /// large (the corpus JSON holds every article): the CLI streams it instead of holding
    /// it whole in memory (twice the corpus's text, as serde grows its string).
    pub stream: Option<StreamFn>,
}

/// Writes a corpus in one format straight to a writer (see [`ExportFormat::stream`]).
pub type StreamFn = fn(&Corpus, &mut dyn std::io::Write) -> std::io::Result<()>;

impl ExportFormat {
    pub fn file_name(&self) -> String {
        format!("{}.{}", self.file_stem, self.extension)
    }
}

/// The title TimelineJS shows on its first slide.
const TIMELINE_TITLE: &str = "Newsline";

/// Every export format, in the order the download panel shows them; the first is the CLI's default.
pub static EXPORT_FORMATS: [ExportFormat; 4] = [
    ExportFormat {
        name: "json",
        file_stem: "newsline",
        extension: "json",
        mime: "application/json",
        label: "Corpus JSON",
        // Serialising plain data (strings, numbers, lists) cannot fail.
        write: |corpus, _| serde_json::to_string_pretty(corpus).unwrap_or_default(),
        needs_sentences: true,
        stream: Some(|corpus, out| serde_json::to_writer_pretty(out, corpus).map_err(std::io::Error::other)),
    },
    ExportFormat {
        name: "timelinejs",
        file_stem: "newsline-timelinejs",
        extension: "json",
        mime: "application/json",
        label: "TimelineJS",
        write: |corpus, _| timelinejs(corpus, &all_events(corpus), TIMELINE_TITLE),
        needs_sentences: true,
        stream: None,
    },
    ExportFormat {
        name: "csv",
        file_stem: "newsline-events",
        extension: "csv",
        mime: "text/csv",
        label: "CSV",
        write: |corpus, _| events_csv(corpus, &all_events(corpus)),
        needs_sentences: false,
        stream: None,
    },
    ExportFormat {
        name: "ics",
        file_stem: "newsline-events",
        extension: "ics",
        mime: "text/calendar",
        label: "Calendar (.ics)",
        write: |corpus, stamp| events_ics(corpus, &all_events(corpus), stamp),
        needs_sentences: true,
        stream: None,
    },
];

/// The export format of that name.
pub fn export_format(name: &str) -> Option<&'static ExportFormat> {
    EXPORT_FORMATS.iter().find(|f| f.name == name)
}

fn all_events(corpus: &Corpus) -> Vec<&Event> {
    corpus.events.iter().collect()
}

/// The outlets that reported an event, each once, in order of first mention.
pub fn outlets_of<'a>(corpus: &'a Corpus, event: &Event) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for m in event.mentions.iter() {
        if let Some(outlet) = corpus.articles.iter().find(|a| a.id == m.article).and_then(|a| a.outlet.as_deref()) {
            if !out.contains(&outlet) {
                out.push(outlet);
            }
        }
    }
    out
}

fn actor_names(corpus: &Corpus, event: &Event) -> Vec<String> {
    event.actors.iter().map(|id| corpus.actors.iter().find(|a| a.id == *id).map_or_else(|| id.to_string(), |a| a.name.to_string())).collect()
}

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Unknown => "unknown",
    }
}

/// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
fn csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// One row per event, with a header row. Lines end with CRLF (RFC 4180).
pub fn events_csv(corpus: &Corpus, events: &[&Event]) -> String {
    let mut out = String::from("id,date,time,precision,date_inferred,anchor,summary,actors,outlets,mentions,headline\r\n");
    for e in events {
        let fields = [
            e.id.to_string(),
            e.date.as_deref().unwrap_or("").to_string(),
            e.time.as_deref().unwrap_or("").to_string(),
            precision_name(e.precision).to_string(),
            e.date_inferred.to_string(),
            e.anchor.as_deref().unwrap_or("").to_string(),
            e.summary.to_string(),
            actor_names(corpus, e).join("; "),
            outlets_of(corpus, e).join("; "),
            e.mentions.len().to_string(),
            // Last, so that the columns before it keep their places.
            e.headline.as_deref().unwrap_or("").to_string(),
        ];
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

/// RFC 5545 text escaping.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 line folding: lines longer than 75 octets continue on the next line after a
/// space. Folds fall between two non-space characters, so that parsers which trim the
/// ends of lines still unfold the text exactly.
fn ics_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = 0;
        let mut fallback = 0;
        let chars: Vec<(usize, char)> = rest.char_indices().collect();
        for (k, &(at, c)) in chars.iter().enumerate() {
            if at + c.len_utf8() > limit {
                break;
            }
            fallback = at + c.len_utf8();
            let next = chars.get(k + 1).map(|(_, n)| *n);
            if !c.is_whitespace() && next.is_some_and(|n| !n.is_whitespace()) {
                cut = at + c.len_utf8();
            }
        }
        let cut = if cut == 0 { fallback } else { cut };
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74; // the continuation's leading space counts
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// The first day an event's date covers and the day after its last, as `YYYYMMDD`.
fn ics_span(date: &str) -> Option<(String, String)> {
    let parts: Vec<u32> = date.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let days_in = |y: u32, m: u32| match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let next_day = |y: u32, m: u32, d: u32| {
        if d < days_in(y, m) {
            (y, m, d + 1)
        } else if m < 12 {
            (y, m + 1, 1)
        } else {
            (y + 1, 1, 1)
        }
    };
    let fmt = |(y, m, d): (u32, u32, u32)| format!("{y:04}{m:02}{d:02}");
    match parts.as_slice() {
        [y, m, d] if (1..=12).contains(m) && (1..=days_in(*y, *m)).contains(d) => Some((fmt((*y, *m, *d)), fmt(next_day(*y, *m, *d)))),
        [y, m] if (1..=12).contains(m) => Some((fmt((*y, *m, 1)), fmt(next_day(*y, *m, days_in(*y, *m))))),
        [y] => Some((fmt((*y, 1, 1)), fmt((*y + 1, 1, 1)))),
        _ => None,
    }
}

/// An iCalendar file with one all-day entry per dated event (an event known only to
/// the month or year spans it). `stamp` is the DTSTAMP, `YYYYMMDDTHHMMSSZ`.
pub fn events_ics(corpus: &Corpus, events: &[&Event], stamp: &str) -> String {
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Newsline//Newsline export//EN", "CALSCALE:GREGORIAN"] {
        ics_line(&mut out, line);
    }
    for e in events {
        let Some((start, end)) = e.date.as_deref().and_then(ics_span) else { continue };
        let mut description = String::new();
        if e.precision != Precision::Day {
            let _ = writeln!(description, "Date known to the {} only.", precision_name(e.precision));
        }
        if e.date_inferred {
            let _ = writeln!(description, "Date inferred from the reporting article.");
        }
        let _ = writeln!(description, "Reported by: {}", outlets_of(corpus, e).join(", "));
        for m in e.mentions.iter() {
            let outlet = corpus.articles.iter().find(|a| a.id == m.article).and_then(|a| a.outlet.as_deref()).unwrap_or("?");
            let _ = writeln!(description, "{outlet}: {}", m.text);
        }
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}@newsline", e.id));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{start}"));
        ics_line(&mut out, &format!("DTEND;VALUE=DATE:{end}"));
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(e.title())));
        ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(description.trim_end())));
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `<` escaped too, so the JSON is safe inside an HTML <script>.
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// TimelineJS's JSON format: one slide per dated event, with the outlets' sentences as text.
/// (TimelineJS renders `text` as HTML, so everything from the articles is escaped.)
pub fn timelinejs(corpus: &Corpus, events: &[&Event], title: &str) -> String {
    let mut slides = Vec::new();
    for e in events {
        let Some(date) = e.date.as_deref() else { continue };
        let parts: Vec<&str> = date.split('-').collect();
        let mut start = format!("\"year\":{}", json_string(parts[0]));
        if let Some(m) = parts.get(1) {
            let _ = write!(start, ",\"month\":{}", json_string(m.trim_start_matches('0')));
        }
        if let Some(d) = parts.get(2) {
            let _ = write!(start, ",\"day\":{}", json_string(d.trim_start_matches('0')));
        }
        if let Some(time) = e.time.as_deref() {
            let (h, m) = time.split_once(':').unwrap_or((time, "0"));
            let _ = write!(start, ",\"hour\":{},\"minute\":{}", json_string(h), json_string(m));
        }
        let mut text = String::new();
        let outlets = outlets_of(corpus, e);
        let _ = write!(text, "<p>Reported by {}.</p>", html_escape(&outlets.join(", ")));
        for m in e.mentions.iter() {
            let outlet = corpus.articles.iter().find(|a| a.id == m.article).and_then(|a| a.outlet.as_deref()).unwrap_or("?");
            let _ = write!(text, "<p><b>{}</b>: {}</p>", html_escape(outlet), html_escape(&m.text));
        }
        let headline: String = e.title().chars().take(120).collect();
        let mut slide = format!(
            "{{\"unique_id\":{},\"start_date\":{{{start}}},\"text\":{{\"headline\":{},\"text\":{}}}",
            json_string(&format!("event-{}", e.id)),
            json_string(&html_escape(&headline)),
            json_string(&text),
        );
        if e.precision != Precision::Day {
            let _ = write!(slide, ",\"display_date\":{}", json_string(&format!("{date} (approximate)")));
        }
        slide.push('}');
        slides.push(slide);
    }
    format!(
        "{{\"title\":{{\"text\":{{\"headline\":{},\"text\":{}}}}},\"events\":[{}]}}",
        json_string(&html_escape(title)),
        json_string(&format!("<p>{} events extracted by Newsline.</p>", slides.len())),
        slides.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;
    use std::borrow::Cow;

    fn corpus() -> Corpus {
        let article = Article {
            id: "a1".into(),
            file: "a1.txt".into(),
            outlet: Some("The \"Daily\", Planet".into()),
            outlet_source: None,
            agency: None,
            url: None,
            title: None,
            published: Published { date: Some("2016-10-07".into()), time: None, inferred: false, evidence: None },
            text: "".into(),
            sentences: Cow::Owned(vec![]),
            copy_of: None,
        };
        let event = |id: &str, date: &str, precision, summary: &str| Event {
            id: id.to_string().into(),
            date: Some(date.to_string().into()),
            time: None,
            precision,
            date_inferred: false,
            anchor: None,
            summary: summary.to_string().into(),
            headline: None,
            actors: Cow::Owned(vec!["lavrov".into()]),
            mentions: Cow::Owned(vec![Mention { article: "a1".into(), text: summary.to_string().into(), sentence: 0, passing: false }]),
        };
        Corpus {
            articles: Cow::Owned(vec![article]),
            actors: Cow::Owned(vec![Actor {
                id: "lavrov".into(),
                name: "Sergey Lavrov".into(),
                kind: ActorKind::Person,
                aliases: Cow::Owned(vec![]),
                roles: Cow::Owned(vec![]),
            }]),
            events: Cow::Owned(vec![
                event("e1", "2016-10-07", Precision::Day, "Lavrov said: “For God’s sake, if al-Nusra leaves, we support it,” <script>x</script>; then\\ more"),
                event("e2", "2016-02", Precision::Month, "Back in February, a truce; line\nbreak"),
            ]),
            quotes: Cow::Owned(vec![]),
        }
    }

    #[test]
    fn ics_spans_cover_the_precision_of_the_date() {
        assert_eq!(ics_span("2016-10-07"), Some(("20161007".into(), "20161008".into())));
        assert_eq!(ics_span("2016-12-31"), Some(("20161231".into(), "20170101".into())));
        assert_eq!(ics_span("2016-02"), Some(("20160201".into(), "20160301".into())));
        assert_eq!(ics_span("2015"), Some(("20150101".into(), "20160101".into())));
        assert_eq!(ics_span("2016-02-30"), None);
    }

    #[test]
    fn ics_lines_are_folded_at_75_octets_and_end_in_crlf() {
        let c = corpus();
        let events: Vec<&Event> = c.events.iter().collect();
        let ics = events_ics(&c, &events, "20161007T000000Z");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
        }
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_streamed_format_writes_the_bytes_it_renders() {
        let c = corpus();
        let streamed: Vec<&ExportFormat> = EXPORT_FORMATS.iter().filter(|f| f.stream.is_some()).collect();
        assert!(!streamed.is_empty(), "the corpus JSON is streamed");
        for format in streamed {
            let mut bytes = Vec::new();
            (format.stream.unwrap())(&c, &mut bytes).unwrap();
            assert_eq!(String::from_utf8(bytes).unwrap(), (format.write)(&c, "20161007T000000Z"), "{}", format.name);
        }
    }

    #[test]
    fn every_export_format_has_its_own_name_and_file_and_writes_every_event() {
        let c = corpus();
        for (i, format) in EXPORT_FORMATS.iter().enumerate() {
            assert!(EXPORT_FORMATS[..i].iter().all(|f| f.name != format.name && f.file_name() != format.file_name()), "{format:?}");
            assert!(std::ptr::eq(export_format(format.name).unwrap(), format));
            let written = (format.write)(&c, "20161007T000000Z");
            assert!(written.contains("e1") || written.contains("2016"), "{}: {written}", format.name);
        }
        assert!(export_format("pdf").is_none());
        let json: Corpus = serde_json::from_str(&(EXPORT_FORMATS[0].write)(&c, "")).unwrap();
        assert_eq!(json, c, "the JSON is the export contract, read back whole");
    }

    #[test]
    fn json_strings_escape_quotes_controls_and_markup() {
        assert_eq!(json_string("a\"b\\c\nd<e"), "\"a\\\"b\\\\c\\nd\\u003ce\"");
    }
}
