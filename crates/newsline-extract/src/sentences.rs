//! Stage 2, sentences: a story line is split into sentences, each a byte range
//! of the seed file, so a sentence is always verbatim source text.

use std::ops::Range;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Gov", "Sen", "Rep", "Rev", "Jr", "Sr", "No", "Nos", "vs", "etc",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Inc", "Ltd", "Co", "Corp", "U.S", "U.N", "U.K", "E.U",
    "a.m", "p.m", "A.M", "P.M", "i.e", "e.g",
];

/// The longest of [`ABBREVIATIONS`], in bytes: longer words are no abbreviation.
const LONGEST_ABBREVIATION: usize = 6;

/// Closing quotes and brackets ("\"'”’»)]"), tested without a string search per character.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// Opening quotes and brackets ("\"'“‘«(["), likewise.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[')
}

/// Splits `range` of `text` into sentence ranges (trimmed, never empty).
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = range.start;
    for end in stamp_ends(&text[range.clone()]) {
        out.extend(split_at_stops(text, from..range.start + end));
        from = range.start + end;
    }
    out.extend(split_at_stops(text, from..range.end));
    out
}

/// A page's date-and-time stamp, which no sentence of prose holds: "Oct 28, 2016 5:05
/// PM EDT", "28 October 2016 17:05 GMT".
fn stamp() -> &'static regex::Regex {
    static CELL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?";
        let clock = r"(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?";
        regex::Regex::new(&format!(r"\b(?:{month}\s+\d{{1,2}},?|\d{{1,2}}\s+{month})\s+\d{{4}},?\s+{clock}\b\)?\s+\p{{Lu}}"))
            .expect("the stamp pattern compiles")
    })
}

/// Where the page's stamps glued into a line end (the page's header above the story,
/// "… Share on Twitter Russia narrowly loses … World Oct 28, 2016 5:05 PM EDT Russia
/// failed to win …"): the story starts there, whatever came before it.
fn stamp_ends(line: &str) -> Vec<usize> {
    if memchr::memchr(b':', line.as_bytes()).is_none() {
        return Vec::new();
    }
    // The match takes the capital after it: the boundary is the white space before.
    stamp().find_iter(line).map(|m| line[..m.end()].trim_end_matches(|c: char| !c.is_whitespace()).trim_end().len()).collect()
}

/// Splits `range` of `text` at sentence stops.
fn split_at_stops(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut straight_quotes = StraightQuotes::default();
    // Byte offsets throughout.
    let mut i = 0;
    let mut stops = Stops::new(line);
    while let Some(at) = stops.next_from(i) {
        let c = line[at..].chars().next().expect("a char starts at a found stop");
        // Take the closing quotes and brackets with the sentence.
        let rest = &line[at + c.len_utf8()..];
        let mut end = line.len() - rest.trim_start_matches(|n: char| is_closer(n) || matches!(n, '.' | '!' | '?')).len();
        // A closing mark set off by a space ("We agree. ” Then", or a straight one that
        // closes an open quote) still belongs to this sentence, never to the next.
        if let Some(len) = spaced_closer(line, end, &mut straight_quotes) {
            end = len;
        }
        // A boundary needs white space, then a capital, a digit or an opening mark. Markup
        // a scrape kept ("Damascus.<br />'' Germany …") parts sentences as white space does,
        // and belongs to neither.
        let after = line[end..].trim_start_matches(char::is_whitespace);
        let after = &after[markup_len(after)..];
        let k = line.len() - after.len();
        let spaced = k > end;
        let next = after.chars().next();
        // "… responsibility for... (this) crime.": after an ellipsis, a bracket opening on a
        // lower-case word is the editor's insertion into a cut quote, no new sentence ("….
        // (read more)" after a full stop is a link).
        let ellipsis = c == '…' || line[at..end].starts_with("..") || line[..at].ends_with("..");
        let bracketed_lower = || ellipsis && matches!(next, Some('(' | '[')) && after[1..].starts_with(|c: char| c.is_lowercase());
        let starts_new = next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || is_opener(n) && !bracketed_lower());
        let word_before = line[start..at].rsplit(|c: char| c.is_whitespace() || is_opener(c)).next().unwrap_or("");
        let abbreviation = c == '.' && abbreviation_stop(word_before);
        if (spaced || next.is_none() || c == '.' && glued(word_before, after)) && starts_new && !abbreviation {
            push(&mut out, line, range.start, start..end);
            start = k;
            i = k;
        } else {
            i = end;
        }
    }
    push(&mut out, line, range.start, start..line.len());
    out
}

