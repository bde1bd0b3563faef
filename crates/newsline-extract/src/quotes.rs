//! Stage 7, quotes: quoted speech with its speaker.
//!
//! Works on paragraphs of the seed text, so a quote may span sentences and
//! paragraphs. Handles curly and straight double quotes, quotes inside quotes (they
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
/// "noting"). "quoted … as saying" and "cited … as saying" are handled on their own.
const SPEECH: &str = r"(?:said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|warned|warns|continued|went on to say|went on|explained|insisted|insists|argued|argues|claimed|claims|declared|announced|replied|responded|wrote|writes|tweeted|asked|urged|called|recalled|concluded|emphasized|emphasised|pointed out|remarked|quipped|stated|commented|countered|confirmed|acknowledged|admitted|cautioned|complained|conceded|predicted|suggested|asserted|maintained|observed|accused|described|describing|saying|adding|noting|warning|stressing|insisting|arguing|telling|calling|quoted\s+[^.!?“”\x22]{1,60}?\s+as\s+saying|cited\s+[^.!?“”\x22]{1,60}?\s+as\s+saying)";

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

/// Raw quote spans in one paragraph: (inner range, opened, closed). A quote inside
/// a quote is part of the outer one: curly marks nest, and marks of the other kind
/// inside an open quote are the inner quote's.
fn spans(text: &str, range: Range<usize>) -> Vec<(Range<usize>, bool, bool)> {
    let p = &text[range.clone()];
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    let mut straight_open: Option<usize> = None;
    let mut first_piece = true;
    // Where the last closing mark ended: a quote with a lost opening mark starts there.
    let mut last_close = range.start;
    for (i, c) in p.char_indices() {
        let at = range.start + i;
        let after = at + c.len_utf8();
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
            match straight_open.take() {
                Some(start) => {
                    out.push((start..at, true, true));
                    last_close = after;
                }
                None => straight_open = Some(after),
            }
        }
    }
    if let Some(start) = open.or(straight_open) {
        out.push((start..range.end, true, false));
    }
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

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// What attribution reads: the article's text, paragraphs, the actors named outside
/// quotes, every quoted range, and what the text tells of each person's gender.
struct Context<'a> {
    text: &'a str,
    paragraphs: &'a [Paragraph],
    /// Mentions outside every quote, in text order.
    named: Vec<Named>,
    quoted: Vec<Range<usize>>,
    genders: rustc_hash::FxHashMap<usize, Gender>,
}

impl Context<'_> {
    fn inside_quote(&self, at: usize) -> bool {
        self.quoted.iter().any(|q| q.start <= at && at < q.end)
    }

    /// The sentence (paragraph index, sentence range) holding byte `at`.
    fn sentence_at(&self, at: usize) -> Option<(usize, Range<usize>)> {
        self.paragraphs.iter().enumerate().find_map(|(p, para)| {
            para.sentences.iter().find(|(_, r)| r.start <= at && at < r.end.max(r.start + 1)).map(|(_, r)| (p, r.clone()))
        })
    }

    /// All sentences in text order, as ranges.
    fn sentences(&self) -> impl DoubleEndedIterator<Item = &Range<usize>> + '_ {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter().map(|(_, r)| r))
    }

    fn gender_fits(&self, actor: usize, wanted: Option<Gender>) -> bool {
        wanted.is_none_or(|w| self.genders.get(&actor).is_none_or(|g| *g == w))
    }

    /// The subject of a speech verb at `verb`, looking back to `from`: the person nearest
    /// before the verb (the one before an apposition, "Peskov, Putin's spokesman,
    /// said"), else the actor nearest before it. Returns the actor, or a pronoun's
    /// position and gender.
    fn subject(&self, from: usize, verb: usize) -> Option<Subject> {
        let before: Vec<&Named> = self.named.iter().filter(|n| n.start >= from && n.end <= verb).collect();
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
                if let Some(p1) = persons.iter().find(|n| self.text[n.end..verb].trim_start().starts_with(',') && self.text[n.end..verb].matches(',').count() == 2) {
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
        (near || apposition).then_some(Subject::Actor(last.actor))
    }

    /// Who a pronoun at `at` is: a person named before it in its own sentence, else the
    /// person the previous sentences speak of (their quote's speaker, the subject of
    /// their speech verb, the first person they name), else the last person named.
    fn resolve_pronoun(&self, at: usize, gender: Option<Gender>, earlier: &[Found]) -> Option<usize> {
        let fits = |a: usize| self.gender_fits(a, gender);
        let current = self.sentence_at(at).map(|(_, r)| r);
        if let Some(r) = &current {
            if let Some(n) = self.named.iter().find(|n| n.person && n.start >= r.start && n.end <= at && fits(n.actor)) {
                return Some(n.actor);
            }
        }
        let limit = current.as_ref().map_or(at, |r| r.start);
        for r in self.sentences().rev().filter(|r| r.end <= limit).take(6) {
            if let Some(q) = earlier.iter().rev().find(|q| q.range.start >= r.start && q.range.start < r.end && q.speaker.is_some_and(|s| fits(s))) {
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
            if let Some(n) = self.named.iter().find(|n| n.person && n.start >= r.start && n.end <= r.end && fits(n.actor)) {
                return Some(n.actor);
            }
        }
        self.named.iter().filter(|n| n.person && n.end <= at && fits(n.actor)).last().map(|n| n.actor)
    }

    fn is_person(&self, actor: usize) -> bool {
        self.named.iter().any(|n| n.actor == actor && n.person)
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

/// The last "he"/"she" in a segment, as a whole word: its offset and gender.
fn pronoun_before(segment: &str) -> Option<(usize, Option<Gender>)> {
    let mut found = None;
    for (at, w) in segment.split_word_bound_indices_ascii() {
        let gender = match w {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => continue,
        };
        found = Some((at, Some(gender)));
    }
    found
}

/// Splitting ASCII words with their offsets, without a dependency.
trait WordBounds {
    fn split_word_bound_indices_ascii(&self) -> Vec<(usize, &str)>;
}

impl WordBounds for str {
    fn split_word_bound_indices_ascii(&self) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push((s, &self[s..i]));
            }
        }
        if let Some(s) = start {
            out.push((s, &self[s..]));
        }
        out
    }
}

