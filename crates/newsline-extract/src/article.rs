//! Stage 3, articles: cleaned lines become an [`Article`] with its outlet,
//! title, publication date and sentences.

use crate::clean::{self, Furniture, Line, LineKind, Opening};
use crate::published::{self, Label};
use crate::timex::{self, Stated};
use crate::{data, publisher, sentences, slug, Input, Source};
use chrono::Datelike;
use newsline_model::{Article, Passage, Published, Sentence};
use std::sync::OnceLock;

/// An article and what its page said about it beyond the story.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub article: Article,
    /// A month and day from a dateline that gives no year ("MOSCOW, October 7.").
    pub dateline_day: Option<(u32, u32)>,
    /// The source a repost names ("RT reports:").
    pub repost_of: Option<String>,
    /// The day a transcript or statement was given, when its page dates it apart from its
    /// publication ("Geneva, Switzerland / September 9, 2016" on a page of the 10th): what
    /// "today" means in it and the day its undated sentences tell of.
    pub occasion: Option<chrono::NaiveDate>,
    /// The day a wire copy's dateline says it was filed, when its page is dated a few days
    /// later ("MOSCOW, September 17. /TASS/." on a page of the 18th): no day it tells of
    /// counting back from the page may fall after it.
    pub filed: Option<chrono::NaiveDate>,
    /// For an article no date could be found for, the latest publication day of the
    /// others: the year a month, or a month and day, it names ("on September 12") falls in. Nothing
    /// counts back from it ("on Friday" stays unresolved).
    pub year_of: Option<chrono::NaiveDate>,
    /// For such an article whose story a dated article tells, the day after that one's
    /// date: its weekdays count back from it ([`crate::timex::Dating::week_of`]).
    pub week_of: Option<chrono::NaiveDate>,
    /// The latest full date a caption of the page's own pictures gives ("A still image
    /// taken on December 11, 2016 …"; a file photo's says nothing of the story): for a page
    /// with no date of its own, the day its story is of.
    pub picture_day: Option<chrono::NaiveDate>,
    /// The latest day an embedded post's signature gives ("— Jane Roe (@janeroe) July 16,
    /// 2025"): a page embeds posts of its story's day or before it.
    pub post_day: Option<chrono::NaiveDate>,
    /// The year and month its address files it under ("/2016/12/…"), if any.
    pub address_month: Option<(i32, u32)>,
    /// A report the page quotes under its own date line, a day or more before the page's
    /// ("The Independent reported …: … Loveday Morris | Beirut | 15 January 2013"): the
    /// first sentence after that line and the day its "today" is.
    pub quoted_report: Option<(usize, chrono::NaiveDate)>,
    /// For a page nothing dates: the month its story is of, its address's, else that of
    /// the undated page most like it whose address gives one (set by the pipeline).
    pub story_month: Option<(i32, u32)>,
}

impl Parsed {
    /// The day the article's relative times count from and its undated sentences take:
    /// the occasion it records, else its publication date.
    pub fn story_day(&self) -> Option<chrono::NaiveDate> {
        self.occasion.or_else(|| day_of(&self.article.published))
    }

    /// How the article's time expressions are read. A publication date inferred from the
    /// pages sharing its sentences is theirs, not its own: the page may be of a later day, so
    /// its weekdays are read in that date's week, counted back from the day after it, as an
    /// undated page's are in its story's ("Netanyahu said Tuesday", on a page of Monday's
    /// talks, is the next day), and nothing counts from it as from its own day ("today").
    pub fn dating(&self) -> crate::timex::Dating {
        let inferred = self.article.published.inferred && self.occasion.is_none();
        match self.story_day() {
            Some(day) if inferred => crate::timex::Dating { reference: None, filed: self.filed, year_of: Some(day), week_of: day.succ_opt() },
            reference => crate::timex::Dating { reference, filed: self.filed, year_of: self.year_of, week_of: self.week_of },
        }
    }

    /// For an article with no date of its own, the date of the dated article telling the same
    /// story ([`Parsed::week_of`]'s day before): what its undated sentences take, inferred, as
    /// a dated article's take its publication date. Never its publication date.
    pub fn story_day_of_sibling(&self) -> Option<chrono::NaiveDate> {
        self.week_of.and_then(|d| d.pred_opt())
    }
}

/// The publication day, read back from its `YYYY-MM-DD` form.
pub fn day_of(published: &Published) -> Option<chrono::NaiveDate> {
    published.date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// Days an occasion may come before the page that records it.
const OCCASION_DAYS: i64 = 7;

/// Days a page may come after the picture of the story it reposts: from a week (a weekday
/// its story names could no longer be of the page's own week) to a month.
const REPOST_MIN_DAYS: i64 = 7;
const REPOST_MAX_DAYS: i64 = 31;

/// Days a page may come after a report it quotes under the report's own date line.
const QUOTED_REPORT_DAYS: i64 = 31;

/// Days a wire copy's page may come after the dateline it reposts.
const FILED_DAYS: i64 = 3;

/// "Geneva, Switzerland", "Moscow, the Kremlin": a line naming only a place, which in a
/// transcript's header sits next to the day of the occasion.
fn place_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    line.contains(',')
        && (2..=4).contains(&words.len())
        && !line.contains(|c: char| c.is_ascii_digit())
        && words.iter().filter(|w| !matches!(**w, "the" | "of")).all(|w| w.starts_with(char::is_uppercase))
        && !line.trim_end().ends_with(['.', ':'])
}

/// The outlet a dateline agency or credit line names, through `data/outlets.toml`.
fn outlet_for_marker(marker: &str) -> Option<&'static str> {
    data::outlets().iter().find(|o| o.markers.iter().any(|m| m == marker) || o.name == marker).map(|o| o.name.as_str())
}

/// "The BRICS Post with inputs from Agencies" → "The BRICS Post".
fn credit_owner(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    data::furniture()
        .credit_markers
        .iter()
        .filter_map(|m| lower.find(m.as_str()))
        .min()
        .map(|at| line[..at].trim().trim_end_matches([',', '-', '—']).trim().to_string())
        .filter(|owner| {
            let words: Vec<&str> = owner.split_whitespace().collect();
            (1..=5).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        })
}

