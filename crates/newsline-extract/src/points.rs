//! Points told in passing, folded into the event they name.
//!
//! A sentence's other dates start background events of their own ("suspended all convoy
//! movements after an air strike hit a 31-truck convoy late on Monday" gives Monday's
//! strike a point). When another event of that day tells that act as its own (the strike,
//! told by the outlets that reported it), the point is not a second event: its sentence
//! joins that event as a passing mention. Two points of one day that name the same act in
//! other sentences ("the meeting in Lausanne on Saturday") become one point. What a point
//! names is the clause around its date ([`crate::headline::around_anchor`]), compared with
//! the words of the event's own sentences (other than the point's: a point whose sentence
//! an event already tells as its own, and whose act that event's other sentences tell, is
//! no second event either, and simply goes).

use crate::events::{absorb, Thread, Vocabulary};
use crate::headline::around_anchor;
use crate::timex::PartialDate;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// Share of the clause's content words an event's own sentences must hold.
const MIN_SHARE: f64 = 0.6;
/// And at least this many of them: a short clause names too little to tell.
const MIN_SHARED: usize = 3;

/// Folds background points into the events of their day that tell what they name;
/// `text(article, sentence)` gives a sentence's text and `words(article, sentence)` its
/// content words (sorted, distinct) as `vocabulary` numbers them, where they are known
/// (others are read from the text with `vocabulary`, as are the points' clauses).
pub fn fold<'a, 'w>(
    events: Vec<Thread>,
    text: impl Fn(usize, usize) -> &'a str,
    words: impl Fn(usize, usize) -> Option<&'w [u32]>,
    vocabulary: &mut Vocabulary,
) -> Vec<Thread> {
    // What each point names: the content words of the clause around its date.
    let mut named: Vec<Option<Vec<u32>>> = vec![None; events.len()];
    let mut acts: Vec<Option<u32>> = vec![None; events.len()];
    let mut days: FxHashMap<PartialDate, Vec<usize>> = FxHashMap::default();
    for (e, event) in events.iter().enumerate() {
        if event.background {
            let clause = clause_of(event, &text);
            acts[e] = clause.as_deref().and_then(|c| act_named(c, vocabulary));
            let words = clause.map(|c| vocabulary.words(&c)).filter(|w| w.len() >= MIN_SHARED);
            if words.is_some() {
                days.entry(event.date.expect("a point has a date")).or_default().push(e);
            }
            named[e] = words;
        }
    }
    let told = TellingsOfDay::new(&events, &days, &text, &words, vocabulary);
    let told_by = told_by(&events);
    let owner = |p: usize| only_passing(&events[p]).then(|| owner(&events[p], &told_by)).flatten();
    let mut into: Vec<Option<usize>> = vec![None; events.len()];
    for (day, points) in &days {
        let same_day = told.on(day);
        for (i, &p) in points.iter().enumerate() {
            let clause = named[p].as_deref().expect("indexed points name something");
            let point = &events[p];
            // The event that tells it as its own, else an earlier point naming the same.
            let telling = same_day
                .iter()
                .map(|&e| (share(clause, &told.words_besides(e, point)), e))
                .filter(|&((n, s), _)| n >= MIN_SHARED && s >= MIN_SHARE)
                .max_by(|a, b| a.0 .1.total_cmp(&b.0 .1).then(b.1.cmp(&a.1)))
                .map(|(_, e)| e)
                .or_else(|| {
                    let act = acts[p]?;
                    only_teller(same_day, |e| !events[e].inferred && told.words_besides(e, point).binary_search(&act).is_ok())
                });
            // Or one event tells both points' sentences: one statement naming its day twice.
            let earlier_point = || {
                points[..i].iter().copied().find(|&q| {
                    let (n, s) = share(clause, named[q].as_deref().expect("indexed"));
                    into[q].is_none() && ((n >= MIN_SHARED && s >= MIN_SHARE) || owner(p).is_some_and(|o| owner(q) == Some(o)))
                })
            };
            into[p] = telling.or_else(earlier_point);
        }
    }
    fold_duplicates(&events, &named, &told_by, &mut into);
    let mut events: Vec<Option<Thread>> = events.into_iter().map(Some).collect();
    for p in 0..events.len() {
        let Some(target) = into[p] else { continue };
        let mut point = events[p].take().expect("a point is folded once");
        let event = events[target].as_mut().expect("a target is never folded");
        // A sentence already among the event's mentions is not told twice.
        point.members.retain(|m| !event.members.contains(m));
        point.passing.retain(|m| point.members.contains(m));
        let (date, inferred) = (event.date, event.inferred);
        absorb(event, point, date, inferred);
    }
    events.into_iter().flatten().collect()
}