/// Finds the quotes of one article.
///
/// `named` are the actor mentions of the article (seed byte ranges), in text order.
pub fn find(text: &str, paragraphs: &[Paragraph], named: &[Named]) -> Vec<Found> {
    let raw: Vec<Vec<(Range<usize>, bool, bool)>> = paragraphs.iter().map(|p| spans(text, p.range.clone())).collect();
    let quoted: Vec<Range<usize>> = raw.iter().flatten().map(|(r, _, _)| r.clone()).collect();
    let inside = |n: &Named| quoted.iter().any(|q| q.start <= n.start && n.end <= q.end);
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
        for n in named {
            eprintln!("named {:?} actor {} person {} inside {} gender {:?}", &text[n.start..n.end], n.actor, n.person, inside(n), genders.get(&n.actor));
        }
    }
    let ctx = Context { text, paragraphs, named: named.iter().filter(|n| !inside(n)).copied().collect(), quoted: quoted.clone(), genders };

    let mut found: Vec<Found> = Vec::new();
    let mut carry: Option<usize> = None; // index in `found` of a quote left open
    for (p, paragraph) in paragraphs.iter().enumerate() {
        for (k, (range, opened, closed)) in raw[p].iter().cloned().enumerate() {
            let sentence = paragraph
                .sentences
                .iter()
                .find(|(_, r)| r.start <= range.start && range.start < r.end.max(r.start + 1))
                .or(paragraph.sentences.iter().rev().find(|(_, r)| r.start <= range.start))
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
                        found.push(Found { range: range.clone(), sentence, speaker, attribution, inferred });
                        if !closed {
                            carry = Some(found.len() - 1);
                        }
                        continue;
                    }
                }
            }
            let inner = &text[range.clone()];
            let sentence_text = paragraph.sentences.iter().find(|(i, _)| *i == sentence).map(|(_, r)| &text[r.clone()]).unwrap_or("");
            let words = word_count(inner);
            if words <= 3 {
                let ends_clause = inner.trim_end().ends_with(['.', ',', '!', '?']);
                let speech = speech_re().is_match(sentence_text);
                if !(speech && (ends_clause || words == 3)) {
                    continue; // a scare quote or a term, not speech
                }
            }
            let (attribution, speaker, inferred) = attribute(&ctx, &range, p, &found);
            found.push(Found { range, sentence, speaker, attribution, inferred });
            if !closed {
                carry = Some(found.len() - 1);
            }
        }
        if carry.is_some_and(|c| found[c].range.end < paragraph.range.start) {
            carry = None;
        }
    }
    found
}

