//! Who published a page and which agency wrote it: the publisher from the page's
//! address (`data/publishers.toml`, else a readable name made of the host's own words),
//! and the agency from the credit lines agency copies carry.
//!
//! Rules, each with its examples in the tests below:
//! * `listed host`: the host or a parent domain is in `data/publishers.toml`
//!   ("in.reuters.com" → Reuters).
//! * `platform blog`: a blog on a hosting platform is named by its sub-domain
//!   ("someblog.blogspot.com" → "Someblog").
//! * `host words`: any other host is named from its registrable label, split into the
//!   words of `[naming] words` ("middleeastobserver.org" → "Middle East Observer").
//! * `wire path`: an address under a wires folder names the agency ("/wires/reuters/").
//! * `credit`: credit lines of agency copies name the agency: Reuters' "(Reporting by …;
//!   Editing by …)", copyright lines ("© Copyright ANSA", "Copyright 2016 The Associated
//!   Press", "(c) AFP"), a trailing "— AFP", bylines ("By The Associated Press",
//!   "By A. Writer | Associated Press |", "Reuters Staff").

use crate::data;
use regex::Regex;
use std::sync::OnceLock;

/// The host of an address, lower-cased, without user, port or a trailing dot.
pub fn host(url: &str) -> Option<String> {
    let rest = url.trim();
    let rest = rest.split_once("://").map_or(rest, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.').to_ascii_lowercase();
    (host.contains('.') && !host.contains(char::is_whitespace)).then_some(host)
}

/// The listed publisher of a host: the host itself or its nearest listed parent domain.
pub fn listed(host: &str) -> Option<&'static data::Publisher> {
    let publishers = &data::publishers().publisher;
    let mut suffix = host;
    loop {
        if let Some(p) = publishers.iter().find(|p| p.domains.iter().any(|d| domain_matches(d, suffix))) {
            return Some(p);
        }
        suffix = suffix.split_once('.')?.1;
        if !suffix.contains('.') {
            return None;
        }
    }
}

/// "reuters.com" matches "reuters.com"; "interfax." matches "interfax.ru" and "interfax.com.ua".
fn domain_matches(domain: &str, host: &str) -> bool {
    match domain.strip_suffix('.') {
        Some(label) => host.strip_prefix(label).and_then(|rest| rest.strip_prefix('.')).is_some_and(|tld| tld.split('.').count() <= 2 && !tld.is_empty()),
        None => domain == host,
    }
}

/// The label of a host that names the site: "www.thedailystar.net" → "thedailystar",
/// "www.aol.co.uk" → "aol", "someblog.blogspot.com" → "someblog".
pub fn site_label(host: &str) -> Option<&str> {
    let naming = &data::publishers().naming;
    for platform in &naming.platforms {
        if let Some(sub) = host.strip_suffix(platform.as_str()).and_then(|h| h.strip_suffix('.')) {
            return sub.rsplit('.').next().filter(|s| !s.is_empty());
        }
    }
    let mut labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    let tld = labels.pop()?;
    if tld.len() == 2 && labels.len() >= 2 && naming.second_levels.iter().any(|s| s == labels[labels.len() - 1]) {
        labels.pop();
    }
    // The registrable label is the last one left; leading "www.", "m." and the like say nothing.
    let label = *labels.last()?;
    (!naming.drop_prefixes.iter().any(|p| p == label) || labels.len() == 1).then_some(label)
}

/// Words that only join two others in a name ("Times of India"): never its first or last.
const CONNECTIVES: [&str; 5] = ["of", "and", "in", "on", "for"];

/// Words that open a name but never close one ("Our Planet", not "Devdisc Our").
const OPENERS: [&str; 4] = ["the", "my", "our", "your"];

