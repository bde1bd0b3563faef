//! The time-expression rules, HeidelTime style: each rule is a name, a pattern (one
//! alternative of the combined expression, its groups named after the rule), a
//! normalisation to a [`Role`], and examples that are its unit tests. To add a rule, add
//! an entry here: the combined expression, the dispatch and the tests follow the table.

use super::*;

/// What a rule's normalisation sees of a match.
pub(super) struct Found<'a> {
    pub caps: &'a groups::Groups<'a>,
    pub whole: groups::Group<'a>,
    pub sentence: &'a str,
    pub reference: Option<NaiveDate>,
    /// The year to read a month and day in when there is no reference (see [`find_dated`]).
    pub year_of: Option<NaiveDate>,
    /// The day weekdays count back from when there is no reference (see [`find_dated`]).
    pub week_of: Option<NaiveDate>,
    /// The clause around the match is in the future tense ("will meet on Monday").
    pub future: bool,
    /// That future is seen from a past statement ("said on Monday the pullout would start
    /// on Tuesday"): counted from the statement's day when the sentence gives it.
    pub seen_from_past: bool,
    /// The last point found before in the sentence, for "a year later".
    pub last_point: Option<PartialDate>,
}

/// Days after its story's day a page read in that story's week may be of: "last month"
/// on it is counted from the story's day only when that many days later is the same month.
const PAGE_LAG_DAYS: i64 = 7;

impl Found<'_> {
    /// The day a count of months or years back ("last month", "three years ago") starts
    /// from: the report's; else, on a page read in its story's week, the story's day, when
    /// the page, up to [`PAGE_LAG_DAYS`] later, is still of that month (`months`) or year.
    fn counted_from(&self, months: bool) -> Option<NaiveDate> {
        self.reference.or_else(|| {
            let story = self.week_of?.pred_opt()?;
            let later = story + Duration::days(PAGE_LAG_DAYS);
            (later.year() == story.year() && (!months || later.month() == story.month())).then_some(story)
        })
    }
}

pub(super) struct Rule {
    /// Also the name of the pattern's outer group.
    pub name: &'static str,
    pub pattern: fn() -> String,
    /// The role of a match; `None` when the match is not a time expression after all.
    pub normalise: fn(&Found) -> Option<Role>,
    /// (sentence, the expression found, its role) with the publication date Friday 7
    /// October 2016: "point 2016-10-06", "ahead", "duration", "unresolved", "background
    /// 2016-09-19", or "none" when the rule must not fire. Read by the tests only.
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: &'static [(&'static str, &'static str, &'static str)],
}

const UNIT: &str = r"(?:days?|weeks?|months?|years?|hours?)";
const COUNT: &str = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d+)";

