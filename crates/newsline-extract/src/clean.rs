//! Stage 1, cleaning: a raw page scrape becomes lines of story and lines of
//! furniture, each with its byte range in the seed file.
//!
//! Nothing is rewritten: a kept line is a range of the original text, so every
//! sentence found later is verbatim source text. What is dropped is kept too,
//! with the reason, so the decision can be inspected and tested.

use crate::data;
use crate::timex::{self, Stated};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Part of the story.
    Story,
    /// A headline, dek or sub-heading: text of the story without sentence punctuation.
    Heading,
    /// Only a date and time: page metadata.
    DateLine(Stated),
    /// Not part of the story.
    Furniture(Furniture),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Furniture {
    /// Navigation soup ("icon bookmark-bicon chevron downicon ...").
    Navigation,
    /// A navigation or share label ("All news", "Follow us on:").
    Label,
    /// A line introducing a repost ("RT reports:"), naming the source.
    RepostIntro(String),
    /// A credit line ("The BRICS Post with inputs from Agencies").
    Credit,
    /// A photo caption (ends with a credit, or is printed more than once).
    Caption,
    /// A later verbatim copy of a line already kept.
    Repeat,
}

/// What opens a story line before its first sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// A date label ("date 2016-10-07 ").
    DateLabel(Stated),
    /// A month label ("date 2016-10 "): the page's year and month, not its day.
    MonthLabel { year: i32, month: u32 },
    /// A dateline ("MOSCOW, October 7. /TASS/.", "BEIRUT (AP) —", "(CNN)").
    Dateline {
        /// The date of the dateline when it has one, as written ("October 7").
        date: Option<String>,
        /// The agency or outlet named in it ("TASS", "AP").
        agency: Option<String>,
        /// A date label before the dateline ("date 2016-10-07 BEIRUT (AP) —").
        label: Option<Stated>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Byte range of the trimmed line in the seed file (after any opening).
    pub range: Range<usize>,
    pub kind: LineKind,
    /// What was cut off the front of the line (range in the seed file and meaning).
    pub opening: Option<(Range<usize>, Opening)>,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Trims a range of `text` to its non-blank part.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start_matches(is_space).len());
    let end = range.start + slice.trim_end_matches(is_space).len();
    start..end.max(start)
}

fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(is_space).filter(|w| !w.is_empty())
}

fn is_navigation(line: &str) -> bool {
    // Cheap test first: most lines name no icon at all.
    if !data::furniture().icon_words.iter().any(|i| line.contains(i.as_str())) {
        return false;
    }
    let words: Vec<&str> = words(line).collect();
    let icons = words
        .iter()
        .filter(|w| data::furniture().icon_words.iter().any(|i| w.to_lowercase().contains(i.as_str())))
        .count();
    words.len() >= 8 && icons >= 5 && icons * 4 >= words.len()
}

/// The line's words joined by single spaces and lower-cased, and how many words it has.
/// Computed once per line: it keys repeats and decides labels and credits.
fn normalise(line: &str) -> (String, usize) {
    let mut key = String::with_capacity(line.len());
    let mut count = 0;
    for word in words(line) {
        if count > 0 {
            key.push(' ');
        }
        key.push_str(word);
        count += 1;
    }
    (lowercase(key), count)
}

/// `str::to_lowercase`, without its slow path for text that is mostly ASCII with a
/// few curly quotes; only a capital sigma (which depends on its neighbours) takes it.
fn lowercase(mut text: String) -> String {
    if text.is_ascii() {
        text.make_ascii_lowercase();
        return text;
    }
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            lower.push(c.to_ascii_lowercase());
        } else {
            lower.extend(c.to_lowercase());
        }
    }
    lower
}

/// The labels of `data/furniture.toml`, lower-cased once.
fn lowered_labels() -> &'static FxHashSet<String> {
    static CELL: OnceLock<FxHashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| data::furniture().labels.iter().map(|l| l.to_lowercase()).collect())
}

/// `key` is the line as [`normalise`]d.
fn is_label(key: &str) -> bool {
    lowered_labels().contains(key)
}

/// "RT reports:", "According to Reuters:" → the named source.
fn repost_intro(line: &str, word_count: usize) -> Option<String> {
    if !line.trim_end().ends_with(':') {
        return None;
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(r"^(?:(?i:according to|via|source:|from)\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*(?i:reports|reported|writes|wrote|says)?\s*:$").unwrap()
    });
    let caps = re.captures(line.trim())?;
    (word_count <= 5).then(|| caps["name"].to_string())
}