/// A readable name from the host's own words: "middleeastobserver.org" → "Middle East
/// Observer", "east-west-report.info" → "East West Report", "cnsnews.com" → "CNS News";
/// a name of three letters or fewer is written in capitals ("qtv.com" → "QTV"), and a
/// host holding no listed word is named by its address ("www.katehon.com" → "katehon.com").
pub fn host_name(host: &str) -> Option<String> {
    let label = without_country_code(site_label(host)?);
    let mut words: Vec<String> = Vec::new();
    for part in label.split(['-', '_']).filter(|p| !p.is_empty()) {
        words.extend(split_words(part));
    }
    if words.is_empty() {
        return None;
    }
    let known = |w: &str| data::publishers().naming.words.iter().any(|k| k == w);
    if label.len() > 3 && !words.iter().any(|w| known(w)) {
        return Some(site_address(host));
    }
    // A name ends on a word of the list ("Kalamazoo Gazette") unless it opens as a masthead
    // ("The Daily Zeast", "Daily Sabah") or ends on a place after a connective ("Time for Zembla"): listed words before an unknown ending are a guess at its split
    // ("waradana" is no "War Adana", "yournewlifeinchrist" no "Your New Lifeinchrist").
    let ends_unknown = words.last().is_some_and(|w| !known(w) && !w.bytes().all(|b| b.is_ascii_digit()));
    let after_connective = words.len() > 1 && CONNECTIVES.contains(&words[words.len() - 2].as_str());
    let masthead = data::publishers().naming.masthead_openers.contains(&words[0]);
    if words.len() > 1 && ends_unknown && !masthead && !after_connective {
        return Some(site_address(host));
    }
    let alone = words.len() == 1;
    if alone && data::publishers().naming.medium_words.contains(&words[0]) {
        return Some(site_address(host));
    }
    let named: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && CONNECTIVES.contains(&w.as_str()) {
                w.clone()
            } else if w.len() <= 3 && (!known(w) || alone) && w.chars().all(|c| c.is_ascii_alphabetic()) {
                w.to_ascii_uppercase()
            } else {
                let mut chars = w.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
            }
        })
        .collect();
    Some(named.join(" "))
}

/// The host without leading labels that say nothing ("www.", "en."): "en.zembla.ir" →
/// "zembla.ir", "geneva.zemblamission.gov" stays whole.
fn site_address(host: &str) -> String {
    let drop = &data::publishers().naming.drop_prefixes;
    let mut rest = host;
    // A server's own label is made of such words, numbered or joined ("img2-cdn.").
    let says_nothing = |label: &str| label.split('-').all(|part| drop.iter().any(|d| d == part.trim_end_matches(|c: char| c.is_ascii_digit())));
    while let Some((first, tail)) = rest.split_once('.') {
        if !tail.contains('.') || !says_nothing(first) {
            break;
        }
        rest = tail;
    }
    rest.to_string()
}

/// A label ending in a country code right after a listed word of a name of several: the
/// name without it ("zemblatimesbd" → "zemblatimes"; "newsweekly" keeps its "ly", "weekly"
/// is a word; "newser" and "cityam" are no "news" of Eritrea or "city" of Armenia).
fn without_country_code(label: &str) -> &str {
    let naming = &data::publishers().naming;
    let listed = |w: &str| naming.words.iter().any(|k| k == w);
    // A particle is no word to end a name on ("alal|am" is no "Al Al" of Armenia).
    let ends_listed = |name: &str| split_words(name).last().is_some_and(|w| w.len() >= 3 && listed(w));
    let at = label.len().saturating_sub(2);
    if at < 4 || !label.is_char_boundary(at) || label.contains(['-', '_']) {
        return label;
    }
    let (name, code) = label.split_at(at);
    let code_at_end = naming.country_codes.iter().any(|c| c == code) && !listed(code);
    // A code after a single word is the word's own ending ("news|er", "city|am").
    if code_at_end && ends_listed(name) && !ends_listed(label) && split_words(name).len() >= 2 {
        name
    } else {
        label
    }
}

