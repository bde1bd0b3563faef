//! Time expressions: dates stated on a page ("7 Oct, 2016 12:29") and the
//! expressions inside sentences that date an event ("on Thursday", "back in
//! February", "in August 2015", "a year later"), resolved the way HeidelTime
//! resolves news text: against the article's publication date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use std::fmt;
use std::sync::OnceLock;

/// A calendar date known to the day, the month or only the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn day(date: NaiveDate) -> Self {
        PartialDate { year: date.year(), month: Some(date.month()), day: Some(date.day()) }
    }
    pub fn month(year: i32, month: u32) -> Self {
        PartialDate { year, month: Some(month), day: None }
    }
    pub fn year(year: i32) -> Self {
        PartialDate { year, month: None, day: None }
    }
    pub fn precision(&self) -> newsline_model::Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => newsline_model::Precision::Day,
            (Some(_), None) => newsline_model::Precision::Month,
            _ => newsline_model::Precision::Year,
        }
    }
    pub fn as_naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
    /// The first day of the period ("2016-02" → 1 February 2016).
    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

/// A date and optional time of day stated on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stated {
    pub date: NaiveDate,
    /// Minutes after midnight.
    pub minutes: Option<u32>,
}

impl Stated {
    pub fn time_label(&self) -> Option<String> {
        self.minutes.map(|m| format!("{:02}:{:02}", m / 60, m % 60))
    }
}

const MONTHS: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
/// Prepositions that may open an absolute date ("back in August 2015", "on October 3").
const PREP: &str = r"(?i:back in|in|on|since|from|of|until)";
const WEEKDAYS: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    NAMES.iter().position(|m| lower.starts_with(m)).map(|i| i as u32 + 1)
}

fn weekday(name: &str) -> Option<Weekday> {
    name.parse().ok()
}

fn regex(cell: &'static OnceLock<Regex>, pattern: impl FnOnce() -> String) -> &'static Regex {
    cell.get_or_init(|| Regex::new(&pattern()).expect("valid built-in pattern"))
}

fn clock(hour: &str, minute: &str, meridiem: Option<&str>) -> Option<u32> {
    let mut hour: u32 = hour.parse().ok()?;
    let minute: u32 = minute.parse().ok()?;
    match meridiem.map(|m| m.to_ascii_lowercase().replace('.', "")) {
        Some(m) if m == "pm" && hour < 12 => hour += 12,
        Some(m) if m == "am" && hour == 12 => hour = 0,
        _ => {}
    }
    (hour < 24 && minute < 60).then_some(hour * 60 + minute)
}

/// The pattern of a stated date with an optional time, as one regex source.
fn stated_pattern() -> String {
    let time = r"(?:,?\s*(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ap>[ap]\.?m\.?)?)?";
    format!(
        r"(?i:(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))(?:[ T](?P<ih>\d{{2}}):(?P<imi>\d{{2}}))?|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{MONTHS})\.?,?\s+(?P<dy>\d{{4}}){time}|(?P<mm>{MONTHS})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<my>\d{{4}}){time2})",
        time2 = time.replace("?P<h>", "?P<h2>").replace("?P<mi>", "?P<mi2>").replace("?P<ap>", "?P<ap2>"),
    )
}

fn stated_from(caps: &regex::Captures) -> Option<Stated> {
    if caps.name("iso").is_some() {
        let date = NaiveDate::from_ymd_opt(caps["iy"].parse().ok()?, caps["im"].parse().ok()?, caps["id"].parse().ok()?)?;
        let minutes = match (caps.name("ih"), caps.name("imi")) {
            (Some(h), Some(m)) => clock(h.as_str(), m.as_str(), None),
            _ => None,
        };
        return Some(Stated { date, minutes });
    }
    let (day, month, year, h, mi, ap) = if caps.name("dd").is_some() {
        (&caps["dd"], &caps["dm"], &caps["dy"], caps.name("h"), caps.name("mi"), caps.name("ap"))
    } else {
        (&caps["md"], &caps["mm"], &caps["my"], caps.name("h2"), caps.name("mi2"), caps.name("ap2"))
    };
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month_number(month)?, day.parse().ok()?)?;
    let minutes = match (h, mi) {
        (Some(h), Some(mi)) => clock(h.as_str(), mi.as_str(), ap.map(|a| a.as_str())),
        _ => None,
    };
    Some(Stated { date, minutes })
}

/// A line that is nothing but a date (and time): "7 Oct, 2016 12:29",
/// "October 7, 2016, 5:16 pm", "Published: 2016-10-07", "Friday, October 7, 2016 - 10:32".
/// The shapes are the named rules of [`crate::published`].
pub fn date_line(line: &str) -> Option<Stated> {
    crate::published::date_line(line).map(|(stated, _)| stated)
}

/// A date label that opens a line before the story ("date 2016-10-07 Russia said...").
/// Returns the stated date and the byte length of the label.
pub fn date_prefix(line: &str) -> Option<(Stated, usize)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = regex(&CELL, || {
        format!(
            r"^\s*(?i:(?:first |last )?(?:published|posted|updated|date)(?:\s+(?:on|at))?)\s*:?\s*(?:{WEEKDAYS},?\s+)?(?:{})\s*(?:GMT|UTC|ET|EDT|EST|BST)?\s+",
            stated_pattern()
        )
    });
    let head = line.trim_start().as_bytes();
    if head.len() < 4 || !matches!(head[0].to_ascii_lowercase(), b'p' | b'u' | b'd') {
        return None;
    }
    let caps = re.captures(line)?;
    Some((stated_from(&caps)?, caps.get(0)?.end()))
}

/// A scraper's month label opening a line ("date 2016-10 Russia said..."): the year,
/// the month and the byte length of the label. A month is not a day: it only dates the
/// page to its month.
pub fn month_prefix(line: &str) -> Option<(i32, u32, usize)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = regex(&CELL, || r"^\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)\s+".into());
    if !line.trim_start().starts_with("date ") {
        return None;
    }
    let caps = re.captures(line)?;
    let month: u32 = caps["m"].parse().ok()?;
    (1..=12).contains(&month).then(|| Some((caps["y"].parse().ok()?, month, caps.get(0)?.end())))?
}

/// A month and day without a year ("October 7", "Oct. 8"), as in datelines.
pub fn month_day(text: &str) -> Option<(u32, u32)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = regex(&CELL, || format!(r"^(?P<m>{MONTHS})\.?\s+(?P<d>\d{{1,2}})$"));
    let caps = re.captures(text.trim())?;
    Some((month_number(&caps["m"])?, caps["d"].parse().ok()?))
}

/// The year that puts a month and day nearest to (and not far after) a reference date.
pub fn nearest_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    [reference.year(), reference.year() - 1, reference.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - reference).num_days().abs())
}

/// What a time expression says about the event of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The event happened (or happens) at this date.
    Point(PartialDate),
    /// A span that points ahead ("within two months", "by the year's end"):
    /// not the date of the event that states it.
    Ahead,
    /// A length of time ("for nine weeks", "over the past weeks"): dates nothing.
    Duration,
    /// An expression that needs a publication date to resolve, and there is none.
    Unresolved,
    /// "last week": the calendar week before the report's, by its Monday. Too wide to
    /// date a sentence; what the sentence tells may be the act of a stated day in it.
    Week(NaiveDate),
    /// A date of something else the sentence mentions: a date used as an adjective
    /// ("the Sept. 9 cease-fire", "last week's threat") or in a clause of what came
    /// before ("after an air strike on Monday"). It dates a background event, never the
    /// sentence's own.
    Background(PartialDate),
}

/// A time expression found in a sentence; offsets are bytes within the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub role: Role,
    /// Its clause looks ahead ("will begin on Friday").
    pub ahead: bool,
}

impl Timex {
    /// The date it names to the day, as a point of its sentence or its background.
    pub fn day_or_background(&self) -> Option<PartialDate> {
        match self.role {
            Role::Point(date) | Role::Background(date) if date.day.is_some() => Some(date),
            _ => None,
        }
    }

    /// The whole day it points at, when it is a point with a day, month and year.
    pub fn day(&self) -> Option<NaiveDate> {
        match self.role {
            Role::Point(date) => date.as_naive(),
            _ => None,
        }
    }
}

fn strip_preposition(text: &str) -> &str {
    match text.find(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        Some(i) => &text[i..],
        None => text,
    }
}

/// A time set off after the clause it restates, nothing else in its own ("He'll be leaving
/// at the end of the month, on 31 August."): read with that clause.
fn restated_clause(sentence: &str, around: std::ops::Range<usize>, time: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let own = sentence[around.start..time.start].split_whitespace().count() + sentence[time.end..around.end].split_whitespace().count();
    let comma_before = sentence[..around.start].trim_end().ends_with(',');
    if own > RESTATED_TIME_WORDS || !comma_before || around.start < 2 {
        return around;
    }
    let comma = sentence[..around.start].trim_end().len() - 1;
    clause(sentence, comma, comma).start..around.end
}

/// Words besides the time (its preposition) a clause that only restates a time may hold.
const RESTATED_TIME_WORDS: usize = 1;

/// The clause around a span: up to the nearest comma, semicolon or "that" on either side.
fn clause(sentence: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let before = &sentence[..start];
    let from = [before.rfind(','), before.rfind(';'), rfind_fixed!(" that ", before).map(|i| i + 5)].into_iter().flatten().max().map_or(0, |i| i + 1);
    let after = &sentence[end..];
    let to = [after.find(','), after.find(';'), find_fixed!(" that ", after)].into_iter().flatten().min().map_or(sentence.len(), |i| end + i);
    from.min(start)..to.max(end)
}

