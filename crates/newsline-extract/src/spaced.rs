//! A sentence's words as `split_whitespace` gives them, each with its bare form (its
//! letters and digits, `trim_matches(|c: char| !c.is_alphanumeric())`), read once.
//!
//! The threading's rules ([`crate::events`]) each asked a sentence for its first words
//! again (whether it keeps doing something, what it is placed against, whether it opens
//! on a document or a page's note …), each splitting it and trimming the words anew,
//! decoding every character: ~1,000 instructions a rule and a sentence. Read once here,
//! with the ASCII bytes most text is made of decided by a table, each rule takes its
//! words from a list.

/// The whitespace-separated words of a text, and their bare forms: the first
/// [`HEAD_WORDS`] read into a list, the rest split from the text when asked (the rules
/// read a sentence's first words; a few read on, rarely).
pub(crate) struct Spaced<'a> {
    text: &'a str,
    /// The first words (in place: a sentence's list is made and dropped at once, and an
    /// allocation was a tenth of the reading).
    spans: [Span; HEAD_WORDS],
    len: usize,
    /// Where the words past the head start (at white space or the text's end).
    rest: usize,
}

/// How many words are read into the list: the rules read up to twelve ([`crate::events`]).
const HEAD_WORDS: usize = 12;

/// One word's bytes in the text, and its bare part's (empty, at the word's end, when it
/// has no letter or digit).
#[derive(Clone, Copy, Debug, Default)]
struct Span {
    start: u32,
    end: u32,
    bare_start: u32,
    bare_end: u32,
}

impl<'a> Spaced<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut spans = [Span::default(); HEAD_WORDS];
        let mut len = 0;
        let mut at = skip_space(text, 0);
        while len < HEAD_WORDS && at < bytes.len() {
            spans[len] = word_at(text, at);
            at = skip_space(text, spans[len].end as usize);
            len += 1;
        }
        let rest = if len == 0 { at } else { spans[len - 1].end as usize };
        Spaced { text, spans, len, rest }
    }

    /// The words read into the list.
    fn head(&self) -> &[Span] {
        &self.spans[..self.len]
    }

    /// The text the words are of.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The words past the head, as written.
    fn tail(&self) -> std::str::SplitWhitespace<'a> {
        self.text[self.rest..].split_whitespace()
    }

    /// Word `i` as written (`None` past the last).
    pub(crate) fn word(&self, i: usize) -> Option<&'a str> {
        match self.head().get(i) {
            Some(w) => Some(&self.text[w.start as usize..w.end as usize]),
            None => self.tail().nth(i - self.len),
        }
    }

    /// Word `i`'s bare form (`None` past the last).
    pub(crate) fn bare(&self, i: usize) -> Option<&'a str> {
        match self.head().get(i) {
            Some(w) => Some(&self.text[w.bare_start as usize..w.bare_end as usize]),
            None => self.tail().nth(i - self.len).map(bare),
        }
    }

    /// Where word `i` ends in the text (`None` past the last).
    pub(crate) fn end(&self, i: usize) -> Option<usize> {
        match self.head().get(i) {
            Some(w) => Some(w.end as usize),
            None => self.word(i).map(|w| w.as_ptr() as usize - self.text.as_ptr() as usize + w.len()),
        }
    }

    /// The words as written, from word `from` on.
    pub(crate) fn words_from(&self, from: usize) -> impl Iterator<Item = &'a str> + '_ {
        let head = self.head().get(from..).unwrap_or_default().iter().map(|w| &self.text[w.start as usize..w.end as usize]);
        head.chain(self.tail().skip(from.saturating_sub(self.len)))
    }

    /// The bare forms, from word `from` on.
    pub(crate) fn bares_from(&self, from: usize) -> impl Iterator<Item = &'a str> + '_ {
        let head = self.head().get(from..).unwrap_or_default().iter().map(|w| &self.text[w.bare_start as usize..w.bare_end as usize]);
        head.chain(self.tail().skip(from.saturating_sub(self.len)).map(bare))
    }
}

/// A word's bare form: `trim_matches(|c: char| !c.is_alphanumeric())`.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Where the white space from byte `at` (a char boundary) ends.
fn skip_space(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        let (space, width) = if b < 0x80 { (ascii_space(b), 1) } else { decoded_space(text, at) };
        if !space {
            break;
        }
        at += width;
    }
    at
}