/// Splits one run of letters into the fewest listed words, an unlisted piece costing
/// more than a listed one and more the longer it is (dynamic programming over the bytes).
fn split_words(part: &str) -> Vec<String> {
    let part = part.to_ascii_lowercase();
    if !part.is_ascii() || part.len() > 60 {
        return vec![part];
    }
    let words = &data::publishers().naming.words;
    let n = part.len();
    // A listed word costs 6 (10 for two letters); an unlisted piece 14 and 4 a letter, so a
    // listed word of three letters or more splits off an unlisted one, and one of two letters
    // only between listed words ("times|of|...", not "zemb|la"). An unlisted piece of one or
    // two letters costs 40: a word is not split to leave a letter or two ("b|east", "ja|pan").
    // A connective at either end joins nothing: it costs as an unlisted piece.
    let listed = |w: &str| words.iter().any(|k| k == w);
    let cost = |piece: &str, at_end: bool, end_of_name: bool| -> u32 {
        let listed = listed(piece) && !(at_end && CONNECTIVES.contains(&piece)) && !(end_of_name && OPENERS.contains(&piece));
        match (listed, piece.len()) {
            (true, 2) => 10,
            (true, _) => 6,
            (false, n) if n <= 2 && !piece.bytes().all(|b| b.is_ascii_digit()) => 40,
            (false, n) => 14 + 4 * n as u32,
        }
    };
    let mut best: Vec<(u32, usize)> = vec![(u32::MAX, 0); n + 1];
    best[0] = (0, 0);
    for end in 1..=n {
        for start in 0..end {
            if best[start].0 == u32::MAX {
                continue;
            }
            let c = best[start].0 + cost(&part[start..end], start == 0 || end == n, end == n);
            if c < best[end].0 {
                best[end] = (c, start);
            }
        }
    }
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let start = best[end].1;
        pieces.push(part[start..end].to_string());
        end = start;
    }
    pieces.reverse();
    // A short listed word with only short unlisted pieces beside it is part of them
    // ("xyz|one"), except "the" opening the name ("baltimore|sun" stays apart).
    let keep: Vec<bool> = (0..pieces.len())
        .map(|i| {
            let p = &pieces[i];
            if !listed(p) {
                return false;
            }
            if p.len() > 3 || (i == 0 && p == "the" && pieces.len() > 1) {
                return true;
            }
            // A neighbour that is a listed word or an unlisted one of four letters or more.
            let word = |q: &String| listed(q) || q.len() >= 4;
            let left = i.checked_sub(1).map(|j| word(&pieces[j]));
            let right = pieces.get(i + 1).map(word);
            left == Some(true) || right == Some(true) || (left.is_none() && right.is_none())
        })
        .collect();
    // An unlisted piece of three letters or fewer after a word is its ending ("west|ern").
    let mut merged: Vec<String> = Vec::new();
    let mut last_kept = true;
    for (piece, kept) in pieces.into_iter().zip(keep) {
        match merged.last_mut() {
            Some(last) if !kept && (!last_kept || piece.len() <= 3) => last.push_str(&piece),
            _ => merged.push(piece),
        }
        last_kept = kept && merged.last().is_some_and(|l| listed(l));
    }
    merged
}

/// The publisher of a page from its address: its name and where it came from
/// ("address" for a listed publisher, "host name" for a name made of the host's words).
pub fn from_address(url: &str) -> Option<(String, &'static str)> {
    let host = host(url)?;
    if let Some(p) = listed(&host) {
        return Some((p.name.clone(), "address"));
    }
    host_name(&host).map(|name| (name, "host name"))
}

/// The agency named by a wires folder of the address: ".../wires/reuters/article-1.html".
pub fn agency_in_path(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/')?.1.split(['?', '#']).next()?;
    let mut segments = path.split('/');
    while let Some(segment) = segments.next() {
        if segment.eq_ignore_ascii_case("wires") || segment.eq_ignore_ascii_case("wire") {
            // Folders are lower case: "ap" is "AP" here.
            return segments.next().and_then(|s| agency_named(&s.to_ascii_uppercase()).or_else(|| agency_named(s)));
        }
    }
    None
}

/// A known agency by one of its names or markers ("AP", "The Associated Press", "reuters").
/// Names and markers of four letters or more match in any capitalisation; shorter ones
/// only as written ("AP", not "ap").
pub fn agency_named(name: &str) -> Option<&'static str> {
    static CELL: OnceLock<rustc_hash::FxHashMap<String, &'static str>> = OnceLock::new();
    let names = CELL.get_or_init(|| {
        let mut names = rustc_hash::FxHashMap::default();
        let mut add = |form: &str, name: &'static str| {
            let key = if form.len() > 3 { form.to_lowercase() } else { form.to_string() };
            names.entry(key).or_insert(name);
        };
        for o in data::outlets() {
            add(&o.name, &o.name);
            for m in &o.markers {
                add(m, &o.name);
            }
        }
        for p in data::publishers().publisher.iter().filter(|p| p.agency) {
            add(&p.name, &p.name);
        }
        names
    });
    let name = name.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let name = name.strip_prefix("The ").unwrap_or(name);
    if name.is_empty() || name.len() > 40 {
        return None;
    }
    if name.len() > 3 {
        names.get(&name.to_lowercase()).copied()
    } else {
        names.get(name).copied()
    }
}

