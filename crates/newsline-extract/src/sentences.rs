//! Stage 2, sentences: a story line is split into sentences, each a byte range
//! of the seed file, so a sentence is always verbatim source text.

use std::ops::Range;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Gov",
    "Sen", "Rep", "Rev", "Jr", "Sr", "No", "Nos", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Inc", "Ltd", "Co", "Corp", "U.S",
    "U.N", "U.K", "E.U", "a.m", "p.m", "i.e", "e.g",
];

const CLOSERS: &str = "\"'”’»)]";
const OPENERS: &str = "\"'“‘«([";

/// Splits `range` of `text` into sentence ranges (trimmed, never empty).
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    // Byte offsets throughout; a stop is found by its first byte ('…' opens with 0xE2).
    let mut i = 0;
    while let Some(found) = line.as_bytes()[i..].iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
        let at = i + found;
        let c = line[at..].chars().next().expect("a char starts at a found byte");
        if !matches!(c, '.' | '!' | '?' | '…') {
            i = at + c.len_utf8();
            continue;
        }
        // Take the closing quotes and brackets with the sentence.
        let rest = &line[at + c.len_utf8()..];
        let end = line.len() - rest.trim_start_matches(|n: char| CLOSERS.contains(n) || matches!(n, '.' | '!' | '?')).len();
        // A boundary needs white space, then a capital, a digit or an opening mark.
        let after = line[end..].trim_start_matches(char::is_whitespace);
        let k = line.len() - after.len();
        let spaced = k > end;
        let next = after.chars().next();
        let starts_new = next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || OPENERS.contains(n));
        let word_before = line[start..at].rsplit(|c: char| c.is_whitespace() || OPENERS.contains(c)).next().unwrap_or("");
        let abbreviation = c == '.'
            && (ABBREVIATIONS.contains(&word_before)
                || (word_before.chars().count() == 1 && word_before.chars().all(char::is_uppercase)));
        if (spaced || next.is_none()) && starts_new && !abbreviation {
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

fn push(out: &mut Vec<Range<usize>>, line: &str, base: usize, range: Range<usize>) {
    let piece = &line[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = base + range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_sentence_ends_and_keeps_closing_quotes() {
        assert_eq!(
            sentences("He spoke. “It is over,” he said. Then he left!"),
            ["He spoke.", "“It is over,” he said.", "Then he left!"]
        );
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
    }

    #[test]
    fn lower_case_after_a_stop_is_not_a_new_sentence() {
        assert_eq!(sentences("It cost 2.5 million. e.g. this, and more."), ["It cost 2.5 million. e.g. this, and more."]);
    }

    #[test]
    fn ranges_point_into_the_original_text() {
        let text = "xx  First one.  Second one.  ";
        let ranges = split(text, 2..text.len());
        assert_eq!(&text[ranges[0].clone()], "First one.");
        assert_eq!(&text[ranges[1].clone()], "Second one.");
    }
}
