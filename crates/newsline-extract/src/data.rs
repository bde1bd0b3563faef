//! The curated knowledge files in `data/`, parsed once.
//!
//! They are compiled into the extractor, so the CLI and `build.rs` need no paths.
//! Each file documents its own format; a malformed file fails every test at once.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Furniture {
    pub labels: Vec<String>,
    pub credit_markers: Vec<String>,
    pub icon_words: Vec<String>,
    pub caption_credits: Vec<String>,
    pub chrome_words: Vec<String>,
    pub weak_chrome_words: Vec<String>,
    pub prompt_verbs: Vec<String>,
    pub strong_prompt_verbs: Vec<String>,
    pub comment_words: Vec<String>,
    pub second_person: Vec<String>,
    pub stopwords: Vec<String>,
    pub photo_words: Vec<String>,
    pub caption_cues: Vec<String>,
    pub self_reference_nouns: Vec<String>,
    pub bio_roles: Vec<String>,
    pub bio_cues: Vec<String>,
    pub name_particles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutletMarker {
    pub name: String,
    #[serde(default)]
    pub markers: Vec<String>,
    #[serde(default)]
    pub self_references: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletsFile {
    outlet: Vec<OutletMarker>,
}

/// A publisher and the addresses it publishes at (`data/publishers.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    pub domains: Vec<String>,
    /// A wire agency, whose copies run on other sites.
    #[serde(default)]
    pub agency: bool,
}

/// How a host that is not in the list is named (`[naming]` in `data/publishers.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostNaming {
    pub platforms: Vec<String>,
    pub drop_prefixes: Vec<String>,
    pub second_levels: Vec<String>,
    pub country_codes: Vec<String>,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publishers {
    pub naming: HostNaming,
    pub publisher: Vec<Publisher>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    pub titles: Vec<String>,
    pub groups: Vec<Vec<String>>,
    pub pronouns: Vec<String>,
    pub honorifics: Honorifics,
    pub gender: Gender,
}

/// Honorifics before a name, by the gender they tell (see `data/roles.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Honorifics {
    pub male: Vec<String>,
    pub female: Vec<String>,
    pub neutral: Vec<String>,
}

/// Titles and given names that tell whom "she" and "he" can be (see `data/roles.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gender {
    pub female_titles: Vec<String>,
    pub male_titles: Vec<String>,
    pub female_names: Vec<String>,
    pub male_names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownActor {
    pub name: String,
    pub kind: newsline_model::ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// The state or body this actor is part of and speaks for ("Kremlin" → "Russia").
    #[serde(default)]
    pub part_of: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    actor: Vec<KnownActor>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    groups: Vec<Vec<String>>,
}

/// Word → the first word of its synonym group (see `data/synonyms.toml`).
pub fn synonyms() -> &'static std::collections::HashMap<String, String> {
    static CELL: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let file: SynonymsFile = parse("synonyms.toml", include_str!("../data/synonyms.toml"));
        let mut map = std::collections::HashMap::new();
        for group in file.groups {
            for word in &group {
                map.insert(word.to_lowercase(), group[0].to_lowercase());
            }
        }
        map
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActsFile {
    nouns: Vec<String>,
}

/// Nouns naming a happening (see `data/acts.toml`), folded by the synonym groups.
pub fn act_nouns() -> &'static rustc_hash::FxHashSet<String> {
    static CELL: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let file: ActsFile = parse("acts.toml", include_str!("../data/acts.toml"));
        file.nouns.iter().map(|n| fold_synonym(&n.to_lowercase()).to_string()).collect()
    })
}

/// A lower-case word folded to the first word of its synonym group, if it has one.
pub fn fold_synonym(word: &str) -> &str {
    synonyms().get(word).map_or(word, String::as_str)
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|err| panic!("data/{file} is malformed: {err}"))
}

pub fn furniture() -> &'static Furniture {
    static CELL: OnceLock<Furniture> = OnceLock::new();
    CELL.get_or_init(|| parse("furniture.toml", include_str!("../data/furniture.toml")))
}

pub fn outlets() -> &'static [OutletMarker] {
    static CELL: OnceLock<Vec<OutletMarker>> = OnceLock::new();
    CELL.get_or_init(|| parse::<OutletsFile>("outlets.toml", include_str!("../data/outlets.toml")).outlet)
}

pub fn publishers() -> &'static Publishers {
    static CELL: OnceLock<Publishers> = OnceLock::new();
    CELL.get_or_init(|| parse("publishers.toml", include_str!("../data/publishers.toml")))
}

pub fn roles() -> &'static Roles {
    static CELL: OnceLock<Roles> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut roles: Roles = parse("roles.toml", include_str!("../data/roles.toml"));
        // Longest first, so "Deputy Defense Minister" wins over "Minister".
        roles.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        roles
    })
}

pub fn known_actors() -> &'static [KnownActor] {
    static CELL: OnceLock<Vec<KnownActor>> = OnceLock::new();
    CELL.get_or_init(|| parse::<ActorsFile>("actors.toml", include_str!("../data/actors.toml")).actor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_and_is_not_empty() {
        assert!(!furniture().labels.is_empty());
        assert!(outlets().iter().any(|o| o.markers.iter().any(|m| m == "TASS")));
        assert!(roles().titles.iter().any(|t| t == "Foreign Minister"));
        assert!(publishers().publisher.len() >= 100, "{}", publishers().publisher.len());
        assert!(known_actors().iter().any(|a| a.aliases.iter().any(|x| x == "Fateh al-Sham Front")));
        assert_eq!(synonyms().get("militants").map(String::as_str), Some("fighter"));
        assert!(act_nouns().contains("agreement") && act_nouns().contains(fold_synonym("deal")));
    }

    #[test]
    fn titles_are_sorted_longest_first() {
        let titles = &roles().titles;
        assert!(titles.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
}
