//! Human labels for the partial dates of the export contract ("YYYY", "YYYY-MM", "YYYY-MM-DD").

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A date of the export contract, split into its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartialDate {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl PartialDate {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is `None`.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let Some(month) = parts.next() else { return Some(PartialDate::Year(year)) };
        let month: u32 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
        let Some(day) = parts.next() else { return Some(PartialDate::Month(year, month)) };
        let day: u32 = day.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::Day)
    }

    /// Chronological sort key; a coarser date sorts before the finer dates it contains.
    pub fn sort_key(self) -> (i32, u32, u32) {
        match self {
            PartialDate::Year(year) => (year, 0, 0),
            PartialDate::Month(year, month) => (year, month, 0),
            PartialDate::Day(date) => (date.year(), date.month(), date.day()),
        }
    }

    /// The first and the last day the date covers.
    pub fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            PartialDate::Day(day) => Some((day, day)),
            PartialDate::Month(year, month) => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(year, month + 1, 1)? };
                Some((first, next.pred_opt()?))
            }
            PartialDate::Year(year) => Some((NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?)),
        }
    }

    /// "2016-10-07": a day as the URL and date inputs write it.
    pub fn iso(day: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
    }

    /// "Friday 7 October 2016", "October 2016", "2016".
    pub fn long_label(self) -> String {
        match self {
            PartialDate::Year(year) => year.to_string(),
            PartialDate::Month(year, month) => format!("{} {year}", MONTHS[month as usize - 1]),
            PartialDate::Day(date) => {
                format!("{} {} {} {}", WEEKDAYS[date.weekday().num_days_from_monday() as usize], date.day(), MONTHS[date.month0() as usize], date.year())
            }
        }
    }

    /// "7 Oct 2016", "Oct 2016", "2016".
    pub fn short_label(self) -> String {
        match self {
            PartialDate::Year(year) => year.to_string(),
            PartialDate::Month(year, month) => format!("{} {year}", &MONTHS[month as usize - 1][..3]),
            PartialDate::Day(date) => {
                format!("{} {} {}", date.day(), &MONTHS[date.month0() as usize][..3], date.year())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2015"), Some(PartialDate::Year(2015)));
        assert_eq!(PartialDate::parse("2015-08"), Some(PartialDate::Month(2015, 8)));
        assert_eq!(PartialDate::parse("2016-10-06").map(PartialDate::long_label).as_deref(), Some("Thursday 6 October 2016"));
    }

    #[test]
    fn a_date_covers_its_days() {
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(PartialDate::parse("2016-02").unwrap().days(), Some((day("2016-02-01"), day("2016-02-29"))));
        assert_eq!(PartialDate::parse("2015-12").unwrap().days(), Some((day("2015-12-01"), day("2015-12-31"))));
        assert_eq!(PartialDate::parse("2016").unwrap().days(), Some((day("2016-01-01"), day("2016-12-31"))));
        assert_eq!(PartialDate::iso(day("2016-10-07")), "2016-10-07");
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in ["", "20x6", "2016-13", "2016-02-30", "2016-10-07-1", "2016--07"] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn orders_coarser_dates_before_finer_ones_of_the_same_year() {
        let key = |text| PartialDate::parse(text).unwrap().sort_key();
        assert!(key("2015-08") < key("2016"));
        assert!(key("2016") < key("2016-02"));
        assert!(key("2016-02") < key("2016-02-01"));
        assert!(key("2016-10-06") < key("2016-10-07"));
        let day = PartialDate::parse("2016-10-07").unwrap();
        let month = PartialDate::parse("2016-02").unwrap();
        assert_eq!(day.short_label(), "7 Oct 2016");
        assert_eq!(month.short_label(), "Feb 2016");
    }
}