/// Whether a full stop right after `word` is an abbreviation's or an initial's ("Gen.",
/// "U.S.", "J."), which ends no sentence.
pub(crate) fn abbreviation_stop(word: &str) -> bool {
    (word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&word))
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || joined_abbreviations(word)
}

/// Abbreviations run together ("Lt.-Gen", "Lt.Gen" before the last stop): a rank, no end.
fn joined_abbreviations(word: &str) -> bool {
    word.len() <= 2 * LONGEST_ABBREVIATION + 2
        && word.contains(['.', '-'])
        && word.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| ABBREVIATIONS.contains(&p))
}

/// A scrape that dropped the space after a full stop ("… remain trapped.The bombings
/// prompted …"): a lower-case word of prose before, a capitalised word after. Not a name
/// or address with dots ("Node.Js", "a.m.The", "site.com/News").
fn glued(word_before: &str, after: &str) -> bool {
    let mut next = after.chars();
    let word = word_before.len() >= GLUED_WORD && word_before.bytes().all(|b| b.is_ascii_lowercase());
    word && next.next().is_some_and(|c| c.is_ascii_uppercase()) && next.next().is_some_and(|c| c.is_ascii_lowercase())
}

/// Letters the word before a glued stop has at least ("trapped.The", not "vs.The").
const GLUED_WORD: usize = 4;

/// The stops of a line ('.', '!', '?', '…') in order, found by SIMD searches (memchr3 for
/// the ASCII stops, memmem for '…') rather than byte by byte: a line's curly quotes share
/// the ellipsis' lead byte and each made the byte scan stop.
struct Stops<'a> {
    line: &'a [u8],
    /// The first '…' at or after the last search (None: none is left), once searched.
    ellipsis: Option<Option<usize>>,
}

impl<'a> Stops<'a> {
    fn new(line: &'a str) -> Stops<'a> {
        Stops { line: line.as_bytes(), ellipsis: None }
    }

    /// The first stop at or after byte `from` (asked for at growing positions).
    fn next_from(&mut self, from: usize) -> Option<usize> {
        let ascii = memchr::memchr3(b'.', b'!', b'?', &self.line[from..]).map(|at| from + at);
        if self.ellipsis.is_none_or(|found| found.is_some_and(|at| at < from)) {
            // One searcher for all lines: `memmem::find` built one a call.
            static ELLIPSIS: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("…"));
            self.ellipsis = Some(ELLIPSIS.find(&self.line[from..]).map(|at| from + at));
        }
        match (ascii, self.ellipsis.flatten()) {
            (Some(a), Some(e)) => Some(a.min(e)),
            (a, e) => a.or(e),
        }
    }
}

/// Where a closing mark that stands after white space at `end` ends, when there is one:
/// a curly or angled closer, or a straight `"` that closes a quote left open before it,
/// followed by white space or the end of the line.
fn spaced_closer(line: &str, end: usize, straight_quotes: &mut StraightQuotes) -> Option<usize> {
    let after = line[end..].trim_start_matches(char::is_whitespace);
    let mark = after.chars().next()?;
    let at = line.len() - after.len();
    if at == end {
        return None;
    }
    let closes = match mark {
        '”' | '»' => true,
        '"' => straight_quotes.before(line, at) % 2 == 1,
        _ => false,
    };
    let next = after[mark.len_utf8()..].chars().next();
    (closes && next.is_none_or(char::is_whitespace)).then_some(at + mark.len_utf8())
}

/// How many straight quote marks a line has before a position. Positions asked for only
/// grow within a line, so each byte is read once (counting from the line's start each
/// time made a long line quadratic).
#[derive(Default)]
struct StraightQuotes {
    upto: usize,
    count: usize,
}

impl StraightQuotes {
    fn before(&mut self, line: &str, at: usize) -> usize {
        if at < self.upto {
            *self = StraightQuotes::default();
        }
        self.count += line.as_bytes()[self.upto..at].iter().filter(|&&b| b == b'"').count();
        self.upto = at;
        self.count
    }
}