/// Whether a clause tells what is to come: an auxiliary of the future, a plan or a schedule,
/// "set to" or "set for" after a verb or alone as a participle ("with the mandate set to
/// expire at midnight Friday", "another showdown set for Friday"), what may yet happen ("the
/// conference could take place in July").
fn future_tense(sentence: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, || {
        r"(?i)(?-u:\b)(?:will|shall|'ll|’ll|is to|are to|is going to|are going to|plans? to|planned to|is scheduled|are scheduled|is due|are due|is expected to|are expected to|set to|set for|(?:was|were|had been)(?: already)? (?:scheduled|due|expected) to|to be held|to take place|as early as|as soon as|look(?:s|ed|ing)? forward to|(?:could|might|may)(?: also| still| now)? (?:take place|be held|happen|begin|start|resume|convene))(?-u:\b)".into()
    })
    .is_match(sentence)
}

/// Past verbs of saying: a time right beside one dates the saying ("Lavrov said on
/// Monday Russia will respond"), whatever the tense of what was said.
const PAST_SAYING: &[&str] = &["said", "told", "announced", "stated", "added", "declared", "warned", "insisted", "stressed", "confirmed", "wrote"];

/// Whether the time at `start..end` stands right beside a past verb of saying, or right
/// before a past verb whose subject it follows ("The council Wednesday condemned …, calling
/// for those responsible to be held accountable": the act is past, whatever comes later).
fn dates_a_saying(sentence: &str, start: usize, end: usize) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let before = sentence[..start].split_whitespace().next_back().map(bare);
    let after = sentence[end..].split_whitespace().next().map(bare);
    let past_act_after = sentence[end..].starts_with(' ')
        && after.as_deref().is_some_and(|w| w.len() > 3 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()) || PAST_IRREGULAR.contains(&w));
    past_act_after || [before, after].into_iter().flatten().any(|w| PAST_SAYING.contains(&w.as_str()))
}

/// The clause whose verb a time tells of: its own, or for a time set off at the sentence's
/// start ("On Saturday, the mandate expires.") the clause after it, up to a verb of saying
/// ("On Monday, Lavrov said Russia will respond": what was said is not the day's verb).
fn told_clause(sentence: &str, around: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let fronted = around.start == 0 && sentence[around.end..].starts_with(',');
    if !fronted {
        return around;
    }
    let next = clause(sentence, around.end + 1, around.end + 1);
    let text = &sentence[next.clone()];
    let saying = text.split_whitespace().find(|w| PAST_SAYING.contains(w)).map(|w| w.as_ptr() as usize - text.as_ptr() as usize);
    around.start..next.start + saying.unwrap_or(text.len())
}

/// The clause a time is told in, from a subordinator with a past verb of its own before the
/// time ("the mission he was due to carry out before his jet crashed in Syria in December":
/// the crash is past, whatever was due).
fn past_subordinate(sentence: &str, told: std::ops::Range<usize>, time: usize) -> std::ops::Range<usize> {
    let before = &sentence[told.start..time.max(told.start)];
    let opener = PAST_SUBORDINATORS.iter().filter_map(|w| before.rfind(w).map(|at| at + w.len())).max();
    match opener {
        Some(at) if before[at..].split_whitespace().any(|w| is_past(&w.to_ascii_lowercase())) => told.start + at..told.end,
        _ => told,
    }
}

/// Subordinators that open a clause of an act of its own within a sentence's clause.
const PAST_SUBORDINATORS: &[&str] = &[" before ", " after ", " when ", " because "];

/// Present forms of verbs of a term or a timetable: with a day, what they tell is
/// scheduled, so ahead ("On Saturday, the aid mandate expires", "Talks begin on Monday").
const SCHEDULE_VERBS: &[&str] =
    &["expires", "expire", "begins", "begin", "starts", "start", "ends", "end", "resumes", "resume", "opens", "open", "convenes", "convene"];

/// Whether a clause tells a term or timetable in the present ("the mandate expires", "the
/// truce takes effect"), not after "to" or an auxiliary ("agreed to begin", "did not end"),
/// nor as a noun after a determiner ("by the end of Friday").
fn scheduled_present(clause: &str) -> bool {
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(i, w)| {
        let bound = i.checked_sub(1).is_some_and(|p| {
            matches!(words[p], "to" | "did" | "didn't" | "not" | "t" | "would" | "could" | "might" | "may" | "the" | "an" | "its" | "their" | "this")
        });
        let takes_effect = matches!(*w, "takes" | "take" | "comes" | "come") && matches!(words.get(i + 1), Some(&("effect" | "into")));
        (SCHEDULE_VERBS.contains(w) || takes_effect) && !bound
    })
}

/// A future seen from a past statement: "would" before the time in its clause, as in "told
/// a meeting that the pullout would start on Tuesday", with no verb of saying between them
/// ("it would respond, he said on Tuesday" dates the saying) and not a past of refusal
/// ("would not say on Monday") or of what might have been ("would have").
fn future_in_past(before: &str) -> bool {
    // "told a news conference that Assad could attend the summit … on 19 May": "could",
    // "might" and "may" too, unless denied ("could not reach the town on Monday" is past).
    let Some((at, modal)) = [" would ", " could ", " might ", " may "].iter().filter_map(|m| Some((before.rfind(m)?, *m))).max() else { return false };
    let after = &before[at + modal.len()..];
    let words: Vec<&str> = after.split_whitespace().collect();
    let refusal =
        words.first() == Some(&"not") && words.get(1).is_some_and(|w| ["say", "comment", "confirm", "disclose", "elaborate", "give", "speculate"].contains(w));
    let denied = modal != " would " && words.first().is_some_and(|w| ["not", "never", "no"].contains(w));
    let saying = words.iter().any(|w| ["said", "says", "told", "announced", "stated", "added"].contains(w));
    !refusal && !denied && !saying && words.first() != Some(&"have")
}

/// The latest `day` on or before `reference` (or strictly before/after, or on or after).
fn resolve_weekday(day: Weekday, reference: NaiveDate, forward: bool, strict: bool) -> NaiveDate {
    let r = reference.weekday().num_days_from_monday() as i64;
    let d = day.num_days_from_monday() as i64;
    if forward {
        let mut ahead = (d - r).rem_euclid(7);
        if strict && ahead == 0 {
            ahead = 7;
        }
        reference + Duration::days(ahead)
    } else {
        let mut back = (r - d).rem_euclid(7);
        if strict && back == 0 {
            back = 7;
        }
        reference - Duration::days(back)
    }
}

fn shift_months(date: PartialDate, months: i32) -> PartialDate {
    match date.month {
        Some(m) => {
            let total = date.year * 12 + m as i32 - 1 + months;
            PartialDate::month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
        }
        None => PartialDate::year(date.year + months / 12),
    }
}

/// `anchor` moved by `n` (signed) of `unit` ("year", "month", "week", "day"), at the
/// precision the count allows; none past the calendar's range ("99999999 days ago").
fn shift(anchor: PartialDate, n: i32, unit: &str) -> Option<PartialDate> {
    let sign = n.signum();
    let n = n.checked_abs()?;
    let years = |k: i32| anchor.year.checked_add(k.checked_mul(sign)?).filter(|y| (1..=9999).contains(y));
    let months = |k: i32| {
        let k = k.checked_mul(sign)?;
        (k.abs() <= 12 * 9999).then(|| shift_months(anchor, k)).filter(|d| (1..=9999).contains(&d.year))
    };
    let days = |k: i32| chrono::Duration::try_days(i64::from(k) * i64::from(sign)).and_then(|by| anchor.as_naive()?.checked_add_signed(by));
    Some(match unit {
        // "three years ago" names a year, not a month: counted in years, it is that rough
        // ("a year ago", "a year later" are as often the month's anniversary).
        "year" if anchor.month.is_none() || n >= 2 => PartialDate::year(years(n)?),
        "year" => months(n.checked_mul(12)?)?,
        "month" => months(n)?,
        _ if anchor.as_naive().is_none() => anchor,
        // "two weeks ago" is only roughly a day: it names the month.
        "week" if n >= 2 => {
            let shifted = days(n.checked_mul(7)?)?;
            PartialDate::month(shifted.year(), shifted.month())
        }
        "week" => PartialDate::day(days(7 * n)?),
        _ => PartialDate::day(days(n)?),
    })
}

/// "IS forces recaptured Palmyra eight months later": the date a count of units "later"
/// (the text of a time expression left unresolved in its sentence) names after `anchor`,
/// the point of the story told just before it.
pub fn later_than(text: &str, anchor: PartialDate) -> Option<PartialDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [.., count, unit, last] = words.as_slice() else { return None };
    let unit = unit.to_ascii_lowercase();
    let unit = unit.trim_end_matches('s');
    (last.eq_ignore_ascii_case("later") && ["year", "month", "week", "day"].contains(&unit)).then_some(())?;
    shift(anchor, number_word(count)?, unit)
}

fn number_word(word: &str) -> Option<i32> {
    match word.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        other => other.parse().ok(),
    }
}

/// Finds and resolves the time expressions of one sentence.
///
/// `reference` is the article's publication date; without it only absolute
/// expressions resolve. Expressions are returned in text order, never overlapping.
/// Cheap test before the full pattern: most sentences state no time at all.
fn may_hold_time(sentence: &str) -> bool {
    static CELL: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let triggers = CELL.get_or_init(|| {
        let words = [
            "day",
            "week",
            "month",
            "year",
            "hour",
            "today",
            "tonight",
            "morning",
            "afternoon",
            "evening",
            "yesterday",
            "tomorrow",
            "ago",
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "within",
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
        ];
        aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(words).expect("trigger words")
    });
    triggers.is_match(sentence)
}

/// Words after which a date belongs to the noun it modifies ("the Sept. 9 cease-fire").
const ATTRIBUTIVE_BEFORE: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];
/// Words that open a clause of what came before or after the sentence's own act.
const OTHER_ACT: &[&str] = &["after", "following", "before", "since", "amid"];

