//! When a page was published: the date lines pages print around a story and the dates
//! their addresses carry, as small tables of named rules. Every rule lists examples;
//! each example is a unit test (see the tests below), so a rule and what it accepts are
//! read together.
//!
//! A *date line* is a line that says only when the page was published or updated:
//! a date in one of the [`DATE_RULES`] shapes, a time of day ([`TIME_RULES`]), and
//! nothing else but labels ("Published", "Updated: ", "Posted on"), a weekday, a time
//! zone, separators, an age ("a year ago", "3 min read") and, between `|` separators,
//! a byline ("By A. Writer | Agency | Published: …"). Such a line is page metadata:
//! never a sentence of the story.

use crate::timex::Stated;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::OnceLock;

/// A named pattern with the examples it must read: (text, "YYYY-MM-DD" or "YYYY-MM-DD HH:MM").
pub struct Rule {
    pub name: &'static str,
    /// Regex source; `{MONTHS}` stands for the month names. Groups: `y`, `mo` (number) or
    /// `mon` (name), `d`; time rules: `h`, `mi`, `ap` (am/pm).
    pub pattern: &'static str,
    pub examples: &'static [(&'static str, &'static str)],
}

const MONTHS: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

/// Shapes of a full date on a page. Tried in order; the earliest match in a line wins.
pub const DATE_RULES: &[Rule] = &[
    Rule {
        name: "month day year",
        pattern: r"(?-u:\b)(?P<mon>{MONTHS})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d{2})(?-u:\b)",
        examples: &[
            ("Friday, October 7, 2016 - 10:32", "2016-10-07 10:32"),
            ("on Friday Dec 09,2016", "2016-12-09"),
            ("Oct. 7, 2016 4:05 PM ET", "2016-10-07 16:05"),
            ("Published: Oct 7, 2016", "2016-10-07"),
            ("Posted at 5:10 PM, Oct 9, 2016", "2016-10-09 17:10"),
            ("Monday, October 03, 2016, 1:15 p.m.", "2016-10-03 13:15"),
            ("October 7, 2016 / 1:40 PM / a year ago", "2016-10-07 13:40"),
            ("By Jane Roe | October 9, 2016 | 10:34pm EDT", "2016-10-09 22:34"),
            ("By JANE ROE | Associated Press | Published: October 9, 2016", "2016-10-09"),
            ("Jane Roe, USA TODAY Published 5:11 p.m. ET Oct. 3, 2016 | Updated 7:02 p.m. ET Oct. 3, 2016", "2016-10-03 17:11"),
            ("Updated 1332 GMT (2132 HKT) October 7, 2016", "2016-10-07 13:32"),
            ("Updated 10:32 AM ET, Fri October 7, 2016", "2016-10-07 10:32"),
            ("Posted: Oct 07, 2016 10:32 AM | Last Updated: Oct 07, 2016 11:02 AM", "2016-10-07 10:32"),
            ("| Updated as of Oct 07 2016 06:03 PM", "2016-10-07 18:03"),
            ("Outlet Aleppo, Aleppo Governorate, Syria Sep 19, 2016, 08.20 PM (IST)", "2016-09-19 20:20"),
            ("United Nations, United States (AFP) Nov 6, 2016", "2016-11-06"),
        ],
    },
    Rule {
        name: "day month year",
        pattern: r"(?-u:\b)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTHS})\.?,?\s+(?P<y>(?:19|20)\d{2})(?-u:\b)",
        examples: &[
            ("7 Oct 2016 14:05 GMT", "2016-10-07 14:05"),
            ("7 October 2016", "2016-10-07"),
            ("7 Oct, 2016 12:29", "2016-10-07 12:29"),
            ("Last updated: Friday 7 October 2016 09:12 BST", "2016-10-07 09:12"),
            ("Published on 04:55 PM, 11 October, 2016", "2016-10-11 16:55"),
            ("Fri, 07 Oct 2016 14:05:00 +0300", "2016-10-07 14:05"),
            ("AFP , Monday 10 Oct 2016", "2016-10-10"),
            ("Friday, 7 October, 2016 - 22:00", "2016-10-07 22:00"),
            ("Thursday 6 Oct 2016 6:01 a.m.", "2016-10-06 06:01"),
            ("First published on Fri 7 Oct 2016 10.32 BST", "2016-10-07 10:32"),
            ("18:40, 18 November 2016", "2016-11-18 18:40"),
            ("Publish Date : 20 July 2022 - 22:03", "2022-07-20 22:03"),
            ("Publish Date: 10:22 - 05 May 2013", "2013-05-05 10:22"),
        ],
    },
    Rule {
        name: "iso",
        pattern: r"(?-u:\b)(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        examples: &[
            ("2016-10-07T14:05:00Z", "2016-10-07 14:05"),
            ("date 2016-10-07", "2016-10-07"),
            ("Published: 2016-10-08", "2016-10-08"),
            ("2016-10-07 14:05", "2016-10-07 14:05"),
        ],
    },
    Rule {
        name: "day first with dots",
        pattern: r"(?-u:\b)(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?-u:\b)",
        examples: &[("07.10.2016", "2016-10-07"), ("07.10.2016 | 14:05", "2016-10-07 14:05")],
    },
    Rule {
        name: "numbers with slashes",
        // Day first unless the first number cannot be a month ("10/16/2016"); a date both
        // ways round ("10/11/2016") is read day first, as most of the world writes it.
        pattern: r"(?-u:\b)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?-u:\b)",
        examples: &[("• 16/10/2016", "2016-10-16"), ("10/16/2016 10:32 AM", "2016-10-16 10:32"), ("09/10/2016", "2016-10-09")],
    },
    Rule {
        name: "year first with slashes",
        pattern: r"(?-u:\b)(?P<y>(?:19|20)\d{2})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})(?-u:\b)",
        examples: &[("2016/10/07 14:05", "2016-10-07 14:05")],
    },
];