/// A closing mark with nothing of its quote before it: at the start of a sentence, then a space.
fn orphan_closer(piece: &str) -> usize {
    let mut chars = piece.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ ('”' | '’' | '»' | '"')), next) if next.is_none_or(char::is_whitespace) => c.len_utf8(),
        _ => 0,
    }
}

/// Longest tag read as markup.
const LONGEST_TAG: usize = 80;

/// Bytes of HTML markup a scrape kept at the start of `text` ("<br />'' <br />'' ",
/// "<span style=\"…\">"): tags, and the white space and stray apostrophes between and
/// after them. Zero when `text` opens on no tag.
fn markup_len(text: &str) -> usize {
    let mut at = 0;
    while let Some(tag) = text[at..].strip_prefix('<') {
        let opens_tag = tag.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        let Some(close) = tag.find(['>', '<']).filter(|&i| opens_tag && i <= LONGEST_TAG && tag.as_bytes()[i] == b'>') else { break };
        at += 1 + close + 1;
        at = text.len() - text[at..].trim_start_matches(|c: char| c.is_whitespace() || c == '\'').len();
    }
    at
}

fn push(out: &mut Vec<Range<usize>>, line: &str, base: usize, range: Range<usize>) {
    let piece = &line[range.clone()];
    let mut lead = piece.len() - piece.trim_start().len();
    lead += markup_len(&piece[lead..]);
    // A sentence never opens with an orphan closing mark (a quote closed on a new line).
    loop {
        let cut = orphan_closer(&piece[lead..]);
        if cut == 0 {
            break;
        }
        lead += cut;
        lead += piece[lead..].len() - piece[lead..].trim_start().len();
    }
    let trimmed = piece[lead..].trim_end();
    if !trimmed.is_empty() {
        let start = base + range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// How many words `text` has, as `text.split_whitespace().count()` counts them: eight
/// ASCII bytes at a time where it can (it runs on every event's sentences).
pub(crate) fn word_count(text: &str) -> usize {
    word_count_past(text, usize::MAX)
}

/// [`word_count`] when it is at most `limit`; else some count past `limit`, found without
/// reading the rest of the text (a long quote need not be read to know it is no term).
#[inline(always)]
pub(crate) fn word_count_past(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() {
        if count > limit {
            return count;
        }
        if let Some(chunk) = bytes.get(at..at + 8) {
            let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if eight & HIGH_BITS == 0 {
                let space = ascii_spaces(eight);
                let word = !space & 0xFF;
                // A word starts where a byte of a word follows a space (or no word).
                count += (word & ((space << 1) | u64::from(!in_word))).count_ones() as usize;
                in_word = word & 0x80 != 0;
                at += 8;
                continue;
            }
        }
        let (space, width) = match bytes[at] {
            b if b < 0x80 => (matches!(b, b'\t'..=b'\r' | b' '), 1),
            _ => {
                let c = text[at..].chars().next().expect("at a char boundary");
                (c.is_whitespace(), c.len_utf8())
            }
        };
        count += usize::from(!space && !in_word);
        in_word = !space;
        at += width;
    }
    count
}

const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH_BITS: u64 = ONES * 0x80;

/// Which of eight ASCII bytes (little-endian in `eight`) are white space (tab to carriage
/// return, or a space): bit `i` for byte `i`.
fn ascii_spaces(eight: u64) -> u64 {
    let high = ascii_space_bytes(eight);
    // The high bits gathered into the top byte, byte i's as bit 56 + i.
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Which of eight ASCII bytes are white space (tab to carriage return, or a space): the
/// high bit of each such byte.
#[inline(always)]
pub(crate) fn ascii_space_bytes(eight: u64) -> u64 {
    // Each byte is below 0x80, so adding less than 0x80 to each carries into no other.
    let from_tab = (eight + ONES * (0x80 - 0x09)) & HIGH_BITS;
    let past_return = (eight + ONES * (0x80 - 0x0E)) & HIGH_BITS;
    (from_tab & !past_return) | ascii_bytes_equal(eight, b' ')
}

/// Which of eight ASCII bytes equal `byte`: the high bit of each such byte.
#[inline(always)]
pub(crate) fn ascii_bytes_equal(eight: u64, byte: u8) -> u64 {
    // A byte of `differ` is zero where they are equal; its low seven bits plus 0x7F carry
    // into its high bit (and no further) unless they are all zero.
    let differ = eight ^ (ONES * u64::from(byte));
    !(((differ & !HIGH_BITS) + !HIGH_BITS) | differ | !HIGH_BITS)
}

/// The end of the run of ASCII letters and digits at `at` in `bytes` (`at` itself if there
/// is none), eight bytes at a time.
#[inline]
pub(crate) fn ascii_alphanumeric_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A byte past 0x7F ends the run as surely as any other: it is no ASCII letter.
        let other = (!ascii_alphanumeric_bytes(eight & !HIGH_BITS) & HIGH_BITS) | (eight & HIGH_BITS);
        if other != 0 {
            return at + other.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
        at += 1;
    }
    at
}

/// Which of eight ASCII bytes are letters or digits: the high bit of each such byte.
#[inline(always)]
fn ascii_alphanumeric_bytes(eight: u64) -> u64 {
    // The high bit of each byte in lo..=hi (each byte below 0x80: no carries).
    let within = |x: u64, lo: u64, hi: u64| (x + ONES * (0x80 - lo)) & !(x + ONES * (0x7F - hi)) & HIGH_BITS;
    within(eight, 0x30, 0x39) | within(eight | (ONES * 0x20), 0x61, 0x7A)
}

/// The non-empty pieces of `text.split(|c: char| !c.is_alphanumeric())` (runs of letters
/// and digits), without decoding the ASCII bytes most text is made of.
pub(crate) fn alphanumeric_runs(text: &str) -> impl Iterator<Item = &str> {
    static ASCII: [bool; 128] = {
        let mut table = [false; 128];
        let mut b = 0;
        while b < 128 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        table
    };
    runs(text, &ASCII, ascii_alphanumeric_bytes, is_alphanumeric)
}

/// `char::is_alphanumeric`, answering at once for General Punctuation (U+2000–U+206F:
/// curly quotes, dashes, spaces, none a letter or digit), the non-ASCII characters news
/// text has most; the others take the Unicode tables' lookup.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The non-empty pieces of `text.split(|c: char| !keep(c))`, deciding ASCII bytes by the
/// table `ascii` and eight ASCII bytes at once by `ascii8` (the high bit of each kept
/// byte; both must agree with `keep`), decoding only the other characters. Each piece is
/// found by two tight loops (over dropped bytes, then kept ones), as this runs over every
/// line and sentence several times.
pub(crate) fn runs<'t, A: Fn(u64) -> u64, K: Fn(char) -> bool>(text: &'t str, ascii: &'static [bool; 128], ascii8: A, keep: K) -> Runs<'t, A, K> {
    Runs { text, at: 0, ascii, ascii8, keep }
}

pub(crate) struct Runs<'t, A, K> {
    text: &'t str,
    at: usize,
    ascii: &'static [bool; 128],
    ascii8: A,
    keep: K,
}

impl<'t, A: Fn(u64) -> u64, K: Fn(char) -> bool> Runs<'t, A, K> {
    /// Whether the character at byte `at` (a char boundary) is kept, and its width.
    #[inline(always)]
    fn kept(&self, at: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[at];
        if b < 0x80 {
            (self.ascii[b as usize], 1)
        } else {
            let c = self.text[at..].chars().next().expect("at a char boundary");
            ((self.keep)(c), c.len_utf8())
        }
    }
}

/// The eight bytes from `at`, as one number, if there are eight and all are ASCII.
#[inline(always)]
fn ascii_eight(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at + 8)?;
    let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
    (eight & HIGH_BITS == 0).then_some(eight)
}