/// Whether a date at `start` dates something other than the sentence's own act.
fn dates_something_else(sentence: &str, start: usize) -> bool {
    let before = &sentence[..start];
    let mut words = before.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).rev();
    let previous = words.next().unwrap_or("").to_ascii_lowercase();
    if ATTRIBUTIVE_BEFORE.contains(&previous.as_str()) {
        // "At the Monday's press conference, the ministry said …": where the sentence's act
        // took place is its own time; so is the subject's opening the sentence ("A Monday
        // evening statement by White House Press Secretary Sean Spicer said …").
        return words.next().is_some_and(|w| !matches!(w.to_ascii_lowercase().as_str(), "at" | "during"));
    }
    if previous.ends_with("'s") || previous.ends_with("’s") {
        return true;
    }
    // "after an air strike on Monday": an "after" clause since the last comma.
    let clause_start = before.rfind([',', ';', '(']).map_or(0, |i| i + 1);
    let clause: Vec<String> = before[clause_start..].split_whitespace().map(|w| w.to_ascii_lowercase()).collect();
    // "suspended after an air strike hit a 31-truck convoy late on Monday": "after" may
    // stand a few words back, within the clause. (Not "before": "deliberated for nine
    // weeks before approval given on Friday" tells of Friday's approval.)
    // A clause opening on "after" is all the earlier act's, however long ("…, after Moscow
    // claimed Belgian jets from the coalition killed six civilians in a village on Tuesday").
    let opens_after = clause.first().is_some_and(|w| w == "after" || w == "following");
    if opens_after
        || (clause.len() <= 8 && clause.iter().any(|w| OTHER_ACT.contains(&w.as_str())))
        || clause.iter().rev().take(10).any(|w| w == "after" || w == "following")
    {
        return true;
    }
    // ", which Israelis captured from Syria during the Six Day War in 1967", ", who took over
    // as head of the group on Oct. 31, 2019": a clause a relative pronoun opens after a comma,
    // with a past act of its own, runs on to the date, which is that act's. (", which has been
    // conducting missions since …" tells no act of its own.)
    let opens_relative = clause_start > 0
        && clause.len() <= RELATIVE_REACH
        && clause.first().is_some_and(|w| matches!(w.as_str(), "which" | "who" | "whose"))
        && clause.iter().skip(1).take(RELATIVE_VERB_WORDS).any(|w| is_past(w));
    opens_relative
        || in_relative_clause(&clause)
        || after_a_participle(&clause)
        || commemorates(&clause)
        || in_a_since_clause(&clause)
        || in_a_trailing_since_clause(before)
        || in_response_to(before)
        || in_a_past_clause(&clause)
}

/// "ordered the strikes in response to the deadly attack on U.S. forces at Tower 22, a small
/// outpost in northeast Jordan, last Sunday": a time in what an act answers is that act's,
/// across the commas of its noun phrase.
fn in_response_to(before: &str) -> bool {
    let Some(at) = RESPONSE_OPENERS.iter().filter_map(|o| before.rfind(o).map(|at| at + o.len())).max() else { return false };
    let phrase = &before[at..];
    let ended = phrase.contains(';') || phrase.contains(", and ") || phrase.contains(", but ");
    !ended && phrase.split_whitespace().count() <= RESPONSE_REACH
}

/// What opens the phrase of what an act answers.
const RESPONSE_OPENERS: &[&str] = &[" in response to ", " in retaliation for ", " in reprisal for ", " in revenge for "];
/// Most words of that phrase before its time.
const RESPONSE_REACH: usize = 25;

/// Whether the date ends a subordinate clause with a past act of its own, whose date it is:
/// one the clause since the comma opens on "as" or "when" ("…, as he abruptly announced in
/// December"), or one a "before" opens with its past verb within three words ("the mission
/// he was due to carry out before his jet crashed in Syria in December"; "deliberated for
/// nine weeks before approval given on Friday", with no such verb, tells of Friday's
/// approval).
fn in_a_past_clause(clause: &[String]) -> bool {
    let opens_on = clause.first().is_some_and(|w| w == "as" || w == "when") && clause[1..].iter().any(|w| is_past(w));
    opens_on || clause.iter().rposition(|w| w == "before").is_some_and(|at| clause[at + 1..].iter().take(RELATIVE_VERB_WORDS).any(|w| is_past(w)))
}

/// "… the most significant achievement since it launched a bombing campaign, criticised by
/// the West, to support Assad in September": a "since" clause inside the sentence, with a
/// verb of its own, runs on across commas to the date, which is its act's. (A sentence
/// opening on "Since …," ends that clause at its comma; a ";" or ", and" ends it too.)
fn in_a_trailing_since_clause(before: &str) -> bool {
    let Some(at) = find_fixed!(" since ", before) else { return false };
    let clause = &before[at + " since ".len()..];
    let ended = clause.contains(';') || clause.contains(", and ") || clause.contains(", but ");
    !ended && clause.contains(',') && crate::tense::main_clause(clause).tense != crate::tense::Tense::Unknown
}

/// "the deadliest incident since its air campaign began last September": a "since" with a
/// verb after it opens a clause of its own act, which the date is of (a "since" with only a
/// noun after it opens a span: [`bounds_a_span`]).
fn in_a_since_clause(clause: &[String]) -> bool {
    let Some(at) = clause.iter().rposition(|w| w == "since") else { return false };
    crate::tense::main_clause(&clause[at + 1..].join(" ")).tense != crate::tense::Tense::Unknown
}

/// Prepositions before a noun phrase that a participle may follow.
const PREPOSITIONS: &[&str] = &["to", "of", "on", "in", "at", "for", "against", "from", "with", "about", "into", "over"];
/// Past participles that do not end in "-ed".
const IRREGULAR_PARTICIPLES: &[&str] =
    &["struck", "hit", "held", "made", "signed", "shot", "taken", "given", "sent", "brought", "shown", "begun", "won", "lost", "drawn"];

/// Most words of the noun phrase before such a participle, its determiner and preposition
/// included ("on the League of Arab States initiative proposed on November 2, 2011").
const PARTICIPLE_NOUN_WORDS: usize = 6;

/// "what happened to the aid convoy struck on Monday": the date ends a participle
/// clause about a noun in a prepositional phrase (a preposition, a determiner, a few
/// words, the participle), so it dates that noun's act, not the sentence's own. Not "The
/// jets struck on Monday", where the participle is the sentence's own verb.
fn after_a_participle(clause: &[String]) -> bool {
    let mut words = clause.iter().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut participle = words.next().unwrap_or("");
    if participle == "on" || participle == "late" {
        participle = words.next().unwrap_or("");
    }
    let is_participle = participle.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&participle);
    let noun = words.next().unwrap_or("");
    if !is_participle || noun.is_empty() || matches!(noun, "was" | "were" | "been" | "being" | "is" | "are" | "has" | "have" | "had" | "be") {
        return false;
    }
    let rest: Vec<&str> = words.take(PARTICIPLE_NOUN_WORDS).collect();
    rest.iter().position(|w| matches!(*w, "the" | "a" | "an")).is_some_and(|at| rest.get(at + 1).is_some_and(|p| PREPOSITIONS.contains(p)))
}

/// Whether a match starts inside a longer number ("2,500 years ago", "1.5 years"): the
/// count read would be its tail.
fn cut_from_a_number(before: &str) -> bool {
    let bytes = before.as_bytes();
    matches!(bytes, [.., d, b',' | b'.'] if d.is_ascii_digit())
}

/// Whether a date at `start..end` opens or closes a span of time ("served as envoy from
/// 2003 until 2010", "between May and July", "until Thursday"): a period, not a point.
fn bounds_a_span(sentence: &str, start: usize, end: usize) -> bool {
    // The rules may take the preposition into the match ("from 2003").
    let opening = sentence[start..end].split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let previous = match opening.as_str() {
        "from" | "between" | "until" | "till" | "through" => opening,
        _ => sentence[..start].split_whitespace().next_back().unwrap_or("").to_ascii_lowercase(),
    };
    let next = sentence[end..].split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let closes = matches!(previous.as_str(), "until" | "till" | "through" | "to" | "and") && {
        // "from 2003 until 2010": the span's start is a time too.
        let before = &sentence[..start];
        before.rfind(|c: char| c.is_ascii_digit()).is_some_and(|at| before[at..].split_whitespace().count() <= 2)
    };
    let opens = matches!(previous.as_str(), "from" | "between") && matches!(next.as_str(), "until" | "till" | "through" | "to" | "and");
    // "have died since Friday": the span's start, not the day of an act; "as of 12 April, the
    // parties appeared to observe the truce": the time a state is told at, not an act's.
    // (The rules may take the "of" into the match.)
    let of_taken = sentence[start..end].split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("of"));
    let as_of = if of_taken {
        previous == "as"
    } else {
        previous == "of" && sentence[..start].split_whitespace().rev().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("as"))
    };
    opens
        || closes
        || as_of
        || matches!(previous.as_str(), "until" | "till" | "since")
        || since_a_start(&sentence[..start])
        || another_bound(&sentence[..start])
}

/// Whether the words before a date offer it as another choice of a bound just named: "has
/// until Sunday night, maybe even Monday", "until Friday or Saturday" (a deadline, not a day
/// of an act).
fn another_bound(before: &str) -> bool {
    let words: Vec<String> = before.split_whitespace().rev().take(6).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase()).collect();
    let choice = |w: &str| matches!(w, "or" | "maybe" | "perhaps" | "possibly");
    let offered = match words.first().map(String::as_str) {
        Some("even") => words.get(1).is_some_and(|w| choice(w)),
        Some(w) => choice(w),
        None => false,
    };
    offered && words.iter().skip(1).any(|w| matches!(w.as_str(), "until" | "till"))
}

