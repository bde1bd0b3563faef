//! Stage 7, quotes: quoted speech with its speaker.
//!
//! Works on paragraphs of the seed text, so a quote may span sentences and
//! paragraphs. Handles curly and straight double quotes, single curly quotes (‘…’, told
//! from the apostrophe by what stands beside the marks), quotes inside quotes (they
//! belong to the outer quote), a closing mark whose opening mark was lost in
//! scraping (the quote then starts the paragraph), a quote left open at a
//! paragraph's end that goes on in the next paragraph, and tells scare quotes
//! ("terrorist", "moderate") from speech: a span of two words or fewer is speech only
//! when it ends a clause and its sentence has a speech verb, one of three words only
//! when its sentence has a speech verb.
//!
//! The speaker comes from the words around the quote, never from a name inside any
//! quote, in this order:
//! 1. the frame after the quote: "…,” Lavrov said", "…,” said John Fisher", "…,” the
//!    ministry said", "…,” he continued" (a pronoun);
//! 2. the frame right before it: "Lavrov said on Friday:", "Mr Johnson told MPs:",
//!    "TASS quoted Lavrov as saying,", "In an interview with CNN, Lavrov said:", or a
//!    bare colon ("Churkin: “…”"). When both frames name someone, the one before wins
//!    over an institution after ("Kerry told Lavrov, “…,” the State Department said":
//!    Kerry's words, the department's report);
//! 3. the speech verb of the quote's sentence ("Rycroft said it was “difficult to
//!    deny”", "noting that …", "described it as “…”"), or "according to X";
//! 4. the quote before it, when nobody else is named between them (an interview goes
//!    on; a paragraph that is all quote).
//!
//! The speaker of a frame is its subject: the person nearest before the speech verb
//! (the one before an apposition: "Dmitry Peskov, Putin's spokesman, said"), else the
//! organisation or state nearest before it ("Russia's foreign ministry said" is the
//! ministry's). A pronoun ("he said") is the person the previous sentences speak of:
//! the speaker of their quote, else the subject of their speech verb, else the first
//! person they name, of the gender the pronoun asks for when the text tells
//! (`actors::gender_clue`). Those and carried-over speakers are marked `inferred`. A
//! frame that names nobody known ("said an opposition official") leaves the speaker
//! empty rather than guessing.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// An actor named in the text, with its byte range in the seed file.
#[derive(Clone, Copy, Debug)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub actor: usize,
    pub person: bool,
}

/// A quote found in an article; ranges are bytes of the seed file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The quoted words, without the marks.
    pub range: Range<usize>,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
    pub speaker: Option<usize>,
    /// The words that name the speaker.
    pub attribution: Option<Range<usize>>,
    /// The speaker was resolved from a pronoun or from the previous quote.
    pub inferred: bool,
}

/// A paragraph of the article: its byte range in the seed and its sentences' ranges.
pub struct Paragraph {
    pub range: Range<usize>,
    pub sentences: Vec<(usize, Range<usize>)>,
}

/// Speech verbs, past and present, and the participles that open a frame ("adding",
/// "noting"). "quoted … as saying" and "cited … as saying" are handled on their own; a
/// bare "cited" is a document's ("Putin's decree cited “…”").
const SPEECH: &str = r"(?:said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|warned|warns|continued|went on to say|went on|explained|insisted|insists|argued|argues|claimed|claims|declared|announced|replied|responded|wrote|writes|tweeted|asked|urged|called|recalled|concluded|emphasized|emphasised|pointed out|remarked|quipped|stated|commented|countered|confirmed|acknowledged|admitted|cautioned|complained|conceded|predicted|suggested|asserted|maintained|observed|accused|described|describing|saying|adding|noting|warning|stressing|insisting|arguing|telling|calling|quoted\s+[^.!?“”\x22]{1,60}?\s+as\s+saying|cited\s+[^.!?“”\x22]{1,60}?\s+as\s+saying|cited)";

fn speech_re() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| Regex::new(&format!(r"(?-u:\b){SPEECH}(?-u:\b)")).unwrap())
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// A ‘ opening a single-quoted span: at the paragraph's start or after a space, bracket
/// or dash, and before a letter ("‘90s" is no quote).
fn opens_single(p: &str, i: usize) -> bool {
    let before = p[..i].chars().next_back();
    let after = p[i + '‘'.len_utf8()..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-')) && after.is_some_and(char::is_alphabetic)
}

/// A ’ closing a single-quoted span: after a word and before a space, punctuation or
/// the paragraph's end, not inside a word ("Russia’s"). After an s before a word it may
/// be a plural's apostrophe ("the rebels’ positions"): it closes only when no later ’
/// can.
fn closes_single(p: &str, i: usize) -> bool {
    let ends = |at: usize| {
        let before = p[..at].chars().next_back();
        let after = p[at + '’'.len_utf8()..].chars().next();
        before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
    };
    if !ends(i) {
        return false;
    }
    let rest = &p[i + '’'.len_utf8()..];
    let plural = p[..i].ends_with('s') && rest.starts_with(' ') && rest[1..].starts_with(char::is_alphabetic);
    !plural || !rest.match_indices('’').any(|(j, _)| ends(i + '’'.len_utf8() + j))
}

/// A line that opens with a quote mark and never closes it, as the page's last line a
/// quote the page cut off (a heading to cleaning, too short for a sentence): “…, "…, or ‘… with no ’ ending
/// a word ("Russia’s" is an apostrophe).
pub fn opens_unclosed_quote(line: &str) -> bool {
    let line = line.trim();
    let rest = |mark: char| line.strip_prefix(mark);
    if let Some(rest) = rest('“') {
        !rest.contains('”')
    } else if let Some(rest) = rest('"') {
        !rest.contains('"')
    } else if let Some(rest) = rest('‘') {
        !rest.char_indices().any(|(i, c)| c == '’' && !rest[i + c.len_utf8()..].starts_with(char::is_alphanumeric))
    } else {
        false
    }
}

/// Raw quote spans in one paragraph: (inner range, opened, closed). A quote inside
/// a quote is part of the outer one: curly marks nest, and marks of the other kind
/// inside an open quote are the inner quote's. Single curly marks (‘…’) quote too when
/// no double quote is open.
fn spans(text: &str, range: Range<usize>) -> Vec<(Range<usize>, bool, bool)> {
    let p = &text[range.clone()];
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    let mut straight_open: Option<usize> = None;
    let mut single_open: Option<usize> = None;
    let mut singles: Vec<Range<usize>> = Vec::new();
    let mut first_piece = true;
    // Where the last closing mark ended: a quote with a lost opening mark starts there.
    let mut last_close = range.start;
    // Only quote marks move the state: jump from one to the next by their first byte
    // ('"', 0xE2 for “ ” „ ‘ ’, 0xC2 for « »); other characters were read for nothing.
    let bytes = p.as_bytes();
    let mut from = 0;
    while let Some(found) = memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[from..]) {
        let i = from + found;
        let c = p[i..].chars().next().expect("a char starts at a found byte");
        from = i + c.len_utf8();
        let at = range.start + i;
        let after = at + c.len_utf8();
        // An opening mark typed where the closing one belongs: inside an open quote and
        // followed by a space or the paragraph's end (“We are ready,“ he said).
        let c = if c == '“' && open.is_some() && text[after..range.end].chars().next().is_none_or(char::is_whitespace) { '”' } else { c };
        // Single quotes are kept apart: a double mark inside one makes it no quote (an
        // apostrophe, a term inside a quote whose opening mark was lost).
        match c {
            '’' if single_open.is_some() && closes_single(p, i) => {
                singles.extend(single_open.take().map(|start| start..at));
                continue;
            }
            '‘' if open.is_none() && straight_open.is_none() && single_open.is_none() && opens_single(p, i) => {
                single_open = Some(after);
                continue;
            }
            '“' | '”' | '"' | '«' | '»' | '„' => single_open = None,
            _ => {}
        }
        if is_opening(c) {
            if straight_open.is_some() {
                continue; // a quote inside a straight quote
            }
            if open.is_none() {
                open = Some(after);
            }
            depth += 1;
        } else if is_closing(c) {
            if straight_open.is_some() {
                continue;
            }
            if depth > 1 {
                depth -= 1; // closes a quote inside the quote
                continue;
            }
            depth = 0;
            match open.take() {
                Some(start) => out.push((start..at, true, true)),
                // A closing mark with no opening mark: the opening was lost;
                // the quote starts at the paragraph (or after the previous quote).
                None if first_piece || out.last().is_some_and(|(_, _, closed)| *closed) => {
                    let start = last_close.min(at);
                    if out.is_empty() {
                        out.push((range.start..at, false, true));
                    } else {
                        // Only when the text between looks like speech, not narration.
                        let between = &text[start..at];
                        if !between.contains(". ") {
                            out.push((start..at, false, true));
                        }
                    }
                }
                None => {}
            }
            first_piece = false;
            last_close = after;
        } else if c == '"' {
            if open.is_some() {
                continue; // a quote inside a curly quote
            }
            // A mark after a space and before a word opens a quote: inside an open one,
            // the closing mark before it was left out (“…leadership ... "to avoid…").
            let opens = p[..i].ends_with(char::is_whitespace) && text[after..range.end].starts_with(char::is_alphanumeric);
            match straight_open.take() {
                Some(start) => {
                    out.push((start..at, true, true));
                    last_close = after;
                    if opens {
                        straight_open = Some(after);
                    }
                }
                None => straight_open = Some(after),
            }
        }
    }
    if let Some(start) = open.or(straight_open) {
        out.push((start..range.end, true, false));
    }
    // A ‘ left open is an apostrophe ("rock ‘n’ roll") unless it opens the paragraph or
    // follows a frame's colon or comma: then the page cut the quote off.
    let framed = |start: usize| text[range.start..start - '‘'.len_utf8()].trim_end().chars().next_back().is_none_or(|c| matches!(c, ':' | ','));
    let left_open = single_open.filter(|&start| framed(start)).map(|start| start..range.end);
    // A single quote inside a double one is part of it.
    let inside_double = |r: &Range<usize>| out.iter().any(|(d, _, _)| d.start <= r.start && r.end <= d.end);
    let singles: Vec<_> =
        singles.into_iter().map(|r| (r, true, true)).chain(left_open.map(|r| (r, true, false))).filter(|(r, _, _)| !inside_double(r)).collect();
    out.extend(singles);
    out.sort_by_key(|(r, _, _)| r.start);
    // Trim white space inside the marks.
    out.into_iter()
        .map(|(r, o, c)| {
            let inner = &text[r.clone()];
            let lead = inner.len() - inner.trim_start().len();
            let trail = inner.len() - inner.trim_end().len();
            (r.start + lead..r.end - trail.min(inner.len() - lead), o, c)
        })
        .filter(|(r, _, _)| !r.is_empty())
        .collect()
}

