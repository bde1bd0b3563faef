//! Who acts or speaks in a sentence: the actor that events are told about.
//!
//! A statement belongs to its speaker, found next to a speech verb ("Lavrov said",
//! "said Lavrov", "Russia's foreign ministry told reporters"); a sentence without one
//! belongs to the first person it names, else the first organisation named before the
//! clause's verb (one after it is what the verb acts on). A country is a
//! subject only when it speaks itself ("Russia said"): as a mere mention it is too broad
//! to tell one act from another.

use newsline_model::ActorKind;

/// An actor named in a sentence: its byte range in the sentence, id and kind.
#[derive(Clone, Copy, Debug)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub actor: usize,
    pub kind: Option<ActorKind>,
}

/// Verbs of saying, and of a verdict given on a thing ("condemned", "called … illegal"), which
/// is said too. (Verbs of acting, "proposed", "backed", are left out: "as proposed by the
/// envoy" names its actor after the verb, and the subject before it is an object.)
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "stressed",
    "warned",
    "insisted",
    "argued",
    "claimed",
    "explained",
    "announced",
    "declared",
    "urged",
    "replied",
    "wrote",
    "asked",
    "quipped",
    "continued",
    "according",
    "condemned",
    "denounced",
    "welcomed",
    "rejected",
    "denied",
    "criticised",
    "criticized",
    "called",
];

/// How far (in bytes of words and spaces) a name may stand from its verb:
/// "Lavrov, the foreign minister, said" still has Lavrov as its speaker.
const NEAR_BEFORE: usize = 48;
const NEAR_AFTER: usize = 40;

/// Verbs after which a name is still the speaker ("…,” said Lavrov; "according to
/// Lavrov"); after the others a name is their object ("urged Russia", "told Reuters").
const SPEAKER_AFTER: &[&str] =
    &["said", "says", "added", "adds", "noted", "stressed", "continued", "quipped", "wrote", "explained", "insisted", "declared", "replied", "according"];

/// The subject of a sentence whose actors are `named` (sorted by position).
pub fn of(sentence: &str, named: &[Named]) -> Option<usize> {
    of_and_speaker(sentence, named).0
}

/// [`of`] and [`speaker`] of one sentence, its speaker found once for both.
pub fn of_and_speaker(sentence: &str, named: &[Named]) -> (Option<usize>, Option<usize>) {
    let speaker = speaker(sentence, named);
    let subject = match back_reference(sentence) {
        Some(at) => of_clause_from(sentence, named, at),
        None => of_with_speaker(sentence, named, speaker),
    };
    (subject, speaker)
}

/// "That comes after last week's threat by Kerry …": the clause after the frame (from
/// byte `at`) is what the sentence tells, and its actor is the sentence's.
fn of_clause_from(sentence: &str, named: &[Named], at: usize) -> Option<usize> {
    let clause: Vec<Named> = named.iter().filter(|n| n.start >= at).map(|n| Named { start: n.start - at, end: n.end - at, ..*n }).collect();
    of(&sentence[at..], &clause)
}

/// The subject of a sentence with no frame before its clause, given its `speaker`.
fn of_with_speaker(sentence: &str, named: &[Named], speaker: Option<usize>) -> Option<usize> {
    // No speaker: the first person named ("Despite …, Lavrov set conditions"), else the
    // first actor, which in news prose is mostly the grammatical subject ("The UN
    // Security Council met…"); none when that is a country.
    if speaker.is_some() {
        return speaker;
    }
    if unnamed_speaker(sentence, named) || pronoun_speaks(sentence) {
        return None;
    }
    // A person in a clause of another act is part of the scene, and stands for no one
    // (the first actor, if no person, is still read as before).
    // A name inside quoted words is what was said, not who acts or speaks ("“The attack … was
    // the most serious challenge to President Assad,” the agency writes").
    // (Most sentences hold no quote mark: their names are all outside.)
    let quoted = memchr::memchr2(b'"', 0xE2, sentence.as_bytes()).is_some();
    let outside = |n: &&Named| !quoted || !crate::events::inside_quote(sentence, n.start);
    let person = |n: &Named| n.kind == Some(ActorKind::Person);
    let acting_person = |n: &&Named| person(n) && !in_subordinate_clause(&sentence[..n.start]) && !names_a_following_group(&sentence[n.end..]);
    // A body after the clause's verb is its object ("Syrian forces drove Islamic State
    // fighters from Palmyra"): the subject is then not among the actors named.
    // (The verb test reads the clause's tense, so it is asked last and only when the
    // body's part can change the answer.)
    let body = named.iter().find(outside).filter(|n| n.kind != Some(ActorKind::Country) && !person(n));
    let acts = |b: &&Named| !after_the_verb(&sentence[..b.start]);
    let Some(person) = named.iter().filter(outside).find(acting_person) else { return body.filter(acts).map(|n| n.actor) };
    // A body opening the sentence acts in it, unless a person named shortly after is its
    // member ("The Kremlin press secretary Dmitry Peskov …"): a person named far into the
    // sentence is in a clause of its own ("The Security Council on Saturday called for a
    // truce, with Russia agreeing only after delays that allowed President Assad to …").
    let opens = body.filter(|b| opens_the_sentence(&sentence[..b.start]) && !sentence[b.end..].starts_with(['\'', '’'])).filter(acts);
    match opens {
        Some(body) if words_between(sentence, body, person) > MEMBER_WORDS => Some(body.actor),
        _ => Some(person.actor),
    }
}

/// Whether the words before a name hold its clause's verb ("Syrian forces backed by Russian
/// airstrikes drove "): the name is then what the verb acts on or comes from, not who acts.
/// A name opening a clause after a comma is its subject whatever came before ("Despite a
/// drop in fighting after the truce came into force, the Observatory reported …").
fn after_the_verb(before: &str) -> bool {
    let bare = before.trim_end();
    let bare = bare.strip_suffix("the").or_else(|| bare.strip_suffix("The")).unwrap_or(bare).trim_end();
    let opens_a_clause = bare.is_empty() || bare.ends_with(',');
    !opens_a_clause && crate::tense::main_clause(before).tense != crate::tense::Tense::Unknown
}

/// Words between the end of `first` and the start of `second`; none when they overlap
/// (a person's name taken from the body's own words, "UN special envoy …").
fn words_between(sentence: &str, first: &Named, second: &Named) -> usize {
    sentence.get(first.end..second.start).map_or(0, |gap| gap.split_whitespace().count())
}

/// Most words between a body opening a sentence and a person named after it for the
/// person to be the one acting (its member, titled: "The Kremlin press secretary Dmitry Peskov").
const MEMBER_WORDS: usize = 6;

/// Whether the words before a name leave it at the sentence's start ("", "The ").
fn opens_the_sentence(before: &str) -> bool {
    matches!(before.trim(), "" | "The" | "the")
}