/// The agency a credit line of an agency copy names, and the words that name it.
/// Looks at lines of furniture, bylines and the ends of story paragraphs.
pub fn agency_credit(line: &str) -> Option<(&'static str, String)> {
    let line = line.trim();
    if line.len() > 400 {
        return None;
    }
    static CELLS: OnceLock<[Regex; 4]> = OnceLock::new();
    let [reuters, copyright, trailing, byline] = CELLS.get_or_init(|| {
        [
            // Reuters' credit: "(Reporting by A; Editing by B)", "Reporting by A; Writing by B".
            Regex::new(r"(?:^|\(|\s)(?:Additional )?(?:Reporting|Writing) by [^;()]{2,80};\s*(?:[A-Za-z ]+ by [^;()]+;\s*)*(?:Editing|editing|Writing) by [^)]{2,80}\)?\s*$").unwrap(),
            // Copyright lines: "© Copyright ANSA", "Copyright 2016 The Associated Press", "(c) AFP 2016".
            Regex::new(r"(?:©|\([cC]\)|(?-u:\b)Copyright(?-u:\b))\s*(?:(?:Copyright|©)\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<name>(?:The\s+)?[A-Z][A-Za-z.&\-]*(?:\s+[A-Z][A-Za-z.&\-]*){0,3})").unwrap(),
            // A trailing credit: "… in the city. — AFP", "-AFP", "(Reuters)".
            Regex::new(r"(?:^|[.”\x22’]\s*|\s)(?:[-–—]+\s*(?P<dash>[A-Z][A-Za-z]*(?:[ \-][A-Z][A-Za-z]*){0,2})|\((?P<paren>[A-Z][A-Za-z]*(?:[ \-][A-Z][A-Za-z]*){0,2})\))\.?\s*$").unwrap(),
            // Bylines: "By The Associated Press", "By A. Writer | Associated Press | Published …", "Reuters Staff".
            Regex::new(r"^(?:By\s+)?(?:[^|]*\|\s*)?(?P<name>(?:The\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2})(?:\s+(?:Staff|staff|Reporters?|reporters?))?\s*(?:\|.*)?$").unwrap(),
        ]
    });
    // Cheap tests first: most lines are story sentences that credit nobody.
    if find_fixed!(" by ", line).is_some() && (find_fixed!("Reporting", line).is_some() || find_fixed!("Writing", line).is_some()) && reuters.is_match(line) {
        let at = reuters.find(line).map_or(0, |m| m.start());
        return Some(("Reuters", line[at..].trim().trim_start_matches('(').to_string()));
    }
    let copyright_mark = has_copyright_mark(line);
    // The mark first: the captures are the costly part, and most lines have none.
    if let Some(caps) = copyright_mark.then(|| copyright.captures(line)).flatten() {
        let name = &caps["name"];
        // "Copyright 2016 The Associated Press. All rights…": the name stops at a sentence end.
        if let Some(agency) = prefixes(name).find_map(agency_named) {
            return Some((agency, caps.get(0)?.as_str().trim().to_string()));
        }
    }
    // A trailing credit is in the last few words: only they are searched.
    let mut tail_at = line.len().saturating_sub(48);
    while tail_at > 0 && !(line.is_char_boundary(tail_at) && line[..tail_at].ends_with(char::is_whitespace)) {
        tail_at -= 1;
    }
    let tail = &line[tail_at..];
    if let Some(caps) = (has_dash_or_bracket(tail) && trailing.is_match(tail)).then(|| trailing.captures(tail)).flatten() {
        if let Some(agency) = caps.name("dash").or(caps.name("paren")).and_then(|m| agency_named(m.as_str())) {
            let whole = caps.get(0)?.as_str();
            let at = whole.find(['-', '–', '—', '(']).unwrap_or(0);
            return Some((agency, whole[at..].trim().to_string()));
        }
    }
    if line.len() > 160 || line.split_whitespace().nth(14).is_some() {
        return None;
    }
    let marked = line.starts_with("By ") || line.contains('|') || line.ends_with("Staff");
    let dated = !marked && line.contains(',') && crate::published::has_year(line);
    if marked || dated {
        if let Some(caps) = byline.captures(line) {
            if let Some(agency) = agency_named(&caps["name"]) {
                return Some((agency, line.to_string()));
            }
        }
        // "By A. Writer | Associated Press | Published: …": any segment naming an agency.
        // "Agency , Monday 14 Nov 2016": the name before the date of a date line.
        let separators: &[char] = if dated { &['|', ','] } else { &['|'] };
        if let Some(agency) =
            line.split(separators).map(|s| s.trim().trim_start_matches("By ").trim_end_matches(" Staff").trim_end_matches(" staff")).find_map(agency_named)
        {
            return Some((agency, line.to_string()));
        }
    }
    None
}