fn self_reference(text: &str) -> Option<(&'static str, &'static str)> {
    // Each phrase's searcher built once (`str::contains` builds one a call), in the order
    // the outlets and their phrases are listed: the first found in that order is the answer.
    static FINDERS: OnceLock<Vec<(&'static str, &'static str, memchr::memmem::Finder<'static>)>> = OnceLock::new();
    FINDERS
        .get_or_init(|| {
            let phrases = data::outlets().iter().flat_map(|o| o.self_references.iter().map(move |r| (o.name.as_str(), r.as_str())));
            phrases.map(|(name, phrase)| (name, phrase, memchr::memmem::Finder::new(phrase))).collect()
        })
        .iter()
        .find(|(_, _, finder)| finder.find(text.as_bytes()).is_some())
        .map(|&(name, phrase, _)| (name, phrase))
}

/// A publication date found on the page, ranked by how surely it is the page's own date.
struct DateCandidate {
    /// Lower is surer: a "Published" line 0, the address 1, a bare date line 2,
    /// a scraper's "date" label 3, an "Updated" line 4 (the date of a later change).
    rank: u8,
    /// Found after the story has run for a few paragraphs: the date of a comment or
    /// of a related story rather than of the page.
    late: bool,
    stated: Stated,
    evidence: String,
}

/// Story paragraphs after which a date line no longer dates the page.
const LATE: u32 = 3;

/// A forum's label for the date a poster joined ("- Joined", "Member since:").
fn membership_label(line: &str) -> bool {
    let label = line.trim_start_matches(['-', '•', '*', ' ']).trim_end_matches([':', ' ']).to_lowercase();
    matches!(label.as_str(), "joined" | "joined on" | "member since" | "registered" | "join date")
}

fn rank_of(label: Label) -> u8 {
    match label {
        Label::Published => 0,
        Label::Plain => 2,
        Label::Date => 3,
        Label::Updated => 4,
    }
}

/// A line that may be the page's title: a heading, never a file name, an address,
/// a date line, a byline or a label.
/// (`spelled`: the headline the address spells, which may open on a name's lower-case
/// particle: "al-Qaida blamed for blasts in Syria".)
fn title_like(line: &str, spelled: bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = line.chars().next().unwrap_or(' ');
    let lower = line.to_ascii_lowercase();
    words.len() >= 3
        && words.len() <= 40
        && (spelled || first.is_uppercase() || first.is_ascii_digit() || "\"“‘'«".contains(first))
        // Three capitalised words and nothing else is a row of labels ("Subscribe Register Login").
        && (words.len() > 3 || words.iter().any(|w| w.chars().next().is_some_and(|c| !c.is_uppercase())))
        && !line.trim_end().ends_with(':')
        && !words.iter().any(|w| w.contains("://") || w.starts_with("www."))
        && !(words.len() <= 3 && words.iter().any(|w| [".txt", ".html", ".htm", ".php", ".pdf"].iter().any(|e| w.to_ascii_lowercase().ends_with(e))))
        && !lower.starts_with("by ")
        // Reading times ("3 min read") and stamps without a year ("Oct 7, 10:32 AM").
        && !lower.contains(" min read")
        && !(words.len() <= 6 && has_clock(line))
        && timex::date_line(line).is_none()
        && publisher::agency_credit(line).is_none()
}

/// The line of a page's title: the heading its address spells, else, of the headings before
/// its story that may be a title, the first that shares a third of its content words (two at
/// least) with the story's opening (a headline retells its lead; a site's name, a label or
/// an address in the page's head does not), else the first of them.
fn title_line(text: &str, lines: &[Line], headline: Option<&std::ops::Range<usize>>) -> Option<usize> {
    let holds_headline = |l: &Line| headline.is_some_and(|h| l.range.start <= h.start && h.end <= l.range.end);
    let story_at = lines.iter().position(|l| l.kind == LineKind::Story && !holds_headline(l)).unwrap_or(lines.len());
    let candidates: Vec<usize> = (0..story_at).filter(|&at| heading_may_be_title(text, &lines[at], holds_headline(&lines[at]))).collect();
    // The headline its address spells is the title, wherever it stands.
    if let Some(&at) = candidates.iter().find(|&&at| holds_headline(&lines[at])) {
        return Some(at);
    }
    if candidates.len() < 2 {
        return candidates.first().copied();
    }
    let mut opening = String::new();
    for l in lines[story_at..].iter().filter(|l| l.kind == LineKind::Story) {
        if opening.len() >= OPENING_BYTES {
            break;
        }
        opening.push_str(&text[l.range.clone()]);
        opening.push(' ');
    }
    // Words agree on their first five letters ("Syria", "Syrian").
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let opening_stems: Vec<String> = content_words_of(&opening).map(|o| stem(&o)).collect();
    let retells_lead = |at: &usize| {
        let words: Vec<String> = content_words_of(title_text(&text[lines[*at].range.clone()])).collect();
        let shared = words.iter().filter(|w| opening_stems.contains(&stem(w))).count();
        shared >= 2 && shared * 3 >= words.len()
    };
    candidates.iter().copied().find(retells_lead).or(candidates.first().copied())
}

/// Whether a line before the story is a heading that may be the page's title (a heading
/// after a dateline is story).
fn heading_may_be_title(text: &str, line: &Line, spelled: bool) -> bool {
    line.kind == LineKind::Heading && !matches!(line.opening, Some((_, Opening::Dateline { .. }))) && title_like(&text[line.range.clone()], spelled)
}

/// A heading's words without a date printed after them.
fn title_text(heading: &str) -> &str {
    trailing_date(heading).map_or(heading, |(head, ..)| head)
}

/// How much of a story's start a title is matched against: its opening sentences.
const OPENING_BYTES: usize = 600;

/// A text's lower-cased words of four letters or more that are no stopword.
fn content_words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    let word = |w: &&str| w.len() >= 4 && !w.bytes().all(|b| b.is_ascii_digit());
    text.split(|c: char| !c.is_alphanumeric()).filter(word).map(str::to_lowercase).filter(|w| !crate::events::is_stopword(w))
}

/// A heading with its page's date after it ("… UN says. May 22, 2015"): the heading, the
/// date and the date's words.
fn trailing_date(line: &str) -> Option<(&str, Stated, &str)> {
    let (head, tail) = line.trim_end().rsplit_once(". ")?;
    let stated = timex::date_line(tail).filter(|_| tail.split_whitespace().count() <= 5 && head.split_whitespace().count() >= 3)?;
    Some((head, stated, tail))
}