/// `key` is the line as [`normalise`]d.
fn is_credit(key: &str, word_count: usize) -> bool {
    word_count <= 15 && data::furniture().credit_markers.iter().any(|m| key.contains(m.as_str()))
}

/// Ends with a bracketed photo credit: "... carnage [Xinhua]", "(Photo: Reuters)".
fn has_caption_credit(line: &str) -> bool {
    let line = line.trim_end();
    let inner = match (line.ends_with(']'), line.ends_with(')')) {
        (true, _) => line.rfind('[').map(|i| &line[i + 1..line.len() - 1]),
        (_, true) => line.rfind('(').map(|i| &line[i + 1..line.len() - 1]),
        _ => None,
    };
    inner.is_some_and(|inner| {
        let inner = inner.trim().trim_start_matches("Photo:").trim();
        data::furniture().caption_credits.iter().any(|c| inner.eq_ignore_ascii_case(c))
            || inner.to_lowercase().starts_with("photo")
    })
}

/// True when the line ends like a sentence (allowing closing quotes and brackets).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c: char| is_space(c) || "\"'”’»)]".contains(c));
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A dateline opening a story line, in the wire forms: "MOSCOW, October 7. /TASS/.",
/// "BEIRUT (AP) —", "MOSCOW, Oct 7 (Reuters) -", "Paris (AFP) -", "BEIRUT — (AP)",
/// "LONDON, October 11 – RIA Novosti,", "WASHINGTON —", "(CNN)".
fn dateline(line: &str) -> Option<(usize, Opening)> {
    // A dateline opens with a capitalised place name or an agency in brackets.
    let mut chars = line.chars();
    match (chars.next(), chars.next()) {
        (Some('('), _) => {}
        (Some(a), Some(b)) if a.is_uppercase() && b.is_uppercase() => {}
        // "Paris (AFP) -": a place in title case only before a bracketed agency.
        (Some(a), Some(_)) if a.is_uppercase() && line.get(..40).unwrap_or(line).contains(['(', '/']) => {}
        _ => return None,
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:(?:(?P<place>[A-Z][A-Z’'.\-]{2,}(?:[ \-][A-Z][A-Z’'.\-]+){0,3}(?:,\s+[A-Z][A-Z.]+)?)|(?P<tplace>[A-Z][a-z’'.\-]+(?:[ \-][A-Z][a-z’'.\-]+){0,2}))",
            r"(?:,?\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?))?",
            r"\.?\s*)?",
            r"(?:(?:[-–—:]\s*)?(?:/(?P<slash>[A-Za-z][A-Za-z\-]{1,15})/\.?|\((?P<paren>[A-Z][A-Za-z .&\-]{0,30})\))",
            r"|(?P<dash>--|—|–|-)\s*(?P<dashed>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)[,.])?",
            r"\s*(?P<sep>--|—|–|-|:)?\s+"
        ))
        .unwrap()
    });
    let caps = re.captures(line)?;
    let mut agency = caps.name("slash").or(caps.name("paren")).map(|m| m.as_str().to_string());
    let mut end = caps.get(0)?.end();
    // "– RIA Novosti," names an agency only when it is a known one; otherwise the dash ends
    // the dateline and the name opens the story ("LONDON, Oct 11 – Boris Johnson said").
    let mut dash_before_story = caps.name("sep").is_some_and(|m| m.as_str() != ":");
    if let Some(dashed) = caps.name("dashed") {
        if crate::publisher::agency_named(dashed.as_str()).is_some() {
            agency = Some(dashed.as_str().to_string());
        } else {
            end = dashed.start();
            dash_before_story = true;
        }
    }
    let date = caps.name("date").map(|m| m.as_str().to_string());
    let has_place = caps.name("place").is_some();
    // A place alone is not a dateline ("UN OFFICIALS said"); it needs a date, an agency
    // or a dash ("WASHINGTON — The United States…"). A place in title case needs an agency.
    let dashed_place = has_place && dash_before_story;
    if agency.is_none() && !(has_place && date.is_some()) && !dashed_place {
        return None;
    }
    if caps.name("tplace").is_some() && agency.is_none() {
        return None;
    }
    // The story must go on after it.
    line[end..].chars().next().filter(|c| c.is_uppercase() || "\"“‘'".contains(*c))?;
    Some((end, Opening::Dateline { date, agency, label: None }))
}

