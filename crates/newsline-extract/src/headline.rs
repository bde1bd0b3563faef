//! Headlines for events a sentence names only in passing, by their date ("since their
//! Sept. 9 collaboration on a cease-fire collapsed last week"). The sentence that
//! mentions such an event is about something else, so it is a poor title for it; the
//! clause around the date names it.
//!
//! The headline is the words of that clause, in the sentence's order: from the last
//! clause break before the date (a comma, a quotation mark, "since", "after", a "that"
//! that does not follow a verb or a noun of saying) to the first one after it. A relative clause
//! keeps the noun it is about ("the incident which occurred on Monday"). Leading
//! prepositions are dropped ("including through the September 19 attack …"), a clause
//! that opens with its verb takes the sentence's subject. A clause too long for a title
//! (or a date that only opens a clause) gives no headline, and the page shows the sentence.
//!
//! An event that sentences tell as their own is headlined the same way when its summary
//! tells it only in a clause beside the main one ([`beside_main_clause`]): "… would be a
//! blow to Syria's rebels, who seized the area in 2012" is titled by the seizure.

use crate::timex::TAKES_THAT;
use std::borrow::Cow;

/// Words that open a clause; the headline starts after them.
const OPENERS: &[&str] =
    &["since", "after", "following", "before", "until", "when", "while", "because", "whether", "amid", "although", "though", "if", "where", "once"];
/// Words that end the clause after the date.
const CLOSERS: &[&str] = &[
    "by", "and", "but", "or", "which", "who", "whom", "that", "after", "before", "since", "while", "because", "when", "as", "to", "so", "amid", "despite",
    "where",
];
/// Nouns whose "that" opens what was said or found ("a statement that Russian officials
/// did not voice concerns on Saturday"), not a relative clause.
const NOUNS_TAKING_THAT: &[&str] = &[
    "statement",
    "statements",
    "claim",
    "claims",
    "report",
    "reports",
    "announcement",
    "assurance",
    "assurances",
    "warning",
    "news",
    "evidence",
    "sign",
    "signs",
];
/// Verbs of telling someone: "that" after their hearer opens what was told.
const TELLING: &[&str] = &["told", "tells", "tell", "informed", "informs", "assured", "assures", "warned", "warns", "reminded", "reminds"];
/// A hearer has at most this many words ("a meeting at the Kremlin").
const TOLD_HEARER_WORDS: usize = 6;
/// Relative pronouns: the clause they open is about the noun before them.
const RELATIVES: &[&str] = &["which", "who", "that"];
/// Words that open a noun phrase.
/// Verbs that open a verb group after a noun phrase ("the deal was …").
const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "have", "had", "will", "would"];
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"];
/// Leading words that say how the clause hangs on the sentence, not what happened.
const LEADING: &[&str] = &["including", "through", "from", "with", "by", "of", "in", "on", "at", "for", "during", "over", "under", "then", "now", "even"];
/// Past forms without "-ed" that end a relative clause's subject ("the deal Kerry made").
const IRREGULAR_PAST: &[&str] = &["made", "took", "began", "held", "won", "struck", "brought", "sought", "set", "gave", "put", "sent", "signed"];
/// Verbs (mostly auxiliaries) that, opening a clause, show its subject is the sentence's.
const CLAUSE_VERBS: &[&str] = &["was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "did", "been"];

/// Words that open a clause naming no one a title could name.
const OPENING_NO_ONE: &[&str] = &["it", "that", "this", "these", "those", "there"];

/// Whether word `i` is written with a capital (a name, not a participle).
fn capital_word(sentence: &str, words: &[Word], i: usize) -> bool {
    i > 0 && sentence[words[i].start..].starts_with(char::is_uppercase)
}

/// A title is at most this many words.
const MAX_WORDS: usize = 18;
/// And names the event with at least this many words besides its date.
const MIN_OTHER_WORDS: usize = 3;

/// A word of the sentence: its byte range, and whether a clause break (punctuation)
/// stands between it and the word before.
struct Word {
    start: usize,
    end: usize,
    break_before: bool,
}

fn words(sentence: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut pending_break = true;
    let mut start = None;
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_alphanumeric = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let next_is_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
        // "U.S", "al-Nusra", "Russia’s", "7:00": inner marks belong to the word.
        let inner = start.is_some() && (matches!(c, '\'' | '’' | '-' | '.' | '/') && next_is_alphanumeric || c == ':' && next_is_digit);
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { start: s, end: i, break_before: std::mem::take(&mut pending_break) });
        }
        if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '“' | '”' | '"' | '‘' | '?' | '!') {
            pending_break = true;
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: sentence.len(), break_before: pending_break });
    }
    out
}