/// Where the title starts on a line holding the headline its address spells: after a
/// breadcrumb of a few capitalised words before it ("Start Russia Russia urges Turkey …"),
/// else at the line's start (a kicker with punctuation, "Syria: …", stays).
fn breadcrumb_end(text: &str, before: std::ops::Range<usize>) -> usize {
    let words: Vec<&str> = text[before.clone()].split_whitespace().collect();
    let breadcrumb = (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if breadcrumb {
        before.end
    } else {
        before.start
    }
}

/// "10:32": a clock time.
fn has_clock(line: &str) -> bool {
    line.as_bytes().windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

pub fn parse(input: &Input, source: Option<&Source>) -> Parsed {
    let text = input.text.as_str();
    let url = source.and_then(|s| s.url.as_deref());
    // The headline the address spells, where the page prints it.
    let headline = slug::headline(text, url);
    let lines = clean::clean_titled(text, headline.clone());

    let mut title = None;
    let title_at = title_line(text, &lines, headline.as_ref());
    let mut repeated_title = None;
    let mut dates: Vec<DateCandidate> = Vec::new();
    let mut dateline_day = None;
    let mut picture_day: Option<chrono::NaiveDate> = None;
    let mut post_day: Option<chrono::NaiveDate> = None;
    let mut month_label: Option<(i32, u32)> = None;
    // Candidates that read a date like "10/09/2016" month first (the day-first reading is just before).
    let mut ambiguous: Vec<usize> = Vec::new();
    let mut dateline_agency = None;
    let mut agency_credit: Option<(&'static str, String)> = None;
    let mut credit = None;
    // Names the page gives itself (dateline brackets, copyright and credit lines), with the
    // words that give them: the outlet when one of them is the host's name written out.
    let mut self_names: Vec<(String, String)> = Vec::new();
    // The name a prompt to subscribe gives the site ("Subscribe to ZRQ Online").
    let mut subscribed: Option<(String, String)> = None;
    let mut repost_of = None;
    let mut sentences = Vec::new();
    let mut paragraphs: u32 = 0;
    let mut story = String::with_capacity(text.len());
    // Where each sentence stands in `story`.
    // Sized at the page's lines, not grown (dropped at the end; `sentences` is kept, so it
    // is not sized ahead: its spare room would stay with the article).
    let mut in_story: Vec<std::ops::Range<usize>> = Vec::with_capacity(lines.len());
    let mut story_started = false;
    let mut story_paragraphs: u32 = 0;

    // Date lines before the story next to a place line: the day of a transcript's occasion.
    let mut placed_dates: Vec<chrono::NaiveDate> = Vec::new();
    // The first date line inside the story, and the sentence after it.
    let mut story_date_line: Option<(usize, chrono::NaiveDate)> = None;
    // How many date candidates were found above the title, and whether the title is the
    // headline the address spells (so surely where the story's head is).
    let mut dated_above_title = 0;
    let mut title_spelled = false;
    for (at, line) in lines.iter().enumerate() {
        if !title_spelled {
            dated_above_title = dates.len();
        }
        let line_text = &text[line.range.clone()];
        // The headline the address spells is the title, whatever heading came before it.
        let holds_headline = headline.as_ref().is_some_and(|h| line.range.start <= h.start && h.end <= line.range.end);
        let headline_line = matches!(line.kind, LineKind::Heading | LineKind::Story) && line.opening.is_none();
        if holds_headline && headline_line && !story_started && title_like(line_text, true) && !clean::ends_like_sentence(line_text) {
            let from = headline.as_ref().map_or(line.range.start, |h| breadcrumb_end(text, line.range.start..h.start));
            title = Some(text[from..line.range.end].to_string());
            title_spelled = true;
            continue;
        }
        match &line.kind {
            LineKind::Furniture(Furniture::Navigation) => {}
            LineKind::DateLine(_) if at.checked_sub(1).is_some_and(|b| membership_label(&text[lines[b].range.clone()])) => {
                // "- Joined" / "- Oct 30, 2014": when a forum's poster joined, not the page's date.
            }
            LineKind::DateLine(date) => {
                let beside = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_some_and(|l| place_line(&text[l.range.clone()]));
                if !story_started && (beside(at.checked_sub(1)) || beside(Some(at + 1))) {
                    placed_dates.push(date.date);
                }
                if story_started {
                    story_date_line.get_or_insert((sentences.len(), date.date));
                }
                // The label is in the words before the date; a line of several parts is read again.
                let label = if line_text.contains(['|', '/']) {
                    published::date_line(line_text).map_or(Label::Plain, |(_, label)| label)
                } else {
                    published::label_of(line_text)
                };
                // "January 21, 2018" over "Friday, February 7, 2014": two bare date lines in a
                // row before the story are the site's today and the page's date, which cannot
                // be later (so is the earlier).
                let after_a_later_date_line = !story_started
                    && label == Label::Plain
                    && at.checked_sub(1).is_some_and(|b| matches!(&lines[b].kind, LineKind::DateLine(d) if d.date > date.date))
                    && dates.last().is_some_and(|last| last.rank == rank_of(Label::Plain) && last.stated.date > date.date);
                if after_a_later_date_line {
                    dates.last_mut().expect("the date line before").rank = rank_of(Label::Updated);
                }
                // "Sun, 17 Nov 2019" above the headline the address spells, "Sat, 28 Jul 2018"
                // under it: a bare date over the headline, later than the one under it, is the
                // site's today.
                if title_spelled && !story_started && label == Label::Plain {
                    for above in dates.iter_mut().take(dated_above_title) {
                        if above.rank == rank_of(Label::Plain) && above.stated.date > date.date {
                            above.rank = rank_of(Label::Updated);
                        }
                    }
                }
                dates.push(DateCandidate { late: story_paragraphs > LATE, rank: rank_of(label), stated: *date, evidence: line_text.to_string() });
                // "10/09/2016" read month first too; the address decides which stays first (below).
                if let Some(other) = published::other_reading(line_text) {
                    let stated = Stated { date: other, minutes: date.minutes };
                    dates.push(DateCandidate { late: story_paragraphs > LATE, rank: rank_of(label), stated, evidence: line_text.to_string() });
                    ambiguous.push(dates.len() - 1);
                }
                if agency_credit.is_none() {
                    agency_credit = publisher::agency_credit(line_text);
                }
                // "ZRQW Aleppo, Syria Sep 19, 2016": the site may sign its date line.
                self_names.extend(leading_names(line_text).map(|name| (name, format!("date line \"{line_text}\""))));
            }
            LineKind::Furniture(kind) => {
                if *kind == Furniture::Caption {
                    picture_day = picture_day.max(caption_day(line_text));
                }
                if *kind == Furniture::Embed {
                    post_day = post_day.max(timex::find_dated(line_text, timex::Dating::default()).iter().filter_map(timex::Timex::day).max());
                }
                // A scraper's date label opening a line of furniture before the story ("date
                // 2016-12-25 “Tomorrow …” (Reuters)", a caption by its credit) dates the page.
                if let Some((stated, len)) = timex::date_prefix(line_text).filter(|_| !story_started) {
                    let cut = line_text[..len].trim().to_string();
                    dates.push(DateCandidate { late: false, rank: rank_of(published::label_of(&cut)), stated, evidence: cut });
                }
                if let Some(name) = publisher::subscribed_name(line_text) {
                    subscribed.get_or_insert_with(|| (name.clone(), line_text.to_string()));
                    self_names.push((name, format!("self-name \"{line_text}\"")));
                }
                // A photo credit ("… in Aleppo. (Reuters)") says who took the picture, not who wrote the story.
                if agency_credit.is_none() && *kind != Furniture::Caption {
                    agency_credit = publisher::agency_credit(line_text);
                }
                if let Some(owner) = publisher::copyright_owner(line_text) {
                    self_names.push((owner, format!("credit line \"{line_text}\"")));
                }
                match kind {
                    Furniture::Credit => {
                        credit = credit.or_else(|| credit_owner(line_text).map(|o| (o, line_text.to_string())));
                        if let Some((owner, line)) = &credit {
                            self_names.push((owner.clone(), format!("credit line \"{line}\"")));
                        }
                    }
                    Furniture::RepostIntro(name) => {
                        repost_of.get_or_insert_with(|| name.clone());
                    }
                    // A headline printed twice (page title and story title) is dropped as a repeat.
                    Furniture::Caption | Furniture::Repeat
                        if !story_started && repeated_title.is_none() && title_like(line_text, false) && !clean::ends_like_sentence(line_text) =>
                    {
                        repeated_title = Some(line_text.to_string());
                    }
                    _ => {}
                }
            }
            // The title, and headings that might have been it above it (a site's name, a
            // label): no story. After a date label, or with a date after it, one dates the page.
            LineKind::Heading if title_at.is_some_and(|t| at <= t) && title.is_none() && heading_may_be_title(text, line, holds_headline) => {
                if let Some((range, Opening::DateLabel(date))) = &line.opening {
                    let cut = text[range.clone()].trim().to_string();
                    dates.push(DateCandidate { late: story_paragraphs > LATE, rank: rank_of(published::label_of(&cut)), stated: *date, evidence: cut });
                }
                let heading = match trailing_date(line_text) {
                    Some((head, stated, tail)) => {
                        dates.push(DateCandidate { late: false, rank: rank_of(Label::Plain), stated, evidence: tail.to_string() });
                        head
                    }
                    None => line_text,
                };
                if Some(at) == title_at {
                    title = Some(heading.to_string());
                }
            }
            LineKind::Heading | LineKind::Story => {
                let heading = line.kind == LineKind::Heading;
                if let Some((range, opening)) = &line.opening {
                    let cut = text[range.clone()].trim().to_string();
                    match opening {
                        Opening::DateLabel(date) => {
                            dates.push(DateCandidate { late: story_paragraphs > LATE, rank: rank_of(published::label_of(&cut)), stated: *date, evidence: cut });
                        }
                        Opening::MonthLabel { year, month } => {
                            month_label.get_or_insert((*year, *month));
                        }
                        Opening::Dateline { date, agency, label } => {
                            if let Some((year, month, _)) = timex::month_prefix(&cut) {
                                month_label.get_or_insert((year, month));
                            }
                            if let Some(label) = label {
                                let words = cut.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                                dates.push(DateCandidate {
                                    late: story_paragraphs > LATE,
                                    rank: rank_of(published::label_of(&words)),
                                    stated: *label,
                                    evidence: words,
                                });
                            }
                            if let Some(day) = date.as_deref().and_then(timex::month_day) {
                                dateline_day.get_or_insert((day, cut.clone()));
                            } else if let Some(full) = date.as_deref().and_then(timex::date_line) {
                                dates.push(DateCandidate { late: story_paragraphs > LATE, rank: 2, stated: full, evidence: cut.clone() });
                            }
                            if let Some(agency) = agency {
                                self_names.push((agency.clone(), format!("dateline \"{cut}\"")));
                                dateline_agency.get_or_insert((agency.clone(), cut));
                            }
                        }
                        Opening::PictureDescription => {}
                    }
                }
                if agency_credit.is_none() {
                    // Cleaning cuts a trailing credit ("… left. -AFP") off the story line: read the whole line.
                    let line_end = text[line.range.end..].find('\n').map_or(text.len(), |i| line.range.end + i);
                    agency_credit = publisher::agency_credit(&text[line.range.start..line_end]);
                }
                if let Some(owner) = publisher::copyright_owner(line_text) {
                    self_names.push((owner, format!("credit line \"{line_text}\"")));
                }
                // A one-line scrape may carry its byline and date inside its first line.
                if !heading && !story_started && dates.is_empty() {
                    if let Some((stated, words)) = published::byline_date(line_text) {
                        dates.push(DateCandidate { late: false, rank: rank_of(Label::Plain), stated, evidence: words.to_string() });
                    }
                }
                story_started |= !heading;
                story_paragraphs += u32::from(!heading);
                // The story text is built in place: paragraphs apart by a blank line, sentences by a space.
                let paragraph = paragraphs;
                paragraphs += 1;
                if paragraph > 0 {
                    story.push_str("\n\n");
                }
                let ranges = if heading { vec![line.range.clone()] } else { sentences::split(text, line.range.clone()) };
                for (n, range) in ranges.into_iter().enumerate() {
                    let piece = &text[range.clone()];
                    // A link glued after a paragraph's last sentence ("… for four months.
                    // [Continue reading…]") is no sentence of the story.
                    if n > 0 && clean::is_bracketed_link(piece) {
                        continue;
                    }
                    if n > 0 {
                        story.push(' ');
                    }
                    story.push_str(piece);
                    // The text is set once the story is whole: a span of it, not a copy.
                    sentences.push(Sentence { text: Passage::default(), start: range.start as u32, end: range.end as u32, paragraph, heading });
                    in_story.push(story.len() - piece.len()..story.len());
                }
            }
        }
    }
    let title = title.or(repeated_title);

    // The outlet is the page's publisher: sources.toml, else the address; an agency that
    // wrote the story is its `agency`. Without an address, what the page says of itself.
    let address = url.or_else(|| source.and_then(|s| s.site.as_deref()));
    let dateline_agency =
        dateline_agency.and_then(|(marker, cut)| publisher::agency_named(&marker).or_else(|| outlet_for_marker(&marker)).map(|name| (name, cut)));
    let credited_agency = dateline_agency
        .as_ref()
        .map(|(name, cut)| (*name, format!("dateline \"{cut}\"")))
        .or_else(|| agency_credit.as_ref().map(|(name, line)| (*name, format!("credit line \"{line}\""))))
        .or_else(|| url.and_then(publisher::agency_in_path).map(|name| (name, "address".to_string())));
    let from_address = address.and_then(publisher::from_address);
    let (outlet, outlet_source) = if let Some(name) = source.and_then(|s| s.outlet.clone()) {
        (Some(name), Some("sources.toml".to_string()))
    } else if let Some((name, "address")) = &from_address {
        (Some(name.clone()), Some("address".to_string()))
    } else if let Some((name, how)) = address.and_then(publisher::host).and_then(|h| self_names.iter().find(|(name, _)| names_host(name, &h))) {
        // The page naming its own site ("(CNSNews.com) –", "© 2016 The Zembla Post") beats a
        // name made of the host's words.
        (Some(name.clone()), Some(how.clone()))
    } else if let Some((owner, line)) = credit.as_ref().filter(|_| from_address.is_none()) {
        (Some(owner.clone()), Some(format!("credit line \"{line}\"")))
    } else if let Some((name, line)) = &subscribed {
        // The site's own name beats one made of its host's words.
        (Some(name.clone()), Some(format!("self-name \"{line}\"")))
    } else if let Some((name, _)) = &from_address {
        (Some(name.clone()), Some("host name".to_string()))
    } else if let Some((name, how)) = &credited_agency {
        (Some(name.to_string()), Some(how.clone()))
    } else if let Some((name, phrase)) = self_reference(&story) {
        (Some(name.to_string()), Some(format!("self-reference \"{phrase}\"")))
    } else {
        (None, None)
    };
    // An agency credit naming the page's own publisher ("(Tasnim)" on tasnimnews.com) is no copy.
    let host = address.and_then(publisher::host);
    let agency = credited_agency
        .map(|(name, _)| name.to_string())
        .filter(|name| outlet.as_deref() != Some(name.as_str()) && !host.as_deref().is_some_and(|h| names_host(name, h)));

    // The publication date: the surest date the page states; the address's year and
    // month pick among dates that disagree, and give a dateline's month and day its year.
    // Six digits opening an address's name may be an article number: a page saying "today,
    // Wednesday" is not of a Tuesday those digits would make.
    let url_dated = url.and_then(published::url_date);
    let number_not_date =
        url_dated.is_some_and(|(date, rule)| rule == published::SIX_DIGITS && published::own_weekday(&story).is_some_and(|w| w != date.weekday()));
    if let Some((date, rule)) = url_dated.filter(|_| !number_not_date) {
        dates.push(DateCandidate { late: false, rank: 1, stated: Stated { date, minutes: None }, evidence: format!("address ({rule})") });
    }
    let address_month = url.filter(|_| !number_not_date).and_then(published::url_month);
    let url_month = address_month.or(month_label);
    let fits = |c: &DateCandidate| url_month.is_none_or(|(y, m)| (c.stated.date.year(), c.stated.date.month()) == (y, m));
    // Numbers both ways round: month first on generic (mostly American) domains, day first
    // on country domains and without an address; a month in the address overrules both.
    let month_first = host.as_deref().and_then(|h| h.rsplit('.').next()).is_some_and(|tld| ["com", "org", "net", "us", "gov", "edu"].contains(&tld));
    let order = |i: usize| -> usize {
        match (ambiguous.contains(&i), ambiguous.contains(&(i + 1))) {
            (true, _) if month_first => i - 1,
            (_, true) if month_first => i + 1,
            _ => i,
        }
    };
    let best = dates.iter().enumerate().min_by_key(|(i, c)| (!fits(c), c.late, c.rank, order(*i))).map(|(_, c)| c);
    let mut published = match best {
        Some(c) => Published {
            date: Some(c.stated.date.format("%Y-%m-%d").to_string().into()),
            time: c.stated.time_label().map(Into::into),
            inferred: false,
            evidence: Some(c.evidence.clone().into()),
        },
        None => Published { date: None, time: None, inferred: false, evidence: None },
    };
    let filed = dateline_day
        .as_ref()
        .zip(day_of(&published))
        .and_then(|(((month, day), _), page)| timex::nearest_year(*month, *day, page).filter(|d| (1..=FILED_DAYS).contains(&(page - *d).num_days())));
    let mut dateline_day = if best.is_none() { dateline_day } else { None };
    if let (Some(((month, day), cut)), Some((year, url_m))) = (&dateline_day, url_month) {
        let reference = chrono::NaiveDate::from_ymd_opt(year, url_m, 15);
        if let Some(date) = reference.and_then(|r| timex::nearest_year(*month, *day, r)) {
            published = Published {
                date: Some(date.format("%Y-%m-%d").to_string().into()),
                time: None,
                inferred: false,
                evidence: Some(format!("{cut} (the year from the address)").into()),
            };
            dateline_day = None;
        }
    }

    // A page posted a week or more after the day its picture was taken, whose story names
    // that day's weekday ("… raided his hideout Thursday" under "Syria, Thursday, Feb. 3,
    // 2022" on a page filed on the 14th): a repost of that week's story, whose weekday
    // read from the page's own day would be a week late.
    let reposted_picture = |page: chrono::NaiveDate| {
        let taken = picture_day.filter(|t| (REPOST_MIN_DAYS..=REPOST_MAX_DAYS).contains(&(page - *t).num_days()))?;
        let weekday = taken.format("%A").to_string();
        crate::sentences::alphanumeric_runs(&story).any(|w| w == weekday).then_some(taken)
    };
    let occasion =
        day_of(&published).and_then(|p| placed_dates.into_iter().find(|d| (1..=OCCASION_DAYS).contains(&(p - *d).num_days())).or_else(|| reposted_picture(p)));
    let quoted_report = story_date_line.filter(|(first, day)| {
        let before_the_page = day_of(&published).is_some_and(|p| (1..=QUOTED_REPORT_DAYS).contains(&(p - *day).num_days()));
        before_the_page && occasion.is_none() && *first < sentences.len()
    });
    let id = input.file.strip_suffix(".txt").unwrap_or(&input.file).to_string();
    let story = Passage::whole(story);
    for (sentence, range) in sentences.iter_mut().zip(in_story) {
        sentence.text = story.span(range);
    }
    Parsed {
        article: Article {
            id: id.into(),
            file: input.file.clone().into(),
            outlet: outlet.map(Into::into),
            outlet_source: outlet_source.map(Into::into),
            agency: agency.map(Into::into),
            url: url.map(|u| u.to_string().into()),
            title: title.map(Into::into),
            published,
            text: story,
            sentences: sentences.into(),
            copy_of: None,
        },
        dateline_day: dateline_day.map(|(day, _)| day),
        repost_of,
        occasion,
        filed,
        year_of: None,
        week_of: None,
        picture_day,
        post_day,
        address_month,
        story_month: address_month,
        quoted_report,
    }
}

/// The latest full date (with its year) a caption gives, unless it is a file photo's.
fn caption_day(caption: &str) -> Option<chrono::NaiveDate> {
    if caption.to_lowercase().contains("file") {
        return None;
    }
    timex::find_dated(caption, timex::Dating::default()).iter().filter_map(timex::Timex::day).max()
}

/// The names a date line may open with, each run of one to four leading words of each
/// part before the date: "ZRQW Aleppo, Syria Sep 19" → "ZRQW", "ZRQW Aleppo", "Syria".
fn leading_names(line: &str) -> impl Iterator<Item = String> + '_ {
    let before = line.find(|c: char| c.is_ascii_digit()).map_or(line, |at| &line[..at]);
    before.split([',', '|']).flat_map(|part| {
        let words: Vec<&str> = part.split_whitespace().take_while(|w| w.starts_with(|c: char| c.is_uppercase())).take(4).collect();
        (1..=words.len()).map(move |n| words[..n].join(" "))
    })
}

/// True when a name is the host's name written out: "The BRICS Post" for thebricspost.com,
/// "Tasnim News Agency" for tasnimnews.com.
fn names_host(name: &str, host: &str) -> bool {
    let squashed: String = name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let label: String = publisher::site_label(host).unwrap_or("").chars().filter(|c| c.is_alphanumeric()).collect();
    let bare = squashed.strip_prefix("the").unwrap_or(&squashed);
    let label_bare = label.strip_prefix("the").unwrap_or(&label);
    // "Tasnim News Agency" names tasnimnews.com: one is the other with words added at the end.
    let (short, long) = if bare.len() <= label_bare.len() { (bare, label_bare) } else { (label_bare, bare) };
    short.len() >= 3 && short.len() * 3 >= long.len() * 2 - 2 && long.starts_with(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str) -> Input {
        Input { file: "x.txt".into(), text: text.into() }
    }

    #[test]
    fn title_date_and_sentences_of_a_scraped_page() {
        let page = "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon closeicon fm\n\
                    7 Oct, 2016 12:29\n\nRussia ready to back the plan – Lavrov\n\n\
                    Russia is ready, Lavrov says. He spoke on Friday.\n\nSection heading here\n\nMore text.\n";
        let parsed = parse(&input(page), None);
        let a = &parsed.article;
        assert_eq!(a.title.as_deref(), Some("Russia ready to back the plan – Lavrov"));
        assert_eq!(a.published.date.as_deref(), Some("2016-10-07"));
        assert_eq!(a.published.time.as_deref(), Some("12:29"));
        assert_eq!(a.published.evidence.as_deref(), Some("7 Oct, 2016 12:29"));
        let texts: Vec<_> = a.sentences.iter().map(|s| (s.text.as_ref(), s.heading)).collect();
        assert_eq!(texts, [("Russia is ready, Lavrov says.", false), ("He spoke on Friday.", false), ("Section heading here", true), ("More text.", false)]);
        for s in a.sentences.iter() {
            assert_eq!(&page[s.start as usize..s.end as usize], s.text.as_ref());
        }
        assert_eq!(a.text, "Russia is ready, Lavrov says. He spoke on Friday.\n\nSection heading here\n\nMore text.");
    }

    #[test]
    fn a_transcript_header_dates_its_occasion_apart_from_the_page() {
        let page = "Kerry and Lavrov announce a plan for Syria (Transcript)\nSeptember 10, 2016\n\n\
                    Remarks at a Press Availability\n\nJohn Kerry\nSecretary of State\nGeneva, Switzerland\nSeptember 9, 2016\n\n\
                    SECRETARY KERRY: Today, the United States and Russia are announcing a plan.\n";
        let parsed = parse(&input(page), None);
        assert_eq!(parsed.article.published.date.as_deref(), Some("2016-09-10"));
        assert_eq!(parsed.occasion.map(|d| d.to_string()).as_deref(), Some("2016-09-09"));
        assert_eq!(parsed.story_day().map(|d| d.to_string()).as_deref(), Some("2016-09-09"));
        // A second date line with no place beside it (a related story's) is no occasion.
        let page = "Kerry and Lavrov announce a plan for Syria today\nSeptember 10, 2016\n\nRelated coverage\nSeptember 9, 2016\n\n\
                    Today, the United States and Russia are announcing a plan.\n";
        let parsed = parse(&input(page), None);
        assert_eq!(parsed.occasion, None);
        assert_eq!(parsed.story_day().map(|d| d.to_string()).as_deref(), Some("2016-09-10"));
    }

    #[test]
    fn a_wire_copy_reposted_later_keeps_the_day_its_dateline_was_filed() {
        let page = |day: &str| format!("Sunday, September {day}, 2016\n\nA title of the copy\n\nMOSCOW, September 17. /TASS/. Russia said so on Sunday.\n");
        let parsed = parse(&input(&page("18")), None);
        assert_eq!(parsed.article.published.date.as_deref(), Some("2016-09-18"));
        assert_eq!(parsed.filed.map(|d| d.to_string()).as_deref(), Some("2016-09-17"));
        // Posted the same day, or weeks later (another story's dateline), it says nothing.
        assert_eq!(parse(&input(&page("17")), None).filed, None);
        assert_eq!(parse(&input(&page("28")), None).filed, None);
    }

    #[test]
    fn the_outlet_comes_from_sources_then_dateline_then_credit_then_self_reference() {
        let source = Source { file: "x.txt".into(), outlet: Some("Gulf Times".into()), ..Default::default() };
        let tass = "MOSCOW, October 7. /TASS/. Russia will be prepared to act.\n";
        assert_eq!(parse(&input(tass), Some(&source)).article.outlet.as_deref(), Some("Gulf Times"));
        let parsed = parse(&input(tass), None);
        assert_eq!(parsed.article.outlet.as_deref(), Some("TASS"));
        assert_eq!(parsed.article.outlet_source.as_deref(), Some("dateline \"MOSCOW, October 7. /TASS/.\""));
        assert_eq!(parsed.dateline_day, Some((10, 7)));
        assert_eq!(parsed.article.published.date, None);
        let reuters = "BEIRUT (Reuters) - Syrian troops advanced.\n";
        assert_eq!(parse(&input(reuters), None).article.outlet.as_deref(), Some("Reuters"));
        let credited = "A story sentence.\nThe Daily Planet with inputs from Agencies\n";
        assert_eq!(parse(&input(credited), None).article.outlet.as_deref(), Some("The Daily Planet"));
        let rt = "“It fell apart,” Karasik told RT.\n";
        assert_eq!(parse(&input(rt), None).article.outlet.as_deref(), Some("RT"));
        assert_eq!(parse(&input("Nothing to see.\n"), None).article.outlet, None);
    }

    fn with_url(url: &str) -> Source {
        Source { file: "x.txt".into(), url: Some(url.into()), ..Default::default() }
    }

    #[test]
    fn the_headline_the_address_spells_is_the_title_and_its_chrome_is_dropped() {
        // All on one line: byline and share buttons, the headline, a section and a stamp, the story.
        let page = "By — Ann Writer Leave your feedback Share Copy URL https://www.zrq.org/world/russia-narrowly-loses-council-seat \
                    Email Facebook Share on Twitter Russia narrowly loses council seat World Oct 28, 2016 5:05 PM EDT \
                    Russia failed to win re-election to the council Friday by two votes. The vote was close.\n";
        let parsed = parse(&input(page), Some(&with_url("https://www.zrq.org/world/russia-narrowly-loses-council-seat")));
        let a = &parsed.article;
        assert_eq!(a.title.as_deref(), Some("Russia narrowly loses council seat"));
        assert_eq!(a.published.date.as_deref(), Some("2016-10-28"));
        assert_eq!(a.published.time.as_deref(), Some("17:05"));
        assert_eq!(&*a.sentences[0].text, "Russia failed to win re-election to the council Friday by two votes.");
        assert_eq!(a.sentences.len(), 2);
        // On a page of lines, the headline's own line beats a line of navigation before it.
        let page = "An official website of the Zembla government\nZembla and Russia Announce Plan for Peace (Transcript)\n\n\
                    Today, Zembla and Russia are announcing a plan.\n";
        let parsed = parse(&input(page), Some(&with_url("https://zembla.gov/2016/09/10/zembla-and-russia-announce-plan-for-peace-transcript/")));
        assert_eq!(parsed.article.title.as_deref(), Some("Zembla and Russia Announce Plan for Peace (Transcript)"));
        assert_eq!(parsed.article.sentences.len(), 1);
        // A breadcrumb on the headline's line is left out of the title; a kicker stays.
        let url = "https://zrq.de/russia-urges-zembla-tougher-action-in-idlib/";
        let page = "Start Russia Russia urges Zembla tougher action in Idlib\n\nRussia urges Zembla to act. It spoke.\n";
        assert_eq!(parse(&input(page), Some(&with_url(url))).article.title.as_deref(), Some("Russia urges Zembla tougher action in Idlib"));
        let page = "Syria: Russia urges Zembla tougher action in Idlib\n\nRussia urges Zembla to act. It spoke.\n";
        assert_eq!(parse(&input(page), Some(&with_url(url))).article.title.as_deref(), Some("Syria: Russia urges Zembla tougher action in Idlib"));
    }

    #[test]
    fn the_outlet_is_the_publisher_of_the_address_and_the_agency_is_kept() {
        let page = "Headline of the story here\n\nBEIRUT, Oct 9 (Reuters) - Troops advanced.\n";
        let parsed = parse(&input(page), Some(&with_url("https://news.yahoo.com/troops-advance-123.html")));
        let a = &parsed.article;
        assert_eq!((a.outlet.as_deref(), a.outlet_source.as_deref()), (Some("Yahoo News"), Some("address")));
        assert_eq!(a.agency.as_deref(), Some("Reuters"));
        // On the agency's own site the agency is the outlet, not a copy.
        let parsed = parse(&input(page), Some(&with_url("https://uk.reuters.com/article/x-idUSKBN1")));
        assert_eq!((parsed.article.outlet.as_deref(), parsed.article.agency.as_deref()), (Some("Reuters"), None));
        // An unknown site is named from its host; the agency stays the agency.
        let parsed = parse(&input(page), Some(&with_url("http://www.kalamazoogazette.com/world/x")));
        assert_eq!(parsed.article.outlet.as_deref(), Some("Kalamazoo Gazette"));
        assert_eq!(parsed.article.outlet_source.as_deref(), Some("host name"));
        assert_eq!(parsed.article.agency.as_deref(), Some("Reuters"));
        // No address at all: the agency is the best guess of the outlet.
        let parsed = parse(&input(page), None);
        assert_eq!(parsed.article.outlet.as_deref(), Some("Reuters"));
        assert_eq!(parsed.article.agency, None);
    }

    #[test]
    fn six_digits_an_own_weekday_denies_are_no_date() {
        let page = "Ministers meet in Moscow\n\nThe meeting of the ministers in Moscow today, Wednesday, stressed the roadmap.\n";
        // 6 June 2017 was a Tuesday: the digits are the article's number.
        let parsed = parse(&input(page), Some(&with_url("https://zrq.com/english/article/170606-moscow-meeting-roadmap")));
        assert_eq!(parsed.article.published.date, None);
        // 7 June 2017 was a Wednesday.
        let parsed = parse(&input(page), Some(&with_url("https://zrq.com/english/article/170607-moscow-meeting-roadmap")));
        assert_eq!(parsed.article.published.date.as_deref(), Some("2017-06-07"));
    }

    #[test]
    fn the_site_crediting_itself_is_no_agency_copy() {
        let page = "Headline of the story here\n\nTEHRAN (Tasnim) - Troops advanced.\n";
        let parsed = parse(&input(page), Some(&with_url("https://www.tasnimnews.com/en/news/2016/10/09/1/x")));
        assert_eq!(parsed.article.agency, None);
        assert!(names_host("The BRICS Post", "thebricspost.com"));
        assert!(names_host("Tasnim News Agency", "www.tasnimnews.com"));
        assert!(!names_host("Gulf", "www.gulf-times.com"));
    }

    #[test]
    fn the_site_naming_itself_beats_its_host_words() {
        let story = "Troops advanced on the city on Friday after a week of heavy fighting in the east.\n\
                     The envoy said the talks in Geneva would resume next week after a short pause.\n";
        let signed = format!("Headline of the story here\n\nZRQW Aleppo, Syria Sep 19, 2016, 08.20 PM (IST)\n{story}");
        let a = parse(&input(&signed), Some(&with_url("https://www.zrqwtv.com/world/x"))).article;
        assert_eq!(a.outlet.as_deref(), Some("ZRQW"));
        assert!(a.outlet_source.as_deref().unwrap().starts_with("date line"));
        let prompted = format!("Subscribe to QWL Online\n\nHeadline of the story here\n\n{story}");
        let a = parse(&input(&prompted), Some(&with_url("https://qwlzpub.com/pr/2016/x.html"))).article;
        assert_eq!((a.outlet.as_deref(), a.outlet_source.as_deref()), (Some("QWL"), Some("self-name \"Subscribe to QWL Online\"")));
        // A listed publisher's address wins.
        let a = parse(&input(&prompted), Some(&with_url("https://www.reuters.com/article/x"))).article;
        assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_month_label_dates_the_month_not_the_day() {
        let page = " date 2016-10 MOSCOW, October 9. /TASS/. Troops advanced.\n";
        let a = parse(&input(page), None).article;
        assert_eq!(a.published.date.as_deref(), Some("2016-10-09"));
        assert_eq!(a.sentences[0].text, "Troops advanced.");
        let a = parse(&input(" date 2016-10 Troops advanced.\n"), None).article;
        assert_eq!((a.published.date, a.sentences[0].text.as_ref()), (None, "Troops advanced."));
    }

    #[test]
    fn credit_lines_name_the_agency_and_the_site() {
        let copy = "Headline of the story here\n\nTroops advanced on Friday.\n\nThe envoy left. -AFP\n";
        let parsed = parse(&input(copy), Some(&with_url("https://www.dailyzembla.com/world/x")));
        assert_eq!(parsed.article.agency.as_deref(), Some("AFP"));
        assert_eq!(parsed.article.outlet.as_deref(), Some("Daily Zembla"));
        let credited = "Troops advanced on Friday.\nThe Zembla Post with inputs from Agencies\n";
        let parsed = parse(&input(credited), Some(&with_url("https://www.thezemblapost.com/x")));
        assert_eq!(parsed.article.outlet.as_deref(), Some("The Zembla Post"));
        assert!(parsed.article.outlet_source.as_deref().unwrap().starts_with("credit line"));
        let dateline = "(ZemblaNews.com) – Troops advanced.\n";
        let parsed = parse(&input(dateline), Some(&with_url("https://www.zemblanews.com/x")));
        assert_eq!(parsed.article.outlet.as_deref(), Some("ZemblaNews.com"));
        assert_eq!(parsed.article.outlet_source.as_deref(), Some("dateline \"(ZemblaNews.com) –\""));
        let copyright = "Troops advanced.\n\nCopyright © 2016 The Zembla Times Company. All rights reserved.\n";
        let parsed = parse(&input(copyright), Some(&with_url("https://www.zemblatimes.com/x")));
        assert_eq!(parsed.article.outlet.as_deref(), Some("The Zembla Times"));
        let caption = "Headline of the story here\n\nSmoke rises over the city after a strike (Reuters)\n\nTroops advanced.\n";
        assert_eq!(parse(&input(caption), Some(&with_url("https://www.dailyzembla.com/x"))).article.agency, None);
        let byline = "Headline of the story here\n\nBy The Associated Press\n\nTroops advanced.\n";
        assert_eq!(parse(&input(byline), Some(&with_url("https://www.dailyzembla.com/x"))).article.agency.as_deref(), Some("AP"));
    }

    #[test]
    fn the_surest_publication_date_wins_and_says_where_it_came_from() {
        let published = |page: &str, url: Option<&str>| {
            let source = url.map(with_url);
            let a = parse(&input(page), source.as_ref()).article;
            (a.published.date.map(|d| d.to_string()), a.published.evidence.map(|e| e.to_string()))
        };
        // A "Published" line beats the address, the address beats a bare date line and a scraper's label.
        let page = " date 2015-03-20 Zembla\nHeadline of the story here\nPublished: October 9, 2016\nTroops advanced.\n";
        assert_eq!(published(page, Some("https://x.com/2016/10/08/story")).0.as_deref(), Some("2016-10-09"));
        let page = " date 2016-10-10 Headline of the story here\nSunday, October 9, 2016\nTroops advanced.\n";
        assert_eq!(published(page, Some("https://x.com/2016/10/08/story")), (Some("2016-10-08".into()), Some("address (year/month/day folders)".into())));
        assert_eq!(published(page, None), (Some("2016-10-09".into()), Some("Sunday, October 9, 2016".into())));
        // "Updated" yields to "Published" whatever the order, and to a scraper's label.
        let page = "Updated: October 10, 2016\nPublished: October 9, 2016\nTroops advanced.\n";
        assert_eq!(published(page, None).0.as_deref(), Some("2016-10-09"));
        let page = " date 2016-10-09 Headline of the story here\nUpdated: October 10, 2016\nTroops advanced.\n";
        assert_eq!(published(page, None).0.as_deref(), Some("2016-10-09"));
        // The address's month picks among dates that disagree.
        let page = " date 2015-03-20 Headline of the story here\nTroops advanced.\n";
        assert_eq!(published(page, Some("https://x.blogspot.com/2016/10/story.html")).0.as_deref(), Some("2015-03-20"));
        let page = " date 2015-03-20 Headline of the story here\nSunday, October 9, 2016\nTroops advanced.\n";
        assert_eq!(published(page, Some("https://x.blogspot.com/2016/10/story.html")).0.as_deref(), Some("2016-10-09"));
        // A dateline's month and day take the address's year.
        let page = "MOSCOW, October 9. /TASS/. Troops advanced.\n";
        assert_eq!(
            published(page, Some("https://x.blogspot.com/2016/10/story.html")),
            (Some("2016-10-09".into()), Some("MOSCOW, October 9. /TASS/. (the year from the address)".into()))
        );
        // A scraper's label opening a line that is furniture (a quote credited like a caption)
        // still dates the page; the line stays out of the story.
        let page =
            " date 2016-12-25 “Tomorrow will be a day of mourning,” the agency quoted the president as saying. (Reuters)\n\nThe plane crashed into the sea.\n";
        assert_eq!(published(page, None), (Some("2016-12-25".into()), Some("date 2016-12-25".into())));
        // A bracketed credit in the dateline gives the day the copy was filed.
        let page = "ANKARA, , (Zembla Point / Zembla News, app - 14th Dec, 2016 ) - Turkey confirmed Tuesday that a ceasefire deal was agreed.\n";
        assert_eq!(published(page, None).0.as_deref(), Some("2016-12-14"));
        // Dates far down the story (comments, related stories) yield to earlier ones.
        let page = "Sunday, October 9, 2016\nOne.\nTwo.\nThree.\nFour.\nPublished: October 20, 2016\n";
        assert_eq!(published(page, None).0.as_deref(), Some("2016-10-09"));
    }

    #[test]
    fn numbers_both_ways_round_follow_the_domain_and_the_address() {
        let date = |url: &str| parse(&input("10/09/2016\nTroops advanced.\n"), Some(&with_url(url))).article.published.date;
        assert_eq!(date("https://www.zembla.com/world/x").as_deref(), Some("2016-10-09"));
        assert_eq!(date("https://www.zembla.co.uk/world/x").as_deref(), Some("2016-09-10"));
        assert_eq!(date("https://www.zembla.co.uk/2016/10/x").as_deref(), Some("2016-10-09"));
    }

    /// A page filed a week or more after its picture, whose story names the picture's
    /// weekday, reposts that week's story: the picture's day is its occasion.
    #[test]
    fn a_repost_of_an_older_pictures_story_is_of_the_pictures_day() {
        let page = |story: &str| {
            format!(
                "Leader killed in raid\n\nPeople inspect a destroyed house in the village of Atmeh, Syria, Thursday, Feb. 3, 2022. (AP Photo/Jane Roe)\n\n{story}\n"
            )
        };
        let occasion = |url: &str, story: &str| parse(&input(&page(story)), Some(&with_url(url))).occasion.map(|d| d.to_string());
        let thursday = "The leader blew himself up as American forces raided his hideout Thursday, officials said.";
        assert_eq!(occasion("https://zembla.example/2022/02/14/raid/", thursday).as_deref(), Some("2022-02-03"));
        assert_eq!(
            occasion("https://zembla.example/2022/02/14/raid/", "The leader blew himself up as American forces raided his hideout.").as_deref(),
            None,
            "no weekday of the picture's"
        );
        assert_eq!(occasion("https://zembla.example/2022/02/05/raid/", thursday).as_deref(), None, "within the picture's week, the page's own day reads it");
    }

    /// The headline the address spells is the title even opening on a name's lower-case
    /// particle, before a prompt to the reader.
    #[test]
    fn a_spelled_headline_in_lower_case_is_the_title() {
        let page =
            "al-Qaida blamed for blasts in Syria\nHave your say\n\nTwin suicide car bombs exploded outside two buildings of the intelligence agencies.\n";
        let url = with_url("https://www.zembla.co.uk/news/al-qaida-blamed-for-blasts-in-syria-1-4089619");
        assert_eq!(parse(&input(page), Some(&url)).article.title.as_deref(), Some("al-Qaida blamed for blasts in Syria"));
    }

    /// The date a forum's poster joined dates no page.
    #[test]
    fn a_posters_joining_date_is_not_the_pages() {
        let date = |page: &str| parse(&input(page), None).article.published.date.map(|d| d.to_string());
        let story = "\nRockets hit a building in the district of Jaramana on Saturday night.\n";
        assert_eq!(date(&format!("- Joined\n- Oct 30, 2014\n- Messages\n- 36,768\n{story}")), None);
        assert_eq!(date(&format!("- Posted\n- Oct 30, 2014\n{story}")).as_deref(), Some("2014-10-30"));
    }

    /// A site's date of today above the page's own date line: the page is of the earlier.
    #[test]
    fn of_two_date_lines_in_a_row_the_page_is_of_the_earlier() {
        let date = |page: &str| parse(&input(page), None).article.published.date.map(|d| d.to_string());
        let story = "\nTroops began evacuating civilians from the old city today.\n";
        assert_eq!(date(&format!("January 21, 2018\nFriday, February 7, 2014\n{story}")).as_deref(), Some("2014-02-07"));
        assert_eq!(date(&format!("Friday, February 7, 2014\nJanuary 21, 2018\n{story}")).as_deref(), Some("2014-02-07"));
        // Apart, the first is the page's (a later date further down is a related story's).
        assert_eq!(date(&format!("January 21, 2018\nSyria starts evacuating civilians\nFriday, February 7, 2014\n{story}")).as_deref(), Some("2018-01-21"));
        // Apart, over and under the headline the address spells: the one over it, later, is
        // the site's today.
        let dated = |page: &str| {
            parse(&input(page), Some(&with_url("https://zembla.example/news/islamic-state-attacks-claim-lives-in-sweida")))
                .article
                .published
                .date
                .map(|d| d.to_string())
        };
        let head = "Islamic State Attacks Claim Lives in Sweida\n\nJane Roe - Zembla Syria\n";
        assert_eq!(dated(&format!("Abu Dhabi\n\nSun, 17 Nov 2019 14:31 GMT\n\n{head}\nSat, 28 Jul 2018 21:25 GMT\n{story}")).as_deref(), Some("2018-07-28"));
        assert_eq!(
            dated(&format!("Sat, 28 Jul 2018 21:25 GMT\n\n{head}\nSun, 17 Nov 2019 14:31 GMT\n{story}")).as_deref(),
            Some("2018-07-28"),
            "not the later"
        );
    }

    #[test]
    fn a_date_line_is_never_a_sentence_or_a_title() {
        let page = "Posted at 5:52 PM, Oct 9, 2016\n\nBy Jane Roe | October 9, 2016 | 10:34pm EDT\n\nThis article was published today at 1:08 p.m.\n\nTroops advanced.\n";
        let a = parse(&input(page), None).article;
        assert_eq!(a.title, None);
        assert_eq!(a.sentences.len(), 1);
        assert_eq!(a.published.time.as_deref(), Some("17:52"));
    }

    #[test]
    fn titles_are_headings_never_addresses_labels_or_stamps() {
        let title = |page: &str| parse(&input(page), None).article.title.map(|t| t.to_string());
        assert_eq!(title("www.example.com/world/story-1\nTroops advanced.\n"), None);
        assert_eq!(title("Subscribe Register Login\nTroops advanced.\n"), None);
        assert_eq!(title("Skip to main content\n\nFollow a writer on Twitter\n\nTroops advanced.\n"), None, "an accessibility link");
        assert_eq!(title("3 min read\nTroops advanced.\n"), None);
        assert_eq!(title("Oct 9, 10:32 AM\nTroops advanced.\n"), None);
        assert_eq!(title("By Jane Roe and John Doe\nTroops advanced.\n"), None);
        assert_eq!(title(" date 2016-10-09 Troops advance on the city\nTroops advanced.\n").as_deref(), Some("Troops advance on the city"));
        // A headline printed twice is still the title.
        let twice = "Troops advance on the besieged city again\nTroops advance on the besieged city again\nTroops advanced.\n";
        assert_eq!(title(twice).as_deref(), Some("Troops advance on the besieged city again"));
        // A heading after the story has begun is a sub-heading: no title (a blank beats a guess).
        assert_eq!(title("Troops advanced.\nWhat comes next for the city\nMore text.\n"), None);
    }

    /// A bracketed link glued after a paragraph's last sentence is no sentence of the story.
    #[test]
    fn a_link_glued_after_a_paragraph_is_no_sentence() {
        let page =
            "Fighters broke the siege of the town on Monday. Fireworks lit up the night. [Continue reading…]\n\nThe town had been besieged since September.\n";
        let parsed = parse(&input(page), None);
        let texts: Vec<&str> = parsed.article.sentences.iter().map(|s| s.text.as_ref()).collect();
        assert_eq!(texts, ["Fighters broke the siege of the town on Monday.", "Fireworks lit up the night.", "The town had been besieged since September."]);
    }

    /// Of the headings above a story, the title is the one that retells its lead, not a
    /// site's name, a tagline or an address printed above it; those are no story either.
    /// A date printed after the headline dates the page.
    #[test]
    fn the_title_is_the_heading_that_retells_the_lead() {
        let story = "The United Nations says Syrian forces in Palmyra prevented civilians from leaving the city.\n\nThe UN cited credible sources.\n";
        for head in ["Committee for the Republic of Zembla", "1st Floor New Zealand House", "Swiss perspectives in 10 languages"] {
            let page = format!("{head}\n\nPalmyra: Syrian forces trapped civilians, UN says\n\n{story}");
            let parsed = parse(&input(&page), None);
            assert_eq!(parsed.article.title.as_deref(), Some("Palmyra: Syrian forces trapped civilians, UN says"), "{head}");
            let texts: Vec<&str> = parsed.article.sentences.iter().map(|s| s.text.as_ref()).collect();
            assert_eq!(texts.len(), 2, "{head}: {texts:?}");
            assert!(!texts.iter().any(|t| t.contains(head) || t.contains("trapped")), "{head}: {texts:?}");
        }
        // No heading retells the lead: the first is the title, as before.
        let unlike = format!("Zembla morning digest of the week\n\nWeather and markets in brief today\n\n{story}");
        assert_eq!(parse(&input(&unlike), None).article.title.as_deref(), Some("Zembla morning digest of the week"));
        let dated = format!("About Us Privacy Policy Terms and Conditions\n\nPalmyra: Syrian forces trapped civilians, UN says. May 22, 2015\n\n{story}");
        let parsed = parse(&input(&dated), None);
        assert_eq!(parsed.article.title.as_deref(), Some("Palmyra: Syrian forces trapped civilians, UN says"));
        assert_eq!(parsed.article.published.date.as_deref(), Some("2015-05-22"));
    }

    #[test]
    fn a_repost_names_its_source() {
        let parsed = parse(&input("Intro sentence.\n\nRT reports:\n\nCopied sentence.\n"), None);
        assert_eq!(parsed.repost_of.as_deref(), Some("RT"));
        assert_eq!(parsed.article.sentences.len(), 2);
    }
}