impl<'t, A: Fn(u64) -> u64, K: Fn(char) -> bool> Iterator for Runs<'t, A, K> {
    type Item = &'t str;

    // Inlined into each loop over the pieces: a call per piece cost as much as reading it.
    #[inline(always)]
    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        // Dropped characters. Where eight ASCII bytes can be read, one reading of them finds
        // where the piece starts and, for most words (short ones after a space), where it
        // ends too.
        let (start, mut at) = loop {
            if at >= bytes.len() {
                self.at = at;
                return None;
            }
            if let Some(eight) = ascii_eight(bytes, at) {
                let kept = (self.ascii8)(eight) & HIGH_BITS;
                if kept == 0 {
                    at += 8;
                    continue;
                }
                let first = kept.trailing_zeros();
                // The dropped bytes after the first kept one.
                let dropped = !kept & HIGH_BITS & (u64::MAX << first);
                if dropped != 0 {
                    let (start, end) = (at + first as usize / 8, at + dropped.trailing_zeros() as usize / 8);
                    self.at = end + 1;
                    return Some(&self.text[start..end]);
                }
                // Kept from the first kept byte to the end of the eight: read on after them.
                break (at + first as usize / 8, at + 8);
            }
            let (kept, width) = self.kept(at);
            if kept {
                break (at, at);
            }
            at += width;
        };
        // Kept characters, up to the next dropped one (which the next call skips); eight
        // ASCII bytes at a time where there are eight.
        while at < bytes.len() {
            if let Some(chunk) = bytes.get(at..at + 8) {
                let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                if eight & HIGH_BITS == 0 {
                    let dropped = !(self.ascii8)(eight) & HIGH_BITS;
                    if dropped == 0 {
                        at += 8;
                        continue;
                    }
                    // The first dropped byte, an ASCII one.
                    at += dropped.trailing_zeros() as usize / 8;
                    self.at = at + 1;
                    return Some(&self.text[start..at]);
                }
            }
            let (kept, width) = self.kept(at);
            if !kept {
                self.at = at + width;
                return Some(&self.text[start..at]);
            }
            at += width;
        }
        self.at = at;
        Some(&self.text[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    /// An editor's bracketed insertion after an ellipsis, in lower case, goes on with the
    /// cut quote; a bracket after a full stop, or one opening on a capital, starts anew.
    #[test]
    fn a_lower_case_insertion_after_an_ellipsis_goes_on_with_the_quote() {
        let text = "He said they \"bear the legal, moral and human responsibility for... (this) crime.\" Then he left.";
        assert_eq!(sentences(text), ["He said they \"bear the legal, moral and human responsibility for... (this) crime.\"", "Then he left."]);
        assert_eq!(
            sentences("It asked for reports \"on all parties … [and] intends to act.\""),
            ["It asked for reports \"on all parties … [and] intends to act.\""]
        );
        assert_eq!(sentences("The convoy was carrying aid. (read more)"), ["The convoy was carrying aid.", "(read more)"]);
        assert_eq!(sentences("They said it would end... (Reuters) Then it did."), ["They said it would end...", "(Reuters) Then it did."]);
    }

    #[test]
    fn splits_at_sentence_ends_and_keeps_closing_quotes() {
        assert_eq!(sentences("He spoke. “It is over,” he said. Then he left!"), ["He spoke.", "“It is over,” he said.", "Then he left!"]);
        assert_eq!(
            sentences("“They are beyond the accidental now. Way beyond.” He left."),
            ["“They are beyond the accidental now.", "Way beyond.”", "He left."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("The U.S. envoy met Gen. Smith on Oct. 7 in Washington. J. R. Doe said so."),
            ["The U.S. envoy met Gen. Smith on Oct. 7 in Washington.", "J. R. Doe said so."]
        );
        assert_eq!(
            sentences("The spokesman Lt.-Gen. Sergei Roe said so. So did Lt.Gen. John Doe. He spoke to Maj.-Gen. Ann Lee."),
            ["The spokesman Lt.-Gen. Sergei Roe said so.", "So did Lt.Gen. John Doe.", "He spoke to Maj.-Gen. Ann Lee."]
        );
        // A clock time in capitals keeps what follows it ("7:00 P.M. (Damascus Time)").
        assert_eq!(
            sentences("The truce expires at 7:00 P.M. (Damascus Time). Both sides agreed."),
            ["The truce expires at 7:00 P.M. (Damascus Time).", "Both sides agreed."]
        );
    }

    #[test]
    fn a_stop_glued_to_the_next_sentence_still_ends_one() {
        assert_eq!(
            sentences("Some 275,000 people remain trapped.The bombings prompted threats."),
            ["Some 275,000 people remain trapped.", "The bombings prompted threats."]
        );
        // Names and addresses with dots, a short word, an initialism: no boundary.
        for text in
            ["He coded in Node.Js all day.", "It began at 9 a.m.Then it ended.", "See the site.com/News page.", "Smith vs.Jones went on.", "The U.S.Army left."]
        {
            assert_eq!(sentences(text), [text], "{text}");
        }
    }

    #[test]
    fn markup_a_scrape_kept_parts_sentences_and_belongs_to_none() {
        let text = "<span style=\"color: #222;\">Russia and China used their vetoes.<br />'' <br />'' Germany presented a draft.<br />'' </span><br />";
        assert_eq!(sentences(text), ["Russia and China used their vetoes.", "Germany presented a draft."]);
        assert_eq!(sentences("Aid flows <b>daily</b>. Kuwait voted yes."), ["Aid flows <b>daily</b>.", "Kuwait voted yes."], "markup within a sentence stays");
        assert_eq!(sentences("The ratio was 3 < 4. Then it grew."), ["The ratio was 3 < 4.", "Then it grew."], "a lone '<' is no tag");
    }

    #[test]
    fn lower_case_after_a_stop_is_not_a_new_sentence() {
        assert_eq!(sentences("It cost 2.5 million. e.g. this, and more."), ["It cost 2.5 million. e.g. this, and more."]);
    }

    #[test]
    fn quote_marks_stay_with_their_sentence_at_boundaries() {
        // The opening mark goes with the sentence it opens, the closing mark with the one it closes.
        assert_eq!(sentences("He said: “We agree.” Then he left."), ["He said: “We agree.”", "Then he left."]);
        assert_eq!(sentences("He said: \"We agree.\" Then he left."), ["He said: \"We agree.\"", "Then he left."]);
        assert_eq!(sentences("He left. “We agree,” he said."), ["He left.", "“We agree,” he said."]);
        assert_eq!(sentences("He left. \"We agree,\" he said."), ["He left.", "\"We agree,\" he said."]);
        assert_eq!(sentences("“We agree. It is over.” He left."), ["“We agree.", "It is over.”", "He left."]);
        // A closing mark set off by a space is still the previous sentence's.
        assert_eq!(sentences("He said: “We agree. ” Then he left."), ["He said: “We agree. ”", "Then he left."]);
        assert_eq!(sentences("He said: \"We agree. \" Then he left."), ["He said: \"We agree. \"", "Then he left."]);
        // Two straight quotes in a row: the second opens the next sentence.
        assert_eq!(sentences("\"We agree.\" \"They left,\" he said."), ["\"We agree.\"", "\"They left,\" he said."]);
        // A question or exclamation inside a quote followed by the attribution is one sentence.
        assert_eq!(sentences("“Where are they?” he asked. Nobody knew."), ["“Where are they?” he asked.", "Nobody knew."]);
        assert_eq!(sentences("'We agree.' Then he left."), ["'We agree.'", "Then he left."]);
    }

    #[test]
    fn no_sentence_starts_with_an_orphan_closing_mark() {
        // A quote closed at the start of the next line (the scrape broke the paragraph).
        assert_eq!(sentences("” Then he left."), ["Then he left."]);
        assert_eq!(sentences("\" Then he left. Later."), ["Then he left.", "Later."]);
        assert_eq!(sentences("”"), Vec::<&str>::new());
        // An opening mark at the start stays.
        assert_eq!(sentences("“We agree.”"), ["“We agree.”"]);
        assert_eq!(sentences("\"We agree.\""), ["\"We agree.\""]);
        for text in ["He said: “We agree. ” Then he left.", "” A. ” B. \" C. \"", "x. \" \" Y."] {
            for s in sentences(text) {
                assert!(orphan_closer(s) == 0, "{s:?} of {text:?}");
            }
        }
    }

    #[test]
    fn ranges_point_into_the_original_text() {
        let text = "xx  First one.  Second one.  ";
        let ranges = split(text, 2..text.len());
        assert_eq!(&text[ranges[0].clone()], "First one.");
        assert_eq!(&text[ranges[1].clone()], "Second one.");
    }

    #[test]
    fn stops_marks_and_abbreviations_are_the_listed_ones() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_closer(c), "\"'”’»)]".contains(c), "{c:?}");
            assert_eq!(is_opener(c), "\"'“‘«([".contains(c), "{c:?}");
        }
        assert_eq!(ABBREVIATIONS.iter().map(|a| a.len()).max(), Some(LONGEST_ABBREVIATION));
        for line in ["", "No stop", "A. B! C? D… E", "“Quoted” — text… and ‘more’. Done?!", "…", "a.…b…", "ends with…"] {
            let mut stops = Stops::new(line);
            let found: Vec<usize> = std::iter::successors(stops.next_from(0), |&at| stops.next_from(at + 1)).collect();
            let expected: Vec<usize> = line.char_indices().filter(|(_, c)| matches!(c, '.' | '!' | '?' | '…')).map(|(at, _)| at).collect();
            assert_eq!(found, expected, "{line:?}");
        }
    }

