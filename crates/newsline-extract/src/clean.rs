//! Stage 1, cleaning: a raw page scrape becomes lines of story and lines of
//! furniture, each with its byte range in the seed file.
//!
//! Nothing is rewritten: a kept line is a range of the original text, so every
//! sentence found later is verbatim source text. What is dropped is kept too,
//! with the reason, so the decision can be inspected and tested.

use crate::data;
use crate::timex::{self, Stated};
use crate::word_filter::WordSet;
use crate::{Input, Source};
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
    /// A later verbatim copy of a line already kept (or a cut-off copy of one).
    Repeat,
    /// A call to the reader: comment, share, subscribe, read on ("Leave a comment",
    /// "SEE MORE: …", "Read Tuesday's paper for full details.").
    Prompt,
    /// The reader-comments section and everything after it ("2 thoughts on …", "No comments:").
    Comments,
    /// A byline or author credit ("By John Smith", "John Smith, Reuters", a bare name
    /// between the headline and the story, "- AFP").
    Byline,
    /// An author biography ("Jane Doe is a correspondent covering …").
    AuthorBio,
    /// A notice about the page itself ("This is an archived article …", "This image may
    /// contain graphic content", reading times, relative stamps like "a year ago", empty values).
    Notice,
    /// A copyright line ("© 2016 Reuters").
    Copyright,
    /// Link-like lines: a headline list or a run of short lines after the story, or a short
    /// line between pieces of furniture.
    LinkList,
    /// An embedded post: a tweet and its "— Name (@handle) date" signature.
    Embed,
    /// A line the same site prints on its other pages (see [`site_lines`]).
    SiteRepeat,
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
    /// The description of a picture that an agency caption opens with, cut off the news it
    /// goes on with ("FILE - In this Sept. 22, 2016 file photo, Kerry speaks in New York.").
    PictureDescription,
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
    crate::sentences::runs(line, &NOT_SPACE, |eight| !crate::sentences::ascii_space_bytes(eight), |c| !is_space(c))
}

/// The pieces `str::split_whitespace` gives (a byte-order mark is no white space there),
/// read as [`words`] reads them: most lines are ASCII, and decoding every character to
/// test it was most of the reading.
fn whitespace_words(line: &str) -> impl Iterator<Item = &str> {
    crate::sentences::runs(line, &NOT_SPACE, |eight| !crate::sentences::ascii_space_bytes(eight), |c| !c.is_whitespace())
}

/// The ASCII bytes that are no white space (`is_space`: tab to carriage return, space).
static NOT_SPACE: [bool; 128] = {
    let mut table = [true; 128];
    let mut b = 0x09;
    while b <= 0x0D {
        table[b] = false;
        b += 1;
    }
    table[b' ' as usize] = false;
    table
};

fn is_navigation(line: &str) -> bool {
    // Cheap test first: most lines name no icon at all.
    if !icon_finders().iter().any(|i| i.find(line.as_bytes()).is_some()) {
        return false;
    }
    // Each word lower-cased once (not once per icon word), without allocating when ASCII;
    // the words counted as they are read, not listed.
    let icon_words = &data::furniture().icon_words;
    let mut buffer = [0u8; 64];
    let (mut count, mut icons) = (0, 0);
    for w in words(line) {
        count += 1;
        let icon = if w.is_ascii() && w.len() <= buffer.len() {
            let lower = &mut buffer[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            // The finders built once, not a string searcher for each word.
            icon_finders().iter().any(|i| i.find(lower).is_some())
        } else {
            let lower = w.to_lowercase();
            icon_words.iter().any(|i| lower.contains(i.as_str()))
        };
        icons += usize::from(icon);
    }
    count >= 8 && icons >= 5 && icons * 4 >= count
}

/// The line's words joined by single spaces and lower-cased, and how many words it has.
/// Computed once per line: it keys repeats and decides labels and credits.
fn normalise(line: &str) -> (String, usize) {
    let (key, count) = joined_words(line, |_, _| {});
    (lowercase(key), count)
}

/// The line's words joined by single spaces (not yet lower-cased) and their count; `each`
/// sees every word with its 1-based position, so one pass serves other counts too.
fn joined_words(line: &str, mut each: impl FnMut(&str, usize)) -> (String, usize) {
    let mut key = String::with_capacity(line.len());
    let mut count = 0;
    for word in words(line) {
        if count > 0 {
            key.push(' ');
        }
        key.push_str(word);
        count += 1;
        each(word, count);
    }
    (key, count)
}

/// [`normalise`] and the line's [`Signals`], with one pass over the line's words.
fn analyse(line: &str) -> (String, usize, Signals) {
    let mut signals = Signals::default();
    let (key, count) = match single_spaced_words(line) {
        // Most lines are their own joined words: copied at once, and only the words read
        // for their case are walked.
        Some(count) => {
            for word in words(line).take(SIGNAL_WORDS) {
                signals.count_case(word);
            }
            (line.to_string(), count)
        }
        None => joined_words(line, |word, at| {
            // Only short lines are read for their case (see `SIGNAL_WORDS`).
            if at <= SIGNAL_WORDS {
                signals.count_case(word);
            }
        }),
    };
    let key = lowercase(key);
    signals.words = count;
    signals.quoted = is_quoted(line);
    // Past fifteen words only a prompt reads the vocabulary, and a prompt that long
    // addresses the reader (every second-person word holds "you").
    if count <= 15 || (count <= SIGNAL_WORDS && find_fixed!("you", &key).is_some()) {
        signals.count_vocabulary(line, &key);
    }
    (key, count, signals)
}

/// How many words `line` has when they are separated by single spaces and it has no other
/// white space ([`is_space`]), so that its words joined by single spaces are the line
/// itself; `None` otherwise. Eight ASCII bytes are checked at a time.
fn single_spaced_words(line: &str) -> Option<usize> {
    use crate::sentences::{ascii_bytes_equal, ascii_space_bytes, HIGH_BITS};
    let bytes = line.as_bytes();
    if bytes.first().is_none_or(|&b| b == b' ') || bytes.last() == Some(&b' ') {
        return None;
    }
    let (mut spaces, mut after_space, mut at) = (0, false, 0);
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if eight & HIGH_BITS == 0 {
                let space = ascii_bytes_equal(eight, b' ');
                // Other white space, two spaces in the chunk, or across its start.
                if ascii_space_bytes(eight) != space || space & (space << 8) != 0 || (after_space && space & 0x80 != 0) {
                    return None;
                }
                spaces += space.count_ones() as usize;
                after_space = space >> 63 != 0;
                at += 8;
                continue;
            }
        }
        let c = line[at..].chars().next().expect("at a char boundary");
        let space = c == ' ';
        if (space && after_space) || (!space && is_space(c)) {
            return None;
        }
        spaces += usize::from(space);
        after_space = space;
        at += c.len_utf8();
    }
    Some(spaces + 1)
}

/// The line has a double quotation mark: it quotes speech.
fn is_quoted(line: &str) -> bool {
    // The `memchr` crate's search (SIMD): this reads every line of every page. One pass for
    // the marks' first bytes ('"'; '“' and '”' open with 0xE2, '«' with 0xC2: lead bytes,
    // never inside another character), not one search for each mark.
    let bytes = line.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).any(|at| match bytes[at] {
        b'"' => true,
        0xE2 => matches!(bytes[at + 1..], [0x80, 0x9C | 0x9D, ..]),
        _ => matches!(bytes[at + 1..], [0xAB, ..]),
    })
}

/// `str::to_lowercase`, without its slow path for text that is mostly ASCII with a
/// few curly quotes; only a capital sigma (which depends on its neighbours) takes it.
fn lowercase(mut text: String) -> String {
    // Lowered in place: the ASCII letters, then nothing more when every other character
    // is its own lower case (curly quotes and dashes); only other text is copied.
    text.make_ascii_lowercase();
    if all_own_lowercase(&text) {
        return text;
    }
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut lower = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while !rest.is_empty() {
        // A run of ASCII copied and lowered at once, then one other character.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let from = lower.len();
        lower.push_str(&rest[..ascii]);
        lower[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            lower.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    lower
}

/// Whether every character past ASCII in `text` is its own lower case; ASCII is skipped
/// eight bytes at a time.
fn all_own_lowercase(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(eight) = bytes.get(i..i + 8) {
            if u64::from_le_bytes(eight.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts past ASCII");
        if !is_own_lowercase(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// Whether `str::to_lowercase` leaves `c` as it is; punctuation (U+2000–U+206F: curly
/// quotes, dashes) has no case and is answered without the case tables.
fn is_own_lowercase(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c) || {
        let mut lower = c.to_lowercase();
        lower.len() == 1 && lower.next() == Some(c)
    }
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
        Regex::new(
            r"^(?:(?i:according to|via|source:|from)\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*(?i:reports|reported|writes|wrote|says)?\s*:$",
        )
        .unwrap()
    });
    let caps = re.captures(line.trim())?;
    (word_count <= 5).then(|| caps["name"].to_string())
}

/// Most words of a site's disclaimer line.
const DISCLAIMER_WORDS: usize = 40;

/// A site's disclaimer (`key` normalised): views or opinions and a disclaiming phrase
/// ("… belong to the author and do not necessarily reflect the editorial policy …").
fn disclaimer(key: &str) -> bool {
    (find_fixed!("views", key).is_some() || find_fixed!("opinions", key).is_some())
        && data::furniture().disclaimer_cues.iter().any(|c| key.contains(c.as_str()))
}

/// A dateline on a line of its own, before the story: a name and a place in capitals, a
/// comma between, a colon closing ("Waar, Duhok:", "Geneva, Switzerland:"). No sentence.
fn dateline_of_its_own(line: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"^[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?, [A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?\s?:$").unwrap());
    re.is_match(line.trim())
}

/// `key` is the line as [`normalise`]d.
fn is_credit(key: &str, word_count: usize) -> bool {
    word_count <= 15 && credit_finders().iter().any(|m| m.find(key.as_bytes()).is_some())
}

/// `memchr::memmem::Finder`s of the furniture's credit markers, built once (`str::contains`
/// builds a searcher on every call, dearer than the search on a short line).
fn credit_finders() -> &'static [memchr::memmem::Finder<'static>] {
    static CELL: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    finders(&CELL, &data::furniture().credit_markers)
}

/// The furniture's icon words' finders, as [`credit_finders`].
fn icon_finders() -> &'static [memchr::memmem::Finder<'static>] {
    static CELL: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    finders(&CELL, &data::furniture().icon_words)
}

/// The finders of a furniture list, built into `cell` on first use.
fn finders(cell: &'static OnceLock<Vec<memchr::memmem::Finder<'static>>>, needles: &'static [String]) -> &'static [memchr::memmem::Finder<'static>] {
    cell.get_or_init(|| needles.iter().map(memchr::memmem::Finder::new).collect())
}

/// Ends with a bracketed photo credit: "... carnage [Xinhua]", "(Photo: Reuters)",
/// "(AP Photo/Jane Doe, File)", "(Reuters: John Smith)".
fn has_caption_credit(line: &str) -> bool {
    // A scraped separator may follow the credit ("… 2017. [Photo/Xinhua] |").
    let line = line.trim_end_matches(|c: char| c == '|' || c.is_whitespace());
    let inner = match (line.ends_with(']'), line.ends_with(')')) {
        (true, _) => line.rfind('[').map(|i| &line[i + 1..line.len() - 1]),
        (_, true) => line.rfind('(').map(|i| &line[i + 1..line.len() - 1]),
        _ => None,
    };
    inner.is_some_and(|inner| {
        let inner = inner.trim().trim_start_matches("Photo:").trim();
        if is_caption_agency(inner) || inner.to_lowercase().starts_with("photo") {
            return true;
        }
        // A short credit naming a photo ("UN Photo/Jane Doe") or an agency and a photographer
        // ("Reuters: Jane Doe", "AFP/Jane Doe").
        let inner_words: Vec<&str> = words(inner).collect();
        if inner_words.is_empty() || inner_words.len() > 8 || !inner.starts_with(char::is_uppercase) {
            return false;
        }
        let agency = inner.split([':', '/']).next().is_some_and(|head| inner.len() > head.len() && is_caption_agency(head.trim()));
        agency || inner_words.iter().flat_map(|w| w.split('/')).any(is_photo_word)
    })
}

/// Whether `name` is an agency whose credit marks a caption (`caption_credits`: "Reuters",
/// "AFP", "Getty Images"), in any case.
fn is_caption_agency(name: &str) -> bool {
    data::furniture().caption_credits.iter().any(|c| name.eq_ignore_ascii_case(c))
}

fn is_photo_word(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    data::furniture().photo_words.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Opens with a picture label: "Image caption …", "Image copyright Getty Images",
/// "Media caption …", "Photo credit …", "Pictured: …" (`caption_labels`).
fn has_picture_label(key: &str) -> bool {
    // "Pictured: One of the planes …".
    // The colon by `memchr`: most keys have none, and are read whole for it.
    if let Some(label) = memchr::memchr(b':', key.as_bytes()).map(|colon| &key[..colon]) {
        if label.len() <= 16 && data::furniture().caption_labels.iter().any(|l| l == label.trim_end()) {
            return true;
        }
    }
    let mut words = key_words(key);
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    // The second word first: it rules out most lines at less cost than the photo words.
    matches!(bare(second), "caption" | "copyright" | "credit" | "source") && (first == "media" || is_photo_word(first))
}

/// Ends with an agency's photo credit after the last sentence, no bracket or label:
/// "A Russian jet. Reuters/Jane Roe", "… June 18, 2016. REUTERS/Jane Roe/Ministry via
/// Reuters", or is one ("AFP/Getty Images"): the agency (`caption_credits`), a slash, and a
/// short credit.
fn has_slash_credit(line: &str) -> bool {
    // Either credit is a slash or a " via " in the line's tail: most lines have neither,
    // and two quick searches rule them out before the tail is looked for.
    if memchr::memchr(b'/', line.as_bytes()).is_none() && find_fixed!(" via ", line).is_none() {
        return false;
    }
    let line = line.trim_end();
    // The credit may be glued to the caption's last stop ("… on Dec.13, 2016.George
    // Ourfalian / AFP via Getty Images").
    let glued = line.as_bytes().windows(2).rposition(|w| w[0] == b'.' && w[1].is_ascii_uppercase());
    let stop = match (line.rfind(". "), glued) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let tail = stop.map_or(line, |dot| line[dot + 1..].trim_start());
    // "… south of Palmyra. Handout via REUTERS TV", "… of Aleppo. (Baladi News Network via
    // AP)": a picture handed out, credited to the agency that ran it.
    let bracketed = tail.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
    let credit = bracketed.unwrap_or(tail);
    if let Some((handout, by)) = credit.split_once(" via ") {
        let credited = is_caption_agency(by.split_whitespace().next().unwrap_or(""));
        // A bracketed credit may name the photographer, the service and the agency
        // ("(Jane Roe/Press Service, Zembla News, via AP)").
        let most = if bracketed.is_some() { 10 } else { 6 };
        let short = words(tail).count() <= most && !ends_like_sentence(credit);
        if credited && short && handout.starts_with(char::is_uppercase) {
            return true;
        }
    }
    let Some((agency, credit)) = tail.split_once('/') else { return false };
    let credit_words = words(credit).count();
    if is_caption_agency(agency) && (1..=8).contains(&credit_words) && credit.starts_with(char::is_uppercase) && !ends_like_sentence(credit) {
        return true;
    }
    // The photographer first, then the agency and who distributes it ("George Ourfalian /
    // AFP via Getty Images", "Jane Roe / Reuters").
    let (photographer, agency) = (agency.trim(), credit.trim());
    let agency = agency.split_once(" via ").map_or(agency, |(agency, _)| agency);
    let names = words(photographer).count();
    (1..=4).contains(&names) && words(photographer).all(|w| w.starts_with(char::is_uppercase)) && is_caption_agency(agency)
}

/// Whether a line is a title cut to a length: at most [`CUT_TITLE_CHARS`] characters, no
/// quotation mark, stopping on an ellipsis right after a letter, with no stop before it.
fn is_cut_title(line: &str) -> bool {
    let line = line.trim();
    let Some(cut) = line.strip_suffix("...").or_else(|| line.strip_suffix('…')) else { return false };
    line.chars().count() <= CUT_TITLE_CHARS
        && cut.ends_with(|c: char| c.is_alphabetic())
        && !cut.contains(['.', '!', '?', '"', '“', '”', '‘', '’'])
        && cut.split_whitespace().count() >= 3
}

/// Characters a page's cut titles of other stories run to at most.
const CUT_TITLE_CHARS: usize = 64;

/// Whether a line stops on an ellipsis, as an excerpt cut off by the page does.
fn ends_with_ellipsis(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with('…') || line.ends_with("...")
}

/// Whether `alt` writes in lower case a word that `caption` capitalises mid-sentence (a
/// name: "base russia syria" beside "… visits the base in Syria").
fn lower_cased_names(alt: &str, caption: &str) -> bool {
    let names: Vec<&str> =
        words(caption).skip(1).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| w.starts_with(char::is_uppercase) && w.len() > 2).collect();
    words(alt).filter(|w| w.starts_with(char::is_lowercase)).any(|w| names.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// Ends with a labelled photo credit: "… Putin. Photo: Reuters", "… Picture: Jane Doe",
/// "… -AFP photo", or is one: "Photo credit: Jane Doe/AFP/Getty Images".
fn has_labelled_credit(line: &str, key: &str) -> bool {
    // The label: a photo word and a colon, with a short credit after it and nothing that
    // ends a sentence there.
    let mut label_end = None;
    let colons = if memchr::memchr(b':', key.as_bytes()).is_some() { key.match_indices(':').collect() } else { Vec::new() };
    for (at, _) in colons {
        let head = key[..at].rsplit(' ').next().unwrap_or("");
        if is_photo_word(head) {
            label_end = Some(at + 1);
        }
    }
    if let Some(end) = label_end {
        let credit = key[end..].trim();
        let n = key_words(credit).filter(|w| !w.is_empty()).count();
        if (1..=6).contains(&n) && !ends_like_sentence(credit) {
            return true;
        }
    }
    // "-AFP photo", "— Reuters photo": a dash, an agency, a photo word, at the very end.
    let end = tail_of(line, 40);
    let Some(dash) = end.rfind(['-', '—', '–']) else { return false };
    let tail = &end[dash..];
    let tail_words: Vec<&str> = words(tail.trim_start_matches(['-', '—', '–'])).collect();
    (2..=3).contains(&tail_words.len()) && tail_words.last().is_some_and(|w| is_photo_word(w)) && tail_words[0].starts_with(char::is_uppercase)
}

/// Phrases that place people in a picture or name it ("(L-R)", "file photo").
fn has_caption_cue(key: &str, s: &Signals) -> bool {
    // A cheap gate first: every cue holds its longest word (or opens with a bracket), and
    // most lines hold none of them. Short lines know their words already.
    let gated = if s.counted {
        s.cue || memchr::memchr(b'(', key.as_bytes()).is_some()
    } else {
        // A long line that quotes speech is story.
        !s.quoted && caption_gate_finder().is_match(key)
    };
    if !gated {
        return false;
    }
    static CELL: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            // The cues open with common letters: a prefilter would stop on every "f" and "l".
            .prefilter(false)
            .build(&data::furniture().caption_cues)
            .expect("caption cues compile")
    })
    .find_iter(key)
    // As whole words: "file photos" is not "file photo".
    .any(|m| {
        let word = |c: char| c.is_alphanumeric() || c == '-';
        let cue = &key[m.range()];
        let before = key[..m.start()].chars().next_back().filter(|_| cue.starts_with(word));
        let after = key[m.end()..].chars().next().filter(|_| cue.ends_with(word));
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// For each caption cue, its longest word (four letters or more), or "(" when it opens
/// with a bracket, or the whole cue.
fn caption_gates() -> &'static [String] {
    static GATES: OnceLock<Vec<String>> = OnceLock::new();
    GATES.get_or_init(|| {
        let mut gates: Vec<String> = data::furniture()
            .caption_cues
            .iter()
            .map(|cue| {
                let cue = cue.to_lowercase();
                if cue.starts_with('(') {
                    return "(".to_string();
                }
                let longest = cue.split(|c: char| !c.is_alphabetic()).max_by_key(|w| w.len()).unwrap_or("");
                if longest.len() >= 4 {
                    longest.to_string()
                } else {
                    cue
                }
            })
            .collect();
        gates.sort();
        gates.dedup();
        gates
    })
}

/// The [`caption_gates`] in one automaton: a long line is read once for all of them, not
/// once for each (most long lines are story, and hold none).
fn caption_gate_finder() -> &'static aho_corasick::AhoCorasick {
    static FINDER: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    FINDER.get_or_init(|| aho_corasick::AhoCorasick::new(caption_gates()).expect("caption gates compile"))
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
    // A reporter's byline glued before it ("By Jane Roe-Doe AMMAN (Reuters) - …"): the name's
    // words are in title case, the place in capitals; both are cut off.
    if let Some(name) = line.strip_prefix("By ") {
        let mut at = line.len() - name.len();
        for word in line[at..].split_inclusive(' ').take(4) {
            let mut chars = word.chars();
            let titled = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
            if !titled || word.trim_end().ends_with([',', '.', ':']) {
                break;
            }
            at += word.len();
            if let Some((end, opening @ Opening::Dateline { agency: Some(_), .. })) = wire_dateline(&line[at..]) {
                return Some((at + end, opening));
            }
        }
        return None;
    }
    wire_dateline(line)
}

/// [`dateline`] with no byline before it.
fn wire_dateline(line: &str) -> Option<(usize, Opening)> {
    // A dateline opens with a capitalised place name or an agency in brackets.
    let mut chars = line.chars();
    match (chars.next(), chars.next()) {
        (Some('('), _) => {}
        (Some(a), Some(b)) if a.is_uppercase() && b.is_uppercase() => {}
        // "Paris (AFP) -": a place in title case only before a bracketed agency.
        // "Geneva [Switzerland], Aug. 27 (ANI):": the country in square brackets.
        (Some(a), Some(_)) if a.is_uppercase() && line.get(..40).unwrap_or(line).contains(['(', '/', '[']) => {}
        // "Oct. 12, 2016 — …": a full date alone, with a dash or an agency after it.
        (Some(a), Some(_)) if a.is_uppercase() && crate::published::starts_with_full_date(line) => {}
        _ => return None,
    }
    if let Some(found) = dated_bracket_dateline(line).or_else(|| dashed_agency_dateline(line)).or_else(|| bracketed_date_and_place(line)) {
        return Some(found);
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:(?P<ydate>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2})\s*|(?:(?P<place>[A-Z][A-Z’'.\-]{2,}(?:[ \-][A-Z][A-Z’'.\-]+){0,3}(?:,\s+[A-Z][A-Z.]+)?)|(?P<tplace>[A-Z][a-z’'.\-]+(?:[ \-][A-Z][a-z’'.\-]+){0,2}))(?:\s*\[(?P<country>[A-Z][A-Za-z .]{2,30})\])?",
            r"(?:,?\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?))?",
            r"\.?\s*)?",
            r"(?:(?:[-–—:]\s*)?(?:/(?P<slash>[A-Za-z][A-Za-z\-]{1,15})/\.?|\((?P<paren>[A-Z][A-Za-z .&\-]{0,30})\))",
            r"|(?P<dash>--|—|–|-)\s*(?P<dashed>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)[,.])?",
            r"(?:\s*(?P<sep>--|—|–|-|:)\s*|\s+)"
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
            // "– RIA Novosti, Maria Ivanova. The minister…": the reporter's name after the
            // agency is part of the credit, not a sentence of the story.
            if line[dashed.end()..].starts_with(',') {
                end += reporter_after_credit(&line[end..]);
            }
        } else {
            end = dashed.start();
            dash_before_story = true;
        }
    }
    let date = caps.name("date").or(caps.name("ydate")).map(|m| m.as_str().to_string());
    let has_place = caps.name("place").is_some();
    // "Oct. 12, 2016 …" opens a dateline only before an agency or a dash.
    let full_date_opening = caps.name("ydate").is_some();
    if full_date_opening && agency.is_none() && !dash_before_story {
        return None;
    }
    // A place alone is not a dateline ("UN OFFICIALS said"); it needs a date, an agency
    // or a dash ("WASHINGTON — The United States…"). A place in title case needs an agency.
    let dashed_place = has_place && dash_before_story;
    // "Geneva [Switzerland], Aug. 27 :": a country in brackets and a date anchor a place in title case.
    let bracketed_country = caps.name("country").is_some() && date.is_some();
    let anchored = agency.is_some() || (has_place && date.is_some()) || dashed_place || full_date_opening || bracketed_country;
    if !anchored {
        return None;
    }
    // A place in title case needs an agency, or a country in brackets and a date.
    if caps.name("tplace").is_some() && agency.is_none() && !bracketed_country {
        return None;
    }
    if !story_goes_on(&line[end..]) {
        return None;
    }
    Some((end, Opening::Dateline { date, agency, label: None }))
}