/// Whether `tail` has '-', '–', '—' or '(': the bytes are read, and the dashes (three
/// bytes from 0xE2) looked for only when that byte is there, not every character matched.
fn has_dash_or_bracket(tail: &str) -> bool {
    let bytes = tail.as_bytes();
    memchr::memchr2(b'-', b'(', bytes).is_some() || (memchr::memchr(0xE2, bytes).is_some() && tail.contains(['–', '—']))
}

/// "©", "(c)", "(C)" or "Copyright" in the line; the bracketed marks are looked for only
/// when the line has a bracket (a memchr), not with a string searcher each.
fn has_copyright_mark(line: &str) -> bool {
    // The searcher for "Copyright" is built once, not per line.
    static COPYRIGHT: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let copyright = COPYRIGHT.get_or_init(|| memchr::memmem::Finder::new("Copyright"));
    // "(c)" and "(C)": each '(' looked at, not a string searcher built for each mark.
    // One pass for both marks' first bytes ('©' opens with 0xC2, a lead byte), not a
    // search for each (core's `contains('©')` read the line a word at a time).
    let bytes = line.as_bytes();
    memchr::memchr2_iter(0xC2, b'(', bytes).any(|at| match bytes[at] {
        0xC2 => bytes.get(at + 1) == Some(&0xA9),
        _ => matches!(bytes.get(at + 1..at + 3), Some([b'c' | b'C', b')'])),
    }) || copyright.find(bytes).is_some()
}

/// The owner a copyright line names when it is no agency: "Copyright © 2016 The Zembla
/// Times Company. All rights reserved." → "The Zembla Times Company".
pub fn copyright_owner(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 200 || !has_copyright_mark(line) {
        return None;
    }
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| {
        Regex::new(r"(?:©|\([cC]\)|(?-u:\b)Copyright(?-u:\b))\s*(?:(?:Copyright|©)\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<name>(?:The\s+)?[A-Z][A-Za-z.&\-]*(?:\s+[A-Z][A-Za-z.&\-]*){0,4})").unwrap()
    });
    let name = re.captures(line)?.name("name")?.as_str();
    let mut name = name.strip_suffix(" All").unwrap_or(name).trim().trim_end_matches('.');
    // The company behind the title: "The Zembla Times Company" is The Zembla Times.
    for suffix in [" Company", " Co", " Inc", " Ltd", " LLC", " Corporation", " Group", " Media Group"] {
        name = name.strip_suffix(suffix).unwrap_or(name);
    }
    (agency_named(name).is_none() && !name.is_empty()).then(|| name.to_string())
}

