//! Scores an extracted corpus against readings by hand, one tally per measure of issue 10.

use crate::readings::ArticleReading;
use newsline_model::{Actor, Article, Corpus};
use std::collections::{BTreeMap, HashMap};

/// How many of the items a measure looks at came out right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        }
    }
}

/// The measures, with a line for each item that came out wrong.
#[derive(Debug, Default)]
pub struct Report {
    pub articles: usize,
    pub outlet: Tally,
    pub published: Tally,
    pub event_dates: Tally,
    /// Pairs of mentions of one happening in different articles that share an event.
    pub together_across: Tally,
    /// Pairs of mentions of one happening in one article that share an event.
    pub together_within: Tally,
    /// Pairs of mentions of different happenings that are in different events.
    pub apart: Tally,
    pub quotes: Tally,
    pub aliases: Tally,
    /// Extracted events, and how many hold mentions of more than one article.
    pub events: usize,
    pub events_across: usize,
    pub misses: Vec<String>,
    /// Event keys found in an article's title, not scored (a title is not a sentence).
    pub title_keys: usize,
    /// Keys of a reading that are not in the article's text at all: the reading is wrong.
    pub reading_errors: Vec<String>,
}

/// Text folded for comparison: quote marks, dashes and spaces unified, lower case.
pub fn norm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        let c = match c {
            '‘' | '’' | '`' | '´' | 'ʼ' => '\'',
            '“' | '”' | '«' | '»' | '„' => '"',
            '–' | '—' | '‑' | '−' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.extend(c.to_lowercase());
            space = false;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// A name without honorifics and a leading article, folded as the extraction folds
/// transliterations (Sergey = Sergei): the measure is resolution, not spelling.
fn name_key(name: &str) -> String {
    let folded = norm(name);
    let mut words: Vec<&str> = folded.split(' ').collect();
    while words.len() > 1 && matches!(words[0], "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr" | "dr." | "prof" | "prof." | "the") {
        words.remove(0);
    }
    words.iter().map(|w| newsline_extract::actors::fold(w)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn words(text: &str) -> Vec<String> {
    norm(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Where a reading's key was found.
#[derive(Debug, PartialEq)]
enum Place {
    Sentence(usize),
    /// In the raw text, but in no kept sentence: the extraction dropped it.
    Dropped,
    /// The article's title, which is not one of its sentences: events have sentences
    /// as mentions, so a title is not scored.
    Title,
    /// Not in the raw text: the reading is wrong.
    Nowhere,
}

fn locate(article: &Article, raw: &str, key: &str) -> Place {
    let key_norm = norm(key);
    if article.title.as_deref().is_some_and(|t| norm(t).contains(&key_norm)) {
        return Place::Title;
    }
    if let Some(i) = article.sentences.iter().position(|s| norm(&s.text).contains(&key_norm)) {
        return Place::Sentence(i);
    }
    // A key that straddles a sentence break: the sentence holding most of its words.
    let key_words = words(key);
    let best = article
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sentence_words = words(&s.text);
            (key_words.iter().filter(|w| sentence_words.contains(w)).count(), i)
        })
        .max();
    match best {
        Some((found, i)) if found * 10 >= key_words.len() * 8 && found > 0 => Place::Sentence(i),
        _ if norm(raw).contains(&key_norm) => Place::Dropped,
        _ => Place::Nowhere,
    }
}

fn outlet_key(name: &str) -> String {
    let folded = norm(name);
    let folded = folded.strip_prefix("the ").unwrap_or(&folded);
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// One sentence a reading says reports a happening.
struct Told<'a> {
    happening: &'a str,
    file: &'a str,
    sentence: Option<usize>,
    event: Option<usize>,
}

pub fn score(corpus: &Corpus, raw: &HashMap<String, String>, readings: &[ArticleReading]) -> Report {
    let mut report = Report { events: corpus.events.len(), ..Report::default() };
    report.events_across = corpus.events.iter().filter(|e| e.mentions.iter().any(|m| m.article != e.mentions[0].article)).count();
    let event_of: HashMap<(&str, u32), usize> = corpus
        .events
        .iter()
        .enumerate()
        // A sentence's event is the one it tells, not one it mentions in passing.
        .flat_map(|(i, e)| e.mentions.iter().filter(|m| !m.passing).map(move |m| ((&*m.article, m.sentence), i)))
        .collect();
    let mut mentions = Vec::new();
    for reading in readings {
        let Some(article) = corpus.articles.iter().find(|a| a.file == reading.file) else { continue };
        let text = raw.get(&reading.file).map(String::as_str).unwrap_or("");
        report.articles += 1;
        score_article_facts(&mut report, article, reading);
        for event in &reading.event {
            let place = locate(article, text, &event.key);
            let sentence = match place {
                Place::Sentence(i) => Some(i),
                Place::Dropped => None,
                Place::Title => {
                    report.title_keys += 1;
                    continue;
                }
                Place::Nowhere => {
                    report.reading_errors.push(format!("{}: event key not in the text: {:?}", reading.file, event.key));
                    continue;
                }
            };
            let found = sentence.and_then(|i| event_of.get(&(&*article.id, i as u32)).copied());
            let date = found.and_then(|i| corpus.events[i].date.as_deref());
            let right = date == Some(event.date.as_str());
            report.event_dates.add(right);
            if !right {
                report.misses.push(format!("date {}: {:?} is {:?}, read {}", reading.file, event.key, date, event.date));
            }
            let duplicate =
                mentions.iter().any(|m: &Told| m.file == reading.file && m.sentence.is_some() && m.sentence == sentence && m.happening == event.event);
            if !duplicate {
                mentions.push(Told { happening: &event.event, file: &reading.file, sentence, event: found });
            }
        }
        score_quotes(&mut report, corpus, article, text, reading);
    }
    score_pairs(&mut report, &mentions);
    score_aliases(&mut report, &corpus.actors, readings, corpus);
    report
}

fn score_article_facts(report: &mut Report, article: &Article, reading: &ArticleReading) {
    if let Some(outlet) = &reading.outlet {
        let found = article.outlet.as_deref().map(outlet_key);
        let right = std::iter::once(outlet).chain(&reading.outlet_also).any(|o| Some(outlet_key(o)) == found);
        report.outlet.add(right);
        if !right {
            report.misses.push(format!("outlet {}: {:?}, read {outlet:?}", reading.file, article.outlet));
        }
    }
    if let Some(published) = &reading.published {
        let right = article.published.date.as_deref() == Some(published.as_str());
        report.published.add(right);
        if !right {
            report.misses.push(format!("published {}: {:?}, read {published}", reading.file, article.published.date));
        }
    }
}

fn score_pairs(report: &mut Report, mentions: &[Told]) {
    for (i, a) in mentions.iter().enumerate() {
        for b in &mentions[i + 1..] {
            let same_event = a.event.is_some() && a.event == b.event;
            if a.happening == b.happening {
                if a.file == b.file {
                    if a.sentence != b.sentence || a.sentence.is_none() {
                        report.together_within.add(same_event);
                    }
                } else {
                    report.together_across.add(same_event);
                    if !same_event {
                        report.misses.push(format!("split {}: {} / {}", a.happening, a.file, b.file));
                    }
                }
            } else if !(a.file == b.file && a.sentence.is_some() && a.sentence == b.sentence) {
                report.apart.add(!same_event);
                if same_event {
                    report.misses.push(format!("merged {} ({}) with {} ({})", a.happening, a.file, b.happening, b.file));
                }
            }
        }
    }
}

fn actor_forms(actor: &Actor) -> impl Iterator<Item = String> + '_ {
    std::iter::once(name_key(&actor.name)).chain(actor.aliases.iter().map(|a| name_key(a)))
}

fn score_quotes(report: &mut Report, corpus: &Corpus, article: &Article, raw: &str, reading: &ArticleReading) {
    for quote in &reading.quote {
        let key = norm(&quote.key);
        let found = corpus.quotes.iter().find(|q| {
            q.article == article.id && {
                let text = norm(&q.text);
                text.contains(&key) || (key.contains(&text) && text.split(' ').count() >= 4)
            }
        });
        let Some(found) = found else {
            if norm(raw).contains(&key) {
                report.quotes.add(false);
                report.misses.push(format!("quote {}: not found: {:?}", reading.file, quote.key));
            } else {
                report.reading_errors.push(format!("{}: quote key not in the text: {:?}", reading.file, quote.key));
            }
            continue;
        };
        let speaker = found.speaker.as_deref().and_then(|id| corpus.actors.iter().find(|a| a.id == id));
        let right = match speaker {
            None => quote.speaker.is_empty(),
            Some(actor) => !quote.speaker.is_empty() && same_person(actor, &quote.speaker),
        };
        report.quotes.add(right);
        if !right {
            report.misses.push(format!("quote {}: {:?} given to {:?}, read {:?}", reading.file, quote.key, speaker.map(|a| &a.name), quote.speaker));
        }
    }
}

/// An actor is the named one when a form of it is the name, or (people) their surnames agree.
fn same_person(actor: &Actor, name: &str) -> bool {
    let key = name_key(name);
    if actor_forms(actor).any(|form| form == key) {
        return true;
    }
    let surname = |s: &str| s.rsplit(' ').next().map(str::to_string);
    matches!(actor.kind, newsline_model::ActorKind::Person) && key.contains(' ') && surname(&key) == surname(&name_key(&actor.name))
}

/// Every form a reading gives an actor must lead to the one extracted actor its full name is.
fn score_aliases(report: &mut Report, actors: &[Actor], readings: &[ArticleReading], corpus: &Corpus) {
    let present: Vec<&str> = corpus.articles.iter().map(|a| &*a.file).collect();
    let mut forms: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for reading in readings.iter().filter(|r| present.contains(&r.file.as_str())) {
        for actor in &reading.actor {
            let entry = forms.entry(name_key(&actor.name)).or_insert_with(|| (actor.name.clone(), Vec::new()));
            entry.1.extend(actor.aliases.iter().cloned());
        }
    }
    let claimed_by = |form: &str| -> Vec<usize> { actors.iter().enumerate().filter(|(_, a)| actor_forms(a).any(|f| f == form)).map(|(i, _)| i).collect() };
    for (key, (name, aliases)) in &forms {
        let targets = claimed_by(key);
        for alias in aliases {
            let alias_key = name_key(alias);
            if alias_key == *key {
                continue;
            }
            let claimants = claimed_by(&alias_key);
            let right = match targets.as_slice() {
                [target] => claimants == [*target] || (claimants.is_empty() && actor_forms(&actors[*target]).any(|f| contains_words(&alias_key, &f))),
                _ => false,
            };
            report.aliases.add(right);
            if !right {
                let names = |ids: &[usize]| ids.iter().map(|&i| actors[i].name.to_string()).collect::<Vec<_>>();
                report.misses.push(format!("alias {alias:?} of {name:?}: {:?}, name is {:?}", names(&claimants), names(&targets)));
            }
        }
    }
}

/// `outer` holds `inner` as whole words ("russian foreign minister sergei lavrov" ⊇ "sergei lavrov").
fn contains_words(outer: &str, inner: &str) -> bool {
    let outer = format!(" {outer} ");
    outer.contains(&format!(" {inner} "))
}

#[cfg(test)]
mod tests;
