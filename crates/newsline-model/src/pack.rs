//! The corpus as compact bytes. The app's `build.rs` packs the extracted [`Corpus`] into
//! `$OUT_DIR/corpus.bin`; the app embeds that with `include_bytes!` and unpacks it once at
//! start-up without copying text: every [`Text`] borrows from the embedded bytes, only the
//! lists are allocated. (Compiling the corpus as Rust statics, as before, made the compiler's
//! memory grow faster than the corpus: 12.6 GB for 10 MB of articles.)
//!
//! # Format, version 1
//!
//! ```text
//! blob    = "NWSL" · version byte · table · Corpus          (nothing may follow)
//! table   = varint length · that many bytes of UTF-8: all the text of the corpus
//! struct  = its fields in the order of its `packed!` list below
//! Text    = varint offset · varint length: a span of the table, on char boundaries
//! List<T> = varint count · count values
//! Option  = 0 (None) | 1 · value
//! bool    = 0 | 1        u32 = varint        enum = one byte, the variant's discriminant
//! varint  = unsigned LEB128 of a u32: 7 bits a byte, low bits first, high bit = more follows
//! ```
//!
//! The writer ([`pack`], feature `pack`) stores each distinct string once, and a string found in
//! its article's text (a sentence, a mention, a quote) as a span of that text, so the table is
//! little more than the articles' text. Fields carry no names or tags: a blob is only read by
//! the build that wrote it, so there is nothing to stay compatible with but the version byte,
//! which turns a stale blob into an error. Adding a field to a model type is one word in its
//! `packed!` list (the reader's struct literal fails to compile until it is listed); any other
//! change of layout bumps [`VERSION`]. [`unpack`] answers an [`UnpackError`] for a blob it
//! cannot read (another format, a truncated or corrupt blob) and never panics.

use crate::*;
use std::fmt;

#[cfg(any(test, feature = "pack"))]
mod write;
#[cfg(any(test, feature = "pack"))]
pub use write::pack;
pub mod shards;

/// The first bytes of a packed corpus.
pub const MAGIC: [u8; 4] = *b"NWSL";
/// The layout version, the byte after [`MAGIC`].
pub const VERSION: u8 = 1;

/// Why a blob could not be read, and at which byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnpackError {
    pub at: usize,
    pub problem: &'static str,
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "packed corpus, byte {}: {}", self.at, self.problem)
    }
}

impl std::error::Error for UnpackError {}

/// Reads a corpus written by [`pack`], borrowing all its text from `bytes`.
pub fn unpack(bytes: &'static [u8]) -> Result<Corpus, UnpackError> {
    let mut reader = Reader { bytes, at: 0, table: "", error: None };
    if reader.take(MAGIC.len()) != MAGIC {
        return Err(UnpackError { at: 0, problem: "not a packed corpus (wrong magic bytes)" });
    }
    if reader.byte() != VERSION {
        return Err(UnpackError { at: MAGIC.len(), problem: "packed in another format version: rebuild" });
    }
    let length = reader.varint() as usize;
    let table = reader.take(length);
    match core::str::from_utf8(table) {
        Ok(table) => reader.table = table,
        Err(_) => reader.fail("the text table is not UTF-8"),
    }
    let corpus = Corpus::unpack(&mut reader);
    if reader.at != bytes.len() {
        reader.fail("bytes left over after the corpus");
    }
    match reader.error {
        None => Ok(corpus),
        Some(error) => Err(error),
    }
}

/// A cursor over the blob. Every read checks its bounds; the first problem is kept and ends
/// the reading (later reads give zeros and empty text), so values are built without early
/// returns: less code in the wasm than a `Result` per field.
struct Reader {
    bytes: &'static [u8],
    at: usize,
    table: &'static str,
    error: Option<UnpackError>,
}

impl Reader {
    fn fail(&mut self, problem: &'static str) {
        self.error.get_or_insert(UnpackError { at: self.at, problem });
        self.at = self.bytes.len();
    }