/// [`around_date`] at the first place `anchor` (the date as written) stands in `sentence`;
/// `None` also when it is not there.
pub fn around_anchor(sentence: &str, anchor: &str) -> Option<String> {
    let at = sentence.find(anchor)?;
    around_date(sentence, at, at + anchor.len())
}

/// The headline of the event dated by the words `start..end` of `sentence` (the date
/// mentioned in passing), or `None` when no short, whole clause names it.
pub fn around_date(sentence: &str, start: usize, end: usize) -> Option<String> {
    clause_around(sentence, start, end).map(|clause| clause.text)
}

/// The headline of the act a sentence tells only beside its own, in a clause of its own
/// after the main clause's first words: "The loss … would be a blow to rebels, who seized
/// the area in 2012"; "They followed the collapse of a deal negotiated in September". An
/// event dated by such a clause is that clause's act, not what the sentence says of it.
/// `None` when the date stands in the main clause or in one that opens the sentence
/// ("After talks on Monday, Lavrov said …" dates what Lavrov said).
pub fn beside_main_clause(sentence: &str, anchor: &str) -> Option<String> {
    let at = sentence.find(anchor)?;
    clause_around(sentence, at, at + anchor.len()).filter(|clause| clause.opened_at.is_some_and(|i| i >= MAIN_CLAUSE_WORDS)).map(|clause| clause.text)
}

/// The headline of the happening a sentence places its own act against, from that
/// happening's clause (the words after "came after"; "His call came after Labour's Ann
/// Clwyd urged supporters to gather outside Russian embassies" tells her appeal): the
/// clause up to its first break, when it is short and whole.
pub fn placed_against(clause: &str) -> Option<String> {
    let words = words(clause);
    let opens_another = |i: usize| OPENERS.iter().any(|o| clause[words[i].start..words[i].end].eq_ignore_ascii_case(o));
    let scare_quoted = scare_quoted(clause, &words);
    let to = (1..words.len()).find(|&i| words[i].break_before && !scare_quoted[i] || opens_another(i)).unwrap_or(words.len());
    if !(MIN_OTHER_WORDS..=PLACED_AGAINST_WORDS).contains(&to) {
        return None;
    }
    // "… the envoy said that" with the quote cut off tells nothing of what was said.
    let last = &clause[words[to - 1].start..words[to - 1].end];
    if LEADS_TO_WHAT_WAS_SAID.iter().any(|w| last.eq_ignore_ascii_case(w)) {
        return None;
    }
    Some(capitalised(&clause[words[0].start..words[to - 1].end]))
}

/// Most words a quotation inside a noun phrase holds ("a “premature” vote").
const SCARE_QUOTE_WORDS: usize = 3;

/// For each word, whether the break before it is only the opening or closing mark of a
/// short quotation the clause goes on after ("veto of what they saw as a “premature” UN
/// vote"): a word quoted as someone's, not a clause of its own.
fn scare_quoted(clause: &str, words: &[Word]) -> Vec<bool> {
    let quote_only = |i: usize| {
        let gap = &clause[words[i - 1].end..words[i].start];
        gap.contains(['“', '”', '"', '‘']) && gap.chars().all(|c| c.is_whitespace() || matches!(c, '“' | '”' | '"' | '‘' | '’'))
    };
    let mut marked = vec![false; words.len()];
    for open in (1..words.len()).filter(|&i| quote_only(i)) {
        let close = (open + 1..words.len().min(open + SCARE_QUOTE_WORDS + 1)).find(|&k| words[k].break_before);
        if let Some(close) = close.filter(|&k| quote_only(k)) {
            marked[open] = true;
            marked[close] = true;
        }
    }
    marked
}

/// Words a clause never ends on as a headline: what they lead to was said after them.
const LEADS_TO_WHAT_WAS_SAID: &[&str] = &["that", "said", "says", "told", "added", "saying", "stated", "warned"];