/// Whether the words before a date hold "since" and a noun of its start with no verb
/// between: "killed since the beginning of the unrest in mid-March" (the span's start; "since
/// protests erupted in mid-March" tells an act, dated).
fn since_a_start(before: &str) -> bool {
    let clause = before.rsplit_once([',', ';', '(']).map_or(before, |(_, tail)| tail);
    let words: Vec<&str> = clause.split_whitespace().rev().take(SINCE_REACH + 1).collect();
    let Some(at) = words.iter().position(|w| w.eq_ignore_ascii_case("since")) else { return false };
    let phrase = words[..at].iter().rev().copied().collect::<Vec<_>>().join(" ");
    let names_a_start = phrase.split_whitespace().any(|w| matches!(w, "beginning" | "start" | "outbreak" | "onset" | "peak" | "height"));
    names_a_start && crate::tense::main_clause(&phrase).tense == crate::tense::Tense::Unknown
}

/// Most words between "since" and the date it opens a span from ("since the peak of the
/// migrant crisis in").
const SINCE_REACH: usize = 8;

/// Whether a date at `start..end` is a possessive naming another act ("not involved in
/// Monday's strike"): unless it opens the sentence ("Saturday's capture of the district
/// came …", the sentence's own act) or says where the act took place ("at the Monday's
/// press conference").
fn dates_a_noun(sentence: &str, start: usize, end: usize) -> bool {
    let after = &sentence[end..];
    if !(after.starts_with("'s ") || after.starts_with("’s ")) {
        return false;
    }
    let before: Vec<String> = sentence[..start].split_whitespace().rev().take(2).map(|w| w.to_ascii_lowercase()).collect();
    let place = before.iter().any(|w| matches!(w.as_str(), "at" | "during"));
    !before.is_empty() && !place
}

/// Most words between an occasion's noun and the preposition that sends someone to it ("to
/// an Arab League summit").
const OCCASION_REACH: usize = 4;

/// Whether a date at `start..end` is part of the name of another act: opening on its
/// article before a name ("in line with the 2 November 2011 Action Plan") or coming after
/// a happening's noun and "of" ("its decisions of 22 January"). Such a date is that act's,
/// not the sentence's ("At the Monday's press conference" keeps where the act took place).
fn dates_a_named_act(sentence: &str, start: usize, end: usize) -> bool {
    let found = &sentence[start..end];
    let opens = |word: &str| found.get(..word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word));
    if opens("the ") {
        let previous = sentence[..start].split_whitespace().next_back().unwrap_or("").to_ascii_lowercase();
        let next = sentence[end..].split_whitespace().next().unwrap_or("");
        let names = next.starts_with(|c: char| c.is_uppercase()) && !MONTH_OR_DAY_WORDS.iter().any(|w| next.starts_with(w));
        return names && !matches!(previous.as_str(), "at" | "during" | "on");
    }
    if opens("on ") {
        // "to invite Assad to an Arab League summit on May 19": the date of an occasion the
        // sentence sends someone to, not of its own act.
        let mut back = sentence[..start].split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        let noun = back.next().unwrap_or_default();
        let occasion = crate::data::is_act_noun(&noun) || noun.strip_suffix('s').is_some_and(crate::data::is_act_noun);
        return occasion && back.take(OCCASION_REACH).any(|w| matches!(w.as_str(), "to" | "for" | "ahead"));
    }
    if opens("of ") {
        // "the Geneva Communiqué of 30 June 2012": a name's own date too.
        let previous = sentence[..start].split_whitespace().next_back().unwrap_or("");
        let named = previous.starts_with(char::is_uppercase) && previous.ends_with(char::is_alphabetic);
        let noun = previous.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        return named || crate::data::is_act_noun(&noun) || noun.strip_suffix('s').is_some_and(crate::data::is_act_noun);
    }
    false
}

/// Capitalised words after a date that are a time's own (its zone, "AM"), no name.
const MONTH_OR_DAY_WORDS: &[&str] = &["GMT", "UTC", "ET", "EST", "EDT", "AM", "PM", "A.M.", "P.M."];

/// Whether a bare day (no "on") right after a noun of a happening dates that happening
/// while the main clause is in the present perfect: "Assad has denied carrying out the
/// chemical attack Tuesday". A past day cannot date a present perfect, so the day is the
/// attack's, not the denial's ("Russia launched the strike Tuesday" keeps its day).
fn dates_the_object_of_a_perfect(sentence: &str, start: usize, found: &str) -> bool {
    if found.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("on")) {
        return false;
    }
    let previous = sentence[..start].split_whitespace().next_back().unwrap_or("");
    let noun = previous.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    !previous.ends_with([',', ';', ':']) && crate::data::is_act_noun(&noun) && crate::tense::main_clause(sentence).tense == crate::tense::Tense::Perfect
}

/// Whether a date at `start..end` is the subject of a present or future "is" ("Putin
/// announced that Dec. 26 is a day of mourning", "Friday will be the deadline"): the day is
/// named, set or planned, and the sentence's act is not of it. A past "was" tells of that
/// day ("Tuesday was the deadliest day"), and a date after a preposition is no subject.
fn names_a_day(sentence: &str, start: usize, end: usize) -> bool {
    let after = sentence[end..].trim_start();
    let copula = ["is ", "will be ", "would be ", "shall be "].iter().any(|c| after.starts_with(c));
    // The word before it, or its own first word ("on Friday").
    let preposition = |word: &str| {
        matches!(word.to_ascii_lowercase().as_str(), "on" | "by" | "until" | "till" | "from" | "since" | "before" | "after" | "of" | "for" | "to" | "at" | "in")
    };
    let before = sentence[..start].split_whitespace().next_back().unwrap_or("");
    let first = sentence[start..end].split_whitespace().next().unwrap_or("");
    copula && !preposition(before) && !preposition(first)
}

/// Verbs whose "that" opens what was said or thought, not a relative clause (also read by
/// [`crate::headline`]).
pub(crate) const TAKES_THAT: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "announced",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "warned",
    "stressed",
    "noted",
    "insisted",
    "claimed",
    "argued",
    "explained",
    "declared",
    "reported",
    "confirmed",
    "denied",
    "adding",
    "ensure",
    "hope",
    "hopes",
    "revealed",
    "suggested",
    "agreed",
    "hoped",
    "feared",
    "knew",
    "know",
    "clear",
    "so",
    "now",
    "such",
    "and",
    "but",
];

/// "an effort that Kerry began on Saturday", "the talks, which resumed on Monday", "the
/// troops who came under fire on February 27": the
/// date ends a relative clause (at most a few words long) about a noun, so it dates
/// what that noun did, not the sentence's own act. A "that" after a verb of saying opens
/// what was said and is left alone.
/// Farther back ("the Su-57 jets that made their combat debut in the skies over Syria two
/// months ago"), up to [`RELATIVE_REACH`] words, only where a past verb follows the
/// pronoun: a "that" farther off is as often a determiner ("in that city").
fn in_relative_clause(clause: &[String]) -> bool {
    let n = clause.len();
    let relative = |i: usize| match clause[i].as_str() {
        "which" => true,
        // "the Turkish military who came under fire … on February 27": a person's clause;
        // "a rebel leader whose forces toppled Assad's regime earlier this month": its own.
        "who" | "whose" => i > 0,
        "that" => i > 0 && !TAKES_THAT.contains(&clause[i - 1].as_str()),
        _ => false,
    };
    let past_verb_after = |i: usize| clause.get(i + 1).is_some_and(|w| is_past(w));
    // "the Iranian military that former President Donald Trump designated a terrorist
    // organization in 2019": a subject of a few words between the pronoun and its past verb
    // (not a "that" after a preposition, a determiner: "in that city the army captured").
    let subject_then_past = |i: usize| {
        let determiner = clause[i] == "that" && clause.get(i.wrapping_sub(1)).is_some_and(|w| PREPOSITIONS.contains(&w.as_str()));
        // (The pronoun its own clause's subject, "that was not allowed to refuel … two weeks
        // ago", is read above: the time may be the sentence's own.)
        let own_subject = clause.get(i + 1).is_some_and(|w| !AUXILIARIES.contains(&w.as_str()));
        !determiner && own_subject && clause[i + 1..].iter().take(RELATIVE_SUBJECT_WORDS + 1).any(|w| is_past(w))
    };
    (n.saturating_sub(6)..n).any(relative)
        || (n.saturating_sub(RELATIVE_REACH)..n.saturating_sub(6)).any(|i| relative(i) && (past_verb_after(i) || subject_then_past(i)))
}

/// Most words of a relative clause's own subject before its past verb ("that former
/// President Donald Trump designated").
const RELATIVE_SUBJECT_WORDS: usize = 4;
/// Auxiliaries right after a relative pronoun: the pronoun is the clause's subject.
const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "had", "have", "been", "be", "would", "could", "will"];

/// ", who last month won a World Press Photo award": a time right after a relative pronoun
/// opening a clause after a comma, before the clause's past verb, is that clause's act's.
fn fronted_in_a_relative_clause(sentence: &str, start: usize, end: usize) -> bool {
    let opener = sentence[..start].trim_end();
    let relative = ["who", "which"].iter().any(|w| opener.strip_suffix(w).is_some_and(|rest| rest.trim_end().ends_with(',')));
    relative && sentence[end..].split_whitespace().next().is_some_and(is_past)
}

/// Most words from a relative pronoun opening a clause to its past verb ("which Israelis
/// captured", "whose father was assassinated").
const RELATIVE_VERB_WORDS: usize = 3;
/// Most words between a relative pronoun and the date that ends its clause.
const RELATIVE_REACH: usize = 12;
/// Whether a lower-cased word reads as a past verb: "-ed", or an irregular past.
fn is_past(word: &str) -> bool {
    word.ends_with("ed") || PAST_IRREGULAR.contains(&word)
}

