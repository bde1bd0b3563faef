//! The tense of a sentence's main clause, from its verb forms alone (no parser): what
//! tells a happening is in the past tense ("Moscow lost its bid"); what "has been", "had
//! been", or how things stand in the present ("Admiral Kuznetsov belongs to a naval
//! group") is the background around it. The word lists are `data/tense.toml`.
//!
//! The main clause starts after an opening frame ("Since the group was set up in 2006,"),
//! leaves out relative clauses ("which Russia has deployed") and quotes, and its first
//! verb form decides.

use crate::data::tense_words;

/// The tense of a main clause, as far as its first verb form tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// "has been accused", "have not taken".
    Perfect,
    /// "had been scheduled".
    PastPerfect,
    /// "belongs to", "say", "is in grave jeopardy", "has 47 members".
    Present,
    /// "is withdrawing": an act under way.
    Progressive,
    /// "lost", "were killed".
    Past,
    /// "will halt", "would work together".
    Modal,
    Unknown,
}

impl Tense {
    /// How things stand or stood: no happening of a day.
    pub fn states(self) -> bool {
        matches!(self, Tense::Perfect | Tense::PastPerfect | Tense::Present)
    }
}

/// A main clause's verb group, as far as its forms tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub tense: Tense,
    /// A statement's participle ("has called on"): news tells statements in the perfect.
    pub statement: bool,
    /// "has been a member", "have become": a state rather than an act done.
    pub been: bool,
    /// A present that tells what something is, has or is part of ("belongs to"), not
    /// what anyone holds to be so.
    pub relation: bool,
}

const UNKNOWN: Clause = Clause { tense: Tense::Unknown, statement: false, been: false, relation: false };

fn clause(tense: Tense) -> Clause {
    Clause { tense, ..UNKNOWN }
}

/// The verb group of `text`'s main clause.
pub fn main_clause(text: &str) -> Clause {
    let mut lower = String::new();
    clause_of(&words_outside_quotes(text, &mut lower))
}

/// Whether `text` speaks in the first person outside quotes (a speech or transcript).
pub fn first_person(text: &str) -> bool {
    let mut lower = String::new();
    speaks_first_person(&words_outside_quotes(text, &mut lower))
}

/// [`main_clause`] and [`first_person`], from one reading of the words.
pub fn read(text: &str) -> (Clause, bool) {
    let mut lower = String::new();
    let words = words_outside_quotes(text, &mut lower);
    (clause_of(&words), speaks_first_person(&words))
}

fn clause_of(words: &[&str]) -> Clause {
    first_verb(&words[clause_start(words)..])
}

fn speaks_first_person(words: &[&str]) -> bool {
    let first = &tense_words().first_person;
    words.iter().any(|w| first.contains(*w))
}

/// Whether `text` goes on with a quote opened before it: its first quote mark closes one.
pub fn continues_quote(text: &str) -> bool {
    // Two searches for the marks' bytes, not a decoding of every character before them.
    let (open, close) = (text.find('“'), text.find('”'));
    close.is_some_and(|close| open.is_none_or(|open| close < open))
}