/// A place in capitals and a bracketed credit holding the full date the copy was filed,
/// then a dash: "ANKARA, , (UrduPoint / Pakistan Point News, app - 14th Dec, 2016 ) - …".
/// The date is the dateline's; the credit's names are left to the address and credits.
fn dated_bracket_dateline(line: &str) -> Option<(usize, Opening)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"^[A-Z][A-Z’'.\-]{2,}(?:[ \-][A-Z][A-Z’'.\-]+){0,3}[\s,]*\((?P<inner>[^()]{4,80})\)\s*(?:--|—|–|-)\s*").unwrap());
    let caps = re.captures(line)?;
    let inner = caps.name("inner")?.as_str();
    let (_, _, range) = crate::published::find_date(inner)?;
    let end = caps.get(0)?.end();
    if !story_goes_on(&line[end..]) {
        return None;
    }
    Some((end, Opening::Dateline { date: Some(inner[range].to_string()), agency: None, label: None }))
}

/// A date, a place and the site's name in brackets, as some sites open their own copy: "(
/// February 22, London, Sri Lanka Guardian) The veteran …". The name is the site's, given
/// as the dateline's credit.
fn bracketed_date_and_place(line: &str) -> Option<(usize, Opening)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(concat!(
            r"^\(\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+(?:19|20)\d{2})?),\s+",
            r"[A-Z][a-z’'.\-]+(?: [A-Z][a-z’'.\-]+){0,2}(?:,\s+(?P<site>[A-Z][A-Za-z’'.&\-]*(?: [A-Z][A-Za-z’'.&\-]*){0,4}))?\s*\)\s*"
        ))
        .unwrap()
    });
    let caps = re.captures(line)?;
    let end = caps.get(0)?.end();
    if !story_goes_on(&line[end..]) {
        return None;
    }
    let agency = caps.name("site").map(|m| m.as_str().to_string());
    Some((end, Opening::Dateline { date: Some(caps["date"].to_string()), agency, label: None }))
}

/// A place, a known agency and the full date in capitals, each closed by a dash, as some
/// portals print wire copy: "GENEVA- REUTERS- 26 AUG. 2016- Kerry and Lavrov met …".
fn dashed_agency_dateline(line: &str) -> Option<(usize, Opening)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(r"^[A-Z][A-Z’'.]{2,}(?: [A-Z][A-Z’'.]+){0,3}\s*[-–—]\s*(?P<agency>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*[-–—]\s*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2})\s*[-–—]\s*").unwrap()
    });
    let caps = re.captures(line)?;
    let agency = crate::publisher::agency_named(&caps["agency"])?;
    // The month in title case, as the date rules read it: "26 AUG. 2016" → "26 Aug. 2016".
    let mut after_letter = false;
    let date: String = caps["date"]
        .chars()
        .map(|c| {
            let lowered = if after_letter { c.to_ascii_lowercase() } else { c };
            after_letter = c.is_alphabetic();
            lowered
        })
        .collect();
    crate::published::find_date(&date)?;
    let end = caps.get(0)?.end();
    if !story_goes_on(&line[end..]) {
        return None;
    }
    Some((end, Opening::Dateline { date: Some(date), agency: Some(agency.to_string()), label: None }))
}

/// Whether the story goes on at `rest`, after a dateline: a capital or an opening quote.
fn story_goes_on(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| c.is_uppercase() || "\"“‘'".contains(c))
}

/// The length of a reporter's name closing a dateline's credit ("Maria Ivanova. "): two or
/// three capitalised words and a full stop, with the story going on after it; 0 otherwise.
fn reporter_after_credit(rest: &str) -> usize {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"^[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){1,2}\.\s+").unwrap());
    match re.find(rest) {
        Some(name) if rest[name.end()..].starts_with(|c: char| c.is_uppercase() || "\"“‘".contains(c)) => name.end(),
        _ => 0,
    }
}

// ---------------------------------------------------------------------------------------
// Boilerplate by general signals (jusText-style paragraph classification).
//
// Each line gets its counts once: words, function words, site-chrome words, words that
// address the reader, capitalised words. The first pass turns lines with unmistakable
// shapes into furniture (prompts, bylines, captions, notices, copyright, embeds); the
// context pass then judges the short lines that are left by where they stand: before the
// story (bylines), after its last paragraph (link lists, credits), between furniture.

const STOP: u16 = 1;
const STRONG: u16 = 2;
const WEAK: u16 = 4;
const YOU: u16 = 8;
const PROMPT: u16 = 16;
const STRONG_PROMPT: u16 = 32;
const COMMENT: u16 = 64;
/// A word that some caption cue holds ("photo", "left"): only lines with one are searched for cues.
const CUE: u16 = 128;
/// The outlet speaking of itself ("our site", "we use cookies").
const WE: u16 = 256;

/// Lines of more words than this are prose by length alone (see [`Signals::of_counted`]).
const SIGNAL_WORDS: usize = 30;

/// The vocabulary flags of a lower-cased word.
fn flags_of(word: &str) -> u16 {
    packed(word).and_then(|w| vocabulary().get(&w).copied()).unwrap_or(0)
}

/// Whether a lower-cased word is a site-chrome word, strong or weak (`data/furniture.toml`).
pub(crate) fn is_chrome_word(word: &str) -> bool {
    flags_of(word) & (STRONG | WEAK) != 0
}

/// Whether a lower-cased word is a strong site-chrome word ("subscribers", "cookies"): prose
/// rarely uses one (`data/furniture.toml` `chrome_words`).
pub(crate) fn is_strong_chrome_word(word: &str) -> bool {
    flags_of(word) & STRONG != 0
}

/// A link to the rest of a post in brackets, glued after a paragraph's last sentence
/// ("[Continue reading…]", "(Read more)"): a few prompt and chrome words, nothing else.
pub(crate) fn is_bracketed_link(piece: &str) -> bool {
    let piece = piece.trim();
    let Some(inner) = piece.strip_prefix(['[', '(']).and_then(|p| p.strip_suffix([']', ')'])) else { return false };
    let words: Vec<String> = inner.split_whitespace().map(|w| bare(w).to_lowercase()).filter(|w| !w.is_empty()).collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| flags_of(w) & (PROMPT | STRONG_PROMPT | STRONG | WEAK) != 0 || matches!(w.as_str(), "more" | "the" | "full" | "story"))
}

/// A word of at most 16 bytes packed in an integer: a cheap hash key.
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut buffer = [0u8; 16];
    buffer[..bytes.len()].copy_from_slice(bytes);
    Some(u128::from_le_bytes(buffer))
}

/// Lower-cased word (packed) → its vocabulary flags (`data/furniture.toml`).
fn vocabulary() -> &'static FxHashMap<u128, u16> {
    static CELL: OnceLock<FxHashMap<u128, u16>> = OnceLock::new();
    CELL.get_or_init(|| {
        let f = data::furniture();
        let mut map: FxHashMap<u128, u16> = Default::default();
        for (list, flag) in [
            (&f.stopwords, STOP),
            (&f.chrome_words, STRONG),
            (&f.weak_chrome_words, WEAK),
            (&f.second_person, YOU),
            (&f.first_person_plural, WE),
            (&f.prompt_verbs, PROMPT),
            (&f.strong_prompt_verbs, STRONG_PROMPT),
            (&f.comment_words, COMMENT),
        ] {
            for word in list {
                let word = packed(&word.to_lowercase()).expect("furniture.toml: vocabulary words have at most 16 bytes");
                *map.entry(word).or_default() |= flag;
            }
        }
        for gate in caption_gates().iter().filter(|g| !g.contains(' ') && g.as_str() != "(") {
            *map.entry(packed(gate).expect("caption cue words have at most 16 bytes")).or_default() |= CUE;
        }
        map
    })
}

/// A word without the punctuation around it ("“Hello,”" → "Hello").
#[inline]
fn bare(word: &str) -> &str {
    // Most words open and end on an ASCII letter or digit: nothing to trim.
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric) && bytes.last().is_some_and(u8::is_ascii_alphanumeric) {
        return word;
    }
    word.trim_matches(|c: char| !crate::sentences::is_alphanumeric(c) && c != '@' && c != '%')
}

/// What a line's words say about it, counted once.
#[derive(Clone, Copy, Debug, Default)]
struct Signals {
    words: usize,
    /// Words with a letter, and how many of those open with a capital.
    alpha: usize,
    capital: usize,
    stop: usize,
    strong: usize,
    weak: usize,
    you: usize,
    /// Words of the outlet speaking of itself ("our", "we").
    we: usize,
    comment: usize,
    /// Flags of the first word.
    first: u16,
    /// The first word is a number ("2 thoughts on …", "0 comments").
    first_number: bool,
    /// Words that are numbers, prices or percentages ("18,240.49", "+0.3%").
    numeric: usize,
    /// The first letter of the line is lower-case ("related articles").
    lower_start: bool,
    /// The line quotes speech: it is never a prompt addressed to the reader.
    quoted: bool,
    /// A word of a caption cue is in the line.
    cue: bool,
    /// The vocabulary counts were taken (see [`analyse`]).
    counted: bool,
}

impl Signals {
    /// `key` is the line as [`normalise`]d (same words, lower-cased).
    fn of(line: &str, key: &str) -> Signals {
        Signals::of_counted(line, key, key_words(key).filter(|w| !w.is_empty()).count())
    }

    /// The same, knowing the line has `count` words. Lines longer than [`SIGNAL_WORDS`] are
    /// prose by their length: no rule reads more of them than their length and quotes, so
    /// their words are not counted (most of a page's text is in such lines).
    fn of_counted(line: &str, key: &str, count: usize) -> Signals {
        let mut s = Signals::default();
        for word in words(line).take(SIGNAL_WORDS) {
            s.count_case(word);
        }
        s.words = count;
        s.quoted = is_quoted(line);
        if count <= SIGNAL_WORDS {
            s.count_vocabulary(line, key);
        }
        s
    }

    /// What the original spelling of a word tells: number, capitalised.
    #[inline(always)]
    fn count_case(&mut self, word: &str) {
        self.words += 1;
        let first = word.as_bytes()[0];
        // Most words open with an ASCII letter: decided by their first byte.
        if first.is_ascii_alphabetic() {
            self.alpha += 1;
            self.capital += first.is_ascii_uppercase() as usize;
            return;
        }
        if self.words == 1 {
            self.first_number = first.is_ascii_digit();
        }
        self.numeric += word.trim_start_matches(['+', '-', '$', '€', '£', '(']).starts_with(|c: char| c.is_ascii_digit()) as usize;
        let word = bare(word);
        if let Some(c) = word.chars().find(|c| c.is_alphabetic()) {
            self.alpha += 1;
            self.capital += (c.is_uppercase() && word.starts_with(c)) as usize;
        }
    }

    /// What the vocabulary says of the lower-cased words of `key`, and the line's quotes.
    fn count_vocabulary(&mut self, line: &str, key: &str) {
        let vocabulary = vocabulary();
        self.counted = true;
        self.lower_start = line.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        // Split on the single spaces of the key by hand: `str::split` costs more per word here.
        let bytes = key.as_bytes();
        let mut start = 0;
        for i in 0.. {
            if start > bytes.len() {
                break;
            }
            let mut end = start;
            let mut plain = true;
            while end < bytes.len() && bytes[end] != b' ' {
                plain &= bytes[end].is_ascii_alphanumeric();
                end += 1;
            }
            let lower = &key[start..end];
            start = end + 1;
            let lower = if plain { lower } else { bare(lower) };
            let Some(word) = packed(lower) else { continue };
            let flags = vocabulary.get(&word).copied().unwrap_or(0);
            if i == 0 {
                self.first = flags;
            }
            self.stop += (flags & STOP != 0) as usize;
            self.you += (flags & YOU != 0) as usize;
            self.we += (flags & WE != 0) as usize;
            self.comment += (flags & COMMENT != 0) as usize;
            self.cue |= flags & CUE != 0;
            // The first word counts as a prompt or as chrome, not as both.
            if i == 0 && flags & (PROMPT | STRONG_PROMPT) != 0 {
                continue;
            }
            self.strong += (flags & STRONG != 0) as usize;
            self.weak += (flags & WEAK != 0) as usize;
        }
    }

    /// Most words capitalised, as in a Title Case headline or a list of names.
    fn title_case(&self) -> bool {
        self.alpha >= 3 && self.capital * 10 >= self.alpha * 8
    }

    /// Few function words for its length: a headline, a name, a label.
    fn link_like(&self) -> bool {
        self.words <= 15 && (self.title_case() || (self.lower_start && self.words <= 8) || self.stop * 5 < self.words)
    }
}

/// A call to the reader: "Leave a comment", "Sign up for our newsletter", "SEE MORE: …",
/// "Read Tuesday's paper for full details.", "1 min read", "Short link:".
fn is_prompt(line: &str, key: &str, s: &Signals) -> bool {
    is_prompt_shape(line, key, s) && !attributed(key)
}

fn is_prompt_shape(line: &str, key: &str, s: &Signals) -> bool {
    if s.quoted || s.words > 30 {
        return false;
    }
    let sentence = ends_like_sentence(line) && !line.ends_with(':');
    if points_elsewhere(key) {
        return true;
    }
    // "SEE MORE: …", "Continue reading: …": a label of prompt and chrome words before a colon.
    if let Some(colon) = key.as_bytes().contains(&b':').then(|| key.find(':')).flatten() {
        let head: Vec<&str> = key_words(&key[..colon]).filter(|w| !w.is_empty()).collect();
        let flags = |w: &str| flags_of(bare(w));
        if (1..=3).contains(&head.len())
            && head.iter().all(|w| flags(w) & (PROMPT | STRONG_PROMPT | STRONG | WEAK) != 0 || matches!(*w, "more" | "also" | "full" | "the"))
            // A single weak word is a section ("Video: …", "Twitter: …" can be a headline).
            && (head.iter().any(|w| flags(w) & (PROMPT | STRONG_PROMPT | STRONG) != 0) || head.len() >= 2)
        {
            return true;
        }
    }
    // Short labels made of chrome words: "related articles", "1 Min Read", "Short link:".
    if s.words <= 4 && !sentence {
        // Two chrome words make a label ("Google photo"), one does not ("Twitter reaction").
        if s.strong >= 1 || (s.weak >= 1 && (s.words == 1 || line.ends_with(':'))) || (s.weak >= 2 && s.weak * 2 >= s.words) {
            return true;
        }
    }
    // A line that speaks to the reader with chrome words, or opens with an imperative.
    let prompt = if s.first & STRONG_PROMPT != 0 {
        1.5
    } else if s.first & PROMPT != 0 {
        1.0
    } else {
        0.0
    };
    // The site speaking of the comments on "this article" ("Sorry we are not currently
    // accepting comments on this article."): news prose names neither ("did not reply to
    // requests for comment on this story" asks for one comment, a source's).
    if s.words <= 15 && find_fixed!("comments", key).is_some() && ["this article", "this story", "this page", "this post"].iter().any(|p| key.contains(p)) {
        return true;
    }
    // The page speaking to the reader, or of itself with a chrome word outside quotes ("For
    // an optimal experience visit our site on another browser."): prose does neither.
    let voice = s.you > 0 || (s.we > 0 && s.strong >= 1);
    // An imperative inviting the reader to the outlet's own service, with a chrome word
    // ("Join our new Telegram channel and get the news uncensored!").
    if prompt > 0.0 && s.we > 0 && s.strong + s.weak >= 1 && s.words <= 20 {
        return true;
    }
    let score = s.strong as f32 + s.weak as f32 * 0.5 + prompt + if voice { 1.0 } else { 0.0 };
    // Denser chrome reaches further: "The article has changed 10 times. There is an RSS feed
    // of changes available."
    let short = s.words <= 12 || (s.strong >= 1 && voice) || (score >= DENSE_CHROME && s.words <= DENSE_CHROME_WORDS);
    // A sentence needs more than an imperative and a chrome word ("Share prices fell on the
    // next day.").
    score >= 1.5 && short && (!sentence || s.strong >= 1 || s.you >= 1 || s.first & STRONG_PROMPT != 0 || (prompt > 0.0 && s.comment > 0))
}

/// The chrome score (a strong word 1, a weak one half, a prompt, the page's voice) of a line
/// too long for [`is_prompt_shape`]'s short lines that is still furniture, up to
/// [`DENSE_CHROME_WORDS`] words.
const DENSE_CHROME: f32 = 2.0;
const DENSE_CHROME_WORDS: usize = 16;

/// "For more on the talks, read the full story from …", "For further details, visit …": a
/// pointer to another page, the phrase saying what it holds before an imperative of
/// reading or visiting (`key` lowercased).
fn points_elsewhere(key: &str) -> bool {
    const OPENERS: [&str; 6] = ["for more on ", "for more about ", "for further ", "for the full ", "for full ", "to read more"];
    // The openers first: most keys open on none, and their comma need not be searched for.
    if !OPENERS.iter().any(|o| key.starts_with(o)) {
        return false;
    }
    let Some(comma) = find_fixed!(", ", key) else { return false };
    key[comma + 2..].split_whitespace().next().is_some_and(|w| flags_of(bare(w)) & (PROMPT | STRONG_PROMPT) != 0)
}

/// A sentence glued into the story that speaks to the reader as a prompt line does ("Donate
/// now", "Subscribe for updates"), or addresses the reader with an exclamation ("Stand up
/// for independent news that you can count on!"): a page's appeal, not prose.
pub(crate) fn addresses_reader(sentence: &str) -> bool {
    let sentence = sentence.trim();
    let first = sentence.split_whitespace().next().map_or(0, |w| flags_of(&bare(w).to_lowercase()));
    // Only an exclamation or an imperative opener can be one: the others are not analysed.
    if !sentence.ends_with('!') && first & (PROMPT | STRONG_PROMPT) == 0 {
        return false;
    }
    let (key, _, s) = analyse(sentence);
    is_prompt(sentence, &key, &s) || (s.you > 0 && !s.quoted && sentence.ends_with('!'))
}

/// Speech reported without quotation marks: "See you in Geneva, Kerry told Lavrov." The
/// last clause of the line says who spoke.
fn attributed(key: &str) -> bool {
    let Some((_, last)) = key.rsplit_once(", ") else { return false };
    key_words(last).take(6).any(|w| {
        matches!(
            bare(w),
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "asked"
                | "urged"
                | "warned"
                | "wrote"
                | "writes"
                | "insisted"
                | "argued"
                | "stated"
                | "noted"
                | "claimed"
        )
    })
}

/// The line that opens a reader-comments section: it counts comments or invites them, or
/// is the section's own heading of two words at most, and is not a sentence ("2 thoughts on
/// “…”", "No comments:", "Leave a Reply", "0 comments", "Reader Comments").
fn opens_comments(line: &str, s: &Signals) -> bool {
    s.comment >= 1
        && s.words <= 12
        && (!ends_like_sentence(line) || line.ends_with(':'))
        && (s.first_number || s.first & (PROMPT | STRONG_PROMPT) != 0 || line.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("no ")) || s.words <= 2)
}

/// How a comment thread heads a comment with its author's name on a line of its own
/// ("Anonymous said..."): a story's speaker is never left hanging on an ellipsis.
const COMMENT_HEADS: &[&str] = &[" said...", " said…", " says...", " says…", " wrote...", " wrote…"];

/// A commenter's name on a line of its own, bulleted ("• Robert Griffith") or heading the
/// comment ("Anonymous said..."), as comment threads print each comment's author: a story's
/// bulleted points have verbs.
fn commenter_signature(line: &str) -> bool {
    let line = line.trim();
    line.strip_prefix(['•', '·']).is_some_and(|name| is_names(name.trim())) || COMMENT_HEADS.iter().any(|h| line.strip_suffix(h).is_some_and(is_names))
}