/// Past tenses that do not end in "-ed", for a relative clause's verb.
const PAST_IRREGULAR: &[&str] = &["made", "began", "took", "struck", "hit", "held", "won", "lost", "came", "went", "left", "fell", "led", "shot", "saw"];

/// "the parade commemorating victory over Nazi Germany 73 years ago", "marking the
/// anniversary of the uprising in March 2011": the date is of what is commemorated, not
/// of the sentence's act (the participle within [`COMMEMORATION_REACH`] words, no comma).
fn commemorates(clause: &[String]) -> bool {
    clause.iter().rev().take(COMMEMORATION_REACH).any(|w| COMMEMORATING.contains(&w.as_str()))
}

pub(crate) const COMMEMORATING: &[&str] = &["commemorating", "marking", "celebrating", "honouring", "honoring", "remembering", "mourning"];
const COMMEMORATION_REACH: usize = 8;

mod groups;
mod rules;

/// The rules' expressions, built once.
struct Engines {
    /// Each rule's pattern as the engines read it (see [`rule_patterns`]).
    patterns: Vec<String>,
    /// One pattern per rule; the first rule (in the table's order) matching leftmost wins,
    /// as in one alternation of them, and its pattern id names it.
    /// Built without the rules' groups (each rule's groups come from `each`): fewer NFA
    /// states to compile and for its lazy DFA to walk through as it builds its states.
    all: regex_automata::meta::Regex,
    /// The same with the groups, for a span too long for `each` (see [`captures_of`]):
    /// built only if one is met.
    grouped: OnceLock<regex_automata::meta::Regex>,
    /// Each rule's pattern alone, for the groups of that rule's match: the bounded
    /// backtracker clears a visited set of (NFA states × match length) bits for every
    /// search, and the joined NFA holds every rule's states (most of the cost was that
    /// clearing, not the search). Each is built on its rule's first match: a rule that
    /// never matches in a run is never compiled.
    each: Vec<OnceLock<BoundedBacktracker>>,
}

/// The rules' patterns, their digits ASCII: `\d` is Unicode's decimal digits (some 70
/// scripts, each a UTF-8 branch of the NFA that every DFA state expecting a digit carries),
/// while every rule reads its digits with `str::parse`, which takes ASCII digits only.
fn rule_patterns() -> Vec<String> {
    rules::RULES.iter().map(|r| (r.pattern)().replace(r"\d", "[0-9]")).collect()
}

fn engines() -> &'static Engines {
    static CELL: OnceLock<Engines> = OnceLock::new();
    CELL.get_or_init(|| {
        let patterns = rule_patterns();
        let all = regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Regex::config().which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit))
            .build_many(&patterns)
            .expect("valid built-in rules");
        let each = patterns.iter().map(|_| OnceLock::new()).collect();
        Engines { patterns, all, grouped: OnceLock::new(), each }
    })
}

impl Engines {
    /// The joined rules with their groups.
    fn grouped(&self) -> &regex_automata::meta::Regex {
        self.grouped.get_or_init(|| regex_automata::meta::Regex::new_many(&self.patterns).expect("valid built-in rules"))
    }

    /// Rule `id`'s own pattern, for its groups.
    fn each(&self, id: usize) -> &BoundedBacktracker {
        self.each[id].get_or_init(|| BoundedBacktracker::new(&self.patterns[id]).expect("valid built-in rule"))
    }
}

/// The groups of `m`, a match of the joined rules in `sentence`: rule `m.pattern()`'s own
/// pattern, anchored on the match's span, as the joined regex's captures would have them
/// (the same pattern, the same leftmost-first search on the same span; the look-arounds see
/// the whole sentence either way).
fn captures_of(engines: &Engines, sentence: &str, m: regex_automata::Match) -> Captures {
    thread_local! {
        static CACHES: std::cell::RefCell<Vec<Option<backtrack::Cache>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let id = m.pattern();
    let input = Input::new(sentence).span(m.range());
    let engine = engines.each(id.as_usize());
    let mut caps = engine.create_captures();
    let found = CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        if caches.len() < engines.each.len() {
            caches.resize_with(engines.each.len(), || None);
        }
        let cache = caches[id.as_usize()].get_or_insert_with(|| engine.create_cache());
        engine.try_search(cache, &input.clone().anchored(Anchored::Yes), &mut caps).is_ok() && caps.is_match()
    });
    if found {
        return caps;
    }
    // A span too long for the backtracker's visited set: the joined regex's own captures.
    let grouped = engines.grouped();
    let mut caps = grouped.create_captures();
    grouped.search_captures(&input.anchored(Anchored::Pattern(id)), &mut caps);
    caps
}

/// The time expressions of a sentence (see [`rules`]), each with its role; relative ones
/// resolve against `reference`, the publication date.
pub fn find(sentence: &str, reference: Option<NaiveDate>) -> Vec<Timex> {
    find_dated(sentence, Dating { reference, ..Dating::default() })
}

/// What an article's time expressions are read against.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Dating {
    /// The publication date (or the occasion a page records): relative times count from it.
    pub reference: Option<NaiveDate>,
    /// The day a copy's dateline says it was filed (see [`find_dated`]).
    pub filed: Option<NaiveDate>,
    /// With no reference: the year months and days are read in.
    pub year_of: Option<NaiveDate>,
    /// With no reference: the day weekdays count back from, the day after the date of a dated
    /// article telling the same story (an undated page's "on Wednesday" is the Wednesday of
    /// its story's week).
    pub week_of: Option<NaiveDate>,
}

/// As [`find`], in a copy whose dateline says it was `filed` before the page's day: a day
/// counted back from the page ("on Sunday", "today") that falls after the filing is the
/// filing day, for a story cannot tell of a day it was written before. In an article with
/// no date of its own (`reference` none), months and days are read in the year of
/// `year_of` (the corpus's latest day, or its story's), and weekdays count back from
/// `week_of` when a dated article tells its story; "today" and "yesterday" stay
/// unresolved, as nothing gives the page's own day.
pub fn find_dated(sentence: &str, dating: Dating) -> Vec<Timex> {
    date_readings(sentence, &readings(sentence), dating)
}

/// A rule's match in a sentence, read as far as the dating plays no part: its groups and
/// the tense of the clause around it. A page's sentences read once serve every dating
/// they are read by ([`date_readings`]); [`find_dated`] is both steps.
pub struct Reading {
    /// The rule's index in [`rules::RULES`] (the groups may be its own pattern's, numbered 0).
    rule: usize,
    caps: Captures,
    future: bool,
    seen_from_past: bool,
}

/// The rules' matches in a sentence (the search, each match's groups and its clause's
/// tense), for [`date_readings`].
pub fn readings(sentence: &str) -> Vec<Reading> {
    if !may_hold_time(sentence) {
        return Vec::new();
    }
    let engines = engines();
    let mut out = Vec::new();
    // The matches alone first (the lazy DFA), their groups only for the rule that matched.
    for m in engines.all.find_iter(sentence) {
        let rule = m.pattern().as_usize();
        let caps = captures_of(engines, sentence, m);
        let whole = groups::Groups::new(&caps, sentence).whole();
        let name = rules::RULES[rule].name;
        debug_assert!(groups::Groups::new(&caps, sentence).name(name).is_some(), "rule {name}: its outer group is the whole match");
        if cut_from_a_number(&sentence[..whole.start()]) {
            continue;
        }
        let around = restated_clause(sentence, clause(sentence, whole.start(), whole.end()), whole.start()..whole.end());
        let seen_from_past = !future_tense(&sentence[around.clone()]) && future_in_past(&sentence[around.start..whole.start()]);
        let told = past_subordinate(sentence, told_clause(sentence, around.clone()), whole.start());
        let future = !dates_a_saying(sentence, whole.start(), whole.end())
            && (seen_from_past || future_tense(&sentence[told.clone()]) || scheduled_present(&sentence[told]));
        out.push(Reading { rule, caps, future, seen_from_past });
    }
    out
}

