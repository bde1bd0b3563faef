//! Word-level comparison of two wordings of the same quote or sentence (longest
//! common subsequence over words), to show how outlets' translations differ.

/// A run of words, shared by both texts or only in one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Same(String),
    /// Only in the first text.
    Removed(String),
    /// Only in the second text.
    Added(String),
}

/// Words compare without case and surrounding punctuation ("sake," = "Sake").
fn key(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Diffs `a` against `b` word by word. Quadratic in words; quotes are short, and
/// texts longer than `MAX_WORDS` words are compared as wholes.
pub fn words(a: &str, b: &str) -> Vec<Part> {
    const MAX_WORDS: usize = 400;
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    if wa.len() > MAX_WORDS || wb.len() > MAX_WORDS {
        return if a == b { vec![Part::Same(a.into())] } else { vec![Part::Removed(a.into()), Part::Added(b.into())] };
    }
    let ka: Vec<String> = wa.iter().map(|w| key(w)).collect();
    let kb: Vec<String> = wb.iter().map(|w| key(w)).collect();
    // lcs[i][j]: length of the LCS of ka[i..] and kb[j..].
    let mut lcs = vec![vec![0u16; kb.len() + 1]; ka.len() + 1];
    for i in (0..ka.len()).rev() {
        for j in (0..kb.len()).rev() {
            lcs[i][j] = if ka[i] == kb[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut push = |part: Part| match (parts.last_mut(), &part) {
        (Some(Part::Same(s)), Part::Same(w)) | (Some(Part::Removed(s)), Part::Removed(w)) | (Some(Part::Added(s)), Part::Added(w)) => {
            s.push(' ');
            s.push_str(w);
        }
        _ => parts.push(part),
    };
    let (mut i, mut j) = (0, 0);
    while i < ka.len() || j < kb.len() {
        if i < ka.len() && j < kb.len() && ka[i] == kb[j] {
            // Show the second text's spelling of shared words.
            push(Part::Same(wb[j].to_string()));
            i += 1;
            j += 1;
        } else if i < ka.len() && (j == kb.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // On a tie, what the first text says goes first.
            push(Part::Removed(wa[i].to_string()));
            i += 1;
        } else {
            push(Part::Added(wb[j].to_string()));
            j += 1;
        }
    }
    parts
}

/// Share of `b`'s words also in `a` (in order): how alike two wordings are, 0 to 1.
pub fn likeness(a: &str, b: &str) -> f64 {
    let parts = words(a, b);
    let count = |p: &Part| match p {
        Part::Same(s) | Part::Added(s) | Part::Removed(s) => s.split_whitespace().count(),
    };
    let same: usize = parts.iter().filter(|p| matches!(p, Part::Same(_))).map(count).sum();
    let total: usize = parts.iter().filter(|p| !matches!(p, Part::Removed(_))).map(count).sum();
    if total == 0 {
        0.0
    } else {
        same as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Part::*;

    fn rebuild(parts: &[Part], first: bool) -> String {
        parts
            .iter()
            .filter_map(|p| match p {
                Same(s) => Some(s.as_str()),
                Removed(s) if first => Some(s.as_str()),
                Added(s) if !first => Some(s.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn two_translations_of_one_quote() {
        let rt = "For God’s sake, if al-Nusra leaves with weapons toward Idlib";
        let tass = "For God’s sake, if al-Nusra with all of its armaments leaves for Idlib";
        let parts = words(rt, tass);
        // Each side is rebuilt from its parts, and the shared words are as many as can be (7).
        assert_eq!(rebuild(&parts, true), rt);
        assert_eq!(rebuild(&parts, false), tass);
        let same: usize = parts.iter().filter_map(|p| if let Same(s) = p { Some(s.split_whitespace().count()) } else { None }).sum();
        assert_eq!(same, 7);
        assert_eq!(parts[0], Same("For God’s sake, if al-Nusra".into()));
        assert_eq!(parts.last(), Some(&Same("Idlib".into())));
    }

    #[test]
    fn case_and_punctuation_do_not_count_as_differences() {
        assert_eq!(words("we are ready,", "We are ready"), [Same("We are ready".into())]);
        assert_eq!(words("", "new words"), [Added("new words".into())]);
        assert_eq!(words("old words", ""), [Removed("old words".into())]);
    }

    #[test]
    fn likeness_is_the_shared_share() {
        assert_eq!(likeness("a b c d", "a b c d"), 1.0);
        assert!(likeness("a b c d", "a x c y") - 0.5 < 1e-9);
        assert_eq!(likeness("a b", "x y"), 0.0);
    }
}