/// Lower-cased words and clause punctuation (`,`, `;`, `:`, dashes), quotes left out (an
/// unclosed quote runs to the end; one closed without opening runs from the start). The
/// words are written one after the other into `lower` (one string for the sentence, not
/// one for each word) and returned as slices of it.
fn words_outside_quotes<'a>(text: &str, lower: &'a mut String) -> Vec<&'a str> {
    let text = match (find_fixed!("”", text), find_fixed!("“", text)) {
        (Some(close), open) if open.is_none_or(|o| o > close) => &text[close + '”'.len_utf8()..],
        _ => text,
    };
    // The words are written as bytes, each ASCII run lowered as it is copied (one pass,
    // no copy then lowering in place); only whole characters go in, so the bytes are
    // UTF-8 and checked once at the end.
    let mut out = std::mem::take(lower).into_bytes();
    out.clear();
    // Eight bytes over: a run is lowered and written eight bytes at a time (`push_lowered`).
    out.reserve(text.len() + 8);
    // Where each word ends in `out`; the word being read starts at `start`.
    // Sized once for a word in every four bytes: grown from empty, it was reallocated
    // several times per sentence.
    let mut ends: Vec<usize> = Vec::with_capacity(text.len() / 4 + 1);
    let (mut start, mut quoted, mut straight) = (0, false, false);
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Inside quotes only a quote mark counts: skip to the next '"' or the first byte of
        // '“' or '”' (0xE2), decoded below, rather than reading the words between.
        if quoted || straight {
            match memchr::memchr2(b'"', 0xE2, &bytes[at..]) {
                Some(mark) => at += mark,
                None => break,
            }
        }
        // A run of ASCII letters, digits and hyphens (most of any text) is copied at once.
        if bytes[at].is_ascii_alphanumeric() || bytes[at] == b'-' {
            let end = ascii_word_end(bytes, at);
            if !(quoted || straight) {
                let whole_word = out.len() == start && !continues_word(text, end);
                if whole_word && acronym(&text[at..end]) {
                    out.extend_from_slice(&bytes[at..end]);
                } else {
                    push_lowered(&mut out, bytes, at, end);
                }
            }
            at = end;
            continue;
        }
        // Other ASCII bytes (spaces, punctuation) as their characters below, undecoded.
        if bytes[at].is_ascii() {
            let b = bytes[at];
            at += 1;
            match b {
                b'"' => straight = !straight,
                _ if quoted || straight => {}
                // An apostrophe inside a word ("didn't", "Russia's"); one closing a word is a
                // closing single quote ("‘severely damaged’ a drone").
                b'\'' if out.len() > start && starts_alphanumeric(&text[at..]) => out.push(b'\''),
                _ => {
                    if out.len() > start {
                        ends.push(out.len());
                    }
                    if matches!(b, b',' | b';' | b':') {
                        out.push(b);
                        ends.push(out.len());
                    }
                    start = out.len();
                }
            }
            continue;
        }
        let c = text[at..].chars().next().expect("at a char boundary");
        at += c.len_utf8();
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => straight = !straight,
            _ if quoted || straight => {}
            c if c.is_alphanumeric() => c.to_lowercase().for_each(|l| push_char(&mut out, l)),
            '\'' | '’' if out.len() > start && starts_alphanumeric(&text[at..]) => out.push(b'\''),
            _ => {
                if out.len() > start {
                    ends.push(out.len());
                }
                if matches!(c, ',' | ';' | ':' | '—' | '–') {
                    push_char(&mut out, c);
                    ends.push(out.len());
                }
                start = out.len();
            }
        }
    }
    if out.len() > start {
        ends.push(out.len());
    }
    *lower = String::from_utf8(out).expect("whole characters only");
    let lower: &'a str = lower;
    let mut from = 0;
    ends.into_iter()
        .map(|end| {
            let word = &lower[from..end];
            from = end;
            word
        })
        .collect()
}

fn starts_alphanumeric(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_alphanumeric)
}

/// Appends `bytes[at..end]`, ASCII letters, digits and hyphens, in lower case: eight
/// bytes lowered at once where eight can be read, written whole and cut back to the run
/// (a byte-by-byte map was a quarter of `words_outside_quotes`). `out` has eight bytes
/// spare.
fn push_lowered(out: &mut Vec<u8>, bytes: &[u8], mut at: usize, end: usize) {
    while at < end {
        let Some(chunk) = bytes.get(at..at + 8) else {
            out.extend(bytes[at..end].iter().map(u8::to_ascii_lowercase));
            return;
        };
        let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let kept = out.len() + (end - at).min(8);
        out.extend_from_slice(&ascii_lowercase8(eight).to_le_bytes());
        out.truncate(kept);
        at += 8;
    }
}

/// Eight bytes with each ASCII capital lowered; any other byte may change too, but an
/// ASCII byte only if it is a capital (the high bits are masked, so no sum carries from
/// one byte into the next).
fn ascii_lowercase8(eight: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = eight & !(ONES * 0x80);
    let capital = (low + ONES * (0x80 - b'A' as u64)) & !(low + ONES * (0x7F - b'Z' as u64)) & (ONES * 0x80);
    eight | (capital >> 2)
}

fn push_char(out: &mut Vec<u8>, c: char) {
    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

/// Whether the text from byte `at` on goes on with a letter, a digit or an apostrophe
/// (`'`, `’`) before one: a word read up to `at` is then part of a longer one. An ASCII
/// byte is read as it is; only another character is decoded.
fn continues_word(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(b'\'') => starts_alphanumeric(&text[at + 1..]),
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) if text[at..].starts_with('’') => starts_alphanumeric(&text[at + '’'.len_utf8()..]),
        Some(_) => starts_alphanumeric(&text[at..]),
    }
}

