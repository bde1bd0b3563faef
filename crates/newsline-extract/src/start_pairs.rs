//! Where one of a few fixed strings may start: the first two bytes of each, so that a
//! search can step over the places none of them starts at instead of walking an automaton
//! over every byte.

/// The first bytes and the first pairs of bytes of a set of strings.
pub struct StartPairs {
    first: [bool; 256],
    /// One bit per pair of bytes.
    pairs: [u64; 1024],
}

impl Default for StartPairs {
    fn default() -> StartPairs {
        StartPairs { first: [false; 256], pairs: [0; 1024] }
    }
}

impl StartPairs {
    /// Records a string's first two bytes; `None` when it is shorter than two bytes, which
    /// the pairs cannot stand for.
    pub fn add(&mut self, string: &[u8]) -> Option<()> {
        let &[a, b, ..] = string else { return None };
        self.first[usize::from(a)] = true;
        let pair = usize::from(a) << 8 | usize::from(b);
        self.pairs[pair >> 6] |= 1 << (pair & 63);
        Some(())
    }

    /// The first position from `at` whose two bytes open one of the strings.
    pub fn next(&self, bytes: &[u8], mut at: usize) -> Option<usize> {
        while at + 1 < bytes.len() {
            at += bytes[at..bytes.len() - 1].iter().position(|&b| self.first[usize::from(b)])?;
            let pair = usize::from(bytes[at]) << 8 | usize::from(bytes[at + 1]);
            if self.pairs[pair >> 6] >> (pair & 63) & 1 != 0 {
                return Some(at);
            }
            at += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `next` stops exactly where a string's first two bytes are, in order.
    #[test]
    fn next_finds_every_opening_pair() {
        let mut pairs = StartPairs::default();
        assert!(pairs.add(b"al-Qaeda").is_some() && [b"su", b"sU", b"Su", b"SU"].iter().all(|p| pairs.add(*p).is_some()));
        assert!(pairs.add(b"U").is_none());
        let text = b"xal AL SUPPORT sUp Su a";
        let found: Vec<usize> = std::iter::successors(pairs.next(text, 0), |&p| pairs.next(text, p + 1)).collect();
        let expected: Vec<usize> = (0..text.len() - 1).filter(|&p| matches!(&text[p..p + 2], b"al" | b"su" | b"sU" | b"Su" | b"SU")).collect();
        assert_eq!(found, expected);
    }
}