/// What attribution reads: the article's text, paragraphs, the actors named outside
/// quotes, every quoted range, and what the text tells of each person's gender.
///
/// Lookups by position use binary search when the text order holds (it does for the
/// pipeline's input), so that attributing a quote does not read the whole article:
/// that made a long article's quotes quadratic. Each lookup gives the same answer as a
/// scan in order; the scans remain for input out of order.
struct Context<'a> {
    text: &'a str,
    paragraphs: &'a [Paragraph],
    /// Mentions outside every quote, in text order.
    named: Vec<Named>,
    /// `named` is sorted by start.
    named_sorted: bool,
    /// Actors with a mention as a person.
    persons: rustc_hash::FxHashSet<usize>,
    quoted_index: Ranges,
    /// Every sentence as (paragraph index, range), in paragraph order.
    sentences: Vec<(usize, Range<usize>)>,
    /// Sentences and paragraphs go forward in the text: starts, ends and sentence
    /// indices never decrease.
    in_order: bool,
    genders: rustc_hash::FxHashMap<usize, Gender>,
    /// The quotes found so far are sorted by start (kept up to date by `find`).
    earlier_sorted: std::cell::Cell<bool>,
}

/// Whether ranges (with a key each) go forward: keys, starts and ends never decrease.
fn goes_forward<'r>(mut items: impl Iterator<Item = (usize, &'r Range<usize>)>) -> bool {
    let Some(mut last) = items.next() else { return true };
    items.all(|item| {
        let forward = item.0 >= last.0 && item.1.start >= last.1.start && item.1.end >= last.1.end;
        last = item;
        forward
    })
}

/// The first sentence holding byte `at` (an empty sentence holds its start).
fn holding<T>(sentences: &[(T, Range<usize>)], at: usize, in_order: bool) -> Option<&(T, Range<usize>)> {
    let holds = |r: &Range<usize>| r.start <= at && at < r.end.max(r.start + 1);
    if in_order {
        // Ends never decrease: the ones before this end by `at`, the ones after start later.
        let i = sentences.partition_point(|(_, r)| r.end.max(r.start + 1) <= at);
        sentences.get(i).filter(|(_, r)| holds(r))
    } else {
        sentences.iter().find(|(_, r)| holds(r))
    }
}

/// The number of leading sentences whose `key` is true, when it holds of a prefix
/// (`in_order`), else of all that hold it.
fn prefix_where<T>(sentences: &[(T, Range<usize>)], in_order: bool, key: impl Fn(&Range<usize>) -> bool) -> usize {
    if in_order {
        sentences.partition_point(|(_, r)| key(r))
    } else {
        sentences.len()
    }
}

/// Ranges sorted by start with the largest end so far: whether a point or a range is
/// inside one, and which overlap a range, without reading them all.
struct Ranges {
    /// (start, end, index in the original list), by start.
    sorted: Vec<(usize, usize, usize)>,
    max_end: Vec<usize>,
}

impl Ranges {
    fn new<'r>(ranges: impl Iterator<Item = &'r Range<usize>>) -> Self {
        let mut sorted: Vec<(usize, usize, usize)> = ranges.enumerate().map(|(i, r)| (r.start, r.end, i)).collect();
        sorted.sort_unstable();
        let max_end = sorted
            .iter()
            .scan(0, |max, (_, end, _)| {
                *max = (*max).max(*end);
                Some(*max)
            })
            .collect();
        Ranges { sorted, max_end }
    }
    /// The largest end among the ranges starting at or before `at`.
    fn max_end_from_before(&self, at: usize) -> Option<usize> {
        let n = self.sorted.partition_point(|(start, _, _)| *start <= at);
        n.checked_sub(1).map(|i| self.max_end[i])
    }
    /// Some range holds byte `at`.
    fn holds(&self, at: usize) -> bool {
        self.max_end_from_before(at).is_some_and(|end| end > at)
    }
    /// Some range contains `start..end`.
    fn contains(&self, start: usize, end: usize) -> bool {
        self.max_end_from_before(start).is_some_and(|max| max >= end)
    }
    /// The ranges overlapping `range`, in the order of the original list.
    fn overlapping(&self, range: &Range<usize>) -> Vec<Range<usize>> {
        let n = self.sorted.partition_point(|(start, _, _)| *start < range.end);
        let mut out: Vec<(usize, Range<usize>)> = (0..n)
            .rev()
            .take_while(|&i| self.max_end[i] > range.start)
            .map(|i| self.sorted[i])
            .filter(|&(_, end, _)| end > range.start)
            .map(|(start, end, i)| (i, start..end))
            .collect();
        out.sort_unstable_by_key(|(i, _)| *i);
        out.into_iter().map(|(_, r)| r).collect()
    }
}

