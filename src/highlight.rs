//! Marks names, dates and quotes inside a sentence: leftmost, longest match first,
//! never overlapping, at word boundaries.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Actor,
    Date,
    Quote,
}

/// Splits `text` into pieces, each plain (`None`) or marked.
pub fn pieces<'a>(text: &'a str, terms: &[(&str, Mark)]) -> Vec<(&'a str, Option<Mark>)> {
    let boundary = |s: &str, at: usize, before: bool| {
        let c = if before { s[..at].chars().next_back() } else { s[at..].chars().next() };
        c.is_none_or(|c| !c.is_alphanumeric())
    };
    let mut found: Vec<(usize, usize, Mark)> = Vec::new();
    for (term, mark) in terms.iter().filter(|(t, _)| !t.trim().is_empty()) {
        for (at, _) in text.match_indices(term) {
            let end = at + term.len();
            if boundary(text, at, true) && boundary(text, end, false) {
                found.push((at, end, *mark));
            }
        }
    }
    // Leftmost first; at the same start the longest.
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, mark) in found {
        if start < at {
            continue;
        }
        if start > at {
            out.push((&text[at..start], None));
        }
        out.push((&text[start..end], Some(mark)));
        at = end;
    }
    if at < text.len() {
        out.push((&text[at..], None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_leftmost_whole_words() {
        let text = "On Friday, Sergey Lavrov said Russia and Russians agree.";
        let terms = [("Lavrov", Mark::Actor), ("Sergey Lavrov", Mark::Actor), ("Russia", Mark::Actor), ("on Friday", Mark::Date), ("On Friday", Mark::Date)];
        let marked: Vec<(&str, Option<Mark>)> = pieces(text, &terms);
        assert_eq!(
            marked,
            [
                ("On Friday", Some(Mark::Date)),
                (", ", None),
                ("Sergey Lavrov", Some(Mark::Actor)),
                (" said ", None),
                ("Russia", Some(Mark::Actor)),
                (" and Russians agree.", None),
            ]
        );
        let joined: String = marked.iter().map(|(s, _)| *s).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn empty_terms_and_no_matches_leave_the_text_whole() {
        assert_eq!(pieces("plain text", &[("", Mark::Actor)]), [("plain text", None)]);
        assert_eq!(pieces("", &[("x", Mark::Actor)]), []);
    }
}