/// A point told only in passing whose every sentence another event already tells as its
/// own is no event of its own when it names too little to say what happened ("the
/// incident which occurred on Monday", or no clause at all: its summary would be a
/// sentence about something else), or when those events are all of the point's day (the
/// sentence tells that day's act; the point is the same act again). Its sentences stay
/// with the event that tells them.
fn fold_duplicates(events: &[Thread], named: &[Option<Vec<u32>>], told_by: &FxHashMap<(usize, usize), usize>, into: &mut [Option<usize>]) {
    // A flag per event, not a list searched for each point: points can be thousands.
    let mut is_target = vec![false; events.len()];
    into.iter().flatten().for_each(|&t| is_target[t] = true);
    for (p, point) in events.iter().enumerate() {
        if into[p].is_some() || !only_passing(point) || is_target[p] {
            continue;
        }
        let Some(owners) = point.members.iter().map(|m| told_by.get(m).copied()).collect::<Option<Vec<usize>>>() else { continue };
        let same_day = owners.iter().all(|&e| events[e].date == point.date);
        if named[p].is_none() || same_day {
            into[p] = owners.first().copied();
        }
    }
}

/// Which event tells each sentence of the points told only in passing as its own: only
/// theirs are looked up (a map of every sentence was the 12 MB corpus's peak memory).
fn told_by(events: &[Thread]) -> FxHashMap<(usize, usize), usize> {
    const UNTOLD: usize = usize::MAX;
    let mut told_by: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for point in events.iter().filter(|e| only_passing(e)) {
        told_by.extend(point.members.iter().map(|m| (*m, UNTOLD)));
    }
    for (e, event) in events.iter().enumerate().filter(|(_, e)| !e.background) {
        for m in event.members.iter().filter(|m| !event.passing.contains(m)) {
            if let Some(first @ &mut UNTOLD) = told_by.get_mut(m) {
                *first = e;
            }
        }
    }
    told_by.retain(|_, e| *e != UNTOLD);
    told_by
}

/// A point with no sentence of its own: every member tells it in passing.
/// A point told only in passing whose day comes after every report naming it: a plan
/// ("would resume deliveries as early as Thursday") that no report tells happened, so
/// no event. (Linking reads plans first: two reports of one plan tell one announcement.)
pub fn only_planned(event: &Thread, story_day: impl Fn(usize) -> Option<chrono::NaiveDate>) -> bool {
    let Some(day) = event.date.and_then(|d| d.first_day()) else { return false };
    // (Every telling looks ahead: a plan on a page whose day is not known too.)
    only_passing(event) && (event.planned || event.members.iter().all(|(a, _)| story_day(*a).is_some_and(|report| day > report)))
}

fn only_passing(point: &Thread) -> bool {
    point.background && point.members.iter().all(|m| point.passing.contains(m))
}

/// The one event that tells all of `point`'s sentences as its own, if there is one.
fn owner(point: &Thread, told_by: &FxHashMap<(usize, usize), usize>) -> Option<usize> {
    let mut owners = point.members.iter().map(|m| told_by.get(m).copied());
    let first = owners.next()??;
    owners.all(|o| o == Some(first)).then_some(first)
}