/// The attribution of a quote: the words naming the speaker, the speaker, and
/// whether the speaker was inferred (pronoun, previous quote).
fn attribute(ctx: &Context, quote: &Range<usize>, p: usize, earlier: &[Found]) -> (Option<Range<usize>>, Option<usize>, bool) {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static ACCORDING: OnceLock<Regex> = OnceLock::new();
    let text = ctx.text;
    let paragraph = &ctx.paragraphs[p];
    // After the closing mark: ", Lavrov said", ", said John Fisher", ", he continued".
    let after_re = AFTER.get_or_init(|| {
        Regex::new(&format!(
            r"^[\s,;”’»\x22]*(?P<attr>(?P<first>(?:{SPEECH}|read)(?-u:\b))\s*(?P<who2>[^.!?;:“”\x22]{{1,80}})|(?P<who>[^.!?“”\x22]{{1,80}}?)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?P<verb>{SPEECH})(?-u:\b))"
        ))
        .unwrap()
    });
    // Right before the opening mark: a speech verb, perhaps with its object and time
    // ("told the Commons on Tuesday"), then a colon, comma or "that".
    let before_re = BEFORE.get_or_init(|| {
        Regex::new(&format!(
            r"(?s)^.*(?P<verb>(?-u:\b){SPEECH})(?-u:\b)(?P<rest>[^.!?“”\x22:]{{0,60}}?)\s*(?:[:,]|(?-u:\b)that)?\s*$"
        ))
        .unwrap()
    });
    let according_re = ACCORDING.get_or_init(|| Regex::new(r"(?i)(?-u:\b)according to(?-u:\b)").unwrap());

    let first_actor_in = |range: Range<usize>| ctx.named.iter().find(|n| n.start >= range.start && n.end <= range.end).map(|n| n.actor);
    let open = text[..quote.start].char_indices().next_back().filter(|(_, c)| is_opening(*c) || *c == '"').map_or(quote.start, |(i, _)| i);
    let close = text[quote.end..].char_indices().find(|(_, c)| is_closing(*c) || *c == '"').map_or(quote.end, |(i, c)| quote.end + i + c.len_utf8());
    let sentence = ctx.sentence_at(open.max(paragraph.range.start)).map(|(_, r)| r).unwrap_or(paragraph.range.clone());

    // 1. After the quote.
    let mut after: Option<(Range<usize>, Option<usize>, bool)> = None;
    // The rest of the sentence the quote closes in; when the quote ends that sentence,
    // the next one only if it goes on in lower case ("…?” he asked").
    let closing_sentence = paragraph.sentences.iter().map(|(_, r)| r).find(|r| r.start < close && close <= r.end);
    let mut sentence_end = closing_sentence.map_or(paragraph.range.end, |r| r.end);
    if text[close.min(sentence_end)..sentence_end].trim().is_empty() {
        let next = text[sentence_end..paragraph.range.end].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if next.starts_with(|c: char| c.is_lowercase()) {
            sentence_end = paragraph.sentences.iter().map(|(_, r)| r).find(|r| r.start >= sentence_end).map_or(paragraph.range.end, |r| r.end);
        }
    }
    let tail_end = floor_char(text, sentence_end.min(close + 200)).max(close);
    let tail = &text[close.min(tail_end)..tail_end];
    if close > quote.end || close == quote.end && quote.end < paragraph.range.end {
        if let Some(caps) = speech_re().is_match(tail).then(|| after_re.captures(tail)).flatten().or_else(|| tail.contains("read").then(|| after_re.captures(tail)).flatten()) {
            let attr = caps.name("attr").unwrap();
            let range = close + attr.start()..close + attr.end();
            if let Some(who2) = caps.name("who2") {
                // "said Power", "said an opposition official in a statement".
                let who = close + who2.start()..close + who2.end();
                let who_end = text[who.clone()].find(',').map_or(who.end, |i| who.start + i);
                let person = ctx.named.iter().find(|n| n.person && n.start >= who.start && n.end <= who_end).map(|n| n.actor);
                after = Some((range, person.or_else(|| first_actor_in(who.start..who_end)), false));
            } else {
                let verb = close + caps.name("verb").unwrap().start();
                let (speaker, inferred) = ctx.speaker_of(ctx.subject(close, verb), earlier);
                after = Some((range, speaker, inferred));
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
    if let Some(caps) = before_re.captures(window) {
        let verb = caps.name("verb").unwrap();
        let range = from + verb.start()..from + caps.name("rest").unwrap().end();
        let verb_text = verb.as_str();
        let subject = if verb_text.starts_with("quoted") || verb_text.starts_with("cited") {
            // "TASS quoted Lavrov as saying": the one quoted.
            first_actor_in(from + verb.start()..from + verb.end()).map(Subject::Actor)
        } else {
            // The subject may come before an earlier quote in the sentence ("Power
            // accused Russia of “barbarism” and said …"); names inside quotes never count.
            ctx.subject(sentence.start.min(from), from + verb.start())
        };
        let (speaker, inferred) = ctx.speaker_of(subject, earlier);
        let start = attribution_start(ctx, sentence.start.min(from), range.start, speaker);
        // Right before the quote means nothing but the verb's object or time between
        // them ("told the Commons on Tuesday:"); a longer clause is the sentence's frame.
        let rest = caps.name("rest").unwrap().as_str();
        let adjacent = word_count(rest) <= 4 || window.trim_end().ends_with([':', ',']) || window.trim_end().ends_with("that");
        if adjacent {
            before = Some((start..range.end, speaker, inferred));
        }
    } else if window.trim_end().ends_with(':') {
        // "Churkin: “…”": the actor named before the colon.
        let end = from + window.trim_end().len() - 1;
        let clause = window[..end - from].rfind([',', ';']).map_or(from, |i| from + i + 1);
        let persons = ctx.named.iter().filter(|n| n.start >= clause && n.end <= end);
        if let Some(n) = persons.clone().filter(|n| n.person).last().or(persons.last()) {
            before = Some((n.start..end, Some(n.actor), false));
        }
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
        let mut parts = vec![range];
        for q in &ctx.quoted {
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
        let words = &text[floor_char(text, part.start)..floor_char(text, part.end)];
        if let Some(m) = according_re.find(words) {
            let from = part.start + m.end();
            if let Some(actor) = first_actor_in(from..floor_char(text, (from + 80).min(sentence.end))) {
                return (Some(part.start + m.start()..from), Some(actor), false);
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
    let mut frame = verbs.iter().filter(|v| **v < open).last().or(verbs.iter().find(|v| **v > quote.end)).map(|v| (sentence.start, *v, false));
    if verbs.is_empty() {
        let previous = paragraph.sentences.iter().map(|(_, r)| r).filter(|r| r.end <= sentence.start).last();
        if let Some(r) = previous.filter(|r| !ctx.quoted.iter().any(|q| q.start < r.end && r.start < q.end)) {
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
        let prev_para = ctx.paragraphs.iter().position(|para| para.range.start <= prev.range.start && prev.range.start <= para.range.end);
        let opens_paragraph = text[paragraph.range.start..open].trim().is_empty();
        let near = prev_para == Some(p) || opens_paragraph && prev_para.is_some_and(|pp| pp + 2 >= p);
        if near {
            let between: Vec<&Named> = ctx.named.iter().filter(|n| n.person && n.start >= prev.range.end && n.end <= open).collect();
            return match between.last() {
                None => (None, prev.speaker, true),
                Some(n) if Some(n.actor) == prev.speaker => (None, prev.speaker, true),
                Some(n) => (None, Some(n.actor), true),
            };
        }
    }
    if text[paragraph.range.start..open].trim().is_empty() {
        // A paragraph that is all quote: the person the text speaks of.
        let speaker = ctx.resolve_pronoun(open, None, earlier);
        if speaker.is_some() {
            return (None, speaker, true);
        }
    }
    (None, None, false)
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
    for r in ctx.sentences().rev().filter(|r| r.end <= sentence_start).take(2) {
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

/// Where the words naming a speaker start: their mention nearest before the verb
/// (the pronoun or the verb itself when they are not named before it).
fn attribution_start(ctx: &Context, from: usize, verb: usize, speaker: Option<usize>) -> usize {
    let named = ctx.named.iter().filter(|n| n.start >= from && n.end <= verb && Some(n.actor) == speaker).map(|n| n.start).last();
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

    /// Builds paragraphs (one per line, one sentence per paragraph for simplicity)
    /// and names: each `(name, actor, person)` is found wherever it occurs.
    fn run(text: &str, names: &[(&str, usize, bool)]) -> Vec<(String, Option<usize>, bool)> {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for (n, line) in text.split_inclusive('\n').enumerate() {
            let range = offset..offset + line.trim_end().len();
            paragraphs.push(Paragraph { range: range.clone(), sentences: vec![(n, range)] });
            offset += line.len();
        }
        let mut named = Vec::new();
        for (name, actor, person) in names {
            for (at, _) in text.match_indices(name) {
                named.push(Named { start: at, end: at + name.len(), actor: *actor, person: *person });
            }
        }
        named.sort_by_key(|n| n.start);
        find(text, &paragraphs, &named).into_iter().map(|q| (text[q.range].to_string(), q.speaker, q.inferred)).collect()
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
}