/// A name-like word: capitalised ("Smith", "SMITH", "J.", "Al-Assad"), or a name particle.
fn is_name_word(word: &str, allow_particle: bool) -> bool {
    let bare = word.trim_end_matches([',', ';']);
    if allow_particle && data::furniture().name_particles.iter().any(|p| p == bare) {
        return true;
    }
    bare.starts_with(|c: char| c.is_uppercase())
        && bare.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        && !(bare.len() > 1 && flags_of(&bare.to_lowercase()) & (STOP | STRONG | WEAK) != 0)
}

/// One to four name words ("Jessica Durando", "Ilya Arkhipov and Stepan Kravchenko" when
/// `and` joins two names).
fn is_names(text: &str) -> bool {
    let words: Vec<&str> = words(text).collect();
    !words.is_empty()
        && words.len() <= 7
        && words.first().is_some_and(|w| is_name_word(w, false))
        && words.last().is_some_and(|w| is_name_word(w, false))
        && words.iter().all(|w| is_name_word(w, true))
        && words.iter().filter(|w| !is_name_word(w, false)).count() * 3 <= words.len()
}

/// Keys and values a page's script printed into its text (`string(1599) "[{"id":"1890436",
/// "sort":"3673123","title":"URGENT: …"}, …`): a data dump, never prose, whatever
/// headlines it holds.
fn is_data_dump(line: &str) -> bool {
    find_fixed!("\":\"", line).is_some() && line.matches("\":").count() >= DUMP_KEYS
}

/// A blog's links to the entries before and after, with arrows and separators: "« Older
/// entry's title | Main | Newer entry's title »". Prose opens with no arrow.
fn is_pager(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with(['«', '‹']) || line.starts_with("<<") || line.ends_with(['»', '›']) || line.ends_with(">>")) && line.contains(" | ")
}

/// A site's path to the page, its sections apart by arrows: "Asia » Asia", "Home › World ›
/// Middle East". Every part is a short name; prose puts no arrow between words.
fn is_breadcrumb(line: &str) -> bool {
    // Most lines hold no arrow: their last UTF-8 bytes (0xBB in "»", 0xBA in "›") are looked
    // for before any word is read.
    if memchr::memchr2(0xBB, 0xBA, line.as_bytes()).is_none() || !line.contains(['»', '›']) {
        return false;
    }
    let spaced: String = line.trim().split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = spaced.split(['»', '›']).map(str::trim).collect();
    parts.len() >= 2
        && parts.len() <= BREADCRUMB_PARTS
        && parts.iter().all(|p| !p.is_empty() && p.split(' ').count() <= 3 && p.starts_with(char::is_uppercase) && !p.ends_with(['.', '!', '?']))
}

/// Sections a breadcrumb runs through at most.
const BREADCRUMB_PARTS: usize = 6;

/// A page's record number: "News ID: 1003", "Story ID 48213". A label of a few words ending
/// in "ID", and a number ("Resolution No. 2254" names a text, not the page).
fn is_record_number(line: &str) -> bool {
    if line.len() > RECORD_NUMBER_BYTES {
        return false;
    }
    let Some((label, number)) = line.trim().rsplit_once([':', ' ']) else { return false };
    let number = number.trim().trim_start_matches('#');
    let label = label.trim().trim_end_matches(':').trim_end();
    let named = label.strip_suffix("ID").or_else(|| label.strip_suffix("Id")).is_some_and(|before| before.ends_with(' '));
    named && label.split_whitespace().count() <= 4 && number.len() >= 2 && number.bytes().all(|b| b.is_ascii_digit())
}

/// The longest line read as a record number.
const RECORD_NUMBER_BYTES: usize = 48;

/// Most words of a sentence above the page's headline read as its chrome, not its story.
const CHROME_ABOVE_HEADLINE_WORDS: usize = 12;

/// Copies of a line before the story that make it a gallery's caption: a headline or a lead
/// may be printed twice, a picture's caption is printed once per slide.
const GALLERY_COPIES: usize = 3;

/// Quoted keys a line needs to be a data dump (a quote may end in a colon once or twice).
const DUMP_KEYS: usize = 3;

/// "John Kerry with Sergei Lavrov": names joined by "with" or "and", no verb. Printed
/// twice, a picture's caption.
fn people_together(line: &str) -> bool {
    let parts: Vec<&str> = line.trim().split(" with ").flat_map(|p| p.split(" and ")).collect();
    parts.len() >= 2 && parts.iter().all(|p| is_names(p))
}

/// "By John Smith", "By JANE DOE | Associated Press | …", "By The Associated Press".
fn is_by_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")).or_else(|| line.strip_prefix("by ")) else {
        return false;
    };
    if ends_like_sentence(line) && !line.contains('|') {
        return false;
    }
    let name = rest.split(['|', ',', '—', '–']).next().unwrap_or("").trim();
    let name = name.strip_prefix("The ").unwrap_or(name);
    words(line).count() <= 20 && is_names(name)
}

/// A short line that only credits: "- Reuters", "—AFP", "John Smith, Reuters",
/// "JANE DOE, Pool", "Reuters Staff".
fn is_credit_line(line: &str, s: &Signals) -> bool {
    if s.words > 7 || ends_like_sentence(line) {
        return false;
    }
    if let Some(rest) = line.strip_prefix(['-', '—', '–']) {
        return s.words <= 4 && is_names(rest.trim());
    }
    match line.split_once(", ") {
        Some((name, by)) => words(name).count() >= 2 && is_names(name) && words(by).count() <= 3 && is_names(by),
        None => false,
    }
}

/// "Jane Doe is a correspondent covering …": a name, "is a|an|the", a journalist's role,
/// and what the author covers or how to reach them.
fn is_author_bio(line: &str, key: &str, s: &Signals) -> bool {
    if s.words > 60 || s.quoted || !line.starts_with(char::is_uppercase) {
        return false;
    }
    if key.starts_with("i am ") {
        return first_person_bio(line);
    }
    // The subject is a name of one to four words, then "is a|an|the" (the words are counted
    // in the key: its offsets are not the line's).
    let mut words_of_key = key_words(key);
    let Some(subject) = words_of_key.by_ref().take(5).position(|w| w == "is") else { return false };
    if !matches!(words_of_key.next(), Some("a" | "an" | "the")) {
        return false;
    }
    if !(1..=4).contains(&subject) || !is_names(&words(line).take(subject).collect::<Vec<_>>().join(" ")) {
        return false;
    }
    let f = data::furniture();
    let head: Vec<&str> = key_words(key).skip(subject).take(8).collect();
    head.iter().any(|w| is_bio_role(w)) && f.bio_cues.iter().any(|c| key.contains(c.as_str()))
}

/// "I am Jane Roe, a passionate journalist with …": the author introduced in the first
/// person, a name and a journalist's role within a few words after it.
fn first_person_bio(line: &str) -> bool {
    let Some((name, role)) = line.get(5..).and_then(|rest| rest.split_once(", ")) else { return false };
    let role: Vec<&str> = words(role).take(5).collect();
    (1..=4).contains(&words(name).count()) && is_names(name) && matches!(role.first().copied(), Some("a" | "an")) && role.iter().any(|w| is_bio_role(w))
}

/// "• Jane Roe, BBC reporter based in Geneva.": a programme's guest or a writer credited by
/// name and a journalist's role, with no verb of saying (a reporter quoted in the story is
/// "Jane Roe, a BBC correspondent, said …").
fn is_guest_credit(line: &str, s: &Signals) -> bool {
    if s.words > GUEST_WORDS || s.quoted {
        return false;
    }
    let line = line.trim_start_matches(|c: char| matches!(c, '•' | '·' | '*' | '-' | '–' | '—') || c.is_whitespace());
    let Some(comma) = find_fixed!(", ", line) else { return false };
    let (name, role) = (&line[..comma], &line[comma + 2..]);
    let role = role.split(". ").next().unwrap_or(role);
    let role_words: Vec<&str> = words(role).collect();
    (2..=4).contains(&words(name).count())
        && is_names(name)
        && role_words.len() <= GUEST_ROLE_WORDS
        && role_words.iter().take(4).any(|w| is_bio_role(w))
        && !role_words.iter().any(|w| matches!(bare(w), "said" | "says" | "told" | "tells" | "is" | "was"))
}

/// Whether `word` names a journalist's role ("correspondent", "reporters"; `bio_roles` in
/// `data/furniture.toml`).
fn is_bio_role(word: &str) -> bool {
    let word = bare(word).trim_end_matches('s');
    data::furniture().bio_roles.iter().any(|r| word == r)
}

/// Most words of a guest credit line, and of its role up to the first full stop.
const GUEST_WORDS: usize = 30;
const GUEST_ROLE_WORDS: usize = 10;

/// "This is an archived article …", "This image may contain graphic content", "This story
/// has been corrected.": a line about the page itself.
fn is_notice(key: &str, s: &Signals) -> bool {
    is_notice_shape(key, s) && !attributed(key)
}

fn is_notice_shape(key: &str, s: &Signals) -> bool {
    if s.words > 30 || s.quoted {
        return false;
    }
    let mut words = key_words(key).map(bare).peekable();
    // "Warning: This article contains images readers may find distressing.": a label first.
    words.next_if(|w| matches!(*w, "warning" | "note" | "caution" | "advisory"));
    if words.next() != Some("this") {
        return false;
    }
    let nouns = &data::furniture().self_reference_nouns;
    for _ in 0..4 {
        match words.next() {
            Some(w) if nouns.iter().any(|n| n == w) => return true,
            Some("is" | "was" | "a" | "an") => continue,
            // One adjective ("an archived article").
            Some(w) if w.ends_with("ed") || w.ends_with("al") => continue,
            _ => return false,
        }
    }
    false
}

/// "[an error occurred while processing this directive]": a web server's message in the page,
/// printed in place of what it failed to include.
fn is_server_message(key: &str) -> bool {
    key.starts_with("[an error occurred while processing")
}