/// The rules, in the order of the combined expression's alternatives (the first that
/// matches at a position wins).
pub(super) const RULES: &[Rule] = &[
    Rule {
        name: "ahead",
        pattern: || {
            format!(
                r"(?P<ahead>(?-u:\b)(?i:within|in the next|in the coming|over the next)\s+(?:{COUNT}\s+)?(?:more\s+)?{UNIT}(?-u:\b)|(?-u:\b)(?i:by the (?:year's|year’s|month's|month’s) end|by the end of (?:the|this|next) (?:year|month|week)|by (?:the )?end-\w+|by year-end))"
            )
        },
        normalise: |_| Some(Role::Ahead),
        examples: &[
            ("East Aleppo might be destroyed within two months.", "within two months", "ahead"),
            ("It could be totally destroyed by the year's end.", "by the year's end", "ahead"),
        ],
    },
    Rule {
        name: "duration",
        pattern: || {
            format!(
                r"(?P<duration>(?-u:\b)(?i:for|over the past|over the last|in the past|in the last|during the past)\s+(?:{COUNT}\s+)?(?:\w+\s+)?{UNIT}(?:\s+and\s+{UNIT})?(?-u:\b)|(?-u:\b)(?i:from day one)(?-u:\b))"
            )
        },
        normalise: |_| Some(Role::Duration),
        examples: &[("It was deliberated for nine weeks.", "for nine weeks", "duration")],
    },
    Rule {
        name: "full",
        pattern: || format!(r"(?P<full>(?:{PREP}\s+)?(?:the\s+)?(?:{}))", stated_pattern().replace("?P<", "?P<f_")),
        // Reuses the stated-date parser on the matched text.
        normalise: |f| f.caps.name("full").and_then(|m| date_line(strip_preposition(m.as_str()))).map(|stated| Role::Point(PartialDate::day(stated.date))),
        examples: &[
            ("The talks were held on October 6, 2016 in Geneva.", "on October 6, 2016", "point 2016-10-06"),
            ("Its air force started operations on September 30th, 2015 at the state's request.", "on September 30th, 2015", "point 2015-09-30"),
            ("The base was leased on the 26th of August 2015.", "on the 26th of August 2015", "point 2015-08-26"),
            ("The Assembly on Friday Dec 09,2016 demanded a ceasefire.", "Dec 09,2016", "point 2016-12-09"),
        ],
    },
    Rule {
        name: "monthyear",
        pattern: || {
            format!(r"(?P<monthyear>(?-u:\b)(?:{PREP}\s+)?(?:(?i:early|late|mid)(?:-|\s+))?(?P<my_m>{MONTHS})\.?,?\s+(?P<my_y>(?:19|20)\d{{2}})(?-u:\b))")
        },
        normalise: |f| match (month_number(&f.caps["my_m"]), f.caps["my_y"].parse()) {
            (Some(m), Ok(y)) => Some(Role::Point(PartialDate::month(y, m))),
            _ => None,
        },
        examples: &[
            ("The agreement was first signed in August 2015.", "in August 2015", "point 2015-08"),
            // A part of the month is the month, of the year written: not "late September" of the report's year.
            ("Russia entered the conflict in late September 2015.", "in late September 2015", "point 2015-09"),
            ("The siege began mid-July 2012.", "mid-July 2012", "point 2012-07"),
        ],
    },
    Rule {
        name: "monthday",
        pattern: || format!(r"(?P<monthday>(?-u:\b)(?:{PREP}\s+)?(?P<md_m>{MONTHS})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b))"),
        normalise: monthday,
        examples: &[
            ("The convoy was hit on Sept. 19 near Aleppo.", "on Sept. 19", "point 2016-09-19"),
            ("East Aleppo may 5 times be hit.", "may 5", "none"),
            ("Arab states sought to invite Assad to an Arab League summit on May 19.", "on May 19", "background 2016-05-19"),
            ("Rescuers said they could not reach the town on Sept. 19.", "on Sept. 19", "point 2016-09-19"),
        ],
    },
    Rule {
        name: "daymonth",
        pattern: || format!(r"(?P<daymonth>(?-u:\b)(?:{PREP}\s+)?(?:the\s+)?(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm_m>{MONTHS})(?-u:\b))"),
        normalise: daymonth,
        examples: &[
            ("The truce was put into effect on 12 September.", "on 12 September", "point 2016-09-12"),
            ("Its term will end on the 31st of December.", "on the 31st of December", "point 2016-12-31"),
            ("The pause began on 20 October 2016.", "on 20 October 2016", "point 2016-10-20"),
            ("The 5 may be enough.", "5 may", "none"),
            // What someone said may yet be is ahead of the saying; what could not be done is past.
            ("Aboul Gheit said Assad could attend the summit in Riyadh on 19 May.", "on 19 May", "point 2017-05-19"),
        ],
    },
    Rule {
        name: "month",
        pattern: || {
            r"(?P<month>(?-u:\b)(?P<mo_p>(?i:back in|in|since|last|this|next|early|late|mid-|until|by|from|of))\s*(?P<mo_m>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)(?:\s+(?:of\s+)?(?P<mo_y>(?i:last|this|next))\s+(?i:year)(?-u:\b)|\s+(?P<mo_ago>(?i:a|one)\s+year\s+ago)(?-u:\b))?)".into()
        },
        normalise: month,
        examples: &[
            ("The truce was agreed back in February.", "back in February", "point 2016-02"),
            ("They met in the capital in January last year.", "in January last year", "point 2015-01"),
            ("The army retook it in November of last year.", "in November of last year", "point 2015-11"),
            ("The talks failed in March this year.", "in March this year", "point 2016-03"),
            ("It last fired them in November a year ago.", "in November a year ago", "point 2015-11"),
            ("The vote will be held in May next year.", "in May next year", "ahead"),
            ("The talks will resume in November.", "in November", "point 2016-11"),
            ("The stage is set for him to withdraw the troops, as he abruptly announced in December.", "in December", "background 2015-12"),
            ("The pause holds until November.", "until November", "ahead"),
            // What may yet happen is ahead; a past act in a clause of its own is past,
            // whatever was due before it.
            ("Brahimi said the conference could take place in July.", "in July", "point 2017-07"),
            ("He described the mission he was due to carry out before his jet crashed in December.", "in December", "background 2015-12"),
        ],
    },
    Rule {
        name: "monthnoun",
        // A month naming a thing of its own: "the September airstrike" (never "the
        // September 11 attacks": a digit is no word). Not May: "the May government" is
        // more often a person's.
        pattern: || {
            r"(?P<monthnoun>(?-u:\b)[Tt]he\s+(?P<mn_m>January|February|March|April|June|July|August|September|October|November|December)\s+[a-z]+(?-u:\b))"
                .into()
        },
        normalise: |f| {
            let m = month_number(&f.caps["mn_m"])?;
            let Some(r) = f.reference else { return Some(Role::Unresolved) };
            // The nearest such month behind the report, or ahead of it in the future tense.
            let year = match (f.future, m.cmp(&r.month())) {
                (true, std::cmp::Ordering::Less) => r.year() + 1,
                (false, std::cmp::Ordering::Greater) => r.year() - 1,
                _ => r.year(),
            };
            Some(Role::Point(PartialDate::month(year, m)))
        },
        examples: &[
            ("The September airstrike hit a United Nations aid convoy.", "The September airstrike", "point 2016-09"),
            ("The November election will decide it.", "The November election", "point 2016-11"),
            ("The November election decided it.", "The November election", "point 2015-11"),
            ("The September 11 attacks changed everything.", "", "none"),
            ("The May government fell.", "", "none"),
        ],
    },
    Rule {
        name: "year_label",
        // A chronology's entry opening on its year ("2013: Al Baghdadi renames …", "2019 -
        // IS fighters are defeated …"): the entry's own year.
        pattern: || r"(?P<year_label>\A(?P<yl_y>(?:19|20)\d{2})\s*[:\-–—])".into(),
        normalise: |f| f.caps["yl_y"].parse().ok().map(|y| Role::Point(PartialDate::year(y))),
        examples: &[
            ("2013: Al Baghdadi renames the Islamic State in Iraq.", "2013:", "point 2013"),
            ("2014 - The group declares a caliphate in Mosul.", "2014 -", "point 2014"),
            ("2013 was the worst year of the war.", "", "none"),
        ],
    },
    Rule {
        name: "year",
        // A part of the year ("in mid-2014", "by early 2015") is the year: no finer point.
        pattern: || {
            r"(?P<year>(?-u:\b)(?:(?i:in|since|back in|until|by|from|of)\s+(?:(?i:early|mid|late)(?:-|\s+))?|(?i:mid)-)(?P<yr>(?:19|20)\d{2})(?-u:\b))".into()
        },
        normalise: |f| {
            let prefix = f.whole.as_str().to_ascii_lowercase();
            // "the Disengagement of Forces Agreement of 1974": the year of a name.
            let named = f.sentence[..f.whole.start()].split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase));
            if prefix.starts_with("of") && named {
                return None;
            }
            let Ok(y) = f.caps["yr"].parse() else { return None };
            // "By early 2015, the militants held ..." told after it is a past point.
            let past = f.reference.is_some_and(|r| y < r.year()) && !f.future;
            // "hoped that elections would take place in 2020": a year told in the future, not
            // before the report's, or any year after the report's, is a plan (with no year of
            // the report or its story, the tense alone says too little).
            let planned = f.counted_from(false).is_some_and(|r| y > r.year() || f.future && y == r.year());
            if prefix.starts_with("until") || (prefix.starts_with("by") && !past) || planned {
                Some(Role::Ahead)
            } else {
                Some(Role::Point(PartialDate::year(y)))
            }
        },
        examples: &[
            ("The war began in 2011.", "in 2011", "point 2011"),
            ("Syria is committed to the Disengagement of Forces Agreement of 1974.", "of 1974", "none"),
            ("By the end of 2015, the militants held the city.", "of 2015", "point 2015"),
            ("Rebels have held it since 2012.", "since 2012", "duration"),
            ("IS overran large parts of the province in mid-2014.", "in mid-2014", "point 2014"),
            ("By early 2015, the militants were in control of the city.", "By early 2015", "point 2015"),
            ("The group seized the town mid-2013.", "mid-2013", "point 2013"),
            ("Russia aims to finish the work by 2020.", "by 2020", "ahead"),
            ("The line will be built by late 2015.", "by late 2015", "ahead"),
            ("Rouhani said he hoped that elections would take place in 2017.", "in 2017", "ahead"),
            ("The plant opened in 2018.", "in 2018", "ahead"),
            ("The Quds Force is a branch of the Guard Corps, which is attached to the military that former President Jane Roe designated a terrorist organization in 2012.", "in 2012", "background 2012"),
            ("In that city the army captured the citadel and the old souks in 2012.", "in 2012", "point 2012"),
        ],
    },
    Rule {
        name: "rel",
        pattern: || format!(r"(?P<rel>(?-u:\b)(?P<rel_n>(?i:{COUNT}))\s+(?P<rel_u>years?|months?|weeks?|days?)\s+(?P<rel_d>later|after|ago|earlier)(?-u:\b))"),
        normalise: relative,
        examples: &[
            ("The talks collapsed three days ago.", "three days ago", "point 2016-10-04"),
            ("Nine days ago, the Air Force said, a fighter forced a plane through its wake.", "Nine days ago", "point 2016-09-28"),
            ("The ship was turned away two weeks ago.", "two weeks ago", "point 2016-09"),
            ("It leads the group that was not allowed to refuel in Malta two weeks ago.", "two weeks ago", "point 2016-09"),
            ("Russia intervened in September 2015; a year later it bombed Aleppo.", "a year later", "point 2016-09"),
            ("Assad asked for Russia's aid over a year ago.", "a year ago", "duration"),
            ("The announcement came a day after Hollande said it was a war crime.", "a day after", "point 2016-10-06"),
            ("Moscow said on Wednesday, a day after the attack on the convoy.", "a day after", "point 2016-10-04"),
            ("The ceasefire collapsed more than two weeks ago.", "two weeks ago", "duration"),
            ("Another adviser was killed there three years ago.", "three years ago", "point 2013"),
            ("A buffer zone was agreed a year ago.", "a year ago", "point 2015-10"),
        ],
    },
    Rule {
        name: "calendar",
        pattern: || r"(?P<calendar>(?-u:\b)(?i:(?:earlier|later|early|late)\s+)?(?P<cal_m>(?i:last|this|next))\s+(?P<cal_u>(?i:year|month))(?-u:\b))".into(),
        normalise: calendar,
        examples: &[
            ("Russia said last year it had started a plant.", "last year", "point 2015"),
            ("The ceasefire collapsed last month.", "last month", "point 2016-09"),
            ("The army retook the town earlier this year.", "earlier this year", "point 2016"),
            ("Talks will resume next month.", "next month", "ahead"),
            ("Ochlik, who last month won a photo award, died instantly.", "last month", "background 2016-09"),
            ("A vote will be held this month.", "this month", "ahead"),
            (
                "The US is no longer offering a reward for a rebel leader whose forces toppled the president's regime earlier this month.",
                "earlier this month",
                "background 2016-10",
            ),
        ],
    },
    Rule {
        name: "last_week",
        pattern: || r"(?P<last_week>(?-u:\b)(?i:last\s+week)(?-u:\b))".into(),
        normalise: last_week,
        examples: &[
            ("That comes after last week's threat by Kerry.", "last week", "week 2016-09-26"),
            ("The ministry said last week that talks had stalled.", "last week", "week 2016-09-26"),
            ("Talks will resume next week.", "next week", "none"),
        ],
    },
    Rule {
        name: "weekday",
        pattern: || {
            format!(
                r"(?P<weekday>(?-u:\b)(?:(?P<wd_mod>(?i:last|next|this|on|later|earlier|late|early|by))\s+)?(?P<wd>{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?(?-u:\b))"
            )
        },
        normalise: weekday_of,
        examples: &[
            ("De Mistura said on Thursday he would escort the fighters.", "on Thursday", "point 2016-10-06"),
            ("The council will meet on Saturday.", "on Saturday", "point 2016-10-08"),
            ("He spoke on a weekly Sunday news roundup.", "Sunday", "none"),
            ("Russia's military Sunday blamed Israel for the loss of its plane.", "Sunday", "point 2016-10-02"),
            (
                "Biden ordered the strikes in response to the attack on Tower 22, a small outpost in Jordan, last Sunday.",
                "last Sunday",
                "background 2016-10-02",
            ),
            ("As many as 100 people have died since Friday.", "Friday", "duration"),
            ("Rupert Murdoch, owner of the Sunday Times, said a photographer was hurt.", "Sunday", "none"),
            ("The veteran Sunday Times correspondent was killed.", "Sunday", "none"),
            ("Colvin worked for Britain's Sunday Times.", "Sunday", "none"),
            ("The ministry said Sunday President Assad had agreed.", "Sunday", "point 2016-10-02"),
            ("A Monday evening statement by the press secretary said the attack was near.", "Monday evening", "point 2016-10-03"),
            ("The warning was repeated in a Monday evening statement.", "Monday evening", "none"),
        ],
    },
    Rule {
        name: "deictic",
        pattern: || {
            r"(?P<deictic>(?-u:\b)(?i:(?:earlier|later)\s+(?:today|this\s+week|that day|in the day)|this\s+week|today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|later that day|on the same day)(?-u:\b))".into()
        },
        normalise: |f| {
            let lower = f.whole.as_str().to_ascii_lowercase();
            if let Some(role) = this_week(f, &lower) {
                return Some(role);
            }
            let Some(r) = f.reference else { return Some(Role::Unresolved) };
            let date = match lower.as_str() {
                "yesterday" => r - Duration::days(1),
                "tomorrow" => r + Duration::days(1),
                _ => r,
            };
            Some(Role::Point(PartialDate::day(date)))
        },
        examples: &[
            ("The ministry said yesterday the pause would hold.", "yesterday", "point 2016-10-06"),
            ("EU ministers said earlier this week they would extend sanctions.", "earlier this week", "week 2016-10-03"),
            ("The envoy will brief the council later this week.", "later this week", "ahead"),
            ("Russia and China this week vetoed a draft resolution.", "this week", "week 2016-10-03"),
            ("The council will vote this week on the draft.", "this week", "ahead"),
        ],
    },
];