    fn take(&mut self, count: usize) -> &'static [u8] {
        match self.at.checked_add(count).and_then(|end| self.bytes.get(self.at..end)) {
            Some(bytes) => {
                self.at += count;
                bytes
            }
            None => {
                self.fail("truncated");
                &[]
            }
        }
    }

    fn byte(&mut self) -> u8 {
        self.take(1).first().copied().unwrap_or(0)
    }

    fn varint(&mut self) -> u32 {
        let mut value = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let byte = self.byte();
            // The fifth byte holds the top four bits only.
            if shift == 28 && byte > 0x0f {
                self.fail("varint over 32 bits");
                return 0;
            }
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
        }
        value
    }

    /// A value that is 0 or 1.
    fn flag(&mut self) -> bool {
        let byte = self.byte();
        if byte > 1 {
            self.fail("a flag that is neither 0 nor 1");
        }
        byte == 1
    }

    fn text(&mut self) -> &'static str {
        let start = self.varint() as usize;
        let length = self.varint() as usize;
        // `str::get` is None out of bounds and off char boundaries.
        let table = self.table;
        start.checked_add(length).and_then(|end| table.get(start..end)).unwrap_or_else(|| {
            self.fail("a text span outside the table or inside a character");
            ""
        })
    }
}

/// A value read back from a [`Reader`] (a placeholder once the reader has failed).
trait Unpack {
    fn unpack(reader: &mut Reader) -> Self;
}

impl Unpack for Text {
    fn unpack(reader: &mut Reader) -> Self {
        Cow::Borrowed(reader.text())
    }
}

/// A passage borrows the blob's table like any text (the app keeps no spans of its own).
impl Unpack for Passage {
    fn unpack(reader: &mut Reader) -> Self {
        Passage::from(reader.text())
    }
}

impl<T: Unpack + Clone> Unpack for List<T> {
    fn unpack(reader: &mut Reader) -> Self {
        let count = reader.varint() as usize;
        // Every value takes at least one byte: a corrupt count cannot reserve more than the blob.
        let mut items = Vec::with_capacity(count.min(reader.bytes.len() - reader.at));
        while items.len() < count && reader.error.is_none() {
            items.push(T::unpack(reader));
        }
        Cow::Owned(items)
    }
}

impl<T: Unpack> Unpack for Option<T> {
    fn unpack(reader: &mut Reader) -> Self {
        reader.flag().then(|| T::unpack(reader))
    }
}

impl Unpack for bool {
    fn unpack(reader: &mut Reader) -> Self {
        reader.flag()
    }
}

impl Unpack for u32 {
    fn unpack(reader: &mut Reader) -> Self {
        reader.varint()
    }
}

/// Packs and unpacks a fieldless enum as its discriminant; the writer's match makes
/// the list exhaustive.
macro_rules! packed_enum {
    ($ty:ident [$($variant:ident),* $(,)?]) => {
        #[cfg(any(test, feature = "pack"))]
        impl write::Pack for $ty {
            fn pack<'a>(&'a self, writer: &mut write::Writer<'a>) {
                writer.byte(match self { $($ty::$variant => $ty::$variant as u8,)* });
            }
        }
        impl Unpack for $ty {
            fn unpack(reader: &mut Reader) -> Self {
                let byte = reader.byte();
                $(if byte == $ty::$variant as u8 {
                    return $ty::$variant;
                })*
                reader.fail(concat!("not a ", stringify!($ty)));
                [$($ty::$variant),*][0]
            }
        }
    };
}
packed_enum!(ActorKind [Person, Organization, Country, Other]);
packed_enum!(Precision [Day, Month, Year, Unknown]);

/// Packs and unpacks a struct as its fields in the order listed. `field in article` makes the
/// writer look for the field's strings in the text of the article whose id is in `article`.
macro_rules! packed {
    ($ty:ident { $($field:ident $(in $article:ident)?),* $(,)? }) => {
        #[cfg(any(test, feature = "pack"))]
        impl write::Pack for $ty {
            fn pack<'a>(&'a self, writer: &mut write::Writer<'a>) {
                $(writer.field(&self.$field, article_id!(self $($article)?));)*
            }
        }
        impl Unpack for $ty {
            fn unpack(reader: &mut Reader) -> Self {
                // Struct literal fields are evaluated in the order written.
                $ty { $($field: Unpack::unpack(reader),)* }
            }
        }
    };
}
#[cfg(any(test, feature = "pack"))]
macro_rules! article_id {
    ($self:ident) => {
        None
    };
    ($self:ident $article:ident) => {
        Some(&*$self.$article)
    };
}
packed!(Corpus { articles, actors, events, quotes });
packed!(Article { id, file, outlet, outlet_source, agency, url, title, published, text, sentences in id, copy_of });
packed!(Published { date, time, inferred, evidence });
packed!(Sentence { text, start, end, paragraph, heading });
packed!(Actor { id, name, kind, aliases, roles });
packed!(Event { id, date, time, precision, date_inferred, anchor, summary, headline, actors, mentions });
packed!(Mention { article, text in article, sentence, passing });
packed!(Quote { id, article, speaker, attribution in article, speaker_inferred, text in article, event, sentence });

#[cfg(test)]
mod tests;