/// "© 2016 Reuters", "Copyright 2016 The Associated Press.": the line names a copyright.
fn is_copyright(line: &str, key: &str, s: &Signals) -> bool {
    let year = |w: &str| {
        let w = bare(w);
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    // Memchr gates first (the `memchr` crate's, SIMD; core's `[u8]::contains` reads a word
    // at a time): '©' opens with 0xC2, "(c)" with a bracket.
    let bytes = line.as_bytes();
    s.words <= 30
        && ((memchr::memchr(0xC2, bytes).is_some() && line.contains('©'))
            || ((key.starts_with("copyright")
                || (memchr::memchr(b'(', bytes).is_some() && find_fixed!("(c) ", key).is_some())
                || find_fixed!(" copyright ", key).is_some())
                && key_words(key).any(year)))
}

/// "a year ago", "3 hours ago": a relative time stamp.
fn is_relative_stamp(key: &str, s: &Signals) -> bool {
    s.words <= 4 && key.ends_with(" ago")
}

/// A page address or a slug ("file-in-this-sept-22-2016-file-photo-…", "https://…").
fn is_slug(line: &str, s: &Signals) -> bool {
    s.words == 1 && (find_fixed!("://", line).is_some() || line.starts_with("www.") || (line.len() >= 25 && line.matches('-').count() >= 3))
}

/// A ticker or a run of menu items: mostly numbers ("Dow 18,240 +0.3% Nasdaq 5,300 -0.1%"),
/// or a line that is no sentence and carries pictographs ("Start the day smarter ☀️").
fn is_ticker(line: &str, s: &Signals) -> bool {
    if s.quoted || ends_like_sentence(line) {
        return false;
    }
    (s.words >= 3 && s.numeric * 2 >= s.words) || (!line.is_ascii() && has_pictograph(line))
}

/// Menu items the scrape ran together, no sentence: words glued at a capital ("FinancialGovernment
/// SolutionsLegalReuters News AgencyRisk Management …"), or labels set apart by bars
/// ("Edition: English | 中文簡體 | 中文繁體").
fn is_run_together_menu(line: &str, s: &Signals) -> bool {
    if s.quoted || ends_like_sentence(line) {
        return false;
    }
    // A capital after at least four letters of a word in lower case: "Government" in
    // "FinancialGovernment"; not "McDonald", "MacArthur" or "DeMistura".
    let glued = |word: &&str| {
        let b = word.as_bytes();
        (4..b.len()).any(|i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase() && b[i - 4..i].iter().all(u8::is_ascii_alphabetic))
    };
    words(line).filter(glued).count() >= 2 || line.matches(" | ").count() >= 2
}

/// The last `bytes` bytes of `line` or a little more (to a character boundary).
fn tail_of(line: &str, bytes: usize) -> &str {
    let mut start = line.len().saturating_sub(bytes);
    while !line.is_char_boundary(start) {
        start -= 1;
    }
    &line[start..]
}

/// Symbols and pictographs (U+2600–U+27BF, U+2B50–U+2B55, U+1F000–U+1FAFF), found by their
/// UTF-8 lead bytes.
fn has_pictograph(line: &str) -> bool {
    line.as_bytes().windows(2).any(|w| matches!(w, [0xE2, 0x98..=0x9E] | [0xE2, 0xAD] | [0xF0, 0x9F]))
}

/// "(sda/dpa)", "(dpa/AFP)": agencies' short names (two to six letters) joined by slashes
/// in brackets, the credit of a wire copy.
fn slashed_agencies(bracketed: &str) -> bool {
    let inner = bracketed.trim_matches(['(', ')', '[', ']']);
    let parts: Vec<&str> = inner.split('/').collect();
    (2..=4).contains(&parts.len()) && parts.iter().all(|p| (2..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Where a credit at the end of a story line starts: "… he said. (Reporting by Jane Doe;
/// Editing by John Roe)", "… in the city. -AFP", "… on Monday. - Reuters"; or where a
/// picture's description glued after the last sentence starts ([`trailing_caption`]).
fn trailing_credit(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    if let Some(start) = trailing_caption(trimmed) {
        return Some(start);
    }
    let f = data::furniture();
    let start = if trimmed.ends_with(')') || trimmed.ends_with(']') {
        let open = trimmed.rfind(['(', '['])?;
        let inner = trimmed[open..].to_lowercase();
        let credit = f.credit_markers.iter().any(|m| inner.contains(m.as_str())) || links_to_more(&inner) || dated_source(&trimmed[open..]);
        (credit || slashed_agencies(&inner) && ends_like_sentence(trimmed[..open].trim_end())).then_some(open)?
    } else {
        let dash = trimmed.len() - tail_of(trimmed, 30).len() + tail_of(trimmed, 30).rfind(['-', '—', '–'])?;
        let tail = trimmed[dash..].trim_start_matches(['-', '—', '–']).trim();
        let before = trimmed[..dash].trim_end();
        let agency = is_caption_agency(tail);
        (agency && before.len() < dash && ends_like_sentence(before)).then_some(dash)?
    };
    let before = line[..start].trim_end();
    (ends_like_sentence(before) && !before.is_empty()).then_some(before.len())
}

/// A bracketed source and the day it gave the text, closing a story line ("(UN News Centre,
/// Dec. 19)"): a name of capitalised words, then a month and day or a full date.
fn dated_source(bracketed: &str) -> bool {
    let inner = bracketed.trim_matches(|c: char| "()[] ".contains(c));
    let Some((name, date)) = inner.rsplit_once(", ") else { return false };
    let names: Vec<&str> = words(name).collect();
    let named = (1..=5).contains(&names.len())
        && names[0].starts_with(char::is_uppercase)
        && names.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for"));
    named && (timex::month_day(date).is_some() || timex::date_line(date).is_some())
}

/// A bracketed link to more of the site's stories after the last sentence ("(More Syria
/// stories.)", "[More world news]").
fn links_to_more(bracketed: &str) -> bool {
    let inner = bracketed.trim_matches(|c: char| "()[]. ".contains(c));
    let words: Vec<&str> = inner.split_whitespace().collect();
    (2..=5).contains(&words.len()) && words[0] == "more" && matches!(words[words.len() - 1], "stories" | "news" | "coverage" | "articles")
}

/// Where a labelled caption glued after a story line's last sentence starts: "… at the
/// time of writing. Photo: Russian Su-34 bombers." (a photo word and a colon opening the
/// last sentence, a description of at most a dozen words).
fn trailing_caption(line: &str) -> Option<usize> {
    // The label's colon is in the tail: a line without one is ruled out before the last
    // stop is searched for.
    memchr::memchr(b':', line.as_bytes())?;
    let (before, tail) = line.rsplit_once(". ")?;
    let (label, caption) = tail.split_once(':')?;
    let caption_words = words(caption).count();
    // A credit ("Photo: Reuters", "Picture: Jane Roe") makes the whole line a caption; a
    // description of the picture ends like a sentence.
    let described = ends_like_sentence(caption);
    (is_photo_word(label.trim()) && described && (1..=12).contains(&caption_words) && words(before).count() >= 3).then_some(before.len() + 1)
}

/// The signature of an embedded tweet: "— Jane Doe (@janedoe) October 16, 2016".
fn is_embed_signature(line: &str) -> bool {
    if line.len() > 160 || memchr::memchr(b'@', line.as_bytes()).is_none() || find_fixed!("(@", line).is_none() {
        return false;
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| Regex::new(r"^(?:[—–-]|&mdash;)\s*[^()]+\(@[A-Za-z0-9_]+\)\s*(?:[A-Z][a-z]+\.?\s+[0-9]{1,2},\s+[0-9]{4})?\s*$").unwrap()).is_match(line)
}

/// The news sentences of an agency caption that describes its picture first and credits
/// it last: "FILE - In this Sept. 22, 2016 file photo, Kerry speaks in New York. Kerry is
/// threatening to cut off all contacts with Moscow. (AP Photo/Jane Roe, File)". `None`
/// for a caption that only describes its picture.
fn caption_news(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let line = &text[range.clone()];
    let opener = ["FILE - ", "FILE – ", "FILE — "].iter().find_map(|p| line.strip_prefix(p)).unwrap_or(line);
    if !opener.starts_with("In this ") || !has_caption_credit(line) {
        return None;
    }
    // "In this Sept. 22, 2016 file photo," — the comma after the picture word.
    let start = range.start + (line.len() - opener.len());
    let picture = opener.split(' ').take(10).position(is_photo_word)?;
    let after_picture = opener.split(' ').take(picture + 1).map(|w| w.len() + 1).sum::<usize>().min(opener.len());
    let comma = after_picture - 1 + opener[after_picture - 1..].find(',')?;
    let credit = line.rfind(['(', '['])?;
    let body = trim(text, start + comma + 1..range.start + credit);
    // Its first sentence is what the picture shows; the news is what follows.
    let sentences = crate::sentences::split(text, body.clone());
    let news = trim(text, sentences.get(1)?.start..body.end);
    (!news.is_empty()).then_some(news)
}

/// "syria-map-1Syria’s military on Monday …": a picture's file name the scrape glued to
/// the story's first word. Its length: lower-case letters, digits and hyphens or
/// underscores (at least one of each of the last two kinds), then a capitalised word.
fn glued_file_name(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let len = bytes.iter().position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-' || *b == b'_'))?;
    let name = &line[..len];
    // "b2ap3_thumbnail_three.jpg\"The Islamic State's choice …": a name with its image
    // extension, before a capital or a quotation mark.
    if let Some(ext) = IMAGE_EXTENSIONS.iter().find(|e| line[len..].starts_with(*e)) {
        let end = len + ext.len();
        let story_next = line[end..].starts_with(|c: char| c.is_uppercase() || "\"“‘".contains(c));
        return (len >= 1 && story_next).then_some(end);
    }
    let capitalised_word = bytes.get(len).is_some_and(u8::is_ascii_uppercase) && bytes.get(len + 1).is_some_and(u8::is_ascii_lowercase);
    (len >= 5 && capitalised_word && name.contains(['-', '_']) && name.contains(|c: char| c.is_ascii_digit())).then_some(len)
}

/// "This file image shows … speaking next to an Islamist flag at an uWASHINGTON, Aug 31 -
/// Islamic State spokesman …": a caption the scrape glued to the story's dateline, the
/// place's capitals run into the caption's last word. Its length, the caption and the
/// dateline together, and the dateline: a dated or credited one only.
fn glued_dateline(line: &str) -> Option<(usize, Opening)> {
    let bytes = line.as_bytes();
    let glued = |i: usize| bytes[i].is_ascii_lowercase() && bytes[i + 1].is_ascii_uppercase() && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase);
    let at = (0..bytes.len().saturating_sub(2)).find(|&i| glued(i))? + 1;
    let (len, found) = wire_dateline(&line[at..])?;
    let dated = matches!(&found, Opening::Dateline { date: Some(_), .. } | Opening::Dateline { agency: Some(_), .. });
    (dated && line[..at].split_whitespace().count() >= GLUED_CAPTION_WORDS).then_some((at + len, found))
}

/// Fewest words of a caption glued before a dateline.
const GLUED_CAPTION_WORDS: usize = 6;

/// The extensions of a picture's file name.
const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp"];

/// "APThe Russian Ministry of Defense has …": a picture's credit (`caption_credits` in
/// `data/furniture.toml`) the scrape glued to the story's first word. Its length: the credit,
/// exactly as listed, right before a capitalised word (no word runs "AP" into "The").
fn glued_credit(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let capitalised_word = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_uppercase) && bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase);
    // Most lines open on no credit's first byte: nothing more is read of them.
    let first = *bytes.first()?;
    data::furniture()
        .caption_credits
        .iter()
        .filter(|c| c.as_bytes().first() == Some(&first) && line.starts_with(c.as_str()))
        .map(String::len)
        .find(|&len| capitalised_word(len))
}

/// "Syrian army soldiers inside farms Southwest of Handarat camp in Aleppo province, Syria,
/// on October 2, 2016.": a picture's description, one sentence that ends with where and on
/// what full date it was taken. Prose gives a recent day without its year.
fn is_dated_picture_description(line: &str, s: &Signals) -> bool {
    // Every pattern ends on a digit, and the first two hold a comma: byte tests rule out
    // most lines before them.
    let ends_on_digit = line.trim_end().trim_end_matches('.').ends_with(|c: char| c.is_ascii_digit());
    if s.words > 40 || s.quoted || !ends_on_digit && memchr::memchr(b',', line.as_bytes()).is_none() {
        return false;
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    let ending = CELL.get_or_init(|| {
        // The photographer's name may be glued to the final stop: "…, October 20, 2016.Hannibal Hanschke".
        Regex::new(r"\b[A-Z][a-z]+(?:,\s+on|,)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2},\s+[0-9]{4}(?:\.(?:[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})?)?$").unwrap()
    });
    let one_sentence = || crate::sentences::split(line, 0..line.len()).len() == 1;
    if ending.is_match(line.trim_end()) {
        return one_sentence();
    }
    // An agency's picture caption in the present, the date set off before the place:
    // "Secretary of State John Kerry speaks during a Security Council meeting, on Sept. 21,
    // 2016, at U.N. headquarters." Prose tells a dated scene in the past.
    static MIDDLE: OnceLock<Regex> = OnceLock::new();
    let middle = MIDDLE.get_or_init(|| {
        Regex::new(r",\s+on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2},\s+[0-9]{4},\s+(?:at|in)\s").unwrap()
    });
    if middle.is_match(line) && one_sentence() && opens_on_a_named_present(line) {
        return true;
    }
    // A scene told in the present and dated at the line's end: "Jordanians watch as smoke
    // rises above Deraa … on June 7, 2018.", "The border building can be seen from … on
    // June 7, 2018." Prose tells a dated scene in the past ("The army retook the crossing
    // on July 6, 2018.").
    dated_scene(line) && one_sentence()
}

/// A scene dated at the end of `text` as a picture's caption is ([`is_dated_picture_description`]);
/// also read on the sentences of a paragraph, where a one-line scrape glues captions into
/// the story ("… failed to end the violence. A Turkish military convoy passes through the
/// town of Dana on February 2."). Without a year, only a verb of what a picture shows: a
/// present with a day is as often a plan ("The council votes on October 7.").
pub(crate) fn dated_scene(text: &str) -> bool {
    let text = text.trim_end();
    if !text.trim_end_matches('.').ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    static END: OnceLock<Regex> = OnceLock::new();
    let end = END.get_or_init(|| {
        Regex::new(r"\son\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?P<year>,\s+[0-9]{4})?\.?$").unwrap()
    });
    let Some(caps) = end.captures(text) else { return false };
    if caps.name("year").is_some() {
        shows_a_scene(text)
    } else {
        has_a_scene_verb(text)
    }
}

/// Whether a line holds one of the furniture data's `scene_verbs` (see
/// [`is_dated_picture_description`]).
fn has_a_scene_verb(line: &str) -> bool {
    let verbs = &crate::data::furniture().scene_verbs;
    line.split_whitespace().any(|w| verbs.iter().any(|v| v == w))
}

/// Whether a line tells a scene as a picture does: a view ("can be seen", "is seen"),
/// onlookers ("watch as", "look on"), or a main clause in the present ("A soldier stands").
fn shows_a_scene(line: &str) -> bool {
    const VIEWS: [&str; 8] = [" can be seen ", " could be seen ", " is seen ", " are seen ", " watch as ", " watches as ", " look on ", " looks on "];
    VIEWS.iter().any(|v| line.contains(v)) || opens_on_a_named_present(line) || crate::tense::main_clause(line).tense == crate::tense::Tense::Present
}

/// "A partial view of the ancient city of Palmyra", "A still image taken on December 11,
/// 2016 from a video … purports to show …": a line that opens by naming a picture and
/// goes on with what it shows or where it was taken. Prose tells what happened, not what a
/// picture holds.
fn describes_a_picture(line: &str, s: &Signals) -> bool {
    s.words <= 45 && !s.quoted && opens_on_a_picture(line)
}

/// Whether a line opens as a picture's description does ([`describes_a_picture`]).
fn opens_on_a_picture(line: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let opener = CELL.get_or_init(|| {
        Regex::new(concat!(
            r"^An?\s+(?:(?:general|partial|aerial|wide|close-up)\s+view\s+of",
            r"|(?:(?:still|file|handout)\s+)?(?:image|picture|photo|photograph|still|frame grab|video grab)\s+(?:of|taken|shows|showing|from|released|provided|purports|made))\b",
            // "This frame grab from video provided by …", "In this photo taken on …": AP's form.
            r"|^(?:In\s+)?[Tt]his\s+(?:(?:still|file|handout)\s+)?(?:image|picture|photo|photograph|frame grab|video grab)\s+(?:taken|shows|showing|from|released|provided|made)\b",
            // "FILE: A view shows …", "FILE PHOTO: …": a picture from the archive, labelled;
            // "Image: A member of … stands …": a picture, labelled.
            r"|^FILE(?:\s+PHOTO)?\s*:\s|^(?:Image|Photo|Picture|Photograph)\s*:\s+[A-Z]"
        ))
        .unwrap()
    });
    // A gallery's bullet before the caption ("• In this photo released by …").
    let line = line.trim_start_matches(['•', '·', '▪', '*', ' ']);
    // Every opener starts the line with one of these letters: the others are ruled out
    // without a regex search (most lines are story, and its set-up was most of the cost).
    line.starts_with(['A', 'I', 'T', 't', 'F', 'P']) && opener.is_match(line)
}

/// "Hamad bin Isa al-Khalifa attends the Gulf Cooperation Council summit in Kuwait.": a
/// picture's caption with no date, one short sentence of a named person's scene verb in the
/// present ([`has_a_scene_verb`]'s list). Prose tells a scene in the past.
fn is_undated_scene_caption(line: &str, s: &Signals) -> bool {
    if s.words > SCENE_CAPTION_WORDS || s.quoted || !ends_like_sentence(line) || line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let particles = &data::furniture().name_particles;
    let name_word = |w: &str| w.starts_with(char::is_uppercase) || particles.iter().any(|p| p == w) || w.starts_with("al-") || w.starts_with("el-");
    let words: Vec<&str> = line.split_whitespace().collect();
    let name = words.iter().take_while(|w| name_word(w)).count();
    let verb = words.get(name).map_or("", |w| bare(w));
    name >= 2 && words[0].starts_with(char::is_uppercase) && verb.ends_with('s') && data::furniture().scene_verbs.iter().any(|v| v == verb)
}

/// Most words of a caption with no date ([`is_undated_scene_caption`]).
const SCENE_CAPTION_WORDS: usize = 16;

/// Whether a line opens on names and titles, then a verb in the present's "-s" form
/// ("Secretary of State John Kerry speaks …").
fn opens_on_a_named_present(line: &str) -> bool {
    let mut words = line.split_whitespace().skip_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for" | "de" | "al"));
    words.next().is_some_and(|verb| {
        let verb = bare(verb);
        verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss") && verb.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// "Maria Zakharova, Russian Foreign Ministry's official spokeswoman": a portrait caption,
/// a name and a role with no verb.
fn is_portrait_caption(line: &str, s: &Signals) -> bool {
    if s.words > 12 || ends_like_sentence(line) || s.quoted {
        return false;
    }
    let Some((name, role)) = line.split_once(", ") else { return false };
    let last = bare(role.rsplit(' ').next().unwrap_or("")).to_lowercase();
    (2..=4).contains(&words(name).count()) && is_names(name) && role_words().contains(last.as_str())
}

/// The last word of every title in `data/roles.toml`, lower-cased ("minister", "spokeswoman").
fn role_words() -> &'static FxHashSet<String> {
    static CELL: OnceLock<FxHashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| data::roles().titles.iter().filter_map(|t| t.rsplit(' ').next()).map(|w| w.trim_end_matches('.').to_lowercase()).collect())
}

/// Furniture a line's own shape gives away, before its neighbours are looked at.
fn boilerplate(line: &str, key: &str, s: &Signals) -> Option<Furniture> {
    if !line.chars().any(char::is_alphabetic) || is_relative_stamp(key, s) || is_server_message(key) {
        return Some(Furniture::Notice);
    }
    if is_slug(line, s)
        || is_ticker(line, s)
        || is_data_dump(line)
        || is_pager(line)
        || is_run_together_menu(line, s)
        || is_breadcrumb(line)
        || is_record_number(line)
    {
        return Some(Furniture::Navigation);
    }
    if is_embed_signature(line) {
        return Some(Furniture::Embed);
    }
    if is_by_line(line) || is_credit_line(line, s) {
        return Some(Furniture::Byline);
    }
    // A picture's description credited at its end, however long (AP's captions run on with
    // the news the picture is of: "This frame grab … shows … (Baladi News Network via AP)").
    if s.words <= 150 && opens_on_a_picture(line) && has_slash_credit(line) {
        return Some(Furniture::Caption);
    }
    if s.words <= 80
        && (has_picture_label(key)
            || has_labelled_credit(line, key)
            || has_slash_credit(line)
            || has_caption_cue(key, s)
            || is_dated_picture_description(line, s)
            || is_undated_scene_caption(line, s)
            || describes_a_picture(line, s))
    {
        return Some(Furniture::Caption);
    }
    if is_copyright(line, key, s) {
        return Some(Furniture::Copyright);
    }
    if is_notice(key, s) {
        return Some(Furniture::Notice);
    }
    if is_author_bio(line, key, s) || is_guest_credit(line, s) {
        return Some(Furniture::AuthorBio);
    }
    if is_prompt(line, key, s) {
        return Some(Furniture::Prompt);
    }
    None
}

/// Lines a site prints on more than one of its pages (menus, section names, promotions):
/// hashes of their [`normalise`]d text. Made by [`site_lines`] for one page.
#[derive(Clone, Debug, Default)]
pub struct SiteLines(FxHashSet<u64>);

impl SiteLines {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn contains(&self, key: &str) -> bool {
        !self.0.is_empty() && self.0.contains(&line_hash(key))
    }
}

fn line_hash(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    key.hash(&mut hasher);
    hasher.finish()
}

/// The site of a page: `site` in sources.toml, else the host of its address, without "www.".
fn site_of(source: &Source) -> Option<String> {
    let host = match (&source.site, &source.url) {
        (Some(site), _) => site.as_str(),
        (None, Some(url)) => url.split("://").nth(1).unwrap_or(url).split(['/', '?', '#']).next().unwrap_or(""),
        _ => return None,
    };
    let host = host.trim().to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// A line of prose: a sentence of eight words or more, with function words, not Title Case.
/// A site's reused background paragraph is story text, so prose is never site furniture.
fn is_prose(line: &str, s: &Signals) -> bool {
    ends_like_sentence(line) && s.words >= 8 && s.stop * 5 >= s.words && !s.title_case()
}

/// The corpus-level pass: for each input (in order), the lines that its site (from
/// `sources`) prints on another of its pages. Two pages of a site that share much of their
/// prose are copies of one story, and what they share is the story's (its headline too), so
/// a line counts only when it is on pages of two different stories. Prose lines never count.
pub fn site_lines(inputs: &[Input], sources: &[Source]) -> Vec<SiteLines> {
    let mut out = vec![SiteLines::default(); inputs.len()];
    let sites: Vec<Option<String>> = inputs.iter().map(|i| sources.iter().find(|s| s.file == i.file).and_then(site_of)).collect();
    let mut groups: FxHashMap<&str, Vec<usize>> = Default::default();
    for (i, site) in sites.iter().enumerate() {
        if let Some(site) = site {
            groups.entry(site.as_str()).or_default().push(i);
        }
    }
    for pages in groups.values().filter(|p| p.len() >= 2) {
        // Each page's distinct lines: hash and whether prose.
        let mut prose_pages: FxHashMap<u64, Vec<usize>> = Default::default();
        let mut other_pages: FxHashMap<u64, Vec<usize>> = Default::default();
        let mut prose_count = vec![0usize; pages.len()];
        for (p, &input) in pages.iter().enumerate() {
            let text = &inputs[input].text;
            let mut done: FxHashSet<u64> = Default::default();
            for line in text.lines() {
                let line = line.trim_matches(is_space);
                if line.is_empty() {
                    continue;
                }
                let (key, _) = normalise(line);
                let hash = line_hash(&key);
                if !done.insert(hash) {
                    continue;
                }
                if is_prose(line, &Signals::of(line, &key)) {
                    prose_count[p] += 1;
                    prose_pages.entry(hash).or_default().push(p);
                } else {
                    other_pages.entry(hash).or_default().push(p);
                }
            }
        }
        // Pages that share a third of the smaller one's prose are copies of one story.
        let mut shared: FxHashMap<(usize, usize), usize> = Default::default();
        for list in prose_pages.values().filter(|l| l.len() >= 2) {
            for (x, &a) in list.iter().enumerate() {
                for &b in &list[x + 1..] {
                    *shared.entry((a, b)).or_default() += 1;
                }
            }
        }
        let mut story: Vec<usize> = (0..pages.len()).collect();
        fn root(story: &mut [usize], mut a: usize) -> usize {
            while story[a] != a {
                story[a] = story[story[a]];
                a = story[a];
            }
            a
        }
        for (&(a, b), &n) in &shared {
            if n * 3 >= prose_count[a].min(prose_count[b]) {
                let (ra, rb) = (root(&mut story, a), root(&mut story, b));
                story[ra] = rb;
            }
        }
        for (hash, list) in other_pages.iter().filter(|(_, l)| l.len() >= 2) {
            let first = root(&mut story, list[0]);
            if list.iter().any(|&p| root(&mut story, p) != first) {
                for &p in list {
                    out[pages[p]].0.insert(*hash);
                }
            }
        }
    }
    out
}

thread_local! {
    static SITE: std::cell::RefCell<SiteLines> = Default::default();
}

/// Runs `f` with `lines` as the site lines of the page that [`clean`] reads inside it.
/// (The pipeline wraps each article's parse in it, so the stages keep their signatures.)
pub fn with_site_lines<R>(lines: SiteLines, f: impl FnOnce() -> R) -> R {
    let previous = SITE.with(|site| site.replace(lines));
    let result = f();
    SITE.with(|site| site.replace(previous));
    result
}

/// Splits a raw page into classified lines (with the site lines [`with_site_lines`] gives).
pub fn clean(text: &str) -> Vec<Line> {
    clean_titled(text, None)
}

/// [`clean`], the page's headline known to stand at `headline` (see [`crate::slug`]): a
/// long line holding it is cut into what comes before it (chrome, unless it reads as
/// sentences), the headline, and what comes after it.
pub fn clean_titled(text: &str, headline: Option<Range<usize>>) -> Vec<Line> {
    SITE.with_borrow(|site| clean_with(text, site, headline))
}

/// Most words a line holding the headline may have besides it and still be the headline's
/// own line (a section name, a date): more, and the headline is cut out of it.
const HEADLINE_LINE_SLACK: usize = 8;

/// The line ranges of a page; a long line holding the headline cut around it, with the
/// part before it when that part is page chrome.
fn line_ranges(text: &str, headline: Option<Range<usize>>) -> (Vec<Range<usize>>, Option<Range<usize>>) {
    let mut ranges = Vec::new();
    let mut chrome = None;
    let mut offset = 0;
    for end in line_ends(text) {
        let range = trim(text, offset..end);
        offset = end;
        match headline.clone().filter(|h| range.start <= h.start && h.end <= range.end) {
            Some(h) if words(&text[range.start..h.start]).count() + words(&text[h.end..range.end]).count() > HEADLINE_LINE_SLACK => {
                let before = trim(text, range.start..h.start);
                if !before.is_empty() && !text[before.clone()].contains(". ") && !ends_like_sentence(&text[before.clone()]) {
                    chrome = Some(before.clone());
                }
                // A date stamp printed after the headline ("World Oct 28, 2016 5:05 PM EDT") is a line of its own.
                let after = trim(text, h.end..range.end);
                let stamp = crate::published::stamp_prefix(&text[after.clone()]).map_or(after.start, |len| after.start + len);
                ranges.extend([before, h.clone(), after.start..stamp, trim(text, stamp..after.end)]);
            }
            _ => ranges.push(range),
        }
    }
    ranges.retain(|r| !r.is_empty());
    (join_soft_wraps(text, ranges), chrome)
}

/// Where each of `text.split_inclusive('\n')`'s lines ends: the line breaks found with
/// `memchr` (SIMD), not core's char searcher (a word at a time).
fn line_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let unbroken_end = (!text.is_empty() && !text.ends_with('\n')).then_some(text.len());
    memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1).chain(unbroken_end)
}

/// `key.split(' ')`, read byte by byte: a key's words are a few bytes each, fewer than
/// core's char searcher costs to set up for each (`key` is [`normalise`]d, single-spaced).
fn key_words(key: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(key);
    std::iter::from_fn(move || {
        let words = rest?;
        match words.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = Some(&words[at + 1..]);
                Some(&words[..at])
            }
            None => {
                rest = None;
                Some(words)
            }
        }
    })
}

/// Fewest words of a line that a page wrapped at a fixed width ("… beat back an attack
/// by 13" / "armed drones over the weekend, the ministry said"): shorter lines are
/// headings, labels or bylines.
const WRAPPED_LINE_WORDS: usize = 8;

/// Words no sentence or heading ends on: a line ending on one was broken inside a sentence.
const LEADING_WORDS: &[&str] = &["the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "as", "that"];

/// Joins a line broken inside a sentence to the line that goes on with it: no blank line
/// between, no end of a sentence before the break, and a lower-case word (or a line ending
/// on a word that leads into another, [`LEADING_WORDS`]) after it; or, on a page that wraps
/// its prose at a fixed width ([`wrap_width`]), a line too full to have taken the next
/// line's first word ("… Britain's U.N. ambassador, Mark" / "Lyall Grant, told …"). The
/// sentence is then one range of the seed file, its line break inside.
fn join_soft_wraps(text: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    // Read once, and only for a page with a line broken before another (most print a
    // paragraph a line, with blank lines between).
    let width = std::cell::OnceCell::new();
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        if let Some(last) = out.last_mut() {
            let (before, gap, after) = (&text[last.clone()], &text[last.end..range.start], &text[range.clone()]);
            let one_break = gap.bytes().filter(|&b| b == b'\n').count() == 1 && gap.trim().is_empty();
            // The whole printed line: a dateline cut from its start ("UNITED NATIONS, July 19
            // (Reuters) - Russia and China vetoed") was part of its width.
            let printed = || &text[text[..last.end].rfind('\n').map_or(0, |at| at + 1)..last.end];
            // A line ending on a word that only leads into others ("… a ceasefire in" /
            // "Syria and …") goes on whatever the case of the next, when it is prose: a line of
            // many words, or that word alone ("In" / "Obama's words:").
            // (Only the last word is read: most lines end a sentence and need none.)
            let leads_on = || {
                let last = before.rsplit(char::is_whitespace).next().unwrap_or_default();
                let alone = last.len() == before.len() && LEADING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last));
                alone || LEADING_WORDS.contains(&last) && whitespace_words(printed()).count() >= WRAPPED_LINE_WORDS
            };
            let goes_on = || goes_on_in_lower_case(printed(), after) || leads_on();
            let unended = !before.ends_with(['.', '!', '?', ':', '"', '”', '’', ';']);
            let full = || width.get_or_init(|| wrap_width(text)).is_some_and(|w| wrapped_at(printed(), after, w));
            // A paragraph's shorter first line before a line filling the page's width ("U.S.
            // and coalition forces had conducted" / "18 air strikes against … since"):
            // broken inside its sentence too.
            let opens_wrapped = || width.get_or_init(|| wrap_width(text)).is_some_and(|w| opens_a_wrapped_paragraph(printed(), after, w));
            if one_break && (full() || unended && (goes_on() || opens_wrapped())) {
                last.end = range.end;
                continue;
            }
        }
        out.push(range);
    }
    out
}

/// Whether `after` goes on in lower case from `printed`, a line broken before it: a line of
/// prose ([`WRAPPED_LINE_WORDS`]), or a shorter one of a page broken at no one width
/// ("Speaking after their" / "face-to-face talks, …") when it is no label (one word not
/// opening a quotation: "Advertisement" / "and the talks …"), no Title Case headline
/// ("Kremlin Denies Any Role" / "from around the web") and `after` opens on a plain word (not
/// a picture's file name glued to the story: "syria-map-1Syria's").
fn goes_on_in_lower_case(printed: &str, after: &str) -> bool {
    if !after.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let words = || whitespace_words(printed);
    let count = words().count();
    if count >= WRAPPED_LINE_WORDS {
        return true;
    }
    let capitalised = words().filter(|w| w.starts_with(char::is_uppercase)).count();
    let first = after.split_whitespace().next().unwrap_or_default().trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '”' | '’'));
    let plain = first.chars().all(|c| c.is_ascii_lowercase() || matches!(c, '-' | '\'' | '’'));
    // A word opening a quotation is no label either ("\"We" / "also spoke about …").
    let opens_quote = printed.trim_start().starts_with(['"', '“']);
    // Title Case capitalises a headline's last word too (short function words aside): a line
    // ending on a longer word in lower case runs on ("The UN Security Council has
    // unanimously" / "adopted a resolution …").
    let last = words().last().unwrap_or_default().trim_end_matches(|c: char| !c.is_alphanumeric());
    let runs_on = last.len() >= 4 && last.starts_with(|c: char| c.is_lowercase());
    (count >= 2 || opens_quote) && (capitalised * 2 <= count || runs_on) && plain
}

/// Fewest lines a page breaks inside a sentence, near its widest, for its breaks to tell a
/// width it wraps at.
const WRAP_LINES: usize = 4;
/// The narrowest and widest width, in characters, a page is read as wrapping its prose at:
/// lists and labels run shorter, a paragraph printed as one line longer.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 40..=100;
/// How many characters short of its width a wrapped line may end (a wrapper need not fill
/// its width to the last character: "… Russia and China vetoed" / "a U.N. …" at 64).
const WRAP_SLACK: usize = 3;