/// The word starting at byte `at` (no white space): runs of ASCII letters and digits are
/// passed eight bytes at a time; only the other characters past ASCII are decoded.
fn word_at(text: &str, start: usize) -> Span {
    let bytes = text.as_bytes();
    let (mut at, mut bare_start, mut bare_end) = (start, None, start);
    loop {
        let run_end = crate::sentences::ascii_alphanumeric_end(bytes, at);
        if run_end > at {
            bare_start.get_or_insert(at);
            bare_end = run_end;
            at = run_end;
        }
        let Some(&b) = bytes.get(at) else { break };
        if b < 0x80 {
            // Not a letter or digit (the run above took those): white space ends the word.
            if ascii_space(b) {
                break;
            }
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().expect("at a char boundary");
        if c.is_whitespace() {
            break;
        }
        if crate::sentences::is_alphanumeric(c) {
            bare_start.get_or_insert(at);
            bare_end = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    let bare_start = bare_start.unwrap_or(at);
    Span { start: start as u32, end: at as u32, bare_start: bare_start as u32, bare_end: bare_end.max(bare_start) as u32 }
}

/// `char::is_whitespace` of an ASCII byte (the vertical tab is white space, as `split_whitespace` has it).
#[inline(always)]
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether the character past ASCII at byte `at` is white space, and its width.
fn decoded_space(text: &str, at: usize) -> (bool, usize) {
    let c = text[at..].chars().next().expect("at a char boundary");
    (c.is_whitespace(), c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_and_bare_forms_are_split_whitespaces_and_trim_matches() {
        let every_ascii: String = (0..128u8).map(char::from).collect::<String>().repeat(2);
        let texts = [
            "",
            "   ",
            "one",
            " two  words, here ",
            "“He said,” (U.N.) -- al-Nusra’s fighters…",
            "Ünïcödé naïve\u{a0}café 2016\u{2009}x\u{3000}y\u{85}z\u{2028}w",
            "\u{b}\u{c}\t\r\nvertical tab",
            "... — ,, 東京 x",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen (seventeen) eighteen,  nineteen",
            "a b c d e f g h i j k l m n o p",
            "a b c d e f g h i j k l m n o p  ",
            "(Reuters) — “We said,” al-Assad’s aide added; ...x... 12,000km. naïve-é. ’’ AB-CD,EF",
            "longwordlongwordlongword, another\u{a0}one\u{2003}two…three «four» end.",
            &every_ascii,
        ];
        for text in texts {
            let spaced = Spaced::new(text);
            let words: Vec<&str> = text.split_whitespace().collect();
            let bares: Vec<&str> = words.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
            assert_eq!(spaced.words_from(0).collect::<Vec<_>>(), words, "{text:?}");
            assert_eq!(spaced.bares_from(0).collect::<Vec<_>>(), bares, "{text:?}");
            for (i, w) in words.iter().enumerate() {
                assert_eq!(spaced.word(i), Some(*w));
                assert_eq!(spaced.bare(i), Some(bares[i]));
                assert_eq!(spaced.end(i), Some(w.as_ptr() as usize - text.as_ptr() as usize + w.len()));
                assert_eq!(spaced.bares_from(i).collect::<Vec<_>>(), bares[i..]);
                assert_eq!(spaced.words_from(i).collect::<Vec<_>>(), words[i..]);
            }
            assert_eq!(spaced.word(words.len()), None);
            assert_eq!(spaced.words_from(words.len() + 3).count(), 0);
        }
        // Every start and end, so that words and spaces fall at every place of an eight-byte read.
        let mixed = "a bc, (def)  ghij\tklmno.\u{e9}pq “rs” \u{a0}t-u ,, v\u{b}w’s 12 ".repeat(2);
        for from in (0..mixed.len()).filter(|at| mixed.is_char_boundary(*at)) {
            for to in (from..=mixed.len()).filter(|at| mixed.is_char_boundary(*at)) {
                let text = &mixed[from..to];
                let words: Vec<&str> = text.split_whitespace().collect();
                let bares: Vec<&str> = words.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
                let spaced = Spaced::new(text);
                assert_eq!(spaced.words_from(0).collect::<Vec<_>>(), words, "{text:?}");
                assert_eq!(spaced.bares_from(0).collect::<Vec<_>>(), bares, "{text:?}");
            }
        }
    }
}