/// "earlier this week", or "this week" told in the past ("Russia and China this week
/// vetoed …"): some day of the report's week before it, no day of its own: the week's
/// Monday, from which the act may lie up to the report (the story's week for an undated
/// page). "later this week", or "this week" in the future, lies ahead.
fn this_week(f: &Found, lower: &str) -> Option<Role> {
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    match lower.as_str() {
        "later this week" => Some(Role::Ahead),
        "this week" if f.future => Some(Role::Ahead),
        "earlier this week" | "this week" => {
            let day = f.reference.or_else(|| f.week_of.and_then(|after| after.pred_opt()))?;
            Some(Role::Week(day - Duration::days(i64::from(day.weekday().num_days_from_monday()))))
        }
        _ => None,
    }
}

fn monthday(f: &Found) -> Option<Role> {
    let (Some(m), Ok(d)) = (month_number(&f.caps["md_m"]), f.caps["md_d"].parse::<u32>()) else { return None };
    // "may 5" in lower case is the verb.
    if f.caps["md_m"].eq_ignore_ascii_case("may") && !f.caps["md_m"].starts_with('M') {
        return None;
    }
    match f.reference.or(f.year_of) {
        Some(r) => nearest_year(m, d, r).map(|date| Role::Point(PartialDate::day(date))),
        None => Some(Role::Unresolved),
    }
}