/// A sentence (article, sentence) and its content words.
type SentenceWords<'w> = ((usize, usize), Cow<'w, [u32]>);

/// The told (not passing) sentences of the events on the points' days, with their words.
struct TellingsOfDay<'w> {
    by_day: FxHashMap<PartialDate, Vec<usize>>,
    sentences: FxHashMap<usize, Vec<SentenceWords<'w>>>,
    /// All of an event's told words, sorted and distinct.
    all: FxHashMap<usize, Cow<'w, [u32]>>,
}

impl<'w> TellingsOfDay<'w> {
    fn new<'a>(
        events: &[Thread],
        days: &FxHashMap<PartialDate, Vec<usize>>,
        text: &impl Fn(usize, usize) -> &'a str,
        words: &impl Fn(usize, usize) -> Option<&'w [u32]>,
        vocabulary: &mut Vocabulary,
    ) -> Self {
        let mut told = TellingsOfDay { by_day: FxHashMap::default(), sentences: FxHashMap::default(), all: FxHashMap::default() };
        for (e, event) in events.iter().enumerate() {
            let Some(day) = event.date.filter(|d| !event.background && days.contains_key(d)) else { continue };
            let sentences: Vec<SentenceWords> = event
                .members
                .iter()
                .filter(|m| !event.passing.contains(m))
                .map(|&(a, s)| ((a, s), words(a, s).map_or_else(|| Cow::Owned(vocabulary.words(text(a, s))), Cow::Borrowed)))
                .collect();
            // One sentence's words are sorted and distinct already (borrowed: not copied).
            let all = match sentences.as_slice() {
                [(_, only)] => only.clone(),
                _ => {
                    // Held for every event of the days: made at its length (collected a
                    // sentence at a time, its capacity was up to twice its words).
                    let mut all = distinct(sentences.iter().flat_map(|(_, w)| w.iter().copied()));
                    all.shrink_to_fit();
                    Cow::Owned(all)
                }
            };
            told.all.insert(e, all);
            told.sentences.insert(e, sentences);
            told.by_day.entry(day).or_default().push(e);
        }
        told
    }

    fn on(&self, day: &PartialDate) -> &[usize] {
        self.by_day.get(day).map_or(&[], Vec::as_slice)
    }

    /// The words of event `e`'s told sentences other than `point`'s: an event that tells
    /// the point's sentence as its own may still be the act the point names (the sentence
    /// wrongly joined to it), and then its other sentences say so.
    fn words_besides(&self, e: usize, point: &Thread) -> Cow<'_, [u32]> {
        let sentences = &self.sentences[&e];
        if !sentences.iter().any(|(m, _)| point.members.contains(m)) {
            return Cow::Borrowed(&self.all[&e]);
        }
        Cow::Owned(distinct(sentences.iter().filter(|(m, _)| !point.members.contains(m)).flat_map(|(_, w)| w.iter().copied())))
    }
}

/// The words of several sentences, sorted and distinct.
fn distinct(words: impl Iterator<Item = u32>) -> Vec<u32> {
    crate::sorted_set::sorted_distinct(words)
}

/// The clause around a point's date in its first sentence that has one.
fn clause_of<'a>(point: &Thread, text: &impl Fn(usize, usize) -> &'a str) -> Option<String> {
    let anchor = point.anchor.as_deref()?;
    point.members.iter().find_map(|&(a, s)| around_anchor(text(a, s), anchor))
}

/// The happening a point's clause names by its noun ("the Russo-American agreement that
/// was put in place 10 days ago"; `data/acts.toml`), as a content word.
fn act_named(clause: &str, vocabulary: &mut Vocabulary) -> Option<u32> {
    let noun = clause.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).find(|w| crate::data::is_act_noun(w))?;
    vocabulary.words(&noun).first().copied()
}