/// Shapes of a time of day next to a date. The first time in a line is the page's time.
pub const TIME_RULES: &[Rule] = &[
    Rule {
        name: "clock",
        pattern: r"(?-u:\b)(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::\d{2})?\s*(?P<ap>(?i:[ap]\.?\s?m)\.?)?(?-u:\b)\.?",
        examples: &[("October 7, 2016 at 4:05 pm", "2016-10-07 16:05"), ("7 Oct 2016, 12.30", "2016-10-07 12:30")],
    },
    Rule {
        name: "military with zone",
        pattern: r"(?-u:\b)(?P<h>[0-2]\d)(?P<mi>[0-5]\d)\s+(?:GMT|UTC|HKT|ET|EDT|EST|BST|MSK)(?-u:\b)",
        examples: &[("Updated 0815 GMT, October 7, 2016", "2016-10-07 08:15")],
    },
];

/// Shapes of a date in a page's address. A month without a day only tells the
/// year and month ("/2016/10/slug.html"): see [`url_month`].
pub const URL_RULES: &[Rule] = &[
    Rule {
        name: "year/month/day folders",
        pattern: r"/(?P<y>(?:19|20)\d{2})/(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)(?:/|\.|$)",
        examples: &[("https://example.com/2016/10/07/some-story/", "2016-10-07"), ("https://example.com/news/world/2016/9/25/some-story", "2016-09-25")],
    },
    Rule {
        // "/10/2019/08/32811/": a month, the year and the day, in that order.
        name: "month/year/day folders",
        pattern: r"/(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})/(?P<d>[0-3]?\d)/",
        examples: &[("https://www.example.com/10/2019/08/32811/", "2019-10-08")],
    },
    Rule {
        name: "year/month name/day",
        pattern: r"(?i)/(?P<y>(?:19|20)\d{2})/(?P<mon>{MONTHS})[a-z]*[/-](?P<d>[0-3]?\d)(?:/|[-_.]|$)",
        examples: &[
            ("https://example.com/news/2016/oct/08/some-story/", "2016-10-08"),
            ("http://example.com.lb/News/World/2016/Sep-18/372444-some-story.ashx", "2016-09-18"),
        ],
    },
    Rule {
        name: "year, month name and day in one folder",
        pattern: r"(?i)/(?P<y>(?:19|20)\d{2})(?P<mon>{MONTHS})(?P<d>[0-3]?\d)(?:/|[-_.]|$)",
        examples: &[("https://example.net/2015nov14/1447522258.html", "2015-11-14")],
    },
    Rule {
        name: "year-month/day",
        pattern: r"/(?P<y>(?:19|20)\d{2})-(?P<mo>[01]\d)/(?P<d>[0-3]\d)(?:/|$)",
        examples: &[("https://example.com/2016-10/08/some-story", "2016-10-08")],
    },
    Rule {
        name: "iso date in the path",
        pattern: r"(?:/|[-_])(?P<y>(?:19|20)\d{2})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:/|[-_.]|$)",
        examples: &[("https://example.com/news/2016-10-07/some-story", "2016-10-07")],
    },
    Rule {
        name: "date with underscores in the path",
        pattern: r"(?:/|[-_])(?P<y>(?:19|20)\d{2})_(?P<mo>[01]\d)_(?P<d>[0-3]\d)(?:/|[-_.]|$)",
        examples: &[("https://example.blogspot.com/2015_02_04_archive.html", "2015-02-04")],
    },
    Rule {
        name: "day, month name and year in the name",
        pattern: r"(?i)(?:/|[-_])(?P<d>[0-3]?\d)-(?P<mon>{MONTHS})[a-z]*-(?P<y>(?:19|20)\d{2})(?:/|[-_.]|$)",
        examples: &[("http://example.org/en/world/2922-18-october-2016-russia-announced-a-pause", "2016-10-18")],
    },
    Rule {
        name: "month name, day and year in the name",
        pattern: r"(?i)(?:/|[-_])(?P<mon>{MONTHS})[a-z]*-(?P<d>[0-3]?\d)(?:st|nd|rd|th)?-(?P<y>(?:19|20)\d{2})(?:/|[-_.]|$)",
        examples: &[("https://example.com/news/october-18-2016-aleppo-pause", "2016-10-18")],
    },
    Rule {
        name: "eight digits",
        // (Letters may follow: "/20110426us-syria-sanction.html".)
        pattern: r"(?:/|[-_=])(?P<y>20[0-3]\d)(?P<mo>[01]\d)(?P<d>[0-3]\d)(?:/|[-_.a-z]|$)",
        examples: &[
            ("http://example.com/articles/view/20161007/world/some-story.631032", "2016-10-07"),
            ("http://archive.example.com/republic/news/articles/20110426us-syria-sanction.html", "2011-04-26"),
        ],
    },
    Rule {
        name: "day, month and year as eight digits",
        // Day first, as outside the United States; month first only when the day cannot be
        // a month ("11232016"). After the year-first rule: "20161106" is not read here.
        pattern: r"(?:/|[-_=])(?P<a>[0-3]\d)(?P<b>[0-3]\d)(?P<y>20[0-3]\d)(?:/|[-_.]|$)",
        examples: &[
            ("https://example.net/english/middleeast/syria/06112016-amp", "2016-11-06"),
            ("https://example.com/news/11232016/some-story", "2016-11-23"),
        ],
    },
    Rule {
        name: SIX_DIGITS,
        // Two-digit year, month, day, then the slug: "/161012_kerry_lavrov_meet.html", or a
        // folder of its own before it ("/130928/un-adopts-resolution").
        pattern: r"/(?P<yy>[0-3]\d)(?P<mo>[01]\d)(?P<d>[0-3]\d)[-_/][a-z]",
        examples: &[
            ("https://example.com/pr/2016/161012_kerry_lavrov_meet.html", "2016-10-12"),
            ("http://www.example.com/dispatch/news/kyodo-news-international/130928/un-adopts-resolution", "2013-09-28"),
        ],
    },
];

