//! A set of ids kept as a sorted list, for the few ids each thread holds (its actors, its
//! articles, the sentences that mention it in passing). A `BTreeSet` gave every such set a node of its own (104 bytes for `usize`
//! ids) however few it held: tens of thousands of threads, ~5 MB at the 12 MB corpus's
//! peak. Iteration is in order, as a `BTreeSet`'s.

/// Sorted and distinct.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

/// The distinct ids among `ids`, ascending, in a list at its length: what collecting,
/// sorting and deduplicating them gives, without sorting the repeats (an article's or an
/// event's words, each sentence's list sorted, many shared). Each id is marked in a bit set
/// kept per thread; the marked ids are read back from it in order where they lie close
/// together, else sorted alone.
pub fn sorted_distinct(ids: impl IntoIterator<Item = u32>) -> Vec<u32> {
    thread_local! {
        // All zero between calls.
        static SCRATCH: std::cell::Cell<(Vec<u64>, Vec<u32>)> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
    }
    let (mut marks, mut found) = SCRATCH.take();
    found.clear();
    let (mut lowest, mut highest) = (usize::MAX, 0);
    for id in ids {
        let (at, bit) = (id as usize / 64, 1u64 << (id % 64));
        if at >= marks.len() {
            marks.resize(at + 1, 0);
        }
        if marks[at] & bit == 0 {
            marks[at] |= bit;
            found.push(id);
            (lowest, highest) = (lowest.min(at), highest.max(at));
        }
    }
    let out = if found.is_empty() {
        Vec::new()
    } else if highest - lowest < 4 * found.len() {
        let mut out = Vec::with_capacity(found.len());
        for (at, marked) in marks[lowest..=highest].iter_mut().enumerate() {
            let mut bits = std::mem::take(marked);
            while bits != 0 {
                out.push(((lowest + at) * 64) as u32 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        }
        out
    } else {
        // Every bit set is this call's: the words holding them are cleared whole.
        found.iter().for_each(|&id| marks[id as usize / 64] = 0);
        found.sort_unstable();
        found.as_slice().to_vec()
    };
    SCRATCH.set((marks, found));
    out
}

impl<T: Ord + Copy> SortedSet<T> {
    pub const fn new() -> Self {
        SortedSet(Vec::new())
    }

    /// Adds `x`; false if it was there.
    pub fn insert(&mut self, x: T) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, x);
                true
            }
        }
    }

    pub fn contains(&self, x: &T) -> bool {
        self.0.binary_search(x).is_ok()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the ids `keep` is true of (in order, so still sorted).
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }
}

/// At most this many ids added at once are each inserted in place (see `extend`).
const FEW: usize = 8;

impl<T: Ord + Copy> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        let before = self.0.len();
        self.0.extend(items);
        let added = self.0.len() - before;
        if added > 0 && added <= FEW && before > 0 {
            // A few ids added to a set (a thread's members to a grown event's): each put in
            // its place, found by a binary search, rather than the whole list sorted again.
            // An id already there is dropped, as the stable sort and `dedup` kept the first.
            let mut new = [self.0[before]; FEW];
            new[..added].copy_from_slice(&self.0[before..]);
            self.0.truncate(before);
            for id in &new[..added] {
                if let Err(at) = self.0.binary_search(id) {
                    self.0.insert(at, *id);
                }
            }
        } else if added > 0 {
            // A stable sort finds the sorted run already there: a merge, not a full sort.
            self.0.sort();
            self.0.dedup();
        }
    }
}

impl<T: Ord + Copy> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        set.extend(items);
        set
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Inserted, extended and collected in any order, it holds and iterates what a
    /// `BTreeSet` given the same ids does.
    #[test]
    fn sorted_distinct_sorts_and_deduplicates() {
        let lists: [&[u32]; 7] = [&[], &[5], &[5, 5, 5], &[900, 3, 64, 3, 63, 0, 64], &[4000, 1, 200_000, 1], &[7, 6, 5, 4, 3, 2, 1, 0, 7, 6], &[1_000_000, 0]];
        for ids in lists {
            let mut expected = ids.to_vec();
            expected.sort_unstable();
            expected.dedup();
            // Twice: the marks one call leaves must not show in the next.
            assert_eq!(super::sorted_distinct(ids.iter().copied()), expected);
            assert_eq!(super::sorted_distinct(ids.iter().copied()), expected);
        }
    }

    #[test]
    fn holds_and_orders_as_a_btree_set() {
        let batches: [&[usize]; 5] = [&[5, 3, 5], &[], &[1, 9, 3, 0], &[9], &[7, 2, 2, 8, 1]];
        let (mut set, mut tree) = (SortedSet::new(), BTreeSet::new());
        for (i, batch) in batches.iter().enumerate() {
            if i % 2 == 0 {
                set.extend(batch.iter().copied());
                tree.extend(batch.iter().copied());
            } else {
                for &x in *batch {
                    assert_eq!(set.insert(x), tree.insert(x));
                }
            }
            assert_eq!(set.iter().collect::<Vec<_>>(), tree.iter().collect::<Vec<_>>());
        }
        assert_eq!(set.len(), tree.len());
        assert!((0..12).all(|x| set.contains(&x) == tree.contains(&x)));
        let collected: SortedSet<usize> = [4, 1, 4, 0].into_iter().collect();
        assert_eq!(collected.into_iter().collect::<Vec<_>>(), [0, 1, 4]);
    }
}