/// Nouns of the people or body led by a person, which a name before them only qualifies
/// ("the Trump administration", "Assad forces", "Putin's government").
const LED_BY_THE_NAME: &[&str] = &[
    "administration",
    "government",
    "regime",
    "camp",
    "team",
    "campaign",
    "era",
    "cabinet",
    "presidency",
    "loyalists",
    "supporters",
    "forces",
    "troops",
    "aides",
    "officials",
    "allies",
    "family",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Whether the words after a name make it qualify a group it leads ("the Trump
/// administration's new ambassador denounced …"): the group acts, not the person.
fn names_a_following_group(after: &str) -> bool {
    let after = after.strip_prefix("’s").or_else(|| after.strip_prefix("'s")).unwrap_or(after);
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    let next = crate::actors::strip_possessive(next);
    after.starts_with(' ') && LED_BY_THE_NAME.contains(&next)
}

/// Most title words and initials between "as" and the name ("as Kazakh Foreign Minister").
const CLAUSE_TITLE_WORDS: usize = 4;

/// Whether the name after `before` (its titles skipped) opens a clause told about another
/// act: "…sat at the same table as Foreign Minister X delivered a speech", or stands in a
/// relative clause ("the government's delegation, which is headed by Y"). Without a
/// speaker, such a person is part of the scene, not who the sentence tells acting.
/// (Prepositions in general were tried: "with de Mistura warning …" and "loyal to
/// President Assad" cannot be told apart by the word alone.)
fn in_subordinate_clause(before: &str) -> bool {
    let clause = before.rsplit_once(',').map_or(before, |(_, tail)| tail);
    // A relative clause, or one a subordinator opens after a comma (", while units from
    // President Assad's forces were heading north").
    let opener = clause.split_whitespace().next();
    let relative = matches!(opener, Some("which" | "who" | "whose")) || before.len() > clause.len() && opener.is_some_and(|w| SUBORDINATORS.contains(&w));
    let titled = |bare: &str| bare.chars().next().is_some_and(char::is_uppercase) || crate::actors::is_title_word(bare);
    let mut words = before.split_whitespace().rev().map(|w| (w, w.trim_matches(|c: char| !c.is_alphanumeric()))).peekable();
    for _ in 0..=CLAUSE_TITLE_WORDS {
        let Some((word, bare)) = words.next() else { break };
        if bare.is_empty() || word.ends_with([',', ';', ':']) {
            return false;
        }
        // "of" inside a title ("Secretary of State John Kerry") opens no phrase.
        let inside_title = bare == "of" && words.peek().is_some_and(|(_, before)| titled(before));
        if !titled(bare) && !inside_title {
            return bare == "as" || relative;
        }
    }
    false
}

/// Words that open a sentence pointing back at the story ("That", "His call", "The move").
const BACK_OPENERS: &[&str] = &["The", "This", "That", "It", "His", "Her", "Their", "Its"];
/// Verbs of such a sentence: the story came after something else.
const BACK_VERBS: &[&str] = &["comes", "came", "come", "follows", "followed", "coming"];
/// Words that may stand between the verb and its conjunction ("came a day after", "comes just as").
const BACK_GAP: &[&str] = &["just", "only", "shortly", "soon", "a", "one", "two", "three", "day", "days", "hours", "week", "weeks"];
/// Conjunctions opening the clause told.
const BACK_CONJUNCTIONS: &[&str] = &["after", "as", "amid"];
/// Most words of the noun phrase before the verb ("The announcement from the Kremlin").
const BACK_SUBJECT_WORDS: usize = 6;

/// Where the told clause starts in a sentence that points back from the story to what led
/// to it or went with it: "That comes after last week's threat by …", "His call came after
/// Labour's Ann Clwyd urged …", "It came as the Syrians bombarded …". Such a sentence does
/// not go on with the story before it: it tells the clause's happening.
pub fn back_reference(sentence: &str) -> Option<usize> {
    if let Some(at) = latest_after(sentence) {
        return Some(at);
    }
    let mut words = sentence.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w));
    let (_, first) = words.next()?;
    if !BACK_OPENERS.contains(&first) {
        return None;
    }
    let mut subject_words = 1;
    for (_, word) in words.by_ref() {
        if BACK_VERBS.contains(&word) {
            break;
        }
        subject_words += 1;
        // A noun phrase, not a clause of its own ("This is what came after …").
        let verb = matches!(word, "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would" | "what" | "which" | "that");
        if subject_words > BACK_SUBJECT_WORDS || verb || word.ends_with([',', ';', ':', '.']) || word.starts_with(['"', '“']) {
            return None;
        }
    }
    for (at, word) in words {
        if BACK_CONJUNCTIONS.contains(&word) {
            return Some(at + word.len());
        }
        if !BACK_GAP.contains(&word) {
            return None;
        }
    }
    None
}

/// Words of the subject before "is the latest" at most ("Putin's cancellation of the visit").
const LATEST_SUBJECT_WORDS: usize = 6;
/// Words from "the latest" to the conjunction at most ("the latest deterioration in ties
/// between Moscow and the West after").
const LATEST_REACH: usize = 12;

/// Where the told clause starts in a sentence that ranks the story as the latest of a
/// kind against what led to it: "Putin's cancellation is the latest deterioration in ties
/// between Moscow and the West after Russia vetoed a resolution" places the cancellation,
/// as "came after" does, against the veto it tells.
pub fn latest_after(sentence: &str) -> Option<usize> {
    if let Some(at) = ongoing_after(sentence) {
        return Some(at);
    }
    // Asked of most sentences several times over: one SIMD search (its searcher made once)
    // rules out nearly all (the walk below only ends in a clause past the word "latest").
    static LATEST: std::sync::OnceLock<memchr::memmem::Finder> = std::sync::OnceLock::new();
    LATEST.get_or_init(|| memchr::memmem::Finder::new("latest")).find(sentence.as_bytes())?;
    let mut words = sentence.split_whitespace();
    let (mut verb, mut previous) = ("", "");
    for (i, word) in words.by_ref().enumerate() {
        if word == "latest" && previous == "the" && matches!(verb, "is" | "was") {
            break;
        }
        if i > LATEST_SUBJECT_WORDS + 2 || word.ends_with([',', ';', ':', '.']) {
            return None;
        }
        (verb, previous) = (previous, word);
    }
    clause_within_reach(sentence, words, |w| BACK_CONJUNCTIONS.contains(&w) && w != "as")
}

/// Where the clause starts after the first of the next `LATEST_REACH` words that is a
/// `conjunction`, none when punctuation comes first.
fn clause_within_reach<'a>(sentence: &str, words: impl Iterator<Item = &'a str>, conjunction: impl Fn(&str) -> bool) -> Option<usize> {
    for word in words.take(LATEST_REACH) {
        if conjunction(word) {
            return Some(word.as_ptr() as usize - sentence.as_ptr() as usize + word.len());
        }
        if word.ends_with([',', ';', ':', '.']) {
            return None;
        }
    }
    None
}

/// Where the told clause starts in a sentence that sets an ongoing state against what led
/// to it: "French officials have been grappling for ways to put new pressure on Russia after
/// Moscow vetoed a resolution" tells no act of its own ("have been grappling") but the veto.
fn ongoing_after(sentence: &str) -> Option<usize> {
    // The clause follows "has been"/"have been" only: one SIMD search rules out most sentences.
    static BEEN: std::sync::OnceLock<memchr::memmem::Finder> = std::sync::OnceLock::new();
    BEEN.get_or_init(|| memchr::memmem::Finder::new("been")).find(sentence.as_bytes())?;
    let mut words = sentence.split_whitespace();
    let mut previous = ["", ""];
    for (i, word) in words.by_ref().enumerate() {
        if previous == ["have", "been"] || previous == ["has", "been"] {
            if !word.ends_with("ing") {
                return None;
            }
            break;
        }
        if i > LATEST_SUBJECT_WORDS + 2 || word.ends_with([',', ';', ':', '.']) {
            return None;
        }
        previous = [previous[1], word];
    }
    clause_within_reach(sentence, words, |w| w == "after")
}

/// Verbs whose subject says something (a clause follows), not urges or asks someone.
const CLAUSE_VERBS: &[&str] =
    &["said", "says", "told", "tells", "added", "adds", "noted", "stressed", "insisted", "argued", "claimed", "explained", "announced", "declared"];

/// Longest description before its verb read as an unnamed speaker.
const DESCRIPTION_WORDS: usize = 8;

/// The sentence opens with a description naming no one as its speaker ("The head of the
/// foreign office also said that Russia should stop supporting Assad"): whoever is named
/// after the verb is what was said, not who speaks.
fn unnamed_speaker(sentence: &str, named: &[Named]) -> bool {
    let Some((start, end)) = speech_verbs(sentence).next() else { return false };
    let before = &sentence[..start];
    // The cheap tests first: most sentences fail one, and the words before the verb are
    // then not listed (a long opening was most of this test's cost).
    if !CLAUSE_VERBS.contains(&&sentence[start..end]) || before.contains([',', ';', ':', '"', '“', '”']) || !named.iter().all(|n| n.start >= end) {
        return false;
    }
    if !matches!(before.split_whitespace().next(), Some("The" | "A" | "An")) {
        return false;
    }
    // One word more than a description's tells it is too long.
    let words: Vec<&str> = before.split_whitespace().take(DESCRIPTION_WORDS + 1).collect();
    // "The agreement was announced by Kerry …" is no one's saying: Kerry did it.
    let passive = matches!(words.last(), Some(&("was" | "were" | "been" | "is" | "are" | "be"))) && sentence[end..].trim_start().starts_with("by ");
    words.len() <= DESCRIPTION_WORDS && !passive
}

/// The actor named next to a verb of saying, if any.
pub fn speaker(sentence: &str, named: &[Named]) -> Option<usize> {
    if let Some(quoted) = quoted_as_saying(sentence, named) {
        return Some(quoted);
    }
    let person_first = |list: &mut dyn Iterator<Item = &Named>| {
        let list: Vec<&Named> = list.collect();
        list.iter().find(|n| n.kind == Some(ActorKind::Person)).or(list.first()).map(|n| n.actor)
    };
    for (start, end) in speech_verbs(sentence) {
        // The nearest name before the verb in the same clause; a person before a state
        // ("Lavrov, Russia's top diplomat, said"). None before "according to": its source
        // comes after it ("bombers flew to its base in Syria, according to the paper").
        let according = &sentence[start..end] == "according";
        let mut before = named
            .iter()
            .rev()
            .filter(|n| {
                !according
                    && n.end <= start
                    && start - n.end <= NEAR_BEFORE
                    && !crosses_clause(&sentence[n.end..start])
                    && !after_preposition(&sentence[..n.start])
                    && !verb_has_own_subject(&sentence[n.end..start])
            })
            .filter(|n| !after_subordinator(&sentence[..n.start]) && !qualifies_a_people(&sentence[n.end..]) && !in_an_as_clause(&sentence[..n.start]));
        if let Some(actor) = person_first(&mut before) {
            return Some(actor);
        }
        if SPEAKER_AFTER.contains(&&sentence[start..end]) && !word_before_is_subject(&sentence[..start]) {
            let mut after = named.iter().filter(|n| {
                n.start >= end
                    && n.start - end <= NEAR_AFTER
                    && !crosses_clause(&sentence[end..n.start])
                    && !has_own_subject(&sentence[end..n.start])
                    && !followed_by_its_verb(&sentence[n.end..])
            });
            if let Some(actor) = person_first(&mut after) {
                return Some(actor);
            }
        }
    }
    None
}

