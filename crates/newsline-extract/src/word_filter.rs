//! A set of words with a quick test in front of its hash lookup: most words a sentence
//! is read for are in none of the few short lists they are looked up in (the tense's
//! first person, modals, verbs), and a word's first byte and length rule most of them
//! out in a few instructions, where hashing and probing took ~70.

use rustc_hash::FxHashSet;

/// A set of words, with the (first byte, length) pairs they have.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    set: FxHashSet<String>,
    /// For each first byte (its low five bits), the lengths of the words that open with
    /// it, as bits (a length of 63 or more is bit 63).
    lengths: [u64; 32],
}

/// A word's place in [`WordSet::lengths`]: the row of its first byte, the bit of its length.
#[inline]
fn key(word: &str) -> Option<(usize, u64)> {
    let first = *word.as_bytes().first()?;
    Some(((first & 31) as usize, 1 << word.len().min(63)))
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let set: FxHashSet<String> = words.into_iter().collect();
        let mut lengths = [0; 32];
        for (row, bit) in set.iter().filter_map(|w| key(w)) {
            lengths[row] |= bit;
        }
        WordSet { set, lengths }
    }
}

impl WordSet {
    /// Whether the set holds `word`: the answer of its hash set's `contains` (generic as
    /// that is, so that its callers read the same).
    #[inline]
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        let word = word.as_ref();
        match key(word) {
            Some((row, bit)) => self.lengths[row] & bit != 0 && self.set.contains(word),
            // The empty word has no first byte.
            None => self.set.contains(word),
        }
    }

    /// Whether a word that differs from `word` at most in the case of its ASCII letters
    /// may be in the set (false rules it out: no word has its first letter and length).
    #[inline]
    pub fn may_hold_ignoring_ascii_case(&self, word: &str) -> bool {
        key(word).is_none_or(|(row, bit)| self.lengths[row] & bit != 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.set.iter()
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_holds_a_word_exactly_when_its_hash_set_does() {
        let long = "x".repeat(70);
        let lists: Vec<Vec<String>> = [&[][..], &[""], &["i", "we", "us", "our", "won't", "ÉTATS", "é", "n't", ","], &[&long, "a", "an", "the", "\u{0}"]]
            .iter()
            .map(|l| l.iter().map(|w| w.to_string()).collect())
            .collect();
        let tense = crate::data::tense_words();
        let tense_lists = [
            &tense.frame_openers,
            &tense.relative_openers,
            &tense.verb_adverbs,
            &tense.modals,
            &tense.present_verbs,
            &tense.relation_verbs,
            &tense.irregular_past,
            &tense.not_past,
            &tense.irregular_participles,
            &tense.statement_participles,
            &tense.first_person,
        ];
        let lists = lists.into_iter().chain(tense_lists.iter().map(|s| s.iter().cloned().collect()));
        let mut probes: Vec<String> = "i I we wE w us our ours won't wont ÉTATS états é è n't nt , ; — a an the then them x xx will would says belongs \
                                       which since said Since \u{0} \u{1} ! A @ ` gave become been has have had"
            .split(' ')
            .map(String::from)
            .collect();
        probes.extend([String::new(), long.clone(), long[1..].to_string(), "x".repeat(63), "x".repeat(64)]);
        let every_listed: Vec<String> = tense_lists.iter().flat_map(|s| s.iter().cloned()).collect();
        for list in lists {
            let plain: FxHashSet<String> = list.iter().cloned().collect();
            let words: WordSet = list.into_iter().collect();
            assert_eq!(words.len(), plain.len());
            for word in probes.iter().chain(&every_listed) {
                assert_eq!(words.contains(word), plain.contains(word), "{word:?} in {plain:?}");
                let upper = word.to_ascii_uppercase();
                if words.contains(&word.to_ascii_lowercase()) {
                    assert!(words.may_hold_ignoring_ascii_case(&upper), "{upper:?} ruled out of {plain:?}");
                }
            }
        }
    }

    #[test]
    fn a_word_of_no_listed_first_letter_and_length_is_ruled_out_in_any_case() {
        let words: WordSet = ["we", "our"].iter().map(|w| w.to_string()).collect();
        for held in ["we", "We", "WE", "our", "OUR", "Oar"] {
            assert!(words.may_hold_ignoring_ascii_case(held), "{held}");
        }
        for other in ["wet", "w", "ours", "you", "Us"] {
            assert!(!words.may_hold_ignoring_ascii_case(other), "{other}");
        }
    }
}
