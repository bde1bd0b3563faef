//! The writer of the packed corpus (see the format in `pack.rs`); runs in `build.rs`.

use super::{MAGIC, VERSION};
use crate::*;
use std::collections::HashMap;

/// The corpus in the packed format, to be read back by [`super::unpack`].
///
/// Panics if the corpus's text passes 4 GiB (spans are u32).
pub fn pack(corpus: &Corpus) -> Vec<u8> {
    let mut writer = Writer::default();
    // The articles' text goes into the table first, so that sentences and quotes can be
    // found in the text of their article (the fields marked `in` in `packed!`).
    for article in corpus.articles.iter() {
        let span = writer.span_of(&article.text);
        writer.article_texts.entry(&article.id).or_insert(span);
    }
    corpus.pack(&mut writer);
    let mut blob = Vec::with_capacity(MAGIC.len() + 6 + writer.table.len() + writer.tree.len());
    blob.extend_from_slice(&MAGIC);
    blob.push(VERSION);
    push_varint(&mut blob, u32_of(writer.table.len()));
    blob.extend_from_slice(writer.table.as_bytes());
    blob.extend_from_slice(&writer.tree);
    blob
}

/// A value that can be written in the packed format.
pub(super) trait Pack {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>);
}

/// A span of the text table: offset and length.
type Span = (u32, u32);

#[derive(Default)]
pub(super) struct Writer<'a> {
    /// The text table.
    table: String,
    /// Everything after the table.
    tree: Vec<u8>,
    /// Where each string written so far is in the table.
    spans: HashMap<&'a str, Span>,
    /// The span of each article's text, by article id.
    article_texts: HashMap<&'a str, Span>,
    /// Whether new strings are looked for in `article` (only for fields marked `in`).
    searching: bool,
    /// The article text searched last, and where its next search starts: sentences and
    /// quotes come in text order, so one article is searched about once in all.
    article: Span,
    cursor: usize,
}

/// How far before the cursor a search starts: an attribution may follow its quote.
const BACK: usize = 4096;

impl<'a> Writer<'a> {
    pub(super) fn byte(&mut self, byte: u8) {
        self.tree.push(byte);
    }

    pub(super) fn varint(&mut self, value: u32) {
        push_varint(&mut self.tree, value);
    }

    pub(super) fn text(&mut self, text: &'a str) {
        let (start, length) = self.span_of(text);
        self.varint(start);
        self.varint(length);
    }

    /// Packs a field; with `search_in`, its new strings are looked for in the text of the
    /// article with that id first.
    pub(super) fn field<T: Pack>(&mut self, value: &'a T, search_in: Option<&str>) {
        let Some(span) = search_in.and_then(|id| self.article_texts.get(id).copied()) else {
            value.pack(self);
            return;
        };
        if span != self.article {
            (self.article, self.cursor) = (span, 0);
        }
        let outer = std::mem::replace(&mut self.searching, true);
        value.pack(self);
        self.searching = outer;
    }

    /// Where `text` is in the table: where it already is, else where it occurs in the
    /// searched article text, else appended.
    fn span_of(&mut self, text: &'a str) -> Span {
        if let Some(&span) = self.spans.get(text) {
            return span;
        }
        let found = if self.searching { self.find_in_article(text) } else { None };
        let span = found.unwrap_or_else(|| {
            let start = u32_of(self.table.len());
            self.table.push_str(text);
            (start, u32_of(text.len()))
        });
        self.spans.insert(text, span);
        span
    }

    fn find_in_article(&mut self, text: &str) -> Option<Span> {
        if text.is_empty() {
            return Some((0, 0));
        }
        let (start, length) = (self.article.0 as usize, self.article.1 as usize);
        let article = &self.table[start..start + length];
        let mut from = self.cursor.saturating_sub(BACK);
        while !article.is_char_boundary(from) {
            from -= 1;
        }
        let near = article[from..].find(text).map(|at| from + at);
        let at = near.or_else(|| article[..from].find(text))?;
        self.cursor = at + text.len();
        Some((u32_of(start + at), u32_of(text.len())))
    }
}

fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn u32_of(size: usize) -> u32 {
    u32::try_from(size).expect("the packed corpus's text stays under 4 GiB")
}

impl Pack for Text {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        writer.text(self);
    }
}

/// Written as its text, found in the table like any text: the same bytes whatever holds it.
impl Pack for Passage {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        writer.text(self);
    }
}

impl<T: Pack + Clone> Pack for List<T> {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        writer.varint(u32_of(self.len()));
        for item in self.iter() {
            item.pack(writer);
        }
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        match self {
            Some(value) => {
                writer.byte(1);
                value.pack(writer);
            }
            None => writer.byte(0),
        }
    }
}

impl Pack for bool {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        writer.byte(u8::from(*self));
    }
}

impl Pack for u32 {
    fn pack<'a>(&'a self, writer: &mut Writer<'a>) {
        writer.varint(*self);
    }
}