/// The URL rule whose digits may as well be an article's number ("/170606-moscow-meeting").
pub const SIX_DIGITS: &str = "six digits opening the name";

/// The weekday a page gives its own day, "today, Wednesday" or "today (Wednesday)".
pub fn own_weekday(text: &str) -> Option<chrono::Weekday> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"\b[Tt]oday,?\s+\(?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b").expect("valid pattern"));
    re.captures(text)?[1].parse().ok()
}

/// What a date line says of its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    /// "Published", "Posted", "First published", "Created".
    Published,
    /// No label: a bare date line.
    Plain,
    /// "Updated", "Last updated", "Modified".
    Updated,
    /// "date 2016-10-07": a bare "date" label, as scrapers write the date they recorded.
    Date,
}

fn compile(rules: &'static [Rule]) -> Vec<Regex> {
    rules.iter().map(|r| Regex::new(&r.pattern.replace("{MONTHS}", MONTHS)).expect("valid built-in date rule")).collect()
}

fn date_rules() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| compile(DATE_RULES))
}

/// The date rules as one multi-pattern regex, one pattern per rule in the table's order:
/// its match is the leftmost of any rule, and at that start the first rule matching there
/// (as in one alternation of them), with that rule's pattern id. One search in place of
/// one per rule.
fn any_date_rule() -> &'static regex_automata::meta::Regex {
    static CELL: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        let patterns: Vec<String> = DATE_RULES.iter().map(|r| r.pattern.replace("{MONTHS}", MONTHS)).collect();
        regex_automata::meta::Regex::new_many(&patterns).expect("valid built-in date rules")
    })
}

fn time_rules() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| compile(TIME_RULES))
}

fn url_rules() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| compile(URL_RULES))
}

pub(crate) fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    NAMES.iter().position(|m| lower.starts_with(m)).map(|i| i as u32 + 1)
}

fn date_from(caps: &regex::Captures) -> Option<NaiveDate> {
    if let (Some(a), Some(b)) = (caps.name("a"), caps.name("b")) {
        let (a, b): (u32, u32) = (a.as_str().parse().ok()?, b.as_str().parse().ok()?);
        let (day, month) = if a <= 12 && b > 12 { (b, a) } else { (a, b) };
        return NaiveDate::from_ymd_opt(caps["y"].parse().ok()?, month, day);
    }
    let month = match (caps.name("mo"), caps.name("mon")) {
        (Some(m), _) => m.as_str().parse().ok()?,
        (_, Some(m)) => month_number(m.as_str())?,
        _ => return None,
    };
    let year: i32 = match caps.name("yy") {
        Some(yy) => 2000 + yy.as_str().parse::<i32>().ok()?,
        None => caps["y"].parse().ok()?,
    };
    NaiveDate::from_ymd_opt(year, month, caps["d"].parse().ok()?)
}