/// The width a page wraps its prose at: the longest of its lines of at most a wrap's width
/// that another follows with no blank line between (a caption or a paragraph printed whole
/// is wider, and tells none), when two in three such lines come within a fifth of it
/// (wrapped prose fills its lines nearly; a list's or a byline's lines differ) and two in
/// three of those, [`WRAP_LINES`] or more, end inside a sentence (a page printing a
/// paragraph a line ends most on a stop). A page whose paragraphs open on a shorter line
/// needs only two in five of its lines near the width, when a third of those go on in lower
/// case (a list's items each open on a capital).
fn wrap_width(text: &str) -> Option<usize> {
    let mut lines = text.split('\n').peekable();
    // Each such line's width, whether it ends inside a sentence, and whether the next opens
    // in lower case.
    let mut followed = Vec::new();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek().filter(|next| !next.trim().is_empty()) else { continue };
        let line = line.trim_end();
        let width = line.chars().count();
        if !line.trim().is_empty() && width <= *WRAP_WIDTHS.end() {
            followed.push((width, !ends_like_sentence(line), next.trim_start().starts_with(|c: char| c.is_lowercase())));
        }
    }
    let widest = followed.iter().map(|&(width, ..)| width).max()?;
    let near: Vec<(bool, bool)> = followed.iter().filter(|&&(width, ..)| width * 5 >= widest * 4).map(|&(_, inside, lower)| (inside, lower)).collect();
    let inside = near.iter().filter(|&&(inside, _)| inside).count();
    let lower = near.iter().filter(|&&(_, lower)| lower).count();
    let most_near = near.len() * 3 >= followed.len() * 2 || near.len() * 5 >= followed.len() * 2 && lower * 3 >= near.len();
    let wrapped = most_near && inside * 3 >= near.len() * 2 && inside >= WRAP_LINES;
    (WRAP_WIDTHS.contains(&widest) && wrapped).then_some(widest)
}

/// Whether `printed`, a line of a page wrapped at `width` that ends inside a sentence,
/// opens a paragraph whose next line, `next`, fills the width: prose of a few words
/// ([`OPENING_LINE_WORDS`]), not a heading set above it.
fn opens_a_wrapped_paragraph(printed: &str, next: &str, width: usize) -> bool {
    // (Broken at a word or a comma: "… (See Press Release SC/10536)" ends a note.)
    let at_a_word = printed.trim_end().ends_with(|c: char| c.is_alphanumeric() || c == ',');
    let next = next.trim_end().chars().count();
    at_a_word && next <= width && next * 5 >= width * 4 && whitespace_words(printed).count() >= OPENING_LINE_WORDS
}

/// Fewest words of a paragraph's opening line on a wrapped page.
const OPENING_LINE_WORDS: usize = 4;

/// Whether `printed`, a line of a page wrapped at `width`, was broken before `next` because
/// `next`'s first word would not have fitted on it.
fn wrapped_at(printed: &str, next: &str, width: usize) -> bool {
    let word = next.split_whitespace().next().map_or(0, |w| w.chars().count());
    // A line wider than the width was printed whole, not wrapped (nor was a line well
    // wider after it: a paragraph's last line may pass the widest line that another follows).
    let printed = printed.trim_end().chars().count();
    let whole = |line: &str| line.trim_end().chars().count() > width + width / 4;
    !whole(next) && printed <= width && printed + 1 + word + WRAP_SLACK > width
}

/// Splits a raw page into classified lines; `site` are the lines its site prints elsewhere.
pub fn clean_with(text: &str, site: &SiteLines, headline: Option<Range<usize>>) -> Vec<Line> {
    // Each line's range, normalised key, word count and signals, computed once (sized at
    // once: they grew a line at a time, ~5 times a page).
    let (ranges, chrome) = line_ranges(text, headline.clone());
    let mut raw = Vec::with_capacity(ranges.len());
    let mut line_signals = Vec::with_capacity(ranges.len());
    for range in ranges {
        let (key, word_count, signals) = analyse(&text[range.clone()]);
        raw.push((range, key, word_count));
        line_signals.push(signals);
    }
    let signals = line_signals;
    // Lines printed more than once: captions when credited, otherwise later copies are repeats.
    // Each key's count and first line, in a map sized at once: whether a line was printed
    // before is whether its key's first line is an earlier one (no set of the keys seen).
    let mut seen: FxHashMap<&str, (usize, usize)> = FxHashMap::with_capacity_and_hasher(raw.len(), Default::default());
    for (i, (_, key, _)) in raw.iter().enumerate() {
        seen.entry(key.as_str()).or_insert((0, i)).0 += 1;
    }
    let mut story_seen = false;
    let mut lines = Vec::with_capacity(raw.len());
    for (i, (range, key, word_count)) in raw.iter().enumerate() {
        let (key, word_count) = (key.as_str(), *word_count);
        let line = &text[range.clone()];
        let (count, first) = seen[key];
        let (repeated, printed_before) = (count > 1, first < i);
        let above_headline = headline.as_ref().is_some_and(|h| range.end <= h.start);
        // The first copy of the headline the address spells is no caption, whatever came before.
        let the_headline = !printed_before && headline.as_ref().is_some_and(|h| range.start <= h.start && h.end <= range.end);
        let mut opening = None;
        let mut range = range.clone();
        let kind = if is_navigation(line) || chrome.as_ref() == Some(&range) {
            LineKind::Furniture(Furniture::Navigation)
        } else if is_label(key) || word_count <= 4 && dateline_of_its_own(line) || word_count <= DISCLAIMER_WORDS && disclaimer(key) {
            LineKind::Furniture(Furniture::Label)
        } else if let Some(name) = repost_intro(line, word_count) {
            LineKind::Furniture(Furniture::RepostIntro(name))
        } else if is_credit(key, word_count) && trailing_credit(line).is_none() {
            LineKind::Furniture(Furniture::Credit)
        } else if let Some(stated) = timex::date_line(line) {
            LineKind::DateLine(stated)
        } else if word_count <= 12 && crate::published::relative_date_line(line) {
            // "This article was published today at 1:08 p.m.": page metadata with no date in it.
            LineKind::Furniture(Furniture::Label)
        } else if site.contains(key) {
            LineKind::Furniture(Furniture::SiteRepeat)
        } else if let Some(news) = caption_news(text, range.clone()) {
            // A caption that goes on with the news: the news is story, its picture is not.
            opening = Some((range.start..news.start, Opening::PictureDescription));
            range = news;
            LineKind::Story
        } else if has_caption_credit(line)
            // Printed twice and no sentence: a caption, unless the first copy of a headline
            // printed twice before the story.
            || (repeated && !ends_like_sentence(line) && word_count > 6 && (story_seen || printed_before) && !the_headline)
            || (repeated && people_together(line))
            // Printed three times before the story: a gallery's caption, sentence or not
            // ("A man walks along a street lined with damaged buildings …" under a headline).
            || (count >= GALLERY_COPIES && !story_seen)
        {
            LineKind::Furniture(Furniture::Caption)
        } else if repeated && printed_before {
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
            } else if let Some(len) = glued_file_name(line).or_else(|| glued_credit(line)) {
                opening = Some((range.start..range.start + len, Opening::PictureDescription));
            } else if let Some(found) = glued_dateline(line) {
                opening = Some((range.start..range.start + found.0, found.1));
            }
            let mut word_count = word_count;
            if let Some((cut, _)) = &opening {
                range = trim(text, cut.end..range.end);
                word_count = words(&text[range.clone()]).count();
            }
            let sentence = ends_like_sentence(&text[range.clone()]) || word_count > 30;
            if sentence && above_headline && word_count <= CHROME_ABOVE_HEADLINE_WORDS {
                // A short sentence above the headline the address spells is the page's chrome
                // ("Search for the country site."): the story starts under its headline.
                LineKind::Furniture(Furniture::Navigation)
            } else if sentence {
                LineKind::Story
            } else {
                LineKind::Heading
            }
        };
        story_seen |= kind == LineKind::Story;
        lines.push(Line { range, kind, opening });
    }
    let keys: Vec<&str> = raw.iter().map(|(_, key, _)| key.as_str()).collect();
    context(text, &mut lines, &keys, &signals);
    lines
}

/// How a line speaks: in the outlet's own voice ("we", "our"), to the reader ("you"), of
/// support for the outlet ("donation", "journalism"); words inside quotation marks are
/// someone else's.
#[derive(Clone, Copy, Default)]
struct Voice {
    outlet: bool,
    reader: bool,
    appeal: bool,
}

/// The three word lists of a line's voice, as sets (read for every story line).
struct VoiceWords {
    outlet: WordSet,
    reader: WordSet,
    appeal: WordSet,
    /// The three lists together, to rule a word out of all three at once.
    any: WordSet,
}

fn voice_words() -> &'static VoiceWords {
    static CELL: OnceLock<VoiceWords> = OnceLock::new();
    CELL.get_or_init(|| {
        let f = data::furniture();
        let set = |list: &[String]| list.iter().map(|w| w.to_lowercase()).collect();
        let lists = [&f.first_person_plural, &f.second_person, &f.appeal_words];
        let any = lists.iter().flat_map(|l| l.iter()).map(|w| w.to_lowercase()).collect();
        VoiceWords { outlet: set(&f.first_person_plural), reader: set(&f.second_person), appeal: set(&f.appeal_words), any }
    })
}

fn voice_of(line: &str) -> Voice {
    let sets = voice_words();
    let mut voice = Voice::default();
    let mut quoted = false;
    // One buffer for the lowered words (few are lowered).
    let mut lowered = String::new();
    for word in whitespace_words(line) {
        let opens = word.starts_with(['"', '“']);
        if quoted || opens {
            // Inside a quote only where it closes matters.
            quoted = !word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '"').ends_with(['"', '”']);
            continue;
        }
        let w = bare(word);
        // Most words are ASCII and of no list's first letter and length: they are
        // ruled out before being lowered; any other is lowered with its curly
        // apostrophes made straight.
        lowered.clear();
        if w.is_ascii() {
            if !sets.any.may_hold_ignoring_ascii_case(w) {
                continue;
            }
            lowered.push_str(w);
            lowered.make_ascii_lowercase();
        } else {
            lowered.push_str(&w.to_lowercase().replace('’', "'"));
        }
        voice.outlet |= sets.outlet.contains(&lowered);
        voice.reader |= sets.reader.contains(&lowered);
        voice.appeal |= sets.appeal.contains(&lowered);
    }
    voice
}

/// The page's appeal for support, printed as a run of story lines in the outlet's own
/// voice or to the reader ("Your support helps us to tell the story", "The Independent is
/// on the ground … we know how important it is …", "Your donation allows us to …"): a run
/// in which a line speaks both as the outlet and to the reader, and one asks for support.
/// Its last line may run into the story ("Your support makes all the difference.Vladimir
/// Putin gave hope …"): the sentences after the appeal's are kept.
fn outlets_appeal(text: &str, lines: &mut [Line], keys: &[std::borrow::Cow<str>]) {
    let speaks = |line: &Line| {
        if !speaks_as_prose(line) {
            return None;
        }
        let v = voice_of(&text[line.range.clone()]);
        (v.outlet || v.reader).then_some(v)
    };
    // A run of lines that speak is an appeal only with a line that asks for support: the
    // runs are found from the lines that may ask (`may_ask_for_support`, a substring
    // search of each line's lowered key), and only their lines' voices are read (each at
    // most once, and before its run changes: a run changes only its own lines, and a line
    // after it still has the range its key was made from).
    let mut voices: Vec<Option<Option<Voice>>> = vec![None; lines.len()];
    let mut i = 0;
    while let Some(asking) = (i..lines.len()).find(|&j| speaks_as_prose(&lines[j]) && may_ask_for_support(&keys[j])) {
        let mut voice = |j: usize, lines: &[Line]| *voices[j].get_or_insert_with(|| speaks(&lines[j]));
        if voice(asking, lines).is_none() {
            i = asking + 1;
            continue;
        }
        let mut first = asking;
        while first > i && voice(first - 1, lines).is_some() {
            first -= 1;
        }
        let mut last = asking;
        while last + 1 < lines.len() && voice(last + 1, lines).is_some() {
            last += 1;
        }
        let run: Vec<Voice> = voices[first..=last].iter().map(|v| v.flatten().expect("a run's lines speak")).collect();
        appeal_run(text, &mut lines[first..=last], &run);
        i = last + 1;
    }
}

/// Whether a line's voice is read at all (see `outlets_appeal`'s `speaks`).
fn speaks_as_prose(line: &Line) -> bool {
    matches!(line.kind, LineKind::Story | LineKind::Heading)
}

/// Whether a line may hold an appeal word ([`voice_of`]'s `appeal`), asked of its key (the
/// line [`normalise`]d: its words single-spaced and lower-cased). The line holds one in any
/// ASCII case only if the key holds it in lower case: an appeal word has no white space,
/// and every ASCII letter lowers to its ASCII lower case. (The key may hold one the line
/// does not only by a character past ASCII that lowers to an ASCII letter, the Kelvin sign
/// 'K' → 'k', which no plain appeal word holds; and this only rules lines out: `voice_of`
/// decides. A list of words past ASCII letters is not ruled on, every line may.)
///
/// The words are looked for with one SIMD search of the key (the `aho-corasick` crate's
/// packed searcher, Teddy), not by stopping at every 's', 'd', 'p' or 'j' of the line to
/// compare the words' first two letters (~1,600 instructions a line on the 12 MB corpus).
fn may_ask_for_support(key: &str) -> bool {
    enum Finder {
        Packed(aho_corasick::packed::Searcher),
        Each(Vec<memchr::memmem::Finder<'static>>),
        Any,
    }
    static CELL: OnceLock<Finder> = OnceLock::new();
    let finder = CELL.get_or_init(|| {
        let words = &data::furniture().appeal_words;
        let plain = words.iter().all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic() && !b.eq_ignore_ascii_case(&b'k')));
        let lowered: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        match aho_corasick::packed::Searcher::new(&lowered) {
            _ if !plain => Finder::Any,
            Some(packed) => Finder::Packed(packed),
            None => Finder::Each(lowered.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()).collect()),
        }
    });
    match finder {
        Finder::Packed(packed) => packed.find(key).is_some(),
        Finder::Each(each) => each.iter().any(|f| f.find(key.as_bytes()).is_some()),
        Finder::Any => true,
    }
}

/// One run of lines that speak as the outlet or to the reader, with their voices: the
/// page's appeal when it holds two lines or more, one of both voices and one that asks
/// for support.
fn appeal_run(text: &str, lines: &mut [Line], run: &[Voice]) {
    let both = run.iter().any(|v| v.outlet && v.reader);
    if run.len() >= 2 && both && run.iter().any(|v| v.appeal) {
        let last = run.len() - 1;
        for line in &mut lines[..last] {
            drop_line(text, line, Furniture::Prompt);
        }
        let range = lines[last].range.clone();
        let kept = crate::sentences::split(text, range.clone()).into_iter().find(|s| {
            let v = voice_of(&text[s.clone()]);
            !(v.outlet || v.reader)
        });
        match kept {
            Some(story) => lines[last].range = story.start..range.end,
            None => drop_line(text, &mut lines[last], Furniture::Prompt),
        }
    }
}

/// Makes a line furniture; a date label in front of it ("date 2016-10-03 Subscribe Register
/// Login") still dates the page, as a date line.
fn drop_line(text: &str, line: &mut Line, furniture: Furniture) {
    match line.opening.take() {
        Some((range, Opening::DateLabel(stated))) => {
            *line = Line { range: trim(text, range), kind: LineKind::DateLine(stated), opening: None };
        }
        _ => line.kind = LineKind::Furniture(furniture),
    }
}

fn story_seen_before(lines: &[Line], i: usize) -> bool {
    lines[..i].iter().any(|l| l.kind == LineKind::Story)
}

/// Prose of a paragraph that the page cut off: long, with the function words of
/// sentences, and ending where no headline ends (on a function word, or with a quote
/// left open).
fn is_cut_off_prose(line: &str, key: &str, s: &Signals) -> bool {
    let last = line.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let last = last.to_lowercase();
    let opens_clause = ["when", "where", "while", "who", "which", "that", "as", "because", "but"].contains(&last.as_str());
    let ends_on_function_word = (flags_of(&last) & STOP != 0 || opens_clause) && !line.trim_end().ends_with(|c: char| !c.is_alphanumeric());
    let open_quote = line.matches('"').count() % 2 == 1 || line.matches('“').count() > line.matches('”').count();
    // Lines this long had their vocabulary left uncounted (see `analyse`): count it here.
    let mut s = *s;
    if !s.counted {
        s.count_vocabulary(line, key);
    }
    s.words >= 12 && s.stop * 3 >= s.words && (ends_on_function_word || open_quote)
}