impl Context<'_> {
    fn new<'a>(
        text: &'a str,
        paragraphs: &'a [Paragraph],
        named: Vec<Named>,
        quoted_index: Ranges,
        genders: rustc_hash::FxHashMap<usize, Gender>,
    ) -> Context<'a> {
        let sentences: Vec<(usize, Range<usize>)> =
            paragraphs.iter().enumerate().flat_map(|(p, para)| para.sentences.iter().map(move |(_, r)| (p, r.clone()))).collect();
        let in_order = goes_forward(sentences.iter().map(|(p, r)| (*p, r)))
            && goes_forward(paragraphs.iter().map(|p| (0, &p.range)))
            && paragraphs.iter().all(|p| goes_forward(p.sentences.iter().map(|(i, r)| (*i, r))));
        Context {
            text,
            paragraphs,
            named_sorted: named.is_sorted_by_key(|n| n.start),
            persons: named.iter().filter(|n| n.person).map(|n| n.actor).collect(),
            named,
            quoted_index,
            sentences,
            in_order,
            genders,
            earlier_sorted: std::cell::Cell::new(true),
        }
    }

    /// The mentions that may lie within `from..to`, in text order (callers still test each).
    fn named_near(&self, from: usize, to: usize) -> &[Named] {
        if !self.named_sorted {
            return &self.named;
        }
        let first = self.named.partition_point(|n| n.start < from);
        let last = self.named.partition_point(|n| n.start <= to).max(first);
        &self.named[first..last]
    }

    /// The mentions that may end by `at`, in text order.
    fn named_before(&self, at: usize) -> &[Named] {
        if !self.named_sorted {
            return &self.named;
        }
        &self.named[..self.named.partition_point(|n| n.start <= at)]
    }

    fn inside_quote(&self, at: usize) -> bool {
        self.quoted_index.holds(at)
    }

    /// The sentence (paragraph index, sentence range) holding byte `at`.
    fn sentence_at(&self, at: usize) -> Option<(usize, Range<usize>)> {
        holding(&self.sentences, at, self.in_order).cloned()
    }

    /// The last `n` sentences that end by `limit`, latest first.
    fn sentences_ending_by(&self, limit: usize, n: usize) -> impl Iterator<Item = &Range<usize>> + '_ {
        let before = prefix_where(&self.sentences, self.in_order, |r| r.end <= limit);
        self.sentences[..before].iter().rev().map(|(_, r)| r).filter(move |r| r.end <= limit).take(n)
    }

    /// The last earlier quote starting within `r` whose speaker passes `fits`.
    fn last_quote_in<'e>(&self, earlier: &'e [Found], r: &Range<usize>, fits: impl Fn(usize) -> bool) -> Option<&'e Found> {
        let within = |q: &&Found| q.range.start >= r.start && q.range.start < r.end;
        if self.earlier_sorted.get() {
            // The quotes starting within `r` are a run ending before the first starting after it.
            let before = earlier.partition_point(|q| q.range.start < r.end);
            earlier[..before].iter().rev().take_while(within).find(|q| q.speaker.is_some_and(&fits))
        } else {
            earlier.iter().rev().filter(within).find(|q| q.speaker.is_some_and(&fits))
        }
    }

    fn gender_fits(&self, actor: usize, wanted: Option<Gender>) -> bool {
        wanted.is_none_or(|w| self.genders.get(&actor).is_none_or(|g| *g == w))
    }

    /// The subject of a speech verb at `verb`, looking back to `from`: the person nearest
    /// before the verb (the one before an apposition, "Peskov, Putin's spokesman,
    /// said"), else the actor nearest before it. Returns the actor, or a pronoun's
    /// position and gender.
    fn subject(&self, from: usize, verb: usize) -> Option<Subject> {
        let before: Vec<&Named> = self.named_near(from, verb).iter().filter(|n| n.start >= from && n.end <= verb).collect();
        let segment = &self.text[from..verb];
        // "He said", "she told": a pronoun nearer the verb than any name.
        let pronoun = pronoun_before(segment).map(|(at, g)| (from + at, g));
        let persons: Vec<&&Named> = before.iter().filter(|n| n.person).collect();
        if let Some((at, gender)) = pronoun {
            if before.iter().all(|n| n.end <= at) {
                return Some(Subject::Pronoun(at, gender));
            }
        }
        if let Some(last) = persons.last() {
            // "P1, <apposition naming P2>, said": P1 speaks.
            if segment.trim_end().ends_with(',') {
                if let Some(p1) =
                    persons.iter().find(|n| self.text[n.end..verb].trim_start().starts_with(',') && self.text[n.end..verb].matches(',').count() == 2)
                {
                    return Some(Subject::Actor(p1.actor));
                }
            }
            return Some(Subject::Actor(last.actor));
        }
        // An institution or state speaks when it is the verb's subject: right before it
        // ("the ministry said", "the State Department said on Monday") or before an
        // apposition ("the Observatory, a Britain-based monitor, said").
        let last = before.last()?;
        let between = &self.text[last.end..verb];
        let near = !between.contains(',') && between.split_whitespace().count() <= 2;
        let apposition = between.trim_start().starts_with(',') && between.trim_end().ends_with(',') && between.matches(',').count() == 2;
        // "the Center for Reconciliation of the Opposing Sides in Syria said": a state after a
        // preposition is the object of a longer name's phrase, not the one who speaks.
        let word_before = self.text[from..last.start].split_whitespace().next_back().unwrap_or("");
        let object_of_a_phrase = PHRASE_PREPOSITIONS.contains(&word_before);
        (near || apposition).then_some(Subject::Actor(last.actor)).filter(|_| !object_of_a_phrase)
    }

    /// Who a pronoun at `at` is: a person named before it in its own sentence, else the
    /// person the previous sentences speak of (their quote's speaker, the subject of
    /// their speech verb, the first person they name), else the last person named.
    fn resolve_pronoun(&self, at: usize, gender: Option<Gender>, earlier: &[Found]) -> Option<usize> {
        let fits = |a: usize| self.gender_fits(a, gender);
        let current = self.sentence_at(at).map(|(_, r)| r);
        if let Some(r) = &current {
            if let Some(n) = self.named_near(r.start, at).iter().find(|n| n.person && n.start >= r.start && n.end <= at && fits(n.actor)) {
                return Some(n.actor);
            }
        }
        let limit = current.as_ref().map_or(at, |r| r.start);
        for r in self.sentences_ending_by(limit, 6) {
            if let Some(q) = self.last_quote_in(earlier, r, fits) {
                let speaker = q.speaker.unwrap();
                if self.is_person(speaker) {
                    return Some(speaker);
                }
            }
            let verb = speech_re().find_iter(&self.text[r.clone()]).map(|m| r.start + m.start()).find(|&v| !self.inside_quote(v));
            if let Some(Subject::Actor(a)) = verb.and_then(|v| self.subject(r.start, v)) {
                if self.is_person(a) && fits(a) {
                    return Some(a);
                }
            }
            if let Some(n) = self.named_near(r.start, r.end).iter().find(|n| n.person && n.start >= r.start && n.end <= r.end && fits(n.actor)) {
                return Some(n.actor);
            }
        }
        self.named_before(at).iter().rfind(|n| n.person && n.end <= at && fits(n.actor)).map(|n| n.actor)
    }

    fn is_person(&self, actor: usize) -> bool {
        self.persons.contains(&actor)
    }

    fn speaker_of(&self, subject: Option<Subject>, earlier: &[Found]) -> (Option<usize>, bool) {
        match subject {
            Some(Subject::Actor(a)) => (Some(a), false),
            Some(Subject::Pronoun(at, gender)) => {
                let who = self.resolve_pronoun(at, gender, earlier);
                (who, who.is_some())
            }
            None => (None, false),
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Subject {
    Actor(usize),
    /// A pronoun at this byte, asking for this gender ("she"), or any ("they" never).
    Pronoun(usize, Option<Gender>),
}

use crate::actors::Gender;

/// Whether a frame names the one it quotes after its verb: "quoted Lavrov as saying",
/// "cited him as saying" (the active form; the passive "quoted by TASS" names the agency).
/// Prepositions that make the name after them part of a longer name's phrase.
const PHRASE_PREPOSITIONS: &[&str] = &["in", "of", "for", "from", "on", "at", "to", "with", "over", "about", "near"];

fn quotes_someone(frame: &str) -> bool {
    (frame.starts_with("quoted ") || frame.starts_with("cited "))
        && !frame.starts_with("quoted by")
        && !frame.starts_with("cited by")
        && frame.ends_with("saying")
}

/// The one a "quoted … as saying" frame at `range` quotes: the actor named in it, else a
/// pronoun ("quoted him as saying") for the person spoken of before.
fn the_one_quoted(ctx: &Context, range: Range<usize>) -> Option<Subject> {
    if let Some(n) = ctx.named_near(range.start, range.end).iter().find(|n| n.start >= range.start && n.end <= range.end) {
        return Some(Subject::Actor(n.actor));
    }
    pronouns_in(&ctx.text[range.clone()], object_gender).next().map(|(at, gender)| Subject::Pronoun(range.start + at, Some(gender)))
}

/// The whole-word pronouns of `segment` that `gender_of` knows, with their offsets.
fn pronouns_in(segment: &str, gender_of: fn(&str) -> Option<Gender>) -> impl Iterator<Item = (usize, Gender)> + '_ {
    // Words are the runs of alphanumeric characters, read in place: a list of every word
    // of the segment cost more than the search (~0.04 G on the 12 MB corpus).
    let base = segment.as_ptr() as usize;
    crate::sentences::alphanumeric_runs(segment).filter_map(move |w| gender_of(w).map(|g| (w.as_ptr() as usize - base, g)))
}

fn subject_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    }
}