fn minutes_from(caps: &regex::Captures) -> Option<u32> {
    let mut hour: u32 = caps.name("h")?.as_str().parse().ok()?;
    let minute: u32 = caps.name("mi")?.as_str().parse().ok()?;
    let meridiem = caps.name("ap").map(|m| m.as_str().to_ascii_lowercase());
    match meridiem.as_deref().map(|m| m.starts_with('p')) {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        Some(_) if hour > 12 => return None,
        _ => {}
    }
    (hour < 24 && minute < 60).then_some(hour * 60 + minute)
}

/// The earliest full date in `text`: its date, its time when the rule reads one, and its span.
pub fn find_date(text: &str) -> Option<(NaiveDate, Option<u32>, std::ops::Range<usize>)> {
    // Where the earliest rule matches (one search for all), then that rule's groups only.
    let found = any_date_rule().find(text)?;
    let caps = date_rules()[found.pattern().as_usize()].captures_at(text, found.start())?;
    let m = caps.get(0)?;
    Some((date_from(&caps)?, minutes_from(&caps), m.range()))
}

/// The byte length of a date stamp glued in front of a story line, as one-line page
/// scrapes print it: at most [`STAMP_SECTION_WORDS`] capitalised words (a section name),
/// a date, a clock time and a zone ("World Oct 28, 2016 5:05 PM EDT Russia failed …").
/// `None` unless the story goes on after it with a capital.
pub fn stamp_prefix(line: &str) -> Option<usize> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let time = CELL.get_or_init(|| {
        Regex::new(r"^,?\s*(?:at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?i:[ap]\.?\s?m\.?)?(?:\s*(?:GMT|UTC|ET|EDT|EST|BST|MSK|CET))?(?-u:\b)")
            .expect("valid stamp time")
    });
    let head = &line[..line.floor_char_boundary(120)];
    let (_, _, range) = find_date(head)?;
    let section = &line[..range.start];
    let words: Vec<&str> = section.split_whitespace().collect();
    if words.len() > STAMP_SECTION_WORDS
        || filler().is_match(section) && !words.is_empty()
        || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    let end = range.end + time.find(&line[range.end..]).map_or(0, |m| m.end());
    line[end..].trim_start().starts_with(char::is_uppercase).then_some(end)
}

/// A byline with its date at the head of a one-line scrape ("UN Security Council stops
/// short … By Edith M. Lederer May 28, 2012 Detroit Free Press – … UNITED NATIONS -- …"):
/// "By", two to four capitalised words of a name (initials too), then a full date. The date
/// and the words from "By" to the date's end.
pub fn byline_date(line: &str) -> Option<(Stated, &str)> {
    let head = &line[..line.floor_char_boundary(BYLINE_DATE_REACH)];
    let by = find_fixed!(" By ", head).map(|i| i + 1).or_else(|| head.starts_with("By ").then_some(0))?;
    let (date, minutes, range) = find_date(&head[by..])?;
    let name: Vec<&str> = head[by + 3..by + range.start].split_whitespace().collect();
    let named =
        (2..=4).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase) && w.trim_end_matches('.').chars().all(char::is_alphabetic));
    named.then(|| (Stated { date, minutes }, &head[by..by + range.end]))
}

/// How far into a line a byline with its date is looked for.
const BYLINE_DATE_REACH: usize = 240;

/// Most words of a section name before a glued date stamp ("Middle East Oct 28, 2016").
const STAMP_SECTION_WORDS: usize = 2;

/// A line that says when the page was published relative to now, with no date:
/// "This article was published today at 1:08 p.m.", "Updated 7.14pm", "Posted 3 hours ago".
/// Page metadata like a date line, but it dates nothing.
pub fn relative_date_line(line: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)^(?:this (?:article|story|page|post|report) was )?(?:first |last )?(?:published|posted|updated|modified)(?:\s+(?:on|at))?\s*:?\s*",
            r"(?:(?:today|yesterday|just now|(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)",
            r"(?:\s*(?:at|,)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?",
            r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)\.?$"
        ))
        .expect("valid pattern")
    });
    let head = line.trim_start().as_bytes().first().map(|b| b.to_ascii_lowercase());
    matches!(head, Some(b't' | b'f' | b'l' | b'p' | b'u' | b'm')) && re.is_match(line.trim())
}

/// The other reading of a date written as numbers with slashes that can be read both ways
/// round ("09/10/2016": 9 October day first, 10 September month first); `None` for any
/// other date.
pub fn other_reading(line: &str) -> Option<NaiveDate> {
    let index = DATE_RULES.iter().position(|r| r.name == "numbers with slashes")?;
    let (date, _, range) = find_date(line)?;
    let caps = date_rules()[index].captures(&line[range.clone()])?;
    (caps.get(0)?.start() == 0).then_some(())?;
    let (a, b): (u32, u32) = (caps["a"].parse().ok()?, caps["b"].parse().ok()?);
    (a <= 12 && b <= 12 && a != b).then(|| NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()))?
}