/// The name a page gives itself in a prompt to subscribe: "Subscribe to EIR Online" →
/// "EIR", "Subscribe to The Zembla Times" → "The Zembla Times"; none for a prompt naming
/// what is sent ("Subscribe to our newsletter", "Subscribe to: Post Comments (Atom)").
pub fn subscribed_name(line: &str) -> Option<String> {
    const SENT: [&str; 14] =
        ["our", "my", "newsletter", "newsletters", "post", "posts", "comments", "updates", "alerts", "channel", "rss", "feed", "podcast", "youtube"];
    static CELL: OnceLock<Regex> = OnceLock::new();
    let re = CELL.get_or_init(|| Regex::new(r"^(?:Subscribe|SUBSCRIBE) to (?P<name>(?:The )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s*[.!]?$").unwrap());
    let name = re.captures(line.trim())?.name("name")?.as_str();
    let name = name.strip_suffix(" Online").filter(|n| !n.is_empty() && *n != "The").unwrap_or(name);
    let sent = name.split_whitespace().any(|w| SENT.contains(&w.to_lowercase().as_str()));
    (!sent).then(|| name.to_string())
}

/// "The Associated Press All" → "The Associated Press All", "The Associated Press", "The Associated", "The".
fn prefixes(name: &str) -> impl Iterator<Item = &str> {
    let ends: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).chain([name.len()]).collect();
    ends.into_iter().rev().map(move |e| name[..e].trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_found_as_the_character_searches_found_them() {
        for line in ["", "a - b", "(x", "en – dash", "em — dash", "“quoted” ‘text’", "Copyright 2016", "copyright", "© AFP", "(c) AFP", "x (C)", "…"]
        {
            assert_eq!(has_dash_or_bracket(line), line.contains(['-', '–', '—', '(']), "{line:?}");
            let plain = line.contains('©') || line.contains("(c)") || line.contains("(C)") || line.contains("Copyright");
            assert_eq!(has_copyright_mark(line), plain, "{line:?}");
        }
    }

    #[test]
    fn copyright_owners() {
        assert_eq!(copyright_owner("Copyright © 2016 The Zembla Times. All rights reserved.").as_deref(), Some("The Zembla Times"));
        assert_eq!(copyright_owner("© 2016 Zembla Post"), Some("Zembla Post".into()));
        assert_eq!(copyright_owner("Copyright © 2016 The Zembla Times Company. All rights reserved.").as_deref(), Some("The Zembla Times"));
        assert_eq!(copyright_owner("Copyright 2016 The Associated Press. All rights reserved."), None);
        assert_eq!(copyright_owner("Troops advanced."), None);
    }

    #[test]
    fn every_domain_is_listed_once_in_lower_case() {
        let mut seen = std::collections::HashSet::new();
        for p in &data::publishers().publisher {
            for d in &p.domains {
                assert_eq!(d, &d.to_lowercase(), "{d}");
                assert!(seen.insert(d.clone()), "{d} is listed twice");
            }
        }
    }

    #[test]
    fn hosts_of_addresses() {
        assert_eq!(host("https://www.Reuters.com/article/x?y=1").as_deref(), Some("www.reuters.com"));
        assert_eq!(host("http://user@in.reuters.com:8080/a").as_deref(), Some("in.reuters.com"));
        assert_eq!(host("example.org/path").as_deref(), Some("example.org"));
        assert_eq!(host("not a url"), None);
    }

    #[test]
    fn listed_hosts_name_their_publisher() {
        let name = |url: &str| from_address(url);
        assert_eq!(name("https://in.reuters.com/article/x"), Some(("Reuters".into(), "address")));
        assert_eq!(name("http://uk.reuters.com/article/x"), Some(("Reuters".into(), "address")));
        assert_eq!(name("https://www.bbc.co.uk/news/world-1"), Some(("BBC".into(), "address")));
        // A publisher's feeds on its other domain are its own pages.
        assert_eq!(name("https://feeds.bbci.co.uk/news/world-us-canada-1"), Some(("BBC".into(), "address")));
        assert_eq!(name("https://edition.cnn.com/2016/10/07/x"), Some(("CNN".into(), "address")));
        assert_eq!(name("https://www.interfax.ru/world/1"), Some(("Interfax".into(), "address")));
        assert_eq!(name("https://zeenews.india.com/news/world/x"), Some(("Zee News".into(), "address")));
        assert_eq!(name("https://abcnews.go.com/International/x"), Some(("ABC News".into(), "address")));
        // The nearest listed domain: a sub-domain listed of its own is its own site.
        assert_eq!(name("https://today.lorientlejour.com/article/x"), Some(("L'Orient Today".into(), "address")));
        assert_eq!(name("https://www.lorientlejour.com/article/x"), Some(("L'Orient-Le Jour".into(), "address")));
        assert_eq!(name("http://www.sltrib.com/sltrib/world/x.html.csp"), Some(("The Salt Lake Tribune".into(), "address")));
        assert!(listed("reuters.com.evil.example").is_none());
    }

    #[test]
    fn other_hosts_are_named_from_their_words() {
        let name = |url: &str| {
            from_address(url).map(|(n, how)| {
                assert_eq!(how, "host name");
                n
            })
        };
        assert_eq!(name("https://www.westernwatchpost.org/2016/10/x").as_deref(), Some("Western Watch Post"));
        assert_eq!(name("http://east-west-report.info/x").as_deref(), Some("East West Report"));
        assert_eq!(name("https://thenationalherald.co.uk/x").as_deref(), Some("The National Herald"));
        assert_eq!(name("https://www.thezemblastatesman.com/x").as_deref(), Some("The Zembla Statesman"), "not \"State Sman\"");
        assert_eq!(name("https://www.qrtnews.com/x").as_deref(), Some("QRT News"));
        assert_eq!(name("https://qtv.com/news/x").as_deref(), Some("QTV"));
        assert_eq!(name("https://kalamazoogazette.com/x").as_deref(), Some("Kalamazoo Gazette"));
        assert_eq!(name("https://m.someweirdname.net/x").as_deref(), Some("someweirdname.net"));
        assert_eq!(name("http://kpvtrd.blogspot.com/2016/10/x.html").as_deref(), Some("kpvtrd.blogspot.com"));
        assert_eq!(name("https://thedailymonitor.wordpress.com/x").as_deref(), Some("The Daily Monitor"));
        assert_eq!(name("https://www.thekalamazoopost.com/x").as_deref(), Some("The Kalamazoo Post"));
        assert_eq!(name("https://www.timesofindia-online.com/x").as_deref(), Some("Times of India Online"));
        assert_eq!(name("https://www.zemblatimes.com/x").as_deref(), Some("Zembla Times"));
        assert_eq!(name("https://www.bluestone.com/x").as_deref(), Some("bluestone.com"));
        assert_eq!(name("https://www.buffalonews.com/x").as_deref(), Some("Buffalo News"));
        assert_eq!(name("https://www.thedailyzeast.com/x").as_deref(), Some("The Daily Zeast"));
        assert_eq!(name("https://www.zemblatoday.com/x").as_deref(), Some("Zembla Today"));
        assert_eq!(name("https://www.ruritaniasun.com/x").as_deref(), Some("Ruritania Sun"));
        assert_eq!(name("https://www.xyzone.com/x").as_deref(), Some("xyzone.com"));
        assert_eq!(name("https://www.9news.com.zz/x").as_deref(), Some("9 News"));
        assert_eq!(name("https://theconservativerepublic.com/x").as_deref(), Some("The Conservative Republic"), "not \"Conservativere Public\"");
        // Listed words before an unknown ending are no name; a determiner closes none.
        assert_eq!(name("https://waradana.com/english/x").as_deref(), Some("waradana.com"));
        assert_eq!(name("http://www.yournewlifeinchrist.com/x").as_deref(), Some("yournewlifeinchrist.com"));
        assert_eq!(name("https://www.devdiscourse.com/article/x").as_deref(), Some("devdiscourse.com"));
        // A connective inside a name stays lower-case.
        assert_eq!(name("https://timeforzembla.com/x").as_deref(), Some("Time for Zembla"));
    }

    #[test]
    fn a_host_with_no_listed_word_is_named_by_its_address() {
        assert_eq!(host_name("en.qwzxam.ir").as_deref(), Some("qwzxam.ir"));
        assert_eq!(host_name("rome.zemblamission.gov").as_deref(), Some("rome.zemblamission.gov"));
        assert_eq!(host_name("www.qrx.org").as_deref(), Some("QRX"));
        // A word naming a kind of medium alone names no outlet.
        assert_eq!(host_name("www.radio.gov.zz").as_deref(), Some("radio.gov.zz"));
        assert_eq!(host_name("www.independent.co.uk").as_deref(), Some("Independent"));
    }

    #[test]
    fn a_country_code_closing_a_host_name_is_dropped() {
        assert_eq!(host_name("www.zemblatimesbd.net").as_deref(), Some("Zembla Times"));
        assert_eq!(host_name("www.eveningpostng.com").as_deref(), Some("Evening Post"));
        // "weekly" is a word, not "week" and Libya's "ly".
        assert_eq!(host_name("www.zemblaweekly.com").as_deref(), Some("Zembla Weekly"));
        // After an unlisted piece the letters are its ending ("po|st" is no Sao Tome).
        assert_eq!(host_name("www.kyivpost.com").as_deref(), Some("Kyiv Post"));
        assert_eq!(host_name("en.alalam.zz").as_deref(), Some("alalam.zz"));
        // After one word the letters are its ending: "newser" is no "news" of Eritrea.
        assert_eq!(host_name("www.timeser.com").as_deref(), Some("timeser.com"));
        assert_eq!(host_name("img2-cdn.newser.com").as_deref(), Some("newser.com"));
        assert_eq!(host_name("cityam.com").as_deref(), Some("cityam.com"));
    }

    #[test]
    fn a_connective_never_opens_or_closes_a_host_name() {
        assert_eq!(host_name("zemblanewsstand.com").as_deref(), Some("Zembla News Stand"));
        assert_eq!(host_name("www.qwxstand.org").as_deref(), Some("QWX Stand"));
        assert_eq!(split_words("qwertyand"), ["qwertyand"]);
        assert_eq!(split_words("ofqwerty"), ["ofqwerty"]);
    }

    #[test]
    fn a_prompt_to_subscribe_names_the_site() {
        assert_eq!(subscribed_name("Subscribe to ZRQ Online").as_deref(), Some("ZRQ"));
        assert_eq!(subscribed_name("Subscribe to The Zembla Times").as_deref(), Some("The Zembla Times"));
        assert_eq!(subscribed_name("Subscribe to our newsletter"), None);
        assert_eq!(subscribed_name("Subscribe to Our Newsletter"), None);
        assert_eq!(subscribed_name("Subscribe to: Post Comments (Atom)"), None);
        assert_eq!(subscribed_name("Subscribe to the Zembla Times for the whole story on the talks"), None);
    }

    #[test]
    fn a_wires_folder_names_the_agency() {
        assert_eq!(agency_in_path("http://www.example.co.uk/wires/reuters/article-1/x.html"), Some("Reuters"));
        assert_eq!(agency_in_path("http://www.example.co.uk/wires/ap/article-1/x.html"), Some("AP"));
        assert_eq!(agency_in_path("http://www.example.co.uk/news/article-1/x.html"), None);
    }

    #[test]
    fn credit_lines_of_agency_copies() {
        let agency = |line: &str| agency_credit(line).map(|(a, _)| a);
        assert_eq!(agency("(Reporting by Jane Roe; Editing by John Doe)"), Some("Reuters"));
        assert_eq!(agency("The talks will resume. (Reporting by Jane Roe and Ann Poe; Writing by Tom Moe; Editing by John Doe)"), Some("Reuters"));
        assert_eq!(agency("© Copyright ANSA. All rights reserved."), Some("ANSA"));
        assert_eq!(agency("Copyright 2016 The Associated Press. All rights reserved."), Some("AP"));
        assert_eq!(agency("(c) AFP 2016"), Some("AFP"));
        assert_eq!(agency("The envoy left the city on Friday. — AFP"), Some("AFP"));
        assert_eq!(agency("The envoy left the city on Friday. -AFP"), Some("AFP"));
        assert_eq!(agency(" - Reuters"), Some("Reuters"));
        assert_eq!(agency("By The Associated Press"), Some("AP"));
        assert_eq!(agency("By JANE ROE | Associated Press | Published: October 9, 2016"), Some("AP"));
        assert_eq!(agency("Reuters Staff"), Some("Reuters"));
        assert_eq!(agency("AFP , Monday 10 Oct 2016"), Some("AFP"));
        assert_eq!(agency("By Jane Roe"), None);
        assert_eq!(agency("Copyright 2016 The Daily Planet"), None);
        assert_eq!(agency("The minister said he met the envoy - Lavrov"), None);
    }
}