fn object_gender(word: &str) -> Option<Gender> {
    match word {
        "him" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    }
}

/// The last "he"/"she" in a segment, as a whole word: its offset and gender.
fn pronoun_before(segment: &str) -> Option<(usize, Option<Gender>)> {
    pronouns_in(segment, subject_gender).last().map(|(at, gender)| (at, Some(gender)))
}

/// Finds the quotes of one article.
///
/// `named` are the actor mentions of the article (seed byte ranges), in text order.
pub fn find(text: &str, paragraphs: &[Paragraph], mut named: Vec<Named>) -> Vec<Found> {
    let raw: Vec<Vec<(Range<usize>, bool, bool)>> = paragraphs.iter().map(|p| spans(text, p.range.clone())).collect();
    let quoted_index = Ranges::new(raw.iter().flatten().map(|(r, _, _)| r));
    let inside = |n: &Named| quoted_index.contains(n.start, n.end);
    let mut genders = rustc_hash::FxHashMap::default();
    for n in named.iter().filter(|n| n.person) {
        if genders.contains_key(&n.actor) {
            continue;
        }
        let from = floor_char(text, n.start.saturating_sub(60));
        let line_start = text[from..n.start].rfind('\n').map_or(from, |i| from + i + 1);
        if let Some(g) = crate::actors::gender_clue(&text[line_start..n.start], &text[n.start..n.end]) {
            genders.insert(n.actor, g);
        }
    }
    if std::env::var_os("NEWSLINE_DEBUG_QUOTES").is_some() {
        for n in &named {
            eprintln!("named {:?} actor {} person {} inside {} gender {:?}", &text[n.start..n.end], n.actor, n.person, inside(n), genders.get(&n.actor));
        }
    }
    // In place: a long article's mentions are many, and a copy of them was the peak.
    named.retain(|n| !inside(n));
    let ctx = Context::new(text, paragraphs, named, quoted_index, genders);
    // Keeps `ctx.earlier_sorted` true while the quotes found are in order of start.
    let push = |found: &mut Vec<Found>, quote: Found| {
        if found.last().is_some_and(|last| last.range.start > quote.range.start) {
            ctx.earlier_sorted.set(false);
        }
        found.push(quote);
    };

    // At most one quote a span: grown by doubling, the list was up to twice that.
    let mut found: Vec<Found> = Vec::with_capacity(raw.iter().map(Vec::len).sum());
    let mut carry: Option<usize> = None; // index in `found` of a quote left open
    for (p, paragraph) in paragraphs.iter().enumerate() {
        for (k, (range, opened, closed)) in raw[p].iter().cloned().enumerate() {
            let starting_by = prefix_where(&paragraph.sentences, ctx.in_order, |r| r.start <= range.start);
            let sentence = holding(&paragraph.sentences, range.start, ctx.in_order)
                .or(paragraph.sentences[..starting_by].iter().rev().find(|(_, r)| r.start <= range.start))
                .or(paragraph.sentences.first())
                .map(|(i, _)| *i)
                .unwrap_or(0);
            // A quote left open in the previous paragraph goes on here.
            if k == 0 && opened {
                if let Some(prev) = carry.take() {
                    if text[paragraph.range.start..range.start].trim().len() <= 1 {
                        let (attribution, speaker, inferred) = attribute(&ctx, &range, p, &found);
                        let q = &mut found[prev];
                        if q.speaker.is_none() {
                            q.speaker = speaker;
                            q.attribution = attribution.clone();
                            q.inferred = inferred;
                        }
                        // Keep it as its own quote too (a paragraph of the same speech),
                        // attributed by its own words when it has them.
                        let (speaker, attribution, inferred) = match speaker {
                            Some(own) if attribution.is_some() && !inferred => (Some(own), attribution, false),
                            _ if q.speaker.is_some() => (q.speaker, None, true),
                            _ => (speaker, attribution, inferred),
                        };
                        push(&mut found, Found { range: range.clone(), sentence, speaker, attribution, inferred });
                        if !closed {
                            carry = Some(found.len() - 1);
                        }
                        continue;
                    }
                }
            }
            let inner = &text[range.clone()];
            let sentence_text = sentence_text(&paragraph.sentences, sentence, ctx.in_order).map_or("", |r| &text[r.clone()]);
            // Only a span of three words or fewer is tested further: a longer one is not read to its end.
            let words = crate::sentences::word_count_past(inner, 3);
            if words <= 3 {
                let ends_clause = inner.trim_end().ends_with(['.', ',', '!', '?']);
                let speech = speech_re().is_match(sentence_text);
                if !(speech && (ends_clause || words == 3)) {
                    continue; // a scare quote or a term, not speech
                }
            }
            let (attribution, speaker, inferred) = attribute(&ctx, &range, p, &found);
            push(&mut found, Found { range, sentence, speaker, attribution, inferred });
            if !closed {
                carry = Some(found.len() - 1);
            }
        }
        if carry.is_some_and(|c| found[c].range.end < paragraph.range.start) {
            carry = None;
        }
    }
    join_pieces(text, &mut found);
    found
}

/// Pieces of one quote cut apart by an ellipsis (“… leadership ...” “to avoid victims,”
/// he said): a piece with no frame of its own is the next piece's speaker's.
fn join_pieces(text: &str, found: &mut [Found]) {
    for i in (1..found.len()).rev() {
        let (piece, next) = (&found[i - 1], &found[i]);
        let Some(between) = text.get(piece.range.end..next.range.start) else { continue };
        let adjoins = between.chars().all(|c| matches!(c, ' ' | '.' | '…' | ',' | '"' | '“' | '”' | '‘' | '’'));
        if adjoins && piece.attribution.is_none() && next.speaker.is_some() {
            let (speaker, attribution, inferred) = (next.speaker, next.attribution.clone(), next.inferred);
            let piece = &mut found[i - 1];
            (piece.speaker, piece.attribution, piece.inferred) = (speaker, attribution, inferred);
        }
    }
}

/// The range of sentence number `sentence` of a paragraph.
fn sentence_text(sentences: &[(usize, Range<usize>)], sentence: usize, in_order: bool) -> Option<&Range<usize>> {
    let from = if in_order { sentences.partition_point(|(i, _)| *i < sentence) } else { 0 };
    sentences[from..].iter().find(|(i, _)| *i == sentence).map(|(_, r)| r)
}