/// Words that may stand beside a date in a date line.
fn filler() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)^(?:[\s,;:.\-–—()\[\]/|·•]|",
            r"(?:first |last |originally )?(?:publish(?:ed)?|posted|updated|modified|created|released|date[d]?|last modified|this article was published)(?: online)?(?-u:\b)|",
            r"(?:on|at|the|of|and|ist|time|am|pm|as of)(?-u:\b)|",
            r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?-u:\b)\.?|",
            r"(?:gmt|utc|bst|est|edt|cst|cdt|pst|pdt|et|msk|cet|cest|eet|eest|aest|aedt|hkt|ast|z)(?-u:\b)|",
            r"[+-]\d{2}:?\d{2}(?-u:\b)|\d{3,4}\s+[a-z]{2,4}(?-u:\b)|",
            r"(?:a|an|one|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\s+(?:ago|read)(?-u:\b)|",
            r"\d+\s+min(?:ute)?s?(?:\s+read)?(?-u:\b)",
            r")*$"
        ))
        .expect("valid filler pattern")
    })
}

/// A source credit before a date, perhaps opening a bracket: "(Source: TASS", "Source: AFP"
/// ("(Source: TASS; published Sept 18, 2018)").
fn is_source_credit(segment: &str) -> bool {
    let segment = segment.trim().trim_start_matches(['(', '[']).trim_start();
    segment.strip_prefix("Source:").or_else(|| segment.strip_prefix("source:")).is_some_and(is_name_segment)
}

/// A byline or a name between `|` separators: "By A. Writer", "Associated Press"; a
/// dateline's place with its agency in brackets ("United States (AFP)").
fn is_name_segment(segment: &str) -> bool {
    let segment = segment.trim().trim_matches(|c: char| c == ',' || c == '-' || c == '—');
    let words: Vec<&str> = segment.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && !segment.bytes().any(|b| b.is_ascii_digit())
        && !segment.ends_with(['.', '!', '?'])
        && words.iter().all(|w| {
            let w = w.strip_prefix('(').and_then(|w| w.strip_suffix(')')).unwrap_or(w);
            w.chars().next().is_some_and(|c| c.is_uppercase()) || ["and", "by", "of", "the", "de", "van", "von", "al", "&"].contains(&w.to_lowercase().as_str())
        })
}

/// The label of the words before a date ("Published: ", "Updated", "date").
/// A date label's own words may be followed by the date ("date 2016-10-07").
pub fn label_of(before: &str) -> Label {
    let before = before.find(|c: char| c.is_ascii_digit()).map_or(before, |at| &before[..at]);
    let lower = before.to_ascii_lowercase();
    if lower.contains("updated") || lower.contains("modified") {
        Label::Updated
    } else if lower.contains("publish") || lower.contains("posted") || lower.contains("created") || lower.contains("released") {
        Label::Published
    } else if lower.trim_start().starts_with("date") && !lower.trim_start().starts_with("dated") {
        Label::Date
    } else {
        Label::Plain
    }
}

/// One dated part of a date line.
fn dated_segment(segment: &str) -> Option<(Stated, Label)> {
    dated_segment_at(segment, find_date(segment)?)
}

/// [`dated_segment`] with the segment's date already found.
fn dated_segment_at(segment: &str, (date, mut minutes, range): (NaiveDate, Option<u32>, std::ops::Range<usize>)) -> Option<(Stated, Label)> {
    let before = &segment[..range.start];
    let after = &segment[range.end..];
    // "Jane Roe, USA TODAY Published 5:11 p.m. ET Oct. 3, 2016": a byline may open a labelled segment.
    let label_at = {
        let lower = before.to_ascii_lowercase();
        ["published", "posted", "updated", "last updated", "first published"].iter().filter_map(|l| lower.find(l)).min()
    };
    // "Agency , Monday 14 Nov 2016": so may a name before a comma, and "Outlet City,
    // Region, Country Sep 19, 2016": names and places all the way to the date.
    let all_names = || before.split(',').all(|s| s.trim().is_empty() || is_name_segment(s)) && !filler().is_match(before);
    let (byline, before) = match label_at {
        Some(at) if at > 0 => (&before[..at], &before[at..]),
        None if all_names() => (before, ""),
        None => match before.rfind(',') {
            // "18:40, 18 November 2016": a time before the comma is no byline.
            Some(at) if !filler().is_match(&before[..at]) && !is_time_segment(&before[..at]) => (&before[..at], &before[at..]),
            _ => ("", before),
        },
        _ => ("", before),
    };
    if !byline.is_empty() && !byline.split([',', ';']).all(|s| s.trim().is_empty() || is_name_segment(s) || is_source_credit(s)) {
        return None;
    }
    // Times on either side of the date; the first one is the page's time.
    let mut rest = String::with_capacity(before.len() + after.len() + 1);
    for part in [before, after] {
        let mut last = 0;
        let mut spans: Vec<(usize, usize, Option<u32>)> = Vec::new();
        for re in time_rules() {
            for caps in re.captures_iter(part) {
                let m = caps.get(0).expect("group 0");
                if !spans.iter().any(|(s, e, _)| m.start() < *e && *s < m.end()) {
                    spans.push((m.start(), m.end(), minutes_from(&caps)));
                }
            }
        }
        spans.sort_unstable();
        for (start, end, found) in spans {
            minutes = minutes.or(found);
            rest.push_str(&part[last..start]);
            rest.push(' ');
            last = end;
        }
        rest.push_str(&part[last..]);
        rest.push(' ');
    }
    filler().is_match(&rest).then_some((Stated { date, minutes }, label_of(before)))
}