/// The context pass (jusText's neighbours step): short lines are judged by where they stand.
fn context(text: &str, lines: &mut [Line], keys: &[&str], signals: &[Signals]) {
    use Furniture::*;
    use LineKind::{Heading, Story};
    let n = lines.len();
    // The signals of a line after its opening is cut.
    let mut signals = signals.to_vec();
    let mut keys: Vec<std::borrow::Cow<str>> = keys.iter().map(|k| (*k).into()).collect();
    for (i, line) in lines.iter().enumerate() {
        if line.opening.is_some() {
            let text = &text[line.range.clone()];
            let (key, _) = normalise(text);
            signals[i] = Signals::of(text, &key);
            keys[i] = key.into();
        }
    }
    // A credit at the end of a story line is cut off, and the line is a sentence again.
    for (i, line) in lines.iter_mut().enumerate() {
        if matches!(line.kind, Story | Heading) {
            if let Some(end) = trailing_credit(&text[line.range.clone()]) {
                line.range.end = line.range.start + end;
                line.kind = Story;
                let text = &text[line.range.clone()];
                let (key, _) = normalise(text);
                signals[i] = Signals::of(text, &key);
                keys[i] = key.into();
            }
        }
    }
    let of = |lines: &[Line], i: usize| -> (&str, Signals) { (&text[lines[i].range.clone()], signals[i]) };
    // Furniture a line's own shape gives away. A date label in front of furniture
    // ("date 2016-10-03 Subscribe Register Login") still dates the page.
    for i in 0..n {
        if matches!(lines[i].kind, Story | Heading) {
            let (line, s) = of(lines, i);
            if let Some(furniture) = boilerplate(line, &keys[i], &s) {
                drop_line(text, &mut lines[i], furniture);
            }
        }
    }
    outlets_appeal(text, lines, &keys);
    // A short line opening in lower case right after furniture goes on with it ("Subscribe",
    // then "to our newsletter!").
    for i in 1..n {
        if matches!(lines[i].kind, Story | Heading) && lines[i].opening.is_none() && signals[i].words <= 6 {
            if let LineKind::Furniture(furniture) = lines[i - 1].kind.clone() {
                if text[lines[i].range.clone()].starts_with(char::is_lowercase) {
                    drop_line(text, &mut lines[i], furniture);
                }
            }
        }
    }
    // Teasers of other stories under a label ("Check Also", then a headline and an excerpt
    // cut off with an ellipsis): the lines up to the excerpt are links, not the story.
    for i in 0..n {
        if lines[i].kind != LineKind::Furniture(Label) {
            continue;
        }
        let teaser =
            (i + 1..n.min(i + 4)).take_while(|&j| matches!(lines[j].kind, Story | Heading)).find(|&j| ends_with_ellipsis(&text[lines[j].range.clone()]));
        if let Some(last) = teaser {
            for line in &mut lines[i + 1..=last] {
                drop_line(text, line, LinkList);
            }
        }
    }
    // Links to other stories whose titles the page cut to a length ("Islamic State kills 41
    // in attack on Afghan cultura...", "Strategic plan to implement SDF likely to be
    // appro..."): short lines stopping on an ellipsis after a letter, two or more on a page
    // (one may be the story trailing off).
    let cut_titles: Vec<usize> = (0..n).filter(|&i| matches!(lines[i].kind, Story | Heading) && is_cut_title(&text[lines[i].range.clone()])).collect();
    if cut_titles.len() >= 2 {
        for i in cut_titles {
            drop_line(text, &mut lines[i], LinkList);
        }
    }
    // A heading right before a caption that echoes it is the picture's alternative text:
    // the caption opens with it ("A Russian jet", then "A Russian jet. Reuters/Jane Roe"),
    // or it writes in lower case names the caption capitalises ("base russia syria").
    for i in 0..n.saturating_sub(1) {
        if lines[i].kind == Heading && lines[i + 1].kind == LineKind::Furniture(Caption) && lines[i].opening.is_none() {
            let (alt, caption) = (&text[lines[i].range.clone()], &text[lines[i + 1].range.clone()]);
            let echoed = caption.len() > alt.trim_end().len() && caption.starts_with(alt.trim_end());
            if echoed || lower_cased_names(alt, caption) {
                drop_line(text, &mut lines[i], Caption);
            }
        }
    }
    // A short "sentence" with every word capitalised is a heading ("Our Standards: The Trust
    // Principles."), not prose.
    for i in 0..n {
        if lines[i].kind == Story {
            let (_, s) = of(lines, i);
            if s.words <= 12 && s.alpha >= 4 && s.title_case() {
                lines[i].kind = Heading;
            }
        }
    }
    // Good paragraphs: story lines long enough to be prose.
    let good = |lines: &[Line], i: usize| lines[i].kind == Story && signals[i].words >= 8;
    let Some(first_good) = (0..n).find(|&i| good(lines, i)) else { return };
    // The reader-comments section runs from its opening line to the end of the page, unless
    // more of the story follows than went before (a "Leave a comment" bar under the lede).
    if let Some(open) = (first_good + 1..n).find(|&i| {
        let line = &text[lines[i].range.clone()];
        matches!(lines[i].kind, Story | Heading | LineKind::Furniture(Prompt)) && opens_comments(line, &signals[i]) || commenter_signature(line)
    }) {
        let before = (0..open).filter(|&i| good(lines, i)).count();
        let after = (open + 1..n).filter(|&i| good(lines, i)).count();
        if after <= before {
            for line in &mut lines[open..] {
                drop_line(text, line, Comments);
            }
        } else {
            drop_line(text, &mut lines[open], Prompt);
        }
    }
    // An embedded post: the line before its signature.
    for i in 1..n {
        if lines[i].kind == LineKind::Furniture(Embed) && matches!(lines[i - 1].kind, Story | Heading) && lines[i - 1].range.len() <= 300 {
            drop_line(text, &mut lines[i - 1], Embed);
        }
    }
    // A heading that is the cut-off start of an earlier line (a caption echoing the text),
    // or prose cut off in mid-word that is (a page's excerpt of its own story).
    for i in 0..n {
        let cut_story = lines[i].kind == Story && !ends_like_sentence(&text[lines[i].range.clone()]);
        if (lines[i].kind == Heading || cut_story) && signals[i].words >= 6 && lines[i].opening.is_none() {
            let key = &keys[i];
            // Captions echo text near them: the hundred lines before are enough.
            if (i.saturating_sub(100)..i)
                .any(|j| keys[j].len() > key.len() && keys[j].starts_with(key.as_ref() as &str) && !matches!(lines[j].kind, LineKind::Furniture(_)))
            {
                drop_line(text, &mut lines[i], Repeat);
            }
        }
    }
    // Before the story, after the headline: bylines and portrait captions.
    let mut headline = false;
    for i in 0..first_good {
        if lines[i].kind != Heading {
            continue;
        }
        let (line, s) = of(lines, i);
        if s.words == 1 {
            // A section name or a brand over the story ("World", "Quantcast").
            drop_line(text, &mut lines[i], Label);
        } else if headline && is_names(line) {
            drop_line(text, &mut lines[i], Byline);
        } else if headline && is_portrait_caption(line, &s) {
            drop_line(text, &mut lines[i], Caption);
        } else if s.words >= 3 {
            headline = true;
        }
    }
    // After the story's last good paragraph: credits, link-like lines, headline lists.
    let last_good = (0..n).rev().find(|&i| good(lines, i)).unwrap_or(first_good);
    // A page cut off mid-paragraph: the line after the last paragraph is prose that
    // stops short (on a function word, inside a quote), not a heading.
    if let Some(i) = (last_good + 1..n).find(|&i| !matches!(lines[i].kind, LineKind::Furniture(_))) {
        let (line, s) = of(lines, i);
        if lines[i].kind == Heading && story_seen_before(lines, i) && is_cut_off_prose(line, &keys[i], &s) {
            lines[i].kind = Story;
        }
    }
    let last_good = (0..n).rev().find(|&i| good(lines, i)).unwrap_or(first_good);
    let mut run: Vec<usize> = Vec::new();
    let flush = |lines: &mut [Line], run: &mut Vec<usize>| {
        if run.len() >= 3 {
            for &i in run.iter() {
                drop_line(text, &mut lines[i], LinkList);
            }
        }
        run.clear();
    };
    for i in last_good + 1..n {
        match lines[i].kind {
            Heading => {
                let (line, s) = of(lines, i);
                if is_names(line) {
                    drop_line(text, &mut lines[i], Byline);
                } else if !s.quoted && s.link_like() {
                    drop_line(text, &mut lines[i], LinkList);
                    run.push(i);
                } else if s.words <= 15 {
                    run.push(i);
                }
            }
            Story => flush(lines, &mut run),
            _ => {}
        }
    }
    flush(lines, &mut run);
    // Between furniture: a short link-like line with furniture on both sides.
    let furniture = |lines: &[Line], i: usize| matches!(lines[i].kind, LineKind::Furniture(_));
    for i in first_good + 1..n {
        if lines[i].kind == Heading && furniture(lines, i - 1) && (i + 1 == n || furniture(lines, i + 1)) {
            let (_, s) = of(lines, i);
            if s.words <= 10 && !s.quoted && s.link_like() {
                drop_line(text, &mut lines[i], LinkList);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The appeal words found in a line's key are those an ASCII-case-insensitive
    /// automaton finds in the line.
    #[test]
    fn appeal_words_in_the_key_are_the_automaton_s() {
        let words = &data::furniture().appeal_words;
        let automaton = aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(words).expect("builds");
        let mut lines: Vec<String> =
            words.iter().flat_map(|w| [w.clone(), w.to_uppercase(), format!("x{}y", &w[..w.len() - 1]), format!("Please {w}!")]).collect();
        lines.extend(["", "s", "su", "Su", "SUPPOR", "a paywal", "Donatio n", "JournaliSm’s end", "dodonate", "ſupport"].map(String::from));
        for line in &lines {
            assert_eq!(may_ask_for_support(&normalise(line).0), automaton.is_match(line), "{line:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(String, LineKind)> {
        clean(text).into_iter().map(|l| (text[l.range].to_string(), l.kind)).collect()
    }

    /// The kind of the line whose text is `line` (after any opening).
    fn kind_of(found: &[(String, LineKind)], line: &str) -> LineKind {
        found.iter().find(|(t, _)| t == line).unwrap_or_else(|| panic!("no line {line:?} in {found:#?}")).1.clone()
    }

    #[test]
    fn a_line_opening_on_a_caption_label_is_a_caption() {
        let text = "The Russian military says it fought off an attack by drones on its bases in Syria on Saturday.\nPictured: One of the Russian fighter planes that suffered damage as a result of the attack.\nAbove: the base at Hmeimim.\nPhoto opportunities were rare: the ministry let no one near the base.\n";
        let found = kinds(text);
        assert_eq!(
            kind_of(&found, "Pictured: One of the Russian fighter planes that suffered damage as a result of the attack."),
            LineKind::Furniture(Furniture::Caption)
        );
        assert_eq!(kind_of(&found, "Above: the base at Hmeimim."), LineKind::Furniture(Furniture::Caption));
        assert_eq!(kind_of(&found, "Photo opportunities were rare: the ministry let no one near the base."), LineKind::Story);
    }

    #[test]
    fn a_line_broken_inside_a_sentence_joins_the_line_that_goes_on_with_it() {
        let text = "Bases Beat Back Drones\n\nMOSCOW — The main Russian air and naval bases in Syria beat back an attack by 13\narmed drones over the weekend, the ministry said on Monday.\nIt said ten drones flew at the air base.\nthe end of a short line\n\nA paragraph ends here without a stop and is long enough\n\nlower case after a blank line stays apart.\n";
        let found = kinds(text);
        let joined = "The main Russian air and naval bases in Syria beat back an attack by 13\narmed drones over the weekend, the ministry said on Monday.";
        assert_eq!(kind_of(&found, joined), LineKind::Story);
        // A sentence's end before the break, or a blank line, keeps the lines apart.
        assert!(found.iter().any(|(t, _)| t == "It said ten drones flew at the air base."));
        assert!(found.iter().any(|(t, _)| t == "lower case after a blank line stays apart."));
        assert!(found.iter().any(|(t, _)| t == "the end of a short line"));
        // A line ending on a word that leads into others goes on, whatever the next line's case.
        let text = "The Assembly on Friday demanded an immediate ceasefire and aid deliveries in\nZembla in a resolution adopted by a strong majority.\n";
        assert_eq!(kinds(text)[0].0, text.trim_end());
    }

    /// A page broken at no one width ("Speaking after their" / "face-to-face talks, …"):
    /// a line of any length goes on with a line going on in lower case, and a leading word
    /// alone on its line with the next; a short line ending on one does not ("Reporting by").
    #[test]
    fn a_short_line_goes_on_with_a_lower_case_line_or_after_a_leading_word_alone() {
        let text = "Talks end\n\nSpeaking after their\nface-to-face talks, the two leaders said they failed to find\ncommon ground.\nIn\nPresident Zorg's words:\n\"We\ndisagree,\" he said.\nReporting by\nJohn Smith\nshare\nnews from the region\n";
        let found = kinds(text);
        let joined = "Speaking after their\nface-to-face talks, the two leaders said they failed to find\ncommon ground.";
        assert!(found.iter().any(|(t, _)| t == joined), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "In\nPresident Zorg's words:"), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "\"We\ndisagree,\" he said."), "{found:?}");
        assert!(!found.iter().any(|(t, _)| t.starts_with("Reporting by\n")), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "news from the region"), "a word alone is a label: {found:?}");
        assert!(!found.iter().any(|(t, _)| t.starts_with("Talks end\n")), "{found:?}");
        // Capitalised names open a line that still ends inside its sentence.
        let found = kinds("The UN Security Council has unanimously\nadopted a resolution to boost aid access in Zembla.\n");
        assert!(found.iter().any(|(t, _)| t.starts_with("The UN Security Council has unanimously\nadopted")), "{found:?}");
    }

    /// A page that wraps its prose at a fixed width breaks lines before capitals too ("Mark"
    /// / "Lyall Grant"): a line too full to have taken the next line's first word goes on
    /// with it. Lines of a page with no such width stay apart.
    #[test]
    fn a_page_wrapped_at_a_width_joins_every_full_line_to_the_next() {
        let text = "UPDATE 5-Zembla blocks the council\n\nUNITED NATIONS, July 19 (Reuters) - Zembla and Ruritania vetoed\na Security Council resolution on Thursday that threatened\nBorduria's rulers with sanctions if they did not halt the\nviolence, again thwarting Western hopes for a tough line.\n\n\"They have chosen to put their interests ahead of the\nlives of millions of Syrians,\" Britain's U.N. ambassador, Mark\nLyall Grant, told the 15-member Security Council after the vote.\n";
        let found = kinds(text);
        let vetoed = "Zembla and Ruritania vetoed\na Security Council resolution on Thursday that threatened\nBorduria's rulers with sanctions if they did not halt the\nviolence, again thwarting Western hopes for a tough line.";
        assert_eq!(kind_of(&found, vetoed), LineKind::Story, "{found:?}");
        assert!(found.iter().any(|(t, _)| t.ends_with("Mark\nLyall Grant, told the 15-member Security Council after the vote.")), "{found:?}");
        // A list's lines are of no one width: each stays a line of its own.
        let list = "Zembla and Ruritania vetoed the draft on Thursday.\nBorduria\nThe council meets again on Friday to vote on a shorter mandate.\nMark\nLyall Grant spoke for Britain after the vote in New York.\n";
        assert!(kinds(list).iter().any(|(t, _)| t == "Lyall Grant spoke for Britain after the vote in New York."));
    }

    /// A page wrapped at a width whose paragraphs open on a shorter line, a caption wider
    /// than any wrap among them: the width is still read, and a paragraph's first line goes
    /// on with the full line after it. A list of highlights, each item on a capital, is no
    /// wrapped prose.
    #[test]
    fn a_wrapped_page_whose_paragraphs_open_short_is_still_joined() {
        let text = "Militants tightened\ntheir grip on the ancient city of Zembla on Thursday and\noverran government defences east of the capital, the provincial capital\nthat they seized five days earlier.\n\nA displaced woman who fled the violence in the city is seen on the outskirts of the capital on May 19, 2015. REUTERS/Jane Roe\nThe twin successes not only pile\npressure on the capital and the north but throw doubt on a strategy of\nrelying almost exclusively on air strikes to support the fight against\nthe militants.\nThe British-based monitoring group for\nHuman Rights said the militants now controlled more than half of all\nthe territory after more than four years of conflict that grew out of\nan uprising against the president.\nThe White House said the seizure of\nZembla was a setback for the coalition forces in their fight against\nthe militants, a spokesman told reporters.\n";
        let found = kinds(text);
        let joined = "The British-based monitoring group for\nHuman Rights said the militants now controlled more than half of all\nthe territory after more than four years of conflict that grew out of\nan uprising against the president.";
        assert_eq!(kind_of(&found, joined), LineKind::Story, "{found:#?}");
        assert!(found.iter().any(|(t, _)| t.starts_with("The White House said the seizure of\nZembla was a setback")), "{found:#?}");
        let highlights = "General Assembly passes resolution on Zembla as deaths mount\nFrom the Wire Staff\nFebruary 17, 2012 -- Updated 0325 GMT (1125 HKT)\n'Dire conditions' in Zembla\nSTORY HIGHLIGHTS\nVote was 137 in favor and 12 against in nonbinding measure\nU.N. focuses on humanitarian access, General Assembly resolution\nJournalist, activists, blogger are arrested in the capital\nThe north has been \"out of government control\" for months\nAre you there? Send us your images or video\nUnited Nations (Wire) -- The General Assembly passed Thursday by an overwhelming margin a nonbinding resolution endorsing the League's plan.\n\"Today, the General Assembly sent a clear message to the people of Zembla: the world is with you,\" the ambassador said in a statement.\n";
        let found = kinds(highlights);
        assert!(found.iter().any(|(t, _)| t == "Vote was 137 in favor and 12 against in nonbinding measure"), "{found:#?}");
        // Paragraphs printed whole, each a line wider than the wrap of the lead above them,
        // stay apart, and a lead's last line does not run into them.
        let whole = "The\nCouncil today authorized the sending of an advance team of up\nto 30 unarmed military observers to Zembla to report on the\nimplementation of a full cessation of armed violence, pending the\ndeployment of a supervision mission that will be tasked\nwith monitoring the ceasefire.\nIn a resolution adopted unanimously, the Council called on all parties\nto guarantee the safety of the team and ensure its freedom of\nmovement and access, stressing that the primary responsibility for\ncarrying out those requirements lay with the Zemblan authorities.\nThe 15-member body also requested the Secretary-General to immediately report to the Council any obstructions to the work of the team.\nThe Council took note of the assessment of the envoy that as of 12 April the parties had signalled their commitment to the ceasefire.\n";
        let found = kinds(whole);
        assert!(found.iter().any(|(t, _)| t.starts_with("The 15-member body also requested")), "{found:#?}");
        assert!(found.iter().any(|(t, _)| t.starts_with("The Council took note")), "{found:#?}");
    }

    #[test]
    fn words_and_lowercase_are_the_plain_ones() {
        for b in 0..128u8 {
            assert_eq!(words(&char::from(b).to_string()).count() == 1, !is_space(char::from(b)), "{b:#x}");
        }
        let every_ascii: String = (0..128u8).map(char::from).collect::<String>().repeat(3);
        let long = "Longer words: internationally recognised\tthings\x0Bin\x0Cevery\rform 2016-10-07T12:00 ".repeat(3);
        for line in [
            "",
            "  Two  words\u{feff}here ",
            "“Quoted,” he said — ÉLAN Ünïcödé\u{a0}x İstanbul",
            "tab\tand\x0Bvt\u{1F}end",
            "next\u{85}line\u{2028}sep\u{3000}ideo",
            &every_ascii,
            &long,
        ] {
            assert_eq!(words(line).collect::<Vec<_>>(), line.split(is_space).filter(|w| !w.is_empty()).collect::<Vec<_>>(), "{line:?}");
            assert_eq!(whitespace_words(line).collect::<Vec<_>>(), line.split_whitespace().collect::<Vec<_>>(), "{line:?}");
            assert_eq!(lowercase(line.to_string()), line.to_lowercase(), "{line:?}");
        }
    }

    const STORY: &str = "The envoy said on Friday that the talks in Geneva would resume next week after a pause.\n\
                         Officials from both sides met for several hours but reached no agreement on the ceasefire.\n";

    fn with_story(lines: &str) -> Vec<(String, LineKind)> {
        kinds(&format!("Talks to resume in Geneva next week\n{STORY}{lines}"))
    }

    #[test]
    fn prompts_to_the_reader_are_furniture() {
        for prompt in [
            "Leave a comment",
            "Join the discussion",
            "Sign up for our daily newsletter",
            "SEE MORE: Kremlin rejects the claims",
            "Continue reading: Talks resume in Geneva",
            "Read Monday's edition for the full story.",
            "Click here to subscribe",
            "2 min read",
            "Short link:",
            "related articles",
            "Adjust font size",
            "comments Join the debate and share your view!",
            "We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy.",
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            "You may also like",
            "Related materials",
            "Story continues below advertisement",
            "Don't miss",
            "Leave a comment.",
            "Watch the video",
            "Sorry we are not currently accepting comments on this article.",
            "Comments are closed on this story.",
            "Join our brand new verified Telegram channel and get important news uncensored!",
            "For more on the situation in Syria and how Russia is assisting Assad, read the full story from RBC-Ukraine.",
            "For further details on the talks, visit the ministry's page.",
        ] {
            let found = with_story(&format!("{prompt}\nA third paragraph of the story follows here with more detail on the talks.\n"));
            // A prompt to comment opens the comments section.
            assert!(matches!(kind_of(&found, prompt), LineKind::Furniture(Furniture::Prompt | Furniture::Comments)), "{prompt}: {:?}", kind_of(&found, prompt));
        }
    }

    #[test]
    fn story_lines_with_chrome_words_stay() {
        for line in [
            "Russia declined to comment.",
            "The ministry did not reply to requests for comment on this story.",
            "Share prices fell sharply on Monday.",
            "Twitter suspended the account.",
            "Facebook and Twitter removed the video.",
            "“Leave the city now,” the envoy told residents.",
            "The ministry posted a video of the strike on its website, officials said.",
            "Join talks, the envoy urged.",
            "Please help us, residents pleaded.",
            "Tap water was cut off in the eastern districts.",
            "See you in Geneva, Kerry told Lavrov.",
            "Read the full statement, the ministry told reporters on Monday.",
            "This story is about the people of Aleppo, the envoy said.",
            "Related talks in Lausanne produced no result.",
            "Russia, like Iran, backs the Syrian government.",
            "Image analysis showed the convoy was hit from the air.",
            "Join our forces to protect the city, the commander told his men in a video.",
            "Support for our troops in Syria is falling, a poll shows.",
            "Like the previous truce, this one collapsed within days.",
            "Share prices fell on the next day.",
            "Don't miss the point: the ceasefire has failed, diplomats say.",
            "Our troops will log every violation of the truce, the general said.",
            "The ministry posted our correspondent's video on its website.",
            "For more than a week, Russia has bombed the eastern districts of Aleppo.",
            "For more aid to reach Aleppo, the envoy said, the bombing must stop.",
            "Russia rejected the terms and conditions of the truce, the envoy said.",
            "The policy of the ministry on privacy has not changed, a spokesman said.",
        ] {
            let found = with_story(&format!("{line}\nA third paragraph of the story follows here with more detail on the talks.\n"));
            assert_eq!(kind_of(&found, line), LineKind::Story, "{line}");
        }
    }

    #[test]
    fn a_row_of_a_sites_legal_links_or_an_archives_notice_is_furniture() {
        for line in ["About Us Privacy Policy Terms and Conditions", "The article has changed 10 times. There is an RSS feed of changes available."] {
            let found = with_story(&format!("{line}\nA third paragraph of the story follows here with more detail on the talks.\n"));
            assert!(matches!(kind_of(&found, line), LineKind::Furniture(_)), "{line}: {:?}", kind_of(&found, line));
        }
    }

    #[test]
    fn a_bracketed_link_is_no_sentence() {
        for piece in ["[Continue reading…]", "(Read more)", "[Read the full story]"] {
            assert!(is_bracketed_link(piece), "{piece}");
        }
        for piece in ["[Assad]", "(Reuters)", "(continued fighting)", "[The ministry said more talks would follow.]"] {
            assert!(!is_bracketed_link(piece), "{piece}");
        }
    }

    #[test]
    fn headings_with_one_chrome_word_stay() {
        for line in ["Twitter reaction", "Video: Russian jets strike Aleppo again", "Archive Evidence Emerges"] {
            let found = with_story(&format!("{line}\nA third paragraph of the story follows here with more detail on the talks.\n"));
            assert_eq!(kind_of(&found, line), LineKind::Heading, "{line}");
        }
        let found = kinds(&format!("Video: Russian jets strike Aleppo again\n{STORY}"));
        assert_eq!(found[0].1, LineKind::Heading);
    }

    #[test]
    fn a_comments_section_runs_to_the_end_of_the_page() {
        let found = with_story(
            "The Kremlin declined to comment.\nA third paragraph of the story follows here with more detail on the talks.\n\
             3 thoughts on “Talks to resume in Geneva”\n\
             I doubt these talks will change anything on the ground, as the last ones did not either.\n\
             Liked by 2 people\nLeave a Reply\n",
        );
        assert_eq!(kind_of(&found, "The Kremlin declined to comment."), LineKind::Story);
        assert_eq!(kind_of(&found, "A third paragraph of the story follows here with more detail on the talks."), LineKind::Story);
        for line in ["3 thoughts on “Talks to resume in Geneva”", "Liked by 2 people", "Leave a Reply"] {
            assert_eq!(kind_of(&found, line), LineKind::Furniture(Furniture::Comments), "{line}");
        }
        assert_eq!(
            kind_of(&found, "I doubt these talks will change anything on the ground, as the last ones did not either."),
            LineKind::Furniture(Furniture::Comments)
        );
        let found =
            with_story("  • Robert Griffith\n    It is reassuring to know that someone is taking the threat seriously, a pity it is not our President.\n");
        assert_eq!(kind_of(&found, "• Robert Griffith"), LineKind::Furniture(Furniture::Comments));
        assert_eq!(
            kind_of(&found, "It is reassuring to know that someone is taking the threat seriously, a pity it is not our President."),
            LineKind::Furniture(Furniture::Comments)
        );
        // A comment headed by its author's name and "said...".
        let found = with_story("Anonymous said...\nZembla's envoy is the most savvy diplomat on the international scene today.\n");
        assert_eq!(kind_of(&found, "Zembla's envoy is the most savvy diplomat on the international scene today."), LineKind::Furniture(Furniture::Comments));
        let found = with_story("• Russia said the strikes would go on until the militants left the city.\n");
        assert_eq!(kind_of(&found, "• Russia said the strikes would go on until the militants left the city."), LineKind::Story);
        let found = with_story("No comments:\n");
        assert_eq!(kind_of(&found, "No comments:"), LineKind::Furniture(Furniture::Comments));
        let found = with_story("Reader Comments\nThere are no comments for this entry. To create a new comment, use the form below.\n");
        assert_eq!(kind_of(&found, "Reader Comments"), LineKind::Furniture(Furniture::Comments));
        assert_eq!(
            kind_of(&found, "There are no comments for this entry. To create a new comment, use the form below."),
            LineKind::Furniture(Furniture::Comments)
        );
        // A prompt to comment under the lede, with more of the story after it, cuts nothing.
        let found = kinds(&format!(
            "Talks to resume in Geneva next week\n{}Leave a comment\n{STORY}A third paragraph of the story follows here with more detail on the talks.\n",
            STORY.lines().next().unwrap().to_string() + "\n"
        ));
        assert_eq!(kind_of(&found, "Leave a comment"), LineKind::Furniture(Furniture::Prompt));
        assert_eq!(kind_of(&found, "A third paragraph of the story follows here with more detail on the talks."), LineKind::Story);
    }

    #[test]
    fn bylines_and_credit_lines_are_furniture() {
        let found = kinds(&format!(
            "Talks to resume in Geneva next week\nBy Jane Roe and John Doe\n{STORY}\
             Militant Advance\nA third paragraph of the story follows here with more detail on the talks.\n- Reuters\n"
        ));
        assert_eq!(kind_of(&found, "By Jane Roe and John Doe"), LineKind::Furniture(Furniture::Byline));
        assert_eq!(kind_of(&found, "- Reuters"), LineKind::Furniture(Furniture::Byline));
        // A short sub-heading between paragraphs is the story's.
        assert_eq!(kind_of(&found, "Militant Advance"), LineKind::Heading);
        // A bare name after the headline, before the story.
        let found = kinds(&format!("Talks to resume in Geneva next week\nJane Roe\n{STORY}"));
        assert_eq!(kind_of(&found, "Jane Roe"), LineKind::Furniture(Furniture::Byline));
        let found = kinds(&format!("Talks to resume in Geneva next week\nAgency Staff\n{STORY}"));
        assert_eq!(kind_of(&found, "Agency Staff"), LineKind::Furniture(Furniture::Byline));
        for line in ["By The Associated Press", "John Smith, Reuters", "JANE DOE, Pool", "By JANE ROE | Daily Planet"] {
            let found = with_story(&format!("{line}\n"));
            assert_eq!(kind_of(&found, line), LineKind::Furniture(Furniture::Byline), "{line}");
        }
        // "By" opening a sentence is story.
        let found = with_story("By Friday, the troops had taken the hill above the town.\n");
        assert_eq!(kind_of(&found, "By Friday, the troops had taken the hill above the town."), LineKind::Story);
    }

    #[test]
    fn author_biographies_are_furniture() {
        let bio = "Jane Roe is a correspondent covering the Middle East. Follow her on Twitter.";
        assert_eq!(kind_of(&with_story(&format!("{bio}\n")), bio), LineKind::Furniture(Furniture::AuthorBio));
        // Offsets of the lower-cased key are not the line's: no slicing of one by the other.
        let bio = "JANE  ÇELİK-İNÖNÜ is a reporter covering Turkey.";
        assert_eq!(kind_of(&with_story(&format!("{bio}\n")), bio), LineKind::Furniture(Furniture::AuthorBio));
        let guest = "  • Jane Roe, BBC reporter based in Geneva. She tweets @JaneRoe.";
        assert_eq!(kind_of(&with_story(&format!("{guest}\n")), guest.trim()), LineKind::Furniture(Furniture::AuthorBio));
        let quoted = "Jane Roe, a BBC correspondent in Geneva, said the talks had stalled again.";
        assert_eq!(kind_of(&with_story(&format!("{quoted}\n")), quoted), LineKind::Story);
        let story = "Jane Roe is a correspondent who was detained in Aleppo on Friday, her paper said.";
        assert_eq!(kind_of(&with_story(&format!("{story}\n")), story), LineKind::Story);
        let first_person = "I am Jane Roe, a passionate journalist with a deep interest in current affairs. My focus lies in regional conflicts.";
        assert_eq!(kind_of(&with_story(&format!("{first_person}\n")), first_person), LineKind::Furniture(Furniture::AuthorBio));
        let quoted = "I am Jane Roe, a mother of three, and I fled Aleppo in August with my children.";
        assert_eq!(kind_of(&with_story(&format!("{quoted}\n")), quoted), LineKind::Story);
    }

    #[test]
    fn notices_about_the_page_are_furniture() {
        for line in [
            "This is an archived article and the information in the article may be outdated.",
            "This image may contain graphic content",
            "Warning: This article contains images readers may find distressing.",
            "[an error occurred while processing this directive] [an error occurred while processing this directive]",
            "a year ago",
            "3 hours ago",
            "...",
            "0",
            "None",
        ] {
            let found = with_story(&format!("{line}\n"));
            assert!(matches!(kind_of(&found, line), LineKind::Furniture(Furniture::Notice | Furniture::Label)), "{line}");
        }
        let line = "This week the talks resumed in Geneva after a long pause.";
        assert_eq!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Story);
        let line = "Warning: this week the talks resumed in Geneva after a long pause.";
        assert_eq!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Story);
    }

    #[test]
    fn copyright_lines_are_furniture() {
        for line in ["© 2016 The Daily Planet", "Copyright 2016 The Daily Planet"] {
            assert_eq!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Furniture(Furniture::Copyright), "{line}");
        }
    }

    #[test]
    fn an_agency_caption_that_goes_on_with_the_news_keeps_the_news() {
        let caption = "FILE - In this Sept. 22, 2016 file photo, Secretary of State John Kerry speaks in New York. Kerry is threatening to cut off all \
                       contacts with Moscow over Syria. The State Department says Kerry issued the ultimatum in a telephone call.(AP Photo/Jane Roe, File)";
        let text = format!("Talks to resume in Geneva next week\n{caption}\n{STORY}");
        let lines = clean(&text);
        let line = lines.iter().find(|l| text[l.range.clone()].starts_with("Kerry is")).expect("the news is kept");
        assert_eq!(line.kind, LineKind::Story);
        assert_eq!(
            &text[line.range.clone()],
            "Kerry is threatening to cut off all contacts with Moscow over Syria. The State Department says Kerry issued the ultimatum in a telephone call."
        );
        let (cut, opening) = line.opening.clone().expect("the description is cut off");
        assert_eq!(opening, Opening::PictureDescription);
        assert!(text[cut].ends_with("speaks in New York. "));
        // A caption that only describes its picture stays furniture.
        let only = "In this Sept. 22, 2016 file photo, Secretary of State John Kerry speaks in New York. (AP Photo/Jane Roe, File)";
        assert_eq!(kind_of(&with_story(&format!("{only}\n")), only), LineKind::Furniture(Furniture::Caption));
    }

    #[test]
    fn a_picture_file_name_glued_to_the_first_word_is_cut() {
        let text = format!("Syrian military says ceasefire is over\nsyria-map-1Syria’s military on Monday declared the ceasefire over.\n{STORY}");
        let lines = clean(&text);
        let line = lines.iter().find(|l| text[l.range.clone()].contains("declared")).expect("kept");
        assert_eq!(&text[line.range.clone()], "Syria’s military on Monday declared the ceasefire over.");
        assert_eq!(line.opening.clone().map(|(_, o)| o), Some(Opening::PictureDescription));
        assert_eq!(glued_file_name("al-Nusra2016 Fighters left."), None, "no file name: a name and a number");
        assert_eq!(glued_file_name("e-mail3 Users"), None);
        assert_eq!(glued_file_name("b2ap3_thumbnail_three.jpg\"The group's choice is an attempt to terrorize.\""), Some(25));
        assert_eq!(glued_file_name("photo.jpg files are small."), None, "no story after it");
    }

    #[test]
    fn a_caption_glued_to_a_dateline_is_cut_with_it() {
        let caption = "This file image shows an image grab taken on October 2, 2013 of the spokesman speaking next to a flag at an u";
        let text = format!("IS spokesman killed\n{caption}WASHINGTON, Aug 31 - The group's spokesman was killed near Aleppo, its agency reported.\n{STORY}");
        let lines = clean(&text);
        let line = lines.iter().find(|l| text[l.range.clone()].contains("spokesman was killed")).expect("kept");
        assert_eq!(&text[line.range.clone()], "The group's spokesman was killed near Aleppo, its agency reported.");
        assert!(matches!(line.opening.clone().map(|(_, o)| o), Some(Opening::Dateline { date: Some(d), .. }) if d == "Aug 31"));
        // Capitals glued to a word with no date or agency after them, or after a word or two,
        // are no caption's end.
        assert_eq!(glued_dateline("The jets hit the town of aBAB and left."), None);
        assert_eq!(glued_dateline("At an uWASHINGTON, Aug 31 - The group said."), None);
    }

    #[test]
    fn a_picture_credit_glued_to_the_first_word_is_cut() {
        let text = format!("Russia sends more bombers\nAPThe Russian Ministry of Defense has transferred more bombers to its base.\n{STORY}");
        let lines = clean(&text);
        let line = lines.iter().find(|l| text[l.range.clone()].contains("transferred")).expect("kept");
        assert_eq!(&text[line.range.clone()], "The Russian Ministry of Defense has transferred more bombers to its base.");
        assert_eq!(glued_credit("APPLE Inc. rose."), None, "no credit: a word in capitals");
        assert_eq!(glued_credit("AP The agency said."), None, "a credit apart is no glue");
        assert_eq!(glued_credit("Reuters said on Friday."), None);
    }

    #[test]
    fn a_picture_description_dated_with_its_year_is_a_caption() {
        let line = "Syrian army soldiers inside farms southwest of Handarat camp in Aleppo province, Syria, on October 2, 2016.";
        assert_eq!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Furniture(Furniture::Caption));
        let reuters = "A man walks past a damaged building in the rebel held area of Aleppo, Syria October 2, 2016.";
        assert_eq!(kind_of(&with_story(&format!("{reuters}\n")), reuters), LineKind::Furniture(Furniture::Caption));
        let glued = "Merkel and Hollande address a news conference at the chancellery in Berlin, Germany, October 20, 2016.Hannibal Hanschke";
        assert_eq!(kind_of(&with_story(&format!("{glued}\n")), glued), LineKind::Furniture(Furniture::Caption), "a credit glued to the stop");
        let ap = "Secretary of State John Kerry speaks during a Security Council meeting, on Sept. 21, 2016, at U.N. headquarters.";
        assert_eq!(kind_of(&with_story(&format!("{ap}\n")), ap), LineKind::Furniture(Furniture::Caption));
        // Prose without the year, or going on after the date, is story.
        for prose in [
            "Government forces captured the district in Aleppo, Syria, on October 2.",
            "The talks in Geneva, Switzerland, on September 9, 2016, produced a ceasefire that collapsed within days.",
            "Kerry spoke during a Security Council meeting, on Sept. 21, 2016, at U.N. headquarters.",
        ] {
            assert_eq!(kind_of(&with_story(&format!("{prose}\n")), prose), LineKind::Story, "{prose}");
        }
    }

    #[test]
    fn a_short_line_in_lower_case_goes_on_with_the_furniture_before_it() {
        let found = kinds(&format!("{STORY}Subscribe\nto our newsletter!\n{STORY}"));
        assert!(matches!(kind_of(&found, "to our newsletter!"), LineKind::Furniture(_)));
        let found = kinds(&format!("{STORY}Advertisement\nand the talks went on until late in the night, officials said.\n"));
        assert_eq!(kind_of(&found, "and the talks went on until late in the night, officials said."), LineKind::Story, "a long line is prose");
    }

    #[test]
    fn a_line_may_ask_for_support_only_with_an_appeal_word_in_it_in_any_case() {
        for line in ["Your DONATION allows us to go on.", "Subscribe now", "We need your support", "Back independent JOURNALISM."] {
            assert!(may_ask_for_support(&normalise(line).0) && voice_of(line).appeal, "{line}");
        }
        for line in ["We thank you.", "Russia said it backed Assad.", "“Support us,” he said."] {
            assert!(!voice_of(line).appeal, "{line}");
        }
        assert!(!may_ask_for_support(&normalise("Russia said it backed Assad.").0));
    }

    #[test]
    fn the_outlets_appeal_for_support_is_no_story_and_the_story_glued_to_it_stays() {
        let page = format!(
            "Leaders agree to extend the pause\n\
             Your support helps us to tell the story\n\
             The Daily Courier is on the ground when the story is developing, and we know how much it matters.\n\
             At such a moment we need reporters on the ground. Your donation allows us to keep sending journalists.\n\
             Your support makes all the difference.The president said on Friday that the pause would hold for three more days.\n{STORY}"
        );
        let found = kinds(&page);
        for appeal in [
            "Your support helps us to tell the story",
            "At such a moment we need reporters on the ground. Your donation allows us to keep sending journalists.",
        ] {
            assert!(matches!(kind_of(&found, appeal), LineKind::Furniture(_)), "{appeal}");
        }
        assert_eq!(kind_of(&found, "The president said on Friday that the pause would hold for three more days."), LineKind::Story);
        // Someone's words in the first person, quoted, are no appeal; nor is a line of
        // "we" that asks the reader for nothing.
        let quoted = format!(
            "{STORY}\"We need your support to end this war,\" the envoy told reporters.\n\
             \"We will not give up,\" he said, adding that you could see the damage from the road.\n"
        );
        let found = kinds(&quoted);
        assert_eq!(kind_of(&found, "\"We need your support to end this war,\" the envoy told reporters."), LineKind::Story);
    }

    #[test]
    fn menu_items_run_together_are_navigation() {
        for menu in [
            "FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation",
            "Edition: English | Deutsch | Français",
        ] {
            assert_eq!(kind_of(&with_story(&format!("{menu}\n")), menu), LineKind::Furniture(Furniture::Navigation), "{menu}");
        }
        for path in ["Asia » Asia", "Home › World › Middle East", "News ID: 1003", "Story ID 48213"] {
            assert_eq!(kind_of(&with_story(&format!("{path}\n")), path), LineKind::Furniture(Furniture::Navigation), "{path}");
        }
        // Names with an inner capital, and a headline with one bar, are no menu.
        for line in [
            "McDonald and MacArthur met DeMistura in Geneva",
            "Syria talks | Kerry and Lavrov meet in Lausanne",
            "Resolution No. 2254",
            "He said the plan has no number 12",
        ] {
            assert!(!matches!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Furniture(Furniture::Navigation)), "{line}");
        }
    }

    #[test]
    fn teasers_under_a_label_are_links() {
        let page = format!("{STORY}Check Also\n\nFarmers return to their fields in the south\n\nHoms, Agency - Farmers in the southern countryside returned to their land after …\n");
        let found = kinds(&page);
        assert_eq!(kind_of(&found, "Check Also"), LineKind::Furniture(Furniture::Label));
        assert_eq!(kind_of(&found, "Farmers return to their fields in the south"), LineKind::Furniture(Furniture::LinkList));
        assert!(matches!(kind_of(&found, "Homs, Agency - Farmers in the southern countryside returned to their land after …"), LineKind::Furniture(_)));
        // Prose after a label, with no excerpt cut off, stays.
        let page = format!("{STORY}Advertisement\nThe talks went on until late in the night, officials from both sides said.\n");
        assert_eq!(kind_of(&kinds(&page), "The talks went on until late in the night, officials from both sides said."), LineKind::Story);
        // A title cut to a length mid-word is a link, under no label; a short line of the
        // story trailing off is not.
        let page = format!("{STORY}\nMilitants kill 41 in attack on Afghan cultura...\n\n{STORY}\nInfographics: Militants still a thre...\n");
        assert_eq!(kind_of(&kinds(&page), "Militants kill 41 in attack on Afghan cultura..."), LineKind::Furniture(Furniture::LinkList));
        assert_eq!(kind_of(&kinds(&page), "Infographics: Militants still a thre..."), LineKind::Furniture(Furniture::LinkList));
        let page = format!("{STORY}\nThe talks went on and on...\n\n{STORY}");
        assert!(!matches!(kind_of(&kinds(&page), "The talks went on and on..."), LineKind::Furniture(Furniture::LinkList)));
    }

    #[test]
    fn a_pictures_alternative_text_before_its_caption_is_dropped() {
        let page = format!("{STORY}\nA Russian helicopter\nA Russian helicopter. Reuters/Jane Roe\n\nrome talks italy\nMinisters meet in Rome, Italy. AFP/John Doe\n\nThe talks\n{STORY}");
        let found = kinds(&page);
        assert_eq!(kind_of(&found, "A Russian helicopter"), LineKind::Furniture(Furniture::Caption), "echoed by the caption");
        assert_eq!(kind_of(&found, "rome talks italy"), LineKind::Furniture(Furniture::Caption), "names in lower case");
        assert_eq!(kind_of(&found, "The talks"), LineKind::Heading, "a sub-heading before prose stays");
        // A dek between the headline and a caption is no alternative text.
        let page = format!("Talks to resume in Geneva\nThe envoy says the talks will go on, says Italy\nMinisters meet in Rome, Italy. AFP/John Doe\n{STORY}");
        let found = kinds(&page);
        assert_eq!(kind_of(&found, "The envoy says the talks will go on, says Italy"), LineKind::Heading);
    }

    #[test]
    fn captions_by_their_credits_and_cues() {
        for line in [
            "Delegates arrive for the talks. Photo: Jane Roe",
            "Delegates arrive for the talks. Picture: Jane Roe",
            "The envoy speaks in Geneva on Friday. (UN Photo/Jane Roe)",
            "The envoy speaks in Geneva on Friday. (AP Photo/Jane Roe, File)",
            "The envoy speaks in Geneva on Friday (Reuters: Jane Roe)",
            "Rescuers search the rubble of the hospital. -AFP photo",
            "Ministers meet in London on Sunday, left to right, Jane Roe, John Doe and Max Mustermann.",
            "Jane Roe, left, and John Doe meet in London on Sunday.",
            "Photo credit: Jane Roe/AFP/Getty Images",
            "Image copyright Getty Images",
            "Image caption Delegates arrive for the talks in Geneva",
            "Media caption The envoy speaks to reporters",
            "Delegates arrive for the talks. Reuters/Jane Roe",
            "Ministers meet in Rome, June 18, 2016. REUTERS/Jane Roe/Foreign Ministry via Reuters",
            "A partial view of the ancient city of Zembla",
            "A still image taken from a video released on Sunday purports to show fighters near the town. Handout via REUTERS TV",
            "Handout via REUTERS TV",
            "FILE: A general view shows troops walking in the old city of Zembla on 13 December 2016, after they captured the area.",
            "This frame grab from video provided by Zembla News Network, an opposition media outlet, shows civilians gathering for evacuation from the old city, Thursday, Dec. 15, 2016. The army said over 1,000 people have been evacuated from the city under a cease-fire deal reached with the rebels. The envoy says international observers should monitor the safe evacuation of civilians and fighters from the war-torn city of Zembla, and that the council should send them within days. (Zembla News Network via AP)",
            "In this photo taken on Sunday, delegates arrive for the talks.",
            "A soldier raises a flag in the town after the army took control of it in this still image taken from video",
            "Image: A soldier stands in a damaged street of Zembla's old city on Dec.13, 2016.",
            "A soldier stands in a damaged street of Zembla's old city on Dec.13, 2016.Jane Roe / AFP via Getty Images",
            "Delegates arrive for the talks. Jane Roe / Reuters",
            "The envoy (C, front) speaks after the council's vote in New York, on Feb 28, 2017. [Photo/Xinhua] |",
            "Russian ship launched cruise missile: Representative picture",
            "The border control building can be seen from the Jordanian side at the crossing between the two countries on June 7, 2018.",
            "Jordanians watch as smoke rises above the southern province from the Jordanian side of the border on June 7, 2018.",
            "A military convoy of passes through the town of Dana on February 2.",
            "Hamad bin Isa al-Khalifa attends the Gulf Cooperation Council summit in Kuwait.",
            "• In this photo released by the press service, Saturday, Dec. 31, 2016, the president speaks during an undated recording of his annual message in Moscow. The message was televised just before midnight Saturday in each of the nine time zones, as every year since the first such message was recorded for the nation in the studio of the palace in Moscow. (Jane Roe/Press Service, Zembla News, via AP)",
        ] {
            let found = with_story(&format!("{line}\nA third paragraph of the story follows here with more detail on the talks.\n"));
            assert_eq!(kind_of(&found, line), LineKind::Furniture(Furniture::Caption), "{line}");
        }
        for line in [
            "The ministry said (in a statement) it would respond.",
            "The plan drew criticism from left-wing parties and from the right.",
            "A left-right coalition took office in Paris.",
            "Fighters who had left, the monitor said, returned within days.",
            "Old file photos were shown on state television.",
            "The council sent a representative picture of the damage to the envoy.",
            "The poll was run by Reuters/Ipsos among 2,000 people.",
            "A view of the talks from Moscow was given by the ministry.",
            "The army sent in troops via Reuters Street, the monitor said.",
            "This video grab was faked, the ministry said on Sunday.",
            "The files were handed to the council (Zembla News Network via AP).",
            "Image: the talks went on, the ministry said.",
            "Fighters moved to the town.Officials said the 1,000 people / Reuters tally was wrong.",
            "The army retook the crossing from the rebels on July 6, 2018.",
            "Rebels said they had seen the convoy at the crossing on June 7, 2018.",
            "The council votes on the draft resolution on October 7.",
            "The convoy passed through the town of Dana on February 2.",
            "Foreign Minister Jane Roe attended the summit in Kuwait.",
            "Foreign Minister Jane Roe says the summit in Kuwait will go ahead.",
            "The ministers gather in Kuwait for a summit that will last 2 days.",
        ] {
            assert_eq!(kind_of(&with_story(&format!("{line}\n")), line), LineKind::Story, "{line}");
        }
        // A portrait caption between the headline and the story: a name and a role.
        let found = kinds(&format!("Talks to resume in Geneva next week\nJane Roe, Foreign Ministry spokeswoman\n{STORY}"));
        assert_eq!(kind_of(&found, "Jane Roe, Foreign Ministry spokeswoman"), LineKind::Furniture(Furniture::Caption));
    }

    #[test]
    fn embedded_posts_are_furniture() {
        let found = with_story("Half a million dead and no plan. Here is the solution.\n— Jane Roe (@janeroe) October 16, 2016\n");
        assert_eq!(kind_of(&found, "Half a million dead and no plan. Here is the solution."), LineKind::Furniture(Furniture::Embed));
        assert_eq!(kind_of(&found, "— Jane Roe (@janeroe) October 16, 2016"), LineKind::Furniture(Furniture::Embed));
        assert_eq!(kind_of(&found, STORY.lines().nth(1).unwrap()), LineKind::Story);
    }

    #[test]
    fn link_lists_after_the_story_are_furniture() {
        let found = with_story(
            "More From Our Correspondents\nKremlin Denies Any Role In Strike\nfrom around the web\n\
             Our Standards: The Daily Planet Trust Principles.\n",
        );
        for line in
            ["More From Our Correspondents", "Kremlin Denies Any Role In Strike", "from around the web", "Our Standards: The Daily Planet Trust Principles."]
        {
            assert_eq!(kind_of(&found, line), LineKind::Furniture(Furniture::LinkList), "{line}");
        }
        // Three sentence-case headlines in a row after the story: a list of links.
        let found = with_story("Aid convoy reaches the besieged town\nHospitals in the east run out of fuel\nWhy the ceasefire failed so quickly\n");
        assert_eq!(kind_of(&found, "Hospitals in the east run out of fuel"), LineKind::Furniture(Furniture::LinkList));
        // A page cut off in the middle of its last paragraph keeps it, as story.
        let found = with_story("The walkout on Sunday was the first of its kind in the council, and the");
        assert_eq!(kind_of(&found, "The walkout on Sunday was the first of its kind in the council, and the"), LineKind::Story);
        let cut = "The two clashed over the conflict in the UN Security Council last week, when";
        assert_eq!(kind_of(&with_story(cut), cut), LineKind::Story);
        let cut = "But she added the US also believes it must do \"everything in our power to halt the violence\" and will \"continue to look";
        assert_eq!(kind_of(&with_story(cut), cut), LineKind::Story);
        // A long headline after the story is not prose cut off.
        let found = with_story("Russia says it will back the UN envoy's plan to escort fighters out of Aleppo's east");
        assert_ne!(kind_of(&found, "Russia says it will back the UN envoy's plan to escort fighters out of Aleppo's east"), LineKind::Story);
    }

    #[test]
    fn short_lines_between_furniture_are_furniture() {
        let found = with_story("Share\nTop Picks\nAdvertisement\nA third paragraph of the story follows here with more detail on the talks.\n");
        assert_eq!(kind_of(&found, "Top Picks"), LineKind::Furniture(Furniture::LinkList));
        assert_eq!(kind_of(&found, "A third paragraph of the story follows here with more detail on the talks."), LineKind::Story);
    }

    #[test]
    fn slugs_tickers_and_pictographs_are_navigation() {
        for line in [
            "file-in-this-photo-taken-on-may-1-2016-delegates-arrive-for-talks",
            "https://example.com/world/talks-resume",
            "DOW 18,240.49 +0.3% NASDAQ 5,300.12 -0.1%",
            "Start your morning smarter ☀️",
            "« Spying bill officially passes into law, giving the state the widest powers | Main | A tweet before his death fuels speculation »",
        ] {
            let found = kinds(&format!("{line}\nTalks to resume in Geneva next week\n{STORY}"));
            assert_eq!(kind_of(&found, line), LineKind::Furniture(Furniture::Navigation), "{line}");
        }
    }

    #[test]
    fn trailing_credits_are_cut_off_story_lines() {
        let text = format!(
            "{STORY}The ministry said talks would resume. (Reporting by Jane Roe; Editing by John Doe)\nTroops advanced on the town of Khan Tuman. -AFP\nThe rebels said the war had gone on for six years. (More Zembla stories.)\n"
        );
        let found = kinds(&text);
        assert_eq!(kind_of(&found, "The ministry said talks would resume."), LineKind::Story);
        assert_eq!(kind_of(&found, "The rebels said the war had gone on for six years."), LineKind::Story);
        assert_eq!(kind_of(&found, "Troops advanced on the town of Khan Tuman."), LineKind::Story);
        // A source and the day it gave the text, in brackets after the last sentence.
        let sourced = kinds(&format!("{STORY}In all, the council has failed six times to agree a text. (UN News Centre, Dec. 19)\n"));
        assert_eq!(kind_of(&sourced, "In all, the council has failed six times to agree a text."), LineKind::Story);
        let aside = kinds(&format!("{STORY}In all, the council has failed six times to agree a text (said the envoy, on Monday).\n"));
        assert_eq!(kind_of(&aside, "In all, the council has failed six times to agree a text (said the envoy, on Monday)."), LineKind::Story);
        // A picture's description glued after the last sentence; a credit stays a caption.
        let found = kinds(&format!("{STORY}The ministry declined to comment on the report. Photo: Russian attack helicopters.\n"));
        assert_eq!(kind_of(&found, "The ministry declined to comment on the report."), LineKind::Story);
        let found = kinds(&format!("{STORY}Delegates arrive for the talks in the Italian capital. Picture: Jane Roe\n"));
        assert_eq!(kind_of(&found, "Delegates arrive for the talks in the Italian capital. Picture: Jane Roe"), LineKind::Furniture(Furniture::Caption));
        // Agencies' short names joined by a slash, in brackets after the last sentence.
        let found = kinds(&format!("{STORY}But Bab al-Hawa is much more important for the northwest. (sda/dpa)\n"));
        assert_eq!(kind_of(&found, "But Bab al-Hawa is much more important for the northwest."), LineKind::Story);
        // A headline naming its source is not a credit.
        let found = kinds(&format!("Russia says the convoy caught fire - Interfax\n{STORY}"));
        assert_eq!(kind_of(&found, "Russia says the convoy caught fire - Interfax"), LineKind::Heading);
    }

    #[test]
    fn a_headline_printed_twice_keeps_its_first_copy() {
        let found = kinds(&format!("Talks to resume in Geneva next week\nTalks to resume in Geneva next week\n{STORY}"));
        assert_eq!(found[0].1, LineKind::Heading);
        assert!(matches!(found[1].1, LineKind::Furniture(_)));
    }

    #[test]
    fn a_cut_off_copy_of_a_line_is_a_repeat() {
        let found = with_story(
            "The ambassadors walked out of the council when the envoy rose to speak on Sunday.\nThe ambassadors walked out of the council when the envoy\n",
        );
        assert_eq!(kind_of(&found, "The ambassadors walked out of the council when the envoy"), LineKind::Furniture(Furniture::Repeat));
    }

    #[test]
    fn a_pages_excerpt_of_its_own_story_cut_off_in_mid_word_is_a_repeat() {
        let found = with_story(
            "The ambassadors walked out of the council when the envoy rose to speak on Sunday. The vote was set for Monday.\nThe ambassadors walked out of the council when the envoy rose to speak on Sunday. The vote was se\n",
        );
        assert_eq!(
            kind_of(&found, "The ambassadors walked out of the council when the envoy rose to speak on Sunday. The vote was se"),
            LineKind::Furniture(Furniture::Repeat)
        );
        // Prose that ends as a sentence is never taken for a cut copy.
        let found = with_story("The vote was set for Monday and then put off.\nThe vote was set for Monday.\n");
        assert_eq!(kind_of(&found, "The vote was set for Monday."), LineKind::Story);
    }

    #[test]
    fn a_section_name_over_the_story_is_a_label() {
        let found = kinds(&format!("World\nTalks to resume in Geneva next week\n{STORY}"));
        assert_eq!(found[0].1, LineKind::Furniture(Furniture::Label));
        assert_eq!(found[1].1, LineKind::Heading);
    }

    #[test]
    fn a_date_label_in_front_of_furniture_still_dates_the_page() {
        let text = format!(" date 2016-10-03 Subscribe Register Login\nTalks to resume in Geneva next week\n{STORY}");
        let lines = clean(&text);
        assert!(matches!(lines[0].kind, LineKind::DateLine(_)));
        assert_eq!(&text[lines[0].range.clone()], "date 2016-10-03");
    }

    #[test]
    fn lines_a_site_prints_on_other_pages_are_furniture() {
        let input = |file: &str, text: String| Input { file: file.into(), text };
        let source = |file: &str, url: &str| Source { file: file.into(), url: Some(url.into()), ..Default::default() };
        let other = "Aid trucks reached the besieged town on Saturday after weeks of negotiations between the parties.";
        let inputs = [
            input("a.txt", format!("Talks to resume in Geneva next week\nEditors' picks for today\n{STORY}")),
            input("b.txt", format!("Aid convoy reaches the town\nEditors' picks for today\n{other}\n")),
            // A copy of a.txt on the same site: what they share is the story's.
            input("c.txt", format!("Talks to resume in Geneva next week\n{STORY}")),
            // Another site.
            input("d.txt", format!("Editors' picks for today\n{other}\n")),
        ];
        let sources = [
            source("a.txt", "https://www.planet.example/world/1"),
            source("b.txt", "http://planet.example/world/2"),
            source("c.txt", "https://planet.example/world/3"),
            source("d.txt", "https://other.example/x"),
        ];
        let site = site_lines(&inputs, &sources);
        assert_eq!(site.iter().map(SiteLines::len).collect::<Vec<_>>(), [1, 1, 0, 0]);
        let lines = with_site_lines(site[0].clone(), || clean(&inputs[0].text));
        let text = &inputs[0].text;
        let found: Vec<_> = lines.into_iter().map(|l| (text[l.range].to_string(), l.kind)).collect();
        assert_eq!(kind_of(&found, "Editors' picks for today"), LineKind::Furniture(Furniture::SiteRepeat));
        assert_eq!(kind_of(&found, "Talks to resume in Geneva next week"), LineKind::Heading);
        // Outside `with_site_lines` a page is cleaned on its own.
        assert_eq!(kind_of(&kinds(text), "Editors' picks for today"), LineKind::Heading);
    }

    #[test]
    fn single_spaced_lines_are_their_own_joined_words() {
        let long = "Word ".repeat(40) + "end";
        let lines = [
            "Sign up for your newsletter and Share It",
            "one",
            "“Quoted,” he said – in Zürich – on 7 Oct.",
            long.as_str(),
            "two  spaces",
            "a\ttab",
            "carriage\rreturn here",
            "no-break\u{a0}space",
            "thin\u{2009}space and ideographic\u{3000}one",
            "byte order\u{feff}mark",
            " leading space",
            "trailing space ",
            "eight by eight",
            "12345678 12345678  12345678",
            "1234567 12345678",
            "1234567  2345678 across",
            "",
        ];
        for line in lines {
            let (joined, count) = joined_words(line, |_, _| {});
            let single = single_spaced_words(line);
            assert_eq!(single.is_some(), joined == line && count > 0, "{line:?}");
            assert!(single.is_none_or(|n| n == count), "{line:?}");
            // Both ways of analysing give the same key, count and signals.
            let mut signals = Signals::default();
            joined_words(line, |word, at| {
                if at <= SIGNAL_WORDS {
                    signals.count_case(word);
                }
            });
            let (key, n, s) = analyse(line);
            assert_eq!((key, n), (lowercase(joined), count), "{line:?}");
            assert_eq!((s.alpha, s.capital, s.numeric, s.first_number), (signals.alpha, signals.capital, signals.numeric, signals.first_number), "{line:?}");
        }
    }

    #[test]
    fn signals_count_words_of_each_kind() {
        let line = "Sign up for your newsletter and Share It";
        let (key, count, s) = analyse(line);
        assert_eq!(count, 8);
        assert_eq!(key, "sign up for your newsletter and share it");
        assert_eq!((s.strong, s.weak, s.you, s.stop), (1, 1, 1, 5));
        assert!(s.first & PROMPT != 0);
        assert_eq!((s.alpha, s.capital), (8, 3));
        assert!(!s.quoted && analyse("He said \"no\"").2.quoted && analyse("“No”").2.quoted);
        // Every second-person word holds "you" (the vocabulary gate of long lines relies on it).
        assert!(data::furniture().second_person.iter().all(|w| w.contains("you")));
    }

    #[test]
    fn no_panic_on_awkward_lines() {
        // Pieces that the rules slice around: names, colons, brackets, dashes, marks, Unicode.
        let pieces = [
            "By ",
            "JANE  ",
            "Çelik-İnönü",
            " is a ",
            "correspondent ",
            "covering ",
            "(@x) ",
            "— ",
            "-",
            "©",
            "2016",
            ":",
            "(",
            ")",
            "[",
            "]",
            "“",
            "”",
            "\"",
            "this ",
            "article ",
            "you ",
            "Photo: ",
            "(L-R) ",
            "ΣΑΣ ",
            "☀️",
            "İ",
            ".",
            " ",
            "\u{feff}",
            "ǅ",
            "Read ",
            "comments",
            "0",
            ", ",
            "said",
            "\n",
            "\n\n",
            "date 2016-10-07 ",
            "MOSCOW, October 7. /TASS/. ",
        ];
        let mut state = 0x5eed_u64;
        for _ in 0..3000 {
            let mut page = String::new();
            for _ in 0..40 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                page.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            for line in clean(&page) {
                assert!(page.is_char_boundary(line.range.start) && page.is_char_boundary(line.range.end));
            }
        }
    }

    #[test]
    fn lowercase_is_str_to_lowercase() {
        for text in
            ["Plain ASCII Text", "“Curly” ‘Quotes’ — DASH", "İstanbul ǅ ẞ ÀÉÎ Ω K", "ΣΑΣ ΟΔΥΣΣΕΥΣ", "\u{feff}Ab", "“Ab” Ω", "ab ǅ", "x ‘Ω’ \u{2126}\u{212A} Ⅻ"]
        {
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
    fn a_data_dump_is_furniture() {
        let dump = r#"string(1599) "[{"id":"1890436","sort":"3673123","title":"URGENT: Over 100 Gunmen Escaped From Eastern Aleppo"} ,{"id":"1890460"}]""#;
        assert_eq!(kind_of(&with_story(&format!("{dump}\n")), dump), LineKind::Furniture(Furniture::Navigation));
        let prose = r#"He said: "We agree": the deal holds, "for now": he added, "and later": too."#;
        assert!(!is_data_dump(prose));
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
        let found = kinds("Headline of the piece\nJohn Kerry with Sergei Lavrov\nJohn Kerry with Sergei Lavrov\nA sentence.\n");
        assert_eq!(found[1].1, LineKind::Furniture(Furniture::Caption), "people in a picture, printed twice");
        assert_eq!(found[2].1, LineKind::Furniture(Furniture::Caption));
        assert!(!people_together("Kerry met Lavrov"));
        assert!(!people_together("John Kerry"));
        // A gallery's caption, a sentence printed once per slide before the story.
        let slide = "A man walks along a street lined with damaged buildings in the old city.";
        let found = kinds(&format!("Headline of the piece\n{slide}\n{slide}\n{slide}\nThe army began evacuating civilians today.\n"));
        assert!(found[1..4].iter().all(|(_, k)| *k == LineKind::Furniture(Furniture::Caption)), "{found:?}");
        assert_eq!(found[4].1, LineKind::Story);
        // Above the headline the address spells, a short sentence is the page's chrome, and
        // the headline's first copy stays a heading.
        let titled = |page: &str, headline: &str| -> Vec<LineKind> {
            let at = page.find(headline).map(|at| at..at + headline.len());
            clean_titled(page, at).into_iter().map(|l| l.kind).collect()
        };
        let found = titled("Search form\nSearch for the country site.\nAid reaches the old city\nTrucks brought food to the old city today.\n", "Aid reaches");
        assert_eq!(found[1], LineKind::Furniture(Furniture::Navigation), "{found:?}");
        assert_eq!(found[3], LineKind::Story);
        let headline = "Aid convoys reach the besieged old city of Homs";
        let page =
            format!("The agency runs operations in more than a hundred countries across the world today.\n{headline}\n{headline}\nTrucks brought food.\n");
        let found = titled(&page, headline);
        assert_eq!((found[1].clone(), found[2].clone()), (LineKind::Heading, LineKind::Furniture(Furniture::Caption)), "{found:?}");
        // A lead printed twice stays, once.
        let lead = "The army began evacuating civilians from the old city today.";
        let found = kinds(&format!("Headline of the piece\n{lead}\n{lead}\nBuses left at noon.\n"));
        assert_eq!((found[1].1.clone(), found[2].1.clone()), (LineKind::Story, LineKind::Furniture(Furniture::Repeat)));
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
        assert_eq!(lines[1].opening.as_ref().unwrap().1, Opening::Dateline { date: Some("October 7".into()), agency: Some("TASS".into()), label: None });
        assert_eq!(&text[lines[2].range.clone()], "Syrian troops advanced.");
        assert_eq!(lines[3].opening.as_ref().unwrap().1, Opening::Dateline { date: None, agency: Some("CNN".into()), label: None });
        assert_eq!(&text[lines[4].range.clone()], "UN OFFICIALS SAID nothing.");
        assert!(lines[4].opening.is_none());
    }

    #[test]
    fn a_dateline_on_a_line_of_its_own_is_no_sentence() {
        let found = kinds("Zembla, Duhok:\nThe two leaders agreed on a mechanism on Monday.\n");
        assert_eq!(found[0], ("Zembla, Duhok:".to_string(), LineKind::Furniture(Furniture::Label)));
        assert_eq!(found[1].1, LineKind::Story);
        assert!(dateline_of_its_own("Geneva, Switzerland:") && dateline_of_its_own("AP, Hangzhou :"));
        assert!(!dateline_of_its_own("Putin, however, said:"), "words in lower case are a sentence's");
        assert!(!dateline_of_its_own("Moscow:"), "no comma: a label of another kind");
    }

    #[test]
    fn a_sites_disclaimer_is_no_sentence() {
        let text = "The council voted on Friday.\nThe views expressed in this article belong to the author and do not necessarily reflect the editorial policy of the Zembla Monitor.\n";
        let found = kinds(text);
        assert_eq!(found[1].1, LineKind::Furniture(Furniture::Label));
        assert!(!disclaimer("the minister said the views of the opposition would be heard"));
    }

    #[test]
    fn datelines_in_the_common_wire_forms() {
        let cut = |line: &str| dateline(line).map(|(end, opening)| (line[end..].to_string(), opening));
        let dl = |date: Option<&str>, agency: Option<&str>| Opening::Dateline { date: date.map(Into::into), agency: agency.map(Into::into), label: None };
        assert_eq!(cut("BEIRUT, Oct 7 (Reuters) - Troops advanced."), Some(("Troops advanced.".into(), dl(Some("Oct 7"), Some("Reuters")))));
        assert_eq!(cut("Paris (AFP) - The envoy left."), Some(("The envoy left.".into(), dl(None, Some("AFP")))));
        assert_eq!(cut("BEIRUT — (AP) Troops advanced."), Some(("Troops advanced.".into(), dl(None, Some("AP")))));
        assert_eq!(
            cut("( February 22, London, Zembla Guardian) The veteran correspondent was killed."),
            Some(("The veteran correspondent was killed.".into(), dl(Some("February 22"), Some("Zembla Guardian"))))
        );
        assert_eq!(
            cut("(February 22, London) The veteran correspondent was killed."),
            Some(("The veteran correspondent was killed.".into(), dl(Some("February 22"), None)))
        );
        // A bracket opening on a date alone is an aside, no dateline.
        assert_eq!(cut("(February 22) The correspondent was killed."), None);
        assert_eq!(cut("BEIRUT: (AP) Troops advanced."), Some(("Troops advanced.".into(), dl(None, Some("AP")))));
        assert_eq!(
            cut("LONDON, October 11 – RIA Novosti. The minister spoke."),
            Some(("The minister spoke.".into(), dl(Some("October 11"), Some("RIA Novosti"))))
        );
        assert_eq!(
            cut("LONDON, October 11 – RIA Novosti, Maria Ivanova. The minister spoke."),
            Some(("The minister spoke.".into(), dl(Some("October 11"), Some("RIA Novosti"))))
        );
        // A sentence after the credit stays whole: its subject is no reporter's name.
        assert_eq!(
            cut("LONDON, October 11 – RIA Novosti, Boris Johnson spoke on Tuesday."),
            Some(("Boris Johnson spoke on Tuesday.".into(), dl(Some("October 11"), Some("RIA Novosti"))))
        );
        assert_eq!(
            cut("Oct. 12, 2016 (EIRNS)—Secretary of State John Kerry will meet."),
            Some(("Secretary of State John Kerry will meet.".into(), dl(Some("Oct. 12, 2016"), Some("EIRNS"))))
        );
        assert_eq!(cut("October 12, 2016 — The envoy left."), Some(("The envoy left.".into(), dl(Some("October 12, 2016"), None))));
        // The country in square brackets after a place in title case (ANI's form).
        assert_eq!(
            cut("Geneva [Switzerland], Aug. 27 : U.S. Secretary of State John Kerry has said it."),
            Some(("U.S. Secretary of State John Kerry has said it.".into(), dl(Some("Aug. 27"), None)))
        );
        assert_eq!(cut("Moscow [Russia], October 7 (ANI): The minister spoke."), Some(("The minister spoke.".into(), dl(Some("October 7"), Some("ANI")))));
        assert_eq!(cut("Geneva [Switzerland] talks went on."), None, "a bracketed country alone, with no date, opens no dateline");
        assert_eq!(cut("October 12, 2016 was a day of talks."), None);
        assert_eq!(cut("WASHINGTON — The United States warned."), Some(("The United States warned.".into(), dl(None, None))));
        assert_eq!(cut("WASHINGTON – Jane Roe, the envoy, spoke."), Some(("Jane Roe, the envoy, spoke.".into(), dl(None, None))));
        assert_eq!(cut("(CNN) The envoy spoke."), Some(("The envoy spoke.".into(), dl(None, Some("CNN")))));
        // A byline glued before the dateline is cut off with it; a "By" that opens prose is not.
        assert_eq!(cut("By Jane Roe-Doe AMMAN (Reuters) - The governor spoke."), Some(("The governor spoke.".into(), dl(None, Some("Reuters")))));
        assert_eq!(cut("By Sunday the army had left."), None);
        assert_eq!(cut("By Sunday PARIS (Reuters) - talks ended."), None);
        // Not datelines: a title-case word without an agency, a dash before a name that is no agency.
        assert_eq!(cut("Russia - The envoy left."), None);
        assert_eq!(cut("LONDON, October 11 – Boris Johnson spoke."), Some(("Boris Johnson spoke.".into(), dl(Some("October 11"), None))));
        assert_eq!(cut("NOTE: The envoy left."), None);
        // A bracketed credit holding the full day the copy was filed.
        assert_eq!(
            cut("ANKARA, , (Zembla Point / Zembla News, app - 14th Dec, 2016 ) - Turkey confirmed the deal."),
            Some(("Turkey confirmed the deal.".into(), dl(Some("14th Dec, 2016"), None)))
        );
        assert_eq!(cut("ANKARA (the capital) - Turkey confirmed the deal."), None);
        // A place, a known agency and the full date, each closed by a dash.
        assert_eq!(
            cut("GENEVA- REUTERS- 26 AUG. 2016- Kerry and Lavrov met."),
            Some(("Kerry and Lavrov met.".into(), dl(Some("26 Aug. 2016"), Some("Reuters"))))
        );
        assert_eq!(cut("GENEVA- ROYAL- 26 AUG. 2016- Kerry and Lavrov met."), None, "no agency is named ROYAL");
        assert_eq!(cut("GENEVA- REUTERS- 26 AUG. 2016- and more."), None, "the story goes on with a capital");
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