/// Words a happening's whole clause may have as a headline: more than a date's clause,
/// as it names who did what with no date to anchor it.
const PLACED_AGAINST_WORDS: usize = 24;

/// Words a main clause has at least before a clause beside it.
const MAIN_CLAUSE_WORDS: usize = 3;

/// The clause around a date, and the word that opens it when that is a subordinating
/// word, a relative pronoun or the noun phrase of a participle ("the convoy struck on
/// Monday").
struct Found {
    text: String,
    opened_at: Option<usize>,
}

/// `word` lower-cased, borrowed when it is lower-case ASCII already.
fn lowered(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

fn clause_around(sentence: &str, start: usize, end: usize) -> Option<Found> {
    let words = words(sentence);
    // A word already in lower-case ASCII (most) is borrowed, not copied into a string of its own.
    let lower: Vec<Cow<str>> = words.iter().map(|w| lowered(&sentence[w.start..w.end])).collect();
    let is = |i: usize, list: &[&str]| list.contains(&&*lower[i]);
    let first_of_date = words.iter().position(|w| w.end > start)?;
    let after_date = words.iter().position(|w| w.start >= end).unwrap_or(words.len());

    // "told a meeting at the Kremlin that …": a verb of telling, its hearer between it and
    // the "that" (no clause break), opens what was told, not a relative clause.
    // What was told opens with its subject; "told reporters about the convoy that was
    // struck" is a relative clause.
    let told_whom = |that: usize| {
        let hearer_from = that.saturating_sub(TOLD_HEARER_WORDS + 1);
        let subject_follows = that + 1 < words.len() && !is(that + 1, AUXILIARIES) && !lower[that + 1].ends_with("ed");
        subject_follows
            && (hearer_from..that).rev().take_while(|&i| !words[i + 1].break_before && !is(i, &["about", "of", "on", "over"])).any(|i| is(i, TELLING))
    };
    // Back to the clause's start (past a comma that only separates names in a list).
    let mut from = first_of_date;
    let mut opened_at = None;
    let mut relative = false;
    while from > 0 && (!words[from].break_before || list_comma(sentence, &words, &lower, from)) {
        let previous = from - 1;
        if is(previous, OPENERS) {
            opened_at = Some(previous);
            break;
        }
        // "the parade commemorating victory over Nazi Germany 73 years ago": the date is of
        // what is commemorated, which opens the clause.
        if is(previous, crate::timex::COMMEMORATING) {
            opened_at = Some(from);
            break;
        }
        let said_that =
            lower[previous] == "that" && previous > 0 && (is(previous - 1, TAKES_THAT) || is(previous - 1, NOUNS_TAKING_THAT) || told_whom(previous));
        if said_that {
            break;
        }
        // "in that country on Sunday": a "that" with one noun between it and the date
        // points at the noun; it opens no relative clause.
        let pointing = lower[previous] == "that"
            && previous + 2 == first_of_date
            && !(lower[previous + 1].ends_with("ed") || is(previous + 1, IRREGULAR_PAST) || is(previous + 1, AUXILIARIES));
        if is(previous, RELATIVES) && !pointing {
            // "the incident which occurred on Monday": keep the noun it is about.
            from = noun_before(&lower, &words, previous).unwrap_or(from);
            (opened_at, relative) = (Some(from), true);
            break;
        }
        // "the aid convoy struck on Monday": a participle just before the date is about
        // the noun phrase before it.
        if previous + 1 == first_of_date && !words[previous].break_before && participle(&lower[previous], is(previous, IRREGULAR_PAST)) {
            if let Some(noun) = noun_of_participle(&lower, &words, previous) {
                // "the operation which the army launched on Aug. 24": the noun phrase is
                // the subject of a relative clause whose object stands before it; no short
                // clause names the act.
                if noun > 0 && is(noun - 1, RELATIVES) {
                    return None;
                }
                (from, opened_at) = (noun, Some(noun));
                break;
            }
        }
        from = previous;
    }
    // On to the clause's end: a relative clause ends where the main clause's verb goes on
    // ("A cease-fire that went into effect on Sept. 12 is in grave jeopardy").
    let mut to = after_date;
    let ends_clause = |i: usize| words[i].break_before || is(i, CLOSERS) || relative && is(i, AUXILIARIES);
    // "halting the deal reached in 2015 in response to the strike": after a participle's
    // date, what follows hangs on the sentence's own verb as often as on the participle.
    let participial =
        opened_at.is_some_and(|o| !relative && o > 0 && o < first_of_date && participle(&lower[first_of_date - 1], is(first_of_date - 1, IRREGULAR_PAST)));
    // A list's names run on past its commas and its "and" ("among the U.S., Russia and Jordan").
    let mut listing = false;
    while to < words.len() && !participial {
        if words[to].break_before && list_comma(sentence, &words, &lower, to) {
            listing = true;
        } else if listing && lower[to] == "and" {
            listing = false;
        } else if ends_clause(to) {
            break;
        }
        to += 1;
    }
    while from < first_of_date && is(from, LEADING) {
        from += 1;
    }
    // "blamed the rebels for sabotaging the Sept. 9 cease-fire agreement": a date inside
    // a noun phrase, deep in a clause about something else, dates that noun phrase.
    let attributive = first_of_date.checked_sub(1).filter(|&d| is(d, DETERMINERS) || lower[d].ends_with("'s") || lower[d].ends_with("’s"));
    if let Some(determiner) = attributive.filter(|&d| d >= from) {
        from = determiner;
        // "their Sept. 9 collaboration on a cease-fire collapsed last week": what the noun
        // phrase did later is another happening; the phrase alone names the dated one.
        let verb = |i: usize| participle(&lower[i], is(i, IRREGULAR_PAST)) || is(i, AUXILIARIES);
        if let Some(cut) = (after_date..to).find(|&i| verb(i)) {
            to = cut;
        }
    }
    // "complies with the agreement Kerry and Lavrov reached three weeks ago": a relative
    // clause without its "that" (a noun, then a name) is about that noun.
    let capital = |i: usize| sentence[words[i].start..].starts_with(char::is_uppercase);
    let past_verb_after_names = |mut i: usize| {
        while i < first_of_date && (capital(i) || lower[i] == "and") {
            i += 1;
        }
        i < first_of_date && (lower[i].ends_with("ed") || is(i, IRREGULAR_PAST))
    };
    let reduced_relative = |i: usize| is(i, DETERMINERS) && !capital(i + 1) && capital(i + 2) && past_verb_after_names(i + 2);
    if let Some(noun) = (from + 1..first_of_date.saturating_sub(2)).rev().find(|&i| reduced_relative(i)) {
        from = noun;
    }
    if to - from > MAX_WORDS {
        return None;
    }
    // A date that opens its clause ("On Oct. 20 from 0800, …") dates what follows it;
    // "today’s airstrikes" names what it dates.
    let possessive = ["'s", "’s"].iter().any(|s| sentence[words[after_date - 1].start..words[after_date - 1].end].ends_with(s));
    if (from == first_of_date && !possessive) || (to - from) - (after_date - first_of_date) < MIN_OTHER_WORDS || is(from, &["to"]) {
        return None;
    }
    let mut clause_end = words[to - 1].end;
    // "the U.S." keeps its last period; a sentence's full stop is not part of a title.
    if sentence[words[to - 1].start..clause_end].contains('.') && sentence[clause_end..].starts_with('.') {
        clause_end += 1;
    }
    // "It leaves Assad unpunished for …", "That he agreed …", "Starting from midnight on
    // October 23": a clause opening on a pronoun, a "that" or a participle names no one
    // and nothing; the page shows the sentence.
    if is(from, OPENING_NO_ONE) || (from < first_of_date && lower[from].ends_with("ing") && !capital_word(sentence, &words, from)) {
        return None;
    }
    let clause = &sentence[words[from].start..clause_end];
    let subject = if is(from, CLAUSE_VERBS) && from > 0 { subject_of(sentence, &words, &lower) } else { None };
    let text = match subject {
        Some(subject) => format!("{subject} {clause}"),
        None => clause.to_string(),
    };
    Some(Found { text: capitalised(&text), opened_at })
}

/// The start of the noun phrase a participle (word `participle`) is about: a determiner or
/// a possessive a few words before it, with no clause break or clause word between ("the
/// aid convoy struck", "a cease-fire deal for Syria negotiated"; not "militants tried and
/// failed", "the request after militants failed").
fn noun_of_participle(lower: &[Cow<str>], words: &[Word], participle: usize) -> Option<usize> {
    let mut i = participle;
    while i > 0 && participle - i < PARTICIPLE_NOUN_WORDS && !words[i].break_before {
        i -= 1;
        let word: &str = &lower[i];
        // "the campaign that began on Oct. 18": a relative clause's verb, not a participle.
        if RELATIVES.contains(&word) {
            return None;
        }
        if word.ends_with("'s") || word.ends_with("’s") || DETERMINERS.contains(&word) {
            return Some(i);
        }
        if OPENERS.contains(&word) || CLOSERS.contains(&word) || AUXILIARIES.contains(&word) {
            return None;
        }
    }
    None
}

/// Words a participle's noun phrase has at most.
const PARTICIPLE_NOUN_WORDS: usize = 6;

/// A past participle: "-ed" (longer than "shed") or an irregular past form.
fn participle(word: &str, irregular: bool) -> bool {
    irregular || word.len() > 4 && word.ends_with("ed")
}

/// The start of the noun phrase that ends just before word `relative`: the nearest
/// determiner within a few words, with no clause break in between.
/// Whether the break before word `i` is a comma between names of a list ("the foreign
/// ministers of Russia, the US and some key countries"): a capitalised word before it, and
/// after it a name (a determiner may open it) and then "and".
fn list_comma(sentence: &str, words: &[Word], lower: &[Cow<str>], i: usize) -> bool {
    let capital = |w: &Word| sentence[w.start..].starts_with(char::is_uppercase);
    // (An abbreviation's last stop stands before the comma: "the U.S., Russia and Jordan".)
    if i == 0 || !matches!(sentence[words[i - 1].end..words[i].start].trim(), "," | ".,") || !capital(&words[i - 1]) {
        return false;
    }
    let name_then_and = |n: usize| {
        (i..i + n).all(|j| j < words.len() && (capital(&words[j]) || DETERMINERS.contains(&&*lower[j])) && (j == i || !words[j].break_before))
            && lower.get(i + n).is_some_and(|w| w == "and")
    };
    (1..=3).any(name_then_and)
}

fn noun_before(lower: &[Cow<str>], words: &[Word], relative: usize) -> Option<usize> {
    let mut i = relative;
    while i > 0 && relative - i < 10 {
        if words[i].break_before && i != relative {
            return None;
        }
        i -= 1;
        // "Syria's rebels, who …", "the city's east, which …": a possessive opens the
        // phrase, or the determiner just before it does.
        if lower[i].ends_with("'s") || lower[i].ends_with("’s") {
            let determiner = i > 0 && !words[i].break_before && DETERMINERS.contains(&&*lower[i - 1]);
            return Some(if determiner { i - 1 } else { i });
        }
        if DETERMINERS.contains(&&*lower[i]) {
            // "the suspension of the air campaign that began …": the noun the "of" hangs on.
            let head = (i >= 2 && lower[i - 1] == "of" && !words[i - 1].break_before && !words[i].break_before).then(|| noun_before(lower, words, i - 1));
            return Some(head.flatten().unwrap_or(i));
        }
    }
    None
}

/// The sentence's subject: its words up to the first clause break or relative pronoun,
/// when that is a short noun phrase ("The agreement, which was …").
fn subject_of<'a>(sentence: &'a str, words: &[Word], lower: &[Cow<str>]) -> Option<&'a str> {
    let end = (1..words.len()).find(|&i| words[i].break_before || RELATIVES.contains(&&*lower[i]) || CLAUSE_VERBS.contains(&&*lower[i]))?;
    (end <= 5 && DETERMINERS.contains(&&*lower[0])).then(|| &sentence[words[0].start..words[end - 1].end])
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline(sentence: &str, date: &str) -> Option<String> {
        let start = sentence.find(date).expect("the date is in the sentence");
        around_date(sentence, start, start + date.len())
    }

    #[test]
    fn a_that_pointing_at_a_noun_opens_no_relative_clause() {
        assert_eq!(
            headline("Turkey and the rebels it backs in Syria hit 51 targets in that country on Sunday, officials said.", "on Sunday").as_deref(),
            Some("Turkey and the rebels it backs in Syria hit 51 targets in that country on Sunday")
        );
        // The subject of an object relative clause names no act without the object
        // before the relative ("… the operation which the army launched on …").
        assert_eq!(
            headline(
                "Al-Bab is the main target of the operation Zembla Shield which the Turkish army launched on August 24, 2016 in order to clear the border.",
                "on August 24, 2016"
            ),
            None
        );
        assert_eq!(headline("The aid convoy struck on Monday carried food.", "on Monday").as_deref(), Some("The aid convoy struck on Monday carried food"));
        // A relative "that" keeps its noun.
        assert_eq!(
            headline("Kerry spoke of the ceasefire that began on Sept. 12 in Syria.", "on Sept. 12").as_deref(),
            Some("The ceasefire that began on Sept. 12 in Syria")
        );
    }

    /// A comma between a list's names does not end the clause ("among the U.S., Russia and
    /// Jordan"); the comma before a relative clause does.
    #[test]
    fn a_list_of_names_goes_on_past_its_commas() {
        assert_eq!(
            headline("They also hailed the Nov. 8 memorandum among the U.S., Russia and Jordan, which reinforces the truce.", "Nov. 8").as_deref(),
            Some("The Nov. 8 memorandum among the U.S., Russia and Jordan")
        );
    }

    #[test]
    fn a_clause_opened_by_since_or_after_is_the_headline() {
        assert_eq!(
            headline("It was the sharpest warning over Syria since the group was set up on Sept. 9 in Geneva.", "Sept. 9").as_deref(),
            Some("The group was set up on Sept. 9 in Geneva")
        );
        assert_eq!(
            headline(
                "The United Nations has suspended all aid convoy movements in Syria after an air strike hit a 31-truck convoy late on Monday.",
                "on Monday"
            )
            .as_deref(),
            Some("An air strike hit a 31-truck convoy late on Monday")
        );
        assert_eq!(
            headline("Since the group was set up in 2006, Russia has been a member for all bar one year.", "in 2006").as_deref(),
            Some("The group was set up in 2006")
        );
    }

    #[test]
    fn a_relative_clause_keeps_its_noun() {
        assert_eq!(
            headline(
                "It quoted Konashenkov, commenting on the incident which occurred on Monday, as saying that only the White Helmets could answer.",
                "on Monday"
            )
            .as_deref(),
            Some("The incident which occurred on Monday")
        );
        assert_eq!(
            headline("The agreement, which was first signed in August 2015 and came at the request of Damascus, was approved on Friday.", "in August 2015")
                .as_deref(),
            Some("The agreement, which was first signed in August 2015")
        );
    }

    #[test]
    fn a_that_after_a_verb_of_saying_is_not_relative() {
        assert_eq!(
            headline("The Observatory said that the government offensive resumed on east Aleppo on Nov. 15.", "on Nov. 15").as_deref(),
            Some("The government offensive resumed on east Aleppo on Nov. 15")
        );
        // The hearer of "told" stands between the verb and its "that".
        assert_eq!(
            headline("He told a meeting at the Kremlin that the pullout would start on Tuesday.", "on Tuesday").as_deref(),
            Some("The pullout would start on Tuesday")
        );
        // Not a verb of telling: the noun keeps its relative clause.
        assert_eq!(
            headline("He told reporters about the convoy that was struck on Monday.", "on Monday").as_deref(),
            Some("The convoy that was struck on Monday")
        );
        assert_eq!(
            headline("He told reporters the convoy that was struck on Monday had no escort.", "on Monday").as_deref(),
            Some("The convoy that was struck on Monday")
        );
    }

    #[test]
    fn a_clause_naming_no_one_is_no_headline() {
        let idriss = "Idriss rejected the initiative Saturday, saying that it leaves Assad unpunished for an attack Aug. 21 in Damascus.";
        assert_eq!(headline(idriss, "Aug. 21"), None);
        let lavrov = "Lavrov said that \"units will enter the area, starting from midnight on October 23.\"";
        assert_eq!(headline(lavrov, "October 23"), None);
        // A person named by a pronoun still tells the act ("since they seized half the city").
        let seized = "\"This is their worst defeat since they seized half the city in 2012,\" said the director.";
        assert_eq!(headline(seized, "in 2012").as_deref(), Some("They seized half the city in 2012"));
    }

    #[test]
    fn leading_prepositions_go() {
        assert_eq!(
            headline("“They chose a military course, including through the September 19 attack on a humanitarian aid convoy,” Kirby said.", "September 19")
                .as_deref(),
            Some("The September 19 attack on a humanitarian aid convoy")
        );
        assert_eq!(
            headline(
                "The official stressed that, from the time of the first truce deal for Syria brokered by Russia and the US back in February, Washington has failed.",
                "back in February"
            )
            .as_deref(),
            Some("The time of the first truce deal for Syria brokered by Russia and the US back in February")
        );
    }

    #[test]
    fn a_comma_between_names_of_a_list_does_not_end_the_clause() {
        assert_eq!(
            headline("By agreement of the two ministers, a meeting of the ministers of Russia, the US and Turkey will be held on October 15.", "on October 15"),
            Some("A meeting of the ministers of Russia, the US and Turkey will be held on October 15".into())
        );
        // A comma after a name that opens a new clause still ends it.
        assert_eq!(
            headline("Speaking to Lavrov, Kerry said the talks would resume on Monday.", "on Monday"),
            headline("Kerry said the talks would resume on Monday.", "on Monday")
        );
    }

    #[test]
    fn a_clause_too_long_for_a_title_gives_none() {
        let sentence =
            "They said Russian and Syrian forces will pause attacks on the Syrian city of Aleppo for eight hours every single day for a week on Thursday.";
        assert_eq!(headline(sentence, "on Thursday"), None);
    }

    #[test]
    fn a_relative_clause_on_an_of_phrase_keeps_the_noun_the_of_hangs_on() {
        assert_eq!(
            headline("The president hopes the U.S. will use the suspension of the air campaign that began on Oct. 18 to fulfill its pledge.", "on Oct. 18")
                .as_deref(),
            Some("The suspension of the air campaign that began on Oct. 18")
        );
    }

    #[test]
    fn a_date_inside_a_noun_phrase_deep_in_a_clause_dates_the_noun_phrase() {
        assert_eq!(
            headline(
                "Russia’s UN Ambassador Vitaly Churkin blamed Syria’s rebels for sabotaging the Sept. 9 cease-fire agreement by shoring up their forces.",
                "Sept. 9"
            )
            .as_deref(),
            Some("The Sept. 9 cease-fire agreement")
        );
        // What the noun phrase did later is another happening: the phrase names the dated one.
        assert_eq!(
            headline("The threat was the sharpest warning since their Sept. 9 collaboration on a cease-fire collapsed last week.", "Sept. 9").as_deref(),
            Some("Their Sept. 9 collaboration on a cease-fire")
        );
    }

    #[test]
    fn a_relative_clause_without_that_keeps_its_noun() {
        assert_eq!(
            headline(
                "The aim is to ensure that Assad complies with the agreement Kerry and Lavrov reached nearly three weeks ago in Geneva to reduce violence.",
                "three weeks ago"
            )
            .as_deref(),
            Some("The agreement Kerry and Lavrov reached nearly three weeks ago in Geneva")
        );
        // A name used as an adjective is not the subject of a relative clause.
        assert_eq!(
            headline("Hanano was the first Aleppo neighborhood to fall into the hands of rebels in 2012.", "in 2012").as_deref(),
            Some("Hanano was the first Aleppo neighborhood to fall into the hands of rebels in 2012")
        );
    }

    #[test]
    fn a_possessive_date_names_what_it_dates() {
        assert_eq!(
            headline("“Now, after today’s airstrikes at the Syrian army, we come to a scary conclusion,” she said.", "today").as_deref(),
            Some("Today’s airstrikes at the Syrian army")
        );
    }

    #[test]
    fn a_clause_opening_with_its_verb_takes_the_sentence_subject() {
        assert_eq!(
            headline(
                "The agreement, which was first signed in August 2015, was submitted to the Duma a year later and deliberated for nine weeks.",
                "a year later"
            )
            .as_deref(),
            Some("The agreement was submitted to the Duma a year later")
        );
    }

    #[test]
    fn a_clock_time_does_not_break_the_clause() {
        let h = headline("The minister decided to pause the strikes from 9:00 a.m. to 7:00 p.m. on November 4 in the city.", "on November 4");
        assert!(h.as_deref().is_none_or(|h| !h.starts_with("00")), "{h:?}");
    }

    #[test]
    fn a_participles_clause_ends_at_its_date() {
        assert_eq!(
            headline("Moscow announced earlier it was halting the deal reached in 2015 in response to the strike.", "in 2015").as_deref(),
            Some("The deal reached in 2015")
        );
    }

    #[test]
    fn a_participle_before_the_date_is_about_its_noun_phrase() {
        assert_eq!(
            headline("Lavrov called for an investigation of what happened to the aid convoy struck on Monday.", "on Monday").as_deref(),
            Some("The aid convoy struck on Monday")
        );
        assert_eq!(
            headline("Netanyahu attended the parade commemorating victory over Nazi Germany 73 years ago.", "73 years ago").as_deref(),
            Some("Victory over Nazi Germany 73 years ago"),
            "what is commemorated"
        );
        assert_eq!(
            headline("They followed the collapse of a cease-fire deal for Syria negotiated in September by the U.S. and Russia.", "in September").as_deref(),
            Some("A cease-fire deal for Syria negotiated in September")
        );
        // Verbs of a clause with its own subject are no participles.
        assert_eq!(
            headline("The military made the request after militants tried and failed on Friday to break in.", "on Friday").as_deref(),
            Some("Militants tried and failed on Friday")
        );
        // Nor is a relative clause's verb: the relative keeps its noun.
        assert_eq!(
            headline("He hopes the U.S. will use the suspension of the air campaign that began on Oct. 18 to act.", "on Oct. 18").as_deref(),
            Some("The suspension of the air campaign that began on Oct. 18")
        );
    }

    #[test]
    fn a_relative_clause_ends_where_the_main_verb_goes_on() {
        assert_eq!(
            headline("A U.S.-Russian cease-fire that went into effect on Sept. 12 is in grave jeopardy.", "on Sept. 12").as_deref(),
            Some("A U.S.-Russian cease-fire that went into effect on Sept. 12")
        );
        // A possessive opens the noun phrase a relative clause is about.
        assert_eq!(
            headline("The loss would be a potentially devastating blow to Syria's rebels, who seized the area in 2012.", "in 2012").as_deref(),
            Some("Syria's rebels, who seized the area in 2012")
        );
    }

    #[test]
    fn a_that_after_a_noun_of_saying_is_not_relative() {
        assert_eq!(
            headline("Cook said in an emailed statement that Russian officials did not voice concerns earlier on Saturday.", "earlier on Saturday").as_deref(),
            Some("Russian officials did not voice concerns earlier on Saturday")
        );
    }

    #[test]
    fn only_a_clause_beside_the_main_clause_tells_an_act_beside_it() {
        let sentence =
            "The loss of the city's east would be a devastating blow for rebels, who have lost ground since Russia began an intervention in September 2015.";
        assert_eq!(beside_main_clause(sentence, "in September 2015").as_deref(), Some("Russia began an intervention in September 2015"));
        // A date in the main clause, or in a clause that opens the sentence, dates the
        // sentence's own act.
        assert_eq!(beside_main_clause("Russia vetoed a French-drafted resolution on Saturday.", "on Saturday"), None);
        assert_eq!(beside_main_clause("After talks in Lausanne on Saturday, Lavrov said the sides agreed on nothing.", "on Saturday"), None);
    }

    #[test]
    fn no_headline_when_the_date_stands_alone_or_the_clause_is_an_infinitive() {
        assert_eq!(headline("On Oct. 20 from 0800 until 1600, a humanitarian pause will be implemented.", "On Oct. 20"), None);
        assert_eq!(headline("The anger had led them to reconsider whether to host Putin on Oct. 19.", "on Oct. 19"), None);
    }

    #[test]
    fn a_happening_placed_against_is_titled_by_its_clause() {
        let clause = "Labour's Ann Clwyd urged supporters to gather outside Russian embassies until the bombing stops.";
        assert_eq!(placed_against(clause).as_deref(), Some("Labour's Ann Clwyd urged supporters to gather outside Russian embassies"));
        assert_eq!(placed_against("the army shelled the city, killing ten.").as_deref(), Some("The army shelled the city"));
        assert_eq!(placed_against("talks."), None, "too short to tell a happening");
        assert_eq!(placed_against("the UN envoy for Zembla said that \"we are at the last steps\"."), None, "what was said is cut off");
        assert_eq!(
            placed_against("international anger over the veto of what they saw as a “premature” UN Security Council vote.").as_deref(),
            Some("International anger over the veto of what they saw as a “premature” UN Security Council vote"),
            "a word quoted inside the clause"
        );
    }
}