/// The label opening a turn of a transcript ("SECRETARY KERRY: …", "Sergey Lavrov: …",
/// "QUESTION: …").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Turn {
    /// The person the label names, if it names one the registry knows.
    pub speaker: Option<usize>,
    /// Written in capitals, as transcripts write their labels.
    pub capitals: bool,
}

/// The turn a sentence opens, if any: a label of at most five capitalised words before
/// a colon, and what follows starts a sentence.
pub fn turn_label(sentence: &str, named: &[Named]) -> Option<Turn> {
    let (label, _) = split_turn(sentence)?;
    let speaker = named.iter().find(|n| n.end <= label.len() && n.kind == Some(ActorKind::Person)).map(|n| n.actor);
    Some(Turn { speaker, capitals: !label.chars().any(char::is_lowercase) })
}

/// A turn's label and what is said after it, as [`turn_label`] reads them.
pub fn split_turn(sentence: &str) -> Option<(&str, &str)> {
    // A byte search: `str::find` of a char reads the sentence with the slower core memchr.
    let colon = memchr::memchr(b':', sentence.as_bytes())?;
    let (label, rest) = (&sentence[..colon], sentence[colon + 1..].trim_start());
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "the" | "de" | "al"));
    let label_like = (1..=5).contains(&words.len()) && capitalised && !label.contains(|c: char| c.is_ascii_digit() || ",;\"“”".contains(c));
    (label_like && rest.starts_with(|c: char| c.is_uppercase() || c == '(' || c == '\'' || c == '“' || c == '"')).then_some((label, rest))
}

/// Actors of the subject's kind joined to it by "and" ("Kerry and British Foreign
/// Secretary Boris Johnson are expressing hope", "Johnson and Kerry said", "Erdoğan and
/// his Russian counterpart Vladimir Putin said"): they act or speak together, so the act
/// is as much theirs. Titles may stand between "and" and the name, after a possessive;
/// anything else (a verb, a comma) breaks the pair.
pub fn conjoined(sentence: &str, named: &[Named], subject: usize) -> Vec<usize> {
    let joins = joined_by_and;
    let mut out: Vec<usize> = Vec::new();
    // A meeting is as much the other person's ("Assad made a surprise visit to Russia to
    // meet President Vladimir Putin").
    if let Some((a, b)) = meeting_of(sentence, named).filter(|(a, b)| *a == subject || *b == subject) {
        out.push(if a == subject { b } else { a });
    }
    for (i, n) in named.iter().enumerate().filter(|(_, n)| n.actor == subject) {
        let next = named.get(i + 1).filter(|m| m.start >= n.end && joins(&sentence[n.end..m.start]));
        let previous = i.checked_sub(1).map(|j| &named[j]).filter(|m| m.end <= n.start && joins(&sentence[m.end..n.start]));
        for m in next.into_iter().chain(previous).chain(listed_after(sentence, named, i)) {
            if m.actor != subject && m.kind == n.kind && !out.contains(&m.actor) {
                out.push(m.actor);
            }
        }
    }
    out
}

/// The names listed after `named[first]` in "A, B and C" ("Turkey's Recep Tayyip Erdogan,
/// Russia's Vladimir Putin and Iran's Hassan Rouhani"): commas, then "and" before the
/// last, with only possessives ("Russia's") and titles between. A list that never reaches
/// its "and" is no list ("Kerry, Lavrov's counterpart, said").
fn listed_after<'a>(sentence: &str, named: &'a [Named], first: usize) -> Vec<&'a Named> {
    let kind = named[first].kind;
    let (mut chain, mut end) = (Vec::new(), named[first].end);
    for m in &named[first + 1..] {
        if m.start < end {
            continue;
        }
        if m.kind != kind {
            // A country's possessive before the next name ("Russia's Vladimir Putin").
            if sentence[m.end..].starts_with("'s") || sentence[m.end..].starts_with("’s") {
                continue;
            }
            break;
        }
        let gap = &sentence[end..m.start];
        if !in_a_list(gap) {
            break;
        }
        chain.push(m);
        end = m.end;
        if gap.split_whitespace().any(|w| w == "and") {
            return chain;
        }
    }
    Vec::new()
}

/// Whether the words between two names of a list are a list's: a comma or "and" first,
/// then only "and", possessives and titles.
fn in_a_list(gap: &str) -> bool {
    let gap = gap.trim_start();
    let opens = gap.starts_with(',') || gap.starts_with("and ");
    let fits = |w: &str| {
        let possessive = (w.ends_with("'s") || w.ends_with("’s")) && w.chars().next().is_some_and(char::is_uppercase);
        matches!(w, "and" | "his" | "her" | "their" | "its")
            || possessive
            || crate::actors::is_title_word(w)
            || w.chars().next().is_some_and(char::is_uppercase)
    };
    opens && !gap[1..].contains(',') && gap.split_whitespace().map(|w| w.trim_start_matches(',')).filter(|w| !w.is_empty()).all(fits)
}

/// Whether the words between two names join them as a pair ("and", "and his Russian
/// counterpart", "The Syrian army and the Kurdish forces"): "and", a possessive or "the",
/// then only titles.
fn joined_by_and(gap: &str) -> bool {
    let title = |w: &str| {
        let capitalised = w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.');
        capitalised || crate::actors::is_title_word(w)
    };
    let mut words = gap.split_whitespace().peekable();
    words.next() == Some("and") && {
        words.next_if(|w| matches!(*w, "his" | "her" | "their" | "its" | "the"));
        words.all(title)
    }
}

/// Verbs of an act that two sides do together, each a party to it.
const JOINT_VERBS: &[&str] = &["agreed", "agree", "reached", "signed", "struck", "met", "held", "brokered", "negotiated", "concluded", "clinched", "sealed"];

/// Nouns of such an act, after the pair's possessive ("Putin and Erdogan's talks").
const JOINT_NOUNS: &[&str] = &["talks", "meeting", "summit", "agreement", "deal", "negotiations"];

/// Words that may stand between the pair and its verb ("have agreed", "finally reached").
const JOINT_GAP: &[&str] = &["have", "has", "had", "finally", "also", "jointly", "today", "yesterday", "on", "late"];

pub(crate) const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Most words between the pair and its verb.
const JOINT_GAP_WORDS: usize = 2;

/// Words that make two people named around them meet ("Putin welcomes Erdogan", "Erdogan
/// said at a meeting … with his Russian counterpart Vladimir Putin", "Putin was visited by
/// the Turkish President", "made a surprise visit to Russia to meet President Putin").
const MEETING_WORDS: &[&str] =
    &["met", "meet", "meets", "meeting", "talks", "visit", "visited", "visits", "welcomed", "welcomes", "hosted", "hosts", "received", "receives"];

/// Words that make a meeting one not held: denied, planned, offered or called off ("will
/// not visit Paris", "is ready to visit Paris at a time convenient for Hollande").
const NO_MEETING_YET: &[&str] = &[
    "not",
    "no",
    "never",
    "will",
    "would",
    "could",
    "might",
    "may",
    "ready",
    "due",
    "plan",
    "plans",
    "planned",
    "expected",
    "hopes",
    "hoped",
    "wants",
    "wanted",
    "willing",
    "cancel",
    "cancelled",
    "canceled",
    "postponed",
    "if",
    "unless",
    "whether",
    "next",
];

/// Most words between the two people of a meeting.
const MEETING_GAP_WORDS: usize = 14;

/// The two people a sentence tells meeting each other, in the order named: a meeting word
/// between them in one clause (no quote, colon or semicolon between). Thanking or calling
/// someone is no meeting ("Erdogan thanked Putin for the opportunity to meet").
pub fn meeting_of(sentence: &str, named: &[Named]) -> Option<(usize, usize)> {
    let people: Vec<&Named> = named.iter().filter(|n| n.kind == Some(ActorKind::Person)).collect();
    people.windows(2).find_map(|pair| {
        let [a, b] = pair else { return None };
        let gap = sentence.get(a.end..b.start)?;
        let one_clause = !gap.contains([';', ':', '"', '“', '”']) && !ends_a_sentence_in(gap);
        if a.actor == b.actor || !one_clause || gap.split_whitespace().count() > MEETING_GAP_WORDS {
            return None;
        }
        // Words compared in place, none lower-cased: read for every pair of people named.
        let words = || gap.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let any_of = |list: &[&str]| words().any(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)));
        (any_of(MEETING_WORDS) && !any_of(NO_MEETING_YET)).then_some((a.actor, b.actor))
    })
}