fn daymonth(f: &Found) -> Option<Role> {
    let (Some(m), Ok(d)) = (month_number(&f.caps["dm_m"]), f.caps["dm_d"].parse::<u32>()) else { return None };
    if !f.caps["dm_m"].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let Some(r) = f.reference.or(f.year_of) else { return Some(Role::Unresolved) };
    // In the future tense the next such day; else the nearest, unless that lies weeks
    // ahead ("ended on the 31st of December", told in October, is last December).
    let years = [r.year() - 1, r.year(), r.year() + 1];
    let days = years.into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, m, d));
    let date = if f.future {
        days.filter(|x| *x >= r).min()
    } else {
        nearest_year(m, d, r).filter(|x| (*x - r).num_days() <= 7).or_else(|| days.filter(|x| *x <= r).max())
    };
    date.map(|date| Role::Point(PartialDate::day(date)))
}

fn month(f: &Found) -> Option<Role> {
    let m = month_number(&f.caps["mo_m"])?;
    let modifier = f.caps["mo_p"].to_ascii_lowercase();
    // In an undated page, the month of its story's year (or the corpus's), as a month and day are.
    let Some(r) = f.reference.or(f.year_of) else { return Some(Role::Unresolved) };
    // "in January last year": the year is named, relative to the report's.
    if f.caps.name("mo_ago").is_some() {
        return Some(Role::Point(PartialDate::month(r.year() - 1, m)));
    }
    if let Some(year) = f.caps.name("mo_y") {
        return match year.as_str().to_ascii_lowercase().as_str() {
            "next" => Some(Role::Ahead),
            "last" => Some(Role::Point(PartialDate::month(r.year() - 1, m))),
            _ => Some(Role::Point(PartialDate::month(r.year(), m))),
        };
    }
    // "will meet in December", "will end on the 31st of December": a month ahead.
    let forward =
        modifier == "next" || modifier == "until" || modifier == "by" || (f.future && matches!(modifier.as_str(), "in" | "of" | "early" | "late" | "mid-"));
    let year = if forward {
        if m >= r.month() {
            r.year()
        } else {
            r.year() + 1
        }
    } else if modifier == "last" {
        if m < r.month() {
            r.year()
        } else {
            r.year() - 1
        }
    } else if m <= r.month() {
        r.year()
    } else {
        r.year() - 1
    };
    if modifier == "until" || modifier == "by" {
        Some(Role::Ahead)
    } else {
        Some(Role::Point(PartialDate::month(year, m)))
    }
}

