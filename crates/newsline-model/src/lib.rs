//! The Newsline corpus: what the extractor produces and the viewer shows.
//!
//! The JSON shape of these types is the *export contract* (see ARCHITECTURE.md):
//! field names and meanings only ever grow. Strings and lists are `Cow<'static, _>`
//! so that the same types can be
//! * built and serialised natively by the extractor (owned values), and
//! * packed into the wasm binary by the app's `build.rs` and read back once at start-up,
//!   every string borrowed from the embedded bytes (see [`pack`]).
//!
//! An article's text and the texts taken from it (sentences, mentions, summaries, quotes) are
//! [`Passage`]s: in the extractor, spans of the one article text they share, so the corpus
//! holds each article's words once; written and compared as their text all the same.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub mod formats;
pub mod pack;
mod passage;

pub use passage::Passage;

/// Text that is either owned (extractor) or `'static` (embedded in the app).
pub type Text = Cow<'static, str>;
/// A list that is either owned (extractor) or `'static` (embedded in the app).
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: List<Article>,
    pub actors: List<Actor>,
    pub events: List<Event>,
    pub quotes: List<Quote>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id, derived from the file name.
    pub id: Text,
    /// The seed file name.
    pub file: Text,
    pub outlet: Option<Text>,
    /// Where the outlet name came from: "sources.toml", "address" (the publisher of the
    /// page's host, `data/publishers.toml`), "host name", or the words of the page that
    /// named it (a dateline, a credit line).
    pub outlet_source: Option<Text>,
    /// The wire agency credited when the page is an agency copy ("Reuters" on a Yahoo
    /// page); null when the outlet wrote it or no agency is named. Added later: absent
    /// in older exports.
    #[serde(default)]
    pub agency: Option<Text>,
    pub url: Option<Text>,
    pub title: Option<Text>,
    pub published: Published,
    /// The cleaned article text: its kept sentences, paragraphs separated by a blank line.
    /// Its sentences, mentions and quotes are spans of it, where they stand in it.
    pub text: Passage,
    /// The kept sentences with their place in the seed file.
    pub sentences: List<Sentence>,
    /// When this article copies another one: that article's id.
    pub copy_of: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// `YYYY-MM-DD`, or null when neither stated nor inferable.
    pub date: Option<Text>,
    /// `HH:MM` (24 h) when the page states a time of day.
    pub time: Option<Text>,
    /// True when the date was not stated in the article but inferred.
    pub inferred: bool,
    /// The words of the seed the date was read from (a date line, a dateline),
    /// or how it was inferred.
    pub evidence: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence exactly as in the seed file (white space aside).
    pub text: Passage,
    /// Byte offset of the sentence in the seed file.
    pub start: u32,
    /// Byte offset one past the sentence's end in the seed file.
    pub end: u32,
    /// Paragraph number within the cleaned article (0-based).
    pub paragraph: u32,
    /// True for a headline, dek or sub-heading rather than a sentence of the story.
    #[serde(default)]
    pub heading: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Other,
}

impl ActorKind {
    pub const ALL: [ActorKind; 4] = [ActorKind::Person, ActorKind::Organization, ActorKind::Country, ActorKind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: Text,
    pub name: Text,
    pub kind: ActorKind,
    /// Other names the actor goes by in the corpus (spellings, short forms, renamings).
    pub aliases: List<Text>,
    /// Roles the texts give the actor ("Russian Foreign Minister").
    pub roles: List<Text>,
}

/// How precisely an event's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: Text,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null.
    pub date: Option<Text>,
    /// `HH:MM` when a source gives the time of day.
    pub time: Option<Text>,
    pub precision: Precision,
    /// True when the date was not stated by the sentence itself
    /// (taken from the article's date or the event the sentence continues).
    pub date_inferred: bool,
    /// The time expression that dates the event, verbatim ("on Thursday",
    /// "back in February"); null when the date was inferred.
    pub anchor: Option<Text>,
    /// The clearest reporting sentence, verbatim.
    pub summary: Passage,
    /// A short title built from what was extracted, not a sentence of any source: for an
    /// event told in passing, the words around the date that name it ("the September 19
    /// attack on an aid convoy"). Null when no such title could be built; then the summary
    /// is the title. Added later: absent in older exports.
    #[serde(default)]
    pub headline: Option<Text>,
    pub actors: List<Text>,
    pub mentions: List<Mention>,
}

impl Event {
    /// What names the event in a line (a list item, a calendar entry, a slide): its
    /// headline when the extraction made one, else its summary sentence.
    pub fn title(&self) -> &str {
        self.headline.as_deref().unwrap_or(&self.summary).trim()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub article: Text,
    /// A sentence of the article exactly as it stands in the seed file (white space aside).
    pub text: Passage,
    /// Index into the article's `sentences`.
    pub sentence: u32,
    /// True when the sentence tells this event only in passing, by a date it mentions
    /// ("after the September 19 attack"): its own event is another one.
    #[serde(default)]
    pub passing: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: Text,
    pub article: Text,
    pub speaker: Option<Text>,
    /// The words that name the speaker, verbatim ("Lavrov said", "he continued").
    pub attribution: Option<Passage>,
    /// True when the speaker was resolved from a pronoun or role ("he", "the minister").
    pub speaker_inferred: bool,
    /// The quoted words, verbatim, without the quotation marks.
    pub text: Passage,
    pub event: Option<Text>,
    /// Index into the article's `sentences` of the sentence the quote starts in.
    pub sentence: u32,
}