/// Whether `word` is written in capitals, two or more: an acronym ("US", "IS", "UN"), kept
/// as written so that the United States is not "us" (a speaker's first person) nor the
/// Islamic State the verb "is".
fn acronym(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') && word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// Where a run of ASCII letters, digits and hyphens starting at `at` ends.
fn ascii_word_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        at = crate::sentences::ascii_alphanumeric_end(bytes, at);
        if bytes.get(at) != Some(&b'-') {
            return at;
        }
        at += 1;
    }
}

/// How many words a frame before the main clause may run to its comma.
const FRAME_WORDS: usize = 16;

/// Where the main clause starts: after an opening frame up to its comma, and after a
/// conjunction joining it to what came before ("But", "And", "However,").
fn clause_start(words: &[&str]) -> usize {
    let tw = tense_words();
    let mut i = 0;
    let opens_frame = |w: &str| tw.frame_openers.contains(w);
    if words.first().is_some_and(|w| opens_frame(w)) || (words.first().is_some_and(|w| *w == "but") && words.get(1).is_some_and(|w| opens_frame(w))) {
        if let Some(comma) = words.iter().take(FRAME_WORDS).position(|w| *w == ",") {
            i = comma + 1;
        }
    }
    if words.get(i).is_some_and(|w| matches!(*w, "but" | "and" | "however" | "yet" | "still")) {
        i += 1;
    }
    if words.get(i).is_some_and(|w| *w == ",") {
        i += 1;
    }
    i
}

/// Words that, just before a form, make it a noun or an infinitive rather than a verb.
const NOT_BEFORE_A_VERB: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "to", "of", "for", "and", "by", "with"];

/// The tense of the first verb form of a clause (relative clauses left out).
fn first_verb(words: &[&str]) -> Clause {
    let tw = tense_words();
    let mut in_relative = false;
    // "The cease-fire that went into effect on Sept. 12 is in jeopardy": a "that" after
    // the subject's noun opens a clause about it; its verb group is not the sentence's.
    let mut relative_verb_ahead = false;
    let mut skip_to = 0;
    for (i, w) in words.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| words[p]);
        if i < skip_to {
            continue;
        }
        if tw.relative_openers.contains(*w) || (*w == "that" && previous == Some(",")) {
            in_relative = true;
            continue;
        }
        if *w == "that" && previous.is_some_and(|p| !NOT_BEFORE_A_NOUNS_THAT.contains(&p)) {
            relative_verb_ahead = true;
            continue;
        }
        if matches!(*w, "," | ";" | ":" | "—" | "–") {
            in_relative = false;
            relative_verb_ahead = false;
            continue;
        }
        if in_relative {
            continue;
        }
        if let Some(found) = verb_at(words, i, previous) {
            if std::mem::take(&mut relative_verb_ahead) {
                skip_to = i + 1 + words[i + 1..].iter().take_while(|w| in_verb_group(w)).count();
                continue;
            }
            return found;
        }
    }
    UNKNOWN
}

/// Words after which "that" is no relative pronoun about a noun: prepositions and
/// conjunctions ("after that", "so that").
const NOT_BEFORE_A_NOUNS_THAT: &[&str] = &[
    "of", "in", "at", "on", "for", "to", "by", "with", "from", "after", "before", "and", "but", "so", "because", "since", "now", "like", "than", "such", "all",
];

/// Whether `word` goes on with a verb group: an auxiliary, a participle or an adverb of one.
fn in_verb_group(word: &str) -> bool {
    matches!(word, "been" | "being" | "be" | "not") || participle(word) || tense_words().verb_adverbs.contains(word)
}