/// The time expressions of a sentence from its [`readings`], read by `dating` (see
/// [`find_dated`]).
pub fn date_readings(sentence: &str, readings: &[Reading], dating: Dating) -> Vec<Timex> {
    let Dating { reference, filed, year_of, week_of } = dating;
    let mut out = Vec::new();
    let mut last_point: Option<PartialDate> = None;
    // Where the last date naming an act ended ([`dates_a_named_act`]).
    let mut named_end: Option<usize> = None;
    for &Reading { rule, ref caps, future, seen_from_past } in readings {
        let rule = &rules::RULES[rule];
        let groups = groups::Groups::new(caps, sentence);
        let whole = groups.whole();
        let found = rules::Found { caps: &groups, whole, sentence, reference, year_of, week_of, future, seen_from_past, last_point };
        let Some(mut role) = (rule.normalise)(&found) else { continue };
        if let (Role::Point(date), Some(filed)) = (role, filed) {
            if matches!(rule.name, "weekday" | "deictic") && date.as_naive().is_some_and(|d| d > filed && reference.is_some_and(|r| d <= r)) {
                role = Role::Point(PartialDate::day(filed));
            }
        }
        // A date in another act's name, or listed right after one ("its decisions of 22
        // January and 12 February 2012"): that act's.
        let named = matches!(role, Role::Point(_))
            && (dates_a_named_act(sentence, whole.start(), whole.end())
                || named_end.is_some_and(|e| matches!(sentence.get(e..whole.start()).map(str::trim), Some("and" | "," | "or"))));
        let role = match role {
            Role::Point(_) if whole.as_str().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("since")) => Role::Duration,
            Role::Point(_) if bounds_a_span(sentence, whole.start(), whole.end()) => Role::Duration,
            Role::Point(date)
                if dates_something_else(sentence, whole.start())
                    || fronted_in_a_relative_clause(sentence, whole.start(), whole.end())
                    || dates_a_noun(sentence, whole.start(), whole.end())
                    || names_a_day(sentence, whole.start(), whole.end())
                    || named
                    || dates_the_object_of_a_perfect(sentence, whole.start(), whole.as_str()) =>
            {
                Role::Background(date)
            }
            role => role,
        };
        if let Role::Point(date) | Role::Background(date) = role {
            last_point = Some(date);
        }
        named_end = (named && matches!(role, Role::Background(_))).then_some(whole.end());
        out.push(Timex { start: whole.start(), end: whole.end(), text: whole.as_str().to_string(), role, ahead: future });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every group of every match, read from rule's own pattern (`captures_of`) and from the
    /// joined regex's captures, as the search read them before.
    #[test]
    fn each_rules_groups_are_the_joined_regexs() {
        let engines = engines();
        let mut sentences: Vec<String> = rules::RULES.iter().flat_map(|r| r.examples.iter().map(|e| e.0.to_string())).collect();
        sentences.extend(
            [
                "On Monday, Sept. 19, 2016, the convoy was hit; by the end of the year, 12 March and in 2015, two weeks later, the 3rd of May.",
                "From 2003 until 2010 and between May and July, within the next three months, over the past few years and months.",
                "Since last Friday night, back in February 2016 and early October, on 20 October 2016 at 10:30 GMT, the December vote.",
                "Ceasefire: “on Thursday” — café, naïve, 7 Oct, 2016 12:29; October 7, 2016, 5:16 pm; 2016-10-08; by year-end.",
                "He said on Tuesday that the talks, which resumed in Geneva on 5 Sept., would end by the month’s end.",
            ]
            .map(String::from),
        );
        // A long sentence: many matches, and the last far from the first.
        sentences.push("In March and on 4 April, ".repeat(60) + "three days ago.");
        let mut matches = 0;
        for sentence in &sentences {
            let joined: Vec<Captures> = engines.grouped().captures_iter(sentence.as_str()).collect();
            let found: Vec<regex_automata::Match> = engines.all.find_iter(sentence.as_str()).collect();
            assert_eq!(found.len(), joined.len(), "{sentence}");
            for (m, plain) in found.into_iter().zip(joined) {
                let own = captures_of(engines, sentence, m);
                assert_eq!((own.get_match().map(|m| m.range()), plain.pattern()), (plain.get_match().map(|m| m.range()), Some(m.pattern())), "{sentence}");
                for name in engines.grouped().group_info().pattern_names(m.pattern()).flatten() {
                    assert_eq!(own.get_group_by_name(name), plain.get_group_by_name(name), "group {name} in {sentence}");
                }
                matches += 1;
            }
        }
        assert!(matches > 150, "{matches} matches");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn points(sentence: &str, reference: NaiveDate) -> Vec<String> {
        find(sentence, Some(reference))
            .into_iter()
            .map(|t| match t.role {
                Role::Point(p) => format!("{}={p}", t.text),
                other => format!("{}={other:?}", t.text),
            })
            .collect()
    }

    #[test]
    fn date_lines_in_the_forms_outlets_print_them() {
        let rt = date_line("7 Oct, 2016 12:29").unwrap();
        assert_eq!((rt.date, rt.time_label().as_deref()), (d(2016, 10, 7), Some("12:29")));
        let brics = date_line("October 7, 2016, 5:16 pm").unwrap();
        assert_eq!((brics.date, brics.time_label().as_deref()), (d(2016, 10, 7), Some("17:16")));
        assert_eq!(date_line("Published: 2016-10-08").unwrap().date, d(2016, 10, 8));
        assert_eq!(date_line("Friday, Oct. 7, 2016 GMT").unwrap().date, d(2016, 10, 7));
        assert!(date_line("October 7, 2016, Lavrov said").is_none());
        assert!(date_line("2016-13-45").is_none());
    }

    #[test]
    fn a_date_label_opening_the_story() {
        let (stated, len) = date_prefix(" date 2016-10-07 Russia said it").unwrap();
        assert_eq!(stated.date, d(2016, 10, 7));
        assert_eq!(&" date 2016-10-07 Russia said it"[len..], "Russia said it");
        assert!(date_prefix("Dated documents show").is_none());
        assert_eq!(month_prefix(" date 2016-10 Russia said"), Some((2016, 10, 14)));
        assert_eq!(month_prefix(" date 2016-10-07 Russia said"), None);
        let line = "Updated on Friday, October 7, 2016 10:32 GMT Russia said it";
        let (stated, len) = date_prefix(line).unwrap();
        assert_eq!((stated.date, stated.time_label().as_deref()), (d(2016, 10, 7), Some("10:32")));
        assert_eq!(&line[len..], "Russia said it");
    }

    #[test]
    fn a_bare_weekday_is_the_latest_such_day_on_or_before_publication() {
        let friday = d(2016, 10, 7);
        assert_eq!(points("On Thursday the envoy offered to escort them.", friday), ["On Thursday=2016-10-06"]);
        assert_eq!(points("Lavrov said on Friday that Moscow is ready.", friday), ["on Friday=2016-10-07"]);
        assert_eq!(points("He spoke on Saturday.", friday), ["on Saturday=2016-10-01"]);
        // Published a day later, "on Friday" is still the 7th.
        assert_eq!(points("Lavrov said on Friday.", d(2016, 10, 8)), ["on Friday=2016-10-07"]);
    }

    #[test]
    fn a_day_counted_back_from_the_page_never_falls_after_a_copys_filing() {
        let (page, filed) = (d(2016, 9, 18), Some(d(2016, 9, 17)));
        let point = |sentence: &str, filed| {
            find_dated(sentence, Dating { reference: Some(page), filed, ..Dating::default() }).iter().map(|t| format!("{:?}", t.role)).collect::<Vec<_>>()
        };
        // Filed on Saturday the 17th, reposted on Sunday the 18th: "on Sunday" and "today"
        // cannot be after the filing.
        assert_eq!(point("Zakharova told the channel on Sunday.", filed), point("Zakharova told the channel on Saturday.", None));
        assert_eq!(point("The ministry said today that jets struck.", filed), [format!("{:?}", Role::Point(PartialDate::day(d(2016, 9, 17))))]);
        // Days up to the filing, stated dates and what is ahead are as written.
        assert_eq!(point("He spoke on Friday.", filed), point("He spoke on Friday.", None));
        assert_eq!(point("He spoke on September 18.", filed), point("He spoke on September 18.", None));
        assert_eq!(point("The council will meet on Monday.", filed), point("The council will meet on Monday.", None));
        assert_eq!(point("Zakharova told the channel on Sunday.", None), [format!("{:?}", Role::Point(PartialDate::day(page)))]);
    }

    #[test]
    fn future_tense_and_later_point_ahead() {
        let friday = d(2016, 10, 7);
        assert_eq!(points("The Council is to hold an emergency meeting later Friday.", friday), ["later Friday=2016-10-07"]);
        assert_eq!(points("The Council will meet on Monday.", friday), ["on Monday=2016-10-10"]);
        assert_eq!(points("He'll be leaving at the end of the month, on 31 October.", friday), ["on 31 October=2016-10-31"]);
        assert_eq!(points("They’ll meet on Monday.", friday), ["on Monday=2016-10-10"]);
        assert_eq!(points("Putin ordered a pause to be held on Monday.", friday), ["on Monday=2016-10-10"]);
        assert_eq!(points("The UN said it would resume deliveries as early as Thursday.", friday), ["Thursday=2016-10-13"]);
        assert_eq!(points("They met last Friday.", friday), ["last Friday=2016-09-30"]);
        // What was planned, told as it stood on the day: ahead of it.
        assert_eq!(points("Lavrov was already scheduled to travel to Geneva on Monday.", friday), ["on Monday=2016-10-10"]);
        assert_eq!(points("The minister had been scheduled to dine with the president Tuesday.", friday), ["Tuesday=2016-10-11"], "a plan undone");
        // "set to", "set for": a participle as much as a verb's.
        let thursday = d(2012, 7, 19);
        assert_eq!(points("With the mandate set to expire at midnight Friday, Western states reacted angrily.", thursday), ["Friday=2012-07-20"]);
        assert_eq!(points("The Council was set for another showdown on Friday.", thursday), ["on Friday=2012-07-20"]);
        assert_eq!(points("Another showdown set for Friday on the mission.", thursday), ["Friday=2012-07-20"]);
        assert_eq!(points("Its term will end on the 31st of December.", friday), ["on the 31st of December=2016-12-31"]);
        assert_eq!(points("Its term ended on the 31st of December.", friday), ["on the 31st of December=2015-12-31"]);
        assert_eq!(points("Its term will end in December.", friday), ["in December=2016-12"]);
        // A future told from a past statement: ahead of the page's day, or of the statement's.
        let monday = d(2016, 3, 14);
        assert_eq!(points("Putin told his ministers the pullout would start on Tuesday.", monday), ["on Tuesday=2016-03-15"]);
        let wednesday = d(2016, 3, 16);
        let found = find("Putin said on Monday that the pullout would start on Tuesday.", Some(wednesday));
        assert_eq!(found[1].role, Role::Background(PartialDate::day(d(2016, 3, 15))), "what was said, dated from the saying");
        assert_eq!(points("The ministry said on Monday it would respond.", wednesday), ["on Monday=2016-03-14"]);
        assert_eq!(points("It would respond, the ministry said on Tuesday.", wednesday), ["on Tuesday=2016-03-15"]);
        assert_eq!(points("He would not say on Tuesday whether talks would go on.", wednesday), ["on Tuesday=2016-03-15"]);
        assert_eq!(points("Talks would have begun on Tuesday.", wednesday), ["on Tuesday=2016-03-15"]);
        // A term or timetable told in the present is ahead, the time fronted or not.
        assert_eq!(points("On Saturday, the aid mandate expires.", friday), ["On Saturday=2016-10-08"]);
        assert_eq!(points("The truce takes effect on Monday.", friday), ["on Monday=2016-10-10"]);
        assert_eq!(points("The rebels agreed to begin on Monday.", friday), ["on Monday=2016-10-03"]);
        // A time beside a past verb of saying dates the saying, whatever was said.
        assert_eq!(points("Lavrov said on Monday Russia will respond.", friday), ["on Monday=2016-10-03"]);
        assert_eq!(points("On Monday, Lavrov said Russia will respond.", friday), ["On Monday=2016-10-03"]);
        // A time right before a past verb dates that act, whatever its clause says later.
        let page = d(2011, 8, 4);
        let condemned = "The Council Wednesday condemned the attacks and called for those responsible to be held accountable.";
        assert_eq!(points(condemned, page), ["Wednesday=2011-08-03"]);
        assert_eq!(points("On Monday, talks will resume.", friday), ["On Monday=2016-10-10"]);
        // What someone looks forward to is ahead.
        let new_year_eve = d(2016, 12, 31);
        assert_eq!(points("It looks forward to a meeting in Astana in late January.", new_year_eve), ["late January=2017-01"]);
        assert_eq!(points("It held a meeting in Astana in late January.", new_year_eve), ["late January=2016-01"]);
    }

    #[test]
    fn months_years_and_relative_spans() {
        let friday = d(2016, 10, 7);
        assert_eq!(points("Back in February Washington gave a scheme.", friday), ["Back in February=2016-02"]);
        assert_eq!(
            points("The agreement, first signed in August 2015, was submitted a year later.", friday),
            ["in August 2015=2015-08", "a year later=2016-08"]
        );
        assert_eq!(points("It was agreed in 2015.", friday), ["in 2015=2015"]);
        assert_eq!(points("The truce of last December.", friday), ["last December=2015-12"]);
        assert_eq!(points("He arrived on October 3.", friday), ["on October 3=2016-10-03"]);
    }

    #[test]
    fn spans_that_point_ahead_do_not_date_the_event() {
        let friday = d(2016, 10, 7);
        let found = find("East Aleppo might be destroyed within two months.", Some(friday));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].role, Role::Ahead);
        let found = find("It could be totally destroyed by the year's end.", Some(friday));
        assert_eq!(found[0].role, Role::Ahead);
        let found = find("It was deliberated for nine weeks before approval given on Friday.", Some(friday));
        assert_eq!(found[0].role, Role::Duration);
        assert_eq!(found[1].role, Role::Point(PartialDate::day(friday)));
    }

    #[test]
    fn without_a_reference_relative_expressions_stay_unresolved() {
        let found = find("On Thursday he spoke; in August 2015 it was signed.", None);
        assert_eq!(found[0].role, Role::Unresolved);
        assert_eq!(found[1].role, Role::Point(PartialDate::month(2015, 8)));
    }

    #[test]
    fn a_weekday_used_as_an_adjective_dates_nothing() {
        let friday = d(2016, 10, 7);
        assert!(points("Lavrov told Channel One's weekly Sunday news roundup in an interview.", friday).is_empty());
        assert_eq!(points("Lavrov said Thursday that Moscow will help.", friday), ["Thursday=2016-10-06"]);
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find("East Aleppo may be destroyed in May 2017 or may 5 not.", Some(d(2016, 10, 7))).iter().all(|t| t.text != "may 5"));
    }

    #[test]
    fn weeks_ago_name_a_month_and_days_ago_a_day() {
        let found = find("The ship was not allowed to refuel in Malta two weeks ago.", Some(d(2016, 11, 14)));
        assert_eq!(found[0].role, Role::Point(PartialDate::month(2016, 10)));
        let found = find("The talks collapsed three days ago.", Some(d(2016, 11, 14)));
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 11, 11))));
    }

    #[test]
    fn an_undated_article_reads_months_and_days_in_the_corpus_year_and_nothing_else() {
        let latest = Some(d(2016, 11, 17));
        let found = find_dated("The truce took effect on September 12 evening.", Dating { year_of: latest, ..Dating::default() });
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 9, 12))));
        let found = find_dated("The talks ended on 15 October.", Dating { year_of: latest, ..Dating::default() });
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 15))));
        let found = find_dated("Rebels attacked on Friday.", Dating { year_of: latest, ..Dating::default() });
        assert_eq!(found[0].role, Role::Unresolved, "a weekday counts back from a day not known");
        assert_eq!(find("The truce took effect on September 12.", None)[0].role, Role::Unresolved);
    }

    #[test]
    fn an_undated_article_counts_weekdays_back_from_its_storys_week() {
        // A dated article of Wednesday 26 October tells the same story: the day after it.
        let story = Dating { year_of: Some(d(2016, 10, 26)), week_of: Some(d(2016, 10, 27)), ..Dating::default() };
        let found = find_dated("The Spanish foreign office announced the news on Wednesday afternoon.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 26))));
        let found = find_dated("Residents said jets struck on Monday.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 24))));
        // "the end of Friday" names a time, not a timetable: what was done by then is past.
        let found = find_dated("By the end of Friday, their forces had entered the city.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 21))));
        // What will be done on a weekday is read forward from the story's own day.
        let found = find_dated("The leaders will hold a working meeting on Wednesday in Berlin, his office said.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 26))));
        let found = find_dated("The leaders will meet in Berlin on Friday, his office said.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 28))));
        // What someone said would be done: the statement's day is unknown, its week is known.
        let found = find_dated("Rebel officials said fighting would end on Tuesday evening.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 25))));
        let found = find_dated("The ministry said yesterday the pause would hold.", story);
        assert_eq!(found[0].role, Role::Unresolved, "the page's own day is still unknown");
        // "last week" is the week before the story's, as "this week" is its own.
        let found = find_dated("His mother made an impassioned plea last week to the group's leader.", story);
        assert_eq!(found[0].role, Role::Week(d(2016, 10, 17)));
        // A month is read in its story's year, as a month and day are.
        let found = find_dated("The president in August asked lawmakers to ratify the deal.", story);
        assert_eq!(found[0].role, Role::Point(PartialDate::month(2016, 8)));
        let found = find_dated("The president in August asked lawmakers to ratify the deal.", Dating::default());
        assert_eq!(found[0].role, Role::Unresolved, "no year to read it in");
    }

    /// On a page read in its story's week, months and years are counted back from the
    /// story's day when the page, a week later at most, is still of its month (or year):
    /// days and weeks are not, nor months near a month's end.
    #[test]
    fn an_undated_article_counts_months_and_years_back_from_its_storys_day() {
        let story = |day: NaiveDate| Dating { year_of: Some(day), week_of: day.succ_opt(), ..Dating::default() };
        let mid_august = story(d(2020, 8, 18));
        let role = |sentence: &str, dating: Dating| find_dated(sentence, dating)[0].role;
        assert_eq!(role("Last month, three soldiers were wounded in Idlib.", mid_august), Role::Point(PartialDate::month(2020, 7)));
        assert_eq!(role("Another adviser was killed there three years ago.", mid_august), Role::Point(PartialDate::year(2017)));
        assert_eq!(role("The pipeline came on stream last year.", mid_august), Role::Point(PartialDate::year(2019)));
        assert_eq!(role("The talks collapsed three days ago.", mid_august), Role::Unresolved, "the page's own day is unknown");
        let late_august = story(d(2020, 8, 28));
        assert_eq!(role("Last month, three soldiers were wounded in Idlib.", late_august), Role::Unresolved, "the page may be of September");
        assert_eq!(role("The pipeline came on stream last year.", story(d(2020, 12, 29))), Role::Unresolved);
        assert_eq!(
            role("Last month, three soldiers were wounded.", Dating { year_of: Some(d(2020, 8, 18)), ..Dating::default() }),
            Role::Unresolved,
            "a corpus's year only"
        );
    }

    #[test]
    fn the_bounds_of_a_span_are_no_points() {
        let monday = d(2016, 10, 3);
        let no_point = |t: &Timex| !matches!(t.role, Role::Point(_) | Role::Background(_));
        let found = find("He served as special envoy from 2003 until 2010.", Some(monday));
        assert!(found.iter().all(no_point), "{found:?}");
        let found = find("He was the envoy between 2003 and 2010.", Some(monday));
        assert!(found.iter().all(no_point), "{found:?}");
        let found = find("The truce will hold until Thursday.", Some(monday));
        assert!(found.iter().all(no_point), "{found:?}");
        let found = find("The envoy spoke on Thursday and the minister replied on Friday.", Some(monday));
        assert!(found.iter().all(|t| matches!(t.role, Role::Point(_))), "two points joined by 'and': {found:?}");
        let found = find("The Council still has until Sunday night, maybe even Monday, to find a solution.", Some(monday));
        assert!(found.iter().all(no_point), "a second choice of the bound: {found:?}");
        let found = find("The truce will hold until Friday or Saturday.", Some(monday));
        assert!(found.iter().all(no_point), "{found:?}");
        let found = find("Talks moved to Friday.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)));
        let found = find("The Council noted that as of 12 April the parties appeared to observe the truce.", Some(monday));
        assert!(!found.is_empty() && found.iter().all(no_point), "the time a state is told at: {found:?}");
        let found = find("As of Saturday, 300 people had died in the city.", Some(monday));
        assert!(!found.is_empty() && found.iter().all(no_point), "{found:?}");
        let found = find("The list of 12 April was made of names.", Some(monday));
        assert!(found.iter().any(|t| matches!(t.role, Role::Point(_) | Role::Background(_))), "{found:?}");
    }

    /// A count past the calendar's range dates nothing (it made `NaiveDate + Duration` panic).
    #[test]
    fn a_count_past_the_calendar_is_unresolved() {
        let found = find("It happened 99999999 days ago.", Some(d(2019, 9, 16)));
        assert_eq!(found[0].role, Role::Unresolved);
        assert_eq!(later_than("99999999 days later", PartialDate::day(d(2019, 9, 16))), None);
        assert_eq!(later_than("2147483647 years later", PartialDate::year(2019)), None);
        assert_eq!(later_than("2147483647 months later", PartialDate::month(2019, 3)), None);
        assert_eq!(later_than("73 years later", PartialDate::year(1945)), Some(PartialDate::year(2018)));
    }

    /// A date in the name of another act ("the 2 November 2011 Action Plan", "its decisions
    /// of 22 January and 12 February 2012") is that act's, not the sentence's.
    #[test]
    fn a_date_naming_another_act_is_background() {
        let thursday = d(2012, 2, 16);
        let roles = |text: &str| find(text, Some(thursday)).into_iter().map(|t| t.role).collect::<Vec<_>>();
        let text = "The Assembly demanded that the Government, in line with the 2 November 2011 Action Plan of the League, and its decisions of 22 January and 12 February 2012, stop all violence.";
        assert_eq!(
            roles(text),
            [
                Role::Background(PartialDate::day(d(2011, 11, 2))),
                Role::Background(PartialDate::day(d(2012, 1, 22))),
                Role::Background(PartialDate::day(d(2012, 2, 12)))
            ]
        );
        assert_eq!(
            roles("Fully endorsing the Geneva Communiqué of 30 June 2012, the Council called for talks."),
            [Role::Background(PartialDate::day(d(2012, 6, 30)))]
        );
        assert_eq!(roles("The Assembly voted in the early hours of 12 February 2012."), [Role::Point(PartialDate::day(d(2012, 2, 12)))]);
        assert_eq!(roles("The League met on the morning of 12 February 2012 and voted."), [Role::Point(PartialDate::day(d(2012, 2, 12)))]);
    }

    #[test]
    fn dates_of_other_acts_are_background_and_since_dates_nothing() {
        let monday = d(2016, 10, 3);
        let found = find("Kirby cited the September 19 attack on an aid convoy.", Some(monday));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2016, 9, 19))), "a date used as an adjective");
        let found = find("At the Monday's press conference in Moscow, the ministry announced a pause.", Some(d(2016, 10, 18)));
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 17))), "where the act took place: its own time");
        let found = find("All convoys were suspended after an air strike on Monday.", Some(d(2016, 9, 20)));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2016, 9, 19))), "a date in an 'after' clause");
        let found = find("They hope for an effort with Russia that Kerry began on Saturday.", Some(d(2016, 10, 16)));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2016, 10, 15))), "a date in a relative clause");
        let found = find("The talks, which resumed on Monday, went well.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a date in a 'which' clause");
        let found = find("Trump signed a proclamation on the Golan Heights, which Israelis captured from Syria during the war in 1967.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a clause a relative pronoun opens, its past verb after its subject");
        let found = find("The raid targeted the leader, who took over as head of the group on Oct. 31, 2019, after a raid.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a person's clause opening after a comma, however long");
        let found = find("The fleet, which is steaming toward the coast of Syria on Monday, will refuel in Malta.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)), "a relative clause with no past act of its own");
        let found = find("Kerry said that on Saturday the fighters left.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)), "'that' after a verb of saying opens what was said");
        let found = find("The department said in a statement Monday that Russia had failed.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)));
        let found = find("The UN has suspended all aid convoy movements in Syria after an air strike hit a convoy late on Monday.", Some(d(2016, 9, 20)));
        assert!(matches!(found[0].role, Role::Background(_)), "an 'after' clause deep in a long sentence");
        let found =
            find("Norway summoned the envoy, after Moscow claimed jets from the US-led coalition killed six people in a village on Tuesday.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a long clause opening on 'after'");
        let found = find("Hundreds have been killed since the beginning of the unrest in mid-March.", Some(monday));
        assert_eq!(found[0].role, Role::Duration, "the start of a span, named by a noun");
        let found = find("Germany has taken in migrants since the peak of the migrant crisis in 2015, which strained the EU.", Some(monday));
        assert_eq!(found[0].role, Role::Duration, "the start of a span, its peak");
        let found = find("Netanyahu saw a flyover of the Su-57 jets that made their combat debut in the skies over Syria two months ago.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a relative clause with its past verb, however long");
        let found = find("An attempt was made to destroy the Jewish people 2,500 years ago, and it failed.", Some(monday));
        assert!(found.is_empty(), "no '500 years ago' cut from a larger count: {found:?}");
        let found =
            find("The Turkish military who came under fire from Syrian troops on February 27 were among the militants, the ministry said.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a person's clause: 'who'");
        let found = find("Putin met Assad in that city of the north of the country on Monday.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)), "a determiner 'that' far back");
        let found = find("Netanyahu attended the parade commemorating victory over Nazi Germany 73 years ago.", Some(d(2018, 5, 9)));
        assert!(matches!(found[0].role, Role::Background(_)), "what a parade commemorates");
        let found = find("The toll has risen since protests erupted in mid-March.", Some(monday));
        assert!(matches!(found[0].role, Role::Background(_)), "a clause of its own: an act, dated");
        let found = find(
            "A military helicopter has been shot down killing all five on board – the deadliest single incident for the air force since its air campaign began last September.",
            Some(d(2016, 8, 1)),
        );
        assert_eq!(found[0].role, Role::Background(PartialDate::month(2015, 9)), "a long sentence's 'since' clause with a verb: its own act");
        let found = find(
            "It was the council's strongest appeal, since the two powers began vetoing a series of Western-drafted resolutions on the conflict in Oct. 2011.",
            Some(monday),
        );
        assert!(matches!(found[0].role, Role::Background(_)), "a long 'since' clause after a comma");
        let found = find(
            "The Kremlin brought reporters to the concert, the biggest success since it launched a bombing campaign, criticised by the West, to support Assad in September.",
            Some(d(2016, 5, 5)),
        );
        assert!(matches!(found[0].role, Role::Background(_)), "a 'since' clause runs on across commas to the date");
        let found = find("Since the truce collapsed, the army attacked the town on Monday.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)), "an opening 'Since' clause ends at its comma");
        let found = find("Aid has stalled since the truce collapsed, and the army attacked the town on Monday.", Some(monday));
        assert!(matches!(found[0].role, Role::Point(_)), "', and' ends the 'since' clause");
        let found =
            find("The two powers have vetoed a series of Western-drafted resolutions on the conflict in its many years since October 2011.", Some(monday));
        assert_eq!(found[0].role, Role::Duration, "a bare 'since' and a date is a span");
        let found = find("Rebels have held the district since 2012.", Some(monday));
        assert_eq!(found[0].role, Role::Duration);
        let found = find("Assad has denied carrying out the chemical attack Tuesday, saying the agents were the rebels'.", Some(d(2017, 4, 7)));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2017, 4, 4))), "a past day after a noun, with a present perfect");
        let found = find("Russia launched the strike Tuesday, the ministry said.", Some(d(2017, 4, 7)));
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2017, 4, 4))), "a past tense takes its day");
        let found = find("Russia has denied the attack on Tuesday.", Some(d(2017, 4, 7)));
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2017, 4, 4))), "'on' may date the perfect's act in loose copy");
        let found = find("Russia said it was not involved in Monday's strike on a convoy.", Some(d(2016, 9, 21)));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2016, 9, 19))), "a possessive date names another act");
        let found = find("Saturday's capture of the district came days after the offensive began.", Some(d(2016, 11, 27)));
        assert!(matches!(found[0].role, Role::Point(_)), "opening the sentence, it is the sentence's own act");
        let found = find("Peskov told reporters Friday on a conference call.", Some(d(2016, 10, 29)));
        assert_eq!(found[0].role, Role::Point(PartialDate::day(d(2016, 10, 28))), "a bare weekday after an object");
        let found = find("Lavrov called for an inquiry into what happened to the aid convoy struck on Monday.", Some(d(2016, 9, 21)));
        assert!(matches!(found[0].role, Role::Background(_)), "a participle after a noun of a prepositional phrase");
        let found = find("We will work on the basis of the League of Arab States initiative proposed on November 2, 2011.", Some(d(2012, 2, 7)));
        assert!(matches!(found[0].role, Role::Background(_)), "a longer noun phrase before the participle");
        let found = find("The jets struck on Monday.", Some(d(2016, 9, 21)));
        assert!(matches!(found[0].role, Role::Point(_)), "the participle is the sentence's own verb");
        let found = find("Russia accused the US of jeopardizing the truce signed on Friday.", Some(d(2016, 9, 21)));
        assert!(matches!(found[0].role, Role::Point(_)), "no preposition before the noun: left alone");
        let found = find("Putin announced that Dec. 26 is a day of national mourning.", Some(d(2016, 12, 25)));
        assert_eq!(found[0].role, Role::Background(PartialDate::day(d(2016, 12, 26))), "a day named as the subject of 'is'");
        let found = find("The envoy said Friday will be the deadline for the talks.", Some(d(2016, 10, 5)));
        assert!(matches!(found[0].role, Role::Background(_)), "a day named as the subject of 'will be'");
        let found = find("Tuesday was the deadliest day of the offensive, the monitor said.", Some(d(2016, 10, 5)));
        assert!(matches!(found[0].role, Role::Point(_)), "a past 'was' tells of the day");
        let found = find("The vote on Friday is expected to fail.", Some(d(2016, 10, 5)));
        assert!(matches!(found[0].role, Role::Point(_)), "after a preposition it is no subject");
    }
}