/// "last week": the Monday of the calendar week before the report's.
fn last_week(f: &Found) -> Option<Role> {
    // On a page read in its story's week, counted from the story's day, as "this week" is.
    let Some(r) = f.reference.or_else(|| f.week_of.and_then(|after| after.pred_opt())) else { return Some(Role::Unresolved) };
    let days_back = i64::from(r.weekday().num_days_from_monday()) + 7;
    Some(Role::Week(r - chrono::Duration::days(days_back)))
}

/// "last year", "earlier this month": the calendar year or month before the report, or
/// its own; "next month", or "this month" in the future tense, lies ahead. (Weeks have no
/// precision of their own: "last week" is left to the sentences around it.)
fn calendar(f: &Found) -> Option<Role> {
    let Some(r) = f.counted_from(!f.caps["cal_u"].eq_ignore_ascii_case("year")) else { return Some(Role::Unresolved) };
    let which = f.caps["cal_m"].to_ascii_lowercase();
    if which == "next" || (which == "this" && f.future) {
        return Some(Role::Ahead);
    }
    let back = i32::from(which == "last");
    let date = if f.caps["cal_u"].eq_ignore_ascii_case("year") {
        PartialDate::year(r.year() - back)
    } else {
        shift_months(PartialDate::month(r.year(), r.month()), -back)
    };
    Some(Role::Point(date))
}