/// The attribution of a quote: the words naming the speaker, the speaker, and
/// whether the speaker was inferred (pronoun, previous quote).
fn attribute(ctx: &Context, quote: &Range<usize>, p: usize, earlier: &[Found]) -> (Option<Range<usize>>, Option<usize>, bool) {
    static ACCORDING: OnceLock<Regex> = OnceLock::new();
    let text = ctx.text;
    let paragraph = &ctx.paragraphs[p];
    let according_re = ACCORDING.get_or_init(|| Regex::new(r"(?i)(?-u:\b)according to(?-u:\b)").unwrap());

    let first_actor_in =
        |range: Range<usize>| ctx.named_near(range.start, range.end).iter().find(|n| n.start >= range.start && n.end <= range.end).map(|n| n.actor);
    let open = text[..quote.start].char_indices().next_back().filter(|(_, c)| is_opening(*c) || matches!(c, '"' | '‘')).map_or(quote.start, |(i, _)| i);
    // The quote's own closing mark is the first after its words (only white space between).
    let close =
        text[quote.end..].char_indices().find(|(_, c)| is_closing(*c) || matches!(c, '"' | '’')).map_or(quote.end, |(i, c)| quote.end + i + c.len_utf8());
    let sentence = ctx.sentence_at(open.max(paragraph.range.start)).map(|(_, r)| r).unwrap_or(paragraph.range.clone());

    // 1. After the quote.
    let mut after: Option<(Range<usize>, Option<usize>, bool)> = None;
    // The rest of the sentence the quote closes in; when the quote ends that sentence,
    // the next one only if it goes on in lower case ("…?” he asked").
    let ending_before = prefix_where(&paragraph.sentences, ctx.in_order, |r| r.end < close);
    let closing_sentence = paragraph.sentences[ending_before..].iter().map(|(_, r)| r).find(|r| r.start < close && close <= r.end);
    let mut sentence_end = closing_sentence.map_or(paragraph.range.end, |r| r.end);
    if text[close.min(sentence_end)..sentence_end].trim().is_empty() {
        let next = text[sentence_end..paragraph.range.end].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if next.starts_with(|c: char| c.is_lowercase()) {
            let starting_before = prefix_where(&paragraph.sentences, ctx.in_order, |r| r.start < sentence_end);
            sentence_end =
                paragraph.sentences[starting_before..].iter().map(|(_, r)| r).find(|r| r.start >= sentence_end).map_or(paragraph.range.end, |r| r.end);
        }
    }
    let tail_end = floor_char(text, sentence_end.min(close + 200)).max(close);
    let tail = &text[close.min(tail_end)..tail_end];
    if close > quote.end || close == quote.end && quote.end < paragraph.range.end {
        // Marks and commas first, then the verb ("said Power", "read a statement") or
        // the subject and the verb ("Lavrov said", "the minister also noted").
        let body = tail.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '”' | '’' | '»' | '"'));
        let at = close + (tail.len() - body.len());
        let first = speech_re().find(body);
        let verb_first = first.filter(|m| m.start() == 0).map(|m| m.end()).or_else(|| body.starts_with("read ").then_some(4));
        if let Some(verb_end) = verb_first {
            // "said Power", "said an opposition official in a statement".
            let rest = &body[verb_end..];
            let who_len = floor_char(rest, clause_end(rest, &[';', ':']).min(80));
            let who = at + verb_end..at + verb_end + who_len;
            if !text[who.clone()].trim().is_empty() {
                let who_end = text[who.clone()].find(',').map_or(who.end, |i| who.start + i);
                let person = ctx.named_near(who.start, who_end).iter().find(|n| n.person && n.start >= who.start && n.end <= who_end).map(|n| n.actor);
                let range = at..at + verb_end + text[who.clone()].trim_end().len();
                after = Some((range, person.or_else(|| first_actor_in(who.start..who_end)), false));
            }
        } else if let Some(m) = first {
            let who = &body[..m.start()];
            if who.len() <= 90 && !who.trim().is_empty() && who.ends_with(char::is_whitespace) && clause_end(who, &[]) == who.len() {
                let verb = at + m.start();
                // "…,” RIA quoted him as saying: the one quoted speaks, not the agency.
                let subject = if quotes_someone(m.as_str()) { the_one_quoted(ctx, verb..at + m.end()) } else { ctx.subject(close, verb) };
                let (speaker, inferred) = ctx.speaker_of(subject, earlier);
                after = Some((at..at + m.end(), speaker, inferred));
            }
        }
    }
    // 2. Right before the quote, within its sentence and after any earlier quote.
    let mut before: Option<(Range<usize>, Option<usize>, bool)> = None;
    let mut from = sentence.start.max(paragraph.range.start).min(open);
    if let Some(last_close) = text[from..open].rfind(['”', '"', '»']) {
        from = (from + last_close + 1).min(open);
    }
    from = floor_char(text, from.max(open.saturating_sub(240)));
    let window = &text[from..open];
    let framed = frame_verb(window);
    if let Some((verb, rest)) = framed {
        let range = from + verb.start()..from + verb.end() + rest.len();
        let verb_text = verb.as_str();
        // "TASS quoted Lavrov as saying" is Lavrov's; "Lavrov was quoted by TASS as
        // saying" too (the passive names the agency after "by", read as any frame's subject).
        let subject = if quotes_someone(verb_text) {
            // "TASS quoted Lavrov as saying": the one quoted.
            the_one_quoted(ctx, from + verb.start()..from + verb.end())
        } else {
            // The subject may come before an earlier quote in the sentence ("Power
            // accused Russia of “barbarism” and said …"); names inside quotes never count.
            ctx.subject(sentence.start.min(from), from + verb.start())
        };
        let (speaker, inferred) = ctx.speaker_of(subject, earlier);
        let start = attribution_start(ctx, sentence.start.min(from), range.start, speaker);
        // Right before the quote means nothing but the verb's object or time between
        // them ("told the Commons on Tuesday:"); a longer clause is the sentence's frame.
        let adjacent = crate::sentences::word_count_past(rest, 4) <= 4 || window.trim_end().ends_with([':', ',']) || window.trim_end().ends_with("that");
        if adjacent {
            before = Some((start..range.end, speaker, inferred));
        }
    } else if window.trim_end().ends_with(':') {
        // "Churkin: “…”": the actor named before the colon.
        let end = from + window.trim_end().len() - 1;
        let clause = window[..end - from].rfind([',', ';']).map_or(from, |i| from + i + 1);
        let mut persons = ctx.named_near(clause, end).iter().filter(|n| n.start >= clause && n.end <= end);
        if let Some(n) = persons.clone().rfind(|n| n.person).or(persons.next_back()) {
            before = Some((n.start..end, Some(n.actor), false));
        }
    }
    let opens_paragraph = text[paragraph.range.start..open].trim().is_empty();
    if before.is_none() && opens_paragraph && p > 0 {
        before = frame_ending(ctx, &ctx.paragraphs[p - 1], earlier);
    }
    match (&after, &before) {
        (Some((_, Some(a), _)), Some((range, Some(b), inferred))) if !ctx.is_person(*a) && ctx.is_person(*b) => {
            return (Some(range.clone()), Some(*b), *inferred);
        }
        (Some((range, Some(a), inferred)), _) => return (Some(range.clone()), Some(*a), *inferred),
        (_, Some((range, Some(b), inferred))) => return (Some(range.clone()), Some(*b), *inferred),
        // A frame that names nobody we know ("said an opposition official"): no speaker
        // rather than a guess.
        (Some((range, None, _)), _) | (None, Some((range, None, _))) => {
            // "…,” read an official statement": the statement of the institution the
            // sentence before says spoke ("the Ministry of Defense has announced").
            let issuer = statement_issuer(ctx, range, sentence.start);
            return (Some(range.clone()), issuer, issuer.is_some());
        }
        _ => {}
    }
    // 3. The speech verb of the quote's sentence, outside quotes, or "according to X".
    let outside = |range: Range<usize>| -> Vec<Range<usize>> {
        // Only the quotes overlapping the sentence cut it (in their order, as before).
        let mut parts = vec![range.clone()];
        for q in ctx.quoted_index.overlapping(&range) {
            parts = parts
                .into_iter()
                .flat_map(|r| {
                    if q.end <= r.start || q.start >= r.end {
                        vec![r]
                    } else {
                        vec![r.start..q.start.max(r.start).saturating_sub(1).max(r.start), (q.end + 1).min(r.end)..r.end]
                    }
                })
                .filter(|r| !r.is_empty())
                .collect();
        }
        parts
    };
    let parts = outside(sentence.clone());
    for part in &parts {
        // Offsets from the char boundary the part is read from (a part cut next to a
        // quote mark may start inside a character).
        let base = floor_char(text, part.start);
        let words = &text[base..floor_char(text, part.end)];
        if let Some(m) = according_re.find(words) {
            let from = base + m.end();
            if let Some(actor) = first_actor_in(from..floor_char(text, (from + 80).min(sentence.end))) {
                return (Some(base + m.start()..from), Some(actor), false);
            }
        }
    }
    // The speech verb nearest the quote: the last before it, else the first after it.
    // A sentence with no speech verb may continue the one before it in the paragraph
    // ("He noted that … . If the difficulties are resolved “…”"), unless that one
    // holds a quote of its own (then the quote before speaks, below).
    let verbs_in = |parts: &[Range<usize>]| -> Vec<usize> {
        parts
            .iter()
            .flat_map(|part| {
                let part = floor_char(text, part.start)..floor_char(text, part.end);
                speech_re().find_iter(&text[part.clone()]).map(move |m| part.start + m.start()).collect::<Vec<_>>()
            })
            .collect()
    };
    let verbs = verbs_in(&parts);
    let mut frame = verbs.iter().rfind(|v| **v < open).or(verbs.iter().find(|v| **v > quote.end)).map(|v| (sentence.start, *v, false));
    if verbs.is_empty() {
        let ending_by = prefix_where(&paragraph.sentences, ctx.in_order, |r| r.end <= sentence.start);
        let previous = paragraph.sentences[..ending_by].iter().map(|(_, r)| r).rfind(|r| r.end <= sentence.start);
        if let Some(r) = previous.filter(|r| ctx.quoted_index.overlapping(r).is_empty()) {
            frame = verbs_in(std::slice::from_ref(r)).last().map(|v| (r.start, *v, true));
        }
    }
    if let Some((from, v, carried)) = frame {
        let subject = ctx.subject(from, v);
        let (speaker, inferred) = ctx.speaker_of(subject, earlier);
        if speaker.is_some() {
            let verb_end = speech_re().find(&text[v..]).map_or(v, |m| v + m.end());
            return (Some(attribution_start(ctx, from, v, speaker)..verb_end), speaker, inferred || carried);
        }
    }
    // 4. The quote before, when nobody else is named between them.
    if let Some(prev) = earlier.last().filter(|q| q.speaker.is_some()) {
        let ending_before = if ctx.in_order { ctx.paragraphs.partition_point(|para| para.range.end < prev.range.start) } else { 0 };
        let prev_para = ctx.paragraphs[ending_before..]
            .iter()
            .position(|para| para.range.start <= prev.range.start && prev.range.start <= para.range.end)
            .map(|i| ending_before + i);
        let near = prev_para == Some(p) || opens_paragraph && prev_para.is_some_and(|pp| pp + 2 >= p);
        if near {
            let between: Vec<&Named> = ctx.named_near(prev.range.end, open).iter().filter(|n| n.person && n.start >= prev.range.end && n.end <= open).collect();
            return match between.last() {
                None => (None, prev.speaker, true),
                Some(n) if Some(n.actor) == prev.speaker => (None, prev.speaker, true),
                Some(n) => (None, Some(n.actor), true),
            };
        }
    }
    // A quote the page cut off lost the frame after it: its speaker only when the
    // sentence right before says who speaks ("Lavrov said the talks failed.").
    let cut_off = quote.end == paragraph.range.end && p + 1 == ctx.paragraphs.len();
    if opens_paragraph && cut_off {
        let speaker = ctx.sentences_ending_by(open, 1).next().and_then(|r| {
            let verb = speech_re().find_iter(&text[r.clone()]).map(|m| r.start + m.start()).find(|&v| !ctx.inside_quote(v))?;
            match ctx.subject(r.start, verb)? {
                Subject::Actor(a) if ctx.is_person(a) => Some(a),
                _ => None,
            }
        });
        return (None, speaker, speaker.is_some());
    }
    if opens_paragraph {
        // A paragraph that is all quote: the person the text speaks of.
        let speaker = ctx.resolve_pronoun(open, None, earlier);
        if speaker.is_some() {
            return (None, speaker, true);
        }
    }
    (None, None, false)
}