/// The one event of the day that `tells` the act a point names by its noun, dated by its
/// own sentences: a point naming the day's only agreement is that agreement, whatever
/// else its clause says. Two such events (the strike, and a statement on it) leave the
/// point as it is.
fn only_teller(same_day: &[usize], tells: impl Fn(usize) -> bool) -> Option<usize> {
    let mut tellers = same_day.iter().copied().filter(|&e| tells(e));
    let first = tellers.next()?;
    tellers.next().is_none().then_some(first)
}

/// How many of `clause`'s words `words` holds, and what share of the clause that is
/// (both sorted and distinct).
fn share(clause: &[u32], words: &[u32]) -> (usize, f64) {
    let n = clause.iter().filter(|w| words.binary_search(w).is_ok()).count();
    (n, n as f64 / clause.len().max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::collections::BTreeSet;

    /// [`fold`] as the pipeline calls it (each sentence's words read beforehand, in the
    /// vocabulary it is given) and with every sentence's words read from its text: the same.
    fn folded<'a>(events: Vec<Thread>, text: impl Fn(usize, usize) -> &'a str + Copy) -> Vec<Thread> {
        let from_text = fold(events.clone(), text, |_, _| None, &mut Vocabulary::default());
        let mut vocabulary = Vocabulary::default();
        let sentences: BTreeSet<(usize, usize)> = events.iter().flat_map(|e| e.members.iter().copied()).collect();
        let words: FxHashMap<(usize, usize), Vec<u32>> = sentences.iter().map(|&(a, s)| ((a, s), vocabulary.words(text(a, s)))).collect();
        let given = fold(events, text, |a, s| words.get(&(a, s)).map(Vec::as_slice), &mut vocabulary);
        assert_eq!(format!("{given:?}"), format!("{from_text:?}"));
        given
    }

    fn thread(members: &[(usize, usize)], day: u32, background: bool, anchor: Option<&str>) -> Thread {
        Thread {
            date: Some(PartialDate::day(NaiveDate::from_ymd_opt(2016, 9, day).unwrap())),
            anchor: anchor.map(str::to_string),
            background,
            passing: if background { members.iter().copied().collect() } else { crate::sorted_set::SortedSet::new() },
            ..Thread::of(members)
        }
    }

    #[test]
    fn a_point_naming_the_days_only_agreement_is_that_agreement() {
        let texts: [&[&str]; 3] = [
            &["Kerry and Lavrov announced an agreement in Geneva on Friday."],
            &["The Pentagon welcomed the agreement."],
            &["The army said the truce expires today, per the Russo-American agreement that was put in place 10 days ago."],
        ];
        let text = |a: usize, s: usize| texts[a][s];
        let mut reaction = thread(&[(1, 0)], 9, false, None);
        reaction.inferred = true;
        let point = thread(&[(2, 0)], 9, true, Some("10 days ago"));
        let events = vec![thread(&[(0, 0)], 9, false, Some("on Friday")), reaction, point.clone(), thread(&[(2, 0)], 19, false, None)];
        let once = folded(events, text);
        let agreement = once.iter().find(|e| e.members.contains(&(0, 0))).unwrap();
        assert!(agreement.passing.contains(&(2, 0)), "its clause shares too few words, but names the day's one agreement: {once:?}");
        // Two events of the day, each dated by its own sentences, tell an agreement: the
        // point stays.
        let mut second = thread(&[(1, 0)], 9, false, Some("on Friday"));
        second.inferred = false;
        let twice = folded(vec![thread(&[(0, 0)], 9, false, Some("on Friday")), second, point, thread(&[(2, 0)], 19, false, None)], text);
        assert!(twice.iter().any(|e| e.background && e.members == [(2, 0)]));
    }

    #[test]
    fn a_plan_told_only_in_passing_is_no_event() {
        let report = |a: usize| NaiveDate::from_ymd_opt(2016, 9, [21, 22][a]);
        // Thursday the 22nd, named on Wednesday the 21st: a plan.
        assert!(only_planned(&thread(&[(0, 3)], 22, true, Some("Thursday")), report));
        // A report of the 22nd names the day: it may tell what happened.
        assert!(!only_planned(&thread(&[(0, 3), (1, 0)], 22, true, Some("Thursday")), report));
        // A day before the report is a past act told in passing.
        assert!(!only_planned(&thread(&[(0, 3)], 19, true, Some("Monday")), report));
        // An event told as its own is no plan, whatever its day.
        assert!(!only_planned(&thread(&[(0, 3)], 22, false, Some("Thursday")), report));
        // A point every telling of which looks ahead is a plan on a page of no known day too.
        let unknown = |_: usize| None;
        assert!(!only_planned(&thread(&[(0, 3)], 22, true, Some("on 22 September")), unknown));
        assert!(only_planned(&Thread { planned: true, ..thread(&[(0, 3)], 22, true, Some("on 22 September")) }, unknown));
    }

    #[test]
    fn a_point_joins_the_event_of_its_day_that_tells_what_it_names() {
        let texts: [&[&str]; 3] = [
            &["An air strike hit a 31-truck aid convoy near Aleppo on Monday.", "Twenty people were killed."],
            &[
                "The United Nations suspended all convoy movements after an air strike hit a 31-truck aid convoy late on Monday.",
                "Talks on the truce resumed in Geneva on Monday, the ministry said.",
            ],
            &["Talks on the truce opened in Geneva."],
        ];
        let text = |a: usize, s: usize| texts[a][s];
        let events = vec![
            thread(&[(0, 0), (0, 1)], 19, false, Some("on Monday")),
            // The suspension, the sentence's own act, of the day after.
            thread(&[(1, 0)], 20, false, None),
            thread(&[(1, 0)], 19, true, Some("late on Monday")),
            // Another point of that day, naming talks no event of the day tells.
            thread(&[(1, 1)], 19, true, Some("on Monday")),
            thread(&[(2, 0)], 21, false, None),
        ];
        let folded = folded(events, text);
        assert_eq!(folded.len(), 4, "the strike's point is folded, the other point stays");
        let strike = folded.iter().find(|e| e.members.contains(&(0, 0))).unwrap();
        assert!(strike.members.contains(&(1, 0)) && strike.passing.contains(&(1, 0)), "a passing mention of the strike");
        assert!(!strike.passing.contains(&(0, 0)), "the strike's own tellings stay told");
        assert_eq!(strike.date.unwrap().to_string(), "2016-09-19");
        let suspension = folded.iter().find(|e| !e.background && e.members == [(1, 0)]).unwrap();
        assert_eq!(suspension.date.unwrap().to_string(), "2016-09-20", "the sentence's own act is untouched");
        assert!(folded.iter().any(|e| e.background && e.members == [(1, 1)]), "talks of Monday: nothing of that day tells them");
    }

    #[test]
    fn a_point_of_an_act_its_own_event_tells_goes() {
        let texts: [&[&str]; 2] = [
            &["An air strike hit a 31-truck aid convoy near Aleppo on Monday."],
            &["The UN suspended convoys after an air strike hit a 31-truck aid convoy late on Monday.", "Kerry met Lavrov in Geneva on Monday."],
        ];
        let text = |a: usize, s: usize| texts[a][s];
        // The suspension's sentence was joined to the strike; the meeting is its own event.
        let events = vec![
            thread(&[(0, 0), (1, 0)], 19, false, Some("on Monday")),
            thread(&[(1, 0)], 19, true, Some("late on Monday")),
            // (The meeting's sentence joined to an event of the next day.)
            thread(&[(1, 1)], 20, false, None),
            thread(&[(1, 1)], 19, true, Some("on Monday")),
        ];
        let folded = folded(events, text);
        assert_eq!(folded.iter().filter(|e| e.background).count(), 1, "the strike's point goes, the meeting's stays");
        let strike = folded.iter().find(|e| e.members.contains(&(0, 0))).unwrap();
        assert_eq!(strike.members, [(0, 0), (1, 0)], "no sentence twice");
        assert!(strike.passing.is_empty());
    }

    #[test]
    fn a_point_that_only_repeats_what_its_sentence_tells_goes() {
        let texts: [&[&str]; 1] = [&[
            "The UN suspended convoys after an air strike hit a 31-truck aid convoy late on Monday.",
            "It quoted the general, commenting on the incident which occurred on Monday, as saying the rescuers were to blame.",
            "The Kremlin said it had started a pipeline in 2012 and would extend it soon.",
        ]];
        let text = |a: usize, s: usize| texts[a][s];
        let events = vec![
            // The first sentence tells Monday's strike as its own (it was joined to it).
            thread(&[(0, 0)], 19, false, Some("on Monday")),
            // The general's statement, of the next day, tells the second.
            thread(&[(0, 1)], 20, false, None),
            thread(&[(0, 2)], 20, false, None),
            thread(&[(0, 0)], 19, true, Some("late on Monday")),
            // "the incident" names too little to say what happened.
            thread(&[(0, 1)], 19, true, Some("on Monday")),
            // A past act of its own, of another day, named in full: it stays.
            thread(&[(0, 2)], 12, true, Some("in 2012")),
        ];
        let folded = folded(events, text);
        let points: Vec<&Thread> = folded.iter().filter(|e| e.background).collect();
        assert_eq!(points.len(), 1, "only the pipeline's start stays a point: {points:?}");
        assert_eq!(points[0].members, [(0, 2)]);
        assert_eq!(folded.len(), 4);
        assert!(folded.iter().filter(|e| !e.background).all(|e| e.members.len() == 1 && e.passing.is_empty()), "no sentence twice");
    }

    #[test]
    fn points_of_one_day_in_sentences_of_one_statement_become_one() {
        let texts: [&[&str]; 1] = [&[
            "Putin has ordered a 10-hour humanitarian pause in hostilities to be held on Friday, the general said.",
            "Russia will introduce the pause in the northern city of Aleppo on Friday, he added.",
        ]];
        let text = |a: usize, s: usize| texts[a][s];
        let events =
            vec![thread(&[(0, 0), (0, 1)], 2, false, None), thread(&[(0, 0)], 4, true, Some("on Friday")), thread(&[(0, 1)], 4, true, Some("on Friday"))];
        let folded = folded(events, text);
        let points: Vec<&Thread> = folded.iter().filter(|e| e.background).collect();
        assert_eq!(points.len(), 1, "one planned pause, not two: {points:?}");
        assert_eq!(points[0].members, [(0, 0), (0, 1)]);
    }

    #[test]
    fn points_naming_one_act_become_one() {
        let texts: [&[&str]; 2] = [
            &["Kerry will meet Lavrov in Lausanne on Saturday for talks on Syria, the ministry said."],
            &["The ministers agreed to meet in Lausanne on Saturday for talks on Syria, officials said."],
        ];
        let text = |a: usize, s: usize| texts[a][s];
        let events = vec![thread(&[(0, 0)], 14, false, None), thread(&[(1, 0)], 14, false, None)];
        let points = vec![thread(&[(0, 0)], 17, true, Some("on Saturday")), thread(&[(1, 0)], 17, true, Some("on Saturday"))];
        let folded = folded(events.into_iter().chain(points).collect(), text);
        let meetings: Vec<&Thread> = folded.iter().filter(|e| e.background).collect();
        assert_eq!(meetings.len(), 1, "one meeting, told in passing by two outlets");
        assert_eq!(meetings[0].members, [(0, 0), (1, 0)]);
    }
}