/// Words before a count that make it rough: "over a year ago" is some time before a
/// year ago, no point to date an act by.
const ROUGHLY: &[&str] = &["over", "nearly", "almost", "about", "around", "roughly", "some", "than", "under", "approximately"];

fn relative(f: &Found) -> Option<Role> {
    let before = f.sentence[..f.whole.start()].split_whitespace().next_back().unwrap_or("").to_ascii_lowercase();
    if ROUGHLY.contains(&before.as_str()) {
        return Some(Role::Duration);
    }
    let n = number_word(f.caps["rel_n"].split_whitespace().last().unwrap_or(""))?;
    let unit = f.caps["rel_u"].trim_end_matches('s').to_ascii_lowercase();
    let (anchor, sign) = match f.caps["rel_d"].to_ascii_lowercase().as_str() {
        // "The announcement came a day after Hollande said …": the story, told on its day,
        // points back at what it followed, that many days before.
        "after" if f.last_point.is_none() && ["came", "comes", "come", "follows", "followed"].contains(&before.as_str()) => {
            (f.reference.map(PartialDate::day), -1)
        }
        // "Moscow said Wednesday, a day after the attack": in apposition to a point, the
        // point is that long after what follows; what follows is that long before it.
        "after" if f.sentence[..f.whole.start()].trim_end().ends_with(',') => (f.last_point, -1),
        "later" | "after" => (f.last_point, 1),
        "earlier" => (f.last_point, -1),
        _ if matches!(unit.as_str(), "year" | "month") => (f.counted_from(unit == "month").map(PartialDate::day), -1),
        _ => (f.reference.map(PartialDate::day), -1),
    };
    let Some(anchor) = anchor else { return Some(Role::Unresolved) };
    let Some(shifted) = n.checked_mul(sign).and_then(|n| shift(anchor, n, &unit)) else { return Some(Role::Unresolved) };
    Some(Role::Point(shifted))
}

