//! Stage 7, quotes: quoted speech with its speaker.
//!
//! Works on paragraphs of the seed text, so a quote may span sentences and
//! paragraphs. Handles curly and straight double quotes, a closing mark whose
//! opening mark was lost in scraping (the quote then starts the paragraph), a
//! quote left open at a paragraph's end that goes on in the next paragraph,
//! and tells scare quotes ("terrorist", "moderate") from speech: a span of three
//! words or fewer is speech only when it ends a clause and its sentence has a
//! speech verb.
//!
//! The speaker comes from the attribution next to the quote: "…,” Lavrov said",
//! "Lavrov said: “…”", "…,” he continued" (the last person named), "…,” the
//! Russian Foreign Minister said" (a role, resolved by the actor stage),
//! "X told RT", "according to X", "TASS quoted X as saying".

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

const SPEECH: &str = r"(?:said|says|say|told|tells|added|adds|noted|notes|stressed|warned|continued|went on to say|explained|insisted|argued|claimed|declared|announced|replied|wrote|asked|urged|called|recalled|concluded|emphasized|emphasised|pointed out|remarked)";

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

/// Raw quote spans in one paragraph: (inner range, opened, closed).
fn spans(text: &str, range: Range<usize>) -> Vec<(Range<usize>, bool, bool)> {
    let p = &text[range.clone()];
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    let mut first_piece = true;
    // Where the last closing mark ended: a quote with a lost opening mark starts there.
    let mut last_close = range.start;
    for (i, c) in p.char_indices() {
        let at = range.start + i;
        let after = at + c.len_utf8();
        if is_opening(c) {
            open = Some(after);
        } else if is_closing(c) {
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

/// Finds the quotes of one article.
///
/// `named` are the actor mentions of the article (seed byte ranges), in text order.
pub fn find(text: &str, paragraphs: &[Paragraph], named: &[Named]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut carry: Option<usize> = None; // index in `found` of a quote left open
    for paragraph in paragraphs {
        let raw = spans(text, paragraph.range.clone());
        for (k, (range, opened, closed)) in raw.into_iter().enumerate() {
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
                        let (attribution, speaker, inferred) = attribute(text, &range, paragraph, named, &found);
                        let q = &mut found[prev];
                        if q.speaker.is_none() {
                            q.speaker = speaker;
                            q.attribution = attribution.clone();
                            q.inferred = inferred;
                        }
                        // Keep it as its own quote too (a paragraph of the same speech),
                        // attributed by its own words when it has them.
                        let (speaker, attribution, inferred) = match speaker {
                            Some(own) => (Some(own), attribution, inferred),
                            None => (q.speaker, None, q.speaker.is_some()),
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
            if word_count(inner) <= 3 {
                let ends_clause = inner.trim_end().ends_with(['.', ',', '!', '?']);
                if !(ends_clause && speech_re().is_match(sentence_text)) {
                    continue; // a scare quote or a term, not speech
                }
            }
            let (attribution, speaker, inferred) = attribute(text, &range, paragraph, named, &found);
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
fn attribute(
    text: &str,
    quote: &Range<usize>,
    paragraph: &Paragraph,
    named: &[Named],
    earlier: &[Found],
) -> (Option<Range<usize>>, Option<usize>, bool) {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static ACCORDING: OnceLock<Regex> = OnceLock::new();
    // After the closing mark: ", Lavrov said", ", he continued", "the Russian Foreign Minister said".
    let after_re = AFTER.get_or_init(|| {
        Regex::new(&format!(
            r"^[\s,”’»\x22]*(?P<attr>(?P<who>(?:[Hh]e|[Ss]he)(?-u:\b)|[^.!?“”\x22]{{1,80}}?)\s+(?:{SPEECH})(?-u:\b)|(?:{SPEECH})\s+(?P<who2>[^.!?,“”\x22]{{1,60}}))"
        ))
        .unwrap()
    });
    // Before the opening mark: "Lavrov said on Friday:", "However, Lavrov said,".
    let before_re = BEFORE.get_or_init(|| {
        Regex::new(&format!(
            r"(?P<attr>(?P<who>(?-u:\b)(?:[Hh]e|[Ss]he)(?-u:\b)|[A-Z][^.!?“”\x22]{{0,80}}?)\s+(?:{SPEECH}|quoted\s+[^.!?“”\x22]{{1,60}}\s+as\s+saying)(?:\s+(?:on|in|at|during|to|from|after|before|with|later|earlier|this|last|yesterday|today)(?-u:\b)[^.!?“”\x22:,]{{0,40}}?)?)\s*[:,]?\s*[“\x22«]?$"
        ))
        .unwrap()
    });
    let according_re = ACCORDING.get_or_init(|| Regex::new(r"(?i)(?-u:\b)according to(?-u:\b)").unwrap());

    let person_in = |range: Range<usize>| -> Option<usize> {
        // Prefer a person; else any actor (a ministry, a government).
        named.iter().filter(|n| n.start >= range.start && n.end <= range.end).max_by_key(|n| (n.person, n.start)).map(|n| n.actor)
    };
    let last_person_before = |at: usize| -> Option<usize> {
        named.iter().filter(|n| n.person && n.end <= at).last().map(|n| n.actor)
    };

    // 1. After the quote, up to the end of its sentence.
    let close = text[quote.end..].char_indices().find(|(_, c)| is_closing(*c) || *c == '"').map_or(quote.end, |(i, c)| quote.end + i + c.len_utf8());
    // Only up to the end of the sentence the quote closes in.
    let sentence_end = paragraph.sentences.iter().find(|(_, r)| r.start < close && close <= r.end).map_or(paragraph.range.end, |(_, r)| r.end);
    let tail_end = sentence_end.min(close + 200);
    let tail = &text[close.min(tail_end)..floor_char(text, tail_end)];
    // Both attribution patterns need a speech verb: a cheap DFA test first.
    if let Some(caps) = speech_re().is_match(tail).then(|| after_re.captures(tail)).flatten() {
        let attr = caps.name("attr").unwrap();
        let range = close + attr.start()..close + attr.end();
        let who = caps.name("who").or(caps.name("who2")).map(|m| m.as_str().trim()).unwrap_or("");
        if who.eq_ignore_ascii_case("he") || who.eq_ignore_ascii_case("she") {
            return (Some(range), last_person_before(quote.start), true);
        }
        // An explicit attribution names the speaker, or nobody we know ("the agreement says").
        return (Some(range.clone()), person_in(range), false);
    }
    // 2. Right before the quote: "Lavrov said on Friday:", "However, Lavrov said,".
    let open = text[..quote.start].char_indices().next_back().filter(|(_, c)| is_opening(*c) || *c == '"').map_or(quote.start, |(i, _)| i);
    let base = floor_char(text, paragraph.range.start.max(open.saturating_sub(200)));
    let before = |window: Range<usize>| {
        let window = &text[window];
        let may_attribute = speech_re().is_match(window) || window.contains("quoted");
        may_attribute.then(|| before_re.captures(window)).flatten()
    };
    if let Some(caps) = before(base..quote.start).or_else(|| before(base..open)) {
        let attr = caps.name("attr").unwrap();
        let range = base + attr.start()..base + attr.end();
        let who = caps.name("who").map(|m| m.as_str().trim()).unwrap_or("");
        if who.eq_ignore_ascii_case("he") || who.eq_ignore_ascii_case("she") {
            return (Some(range.clone()), last_person_before(range.start), true);
        }
        if let Some(actor) = person_in(range.clone()) {
            return (Some(range), Some(actor), false);
        }
    }
    // 3. The frame of the sentence the quote sits in (or of the sentence before it in the
    //    paragraph): "The diplomat stressed that ... “just to adopt something”",
    //    "according to X". Only the words outside the quote count.
    let at = paragraph.sentences.iter().position(|(_, r)| r.start <= quote.start && quote.start <= r.end);
    for index in at.into_iter().flat_map(|i| [Some(i), i.checked_sub(1)]).flatten() {
        let sentence = paragraph.sentences[index].1.clone();
        let outside = sentence.start..open.min(sentence.end).max(sentence.start);
        let words = &text[outside.clone()];
        // "according to X" before or after the quote.
        let after_quote = close.max(sentence.start).min(sentence.end)..sentence.end;
        for part in [outside.clone(), after_quote] {
            if let Some(m) = according_re.find(&text[part.clone()]) {
                let from = part.start + m.start();
                let range = from..floor_char(text, (from + 80).min(part.end.max(from)));
                if let Some(actor) = person_in(range.clone()) {
                    return (Some(range), Some(actor), false);
                }
            }
        }
        if let Some(m) = speech_re().find_iter(words).last() {
            let range = outside.start..outside.start + m.end();
            let frame = &text[range.clone()];
            let pronoun = frame.split(|c: char| !c.is_alphanumeric()).any(|w| w == "He" || w == "She" || w == "he" || w == "she");
            // The person nearest before the verb.
            if let Some(actor) = named.iter().filter(|n| n.person && n.start >= range.start && n.end <= range.end).map(|n| n.actor).last() {
                return (Some(range), Some(actor), false);
            }
            if pronoun {
                return (Some(range.clone()), last_person_before(range.start), true);
            }
        }
    }
    // 4. A paragraph that is all quote and names nobody: the speech of the last person
    //    quoted or named before it (an interview goes on).
    if text[paragraph.range.clone()].trim_start().starts_with(['“', '"']) {
        let speaker = earlier.last().and_then(|q| q.speaker).filter(|s| Some(*s) == last_person_before(quote.start)).or(last_person_before(quote.start));
        if speaker.is_some() {
            return (None, speaker, true);
        }
    }
    (None, None, false)
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
