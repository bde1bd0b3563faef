//! The groups of one rule's match, read by name as `regex::Captures` reads them.
//!
//! The rules are matched as one multi-pattern regex (`regex_automata::meta`), one pattern
//! per rule in the table's order, so the capture engine runs on the matching rule's
//! pattern alone: on the rules joined into one alternation it explored every rule's
//! branches at each match (the bounded backtracker, ~7,000 instructions a match).

use regex_automata::util::captures::Captures;
use std::ops::Index;

/// One group's text and where it is in the sentence.
#[derive(Clone, Copy, Debug)]
pub struct Group<'a> {
    haystack: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Group<'a> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'a str {
        &self.haystack[self.start..self.end]
    }
}

/// The named groups of a match in `haystack`.
pub struct Groups<'a> {
    caps: &'a Captures,
    haystack: &'a str,
}

impl<'a> Groups<'a> {
    pub fn new(caps: &'a Captures, haystack: &'a str) -> Self {
        Groups { caps, haystack }
    }

    /// The whole match (the caller asks only of a match).
    pub fn whole(&self) -> Group<'a> {
        let span = self.caps.get_match().expect("a match").span();
        Group { haystack: self.haystack, start: span.start, end: span.end }
    }

    /// The group called `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Group<'a>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Group { haystack: self.haystack, start: span.start, end: span.end })
    }
}

/// A group that must have taken part in the match, as `regex::Captures` indexes it.
impl Index<&str> for Groups<'_> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name).unwrap_or_else(|| panic!("no group {name:?} in the match")).as_str()
    }
}