/// Splits a raw page into classified lines.
pub fn clean(text: &str) -> Vec<Line> {
    // Each line's range, normalised key and word count, computed once.
    let mut raw = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let range = trim(text, offset..offset + line.len());
        offset += line.len();
        if !range.is_empty() {
            let (key, word_count) = normalise(&text[range.clone()]);
            raw.push((range, key, word_count));
        }
    }
    // Lines printed more than once: captions when credited, otherwise later copies are repeats.
    let mut seen: FxHashMap<&str, usize> = Default::default();
    for (_, key, _) in &raw {
        *seen.entry(key.as_str()).or_default() += 1;
    }
    let mut kept: FxHashSet<&str> = Default::default();
    let mut lines = Vec::with_capacity(raw.len());
    for (range, key, word_count) in &raw {
        let (key, word_count) = (key.as_str(), *word_count);
        let line = &text[range.clone()];
        let repeated = seen[key] > 1;
        let mut opening = None;
        let mut range = range.clone();
        let kind = if is_navigation(line) {
            LineKind::Furniture(Furniture::Navigation)
        } else if is_label(key) {
            LineKind::Furniture(Furniture::Label)
        } else if let Some(name) = repost_intro(line, word_count) {
            LineKind::Furniture(Furniture::RepostIntro(name))
        } else if is_credit(key, word_count) {
            LineKind::Furniture(Furniture::Credit)
        } else if let Some(stated) = timex::date_line(line) {
            LineKind::DateLine(stated)
        } else if word_count <= 12 && crate::published::relative_date_line(line) {
            // "This article was published today at 1:08 p.m.": page metadata with no date in it.
            LineKind::Furniture(Furniture::Label)
        } else if has_caption_credit(line) || (repeated && !ends_like_sentence(line) && word_count > 6) {
            LineKind::Furniture(Furniture::Caption)
        } else if repeated && !kept.insert(key) {
            LineKind::Furniture(Furniture::Repeat)
        } else {
            if let Some((stated, len)) = timex::date_prefix(line) {
                opening = Some(match dateline(&line[len..]) {
                    Some((more, Opening::Dateline { date, agency, .. })) => {
                        (range.start..range.start + len + more, Opening::Dateline { date, agency, label: Some(stated) })
                    }
                    _ => (range.start..range.start + len, Opening::DateLabel(stated)),
                });
            } else if let Some((year, month, len)) = timex::month_prefix(line) {
                // A dateline after the month label is cut with it (the label stays in its words).
                opening = Some(match dateline(&line[len..]) {
                    Some((more, found)) => (range.start..range.start + len + more, found),
                    None => (range.start..range.start + len, Opening::MonthLabel { year, month }),
                });
            } else if let Some((len, found)) = dateline(line) {
                opening = Some((range.start..range.start + len, found));
            }
            let mut word_count = word_count;
            if let Some((cut, _)) = &opening {
                range = trim(text, cut.end..range.end);
                word_count = words(&text[range.clone()]).count();
            }
            if ends_like_sentence(&text[range.clone()]) || word_count > 30 {
                LineKind::Story
            } else {
                LineKind::Heading
            }
        };
        kept.insert(key);
        lines.push(Line { range, kind, opening });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, LineKind)> {
        clean(text).into_iter().map(|l| (text[l.range].to_string(), l.kind)).collect()
    }

    #[test]
    fn lowercase_is_str_to_lowercase() {
        for text in ["Plain ASCII Text", "“Curly” ‘Quotes’ — DASH", "İstanbul ǅ ẞ ÀÉÎ Ω K", "ΣΑΣ ΟΔΥΣΣΕΥΣ", "\u{feff}Ab"] {
            assert_eq!(lowercase(text.to_string()), text.to_lowercase());
        }
    }

    #[test]
    fn navigation_labels_and_credits_are_furniture() {
        let text = "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon closeicon fm\n\
                    All news\n\nFollow us on:\u{a0} \u{a0}\nThe story begins here.\nRelated Story\n\
                    The Daily Planet with inputs from Agencies\n";
        let found = kinds(text);
        assert_eq!(found[0].1, LineKind::Furniture(Furniture::Navigation));
        assert_eq!(found[1].1, LineKind::Furniture(Furniture::Label));
        assert_eq!(found[2], ("Follow us on:".into(), LineKind::Furniture(Furniture::Label)));
        assert_eq!(found[3], ("The story begins here.".into(), LineKind::Story));
        assert_eq!(found[4].1, LineKind::Furniture(Furniture::Label));
        assert_eq!(found[5].1, LineKind::Furniture(Furniture::Credit));
    }

    #[test]
    fn captions_printed_twice_are_dropped_and_repeats_kept_once() {
        let text = "Headline of the piece\nThe envoy made a plea to spare the city [Xinhua]\n\
                    The envoy made a plea to spare the city [Xinhua]\nA sentence.\nA sentence.\n";
        let found = kinds(text);
        assert_eq!(found[0].1, LineKind::Heading);
        assert_eq!(found[1].1, LineKind::Furniture(Furniture::Caption));
        assert_eq!(found[2].1, LineKind::Furniture(Furniture::Caption));
        assert_eq!(found[3].1, LineKind::Story);
        assert_eq!(found[4].1, LineKind::Furniture(Furniture::Repeat));
    }

    #[test]
    fn date_lines_and_repost_intros() {
        let found = kinds("7 Oct, 2016 12:29\nRT reports:\nOctober 7, 2016, 5:16 pm\n");
        assert!(matches!(found[0].1, LineKind::DateLine(s) if s.time_label().as_deref() == Some("12:29")));
        assert_eq!(found[1].1, LineKind::Furniture(Furniture::RepostIntro("RT".into())));
        assert!(matches!(found[2].1, LineKind::DateLine(_)));
    }

    #[test]
    fn openings_are_cut_but_their_offsets_kept() {
        let text = " date 2016-10-07 Russia said it is ready.\nMOSCOW, October 7. /TASS/. Russia will be prepared.\n\
                    BEIRUT (AP) — Syrian troops advanced.\n(CNN) The envoy spoke.\nUN OFFICIALS SAID nothing.\n";
        let lines = clean(text);
        assert_eq!(&text[lines[0].range.clone()], "Russia said it is ready.");
        assert!(matches!(lines[0].opening, Some((_, Opening::DateLabel(_)))));
        assert_eq!(&text[lines[1].range.clone()], "Russia will be prepared.");
        assert_eq!(
            lines[1].opening.as_ref().unwrap().1,
            Opening::Dateline { date: Some("October 7".into()), agency: Some("TASS".into()), label: None }
        );
        assert_eq!(&text[lines[2].range.clone()], "Syrian troops advanced.");
        assert_eq!(lines[3].opening.as_ref().unwrap().1, Opening::Dateline { date: None, agency: Some("CNN".into()), label: None });
        assert_eq!(&text[lines[4].range.clone()], "UN OFFICIALS SAID nothing.");
        assert!(lines[4].opening.is_none());
    }

    #[test]
    fn datelines_in_the_common_wire_forms() {
        let cut = |line: &str| dateline(line).map(|(end, opening)| (line[end..].to_string(), opening));
        let dl = |date: Option<&str>, agency: Option<&str>| Opening::Dateline { date: date.map(Into::into), agency: agency.map(Into::into), label: None };
        assert_eq!(cut("BEIRUT, Oct 7 (Reuters) - Troops advanced."), Some(("Troops advanced.".into(), dl(Some("Oct 7"), Some("Reuters")))));
        assert_eq!(cut("Paris (AFP) - The envoy left."), Some(("The envoy left.".into(), dl(None, Some("AFP")))));
        assert_eq!(cut("BEIRUT — (AP) Troops advanced."), Some(("Troops advanced.".into(), dl(None, Some("AP")))));
        assert_eq!(cut("BEIRUT: (AP) Troops advanced."), Some(("Troops advanced.".into(), dl(None, Some("AP")))));
        assert_eq!(
            cut("LONDON, October 11 – RIA Novosti. The minister spoke."),
            Some(("The minister spoke.".into(), dl(Some("October 11"), Some("RIA Novosti"))))
        );
        assert_eq!(cut("WASHINGTON — The United States warned."), Some(("The United States warned.".into(), dl(None, None))));
        assert_eq!(cut("WASHINGTON – Jane Roe, the envoy, spoke."), Some(("Jane Roe, the envoy, spoke.".into(), dl(None, None))));
        assert_eq!(cut("(CNN) The envoy spoke."), Some(("The envoy spoke.".into(), dl(None, Some("CNN")))));
        // Not datelines: a title-case word without an agency, a dash before a name that is no agency.
        assert_eq!(cut("Russia - The envoy left."), None);
        assert_eq!(
            cut("LONDON, October 11 – Boris Johnson spoke."),
            Some(("Boris Johnson spoke.".into(), dl(Some("October 11"), None)))
        );
        assert_eq!(cut("NOTE: The envoy left."), None);
    }

    #[test]
    fn a_date_label_before_a_dateline_keeps_both() {
        let text = " date 2016-10-07 BEIRUT (AP) — Syrian troops advanced.\n";
        let lines = clean(text);
        assert_eq!(&text[lines[0].range.clone()], "Syrian troops advanced.");
        match &lines[0].opening.as_ref().unwrap().1 {
            Opening::Dateline { agency, label: Some(label), .. } => {
                assert_eq!(agency.as_deref(), Some("AP"));
                assert_eq!(label.date.to_string(), "2016-10-07");
            }
            other => panic!("{other:?}"),
        }
    }
}
