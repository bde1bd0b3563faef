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
//! little more than the articles' text. Adding a field to a model type is one word in its
//! `packed!` list (the reader's struct literal fails to compile until it is listed); any other
//! change of layout bumps [`VERSION`]. [`unpack`] answers an [`UnpackError`] for a blob it
//! cannot read (another format, a truncated or corrupt blob) and never panics.

use crate::*;
use std::fmt;

#[cfg(any(test, feature = "pack"))]
mod write;
#[cfg(any(test, feature = "pack"))]
pub use write::pack;

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
    let mut reader = Reader { bytes, at: 0, table: "" };
    if reader.take(MAGIC.len())? != MAGIC {
        return Err(UnpackError { at: 0, problem: "not a packed corpus (wrong magic bytes)" });
    }
    if reader.byte()? != VERSION {
        return Err(UnpackError { at: MAGIC.len(), problem: "packed in another format version: rebuild" });
    }
    let length = reader.varint()? as usize;
    let table = reader.take(length)?;
    reader.table = core::str::from_utf8(table).map_err(|_| reader.error("the text table is not UTF-8"))?;
    let corpus = Corpus::unpack(&mut reader)?;
    if reader.at != bytes.len() {
        return Err(reader.error("bytes left over after the corpus"));
    }
    Ok(corpus)
}

/// A cursor over the blob; every read checks its bounds.
struct Reader {
    bytes: &'static [u8],
    at: usize,
    table: &'static str,
}

impl Reader {
    fn error(&self, problem: &'static str) -> UnpackError {
        UnpackError { at: self.at, problem }
    }

    fn take(&mut self, count: usize) -> Result<&'static [u8], UnpackError> {
        let bytes = self.at.checked_add(count).and_then(|end| self.bytes.get(self.at..end)).ok_or_else(|| self.error("truncated"))?;
        self.at += count;
        Ok(bytes)
    }

    fn byte(&mut self) -> Result<u8, UnpackError> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u32, UnpackError> {
        let mut value = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let byte = self.byte()?;
            // The fifth byte holds the top four bits only.
            if shift == 28 && byte > 0x0f {
                return Err(self.error("varint over 32 bits"));
            }
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
        }
        Ok(value)
    }

    /// A value that is 0 or 1.
    fn flag(&mut self) -> Result<bool, UnpackError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.error("a flag that is neither 0 nor 1")),
        }
    }

    fn text(&mut self) -> Result<&'static str, UnpackError> {
        let start = self.varint()? as usize;
        let length = self.varint()? as usize;
        // `str::get` is None out of bounds and off char boundaries.
        let table = self.table;
        start.checked_add(length).and_then(|end| table.get(start..end)).ok_or_else(|| self.error("a text span outside the table or inside a character"))
    }
}

/// A value read back from a [`Reader`].
trait Unpack: Sized {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError>;
}

impl Unpack for Text {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
        reader.text().map(Cow::Borrowed)
    }
}

impl<T: Unpack + Clone> Unpack for List<T> {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
        let count = reader.varint()? as usize;
        // Every value takes at least one byte: a corrupt count cannot reserve more than the blob.
        let mut items = Vec::with_capacity(count.min(reader.bytes.len() - reader.at));
        for _ in 0..count {
            items.push(T::unpack(reader)?);
        }
        Ok(Cow::Owned(items))
    }
}

impl<T: Unpack> Unpack for Option<T> {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
        Ok(if reader.flag()? { Some(T::unpack(reader)?) } else { None })
    }
}

impl Unpack for bool {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
        reader.flag()
    }
}

impl Unpack for u32 {
    fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
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
            fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
                let byte = reader.byte()?;
                $(if byte == $ty::$variant as u8 {
                    return Ok($ty::$variant);
                })*
                Err(reader.error(concat!("not a ", stringify!($ty))))
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
            fn unpack(reader: &mut Reader) -> Result<Self, UnpackError> {
                // Struct literal fields are evaluated in the order written.
                Ok($ty { $($field: Unpack::unpack(reader)?,)* })
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