/// The last speech verb of a window before a quote, then nothing but its object or
/// time and a colon, comma or "that" ("told the Commons on Tuesday:"): the verb and the
/// words after it.
fn frame_verb(window: &str) -> Option<(regex::Match<'_>, &str)> {
    let m = speech_re().find_iter(window).last()?;
    let mut rest = window[m.end()..].trim_end();
    if let Some(r) = rest.strip_suffix([':', ',']) {
        rest = r;
    } else if rest.ends_with(" that") || rest == "that" {
        rest = &rest[..rest.len() - 4];
    }
    let rest = rest.trim_end();
    (rest.len() <= 60 && clause_end(rest, &[':']) == rest.len()).then_some((m, rest))
}

/// A frame ending the paragraph before a paragraph that opens with a quote ("Reuters,
/// in its report, noted:"): the frame's words, its subject (none when it names nobody
/// known) and whether that was inferred.
fn frame_ending(ctx: &Context, previous: &Paragraph, earlier: &[Found]) -> Option<(Range<usize>, Option<usize>, bool)> {
    let (_, last) = previous.sentences.last()?;
    let window = &ctx.text[last.clone()];
    if !window.trim_end().ends_with([':', ',']) {
        return None;
    }
    let (verb, _) = frame_verb(window)?;
    let (speaker, inferred) = ctx.speaker_of(ctx.subject(last.start, last.start + verb.start()), earlier);
    Some((attribution_start(ctx, last.start, last.start + verb.start(), speaker)..last.start + window.trim_end().len() - 1, speaker, inferred))
}

/// The issuer of an unsigned statement ("read a statement", "the statement said"): the
/// institution or state that is the subject of the speech verb of one of the two
/// sentences before, when the frame names no one else ("said an official in a
/// statement" names someone we do not know: nobody).
fn statement_issuer(ctx: &Context, frame: &Range<usize>, sentence_start: usize) -> Option<usize> {
    let words = &ctx.text[frame.clone()];
    let unsigned = words.contains("statement") && !crate::actors::names_a_role(words);
    if !unsigned {
        return None;
    }
    for r in ctx.sentences_ending_by(sentence_start, 2) {
        let verbs: Vec<usize> = speech_re().find_iter(&ctx.text[r.clone()]).map(|m| r.start + m.start()).filter(|v| !ctx.inside_quote(*v)).collect();
        for v in verbs.into_iter().rev() {
            if let Some(Subject::Actor(a)) = ctx.subject(r.start, v) {
                if !ctx.is_person(a) {
                    return Some(a);
                }
            }
        }
    }
    None
}

/// Where a clause ends in `text`: at a quote mark, "!", "?", one of `also`, or a full
/// stop that ends a sentence, not one of an abbreviation or initial ("U.S.
/// Secretary of State", "Mr. Putin", "Sergey V. Lavrov"). `text.len()` when none.
fn clause_end(text: &str, also: &[char]) -> usize {
    for (i, c) in text.char_indices() {
        match c {
            '!' | '?' | '“' | '”' | '"' => return i,
            '.' => {
                let word = text[..i].rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
                let abbreviation = word.contains('.')
                    || word.chars().count() == 1
                    || word.len() <= 4 && word.chars().next().is_some_and(char::is_uppercase) && crate::actors::is_abbreviation(word);
                if !abbreviation {
                    return i;
                }
            }
            c if also.contains(&c) => return i,
            _ => {}
        }
    }
    text.len()
}