/// The tense of the verb group starting at `words[i]`, if one does.
fn verb_at(words: &[&str], i: usize, previous: Option<&str>) -> Option<Clause> {
    let tw = tense_words();
    let w = words[i];
    let after = || after_adverbs(words, i + 1);
    let subject_before = i > 0 && previous.is_none_or(|p| !NOT_BEFORE_A_VERB.contains(&p));
    match w {
        "has" | "have" | "hasn't" | "haven't" => Some(match after().filter(|p| participle(p)) {
            Some(p) => Clause { tense: Tense::Perfect, statement: tw.statement_participles.contains(p), been: of_state(words, i, p), relation: false },
            None if i > 0 => Clause { relation: true, ..clause(Tense::Present) },
            None => return None,
        }),
        "had" | "hadn't" => Some(clause(if after().is_some_and(participle) { Tense::PastPerfect } else { Tense::Past })),
        "is" | "are" | "am" | "isn't" | "aren't" if hedged_state(words, i + 1) => Some(Clause { relation: true, ..clause(Tense::Present) }),
        "is" | "are" | "am" | "isn't" | "aren't" => Some(clause(if after().is_some_and(|p| p.ends_with("ing")) { Tense::Progressive } else { Tense::Present })),
        // "That center was to have coordinated …", "each were to dispose of …": what was
        // planned, not what was done.
        "was" | "were" if after() == Some("to") => Some(clause(Tense::Modal)),
        "was" | "were" | "wasn't" | "weren't" | "did" | "didn't" => Some(clause(Tense::Past)),
        // "Both sides look set to return to the battlefield": a forecast.
        "look" | "looks" | "seem" | "seems" | "appear" | "appears" if after().is_some_and(|a| matches!(a, "set" | "poised" | "likely")) => {
            Some(clause(Tense::Modal))
        }
        _ if tw.modals.contains(w) => Some(clause(Tense::Modal)),
        _ if subject_before && tw.present_verbs.contains(w) => Some(Clause { relation: tw.relation_verbs.contains(w), ..clause(Tense::Present) }),
        // A hyphened form is a compound's adjective ("the Arab League-proposed resolution",
        // "Russian-backed forces"), not the clause's verb.
        // "Bashir previously said …", "UAE and Bahrain recently announced …": a past before
        // the story's, as "had said" tells it.
        _ if subject_before
            && !w.contains('-')
            && (tw.irregular_past.contains(w) || (w.ends_with("ed") && w.len() > 4 && !tw.not_past.contains(w)))
            && !reduced_relative(words, i) =>
        {
            // (Not a participle set off after a comma: "the group, recently renamed …, prevented".)
            let before_the_story = matches!(previous, Some("previously" | "formerly" | "recently")) && i >= 2 && words[i - 2] != ",";
            Some(clause(if before_the_story { Tense::PastPerfect } else { Tense::Past }))
        }
        _ => None,
    }
}

/// Whether the participle at `words[i]` shortens a relative clause about the noun before
/// it, the clause's own verb group following a short place or occasion: "The countries
/// involved in the rescue had determined …", "Fighters based in Idlib have …". (A verb of
/// saying goes on with what was said: "said in a statement Assad was …".)
fn reduced_relative(words: &[&str], i: usize) -> bool {
    const PREPOSITIONS: &[&str] = &["in", "at", "by", "from", "near", "inside", "during"];
    const FINITE: &[&str] = &["had", "has", "have", "was", "were", "is", "are", "will", "would"];
    let determiner = |w: &str| matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that") || w.ends_with("'s") || w.ends_with("’s");
    let (w, rest) = (words[i], &words[i + 1..]);
    if !participle(w) || tense_words().statement_participles.contains(w) || !rest.first().is_some_and(|p| PREPOSITIONS.contains(p)) {
        return false;
    }
    let finite_at = |j: usize| rest.get(j).is_some_and(|v| FINITE.contains(v));
    let word = |j: usize| rest.get(j).is_some_and(|v| v.chars().next().is_some_and(char::is_alphanumeric) && !FINITE.contains(v));
    // "in Idlib have", "in the rescue had".
    word(1) && (finite_at(2) || rest.get(1).is_some_and(|d| determiner(d)) && word(2) && finite_at(3))
}

/// Whether the words from `from` on hedge what something is or has: "(is) currently believed
/// to have some 4,000 personnel", "(are) thought to be in the city". No one's stance, and no
/// act: "is believed to have carried out the attack" reports one (a participle follows).
fn hedged_state(words: &[&str], from: usize) -> bool {
    let Some(at) = (from..words.len()).find(|&j| !tense_words().verb_adverbs.contains(words[j])) else { return false };
    let hedge = matches!(words[at], "believed" | "thought" | "estimated" | "said" | "reported" | "understood" | "known" | "expected");
    let state = |j: usize| words.get(j).is_some_and(|w| matches!(*w, "have" | "be")) && words.get(j + 1).is_none_or(|w| !participle(w) && *w != "been");
    hedge && words.get(at + 1) == Some(&"to") && state(at + 2)
}