fn weekday_of(f: &Found) -> Option<Role> {
    let day = weekday(&f.caps["wd"])?;
    let modifier = f.caps.name("wd_mod").map(|m| m.as_str().to_ascii_lowercase());
    let (sentence, whole) = (f.sentence, f.whole);
    // "weekly Sunday news roundup": a weekday used as an adjective dates nothing; one
    // before a past verb dates it ("Russia's military Sunday blamed …").
    let next_word = sentence[whole.end()..].split_whitespace().next().unwrap_or("");
    let past_verb_next = next_word.len() > 3 && next_word.ends_with("ed") || PAST_IRREGULAR.contains(&next_word);
    // "the Sunday Times", "Britain's Sunday Times", "The veteran Sunday Times correspondent":
    // a weekday opening a name is no day ("said Sunday President Assad …" is one).
    let prev_word = sentence[..whole.start()].split_whitespace().next_back().unwrap_or("");
    let names_before = |w: &str| ["said", "says", "told", "added", "met", "spoke"].contains(&w) || w.len() > 3 && w.ends_with("ed");
    if modifier.is_none() && !prev_word.is_empty() && !prev_word.ends_with(',') && !names_before(prev_word) && next_word.starts_with(char::is_uppercase) {
        return None;
    }
    if modifier.is_none()
        && !past_verb_next
        && next_word.chars().next().is_some_and(char::is_lowercase)
        && !sentence[..whole.start()].trim_end().ends_with(',')
        && !["that", "and", "as", "after", "before", "when", "to", "in", "at", "the", "with", "for", "on", "during", "amid", "over", "from", "by"]
            .contains(&next_word)
        && prev_word.chars().next().is_some_and(char::is_lowercase)
        && !["said", "says", "told", "added", "met", "spoke"].contains(&prev_word)
    {
        return None;
    }
    let (forward, strict) = match modifier.as_deref() {
        Some("next") => (true, true),
        Some("last") => (false, true),
        Some("by") | Some("later") => (true, false),
        // A future seen from a past statement in an undated page: the statement's day is
        // unknown, the story's week is the best guess.
        _ => (f.future && (f.reference.is_some() || !f.seen_from_past), false),
    };
    // An undated page's weekdays are read in its story's week: counted back from the day
    // after the story's (the page may be of the next day), forward from the story's own day
    // ("will meet in Berlin on Wednesday", told of a Wednesday's meeting, is that day).
    let story_week = f.week_of.map(|after| if forward && !strict { after.pred_opt().unwrap_or(after) } else { after });
    let Some(r) = f.reference.or(story_week) else { return Some(Role::Unresolved) };
    let statement_day = f.last_point.and_then(|p| p.as_naive()).filter(|d| f.seen_from_past && *d <= r);
    let date = resolve_weekday(day, statement_day.unwrap_or(r), forward, strict);
    if modifier.as_deref() == Some("by") {
        Some(Role::Ahead)
    } else {
        Some(Role::Point(PartialDate::day(date)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(role: &Role) -> String {
        match role {
            Role::Point(p) => format!("point {p}"),
            Role::Background(p) => format!("background {p}"),
            Role::Ahead => "ahead".into(),
            Role::Duration => "duration".into(),
            Role::Unresolved => "unresolved".into(),
            Role::Week(monday) => format!("week {monday}"),
        }
    }

    #[test]
    fn every_rule_reads_its_examples() {
        let friday = NaiveDate::from_ymd_opt(2016, 10, 7).unwrap();
        for rule in RULES {
            assert!(!rule.examples.is_empty(), "rule {} has no examples", rule.name);
            for (sentence, text, expected) in rule.examples {
                let found = find(sentence, Some(friday));
                let hit = found.iter().find(|t| t.text == *text);
                match (*expected, hit) {
                    ("none", None) => {}
                    ("none", Some(t)) => panic!("rule {}: {sentence:?} must not find {:?}", rule.name, t),
                    (_, None) => panic!("rule {}: {sentence:?} finds no {text:?} (found {found:?})", rule.name),
                    (_, Some(t)) => assert_eq!(describe(&t.role), *expected, "rule {}: {sentence:?}", rule.name),
                }
            }
        }
    }

    #[test]
    fn every_rule_is_an_alternative_of_the_expression() {
        for rule in RULES {
            assert!((rule.pattern)().starts_with(&format!("(?P<{}>", rule.name)), "rule {}: its pattern's outer group is named after it", rule.name);
        }
    }
}