/// Reads a line that is only page metadata about the date: the date, its time, and what
/// labels it ([`Label`]). See the module documentation for what may stand beside the date.
pub fn date_line(line: &str) -> Option<(Stated, Label)> {
    let line = line.trim();
    // A date line is short (longer only as parts between separators) and has a year, and
    // is no sentence; skip the patterns for everything else.
    if line.len() < 6 || line.len() > 200 || (line.len() > 80 && !line.contains('|') && !line.contains(" / ")) || !has_year(line) {
        return None;
    }
    if line.ends_with(['.', '!', '?', '"', '”']) && line.split_whitespace().nth(8).is_some() {
        return None;
    }
    // No full date anywhere: nothing more to read.
    let first = find_date(line)?;
    if is_one_segment(line) {
        // The line is its only segment: its date is the one just found, and no other
        // segment can hold a lone time.
        return dated_segment_at(line, first);
    }
    let mut found: Vec<(Stated, Label)> = Vec::new();
    let mut dated = false;
    for segment in split_segments(line) {
        match dated_segment(segment) {
            Some(stated) => {
                found.push(stated);
                dated = true;
            }
            None if filler().is_match(segment) || is_name_segment(segment) || is_time_segment(segment) => {}
            None => return None,
        }
    }
    if !dated {
        return None;
    }
    // A lone time segment ("September 20, 2016 / 1:40 PM") belongs to the date before it.
    let time =
        split_segments(line).find_map(|s| time_rules().iter().find_map(|re| re.captures(s)).and_then(|c| minutes_from(&c)).filter(|_| find_date(s).is_none()));
    let (mut stated, label) = found.iter().copied().min_by_key(|(_, label)| *label)?;
    stated.minutes = stated.minutes.or(time);
    Some((stated, label))
}

/// Whether a segment is only a time of day and filler ("1:40 PM", "18:40").
fn is_time_segment(segment: &str) -> bool {
    time_rules().iter().any(|re| re.is_match(segment) && filler().is_match(&re.replace_all(segment, " ")))
}

/// Whether [`split_segments`] gives a trimmed line back whole: it has no separator.
fn is_one_segment(line: &str) -> bool {
    !line.contains(['|', '·', '•']) && !line.contains(" / ")
}

/// Parts of a line between `|`, ` / `, `·` and `•` separators.
fn split_segments(line: &str) -> impl Iterator<Item = &str> {
    line.split(['|', '·', '•']).flat_map(|s| s.split(" / ")).map(str::trim).filter(|s| !s.is_empty())
}

/// Whether a line opens with a full date ("Oct. 12, 2016 (EIRNS)—…").
pub fn starts_with_full_date(line: &str) -> bool {
    let first_word = line.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    month_number(first_word).is_some() && find_date(line.get(..40).unwrap_or(line)).is_some_and(|(_, _, range)| range.start == 0)
}

pub fn has_year(line: &str) -> bool {
    line.as_bytes().windows(4).any(|w| (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0') && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// The day an address is dated by, and the rule that read it.
pub fn url_date(url: &str) -> Option<(NaiveDate, &'static str)> {
    let path = url_path(url)?;
    url_rules().iter().zip(URL_RULES).find_map(|(re, rule)| {
        let caps = re.captures(path)?;
        Some((date_from(&caps)?, rule.name))
    })
}

/// The year and month an address is filed under, even without a day ("/2016/10/slug.html").
pub fn url_month(url: &str) -> Option<(i32, u32)> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"/(?P<y>(?:19|20)\d{2})/(?P<mo>[01]?\d)(?:/|$)").expect("valid pattern"));
    if let Some((date, _)) = url_date(url) {
        use chrono::Datelike;
        return Some((date.year(), date.month()));
    }
    let caps = re.captures(url_path(url)?)?;
    let month: u32 = caps["mo"].parse().ok()?;
    (1..=12).contains(&month).then(|| Some((caps["y"].parse().ok()?, month)))?
}