/// Where the words naming a speaker start: their mention nearest before the verb
/// (the pronoun or the verb itself when they are not named before it).
fn attribution_start(ctx: &Context, from: usize, verb: usize, speaker: Option<usize>) -> usize {
    let named = ctx.named_near(from, verb).iter().filter(|n| n.start >= from && n.end <= verb && Some(n.actor) == speaker).map(|n| n.start).next_back();
    named.or_else(|| pronoun_before(&ctx.text[from..verb]).map(|(at, _)| from + at)).unwrap_or(verb)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_he_or_she_as_a_whole_word() {
        assert_eq!(pronoun_before("He said she would"), Some((8, Some(Gender::Female))));
        assert_eq!(pronoun_before("Sheila and Heath met; then he"), Some((27, Some(Gender::Male))));
        assert_eq!(pronoun_before("Lavróv, she: “no” he’s"), Some((23, Some(Gender::Male))));
        assert_eq!(pronoun_before("the shed, hefty"), None);
        assert_eq!(pronoun_before(""), None);
    }

    /// Builds paragraphs (one per line, one sentence per paragraph for simplicity)
    /// and names: each `(name, actor, person)` is found wherever it occurs.
    fn run(text: &str, names: &[(&str, usize, bool)]) -> Vec<(String, Option<usize>, bool)> {
        found(text, names).into_iter().map(|q| (text[q.range].to_string(), q.speaker, q.inferred)).collect()
    }

    /// The quotes of `text`, one paragraph a line, with `names` (text, actor, person) its mentions.
    fn found(text: &str, names: &[(&str, usize, bool)]) -> Vec<Found> {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        let mut n = 0;
        for line in text.split_inclusive('\n') {
            let range = offset..offset + line.trim_end().len();
            // Sentences end at ". " before a capital letter or an opening mark.
            let mut sentences = Vec::new();
            let mut start = range.start;
            for (i, _) in line.trim_end().match_indices(". ") {
                let next = line[i + 2..].chars().next();
                // Not after an abbreviation or initial ("U.S.", "Mr.", "V.").
                let word = line[..i].rsplit(' ').next().unwrap_or("").trim_start_matches(['“', '"']);
                let abbreviation = clause_end(&format!("{word}."), &[]) > word.len();
                if !abbreviation && next.is_some_and(|c| c.is_uppercase() || c == '“' || c == '"') {
                    sentences.push((n, start..offset + i + 1));
                    n += 1;
                    start = offset + i + 2;
                }
            }
            sentences.push((n, start..range.end));
            n += 1;
            paragraphs.push(Paragraph { range, sentences });
            offset += line.len();
        }
        let mut named: Vec<Named> = Vec::new();
        for (name, actor, person) in names {
            for (at, _) in text.match_indices(name) {
                named.push(Named { start: at, end: at + name.len(), actor: *actor, person: *person });
            }
        }
        // A name inside a longer one ("Kerry" in "John Kerry") is not a mention of its own.
        let all = named.clone();
        named.retain(|n| !all.iter().any(|m| m.start <= n.start && n.end <= m.end && m.end - m.start > n.end - n.start));
        named.sort_by_key(|n| n.start);
        find(text, &paragraphs, named)
    }

    #[test]
    fn according_to_after_a_curly_quote_is_cut_on_its_own_letters() {
        // The sentence is read in parts around the quote; the part after the closing mark
        // starts inside that three-byte mark, and the attribution once came out a byte late.
        let text = "Aid is “not nearly enough for a city of this size,” according to Power, and more is needed.";
        let quotes = found(text, &[("Power", 1, true)]);
        let attribution = quotes[0].attribution.clone().map(|r| &text[r]);
        assert_eq!((attribution, quotes[0].speaker), (Some("according to"), Some(1)));
    }

    const LAVROV: usize = 1;
    const MISTURA: usize = 2;

    #[test]
    fn speaker_after_before_and_by_pronoun() {
        let text = "“In the first place, those who leave should sign,” Lavrov said.\n\
                    “Maybe then they will form joint bodies,” he continued.\n\
                    Lavrov said on Friday: “I heard his statement concerning only Nusra.”\n";
        let q = run(text, &[("Lavrov", LAVROV, true)]);
        assert_eq!(q[0], ("In the first place, those who leave should sign,".into(), Some(LAVROV), false));
        assert_eq!(q[1], ("Maybe then they will form joint bodies,".into(), Some(LAVROV), true));
        assert_eq!(q[2], ("I heard his statement concerning only Nusra.".into(), Some(LAVROV), false));
    }

    #[test]
    fn a_lost_opening_mark_starts_the_quote_at_the_paragraph() {
        let text = "On Thursday, the envoy Staffan de Mistura warned the city.\n\
                    If you did decide to leave, I personally am ready to accompany you,” he said.\n";
        let q = run(text, &[("Staffan de Mistura", MISTURA, true)]);
        assert_eq!(q, [("If you did decide to leave, I personally am ready to accompany you,".into(), Some(MISTURA), true)]);
    }

    #[test]
    fn scare_quotes_are_not_quotes_but_short_speech_is() {
        let text = "Merkel called on Russia to end what she described as “atrocious” violence.\n\
                    The areas occupied by the “moderate” opposition.\n\
                    On Thursday, Lavrov said that Russia wants to resolve it via “all means available.”\n";
        let q = run(text, &[("Lavrov", LAVROV, true)]);
        assert_eq!(q, [("all means available.".into(), Some(LAVROV), false)]);
    }

    #[test]
    fn quotes_across_paragraphs_and_straight_marks() {
        let text = "\"The devil is in the detail,\" Lavrov said. \"If it works, then it may become the backbone.\n\
                    \"As for the aid deliveries, there is no other way,\" the minister said.\n";
        let q = run(text, &[("Lavrov", LAVROV, true), ("the minister", LAVROV, true)]);
        assert_eq!(q[0], ("The devil is in the detail,".into(), Some(LAVROV), false));
        assert_eq!(q[1].0, "If it works, then it may become the backbone.");
        assert_eq!(q[1].1, Some(LAVROV));
        assert_eq!(q[2], ("As for the aid deliveries, there is no other way,".into(), Some(LAVROV), false));
    }

    #[test]
    fn told_according_to_and_quoted_as_saying() {
        let text = "\"Everything fell apart,\" Karasik told RT.\n\
                    TASS quoted Lavrov as saying: \"We are ready to work on it now.\"\n\
                    The plan is \"a good basis for a resolution of the council,\" according to Lavrov.\n";
        let q = run(text, &[("Karasik", 3, true), ("Lavrov", LAVROV, true)]);
        assert_eq!(q[0].1, Some(3));
        assert_eq!(q[1].1, Some(LAVROV));
        assert_eq!(q[2].1, Some(LAVROV));
    }

    const KERRY: usize = 3;
    const POWER: usize = 4;
    const RUSSIA: usize = 5;
    const MINISTRY: usize = 6;
    const TASS: usize = 7;
    const ASSAD: usize = 8;
    const KREMLIN: usize = 9;

    fn speakers(text: &str, names: &[(&str, usize, bool)]) -> Vec<Option<usize>> {
        run(text, names).into_iter().map(|(_, s, _)| s).collect()
    }

    #[test]
    fn a_quote_inside_a_quote_belongs_to_the_outer_one() {
        let text = "“Nobody protests. Where is the “Stop the War” coalition now? Where are they?” he said, and Kerry agreed.\n";
        let q = run(text, &[("Kerry", KERRY, true)]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "Nobody protests. Where is the “Stop the War” coalition now? Where are they?");
        let text = "Kerry said: \"We keep hearing ‘where is the action’, but what is the action?\"\n";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true)]), [Some(KERRY)]);
    }

    #[test]
    fn the_agency_that_quotes_is_not_the_speaker() {
        let text = "TASS quoted Lavrov as saying, “We are ready to work on it now.”\n\
                    The agency cited Kerry as saying: “Diplomacy is the only option we have.”\n";
        let names = [("TASS", TASS, false), ("Lavrov", LAVROV, true), ("Kerry", KERRY, true)];
        assert_eq!(speakers(text, &names), [Some(LAVROV), Some(KERRY)]);
        // After the quote too, and the one quoted may be a pronoun for the person before.
        let text = "Putin visited the base on Monday.\n\
                    “I order the minister to start withdrawing the troops,” TASS quoted him as saying.\n\
                    TASS cited him as saying: “The work is done.”\n";
        let names = [("Putin", KERRY, true), ("TASS", TASS, false)];
        assert_eq!(speakers(text, &names), [Some(KERRY), Some(KERRY)]);
        let text = "“The work is done,” TASS quoted Lavrov as saying.\n";
        assert_eq!(speakers(text, &[("TASS", TASS, false), ("Lavrov", LAVROV, true)]), [Some(LAVROV)]);
    }

    #[test]
    fn frames_after_the_quote() {
        let text = "“It will be a wake-up call for them,” said Power, the US envoy.\n\
                    “Any pause would be welcome,” Kerry told reporters on Monday.\n\
                    “The convoy was not hit from the air,” Russia's defence ministry said in a statement.\n\
                    “Nothing has changed,” said an opposition official in a statement.\n";
        let names = [("Power", POWER, true), ("Kerry", KERRY, true), ("Russia", RUSSIA, false), ("defence ministry", MINISTRY, false)];
        assert_eq!(speakers(text, &names), [Some(POWER), Some(KERRY), Some(MINISTRY), None], "the ministry, not the country; an unknown official is nobody");
    }

    #[test]
    fn frames_before_the_quote() {
        let text = "In an interview with Kerry, Lavrov said: “We will not give up.”\n\
                    Mr Johnson told the Commons: “It is the UK that takes the lead.”\n\
                    Lavrov: “The devil is in the detail.”\n\
                    Kerry told Lavrov, “We are preparing to suspend our engagement,” the State Department said.\n";
        let names = [("Kerry", KERRY, true), ("Lavrov", LAVROV, true), ("Mr Johnson", 10, true), ("State Department", 11, false)];
        assert_eq!(speakers(text, &names), [Some(LAVROV), Some(10), Some(LAVROV), Some(KERRY)]);
    }

    #[test]
    fn a_name_inside_the_quote_never_speaks_it() {
        let text = "“Russia and Assad make war,” said Power. “Russia and Assad bomb convoys.”\n\
                    “Instead of peace, Assad chose war.”\n";
        let names = [("Russia", RUSSIA, false), ("Assad", ASSAD, true), ("Power", POWER, true)];
        let q = run(text, &names);
        assert_eq!(q[0].1, Some(POWER));
        assert_eq!(q[1].1, Some(POWER), "the next quote goes on");
        assert!(q[1].2, "carried over: inferred");
        assert_eq!(q[2].1, Some(POWER), "a paragraph that is all quote goes on too, never to the name inside");
    }

    #[test]
    fn the_sentence_frame_and_according_to() {
        let text = "Power accused Russia of “barbarism” and said the council had “consistently said one thing and done the opposite.”\n\
                    Kerry described the bombing as a “horrendous step back in time to barbarism”.\n\
                    The plan is “a good basis for a resolution of the council,” according to Lavrov.\n";
        let names = [("Power", POWER, true), ("Russia", RUSSIA, false), ("Kerry", KERRY, true), ("Lavrov", LAVROV, true)];
        assert_eq!(speakers(text, &names), [Some(POWER), Some(KERRY), Some(LAVROV)]);
    }

    #[test]
    fn pronouns_resolve_to_the_subject_of_matching_gender() {
        // "He" is Peskov, the subject, not Putin named in his apposition.
        let text = "Dmitry Peskov, Vladimir Putin's spokesman, said on Tuesday that the criticism was unfair. He said “such rhetoric harms the process.”\n\
                    Labour's Ann Clwyd urged protests outside the embassy of President Bashar Assad.\n\
                    She said: “We need to speak up for our common humanity.”\n";
        let names = [("Dmitry Peskov", 20, true), ("Vladimir Putin", 21, true), ("Ann Clwyd", 22, true), ("Bashar Assad", ASSAD, true)];
        let q = run(text, &names);
        assert_eq!((q[0].1, q[0].2), (Some(20), true));
        assert_eq!((q[1].1, q[1].2), (Some(22), true), "she is not Bashar");
    }

    #[test]
    fn quotes_run_over_paragraphs() {
        let text = "Churkin said: “We need a break. Others are not as exposed.\n\
                    “We have been there for years. Next time we will get it.”\n\
                    “It will be a wake-up call,” said Power.\n\
                    “We hope they take the message from today's vote.”\n";
        let names = [("Churkin", 30, true), ("Power", POWER, true)];
        let q = run(text, &names);
        assert_eq!(q.iter().map(|q| q.1).collect::<Vec<_>>(), [Some(30), Some(30), Some(POWER), Some(POWER)]);
    }

    #[test]
    fn an_unsigned_statement_is_the_institution_that_spoke() {
        let text = "A jet crashed into the sea, the Kremlin has announced.\n\
                    “The pilot ejected safely,” read an official statement.\n";
        assert_eq!(speakers(text, &[("Kremlin", KREMLIN, false)]), [Some(KREMLIN)]);
    }

    #[test]
    fn a_state_after_a_preposition_in_a_longer_name_does_not_speak() {
        let text = "“Units crossed the line overnight,” the Center for Reconciliation of the Opposing Sides in Russia said.\n";
        assert_eq!(speakers(text, &[("Russia", RUSSIA, false)]), [None]);
        let text = "“Units crossed the line overnight,” Russia said.\n";
        assert_eq!(speakers(text, &[("Russia", RUSSIA, false)]), [Some(RUSSIA)]);
    }

    #[test]
    fn a_country_far_from_the_verb_does_not_speak() {
        let text = "As for Russia's claims, the envoy said, “Nobody needs convincing.”\n";
        assert_eq!(speakers(text, &[("Russia", RUSSIA, false)]), [None]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_frame() {
        let text = "“We are pursuing diplomacy,” U.S. Secretary of State John Kerry said.\n\
                    “It is barbarism,” said U.S. envoy Samantha Power.\n\
                    Lavrov told the U.N. Security Council: “We are ready.”\n\
                    “It must stop,” Mr. Lavrov said.\n";
        let names = [("John Kerry", KERRY, true), ("Samantha Power", POWER, true), ("Lavrov", LAVROV, true), ("U.N. Security Council", 12, false)];
        assert_eq!(speakers(text, &names), [Some(KERRY), Some(POWER), Some(LAVROV), Some(LAVROV)]);
    }

    #[test]
    fn a_passive_quoted_by_frame_is_the_one_quoted() {
        let text = "Lavrov was quoted by TASS as saying: “We will not give up.”\n\
                    “We will not give up,” Lavrov was quoted as saying.\n";
        let names = [("Lavrov", LAVROV, true), ("TASS", TASS, false)];
        assert_eq!(speakers(text, &names), [Some(LAVROV), Some(LAVROV)]);
    }

    #[test]
    fn pieces_of_one_quote_cut_by_an_ellipsis_share_its_speaker() {
        let text = "Putin ordered a pause on Friday.\n\
                    \"The pause has been agreed with the government in Damascus ... \"to spare the lives of civilians,\" Lavrov said.\n";
        let q = run(text, &[("Putin", 9, true), ("Lavrov", LAVROV, true)]);
        assert_eq!(q[0], ("The pause has been agreed with the government in Damascus ...".into(), Some(LAVROV), false));
        assert_eq!(q[1], ("to spare the lives of civilians,".into(), Some(LAVROV), false));
    }

    #[test]
    fn a_frame_ending_the_paragraph_before_speaks_the_quote() {
        let text = "Kerry will meet Lavrov on Saturday. The agency, in its report on the meeting, noted,\n\
                    “The talks are a sign of how few options the West has left in the war.”\n";
        // The agency is no actor we know: nobody, rather than Kerry.
        assert_eq!(speakers(text, &[("Kerry", KERRY, true), ("Lavrov", LAVROV, true)]), [None]);
        let text = "Kerry will meet Lavrov on Saturday. Lavrov, speaking in Moscow, said:\n\
                    “The talks are a sign of how few options the West has left in the war.”\n";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true), ("Lavrov", LAVROV, true)]), [Some(LAVROV)]);
    }

    #[test]
    fn a_document_citing_words_is_its_authors() {
        let text = "Kerry spoke on Monday.\nPutin’s decree cited as its reason the “threat to stability posed by hostile acts,” and the failure of the deal.\n";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true), ("Putin", 9, true)]), [Some(9)]);
    }

    #[test]
    fn a_quote_cut_off_by_the_page_is_nobodys_unless_a_quote_before_is_its_speakers() {
        let text = "Kerry spoke to reporters on Monday about the talks.\n“I think the patience of everybody with the council ha";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true)]), [None]);
        let text = "Kerry said: “We are done.”\n“I think the patience of everybody with the council ha";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true)]), [Some(KERRY), Some(KERRY)]);
        let text = "Kerry said the talks had failed.\n“I think the patience of everybody with the council ha";
        assert_eq!(speakers(text, &[("Kerry", KERRY, true)]), [Some(KERRY)]);
    }

    #[test]
    fn a_line_left_open_is_a_quote_cut_off() {
        for cut in
            ["“I think the patience of everybody with the council ha", "‘We will not leave the city until the", "\"The fighters will have to choose soon"]
        {
            assert!(opens_unclosed_quote(cut), "{cut}");
        }
        for line in ["‘We will not leave’ says mayor", "“No deal,” Kerry says", "Russia’s answer"] {
            assert!(!opens_unclosed_quote(line), "{line}");
        }
    }

    #[test]
    fn single_curly_marks_quote_but_apostrophes_do_not() {
        let text = "‘Russia’s allies must stop the shelling of the city now,’ Power told reporters.\n\
                    She said the rebels’ positions were hit and ‘if we did it, we regret the loss of life.’\n\
                    Kerry relayed his ‘regret’ on Sunday.\n\
                    Lavrov said: ‘I would be very interested to see what Washington’s friends";
        let q = run(text, &[("Power", POWER, true), ("Lavrov", LAVROV, true), ("Kerry", KERRY, true)]);
        // Single marks inside a quote whose opening mark was lost are part of it.
        let lost =
            "The envoy spoke.\nThose who stay with ‘Nusra’ must say so on paper,” Lavrov said.\nUp to half are from ‘Jabhat al-Nusra,” the minister said.\n";
        let inner: Vec<String> = run(lost, &[("Lavrov", LAVROV, true)]).into_iter().map(|(q, _, _)| q).collect();
        assert_eq!(inner, ["Those who stay with ‘Nusra’ must say so on paper,", "Up to half are from ‘Jabhat al-Nusra,"]);
        assert_eq!(q[0], ("Russia’s allies must stop the shelling of the city now,".into(), Some(POWER), false));
        assert_eq!(q[1].0, "if we did it, we regret the loss of life.");
        assert_eq!(q[1].1, Some(POWER));
        // A scare quote is no speech; a quote the page cut off runs to its end.
        assert_eq!(q[2], ("I would be very interested to see what Washington’s friends".into(), Some(LAVROV), false));
        assert_eq!(q.len(), 3);
    }

    #[test]
    fn an_opening_mark_typed_for_a_closing_one_closes() {
        let text = "“We are ready to talk,“ Lavrov said. “But not now, not like this.”\n";
        let q = run(text, &[("Lavrov", LAVROV, true)]);
        assert_eq!(q[0], ("We are ready to talk,".into(), Some(LAVROV), false));
        assert_eq!(q[1].0, "But not now, not like this.");
    }
}