    #[test]
    fn word_count_counts_as_split_whitespace_does() {
        let long: String = (0..600u32)
            .map(|i| ['a', ' ', '\t', 'b', '\x0B', '\u{1F}', '’', '\n', '\u{a0}', 'Z', '\r', '\x0C', '9', '\u{2009}'][(i * i % 14) as usize])
            .collect();
        for text in [
            long.as_str(),
            "twelve bytes here and more words past eight",
            "exactly8 bytes..",
            "",
            " ",
            "one",
            " two  words ",
            "a\tb\nc\x0Bd\x0Ce\rf",
            "x\u{1F}y",
            "no\u{a0}break\u{2009}thin\u{3000}ideographic",
            "“Quoted,” he said — ok…",
            "\u{85}next\u{feff}bom",
        ] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
            for limit in 0..12 {
                let (count, past) = (word_count(text), word_count_past(text, limit));
                assert!(if count <= limit { past == count } else { past > limit }, "{text:?} {limit}");
            }
        }
    }

    #[test]
    fn a_page_stamp_glued_before_the_story_ends_a_sentence() {
        let line = "Share on Twitter Russia loses its seat World Oct 28, 2016 5:05 PM EDT Russia failed to win re-election. It lost.";
        let got: Vec<&str> = split(line, 0..line.len()).into_iter().map(|r| &line[r]).collect();
        assert_eq!(got, ["Share on Twitter Russia loses its seat World Oct 28, 2016 5:05 PM EDT", "Russia failed to win re-election.", "It lost."]);
        let day_first = "Updated 28 October 2016 17:05 GMT The council met.";
        let got: Vec<&str> = split(day_first, 0..day_first.len()).into_iter().map(|r| &day_first[r]).collect();
        assert_eq!(got, ["Updated 28 October 2016 17:05 GMT", "The council met."]);
        // Prose with a time in it is one sentence.
        let prose = "The meeting was scheduled for 7:30 pm (EST), and will be held on Oct 28, 2016 at 5 PM.";
        assert_eq!(split(prose, 0..prose.len()).len(), 1);
    }

    #[test]
    fn is_alphanumeric_is_the_std_one() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_runs_are_the_pieces_split_gives() {
        let every_ascii: String = (0..128u8).map(char::from).collect::<String>().repeat(3);
        let long = "Al-Nusra's fighters_took 12,000km2 of [the] city@night; Ünïcödé-naïve café 2016 longwordlongword, x".repeat(3);
        for b in 0..128u8 {
            let eight = u64::from_le_bytes([b; 8]);
            assert_eq!(ascii_alphanumeric_bytes(eight) == HIGH_BITS, b.is_ascii_alphanumeric(), "{b:#x}");
            assert_eq!(ascii_alphanumeric_bytes(eight) == 0, !b.is_ascii_alphanumeric(), "{b:#x}");
        }
        for text in [every_ascii.as_str(), &long, "Ünïcödé naïve café 2016 longer", "abcdefghijklmnopq\u{e9}rs"] {
            for at in 0..=text.len() {
                let plain = at + text.as_bytes()[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                assert_eq!(ascii_alphanumeric_end(text.as_bytes(), at), plain, "{text:?} at {at}");
            }
        }
        for text in
            ["", "...", "one", " two  words, here", "al-Nusra’s fighters (U.N.)", "Ünïcödé naïve café 2016", "東京 x\u{a0}y", "a1b2--c3", &every_ascii, &long]
        {
            let split: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(alphanumeric_runs(text).collect::<Vec<_>>(), split, "{text:?}");
        }
        // Every start and end, so that the pieces fall at every place of an eight-byte read.
        let mixed = "a bc, def  ghij klmno.\u{e9}pqrstu  vwxyzab “cd” 12 345678 9é x ,, y-z ".repeat(2);
        for from in (0..mixed.len()).filter(|at| mixed.is_char_boundary(*at)) {
            for to in (from..=mixed.len()).filter(|at| mixed.is_char_boundary(*at)) {
                let text = &mixed[from..to];
                let split: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                assert_eq!(alphanumeric_runs(text).collect::<Vec<_>>(), split, "{text:?}");
            }
        }
    }
}