/// The path of an address, without host and query.
fn url_path(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = &rest[rest.find('/')?..];
    path.split(['?', '#']).next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(stated: Stated) -> String {
        match stated.time_label() {
            Some(t) => format!("{} {t}", stated.date),
            None => stated.date.to_string(),
        }
    }

    #[test]
    fn a_stamp_glued_before_the_story_is_cut_at_its_end() {
        let line = "World Oct 28, 2016 5:05 PM EDT Russia failed to win re-election.";
        assert_eq!(stamp_prefix(line).map(|n| &line[..n]), Some("World Oct 28, 2016 5:05 PM EDT"));
        assert_eq!(stamp_prefix("Oct 28, 2016 Russia failed."), Some(12));
        // A sentence that opens on a date, or a date after more than a section's words, is no stamp.
        assert_eq!(stamp_prefix("On Oct 28, 2016 Russia failed."), None);
        let scrape = "Council stops short of blaming Zembla By Edith M. Lederer May 28, 2012 Daily Planet – UNITED NATIONS -- The council met Sunday.";
        let (stated, words) = byline_date(scrape).expect("a byline with its date");
        assert_eq!((stated.date.to_string(), words), ("2012-05-28".to_string(), "By Edith M. Lederer May 28, 2012"));
        assert!(byline_date("The council met By the sea on May 28, 2012 to talk.").is_none());
        assert!(byline_date("Russia said that May 28, 2012 was the day.").is_none());
        assert_eq!(stamp_prefix("Russia said that Oct 28, 2016 was the day."), None);
        assert_eq!(stamp_prefix("World Oct 28, 2016 and then it failed."), None);
    }

    #[test]
    fn one_search_finds_the_rule_each_rule_searched_apart_finds() {
        // The earliest start of any rule, the first rule in the table at that start.
        let apart = |text: &str| date_rules().iter().enumerate().filter_map(|(i, re)| re.find(text).map(|m| (m.start(), i))).min();
        let lines = DATE_RULES.iter().chain(TIME_RULES).flat_map(|r| r.examples.iter().map(|(line, _)| *line));
        for line in lines.chain(["Oct 7, 2016 and 2016-10-07", "07/10/2016 Oct. 7, 2016", "no date here", "2016-10-07T10:00"]) {
            let found = any_date_rule().find(line).map(|m| (m.start(), m.pattern().as_usize()));
            assert_eq!(found, apart(line), "{line:?}");
        }
    }

    #[test]
    fn every_date_and_time_rule_reads_its_examples() {
        for rule in DATE_RULES.iter().chain(TIME_RULES) {
            for (line, want) in rule.examples {
                let got = date_line(line).map(|(s, _)| shown(s));
                assert_eq!(got.as_deref(), Some(*want), "rule {:?} on {line:?}", rule.name);
            }
        }
    }

    /// A line with no separator is read as its one segment straight away (`is_one_segment`):
    /// the same reading as every segment's, searched again, and the lone time searched for.
    #[test]
    fn a_line_of_one_segment_reads_as_every_segment_read_again() {
        fn every_segment(line: &str) -> Option<(Stated, Label)> {
            let line = line.trim();
            if line.len() < 6 || line.len() > 200 || (line.len() > 80 && !line.contains('|') && !line.contains(" / ")) || !has_year(line) {
                return None;
            }
            if line.ends_with(['.', '!', '?', '"', '”']) && line.split_whitespace().nth(8).is_some() {
                return None;
            }
            find_date(line)?;
            let mut found = Vec::new();
            for segment in split_segments(line) {
                match dated_segment(segment) {
                    Some(stated) => found.push(stated),
                    None if filler().is_match(segment) || is_name_segment(segment) || is_time_segment(segment) => {}
                    None => return None,
                }
            }
            let time = split_segments(line)
                .find_map(|s| time_rules().iter().find_map(|re| re.captures(s)).and_then(|c| minutes_from(&c)).filter(|_| find_date(s).is_none()));
            let (mut stated, label) = found.iter().copied().min_by_key(|(_, label)| *label)?;
            stated.minutes = stated.minutes.or(time);
            Some((stated, label))
        }
        let examples = DATE_RULES.iter().chain(TIME_RULES).flat_map(|r| r.examples.iter().map(|(line, _)| line.to_string()));
        let seeds = std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the seeds");
        let seed_lines =
            seeds.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).flat_map(|text| text.lines().map(str::to_string).collect::<Vec<_>>());
        let mut lines: Vec<String> = examples.chain(seed_lines).collect();
        let dressed: Vec<String> = lines
            .iter()
            .filter(|l| find_date(l).is_some())
            .flat_map(|l| [format!("Published: {l}"), format!("Updated {l} 10:32 GMT"), format!("By Jane Roe, Agency {l}"), format!("{l} | 5:11 p.m. ET")])
            .collect();
        lines.extend(dressed);
        lines.extend(
            ["  Oct 7, 2016  ", "Oct 7, 2016 / 4:05 PM", "Oct 7, 2016 · 4:05 PM", "Oct 7, 2016 • Reuters", "Friday, Oct 7, 2016 10:32 AM"].map(String::from),
        );
        for line in &lines {
            let (fast, slow) = (date_line(line), every_segment(line));
            assert_eq!(fast.map(|(s, l)| (shown(s), l)), slow.map(|(s, l)| (shown(s), l)), "{line:?}");
        }
    }

    #[test]
    fn every_url_rule_reads_its_examples() {
        for (rule, re) in URL_RULES.iter().zip(url_rules()) {
            for (url, want) in rule.examples {
                assert!(re.is_match(url_path(url).unwrap()), "rule {:?} does not match {url:?}", rule.name);
                assert_eq!(url_date(url).map(|(d, _)| d.to_string()).as_deref(), Some(*want), "{url}");
            }
        }
    }

    #[test]
    fn a_month_folder_is_not_a_day() {
        let url = "http://someblog.example.com/2016/10/putin-cancels-visit.html";
        assert_eq!(url_date(url), None);
        assert_eq!(url_month(url), Some((2016, 10)));
        assert_eq!(url_date("https://example.com/article/some-story-1297549?amp=2016"), None);
        assert_eq!(url_date("https://example.com/2016/13/45/x"), None);
        assert_eq!(own_weekday("The meeting in Moscow today, Wednesday, ended."), Some(chrono::Weekday::Wed));
        assert_eq!(own_weekday("Talks held today (Friday) in Geneva."), Some(chrono::Weekday::Fri));
        assert_eq!(own_weekday("Talks held on Friday in Geneva."), None);
        // Ten digits are an id, not a date.
        assert_eq!(url_date("https://example.com/world/some-story-2016100706"), None);
        // A number after the month folder is a slug, not a day.
        assert_eq!(url_date("https://example.com/2016/10/3-things-to-know"), None);
        assert_eq!(url_month("https://example.com/2016/10/3-things-to-know"), Some((2016, 10)));
    }

    #[test]
    fn relative_publication_lines() {
        for line in ["This article was published today at 1:08 p.m.", "Updated 7.14pm", "Posted 3 hours ago", "Published: yesterday", "Last updated 10:32 GMT"]
        {
            assert!(relative_date_line(line), "{line:?}");
        }
        for line in ["Updated rules were published on Monday.", "Published", "Posted by the envoy at 10:32 on the wall"] {
            assert!(!relative_date_line(line), "{line:?}");
        }
    }

    #[test]
    fn numbers_with_slashes_both_ways_round() {
        assert_eq!(other_reading("09/10/2016 10:32").map(|d| d.to_string()).as_deref(), Some("2016-09-10"));
        assert_eq!(other_reading("16/10/2016"), None);
        assert_eq!(other_reading("October 9, 2016"), None);
    }

    #[test]
    fn labels_tell_published_from_updated() {
        assert_eq!(date_line("Published: Oct 7, 2016").unwrap().1, Label::Published);
        assert_eq!(date_line("Posted on October 7, 2016").unwrap().1, Label::Published);
        let (stated, label) = date_line("Published online 17 January 2013").expect("a journal's date line");
        assert_eq!((stated.date.to_string(), label), ("2013-01-17".into(), Label::Published));
        assert_eq!(date_line("Last updated: Friday 7 October 2016 09:12 BST").unwrap().1, Label::Updated);
        assert_eq!(date_line("date 2016-10-07").unwrap().1, Label::Date);
        assert_eq!(label_of("date 2016-10-07"), Label::Date);
        assert_eq!(label_of("Published on 2016-10-07"), Label::Published);
        assert_eq!(date_line("Friday, October 7, 2016").unwrap().1, Label::Plain);
        // Both: the published date wins.
        let (stated, label) = date_line("Updated: Oct 8, 2016 | Published: Oct 7, 2016").unwrap();
        assert_eq!((stated.date.to_string(), label), ("2016-10-07".into(), Label::Published));
        // A source credit may stand before the label, in brackets.
        let (stated, label) = date_line("(Source: TASS; published Sept 18, 2018)").unwrap();
        assert_eq!((stated.date.to_string(), label), ("2018-09-18".into(), Label::Published));
        assert!(date_line("(Sources say the talks ended; published Sept 18, 2018)").is_none());
    }

    #[test]
    fn sentences_with_dates_are_not_date_lines() {
        for line in [
            "October 7, 2016, Lavrov said",
            "The talks ended on October 7, 2016.",
            "On 7 October 2016 the envoy left Damascus for talks",
            "2016-13-45",
            "Russia and Turkey agreed in March 2016 | more",
            "Kerry spoke by phone | October 9, 2016 | Lavrov answered",
        ] {
            assert!(date_line(line).is_none(), "{line:?}");
        }
    }
}