/// The actors of a pair that does an act together ("The United States and Russia agreed
/// Saturday on an outline …", "Vladimir Putin and Recep Tayyip Erdogan have agreed to a
/// ceasefire", "Erdogan and Putin's talks"): each is a party to that act, and what their
/// own people say of it that day tells the same happening. Empty when no such pair.
pub fn joint_actors(sentence: &str, named: &[Named]) -> Vec<usize> {
    if let Some((a, b)) = meeting_of(sentence, named) {
        return vec![a, b];
    }
    for pair in named.windows(2) {
        let [a, b] = pair else { continue };
        if a.actor == b.actor || b.start < a.end || !joined_by_and(&sentence[a.end..b.start]) {
            continue;
        }
        let after = &sentence[b.end..];
        let (possessive, after) = match after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")) {
            Some(rest) => (true, rest),
            None => (false, after),
        };
        let mut words = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let acts = if possessive {
            words.next().is_some_and(|w| JOINT_NOUNS.contains(&w))
        } else {
            words.take(JOINT_GAP_WORDS + 1).find(|w| !JOINT_GAP.contains(w) && !WEEKDAYS.contains(w)).is_some_and(|w| JOINT_VERBS.contains(&w))
        };
        if acts {
            return vec![a.actor, b.actor];
        }
    }
    Vec::new()
}

/// Words after which a name is an object ("expressed grave concern to Lavrov, the
/// statement said"), never the speaker of a verb that follows.
const PREPOSITIONS: &[&str] = &["to", "with", "by", "from", "for", "against", "at", "on", "of", "than", "toward", "towards", "about", "via", "into"];

fn after_preposition(before: &str) -> bool {
    fn last_word(text: &str) -> &str {
        text.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
    }
    let before = before.trim_end();
    let previous = last_word(before);
    if PREPOSITIONS.contains(&previous) {
        return true;
    }
    // "ambassador to the United Nations denounced …": an article between.
    let rest = &before[..before.len() - previous.len()];
    let spaced = rest.ends_with(char::is_whitespace) && rest.trim_end().ends_with(char::is_alphanumeric);
    matches!(previous, "the" | "a" | "an") && spaced && PREPOSITIONS.contains(&last_word(rest.trim_end()))
}

/// Words opening a clause that is not the sentence's main one: a speaker named after one
/// ("Putin has cancelled a visit after President Hollande said he would …") said what
/// led to the act, and is not who acts.
/// A condition's subject ("… if Syria fails to comply, said Kerry") is no speaker either.
pub(crate) const SUBORDINATORS: &[&str] =
    &["after", "before", "when", "because", "since", "while", "until", "following", "although", "though", "once", "if", "unless"];

/// Titles between the subordinator and the name may be skipped ("after President …").
const TITLE_WORDS: usize = 3;

fn after_subordinator(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    for word in words.by_ref().take(TITLE_WORDS + 1) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        return SUBORDINATORS.contains(&bare);
    }
    false
}

/// Peoples and groups of a country's inhabitants, who speak for themselves: "Syria's Kurds
/// have announced a deal" is the Kurds' announcement, not Syria's.
const PEOPLES: &[&str] = &[
    "kurds",
    "arabs",
    "turkmen",
    "christians",
    "alawites",
    "sunnis",
    "shiites",
    "druze",
    "yazidis",
    "rebels",
    "residents",
    "people",
    "citizens",
    "refugees",
    "civilians",
    "opposition",
    "militants",
    "jihadists",
    "tribes",
    "activists",
    "doctors",
];

/// Whether the words after a name make it a possessive qualifying one of [`PEOPLES`]
/// ("Syria's Kurds"): the name is then no speaker.
fn qualifies_a_people(after: &str) -> bool {
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    let next = after.split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric());
    after.starts_with(' ') && PEOPLES.iter().any(|p| next.eq_ignore_ascii_case(p))
}

/// Whether a name after `before` opens a clause set beside a whole main clause by ", as"
/// ("Kurdish-led forces have reached a deal with the Syrian army, as the U.S. announced it
/// is set to withdraw"): what it says is another act told beside the sentence's, not the
/// sentence's statement. (", as Lavrov put it," after no verb of its own is still his.)
fn in_an_as_clause(before: &str) -> bool {
    let Some((main, clause)) = before.rsplit_once(", as ") else { return false };
    let words: Vec<&str> = clause.split_whitespace().collect();
    let titles = words.iter().all(|w| *w == "the" || w.starts_with(char::is_uppercase));
    titles && words.len() <= TITLE_WORDS + 1 && crate::tense::main_clause(main).tense != crate::tense::Tense::Unknown
}

/// The person whose act a speaker reports ("The State Department says Kerry issued the
/// ultimatum", "Kirby said that Kerry told Lavrov"): named right after a verb of saying
/// and followed by a verb of their own, so not the speaker ("…,” said Lavrov.").
pub fn reported(sentence: &str, named: &[Named], subject: usize) -> Option<usize> {
    for (_, end) in speech_verbs(sentence) {
        let after = &sentence[end..];
        let gap = after.len() - after.trim_start().len();
        let gap = if after.trim_start().starts_with("that ") { gap + 5 } else { gap };
        // The name may follow its title ("announced that Defense Minister Sergey Shoygu arrived").
        let titled = |n: &&Named| {
            sentence.get(end + gap..n.start).is_some_and(|title| {
                let words = title.split_whitespace();
                words.clone().count() <= REPORTED_TITLE_WORDS && words.clone().all(|w| w.starts_with(char::is_uppercase))
            })
        };
        let Some(n) = named.iter().find(|n| n.start >= end + gap && titled(n) && n.kind == Some(ActorKind::Person)) else { continue };
        let rest = sentence[n.end..].trim_start_matches(['’', '\'', 's']);
        let next_word_is_lower = rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_lowercase());
        if n.actor != subject && next_word_is_lower && !rest.trim_start().starts_with("and ") {
            return Some(n.actor);
        }
    }
    None
}

/// Most words of a title before the name of a person reported ("Defense Minister").
const REPORTED_TITLE_WORDS: usize = 3;

