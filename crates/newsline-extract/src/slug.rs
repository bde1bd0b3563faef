//! The headline an address spells out: most news addresses end in a slug made of the
//! headline's words ("…/russia-narrowly-loses-human-rights-council-membership"). Where a
//! page prints its headline among its chrome (share buttons, bylines) or under a line of
//! navigation, the run of words the slug spells finds it.
//!
//! Rule `address slug`: the last path segment, without an extension and trailing ids,
//! split on `-` and `_`, of at least [`MIN_WORDS`] words; found in the first
//! [`SEARCH_BYTES`] of the page as a run of words holding the slug's words in order, with
//! few others between them (slugs drop short words: "kerry-lavrov-meet" is "Kerry and
//! Lavrov To Meet"), the run opening on a capital or a digit and outside any address
//! printed on the page. Examples in the tests below.

use std::ops::Range;

/// Fewer words than this say too little to find a headline by.
pub const MIN_WORDS: usize = 3;
/// How far into a page its headline is looked for.
const SEARCH_BYTES: usize = 8 * 1024;

/// The slug's words, lower-cased ("u-s-led" gives "us", "led": single letters in a row are
/// one abbreviation), or `None` when the address has no slug of [`MIN_WORDS`] words.
pub fn words(url: &str) -> Option<Vec<String>> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let segment = path.split('/').skip(1).filter(|s| !s.is_empty()).last()?;
    let segment = segment.rsplit_once('.').filter(|(_, ext)| ext.chars().all(|c| c.is_ascii_alphabetic())).map_or(segment, |(stem, _)| stem);
    let mut parts: Vec<String> = segment.split(['-', '_', '.', ',']).filter(|p| !p.is_empty()).map(str::to_ascii_lowercase).collect();
    // Ids before and after the words ("366911-russian-mig…", "…-idUSR4N1CI040", "…-1.434405").
    let is_id = |p: &String| p.chars().any(|c| c.is_ascii_digit());
    while parts.last().is_some_and(is_id) {
        parts.pop();
    }
    while parts.first().is_some_and(is_id) {
        parts.remove(0);
    }
    let mut words: Vec<String> = Vec::new();
    let mut letters_run = false;
    for part in parts {
        let letter = part.len() == 1 && part.chars().all(|c| c.is_ascii_alphabetic());
        match words.last_mut() {
            Some(last) if letter && letters_run => last.push_str(&part),
            _ => words.push(part),
        }
        letters_run = letter;
    }
    (words.len() >= MIN_WORDS && words.iter().all(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))).then_some(words)
}

/// A word of the page as a slug would write it: lower-cased, without the dots and
/// apostrophes inside it ("U.S." → "us", "Russia's" → "russias").
struct Word {
    folded: String,
    range: Range<usize>,
    /// Which line of the page it is on: a headline is on one.
    line: usize,
}

fn page_words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let mut in_address = false;
    let mut line = 0;
    let chars = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    for (at, c) in chars {
        let inner = |c: char| matches!(c, '.' | '\'' | '’');
        if c.is_alphanumeric() || (start.is_some() && inner(c) && text[at + c.len_utf8()..].starts_with(char::is_alphanumeric)) {
            start.get_or_insert(at);
            continue;
        }
        line += usize::from(c == '\n');
        if c.is_whitespace() {
            in_address = false;
        } else if c == ':' && text[at..].starts_with("://") || c == '/' {
            in_address = true;
        }
        if let Some(s) = start.take() {
            let raw = &text[s..at];
            // A word ending in an abbreviation's dot ("U.S.") keeps it in its range.
            let end = if c == '.' && raw.contains('.') { at + 1 } else { at };
            let folded: String = raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
            if !in_address && !raw.starts_with("www.") && !text[end..].starts_with("://") {
                out.push(Word { folded, range: s..end, line: line - usize::from(c == '\n') });
            }
        }
    }
    out
}

/// Where `text` prints the headline its address `url` spells, if it does.
pub fn headline(text: &str, url: Option<&str>) -> Option<Range<usize>> {
    url.and_then(words).and_then(|words| find(text, &words))
}

/// Where the page prints the headline `slug` spells: the byte range of the run of words.
pub fn find(text: &str, slug: &[String]) -> Option<Range<usize>> {
    let head = &text[..text.floor_char_boundary(SEARCH_BYTES)];
    let words = page_words(head);
    let most_others = (slug.len() / 2).max(2);
    let runs = (0..words.len()).filter_map(|start| {
        let opens = words[start].folded == slug[0] || slug.get(1).is_some_and(|next| joined(&words[start].folded, &slug[0], next));
        let first = text[words[start].range.clone()].chars().next()?;
        // A headline opens on a capital or a digit, or on a name's lower-case particle at
        // its line's start ("al-Qaida blamed for blasts in Syria").
        let line_start = text[..words[start].range.start].chars().next_back().is_none_or(|c| c == '\n');
        if !opens || !(first.is_uppercase() || first.is_ascii_digit() || line_start) {
            return None;
        }
        run_from(&words, start, slug, most_others).map(|(last, others)| (others, words[start].range.start..words[last].range.end))
    });
    // The closest run wins, the first of equals: a breadcrumb ending in the headline's first
    // word ("Start Russia Russia urges …") opens a run one word looser than the headline's own.
    runs.min_by_key(|(others, range)| (*others, range.start)).map(|(_, range)| range)
}