/// Whether the perfect at `words[i]` with participle `p` tells a state: "have become", or
/// "has been" before no participle ("has been a member"; "have been made" is a passive act),
/// or a standing taken "as" something ("have emerged as", "have positioned themselves as").
fn of_state(words: &[&str], i: usize, p: &str) -> bool {
    let after_been = || words.iter().skip(i + 1).skip_while(|w| **w != "been").nth(1).is_none_or(|w| !participle(w));
    let mut after = words.iter().skip(i + 1).skip_while(|w| **w != p).skip(1);
    let standing = match (after.next(), after.next()) {
        (Some(&"as"), _) => true,
        (Some(reflexive), Some(&"as")) => ["themselves", "itself", "himself", "herself"].contains(reflexive),
        _ => false,
    };
    p == "become" || p == "been" && after_been() || standing
}

/// The first word from `from` on that is not an adverb of a verb group.
fn after_adverbs<'a>(words: &[&'a str], from: usize) -> Option<&'a str> {
    let adverbs = &tense_words().verb_adverbs;
    words[from.min(words.len())..].iter().copied().find(|w| !adverbs.contains(*w))
}

pub(crate) fn participle(word: &str) -> bool {
    tense_words().irregular_participles.contains(word) || word.ends_with("ed") || word.ends_with("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(text: &str) -> Tense {
        main_clause(text).tense
    }

    #[test]
    fn the_perfect_and_the_present_state_how_things_stand() {
        assert_eq!(tense("Russia has been accused by Western powers of indiscriminate bombings."), Tense::Perfect);
        assert_eq!(tense("Russia has largely not responded to claims it has helped kill civilians."), Tense::Perfect);
        assert_eq!(tense("The Russian president had been scheduled to inaugurate a cathedral."), Tense::PastPerfect);
        assert_eq!(tense("Admiral Kuznetsov belongs to a naval group which Russia has deployed near Syria."), Tense::Present);
        // What a happening means, in the outlet's words ("marks", "underscores").
        assert_eq!(
            tense("The debate over the strike marks just one conflict between Zembla and Borduria, with the granted amnesty still a dispute."),
            Tense::Present
        );
        assert_eq!(tense("The meeting underscores Zembla's desire to keep its bases."), Tense::Present);
        assert_eq!(tense("The Human Rights Council has 47 member countries."), Tense::Present);
        assert_eq!(tense("Medical sources, residents and rebels in eastern Aleppo say hospitals have been damaged."), Tense::Present);
        assert!(tense("The pause means that civilians can leave.").states());
        assert_eq!(tense("The Russian-backed offensive, she said"), Tense::Past, "the compound is no verb; 'said' is");
        assert_eq!(tense("However, the Arab League-proposed resolution in the "), Tense::Unknown);
    }

    #[test]
    fn the_past_tells_a_happening() {
        assert_eq!(tense("Moscow lost its bid for a second term on the council to Hungary and Croatia."), Tense::Past);
        assert_eq!(tense("Large groups of the militants were killed in the clashes."), Tense::Past);
        assert_eq!(tense("The statement accused the rebel groups of failing to commit to the deal."), Tense::Past);
        assert_eq!(tense("As part of the suspension, the U.S. is withdrawing personnel that it had dispatched."), Tense::Progressive);
        assert_eq!(tense("The rebels will be allowed to leave with their weapons."), Tense::Modal);
        // What was planned, and a forecast, are no happening either.
        assert_eq!(tense("That center was to have coordinated military cooperation if the cease-fire had taken hold."), Tense::Modal);
        assert_eq!(tense("But both the Syrian army and the rebels look set to return to the battlefield."), Tense::Modal);
        assert_eq!(tense("The convoy was stopped at the border."), Tense::Past);
        // A closing single quote ends its word: "damaged’" is the verb.
        assert_eq!(tense("Russian fighter jets ‘severely damaged’ a US drone over Syria."), Tense::Past);
        assert_eq!(tense("Russian fighter jets 'severely damaged' a US drone over Syria."), Tense::Past);
        assert_eq!(tense("The rebels’ advance stalled."), Tense::Past);
        assert!(!tense("Hungary beat Russia by 32 votes, while Croatia won by two.").states());
        // A participle shortening a relative clause is not the clause's verb.
        assert_eq!(tense("The countries involved in the rescue had determined that they faced a threat."), Tense::PastPerfect);
        assert_eq!(tense("Fighters based in Idlib have withdrawn."), Tense::Perfect);
        assert_eq!(tense("Russia said in a statement Assad was ready."), Tense::Past);
        assert_eq!(tense("Rebels fired at the convoy and troops were sent."), Tense::Past);
        // "previously said" is "had said".
        assert_eq!(tense("Prime Minister Mohammed al-Bashir previously said that the ministry will be restructured."), Tense::PastPerfect);
        assert_eq!(tense("UAE and Bahrain recently announced opening up their missions in Damascus."), Tense::PastPerfect);
        assert_eq!(tense("The Nusra Front group, recently renamed Jabhat Fatah al Sham, prevented civilians from fleeing."), Tense::Past);
    }

    #[test]
    fn the_main_clause_skips_frames_relatives_and_quotes() {
        assert_eq!(tense("Since the group was set up in 2006, Russia has been a member for all bar one year."), Tense::Perfect);
        assert_eq!(tense("Russia, which has long backed Assad, vetoed the draft."), Tense::Past);
        assert_eq!(tense("“We have been clear,” Kirby said."), Tense::Past);
        // A "that" clause about the subject's noun, with no commas to close it.
        assert_eq!(tense("A U.S.-Russian cease-fire that went into effect on Sept. 12 is in grave jeopardy."), Tense::Present);
        assert_eq!(tense("The deal that Kerry made last month has collapsed."), Tense::Perfect);
        assert_eq!(tense("The convoy that had been struck was hit again."), Tense::Past);
        assert_eq!(tense("The claim that Russia bombed the convoy is false."), Tense::Present);
        // Not after a preposition or a conjunction, nor a complement of a verb before it.
        assert_eq!(tense("Kerry said that Russia lied."), Tense::Past);
        assert_eq!(tense("Because of that the talks failed."), Tense::Past);
    }

    #[test]
    fn acronyms_are_not_the_pronoun_or_the_verb_they_spell() {
        assert!(!first_person("The US accuses the Syrian government and Russia of bombing civilians."));
        assert!(first_person("Tell us what happened."));
        assert_eq!(tense("IS fighters attacked the town."), Tense::Past);
        assert_eq!(tense("The town is under siege."), Tense::Present);
    }

    #[test]
    fn a_present_of_what_something_is_or_has_is_marked() {
        assert!(main_clause("Admiral Kuznetsov belongs to a naval group which Russia has deployed.").relation);
        assert!(main_clause("The council has 47 member countries.").relation);
        assert!(!main_clause("Turkey backs the rebels.").relation);
        assert!(!main_clause("Moscow is also ready to work with Damascus.").relation);
        assert!(!main_clause("The army has captured the district.").relation);
        assert!(main_clause("Moscow is currently believed to have some 4,000 personnel in the country.").relation);
        assert!(main_clause("About 900 fighters are thought to be inside the old city.").relation);
        assert!(!main_clause("The group is believed to have carried out the attack.").relation);
        assert!(!main_clause("The envoy is expected to brief the council on Friday.").relation);
    }

    #[test]
    fn a_statement_in_the_perfect_is_marked() {
        assert!(main_clause("Washington has called on Russia to clarify the army's statement.").statement);
        assert!(!main_clause("Each side has accused the other of violating the truce.").statement);
        assert!(main_clause("Aleppo has become the scene of ferocious battles.").been);
        assert!(main_clause("Russia, Iran and Turkey have positioned themselves as the key foreign players.").been);
        assert!(main_clause("Moscow has emerged as the main broker.").been);
        assert!(!main_clause("Turkey has positioned troops along the border.").been);
        assert!(main_clause("Russia has been a member for all bar one year.").been);
        assert!(!main_clause("Similar calls have been made by the government spokesperson.").been);
        assert!(!main_clause("The Duma has ratified a deal with Syria.").been);
    }

    #[test]
    fn first_person_and_quotes_going_on() {
        assert!(first_person("But when Russia is espousing fiction, we have to call that out."));
        assert!(!first_person("“We will respond,” he said."));
        assert!(continues_quote("What Russia is sponsoring is not counterterrorism; it is barbarism.”"));
        assert!(!continues_quote("“It is barbarism,” she said."));
        for text in ["", "no marks", "”", "“", "a ” b “ c", "a “ b ” c", "é”", "“é"] {
            assert_eq!(continues_quote(text), text.chars().find(|c| matches!(c, '“' | '”')) == Some('”'), "{text}");
        }
    }

    #[test]
    fn runs_are_lowered_as_byte_by_byte() {
        let every: Vec<u8> = (0..128u8).filter(|b| b.is_ascii_alphanumeric() || *b == b'-').collect();
        let text: Vec<u8> = every.iter().chain(b"x \xE2\x80\x9D\xFFZ").copied().collect();
        for at in 0..every.len() {
            for end in at..=every.len() {
                let mut out = b"ab".to_vec();
                out.reserve(text.len() + 8);
                push_lowered(&mut out, &text, at, end);
                let plain: Vec<u8> = b"ab".iter().chain(&text[at..end]).map(u8::to_ascii_lowercase).collect();
                assert_eq!(out, plain, "{at}..{end}");
            }
        }
        for b in 0..=255u8 {
            let lowered = ascii_lowercase8(u64::from_le_bytes([b; 8])).to_le_bytes();
            if b.is_ascii() {
                assert_eq!(lowered, [b.to_ascii_lowercase(); 8], "{b:#x}");
            }
        }
    }

    /// The words as they were read before they shared one string: each its own `String`.
    fn words_by_char(text: &str, lowered: bool) -> Vec<String> {
        let text = match (find_fixed!("”", text), find_fixed!("“", text)) {
            (Some(close), open) if open.is_none_or(|o| o > close) => &text[close + '”'.len_utf8()..],
            _ => text,
        };
        let (mut words, mut word, mut quoted, mut straight) = (Vec::new(), String::new(), false, false);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '“' => quoted = true,
                '”' => quoted = false,
                '"' => straight = !straight,
                _ if quoted || straight => {}
                c if (c.is_alphanumeric() || c == '-') && lowered => word.extend(c.to_lowercase()),
                c if c.is_alphanumeric() || c == '-' => word.push(c),
                '\'' | '’' if !word.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric()) => word.push('\''),
                _ => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                    if matches!(c, ',' | ';' | ':' | '—' | '–') {
                        words.push(c.to_string());
                    }
                }
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        words
    }

    /// [`words_by_char`], acronyms kept as written.
    fn words_one_string_each(text: &str) -> Vec<String> {
        let mut originals = words_by_char(text, false).into_iter();
        words_by_char(text, true).into_iter().map(|w| originals.next().filter(|o| acronym(o)).unwrap_or(w)).collect()
    }

    #[test]
    fn a_word_goes_on_where_the_next_character_is_a_letter_a_digit_or_an_apostrophe_before_one() {
        for text in ["", "NATO's U.S.-led ÉU USé won’t, x“y” 9\u{00A0}ǅ straße ﬁne Ⅻ-a'b '' ’ US’ x rebels' y", "abc"] {
            for at in (0..=text.len()).filter(|at| text.is_char_boundary(*at)) {
                let mut chars = text[at..].chars();
                let first = chars.next();
                let plain = first.is_some_and(char::is_alphanumeric)
                    || first.is_some_and(|c| matches!(c, '\'' | '’')) && chars.next().is_some_and(char::is_alphanumeric);
                assert_eq!(continues_word(text, at), plain, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn the_words_are_those_each_read_into_its_own_string() {
        let mut lower = String::new();
        for text in [
            "",
            "Since the group was set up in 2006, it has — they say — grown; however: ÉTATS-UNIS’ İstanbul ΣΟΦΊΑ ǅungla.",
            "It is barbarism,” she said, “and we won’t 'stand' for it” — Lavrov's aide said \"no\" twice.",
            "'' ’ - -- Ⅻ straße ﬁne x“y”z a\"b\"c, 12,000 – done",
            "“Unclosed quote runs to the end, he said",
            "Twenty-one well-known 2016-10-07 officials-- -said NATO's U.S.-led ABCDEFGHIJKLMNOP-QRSTUVWXYZ \"QUOTED-LONG-RUN words\" end-",
            "“Quoted run of ASCII text that is long” then SOME-Capitals9 and é-acute-words",
            "The US and IS, the UN's US-led ÉU USé -AB A-B G20 U.S. I US’ AB-",
        ] {
            assert_eq!(words_outside_quotes(text, &mut lower), words_one_string_each(text), "{text}");
        }
    }
}