/// Words that make what follows a verb of saying a clause of its own ("said he would see
/// him only for talks on Syria"), so a name in it is what was said, not the speaker ("…,”
/// said Russia's foreign minister").
const CLAUSE_WORDS: &[&str] =
    &["he", "she", "it", "they", "we", "i", "you", "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "must"];

/// A name after a verb of saying followed by a verb of its own is the subject of what was
/// said ("… and said Syria must turn over an accounting"), not its speaker.
fn followed_by_its_verb(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    OWN_VERBS.contains(&next)
}

/// Verbs that open a clause's predicate right after its subject.
const OWN_VERBS: &[&str] =
    &["would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "must", "can", "may", "might", "did", "does"];

fn has_own_subject(between: &str) -> bool {
    between.split(|c: char| !c.is_alphanumeric()).any(|w| CLAUSE_WORDS.contains(&w))
}

/// Whether the words between a name and a verb of saying give the verb a subject of its
/// own: a clause opening on a subordinator ("Russia's envoy, after Moscow claimed …": the
/// claim is Moscow's), a description after the last comma (", a spokesman said":
/// a speaker not named, so no name before it is the speaker), or a clause set beside the
/// name's by ", as" (", as the U.S. announced": the announcement is the U.S.'s, named or not).
fn verb_has_own_subject(between: &str) -> bool {
    let after_comma = between.rsplit_once(',').map(|(_, tail)| tail.trim_start());
    let as_clause = |tail: &str| tail.strip_prefix("as ").is_some_and(|rest| !rest.trim().is_empty());
    between.split(|c: char| !c.is_alphanumeric()).any(|w| SUBORDINATORS.contains(&w))
        || after_comma.is_some_and(|tail| ["a ", "an ", "the "].iter().any(|d| tail.starts_with(d)) || is_pronoun_subject(tail) || as_clause(tail))
}

/// Pronouns that stand as the subject of a verb of saying set off after what was said
/// ("The UN Charter was violated, he said."): whoever the pronoun points back to speaks,
/// never a name inside what was said.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// Words that may stand between such a pronoun and its verb ("she also said").
const FRAME_ADVERBS: &[&str] = &["also", "later", "then", "further", "again"];

/// Whether the words before a verb of saying, after the last comma, are a subject pronoun
/// (and an adverb): ", he said", ", she also added".
fn is_pronoun_subject(tail: &str) -> bool {
    let mut words = tail.split_whitespace();
    words.next().is_some_and(|w| SUBJECT_PRONOUNS.contains(&w)) && words.all(|w| FRAME_ADVERBS.contains(&w))
}

/// Whether a verb of saying in the sentence has a pronoun for its subject after a comma:
/// the sentence names no speaker of its own, and goes on with the one before it.
fn pronoun_speaks(sentence: &str) -> bool {
    speech_verbs(sentence).any(|(start, _)| sentence[..start].rsplit_once(',').is_some_and(|(_, tail)| is_pronoun_subject(tail.trim())))
}

/// Whether the word right before a verb of saying is its subject ("delays that critics
/// said allowed Assad to pursue …"): then a name after the verb is what was said about,
/// not its speaker, who stands after the verb only when punctuation or the sentence's
/// start comes before it ("…,” said Lavrov"; "According to Lavrov").
fn word_before_is_subject(before: &str) -> bool {
    let Some(last) = before.split_whitespace().next_back() else { return false };
    let word_ends = last.ends_with(|c: char| c.is_alphanumeric());
    word_ends && !FRAME_ADVERBS.contains(&last) && !matches!(last, "and" | "but" | "Also")
}

/// A break between a name and a verb that are not subject and predicate.
fn crosses_clause(between: &str) -> bool {
    between.contains([';', ':', '“', '”', '"', '?', '!']) || ends_a_sentence_in(between) || between.contains(" that ") || between.contains(" and ")
}

/// A full stop that is no abbreviation's: the stops of "said U.S. Secretary of State
/// John Kerry" keep the title with its name.
fn ends_a_sentence_in(text: &str) -> bool {
    text.match_indices('.').any(|(at, _)| !crate::sentences::abbreviation_stop(text[..at].rsplit(char::is_whitespace).next().unwrap_or("")))
}

/// Byte ranges of the verbs of saying in a sentence: whole words (runs of alphanumeric
/// characters) that are one of `SPEECH_VERBS`.
/// The one an outlet quotes ("news agencies quoted Russia's defence ministry as saying",
/// "cited a ministry spokesman as saying"): the actor named between the verb and "as saying".
fn quoted_as_saying(sentence: &str, named: &[Named]) -> Option<usize> {
    let verb_end =
        find_fixed!(" quoted ", sentence).map(|at| at + " quoted ".len()).or_else(|| find_fixed!(" cited ", sentence).map(|at| at + " cited ".len()))?;
    let frame = &sentence[verb_end..];
    let close = find_fixed!(" as saying", frame).filter(|&at| at <= QUOTED_FRAME && !frame[..at].contains([',', '.', '“', '"']))?;
    // Named at once ("quoted spokesman Igor Konashenkov", "cited a defence ministry
    // statement"), not inside a description of an unnamed source ("cited a military source
    // at Deir al-Zor airport").
    let named_at_once = |n: &&Named| {
        let (title, rest) = (&frame[..n.start - verb_end], &frame[n.end - verb_end..close]);
        title.split_whitespace().count() <= QUOTED_TITLE_WORDS && rest.split_whitespace().count() <= 1
    };
    named.iter().filter(|n| n.start >= verb_end && n.end <= verb_end + close).find(named_at_once).map(|n| n.actor)
}

/// Most words before the name in a "quoted … as saying" frame ("quoted Deputy Foreign Minister").
const QUOTED_TITLE_WORDS: usize = 3;

/// Most bytes between "quoted" and "as saying" ("quoted Russia's defence ministry").
const QUOTED_FRAME: usize = 60;

pub(crate) fn speech_verbs(sentence: &str) -> impl Iterator<Item = (usize, usize)> {
    // This runs four to six times on each sentence, one sentence after the other (its
    // subject, speaker, reported act, the events' dates): the last sentence's verbs are
    // kept, on each thread, with the sentence they were found in.
    thread_local! {
        static LAST: std::cell::RefCell<(String, Vec<(usize, usize)>)> = const { std::cell::RefCell::new((String::new(), Vec::new())) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != sentence {
            let found = find_speech_verbs(sentence).collect();
            last.0.clear();
            last.0.push_str(sentence);
            last.1 = found;
        }
        last.1.clone().into_iter()
    })
}

fn find_speech_verbs(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // The verbs are searched for, not every word looked up. The verbs are whole
    // alphabetic words, so a match inside a longer word fails the boundary test, and the
    // longest match at a start is the only one that can end a word.
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    speech_verb_finder().find_iter(sentence).map(|m| (m.start(), m.end())).filter(move |&(start, end)| {
        let before = sentence[..start].chars().next_back();
        !alphanumeric(before) && before != Some('-') && !alphanumeric(sentence[end..].chars().next())
    })
}

fn speech_verb_finder() -> &'static aho_corasick::AhoCorasick {
    static FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(SPEECH_VERBS)
            .expect("the speech verbs build an automaton")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `unnamed_speaker` with its cheap tests first answers as it did listing every word
    /// before the verb first.
    #[test]
    fn an_unnamed_speaker_is_told_as_when_every_word_was_listed() {
        fn every_word(sentence: &str, named: &[Named]) -> bool {
            let Some((start, end)) = speech_verbs(sentence).next() else { return false };
            let before = &sentence[..start];
            let words: Vec<&str> = before.split_whitespace().collect();
            let passive = matches!(words.last(), Some(&("was" | "were" | "been" | "is" | "are" | "be"))) && sentence[end..].trim_start().starts_with("by ");
            CLAUSE_VERBS.contains(&&sentence[start..end])
                && !passive
                && matches!(words.first(), Some(&("The" | "A" | "An")))
                && words.len() <= DESCRIPTION_WORDS
                && !before.contains([',', ';', ':', '"', '“', '”'])
                && named.iter().all(|n| n.start >= end)
        }
        let openings = [
            "The head of the foreign office",
            "A spokesman",
            "An official who asked not to be named by the press today",
            "The deal was",
            "The deal is",
            "the envoy",
            "The one two three four five six seven",
            "The one two three four five six seven eight",
            "The envoy, Kerry",
            "Lavrov",
            "",
            "The  head\tof it",
        ];
        let verbs = ["said", "told", "urged", "asked", "announced", "according"];
        let endings = [" that Russia should stop.", " by Kerry on Monday.", " by the envoy", " nothing."];
        for opening in openings {
            for verb in verbs {
                for ending in endings {
                    let sentence = format!("{opening} {verb}{ending}");
                    let at = sentence.find(verb).unwrap_or(0);
                    for named in [
                        vec![],
                        vec![Named { start: 0, end: 3, actor: 1, kind: Some(ActorKind::Person) }],
                        vec![Named { start: at + verb.len() + 1, end: sentence.len(), actor: 2, kind: None }],
                    ] {
                        assert_eq!(unnamed_speaker(&sentence, &named), every_word(&sentence, &named), "{sentence:?} {named:?}");
                    }
                }
            }
        }
    }

    fn named(sentence: &str, names: &[(&str, usize, ActorKind)]) -> Vec<Named> {
        let mut out: Vec<Named> = names
            .iter()
            .map(|(name, actor, kind)| {
                let start = sentence.find(name).expect("name in sentence");
                Named { start, end: start + name.len(), actor: *actor, kind: Some(*kind) }
            })
            .collect();
        out.sort_by_key(|n| n.start);
        out
    }

    #[test]
    fn a_name_inside_quoted_words_is_no_subject() {
        let s = "\"The attack by the group was the most serious challenge to President Bashar al-Assad in years,\" the agency writes.";
        assert_eq!(of(s, &named(s, &[("Bashar al-Assad", 1, ActorKind::Person)])), None);
        // Outside the quote the person acts.
        let s = "Bashar al-Assad called the attack \"the most serious challenge\" in years.";
        assert_eq!(of(s, &named(s, &[("Bashar al-Assad", 1, ActorKind::Person)])), Some(1));
    }

    #[test]
    fn a_sentence_pointing_back_at_the_story_belongs_to_the_clause_it_tells() {
        let s = "His call came after Labour's Ann Clwyd urged those who care to gather outside Russian embassies.";
        assert_eq!(back_reference(s).map(|at| &s[at..at + 9]), Some(" Labour's"));
        assert_eq!(of(s, &named(s, &[("Labour", 1, ActorKind::Organization), ("Ann Clwyd", 2, ActorKind::Person)])), Some(2));
        let s = "That comes after last week's threat by Secretary of State John Kerry to suspend contacts.";
        assert_eq!(of(s, &named(s, &[("John Kerry", 3, ActorKind::Person)])), Some(3));
        assert!(back_reference("The announcement from the Kremlin came a day after Hollande said it.").is_some());
        assert!(back_reference("It came as the Syrians and their Russian allies bombarded Aleppo.").is_some());
        // Not a frame: the verb is the story's own act, or too far from its opener.
        assert_eq!(back_reference("The army came under fire after midnight."), None);
        assert_eq!(back_reference("This is what came after the vote."), None);
        let s = "Putin's cancellation is the latest deterioration in ties between Moscow and the West after Russia vetoed a resolution.";
        assert_eq!(back_reference(s).map(|at| &s[at..at + 7]), Some(" Russia"));
        assert!(latest_after("The strike was the latest blow to the truce after the army declared it over.").is_some());
        assert_eq!(latest_after("The latest round of talks began after the vote."), None, "'the latest' as the subject");
        assert_eq!(latest_after("Russia is the latest country to leave, a year after Britain did."), None, "past a comma");
        assert_eq!(latest_after("It is the latest sign of strain as talks stall."), None, "'as' may compare");
        let grappling = "French officials have been grappling for ways to put new pressure on Russia after Moscow vetoed a resolution.";
        assert_eq!(latest_after(grappling).map(|at| &grappling[at..]), Some(" Moscow vetoed a resolution."));
        assert_eq!(latest_after("Officials have been meeting daily, a week after the strike."), None, "past a comma");
        assert_eq!(latest_after("Officials have been told to leave after the strike."), None, "a passive is an act");
        assert_eq!(back_reference("The long-awaited report of the inquiry into the war finally came after years."), None);
    }

    #[test]
    fn a_country_qualifying_its_people_or_a_clause_beside_the_main_one_names_no_speaker() {
        let s = "Syria's Kurds have announced a deal with Damascus on a troop deployment.";
        assert_eq!(speaker(s, &named(s, &[("Syria", 4, ActorKind::Country), ("Damascus", 4, ActorKind::Country)])), None);
        let s = "Syria's government has announced a deal with the Kurds.";
        assert_eq!(speaker(s, &named(s, &[("Syria", 4, ActorKind::Country)])), Some(4), "its government is the state");
        let s = "Kurdish-led forces have reached a deal with the army, as the U.S. announced it is set to withdraw.";
        assert_eq!(speaker(s, &named(s, &[("U.S.", 17, ActorKind::Country)])), None);
        let n = named(s, &[("Kurdish-led forces", 28, ActorKind::Organization), ("the army", 29, ActorKind::Organization), ("U.S.", 17, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "the announcement is the as-clause's, not the army's before it");
        assert_eq!(of(s, &n), Some(28));
        let s = "The deal, as Lavrov announced it, ends the siege.";
        assert_eq!(speaker(s, &named(s, &[("Lavrov", 2, ActorKind::Person)])), Some(2), "no main clause before the comma");
        let s = "Kurdish fighters were set to leave the towns, while units from President Bashar al-Assad's army were heading north.";
        assert_eq!(of(s, &named(s, &[("Bashar al-Assad", 9, ActorKind::Person)])), None, "a person in a clause of another act");
    }

    #[test]
    fn two_people_meeting_act_together_unless_the_meeting_is_not_held() {
        let people = |s: &str, a: &str, b: &str| named(s, &[(a, 1, ActorKind::Person), (b, 2, ActorKind::Person)]);
        for (s, a, b) in [
            (
                "Russian President Vladimir Putin, left, welcomes Turkish President Recep Tayyip Erdogan in the palace on Tuesday.",
                "Vladimir Putin",
                "Recep Tayyip Erdogan",
            ),
            ("Syrian President Bashar Assad made a surprise visit to Russia to meet President Vladimir Putin yesterday.", "Bashar Assad", "Vladimir Putin"),
            (
                "Erdogan said at a meeting on Tuesday in St Petersburg with his Russian counterpart Vladimir Putin that ties would mend.",
                "Erdogan",
                "Vladimir Putin",
            ),
        ] {
            let n = people(s, a, b);
            assert_eq!(meeting_of(s, &n), Some((1, 2)), "{s}");
            assert_eq!(joint_actors(s, &n), vec![1, 2], "{s}");
            assert!(conjoined(s, &n, 1).contains(&2), "{s}");
        }
        for (s, a, b) in [
            ("Erdogan thanked Putin for the opportunity to meet ahead of the summit.", "Erdogan", "Putin"),
            ("Putin will not visit Paris next week or meet Hollande for talks.", "Putin", "Hollande"),
            ("The President Putin noted that he is ready to visit Paris at a time convenient for Hollande.", "Putin", "Hollande"),
            ("Putin met the press; Hollande stayed home.", "Putin", "Hollande"),
        ] {
            assert_eq!(meeting_of(s, &people(s, a, b)), None, "{s}");
        }
    }

    #[test]
    fn the_speaker_next_to_a_speech_verb_is_the_subject() {
        let s = "Russia said it is ready to persuade Damascus to accept de Mistura's plan.";
        let n = named(s, &[("Russia", 1, ActorKind::Country), ("Damascus", 2, ActorKind::Country), ("de Mistura", 3, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(1), "a country that speaks is the subject, not the person named later");
        let s = "“We are ready,” said Foreign Minister Sergei Lavrov on Friday.";
        let n = named(s, &[("Sergei Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7));
        let s = "Lavrov, Russia’s top diplomat, told reporters that Kerry was wrong.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person), ("Russia", 1, ActorKind::Country), ("Kerry", 9, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7), "the person before the verb, not the state in the apposition");
        // A verdict on a thing is said too: the state that gives it speaks.
        for s in ["Syria has called the suspension illegal.", "Syria condemned the decision.", "Syria denied any role in the attack."] {
            let n = named(s, &[("Syria", 1, ActorKind::Country)]);
            assert_eq!(of(s, &n), Some(1), "{s}");
        }
        // "so-called" is no verb.
        let s = "Syria introduced the so-called humanitarian pause in October.";
        assert_eq!(speech_verbs(s).count(), 0, "{s}");
    }

    #[test]
    fn without_a_speaker_the_first_person_else_the_first_actor_unless_a_country() {
        let s = "Despite opening up the possibility of Moscow halting its attacks, Lavrov set strict conditions.";
        let n = named(s, &[("Moscow", 1, ActorKind::Country), ("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7));
        let s = "The UN Security Council met on Friday at the request of Russia.";
        let n = named(s, &[("UN Security Council", 3, ActorKind::Organization), ("Russia", 2, ActorKind::Country)]);
        assert_eq!(of(s, &n), Some(3));
        let s = "Russia is ready to urge Damascus to let al-Nusra fighters leave.";
        let n = named(s, &[("Russia", 1, ActorKind::Country), ("Damascus", 2, ActorKind::Country), ("al-Nusra", 5, ActorKind::Organization)]);
        assert_eq!(of(s, &n), None, "a country is too broad, and the group named later is not the subject");
    }

    #[test]
    fn a_body_after_the_clauses_verb_is_its_object_unless_it_opens_a_clause() {
        let s = "DAMASCUS -- Government forces backed by Russian airstrikes drove Islamic State fighters from the city.";
        let n = named(s, &[("Russian", 1, ActorKind::Country), ("Islamic State", 4, ActorKind::Organization)]);
        assert_eq!(of(s, &n), None, "the group is driven out, it does not act");
        let s = "The vetoes came at a meeting of the United Nations Security Council.";
        assert_eq!(of(s, &named(s, &[("United Nations Security Council", 3, ActorKind::Organization)])), None);
        let s = "Despite a drop in fighting after the truce came into force, the Syrian Observatory for Human Rights reported deaths.";
        let n = named(s, &[("Syrian Observatory for Human Rights", 6, ActorKind::Organization)]);
        assert_eq!(of(s, &n), Some(6), "a body opening the clause after the comma is its subject");
        let s = "However, the Arab League-proposed resolution in the UN Security Council was vetoed.";
        let n = named(s, &[("UN Security Council", 3, ActorKind::Organization)]);
        assert_eq!(of(s, &n), Some(3), "a hyphened participle is no verb before the body");
    }

    #[test]
    fn an_outlet_quoting_someone_as_saying_names_the_speaker() {
        let s = "A Russian fighter jet has crashed into the sea, news agencies cited a defence ministry statement as saying.";
        let n = named(s, &[("Russian", 1, ActorKind::Country), ("defence ministry", 5, ActorKind::Organization)]);
        assert_eq!(speaker(s, &n), Some(5));
        assert_eq!(of(s, &n), Some(5));
        let s = "The jet crashed on Monday, the agency quoted spokesman Igor Konashenkov as saying.";
        assert_eq!(speaker(s, &named(s, &[("Igor Konashenkov", 9, ActorKind::Person)])), Some(9));
        // An unnamed source described at length names no speaker.
        let s = "The Observatory cited a military source at Deir al-Zor airport as saying 90 soldiers died.";
        let n = named(s, &[("Observatory", 2, ActorKind::Organization), ("military", 3, ActorKind::Organization)]);
        assert_ne!(speaker(s, &n), Some(3));
    }

    #[test]
    fn a_person_named_over_the_opening_body_acts_without_a_panic() {
        // The generated 12 MB corpus has such a pair: the body's name inside the person's.
        let s = "UN special envoy agreed to escort the convoy.";
        let n = named(s, &[("UN", 3, ActorKind::Organization), ("UN special envoy", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7));
    }

    #[test]
    fn a_body_opening_the_sentence_acts_unless_a_person_soon_after_is_its_member() {
        let s =
            "The Security Council on Saturday unanimously called for a truce, with Moscow agreeing only after delays that allowed President Assad to press on.";
        let n = named(s, &[("Security Council", 3, ActorKind::Organization), ("Moscow", 1, ActorKind::Country), ("Assad", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(3), "the person is far into a clause of his own");
        let s = "The Kremlin press secretary Dmitry Peskov rejected the claims.";
        let n = named(s, &[("Kremlin", 4, ActorKind::Organization), ("Dmitry Peskov", 5, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(5), "a member, titled, acts for the body");
        let s = "The Pentagon's statement came long after the talks Secretary Kerry had held in Geneva with the Russians.";
        let n = named(s, &[("Pentagon", 6, ActorKind::Organization), ("Kerry", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7), "a possessive body qualifies a noun: it does not act");
    }

    #[test]
    fn a_name_after_a_verb_of_saying_with_a_subject_of_its_own_is_not_the_speaker() {
        let s = "The truce came after delays that critics said allowed President Assad to press on.";
        let n = named(s, &[("Assad", 2, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), None, "the critics said it; Assad is what they said about");
        let s = "“We are ready,” also said Lavrov.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), Some(7));
    }

    #[test]
    fn a_person_in_a_clause_of_another_act_is_not_the_subject() {
        let s = "Representatives sat at the same table as Kazakh Foreign Minister Kairat Abdrakhmanov delivered an opening speech.";
        let n = named(s, &[("Kairat Abdrakhmanov", 4, ActorKind::Person)]);
        assert_eq!(of(s, &n), None, "the one acting in an 'as' clause");
        let s = "Fourteen rebels met delegates of the government, which is headed by Syrian U.N. ambassador Bashar al-Jaafari.";
        let n = named(s, &[("Bashar al-Jaafari", 5, ActorKind::Person)]);
        assert_eq!(of(s, &n), None, "a relative clause, titles skipped");
        let s = "The talks, which Lavrov opened, went on.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), None);
        let s = "The threat was made by Secretary of State John Kerry on Monday.";
        let n = named(s, &[("John Kerry", 9, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(9), "'of' inside a title, and a passive's 'by', keep the actor");
        let s = "The war has displaced millions, with de Mistura warning of a disaster as Lavrov set conditions.";
        let n = named(s, &[("de Mistura", 3, ActorKind::Person), ("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(3), "'with' alone does not tell a scene from an actor");
        let s = "Talks began as Lavrov spoke, and the UN Security Council met.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person), ("UN Security Council", 3, ActorKind::Organization)]);
        assert_eq!(of(s, &n), None, "no person acting and the first actor a person: none");
    }

    #[test]
    fn a_name_qualifying_the_group_it_leads_is_not_the_subject() {
        let s = "The Trump administration’s new ambassador to the United Nations denounced Russia on Tuesday.";
        let n = named(s, &[("Trump", 4, ActorKind::Person), ("United Nations", 3, ActorKind::Organization), ("Russia", 1, ActorKind::Country)]);
        assert_eq!(of(s, &n), None, "the administration acts; the first actor is a person, so none");
        let s = "Assad forces shelled the town as Lavrov flew to Geneva.";
        let n = named(s, &[("Assad", 5, ActorKind::Person), ("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), None, "Assad qualifies the forces, and Lavrov acts in an 'as' clause");
        let s = "Trump met Putin's team on Monday.";
        let n = named(s, &[("Trump", 4, ActorKind::Person), ("Putin", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(4), "a name followed by a verb acts");
        assert!(names_a_following_group("’s spokesman, Dmitry Peskov, said"));
        assert!(names_a_following_group(" regime's forces advanced"));
        assert!(!names_a_following_group(" administered the oath"));
        assert!(!names_a_following_group("’s words"));
    }

    #[test]
    fn a_speaker_in_a_clause_that_led_to_the_act_is_not_its_subject() {
        let s =
            "Russian President Vladimir Putin has cancelled a visit to Paris after President Francois Hollande said he would see him only for talks on Syria.";
        let n = named(s, &[("Vladimir Putin", 1, ActorKind::Person), ("Francois Hollande", 2, ActorKind::Person), ("Syria", 3, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "what was said, with a subject of its own, names no speaker");
        assert_eq!(of(s, &n), Some(1));
        let s = "Putin cancelled his visit, French President Francois Hollande said on Tuesday.";
        let n = named(s, &[("Putin", 1, ActorKind::Person), ("Francois Hollande", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(2), "the speaker of the whole sentence");
    }

    #[test]
    fn who_did_it_in_the_passive_is_the_subject_not_an_unnamed_speaker() {
        let s = "The agreement was announced by the US Secretary of State, John Kerry, in Geneva.";
        let n = named(s, &[("John Kerry", 9, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(9));
        let s = "The head of the foreign office announced that Kerry was wrong.";
        let n = named(s, &[("Kerry", 9, ActorKind::Person)]);
        assert_eq!(of(s, &n), None, "an unnamed speaker: Kerry is what was said");
    }

    #[test]
    fn a_transcript_turn_opens_with_a_short_capitalised_label() {
        let s = "SECRETARY KERRY: So thank you all for your patience.";
        let n = named(s, &[("SECRETARY KERRY", 9, ActorKind::Person)]);
        assert_eq!(turn_label(s, &n), Some(Turn { speaker: Some(9), capitals: true }));
        assert_eq!(turn_label("QUESTION: Mr. Secretary, will it hold?", &[]), Some(Turn { speaker: None, capitals: true }));
        let s = "Sergey Lavrov: We have agreed on five documents.";
        let n = named(s, &[("Sergey Lavrov", 7, ActorKind::Person)]);
        assert_eq!(turn_label(s, &n), Some(Turn { speaker: Some(7), capitals: false }));
        assert_eq!(turn_label("The plan has three parts: a truce, aid and talks.", &[]), None, "a colon inside a sentence");
        assert_eq!(turn_label("Updated 10:45 GMT: the talks resumed.", &[]), None);
    }

    #[test]
    fn a_name_after_a_verb_of_urging_or_telling_is_its_object() {
        let s = "He also urged al-Nusra to leave the city.";
        let n = named(s, &[("al-Nusra", 5, ActorKind::Organization)]);
        assert_eq!(of(s, &n), None, "no speaker, and the group after the verb is its object");
        let s = "“The devil is in the detail,” said Lavrov.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7));
        let s = "According to Lavrov, half of them are al-Nusra members.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person), ("al-Nusra", 5, ActorKind::Organization)]);
        assert_eq!(of(s, &n), Some(7));
    }

    #[test]
    fn a_description_speaking_names_no_subject_and_what_it_said_is_no_subject() {
        let s = "The head of the foreign office also said that Russia should stop supporting Syrian President Bashar al-Assad.";
        let n = named(s, &[("Russia", 1, ActorKind::Country), ("Bashar al-Assad", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), None, "Assad is what was said about, not who speaks");
        let s = "The State Department says Kerry issued the ultimatum.";
        let n = named(s, &[("State Department", 4, ActorKind::Organization), ("Kerry", 1, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(4), "a named speaker");
        let s = "The envoy urged Assad to stop.";
        let n = named(s, &[("Assad", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(2), "urging someone is no statement of a clause");
        let s = "After the meeting with Lavrov, the minister said nothing.";
        let n = named(s, &[("Lavrov", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(2), "not a description opening the sentence");
    }

    #[test]
    fn a_name_after_a_preposition_is_not_the_speaker() {
        let s = "Kerry also expressed grave concern to Lavrov, the statement said.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(1), "falls back to the first person, not the object of 'to'");
    }

    #[test]
    fn the_source_of_according_to_comes_after_it() {
        let s = "Six helicopters have flown to the Latakia base, Syria, according to the defence ministry.";
        let n = named(s, &[("Syria", 1, ActorKind::Country), ("defence ministry", 2, ActorKind::Organization)]);
        assert_eq!(speaker(s, &n), Some(2), "the ministry is the source, not the country named before");
        let s = "The base was shelled overnight, Syria, according to reports.";
        let n = named(s, &[("Syria", 1, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "no source named after it: no speaker");
    }

    #[test]
    fn a_verb_with_a_subject_of_its_own_takes_no_name_before_it() {
        let s = "Norway's foreign ministry summoned Russia's envoy, after Moscow claimed its jets hit a school.";
        let n = named(s, &[("Norway", 1, ActorKind::Country), ("Russia", 2, ActorKind::Country), ("Moscow", 2, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "the claim is Moscow's, in its 'after' clause, not Russia's envoy's");
        let s = "The envoy was summoned over the raids near Norway's Tromso, a spokesman said.";
        let n = named(s, &[("Norway", 1, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "a spokesman not named: no name before him speaks");
        let s = "Lavrov, the foreign minister, said the talks were over.";
        let n = named(s, &[("Lavrov", 3, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), Some(3), "a description between commas is the name's");
        let s = "The two powers agreed on an outline for the seizure of the weapons and said Syria must turn over an accounting.";
        let n = named(s, &[("Syria", 5, ActorKind::Country)]);
        assert_eq!(speaker(s, &n), None, "the name after the verb is the subject of what was said");
        let s = "The deal will be backed by a resolution, said Kerry.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), Some(1));
    }

    #[test]
    fn a_pronoun_speaking_after_what_was_said_leaves_the_names_in_it_unspoken() {
        let s = "The UN Charter was blatantly violated, he said.";
        let n = named(s, &[("UN", 6, ActorKind::Organization)]);
        assert_eq!(speaker(s, &n), None, "the Charter's UN did not speak");
        assert_eq!(of(s, &n), None, "the pronoun's person speaks: no subject of its own");
        let s = "Russia's veto blocked the aid, she also added.";
        let n = named(s, &[("Russia", 2, ActorKind::Country)]);
        assert_eq!(of(s, &n), None);
        let s = "The UN Charter was blatantly violated, Nebenzia said.";
        let n = named(s, &[("UN", 6, ActorKind::Organization), ("Nebenzia", 7, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(7), "a name before the verb still speaks");
        let s = "The UN said the charter was violated, and he agreed.";
        let n = named(s, &[("UN", 6, ActorKind::Organization)]);
        assert_eq!(of(s, &n), Some(6), "a pronoun acting elsewhere in the sentence leaves the speaker");
    }

    #[test]
    fn the_person_whose_act_is_reported_is_found_after_the_verb() {
        let s = "The State Department says Kerry issued the ultimatum in a telephone call to Lavrov.";
        let n = named(s, &[("State Department", 4, ActorKind::Organization), ("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(4));
        assert_eq!(reported(s, &n, 4), Some(1));
        let s = "Kirby said that Kerry told Lavrov the talks were over.";
        let n = named(s, &[("Kirby", 3, ActorKind::Person), ("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person)]);
        assert_eq!(reported(s, &n, 3), Some(1));
        let s = "“We are ready,” said Lavrov on Friday.";
        let n = named(s, &[("Lavrov", 7, ActorKind::Person)]);
        assert_eq!(reported(s, &n, 7), None, "the speaker after the verb reports nobody's act");
        let s = "Rycroft said Kerry, who was absent, agreed.";
        let n = named(s, &[("Rycroft", 3, ActorKind::Person), ("Kerry", 1, ActorKind::Person)]);
        assert_eq!(reported(s, &n, 3), None, "no verb right after the name");
        let s = "The ministry announced that Defense Minister Sergey Shoygu arrived in Syria.";
        let n = named(s, &[("ministry", 4, ActorKind::Organization), ("Sergey Shoygu", 5, ActorKind::Person)]);
        assert_eq!(reported(s, &n, 4), Some(5), "the name after its title");
        let s = "The ministry announced that the army and Shoygu arrived in Syria.";
        let n = named(s, &[("ministry", 4, ActorKind::Organization), ("Shoygu", 5, ActorKind::Person)]);
        assert_eq!(reported(s, &n, 4), None, "words that are no title");
    }

    #[test]
    fn names_joined_by_and_act_together() {
        let s = "Kerry and British Foreign Secretary Boris Johnson are expressing hope.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Boris Johnson", 2, ActorKind::Person)]);
        assert_eq!(conjoined(s, &n, 1), vec![2]);
        let s = "Johnson and Kerry said sanctions could follow.";
        let n = named(s, &[("Johnson", 2, ActorKind::Person), ("Kerry", 1, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(1));
        assert_eq!(conjoined(s, &n, 1), vec![2]);
        let s = "Kerry called Lavrov and said nothing; Kerry, and later Power, spoke.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person), ("Power", 3, ActorKind::Person)]);
        assert!(conjoined(s, &n, 1).is_empty(), "a verb or a comma between names is no pair");
        let s = "Kerry and Russia agreed.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Russia", 4, ActorKind::Country)]);
        assert!(conjoined(s, &n, 1).is_empty(), "only actors of the subject's kind");
        let s = "President Erdogan and his Russian counterpart Vladimir Putin said they had agreed.";
        let n = named(s, &[("Erdogan", 1, ActorKind::Person), ("Vladimir Putin", 2, ActorKind::Person)]);
        assert_eq!(conjoined(s, &n, 2), vec![1], "a title after a possessive");
        let s = "Erdogan and his aides told Putin they had agreed.";
        let n = named(s, &[("Erdogan", 1, ActorKind::Person), ("Putin", 2, ActorKind::Person)]);
        assert!(conjoined(s, &n, 1).is_empty(), "a verb after the possessive's noun");
        let s = "Turkey's Recep Tayyip Erdogan, Russia's Vladimir Putin and Iran's Hassan Rouhani, meeting in Tehran, agreed in a final statement.";
        let n = named(
            s,
            &[
                ("Turkey", 4, ActorKind::Country),
                ("Recep Tayyip Erdogan", 1, ActorKind::Person),
                ("Russia", 5, ActorKind::Country),
                ("Vladimir Putin", 2, ActorKind::Person),
                ("Iran", 6, ActorKind::Country),
                ("Hassan Rouhani", 3, ActorKind::Person),
            ],
        );
        assert_eq!(conjoined(s, &n, 1), vec![2, 3], "a list of three, each after a possessive");
        let s = "The Syrian army and the Kurdish forces in the north have reached an agreement.";
        let n = named(s, &[("Syrian army", 29, ActorKind::Organization), ("Kurdish forces", 28, ActorKind::Organization)]);
        assert_eq!(conjoined(s, &n, 29), vec![28], "'and the' before a body");
        let s = "Kerry, Lavrov's counterpart, said nothing to Power.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person), ("Power", 3, ActorKind::Person)]);
        assert!(conjoined(s, &n, 1).is_empty(), "no 'and': no list");
    }

    #[test]
    fn a_name_across_a_clause_break_is_not_the_speaker() {
        let s = "Kerry met Lavrov in Geneva. The ministry said talks went well.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person)]);
        assert_eq!(of(s, &n), Some(1), "no name next to 'said': the first person");
    }

    #[test]
    fn a_pair_doing_an_act_together_names_its_sides() {
        let s = "The United States and Russia agreed Saturday on an outline for the seizure of Syrian chemical weapons.";
        let n = named(s, &[("United States", 1, ActorKind::Country), ("Russia", 2, ActorKind::Country), ("Syria", 3, ActorKind::Country)]);
        assert_eq!(joint_actors(s, &n), vec![1, 2]);
        let s = "At talks in the Kremlin, Vladimir Putin and Recep Tayyip Erdogan have agreed to a ceasefire in Idlib.";
        let n = named(s, &[("Vladimir Putin", 1, ActorKind::Person), ("Recep Tayyip Erdogan", 2, ActorKind::Person)]);
        assert_eq!(joint_actors(s, &n), vec![1, 2]);
        let s = "Erdogan and Putin's talks ended late on Thursday.";
        let n = named(s, &[("Erdogan", 1, ActorKind::Person), ("Putin", 2, ActorKind::Person)]);
        assert_eq!(joint_actors(s, &n), vec![1, 2]);
        // Not a pair acting together: another verb, a list, or one of them acting on the other.
        let s = "Russia and Syria bombed the city on Monday.";
        let n = named(s, &[("Russia", 1, ActorKind::Country), ("Syria", 2, ActorKind::Country)]);
        assert!(joint_actors(s, &n).is_empty());
        let s = "Kerry called Lavrov in Geneva.";
        let n = named(s, &[("Kerry", 1, ActorKind::Person), ("Lavrov", 2, ActorKind::Person)]);
        assert!(joint_actors(s, &n).is_empty(), "a call is no meeting");
        let s = "Talks between Russia and Turkey were held on Monday.";
        let n = named(s, &[("Russia", 1, ActorKind::Country), ("Turkey", 2, ActorKind::Country)]);
        assert!(joint_actors(s, &n).is_empty(), "'were' is no act of the pair's own");
    }

    #[test]
    fn a_condition_and_an_initialled_title_stand_between_no_speaker_and_its_verb() {
        let s = "The plan will be backed by a resolution that allows sanctions if Syria fails to comply, said U.S. Secretary of State John Kerry.";
        let n = named(s, &[("Syria", 1, ActorKind::Country), ("John Kerry", 2, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), Some(2), "the condition's subject is not the speaker; the stops of 'U.S.' end no clause");
        let s = "The talks can go on unless Moscow objects, said the U.N. envoy Staffan de Mistura.";
        let n = named(s, &[("Moscow", 1, ActorKind::Country), ("Staffan de Mistura", 2, ActorKind::Person)]);
        assert_eq!(speaker(s, &n), Some(2));
        // A full stop that ends a sentence still breaks the pair.
        assert!(crosses_clause(" met in Geneva. Then "));
        assert!(!crosses_clause(" U.S. Secretary of State "));
        assert!(!crosses_clause(", said Gen. "));
    }
}