/// Two slug words written as one on the page ("re-election" → "reelection").
fn joined(word: &str, first: &str, second: &str) -> bool {
    word.len() == first.len() + second.len() && word.starts_with(first) && word.ends_with(second)
}

/// The last word of the run from `start` that holds the slug's words in order with at most
/// `most_others` other words between them, and how many other words it holds. The slug's last word may be cut short
/// ("…-in-mediterrane").
fn run_from(words: &[Word], start: usize, slug: &[String], most_others: usize) -> Option<(usize, usize)> {
    let (mut next, mut others) = (0, 0);
    for (at, word) in words.iter().enumerate().skip(start) {
        if word.line != words[start].line {
            return None;
        }
        let w = &word.folded;
        if *w == slug[next] || next + 1 == slug.len() && w.starts_with(&slug[next]) {
            next += 1;
        } else if slug.get(next + 1).is_some_and(|second| joined(w, &slug[next], second)) {
            next += 2;
        } else {
            others += 1;
            if others > most_others {
                return None;
            }
            continue;
        }
        if next >= slug.len() {
            return Some((at, others));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slug(url: &str) -> Vec<String> {
        words(url).unwrap_or_default()
    }

    #[test]
    fn the_slug_is_the_last_segment_without_ids_and_extension() {
        assert_eq!(
            slug("https://www.pbs.org/newshour/world/russia-narrowly-loses-human-rights-council-membership"),
            ["russia", "narrowly", "loses", "human", "rights", "council", "membership"]
        );
        assert_eq!(slug("https://x.com/a/366911-russian-mig-crashes-mediterranean"), ["russian", "mig", "crashes", "mediterranean"]);
        assert_eq!(slug("https://x.com/us-uk-say-theyre-weighing-sanctions-1.434405"), ["us", "uk", "say", "theyre", "weighing", "sanctions"]);
        assert_eq!(slug("https://x.com/2016/09/10/u-s-and-russia-announce-plan/"), ["us", "and", "russia", "announce", "plan"]);
        assert_eq!(slug("https://x.com/story.html?id=3"), Vec::<String>::new());
        assert_eq!(words("https://x.com/news/90779922"), None);
        assert_eq!(words("https://x.com/"), None);
    }

    #[test]
    fn a_headline_among_chrome_is_found_by_its_slug_words() {
        let page = "By — A Writer Share Copy URL https://www.pbs.org/newshour/world/russia-narrowly-loses-human-rights-council-membership \
                    Email Share on Twitter Russia narrowly loses Human Rights Council membership World Oct 28, 2016";
        let slug = slug("https://www.pbs.org/newshour/world/russia-narrowly-loses-human-rights-council-membership");
        let found = find(page, &slug).expect("the headline is on the page");
        assert_eq!(&page[found], "Russia narrowly loses Human Rights Council membership");
    }

    #[test]
    fn slugs_drop_short_words_abbreviations_and_cut_the_last_word() {
        let cases = [
            ("kerry-lavrov-meet", "Menu\nKerry and Lavrov To Meet Saturday in Lausanne\n", "Kerry and Lavrov To Meet"),
            ("u-n-security-council-likely-meet", "U.N. Security Council likely to meet on strikes", "U.N. Security Council likely to meet"),
            ("russia-says-jet-crashed-in-mediterrane", "Russia says MiG-29 jet crashed in Mediterranean", "Russia says MiG-29 jet crashed in Mediterranean"),
            ("russia-fails-to-win-re-election", "Russia Fails To Win Re-election To U.N.", "Russia Fails To Win Re-election"),
        ];
        for (url, page, headline) in cases {
            let found = find(page, &slug(&format!("https://x.com/{url}"))).unwrap_or_else(|| panic!("{url}"));
            assert_eq!(&page[found], headline, "{url}");
        }
    }

    #[test]
    fn a_headline_may_open_on_a_lower_case_particle_at_its_lines_start() {
        let url = "https://x.com/news/al-qaida-blamed-for-blasts-in-syria-1-4089619";
        let page = "al-Qaida blamed for blasts in Syria\nHave your say\nTwin bombs exploded.";
        assert_eq!(find(page, &slug(url)).map(|r| &page[r]), Some("al-Qaida blamed for blasts in Syria"));
        let inside = "Menu and al-Qaida blamed for blasts in Syria\nTwin bombs exploded.";
        assert_eq!(find(inside, &slug(url)), None, "in mid-line, a run opening in lower case is no headline");
    }

    #[test]
    fn a_breadcrumb_ending_in_the_headlines_first_word_is_left_out() {
        let page = "Start Russia Russia urges Turkey tougher action in Idlib\n\nRussia urges Turkey to crack down.";
        let found = find(page, &slug("https://x.com/russia-urges-turkey-tougher-action-in-idlib/")).expect("the headline is on the page");
        assert_eq!(&page[found], "Russia urges Turkey tougher action in Idlib");
    }

    #[test]
    fn words_far_apart_or_in_lower_case_are_no_headline() {
        let putin = slug("https://x.com/putin-says-not-right-time-to-resume-aleppo-strikes");
        assert_eq!(find("Putin said on Monday that it was, in his view, not the right time for anyone to resume the strikes on Aleppo.", &putin), None);
        assert_eq!(find("when kerry and lavrov meet", &slug("https://x.com/kerry-lavrov-meet")), None);
    }
}
