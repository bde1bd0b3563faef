//! [`Passage`]: the text of an article and of its sentences, mentions and quotes, held once.
//!
//! The extractor's corpus used to hold each sentence again in each mention, summary and
//! quote (the output corpus alone was 4.7× its input, issue 11). A passage built natively is
//! a byte span of its article's text, shared by reference count: cloning one copies no text.
//! It reads as a `&str` on its own (no article to pass in), so the JSON export, which writes
//! the text, keeps its shape with a derived `Serialize`, and code that read the old `Text`
//! fields reads these unchanged. In the app a passage borrows the embedded corpus instead.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

/// Text that is a span of a shared text (the extractor), or `'static` (embedded in the app).
/// Equal, ordered and hashed as its text, whatever holds it.
#[derive(Clone)]
pub struct Passage(Held);

#[derive(Clone)]
enum Held {
    Static(&'static str),
    // Spans are u32, as in the packed corpus: an article's text stays under 4 GiB.
    Span { of: Arc<str>, start: u32, end: u32 },
}

impl Passage {
    /// A whole text, moved once into shared memory; spans of it are made with [`Passage::span`].
    pub fn whole(text: String) -> Passage {
        let end = u32_of(text.len());
        Passage(Held::Span { of: Arc::from(text), start: 0, end })
    }

    /// The span `range` of this passage's text, sharing it. Panics when `range` is outside
    /// it or not on char boundaries, like slicing a `str`.
    pub fn span(&self, range: Range<usize>) -> Passage {
        let text = self.as_str();
        let _ = &text[range.clone()]; // the bounds and boundary checks of `str` slicing
        match &self.0 {
            Held::Static(text) => Passage(Held::Static(&text[range])),
            Held::Span { of, start, .. } => {
                let (from, to) = (*start as usize + range.start, *start as usize + range.end);
                Passage(Held::Span { of: Arc::clone(of), start: u32_of(from), end: u32_of(to) })
            }
        }
    }

    /// Where `inner` (a `&str` taken from this passage) starts in it, when it is one of its
    /// slices; a way back from text read out of the passage to a span of it.
    pub fn offset_of(&self, inner: &str) -> Option<usize> {
        let outer = self.as_str();
        let at = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
        (at + inner.len() <= outer.len()).then_some(at)
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Held::Static(text) => text,
            Held::Span { of, start, end } => &of[*start as usize..*end as usize],
        }
    }
}

fn u32_of(size: usize) -> u32 {
    u32::try_from(size).expect("an article's text stays under 4 GiB")
}

impl Default for Passage {
    fn default() -> Self {
        Passage(Held::Static(""))
    }
}

impl Deref for Passage {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Passage {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&'static str> for Passage {
    fn from(text: &'static str) -> Self {
        Passage(Held::Static(text))
    }
}

impl From<String> for Passage {
    fn from(text: String) -> Self {
        Passage::whole(text)
    }
}

impl PartialEq for Passage {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Passage {}

impl PartialEq<str> for Passage {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Passage {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Hash for Passage {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Passage {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Passage {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Debug for Passage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Passage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Written as its text: the export contract's strings, whatever holds them.
impl Serialize for Passage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Read back as a text of its own (a JSON export keeps no spans).
impl<'de> Deserialize<'de> for Passage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Passage::whole)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_reads_its_part_of_the_shared_text_without_copying_it() {
        let article = Passage::whole("Lavrov spoke. «Aleppo» — the talks ended.".to_string());
        let second = article.span(14..article.len());
        let word = second.span(2..8);
        assert_eq!(&*second, "«Aleppo» — the talks ended.");
        assert_eq!(word, *"Aleppo");
        assert_eq!(article.offset_of(&word), Some(16));
        assert_eq!(word.as_ptr(), article[16..].as_ptr(), "the same bytes, not a copy");
        assert_eq!(article.offset_of("Aleppo"), None, "a string of its own is no slice of the article");
    }

    #[test]
    fn passages_compare_hash_and_serialise_as_their_text() {
        let shared = Passage::whole("xx said".to_string()).span(3..7);
        let fixed = Passage::from("said");
        assert_eq!(shared, fixed);
        let hash = |p: &Passage| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            p.hash(&mut h);
            h.finish()
        };
        assert_eq!(hash(&shared), hash(&fixed));
        assert_eq!(serde_json::to_string(&shared).unwrap(), "\"said\"");
        assert_eq!(serde_json::from_str::<Passage>("\"said\"").unwrap(), fixed);
        assert_eq!(Passage::default(), Passage::from(""));
    }

    #[test]
    #[should_panic]
    fn a_span_inside_a_character_panics_like_str_slicing() {
        let _ = Passage::whole("«a»".to_string()).span(1..3);
    }
}
